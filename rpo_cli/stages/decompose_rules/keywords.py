"""Keyword rules: inclusion, exclusion, frequency, letters, required/forbidden phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _ORD,
    _RESP,
    _SEP,
    NUM,
    QLIST,
    QUOTED,
    REL,
    Ctx,
    Hit,
    _list_joiner,
    _lowercase_style,
    _negated,
    _quoted_items,
    _relation,
    _scan,
    _unquote,
    parse_number,
    rule,
)

_KW_NOUN = r"(?:key\s?words?|key\s+terms?|terms?|words?|phrases?|names?|expressions?|clich[ée]s|buzzwords?|sentence)"


def _times_alt(i: int) -> str:
    return rf"(?:(?P<n{i}>{NUM})\s+times?|(?P<tw{i}>once|twice|thrice))"


# How often, with its relation, in the orders people put it: "at least 3 times", "no more than
# twice", "3 times or more", "twice at most", "3 times max", "3+ times", "3 or more times".
_FREQ = (
    rf"(?:(?P<rel>{REL})\s+{_times_alt(0)}"
    rf"|{_times_alt(1)}\s+(?:or\s+(?P<dir>more|fewer|less)\b|(?P<lim>at\s*most|at\s+the\s+(?:very\s+)?most|at\s*least|at\s+(?:the\s+)?(?:very\s+)?least|at\s+minimum|max(?:imum)?\b|"
    rf"min(?:imum)?\b|tops\b))"
    rf"|(?P<n2>{NUM})\s*(?:\+|or\s+(?P<dir2>more|fewer|less))\s+times\b)"
)
_TW = {"once": 1, "twice": 2, "thrice": 3}


def _freq(ctx: Ctx, m: re.Match) -> tuple[str, int] | None:
    """(relation, threshold) of a _FREQ match; None for a bare "3 times" (exactly: no relation)."""
    for i in (0, 1):
        if m.group(f"n{i}") or m.group(f"tw{i}"):
            tw = m.group(f"tw{i}")
            n = _TW[tw.lower()] if tw else parse_number(m.group(f"n{i}"))
            break
    else:
        n = parse_number(m.group("n2"))
        if n is None:
            return None
        fewer = (m.group("dir2") or "").lower() in ("fewer", "less")
        return ("less than", n + 1) if fewer else ("at least", n)
    if n is None:
        return None
    if m.group("rel"):
        rel_text = {"tops": "at most"}.get(m.group("rel").lower(), m.group("rel"))
        # the negation may sit inside the match: 'the letter e should not appear more than 5 times'
        inside = re.search(r"\b(?:not|never|cannot)\b|n[’']t\b", ctx.content[m.start() : m.start("rel")], _I)
        return _relation(rel_text, n, _negated(ctx, m.start()) or bool(inside))
    word = (m.group("dir") or m.group("lim")).lower()
    return ("at least", n) if word.startswith(("more", "at", "min")) and "most" not in word else ("less than", n + 1)


_KW_SUBJ = r"(?:the\s+)?(?:key|brand\s+|product\s+|company\s+)?(?:word|term|name|phrase)"
# What links a keyword to its count: "should appear", "must be used", "can only show up", "needs to feature".
_LINK = (
    r"(?:(?:should|must|has\s+to|needs\s+to|need\s+to|is\s+to|will|can|may|ought\s+to)\s+(?:only\s+|not\s+|never\s+)?)?"
    r"(?:(?:appears?|occurs?|be\s+used|is\s+used|be\s+mentioned|be\s+included|shows?\s+up|be\s+repeated|features?|"
    r"comes?\s+up|pops?\s+up|be\s+said|used|repeated|mentioned|included|in\s+(?:there|it))\s+)?"
)
# A quoted keyword's own verb when it is the subject: '"Teak" should come up at least twice'
_Q_LINK = (
    r"(?:should|must|has\s+to|needs\s+to|need\s+to|can|may|will|ought\s+to)\s+(?:only\s+|not\s+|never\s+)?(?:appear|occur|be\s+used|"
    r"show\s+up|be\s+mentioned|be\s+included|feature|come\s+up|pop\s+up|be\s+repeated|be\s+said)"
)
# Formatting nouns that a count after a bare subject belongs to ("Emojis should appear at least twice").
_COUNTED_NOUNS = frozenset(
    """emojis emoji hashtags hashtag bullets bullet headings heading questions question exclamation commas numbers
    names sections paragraphs sentences words letters capitals caps links urls quotes placeholders keywords
    it this that they these those each every all words highlights lists items
    """.split()
)
_IN_RESP = rf"(?:(?:in|across|throughout)\s+(?:your|the)\s+(?:(?:whole|entire)\s+)?{_RESP}\s+)?"
_COUNTED_EARLIER = re.compile(r"\b(?:times?|once|twice|thrice)\b|\b(?:use|include|mention|repeat)\b", _I)


@rule("time", "once", "twice", "thrice", "uses", "use", "mention", "occurrence", "instance", "appearance")
def _keyword_frequency(ctx: Ctx) -> Iterator[Hit]:
    kw_q = rf"(?P<q>{QUOTED}|(?P<bare>[A-Za-z][\w-]*))"
    pats = [
        # the word "pasta" should appear at least 3 times / the word 'cheap' fewer than 2 times / the word
        # "love" can only appear once at most / the word Leeds 3 times or more
        rf"\b{_KW_SUBJ}\s+{kw_q}\s+(?:itself\s+)?{_LINK}{_IN_RESP}{_FREQ}",
        # work the word "château" in three or more times / slip "cozy" in at least twice
        rf"\b(?:work|slip|sneak|weave|fit|squeeze|drop)\s+(?:the\s+(?:key)?(?:word|term|name)\s+)?(?P<q>{QUOTED})\s+in"
        rf"(?:to\s+(?:it|the\s+\w+|your\s+\w+))?\s+{_FREQ}",
        # use the word "stars" at least twice / include "brave" 4 times or more / repeat "yes" 3+ times
        rf"\b(?:use|include|mention|say|repeat|write|work\s+in|drop|call\s+(?:the\s+user|them|the\s+reader))\s+"
        rf"(?:the\s+(?:key|brand\s+|product\s+|company\s+)?(?:word|term|name|phrase)\s+)?(?P<q>{QUOTED})\s+(?:(?:in\s+(?:your|the|each|"
        rf"every)\s+{_RESP}\s+)?)?"
        rf"{_FREQ}",
        # a bare word after a verb of saying, with its relation: "mention fishing atleast twice"
        rf"\b(?:mention|say)\s+(?:the\s+)?(?P<q>(?P<bare>[A-Za-z][\w-]*))\s+{_FREQ}",
        # "espresso" should appear fewer than 3 times / "Voltra" needs to show up 8 times or more
        rf"(?P<q>{QUOTED})\s+{_Q_LINK}\s+{_IN_RESP}{_FREQ}",
        # 'make sure "Acme" appears at least 4 times', 'ensure the word "fresh" shows up twice or more'
        rf"\b(?:make\s+sure|ensure|be\s+sure|so\s+that|such\s+that)\s+(?:that\s+)?(?:the\s+(?:key)?(?:word|term|name)\s+)?"
        rf"(?P<q>{QUOTED})\s+(?:appears|shows\s+up|occurs|comes\s+up|is\s+used|is\s+mentioned|gets\s+used|is\s+repeated)\s+"
        rf"{_IN_RESP}{_FREQ}",
        # a bare word opening its clause: "sourdough should show up two or more times"
        rf"(?:^|(?<=[.;:!\n]\s)|(?<=,\s)|(?<=\band\s))(?P<q>(?P<bare>[A-Za-z][\w-]*))\s+{_Q_LINK}\s+{_IN_RESP}{_FREQ}",
    ]
    seen: set[int] = set()
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if m.start("q") in seen:
                continue
            hit = _frequency_hit(ctx, m)
            if hit:
                seen.add(m.start("q"))
                yield hit
    # a quoted list with one count: 'Don't use the words "moss" or "stone" more than once', 'use "sun" and "sea"
    # at least twice' (each word counted on its own)
    pat = (
        rf"\b(?:use|include|mention|say|repeat|write)\s+(?:the\s+(?:key)?(?:words|terms|names)\s+)?(?:both\s+)?(?P<list>{QUOTED}"
        rf"(?:{_SEP}{QUOTED})+)\s+(?:each\s+)?{_IN_RESP}{_FREQ}"
    )
    for m in _scan(pat, ctx, _I):
        rel = _freq(ctx, m)
        items = _quoted_items(m.group("list"))
        if not rel or rel == ("at least", 1) or _in_subpart(ctx, m) or any(len(i) > 60 for i in items):
            continue
        for kw in items:
            kwargs = {"keyword": kw, "frequency": rel[1], "relation": rel[0]}
            yield Hit("keywords:frequency", kwargs, m.start(), m.end(), prio=70, group=m.start())
    # the count as a noun: 'no more than 3 uses of the word "great"', 'at least 4 mentions of "Acme"', 'Limit
    # "awesome" to two uses', 'Say "thanks" 2 to 4 times' (a range is two counts)
    uses = r"(?:uses|mentions|occurrences|instances|appearances)"
    q_of = rf"(?:the\s+(?:key)?(?:word|term|name|phrase)\s+)?(?P<q>{QUOTED})"
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+{uses}\s+of\s+{q_of}", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        kw = _unquote(m.group("q"))
        if rel and kw and not _in_subpart(ctx, m) and m.start("q") not in seen:
            seen.add(m.start("q"))
            kwargs = {"keyword": kw, "frequency": rel[1], "relation": rel[0]}
            yield Hit("keywords:frequency", kwargs, m.start(), m.end(), prio=70)
    limit = (
        rf"\b(?:limit|cap|restrict)\s+{q_of}\s+to\s+(?:just\s+|only\s+|at\s+most\s+)?(?:(?P<num>{NUM})\s+(?:{uses}|times|"
        rf"mentions?|use)|(?P<tw>once|twice))"
    )
    for m in _scan(limit, ctx, _I):
        n = _TW[m.group("tw").lower()] if m.group("tw") else parse_number(m.group("num"))
        kw = _unquote(m.group("q"))
        if n and kw and not _negated(ctx, m.start()) and not _in_subpart(ctx, m) and m.start("q") not in seen:
            seen.add(m.start("q"))
            yield Hit("keywords:frequency", {"keyword": kw, "frequency": n + 1, "relation": "less than"}, m.start(),
                      m.end(), prio=70)  # fmt: skip
    rng = rf"\b(?:use|include|mention|say|repeat)\s+{q_of}\s+(?:between\s+)?(?P<a>{NUM})\s*(?:to|-|–|and)\s*"
    rng += rf"(?P<b>{NUM})\s+times\b"
    for m in _scan(rng, ctx, _I):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        kw = _unquote(m.group("q"))
        if a and b and a < b and kw and not _negated(ctx, m.start()) and not _in_subpart(ctx, m):
            for rel, n in (("at least", a), ("less than", b + 1)):
                yield Hit("keywords:frequency", {"keyword": kw, "frequency": n, "relation": rel}, m.start(), m.end(),
                          prio=71, group=m.start())  # fmt: skip
    # the second of two counts, its verb left out: 'The word "emergency" should appear at least 3 times,
    # and "Leeds" at least twice.' (only after a count or a verb of using words in the same sentence)
    pat = rf"(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?P<q>{QUOTED})\s+{_FREQ}"
    for m in _scan(pat, ctx, _I):
        if m.start("q") not in seen and _COUNTED_EARLIER.search(ctx.content, ctx.unit.start, m.start()):
            hit = _frequency_hit(ctx, m, start=m.start("q"))
            if hit:
                yield hit


_NOT_BARE = frozenset(
    """that it this the a an them itself appear appears occur occurs show shows come comes pop pops be is are was
    may can should must will would could might has have had gets get used use repeat repeated count counts
    """.split()
)


def _sentence_case(ctx: Ctx, at: int, kw: str) -> str:
    """A quoted word opening its sentence is capitalised as the sentence's first word ('"Teak" should come up
    twice', "'Kuyruk' kelimesini ..."): the word is the lowercase one (the checks ignore case)."""
    opens = not ctx.content[ctx.unit.start : at].strip()
    return kw.lower() if opens and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿğışç]+", kw) else kw


def _frequency_hit(ctx: Ctx, m: re.Match, start: int | None = None) -> Hit | None:
    q = m.group("q")
    kw = _sentence_case(ctx, m.start("q"), _unquote(q)) if re.fullmatch(QUOTED, q) else q
    if m.groupdict().get("bare") and (len(kw) < 2 or kw.lower() in _NOT_BARE or kw.lower() in _COUNTED_NOUNS):
        return None  # "no word may appear more than 6 times", "let one word appear ...": no keyword
    rel = _freq(ctx, m)
    if not kw or not rel or _in_subpart(ctx, m):
        return None
    start = m.start() if start is None else start
    # "at least once" of a phrase (several words) is the required phrase (conventions_v1): 'use the exact
    # phrase "backward compatible" at least once'
    if rel == ("at least", 1) and len(kw.split()) >= 2 and re.fullmatch(QUOTED, q):
        return Hit("keywords:required_phrase", {"phrase": kw}, start, m.end(), prio=70)
    return _keyword_count_hit(kw, rel, start, m.end())


def _keyword_count_hit(kw: str, rel: tuple[str, int], start: int, end: int) -> Hit:
    """The hit of a keyword asked for ``rel`` times: "at least once" is plain inclusion
    (keywords:existence), any other count keywords:frequency with its relation."""
    if rel == ("at least", 1):
        return Hit("keywords:existence", {"keywords": [kw]}, start, end, prio=70)
    return Hit("keywords:frequency", {"keyword": kw, "frequency": rel[1], "relation": rel[0]}, start, end, prio=70)


@rule("letter", "'s", "’s")
def _letter_frequency(ctx: Ctx) -> Iterator[Hit]:
    # "in which the letter x appears ..." qualifying the task: the relative opener is the clause's own;
    # "use the letter q 5 times or more", "the letter 'e' should show up no more than 20 times"
    pat = (
        rf"(?:\b(?:in\s+which|where)\s+)?\b(?:(?:use|include)\s+)?the\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)"
        rf"[^.;!?]{{0,60}}?(?<![\w-]){_FREQ}"
    )
    for m in _scan(pat, ctx, _I):
        head = re.search(rf"the\s+letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I)
        letter = head.group(1)
        letter = _unquote(letter) if len(letter) > 1 else letter
        if len(letter) != 1 or not letter.isalpha():
            continue
        rel = _freq(ctx, m)
        if rel:
            kw = {"letter": letter.lower(), "let_frequency": rel[1], "let_relation": rel[0]}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)
    # "At least 15 instances of the letter k", "keeping the letter 'e' to fewer than 15 occurrences"
    occ = r"(?:instances|occurrences|appearances|uses|times)"
    pats = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+{occ}\s+of\s+the\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)",
        rf"\bthe\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)\s+(?:to\s+|at\s+)?(?P<rel>{REL})\s+(?P<num>{NUM})\s+{occ}\b",
    )
    for m in (m for p in pats for m in _scan(p, ctx, _I)):
        head = re.search(rf"letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I)
        letter = _unquote(head.group(1)) if len(head.group(1)) > 1 else head.group(1)
        n = parse_number(m.group("num"))
        ok = n is not None and len(letter) == 1 and letter.isalpha()
        rel = ok and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            kw = {"letter": letter.lower(), "let_frequency": rel[1], "let_relation": rel[0]}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)
    # a letter counted by its plural: "sneak in at least 6 z's", "use no more than 3 'q's"
    pat = (
        rf"\b(?:use|include|sneak\s+in|work\s+in|have|with|contain|put\s+in|fit\s+in)\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+"
        r"[\"'‘“]?(?P<l>[A-Za-z])[\"'’”]?['’]s\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            kw = {"letter": m.group("l").lower(), "let_frequency": rel[1], "let_relation": rel[0]}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)
    # 'The letter "x" must never appear in your replies', "the letter z should not be used at all"
    pat = (
        rf"\bthe\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)\s+(?:must|should|may|can|will|is\s+to)\s*(?:not|never|n[’']?t)\s+"
        r"(?:ever\s+)?(?:appear|be\s+used|show\s+up|occur|be\s+in(?:\s+it)?)(?!\s+(?:more|less|fewer)\b)"
    )
    for m in _scan(pat, ctx, _I):
        letter = re.search(rf"letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I).group(1)
        letter = _unquote(letter) if len(letter) > 1 else letter
        if len(letter) == 1 and letter.isalpha() and not _in_subpart(ctx, m):
            kw = {"letter": letter.lower(), "let_frequency": 1, "let_relation": "less than"}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)
    # a lipogram: "without using the letter 'e' (even once)", "never use the letter z", "no letter e at all"
    pat = (
        rf"\b(?:(?:without|never|avoid|(?:do\s+not|don[’']?t|dont|must\s+not|cannot|can[’']?t)\s+(?:ever\s+)?)\s*"
        rf"(?:(?:using|use|including|include|writing|write|typing)\s+)?(?:the|a|any|even\s+one)\s+|\bno\s+)letter\s+"
        rf"(?:{QUOTED}|(?P<bare>[A-Za-z])\b)(?:\s+(?:even\s+once|at\s+all|anywhere|whatsoever))?"
    )
    for m in _scan(pat, ctx, _I):
        letter = re.search(rf"letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I).group(1)
        letter = _unquote(letter) if len(letter) > 1 else letter
        if (
            len(letter) == 1
            and letter.isalpha()
            and not re.match(r"\s*(?:more|fewer|less|over|under)\b", ctx.content[m.end() : ctx.unit.end], _I)
        ):
            kw = {"letter": letter.lower(), "let_frequency": 1, "let_relation": "less than"}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)


# After a keyword list: a count ("once", "3 times") or a position ("as the 4th word") makes it
# another constraint; the rules leave it alone rather than read it as plain inclusion.
_NOT_COUNTED = (
    rf"(?!\s*(?:once|twice|thrice|(?:{NUM})\s+times|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|"
    rf"exactly|as\s+the|,\s*[\"'“‘]|(?:or|and|&)\s+[\"'“‘]))"  # a list goes on: "moss" (or "stone" more than once)
)
_SUBPART_SCOPE = re.compile(
    rf"\b(?:{_ORD}|last|each|every|any)\s+(?:\w+\s+)?(?:sentences?|paragraphs?|lines?|words?|bullets?|sections?|items?)\b",
    _I,
)


_NEW_CLAUSE = re.compile(
    r";|[.!?]\s+|,\s*(?:and|but|plus|also|oh)\s+|\s+and\s+(?=(?:do\s+not|don[’']?t|dont|never|avoid|use|include|mention|make|"
    r"keep|ensure|the\s+word|the\s+phrase)\b)",
    _I,
)


def _in_subpart(ctx: Ctx, m: re.Match) -> bool:
    """Whether a keyword constraint is scoped to a part of the response ("the 2nd sentence of
    your response must include", "... in the 2nd sentence"): not the types the rules know."""
    before = ctx.content[ctx.unit.start : m.start()]
    # only the keyword's own clause: "keep every sentence short, and use the word "x" twice" and
    # "the 2nd sentence must include "time", and don't use "clock" anywhere" are not scoped
    before = _NEW_CLAUSE.split(before)[-1]
    after = ctx.content[m.end() : ctx.unit.end]
    return bool(
        _SUBPART_SCOPE.search(before)
        or re.match(rf"\s+(?:in|of)\s+(?:the|each|every|your)\s+{_SUBPART_SCOPE.pattern}", after, _I)
        or _NAMED_PART.match(after)
        or _NAMED_PART_BEFORE.search(before)
    )


# "In the intro, mention "AI" twice", "for the subject line, use ...": a named part opens the clause.
_NAMED_PART_BEFORE = re.compile(
    r"\b(?:in|within|inside)\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:intro(?:duction)?|conclusion|title|headline|heading|"
    r"subject(?:\s+line)?|caption|tagline|chorus|(?:first|last|opening|closing|final)\s+(?:line|paragraph|sentence|section)|"
    r"sign-?off|greeting|footer|P\.?S\.?)\b\s*,?\s*(?:[\w'’-]+\s+){0,3}$",
    _I,
)
# A named part of the response after the keyword: "... in the definition line", "in your subject line",
# "in the title", "within the intro".
_NAMED_PART = re.compile(
    r"\s+(?:in|within|inside)\s+(?:the|your|each|every|any)\s+(?:[\w-]+\s+){0,2}?(?:lines?|sections?|paragraphs?|titles?|"
    r"headings?|headers?|headlines?|intro(?:duction)?|conclusion|opening|closing|subject(?:\s+line)?|captions?|taglines?|"
    r"bullets?|sentences?|stanzas?|verses?|chorus|part|definitions?|examples?|footer|signature|greeting|sign-?off|"
    r"hashtags?|list|table|name)\b",
    _I,
)


_ITEM = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}"
# An unquoted list of words: stated as a list (after a colon, "following" or "key words"), ended by the sentence.
_UNQUOTED_LIST = (
    r"\b(?:(?P<neg>do\s+not|don[’']?t|dont|never|must\s+not|should\s+not|avoid|without|ban|omit|skip)\s+(?:(?:include|use|using|mention|"
    r"say|write|contain|including|mentioning|writing)\s+)?|(?:include|includes|including|use|uses|using|mention|mentions|"
    r"mentioning|incorporate|feature|features|featuring|(?:sneak|work|weave|slip|throw|squeeze|fit)\s+in|have|has)\s+)"
    r"(?P<lead>(?:(?:all\s+(?:of\s+)?|any\s+(?:of\s+)?|at\s*least\s+one\s+of\s+)?(?:the|these)\s+)?(?:following\s+)?)"
    r"(?P<noun>key\s?words?|words|terms|names|abbreviations|acronyms)(?P<colon>\s*:)?\s+"
    rf"(?P<list>{_ITEM}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}|\s+(?:and|or)\s+{_ITEM})*)"
    # ("... deadline and penalty (they respond better to it)": an aside may follow the list)
    r"(?=\s*(?:[.;!),(]|$|,?\s+(?:in|anywhere|at\s+all|throughout|pls|please|plz)\b))"
)


# A labelled list: "Words to avoid: cheap, easy.", "Required keywords: sourdough, early, team."
_LABEL_LIST = (
    r"(?:^|(?<=[.;\n]\s)|(?<=\n))\s*(?:(?:\d+[.)]|[-*•])\s+)?(?:(?P<neg>(?:(?:key)?words?|terms?|phrases?)\s+to\s+avoid|(?:forbidden|banned|prohibited|"
    r"excluded)\s+(?:key)?(?:words?|terms?))|(?:(?:required|mandatory|must-have|must-use)\s+(?:key)?(?:words?|terms?)|"
    r"(?:key)?(?:words?|terms?)\s+to\s+(?:include|use|mention)))\s*:\s*"
    rf"(?P<list>{_ITEM}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}|\s+(?:and|or)\s+{_ITEM})*)(?=\s*(?:[.;!)]|$))"
)


def _label_start(m: re.Match) -> int:
    """Where a labelled list's statement starts: past the whitespace and list marker ("4) ")."""
    lead = re.match(r"\s*(?:(?:\d+[.)]|[-*•])\s+)?", m.group(0))
    return m.start() + lead.end()


def _shouted(ctx: Ctx) -> bool:
    """Whether the sentence is written in capitals throughout ("NEVER USE THE WORDS "BEST" OR
    "ULTIMATE"."): the capitals of its quoted words are the sentence's, not the words' (the
    word checks ignore case anyway)."""
    letters = re.sub(QUOTED, "", ctx.text)
    return bool(re.search(r"[A-Z]{3}", letters)) and not re.search(r"[a-z]", letters)


# How words are used, not which: "Use the words wisely and sparingly."
_MANNER = re.compile(r"\w+ly|well|right|sparingly|properly|correctly|freely|instead|too|again|here|there", _I)


_LIST_CLOSE = r"(?:\s+in\s+(?:it|there))?\s*(?:[.;!]|$|,\s*(?:and|but|then|also)\b|\([^()]{1,120}\)\s*(?:[.;!]|$))"


def _list_head_ok(m: re.Match) -> bool:
    """A bare word list counts only when it is stated as one: after a colon, "following", "these"
    or "key words" ("use the words wisely" is no list), or as two or more words after "avoid the
    words" ("Avoid the words pumpkin and spice.")."""
    end = _list_end(m)
    lst = m.string[m.start("list") : end]
    return bool(
        m.group("colon")
        or re.search(r"following|these|at\s*least\s+one\s+of", m.group("lead"), _I)
        or m.group("noun").lower().startswith("key")
        or (m.group("neg") and re.search(r"\s(?:and|or)\s|,", lst, _I))
        # "Use the words sunrise, harbor and gull.": two or more single words joined by "and", closing the sentence
        or (
            not m.group("neg")
            and re.search(r"\sand\s", lst, _I)
            and all(" " not in i and not _MANNER.fullmatch(i) for i in _split_items(lst))
            # closing the sentence, or joined to the next request: "..., and give me three sentences"
            # or before an aside that closes it: "... deadline and penalty (they respond better to it)."
            and re.match(_LIST_CLOSE, m.string[end:])
        )
    )


def _list_end(m: re.Match) -> int:
    """Where an unquoted list ends: at the comma after its "and"/"or" join ("the words cardinality or aggregate,
    she hates jargon": the rest is a remark), and before a closing "pls"."""
    text = m.group("list")
    join = re.search(r"\s(?:and|or)\s+[^,]*?(?=\s*,)", text, _I)
    if join:
        text = text[: join.end()]
    text = re.sub(r"\s+(?:pls|please|plz)$", "", text, flags=_I)
    return m.start("list") + len(text)


def _split_items(text: str) -> list[str]:
    items = [w.strip() for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text, flags=_I) if w.strip()]
    # multi-word items only in a comma list; any item that reads as prose makes it no list
    if any(w.lower() in ("the", "a", "an", "it", "them", "that", "this") for w in items):
        return []
    if any(len(w.split()) > 1 for w in items) and "," not in text:
        return []
    return items


@rule('"', "'", "“", "‘", "keyword", "mention", "include", "say", "word", "term", "bring up", "reference", "drop",
      "talk about", "sure", "of these", "following", "quote")
def _keywords_positive(ctx: Ctx) -> Iterator[Hit]:
    verb = r"(?:include|use|using|mention|incorporate|feature|contain|containing|including|work\s+in|add|have)"
    pat = (
        rf"\b{verb}\s+(?P<lead>(?:at\s+least\s+one\s+of\s+(?:the\s+|these\s+)?|both\s+(?=[\"“‘'])|(?:the|these|all\s+(?:of\s+)?the|both\s+(?:of\s+)?the|"
        rf"each\s+of\s+the)\s+)?(?:following\s+)?(?:exact\s+|specific\s+)?(?P<noun>{_KW_NOUN})?\s*:?\s*)(?P<list>{QLIST})"
        rf"{_NOT_COUNTED}"
    )
    for m in _scan(pat, ctx, _I):
        if _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        one_of = re.search(r"\b(?:at\s+least\s+one\s+of|both)\b", m.group("lead"), _I)
        if not m.group("noun") and not one_of and not re.match(r"(?:include|mention|incorporate)\b", m.group(0), _I):
            continue  # 'use "SEPARATOR" to mark them' is no keyword constraint
        items = _quoted_items(m.group("list"))
        noun = (m.group("noun") or "").lower()
        lead = m.group("lead").lower()
        if not items or any(len(i) > 60 for i in items):
            continue
        # one multi-word item is a phrase (conventions_v1): 'Include "farm to table"'
        if len(items) == 1 and (
            noun.startswith("phrase") or (len(items[0].split()) >= 2 and not noun.startswith("key"))
        ):
            yield Hit("keywords:required_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        elif _list_joiner(m.group("list")) == "or" or "at least one of" in lead:
            yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=55)
        elif noun or re.match(r"(?:include|use|using|mention|incorporate|feature)\b", m.group(0), _I):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=55)
    # "get the phrase "unexpected item" in there", "work the word "cozy" into it", "slip the line "X" in somewhere"
    pat = (
        r"\b(?:get|put|work|slip|sneak|squeeze|fit|drop|weave)\s+(?:the\s+)?(?:exact\s+)?(?P<noun>phrase|words?|sentence|"
        rf"line|term)\s+(?P<list>{QLIST})\s+(?:in|into)\s+(?:there|it|somewhere|the\s+(?:{_RESP}|text|piece|bit|thing))\b"
    )
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 80 for i in items) or _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        if len(items) == 1 and (m.group("noun").lower() != "word" and len(items[0].split()) >= 2):
            yield Hit("keywords:required_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=56)
        elif _list_joiner(m.group("list")) == "and" or len(items) == 1:
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=56)
    # a relative clause on the task: "Write a list of facts that mentions the words "gull" and "tar"."
    pat = (
        rf"\b(?:that|which)\s+(?:mentions|includes|uses|features|contains)\s+(?:(?:the|these|all\s+(?:of\s+)?the|both\s+"
        rf"(?:of\s+)?the)\s+)?(?:following\s+)?(?:exact\s+)?(?P<noun>(?:key\s?)?(?:words?|terms?))\s*:?\s*(?P<list>{QLIST})"
        rf"{_NOT_COUNTED}"
    )
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        one_of = _list_joiner(m.group("list")) == "or"
        if items and all(len(i) <= 60 for i in items) and not one_of and not _in_subpart(ctx, m):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=56)
    # unquoted lists after a colon or "following": "Include the following keywords: gear, midnight, apprentice."
    for m in _scan(_UNQUOTED_LIST, ctx, _I):
        if m.group("neg") or _negated(ctx, m.start()) or not _list_head_ok(m):
            continue
        end = _list_end(m)
        items = _split_items(ctx.content[m.start("list") : end])
        if items:
            lead_one = re.search(r"\b(?:one|any)\s+of\b", m.group("lead"), _I)
            one_of = re.search(r"\bor\b", m.group("list"), _I) or lead_one
            tid = "keywords:include_any" if one_of else "keywords:existence"
            kw = {"forbidden_words": items} if tid == "keywords:include_any" else {"keywords": items}
            yield Hit(tid, kw, m.start(), end, prio=53)
    for m in _scan(_LABEL_LIST, ctx, _I):
        items = _split_items(m.group("list"))
        if items and not m.group("neg"):
            yield Hit("keywords:existence", {"keywords": items}, _label_start(m), m.end(), prio=53)
    # unquoted: "include the keywords sunlight and portable"
    pat = (
        r"\b(?:include|use|mention|incorporate)\s+(?:the\s+)?key\s?words?\s+(?P<list>[A-Za-z][\w-]*(?:\s*,\s*(?:and\s+)?"
        r"[A-Za-z][\w-]*|\s+and\s+[A-Za-z][\w-]*)*)(?=\s*(?:[.;)]|$|,?\s+(?:in|to|somewhere|throughout)\s))"
    )
    for m in _scan(pat, ctx, _I):
        if _negated(ctx, m.start()):
            continue
        items = [w for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if w]
        if items and all(w.lower() not in ("the", "a", "an", "it", "them") for w in items):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=54)
    # unquoted proper noun: "mention Venus."
    # a name or two-three capitalised words: "mention Venus.", "mention Rosa by name", "pls mention Old Faithful by
    # name" (a phrase); not an example list ("(say Wiring, Code, Testing)")
    name = r"(?:[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}|[A-Z]{2,6}\d*)"
    pat = (
        rf"\b(?P<v>(?i:mention|include|say|quote))(?P<s>s)?\s+(?P<the>(?i:the)\s+)?(?P<w>{name})(?P<by>\s+by\s+name)?(?=\s*[.!;)]|\s*$|(?<=name)\s+\(|\s*,|\s+and\b|"
        r"\s+(?i:lol|pls|please|too|as\s+well|btw)\b)"
    )
    for m in _scan(pat, ctx, 0):
        w = m.group("w")
        if w.lower() in _NOT_A_KEYWORD or w in ("I", "AI") or _negated(ctx, m.start()):
            continue
        if (m.group("the") or m.group("s") or m.group("v").lower() == "quote") and not m.group("by"):
            continue  # "mentions the Financial Ombudsman Service by name": "the" and "mentions" only with "by name"
        example = re.search(r"\(\s*$", ctx.prefix(m.start()))  # "(say Wiring, Code, Testing)": examples
        if example or re.match(r"\s*,\s*[A-Z]", ctx.content[m.end() : ctx.unit.end]):
            continue
        if " " in w:
            if m.group("by"):  # two or three words are a name only when "by name" says so
                yield Hit("keywords:required_phrase", {"phrase": w}, m.start(), m.end(), prio=30)
        else:
            yield Hit("keywords:existence", {"keywords": [w]}, m.start(), m.end(), prio=30)
    # unquoted proper noun: "Do not mention Simba by name."
    # other verbs of mentioning: "don't bring up Kubernetes", "never reference Acme", "please dont name-drop Tesla"
    pat = (
        r"\b(?i:do\s+not|don[’']?t|dont|never)\s+(?i:mention|bring\s+up|reference|name[\s-]?drop|talk\s+about)\s+"
        r"(?P<w>[A-Z][a-z][\w-]*)(?:\s+by\s+name)?(?=\s*[.!;]|\s*$|\s+(?i:at\s+all|ever|either|please|pls)\b)"
    )
    for m in _scan(pat, ctx, 0):
        yield Hit("keywords:forbidden_words", {"forbidden_words": [m.group("w")]}, m.start(), m.end(), prio=30)
    # the same in a prompt typed all in lowercase ("dont bring up kubernetes"): one word closing the prompt's clause
    if _lowercase_style(ctx.content):
        pat = (
            r"\b(?:do\s+not|don[’']?t|dont|never)\s+(?:mention|bring\s+up|reference|name[\s-]?drop|talk\s+about)\s+"
            r"(?P<w>[a-z][a-z0-9-]{2,})(?=\s*[.!;,]|\s*$|\s+(?:at\s+all|ever|either|please|pls)\b)"
        )
        for m in _scan(pat, ctx, _I):
            if m.group("w").lower() not in _NOT_A_KEYWORD and not m.group("w").lower().endswith("ly"):
                yield Hit("keywords:forbidden_words", {"forbidden_words": [m.group("w")]}, m.start(), m.end(), prio=30)
    # "Make sure it mentions Go and PostgreSQL.", "It should include Figma, Miro and Notion": names joined by "and"
    one = r"(?:[A-Z][\w+#-]*|[A-Z]{2,6}\d*)"
    pat = (
        r"\b(?i:(?:make\s+sure|ensure)\s+(?:that\s+)?(?:it|the\s+\w+|your\s+\w+)|it\s+(?:should|must|has\s+to|needs\s+to))\s+"
        rf"(?i:mentions?|includes?|names?)\s+(?P<list>{one}(?:\s*,\s*{one})*,?\s+(?i:and)\s+{one})(?=\s*[.!;)]|\s*$)"
    )
    for m in _scan(pat, ctx, 0):
        items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))
        named = all(i.lower() not in _NOT_A_KEYWORD and i not in ("I", "AI") for i in items)
        if named and not _negated(ctx, m.start()):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=31)
    # "make sure militarism is in there", "make sure the word 'cozy' gets mentioned": one word, then where it goes
    pat = (
        r"\b(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?(?:the\s+word\s+)?(?P<w>[A-Za-z][\w-]{2,})\s+"
        r"(?:is|gets|shows\s+up|appears|comes\s+up)\s+(?:in\s+(?:there|it|the\s+(?:text|answer|response))|mentioned|"
        r"included|somewhere)(?=\s*[.!;,]|\s*$)"
    )
    for m in _scan(pat, ctx, _I):
        w = m.group("w")
        if w.lower() not in _NOT_A_KEYWORD and w.lower() not in ("you", "everything", "nothing") and not _negated(
            ctx, m.start()
        ):
            yield Hit("keywords:existence", {"keywords": [w]}, m.start(), m.end(), prio=31)
    # "include one or more of these: ubiquitous, ephemeral, laconic": any one of a listed set
    w = r"[A-Za-z][\w-]*"
    pat = (
        r"\b(?:include|use|mention|work\s+in|incorporate)\s+(?:one\s+or\s+more|at\s+least\s+one|any\s+one|one|any)\s+of\s+"
        rf"(?:these|the\s+following|the\s+words|these\s+words)\s*(?:words\s*)?:\s*(?P<list>{w}(?:\s*,\s*(?:or\s+)?{w})+"
        rf"(?:,?\s+or\s+{w})?)(?=\s*(?:[.;!)]|$))"
    )
    for m in _scan(pat, ctx, _I):
        items = re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", m.group("list"))
        if 2 <= len(items) <= 8 and not _negated(ctx, m.start()):
            yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=55)
    # "don't use all three of those words" after a quoted list: leave one of them out
    pat = (
        r"\b(?:do\s+not|don[’']?t|never)\s+use\s+all\s+(?:three|four|five|\d+)\s+of\s+(?:those|these|the|them)"
        r"(?:\s+words)?\b"
    )
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(ctx.content[ctx.unit.start : m.start()])
        if 2 <= len(items) <= 6 and all(len(i) <= 40 for i in items):
            yield Hit("keywords:omit_some", {"keywords": items}, m.start(), m.end(), prio=60)


@rule("phrase", "word")
def _keywords_in_an_include_list(ctx: Ctx) -> Iterator[Hit]:
    """The last item of a list that an "Include ..." sentence opens: "Include at least one
    exclamation mark, 2 emojis, and the phrase "many happy returns"."."""
    head = re.match(r"\s*(?:please\s+)?(?:also\s+)?(?:include|use|add|mention|work\s+in)\b", ctx.text, _I)
    # "Make sure it includes the phrase "...", has ..., and ...": the first item of such a list
    sure = (
        r"\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:it|your\s+\w+|the\s+\w+)\s+(?:includes|contains|mentions|uses)\s+"
    )
    pat = (
        rf"(?:,\s*(?:and\s+)?|\s+and\s+|{sure})(?P<c>the\s+(?:exact\s+)?(?P<noun>phrase|word|words)\s+"
        rf"(?P<list>{QLIST}))"
    )
    if not head and not re.search(sure, ctx.text, _I):
        return
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 60 for i in items) or _in_subpart(ctx, m):
            continue
        if m.group("noun").lower() == "phrase" and len(items) == 1:
            hit = Hit("keywords:required_phrase", {"phrase": items[0]}, m.start("c"), m.end("c"), prio=55)
        elif m.group("noun").lower().startswith("word") and _list_joiner(m.group("list")) == "and":
            hit = Hit("keywords:existence", {"keywords": items}, m.start("c"), m.end("c"), prio=55)
        else:
            continue
        yield hit


@rule("sure to", "remember to", "forget to")
def _keywords_reminder(ctx: Ctx) -> Iterator[Hit]:
    """Bare words after a reminder frame, closing the sentence: "Make sure to mention signal and
    meadow.", "Remember to use lantern, harbor and tide." Two or more single words joined by
    "and": one word ("Make sure to mention safety") is as likely a topic as a keyword."""
    word = r"[A-Za-z][a-z-]*"
    pat = (
        r"\b(?:make\s+sure|be\s+sure|remember|(?:do\s+not|don't)\s+forget)\s+to\s+(?:mention|include|use)\s+(?:the\s+words\s+)?"
        rf"(?P<list>{word}(?:\s*,\s*{word})*,?\s+and\s+{word})(?=\s*[.!]?\s*$)"
    )
    for m in _scan(pat, ctx, _I):
        items = [w for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if w]
        if all(w.lower() not in ("the", "a", "an", "it", "them", "this", "that", "all", "both") for w in items):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=54)


_CLASSIC_NEG = (
    r"do\s+not|don[’']?t|dont|does\s+not|doesn[’']?t|never|avoid|without|refrain\s+from|must\s+not|should\s+not|shouldn[’']?t|cannot|can[’']?t|"
    r"may\s+not"
)
# Verbs that ban what follows them, besides "do not ... / never / avoid": "ban the word", "steer clear
# of", "leave out", "keep ... out" (see _keywords_kept_out), "no" opening a clause ('no "synergy"').
_BAN_VERBS = (
    r"ban|steer\s+clear\s+of|stay\s+away\s+from|leave\s+out|omit|skip|exclude|forbid|eliminate|cut\s+out|ditch|nix|"
    # editing verbs ask the same of the text written: "Lose the word 'bad'", "get rid of the term "synergy""
    r"lose|remove|strike|get\s+rid\s+of|drop(?!\s+(?:in|into)\b)|"
    r"avoiding|steering\s+clear\s+of|under\s+no\s+circumstances|at\s+no\s+point|neither|none\s+of\s+them|"
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,;:(]\s)|(?<=\band\s)|(?<=\bwith\s))no"
)


@rule('"', "'", "“", "‘", "word", "term", "name", "abbreviation", "acronym")
def _keywords_negative(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?P<neg>do\s+not|don[’']?t|dont|does\s+not|doesn[’']?t|never|avoid|without|refrain\s+from|must\s+not|"
        rf"should\s+not|shouldn[’']?t|cannot|can[’']?t|may\s+not|{_BAN_VERBS})\s+(?P<gap>(?:[\w'-]+\s+){{0,3}}?)(?:(?:the|any)\s+(?:of\s+)?(?:the\s+)?|these\s+)?"
        rf"(?:following\s+)?(?:(?:[\w-]+\s+){{0,2}}(?P<noun>{_KW_NOUN})(?:\s+(?:like|such\s+as))?)?\s*:?\s*(?P<list>{QLIST})"
        rf"{_NOT_COUNTED}"
    )
    for m in _scan(pat, ctx, _I):
        if _in_subpart(ctx, m):
            continue
        gap = m.group("gap").lower()
        if m.group("neg").lower() == "no" and gap:
            continue  # "no" bans only what it stands right before ('no "synergy"'), not "No incluyas ..."
        # a ban verb takes the quote itself or "the word(s)": in "omit the part about "Project X"" or "Exclude
        # anything marked "draft"" the quote is no word banned
        ban_verb = not re.fullmatch(_CLASSIC_NEG, m.group("neg"), _I)
        verb_gap = r"(?:(?:may|can|should|must|will|shall)\s+)?(?:use|using|say|saying|write|include|the\s+use\s+of)?"
        verb_gap += r"\s*"
        if ban_verb and not re.fullmatch(verb_gap, gap):
            continue
        between = re.sub(r"^(?:the|any)\s+", "", ctx.content[m.end("gap") : m.start("list")].strip(), flags=_I)
        if ban_verb and not m.group("noun") and re.search(r"\w", between):
            continue
        if re.search(
            r"\b(?:start|begin|end|finish|open|close|conclude|sign|wrap|repeat|respond|answer|reply)\w*\b", gap
        ):
            continue  # start/end phrases are theirs
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 60 for i in items):
            continue
        if re.search(
            r"\b(?:letters?|characters?|symbols?|signs?|marks?|emojis?|punctuation)\s*$",
            ctx.content[m.start() : m.start("list")],
            _I,
        ) or not all(re.search(r"\w", i) for i in items):
            continue  # "without using the letter 'e'", "no '!'": letters and marks, not words
        noun = (m.group("noun") or "").lower()
        # a multi-word item is a phrase (conventions_v1): 'don't call it a "hidden gem"'
        phrase = noun.startswith("phrase") or (not noun.startswith("word") and len(items[0].split()) >= 2)
        if phrase and len(items) == 1:
            yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        else:
            items = [i.lower() for i in items] if _shouted(ctx) else items
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=55)
    # "Don't use any English words at all, not even 'feedback' or 'design'": the words named after a ban of words
    pat = rf"(?:,|\s[-—–])\s*(?:and\s+)?not\s+even\s+(?:the\s+words?\s+)?(?P<list>{QLIST})"
    for m in _scan(pat, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        items = _quoted_items(m.group("list"))
        ban = re.search(rf"\b(?:{_CLASSIC_NEG}|no)\b[^.;!?]*\b(?:words?|terms?|jargon|english)\b[^.;!?]*$", before, _I)
        if ban and items and all(len(i) <= 40 and " " not in i for i in items):
            s = m.start() + len(re.match(r"(?:,|\s[-—–])\s*(?:and\s+)?", m.group(0), _I).group(0))
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, s, m.end(), prio=55)
    # unquoted: "Do not include the following keywords: cheap, comfortable, amazing.", "Avoid the words: blue, wave"
    for m in _scan(_UNQUOTED_LIST, ctx, _I):
        if not m.group("neg") or not _list_head_ok(m):
            continue
        end = _list_end(m)
        items = _split_items(ctx.content[m.start("list") : end])
        if items:
            items = [i.lower() for i in items] if _shouted(ctx) else items
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), end, prio=53)
    for m in _scan(_LABEL_LIST, ctx, _I):
        items = _split_items(m.group("list"))
        if items and m.group("neg"):
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, _label_start(m), m.end(), prio=53)
    pat = rf"\bdo\s+not\s+include\s+all\s+of\s+the\s+{_KW_NOUN}\s+(?P<list>{QLIST})(?:\s*:\s*leave\s+out\s+at\s+least\s+one(?:\s+of\s+them)?)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        if items:
            yield Hit("keywords:omit_some", {"keywords": items}, m.start(), m.end(), prio=60)


# Quotes and list joiners of the other languages the prompts use (« », „ “; y/e/et/und/o/ou/oder).
_FQ = rf"(?:{QUOTED}|«\s*[^«»\n]{{1,60}}?\s*»|„[^“”\n]{{1,60}}[“”])"
_FQLIST = rf"{_FQ}(?:\s*(?:,|\by\b|\be\b|\bet\b|\bund\b|\bo\b|\bou\b|\boder\b|\bor\b|\band\b)\s*{_FQ})*"
_FWORD = r"(?:palabras?|palavras?|mots?|w[öo]rter|wort|parol[ae]|t[ée]rminos?|termes?|begriffe?)"
_FNEG = r"(?:\b(?:no|não|nao|ne|pas|nicht|kein\w*|non|sin|sem|sans|nunca|jamais|nie|niemals|ohne)|n['’])\s*$"


@rule("palabra", "palavra", "mot", "wort", "wört", "parol", "términ", "termes", "begriff")
def _foreign_include_word(ctx: Ctx) -> Iterator[Hit]:
    """Words to include or avoid, asked in es/pt/fr/de/it: 'incluye la palabra "oferta"', 'que aparezcan
    las palabras "terraza" y "luminoso"', 'utilise le mot "soleil"', 'verwende das Wort "Meer"'; negated
    ("no incluyas", "n'emploie pas le mot « artisanal »", "não use", "Evita la parola", "vermeide das Wort")
    they are forbidden words."""
    verb = (
        r"(?:incluy[ae]s?|inclua|incluir|usa|use|uses|usar|utiliza|utilices?|utilize|utilise[zr]?|emploie[zr]?|"
        r"employe[zr]?|inclu(?:s|ez|re|de|di|da)|mentionne[zr]?|menciona|mencione|verwende|benutze|nutze|includi|usare|"
        r"impiega|aparezcan?|apare[çc]am?|figurent|apparaissent|vorkommen|compaiano|evita|evite|evitar|évite[zr]?|"
        r"vermeide|verzichte\s+auf|escribas?|scrivere|schreibe|dire|digas)"
    )
    pat = (
        rf"\b(?P<verb>{verb})\s+(?:pas\s+|nicht\s+|nunca\s+|jamais\s+)?(?:(?:la|las|a|as|le|les|das|die|il|i|le|o|os)\s+)?"
        rf"{_FWORD}\s*:?\s*(?P<list>{_FQLIST})"
    )
    for m in _scan(pat, ctx, _I):
        items = [q[1:-1].strip() for q in re.findall(_FQ, m.group("list"))]
        if not items or any(len(i) > 60 or not i for i in items):
            continue
        before = ctx.content[ctx.unit.start : m.start()]
        lead = re.search(_FNEG, before, _I)
        neg = bool(lead) or bool(re.search(r"\b(?:pas|nicht|nunca|jamais)\b", m.group(0), _I))
        start = ctx.unit.start + lead.start() if lead else m.start()  # "N'emploie pas", "não use": the negation too
        avoid = bool(re.match(r"(?:evit|évit|vermeid|verzicht)", m.group("verb"), _I))
        if neg or avoid:
            if neg and avoid:
                continue  # "no evites": a double negative the rules do not read
            if len(items) == 1 and len(items[0].split()) >= 2:
                yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, start, m.end(), prio=55)
            else:
                yield Hit("keywords:forbidden_words", {"forbidden_words": items}, start, m.end(), prio=55)
        elif all(" " not in i for i in items):
            either = re.search(r"\s(?:o|ou|oder|or)\s", re.sub(_FQ, " ", m.group("list")), _I)
            tid, key = ("keywords:include_any", "forbidden_words") if either else ("keywords:existence", "keywords")
            yield Hit(tid, {key: items}, start, m.end(), prio=55)


# --- the words as the subject: 'the words "x" and "y" must both appear', '"x" is off-limits' -----

_MODAL = (
    r"(?P<modal>should|must|need\s+to|needs\s+to|has\s+to|have\s+to|will|are\s+to|is\s+to|shall|can|may|cannot|"
    r"can[’']?t|mustn[’']?t|shouldn[’']?t|won[’']?t|may\s+not|must\s+not|should\s+not|will\s+not|are\s+not\s+to|"
    r"is\s+not\s+to)"
)
_APPEAR = (
    r"(?:appeared|appears?|show(?:s)?\s+up|occurs?|be\s+(?:used|included|mentioned|present|featured|found|said|written|in\s+there|"
    r"in\s+it|on\s+there)|is\s+(?:on|in)\s+there|"
    r"(?:is|are)\s+(?:used|included|mentioned|present)|features?|make\s+it\s+in|pops?\s+up|"
    # the subjunctive of a polite frame: "It'd be great if the words "typed" and "schema" both showed up"
    r"showed\s+up|popped\s+up|made\s+it\s+in|(?:were|was)\s+(?:used|included|mentioned|in\s+there|in\s+it))"
)
# What may follow the verb when the whole response is meant ("both appear.", "appear somewhere in your
# answer", "appear, and ..."); a place ("in the title", "in the first line") or a count is another type.
_WHOLE_AFTER = re.compile(
    rf"\s*(?:$|[.,;:!)]|\b(?:and|but|so|because|since|too|also|as\s+well)\b|(?:somewhere|anywhere|at\s+all|throughout|at\s+least\s+once|"
    rf"in\s+(?:it|there)|(?:somewhere\s+)?(?:in|across|throughout)\s+(?:your|the)\s+(?:(?:whole|entire|final)\s+)?"
    rf"(?:{_RESP}|reply|copy|draft|piece|blurb|description)s?\b))",
    _I,
)
_BANNED = (
    r"(?:banned|forbidden|prohibited|off[\s-]?limits|not\s+allowed|disallowed|taboo|out\s+of\s+bounds|a\s+no[\s-]go|"
    r"strictly\s+off[\s-]?limits)"
)


@rule('"', "'", "“", "‘", "word", "term", "abbreviation", "acronym", "hashtag")
def _keywords_as_subject(ctx: Ctx) -> Iterator[Hit]:
    """Quoted words that are the subject of the requirement: 'Make sure the words "chlorophyll" and
    "glucose" both appear', 'The term "synergy" must never appear', '"cheap" and "easy" are off-limits'.
    Without a noun ("word", "term") the list must open its clause or follow "make sure"/"ensure", so
    that a quoted title or example ("the slogan "Just do it" must appear ...") stays out."""
    head = (
        rf"(?:\b(?:the\s+)?(?P<noun>(?:key\s?)?(?:words?|terms?)|phrases?|names?|expressions?|"
        rf"(?:exact\s+)?(?:line|sentence))\s+|"
        r"(?P<bare_head>))"
        rf"(?:both\s+|either\s+)?(?P<list>{QLIST})\s+"
    )
    verb = (
        rf"(?:{_MODAL}\s+)?(?P<neg>not\s+|never\s+|n[’']?t\s+)?(?:both\s+|all\s+|each\s+|also\s+|always\s+|ever\s+)?"
        rf"{_APPEAR}"
    )
    for m in _scan(head + verb, ctx, _I):
        if m.group("bare_head") is not None and not _bare_head_ok(ctx, m):
            continue
        modal = (m.group("modal") or "").lower()
        negative = bool(m.group("neg")) or bool(re.search(r"n[’']?t$|cannot|\snot$", modal))
        if not negative and modal in ("can", "may"):
            continue  # '"fresh" may appear' permits, it does not ask
        frame = re.search(
            r"\b(?:make\s+sure|ensure|be\s+sure|so\s+that|such\s+that|(?:great|nice|good|ideal|lovely|perfect|awesome|cool|"
            r"helpful|appreciate\s+it|love\s+it|like\s+it|prefer\s+it)\s+if)\s+(?:that\s+)?(?:both\s+)?$",
            ctx.content[ctx.unit.start : m.start()],
            _I,
        )
        if not modal and not negative and not frame:
            continue  # 'Explain why the word "literally" appears so often': a statement, no request
        if not _WHOLE_AFTER.match(ctx.content, m.end(), ctx.unit.end) or _in_subpart(ctx, m):
            continue
        yield from _subject_hit(ctx, m, negative)
    # one unquoted word named by its noun: "The word spacer has to be in it.", "make sure the abbreviation INR
    # shows up" (the noun is required, so "the ending must appear ..." names no word)
    head1 = r"\b(?:the\s+)?(?:key\s?)?(?P<noun>word|term|abbreviation|acronym|hashtag)\s+(?P<w>[A-Za-z#][\w-]*)\s+"
    for m in _scan(head1 + verb, ctx, _I):
        w = m.group("w")
        if w.lower() in _NOT_A_KEYWORD or w.lower() in ("a", "an", "is", "count", "limit", "paper", "papers"):
            continue
        modal = (m.group("modal") or "").lower()
        negative = bool(m.group("neg")) or bool(re.search(r"n[’']?t$|cannot|\snot$", modal))
        if not negative and modal in ("can", "may"):
            continue
        before = ctx.content[ctx.unit.start : m.start()]
        frame = re.search(r"\b(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?$", before, _I)
        if not modal and not negative and not frame:
            continue
        if not _WHOLE_AFTER.match(ctx.content, m.end(), ctx.unit.end) or _in_subpart(ctx, m):
            continue
        if negative:
            yield Hit("keywords:forbidden_words", {"forbidden_words": [w]}, m.start(), m.end(), prio=55)
        else:
            yield Hit("keywords:existence", {"keywords": [w]}, m.start(), m.end(), prio=55)
    banned = (
        rf"{head}(?:(?:is|are)\s+(?:completely\s+|totally\s+|strictly\s+)?|(?:should|must)\s+be\s+(?:considered\s+)?)"
        rf"{_BANNED}"
    )
    for m in _scan(banned, ctx, _I):
        if m.group("bare_head") is not None and not _bare_head_ok(ctx, m):
            continue
        if _WHOLE_AFTER.match(ctx.content, m.end(), ctx.unit.end) and not _in_subpart(ctx, m):
            yield from _subject_hit(ctx, m, True)


def _bare_head_ok(ctx: Ctx, m: re.Match) -> bool:
    """A quoted list without "the word(s)" before it: at the clause's start, after "make sure
    (that)", "ensure (that)", or a comma/"and" that joins it to another keyword requirement."""
    before = ctx.content[ctx.unit.start : m.start("list")]
    opener = r"(?:^|[.;:\n(]|\b(?:make\s+sure|ensure|be\s+sure)(?:\s+that)?)\s*(?:both\s+|either\s+)?$"
    if re.search(opener, before, _I):
        return True
    return bool(
        re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:both\s+)?$", before)
        and re.search(rf"{QUOTED}|\b(?:words?|terms?)\b", before[:-1], _I)
    )


def _subject_hit(ctx: Ctx, m: re.Match, negative: bool) -> Iterator[Hit]:
    items = _quoted_items(m.group("list"))
    if not items or any(len(i) > 60 for i in items):
        return
    noun = (m.group("noun") or "").lower()
    either = _list_joiner(m.group("list")) == "or" or re.search(r"\beither\b", m.group(0), _I)
    phrase = noun.startswith(("phrase", "expression", "line", "sentence", "exact"))
    phrase = phrase or (not noun and len(items[0].split()) >= 3)
    start = m.start("list") if m.group("bare_head") is not None else m.start()
    if negative:
        if phrase and len(items) == 1:
            yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, start, m.end(), prio=56)
        elif not either or len(items) == 1:
            items = [i.lower() for i in items] if _shouted(ctx) else items
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, start, m.end(), prio=56)
    elif phrase and len(items) == 1:
        yield Hit("keywords:required_phrase", {"phrase": items[0]}, start, m.end(), prio=56)
    elif either:
        yield Hit("keywords:include_any", {"forbidden_words": items}, start, m.end(), prio=56)
    elif all(len(i.split()) <= 2 for i in items):
        yield Hit("keywords:existence", {"keywords": items}, start, m.end(), prio=56)


@rule("work", "slip", "sneak", "weave", "fit", "squeeze")
def _worked_in(ctx: Ctx) -> Iterator[Hit]:
    """'work the phrase "final answer" in somewhere', 'slip "cozy" and "warm" in', 'weave the word "tide" into it'
    (a count after it is keywords:frequency's)."""
    pat = (
        rf"\b(?:work|slip|sneak|weave|fit|squeeze)\s+(?:the\s+(?P<noun>word|phrase|term|name)s?\s+)?(?P<list>{QLIST})\s+in"
        r"(?:to\s+(?:it|the\s+\w+|your\s+\w+))?(?:\s+(?:somewhere|naturally|too|as\s+well))?"
    )
    for m in _scan(pat, ctx, _I):
        after = ctx.content[m.end() : ctx.unit.end]
        if re.match(rf"\s+{_FREQ}", after, _I) or _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 60 for i in items) or _list_joiner(m.group("list")) == "or":
            continue
        if len(items) == 1 and ((m.group("noun") or "").lower() == "phrase" or len(items[0].split()) >= 2):
            yield Hit("keywords:required_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        elif all(len(i.split()) == 1 for i in items):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=55)


# --- one unquoted word ---------------------------------------------------------------------------

# Words that, after "mention", name no keyword: pronouns, quantifiers, generic nouns of a topic.
_NOT_A_KEYWORD = frozenset(
    """it them this that these those something anything everything nothing someone anyone everyone
    why how what when where who whether if both all each one any some more less examples details
    sources benefits risks costs prices names dates numbers facts reasons things stuff ideas tips
    pros cons advantages disadvantages strengths weaknesses causes effects history background
    the your our their his her its my me you us him
    """.split()
)


@rule("mention", "word", "term", "tag", "anywhere", "at all", " in it", " in there", "abbreviation", "acronym")
def _one_unquoted_word(ctx: Ctx) -> Iterator[Hit]:
    """One unquoted word that closes its clause: "include the word billing", "Never use the word
    clock.", "... and mention tteokbokki" (a bare word after "mention" opening its clause: "mention
    the ending" or "mention that ..." name no word)."""
    end = r"(?=\s*(?:[.;!)]|$|,|\s+(?:anywhere|somewhere|at\s+all|in\s+(?:your|the)\s+\w+)\s*(?:[.;!,]|$)))"
    pat = (
        r"\b(?P<v>include|use|using|mention|say|write|add|(?:sneak|work|weave|slip|throw|squeeze|fit)\s+in|"
        # a ban verb before the word: "ban the word decentralized", "skip the term synergy"
        r"ban|avoid|skip|drop|ditch|nix|forbid)\s+the\s+(?:key)?"
        rf"(?:word|term|tag|abbreviation|acronym)\s+(?P<w>[A-Za-z][\w-]*){end}"
    )
    for m in _scan(pat, ctx, _I):
        w = m.group("w")
        if w.lower() in _NOT_A_KEYWORD or w.lower() in ("the", "a", "an", "count", "limit") or _in_subpart(ctx, m):
            continue
        ban = m.group("v").lower() in ("ban", "avoid", "skip", "drop", "ditch", "nix", "forbid")
        if ban and _negated(ctx, m.start()):
            continue  # "don't avoid the word X": no ban, and no clear request either
        tid = "keywords:forbidden_words" if ban or _negated(ctx, m.start()) else "keywords:existence"
        key = "forbidden_words" if tid == "keywords:forbidden_words" else "keywords"
        yield Hit(tid, {key: [w]}, m.start(), m.end(), prio=52)
    # "don't write TBD anywhere", "never say ASAP in it": an acronym or a capitalised word, bounded by "anywhere"
    pat = (
        r"\b(?i:do\s+not|don[’']?t|dont|never)\s+(?i:write|use|say|type|include|put)\s+(?P<w>[A-Z]{2,8}|[A-Z][a-z]+)"
        r"(?=\s+(?i:anywhere|at\s+all|in\s+(?:it|there|the\s+\w+|your\s+\w+))\s*(?:[.;!,]|$))"
    )
    for m in _scan(pat, ctx, 0):
        if m.group("w").lower() not in _NOT_A_KEYWORD and m.group("w") not in ("I", "A"):
            yield Hit("keywords:forbidden_words", {"forbidden_words": [m.group("w")]}, m.start(), m.end(), prio=52)
    # "... and mention tteokbokki", "mention react and typescript, dont go over 250 words": bare words that
    # fill the clause "mention" opens (a sentence end closes a single word; a comma may close a list)
    w = r"[a-z][a-z0-9-]{2,}"
    # "gotta mention Link and Hyrule", "need to mention Oslo and Bergen": capitalised names joined by "and"
    cap = r"[A-Z][\w'-]+"
    pat = (
        r"(?:^|(?<=[.;!\n]\s)|(?<=\band\s)|(?<=\balso\s)|(?<=,\s))(?i:(?:pls|please)\s+)?(?i:(?:gotta|got\s+to|have\s+to|"
        rf"need\s+to|must|should|make\s+sure\s+(?:to|you)|be\s+sure\s+to)\s+)?(?i:mention)\s+(?P<list>{cap}(?:\s*,\s*{cap})*,?\s+"
        rf"(?i:and)\s+{cap})(?=\s*(?:[.!;,]|$|\n))"
    )
    for m in _scan(pat, ctx, 0):
        items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))
        if any(i.lower() in _NOT_A_KEYWORD for i in items) or _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=31)
    pat = (
        r"(?:^|(?<=[.;!\n]\s)|(?<=\band\s)|(?<=\balso\s)|(?<=,\s))(?:(?:pls|please)\s+)?mention\s+"
        rf"(?:(?P<w>{w})(?:\s+(?:somewhere|anywhere|in\s+(?:it|there))(?=\s*[.!;,]|\s*$)|(?=\s*(?:[.!;]|$)))|(?P<list>{w}(?:\s*,\s*{w})*,?\s+and\s+{w})(?=\s*(?:[.!;,]|$)))"
    )
    for m in _scan(pat, ctx, _I):
        items = [m.group("w")] if m.group("w") else re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))
        if any(i.lower() in _NOT_A_KEYWORD or i.lower().endswith("ly") for i in items) or _negated(ctx, m.start()):
            continue
        yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=30)
    # 'Our editor hates the word "patrons", so leave it out.': the word named, then banned by "it"
    pat = (
        rf"\b(?:the\s+)?(?:word|term|phrase)\s+(?P<q>{QUOTED})[^.;!?]{{0,40}}?(?:,\s*|\s+[-—–]\s*|\s*:\s*|\s+)(?:so|and|"
        r"thus|therefore)?\s*(?:please\s+)?(?:(?:leave|keep)\s+(?:it|that(?:\s+one|\s+word)?)\s+out|(?:avoid|skip|drop|ditch)\s+"
        r"(?:it|that(?:\s+one|\s+word)?)|(?:do\s+not|don[’']?t|dont|never)\s+(?:use|say|write|include)\s+(?:it|that(?:\s+one|"
        r"\s+word)?))\b(?:\s+(?:entirely|completely|altogether))?"
    )
    for m in _scan(pat, ctx, _I):
        item = _unquote(m.group("q"))
        if item and len(item) <= 60:
            tid, kw = (("keywords:forbidden_phrase", {"phrase": item}) if len(item.split()) >= 2
                       else ("keywords:forbidden_words", {"forbidden_words": [item]}))  # fmt: skip
            # "she HATES the word "bump" so please avoid that one": the request closes the sentence, so the
            # person before it is the reason, not a description (resolve's third-person guard)
            yield Hit(tid, kw, m.start(), m.end(), prio=54, attached=True)
    # 'Mention at least one of my focus neighborhoods: Fremont, Ballard or Wallingford.': proper names listed
    cap = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    pat = (
        r"\b(?i:mention|include|use|name|feature|reference)\s+(?i:at\s+least\s+one|one|any)\s+(?i:of)\s+(?:[\w'-]+\s+){0,4}?"
        rf"(?:[\w-]+)\s*:\s*(?P<list>{cap}(?:\s*,\s*{cap})*,?\s+(?i:or|and)\s+{cap})(?=\s*(?:[.;!)]|$))"
    )
    for m in _scan(pat, ctx, 0):
        items = re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", m.group("list"))
        if 2 <= len(items) <= 8 and not _negated(ctx, m.start()):
            yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=55)


# A label, then quoted words: 'Forbidden: "cheap", "flimsy".', '- Banned phrases: "act now"', 'Must include:
# "oak", "linen"', 'Keywords: "solar", "grid"'. The label must open its line or sentence and the list close it.
_Q_LABEL = re.compile(
    r"(?:^|(?<=[.;!\n]\s)|(?<=\n))\s*(?:(?:\d+[.)]|[-*•])\s+)?(?:(?P<neg>(?:forbidden|banned|prohibited|off[\s-]?limits|"
    r"blocked|blacklisted|avoid|do\s+not\s+use|don[’']?t\s+use|never\s+use|no[\s-]go)(?:\s+(?:words?|terms?|phrases?))?)|"
    r"(?P<pos>(?:must|should)[\s-](?:include|use|mention|have)|required(?:\s+(?:key)?(?:words?|terms?|phrases?))?|"
    r"(?:key)?words?\s+to\s+(?:include|use)|include|keywords?|must-haves?))\s*:\s*(?P<list>"
    + QLIST
    + r")\s*[.;!]?\s*$",
    _I,
)


@rule(":")
def _quoted_label_list(ctx: Ctx) -> Iterator[Hit]:
    m = _Q_LABEL.search(ctx.content, ctx.unit.start, ctx.unit.end)
    if not m:
        return
    items = _quoted_items(m.group("list"))
    if not items or any(len(i) > 60 for i in items):
        return
    start = _label_start(m)
    phrase_label = re.search(r"phrases?", m.group(0)[: m.start("list") - m.start()], _I)
    if m.group("neg"):
        if len(items) == 1 and (phrase_label or len(items[0].split()) >= 2):
            yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, start, m.end(), prio=54)
        else:
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, start, m.end(), prio=54)
    elif len(items) == 1 and (phrase_label or len(items[0].split()) >= 2):
        yield Hit("keywords:required_phrase", {"phrase": items[0]}, start, m.end(), prio=54)
    elif _list_joiner(m.group("list")) == "and" and all(len(i.split()) <= 2 for i in items):
        yield Hit("keywords:existence", {"keywords": items}, start, m.end(), prio=54)


# --- counts in the other languages the prompts use ----------------------------------------------

_F_NUMS = {
    "un": 1, "una": 1, "uno": 1, "une": 1, "ein": 1, "einmal": 1, "um": 1, "uma": 1,
    "dos": 2, "deux": 2, "zwei": 2, "due": 2, "dois": 2, "duas": 2,
    "tres": 3, "trois": 3, "drei": 3, "tre": 3, "três": 3,
    "cuatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "quatro": 4,
    "cinco": 5, "cinq": 5, "fünf": 5, "cinque": 5,
    "seis": 6, "six": 6, "sechs": 6, "sei": 6,
    "siete": 7, "sept": 7, "sieben": 7, "sette": 7, "sete": 7,
    "ocho": 8, "huit": 8, "acht": 8, "otto": 8, "oito": 8,
    "nueve": 9, "neuf": 9, "neun": 9, "nove": 9,
    "diez": 10, "dix": 10, "zehn": 10, "dieci": 10, "dez": 10,
}  # fmt: skip
_F_NUM = r"(?:\d+|" + "|".join(sorted(_F_NUMS, key=len, reverse=True)) + r")"
_F_MIN = r"(?:al\s+menos|por\s+lo\s+menos|como\s+m[íi]nimo|au\s+moins|au\s+minimum|mindestens|wenigstens|almeno|come\s+minimo|pelo\s+menos|ao\s+menos|no\s+m[íi]nimo)"  # noqa: E501
_F_MAX = r"(?:como\s+m[áa]ximo|a\s+lo\s+sumo|au\s+plus|au\s+maximum|h[öo]chstens|maximal|al\s+massimo|no\s+m[áa]ximo)"
_F_MORE = r"(?:m[áa]s\s+de|plus\s+de|mehr\s+als|pi[ùu]\s+di|mais\s+de)"
_F_LESS = r"(?:menos\s+de|moins\s+de|weniger\s+als|meno\s+di)"
_F_TIMES = r"(?:veces|vez|fois|mal|volte|volta|vezes)"


@rule("veces", "fois", "mal", "volte", "vezes")
def _foreign_frequency(ctx: Ctx) -> Iterator[Hit]:
    """A word's count in es/fr/de/it/pt: 'La palabra "mar" debe aparecer al menos 3 veces', 'le mot « mer »
    apparaît au moins trois fois', 'das Wort „Meer“ mindestens dreimal', 'la parola "mare" compare almeno 3
    volte'. A negation in between ("no debe aparecer más de ...") is left alone."""
    pat = (
        rf"\b(?:(?:usa|use|utiliza|utilise[zr]?|emploie|verwende|benutze|includi|inclu[iy]e?|mentionne|menciona)\s+)?"
        rf"(?:(?:la|le|el|das|il|a|o)\s+)?{_FWORD}\s*(?P<q>{_FQ})\s+(?P<gap>(?:[\w'’]+\s+){{0,3}}?)(?P<rel>{_F_MIN}|{_F_MAX}|{_F_MORE}|{_F_LESS})\s+"
        rf"(?:(?P<n>{_F_NUM})\s*-?\s*{_F_TIMES}|(?P<nd>{_F_NUM})mal)\b"
    )
    for m in _scan(pat, ctx, _I):
        around = m.group("gap") + ctx.prefix(m.start(), 3)
        if re.search(r"\b(?:no|ne|pas|nicht|non|não|nunca|jamais|nie)\b|n['’]", around, _I):
            continue
        raw = (m.group("n") or m.group("nd")).lower()
        n = int(raw) if raw.isdigit() else _F_NUMS.get(raw)
        kw = m.group("q")[1:-1].strip()
        if n is None or not kw or " " in kw:
            continue
        rel = m.group("rel").lower()
        if re.fullmatch(_F_MIN, rel, _I):
            r = ("at least", n)
        elif re.fullmatch(_F_MAX, rel, _I):
            r = ("less than", n + 1)
        elif re.fullmatch(_F_MORE, rel, _I):
            r = ("at least", n + 1)
        else:
            r = ("less than", n)
        yield _keyword_count_hit(kw, r, m.start(), m.end())


# --- Chinese ---------------------------------------------------------------------------------------

_ZH_Q = r"[“\"「『](?P<w>[^”\"」』\n]{1,30})[”\"」』]"
_ZH_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@rule("“", '"', "「")
def _zh_keywords(ctx: Ctx) -> Iterator[Hit]:
    """Words to include, avoid or count, asked in Chinese: '回答中要包含“量子”', '不要使用“简单”这个词',
    '“量子”至少出现三次'."""
    if not re.search(r"[\u4e00-\u9fff]", ctx.text):
        return
    noun = r"(?:这个)?(?:词语?|单词|关键词|字眼)?"
    pats = (
        (
            "keywords:forbidden_words",
            rf"(?:不要|不能|别|禁止|避免|不得|切勿)(?:使用|出现|用|提到|包含|写)?{noun}\s*{_ZH_Q}(?:{noun})?",
        ),
        (
            "keywords:existence",
            rf"(?:要|必须|请|需要|务必)?(?:包含|包括|提到|使用|用到|出现){noun}\s*{_ZH_Q}(?:{noun})?",
        ),
    )
    seen: set[int] = set()
    for tid, pat in pats:
        for m in _scan(pat, ctx, 0):
            before = ctx.content[ctx.unit.start : m.start()]
            if m.start("w") in seen or (
                tid == "keywords:existence" and re.search(r"(?:不要|不能|别|禁止|避免|不得|切勿)$", before)
            ):
                continue
            seen.add(m.start("w"))
            key = "forbidden_words" if tid == "keywords:forbidden_words" else "keywords"
            yield Hit(tid, {key: [m.group("w").strip()]}, m.start(), m.end(), prio=55)
    pat = rf"{_ZH_Q}(?:这个词)?(?:要|必须|需要|应该)?(?P<rel>至少|最少|不少于|最多|至多|不超过)出现\s*"
    pat += r"(?P<n>\d+|[一两二三四五六七八九十])\s*次"
    for m in _scan(pat, ctx, 0):
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _ZH_NUM[raw]
        at_least = m.group("rel") in ("至少", "最少", "不少于")
        rel = ("at least", n) if at_least else ("less than", n + 1)
        yield _keyword_count_hit(m.group("w").strip(), rel, m.start(), m.end())


# An unquoted code or name marked as literal by what follows it ("include the wifi password ELK2024 exactly as
# written", "mention the promo code SPRING25 verbatim"): only a token with a digit or in capitals, which no
# description of the task would put there; plain words stay unread (no quotes bound them).
_LITERAL_TOKEN = r"(?P<w>(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]|[A-Z][A-Z0-9_-]*[A-Z0-9])"
_LITERAL_MARK = (
    r"(?i:exactly\s+(?:as\s+(?:written|shown|given|typed|is|spelled|above|below)|like\s+(?:that|this))|verbatim|"
    r"word\s+for\s+word|character\s+for\s+character)"
)


@rule("exactly as", "exactly like", "verbatim", "word for word", "character for character")
def _literal_token(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?i:include|mention|use|put\s+in|add|give|quote|write|show|print|state)\s+"
        r"(?:(?i:the|our|my|a|this|that)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
        rf"{_LITERAL_TOKEN}\s*,?\s+{_LITERAL_MARK}\b"
    )
    for m in _scan(pat, ctx, 0):
        if _negated(ctx, m.start()) or m.group("w") in ("I", "AI", "OK"):
            continue
        yield Hit("keywords:existence", {"keywords": [m.group("w")]}, m.start(), m.end(), prio=30)


@rule("name")
def _named_frequency(ctx: Ctx) -> Iterator[Hit]:
    """A name given in apposition, then counted: "Please mention our name, Pawlish, a few times — at least
    three", "use the brand name, Lumo, at least 4 times"."""
    pat = (
        r"\b(?i:mention|use|say|include|repeat)\s+(?i:our|my|the|their|his|her)\s+(?:(?i:brand|company|shop|store|"
        r"business|product|app|band|cafe|café|team)\s+)?(?i:name)\s*,\s*(?P<w>[A-Z][\w'-]+)\s*,\s*"
        r"(?:(?i:a\s+few|several|multiple|a\s+couple\s+of)\s+times\s*(?:[—–-]+|,|;)\s*)?"
        rf"(?P<rel>(?i:{REL}))\s+(?:(?P<num>(?i:{NUM}))(?:\s+(?i:times))?|(?P<tw>(?i:once|twice|thrice)))\b"
    )
    for m in _scan(pat, ctx, 0):
        n = _TW[m.group("tw").lower()] if m.group("tw") else parse_number(m.group("num"))
        if n is None or _negated(ctx, m.start()):
            continue
        if not m.group("tw") and not re.search(r"\btimes\b", m.group(0), _I):
            continue  # a count of something else
        rel = _relation(m.group("rel"), n)
        if rel:
            kw = {"keyword": m.group("w"), "frequency": rel[1], "relation": rel[0]}
            yield Hit("keywords:frequency", kw, m.start(), m.end(), prio=71)


# "include her name" after "my wife, Eleanor": the name is the one the message gave the person before. Read
# only when exactly one such name stands before it (an apposition after a relation noun, or "named X").
_KIN = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|son|daughter|kid|child|mom|mum|mother|dad|father|"
    r"sister|brother|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|niece|nephew|friend|boss|colleague|"
    r"coworker|neighbou?r|teacher|dog|cat|puppy|kitten|horse|baby|client|customer|guest|student)"
)
_ANTECEDENT = re.compile(
    rf"\b(?i:my|our)\s+(?:[a-z-]+\s+){{0,2}}?(?i:{_KIN})\s*,?\s+(?P<n>[A-Z][a-z]{{1,20}})\b(?!\s+[A-Z])|"
    r"\b(?i:named|called)\s+(?P<n2>[A-Z][a-z]{1,20})\b(?!\s+[A-Z])"
)


@rule("name")
def _pronoun_name(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?i:include|mention|use|say|work\s+in)\s+(?i:his|her|their)\s+(?:first\s+)?name"
        rf"(?:\s+(?i:and)\s+(?:(?i:the)\s+words?\s+)?(?P<list>{QLIST}))?"
    )
    for m in _scan(pat, ctx, 0):
        after = ctx.content[m.end() : ctx.unit.end]
        counted = re.match(r"\s+(?:twice|thrice|once|at\s+least|at\s+most|\d+|\w+\s+times)\b", after, _I)
        if _negated(ctx, m.start()) or counted:
            continue  # a count is keywords:frequency's
        names = {a.group("n") or a.group("n2") for a in _ANTECEDENT.finditer(ctx.content, 0, m.start())}
        if len(names) != 1:
            continue  # no name given, or two people it could be
        items = [*names, *(_quoted_items(m.group("list")) if m.group("list") else [])]
        yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=56)


# --- Dutch, Turkish, Japanese word counts -----------------------------------------------------------

_NL_TR_NUMS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_NL_TR_NUM = r"(?:\d+|" + "|".join(sorted(_NL_TR_NUMS, key=len, reverse=True)) + r")"


@rule("keer", "kez", "defa", "回")
def _nl_tr_ja_frequency(ctx: Ctx) -> Iterator[Hit]:
    """A word's count asked in Dutch, Turkish or Japanese: "Gebruik het woord 'wekker' minstens twee keer",
    "'Kuyruk' kelimesini en az iki kez kullan", '「ピカピカ」という言葉を3回以上使ってください'. A negation
    after the count ("niet", "kullanma") is left alone."""
    q = rf"(?P<q>{QUOTED}|«[^«»\n]{{1,40}}»|„[^“”\n]{{1,40}}[“”]|「[^」\n]{{1,30}}」|『[^』\n]{{1,30}}』)"
    pats = (
        # a request: the verb first, or a modal after the word ("Het woord 'X' moet minstens twee keer voorkomen")
        rf"\b(?:(?P<verb>gebruik|noem|gebruikt)\s+)?(?:het\s+)?woord\s+{q}\s+"
        r"(?:(?P<modal>moet|moeten|dient|hoort)\s+(?:er\s+)?)?"
        rf"(?P<rel>minstens|ten\s+minste|minimaal|hoogstens|maximaal|niet\s+meer\s+dan)\s+(?P<n>{_NL_TR_NUM})\s+keer\b"
        r"(?!\s+niet\b)",
        rf"{q}\s*(?:kelimesini|sözcüğünü|kelimesi|sözcüğü)\s+(?P<rel>en\s+az|en\s+fazla|en\s+çok)\s+(?P<n>{_NL_TR_NUM})\s+"
        r"(?:kez|defa|kere)(?:\s+(?:kullan(?!ma)\w*|geçsin|geçmeli|geçir\w*))?",
        rf"{q}\s*(?:という)?(?:言葉|単語|語)?を?\s*(?P<n>{_NL_TR_NUM})\s*回(?P<rel>以上|以下|まで)",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else _NL_TR_NUMS.get(raw)
            kw = m.group("q")[1:-1].strip()
            if n is None or not kw or " " in kw:
                continue
            if "verb" in m.groupdict() and not (m.group("verb") or m.group("modal")):
                continue  # "Het woord 'fiets' kwam minstens twee keer voor": a statement
            after = ctx.content[m.end() : m.end() + 12]
            if re.match(r"\s*(?:niet|kullanma|使わない|使用しない)", after, _I):
                continue
            kw = _sentence_case(ctx, m.start("q"), kw)
            rel = re.sub(r"\s+", " ", m.group("rel").lower())
            at_least = rel in ("minstens", "ten minste", "minimaal", "en az", "以上")
            r = ("at least", n) if at_least else ("less than", n + 1)
            yield _keyword_count_hit(kw, r, m.start(), m.end())


# --- session 4 (fmt6) -------------------------------------------------------------------------------

# What "out of ..." may name for a ban on the whole text (not "out of the title", a part).
_WHOLE_TEXT = (
    rf"(?:it|this|that|there|them|everything|the\s+(?:whole|entire)\s+[\w-]+|(?:the|your)\s+(?:{_RESP}|reply|piece|draft|"
    r"script|copy|poem|song|speech|toast|post|blurb|ad|column|text|thing|writing))"
)


@rule("out")
def _keywords_kept_out(ctx: Ctx) -> Iterator[Hit]:
    """A word banned by keeping it out: "keep 'moon' out of it entirely", "leave the word "synergy" out",
    'keep "delve" and "tapestry" out of the piece'. A part named ("out of the title") or a negated
    request ("don't leave "Maya" out", which asks for it) is no ban on the response."""
    pat = (
        rf"\b(?:keep|leave)\s+(?:the\s+(?P<noun>{_KW_NOUN})\s+)?(?P<list>{QLIST})\s+out\b"
        rf"(?P<of>\s+of\s+(?:{_WHOLE_TEXT}|[\w-]+(?:\s+[\w-]+)?))?(?:\s+(?:entirely|completely|altogether|please|too))?"
    )
    for m in _scan(pat, ctx, _I):
        of = m.group("of")
        if of and not re.fullmatch(rf"\s+of\s+{_WHOLE_TEXT}", of, _I):
            continue  # "keep "Acme" out of the headline": one part
        if _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 60 for i in items) or not all(re.search(r"\w", i) for i in items):
            continue
        noun = (m.group("noun") or "").lower()
        multi = len(items[0].split()) >= 2 and not noun.startswith("word")
        if len(items) == 1 and (noun.startswith("phrase") or multi):
            yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        else:
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=55)


_LINE_NOUN = r"(?:line|sentence|quote|tagline|slogan|motto|catchphrase|phrase|words)"
_PLACE_AFTER = re.compile(
    r"\s*,?\s*(?:at|as)\s+(?:the\s+)?(?:very\s+)?(?:end|start|beginning|top|bottom|close|first|last|opening|closing|final)\b",
    _I,
)


@rule("work", "weave", "slip", "sneak", "fit", "squeeze", "drop", "throw", "line", "quote", "slogan", "tagline",
      "in there", "in it", "somewhere")
def _keywords_line_worked_in(ctx: Ctx) -> Iterator[Hit]:
    """A line or phrase to be worked into the text: "WORK IN THE LINE 'SEASON FOUR STARTS NOW'", "drop in the
    tagline "Sleep like you mean it"", "She wants the phrase 'open to everyone' in there", "I'd like
    "fresh from the farm" in it somewhere". One placed at the start or end ("... the line "X" at the end")
    is the start/end rules'."""
    pats = (
        rf"\b(?:work|weave|slip|sneak|fit|squeeze|drop|throw)\s+in\s+(?:the\s+|this\s+|a\s+)?(?:(?:exact|following)\s+)?"
        rf"(?P<noun>{_LINE_NOUN})\s*:?\s*(?P<list>{QUOTED})",
        rf"\b(?:include|use|quote|add|insert|feature)\s+(?:the\s+|this\s+)?(?:(?:exact|following)\s+)?"
        rf"(?P<noun>line|sentence|quote|tagline|slogan|motto|catchphrase)\s*:?\s*(?P<list>{QUOTED})",
        rf"(?:\b(?:she|he|they|i|we|(?:the|my|our)\s+[\w-]+)(?:[’']d|\s+would|\s+really|\s+also)?\s+)?"
        rf"\b(?:wants?|needs?|like|love|get|put|have|see)\s+(?:the\s+(?:(?:exact|following)\s+)?(?P<noun>{_LINE_NOUN}|{_KW_NOUN})\s+)?"
        rf"(?P<list>{QUOTED})\s+(?:in\s+(?:there|it|here)(?:\s+somewhere)?|somewhere\s+in\s+(?:it|there|{_WHOLE_TEXT})|"
        r"in\s+(?:the|your)\s+(?:text|copy|piece|script|draft|speech|remarks|post|answer|response))\b",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if _PLACE_AFTER.match(ctx.content, m.end()) or _negated(ctx, m.start()) or _in_subpart(ctx, m):
                continue
            after = ctx.content[m.end() : ctx.unit.end]
            if re.match(rf"\s+(?:{_FREQ})", after, _I):
                continue  # a count is keywords:frequency's
            item = _unquote(m.group("list"))
            if not item or len(item) > 80 or not re.search(r"\w", item):
                continue
            noun = (m.group("noun") or "").lower()
            if len(item.split()) == 1 and noun not in ("phrase", "line", "sentence", "quote"):
                yield Hit("keywords:existence", {"keywords": [item]}, m.start(), m.end(), prio=55, attached=i == 2)
            else:
                yield Hit("keywords:required_phrase", {"phrase": item}, m.start(), m.end(), prio=55, attached=i == 2)


@rule("one of", "one or more of", "at least one")
def _keywords_one_of_these(ctx: Ctx) -> Iterator[Hit]:
    """At least one word of a quoted list: "Work in at least one of these: 'handmade', 'small-batch'",
    "use one or more of the following words: "cozy", "warm"", "At least one name should use "bog" or
    "mire"" (whichever part holds it, the response does)."""
    verb = r"(?:include|use|mention|incorporate|feature|work\s+in|weave\s+in|drop\s+in|slip\s+in|add|contain|have)"
    pats = (
        rf"\b{verb}\s+(?:at\s+least\s+one|one\s+or\s+more|any\s+one|one)\s+of\s+(?:these|those|the\s+following|"
        rf"the\s+(?:{_KW_NOUN})|them)(?:\s+(?:{_KW_NOUN}))?\s*:?\s*(?P<list>{QLIST})",
        rf"\b(?:at\s+least\s+one|one\s+or\s+more)\s+(?:of\s+(?:the|your|my)\s+)?[\w-]+\s+(?:should|must|has\s+to|needs\s+to|"
        rf"will|shall)\s+{verb}\s+(?:the\s+(?:{_KW_NOUN})\s+)?(?P<list>{QLIST})",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if _negated(ctx, m.start()):
                continue
            items = _quoted_items(m.group("list"))
            if not items or any(len(i) > 60 for i in items):
                continue
            if len(items) >= 2:
                yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=57)
    # unquoted after a colon, to the sentence's end: "include one or more of these: ubiquitous, ephemeral, laconic"
    word = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?"
    pat = (
        rf"\b{verb}\s+(?:at\s+least\s+one|one\s+or\s+more|any\s+one|one)\s+of\s+(?:these|those|the\s+following)"
        rf"(?:\s+(?:{_KW_NOUN}))?\s*:\s*(?P<list>{word}(?:\s*,\s*(?:or\s+|and\s+)?{word})*,?\s+(?:or|and)\s+{word}|"
        rf"{word}(?:\s*,\s*{word})+)(?=\s*(?:[.;!]|$))"
    )
    for m in _scan(pat, ctx, _I):
        items = [w for w in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", m.group("list")) if w]
        if any(re.match(r"(?:the|a|an|your|my|our|this|that|some)\b", i, _I) for i in items):
            continue  # "one of these: the summary or the list" offers things to write, not words
        if 2 <= len(items) <= 8 and not _negated(ctx, m.start()):
            yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=57)


# A code or literal token after the noun that names it: "Mention the promo code SLEEPY20", "include
# coupon code FALL-25", "give the ticket number INC-4471". The token has a digit or is in capitals.
_CODE_NOUN = (
    r"(?:(?:promo(?:tional)?|discount|coupon|voucher|referral|access|booking|confirmation|tracking|offer|sale|"
    r"wifi|wi-fi|door|gate)\s+)?(?:code|password|passcode|pin|sku|ticket(?:\s+number)?|order\s+number|reference)"
)


@rule("code", "password", "passcode", "pin", "sku", "ticket", "order number", "reference")
def _keywords_named_code(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?i:mention|include|use|add|give|quote|feature|display|show|print|put\s+in|drop\s+in|list)\s+"
        rf"(?:(?i:the|our|my|their|a|this|that)\s+)?(?i:{_CODE_NOUN})\s*:?\s+{_LITERAL_TOKEN}"
        r"(?=\s*(?:[.,;!)]|$)|\s+(?i:and|somewhere|in\s+(?:it|there|the)|too|as\s+well)\b)"
    )
    for m in _scan(pat, ctx, 0):
        w = m.group("w")
        if _negated(ctx, m.start()) or w in ("I", "AI", "OK") or len(w) < 3:
            continue
        after = ctx.content[m.end() : ctx.unit.end]
        if re.match(rf"\s+(?:{_FREQ})", after, _I):
            continue
        yield Hit("keywords:existence", {"keywords": [w]}, m.start(), m.end(), prio=31)
    # the code as the subject: "make sure the promo code SPRING24 appears", "ensure discount code FALL25 is in there"
    pat = (
        rf"\b(?i:make\s+sure|ensure|be\s+sure)\s+(?i:that\s+)?(?:(?i:the|our|my)\s+)?(?i:{_CODE_NOUN})\s*:?\s+{_LITERAL_TOKEN}"
        r"\s+(?i:appears|shows\s+up|is\s+(?:in\s+there|included|mentioned|in\s+it)|gets\s+(?:in|mentioned))\b"
    )
    for m in _scan(pat, ctx, 0):
        if not _negated(ctx, m.start()) and len(m.group("w")) >= 3:
            yield Hit("keywords:existence", {"keywords": [m.group("w")]}, m.start(), m.end(), prio=31)


_HONORIFIC = (
    r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Capt|Gen|Col|Lt|Sgt|Chef|Judge|Coach|Rev|Sir|Dame|Father|Sister|Rabbi|Imam)"
)


@rule("verbatim", "word for word", " as ")
def _unquoted_line_verbatim(ctx: Ctx) -> Iterator[Hit]:
    """An unquoted line or name bounded by what marks it literal: "keep her line I never wanted to be
    mayor verbatim", "quote the line We build together word for word"; "mention our guest as Dr. Okafor",
    "refer to him as Chef Rossi" (an honorific and a capitalised name)."""
    pat = (
        r"\b(?i:keep|include|use|quote|work\s+in|put\s+in|keep\s+in|add)\s+(?i:her|his|their|the|my|our|this|that)\s+"
        r"(?i:line|quote|words|phrase|sentence|slogan|motto|tagline)\s+(?P<p>[A-Z][^,;:.!?\"“”\n]{3,80}?)\s+"
        r"(?i:verbatim|word\s+for\s+word|exactly\s+as\s+(?:written|said|is|given))\b"
        r"(?:\s+(?i:somewhere\s+in\s+(?:it|there|the\s+\w+)))?"
    )
    for m in _scan(pat, ctx, 0):
        if not _negated(ctx, m.start()) and len(m.group("p").split()) >= 2:
            yield Hit("keywords:required_phrase", {"phrase": m.group("p").strip()}, m.start(), m.end(), prio=55)
    pat = (
        r"\b(?i:mention|refer\s+to|call|name|introduce|credit|address)\s+(?i:(?:our|the|my|your|their)\s+[\w-]+|him|her|them)"
        rf"\s+(?i:as)\s+(?P<p>{_HONORIFIC}\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[.,;!)]|$)|\s+(?i:and|throughout|every|each)\b)"
    )
    for m in _scan(pat, ctx, 0):
        if not _negated(ctx, m.start()):
            yield Hit("keywords:required_phrase", {"phrase": m.group("p")}, m.start(), m.end(), prio=55)


# --- fmt8: an unquoted sentence after a colon, a quoted label of a part -----------------------------------


@rule("sentence", "line", "disclaimer", "wording", "statement")
def _exact_sentence_after_colon(ctx: Ctx) -> Iterator[Hit]:
    """'Always include this exact sentence: If this is an emergency, call 911.', 'add the following line:
    Results may vary.': the sentence after the colon runs to the end of the unit (it must open with a
    capital and have 3+ words, so 'include this sentence: short' or a list of kinds stays out)."""
    pat = (
        r"\b(?i:include|add|use|put\s+in|insert)\s+(?i:this|the\s+following|the\s+exact|this\s+exact"
        r"|the\s+following\s+exact)\s+(?i:exact\s+)?(?i:sentence|line|disclaimer|wording|statement)\s*:\s*"
        r"(?P<p>[A-Z][^\n\"“”]{5,160}?)\s*$"
    )
    for m in _scan(pat, ctx, 0):
        p = m.group("p").strip()
        if len(p.split()) < 3 or _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        yield Hit("keywords:required_phrase", {"phrase": p}, m.start(), m.end(), prio=55)


@rule("paragraph", "line", "note", "block")
def _quoted_label_of_a_part(ctx: Ctx) -> Iterator[Hit]:
    """'Every review must include a "Security note:" paragraph', 'add a "Bottom line" note': the label opens a
    paragraph of the response, so it is a required phrase (one word: a keyword). A named heading or section
    ('Include a "Testing" heading') is a structure the annotators leave untyped."""
    pat = (
        rf"\b(?:include|add|have|contain|feature|end\s+with|finish\s+with)\s+(?:a|an|one)\s+(?P<q>{QUOTED})\s+"
        r"(?:paragraph|line|note|block)\b"
    )
    for m in _scan(pat, ctx, _I):
        item = _unquote(m.group("q"))
        if not item or len(item) > 40 or _negated(ctx, m.start()) or not re.search(r"\w", item):
            continue
        if re.search(r"\b(?:end|finish)\s+with", m.group(0), _I):
            continue  # a closing part is startend's
        if len(item.split()) >= 2 or item.endswith(":"):
            yield Hit("keywords:required_phrase", {"phrase": item}, m.start(), m.end(), prio=54)
        else:
            yield Hit("keywords:existence", {"keywords": [item]}, m.start(), m.end(), prio=54)


# --- s5 (gramA): a quoted line required by its noun, what the text must say, a line named back -------------

# Nouns that name a quoted line to be included: "this disclaimer", "the string", "our tagline".
_QLINE_NOUN = (
    r"(?:line|sentence|quote|tagline|slogan|motto|catchphrase|phrase|string|text|wording|disclaimer|statement|"
    r"expression|words?|term)"
)
# How a line is marked literal between its noun and the quote: "word for word", "verbatim", "exactly".
_LITERAL_ADV = r"(?:word[\s-]for[\s-]word|verbatim|exactly|as\s+is|unchanged)"
# the text written, as the subject of "say"/"contain" (never a person: "the manager must say yes")
_TEXT_SUBJ = (
    rf"(?:it|this|that|(?:the|your|each|every)\s+(?:[\w-]+\s+)?(?:{_RESP}|reply|text|copy|post|email|letter|flyer|card|ad|"
    r"message|note|caption|draft|speech|toast|poster|sign|notice|label|banner|script|announcement|blurb|bio|page|"
    r"description|invitation|invite|newsletter|tweet|story|poem|song|summary))"
)
_REQ_FRAME = (
    rf"(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?{_TEXT_SUBJ}|"
    rf"{_TEXT_SUBJ}\s+(?:should|must|has\s+to|needs\s+to|need\s+to|is\s+to|ha[sv]e?\s+got\s+to)|"
    r"(?:^|(?<=[.;:!\n]\s)|(?<=\n))\s*(?:should|must|has\s+to|needs\s+to|need\s+to|gotta|got\s+to)"
)


def _line_hit(ctx: Ctx, item: str, noun: str, start: int, end: int, prio: int = 55) -> Hit | None:
    """The hit of one quoted item a requirement includes: several words (or a line noun) make it a
    phrase, one word a keyword."""
    if not item or len(item) > 120 or not re.search(r"\w", item):
        return None
    if len(item.split()) >= 2 or noun.lower().rstrip("s") in ("line", "sentence", "phrase", "disclaimer", "statement"):
        return Hit("keywords:required_phrase", {"phrase": item}, start, end, prio=prio)
    return Hit("keywords:existence", {"keywords": [item]}, start, end, prio=prio)


@rule("say", "contain", "disclaimer", "string", "wording", "word for word", "verbatim", "exact", "line")
def _keywords_said(ctx: Ctx) -> Iterator[Hit]:
    """A quoted line the text must carry, by the family of saying and containing: "needs to say 'All
    proceeds to the roof fund' somewhere", "Make sure it says "thank you"", "it must contain 'Lot 42'",
    "Always include this disclaimer word for word: "...""; the noun as the subject ("the string 'X'
    must appear"); and a quoted line named back ("... says "thank you for being here" and wants that
    exact line in there"). Placed ones ("at the end", "in the title") and counts are other rules'."""
    pats = (
        # what the text must say or contain
        rf"\b(?:{_REQ_FRAME})\s+(?:always\s+|also\s+|still\s+)?(?:says?|contains?|includes?|reads?)\s+"
        rf"(?:the\s+(?P<noun>{_QLINE_NOUN})\s+)?(?P<q>{QUOTED})",
        # include/use/quote + determiner + noun + literal adverb/colon + quote
        rf"\b(?:include|use|quote|add|insert|feature|put\s+in|work\s+in|copy\s+in|paste\s+in|keep)\s+"
        rf"(?:(?:the|this|that|our|my|their|a|an)\s+)?(?:(?:exact|following|same|standard|legal|full)\s+)?"
        rf"(?P<noun>{_QLINE_NOUN})\s*(?:,?\s*{_LITERAL_ADV}\s*)?[:,-]?\s*(?P<q>{QUOTED})",
        # the noun as the subject: "the string 'X' must appear", "the disclaimer "X" has to be in there"
        rf"\b(?:the|this|that|our|my)\s+(?:exact\s+)?(?P<noun>string|wording|disclaimer|statement|tagline|slogan|motto|"
        rf"catchphrase|text|sentence)\s+(?P<q>{QUOTED})\s+{_MODAL}\s+(?:always\s+|also\s+)?{_APPEAR}",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if _PLACE_AFTER.match(ctx.content, m.end()) or _in_subpart(ctx, m):
                continue
            if i == 2:
                modal = (m.group("modal") or "").lower()
                if modal in ("can", "may") or re.search(r"n[’']?t$|not$|cannot", modal):
                    continue
            elif _negated(ctx, m.start()):
                continue
            if not _WHOLE_AFTER.match(ctx.content, m.end(), ctx.unit.end):
                continue  # "says "I don't know" when unsure": a condition, not the whole text's
            after = ctx.content[m.end() : ctx.unit.end]
            if re.match(rf"\s+(?:{_FREQ})", after, _I) or re.match(r"\s*,?\s*(?:or|and)\s+[\"“‘']", after):
                continue  # a count, or a list of several, is another rule's
            before = ctx.content[ctx.unit.start : m.start()]
            if re.search(r"\b(?:if|when|whether|unless)\b[^.;:]*$", before, _I) and i == 0:
                continue  # "if it says 'sold out', ...": a condition, not a requirement
            hit = _line_hit(ctx, _unquote(m.group("q")), m.group("noun") or "", m.start(), m.end())
            if hit:
                yield hit
    # a quoted line named back after it: 'She always says "thank you for being here" and wants that exact line
    # in there', '"Fresh daily" is their slogan, so work that phrase in'
    back = (
        r"\b(?:wants?|needs?|include|use|keep|put|get|work|have|quote)\s+(?P<det>that|this|the\s+same|those|these)\s+"
        r"(?:exact\s+|same\s+)?(?P<noun>line|phrase|sentence|wording|words|quote|slogan|tagline|motto)\s+"
        r"(?:in\s+(?:there|it|too)(?:\s+somewhere)?|in\b|into\s+(?:it|the\s+\w+)|word[\s-]for[\s-]word|verbatim|exactly)"
        r"(?=\s*[.!;,)]|\s*$|\s+(?:too|as\s+well|somewhere|please)\b)"
    )
    for m in _scan(back, ctx, _I):
        if _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        qs = list(re.finditer(QUOTED, ctx.content[ctx.unit.start : m.start()]))
        if len(qs) != 1:
            continue  # none, or several quoted: which one it names is not clear
        q = qs[0]
        hit = _line_hit(ctx, _unquote(q.group(0)), m.group("noun"), ctx.unit.start + q.start(), m.end())
        if hit:
            yield hit


_BARE_W = r"[A-Za-z][\w'-]*"
# nouns of form, not words to include: "mention either bullets or numbers" asks for no keyword
_FORM_NOUNS = frozenset(
    """commas dashes bullets bullet tables table lists list headings headers emojis emoji hashtags links urls
    numbers examples sources quotes citations images pictures photos charts graphs footnotes sections steps
    points paragraphs sentences words lines questions""".split()
)


def _bare_items(text: str) -> list[str] | None:
    """The words of an unquoted list ("shuttle and picnic", "hedgehogs or bees"), or None when an item is a
    determiner phrase, a pronoun or a noun of form."""
    items = [w for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text.strip()) if w]
    if not 2 <= len(items) <= 6:
        return None
    for w in items:
        lw = w.lower()
        if lw in _NOT_A_KEYWORD or lw in _FORM_NOUNS or lw in _NOT_BARE or lw in ("a", "an", "you", "me", "i"):
            return None
    return items


@rule("word", "term", "either")
def _keywords_unquoted_pairs(ctx: Ctx) -> Iterator[Hit]:
    """Unquoted words named as words: "Make sure the words shuttle and picnic both show up", "the terms
    escrow and lien must appear"; one of two: "Mention either hedgehogs or bees", "work in either
    lagoon or reef". Items are single words (no determiner, no noun of form)."""
    lst = rf"(?P<list>{_BARE_W}(?:\s*,\s*{_BARE_W})*,?\s+(?P<j>and|or)\s+{_BARE_W})"
    pats = (
        rf"\b(?:(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?)?(?:the\s+)?(?:key\s?)?(?:words|terms)\s+{lst}\s+"
        rf"(?:{_MODAL}\s+)?(?P<neg>not\s+|never\s+|n[’']?t\s+)?(?:both\s+|all\s+|each\s+|also\s+|always\s+)?{_APPEAR}",
        rf"\b(?:mention|work\s+in|weave\s+in|drop\s+in|slip\s+in|name[\s-]?check|(?:include|use)(?=\s+either\s+the\s+words))"
        rf"\s+either\s+(?:the\s+(?:key\s?)?(?:words?|terms?)\s+)?(?P<list2>{_BARE_W}\s+(?P<j2>or)\s+{_BARE_W})",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if _in_subpart(ctx, m) or _PLACE_AFTER.match(ctx.content, m.end()):
                continue
            if i == 0:
                modal = (m.group("modal") or "").lower()
                frame = re.search(r"\b(?:make\s+sure|ensure|be\s+sure)\b", m.group(0), _I)
                negative = bool(m.group("neg")) or bool(re.search(r"n[’']?t$|cannot|\snot$", modal))
                if modal in ("can", "may") or not (modal or frame or negative):
                    continue
                if not _WHOLE_AFTER.match(ctx.content, m.end(), ctx.unit.end):
                    continue
                items = _bare_items(m.group("list"))
                if not items:
                    continue
                if negative:
                    yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=54)
                elif m.group("j").lower() == "or":
                    yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=54)
                else:
                    yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=54)
            else:
                if _negated(ctx, m.start()):
                    continue
                after = ctx.content[m.end() : ctx.unit.end]
                if not re.match(r"\s*(?:$|[.,;:!(]|\b(?:somewhere|in\s+(?:it|there)|too|please)\b)", after, _I):
                    continue  # "mention either cats or dogs that ...": the words run on into a clause
                items = _bare_items(m.group("list2"))
                if items:
                    yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=54)


@rule("that word", "this word", "the word", "that phrase", "this phrase")
def _keyword_named_back_count(ctx: Ctx) -> Iterator[Hit]:
    """A count on a quoted word named back: 'I always overuse "lovely" so use that word once at the very
    most', '"Synergy" is banned at work; say that word no more than once'."""
    pat = (
        rf"\b(?:use|say|mention|include|repeat|write)\s+(?:that|this|the\s+same)\s+(?P<noun>word|phrase|term)\s+"
        rf"(?:{_IN_RESP})?{_FREQ}"
    )
    for m in _scan(pat, ctx, _I):
        if _in_subpart(ctx, m):
            continue
        # the sentence may run over several units ("... "lovely", so use that word ..."): look back to its start
        sent = max(ctx.content.rfind(c, 0, m.start()) for c in (". ", "! ", "? ", "\n")) + 1
        qs = list(re.finditer(QUOTED, ctx.content[sent : m.start()]))
        if len(qs) != 1:
            continue
        kw = _unquote(qs[0].group(0))
        rel = _freq(ctx, m)
        if not kw or not rel or len(kw.split()) > 4:
            continue
        yield _keyword_count_hit(kw, rel, m.start(), m.end())
