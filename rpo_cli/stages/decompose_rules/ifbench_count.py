"""Counting rules for the IFBench-derived types (constraints/ifbench_count.py): word-count ranges,
distinct words, stop-word shares, sentence kinds, conjunctions, names, numbers, pronouns, every
n-th word, the n-th sentence's keyword, growing sentences, keyword multiples, trigram overlap.

Each rule reads the phrasing family of its type's own describe() text (so a rewritten prompt
decomposes back to what it states) with the shared grammar's numbers and relations. A type with
two registered sides ("at least" / "fewer than") takes its id from the relation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _ORD,
    _REL_TABLE,
    NUM,
    QUOTED,
    REL,
    Ctx,
    Hit,
    _negated,
    _ordinal,
    _relation,
    _scan,
    _unquote,
    parse_number,
    plain_counts,
    rule,
    suffix_counts,
)

#: A high priority: these phrasings are long and specific, and must win over the generic word,
#: sentence and keyword rules that read a piece of them ("between 150 and 165 words").
_PRIO = 85


def _sided(ctx: Ctx, m: re.Match, base: str, fewer: str) -> tuple[str, int] | None:
    """(id, threshold) for a REL NUM phrase of a two-sided type: "at least N" -> base N,
    "fewer than N" -> fewer N ("at most N" is "fewer than N+1")."""
    n = parse_number(m.group("num"))
    rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
    if not rel:
        return None
    return (base if rel[0] == "at least" else fewer), rel[1]


@rule("range", "word count", "number of words", "length in words")
def _word_count_range(ctx: Ctx) -> Iterator[Hit]:
    # "Keep the word count of your response in the range 150 to 165, both included." ("between 150
    # and 165 words" is the length family's two number_words constraints: a word range is a type of
    # its own only when the prompt says "range")
    pat = (
        rf"\b(?:(?:keep|make)\s+)?(?:the\s+|your\s+)?(?:word\s+count|number\s+of\s+words|length)(?:\s+of\s+(?:your|the)\s+\w+)?"
        rf"\s+(?:(?:must|should)\s+(?:be|stay|fall)\s+|is\s+)?(?:with)?in\s+the\s+range\s+(?:of\s+)?(?P<a>{NUM})\s*(?:to|-|–|and)\s*"
        rf"(?P<b>{NUM})(?:\s+words)?(?:\s*\(?,?\s*(?:both\s+(?:ends\s+)?included|inclusive)\)?)?"
    )
    # "the word count must be between 150 and 165 (inclusive)": no "words" after the numbers for the length rules
    between = (
        rf"\b(?:(?:keep|make)\s+)?(?:the\s+|your\s+)?(?:word\s+count|number\s+of\s+words|length\s+in\s+words)"
        rf"(?:\s+of\s+(?:your|the)\s+\w+)?\s+(?:(?:must|should|has\s+to|needs\s+to)\s+)?(?:be|stay|fall|is|lands?)?\s*"
        rf"(?:between|from)\s+(?P<a>{NUM})\s*(?:and|to|-|–)\s*(?P<b>{NUM})(?!\s*(?:%|percent|characters|sentences|lines))"
        rf"(?:\s+words)?(?:\s*\(?,?\s*(?:both\s+(?:ends\s+)?included|inclusive)\)?)?"
    )
    for m in _scan(pat, ctx, _I):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b is not None and a <= b:
            yield Hit("count:word_count_range", {"min_words": a, "max_words": b}, m.start(), m.end(), prio=_PRIO)
    # as the length rules read "between A and B words": the pair of number_words, each half reversible (the
    # range is not; eval_decompose scores the two readings alike)
    for m in _scan(between, ctx, _I):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b is not None and a <= b and not _negated(ctx, m.start()):
            for kw in ({"num_words": a, "relation": "at least"}, {"num_words": b + 1, "relation": "less than"}):
                yield Hit("length_constraints:number_words", kw, m.start(), m.end(), prio=_PRIO, group=m.start())


@rule("different", "distinct", "unique")
def _unique_words(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different|distinct|unique)\s+words\b"
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:unique_word_count", "count:unique_word_count_fewer")
        if got:
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)
    # the relation after the count: "40 unique words or fewer", "100+ different words", "50 distinct words max"
    yield from _suffix_sided(ctx, r"(?:different|distinct|unique)\s+words", "count:unique_word_count",
                             "count:unique_word_count_fewer", "N")


def _suffix_sided(ctx: Ctx, noun: str, base: str, fewer: str, key: str) -> Iterator[Hit]:
    for m, rel, n in suffix_counts(ctx, noun):
        if not _negated(ctx, m.start()):
            yield Hit(base if rel == "at least" else fewer, {key: n}, m.start(), m.end(), prio=_PRIO)


_STOP = r"(?:stop[\s-]?words?|function\s+words)"
_PCT = r"(?P<num>\d{1,3})\s*(?:%|percent|per\s+cent)"
# the share's relation: a share is a real number, so only "no more than P%" (<= P) and "more than P%"
# (> P) are the types' relations; "at least P%" / "under P%" are neither, and are left alone
_PCT_CAP = (
    r"(?:(?P<gt>>|above\s+half\s*\(\s*(?:over|more\s+than)|over\s+half\s*\(\s*(?:over|more\s+than))\s*|(?P<le><=|≤)\s*|(?P<cap>(?:not|never)\s+(?:to\s+)?(?:exceed|go\s+(?:over|above|beyond))|(?:stay\s+|be\s+|keep\s+it\s+)?at\s+or\s+"
    r"(?:below|under)|cap(?:ped)?\s+at)\s+|(?P<rel>" + REL + r")\s+)"
)


# a cap needs no list ("Name at most one person", "mention no more than two people"): a name off the list
# is not counted, and a response that names fewer people than the cap passes either way
_PERSON_CAP = (
    rf"\b(?:name|mention|include|feature)\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:real\s+|actual\s+)?"
    r"(?:person|people|persons|individuals?)\b(?:\s+by\s+name\b)?(?!\s+(?:from|of|on|in)\b)"
)


def _person_caps(ctx: Ctx, seen: set[int]) -> Iterator[Hit]:
    """count:person_names_fewer for a cap on the people named, which needs no list of names; each
    match's start goes into ``seen`` (a start already there is skipped)."""
    for m in _scan(_PERSON_CAP, ctx, _I):
        got = _sided(ctx, m, "count:person_names", "count:person_names_fewer")
        if got and got[0] == "count:person_names_fewer" and m.start() not in seen:
            seen.add(m.start())
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)


@rule("stop word", "stop-word", "stopword", "function word")
def _stop_words(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        # "stop words should make up no more than 40% of the words", "Keep stop words (the, of, and) to no
        # more than 35% of all words", "stop words must not exceed 35%"
        rf"\b(?:(?:keep|limit|cap|hold)\s+(?:the\s+(?:share|proportion|percentage|ratio)\s+of\s+)?)?{_STOP}\b"
        rf"(?:\s*\([^()]*\))?\s+(?:(?:should|must|can|may|need\s+to|has\s+to|have\s+to)\s+)?(?:(?:make\s+up|account\s+for|"
        rf"be|are|form|to|at|represent|comprise)\s+)?{_PCT_CAP}{_PCT}(?:\s+of\s+(?:the|all|your)\s+(?:words|text)"
        rf"(?:\s+in\s+(?:your|the)\s+\w+)?)?(?:\s+or\s+(?P<or>less|fewer|below|lower))?",
        # "no more than 35% stop words", "use at most 30% stop words", "no more than 35% of the words may be stop words"
        rf"{_PCT_CAP}{_PCT}\s+(?:(?:of\s+(?:the|all|your)\s+words\s+(?:(?:may|can|should|must)\s+)?(?:be|are)\s+)"
        rf"|(?:of\s+)?){_STOP}\b(?:\s*\([^()]*\))?",
        # "a stop-word ratio of at most 35%", "stop-word share under 35% or less"
        rf"\b{_STOP}\s+(?:ratio|share|percentage|proportion|density|rate)\s+(?:of\s+|(?:should|must)\s+be\s+|at\s+)?"
        rf"{_PCT_CAP}?{_PCT}(?:\s+or\s+(?P<or>less|fewer|below|lower))?",
    )
    seen: set[int] = set()
    yield from _person_caps(ctx, seen)
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if m.start() in seen:
                continue
            rel = _pct_relation(ctx, m)
            if rel is None:
                continue
            seen.add(m.start())
            lead = re.search(r"\b(?:make\s+sure|ensure)\s+(?:that\s+)?$", ctx.content[ctx.unit.start : m.start()], _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            tid = "ratio:stop_words" if rel == "less than" else "ratio:stop_words_above"
            yield Hit(tid, {"percentage": int(m.group("num"))}, start, m.end(), prio=_PRIO)


def _pct_relation(ctx: Ctx, m: re.Match) -> str | None:
    """ "less than" for a cap that includes P (at most, no more than, not exceed, P% or less), "at
    least" for "more than P%"; None for a relation the types do not have."""
    if m.groupdict().get("cap") or m.groupdict().get("le"):
        return "less than"
    if m.groupdict().get("gt"):
        return "at least"
    if m.groupdict().get("or"):
        return "less than" if m.group("or").lower() in ("less", "fewer") and not m.groupdict().get("rel") else None
    if not m.groupdict().get("rel"):
        return None
    key = re.sub(r"\s+", " ", m.group("rel").lower()).replace("then", "than").replace("atleast", "at least")
    rel, off = _REL_TABLE.get(key, (None, 0))
    if off != 1 or key in ("within",):
        return None
    if _negated(ctx, m.start()):
        rel = "less than" if rel == "at least" else "at least"
    return rel


@rule("declarative", "question", "exclamation", "statement")
def _sentence_kinds(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        ("ratio:sentence_type",
         r"\b(?:use\s+)?(?:exactly\s+)?twice\s+as\s+many\s+(?:declarative\s+sentences|statements)\s+"
         r"as\s+questions\b(?:\s*\([^()]*\))?"),
        ("ratio:sentence_type",
         r"\b(?:use\s+)?a\s+2:1\s+ratio\s+of\s+(?:declarative\s+sentences|statements)\s+to\s+questions\b"),
        ("ratio:sentence_balance",
         r"\b(?:use\s+)?(?:the\s+same\s+number\s+of|equal\s+numbers\s+of|as\s+many)\s+declarative\s+"
         r"sentences,?\s+questions,?\s+and\s+exclamations\b(?:\s*\([^()]*\))?"),
    )  # fmt: skip
    stmt = r"(?:declarative\s+sentences|(?:ordinary\s+|plain\s+)?statements|declaratives)"
    more = (
        ("ratio:sentence_type",
         rf"\b(?:exactly\s+)?twice\s+as\s+many\s+{stmt}\s+as\s+questions\b(?:\s*\((?:2:1|[^()]*)\))?"),
        ("ratio:sentence_type",
         rf"\b{stmt}\s+(?:should|must|need\s+to|have\s+to)\s+outnumber\s+questions\s+(?:exactly\s+)?(?:two|2)\s+to\s+(?:one|1)"),
        ("ratio:sentence_balance",
         rf"\b(?:an\s+)?equal\s+numbers?\s+of\s+{stmt},?\s+questions,?\s+and\s+exclamations\b"),
        ("ratio:sentence_balance",
         rf"\bas\s+many\s+questions\s+as\s+exclamations\s+as\s+(?:plain\s+|ordinary\s+)?{stmt}|\bas\s+many\s+{stmt}\s+as\s+"
         rf"questions\s+as\s+exclamations"),
    )  # fmt: skip
    seen: set[int] = set()
    for tid, pat in (*pats, *more):
        for m in _scan(pat, ctx, _I):
            if m.start() not in seen:
                seen.add(m.start())
                yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO)


@rule("same number of characters", "same character count")
def _sentence_words(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?:respond|answer|write)\s+in\s+exactly\s+(?:three|3)\s+sentences,?\s+(?:that\s+)?(?:each|all)\s+(?:have|with)\s+"
        r"the\s+same\s+number\s+of\s+characters,?\s+and\s+(?:do\s+not|don't|never)\s+(?:use|repeat)\s+any\s+word\s+"
        r"(?:more\s+than\s+once|twice)"
    )
    # "Three sentences - exactly three - each with precisely the same number of characters, and no word may
    # be used twice anywhere", "three sentences with exactly the same character count each, and don't reuse any word"
    three = (
        r"(?:three|3)\s+sentences(?:\s+(?:about|on)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)?(?:\s*[-—–,]\s*exactly\s+(?:three|3)\s*[-—–,]\s*|"
        r"\s*,?\s*)"
    )
    same = (
        r"(?:each|all)?\s*(?:with|having|of)\s+(?:exactly\s+|precisely\s+)?the\s+same\s+(?:number\s+of\s+characters|"
        r"character\s+count|length\s+in\s+characters)(?:\s+each)?"
    )
    norep = (
        r",?\s+and\s+(?:no\s+word\s+(?:may|can|should|must)\s+be\s+used\s+(?:twice|more\s+than\s+once)(?:\s+anywhere)?|"
        r"(?:do\s+not|don[’']?t|never)\s+(?:reuse|repeat|use)\s+any\s+word(?:\s+(?:twice|more\s+than\s+once))?)"
    )
    for p in (pat, rf"\b{three}{same}{norep}"):
        for m in _scan(p, ctx, _I):
            yield Hit("ratio:sentence_words", {}, m.start(), m.end(), prio=_PRIO)


# "conjunctions" as people type it ("conjuctions", "conjunctons")
_CONJ = r"conj?u?n?ct?ions?"
# the seven coordinating conjunctions listed, in any order ("(for, and, nor, but, or, yet, so)", "FANBOYS")
_FANBOYS = r"(?:\s*\((?:[^()]*\b(?:nor|yet)\b[^()]*|[^()]*FANBOYS[^()]*)\)|\s*\(?FANBOYS\)?)"


@rule("conj", "fanboys")
def _conjunctions(ctx: Ctx) -> Iterator[Hit]:
    # "at least 5 different coordinating conjunctions (for, and, ...)"; without "coordinating" the seven
    # must be listed, since "conjunctions" alone counts subordinating ones ("because") the check ignores
    pat = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:diff?e?re?nt\s+|distinct\s+|unique\s+)?(?P<coord>coordinating\s+)?{_CONJ}\b"
        rf"(?P<list>{_FANBOYS})?(?:\s*\([^()]*\))?"
    )
    pat2 = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+of\s+the\s+(?:(?:7|seven)\s+)?(?:(?P<coord>coordinating\s+){_CONJ}\b|(?P<list>FANBOYS)"
        rf"(?:\s+{_CONJ}\b)?)"
        r"(?:\s*\([^()]*\))?"
    )
    for m in (m for p in (pat, pat2) for m in _scan(p, ctx, _I)):
        if not m.group("coord") and not m.group("list"):
            continue
        got = _sided(ctx, m, "count:conjunctions", "count:conjunctions_fewer")
        if got:
            yield Hit(got[0], {"small_n": got[1]}, m.start(), m.end(), prio=_PRIO)


_PEOPLE = (
    r"(?:people|persons|individuals|characters|students|kids|children|friends|classmates|colleagues|coworkers|"
    r"co-workers|guests|winners|team\s*mates|teammates|employees|members|participants|customers|neighbou?rs)"
)


@rule("by name", "name")
def _person_names(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"\bmention\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+)?(?:people|persons)\s+by\s+name\b"
    seen: set[int] = set()
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:person_names", "count:person_names_fewer")
        if not got:
            continue
        seen.add(m.start())
        # the list of names the check counts runs to the end of the sentence
        tail = re.compile(r"[^.\n]*?\blist\s*:[^.\n]*\.?").match(ctx.content, m.end(), ctx.unit.end)
        yield Hit(got[0], {"N": got[1]}, m.start(), tail.end() if tail else m.end(), prio=_PRIO)
    # other nouns and verbs: "Mention at least 4 students by name, picking from: Emma, Liam, ...", "name at
    # least three of these kids: ...". The check counts only IFBench's fixed list of first names, so the
    # prompt must offer names from that list (as many as the count): else another name would fail it.
    pats = (
        rf"\b(?:mention|name|include|feature|refer\s+to)\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+)?"
        rf"(?:of\s+(?:the|these|those)\s+)?{_PEOPLE}\s+(?:by\s+(?:their\s+)?(?:first\s+)?names?)",
        # "name at least three soldiers (Samuel, Owen, Nathan, whoever)": the verb says "by name"
        rf"\bname\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+)?(?:of\s+(?:the|these|those)\s+)?(?:{_PEOPLE}|soldiers|"
        r"heroes|villagers|kids|characters)\b",
        rf"\b(?:mention|use|include|feature)\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+)?(?:first\s+)?names\b",
    )
    yield from _person_caps(ctx, seen)
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if m.start() in seen:
                continue
            got = _sided(ctx, m, "count:person_names", "count:person_names_fewer")
            listed = _listed_names(ctx.content[m.end() : ctx.unit.end])
            if not got or listed is None or len(listed) < got[1]:
                continue
            seen.add(m.start())
            # the list stays out of the span: a rewrite of the count keeps the names to pick from
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)


def _listed_names(text: str) -> list[str] | None:
    """The names of the comma list that follows the count, when every one is on IFBench's list."""
    from rpo_cli.constraints.ifbench_count import PERSON_NAMES

    lst = re.search(r"[A-Z][a-z]+(?:\s*,\s*(?:and\s+|or\s+)?[A-Z][a-z]+)+(?:,?\s+(?:and|or)\s+[A-Z][a-z]+)?", text)
    if not lst:
        return None
    names = re.findall(r"[A-Z][a-z]+", lst.group(0))
    return names if all(n in PERSON_NAMES for n in names) else None


@rule("number", "numeral")
def _numbers(ctx: Ctx) -> Iterator[Hit]:
    # "contain exactly 3 numbers", "Mention exactly three numbers, no more", "the response should have
    # exactly four numerals in it"; "give me exactly 3 numbers" asks for them (a task), and is left out
    pat = (
        rf"\b(?:contain|contains|include|includes|use|uses|have|has|mention|mentions|feature|cite|state)\s+"
        rf"(?:exactly|precisely)\s+(?P<num>{NUM})\s+(?:numbers?|numerals?|numeric\s+values?)\b(?!\s+(?:of|between|from)\b)"
        r"(?:\s*(?:,\s*|\s*[-—–]\s*|\s+and\s+)?no\s+more(?:\s*,?\s*no\s+(?:less|fewer))?)?"
    )
    # no verb, but a closing "nothing else" that makes the count exact: "exactly those 3 numbers, nothing else
    # numeric", "precisely four numbers and no other numbers", "exactly 2 numerals - none besides"
    closing = (
        rf"\b(?:exactly|precisely)\s+(?:(?:those|these|the)\s+)?(?P<num>{NUM})\s+(?:numbers?|numerals?|figures)\b"
        r"\s*(?:,|;|:|[-—–]|\(|\band\b)?\s*(?:and\s+)?(?:nothing\s+(?:else\s+)?(?:numeric(?:al)?|numbers?|else)|"
        r"no\s+(?:other|more|further|additional)\s+(?:numbers?|numerals?|figures|digits)|none\s+(?:else|besides|other))\b"
    )
    yield from plain_counts(ctx, (pat, closing), "count:numbers", "N", _PRIO, least=0)


@rule("pronoun")
def _pronouns(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+pronouns?\b", ctx, _I):
        got = _sided(ctx, m, "count:pronouns", "count:pronouns_fewer")
        if got:
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)
    yield from _suffix_sided(ctx, r"pronouns?", "count:pronouns", "count:pronouns_fewer", "N")  # "10 or more pronouns"
    # the count after the noun: "plenty of pronouns, 20 at minimum", "pronouns: 15 or more", "10+ pronouns"
    pat = (
        rf"\bpronouns?\s*(?:,|:|—|-)\s*(?P<num>{NUM})\s+(?P<dir>at\s+(?:the\s+)?minimum|minimum|or\s+more|at\s+(?:the\s+)?least|"
        rf"at\s+(?:the\s+)?most|max(?:imum)?|or\s+fewer|or\s+less)\b|\b(?P<num2>{NUM})\s*\+\s*pronouns\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num") or m.group("num2"))
        if n is None or _negated(ctx, m.start()):
            continue
        d = (m.group("dir") or "more").lower()
        if re.search(r"most|max|fewer|less", d):
            yield Hit("count:pronouns_fewer", {"N": n + 1}, m.start(), m.end(), prio=_PRIO)
        else:
            yield Hit("count:pronouns", {"N": n}, m.start(), m.end(), prio=_PRIO)


@rule("japanese")
def _words_japanese(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        rf"\bevery\s+(?P<o>{_ORD})\s+word(?:\s+(?:of|in)\s+(?:your|the)\s+\w+)?\s+(?:(?:must|should|has\s+to|needs\s+to)\s+be\s+"
        rf"(?:written\s+)?(?:in\s+)?|(?:is\s+)?in\s+)Japanese|\bmake\s+every\s+(?P<o2>{_ORD})\s+word\s+(?:in\s+)?Japanese",
        r"\bwrite\s+every\s+word\s+of\s+your\s+\w+\s+in\s+Japanese",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            n = _ordinal(m.group("o") or m.group("o2")) if i == 0 else 1
            if n and n > 0:
                yield Hit("count:words_japanese", {"N": n}, m.start(), m.end(), prio=_PRIO)


# "the second sentence", "the 2nd sentence", "the opening sentence", "sentence 2" (sentence counts from 1)
_OF_RESP = (
    r"(?:\s+of\s+(?:your|the)\s+(?:response|answer|reply|email|letter|text|story|post|essay|message|poem|note|"
    r"summary|review|bio|article|speech|microstory|riddle|blurb|paragraph|output))?(?!\s+of\b)"
)
_NTH_SENT = (
    rf"(?:(?:the|your)\s+(?:very\s+)?(?:(?P<o>{_ORD})|(?P<op>opening))\s+sent[ae]nce{_OF_RESP}|"
    rf"sent[ae]nce\s+(?:number\s+|#\s*)?(?P<d>\d{{1,2}}|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:of|or)\b))"
    rf"{_OF_RESP})"
)
_HAVE = r"(?:include|contain|use|mention|feature|have|say)"
_MODAL = r"(?:must|should|has\s+to|needs\s+to|need\s+to|will|shall|is\s+to)"
_NOT_MODAL = (
    r"(?:must\s+not|mustn[’']?t|should\s+not|shouldn[’']?t|cannot|can[’']?t|may\s+not|will\s+not|won[’']?t|"
    r"(?:must|should)\s+never|is\s+not\s+to|does\s+not|doesn[’']?t)"
)


_WORD_SUBJ = rf"(?:\bthe\s+(?:key)?word\s+)?(?P<q>{QUOTED})"
_APPEAR = r"(?:appear|be\s+used|be\s+included|show\s+up|occur|be|come\s+up)"


def _nth(m: re.Match) -> int | None:
    if m.group("op"):
        return 1
    if m.group("d"):
        d = m.group("d")
        return int(d) if d.isdigit() else parse_number(d)
    return _ordinal(m.group("o"))


@rule("sentence", "sentance")
def _sentence_keyword(ctx: Ctx) -> Iterator[Hit]:
    word = rf"(?:the\s+(?:key)?word\s+)?(?P<q>{QUOTED})"
    pats = (
        # the sentence first: "The third sentence must contain the word "clock"", "the first sentence should
        # not include "tired""
        ("sentence:keyword", rf"\b{_NTH_SENT}\s+{_MODAL}\s+(?:also\s+)?{_HAVE}\s+{word}"),
        ("sentence:keyword_absent", rf"\b{_NTH_SENT}\s+{_NOT_MODAL}\s+(?:ever\s+)?{_HAVE}\s+{word}"),
        # the word first: 'The word "tired" must not appear in the first sentence', '"tide" should appear in
        # sentence 2'
        ("sentence:keyword", rf"{_WORD_SUBJ}\s+{_MODAL}\s+{_APPEAR}\s+in\s+{_NTH_SENT}"),
        ("sentence:keyword_absent", rf"{_WORD_SUBJ}\s+{_NOT_MODAL}\s+{_APPEAR}\s+in\s+{_NTH_SENT}"),
        # 'Keep "tired" out of the first sentence'
        ("sentence:keyword_absent", rf"\bkeep\s+{word}\s+out\s+of\s+{_NTH_SENT}"),
        # 'get the word "gull" into the third sentence', "The second sentence needs the word 'flour' in it."
        ("", rf"\b(?:get|put|work|slip|fit|sneak)\s+{word}\s+into\s+{_NTH_SENT}"),
        ("sentence:keyword", rf"\b{_NTH_SENT}\s+(?:needs|requires|must\s+have|should\s+have)\s+{word}(?:\s+in\s+it)?"),
        ("sentence:keyword", rf"\b{_NTH_SENT}\s+(?:needs|has)\s+to\s+{_HAVE}\s+{word}"),
        # one bare word closing the sentence: "The very first sentence needs to mention inventory."
        ("sentence:keyword", rf"\b{_NTH_SENT}\s+(?:{_MODAL}|needs\s+to|has\s+to)\s+(?:mention|include|use|contain)\s+"
         r"(?:the\s+word\s+)?(?P<bare>[A-Za-z][a-z-]{2,})(?=\s*(?:[.;!]|$))"),
        # the verb first, asked or forbidden: "Use the word "tide" in the second sentence", "Do not mention
        # the word "refund" in the first sentence either"
        ("", rf"\b(?:use|include|put|mention|say|place|write)\s+{word}\s+(?:somewhere\s+)?in\s+{_NTH_SENT}"),
    )
    seen: set[int] = set()
    for tid, pat in pats:
        for m in _scan(pat, ctx, _I):
            bare = m.groupdict().get("bare")
            if bare and bare.lower() in ("it", "this", "that", "them", "something", "one", "him", "her", "the"):
                continue
            n, kw = _nth(m), bare or _unquote(m.group("q"))
            q_at = m.start("bare") if bare else m.start("q")
            if not n or n <= 0 or not kw or q_at in seen:
                continue
            if re.match(r"\s+of\s+(?:each|every|the|a|your)\s+(?:paragraph|section|stanza|verse|part|bullet)",
                        ctx.content[m.end() :], _I):
                continue  # "the first sentence of each paragraph" is a part of a part
            if not tid:
                tid = "sentence:keyword_absent" if _negated(ctx, m.start()) else "sentence:keyword"
            elif tid == "sentence:keyword" and _negated(ctx, m.start()):
                continue
            seen.add(q_at)
            yield Hit(tid, {"word": kw, "N": n}, m.start(), m.end(), prio=_PRIO)


@rule("sentence before", "sentance before", "one before", "than the previous", "than the preceding",
      "than the last")
def _growing_sentences(ctx: Ctx) -> Iterator[Hit]:
    prev = (
        r"(?:the\s+(?:sent[ae]nce|one)\s+(?:before(?:\s+(?:it|that|them))?|right\s+before(?:\s+it)?|preceding\s+it|that\s+precedes\s+it)|"
        r"the\s+(?:previous|preceding|prior|last)\s+(?:sent[ae]nce|one))"
    )
    inc = (
        rf"\b(?:each|every)\s+(?:new\s+|next\s+|following\s+)?sent[ae]nce\s+(?:(?:must|should|has\s+to|needs\s+to|will)\s+)?"
        rf"(?:(?:contain|have|has|contains|use|uses|add|adds|gets?)\s+exactly\s+(?P<num>{NUM})\s+more\s+words?|"
        rf"(?:be|is)\s+exactly\s+(?P<num2>{NUM})\s+words?\s+longer)\s+than\s+{prev}\b"
    )
    for m in _scan(inc, ctx, _I):
        n = parse_number(m.group("num") or m.group("num2"))
        if n is not None and not _negated(ctx, m.start()):
            yield Hit("sentence:increment", {"small_n": n}, m.start(), m.end(), prio=_PRIO)
    allit = (
        r"\beach\s+sentence\s+(?:must|should)\s+have\s+a\s+longer\s+run\s+of\s+(?:consecutive\s+)?alliterative\s+words"
        r"(?:\s*\([^()]*\))?\s+than\s+the\s+(?:sentence|one)\s+before\s+it"
    )
    for m in _scan(allit, ctx, _I):
        yield Hit("sentence:alliteration_increment", {}, m.start(), m.end(), prio=_PRIO)


@rule("long sentence", "sentence of more", "sentence longer", "sentence over", "sentence with more", "one sentence")
def _long_sentence(ctx: Ctx) -> Iterator[Hit]:
    """At least one sentence above a length: "include at least one long sentence of more than 40
    words", "have one sentence over 35 words", "at least one sentence should be longer than 30 words"."""
    over = (
        rf"(?:(?:of|with|that\s+(?:is|has|runs)|running)\s+)?(?:more\s+than|over|longer\s+than|above)\s+(?P<num>{NUM})"
        r"\s+words"
    )
    pats = (
        rf"\b(?:include|have|write|use|add|work\s+in|contain)\s+(?:at\s+least\s+)?(?:one|a)\s+(?:single\s+)?(?:(?:really|very|"
        rf"extra)\s+)?(?:long\s+)?sent[ae]nce\s+{over}(?:\s+long)?",
        rf"\bat\s+least\s+one\s+sent[ae]nce\s+(?:(?:must|should|has\s+to|needs\s+to)\s+)?(?:be|run|go|runs|goes|is)\s+"
        rf"(?:more\s+than|over|longer\s+than|above|past|beyond)\s+(?P<num>{NUM})\s+words(?:\s+long)?",
    )
    yield from plain_counts(ctx, pats, "length:long_sentence", "max_words", _PRIO)


@rule("once", "one time")
def _keywords_multiple(ctx: Ctx) -> Iterator[Hit]:
    # 'Use the word "a" once, "b" twice, "c" three times, "d" five times and "e" seven times'
    # also 'Use "bell" exactly once, "snow" exactly twice, ...', 'use "level" exactly one time, "radar" two times'
    times = (r"(?:once|one\s+time|1\s+time)", r"(?:twice|two\s+times|2\s+times)", r"(?:three|3)\s+times",
             r"(?:five|5)\s+times", r"(?:seven|7)\s+times")  # fmt: skip
    parts = [rf"(?P<k{i}>{QUOTED})\s+(?:exactly\s+|precisely\s+)?{t}" for i, t in enumerate(times)]
    pat = (
        r"\buse\s+(?:the\s+words?\s+)?" + r",?\s+".join(parts[:-1]) + r",?\s+and\s+" + parts[-1]
        + r"(?:\s*\(exactly\s+that\s+many\s+times(?:\s+each)?\))?"
    )
    for m in _scan(pat, ctx, _I):
        kws = {f"keyword{i + 1}": _unquote(m.group(f"k{i}")) for i in range(5)}
        yield Hit("count:keywords_multiple", kws, m.start(), m.end(), prio=_PRIO)


_REFERENCE = re.compile(r"\s*(?:The\s+)?reference\s+text(?:\s+is)?\s*:\s*(?P<r>[^\n]+)", _I)


@rule("overlap")
def _trigram_overlap(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\bkeep\s+the\s+(?:word[\s-])?trigram\s+overlap\s+between\s+your\s+\w+\s+and\s+the\s+(?:provided\s+|following\s+)?"
        r"reference\s+text\s+at\s+(?P<p>\d{1,3})\s*%(?:\s*\(give\s+or\s+take\s+2\s+percentage\s+points\))?\.?"
    )
    for m in _scan(pat, ctx, _I):
        ref = _REFERENCE.match(ctx.content, m.end())
        if ref and int(m.group("p")) <= 100:
            kw = {"reference_text": ref.group("r").strip(), "percentage": int(m.group("p"))}
            yield Hit("ratio:overlap", kw, m.start(), ref.end(), prio=_PRIO)


@rule("punctuation", "interrobang")
def _all_punctuation(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\buse\s+every\s+(?:standard\s+)?punctuation\s+mark\s+at\s+least\s+once(?:\s*:[^.\n]*?interrobang(?:\s*\(\?!\))?)?"
    )
    seen = False
    for m in _scan(pat, ctx, _I):
        seen = True
        yield Hit("count:punctuation", {}, m.start(), m.end(), prio=_PRIO)
    if seen:
        return
    # the marks listed, an interrobang among them, each asked for: "get a . , ! ? ; : and an interrobang (?!) in
    # there, each at least once", "include a period, comma, ..., colon and an interrobang at least once each"
    pat = (
        r"\b(?:use|include|get|put|work\s+in|have|fit\s+in)\s+(?:(?:every|each|all)\s+(?:of\s+)?(?:these|the\s+following)?\s*:?\s*)?"
        r"(?P<list>[^\n]{0,160}?\binterrobang\b(?:\s*\([^()]*\))?)(?:\s+in(?:to)?\s+(?:there|it|your\s+\w+))?"
        r"(?:,?\s*(?:each|every\s+one|all\s+of\s+them)?\s*at\s+least\s+once(?:\s+each)?)"
    )
    marks = (
        r"\.|period|full\s+stop", r",|comma", r"!|exclamation", r"\?|question", r";|semi-?colon", r"(?<!semi)colon|:"
    )
    for m in _scan(pat, ctx, _I):
        named = sum(bool(re.search(mk, m.group("list"), _I)) for mk in marks)
        if named == len(marks) and not _negated(ctx, m.start()):
            yield Hit("count:punctuation", {}, m.start(), m.end(), prio=_PRIO)


# --- session 4 (dev7): the n-th sentence's word named bare, and more verbs ----------------------------

# the word: quoted, or bare after "the word" ("the word mirror"), or a capitalised name closing the clause
# ("the third sentence must mention Mercury")
_SK_NOT_WORD = r"(?:count|limit|counts|itself|it|this|that|them|one|once|twice|before|after|and|or|in|of|the|a|an)\b"
_SK_WORD = (
    rf"(?:the\s+(?:key\s*)?word\s+(?:(?P<q>{QUOTED})|(?!{_SK_NOT_WORD})(?P<bw>[A-Za-z][\w'-]*[A-Za-z]))|(?P<q2>{QUOTED})|"
    r"(?P<cap>[A-Z][a-z][\w'-]*)(?=\s*(?:[.,;:!)]|$|\s+(?:in\s+it|somewhere|and\b|or\b|please|pls))))"
)
_SK_PRESENT = r"(?:includes|contains|mentions|uses|features|has|says|names)"
_SK_PATTERNS = (
    # "the 2nd sentence has to have the word mirror in it", "the third sentence must mention Mercury"
    rf"\b{_NTH_SENT}\s+(?:{_MODAL}|gotta|hafta|needs?\s+to|ought\s+to)\s+(?:also\s+)?(?:{_HAVE}|name|drop|work\s+in)\s+{_SK_WORD}",
    # "Make sure the second sentence includes the word Biscuit", "ensure that the first sentence contains 'x'"
    rf"\b(?:make\s+sure|ensure|check|see\s+to\s+it)\s+(?:that\s+)?{_NTH_SENT}\s+{_SK_PRESENT}\s+{_SK_WORD}",
    # "wants the first sentence to contain the word 'comparative'", "I need sentence 2 to mention Oslo"
    rf"\b(?:want|wants|need|needs|like|require|requires|expect|expects)\s+{_NTH_SENT}\s+to\s+(?:{_HAVE}|name)\s+{_SK_WORD}",
    # "Use the word acknowledge in the first sentence", "drop the word tide into sentence 2"
    rf"\b(?:use|include|put|mention|say|place|write|drop|get|work|slip|fit|sneak)\s+(?:in\s+)?{_SK_WORD}\s+(?:somewhere\s+)?"
    rf"(?:in|into|within)\s+{_NTH_SENT}",
    # "the word mirror has to be in the second sentence", "the word x should appear in sentence 2"
    rf"\bthe\s+(?:key\s*)?word\s+(?!{_SK_NOT_WORD})(?P<bs>[A-Za-z][\w'-]*[A-Za-z])\s+(?:{_MODAL}|gotta|needs\s+to)\s+"
    rf"(?:{_APPEAR}|go)\s+(?:in|into|within)\s+{_NTH_SENT}",
)


@rule("sentence", "sentance")
def _sentence_keyword_bare(ctx: Ctx) -> Iterator[Hit]:
    """The n-th sentence's word, in the wordings the quoted-word rule does not read: a bare word after
    "the word", a capitalised name closing the clause, "make sure the 2nd sentence includes ...",
    "wants the first sentence to contain ...". Negated, it is the word kept out of that sentence."""
    for pat in _SK_PATTERNS:
        for m in _scan(pat, ctx, _I):
            gd = m.groupdict()
            q = gd.get("q") or gd.get("q2")
            kw = _unquote(q) if q else gd.get("bw") or gd.get("cap") or gd.get("bs")
            n = _nth(m)
            if not n or n <= 0 or not kw:
                continue
            if gd.get("cap") and not m.group(0)[m.start("cap") - m.start() :][:1].isupper():
                continue  # the scan is case-blind: the name must be capitalised as written
            if re.match(r"\s+of\s+(?:each|every|the|a|your)\s+(?:paragraph|section|stanza|verse|part|bullet)",
                        ctx.content[m.end() :], _I):
                continue  # "the first sentence of each paragraph" is a part of a part
            tid = "sentence:keyword_absent" if _negated(ctx, m.start()) else "sentence:keyword"
            tail = re.match(r"\s+in\s+it\b", ctx.content[m.end() : ctx.unit.end], _I)
            yield Hit(tid, {"word": kw, "N": n}, m.start(), m.end() + (tail.end() if tail else 0), prio=_PRIO)


# --- session 4 (dev7): sentence kinds in any order, keyword multiples with any verb, counts put other ways ---

_KIND_WORDS = {
    "s": r"(?:declarative\s+sentences|declaratives|(?:plain\s+|ordinary\s+)?statements)",
    "q": r"questions",
    "e": r"(?:exclamations|exclamatory\s+sentences|exclamatives)",
}


def _kind_list() -> str:
    one = "(?:" + "|".join(_KIND_WORDS.values()) + ")"
    return rf"{one}\s*,?\s+{one}\s*,?\s+(?:and|&|\+)\s+{one}"


@rule("statement", "declarative", "exclamation")
def _sentence_balance_any_order(ctx: Ctx) -> Iterator[Hit]:
    """ "the same number of statements, questions and exclamations", "equal numbers of questions,
    exclamations and statements", "balance statements, questions and exclamations evenly": the three
    kinds in any order (each named once) with a word of equality."""
    kinds = _kind_list()
    pats = (
        rf"\b(?:(?:the|an?)\s+)?(?:same|equal)\s+(?:number|numbers|amount|count|counts)\s+of\s+{kinds}(?:\s*\([^()]*\))?",
        rf"\b(?:as\s+many|equal\s+parts)\s+{kinds}(?:\s*\([^()]*\))?",
        rf"\b(?:balance|split)\s+(?:(?:it|the\s+\w+)\s+(?:evenly\s+)?(?:between|among|across)\s+)?{kinds}\s+(?:evenly|equally)",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            said = m.group(0).lower()
            named = [bool(re.search(v, said, _I)) for v in _KIND_WORDS.values()]
            if all(named) and not _negated(ctx, m.start()):
                yield Hit("ratio:sentence_balance", {}, m.start(), m.end(), prio=_PRIO)


@rule("once", "one time")
def _keywords_multiple_any_verb(ctx: Ctx) -> Iterator[Hit]:
    """The five words with their counts (once, twice, three, five, seven times) whatever the verb:
    '"hush" shows up once, "star" twice, ...', 'put "a" in once, "b" two times, ...'."""
    times = (r"(?:once|one\s+time|1\s+time|1x)", r"(?:twice|two\s+times|2\s+times|2x)", r"(?:three|3)\s+times|3x",
             r"(?:five|5)\s+times|5x", r"(?:seven|7)\s+times|7x")  # fmt: skip
    verb = (
        r"(?:\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?(?:shows?\s+up|appears?|occurs?|comes?\s+up|is\s+used|used|"
        r"appear|show\s+up|occur)(?:\s+in\s+it)?)?"
    )
    parts = [rf"(?P<k{i}>{QUOTED}){verb}\s+(?:exactly\s+|precisely\s+)?(?:{t})" for i, t in enumerate(times)]
    pat = r",?\s+".join(parts[:-1]) + r",?\s+(?:and|&)\s+" + parts[-1]
    for m in _scan(pat, ctx, _I):
        kws = {f"keyword{i + 1}": _unquote(m.group(f"k{i}")) for i in range(5)}
        if all(kws.values()) and not _negated(ctx, m.start()):
            yield Hit("count:keywords_multiple", kws, m.start(), m.end(), prio=_PRIO + 1)


@rule("pronoun")
def _pronouns_after_noun(ctx: Ctx) -> Iterator[Hit]:
    """The count after the noun and a pause: "Keep pronouns to a minimum - under 10 total",
    "pronouns: fewer than 6 in total", "pronouns (no more than 4)"."""
    pat = (
        rf"\bpronouns?\b(?:\s+(?:to\s+a\s+minimum|sparingly|minimal))?\s*(?:[-–—:,(]\s*)(?P<rel>{REL})\s+(?P<num>{NUM})"
        r"(?:\s+(?:total|in\s+total|overall|altogether|pronouns?))?\)?"
    )
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:pronouns", "count:pronouns_fewer")
        if got:
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)


@rule("number", "numeral")
def _only_n_numbers(ctx: Ctx) -> Iterator[Hit]:
    """ "Only three numbers should appear in the whole answer", "only 2 numerals may show up": the
    exact count of numbers in the text (what they are may follow)."""
    pat = (
        rf"\bonly\s+(?P<num>{NUM})\s+(?:numbers?|numerals?|figures|numeric\s+values?)\s+(?:(?:should|may|can|must|are\s+allowed\s+to|"
        r"get\s+to|will)\s+)?(?:appear|show\s+up|be\s+(?:used|included|mentioned|present|given))(?:\s+in\s+(?:the|your)\s+"
        r"(?:whole\s+|entire\s+)?(?:answer|response|reply|text|message|email|note))?"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and n >= 1 and not _negated(ctx, m.start()):
            yield Hit("count:numbers", {"N": n}, m.start(), m.end(), prio=_PRIO)


@rule("conj")
def _conjunctions_no_relation(ctx: Ctx) -> Iterator[Hit]:
    """ "work in 5 different coordinating conjunctions", "use 4 distinct FANBOYS conjunctions": a
    count without a relation word is a floor (the response uses that many kinds)."""
    pat = (
        rf"\b(?:use|work\s+in|include|fit\s+in|get\s+in|sneak\s+in|throw\s+in|put\s+in)\s+(?P<num>{NUM})\s+"
        rf"(?:diff?e?re?nt\s+|distinct\s+|unique\s+)?(?:coordinating\s+{_CONJ}|FANBOYS(?:\s+{_CONJ})?)\b(?:\s*\([^()]*\))?"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and 1 <= n <= 7 and not _negated(ctx, m.start()):
            yield Hit("count:conjunctions", {"small_n": n}, m.start(), m.end(), prio=_PRIO)


# --- session 4 (gen): ratios, growing sentences and the n-th sentence's word put other ways -----------

_GEN_STMT = r"(?:declarative\s+sentences|declaratives|(?:plain\s+|ordinary\s+)?statements)"
_GEN_PREV = (
    r"(?:the\s+(?:previous|preceding|prior|last)(?:\s+(?:sent[ae]nce|one))?|the\s+(?:sent[ae]nce|one)\s+(?:before(?:\s+it)?|"
    r"right\s+before(?:\s+it)?|that\s+precedes\s+it))"
)


@rule("question", "longer than", "sentence", "sentance", "number", "numeral")
def _gen_sentence_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "two statements for every question" and "statements and questions in a 2:1 ratio"
    (ratio:sentence_type); "make each sentence 2 words longer than the last" (a fixed step: the
    increment); "In the first sentence, use the word "dawn"" (the place put first)."""
    ratio = (
        rf"\b(?:(?:write|use|include|have|give)\s+)?(?:two|2)\s+{_GEN_STMT}\s+(?:for|per|to)\s+(?:every|each|one|1)\s+question\b",
        rf"\b{_GEN_STMT}\s+(?:and|to)\s+questions\s+(?:in\s+|at\s+)?(?:a|an\s+exact)\s+(?:2:1|2\s*to\s*1|two[\s-]to[\s-]one)\s+ratio\b",
        rf"\b(?:a|an\s+exact)\s+(?:2\s*to\s*1|two[\s-]to[\s-]one)\s+ratio\s+of\s+{_GEN_STMT}\s+to\s+questions\b",
    )
    for pat in ratio:
        for m in _scan(pat, ctx, _I):
            if not _negated(ctx, m.start()):
                yield Hit("ratio:sentence_type", {}, m.start(), m.end(), prio=_PRIO)
    step = (
        rf"\b(?:make\s+)?(?:each|every)\s+(?:new\s+|next\s+|following\s+)?sent[ae]nce\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+"
        rf"(?:be\s+)?)?(?:exactly\s+|precisely\s+)?(?P<num>{NUM})\s+words?\s+longer\s+than\s+{_GEN_PREV}\b"
    )
    for m in _scan(step, ctx, _I):
        n = parse_number(m.group("num"))
        if n and n <= 20 and not _negated(ctx, m.start()):
            yield Hit("sentence:increment", {"small_n": n}, m.start(), m.end(), prio=_PRIO - 1)
    front = (
        rf"\bin\s+{_NTH_SENT}\s*,?\s+(?:(?:please|pls|you\s+(?:must|should|need\s+to|have\s+to))\s+)?(?:use|include|mention|put|say|"
        rf"work\s+in|drop)\s+(?:the\s+(?:key\s*)?word\s+)?(?P<kw>{QUOTED})"
    )
    for m in _scan(front, ctx, _I):
        n, kw = _nth(m), _unquote(m.group("kw"))
        if n and n > 0 and kw and " " not in kw.strip() and not _negated(ctx, m.start()):
            yield Hit("sentence:keyword", {"word": kw, "N": n}, m.start(), m.end(), prio=_PRIO)

    away = rf"\b(?:avoid|skip|leave\s+out|keep\s+out)\s+(?:the\s+word\s+)?(?P<kw>{QUOTED})\s+(?:in|from)\s+{_NTH_SENT}"
    for m in _scan(away, ctx, _I):
        n, kw = _nth(m), _unquote(m.group("kw"))
        if n and n > 0 and kw and " " not in kw.strip() and not _negated(ctx, m.start()):
            yield Hit("sentence:keyword_absent", {"word": kw, "N": n}, m.start(), m.end(), prio=_PRIO)
    # "Make sure exactly five numbers appear in your answer": the count's subject, the whole reply named
    numbers = (
        rf"\bexactly\s+(?P<num>{NUM})\s+(?:numbers|numerals)\s+(?:(?:should|must|will|may)\s+)?(?:appear|show\s+up|be\s+used)\s+"
        r"in\s+(?:your|the)\s+(?:whole\s+|entire\s+)?(?:answer|response|reply|text)\b"
    )
    for m in _scan(numbers, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and n >= 1 and not _negated(ctx, m.start()):
            yield Hit("count:numbers", {"N": n}, m.start(), m.end(), prio=_PRIO)
    # "Your 3rd sentence needs the word "violet"", "sentence two requires 'anchor'"
    needs = (
        rf"\b{_NTH_SENT}\s+(?:needs|requires|gets|must\s+get|should\s+get)\s+(?:the\s+(?:key\s*)?word\s+)?"
        rf"(?P<kw>{QUOTED})"
    )
    for m in _scan(needs, ctx, _I):
        n, kw = _nth(m), _unquote(m.group("kw"))
        if n and n > 0 and kw and " " not in kw.strip() and not _negated(ctx, m.start()):
            yield Hit("sentence:keyword", {"word": kw, "N": n}, m.start(), m.end(), prio=_PRIO)
