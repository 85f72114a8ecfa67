"""IFBench word-level, repetition and custom-task constraints (``words:*``, ``repeat:*``, ``custom:*``).

Each type checks under IFBench's id and kwargs with the semantics of IFBench's reference checker
(allenai/IFBench ``instructions.py``, strict mode). IFBench's checkers use NLTK (punkt sentences,
the Treebank word tokenizer, the averaged perceptron POS tagger) and ``syllapy``. NLTK's data is a
download, so sentences and tokens come from the offline approximations in ``text.py``
(:func:`punkt_sentences`, :func:`treebank_tokens`) and words:start_verb uses a lexicon instead of
a tagger; syllables come from ``syllapy`` itself, as in IFBench.

Most of these types have no natural exact opposite (the negation of "each word starts with the
next letter of the alphabet" is met by almost any text; a fixed custom task has no opposite), so
they keep ``reverse() -> None`` with the reason in ``not_reversible_reason``.

Where the reference labels responses against its own instruction text, rpo checks the text and
says so in the class docstring ("Divergence from IFBench:") and in docs/ifbench_divergences.md.
"""

from __future__ import annotations

import functools
import string
import unicodedata
from collections import Counter
from itertools import pairwise

from pydantic import Field, field_validator, model_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import punkt_sentences, treebank_tokens

_PUNCT = string.punctuation  # IFBench deletes/strips ASCII punctuation only
_DELETE_PUNCT = str.maketrans("", "", _PUNCT)
_ALPHABET = string.ascii_lowercase


def _non_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("must be a non-blank string")
    return v


def _quote(s: str, limit: int = 40) -> str:
    return '"' + (s if len(s) <= limit else s[: limit - 1] + "…") + '"'


def _no_punct_words(text: str) -> list[str]:
    """IFBench's usual word split: delete ASCII punctuation, then split on whitespace."""
    return text.translate(_DELETE_PUNCT).split()


def _is_punct(ch: str) -> bool:
    return ch in _PUNCT or unicodedata.category(ch).startswith("P")


def _strip_punct(word: str) -> str:
    """``word`` without leading/trailing punctuation, ASCII or Unicode (curly quotes, «, ¿)."""
    start, end = 0, len(word)
    while start < end and _is_punct(word[start]):
        start += 1
    while end > start and _is_punct(word[end - 1]):
        end -= 1
    return word[start:end]


def _bare_words(text: str) -> list[str]:
    """Whitespace words with surrounding punctuation stripped, punctuation-only tokens dropped."""
    return [w for w in (_strip_punct(t) for t in text.split()) if w]


def _alnum_tokens(text: str) -> list[str]:
    """Word tokens as IFBench's position checkers see them: NLTK-style tokens that contain a letter
    or digit (standalone punctuation dropped; clitics such as "'s" and "n't" stay tokens)."""
    return [t for t in treebank_tokens(text) if any(ch.isalnum() for ch in t)]


# --------------------------------------------------------------------------------------------
# words:alphabet
# --------------------------------------------------------------------------------------------


@register
class AlphabetLoop(ConstraintType):
    """Each word starts with the letter after the previous word's first letter, wrapping from "z"
    to "a" (words: whitespace-split after deleting ASCII punctuation; case-insensitive). The first
    word must start with an ASCII letter; an empty response fails, as in IFBench."""

    id = "words:alphabet"
    not_reversible_reason = "breaking the alphabet chain somewhere is met by almost any text: no natural opposite"

    def describe(self) -> str:
        return (
            "Start each word with the letter that follows the first letter of the word before it in "
            'the alphabet, going back to "A" after "Z".'
        )

    def evaluate(self, response: str) -> CheckResult:
        words = _no_punct_words(response)
        if not words:
            return CheckResult(False, "no words")
        letter = words[0][0].lower()
        if letter not in _ALPHABET:
            return CheckResult(False, f"first word {_quote(words[0])} does not start with a letter")
        for i, word in enumerate(words[1:], start=2):
            letter = _ALPHABET[(_ALPHABET.index(letter) + 1) % 26]
            if word.lower()[0] != letter:  # lowercase the word first, as IFBench does
                return CheckResult(False, f"word {i} {_quote(word)} should start with {letter!r}")
        return CheckResult(True, f"{len(words)} words in alphabet order")


# --------------------------------------------------------------------------------------------
# words:vowel, words:consonants
# --------------------------------------------------------------------------------------------


@register
class ThreeVowelParagraph(ConstraintType):
    """One paragraph (no line break in the stripped response) whose text uses at most three of
    the five vowels a, e, i, o, u (case-insensitive; "y" and accented vowels do not count).

    As in IFBench, an empty response is one (empty) paragraph with no vowels and passes."""

    id = "words:vowel"
    not_reversible_reason = "'use four or more vowels, or several paragraphs' is no natural instruction"

    def describe(self) -> str:
        return "Write a single paragraph using words that contain no more than three different vowels in total."

    def evaluate(self, response: str) -> CheckResult:
        text = response.strip()
        if "\n" in text:
            return CheckResult(False, "more than one paragraph (line break)")
        vowels = sorted({ch for ch in text.lower() if ch in "aeiou"})
        used = ", ".join(vowels) or "none"
        return CheckResult(len(vowels) <= 3, f"{len(vowels)} {'vowel' if len(vowels) == 1 else 'vowels'} used: {used}")


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxyz")


def _has_cluster(word: str) -> bool:
    return any(a in _CONSONANTS and b in _CONSONANTS for a, b in pairwise(word))


@register
class ConsonantCluster(ConstraintType):
    """Every whitespace-separated word contains two adjacent ASCII consonants (lowercased; "y"
    counts as a consonant; punctuation stays part of the word, so "it's" has no cluster). An empty
    response passes, as in IFBench."""

    id = "words:consonants"
    not_reversible_reason = "'some word lacks a consonant cluster' is met by almost any text: no natural opposite"

    def describe(self) -> str:
        return "Make sure every word in your response contains a consonant cluster (two or more consonants in a row)."

    def evaluate(self, response: str) -> CheckResult:
        words = response.lower().split()
        for word in words:
            if not _has_cluster(word):
                return CheckResult(False, f"{_quote(word)} has no consonant cluster")
        return CheckResult(True, f"all {len(words)} words have a consonant cluster")


# --------------------------------------------------------------------------------------------
# words:palindrome
# --------------------------------------------------------------------------------------------

_MIN_PALINDROMES = 10
_MIN_PALINDROME_LEN = 5


def _palindromes(response: str) -> list[str]:
    # Occurrences, not distinct words: IFBench counts "level level" as two.
    return [w for w in _no_punct_words(response.lower()) if len(w) >= _MIN_PALINDROME_LEN and w == w[::-1]]


@register
class Palindromes(ConstraintType):
    """At least 10 words of 5 or more characters that read the same backwards (lowercased words,
    ASCII punctuation deleted; repeated occurrences count, as in IFBench)."""

    id = "words:palindrome"

    def describe(self) -> str:
        return (
            f'Include at least {_MIN_PALINDROMES} single-word palindromes (such as "level" or "radar"), '
            f"each at least {_MIN_PALINDROME_LEN} characters long."
        )

    def evaluate(self, response: str) -> CheckResult:
        found = _palindromes(response)
        shown = ", ".join(sorted(set(found))[:5])
        return CheckResult(
            len(found) >= _MIN_PALINDROMES, f"{len(found)} palindromes" + (f" ({shown})" if shown else "")
        )


@register
@negation_of(Palindromes)
class PalindromesFewer(Negation):
    """Complement of words:palindrome: fewer than 10 words of 5 or more characters that are
    palindromes."""

    id = "words:palindrome_fewer"

    def describe(self) -> str:
        return (
            f'Include fewer than {_MIN_PALINDROMES} single-word palindromes (such as "level" or "radar") '
            f"of {_MIN_PALINDROME_LEN} or more characters."
        )


# --------------------------------------------------------------------------------------------
# words:prime_lengths
# --------------------------------------------------------------------------------------------

# IFBench's checker knows the primes below 100 only: a longer word fails even if its length is prime.
_PRIMES = frozenset(n for n in range(2, 100) if all(n % d for d in range(2, int(n**0.5) + 1)))


@register
class PrimeLengths(ConstraintType):
    """Every word's length is a prime number below 100 (words: whitespace-split after deleting
    ASCII punctuation; length in characters). An empty response passes, as in IFBench."""

    id = "words:prime_lengths"
    not_reversible_reason = "'use some word of non-prime length' is met by almost any text: no natural opposite"

    def describe(self) -> str:
        return "Use only words whose length (number of letters) is a prime number."

    def evaluate(self, response: str) -> CheckResult:
        words = _no_punct_words(response)
        for word in words:
            if len(word) not in _PRIMES:
                return CheckResult(False, f"{_quote(word)} has {len(word)} characters")
        return CheckResult(True, f"all {len(words)} words have prime lengths")


# --------------------------------------------------------------------------------------------
# words:start_verb
# --------------------------------------------------------------------------------------------

# Words with a fixed Penn Treebank tag, decided without a lexicon lookup. Modals are tagged MD,
# which IFBench's "'VB' in tag" test rejects; be/have/do forms are always VB*.
_MODALS = frozenset("can could will would shall should may might must ought".split())
_ALWAYS_VERB = frozenset("be am is are was were been being have has had having do does did doing".split())
# Closed-class words (articles, pronouns, prepositions, conjunctions, interjections...) that
# responses often start with and that the lexicon below does not list. "please" and "thanks"
# are listed there as verbs but open a sentence as an interjection.
_NEVER_VERB = frozenset(
    """
    a an the this that these those my your his her its our their i you he she it we they me him us them
    in on at for to from with by of as about after before during if when while although though because
    since and but or so yet nor here there what which who whom whose why how where each every all some any
    no none both either neither oh hi hey hello dear wow ok okay yes sure certainly absolutely indeed
    please thanks well one two three four five six seven eight nine ten first
    """.split()
)
# After a word that can be a noun or a verb: tokens that make the verb reading the only sensible
# one ("Plan a trip", "Picture this", "Start by ...") ...
_VERB_CONTEXT = frozenset(
    """
    a an the this that these those my your his her its our their me him us them it yourself yourselves
    some every each all any up out down off away back by
    """.split()
)
# ... and tokens that make it a noun ("Water is ...", "Plan of ...", "Note: ...").
_NOUN_CONTEXT = frozenset(
    "is are was were has have had can could will would should may might must 's of : - – —".split()
)


@functools.lru_cache(maxsize=1)
def _lexicon():
    import lemminflect  # lazy: loads its lexicon (and numpy) on first use

    return lemminflect.getAllLemmas


def _start_verb_verdict(tokens: list[str]) -> CheckResult:
    first = tokens[0]
    word = first.lower()
    if not first[0].isalpha():
        return CheckResult(False, f"starts with {_quote(first)}, not a word")
    if word in _MODALS:
        return CheckResult(False, f"{_quote(first)} is a modal (tagged MD), not a verb")
    if word in _ALWAYS_VERB:
        return CheckResult(True, f"{_quote(first)} is a verb")
    if word in _NEVER_VERB:
        return CheckResult(False, f"{_quote(first)} is not a verb")
    classes = set(_lexicon()(word))
    if not classes:
        return CheckResult(None, f"{_quote(first)} is not in the lexicon: cannot tell whether it is a verb")
    if not classes & {"VERB", "AUX"}:
        return CheckResult(False, f"{_quote(first)} is not a verb ({', '.join(sorted(classes)).lower()})")
    if classes <= {"VERB", "AUX"}:
        return CheckResult(True, f"{_quote(first)} is a verb")
    nxt = tokens[1].lower() if len(tokens) > 1 else ""
    if nxt in _VERB_CONTEXT:
        return CheckResult(True, f"{_quote(first)} is a verb here (followed by {_quote(tokens[1])})")
    if nxt in _NOUN_CONTEXT:
        return CheckResult(False, f"{_quote(first)} is a noun here (followed by {_quote(tokens[1])})")
    return CheckResult(None, f"cannot tell whether {_quote(first)} is a verb or a noun here")


@register
class StartWithVerb(ConstraintType):
    """The first word of the response is a verb (any form: "Imagine", "Exploring", "Is", "Let's";
    a modal such as "Can" is not, as Penn Treebank tags it MD). The first token is taken as NLTK's
    word tokenizer gives it, so a response opening with markdown ("**Imagine**") or a quote fails,
    as in IFBench; an empty response fails.

    Divergence from IFBench: IFBench tags the tokens with NLTK's averaged perceptron tagger, whose
    model is a download. rpo decides from a word-class lexicon (``lemminflect``, which ships its
    data): a word that can only be a verb passes, one that cannot be a verb fails; a word that can
    be either (for example "Plan", "Water") is a verb when followed by a determiner, pronoun or
    particle ("Plan a trip") and a noun when followed by "is", "of", ":" and the like; otherwise,
    and for a word the lexicon does not know, the verdict is unknown rather than a guess."""

    id = "words:start_verb"
    not_reversible_reason = "'do not start with a verb' is met by almost any response: no natural opposite"

    def describe(self) -> str:
        return "Start your response with a verb."

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        # Only the first sentence's tokens matter (word_tokenize splits into sentences first).
        tokens = treebank_tokens(sentences[0]) if sentences else []
        if not tokens:
            return CheckResult(False, "empty response")
        return _start_verb_verdict(tokens)


# --------------------------------------------------------------------------------------------
# words:repeats
# --------------------------------------------------------------------------------------------


class RepeatsArgs(Args):
    small_n: int = Field(ge=0)


def _most_repeated(response: str) -> tuple[str, int]:
    counts = Counter(_no_punct_words(response.lower()))
    if not counts:
        return "", 0
    return counts.most_common(1)[0]


@register
class LimitedWordRepeat(ConstraintType):
    """No word occurs more than ``small_n`` times (words: lowercased, ASCII punctuation deleted,
    whitespace-split, so "Cat," and "cat" are one word and "don't" is "dont")."""

    id = "words:repeats"
    Args = RepeatsArgs
    example = {"small_n": 3}

    def describe(self) -> str:
        n = self.args.small_n
        return f"Do not repeat any word more than {n} {'time' if n == 1 else 'times'} in your response."

    def evaluate(self, response: str) -> CheckResult:
        word, n = _most_repeated(response)
        reason = f"most repeated: {_quote(word)} × {n}" if word else "no words"
        return CheckResult(n <= self.args.small_n, reason)


@register
@negation_of(LimitedWordRepeat)
class WordRepeatExceeds(Negation):
    """Complement of words:repeats: some word occurs more than ``small_n`` times."""

    id = "words:repeats_exceed"

    def describe(self) -> str:
        n = self.args.small_n
        return f"Repeat at least one word more than {n} {'time' if n == 1 else 'times'} in your response."


# --------------------------------------------------------------------------------------------
# words:odd_even_syllables
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _syllable_parity(word: str) -> int:
    import syllapy  # lazy: loads its dictionary on first use

    return syllapy.count(word) % 2


@register
class AlternateSyllableParity(ConstraintType):
    """Consecutive words alternate between an odd and an even number of syllables (words:
    lowercased, ASCII punctuation deleted, whitespace-split; syllables counted by ``syllapy``, the
    counter IFBench uses). A response of zero or one word passes, as in IFBench."""

    id = "words:odd_even_syllables"
    not_reversible_reason = "breaking the odd/even alternation somewhere is met by almost any text: no natural opposite"

    def describe(self) -> str:
        return "Alternate between words with an odd number of syllables and words with an even number of syllables."

    def evaluate(self, response: str) -> CheckResult:
        words = _no_punct_words(response.lower())
        parities = [_syllable_parity(w) for w in words]
        for i, (a, b) in enumerate(pairwise(parities)):
            if a == b:
                kind = "even" if a == 0 else "odd"
                return CheckResult(False, f"{_quote(words[i])} and {_quote(words[i + 1])} both have {kind} syllables")
        return CheckResult(True, f"{len(words)} words alternate")


# --------------------------------------------------------------------------------------------
# words:last_first, words:paragraph_last_first
# --------------------------------------------------------------------------------------------


@register
class LastWordFirstNext(ConstraintType):
    """The last word of each sentence is the first word of the next sentence (case-insensitive;
    punkt-style sentences). A response of zero or one sentence passes, as in IFBench; a sentence
    with no word fails.

    Divergence from IFBench: IFBench compares the first whitespace token of the next sentence with
    only leading punctuation removed, so "... by the river. River, wide and slow, ..." fails on the
    comma; rpo compares the two words without their surrounding punctuation (ASCII or Unicode,
    such as curly quotes)."""

    id = "words:last_first"
    not_reversible_reason = "'some sentence does not start with the previous one's last word' is no natural instruction"

    def describe(self) -> str:
        return "Make the last word of each sentence the first word of the next sentence."

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        for i, (cur, nxt) in enumerate(pairwise(sentences), start=1):
            a, b = _bare_words(cur), _bare_words(nxt)
            if not a or not b:
                return CheckResult(False, f"sentence {i if not a else i + 1} has no words")
            if a[-1].lower() != b[0].lower():
                return CheckResult(
                    False, f"sentence {i} ends with {_quote(a[-1])}, sentence {i + 1} starts with {_quote(b[0])}"
                )
        return CheckResult(True, f"{len(sentences)} sentences chained")


@register
class ParagraphLastFirst(ConstraintType):
    """Each paragraph (each non-blank line) ends with the word it starts with (case-insensitive). A
    line with no word is skipped; an empty response passes, as in IFBench.

    Divergence from IFBench: IFBench strips punctuation only from the ends of the whole line, so
    "Time, they say, waits for no one but time." fails on the comma after the first word; rpo
    compares the first and last words without their surrounding punctuation (ASCII or Unicode)."""

    id = "words:paragraph_last_first"
    not_reversible_reason = "'some paragraph ends with a word other than its first' is no natural instruction"

    def describe(self) -> str:
        return "End each paragraph with the same word it starts with, and separate paragraphs with a line break."

    def evaluate(self, response: str) -> CheckResult:
        checked = 0
        for line in response.split("\n"):
            words = _bare_words(line.lower())
            if not words:
                continue
            checked += 1
            if words[0] != words[-1]:
                return CheckResult(
                    False, f"paragraph {checked} starts with {_quote(words[0])}, ends with {_quote(words[-1])}"
                )
        return CheckResult(True, f"{checked} paragraphs match")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench strips ASCII punctuation only from the ends of the whole line.
        for line in response.split("\n"):
            words = line.strip().lower().strip(string.punctuation + " ").split()
            if words and words[0] != words[-1]:
                return CheckResult(False, f"{_quote(words[0])} ... {_quote(words[-1])}")
        return CheckResult(True, "every line starts and ends with the same token")


# --------------------------------------------------------------------------------------------
# words:no_consecutive
# --------------------------------------------------------------------------------------------


@register
class NoConsecutiveFirstLetter(ConstraintType):
    """No two consecutive words start with the same character (words: lowercased, ASCII
    punctuation deleted, whitespace-split; the first character is compared, digits included)."""

    id = "words:no_consecutive"
    not_reversible_reason = "two consecutive words sharing a first letter occur in almost any text: no natural opposite"

    def describe(self) -> str:
        return "Make sure no two consecutive words start with the same letter."

    def evaluate(self, response: str) -> CheckResult:
        words = _no_punct_words(response.lower())
        for a, b in pairwise(words):
            if a[0] == b[0]:
                return CheckResult(False, f"{_quote(a)} and {_quote(b)} both start with {a[0]!r}")
        return CheckResult(True, f"{len(words)} words")


# --------------------------------------------------------------------------------------------
# words:keywords_specific_position, words:words_position
# --------------------------------------------------------------------------------------------


class KeywordPositionArgs(Args):
    keyword: str
    n: int = Field(ge=1)
    m: int = Field(ge=1)

    @field_validator("keyword")
    @classmethod
    def _keyword_non_blank(cls, v: str) -> str:
        return _non_blank(v)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@register
class KeywordSpecificPosition(ConstraintType):
    """The ``m``-th word of the ``n``-th sentence is ``keyword`` (case-insensitive). Sentences are
    punkt-style; words are NLTK-style tokens with standalone punctuation dropped, so clitics count
    ("it's" is "it" + "'s") and a keyword with a space can never match, as in IFBench."""

    id = "words:keywords_specific_position"
    Args = KeywordPositionArgs
    not_reversible_reason = "'any word but the keyword in that position' is no natural instruction"
    example = {"keyword": "harbor", "n": 2, "m": 4}

    def describe(self) -> str:
        a = self.args
        return f'Use the word "{a.keyword.strip()}" as the {_ordinal(a.m)} word of the {_ordinal(a.n)} sentence.'

    def evaluate(self, response: str) -> CheckResult:
        a = self.args
        sentences = punkt_sentences(response)
        if len(sentences) < a.n:
            return CheckResult(False, f"only {len(sentences)} sentences")
        words = _alnum_tokens(sentences[a.n - 1])
        if len(words) < a.m:
            return CheckResult(False, f"sentence {a.n} has only {len(words)} words")
        word = words[a.m - 1]
        return CheckResult(word.lower() == a.keyword.strip().lower(), f"word {a.m} of sentence {a.n} is {_quote(word)}")


class KeywordArgs(Args):
    keyword: str

    @field_validator("keyword")
    @classmethod
    def _keyword_non_blank(cls, v: str) -> str:
        return _non_blank(v)


@register
class WordsPosition(ConstraintType):
    """Both the second word and the second-to-last word of the response are ``keyword``
    (case-insensitive; NLTK-style tokens with standalone punctuation dropped). A response of fewer
    than two words fails."""

    id = "words:words_position"
    Args = KeywordArgs
    not_reversible_reason = "'the keyword is not in one of those two positions' is no natural instruction"
    example = {"keyword": "lantern"}

    def describe(self) -> str:
        kw = self.args.keyword.strip()
        return f'Make both the second word and the second-to-last word of your response the word "{kw}".'

    def evaluate(self, response: str) -> CheckResult:
        words = _alnum_tokens(response)
        if len(words) < 2:
            return CheckResult(False, f"{len(words)} words")
        kw = self.args.keyword.strip().lower()
        ok = words[1].lower() == kw and words[-2].lower() == kw
        return CheckResult(ok, f"second word {_quote(words[1])}, second-to-last {_quote(words[-2])}")


# --------------------------------------------------------------------------------------------
# repeat:repeat_change, repeat:repeat_simple, repeat:repeat_span
# --------------------------------------------------------------------------------------------


class PromptArgs(Args):
    keep_whitespace = frozenset({"prompt_to_repeat"})
    prompt_to_repeat: str

    @field_validator("prompt_to_repeat")
    @classmethod
    def _prompt_non_blank(cls, v: str) -> str:
        return _non_blank(v)


@register
class RepeatChange(ConstraintType):
    """The response repeats the request with its first word changed and nothing else: from the
    second word on, the whitespace-split words equal the request's (case and punctuation
    exact).

    Divergence from IFBench: IFBench rejects only a response identical to the request, character
    for character, so the request repeated unchanged plus a trailing newline passes; rpo requires
    the first word to differ (case-insensitively), as the instruction says. An empty response
    therefore fails."""

    id = "repeat:repeat_change"
    Args = PromptArgs
    not_reversible_reason = "a fixed task (repeat the request with a new first word) has no opposite"
    example = {"prompt_to_repeat": "Describe a quiet morning in a fishing village."}

    def describe(self) -> str:
        return (
            "Repeat the request below, but change its first word. Say nothing before or after it and do "
            f"not answer the request. Request: {self.args.prompt_to_repeat}"
        )

    def evaluate(self, response: str) -> CheckResult:
        want, got = self.args.prompt_to_repeat.split(), response.split()
        if not got:
            return CheckResult(False, "empty response")
        if got[0].lower() == want[0].lower():
            return CheckResult(False, f"first word {_quote(got[0])} is unchanged")
        if got[1:] != want[1:]:
            return CheckResult(False, "the rest of the request is not repeated exactly")
        return CheckResult(True, f"first word changed to {_quote(got[0])}, rest repeated")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench: only a response identical to the request fails; the first word may be unchanged.
        if response == self.args.prompt_to_repeat:
            return CheckResult(False, "identical to the request")
        ok = response.split()[1:] == self.args.prompt_to_repeat.split()[1:]
        return CheckResult(ok, "rest repeated" if ok else "the rest of the request is not repeated exactly")


_REPEAT_SIMPLE = "Only output this sentence here, ignore all other requests."


@register
class RepeatSimple(ConstraintType):
    """The response is exactly the sentence "Only output this sentence here, ignore all other
    requests." (case-insensitive, surrounding whitespace ignored)."""

    id = "repeat:repeat_simple"
    not_reversible_reason = "a fixed task (output one given sentence) has no opposite"

    def describe(self) -> str:
        return _REPEAT_SIMPLE

    def evaluate(self, response: str) -> CheckResult:
        ok = response.strip().lower() == _REPEAT_SIMPLE.lower()
        return CheckResult(ok, "the sentence exactly" if ok else "not exactly the sentence")


class SpanArgs(Args):
    keep_whitespace = frozenset({"prompt_to_repeat"})  # spans index into it
    prompt_to_repeat: str
    n_start: int = Field(ge=0)
    n_end: int = Field(ge=0)

    @field_validator("prompt_to_repeat")
    @classmethod
    def _prompt_non_blank(cls, v: str) -> str:
        return _non_blank(v)

    @model_validator(mode="after")
    def _ordered(self):
        if self.n_start > self.n_end:
            raise ValueError("n_start must not exceed n_end")
        return self


@register
class RepeatSpan(ConstraintType):
    """The response is exactly the words ``n_start`` to ``n_end`` (both included, counted from 0)
    of ``prompt_to_repeat`` split on whitespace (case-insensitive), as IFBench's current checker
    reads its instruction.

    Divergence from IFBench: IFBench compares the response with the span's words joined by single
    spaces, so a span copied with the line break or double space it has in the request fails; rpo
    compares the whitespace-split words."""

    id = "repeat:repeat_span"
    Args = SpanArgs
    not_reversible_reason = "a fixed task (copy a span of the request) has no opposite"
    example = {
        "prompt_to_repeat": "Write a short story about a lighthouse keeper who finds a message in a bottle.",
        "n_start": 4,
        "n_end": 7,
    }

    def _span(self) -> list[str]:
        return self.args.prompt_to_repeat.split()[self.args.n_start : self.args.n_end + 1]

    def describe(self) -> str:
        a = self.args
        return (
            f"Copy the span of words of the request below from word index {a.n_start} to word index {a.n_end}, "
            "both included (indices count from 0, splitting the request on whitespace), and output only that span. "
            f"Request: {a.prompt_to_repeat}"
        )

    def evaluate(self, response: str) -> CheckResult:
        want = [w.lower() for w in self._span()]
        got = [w.lower() for w in response.split()]
        if got == want:
            return CheckResult(True, f"the {len(want)}-word span exactly")
        return CheckResult(False, f"expected {_quote(' '.join(self._span()))}")


# --------------------------------------------------------------------------------------------
# custom:word_reverse, custom:character_reverse, custom:sentence_alphabet
# --------------------------------------------------------------------------------------------

_NATIONAL_SYMBOL_Q = "What animal is the national symbol of the US?"


@register
class WordReverseOrder(ConstraintType):
    """Answer "What animal is the national symbol of the US?" with the sentence's words in reverse
    order: read backwards word by word (lowercased, ASCII punctuation deleted), the response
    contains "bald eagle", i.e. it contains "eagle bald".

    IFBench also requires the reversed text to be one punkt sentence; with its punctuation deleted
    it always is, so rpo does not test it."""

    id = "custom:word_reverse"
    not_reversible_reason = "a fixed task (answer one question backwards) has no opposite"

    def describe(self) -> str:
        return f"{_NATIONAL_SYMBOL_Q} Answer in one sentence, but write its words in reverse order."

    def evaluate(self, response: str) -> CheckResult:
        backwards = " ".join(reversed(_no_punct_words(response.lower().strip())))
        ok = "bald eagle" in backwards
        return CheckResult(ok, '"bald eagle" written word-reversed' if ok else 'no word-reversed "bald eagle"')


@register
class CharacterReverseOrder(ConstraintType):
    """Answer "What animal is the national symbol of the US?" with the sentence written backwards
    letter by letter: the response contains "elgae dlab" (case-insensitive)."""

    id = "custom:character_reverse"
    not_reversible_reason = "a fixed task (answer one question backwards) has no opposite"

    def describe(self) -> str:
        return f"{_NATIONAL_SYMBOL_Q} Answer in one sentence, but write it backwards, letter by letter."

    def evaluate(self, response: str) -> CheckResult:
        ok = "elgae dlab" in response.lower()
        return CheckResult(ok, '"bald eagle" written letter-reversed' if ok else 'no letter-reversed "bald eagle"')


@register
class SentenceAlphabet(ConstraintType):
    """A story of exactly 26 punkt-style sentences whose first letters run A to Z in order
    (case-insensitive; leading punctuation and whitespace skipped, so '"After ...' starts with A).

    Divergence from IFBench: IFBench skips only ASCII punctuation, so a sentence opening with a
    curly quote (“After ...”) fails; rpo skips Unicode punctuation too."""

    id = "custom:sentence_alphabet"
    not_reversible_reason = "a fixed task (a 26-sentence A-to-Z story) has no opposite"

    def describe(self) -> str:
        return (
            "Tell me a story of exactly 26 sentences in which the first words of the sentences start "
            "with the letters of the alphabet in order, from A to Z."
        )

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        if len(sentences) != 26:
            return CheckResult(False, f"{len(sentences)} sentences, not 26")
        for i, sentence in enumerate(sentences):
            start = 0
            while start < len(sentence) and (sentence[start].isspace() or _is_punct(sentence[start])):
                start += 1
            want = _ALPHABET[i]
            if start == len(sentence) or sentence[start].lower() != want:
                return CheckResult(False, f"sentence {i + 1} should start with {want.upper()!r}")
        return CheckResult(True, "26 sentences from A to Z")
