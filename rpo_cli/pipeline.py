"""build-pairs end to end: read -> verify -> pair -> write, in chunks, with a run directory.

The input is processed in chunks of ``chunk_size`` conversations. Each finished chunk is written
atomically to ``RUN_DIR/chunks/chunk-NNNNN.parquet`` and then marked done by its stats file, so a
crash loses at most the chunk in progress, and ``--resume`` redoes only unfinished chunks. The
final output is assembled from the chunks in order, so a resumed run writes the same bytes as
an uninterrupted one. Memory is bounded by one chunk, whatever the input size.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rpo_cli import __version__
from rpo_cli.backends.base import Backend
from rpo_cli.errors import Interrupted, OutputExistsError, ResumeMismatchError, RpoError
from rpo_cli.io import ParquetRows, atomic_path, dumps, file_sha256, iter_lines, open_text_output, write_json
from rpo_cli.judge import Judge
from rpo_cli.models import Models
from rpo_cli.schema import LLAMAFACTORY_SCHEMA, PAIR_SCHEMA, Conversation
from rpo_cli.stages import batched
from rpo_cli.stages import read as read_stage
from rpo_cli.stages.decompose import DecomposeStats, decompose
from rpo_cli.stages.pair import PairConfig, PairStats, build_pairs
from rpo_cli.stages.reverse_llm import LLMReverser, prepare_free_form
from rpo_cli.stages.sample import SampleStats, sample_batch
from rpo_cli.stages.verify import VerifyStats, verify
from rpo_cli.stages.write import dataset_card, dataset_info_entry, llamafactory_row, trl_row

FORMATS = ("trl", "llamafactory")


@dataclass(frozen=True)
class BuildConfig:
    mode: str = "rpo"
    min_margin: int = 1
    max_pairs_per_turn: int | None = None
    format: str = "trl"
    chunk_size: int = 1000
    skip_invalid: bool = False
    llm_reversal: bool = True  # reverse failed free-form constraints with the judge's model

    def pair_config(self) -> PairConfig:
        return PairConfig(mode=self.mode, min_margin=self.min_margin, max_pairs_per_turn=self.max_pairs_per_turn)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGINT/SIGTERM into Interrupted so the work in progress is abandoned cleanly (its temp
    file removed) while finished chunks stay; the CLI exits 130 / 143."""

    def handler(signum: int, _frame: Any) -> None:
        raise Interrupted(signum)

    old = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for s in old:
        signal.signal(s, handler)
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def side_files(output: Path, fmt: str) -> dict[str, Path]:
    """The files build-pairs writes: the data file, card, manifest (+ LLaMA-Factory's entry)."""
    files = {"data": output, "card": output.parent / "README.md", "manifest": output.parent / "manifest.json"}
    if fmt == "llamafactory":
        files["dataset_info"] = output.parent / "dataset_info.json"
    return files


def default_run_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.rpo-run"


def write_pairs_part(
    part: Path,
    chunk: list[Conversation],
    cfg: BuildConfig,
    stats: PairStats,
    vstats: VerifyStats,
    judge: Judge | None = None,
    reverser: LLMReverser | None = None,
) -> None:
    """verify -> reverse -> pair -> write: one chunk (or shard) of conversations with responses
    to one Parquet file of PAIR_SCHEMA, written atomically. Every executor commits its work here."""
    with atomic_path(part, overwrite=True) as tmp:
        writer = ParquetRows(tmp, PAIR_SCHEMA)
        verified = list(verify(chunk, vstats, judge))
        reversals = prepare_free_form(verified, reverser, judge) if reverser and judge else None
        for p in build_pairs(verified, cfg.pair_config(), stats, reversals):
            writer.write(trl_row(p))
        writer.close()


class ChunkWorker:
    """Every stage over one chunk of conversations, in this process: decompose (rules, then the
    LLM when there is a model), sample (kept beside the part, so a resumed run never samples a
    chunk twice), judge, then :func:`write_pairs_part`. The engine and the judge are made on first
    need and kept for the next chunks. Used for build-pairs' chunks and for ``--shard`` runs."""

    def __init__(self, cfg: BuildConfig, models: Models | None = None):
        self.cfg = cfg
        self.models = models or Models()
        self.vstats = VerifyStats()
        self.dstats = DecomposeStats()
        self.backend: Backend | None = None
        self.judge: Judge | None = None
        self.reverser: LLMReverser | None = None

    def _load_backend(self) -> None:
        if self.backend is None and self.models.backend_factory is not None:
            self.backend = self.models.backend_factory()
            self.backend.load()

    def run(
        self, chunk: list[Conversation], part: Path, samples: Path, resume: bool = False
    ) -> tuple[PairStats, SampleStats]:
        """Write ``part``; returns the chunk's pair and sampling counts."""
        stats = PairStats()
        chunk_sampling = SampleStats()
        if any(c.constraints is None for c in chunk):
            self._load_backend()  # rules always; the LLM for the rest when a model was given
            chunk = list(decompose(chunk, self.dstats, self.backend))
        if any(c.responses is None for c in chunk):
            if resume and samples.exists():
                chunk = [read_stage.parse_row(line) for _, line in iter_lines(samples) if line.strip()]
            else:
                if self.models.backend_factory is None or self.models.sampling is None:
                    raise RpoError("some rows have no responses", hint="give --model or --base-url to sample")
                self._load_backend()
                assert self.backend is not None
                sample_batch(chunk, self.backend, self.models.sampling, chunk_sampling)
                with open_text_output(str(samples), overwrite=True) as fh:
                    for conv in chunk:
                        fh.write(dumps(read_stage.to_row(conv)) + "\n")
        m = self.models
        if m.judge_factory is not None and self.judge is None:
            if m.judge_shares_backend:  # one engine serves both when the judge is the sampling model
                self._load_backend()
            self.judge = m.judge_factory(self.backend if m.judge_shares_backend else None)
            if self.cfg.llm_reversal and self.cfg.mode == "rpo":
                self.reverser = LLMReverser(self.judge.backend, m.reversal_cache)
        write_pairs_part(part, chunk, self.cfg, stats, self.vstats, self.judge, self.reverser)
        return stats, chunk_sampling

    def close(self) -> None:
        if self.judge is not None and self.judge.backend is not self.backend:
            self.judge.backend.close()
        if self.backend is not None:
            self.backend.close()

    def add_to_summary(self, summary: dict[str, Any]) -> None:
        """Decomposition, judge and LLM-reversal counts, where those stages ran."""
        if self.dstats.rows:
            summary["decompose"] = self.dstats.to_dict()
        if self.judge is not None:
            summary["judge"] = {"requests": self.judge.stats.requests, "unknown": dict(self.judge.stats.unknown)}
        if self.reverser is not None:
            r = self.reverser
            summary["llm_reversal"] = {"asked": r.asked, "cached": r.cached, "failed": r.failed}


def build_pairs_run(
    input_path: Path,
    input_display: str,
    output: Path,
    cfg: BuildConfig,
    run_dir: Path | None = None,
    resume: bool = False,
    overwrite: bool = False,
    rejects_path: Path | None = None,
    on_progress: Any = None,
    read_stats: read_stage.ReadStats | None = None,
    models: Models | None = None,
) -> dict[str, Any]:
    """Run build-pairs; returns the summary (also stored in manifest.json).

    Rows without responses are sampled through the backend ``models.backend_factory`` makes (created
    only when a chunk needs it); each chunk's samples are kept in the run directory so that
    ``--resume`` never generates them again."""
    models = models or Models()
    run_dir = run_dir or default_run_dir(output)
    files = side_files(output, cfg.format)
    if not resume and not overwrite:
        existing = [str(p) for p in files.values() if p.exists()]
        if existing:
            raise OutputExistsError(
                f"output exists: {', '.join(existing)}", hint="pass --overwrite to replace, or --resume to continue"
            )
    if read_stats is None:
        read_stats = read_stage.validate(input_path, input_display, cfg.skip_invalid)
    manifest: dict[str, Any] = {
        "rpo_version": __version__,
        "command": "build-pairs",
        "config": {**asdict(cfg), **models.config()},
        "input": {"name": input_display, "sha256": file_sha256(input_path), "rows": read_stats.rows},
    }
    fingerprint = {k: manifest[k] for k in ("rpo_version", "config", "input")}
    if resume and not run_dir.exists() and files["manifest"].exists() and output.exists():
        done = json.loads(files["manifest"].read_text(encoding="utf-8"))
        if {k: done.get(k) for k in fingerprint} == fingerprint:
            return dict(done["summary"], already_complete=True)
    run_manifest = run_dir / "manifest.json"
    chunk_dir = run_dir / "chunks"
    if run_dir.exists():
        if resume and run_manifest.exists():
            old = json.loads(run_manifest.read_text(encoding="utf-8"))
            if old.get("fingerprint") != fingerprint:
                changed = [k for k in fingerprint if old.get("fingerprint", {}).get(k) != fingerprint[k]]
                raise ResumeMismatchError(
                    f"cannot resume: the {' and '.join(changed)} changed since the run in {run_dir} started",
                    hint="rerun without --resume and with --overwrite to start again",
                )
        elif overwrite or resume:
            shutil.rmtree(run_dir)
        else:
            raise OutputExistsError(
                f"an unfinished run exists in {run_dir}", hint="pass --resume to continue it, or --overwrite to restart"
            )
    chunk_dir.mkdir(parents=True, exist_ok=True)
    for stale in chunk_dir.glob(".chunk-*.tmp"):  # left by a killed run: never a finished chunk
        stale.unlink()
    write_json(run_manifest, {"fingerprint": fingerprint})
    reused = 0

    total = PairStats()
    sstats = SampleStats()
    worker = ChunkWorker(cfg, models)
    rejects_cm = open_text_output(str(rejects_path), overwrite=True) if rejects_path else contextlib.nullcontext()
    with stop_on_signals(), rejects_cm as rejects:
        convs = read_stage.conversations(input_path, input_display, rejects)
        for k, chunk in enumerate(batched(convs, cfg.chunk_size)):
            part = chunk_dir / f"chunk-{k:05d}.parquet"
            done = chunk_dir / f"chunk-{k:05d}.json"
            if resume and done.exists() and part.exists():
                done_stats = json.loads(done.read_text(encoding="utf-8"))
                total.merge(PairStats.from_dict(done_stats))
                sstats.merge(done_stats.get("sampling", {}))
                reused += 1
            else:
                stats, chunk_sampling = worker.run(chunk, part, chunk_dir / f"chunk-{k:05d}.samples.jsonl", resume)
                write_json(done, {**stats.to_dict(), "sampling": chunk_sampling.to_dict()})
                sstats.merge(chunk_sampling.to_dict())
                total.merge(stats)
            if on_progress:
                on_progress(len(chunk))
        worker.close()
        summary = total.to_dict()
        if sstats.rows:
            summary["sampling"] = sstats.to_dict()
        worker.add_to_summary(summary)
        summary["invalid_rows"] = read_stats.invalid
        summary["blank_lines"] = read_stats.blank
        manifest["summary"] = summary
        _assemble(chunk_dir, files, cfg, manifest)
    shutil.rmtree(run_dir, ignore_errors=True)
    return dict(summary, chunks_reused=reused)


def _assemble(chunk_dir: Path, files: dict[str, Path], cfg: BuildConfig, manifest: dict[str, Any]) -> None:
    """Concatenate the chunks (in order) into the final output, then card and manifest."""
    out = files["data"]
    schema = PAIR_SCHEMA if cfg.format == "trl" else LLAMAFACTORY_SCHEMA
    parts = sorted(chunk_dir.glob("chunk-*.parquet"))
    with atomic_path(out, overwrite=True) as tmp:
        writer = pq.ParquetWriter(tmp, schema, compression="zstd")
        for part in parts:
            table = pq.read_table(part, schema=PAIR_SCHEMA)
            if cfg.format == "llamafactory":
                table = pa.Table.from_pylist([llamafactory_row(r) for r in table.to_pylist()], schema=schema)
            if table.num_rows:
                writer.write_table(table)
        writer.close()
    card = dataset_card(manifest["summary"], manifest, out.name, cfg.format)
    with atomic_path(files["card"], overwrite=True) as tmp:
        tmp.write_text(card, encoding="utf-8")
    if "dataset_info" in files:
        write_json(files["dataset_info"], dataset_info_entry(out.stem, out.name))
    write_json(files["manifest"], manifest)


def stats_of(path: Path) -> dict[str, Any]:
    """The summary of an existing output: counted from the Parquet file, with the drop
    reasons taken from the manifest beside it when there is one."""
    from collections import Counter

    table = pq.read_table(path)
    cols = set(table.column_names)
    margins: Counter = Counter(table.column("margin").to_pylist())
    per_type: Counter = Counter()
    reversed_per_type: Counter = Counter()
    if {"constraints", "chosen_followed", "rejected_followed"} <= cols:
        for cs, cf, rf in zip(
            table.column("constraints").to_pylist(),
            table.column("chosen_followed").to_pylist(),
            table.column("rejected_followed").to_pylist(),
            strict=True,
        ):
            for c, a, b in zip(cs, cf, rf, strict=True):
                tid = _original_id(c)
                if c["applies"] and a != b:
                    per_type[tid] += 1
                if c["reversed"]:
                    reversed_per_type[tid] += 1
    summary: dict[str, Any] = {}
    manifest = path.parent / "manifest.json"
    if manifest.exists():
        with contextlib.suppress(ValueError, KeyError):
            summary = dict(json.loads(manifest.read_text(encoding="utf-8"))["summary"])
    summary["pairs"] = table.num_rows
    summary["margins"] = {str(k): v for k, v in sorted(margins.items())}
    summary["kinds"] = dict(Counter(table.column("kind").to_pylist()))
    if "constraints" in cols:  # the LLaMA-Factory layout has no provenance: keep the manifest's
        summary["per_type"] = dict(per_type)
        summary["reversed_per_type"] = dict(reversed_per_type)
    return summary


def _original_id(c: dict[str, Any]) -> str:
    """The input's type id of a pair constraint: reversal is an involution, so reversing a
    reversed constraint gives back the original."""
    if not c["reversed"]:
        return c["id"]
    from rpo_cli.constraints import registry

    try:
        back = registry.build(c["id"], json.loads(c["kwargs"])).reverse()
    except (KeyError, ValueError):
        return c["id"]
    return back.id if back is not None else c["id"]
