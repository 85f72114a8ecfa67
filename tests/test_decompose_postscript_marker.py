"""The postscript marker is read by one grammar for every postscript phrasing: the marker a
"starting with ..." tail names wins over the default "P.S.", whether the postscript is asked for,
forbidden, or named in a requirement-list item."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose
from rpo_cli.stages.decompose_rules.startend import postscript_marker

P = "detectable_content:postscript"
NP = "detectable_content:no_postscript"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


CASES = [
    (
        "Write a note. Do not add a postscript starting with P.P.S to your response.",
        [(NP, {"postscript_marker": "P.P.S"})],
    ),
    ("Write a note. Don't include a postscript beginning with P.P.S.", [(NP, {"postscript_marker": "P.P.S"})]),
    ("Write a note. Never add a postscript that starts with P. P. S", [(NP, {"postscript_marker": "P.P.S"})]),
    ("Write a note. No P.P.S at the end.", [(NP, {"postscript_marker": "P.P.S"})]),
    ("Write a note. Do not add a postscript to your response.", [(NP, {"postscript_marker": "P.S."})]),
    ("Write a note without a postscript.", [(NP, {"postscript_marker": "P.S."})]),
    (
        "Write a note.\n* a postscript starting with P.P.S\n* no emojis",
        [(P, {"postscript_marker": "P.P.S"}), ("format:no_emoji", {})],
    ),
    (
        "Write a note.\n- a short postscript beginning with P.P.S.\n- no emojis",
        [(P, {"postscript_marker": "P.P.S"}), ("format:no_emoji", {})],
    ),
    (
        "Write a note.\n- a P.S. at the very end\n- no emojis",
        [(P, {"postscript_marker": "P.S."}), ("format:no_emoji", {})],
    ),
    ("Write a note. End with a postscript starting with P.P.S", [(P, {"postscript_marker": "P.P.S"})]),
    (
        'Write a note. Do not add a postscript starting with "P.P.P.S" to your response.',
        [(NP, {"postscript_marker": "P.P.P.S"})],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_the_named_marker_is_read_the_same_in_every_phrasing(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [("P.S.", "P.S."), ("p.s", "P.S."), ("P. S.", "P.S."), ("P.P.S.", "P.P.S"), ("p. p. s", "P.P.S"), (None, "P.S.")],
)
def test_marker_normalised_as_the_checker_spells_it(raw, want):
    assert postscript_marker(raw) == want
