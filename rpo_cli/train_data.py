"""The pairs `rpo train` reads: find the Parquet files, check they are rpo's TRL-format pairs with a
margin column, and fingerprint them (sha256 of every file and of the manifest beside them).

pyarrow only: a bad input fails in a second, before torch and TRL are imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from rpo_cli.errors import InputDataError, InputMissingError, OutputExistsError
from rpo_cli.io import file_sha256

# Columns a training run needs from rpo's pair schema (besides the margin column), and the
# provenance columns that say a file is rpo's and not some other preference dataset.
MESSAGE_COLUMNS = ("prompt", "chosen", "rejected")
RPO_COLUMNS = ("id", "kind")
RUN_FILE = "rpo_train.json"  # the run record `rpo train` writes in its output folder


@dataclass
class PairsData:
    """Checked training data: its files, their row count and fingerprints."""

    path: Path
    files: list[Path]
    margin_column: str
    rows: int
    manifest: Path | None
    margins: dict[str, float] = field(default_factory=dict)

    def fingerprint(self) -> dict[str, Any]:
        """What rpo_train.json records so a run says which data it used."""
        return {
            "path": str(self.path.resolve()),
            "rows": self.rows,
            "margin_column": self.margin_column,
            "margins": self.margins,
            "files": [{"name": f.name, "sha256": file_sha256(f)} for f in self.files],
            "manifest": (
                {"path": str(self.manifest.resolve()), "sha256": file_sha256(self.manifest)} if self.manifest else None
            ),
        }

    def table(self) -> pa.Table:
        """The training columns of every file, in file order."""
        cols = [*MESSAGE_COLUMNS, self.margin_column]
        return pa.concat_tables([pq.read_table(f, columns=cols) for f in self.files])


def _is_messages(t: pa.DataType) -> bool:
    """list<struct<role: string, content: string>>, the conversational format TRL reads."""
    if not (pa.types.is_list(t) or pa.types.is_large_list(t)):
        return False
    v = t.value_type
    if not pa.types.is_struct(v):
        return False
    names = {v.field(i).name: v.field(i).type for i in range(v.num_fields)}
    return all(k in names and pa.types.is_string(names[k]) for k in ("role", "content"))


def _data_files(path: Path) -> list[Path]:
    if not path.exists():
        raise InputMissingError(f"training data not found: {path}")
    if path.is_dir():
        # build-pairs' shards (part-NNNNN.parquet) or any folder of Parquet files; hidden ones
        # (unfinished writes, the .rpo bookkeeping) are not data.
        files = sorted(p for p in path.glob("*.parquet") if not p.name.startswith("."))
        if not files:
            raise InputMissingError(
                f"{path}: no .parquet files in this folder", hint="pass the output of `rpo build-pairs -o ...`"
            )
        return files
    return [path]


def check_schema(f: Path, schema: pa.Schema, margin_column: str) -> None:
    """Raise InputDataError (one line naming the file) unless ``schema`` is rpo's pair schema."""
    names = set(schema.names)
    if "conversations" in names and "chosen" in names:
        raise InputDataError(
            f"{f}: this is rpo's LLaMA-Factory layout, not the TRL format `rpo train` reads",
            hint="rebuild the pairs with --format trl (the default)",
        )
    missing = [c for c in (*MESSAGE_COLUMNS, *RPO_COLUMNS) if c not in names]
    if missing:
        raise InputDataError(
            f"{f}: not an rpo pairs file (no {', '.join(repr(c) for c in missing)} column)",
            hint="train on the output of `rpo build-pairs`",
        )
    for c in MESSAGE_COLUMNS:
        if not _is_messages(schema.field(c).type):
            raise InputDataError(
                f"{f}: column {c!r} has type {schema.field(c).type}, expected a list of {{role, content}} messages",
                hint="train on the output of `rpo build-pairs` (TRL conversational format)",
            )
    if margin_column not in names:
        raise InputDataError(
            f"{f}: no {margin_column!r} column (the RPO margin g of each pair)",
            hint="train on the output of `rpo build-pairs`, or name the column with --margin-column",
        )
    t = schema.field(margin_column).type
    if not (pa.types.is_integer(t) or pa.types.is_floating(t)):
        raise InputDataError(f"{f}: margin column {margin_column!r} has type {t}, expected a number")


def open_pairs(path: str | Path, margin_column: str = "margin") -> PairsData:
    """Find and check the training data: an rpo Parquet file or a folder of them.

    Raises InputMissingError (exit 66) when there is nothing to read and InputDataError (65) when
    a file is not a Parquet file, not rpo's pairs, lacks the margin column, or has a bad margin.
    """
    path = Path(path)
    files = _data_files(path)
    rows = 0
    lo, hi, total = float("inf"), float("-inf"), 0.0
    for f in files:
        try:
            schema = pq.read_schema(f)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputDataError(
                f"{f}: not a Parquet file ({exc})", hint="train on the output of `rpo build-pairs`"
            ) from exc
        check_schema(f, schema, margin_column)
        col = pq.read_table(f, columns=[margin_column]).column(0)
        if col.null_count:
            raise InputDataError(f"{f}: {col.null_count} rows have no {margin_column!r} value")
        if len(col):
            mm = pc.min_max(col).as_py()
            if mm["min"] < 0:
                raise InputDataError(f"{f}: negative {margin_column!r} ({mm['min']}); margins count constraints")
            lo, hi = min(lo, mm["min"]), max(hi, mm["max"])
            total += pc.sum(col).as_py()
        rows += len(col)
    if rows == 0:
        raise InputDataError(f"{path}: no pairs to train on (0 rows)")
    manifest = (path if path.is_dir() else path.parent) / "manifest.json"
    return PairsData(
        path=path,
        files=files,
        margin_column=margin_column,
        rows=rows,
        manifest=manifest if manifest.exists() else None,
        margins={"min": lo, "max": hi, "mean": total / rows},
    )


def check_run_dir(output_dir: str | Path, overwrite: bool) -> None:
    """Refuse a folder that already holds a training run (exit 73) unless ``overwrite``."""
    if (Path(output_dir) / RUN_FILE).exists() and not overwrite:
        raise OutputExistsError(f"{output_dir} already holds a training run ({RUN_FILE})", hint="pass --overwrite")
