"""The unit of work every executor schedules: one chunk of conversations through every stage
(decompose -> sample -> verify/judge -> reverse -> pair -> write one Parquet part), and the one
record of its counts that every done-marker holds.

The local executor runs it per ``--chunk-size`` chunk (pipeline.py), ``--shard I/N`` per shard
(executors/sharded.py), the Ray executor inside a Ray task per shard (executors/ray_executor.py,
with the samples Ray's engines made). A resumed run reads the records of finished chunks back,
so its manifest counts exactly what an uninterrupted run counts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rpo_cli.backends.base import Backend
from rpo_cli.errors import RpoError
from rpo_cli.io import DEFAULT_MAX_CHARS, ParquetRows, atomic_path, dumps, iter_lines, open_text_output, write_json
from rpo_cli.judge import Judge, JudgeStats
from rpo_cli.models import Models
from rpo_cli.schema import PAIR_SCHEMA, Conversation
from rpo_cli.stages import read as read_stage
from rpo_cli.stages.decompose import DecomposeStats, decompose
from rpo_cli.stages.pair import PairConfig, PairStats, build_pairs
from rpo_cli.stages.reverse_llm import LLMReverser, ReversalStats, prepare_free_form
from rpo_cli.stages.sample import SampleStats, sample_batch
from rpo_cli.stages.verify import VerifyStats, verify
from rpo_cli.stages.write import trl_row


@dataclass(frozen=True)
class BuildConfig:
    mode: str = "rpo"
    min_margin: int = 1
    max_pairs_per_turn: int | None = None
    format: str = "trl"
    chunk_size: int = 1000
    skip_invalid: bool = False
    llm_reversal: bool = True  # reverse failed free-form constraints with the judge's model
    allow_unchecked: bool = False  # pair turns whose free-form constraints no judge checked
    max_chars: int = DEFAULT_MAX_CHARS  # longer messages / responses are skipped

    def pair_config(self) -> PairConfig:
        return PairConfig(
            mode=self.mode,
            min_margin=self.min_margin,
            max_pairs_per_turn=self.max_pairs_per_turn,
            allow_unchecked=self.allow_unchecked,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ChunkCounts:
    """Every count of every stage over one chunk, or over a run (merged in chunk order).
    ``judge`` and ``llm_reversal`` are None where that stage was not set up."""

    pairs: PairStats = field(default_factory=PairStats)
    sampling: SampleStats = field(default_factory=SampleStats)
    decompose: DecomposeStats = field(default_factory=DecomposeStats)
    judge: JudgeStats | None = None
    llm_reversal: ReversalStats | None = None

    def merge(self, other: ChunkCounts) -> ChunkCounts:
        self.pairs.merge(other.pairs)
        self.sampling.merge(other.sampling)
        self.decompose.merge(other.decompose)
        for name in ("judge", "llm_reversal"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if theirs is not None:
                setattr(self, name, theirs.from_dict(theirs.to_dict()) if mine is None else mine.merge(theirs))
        return self

    def to_dict(self) -> dict[str, Any]:
        """The done-marker's record: every field, zeros included."""
        d: dict[str, Any] = {**self.pairs.to_dict(), "sampling": self.sampling.to_dict(),
                             "decompose": self.decompose.to_dict()}  # fmt: skip
        for name in ("judge", "llm_reversal"):
            if getattr(self, name) is not None:
                d[name] = getattr(self, name).to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ChunkCounts:
        return cls(
            PairStats.from_dict(d),
            SampleStats.from_dict(d.get("sampling", {})),
            DecomposeStats.from_dict(d.get("decompose", {})),
            JudgeStats.from_dict(d["judge"]) if "judge" in d else None,
            ReversalStats.from_dict(d["llm_reversal"]) if "llm_reversal" in d else None,
        )

    def summary(self) -> dict[str, Any]:
        """The manifest's summary: pair counts, then the stages that did something."""
        s = self.pairs.to_dict()
        if self.sampling.rows:
            s["sampling"] = self.sampling.to_dict()
        if self.decompose.rows:
            s["decompose"] = self.decompose.to_dict()
        if self.judge is not None:
            s["judge"] = self.judge.to_dict()
        if self.llm_reversal is not None:
            s["llm_reversal"] = self.llm_reversal.to_dict()
        return s


def write_pairs_part(
    part: Path,
    chunk: list[Conversation],
    cfg: BuildConfig,
    stats: PairStats,
    vstats: VerifyStats,
    judge: Judge | None = None,
    reverser: LLMReverser | None = None,
) -> None:
    """verify -> reverse -> pair -> write: conversations with responses to one Parquet file of
    PAIR_SCHEMA, written atomically."""
    with atomic_path(part, overwrite=True) as tmp:
        writer = ParquetRows(tmp, PAIR_SCHEMA)
        verified = list(verify(chunk, vstats, judge))
        reversals = prepare_free_form(verified, reverser, judge) if reverser and judge else None
        for p in build_pairs(verified, cfg.pair_config(), stats, reversals):
            writer.write(trl_row(p))
        writer.close()


class ChunkWork:
    """Every stage over one chunk of conversations, in this process: decompose (rules, then the
    LLM when there is a model), sample (kept in ``samples`` with their counts beside, so a resumed
    run never samples a chunk twice and still counts its samples), judge, reverse, pair, write
    the part. The engine and the judge are made on first need and kept for the next chunks; the
    counts are the chunk's own."""

    def __init__(self, cfg: BuildConfig, models: Models | None = None):
        self.cfg = cfg
        self.models = models or Models()
        self.vstats = VerifyStats()
        self.backend: Backend | None = None
        self.judge: Judge | None = None
        self.reverser: LLMReverser | None = None

    def _load_backend(self) -> None:
        if self.backend is None and self.models.backend_factory is not None:
            self.backend = self.models.backend_factory()
            self.backend.load()

    def _load_judge(self) -> None:
        m = self.models
        if m.judge_factory is None or self.judge is not None:
            return
        if m.judge_shares_backend:  # one engine serves both when the judge is the sampling model
            self._load_backend()
        self.judge = m.judge_factory(self.backend if m.judge_shares_backend else None)
        if self.cfg.llm_reversal and self.cfg.mode == "rpo":
            self.reverser = LLMReverser(self.judge.backend, m.reversal_cache)

    def run(self, chunk: list[Conversation], part: Path, samples: Path, resume: bool = False) -> ChunkCounts:
        """Write ``part``; returns the chunk's counts (the record for its done-marker)."""
        counts = ChunkCounts()
        if any(c.constraints is None for c in chunk):
            self._load_backend()  # rules always; the LLM for the rest when a model was given
            chunk = list(decompose(chunk, counts.decompose, self.backend))
        if any(c.responses is None for c in chunk):
            sampled = samples.with_name(samples.name + ".counts.json")  # written last: marks the samples whole
            if resume and samples.exists() and sampled.exists():
                lines = (line for _, line in iter_lines(samples) if line.strip())
                chunk = [read_stage.parse_row(line, self.cfg.max_chars) for line in lines]
                counts.sampling = SampleStats.from_dict(json.loads(sampled.read_text(encoding="utf-8")))
            else:
                if self.models.backend_factory is None or self.models.sampling is None:
                    raise RpoError("some rows have no responses", hint="give --model or --base-url to sample")
                self._load_backend()
                assert self.backend is not None
                sample_batch(chunk, self.backend, self.models.sampling, counts.sampling)
                with open_text_output(str(samples), overwrite=True) as fh:
                    for conv in chunk:
                        fh.write(dumps(read_stage.to_row(conv)) + "\n")
                write_json(sampled, counts.sampling.to_dict())
        self._load_judge()
        if self.judge is not None:  # this chunk's own counts
            self.judge.stats = counts.judge = JudgeStats()
        if self.reverser is not None:
            self.reverser.stats = counts.llm_reversal = ReversalStats()
        write_pairs_part(part, chunk, self.cfg, counts.pairs, self.vstats, self.judge, self.reverser)
        return counts

    def close(self) -> None:
        if self.judge is not None and self.judge.backend is not self.backend:
            self.judge.backend.close()
        if self.backend is not None:
            self.backend.close()
