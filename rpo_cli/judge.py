"""The LLM judge: verdicts for constraints code cannot check, and for free-text conditions.

Prompts are ordered for vLLM's prefix cache (rubric, conversation, response, then the
constraint and two fixed lines of instructions), so judging several constraints of one response
reuses one cached prefix. The instructions sit after the constraint because a small model
follows what it read last (SmolLM2-135M: 8 of 12 clear cases right that way, 6 of 12 with the
whole rubric first). Output is
constrained to a JSON schema and parsed with pydantic; an unparseable answer, a refusal or an
engine error is *unknown* (never a pass or a fail). ``votes > 1`` samples K judgments and takes
the majority; a tie is unknown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from rpo_cli.backends.base import Backend, SamplingConfig, require_fit
from rpo_cli.constraints.base import CheckResult
from rpo_cli.counts import Counts
from rpo_cli.llm_task import Ask, majority, run_task
from rpo_cli.prompting import neutralise, nonce, parse_json_answer, render_conversation, template, template_hash


class JudgeAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reasoning: str = ""
    verdict: Literal["followed", "not_followed"]


class ConditionAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reasoning: str = ""
    verdict: Literal["yes", "no"]


@dataclass
class JudgeItem:
    """One question for the judge: does ``response`` follow ``constraint`` in ``messages``?"""

    key: str  # conversation id, used to derive request seeds
    messages: list[dict[str, str]]
    response: str
    constraint: str


@dataclass
class JudgeStats(Counts):
    requests: int = 0
    unknown: Counter = field(default_factory=Counter)


@dataclass
class Judge:
    backend: Backend
    votes: int = 1
    temperature: float | None = None  # default: 0 for one vote, 0.7 for several
    max_tokens: int = 256
    seed: int = 0
    secret: str = "rpo"
    stats: JudgeStats = field(default_factory=JudgeStats)

    def fingerprint(self) -> dict:
        return {"model": self.backend.model, "votes": self.votes, "temperature": self._temperature(),
                "max_tokens": self.max_tokens, "judge_template": template_hash("judge"),
                "condition_template": template_hash("condition")}  # fmt: skip

    def _temperature(self) -> float:
        if self.temperature is not None:
            return self.temperature
        return 0.0 if self.votes == 1 else 0.7

    def _params(self) -> SamplingConfig:
        return SamplingConfig(n=self.votes, temperature=self._temperature(), top_p=1.0, max_tokens=self.max_tokens,
                              seed=self.seed)  # fmt: skip

    def prompt(self, item: JudgeItem) -> str:
        """The judge prompt for one item (public so tests can see exactly what the judge is shown)."""
        conv = render_conversation(item.messages)
        response = neutralise(item.response)
        return template("judge").substitute(
            conv_nonce=nonce(conv, self.secret),
            conversation=conv,
            resp_nonce=nonce(response, self.secret),
            response=response,
            constraint=item.constraint.strip(),
        )

    def judge(self, items: list[JudgeItem]) -> list[CheckResult]:
        """Verdicts for all items, in one batch."""
        if not items:
            return []
        # The conversation and the constraint are known before any response: a judge prompt that
        # cannot fit even with an empty response is one error, not an unknown verdict per row. A
        # response too long for the context is that row's unknown (judge_error: too_long).
        longest = max(items, key=lambda it: sum(len(m["content"]) for m in it.messages) + len(it.constraint))
        empty = JudgeItem(longest.key, longest.messages, "", longest.constraint)
        require_fit(self.backend, "judge", [{"role": "user", "content": self.prompt(empty)}], self.max_tokens)
        asks = [Ask(it.key, self.prompt(it)) for it in items]
        answers = run_task(self.backend, asks, JudgeAnswer, self._params())
        self.stats.requests += len(asks)
        return [
            self._unknown(f"judge_error: {a.error}") if a.error else verdict_of(a.parsed, self.votes, self.stats)
            for a in answers
        ]

    def conditions(self, items: list[tuple[str, list[dict[str, str]], str]]) -> list[bool | None]:
        """Does each (key, messages, condition) hold for the last user turn? None when unknown."""
        asks = []
        for key, messages, cond in items:
            conv = render_conversation(messages)
            text = template("condition").substitute(conv_nonce=nonce(conv, self.secret), conversation=conv,
                                                    condition=cond)  # fmt: skip
            asks.append(Ask(key, text))
        if asks:
            longest = max(asks, key=lambda a: len(a.prompt))
            require_fit(self.backend, "condition", [{"role": "user", "content": longest.prompt}], self.max_tokens)
        answers = run_task(self.backend, asks, ConditionAnswer, self._params())
        self.stats.requests += len(asks)
        out: list[bool | None] = []
        for a in answers:
            tally = majority([p.verdict if p is not None else None for p in a.parsed])
            if tally.winner is None:
                self.stats.unknown["condition"] += 1
            out.append(None if tally.winner is None else tally.winner == "yes")
        return out

    def _unknown(self, reason: str) -> CheckResult:
        self.stats.unknown[reason.split(":")[0]] += 1
        return CheckResult(None, reason[:300])


def verdict_of(answers: list[JudgeAnswer | None], votes: int, stats: JudgeStats | None = None) -> CheckResult:
    """The majority verdict of the judge's parsed answers: unparseable answers (None) do not
    vote; no valid answer or a tie is unknown."""
    tally = majority([a.verdict if a is not None else None for a in answers])
    reason = None
    if not tally.counts:
        reason = "judge_error: unparseable answer"
    elif tally.tie:
        reason = f"judge_tie: {tally.counts}"
    if reason:
        if stats is not None:
            stats.unknown[reason.split(":")[0]] += 1
        return CheckResult(None, reason)
    why = next(a.reasoning for a in answers if a is not None and a.verdict == tally.winner)
    share = f" ({tally.votes}/{len(answers)} votes)" if votes > 1 else ""
    return CheckResult(tally.winner == "followed", f"judge{share}: {why}"[:300])


def tally_votes(texts: list[str], votes: int, stats: JudgeStats | None = None) -> CheckResult:
    """:func:`verdict_of` over raw answer texts."""
    return verdict_of([parse_json_answer(t, JudgeAnswer) for t in texts], votes, stats)
