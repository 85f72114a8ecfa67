"""The phrase grammar shared by every rule: numbers (digits and words), relations ("at most N" is
"less than N+1"), negation, quoted items and lists, sentence units and their clauses, the rule
registry (Hit, Ctx, @rule) and the negated-mention helper used by the punctuation/emoji/link rules.
Written once here; the family modules only hold phrasings."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rpo_cli.stages.decompose_rules import lexicon_i18n as lx

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
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d)?k\b|\d+(?![.,]\d)|(?:an?\s+(?=hundred|thousand|dozen))?"
    rf"(?:{_NUMWORD})\b(?:[\s-]+(?:and[\s-]+)?(?:{_NUMWORD})\b)*"
    # "a couple of", "a pair of", "half a dozen": counts people write without a number word
    rf"|a\s+couple(?:\s+of)?\b|a\s+pair\s+of\b|half\s+a\s+dozen\b)"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}  # fmt: skip
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or English words, or None."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if re.fullmatch(r"\d+(?:\.\d)?k", t):  # "2k words", "1.5k words"
        return int(float(t[:-1]) * 1000)
    t = re.sub(r"\s+", " ", t)
    if re.fullmatch(r"a (?:couple(?: of)?|pair of)", t):
        return 2
    if t == "half a dozen":
        return 6
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
           "minimum of", "minimum", "min", "min.", "a min of", "min of", "at minimum", "at a minimum",
           "at the least", "at the very least", "no shorter than", "not shorter than"):  # fmt: skip
    _REL_TABLE[_p] = ("at least", 0)
# (the verbs only in the forms an instruction uses: "do not exceed"; "the text exceeds 300 words" describes)
for _p in ("more than", "over", "greater than", "longer than", "in excess of", "above", "exceeding",
           "exceed", "surpass", "surpassing", "north of"):  # fmt: skip
    _REL_TABLE[_p] = ("at least", 1)
for _p in ("less than", "fewer than", "under", "below", "shorter than", "lower than", "shy of", "just shy of",
           "south of"):  # fmt: skip
    _REL_TABLE[_p] = ("less than", 0)
for _p in ("at most", "no more than", "not more than", "a maximum of", "maximum of", "maximum", "max", "max.",
           "up to", "no longer than", "not longer than", "not exceeding", "within", "a max of", "max of",
           "at the most", "at the very most", "at a maximum", "at max", "no greater than", "not greater than",
           "no higher than", "not higher than", "nothing over", "nothing more than",
           "not to exceed", "never exceeding", "no bigger than"):  # fmt: skip
    _REL_TABLE[_p] = ("less than", 1)
# Relation phrases with a variable part, normalised by regex: "cap it at", "limited to", "go beyond".
_REL_FORMS: list[tuple[str, tuple[str, int]]] = [
    (r"cap(?:ped)?\s+(?:(?:it|this|that|them|(?:the|your)\s+[a-z]+)\s+)?at", ("less than", 1)),
    (r"(?:(?:is|are|be|stay)\s+)?limited\s+to", ("less than", 1)),
    (r"(?:go|going|run|running|stretch|stretching)\s+(?:beyond|past|over|above)", ("at least", 1)),
]
# Common misspellings people type: "atleast", "less then", "no more then" (normalised in _relation).
REL = (
    "(?:"
    + "|".join(
        [f for f, _ in _REL_FORMS]
        + [
            re.escape(p).replace(r"\ ", r"\s+").replace("than", "th[ae]n").replace(r"at\s+least", r"at\s*least")
            for p in sorted(_REL_TABLE, key=len, reverse=True)
        ]
    )
    + r")(?![\w-])"
)
REL = r"(?<![\w'-])" + REL  # a whole phrase: not the "over" of "rover"
_EXACT = r"(?:exactly|precisely|just)"

_NEG_WORDS = (
    r"(?:do\s+not|don[’']?t|does\s+not|doesn[’']?t|must\s+not|mustn[’']?t|should\s+not|shouldn[’']?t|cannot|can[’']?t|never|"
    r"may\s+not|will\s+not|won't|not|avoid|refrain\s+from|without)"
)
# Negations that flip a count but are kept out of _NEG_WORDS, which the bans also read ("the poem
# isn't about emojis" bans nothing): "there aren't more than 3", "under no circumstances (write)
# more than", "keep it from going over".
_FLIP_NEG = (
    r"(?:(?:is|are|was|were|has|have|had|would|could|ought)n[’']?t|shan[’']?t|ain[’']?t|won[’']?t|"
    r"under\s+no\s+circumstances?|in\s+no\s+case|at\s+no\s+(?:point|time)|by\s+no\s+means|on\s+no\s+account|"
    r"(?:keep|stop|prevent)\s+(?:it|this|that|them|(?:the|your)\s+[\w-]+)\s+from)"
)
# A negation governing what follows it: "Do not write (more than 120 words)", "Never use (emojis)".
# The words between a negation and what it governs: not a conjunction that opens a new instruction
# ("Avoid jargon and use at least 4 paragraphs": the count is not negated; "or" stays in scope).
_NEG_GAP = r"(?:(?!(?:and|but|then|so|plus|yet|while|because|since|if|when|who|which|whereas)\s)[\w'-]+\s+)"
# A negated verb that itself negates asks for what follows: "Don't forget to write at least 300
# words", "never fail to include", "don't hesitate to go over" (a permission, see _PERMITTED_BOUND).
_NOT_UNDONE = r"(?!\s+(?:forget|fail|neglect|hesitate|be\s+(?:afraid|shy)|worry\s+about)\b)"
_NEG_BEFORE = re.compile(
    rf"\b(?:{_NEG_WORDS}|{_FLIP_NEG}){_NOT_UNDONE}\s+{_NEG_GAP}{{0,4}}$"
    # "No response (should be) longer than N": "no" before the text itself negates the bound
    r"|\bno\s+(?:[\w-]+\s+)?(?:res?pon[sc]es?|answers?|repl(?:y|ies)|outputs?|essays?|letters?|stor(?:y|ies)|poems?|"
    r"texts?|messages?|posts?|summar(?:y|ies)|reviews?|articles?|emails?|paragraphs?|sentences?)\s+"
    r"(?:(?:should|must|can|may|will|shall)\s+(?:be\s+|run\s+|go\s+)?|is\s+|be\s+)?$",
    _I,
)


def _relation(rel_text: str | None, n: int, negated: bool = False) -> tuple[str, int] | None:
    """("at least" | "less than", threshold) for a relation phrase and number; None for "exactly"."""
    if rel_text is None:
        return None
    key = re.sub(r"\s+", " ", rel_text.strip().lower()).replace("then", "than").replace("atleast", "at least")
    found = _REL_TABLE.get(key) or next((v for f, v in _REL_FORMS if re.fullmatch(f, key)), None)
    if found is None:
        return None
    rel, off = found
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

_ABBREV = {"i.e", "e.g", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "no", "approx", "cf", "fig", "ie", "eg",
           "max", "min"}  # fmt: skip
# honorifics before a name ("mention our host as Prof. Adeyemi") end no sentence either
_ABBREV.update({"prof", "sen", "gov", "capt", "sgt", "lt", "col", "rev", "jr", "sr"})
# Sentences that go on stating the previous sentence's constraint.
_CONTINUATION = re.compile(
    r"^(?:no\s+other\s+(?:words?|text|language)|nothing\s+(?:else\s+)?(?:should|must|may|can)|"
    r"(?:do\s+not|don't)\s+(?:add|include|write|say)\s+anything\s+else|"
    r"no\s+capital\s+letters|use\s+the\s+markdown\s+bullet|responses\s+and\s+only\s+responses|"
    r"mark\s+the\s+beginning\s+of\s+each|each\s+section\s+(?:should|must)\s+(?:begin|start)|"
    r"paragraphs\s+(?:and\s+only\s+paragraphs\s+)?(?:are|should\s+be|must\s+be)\s+separated|"
    r"(?:you\s+(?:should\s+|must\s+)?)?separate\s+(?:the\s+)?paragraphs|use\s+(?:the\s+)?(?:markdown\s+divider\s+)?(?:\*\s*){3}\s*(?:as|to|between)\b|paragraph\s+\d+\s+(?:must|should)|the\s+request\s+(?:to\s+repeat\s+)?is\s*:|"
    r"you\s+can\s+use\s+markdown\s+ticks|leave\s+out\s+at\s+least\s+one|"
    # a terse spec line naming the divider of the paragraphs counted just before ("5 paras. divider: ***")
    r"(?:paragraph\s+|para\s+)?(?:dividers?|separators?|delimiters?|split\s+by|separated\s+by)\s*[:=-]?\s*(?:\*\s*){3})",
    _I,
)


# A short label line that heads a list of requirements ("Requirements:", "Format rules:").
_LIST_HEAD = re.compile(
    r"(?:^|\n)\s*(?:[\w-]+\s+){0,2}(?:requirements?|rules?|constraints?|format|formatting|guidelines?|instructions?|"
    r"notes?|conditions?|specs?|specifications?|needs|must[- ]haves?|criteria|checklist|deliverables|asks)\s*:$"
    # a modal head that the items complete ("Every message you post must:", "Make sure it:")
    r"|(?:^|\n)[^\n]{0,60}\b(?:must|should|needs?\s+to|has\s+to|have\s+to|always|make\s+sure(?:\s+(?:it|that|you))?)\s*:$",
    _I,
)
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s+")


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
    if _lowercase_style(text):  # "im away till jan 6. no emojis": sentences that open in lowercase
        ends = ends.replace("A-Z0-9", "A-Za-z0-9")
    else:  # "ppl are gonna be mad. write it calm": a lowercase imperative opens a sentence of its own
        ends += rf"|(?<=[a-z]{{2}})[.!?]+(?=\s+{_LOWER_IMPERATIVE})"
    # chat-speak closes a sentence with an emoji instead of a stop ("a cat meme page post 😹 no hashtags at all"):
    # an emoji after a content word, then a lowercase imperative, is a break ("end with 🙏 please" stays one)
    ends += (
        rf"|(?<=[a-z]{{2}}\s)(?<!\bwith\s)(?<!\bthe\s)(?<!\ban\s)(?<!\bus[e]\s)(?<!\badd\s)(?<!\blike\s)"
        rf"[{_EMOJI}]+(?=\s+{_LOWER_IMPERATIVE})"
    )
    for m in re.finditer(rf"{ends}|\*{{3,}}(?=\s+[A-Z])|[。！？]+", text):
        end = m.end()
        if _inside(m.start(), prot) and not any(e == end for _, e in prot):
            continue
        word = re.search(r"([\w.]+)$", text[: m.start()])
        if m.group(0).startswith(".") and word and word.group(1).lower().rstrip(".") in _ABBREV:
            # "12 words max. Give it a title": a bound's "max"/"min" ends its sentence before a capitalised word
            if not (word.group(1).lower() in ("max", "min") and re.match(r"\s+[A-Z][a-z]", text[m.end() :])):
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


_LOWER_IMPERATIVE = (
    r"(?:write|use|keep|make|add|don[’']?t|dont|do\s+not|never|please|pls|plz|include|answer|respond|reply|avoid|give|"
    r"put|end|start|begin|limit|stay|mention|format|wrap|separate|list|skip|no\s+(?:emojis?|hashtags?|commas?|bullets?)|"
    r"(?:oh\s+)?and\s+(?:please|pls|don[’']?t|dont|keep|use|make|add|no)|"
    r"just\s+(?:answer|reply|respond|say|write|give|use|keep|make|list|tell|put|end|start))\b"
)


_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d"


def _lowercase_style(text: str) -> bool:
    """Whether the writer opens sentences in lowercase throughout (no capital after any sentence
    end, and at least one lowercase opening): then a lowercase word may start a sentence."""
    return not re.search(r"[.!?]\s+[A-Z]", text) and bool(re.search(r"(?:[a-z]{2,}|\d+)[.!?]\s+[a-z]", text))


@dataclass
class Unit:
    """A sentence with its continuation sentences; ``base_end`` is where the first one ends."""

    start: int
    end: int
    base_end: int


# A template line with a slot to fill: "Verdict: [accept/decline]", "Name: <your name>", "Score: {1-10}".
_SLOT_LINE = re.compile(r"\s*(?:[-*•]\s*)?[\w][\w .'/&()-]{0,30}:\s*[\[{<(_]", _I)


def _units(text: str) -> list[Unit]:
    """Sentences, each merged with the continuation sentences and example lines that follow it."""
    units: list[Unit] = []
    in_example = False
    slots = 0  # example lines so far that are template slots ("Verdict: [accept/decline]")
    for s, e in _sentences(text):
        seg = text[s:e]
        if units:
            prev = units[-1]
            gap = text[prev.end : s]
            prev_text = text[prev.start : prev.end]
            example = "\n" in gap and "\n\n" not in gap and (prev_text.endswith(":") or in_example)
            # "Requirements:" / "Rules:" heads a list of constraints, not of examples
            example = example and not (_LIST_HEAD.search(prev_text) and _LIST_ITEM.match(seg))
            example = example and len(seg) <= 60 and not _CONTINUATION.match(seg)
            # a line after a template of slots that is no slot itself ("30 words tops.") is the prompt again
            slot = bool(_SLOT_LINE.match(seg))
            if example and in_example and slots and not slot and not re.search(r"[\[\]{}<>]", seg):
                example = False
            slots = (slots + 1 if slot else 0) if example else 0
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
    r"split|divide|list|present|reply|respond|focus|call|"
    # "Quick question, just answer with ...": "just" before an imperative opens its clause
    r"just\s+(?=(?:answer|reply|respond|say|give|write|list|use|tell|return|output)\b)"
)
_CLAUSE_BREAK = re.compile(
    rf";\s*|,\s+(?:and|or|but|then|plus)\s+|\s+(?:and|but)\s+(?=(?:{_STARTERS})\b)|,\s+(?=(?:{_STARTERS})\b)"
    rf"|:\s+(?=(?:{_STARTERS})\b)|\s*\(\s*|\s*\)\s*|\s+[—–]\s+"
    # a new list line ("must:\n- use an emoji\n- end with a question") is a clause of its own
    r"|[ \t]*\n\s*(?:[-*•]|\d+[.)])\s+",
    _I,
)

# Words that carry no task content: a prefix or tail made only of them belongs to the constraint.
_VOCAB = set(
    """your the this that these those it its my each every all entire whole full final complete overall total
    response responses answer answers reply replies output essay letter story stories poem text message review
    reponse responce plan plans summary post ad bio note speech article description pitch email tweet list thing things
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
    markdown bullets angular split into divided organize organise organized sign off top
    short brief concise pls plz dont doesnt shouldnt cant wont ever stay remain go run runs get""".split()
)
# A postscript label or an aside opening a clause is no subject of the directive after it ("P.S. avoid the
# words ...", "PS: never use ...", "btw, avoid ..."); it stays outside the directive's span.
LEAD_LABEL = re.compile(
    r"^\s*(?:P\.?\s?(?:P\.?\s?)*S\.?\s*[:,-]?|btw\s*[:,]?|oh\s+and|reminder\s*:|again\s*:)\s*", re.I
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
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", s):
        return False  # Chinese, Japanese or Korean text is content (the word list below is English)
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
    #: Hits of one phrase that states two constraints ("between 100 and 200 words") share a group
    #: and their span; they never displace each other.
    group: int | None = None
    #: A sentence-final phrase that qualifies the whole task ("Write a poem about a keeper who
    #: collects shells in Japanese."): a relative clause before it does not make it a description,
    #: unless that clause is about speaking or writing (see resolve._SPEECH).
    attached: bool = False


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
        @functools.wraps(fn)
        def run(ctx: Ctx) -> Iterator[Hit]:
            for h in fn(ctx):
                if _permitted_bound(ctx, h):
                    continue
                # "It shouldn't be (longer than 120 words)": the negation states the count too
                neg = _negation_start(ctx, h)
                if neg is not None:
                    h.extra.append((neg, h.start))
                # the predicate that negates a count is part of its statement ("More than 120 words
                # is not allowed"): a rewrite of the count alone would keep it and say the opposite
                tail = _POST_NEG.match(ctx.content, h.start, ctx.unit.end)
                if tail and tail.end() > h.end:
                    h.end = tail.end()
                yield h

        RULES.append((run, needs))
        return fn

    return add


@functools.cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    # the rules use more patterns than re's own cache holds (512): past it, each unit recompiled them
    return re.compile(pattern, flags)


def _scan(pattern: str, ctx: Ctx, flags: int) -> Iterator[re.Match]:
    """Matches of ``pattern`` inside the unit (the compiled patterns are cached)."""
    rx = _compiled(pattern, flags)
    yield from rx.finditer(ctx.content, ctx.unit.start, ctx.unit.end)


# Negations that flip only a comparison right after them: "Nothing longer than 5 sentences", "no need
# for more than 100 words" ("nothing but 3 bullets", "no need to write 3 paragraphs" bound nothing).
_COMPARATIVE_NEG = re.compile(
    r"\bnothing\s+(?:(?:that[’']?s|that\s+is|that\s+goes|which\s+is|much|way|at\s+all)\s+)?$"
    r"|\b(?:no\s+need\s+(?:to|for)|needn[’']?t|need\s+not)\s+(?:[\w'-]+\s+){0,3}$",
    _I,
)
# Asides between a negation and what it governs: "Do not, under any circumstances, write more than 100".
_NEG_ASIDE = re.compile(
    r",\s*(?:under\s+any\s+circumstances?|in\s+any\s+case|ever|please|pls|at\s+any\s+point|at\s+all|"
    r"for\s+any\s+reason|whatever\s+you\s+do|of\s+course)\s*,\s*",
    _I,
)
# The first bound of a negated disjunction: "Do not write (less than 100 or) more than 200 words".
_FIRST_DISJUNCT = re.compile(rf"(?<![\w-])(?:{REL})\s+(?:{NUM})(?:\s+[\w-]+)?\s+(?:or|nor)\s+$", _I)
# A bound whose own predicate negates it: "More than 120 words is not allowed", "Anything under
# 100 words is too short", "Responses over 200 words will be rejected", "120 words or more won't do".
_POST_NEG = re.compile(
    rf"(?:(?:{REL})\s+)?(?:{NUM})\s*\+?\s*(?:(?!(?:so|and|but|as|because|since|if|when|then|which|that)\b)[\w-]+\s+){{0,3}}?"
    r"(?:(?:is|are|['’]s|will\s+be|would\s+be|gets?|means?|counts?\s+as)\s+"
    r"(?:(?:way|far|much|simply|just|definitely|absolutely|strictly|automatically|then|considered)\s+)?"
    r"(?:not\s+(?:allowed|ok(?:ay)?|acceptable|permitted|fine|wanted|welcome|an\s+option)|too\s+(?:long|many|much|wordy|"
    r"short|few|little|brief)|forbidden|prohibited|banned|off[- ]limits|a\s+no[- ]go|unacceptable|"
    r"out\s+of\s+the\s+question|"
    r"rejected|cut(?:\s+off)?|truncated|ignored|penali[sz]ed|discarded|deleted|disqualified|an?\s+(?:automatic\s+)?"
    r"(?:fail|failure|dealbreaker|deal[- ]breaker))"
    r"|(?:isn[’']?t|aren[’']?t)\s+(?:allowed|ok(?:ay)?|acceptable|permitted|fine|wanted|welcome|an\s+option)"
    r"|(?:won[’']?t|will\s+not|would\s+not|wouldn[’']?t)\s+(?:do|work|fly|cut\s+it|fit|be\s+(?:accepted|read|allowed|"
    r"ok(?:ay)?|acceptable|considered))"
    r"|fails?\b|gets?\s+(?:rejected|cut|truncated|flagged))",
    _I,
)


# A lower bound offered as a permission, not asked for: "Feel free to go over 500 words", "You can
# write more than 500 words", "It's fine to use more than 3 paragraphs", "More than 500 words is
# okay" (a cap stays asked for: "you can use up to 3 hashtags").
_PERMITTED_BEFORE = re.compile(
    r"\b(?:(?<!\bif\s)(?:you|u)\s+(?:can|may|could|might|are\s+allowed\s+to|are\s+welcome\s+to)|(?:feel|you[’']?re|you\s+are)\s+free\s+to|"
    r"(?:it[’']?s|it\s+is)\s+(?:totally\s+|perfectly\s+|also\s+)?(?:fine|ok(?:ay)?|alright|acceptable|allowed)\s+(?:to|if\s+you)|"
    r"(?:don[’']?t|do\s+not)\s+(?:hesitate|be\s+afraid|be\s+shy|worry\s+about)(?:\s+to)?|no\s+problem\s+if\s+you|"
    r"optionally|if\s+you\s+(?:like|want|wish)\s*,?)\s+"
    rf"{_NEG_GAP}{{0,3}}$",
    _I,
)
_PERMITTED_AFTER = re.compile(
    rf"(?:(?:{REL})\s+)?(?:{NUM})\s*\+?\s*(?:[\w-]+\s+){{0,3}}?(?:is|are|would\s+be|will\s+be)\s+(?:(?:totally|perfectly|also|"
    r"still|absolutely)\s+)?(?:fine|ok(?:ay)?|alright|acceptable|allowed|permitted|welcome|no\s+problem)\b",
    _I,
)


def _permitted_bound(ctx: Ctx, hit: Hit) -> bool:
    """Whether a count hit's lower bound is only permitted (_PERMITTED_BEFORE / _PERMITTED_AFTER)."""
    if not any(k.endswith("relation") and v == "at least" for k, v in hit.kwargs.items()):
        return False
    pre = " ".join(ctx.prefix(hit.start, 10).split()) + " "
    return bool(_PERMITTED_BEFORE.search(pre) or _PERMITTED_AFTER.match(ctx.content, hit.start, ctx.unit.end))


def _negation_start(ctx: Ctx, hit: Hit) -> int | None:
    """Where the negation that governs a count hit starts, when it stands just before it in the
    same clause ("It shouldn't be | longer than 120 words", "Nothing | above 200 characters")."""
    if not any(k.endswith("relation") for k in hit.kwargs) or not _negated(ctx, hit.start):
        return None
    pre = ctx.content[ctx.unit.start : hit.start]
    cs = ctx.unit.start + max(pre.rfind(";"), pre.rfind("("), pre.rfind(". ")) + 1
    neg = rf"\b(?:{_NEG_WORDS}|{_FLIP_NEG}){_NOT_UNDONE}\s+{_NEG_GAP}{{0,4}}$|{_COMPARATIVE_NEG.pattern}"
    m = _compiled(neg, _I).search(ctx.content, cs, hit.start)
    return m.start() if m and m.start() < hit.start else None


def _negated(ctx: Ctx, pos: int, reach: int = 4) -> bool:
    """Whether a negation governs the text at ``pos`` ("Do not write (more than ...)"), looking
    back at most ``reach`` words past the negation, within the clause; or the count there is
    the subject of a negative predicate ("More than 120 words is not allowed")."""
    if _POST_NEG.match(ctx.content, pos, ctx.unit.end):
        return True
    rel = _compiled(REL, _I).match(ctx.content, pos, ctx.unit.end)
    if rel and re.match(r"(?:not|no|never|nothing)\b", rel.group(0), _I):
        return False  # "Not less than 100 and (not more than 200)": the bound carries its own negation
    pre = _NEG_ASIDE.sub(" ", ctx.prefix(pos, 14))
    pre = _FIRST_DISJUNCT.sub("", pre)
    short = " ".join(pre.split()[-(reach + 2 if reach != 4 else 6) :]) + (" " if pre[-1:].isspace() else "")
    if rel and _COMPARATIVE_NEG.search(short):
        return True
    if reach == 4:
        return _flip_if_negated(short)
    rx = rf"\b(?:{_NEG_WORDS}|{_FLIP_NEG}){_NOT_UNDONE}\s+{_NEG_GAP}{{0,{reach}}}$"
    return bool(re.search(rx, " ".join(pre.split()[-(reach + 3) :]) + (" " if pre[-1:].isspace() else ""), _I))


def count_relation(ctx: Ctx, m: re.Match) -> tuple[str, int] | None:
    """(relation, threshold) of a count matched with groups ``rel`` (optional) and ``num``: a
    bare number is "at least N" ("use 3 placeholders"), or "less than N" under a negation; a
    relation phrase goes through the table; "exactly N" and an unreadable number give None."""
    n = parse_number(m.group("num"))
    rel_text = m.group("rel")
    if n is None or (rel_text and re.fullmatch(_EXACT, rel_text, _I)):
        return None
    neg = _negated(ctx, m.start())
    return _relation(rel_text, n, neg) if rel_text else (("less than", n) if neg else ("at least", n))


def suffix_counts(ctx: Ctx, noun: str) -> Iterator[tuple[re.Match, str, int]]:
    """(match, relation, threshold) for counts whose relation follows the number: "3 or more
    hashtags", "5+ sentences", "150 words or fewer", "150 words minimum", "3 sentences max",
    "100 words, tops", "200 words or under", "50 words and up", "a max of"-less "N max"."""
    more = r"more|over|above|greater|higher|longer|up|plus"
    less = r"fewer|less|under|below|lower|shorter"
    pats = (
        rf"\b(?P<num>{NUM})\s*(?:\+|(?:or|and)\s+(?P<dir>{more}|{less}))\s+(?:[\w-]+\s+)?(?:{noun})",
        rf"\b(?P<num>{NUM})\s+(?:{noun})\s*(?:,\s*)?(?:(?:or|and)\s+(?P<dir2>{more}|{less})|\(?(?P<lim>minimum|at\s+(?:a\s+)?minimum|"
        r"maximum|max|min|at\s+(?:the\s+)?(?:very\s+)?most|at\s+(?:the\s+)?(?:very\s+)?least|tops|at\s+max|"
        r"or\s+(?:thereabouts|so)|(?:and|but)?\s*no\s+(?:more|fewer|less)(?!\s+th[ae]n\b)|"
        r"(?:and\s+)?not\s+(?:one\s+)?(?:more|fewer|less)(?!\s+th[ae]n\b)|"  # not "50 words and no more than 5 lines"
        r"(?:is|are)\s+(?:the|my|our|a|your)\s+(?:hard\s+|absolute\s+|upper\s+|lower\s+)?(?:ceiling|limit|cap|max|maximum|"
        r"minimum|floor)))(?![\w-])(?!\s+(?:per|each|in\s+each|for\s+each|a)\b)"  # not "10 words max per sentence"
        # nor the next item's relation: "max 3 hashtags, at least one emoji"
        rf"(?!(?:(?<=least)|(?<=most))\s+(?:{NUM})\s+[A-Za-z])",
    )
    limit = (
        rf"\blimit\s+(?:yourself|your\s+\w+|it|the\s+\w+|responses?|answers?)\s+to\s+(?:just\s+|only\s+)?"
        rf"(?P<num>{NUM})\s+(?:{noun})(?!\s+or\s+(?:more|fewer|less))"
    )
    for m in _scan(limit, ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None:
            yield m, "less than", n + 1
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            n = parse_number(m.group("num"))
            if n is None:
                continue
            word = (m.groupdict().get("dir") or m.groupdict().get("dir2") or m.groupdict().get("lim") or "more").lower()
            if word.startswith("or "):
                continue  # "200 words or so" is no bound
            if re.fullmatch(r"(?:(?:and|but)\s*)?(?:no|not)\s+(?:one\s+)?(?:more|fewer|less)", word):
                word = "max" if "more" in word else "min"  # "four lines, no more"
            word = re.sub(r"^(?:is|are)\s+.*\b(minimum|floor|lower\s+limit)$", "min", word)
            if re.match(rf"(?:{more})\b|min|at\s+(?:a\s+)?minimum|at\s+(?:the\s+)?(?:very\s+)?least", word):
                yield m, "at least", n
            else:
                yield m, "less than", n + 1


def plain_counts(ctx: Ctx, pats: tuple[str, ...], tid: str, key: str, prio: int, least: int = 1) -> Iterator[Hit]:
    """A hit of ``tid`` with ``{key: N}`` for each match of each pattern, in order, whose number
    (group ``num``) is at least ``least`` and is not negated: the whole reading of a phrasing that
    names its count and nothing else ("at least one sentence runs past 25 words", "exactly 3 numbers")."""
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            n = parse_number(m.group("num"))
            if n is not None and n >= least and not _negated(ctx, m.start()):
                yield Hit(tid, {key: n}, m.start(), m.end(), prio=prio)


def table_hits(ctx: Ctx, table: tuple[tuple[str, str], ...], prio: int, skip_negated: bool = True) -> Iterator[Hit]:
    """A hit without kwargs for each match of each (type id, pattern) pair of a table of fixed
    phrasings, in the table's order; with ``skip_negated``, a match under a negation is left out."""
    for tid, pat in table:
        for m in _scan(pat, ctx, _I):
            if not (skip_negated and _negated(ctx, m.start())):
                yield Hit(tid, {}, m.start(), m.end(), prio=prio)


_TIMES = rf"(?:(?P<n>{NUM})\s+times?|(?P<tw>once|twice|thrice))"


def _times_value(m: re.Match) -> int | None:
    if m.group("tw"):
        return {"once": 1, "twice": 2, "thrice": 3}[m.group("tw").lower()]
    return parse_number(m.group("n"))


# "reponse" / "responce": typos people make in the one word most constraints hang on
_RESP = (
    r"(?:res?pon[sc]e|answer|reply|output|essay|letter|story|poem|text|message|post|summary|review|article|speech|email)"
)


_PART_NOUN = (
    r"(?:sentences?|paragraphs?|lines?|bullets?|points?|items?|sections?|titles?|headings?|stanzas?|verses?|steps?)"
)
# The rest of a clause, up to a new coordinated instruction (", and no more than 30 words").
# (a new bullet line is a new instruction too: "• keep each sentence short\n• use fewer than 8 sentences")
# ("every paragraph must be short and the whole piece under 400 words": the whole is named again)
_CLAUSE_REST = (
    r"(?:(?!,\s*and\b|\band\s+(?:keep|make|use|write|limit|stay|include|add|answer|respond)\b|\n\s*(?:[-*•]|\d+[.)])\s|"
    r"\b(?:and|but)\s+(?:the\s+|your\s+)?(?:whole|entire|overall|total|full)\b|\b(?:and|but)\s+(?:in\s+total|overall)\b)"
    r"[^.;])*$"
)
# What the count that follows applies to is a part of the response: "each tagline (under 12 words)".
# The types count the whole response, so such a count is no constraint of theirs. "a title in
# <<...>>, at least 5 paragraphs": after a comma, "a/one/no <part>" has ended.
_COUNT_GUARD = re.compile(
    rf"\b(?:each|every|per|any)\s+(?:\w+\s+)?{_PART_NOUN}\b{_CLAUSE_REST}"
    # ("Write a paragraph that runs to 150 words": the part a task verb asks for is the whole response)
    rf"|\b(?:no|one|(?<!\bwrite\s)(?<!\bcompose\s)(?<!\bdraft\s)(?<!\bme\s)a)\s+(?:\w+\s+){{0,2}}{_PART_NOUN}\b"
    # (a new instruction after "and" ends it: "Begin with a short sentence and give me at least six sentences")
    r"(?:(?!\band\s+(?:then\s+)?(?:give|write|keep|make|use|include|produce|aim)\b)[^.;,])*$"
    r"|\b(?:each|every|per)\s+$|\(\s*(?:such\s+as|like)[^)]*\)[^.;]*$"
    r"|\b(?:each|every)\s+(?:single\s+)?(?:tagline|slogan|caption|headline|name|tip|idea|example|option|suggestion|entry|"
    rf"question|reason|fact|quote|definition|joke|riddle|haiku|limerick|version|variant|alternative|one)s?\b{_CLAUSE_REST}"
    # "Each should be under 50 characters.", "each one <= 12 words": "each" standing for the items
    r"|(?:^|[.;:,]\s*)(?:each|every\s+one|each\s+one|all\s+of\s+them)(?:\s+of\s+(?:them|these|those))?\s+"
    r"(?:(?:should|must|has\s+to|needs?\s+to|can|may|will|shall)\s+)?(?:be\s+|have\s+|contain\s+|stay\s+|run\s+|is\s+)?$"
    r"|每(?:一)?(?:条|个|段|句|行|项|点|首|篇)[^。；，,]*$",  # "每条不超过20个字": each item
    _I,
)
# A part named as the subject of the count: "the explanation (should be at most 2 sentences)"; "the
# answer part", "the explanation bit" say outright that it is one part.
_PART_SUBJECT = re.compile(
    r"\b(?:the|your)\s+(?:[\w-]+\s+)?(?:part|portion|bit|half)\s+(?:\w+,?\s+){0,3}$|\bsubject\s+lines?\s+(?:\w+\s+){0,3}$|\b(?:the|your)\s+(?:explanation|intro|introduction|conclusion|"
    r"subject\s+line|caption|headline|tagline|opening|closing|comments?|commentary|first\s+part|second\s+part|"
    r"last\s+part|(?:first|last|final|topic|lead|thesis|concluding)\s+sentence)"
    r"\s+(?:\w+,?\s+){0,3}$",  # ("the explanation short, under 100 words"; "the topic sentence under 15 words")
    _I,
)
# "In the last paragraph (use fewer than 3 sentences)", "in section 2": a count for one part.
_IN_PART = re.compile(
    rf"\b(?:in|within|for)\s+(?:the\s+)?(?:(?:{_ORD}|last|final|opening|closing|middle)\s+(?:section|part|paragraph|"
    r"stanza|chapter|bullet|sentence)|(?:section|part|paragraph|stanza|chapter)\s+\d+)\b(?P<rest>[^.;]*)$",
    _I,
)
# A field of a structured answer named as the subject of the count: "the lore field (should be 2
# sentences tops)", "the 'summary' key at most 40 words", "each description value under 12 words".
_FIELD_SUBJECT = re.compile(
    r"\b(?:the|each|every|your|its)\s+(?:[\"'“‘`]?[\w-]+[\"'”’`]?\s+)?(?:field|key|value|property|column|cell|attribute)s?\s+"
    r"(?:(?:should|must|has\s+to|needs?\s+to|can|may|will|shall)\s+)?(?:(?:be|stay|have|contain|run|is)\s+)?(?:to\s+)?$",
    _I,
)
# A count said of the whole response right after it ("4 sentences per reply"; not "in total", which
# "Each section should be under 100 words in total" says of a part).
_PER_WHOLE = re.compile(
    r"[^.;,()]{0,40}?\b(?:per|each|every|a|an)\s+(?:reply|replies|response|answer|message|turn)\b", _I
)
# Something else the response holds besides the explanation: code, a query, a table ...
_OTHER_PART = re.compile(r"\b(?:code|query|function|script|program|snippet|table|regex|formula|command|diagram)\b", _I)


def scoped_to_part(ctx: Ctx, pos: int) -> bool:
    """Whether the count at ``pos`` applies to a part of the response, not all of it: after "each
    tagline" and the like (_COUNT_GUARD), or after "the explanation" / "the intro" when the
    message asks for something besides it ("Write a function and explain it. Keep the explanation
    under 100 words."); "Explain tides. Keep the explanation short" is the whole response."""
    pre = ctx.content[ctx.unit.start : pos]
    # a closed aside says nothing about what follows it ("bold at most one thing (one row per order line),
    # keep it within 60 words")
    pre = re.sub(r"\([^()]*\)", " ", pre)
    # "end every sentence with an emoji, never more than 4 sentences per reply": the count names the whole
    if _PER_WHOLE.match(ctx.content, pos, ctx.unit.end):
        return False
    # a filler "like" before a stated bound ("like 50 words or less") hedges nothing
    approx = _APPROX.search(pre)
    # (nor does "~" before a hard cap: "~150 words max")
    filler = approx and re.search(r"(?:\b(?:like|say)|~)\s*$", approx.group(0), _I)
    if filler and _BOUND_AFTER.match(ctx.content, pos, ctx.unit.end):
        approx = None
    if _COUNT_GUARD.search(pre) or _in_part(pre) or _NO_ITEM.search(pre) or approx:
        return True
    if _FIELD_SUBJECT.search(pre):
        return True  # "the lore field should be 2 sentences tops": one field of a structured answer
    if re.search(r"\bexplain\s+(?:(?:it|this|them|the\s+code)\s+)?(?:briefly\s+)?(?:in\s+)?$", pre, _I):
        return bool(_OTHER_PART.search(ctx.content))  # "put the code in a code block and explain it in 3 sentences"
    if _JUSTIFY.search(pre) and _FIXED_ANSWER.search(ctx.content[: ctx.unit.end]):
        return True  # "Answer with one of "My answer is yes." ..., then justify it in 2 sentences"
    part = _PART_SUBJECT.search(pre)
    if not part:
        return False
    if re.match(r"\S+\s+(?:[\w-]+\s+)?(?:part|portion|bit|half)\b", part.group(0), _I):
        return True  # "Keep the answer part to 100 words or fewer"
    if re.match(r"\S+\s+(?:explanation|comments?|commentary)", part.group(0), _I):
        return bool(_OTHER_PART.search(ctx.content))
    noun = re.match(r"\S+\s+(\w+)", part.group(0))
    task = rf"\b{_TASK_VERB}\s+(?:me\s+|us\s+)?(?:an?|one|the)\s+(?:(?!{_PREPS}\b)[\w'-]+\s+){{0,3}}?{noun.group(1)}\b"
    if noun and re.search(task, ctx.content[: ctx.unit.start] + pre, _I):
        return False  # "Write an Instagram caption. Keep the caption below 50 words": the caption is the response
    return True


def _in_part(pre: str) -> bool:
    """Whether a part named before the count scopes it ("In the last paragraph, use fewer than 3
    sentences"). A part that closes an earlier clause ("don't say X in the first sentence, the third
    sentence must mention Y, make it 5+ sentences") locates that clause's instruction, not the
    clauses after its comma."""
    m = _IN_PART.search(pre)
    if not m:
        return False
    closes = re.search(r"[^\s:;,.(]\s*$", pre[: m.start()]) and re.match(
        r"\s*,\s*(?=\S)(?!(?:which|that|where|who|using|with|in|within|keeping|at|no|under|limited|max|up|each|every)\b)",
        m.group("rest"),
        _I,
    )  # ("... in the first paragraph, which should be under 50 words" still describes the paragraph)
    return not closes


# "Like 2-3 sentences.", "roughly 100-150 words", "~200 words": a count offered as a rough guide.
_APPROX = re.compile(
    r"(?:^|[\s(,])(?:about|around|roughly|approximately|approx\.?|~|circa|ca\.|maybe|perhaps|something\s+like|"
    r"somewhere\s+(?:around|between)|ish)\s*$"
    r"|(?:^|[.,;:(!?]\s*)(?:like|say)\s*$",  # "Like 2-3 sentences.", not "I'd like 200 words or more"
    _I,
)
_BOUND_AFTER = re.compile(
    r"\s*\S+\s+[\w-]+\s+(?:or\s+(?:less|fewer|under|below|shorter)|max(?:imum)?|tops|at\s+most)\b", _I
)
# "no name longer than three words", "any title over 8 words": a bound on each item of a list.
_NO_ITEM = re.compile(
    r"\bnone(?:\s+of\s+(?:them|these|those))?\s+(?:(?:should|must|can|may|will)\s+(?:be\s+)?|is\s+|are\s+)?$|"
    # "Each pitch 80 words or less": a count for each item (each answer/response is the whole one)
    r"(?:^|[.;:,]\s*)(?:each|every)\s+(?!(?:response|answer|reply|replies|output|message|turn|time)s?\b)[a-z][\w-]*\s+"
    r"(?:(?:should|must|can|may|will|shall)\s+(?:be\s+)?|(?:is|be|at|in)\s+)?$|"
    r"\b(?:no|any)\s+(?!(?:more|less|fewer|longer|shorter|greater|higher|lower|than|other|single|circumstances?|point|case|"
    r"account|means|time|need|way)\b)(?:single\s+)?"
    r"(?!(?:response|answer|reply|output|essay|letter|story|poem|text|message|post|summary|review|article|speech|email|"
    r"paragraph|part|section)s?\b)[a-z][\w-]*\s+"
    r"(?:(?:should|must|can|may|will|shall)\s+(?:be\s+|run\s+|go\s+)?|(?:is|be)\s+)?$",
    _I,
)
_JUSTIFY = re.compile(
    r"\b(?:then|and)\s+(?:briefly\s+)?(?:justify|explain|defend|support|back\s+up)\s+(?:it|that|this|your\s+(?:answer|choice|"
    r"pick|verdict|reasoning|position))\s+(?:in\s+|using\s+|with\s+)?$",
    _I,
)
_FIXED_ANSWER = re.compile(
    r"\b(?:answer|respond|reply|start|begin)\s+with\s+(?:exactly\s+)?(?:one\s+of|either)\b|"
    r"\bmy\s+answer\s+is\s+(?:yes|no|maybe)\b",
    _I,
)
_PREPS = r"(?:of|about|on|for|with|and|or|in|to|from|by|that|which)"
_TASK_VERB = r"(?:write|draft|create|compose|give|need|want|make|craft|produce|generate|come\s+up\s+with)"


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
        if re.match(r"without\s+(?:using|including|adding|putting|writing)\b", m.group(0), _I):
            yield m  # "without using X": a manner of writing, whatever the clause's noun
            continue
        if re.match(r"(?:without|no|zero|free\s+of)\b", m.group(0), _I):
            before = ctx.content[ctx.unit.start : m.start()]
            if re.search(
                r"(?:^|[;:]\s*|\.\s+)(?:use|using|include|including|with)\b[^;:.]*(?:,|\band)\s*$", before, _I
            ):
                yield m  # "Use at most 3 headings and no emojis": one more item of a list of constraints
                continue
            if re.match(r"free\s+(?:of|from)\b", m.group(0), _I) and re.search(
                r"\b(?:is|be|are|stays?|remains?|keep\s+(?:it|this|them)|make\s+(?:it|this)|entirely|completely|totally)\s+$",
                before,
                _I,
            ):
                yield m  # "a limerick that is free of exclamation marks": said of the text itself
                continue
            if _terse_list_item(before) or (
                re.match(r"no\b", m.group(0), _I)
                and re.match(r"\s*,\s*(?:and\s+)?no\s+\w+", ctx.content[m.end() : ctx.unit.end], _I)
                and _terse_list_item(before + "no x, ")
            ):
                yield m  # "no exclamation marks, no emojis": a terse list of prohibitions
                continue
            # (not the items of a noun's "with no ...": "a world with no cars, no phones and no emojis")
            run = r"(?:(?:no|zero)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$"
            head = re.sub(run, "", before, flags=_I)
            governed = r"\b(?:with|without|has|have|had|of|about|featuring|where|there)"
            if (
                re.match(r"(?:no|zero)\b", m.group(0), _I)
                and re.search(
                    # ("PS - no exclamation points", "Absolutely no em dashes")
                    r"(?:[,;:.!?]|^|\n\s*(?:[-*•]|\d+[.)])?|\s[-—–])\s*(?:(?:and|but|plus|so|also|oh\s+and)\s+)?"
                    r"(?:(?:please|pls|plz|absolutely|definitely|strictly|seriously|really)\s+)?$",
                    before,
                    _I,
                )
                and not re.search(rf"{governed}\s*$", head, _I)
            ):
                yield m  # "all lower case pls, no commas at all": a "no X" opening its own comma item
                continue
            and_ = re.search(r"(?:^|[,;:.!?])([^,;:.!?]*)\band\s+$", before, _I)
            if (
                re.match(r"no\b", m.group(0), _I)
                and and_
                and not re.search(rf"{governed}\b", and_.group(1), _I)
                and not re.search(rf"{governed}\s*$", head, _I)
            ):
                yield m  # "Keep it to 3 sentences max and no exclamation points": a second constraint
                continue
            before = re.sub(r"\s*(?:with|,|and|use|using)\s*$", " ", before, flags=_I)
            clause = re.split(r"[;,(]|\band\b", before)[-1]
            if not (re.search(rf"\b{_TEXT_NOUNS}\s*$", before, _I) or _only_vocab(clause)):
                continue
        yield m


def _terse_list_item(before: str) -> bool:
    """Whether the text before a "no X" is a run of "no Y" items ("no commas, no emojis and ") that
    opens its sentence, clause or comma item, not one that a noun governs ("a world with no cars, ")."""
    chain = re.search(r"(?:(?:no|zero)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$", before, _I)
    if not chain:
        return False
    head = before[: chain.start()]
    # the run may follow a comma's "with": "output one word per line, with no commas and no numbering"
    return not head.strip() or bool(re.search(r"[;:.,]\s*(?:with\s+)?$", head, _I))


def _negated_mention_raw(ctx: Ctx, noun: str, gap: int = 4) -> Iterator[re.Match | _Part]:
    for m in _negated_mention_all(ctx, noun, gap):
        # "no more than 2 exclamation marks", "not more than three emojis": a bound, no prohibition
        # ("zero emojis" is a ban: its number is the ban's own word)
        rest = re.sub(r"^zero\b", "", m.group(0), flags=_I)
        if not re.search(rf"\b(?:more|less|fewer|over|under)\s+than\b|\b(?:{NUM})\b", rest, _I):
            yield m


# Verbs whose negation asks for the thing: "don't forget the commas", "never skip the emojis".
_UNDO = r"(?:forget|skip|omit|leave|drop|ditch|remove|neglect|miss|lose|avoid|exclude|eliminate|cut|strip|take|spare)"
# Verbs that ban what they govern, in the imperative: "leave out commas", "skip the emojis", "steer
# clear of em dashes", "I'd rather you didn't use ...". Kept apart from _NEG_WORDS, which also
# flips relations ("Do not write (more than N)"): "Drop the intro and write at least 200 words"
# must not read as a negated count, so these govern only a noun right after a determiner or two.
_BAN_VERBS = (
    r"(?:leave\s+out|leaving\s+out|skip|omit|ditch|drop|exclude|eliminate|cut\s+out|strip\s+out|take\s+out|remove|"
    r"lose|get\s+rid\s+of|"
    r"do\s+away\s+with|steer\s+clear\s+of|stay\s+away\s+from|keep\s+away\s+from|forgo|forego|hold\s+off\s+on|"
    r"refrain\s+from|abstain\s+from|(?:avoid|refrain\s+from|abstain\s+from)\s+(?:using|including|adding)|"
    r"(?:i[’']?d|i\s+would|we[’']?d|we\s+would)\s+(?:rather|prefer)(?:\s+(?:that|if|it\s+if))?\s+you\s+(?:didn[’']?t|did\s+not|"
    r"wouldn[’']?t|would\s+not|not)\s+(?:use|include|add|put\s+in|throw\s+in))"
)
_BAN_DET = (
    r"(?:(?:the|all|any|every|those|these|your|of|use\s+of|single|kind\s+of|kinds\s+of|type\s+of|types\s+of)\s+){0,3}"
)
# Whose subject is a person described, not the reader addressed: "kids who skip commas".
# Nor a permission ("you can skip the emojis", "feel free to drop them") or a negated ban ("don't skip").
_BAN_SUBJECT = re.compile(
    r"\b(?:i|we|they|he|she|who|that|which|people|writers?|students?|kids|a|an|the)\s+"
    r"(?:(?:always|usually|often|sometimes|never|just|also)\s+)?$"
    r"|\byou\s+(?:can|may|could|might)\s+(?:also\s+|just\s+)?$|\b(?:free|okay|ok|fine|welcome)\s+to\s+$"
    rf"|\b{_NEG_WORDS}\s+(?:ever\s+|just\s+)?$",
    _I,
)
# Where an imperative ban verb stands: opening its clause, or after a word that asks ("please", "could you",
# "be sure to", "you should"), never after a described subject ("Users often skip commas").
_BAN_LEAD = re.compile(
    r"(?:^|[.;:,!?(\n—–-]\s*|\b(?:please|pls|plz|kindly|and|also|then|just|so|but|or|plus|oh|now|simply|definitely|"
    r"(?:can|could|would|will)\s+you|you\s+(?:should|must|need\s+to|have\s+to)|(?:make\s+sure|be\s+sure|remember|try)\s+to|"
    r"(?:i|we)\s+(?:want|need|would\s+like|[’']d\s+like)\s+you\s+to|"
    r"(?:it|the\s+(?:response|answer|reply|model|assistant|bot|text|output)|your\s+\w+)\s+(?:should|must|needs?\s+to|has\s+to)|"
    r"rule\s+is|says\s+to|asked\s+(?:you\s+)?to)\s+)$",
    _I,
)
# "Commas are not allowed", "emojis are off-limits", "em dashes should not appear".
_BANNED_AFTER = (
    r"(?:\s+(?:are|is)\s+(?:(?:strictly|completely|totally)\s+)?(?:not\s+(?:allowed|permitted|welcome|wanted|ok(?:ay)?|"
    r"acceptable)|forbidden|prohibited|banned|off[- ]limits|a\s+no[- ]go|disallowed)"
    r"|\s+(?:should|must|may|can|shall)(?:\s+not|n[’']?t)\s+(?:be\s+used|appear|be\s+included|show\s+up)"
    # a spec line: "Emojis: none.", "Commas: zero", "em dashes - not allowed"
    r"|\s*[:=–-]\s*(?:none(?:\s+at\s+all)?|zero|0|not\s+allowed|forbidden|banned|nope)(?=\s*(?:[.,;!)]|$|please|pls)))"
)


def _negated_mention_all(ctx: Ctx, noun: str, gap: int = 4) -> Iterator[re.Match | _Part]:
    pat = (
        # (the gap never crosses "or"/"and": "no emojis or hashtags" bans hashtags as a list item, below)
        # (nor a verb that itself bans: "Don't forget / skip the commas" asks for them)
        rf"\b(?:{_NEG_WORDS}|no|zero|free\s+(?:of|from))\s+(?:(?!(?:no|or|and|nor|{_UNDO})\s)[\w'-]+\s+){{0,{gap}}}?"
        rf"(?:{noun})"
        rf"|\b(?:{noun}){_BANNED_AFTER}"
    )
    yield from _scan(pat, ctx, _I)
    ban = rf"\b{_BAN_VERBS}\s+{_BAN_DET}(?:{noun})|\b(?:leave|keep)\s+(?:the\s+|all\s+|any\s+)?(?:{noun})\s+out\b"
    for m in _scan(ban, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        wish = re.match(r"(?:i|we)[’']?d\s|(?:i|we)\s+would", m.group(0), _I)  # "I'd rather you didn't use ..."
        if not _BAN_SUBJECT.search(pre) and (_BAN_LEAD.search(pre) or wish):
            yield m
    # the further nouns of a negated list: "Don't use any emojis or hashtags", "no emojis, commas or
    # hashtags", "leave out hashtags and emojis" (the first is found above); an item is a noun phrase
    # that ends where the item ends ("Don't use emojis, and commas are fine" bans no comma)
    head = rf"\b(?:{_NEG_WORDS}|no|{_BAN_VERBS})\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+"
    verb = r"(?:no|not|use|using|include|add|write|put|keep|make|end|start|give|try|be|is|are)\b"
    item = rf"(?:(?:any|the|all|of|those|single)\s+)*(?:(?!{verb})[\w'-]+\s+)?"
    sep = r"(?:\s*,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:or|nor|and)\s+|\s*/\s*)"
    ends = r"(?=\s*(?:[,.;:!)/]|\b(?:or|nor|and)\b|$))"
    chain = rf"{head}(?:{sep}{item}[\w'-]+){{0,5}}?{sep}{item}(?P<second>{noun}){ends}"
    for m in _scan(chain, ctx, _I):
        third = re.match(
            r"(?:never|not|doesn[’']?t|cannot|can[’']?t)\s+(?:uses|includes|writes|says|contains|has)\b", m.group(0), _I
        )
        pre = ctx.content[ctx.unit.start : m.start()]
        if third or (re.match(_BAN_VERBS, m.group(0), _I) and (_BAN_SUBJECT.search(pre) or not _BAN_LEAD.search(pre))):
            continue
        yield _Part(m.start("second"), m.end("second"), ctx.content)


# Bans in the other languages the prompts use: "sin comas", "sans aucune virgule", "bitte ohne
# Ausrufezeichen", "senza emoji", "sem nenhum travessão", "no uses emojis", "n'utilise pas de
# virgules", "keine Kommas", "non usare virgole", "não use vírgulas", "évite les émojis".
def _foreign_negated(ctx: Ctx, noun: str) -> Iterator[re.Match]:
    """Bans of ``noun`` written in Spanish, French, German, Italian or Portuguese (the noun in that
    language): "sin comas", "ohne Ausrufezeichen"."""
    yield from _scan(rf"(?<![\w-])(?:{lx.FOREIGN_BAN})\s+{lx.FOREIGN_DET}(?:{noun})", ctx, _I)


@dataclass
class _Part:
    """A piece of a match that stands for its own constraint (re.Match's start/end/group(0))."""

    s: int
    e: int
    content: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _i: int = 0) -> str:
        return self.content[self.s : self.e]


def in_markdown_aside(ctx: Ctx, pos: int) -> bool:
    """Whether ``pos`` lies in an aside that spells out "no markdown" ("do not use any Markdown
    (no headings, lists, bold ...)", "I dont want any markdown, no lists, no bold"): its items
    restate that one constraint."""
    before = ctx.content[ctx.unit.start : pos]
    # "(no headings, lists, bold ...)" or "any markdown, no lists, no bold" or "no markdown: no bold, no bullets"
    return bool(
        re.search(
            r"markdown[^()]*\([^()]*$|markdown(?:\s*,\s*no\s+[\w-]+)*\s*,\s*$|markdown\s*:\s*(?:no\s+[\w-]+\s*,\s*)*(?:and\s+)?$",
            before,
            _I,
        )
    )
