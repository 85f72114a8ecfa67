"""Reverse constraints and rewrite the instruction so that it states what the checks check.

Where each constraint is stated (:func:`locate_all`): its ``span``, else its ``text`` found
verbatim, and every statement of the same id and kwargs that the phrase grammar (the rule-based
decomposer, stages/decompose_rules) finds. The grammar is the one place that knows how a type is
phrased: a statement it cannot read is not located, and the pair is dropped (``rewrite_failed``).

How it is rewritten (:func:`rewrite`): a sentence or list item that only states constraints is
replaced in place by the reversed constraint's ``describe()`` (with the other constraints it
stated, so none is lost); a constraint stated inside a task sentence has its clause cut, the
sentence kept grammatical, and the reversed constraint stated as its own sentence right after.
Every statement of a reversed constraint is rewritten.

Every rewritten prompt then goes through the round-trip guard (:func:`guard`), which decomposes it
again; what it finds wrong is reported (``Rewrite.unverified``) and build-pairs drops the pair
(``rewrite_unverified:<what>``). A constraint that cannot be located is reported, never guessed.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import typing
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rpo_cli.constraints import text as textutil
from rpo_cli.constraints.base import ConstraintType
from rpo_cli.counts import Counts
from rpo_cli.rows import canonical_fields, ifeval_fields, responses_field
from rpo_cli.schema import Condition, Constraint, Conversation, Message, Span
from rpo_cli.stages.decompose_rules import item_under_negated_head
from rpo_cli.stages.decompose_rules.heads import LIST_ITEM
from rpo_cli.stages.decompose_rules.resolve import _FRAME

_NUMBER_WORDS = {
    0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
    16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty",
    40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
}  # fmt: skip


_TIMES_WORDS = {1: "once", 2: "twice", 3: "thrice"}


def _number_forms(n: int) -> list[str]:
    """How a prompt may write the number n: digits, a number word, "twice"."""
    forms = [str(n)]
    if n in _NUMBER_WORDS:
        forms.append(_NUMBER_WORDS[n])
    elif 20 < n < 100 and n % 10:
        forms.append(f"{_NUMBER_WORDS[n - n % 10]}[- ]?{_NUMBER_WORDS[n % 10]}")
    if n in _TIMES_WORDS:
        forms.append(_TIMES_WORDS[n])
    return forms


def _value_hits(kwargs: dict[str, Any], sentence: str) -> int:
    """How many of the kwargs' values the sentence mentions (numbers as digits or words, strings
    as whole words, language codes by their English name)."""
    low = sentence.lower()
    hits = 0
    for key, v in kwargs.items():
        vals = v if isinstance(v, list) else [v]
        for x in vals:
            if isinstance(x, bool) or x is None:
                continue
            if isinstance(x, int):
                if any(re.search(rf"\b{f}\b", low) for f in _number_forms(x)):
                    hits += 1
            elif isinstance(x, str) and x.strip() and len(x) <= 200:
                val = x.strip().lower()
                if key == "language":
                    from rpo_cli.constraints.language import LANGUAGE_NAMES

                    val = LANGUAGE_NAMES.get(val, val).lower()
                # whole words: the letter "a" or the code "pt" must not hit inside other words
                pat = re.escape(val)
                if val[0].isalnum():
                    pat = r"(?<!\w)" + pat
                if val[-1].isalnum():
                    pat += r"(?!\w)"
                if re.search(pat, low):
                    hits += 1
    return hits


@dataclass
class Located:
    message: int
    start: int
    end: int
    how: str  # "span" | "text" | "grammar" | "clause" | "anchor"
    core_end: int | None = None  # where the grammar's span ended before its modifiers were taken in


@dataclass
class Rewrite:
    messages: list[Message]
    constraints: list[Constraint]
    reversed: list[bool]
    errors: list[str] = field(default_factory=list)  # constraints that could not be located
    unverified: list[str] = field(default_factory=list)  # what the round-trip guard found wrong

    @property
    def ok(self) -> bool:
        return not self.errors and not self.unverified


def _sentence_spans(content: str) -> list[tuple[int, int]]:
    spans = textutil.sentence_spans(content)
    # A parenthesised clause split over several "sentences" belongs to the sentence that opens it.
    # So does a fragment with no letters or digits (the "'." that a closing quote can leave behind).
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            seg = content[ps:pe]
            if seg.count("(") > seg.count(")") or seg.count("[") > seg.count("]"):
                merged[-1] = (ps, e)
                continue
            if not any(ch.isalnum() for ch in content[s:e]) and not content[pe:s].count("\n"):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


# --- where a constraint is stated: the phrase grammar (stages/decompose_rules) -----------------


@dataclass(frozen=True)
class Statement:
    """A constraint statement the rules found: where it is, and which (id, kwargs) it states."""

    message: int
    start: int
    end: int
    key: tuple[str, str]


def _key(type_id: str, kwargs: dict[str, Any]) -> tuple[str, str]:
    """(id, kwargs) in one normal form: the registry's own kwargs (defaults filled, nulls dropped)."""
    return _key_cached(type_id, json.dumps(kwargs, sort_keys=True, ensure_ascii=False, default=str))


@functools.lru_cache(maxsize=65536)
def _key_cached(type_id: str, kwargs_json: str) -> tuple[str, str]:
    from rpo_cli.constraints import registry

    try:
        kwargs = registry.build(type_id, json.loads(kwargs_json)).kwargs()
    except Exception:  # a kwargs set the type rejects still gets a key; it just matches nothing
        return type_id, kwargs_json
    return type_id, json.dumps(kwargs, sort_keys=True, ensure_ascii=False, default=str)


@functools.lru_cache(maxsize=8192)
def _message_statements(role: str, content: str) -> tuple[tuple[int, int, tuple[str, str]], ...]:
    """Every constraint statement the rules find in one message, a repeated one as often as it is
    stated: rule_decompose reports a repeated constraint once, so the statements found are masked
    (blanked, offsets kept) and the rules run again until nothing new turns up."""
    from rpo_cli.stages.decompose_rules import rule_decompose

    found: list[tuple[int, int, tuple[str, str]]] = []
    for _ in range(8):
        new = [c for c in rule_decompose([Message(role=role, content=content)]) if c.span is not None]
        if not new:
            break
        for c in new:
            sp = c.span
            assert sp is not None
            found.append((sp.start, sp.end, _key(c.id, c.kwargs)))
            # blanked, but sentence ends and line breaks stay, so the next sentence is still one
            blank = re.sub(r"[^.!?\n]", " ", content[sp.start : sp.end])
            content = content[: sp.start] + blank + content[sp.end :]
    return tuple(sorted(found))


def statements(messages: list[Message]) -> tuple[Statement, ...]:
    """The phrase grammar's constraint statements in these messages (system and user messages
    are read one by one, so a message that a rewrite left unchanged is not read again)."""
    return tuple(
        Statement(mi, s, e, key)
        for mi, m in enumerate(messages)
        if m.role != "assistant" and m.content.strip()
        for s, e, key in _message_statements(m.role, m.content)
    )


#: What may follow a statement that heads its sentence and still be about the constraint, not the
#: task: how the items are separated, marked, written or filled ("Use at least one placeholder in
#: square brackets for the date", "at least 3 paragraphs separated by blank lines", "- Exactly 3
#: bullet points listing features", "Include a fenced code block with a small Python example").
#: Topic words ("about", "on", "for") never start one: they carry the task.
_MODIFIER = re.compile(
    r"\s*(?:,\s*)?(?:separated|divided|split|marked|labell?ed|titled|numbered|formatted|written|using|listing|"
    r"containing|showing|with|in\s+(?:markdown|square|double|single|angular|curly|bold|italics?|a\s+(?:fenced|code))|"
    r"like|such\s+as|e\.\s?g\.|i\.\s?e\.|for\s+(?:example|instance)|at\s+the\s+(?:very\s+)?(?:bottom|end|top|start|beginning))(?!\w)",
    re.IGNORECASE,
)
#: Verbs that open a task sentence ("Write at least 300 words with a focus on ..."): a statement that
#: starts with one is not followed into its modifiers, which may be the task's.
_TASK_VERBS = frozenset(
    """write compose draft create give tell explain describe summarize summarise list generate produce
    outline plan rewrite translate name suggest provide share""".split()
)
_CLAUSE_END = re.compile(r"(?<!e\.g)(?<!i\.e)[.!?](?=[\"')\]]*(?:\s|$))|\n|;")


#: Signature words that are everyday task words too ("a Bash script", "the key points", "a title").
_AMBIGUOUS = frozenset(
    """script language phrase question option title item object key statement level tag template conclusion
    explanation follow single inside deep exact future outlook relevant age plain period section point asterisk
    symbol dash hyphen italic bold""".split()
)


@functools.lru_cache(maxsize=1)
def _all_signatures() -> frozenset[str]:
    """What the registry's general types check, as signature stems (the task-specific custom types aside)."""
    from rpo_cli.constraints import registry

    out: set[str] = set()
    for tid, cls in registry.all_types().items():
        if tid.startswith("custom:"):
            continue
        try:
            out |= _signature(cls.from_kwargs(cls.example))
        except Exception:  # a type without a usable example names nothing here
            continue
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _NEUTRAL_STEMS() -> frozenset[str]:
    """Stems of constraint wording that names no type in particular ("separated", "markdown", "like")."""
    return frozenset(_stem(w) for w in _VOCAB | _GENERIC | _NOT_SIGNATURE | _POLITE) | {
        _stem(w) for w in ("divided", "split", "numbered", "written", "listing", "containing", "showing", "using")
    }


def _modifier_tail(content: str, start: int, end: int, others: list[int], ctype: ConstraintType) -> int:
    """Where a statement that opens its sentence or list item really ends. Cutting "Use at least one
    placeholder" out of "Use at least one placeholder in square brackets for the date, like [date]."
    would leave the fragment "In square brackets for the date, like [date]." (which, beside the
    reversal, also contradicts it): the modifiers that follow such a statement (:data:`_MODIFIER`)
    belong to it, each up to the next comma or "and"/"or", within the clause (up to a sentence end,
    a line break, ";" or another statement). A modifier that names what another type checks ("use
    markdown headings with bullet points under each") is a requirement of its own and is not taken."""
    line_start = content.rfind("\n", 0, start) + 1
    lead = content[line_start:start]
    ends = [m.end() for m in re.finditer(r"[.!?][\"')\]]*\s+", lead)]
    lead = lead[ends[-1] :] if ends else lead
    lead = re.sub(r"^\s*(?:and|also|plus|oh,?\s+and)\b,?", "", lead, flags=re.IGNORECASE)  # "And no P.S. ..."
    marker = _LIST_MARKER.match(lead)
    if (lead[marker.end() :] if marker else lead).strip():
        return end  # the statement does not open its sentence: what follows may be the task's
    marker = _LIST_MARKER.match(content, start)
    first = _WORD.search(content, marker.end() if marker else start, end)
    if first is None or first.group().lower() in _TASK_VERBS:
        return end
    clause = _CLAUSE_END.search(content, end)
    stop = min([clause.start() if clause else len(content), *(o for o in others if o >= end)])
    pos = end
    while True:
        m = _MODIFIER.match(content, pos)
        if not m or m.end() > stop:
            return pos
        nxt = re.search(r",|\s(?:and|or|but)\s", content[m.end() : stop])
        upto, more = (m.end() + nxt.start(), True) if nxt else (stop, False)
        if m.group().strip(" ,").lower().startswith("at"):
            # a position ("at the very end") is only itself: what follows may say what goes there
            upto, more = m.end(), True
        foreign = {_stem(w) for w in _WORD.findall(content, m.start(), upto)} & _all_signatures()
        if foreign - _signature(ctype) - _NEUTRAL_STEMS() - _AMBIGUOUS:
            return pos
        pos = upto
        if not more:
            return pos


def locate_all(conv: Conversation, c: Constraint, ctype: ConstraintType) -> list[Located]:
    """Every place where the instruction states constraint ``c``, in order of preference: its
    ``span``, its ``text`` found verbatim, then every statement of the same id and kwargs that
    the phrase grammar finds (a constraint stated twice is found twice)."""
    out: list[Located] = []
    if c.span is not None:
        out.append(Located(c.span.message, c.span.start, c.span.end, "span"))
    elif c.text:
        for mi, msg in enumerate(conv.messages):
            if msg.role != "assistant":
                pos = msg.content.find(c.text)
                if pos >= 0:
                    out.append(Located(mi, pos, pos + len(c.text), "text"))
                    break
    if c.id != "free_form":
        key = _key(c.id, c.kwargs)
        for st in statements(conv.messages):
            if st.key != key or conv.messages[st.message].role == "assistant":
                continue
            content = conv.messages[st.message].content
            if item_under_negated_head(content, st.start, content[st.start : st.end]) is not None:
                continue  # an item under "DON'T:": a reversal written in its place would contradict the head
            if any(o.message == st.message and st.start < o.end and o.start < st.end for o in out):
                continue
            # a span that ran on into the next list item's marker ("... bullet points\n2.") stops at the line end
            content = conv.messages[st.message].content
            text = content[st.start : st.end]
            tail = re.search(r"\n\s*(?:[-*•+]|\d{1,2}[.)])$", text)
            end = st.start + tail.start() if tail else st.end
            # ... or into an inline item's marker ("1) 300+ words 2) use ..."): "2" is the next item's
            inline = re.search(r"\s+\(?(?:\d{1,2}|[a-z])\)?$", content[st.start : end])
            if inline and (inline.group().endswith(")") or content[end : end + 1] == ")"):
                end = st.start + inline.start()
            # a subject pronoun never ends a statement: it opens the clause after it ("... at least 5
            # questions [they] might ask me")
            pron = re.search(r"\s+(?:they|we|he|she|i|you)$", content[st.start : end], re.IGNORECASE)
            if pron:
                end = st.start + pron.start()
            starts = [o.start for o in statements(conv.messages) if o.message == st.message]
            begin = _joined_start(content, st.start, end, key)
            # a label line that heads a list ("Every message you post must:\n- use an emoji") heads the
            # other items too: the statement starts at its own item
            nl = content.rfind("\n", begin, end)
            if nl > begin and content[begin:nl].rstrip().endswith(":"):
                marker = _LIST_MARKER.match(content, nl + 1)
                begin = marker.end() if marker and marker.end() < end else nl + 1
            core = end
            end = _modifier_tail(content, begin, end, starts, ctype)
            # a span over a whole task sentence ("Give me two taglines for a bakery, separated by six
            # asterisks"): narrowed to the clause that the grammar reads as this constraint on its own
            clause = _statement_clause(content, begin, end, ctype)
            stop = clause[1] if clause is not None else end
            # a relative clause on the thing the statement asks for is the statement's ("finish with a
            # question [the class can discuss in pairs]"); on the task's noun it is the task's ("a list of
            # 5 questions [they might ask me]": the guard refuses what a cut would orphan)
            last = _WORD.findall(content, begin, stop)[-1:]
            if last and _stem(last[0]) in _signature(ctype):
                stop = _comment_end(content, stop, starts, _RELATIVE) or stop
            # the speaker's reason, purpose or feeling about it is the statement's: kept beside the
            # reversal it would argue for the original ("..., I find them annoying")
            stop = _comment_end(content, stop, starts) or stop
            if clause is not None:
                out.append(Located(st.message, clause[0], stop, "clause"))
                continue
            out.append(Located(st.message, begin, stop, "grammar", core))
    if c.id != "free_form" and c.span is None:
        # stated (or stated again) in words the grammar does not read: placed by the values and words
        # it must name, in a sentence that holds no statement of it already
        from rpo_cli.stages.anchor import anchored

        # the grammar's statements of the row's other constraints; a reading of no constraint the row
        # names (the grammar misread this statement as another type) does not hold a place
        others = {_key(o.id, o.kwargs) for o in conv.constraints or [] if o.id != c.id}
        taken = [(st.message, st.start, st.end) for st in statements(conv.messages) if st.key in others]
        have = [(o.message, *_sentence_of(list(_lines(conv.messages[o.message].content)), o.start, o.end)) for o in out]
        for mi, s, e, core in anchored(conv, c, ctype, taken, again=bool(out)):
            if not any(m == mi and a < e and s < b for m, a, b in have):
                out.append(Located(mi, s, e, "anchor", core))
    return out


def _joined_start(content: str, start: int, end: int, key: tuple[str, str]) -> int:
    """Where a statement the grammar found really starts when its span took in a requirement of its
    own joined by "and"/"but" ("[Keep it to one paragraph and] avoid "basically" and "very""): after
    the join, when the grammar reads what follows on its own as the same (id, kwargs) and what comes
    before holds two or more words of its own."""
    text = content[start:end]
    for m in reversed(list(re.finditer(r",?\s+(?:and|but)\s+(?:also\s+)?", text, re.IGNORECASE))):
        head = text[: m.start()]
        if len(_task_words(_WORD.findall(head))) < 2 or _depth(head) or re.search(r"[\"“«]", head):
            continue
        lead = _FRAME_LEAD.match(head)
        if _FRAME.match(head, lead.end() if lead else 0):
            continue  # a polite frame heads both ("I would appreciate it if it were in English and ...")
        if _grammar_reads(*key, text[m.end() :]) and not _grammar_reads(*key, head):
            return start + m.end()
    return start


#: A short label heading a sentence or list item ("Rules:", "Constraints -").
_LABEL = re.compile(r"[^\W\d_][^\W_]*(?: [^\W\d_]+){0,3}\s*(?::|\s[-–—])\s+")  # "For the answer part: "
#: What opens the speaker's reason, purpose or feeling about a statement: ", because the team reads
#: it", "so skimmers catch them", ", I find them annoying".
_COMMENT_HEAD = re.compile(
    r"\s*(?:please|pls|plz)?\s*(?:,\s*(?:because|since)\s|\s+because\s|,?\s*so\s+(?:that\s+)?(?=[^\W\d_]+\s+[^\W\d_]+)|"
    r",?\s*(?:i|we)(?:['’]m|\s+am|\s+really|\s+just|\s+personally)?\s+(?:hate|dislike|loathe|find|"
    r"can['’]?t\s+stand|don['’]?t\s+like|do\s+not\s+like)\b|"
    # the speaker's habit it answers (", I always do that and ...")
    r",\s*(?:i|we)\s+(?:always|usually|often|tend\s+to|keep)\b|"
    # a qualifier of the statement (", regardless of the language the customer writes in")
    r",?\s*(?:regardless\s+of|no\s+matter|even\s+(?:if|when|though))\b|"
    # a comma-spliced remark that points back at it (", it reads like buzzword soup", ", our style guide
    # is strict about that"); one that says something of its own (", our brand voice is calm") stays
    r",\s*(?=(?:it|they|that|this)\s+(?:is|are|was|were|looks?|feels?|reads?|seems?)\b|"
    r"(?:the|our|my)\s+[^\W\d_]+\s+(?:loves?|likes?|hates?|prefers?|wants?)\s+(?:it|that|this|them)\b|"
    r"(?:our|my|the)\b[^,.!?\n]*?\b(?:is|are)\b[^,.!?\n]*\b(?:about|with|on)\s+(?:that|it|them|this)[.!?]*(?:\s|$)))",
    re.IGNORECASE,
)


#: A relative clause right after a noun, with or without "that" ("a question the class can discuss").
_RELATIVE = re.compile(
    r"[ \t]+(?:that[ \t]+|which[ \t]+)?(?:the|my|your|our|their|they|we|you|he|she|i|people|students|readers|"
    r"kids|users|everyone)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:can|could|will|would|should|might|may|must)\b",
    re.IGNORECASE,
)


_SENTENCE_STOP = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n|$")


def _comment_end(content: str, pos: int, starts: list[int], head_re: re.Pattern[str] = _COMMENT_HEAD) -> int | None:
    """Where the comment on a statement that ends at ``pos`` ends: at the sentence end, or before
    the ", and" that joins the sentence's next statement ("..., because she is learning to read,
    and keep it [under 5 sentences]"). None when no comment follows."""
    head = head_re.match(content, pos)
    # a comment never crosses a sentence end or a line break: what follows is the next sentence's
    if not head or re.search(r"[.!?][\"')\]]*\s*$", content[:pos]) or "\n" in head.group():
        return None
    stop = _SENTENCE_STOP.search(content, head.end())
    end = stop.start() if stop else len(content)
    # nor a join to a requirement of its own (", and keep every heading in bold"), stated or not
    join = _NEXT_REQUIREMENT.search(content, head.end(), end)
    if join:
        end = join.start()
    nxt = [o for o in starts if head.end() <= o < end]
    if nxt:
        joins = list(re.finditer(r",?\s+(?:and|but)\s+", content[head.end() : nxt[0]]))
        if not joins or len(_WORD.findall(content, head.end() + joins[-1].end(), nxt[0])) > 4:
            return None
        end = head.end() + joins[-1].start()
    return end if end > head.end() else None


#: Where a constraint's clause may start inside a task sentence: after a comma, semicolon or colon,
#: or at a conjunction or a preposition/participle that opens a modifier ("..., separated by six
#: asterisks", "... give an example in a fenced code block").
_CLAUSE_OPENERS = re.compile(
    r"(?:(?<=[,;:])\s*|\b(?=(?:and|but|or|while|in|with|using|without|separated|divided|marked|written|"
    r"formatted|wrapped|all)\b))",
    re.IGNORECASE,
)
#: A hyphenated modifier that states a constraint by itself ("a sub-100-word welcome message",
#: "an all-lowercase poem", "a comma-free paragraph").
_COMPOUND = re.compile(r"(?<![\w-])[\w+]+(?:-[\w+]+)+(?![\w-])")
#: Examples inside a clause ("like [Mayor Name]", "<<title>>", quoted keywords): not task words.
_QUOTED_EXAMPLE = re.compile(r"<<[^>]*>>|\[[^\]]*\]|\"[^\"]*\"|“[^”]*”")


_EXAMPLE_AFTER = re.compile(
    r",?\s*\(?(?:such\s+as|like|e\.\s?g\.|i\.\s?e\.|for\s+(?:example|instance))[\s:,][^\n]*?(?=[.!?]?\s*$|[.!?]\s|;)",
    re.IGNORECASE,
)


def _depth(text: str) -> int:
    """How many brackets are open at the end of ``text``."""
    return sum(text.count(o) - text.count(c) for o, c in ("()", "[]", "{}"))


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _clause_task_words(text: str, values: frozenset[str]) -> list[str]:
    """The words of a candidate clause beyond the registry's constraint wording, number words and
    plurals ("six asterisks") counted as that wording."""
    stems = _constraint_stems()
    numbers = set(_NUMBER_WORDS.values())
    return [
        w
        for w in _task_words(_WORD.findall(text), values, broad=True)
        if w.lower() not in numbers and _stem(w) not in stems
    ]


@functools.lru_cache(maxsize=1)
def _constraint_stems() -> frozenset[str]:
    return frozenset(_stem(w) for w in _constraint_vocab())


def _statement_clause(content: str, start: int, end: int, ctype: ConstraintType) -> tuple[int, int] | None:
    """The clause of a task sentence that states ``ctype``: a hyphenated modifier, or a stretch from
    a clause opener (:data:`_CLAUSE_OPENERS`) to the end of its clause, outside any brackets, that
    states it (the phrase grammar reads the clause alone as this (id, kwargs) and no longer reads the
    rest of the sentence so),
    holds at most one word beyond the registry's constraint wording (examples aside), and leaves
    none of its own constraint words behind; the one naming most kwargs values, then the shortest.
    None when the sentence only states constraints (it is replaced whole) or no clause qualifies."""
    text = content[start:end]
    kwargs = ctype.kwargs()
    values = _value_words(kwargs)
    if len(_clause_task_words(re.sub(r"<<[^>]*>>", " ", text), values)) < 2:
        return None  # a constraint sentence (its examples aside), not a task sentence
    vocab = _constraint_stems() - {_stem(w) for w in _VOCAB}
    cands: list[tuple[int, int]] = [(m.start(), m.end()) for m in _COMPOUND.finditer(text)]
    stops = {m.start() for m in re.finditer(r"\s*(?:[,;:]|\b(?:and|but|or)\b|[.!?]+[\"')\]]*\s*$)", text)}
    stops.add(len(text.rstrip()))
    marker = _LIST_MARKER.match(text)
    opens = {marker.end() if marker else 0, *(m.end() for m in _CLAUSE_OPENERS.finditer(text))}
    cands += [(a, b) for a in opens for b in stops if b > a]
    best: tuple[int, int, int] | None = None  # -value hits, length, start
    for a, b in cands:
        piece = text[a:b]
        if not piece.strip() or len(piece.split()) > 12 or _depth(text[:a]) or _depth(piece):
            continue
        if len(_clause_task_words(_QUOTED_EXAMPLE.sub(" ", piece), values)) > 1:
            continue
        before = _WORD.findall(text[:a])
        if before and before[-1].lower() in _DANGLING - {"a", "an", "the"} and text[:a].rstrip()[-1:].isalnum():
            continue  # "... at dawn in [all lowercase letters]" would leave "in" hanging
        rest = text[:a] + " " + text[b:]
        key = _key(ctype.id, kwargs)
        if not _grammar_reads(*key, piece.strip(" ,;:")) or _grammar_reads(*key, rest):
            continue
        own = {_stem(w) for w in _WORD.findall(piece)} & vocab
        if not own or own & {_stem(w) for w in _WORD.findall(rest)}:
            continue  # "separated by six asterisks" would leave "asterisks" behind: not the whole statement
        key = (-_value_hits(kwargs, piece), b - a, a)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    a = best[2]
    b = a + best[1]
    # the clause's own example goes with it (", such as <<poem of joy>>", ", for example *this part*")
    ex = _EXAMPLE_AFTER.match(text, b)
    if ex:
        b = ex.end()
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " ,;:":
        b -= 1
    return start + a, start + b


def locate(conv: Conversation, c: Constraint, ctype: ConstraintType) -> Located | None:
    """Where the instruction first states constraint ``c`` (see :func:`locate_all`)."""
    found = locate_all(conv, c, ctype)
    return found[0] if found else None


def render(ctype: ConstraintType, condition: Condition | None) -> str:
    """The instruction text of a constraint, its trigger kept in front when it has one."""
    body = ctype.describe()
    if condition is None:
        return body
    if condition.keywords:
        trigger = "When the user mentions " + " or ".join(f'"{k}"' for k in condition.keywords)
    else:
        trigger = condition.text.rstrip(" ,:.")
    if body[1:2].islower():  # "Include ..." -> "include ...", but keep "JSON ..." as it is
        body = body[0].lower() + body[1:]
    return f"{trigger}, {body}"


# --- clause-level rewriting ------------------------------------------------------------------

#: Words a sentence may hold beside its constraints and still count as "only a constraint"
#: (replaced whole); two or more other words make it a task sentence (the clause is cut).
_VOCAB = frozenset(
    """a an and also but or so then that the this these it its to in of on with as at by for please make sure
    ensure keep your you yours response responses answer answers reply output text whole entire everything all
    must should shall will would need needs have has be is are being do does not no never always only just
    remember again once more note finally additionally moreover besides plus too throughout overall each every
    contain contains include includes use using written write entirely completely strictly total whole there
    here any sure i want like yes important make et ou und oder y e o""".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: A polite or indirect frame around a constraint ("It would be great if you could avoid commas.",
#: "I'd appreciate it if ...", "Please try to ...", "Would you mind ..."): when these and _VOCAB are
#: all a sentence holds beside its constraints, the frame is the constraint's and goes with it.
_POLITE = frozenset(
    """great nice helpful good lovely ideal ideally appreciate appreciated grateful thankful if could can
    might mind try trying attempt possible kindly i i'd i’d i'm i’m we we'd we’d it'd it’d were was prefer
    love thanks thank thx pls plz""".split()
)
#: Words a sentence cannot end on: left by a cut, they read as a clause cut short
#: ("It would be great if you could.", "Write a poem about rain that.").
_DANGLING = frozenset(
    """could would should can will may might must shall be is are was were been being am have has had do does
    did with of in on at by for to from about into onto without using via and or but nor that which who whom
    whose if while because so than whether a an the""".split()
)


#: Words a sentence's new opening cannot be once a cut took its head away (a fragment is left).
_FRAGMENT_OPENERS = frozenset(
    """with of in on at by for to from about into onto without using via than whether which who whom whose
    regardless unless although whereas
    and or nor but so because since including listing separated marked labelled labeled titled divided written
    formatted""".split()
)
_POLITE_LEAD = frozenset("pls plz please kindly".split())


def _fragment_opening(words: list[str]) -> bool:
    """Whether a sentence opening on ``words`` reads as a fragment (a preposition or participle; a
    requirement list such as "At least 2 emojis, and ..." reads as one more requirement)."""
    # a polite word does not head a sentence on its own ("Pls and explain it in 3 sentences.")
    while len(words) > 1 and words[0].lower() in _POLITE_LEAD:
        words = words[1:]
    w = words[0].lower()
    if w == "at" and len(words) > 1 and words[1].lower() in ("least", "most"):
        return False
    return w in _FRAGMENT_OPENERS or (len(w) >= 6 and w.endswith("ing") and not w.endswith("thing"))


@functools.lru_cache(maxsize=1)
def _constraint_vocab() -> frozenset[str]:
    """Words the registry's own constraint texts use ("commas", "lowercase", "bullet", ...): with
    _VOCAB, the words a sentence may hold and still only state constraints."""
    from rpo_cli.constraints import registry

    words: set[str] = set(_VOCAB)
    for cls in registry.all_types().values():
        try:
            t = cls.from_kwargs(cls.example)
            texts = [t.describe()] + ([t.reverse().describe()] if cls.reversible() else [])
        except Exception:  # a type without a usable example adds no words
            continue
        for text in texts:
            # quoted examples ("<<poem of joy>>", "such as [address]") are not constraint wording
            text = re.sub(r"<<[^>]*>>|\[[^\]]*\]|\"[^\"]*\"|\([^)]*\)", " ", text)
            words.update(w.lower() for w in _WORD.findall(text) if not w.isdigit())
    return frozenset(words)


_LIST_MARKER = LIST_ITEM  # one definition of a list item's marker (decompose_rules/heads.py)
#: (with the coordinators of the other languages the prompts use: "..., et [sans listes à puces]")
_TRAILING_JOIN = re.compile(
    r"(?:[\s,;:–—-]|\b(?:and|or|but|while|with|also|then|so|et|ou|und|oder|y|e|o)\b)+$", re.IGNORECASE
)
_TRAILING_LEAD = re.compile(
    r"\s*\b(?:that|which|who|whose|where|of|in|with|within|containing|com|con|avec|mit|en|em)\s*$", re.IGNORECASE
)
#: A copula after a coordinator or relative pronoun, left by a cut of its complement ("... and is
#: [two sentences at most]"); "Tell me what escrow is [in 3 sentences]" keeps its "is".
_TRAILING_COPULA = re.compile(
    r"(?<=\w)(?=\s+(?:and|or|but|that|which)\s)(\s+(?:and|or|but|that|which)\s+(?:is|are|be|has|have|(?:should|must|will)\s+(?:be|have)))\s*$",
    re.IGNORECASE,
)
#: A preposition and article left at a sentence's end by a cut of the noun they led into ("draft the
#: steps as a [numbered list, 10 steps or fewer]?").
_TRAILING_ARTICLE = re.compile(
    r"(?<=\w)\s+(?:as|into|using)(?:\s+(?:a|an|the))?$|(?<=\w)\s+(?:in|with)\s+(?:a|an|the)$", re.IGNORECASE
)
#: A preposition that led into a cut clause and can no more stand before what follows the cut.
_TRAILING_PREP = re.compile(r"(?<=\w)\s+(?:of|in|with|within|containing)$", re.IGNORECASE)
_LEADING_JOIN = re.compile(r"^(?:[\s,;:–—-]|\b(?:and|or|but|also|then|please|pls|plz)\b)+", re.IGNORECASE)


#: Verbs that open a task sentence even when its other words read as constraint wording.
_TASK_OPENERS = frozenset(
    """rewrite explain describe summarize summarise translate compose draft create outline classify generate
    turn convert tell""".split()
)
#: A requirement of its own in the words left beside a statement.
_REQUIREMENT = re.compile(
    r"\b(?:must|should|shall|never|don'?t|do\s+not|ha(?:s|ve)\s+to|needs?\s+to|can'?t|cannot)\b", re.I
)


def _own_requirement(gap: str, values: frozenset[str]) -> bool:
    """Whether words left beside a statement state a requirement of their own: a modal or "don't"
    followed by a task word, closed off by a comma, "and" or the sentence's end ("it must NOT rhyme,"),
    not the lead-in of the statement itself ("Alt text must be [under 100 characters]")."""
    m = re.search(_REQUIREMENT.pattern + r"\s+(?:not\s+)?([^\W_]+)(.*)$", gap, re.IGNORECASE | re.DOTALL)
    if not m or not _task_words([m.group(1)], values, broad=True):
        return False
    return bool(re.search(r"[,;.!?]|\b(?:and|but)\b", m.group(2)))


#: Words a coordinated gap may hold that add nothing of its own ("..., and no commas either").
_GAP_FILLER = frozenset("either too though well instead yes ok okay lol haha".split())


def _own_clause(gap: str, values: frozenset[str], at_start: bool, at_end: bool) -> bool:
    """Whether words left beside a statement form a clause of their own, joined to it by a
    coordinator ("Make it playful and [end with ...]", "[...], and no periods"), or open the sentence
    as its scope ("For the method, [use a numbered list ...]"): a requirement the rewrite must keep.
    Words between two statements ("[...] and use plain text [without any markdown]") may be the next
    one's own lead-in: they are not taken for a clause."""
    words = [w for w in _task_words(_WORD.findall(gap), values | _POLITE) if w.lower() not in _GAP_FILLER]
    if not any(len(w) >= 4 for w in words):
        return False
    before = (at_start or re.match(r"\s*[,;]", gap)) and re.search(r"\b(?:and|but)\s*$", gap, re.I)
    # (or a comma-spliced wish of the speaker's own: "[No exclamation marks please], I want it calm")
    after = at_end and re.match(
        r"\s*[,;]?\s*(?:and|but)\b|\s*(?:please|pls|plz)?\s*[,;]\s*(?:i|we)\s+(?:want|need|prefer|would\s+like|['’]d\s+like)\b",
        gap,
        re.I,
    )
    scope = at_start and re.match(
        r"\s*(?:for|in|on|within|under)\s+(?:the|each|every|this|that|your)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,", gap, re.I
    )
    return bool(before or after or scope)


#: A quality asked of the answer ("Make it energetic, ..."); "keep it short" restates a length limit.
_MAKE_IT = re.compile(
    r"\s*(?:make|keep)\s+it\s+(?!(?:short|brief|concise|tight|simple|quick)\b)[^\W\d_]{3,}\s*[,;]\s*$", re.I
)


#: What opens words that only restate or illustrate the statement before them ("..., just normal text",
#: "..., not just the pronunciation", "..., like <<title>>", "4 bullet points, no more no less", "...,
#: not transliterated", "..., it has to be continuous text"): they go with it.
_RESTATING_HEAD = re.compile(
    r"\s*[,;:]?\s*(?:(?:not\s+)?(?:just|only|merely|simply|solely)|i\s+mean|like|such\s+as|e\.\s?g\.|i\.\s?e\.|"
    r"for\s+(?:example|instance)|including|meaning|aka|no\s+more,?\s+(?:and\s+)?no\s+(?:less|fewer)|not\s+[^\W\d_]+ed|"
    r"(?:it|they|this|that)\s+(?:has|have|needs?|must|should)\s+(?:to\s+)?be)\b",
    re.IGNORECASE,
)


def _listed_item(gap: str, word: str, at_start: bool, at_end: bool) -> bool:
    """Whether ``gap`` (words left between statements) is an item of its own in a list of requirements,
    holding ``word``: bounded by the sentence's edges, commas, semicolons or a coordinator ("Prose only,
    [zero bullets]", "[max 200 characters, lowercase only], include #studywithme", "[Don't add a
    <<title>>] or any preamble")."""
    if not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", _QUOTED_EXAMPLE.sub(" ", gap)) or _RESTATING_HEAD.match(gap):
        return False
    if _MODIFIER.match(gap):  # how the statement's items are written ("..., using dashes like - this")
        return False
    left = at_start or re.match(r"\s*(?:[,;]|\b(?:and|or|nor|plus)\b)", gap, re.I)
    right = at_end or re.search(r"[,;]\s*$", gap)
    return bool(left and right)


def _bare(text: str) -> str:
    """Text without its closing punctuation, quotes and space."""
    return re.sub(r"[\s.!?\"')\]]+$", "", text)


#: What follows a task verb that asks for a piece of writing ("Write a short reply", "Give me three").
_TASK_OBJECT = re.compile(r"\s+(?:me\s+|us\s+)?(?:an?|some|one|two|three|four|five|\d+)\b", re.I)


def _task_head(content: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence at ``start`` opens with a task verb and its object ("Write a short reply
    that includes ...") outside every statement: the task, whatever else the sentence states."""
    first = _WORD.match(content, start)
    if first is None or first.group().lower() not in _TASK_VERBS | _TASK_OPENERS:
        return False
    obj = _TASK_OBJECT.match(content, first.end())
    return bool(obj) and not any(a < obj.end() and first.start() < b for a, b in spans)


def _gaps(content: str, start: int, end: int, covered: list[tuple[int, int]]) -> list[str]:
    """The stretches of content[start:end] that no covered range holds."""
    out, pos = [], start
    for a, b in sorted(covered):
        if a > pos:
            out.append(content[pos : min(a, end)])
        pos = max(pos, b)
    if pos < end:
        out.append(content[pos:end])
    return out


def _words_outside(content: str, start: int, end: int, covered: list[tuple[int, int]]) -> list[str]:
    """The words of content[start:end] that no covered range holds."""
    out = []
    for m in _WORD.finditer(content, start, end):
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            out.append(m.group())
    return out


def _task_words(words: list[str], extra: frozenset[str] = frozenset(), broad: bool = False) -> list[str]:
    """The words that are neither connective (nor, with ``broad``, any word the registry's constraint
    texts use) nor in ``extra``."""
    vocab = _constraint_vocab() if broad else _VOCAB
    return [w for w in words if w.lower() not in vocab and w.lower() not in extra and not w.isdigit()]


def _value_words(kwargs: dict[str, Any]) -> frozenset[str]:
    """The words of a constraint's kwargs values (quoted keywords, phrases, language names)."""
    out: set[str] = set()
    for v in kwargs.values():
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, str):
                out.update(w.lower() for w in _WORD.findall(x))
                if len(x) == 2:
                    from rpo_cli.constraints.language import LANGUAGE_NAMES

                    out.update(w.lower() for w in _WORD.findall(LANGUAGE_NAMES.get(x, "")))
    return frozenset(out)


def _article_for(article: str, word: str) -> str:
    """ "a 300+ word essay" minus "300+ word " is "a essay": a/an set by the next word's first letter."""
    vowel = word[:1].lower() in "aeiou" and not word.lower().startswith(("uni", "use", "one", "eu"))
    want = "an" if vowel else "a"
    return want.capitalize() if article[:1].isupper() else want


def _cut(sentence: str, cuts: list[tuple[int, int]]) -> str:
    """The sentence with the clauses at ``cuts`` (offsets into it) removed, kept grammatical: the
    conjunction or comma that joined a clause goes with it, a sentence that now opens with a cut
    gets its capital back, and its closing punctuation stays."""
    end_punct = re.search(r"([.!?]+)[\"')\]]*\s*$", sentence)
    closing = end_punct.group(1) if end_punct else ""  # the stop, not a quote that closed the cut clause
    out = sentence
    for a, b in sorted(cuts, reverse=True):
        left, right = out[:a], out[b:]
        right_core = right.strip()
        if not right_core or re.fullmatch(r"[.!?\"')\]]+", right_core):
            left = _TRAILING_JOIN.sub("", left)
            # the relative pronoun or preposition that led into the cut clause goes with it
            # ("a short reply that [is two sentences at most]", "a story of [at least 6 sentences]")
            left = _TRAILING_JOIN.sub("", _TRAILING_LEAD.sub("", _TRAILING_COPULA.sub("", left)))
            left = _TRAILING_ARTICLE.sub("", left)
            right = ""
        else:
            lt = left.rstrip()
            if re.match(
                r"\s*(?:where|which|that|who|whose|when|and|or|but|about|on|for|from|at|by)\b|\s*[,;]", right, re.I
            ):
                # "a story of [at least 6 sentences] where ..." -> "a story where ..."
                lt = _TRAILING_PREP.sub("", lt)
                left = lt + " "
            if not lt or lt.endswith((":", "(")) or re.search(r"\b(?:that|which|who)$", lt, re.I):
                right = _LEADING_JOIN.sub("", right)
            elif lt.endswith(",") and right.lstrip().startswith(","):
                right = right.lstrip()[1:]
            elif re.search(r"\b(?:and|or)\s*$", lt, re.IGNORECASE) and re.match(r"\s*(?:,|and\b|or\b)", right):
                left = re.sub(r"\s*\b(?:and|or)\s*$", "", lt, flags=re.IGNORECASE)
            left = left.rstrip() + " " if left.strip() else ""
            right = right.lstrip()
            art = re.search(r"\b(an?|An?) $", left)
            if art and right[:1].isalpha():
                left = left[: art.start()] + _article_for(art.group(1), right) + " "
        out = left + right
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r"\(\s*\)", "", out)
    out = re.sub(r"\(\s+", "(", out)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    out = _TRAILING_JOIN.sub("", out) if not re.search(r"[.!?\"')\]]$", out) else out
    out = re.sub(r"[,;:]+([.!?])$", r"\1", out)
    if out and closing and not re.search(r"[.!?][\"')\]]*$", out):
        out += closing
    if out[:1].islower() and (sentence[:1].isupper() or any(a == 0 for a, _ in cuts)):
        out = out[0].upper() + out[1:]  # the cut took the head: the new head gets its capital
    return out


@functools.lru_cache(maxsize=4096)
def _lines(content: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans cut again at line breaks: a list item is a sentence of its own."""
    out = []
    for s, e in _sentence_spans(content):
        for m in re.finditer(r"[^\n]+", content[s:e]):
            if m.group().strip():
                out.append((s + m.start(), s + m.end()))
    return tuple(out)


@dataclass
class _Region:
    message: int
    start: int
    end: int
    members: list[tuple[int, Located]]  # (constraint index, statement)


def _sentence_of(spans: list[tuple[int, int]], s: int, e: int) -> tuple[int, int]:
    """The sentences a statement at [s, e) touches, as one range."""
    touched = [(a, b) for a, b in spans if a < e and s < b]
    if not touched:
        return s, e
    return min(a for a, _ in [*touched, (s, e)]), max(b for _, b in [*touched, (s, e)])


# --- refitting a reversed statement to what its reversal replaces -----------------------------

#: A translation request whose verb keeps its object: "Translate [our job ad] into German", "please
#: localise this reminder into Polish". Reversed, only the target language goes ("Translate our job ad.").
_TRANSLATE = re.compile(
    r"(?:(?:please\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+)?)?(?P<verb>(?:please\s+)?(?:translate|locali[sz]e))\s+(?P<obj>[^,;:.!?\n]+?)\s+"
    r"(?P<lang>(?:in|into|to)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+)"
    r"(?:\s+(?:for|so|as|because)\b[^,;:.!?\n]*)?\s*[.!?]?\s*$",
    re.IGNORECASE,
)
#: A request for versions of one thing ("[Give me] two versions of a Facebook ad ..., separated by six
#: asterisks"): reversed, the count and the separator go and the thing asked for stays.
_VERSIONS_OF = re.compile(
    r"(?P<pre>(?:give|write|draft|send|make|create|produce|generate|suggest)\s+(?:me\s+|us\s+)?)?"
    r"(?P<head>(?:two|2|a\s+couple\s+of|a\s+pair\s+of)\s+(?:different\s+|alternative\s+|separate\s+|distinct\s+)?"
    r"(?:versions?|variants?|variations?|options?|drafts?|takes?)\s+of\s+)"
    r"(?P<np>(?:a|an|the|my|our|your|this|that)\s+[^,;:.!?\n()]+?)"
    r"(?P<sep>\s*,?\s*(?:and\s+)?(?:separated|divided|split)\b[^\n]*)?$",
    re.IGNORECASE,
)
#: What a link is to ("at least one link [to our case study page]"): the statement's own object.
_LINK_OBJECT = re.compile(
    r"[ \t]+(?:to|for|pointing\s+to)[ \t]+[^,;.!?\n]+?(?=\s*(?:[,;.!?\n]|\s(?:and|but)\s|$))", re.I
)
#: A coordinated requirement of its own: ", and keep ...", "; also don't ...".
_NEXT_REQUIREMENT = re.compile(
    r"\s*[,;]\s*(?:and|but|also|plus)\s+(?:also\s+)?(?:please\s+)?(?:keep|use|make|include|add|write|don['’]?t|do\s+not|"
    r"never|avoid|end|start|begin|put|give|limit|stay|mention|finish|sign|close|open|wrap|format|mark|bold|list)\b",
    re.IGNORECASE,
)
_REASON_OPEN = re.compile(r"\s*,?\s*(?:because|since|cuz|coz|so\s+that)\b", re.IGNORECASE)
#: A phrasal verb's particle right after a statement, closing its clause.
_PARTICLE = re.compile(r"[ \t]+(?:in|out|on|in\s+there|in\s+(?:it|them))(?=\s*[,;.!?]|\s*$)", re.IGNORECASE)
#: An opener that announces a restatement ("Again:", "i repeat,", "Just to stress it again:").
_RESTATE_OPENER = re.compile(
    r"(?:(?:and|also|oh|so|but)[\s,]+)?(?:just\s+)?(?:i\s+repeat|again|nope|nah|once\s+again|once\s+more|one\s+more\s+time|"
    r"to\s+be\s+(?:clear|safe|sure)|(?:to|let\s+me)\s+(?:stress|repeat|reiterate|say)(?:\s+(?:it|this|that))?"
    r"(?:\s+again)?|repito|encore\s+une\s+fois|nochmal|noch\s+einmal|ripeto)\s*[:,;–—-]?\s*$",
    re.IGNORECASE,
)
#: A subject and verb that only lead into the statement ("We love [the letter z, so use it at least 8
#: times]."): with the statement gone they have no object, so they go with it.
_BARE_FRAME = re.compile(
    r"\s*(?:(?:and|also|oh|plus|but|so)[\s,]+)*(?:i|we)(?:\s+(?:really|just|all|both|do|also|absolutely))?\s+"
    r"(?:love|like|adore|enjoy|prefer|want|need)\s*$",
    re.IGNORECASE,
)

#: A subject naming the task's object and a verb that only lead into a count ("The memo needs to run to
#: [at least 400 words]", "The essay should come in at [under 300 words]").
_COUNT_LEAD = re.compile(
    r"\s*(?:(?:and|also|oh|plus|but|so)[\s,]+)*(?:the|your|my|our|this|that)\s+(?P<noun>[^\W\d_]+)\s+"
    r"(?:needs?\s+to|has\s+to|have\s+to|should|must|will|can|ought\s+to)\s+(?:run|come\s+in|come|be|stay|land|"
    r"sit|clock\s+in)(?:\s+(?:to|at|in|under|within|below|around))?\s*$",
    re.IGNORECASE,
)


def _task_named(content: str, start: int, end: int, piece: str) -> bool:
    """Whether ``piece`` names something of the task: a content word of it that the message uses
    outside content[start:end] too."""
    function = _VOCAB | _DANGLING | _OBJECT_START | _OBJECT_OR_PREP | {"something", "anything", "one", "some"}
    words = {_stem(w) for w in _WORD.findall(piece) if len(w) >= 3 and w.lower() not in function}
    rest = content[:start] + " " + content[end:]
    return bool(words & {_stem(w) for w in _WORD.findall(rest)})


def _refit(content: str, loc: Located, c: Constraint, ctype: ConstraintType, alone: bool = True) -> list[Located]:
    """Where a reversed statement's words that the reversal replaces lie, when they are not the
    grammar's span as it is: a restatement's opener goes with it; a link's object that names nothing
    of the task goes with the link; of a translation request that keeps its object only the target
    language goes; of a request for two versions of one thing only the count and the separator go."""
    if loc.how not in ("grammar", "anchor", "clause"):
        return [loc]
    start, end = loc.start, loc.end
    line_start = content.rfind("\n", 0, start) + 1
    lead = content[line_start:start]
    stops = [m.end() for m in re.finditer(r"[.!?][\"')\]]*\s+", lead)]
    sent_start = line_start + (stops[-1] if stops else 0)
    marker = _LIST_MARKER.match(content, sent_start)
    if marker and marker.end() <= start:
        sent_start = marker.end()
    if start > sent_start and _RESTATE_OPENER.fullmatch(content, sent_start, start):
        start = sent_start
    # the particle of a phrasal verb the statement opened ("Don't put any headings [in], I'm reading it out")
    particle = _PARTICLE.match(content, end)
    if particle and re.search(r"\b(?:put|stick|throw|toss|chuck|pop|slip|add|leave)\b", content[start:end], re.I):
        end = particle.end()
    text = content[start:end]
    if c.id == "content:include_url" and re.search(r"\b(?:links?|urls?|hyperlinks?)\s*$", text, re.I):
        obj = _LINK_OBJECT.match(content, end)
        if obj and not _task_named(content, start, obj.end(), obj.group()):
            return [Located(loc.message, start, obj.end(), loc.how, loc.core_end or end)]
    # (only where the request is the language's one statement: beside "Respond in Japanese only" the
    # request's target reads as the task's, and the annotators keep it so)
    if c.id == "language:response_language" and alone:
        m = _TRANSLATE.match(text)
        values = _value_words(ctype.kwargs())
        if m and set(_WORD.findall(m.group("lang").lower())) & values:
            obj = [w for w in _WORD.findall(m.group("obj")) if w.lower() not in ("me", "us")]
            if obj and not set(w.lower() for w in obj) & values:
                return [Located(loc.message, start + m.start("lang"), start + m.end("lang"), loc.how)]
    if c.id == "combination:two_responses":
        m = _VERSIONS_OF.match(text)
        if m and len(_WORD.findall(m.group("np"))) >= 2:
            pieces = [Located(loc.message, start + m.start("head"), start + m.end("head"), loc.how)]
            if m.group("sep"):
                pieces.append(Located(loc.message, start + m.start("sep"), end, loc.how))
            return pieces
    return [Located(loc.message, start, end, loc.how, loc.core_end)]


def rewrite(
    conv: Conversation,
    types: list[ConstraintType],
    to_reverse: list[bool],
    free_texts: dict[int, str] | None = None,
) -> Rewrite:
    """The conversation's messages and constraints with the flagged constraints reversed.

    ``to_reverse[i]`` asks for constraint i to be reversed; each must be reversible (the
    caller checks), or be a free-form constraint whose reversed text ``free_texts[i]`` gives
    (from the LLM reverser). The returned constraints carry their new text and span. Every
    rewritten prompt goes through :func:`guard`; what it finds is in ``Rewrite.unverified``."""
    constraints = conv.constraints or []
    free_texts = free_texts or {}
    new_types = [
        t if rev and i in free_texts else (t.reverse() if rev else t)
        for i, (t, rev) in enumerate(zip(types, to_reverse, strict=True))
    ]

    def text_of(i: int) -> str:
        return free_texts[i] if i in free_texts else render(new_types[i], constraints[i].condition)

    if any(t is None for t in new_types):
        bad = [c.id for c, t in zip(constraints, new_types, strict=True) if t is None]
        raise ValueError(f"not reversible: {', '.join(bad)}")
    if not any(to_reverse):
        return Rewrite(list(conv.messages), list(constraints), list(to_reverse))

    errors: list[str] = []
    located = [locate_all(conv, c, t) for c, t in zip(constraints, types, strict=True)]
    for i, locs in enumerate(located):
        if to_reverse[i]:
            located[i] = [
                p
                for loc in locs
                for p in _refit(conv.messages[loc.message].content, loc, constraints[i], types[i], len(locs) == 1)
            ]
    for c, locs, rev in zip(constraints, located, to_reverse, strict=True):
        if not locs and rev:
            errors.append(f"{c.id}: could not find where the instruction states it")

    # every statement (of any constraint, and grammar hits of no constraint) covers its text
    covered: dict[int, list[tuple[int, int]]] = {}
    for locs in located:
        for loc in locs:
            covered.setdefault(loc.message, []).append((loc.start, loc.end))
    # Regions: the sentences that state a reversed constraint, merged when they overlap; a region
    # takes in every statement that reaches into it.
    sentence_spans = {mi: _lines(conv.messages[mi].content) for mi in {loc.message for locs in located for loc in locs}}
    regions: list[_Region] = []
    for i, locs in enumerate(located):
        if not to_reverse[i]:
            continue
        for loc in locs:
            s, e = _sentence_of(sentence_spans[loc.message], loc.start, loc.end)
            regions.append(_Region(loc.message, s, e, []))
    changed = True
    while changed:
        changed = False
        regions.sort(key=lambda r: (r.message, r.start))
        merged: list[_Region] = []
        for r in regions:
            if merged and merged[-1].message == r.message and r.start < merged[-1].end:
                merged[-1].end = max(merged[-1].end, r.end)
                changed = True
            else:
                merged.append(r)
        regions = merged
        for r in regions:
            for locs in located:
                for loc in locs:
                    if loc.message == r.message and loc.start < r.end and r.start < loc.end:
                        if loc.start < r.start or loc.end > r.end:
                            s, e = _sentence_of(sentence_spans[r.message], loc.start, loc.end)
                            r.start, r.end = min(r.start, s), max(r.end, e)
                            changed = True
    for r in regions:
        r.members = sorted(
            ((i, loc) for i, locs in enumerate(located) for loc in locs
             if loc.message == r.message and r.start <= loc.start and loc.end <= r.end),
            key=lambda m: m[1].start,
        )  # fmt: skip

    contents = [m.content for m in conv.messages]
    task_words: dict[int, list[str]] = {}
    cut_sentences: dict[int, list[str | tuple[str, str]]] = {}
    cut_texts: list[tuple[int, str]] = []  # (constraint index, original text) that must be gone
    swallowed: list[int] = []  # how many task words each statement that the rewrite drops holds
    restated: list[int] = []  # reversed constraints whose check a kept one, restated, names again
    orphaned = False  # a cut left a relative clause without the noun it described
    item_lost = False  # a sentence replaced whole held an untyped requirement of its own
    for r in sorted(regions, key=lambda r: (r.message, -r.start)):
        content = contents[r.message]
        marker = _LIST_MARKER.match(content, r.start)
        rs = marker.end() if marker and marker.end() < r.end else r.start
        # grammar hits that state no constraint of the row are text of the prompt: they count as task text
        spans = [(loc.start, loc.end) for _, loc in r.members]
        values = frozenset().union(*(_value_words(constraints[i].kwargs) for i, _ in r.members))
        # a statement's own tail (its reason, an aside in brackets, a remark pointing back at it, an
        # intensifier: "no hangul at all since I can't read it yet") is its words, not the task's
        tails = [
            (loc.end, t.end())
            for _, loc in r.members
            # a span that took the reason's "so"/"because" in leaves the reason itself after it
            if (t := (_REASON_REST if _REASON_OPEN_END.search(content, loc.start, loc.end) else _STATEMENT_TAIL).match(
                content, loc.end, r.end
            ))
        ]
        # a tail never runs on over ", and <a requirement of its own>" ("..., because councillors read it on
        # paper, and keep capitalised words under five"): what follows the join is the sentence's, not the tail's
        for k, (a, b) in enumerate(tails):
            join = _NEXT_REQUIREMENT.search(content, a, b)
            if join:
                tails[k] = (a, join.start())
        around = _words_outside(content, rs, r.end, spans + tails)
        outside = _task_words(around, values)
        lead = _FRAME_LEAD.match(content, rs, r.end)
        if len(outside) >= 2 and _FRAME.match(content, lead.end() if lead else rs):
            # only a sentence that opens with a polite frame may count its words as the frame's
            # ("I'd love a haiku in lowercase" keeps "love" and "haiku" as task words)
            outside = _task_words(around, values | _POLITE)
        if len(outside) >= 2:
            # a subject and verb that only lead into the statements ("We love [the letter z, so use it at
            # least 8 times].") have no object once they go: they go with them
            gaps = [g for g in _gaps(content, rs, r.end, spans + tails) if _WORD.search(g)]
            if len(gaps) == 1 and content[rs : r.end].startswith(gaps[0]):
                lead_in = _COUNT_LEAD.fullmatch(gaps[0])
                if _BARE_FRAME.fullmatch(gaps[0]) or (
                    # ... or a subject that names what the task already named, and a verb into a count
                    lead_in
                    and all(
                        _grammar_reads(*_key(constraints[i].id, constraints[i].kwargs), content[loc.start : loc.end])
                        for i, loc in r.members
                    )
                    and _task_named(content, rs, r.end, lead_in.group("noun"))
                ):  # fmt: skip
                    outside = []
        if len(outside) == 1 and re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}", outside[0]):
            outside = outside * 2  # a CJK run is a clause, not one filler word ("给高中生解释一下什么是机器学习")
        if len(outside) == 1:
            # one word beside the statements is filler ("yes this is a challenge"), unless it is a
            # requirement of its own ("it must NOT rhyme, must NOT be in all caps", "Make it playful
            # and ...", "..., and no periods") or the task's ("Write a short reply that ..."): then
            # it is cut around
            gaps = _gaps(content, rs, r.end, spans)
            text = content[rs : r.end]
            if (
                # a polite frame the grammar does not know is the task's words ("Would you mind ...?")
                outside[0].lower() in _POLITE and not _FRAME.match(content, lead.end() if lead else rs)
            ) or any(
                _own_requirement(g, values)
                # an untyped ban listed beside the statements ("Title Case, fewer than 12 words, no colon")
                or re.match(r"\s*[,;]\s*(?:and\s+)?(?:no|without)\s+[^\W\d_]{3,}\s*[.!?]*\s*$", g, re.IGNORECASE)
                or _own_clause(g, values, text.startswith(g), _bare(text).endswith(_bare(g)))
                # a quality asked of the answer ahead of the statements ("Make it energetic, with ...")
                or (text.startswith(g) and _MAKE_IT.match(g))
                for g in gaps
            ) or _task_head(content, rs, spans):
                outside = outside * 2
            elif any(
                _listed_item(g, outside[0], text.startswith(g), _bare(text).endswith(_bare(g)))
                # (an item that restates a reversed statement goes with it: "German please, no English")
                and not any(_restated(types[i], g, True) for i, _ in r.members if to_reverse[i])
                for g in gaps
            ):
                # an item of its own listed beside the statements ("Prose only, zero bullets", "..., fill
                # everything in", "... or any preamble"): an untyped requirement that may restate the
                # reversed one; neither dropping nor keeping it is safe
                item_lost = True
        reversed_members = [(i, loc) for i, loc in r.members if to_reverse[i]]
        for i, loc in reversed_members:
            cut_texts.append((i, content[loc.start : loc.end]))
        # a statement's own words go with it; a span that took in the task's words would take the task too
        gone = r.members if len(outside) < 2 else reversed_members
        for i, loc in gone:
            # only the grammar's spans can overreach; a span or text the row gives is its statement
            if loc.how in ("grammar", "anchor") and (to_reverse[i] or not constraints[i].text):
                # the modifiers taken in after the grammar's span (_modifier_tail) are the statement's own,
                # except what a reversed P.S.'s "with ..." says it tells the reader ("a P.S. with one tip for
                # shy participants"): the task's words, which the reversal would drop (a code block's "with
                # a tiny Bash script" is the format's example and goes with it)
                span_end = loc.core_end if loc.core_end is not None else loc.end
                if (
                    to_reverse[i]
                    and "postscript" in constraints[i].id
                    and re.match(r"\s*,?\s*(?:with|containing)\b", content[span_end : loc.end], re.I)
                ):
                    span_end = loc.end
                # a place found by its values is read as English on a single English function word
                # ("one-line commit msg for"): a grammar span is English by construction
                english_below = 1 if loc.how == "anchor" else 2
                words = _swallowed_words(content[loc.start : span_end], constraints[i].kwargs, english_below)
                n = len(words)
                # a word in another script that an English statement took in is a name of the task's
                # object ("a short English write-up of Το Λιμανάκι"): dropped, it loses the task
                if to_reverse[i] and any(re.search(r"[^\x00-\u024f]", w) for w in words):
                    n = max(n, _SWALLOWED_MAX)
                # a place found by its values alone has no grammar behind its edges: fewer words may go
                # (limit words aside: "cap the emojis at two")
                task_like = [w for w in words if w.lower() not in _LIMIT_WORDS]
                if loc.how == "anchor" and len(task_like) >= _ANCHOR_SWALLOWED_MAX:
                    n = _SWALLOWED_MAX
                swallowed.append(n)
        if len(outside) < 2:
            # a sentence (or list item) that only states constraints: replaced in place
            pieces: list[str] = []
            seen: set[int] = set()
            for i, _ in r.members:
                if i not in seen:
                    seen.add(i)
                    pieces.append(text_of(i) if to_reverse[i] else _kept_text(conv, i))
            # a text that ends on example lines ("... such as:\n* This is point 2") goes last and the
            # prompt goes on on a line of its own: nothing may run on into its last example line
            pieces.sort(key=lambda p: "\n" in p)
            # a label that heads the sentence ("Rules: ALL CAPS.") heads what follows too: it stays
            label = _LABEL.match(content, rs)
            if (
                label
                and label.end() <= min(loc.start for _, loc in r.members)
                and _task_words(_WORD.findall(label.group()), values, broad=True)
            ):
                rs = label.end()
            after = content[r.end :]
            if "\n" in pieces[-1] and after.strip() and not after.startswith("\n"):
                after = "\n" + after.lstrip(" \t")
            contents[r.message] = content[:rs] + " ".join(pieces) + after
        else:
            # a task sentence with a constraint clause: cut the clause, state the reversal after it
            cuts: list[tuple[int, int]] = []
            # a statement that takes in the item's marker ("- Include a code block") is cut from after it
            for a, b in sorted((max(loc.start, rs) - rs, loc.end - rs) for _, loc in reversed_members):
                if cuts and a < cuts[-1][1]:  # one phrase stating two constraints is cut once
                    cuts[-1] = (cuts[-1][0], max(b, cuts[-1][1]))
                else:
                    cuts.append((a, b))
            # a task verb that heads the statement also heads the task's topic after it ("write [4 or
            # more sentences] about a fox"): it stays
            for k, (a, b) in enumerate(cuts):
                verb = _WORD.match(content, rs + a)
                if (
                    verb
                    and verb.group().lower() in _TASK_VERBS | _TASK_OPENERS
                    and re.match(r"\s+(?:about|on|describing|explaining|featuring)\b", content[rs + b : r.end], re.I)
                ):
                    cuts[k] = (verb.end() - rs, b)
            # the speaker's reason for a reversed statement goes with it ("[Do not put any URLs in it], because
            # councillors read it on paper, and keep ..."): kept, it would argue for the original
            for k, (a, b) in enumerate(cuts):
                for ta, tb in tails:
                    if ta == rs + b and _REASON_OPEN.match(content, ta, tb):
                        if not any(rs + a2 < tb and ta < rs + b2 for a2, b2 in cuts if (a2, b2) != (a, b)):
                            cuts[k] = (a, tb - rs)
            # a verb the statement shares with a second complement ("[Keep it under 60 words] and in first
            # person"): the verb stays with that complement, and the "and" goes with the statement
            for k, (a, b) in enumerate(cuts):
                head = re.match(
                    r"(?:keep|make)\s+(?:it|them|this|everything|the\s+(?:whole\s+)?(?:thing|text|piece))\s+",
                    content[rs + a : rs + b],
                    re.IGNORECASE,
                )
                join = re.match(r"\s+and\s+(?=([^\W\d_]+))", content[rs + b : r.end], re.I)
                rest = re.match(r"[^,;.!?\n]*", content[rs + b + join.end() :]).group() if join else ""
                if (
                    head
                    and join
                    and join.group(1).lower() not in _OBJECT_START | _TASK_VERBS | _VERBS
                    and len(_WORD.findall(rest)) <= 6
                    and not _has_verb(rest)
                    and not any(a2 >= b for a2, _ in cuts)
                ):
                    cuts[k] = (a + head.end(), b + join.end())
            # its share-out goes with it ("[Use at least three headings, one per country], and under ...")
            for k, (a, b) in enumerate(cuts):
                share = re.match(
                    r",?\s*one\s+(?:per|for\s+each)\s+[^\W\d_]+(?=\s*[,;.!?]|\s+(?:and|but)\b|\s*$)",
                    content[rs + b : r.end],
                    re.IGNORECASE,
                )
                if share and not any(b <= a2 < b + share.end() for a2, _ in cuts):
                    cuts[k] = (a, b + share.end())
                    for w in _WORD.findall(share.group()):  # its words are the statement's, not the task's
                        if w in outside:
                            outside.remove(w)
            sentence = _cut(content[rs : r.end], cuts)
            # a relative clause the cut leaves without its noun ("... and [finish with a question] the
            # class can discuss in pairs"; "Give me [a list of 5 questions] they might ask me")
            if any(content[rs + b - 1].isalnum() and _RELATIVE.match(content, rs + b) for _, b in cuts if b):
                orphaned = True
            # an object the cut took from its verb ("Our help page needs [a Spanish version] for ...")
            for a, b in cuts:
                before = _WORD.findall(content, rs, rs + a)
                if (
                    before
                    and re.match(r"(?:a|an|the|some)\s", content[rs + a : rs + b], re.IGNORECASE)
                    and before[-1].lower() not in _DANGLING | _OBJECT_OR_PREP
                    and not before[-1].isdigit()
                    and not re.search(r"[,;:(]\s*$", content[rs : rs + a])
                ):
                    orphaned = True
            # a second object the cut leaves behind: the statement ended on an object pronoun and the
            # thing asked of it follows ("could you [end by asking me] something about my setup"), or on
            # a preposition whose object is left ("[plus one link for] further reading")
            if any(
                re.search(r"\b(?:me|us|him|her|them|for|of|with|about|to|into|on)$", content[rs + a : rs + b], re.I)
                and re.match(r"[ \t]+(?!(?:and|or|but|so|because|since|to|in|with|for|please|pls|at|on)\b)[^\W\d_]",
                             content[rs + b :], re.IGNORECASE)
                for a, b in cuts
            ):  # fmt: skip
                orphaned = True
            # a kept statement the cut left without its verb ('The word "x" should appear at least 3
            # times, and "y" at least twice' less its first clause) is restated from its type instead
            restate: list[int] = []
            kept_members = [(j, loc) for j, loc in r.members if not to_reverse[j]]
            pieces = re.split(r"(?<=[.!?])\s+", sentence)
            for piece in list(pieces):
                if not kept_members or not _verbless_piece(content[rs : r.end], piece):
                    continue
                if _task_words(_WORD.findall(_QUOTED_EXAMPLE.sub(" ", piece)), values, broad=True):
                    continue
                own = [j for j, loc in kept_members if content[loc.start : loc.end].strip(" .,;") in piece]
                if own:
                    pieces.remove(piece)
                    restate += [j for j in own if j not in restate]
            if restate:
                sentence = " ".join(pieces).strip()
            cut_sentences.setdefault(r.message, []).append((content[rs : r.end], sentence))
            added: list[str] = []
            for i, _ in reversed_members:
                if text_of(i) not in added:
                    added.append(text_of(i))
            added += [render(new_types[j], constraints[j].condition) for j in restate]
            # a kept constraint stated by the same words as a reversed one ("between 80 and 120
            # words" states two) lost its statement with the cut: restated from its type
            for j, loc in r.members:
                sharing = [i for i, b in reversed_members if loc.start < b.end and b.start < loc.end]
                if not to_reverse[j] and sharing:
                    kept = render(new_types[j], constraints[j].condition)
                    if kept not in added:
                        added.append(kept)
                    # words that stated both may name what the reversed one checks ("a JSON object
                    # with the keys ..." states JSON output and its keys): restated, the kept one
                    # would ask again for what the reversal forbids
                    stems = {_stem(w) for w in _WORD.findall(kept)}
                    for i in sharing:
                        if not types[i].needs_judge and _signature(types[i]) - _value_stems(types[i]) & stems:
                            restated.append(i)
            if sentence and not re.search(r"[.!?:][\"')\]]*$", sentence):
                sentence += "."  # a list item without a stop: the reversal must not run on from it
            sep = " " if sentence else ""
            contents[r.message] = content[:rs] + sentence + sep + " ".join(added) + content[r.end :]
            task_words.setdefault(r.message, []).extend(outside)

    new_constraints = []
    for i, (c, t) in enumerate(zip(constraints, new_types, strict=True)):
        text = text_of(i) if to_reverse[i] else c.text
        span = None
        if text:
            for mi, ct in enumerate(contents):
                pos = ct.find(text) if conv.messages[mi].role != "assistant" else -1
                if pos >= 0:
                    span = Span(message=mi, start=pos, end=pos + len(text))
                    break
        if c.span is not None and span is None and not to_reverse[i]:
            text = None  # the stated text moved in a way we cannot follow: do not claim a stale span
        new_constraints.append(Constraint(id=t.id, kwargs=t.kwargs(), text=text, span=span, condition=c.condition))
    messages = [Message(role=m.role, content=ct) for m, ct in zip(conv.messages, contents, strict=True)]
    rw = Rewrite(messages, new_constraints, list(to_reverse), errors)
    if not errors:
        texts = {i: text_of(i) for i in range(len(types)) if to_reverse[i]}
        rw.unverified = guard(conv, messages, types, new_types, to_reverse, texts, cut_texts, task_words, cut_sentences)
        for i in restated:
            rw.unverified.append(f"rewrite_unverified:original_remains:{constraints[i].id}")
        if orphaned:
            rw.unverified.append("rewrite_unverified:ungrammatical")
        if item_lost:
            rw.unverified.append("rewrite_unverified:task_lost")
        rw.unverified = list(dict.fromkeys(rw.unverified))
        if max(swallowed, default=0) >= _SWALLOWED_MAX and "rewrite_unverified:task_lost" not in rw.unverified:
            rw.unverified.append("rewrite_unverified:task_lost")
    return rw


#: What a statement carries after it that is its own, not the task's (as bench/eval_rewrite.py's
#: _REASON_TAIL reads it): an intensifier or filler ("at all", "whatsoever", "too", "obviously"), then its
#: reason ("because/since/cuz/so ..."), an aside in brackets, or a remark pointing back at it (", which
#: is harder than it sounds", ", it reads like spam"), to the sentence's end. Dropped with a reversal,
#: since kept beside it they would argue for the original.
_STATEMENT_TAIL = re.compile(
    r"(?:\s*,?\s*(?:at\s+all|whatsoever|either|(?:or|and)\s+(?:anything|stuff|things|any\s+of|all\s+of)"
    r"(?:\s+[^\W\d_]+)?(?:\s+(?:like|of))?\s+(?:that|this|those|it)|too|obviously|please|pls|plz|lol|haha|thanks?|somewhere|anywhere|"
    r"(?:is|are)\s+(?:on|in)\s+(?:there|it|here)|(?:on|in)\s+there)\b|\s*[^\w\s.!?,;:()\"'“”‘’\[\]]+)*"
    # its purpose ("for emphasis"), its scope or example ("lowercase only, including the first letter"), its
    # share-out ("3 bullet points, one per change")
    r"(?:\s*,?\s*(?:for\s+(?:emph\w*|effect|clarity|readability|impact)\b|one\s+(?:per|for\s+each)\s+[^\W\d_]+)"
    r"(?:(?!,?\s+(?:and|but)\s)[^.!?\n])*?"
    r"(?=\s*,?\s*(?:\(|because|since|so|cuz)\b|\s*(?:[.!?]+[\"')\]]*(?:\s|$)|\n|$)))?"
    r"(?:\s*\([^()\n]*\)|\s*,?\s*(?:because|since|cause|cuz|coz|['’]cause|so\s+that|so|including|even|"
    r"which\s+(?:is|are|was|would|will|makes?|might)|(?:it|they|that|this)\s+(?:is|are|was|were|looks?|feels?|"
    r"reads?|seems?))\b[^\n]*?)?\s*(?=[.!?]+[\"')\]]*(?:\s|$)|\n|$)",
    re.IGNORECASE,
)
_REASON_OPEN_END = re.compile(r"\b(?:so|because|since|cause|cuz|coz)\s*$", re.IGNORECASE)
_REASON_REST = re.compile(r"[^\n]*?\s*(?=[.!?]+[\"')\]]*(?:\s|$)|\n|$)")
#: Words that may open a sentence before its polite frame ("Also it'd be nice if ...").
_FRAME_LEAD = re.compile(r"(?:\s*\b(?:and|also|oh|plus|but|so|btw)\b[\s,]*)+", re.IGNORECASE)
#: Words beyond constraint wording a dropped statement may hold before it counts as holding the task.
_SWALLOWED_MAX = 3
_INFLECTIONS = ("ed", "d", "ing")
#: The same for a statement placed by its values (stages/anchor.py) rather than read by the grammar.
_ANCHOR_SWALLOWED_MAX = 2
#: Words a statement's span holds that say where or how, not what the task is.
_SPAN_WORDS = frozenset(
    """don't dont doesn't do not into under over per example g e part parts angle top bottom above below end
    beginning start etc each every total caps max min maximum minimum tops tight across throughout thing anything
    something everything""".split()
)


def _swallowed_words(text: str, kwargs: dict[str, Any], english_below: int = 2) -> list[str]:
    """The words of a statement that neither constraint wording, its values, an example, a polite
    frame nor an explanation in brackets or after "because" account for: the task's words, when a
    span the grammar found took in more than its statement ("Give two different answers, separated by
    ******: what's a good name for a puppy?")."""
    text = re.sub(r"https?://\S+|\bwww\.\S+", " ", text)  # a URL is an example, not the task
    text = re.sub(
        r"\([^()]*\)|\b(?:because|since|so\s+that|so(?=\s+[^\W\d_]+\s+[^\W\d_]+))\b.*$",
        " ",
        _QUOTED_EXAMPLE.sub(" ", text),
        flags=re.IGNORECASE,
    )
    if sum(1 for w in _WORD.findall(text) if w.lower() in _VOCAB) < english_below:
        return []  # hardly an English function word: a statement in another language, which this cannot read
    words = _clause_task_words(text, _value_words(kwargs) | _POLITE)
    stems = _constraint_stems()
    # an inflected form of constraint wording ("no word repeated", "words used") is that wording
    words = [w for w in words if not any(w.lower().endswith(x) and w.lower()[: -len(x)] in stems for x in _INFLECTIONS)]
    return [w for w in words if w.lower() not in _SPAN_WORDS and len(w) > 1]


# --- the round-trip guard --------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _grammar_reads(type_id: str, kwargs_json: str, text: str) -> bool:
    """Whether the phrase grammar reads ``text`` on its own as this (id, kwargs): only then can
    re-decomposing a rewritten prompt tell whether the statement is there."""
    found = statements([Message(role="user", content=text)])
    return (type_id, kwargs_json) in {s.key for s in found}


def guard(
    conv: Conversation,
    messages: list[Message],
    types: list[ConstraintType],
    new_types: list[ConstraintType],
    to_reverse: list[bool],
    reversed_texts: dict[int, str],
    cut_texts: list[tuple[int, str]],
    task_words: dict[int, list[str]],
    cut_sentences: dict[int, list[str | tuple[str, str]]] | None = None,
) -> list[str]:
    """What is wrong with a rewritten prompt, as ``rewrite_unverified:<what>:<constraint id>``
    reasons (empty when nothing is). Re-decomposes the new prompt with the phrase grammar:

    - ``reversed_missing``: a reversed constraint's text is not in the prompt, or (when the
      grammar reads that text) the grammar does not find the reversed (id, kwargs) there;
    - ``original_remains``: the grammar still finds an original (un-reversed) statement of a
      reversed constraint, or the text that stated it is still there (outside the new texts);
    - ``original_restated``: kept words the grammar reads as no statement still state what a
      reversed constraint checks (:func:`_restated`: "It HAS to fit in 280 characters" beside "at
      least 281 characters", "a German version", "caps lock the whole way through");
    - ``kept_lost``: a constraint that was not reversed and that the grammar found before is
      no longer found;
    - ``task_lost``: a content word of a rewritten task sentence, outside the cut clause, is gone;
    - ``ungrammatical``: a task sentence left by a cut (``cut_sentences``, per message: the cut
      sentence, or (original, cut) to judge only what the cut changed) ends on a modal, auxiliary,
      preposition, conjunction or article ("It would be great if you could."), or lost its head
      and now opens on a preposition or participle ("With a focus on rivers."), or joined an object
      pronoun to a modal ("Give me might ask me"), or left a sentence without the verb its original
      had ('"Leeds" at least twice.', "For the method.");
    - ``presupposes_original``: words left in the prompt only make sense while a reversed
      constraint's original holds (:data:`_PRESUPPOSES`: "Create a JSON object ..." beside JSON
      output reversed).
    """
    problems: list[str] = []
    constraints = conv.constraints or []
    found_before = statements(conv.messages)
    before = {s.key for s in found_before}
    after = {s.key for s in statements(messages)}
    joined = "\n".join(m.content for m in messages if m.role != "assistant")
    masked = joined
    for t in reversed_texts.values():
        masked = masked.replace(t, "\n\n")
    for i, (c, t, nt) in enumerate(zip(constraints, types, new_types, strict=True)):
        if not to_reverse[i]:
            key = _key(c.id, c.kwargs)
            if not t.needs_judge and key in before and key not in after:
                # the grammar reads some terse statements only in their old company ("no commas, no
                # emojis"): a statement whose every original wording is still there, word for word
                # and outside the new texts, is still stated
                olds = [conv.messages[s.message].content[s.start : s.end].strip() for s in found_before if s.key == key]
                if not all(_verbatim_in(o, messages, reversed_texts) for o in olds):
                    problems.append(f"rewrite_unverified:kept_lost:{c.id}")
            continue
        text = reversed_texts[i]
        new_key = _key(nt.id, nt.kwargs())
        old_key = _key(c.id, c.kwargs)
        # The grammar must find the reversal where it could read the original in its context; where
        # it could not (a context it does not parse, such as items under a "Rules:" header), the
        # reversed text's presence is what can be checked.
        readable = not nt.needs_judge and old_key in before and _grammar_reads(*new_key, text)
        if text not in joined or (readable and new_key not in after):
            problems.append(f"rewrite_unverified:reversed_missing:{c.id}")
        if old_key != new_key and old_key in after:
            problems.append(f"rewrite_unverified:original_remains:{c.id}")
    # a kept constraint that cannot hold unless a reversed one's original holds too: kept, it asks
    # for what the reversal forbids, in whatever words it is stated
    for i, c in enumerate(constraints):
        if to_reverse[i] and any(
            not to_reverse[j] and c.id in _IMPLIES.get(k.id, ()) for j, k in enumerate(constraints)
        ):
            problems.append(f"rewrite_unverified:original_remains:{c.id}")
    # words left in the prompt (the task's, an untyped requirement's, a kept constraint's) that only
    # make sense while a reversed constraint's original holds ("Create a JSON object ...", "Keep the
    # whole JSON under 700 characters", "Each version under 15 words" beside two responses reversed)
    for i, c in enumerate(constraints):
        if to_reverse[i] and c.id in _PRESUPPOSES and _PRESUPPOSES[c.id].search(masked):
            problems.append(f"rewrite_unverified:presupposes_original:{c.id}")
    unparsed = _unparsed_sentences(messages, constraints, new_types, to_reverse, reversed_texts)
    # a count restated with its number and unit or relation ("under 180") is one in any sentence
    every = _unparsed_sentences(messages, constraints, new_types, to_reverse, reversed_texts, every=True)
    for i, t in enumerate(types):
        if to_reverse[i] and not t.needs_judge:
            sig = _signature(t)
            if any(sig & {_stem(w) for w in words} for words in unparsed) or any(
                _count_restated(t, words) for words in every
            ):
                problems.append(f"rewrite_unverified:original_remains:{constraints[i].id}")
    # a restatement in words the grammar does not read ("It HAS to fit in 280 characters" beside "at
    # least 281 characters", "caps lock the whole way through", "a German version")
    kept_sentences = _kept_sentences(messages, constraints, new_types, to_reverse, reversed_texts)
    for i, t in enumerate(types):
        if to_reverse[i] and not t.needs_judge:
            for sentence in kept_sentences:
                short = len(_WORD.findall(sentence)) <= 4 or len(_clause_task_words(sentence, _POLITE)) < 2
                if _restated(t, sentence, short or bool(_DIRECTIVE.search(sentence))):
                    problems.append(f"rewrite_unverified:original_restated:{constraints[i].id}")
                    break
    for i, old in cut_texts:
        core = old.strip().rstrip(".!?")
        if len(core) >= 4 and core in masked:
            problems.append(f"rewrite_unverified:original_remains:{constraints[i].id}")
    for mi, words in task_words.items():
        have = {w.lower() for w in _WORD.findall(messages[mi].content)}
        # a polite word the cut left heading nothing ("[put the code in a code block] pls and ...") goes
        if any(w.lower() not in have and w.lower() not in _POLITE_LEAD for w in words):
            problems.append("rewrite_unverified:task_lost")
    # a cut that left a clause's punctuation behind its sentence's end (". , as my eyes tire quickly")
    for old_msg, new_msg in zip(conv.messages, messages, strict=True):
        if len(_STRAY_MARK.findall(new_msg.content)) > len(_STRAY_MARK.findall(old_msg.content)):
            problems.append("rewrite_unverified:ungrammatical")
    for sentences in (cut_sentences or {}).values():
        for entry in sentences:
            original, sentence = entry if isinstance(entry, tuple) else (None, entry)
            words = _WORD.findall(sentence)
            if not words:
                continue
            before_words = [w.lower() for w in _WORD.findall(original)] if original else []
            # an end the cut left on a dangling word; "Tell me what escrow is." ended so already
            if words[-1].lower() in _DANGLING and (not before_words or before_words[-1] != words[-1].lower()):
                problems.append("rewrite_unverified:ungrammatical")
            # a head the cut took away, leaving a fragment ("With a focus on rivers.")
            elif before_words and before_words[0] != words[0].lower() and _fragment_opening(words):
                problems.append("rewrite_unverified:ungrammatical")
            # a hole the cut left inside: an article now right before a preposition, modal or article
            # ("Return a for the capital of Peru.")
            elif before_words and _article_hole(before_words, [w.lower() for w in words]):
                problems.append("rewrite_unverified:ungrammatical")
            # a negated verb the cut took the object of ("and dont go [over 60 words]")
            elif _NEGATED_END.search(sentence) and not (original and _NEGATED_END.search(original)):
                problems.append("rewrite_unverified:ungrammatical")
            # a fragment the cut left without its verb ('"Leeds" at least twice.', "For the method.")
            elif original and any(f(original, sentence) for f in (_verbless_piece, _fragment_piece, _scope_left)):
                problems.append("rewrite_unverified:ungrammatical")
    return list(dict.fromkeys(problems))


#: A sentence's end followed by the punctuation of a clause: what a cut leaves in front of a remark.
_STRAY_MARK = re.compile(r"[.!?][\"')\]]*\s+[,;:]")
_NEGATED_END = re.compile(
    r"\b(?:don['’]?t|do\s+not|never|doesn['’]?t|does\s+not)\s+[^\W\d_]+\s*[.!?]*[\"')\]]*\s*$", re.I
)
#: Verbs a requirement or task sentence uses (with auxiliaries and modals): a sentence holding none
#: of them (nor a word shaped like a verb form) has no verb. Kept broad: a verb missed refuses a pair.
_VERBS = frozenset(
    """be is are was were been being am have has had do does did can could will would shall should may might
    must use include end start begin finish keep make put add avoid mention appear contain wrap answer respond
    reply format separate highlight mark repeat say let stay go get need want try take limit cap focus follow
    sound read feel look capitalize capitalise stick skip omit leave drop ensure place cover discuss address
    talk hit reach exceed refrain see think know ask show help teach find come give tell bold italicize
    number title label close open stop sign split break return output print count spell quote cite link
    write compose draft create explain describe summarize summarise generate produce outline plan
    rewrite translate name suggest provide share classify turn convert apply mind love like prefer hate
    please""".split()
)


#: Words that open a noun phrase or a preposition's object: a word before one of them is a verb
#: ("Justify it in ...", "Spell the name ...") unless it is a function word itself.
_OBJECT_START = frozenset("it me us them him her a an the your my our their this that these those".split())
_NOT_VERB = frozenset(
    """each every any all some no one two three for with in on of at by and or but not only per than
    also just then each""".split()
)


def _has_verb(text: str) -> bool:
    """Whether a sentence has a verb, by a broad lexicon and a verb's shape (cheap, not a parser)."""
    words = [w.lower() for w in _WORD.findall(_QUOTED_EXAMPLE.sub(" ", text))]
    for a, b in itertools.pairwise(words):
        if b in _OBJECT_START and a not in _NOT_VERB and a not in _OBJECT_START and not a.isdigit():
            return True
    for w in words:
        if w in _VERBS or w.endswith(("n't", "n’t", "ed")) or w in ("dont", "doesnt", "cant", "wont"):
            return True
        # a contracted auxiliary ("I'm", "we've", "it's"), not a possessive ("Mum's")
        if re.search(r"['’](?:m|re|ve|ll)$", w) or re.fullmatch(r"(?:it|that|there|here|he|she|what|let)['’]s", w):
            return True
        for suffix in ("s", "es", "ing", "d"):
            if w.endswith(suffix) and w[: -len(suffix)] in _VERBS:
                return True
        if w.endswith("ing") and len(w) > 5:
            return True
    return False


#: Participles that close an absolute phrase giving a count's scope ("The whole card, P.P.S. included, ...").
_SCOPE_PARTICIPLES = frozenset("included excluded inclusive aside counted".split())


def _scope_left(original: str, cut: str) -> bool:
    """Whether a cut left only the scope of the statement it took, closed by an absolute phrase, with
    no verb of its own ("The whole card, P.P.S. included[, no more than 6 lines]." -> "The whole card,
    P.P.S. included."): kept beside the reversal, the fragment still reads as part of the original."""
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n+", cut):
        core = _bare(piece).strip()
        words = [w.lower() for w in _WORD.findall(core)]
        if not words or words[-1] not in _SCOPE_PARTICIPLES or piece.strip() in original:
            continue
        pos = original.find(core)
        if pos >= 0 and original[pos + len(core) :].lstrip().startswith(",") and not _has_verb(" ".join(words[:-1])):
            return True
    return False


_LEAD_WORDS = frozenset("and or but also oh plus please pls plz kindly".split())
_SUBORDINATORS = frozenset("if when unless although though because since while whereas".split())


def _fragment_piece(original: str, cut: str) -> bool:
    """Whether a sentence the cut changed, past its leading "and"/"oh"/"please", now opens on a
    preposition or participle that did not open a sentence before ("[and please add a P.S.] with one
    tip" -> "and with one tip."), or is a subordinate clause whose main clause the cut took ("And if
    you can manage it[, use ...].")."""
    for piece in re.split(r"(?<=[.!?])\s+|\n+", cut):
        lead = re.match(r"(?:\s*\b(?:" + "|".join(_LEAD_WORDS) + r")\b[\s,]*)*", piece, re.IGNORECASE)
        rest = piece[lead.end() if lead else 0 :].strip()
        core = re.sub(r"[\s.!?\"')\]]+$", "", rest)[:40]
        words = [w.lower() for w in _WORD.findall(rest)]
        pos = original.find(core) if core else -1
        if not words or pos < 0 or piece.strip() in original:
            continue
        before = re.sub(r"(?:\s*\b(?:" + "|".join(_LEAD_WORDS) + r")\b[\s,]*)+$", "", original[:pos], flags=re.I)
        # it opened a sentence before: its start, a sentence end (an abbreviation such as "P.S." aside)
        was_head = not before.strip() or (
            re.search(r"[.!?][\"')\]]*\s*$", before)
            and not re.search(r"\b(?:[A-Z]\.)+\s*$|\b(?:e\.g|i\.e|etc)\.\s*$", before)
        )
        if not was_head and _fragment_opening(words):
            return True
        after = original[pos + len(core) :]
        if words[0] in _SUBORDINATORS and "," not in rest and after.lstrip().startswith(","):
            return True
    return False


_COUNT_HEAD = re.compile(
    r"\s*(?:at\s+(?:least|most)|no\s+(?:more|fewer|less)\s+than|up\s+to|exactly|\d+|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?!per\b))",
    re.IGNORECASE,
)


def _verbless_piece(original: str, cut: str) -> bool:
    """Whether a cut left a sentence without a verb whose original had one (a list item, a label
    or a heading aside, and a sentence that never had a verb: "Under 30 words, and no periods.")."""
    before = [p for p in re.split(r"(?<=[.!?])\s+|\n+", original) if p.strip()]
    for piece in re.split(r"(?<=[.!?])\s+|\n+", cut):
        if not _WORD.search(piece) or piece in before or ":" in piece or _LIST_MARKER.match(piece):
            continue
        words = {w.lower() for w in _WORD.findall(piece)}
        # the original sentence it came from: the one it shares most words with
        src = max(before, key=lambda b: len(words & {w.lower() for w in _WORD.findall(b)}), default="")
        if not _has_verb(src) or _has_verb(piece):
            continue
        head, src_head = _WORD.findall(piece)[0].lower(), (_WORD.findall(src) or [""])[0].lower()
        # what is left before the cut is a terse requirement list ("Third person, no more than 100
        # words[, and dont use ...]") unless it opens on a preposition ("For the method[, use ...]");
        # what is left after it lost the verb it shared ('[The word "x" should appear 3 times, and]
        # "y" at least twice')
        # ... though a remainder that opens on a count still reads as a requirement ("[Include a
        # question,] at least 2 emojis, and a joke")
        if _COUNT_HEAD.match(piece):
            continue
        if head != src_head or head in _FRAGMENT_OPENERS:
            return True
    return False


#: Types whose check passes only where another type's check passes: a JSON object with given keys
#: is a response that is JSON. A pair that keeps the first and reverses the second asks for both.
_IMPLIES: dict[str, frozenset[str]] = {
    "format:json_keys": frozenset({"detectable_format:json_format"}),
}


#: Wording that presupposes a type's original holds: kept beside its reversal, the prompt asks for
#: both. Only the response's own JSON or versions ("the JSON", "a JSON object", "in JSON", "each key
#: is ..."), not talk about them ("the difference between JSON and YAML").
_PRESUPPOSES: dict[str, re.Pattern[str]] = {
    "detectable_format:json_format": re.compile(
        r"\b(?:the|your|a|an|valid|whole|entire|same)\s+json\b|\bjson\s+(?:objects?|arrays?|output|format(?:ted)?|"
        r"response|reply|answer|file|block|schema|string|document|payload|only)\b|\b(?:in|as|into)\s+(?:valid\s+)?json\b|"
        r"\b(?:each|every|the)\s+(?:key|field)s?\s+(?:is|are|should|must|will|holds?|contains?)\b|"
        r"\b(?:keys?|fields?)\s+(?:called|named)\b",
        re.IGNORECASE,
    ),
    "combination:two_responses": re.compile(
        r"\b(?:each|both|the\s+(?:two|other|second|first))\s+(?:versions?|responses?|answers?|options?|drafts?|"
        r"variants?|takes?)\b|\beach\s+(?:one|of\s+them)\b",
        re.IGNORECASE,
    ),
}


def _article_hole(before: list[str], after: list[str]) -> bool:
    """Whether a cut joined an article to a word that cannot follow one, or an object pronoun or
    preposition to a subject pronoun or modal ("Give me they might ask me"): a word pair the
    sentence did not have before."""
    had = set(itertools.pairwise(before))
    return any(
        (a, b) not in had
        and (
            (a in ("a", "an", "the") and b in _DANGLING)
            or (a in _OBJECT_OR_PREP and b in _SUBJECT_OR_MODAL)
            # a coordinator now right before a participle that described the cut noun ("and [add a
            # P.S.] reminding them")
            or (a in ("and", "or", "but") and len(b) >= 6 and b.endswith("ing") and not b.endswith("thing"))
        )
        for a, b in itertools.pairwise(after)
    )


_OBJECT_OR_PREP = frozenset("me us him them of with in on at by for to from about into onto via".split())
_SUBJECT_OR_MODAL = frozenset("they we he she i could would should can will may might must shall".split())


def _value_stems(ctype: ConstraintType) -> frozenset[str]:
    """Stems of a constraint's values (its keyword, its keys): what it is about, not what it checks."""
    return frozenset(_stem(w) for w in _value_words(ctype.kwargs()))


def _verbatim_in(text: str, messages: list[Message], reversed_texts: dict[int, str]) -> bool:
    """Whether ``text`` (a statement's original wording) is still in a rewritten prompt, outside the
    reversed constraints' new texts."""
    if len(text) < 4:
        return False
    for m in messages:
        if m.role == "assistant":
            continue
        content = m.content
        for t in reversed_texts.values():
            content = content.replace(t, "\n\n")
        if text in content:
            return True
    return False


#: Words too common in constraint wording to tell one type from another.
_GENERIC = frozenset(
    """least most than less fewer more exactly times time word words letter letters sentence sentences line lines
    characters character total number count format formatted wrapped wrap start starts end ends begin
    following given like such example instance e.g i.e allowed without avoid from refrain forbidden prohibited
    below over under long length limit maximum minimum english other respond exclusively case first second third
    fourth fifth sixth seventh eighth ninth tenth last double break empty newline blank separated separat
    one two three four five six seven eight nine ten""".split()
)
_DIRECTIVE = re.compile(
    r"\b(?:should|must|shall|need(?:s)?\s+to|ha(?:ve|s)\s+to|make\s+sure|never|always|only|no|don'?t|do\s+not|avoid|"
    r"stop|quit)\b",
    re.IGNORECASE,
)


#: Verbs and other words a type's texts use that name nothing it checks.
_NOT_SIGNATURE = frozenset(
    """give provide mention add put appear about before say change leave create generate list name tell what
    which me us my them their some new further instead explicitly anywhere starting ending followed used show
    occur repeat within above email essay story letter poem help anything else nothing after come close follow
    however mark marked markdown part section""".split()
)


def _signature(ctype: ConstraintType) -> frozenset[str]:
    """Stems of the words that name what a constraint checks ("comma", "lowercase", "caps",
    "paragraph", its keyword or language): from its own instruction text, its kwargs values, the
    values its Literal kwargs allow and a small synonym map."""
    return _signature_cached(ctype.id, json.dumps(ctype.kwargs(), sort_keys=True, default=str))


@functools.lru_cache(maxsize=4096)
def _signature_cached(type_id: str, kwargs_json: str) -> frozenset[str]:
    from rpo_cli.constraints import registry

    kwargs = json.loads(kwargs_json)
    t = registry.build(type_id, kwargs)
    words = set(_WORD.findall(re.sub(r"<<[^>]*>>|\[[^\]]*\]|\"[^\"]*\"|\([^)]*\)", " ", t.describe())))
    drop = _VOCAB | _GENERIC | _POLITE | _NOT_SIGNATURE
    # what a kwarg can name (every script a "script" kwarg allows: "Cyrillic" restates a Latin-only rule)
    for info in getattr(getattr(t, "Args", None), "model_fields", {}).values():
        if typing.get_origin(info.annotation) is typing.Literal:
            words.update(w for x in typing.get_args(info.annotation) if isinstance(x, str) for w in _WORD.findall(x))
    out = {_stem(w) for w in words if w.lower() not in drop and not w.isdigit() and len(w) > 2}
    out |= {syn for w in out for syn in _SYNONYMS.get(w, ())}
    # short values (a keyword, a language); a long one (the request to repeat) is the task's text
    short = {k: v for k, v in kwargs.items() if not (isinstance(v, str) and len(v) > 30)}
    return frozenset(out | {_stem(w) for w in _value_words(short) if len(w) > 2 and w not in drop})


_UNITS = frozenset("word sentence paragraph character line bullet item section letter time".split())


def _count_restated(ctype: ConstraintType, words: list[str]) -> bool:
    """Whether words restate a count of ``ctype``: its number with its unit ("under 100 words!!")."""
    counts = {str(v) for v in ctype.kwargs().values() if isinstance(v, int) and not isinstance(v, bool)}
    low = [_UNIT_SHORT.get(w.lower(), w.lower()) for w in words]
    stems = {_stem(w) for w in low}
    units = {_stem(w) for w in _WORD.findall(ctype.describe())} & _UNITS
    if counts & stems and units & stems:
        return True
    # its number after a relation word, with no unit at all ("seriously keep it short, under 180")
    return not stems & _UNITS and any(a in _RELATION_WORDS and b in counts for a, b in itertools.pairwise(low))


#: Tokens: words, and each punctuation mark on its own (a number's phrase ends at a comma).
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
#: Words that, near a constraint's number with no noun of its own, make it a limit ("600 is the hard
#: cap", "must not go over 600", "exactly three, * style", "zero [brackets]").
_LIMIT_WORDS = frozenset(
    """under below max maximum min minimum over above beyond least most than tops exceed exceeding exceeds cap
    capped limit limited ceiling exactly precisely within upto""".split()
)
#: Words that may stand between a number and its unit ("280 total characters", "3 short paragraphs").
_UNIT_ADJECTIVES = frozenset(
    """total short long full whole different distinct separate single more extra additional solid proper
    complete tiny brief concise""".split()
)
#: Words that may follow a number and still leave it bare ("600 is the cap", "280 or less", "70 max").
_AFTER_BARE = frozenset("is are or and at max maximum min minimum tops tops cap limit words".split()) - {"words"}
_UNIT_SYNONYMS = {"bullet": ("point", "item", "dot"), "character": ("letter",), "paragraph": ("para", "block")}


def _number_restated(ctype: ConstraintType, text: str) -> bool:
    """Whether a sentence restates a count of ``ctype``: its number (as digits or a word; one more or
    less too, since "fewer than 281" is "280 max") with its unit ("It HAS to fit in 280 characters", "a
    280-character tweet", "zero [brackets]"), or bare beside a limit word ("600 is the hard cap",
    "exactly three, * style"). A number that counts another noun ("born in 1990", "3 examples", "12
    words max" beside a letter count) restates nothing."""
    kwargs = ctype.kwargs()
    counts = [v for v in kwargs.values() if isinstance(v, int) and not isinstance(v, bool) and v >= 0]
    if not counts:
        return False
    # the numbers that state the same limit: "less than 281" is "280 max", "at least 150" is "more than 149"
    relation = " ".join(str(v) for k, v in kwargs.items() if "relation" in k)
    shifts = {"less than": (-1, 0), "at least": (-1, 0), "at most": (0, 1), "more than": (0, 1)}
    shift = shifts.get(relation, (-1, 0, 1))
    units = {_stem(w) for w in _WORD.findall(ctype.describe())} & _UNITS | (_signature(ctype) - _AMBIGUOUS)
    units |= {_stem(s) for u in list(units) for s in _UNIT_SYNONYMS.get(u, ())}
    forms = {
        f
        for n in counts
        for d in shift
        if n + d >= 0
        for f in _number_forms(n + d)
        if "[" not in f and (f not in _TIMES_WORDS.values() or "time" in units)  # "once" counts times only
    }
    toks = [_UNIT_SHORT.get(t.lower(), t.lower()) for t in _TOKEN.findall(text)]
    nouns = _all_signatures() | {_stem(u) for u in _UNITS}
    for i, tok in enumerate(toks):
        if tok not in forms:
            continue
        # a number that follows another constraint's noun counts that ("a few hashtags (3 minimum)")
        prev = [t for t in toks[max(0, i - 2) : i] if t[:1].isalnum()][-1:]
        if prev and _stem(prev[0]) in nouns - units and toks[i - 1] in ("(", ",", ":", "-", *prev):
            continue
        j, bare = i + 1, True
        while j < len(toks) and j <= i + 3:
            nxt = toks[j]
            if nxt in ("-", "[", "(", '"', "'", "“", "‘", "+"):
                j += 1
                continue
            if not nxt[:1].isalnum():
                break  # punctuation ends the number's phrase: nothing follows it
            if _stem(nxt) in units:
                return True
            if nxt in _UNIT_ADJECTIVES:
                j += 1
                continue
            bare = nxt in _AFTER_BARE
            break
        if bare and _LIMIT_WORDS & set(toks[max(0, i - 3) : i] + toks[i + 1 : i + 5]):
            return True
    return False


#: Quote marks around a restated keyword or phrase.
_QUOTES = "\"'“”‘’«»`"
#: kwargs whose values are no words of the prompt (a relation, a code, the text to repeat).
_NOT_VALUE_KEYS = frozenset("relation language script prompt_to_repeat let_relation".split())
#: A language's own name for itself, beside its English name ("auf Deutsch", "en français").
_NATIVE_NAMES = {
    "de": ("deutsch",), "fr": ("français", "francais"), "es": ("español", "espanol", "castellano"),
    "it": ("italiano",), "pt": ("português", "portugues"), "nl": ("nederlands",), "ja": ("日本語",),
    "zh": ("中文", "汉语", "普通话"), "ko": ("한국어",), "ru": ("русский", "русском"),
}  # fmt: skip
#: What makes a language name a requirement on the answer: "in/into/to German", "a German version".
_LANG_BEFORE = re.compile(
    r"(?:\b(?:in|into|to|as|using|use|speak|write|reply|respond|answer|no|without|any|zero)\s+"
    r"(?:proper\s+|plain\s+|simple\s+|fluent\s+)?)$",
    re.IGNORECASE,
)
_LANG_AFTER = re.compile(
    r"^\s*(?:version|translation|text|only|one|words?|sentences?|copy|edition|reply|response|answer|please)\b|^\s*$|"
    r"^\s*[.!?,;:)]",
    re.IGNORECASE,
)
#: Everyday names of a script rule ("transliterate the examples", "in Latin letters").
_SCRIPT_RULE = re.compile(
    r"\b(?:translit\w*|romani[sz]\w*|(?:latin|roman)\s+(?:letters|script|alphabet|characters))\b", re.IGNORECASE
)
#: Everyday names of a letter-case rule, however the sentence around them runs ("caps lock the whole way
#: through", "all in lower case").
_CASE_RULE = {
    "change_case:english_capital": re.compile(
        r"\b(?:caps\s*lock|all[\s-]+caps|in\s+caps|upper[\s-]?case|capital\s+letters|block\s+capitals)\b", re.I
    ),
    "change_case:english_lowercase": re.compile(
        r"\b(?:lower[\s-]?case|no\s+(?:capitals|caps|capital\s+letters|upper[\s-]?case))\b", re.I
    ),
}


def _language_named(name: str, text: str) -> bool:
    """Whether ``text`` names the language as a requirement on the answer ("in German", "translate it
    into German", "a German version", "No English sentences"), not in passing ("My French is decent",
    "the French Revolution", "for my English class")."""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        if _LANG_BEFORE.search(text[: m.start()]) or _LANG_AFTER.match(text[m.end() :]):
            return True
    return False


def _restated(ctype: ConstraintType, text: str, requirement: bool) -> bool:
    """Whether kept text (a sentence the grammar reads as none of the row's constraints) still states
    what ``ctype`` checks, in words the grammar may not parse: its count (:func:`_number_restated`), a
    keyword or phrase of it in quotes (or a phrase of 3+ words, or a marker such as "P.S.", word for
    word), its language named as the answer's, its script rule, its letter case. ``requirement``: the
    sentence reads as a requirement (any language named there restates a language rule)."""
    if _number_restated(ctype, text):
        return True
    kwargs = ctype.kwargs()
    for key, v in kwargs.items():
        if key in _NOT_VALUE_KEYS:
            continue
        for x in v if isinstance(v, list) else [v]:
            # (a single letter in quotes is talk about the letter: "working on the 'r' sound")
            if not isinstance(x, str) or len(x.strip()) < 2 or len(x) > 80:
                continue
            val = x.strip()
            quoted = rf"[{_QUOTES}]\s*{re.escape(val)}\s*[.!?,]?\s*[{_QUOTES}]"
            if re.search(quoted, text, re.IGNORECASE):
                return True
            if len(_WORD.findall(val)) >= 3 and re.search(rf"(?<!\w){re.escape(val)}(?!\w)", text, re.IGNORECASE):
                return True
            if key.endswith("marker") or not any(ch.isalnum() for ch in val):  # a marker ("P.S.", "***")
                if re.search(rf"(?<!\w){re.escape(val.rstrip('.'))}", text):
                    return True
    if ctype.id.startswith("language:response_language") and isinstance(kwargs.get("language"), str):
        from rpo_cli.constraints.language import LANGUAGE_NAMES

        code = kwargs["language"]
        names = [LANGUAGE_NAMES.get(code, code), *_NATIVE_NAMES.get(code, ())]
        if requirement:
            names += [n for n in LANGUAGE_NAMES.values() if " " not in n]
        if any(_language_named(n, text) for n in names):
            return True
    if ctype.id == "language:no_script" and _SCRIPT_RULE.search(text):
        return True
    # the checked mark itself beside a "none" word ("zero — in the whole thing", "no ! anywhere")
    mark = _MARKS.get(ctype.id)
    if mark and re.search(rf"\b(?:zero|no|none|never|without|0)\b\W{{0,3}}{re.escape(mark)}", text, re.I):
        return True
    # a pointer to the opening or closing phrase as the answer's first or last words ("those must be the
    # last words", "dapat yun talaga yung last words", "make that the very last line")
    edge = _EDGE_RULE.get(ctype.id)
    if edge and edge.search(text) and _POINTER.search(text):
        return True
    case = _CASE_RULE.get(ctype.id)
    return bool(case and case.search(text))


#: The mark a punctuation ban checks, as it may be written on its own.
_MARKS = {"punctuation:no_em_dash": "—", "punctuation:no_comma": ",", "punctuation:no_exclamation": "!"}
#: "The last words", "the opening line": what a start/end phrase rule makes of its phrase.
_EDGE_RULE = {
    "startend:end_checker": re.compile(
        r"\b(?:(?:last|final|closing|ending)\s+(?:words?|lines?|things?|bits?|sentences?|part)|very\s+end)\b", re.I
    ),
    "startend:start_phrase": re.compile(r"\b(?:first|opening|starting)\s+(?:words?|lines?|things?|bits?)\b", re.I),
}
#: Words pointing back at a phrase named before (English, and Tagalog/Spanish/French/German chat).
_POINTER = re.compile(
    r"\b(?:that|this|it|those|these|yun|yan|iyon|ito|eso|esto|ça|cela|das|dies)\b.*\b(?:be|is|are|must|should|"
    r"has|have|dapat|sea|soit|sein)\b|\b(?:be|is|are|must|should|dapat)\b.*\b(?:that|this|it|those|these|yun|yan|"
    r"iyon|ito)\b|\bmake\s+(?:that|this|it)\b",
    re.I,
)
#: Short forms of count units ("<280 chars", "3 paras").
_UNIT_SHORT = {"char": "character", "chars": "characters", "para": "paragraph", "paras": "paragraphs"}
_RELATION_WORDS = frozenset("under below max maximum over above least most than tops exceed".split())


#: Everyday names of what a signature word checks ("caps lock on" for capital letters).
_SYNONYMS = {
    "capital": ("cap", "caps", "uppercase", "upper"),
    "lowercase": ("lower",),
    "emoji": ("emoticon", "smiley"),
    "comma": ("coma",),
    # "stop bolding random stuff" restates a no-highlight rule
    "highlight": ("bold", "bolding", "bolded", "italic", "italics", "emphasis"),
}


def _unparsed_sentences(
    messages: list[Message],
    constraints: list[Constraint],
    new_types: list[ConstraintType],
    to_reverse: list[bool],
    reversed_texts: dict[int, str],
    every: bool = False,
) -> list[list[str]]:
    """The words of each sentence of a rewritten prompt that reads as a requirement on the answer (few
    words beyond constraint wording, or a directive: "should", "never", "don't", ...) yet is neither
    a new text nor a statement the grammar reads as one of the row's constraints: a restatement the
    grammar cannot parse ("dont use any capital letters", "caps lock on pls") may hide there. With
    ``every``, every such sentence, requirement-like or not (for a restated count)."""
    out: list[list[str]] = []
    for sentence in _kept_sentences(messages, constraints, new_types, to_reverse, reversed_texts):
        words = _WORD.findall(sentence)
        if not words:
            continue
        # a requirement: few words beyond constraint wording, a short fragment, or a directive
        if every or len(_clause_task_words(sentence, _POLITE)) < 2 or len(words) <= 4 or _DIRECTIVE.search(sentence):
            out.append(words)
    return out


def _kept_sentences(
    messages: list[Message],
    constraints: list[Constraint],
    new_types: list[ConstraintType],
    to_reverse: list[bool],
    reversed_texts: dict[int, str],
) -> list[str]:
    """The sentences of a rewritten prompt with the new texts, the texts the row gives its kept
    constraints and every statement the grammar reads as one of the row's constraints blanked out:
    the words the rewrite kept that state none of the row's constraints (the task, asides, and
    statements the grammar cannot read)."""
    row_keys = {_key(t.id, t.kwargs()) for t in new_types}
    out: list[str] = []
    for m in messages:
        if m.role == "assistant":
            continue
        # the new texts and the row's statements are blanked (offsets into the message as it is kept)
        spans = [(st.start, st.end) for st in statements([m]) if st.key in row_keys]
        kept = [c.text for c, rev in zip(constraints, to_reverse, strict=True) if not rev and c.text]
        for t in [*reversed_texts.values(), *kept]:  # and the texts the row gives its kept constraints
            spans += [(x.start(), x.end()) for x in re.finditer(re.escape(t), m.content)]
        content = m.content
        for a, b in spans:
            content = content[:a] + re.sub(r"[^\n]", " ", content[a:b]).replace(" ", "\n", 1) + content[b:]
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n+", content) if s.strip()]
    return out


def _kept_text(conv: Conversation, i: int) -> str:
    """A non-reversed constraint that shares a rewritten sentence: restate it in its own words
    when it has them, else from its type."""
    from rpo_cli.constraints import registry

    c = (conv.constraints or [])[i]
    return c.text or render(registry.build(c.id, c.kwargs), c.condition)


@dataclass
class ReverseStats(Counts):
    rows: int = 0
    reversed: int = 0
    not_reversible: Counter = field(default_factory=Counter)
    rewrite_failed: int = 0
    no_response: int = 0

    def render(self) -> str:
        parts = [f"{self.rows} rows written", f"{self.reversed} constraints reversed"]
        if self.not_reversible:
            parts.append("kept (not reversible): " + ", ".join(f"{k} {v}" for k, v in self.not_reversible.items()))
        if self.rewrite_failed:
            parts.append(f"{self.rewrite_failed} rows whose instruction could not be rewritten (rewrite_ok=false)")
        if self.no_response:
            parts.append(f"{self.no_response} rows skipped: --failed-only needs a response")
        return " · ".join(parts)


def reverse_rows(convs, failed_only: bool, stats: ReverseStats, reverser=None, batch_size: int = 256):
    """reverse-constraints: each row with its constraints reversed (all, or those its response
    failed) and its instruction rewritten; one output row per response with ``failed_only``.

    With an LLM ``reverser`` (stages/reverse_llm.py), free-form constraints are reversed too,
    one batch of LLM calls per ``batch_size`` rows (answers cached per text)."""
    from rpo_cli.stages import batched

    for batch in batched(convs, batch_size):
        yield from _reverse_batch(batch, failed_only, stats, reverser)


def _reverse_batch(batch, failed_only: bool, stats: ReverseStats, reverser):
    from rpo_cli.stages.verify import applicability, build_types, check_all

    free: dict[str, str | None] = {}
    if reverser is not None and not failed_only:  # free-form verdicts need a judge: only "all" here
        texts = sorted({c.text for conv in batch for c in conv.constraints or [] if c.id == "free_form" and c.text})
        free = dict(zip(texts, reverser.reverse(texts), strict=True))
    for conv in batch:
        constraints = conv.constraints or []
        types = build_types(constraints)
        free_texts = {i: free[c.text] for i, c in enumerate(constraints) if c.id == "free_form" and free.get(c.text)}
        reversible = [type(t).reversible() or i in free_texts for i, t in enumerate(types)]
        if failed_only:
            if not conv.responses:
                stats.no_response += 1
                continue
            applies = applicability(conv)
            jobs = []
            for resp in conv.responses:
                verdicts = check_all(constraints, types, applies, resp.text)
                jobs.append((resp.text, [v.applies and v.followed is False for v in verdicts]))
        else:
            jobs = [(None, [True] * len(types))]
        for response, wanted in jobs:
            for c, w, ok in zip(constraints, wanted, reversible, strict=True):
                if w and not ok:
                    stats.not_reversible[c.id] += 1
            flags = [w and ok for w, ok in zip(wanted, reversible, strict=True)]
            rw = rewrite(conv, types, flags, {i: t for i, t in free_texts.items() if flags[i]})
            stats.rows += 1
            stats.reversed += sum(flags)
            stats.rewrite_failed += 0 if rw.ok else 1
            new = conv.model_copy(update={"messages": rw.messages, "constraints": rw.constraints})
            if conv.source == "ifeval":
                row: dict[str, Any] = ifeval_fields(new)
                if response is not None:
                    row["response"] = response
                elif conv.response_key == "response":
                    row["response"] = (conv.responses or [])[0].text
                elif conv.response_key == "responses":
                    row["responses"] = [r.text for r in conv.responses or []]
            else:
                row = {**canonical_fields(new), **conv.extra}
                if response is not None:
                    row["response"] = response
                elif conv.responses is not None:
                    row["responses"] = responses_field(conv)
            row["reversible"] = reversible
            row["reversed"] = flags
            row["rewrite_ok"] = rw.ok
            if not rw.ok:
                row["rewrite_errors"] = rw.errors + rw.unverified
            yield row
