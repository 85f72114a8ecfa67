"""Shared assertions for the per-family table tests."""

from __future__ import annotations

from rpo_cli.constraints import build


def assert_verdict_and_negation(type_id, kwargs, response, expected):
    """The verdict is as expected with a reason, and the registered negation flips it exactly."""
    c = build(type_id, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev is not None and rev.id != c.id
    assert rev.check(response).followed is (not expected)
    assert rev.reverse() == c
    assert rev.describe() and c.describe()
