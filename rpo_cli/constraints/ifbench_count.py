"""IFBench counting and ratio constraints (``count:*``, ``ratio:*``, ``sentence:*``).

Each type checks under IFBench's id and kwargs with the semantics of IFBench's reference checker
(allenai/IFBench ``instructions.py``). IFBench's checkers use NLTK's punkt sentences, its word
tokenizer and its stop word list; NLTK's data is a download, so sentences and tokens come from
the offline approximations in ``text.py`` (:func:`punkt_sentences`, :func:`treebank_tokens`) and
the stop words from rpo's own list below.

Where the reference labels responses against its own instruction text, rpo checks the text and
says so in the class docstring ("Divergence from IFBench:") and in docs/ifbench_divergences.md.
"""

from __future__ import annotations

import functools
import re
import string
from collections import Counter
from itertools import pairwise

from pydantic import Field, field_validator, model_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import punkt_sentences, treebank_tokens, whole_word_pattern

_PUNCT = string.punctuation  # IFBench strips/deletes ASCII punctuation only
_STRIP = _PUNCT + " "
_DELETE_PUNCT = str.maketrans("", "", _PUNCT)
_WORD_RE = re.compile(r"\w+")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def _non_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("must be a non-blank string")
    return v


# --------------------------------------------------------------------------------------------
# count:word_count_range
# --------------------------------------------------------------------------------------------


class WordRangeArgs(Args):
    min_words: int = Field(ge=0)
    max_words: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self):
        if self.min_words > self.max_words:
            raise ValueError("min_words must not exceed max_words")
        return self


@register
class WordCountRange(ConstraintType):
    """The response has between min_words and max_words words, both inclusive (words are ``\\w+``
    runs, as IFBench counts them)."""

    id = "count:word_count_range"
    Args = WordRangeArgs
    not_reversible_reason = (
        "the complement of a word range (fewer than min or more than max words) is two constraints, not one"
    )
    example = {"min_words": 150, "max_words": 165}

    def describe(self) -> str:
        # "between A and B words" would read as two number_words constraints (another word count):
        # "range" names this type unambiguously
        a = self.args
        return f"Keep the word count of your response in the range {a.min_words} to {a.max_words}, both included."

    def evaluate(self, response: str) -> CheckResult:
        n = len(_WORD_RE.findall(response))
        return CheckResult(self.args.min_words <= n <= self.args.max_words, _plural(n, "word"))


# --------------------------------------------------------------------------------------------
# count:unique_word_count
# --------------------------------------------------------------------------------------------


class NArgs(Args):
    N: int = Field(ge=0)


def _unique_words(response: str) -> set[str]:
    # Whitespace tokens, lowercased, with ASCII punctuation stripped from both ends.
    words = {w.strip(_STRIP) for w in response.lower().split()}
    words.discard("")
    return words


@register
class UniqueWordCount(ConstraintType):
    """At least N different words (whitespace tokens, lowercased, ASCII punctuation stripped from
    their ends: "Cat," and "cat" are one word).

    Divergence from IFBench: a token made only of punctuation (a markdown "-", "**", "#" or "|")
    strips to the empty string, which IFBench counts as one more unique word; rpo does not count
    it."""

    id = "count:unique_word_count"
    Args = NArgs
    example = {"N": 120}

    def describe(self) -> str:
        return f"Use at least {self.args.N} different words in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = len(_unique_words(response))
        return CheckResult(n >= self.args.N, _plural(n, "unique word"))

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench keeps the empty string a punctuation-only token strips to.
        n = len({w.strip(_STRIP) for w in response.lower().split()})
        return CheckResult(n >= self.args.N, f"{n} unique tokens (an empty one counts)")


@register
@negation_of(UniqueWordCount)
class UniqueWordCountFewer(Negation):
    """Complement of count:unique_word_count: fewer than N different words."""

    id = "count:unique_word_count_fewer"

    def describe(self) -> str:
        return f"Use fewer than {self.args.N} different words in your response."


# --------------------------------------------------------------------------------------------
# ratio:stop_words
# --------------------------------------------------------------------------------------------

# rpo's own list of English stop words, built by word class to cover the same ground as the
# NLTK English list IFBench loads: pronouns and possessives, be/have/do forms, articles,
# prepositions, conjunctions, common adverbs and quantifiers, can/will/should (other modals are
# not stop words there), and the fragments that splitting "don't", "it's", "we'll" into \w+ runs
# leaves behind ("don", "t", "s", "ll"...). Forms with an apostrophe are left out: a \w+ token
# never contains one.
_STOP_WORDS = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    what which who whom this that these those
    am is are was were be been being have has had having do does did doing
    a an the and but if or because as until while nor so than
    of at by for with about against between into through during before after above below
    to from up down in out on off over under again further then once
    here there when where why how all any both each few more most other some such
    no not only own same too very just now can will should
    s t d ll m o re ve y ma ain aren couldn didn doesn don hadn hasn haven isn mightn mustn
    needn shan shouldn wasn weren won wouldn
    """.split()
)


class PercentageArgs(Args):
    percentage: int = Field(ge=0, le=100)


def _stop_word_share(response: str) -> tuple[int, int]:
    tokens = _WORD_RE.findall(response)
    return sum(1 for t in tokens if t.lower() in _STOP_WORDS), len(tokens)


@register
class StopWordPercentage(ConstraintType):
    """Stop words are at most ``percentage`` percent of the words (``\\w+`` runs). A response
    with no words fails, as in IFBench.

    The stop word list is rpo's own (see ``_STOP_WORDS``); it covers the word classes of the NLTK
    list IFBench uses and may differ from it on rare words."""

    id = "ratio:stop_words"
    Args = PercentageArgs
    example = {"percentage": 40}

    def describe(self) -> str:
        return (
            f'Make sure stop words (common function words such as "the", "of", "and") make up no more '
            f"than {self.args.percentage}% of the words in your response."
        )

    def evaluate(self, response: str) -> CheckResult:
        stops, total = _stop_word_share(response)
        if total == 0:
            return CheckResult(False, "no words")
        share = stops / total * 100
        return CheckResult(share <= self.args.percentage, f"{stops}/{total} stop words ({share:.1f}%)")


@register
@negation_of(StopWordPercentage)
class StopWordPercentageAbove(Negation):
    """Complement of ratio:stop_words: stop words are more than ``percentage`` percent of the words
    (or the response has no words at all)."""

    id = "ratio:stop_words_above"

    def describe(self) -> str:
        return (
            f'Make sure stop words (common function words such as "the", "of", "and") make up more '
            f"than {self.args.percentage}% of the words in your response."
        )


# --------------------------------------------------------------------------------------------
# ratio:sentence_type, ratio:sentence_balance
# --------------------------------------------------------------------------------------------


def _sentence_types(response: str) -> tuple[int, int, int]:
    """(declarative, interrogative, exclamatory): sentences ending in ".", "?", "!"."""
    ends = Counter(s[-1] for s in punkt_sentences(response))
    return ends["."], ends["?"], ends["!"]


@register
class SentenceTypeRatio(ConstraintType):
    """Twice as many declarative sentences (ending in ".") as interrogative ones (ending in "?").
    Sentences are punkt-style; one ending in any other character (a quote, "!", a list item
    without a period) is neither.

    Divergence from IFBench: IFBench passes a response with no declarative and no interrogative
    sentence at all (0 == 2 * 0); such a response has no 2:1 ratio, so rpo fails it."""

    id = "ratio:sentence_type"
    not_reversible_reason = "an exact 2:1 ratio has no natural single opposite (any other ratio)"

    def describe(self) -> str:
        return "Use exactly twice as many declarative sentences as questions (a 2:1 ratio of statements to questions)."

    def evaluate(self, response: str) -> CheckResult:
        decl, inter, _ = _sentence_types(response)
        reason = f"{decl} declarative, {inter} interrogative"
        if inter == 0:
            return CheckResult(False, reason)
        return CheckResult(decl == 2 * inter, reason)

    def evaluate_reference(self, response: str) -> CheckResult:
        decl, inter, _ = _sentence_types(response)
        return CheckResult(decl == 2 * inter, f"{decl} declarative, {inter} interrogative (0 == 2 x 0 passes)")


@register
class SentenceBalance(ConstraintType):
    """As many declarative as interrogative as exclamatory sentences (ending in ".", "?", "!").

    Divergence from IFBench: IFBench passes a response with none of the three types (0 == 0 == 0);
    rpo requires at least one sentence of each type, since the instruction asks for all three."""

    id = "ratio:sentence_balance"
    not_reversible_reason = "an exact balance of three sentence types has no natural single opposite"

    def describe(self) -> str:
        return (
            "Use the same number of declarative sentences, questions and exclamations "
            "(a balanced mix of the three sentence types)."
        )

    def evaluate(self, response: str) -> CheckResult:
        decl, inter, excl = _sentence_types(response)
        reason = f"{decl} declarative, {inter} interrogative, {excl} exclamatory"
        return CheckResult(decl == inter == excl > 0, reason)

    def evaluate_reference(self, response: str) -> CheckResult:
        decl, inter, excl = _sentence_types(response)
        return CheckResult(decl == inter == excl, f"{decl} / {inter} / {excl} (0 == 0 == 0 passes)")


# --------------------------------------------------------------------------------------------
# count:conjunctions
# --------------------------------------------------------------------------------------------

_CONJUNCTIONS = ("for", "and", "nor", "but", "or", "yet", "so")  # the seven coordinating ones


class SmallNArgs(Args):
    small_n: int = Field(ge=0)


def _conjunctions_used(response: str) -> set[str]:
    found = (w.strip(_STRIP).lower() for w in response.split())
    return {w for w in found if w in _CONJUNCTIONS}


@register
class ConjunctionCount(ConstraintType):
    """At least small_n different coordinating conjunctions (for, and, nor, but, or, yet, so) as
    whitespace tokens, ASCII punctuation stripped, case-insensitive.

    Divergence from IFBench: IFBench collects the raw tokens, so "and", "And" and "and," count as
    three different conjunctions; rpo counts each conjunction once."""

    id = "count:conjunctions"
    Args = SmallNArgs
    example = {"small_n": 4}

    def describe(self) -> str:
        return (
            f"Use at least {self.args.small_n} different coordinating conjunctions "
            "(for, and, nor, but, or, yet, so) in your response."
        )

    def evaluate(self, response: str) -> CheckResult:
        used = _conjunctions_used(response)
        listed = ", ".join(c for c in _CONJUNCTIONS if c in used) or "none"
        return CheckResult(len(used) >= self.args.small_n, f"{len(used)} different: {listed}")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench: the distinct raw tokens, so "and", "And" and "and," are three.
        raw = {w for w in response.split() if w.strip(_STRIP).lower() in _CONJUNCTIONS}
        return CheckResult(len(raw) >= self.args.small_n, f"{len(raw)} distinct raw tokens")


@register
@negation_of(ConjunctionCount)
class ConjunctionCountFewer(Negation):
    """Complement of count:conjunctions: fewer than small_n different coordinating conjunctions."""

    id = "count:conjunctions_fewer"

    def describe(self) -> str:
        return (
            f"Use fewer than {self.args.small_n} different coordinating conjunctions "
            "(for, and, nor, but, or, yet, so) in your response."
        )


# --------------------------------------------------------------------------------------------
# count:person_names
# --------------------------------------------------------------------------------------------

# The names IFBench's instruction text lists (the instruction defines the constraint by them).
PERSON_NAMES = (
    "Emma Liam Sophia Jackson Olivia Noah Ava Lucas Isabella Mason Mia Ethan Charlotte Alexander "
    "Amelia Benjamin Harper Leo Zoe Daniel Chloe Samuel Lily Matthew Grace Owen Abigail Gabriel Ella "
    "Jacob Scarlett Nathan Victoria Elijah Layla Nicholas Audrey David Hannah Christopher Penelope "
    "Thomas Nora Andrew Aria Joseph Claire Ryan Stella Jonathan"
).split()
# One alternation finds the same names as a search per name: whole-word matches cannot overlap.
_NAMES_RE = re.compile(r"\b(?:" + "|".join(PERSON_NAMES) + r")\b")


def _names_used(response: str) -> list[str]:
    # Case-sensitive whole words, as IFBench: "Mia" is not found in "Miami" nor in "mia".
    found = set(_NAMES_RE.findall(response))
    return [name for name in PERSON_NAMES if name in found]


@register
class PersonNameCount(ConstraintType):
    """At least N different names from IFBench's fixed list of 50 first names appear (whole
    words, case-sensitive)."""

    id = "count:person_names"
    Args = NArgs
    example = {"N": 5}

    def describe(self) -> str:
        return (
            f"Mention at least {self.args.N} different people by name in your response, choosing the names "
            f"from this list: {', '.join(PERSON_NAMES)}."
        )

    def evaluate(self, response: str) -> CheckResult:
        used = _names_used(response)
        reason = _plural(len(used), "listed name")
        if used:
            reason += ": " + ", ".join(used[:8]) + (", ..." if len(used) > 8 else "")
        return CheckResult(len(used) >= self.args.N, reason)


@register
@negation_of(PersonNameCount)
class PersonNameCountFewer(Negation):
    """Complement of count:person_names: fewer than N different names from the list appear."""

    id = "count:person_names_fewer"

    def describe(self) -> str:
        return f"Mention fewer than {self.args.N} different people by name from this list: {', '.join(PERSON_NAMES)}."


# --------------------------------------------------------------------------------------------
# ratio:overlap
# --------------------------------------------------------------------------------------------


class OverlapArgs(Args):
    keep_whitespace = frozenset({"reference_text"})
    reference_text: str = Field(min_length=1)
    percentage: int = Field(ge=0, le=100)

    @field_validator("reference_text")
    @classmethod
    def _text(cls, v: str) -> str:
        return _non_blank(v)


@functools.lru_cache(maxsize=256)  # the reference text is the same for every response
def _trigrams(text: str) -> frozenset[tuple[str, ...]]:
    toks = treebank_tokens(text)
    return frozenset(tuple(toks[i : i + 3]) for i in range(len(toks) - 2))


@functools.lru_cache(maxsize=256)
def _char_trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


@register
class TrigramOverlap(ConstraintType):
    """The share of the response's distinct word trigrams that also occur in the reference text is
    within 2 percentage points of ``percentage``. Tokens are NLTK-style word tokens
    (case-sensitive, punctuation tokens included); a response with no trigram fails.

    Divergence from IFBench: some versions of IFBench's checker build trigrams of characters
    (``nltk.ngrams`` on the raw string); rpo uses word trigrams, as the instruction says and as
    the newest reference does."""

    id = "ratio:overlap"
    Args = OverlapArgs
    not_reversible_reason = "a ±2% overlap window has no natural single opposite (overlap above or below it)"
    example = {
        "reference_text": "The quick brown fox jumps over the lazy dog while the farmer sleeps in the barn.",
        "percentage": 50,
    }

    def describe(self) -> str:
        return (
            f"Keep the word-trigram overlap between your response and the reference text at "
            f"{self.args.percentage}% (give or take 2 percentage points). Reference text: {self.args.reference_text}"
        )

    def evaluate(self, response: str) -> CheckResult:
        grams = _trigrams(response)
        if not grams:
            return CheckResult(False, "no word trigrams")
        share = len(grams & _trigrams(self.args.reference_text)) / len(grams) * 100
        p = self.args.percentage
        return CheckResult(p - 2 <= share <= p + 2, f"{share:.1f}% trigram overlap")

    def evaluate_reference(self, response: str) -> CheckResult:
        # The packaged reference (if-verifiable's IFBench) takes trigrams of characters.
        grams = _char_trigrams(response)
        if not grams:
            return CheckResult(False, "no character trigrams")
        share = len(grams & _char_trigrams(self.args.reference_text)) / len(grams) * 100
        p = self.args.percentage
        return CheckResult(p - 2 <= share <= p + 2, f"{share:.1f}% character-trigram overlap")


# --------------------------------------------------------------------------------------------
# count:numbers
# --------------------------------------------------------------------------------------------


def _numbers(response: str) -> list[str]:
    # ASCII punctuation is deleted first, so "3.14", "1,000" and "2024-05-01" are one number each.
    return re.findall(r"\d+", response.translate(_DELETE_PUNCT))


@register
class NumbersCount(ConstraintType):
    """Exactly N numbers: runs of digits once ASCII punctuation is deleted, as IFBench counts them
    ("3.14", "1,000", "10:30" and "2024-05-01" are one number each; "10–20" with an en dash is two)."""

    id = "count:numbers"
    Args = NArgs
    not_reversible_reason = "'exactly N numbers' has no natural single opposite (fewer or more)"
    example = {"N": 3}

    def describe(self) -> str:
        return f"Your response must contain exactly {_plural(self.args.N, 'number')}."

    def evaluate(self, response: str) -> CheckResult:
        n = len(_numbers(response))
        return CheckResult(n == self.args.N, _plural(n, "number"))


# --------------------------------------------------------------------------------------------
# count:punctuation
# --------------------------------------------------------------------------------------------

_MARKS = (".", ",", "!", "?", ";", ":")


@register
class PunctuationCover(ConstraintType):
    """An interrobang ("?!", "!?" or "‽") plus each of . , ! ? ; : elsewhere. As in IFBench, the
    first "?!" (or, failing that, the first "!?") is set aside before looking for the six marks, so
    the interrobang's own "!" and "?" do not count; a "‽" is not set aside."""

    id = "count:punctuation"
    not_reversible_reason = "'leave out some punctuation mark' is no natural instruction; almost any text meets it"

    def describe(self) -> str:
        return (
            "Use every standard punctuation mark at least once: a period, a comma, an exclamation mark, "
            "a question mark, a semicolon, a colon, and an interrobang (?!)."
        )

    def evaluate(self, response: str) -> CheckResult:
        if not ("?!" in response or "!?" in response or "‽" in response):
            return CheckResult(False, "no interrobang")
        rest = response.replace("?!", "", 1)
        if rest == response:
            rest = response.replace("!?", "", 1)
        missing = [m for m in _MARKS if m not in rest]
        return CheckResult(not missing, f"missing: {' '.join(missing)}" if missing else "all marks used")


# --------------------------------------------------------------------------------------------
# ratio:sentence_words
# --------------------------------------------------------------------------------------------


@register
class SentenceWordsRatio(ConstraintType):
    """Exactly three sentences (punkt-style), each with the same number of characters, and no word
    used twice (words: lowercased, ASCII punctuation deleted, split on whitespace).

    Divergence from IFBench: older versions of IFBench's checker do not check the "all different
    words" part; rpo does, as the instruction says and as the newest reference does."""

    id = "ratio:sentence_words"
    not_reversible_reason = (
        "the opposite of 'three equal-length sentences with all different words' is no single instruction"
    )

    def describe(self) -> str:
        return (
            "Respond in exactly three sentences that each have the same number of characters, "
            "and do not use any word more than once."
        )

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        if len(sentences) != 3:
            return CheckResult(False, _plural(len(sentences), "sentence"))
        lengths = [len(s) for s in sentences]
        if len(set(lengths)) != 1:
            return CheckResult(False, "sentence lengths " + ", ".join(map(str, lengths)))
        words = " ".join(sentences).lower().translate(_DELETE_PUNCT).split()
        repeated = sorted(w for w, c in Counter(words).items() if c > 1)
        if repeated:
            return CheckResult(False, "repeated: " + ", ".join(repeated[:5]))
        return CheckResult(True, f"3 sentences of {lengths[0]} characters, no repeated word")


# --------------------------------------------------------------------------------------------
# count:words_japanese
# --------------------------------------------------------------------------------------------

_JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # hiragana, katakana, CJK ideographs


class PositiveNArgs(Args):
    N: int = Field(ge=1)


@register
class NthWordJapanese(ConstraintType):
    """Every N-th whitespace token (ASCII punctuation stripped) contains a Japanese character
    (hiragana, katakana or kanji). Tokens that are empty after stripping, or all digits, are not
    checked but still count as positions; text without spaces is a single word, as in IFBench."""

    id = "count:words_japanese"
    Args = PositiveNArgs
    not_reversible_reason = "'some N-th word is not Japanese' is no natural instruction"
    example = {"N": 3}

    def describe(self) -> str:
        if self.args.N == 1:
            return "Write every word of your response in Japanese."
        return f"Every {_ordinal(self.args.N)} word of your response must be in Japanese."

    def evaluate(self, response: str) -> CheckResult:
        n = self.args.N
        tokens = response.split()
        for i in range(n - 1, len(tokens), n):
            word = tokens[i].strip(_STRIP)
            if word and not word.isdigit() and not _JAPANESE_RE.search(word):
                return CheckResult(False, f"word {i + 1} is not Japanese: {word[:30]!r}")
        return CheckResult(True, f"{len(tokens) // n} checked words, all Japanese")


# --------------------------------------------------------------------------------------------
# count:pronouns
# --------------------------------------------------------------------------------------------

# rpo's own enumeration of English pronoun forms by grammatical class.
_PERSONS = (
    "i me my mine myself",
    "we us our ours ourselves",
    "you your yours yourself yourselves",
    "he him his himself",
    "she her hers herself",
    "it its itself",
    "they them their theirs themselves",
)
_INDEFINITE = {a + b for a in ("any", "every", "no", "some") for b in ("body", "one", "thing")} - {"noone"}
_PRONOUNS = frozenset(
    " ".join(_PERSONS).split()
    + "this that these those".split()  # demonstrative
    + "who whom whose which what whoever whomever whatever whichever".split()  # interrogative/relative
    + sorted(_INDEFINITE)
    + "each either neither both all some any none nothing".split()  # quantifiers used as pronouns
)


def _pronouns(response: str) -> int:
    # "she/her/hers" is three pronouns: IFBench turns slashes into spaces before tokenizing.
    tokens = treebank_tokens(response.lower().replace("/", " "))
    return sum(1 for t in tokens if t in _PRONOUNS)


@register
class PronounCount(ConstraintType):
    """At least N pronouns (occurrences, not distinct), over NLTK-style word tokens of the
    lowercased response: "it's" holds "it", but a hyphenated "it-girl" holds none.

    The pronoun list is rpo's own: personal, possessive and reflexive forms, demonstratives,
    interrogatives/relatives (with their -ever forms), the any/every/no/some + body/one/thing
    series, and each, either, neither, both, all, some, any, none. Like IFBench's, it leaves out
    "one", "another", "many", "few", "several" and archaic forms such as "thou"."""

    id = "count:pronouns"
    Args = NArgs
    example = {"N": 20}

    def describe(self) -> str:
        return f"Use at least {_plural(self.args.N, 'pronoun')} in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = _pronouns(response)
        return CheckResult(n >= self.args.N, _plural(n, "pronoun"))


@register
@negation_of(PronounCount)
class PronounCountFewer(Negation):
    """Complement of count:pronouns: fewer than N pronouns."""

    id = "count:pronouns_fewer"

    def describe(self) -> str:
        return f"Use fewer than {_plural(self.args.N, 'pronoun')} in your response."


# --------------------------------------------------------------------------------------------
# sentence:keyword
# --------------------------------------------------------------------------------------------


class SentenceKeywordArgs(Args):
    word: str = Field(min_length=1)
    N: int = Field(ge=1)

    @field_validator("word")
    @classmethod
    def _word(cls, v: str) -> str:
        return _non_blank(v)


@register
class SentenceKeyword(ConstraintType):
    """The N-th sentence (punkt-style) contains the word as a whole word, case-insensitive. A
    response with fewer than N sentences fails."""

    id = "sentence:keyword"
    Args = SentenceKeywordArgs
    example = {"word": "harbor", "N": 2}

    def describe(self) -> str:
        return f'The {_ordinal(self.args.N)} sentence of your response must include the word "{self.args.word}".'

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        n = self.args.N
        if len(sentences) < n:
            return CheckResult(False, f"only {_plural(len(sentences), 'sentence')}")
        found = whole_word_pattern(self.args.word).search(sentences[n - 1])
        return CheckResult(bool(found), f"{'found' if found else 'not found'} in sentence {n}")


@register
@negation_of(SentenceKeyword)
class SentenceKeywordAbsent(Negation):
    """Complement of sentence:keyword: the N-th sentence does not contain the word (or there is no
    N-th sentence)."""

    id = "sentence:keyword_absent"

    def describe(self) -> str:
        return f'Do not use the word "{self.args.word}" in the {_ordinal(self.args.N)} sentence of your response.'


# --------------------------------------------------------------------------------------------
# sentence:increment
# --------------------------------------------------------------------------------------------


def _sentence_word_counts(response: str) -> list[int]:
    # Words: ASCII punctuation deleted, then whitespace-split (so "well-known" is one word).
    return [len(s.translate(_DELETE_PUNCT).split()) for s in punkt_sentences(response)]


@register
class SentenceIncrement(ConstraintType):
    """Each sentence (punkt-style) has exactly small_n more words than the one before (words:
    ASCII punctuation deleted, split on whitespace). One sentence passes; no sentence fails
    (IFBench's checker raises there and its harness scores the response as not following)."""

    id = "sentence:increment"
    Args = SmallNArgs
    not_reversible_reason = "the opposite of an exact per-sentence increment is no natural instruction"
    example = {"small_n": 2}

    def describe(self) -> str:
        n = self.args.small_n
        return (
            f"Each sentence must contain exactly {n} more {'word' if n == 1 else 'words'} than the sentence before it."
        )

    def evaluate(self, response: str) -> CheckResult:
        counts = _sentence_word_counts(response)
        if not counts:
            return CheckResult(False, "no sentences")
        shown = "word counts " + ", ".join(map(str, counts[:12])) + (", ..." if len(counts) > 12 else "")
        ok = all(b == a + self.args.small_n for a, b in pairwise(counts))
        return CheckResult(ok, shown)


# --------------------------------------------------------------------------------------------
# sentence:alliteration_increment
# --------------------------------------------------------------------------------------------


def _alliteration_score(sentence: str) -> int:
    """Words in runs of consecutive words that share a first character (a run of k words scores
    k; runs add up). Words are lowercased whitespace tokens with leading punctuation removed."""
    words = [w for w in (t.lstrip(_STRIP) for t in sentence.lower().split()) if w]
    score, in_run = 0, False
    for a, b in pairwise(words):
        if a[0] == b[0]:
            score += 1 if in_run else 2
            in_run = True
        else:
            in_run = False
    return score


@register
class AlliterationIncrement(ConstraintType):
    """Each sentence (punkt-style) scores strictly higher than the one before, where a sentence's
    score is the number of words in its runs of consecutive words sharing a first character. As
    in IFBench, runs within a sentence add up (two runs of 2 score 4), rather than only the
    longest run counting; a response of zero or one sentence passes."""

    id = "sentence:alliteration_increment"
    not_reversible_reason = "the opposite of 'each sentence more alliterative than the last' is no natural instruction"

    def describe(self) -> str:
        return (
            "Each sentence must have a longer run of consecutive alliterative words (words starting "
            "with the same letter) than the sentence before it."
        )

    def evaluate(self, response: str) -> CheckResult:
        scores = [_alliteration_score(s) for s in punkt_sentences(response)]
        shown = "alliteration " + ", ".join(map(str, scores[:12])) + (", ..." if len(scores) > 12 else "")
        return CheckResult(all(b > a for a, b in pairwise(scores)), shown if scores else "no sentences")


# --------------------------------------------------------------------------------------------
# count:keywords_multiple
# --------------------------------------------------------------------------------------------

_MULTIPLE_COUNTS = (1, 2, 3, 5, 7)
_TIMES = {1: "once", 2: "twice", 3: "three times", 5: "five times", 7: "seven times"}


class KeywordsMultipleArgs(Args):
    keyword1: str
    keyword2: str
    keyword3: str
    keyword4: str
    keyword5: str

    @field_validator("keyword1", "keyword2", "keyword3", "keyword4", "keyword5")
    @classmethod
    def _strip(cls, v: str) -> str:
        return _non_blank(v).strip()  # IFBench strips its keywords


@register
class KeywordsMultiple(ConstraintType):
    """keyword1..keyword5 occur exactly 1, 2, 3, 5 and 7 times as whole words (case-insensitive)."""

    id = "count:keywords_multiple"
    Args = KeywordsMultipleArgs
    not_reversible_reason = "the opposite of five exact keyword counts is no natural single instruction"
    example = {"keyword1": "lantern", "keyword2": "river", "keyword3": "stone", "keyword4": "wind", "keyword5": "light"}

    def _keywords(self) -> tuple[str, ...]:
        a = self.args
        return (a.keyword1, a.keyword2, a.keyword3, a.keyword4, a.keyword5)

    def describe(self) -> str:
        parts = [f'"{k}" {_TIMES[n]}' for k, n in zip(self._keywords(), _MULTIPLE_COUNTS, strict=True)]
        return "Use the word " + ", ".join(parts[:-1]) + f" and {parts[-1]} (exactly that many times each)."

    def evaluate(self, response: str) -> CheckResult:
        wrong = []
        for kw, want in zip(self._keywords(), _MULTIPLE_COUNTS, strict=True):
            got = len(whole_word_pattern(kw).findall(response))
            if got != want:
                wrong.append(f'"{kw}" {got}/{want}')
        return CheckResult(not wrong, "wrong counts: " + ", ".join(wrong) if wrong else "all counts exact")
