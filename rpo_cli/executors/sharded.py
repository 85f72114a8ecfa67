"""Sharded output: a folder of Parquet shards with done-markers (``--executor ray``, ``--shard I/N``).

::

    OUT/part-00000.parquet ...       one per shard, PAIR_SCHEMA, each written atomically
    OUT/README.md, OUT/manifest.json the dataset card and manifest, once every shard is done
    OUT/.rpo/run.json                the plan: fingerprint (config, input, number of shards)
    OUT/.rpo/part-00000.json         done-marker: the shard's counts, written after its part
    OUT/.rpo/work/part-00000/        a shard's input rows and samples while it is pending

Shard I of N holds the valid input rows ``[I*R//N, (I+1)*R//N)`` (R valid rows, in input order),
so every process that reads the same input agrees on the shards without talking to the others:
SLURM array tasks (``--shard I/N``), a Ray job, or both in turn. A shard is done when its part
and a marker with the run's fingerprint exist; ``--resume`` runs only the shards not done. The
hidden ``.rpo`` folder and the ``.part-*.tmp`` files of unfinished writes are skipped by
``datasets``, pyarrow and Ray when they read the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rpo_cli import __version__
from rpo_cli.errors import OutputExistsError, ResumeMismatchError, RpoError
from rpo_cli.io import atomic_path, file_sha256, open_text_output, write_json
from rpo_cli.outputs import OUTPUTS_KEY, check_replaceable, holds_run_lock, text_sha256
from rpo_cli.pipeline import BuildConfig, ChunkWorker, Models, stop_on_signals
from rpo_cli.schema import Conversation
from rpo_cli.stages import read as read_stage
from rpo_cli.stages.decompose import DecomposeStats
from rpo_cli.stages.pair import PairStats
from rpo_cli.stages.sample import SampleStats
from rpo_cli.stages.write import dataset_card

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
    max_chars: int = read_stage.DEFAULT_MAX_CHARS,
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


def _sum(a: Any, b: Any) -> Any:
    """Counts merged: numbers added, dicts merged key by key."""
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: _sum(a[k], b[k]) if k in a and k in b else a.get(k, b.get(k)) for k in {**a, **b}}
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return a + b
    return a


def merge_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of a run from its shards' markers (in shard order)."""
    pairs = PairStats()
    sampling = SampleStats()
    extra: dict[str, Any] = {}
    for r in records:
        pairs.merge(PairStats.from_dict(r))
        sampling.merge(r.get("sampling", {}))
        for key in ("decompose", "judge", "llm_reversal"):
            if key in r:
                extra[key] = _sum(extra[key], r[key]) if key in extra else r[key]
    summary = pairs.to_dict()
    if sampling.rows:
        summary["sampling"] = sampling.to_dict()
    return {**summary, **extra}


@holds_run_lock
def build_pairs_sharded(
    input_path: Path,
    input_display: str,
    output: Path,
    cfg: BuildConfig,
    *,
    executor: str = "local",
    shard: tuple[int, int] | None = None,
    resume: bool = False,
    overwrite: bool = False,
    rejects_path: Path | None = None,
    on_progress: Any = None,
    read_stats: read_stage.ReadStats | None = None,
    models: Models | None = None,
    ray_options: Any = None,
) -> dict[str, Any]:
    """build-pairs into a folder of shards: all shards (``--executor ray``) or shard I of N
    (``--shard``, either executor). Writes the card and manifest once every shard is done.
    Returns the summary (of the whole dataset once complete, else of the shards run here)."""
    models = models or Models()
    if cfg.format != "trl":
        raise RpoError("sharded output is written in the trl format only", hint="drop --format, or run without "
                       "--executor ray / --shard to get one LLaMA-Factory file")  # fmt: skip
    if output.suffix == ".parquet":
        raise RpoError(
            f"{output}: sharded output is a folder of part-NNNNN.parquet files, not one .parquet file",
            hint="give a folder, e.g. -o out/pairs/",
        )
    if output.exists() and not output.is_dir():
        raise OutputExistsError(f"output exists and is not a folder: {output}", hint="give a folder with -o")
    if executor == "local" and shard is None:
        raise RpoError("the local executor writes a folder of shards only with --shard I/N")
    if read_stats is None:
        read_stats = read_stage.validate(input_path, input_display, cfg.skip_invalid, cfg.max_chars)
    if executor == "ray":
        from rpo_cli.executors import ray_executor

        ray_executor.check_supported(read_stats, models, ray_options)
    layout = Layout(output)
    old: dict[str, Any] | None = None
    if layout.run.exists():
        with contextlib.suppress(ValueError):
            old = json.loads(layout.run.read_text(encoding="utf-8"))
    if shard is not None:
        n = shard[1]
    elif resume and old and isinstance(old.get("fingerprint", {}).get("shards"), int):
        n = old["fingerprint"]["shards"]  # the plan of the run being resumed
    else:
        n = -(-read_stats.rows // cfg.chunk_size)
    config = {k: v for k, v in asdict(cfg).items() if k != "chunk_size"}  # the shard count replaces it
    manifest: dict[str, Any] = {
        "rpo_version": __version__,
        "command": "build-pairs",
        "config": {**config, **models.config()},
        "input": {"name": input_display, "sha256": file_sha256(input_path), "rows": read_stats.rows},
    }
    fingerprint = {**{k: manifest[k] for k in ("rpo_version", "config", "input")}, "shards": n}
    fp_hash = hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()

    if old is not None and old.get("fingerprint") != fingerprint:
        if not overwrite:
            changed = [k for k in fingerprint if (old.get("fingerprint") or {}).get(k) != fingerprint[k]]
            what = " and ".join("number of shards" if k == "shards" else k for k in changed) or "plan"
            cls = ResumeMismatchError if (resume or shard) else OutputExistsError
            raise cls(f"{output} holds a sharded run with another {what}",
                      hint="use the same input, options and shard count, or --overwrite to start again")  # fmt: skip
    elif old is None and layout.ours() and not overwrite:
        raise OutputExistsError(f"output exists: {output} holds rpo output", hint="pass --overwrite to replace it")
    elif old is not None and not (resume or shard or overwrite):
        raise OutputExistsError(
            f"a sharded run exists in {output}", hint="pass --resume to continue it, or --overwrite to restart"
        )
    check_replaceable([layout.card, layout.manifest], layout.manifest)  # never a README.md rpo did not write
    if overwrite and shard is None:
        layout.wipe()
    layout.meta.mkdir(parents=True, exist_ok=True)
    if old is None or old.get("fingerprint") != fingerprint:
        write_json(layout.run, {"fingerprint": fingerprint, "fingerprint_sha256": fp_hash})

    targets = [shard[0]] if shard else list(range(n))
    done = {i for i in targets if layout.done(i, fp_hash)}
    if shard is not None and done:
        if not (resume or overwrite):
            raise OutputExistsError(f"shard {shard[0]}/{n} is already done in {output}",
                                    hint="--resume skips done shards; --overwrite redoes this one")  # fmt: skip
        if overwrite:
            done.clear()
    pending = [i for i in targets if i not in done]
    if not pending and layout.card.exists() and layout.manifest.exists() and _complete(layout, n, fp_hash):
        with contextlib.suppress(ValueError, KeyError):
            return dict(json.loads(layout.manifest.read_text(encoding="utf-8"))["summary"], already_complete=True,
                        shards_total=n, shards_done=n, shards_run=0, complete=True)  # fmt: skip
    for i in pending:
        layout.clear(i, keep_work=resume)

    rejects_cm = open_text_output(str(rejects_path), overwrite=True) if rejects_path else contextlib.nullcontext()
    with stop_on_signals(), rejects_cm as rejects:
        rows = shard_rows(input_path, input_display, read_stats.rows, n, pending, rejects, cfg.max_chars)
        if executor == "ray":
            from rpo_cli.executors import ray_executor

            ray_executor.run_shards(layout, rows, fp_hash, cfg, models.sampling, ray_options, on_progress)
        else:
            _run_local(layout, rows, fp_hash, cfg, resume, on_progress, models)
    run_here = merge_records([layout.record(i) for i in pending])
    if not _complete(layout, n, fp_hash):
        n_done = sum(layout.done(i, fp_hash) for i in range(n))
        return dict(run_here, shards_total=n, shards_done=n_done, shards_run=len(pending), complete=False)
    summary = merge_records([layout.record(i) for i in range(n)])
    summary["invalid_rows"] = read_stats.invalid
    summary["blank_lines"] = read_stats.blank
    executors = sorted({layout.record(i).get("executor", "?") for i in range(n)})
    manifest.update(shards=n, data_files=DATA_FILES, executors=executors, summary=summary)
    card = dataset_card(summary, manifest, DATA_FILES, "trl")
    with atomic_path(layout.card, overwrite=True) as tmp:
        tmp.write_text(card, encoding="utf-8")
    manifest[OUTPUTS_KEY] = {layout.card.name: text_sha256(card)}  # what --overwrite may replace
    write_json(layout.manifest, manifest)
    shutil.rmtree(layout.meta / "work", ignore_errors=True)
    return dict(summary, shards_total=n, shards_done=n, shards_run=len(pending), complete=True)


def _complete(layout: Layout, n: int, fp_hash: str) -> bool:
    return all(layout.done(i, fp_hash) for i in range(n))


def _run_local(
    layout: Layout,
    rows: Iterator[tuple[int, list[Conversation]]],
    fp_hash: str,
    cfg: BuildConfig,
    resume: bool,
    on_progress: Any,
    models: Models,
) -> None:
    """The local executor's shards: build-pairs' own chunk worker, one shard as one chunk."""
    worker = ChunkWorker(cfg, models)
    try:
        for i, convs in rows:
            worker.dstats = DecomposeStats()
            layout.work(i).mkdir(parents=True, exist_ok=True)
            stats, sampled = worker.run(convs, layout.part(i), layout.work(i) / "samples.jsonl", resume)
            extra: dict[str, Any] = {}
            worker.add_to_summary(extra)
            layout.commit(i, fp_hash, {"executor": "local", **stats.to_dict(), "sampling": sampled.to_dict(), **extra})
            if on_progress:
                on_progress(len(convs))
    finally:
        worker.close()
