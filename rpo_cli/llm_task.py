"""One runner for every LLM task (judge verdicts, condition triggers, LLM reversal, LLM
decomposition): prompts -> requests whose output is constrained to the answer's JSON schema ->
every sample parsed into the answer model (leniently; an unparseable sample is None, never a
guess) -> the task's own interpretation; and one vote tally for the tasks that sample K answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from pydantic import BaseModel

from rpo_cli.backends.base import Backend, ChatRequest, SamplingConfig
from rpo_cli.prompting import parse_json_answer

A = TypeVar("A", bound=BaseModel)
V = TypeVar("V", bound=Hashable)


@dataclass(frozen=True)
class Ask:
    """One prompt for the model: ``key`` and ``turn`` derive the request's seed."""

    key: str
    prompt: str
    turn: int = 0


@dataclass
class Answers(Generic[A]):
    """The parsed samples of one request (None where a sample did not parse or validate), or the
    backend's error when it returned none."""

    parsed: list[A | None]
    error: str | None = None

    @property
    def first(self) -> A | None:
        return self.parsed[0] if self.parsed else None


def run_task(
    backend: Backend, asks: list[Ask], answer: type[A], params: SamplingConfig, schema: dict | None = None
) -> list[Answers[A]]:
    """Ask every prompt in one batch, the output constrained to ``answer``'s JSON schema (or to
    ``schema``, a tighter one the answers still parse as ``answer``); one :class:`Answers` per
    ask, in order."""
    if not asks:
        return []
    reqs = [ChatRequest(a.key, a.turn, [{"role": "user", "content": a.prompt}]) for a in asks]
    results = backend.chat(reqs, replace(params, json_schema=schema or answer.model_json_schema()))
    out: list[Answers[A]] = []
    for res in results:
        parsed = [parse_json_answer(s.text, answer) for s in res.samples]
        out.append(Answers(parsed, None if parsed else (res.error or "no samples")))  # type: ignore[arg-type]
    return out


@dataclass(frozen=True)
class Tally(Generic[V]):
    """A majority vote: ``winner`` None when no answer was valid or the top two tie."""

    winner: V | None
    votes: int  # the winner's votes
    counts: dict[V, int]

    @property
    def tie(self) -> bool:
        return self.winner is None and bool(self.counts)


def majority(values: list[V | None]) -> Tally[V]:
    """The majority of the valid values (None does not vote); a tie has no winner."""
    counts = Counter(v for v in values if v is not None)
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return Tally(None, 0, dict(counts))
    return Tally(ranked[0][0], ranked[0][1], dict(counts))
