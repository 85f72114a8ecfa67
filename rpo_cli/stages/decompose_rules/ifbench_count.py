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
    rule,
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


@rule("range")
def _word_count_range(ctx: Ctx) -> Iterator[Hit]:
    # "Keep the word count of your response in the range 150 to 165, both included." ("between 150
    # and 165 words" is the length family's two number_words constraints: a word range is a type of
    # its own only when the prompt says "range")
    pat = (
        rf"\b(?:(?:keep|make)\s+)?(?:the\s+|your\s+)?(?:word\s+count|number\s+of\s+words|length)(?:\s+of\s+(?:your|the)\s+\w+)?"
        rf"\s+(?:(?:must|should)\s+(?:be|stay|fall)\s+|is\s+)?(?:with)?in\s+the\s+range\s+(?:of\s+)?(?P<a>{NUM})\s*(?:to|-|–|and)\s*"
        rf"(?P<b>{NUM})(?:\s+words)?(?:\s*\(?,?\s*(?:both\s+(?:ends\s+)?included|inclusive)\)?)?"
    )
    for m in _scan(pat, ctx, _I):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b is not None and a <= b:
            yield Hit("count:word_count_range", {"min_words": a, "max_words": b}, m.start(), m.end(), prio=_PRIO)


@rule("different", "distinct", "unique")
def _unique_words(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different|distinct|unique)\s+words\b"
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:unique_word_count", "count:unique_word_count_fewer")
        if got:
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)


@rule("stop word", "stop-word", "stopword")
def _stop_words(ctx: Ctx) -> Iterator[Hit]:
    # a share is a real number: only "no more than P%" (<= P) and "more than P%" (> P) are the
    # types' relations; "at least P%" / "under P%" are neither, and are left alone
    pat = (
        rf"\bstop[\s-]?words\b(?:\s*\([^()]*\))?\s+(?:(?:should|must)\s+)?(?:make\s+up|account\s+for|be|are|form)\s+"
        rf"(?P<rel>{REL})\s+(?P<num>\d{{1,3}})\s*(?:%|percent)(?:\s+of\s+(?:the|all|your)\s+(?:words|text)"
        rf"(?:\s+in\s+(?:your|the)\s+\w+)?)?"
    )
    for m in _scan(pat, ctx, _I):
        key = re.sub(r"\s+", " ", m.group("rel").lower()).replace("then", "than")
        rel, off = _REL_TABLE.get(key, (None, 0))
        if off != 1:
            continue
        lead = re.search(r"\bmake\s+sure\s+$", ctx.content[ctx.unit.start : m.start()], _I)
        start = ctx.unit.start + lead.start() if lead else m.start()
        tid = "ratio:stop_words" if rel == "less than" else "ratio:stop_words_above"
        yield Hit(tid, {"percentage": int(m.group("num"))}, start, m.end(), prio=_PRIO)


@rule("declarative", "question", "exclamation")
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
    for tid, pat in pats:
        for m in _scan(pat, ctx, _I):
            yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO)


@rule("same number of characters")
def _sentence_words(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?:respond|answer|write)\s+in\s+exactly\s+(?:three|3)\s+sentences,?\s+(?:that\s+)?(?:each|all)\s+(?:have|with)\s+"
        r"the\s+same\s+number\s+of\s+characters,?\s+and\s+(?:do\s+not|don't|never)\s+(?:use|repeat)\s+any\s+word\s+"
        r"(?:more\s+than\s+once|twice)"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("ratio:sentence_words", {}, m.start(), m.end(), prio=_PRIO)


@rule("conjunction")
def _conjunctions(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+|distinct\s+)?coordinating\s+conjunctions?"
        r"(?:\s*\([^()]*\))?"
    )
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:conjunctions", "count:conjunctions_fewer")
        if got:
            yield Hit(got[0], {"small_n": got[1]}, m.start(), m.end(), prio=_PRIO)


@rule("by name")
def _person_names(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"\bmention\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:different\s+)?(?:people|persons)\s+by\s+name\b"
    for m in _scan(pat, ctx, _I):
        got = _sided(ctx, m, "count:person_names", "count:person_names_fewer")
        if not got:
            continue
        # the list of names the check counts runs to the end of the sentence
        tail = re.compile(r"[^.\n]*?\blist\s*:[^.\n]*\.?").match(ctx.content, m.end(), ctx.unit.end)
        yield Hit(got[0], {"N": got[1]}, m.start(), tail.end() if tail else m.end(), prio=_PRIO)


@rule("number")
def _numbers(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"\b(?:contain|include|use|have)\s+exactly\s+(?P<num>{NUM})\s+numbers?\b(?!\s+of\b)"
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()):
            yield Hit("count:numbers", {"N": n}, m.start(), m.end(), prio=_PRIO)


@rule("pronoun")
def _pronouns(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+pronouns?\b", ctx, _I):
        got = _sided(ctx, m, "count:pronouns", "count:pronouns_fewer")
        if got:
            yield Hit(got[0], {"N": got[1]}, m.start(), m.end(), prio=_PRIO)


@rule("japanese")
def _words_japanese(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        rf"\bevery\s+(?P<o>{_ORD})\s+word\s+(?:of|in)\s+(?:your|the)\s+\w+\s+(?:must|should)\s+be\s+(?:written\s+)?in\s+Japanese",
        r"\bwrite\s+every\s+word\s+of\s+your\s+\w+\s+in\s+Japanese",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            n = _ordinal(m.group("o")) if i == 0 else 1
            if n and n > 0:
                yield Hit("count:words_japanese", {"N": n}, m.start(), m.end(), prio=_PRIO)


@rule("sentence")
def _sentence_keyword(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        ("sentence:keyword", rf"\bthe\s+(?P<o>{_ORD})\s+sentence\s+(?:of\s+(?:your|the)\s+\w+\s+)?(?:must|should)\s+"
         rf"(?:include|contain|use)\s+the\s+word\s+(?P<q>{QUOTED})"),
        ("sentence:keyword_absent", rf"\b(?:do\s+not|don't|never)\s+use\s+the\s+word\s+(?P<q>{QUOTED})\s+in\s+the\s+"
         rf"(?P<o>{_ORD})\s+sentence(?:\s+of\s+(?:your|the)\s+\w+)?"),
    )  # fmt: skip
    for tid, pat in pats:
        for m in _scan(pat, ctx, _I):
            n, word = _ordinal(m.group("o")), _unquote(m.group("q"))
            if n and n > 0 and word:
                yield Hit(tid, {"word": word, "N": n}, m.start(), m.end(), prio=_PRIO)
    # the verb first, asked or forbidden: "Use the word "tide" in the second sentence", "Do not mention
    # the word "refund" in the first sentence either"
    verb = (
        rf"\b(?:use|include|put|mention|say|place)\s+the\s+word\s+(?P<q>{QUOTED})\s+in\s+the\s+(?P<o>{_ORD})\s+sentence"
        r"(?:\s+of\s+(?:your|the)\s+(?:response|answer|reply|email|letter|text|story|post|essay|message))?(?!\s+of\b)"
    )
    for m in _scan(verb, ctx, _I):
        n, word = _ordinal(m.group("o")), _unquote(m.group("q"))
        if n and n > 0 and word:
            tid = "sentence:keyword_absent" if _negated(ctx, m.start()) else "sentence:keyword"
            yield Hit(tid, {"word": word, "N": n}, m.start(), m.end(), prio=_PRIO)


@rule("sentence before")
def _growing_sentences(ctx: Ctx) -> Iterator[Hit]:
    inc = (
        rf"\beach\s+sentence\s+(?:must|should)\s+(?:contain|have)\s+exactly\s+(?P<num>{NUM})\s+more\s+words?\s+than\s+the\s+"
        r"(?:sentence|one)\s+before\s+it"
    )
    for m in _scan(inc, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None:
            yield Hit("sentence:increment", {"small_n": n}, m.start(), m.end(), prio=_PRIO)
    allit = (
        r"\beach\s+sentence\s+(?:must|should)\s+have\s+a\s+longer\s+run\s+of\s+(?:consecutive\s+)?alliterative\s+words"
        r"(?:\s*\([^()]*\))?\s+than\s+the\s+(?:sentence|one)\s+before\s+it"
    )
    for m in _scan(allit, ctx, _I):
        yield Hit("sentence:alliteration_increment", {}, m.start(), m.end(), prio=_PRIO)


@rule("once")
def _keywords_multiple(ctx: Ctx) -> Iterator[Hit]:
    # 'Use the word "a" once, "b" twice, "c" three times, "d" five times and "e" seven times'
    times = ("once", "twice", r"three\s+times", r"five\s+times", r"seven\s+times")
    parts = [rf"(?P<k{i}>{QUOTED})\s+{t}" for i, t in enumerate(times)]
    pat = (
        r"\buse\s+the\s+words?\s+" + r",?\s+".join(parts[:-1]) + r",?\s+and\s+" + parts[-1]
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


@rule("punctuation")
def _all_punctuation(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\buse\s+every\s+(?:standard\s+)?punctuation\s+mark\s+at\s+least\s+once(?:\s*:[^.\n]*?interrobang(?:\s*\(\?!\))?)?"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("count:punctuation", {}, m.start(), m.end(), prio=_PRIO)
