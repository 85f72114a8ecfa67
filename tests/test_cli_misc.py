"""`rpo constraints`, `rpo reverse-constraints`, and the CLI's error contract."""

from __future__ import annotations

import json

from tests.conftest import read_jsonl, run_rpo, write_jsonl

IFEVAL = {
    "key": 11,
    "prompt": "Write a short note to a neighbour about a lost cat. Do not use any commas in your reply. "
    "Your answer must contain at least 40 words.",
    "instruction_id_list": ["punctuation:no_comma", "length_constraints:number_words"],
    "kwargs": [{}, {"num_words": 40, "relation": "at least"}],
    "batch": "b7",
    "response": "Hi, have you seen my cat?",
}


def test_constraints_lists_the_registry_as_json():
    r = run_rpo("constraints", "--json")
    assert r.returncode == 0, r.stderr
    rows = {row["id"]: row for row in json.loads(r.stdout)}
    assert len(rows) >= 40
    nw = rows["length_constraints:number_words"]
    assert set(nw["kwargs"]) == {"num_words", "relation"}
    assert nw["reversible"] and nw["reverses_to"] == "length_constraints:number_words"
    assert rows["punctuation:no_comma"]["reverses_to"] == "punctuation:use_comma"
    assert rows["free_form"]["reversible"] is False and rows["free_form"]["not_reversible_reason"]
    r = run_rpo("constraints")
    assert "punctuation:no_comma" in r.stdout and r.stderr == ""  # a listing the user asked for is data


def test_reverse_constraints_ifeval_form(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL])
    out = tmp_path / "out.jsonl"
    r = run_rpo("reverse-constraints", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    (row,) = read_jsonl(out)
    assert row["key"] == 11 and row["batch"] == "b7" and row["response"] == IFEVAL["response"]
    assert row["instruction_id_list"] == ["punctuation:use_comma", "length_constraints:number_words"]
    assert row["kwargs"][1] == {"num_words": 40, "relation": "less than"}
    assert row["reversed"] == [True, True] and row["rewrite_ok"] is True
    prompt = row["prompt"]
    assert prompt.startswith("Write a short note to a neighbour about a lost cat.")
    assert "Do not use any commas" not in prompt and "at least 40 words" not in prompt
    # and the rewritten prompt states what the checks now check: the response follows it
    verified = run_rpo("verify-constraints", out, "-o", "-")
    assert json.loads(verified.stdout)["follow_all_instructions"] is True


def test_reverse_constraints_failed_only_and_canonical(tmp_path):
    row = {
        "id": "c1",
        "messages": [
            {"role": "system", "content": "Be brief. Never use commas. End with 'Bye.'"},
            {"role": "user", "content": "Hello"},
        ],
        "constraints": [
            {"id": "punctuation:no_comma", "text": "Never use commas."},
            {"id": "startend:end_checker", "kwargs": {"end_phrase": "Bye."}, "text": "End with 'Bye.'"},
        ],
        "responses": ["Hi, friend. Bye.", "Hi"],
    }
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    r = run_rpo("reverse-constraints", inp, "-o", "-", "--failed-only")
    assert r.returncode == 0, r.stderr
    first, second = (json.loads(line) for line in r.stdout.splitlines())
    assert first["reversed"] == [True, False] and second["reversed"] == [False, True]
    system = first["messages"][0]["content"]
    assert system.startswith("Be brief. ") and system.endswith(" End with 'Bye.'")
    assert "Never use commas." not in system and first["constraints"][0]["id"] == "punctuation:use_comma"
    span = first["constraints"][0]["span"]
    assert first["messages"][0]["content"][span["start"] : span["end"]] == first["constraints"][0]["text"]


def test_unknown_options_and_bad_modes_fail_cleanly(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL])
    r = run_rpo("build-pairs", inp, "-o", tmp_path / "p.parquet", "--mode", "ipo")
    # typer validates the enum: a usage error (exit 2) naming the option and the choices
    assert r.returncode == 2 and "'--mode'" in r.stderr and "'perfect'" in r.stderr and "Traceback" not in r.stderr
    r = run_rpo("--version")
    assert r.returncode == 0 and r.stdout.startswith("rpo ")


def test_greedy_sampling_with_several_samples_is_refused_before_any_work(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "messages": [{"role": "user", "content": "Hi"}]}])
    r = run_rpo("sample", inp, "-o", tmp_path / "o.jsonl", "--model", "m", "-n", "4", "--temperature", "0")
    assert r.returncode == 1 and "--temperature 0" in r.stderr and "hint:" in r.stderr
    assert not (tmp_path / "o.jsonl").exists()
