"""Code that a prompt quotes (a fenced block) is material for the task, never a directive: the rules
do not read constraints in it, and still read the instructions around it with exact spans."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _found(text: str) -> list[tuple[str, dict]]:
    cs = rule_decompose([Message(role="user", content=text)])
    for c in cs:  # spans are the message's own offsets
        assert text[c.span.start : c.span.end] == c.text
    return [(c.id, c.kwargs) for c in cs]


@pytest.mark.parametrize(
    "code",
    [
        '```python\ndef parse(line):\n    return line.split(",")  # use a comma as the separator\n```',
        "~~~\nlog: respond in French, use at least 3 bullet points\n~~~",
        "```\nALWAYS END WITH 'done'. No emojis.\n```",
    ],
)
def test_a_fenced_block_states_nothing_and_the_text_around_it_is_read(code):
    text = f"Review the snippet below. Do not use commas.\n\n{code}\nKeep the review under 80 words."
    assert _found(text) == [
        ("punctuation:no_comma", {}),
        ("length_constraints:number_words", {"num_words": 80, "relation": "less than"}),
    ]


def test_an_unclosed_fence_runs_to_the_end_of_the_message():
    assert _found("Answer in lowercase.\n```\nuse at least 5 emojis\n") == [("change_case:english_lowercase", {})]


def test_the_same_words_outside_a_fence_are_read():
    assert ("punctuation:use_comma", {}) not in _found('```\nx.split(",")  # use a comma\n```')
    assert _found("Use at least 3 bullet points.") != []
