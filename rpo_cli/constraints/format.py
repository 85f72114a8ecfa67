"""Format constraints (IFEval's ``detectable_format:*`` and their exact complements)."""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- bullet lists ---------------------------------------------------------------------------

# IFEval's two bullet patterns, kept as they are so verdicts agree: a "*" line not followed by
# another "*" (so "**Bold**" lines are not bullets), and any line starting with "-".
_STAR_BULLET_RE = re.compile(r"^\s*\*[^\*].*$", re.MULTILINE)
_DASH_BULLET_RE = re.compile(r"^\s*-.*$", re.MULTILINE)


def count_bullets(text: str) -> int:
    return len(_STAR_BULLET_RE.findall(text)) + len(_DASH_BULLET_RE.findall(text))


class BulletArgs(Args):
    num_bullets: int = Field(ge=0)


@register
class NumberBulletLists(ConstraintType):
    """Exactly N markdown bullet points: lines starting with "* " or "-" (IFEval's count, which
    also counts "---" rules and "*italic*" lines as bullets)."""

    id = "detectable_format:number_bullet_lists"
    Args = BulletArgs
    example: ClassVar[dict[str, Any]] = {"num_bullets": 3}

    def describe(self) -> str:
        n = self.args.num_bullets
        return (
            f"Your answer must contain exactly {_plural(n, 'bullet point')}. "
            "Use the markdown bullet points such as:\n* This is point 1.\n* This is point 2"
        )

    def evaluate(self, response: str) -> CheckResult:
        n = count_bullets(response)
        return CheckResult(n == self.args.num_bullets, _plural(n, "bullet point"))


@register
@negation_of(NumberBulletLists)
class NotNumberBulletLists(Negation):
    """Complement of detectable_format:number_bullet_lists: any bullet count other than N."""

    id = "detectable_format:not_number_bullet_lists"

    def describe(self) -> str:
        n = self.args.num_bullets
        if n == 0:
            # "at least one bullet point" would read as format:bullet_points (another bullet count)
            return "Your answer must not contain exactly 0 bullet points (lines starting with * or -)."
        return (
            f"Your answer must not contain exactly {_plural(n, 'bullet point')}: "
            "use more or fewer markdown bullet points (lines starting with * or -)."
        )


# --- constrained response -------------------------------------------------------------------

ANSWER_OPTIONS = ("My answer is yes.", "My answer is no.", "My answer is maybe.")


def _quote_list(items: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{k}"' for k in items)


@register
class ConstrainedResponse(ConstraintType):
    """The response contains one of IFEval's fixed answers ("My answer is yes." / "no." /
    "maybe."), case-sensitive, anywhere in the text."""

    id = "detectable_format:constrained_response"

    def describe(self) -> str:
        return f"Answer with one of the following options: {_quote_list(ANSWER_OPTIONS)}"

    def evaluate(self, response: str) -> CheckResult:
        text = response.strip()
        found = [opt for opt in ANSWER_OPTIONS if opt in text]
        return CheckResult(bool(found), f"found {found[0]!r}" if found else "no fixed answer option")


@register
@negation_of(ConstrainedResponse)
class NotConstrainedResponse(Negation):
    """Complement of detectable_format:constrained_response: none of the fixed answers appears."""

    id = "detectable_format:not_constrained_response"

    def describe(self) -> str:
        return f"Do not use any of the following phrases in your answer: {_quote_list(ANSWER_OPTIONS)}"


# --- highlighted sections -------------------------------------------------------------------

_SINGLE_HL_RE = re.compile(r"\*[^\n\*]*\*")
_DOUBLE_HL_RE = re.compile(r"\*\*[^\n\*]*\*\*")


def count_highlights(text: str) -> int:
    """IFEval's count: non-blank *single* spans plus non-blank **double** spans. A "**bold**"
    span counts once: the single pattern only sees its two empty "**" halves."""
    single = sum(1 for h in _SINGLE_HL_RE.findall(text) if h.strip("*").strip())
    double = sum(1 for h in _DOUBLE_HL_RE.findall(text) if h.removeprefix("**").removesuffix("**").strip())
    return single + double


class HighlightArgs(Args):
    num_highlights: int = Field(ge=0)


@register
class NumberHighlightedSections(ConstraintType):
    """At least N highlighted sections in markdown (*highlighted* or **bold** spans on one line)."""

    id = "detectable_format:number_highlighted_sections"
    Args = HighlightArgs
    example: ClassVar[dict[str, Any]] = {"num_highlights": 2}

    def describe(self) -> str:
        n = self.args.num_highlights
        return f"Highlight at least {_plural(n, 'section')} in your answer with markdown, i.e. *highlighted section*."

    def evaluate(self, response: str) -> CheckResult:
        n = count_highlights(response)
        return CheckResult(n >= self.args.num_highlights, _plural(n, "highlighted section"))


@register
@negation_of(NumberHighlightedSections)
class FewerHighlightedSections(Negation):
    """Complement of detectable_format:number_highlighted_sections: fewer than N highlights."""

    id = "detectable_format:fewer_highlighted_sections"

    def describe(self) -> str:
        n = self.args.num_highlights
        if n == 1:
            return "Do not highlight any sections with markdown (no *highlighted* or **bold** text)."
        return (
            f"Highlight fewer than {n} sections in your answer with markdown "
            "(count both *highlighted* and **bold** text)."
        )


# --- sections -------------------------------------------------------------------------------


class SectionArgs(Args):
    section_spliter: str = Field(min_length=1)  # IFEval's spelling
    num_sections: int = Field(ge=0)

    @field_validator("section_spliter")
    @classmethod
    def _non_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("section_spliter must be a non-blank string")
        return v


def count_sections(text: str, spliter: str) -> int:
    # Every "<spliter> <number>" occurrence opens a section (case-sensitive, anywhere in a line).
    pattern = r"\s?" + re.escape(spliter.strip()) + r"\s?\d+\s?"
    return len(re.split(pattern, text)) - 1


@register
class MultipleSections(ConstraintType):
    """At least N sections, each opened by the splitter and a number ("SECTION 1", "Part 2").

    Divergence from IFEval: the splitter is escaped before matching (IFEval inserts it into the
    regex raw, so a splitter such as "Part." or "*" misbehaves)."""

    id = "detectable_format:multiple_sections"
    Args = SectionArgs
    example: ClassVar[dict[str, Any]] = {"section_spliter": "SECTION", "num_sections": 3}

    def describe(self) -> str:
        s, n = self.args.section_spliter.strip(), self.args.num_sections
        return (
            f"Your response must have {_plural(n, 'section')}. "
            f"Mark the beginning of each section with {s} X, such as:\n{s} 1\n[content of section 1]\n"
            f"{s} 2\n[content of section 2]"
        )

    def evaluate(self, response: str) -> CheckResult:
        n = count_sections(response, self.args.section_spliter)
        return CheckResult(n >= self.args.num_sections, _plural(n, "section"))

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFEval inserts the splitter into the regex raw.
        n = len(re.split(r"\s?" + self.args.section_spliter + r"\s?\d+\s?", response)) - 1
        return CheckResult(n >= self.args.num_sections, _plural(n, "section"))


@register
@negation_of(MultipleSections)
class FewerSections(Negation):
    """Complement of detectable_format:multiple_sections: fewer than N marked sections."""

    id = "detectable_format:fewer_sections"

    def describe(self) -> str:
        s, n = self.args.section_spliter.strip(), self.args.num_sections
        if n == 1:
            return f'Do not divide your response into sections marked "{s} X" (such as "{s} 1").'
        return f'Your response must have fewer than {n} sections marked "{s} X" (such as "{s} 1").'


# --- JSON -----------------------------------------------------------------------------------


def _unfence(text: str) -> str:
    # IFEval's unwrapping: strip, drop one opening fence (with or without a "json" tag) and one
    # closing fence, strip again.
    text = text.strip()
    for prefix in ("```json", "```Json", "```JSON", "```"):
        text = text.removeprefix(prefix)
    return text.removesuffix("```").strip()


@register
class JsonFormat(ConstraintType):
    """The entire output parses as JSON (optionally inside one ``` / ```json markdown fence)."""

    id = "detectable_format:json_format"

    def describe(self) -> str:
        return "Entire output should be wrapped in JSON format. You can use markdown ticks such as ```."

    def evaluate(self, response: str) -> CheckResult:
        try:
            json.loads(_unfence(response))
        except ValueError as exc:  # json.JSONDecodeError
            return CheckResult(False, f"not JSON: {exc}")
        return CheckResult(True, "valid JSON")


@register
@negation_of(JsonFormat)
class NotJsonFormat(Negation):
    """Complement of detectable_format:json_format: the output (fence removed) is not valid JSON."""

    id = "detectable_format:not_json_format"

    def describe(self) -> str:
        return "Do not format your entire output as JSON."


# --- title ----------------------------------------------------------------------------------

_TITLE_RE = re.compile(r"<<[^\n]+>>")


@register
class Title(ConstraintType):
    """The response contains a title in double angular brackets, such as <<poem of joy>>, on one
    line and non-blank."""

    id = "detectable_format:title"

    def describe(self) -> str:
        return "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>."

    def evaluate(self, response: str) -> CheckResult:
        for match in _TITLE_RE.findall(response):
            if match.lstrip("<").rstrip(">").strip():
                return CheckResult(True, f"title {match!r}")
        return CheckResult(False, "no <<title>>")


@register
@negation_of(Title)
class NoTitle(Negation):
    """Complement of detectable_format:title: no non-blank <<title>> anywhere."""

    id = "detectable_format:no_title"

    def describe(self) -> str:
        return "Do not include a title wrapped in double angular brackets, such as <<poem of joy>>, in your answer."
