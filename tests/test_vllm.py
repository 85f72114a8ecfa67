"""Integration tests against a real vLLM engine (CPU build here) on a tiny random model the tests
build themselves, and against a real OpenAI-compatible server started on 127.0.0.1.

Skipped with a clear reason where vllm is not installed; with RPO_REQUIRE_VLLM=1 (set by
.ci/run) a missing vllm is a failure instead, so CI cannot pass without running them.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rpo_cli.backends.base import ChatRequest, SamplingConfig
from tests.conftest import ROOT, read_jsonl, write_jsonl

try:
    import vllm  # noqa: F401

    HAVE_VLLM = True
except ImportError:
    HAVE_VLLM = False

if not HAVE_VLLM:
    if os.environ.get("RPO_REQUIRE_VLLM") == "1":
        raise RuntimeError("RPO_REQUIRE_VLLM=1 but vllm is not importable: install the CPU variant (README)")
    pytest.skip("vllm is not installed (pip install -e '.[cpu]', see README)", allow_module_level=True)

ENV = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1", "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "HF_HUB_OFFLINE": "1"}
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
ENGINE = {"seed": 0, "max_model_len": 1024, "dtype": "float32"}  # the judge prompt alone is ~520 tokens
SYSTEM = "You are a tea sommelier. Never use commas. Answer in fewer than 10 words."
CONSTRAINTS = [
    {"id": "punctuation:no_comma", "text": "Never use commas."},
    {"id": "length_constraints:number_words", "kwargs": {"num_words": 10, "relation": "less than"},
     "text": "Answer in fewer than 10 words."},
]  # fmt: skip


def conv(cid: str, *turns: str) -> dict:
    msgs = [{"role": "system", "content": SYSTEM}]
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return {"id": cid, "messages": msgs, "constraints": CONSTRAINTS}


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    from tests.tiny_model import build_tiny_model

    # 8k positions: its 512-token vocabulary spends ~4,300 tokens on a decomposition prompt
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"), max_pos=8192)


@pytest.fixture(scope="session")
def engine(tiny_model):
    """One engine for the whole test session (it takes 20-60 s to start on CPU)."""
    from rpo_cli.backends.vllm_engine import VLLMEngine

    eng = VLLMEngine(str(tiny_model), ENGINE)
    eng.load()
    yield eng
    eng.close()


def run_rpo(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "rpo_cli.cli", *map(str, args)], capture_output=True, text=True,
                          env=ENV, timeout=timeout)  # fmt: skip


def test_n_samples_per_prompt_with_metadata_and_counts(engine):
    reqs = [ChatRequest(f"c{i}", 0, [{"role": "user", "content": f"Tell me about tea number {i}."}]) for i in range(5)]
    results = engine.chat(reqs, SamplingConfig(n=3, max_tokens=8))
    assert len(results) == 5
    for r in results:
        assert r.error is None and len(r.samples) == 3
        assert all(s.completion_tokens and s.completion_tokens <= 8 for s in r.samples)
        assert all(s.finish_reason in ("length", "stop") for s in r.samples)
        assert r.prompt_tokens and r.prompt_tokens > 5


def test_multi_turn_history_goes_through_the_chat_template(engine):
    history = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Hi"},
               {"role": "assistant", "content": "Hello there"}, {"role": "user", "content": "More tea?"}]  # fmt: skip
    short = [{"role": "user", "content": "More tea?"}]
    r_hist, r_short = engine.chat(
        [ChatRequest("h", 1, history), ChatRequest("s", 0, short)], SamplingConfig(n=1, max_tokens=4)
    )
    rendered = engine.tokenizer.apply_chat_template(history, add_generation_prompt=True, tokenize=False)
    assert "<|assistant|>\nHello there</s>" in rendered and rendered.endswith("<|assistant|>\n")
    assert r_hist.prompt_tokens == engine.prompt_tokens(history) > r_short.prompt_tokens


def test_too_long_prompts_are_skipped_and_the_batch_goes_on(engine):
    reqs = [ChatRequest("ok1", 0, [{"role": "user", "content": "tea"}]),
            ChatRequest("long", 0, [{"role": "user", "content": "tea " * 2000}]),
            ChatRequest("ok2", 0, [{"role": "user", "content": "more tea"}])]  # fmt: skip
    results = engine.chat(reqs, SamplingConfig(n=2, max_tokens=8))
    assert [len(r.samples) for r in results] == [2, 0, 2]
    assert results[1].error.startswith("too_long:") and "max_model_len 1024" in results[1].error


def test_build_pairs_from_prompts_in_process_and_resume_does_not_resample(engine, tmp_path):
    from rpo_cli.pipeline import BuildConfig, Models, build_pairs_run

    calls = []

    class Counting:
        """The session's real engine, counting the requests it is given (no load/close per run)."""

        name, model = engine.name, engine.model

        def load(self):
            pass

        def close(self):
            pass

        def chat(self, requests, params):
            calls.append(len(requests))
            return engine.chat(requests, params)

    inp = write_jsonl(tmp_path / "prompts.jsonl", [conv(f"p{i}", f"Question {i}?") for i in range(6)])
    cfg = BuildConfig(chunk_size=2)
    params = SamplingConfig(n=4, max_tokens=12)
    out = tmp_path / "a" / "train.parquet"
    out.parent.mkdir()
    models = Models(backend_factory=Counting, sampling=params, generator={"model": "tiny"})
    summary = build_pairs_run(inp, "prompts.jsonl", out, cfg, models=models)
    assert calls == [2, 2, 2]
    assert summary["sampling"]["samples"] == 24 and summary["responses"] == 24
    table = pq.read_table(out)
    assert table.schema.names[:4] == ["prompt", "chosen", "rejected", "margin"]
    manifest = json.loads((out.parent / "manifest.json").read_text())
    assert manifest["config"]["sampling"]["n"] == 4

    # a run that died after its first chunk: on resume, the finished chunk is not sampled again
    out2 = tmp_path / "b" / "train.parquet"
    out2.parent.mkdir()
    run_dir = out2.parent / ".train.parquet.rpo-run"

    class Dies(Counting):
        def chat(self, requests, params):
            if len(calls) >= 4:
                raise KeyboardInterrupt
            return super().chat(requests, params)

    with pytest.raises(KeyboardInterrupt):
        build_pairs_run(inp, "prompts.jsonl", out2, cfg, models=Models(backend_factory=Dies, sampling=params,
                                                                       generator={"model": "tiny"}))  # fmt: skip
    assert (run_dir / "chunks" / "chunk-00000.samples.jsonl").exists()
    calls.clear()
    build_pairs_run(inp, "prompts.jsonl", out2, cfg, resume=True, models=models)
    assert calls == [2, 2]  # chunk 0 was neither sampled nor paired again


def test_sample_cli_stdout_is_data_only(tiny_model, tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [conv("a", "Hi"), conv("b", "Hi", "Hello", "More?"),
                                               conv("long", "tea " * 2000)])  # fmt: skip
    r = run_rpo("sample", inp, "-o", "-", "--model", tiny_model, "-n", "2", "--max-tokens", "8",
                "--max-model-len", "512", "--dtype", "float32", "--enforce-eager")  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    rows = [json.loads(line) for line in r.stdout.splitlines()]  # every stdout line is a JSON row
    assert [row["id"] for row in rows] == ["a", "b", "long"]
    assert len(rows[0]["responses"]) == 2 and rows[0]["responses"][0]["generator"]["model"] == str(tiny_model)
    assert rows[2]["responses"] == [] and rows[2]["sample_error"].startswith("too_long")
    assert "too_long 1" in r.stderr


def test_engine_start_failure_is_one_clear_message(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [conv("a", "Hi")])
    r = run_rpo("sample", inp, "-o", tmp_path / "o.jsonl", "--model", tmp_path / "no-such-model")
    assert r.returncode == 69, r.stderr[-2000:]
    assert "failed to start" in r.stderr and "hint:" in r.stderr
    assert not (tmp_path / "o.jsonl").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tiny_model):
    """A real `vllm serve` (OpenAI-compatible) on 127.0.0.1 with the tiny model, stopped after."""
    port = _free_port()
    log = open(tiny_model / "server.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(tiny_model), "--host", "127.0.0.1",
         "--port", str(port), "--max-model-len", "512", "--dtype", "float32", "--seed", "0", "--enforce-eager"],
        stdout=log, stderr=subprocess.STDOUT, env=ENV,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while True:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.close()
                pytest.fail("vllm server did not start: " + (tiny_model / "server.log").read_text()[-3000:])
            time.sleep(1)
    yield url + "/v1"
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_openai_backend_against_a_real_server(server, tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [conv("a", "Hi"), conv("long", "tea " * 2000), conv("b", "Tea?")])
    out = tmp_path / "samples.jsonl"
    r = run_rpo("sample", inp, "-o", out, "--base-url", server, "-n", "3", "--max-tokens", "8", "--concurrency", "4")
    assert r.returncode == 0, r.stderr[-3000:]
    rows = read_jsonl(out)
    assert [row["id"] for row in rows] == ["a", "long", "b"]
    assert len(rows[0]["responses"]) == 3 and rows[0]["responses"][0]["generator"]["backend"] == "openai"
    assert rows[1]["responses"] == [] and rows[1]["sample_error"].startswith("http_400")  # one row, not the batch
    assert len(rows[2]["responses"]) == 3
    # and the sampled rows feed build-pairs directly
    r = run_rpo("build-pairs", out, "-o", tmp_path / "p" / "train.parquet")
    assert r.returncode == 0, r.stderr[-3000:]


def test_unreachable_server_is_exit_69(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [conv("a", "Hi")])
    r = run_rpo("sample", inp, "-o", tmp_path / "o.jsonl", "--base-url", f"http://127.0.0.1:{_free_port()}/v1",
                "--model", "x")  # fmt: skip
    assert r.returncode == 69 and "cannot reach the server" in r.stderr


def test_judge_on_the_real_engine_gives_structured_verdicts(engine):
    from rpo_cli.judge import Judge, JudgeItem

    judge = Judge(engine, votes=3, max_tokens=64)
    msgs = [{"role": "system", "content": "Talk like a pirate."}, {"role": "user", "content": "Hi"}]
    items = [JudgeItem(f"c{i}", msgs, resp, "Talk like a pirate.") for i, resp in enumerate(["Arr matey!", "Hello."])]
    results = judge.judge(items)
    assert len(results) == 2
    for r in results:
        # a random model still answers schema-valid JSON under structured output: a verdict,
        # or unknown with a reason (a tie, a truncated answer) - never a silent pass
        assert (r.followed in (True, False) and r.reason.startswith("judge (")) or (
            r.followed is None and r.reason.startswith(("judge_tie", "judge_error"))
        )
    conds = judge.conditions([("c", msgs, "the user greets the assistant")])
    assert conds[0] in (True, False, None)


def test_verify_with_judge_fills_free_form_verdicts(engine, tmp_path):
    from rpo_cli.judge import Judge
    from rpo_cli.stages.read import parse_row
    from rpo_cli.stages.verify import VerifyStats, verify

    row = {
        "id": "p",
        "messages": [
            {"role": "system", "content": "Talk like a pirate. Never use commas. When the user is sad, cheer them up."},
            {"role": "user", "content": "I feel down today."},
        ],
        "constraints": [
            {"id": "free_form", "text": "Talk like a pirate."},
            {"id": "punctuation:no_comma", "text": "Never use commas."},
            {"id": "free_form", "text": "cheer them up.", "condition": {"text": "When the user is sad"}},
        ],
        "responses": ["Arr matey", "Hello, friend"],
    }
    conv = parse_row(json.dumps(row).encode())
    stats = VerifyStats()
    [(c, rvs)] = list(verify([conv], stats, Judge(engine, max_tokens=64)))
    assert c.constraints[2].condition.triggered in (True, False, None)
    for rv in rvs:
        assert rv.verdicts[0].method == "judge" and rv.verdicts[0].reason != "needs a judge"
        assert rv.verdicts[1].method == "code"
    assert [rv.verdicts[1].followed for rv in rvs] == [True, False]


def test_build_pairs_from_prompts_cli_free_form_and_typed(tiny_model, tmp_path):
    """Prompts without responses, one command, one engine: free-form system prompts without
    constraints (decompose by rules + LLM, sample, judge, pair) beside rows that carry their
    constraints (sampled only). With a random model the text is gibberish: this checks the
    plumbing, the schemas and the accounting, not the quality."""
    rows = [*read_jsonl(ROOT / "sample_data" / "freeform.jsonl"), conv("a", "Hi"), conv("b", "Tea?")]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "ff" / "train.parquet"
    r = run_rpo("build-pairs", inp, "-o", out, "--model", tiny_model, "-n", "4", "--max-tokens", "24",
                "--max-model-len", "8192", "--dtype", "float32", "--enforce-eager")  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    manifest = json.loads((out.parent / "manifest.json").read_text())
    s = manifest["summary"]
    assert s["decompose"]["rows"] - s["decompose"]["passed_through"] == 3 and s["decompose"]["by_rules"] >= 6
    # every system and user message of the 3 free-form rows reached the LLM (none lost as a
    # silent per-row engine error); the rows with constraints were not decomposed
    assert s["decompose"]["llm_requests"] == 6
    assert not any(k.startswith("llm_error") for k in s["decompose"]["rejected"])
    assert s["sampling"]["samples"] == 5 * 4 and s["responses"] == 5 * 4
    assert manifest["config"]["sampling"]["n"] == 4
    assert manifest["config"]["generator"]["model"] == str(tiny_model)
    assert manifest["config"]["generator"]["judge"]["model"] == str(tiny_model)
    assert set(manifest["config"]["generator"]["templates"]) == {"decompose", "judge", "condition", "reverse"}
    table = pq.read_table(out)
    assert table.num_rows == s["pairs"]
    # whatever got paired re-verifies under its own prompt (code-checked constraints)
    from rpo_cli.constraints import registry

    for p in table.to_pylist():
        for c, cf in zip(p["constraints"], p["chosen_followed"], strict=True):
            if c["applies"] and c["id"] != "free_form":
                assert registry.build(c["id"], json.loads(c["kwargs"])).check(p["chosen"][0]["content"]).followed is cf


def test_llm_reversal_is_cached_per_text(engine, tmp_path):
    from rpo_cli.stages.reverse_llm import LLMReverser

    cache = tmp_path / "reversals.jsonl"
    rev = LLMReverser(engine, cache, max_tokens=200)
    first = rev.reverse(["Talk like a pirate.", "Mention Venus.", "Talk like a pirate."])
    assert rev.asked == 2 and rev.cached == 1  # the repeated text is asked once
    assert first[0] == first[2]
    again = LLMReverser(engine, cache, max_tokens=200)  # a new run reads the cache file
    second = again.reverse(["Talk like a pirate.", "Mention Venus."])
    answered = sum(r is not None for r in first[:2])
    assert (len(cache.read_text().splitlines()) if cache.exists() else 0) == answered
    assert again.asked == 2 - answered  # only texts without a usable answer are asked again
    for a, b in zip(first[:2], second, strict=True):
        if a is not None:
            assert a == b
