"""Content constraints (IFEval's ``detectable_content:*`` and their exact complements)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register

# Non-greedy, so "[a] and [b]" is two placeholders; a bracket pair may span lines, as in IFEval.
_PLACEHOLDER_RE = re.compile(r"\[.*?\]")


class PlaceholderArgs(Args):
    num_placeholders: int = Field(ge=0)


def _placeholders(text: str) -> int:
    return len(_PLACEHOLDER_RE.findall(text))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@register
class NumberPlaceholders(ConstraintType):
    """At least N placeholders in square brackets (each non-greedy ``[...]`` counts, even ``[]``)."""

    id = "detectable_content:number_placeholders"
    Args = PlaceholderArgs
    example: ClassVar[dict[str, Any]] = {"num_placeholders": 2}

    def describe(self) -> str:
        n = self.args.num_placeholders
        return f"The response must contain at least {_plural(n, 'placeholder')} in square brackets, such as [address]."

    def evaluate(self, response: str) -> CheckResult:
        n = _placeholders(response)
        return CheckResult(n >= self.args.num_placeholders, _plural(n, "placeholder"))


@register
@negation_of(NumberPlaceholders)
class FewerPlaceholders(Negation):
    """Complement of detectable_content:number_placeholders: fewer than N bracketed placeholders."""

    id = "detectable_content:fewer_placeholders"

    def describe(self) -> str:
        n = self.args.num_placeholders
        if n == 1:
            return "Do not include any placeholders in square brackets, such as [address]."
        return f"Include fewer than {n} placeholders in square brackets, such as [address]."


class PostscriptArgs(Args):
    postscript_marker: str = Field(min_length=1)

    @field_validator("postscript_marker")
    @classmethod
    def _non_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("postscript_marker must be a non-blank string")
        return v


def _postscript_pattern(marker: str) -> str:
    # IFEval special-cases its two usual markers so that spacing variants ("P. S.", "P.P.S")
    # also count; any other marker is matched as written, case-insensitively.
    if marker == "P.P.S":
        return r"\s*p\.\s?p\.\s?s.*$"
    if marker == "P.S.":
        return r"\s*p\.\s?s\..*$"
    return r"\s*" + re.escape(marker.lower()) + r".*$"


def _stop(marker: str) -> str:
    # "... starting with P.S." already ends the sentence.
    return "" if marker.rstrip().endswith(".") else "."


def _marker_text(marker: str) -> str:
    """IFEval's two markers as IFEval writes them; any other in quotes: unquoted, "starting with
    P.S." could not tell the marker "P.S" (the sentence's own period after it) from "P.S."."""
    return marker if marker in ("P.S.", "P.P.S") else f'"{marker}"'


@register
class Postscript(ConstraintType):
    """The response contains a postscript starting with the marker (case-insensitive, anywhere
    in the text, as IFEval matches it: a "P.P.S." also contains a "P.S.").

    Divergence from IFEval: a marker other than "P.S." / "P.P.S" is escaped before matching
    (IFEval inserts it into the regex raw, so a marker such as "P.S" also matches "PxS")."""

    id = "detectable_content:postscript"
    Args = PostscriptArgs
    example: ClassVar[dict[str, Any]] = {"postscript_marker": "P.S."}

    def describe(self) -> str:
        m = self.args.postscript_marker
        mt = _marker_text(m)
        return f"At the end of your response, please explicitly add a postscript starting with {mt}" + _stop(mt)

    def evaluate(self, response: str) -> CheckResult:
        found = re.findall(_postscript_pattern(self.args.postscript_marker), response.lower(), flags=re.MULTILINE)
        marker = self.args.postscript_marker
        return CheckResult(bool(found), f"postscript {marker!r} found" if found else f"no postscript {marker!r}")

    def evaluate_reference(self, response: str) -> CheckResult:
        marker = self.args.postscript_marker
        if marker in ("P.S.", "P.P.S"):
            return self.evaluate(response)
        found = re.findall(r"\s*" + marker.lower() + r".*$", response.lower(), flags=re.MULTILINE)  # as a regex
        return CheckResult(bool(found), "found" if found else "not found")


@register
@negation_of(Postscript)
class NoPostscript(Negation):
    """Complement of detectable_content:postscript: no postscript with that marker anywhere."""

    id = "detectable_content:no_postscript"

    def describe(self) -> str:
        m = self.args.postscript_marker
        return f"Do not add a postscript starting with {_marker_text(m)} to your response."
