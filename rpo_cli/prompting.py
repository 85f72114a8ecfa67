"""Prompt templates and fenced data for the LLM stages (judge, decomposition, reversal).

Templates live in ``prompts/`` (``$name`` placeholders, string.Template): they are versioned
by content hash, and that hash enters the run's fingerprint, so a changed template never mixes
with cached results. Data shown to a model (responses, conversations, instructions) is fenced
between marker lines carrying a code derived from the data and a run secret: a response cannot
contain the marker that closes its own block, because the code depends on the response itself.
Reserved marker text found inside data is neutralised as well.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from pydantic import BaseModel, ValidationError

PROMPTS_DIR = Path(os.environ.get("RPO_PROMPTS_DIR", Path(__file__).resolve().parent.parent / "prompts"))
_MARKER = re.compile(r"<<<\s*(END\s+)?(CONVERSATION|RESPONSE|INSTRUCTION|CONSTRAINT)\b[^>]*>>>", re.IGNORECASE)


@cache
def template(name: str) -> Template:
    path = PROMPTS_DIR / f"{name}.md"
    if not path.exists():
        from rpo_cli.errors import RpoError

        raise RpoError(f"prompt template not found: {path}", hint="set RPO_PROMPTS_DIR to the folder holding prompts/")
    return Template(path.read_text(encoding="utf-8"))


def template_hash(name: str) -> str:
    return hashlib.sha256(template(name).template.encode("utf-8")).hexdigest()[:16]


def nonce(data: str, secret: str = "") -> str:
    """A marker code no data can guess for itself: a hash of the data and a run secret."""
    return hashlib.sha256(f"{secret}\x00{data}".encode()).hexdigest()[:16]


def neutralise(data: str) -> str:
    """Data may not carry our marker syntax: it could spoof the end of its block."""
    return _MARKER.sub("[marker removed]", data)


def render_conversation(messages: list[dict[str, str]]) -> str:
    return "\n".join(f"[{m['role']}]: {neutralise(m['content'])}" for m in messages)


def parse_json_answer(text: str, model: type[BaseModel]) -> BaseModel | None:
    """Parse a structured answer leniently (raw control characters inside strings are common
    with constrained decoding), then validate; None when it does not parse or validate.
    Never eval: model output is data."""
    try:
        obj: Any = json.loads(text, strict=False)
    except json.JSONDecodeError:
        m = re.search(r"\{.*\}", text, flags=re.DOTALL)  # prose around the JSON
        if not m:
            return None
        try:
            obj = json.loads(m.group(0), strict=False)
        except json.JSONDecodeError:
            return None
    try:
        return model.model_validate(obj)
    except ValidationError:
        return None
