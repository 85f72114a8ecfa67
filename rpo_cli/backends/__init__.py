"""Generation backends behind one small protocol (see base.py): the vLLM offline engine, an
OpenAI-compatible server, and replay of responses already in the input."""

from __future__ import annotations

import json
from typing import Any

from rpo_cli.backends.base import Backend, BackendError, SamplingConfig
from rpo_cli.errors import RpoError

__all__ = ["Backend", "BackendError", "SamplingConfig", "engine_kwargs", "make_backend"]


def engine_kwargs(seed: int = 0, extra: list[str] | None = None, **options: Any) -> dict[str, Any]:
    """vLLM engine keyword arguments: the seed, the named ``options`` that are set (not None),
    then ``extra`` ``KEY=VALUE`` items (VALUE parsed as JSON when it is JSON, else a string)."""
    kw: dict[str, Any] = {"seed": seed}
    kw.update({k: v for k, v in options.items() if v is not None})
    for item in extra or []:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise RpoError(f"--engine-arg {item!r} is not KEY=VALUE", hint="e.g. --engine-arg enforce_eager=true")
        try:
            kw[key.replace("-", "_")] = json.loads(raw)
        except json.JSONDecodeError:
            kw[key.replace("-", "_")] = raw
    return kw


def make_backend(
    model: str | None,
    base_url: str | None,
    api_key_env: str = "OPENAI_API_KEY",
    concurrency: int = 16,
    engine_kwargs: dict[str, Any] | None = None,
) -> Backend:
    """The OpenAI-compatible backend when a base URL is given, else vLLM's offline engine."""
    if base_url:
        from rpo_cli.backends.openai_server import OpenAIServer

        return OpenAIServer(base_url, model, api_key_env=api_key_env, concurrency=concurrency)
    if not model:
        raise BackendError("no model to sample with", hint="give --model PATH_OR_NAME, or --base-url URL of a server")
    from rpo_cli.backends.vllm_engine import VLLMEngine

    return VLLMEngine(model, engine_kwargs)
