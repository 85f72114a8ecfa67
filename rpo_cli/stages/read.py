"""Read and validate input rows (canonical or IFEval form) into Conversations.

The whole input is validated before any work: every bad line is reported as ``FILE:LINE: what
is wrong``. With ``skip_invalid`` the bad lines go to a rejects file instead and are counted.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rpo_cli.constraints import registry
from rpo_cli.errors import ConstraintArgsError, InputDataError
from rpo_cli.io import DEFAULT_MAX_CHARS, iter_lines
from rpo_cli.rows import IFEVAL_KEYS, RowError, from_object, pydantic_msg, to_row
from rpo_cli.schema import Conversation, Message

__all__ = [
    "IFEVAL_KEYS", "ReadStats", "RowError", "conversations", "cross_check_text", "parse_row", "to_row", "validate",
]
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


@functools.lru_cache(maxsize=4096)
def _parsed_text(text: str) -> tuple[tuple[str, str], ...]:
    from rpo_cli.stages.decompose_rules import rule_decompose

    found = rule_decompose([Message(role="user", content=text)])
    return tuple((c.id, json.dumps(registry.build(c.id, c.kwargs).kwargs(), sort_keys=True)) for c in found)


def _text_kwargs(type_id: str, text: str) -> list[dict[str, Any]]:
    """The kwargs the rule-based decomposer reads for ``type_id`` in ``text`` (empty when the
    rules cannot parse it: free text is never an error)."""
    return [json.loads(kw) for cid, kw in _parsed_text(text) if cid == type_id]


def _fmt_kwargs(kwargs: dict[str, Any]) -> str:
    return json.dumps(kwargs, ensure_ascii=False, sort_keys=True)


def cross_check_text(conv: Conversation) -> None:
    """A canonical constraint's ``text`` and ``kwargs`` must not contradict each other: where the
    rule-based decomposer reads the same type in the text, one of its readings must equal the
    kwargs (``{"num_words": 1000000}`` with "Answer in under 50 words." is an error). Only user
    input is cross-checked; stage outputs read back by the pipeline are not."""
    for i, c in enumerate(conv.constraints or []):
        if c.text is None:
            continue
        said = _text_kwargs(c.id, c.text)
        clean = registry.build(c.id, c.kwargs).kwargs()
        if said and clean not in said:
            raise RowError(
                f"constraints.{i}: text {c.text!r} says {c.id} {_fmt_kwargs(said[0])}, but kwargs are "
                f"{_fmt_kwargs(clean)}"
            )


def _check_constraints(conv: Conversation) -> None:
    for i, c in enumerate(conv.constraints or []):
        try:
            built = registry.build(c.id, c.kwargs)
        except registry.UnknownConstraintError as exc:
            raise RowError(f"constraints.{i}: {exc}") from None
        except ConstraintArgsError as exc:
            raise RowError(f"constraints.{i}: {exc}") from None
        # Keep the validated values (50.0 -> 50, " P.S. " -> "P.S.") so every row stores one
        # type per field; keys the input gave (IFBench's nulls included) stay as given.
        clean = built.kwargs()
        c.kwargs = {k: clean.get(k, v) for k, v in c.kwargs.items()}
        if c.span is not None:
            if c.span.message >= len(conv.messages):
                raise RowError(f"constraints.{i}.span: message {c.span.message} does not exist")
            content = conv.messages[c.span.message].content
            if c.span.end > len(content):
                raise RowError(f"constraints.{i}.span: end {c.span.end} is past the message's end ({len(content)})")
            if c.text is not None and content[c.span.start : c.span.end] != c.text:
                raise RowError(f"constraints.{i}.span: the span does not hold the constraint's text")


def _cap_sizes(conv: Conversation, max_chars: int) -> None:
    """A message over the cap makes the row invalid; a response over it is kept but marked, so
    verify gives it unknown verdicts with the reason (and pairing leaves it out, counted)."""
    for i, m in enumerate(conv.messages):
        if len(m.content) > max_chars:
            raise RowError(f"messages.{i}: {len(m.content)} characters, over --max-chars {max_chars}")
    for r in conv.responses or []:
        if len(r.text) > max_chars:
            r.skip(f"response longer than --max-chars: {len(r.text)} characters > {max_chars}")


def parse_row(raw: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> Conversation:
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
    _cap_sizes(conv, max_chars)
    return conv


def read_rows(
    path: Path, display: str, stats: ReadStats, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[tuple[int, bytes, Conversation | RowError]]:
    """Every non-blank line parsed: (line number, raw, Conversation or RowError)."""
    for lineno, raw in iter_lines(path):
        stats.lines += 1
        if not raw.strip():
            stats.blank += 1
            continue
        try:
            conv = parse_row(raw, max_chars)
            cross_check_text(conv)
            yield lineno, raw, conv
        except RowError as exc:
            yield lineno, raw, exc


def validate(
    path: Path,
    display: str,
    skip_invalid: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    rejects_path: Path | None = None,
) -> ReadStats:
    """First pass over the whole input: count rows, collect errors, check ids are unique.

    Raises InputDataError listing the bad lines (unless ``skip_invalid``), or when the input
    holds no valid row at all: then, with ``skip_invalid``, the bad lines are written to
    ``rejects_path`` first and the error lists them too."""
    stats = ReadStats()
    seen: dict[str, int] = {}
    for lineno, _raw, item in read_rows(path, display, stats, max_chars):
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
    if stats.rows == 0 and stats.invalid:
        more = stats.invalid - len(stats.errors)
        details = stats.errors + ([f"... and {more} more bad lines"] if more > 0 else [])
        where = ""
        if rejects_path is not None:
            from rpo_cli.io import open_text_output

            with open_text_output(str(rejects_path), overwrite=True) as fh:
                for _ in conversations(path, display, fh, max_chars):
                    pass
            where = f"; they were written to {rejects_path}"
        raise InputDataError(
            f"{display}: every line is invalid ({stats.invalid}); nothing was written{where}",
            hint="fix the lines above",
            details=details,
        )
    if stats.rows == 0:
        raise InputDataError(f"{display}: 0 prompts: the input holds no valid row", hint="check the input file")
    return stats


def conversations(
    path: Path, display: str, rejects: Any | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Conversation]:
    """Second pass: the valid Conversations in order. Bad lines (already reported by
    ``validate``) go to ``rejects`` (a text stream) as {"file", "line", "error", "raw"}."""
    stats = ReadStats()
    seen: set[str] = set()
    for lineno, raw, item in read_rows(path, display, stats, max_chars):
        if isinstance(item, Conversation) and item.id in seen:
            item = RowError(f"duplicate id {item.id!r}")
        if isinstance(item, RowError):
            if rejects is not None:
                rec = {"file": display, "line": lineno, "error": str(item), "raw": raw.decode("utf-8", "replace")}
                rejects.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        seen.add(item.id)
        yield item
