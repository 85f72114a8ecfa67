"""build-pairs into a folder of shards (``--shard I/N`` on the local executor, ``--executor ray``):
the plan, the checks that a run may start or resume, and the card and manifest once every shard
is done. The folder's layout is ``runs.Layout``; each shard is one ``work.ChunkWork`` unit.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rpo_cli.errors import OutputExistsError, ResumeMismatchError, RpoError
from rpo_cli.executors import ray_executor
from rpo_cli.io import atomic_path, open_text_output, write_json
from rpo_cli.models import Models
from rpo_cli.outputs import OUTPUTS_KEY, check_replaceable, holds_run_lock, text_sha256
from rpo_cli.pipeline import stop_on_signals
from rpo_cli.runs import DATA_FILES, Layout, fingerprint, fingerprint_hash, manifest_head, shard_rows
from rpo_cli.schema import Conversation
from rpo_cli.stages import read as read_stage
from rpo_cli.stages.write import dataset_card
from rpo_cli.work import BuildConfig, ChunkCounts, ChunkWork


def merge_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of a run from its shards' markers (in shard order)."""
    total = ChunkCounts()
    for r in records:
        total.merge(ChunkCounts.from_dict(r))
    return total.summary()


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
    manifest = manifest_head(cfg, models, input_path, input_display, read_stats.rows, sharded=True)
    fp = fingerprint(manifest, shards=n)
    fp_hash = fingerprint_hash(fp)

    if old is not None and old.get("fingerprint") != fp:
        if not overwrite:
            changed = [k for k in fp if (old.get("fingerprint") or {}).get(k) != fp[k]]
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
    if old is None or old.get("fingerprint") != fp:
        write_json(layout.run, {"fingerprint": fp, "fingerprint_sha256": fp_hash})

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
    """The local executor's shards: one ChunkWork unit per shard, in this process."""
    work = ChunkWork(cfg, models)
    try:
        for i, convs in rows:
            layout.work(i).mkdir(parents=True, exist_ok=True)
            counts = work.run(convs, layout.part(i), layout.work(i) / "samples.jsonl", resume)
            layout.commit(i, fp_hash, {"executor": "local", **counts.to_dict()})
            if on_progress:
                on_progress(len(convs))
    finally:
        work.close()
