"""Clause-level rewriting and the round-trip guard (stages/reverse.py), on hand-written prompts."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rpo_cli.schema import Message
from rpo_cli.stages.read import parse_row
from rpo_cli.stages.reverse import _DANGLING, _key, guard, rewrite, statements
from rpo_cli.stages.verify import build_types
from tests.rewrite_helpers import ifeval_conv as _ifeval
from tests.rewrite_helpers import rewrite_last as _rw


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "want"),
    [
        (
            "Write a list of the top 5 facts about Norway and do not use any commas.",
            ["punctuation:no_comma"],
            [{}],
            "Write a list of the top 5 facts about Norway. Use at least one comma in your response.",
        ),
        (
            "Write a 400+ word summary of the history of the bicycle.",
            ["length_constraints:number_words"],
            [{"num_words": 400, "relation": "at least"}],
            "Write a summary of the history of the bicycle. Answer with fewer than 400 words.",
        ),
        (
            "Write a letter to my aunt about our garden in all lowercase letters, and keep it friendly.",
            ["change_case:english_lowercase"],
            [{}],
            "Write a letter to my aunt about our garden, and keep it friendly. "
            "Do not write your response entirely in English lowercase letters.",
        ),
    ],
)
def test_a_clause_inside_a_task_sentence_is_cut_and_the_reversal_follows(prompt, ids, kwargs, want):
    rw, new = _rw(_ifeval(prompt, ids, kwargs), [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert new == want


def test_a_whole_sentence_or_list_item_is_replaced_in_place():
    conv = _ifeval(
        "Write a blog post about tea.\n- Do not use any commas in your response.\n- Use fewer than 8 sentences.",
        ["punctuation:no_comma", "length_constraints:number_sentences"],
        [{}, {"num_sentences": 8, "relation": "less than"}],
    )
    rw, new = _rw(conv, [True, False])
    assert rw.ok
    assert new == (
        "Write a blog post about tea.\n- Use at least one comma in your response.\n- Use fewer than 8 sentences."
    )


def test_every_statement_of_a_repeated_constraint_is_rewritten():
    conv = _ifeval(
        "Describe a train journey in JSON format. Mention the stations.\n"
        "Your entire output should be wrapped in JSON format.",
        ["detectable_format:json_format"],
        [{}],
    )
    rw, new = _rw(conv, [True])
    assert rw.ok, rw.unverified
    assert "JSON format." not in new.replace("Do not format your entire output as JSON.", "")
    assert new.count("Do not format your entire output as JSON.") == 2
    assert "Describe a train journey." in new and "Mention the stations." in new


def test_statements_finds_a_repeated_constraint_twice():
    text = "Write about tea. Do not use any commas.\n\nAgain: do not use any commas in your response."
    found = [s for s in statements([Message(role="user", content=text)]) if s.key[0] == "punctuation:no_comma"]
    assert len(found) == 2


def test_canonical_mid_sentence_span_gets_the_clause_treatment():
    content = "Describe green tea in fewer than 50 words, for a menu."
    start = content.index("in fewer")
    row = {
        "id": "c",
        "messages": [{"role": "user", "content": content}],
        "constraints": [
            {
                "id": "length_constraints:number_words",
                "kwargs": {"num_words": 50, "relation": "less than"},
                "text": "in fewer than 50 words",
                "span": {"message": 0, "start": start, "end": start + len("in fewer than 50 words")},
            }
        ],
    }
    conv = parse_row(json.dumps(row).encode("utf-8"))
    rw, new = _rw(conv, [True])
    assert rw.ok
    assert new == "Describe green tea, for a menu. Answer with at least 50 words."
    sp = rw.constraints[0].span
    assert new[sp.start : sp.end] == rw.constraints[0].text == "Answer with at least 50 words."


def test_an_inline_clause_the_rules_read_is_cut_and_the_task_kept():
    conv = _ifeval(
        "Compose a poem about a lighthouse keeper, in which the letter q appears at least 3 times.",
        ["keywords:letter_frequency"],
        [{"letter": "q", "let_frequency": 3, "let_relation": "at least"}],
    )
    rw, new = _rw(conv, [True])
    assert rw.ok
    assert new == (
        'Compose a poem about a lighthouse keeper. In your response, the letter "q" should appear less than 3 times.'
    )


def test_a_statement_the_rules_cannot_read_is_placed_by_its_values_or_reported():
    # no phrase grammar reads "let q pop up 3+ times", but it names the letter and the count: it is
    # placed by them (stages/anchor.py) and rewritten like any other statement
    conv = _ifeval(
        "Compose a poem about a lighthouse keeper, and let q pop up 3+ times.",
        ["keywords:letter_frequency"],
        [{"letter": "q", "let_frequency": 3, "let_relation": "at least"}],
    )
    rw, after = _rw(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert after.startswith("Compose a poem about a lighthouse keeper.") and "pop up" not in after
    # a statement that names neither is not located: the pair is dropped as rewrite_failed, and the
    # prompt is left as it was
    conv = _ifeval(
        "Compose a poem about a lighthouse keeper, and let that odd letter pop up a lot.",
        ["keywords:letter_frequency"],
        [{"letter": "q", "let_frequency": 3, "let_relation": "at least"}],
    )
    rw, after = _rw(conv, [True])
    assert not rw.ok and after == conv.messages[0].content
    assert rw.errors == ["keywords:letter_frequency: could not find where the instruction states it"]


def test_guard_names_what_is_wrong():
    conv = _ifeval("Write a poem about rain. Do not use any commas in your response.", ["punctuation:no_comma"], [{}])
    types = build_types(conv.constraints)
    rev = [types[0].reverse()]
    text = "Use at least one comma in your response."

    def check(prompt: str, cut: str = "Do not use any commas in your response.") -> list[str]:
        return guard(conv, [Message(role="user", content=prompt)], types, rev, [True], {0: text}, [(0, cut)],
                     {0: ["poem", "rain"]})  # fmt: skip

    assert check(f"Write a poem about rain. {text}") == []
    assert "rewrite_unverified:reversed_missing:punctuation:no_comma" in check("Write a poem about rain.")
    both = f"Write a poem about rain. {text} Do not use any commas in your response."
    assert "rewrite_unverified:original_remains:punctuation:no_comma" in check(both)
    assert "rewrite_unverified:task_lost" in check(f"Write a poem. {text}")


# --- property: whatever the rewrite emits keeps the task and drops the original ----------------

TASKS = [
    "Write a short story about a clockmaker who lives under a bridge",
    "Describe how a sailboat tacks against the wind",
    "Draft an invitation to a neighborhood soup festival",
    "Give me tips for growing basil on a windowsill",
]
PHRASES = [  # (id, kwargs, inline clause, sentence)
    ("punctuation:no_comma", {}, "and do not use any commas", "Do not use any commas in your response."),
    ("length_constraints:number_words", {"num_words": 120, "relation": "less than"}, "in fewer than 120 words",
     "Answer with fewer than 120 words."),
    ("change_case:english_lowercase", {}, "in all lowercase letters",
     "Your entire response should be in English, and in all lowercase letters."),
    ("detectable_format:json_format", {}, "in JSON format", "Your entire output should be wrapped in JSON format."),
    ("startend:end_checker", {"end_phrase": "See you soon."}, 'and end it with the exact phrase "See you soon."',
     'Finish your response with the exact phrase "See you soon.".'),
    ("keywords:existence", {"keywords": ["lantern"]}, 'that mentions the word "lantern"',
     'It would be great if you could include the word "lantern".'),
    ("startend:quotation", {}, "and wrap it in double quotes",
     "I'd appreciate it if you could wrap your entire response in double quotation marks."),
]  # fmt: skip


EMITTED: list[bool] = []


@settings(max_examples=60, deadline=None)
@given(
    task=st.sampled_from(TASKS),
    picks=st.lists(st.sampled_from(range(len(PHRASES))), min_size=1, max_size=3, unique=True),
    inline=st.booleans(),
    twice=st.booleans(),
    data=st.data(),
)
def test_emitted_rewrites_keep_the_task_and_state_only_the_reversal(task, picks, inline, twice, data):
    first = PHRASES[picks[0]]
    prompt = f"{task} {first[2]}." if inline else f"{task}. {first[3]}"
    for k in picks[1:]:
        prompt += " " + PHRASES[k][3]
    if twice and inline:
        prompt += "\n\nRemember: " + first[3]
    conv = _ifeval(prompt, [PHRASES[k][0] for k in picks], [PHRASES[k][1] for k in picks])
    flags = data.draw(st.lists(st.booleans(), min_size=len(picks), max_size=len(picks)).filter(any))
    types = build_types(conv.constraints)
    rw = rewrite(conv, types, flags)
    EMITTED.append(rw.ok)
    if not rw.ok:
        return  # dropped, counted by the caller: never emitted
    new = rw.messages[-1].content
    for sentence in re.split(r"(?<=[.!?])\s+", new):
        last = re.findall(r"[\w']+", sentence)
        assert not last or last[-1].lower() not in _DANGLING, new
    words = {w.lower() for w in new.replace(".", " ").split()}
    assert all(w.lower() in words for w in task.split()), new
    after = {s.key for s in statements(rw.messages)}
    for i, rev in enumerate(flags):
        if rev:
            assert types[i].reverse().describe() in new
            assert _key(conv.constraints[i].id, conv.constraints[i].kwargs) not in after, new


def test_most_generated_rewrites_are_emitted():
    """The property above is not vacuous: these phrasings are ones the grammar reads."""
    if not EMITTED:
        pytest.skip("run with the property test")
    assert sum(EMITTED) >= 0.8 * len(EMITTED), (sum(EMITTED), len(EMITTED))


# --- issue 11 part C: polite frames, dangling words, shared range spans ------------------------


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "want"),
    [
        (
            "Write a note to my landlord about the heater. It would be great if you could avoid commas.",
            ["punctuation:no_comma"],
            [{}],
            "Write a note to my landlord about the heater. Use at least one comma in your response.",
        ),
        (
            "Summarise the history of the bicycle. I'd appreciate it if you could keep it under 120 words.",
            ["length_constraints:number_words"],
            [{"num_words": 120, "relation": "less than"}],
            "Summarise the history of the bicycle. Answer with at least 120 words.",
        ),
        (
            "Describe a hiking trail. I would appreciate it if the entire response were in English and in all "
            "lowercase letters.",
            ["change_case:english_lowercase"],
            [{}],
            "Describe a hiking trail. Do not write your response entirely in English lowercase letters.",
        ),
    ],
)
def test_a_polite_frame_around_a_constraint_goes_with_it(prompt, ids, kwargs, want):
    rw, new = _rw(_ifeval(prompt, ids, kwargs), [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert new == want


def test_polite_words_outside_a_polite_frame_stay_task_words():
    conv = _ifeval("I'd love a haiku about frost in all lowercase letters.", ["change_case:english_lowercase"], [{}])
    rw, new = _rw(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert new.startswith("I'd love a haiku about frost."), new


def test_guard_rejects_a_sentence_left_dangling():
    conv = _ifeval("Write a poem about rain. Do not use any commas in your response.", ["punctuation:no_comma"], [{}])
    types = build_types(conv.constraints)
    rev = [types[0].reverse()]
    text = "Use at least one comma in your response."

    def check(prompt: str) -> list[str]:
        return guard(conv, [Message(role="user", content=prompt)], types, rev, [True], {0: text},
                     [(0, "Do not use any commas in your response.")], {0: ["poem", "rain"]},
                     cut_sentences={0: [prompt.split(". ")[0] + "."]})  # fmt: skip

    assert check(f"Write a poem about rain. {text}") == []
    for dangling in ("It would be great if you could", "Write a poem about rain that", "Write a poem about rain with",
                     "Write a poem about rain and", "Write a poem about rain, which should be"):  # fmt: skip
        assert "rewrite_unverified:ungrammatical" in check(f"{dangling}. {text}"), dangling


def test_reversing_one_end_of_a_word_range_keeps_the_other():
    conv = _ifeval(
        "Write a summary of the water cycle in between 80 and 120 words.",
        ["length_constraints:number_words", "length_constraints:number_words"],
        [{"num_words": 80, "relation": "at least"}, {"num_words": 121, "relation": "less than"}],
    )
    for flags in ([True, False], [False, True]):
        rw, new = _rw(conv, flags)
        assert rw.ok, (flags, rw.errors, rw.unverified, new)
        assert new.startswith("Write a summary of the water cycle.")
        keys = {s.key for s in statements(rw.messages)}
        for c in rw.constraints:
            assert _key(c.id, c.kwargs) in keys
