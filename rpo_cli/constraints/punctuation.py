"""Punctuation constraints (IFEval's ``punctuation:no_comma`` and its exact complement)."""

from __future__ import annotations

from rpo_cli.constraints.base import CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register

#: Every Unicode punctuation character (category Po) named "... COMMA": the ASCII comma and the
#: commas of other scripts (Arabic ، , ideographic 、, fullwidth ，, Armenian, Ethiopic, ...).
COMMAS = frozenset(
    "\u002c\u055d\u060c\u07f8\u1363\u1802\u1808\u2e32\u2e34\u2e41\u2e49\u2e4c\u3001\ua4fe\ua60d\ua6f5"
    "\ufe10\ufe11\ufe50\ufe51\uff0c\uff64\U0001144d\U0001145a\U00016e97\U0001da87"
)


def count_commas(text: str) -> int:
    return sum(1 for ch in text if ch in COMMAS)


@register
class NoComma(ConstraintType):
    """The response contains no comma.

    Divergence from IFEval: IFEval looks for the ASCII comma only, so a Chinese or Japanese
    response full of "，" and "、" (or an Arabic one with "،") passes "do not use any commas";
    rpo counts every Unicode comma. English text, IFEval's usual case, gets the same verdict."""

    id = "punctuation:no_comma"

    def describe(self) -> str:
        return "In your entire response, refrain from using any commas."

    def evaluate(self, response: str) -> CheckResult:
        n = count_commas(response)
        return CheckResult(n == 0, f"{n} commas" if n != 1 else "1 comma")

    def evaluate_reference(self, response: str) -> CheckResult:
        n = response.count(",")  # IFEval: the ASCII comma only
        return CheckResult(n == 0, f"{n} ASCII commas")


@register
@negation_of(NoComma)
class UseComma(Negation):
    """Complement of punctuation:no_comma: at least one comma (any Unicode comma)."""

    id = "punctuation:use_comma"

    def describe(self) -> str:
        return "Use at least one comma in your response."
