"""The Ray executor: build-pairs' stages as Ray Data operations, for a cluster of GPU nodes.

Two Ray Data jobs over the pending shards (``runs.Layout``), with the shared output folder
between them, so that nothing is lost but the requests in flight when a run dies:

1. **sample** (only shards with rows to sample): ``from_items(shards)`` -> ``flat_map``: each
   conversation as ``n`` requests of one sample, its prompt rendered and tokenized by the model's
   chat template exactly as the local engine does (too-long prompts skipped with the same
   reason) -> vLLM through ``ray.data.llm`` (``vLLMEngineProcessorConfig``: one engine replica
   per GPU, or per ``tensor_parallel_size`` GPUs; small batches, many in flight) ->
   ``map_batches``: the samples appended to the shard's sample files (atomic, one per batch).
   A resumed run skips the samples already written.
2. **pair**: ``from_items(shards)`` -> ``map``: per shard, the one unit of work every executor
   runs, ``work.ChunkWork`` (decompose by rules, sample through :class:`SampledBackend` so the
   responses carry the same generator metadata, verify, reverse, pair, write the part
   atomically), then the done-marker with its ``ChunkCounts``.

Not here (refused up front, with a hint): an LLM judge, LLM decomposition, a ``--base-url`` server.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rpo_cli.backends.base import BackendError, ChatRequest, ChatResult, SampleOut, SamplingConfig
from rpo_cli.errors import EXIT_SOFTWARE, RpoError
from rpo_cli.io import atomic_path, dumps, open_text_output
from rpo_cli.models import Models
from rpo_cli.runs import Layout
from rpo_cli.schema import Conversation
from rpo_cli.stages import read as read_stage
from rpo_cli.work import BuildConfig, ChunkWork

#: Requests per batch sent to an engine replica, and batches in flight per replica: many small
#: batches keep the engine full while long-tail requests finish (the engine's own queue bounds it).
BATCH_SIZE = 16
MAX_CONCURRENT_BATCHES = 64
#: Environment variables handed to the engine actors (e.g. VLLM_CPU_KVCACHE_SPACE, HF_HUB_OFFLINE).
FORWARDED_ENV = ("VLLM_", "HF_", "TRANSFORMERS_")

SAMPLE_SCHEMA = pa.schema(
    [
        pa.field("cid", pa.string(), nullable=False),
        pa.field("turn", pa.int64(), nullable=False),
        pa.field("k", pa.int64(), nullable=False),
        pa.field("text", pa.string()),
        pa.field("finish_reason", pa.string()),
        pa.field("completion_tokens", pa.int64()),
        pa.field("prompt_tokens", pa.int64()),
        pa.field("error", pa.string()),
    ]
)


class RayJobError(RpoError):
    """A Ray job failed; the shards finished before it are kept."""

    exit_code = EXIT_SOFTWARE


@dataclass(frozen=True)
class RayOptions:
    address: str | None = None  # None: RAY_ADDRESS, else a new local Ray; "auto": the running cluster
    replicas: int | None = None  # engine replicas; None: one per GPU (per TP group), 1 without GPUs
    model: str | None = None
    base_url: str | None = None  # refused: ray samples through ray.data.llm
    engine_kwargs: dict[str, Any] = field(default_factory=dict)
    batch_size: int = BATCH_SIZE
    max_concurrent_batches: int = MAX_CONCURRENT_BATCHES


def check_supported(read_stats: read_stage.ReadStats, models: Models, opts: RayOptions | None) -> None:
    """Refuse, before anything is written, what the Ray executor does not do."""
    try:
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise BackendError(
            f"--executor ray needs Ray Data, which is not installed ({exc.name or exc})",
            hint="pip install 'rpo-cli[ray]' (on every node of the cluster)",
        ) from None
    opts = opts or RayOptions()
    if read_stats.without_constraints and (opts.model or opts.base_url):
        raise RpoError(f"{read_stats.without_constraints} row(s) without constraints would be decomposed by the LLM, "
                       "which --executor ray does not do",
                       hint="run `rpo decompose IN -o OUT --model M` first, then build pairs from OUT")  # fmt: skip
    if models.judge_factory is not None:
        raise RpoError("the LLM judge does not run under --executor ray",
                       hint="drop the judge options (free-form constraints stay unknown), or judge with the local "
                            "executor: --shard I/N on each node")  # fmt: skip
    if read_stats.without_responses and opts.base_url:
        raise RpoError("--executor ray samples with --model through ray.data.llm, not a --base-url server",
                       hint="give --model, or sample with the local executor and --base-url")  # fmt: skip
    if read_stats.without_responses and not opts.model:
        raise RpoError(f"{read_stats.without_responses} row(s) have no responses", hint="give --model to sample them")
    if opts.replicas is not None and opts.replicas < 1:
        raise RpoError("--replicas must be at least 1")


def run_shards(
    layout: Layout,
    rows: Any,
    fp_hash: str,
    cfg: BuildConfig,
    sampling: SamplingConfig | None,
    opts: RayOptions | None,
    on_progress: Any = None,
) -> None:
    """Run the pending shards (``rows``: (shard, conversations) in order) on Ray."""
    opts = opts or RayOptions()
    shards, to_sample = [], []
    for i, convs in rows:  # the shards' rows go to the shared folder: every node reads them there
        layout.work(i).mkdir(parents=True, exist_ok=True)
        with open_text_output(str(layout.input_rows(i)), overwrite=True) as fh:
            for conv in convs:
                fh.write(dumps(read_stage.to_row(conv)) + "\n")
        shards.append(i)
        if any(c.responses is None for c in convs):
            to_sample.append(i)
    if not shards:
        return
    import ray

    # vLLM logs to stdout by default; its engine actors' logs reach this process, and stdout is
    # not for logs: send them to stderr (forwarded to the actors with the other VLLM_ variables)
    os.environ.setdefault("VLLM_LOGGING_STREAM", "ext://sys.stderr")
    started = _init(opts)
    try:
        ray.data.DataContext.get_current().raise_original_map_exception = True  # a worker's error, not a wrapper
        gpus = int(ray.cluster_resources().get("GPU", 0))
        per_request_seed = gpus > 0  # the CPU engine crashes on per-request seeds: its engine seed is used
        job = ShardJob(str(layout.root), fp_hash, cfg, sampling, opts.model, per_request_seed,
                       _max_model_len(opts) if to_sample else None)  # fmt: skip
        try:
            if to_sample:
                assert sampling is not None and opts.model
                ds = ray.data.from_items([{"shard": i} for i in to_sample], override_num_blocks=len(to_sample))
                ds = _processor(opts, gpus)(ds.flat_map(job.requests))
                for _ in ds.map_batches(job.write_samples, batch_format="pyarrow").iter_batches(batch_size=None):
                    pass
            ds = ray.data.from_items([{"shard": i} for i in shards], override_num_blocks=len(shards))
            for row in ds.map(job.pair, num_cpus=1).iter_rows():
                if on_progress:
                    on_progress(row["conversations"])
        except Exception as exc:
            raise _job_error(exc) from exc
    finally:
        if started:
            ray.shutdown()


def _job_error(exc: BaseException) -> RpoError:
    """The error a failed Ray job raises here: the worker's own error (an rpo error keeps its
    message and exit code), found under Ray's wrappers."""
    seen, root = set(), exc
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, RpoError):
            root = e
            break
        if type(e).__module__.split(".")[0] != "ray":
            root = e
        todo += [getattr(e, "cause", None), e.__cause__]
    hint = "finished shards are kept: fix the cause and rerun with --resume (the Ray log above has the traceback)"
    if isinstance(root, RpoError):
        err = RayJobError(f"a Ray task failed: {root.message}", hint=root.hint or hint, details=root.details)
        err.exit_code = root.exit_code
        return err
    text = root.args[0] if root.args and isinstance(root.args[0], str) else str(root)
    first = (text.strip().splitlines() or [""])[0]
    return RayJobError(f"the Ray job failed: {type(root).__name__}: {first}", hint=hint)


def _init(opts: RayOptions) -> bool:
    """Connect to Ray (or start a local one); True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    where = opts.address or os.environ.get("RAY_ADDRESS") or "a new local Ray instance"
    try:
        ray.init(address=opts.address, include_dashboard=False)
    except Exception as exc:
        raise BackendError(
            f"could not start or reach Ray ({where}): {exc}",
            hint="check --ray-address (auto, or HOST:PORT of the head node) and `ray status`",
        ) from exc
    return True


def _forwarded_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(FORWARDED_ENV)}


def _processor(opts: RayOptions, gpus: int) -> Any:
    """ray.data.llm's vLLM processor: the engine stage only (prompts arrive tokenized)."""
    from ray.data.llm import build_processor, vLLMEngineProcessorConfig

    ek = {"enable_prefix_caching": True, **opts.engine_kwargs}
    group = int(ek.get("tensor_parallel_size") or 1) * int(ek.get("pipeline_parallel_size") or 1)
    replicas = opts.replicas or (max(1, gpus // group) if gpus else 1)
    kwargs: dict[str, Any] = {
        "model_source": opts.model,
        "engine_kwargs": ek,
        "concurrency": replicas,
        "batch_size": opts.batch_size,
        "max_concurrent_batches": opts.max_concurrent_batches,
        "chat_template_stage": False,
        "tokenize_stage": False,
        "detokenize_stage": False,
        "should_continue_on_error": True,  # a failed request is recorded for its conversation
        "log_engine_metrics": False,  # else the engine actor dies importing Ray Serve's metrics
    }
    if not gpus:  # the CPU engine: one CPU per replica
        kwargs["placement_group_config"] = {"bundles": [{"CPU": 1}]}
    if env := _forwarded_env():
        kwargs["runtime_env"] = {"env_vars": env}
    return build_processor(vLLMEngineProcessorConfig(**kwargs))


def _max_model_len(opts: RayOptions) -> int | None:
    """The context length the too-long rule uses: --max-model-len, else the model's config."""
    if opts.engine_kwargs.get("max_model_len"):
        return int(opts.engine_kwargs["max_model_len"])
    try:
        from transformers import AutoConfig

        config = AutoConfig.from_pretrained(opts.model)
    except Exception:
        return None
    config = getattr(config, "text_config", None) or config
    for key in ("max_position_embeddings", "n_positions", "max_seq_len", "seq_length", "max_sequence_length"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return value
    return None


@functools.lru_cache(maxsize=2)
def _tokenizer(model: str) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model)


def _prompt_ids(tokenizer: Any, messages: list[dict[str, str]]) -> list[int]:
    """The prompt's token ids as vLLM's chat renders them (the local engine's rule)."""
    ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
    if not isinstance(ids, list):  # transformers 5 returns a BatchEncoding
        ids = ids["input_ids"]
    return list(ids)


class SampledBackend:
    """The Backend protocol over samples Ray already made: ``sample_batch`` asks, this answers
    from them, so the responses are built by the one sample stage the local executor uses."""

    name = "vllm"

    def __init__(self, model: str, results: dict[tuple[str, int], ChatResult]):
        self.model = model
        self.results = results

    def load(self) -> None:
        pass

    def chat(self, requests: list[ChatRequest], params: SamplingConfig) -> list[ChatResult]:
        missing = [r.id for r in requests if (r.id, r.turn) not in self.results]
        if missing:
            raise RuntimeError(f"no samples were recorded for {len(missing)} conversation(s), e.g. {missing[0]!r}")
        return [self.results[(r.id, r.turn)] for r in requests]

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class ShardJob:
    """What the Ray tasks run (picklable: paths and configs only)."""

    root: str
    fp_hash: str
    cfg: BuildConfig
    sampling: SamplingConfig | None
    model: str | None
    per_request_seed: bool
    max_model_len: int | None

    @property
    def layout(self) -> Layout:
        return Layout(Path(self.root))

    def _conversations(self, i: int) -> list[Conversation]:
        return list(read_stage.conversations(self.layout.input_rows(i), f"shard {i} input", None, self.cfg.max_chars))

    def _sample_files(self, i: int) -> list[Path]:
        return sorted((self.layout.work(i) / "samples").glob("*.parquet"))

    def _seed(self, cid: str, turn: int) -> int | None:
        assert self.sampling is not None
        return ChatRequest(cid, turn, []).seed(self.sampling.seed) if self.per_request_seed else None

    def _write(self, i: int, rows: list[dict[str, Any]]) -> None:
        folder = self.layout.work(i) / "samples"
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(folder / f"{uuid.uuid4().hex}.parquet") as tmp:
            pq.write_table(pa.Table.from_pylist(rows, schema=SAMPLE_SCHEMA), tmp)

    # -- job 1: sample ------------------------------------------------------------------------

    def requests(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        """One shard's conversations without responses as engine requests, one per sample; the
        samples already written (a resumed run) are left out, too-long prompts recorded."""
        assert self.sampling is not None and self.model is not None
        i, sp = int(row["shard"]), self.sampling
        have = set()
        for f in self._sample_files(i):
            t = pq.read_table(f, columns=["cid", "turn", "k"])
            have.update(zip(t["cid"].to_pylist(), t["turn"].to_pylist(), t["k"].to_pylist(), strict=True))
        tokenizer = _tokenizer(self.model)
        out, too_long = [], []
        for conv in self._conversations(i):
            if conv.responses is not None:
                continue
            todo = [k for k in range(sp.n) if (conv.id, conv.turn, k) not in have]
            if not todo:
                continue
            ids = _prompt_ids(tokenizer, [m.model_dump() for m in conv.messages])
            if self.max_model_len is not None and len(ids) + sp.max_tokens > self.max_model_len:
                err = (f"too_long: {len(ids)} prompt tokens + {sp.max_tokens} max tokens > max_model_len "
                       f"{self.max_model_len}")  # fmt: skip
                too_long += [{"cid": conv.id, "turn": conv.turn, "k": k, "prompt_tokens": len(ids), "error": err}
                             for k in todo]  # fmt: skip
                continue
            base = self._seed(conv.id, conv.turn)
            for k in todo:
                params: dict[str, Any] = {"n": 1, "temperature": sp.temperature, "top_p": sp.top_p,
                                          "max_tokens": sp.max_tokens}  # fmt: skip
                if base is not None:  # sample k of a request: its own seed, derived from the request's
                    params["seed"] = (base + k) & 0x7FFFFFFF
                out.append({"shard": i, "cid": conv.id, "turn": conv.turn, "k": k, "tokenized_prompt": ids,
                            "sampling_params": params})  # fmt: skip
        if too_long:
            self._write(i, too_long)
        return out

    def write_samples(self, batch: pa.Table) -> pa.Table:
        """Append a batch of engine outputs to their shards' sample files."""
        assert self.sampling is not None
        cols = set(batch.column_names)
        by_shard: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in batch.select(
            [
                c
                for c in (
                    "shard",
                    "cid",
                    "turn",
                    "k",
                    "generated_text",
                    "num_generated_tokens",
                    "num_input_tokens",
                    "__inference_error__",
                )
                if c in cols
            ]
        ).to_pylist():
            error = r.get("__inference_error__") or None
            if error:
                kind = "too_long" if "maximum context length" in error else "engine_error"
                rec = {"error": f"{kind}: {error}"}
            else:  # ray.data.llm does not pass vLLM's finish reason on: a full budget means "length"
                done = r["num_generated_tokens"]
                rec = {"text": r["generated_text"], "completion_tokens": done, "prompt_tokens": r["num_input_tokens"],
                       "finish_reason": "length" if done >= self.sampling.max_tokens else "stop"}  # fmt: skip
            by_shard[int(r["shard"])].append({"cid": r["cid"], "turn": r["turn"], "k": r["k"], **rec})
        for i, rows in by_shard.items():
            self._write(i, rows)
        return pa.table({"shard": list(by_shard), "samples": [len(v) for v in by_shard.values()]})

    def _results(self, i: int) -> dict[tuple[str, int], ChatResult]:
        """The shard's samples as one ChatResult per conversation, as the local engine returns them."""
        assert self.sampling is not None
        n = self.sampling.n
        per_conv: dict[tuple[str, int], dict[int, dict[str, Any]]] = defaultdict(dict)
        for f in self._sample_files(i):
            for r in pq.read_table(f, schema=SAMPLE_SCHEMA).to_pylist():
                per_conv[(r["cid"], r["turn"])].setdefault(r["k"], r)  # a retried batch: the first copy
        results = {}
        for (cid, turn), by_k in per_conv.items():
            rows = [by_k[k] for k in sorted(by_k)]
            good = [r for r in rows if r["error"] is None]
            samples = [SampleOut(r["text"], r["finish_reason"], r["completion_tokens"]) for r in good]
            prompt_tokens = next((r["prompt_tokens"] for r in rows if r["prompt_tokens"] is not None), None)
            error = None
            if not samples:
                error = rows[0]["error"]
            elif len(samples) != n:
                error = f"sample_count: {len(samples)} of {n}"
            results[(cid, turn)] = ChatResult(samples, prompt_tokens, self._seed(cid, turn), error)
        return results

    # -- job 2: pair ------------------------------------------------------------------------

    def pair(self, row: dict[str, Any]) -> dict[str, Any]:
        """One shard through the unit of work every executor runs, committed with its marker."""
        i = int(row["shard"])
        convs = self._conversations(i)
        factory = None
        if any(c.responses is None for c in convs):
            assert self.sampling is not None and self.model is not None
            results = self._results(i)
            factory = functools.partial(SampledBackend, self.model, results)
        # no LLM decomposition here: rows without constraints have no model (refused up front)
        work = ChunkWork(self.cfg, Models(backend_factory=factory, sampling=self.sampling))
        counts = work.run(convs, self.layout.part(i), self.layout.work(i) / "samples.jsonl")
        work.close()
        self.layout.commit(i, self.fp_hash, {"executor": "ray", **counts.to_dict()})
        return {"shard": i, "conversations": len(convs)}
