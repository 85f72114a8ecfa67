"""The backend protocol: load once, chat over many conversations with n samples each, close.

Backends never print and never decide policy: they return one ChatResult per request, in
order, each either with exactly ``n`` samples or with an error reason (a prompt too long for
the model, an HTTP 4xx); the sample stage counts and records those.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Protocol

from rpo_cli.errors import EXIT_DATAERR, RpoError


class BackendError(RpoError):
    """The engine or server could not be started or reached."""

    exit_code = 69


class PromptTooLongError(RpoError):
    """A prompt of an LLM stage cannot fit the model's context: said once, before the work.

    Exit 65 (sysexits EX_DATAERR: this input cannot be used with this model), not 78: 78 is
    ``--resume`` with a changed config, whose remedy (rerun without --resume) is another; a
    script must tell the two apart. The prompt holds a row's message, so --max-chars with
    --skip-invalid (invalid rows, exit 65's family) is one remedy beside a longer context."""

    exit_code = EXIT_DATAERR


def require_fit(backend: Any, what: str, messages: list[dict[str, str]], max_tokens: int) -> None:
    """Raise PromptTooLongError when ``messages`` plus ``max_tokens`` answer tokens exceed the
    model's context. Backends that cannot count tokens (a remote server) are not checked here:
    the server then answers per request."""
    count = getattr(backend, "prompt_tokens", None)
    limit = getattr(backend, "max_model_len", None)
    if count is None or limit is None:
        return
    n = count(messages)
    if n + max_tokens > limit:
        raise PromptTooLongError(
            f"the {what} prompt is {n} tokens (+ {max_tokens} answer tokens), more than the model's "
            f"max_model_len {limit}",
            hint="raise --max-model-len if the model allows it, use a model with a longer context, or leave out rows "
            "with long messages (--max-chars N --skip-invalid)",
        )


@dataclass(frozen=True)
class SamplingConfig:
    """Sampling parameters shared by every request of a run (they enter the run's fingerprint)."""

    n: int = 4
    temperature: float = 1.0
    top_p: float = 1.0
    max_tokens: int = 512
    seed: int = 0
    #: Constrain the output to this JSON schema (judge, decomposition, reversal); None = free text.
    json_schema: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        d = {"n": self.n, "temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens,
             "seed": self.seed}  # fmt: skip
        if self.json_schema is not None:
            d["json_schema"] = self.json_schema
        return d


@dataclass
class ChatRequest:
    id: str
    turn: int
    messages: list[dict[str, str]]

    def seed(self, base: int) -> int:
        """A per-request seed derived from (run seed, conversation id, turn): reproducible and
        independent of batch order."""
        digest = hashlib.sha256(f"{base}\x00{self.id}\x00{self.turn}".encode()).digest()
        return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass
class SampleOut:
    text: str
    finish_reason: str | None
    completion_tokens: int | None


@dataclass
class ChatResult:
    samples: list[SampleOut] = field(default_factory=list)
    prompt_tokens: int | None = None
    seed: int | None = None
    error: str | None = None  # e.g. "too_long: 9000 prompt tokens + 512 > max_model_len 8192"


class Backend(Protocol):
    name: str
    model: str

    def load(self) -> None: ...

    def chat(self, requests: list[ChatRequest], params: SamplingConfig) -> list[ChatResult]: ...

    def close(self) -> None: ...
