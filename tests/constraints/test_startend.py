"""Table tests for startend:* (IFEval semantics) and their negations."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.errors import ConstraintArgsError
from tests.constraints.helpers import assert_verdict_and_negation

END = "startend:end_checker"
QUO = "startend:quotation"
PHRASE = "Is there anything else I can help with?"

ROWS = [
    # end phrase: case-insensitive, trailing whitespace and wrapping double quotes ignored
    (END, {"end_phrase": PHRASE}, "Paris is the capital of France. Is there anything else I can help with?", True),
    (END, {"end_phrase": PHRASE}, "Paris is the capital.\nis there anything else i can help with?\n\n", True),
    (END, {"end_phrase": PHRASE}, '"Paris is the capital. Is there anything else I can help with?"', True),
    (END, {"end_phrase": "  " + PHRASE + " "}, "Done. " + PHRASE, True),
    (END, {"end_phrase": PHRASE}, "Paris. Is there anything else I can help with? Thanks!", False),
    (END, {"end_phrase": PHRASE}, "Paris. Is there anything else I can help with", False),
    (END, {"end_phrase": PHRASE}, "Paris. **Is there anything else I can help with?**", False),
    (END, {"end_phrase": "Any other questions?"}, "The answer is 4.Any other questions?", True),  # suffix match
    (END, {"end_phrase": "还有其他问题吗？"}, "答案是四。还有其他问题吗？", True),
    # quotation: the stripped response starts and ends with a double quote
    (QUO, {}, '"The early bird catches the worm, but the second mouse gets the cheese."', True),
    (QUO, {}, '  \n"Wrapped, with whitespace around."\n ', True),
    (QUO, {}, '"First paragraph.\n\nSecond paragraph."', True),
    (QUO, {}, '""', True),
    (QUO, {}, '"', False),  # a lone quote is not a wrapped response
    (QUO, {}, "\u201cCurly quotes do not count.\u201d", False),
    (QUO, {}, "'Single quotes do not count.'", False),
    (QUO, {}, '"Opened but never closed.', False),
    (QUO, {}, 'He said "hello" to me.', False),
    (QUO, {}, '"你好，世界。"', True),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdicts_and_reversal(type_id, kwargs, response, expected):
    assert_verdict_and_negation(type_id, kwargs, response, expected)


def test_negation_ids_and_text():
    rev = build(END, {"end_phrase": PHRASE}).reverse()
    assert rev.id == "startend:not_end_checker"
    assert rev.describe() == f'Do not end your response with the phrase "{PHRASE}"'  # no doubled stop
    assert build(QUO).reverse().id == "startend:no_quotation"


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        (END, {}),
        (END, {"end_phrase": ""}),
        (END, {"end_phrase": "   "}),
        (END, {"end_phrase": 7}),
        (END, {"end_phrase": PHRASE, "start_phrase": "Hi"}),
        (QUO, {"quote": '"'}),
        ("startend:not_end_checker", {"end_phrase": None}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)
