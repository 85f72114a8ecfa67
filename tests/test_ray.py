"""Sharded output and the Ray executor: `--shard I/N` (local), `--executor ray` on a local Ray
(`ray.init(num_cpus=2)`), resume after a kill, and sampling through ray.data.llm on the CPU engine
with the tiny model the tests build.

The Ray tests are skipped with a clear reason where Ray Data is not installed; with
RPO_REQUIRE_RAY=1 (set by .ci/run) a missing Ray is a failure instead.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rpo_cli.executors import Layout, parse_shard, shard_bounds
from rpo_cli.schema import PAIR_SCHEMA
from tests.conftest import ROOT, SAMPLE, read_jsonl, run_rpo, write_jsonl

try:
    import ray
    import ray.data

    HAVE_RAY = True
except ImportError:
    HAVE_RAY = False

if not HAVE_RAY and os.environ.get("RPO_REQUIRE_RAY") == "1":
    raise RuntimeError("RPO_REQUIRE_RAY=1 but ray[data] is not importable: pip install -e '.[ray]'")
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason="ray[data] is not installed (pip install -e '.[ray]')")

NO_CONSTRAINTS = {  # decomposed by the rules, in both executors
    "id": "rules-only",
    "messages": [{"role": "system", "content": "Answer in fewer than 12 words. Do not use any commas."},
                 {"role": "user", "content": "Name a tea."}],
    "responses": ["Green tea.", "Green tea, black tea, white tea, oolong tea, and many more teas to try today."],
}  # fmt: skip


def env() -> dict[str, str]:
    """The environment at call time: after ray.init, it holds what a client of that Ray needs
    (RAY_AUTH_MODE: Ray 2.60 local clusters use token authentication)."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "VLLM_CPU_KVCACHE_SPACE": "1",
            "HF_HUB_OFFLINE": "1"}  # fmt: skip


def rpo(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "rpo_cli.cli", *map(str, args)], capture_output=True, text=True,
                          env=env(), timeout=timeout)  # fmt: skip


@pytest.fixture(scope="module")
def replay_input(tmp_path_factory) -> Path:
    """Rows that carry their responses: synthetic persona rows, the sample data (IFEval form,
    multi-turn, conditions), and a row without constraints."""
    d = tmp_path_factory.mktemp("replay")
    synth = subprocess.run([sys.executable, str(ROOT / "bench" / "synth.py"), "120"], capture_output=True, text=True,
                           check=True).stdout.splitlines()  # fmt: skip
    rows = [*synth, json.dumps(NO_CONSTRAINTS)]
    for name in ("personas.jsonl", "ifeval_style.jsonl", "multiturn.jsonl"):
        rows += [line for line in (SAMPLE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return write_jsonl(d / "in.jsonl", rows)


@pytest.fixture(scope="module")
def local_output(replay_input, tmp_path_factory) -> Path:
    """The local executor's single-file output: the reference every sharded run must match."""
    out = tmp_path_factory.mktemp("local") / "train.parquet"
    r = run_rpo("build-pairs", replay_input, "-o", out, "--chunk-size", 40)
    assert r.returncode == 0, r.stderr
    return out


def folder_rows(folder: Path) -> list[dict]:
    parts = sorted(folder.glob("part-*.parquet"))
    for p in parts:
        assert pq.read_schema(p).equals(PAIR_SCHEMA), p  # one fixed schema for every shard
    return pa.concat_tables([pq.read_table(p) for p in parts]).to_pylist()


def ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


def pair_counts(summary: dict) -> dict:
    keys = ("conversations", "responses", "kept_responses", "pairs", "dropped_responses", "no_pair", "dropped_pairs",
            "margins", "per_type", "reversed_per_type")  # fmt: skip
    return {k: summary[k] for k in keys}


# -- shards without Ray -----------------------------------------------------------------------


@pytest.mark.parametrize(("rows", "n"), [(10, 3), (3, 5), (1000, 7), (7, 7)])
def test_shards_partition_the_rows_in_order(rows, n):
    bounds = [shard_bounds(rows, n, i) for i in range(n)]
    assert bounds[0][0] == 0 and bounds[-1][1] == rows
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    sizes = [hi - lo for lo, hi in bounds]
    assert max(sizes) - min(sizes) <= 1


@pytest.mark.parametrize("spec", ["3/3", "-1/4", "1", "a/b", "0/0"])
def test_bad_shard_specs_are_refused(spec):
    from rpo_cli.errors import RpoError

    with pytest.raises(RpoError, match="expected I/N"):
        parse_shard(spec)
    assert parse_shard(" 2 / 8 ") == (2, 8)


def test_local_shards_one_by_one_equal_one_local_run(replay_input, local_output, tmp_path):
    """SLURM-array style: each `--shard I/N` runs on its own; the card and manifest come with
    the last; the union of the shards is the single-file run, pair for pair."""
    out = tmp_path / "pairs"
    for i in (2, 0):
        r = rpo("build-pairs", replay_input, "-o", out, "--shard", f"{i}/3")
        assert r.returncode == 0, r.stderr
        assert "1 shard(s)" in r.stderr and "come with the last" in r.stderr
    assert sorted(p.name for p in out.glob("part-*.parquet")) == ["part-00000.parquet", "part-00002.parquet"]
    assert not (out / "README.md").exists() and not (out / "manifest.json").exists()

    r = rpo("build-pairs", replay_input, "-o", out, "--shard", "2/3")
    assert r.returncode == 73 and "already done" in r.stderr  # a done shard is not silently redone
    r = rpo("build-pairs", replay_input, "-o", out, "--shard", "2/3", "--resume")
    assert r.returncode == 0 and "was already done" in r.stderr
    r = rpo("build-pairs", replay_input, "-o", out, "--shard", "1/4")
    assert r.returncode == 78 and "number of shards" in r.stderr

    r = rpo("build-pairs", replay_input, "-o", out, "--shard", "1/3")
    assert r.returncode == 0, r.stderr
    local = pq.read_table(local_output).to_pylist()
    assert sorted(folder_rows(out), key=lambda r: r["id"]) == sorted(local, key=lambda r: r["id"])
    manifest = json.loads((out / "manifest.json").read_text())
    local_manifest = json.loads((local_output.parent / "manifest.json").read_text())
    assert pair_counts(manifest["summary"]) == pair_counts(local_manifest["summary"])
    assert manifest["shards"] == 3 and manifest["executors"] == ["local"]
    assert "path: part-*.parquet" in (out / "README.md").read_text()
    assert not (out / ".rpo" / "work").exists()


def test_sharded_output_is_a_folder_and_ray_options_need_ray(replay_input, tmp_path):
    r = rpo("build-pairs", replay_input, "-o", tmp_path / "x.parquet", "--shard", "0/2")
    assert r.returncode == 1 and "folder" in r.stderr
    r = rpo("build-pairs", replay_input, "-o", tmp_path / "x.parquet", "--replicas", "2")
    assert r.returncode == 1 and "--executor ray" in r.stderr
    r = rpo("build-pairs", replay_input, "-o", tmp_path / "d", "--executor", "spark")
    assert r.returncode == 2 and "'--executor'" in r.stderr and "'ray'" in r.stderr


# -- the Ray executor ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_cluster():
    """One local Ray for the module: 2 CPUs, as on the CI machine. Yields its address."""
    saved = dict(os.environ)
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    ctx = ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ctx.address_info["gcs_address"]
    ray.shutdown()
    os.environ.clear()  # ray.init sets RAY_AUTH_MODE & co. for its clients: not for the next tests
    os.environ.update(saved)


@needs_ray
def test_ray_executor_makes_the_same_pairs_as_the_local_one(ray_cluster, replay_input, local_output, tmp_path):
    from rpo_cli.executors import build_pairs_sharded
    from rpo_cli.pipeline import BuildConfig

    out = tmp_path / "pairs"
    done = []
    summary = build_pairs_sharded(replay_input, "in.jsonl", out, BuildConfig(chunk_size=25), executor="ray",
                                  on_progress=done.append)  # fmt: skip
    assert summary["complete"] and summary["shards_total"] == summary["shards_run"] == 6
    assert sum(done) == summary["conversations"]
    local = pq.read_table(local_output).to_pylist()
    rows = folder_rows(out)
    assert ids(rows) == ids(local) and len(rows) == len(local)
    assert sorted(rows, key=lambda r: r["id"]) == sorted(local, key=lambda r: r["id"])
    local_summary = json.loads((local_output.parent / "manifest.json").read_text())["summary"]
    assert pair_counts(summary) == pair_counts(local_summary)
    d = summary["decompose"]
    assert d["rows"] - d["passed_through"] == 1 and d["by_rules"] == 2  # the row without constraints, by the rules

    # the folder loads as one dataset: by its card, by a glob, and in TRL's preference format
    from datasets import load_dataset

    # (by its card: datasets caches a folder by its name and the card's pattern: rebuild, not reuse)
    # a cache of our own: the shared ~/.cache/huggingface may hold an older build of a folder of
    # the same name (pytest reuses tmp paths across runs), whose schema datasets would then expect
    cache = str(out.parent / "hf-cache")
    ds = load_dataset(str(out), split="train", download_mode="force_redownload", cache_dir=cache)
    assert len(ds) == len(local) and {"prompt", "chosen", "rejected", "margin"} <= set(ds.column_names)
    assert len(load_dataset("parquet", data_files=str(out / "part-*.parquet"), split="train", cache_dir=cache)) == len(
        local
    )
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    again = build_pairs_sharded(replay_input, "in.jsonl", out, BuildConfig(chunk_size=25), executor="ray",
                                resume=True)  # fmt: skip
    assert again.get("already_complete")


def _markers(out: Path) -> list[Path]:
    return sorted((out / ".rpo").glob("part-*.json")) if (out / ".rpo").exists() else []


@needs_ray
def test_a_shard_killed_midway_is_redone_on_resume_and_the_others_are_not(
    ray_cluster, replay_input, local_output, tmp_path
):
    out = tmp_path / "pairs"
    args = ["build-pairs", replay_input, "-o", out, "--executor", "ray", "--ray-address", ray_cluster,
            "--chunk-size", 10]  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "rpo_cli.cli", *map(str, args)], env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while not _markers(out):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "no shard finished in time"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)  # the driver dies: Ray ends its job's tasks mid-shard
    proc.wait()
    time.sleep(2)
    layout = Layout(out)
    n = json.loads(layout.run.read_text())["fingerprint"]["shards"]
    done = {int(m.stem.split("-")[1]) for m in _markers(out)}
    assert 0 < len(done) < n == 14, (done, n)
    assert not (out / "README.md").exists()
    before = {i: (layout.part(i).stat().st_ino, layout.part(i).stat().st_mtime_ns) for i in done}

    r = rpo(*args)
    assert r.returncode == 73 and "--resume" in r.stderr  # an unfinished run is not silently restarted
    r = rpo(*args, "--resume")
    assert r.returncode == 0, r.stderr
    assert f"resumed: {len(done)} shard(s) were already done" in r.stderr
    after = {i: (layout.part(i).stat().st_ino, layout.part(i).stat().st_mtime_ns) for i in done}
    assert after == before  # the finished shards were not redone
    redone = [i for i in range(n) if i not in done]
    assert all(layout.part(i).exists() for i in redone)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["shards"] == n
    assert ids(folder_rows(out)) == ids(pq.read_table(local_output).to_pylist())
    assert not list(out.glob(".part-*.tmp")) and not (out / ".rpo" / "work").exists()


SYSTEM = "You are a tea sommelier. Answer in fewer than 4 words. Do not use any commas."
CONSTRAINTS = [
    {"id": "length_constraints:number_words", "kwargs": {"num_words": 4, "relation": "less than"},
     "text": "Answer in fewer than 4 words."},
    {"id": "punctuation:no_comma", "text": "Do not use any commas."},
]  # fmt: skip


@needs_ray
def test_ray_samples_with_ray_data_llm_into_a_parquet_folder(ray_cluster, tmp_path):
    """Prompts -> vLLM through ray.data.llm on the CPU engine (tiny model) -> verify, reverse,
    pair as Ray maps -> a folder of Parquet shards that datasets loads, with card and manifest."""
    from tests.tiny_model import build_tiny_model

    model = build_tiny_model(tmp_path / "tiny")
    rows = [{"id": f"p{i}", "messages": [{"role": "system", "content": SYSTEM},
                                         {"role": "user", "content": f"Which tea goes with dish {i}?"}],
             "constraints": CONSTRAINTS} for i in range(6)]  # fmt: skip
    rows[4]["messages"][1]["content"] = "tea " * 600  # longer than the model: skipped, with the reason
    inp = write_jsonl(tmp_path / "prompts.jsonl", rows)
    out = tmp_path / "pairs"
    r = rpo("build-pairs", inp, "-o", out, "--executor", "ray", "--ray-address", ray_cluster, "--chunk-size", 3,
            "--model", model, "-n", 4, "--max-tokens", 12, "--max-model-len", 512, "--dtype", "float32",
            "--engine-arg", "enforce_eager=true", timeout=400)  # eager: the CPU engine starts in half the time
    assert r.returncode == 0, r.stderr[-3000:]
    assert sorted(p.name for p in out.glob("part-*.parquet")) == ["part-00000.parquet", "part-00001.parquet"]
    manifest = json.loads((out / "manifest.json").read_text())
    s = manifest["summary"]["sampling"]
    assert s["sampled_rows"] == 5 and s["samples"] == 20 and s["skipped"] == {"too_long": 1}
    assert s["completion_tokens"] > 0 and s["prompt_tokens"] > 0
    assert set(s["finish_reasons"]) <= {"length", "stop"}
    assert manifest["config"]["sampling"]["n"] == 4 and manifest["executors"] == ["ray"]
    summary = manifest["summary"]
    assert summary["conversations"] == 6 and summary["responses"] == 20
    from datasets import load_dataset

    ds = load_dataset("parquet", data_files=str(out / "part-*.parquet"), split="train")
    assert len(ds) == summary["pairs"] > 0  # gibberish of 1-7 words: some follow "fewer than 4 words", some not
    for row in folder_rows(out):  # noise-free: chosen follows every constraint of its prompt
        from rpo_cli.constraints import registry

        for c in row["constraints"]:
            assert registry.build(c["id"], json.loads(c["kwargs"])).check(row["chosen"][0]["content"]).followed
    assert "sample:" in r.stderr and r.stdout == ""
    assert not read_jsonl(inp)[0].get("responses")  # the input is untouched


@needs_ray
def test_what_ray_does_not_do_is_refused_before_anything_runs(tmp_path):
    out = tmp_path / "pairs"
    r = rpo("build-pairs", SAMPLE / "freeform.jsonl", "-o", out, "--executor", "ray", "--model", tmp_path / "m")
    assert r.returncode == 1 and "rpo decompose" in r.stderr  # LLM decomposition
    r = rpo("build-pairs", SAMPLE / "personas.jsonl", "-o", out, "--executor", "ray", "--format", "llamafactory")
    assert r.returncode == 1 and "trl format only" in r.stderr
    assert not out.exists()
