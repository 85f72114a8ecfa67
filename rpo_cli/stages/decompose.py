"""Decompose instructions into constraints: rules first (no model), then an LLM for the rest.

Rows that already carry constraints pass through unchanged. The rule-based decomposer
(the decompose_rules package) recognises the registry's types from their usual English phrasings. With a
backend, the LLM is asked for the remaining constraints of each system and user message as
exact quotes (structured output); a quote that is not found verbatim in the message is rejected,
never guessed; a quote that overlaps one the rules already found is left to the rules. A
registered type with valid kwargs is kept as typed, anything else becomes ``free_form``.

Coverage is stated honestly: for every message that no LLM decomposed (no backend, or the LLM
failed for it), the sentences that read as requirements on the answer but got no typed constraint
become ``free_form`` constraints (``untyped_requirements``); task sentences do not. A row for which
the LLM failed on any message gets ``decompose_error``, so that it is never treated as fully
decomposed downstream.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from rpo_cli.backends.base import Backend, SamplingConfig
from rpo_cli.constraints import registry
from rpo_cli.counts import Counts
from rpo_cli.errors import ConstraintArgsError
from rpo_cli.llm_task import Ask, run_task
from rpo_cli.prompting import neutralise, nonce, template, template_hash
from rpo_cli.schema import Condition, Constraint, Conversation, Span
from rpo_cli.stages import batched


class LLMConstraint(BaseModel):
    model_config = ConfigDict(extra="ignore")
    quote: str
    condition: str | None = None
    type: str = "free_form"
    kwargs: dict[str, Any] = Field(default_factory=dict)


class DecomposeAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    constraints: list[LLMConstraint]


@dataclass
class DecomposeStats(Counts):
    rows: int = 0
    passed_through: int = 0
    by_rules: int = 0
    by_llm: int = 0
    llm_typed: int = 0
    #: free_form constraints for untyped requirement sentences of messages no LLM decomposed
    untyped: int = 0
    #: rows whose LLM decomposition failed on some message (they carry ``decompose_error``)
    incomplete: int = 0
    rejected: Counter = field(default_factory=Counter)


def _types_listing() -> str:
    lines = []
    for tid, cls in registry.all_types().items():
        if cls.needs_judge or (not cls.example and cls.Args.model_fields):
            continue
        example = cls.from_kwargs(cls.example)
        lines.append(f"- {tid}: {json.dumps(cls.example)} — {example.describe()}")
    return "\n".join(lines)


def llm_prompt(instruction: str) -> str:
    text = neutralise(instruction)
    return template("decompose").substitute(types=_types_listing(), nonce=nonce(text), instruction=text)


def fingerprint() -> dict[str, str]:
    return {"decompose_template": template_hash("decompose")}


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(s.message == span.message and span.start < s.end and s.start < span.end for s in taken)


def _from_llm(conv: Conversation, mi: int, answer: DecomposeAnswer, taken: list[Span], stats: DecomposeStats):
    content = conv.messages[mi].content
    out = []
    for item in answer.constraints:
        quote = item.quote.strip()
        pos = content.find(quote) if quote else -1
        if pos < 0:
            stats.rejected["quote_not_in_instruction"] += 1
            continue
        span = Span(message=mi, start=pos, end=pos + len(quote))
        if _overlaps(span, taken):
            stats.rejected["already_found_by_rules"] += 1
            continue
        cond = None
        if item.condition and item.condition.strip():
            cond = Condition(text=item.condition.strip())
        cid, kwargs = "free_form", {}
        if item.type != "free_form":
            try:
                registry.build(item.type, item.kwargs)
                cid, kwargs = item.type, {k: v for k, v in item.kwargs.items() if v is not None}
                stats.llm_typed += 1
            except (registry.UnknownConstraintError, ConstraintArgsError):
                stats.rejected["bad_type_or_kwargs_kept_as_free_form"] += 1
        out.append(Constraint(id=cid, kwargs=kwargs, text=quote, span=span, condition=cond))
        taken.append(span)
        stats.by_llm += 1
    return out


def decompose(
    convs: Iterable[Conversation],
    stats: DecomposeStats,
    backend: Backend | None = None,
    params: SamplingConfig | None = None,
    batch_size: int = 256,
) -> Iterator[Conversation]:
    """The decompose stage (in order; rows with constraints untouched)."""
    from rpo_cli.stages.decompose_rules import rule_decompose, untyped_requirements

    params = params or SamplingConfig(n=1, temperature=0.0, max_tokens=1024)
    params = SamplingConfig(n=1, temperature=params.temperature, top_p=params.top_p, max_tokens=params.max_tokens,
                            seed=params.seed)  # fmt: skip

    def flush(batch: list[Conversation]) -> Iterator[Conversation]:
        todo = [c for c in batch if c.constraints is None]
        found: dict[str, list[Constraint]] = {}
        for conv in todo:
            found[conv.id] = rule_decompose(conv.messages)
            stats.by_rules += len(found[conv.id])
        # messages an LLM decomposed: their untyped remainder is the LLM's to find
        by_llm: set[tuple[str, int]] = set()
        if backend is not None and todo:
            jobs = [(conv, mi) for conv in todo for mi, m in enumerate(conv.messages) if m.role != "assistant"]
            asks = [Ask(conv.id, llm_prompt(conv.messages[mi].content), mi) for conv, mi in jobs]
            for (conv, mi), got in zip(jobs, run_task(backend, asks, DecomposeAnswer, params), strict=True):
                answer = got.first
                if answer is None:
                    reason = "llm_error" if got.error else "unparseable_answer"
                    stats.rejected[reason] += 1
                    if conv.decompose_error is None:
                        stats.incomplete += 1
                        conv.decompose_error = f"llm_failed: message {mi}: {reason}"
                    continue
                by_llm.add((conv.id, mi))
                taken = [c.span for c in found[conv.id] if c.span is not None]
                found[conv.id] += _from_llm(conv, mi, answer, taken, stats)
        for conv in todo:
            rest = [c for c in untyped_requirements(conv.messages, found[conv.id])
                    if c.span is not None and (conv.id, c.span.message) not in by_llm]  # fmt: skip
            stats.untyped += len(rest)
            found[conv.id] += rest
        for conv in todo:
            conv.constraints = sorted(
                found[conv.id], key=lambda c: (c.span.message, c.span.start) if c.span else (0, 0)
            )
        stats.rows += len(batch)
        stats.passed_through += len(batch) - len(todo)
        yield from batch

    for batch in batched(convs, batch_size):
        yield from flush(batch)
