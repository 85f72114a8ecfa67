"""Files in and out: JSONL lines with their numbers, atomic outputs, Parquet writers.

Outputs are written to a temporary file beside the target and renamed into place only when
complete, so a crash, a full disk or Ctrl-C never leaves a half-written output under the final
name, and an existing output is only replaced when the user asked for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from rpo_cli.errors import InputMissingError, OutputExistsError, OutputWriteError, StdoutClosed

STDIO = "-"
#: Characters per message or response (--max-chars). Far above any real chat turn (a long
#: answer is ~20k characters) yet small enough that one pathological row cannot stall a run.
DEFAULT_MAX_CHARS = 200_000
_UMASK = os.umask(0)
os.umask(_UMASK)


def resolve_input(path: str) -> Path:
    """The input as a real file. ``-`` (stdin) is spooled to a temp file first: the input is
    read twice (validate everything, then process) and stdin can only be read once."""
    if path == STDIO:
        fd, name = tempfile.mkstemp(prefix="rpo-stdin-", suffix=".jsonl")
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        return Path(name)
    p = Path(path)
    if not p.exists():
        raise InputMissingError(f"input not found: {path}")
    if p.is_dir():
        raise InputMissingError(f"input is a directory, not a file: {path}")
    if not os.access(p, os.R_OK):
        raise InputMissingError(f"input not readable: {path}")
    return p


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw bytes without the newline) for every line of ``path``."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            yield lineno, raw.rstrip(b"\r\n")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dumps(obj: Any) -> str:
    """One JSON line: UTF-8 text kept readable, no NaN (not valid JSON)."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def check_output(path: str, overwrite: bool) -> None:
    """Refuse an existing output unless ``overwrite`` (before any work is done)."""
    if path == STDIO:
        return
    p = Path(path)
    if p.exists() and not overwrite:
        raise OutputExistsError(f"output exists: {path}", hint="pass --overwrite to replace it")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.exists():
        raise OutputWriteError(f"output folder does not exist: {parent}")


@contextlib.contextmanager
def atomic_path(path: str | Path, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temp path beside ``path``; on success rename it over ``path``, on error remove it."""
    target = Path(path)
    if target.exists() and not overwrite:
        raise OutputExistsError(f"output exists: {target}", hint="pass --overwrite to replace it")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:  # a read-only or special folder (/proc), no space, no permission: the system's fault
        raise OutputWriteError(f"could not write {target}: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise OutputWriteError(f"could not write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def open_text_output(path: str, overwrite: bool = False) -> Iterator[IO[str]]:
    """A text stream for ``path`` (stdout for ``-``), written atomically."""
    if path == STDIO:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise StdoutClosed() from None
        return
    with atomic_path(path, overwrite) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        yield fh


def write_stdout(text: str) -> None:
    """Data the user asked for, on stdout (a closed pipe ends the command quietly)."""
    with open_text_output(STDIO) as fh:
        fh.write(text)


class ParquetRows:
    """Buffers dict rows and writes them in row groups with a fixed schema."""

    def __init__(self, path: Path, schema: pa.Schema, batch_rows: int = 2048):
        self.schema = schema
        self.batch_rows = batch_rows
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self.count += len(self._rows)
            self._rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()


def write_json(path: Path, obj: Any) -> None:
    """Write a small JSON file atomically (always replaces: used for run metadata)."""
    with atomic_path(path, overwrite=True) as tmp:
        tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
