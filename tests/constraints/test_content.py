"""Table tests for detectable_content:* (IFEval semantics) and their negations."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.errors import ConstraintArgsError
from tests.constraints.helpers import assert_verdict_and_negation

PH = "detectable_content:number_placeholders"
PS = "detectable_content:postscript"

LETTER = (
    "Dear [name],\n\nThank you for your order of [product]. It will ship to [address] "
    "within three business days.\n\nBest regards,\nThe team"
)

ROWS = [
    # placeholders: non-greedy [..] matches, at least N
    (PH, {"num_placeholders": 3}, LETTER, True),
    (PH, {"num_placeholders": 4}, LETTER, False),
    (PH, {"num_placeholders": 1}, "No placeholders here at all.", False),
    # an empty pair still counts; a pair cannot span lines ("." does not match a newline)
    (PH, {"num_placeholders": 1}, "Fill in [] later.", True),
    (PH, {"num_placeholders": 1}, "Open [bracket\nclosed] later.", False),
    # nested brackets: "[[a]" is one non-greedy match, the trailing "]" is left over
    (PH, {"num_placeholders": 2}, "See [[a] here].", False),
    # markdown links count as placeholders too (IFEval does not tell them apart)
    (PH, {"num_placeholders": 1}, "Read [the docs](https://example.com) first.", True),
    (PH, {"num_placeholders": 2}, "請填寫[姓名]和[地址]。", True),
    # postscript: case-insensitive, anywhere, spacing variants for P.S. / P.P.S
    (PS, {"postscript_marker": "P.S."}, "I hope this helps.\n\nP.S. Bring an umbrella.", True),
    (PS, {"postscript_marker": "P.S."}, "I hope this helps.\n\np. s. bring an umbrella.", True),
    (PS, {"postscript_marker": "P.S."}, "I hope this helps.\nPS: bring an umbrella.", False),
    (PS, {"postscript_marker": "P.S."}, "See you soon.\n\nP.P.S. One more thing.", True),  # contains "p.s."
    (PS, {"postscript_marker": "P.P.S"}, "Thanks!\nP.S. first\nP.P.S second", True),
    (PS, {"postscript_marker": "P.P.S"}, "Thanks!\nP. P. S. second", True),
    (PS, {"postscript_marker": "P.P.S"}, "Thanks!\nP.S. only one postscript", False),
    # not anchored to a line start: IFEval finds the marker anywhere
    (PS, {"postscript_marker": "P.S."}, "Remember the p.s. at the end of letters.", True),
    # other markers: literal, case-insensitive (escaped: "." is not a wildcard)
    (PS, {"postscript_marker": "Note:"}, "The meeting moved.\n\nnote: bring slides.", True),
    (PS, {"postscript_marker": "P.S"}, "The meeting moved.\n\nPxS bring slides.", False),
    (PS, {"postscript_marker": "P.S"}, "The meeting moved.\n\nP.S bring slides.", True),
    (PS, {"postscript_marker": "附言"}, "会议改期了。\n\n附言：请带上幻灯片。", True),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdicts_and_reversal(type_id, kwargs, response, expected):
    assert_verdict_and_negation(type_id, kwargs, response, expected)


def test_negation_ids_and_text():
    assert build(PH, {"num_placeholders": 2}).reverse().id == "detectable_content:fewer_placeholders"
    assert build(PS, {"postscript_marker": "P.S."}).reverse().id == "detectable_content:no_postscript"
    assert "fewer than 2" in build(PH, {"num_placeholders": 2}).reverse().describe()
    assert "P.P.S." in build(PS, {"postscript_marker": "P.P.S"}).describe()
    assert not build(PS, {"postscript_marker": "P.S."}).describe().endswith("..")


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        (PH, {}),
        (PH, {"num_placeholders": "three"}),
        (PH, {"num_placeholders": -1}),
        (PH, {"num_placeholders": 2, "extra": 1}),
        (PS, {}),
        (PS, {"postscript_marker": ""}),
        (PS, {"postscript_marker": "   "}),
        (PS, {"postscript_marker": 3}),
        ("detectable_content:fewer_placeholders", {}),
        ("detectable_content:no_postscript", {"postscript_marker": None}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)
