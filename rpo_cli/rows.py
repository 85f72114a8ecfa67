"""Rows <-> Conversations: the one place that knows the input forms (canonical and IFEval) and
how a conversation is written back as a row in its own form (what `rpo sample`/`decompose`
write, the fields verify-constraints and reverse-constraints repeat on every output row).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from rpo_cli.schema import Constraint, Conversation, Message, Response

IFEVAL_KEYS = {"key", "prompt", "instruction_id_list", "kwargs"}
_IFEVAL_KNOWN = IFEVAL_KEYS | {"response", "responses", "sample_error", "decompose_error"}


class RowError(ValueError):
    """A bad input row; ``str()`` is the message without the FILE:LINE prefix."""


def pydantic_msg(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    return "; ".join(parts)


def _responses(value: Any, field_name: str) -> list[Response]:
    if not isinstance(value, list):
        raise RowError(f"{field_name}: expected a list of responses")
    out = []
    for i, r in enumerate(value):
        if isinstance(r, str):
            out.append(Response(text=r))
        elif isinstance(r, dict):
            try:
                out.append(Response.model_validate(r))
            except ValidationError as exc:
                raise RowError(f"{field_name}.{i}: {pydantic_msg(exc)}") from None
        else:
            raise RowError(f"{field_name}.{i}: expected a string or an object with 'text'")
    return out


def _from_ifeval(obj: dict[str, Any]) -> Conversation:
    missing = sorted(IFEVAL_KEYS - obj.keys())
    if missing:
        raise RowError(f"IFEval form: missing field(s) {', '.join(missing)}")
    ids, kwargs = obj["instruction_id_list"], obj["kwargs"]
    if not isinstance(obj["prompt"], str):
        raise RowError("prompt: expected a string")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise RowError("instruction_id_list: expected a list of strings")
    if not isinstance(kwargs, list) or len(kwargs) != len(ids):
        raise RowError(f"kwargs: expected a list of {len(ids)} objects (one per instruction id)")
    constraints = []
    for i, (cid, kw) in enumerate(zip(ids, kwargs, strict=True)):
        if kw is not None and not isinstance(kw, dict):
            raise RowError(f"kwargs.{i}: expected an object or null")
        constraints.append(Constraint(id=cid, kwargs=kw or {}))
    responses, response_key = None, None
    if "responses" in obj and "response" in obj:
        raise RowError("give either 'response' or 'responses', not both")
    if "responses" in obj:
        responses, response_key = _responses(obj["responses"], "responses"), "responses"
    elif "response" in obj:
        responses, response_key = _responses([obj["response"]], "response"), "response"
    # The original key (int or str) is kept so outputs can give it back unchanged.
    extra = {k: v for k, v in obj.items() if k not in _IFEVAL_KNOWN or k == "key"}
    return Conversation(
        id=str(obj["key"]),
        messages=[Message(role="user", content=obj["prompt"])],
        constraints=constraints,
        responses=responses,
        response_key=response_key,
        sample_error=obj.get("sample_error"),
        decompose_error=obj.get("decompose_error"),
        source="ifeval",
        extra=extra,
    )


def _from_canonical(obj: dict[str, Any]) -> Conversation:
    obj = dict(obj)
    responses = obj.pop("responses", None)
    if "response" in obj:
        if responses is not None:
            raise RowError("give either 'response' or 'responses', not both")
        responses = [obj.pop("response")]
    conv = Conversation.model_validate({**obj, "responses": None})
    if responses is not None:
        conv.responses = _responses(responses, "responses")
    return conv


def from_object(obj: dict[str, Any]) -> Conversation:
    """A parsed JSON object (either form) -> Conversation; RowError or ValidationError when bad."""
    return _from_ifeval(obj) if "instruction_id_list" in obj or "key" in obj else _from_canonical(obj)


def ifeval_fields(conv: Conversation) -> dict[str, Any]:
    """The row's fields in IFEval form (key, prompt, instruction_id_list, kwargs, extras)."""
    return {
        "key": conv.extra.get("key", conv.id),
        "prompt": conv.messages[-1].content,
        "instruction_id_list": [c.id for c in conv.constraints or []],
        "kwargs": [c.kwargs for c in conv.constraints or []],
        **{k: v for k, v in conv.extra.items() if k != "key"},
    }


def canonical_fields(conv: Conversation) -> dict[str, Any]:
    """id, messages and constraints (an empty list when there are none) in canonical form."""
    return {
        "id": conv.id,
        "messages": [m.model_dump() for m in conv.messages],
        "constraints": [c.model_dump(exclude_none=True) for c in conv.constraints or []],
    }


def conversation_fields(conv: Conversation) -> dict[str, Any]:
    """The fields every output row of one conversation shares, in the input's own form."""
    return ifeval_fields(conv) if conv.source == "ifeval" else canonical_fields(conv)


def responses_field(conv: Conversation) -> list[dict[str, Any]] | None:
    if conv.responses is None:
        return None
    return [r.model_dump(exclude_none=True) for r in conv.responses]


def to_row(conv: Conversation) -> dict[str, Any]:
    """A Conversation back as an input row in its own form (what `rpo sample` writes), so the
    stages compose in shell pipelines: sample | verify-constraints | ..."""
    responses = responses_field(conv)
    if conv.source == "ifeval":
        row: dict[str, Any] = ifeval_fields(conv)
    else:
        row = {"id": conv.id, "messages": [m.model_dump() for m in conv.messages]}
        if conv.constraints is not None:
            row["constraints"] = [c.model_dump(exclude_none=True) for c in conv.constraints]
    if responses is not None:
        row["responses"] = responses
    if conv.sample_error:
        row["sample_error"] = conv.sample_error
    if conv.decompose_error:
        row["decompose_error"] = conv.decompose_error
    return row
