"""Regression floors for locating and rewriting constraints in IFEval-form prompts (no spans given).

Runs bench/eval_rewrite.py in-process on
- tests/data/rewrite_dev.jsonl, ``dev`` split: the development set of issue 11 (constraints inside
  task sentences, appended, as lists, stated twice, typos, odd casing). Its ``test`` split is kept
  for reporting and has no floors here, so that nothing is tuned against it.
- tests/data/rewrite_eval.jsonl: the older hand-written IFEval-style set.
Floors sit a little below the measured figures; the emitted-prompt figures are exact bars: every
emitted rewrite keeps its task, and none holds a contradiction the guard or the expected texts reveal.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "rewrite_dev.jsonl"
OLD = ROOT / "tests" / "data" / "rewrite_eval.jsonl"

IFEVAL_IDS = """keywords:existence keywords:frequency keywords:forbidden_words keywords:letter_frequency
language:response_language length_constraints:number_sentences length_constraints:number_paragraphs
length_constraints:number_words length_constraints:nth_paragraph_first_word detectable_content:number_placeholders
detectable_content:postscript detectable_format:number_bullet_lists detectable_format:constrained_response
detectable_format:number_highlighted_sections detectable_format:multiple_sections detectable_format:json_format
detectable_format:title combination:two_responses combination:repeat_prompt startend:end_checker
change_case:capital_word_frequency change_case:english_capital change_case:english_lowercase
punctuation:no_comma startend:quotation""".split()

# Measured when written (issue 11 part C grammar, 178-row file): dev split located 1.000, rewritten
# 1.000, pairs lost 0.000; rewrite_eval.jsonl located 1.000, rewritten 0.984, pairs lost 0.015.
# (Part B's grammar measured dev 0.928 / 0.928 / 0.075 on the first 135 rows.)
FLOORS = {
    "dev": {"located": 0.98, "rewritten": 0.98, "pairs_lost": 0.02},
    "old": {"located": 0.97, "rewritten": 0.95, "pairs_lost": 0.03},
}


def _load_bench():
    spec = importlib.util.spec_from_file_location("eval_rewrite", ROOT / "bench" / "eval_rewrite.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def reports():
    bench = _load_bench()
    return {"dev": bench.evaluate(DEV, "dev"), "old": bench.evaluate(OLD)}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_old_data_covers_every_ifeval_type_twice():
    rows = _rows(OLD)
    assert len(rows) >= 60
    counts = Counter(i for r in rows for i in r["instruction_id_list"])
    thin = {t: counts[t] for t in IFEVAL_IDS if counts[t] < 2}
    assert not thin, f"IFEval types with fewer than 2 examples: {thin}"


@pytest.mark.parametrize("path", [DEV, OLD], ids=["dev", "old"])
def test_expected_texts_are_exact(path):
    for r in _rows(path):
        assert len(r["expected"]) == len(r["instruction_id_list"]) == len(r["kwargs"]), r["key"]
        for e in r["expected"]:
            for x in e if isinstance(e, list) else [e]:
                assert r["prompt"].count(x) == 1, (r["key"], x)


def test_dev_set_has_every_shape_and_both_splits():
    rows = _rows(DEV)
    assert len(rows) >= 120
    kinds = Counter(r["kind"] for r in rows)
    assert set(kinds) == {"inline", "inline_prefix", "appended", "list", "twice", "typo", "case",
                          "polite", "range", "paren", "caps"}  # fmt: skip
    assert all(isinstance(r["expected"][0], list) and len(r["expected"][0]) == 2 for r in rows if r["kind"] == "twice")
    splits = Counter(r["split"] for r in rows)
    assert 0.2 <= splits["test"] / len(rows) <= 0.4


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(reports, name):
    o = reports[name]["overall"]
    f = FLOORS[name]
    hint = "run `python bench/eval_rewrite.py ... -v` to see the failures"
    assert o["located"] >= f["located"], (o, hint)
    assert o["rewritten"] >= f["rewritten"], (o, hint)
    assert o["pairs_lost"] <= f["pairs_lost"], (o, reports[name]["lost_by_reason"], hint)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_emitted_prompts_keep_their_task_and_hold_no_contradiction(reports, name):
    r = reports[name]
    assert r["emitted"] > 0.8 * r["subsets"]
    assert r["overall"]["task_kept"] == 1.0
    assert r["overall"]["contradictions"] == 0, [f for f in r["failures"] if f["id"] == "contradiction"]


def test_report_json_round_trip(tmp_path):
    bench = _load_bench()
    out = tmp_path / "report.json"
    assert bench.main([str(DEV), "--split", "dev", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["split"] == "dev"
    assert {"located", "rewritten", "task_kept", "contradictions", "pairs_lost"} <= set(data["overall"])
    assert data["constraints"] == sum(s["n"] for s in data["per_type"].values())


def _eval_rows(tmp_path, rows):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return _load_bench().evaluate(path)


def test_every_statement_of_a_repeated_constraint_is_its_text_not_the_task(tmp_path):
    """A constraint stated twice, its ``expected`` a list: the rewrite drops both statements, and the
    second one's words ("NO COMMAS AT ALL") are not counted as task words lost; given as a string
    (only the first statement), they are."""
    row = {"key": 1, "prompt": "What should I pack for a week in Iceland? Don't use any commas. NO COMMAS AT ALL.",
           "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}],
           "expected": [["Don't use any commas.", "NO COMMAS AT ALL."]]}  # fmt: skip
    r = _eval_rows(tmp_path, [row])
    assert r["emitted"] == 1 and r["overall"]["task_kept"] == 1.0 and r["overall"]["contradictions"] == 0
    single = _eval_rows(tmp_path, [{**row, "expected": ["Don't use any commas."]}])
    assert single["overall"]["task_kept"] == 0.0
    assert [f["why"] for f in single["failures"] if f["id"] == "task_lost"] == [["task words lost: 'NO COMMAS'"]]


def test_a_statement_left_in_place_is_a_contradiction_even_when_listed_second(tmp_path):
    # "no emojis!!" is not parsed by the grammar: the guard must drop the pair, never emit it
    row = {"key": 2, "prompt": "List five tips for focus. Don't use any emojis. seriously, no emojis!!",
           "instruction_id_list": ["format:no_emoji"], "kwargs": [{}],
           "expected": [["Don't use any emojis.", "no emojis!!"]]}  # fmt: skip
    r = _eval_rows(tmp_path, [row])
    assert r["overall"]["contradictions"] == 0


def test_frames_and_examples_belong_to_their_statement_and_recapitalised_statements_still_count(tmp_path):
    rows = [
        {"key": 3, "prompt": "Summarize the benefits of stretching. It would be great if you could keep it to "
         "no more than 120 words and avoid using any commas.",
         "instruction_id_list": ["length_constraints:number_words", "punctuation:no_comma"],
         "kwargs": [{"relation": "less than", "num_words": 121}, {}],
         "expected": ["keep it to no more than 120 words", "avoid using any commas"]},
        {"key": 4, "prompt": "Explain the greenhouse effect. Wrap the entire answer in JSON, e.g. {\"a\": \"...\"}.",
         "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}],
         "expected": ["Wrap the entire answer in JSON"]},
        {"key": 5, "prompt": "Write a cover letter for a bakery job. Keep it under 250 words, and end with a P.S.",
         "instruction_id_list": ["length_constraints:number_words", "detectable_content:postscript"],
         "kwargs": [{"relation": "less than", "num_words": 250}, {"postscript_marker": "P.S."}],
         "expected": ["Keep it under 250 words", "end with a P.S."]},
    ]  # fmt: skip
    r = _eval_rows(tmp_path, rows)
    assert r["overall"]["task_kept"] == 1.0, [f for f in r["failures"] if f["id"] == "task_lost"]
    # "..., and end with a P.S." becomes "End with a P.S.": the postscript is still stated
    assert not [f for f in r["failures"] if f["key"] == 5], [f for f in r["failures"] if f["key"] == 5]
    # a frame is only its own words: a task word after it still counts
    assert (
        _load_bench()._covered_mask("Could you write a poem? Use no commas.", ["Use no commas."], [])[:3] == [False] * 3
    )


def test_eval_decompose_reads_expected_as_a_list(tmp_path):
    spec = importlib.util.spec_from_file_location("eval_decompose", ROOT / "bench" / "eval_decompose.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    path = tmp_path / "rows.jsonl"
    row = {"key": 1, "prompt": "Write a poem. No commas. Again: no commas at all.",
           "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}],
           "expected": [["No commas.", "Again: no commas at all."]]}  # fmt: skip
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    gold = mod.load_ifeval(path)[0]["gold"][0]
    assert (gold["start"], gold["end"]) == (14, 24)  # the first statement in the prompt


def test_a_statements_reason_is_its_own_not_the_tasks(tmp_path):
    rows = [
        {"key": 6, "prompt": "List five test inputs. Don't use commas (our CSV importer chokes on them).",
         "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "expected": ["Don't use commas"]},
        {"key": 7, "prompt": "Summarize the quarterly report. Please respond in German since the Berlin team reads it.",
         "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "de"}],
         "expected": ["respond in German"]},
        # the reason after a comma goes with its statement (kept beside "Do not respond in German"
        # it would argue for the original): the sentence is replaced whole and the pair emitted
        {"key": 8, "prompt": "Summarize the quarterly report. Respond in German, because the Berlin team reads it.",
         "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "de"}],
         "expected": ["Respond in German"]},
    ]  # fmt: skip
    r = _eval_rows(tmp_path, rows)
    assert r["emitted"] == 3 and r["overall"]["task_kept"] == 1.0, [f for f in r["failures"] if f["id"] == "task_lost"]
    assert r["lost_by_reason"] == {}
    mask = _load_bench()._covered_mask("Write a poem (about rain). No commas.", ["No commas."], [])
    assert not any(mask[:21])  # an aside of the task is the task's


@pytest.mark.parametrize(
    ("prompt", "needle", "theirs"),
    [
        ("Plan a picnic. Skip the commas, I really hate them.", "Skip the commas", "I really hate them"),
        ("Greet a guest. Use Greek letters, not just the transliteration.", "Use Greek letters", "just the"),
        ("Tell a tale. Eight sentences minimum, more is fine.", "Eight sentences minimum", "more is fine"),
        ("Name five rivers. Two of them must include the word delta.", "include the word delta", "Two of them must"),
        ("Pitch a podcast. Keep it brief, max 90 words.", "max 90 words", "Keep it brief"),
        ("Pitch a podcast. It would be great if it ran to at least 90 words.", "at least 90 words", "great if it ran"),
        ("Pitch a podcast. Never use emojis, regardless of the platform.", "Never use emojis", "regardless of the"),
        ("Pitch a podcast. No hashtags, our style guide is strict about that.", "No hashtags", "strict about that"),
    ],
)  # fmt: skip
def test_a_statements_remarks_lead_ins_and_frames_are_its_own(prompt, needle, theirs):
    bench = _load_bench()
    mask = bench._covered_mask(prompt, [needle], [])
    start = prompt.index(theirs)
    assert all(mask[start : start + len(theirs)]), theirs
    assert not any(mask[: prompt.index(".")])  # the task stays the task's


def test_a_remark_of_its_own_is_the_tasks():
    bench = _load_bench()
    prompt = "Pitch a podcast. No hashtags, our tone is calm."
    mask = bench._covered_mask(prompt, ["No hashtags"], [])
    assert not any(mask[prompt.index("tone") : prompt.index("tone") + 4])


# Independent annotators' files (tests/data/untouched4, untouched5), measured with the code of the fourth
# session (5b64629 + the stray-mark guard): pairs lost / task kept (emitted) / contradictions (emitted)
# untouched4 P 0.373 / 0.967 / 0, Q 0.271 / 0.984 / 2, R 0.333 / 0.974 / 0 (tuned on); untouched5 (the v5
# held-out, measured once) X 0.351 / 0.848 / 8, Y 0.354 / 0.931 / 1, Z 0.490 / 0.966 / 0. Far from the
# issue's bar (lost <= 0.02, task kept 1.0, 0 contradictions): these floors only stop regressions.
HELD = {
    "untouched4/authorP": (0.40, 0.95, 0),
    "untouched4/authorQ": (0.30, 0.97, 2),
    "untouched4/authorR": (0.36, 0.96, 0),
    "untouched5/authorX": (0.38, 0.83, 8),
    "untouched5/authorY": (0.38, 0.91, 1),
    "untouched5/authorZ": (0.52, 0.95, 0),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_floors_on_independent_annotators_files(name):
    max_lost, min_kept, max_contradictions = HELD[name]
    r = _load_bench().evaluate(ROOT / "tests" / "data" / f"{name}.jsonl")
    o = r["overall"]
    assert o["pairs_lost"] <= max_lost, (o, r["lost_by_reason"])
    assert o["task_kept"] >= min_kept, [f for f in r["failures"] if f["id"] == "task_lost"][:3]
    assert o["contradictions"] <= max_contradictions, [f for f in r["failures"] if f["id"] == "contradiction"][:3]
