"""Table tests for punctuation:no_comma (IFEval semantics, every Unicode comma) and its negation."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.errors import ConstraintArgsError

NO = "punctuation:no_comma"
USE = "punctuation:use_comma"

ROWS = [
    ("I came. I saw. I conquered. Then I went home and slept for a very long time.", True),
    ("I came, I saw, I conquered.", False),
    ("Paris is lovely in spring.\n\nIt rains less than you think", True),
    ("There were 1,000 people at the concert.", False),  # a thousands separator is a comma too
    ("## Shopping list\n\n* **Eggs** and milk\n* Bread (whole wheat)\n\n`a = [1; 2]`", True),
    ("He said \u201cyes\u201d and left \u2014 quickly.", True),
    ("\u201aLow quote\u2018 is not a comma.", True),  # U+201A looks like a comma but is a quotation mark
    ("This sentence ends with one,", False),
    # Divergence from IFEval: the commas of other scripts count (IFEval sees only ",")
    ("你好，世界。", False),
    ("日本語、英語、フランス語を話します。", False),
    ("مرحبا، كيف حالك؟", False),
    ("Small\ufe50comma", False),
    ("你好世界。今天天气很好。", True),
]


@pytest.mark.parametrize(("response", "expected"), ROWS)
def test_verdicts_and_reversal(response, expected):
    c = build(NO)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev is not None and rev.id == USE
    assert rev.check(response).followed is (not expected)
    assert rev.reverse() == c


def test_describe():
    assert "comma" in build(NO).describe()
    assert build(USE).describe() == "Use at least one comma in your response."


@pytest.mark.parametrize("kwargs", [{"comma": ","}, {"x": None, "y": 1}])
def test_bad_kwargs(kwargs):
    with pytest.raises(ConstraintArgsError):
        build(NO, kwargs)
    with pytest.raises(ConstraintArgsError):
        build(USE, kwargs)


def test_null_kwargs_count_as_absent():
    assert build(NO, {"comma": None}) == build(NO)


@pytest.mark.parametrize(
    ("type_id", "sentence"),
    [
        (NO, "In your entire response, refrain from the use of any commas."),
        (NO, "Do not use any commas in your answer."),
        (NO, "Write it without commas."),
        (USE, "Use at least one comma in your response."),
    ],
)
def test_rules_read_usual_phrasings(type_id, sentence):
    assert type_id in _rules_read(sentence)


def _rules_read(sentence: str) -> set[str]:
    """The type ids the phrase grammar reads in ``sentence`` after a task sentence."""
    from rpo_cli.schema import Message
    from rpo_cli.stages.decompose_rules import rule_decompose

    return {c.id for c in rule_decompose([Message(role="user", content="Write a short note. " + sentence)])}
