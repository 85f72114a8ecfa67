"""Keyword rules: inclusion, exclusion, frequency, letters, required/forbidden phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _ORD,
    _RESP,
    _TIMES,
    NUM,
    QLIST,
    QUOTED,
    REL,
    Ctx,
    Hit,
    _list_joiner,
    _negated,
    _quoted_items,
    _relation,
    _scan,
    _times_value,
    _unquote,
    rule,
)

_KW_NOUN = r"(?:key\s?words?|key\s+terms?|terms?|words?|phrases?|names?|expressions?|clich[ée]s|buzzwords?)"


@rule("time", "once", "twice", "thrice")
def _keyword_frequency(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        # the word "pasta" should appear at least 3 times / the word 'cheap' fewer than 2 times
        rf"\b(?:the\s+)?(?:key)?(?:word|term|name)\s+(?P<q>{QUOTED}|(?P<bare>[A-Za-z][\w-]*))\s+(?:(?:should|must|has\s+to|"
        rf"needs\s+to|is\s+to|will)\s+)?(?:(?:appears?|occurs?|be\s+used|is\s+used|be\s+mentioned|be\s+included|shows?\s+up|be\s+repeated)"
        rf"\s+)?(?:(?:in\s+(?:your|the)\s+{_RESP}\s+)?)?(?P<rel>{REL}\s+)?{_TIMES}",
        # use the word "stars" at least twice / include the word "brave" at least 4 times
        rf"\b(?:use|include|mention|say|repeat|write|call\s+(?:the\s+user|them|the\s+reader))\s+(?:the\s+(?:key)?"
        rf"(?:word|term|name)\s+)?(?P<q>{QUOTED})\s+(?:(?:in\s+(?:your|the|each|every)\s+{_RESP}\s+)?)?(?P<rel>{REL}\s+)?"
        rf"{_TIMES}",
        # a bare word after a verb of saying, with its relation: "mention fishing atleast twice"
        rf"\b(?:mention|say)\s+(?P<q>(?P<bare>[A-Za-z][\w-]*))\s+(?P<rel>{REL}\s+){_TIMES}",
        # "espresso" should appear fewer than 3 times
        rf"(?P<q>{QUOTED})\s+(?:should|must)\s+(?:appear|occur|be\s+used)\s+(?P<rel>{REL}\s+)?{_TIMES}",
        # the word 'love' can only appear once at most / "fresh" may be used 2 times max
        rf"\b(?:the\s+)?(?:key)?(?:word|term|name)\s+(?P<q>{QUOTED})\s+(?:can|may|should|must)\s+(?:only\s+)?"
        rf"(?:appear|occur|be\s+used|be\s+mentioned|show\s+up)\s+{_TIMES}\s+(?P<rel>at\s+most|max(?:imum)?|tops|at\s+least)\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            q = m.group("q")
            kw = _unquote(q) if re.fullmatch(QUOTED, q) else q
            if m.groupdict().get("bare") and (len(kw) < 2 or kw.lower() in ("that", "it", "this", "the", "a", "an")):
                continue
            n = _times_value(m)
            if n is None or not kw:
                continue
            rel_text = (m.group("rel") or "").strip()
            if not rel_text:
                continue  # "appear 3 times" (exactly) has no IFEval relation
            rel_text = {"tops": "at most"}.get(rel_text.lower(), rel_text)
            rel = _relation(rel_text, n, _negated(ctx, m.start()))
            if not rel:
                continue
            if rel == ("at least", 1):  # "at least once" is plain inclusion
                yield Hit("keywords:existence", {"keywords": [kw]}, m.start(), m.end(), prio=70)
            else:
                yield Hit("keywords:frequency", {"keyword": kw, "frequency": rel[1], "relation": rel[0]},
                          m.start(), m.end(), prio=70)  # fmt: skip


@rule("letter")
def _letter_frequency(ctx: Ctx) -> Iterator[Hit]:
    # "in which the letter x appears ..." qualifying the task: the relative opener is the clause's own
    pat = (
        rf"(?:\b(?:in\s+which|where)\s+)?\bthe\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)[^.;!?]{{0,60}}?\b"
        rf"(?P<rel>{REL})\s+{_TIMES}"
    )
    for m in _scan(pat, ctx, _I):
        head = re.search(rf"the\s+letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I)
        letter = head.group(1)
        letter = _unquote(letter) if len(letter) > 1 else letter
        if len(letter) != 1 or not letter.isalpha():
            continue
        n = _times_value(m)
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            kw = {"letter": letter.lower(), "let_frequency": rel[1], "let_relation": rel[0]}
            yield Hit("keywords:letter_frequency", kw, m.start(), m.end(), prio=70)


# After a keyword list: a count ("once", "3 times") or a position ("as the 4th word") makes it
# another constraint; the rules leave it alone rather than read it as plain inclusion.
_NOT_COUNTED = (
    rf"(?!\s*(?:once|twice|thrice|(?:{NUM})\s+times|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|"
    rf"exactly|as\s+the|,\s*[\"'“‘]))"
)
_SUBPART_SCOPE = re.compile(
    rf"\b(?:{_ORD}|last|each|every|any)\s+(?:\w+\s+)?(?:sentences?|paragraphs?|lines?|words?|bullets?|sections?|items?)\b",
    _I,
)


def _in_subpart(ctx: Ctx, m: re.Match) -> bool:
    """Whether a keyword constraint is scoped to a part of the response ("the 2nd sentence of
    your response must include", "... in the 2nd sentence"): not the types the rules know."""
    before = ctx.content[ctx.unit.start : m.start()]
    after = ctx.content[m.end() : ctx.unit.end]
    return bool(
        _SUBPART_SCOPE.search(before)
        or re.match(rf"\s+(?:in|of)\s+(?:the|each|every|your)\s+{_SUBPART_SCOPE.pattern}", after, _I)
    )


_ITEM = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}"
# An unquoted list of words: stated as a list (after a colon, "following" or "key words"), ended by the sentence.
_UNQUOTED_LIST = (
    r"\b(?:(?P<neg>do\s+not|don[’']?t|never|must\s+not|should\s+not|avoid|without)\s+(?:(?:include|use|using|mention|"
    r"say|write|contain|including|mentioning|writing)\s+)?|(?:include|use|mention|incorporate)\s+)"
    r"(?P<lead>(?:(?:all\s+(?:of\s+)?|any\s+(?:of\s+)?|at\s*least\s+one\s+of\s+)?(?:the|these)\s+)?(?:following\s+)?)"
    r"(?P<noun>key\s?words?|words|terms)(?P<colon>\s*:)?\s+"
    rf"(?P<list>{_ITEM}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}|\s+(?:and|or)\s+{_ITEM})*)"
    r"(?=\s*(?:[.;!)]|$|,?\s+(?:in|anywhere|at\s+all|throughout)\b))"
)


# A labelled list: "Words to avoid: cheap, easy.", "Required keywords: sourdough, early, team."
_LABEL_LIST = (
    r"(?:^|(?<=[.;\n]\s)|(?<=\n))\s*(?:(?P<neg>(?:(?:key)?words?|terms?|phrases?)\s+to\s+avoid|(?:forbidden|banned|prohibited|"
    r"excluded)\s+(?:key)?(?:words?|terms?))|(?:(?:required|mandatory|must-have|must-use)\s+(?:key)?(?:words?|terms?)|"
    r"(?:key)?(?:words?|terms?)\s+to\s+(?:include|use|mention)))\s*:\s*"
    rf"(?P<list>{_ITEM}(?:\s*,\s*(?:and\s+|or\s+)?{_ITEM}|\s+(?:and|or)\s+{_ITEM})*)(?=\s*(?:[.;!)]|$))"
)


def _shouted(ctx: Ctx) -> bool:
    """Whether the sentence is written in capitals throughout ("NEVER USE THE WORDS "BEST" OR
    "ULTIMATE"."): the capitals of its quoted words are the sentence's, not the words' (the
    word checks ignore case anyway)."""
    letters = re.sub(QUOTED, "", ctx.text)
    return bool(re.search(r"[A-Z]{3}", letters)) and not re.search(r"[a-z]", letters)


def _list_head_ok(m: re.Match) -> bool:
    """A bare word list counts only when it is stated as one: after a colon, "following", "these"
    or "key words" ("use the words wisely" is no list), or as two or more words after "avoid the
    words" ("Avoid the words pumpkin and spice.")."""
    return bool(
        m.group("colon")
        or re.search(r"following|these|at\s*least\s+one\s+of", m.group("lead"), _I)
        or m.group("noun").lower().startswith("key")
        or (m.group("neg") and re.search(r"\s(?:and|or)\s|,", m.group("list")))
    )


def _split_items(text: str) -> list[str]:
    items = [w.strip() for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text) if w.strip()]
    # multi-word items only in a comma list; any item that reads as prose makes it no list
    if any(w.lower() in ("the", "a", "an", "it", "them", "that", "this") for w in items):
        return []
    if any(len(w.split()) > 1 for w in items) and "," not in text:
        return []
    return items


@rule('"', "'", "“", "‘", "keyword", "mention", "include", "say", "word", "term")
def _keywords_positive(ctx: Ctx) -> Iterator[Hit]:
    verb = r"(?:include|use|using|mention|incorporate|feature|contain|containing|including|work\s+in|add|have)"
    pat = (
        rf"\b{verb}\s+(?P<lead>(?:at\s+least\s+one\s+of\s+(?:the\s+|these\s+)?|(?:the|these|all\s+(?:of\s+)?the|both\s+(?:of\s+)?the|"
        rf"each\s+of\s+the)\s+)?(?:following\s+)?(?:exact\s+|specific\s+)?(?P<noun>{_KW_NOUN})?\s*:?\s*)(?P<list>{QLIST})"
        rf"{_NOT_COUNTED}"
    )
    for m in _scan(pat, ctx, _I):
        if _negated(ctx, m.start()) or _in_subpart(ctx, m):
            continue
        if not m.group("noun") and not re.match(r"(?:include|mention|incorporate)\b", m.group(0), _I):
            continue  # 'use "SEPARATOR" to mark them' is no keyword constraint
        items = _quoted_items(m.group("list"))
        noun = (m.group("noun") or "").lower()
        lead = m.group("lead").lower()
        if not items or any(len(i) > 60 for i in items):
            continue
        if noun.startswith("phrase") and len(items) == 1:
            yield Hit("keywords:required_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        elif _list_joiner(m.group("list")) == "or" or "at least one of" in lead:
            yield Hit("keywords:include_any", {"forbidden_words": items}, m.start(), m.end(), prio=55)
        elif noun or re.match(r"(?:include|use|using|mention|incorporate|feature)\b", m.group(0), _I):
            yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=55)
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
        items = _split_items(m.group("list"))
        if items:
            tid = "keywords:include_any" if re.search(r"\bor\b", m.group("list"), _I) else "keywords:existence"
            kw = {"forbidden_words": items} if tid == "keywords:include_any" else {"keywords": items}
            yield Hit(tid, kw, m.start(), m.end(), prio=53)
    for m in _scan(_LABEL_LIST, ctx, _I):
        items = _split_items(m.group("list"))
        if items and not m.group("neg"):
            yield Hit("keywords:existence", {"keywords": items}, m.start() + len(m.group(0)) - len(m.group(0).lstrip()),
                      m.end(), prio=53)  # fmt: skip
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
    for m in _scan(r"\b(?:mention|include|say)\s+(?P<w>[A-Z][a-z][\w-]*)(?=\s*[.!;]|\s*$)", ctx, 0):
        if not _negated(ctx, m.start()):
            yield Hit("keywords:existence", {"keywords": [m.group("w")]}, m.start(), m.end(), prio=30)
    # unquoted proper noun: "Do not mention Simba by name."
    pat = r"\b(?i:do\s+not|don[’']?t|never)\s+mention\s+(?P<w>[A-Z][a-z][\w-]*)(?:\s+by\s+name)?(?=\s*[.!;]|\s*$)"
    for m in _scan(pat, ctx, 0):
        yield Hit("keywords:forbidden_words", {"forbidden_words": [m.group("w")]}, m.start(), m.end(), prio=30)
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


@rule('"', "'", "“", "‘", "word", "term")
def _keywords_negative(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?P<neg>do\s+not|don[’']?t|never|avoid|without|refrain\s+from|must\s+not|should\s+not|shouldn[’']?t|cannot|"
        rf"can[’']?t|may\s+not)\s+(?P<gap>(?:[\w'-]+\s+){{0,3}}?)(?:(?:the|any)\s+(?:of\s+)?(?:the\s+)?|these\s+)?"
        rf"(?:following\s+)?(?:(?:[\w-]+\s+){{0,2}}(?P<noun>{_KW_NOUN})(?:\s+(?:like|such\s+as))?)?\s*:?\s*(?P<list>{QLIST})"
        rf"{_NOT_COUNTED}"
    )
    for m in _scan(pat, ctx, _I):
        if _in_subpart(ctx, m):
            continue
        gap = m.group("gap").lower()
        if re.search(
            r"\b(?:start|begin|end|finish|open|close|conclude|sign|wrap|repeat|respond|answer|reply)\w*\b", gap
        ):
            continue  # start/end phrases are theirs
        items = _quoted_items(m.group("list"))
        if not items or any(len(i) > 60 for i in items):
            continue
        noun = (m.group("noun") or "").lower()
        phrase = noun.startswith("phrase") or (not noun and len(items[0].split()) >= 3)
        if phrase and len(items) == 1:
            yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
        else:
            items = [i.lower() for i in items] if _shouted(ctx) else items
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=55)
    # unquoted: "Do not include the following keywords: cheap, comfortable, amazing.", "Avoid the words: blue, wave"
    for m in _scan(_UNQUOTED_LIST, ctx, _I):
        if not m.group("neg") or not _list_head_ok(m):
            continue
        items = _split_items(m.group("list"))
        if items:
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=53)
    for m in _scan(_LABEL_LIST, ctx, _I):
        items = _split_items(m.group("list"))
        if items and m.group("neg"):
            yield Hit("keywords:forbidden_words", {"forbidden_words": items},
                      m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), prio=53)  # fmt: skip
    pat = rf"\bdo\s+not\s+include\s+all\s+of\s+the\s+{_KW_NOUN}\s+(?P<list>{QLIST})(?:\s*:\s*leave\s+out\s+at\s+least\s+one(?:\s+of\s+them)?)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        if items:
            yield Hit("keywords:omit_some", {"keywords": items}, m.start(), m.end(), prio=60)


@rule("palabra", "palavra", "mot ", "wort", "parola")
def _foreign_include_word(ctx: Ctx) -> Iterator[Hit]:
    """A word to include, asked in es/pt/fr/de/it: 'incluye la palabra "oferta"', 'inclua a palavra
    "desconto"', 'utilise le mot "soleil"', 'verwende das Wort "Meer"'. A negated request ("no
    incluyas", "não use") is left alone: its forbidden form is not read here."""
    pat = (
        r"\b(?:incluy[ae]s?|inclua|incluir|usa|use|utiliza|utilize|utilise[zr]?|inclu(?:s|ez|re)|mentionne[zr]?|"
        r"verwende|benutze|nutze|includi|menciona)\s+(?:la|a|le|das|il)\s+(?:palabra|palavra|mot|wort|parola)\s+"
        rf"(?P<q>{QUOTED})"
    )
    for m in _scan(pat, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        neg = r"(?:\b(?:no|não|nao|ne|pas|nicht|kein\w*|non|sin|sem|sans|nunca|jamais|nie)|n['’])\s*$"
        if re.search(neg, before, _I):
            continue
        kw = _unquote(m.group("q"))
        if kw and " " not in kw.strip():
            yield Hit("keywords:existence", {"keywords": [kw]}, m.start(), m.end(), prio=55)
