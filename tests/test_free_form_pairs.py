"""Free-form constraints in pairs: judged verdicts carry over, LLM reversals are used only when
the judge confirms them, and a pair the judge contradicts is dropped, never emitted."""

from __future__ import annotations

import json

from rpo_cli.schema import Verdict
from rpo_cli.stages.pair import PairConfig, PairStats, pairs_for
from rpo_cli.stages.read import parse_row
from rpo_cli.stages.reverse_llm import FreeFormReversal
from rpo_cli.stages.verify import VerifyStats, verify

SYSTEM = "You are a pirate bot. Talk like a pirate. Never use commas."
ROW = {
    "id": "pirate",
    "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Hello there"}],
    "constraints": [
        {"id": "free_form", "text": "Talk like a pirate."},
        {"id": "punctuation:no_comma", "text": "Never use commas."},
    ],
    "responses": ["Arr matey ahoy", "Good day to you sir"],
}


def verified(judged: list[bool]):
    conv = parse_row(json.dumps(ROW).encode())
    [(conv, rvs)] = list(verify([conv], VerifyStats()))
    for rv, ok in zip(rvs, judged, strict=True):  # the judge's answers, as the judge stage writes them
        rv.verdicts[0] = Verdict(id="free_form", followed=ok, method="judge", reason="judge: test")
    return conv, rvs


def test_without_a_reversal_a_failed_free_form_constraint_blocks_the_pair():
    conv, rvs = verified([True, False])
    stats = PairStats()
    pairs = pairs_for(conv, rvs, PairConfig(), stats)
    assert [p.chosen[0].content for p in pairs] == ["Arr matey ahoy"]  # only the side that needs no reversal
    assert stats.dropped_pairs == {"not_reversible:free_form": 1}
    assert pairs[0].prompt[0].content == SYSTEM and pairs[0].margin == 1


def test_llm_reversal_confirmed_by_the_judge_gives_the_second_pair():
    conv, rvs = verified([True, False])
    rev = FreeFormReversal("Do not talk like a pirate.", {
        0: Verdict(id="free_form", followed=False, method="judge", reason="judge: pirate talk"),
        1: Verdict(id="free_form", followed=True, method="judge", reason="judge: plain talk"),
    })  # fmt: skip
    stats = PairStats()
    pairs = pairs_for(conv, rvs, PairConfig(), stats, {("pirate", 0): rev})
    assert len(pairs) == 2 and not stats.dropped_pairs
    flipped = next(p for p in pairs if p.chosen[0].content == "Good day to you sir")
    system = flipped.prompt[0].content
    assert "Do not talk like a pirate." in system and "Talk like a pirate." not in system
    assert system.startswith("You are a pirate bot.") and system.endswith("Never use commas.")
    assert flipped.constraints[0].reversed and flipped.constraints[0].text == "Do not talk like a pirate."
    assert flipped.chosen_followed == [True, True] and flipped.rejected_followed == [False, True]


def test_a_judge_that_contradicts_itself_drops_the_pair():
    conv, rvs = verified([True, False])
    rev = FreeFormReversal("Do not talk like a pirate.", {
        0: Verdict(id="free_form", followed=False, method="judge", reason=""),
        1: Verdict(id="free_form", followed=False, method="judge", reason=""),  # fails both versions?
    })  # fmt: skip
    stats = PairStats()
    pairs = pairs_for(conv, rvs, PairConfig(), stats, {("pirate", 0): rev})
    assert len(pairs) == 1 and stats.dropped_pairs == {"reverify_failed:judge": 1}


class _MustNotBeCalled:
    """A backend that fails the test if the reverser asks it anything (every text is cached)."""

    name, model = "none", "judge-model"

    def chat(self, requests, params):
        raise AssertionError(f"cached reversal expected, got {len(requests)} requests")


def test_reverse_constraints_uses_cached_llm_reversals_for_free_form(tmp_path):
    import json as _json

    from rpo_cli.stages.reverse import ReverseStats, reverse_rows
    from rpo_cli.stages.reverse_llm import LLMReverser

    cache = tmp_path / "reversals.jsonl"
    probe = LLMReverser(_MustNotBeCalled(), None)
    cache.write_text(_json.dumps({"key": probe._key("Talk like a pirate."), "text": "Talk like a pirate.",
                                  "reversed": "Do not talk like a pirate."}) + "\n")  # fmt: skip
    reverser = LLMReverser(_MustNotBeCalled(), cache)
    conv = parse_row(json.dumps(ROW).encode())
    stats = ReverseStats()
    [row] = list(reverse_rows([conv], False, stats, reverser))
    assert row["reversible"] == [True, True] and row["reversed"] == [True, True] and row["rewrite_ok"]
    system = row["messages"][0]["content"]
    assert system == "You are a pirate bot. Do not talk like a pirate. Use at least one comma in your response."
    assert reverser.cached == 1 and reverser.asked == 0
    # without a reverser the free-form constraint is kept as it was, and says so
    [row] = list(reverse_rows([parse_row(json.dumps(ROW).encode())], False, ReverseStats()))
    assert row["reversible"] == [False, True] and "Talk like a pirate." in row["messages"][0]["content"]


def test_llm_reversal_must_keep_the_constraints_subject():
    from rpo_cli.stages.reverse_llm import same_subject

    assert same_subject("Never use emojis.", "Use at least one emoji.")
    assert same_subject("Keep a friendly tone.", "Do not keep a friendly tone.")
    assert same_subject("Always mention Venus.", "Never mention Venus.")
    # a copy of the prompt's wording is not a reversal of anything
    assert not same_subject("Never use emojis.", "The opposite constraint, one sentence")
    assert not same_subject("Avoid brand names.", "<the opposite constraint, one sentence>")
    # nor is the prompt's own example: only the generic verb is shared (SmolLM2 answered this)
    assert not same_subject("Always mention the weather.", "do not mention Saturn")
