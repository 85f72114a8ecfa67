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
    QUOTED,
    REL,
    Ctx,
    Hit,
    _negated,
    _negated_mention,
    _quoted_items,
    _relation,
    _scan,
    _terse_list_item,
    count_relation,
    in_markdown_aside,
    parse_number,
    rule,
    scoped_to_part,
    suffix_counts,
)


@rule("placeholder", "fill-in", "fill in", "blanks")
def _placeholders(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+"
        r"(?:[\w-]+[- ]field\s+|[\w-]+\s+(?=placeholders?\s+in\s+square)|\[?square[\s-]brackets?(?:ed)?\]?[\s-]+|"
        r"\[?bracket(?:s|ed)?\]?\s+)?placeholders?\b"
    )
    for m in _scan(pat, ctx, _I):
        rel = count_relation(ctx, m)
        if not rel:
            continue
        if rel[0] == "at least":
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": rel[1]}, m.start(), m.end())
        else:
            yield Hit("detectable_content:fewer_placeholders", {"num_placeholders": rel[1]}, m.start(), m.end())
    # "Don't use square-bracket placeholders anywhere", "don't leave any [bracket] placeholders in there":
    # the ban needs "any" or the brackets named (the verifier counts [...])
    bracket = r"(?:square[\s-]bracket(?:ed)?|\[?brackets?(?:ed)?\]?)[\s-]+"
    for m in _scan(
        rf"\b(?:do\s+not|don[’']?t|never)\s+(?:include|use|add|leave|put)\s+(?:any\s+(?:{bracket})?|{bracket})"
        rf"placeholders?\b|\bno\s+(?:{bracket})?placeholders\b",
        ctx,
        _I,
    ):
        yield Hit("detectable_content:fewer_placeholders", {"num_placeholders": 1}, m.start(), m.end())
    yield from _uncounted_placeholders(ctx)
    yield from _fill_in_fields(ctx)
    # "use square-bracket placeholders like [Name], at least 4 of them"
    # "drop in a square-bracket placeholder such as [owner]; I want no fewer than 3", "Leave blanks in
    # square brackets, like [customer name] and [scent], at least 3 of them"
    for m, rel in them_count(ctx, r"placeholders?|(?:blanks|fill-ins|slots)\s+in\s+square\s+brackets"):
        more = rel[0] == "at least"
        tid = "detectable_content:number_placeholders" if more else "detectable_content:fewer_placeholders"
        yield Hit(tid, {"num_placeholders": rel[1]}, m.start(), m.end(), prio=46)


@rule("square bracket")
def _bracketed_count(ctx: Ctx) -> Iterator[Hit]:
    """Placeholders asked for as what goes in square brackets, then counted: "Put anything
    client-specific in square brackets, e.g. [debtor name]; there should be at least 5 of those"."""
    if re.search(r"placeholder", ctx.text, _I):
        return  # _placeholders reads it
    for m, rel in them_count(ctx, r"(?<=in\s)square\s+brackets"):
        before = ctx.content[ctx.unit.start : m.start()]
        lead = re.search(r"\b(?:put|wrap|mark|leave|enclose|place)\b[^.;\n]{0,60}$", before, _I)
        if lead and not _negated(ctx, ctx.unit.start + lead.start()):
            more = rel[0] == "at least"
            tid = "detectable_content:number_placeholders" if more else "detectable_content:fewer_placeholders"
            yield Hit(tid, {"num_placeholders": rel[1]}, ctx.unit.start + lead.start(), m.end(), prio=46)


def _fill_in_fields(ctx: Ctx) -> Iterator[Hit]:
    """Placeholders called by what they are for, with square brackets in sight: "at least 3 fill-in
    fields", "5 or more fill-in spots in square brackets", "leave [RSVP phone] and [address] as blanks"."""
    if "[" not in ctx.text and not re.search(r"square\s+brackets", ctx.text, _I):
        return
    pat = (
        rf"(?:(?P<rel>{REL})\s+)?(?P<num>{NUM}){_PRE}\s+(?:fill-in|fill\s+in|blank)\s+(?:fields|spots|slots|blanks|spaces)\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        written = _written_relation(ctx, m, n)
        rel = written if written else (count_relation(ctx, m) if m.group("rel") else ("at least", n))
        if rel:
            more = rel[0] == "at least"
            tid = "detectable_content:number_placeholders" if more else "detectable_content:fewer_placeholders"
            yield Hit(tid, {"num_placeholders": rel[1]}, m.start(), m.end(), prio=46)
    item = r"\[[^\[\]\n]{1,40}\]"
    # "leave [RSVP phone] and [address] as blanks", "Sign off with [Your Name] as a placeholder"
    blanks = (
        rf"\b(?:leave|with|use|using|keep|put|include|add)\s+(?P<items>{item}(?:\s*(?:,|and|&|,\s*and)\s*{item})*)\s+"
        r"as\s+(?:an?\s+)?(?:blanks?|placeholders?)\b"
    )
    for m in _scan(blanks, ctx, _I):
        n = len(re.findall(r"\[", m.group("items")))
        if not _negated(ctx, m.start()):
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": n}, m.start(), m.end(), prio=46)


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
        # "Square-bracket placeholders for the customer's name and dive time": one per thing named
        named = re.match(r"\s*for\s+([^.;:()\[\]\n]{1,80}?)\s*(?:[.;:(]|$)", rest)
        squared = re.search(r"\bsquare[\s-]bracket(?:ed)?[\s-]+$", before, _I)
        if _negated(ctx, m.start()) or not (examples or re.search(r"square\s+brackets", rest, _I) or squared):
            continue
        n = 1 if m.group("one") else len(examples)
        if not examples and squared and named and not m.group("one"):
            if re.search(r"\b(?:or|etc|each|every|all|any)\b", named.group(1), _I):
                continue  # "for each guest", "for names or dates": no count to read
            n = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", named.group(1)))
            m_end = m.end() + named.end(1)
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": n}, m.start() - squared.end()
                      + squared.start(), m_end, prio=45)  # fmt: skip
            continue
        # "a placeholder in square brackets: at minimum [opening date], [mayor quote] and [press contact]"
        listed = re.search(r"(?:at\s+minimum|at\s+least|including|:)\s*\[", rest, _I)
        if m.group("one") and listed and len(examples) > 1 and not re.search(r"\]\s*,?\s*or\s+\[", rest, _I):
            n = len(examples)
        if n >= 1:
            # the statement runs to its last example: "... e.g. [Manager Name] and [Last Day]" is all of it
            last = list(re.finditer(r"\[[^\[\]\n]{1,40}\]", ctx.content[: ctx.unit.end]))
            end = last[-1].end() if examples and last and last[-1].end() > m.end() else m.end()
            yield Hit("detectable_content:number_placeholders", {"num_placeholders": n}, m.start(), end, prio=45)


# --- counts and bans asked for in Spanish, French, German, Italian and Portuguese -------------
# Kept here (not in grammar) while one family reads them; length.py has the word-count subset.

_F_NUMS = {
    "dos": 2, "deux": 2, "zwei": 2, "due": 2, "dois": 2, "duas": 2, "tres": 3, "trois": 3, "drei": 3, "tre": 3,
    "três": 3, "cuatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "quatro": 4, "cinco": 5, "cinq": 5, "fünf": 5,
    "cinque": 5, "seis": 6, "sechs": 6, "sei": 6, "siete": 7, "sept": 7, "sieben": 7, "sette": 7, "sete": 7,
    "ocho": 8, "huit": 8, "acht": 8, "otto": 8, "oito": 8, "nueve": 9, "neuf": 9, "neun": 9, "nove": 9, "diez": 10,
    "dix": 10, "zehn": 10, "dieci": 10, "dez": 10,
}  # fmt: skip
F_NUM = r"(?:\d+|" + "|".join(sorted(_F_NUMS, key=len, reverse=True)) + r")"
# phrase -> (relation, offset), as grammar's table: "höchstens N" is "less than N+1"
_F_REL = {
    **dict.fromkeys(("al menos", "por lo menos", "como mínimo", "mínimo", "au moins", "au minimum", "mindestens",
                     "wenigstens", "almeno", "come minimo", "minimo", "pelo menos", "ao menos", "no mínimo"),
                    ("at least", 0)),
    **dict.fromkeys(("más de", "plus de", "mehr als", "più di", "mais de"), ("at least", 1)),
    **dict.fromkeys(("menos de", "moins de", "weniger als", "meno di"), ("less than", 0)),
    **dict.fromkeys(("no más de", "como máximo", "máximo", "un máximo de", "hasta", "au plus", "au maximum",
                     "maximum", "pas plus de", "höchstens", "maximal", "nicht mehr als", "al massimo", "massimo",
                     "non più di", "no máximo", "não mais de", "não mais que", "até"), ("less than", 1)),
}  # fmt: skip
F_REL = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_F_REL, key=len, reverse=True)) + ")"
F_EXACT = r"(?:genau|exakt|exactamente|exactement|esattamente|exatamente|precisamente|précisément)"


def _f_number(text: str) -> int | None:
    t = text.strip().lower()
    return int(t) if t.isdigit() else _F_NUMS.get(t)


def _f_relation(rel_text: str | None, n: int) -> tuple[str, int] | None:
    """(relation, threshold) for a foreign relation phrase; a bare number is "at least N"; None
    for "exactly"."""
    if rel_text is None:
        return "at least", n
    key = re.sub(r"\s+", " ", rel_text.strip().lower())
    if key not in _F_REL:
        return None
    rel, off = _F_REL[key]
    return rel, n + off


# --- shared pieces of the list rules -----------------------------------------------------------

# A relation written after the count or its noun: "5+ steps", "3 or more", "2 bullets max"
_PRE = r"(?P<pre>\s*\+|\s+or\s+(?:more|fewer|less))?"
_SUF = (
    # ("4 bullets, no more"; not "no more no less", an exact count, nor "no more than", the next clause's bound)
    r"(?P<suf>\s*(?:,\s*(?=(?:and\s+|but\s+)?no\s))?\(?\s*(?:or\s+(?:more|fewer|less)|max(?:imum)?|at\s+(?:the\s+)?most|"
    r"at\s+(?:the\s+)?least|minimum|min|tops|(?:and\s+|but\s+)?no\s+(?:more|fewer|less)(?!\s+th[ae]n)"
    r"(?!,?\s*(?:and\s+|or\s+|nor\s+|but\s+)?(?:no|not)\s+(?:more|fewer|less)))\b\.?\)?)?"
)
# What follows a ban that scopes it to some of the items ("no bullet point longer than ten words"):
# a requirement on each item, which the whole-response types cannot state
_SCOPED_TAIL = re.compile(
    r"\s*(?:longer|shorter|over|under|more|less|fewer|with\s+more|that|which|should|must|may|can|could|will|would|"
    r"exceed\w*|above|below|per|in\s+(?:the\s+)?(?:intro\w*|first|last|second|third|opening|closing|conclusion|"
    r"summary|title|heading|section))\b",
    _I,
)
# A clause that opens on a part of the response: "Under Installation, use a numbered list of steps",
# "In the tips section, ...": the list is asked of that part
_PART_OPENING = re.compile(
    r"(?:^\s*(?:[-*•]|\d+[.)])?\s*|[.;:]\s+|\n\s*(?:[-*•]|\d+[.)])?\s*)(?:under\s+"
    rf"(?!(?:{NUM}|no|any)\b)(?:the\s+)?[\w'\"“”-]+(?:\s+[\w'\"“”-]+){{0,3}}|"
    r"(?:in|within|for|inside)\s+(?:the\s+|each\s+|every\s+)?[\w'\"“”-]+(?:\s+[\w'\"“”-]+)?\s+(?:section|part|heading|"
    r"paragraph|bit|portion|step)s?|(?:in|within|for|inside)\s+(?:the|your)\s+(?:intro(?:duction)?|conclusion|opening|closing|"
    r"summary|outro|title|headline|first\s+\w+|last\s+\w+|final\s+\w+))\s*,[^.;\n]*$",
    _I,
)


# A count someone else made: "She always wrote 3 bullet points on the whiteboard"
_DESCRIBED_COUNT = re.compile(
    r"\b(?:she|he|they|we|i|someone|everyone|nobody)\s+(?:\w+\s+)?(?:wrote|had|used|made|gave|listed|added|included|got|saw|"
    r"contained|put|sent|posted)\b[^.;:]*$",
    _I,
)


def _part_list(ctx: Ctx, pos: int) -> bool:
    """Whether the list or count at ``pos`` is asked of a part of the response, not all of it (or
    is no request at all, but a count someone made)."""
    before = ctx.content[ctx.unit.start : pos]
    # "Summarize each chapter in 3 bullet points", "Give 3 examples, each as 2 bullet points": per item
    each = re.search(r"\b(?:each|every|per)\b[^.;,:]*$", before, _I)
    # "Put each paraphrase on its own line starting with "- " (exactly five bullets)": every item's layout, then
    # the list's count in an aside
    if each and re.search(r"\bon\s+(?:its|their)\s+own\s+line\b[^(]*\(\s*(?:exactly|just|only)?\s*$", before, _I):
        return bool(_PART_OPENING.search(before) or _DESCRIBED_COUNT.search(before))
    return bool(_PART_OPENING.search(before) or _DESCRIBED_COUNT.search(before) or each) or scoped_to_part(ctx, pos)


def _written_relation(ctx: Ctx, m: re.Match, n: int) -> tuple[str, int] | bool | None:
    """The relation of a count whose direction is a word after the number ("5+", "2 bullets max"):
    (relation, threshold); False when none is written there."""
    word = (m.groupdict().get("pre") or "") + (m.groupdict().get("suf") or "")
    word = word.strip(" ().").lower()
    if not word:
        return False
    if _negated(ctx, m.start()):
        return None
    if word.startswith(("+", "or more", "min", "at least", "at the least")) or re.search(r"\bno\s+(?:fewer|less)$",
                                                                                         word):
        return "at least", n
    return "less than", n + 1


# A prohibition that is a clause of its own ("<280 chars, no hashtags.", "Zero emoji.", "kein
# Markdown", "no emojis or hashtags", "no bullet lists in the essay itself"): the ban word opens
# the clause, the noun closes it (a second banned noun may follow). Not "a world with no cars".
_BAN_WORD = (
    r"(?:no|zero|without|nada\s+de|sin|sans|pas\s+de|kein(?:e|en)?|ohne|senza|niente|sem|nenhum|aucune?|ningun[oa]?|ningún|"
    r"nessun[oa]?)"
)
# (a unit starts after the space that follows its sentence's end, where the scan begins)
_CLAUSE_OPEN = (
    r"(?:^|(?<=[.;:,!?(])|(?<=[.;:,!?(]\s)|(?<=[.!?][\"'”’)]\s)|(?<=[。，；：！？])|(?<=\n)|(?<=\band)|(?<=\bbut)|(?<=\balso)|"
    r"(?<=\bplease)|(?<=\bpls)|(?<=\babsolutely)|(?<=^[-*•])|(?<=\n[-*•]))\s*"
)
_BAN_TAIL = (
    r"(?:\s+(?:at\s+all|whatsoever|anywhere|please|pls|plz|por\s+favor|bitte|per\s+favore|s['’]il\s+(?:te|vous)\s+pla[iî]t|or\s+anything(?:\s+like\s+that)?|of\s+any\s+kind|"
    r"in\s+(?:the|your)\s+(?:essay|response|answer|text|reply|post|piece|caption|email|message|output)(?:\s+itself)?))*"
)
_CLAUSE_END = r"(?=\s*(?:[.;,!?)]|$|\n|(?:and|or|nor|ni|but|please|pls|plz|oder|ou|o)\b))"


def terse_bans(ctx: Ctx, noun: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that only bans ``noun``; not inside a "no markdown (no X, ...)"
    aside, whose items restate the markdown ban."""
    pat = (
        rf"{_CLAUSE_OPEN}(?P<c>{_BAN_WORD}\s+(?:more\s+|any\s+|the\s+)?(?P<first>[\w'-]+\s+(?:or|and|nor|ni|oder|ou|o)\s+)?"
        rf"(?P<n>{noun}){_BAN_TAIL}){_CLAUSE_END}"
    )
    for m in _scan(pat, ctx, _I | re.M):
        before = ctx.content[ctx.unit.start : m.start("c")]
        if _PART_OPENING.search(before):
            continue  # "In the intro, no bullets": a ban on a part
        chained = re.search(r"\b(?:no|zero)\s+[\w'#-]+(?:\s+[\w'-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", before, _I)
        if chained and not _terse_list_item(before):
            continue  # "a world with no cars, no emojis": the run of bans belongs to "with", a description
        governed = re.search(
            rf"\b(?:with|about|featuring|where|has|have)\s+(?!(?:{NUM}|at\s+(?:least|most)|exactly|only|just|a\s+few|some|"
            r"short|simple|clear|plain)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s+and\s*$",
            before,
            _I,
        )
        if governed:
            continue  # "a planet with cats and no emojis": the ban is one more thing the planet has
        if not in_markdown_aside(ctx, m.start("c")):
            # "no emojis or hashtags": the second noun's span is its own word, so the first keeps "no emojis"
            yield (m.start("n"), m.end("c")) if m.group("first") else (m.start("c"), m.end("c"))


_BULLET = r"(?:bullet(?:ed)?(?:[\s-]*(?:points?|items?|list\s+items))|bullets?|bulletpoints?)"
# Words between a count and its noun ("4 resume bullet points", "3 short, punchy bullets"): not a
# plural (another counted noun: "2 paragraphs then bullets") and no function word
_ADJ = (
    r"(?:(?!(?:per|each|every|of|in|on|and|or|then|plus|to|for|with|from|the|a|an|than|more|less|max|min|at|no|not|"
    r"bullets?|bulleted)\b)[a-z][\w'-]*(?<![^s]s)\s*,?\s+){0,2}"
)
_F_BULLET = (
    r"(?:viñetas?|puntos\s+(?:de\s+)?(?:viñeta|lista)|aufzählungspunkten?|stichpunkten?|aufzählungszeichen|"
    r"spiegelstrichen?|puces|points\s+à\s+puces|punti\s+(?:elenco|dell['’]elenco|puntati)|marcadores|"
    r"itens\s+com\s+marcadores)"
)
# "no uses viñetas", "n'utilise pas de puces", "verwende keine Stichpunkte", "senza elenchi puntati"
_F_NO_BULLETS = (
    r"\b(?:(?:no\s+(?:uses?|utilices|utilice|pongas|ponga|incluyas|emplees)\s+(?:ninguna\s+|las\s+)?|"
    r"sin\s+(?:usar\s+|utilizar\s+)?|evit[ae]s?\s+(?:las\s+|usar\s+)?)(?:listas?\s+(?:con|de)\s+)?viñetas"
    r"|(?:n['’]utilise(?:z)?\s+pas\s+de\s+|pas\s+de\s+|sans\s+(?:utiliser\s+)?(?:de\s+)?|évite(?:z)?\s+(?:les\s+)?)"
    r"(?:listes?\s+à\s+puces|puces)"
    r"|(?:keine(?:n)?|ohne|(?:verwende|benutze|nutze|verwenden\s+Sie)\s+keine)\s+(?:Aufzählungszeichen|Aufzählungspunkte|"
    r"Stichpunkte|Spiegelstriche|Listen\s+mit\s+Aufzählungszeichen)"
    r"|(?:non\s+(?:usare|utilizzare|usate|mettere)\s+(?:gli\s+|degli\s+|elenchi\s+)?|senza\s+(?:usare\s+)?|niente\s+)"
    r"(?:elenchi\s+puntati|punti\s+elenco|elenchi\s+a\s+punti|puntati)"
    r"|(?:não\s+(?:use|usa|utilize|usar)\s+|sem\s+(?:usar\s+)?|evite\s+)(?:listas?\s+com\s+)?(?:marcadores|tópicos))\b"
)
_NO_BULLET = {"num_bullets": 1, "relation": "less than"}
BP, NB = "format:bullet_points", "detectable_format:number_bullet_lists"
_BULLET_IDS = ("format:bullet_points", "detectable_format:number_bullet_lists")


@rule("bullet", "puces", "aufzählung", "stichpunkt", "viñeta", "marcadores", "tópicos", "elenchi", "punti", "spiegel",
      "无序列表", "项目符号", "要点列表", "圆点列表")  # fmt: skip
def _bullets(ctx: Ctx) -> Iterator[Hit]:
    yield from _bullet_ranges(ctx)
    pat = rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM}){_PRE}\s+{_ADJ}(?P<noun>{_BULLET})\b{_SUF}"
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        # the singular only for one ("must have 1 section", a reversed fewer_sections)
        if n is None or (n != 1 and not m.group("noun").lower().endswith("s")) or _part_list(ctx, m.start()):
            continue
        if n == 0 and not m.group("rel") and m.group("num").lower() == "zero":
            continue  # "Prose only, zero bullets" is a ban (the ban rules read it); "exactly 0 bullet points" counts
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        written = _written_relation(ctx, m, n)
        if written is None:
            continue
        if written and (rel_text is None or re.fullmatch(_EXACT, rel_text, _I)):
            kw = {"num_bullets": written[1], "relation": written[0]}
            yield Hit("format:bullet_points", kw, m.start(), m.end())
        elif rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            tid = "detectable_format:not_number_bullet_lists" if neg else "detectable_format:number_bullet_lists"
            yield Hit(tid, {"num_bullets": n}, m.start(), m.end())
        else:
            rel = _relation(rel_text, n, neg)
            if rel:
                yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end())
    # the count after the noun: "in bullets, at most 5", "bullet points (3 max)", "bullets: 5+"
    after = (
        # ("bullet points only (dashes), exactly 6 of them")
        rf"\b{_BULLET}(?:\s+only)?(?:\s*\([^()\n]{{1,20}}\))?\s*(?:,|\(|:|—|–|-)\s*(?:(?P<rel>{REL})\s+(?P<num>{NUM})|"
        rf"(?P<num2>{NUM})\s*(?P<suf>\+|max(?:imum)?|tops|minimum|min|or\s+(?:more|fewer|less)|at\s+(?:the\s+)?(?:most|least))|"
        rf"(?:(?:exactly|precisely|just)\s+)?(?P<num3>{NUM})(?=\s+of\s+them))"
        r"(?:\s+of\s+them|\s+total)?\s*\)?"
        r"(?=\s*(?:[).,;!]|$|and\b|please\b|pls\b))"
    )
    for m in _scan(after, ctx, _I):
        n = parse_number(m.group("num") or m.group("num2") or m.group("num3"))
        if n is None or _part_list(ctx, m.start()):
            continue
        if m.group("num3"):  # "bullet points (4 of them)": that many
            yield Hit(NB, {"num_bullets": n}, m.start(), m.end(), prio=51)
            continue
        rel = _relation(m.group("rel"), n, _negated(ctx, m.start())) if m.group("rel") else _written_relation(ctx, m, n)
        if rel:
            yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=51)
    # "Bullet points, exactly five.": an exact count after the noun
    for m in _scan(rf"\b{_BULLET}\s*(?:,|:|—|–)\s*(?:exactly|precisely)\s+(?P<num>{NUM})(?=\s*(?:[.;!]|$))", ctx, _I):
        n = parse_number(m.group("num"))
        if n and not _part_list(ctx, m.start()) and not _negated(ctx, m.start()):
            yield Hit(NB, {"num_bullets": n}, m.start(), m.end(), prio=51)
    # "a bullet list of 6 key dates": one bullet per item counted (a relation gives the bound)
    of = (
        rf"\b(?:bullet(?:ed)?(?:[\s-]points?)?|bulleted)\s+list\s+(?:of|with)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+"
        r"(?!(?:paragraphs?|sections?|sentences?|words?|characters?|lines?|parts?)\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?(?<=s)\b"
    )
    for m in _scan(of, ctx, _I):
        n = parse_number(m.group("num"))
        if not n or _part_list(ctx, m.start()) or _negated(ctx, m.start()):
            continue
        rel_text = m.group("rel")
        if rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            yield Hit(NB, {"num_bullets": n}, m.start(), m.end(), prio=51)
        elif rel := _relation(rel_text, n, False):
            yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=51)
    # a cap said as a limit: "keep it to 4 bullets", "cap the list at 5 bullet points"
    cap = (
        r"\b(?:keep|limit|cap|restrict)\s+(?:it|this|that|yourself|them|the\s+(?:\w+\s+)?(?:list|answer|response|summary|"
        rf"reply|post|notes?)|your\s+\w+)\s+(?:to|at)\s+(?:just\s+|only\s+)?(?P<num>{NUM})\s+{_ADJ}{_BULLET}"
    )
    for m in _scan(cap, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()) and not _part_list(ctx, m.start()):
            yield Hit("format:bullet_points", {"num_bullets": n + 1, "relation": "less than"}, m.start(), m.end(),
                      prio=52)  # fmt: skip
    # "Give me 3 options as bullet points": exactly N items, each a bullet; "at least 5 tips as bullets"
    pat = (
        rf"\b(?:give|list|provide|write|share|offer|suggest)\s+(?:me\s+|us\s+)?(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})"
        # ("at least 8 name ideas for my study playlists, as bullet points", "3 example with bullet point")
        r"\s+(?:(?!(?:each|every|per|and|or|then|plus|with|as|in)\b)[a-z][\w'-]*\s+){0,9}?(?!(?:each|every|per|and|or|then)\b)"
        r"(?!(?:paragraph|section|sentence|word|character|line|part|page|stanza|chapter|slide|column|table)s?\b)"
        r"[a-z][\w'-]*,?\s+(?:as|in|with|using)\s+(?:markdown\s+)?bullet(?:ed|s)?(?:\s+points?|\s+list)?\b"
        r"(?!\s+(?:points?|list)\b)(?!\s+(?:each|per|for\s+each|under|below|beneath|inside))"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _negated(ctx, m.start()):
            continue
        rel_text = m.group("rel")
        if rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end())
        elif rel := _relation(rel_text, n):
            yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end())
    # "a 4-bullet summary", "a five-bullet list": a count written as a compound adjective
    for m in _scan(rf"\b(?P<num>{NUM})-bullet(?:-point)?\s+[a-z]+", ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end())
    yield from _foreign_bullets(ctx)
    yield from _no_bullets(ctx)
    # the items of a bulleted list: "a bulleted list with exactly 5 items", "bulleted list, max 6 items"
    items = r"(?:items|entries|points|bullets|lines|ideas|tips|things)"
    pat = (
        rf"\bbullet(?:ed)?(?:[\s-]+point)?\s+list\s*(?:(?:with|of|containing)\s+|,\s*|\(\s*|:\s*)(?:(?P<rel>{REL}|{_EXACT})\s+)?"
        rf"(?P<num>{NUM}){_PRE}\s+{items}\b{_SUF}"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _part_list(ctx, m.start()) or _negated(ctx, m.start()):
            continue
        rel_text = m.group("rel")
        written = _written_relation(ctx, m, n)
        if written and (rel_text is None or re.fullmatch(_EXACT, rel_text, _I)):
            yield Hit(BP, {"num_bullets": written[1], "relation": written[0]}, m.start(), m.end(), prio=52)
        elif rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            yield Hit(NB, {"num_bullets": n}, m.start(), m.end(), prio=52)
        elif rel := _relation(rel_text, n):
            yield Hit(BP, {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=52)
    for m, rel in them_count(ctx, _BULLET):
        yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=51)
    # "Exactly five of them as markdown bullets.", "at least 6 of them as bullet points"
    pat = (
        rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+of\s+them\s*,?\s+(?:as|in)\s+"
        r"(?:markdown\s+)?bullet(?:ed)?(?:s|\s+points|\s+list)\b"
    )
    for m in _scan(pat, ctx, _I | re.M):
        n = parse_number(m.group("num"))
        rel_text = m.group("rel")
        if n is None:
            continue
        if rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end(), prio=51)
        elif rel := _relation(rel_text, n):
            yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=51)
    # "正好5条，用markdown的无序列表": an exact count of items in a bulleted list, asked in Chinese
    if re.search(r"无序列表|项目符号|要点列表|圆点列表", ctx.text):
        for m in _scan(r"(?:正好|恰好|刚好|只要)\s*(?P<num>\d+)\s*(?:条|个要点|点|项)", ctx, 0):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": int(m.group("num"))}, m.start(), m.end())


def _bullet_ranges(ctx: Ctx) -> Iterator[Hit]:
    """ "between 3 and 5 bullet points", "3-5 bullets": at least the low end, fewer than the high end + 1."""
    pat = (
        rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+(?P<b>{NUM})|(?P<a2>\d+)\s*(?:-|–|to)\s*(?P<b2>\d+)|"
        rf"(?P<a3>{NUM})\s+to\s+(?P<b3>{NUM}))\s+{_ADJ}{_BULLET}\b"
    )
    for m in _scan(pat, ctx, _I):
        lo = parse_number(m.group("a") or m.group("a2") or m.group("a3"))
        hi = parse_number(m.group("b") or m.group("b2") or m.group("b3"))
        if lo is None or hi is None or lo >= hi or _negated(ctx, m.start()) or _part_list(ctx, m.start()):
            continue
        yield Hit("format:bullet_points", {"num_bullets": lo, "relation": "at least"}, m.start(), m.end(), prio=53,
                  group=m.start())  # fmt: skip
        yield Hit("format:bullet_points", {"num_bullets": hi + 1, "relation": "less than"}, m.start(), m.end(),
                  prio=53, group=m.start())  # fmt: skip


def _foreign_bullets(ctx: Ctx) -> Iterator[Hit]:
    """Bullets counted or banned in Spanish, French, German, Italian or Portuguese: "verwende genau 3
    Aufzählungspunkte", "au moins 4 puces", "no uses viñetas"."""
    pat = rf"(?<![\w-])(?:(?P<rel>{F_REL}|{F_EXACT})\s+)?(?P<num>{F_NUM})\s+{_F_BULLET}\b"
    for m in _scan(pat, ctx, _I):
        n = _f_number(m.group("num"))
        rel_text = m.group("rel")
        if n is None or n < 1:
            continue
        if rel_text is None or re.fullmatch(F_EXACT, rel_text, _I):
            yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end())
        elif rel := _f_relation(rel_text, n):
            yield Hit("format:bullet_points", {"num_bullets": rel[1], "relation": rel[0]}, m.start(), m.end())
    for m in _scan(_F_NO_BULLETS, ctx, _I):
        yield Hit("format:bullet_points", dict(_NO_BULLET), m.start(), m.end())


def _no_bullets(ctx: Ctx) -> Iterator[Hit]:
    """No bullets at all: "do not use bullet points", "no bullets please", "skip the bullet points",
    "avoid bulleted lists", "keep bullets out of it"; not a ban scoped to some items ("no bullet
    point longer than ten words")."""
    pat = (
        r"\b(?:do\s+not|don't|never)\s+use\s+(?:any\s+)?bullet(?:ed)?[\s-]*(?:points?|lists?)\b"
        r"|\bno\s+bullet[\s-]*points\b"
    )
    for m in _scan(pat, ctx, _I):
        if not _SCOPED_TAIL.match(ctx.content, m.end()) and not _part_list(ctx, m.start()):
            yield Hit("format:bullet_points", dict(_NO_BULLET), m.start(), m.end())
    noun = r"bullet(?:ed)?[\s-]*(?:point[\s-]+lists?|points|pts|lists?)\b|bullets\b|bulletpoints\b|bullet\s+format\b"
    for m in _negated_mention(ctx, noun, 4):  # "do not use any of those bullet point lists"
        if _part_list(ctx, m.start()):
            continue
        if not _SCOPED_TAIL.match(ctx.content, m.end()) and not in_markdown_aside(ctx, m.start()):
            yield Hit("format:bullet_points", dict(_NO_BULLET), own_noun_start(m, noun), m.end(), prio=49)
    verbs = (
        r"(?:^|(?<=[.;:,!?]\s)|(?<=\band\s)|(?<=\bplease\s)|(?<=\bjust\s)|(?<=\balso\s)|(?<=\n))\s*(?:skip|omit|drop|ditch|"
        r"lose|nix|leave\s+out|steer\s+clear\s+of|forget|no\s+need\s+for)\s+(?:the\s+|any\s+|all\s+)?"
        rf"(?:{noun})|\b(?:keep|leave)\s+(?:the\s+|any\s+)?(?:{noun})\s+out\b"
    )
    for m in _scan(verbs, ctx, _I | re.M):
        if not _SCOPED_TAIL.match(ctx.content, m.end()):
            yield Hit("format:bullet_points", dict(_NO_BULLET), m.start(), m.end(), prio=49)
    for m in _scan(r"\bbullet(?:-point)?[- ]free\b", ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("format:bullet_points", dict(_NO_BULLET), m.start(), m.end(), prio=49)
    for s, e in terse_bans(ctx, noun):
        yield Hit("format:bullet_points", dict(_NO_BULLET), s, e, prio=49)
    # "dont bullet it": the noun as a verb
    for m in _scan(r"\b(?:do\s+not|don[’']?t|never)\s+bullet(?:\s+(?:it|them|this|the\s+\w+|anything))?\b", ctx, _I):
        yield Hit("format:bullet_points", dict(_NO_BULLET), m.start(), m.end(), prio=49)


def own_noun_start(m: re.Match, noun: str) -> int:
    """Where a ban's own span starts: at its noun when another banned noun comes first ("without any
    numbered or bulleted lists", "no emojis or hashtags"), so that both bans keep a span."""
    inner = re.search(noun, m.group(0), _I)
    if inner and re.search(r"\s(?:or|and|nor)\s|,", m.group(0)[: inner.start()], _I):
        return m.start() + inner.start()
    return m.start()


def them_count(ctx: Ctx, noun: str) -> Iterator[tuple[re.Match, tuple[str, int]]]:
    """A count that refers back to its noun: "Bullet points are fine but no more than 5 of them",
    "emojis yes, but no more than four of them"."""
    # ("... placeholders such as [first_name], a minimum of two": the count may close the clause instead)
    # (the count may open a clause of its own: "...; there should be at least 6 of those", "; give me 5 or more of
    # those")
    pat = (
        rf"\b(?:{noun})(?:e\.g\.|i\.e\.|[^.;\n]){{0,120}}?(?:;\s*(?:(?:i|we)\s+(?:want|need)|there\s+(?:should|must|has\s+to|"
        rf"needs\s+to)\s+be|(?:please\s+)?(?:give\s+me|use|include|add))\s+)?\b(?:(?P<rel>{REL})\s+(?P<num>{NUM})|"
        r"(?P<n2>\d+|[a-z]+)\s+or\s+(?P<more>more|fewer|less)(?=\s+of\s+th))"
        r"(?:\s+of\s+(?:them|those|these)\b|(?=\s*(?:[.;)!]|$)))"
    )
    for m in _scan(pat, ctx, _I):
        if m.group("n2"):
            n = parse_number(m.group("n2"))
            more = m.group("more").lower() == "more"
            if n is not None and not _negated(ctx, m.start("n2")):
                yield m, ("at least", n) if more else ("less than", n + 1)
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start("rel")))
        if rel:
            yield m, rel


_LIST_WORD = r"(?:numbered|ordered|enumerated)\s+list"
_F_NUMBERED = (
    r"(?:listas?\s+numeradas?|listes?\s+numérotées?|nummerierten?\s+Listen?|nummerierte[nr]?\s+Liste|"
    r"elenc(?:o|hi)\s+numerat[oi]|list[ae]\s+numerat[ae])"
)
# a noun counted by the list: "10 tips", "at least 5 blog post titles" (the last word a plural)
_ITEMS = r"(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*(?<![^s]s)s\b"
_NOT_ITEMS = re.compile(
    r"(?:paragraphs?|sections?|sentences?|words?|characters?|stanzas?|parts?|chapters?|pages?|lines?)$", _I
)


def _items_ok(m: re.Match, n: int) -> bool:
    noun = m.groupdict().get("noun")
    # "5 example sentences in a numbered list": a qualified noun names the items themselves
    return not noun or not _NOT_ITEMS.search(noun.strip()) or n == 1 or len(noun.split()) > 1


@rule("numbered", "ordered", "numbering", "enumerated", "numerad", "numérot", "nummerier", "numerat", "number the")
def _numbered_list(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"\b{_LIST_WORD}(?:\s+(?:with|of|containing|that\s+has)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+)?"
    for m in _scan(pat, ctx, _I):
        prefix = ctx.content[ctx.unit.start : m.start()]
        if re.search(r"\b(?:instead\s+of|rather\s+than|not|no|zero|without|than)\s+(?:(?:a|an|any|the)\s+)?$", prefix,
                     _I):  # fmt: skip
            continue  # the negated mentions below, or a comparison
        if m.group("num") is not None or _part_list(ctx, m.start()):
            continue  # the counted rules below
        start = m.start()
        art = re.search(r"(?:\ba|\bone)\s+$", prefix, _I)
        if art:
            start -= len(art.group(0))
        kw = {"num_items": 1, "relation": "less than" if _negated(ctx, m.start()) else "at least"}
        yield Hit("format:numbered_list", kw, start, m.end(), prio=45)
    yield from _counted_numbered_list(ctx)
    yield from _foreign_numbered_list(ctx)
    for m in _negated_mention(ctx, r"numbering\b|numbered\s+lists?\b|numbers?\s+lists?\b", 2):
        yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=45)
    # "without any numbered or bulleted lists": the first of two banned list kinds
    pair = (
        r"\b(?:without|no|(?:do\s+not|don[’']?t|never)\s+use|avoid)\s+(?:any\s+)?numbered"
        r"(?=\s+(?:or|nor|and)\s+bullet(?:ed)?\s+lists?)"
    )
    for m in _scan(pair, ctx, _I):
        yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=50)
    for m in _scan(r"\b(?:do\s+not|don't|never)\s+number\s+(?:them|the\s+\w+|your\s+\w+|anything)\b", ctx, _I):
        yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=45)
    # "Number the steps (at least 5 of them)", "Number the steps please, and no more than 7 of them"
    verb = (
        r"(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=\bplease\s)|(?<=\band\s))number\s+(?:the|your|each\s+of\s+the)\s+"
        r"(?:steps|items|points|ideas|tips|entries|reasons|questions|answers|titles|books|options|suggestions|names|"
        r"recommendations|picks|things|rules|stages|tasks|places|examples|songs|films|movies|dishes|recipes|activities)\b"
    )
    # the count after it: "(at least 5 of them)", ", eight minimum", " - 8 or more", ", at least 8"
    lim = r"\+|minimum|min|maximum|max|tops|or\s+(?:more|fewer|less)|at\s+(?:the\s+)?(?:least|most)"
    after = re.compile(
        rf"[^.;\n]{{0,25}}?\b(?P<rel>{REL})\s+(?P<num>{NUM})\s+of\s+them\b\s*\)?|\s*(?:,|\(|—|–|-|:)\s*(?:(?P<rel2>{REL})\s+"
        rf"(?P<num2>{NUM})|(?P<num3>{NUM})\s*(?P<lim>{lim}))(?![\w-])(?:\s+of\s+them)?\s*\)?(?=\s*(?:[.;,!)]|$|and\b))",
        _I,
    )
    for m in _scan(verb, ctx, _I | re.M):
        if _negated(ctx, m.start()):
            continue
        more = after.match(ctx.content, m.end())
        n = parse_number(more.group("num") or more.group("num2") or more.group("num3")) if more else None
        rel = None
        if n is not None and more.group("lim"):
            up = re.match(r"\+|min|or\s+more|at\s+(?:the\s+)?least", more.group("lim"), _I)
            rel = ("at least", n) if up else ("less than", n + 1)
        elif n is not None:
            rel = _relation(more.group("rel") or more.group("rel2"), n)
        if rel:
            kw = {"num_items": rel[1], "relation": rel[0]}
            yield Hit("format:numbered_list", kw, m.start(), more.end(), prio=47)
        else:
            yield Hit("format:numbered_list", {"num_items": 1, "relation": "at least"}, m.start(), m.end(), prio=45)


def _numbered_hit(ctx: Ctx, m: re.Match, prio: int) -> Iterator[Hit]:
    """The numbered-list constraint of a counted mention: a relation phrase, a written "5+" / "max",
    or a bare (or exact) count, which is at least that many items."""
    n = parse_number(m.group("num"))
    if n is None or not _items_ok(m, n) or _part_list(ctx, m.start()):
        return
    rel_text = m.groupdict().get("rel")
    neg = _negated(ctx, m.start())
    written = _written_relation(ctx, m, n)
    if written is None:
        return
    if written and (rel_text is None or re.fullmatch(_EXACT, rel_text, _I)):
        rel = written
    elif rel_text is None or re.fullmatch(_EXACT, rel_text, _I):
        rel = None if neg else ("at least", n)
    else:
        rel = _relation(rel_text, n, neg)
    if rel:
        yield Hit("format:numbered_list", {"num_items": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=prio)


def _counted_numbered_list(ctx: Ctx) -> Iterator[Hit]:
    """The count of a numbered list named with any noun: "a numbered list of 10 tips", "a numbered
    list of at least 5 questions", "numbered list, 5+ steps", "at least 10 names, as a numbered list",
    "5 numbered steps", "a 7-step numbered list"."""
    count = rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM}){_PRE}"
    pats = (
        # after the list: "a numbered list of 10 tips", "a numbered list with 5 items or more", "... of five."
        rf"\b(?:an?\s+)?{_LIST_WORD}\s+(?:of|with|containing|that\s+has|having|featuring)\s+{count}(?:\s+(?P<noun>{_ITEMS})|"
        r"(?=\s*(?:[.;!]|$)))"
        rf"{_SUF}",
        # after a comma or in parentheses: "numbered list, 5+ steps", "numbered list (at least 5 items)",
        # "Numbered steps only, at least 4 steps"
        # ("Use a numbered list for the explanations, at least 4 items")
        rf"\b(?:{_LIST_WORD}|numbered\s+(?:steps|items|points))(?:\s+only)?(?:\s+(?:for|of)\s+[^,.;:\n]{{1,40}}?)?"
        rf"\s*(?:,|\(|:|—|–)\s*{count}(?:\s+(?P<noun>{_ITEMS}))?{_SUF}",
        # before it: "at least 10 names, as a numbered list", "List 7 ideas in a numbered list", "List 5 red flags in
        # a cap table as a numbered list"
        rf"{count}\s+(?P<noun>{_ITEMS}){_SUF}(?:\s+(?:in|on|for|about|from|of)\s+[^,.;:\n]{{1,40}}?)?\s*,?\s+(?:as|in|into)\s+"
        rf"(?:an?\s+)?(?:{_LIST_WORD}|numbered\s+(?:format|form))\b",
        # no noun after a verb: "give me 10+ in a numbered list"
        rf"\b(?:give\s+me|list|write|provide|suggest|brainstorm|share)\s+{count}{_SUF}\s+(?:as|in|into)\s+(?:an?\s+)?{_LIST_WORD}\b",
        # "5 numbered steps", "at least 5 numbered steps"
        rf"{count}\s+(?:numbered|ordered)\s+(?:list\s+)?(?P<noun>{_ITEMS}){_SUF}",
    )  # fmt: skip
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if i == 1 and not (m.group("rel") or m.group("pre") or m.group("suf") or m.group("noun")):
                continue  # "numbered list, 2 pages": a bare number needs its noun
            yield from _numbered_hit(ctx, m, 47)
    # "a 7-step numbered list", "a numbered 10-item list"
    pat = rf"\b(?P<num>{NUM})-(?:item|step|point|tip|entry|part|idea)\s+(?:{_LIST_WORD}|numbered\s+list)|\bnumbered\s+(?P<n2>{NUM})-(?:item|step|point)\s+list"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num") or m.group("n2"))
        if n is not None and not _negated(ctx, m.start()) and not _part_list(ctx, m.start()):
            yield Hit("format:numbered_list", {"num_items": n, "relation": "at least"}, m.start(), m.end(), prio=47)


def _foreign_numbered_list(ctx: Ctx) -> Iterator[Hit]:
    """ "una lista numerada de al menos 5 cosas", "eine nummerierte Liste mit 6 Punkten", "sans
    numérotation"."""
    pat = (
        rf"\b(?:una\s+|une\s+|eine[n]?\s+|un\s+|uma\s+)?{_F_NUMBERED}(?:(?:\s+(?:de|con|avec|mit|di|con|com)|\s*[,:(])\s+"
        rf"(?:(?P<rel>{F_REL}|{F_EXACT})\s+)?(?P<num>{F_NUM})\s+[\w'-]+)?"
    )
    for m in _scan(pat, ctx, _I):
        if m.group("num"):
            n = _f_number(m.group("num"))
            rel_text = m.group("rel")
            if rel_text and re.fullmatch(F_EXACT, rel_text, _I):
                rel_text = None  # "exactly 5": at least that many items
            rel = None if n is None else _f_relation(rel_text, n)
            if rel:
                kw = {"num_items": rel[1], "relation": rel[0]}
                yield Hit("format:numbered_list", kw, m.start(), m.end(), prio=47)
            continue
        if re.search(r"\b(?:no|sin|sans|ohne|keine|senza|sem|não|non|pas\s+de)\s+(?:\w+\s+){0,2}$",
                     ctx.content[ctx.unit.start : m.start()], _I):  # fmt: skip
            yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=45)
        else:
            yield Hit("format:numbered_list", {"num_items": 1, "relation": "at least"}, m.start(), m.end(), prio=45)
    no_numbers = r"\b(?:sin\s+numeración|sans\s+numérotation|ohne\s+Nummerierung|senza\s+numerazione|sem\s+numeração)"
    for m in _scan(no_numbers, ctx, _I):
        yield Hit("format:numbered_list", {"num_items": 1, "relation": "less than"}, m.start(), m.end(), prio=45)


@rule("highlight", "bold", "italic", "emphasi", "asterisk", "*")
def _highlights(ctx: Ctx) -> Iterator[Hit]:
    if not re.search(r"markdown|\*|\bhighlight|\bbold|\bitalici[sz]e", ctx.text, _I):  # bold is markdown's
        return
    things = (
        r"(?:sections?|parts?|phrases?|words?|lines?|passages?|points?|sentences?|items?|terms?|bits|spots|key\s+\w+)"
    )
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
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            # "highlighted" words need markdown named in the sentence ("... with markdown so at least 10
            # highlighted words"); a "highlight N ..." verb needs it after the count
            where = ctx.text if i == 2 else ctx.content[m.start() : ctx.unit.end]
            # "Bold at least 3 phrases": bold and italics are markdown's own
            if re.search(r"markdown|\*", where, _I) or re.match(r"bold|italici", m.group(0), _I):
                for h in _highlight_count(ctx, m):
                    # "highlight each one with markdown ..., so at least 10 highlighted words": the first
                    # statement is the same constraint (a rewrite must not leave it behind)
                    each = re.search(
                        r"\bhighlight\s+(?:each|every|all|them|these|those)\b[^.;]*?\bmarkdown\b",
                        ctx.content[ctx.unit.start : m.start()],
                        _I,
                    )
                    if i == 2 and each:
                        h.start = ctx.unit.start + each.start()
                    yield h
    # "Highlight at least 2 must-see spots with markdown", "highlight at least 2 critical ones w/ *asterisks*":
    # any noun, markdown or its asterisks named right after it
    pat = (
        rf"\b(?:highlight|italici[sz]e|emphasi[sz]e|mark)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:[\w'-]+\s+){{0,5}}?"
        r"[\w'-]+\s+(?:with|using|in|w/)\s+(?:markdown(?:\s+(?:italics|formatting|asterisks|highlight\w*))?\b|\*?asterisks\*?|"
        r"single\s+asterisks|\*[^*\n]{1,20}\*)"
    )
    for m in _scan(pat, ctx, _I):
        yield from _highlight_count(ctx, m)
    # "Make at least 3 words bold", "put 2 key terms in italics"
    pat = (
        rf"\b(?:make|put|set|format|write)\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:[\w'-]+\s+){{0,3}}?"
        r"(?:words?|phrases?|terms?|names?|points?|dates?|numbers?|ideas?|rules?|items?)\s+(?:in\s+)?(?:bold|italics?)\b"
    )
    for m in _scan(pat, ctx, _I):
        yield from _highlight_count(ctx, m)
    # "Please **bold** at least 3 of the most important rules": bold is markdown's own highlight
    pat = (
        rf"(?:^|(?<=[\s(]))\*{{0,2}}(?:bold|italici[sz]e)\*{{0,2}}\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+"
        r"(?:of\s+(?:the|them|these|your)\b(?:\s+[\w'-]+){0,4}|(?:[\w'-]+\s+){0,2}?(?:terms?|words?|phrases?|points?|"
        r"rules?|ideas?|facts?|names?|dates?|numbers?|items?|steps?|tips?|takeaways?|things?|bits?|spots?))\b"
    )
    for m in _scan(pat, ctx, _I | re.M):
        yield from _highlight_count(ctx, m)
    yield from _highlights_gramb(ctx, things)
    for m in _scan(
        r"\b(?:do\s+not|don't|never)\s+highlight\s+(?:any\s+(?:sections?|parts?|text)|anything)\b"
        r"(?:\s+with\s+(?:markdown|asterisks))?",
        ctx,
        _I,
    ):
        yield Hit("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, m.start(), m.end(), prio=65)


def _highlights_gramb(ctx: Ctx, things: str) -> Iterator[Hit]:
    """Highlight counts whose relation comes after the count or the thing highlighted: "one highlighted
    section, max", "3 or more bolded phrases", "bold the key terms (at least 4 of them)", "italicise the
    main ideas, at most two"; and a verb in the third person ("an answer that highlights at least three
    key terms in markdown italics")."""
    md = re.search(r"markdown|\*|\bbold|\bitalic", ctx.text, _I)
    noun = rf"(?:markdown\s+)?(?:\*?(?:highlighted|bold(?:ed)?|italici[sz]ed)\*?\s+{things}|highlights)"
    for m, rel, n in suffix_counts(ctx, noun):
        if md and not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            tid = "detectable_format:number_highlighted_sections" if rel == "at least" else (
                "detectable_format:fewer_highlighted_sections")  # fmt: skip
            yield Hit(tid, {"num_highlights": n}, m.start(), m.end(), prio=66)
    pats = (
        rf"\b(?:highlight|bold|italici[sz]e|emphasi[sz]e)\s+(?:the|your|some|a\s+few|key)\s+(?:[\w'-]+\s+){{0,3}}?"
        rf"(?:{things}|names?|ideas?|facts?|dates?|numbers?|concepts?|takeaways?|points?)\s*(?:\(|,|—|–|-)\s*"
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})(?:\s+of\s+them)?\)?(?=\s*(?:[.;,!)]|$|and\b))",
        rf"(?<=\bthat\s)highlights\s+(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:\w+\s+)?{things}\b"
        r"(?:\s+(?:with|using|in)\s+markdown(?:\s+italics|\s+formatting)?)?",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if i == 0 and not re.match(r"bold|italic", m.group(0), _I) and not md:
                continue
            if i == 1 and not re.search(r"markdown|\*", ctx.content[m.start() : ctx.unit.end], _I):
                continue
            if not scoped_to_part(ctx, m.start()):
                yield from _highlight_count(ctx, m)


# bold or italics left out, asked in French, Spanish, German, Italian or Portuguese
_F_NO_BOLD = (
    r"\b(?:pas\s+de\s+gras|sans\s+gras|sin\s+negritas?|nada\s+de\s+negritas?|ohne\s+Fettdruck|kein(?:en)?\s+Fettdruck|"
    r"senza\s+grassetto|niente\s+grassetto|sem\s+negrito)(?:\s+(?:ni|ou|o|oder|né|nor)\s+(?:d['’]|de\s+)?(?:italiques?|"
    r"cursivas?|kursiv(?:schrift)?|corsivo|itálico))?"
)


@rule("gras", "negrita", "fettdruck", "grassetto", "negrito")
def _foreign_no_bold(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(_F_NO_BOLD, ctx, _I):
        yield Hit("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, m.start(), m.end(), prio=54)


@rule("title", "headline", "titre", "título", "titolo", "titel", "chevron", "angle", "angular")
def _title(ctx: Ctx) -> Iterator[Hit]:
    brackets = (
        r"(?:double\s+angul?ar\s+brackets|double\s+angle\s+brackets|double\s+chevrons|chevrons\s+doubles|"
        r"doppelten\s+spitzen\s+klammern|dobles\s+corchetes\s+angulares|corchetes\s+angulares\s+dobles|"
        r"doppie\s+parentesi\s+angolari|colchetes\s+angulares\s+duplos|<<[^<>\n]*>>)"
    )
    pat = rf"\b(?:titles?|headlines?|titre|t[íi]tulo|titolo|Titel)\b[^.;!?]{{0,80}}?{brackets}"
    for m in _scan(pat, ctx, _I):
        lead = re.search(
            r"(?:\b(?:give|include|add|put|provide|start\s+with|begin\s+with|use|contain|have|with|must\s+contain|needs?|"
            r"should\s+contain|must\s+have|should\s+have)\s+(?:[\w']+\s+){0,3}?(?:a|an|the|one)\s+(?:short\s+|catchy\s+)?)$",
            ctx.content[ctx.unit.start : m.start()], _I,
        )  # fmt: skip
        # "a title, formatted as <<Title>>", "Headline goes on top, wrapped like <<this>>": a form asked for
        form = (
            r"double\s+angul?ar|double\s+angle|chevrons|spitzen|angulares|angolari|\bwrap|"
            r"\b(?:formatted|written|set|styled)\s+(?:as|like|in)\b"
        )
        if not lead and not re.search(form, m.group(0), _I):
            continue  # "Rewrite this title: <<The Big Day>>" names a title, it asks for none
        start = m.start() - len(lead.group(0)) if lead else m.start()
        tid = "detectable_format:no_title" if _negated(ctx, start) else "detectable_format:title"
        yield Hit(tid, {}, start, m.end(), prio=60)
    # "What's a good title for my report? Put it in <<double angle brackets>>": the title asked for
    # earlier in the message, its form here
    if re.search(r"\btitles?\b|\bheadlines?\b", ctx.content, _I):
        put = (
            r"\b(?:put|wrap|place|enclose|write|give)\s+(?:it|the\s+(?:title|name|headline))\s+(?:in|inside|between|within)\s+"
            r"(?:<<\s*double\s+angul?ar\s+brackets\s*>>|<<\s*double\s+angle\s+brackets\s*>>|double\s+angul?ar\s+brackets|"
            r"double\s+angle\s+brackets|double\s+chevrons)"
        )
        for m in _scan(put, ctx, _I):
            tid = "detectable_format:no_title" if _negated(ctx, m.start()) else "detectable_format:title"
            yield Hit(tid, {}, m.start(), m.end(), prio=60)


@rule("bold", "italic")
def _bold(ctx: Ctx) -> Iterator[Hit]:
    """Bold or italics as highlighted sections: "no bold or italics", "do not use any bold text" (fewer
    than 1), "fewer than 3 bolded phrases", "Highlight at least 3 key numbers in bold"."""
    for m in _negated_mention(ctx, r"(?:bold(?:ed)?|italics?)(?:\s+(?:or|and)\s+(?:bold|italics?))?(?:\s+text)?\b", 2):
        before = ctx.content[ctx.unit.start : m.start()]
        if re.match(r"not\b", m.group(0), _I) and re.search(
            r"\b(?:renders?|supports?|displays?|shows?|reads?|handles?|understands?|parses?)\b[^.;]*,\s*$", before, _I
        ):
            continue  # "our LMS renders HTML, not markdown italics": what the software reads, no ban
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
        r"|\b(?:do\s+not|don[’']?t|never)\s+(?:put|add|include|give\s+it|use|write|slap|stick|tack|throw)\s+(?:a|any)\s+"
        r"(?:<<\s*)?title(?:\s*>>)?"
        r"(?:\s+(?:at\s+the\s+top|on\s+top)(?:\s+of\s+it)?)?"
    )
    for m in _scan(pat, ctx, _I):
        s = m.start("c") if m.group("c") else m.start()
        yield Hit("detectable_format:no_title", {}, s, m.end(), prio=61)


@rule("section", "part", "each", "every", "label", "secci", "sezion", "abschnitt", "seç", "marcad", "marqu")
def _sections(ctx: Ctx) -> Iterator[Hit]:
    text = ctx.text
    sp = re.search(
        # "Divide la respuesta en 4 secciones marcadas como SEMANA 1, ...", "4 parties intitulées PARTIE 1"
        r"(?:(?:marcad[oa]s|etiquetad[oa]s|marqu[ée]e?s|intitul[ée]e?s|titulad[oa]s|markiert|segnat[ei]|chiamat[ei]|"
        r"intitolat[ei])(?:\s+(?:como|com|comme|als|come|con))?|"
        r"mark(?:ed|ing)?\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?:each|every)(?:\s+(?:section|one|part))?\s+(?:with|as)|"
        r"(?:use|using)(?=\s+[\"'“‘]?(?P<lab>[A-Za-z]+)\s+1\s*,\s*[\"'“‘]?(?P=lab)\s+2\b)|"
        r"(?:each|every)"
        r"(?:\s+section|\s+one|\s+part)?\s+(?:should\s+|must\s+|has\s+to\s+)?(?:begin(?:ning|s)?|start(?:ing|s)?|open(?:ing|s)?|marked|labell?ed|"
        r"titled|headed)(?:\s+with)?|(?:starting|beginning)\s+each(?:\s+(?:section|one))?\s+with|marked|labell?ed|"
        r"titled|headed|label(?:l?(?:ed|ing))?\s+(?:them|each(?:\s+[a-z-]+)?)(?:\s+as)?|sections?\s*:|"
        r"(?:lay\s+(?:it|this|them)\s+out|structure\s+(?:it|this|them|the\s+\w+)|organi[sz]e\s+(?:it|this|them))\s+as|"
        r"mark(?:ed|ing)?\s+each\s+of\s+the\s+(?:\w+\s+)?(?:sections|parts)\s+(?:with|as)|"
        # "Start each email with the marker EMAIL and its number"
        r"(?:start|begin|open|head|mark|label)\s+(?:each|every)\s+[a-z-]+\s+with)"
        # "each one starting with a line like "Part 1"", "opening with a header line of the form SECTION N"
        r"\s+(?:(?:the\s+|a\s+)?(?:word|header|heading|label|marker|tag|line|header\s+line|heading\s+line)"
        r"(?:\s+(?:like|such\s+as|that\s+says|that\s+reads|reading|saying|of\s+the\s+form))?\s+)?[\"'“‘]?(?P<sp>[^\W\d_]+)[\"'”’]?"
        r"(?:\s+(?:X|N|#|\d+)\b|\s+and\s+(?:its|the|a)\s+number)",
        text,
        _I,
    )
    if not sp:
        return
    spliter = sp.group("sp")
    if spliter.lower() in ("the", "a", "each", "with"):
        return
    for m in _scan(
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:distinct\s+|separate\s+|different\s+)?(?:sections?|parts?|"
        rf"secciones|sezioni|seções|parties|abschnitte|teile|partes|{re.escape(spliter.lower())}s?)\b",
        ctx,
        _I,
    ):
        n = parse_number(m.group("num"))
        # the singular only for one ("must have 1 section", a reversed fewer_sections)
        if n is None or (n != 1 and not re.search(r"(?:s|abschnitte|teile|sezioni)$", m.group(0), _I)):
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
        return
    marks = r"\s*mark\w*\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?:each|every)\s+(?:one|section|part)\b"
    n = _sections_listed(ctx, spliter) or (_sections_named_before(ctx) if re.match(marks, text, _I) else None)
    if n:
        s, e = ctx.unit.start + sp.start(), ctx.unit.start + sp.end()
        more = r"(?:\s*,\s*[\"'“‘]?\w+\s+\d+[\"'”’]?)*(?:\s*,?\s*(?:etc\.?|and\s+so\s+on))?"
        rest = re.compile(more).match(ctx.content, e)
        yield Hit("detectable_format:multiple_sections", {"section_spliter": spliter, "num_sections": n}, s,
                  rest.end() if rest else e, prio=70)  # fmt: skip


def _sections_listed(ctx: Ctx, spliter: str) -> int | None:
    """How many sections the markers spell out: every one listed ("(EMAIL 1, EMAIL 2, EMAIL 3)",
    "SECTION 1 and SECTION 2"), or a compound count in the message ("a 3-email sequence", "a 4-day
    itinerary" with "Day 1, Day 2 and so on")."""
    w = re.escape(spliter)
    q = r"[\"'“”‘’]?"
    through = re.search(rf"\b{w}\s+1\s+(?:through|to|-|–)\s+{w}\s+(\d+)\b", ctx.text)  # "Day 1 through Day 5"
    if through and int(through.group(1)) > 1:
        return int(through.group(1))
    listed = re.search(rf"{q}{w}\s+1\b{q}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){q}{w}\s+\d+\b{q})+", ctx.text)
    if listed and not re.match(r"\s*,?\s*(?:etc|and\s+so\s+on|\.\.\.|…)", ctx.text[listed.end() :], _I):
        nums = [int(x) for x in re.findall(rf"{w}\s+(\d+)", listed.group(0))]
        if nums == list(range(1, len(nums) + 1)) and len(nums) > 1:
            return len(nums)
    compound = re.findall(rf"\b({NUM})-{w}s?\b", ctx.content, _I)
    counts = {parse_number(c) for c in compound}
    if len(counts) == 1 and (n := counts.pop()) and n > 1:
        return n
    return None


def _sections_named_before(ctx: Ctx) -> int | None:
    """How many sections the sentence before names, for a unit that only says how to mark them
    ("Sections required: Hypothesis, Metrics, Duration, Risks. Mark each one as SECTION 1, ..."):
    the items of a "Sections: A, B, C" list, or "N sections"."""
    before = ctx.content[max(0, ctx.unit.start - 300) : ctx.unit.start]
    before = before.split("\n\n")[-1]
    listed = re.search(
        r"\b(?i:sections?|parts?)(?i:\s+(?:required|needed|to\s+include|to\s+cover))?\s*:\s*(?P<list>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}"
        r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,3})+)\s*\.?\s*$",
        before,
    )
    if listed:
        return len(re.split(r"\s*,\s*", listed.group("list")))
    counted = re.search(rf"\b(?P<num>{NUM})\s+(?:sections|parts)\b[^.;]*[.;]?\s*$", before, _I)
    n = parse_number(counted.group("num")) if counted else None
    return n if n and n > 1 else None


# The object's keys: "with the keys "a", "b" and "c"", "containing exactly these fields: ..."
_KEYS = (
    r"(?:(?:con\s+las\s+claves|avec\s+les\s+clés|mit\s+den\s+Schlüsseln|con\s+le\s+chiavi|com\s+as\s+chaves)\s*:?|"
    r"(?:that\s+has|with|containing|having|using|featuring|made\s+of)\s+(?:(?:the|exactly\s+the|these|exactly\s+these|"
    r"only\s+the)\s+)?(?:following\s+)?(?:top-level\s+)?(?:keys?|fields?|properties)\s*:?|whose\s+(?:top-level\s+)?"
    r"(?:keys|fields|properties)\s+are(?:\s+exactly)?\s*:?)\s*"
)
# Quoted keys joined in any of the languages the keys phrase is read in ("nome" e "età")
_KEY_LIST = rf"{QUOTED}(?:(?:\s*,\s*(?:(?:and|y|e|et|und)\s+)?|\s+(?:and|or|&|y|e|et|und|o|ou)\s+|\s*/\s*){QUOTED})*"
# Keys written bare after a colon: "with exactly these keys: sentiment, confidence, reason."
_BARE_KEYS = r"(?P<bare>[a-z_][\w-]*(?:\s*,\s*(?:and\s+)?[a-z_][\w-]*|\s+and\s+[a-z_][\w-]*)+)(?=\s*(?:[.;)]|$|\n))"
# A verb that asks for JSON as the output ("Return a JSON object", "output only JSON"): the format is
# stated besides the keys.
_OUTPUT_LEAD = re.compile(
    r"(?:\b(?:(?P<own>respond|answer|reply)|return|output|give(?:\s+(?:me|us|back))?|provide|produce|generate|send(?:\s+back)?|"
    r"emit|print|write)\s+(?:(?:back|only|just|with|me)\s+)*|\b(?:in|as|into|en|im|em)\s+(?:formato\s+)?|\b(?:output|response|answer|reply|result)\s+"
    r"(?:must|should|has\s+to|needs\s+to|will|shall)\s+be\s+)(?:(?:an?|the|one|valid|single|raw|pure|proper|strict)\s+)*$",
    _I,
)


_DESCRIBED = re.compile(
    r"\b(?:returns|outputs|produces|sends|gives|emits|has|have|had|contains|is|was|uses|expects|accepts|takes|receives|"
    r"parses|reads|got|gets|looks\s+like|like|gave|sent|returned|produced|made|used|wrote|output)\s+(?:back\s+)?(?:(?:me|us)\s+)?"
    r"(?:(?:an?|the|this|that|my|our|some)\s+)?$",
    _I,
)


@rule("json")
def _json(ctx: Ctx) -> Iterator[Hit]:
    stated: list[tuple[int, int]] = []  # json_format already stated with the keys
    pat = (
        rf"\bJSON(?:\s+(?:object|output|response|format|dict(?:ionary)?|structure)|-Format)?(?:\s*\([^()\n]{{1,60}}\))?\s*,?\s+{_KEYS}"
        rf"(?:(?P<list>{_KEY_LIST})|"
        rf"(?<=:\s){_BARE_KEYS})"
    )
    for m in _scan(pat, ctx, _I):
        bare = r"\s*,\s*(?:and\s+)?|\s+and\s+"
        items = _quoted_items(m.group("list")) if m.group("list") else re.split(bare, m.group("bare"))
        before = ctx.content[ctx.unit.start : m.start()]
        if _DESCRIBED.search(before):
            continue  # "The API returns a JSON object with the keys ...": a description of data
        lead = re.search(r"\b(?:respond|answer|reply)\s+(?:only\s+)?with\s+an?\s+$", before, _I)
        # "Output: a JSON object with keys ...": the label asks for JSON, the object's keys are named
        label = re.search(r"(?:^|\n)\s*(?:output|format|response\s+format)\s*:\s*(?:an?\s+)?$", before, _I)
        verb = _OUTPUT_LEAD.search(before)
        # "Respond with a JSON object with the keys ..." states the keys; "Respond ONLY with a JSON object
        # with the keys" the format too, except in the type's own sentence ("... that has the keys"), which
        # states the keys alone (its describe() round trip)
        own_sentence = re.match(r"JSON\s+object\s+that\s+has\b", m.group(0), _I)
        own = verb and verb.group("own") and (not re.search(r"\bonly\b", verb.group(0), _I) or own_sentence)
        both = bool(label or (verb and not own))
        lead = lead or label or verb
        start = m.start() - len(lead.group(0).lstrip()) if lead else m.start()
        neg = _negated(ctx, start)
        tid = "format:not_json_keys" if neg else "format:json_keys"
        yield Hit(tid, {"keys": items}, start, m.end(), prio=75, group=start if both else None)
        if both and not neg:
            yield Hit("detectable_format:json_format", {}, start, m.end(), prio=75, group=start)
            stated.append((start, m.end()))
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
        # "JSON only, no prose before or after", "- JSON only"; "The output must be a JSON object"
        r"(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=[-*•]\s))(?:valid\s+|raw\s+)?JSON\s+only\b",
        r"\b(?:the\s+)?(?:output|response|answer|reply|result)\s+(?:must|should|has\s+to|needs\s+to|will|shall)\s+be\s+"
        r"(?:(?:an?|one|valid|single|raw|pure|proper|strict)\s+)*JSON\b(?:\s+object)?",
        # asked in Spanish, French, German, Italian, Portuguese: "Responde en formato JSON", "Antworte im JSON-Format"
        r"\b(?:responde|contesta|devuelve|escribe|réponds|répondez|renvoie|écris|antworte|gib|schreib|rispondi|restituisci|"
        r"scrivi|responda|retorne|escreva)\s+(?:(?:solo|solamente|uniquement|seulement|nur|soltanto|apenas|únicamente)\s+)?"
        r"(?:en|in|im|em|als|como|sous)\s+(?:(?:formato|format|forme\s+de)\s+)?JSON(?:[- ]Format)?\b",
        # "Only give me the JSON", "just send the JSON"
        r"\b(?:only|just)\s+(?:give|send|return|output|show)\s+(?:me\s+|us\s+)?(?:back\s+)?the\s+JSON\b(?!\s+(?:keys?|fields?))",
        # "Please don't use JSON", "avoid JSON"
        r"\b(?:(?:do\s+not|don[’']?t|never)\s+(?:use|output|return|give\s+me|send)|avoid(?:\s+using)?)\s+(?:any\s+)?JSON\b"
        r"(?!\s+(?:keys?|fields?|objects?\s+with|objects?\s+that|parsing|schemas?|files?|syntax))",
        # "nothing outside the JSON", "no text outside of the JSON object"
        r"\b(?:nothing|no\s+(?:other\s+)?(?:text|prose|words|commentary))\s+(?:else\s+)?outside\s+(?:of\s+)?(?:the\s+)?JSON\b"
        r"(?:\s+(?:object|block))?",
        # a format label: "Output: a JSON object ...", "Format: JSON"
        r"(?:^|(?<=\n))\s*(?:output|format|response\s+format|output\s+format)\s*:\s*(?:a\s+|an\s+)?(?:valid\s+|single\s+)*"
        r"JSON\b(?:\s+object)?",
        # "输出JSON格式", "以JSON格式返回", "用 JSON 输出" (not "不要用JSON": the negation below reads it)
        # (the verb opens its clause: "这个API返回JSON格式的数据" describes an API; "JSON格式的" qualifies a noun)
        r"(?:(?<=^)|(?<=[，。；：,;:\n！？!?])|(?<=请)|(?<=并)|(?<=再)|(?<=然后))\s*"
        r"(?:(?:不要|别|不用|禁止)?(?:输出|返回|用|以|使用|采用|按照?|给出)\s*(?:为\s*)?JSON\s*(?:格式|对象)?(?!的)"
        r"(?:输出|返回|回答)?)",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            # "nothing should be formatted as JSON"
            nothing = re.search(r"\bnothing\s+(?:should|must|may|can|is\s+to|will)\s+$", ctx.prefix(m.start()), _I)
            # "don't use JSON", "不要用JSON"
            own_neg = re.match(r"(?:do\s+not|don[’']?t|never|avoid)\b|不要|别|不用|禁止", m.group(0), _I)
            neg = _negated(ctx, m.start()) or nothing or own_neg
            if not neg and any(s < m.end() and m.start() < e for s, e in stated):
                continue  # "Return a JSON object with the keys ...": stated with its keys above
            tid = "detectable_format:not_json_format" if neg else "detectable_format:json_format"
            yield Hit(tid, {}, m.start(), m.end(), prio=50)


@rule("before or after", "outside")
def _json_only_again(ctx: Ctx) -> Iterator[Hit]:
    """ "No extra prose before or after it.": the JSON-only requirement said again, in a message that
    asks for JSON (a rewrite of the format must not leave it behind)."""
    if not re.search(r"(?<![A-Za-z])JSON(?![A-Za-z])", ctx.content, _I):
        return
    pat = (
        r"\bno\s+(?:extra\s+|other\s+|additional\s+)?(?:prose|text|commentary|explanation|words)\s+(?:before\s+or\s+after|"
        r"outside)(?:\s+(?:it|the\s+(?:JSON|object)))?"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("detectable_format:json_format", {}, m.start(), m.end(), prio=50)


@rule("key", "字段", "键")
def _json_keys_sentence(ctx: Ctx) -> Iterator[Hit]:
    """The keys of a JSON answer stated in a sentence of their own ("Output only JSON. The object
    must have the keys "a", "b" and "c"."): only in a message that asks for JSON."""
    if not re.search(r"(?<![A-Za-z])JSON(?![A-Za-z])", ctx.content, _I):  # "输出JSON格式" has no \b
        return
    pat = (
        rf"\b(?:the\s+)?(?:JSON\s+)?(?:object|output|response|answer|it)\s+(?:must|should|has\s+to|needs\s+to|will)\s+"
        rf"(?:have|contain|include|use)\s+(?:exactly\s+)?(?:the\s+|these\s+)?(?:following\s+)?keys?\s*:?\s*(?P<list>{QLIST})"
    )
    for m in _scan(pat, ctx, _I):
        tid = "format:not_json_keys" if _negated(ctx, m.start()) else "format:json_keys"
        yield Hit(tid, {"keys": _quoted_items(m.group("list"))}, m.start(), m.end(), prio=75)
    # a label in a list of output rules: "- keys: "people", "orgs", "places""
    label = (
        rf"(?:^|(?<=\n)|(?<=[.;!?]\s))\s*(?:[-*•]\s+)?(?P<c>(?:top-level\s+|required\s+)?(?:keys|fields)\s*:\s*(?P<list>{QLIST}))"
    )
    for m in _scan(label, ctx, _I | re.M):
        yield Hit("format:json_keys", {"keys": _quoted_items(m.group("list"))}, m.start("c"), m.end(), prio=75)
    # the same label with bare keys: "Required keys: experiment, winner, lift_pct."
    bare_label = (
        # (the keys are lowercase identifiers; the label in any case)
        r"(?:^|(?<=\n)|(?<=[.;!?]\s))\s*(?:[-*•]\s+)?(?P<c>(?i:top-level\s+|required\s+)?(?i:keys|fields)\s*:\s*"
        r"(?P<bare>[a-z_][\w-]*(?:\s*,\s*(?:and\s+)?[a-z_][\w-]*)+))(?=\s*(?:[.;]|$))"
    )
    for m in _scan(bare_label, ctx, re.M):
        keys = re.split(r"\s*,\s*(?:and\s+)?", m.group("bare"))
        yield Hit("format:json_keys", {"keys": keys}, m.start("c"), m.end(), prio=75)
    # "respond with JSON only (no prose) using the keys "a", "b" and "c"": the keys after the JSON request
    after = (
        rf"\bJSON\b[^.;\n]{{0,40}}?\s(?P<c>(?:using|with)\s+(?:exactly\s+)?(?:the\s+|these\s+)keys\s*:?\s*"
        rf"(?P<list>{QLIST}))"
    )
    for m in _scan(after, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if _DESCRIBED.search(before) or _negated(ctx, m.start()):
            continue
        yield Hit("format:json_keys", {"keys": _quoted_items(m.group("list"))}, m.start("c"), m.end(), prio=74)
    # in a message that asks for JSON: "a single object with the keys ...", "Use the keys ...", "Keys I want: a, b"
    pats = (
        rf"\b(?:an?\s+|one\s+|the\s+)(?:single\s+)?object\s+(?:with|that\s+has|containing|having)\s+(?:exactly\s+)?(?:the\s+)?keys\s*:?\s*"
        rf"(?P<list>{QLIST})",
        rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:use|include)\s+(?:exactly\s+)?(?:the\s+|these\s+)?(?:following\s+)?keys\s*:?\s*(?P<list>{QLIST})",
        rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))keys\s+(?:I\s+(?:want|need)|required|to\s+use)\s*:\s*(?:(?P<list>{QLIST})|"
        r"(?P<bare>[a-z_][\w-]*(?:\s*,\s*(?:and\s+)?[a-z_][\w-]*)+)(?=\s*(?:[.;]|$)))",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I | re.M):
            if m.groupdict().get("bare"):
                keys = re.split(r"\s*,\s*(?:and\s+)?", m.group("bare"))
            else:
                keys = _quoted_items(m.group("list"))
            tid = "format:not_json_keys" if _negated(ctx, m.start()) else "format:json_keys"
            yield Hit(tid, {"keys": keys}, m.start(), m.end(), prio=75)
    # the keys named before the word: "a JSON object with "summary" and "tags" keys"
    pat = (
        rf"\bJSON(?:\s+object)?\s+(?:with|containing|having)\s+(?:the\s+)?(?P<list>{QLIST})\s+(?:as\s+(?:its\s+)?)?"
        r"(?:keys|fields)\b"
    )
    for m in _scan(pat, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if _DESCRIBED.search(before):
            continue
        # the keys' own span ("with "a" and "b" keys"), beside the format's ("Format your answer as a JSON object")
        start = m.start() + re.match(r"JSON(?:\s+object)?\s+", m.group(0), _I).end()
        tid = "format:not_json_keys" if _negated(ctx, m.start()) else "format:json_keys"
        yield Hit(tid, {"keys": _quoted_items(m.group("list"))}, start, m.end(), prio=76)
    # "只包含两个字段：original 和 translation"
    zh_and = r"\s*(?:和|、|,|，|及)\s*"
    key = r"[A-Za-z_][A-Za-z0-9_]*"
    zh = rf"(?:包含|含有|有)(?:两个|三个|四个|\d+\s*个|以下)?(?:字段|键)\s*[:：]\s*(?P<k>{key}(?:{zh_and}{key})+)"
    for m in _scan(zh, ctx, 0):
        yield Hit("format:json_keys", {"keys": re.split(zh_and, m.group("k"))}, m.start(), m.end(), prio=75)


# --- session 4 (fmt6) -------------------------------------------------------------------------------


def them_count_far(ctx: Ctx, noun: str) -> Iterator[tuple[re.Match, tuple[str, int]]]:
    """A count that refers back to its noun with "of them" after a longer aside than them_count reads:
    "Include placeholders in square brackets for things I need to fill in, like [target launch date] and
    [eng owner], at least 3 of them", "Use markdown headings, at least five of them (Problem, Goals, ...)".
    Only "of them" closes it, and the clause runs to no sentence end."""
    pat = (
        rf"\b(?:{noun})(?:e\.g\.|i\.e\.|[^.;!?\n]){{0,200}}?,\s*(?P<rel>{REL})\s+(?P<num>{NUM})\s+of\s+them\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start("rel")))
        if rel and not _negated(ctx, m.start()):
            yield m, rel


@rule("placeholder", "of them")
def _placeholders_far_count(ctx: Ctx) -> Iterator[Hit]:
    for m, rel in them_count_far(ctx, r"placeholders?|(?:blanks|fill-ins|slots)\s+in\s+square\s+brackets"):
        more = rel[0] == "at least"
        tid = "detectable_content:number_placeholders" if more else "detectable_content:fewer_placeholders"
        yield Hit(tid, {"num_placeholders": rel[1]}, m.start(), m.end(), prio=47)


_NEG_IN_CLAUSE = r"\b(?:do\s+not|don[’']?t|dont|never|no|without|avoid|instead\s+of|rather\s+than)\b"


@rule("numbered", "ordered", "enumerated")
def _numbered_list_count_apart(ctx: Ctx) -> Iterator[Hit]:
    """A numbered list whose count stands apart from it: "Need 10+ tagline options for a bike-repair
    café, as a numbered list", "Give me at least 10 idle barks for the tavern keeper NPC, as a numbered
    list", "a numbered list of agenda items with time boxes, at least 5 items". A count of words,
    sentences or lines ("under 8 words each, as a numbered list") is no item count."""
    count = rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM}){_PRE}"
    pats = (
        rf"(?<![\w-]){count}\s+(?P<noun>[a-z][\w'-]*(?:\s+[\w'’-]+){{0,8}}?)\s*,\s*(?:as|in|into)\s+(?:an?\s+)?"
        rf"{_LIST_WORD}\b",
        rf"\b{_LIST_WORD}\b(?:[^.;:!?\n]{{0,80}}?)\s*,\s*{count}\s+(?P<noun>items|entries|points|steps|ideas|options|"
        rf"tips|questions|of\s+them){_SUF}",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            head = m.group("noun").split()[0].lower()
            if _NOT_ITEMS.fullmatch(head) or re.match(r"(?:of|to|and|or|per|each|times?|minutes?|hours?|days?)$", head):
                continue
            unit_nouns = r"\b(?:words?|sentences?|lines?|characters?|chars?|paragraphs?)\b"
            if i == 0 and re.search(unit_nouns, m.group("noun"), _I):
                continue
            if i == 0 and _part_list(ctx, m.start()):
                continue
            # the count after the list: its own clause says what it counts ("any headings, just a numbered
            # list ..." bans headings, it scopes nothing)
            clause = re.split(r"[,;:]", ctx.content[ctx.unit.start : m.start()])[-1]
            each = re.search(r"\b(?:each|every|per)\b", m.group(0), _I)
            if i == 1 and (each or re.search(_NEG_IN_CLAUSE, clause, _I)):
                continue
            if i == 1:
                n = parse_number(m.group("num"))
                written = _written_relation(ctx, m, n) if n is not None else None
                rel = written or (_relation(m.group("rel"), n) if m.group("rel") and n is not None else ("at least", n))
                # "just a numbered list ...": the article and "just" are the list's words, not the task's
                art = re.search(r"(?:\b(?:just|only|simply)\s+)?(?:\ban?\s+|\bone\s+)?$", clause, _I)
                start = m.start() - len(art.group(0)) if art else m.start()
                if n is not None and rel and rel[1] is not None:
                    yield Hit("format:numbered_list", {"num_items": rel[1], "relation": rel[0]}, start, m.end(),
                              prio=48)  # fmt: skip
                continue
            yield from _numbered_hit(ctx, m, 48)


@rule("break", "split", "divide", "organi", "structure", "arrange", "separate", "lay")
def _sections_broken_into(ctx: Ctx) -> Iterator[Hit]:
    """Sections named by their markers after a dividing verb: "Break it into SCENE 1, SCENE 2 and SCENE 3",
    "split the plan into Week 1 through Week 4", "Divide your answer into PART 1 and PART 2"."""
    q = r"[\"'“”‘’]?"
    pat = (
        r"\b(?:break|split|divide|organi[sz]e|structure|arrange|separate|lay\s+out)\s+(?:(?:it|this|them|everything|"
        r"(?:the|your)\s+(?:whole\s+|entire\s+)?[\w-]+)\s+)?(?:up\s+)?(?:into|in|as)\s+"
        rf"(?P<list>{q}(?P<sp>[A-Za-z]+)\s+1\b{q}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){q}(?P=sp)\s+\d+\b{q})+|"
        rf"{q}(?P<sp2>[A-Za-z]+)\s+1\s+(?:through|to|-|–)\s+(?P=sp2)\s+(?P<last>\d+)\b{q})"
    )
    for m in _scan(pat, ctx, _I):
        sp = m.group("sp") or m.group("sp2")
        if sp.lower() in ("the", "a", "each", "with", "step", "steps", "number"):
            continue
        if m.group("last"):
            n = int(m.group("last"))
        else:
            nums = [int(x) for x in re.findall(rf"{re.escape(sp)}\s+(\d+)", m.group("list"))]
            n = len(nums) if nums == list(range(1, len(nums) + 1)) else 0
        open_ended = re.match(r"\s*,?\s*(?:etc|and\s+so\s+on|\.\.\.|…)", ctx.content[m.end() :], _I)
        if n < 2 or _negated(ctx, m.start()) or open_ended:
            continue
        yield Hit("detectable_format:multiple_sections", {"section_spliter": sp, "num_sections": n}, m.start(), m.end(),
                  prio=70)  # fmt: skip


# The <<title>> brackets named in the other languages' other inflections: "in doppelte spitze Klammern",
# "in doppelten Winkelklammern", "entre doubles chevrons", "tra doppie parentesi angolari", "entre
# corchetes angulares dobles".
_F_BRACKETS = (
    r"(?:doppelte[nr]?\s+spitze[n]?\s+Klammern|spitze[n]?\s+Doppelklammern|doppelte[nr]?\s+Winkelklammern|"
    r"doubles?\s+chevrons|chevrons\s+doubles|doppie\s+parentesi\s+angolari|parentesi\s+angolari\s+doppie|"
    r"dobles?\s+corchetes\s+angulares|corchetes\s+angulares\s+dobles|colchetes\s+angulares\s+duplos|"
    r"duplos\s+colchetes\s+angulares)"
)


@rule("klammer", "chevron", "angolari", "angulares")
def _foreign_title(ctx: Ctx) -> Iterator[Hit]:
    """A title in <<double angle brackets>> asked in de/fr/it/es/pt: "setz einen Titel in doppelte spitze
    Klammern, also so: <<Titel>>", "mets un titre entre doubles chevrons". Negated ("kein Titel") is
    no_title."""
    pat = (
        rf"\b(?:titel|[üu]berschrift|titre|t[íi]tulo|titolo)\b[^.;!?\n]{{0,60}}?{_F_BRACKETS}"
        r"(?:\s*,?\s*(?:also\s+so|comme\s+ceci|así|cos[ìi]|assim)\s*:\s*<<[^<>\n]{1,40}>>)?"
    )
    for m in _scan(pat, ctx, _I):
        lead = re.search(
            r"\b(?:setz|setze|setzen\s+Sie|gib|füge|schreib|mets|mettez|ajoute|donne|pon|ponga|añade|da|metti|aggiungi|"
            r"dai|coloque|ponha|coloca|adicione)\s+(?:[\w']+\s+){0,2}?(?:einen|eine|ein|den|die|un|une|le|el|il|o|um|uma)\s+$",
            ctx.content[ctx.unit.start : m.start()],
            _I,
        )
        start = m.start() - len(lead.group(0)) if lead else m.start()
        neg = re.search(r"\b(?:kein\w*|pas\s+de|sin|senza|sem|ohne)\s+$", ctx.content[ctx.unit.start : m.start()], _I)
        yield Hit("detectable_format:no_title" if neg else "detectable_format:title", {}, start, m.end(), prio=60)


def _top_level_keys(text: str) -> tuple[list[str], int] | None:
    """The top-level keys of the JSON-like object opening ``text`` ('{"a": [...], "b": ...}': values may be
    elided with "..."), and where the object ends; None when it does not close or names no key."""
    depth, i, keys, n = 0, 0, [], len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = text.find('"', i + 1)
            if j < 0:
                return None
            if depth == 1 and re.match(r"\s*:", text[j + 1 :]):
                keys.append(text[i + 1 : j])
            i = j + 1
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return (keys, i + 1) if keys else None
        i += 1
    return None


@rule("json")
def _json_template_keys(ctx: Ctx) -> Iterator[Hit]:
    """The keys of an inline JSON template the response is asked to follow: "give it back as json:
    {"daily_rates": [...], "mean_rate": ..., "notes": ...}", "Return JSON shaped like {"name": "...",
    "age": 0}". Not an object described as data ("The API returns {...}") or a ban."""
    lead = (
        r"\b(?:json|shape|schema|structure|format|template)\b(?:\s+(?:like|as\s+follows|exactly\s+like|shaped\s+like|"
        r"in\s+this\s+(?:shape|form|format)))?(?:\s+this)?\s*[:\-—–]?\s*(?=\{)"
    )
    for m in _scan(lead, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        verbs = r"\b(?:return|give|output|respond|reply|answer|send|format|produce|emit|print|write|fill|use|as|in)\b"
        ask = re.search(verbs, before, _I)
        if not ask or _DESCRIBED.search(before) or _negated(ctx, m.start()):
            continue
        if not re.search(r"\bjson\b", before + m.group(0), _I):
            continue
        found = _top_level_keys(ctx.content[m.end() : ctx.unit.end])
        if not found or len(found[0]) > 20 or len(set(found[0])) != len(found[0]):
            continue
        keys, end = found
        if all(re.fullmatch(r"[\w$.-]{1,40}", k) for k in keys):
            yield Hit("format:json_keys", {"keys": keys}, m.end(), m.end() + end, prio=74)


@rule("divid", "divis", "organi", "estructur", "separ", "teile", "gliedere", "suddividi", "struttura", "split", "break")
def _sections_marked_as(ctx: Ctx) -> Iterator[Hit]:
    """Sections marked by a listed marker after a dividing verb and a description, in English and
    es/fr/de/it/pt: "Divide la respuesta en 4 secciones marcadas como SEMANA 1, SEMANA 2, SEMANA 3 y
    SEMANA 4", "split it into three parts labelled PART 1, PART 2 and PART 3", "Teile den Text in
    Abschnitte: TEIL 1, TEIL 2 und TEIL 3". The listed markers fix the count."""
    q = r"[\"'“”‘’«»]?"
    join = r"(?:\s*,\s*(?:(?:and|y|e|et|und|&)\s+)?|\s+(?:and|y|e|et|und|&)\s+)"
    pat = (
        r"\b(?:break|split|divide|divida|dividi|suddividi|divise[rz]?|organi[sz]e|organiza|organizza|structure|estructura|"
        r"struttura|separa|teile|gliedere)\b[^.;!?\n]{0,80}?"
        rf"(?P<list>{q}(?P<sp>[A-Za-zÀ-ÿ]+)\s+1\b{q}(?:{join}{q}(?P=sp)\s+\d+\b{q})+)"
    )
    for m in _scan(pat, ctx, _I):
        sp = m.group("sp")
        if sp.lower() in ("the", "a", "each", "with", "step", "steps", "number", "la", "le", "el", "die", "der"):
            continue
        nums = [int(x) for x in re.findall(rf"{re.escape(sp)}\s+(\d+)", m.group("list"))]
        n = len(nums) if nums == list(range(1, len(nums) + 1)) else 0
        open_ended = re.match(r"\s*,?\s*(?:etc|and\s+so\s+on|y\s+así|\.\.\.|…)", ctx.content[m.end() :], _I)
        if n < 2 or open_ended or re.search(_F_NEG_SECTIONS, ctx.content[ctx.unit.start : m.start()], _I):
            continue
        yield Hit("detectable_format:multiple_sections", {"section_spliter": sp, "num_sections": n}, m.start(), m.end(),
                  prio=69)  # fmt: skip


_F_NEG_SECTIONS = r"\b(?:do\s+not|don[’']?t|never|no|not|nicht|ne|non|nunca)\s+(?:\w+\s+)?$"


# --- session 4 (fmt8): bare keys after "with the keys" or a dash ----------------------------------------

_BARE_KEYS = (
    r"(?P<bare>[a-z_][\w-]*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z_][\w-]*)+)"
    r"(?=\s*(?:[.;!)]|$|\n|,\s+(?:and\s+)?(?:no|only|nothing|dates?|keep|use|make)\b))"
)


@rule("key", "field")
def _json_bare_keys(ctx: Ctx) -> Iterator[Hit]:
    """Unquoted keys in a message that asks for JSON: "a json object with the keys name, rarity and desc",
    "Give me the output as JSON and nothing else — keys: container, eta, pallets". Lowercase identifiers only,
    so that "with the keys and values sorted" or a sentence after the label stays out."""
    if not re.search(r"(?<![A-Za-z])JSON(?![A-Za-z])", ctx.content, _I):
        return
    pats = (
        rf"\b(?i:with|using|having|containing|that\s+has)\s+(?i:exactly\s+)?(?i:the\s+|these\s+)?(?i:following\s+)?"
        rf"(?i:keys|fields)\s*:?\s*{_BARE_KEYS}",
        rf"(?:(?<=[—–]\s)|(?<=\s-\s)|(?<=,\s)|(?<=\(\s)|(?<=\())(?i:(?:top-level\s+|required\s+)?(?:keys|fields))\s*:\s*{_BARE_KEYS}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, 0):
            keys = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("bare"))
            if "and" in keys or "or" in keys or len(set(keys)) != len(keys):
                continue
            tid = "format:not_json_keys" if _negated(ctx, m.start()) else "format:json_keys"
            yield Hit(tid, {"keys": keys}, m.start(), m.end(), prio=74)



# --- session 5 (gramB): sections counted apart from their numbered markers -----------------------------

_MARK_VERB = r"(?:introduc\w*|head\w*|label\w*|mark\w*|title\w*|start\w*|begin\w*|open\w*|named|called|number\w*)"


@rule("each", "mark", "label", "head", "introduc")
def _sections_counted_then_marked(ctx: Ctx) -> Iterator[Hit]:
    """Sections whose count is said once and whose marker is shown numbered, open-ended: "Organise it
    into 4 parts, each introduced by its own header line of the form "Part 1", "Part 2" and so on";
    "We're doing 4 days in Lisbon ... plan it day by day, mark each one as Day 1, Day 2 etc." (the
    count named earlier in the message by the marker's own plural)."""
    q = r"[\"'“”‘’«»]?"
    marker = rf"{q}(?P<sp>[A-Z][A-Za-z]+)\s+1\b{q}(?:\s*,\s*|\s+(?:and|then)\s+){q}(?P=sp)\s+2\b{q}"
    more = r"(?:\s*,?\s*(?:etc\.?|and\s+so\s+on|and\s+so\s+forth|\.\.\.|…))"
    # "4 parts, each introduced by ... "Part 1", "Part 2" and so on"
    pat = (
        rf"\b(?P<num>{NUM})\s+(?:[\w-]+\s+)?(?P<noun>[A-Za-z]+s)\b\s*,?\s*(?:each|every\s+one)\b[^.;!?\n]{{0,60}}?"
        rf"\b{_MARK_VERB}\b[^.;!?\n]{{0,50}}?{marker}{more}"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        sp = m.group("sp")
        if n and n >= 2 and m.group("noun").lower() in (sp.lower() + "s", "parts", "sections", "segments", "chapters"):
            if not re.search(_F_NEG_SECTIONS, ctx.content[ctx.unit.start : m.start()], _I):
                kw = {"section_spliter": sp, "num_sections": n}
                yield Hit("detectable_format:multiple_sections", kw, m.start(), m.end(), prio=69)
    # "mark each one as Day 1, Day 2 etc." with "4 days" said before
    pat = rf"\b(?:mark|label|head|title|number)\s+(?:each|every)\s+(?:one|\w+)\s+(?:as|with)\s+{marker}{more}"
    for m in _scan(pat, ctx, _I):
        sp = m.group("sp")
        counts = re.findall(rf"\b({NUM})\s+{re.escape(sp)}s\b", ctx.content[: m.start()], _I)
        ns = {parse_number(c) for c in counts}
        if len(ns) == 1 and (n := ns.pop()) and n >= 2 and not _negated(ctx, m.start()):
            yield Hit("detectable_format:multiple_sections", {"section_spliter": sp, "num_sections": n}, m.start(),
                      m.end(), prio=69)  # fmt: skip
