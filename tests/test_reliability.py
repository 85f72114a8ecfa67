"""Reliability and CLI hygiene (issue 13): what rpo may overwrite, run locks, exit codes, plain
stderr in logs, rejects files, output path guards, size caps, resume messages, help and docs.
Every test runs the real CLI in a subprocess."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

from tests.conftest import ROOT, SAMPLE, read_jsonl, run_rpo, write_jsonl

PERSONAS = SAMPLE / "personas.jsonl"
IFEVAL = SAMPLE / "ifeval_style.jsonl"
BOX = set("─│┌┐└┘├┤┬┴┼━┃┏┓┗┛┡┩╇╭╮╰╯█")


def _build(out, *extra, inp=PERSONAS):
    return run_rpo("build-pairs", inp, "-o", out, *extra)


# 1. --overwrite replaces only files rpo wrote


def test_overwrite_never_replaces_a_readme_rpo_did_not_write(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# my project\n")
    r = _build(tmp_path / "train.parquet")
    assert r.returncode == 73 and "README.md" in r.stderr and "not written by rpo" in r.stderr
    r = _build(tmp_path / "train.parquet", "--overwrite")
    assert r.returncode == 73 and "README.md" in r.stderr and "not written by rpo" in r.stderr
    assert readme.read_text() == "# my project\n"
    assert not (tmp_path / "train.parquet").exists()


def test_overwrite_replaces_rpo_outputs_but_not_an_edited_card(tmp_path):
    out = tmp_path / "ds" / "train.parquet"
    assert _build(out).returncode == 0
    r = _build(out, "--overwrite")
    assert r.returncode == 0, r.stderr
    card = out.parent / "README.md"
    card.write_text(card.read_text() + "\nMy notes about this dataset.\n")
    r = _build(out, "--overwrite")
    assert r.returncode == 73 and "README.md" in r.stderr
    assert "My notes" in card.read_text()


# 2. one run per output at a time


def test_second_concurrent_run_fails_at_once_naming_the_holder(tmp_path):
    out = tmp_path / "ds" / "train.parquet"
    out.parent.mkdir()
    lock = out.parent / ".train.parquet.rpo-lock"
    with open(lock, "a+") as fh:  # this test process plays the run in progress
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.truncate(0)
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        r = _build(out)
    assert r.returncode == 75, r.stderr
    assert f"pid {os.getpid()}" in r.stderr and "another rpo run" in r.stderr
    assert not out.exists()
    r = _build(out)  # the holder is gone: the run goes ahead
    assert r.returncode == 0, r.stderr
    assert not lock.exists()


# 3. exit codes that blame the right party


def test_unwritable_output_is_an_io_error_not_a_bug(tmp_path):
    r = run_rpo("verify-constraints", IFEVAL, "-o", "/proc/rpo-test.jsonl")
    assert r.returncode == 74, r.stderr
    assert "bug" not in r.stderr
    r = _build("/proc/rpo-test/train.parquet")
    assert r.returncode == 74, r.stderr
    assert "bug" not in r.stderr


def test_stats_on_a_file_that_is_not_a_build_pairs_output(tmp_path):
    r = run_rpo("stats", IFEVAL)
    assert r.returncode == 65, r.stderr
    assert "bug" not in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.count("rpo: error:") == 1 and str(IFEVAL) in r.stderr
    foreign = tmp_path / "foreign.parquet"
    pq.write_table(pa.table({"a": [1, 2]}), foreign)
    r = run_rpo("stats", foreign)
    assert r.returncode == 65, r.stderr
    assert "bug" not in r.stderr and "not a build-pairs output" in r.stderr


def test_broken_pipe_ends_quietly_with_the_sigpipe_status(tmp_path):
    rows = [json.loads(line) for line in IFEVAL.read_text().splitlines() if line.strip()]
    big = write_jsonl(tmp_path / "big.jsonl", [dict(rows[i % len(rows)], key=i) for i in range(600)])
    script = (
        f"{sys.executable} -m rpo_cli.cli verify-constraints {big} -o - 2>{tmp_path / 'err'} | head -1 >/dev/null;"
        " echo ${PIPESTATUS[0]}"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert r.stdout.strip() == "141"
    assert (tmp_path / "err").read_text() == ""


# 4. stderr that is not a terminal: one line per message, no colour, no boxes


def test_stderr_in_logs_is_one_line_per_message_without_boxes_or_colour(tmp_path):
    deep = tmp_path / ("a-rather-long-folder-name-for-a-cluster-job-" * 3) / "inputs"
    deep.mkdir(parents=True)
    bad = write_jsonl(deep / "prompts-with-a-long-file-name.jsonl", ["{oops"])
    r = run_rpo("verify-constraints", bad, "-o", tmp_path / "o.jsonl", env={})  # no COLUMNS, no NO_COLOR
    assert r.returncode == 65
    assert f"{bad}:1: bad JSON" in r.stderr.splitlines()[1]
    r = run_rpo("verify-constraints", IFEVAL, "-o", tmp_path / "o.jsonl", env={})
    assert r.returncode == 0, r.stderr
    assert "\x1b[" not in r.stderr and not BOX & set(r.stderr)
    first = r.stderr.splitlines()[0]
    assert "responses checked" in first and "instruction-level" in first


# 5. --skip-invalid: reasons, rejects files, where they go


def test_skip_invalid_when_every_line_is_bad(tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", ["{oops", "[1]", '{"id": "x"}'])
    r = run_rpo("verify-constraints", bad, "-o", tmp_path / "o.jsonl", "--skip-invalid")
    assert r.returncode == 65
    for line in (1, 2, 3):
        assert f"{bad}:{line}:" in r.stderr
    rejects = tmp_path / "o.jsonl.rejects.jsonl"
    assert [rec["line"] for rec in read_jsonl(rejects)] == [1, 2, 3]
    assert str(rejects) in r.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_existing_rejects_file_is_not_overwritten(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL.read_text().splitlines()[0], "{oops"])
    rejects = tmp_path / "mine.jsonl"
    rejects.write_text("precious\n")
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "o.jsonl", "--skip-invalid", "--rejects", rejects)
    assert r.returncode == 73 and str(rejects) in r.stderr
    assert rejects.read_text() == "precious\n" and not (tmp_path / "o.jsonl").exists()
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "o.jsonl", "--skip-invalid", "--rejects", rejects,
                "--overwrite")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert read_jsonl(rejects)[0]["line"] == 2 and f"written to {rejects}" in r.stderr


def test_skip_invalid_to_stdout_needs_a_rejects_path(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [IFEVAL.read_text().splitlines()[0], "{oops"])
    r = run_rpo("verify-constraints", inp, "-o", "-", "--skip-invalid", cwd=tmp_path)
    assert r.returncode == 1 and "--rejects" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_build_pairs_rejects_stay_out_of_the_dataset_folder_and_are_counted_on_the_card(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [*PERSONAS.read_text().splitlines(), "{oops"])
    out = tmp_path / "ds" / "train.parquet"
    r = _build(out, "--skip-invalid", inp=inp)
    assert r.returncode == 0, r.stderr
    rejects = tmp_path / "ds.rejects.jsonl"
    assert read_jsonl(rejects)[0]["line"] == 7
    assert sorted(p.name for p in out.parent.iterdir()) == ["README.md", "manifest.json", "train.parquet"]
    assert f"written to {rejects}" in r.stderr
    assert "1 invalid input line was skipped" in (out.parent / "README.md").read_text()


# 6. rpo stats uses a manifest only when it belongs to the file


def test_stats_ignores_a_manifest_of_another_file(tmp_path):
    out = tmp_path / "ds" / "train.parquet"
    assert _build(out).returncode == 0
    other = tmp_path / "other" / "train.parquet"
    assert _build(other, inp=IFEVAL).returncode == 0
    shutil.copy(other.parent / "manifest.json", out.parent / "manifest.json")
    r = run_rpo("stats", out, "--json")
    assert r.returncode == 0, r.stderr
    assert "manifest.json" in r.stderr and "ignored" in r.stderr
    s = json.loads(r.stdout)
    assert s["pairs"] == pq.read_metadata(out).num_rows and "dropped_responses" not in s
    r = run_rpo("stats", other, "--json")  # its own manifest is used
    assert "dropped_responses" in json.loads(r.stdout) and r.stderr == ""


# 7. output path guards


def test_output_equal_to_input_is_refused(tmp_path):
    inp = tmp_path / "in.jsonl"
    shutil.copy(IFEVAL, inp)
    before = inp.read_bytes()
    r = run_rpo("verify-constraints", inp, "-o", inp, "--overwrite")
    assert r.returncode == 1 and "input" in r.stderr
    assert inp.read_bytes() == before
    r = run_rpo("verify-constraints", IFEVAL, "-o", tmp_path / "o.jsonl", "--summary-json", IFEVAL, "--overwrite")
    assert r.returncode == 1 and IFEVAL.read_bytes()


def test_build_pairs_writes_parquet_only(tmp_path):
    r = _build(tmp_path / "pairs.jsonl")
    assert r.returncode == 1 and "Parquet" in r.stderr and ".parquet" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_created_when_validation_fails(tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", ["{oops"])
    r = _build(tmp_path / "new" / "deeper" / "train.parquet", inp=bad)
    assert r.returncode == 65
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


# 8. size caps


def _huge_row(n_chars: int) -> dict:
    return {
        "id": "huge",
        "messages": [{"role": "system", "content": "Do not use any commas."}, {"role": "user", "content": "Hi"}],
        "constraints": [{"id": "punctuation:no_comma", "kwargs": {}, "text": "Do not use any commas."}],
        "responses": ["Hello there.", "Hello, there.", "word " * (n_chars // 5)],
    }


def test_responses_over_max_chars_are_skipped_with_a_reason(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [_huge_row(250_000)])
    out = tmp_path / "ds" / "train.parquet"
    r = _build(out, inp=inp)
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out.parent / "manifest.json").read_text())
    assert manifest["summary"]["dropped_responses"] == {"unknown:response longer than --max-chars": 1}
    assert manifest["summary"]["pairs"] == 2
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "v.jsonl")
    rows = read_jsonl(tmp_path / "v.jsonl")
    assert rows[2]["verdicts"][0]["followed"] is None
    assert "longer than --max-chars" in rows[2]["verdicts"][0]["reason"]
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "v2.jsonl", "--max-chars", "300000")
    assert read_jsonl(tmp_path / "v2.jsonl")[2]["verdicts"][0]["followed"] is True


def test_messages_over_max_chars_skip_the_row_with_a_reason(tmp_path):
    row = _huge_row(10)
    row["messages"][1]["content"] = "x" * 250_001
    inp = write_jsonl(tmp_path / "in.jsonl", [row, json.loads(PERSONAS.read_text().splitlines()[0])])
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "v.jsonl")
    assert r.returncode == 65 and f"{inp}:1: messages.1: 250001 characters, over --max-chars 200000" in r.stderr
    r = run_rpo("verify-constraints", inp, "-o", tmp_path / "v.jsonl", "--skip-invalid")
    assert r.returncode == 0, r.stderr
    assert "huge" not in {row["id"] for row in read_jsonl(tmp_path / "v.jsonl")}


# 10. help and docs


def test_flags_in_help_are_flags():
    for cmd in ("build-pairs", "verify-constraints", "sample", "decompose", "reverse-constraints", "constraints"):
        r = run_rpo(cmd, "--help")
        assert r.returncode == 0 and "<bool>" not in r.stdout, cmd
    r = run_rpo("verify-constraints", "--help")
    assert "sampling model" not in r.stdout


def test_constraints_kwarg_types_are_readable_and_listings_go_to_stdout():
    rows = {row["id"]: row for row in json.loads(run_rpo("constraints", "--json").stdout)}
    kwargs = rows["length_constraints:number_words"]["kwargs"]
    assert kwargs == {"num_words": "int", "relation": "Literal['less than', 'at least']"}
    assert not any("class" in t for row in rows.values() for t in row["kwargs"].values())
    r = run_rpo("constraints")
    assert "punctuation:no_comma" in r.stdout and r.stderr == ""


def test_stats_table_goes_to_stdout_and_counts_read_well(tmp_path):
    one = write_jsonl(tmp_path / "one.jsonl", [PERSONAS.read_text().splitlines()[0]])
    out = tmp_path / "ds" / "train.parquet"
    r = _build(out, inp=one)
    assert r.returncode == 0, r.stderr
    assert "1 conversation ·" in r.stderr
    r = run_rpo("stats", out)
    assert "margin histogram" in r.stdout and "1 conversation ·" in r.stdout and r.stderr == ""


def test_card_has_no_empty_tables_and_says_what_margin_does(tmp_path):
    row = json.loads(PERSONAS.read_text().splitlines()[0])
    out = tmp_path / "ds" / "train.parquet"
    assert _build(out, inp=write_jsonl(tmp_path / "in.jsonl", [row])).returncode == 0
    card = (out.parent / "README.md").read_text()
    manifest = json.loads((out.parent / "manifest.json").read_text())
    drops = {**manifest["summary"]["dropped_responses"], **manifest["summary"]["no_pair"],
             **manifest["summary"]["dropped_pairs"]}  # fmt: skip
    assert ("## Left out" in card) == bool(drops)
    assert "ignores the `margin` column" in card and "rpo train" in card


# 11. set-up in two commands


def _readme_block(title: str) -> list[str]:
    """The command lines (comments and blanks dropped) of the first bash block under a README heading."""
    text = (ROOT / "README.md").read_text()
    section = text[text.index(f"### {title}\n") :]
    block = section[section.index("```bash\n") + 8 :]
    return _commands(block[: block.index("```")])


def _commands(text: str) -> list[str]:
    lines = (" ".join(line.split("#")[0].split()) for line in text.splitlines())
    return [line for line in lines if line]


def test_ci_installs_as_the_readme_says_and_runs_the_readmes_test_commands():
    readme_test = _readme_block("Run the tests")
    assert readme_test[0] == "make venv-test" and readme_test[-1].startswith("RPO_REQUIRE_VLLM=1 RPO_REQUIRE_RAY=1 ")
    assert "ruff check ." in readme_test and "python -m pytest" in readme_test[-1]
    # .ci/run: strict bash, no stdin, then exactly the README's lines
    ci = _commands((ROOT / ".ci" / "run").read_text())
    assert ci[0] == "set -euo pipefail" and "exec </dev/null" in ci
    assert ci[ci.index("exec </dev/null") + 1 :] == readme_test
    assert subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")]).returncode == 0

    # make venv-test: a fresh venv, then the README's development install, line for line
    def make_n(target: str) -> list[str]:
        r = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        return _commands(r.stdout)

    install = make_n("venv-test")
    assert install[:2] == ["rm -rf .venv-test", "python3 -m venv .venv-test"]
    pip = [line.replace(".venv-test/bin/", "").replace(" -q", "").removesuffix(" || true") for line in install[2:]]
    assert pip == _readme_block("Install for development and tests (CPU machine)")
    # make test: the same install and the same test commands, in the venv
    in_venv = [line.replace(".venv-test/bin/", "") for line in make_n("test")]
    assert in_venv == [*[line.replace(".venv-test/bin/", "") for line in install], *readme_test[2:]]
    assert "make demo" in (ROOT / "README.md").read_text()


def test_pairing_checks_each_response_once_per_constraint(tmp_path, monkeypatch):
    """A response sits in many pairs under many rewritten prompts; its checks (and the text
    features they compute) run once per constraint, not once per pair."""
    from collections import Counter

    from rpo_cli.constraints import registry
    from rpo_cli.constraints.base import ConstraintType
    from rpo_cli.pipeline import BuildConfig, build_pairs_run

    calls: Counter = Counter()

    class Counted(ConstraintType):
        """Test type: always followed; counts its checks per response."""

        id = "test:counted"
        not_reversible_reason = "test"

        def describe(self) -> str:
            return "Write in plain text with no Markdown formatting."

        def evaluate(self, response: str) -> bool:
            calls[response] += 1
            return True

    monkeypatch.setitem(registry._REGISTRY, Counted.id, Counted)
    row = json.loads(PERSONAS.read_text().splitlines()[0])
    (c,) = [c for c in row["constraints"] if c["text"].startswith("Write in plain text")]
    c["id"], c["kwargs"] = "test:counted", {}
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    build_pairs_run(inp, "in.jsonl", tmp_path / "p.parquet", BuildConfig())
    pairs = pq.read_table(tmp_path / "p.parquet").to_pylist()
    in_pairs = Counter(t for p in pairs for t in (p["chosen"][0]["content"], p["rejected"][0]["content"]))
    assert max(in_pairs.values()) > 2  # the test means something: responses recur across pairs
    assert max(calls.values()) <= 2  # once in verify, once in pairing's re-verification
