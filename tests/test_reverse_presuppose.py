"""Soft contradictions: words left in a rewritten prompt that only make sense while a reversed
constraint's original holds (the response's JSON, each of two versions) refuse the pair as
``presupposes_original``; talk about JSON that asks for none does not (issue 11)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.reverse import _key, statements
from tests.rewrite_helpers import ifeval_conv, rewrite_last

JSON = "detectable_format:json_format"
TWO = "combination:two_responses"


@pytest.mark.parametrize(
    "prompt",
    [
        "Build a JSON array of three fictional moons with their radius. Wrap the whole output in JSON format.",
        "Give me a packing checklist for a ski trip. Wrap the whole output in JSON format. Keep the whole JSON "
        "under 700 characters.",
        "Map each planet to its number of moons. Wrap the whole output in JSON format. Each key is a planet name.",
        "Summarize the memo. Wrap the whole output in JSON format. Use fields named title and gist.",
    ],
)
def test_a_reversed_json_format_beside_words_that_presuppose_json_is_refused(prompt):
    rw, _ = rewrite_last(ifeval_conv(prompt, [JSON], [{}]), [True])
    assert not rw.ok
    assert f"rewrite_unverified:presupposes_original:{JSON}" in rw.unverified


@pytest.mark.parametrize(
    "prompt",
    [
        "Explain the difference between JSON and YAML for a beginner. Wrap the whole output in JSON format.",
        "Tell me why developers like JSON. Wrap the whole output in JSON format.",
        "List three key facts about owls. Wrap the whole output in JSON format.",
    ],
)
def test_talk_about_json_is_no_presupposition(prompt):
    rw, new = rewrite_last(ifeval_conv(prompt, [JSON], [{}]), [True])
    assert not any("presupposes_original" in u for u in rw.unverified), (rw.unverified, new)


@pytest.mark.parametrize(
    ("tail", "refused"),
    [("Each version under 8 words.", True), ("Both options must rhyme.", True), ("Keep it upbeat.", False)],
)
def test_each_of_two_versions_presupposes_two_responses(tail, refused):
    prompt = (
        f"Suggest slogans for a bike shop. Give two different responses, separated by six asterisks (******). {tail}"
    )
    rw, new = rewrite_last(ifeval_conv(prompt, [TWO], [{}]), [True])
    assert (f"rewrite_unverified:presupposes_original:{TWO}" in rw.unverified) == refused, new
    assert rw.ok == (not refused)


@pytest.mark.parametrize(
    "tail",
    ["Honestly, keep it tight, under 120.", "<120 chars would be ideal", "Max 120 chars."],
)
def test_a_count_restated_without_its_unit_or_in_short_form_is_the_original(tail):
    prompt = f"Write a tagline for a ferry company. Your response should be less than 120 characters long. {tail}"
    conv = ifeval_conv(prompt, ["length:number_characters"], [{"num_chars": 120, "relation": "less than"}])
    rw, new = rewrite_last(conv, [True])
    # refused, or (once the grammar reads the restatement as a statement) rewritten with the rest:
    # never emitted with the original count still asked for
    if rw.ok:
        assert tail.rstrip(".") not in new, new
        original = _key("length:number_characters", {"num_chars": 120, "relation": "less than"})
        assert original not in {s.key for s in statements([Message(role="user", content=new)])}, new


def test_a_number_of_something_else_is_no_restated_count():
    prompt = "Write a tagline for our 120 ferries. Your response should be less than 120 characters long."
    conv = ifeval_conv(prompt, ["length:number_characters"], [{"num_chars": 120, "relation": "less than"}])
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "120 ferries" in new, (rw.unverified, new)
