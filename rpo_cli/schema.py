"""Every record that crosses a stage boundary, in one place: pydantic models, plus the fixed
Arrow schemas of the Parquet outputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

Role = Literal["system", "user", "assistant"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Message(Model):
    role: Role
    content: str


class Span(Model):
    """Where a constraint's text sits: message index and character offsets [start, end)."""

    message: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end must be >= start")
        return self


class Condition(Model):
    """A trigger on the final user turn. ``keywords``: triggered when any keyword occurs in the
    user turn (case-insensitive, whole word). ``text``: a free-text trigger only a judge can decide."""

    keywords: list[str] | None = None
    text: str | None = None
    #: Set by the judge for a free-text trigger: whether it holds for this turn.
    triggered: bool | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Condition:
        if not self.keywords and not self.text:
            raise ValueError("a condition needs 'keywords' or 'text'")
        return self


class Constraint(Model):
    """One constraint of an instruction: a registered type id with its kwargs, and where the
    instruction states it."""

    id: str
    kwargs: dict[str, Any] = Field(default_factory=dict)
    text: str | None = None
    span: Span | None = None
    condition: Condition | None = None

    @field_validator("kwargs", mode="before")
    @classmethod
    def _none_is_empty(cls, v: Any) -> Any:
        return {} if v is None else v


class Response(Model):
    """A response to the conversation's final user turn, with its generator metadata if sampled."""

    text: str
    generator: dict[str, Any] | None = None
    #: Why rpo does not check this response (longer than --max-chars): set by the read stage, never
    #: read from the input nor written out.
    _skip_reason: str | None = PrivateAttr(default=None)

    @property
    def skip_reason(self) -> str | None:
        return self._skip_reason

    def skip(self, reason: str) -> None:
        self._skip_reason = reason


class Conversation(Model):
    """The canonical input row. ``source`` remembers the input form so outputs can keep it."""

    id: str
    messages: list[Message] = Field(min_length=1)
    constraints: list[Constraint] | None = None
    responses: list[Response] | None = None
    source: Literal["canonical", "ifeval"] = "canonical"
    #: Why sampling gave no responses for this row (e.g. "too_long: ..."), when it did not.
    sample_error: str | None = None
    #: Why this row's decomposition is incomplete (e.g. "llm_failed: message 0: unparseable_answer"),
    #: when the LLM pass failed for one of its messages. Such a row is never fully decomposed: its
    #: untyped requirements may be missing, so pairs must not pass it off as checked.
    decompose_error: str | None = None
    #: Which field the responses came in ("response" or "responses"), so outputs can keep it.
    response_key: Literal["response", "responses"] | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ends_with_user(self) -> Conversation:
        if self.messages[-1].role != "user":
            raise ValueError("messages must end with the user turn to answer")
        return self

    @property
    def turn(self) -> int:
        """Index (from 0) of the final user turn among the user turns."""
        return sum(1 for m in self.messages if m.role == "user") - 1


@dataclass(slots=True)
class Verdict:
    """One (response, constraint) verdict: followed True/False, or None (unknown, with reason).

    A slotted dataclass, not a pydantic model: verify makes one per check, and validating values
    rpo itself produced cost as much as the cheap checks themselves."""

    id: str
    followed: bool | None
    method: Literal["code", "judge", "condition"]
    reason: str = ""
    applies: bool = True


class PairConstraint(Model):
    id: str
    kwargs: str  # JSON text: one Arrow type for every constraint type's kwargs
    text: str
    reversed: bool
    applies: bool = True


class Pair(Model):
    """A preference pair: TRL's conversational explicit-prompt row plus RPO provenance."""

    prompt: list[Message]
    chosen: list[Message]
    rejected: list[Message]
    margin: int
    id: str
    source_id: str
    turn: int
    constraints: list[PairConstraint]
    chosen_followed: list[bool | None]  # None where a constraint does not apply to the turn
    rejected_followed: list[bool | None]
    kind: Literal["rpo", "dpo", "perfect"]
    # constraints the prompt states that nothing checked (free-form, no judge; --allow-unchecked)
    unchecked: list[str] = []


_MSG = pa.struct([pa.field("role", pa.string(), nullable=False), pa.field("content", pa.string(), nullable=False)])

# One fixed schema for every pair file and shard: an all-null or empty shard still has the
# same types, so `datasets.load_dataset("parquet", data_files=[...])` reads them together.
PAIR_SCHEMA = pa.schema(
    [
        pa.field("prompt", pa.list_(_MSG), nullable=False),
        pa.field("chosen", pa.list_(_MSG), nullable=False),
        pa.field("rejected", pa.list_(_MSG), nullable=False),
        pa.field("margin", pa.int64(), nullable=False),
        pa.field("id", pa.string(), nullable=False),
        pa.field("source_id", pa.string(), nullable=False),
        pa.field("turn", pa.int64(), nullable=False),
        pa.field(
            "constraints",
            pa.list_(
                pa.struct(
                    [
                        pa.field("id", pa.string(), nullable=False),
                        pa.field("kwargs", pa.string(), nullable=False),
                        pa.field("text", pa.string(), nullable=False),
                        pa.field("reversed", pa.bool_(), nullable=False),
                        pa.field("applies", pa.bool_(), nullable=False),
                    ]
                )
            ),
            nullable=False,
        ),
        pa.field("chosen_followed", pa.list_(pa.bool_()), nullable=False),
        pa.field("rejected_followed", pa.list_(pa.bool_()), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("unchecked", pa.list_(pa.string()), nullable=False),
    ]
)

_SHAREGPT_MSG = pa.struct([pa.field("from", pa.string()), pa.field("value", pa.string())])

# LLaMA-Factory's sharegpt "ranking" layout (system prompt in its own column).
LLAMAFACTORY_SCHEMA = pa.schema(
    [
        pa.field("conversations", pa.list_(_SHAREGPT_MSG), nullable=False),
        pa.field("system", pa.string()),
        pa.field("chosen", _SHAREGPT_MSG, nullable=False),
        pa.field("rejected", _SHAREGPT_MSG, nullable=False),
        pa.field("margin", pa.int64(), nullable=False),
        pa.field("id", pa.string(), nullable=False),
        pa.field("source_id", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
    ]
)
