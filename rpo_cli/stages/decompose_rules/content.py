"""Content rules: links and hashtags."""

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
    suffix_counts,
)


@rule("url", "link", "web")
def _urls(ctx: Ctx) -> Iterator[Hit]:
    noun = r"(?:urls?|links?|hyperlinks?|web\s+addresses|web\s+links?)\b"
    for m in _negated_mention(ctx, noun, 5):
        tail = re.compile(rf"[^.;!?]*?\b{noun}", _I).match(ctx.content, m.end(), ctx.unit.end)
        end = tail.end() if tail and "," not in tail.group(0) else m.end()
        yield Hit("content:no_urls", {}, m.start(), end, prio=40)
    pat = (
        rf"\b(?:include|provide|add|cite|give|share)\s+(?:at\s+least\s+one|an?|some|a\s+few|relevant)?\s*{noun}"
        r"(?:\s+\(a\s+web\s+link\))?"
    )
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=40)
    # "includes the link https://...": a given address to put in
    for m in _scan(
        r"\b(?:includes?|including|add|adds|with|contains?)\s+(?:the|a|this|our)\s+link\s+https?://\S+", ctx, _I
    ):
        if not _negated(ctx, m.start()):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=41)


@rule("hashtag")
def _hashtags(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:relevant\s+)?hashtags?\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("content:number_hashtags", {"num_hashtags": rel[1], "relation": rel[0]}, m.start(), m.end())
    for m, rel_name, n in suffix_counts(ctx, r"hashtags?\b"):
        if not _negated(ctx, m.start()):
            yield Hit("content:number_hashtags", {"num_hashtags": n, "relation": rel_name}, m.start(), m.end())
    for m in _negated_mention(ctx, r"hashtags?\b", 2):
        yield Hit("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, m.start(), m.end())


# "markdown" naming one feature ("markdown headings", "markdown divider") is not markdown as a whole
