"""Length constraints (IFEval's ``length_constraints:*`` and their exact complements)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from pydantic import Field, field_validator, model_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, Relation, compare, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import count_words, punkt_sentences

_COUNT = r"(\d+|\w+)"
_RELATIONS = r"(at least|less than|fewer than|at most|more than|over|under|no more than|no fewer than|up to|exactly)"


def _relation_text(relation: str) -> str:
    # "fewer than" reads better for counted things; it means IFEval's "less than" (<).
    return "fewer than" if relation == "less than" else relation


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class SentencesArgs(Args):
    num_sentences: int = Field(ge=1)
    relation: Relation


# A CJK full stop, question or exclamation mark ends a sentence with no space after it; punkt's
# English model never splits there, so "第一句。第二句。" would be one sentence.
_CJK_END = re.compile(r"(?<=[\u3002\uff01\uff1f])(?=\S)")


def count_sentences_punkt(text: str) -> int:
    """Sentences as punkt counts them, each further split after CJK terminators."""
    return sum(len(_CJK_END.split(s)) for s in punkt_sentences(text))


@register
class NumberSentences(ConstraintType):
    """The number of sentences is at least / less than N, counted as IFEval counts them, with
    NLTK's punkt ("I love it! it is great." is two sentences; a line break alone ends none), run
    offline (:func:`~rpo_cli.constraints.text.punkt_sentences`), shared with the IFBench types.

    Divergence: a CJK full stop, question or exclamation mark ends a sentence too (punkt's English
    model reads "第一句。第二句。" as one sentence)."""

    id = "length_constraints:number_sentences"
    Args = SentencesArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_sentences": 5, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return f"Your response should contain {_relation_text(a.relation)} {_plural(a.num_sentences, 'sentence')}."

    def evaluate(self, response: str) -> CheckResult:
        n = count_sentences_punkt(response)
        return CheckResult(compare(n, self.args.relation, self.args.num_sentences), _plural(n, "sentence"))

    def evaluate_reference(self, response: str) -> CheckResult:
        n = len(punkt_sentences(response))  # punkt only: no split after a CJK full stop
        return CheckResult(compare(n, self.args.relation, self.args.num_sentences), _plural(n, "sentence"))


class WordsArgs(Args):
    num_words: int = Field(ge=1)
    relation: Relation


@register
class NumberWords(ConstraintType):
    """The number of words (runs of word characters, as IFEval counts them) is at least / less than N."""

    id = "length_constraints:number_words"
    Args = WordsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_words": 300, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        return f"Answer with {_relation_text(a.relation)} {_plural(a.num_words, 'word')}."

    def evaluate(self, response: str) -> CheckResult:
        n = count_words(response)
        return CheckResult(compare(n, self.args.relation, self.args.num_words), _plural(n, "word"))


# ---- paragraphs separated by the markdown divider *** ---------------------------------------

_DIVIDER_RE = re.compile(r"\s?\*\*\*\s?")


class ParagraphsArgs(Args):
    num_paragraphs: int = Field(ge=1)


@register
class NumberParagraphs(ConstraintType):
    """Exactly N paragraphs separated by the markdown divider ``***``.

    As in IFEval: the text is split on ``***`` (with at most one whitespace character either
    side); a blank part at the very start or end is not a paragraph (a leading or trailing
    divider is tolerated), and a blank part between two dividers fails the check."""

    id = "length_constraints:number_paragraphs"
    Args = ParagraphsArgs
    example: ClassVar[dict[str, Any]] = {"num_paragraphs": 4}

    def describe(self) -> str:
        n = self.args.num_paragraphs
        return (
            f"Your response should contain exactly {_plural(n, 'paragraph')}. "
            "Separate paragraphs from each other with the markdown divider: ***"
        )

    def evaluate(self, response: str) -> CheckResult:
        parts = _DIVIDER_RE.split(response)
        count = len(parts)
        for i, part in enumerate(parts):
            if part.strip():
                continue
            if i in (0, len(parts) - 1):
                count -= 1
            else:
                return CheckResult(False, f"empty paragraph between dividers (part {i + 1})")
        return CheckResult(count == self.args.num_paragraphs, _plural(count, "paragraph"))


@register
@negation_of(NumberParagraphs)
class NotNumberParagraphs(Negation):
    """Complement of length_constraints:number_paragraphs: not exactly N ``***``-separated
    paragraphs (a different count, or an empty paragraph between two dividers)."""

    id = "length_constraints:not_number_paragraphs"

    def describe(self) -> str:
        n = self.args.num_paragraphs
        return (
            f"Your response should not consist of exactly {_plural(n, 'paragraph')} "
            "separated from each other by the markdown divider ***."
        )


# ---- paragraphs separated by blank lines, with a given first word --------------------------

_FIRST_WORD_STOP = frozenset(".,?!'\"")


class NthParagraphArgs(Args):
    num_paragraphs: int = Field(ge=1)
    nth_paragraph: int = Field(ge=1)
    first_word: str = Field(min_length=1)

    @field_validator("first_word")
    @classmethod
    def _one_word(cls, v: str) -> str:
        # A word with whitespace or with the characters where the first word is cut could never match.
        if any(ch.isspace() or ch in _FIRST_WORD_STOP for ch in v):
            raise ValueError("first_word must be a single word without spaces or . , ? ! ' \"")
        return v

    @model_validator(mode="after")
    def _in_range(self) -> NthParagraphArgs:
        if self.nth_paragraph > self.num_paragraphs:
            raise ValueError(f"nth_paragraph ({self.nth_paragraph}) is beyond num_paragraphs ({self.num_paragraphs})")
        return self


def _first_word(paragraph: str) -> str:
    """IFEval's notion of a paragraph's first word: the first whitespace token, leading ' then "
    stripped, lowercased and cut at the first . , ? ! ' or "."""
    token = paragraph.split()[0].lstrip("'").lstrip('"')
    out = []
    for ch in token:
        if ch in _FIRST_WORD_STOP:
            break
        out.append(ch.lower())
    return "".join(out)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@register
class NthParagraphFirstWord(ConstraintType):
    """Exactly N paragraphs separated by blank lines (``\\n\\n``), the nth starting with a given word.

    As in IFEval: the text is split on ``"\\n\\n"``; the paragraph count is the number of
    non-blank parts, but the nth paragraph is the nth part of the raw split, blank parts
    included. So with a run of four newlines between paragraphs (or a leading ``"\\n\\n"``) the
    nth part may be blank, and the check fails: the response did not separate its paragraphs
    with exactly two newlines as the instruction asks, and IFEval's verdict is kept. The first
    word ignores leading quotes and trailing punctuation and is compared case-insensitively."""

    id = "length_constraints:nth_paragraph_first_word"
    Args = NthParagraphArgs
    example: ClassVar[dict[str, Any]] = {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "however"}

    def describe(self) -> str:
        a = self.args
        return (
            f"Your response should contain exactly {_plural(a.num_paragraphs, 'paragraph')}, separated from each "
            f"other by two newlines (a blank line). "
            f'Paragraph {a.nth_paragraph} must start with the word "{a.first_word}".'
        )

    def evaluate(self, response: str) -> CheckResult:
        a = self.args
        parts = response.split("\n\n")
        count = sum(1 for p in parts if p.strip())
        counted = _plural(count, "paragraph")
        if a.nth_paragraph > count:
            return CheckResult(False, f"{counted}, no {_ordinal(a.nth_paragraph)} paragraph")
        paragraph = parts[a.nth_paragraph - 1].strip()
        if not paragraph:
            return CheckResult(False, f"{counted}; part {a.nth_paragraph} of the split on blank lines is empty")
        word = _first_word(paragraph)
        ok = count == a.num_paragraphs and word == a.first_word.lower()
        return CheckResult(ok, f'{counted}; paragraph {a.nth_paragraph} starts with "{word}"')


@register
@negation_of(NthParagraphFirstWord)
class NotNthParagraphFirstWord(Negation):
    """Complement of length_constraints:nth_paragraph_first_word: not (exactly N blank-line-separated
    paragraphs with the nth starting with the word)."""

    id = "length_constraints:not_nth_paragraph_first_word"

    def describe(self) -> str:
        a = self.args
        return (
            f"Do not write your response as exactly {_plural(a.num_paragraphs, 'paragraph')} separated by blank "
            f'lines with paragraph {a.nth_paragraph} starting with the word "{a.first_word}".'
        )
