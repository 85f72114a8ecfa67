"""verify-constraints: per-response verdicts in the input's own form, IFEval-style summary."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from tests.conftest import read_jsonl, run_rpo, write_jsonl

IFEVAL_ROW = {
    "key": 7,
    "prompt": "Describe a lighthouse. Do not use any commas. Answer with at least 8 words.",
    "instruction_id_list": ["punctuation:no_comma", "length_constraints:number_words"],
    "kwargs": [{}, {"num_words": 8, "relation": "at least"}],
    "source": "handwritten",
    "responses": [
        "The lighthouse stands tall on the rocky cape above the sea.",
        "Tall, white, and bright.",
    ],
}


def test_ifeval_form_rows_keep_their_fields_and_get_ifeval_names(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL_ROW])
    out = tmp_path / "out.jsonl"
    summary = tmp_path / "summary.json"
    r = run_rpo("verify-constraints", inp, "-o", out, "--summary-json", summary)
    assert r.returncode == 0, r.stderr
    rows = read_jsonl(out)
    assert len(rows) == 2
    first, second = rows
    assert first["key"] == 7 and first["source"] == "handwritten"
    assert first["instruction_id_list"] == IFEVAL_ROW["instruction_id_list"]
    assert first["response"] == IFEVAL_ROW["responses"][0]
    assert first["follow_instruction_list"] == [True, True] and first["follow_all_instructions"] is True
    assert second["follow_instruction_list"] == [False, False] and second["follow_all_instructions"] is False
    assert second["verdicts"][1]["reason"] and second["verdicts"][1]["method"] == "code"
    s = json.loads(summary.read_text())
    assert s["prompt_level"] == {"followed": 1, "failed": 1, "unknown": 0, "rate": 0.5}
    assert s["instruction_level"]["rate"] == 0.5
    assert s["per_type"]["punctuation:no_comma"]["followed"] == 1
    assert "prompt-level 50.0%" in r.stderr


def test_stdin_to_stdout_keeps_stdout_for_data(tmp_path):
    r = run_rpo("verify-constraints", "-", "-o", "-", stdin=json.dumps(IFEVAL_ROW) + "\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 2  # nothing but data on stdout
    assert "responses checked" in r.stderr


def test_free_form_constraints_are_unknown_needing_a_judge(tmp_path):
    row = {
        "id": "pirate",
        "messages": [{"role": "system", "content": "Talk like a pirate."}, {"role": "user", "content": "Hi"}],
        "constraints": [{"id": "free_form", "text": "Talk like a pirate."}, {"id": "punctuation:no_comma"}],
        "responses": ["Arr matey"],
    }
    r = run_rpo("verify-constraints", "-", "-o", "-", stdin=json.dumps(row))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["verdicts"][0]["followed"] is None and out["verdicts"][0]["reason"] == "needs a judge"
    assert out["follow_instruction_list"] == [None, True]
    assert out["follow_all_instructions"] is None  # unknown is never a pass


def test_conditional_constraints_only_apply_when_triggered(tmp_path):
    base = {
        "messages": [{"role": "system", "content": "When the user mentions love, mention Venus."}],
        "constraints": [
            {"id": "keywords:existence", "kwargs": {"keywords": ["Venus"]}, "condition": {"keywords": ["love"]}}
        ],
        "responses": ["Mars rules today."],
    }
    rows = [
        {**base, "id": "a", "messages": [*base["messages"], {"role": "user", "content": "Tell me about love."}]},
        {**base, "id": "b", "messages": [*base["messages"], {"role": "user", "content": "Tell me about work."}]},
    ]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    r = run_rpo("verify-constraints", inp, "-o", "-")
    a, b = (json.loads(line) for line in r.stdout.splitlines())
    assert a["follow_instruction_list"] == [False]
    assert b["verdicts"][0]["applies"] is False and b["follow_all_instructions"] is True


def test_parquet_output(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL_ROW])
    out = tmp_path / "out.parquet"
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    t = pq.read_table(out).to_pylist()
    assert [row["follow_all_instructions"] for row in t] == [True, False]
    assert json.loads(t[0]["kwargs"])[1] == {"num_words": 8, "relation": "at least"}


def test_sample_data_verifies(tmp_path):
    from tests.conftest import SAMPLE

    for f in sorted(SAMPLE.glob("*.jsonl")):
        r = run_rpo("verify-constraints", f, "-o", tmp_path / f"{f.stem}.jsonl")
        assert r.returncode == 0, (f, r.stderr)


def test_semantics_reference_and_ifeval_accuracy_in_summary_json(tmp_path):
    rows = [
        {"key": 1, "prompt": "p", "instruction_id_list": ["keywords:forbidden_words", "startend:quotation"],
         "kwargs": [{"forbidden_words": ["#tag"]}, {}], "response": 'Here:\n"Love this #tag!"'},
        {"key": 2, "prompt": "p", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "response": "  "},
    ]  # fmt: skip
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    figures = {}
    for sem in ("corrected", "reference"):
        out, summ = tmp_path / f"{sem}.jsonl", tmp_path / f"{sem}.json"
        r = run_rpo("verify-constraints", inp, "-o", out, "--summary-json", summ, "--semantics", sem)
        assert r.returncode == 0, r.stderr
        s = json.loads(summ.read_text())
        assert s["semantics"] == sem
        figures[sem] = s["accuracy"]
        got = read_jsonl(out)
        if sem == "reference":
            # loose: the last line dropped leaves "Here:" (no #tag); the first dropped leaves the quote
            assert got[0]["follow_instruction_list_loose"] == [True, True]
        else:  # loose accuracy is the reference's measure (and costs eight checks per verdict)
            assert "follow_instruction_list_loose" not in got[0]
            assert s["accuracy"]["prompt_level_loose"] is None
        assert got[1]["follow_instruction_list"] == [None if sem == "corrected" else False]
    assert figures["reference"] == {
        "prompt_level_strict": 0.0, "prompt_level_loose": 0.5,
        "instruction_level_strict": round(1 / 3, 4), "instruction_level_loose": round(2 / 3, 4),
    }  # fmt: skip
    # corrected: "#tag" is found, and a blank reply is unknown (counted as not followed here)
    assert figures["corrected"]["instruction_level_strict"] == 0.0
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "x.jsonl", "--semantics", "lenient")
    assert r.returncode == 2 and "lenient" in r.stderr
