"""``free_form``: a constraint only an LLM judge can check (its text is the constraint)."""

from __future__ import annotations

from rpo_cli.constraints.base import CheckResult, ConstraintType
from rpo_cli.constraints.registry import register


@register
class FreeForm(ConstraintType):
    """Free text such as "Stay in character as a pirate". Code cannot check it: the verdict is
    unknown ("needs a judge") until the LLM judge runs, and it is never reversed by code."""

    id = "free_form"
    family = "free_form"
    needs_judge = True
    not_reversible_reason = "free-form text: reversed by the LLM reversal stage, not by code"

    def describe(self) -> str:
        return "Follow the free-form constraint exactly as the instruction states it."

    def evaluate(self, response: str) -> CheckResult:
        return CheckResult(None, "needs a judge")
