"""Where a run keeps its files, what identifies it, and its manifest: one module for every executor.

A one-file run (``-o pairs.parquet``) keeps its chunks in a run directory beside the output::

    .pairs.parquet.rpo-run/manifest.json              the fingerprint of the run
    .pairs.parquet.rpo-run/chunks/chunk-00000.parquet a finished chunk's pairs
    .pairs.parquet.rpo-run/chunks/chunk-00000.json    its done-marker: the chunk's ChunkCounts
    .pairs.parquet.rpo-run/chunks/chunk-00000.samples.jsonl  its samples (kept for --resume)

A sharded run (``--shard I/N``, ``--executor ray``) writes a folder of shards::

    OUT/part-00000.parquet ...       one per shard, PAIR_SCHEMA, each written atomically
    OUT/README.md, OUT/manifest.json the dataset card and manifest, once every shard is done
    OUT/.rpo/run.json                the plan: fingerprint (config, input, number of shards)
    OUT/.rpo/part-00000.json         done-marker: fingerprint hash, executor, the shard's ChunkCounts
    OUT/.rpo/work/part-00000/        a shard's input rows and samples while it is pending

Shard I of N holds the valid input rows ``[I*R//N, (I+1)*R//N)`` (R valid rows, in input order),
so every process that reads the same input agrees on the shards without talking to the others:
SLURM array tasks (``--shard I/N``), a Ray job, or both in turn. A shard is done when its part
and a marker with the run's fingerprint exist; ``--resume`` runs only the shards not done. The
hidden ``.rpo`` folder and the ``.part-*.tmp`` files of unfinished writes are skipped by
``datasets``, pyarrow and Ray when they read the folder.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rpo_cli import __version__
from rpo_cli.errors import RpoError
from rpo_cli.io import DEFAULT_MAX_CHARS, file_sha256, write_json
from rpo_cli.models import Models
from rpo_cli.schema import Conversation
from rpo_cli.stages import read as read_stage
from rpo_cli.work import BuildConfig

FINGERPRINT_KEYS = ("rpo_version", "config", "input")


def manifest_head(
    cfg: BuildConfig, models: Models, input_path: Path, display: str, rows: int, sharded: bool = False
) -> dict[str, Any]:
    """The manifest's identifying part: version, command, config (build options, models,
    sampling), input (name, hash, rows). A sharded run leaves chunk_size out (the shard count
    replaces it)."""
    config = {k: v for k, v in cfg.to_dict().items() if not (sharded and k == "chunk_size")}
    return {
        "rpo_version": __version__,
        "command": "build-pairs",
        "config": {**config, **models.config()},
        "input": {"name": display, "sha256": file_sha256(input_path), "rows": rows},
    }


def fingerprint(manifest: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """What must not change between a run and its resumption."""
    return {**{k: manifest[k] for k in FINGERPRINT_KEYS}, **extra}


def fingerprint_hash(fp: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fp, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class ChunkDir:
    """Where a one-file run keeps its chunks (see the module docstring)."""

    run_dir: Path

    @property
    def manifest(self) -> Path:
        return self.run_dir / "manifest.json"

    @property
    def chunks(self) -> Path:
        return self.run_dir / "chunks"

    def part(self, k: int) -> Path:
        return self.chunks / f"chunk-{k:05d}.parquet"

    def marker(self, k: int) -> Path:
        return self.chunks / f"chunk-{k:05d}.json"

    def samples(self, k: int) -> Path:
        return self.chunks / f"chunk-{k:05d}.samples.jsonl"

    def parts(self) -> list[Path]:
        return sorted(self.chunks.glob("chunk-*.parquet"))


DATA_FILES = "part-*.parquet"


@dataclass(frozen=True)
class Layout:
    """Where a sharded run keeps its files (see the module docstring)."""

    root: Path

    @property
    def meta(self) -> Path:
        return self.root / ".rpo"

    @property
    def run(self) -> Path:
        return self.meta / "run.json"

    @property
    def card(self) -> Path:
        return self.root / "README.md"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    def part(self, i: int) -> Path:
        return self.root / f"part-{i:05d}.parquet"

    def marker(self, i: int) -> Path:
        return self.meta / f"part-{i:05d}.json"

    def work(self, i: int) -> Path:
        return self.meta / "work" / f"part-{i:05d}"

    def input_rows(self, i: int) -> Path:
        return self.work(i) / "input.jsonl"

    def done(self, i: int, fp_hash: str) -> bool:
        if not (self.part(i).exists() and self.marker(i).exists()):
            return False
        try:
            return json.loads(self.marker(i).read_text(encoding="utf-8"))["fingerprint"] == fp_hash
        except (ValueError, KeyError, TypeError):
            return False

    def record(self, i: int) -> dict[str, Any]:
        return json.loads(self.marker(i).read_text(encoding="utf-8"))

    def commit(self, i: int, fp_hash: str, record: dict[str, Any]) -> None:
        """Mark shard ``i`` done (its part is already in place) and drop its work files."""
        write_json(self.marker(i), {"fingerprint": fp_hash, "shard": i, **record})
        shutil.rmtree(self.work(i), ignore_errors=True)

    def clear(self, i: int, keep_work: bool) -> None:
        """Before shard ``i`` runs: remove what a killed attempt left (its temp part, its marker;
        its samples too unless they are to be reused)."""
        for tmp in self.root.glob(f".part-{i:05d}.parquet.*.tmp"):
            tmp.unlink(missing_ok=True)
        self.marker(i).unlink(missing_ok=True)
        if not keep_work:
            shutil.rmtree(self.work(i), ignore_errors=True)

    def ours(self) -> list[Path]:
        """The files of a sharded run present in the folder."""
        found = sorted(self.root.glob("part-*.parquet"))
        return found + [p for p in (self.card, self.manifest, self.meta) if p.exists()]

    def wipe(self) -> None:
        for p in self.ours():
            shutil.rmtree(p) if p.is_dir() else p.unlink()


def parse_shard(spec: str) -> tuple[int, int]:
    """``"I/N"`` -> (I, N) with 0 <= I < N."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", spec)
    if not m or not 0 <= int(m.group(1)) < int(m.group(2)):
        raise RpoError(
            f"--shard {spec!r}: expected I/N with 0 <= I < N",
            hint="e.g. --shard 0/8; in a SLURM array --array=0-7: --shard $SLURM_ARRAY_TASK_ID/8",
        )
    return int(m.group(1)), int(m.group(2))


def shard_bounds(rows: int, n: int, i: int) -> tuple[int, int]:
    """Shard ``i`` of ``n`` holds the valid rows [lo, hi) (sizes differ by at most one)."""
    return i * rows // n, (i + 1) * rows // n


def shard_rows(
    input_path: Path,
    display: str,
    rows: int,
    n: int,
    wanted: list[int],
    rejects: Any = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[tuple[int, list[Conversation]]]:
    """(i, conversations of shard i) for the wanted shards, in order, reading the input once.
    Memory: one shard. Stops after the last wanted shard unless bad lines go to ``rejects``."""
    bounds = {i: shard_bounds(rows, n, i) for i in wanted}
    todo = sorted(wanted)
    k, buf = 0, []
    for idx, conv in enumerate(read_stage.conversations(input_path, display, rejects, max_chars)):
        while k < len(todo) and idx >= bounds[todo[k]][1]:  # past this shard (or an empty one)
            yield todo[k], buf
            buf, k = [], k + 1
        if k == len(todo):
            if rejects is None:
                return
            continue
        if idx >= bounds[todo[k]][0]:
            buf.append(conv)
    for i in todo[k:]:  # the last shard(s), ended by the end of the input
        yield i, buf
        buf = []
