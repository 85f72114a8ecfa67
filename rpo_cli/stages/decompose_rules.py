"""Rule-based decomposition: recognise the registry's constraint types in an instruction from
their usual English phrasings (IFEval-style prompts, persona system prompts), with kwargs parsed
and the exact text that states each one.

Precision comes first: a wrong constraint corrupts every pair built on it, while a missed one is
left to the LLM pass of the decompose stage. So a rule fires only on a phrasing it can parse
completely (relation, number, quoted words, splitter...), a clause no rule recognises yields
nothing, and every result is validated by the registry before it is returned.

How it works, per system or user message:

1. *Units*: the message is cut into sentences by a small quote- and parenthesis-aware splitter
   (pysbd splits inside quoted options such as 'My answer is yes.'), and sentences that only go
   on stating the previous one ("No other words should follow this phrase.", "Mark the beginning
   of each section with ...", example lines after "such as:") are merged into it.
2. *Rules* run over each unit and propose hits: a type id, kwargs and a core character range.
   Overlapping hits are resolved by priority (the more specific phrasing wins).
3. *Spans*: a hit's core grows to the clause that states it when the rest of that clause is only
   constraint wording ("Your essay should contain" + "at least 300 words" + "."), but not into
   the task ("Describe a sunrise over the desert" + "in under 80 words"), so that the reverse stage
   can replace the span in place.
4. *Conditions*: a unit opening with a lexical user trigger ("When the user mentions love,")
   gives its constraints ``Condition(keywords=[...])``; a topical one ("If the user asks about
   money,") gives ``Condition(text=...)`` for the judge, since the verifier matches keywords
   literally and a topic covers words the prompt never lists; other "if ..." openers are
   skipped, since the rules cannot tell what they condition on.
5. *Guards* keep descriptions from reading as directives: questions, statements about the
   user's own text ("My essay is ..."), third-person or relative subjects ("a girl who never uses
   commas"), and verb-led phrases that do not open their clause ("Agents used to end every email
   with ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rpo_cli.schema import Condition, Constraint, Message, Span

_I = re.IGNORECASE

# --- numbers ---------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMWORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))
# Digits ("1,000" too) or number words ("twenty-five", "two hundred and fifty", "a dozen").
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|(?:an?\s+(?=hundred|thousand|dozen))?"
    rf"(?:{_NUMWORD})\b(?:[\s-]+(?:and[\s-]+)?(?:{_NUMWORD})\b)*)"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1,
}  # fmt: skip
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or English words, or None."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total, current, seen = 0, 0, False
    for tok in re.split(r"[\s-]+", t):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            current = max(current, 1)
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _ordinal(text: str) -> int | None:
    t = text.lower()
    if t in _ORDINALS:
        return _ORDINALS[t]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
    return int(m.group(1)) if m else parse_number(t)


# --- relations -------------------------------------------------------------------------------

# phrase -> (relation, offset): "at most N" is "less than N+1", "more than N" is "at least N+1";
# "at least N" is never turned into "more than N-1" (IFEval's two relations partition the integers).
_REL_TABLE: dict[str, tuple[str, int]] = {}
for _p in ("at least", "no less than", "no fewer than", "not less than", "not fewer than", "a minimum of",
           "minimum of", "minimum", "min", "min."):  # fmt: skip
    _REL_TABLE[_p] = ("at least", 0)
for _p in ("more than", "over", "greater than", "longer than", "in excess of", "above", "exceeding"):
    _REL_TABLE[_p] = ("at least", 1)
for _p in ("less than", "fewer than", "under", "below", "shorter than", "lower than"):
    _REL_TABLE[_p] = ("less than", 0)
for _p in ("at most", "no more than", "not more than", "a maximum of", "maximum of", "maximum", "max", "max.",
           "up to", "no longer than", "not longer than", "not exceeding", "within"):  # fmt: skip
    _REL_TABLE[_p] = ("less than", 1)
REL = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_REL_TABLE, key=len, reverse=True)) + ")"
_EXACT = r"(?:exactly|precisely|just)"

_NEG_WORDS = (
    r"(?:do\s+not|don't|does\s+not|doesn't|must\s+not|mustn't|should\s+not|shouldn't|cannot|can't|never|"
    r"may\s+not|will\s+not|won't|not|avoid|refrain\s+from|without)"
)
# A negation governing what follows it: "Do not write (more than 120 words)", "Never use (emojis)".
_NEG_BEFORE = re.compile(rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,4}}$", _I)


def _relation(rel_text: str | None, n: int, negated: bool = False) -> tuple[str, int] | None:
    """("at least" | "less than", threshold) for a relation phrase and number; None for "exactly"."""
    if rel_text is None:
        return None
    key = re.sub(r"\s+", " ", rel_text.strip().lower())
    if key not in _REL_TABLE:
        return None
    rel, off = _REL_TABLE[key]
    if negated:  # "not more than N" = "at most N": flip the relation, keep the threshold
        rel = "less than" if rel == "at least" else "at least"
    return rel, n + off


def _flip_if_negated(prefix: str) -> bool:
    return bool(_NEG_BEFORE.search(prefix))


# --- quoted items ----------------------------------------------------------------------------

# A quoted word or phrase: "x", “x”, 'x' (not an apostrophe: no word character outside), ‘x’.
QUOTED = r"(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|(?<![\w'])'[^'\n]{1,80}?'(?![\w])|‘[^’\n]{1,80}’)"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
QLIST = rf"{QUOTED}(?:{_SEP}{QUOTED})*"


def _unquote(q: str) -> str:
    return q[1:-1].strip()


def _quoted_items(text: str) -> list[str]:
    return [_unquote(m.group(0)) for m in re.finditer(QUOTED, text)]


def _list_joiner(qlist: str) -> str:
    """ "or" when the quoted list is a disjunction ("X" or "Y"), else "and"."""
    stripped = re.sub(QUOTED, "", qlist)
    return "or" if re.search(r"\bor\b", stripped, _I) else "and"


# --- units: sentences plus their continuations -----------------------------------------------

_ABBREV = {"i.e", "e.g", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "no", "approx", "cf", "fig", "ie", "eg"}
# Sentences that go on stating the previous sentence's constraint.
_CONTINUATION = re.compile(
    r"^(?:no\s+other\s+(?:words?|text|language)|nothing\s+(?:else\s+)?(?:should|must|may|can)|"
    r"no\s+capital\s+letters|use\s+the\s+markdown\s+bullet|responses\s+and\s+only\s+responses|"
    r"mark\s+the\s+beginning\s+of\s+each|each\s+section\s+(?:should|must)\s+(?:begin|start)|"
    r"paragraphs\s+(?:and\s+only\s+paragraphs\s+)?(?:are|should\s+be|must\s+be)\s+separated|"
    r"separate\s+(?:the\s+)?paragraphs|paragraph\s+\d+\s+(?:must|should)|the\s+request\s+(?:to\s+repeat\s+)?is\s*:|"
    r"you\s+can\s+use\s+markdown\s+ticks|leave\s+out\s+at\s+least\s+one)",
    _I,
)


def _protected(text: str) -> list[tuple[int, int]]:
    """Quoted strings, parenthesised asides and <<titles>>: no sentence ends inside them."""
    spans = [(m.start(), m.end()) for m in re.finditer(QUOTED + r"|<<[^<>\n]*>>", text)]
    for m in re.finditer(r"\([^()\n]*\)|\[[^\[\]\n]*\]", text):
        spans.append((m.start(), m.end()))
    return sorted(spans)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e for s, e in spans)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a break after [.!?] (or after a closing quote ending in one, or after a
    "***" divider) followed by whitespace and a capital, digit, quote or list marker; and at
    every newline. Never inside quotes or parentheses; not after "i.e."-style abbreviations."""
    prot = _protected(text)
    cuts = set()
    ends = r"[.!?]+[\"'”’)\]]*(?=\s+[A-Z0-9\"'“‘*(\[<]|\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|\s*$)"
    for m in re.finditer(rf"{ends}|\*{{3,}}(?=\s+[A-Z])|[。！？]+", text):
        end = m.end()
        if _inside(m.start(), prot) and not any(e == end for _, e in prot):
            continue
        word = re.search(r"([\w.]+)$", text[: m.start()])
        if m.group(0).startswith(".") and word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if (
            m.group(0).startswith(".")
            and word
            and re.fullmatch(r"[A-Z]", word.group(1))
            and (re.match(r"\s+[A-Z]\.", text[m.end() :]) or re.search(r"\b[A-Z]\.\s+[A-Z]$", text[: m.start()]))
        ):
            continue  # an initial ("J. K. Rowling"), not a sentence end
        cuts.add(end)
    for m in re.finditer(r"\n", text):
        if not _inside(m.start(), prot):
            cuts.add(m.start())
    out, start = [], 0
    for c in [*sorted(cuts), len(text)]:
        s, e = start, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        start = c
    return out


@dataclass
class Unit:
    """A sentence with its continuation sentences; ``base_end`` is where the first one ends."""

    start: int
    end: int
    base_end: int


def _units(text: str) -> list[Unit]:
    """Sentences, each merged with the continuation sentences and example lines that follow it."""
    units: list[Unit] = []
    in_example = False
    for s, e in _sentences(text):
        seg = text[s:e]
        if units:
            prev = units[-1]
            gap = text[prev.end : s]
            prev_text = text[prev.start : prev.end]
            example = "\n" in gap and "\n\n" not in gap and (prev_text.endswith(":") or in_example)
            example = example and len(seg) <= 60 and not _CONTINUATION.match(seg)
            if example or _CONTINUATION.match(seg) or not any(ch.isalnum() for ch in seg):
                prev.end = e
                in_example = example
                continue
        in_example = False
        units.append(Unit(s, e, e))
    return units


# --- clauses and span growth -----------------------------------------------------------------

# Words that may open a constraint clause: a comma or "and" before one of these starts a clause.
_STARTERS = (
    r"do|don't|never|avoid|use|using|include|including|make|keep|wrap|end|ending|finish|start|begin|highlight|"
    r"add|answer|respond|reply|write|with|without|put|give|mention|separate|separated|in|that|capitalize|ensure|"
    r"the|your|it|each|every|all|at|limit|no|sign|surround|organize|format|mark|marking|contain|containing|be|"
    r"should|must|also|then|say|restate|repeat|but|avoiding|refrain|not|and|or|only|limit|stay|provide|"
    r"split|divide|list|present|reply|respond|focus|call"
)
_CLAUSE_BREAK = re.compile(
    rf";\s*|,\s+(?:and|or|but|then|plus)\s+|\s+(?:and|but)\s+(?=(?:{_STARTERS})\b)|,\s+(?=(?:{_STARTERS})\b)"
    rf"|:\s+(?=(?:{_STARTERS})\b)|\s*\(\s*|\s*\)\s*|\s+[—–]\s+",
    _I,
)

# Words that carry no task content: a prefix or tail made only of them belongs to the constraint.
_VOCAB = set(
    """your the this that these those it its my each every all entire whole full final complete overall total
    response responses answer answers reply replies output essay letter story stories poem text message review
    plan plans summary post ad bio note speech article description pitch email tweet list thing things
    everything recipe song paragraph rest result tone reader user users
    should must has have to needs need will shall is are be been can may might could would contain contains
    consist of use uses using with in keep make sure ensure please also and but then plus additionally
    finally lastly moreover furthermore answer respond reply write written give provide do not don't never
    no at least more most than less fewer only just exactly so that remember note important importantly
    always anywhere anything at all throughout whatever any be sure for there here when you yours i we
    before after end beginning start top bottom very explicitly strictly via by as such like e.g i.e
    one format formatted formatting layout include including included counting spaces code
    long length words overall per time times once twice again either way form ok okay keep kept limit
    mark them they following letters characters represented square brackets bracket enclosed wrapped
    markdown bullets angular split into divided organize organise organized sign off top""".split()
)
_EXPLAIN = re.compile(
    r"^\s*:\s+\w|^\s*(?:[,—–-]\s*)?(?:because|since|as\s+(?:the|this|it|they|we|you|our)|so\s+that|so\s+(?:the|little|young|it|"
    r"they|that|readers?|users?|beginners?)|to\s+(?:keep|make|help|avoid|ensure|show|stay|give)|for\s+"
    r"(?:emphasis|clarity|readability|the\s+user|accessibility))",
    _I,
)
_EXAMPLE = re.compile(r",?\s*\(?\s*(?:such\s+as|like|e\.g\.|i\.e\.|for\s+example|for\s+instance)(?=[\s:,]|$)", _I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'.]*")


def _only_vocab(s: str) -> bool:
    words = _WORD.findall(s.lower())
    return all(w.strip(".") in _VOCAB for w in words) and len(words) <= 12


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of text[start:end], split outside quotes."""
    prot = [(s, e) for s, e in _protected(text) if text[s] not in "(["]
    out, cur = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if _inside(m.start(), prot) or _inside(m.end() - 1, prot):
            continue
        if m.start() > cur:
            out.append((cur, m.start()))
        cur = m.end()
    if end > cur:
        out.append((cur, end))
    # no clause starts or ends on whitespace
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed or [(start, end)]


# --- hits and rules --------------------------------------------------------------------------


@dataclass
class Hit:
    """A recognised constraint: type id, kwargs, and its core range (message offsets)."""

    id: str
    kwargs: dict[str, Any]
    start: int
    end: int
    prio: int = 50
    #: Other ranges this hit also covers (e.g. the "in English" of a case constraint).
    extra: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Ctx:
    """What a rule sees: the whole message and the unit to search (rules return message offsets)."""

    content: str
    unit: Unit

    @property
    def text(self) -> str:
        return self.content[self.unit.start : self.unit.end]

    def prefix(self, pos: int, words: int = 6) -> str:
        """The unit text before message offset ``pos`` within its clause (a few words)."""
        s = self.content[self.unit.start : pos]
        cut = max(s.rfind(";"), s.rfind("("), s.rfind(". "))
        s = s[cut + 1 :]
        return " ".join(s.split()[-words:]) + (" " if s and s[-1].isspace() else "")


Rule = Callable[[Ctx], Iterator[Hit]]
#: (rule, words): a rule runs on a unit only when the unit's lowercased text contains one of its
#: words (each a necessary condition for the rule to match), which skips most regex scans.
RULES: list[tuple[Rule, tuple[str, ...]]] = []


def rule(*needs: str) -> Callable[[Rule], Rule]:
    """Register a rule: a function from a unit to the hits it recognises there."""

    def add(fn: Rule) -> Rule:
        RULES.append((fn, needs))
        return fn

    return add


def _scan(pattern: str, ctx: Ctx, flags: int) -> Iterator[re.Match]:
    """Matches of ``pattern`` inside the unit (re caches the compiled patterns)."""
    rx = re.compile(pattern, flags)
    yield from rx.finditer(ctx.content, ctx.unit.start, ctx.unit.end)


def _negated(ctx: Ctx, pos: int, reach: int = 4) -> bool:
    """Whether a negation governs the text at ``pos`` ("Do not write (more than ...)"), looking
    back at most ``reach`` words past the negation, within the clause."""
    if reach == 4:
        return _flip_if_negated(ctx.prefix(pos))
    rx = rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,{reach}}}$"
    return bool(re.search(rx, ctx.prefix(pos, reach + 3), _I))


_TIMES = rf"(?:(?P<n>{NUM})\s+times?|(?P<tw>once|twice|thrice))"


def _times_value(m: re.Match) -> int | None:
    if m.group("tw"):
        return {"once": 1, "twice": 2, "thrice": 3}[m.group("tw").lower()]
    return parse_number(m.group("n"))


_RESP = (
    r"(?:response|answer|reply|output|essay|letter|story|poem|text|message|post|summary|review|article|speech|email)"
)

# length ----------------------------------------------------------------------------------------

_COUNT_GUARD = re.compile(
    r"\b(?:each|every|per|any|no|one|a)\s+(?:\w+\s+)?(?:sentences?|paragraphs?|lines?|bullets?|points?|items?|"
    r"sections?|titles?|headings?|stanzas?|verses?|steps?)\b[^.;]*$|\b(?:each|every|per)\s+$|\(\s*(?:such\s+as|like)[^)]*\)[^.;]*$",
    _I,
)


@rule("word")
def _number_words(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+words?\b(?!\s+(?:from|of\b|in\s+(?:all|capital|upper|bold|italic)|"
        r"with\s+all|that|which|per|each|in\s+each|in\s+every|starting|beginning|ending|should\s+be\s+in|"
        r"(?:should|must)\s+be\s+(?:in\s+)?(?:all|capital|upper)|more|fewer|less|at\s+least|at\s+most|exactly|\d))"
        r"(?:\s+(?:long|in\s+length))?"
    )
    for m in _scan(pat, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _COUNT_GUARD.search(pre) or re.search(
            r"\bsentences?\s+(?:(?:should|must|has\s+to|needs?\s+to|to|be|have|contain|of|with|no|not)\s+){0,3}$",
            pre,
            _I,
        ):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("length_constraints:number_words", {"num_words": rel[1], "relation": rel[0]}, m.start(), m.end())
    # "300+ words", "a 300+ word essay", "250 words or more", "100 words or less"
    for m in _scan(r"\b(?P<num>\d+)\s*\+\s*(?:-\s*)?words?\b", ctx, _I):
        yield Hit("length_constraints:number_words", {"num_words": int(m.group("num")), "relation": "at least"},
                  m.start(), m.end())  # fmt: skip
    for m in _scan(rf"\b(?P<num>{NUM})\s+words?\s+or\s+(?P<dir>more|fewer|less)\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        kw = {"num_words": n, "relation": "at least"} if m.group("dir").lower() == "more" else {
            "num_words": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit("length_constraints:number_words", kw, m.start(), m.end())
    # "should not exceed 100 words", "word limit of 100"
    for m in _scan(rf"\b(?:not\s+exceed|exceed)\s+(?P<num>{NUM})\s+words\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        # "exceed N" is "more than N"; "(do) not exceed N" is "at most N"
        rel = _relation("more than", n, m.group(0).lower().startswith("not") or _negated(ctx, m.start()))
        if rel:
            kw = {"num_words": rel[1], "relation": rel[0]}
            yield Hit("length_constraints:number_words", kw, m.start(), m.end())
    for m in _scan(rf"\b(?:a\s+)?(?:word\s+limit|maximum\s+word\s+count)\s+of\s+(?P<num>{NUM})(?:\s+words)?", ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None:
            yield Hit("length_constraints:number_words", {"num_words": n + 1, "relation": "less than"},
                      m.start(), m.end())  # fmt: skip


_ZH_REL = {"不超过": ("less than", 1), "不多于": ("less than", 1), "最多": ("less than", 1), "至多": ("less than", 1),
           "少于": ("less than", 0), "不到": ("less than", 0), "至少": ("at least", 0), "不少于": ("at least", 0),
           "多于": ("at least", 1), "超过": ("at least", 1)}  # fmt: skip


@rule("字")
def _chinese_length(ctx: Ctx) -> Iterator[Hit]:
    """ "不超过200字" (at most 200 characters): a Chinese character count, so non-space characters."""
    rels = "|".join(sorted(_ZH_REL, key=len, reverse=True))
    for m in _scan(rf"(?P<rel>{rels})\s*(?P<num>\d+)\s*个?(?:汉字|中文字|字)", ctx, 0):
        rel, off = _ZH_REL[m.group("rel")]
        kw = {"num_chars": int(m.group("num")) + off, "relation": rel}
        yield Hit("length:number_nonspace_characters", kw, m.start(), m.end())


@rule("sentence")
def _number_sentences(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+sentences?\b(?!\s+(?:that|which|with|of|long))", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _COUNT_GUARD.search(pre):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            kw = {"num_sentences": rel[1], "relation": rel[0]}
            yield Hit("length_constraints:number_sentences", kw, m.start(), m.end())


@rule("sentence")
def _max_words_per_sentence(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?:(?:each|every|all|any)\s+(?:of\s+your\s+|single\s+)?sentences?|sentences?|no\s+sentence)\s+"
        rf"(?:(?:should|must|has\s+to|have\s+to|needs?\s+to|may|can)\s+)?(?:(?:be|have|contain|stay|remain|run)\s+)?"
        rf"(?:to\s+)?(?P<rel>{REL})\s+(?P<num>{NUM})\s+words(?:\s+long)?"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        neg = m.group(0).lower().startswith("no sentence") or _negated(ctx, m.start())
        rel = _relation(m.group("rel"), n, neg)
        if rel and rel[0] == "less than" and rel[1] >= 2:
            yield Hit("length:max_words_per_sentence", {"max_words": rel[1] - 1}, m.start(), m.end(), prio=60)
    pat = rf"\b(?:include|have|write|use)\s+(?:at\s+least\s+)?(?:one|a)\s+sentence\s+(?:that\s+is\s+|with\s+)?(?:more|longer)\s+than\s+(?P<num>{NUM})\s+words(?:\s+long)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n and not _negated(ctx, m.start()):
            yield Hit("length:long_sentence", {"max_words": n}, m.start(), m.end(), prio=60)


@rule("character")
def _number_characters(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+characters?\b(?:\s+long)?", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _COUNT_GUARD.search(pre):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if not rel:
            continue
        nonspace = re.search(r"\b(?:not\s+counting|excluding|without(?:\s+counting)?|ignoring)\s+(?:the\s+)?"
                             r"(?:spaces|whitespace)|\bnon-?\s*(?:space|whitespace)\b", ctx.text, _I)  # fmt: skip
        tid = "length:number_nonspace_characters" if nonspace else "length:number_characters"
        yield Hit(tid, {"num_chars": rel[1], "relation": rel[0]}, m.start(), m.end())


@rule("line")
def _number_lines(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+lines?\b(?!\s+of\s+code)(?:\s+of\s+text)?", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _COUNT_GUARD.search(pre):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("length:number_lines", {"num_lines": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=40)


_DIVIDER = r"(?:\*\s*\*\s*\*|markdown\s+divider)"


@rule("paragraph")
def _paragraphs(ctx: Ctx) -> Iterator[Hit]:
    text = ctx.text
    has_divider = re.search(_DIVIDER, text, _I)
    for m in _scan(rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+paragraphs?\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _COUNT_GUARD.search(ctx.content[ctx.unit.start : m.start()]):
            continue
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        if has_divider and (rel_text is None or re.fullmatch(_EXACT, rel_text, _I)):
            d = re.compile(_DIVIDER, _I).search(ctx.content, m.end(), ctx.unit.end)
            end = d.end() if d else m.end()
            tid = "length_constraints:not_number_paragraphs" if neg else "length_constraints:number_paragraphs"
            yield Hit(tid, {"num_paragraphs": n}, m.start(), end)
        elif rel_text and not has_divider and not re.fullmatch(_EXACT, rel_text, _I):
            rel = _relation(rel_text, n, neg)
            if rel:
                kw = {"num_paragraphs": rel[1], "relation": rel[0]}
                yield Hit("length:number_paragraphs_blankline", kw, m.start(), m.end(), prio=40)


@rule("paragraph")
def _nth_paragraph(ctx: Ctx) -> Iterator[Hit]:
    word = rf"(?:the\s+(?:word|term)\s+)?(?:{QUOTED}|(?P<bare>[A-Za-z][\w'-]*))"
    pats = [
        rf"\b(?:paragraph\s+(?:number\s+)?(?P<k>\d+|{NUM})|(?:the\s+)?(?P<o>{_ORD})\s+paragraph)\s+(?:(?:must|should|"
        rf"has\s+to|needs\s+to|will|is\s+to|shall)\s+)?(?:start|begin)(?:s|ing)?\s+with\s+(?P<w>{word})",
        rf"\b(?:start|begin)\s+(?:the\s+)?(?:(?P<o2>{_ORD})\s+paragraph|paragraph\s+(?P<k2>\d+|{NUM}))\s+with\s+"
        rf"(?P<w2>{word})",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            k_text = m.groupdict().get("k") or m.groupdict().get("k2")
            o_text = m.groupdict().get("o") or m.groupdict().get("o2")
            k = parse_number(k_text) if k_text else _ordinal(o_text or "")
            w_text = m.groupdict().get("w") or m.groupdict().get("w2") or ""
            wq = re.search(QUOTED, w_text)
            first = _unquote(wq.group(0)) if wq else w_text.split()[-1]
            if not k or k < 1 or not first or " " in first:
                continue
            # the paragraph count: in this unit, or the nearest mention before it in the message
            counts = list(re.finditer(rf"(?P<num>{NUM})(?:\s+|-)paragraphs?\b", ctx.content[: ctx.unit.end], _I))
            if not counts:
                continue
            c = counts[-1]
            n = parse_number(c.group("num"))
            if not n or k > n:
                continue
            start = c.start() if c.start() >= ctx.unit.start else m.start()
            neg = _negated(ctx, start, 7)
            tid = (
                "length_constraints:not_nth_paragraph_first_word"
                if neg
                else "length_constraints:nth_paragraph_first_word"
            )
            kw = {"num_paragraphs": n, "nth_paragraph": k, "first_word": first}
            yield Hit(tid, kw, start, m.end(), prio=80)


# keywords --------------------------------------------------------------------------------------

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
        # "espresso" should appear fewer than 3 times
        rf"(?P<q>{QUOTED})\s+(?:should|must)\s+(?:appear|occur|be\s+used)\s+(?P<rel>{REL}\s+)?{_TIMES}",
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
    pat = rf"\bthe\s+letter\s+(?:{QUOTED}|(?P<bare>[A-Za-z])\b)[^.;!?]{{0,60}}?\b(?P<rel>{REL})\s+{_TIMES}"
    for m in _scan(pat, ctx, _I):
        head = re.match(rf"the\s+letter\s+({QUOTED}|[A-Za-z])", m.group(0), _I)
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


@rule('"', "'", "“", "‘", "keyword", "mention", "include", "say")
def _keywords_positive(ctx: Ctx) -> Iterator[Hit]:
    verb = r"(?:include|use|using|mention|incorporate|feature|contain|containing|including|work\s+in|add|have)"
    pat = (
        rf"\b{verb}\s+(?P<lead>(?:(?:at\s+least\s+one\s+of\s+)?(?:the|these|all\s+(?:of\s+)?the|both\s+(?:of\s+)?the|"
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


@rule('"', "'", "“", "‘")
def _keywords_negative(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?P<neg>do\s+not|don't|never|avoid|without|refrain\s+from|must\s+not|should\s+not|shouldn't|cannot|"
        rf"can't|may\s+not)\s+(?P<gap>(?:[\w'-]+\s+){{0,3}}?)(?:(?:the|any)\s+(?:of\s+)?(?:the\s+)?|these\s+)?"
        rf"(?:following\s+)?(?P<noun>{_KW_NOUN})?\s*:?\s*(?P<list>{QLIST}){_NOT_COUNTED}"
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
            yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=55)
    pat = rf"\bdo\s+not\s+include\s+all\s+of\s+the\s+{_KW_NOUN}\s+(?P<list>{QLIST})(?:\s*:\s*leave\s+out\s+at\s+least\s+one(?:\s+of\s+them)?)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        items = _quoted_items(m.group("list"))
        if items:
            yield Hit("keywords:omit_some", {"keywords": items}, m.start(), m.end(), prio=60)


# start / end ---------------------------------------------------------------------------------

_SUBPART = re.compile(r"\b(?:paragraph|section|sentence|line|bullet|item|point|chapter|stanza|verse|part)s?\b", _I)
# "each section should begin with": the sub-part is the subject, not the response
_SUBPART_BEFORE = re.compile(
    r"\b(?:paragraph|section|sentence|line|bullet|item|point|chapter|stanza|verse|part)s?\s+"
    r"(?:(?:should|must|has\s+to|needs\s+to|will|shall|can|may)\s+)?(?:always\s+)?$",
    _I,
)


def _phrase_after(m: re.Match) -> str:
    return _unquote(m.group("p"))


@rule("start", "begin", "open", "end", "finish", "conclude", "close", "sign", "wrap")
def _start_end_phrases(ctx: Ctx) -> Iterator[Hit]:
    obj = r"(?:(?:your|the|this|that|each|every|all|it|my|its)\s+(?:[\w-]+\s+){0,2}?)?"
    kind = r"(?:(?:this|the|a|these)\s+)?(?:(?:exact|following|precise|same|specific)\s+)*(?:(?:phrase|words?|sentence|line|greeting|text|sign-?off|question)\s*)?:?\s*"  # noqa: E501
    after = (
        r"(?:\s*[.,]?\s*(?:and\s+)?(?:say\s+|write\s+|add\s+)?nothing\s+(?:else\s+)?(?:after|should|must|may|can|"
        r"comes?)[^.!?]*[.!?]?|\s*[.,]?\s*No\s+other\s+words\s+should\s+follow[^.!?]*[.!?]?|\s*,?\s+with\s+nothing\s+after(?:\s+(?:it|that|this))?)?"
    )
    ends = [
        rf"\b(?:end|finish|conclude|close|sign\s+off|wrap\s+up)\s+{obj}with\s+{kind}(?P<p>{QUOTED}){after}",
        rf"\b(?:{_RESP}|it|pitch|note|ad|plan|review|bio|reply)s?\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?"
        rf"(?:always\s+)?ends?\s+with\s+{kind}(?P<p>{QUOTED}){after}",
    ]
    for pat in ends:
        for m in _scan(pat, ctx, _I):
            pre = ctx.prefix(m.start(), 8)
            if _SUBPART.search(m.group(0).split(" with ")[0]) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
                continue
            phrase = _phrase_after(m)
            if not phrase:
                continue
            tid = "startend:not_end_checker" if _flip_if_negated(pre) else "startend:end_checker"
            yield Hit(tid, {"end_phrase": phrase}, m.start(), m.end(), prio=85)
    # IFEval's own wording leaves the phrase unquoted: "... this exact phrase: Is there anything else I can
    # help with? No other words should follow this phrase." The follow-up sentence delimits it.
    pat = (
        rf"\b(?:end|finish|conclude)\s+{obj}with\s+(?:this|the)\s+(?:exact\s+)?phrase\s*:?\s+(?P<p>[^\"“'‘\n][^\n]{{0,120}}?)"
        r"\s*(?:(?<=[.!?])|\.)\s+No\s+other\s+words\s+should\s+follow[^.!?\n]*[.!?]?"
    )
    for m in _scan(pat, ctx, _I):
        tid = "startend:not_end_checker" if _negated(ctx, m.start()) else "startend:end_checker"
        yield Hit(tid, {"end_phrase": m.group("p").strip()}, m.start(), m.end(), prio=86)
    starts = [
        rf"\b(?:start|begin|open)\s+{obj}(?:with|by\s+saying)\s+{kind}(?P<p>{QUOTED})",
        rf"\b(?:{_RESP}|it)s?\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?(?:always\s+)?(?:start|begin)s?\s+with\s+"
        rf"{kind}(?P<p>{QUOTED})",
    ]
    for pat in starts:
        for m in _scan(pat, ctx, _I):
            head = m.group(0).split(" with ")[0]
            if _SUBPART.search(head) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
                continue
            phrase = _phrase_after(m)
            if not phrase:
                continue
            tid = "startend:not_start_phrase" if _negated(ctx, m.start()) else "startend:start_phrase"
            yield Hit(tid, {"start_phrase": phrase}, m.start(), m.end(), prio=85)


@rule("quot")
def _quotation(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:wrap|surround|enclose|put|place)\s+(?:(?:(?:your|the|this|my)\s+)?(?:entire|whole|full|complete)\s+"
        rf"(?:{_RESP}|ad|reply|output|thing|tweet|haiku)|your\s+(?:{_RESP}|reply|output)|everything)\s*(?:with|in|within|inside|between)\s+"
        r"(?:a\s+pair\s+of\s+)?double\s+(?:quotation\s+marks|quotes|quote\s+marks)",
        rf"\b(?:{_RESP}|it)\s+(?:should|must|has\s+to|needs\s+to)\s+be\s+(?:wrapped|enclosed|surrounded|placed)\s+"
        r"(?:entirely\s+)?(?:in|with|within)\s+double\s+(?:quotation\s+marks|quotes)",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            tid = "startend:no_quotation" if _negated(ctx, m.start()) else "startend:quotation"
            yield Hit(tid, {}, m.start(), m.end(), prio=60)


@rule("postscript", "post-script", "p.", "p. ")
def _postscript(ctx: Ctx) -> Iterator[Hit]:
    marker = r"(?P<m>P\.\s?(?:P\.\s?)*S\.?)"
    pat = (
        rf"\b(?:add|include|end\s+with|append|write|finish\s+with|put|sign\s+off\s+with|close\s+with)\s+(?:a|an|the)?\s*"
        rf"(?:(?:postscript|post-script|{marker}(?!\w))(?:\s+(?:starting|beginning|that\s+starts|that\s+begins|"
        rf"which\s+starts|which\s+begins)\s+with\s+(?P<m2>P\.\s?(?:P\.\s?)*S\.?))?)"
    )
    for m in _scan(pat, ctx, _I):
        raw = m.group("m2") or m.group("m") or "P.S."
        mk = re.sub(r"\s+", "", raw).upper()
        mk = "P.P.S" if mk.startswith("P.P.S") else ("P.S." if mk in ("P.S", "P.S.") else mk)
        tid = "detectable_content:no_postscript" if _negated(ctx, m.start()) else "detectable_content:postscript"
        end = m.end()
        tail = re.compile(r"\s+(?:to\s+your\s+response|at\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:your|the)\s+\w+)?)", _I)
        t = tail.match(ctx.content, end, ctx.unit.end)
        yield Hit(tid, {"postscript_marker": mk}, m.start(), t.end() if t else end, prio=60)


# format ----------------------------------------------------------------------------------------


@rule("placeholder")
def _placeholders(ctx: Ctx) -> Iterator[Hit]:
    pat = rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+placeholders?\b"
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        if rel_text and re.fullmatch(_EXACT, rel_text, _I):
            continue
        rel = _relation(rel_text, n, neg) if rel_text else (("less than", n) if neg else ("at least", n))
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


@rule("bullet")
def _bullets(ctx: Ctx) -> Iterator[Hit]:
    noun = (
        r"(?:markdown\s+|distinct\s+|separate\s+)?(?:bullet(?:ed)?(?:[\s-]+(?:points?|items?|list\s+items))|bullets)\b"
    )
    for m in _scan(rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+{noun}", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
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
    pat = (
        r"\b(?:do\s+not|don't|never)\s+use\s+(?:any\s+)?bullet(?:ed)?[\s-]*(?:points?|lists?)\b"
        r"|\bno\s+bullet[\s-]*points\b"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("format:bullet_points", {"num_bullets": 1, "relation": "less than"}, m.start(), m.end())


@rule("numbered", "ordered")
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
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if not re.search(r"markdown|\*", ctx.content[m.start() : ctx.unit.end], _I):
                continue
            n = parse_number(m.group("num"))
            if n is None:
                continue
            rel_text = m.group("rel")
            neg = _negated(ctx, m.start())
            if rel_text and re.fullmatch(_EXACT, rel_text, _I):
                continue
            rel = _relation(rel_text, n, neg) if rel_text else (("less than", n) if neg else ("at least", n))
            if not rel:
                continue
            tid = ("detectable_format:number_highlighted_sections" if rel[0] == "at least"
                   else "detectable_format:fewer_highlighted_sections")  # fmt: skip
            yield Hit(tid, {"num_highlights": rel[1]}, m.start(), m.end(), prio=65)
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


@rule("section")
def _sections(ctx: Ctx) -> Iterator[Hit]:
    text = ctx.text
    sp = re.search(
        r"(?:mark(?:ed|ing)?\s+(?:the\s+beginning\s+of\s+)?(?:each|every)(?:\s+(?:section|one|part))?\s+with|(?:each|every)"
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
        rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+(?:distinct\s+|separate\s+|different\s+)?sections\b", ctx, _I
    ):
        n = parse_number(m.group("num"))
        if n is None:
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
        start = m.start() - len(lead.group(0)) if lead else m.start()
        tid = "format:not_json_keys" if _negated(ctx, start) else "format:json_keys"
        yield Hit(tid, {"keys": items}, start, m.end(), prio=75)
    pats = [
        r"(?:\b(?:wrap(?:ped)?|format(?:ted)?|write|written|put|present(?:ed)?|give|return|output|provide|answer|respond|"
        r"reply|be|is|are|structure[d]?)\b[^.;!?]{0,40}?)?\b(?:in|as|into|using)\s+(?:a\s+|an\s+|the\s+|valid\s+|proper\s+|"
        r"strict\s+)*JSON\b(?:\s+(?:format|object|structure))?(?!\s+(?:parsing|schemas?|files?|syntax|data\s+(?!format)))",
        r"\bJSON[- ]formatted\s+(?:output|response|answer)\b",
        r"\b(?:entire|whole)\s+(?:output|response|answer|reply)\s+(?:should|must)\s+be\s+(?:valid\s+)?JSON\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            tid = "detectable_format:not_json_format" if _negated(ctx, m.start()) else "detectable_format:json_format"
            yield Hit(tid, {}, m.start(), m.end(), prio=50)


@rule("*", "asterisk")
def _two_responses(ctx: Ctx) -> Iterator[Hit]:
    if not re.search(r"\*{6}|\b(?:6|six)\s+asterisks?", ctx.text, _I):
        return
    pat = (
        r"\b(?:(?:give|provide|write|offer|generate|produce|want|need|create|compose)\s+(?:me\s+)?)?(?:two|2)\s+"
        r"(?:different|distinct|separate|alternative)\s+(?:responses|answers|versions|replies|options|suggestions)\b"
        r"(?:[^.;]*?(?:\*{6}|(?:6|six)\s+asterisks?(?:\s+symbols)?(?:\s*:?\s*\(?\*{6}\)?)?))?"
    )
    for m in _scan(pat, ctx, _I):
        tid = "combination:not_two_responses" if _negated(ctx, m.start()) else "combination:two_responses"
        yield Hit(tid, {}, m.start(), m.end(), prio=70)


@rule("repeat", "restate", "copy")
def _repeat_prompt(ctx: Ctx) -> Iterator[Hit]:
    exact = (
        r"(?:exactly|verbatim|word\s+for\s+word|as\s+(?:it\s+is\s+)?(?:written|given|asked)"
        r"|without\s+(?:any\s+)?change[s]?)"
    )
    pat = (
        rf"\b(?P<first>(?:first|before\s+(?:you\s+)?(?:answer(?:ing)?|respond(?:ing)?|reply(?:ing)?)|to\s+begin)\s*,?\s*)?"
        rf"(?:repeat|restate|copy)\s+(?:the|this|my|your|the\s+user's)\s+(?:request|question|prompt|instruction|query)\s*"
        rf"(?P<ex>(?:,?\s*(?:and\s+)?{exact})*)"
        r"(?:,?\s*(?:and\s+)?then\s+(?:give|answer|provide|respond|write|reply)[^.(;]*)?(?:\s*\([^()]*\))?\.?"
    )
    for m in _scan(pat, ctx, _I):
        if not (m.group("ex") or "").strip() and not m.group("first"):
            continue
        content = ctx.content
        end = m.end()
        explicit = re.compile(r"\s*The\s+request\s+(?:to\s+repeat\s+)?is\s*:\s*(?P<r>[^\n]+)", _I).match(content, end)
        if explicit:
            request, end = explicit.group("r").strip(), explicit.end()
        else:
            before = content[: m.start()].strip()
            after = content[end:].strip()
            request = before or after
        if not request:
            continue
        tid = "combination:repeat_prompt"
        yield Hit(tid, {"prompt_to_repeat": request}, m.start(), end, prio=80)
    pat = r"\b(?:do\s+not|don't)\s+(?:begin|start)\s+your\s+\w+\s+by\s+repeating\s+the\s+(?:request|question|prompt)\.?"
    for m in _scan(pat, ctx, _I):
        explicit = re.compile(r"\s*The\s+request\s+(?:to\s+repeat\s+)?is\s*:\s*(?P<r>[^\n]+)", _I).match(
            ctx.content, m.end()
        )
        if explicit:
            kw = {"prompt_to_repeat": explicit.group("r").strip()}
            yield Hit("combination:not_repeat_prompt", kw, m.start(), explicit.end(), prio=80)


@rule("my answer is")
def _constrained_response(ctx: Ctx) -> Iterator[Hit]:
    opts = list(re.finditer(r"my\s+answer\s+is\s+(yes|no|maybe)\.?", ctx.text, _I))
    if {o.group(1).lower() for o in opts} != {"yes", "no", "maybe"}:
        return
    first = ctx.unit.start + opts[0].start()
    last = ctx.unit.start + opts[-1].end()
    close = re.compile(r"[\"'”’]?\)?\.?").match(ctx.content, last, ctx.unit.end)
    last = close.end() if close else last
    lead = re.search(
        r"\b(?:answer|reply|respond|choose|pick|select|use|say|do\s+not\s+use|don't\s+use)\b[^.!?]*$",
        ctx.content[ctx.unit.start : first], _I,
    )  # fmt: skip
    start = ctx.unit.start + lead.start() if lead else first
    only = re.compile(r"\s+only\b").match(ctx.content, last, ctx.unit.end)
    last = only.end() if only else last
    tid = "detectable_format:not_constrained_response" if _negated(ctx, start + 1) or re.match(
        r"(?:do\s+not|don't)", ctx.content[start:], _I) else "detectable_format:constrained_response"  # fmt: skip
    yield Hit(tid, {}, start, last, prio=75)


# case ------------------------------------------------------------------------------------------

_CAPS = r"(?:capital\s+letters|caps|capitals|upper[- ]?case(?:\s+letters)?|block\s+capitals)"


@rule("cap", "upper")
def _capital_word_frequency(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:words?|ones)\s+(?:that\s+are\s+)?(?:written\s+)?(?:in|with|using)\s+(?:all\s+)?{_CAPS}\b[^.;!?]{{0,40}}?"
        rf"\b(?P<rel>{REL})\s+{_TIMES}",
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+words?\s+(?:(?:should|must)\s+be\s+|are\s+|written\s+)?(?:in|with|using)\s+"
        rf"(?:all\s+)?{_CAPS}",
        rf"\b(?:all[- ]caps|all[- ]capital|capitali[sz]ed|upper[- ]?case)\s+words?\b[^.;!?]{{0,40}}?\b(?P<rel>{REL})\s+"
        rf"{_TIMES}",
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:all[- ]caps|all[- ]capital|capitali[sz]ed|upper[- ]?case)\s+words?\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            gd = m.groupdict()
            n = parse_number(gd["num"]) if gd.get("num") else _times_value(m)
            rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
            if rel:
                kw = {"capital_frequency": rel[1], "capital_relation": rel[0]}
                yield Hit("change_case:capital_word_frequency", kw, m.start(), m.end(), prio=75)


# The "in English" of "in English, and in all lowercase letters": part of the case constraint.
_ENGLISH = re.compile(
    r"(?:,?\s*(?:and\s+)?(?:(?:be|written|write|respond|answer)\s+)?(?:entirely\s+|only\s+)?in\s+English"
    r"(?:\s+only)?|\bEnglish(?:\s+only)?)\b",
    _I,
)


@rule("cap", "upper", "lower")
def _english_case(ctx: Ctx) -> Iterator[Hit]:
    caps = [
        r"\b(?:(?:in|using|use|with)\s+)?(?:all\s+|only\s+|entirely\s+(?:in\s+)?|completely\s+(?:in\s+)?)?(?:capital\s+letters|"
        r"caps|capitals|upper[- ]?case(?:\s+letters)?|block\s+capitals)(?:\s+only)?\b",
        r"\bcapitali[sz]e\s+(?:the\s+|your\s+)?(?:whole|entire|full)\s+(?:response|answer|reply|text|thing|output)\b",
        r"\bevery\s+letter\s+(?:in\s+)?upper[- ]?case\b",
    ]
    lows = [
        r"\b(?:(?:in|using|use|with)\s+)?(?:all\s+|only\s+|entirely\s+(?:in\s+)?|completely\s+(?:in\s+)?)?(?:in\s+)?"
        r"lower[- ]?case(?:\s+letters)?(?:\s+only)?\b",
        r"\b(?:(?:with|use)\s+)?no\s+capital(?:s|\s+letters)(?:\s+(?:are|is)\s+allowed|\s+at\s+all)?|\bwithout\s+(?:any\s+)?"
        r"capital(?:s|\s+letters)(?:\s+at\s+all)?",
    ]
    for kind, pats in (("capital", caps), ("lowercase", lows)):
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                pre = ctx.content[ctx.unit.start : m.start()]
                post = ctx.content[m.end() : ctx.unit.end]
                if kind == "capital":
                    # "words in all caps" (a count), "no capital letters" (lowercase), "a capital letter"
                    if re.search(r"\b(?:words?|ones|letters?\s+of)\s+(?:\w+\s+){0,3}$", pre, _I) or re.match(
                        r"\s+words?\b", post, _I
                    ):
                        continue
                    if re.search(r"\b(?:no|without|any|first|a)\s+$", pre, _I) or re.search(
                        r"\bstart\w*\s+(?:\w+\s+){0,4}$", pre, _I
                    ):
                        continue
                    strong = re.search(
                        r"\b(?:all|only|entirely|completely|capitali[sz]e|every\s+letter)\b", m.group(0), _I
                    )
                    if not strong and not re.search(
                        r"\b(?:entire(?:ly)?|whole|every\s+letter)\b|\bin\s+(?:capital|upper)", ctx.text, _I
                    ):
                        continue
                else:
                    if re.search(r"\b(?:words?|letter)\s+(?:\w+\s+){0,2}$", pre, _I) and not re.search(
                        r"\ball\s+letters", pre, _I
                    ):
                        continue
                # "a lowercase keyboard" uses the word as an adjective: no case constraint
                follows = re.match(r"\s*(?:letters|only|english|[.,;:!)]|$|and\b|with\b|for\b|throughout\b)", post, _I)
                if not follows and not re.search(
                    r"\b(?:in|all|entirely|completely|only|be|is|are|using|use|with)\s+$", pre, _I
                ):
                    continue
                neg = _negated(ctx, m.start(), 7) and not re.match(r"(?:with\s+)?no\b|without\b", m.group(0), _I)
                if kind == "capital":
                    tid = "change_case:not_english_capital" if neg else "change_case:english_capital"
                else:
                    tid = "change_case:not_english_lowercase" if neg else "change_case:english_lowercase"
                extra = [(ctx.unit.start + e.start(), ctx.unit.start + e.end()) for e in _ENGLISH.finditer(ctx.text)]
                yield Hit(tid, {}, m.start(), m.end(), prio=65, extra=extra)


# language --------------------------------------------------------------------------------------


def _language_names() -> dict[str, str]:
    from rpo_cli.constraints.language import LANGUAGE_NAMES

    names = {name.lower(): code for code, name in LANGUAGE_NAMES.items() if code not in ("zh-cn", "zh-tw")}
    names.update({"farsi": "fa", "mandarin": "zh", "brazilian portuguese": "pt", "filipino": "tl"})
    return names


_LANGS = _language_names()
_LANG = "(?P<lang>" + "|".join(sorted((re.escape(n) for n in _LANGS), key=len, reverse=True)) + ")"
_NOT_LANG_AFTER = r"(?!\s+(?:characters|script|letters|alphabet|fries|food|cuisine|history|culture|literature|class|words?|terms?|phrases?|numerals|translation|version\s+of|restaurant|speakers?|people))"  # noqa: E501


@rule()
def _response_language(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        # Your entire response should be (written) in French / Your reply should be written in Swahili
        rf"\b(?:(?:(?:your|the|each|every)\s+(?:(?:entire|whole|full|complete)\s+)?(?:{_RESP}s?|reply|replies|output|plan|bio|ad))|"
        rf"it|everything|(?:entire|whole)\s+(?:{_RESP}|output))\s+(?:(?:should|must|has\s+to|needs\s+to|will|shall|is\s+to)\s+"
        rf"(?:all\s+)?be|is|are)\s+"
        rf"(?:(?:written|provided|given|delivered)\s+)?(?:(?:entirely|only|exclusively|completely|wholly|fully)\s+)?in\s+"
        rf"(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}(?:\s+only)?(?:\s*[,;(]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+"
        r"language(?:\s+is\s+allowed)?\)?)?",
        # Respond in Italian / Please answer in Spanish only / Write the poem entirely in German
        rf"\b(?:respond|answer|reply|write|speak|communicate|converse)\s+(?:(?:your|the|this|it|everything|me)\s+)?"
        rf"(?:(?:\w+|whole\s+thing|entire\s+\w+)\s+)?(?:(?:only|entirely|exclusively|completely|solely|fully)\s+)?in\s+"
        rf"(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}(?:\s+only)?(?:\s*[,;(]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+"
        r"language(?:\s+is\s+allowed)?\)?)?",
        # ", in Portuguese." closing a task sentence
        rf",\s*(?:all\s+|entirely\s+|only\s+)?in\s+{_LANG}(?=\s*[.!]?\s*$)",
        # "in French only", "only in Russian", "use only French"
        rf"\b(?:only|exclusively|entirely)\s+in\s+{_LANG}\b{_NOT_LANG_AFTER}",
        rf"\bin\s+{_LANG}\s+only\b",
        rf"\buse\s+only\s+{_LANG}\b{_NOT_LANG_AFTER}",
    ]
    seen: set[int] = set()
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if i == 2:  # trailing ", in Portuguese." only after a writing task
                head = ctx.content[ctx.unit.start : m.start()]
                if not re.match(
                    r"\s*(?:write|describe|explain|tell|give|compose|summari[sz]e|create|draft|list)\b", head, _I
                ):
                    continue
            if re.search(r"\b(?:of|in)\s+$", ctx.content[ctx.unit.start : m.start()], _I):
                continue  # "every 3rd word of (your response must be in Japanese)": not the whole response
            code = _LANGS[m.group("lang").lower()]
            tail = re.compile(r"\s*[,;]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+language(?:\s+is\s+allowed)?", _I)
            t = tail.match(ctx.content, m.end(), ctx.unit.end)
            end = t.end() if t else m.end()
            neg = _negated(ctx, m.start())
            tid = "language:not_response_language" if neg else "language:response_language"
            start = m.start() + len(re.match(r",?\s*", m.group(0)).group(0))
            yield Hit(tid, {"language": code}, start, end, prio=50)
    pat = rf"\b(?:do\s+not|don't|never)\s+(?:respond|answer|reply|write)\s+in\s+{_LANG}\b(?:\s*;\s*write\s+your\s+response\s+in\s+a\s+different\s+language)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        yield Hit(
            "language:not_response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start(), m.end(), prio=55
        )


_SCRIPTS = {
    "chinese": "han", "han": "han", "kanji": "han", "cyrillic": "cyrillic", "russian": "cyrillic", "latin": "latin",
    "hangul": "hangul", "korean": "hangul", "kana": "kana", "hiragana": "kana", "katakana": "kana", "greek": "greek",
    "arabic": "arabic", "hebrew": "hebrew", "devanagari": "devanagari", "hindi": "devanagari", "thai": "thai",
}  # fmt: skip
_SCRIPT = "(?P<s>" + "|".join(sorted(_SCRIPTS, key=len, reverse=True)) + ")"


@rule("character", "script", "letter", "alphabet")
def _scripts(ctx: Ctx) -> Iterator[Hit]:
    noun = r"(?:characters|script|letters|alphabet)(?:\s+\((?:\w+\s+)?script\))?"
    for m in _scan(rf"\b{_SCRIPT}\s+{noun}", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _flip_if_negated(ctx.prefix(m.start())) or re.search(r"\bno\s+$", pre, _I):
            lead = re.search(rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,4}}$|\bno\s+$", pre, _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit("language:no_script", {"script": _SCRIPTS[m.group("s").lower()]}, start, m.end(), prio=55)
        elif re.search(r"\b(?:include|use)\s+(?:at\s+least\s+(?:some|one)\s+|some\s+|a\s+few\s+)?$", pre, _I):
            lead = re.search(r"\b(?:include|use)\s+(?:at\s+least\s+(?:some|one)\s+|some\s+|a\s+few\s+)?$", pre, _I)
            yield Hit("language:use_script", {"script": _SCRIPTS[m.group("s").lower()]}, ctx.unit.start + lead.start(),
                      m.end(), prio=55)  # fmt: skip


# punctuation, emoji, links, markdown -----------------------------------------------------------


_TEXT_NOUNS = (
    r"(?:response|answer|reply|replies|output|essay|letter|story|poem|haiku|limerick|text|message|post|summary|review|"
    r"article|speech|email|tweet|list|note|description|paragraph|song|bio|ad|pitch|plan|recipe|it|them|sentences?|words?|"
    r"write|respond|answer|reply|writing|responding|answering)"
)


def _negated_mention(ctx: Ctx, noun: str, gap: int = 4) -> Iterator[re.Match]:
    """Negated mentions of ``noun`` as a directive. "without X" / "no X" count only where they
    qualify the text being written ("a haiku with no commas"), not another noun ("a world
    without emojis")."""
    for m in _negated_mention_raw(ctx, noun, gap):
        third_person = (
            r"(?:never|not|don't|doesn't|cannot|can't)\s+(?:uses|includes|writes|says|contains|has|puts|adds|needs)\b"
        )
        if re.match(third_person, m.group(0), _I):
            continue  # "(a robot who) never uses emojis" describes, it does not instruct
        if re.match(r"(?:without|no|zero|free\s+of)\b", m.group(0), _I):
            before = ctx.content[ctx.unit.start : m.start()]
            before = re.sub(r"\s*(?:with|,|and|use|using)\s*$", " ", before, flags=_I)
            clause = re.split(r"[;,(]|\band\b", before)[-1]
            if not (re.search(rf"\b{_TEXT_NOUNS}\s*$", before, _I) or _only_vocab(clause)):
                continue
        yield m


def _negated_mention_raw(ctx: Ctx, noun: str, gap: int = 4) -> Iterator[re.Match]:
    pat = (
        rf"\b(?:{_NEG_WORDS}|no|zero|free\s+of)\s+(?:[\w'-]+\s+){{0,{gap}}}?(?:{noun})"
        rf"|\b(?:{noun})\s+(?:are|is)\s+(?:not\s+allowed|forbidden|prohibited|banned)"
    )
    yield from _scan(pat, ctx, _I)


@rule("comma", "exclamation", "dash")
def _punctuation(ctx: Ctx) -> Iterator[Hit]:
    for noun, neg_id, pos_id in (
        (r"commas?\b", "punctuation:no_comma", "punctuation:use_comma"),
        (r"exclamation\s+(?:marks?|points?)", "punctuation:no_exclamation", "punctuation:use_exclamation"),
        (r"em[\s-]?dash(?:es)?(?:\s+\(—\))?", "punctuation:no_em_dash", "punctuation:use_em_dash"),
    ):
        for m in _negated_mention(ctx, noun):
            yield Hit(neg_id, {}, m.start(), m.end(), prio=45)
        for m in _scan(rf"\b(?:use|include)\s+(?:at\s+least\s+one|one\s+or\s+more|an?|some)\s+{noun}", ctx, _I):
            if not _negated(ctx, m.start()):
                yield Hit(pos_id, {}, m.start(), m.end(), prio=45)


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
    for m in _scan(
        r"\b(?:use|include|add|sprinkle\s+(?:in\s+)?)\s+(?:some|a\s+few|an?|at\s+least\s+one)?\s*emojis?\b", ctx, _I
    ):
        if not _negated(ctx, m.start()):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)


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


@rule("hashtag")
def _hashtags(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:relevant\s+)?hashtags?\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("content:number_hashtags", {"num_hashtags": rel[1], "relation": rel[0]}, m.start(), m.end())
    for m in _negated_mention(ctx, r"hashtags?\b", 2):
        yield Hit("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, m.start(), m.end())


# "markdown" naming one feature ("markdown headings", "markdown divider") is not markdown as a whole
_MD_PART = (
    r"(?!\s+(?:headings?|headers?|bullets?|bullet\s+points|lists?|dividers?|ticks|tables?|italics|bold|code|links?"
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


@rule("question")
def _end_with_question(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        r"\b(?:end|finish|close|conclude|wrap\s+up)\s+(?:(?:your|each|every|the|all|this|it)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:with|by\s+asking)\s+(?:a|one|an?\s+\w+)\s+question\b(?:\s+(?:for|to)\s+the\s+(?:user|reader))?",
        rf"\b(?:{_RESP}|reply|it)s?\s+(?:should|must|has\s+to|needs\s+to)\s+end\s+with\s+a\s+question\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            tid = "content:not_end_with_question" if _negated(ctx, m.start()) else "content:end_with_question"
            yield Hit(tid, {}, m.start(), m.end(), prio=60)


# --- per-unit resolution ---------------------------------------------------------------------

_CASE_IDS = {"change_case:english_capital", "change_case:english_lowercase", "change_case:not_english_capital",
             "change_case:not_english_lowercase"}  # fmt: skip
_NTH = {"length_constraints:nth_paragraph_first_word", "length_constraints:not_nth_paragraph_first_word"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a better one; merge repeats of one constraint; apply the few
    cross-type rules (a case constraint owns its "in English"; a paragraph-first-word
    constraint owns its paragraph count)."""
    ids = {h.id for h in hits}
    if ids & _CASE_IDS:  # "in English" belongs to the case constraint
        hits = [h for h in hits if not (h.id.startswith("language:") and h.kwargs.get("language") == "en")]
    if ids & _NTH:
        drop = {"length_constraints:number_paragraphs", "length:number_paragraphs_blankline", "startend:start_phrase"}
        hits = [h for h in hits if h.id not in drop]
    # merge repeats of the same constraint in one unit (e.g. "lowercase ... no capital letters")
    merged: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        same = next((x for x in merged if x.id == h.id and x.kwargs == h.kwargs), None)
        if same is not None and h.start - same.end < 120:
            same.start, same.end = min(same.start, h.start), max(same.end, h.end)
            same.extra += h.extra
        else:
            merged.append(h)
    kept: list[Hit] = []
    for h in sorted(merged, key=lambda h: (-h.prio, -(h.end - h.start), h.start)):
        if not any(_overlap((h.start, h.end), (k.start, k.end)) for k in kept):
            kept.append(h)
    # a case constraint's "in English" joins its core when nothing else claims it
    for h in kept:
        for s, e in h.extra:
            near = abs(s - h.end) < 60 or abs(e - h.start) < 60
            grown = (min(s, h.start), max(e, h.end))
            if near and not any(_overlap(grown, (k.start, k.end)) for k in kept if k is not h):
                h.start, h.end = grown
    return sorted(kept, key=lambda h: h.start)


_TRIGGER = re.compile(
    r"^\s*(?:(?:and|also|but|then|only)\s+)?(?P<kw>when(?:ever)?|if|in\s+case|any\s*time|each\s+time|every\s+time)\s+"
    r"(?P<body>[^,;:]{3,160}?)\s*(?:,|\bthen\b)\s*",
    _I,
)
_WHO = re.compile(
    r"^(?:the\s+user(?:'s\s+(?:message|question|request))?|a\s+user|users?|they|the\s+customer|customers?|someone|"
    r"anyone|the\s+person|the\s+question|the\s+message|the\s+request|the\s+prompt|the\s+query|the\s+conversation|"
    r"the\s+topic|you(?:'re|\s+are)\s+asked)\s+",
    _I,
)
# Lexical triggers name the words that must occur: their objects become Condition.keywords, which
# the verifier matches literally (whole word). Topical triggers ("asks about money") cover words
# the prompt never lists ("salary"), so literal keywords would wrongly leave the constraint
# untriggered: they stay Condition.text, for the judge.
_LEXICAL_VERB = re.compile(
    r"^(?:mentions?|mentioned|says?|writes?|types?|uses?(?:\s+the\s+(?:words?|terms?|phrases?))?|contains?|includes?)\s+",
    _I,
)
_DET = re.compile(
    r"^(?:a|an|the|their|his|her|its|my|your|our|any|some|anything\s+about|topics?\s+like|the\s+topic\s+of)\s+", _I
)


def _condition(text: str) -> tuple[Condition | None, int, bool]:
    """(condition, end of the trigger clause in ``text``, skip) for a unit's opening trigger.

    A lexical user trigger ("mentions love", 'says "refund"') gives keywords when its object is a
    short list of plain words; any other user trigger gives the trigger text (for the judge). Any
    other opening "if/when" clause conditions on something the rules cannot see: ``skip`` tells
    the caller to leave the unit to the LLM."""
    m = _TRIGGER.match(text)
    if not m:
        return None, 0, False
    body = m.group("body").strip()
    if m.group("kw").lower().startswith("when") and re.match(r"(?:writing|answering|responding|replying)\b", body, _I):
        return None, 0, False  # "When answering, ..." is no trigger
    who = _WHO.match(body)
    if not who:
        return None, m.end(), True
    rest = body[who.end() :]
    trigger = text[m.start("kw") : m.end("body")].strip()
    verb = _LEXICAL_VERB.match(rest)
    if not verb:
        return Condition(text=trigger), m.end(), False
    obj = rest[verb.end() :].strip()
    quoted = _quoted_items(obj)
    if quoted and not re.sub(QUOTED + r"|\s|,|\bor\b|\band\b", "", obj, flags=_I):
        return Condition(keywords=quoted), m.end(), False
    words = []
    for part in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*/\s*", obj):
        part = _DET.sub("", part.strip())
        if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*)?", part) or part.lower() in (
            "it", "this", "that", "something", "anything", "them", "you", "help", "advice"
        ):  # fmt: skip
            return Condition(text=trigger), m.end(), False
        words.append(part)
    return (Condition(keywords=words), m.end(), False) if words else (Condition(text=trigger), m.end(), False)


def _span(content: str, unit: Unit, hit: Hit, hits: list[Hit], cond_start: int | None) -> tuple[int, int]:
    """Grow a hit's core to the clause stating it: over a prefix or tail made only of
    constraint wording, an explanation ("because ...", ": astrology offers guidance"), an
    example ("such as [address]"), the unit's continuation sentences, and neighbouring clauses
    that hold no constraint and no task words ("At the end,")."""
    clauses = _clauses(content, unit.start, unit.end)
    first = next((i for i, (s, e) in enumerate(clauses) if e > hit.start), 0)
    last = next((i for i, (s, e) in enumerate(clauses) if e >= hit.end), len(clauses) - 1)
    others = [h for h in hits if h is not hit]

    def free(s: int, e: int) -> bool:
        return not any(_overlap((s, e), (h.start, h.end)) for h in others)

    start, end = hit.start, hit.end
    cs, _ = clauses[first]
    if (
        cs < start
        and free(cs, start)
        and _only_vocab(content[cs:start])
        and not re.search(r"\b(?:if|when)\b", content[cs:start], _I)
    ):
        start = cs
    # earlier hit-free clauses of constraint wording only ("At the end,", "In your response,")
    i = first
    while start == clauses[i][0] and i > 0:
        ps, pe = clauses[i - 1]
        if free(ps, pe) and _only_vocab(content[ps:pe]) and content[ps:pe].strip():
            start, i = ps, i - 1
        else:
            break
    _, ce = clauses[last]
    tail = content[end:ce]
    ex = _EXAMPLE.search(tail)
    words_part = tail[: ex.start()] if ex else tail
    if ce > end and free(end, ce) and (_only_vocab(words_part) or _EXPLAIN.match(tail)):
        end = ce
    # an aside right after the constraint: "(e.g. PART 1, PART 2)", "(for example *happy birthday*)"
    aside = re.compile(r"\s*\([^()\n]{1,100}\)").match(content, end, unit.end)
    if aside and free(end, aside.end()):
        end = aside.end()
    # continuation sentences elaborate the constraint stated last in the base sentence
    if end >= unit.base_end - 1 and unit.end > unit.base_end and free(unit.base_end, unit.end):
        end = unit.end
    if end == ce and end < unit.end and content[end] in ".!?" and last == len(clauses) - 1:
        end += 1
    # the closing punctuation of a sentence that the span now fills
    while (
        end < unit.end
        and content[end] in ".!?\"')"
        and free(end, end + 1)
        and (end + 1 == unit.end or content[end + 1].isspace())
    ):
        end += 1
    # "and"/"or" joins the clause to the previous one: it stays with the sentence, not the constraint
    lead = re.match(r"(?:and|or)\s+", content[start:end], _I)
    if lead and start < hit.start:
        start += lead.end()
    # the preposition of an adverbial count ("in fewer than 120 words", "using fewer than five sentences")
    prep = re.search(r"\b(?:in|using|with|within|as|into)\s+$", content[unit.start : start], _I)
    if prep and start == hit.start:
        start -= len(prep.group(0))
    if cond_start is not None and not any(h.start < hit.start for h in others):
        start = min(start, cond_start)  # the trigger opens the unit's first constraint
    # parentheses balance inside the span
    close = content.find(")", end, unit.end)
    if content[start:end].count("(") > content[start:end].count(")") and close >= 0 and free(end, close + 1):
        end = close + 1
        if end < unit.end and content[end] in ".!?" and (end + 1 == unit.end or content[end + 1].isspace()):
            end += 1
    while content[start:end].count(")") > content[start:end].count("(") and content[end - 1] in ").":
        end -= 1
    while end > start and content[end - 1].isspace():
        end -= 1
    while start < end and content[start].isspace():
        start += 1
    return start, end


# Questions about something ("Why do people avoid commas?") and statements about the user's own
# text ("My essay is at least 300 words long") state no constraint on the response.
_QUESTION = re.compile(
    r"^\s*(?:what|why|how|which|who|whom|whose|where|when|is|are|was|were|does|did|do\s+(?:i|we|people|you\s+think)|"
    r"should\s+(?:i|we)|have\s+(?:i|we)|has)\b[^\n]*\?\s*$",
    _I,
)
_ABOUT_INPUT = re.compile(r"^\s*(?:my|our|his|her|their|I\s+(?!want|need|would|'d|prefer|expect|require|ask)\w+)\b", _I)
# A third-person subject or relative pronoun right before the phrase: it describes someone.
_SUBJECT = re.compile(
    r"\b(?:who|which|whose)\s+(?:[\w']+\s+){0,2}$|\b(?:people|someone|somebody|everyone|everybody|nobody|he|she|they|"
    r"students|writers|authors)\s+(?:[\w']+\s+){0,1}$",
    _I,
)
_IMPERATIVE = re.compile(
    r"(?:end|finish|conclude|close|sign|start|begin|open|wrap|surround|enclose|put|include|use|mention|write|add|"
    r"highlight|give|avoid|respond|answer|reply)\b",
    _I,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|asks|contains|gets|includes|lasts|runs|uses|used|sells|allows|"
                     r"supports|offers|tends|seems|looks)\b", _I)  # fmt: skip
_DIRECTIVE = re.compile(r"\b(?:should|must|shall|will|need|needs|has\s+to|have\s+to|make\s+sure|ensure|please|want|"
                        r"would\s+like|keep|make|write|answer|respond|reply|give|use|include)\b", _I)  # fmt: skip


def _descriptive(content: str, unit: Unit, hit: Hit) -> bool:
    """Whether the clause around a hit describes something instead of instructing: a verb-led
    phrase after a subject ("Agents used to end every email with ...", an imperative verb must
    open its clause), or a statement with a finite verb and no directive word ("The user's drafts
    are often over 2000 words", "It has 5 paragraphs separated by ***")."""
    clauses = _clauses(content, unit.start, unit.end)
    cs = next((s for s, e in clauses if s <= hit.start < e), unit.start)
    prefix = content[cs : hit.start]
    if _IMPERATIVE.match(content, hit.start) and prefix.strip() and not _only_vocab(prefix):
        return True
    return bool(_FINITE.search(prefix) and not _DIRECTIVE.search(prefix))


_TOPICAL = {"detectable_format:json_format", "startend:quotation", "language:response_language", *_CASE_IDS}


def _unit_constraints(content: str, unit: Unit, mi: int) -> Iterator[Constraint]:
    """The validated constraints one unit states, with spans and conditions."""
    from rpo_cli.constraints import registry
    from rpo_cli.errors import ConstraintArgsError

    text = content[unit.start : unit.end]
    cond, cond_end, skip = _condition(text)
    if skip:
        return
    if _QUESTION.match(text) or _ABOUT_INPUT.match(text):
        return
    ctx = Ctx(content, unit)
    hits: list[Hit] = []
    low = text.lower()
    for r, needs in RULES:
        if needs and not any(w in low for w in needs):
            continue
        for h in r(ctx):
            if cond and h.start < unit.start + cond_end:
                continue
            before = content[unit.start : h.start]
            if _SUBJECT.search(before):
                continue  # "a person who never uses commas": a description, not a directive
            if h.id in _TOPICAL and re.search(r"\bhow\s+to\b", before, _I):
                continue  # "Explain how to format dates in JSON": the format is the topic
            if _descriptive(content, unit, h):
                continue
            hits.append(h)
    hits = _resolve(hits)
    last_end = unit.start
    for h in hits:
        try:
            registry.build(h.id, h.kwargs)
        except (registry.UnknownConstraintError, ConstraintArgsError):
            continue  # a phrasing whose values the type rejects: leave it to the LLM
        s, e = _span(content, unit, h, hits, unit.start if cond else None)
        s = max(s, last_end)
        while s < e and content[s].isspace():
            s += 1
        if s >= e:
            continue
        last_end = e
        yield Constraint(id=h.id, kwargs=h.kwargs, text=content[s:e], span=Span(message=mi, start=s, end=e),
                         condition=cond.model_copy() if cond else None)  # fmt: skip


def rule_decompose(messages: list[Message]) -> list[Constraint]:
    """The constraints that the system and user messages state in phrasings the rules know, in
    order of appearance, each with its exact text and span (``messages[span.message].content
    [span.start:span.end] == text``). Assistant messages are never read. Deterministic; no model.
    A repeated constraint (same type, kwargs and condition) is returned once, where it first
    appears."""
    out: list[Constraint] = []
    seen: set[str] = set()
    for mi, msg in enumerate(messages):
        if msg.role == "assistant" or not msg.content.strip():
            continue
        for unit in _units(msg.content):
            for c in _unit_constraints(msg.content, unit, mi):
                key = repr((c.id, sorted(c.kwargs.items()), c.condition.model_dump() if c.condition else None))
                if key in seen:
                    continue
                seen.add(key)
                out.append(c)
    return out
