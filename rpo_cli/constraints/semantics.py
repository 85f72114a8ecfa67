"""Verdict semantics: rpo's corrected checks, or the references' own (IFEval / IFBench), and
IFEval's loose accuracy.

``corrected`` (the default, and always used to build pairs) is each type's ``check``.
``reference`` is each type's ``check_reference``: the verdict IFEval's or IFBench's own checker
gives, its documented bugs included, for users who want the leaderboard's numbers. IFEval's
*loose* accuracy counts an instruction as followed when any of eight variants of the response
follows it: the response, without its first line, without its last line, without both, and
each of those four with every ``*`` removed (the reference's variants, in the same order).
"""

from __future__ import annotations

from typing import Literal

from rpo_cli.constraints.base import CheckResult, ConstraintType

Semantics = Literal["corrected", "reference"]
SEMANTICS: tuple[str, ...] = ("corrected", "reference")


def check(c: ConstraintType, response: str, semantics: str = "corrected") -> CheckResult:
    """``c``'s verdict on ``response`` under ``semantics``."""
    if semantics == "reference":
        return c.check_reference(response)
    if semantics == "corrected":
        return c.check(response)
    raise ValueError(f"unknown semantics {semantics!r} (expected one of {', '.join(SEMANTICS)})")


def loose_variants(response: str) -> list[str]:
    """The eight response variants IFEval's loose accuracy tries."""
    lines = response.split("\n")
    first = "\n".join(lines[1:]).strip()
    last = "\n".join(lines[:-1]).strip()
    both = "\n".join(lines[1:-1]).strip()
    bare = [response, first, last, both]
    return [bare[0], bare[0].replace("*", ""), *bare[1:], *(v.replace("*", "") for v in bare[1:])]


def check_loose(c: ConstraintType, response: str, semantics: str = "corrected") -> bool | None:
    """Loose verdict: followed if any non-blank variant follows; unknown if none follows and some
    variant is unknown; otherwise not followed."""
    seen_unknown = False
    for v in loose_variants(response):
        if not v.strip():
            continue  # the reference skips blank variants (a blank response fails)
        res = check(c, v, semantics)
        if res.followed:
            return True
        seen_unknown |= res.followed is None
    return None if seen_unknown else False
