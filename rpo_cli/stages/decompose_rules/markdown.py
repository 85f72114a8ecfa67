"""Markdown rules: markdown on/off, headings, code blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _NEG_WORDS,
    _RESP,
    NUM,
    REL,
    Ctx,
    Hit,
    _negated,
    _negated_mention,
    _relation,
    _scan,
    in_markdown_aside,
    parse_number,
    rule,
)

_MD_PART = (
    r"(?!\s+(?:[*-]\s+)?(?:headings?|headers?|bullets?|bullet\s+points|lists?|dividers?|ticks|tables?|italics|bold|code|links?"
    r"|syntax\s+for))"
)


@rule("markdown", "plain")
def _markdown(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:{_NEG_WORDS}|no)\s+(?:[\w'-]+\s+){{0,3}}?markdown{_MD_PART}(?:\s+(?:formatting|syntax|at\s+all))?"
        r"(?:\s*\([^()]*\))?",
        r"\b(?:in|as|using)\s+plain\s+text\b",
        r"\bplain[- ]text\s+only\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if "plain" in m.group(0).lower() and _negated(ctx, m.start()):
                continue
            yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=55)
    if re.search(r"\bhighlight", ctx.text, _I):
        return
    pat = (
        rf"\b(?:format|style|write)\s+(?:(?:your|the)\s+(?:{_RESP}|reply)\s+|it\s+)?(?:with|in|using)\s+markdown{_MD_PART}"
        r"(?:\s+formatting)?(?:\s*\((?:for\s+example|e\.g\.)[^()]*\))?|\buse\s+markdown(?:\s+formatting)?\b(?!\s+(?:to|for))"
        rf"{_MD_PART}"
    )
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("format:use_markdown", {}, m.start(), m.end(), prio=50)
    # a Markdown table asked for (a table is a Markdown feature the checker parses): "i want it in a
    # markdown table", "format the plan as a Markdown table"
    table = r"\b(?:in|as|use|using|into)\s+(?:a\s+)?markdown\s+table\b"
    for m in _scan(table, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if not _negated(ctx, m.start()) and not re.search(r"\b(?:no|without|not)\s+(?:\w+\s+){0,3}$", before, _I):
            yield Hit("format:use_markdown", {}, m.start(), m.end(), prio=50)


@rule("heading", "header", "code")
def _headings_and_code(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:markdown\s+)?(?:section\s+)?(?:headings?|headers?)\b", ctx, _I
    ):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("format:markdown_headings", {"num_headings": rel[1], "relation": rel[0]}, m.start(), m.end())
    for m in _scan(r"\b(?:do\s+not|don't|never)\s+use\s+(?:any\s+)?(?:markdown\s+)?(?:headings|headers)\b", ctx, _I):
        yield Hit("format:markdown_headings", {"num_headings": 1, "relation": "less than"}, m.start(), m.end(), prio=60)
    for m in _negated_mention(ctx, r"(?:markdown\s+)?(?:headings|headers)\b", 2):
        if not in_markdown_aside(ctx, m.start()):
            kw = {"num_headings": 1, "relation": "less than"}
            yield Hit("format:markdown_headings", kw, m.start(), m.end(), prio=54)
    # "Use markdown headings, at least 3 of them", "use markdown headings (at least 2)"
    pat = (
        rf"\b(?:markdown\s+)?(?:headings|headers)\s*(?:,\s*|\(\s*)(?P<rel>{REL})\s+(?P<num>{NUM})(?:\s+of\s+them)?"
        r"\s*\)?"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("format:markdown_headings", {"num_headings": rel[1], "relation": rel[0]}, m.start(), m.end())
    code = r"(?:fenced\s+|markdown\s+|triple[- ]backtick\s+)?code\s+(?:blocks?|fences?)\b(?:\s+\(```\))?"
    pat = rf"\b(?:put|show|wrap|include|place|format|write|present|enclose|use|give|provide)\s+(?:[\w-]+\s+){{0,3}}?(?:in|inside|within|as|with)?\s*(?:an?|one)\s+{code}"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("format:code_block", {"num_blocks": 1, "relation": "at least"}, m.start(), m.end())
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+{code}", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("format:code_block", {"num_blocks": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=52)
    neg = (
        rf"\b(?:do\s+not|don't|never)\s+(?:use|(?:wrap|put|place|enclose)\s+(?:[\w-]+\s+){{0,3}}?in)\s+"
        rf"(?:any\s+|an?\s+)?{code}"
    )
    for m in _scan(neg, ctx, _I):
        yield Hit("format:code_block", {"num_blocks": 1, "relation": "less than"}, m.start(), m.end(), prio=52)
