"""The `rpo` command line: one typer app, one command per stage plus build-pairs.

Heavy imports (vllm, torch) happen only inside the commands that need them, so `rpo --help`
and the CPU-only commands start fast. ``main()`` turns known errors into one line plus a hint
and the exit code the README documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rpo_cli import __version__, console
from rpo_cli.errors import EXIT_SOFTWARE, Interrupted, RpoError
from rpo_cli.io import STDIO, check_output, dumps, open_text_output, resolve_input

app = typer.Typer(
    name="rpo",
    help="Build Reverse Preference Optimization (RPO) datasets: verify constraints, reverse them, pair responses.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

InPath = Annotated[str, typer.Argument(help="Input JSONL (canonical or IFEval form); '-' reads stdin.")]
Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace existing outputs (atomically).")]
SkipInvalid = Annotated[
    bool, typer.Option("--skip-invalid", help="Write bad input lines to a rejects file and go on (default: fail).")
]
Rejects = Annotated[
    str | None, typer.Option("--rejects", help="Rejects file for --skip-invalid (default: OUT.rejects.jsonl).")
]


Model = Annotated[
    str | None, typer.Option("--model", "-m", help="Model path or name (vLLM engine), or the server's model name.")
]
N = Annotated[int, typer.Option("-n", "--n", min=1, help="Samples per conversation.")]
Temperature = Annotated[float, typer.Option("--temperature", min=0.0, help="Sampling temperature.")]
TopP = Annotated[float, typer.Option("--top-p", min=0.0, max=1.0, help="Nucleus sampling.")]
MaxTokens = Annotated[int, typer.Option("--max-tokens", min=1, help="Maximum new tokens per sample.")]
Seed = Annotated[int, typer.Option("--seed", help="Seed: per-request seeds derive from it (engine seed on CPU).")]
BaseUrl = Annotated[
    str | None,
    typer.Option("--base-url", envvar="OPENAI_BASE_URL", help="OpenAI-compatible server, e.g. http://host:8000/v1."),
]
ApiKeyEnv = Annotated[str, typer.Option("--api-key-env", help="Environment variable holding the server's API key.")]
Concurrency = Annotated[int, typer.Option("--concurrency", min=1, help="Requests in flight to the server.")]
MaxModelLen = Annotated[int | None, typer.Option("--max-model-len", help="vLLM: context length.")]
TP = Annotated[int | None, typer.Option("--tensor-parallel-size", help="vLLM: GPUs per engine.")]
GpuMem = Annotated[
    float | None,
    typer.Option("--gpu-memory-utilization",
                 help="vLLM: share of GPU memory to use (on CPU: of the NUMA node's RAM; default there: a KV cache "
                      "of a tenth of free RAM)."),
]  # fmt: skip
EnforceEager = Annotated[
    bool, typer.Option("--enforce-eager", help="vLLM: no graph compilation (starts minutes sooner on CPU).")
]
Dtype = Annotated[str | None, typer.Option("--dtype", help="vLLM: weights dtype (auto, bfloat16, float16, float32).")]
EngineArg = Annotated[
    list[str] | None,
    typer.Option("--engine-arg", help="vLLM: any other engine option, KEY=VALUE (JSON value); repeatable."),
]


JudgeModel = Annotated[
    str | None,
    typer.Option("--judge-model", help="LLM judge for free-form constraints (default: the sampling model)."),
]
JudgeBaseUrl = Annotated[str | None, typer.Option("--judge-base-url", help="OpenAI-compatible server for the judge.")]
JudgeVotes = Annotated[int, typer.Option("--judge-votes", min=1, help="Majority over K judgments (a tie is unknown).")]


def _judge_factory(judge_model, judge_base_url, judge_votes, seed, api_key_env, concurrency, engine_kwargs):
    """A function making the Judge: on its own backend, or on the sampling backend it is given."""
    from rpo_cli.backends import make_backend
    from rpo_cli.judge import Judge

    def factory(shared=None):
        if shared is not None:
            return Judge(shared, votes=judge_votes, seed=seed)
        backend = make_backend(judge_model, judge_base_url, api_key_env, concurrency, engine_kwargs)
        console.info(f"loading the judge ({backend.name}: {judge_model or judge_base_url}) ...")
        backend.load()
        return Judge(backend, votes=judge_votes, seed=seed)

    return factory


def _check_sampling(n: int, temperature: float) -> None:
    """Greedy decoding gives one answer: vLLM rejects n > 1 at temperature 0, so say it before any work."""
    if n > 1 and temperature == 0:
        from rpo_cli.errors import RpoError as _E

        raise _E(f"-n {n} with --temperature 0 would give {n} identical samples (vLLM refuses it)",
                 hint="use a temperature > 0 (the RPO paper samples at 1.0), or -n 1")  # fmt: skip


def _engine_kwargs(seed, max_model_len, tp, gpu_mem, dtype, engine_arg, enforce_eager=False) -> dict[str, Any]:
    from rpo_cli.errors import RpoError as _E

    kw: dict[str, Any] = {"seed": seed}
    if enforce_eager:
        kw["enforce_eager"] = True
    for k, v in (("max_model_len", max_model_len), ("tensor_parallel_size", tp), ("gpu_memory_utilization", gpu_mem),
                 ("dtype", dtype)):  # fmt: skip
        if v is not None:
            kw[k] = v
    for item in engine_arg or []:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise _E(f"--engine-arg {item!r} is not KEY=VALUE", hint="e.g. --engine-arg enforce_eager=true")
        try:
            kw[key.replace("-", "_")] = json.loads(raw)
        except json.JSONDecodeError:
            kw[key.replace("-", "_")] = raw
    return kw


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rpo {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """rpo: noise-free preference pairs for multi-constraint instruction following."""


def _rejects_path(output: str, rejects: str | None, skip_invalid: bool) -> Path | None:
    if not skip_invalid:
        return None
    if rejects:
        return Path(rejects)
    return Path(f"{output}.rejects.jsonl") if output != STDIO else Path("rpo-rejects.jsonl")


def _load(input_path: str, skip_invalid: bool):
    from rpo_cli.stages import read as read_stage

    path = resolve_input(input_path)
    display = "<stdin>" if input_path == STDIO else input_path
    stats = read_stage.validate(path, display, skip_invalid)
    if stats.invalid:
        console.warn(f"{stats.invalid} invalid line(s) skipped")
        for line in stats.errors[:10]:
            console.info(f"  {line}")
    return path, display, stats


@app.command("constraints")
def constraints_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output on stdout.")] = False,
) -> None:
    """List the constraint registry: id, kwargs, description, reversal."""
    from rich.table import Table

    from rpo_cli.constraints import all_types

    rows = []
    for tid, cls in all_types().items():
        example = cls.from_kwargs(cls.example) if cls.example or not cls.Args.model_fields else None
        rev = example.reverse() if example is not None else None
        rows.append(
            {
                "id": tid,
                "family": cls.family,
                "kwargs": {name: str(f.annotation).replace("typing.", "") for name, f in cls.Args.model_fields.items()},
                "description": example.describe()
                if example is not None
                else (cls.__doc__ or "").strip().split("\n")[0],
                "example_kwargs": cls.example,
                "reversible": cls.reversible(),
                "reverses_to": rev.id if rev is not None else None,
                "reversed_description": rev.describe() if rev is not None else None,
                "not_reversible_reason": None if cls.reversible() else cls.not_reversible_reason,
                "checked_by": "judge" if cls.needs_judge else "code",
            }
        )
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    t = Table(title=f"{len(rows)} constraint types", title_justify="left", show_lines=False)
    t.add_column("id", no_wrap=True)
    t.add_column("kwargs")
    t.add_column("example description")
    t.add_column("reverses to")
    for r in rows:
        rev = r["reverses_to"] or f"[dim]not reversible: {r['not_reversible_reason']}[/]"
        t.add_row(r["id"], ", ".join(r["kwargs"]) or "-", r["description"], rev)
    console.console.print(t)


@app.command("verify-constraints")
def verify_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout) or .parquet.")],
    summary_json: Annotated[str | None, typer.Option("--summary-json", help="Also write the summary as JSON.")] = None,
    judge_model: JudgeModel = None,
    judge_base_url: JudgeBaseUrl = None,
    judge_votes: JudgeVotes = 1,
    seed: Seed = 0,
    api_key_env: ApiKeyEnv = "OPENAI_API_KEY",
    concurrency: Concurrency = 16,
    max_model_len: MaxModelLen = None,
    dtype: Dtype = None,
    engine_arg: EngineArg = None,
    enforce_eager: EnforceEager = False,
    skip_invalid: SkipInvalid = False,
    rejects: Rejects = None,
    overwrite: Overwrite = False,
) -> None:
    """Check every response against every constraint: per-constraint verdicts and a summary.

    Free-form constraints and free-text conditions need a judge (--judge-model or
    --judge-base-url); without one their verdict is unknown ("needs a judge")."""
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.verify import VerifyStats, output_row, verify

    check_output(output, overwrite)
    if summary_json:
        check_output(summary_json, overwrite)
    path, display, rstats = _load(input_path, skip_invalid)
    stats = VerifyStats()
    judge = None
    if rstats.needs_judge and (judge_model or judge_base_url):
        engine_kwargs = _engine_kwargs(seed, max_model_len, None, None, dtype, engine_arg, enforce_eager)
        judge = _judge_factory(
            judge_model, judge_base_url, judge_votes, seed, api_key_env, concurrency, engine_kwargs
        )()
    elif rstats.needs_judge:
        console.warn(f"{rstats.needs_judge} row(s) have free-form constraints: without --judge-model they are unknown")
    rej = _rejects_path(output, rejects, skip_invalid)
    rows_iter = _verify_rows(read_stage, verify, output_row, path, display, rej, stats, rstats.rows, judge)
    if output.endswith(".parquet"):
        _write_table(output, list(rows_iter), overwrite)
    else:
        with open_text_output(output, overwrite) as fh:
            for row in rows_iter:
                fh.write(dumps(row) + "\n")
    summary = stats.summary()
    summary["invalid_rows"] = rstats.invalid
    summary["blank_lines"] = rstats.blank
    if summary["responses"] == 0:
        console.warn("no row has a response to check (add 'response' or 'responses')")
    if judge is not None:
        judge.backend.close()
        summary["judge"] = {"requests": judge.stats.requests, "unknown": dict(judge.stats.unknown)}
    console.verify_summary(summary)
    if summary_json:
        with open_text_output(summary_json, overwrite) as fh:
            fh.write(json.dumps(summary, indent=2) + "\n")


def _verify_rows(read_stage, verify, output_row, path, display, rej, stats, total, judge=None):
    import contextlib

    from rpo_cli.stages.verify import conversation_fields

    cm = open_text_output(str(rej), overwrite=True) if rej else contextlib.nullcontext()
    with cm as rejects, console.progress("verifying", total) as bar:
        for conv, rvs in verify(read_stage.conversations(path, display, rejects), stats, judge):
            shared = conversation_fields(conv)
            for rv in rvs:
                yield output_row(conv, rv, shared)
            bar.advance()


def _write_table(output: str, rows: list[dict[str, Any]], overwrite: bool) -> None:
    """Rows with free-form nested fields as Parquet: kwargs/constraints stored as JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rpo_cli.io import atomic_path

    def flat(row: dict[str, Any]) -> dict[str, Any]:
        return {k: (json.dumps(v, ensure_ascii=False) if k in ("kwargs", "constraints") else v) for k, v in row.items()}

    with atomic_path(output, overwrite) as tmp:
        pq.write_table(pa.Table.from_pylist([flat(r) for r in rows]), tmp, compression="zstd")


@app.command("reverse-constraints")
def reverse_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout).")],
    failed_only: Annotated[
        bool, typer.Option("--failed-only", help="Reverse only the constraints the row's response failed.")
    ] = False,
    model: Model = None,
    base_url: BaseUrl = None,
    reversal_cache: Annotated[
        str | None, typer.Option("--reversal-cache", help="JSONL cache of LLM reversals (default ~/.cache/rpo/).")
    ] = None,
    seed: Seed = 0,
    api_key_env: ApiKeyEnv = "OPENAI_API_KEY",
    concurrency: Concurrency = 16,
    max_model_len: MaxModelLen = None,
    dtype: Dtype = None,
    engine_arg: EngineArg = None,
    enforce_eager: EnforceEager = False,
    skip_invalid: SkipInvalid = False,
    rejects: Rejects = None,
    overwrite: Overwrite = False,
) -> None:
    """Replace each row's constraints by their exact complements and rewrite the instruction.

    Typed constraints use the registry's exact reversal; free-form ones are reversed by the LLM
    with --model or --base-url (cached per text), and are otherwise kept (reversible=false)."""
    import contextlib

    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.reverse import ReverseStats, reverse_rows

    check_output(output, overwrite)
    path, display, rstats = _load(input_path, skip_invalid)
    stats = ReverseStats()
    reverser = None
    if model or base_url:
        from rpo_cli.backends import make_backend
        from rpo_cli.stages.reverse_llm import LLMReverser, default_cache

        engine_kwargs = _engine_kwargs(seed, max_model_len, None, None, dtype, engine_arg, enforce_eager)
        backend = make_backend(model, base_url, api_key_env, concurrency, engine_kwargs)
        backend.load()
        reverser = LLMReverser(backend, Path(reversal_cache) if reversal_cache else default_cache())
    rej = _rejects_path(output, rejects, skip_invalid)
    cm = open_text_output(str(rej), overwrite=True) if rej else contextlib.nullcontext()
    with cm as rej_fh, open_text_output(output, overwrite) as fh, console.progress("reversing", rstats.rows) as bar:
        for row in reverse_rows(read_stage.conversations(path, display, rej_fh), failed_only, stats, reverser):
            fh.write(dumps(row) + "\n")
            bar.advance()
    if reverser is not None:
        reverser.backend.close()
        console.info(f"LLM reversal: {reverser.asked} asked, {reverser.cached} from cache, {reverser.failed} unusable")
    console.info(stats.render())


@app.command("build-pairs")
def build_pairs_cmd(
    input_path: InPath,
    output: Annotated[
        str,
        typer.Option(
            "-o",
            "--output",
            help="Output Parquet file (card and manifest beside it); a folder of shards with "
            "--executor ray or --shard.",
        ),
    ],
    mode: Annotated[str, typer.Option(help="rpo (reverse failed constraints), dpo (baseline), perfect.")] = "rpo",
    min_margin: Annotated[
        int, typer.Option("--min-margin", min=1, help="Keep pairs differing on >= K constraints.")
    ] = 1,
    max_pairs_per_turn: Annotated[
        int | None, typer.Option("--max-pairs-per-turn", min=1, help="Keep at most K pairs per turn (largest margins).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="trl (default) or llamafactory (sharegpt ranking).")] = "trl",
    run_dir: Annotated[
        str | None, typer.Option("--run-dir", help="Run directory (default: beside the output).")
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run.")] = False,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Conversations per checkpointed chunk (per shard with Ray).")
    ] = 1000,
    executor: Annotated[
        str, typer.Option("--executor", help="local (this process, the default) or ray (Ray Data; see docs/ray.md).")
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", help="Ray: auto (the running cluster) or HOST:PORT; default: a new local Ray."),
    ] = None,
    replicas: Annotated[
        int | None,
        typer.Option("--replicas", min=1, help="Ray: vLLM engine replicas (default: one per GPU group)."),
    ] = None,
    shard: Annotated[
        str | None, typer.Option("--shard", help="Run only shard I of N (I/N, from 0; e.g. a SLURM array task).")
    ] = None,
    model: Model = None,
    n: N = 4,
    temperature: Temperature = 1.0,
    top_p: TopP = 1.0,
    max_tokens: MaxTokens = 512,
    seed: Seed = 0,
    base_url: BaseUrl = None,
    api_key_env: ApiKeyEnv = "OPENAI_API_KEY",
    concurrency: Concurrency = 16,
    max_model_len: MaxModelLen = None,
    tensor_parallel_size: TP = None,
    gpu_memory_utilization: GpuMem = None,
    dtype: Dtype = None,
    engine_arg: EngineArg = None,
    enforce_eager: EnforceEager = False,
    judge_model: JudgeModel = None,
    judge_base_url: JudgeBaseUrl = None,
    judge_votes: JudgeVotes = 1,
    llm_reversal: Annotated[
        bool,
        typer.Option(
            "--llm-reversal/--no-llm-reversal", help="Reverse failed free-form constraints with the judge's LLM."
        ),
    ] = True,
    reversal_cache: Annotated[
        str | None, typer.Option("--reversal-cache", help="JSONL cache of LLM reversals (default ~/.cache/rpo/).")
    ] = None,
    skip_invalid: SkipInvalid = False,
    rejects: Rejects = None,
    overwrite: Overwrite = False,
) -> None:
    """Verify responses, reverse failed constraints and write RPO preference pairs (Parquet).

    Rows without responses are sampled first, with --model (vLLM engine) or --base-url (server)."""
    from rpo_cli.errors import RpoError as _E
    from rpo_cli.pipeline import FORMATS, BuildConfig, Models, build_pairs_run
    from rpo_cli.stages.reverse_llm import default_cache

    if mode not in ("rpo", "dpo", "perfect"):
        raise _E(f"unknown --mode {mode!r}", hint="use rpo, dpo or perfect")
    if fmt not in FORMATS:
        raise _E(f"unknown --format {fmt!r}", hint="use trl or llamafactory")
    if output == STDIO:
        raise _E("build-pairs writes a Parquet file: give a path with -o", hint="-o pairs/train.parquet")
    if resume and overwrite:
        raise _E("--resume and --overwrite contradict each other", hint="pick one")
    if executor not in ("local", "ray"):
        raise _E(f"unknown --executor {executor!r}", hint="use local or ray")
    if (ray_address or replicas) and executor != "ray":
        raise _E("--ray-address and --replicas are options of --executor ray", hint="add --executor ray")
    from rpo_cli.executors import parse_shard

    shard_of = parse_shard(shard) if shard is not None else None
    sharded = executor == "ray" or shard_of is not None  # output: a folder of part-NNNNN.parquet shards
    if sharded and run_dir:
        raise _E("--run-dir does not apply to a folder of shards", hint="its markers are kept in OUT/.rpo/")
    out = Path(output)
    if not out.parent.exists():
        out.parent.mkdir(parents=True)
    cfg = BuildConfig(mode, min_margin, max_pairs_per_turn, fmt, chunk_size, skip_invalid, llm_reversal)
    path, display, rstats = _load(input_path, skip_invalid)
    from rpo_cli.backends import SamplingConfig, make_backend

    sampling, factory, generator = None, None, None
    engine_kwargs = _engine_kwargs(seed, max_model_len, tensor_parallel_size, gpu_memory_utilization, dtype, engine_arg,
                                   enforce_eager)
    if rstats.without_responses:
        if not model and not base_url:
            raise _E(
                f"{rstats.without_responses} row(s) have no responses",
                hint="give --model PATH_OR_NAME (vLLM) or --base-url URL to sample them",
            )
        _check_sampling(n, temperature)
        sampling = SamplingConfig(n=n, temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed)
    if model or base_url:
        make_backend(model, base_url, api_key_env, concurrency, engine_kwargs)  # validates the choice early
        from rpo_cli.prompting import template_hash

        # prompt templates are versioned by content: a changed template changes the fingerprint
        templates = {name: template_hash(name) for name in ("decompose", "judge", "condition", "reverse")}
        generator = {"model": model, "base_url": base_url, "engine": engine_kwargs if not base_url else None,
                     "templates": templates}  # fmt: skip

        def factory():
            # loaded lazily: only when a chunk needs sampling, LLM decomposition or the judge
            return make_backend(model, base_url, api_key_env, concurrency, engine_kwargs)

    jfactory, shares = None, False
    may_need_judge = rstats.needs_judge + rstats.without_constraints
    if may_need_judge and (judge_model or judge_base_url or model or base_url):
        shares = not judge_model and not judge_base_url  # default: the sampling model judges
        jfactory = _judge_factory(judge_model, judge_base_url, judge_votes, seed, api_key_env, concurrency,
                                  engine_kwargs)  # fmt: skip
        judge_cfg = {"model": judge_model or model, "base_url": judge_base_url or base_url, "votes": judge_votes}
        generator = {**(generator or {}), "judge": judge_cfg}
    elif rstats.needs_judge:
        console.warn(f"{rstats.needs_judge} row(s) have free-form constraints: without a judge they are unknown")
    common: dict[str, Any] = {
        "resume": resume,
        "overwrite": overwrite,
        "rejects_path": _rejects_path(output, rejects, skip_invalid),
        "read_stats": rstats,
        "models": Models(
            backend_factory=factory,
            sampling=sampling,
            generator=generator,
            judge_factory=jfactory,
            judge_shares_backend=shares,
            reversal_cache=Path(reversal_cache) if reversal_cache else default_cache(),
        ),
    }
    with console.progress("building pairs", rstats.rows) as bar:
        if sharded:
            from rpo_cli.executors import build_pairs_sharded
            from rpo_cli.executors.ray_executor import RayOptions

            ray_options = RayOptions(ray_address, replicas, model, base_url, engine_kwargs)
            summary = build_pairs_sharded(path, display, out, cfg, executor=executor, shard=shard_of,
                                          ray_options=ray_options, on_progress=bar.advance, **common)  # fmt: skip
        else:
            summary = build_pairs_run(path, display, out, cfg, run_dir=Path(run_dir) if run_dir else None,
                                      on_progress=bar.advance, **common)  # fmt: skip
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


@app.command("decompose")
def decompose_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout): rows with constraints.")],
    model: Model = None,
    base_url: BaseUrl = None,
    max_tokens: MaxTokens = 1024,
    seed: Seed = 0,
    api_key_env: ApiKeyEnv = "OPENAI_API_KEY",
    concurrency: Concurrency = 16,
    max_model_len: MaxModelLen = None,
    tensor_parallel_size: TP = None,
    gpu_memory_utilization: GpuMem = None,
    dtype: Dtype = None,
    engine_arg: EngineArg = None,
    enforce_eager: EnforceEager = False,
    skip_invalid: SkipInvalid = False,
    rejects: Rejects = None,
    overwrite: Overwrite = False,
) -> None:
    """Turn instructions into constraints with spans: rules first, then the LLM (--model) for the rest.

    Rows that already carry constraints pass through unchanged."""
    import contextlib

    from rpo_cli.backends import SamplingConfig, make_backend
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.decompose import DecomposeStats, decompose

    check_output(output, overwrite)
    path, display, rstats = _load(input_path, skip_invalid)
    backend = None
    if model or base_url:
        engine_kwargs = _engine_kwargs(seed, max_model_len, tensor_parallel_size, gpu_memory_utilization, dtype,
                                       engine_arg, enforce_eager)  # fmt: skip
        backend = make_backend(model, base_url, api_key_env, concurrency, engine_kwargs)
        backend.load()
    stats = DecomposeStats()
    params = SamplingConfig(n=1, temperature=0.0, max_tokens=max_tokens, seed=seed)
    rej = _rejects_path(output, rejects, skip_invalid)
    cm = open_text_output(str(rej), overwrite=True) if rej else contextlib.nullcontext()
    with cm as rej_fh, open_text_output(output, overwrite) as fh, console.progress("decomposing", rstats.rows) as bar:
        for conv in decompose(read_stage.conversations(path, display, rej_fh), stats, backend, params):
            fh.write(dumps(read_stage.to_row(conv)) + "\n")
            bar.advance()
    if backend is not None:
        backend.close()
    console.decompose_summary(stats.to_dict(), llm=backend is not None)


@app.command("sample")
def sample_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout): the rows with responses.")],
    model: Model = None,
    n: N = 4,
    temperature: Temperature = 1.0,
    top_p: TopP = 1.0,
    max_tokens: MaxTokens = 512,
    seed: Seed = 0,
    base_url: BaseUrl = None,
    api_key_env: ApiKeyEnv = "OPENAI_API_KEY",
    concurrency: Concurrency = 16,
    max_model_len: MaxModelLen = None,
    tensor_parallel_size: TP = None,
    gpu_memory_utilization: GpuMem = None,
    dtype: Dtype = None,
    engine_arg: EngineArg = None,
    enforce_eager: EnforceEager = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Conversations per engine call.")] = 1024,
    skip_invalid: SkipInvalid = False,
    rejects: Rejects = None,
    overwrite: Overwrite = False,
) -> None:
    """Sample N responses per conversation (rows that already have responses pass through)."""
    import contextlib

    from rpo_cli.backends import SamplingConfig, make_backend
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.sample import SampleStats, sample

    check_output(output, overwrite)
    _check_sampling(n, temperature)
    params = SamplingConfig(n=n, temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed)
    engine_kwargs = _engine_kwargs(seed, max_model_len, tensor_parallel_size, gpu_memory_utilization, dtype, engine_arg,
                                   enforce_eager)
    backend = make_backend(model, base_url, api_key_env, concurrency, engine_kwargs)
    path, display, rstats = _load(input_path, skip_invalid)
    stats = SampleStats()
    if rstats.without_responses:
        console.info(f"loading {backend.name} backend for {model or base_url} ...")
        backend.load()
    rej = _rejects_path(output, rejects, skip_invalid)
    cm = open_text_output(str(rej), overwrite=True) if rej else contextlib.nullcontext()
    with cm as rej_fh, open_text_output(output, overwrite) as fh, console.progress("sampling", rstats.rows) as bar:
        convs = read_stage.conversations(path, display, rej_fh)
        for conv in sample(convs, backend, params, stats, batch_size):
            fh.write(dumps(read_stage.to_row(conv)) + "\n")
            bar.advance()
    backend.close()
    console.sample_summary(stats.to_dict())


@app.command("stats")
def stats_cmd(
    path: Annotated[str, typer.Argument(help="A Parquet file written by build-pairs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
) -> None:
    """Summarise an existing build-pairs output: counts, margins, constraint types, drops."""
    from rpo_cli.errors import InputMissingError
    from rpo_cli.pipeline import stats_of

    p = Path(path)
    if not p.exists():
        raise InputMissingError(f"not found: {path}")
    summary = stats_of(p)
    if as_json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        console.pairs_summary(summary, title=path)


def main() -> None:
    """Entry point: known errors become one line plus a hint and a documented exit code."""
    try:
        app()
    except (RpoError, Interrupted) as err:
        console.error(err)
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        console.console.print(f"[bold red]rpo: internal error:[/] {type(exc).__name__}: {exc}")
        console.console.print("[dim]hint:[/] this is a bug in rpo; rerun with RPO_DEBUG=1 for the traceback")
        import os

        if os.environ.get("RPO_DEBUG"):
            raise
        sys.exit(EXIT_SOFTWARE)


if __name__ == "__main__":
    main()
