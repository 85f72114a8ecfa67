"""Letter-case constraints (IFEval's ``change_case:*`` and their exact complements)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from pydantic import Field

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, Relation, compare, negation_of
from rpo_cli.constraints.language import detect_response_language
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import LanguageUnknown, detect_language

# ---- an offline approximation of nltk.word_tokenize, for counting all-capital words ------------
#
# IFEval tokenises with nltk.word_tokenize, which needs the punkt data download (unavailable on
# offline nodes). Only one thing about its tokens matters here: which letters end up in the same
# token, since a token counts when str.isupper() holds and pure-punctuation tokens never do. So
# this reproduces word_tokenize's splitting rules that separate letters from letters:
# * quotes, brackets, ; @ # $ % & ? ! *, ellipses, "--" and Unicode dashes are tokens of their own;
#   "," and ":" too unless a digit follows ("1,000" and "10:30" stay whole); "-", "/" and "." inside
#   a word do not split ("WELL-KNOWN", "AND/OR", "U.S.A" are one token each);
# * clitics split off the end of a word: 's 'm 'd (any case), 'll 're 've n't (all lower or all
#   upper), so "I'M" -> "I" "'M" (two capital words) and "DON'T" -> "DO" "N'T";
# * a few fused forms split: cannot, gimme, gonna, gotta, lemme, wanna, d'ye, more'n, 'tis, 'twas.
# Not reproduced: punkt's sentence split, which only decides where a sentence-final period is cut
# off (a period never changes whether a token is all-capital), and rare interactions of the rules.

_SPLIT_ALWAYS = re.compile(r"(\.{2,}|--|[;@#$%&?!*()\[\]{}<>\"`«»“”‘’„\u2012-\u2015]|[:,](?!\d))")
_CLITIC = re.compile(r"^(.*[^'])('[sSmMdD]|'ll|'LL|'re|'RE|'ve|'VE|n't|N'T)$")
_FUSED = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(can)(not)\b",
        r"\b(d)('ye)\b",
        r"\b(gim)(me)\b",
        r"\b(gon)(na)\b",
        r"\b(got)(ta)\b",
        r"\b(lem)(me)\b",
        r"\b(more)('n)\b",
        r"\b(wan)(na)$",
        r"^('t)(is)\b",
        r"^('t)(was)\b",
    )
]


def word_tokens(text: str) -> list[str]:
    """Tokens of ``text`` split as nltk.word_tokenize would split its letters (see above)."""
    tokens: list[str] = []
    for chunk in _SPLIT_ALWAYS.sub(r" \1 ", text).split():
        tail: list[str] = []
        if len(chunk) > 1 and chunk.endswith(".") and not chunk.endswith(".."):
            chunk, tail = chunk[:-1], ["."]
        if len(chunk) > 1 and chunk.endswith("'") and not chunk.endswith("''"):
            chunk, tail = chunk[:-1], ["'", *tail]
        m = _CLITIC.match(chunk)
        parts = [m.group(1), m.group(2)] if m else [chunk]
        for part in parts:
            for rx in _FUSED:
                part = rx.sub(r"\1 \2", part)
            tokens.extend(part.split())
        tokens.extend(tail)
    return tokens


def count_capital_words(text: str) -> int:
    return sum(1 for tok in word_tokens(text) if tok.isupper())


class CapitalArgs(Args):
    capital_frequency: int = Field(ge=1)
    capital_relation: Relation


@register
class CapitalWordFrequency(ConstraintType):
    """Words written entirely in capital letters appear at least / less than N times.

    A word counts when str.isupper() holds for it (so "NASA", "A", "COVID-19" and the "'M" of
    "I'M" count; "AI-powered" does not). IFEval tokenises with nltk.word_tokenize; rpo uses an
    offline approximation of it (``word_tokens``) that splits letters the same way on ordinary
    text."""

    id = "change_case:capital_word_frequency"
    Args = CapitalArgs
    relation_field = "capital_relation"
    example: ClassVar[dict[str, Any]] = {"capital_frequency": 5, "capital_relation": "less than"}

    def describe(self) -> str:
        a = self.args
        rel = "fewer than" if a.capital_relation == "less than" else a.capital_relation
        times = "time" if a.capital_frequency == 1 else "times"
        return f"In your response, words in all capital letters should appear {rel} {a.capital_frequency} {times}."

    def evaluate(self, response: str) -> CheckResult:
        n = count_capital_words(response)
        a = self.args
        return CheckResult(compare(n, a.capital_relation, a.capital_frequency), f"{n} all-capital words")


def _english_in_case(response: str, upper: bool) -> CheckResult:
    """The whole text is in the given case (str.isupper / str.islower) and langdetect says English.

    The case is checked first, so a text in the wrong case fails even when its language cannot be
    detected; only a text in the right case whose language cannot be detected is unknown."""
    in_case = response.isupper() if upper else response.islower()
    if not in_case:
        has_cased = response.lower() != response.upper()
        what = ("has lowercase letters" if upper else "has capital letters") if has_cased else "no cased letters"
        return CheckResult(False, what)
    try:
        lang = detect_response_language(response)
    except LanguageUnknown as exc:
        return CheckResult(None, f"language undetectable: {exc}")
    case = "all capitals" if upper else "all lowercase"
    return CheckResult(lang == "en", f"{case}, detected language: {lang}")


def _english_in_case_reference(response: str, upper: bool) -> CheckResult:
    """IFEval's check: case first, then langdetect on the text as written; undetectable passes."""
    if not (response.isupper() if upper else response.islower()):
        return CheckResult(False, "not in the required case")
    try:
        lang = detect_language(response)
    except LanguageUnknown:
        return CheckResult(True, "language undetectable: followed (reference)")
    return CheckResult(lang == "en", f"detected language: {lang}")


@register
class EnglishCapital(ConstraintType):
    """The entire response is in English and in capital letters (str.isupper, langdetect says "en").

    Divergence from IFEval: the language is detected on the lowercased text. IFEval detects it on
    the capitals themselves, where langdetect is close to arbitrary: French in capitals passes as
    English and "MY ANSWER IS YES." fails as Somali. And when langdetect cannot decide, IFEval
    counts the instruction as followed; rpo returns unknown (only reached for all-capital text)."""

    id = "change_case:english_capital"

    def describe(self) -> str:
        return "Your entire response should be in English, and in all capital letters."

    def evaluate(self, response: str) -> CheckResult:
        return _english_in_case(response, upper=True)

    def evaluate_reference(self, response: str) -> CheckResult:
        return _english_in_case_reference(response, upper=True)


@register
@negation_of(EnglishCapital)
class NotEnglishCapital(Negation):
    """Complement of change_case:english_capital: not (all capital letters and English)."""

    id = "change_case:not_english_capital"

    def describe(self) -> str:
        return "Do not write your response entirely in English capital letters."


@register
class EnglishLowercase(ConstraintType):
    """The entire response is in English and in lowercase letters (str.islower, langdetect says "en").

    Divergence from IFEval: when langdetect cannot decide, IFEval counts the instruction as
    followed; rpo returns unknown (only reached when the text is all lowercase)."""

    id = "change_case:english_lowercase"

    def describe(self) -> str:
        return (
            "Your entire response should be in English, and in all lowercase letters. No capital letters are allowed."
        )

    def evaluate(self, response: str) -> CheckResult:
        return _english_in_case(response, upper=False)

    def evaluate_reference(self, response: str) -> CheckResult:
        return _english_in_case_reference(response, upper=False)


@register
@negation_of(EnglishLowercase)
class NotEnglishLowercase(Negation):
    """Complement of change_case:english_lowercase: not (all lowercase letters and English)."""

    id = "change_case:not_english_lowercase"

    def describe(self) -> str:
        return "Do not write your response entirely in English lowercase letters."
