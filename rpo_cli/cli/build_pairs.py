"""`rpo build-pairs`: the whole pipeline, wired to the library (pipeline, executors, models)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import (
    BaseUrl,
    EngineOptions,
    Executor,
    Format,
    InPath,
    InputOptions,
    JudgeOptions,
    Mode,
    Model,
    ReversalCache,
    SamplingOptions,
    uses_groups,
)
from rpo_cli.errors import RpoError
from rpo_cli.io import STDIO
from rpo_cli.outputs import check_parquet_output


@app.command("build-pairs")
@uses_groups
def build_pairs_cmd(
    input_path: InPath,
    output: Annotated[
        str,
        typer.Option(
            "-o",
            "--output",
            help="Output Parquet file (card, manifest beside it); a folder of shards with --executor ray or --shard.",
        ),
    ],
    mode: Annotated[Mode, typer.Option(help="rpo (reverse failed constraints), dpo (baseline), perfect.")] = Mode.rpo,
    min_margin: Annotated[
        int, typer.Option("--min-margin", min=1, help="Keep pairs differing on >= K constraints.")
    ] = 1,
    max_pairs_per_turn: Annotated[
        int | None, typer.Option("--max-pairs-per-turn", min=1, help="Keep at most K pairs per turn (largest margins).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="trl or llamafactory (sharegpt ranking).")] = Format.trl,
    run_dir: Annotated[
        str | None, typer.Option("--run-dir", help="Run directory (default: beside the output).")
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run.")] = False,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Conversations per checkpointed chunk (per shard with Ray).")
    ] = 1000,
    executor: Annotated[
        Executor, typer.Option("--executor", help="local (this process) or ray (Ray Data; see the README).")
    ] = Executor.local,
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", help="Ray: auto (the running cluster) or HOST:PORT; default: a new local Ray."),
    ] = None,
    replicas: Annotated[
        int | None, typer.Option("--replicas", min=1, help="Ray: vLLM engine replicas (default: one per GPU group).")
    ] = None,
    shard: Annotated[
        str | None, typer.Option("--shard", help="Run only shard I of N (I/N, from 0; e.g. a SLURM array task).")
    ] = None,
    model: Model = None,
    base_url: BaseUrl = None,
    llm_reversal: Annotated[
        bool,
        typer.Option(
            "--llm-reversal/--no-llm-reversal", help="Reverse failed free-form constraints with the judge's LLM."
        ),
    ] = True,
    reversal_cache: ReversalCache = None,
    allow_unchecked: Annotated[
        bool,
        typer.Option(
            "--allow-unchecked",
            help="Without a judge, still pair turns with free-form constraints; the pairs record them as unchecked.",
        ),
    ] = False,
    *,
    sampling: SamplingOptions,
    engine: EngineOptions,
    judge: JudgeOptions,
    inputs: InputOptions,
) -> None:
    """Verify responses, reverse failed constraints and write RPO preference pairs (Parquet).

    Rows without responses are sampled first, with --model (vLLM engine) or --base-url (server).

    Example: rpo build-pairs responses.jsonl -o out/pairs.parquet --min-margin 2

    Example: rpo build-pairs prompts.jsonl -o out/pairs.parquet --model Qwen/Qwen2.5-7B-Instruct -n 8 --resume

    Example (SLURM array task): rpo build-pairs in.jsonl -o out/pairs/ --shard $SLURM_ARRAY_TASK_ID/8
    """
    from rpo_cli.executors import build_pairs_sharded, parse_shard
    from rpo_cli.models import build_models
    from rpo_cli.pipeline import BuildConfig, build_pairs_run
    from rpo_cli.stages.reverse_llm import default_cache

    if output == STDIO:
        raise RpoError("build-pairs writes a Parquet file: give a path with -o", hint="-o pairs/train.parquet")
    if resume and inputs.overwrite:
        raise RpoError("--resume and --overwrite contradict each other", hint="pick one")
    if (ray_address or replicas) and executor is not Executor.ray:
        raise RpoError("--ray-address and --replicas are options of --executor ray", hint="add --executor ray")
    shard_of = parse_shard(shard) if shard is not None else None
    sharded = executor is Executor.ray or shard_of is not None  # output: a folder of part-NNNNN.parquet shards
    if sharded and run_dir:
        raise RpoError("--run-dir does not apply to a folder of shards", hint="its markers are kept in OUT/.rpo/")
    out = Path(output)
    if not sharded:
        check_parquet_output(output)
    cfg = BuildConfig(mode.value, min_margin, max_pairs_per_turn, fmt.value, chunk_size, inputs.skip_invalid,
                      llm_reversal, allow_unchecked, inputs.max_chars)  # fmt: skip
    path, display, rstats, rej = inputs.load(input_path, output, dataset_dir=out if sharded else out.parent)
    out.parent.mkdir(parents=True, exist_ok=True)  # only once the input is valid
    if rstats.without_responses:
        if not model and not base_url:
            raise RpoError(f"{rstats.without_responses} row(s) have no responses",
                           hint="give --model PATH_OR_NAME (vLLM) or --base-url URL to sample them")  # fmt: skip
        sampling.check()
    sampler = engine.spec(model, base_url) if model or base_url else None
    if sampler is not None:
        sampler.make()  # validates the choice early; loaded only when a chunk needs it
    may_need_judge = rstats.needs_judge + rstats.without_constraints
    if rstats.needs_judge and not (judge.given or sampler):
        console.warn(f"{rstats.needs_judge} row(s) have free-form constraints: without a judge they are unknown")
    models = build_models(
        sampler,
        sampling.config(engine.seed) if rstats.without_responses else None,
        engine.spec(judge.judge_model, judge.judge_base_url) if judge.given else None,
        judge_votes=judge.judge_votes,
        seed=engine.seed,
        use_judge=bool(may_need_judge),
        reversal_cache=Path(reversal_cache) if reversal_cache else default_cache(),
        announce=console.info,
    )
    common = {"resume": resume, "overwrite": inputs.overwrite, "rejects_path": rej,
              "read_stats": rstats, "models": models}  # fmt: skip
    with console.progress("building pairs", rstats.rows) as bar:
        if sharded:
            from rpo_cli.executors.ray_executor import RayOptions

            ray_options = RayOptions(ray_address, replicas, model, base_url, engine.kwargs())
            summary = build_pairs_sharded(path, display, out, cfg, executor=executor.value, shard=shard_of,
                                          ray_options=ray_options, on_progress=bar.advance, **common)  # fmt: skip
        else:
            summary = build_pairs_run(path, display, out, cfg, run_dir=Path(run_dir) if run_dir else None,
                                      on_progress=bar.advance, **common)  # fmt: skip
    _report(summary, out, output, sharded, shard_of)


def _report(summary: dict, out: Path, output: str, sharded: bool, shard_of: tuple[int, int] | None) -> None:
    if summary.get("already_complete"):
        console.info("the output is already complete for this input and config; nothing to do")
    elif summary.get("chunks_reused"):
        console.info(f"resumed: reused {summary['chunks_reused']} finished chunk(s) of the interrupted run")
    elif shard_of and not summary["shards_run"]:
        console.info(f"shard {shard_of[0]}/{shard_of[1]} was already done; nothing to do")
    elif sharded and not shard_of and summary["shards_run"] < summary["shards_total"]:
        console.info(f"resumed: {summary['shards_total'] - summary['shards_run']} shard(s) were already done")
    if summary.get("sampling"):
        console.sample_summary(summary["sampling"])
    console.pairs_summary(summary)
    if sharded and not summary["complete"]:
        console.info(f"wrote {summary['pairs']} pairs in {summary['shards_run']} shard(s) to {out}; "
                     f"{summary['shards_done']} of {summary['shards_total']} shards are done (the card and manifest "
                     "come with the last)")  # fmt: skip
    elif sharded:
        console.info(f"wrote {summary['pairs']} pairs to {out / 'part-*.parquet'} (card: {out / 'README.md'})")
    else:
        console.info(f"wrote {summary['pairs']} pairs to {output} (card: {out.parent / 'README.md'})")
