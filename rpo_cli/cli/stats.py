"""`rpo stats`: the summary of an existing build-pairs output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.io import write_stdout


@app.command("stats")
def stats_cmd(
    path: Annotated[str, typer.Argument(help="A Parquet file written by build-pairs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
) -> None:
    """Summarise an existing build-pairs output: counts, margins, constraint types, drops.

    Example: rpo stats out/pairs.parquet --json
    """
    from rpo_cli.errors import InputMissingError
    from rpo_cli.pipeline import stats_of

    p = Path(path)
    if not p.exists():
        raise InputMissingError(f"not found: {path}")
    summary = stats_of(p, warn=console.warn)
    if as_json:
        write_stdout(json.dumps(summary, indent=2) + "\n")
    else:
        console.pairs_summary(summary, title=path, to_stdout=True)
