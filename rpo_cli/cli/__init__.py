"""The `rpo` command line: one typer app (app.py), option groups declared once (options.py), one
module per command. Commands only wire options to the library (pipeline, stages, models).

Heavy imports (vllm, torch) happen only inside the commands that need them, so `rpo --help`
and the CPU-only commands start fast.
"""

from __future__ import annotations

from rpo_cli.cli import build_pairs, constraints, decompose, reverse, sample, stats, verify  # noqa: F401 (registers)
from rpo_cli.cli.app import app, main
from rpo_cli.cli.verify import verify_cmd

__all__ = ["app", "main", "verify_cmd"]
