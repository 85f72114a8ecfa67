"""Table tests for combination:* (IFEval semantics) and their negations."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.errors import ConstraintArgsError
from tests.constraints.helpers import assert_verdict_and_negation

TWO = "combination:two_responses"
REP = "combination:repeat_prompt"
PROMPT = "Write a short poem about the ocean at night."

ROWS = [
    # two responses: exactly two different non-blank parts around "******"
    (TWO, {}, "The sea is calm tonight.\n******\nWaves whisper under the moon.", True),
    (TWO, {}, "******\nFirst answer.\n******\nSecond answer.\n******", True),  # blank ends are fine
    (TWO, {}, "Same answer.\n******\n  Same answer.  ", False),
    (TWO, {}, "Only one answer, no separator.", False),
    (TWO, {}, "One.\n******\nTwo.\n******\nThree.", False),
    (TWO, {}, "One.\n******\n\n******\nTwo.", False),  # blank middle part
    (TWO, {}, "One.\n************\nTwo.", False),  # twelve stars: two separators, empty middle
    (TWO, {}, "One.\n*******\nTwo.", True),  # seven stars: the extra "*" joins the second part
    (TWO, {}, "******", False),
    (TWO, {}, "**Bold** answer one.\n******\n- answer two", True),
    (TWO, {}, "第一个回答。\n******\n第二个回答。", True),
    # repeat prompt: starts with the prompt, case-insensitive, whitespace around ignored
    (REP, {"prompt_to_repeat": PROMPT}, PROMPT + "\n\nSilver light on water,\nthe tide breathes slow.", True),
    (REP, {"prompt_to_repeat": PROMPT}, "  " + PROMPT.upper() + " Here it is: ...", True),
    (REP, {"prompt_to_repeat": "  " + PROMPT + "\n"}, PROMPT + " Here it is.", True),
    (REP, {"prompt_to_repeat": PROMPT}, "Sure! " + PROMPT + " Here it is.", False),
    (REP, {"prompt_to_repeat": PROMPT}, "Write a short poem about the ocean at night", False),  # no final "."
    (REP, {"prompt_to_repeat": PROMPT}, "Write a  short poem about the ocean at night.", False),  # double space
    (REP, {"prompt_to_repeat": "写一首关于海的诗。"}, "写一首关于海的诗。\n海浪轻轻拍岸。", True),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdicts_and_reversal(type_id, kwargs, response, expected):
    assert_verdict_and_negation(type_id, kwargs, response, expected)


def test_negation_ids_and_text():
    assert build(TWO).reverse().id == "combination:not_two_responses"
    rev = build(REP, {"prompt_to_repeat": PROMPT}).reverse()
    assert rev.id == "combination:not_repeat_prompt"
    assert PROMPT in rev.describe()


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        (REP, {}),
        (REP, {"prompt_to_repeat": ""}),
        (REP, {"prompt_to_repeat": " \n "}),
        (REP, {"prompt_to_repeat": ["a"]}),
        (REP, {"prompt": PROMPT}),
        (TWO, {"separator": "***"}),
        ("combination:not_repeat_prompt", {}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)
