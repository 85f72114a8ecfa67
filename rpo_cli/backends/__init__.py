"""Generation backends behind one small protocol (see base.py): the vLLM offline engine, an
OpenAI-compatible server, and replay of responses already in the input."""

from __future__ import annotations

from typing import Any

from rpo_cli.backends.base import Backend, BackendError, SamplingConfig

__all__ = ["Backend", "BackendError", "SamplingConfig", "make_backend"]


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
