"""Verify every response against every constraint: three-state verdicts, per-type counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rpo_cli.constraints import registry
from rpo_cli.constraints.base import ConstraintType
from rpo_cli.constraints.semantics import check as check_with
from rpo_cli.constraints.semantics import check_loose
from rpo_cli.constraints.text import whole_word_pattern
from rpo_cli.counts import Counts
from rpo_cli.judge import Judge, JudgeItem
from rpo_cli.rows import conversation_fields
from rpo_cli.schema import Condition, Constraint, Conversation, Verdict
from rpo_cli.stages import batched


@dataclass
class ResponseVerdicts:
    index: int
    text: str
    verdicts: list[Verdict]
    #: IFEval's loose verdicts (one per constraint, None where it does not apply), when asked for.
    loose: list[bool | None] | None = None

    @property
    def vector(self) -> tuple[bool | None, ...]:
        """Verdicts of the constraints that apply (untriggered ones left out)."""
        return tuple(v.followed for v in self.verdicts if v.applies)

    @property
    def unknown(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.applies and v.followed is None]


@dataclass
class VerifyStats(Counts):
    """Counts for IFEval-style reporting: instruction level and prompt level."""

    responses: int = 0
    prompt_followed: int = 0
    prompt_failed: int = 0
    prompt_unknown: int = 0
    per_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    unknown_reasons: Counter = field(default_factory=Counter)
    semantics: str = "corrected"
    #: IFEval's accuracy counters (an unknown verdict counts as not followed, as the reference
    #: has no unknown): prompts / instructions followed, strict and loose.
    acc: Counter = field(default_factory=Counter)

    def add(self, rv: ResponseVerdicts) -> None:
        self.responses += 1
        applied = [i for i, v in enumerate(rv.verdicts) if v.applies]
        strict = [rv.verdicts[i].followed is True for i in applied]
        self.acc["prompts"] += 1
        self.acc["instructions"] += len(applied)
        self.acc["prompt_strict"] += all(strict)
        self.acc["instruction_strict"] += sum(strict)
        if rv.loose is not None:
            loose = [rv.loose[i] is True for i in applied]
            self.acc["prompt_loose"] += all(loose)
            self.acc["instruction_loose"] += sum(loose)
            self.acc["with_loose"] += 1
        for v in rv.verdicts:
            if not v.applies:
                self.per_type[v.id]["not_applied"] += 1
                continue
            key = {True: "followed", False: "failed", None: "unknown"}[v.followed]
            self.per_type[v.id][key] += 1
            if v.followed is None:
                self.unknown_reasons[v.reason.split(":")[0]] += 1
        overall = follow_all(rv.verdicts)
        if overall is True:
            self.prompt_followed += 1
        elif overall is False:
            self.prompt_failed += 1
        else:
            self.prompt_unknown += 1

    def summary(self) -> dict[str, Any]:
        """Rates over decided verdicts (unknown ones are counted, not guessed)."""
        tot = Counter()
        for c in self.per_type.values():
            tot.update(c)

        def rate(f: int, n: int) -> float | None:
            return round(f / n, 4) if n else None

        decided_prompts = self.prompt_followed + self.prompt_failed
        return {
            "responses": self.responses,
            "prompt_level": {
                "followed": self.prompt_followed,
                "failed": self.prompt_failed,
                "unknown": self.prompt_unknown,
                "rate": rate(self.prompt_followed, decided_prompts),
            },
            "instruction_level": {
                "followed": tot["followed"],
                "failed": tot["failed"],
                "unknown": tot["unknown"],
                "not_applied": tot["not_applied"],
                "rate": rate(tot["followed"], tot["followed"] + tot["failed"]),
            },
            "per_type": {
                tid: {
                    "followed": c["followed"],
                    "failed": c["failed"],
                    "unknown": c["unknown"],
                    "not_applied": c["not_applied"],
                    "rate": rate(c["followed"], c["followed"] + c["failed"]),
                }
                for tid, c in sorted(self.per_type.items())
            },
            "unknown_reasons": dict(self.unknown_reasons.most_common()),
            "semantics": self.semantics,
            "accuracy": self.accuracy(),
        }

    def accuracy(self) -> dict[str, float | None]:
        """IFEval's four figures, as its reference reports them: prompt-level and
        instruction-level accuracy, strict and loose (loose is None unless computed)."""
        a = self.acc

        def frac(f: int, n: int) -> float | None:
            return round(f / n, 4) if n else None

        has_loose = a["with_loose"] == a["prompts"] and a["prompts"] > 0
        return {
            "prompt_level_strict": frac(a["prompt_strict"], a["prompts"]),
            "prompt_level_loose": frac(a["prompt_loose"], a["prompts"]) if has_loose else None,
            "instruction_level_strict": frac(a["instruction_strict"], a["instructions"]),
            "instruction_level_loose": frac(a["instruction_loose"], a["instructions"]) if has_loose else None,
        }


def follow_all(verdicts: Iterable[Verdict]) -> bool | None:
    """True when every applicable constraint is followed, False when one fails, else None."""
    applicable = [v.followed for v in verdicts if v.applies]
    if any(f is False for f in applicable):
        return False
    if all(f is True for f in applicable):
        return True
    return None


def condition_applies(cond: Condition | None, user_turn: str) -> bool | None:
    """Does the constraint apply to this turn? Keyword triggers are checked by code (whole
    word, case-insensitive); free-text triggers need a judge (None)."""
    if cond is None:
        return True
    if cond.triggered is not None:
        return cond.triggered
    if cond.keywords:
        return any(whole_word_pattern(k).search(user_turn) for k in cond.keywords)
    return None


def build_types(constraints: Iterable[Constraint]) -> list[ConstraintType]:
    return [registry.build(c.id, c.kwargs) for c in constraints]


def applicability(conv: Conversation) -> list[bool | None]:
    user_turn = conv.messages[-1].content
    return [condition_applies(c.condition, user_turn) for c in conv.constraints or []]


def check_all(
    constraints: list[Constraint],
    types: list[ConstraintType],
    applies: list[bool | None],
    text: str,
    semantics: str = "corrected",
) -> list[Verdict]:
    """Verdicts of one response under the given constraints (``semantics``: see
    :mod:`rpo_cli.constraints.semantics`)."""
    out = []
    for c, t, ap in zip(constraints, types, applies, strict=True):
        if ap is False:
            out.append(
                Verdict(id=c.id, followed=None, method="condition", reason="condition not triggered", applies=False)
            )
            continue
        if ap is None:
            out.append(
                Verdict(id=c.id, followed=None, method="condition", reason="condition needs a judge", applies=True)
            )
            continue
        res = check_with(t, text, semantics)
        method = "judge" if t.needs_judge and text.strip() else "code"  # a blank reply is not judged
        out.append(Verdict(id=c.id, followed=res.followed, method=method, reason=res.reason, applies=True))
    return out


def not_checked(constraints: list[Constraint], applies: list[bool | None], reason: str) -> list[Verdict]:
    """Verdicts of a response rpo does not check (e.g. over --max-chars): unknown, with the reason."""
    return [
        Verdict(id=c.id, followed=None, method="code", reason=reason, applies=ap is not False)
        for c, ap in zip(constraints, applies, strict=True)
    ]


def verify(
    convs: Iterable[Conversation],
    stats: VerifyStats,
    judge: Judge | None = None,
    batch_size: int = 256,
    semantics: str = "corrected",
    loose: bool = False,
) -> Iterator[tuple[Conversation, list[ResponseVerdicts]]]:
    """For each conversation with responses: the verdicts of every response.

    Code checks run per response; with a ``judge``, free-text conditions and the constraints
    code cannot check are judged in batches of ``batch_size`` conversations (one engine call
    each), so the engine sees many requests at once. ``semantics`` picks corrected or reference
    verdicts; ``loose`` adds IFEval's loose verdicts (eight response variants each)."""
    stats.semantics = semantics
    for batch in batched(convs, batch_size):
        yield from _verify_batch(batch, stats, judge, semantics, loose)


def _verify_batch(
    batch: list[Conversation],
    stats: VerifyStats,
    judge: Judge | None,
    semantics: str = "corrected",
    loose: bool = False,
):
    if judge is not None:
        judge_conditions(batch, judge)
    results = []
    for conv in batch:
        constraints = conv.constraints or []
        types = build_types(constraints)
        applies = applicability(conv)
        rvs = [
            ResponseVerdicts(
                i,
                resp.text,
                check_all(constraints, types, applies, resp.text, semantics)
                if resp.skip_reason is None
                else not_checked(constraints, applies, resp.skip_reason),
            )
            for i, resp in enumerate(conv.responses or [])
        ]
        if loose:
            for rv in rvs:
                rv.loose = [
                    check_loose(t, rv.text, semantics) if v.applies and v.method == "code" and v.followed is not None
                    else v.followed
                    for t, v in zip(types, rv.verdicts, strict=True)
                ]
        results.append((conv, rvs))
    if judge is not None:
        judge_responses(results, judge)
    for conv, rvs in results:
        for rv in rvs:
            stats.add(rv)
        yield conv, rvs


def judge_conditions(batch: list[Conversation], judge: Judge) -> None:
    """Decide the free-text triggers of a batch (sets ``condition.triggered``)."""
    todo = [
        (conv, c)
        for conv in batch
        for c in conv.constraints or []
        if c.condition is not None and not c.condition.keywords and c.condition.text and c.condition.triggered is None
    ]
    answers = judge.conditions(
        [(conv.id, [m.model_dump() for m in conv.messages], c.condition.text) for conv, c in todo]
    )
    for (_, c), ans in zip(todo, answers, strict=True):
        c.condition.triggered = ans


def judge_responses(results: list[tuple[Conversation, list[ResponseVerdicts]]], judge: Judge) -> None:
    """Fill the verdicts that need a judge (free-form constraints), in one batch."""
    todo, items = [], []
    for conv, rvs in results:
        msgs = [m.model_dump() for m in conv.messages]
        for rv in rvs:
            for i, v in enumerate(rv.verdicts):
                if v.method == "judge" and v.applies and v.followed is None:
                    c = (conv.constraints or [])[i]
                    todo.append((rv, i))
                    items.append(JudgeItem(conv.id, msgs, rv.text, c.text or ""))
    for (rv, i), res in zip(todo, judge.judge(items), strict=True):
        old = rv.verdicts[i]
        rv.verdicts[i] = Verdict(id=old.id, followed=res.followed, method="judge", reason=res.reason)


def output_row(conv: Conversation, rv: ResponseVerdicts, shared: dict[str, Any] | None = None) -> dict[str, Any]:
    """One verify-constraints output row, in the input's own form. ``shared`` is
    conversation_fields(conv), computed once per conversation by callers that write many rows."""
    row = dict(shared if shared is not None else conversation_fields(conv))
    if conv.source != "ifeval":
        row["response_index"] = rv.index
    row["response"] = rv.text
    row["verdicts"] = [
        {"id": v.id, "followed": v.followed, "method": v.method, "reason": v.reason, "applies": v.applies}
        for v in rv.verdicts
    ]
    row["follow_instruction_list"] = [v.followed if v.applies else None for v in rv.verdicts]
    row["follow_all_instructions"] = follow_all(rv.verdicts)
    if rv.loose is not None:
        row["follow_instruction_list_loose"] = [
            x if v.applies else None for x, v in zip(rv.loose, rv.verdicts, strict=True)
        ]
    return row
