"""Option groups are declared once and reach every command that loads a model: the engine
options on every such command (verify-constraints and reverse-constraints included), enums that
typer validates, and the group's values arriving as the engine's keyword arguments."""

from __future__ import annotations

import dataclasses

import pytest

from rpo_cli.cli.options import EngineOptions
from tests.conftest import run_rpo

ENGINE_FLAGS = ["--seed", "--max-model-len", "--tensor-parallel-size", "--gpu-memory-utilization", "--dtype",
                "--enforce-eager", "--engine-arg", "--api-key-env", "--concurrency"]  # fmt: skip


@pytest.mark.parametrize("command", ["build-pairs", "sample", "decompose", "verify-constraints", "reverse-constraints"])
def test_every_model_loading_command_takes_every_engine_option(command):
    r = run_rpo(command, "--help")
    assert r.returncode == 0
    for flag in ENGINE_FLAGS:
        assert flag in r.stdout, f"{command} --help lacks {flag}"
    assert "Example: rpo " in r.stdout


def test_engine_options_become_engine_kwargs():
    opts = EngineOptions(seed=3, tensor_parallel_size=2, gpu_memory_utilization=0.4,
                         engine_arg=["enforce_eager=true", "kv-cache-dtype=fp8"])  # fmt: skip
    assert opts.kwargs() == {"seed": 3, "tensor_parallel_size": 2, "gpu_memory_utilization": 0.4,
                             "enforce_eager": True, "kv_cache_dtype": "fp8"}  # fmt: skip
    assert set(EngineOptions().kwargs()) == {"seed"}  # unset options are left to vLLM
    assert len(dataclasses.fields(EngineOptions)) == len(ENGINE_FLAGS)  # a new field needs a flag listed above


def test_a_bad_engine_arg_is_one_clear_error(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "a", "messages": [{"role": "user", "content": "Hi"}]}\n')
    r = run_rpo("sample", inp, "-o", tmp_path / "o.jsonl", "--model", "m", "--engine-arg", "oops")
    assert r.returncode == 1 and "--engine-arg 'oops' is not KEY=VALUE" in r.stderr


@pytest.mark.parametrize(("option", "value"), [("--mode", "ipo"), ("--format", "csv"), ("--executor", "spark")])
def test_choices_are_validated_by_typer(option, value, tmp_path):
    r = run_rpo("build-pairs", "x.jsonl", "-o", tmp_path / "p.parquet", option, value)
    assert r.returncode == 2 and f"'{option}'" in r.stderr and "Traceback" not in r.stderr
