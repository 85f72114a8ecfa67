"""Format rules: placeholders, bullets, numbered lists, highlights, titles, sections, JSON."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _EXACT,
    _I,
    _RESP,
    NUM,
    QLIST,
    REL,
    Ctx,
    Hit,
    _negated,
    _negated_mention,
    _quoted_items,
    _relation,
    _scan,
    count_relation,
    in_markdown_aside,
    parse_number,
    rule,
    scoped_to_part,
)


@rule("placeholder")
def _placeholders(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+"
        r"(?:[\w-]+[- ]field\s+|[\w-]+\s+(?=placeholders?\s+in\s+square))?placeholders?\b"
    )
    for m in _scan(pat, ctx, _I):
        rel = count_relation(ctx, m)
        if not rel:
            continue
        if rel[0] == "at least":
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": rel[1]}, m.start(), m.end())
        else:
            yield Hit("detectable_content:fewer_placeholders", {"num_placeholders": rel[1]}, m.start(), m.end())
    for m in _scan(
        r"\b(?:do\s+not|don't|never)\s+(?:include|use|add)\s+any\s+placeholders?\b|\bno\s+placeholders\b", ctx, _I
    ):
        yield Hit("detectable_content:fewer_placeholders", {"num_placeholders": 1}, m.start(), m.end())
    yield from _uncounted_placeholders(ctx)


def _uncounted_placeholders(ctx: Ctx) -> Iterator[Hit]:
    """Placeholders asked for without a number: "a placeholder like [Mayor Name]" is at least one;
    "placeholders in square brackets ..., e.g. [Manager Name] and [Last Day]" at least as many as
    the examples given. Only with square brackets in sight (the verifier counts [...])."""
    for m in _scan(r"\b(?:(?P<one>an?|one)\s+placeholder|placeholders)\b", ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if not m.group("one") and re.search(rf"\b(?:{NUM}|any|no)\s+(?:[\w-]+\s+)?$", before, _I):
            continue  # a counted (or negated) mention: the rules above read it
        rest = ctx.content[m.end() : ctx.unit.end]
        if not re.match(
            r"\s*(?:$|[.,;:(\[]|for\b|like\b|such\b|e\.g\.|in\s+(?:square\s+)?brackets|where|wherever|to\b)", rest, _I
        ):
            continue  # "a placeholder image": the word qualifies another noun
        examples = re.findall(r"\[[^\[\]\n]{1,40}\]", rest)
        if _negated(ctx, m.start()) or not (examples or re.search(r"square\s+brackets", rest, _I)):
            continue
        n = 1 if m.group("one") else len(examples)
        if n >= 1:
            # the statement runs to its last example: "... e.g. [Manager Name] and [Last Day]" is all of it
            last = list(re.finditer(r"\[[^\[\]\n]{1,40}\]", ctx.content[: ctx.unit.end]))
            end = last[-1].end() if examples and last and last[-1].end() > m.end() else m.end()
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": n}, m.start(), end, prio=45)


@rule("bullet", "puces", "aufzählung", "stichpunkt", "viñeta", "marcadores", "tópicos")
def _bullets(ctx: Ctx) -> Iterator[Hit]:
    noun = (
        r"(?:markdown\s+|distinct\s+|separate\s+)?(?:bullet(?:ed)?(?:[\s-]+(?:points?|items?|list\s+items))|bullets)\b"
    )
    for m in _scan(rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+{noun}", ctx, _I):
        n = parse_number(m.group("num"))
        # the singular only for one ("must have 1 section", a reversed fewer_sections)
        if n is None or (n != 1 and not m.group(0).lower().endswith("s")):
            continue
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        if rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            tid = "detectable_format:not_number_bullet_lists" if neg else "detectable_format:number_bullet_lists"
            yield Hit(tid, {"num_bullets": n}, m.start(), m.end())
        else:
            rel = _relation(rel_text, n, neg)
            if rel:
                yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end())
    # "Give me 3 options as bullet points": exactly N items, each a bullet
    pat = (
        rf"\b(?:give|list|provide|write|share|offer|suggest)\s+(?:me\s+|us\s+)?(?P<num>{NUM})\s+[a-z][\w-]*\s+"
        r"(?:as|in)\s+(?:markdown\s+)?bullet(?:ed)?(?:\s+points|\s+list)?\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end())
    # "a 4-bullet summary", "a five-bullet list": a count written as a compound adjective
    for m in _scan(rf"\b(?P<num>{NUM})-bullet(?:-point)?\s+[a-z]+", ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end())
    # without bullets, asked in French, German, Spanish or Portuguese
    foreign = (
        r"\b(?:sans\s+(?:utiliser\s+(?:de\s+)?)?(?:listes?\s+à\s+puces|puces)|ohne\s+(?:Aufzählungszeichen|Stichpunkte)|"
        r"sin\s+(?:usar\s+)?(?:viñetas|listas\s+con\s+viñetas)|sem\s+(?:usar\s+)?(?:marcadores|tópicos))\b"
    )
    for m in _scan(foreign, ctx, _I):
        yield Hit("format:bullet_points", {"num_bullets": 1, "relation": "less than"}, m.start(), m.end())
    pat = (
        r"\b(?:do\s+not|don't|never)\s+use\s+(?:any\s+)?bullet(?:ed)?[\s-]*(?:points?|lists?)\b"
        r"|\bno\s+bullet[\s-]*points\b"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("format:bullet_points", {"num_bullets": 1, "relation": "less than"}, m.start(), m.end())


@rule("numbered", "ordered", "numbering")
def _numbered_list(ctx: Ctx) -> Iterator[Hit]:
    items = r"(?:items?|steps?|points?|entries|elements|tips|ideas|reasons|things|suggestions|days|stops)"
    pat = rf"\b(?:numbered|ordered)\s+list(?:\s+(?:with|of|containing|that\s+has)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+{items})?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        neg = _negated(ctx, m.start())
        start = m.start()
        art = re.search(r"(?:\ba|\bone)\s+$", ctx.content[ctx.unit.start : m.start()], _I)
        if art:
            start -= len(art.group(0))
        if m.group("num") is None:
            kw = {"num_items": 1, "relation": "less than" if neg else "at least"}
            yield Hit("format:numbered_list", kw, start, m.end(), prio=45)
            continue
        n = parse_number(m.group("num"))
        rel_text = m.group("rel")
        if n is None or rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            continue
        rel = _relation(rel_text, n, neg)
        if rel:
            yield Hit("format:numbered_list", {"num_items": rel[1], "relation": rel[0]}, start, m.end(), prio=45)
    pat = rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:numbered|ordered)(?:\s+list)?\s+{items}"
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("format:numbered_list", {"num_items": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=46)
    yield from _counted_numbered_list(ctx)
    for m in _negated_mention(ctx, r"numbering\b|numbered\s+lists?\b", 2):
        yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=45)


def _counted_numbered_list(ctx: Ctx) -> Iterator[Hit]:
    """The count of a numbered list named with any noun: "a numbered list of at least 5 questions",
    "Brainstorm at least 10 name ideas as a numbered list"."""
    pats = (
        rf"\b(?:an?\s+)?(?:numbered|ordered)\s+list\s+(?:with|of|containing|that\s+has)\s+(?P<rel>{REL})\s+(?P<num>{NUM})"
        r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?",
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:[a-z][\w-]*\s+){{1,2}}(?:as|in)\s+an?\s+(?:numbered|ordered)\s+list\b",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            n = parse_number(m.group("num"))
            rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
            if rel and not scoped_to_part(ctx, m.start()):
                kw = {"num_items": rel[1], "relation": rel[0]}
                yield Hit("format:numbered_list", kw, m.start(), m.end(), prio=47)


@rule("highlight", "bold", "italic", "emphasi")
def _highlights(ctx: Ctx) -> Iterator[Hit]:
    if not re.search(r"markdown|\*|\bhighlight", ctx.text, _I):
        return
    things = r"(?:sections?|parts?|phrases?|words?|lines?|passages?|points?|sentences?|items?|terms?|key\s+\w+)"
    pats = [
        rf"\b(?:highlight|bold|italici[sz]e|emphasi[sz]e)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:\w+\s+)?"
        rf"{things}\b(?:\s+(?:in|of)\s+(?:your|the)\s+(?:{_RESP}|it))?(?:\s+(?:in\s+it\s+)?(?:with|using|in)\s+"
        r"markdown(?:\s+italics|\s+formatting)?)?",
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+{things}\s+(?:should\s+be\s+|must\s+be\s+)?(?:highlighted|"
        r"in\s+(?:bold|italics))(?:\s+(?:with|using|in)\s+markdown)?",
        # "3 highlighted sections", "2 *highlighted* phrases", "two markdown highlights"
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:markdown\s+)?(?:\*?(?:highlighted|italici[sz]ed)\*?\s+"
        rf"{things}|highlights)\b(?:\s+(?:with|using|in)\s+markdown(?:\s+\*?italics\*?)?)?",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if re.search(r"markdown|\*", ctx.content[m.start() : ctx.unit.end], _I):
                yield from _highlight_count(ctx, m)
    for m in _scan(
        r"\b(?:do\s+not|don't|never)\s+highlight\s+any\s+(?:sections?|parts?|text)\b(?:\s+with\s+markdown)?", ctx, _I
    ):
        yield Hit("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, m.start(), m.end(), prio=65)


@rule("title")
def _title(ctx: Ctx) -> Iterator[Hit]:
    brackets = r"(?:double\s+angul?ar\s+brackets|double\s+angle\s+brackets|double\s+chevrons|<<[^<>\n]*>>)"
    pat = rf"\btitles?\b[^.;!?]{{0,80}}?{brackets}"
    for m in _scan(pat, ctx, _I):
        lead = re.search(
            r"(?:\b(?:give|include|add|put|provide|start\s+with|begin\s+with|use|contain|have|with|must\s+contain|"
            r"should\s+contain|must\s+have|should\s+have)\s+(?:[\w']+\s+){0,3}?(?:a|an|the|one)\s+(?:short\s+|catchy\s+)?)$",
            ctx.content[ctx.unit.start : m.start()], _I,
        )  # fmt: skip
        if not lead and not re.search(r"double\s+angul?ar|double\s+angle|chevrons|\bwrap", m.group(0), _I):
            continue  # "Rewrite this title: <<The Big Day>>" names a title, it asks for none
        start = m.start() - len(lead.group(0)) if lead else m.start()
        tid = "detectable_format:no_title" if _negated(ctx, start) else "detectable_format:title"
        yield Hit(tid, {}, start, m.end(), prio=60)


@rule("bold", "italic")
def _bold(ctx: Ctx) -> Iterator[Hit]:
    """Bold or italics as highlighted sections: "no bold or italics", "do not use any bold text" (fewer
    than 1), "fewer than 3 bolded phrases", "Highlight at least 3 key numbers in bold"."""
    for m in _negated_mention(ctx, r"(?:bold(?:ed)?|italics?)(?:\s+(?:or|and)\s+(?:bold|italics?))?(?:\s+text)?\b", 2):
        if not in_markdown_aside(ctx, m.start()):
            kw = {"num_highlights": 1}
            yield Hit("detectable_format:fewer_highlighted_sections", kw, m.start(), m.end(), prio=54)
    pats = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:bold(?:ed)?|italici[sz]ed)\s+(?:phrases?|words?|terms?|sections?|parts?)\b",
        rf"\bhighlight\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:[\w-]+\s+){{0,2}}in\s+(?:bold|italics)\b",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            yield from _highlight_count(ctx, m)


def _highlight_count(ctx: Ctx, m: re.Match) -> Iterator[Hit]:
    """The highlighted-sections constraint of a counted mention (at least N, or fewer than N)."""
    rel = count_relation(ctx, m)
    if rel:
        tid = ("detectable_format:number_highlighted_sections" if rel[0] == "at least"
               else "detectable_format:fewer_highlighted_sections")  # fmt: skip
        yield Hit(tid, {"num_highlights": rel[1]}, m.start(), m.end(), prio=65)


@rule("title")
def _no_title(ctx: Ctx) -> Iterator[Hit]:
    """ "no title." as a fragment of a requirement list, "Don't put a <<title>> at the top"."""
    pat = (
        r"(?:^|(?<=[.;,:]\s)|(?<=\n))\s*(?P<c>no\s+title)\b(?=\s*(?:[.;,!]|$|please|pls))"
        r"|\b(?:do\s+not|don[’']?t|never)\s+(?:put|add|include|give\s+it|use|write)\s+(?:a|any)\s+(?:<<\s*)?title(?:\s*>>)?"
        r"(?:\s+at\s+the\s+top)?"
    )
    for m in _scan(pat, ctx, _I):
        s = m.start("c") if m.group("c") else m.start()
        yield Hit("detectable_format:no_title", {}, s, m.end(), prio=61)


@rule("section", "part")
def _sections(ctx: Ctx) -> Iterator[Hit]:
    text = ctx.text
    sp = re.search(
        r"(?:mark(?:ed|ing)?\s+(?:the\s+beginning\s+of\s+)?(?:each|every)(?:\s+(?:section|one|part))?\s+(?:with|as)|"
        r"(?:use|using)(?=\s+[\"'“‘]?(?P<lab>[A-Za-z]+)\s+1\s*,\s*[\"'“‘]?(?P=lab)\s+2\b)|"
        r"(?:each|every)"
        r"(?:\s+section|\s+one)?\s+(?:should\s+|must\s+|has\s+to\s+)?(?:begin(?:ning|s)?|start(?:ing|s)?|marked|labell?ed|"
        r"titled|headed)(?:\s+with)?|(?:starting|beginning)\s+each(?:\s+(?:section|one))?\s+with|marked|labell?ed|"
        r"titled|headed)\s+(?:(?:the\s+)?(?:word|header|heading|label)\s+)?[\"'“‘]?(?P<sp>[A-Za-z]+)\s+(?:X|N|#|\d+)\b",
        text,
        _I,
    )
    if not sp:
        return
    spliter = sp.group("sp")
    if spliter.lower() in ("the", "a", "each", "with"):
        return
    for m in _scan(
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:distinct\s+|separate\s+|different\s+)?(?:sections?|"
        rf"{re.escape(spliter.lower())}s?)\b",
        ctx,
        _I,
    ):
        n = parse_number(m.group("num"))
        # the singular only for one ("must have 1 section", a reversed fewer_sections)
        if n is None or (n != 1 and not m.group(0).lower().endswith("s")):
            continue
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        if rel_text is None or re.fullmatch(_EXACT, rel_text, _I) or rel_text.lower().startswith("at least"):
            rel = ("less than", n) if neg else ("at least", n)
        else:
            rel = _relation(rel_text, n, neg)
        if not rel:
            continue
        tid = "detectable_format:multiple_sections" if rel[0] == "at least" else "detectable_format:fewer_sections"
        end = max(m.end(), ctx.unit.start + sp.end())
        start = min(m.start(), ctx.unit.start + sp.start())
        yield Hit(tid, {"section_spliter": spliter, "num_sections": rel[1]}, start, end, prio=70)
        return
    m = re.search(r"\b(?:do\s+not|don't)\s+divide\s+your\s+\w+\s+into\s+sections\b", text, _I)
    if m:
        yield Hit("detectable_format:fewer_sections", {"section_spliter": spliter, "num_sections": 1},
                  ctx.unit.start + m.start(), ctx.unit.start + sp.end(), prio=70)  # fmt: skip


@rule("json")
def _json(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"\bJSON\s+object\s+(?:that\s+has|with|containing)\s+(?:(?:the|exactly\s+the)\s+)?(?:following\s+)?keys?\s*:?\s*(?P<list>{QLIST})"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        lead = re.search(
            r"\b(?:respond|answer|reply)\s+(?:only\s+)?with\s+an?\s+$", ctx.content[ctx.unit.start : m.start()], _I
        )
        # "Output: a JSON object with keys ...": the label asks for JSON, the object's keys are named
        label = re.search(r"(?:^|\n)\s*(?:output|format|response\s+format)\s*:\s*(?:an?\s+)?$",
                          ctx.content[ctx.unit.start : m.start()], _I)  # fmt: skip
        lead = lead or label
        start = m.start() - len(lead.group(0).lstrip()) if lead else m.start()
        tid = "format:not_json_keys" if _negated(ctx, start) else "format:json_keys"
        yield Hit(tid, {"keys": items}, start, m.end(), prio=75, group=start if label else None)
        if label:
            yield Hit("detectable_format:json_format", {}, start, m.end(), prio=75, group=start)
    pats = [
        r"(?:\b(?:wrap(?:ped)?|format(?:ted)?|write|written|put|present(?:ed)?|give|return|output|provide|answer|respond|"
        r"reply|be|is|are|structure[d]?)\b[^.;!?]{0,40}?)?\b(?:in|as|into|using)\s+(?:a\s+|an\s+|the\s+|valid\s+|proper\s+|"
        r"strict\s+)*JSON\b(?:\s+(?:format|object|structure))?(?!\s+(?:parsing|schemas?|files?|syntax|data\s+(?!format)))",
        r"\bJSON[- ]formatted\s+(?:output|response|answer)\b",
        r"\b(?:entire|whole)\s+(?:output|response|answer|reply)\s+(?:should|must)\s+be\s+(?:valid\s+)?JSON\b",
        # "should just contain a JSON block, nothing else", "Just give me a JSON object, nothing else."
        r"\b(?:just|only)\s+(?:contain|be|give\s+me|return|output|provide)\s+(?:a\s+|an\s+|one\s+)?(?:valid\s+|single\s+)*"
        r"JSON\s+(?:block|object)(?:\s*,\s*(?:and\s+)?nothing\s+else)?",
        # "Output only JSON.", "Return valid JSON only", "Respond with raw JSON"
        r"\b(?:output|return|respond|reply|answer)\s+(?:only\s+|just\s+)?(?:with\s+)?(?:only\s+)?(?:the\s+|a\s+|an\s+)?"
        r"(?:valid\s+|raw\s+|pure\s+|single\s+)*JSON\b(?:\s+object)?(?:\s+only)?"
        r"(?!\s+(?:parsing|schemas?|files?|syntax|keys?|data|tips|examples?))",
        # a format label: "Output: a JSON object ...", "Format: JSON"
        r"(?:^|(?<=\n))\s*(?:output|format|response\s+format|output\s+format)\s*:\s*(?:a\s+|an\s+)?(?:valid\s+|single\s+)*"
        r"JSON\b(?:\s+object)?",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            # "nothing should be formatted as JSON"
            nothing = re.search(r"\bnothing\s+(?:should|must|may|can|is\s+to|will)\s+$", ctx.prefix(m.start()), _I)
            neg = _negated(ctx, m.start()) or nothing
            tid = "detectable_format:not_json_format" if neg else "detectable_format:json_format"
            yield Hit(tid, {}, m.start(), m.end(), prio=50)


@rule("key")
def _json_keys_sentence(ctx: Ctx) -> Iterator[Hit]:
    """The keys of a JSON answer stated in a sentence of their own ("Output only JSON. The object
    must have the keys "a", "b" and "c"."): only in a message that asks for JSON."""
    if not re.search(r"\bJSON\b", ctx.content, _I):
        return
    pat = (
        rf"\b(?:the\s+)?(?:JSON\s+)?(?:object|output|response|answer|it)\s+(?:must|should|has\s+to|needs\s+to|will)\s+"
        rf"(?:have|contain|include|use)\s+(?:exactly\s+)?(?:the\s+|these\s+)?(?:following\s+)?keys?\s*:?\s*(?P<list>{QLIST})"
    )
    for m in _scan(pat, ctx, _I):
        tid = "format:not_json_keys" if _negated(ctx, m.start()) else "format:json_keys"
        yield Hit(tid, {"keys": _quoted_items(m.group("list"))}, m.start(), m.end(), prio=75)
