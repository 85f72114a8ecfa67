"""Read and validate input rows (canonical or IFEval form) into Conversations.

The whole input is validated before any work: every bad line is reported as ``FILE:LINE: what
is wrong``. With ``skip_invalid`` the bad lines go to a rejects file instead and are counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rpo_cli.constraints import registry
from rpo_cli.errors import ConstraintArgsError, InputDataError
from rpo_cli.io import iter_lines
from rpo_cli.rows import IFEVAL_KEYS, RowError, from_object, pydantic_msg, to_row
from rpo_cli.schema import Conversation

__all__ = ["IFEVAL_KEYS", "ReadStats", "RowError", "conversations", "parse_row", "to_row", "validate"]

MAX_REPORTED = 50


@dataclass
class ReadStats:
    lines: int = 0
    blank: int = 0
    rows: int = 0
    invalid: int = 0
    without_responses: int = 0  # rows the sample stage must generate for
    needs_judge: int = 0  # rows with a free-form constraint or a free-text condition
    without_constraints: int = 0  # rows to decompose (which may yield free-form constraints)
    errors: list[str] = field(default_factory=list)


def _check_constraints(conv: Conversation) -> None:
    for i, c in enumerate(conv.constraints or []):
        try:
            registry.build(c.id, c.kwargs)
        except registry.UnknownConstraintError as exc:
            raise RowError(f"constraints.{i}: {exc}") from None
        except ConstraintArgsError as exc:
            raise RowError(f"constraints.{i}: {exc}") from None
        if c.span is not None:
            if c.span.message >= len(conv.messages):
                raise RowError(f"constraints.{i}.span: message {c.span.message} does not exist")
            content = conv.messages[c.span.message].content
            if c.span.end > len(content):
                raise RowError(f"constraints.{i}.span: end {c.span.end} is past the message's end ({len(content)})")
            if c.text is not None and content[c.span.start : c.span.end] != c.text:
                raise RowError(f"constraints.{i}.span: the span does not hold the constraint's text")


def parse_row(raw: bytes) -> Conversation:
    """One JSONL line -> Conversation, or RowError saying what is wrong."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raise RowError("line starts with a UTF-8 byte-order mark (BOM); save the file without it")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RowError(f"not valid UTF-8 (byte {exc.start})") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RowError(f"bad JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise RowError(f"expected a JSON object, got {type(obj).__name__}")
    try:
        conv = from_object(obj)
    except ValidationError as exc:
        raise RowError(pydantic_msg(exc)) from None
    _check_constraints(conv)
    return conv


def read_rows(path: Path, display: str, stats: ReadStats) -> Iterator[tuple[int, bytes, Conversation | RowError]]:
    """Every non-blank line parsed: (line number, raw, Conversation or RowError)."""
    for lineno, raw in iter_lines(path):
        stats.lines += 1
        if not raw.strip():
            stats.blank += 1
            continue
        try:
            yield lineno, raw, parse_row(raw)
        except RowError as exc:
            yield lineno, raw, exc


def validate(path: Path, display: str, skip_invalid: bool = False) -> ReadStats:
    """First pass over the whole input: count rows, collect errors, check ids are unique.

    Raises InputDataError listing the bad lines (unless ``skip_invalid``), or when the input
    holds no row at all."""
    stats = ReadStats()
    seen: dict[str, int] = {}
    for lineno, _raw, item in read_rows(path, display, stats):
        if isinstance(item, Conversation):
            first = seen.get(item.id)
            if first is not None:
                item = RowError(f"duplicate id {item.id!r} (first seen on line {first})")
            else:
                seen[item.id] = lineno
        if isinstance(item, RowError):
            stats.invalid += 1
            if len(stats.errors) < MAX_REPORTED:
                stats.errors.append(f"{display}:{lineno}: {item}")
        else:
            stats.rows += 1
            stats.without_responses += item.responses is None
            stats.without_constraints += item.constraints is None
            stats.needs_judge += any(
                c.id == "free_form" or (c.condition is not None and not c.condition.keywords)
                for c in item.constraints or []
            )
    if stats.invalid and not skip_invalid:
        more = stats.invalid - len(stats.errors)
        details = stats.errors + ([f"... and {more} more bad lines"] if more > 0 else [])
        raise InputDataError(
            f"{display}: {stats.invalid} invalid line(s); nothing was written",
            hint="fix the lines above, or pass --skip-invalid to write them to a rejects file and go on",
            details=details,
        )
    if stats.rows == 0:
        raise InputDataError(f"{display}: 0 prompts: the input holds no valid row", hint="check the input file")
    return stats


def conversations(path: Path, display: str, rejects: Any | None = None) -> Iterator[Conversation]:
    """Second pass: the valid Conversations in order. Bad lines (already reported by
    ``validate``) go to ``rejects`` (a text stream) as {"file", "line", "error", "raw"}."""
    stats = ReadStats()
    seen: set[str] = set()
    for lineno, raw, item in read_rows(path, display, stats):
        if isinstance(item, Conversation) and item.id in seen:
            item = RowError(f"duplicate id {item.id!r}")
        if isinstance(item, RowError):
            if rejects is not None:
                rec = {"file": display, "line": lineno, "error": str(item), "raw": raw.decode("utf-8", "replace")}
                rejects.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        seen.add(item.id)
        yield item
