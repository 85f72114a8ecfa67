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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rpo_cli.errors import Interrupted, OutputExistsError, ResumeMismatchError
from rpo_cli.io import atomic_path, file_sha256, open_text_output, write_json
from rpo_cli.models import Models
from rpo_cli.outputs import OUTPUTS_KEY, check_replaceable, config_changes, holds_run_lock, recorded_outputs
from rpo_cli.runs import ChunkDir, fingerprint, manifest_head
from rpo_cli.schema import LLAMAFACTORY_SCHEMA, PAIR_SCHEMA
from rpo_cli.stages import batched
from rpo_cli.stages import read as read_stage
from rpo_cli.stages.write import dataset_card, dataset_info_entry, llamafactory_row
from rpo_cli.work import BuildConfig, ChunkCounts, ChunkWork, write_pairs_part

FORMATS = ("trl", "llamafactory")

__all__ = ["BuildConfig", "ChunkCounts", "ChunkWork", "Models", "build_pairs_run", "stats_of", "write_pairs_part"]


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


@holds_run_lock
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
    check_replaceable([p for k, p in files.items() if k != "data"], files["manifest"])  # even with --overwrite
    if not resume and not overwrite:
        existing = [str(p) for p in files.values() if p.exists()]
        if existing:
            raise OutputExistsError(
                f"output exists: {', '.join(existing)}", hint="pass --overwrite to replace, or --resume to continue"
            )
    if read_stats is None:
        read_stats = read_stage.validate(input_path, input_display, cfg.skip_invalid, cfg.max_chars)
    manifest = manifest_head(cfg, models, input_path, input_display, read_stats.rows)
    fp = fingerprint(manifest)
    if resume and not run_dir.exists() and files["manifest"].exists() and output.exists():
        done = json.loads(files["manifest"].read_text(encoding="utf-8"))
        if {k: done.get(k) for k in fp} == fp:
            return dict(done["summary"], already_complete=True)
    where = ChunkDir(run_dir)
    if run_dir.exists():
        if resume and where.manifest.exists():
            old = json.loads(where.manifest.read_text(encoding="utf-8"))
            if old.get("fingerprint") != fp:
                changed = [k for k in fp if old.get("fingerprint", {}).get(k) != fp[k]]
                what = "; ".join(config_changes(old.get("fingerprint") or {}, fp))
                raise ResumeMismatchError(
                    f"cannot resume: the {' and '.join(changed)} changed since the run in {run_dir} started ({what})",
                    hint="rerun without --resume and with --overwrite to start again",
                )
        elif overwrite or resume:
            shutil.rmtree(run_dir)
        else:
            raise OutputExistsError(
                f"an unfinished run exists in {run_dir}", hint="pass --resume to continue it, or --overwrite to restart"
            )
    where.chunks.mkdir(parents=True, exist_ok=True)
    for stale in where.chunks.glob(".chunk-*.tmp"):  # left by a killed run: never a finished chunk
        stale.unlink()
    write_json(where.manifest, {"fingerprint": fp})
    reused = 0

    total = ChunkCounts()
    work = ChunkWork(cfg, models)
    rejects_cm = open_text_output(str(rejects_path), overwrite=True) if rejects_path else contextlib.nullcontext()
    with stop_on_signals(), rejects_cm as rejects:
        convs = read_stage.conversations(input_path, input_display, rejects, cfg.max_chars)
        for k, chunk in enumerate(batched(convs, cfg.chunk_size)):
            if resume and where.marker(k).exists() and where.part(k).exists():
                counts = ChunkCounts.from_dict(json.loads(where.marker(k).read_text(encoding="utf-8")))
                reused += 1
            else:
                counts = work.run(chunk, where.part(k), where.samples(k), resume)
                write_json(where.marker(k), counts.to_dict())
            total.merge(counts)
            if on_progress:
                on_progress(len(chunk))
        work.close()
        summary = total.summary()
        summary["invalid_rows"] = read_stats.invalid
        summary["blank_lines"] = read_stats.blank
        manifest["summary"] = summary
        _assemble(where.parts(), files, cfg, manifest)
    shutil.rmtree(run_dir, ignore_errors=True)
    return dict(summary, chunks_reused=reused)


def _assemble(parts: list[Path], files: dict[str, Path], cfg: BuildConfig, manifest: dict[str, Any]) -> None:
    """Concatenate the chunks (in order) into the final output, then card and manifest."""
    out = files["data"]
    schema = PAIR_SCHEMA if cfg.format == "trl" else LLAMAFACTORY_SCHEMA
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
    # what rpo wrote, by hash: --overwrite replaces these and nothing else; `rpo stats` trusts this
    # manifest only for a data file whose hash is here
    manifest[OUTPUTS_KEY] = {p.name: file_sha256(p) for k, p in files.items() if k != "manifest"}
    write_json(files["manifest"], manifest)


def stats_of(path: Path, warn: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The summary of an existing output: counted from the Parquet file, with the drop
    reasons taken from the manifest beside it when that manifest records this file's hash
    (another manifest is ignored, with a ``warn``ing)."""
    from collections import Counter

    from rpo_cli.errors import InputDataError

    hint = "rpo stats reads the .parquet file (or folder of shards) build-pairs wrote"
    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputDataError(f"{path}: not a Parquet file ({str(exc).splitlines()[0][:120]})", hint=hint) from None
    cols = set(table.column_names)
    missing = sorted({"margin", "kind"} - cols)
    if missing:
        raise InputDataError(f"{path}: not a build-pairs output (no column {', '.join(missing)})", hint=hint)
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
    manifest = path / "manifest.json" if path.is_dir() else path.parent / "manifest.json"
    recorded = recorded_outputs(manifest)
    if manifest.exists():
        ours = recorded is not None and (path.is_dir() or recorded.get(path.name) == file_sha256(path))
        if ours:
            with contextlib.suppress(ValueError, KeyError):
                summary = dict(json.loads(manifest.read_text(encoding="utf-8"))["summary"])
        elif warn is not None:
            warn(f"{manifest} ignored: it does not record {path.name} as written with it (drop reasons not shown)")
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
