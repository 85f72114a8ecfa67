"""Resume restores every count: SIGKILL a real build-pairs process midway, --resume, and the
manifest equals an uninterrupted run's, decomposition, sampling, judge and LLM-reversal counts
included, on the local executor (chunks) and on the sharded one (--shard I/N).

The model is tests/scripted_backend.py: a scripted implementation of the backend protocol whose
answers depend only on the request, so the LLM decomposition, the sampling and the judge do
work and count it, deterministically. It checks bookkeeping, not verdict quality. The driver
calls the library (build_pairs_run / build_pairs_sharded) in a subprocess, as the CLI does,
because the CLI cannot load a scripted backend."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from tests.conftest import ROOT, SAMPLE


def _input(path: Path, n: int) -> Path:
    rows = [json.loads(line) for line in (SAMPLE / "freeform.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):  # no constraints, no responses: every stage has work to do
            fh.write(json.dumps({**rows[i % len(rows)], "id": f"{rows[i % len(rows)]['id']}-{i}"}) + "\n")
    return path


def _driver(args: list, cache: Path, delay: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RPO_SCRIPTED_CACHE": str(cache), "RPO_SCRIPTED_DELAY": str(delay)}
    return subprocess.Popen([sys.executable, "-m", "tests.scripted_backend", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _run(args: list, cache: Path) -> None:
    proc = _driver(args, cache)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err


def _kill_when(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, "the run ended before it could be interrupted: " + proc.stderr.read()
        assert time.monotonic() < deadline, f"{path} did not appear in time"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _same_summary(resumed: dict, clean: dict) -> None:
    """Equal manifests. LLM reversals are cached on disk, so a resumed run finds in the cache what
    the killed one asked: asked + cached (texts reversed) is what must be equal."""
    r, c = resumed["summary"], clean["summary"]
    assert r["decompose"]["by_llm"] > 0 and r["judge"]["requests"] > 0 and r["sampling"]["samples"] > 0
    rr, cr = r.pop("llm_reversal"), c.pop("llm_reversal")
    assert rr["asked"] + rr["cached"] == cr["asked"] + cr["cached"] and rr["failed"] == cr["failed"]
    assert resumed == clean


def test_local_sigkill_then_resume_restores_every_count(tmp_path):
    inp = _input(tmp_path / "in.jsonl", 30)
    clean, killed = tmp_path / "clean" / "pairs.parquet", tmp_path / "killed" / "pairs.parquet"
    _run(["local", inp, clean, 3], tmp_path / "cache-clean.jsonl")

    proc = _driver(["local", inp, killed, 3], tmp_path / "cache-killed.jsonl", delay=0.1)
    run_dir = killed.parent / ".pairs.parquet.rpo-run" / "chunks"
    _kill_when(run_dir / "chunk-00003.samples.jsonl.counts.json", proc)  # chunk 3 sampled, not yet paired
    assert not killed.exists() and not (run_dir / "chunk-00003.json").exists()
    _run(["local", inp, killed, 3, "--resume"], tmp_path / "cache-killed.jsonl")

    assert killed.read_bytes() == clean.read_bytes()
    _same_summary(json.loads((killed.parent / "manifest.json").read_text()),
                  json.loads((clean.parent / "manifest.json").read_text()))  # fmt: skip


def test_sharded_sigkill_then_resume_restores_every_count(tmp_path):
    inp = _input(tmp_path / "in.jsonl", 12)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    for spec in ("0/2", "1/2"):
        _run(["shard", inp, clean, spec], tmp_path / "cache-clean.jsonl")
    _run(["shard", inp, killed, "0/2"], tmp_path / "cache-killed.jsonl")  # another process's shard
    proc = _driver(["shard", inp, killed, "1/2"], tmp_path / "cache-killed.jsonl", delay=0.3)
    _kill_when(killed / ".rpo" / "work" / "part-00001" / "samples.jsonl.counts.json", proc)
    assert not (killed / "manifest.json").exists()
    _run(["shard", inp, killed, "1/2", "--resume"], tmp_path / "cache-killed.jsonl")

    for part in ("part-00000.parquet", "part-00001.parquet"):
        assert pq.read_table(killed / part).equals(pq.read_table(clean / part))
        assert (killed / part).read_bytes() == (clean / part).read_bytes()
    _same_summary(json.loads((killed / "manifest.json").read_text()), json.loads((clean / "manifest.json").read_text()))
