"""The RPO pairing rule (and the DPO / perfect-only baselines) for one conversation turn.

Per turn: responses with an unknown verdict on an applicable constraint are left out; one
response is kept per distinct verdict vector (the first seen); every unordered pair of kept
responses differing on g >= min_margin constraints gives, in ``rpo`` mode, two pairs: each side
chosen once, under the instruction with every constraint it failed reversed. Every pair is
re-verified under its own prompt before it is emitted, and every rewritten prompt has passed the
round-trip guard of stages/reverse.py (else the pair is dropped as ``rewrite_unverified:<what>``).

Without a judge, a free-form constraint that applies to the turn cannot be checked: the turn gives
no pair (``unchecked:free_form``) unless ``allow_unchecked``; then its pairs are built over the
constraints that were checked, and each records the unchecked ones in ``unchecked``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

from rpo_cli.constraints.base import ConstraintType
from rpo_cli.counts import Counts
from rpo_cli.schema import Constraint, Conversation, Message, Pair, PairConstraint, Verdict
from rpo_cli.stages.reverse import Rewrite, locate, rewrite
from rpo_cli.stages.verify import ResponseVerdicts, applicability, build_types, check_all

Mode = Literal["rpo", "dpo", "perfect"]


@dataclass(frozen=True)
class PairConfig:
    mode: Mode = "rpo"
    min_margin: int = 1
    max_pairs_per_turn: int | None = None
    allow_unchecked: bool = False  # pair turns whose free-form constraints no judge checked


@dataclass
class PairStats(Counts):
    INT_KEYS = ("margins",)

    conversations: int = 0
    responses: int = 0
    kept_responses: int = 0
    pairs: int = 0
    dropped_responses: Counter = field(default_factory=Counter)  # reason -> responses
    no_pair: Counter = field(default_factory=Counter)  # reason -> conversations
    dropped_pairs: Counter = field(default_factory=Counter)  # reason -> candidate pairs
    margins: Counter = field(default_factory=Counter)
    per_type: Counter = field(default_factory=Counter)  # constraint type -> pairs it separates
    reversed_per_type: Counter = field(default_factory=Counter)
    unchecked_pairs: int = 0  # pairs whose prompt states a constraint nothing checked (--allow-unchecked)


def pair_id(source_id: str, turn: int, prompt: list[Message], chosen: str, rejected: str) -> str:
    """Stable content hash: the same pair gets the same id in every run and on every machine."""
    blob = json.dumps(
        [source_id, turn, [m.model_dump() for m in prompt], chosen, rejected], ensure_ascii=False, sort_keys=True
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def _keep(rvs: list[ResponseVerdicts], stats: PairStats) -> list[ResponseVerdicts]:
    kept, seen = [], set()
    for rv in rvs:
        unknown = rv.unknown
        if unknown:
            reason = unknown[0].reason.split(":")[0] or "unknown"
            stats.dropped_responses[f"unknown:{reason}"] += 1
            continue
        if not rv.text.strip():
            stats.dropped_responses["empty_response"] += 1
            continue
        if rv.vector in seen:
            stats.dropped_responses["duplicate_verdict_vector"] += 1
            continue
        seen.add(rv.vector)
        kept.append(rv)
    return kept


def _no_pair_reason(kept: list[ResponseVerdicts], n_applicable: int) -> str:
    if n_applicable == 0:
        return "no_applicable_constraints"
    if not kept:
        return "no_usable_response"
    if len(kept) == 1:
        v = kept[0].vector
        if all(v):
            return "all_pass"
        if not any(v):
            return "all_fail"
        return "single_verdict_vector"
    return "margin_below_min"


def pairs_for(
    conv: Conversation,
    rvs: list[ResponseVerdicts],
    cfg: PairConfig,
    stats: PairStats,
    reversals: dict[tuple[str, int], Any] | None = None,
) -> list[Pair]:
    """Every pair of one conversation turn, in a deterministic order.

    ``reversals`` holds LLM reversals of free-form constraints with the judge's verdicts on
    them (stages/reverse_llm.py): with them a failed free-form constraint can be reversed."""
    reversals = reversals or {}
    stats.conversations += 1
    stats.responses += len(rvs)
    constraints = conv.constraints or []
    types = build_types(constraints)
    applies = applicability(conv)
    unchecked = _unchecked(types, applies, rvs)
    if unchecked:
        if not cfg.allow_unchecked:
            stats.no_pair["unchecked:free_form"] += 1
            return []
        # pair over the checked constraints only; the unchecked ones stay in the prompt, recorded
        applies = [False if i in unchecked else a for i, a in enumerate(applies)]
        rvs = [_without(rv, unchecked) for rv in rvs]
    app_idx = [i for i, a in enumerate(applies) if a is True]
    kept = _keep(rvs, stats)
    turn = _Turn(conv, types, {i: r for (cid, i), r in reversals.items() if cid == conv.id}, applies)
    turn.unchecked = [constraints[i].text or constraints[i].id for i in sorted(unchecked)]
    stats.kept_responses += len(kept)

    candidates: list[tuple[int, int, int, int, Pair]] = []
    for a, b in combinations(kept, 2):
        diff = [i for i in app_idx if a.verdicts[i].followed != b.verdicts[i].followed]
        g = len(diff)
        if cfg.mode == "dpo":
            na = sum(1 for i in app_idx if a.verdicts[i].followed)
            nb = sum(1 for i in app_idx if b.verdicts[i].followed)
            if na == nb:
                stats.dropped_pairs["dpo_tie"] += 1
                continue
            if abs(na - nb) < cfg.min_margin:
                stats.dropped_pairs["margin_below_min"] += 1
                continue
            ch, rj = (a, b) if na > nb else (b, a)
            p = _make_pair(turn, [False] * len(types), ch, rj, abs(na - nb), "dpo", stats)
            if p is not None:
                candidates.append((-p.margin, a.index, b.index, 0, p))
            continue
        if g < cfg.min_margin:
            stats.dropped_pairs["margin_below_min"] += 1
            continue
        for d, (ch, rj) in enumerate(((a, b), (b, a))):
            failed = [i for i in app_idx if ch.verdicts[i].followed is False]
            if cfg.mode == "perfect":
                if failed:
                    continue
                p = _make_pair(turn, [False] * len(types), ch, rj, g, "perfect", stats)
            else:
                blocked = [constraints[i].id for i in failed if not type(types[i]).reversible() and i not in turn.free]
                if blocked:
                    stats.dropped_pairs[f"not_reversible:{blocked[0]}"] += 1
                    continue
                to_rev = [i in failed for i in range(len(types))]
                p = _make_pair(turn, to_rev, ch, rj, g, "rpo", stats)
            if p is not None:
                candidates.append((-g, a.index, b.index, d, p))

    candidates.sort(key=lambda c: c[:4])
    if cfg.max_pairs_per_turn is not None and len(candidates) > cfg.max_pairs_per_turn:
        stats.dropped_pairs["max_pairs_per_turn"] += len(candidates) - cfg.max_pairs_per_turn
        candidates = candidates[: cfg.max_pairs_per_turn]
    out = [c[4] for c in candidates]
    if not out:
        stats.no_pair[_no_pair_reason(kept, len(app_idx))] += 1
    for p in out:
        stats.pairs += 1
        stats.unchecked_pairs += bool(p.unchecked)
        stats.margins[p.margin] += 1
        # counted under the input's own constraint ids (a reversed no_comma counts as no_comma)
        for orig, pc, cf, rf in zip(constraints, p.constraints, p.chosen_followed, p.rejected_followed, strict=True):
            if pc.applies and cf != rf:
                stats.per_type[orig.id] += 1
            if pc.reversed:
                stats.reversed_per_type[orig.id] += 1
    return out


def _unchecked(types: list[ConstraintType], applies: list[bool | None], rvs: list[ResponseVerdicts]) -> set[int]:
    """Constraints that apply to the turn and that no judge checked for any response (free-form
    constraints without a judge): their verdicts all read "needs a judge"."""
    out = set()
    for i, t in enumerate(types):
        if applies[i] is True and t.needs_judge and rvs:
            if all(rv.verdicts[i].followed is None and rv.verdicts[i].reason == "needs a judge" for rv in rvs):
                out.add(i)
    return out


def _without(rv: ResponseVerdicts, unchecked: set[int]) -> ResponseVerdicts:
    """The response's verdicts with the unchecked constraints set aside (applies=False)."""
    verdicts = [
        Verdict(id=v.id, followed=None, method=v.method, reason="not checked (no judge)", applies=False)
        if i in unchecked else v
        for i, v in enumerate(rv.verdicts)
    ]  # fmt: skip
    return ResponseVerdicts(rv.index, rv.text, verdicts)


class _Turn:
    """Per-turn caches: one rewrite per set of reversed constraints (a response is chosen in many
    pairs with the same failures), one verdict list per (rewrite, response), and one check per
    (constraint, response): a response appears under many rewrites, which share most of their
    constraints, so its text features (word counts, sentences, language) are computed once per
    constraint, not once per pair."""

    def __init__(
        self,
        conv: Conversation,
        types: list[ConstraintType],
        free: dict[int, Any] | None = None,
        applies: list[bool | None] | None = None,
    ):
        self.conv, self.types = conv, types
        self.free = free or {}  # constraint index -> FreeFormReversal
        self.applies = applies if applies is not None else applicability(conv)
        self.unchecked: list[str] = []
        self.dropped: dict[tuple[bool, ...], str] = {}  # why a rewrite is unusable
        self._rewrites: dict[tuple[bool, ...], tuple[Rewrite, list[ConstraintType], list[str]] | None] = {}
        self._verdicts: dict[tuple[tuple[bool, ...], int], list[Verdict]] = {}
        self._checks: dict[tuple[str, str, bool | None, int], Verdict] = {}

    def _check(self, c: Constraint, t: ConstraintType, applies: bool | None, r: ResponseVerdicts) -> Verdict:
        key = (c.id, json.dumps(c.kwargs, sort_keys=True, default=str), applies, r.index)
        v = self._checks.get(key)
        if v is None:
            v = self._checks[key] = check_all([c], [t], [applies], r.text)[0]
        return v

    def rewrite(self, to_rev: list[bool]) -> tuple[Rewrite, list[ConstraintType], list[str]] | None:
        key = tuple(to_rev)
        if key not in self._rewrites:
            free_texts = {i: self.free[i].text for i, rev in enumerate(to_rev) if rev and i in self.free}
            rw = rewrite(self.conv, self.types, to_rev, free_texts)
            if not rw.ok:
                self._rewrites[key] = None
                # "rewrite_unverified:original_remains" (the constraint id left out: one row per reason)
                self.dropped[key] = ":".join(rw.unverified[0].split(":")[:2]) if not rw.errors else "rewrite_failed"
            else:
                new_types = build_types(rw.constraints)
                new_conv = self.conv.model_copy(update={"messages": rw.messages, "constraints": rw.constraints})
                texts = []
                for c, t in zip(rw.constraints, new_types, strict=True):
                    if c.text:
                        texts.append(c.text)
                        continue
                    # IFEval rows give no text: record the sentence of the prompt that states it
                    loc = locate(new_conv, c, t)
                    texts.append(rw.messages[loc.message].content[loc.start : loc.end] if loc else t.describe())
                self._rewrites[key] = (rw, new_types, texts)
        return self._rewrites[key]

    def verdicts(self, to_rev: list[bool], new: tuple[Rewrite, list[ConstraintType], list[str]], r: ResponseVerdicts):
        key = (tuple(to_rev), r.index)
        if key not in self._verdicts:
            verdicts = [
                self._check(c, t, ap, r) for c, t, ap in zip(new[0].constraints, new[1], self.applies, strict=True)
            ]
            for i, t in enumerate(new[1]):
                # A judged constraint that was not reversed is the same question as in verify (same
                # text, same response): its verdict carries over. A reversed one cannot be
                # re-judged here: a reversed one uses the verdicts prepared with its LLM reversal.
                if t.needs_judge and not to_rev[i]:
                    verdicts[i] = r.verdicts[i]
                elif t.needs_judge and i in self.free:
                    # a reversed free-form constraint: the judge's verdict on the reversed text
                    verdicts[i] = self.free[i].verdicts.get(r.index) or Verdict(
                        id="free_form", followed=None, method="judge", reason="not judged"
                    )
            self._verdicts[key] = verdicts
        return self._verdicts[key]


def _make_pair(
    turn: _Turn,
    to_rev: list[bool],
    chosen: ResponseVerdicts,
    rejected: ResponseVerdicts,
    margin: int,
    kind: Mode,
    stats: PairStats,
) -> Pair | None:
    conv = turn.conv
    new = turn.rewrite(to_rev)
    if new is None:
        stats.dropped_pairs[turn.dropped[tuple(to_rev)]] += 1
        return None
    rw, _, texts = new
    cv = turn.verdicts(to_rev, new, chosen)
    rv = turn.verdicts(to_rev, new, rejected)
    # The central guarantee, re-checked on the pair as it will be written.
    ok_chosen = kind == "dpo" or all(v.followed is True for v in cv if v.applies)
    rejected_fails = sum(1 for v in rv if v.applies and v.followed is False)
    if not ok_chosen or (kind != "dpo" and rejected_fails != margin):
        # With an LLM-reversed free-form constraint the judge may disagree with itself: such a
        # pair is dropped (counted apart). Without one, this would be a bug in a checker.
        judged = any(rev and i in turn.free for i, rev in enumerate(to_rev))
        stats.dropped_pairs["reverify_failed:judge" if judged else "reverify_failed"] += 1
        return None
    prompt_msgs = rw.messages
    pcs = [
        PairConstraint(
            id=c.id,
            kwargs=json.dumps(c.kwargs, ensure_ascii=False, sort_keys=True),
            text=text,
            reversed=rev,
            applies=ap is True,
        )
        for c, text, rev, ap in zip(rw.constraints, texts, rw.reversed, turn.applies, strict=True)
    ]
    return Pair(
        prompt=prompt_msgs,
        chosen=[Message(role="assistant", content=chosen.text)],
        rejected=[Message(role="assistant", content=rejected.text)],
        margin=margin,
        id=pair_id(conv.id, conv.turn, prompt_msgs, chosen.text, rejected.text),
        source_id=conv.id,
        turn=conv.turn,
        constraints=pcs,
        chosen_followed=[v.followed if v.applies else None for v in cv],
        rejected_followed=[v.followed if v.applies else None for v in rv],
        kind=kind,
        unchecked=list(turn.unchecked),
    )


def build_pairs(
    verified: Iterable[tuple[Conversation, list[ResponseVerdicts]]],
    cfg: PairConfig,
    stats: PairStats,
    reversals: dict[tuple[str, int], Any] | None = None,
) -> Iterator[Pair]:
    """The pair stage over a stream of verified conversations."""
    for conv, rvs in verified:
        yield from pairs_for(conv, rvs, cfg, stats, reversals)
