"""Keyword constraints (IFEval's ``keywords:*`` and their exact complements)."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, Relation, compare, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import whole_word_pattern


def _quote_list(items: list[str]) -> str:
    return ", ".join(f'"{k}"' for k in items)


class KeywordsArgs(Args):
    keywords: list[str] = Field(min_length=1)

    @field_validator("keywords")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not k.strip() for k in v):
            raise ValueError("keywords must be non-empty strings")
        return v


def _contains(keyword: str, text: str) -> bool:
    # Literal, case-insensitive substring match. IFEval passes the keyword to re.search as a
    # pattern, so a keyword such as "C++" or "(see above)" breaks or matches the wrong text;
    # rpo matches the keyword as written (documented divergence).
    return keyword.lower() in text.lower()


@register
class KeywordsExistence(ConstraintType):
    """Include every keyword (case-insensitive, anywhere in the text, as IFEval does).

    Divergence from IFEval: keywords are matched literally, not as regular expressions."""

    id = "keywords:existence"
    Args = KeywordsArgs
    example = {"keywords": ["moon", "tide"]}

    def describe(self) -> str:
        return f"Include the keywords {_quote_list(self.args.keywords)} in the response."

    def evaluate(self, response: str) -> CheckResult:
        missing = [k for k in self.args.keywords if not _contains(k, response)]
        if missing:
            return CheckResult(False, f"missing: {_quote_list(missing)}")
        return CheckResult(True, "all keywords present")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFEval: each keyword is a regular expression (an invalid one raises -> unknown).
        missing = [k for k in self.args.keywords if not re.search(k, response, flags=re.IGNORECASE)]
        return CheckResult(not missing, f"missing: {_quote_list(missing)}" if missing else "all keywords present")


@register
@negation_of(KeywordsExistence)
class KeywordsOmitSome(Negation):
    """Complement of keywords:existence: at least one of the keywords is absent."""

    id = "keywords:omit_some"

    def describe(self) -> str:
        kws = self.args.keywords
        if len(kws) == 1:
            # "Do not include the keyword X" reads as keywords:forbidden_words (whole words only):
            # this type forbids X anywhere, inside other words too
            return f'Leave the keyword "{kws[0]}" out of the response entirely, even inside other words.'
        return f"Do not include all of the keywords {_quote_list(kws)}: leave out at least one of them."


class FrequencyArgs(Args):
    keyword: str = Field(min_length=1)
    frequency: int = Field(ge=0)
    relation: Relation


@register
class KeywordFrequency(ConstraintType):
    """The keyword appears at least / less than N times (case-insensitive occurrences, as IFEval)."""

    id = "keywords:frequency"
    Args = FrequencyArgs
    relation_field = "relation"
    example = {"keyword": "star", "frequency": 3, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        times = "time" if a.frequency == 1 else "times"
        return f'In your response, the word "{a.keyword}" should appear {a.relation} {a.frequency} {times}.'

    def evaluate(self, response: str) -> CheckResult:
        n = response.lower().count(self.args.keyword.lower())
        return CheckResult(compare(n, self.args.relation, self.args.frequency), f"{n} occurrences")

    def evaluate_reference(self, response: str) -> CheckResult:
        n = len(re.findall(self.args.keyword, response, flags=re.IGNORECASE))  # IFEval: a regex
        return CheckResult(compare(n, self.args.relation, self.args.frequency), f"{n} occurrences")


class ForbiddenArgs(Args):
    forbidden_words: list[str] = Field(min_length=1)


def _word_hits(words: list[str], text: str) -> list[str]:
    # Whole-word, case-insensitive; the word is escaped (IFEval inserts it into a regex raw) and
    # bounded by "no word character beside it", so "C++" or "#tag" are found (IFEval's \b misses them).
    return [w for w in words if whole_word_pattern(w).search(text)]


@register
class ForbiddenWords(ConstraintType):
    """None of the words appears as a whole word (case-insensitive).

    Divergence from IFEval: words are escaped before matching (IFEval uses them as regexes)."""

    id = "keywords:forbidden_words"
    Args = ForbiddenArgs
    example = {"forbidden_words": ["basically", "literally"]}

    def describe(self) -> str:
        return f"Do not include the words {_quote_list(self.args.forbidden_words)} in the response."

    def evaluate(self, response: str) -> CheckResult:
        hits = _word_hits(self.args.forbidden_words, response)
        return CheckResult(not hits, f"found: {_quote_list(hits)}" if hits else "none found")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFEval: r"\b" + word + r"\b", the word inserted into the regex raw.
        hits = [w for w in self.args.forbidden_words if re.search(r"\b" + w + r"\b", response, flags=re.IGNORECASE)]
        return CheckResult(not hits, f"found: {_quote_list(hits)}" if hits else "none found")


@register
@negation_of(ForbiddenWords)
class IncludeAnyWord(Negation):
    """Complement of keywords:forbidden_words: at least one of the words appears as a whole word."""

    id = "keywords:include_any"

    def describe(self) -> str:
        ws = self.args.forbidden_words
        if len(ws) == 1:
            # "Include the word X" reads as keywords:existence (X anywhere, inside words too)
            return f'Include "{ws[0]}" as a whole word in the response.'
        return f"Include at least one of the words {_quote_list(ws)} in the response."


class LetterArgs(Args):
    letter: str = Field(min_length=1, max_length=1)
    let_frequency: int = Field(ge=0)
    let_relation: Relation


@register
class LetterFrequency(ConstraintType):
    """The letter appears at least / less than N times (case-insensitive)."""

    id = "keywords:letter_frequency"
    Args = LetterArgs
    relation_field = "let_relation"
    example = {"letter": "z", "let_frequency": 4, "let_relation": "at least"}

    def describe(self) -> str:
        a = self.args
        times = "time" if a.let_frequency == 1 else "times"
        return f'In your response, the letter "{a.letter}" should appear {a.let_relation} {a.let_frequency} {times}.'

    def evaluate(self, response: str) -> CheckResult:
        n = response.lower().count(self.args.letter.lower())
        return CheckResult(compare(n, self.args.let_relation, self.args.let_frequency), f"{n} occurrences")
