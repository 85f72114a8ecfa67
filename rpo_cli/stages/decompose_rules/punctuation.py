"""Punctuation and emoji rules: commas, exclamation marks, em dashes, emojis."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    NUM,
    REL,
    Ctx,
    Hit,
    _negated,
    _negated_mention,
    _relation,
    _scan,
    parse_number,
    rule,
)


@rule("comma", "coma", "exclamation", "dash", "emoji", "virgul", "komma", "vírgula", "virgole")
def _punctuation(ctx: Ctx) -> Iterator[Hit]:
    for noun, neg_id, pos_id in (
        (r"comm?as?\b", "punctuation:no_comma", "punctuation:use_comma"),  # "comas": a common typo
        (r"exclamation\s+(?:marks?|points?)", "punctuation:no_exclamation", "punctuation:use_exclamation"),
        (r"em[\s-]?dash(?:es)?(?:\s+\(—\))?", "punctuation:no_em_dash", "punctuation:use_em_dash"),
    ):
        for m in _negated_mention(ctx, noun):
            yield Hit(neg_id, {}, m.start(), m.end(), prio=45)
        for m in _scan(rf"\b(?:use|include|put|add)\s+(?:at\s+least\s+one|one\s+or\s+more|an?|some)\s+{noun}", ctx, _I):
            if not _negated(ctx, m.start()):
                yield Hit(pos_id, {}, m.start(), m.end(), prio=45)
    yield from _free_adjectives(ctx)
    # "sin comas", "sans virgules", "ohne Kommas", "sem vírgulas", "senza virgole"
    for m in _scan(r"\b(?:sin|sans|ohne|sem|senza)\s+(?:comas|virgules|kommas?|vírgulas|virgole)\b", ctx, _I):
        yield Hit("punctuation:no_comma", {}, m.start(), m.end(), prio=45)


# "a comma-free paragraph", "keep it emoji-free": the adjective names what the text is free of.
_FREE_OF = {"comma": "punctuation:no_comma", "exclamation": "punctuation:no_exclamation",
            "exclamation-mark": "punctuation:no_exclamation", "em-dash": "punctuation:no_em_dash",
            "emoji": "format:no_emoji"}  # fmt: skip


def _free_adjectives(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(r"\b(?P<what>comma|exclamation(?:-mark)?|em-dash|emoji)[- ]free\b", ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit(_FREE_OF[m.group("what").lower()], {}, m.start(), m.end(), prio=45)


@rule("emoji")
def _emoji(ctx: Ctx) -> Iterator[Hit]:
    for m in _negated_mention(ctx, r"emojis?\b|emoji\s+characters", 3):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+emojis?\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if not rel:
            continue
        if rel == ("at least", 1):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=50)
        else:
            yield Hit("format:number_emojis", {"num_emojis": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=50)
    # "add a couple emojis", "Use 3 hashtags and a couple emojis": at least two
    head = re.search(r"\b(?:use|include|add|put)\b", ctx.text, _I)
    for m in _scan(
        r"\b(?:(?:use|include|add|put|sprinkle\s+(?:in\s+)?)\s+|(?:,|\band)\s+)a\s+couple(?:\s+of)?\s+emojis\b", ctx, _I
    ):
        if not _negated(ctx, m.start()) and (head and ctx.unit.start + head.start() <= m.start()):
            yield Hit("format:number_emojis", {"num_emojis": 2, "relation": "at least"}, m.start(), m.end(), prio=51)
    for m in _scan(
        r"\b(?:use|include|add|sprinkle\s+(?:in\s+)?)\s+(?:some|a\s+few|an?|at\s+least\s+one)?\s*emojis?\b", ctx, _I
    ):
        if not _negated(ctx, m.start()):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
