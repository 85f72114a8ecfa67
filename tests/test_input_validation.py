"""Bad input gets a clear FILE:LINE error before any work, and nothing is written."""

from __future__ import annotations

import json

from tests.conftest import read_jsonl, run_rpo, write_jsonl

GOOD = {
    "key": 1,
    "prompt": "Write about tea. Do not use any commas.",
    "instruction_id_list": ["punctuation:no_comma"],
    "kwargs": [{}],
    "response": "Tea is lovely.",
}


def test_every_bad_line_is_reported_with_file_and_line_and_nothing_is_written(tmp_path):
    inp = tmp_path / "in.jsonl"
    lines = [
        json.dumps(GOOD),
        "{not json",
        "[1, 2]",
        json.dumps({**GOOD, "key": 2, "instruction_id_list": ["punctuation:no_coma"]}),
        json.dumps(
            {
                **GOOD,
                "key": 3,
                "instruction_id_list": ["length_constraints:number_words"],
                "kwargs": [{"num_words": "many", "relation": "at least"}],
            }
        ),
        json.dumps({"id": "c1", "messages": [{"role": "user"}]}),
    ]
    inp.write_text("\n".join(lines) + "\n")
    inp.write_bytes(inp.read_bytes() + b'{"key": 9, "prompt": "\xff"}\n' + b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    out = tmp_path / "out.jsonl"
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 65, r.stderr
    err = r.stderr
    assert f"{inp}:2: bad JSON" in err
    assert f"{inp}:3: expected a JSON object" in err
    assert f"{inp}:4:" in err and "unknown constraint id 'punctuation:no_coma'" in err and "punctuation:no_comma" in err
    assert f"{inp}:5:" in err and "length_constraints:number_words" in err and "num_words" in err
    assert f"{inp}:6:" in err and "content" in err
    assert f"{inp}:7: not valid UTF-8" in err
    assert f"{inp}:8:" in err and "byte-order mark" in err
    assert not out.exists()


def test_skip_invalid_writes_rejects_and_goes_on(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [GOOD, "{oops", {**GOOD, "key": 2}])
    out = tmp_path / "out.jsonl"
    r = run_rpo("verify-constraints", inp, "-o", out, "--skip-invalid")
    assert r.returncode == 0, r.stderr
    assert [row["key"] for row in read_jsonl(out)] == [1, 2]
    rejects = read_jsonl(tmp_path / "out.jsonl.rejects.jsonl")
    assert len(rejects) == 1 and rejects[0]["line"] == 2 and rejects[0]["raw"] == "{oops"
    assert "1 invalid line" in r.stderr


def test_missing_input_is_exit_66_and_creates_nothing(tmp_path):
    r = run_rpo("verify-constraints", tmp_path / "nope.jsonl", "-o", tmp_path / "out.jsonl")
    assert r.returncode == 66
    assert "nope.jsonl" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_empty_and_blank_only_input_is_an_error(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n   \n\n")
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "out.jsonl")
    assert r.returncode == 65 and "0 prompts" in r.stderr


def test_blank_lines_are_skipped(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n" + json.dumps(GOOD) + "\n\n")
    r = run_rpo("verify-constraints", inp, "-o", "-")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_existing_output_is_not_overwritten_without_flag(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 73 and "--overwrite" in r.stderr
    assert out.read_text() == "precious\n"
    r = run_rpo("verify-constraints", inp, "-o", out, "--overwrite")
    assert r.returncode == 0
    assert read_jsonl(out)[0]["follow_all_instructions"] is True


def test_duplicate_ids_are_reported(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [GOOD, GOOD])
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "o.jsonl")
    assert r.returncode == 65 and "duplicate id '1' (first seen on line 1)" in r.stderr


def test_ifbench_null_kwargs_count_as_absent(tmp_path):
    row = {
        **GOOD,
        "instruction_id_list": ["punctuation:no_comma", "keywords:existence"],
        "kwargs": [{"keywords": None}, {"keywords": ["tea"], "num_words": None}],
    }
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    r = run_rpo("verify-constraints", inp, "-o", "-")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["follow_instruction_list"] == [True, True]


def test_messages_must_end_with_a_user_turn(tmp_path):
    row = {"id": "a", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    r = run_rpo("verify-constraints", inp, "-o", "-")
    assert r.returncode == 65 and "end with the user turn" in r.stderr


def test_mistyped_kwargs_are_a_file_line_error_not_coerced(tmp_path):
    rows = [
        {**GOOD, "instruction_id_list": ["length_constraints:number_words"],
         "kwargs": [{"num_words": True, "relation": "less than"}]},
        {**GOOD, "key": 2, "instruction_id_list": ["length_constraints:number_words"],
         "kwargs": [{"num_words": "50", "relation": "less than"}]},
    ]  # fmt: skip
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 65, r.stderr
    for line in (1, 2):
        assert f"{inp}:{line}:" in r.stderr and "length_constraints:number_words" in r.stderr
    assert "num_words" in r.stderr
    assert not out.exists()


def test_integral_float_kwargs_are_normalised_in_the_output(tmp_path):
    row = {**GOOD, "instruction_id_list": ["length_constraints:number_words"],
           "kwargs": [{"num_words": 50.0, "relation": "less than"}]}  # fmt: skip
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    out = tmp_path / "out.jsonl"
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    (got,) = read_jsonl(out)
    assert got["follow_instruction_list"] == [True]
    assert got["kwargs"][0]["num_words"] == 50 and isinstance(got["kwargs"][0]["num_words"], int)


def _canonical(cid: str, kwargs: dict, text: str, i: int = 1) -> dict:
    return {
        "id": f"c{i}",
        "messages": [{"role": "user", "content": f"Describe tea. {text}"}],
        "constraints": [{"id": cid, "kwargs": kwargs, "text": text}],
        "responses": ["Tea is a drink."],
    }


def test_text_contradicting_kwargs_is_a_file_line_error(tmp_path):
    rows = [
        _canonical("length_constraints:number_words", {"num_words": 50, "relation": "less than"},
                   "Answer in under 50 words.", 1),
        _canonical("length_constraints:number_words", {"num_words": 1000000, "relation": "less than"},
                   "Answer in under 50 words.", 2),
        _canonical("length_constraints:number_words", {"num_words": 50, "relation": "at least"},
                   "Answer in under 50 words.", 3),
    ]  # fmt: skip
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    r = run_rpo("verify-constraints", inp, "-o", out)
    assert r.returncode == 65, r.stderr
    assert f"{inp}:1:" not in r.stderr
    assert f"{inp}:2:" in r.stderr and f"{inp}:3:" in r.stderr
    assert "Answer in under 50 words." in r.stderr and "1000000" in r.stderr
    assert not out.exists()


def test_text_the_rules_cannot_parse_is_not_an_error(tmp_path):
    rows = [
        _canonical("length_constraints:number_words", {"num_words": 50, "relation": "less than"}, "Keep it snappy."),
        _canonical("punctuation:no_comma", {}, "Answer in under 50 words.", 2),  # other id: no contradiction
    ]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "out.jsonl")
    assert r.returncode == 0, r.stderr
