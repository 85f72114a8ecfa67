"""Sample responses for the conversations that have none, through a backend.

Conversations are handed to the backend a batch at a time (one call per batch: vLLM schedules
the whole batch itself); rows that already carry responses pass through untouched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rpo_cli.backends.base import Backend, ChatRequest, SamplingConfig
from rpo_cli.counts import Counts
from rpo_cli.errors import RpoError
from rpo_cli.schema import Conversation, Response
from rpo_cli.stages import batched


@dataclass
class SampleStats(Counts):
    rows: int = 0
    passed_through: int = 0
    sampled_rows: int = 0
    samples: int = 0
    empty_samples: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    skipped: Counter = field(default_factory=Counter)
    finish_reasons: Counter = field(default_factory=Counter)


def sample_batch(batch: list[Conversation], backend: Backend, params: SamplingConfig, stats: SampleStats) -> None:
    """Fill ``responses`` in place for the conversations of ``batch`` that have none."""
    need = [c for c in batch if c.responses is None]
    stats.rows += len(batch)
    stats.passed_through += len(batch) - len(need)
    if not need:
        return
    requests = [ChatRequest(c.id, c.turn, [m.model_dump() for m in c.messages]) for c in need]
    results = backend.chat(requests, params)
    if len(results) != len(requests):
        raise RpoError(f"the {backend.name} backend returned {len(results)} results for {len(requests)} requests")
    gen_base = {"backend": backend.name, "model": backend.model, **params.to_dict()}
    for conv, res in zip(need, results, strict=True):
        if res.error and not res.samples:
            conv.responses = []
            conv.sample_error = res.error
            stats.skipped[res.error.split(":")[0]] += 1
            continue
        stats.sampled_rows += 1
        stats.prompt_tokens += res.prompt_tokens or 0
        conv.responses = []
        for k, s in enumerate(res.samples):
            stats.samples += 1
            stats.completion_tokens += s.completion_tokens or 0
            stats.finish_reasons[str(s.finish_reason)] += 1
            stats.empty_samples += not s.text.strip()
            gen = {**gen_base, "sample_index": k, "request_seed": res.seed, "finish_reason": s.finish_reason,
                   "prompt_tokens": res.prompt_tokens, "completion_tokens": s.completion_tokens}  # fmt: skip
            conv.responses.append(Response(text=s.text, generator=gen))
        if res.error:
            conv.sample_error = res.error
            stats.skipped[res.error.split(":")[0]] += 1


def sample(
    convs: Iterable[Conversation], backend: Backend, params: SamplingConfig, stats: SampleStats, batch_size: int = 1024
) -> Iterator[Conversation]:
    """The sample stage: conversations in, the same conversations with responses out, in order."""
    for batch in batched(convs, batch_size):
        sample_batch(batch, backend, params, stats)
        yield from batch
