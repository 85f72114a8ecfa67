"""build-pairs: the RPO rule, the baselines, the central guarantee, and the output files."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rpo_cli.constraints import registry
from rpo_cli.constraints.base import ConstraintType
from tests.conftest import SAMPLE, run_rpo, write_jsonl

SYSTEM = "You are a tea sommelier. Never use commas. Answer in fewer than 10 words. End with 'Bye.' Mention tea."
CONV = {
    "id": "tea",
    "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "What should I drink?"}],
    "constraints": [
        {"id": "punctuation:no_comma", "text": "Never use commas."},
        {
            "id": "length_constraints:number_words",
            "kwargs": {"num_words": 10, "relation": "less than"},
            "text": "Answer in fewer than 10 words.",
        },
        {"id": "startend:end_checker", "kwargs": {"end_phrase": "Bye."}, "text": "End with 'Bye.'"},
        {"id": "keywords:existence", "kwargs": {"keywords": ["tea"]}, "text": "Mention tea."},
    ],
    "responses": [
        "Try a green tea. Bye.",  # all four followed
        "Try a green tea, truly. Bye.",  # fails no_comma
        "Coffee, coffee, and more coffee is what everyone should drink every single morning.",  # fails all
        "Try a black tea. Bye.",  # same verdicts as the first: dropped
    ],
}


def build(tmp_path: Path, rows, *args: str) -> list[dict]:
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out" / "pairs.parquet"
    r = run_rpo("build-pairs", inp, "-o", out, *args)
    assert r.returncode == 0, r.stderr
    return pq.read_table(out).to_pylist()


def assert_reverifies(pair: dict) -> None:
    """The central guarantee, checked independently of the pipeline's own re-verification."""
    system_and_user = " ".join(m["content"] for m in pair["prompt"])
    chosen, rejected = pair["chosen"][0]["content"], pair["rejected"][0]["content"]
    fails = 0
    for c in pair["constraints"]:
        if not c["applies"]:
            continue
        t = registry.build(c["id"], json.loads(c["kwargs"]))
        if pair["kind"] != "dpo":
            assert t.check(chosen).followed is True, (c, chosen)
        fails += t.check(rejected).followed is False
        assert c["text"] in system_and_user, f"the prompt must state {c['text']!r}"
    if pair["kind"] != "dpo":
        assert fails == pair["margin"]


def test_rpo_rule_on_a_known_turn(tmp_path):
    pairs = build(tmp_path, [CONV])
    assert sorted(p["margin"] for p in pairs) == [1, 1, 3, 3, 4, 4]
    for p in pairs:
        assert_reverifies(p)
        assert p["kind"] == "rpo" and p["source_id"] == "tea" and p["turn"] == 0
        assert p["chosen"][0]["role"] == "assistant" and p["prompt"][-1]["role"] == "user"
    # the all-failing response chosen: all four constraints reversed in the system prompt, in place
    worst = next(p for p in pairs if p["chosen"][0]["content"].startswith("Coffee") and p["margin"] == 4)
    sys_prompt = worst["prompt"][0]["content"]
    assert sys_prompt.startswith("You are a tea sommelier.")
    assert all(c["reversed"] for c in worst["constraints"])
    for original in ("Never use commas.", "Answer in fewer than 10 words.", "End with 'Bye.'", "Mention tea."):
        assert original not in sys_prompt
    # the perfect response chosen: prompt unchanged
    best = [p for p in pairs if p["chosen"][0]["content"] == "Try a green tea. Bye."]
    assert len(best) == 2 and all(p["prompt"][0]["content"] == SYSTEM for p in best)
    assert len({p["id"] for p in pairs}) == 6


def test_modes_min_margin_and_cap(tmp_path):
    (tmp_path / "a").mkdir()
    dpo = build(tmp_path / "a", [CONV], "--mode", "dpo")
    assert sorted(p["margin"] for p in dpo) == [1, 3, 4]
    assert all(p["prompt"][0]["content"] == SYSTEM and p["kind"] == "dpo" for p in dpo)
    (tmp_path / "b").mkdir()
    perfect = build(tmp_path / "b", [CONV], "--mode", "perfect")
    assert sorted(p["margin"] for p in perfect) == [1, 4]
    assert all(p["chosen"][0]["content"] == "Try a green tea. Bye." for p in perfect)
    (tmp_path / "c").mkdir()
    assert sorted(p["margin"] for p in build(tmp_path / "c", [CONV], "--min-margin", "3")) == [3, 3, 4, 4]
    (tmp_path / "d").mkdir()
    assert [p["margin"] for p in build(tmp_path / "d", [CONV], "--max-pairs-per-turn", "2")] == [4, 4]


def test_unknown_verdicts_and_untriggered_constraints(tmp_path):
    conv = json.loads(json.dumps(CONV))
    conv["messages"][0]["content"] += " Stay in character. When the user mentions love, mention Venus."
    conv["constraints"] += [
        {"id": "free_form", "text": "Stay in character."},
        {
            "id": "keywords:existence",
            "kwargs": {"keywords": ["Venus"]},
            "text": "When the user mentions love, mention Venus.",
            "condition": {"keywords": ["love"]},
        },
    ]
    inp = write_jsonl(tmp_path / "in.jsonl", [conv])
    out = tmp_path / "pairs.parquet"
    r = run_rpo("build-pairs", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    assert pq.read_table(out).num_rows == 0  # the free-form constraint applies and no judge checks it
    summary = json.loads((tmp_path / "manifest.json").read_text())["summary"]
    assert summary["no_pair"] == {"unchecked:free_form": 1}
    assert summary["unchecked_pairs"] == 0

    # --allow-unchecked: the turn is paired over the checked constraints, and says what was not checked
    (tmp_path / "u").mkdir()
    unchecked = build(tmp_path / "u", [conv], "--allow-unchecked")
    assert len(unchecked) == 6
    for p in unchecked:
        assert p["unchecked"] == ["Stay in character."]
        assert "Stay in character." in p["prompt"][0]["content"]
        ff = p["constraints"][4]
        assert ff["id"] == "free_form" and ff["applies"] is False and ff["reversed"] is False
        assert p["chosen_followed"][4] is None and p["rejected_followed"][4] is None
        assert_reverifies(p)
    summary = json.loads((tmp_path / "u" / "out" / "manifest.json").read_text())["summary"]
    assert summary["unchecked_pairs"] == 6
    assert "6 pairs were built with `--allow-unchecked`" in (tmp_path / "u" / "out" / "README.md").read_text()

    del conv["constraints"][4]  # without the free-form one: the untriggered Venus rule stays verbatim
    (tmp_path / "x").mkdir()
    pairs = build(tmp_path / "x", [conv])
    assert len(pairs) == 6
    for p in pairs:
        assert "When the user mentions love, mention Venus." in p["prompt"][0]["content"]
        venus = p["constraints"][-1]
        assert venus["applies"] is False and venus["reversed"] is False
        assert p["chosen_followed"][-1] is None
        assert_reverifies(p)


def test_non_reversible_failed_constraint_blocks_the_pair(tmp_path, monkeypatch):
    class NoRev(ConstraintType):
        """Test type: followed when the text mentions tea; no complement."""

        id = "test:no_reverse"
        not_reversible_reason = "test"

        def describe(self) -> str:
            return "Mention tea."

        def evaluate(self, response: str) -> bool:
            return "tea" in response

    monkeypatch.setitem(registry._REGISTRY, NoRev.id, NoRev)
    conv = json.loads(json.dumps(CONV))
    conv["constraints"][3]["id"] = "test:no_reverse"
    conv["constraints"][3]["kwargs"] = {}
    from rpo_cli.pipeline import BuildConfig, build_pairs_run

    inp = write_jsonl(tmp_path / "in.jsonl", [conv])
    summary = build_pairs_run(inp, "in.jsonl", tmp_path / "p.parquet", BuildConfig())
    assert summary["dropped_pairs"] == {"not_reversible:test:no_reverse": 2}
    assert summary["pairs"] == 4


@pytest.mark.parametrize("name", ["personas", "ifeval_style", "multiturn"])
def test_every_pair_from_sample_data_reverifies(tmp_path, name):
    pairs = build(tmp_path, [line for line in (SAMPLE / f"{name}.jsonl").read_text().splitlines() if line.strip()])
    assert pairs, f"sample_data/{name}.jsonl should give pairs"
    for p in pairs:
        assert_reverifies(p)
    assert len({p["id"] for p in pairs}) == len(pairs)


def test_outputs_card_manifest_and_stats(tmp_path):
    build(tmp_path, [CONV])
    out = tmp_path / "out"
    card = (out / "README.md").read_text()
    assert card.startswith("---\n") and "path: pairs.parquet" in card and "size_categories" in card
    assert "| 1 | 4 | 3 | 6 |" in card  # conversations, responses, kept, pairs
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["config"]["mode"] == "rpo" and len(manifest["input"]["sha256"]) == 64
    assert manifest["summary"]["margins"] == {"1": 2, "3": 2, "4": 2}
    r = run_rpo("stats", out / "pairs.parquet", "--json")
    s = json.loads(r.stdout)
    assert s["pairs"] == 6 and s["margins"] == {"1": 2, "3": 2, "4": 2}
    assert s["dropped_responses"] == {"duplicate_verdict_vector": 1}
    # counted from the Parquet file, under the input's own ids, the same as the run counted them
    assert s["per_type"] == manifest["summary"]["per_type"]
    assert s["reversed_per_type"] == manifest["summary"]["reversed_per_type"]
    # chosen = a response failing no_comma (two of them), each paired with the two others
    assert s["reversed_per_type"]["punctuation:no_comma"] == 4
    r = run_rpo("stats", out / "pairs.parquet")
    assert "margin histogram" in r.stdout and "duplicate_verdict_vector" in r.stdout


def test_existing_output_is_refused(tmp_path):
    build(tmp_path, [CONV])
    r = run_rpo("build-pairs", tmp_path / "in.jsonl", "-o", tmp_path / "out" / "pairs.parquet")
    assert r.returncode == 73 and "--overwrite" in r.stderr


def test_llamafactory_format(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", [CONV])
    out = tmp_path / "lf" / "pairs.parquet"
    r = run_rpo("build-pairs", inp, "-o", out, "--format", "llamafactory")
    assert r.returncode == 0, r.stderr
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 6
    row = rows[0]
    assert row["system"].startswith("You are a tea sommelier")
    assert row["conversations"] == [{"from": "human", "value": "What should I drink?"}]
    assert row["chosen"]["from"] == "gpt" and row["rejected"]["from"] == "gpt" and row["margin"] >= 1
    info = json.loads((tmp_path / "lf" / "dataset_info.json").read_text())
    entry = info["pairs"]
    assert entry["file_name"] == "pairs.parquet" and entry["ranking"] is True and entry["formatting"] == "sharegpt"
    assert entry["columns"] == {
        "messages": "conversations",
        "chosen": "chosen",
        "rejected": "rejected",
        "system": "system",
    }
