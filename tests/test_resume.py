"""Crash safety: SIGKILL midway then --resume gives byte-identical output; SIGINT/SIGTERM stop
cleanly with 130/143; --resume refuses a changed config or input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_rpo

# 15 chunks: a run is interrupted after 1-3 of them, with a dozen still to do. 10 conversations a
# chunk (~0.5 s each here) leave the test seconds to send its signal; 40 a chunk (600 rows) made
# this file ~4 minutes of CI for the same checks (every run here is a full build-pairs)
N, CHUNK = 150, 10


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "convs.jsonl"
    with open(path, "w") as fh:
        subprocess.run([sys.executable, str(ROOT / "bench" / "synth.py"), str(N)], stdout=fh, check=True)
    return path


@pytest.fixture(scope="module")
def clean_output(synth, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("clean") / "pairs.parquet"
    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def _start(synth: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "rpo_cli.cli", "build-pairs", str(synth), "-o", str(out), "--chunk-size", str(CHUNK)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"},
    )


def _wait_for_chunks(run_dir: Path, k: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    marker = run_dir / "chunks" / f"chunk-{k - 1:05d}.json"
    deadline = time.monotonic() + timeout
    while not marker.exists():
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, "no chunk finished in time"
        time.sleep(0.02)


def test_sigkill_then_resume_is_byte_identical(synth, clean_output, tmp_path):
    out = tmp_path / "pairs.parquet"
    run_dir = tmp_path / ".pairs.parquet.rpo-run"
    proc = _start(synth, out)
    _wait_for_chunks(run_dir, 3, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists(), "no final output may be visible after a crash"
    assert len(list((run_dir / "chunks").glob("chunk-*.json"))) >= 3

    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK)
    assert r.returncode == 73 and "--resume" in r.stderr  # an unfinished run is not silently restarted

    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume")
    assert r.returncode == 0, r.stderr
    assert "resumed: reused" in r.stderr
    assert out.read_bytes() == clean_output
    assert not run_dir.exists()

    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume")
    assert r.returncode == 0 and "already complete" in r.stderr


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signals_stop_cleanly_and_keep_finished_work(synth, clean_output, tmp_path, sig, code):
    out = tmp_path / "pairs.parquet"
    run_dir = tmp_path / ".pairs.parquet.rpo-run"
    proc = _start(synth, out)
    _wait_for_chunks(run_dir, 2, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "interrupted" in err and "--resume" in err
    assert not out.exists()
    assert not list((run_dir / "chunks").glob(".chunk-*.tmp")), "the chunk in progress is removed"
    finished = sorted((run_dir / "chunks").glob("chunk-*.json"))
    assert finished and all(f.with_suffix(".parquet").exists() for f in finished)
    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == clean_output


def test_resume_refuses_changed_config_or_input(synth, tmp_path):
    out = tmp_path / "pairs.parquet"
    run_dir = tmp_path / ".pairs.parquet.rpo-run"
    proc = _start(synth, out)
    _wait_for_chunks(run_dir, 1, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume", "--min-margin", "2")
    assert r.returncode == 78 and "config changed" in r.stderr
    assert "min_margin 1 -> 2" in r.stderr  # names what changed, old -> new
    changed = tmp_path / "changed.jsonl"
    changed.write_bytes(synth.read_bytes().replace(b"synth-0", b"synth-X", 1))
    r = run_rpo("build-pairs", changed, "-o", out, "--chunk-size", CHUNK, "--resume")
    assert r.returncode == 78 and "input changed" in r.stderr


def test_a_second_run_on_the_same_output_fails_at_once_naming_the_first(synth, tmp_path):
    out = tmp_path / "pairs.parquet"
    proc = _start(synth, out)
    try:
        _wait_for_chunks(tmp_path / ".pairs.parquet.rpo-run", 1, proc)
        proc.send_signal(signal.SIGSTOP)  # it holds the lock, and cannot finish before the second run asks
        r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume")
        assert r.returncode == 75, r.stderr
        assert f"another rpo run (pid {proc.pid})" in r.stderr
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    r = run_rpo("build-pairs", synth, "-o", out, "--chunk-size", CHUNK, "--resume")  # the lock died with it
    assert r.returncode == 0, r.stderr
