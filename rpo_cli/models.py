"""What build-pairs may call a model for, described as plain data a library user can build
without the CLI: which backend samples (and decomposes), which one judges, with what sampling
parameters, and the entry they make in the manifest (it enters the run's fingerprint).

::

    from rpo_cli.models import BackendSpec, build_models
    sampler = BackendSpec(model="Qwen/Qwen2.5-7B-Instruct", engine=engine_kwargs(seed=0))
    models = build_models(sampler, SamplingConfig(n=4), judge=sampler, judge_votes=3)
    build_pairs_run(path, "in.jsonl", Path("out/pairs.parquet"), BuildConfig(), models=models)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rpo_cli.backends import make_backend
from rpo_cli.backends.base import Backend, SamplingConfig
from rpo_cli.judge import Judge
from rpo_cli.prompting import template_hash

#: Prompt templates a model-using run may render; their content hashes enter the fingerprint.
TEMPLATES = ("decompose", "judge", "condition", "reverse")


@dataclass(frozen=True)
class BackendSpec:
    """How to make one backend: a vLLM engine for ``model`` (with ``engine`` keyword arguments),
    or the OpenAI-compatible server at ``base_url``."""

    model: str | None = None
    base_url: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 16
    engine: dict[str, Any] = field(default_factory=dict)

    def make(self) -> Backend:
        """A new, not yet loaded backend."""
        return make_backend(self.model, self.base_url, self.api_key_env, self.concurrency, self.engine)

    def describe(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.base_url, "engine": self.engine if not self.base_url else None}


@dataclass(frozen=True)
class JudgeSpec:
    """Makes the :class:`Judge`: on its own backend (``backend``), or on the one it is given
    (the sampling backend, when the sampling model also judges)."""

    backend: BackendSpec | None = None  # None: shares the sampling backend
    votes: int = 1
    seed: int = 0
    announce: Callable[[str], None] | None = field(default=None, compare=False)

    def __call__(self, shared: Backend | None = None) -> Judge:
        if self.backend is None or shared is not None:
            assert shared is not None, "a judge without its own backend needs the sampling backend"
            return Judge(shared, votes=self.votes, seed=self.seed)
        backend = self.backend.make()
        if self.announce:
            self.announce(f"loading the judge ({backend.name}: {self.backend.model or self.backend.base_url}) ...")
        backend.load()
        return Judge(backend, votes=self.votes, seed=self.seed)


@dataclass(frozen=True)
class Models:
    """What build-pairs may call a model for, made lazily by the chunk worker: the sampling
    backend (also used for LLM decomposition), the sampling parameters, the judge (on its own
    backend, or on the sampling one when ``judge_shares_backend``), and the LLM-reversal cache.
    ``generator`` describes them for the manifest and the run's fingerprint."""

    backend_factory: Callable[[], Backend] | None = None
    sampling: SamplingConfig | None = None
    generator: dict[str, Any] | None = None
    judge_factory: Callable[[Backend | None], Judge] | None = None
    judge_shares_backend: bool = False
    reversal_cache: Path | None = None

    def config(self) -> dict[str, Any]:
        """Their part of the run's config (it enters the fingerprint)."""
        return {"generator": self.generator, "sampling": self.sampling.to_dict() if self.sampling else None}


def build_models(
    sampler: BackendSpec | None,
    sampling: SamplingConfig | None = None,
    judge: BackendSpec | None = None,
    *,
    judge_votes: int = 1,
    seed: int = 0,
    use_judge: bool = True,
    reversal_cache: Path | None = None,
    announce: Callable[[str], None] | None = None,
) -> Models:
    """The :class:`Models` of a run. ``sampler`` samples rows without responses and decomposes
    rows without constraints (LLM part); ``judge`` judges free-form constraints (default: the
    sampler, sharing its engine). ``use_judge=False`` when no row can need a judge."""
    generator: dict[str, Any] | None = None
    if sampler is not None:
        # prompt templates are versioned by content: a changed template changes the fingerprint
        generator = {**sampler.describe(), "templates": {name: template_hash(name) for name in TEMPLATES}}
    jspec: JudgeSpec | None = None
    shares = False
    if use_judge and (judge is not None or sampler is not None):
        shares = judge is None
        jspec = JudgeSpec(judge, judge_votes, seed, announce)
        who = judge or sampler
        assert who is not None
        generator = {**(generator or {}), "judge": {"model": who.model, "base_url": who.base_url, "votes": judge_votes}}
    return Models(
        backend_factory=sampler.make if sampler is not None else None,
        sampling=sampling,
        generator=generator,
        judge_factory=jspec,
        judge_shares_backend=shares,
        reversal_cache=reversal_cache,
    )
