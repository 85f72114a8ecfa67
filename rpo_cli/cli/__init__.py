"""The `rpo` command line: one typer app (app.py), option groups declared once (options.py), one
module per command. Commands only wire options to the library (pipeline, stages, models).

Heavy imports (vllm, torch) happen only inside the commands that need them, so `rpo --help`
and the CPU-only commands start fast.
"""

from __future__ import annotations

# importing a command module registers its command; --help lists them in this order
# isort: off
from rpo_cli.cli import constraints, verify, reverse, build_pairs, decompose, sample, stats, train  # noqa: F401

# isort: on
from rpo_cli.cli.app import app, main
from rpo_cli.cli.verify import verify_cmd

__all__ = ["app", "main", "verify_cmd"]
