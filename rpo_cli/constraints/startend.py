"""Start/end constraints (IFEval's ``startend:*`` and their exact complements)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register


class EndArgs(Args):
    end_phrase: str = Field(min_length=1)

    @field_validator("end_phrase")
    @classmethod
    def _non_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("end_phrase must be a non-blank string")
        return v


def _ends_with(response: str, phrase: str) -> bool:
    # Quotes around the whole response are ignored, so a quoted answer can still end with it.
    return response.strip().strip('"').lower().endswith(phrase.strip().lower())


def _stop(phrase: str) -> str:
    """A closing period, unless the quoted phrase already ends a sentence ("Bye." not "Bye."".)."""
    return "" if phrase.rstrip()[-1:] in ".?!" else "."


@register
class EndChecker(ConstraintType):
    """The response ends with the exact phrase (case-insensitive; surrounding whitespace and
    double quotes around the response ignored), nothing after it."""

    id = "startend:end_checker"
    Args = EndArgs
    example: ClassVar[dict[str, Any]] = {"end_phrase": "Is there anything else I can help with?"}

    def describe(self) -> str:
        return (
            f'Finish your response with this exact phrase "{self.args.end_phrase}"{_stop(self.args.end_phrase)} '
            "No other words should follow this phrase."
        )

    def evaluate(self, response: str) -> CheckResult:
        ok = _ends_with(response, self.args.end_phrase)
        return CheckResult(ok, "ends with the phrase" if ok else "does not end with the phrase")


@register
@negation_of(EndChecker)
class NotEndChecker(Negation):
    """Complement of startend:end_checker: the response does not end with the phrase."""

    id = "startend:not_end_checker"

    def describe(self) -> str:
        return f'Do not end your response with the phrase "{self.args.end_phrase}"{_stop(self.args.end_phrase)}'


@register
class Quotation(ConstraintType):
    """The whole response (surrounding whitespace ignored) is wrapped in double quotation marks."""

    id = "startend:quotation"

    def describe(self) -> str:
        return "Wrap your entire response with double quotation marks."

    def evaluate(self, response: str) -> CheckResult:
        text = response.strip()
        ok = len(text) > 1 and text[0] == '"' and text[-1] == '"'
        return CheckResult(ok, "wrapped in double quotes" if ok else "not wrapped in double quotes")


@register
@negation_of(Quotation)
class NoQuotation(Negation):
    """Complement of startend:quotation: the response is not wrapped in double quotation marks."""

    id = "startend:no_quotation"

    def describe(self) -> str:
        return "Do not wrap your entire response in double quotation marks."
