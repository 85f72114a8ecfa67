"""Markdown rules: markdown on/off, headings, code blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.format import terse_bans
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
    scoped_to_part,
    suffix_counts,
)

_MD_PART = (
    r"(?!\s+(?:[*-]\s+)?(?:headings?|headers?|bullets?|bullet\s+points|lists?|dividers?|ticks|fences?|tables?|italics|bold|code|links?"
    r"|syntax\s+for))"
)


_READER = re.compile(
    r"(?:doesn[’']?t|does\s+not|can[’']?t|cannot|won[’']?t|will\s+not)\s+(?:render|support|display|show|handle|parse|accept|"
    r"recogni[sz]e|understand|do|like|read)\b",
    _I,
)


@rule("markdown", "plain", "formating", "formatting")
def _markdown(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:{_NEG_WORDS}|no)\s+(?:[\w'-]+\s+){{0,3}}?markdown{_MD_PART}(?:\s+(?:formatting|syntax|at\s+all))?"
        r"(?:\s*\([^()]*\))?",
        r"\b(?:in|as|using)\s+plain\s+text\b",
        r"\bplain[- ]text\s+only\b",
    ]
    pats += [
        # "just plain text", "plain text please"; "kein Markdown", "sin markdown", "Ohne Markdown-Formatierung"
        r"\b(?:just|only|pure)\s+plain[- ]text\b|\bplain[- ]text\s+(?:please|pls|plz)\b",
        r"\b(?:kein(?:e|en)?|ohne|sin|sans|pas\s+de|senza|niente|sem|nada\s+de)\s+(?:de\s+)?(?:formato\s+|formattazione\s+|"
        r"formatação\s+|mise\s+en\s+forme\s+)?markdown"
        r"(?:[- ]?(?:formatierung|formato|formatage|formatação|formattazione|formatting))?\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if "plain" in m.group(0).lower() and _negated(ctx, m.start()):
                continue
            # "(our LMS doesn't render markdown)": a description of the reader's software
            if _READER.match(m.group(0)):
                continue
            yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=55)
    # "no bold or headers or anything, just plain text pls", "no headers, no bullets, no bold, just plain
    # sentences": the run of markdown features banned spells out plain text, one no_markdown (its items
    # restate it and are left to it)
    feat = (
        r"(?:(?:markdown\s+)?(?:headers?|headings?|subheadings?|bullets?|bullet\s+points|bold|italics?|lists?|tables?|"
        r"markdown|formatting))"
    )
    run = (
        rf"\b(?:no|zero|without)\s+(?:any\s+)?{feat}(?:\s*(?:,|or|and|nor)\s*(?:(?:or|and)\s+)?(?:no\s+)?{feat})+"
        r"(?:\s*,?\s*(?:or|and)\s+(?:anything|stuff)(?:\s+like\s+that)?|\s+or\s+anything)?"
        r"\s*(?:,|;|-+|—|–|\.)?\s*(?:just|only|all|pure)\s+plain(?:[- ]text|\s+(?:sentences|prose|paragraphs|words))\b"
        r"(?:\s+(?:only|please|pls|plz))?"
    )
    for m in _scan(run, ctx, _I):
        yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=70)
    # "The portal shows raw text, so skip the markdown", "ditch all markdown formatting": an editing verb
    # that drops Markdown as a whole (not "skip the markdown section" of a document)
    drop = (
        r"\b(?:skip|drop|ditch|lose|leave\s+out|strip(?:\s+out)?|cut|forget|hold\s+off\s+on)\s+(?:the\s+|any\s+|all\s+(?:the\s+)?)?"
        r"markdown(?:\s+(?:formatting|syntax|stuff))?(?=\s*(?:[.;,!)]|$|\s+(?:please|pls|plz|entirely|completely|altogether|"
        r"this\s+time)\b))"
    )
    for m in _scan(drop, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        undone = re.search(rf"\b(?:{_NEG_WORDS}|no\s+need\s+to)\s+(?:\w+\s+)?$", before, _I)
        if not _negated(ctx, m.start()) and not undone:
            yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=55)
    # "no formatting" / "no formating" as a clause of its own beside plain text: the checker's markdown
    if re.search(r"plain[- ]text", ctx.text, _I):
        # ("plain text no fancy formatting": the clause run on without a comma)
        own = r"(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=plain\stext\s)|(?<=plain-text\s))"
        for m in _scan(rf"{own}no\s+(?:fancy\s+|special\s+)?formatt?ing\b", ctx, _I | re.M):
            yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=55)
    # a terse list item naming Markdown: "* Markdown formatting - bold the word, maybe a heading"
    item = r"(?:^|(?<=\n))\s*(?:[-*•]|\d+[.)])\s+(?P<c>(?:use\s+)?markdown(?:\s+formatting)?)(?=\s*(?:[-–—:,(]|$))"
    for m in _scan(item, ctx, _I | re.M):
        yield Hit("format:use_markdown", {}, m.start("c"), m.end("c"), prio=50)
    if re.search(r"\bhighlight", ctx.text, _I):
        return
    pat = (
        rf"\b(?:format|style|write)\s+(?:(?:your|the)\s+(?:{_RESP}|reply)\s+|it\s+)?(?:with|in|using)\s+markdown{_MD_PART}"
        r"(?:\s+formatting)?(?:\s*\((?:for\s+example|e\.g\.)[^()]*\))?|\buse\s+markdown(?:\s+formatting)?\b(?!\s+(?:to|for))"
        rf"{_MD_PART}"
    )
    # "Make it look nice with markdown", "format it nicely in markdown", "dress it up with markdown"
    pat2 = (
        r"\b(?:(?:make|get|have)\s+(?:it|this|them|the\s+\w+)\s+look\s+(?:\w+\s+){1,2}?|(?:format|style|lay\s+out)\s+"
        r"(?:it|this|them|the\s+\w+)\s+(?:nicely|properly|neatly|cleanly|prettily)\s+|(?:dress|jazz|pretty|spruce)\s+"
        rf"(?:it|this|them)\s+up\s+)(?:with|in|using)\s+markdown{_MD_PART}(?:\s+formatting)?"
    )
    for p in (pat, pat2):
        for m in _scan(p, ctx, _I):
            if not _negated(ctx, m.start()):
                yield Hit("format:use_markdown", {}, m.start(), m.end(), prio=50)
    # a Markdown table asked for (a table is a Markdown feature the checker parses): "i want it in a
    # markdown table", "format the plan as a Markdown table"
    table = r"\b(?:in|as|use|using|into)\s+(?:a\s+)?markdown\s+table\b"
    for m in _scan(table, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if not _negated(ctx, m.start()) and not re.search(r"\b(?:no|without|not)\s+(?:\w+\s+){0,3}$", before, _I):
            yield Hit("format:use_markdown", {}, m.start(), m.end(), prio=50)


@rule("heading", "header", "code", "```", "backtick", "fence")
def _headings_and_code(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:markdown\s+|#+\s+|`#+`\s+)?(?:section\s+)?"
        r"(?:headings?|headers?|sub-?headings?)\b",
        ctx,
        _I,
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
    # "Use markdown headings, at least 3 of them", "use markdown headings (at least 2)", "Use a couple of
    # markdown headings to organize it, at least 2": the count closes the clause that names the headings
    pat = (
        rf"\b(?:markdown\s+)?(?:headings|headers)\b(?:[^.;,()\d]{{0,40}}?)\s*(?:,\s*(?:but\s+|though\s+)?|\(\s*)(?P<rel>{REL})\s+(?P<num>{NUM})"
        r"(?:\s+of\s+them)?\s*\)?(?=\s*(?:[.;!),]|$|and\b|please\b))"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("format:markdown_headings", {"num_headings": rel[1], "relation": rel[0]}, m.start(), m.end())
    yield from _counted_headings(ctx)
    # "use markdown headings for the sections (three minimum)": the count in an aside after the clause
    aside = (
        rf"\b(?:use|using|include|add|with)\s+(?:markdown\s+|#+\s+|`#+`\s+)?(?:headings|headers)\b[^.;()\d]{{0,40}}?"
        rf"\(\s*(?P<num>{NUM})\s+(?P<suf>minimum|min|or\s+more|at\s+least|max(?:imum)?|at\s+most|or\s+fewer|or\s+less|tops)"
        r"\s*\)"
    )
    for m in _scan(aside, ctx, _I):
        n = parse_number(m.group("num"))
        if n and not _negated(ctx, m.start()):
            least = re.match(r"min|or\s+more|at\s+least", m.group("suf"), _I)
            kw = {"num_headings": n, "relation": "at least"} if least else {"num_headings": n + 1, "relation": "less than"}  # noqa: E501
            yield Hit("format:markdown_headings", kw, m.start(), m.end(), prio=52)
    # "Use ## headings for Added, Changed and Removed": one heading per name given (capitalised or quoted)
    name = r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}|\"[^\"\n]{1,30}\"|'[^'\n]{1,30}'|“[^”\n]{1,30}”)"
    # (case-sensitive for the names; the words around them in any case)
    named = (
        r"\b(?i:use|using|include|add|with)\s+(?i:markdown\s+|#+\s+|`#+`\s+)?(?i:section\s+)?(?i:headings|headers)\s+"
        rf"(?i:for|called|named|titled)\s*:?\s+(?P<items>{name}(?:\s*,\s*{name})*,?\s+(?:and|&)\s+{name})"
        r"(?=\s*(?:[.;)]|$))"
    )
    for m in _scan(named, ctx, 0):
        n = len(re.findall(name, m.group("items")))
        if n >= 2 and not _negated(ctx, m.start()):
            kw = {"num_headings": n, "relation": "at least"}
            yield Hit("format:markdown_headings", kw, m.start(), m.end(), prio=52)
    # "a python code block", "a fenced bash code block": the language named before it
    lang = (
        r"(?:(?:python|bash|shell|sql|javascript|js|typescript|ts|json|yaml|html|css|java|go|rust|ruby|php|powershell|sh)"
        r"\s+)?"
    )
    # "a proper ``` code block", "a real fenced code block": adjectives and the fence itself before the noun
    code = (
        rf"(?:(?:proper|real|actual|single|fenced|markdown|triple[- ]backtick|```)\s+){{0,2}}{lang}code\s+"
        r"(?:blocks?|fences?)\b(?:\s+\(```\))?"
    )
    # "Put at least one worked example inside a fenced code block": the verb may be a few words back
    # (a word may be code: "include the `pip install` command in a fenced code block")
    pat = rf"\b(?:put|show|wrap|include|place|format|write|present|enclose|use|give|provide)\s+(?:[\w`'-]+\s+){{0,6}}?(?:in|inside|within|as|with)?\s*(?:an?|one)\s+{code}"  # noqa: E501
    # "Commands go in a bash code block."
    pat += rf"|\b(?:goes|go|belongs?|live)\s+(?:in|inside)\s+(?:an?|one)\s+{code}"
    for m in _scan(pat, ctx, _I):
        how = r"\bhow\s+(?:to|do\s+(?:I|you|we))\s+(?:\w+\s+)?"
        if re.search(how + "$", ctx.content[ctx.unit.start : m.start()], _I) or re.search(how, m.group(0), _I):
            continue  # "show me how to use a code block": the topic asked about, not the answer's form
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
    yield from _more_code_blocks(ctx, code)


def _more_code_blocks(ctx: Ctx, code: str) -> Iterator[Hit]:
    """Code blocks asked for in other words: "Wrap the code in triple backticks", "use fenced code
    blocks for the commands", "in ``` fences"; and banned: "no code blocks", "without code fences"."""
    at_least = {"num_blocks": 1, "relation": "at least"}
    pats = (
        r"\b(?:put|show|wrap|place|format|write|present|enclose|give|provide|return|output)\s+(?:[\w-]+\s+){0,6}?"
        r"(?:in|inside|within|between|with|using)\s+(?:an?\s+|one\s+)?(?:pair\s+of\s+)?(?:triple\s+backticks|```\s*(?:\w+\s+)?"
        r"(?:fences?|blocks?)?)",
        # "include a fenced code example", "add a ``` snippet"
        r"\b(?:include|add|give|provide|show|write)\s+(?:at\s+least\s+one\s+|an?\s+|one\s+)?(?:fenced|```)\s+(?:code\s+)?"
        r"(?:example|snippet|sample|block)s?\b",
        # a clause of its own: "code block only", "only a code block"
        r"(?:^|(?<=[.;:,!?]\s)|(?<=\n))(?:(?:just|only)\s+(?:a\s+|the\s+)?)?(?:fenced\s+)?code\s+block(?:\s+only)?(?=\s*(?:[.;,!]|$))",
        rf"\b(?:use|using)\s+(?:fenced\s+|markdown\s+)?code\s+(?:blocks|fences)\b|\b(?:in|inside|within)\s+{code}",
        # "Code in a fenced code block please.", "Commands inside a code block": what goes in it, opening the clause
        rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:(?:the|all|any|your)\s+)?(?:code|commands?|snippets?|scripts?|quer(?:y|ies)|"
        rf"formulas?|examples?)\s+(?:in|inside|within)\s+(?:an?\s+|one\s+)?{code}",
        # "Format all commands as code blocks", "Include a code snippet in a fenced block"
        r"\b(?:format|put|present|show|write|give|wrap)\s+(?:[\w-]+\s+){0,4}?as\s+(?:fenced\s+|markdown\s+)?code\s+blocks\b",
        r"\b(?:in|inside|within)\s+(?:an?\s+)?(?:fenced\s+block|code\s+fence)\b",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if not _negated(ctx, m.start()) and not re.search(
                r"\b(?:no|without|not|never)\s+(?:\w+\s+){0,3}$", ctx.content[ctx.unit.start : m.start()], _I
            ):
                yield Hit("format:code_block", dict(at_least), m.start(), m.end(), prio=49)
    noun = r"(?:fenced\s+|markdown\s+)?code\s+(?:blocks|fences)\b|triple\s+backticks\b|fenced\s+code\b"
    for m in _negated_mention(ctx, noun, 3):
        if not in_markdown_aside(ctx, m.start()):
            yield Hit("format:code_block", {"num_blocks": 1, "relation": "less than"}, m.start(), m.end(), prio=51)
    for s, e in terse_bans(ctx, rf"{noun}|(?:markdown\s+|code\s+)?fences\b"):
        yield Hit("format:code_block", {"num_blocks": 1, "relation": "less than"}, s, e, prio=51)


_HEADINGS = (
    r"(?:markdown\s+|section\s+|#{1,6}\s+|`#{1,6}`\s+|h2\s+|main\s+)?(?:headings|headers|subheadings|sub-headings|subheaders)\b"
)


_ORGANISED = (
    r"\b(?:use|using|include|including|add|with|have|has|contain|containing|organi[sz]e\w*|structure\w*|divide\w*|split|"
    r"break)\b"
)


def _counted_headings(ctx: Ctx) -> Iterator[Hit]:
    """Heading counts without a relation before the number: "Use 3 markdown headings" (at least 3),
    "exactly 3 headings" (at least 3 and fewer than 4), "2+ headings", "4 headings max", "a couple
    of headings" (at least 2), "2-4 headings"; not a count asked of a part ("3 headings per
    section")."""
    kw = "num_headings"
    pat = (
        rf"(?:(?P<ex>exactly|precisely)\s+)?(?<![\w-])(?P<num>{NUM})\s+{_HEADINGS}"
        r"(?!\s+(?:per|in\s+each|for\s+each|each)\b)"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        before = ctx.content[ctx.unit.start : m.start()]
        if n is None or n < 1 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        # headings the response is organised under, not headings it offers ("Suggest 5 headings for my article")
        if not re.search(_ORGANISED, before, _I):
            continue
        if re.search(rf"(?:{REL})\s+$|\b(?:the|of|first|last|these|those|between|and|to|or)\s+$|[-–]\s*$", before, _I):
            continue  # the relation rules read it, or it is no count ("the 3 headings", "2-4 headings")
        if re.match(r"\s*(?:\+|or\s+(?:more|fewer|less)|max|maximum|minimum|min|at\s+(?:the\s+)?most|tops)\b",
                    ctx.content[m.end() :], _I):  # fmt: skip
            continue  # a relation after the noun: below
        if m.group("ex"):
            yield Hit(H_ID, {kw: n, "relation": "at least"}, m.start(), m.end(), prio=53, group=m.start())
            yield Hit(H_ID, {kw: n + 1, "relation": "less than"}, m.start(), m.end(), prio=53, group=m.start())
        else:
            yield Hit(H_ID, {kw: n, "relation": "at least"}, m.start(), m.end(), prio=49)
    for m, rel_name, n in suffix_counts(ctx, _HEADINGS):
        # "Give each question its own ## heading (so six or more headings)": the aside counts them all
        before = ctx.content[ctx.unit.start : m.start()]
        total = re.search(r"\(\s*(?:so|i\.e\.?,?|that\s+is,?|that[’']s|meaning|=)\s*$", before, _I)
        if not _negated(ctx, m.start()) and (total or not scoped_to_part(ctx, m.start())):
            yield Hit(H_ID, {kw: n, "relation": rel_name}, m.start(), m.end(), prio=52)
    rng = rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+(?P<b>{NUM})|(?P<a2>\d+)\s*(?:-|–|to)\s*(?P<b2>\d+))\s+{_HEADINGS}"
    for m in _scan(rng, ctx, _I):
        lo, hi = parse_number(m.group("a") or m.group("a2")), parse_number(m.group("b") or m.group("b2"))
        if lo is not None and hi is not None and lo < hi and not _negated(ctx, m.start()):
            yield Hit(H_ID, {kw: lo, "relation": "at least"}, m.start(), m.end(), prio=53, group=m.start())
            yield Hit(H_ID, {kw: hi + 1, "relation": "less than"}, m.start(), m.end(), prio=53, group=m.start())
    # "in three parts, each under its own Markdown heading"
    parts = (
        rf"\b(?:in|into)\s+(?P<num>{NUM})\s+(?:parts|sections|points|steps|chapters|stages|topics|areas)\s*,\s*(?P<c>each\s+"
        r"(?:under|with|getting|having)\s+(?:its\s+own|a|one)\s+(?:markdown\s+|##\s+)?(?:heading|header)\b)"
    )
    for m in _scan(parts, ctx, _I):
        n = parse_number(m.group("num"))
        if n and not _negated(ctx, m.start()):
            # the span is the heading clause: "in three parts" stays the task's
            yield Hit(H_ID, {kw: n, "relation": "at least"}, m.start("c"), m.end(), prio=50)
    yield from _heading_per_item(ctx)
    for s, e in terse_bans(ctx, r"(?:#+\s+|markdown\s+|section\s+)?(?:headings|headers|subheadings)\b"):
        yield Hit(H_ID, {kw: 1, "relation": "less than"}, s, e, prio=54)
    # "Skip the headings", "leave out the headers"
    skip = (
        r"(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=\band\s)|(?<=\bplease\s)|(?<=\bjust\s)|(?<=\balso\s)|(?<=\bplus\s))"
        r"(?:skip|omit|drop|ditch|leave\s+out|"
        r"steer\s+clear\s+of|no\s+need\s+for)\s+(?:the\s+|any\s+|all\s+)?(?:markdown\s+|section\s+)?(?:headings|headers|subheadings)\b"
    )
    for m in _scan(skip, ctx, _I | re.M):
        yield Hit(H_ID, {kw: 1, "relation": "less than"}, m.start(), m.end(), prio=54)
    couple = rf"\b(?:use|include|add|with|give\s+it|organi[sz]e\s+it\s+with)\s+a\s+couple(?:\s+of)?\s+{_HEADINGS}"
    for m in _scan(couple, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit(H_ID, {kw: 2, "relation": "at least"}, m.start(), m.end(), prio=48)


H_ID = "format:markdown_headings"

_ONE_HEADING = r"(?:its\s+own|their\s+own|a|one)\s+(?:markdown\s+|#+\s+|`#+`\s+|h[1-3]\s+)?(?:heading|header)\b"


def _plural(noun: str) -> str:
    """A regex for the plural (or singular) of a counted noun: "slide" -> slides, "NPC" -> NPCs."""
    stem = re.escape(noun.lower().rstrip("s"))
    return rf"{stem}(?:s|es)?"


def _heading_per_item(ctx: Ctx) -> Iterator[Hit]:
    """One heading per counted item, the count of the items giving the headings': "at least 5
    questions, each as a markdown heading", "one ## heading per slide, at least 5 slides", "Create 5
    NPCs. Give each NPC its own markdown heading." (one count of that noun in the message before)."""
    # the items counted first: "at least 5 questions, each as a markdown heading (### style)"
    first = (
        rf"(?:(?P<rel>{REL})\s+)?(?<![\w-])(?P<num>{NUM})\s+(?P<noun>[a-z][\w-]*s)\s*,\s*each\s+(?:as|under|with|getting|having|"
        rf"gets|in)\s+{_ONE_HEADING}"
    )
    for m in _scan(first, ctx, _I):
        if re.search(r"\b(?:in|into)\s+$", ctx.content[ctx.unit.start : m.start()], _I):
            continue  # "explain it in three parts, each under its own heading": the parts are the task's (below)
        n = parse_number(m.group("num"))
        rel = ("at least", n) if n and not m.group("rel") else (n and _relation(m.group("rel"), n))
        if rel and not _negated(ctx, m.start()):
            yield Hit(H_ID, {"num_headings": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=52)
    # the heading first: "one ## heading per slide, at least 5 slides"; "give each NPC its own markdown heading"
    per = (
        r"\b(?:(?:one|a)\s+(?:markdown\s+|#+\s+|`#+`\s+)?(?:heading|header)\s+(?:per|for\s+each|for\s+every)\s+(?P<noun>[\w-]+)"
        rf"|(?:give|put)\s+(?:each|every)\s+(?P<noun2>[\w-]+)\s+{_ONE_HEADING})"
    )
    for m in _scan(per, ctx, _I):
        noun = m.group("noun") or m.group("noun2")
        if noun.lower() in ("one", "item", "part", "section", "paragraph") or _negated(ctx, m.start()):
            continue
        count = rf"(?:(?P<rel>{REL})\s+)?(?<![\w-])(?P<num>{NUM})\s+(?:[\w-]+\s+)?{_plural(noun)}\b"
        after = re.compile(rf"\s*,\s*{count}", re.I).match(ctx.content, m.end(), ctx.unit.end)
        found = [after] if after else list(re.finditer(count, ctx.content[: m.start()], re.I))
        if len(found) != 1:
            continue  # no count, or several to choose from
        c = found[0]
        n = parse_number(c.group("num"))
        rel = ("at least", n) if n and not c.group("rel") else (n and _relation(c.group("rel"), n))
        if rel and rel[0] == "at least":
            yield Hit(H_ID, {"num_headings": rel[1], "relation": rel[0]}, m.start(), after.end() if after else m.end(),
                      prio=51)  # fmt: skip


# --- session 4 (fmt6) -------------------------------------------------------------------------------


@rule("heading", "header")
def _headings_of_them(ctx: Ctx) -> Iterator[Hit]:
    """ "Use markdown headings, at least five of them (Problem, Goals, ...)": the count after an aside."""
    from rpo_cli.stages.decompose_rules.format import them_count_far

    for m, rel in them_count_far(ctx, _HEADINGS):
        if not scoped_to_part(ctx, m.start()):
            yield Hit(H_ID, {"num_headings": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=53)


@rule("markdown", "plain")
def _markdown_more(ctx: Ctx) -> Iterator[Hit]:
    """Markdown asked for as the response's form ("Always answer in markdown.", "reply in Markdown",
    "Respond only in markdown format"); plain text as a terse clause of its own ("max 10 lines. plain
    text.", "Plain text, no bold"). "Explain how to write in markdown" names a topic."""
    pat = (
        rf"\b(?:(?:always|only)\s+)?(?:answer|respond|reply|write|output)\s+(?:(?:always|only)\s+)?(?:in|using|with)\s+"
        rf"(?:github[\s-]flavou?red\s+)?markdown{_MD_PART}(?:\s+(?:format|formatting|syntax))?\b"
    )
    for m in _scan(pat, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if _negated(ctx, m.start()) or re.search(r"\bhow\s+to\b|\bwhy\b", before, _I):
            continue
        yield Hit("format:use_markdown", {}, m.start(), m.end(), prio=50)
    terse = (
        r"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=^[-*•]\s)|(?<=\n[-*•]\s))(?:just\s+|only\s+)?plain[- ]text"
        r"(?:\s+(?:only|please|pls))?"
        r"(?=\s*(?:[.;!]|,\s*no\b|$))"
    )
    for m in _scan(terse, ctx, _I | re.M):
        yield Hit("format:no_markdown", {}, m.start(), m.end(), prio=55)
