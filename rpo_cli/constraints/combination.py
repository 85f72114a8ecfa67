"""Combination constraints (IFEval's ``combination:*`` and their exact complements)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register

SEPARATOR = "******"


@register
class TwoResponses(ConstraintType):
    """Exactly two different, non-blank responses separated by six asterisks (******). A blank
    part is allowed only before the first or after the last separator."""

    id = "combination:two_responses"

    def describe(self) -> str:
        return (
            "Give two different responses. Responses and only responses should be separated by "
            f"6 asterisk symbols: {SEPARATOR}."
        )

    def evaluate(self, response: str) -> CheckResult:
        parts = response.split(SEPARATOR)
        kept = []
        for i, part in enumerate(parts):
            if part.strip():
                kept.append(part)
            elif 0 < i < len(parts) - 1:
                # An empty middle part means two separators in a row: not a clean two-way split.
                return CheckResult(False, f"empty response between separators (part {i + 1})")
        if len(kept) != 2:
            return CheckResult(False, f"{len(kept)} non-blank responses")
        if kept[0].strip() == kept[1].strip():
            return CheckResult(False, "the two responses are identical")
        return CheckResult(True, "two different responses")


@register
@negation_of(TwoResponses)
class NotTwoResponses(Negation):
    """Complement of combination:two_responses: not exactly two different ******-separated responses."""

    id = "combination:not_two_responses"

    def describe(self) -> str:
        return f"Do not give two different responses separated by 6 asterisk symbols ({SEPARATOR})."


class RepeatArgs(Args):
    prompt_to_repeat: str = Field(min_length=1)

    @field_validator("prompt_to_repeat")
    @classmethod
    def _non_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("prompt_to_repeat must be a non-blank string")
        return v


@register
class RepeatPrompt(ConstraintType):
    """The response starts by repeating the request word for word (case-insensitive, surrounding
    whitespace ignored)."""

    id = "combination:repeat_prompt"
    Args = RepeatArgs
    example: ClassVar[dict[str, Any]] = {"prompt_to_repeat": "Write a haiku about autumn leaves."}

    def describe(self) -> str:
        return (
            "First repeat the request word for word without change, then give your answer "
            "(do not say any words or characters before repeating the request). "
            f"The request to repeat is: {self.args.prompt_to_repeat.strip()}"
        )

    def evaluate(self, response: str) -> CheckResult:
        ok = response.strip().lower().startswith(self.args.prompt_to_repeat.strip().lower())
        return CheckResult(ok, "starts with the request" if ok else "does not start with the request")


@register
@negation_of(RepeatPrompt)
class NotRepeatPrompt(Negation):
    """Complement of combination:repeat_prompt: the response does not begin with the request."""

    id = "combination:not_repeat_prompt"

    def describe(self) -> str:
        return (
            f"Do not begin your response by repeating the request. The request is: {self.args.prompt_to_repeat.strip()}"
        )
