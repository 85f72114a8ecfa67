"""Items under a head that says no ("DON'T:", "Never:", "Things to avoid:"): the rules read each item
on its own, so what they read there is turned around (decompose_rules/heads.py), and the reverse
stage never rewrites such an item in place. The prompts are written for these tests."""

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose
from tests.rewrite_helpers import ifeval_conv, rewrite_last


def _read(prompt: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=prompt)])]


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        ("You are Pip, our plant bot.\n\nDON'T:\n- use markdown (the widget shows raw asterisks)\n- be rude",
         ("format:no_markdown", {})),
        ("Never:\n* use emojis\n* argue with the customer", ("format:no_emoji", {})),
        ("House rules.\nThings to avoid:\n- more than 120 words\n- slang",
         ("length_constraints:number_words", {"relation": "less than", "num_words": 121})),
        ("**Do NOT**:\n- end with a question\n- apologise twice", ("content:not_end_with_question", {})),
        ("DON'T: use markdown. Write a short poem about moss.", ("format:no_markdown", {})),
    ],
)  # fmt: skip
def test_an_item_under_a_no_head_is_read_as_a_ban(prompt, want):
    read = _read(prompt)
    assert want in read, read
    flipped = {"format:no_markdown": "format:use_markdown", "format:no_emoji": "format:use_emoji",
               "content:not_end_with_question": "content:end_with_question"}  # fmt: skip
    assert flipped.get(want[0]) not in {i for i, _ in read}, read


@pytest.mark.parametrize(
    ("prompt", "want"),
    [
        # a statement before its reason is no head
        ("No emojis: they look cheap. Write a poem about moss.", ("format:no_emoji", {})),
        # a head that says yes, and a head that is a heading of rules
        ("Always:\n- end with a question", ("content:end_with_question", {})),
        ("Rules:\n- use at least one emoji", ("format:use_emoji", {})),
        # a ban the rules read with its head already is not turned around again
        ("Banned words: cheap, guarantee.", ("keywords:forbidden_words", {"forbidden_words": ["cheap", "guarantee"]})),
        # a long sentence with a "never" and a colon is no head
        ("You never claim to know the future, and when asked about love: end with a question.",
         ("content:end_with_question", {})),
    ],
)  # fmt: skip
def test_what_is_not_under_a_no_head_is_read_as_written(prompt, want):
    assert want in _read(prompt), _read(prompt)


def test_a_double_negative_under_a_no_head_reads_as_nothing():
    assert _read("DON'T:\n- don't forget the emojis") == []


def test_an_item_under_a_no_head_is_never_rewritten_in_place():
    prompt = "Reply as Pip.\n\nDON'T:\n- use markdown\n- be rude\n\nWrite at most 50 words."
    conv = ifeval_conv(prompt, ["format:no_markdown"], [{}])
    rw, text = rewrite_last(conv, [True])
    assert not rw.ok and text == prompt  # lost as rewrite_failed, never "DON'T: Format your response with Markdown"
