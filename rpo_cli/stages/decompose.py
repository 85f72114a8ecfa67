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

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from rpo_cli.backends.base import Backend, SamplingConfig, require_fit
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
    llm_requests: int = 0  # messages sent to the LLM
    llm_parsed: int = 0  # of those, answers that parsed against the schema
    rejected: Counter = field(default_factory=Counter)


def _types_listing() -> str:
    """The compact catalogue: one line per family, each type as ``name(arguments)``. Examples and
    descriptions are left out so the whole prompt fits a small model's context (the full
    catalogue with examples is ~5,900 tokens; this one ~1,100); the rules already catch the
    registry's usual phrasings, the LLM mostly finds what they miss."""
    families: dict[str, list[str]] = {}
    for tid, cls in registry.all_types().items():
        if cls.needs_judge:
            continue
        family, _, name = tid.partition(":")
        args = ",".join(cls.Args.model_fields)
        families.setdefault(family, []).append(f"{name}({args})" if args else name)
    return "\n".join(f"{family}: " + "; ".join(names) for family, names in families.items())


def answer_schema() -> dict[str, Any]:
    """The JSON schema the LLM's answer is constrained to. Tighter than what the parser accepts:
    a small model otherwise repeats list items until max_tokens and leaves the answer unparseable
    (SmolLM2-135M: 0 of 6 sample prompts parsed without the bounds, 6 of 6 with them); ``type``
    is an enum of the registered ids, so the model cannot invent one."""
    ids = [tid for tid, cls in registry.all_types().items() if not cls.needs_judge]
    item = {
        "type": "object",
        "properties": {
            "quote": {"type": "string", "minLength": 1, "maxLength": 300},
            "condition": {"anyOf": [{"type": "string", "maxLength": 200}, {"type": "null"}]},
            "type": {"enum": ["free_form", *ids]},
            "kwargs": {"type": "object", "maxProperties": 6},
        },
        "required": ["quote", "condition", "type", "kwargs"],
        "additionalProperties": False,
    }
    return {"type": "object", "properties": {"constraints": {"type": "array", "maxItems": MAX_ITEMS, "items": item}},
            "required": ["constraints"], "additionalProperties": False}  # fmt: skip


#: at most this many constraints per message from the LLM (persona prompts carry a handful)
MAX_ITEMS = 12


def llm_prompt(instruction: str) -> str:
    text = neutralise(instruction)
    return template("decompose").substitute(types=_types_listing(), nonce=nonce(text), instruction=text)


def fingerprint() -> dict[str, str]:
    return {"decompose_template": template_hash("decompose")}


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(s.message == span.message and span.start < s.end and s.start < span.end for s in taken)


_EDGE = " \t\n\"'“”‘’.,;:!?"


def locate_quote(content: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` sits in ``content`` as [start, end), or None. Exact first; else ignoring
    case and the quote's edge punctuation (small models drop a final period or capitalise a
    clause: "never use emojis" for "Never use emojis."). The span always points at the
    instruction's own characters, so what is stored stays verbatim."""
    q = quote.strip()
    if not q:
        return None
    pos = content.find(q)
    if pos >= 0:
        return pos, pos + len(q)
    core = q.strip(_EDGE)
    if len(core) < 8:  # too short to be sure it is the same clause
        return None
    pos = content.lower().find(core.lower())  # lower() keeps offsets for these scripts
    if pos < 0 or len(content.lower()) != len(content):
        return None
    end = pos + len(core)
    if end < len(content) and content[end] in ".!?" and q.strip(" \t\n\"'“”‘’")[-1:] in (".", "!", "?"):
        end += 1  # keep the sentence's own final stop when the quote had one
    return pos, end


def _from_llm(conv: Conversation, mi: int, answer: DecomposeAnswer, taken: list[Span], stats: DecomposeStats):
    content = conv.messages[mi].content
    out = []
    for item in answer.constraints:
        found = locate_quote(content, item.quote)
        if found is None:
            stats.rejected["quote_not_in_instruction"] += 1
            continue
        pos, end = found
        quote = content[pos:end]  # the instruction's own text, never the model's copy
        span = Span(message=mi, start=pos, end=end)
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
            if asks:  # one clear error before the batch's work, not one silent failure per row
                longest = max(asks, key=lambda a: len(a.prompt))
                require_fit(backend, f"decomposition ({longest.key}, message {longest.turn})",
                            [{"role": "user", "content": longest.prompt}], params.max_tokens)  # fmt: skip
            got_all = run_task(backend, asks, DecomposeAnswer, params, schema=answer_schema())
            for (conv, mi), got in zip(jobs, got_all, strict=True):
                answer = got.first
                stats.llm_requests += 1
                if answer is None:
                    reason = f"llm_error: {got.error.split(':')[0]}" if got.error else "unparseable_answer"
                    stats.rejected[reason] += 1
                    if conv.decompose_error is None:
                        stats.incomplete += 1
                        conv.decompose_error = f"llm_failed: message {mi}: {reason}"
                    continue
                stats.llm_parsed += 1
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
