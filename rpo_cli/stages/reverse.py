"""Reverse constraints and rewrite the instruction so that it states what the checks check.

Where each constraint is stated, in order of preference:
1. its ``span`` (message index and character offsets), when the input gives one;
2. its ``text``, found verbatim in a system or user message;
3. otherwise (IFEval form gives neither) the sentence of the instruction that best matches the
   type's ``cues`` (regexes of its usual English phrasings) and mentions its kwargs' values.

The located text is replaced in place by the reversed constraint's ``describe()``. When one
sentence states several constraints and one of them is reversed, the whole sentence is replaced
by the texts of all the constraints located there (reversed or not), so none is lost. A
constraint that cannot be located is reported, never guessed: its row is flagged and
build-pairs leaves such pairs out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rpo_cli.constraints import text as textutil
from rpo_cli.constraints.base import ConstraintType
from rpo_cli.counts import Counts
from rpo_cli.rows import canonical_fields, ifeval_fields, responses_field
from rpo_cli.schema import Condition, Constraint, Conversation, Message, Span

_NUMBER_WORDS = {
    0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
    16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty",
    40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
}  # fmt: skip


@dataclass
class Located:
    message: int
    start: int
    end: int
    how: str  # "span" | "text" | "cue"


@dataclass
class Rewrite:
    messages: list[Message]
    constraints: list[Constraint]
    reversed: list[bool]
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


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


def _paren_spans(content: str, s: int, e: int) -> list[tuple[int, int]]:
    """The insides of the parenthesised asides of a sentence ("Summarize it (in under 100
    words)."): a constraint stated there is rewritten there, and the sentence's task kept."""
    out = []
    for m in re.finditer(r"\(([^()]*)\)", content[s:e]):
        a, b = s + m.start(1), s + m.end(1)
        while a < b and content[a].isspace():
            a += 1
        while b > a and content[b - 1].isspace():
            b -= 1
        if len(content[a:b].split()) >= 3 and (a, b) != (s, e):
            out.append((a, b))
    return out


def _cue_score(ctype: ConstraintType, kwargs: dict[str, Any], text: str) -> int:
    """2 per cue that matches, 1 per kwargs value mentioned; 0 without any cue."""
    cue = sum(1 for pat in ctype.cues if re.search(pat, text, flags=re.IGNORECASE))
    return 2 * cue + _value_hits(kwargs, text) if cue else 0


def _others(conv: Conversation, ctype: ConstraintType) -> list[ConstraintType]:
    """The conversation's other constraints (to keep a region from taking a neighbouring
    sentence that states one of them better)."""
    from rpo_cli.constraints import registry

    out = []
    for c in conv.constraints or []:
        if c.id == ctype.id and c.kwargs == ctype.kwargs():
            continue
        try:
            out.append(registry.build(c.id, c.kwargs))
        except Exception:  # a bad sibling is reported where it is read, not here
            continue
    return out


def _by_cues(conv: Conversation, ctype: ConstraintType) -> Located | None:
    """The sentence (or parenthesised aside) that best matches the type's cues and kwargs,
    widened to the neighbouring sentences that go on stating the same constraint (IFEval's
    "... lowercase letters. No capital letters are allowed.") and to the example lines after a
    sentence ending in ":" ("Use the markdown bullet points such as:\n* This is point 1.")."""
    kwargs = ctype.kwargs()
    best: tuple[int, int, int, int, int] | None = None  # score, message, sentence index, start, end
    sentences: dict[int, list[tuple[int, int]]] = {}
    for mi, msg in enumerate(conv.messages):
        if msg.role == "assistant":
            continue
        spans = sentences[mi] = _sentence_spans(msg.content)
        for k, (s, e) in enumerate(spans):
            # the sentence or one of its asides, the shorter on a tie
            cands = [(_cue_score(ctype, kwargs, msg.content[a:b]), -(b - a), a, b)
                     for a, b in [(s, e), *_paren_spans(msg.content, s, e)]]  # fmt: skip
            score, _, a, b = max(cands)
            if not score:
                continue
            # prefer higher scores, then later user turns (constraints usually follow the task)
            if best is None or (score, mi) > best[:2]:
                best = (score, mi, k, a, b)
    if best is None:
        return None
    _, mi, k, start, end = best
    spans, content = sentences[mi], conv.messages[mi].content
    if (start, end) != spans[k]:
        return Located(mi, start, end, "cue")
    others = _others(conv, ctype)

    def same_constraint(j: int) -> bool:
        text = content[spans[j][0] : spans[j][1]]
        own = _cue_score(ctype, kwargs, text)
        return own > 0 and all(_cue_score(o, o.kwargs(), text) <= own for o in others)

    def stated_by_other(j: int) -> bool:
        text = content[spans[j][0] : spans[j][1]]
        return any(_cue_score(o, o.kwargs(), text) for o in others)

    lo = hi = k
    # never back into the message's first sentence: that is where the task usually is
    while lo > 1 and "\n\n" not in content[spans[lo - 1][1] : spans[lo][0]] and same_constraint(lo - 1):
        lo -= 1
    in_example = False  # inside the example lines that follow "... such as:"
    while hi + 1 < len(spans) and "\n\n" not in content[spans[hi][1] : spans[hi + 1][0]]:
        on_new_line = "\n" in content[spans[hi][1] : spans[hi + 1][0]]
        opens_example = content[spans[hi][0] : spans[hi][1]].endswith(":")
        short = spans[hi + 1][1] - spans[hi + 1][0] <= 60
        in_example = (in_example or opens_example) and on_new_line and short and not stated_by_other(hi + 1)
        if not (in_example or same_constraint(hi + 1)):
            break
        hi += 1
    return Located(mi, spans[lo][0], spans[hi][1], "cue")


def locate(conv: Conversation, c: Constraint, ctype: ConstraintType) -> Located | None:
    """Where the instruction states constraint ``c`` (see the module docstring)."""
    if c.span is not None:
        return Located(c.span.message, c.span.start, c.span.end, "span")
    if c.text:
        for mi, msg in enumerate(conv.messages):
            if msg.role != "assistant":
                pos = msg.content.find(c.text)
                if pos >= 0:
                    return Located(mi, pos, pos + len(c.text), "text")
    return _by_cues(conv, ctype)


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


def rewrite(
    conv: Conversation,
    types: list[ConstraintType],
    to_reverse: list[bool],
    free_texts: dict[int, str] | None = None,
) -> Rewrite:
    """The conversation's messages and constraints with the flagged constraints reversed.

    ``to_reverse[i]`` asks for constraint i to be reversed; each must be reversible (the
    caller checks), or be a free-form constraint whose reversed text ``free_texts[i]`` gives
    (from the LLM reverser). The returned constraints carry their new text and span."""
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
    located: list[Located | None] = []
    for c, t, rev in zip(constraints, types, to_reverse, strict=True):
        loc = locate(conv, c, t)
        located.append(loc)
        if loc is None and rev:
            errors.append(f"{c.id}: could not find where the instruction states it")

    # Group constraints by overlapping regions; only regions holding a reversed constraint change.
    regions: list[dict[str, Any]] = []
    for i, loc in enumerate(located):
        if loc is None:
            continue
        for r in regions:
            if r["message"] == loc.message and loc.start < r["end"] and r["start"] < loc.end:
                r["start"], r["end"] = min(r["start"], loc.start), max(r["end"], loc.end)
                r["members"].append(i)
                break
        else:
            regions.append({"message": loc.message, "start": loc.start, "end": loc.end, "members": [i]})
    edits = [r for r in regions if any(to_reverse[i] for i in r["members"])]

    contents = [m.content for m in conv.messages]
    new_spans: dict[int, Span] = {}
    new_texts: dict[int, str] = {}
    # Apply edits right to left within each message so earlier offsets stay valid.
    for r in sorted(edits, key=lambda r: (r["message"], -r["start"])):
        members = sorted(r["members"])
        pieces = []
        for i in members:
            pieces.append(text_of(i) if to_reverse[i] else _kept_text(conv, i))
        content = contents[r["message"]]
        prefix = content[: r["start"]]
        replacement = " ".join(pieces)
        offset = len(prefix)
        for i, piece in zip(members, pieces, strict=True):
            new_spans[i] = Span(message=r["message"], start=offset, end=offset + len(piece))
            new_texts[i] = piece
            offset += len(piece) + 1
        contents[r["message"]] = prefix + replacement + content[r["end"] :]
        delta = len(replacement) - (r["end"] - r["start"])
        # shift the spans of constraints that sit later in the same message
        for j, loc in enumerate(located):
            if loc is not None and loc.message == r["message"] and loc.start >= r["end"] and j not in new_spans:
                located[j] = Located(loc.message, loc.start + delta, loc.end + delta, loc.how)
            elif j in new_spans and new_spans[j].message == r["message"] and j not in members:
                sp = new_spans[j]
                if sp.start >= r["end"]:
                    new_spans[j] = Span(message=sp.message, start=sp.start + delta, end=sp.end + delta)

    new_constraints = []
    for i, (c, t) in enumerate(zip(constraints, new_types, strict=True)):
        span = new_spans.get(i)
        if span is None and located[i] is not None and c.span is not None:
            loc = located[i]
            span = Span(message=loc.message, start=loc.start, end=loc.end)
        text = new_texts.get(i, c.text)
        if to_reverse[i] and i not in new_texts:
            text = text_of(i)
        new_constraints.append(Constraint(id=t.id, kwargs=t.kwargs(), text=text, span=span, condition=c.condition))
    messages = [Message(role=m.role, content=ct) for m, ct in zip(conv.messages, contents, strict=True)]
    return Rewrite(messages, new_constraints, list(to_reverse), errors)


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
                row["rewrite_errors"] = rw.errors
            yield row
