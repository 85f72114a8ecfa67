"""An OpenAI-compatible chat server (`vllm serve`, or a fleet behind a load balancer).

Requests run with bounded concurrency; the openai client retries transient errors (connection
errors, 408/409/429/5xx) with exponential backoff; a 4xx answer (a prompt too long for the
server's model, a bad parameter) is an error for that row only, never for the batch.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rpo_cli.backends.base import BackendError, ChatRequest, ChatResult, SampleOut, SamplingConfig


class OpenAIServer:
    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str | None,
        api_key_env: str = "OPENAI_API_KEY",
        concurrency: int = 16,
        max_retries: int = 4,
        timeout: float = 600.0,
    ):
        self.base_url = base_url
        self.model = model or ""
        self.api_key_env = api_key_env
        self.concurrency = concurrency
        self.max_retries = max_retries
        self.timeout = timeout
        self.client: Any = None

    def load(self) -> None:
        try:
            import openai
        except ImportError:
            raise BackendError(
                "the OpenAI-compatible backend needs the openai package", hint="pip install 'rpo-cli[openai]'"
            ) from None
        key = os.environ.get(self.api_key_env) or "EMPTY"  # vllm serve accepts any key unless --api-key is set
        self.client = openai.OpenAI(base_url=self.base_url, api_key=key, max_retries=self.max_retries,
                                    timeout=self.timeout)  # fmt: skip
        try:
            served = [m.id for m in self.client.models.list().data]
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach the server at {self.base_url}: {exc}",
                               hint="is the server up? check --base-url") from None  # fmt: skip
        except openai.APIStatusError as exc:
            raise BackendError(f"the server at {self.base_url} answered {exc.status_code} to /models",
                               hint=f"check the API key in ${self.api_key_env}") from None  # fmt: skip
        if not self.model:
            if len(served) != 1:
                raise BackendError(f"the server serves {len(served)} models: {served}", hint="pick one with --model")
            self.model = served[0]
        elif served and self.model not in served:
            raise BackendError(f"the server does not serve {self.model!r} (it serves {served})", hint="check --model")

    def _one(self, req: ChatRequest, params: SamplingConfig) -> ChatResult:
        import openai

        seed = req.seed(params.seed)
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=req.messages,
                n=params.n,
                temperature=params.temperature,
                top_p=params.top_p,
                max_tokens=params.max_tokens,
                seed=seed,
                **self._structured(params),
            )
        except openai.BadRequestError as exc:
            return ChatResult(seed=seed, error=f"http_{exc.status_code}: {_short(exc)}")
        except openai.APIStatusError as exc:
            if 400 <= exc.status_code < 500:
                return ChatResult(seed=seed, error=f"http_{exc.status_code}: {_short(exc)}")
            return ChatResult(seed=seed, error=f"server_error: {exc.status_code} after {self.max_retries} retries")
        except openai.APIConnectionError as exc:
            return ChatResult(seed=seed, error=f"connection_error after {self.max_retries} retries: {exc}")
        choices = sorted(resp.choices, key=lambda c: c.index)
        usage = resp.usage
        per = (usage.completion_tokens // max(1, len(choices))) if usage and usage.completion_tokens else None
        samples = [SampleOut(c.message.content or "", c.finish_reason, per) for c in choices]
        err = None if len(samples) == params.n else f"sample_count: {len(samples)} of {params.n}"
        return ChatResult(samples, usage.prompt_tokens if usage else None, seed, err)

    @staticmethod
    def _structured(params: SamplingConfig) -> dict[str, Any]:
        if params.json_schema is None:
            return {}
        # OpenAI's response_format: vLLM's server and other compatible servers honour it
        schema = {"name": "answer", "schema": params.json_schema}
        return {"response_format": {"type": "json_schema", "json_schema": schema}}

    def chat(self, requests: list[ChatRequest], params: SamplingConfig) -> list[ChatResult]:
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            results = list(pool.map(lambda r: self._one(r, params), requests))
        if len(results) != len(requests):
            raise BackendError(f"{len(results)} results for {len(requests)} requests")
        return results

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def _short(exc: Exception) -> str:
    msg = getattr(exc, "message", None) or str(exc)
    return msg if len(msg) < 300 else msg[:297] + "..."
