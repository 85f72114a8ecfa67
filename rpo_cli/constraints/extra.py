"""Constraint types that persona / system prompts carry and IFEval lacks (plain-text checks).

"Keep every answer under 150 words" is IFEval's; these are the rest of what real system prompts
say: character limits (also what CJK prompts mean by 字), lines, blank-line paragraphs, emoji,
exact phrases, a required opening, exclamation marks, em dashes, a closing question, URLs,
hashtags, sentence length, and scripts to avoid. The Markdown-based types (lists, headings, code
blocks, JSON, "no markdown") live in ``extra_markdown``, imported below so they register with
this family.

Every type here is either a relation type ("less than" / "at least", reversed by flipping the
relation) or has a registered negation, so each reversal is an exact complement.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator

from rpo_cli.constraints import extra_markdown as _extra_markdown  # noqa: F401 - registers the Markdown types
from rpo_cli.constraints import text
from rpo_cli.constraints.base import (
    Args,
    CheckResult,
    ConstraintType,
    Negation,
    NoArgs,
    Relation,
    compare,
    negation_of,
)
from rpo_cli.constraints.registry import register


def _count(relation: str, n: int, one: str, many: str) -> str:
    return f"{relation} {n} {one if n == 1 else many}"


# -- shared text helpers -----------------------------------------------------------------------

# Curly quotes and apostrophes are matched as their straight forms: models write "don’t" for
# a prompt's "don't", and a phrase check should not hinge on which one the tokenizer chose.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'})


def _unspaced(ch: str) -> bool:
    """Letters of scripts written without spaces between words (CJK, kana, Thai, ...)."""
    cp = ord(ch)
    return (
        0x0E00 <= cp <= 0x0EFF  # Thai, Lao
        or 0x1000 <= cp <= 0x109F  # Myanmar
        or 0x1780 <= cp <= 0x17FF  # Khmer
        or 0x3040 <= cp <= 0x30FF  # hiragana, katakana
        or 0x31F0 <= cp <= 0x31FF
        or 0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF66 <= cp <= 0xFF9F  # halfwidth katakana
        or 0x20000 <= cp <= 0x3FFFF
    )


def _word_char(ch: str) -> bool:
    """A character that continues a word in a spaced script (so a phrase ending next to it is
    only part of a longer word). CJK characters never count: those scripts have no spaces, so
    "AI" in "我用AI写" or "你好" in "我说你好吗" is a whole-phrase hit."""
    return (ch.isalnum() or ch == "_") and not _unspaced(ch)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase as a literal, case-insensitive pattern in which any run of whitespace matches
    any run of whitespace (a line break inside the phrase still matches)."""
    parts = phrase.translate(_QUOTES).split()
    return re.compile(r"\s+".join(re.escape(p) for p in parts), re.IGNORECASE)


def _bounded(text_: str, start: int, end: int, phrase: str) -> bool:
    """The match [start, end) is not part of a longer word on either side."""
    p = phrase.strip()
    if _word_char(p[0]) and start > 0 and _word_char(text_[start - 1]):
        return False
    if _word_char(p[-1]) and end < len(text_) and _word_char(text_[end]):
        return False
    return True


def _phrase_hits(phrase: str, response: str) -> int:
    """How many times the phrase occurs as a whole phrase (literal, case-insensitive)."""
    norm = response.translate(_QUOTES)
    pat = _phrase_pattern(phrase)
    # A lookahead finds every start position, so a rejected partial-word hit cannot hide an
    # overlapping whole-phrase hit.
    look = re.compile(f"(?=({pat.pattern}))", re.IGNORECASE)
    return sum(1 for m in look.finditer(norm) if _bounded(norm, m.start(1), m.end(1), phrase))


def _non_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("must contain a non-space character")
    return v


# -- length ------------------------------------------------------------------------------------


class CharsArgs(Args):
    num_chars: int = Field(ge=1)
    relation: Relation




@register
class NumberCharacters(ConstraintType):
    """Length in characters, spaces and line breaks included ("under 280 characters").

    Counts Unicode code points of the response with leading and trailing whitespace removed
    (an emoji built of several code points counts as several)."""

    id = "length:number_characters"
    Args = CharsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_chars": 280, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return (
            f"Your response should be {_count(a.relation, a.num_chars, 'character', 'characters')} long, "
            "counting spaces."
        )

    def evaluate(self, response: str) -> CheckResult:
        n = len(response.strip())
        return CheckResult(compare(n, self.args.relation, self.args.num_chars), f"{n} characters")


@register
class NumberNonspaceCharacters(ConstraintType):
    """Length in characters not counting whitespace: what CJK prompts mean by 字 ("不超过200字").

    Counts Unicode code points that are not whitespace; punctuation counts."""

    id = "length:number_nonspace_characters"
    Args = CharsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_chars": 200, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return (
            f"Your response should contain {_count(a.relation, a.num_chars, 'character', 'characters')}, "
            "not counting spaces or line breaks."
        )

    def evaluate(self, response: str) -> CheckResult:
        n = sum(1 for ch in response if not ch.isspace())
        return CheckResult(compare(n, self.args.relation, self.args.num_chars), f"{n} non-space characters")


class LinesArgs(Args):
    num_lines: int = Field(ge=1)
    relation: Relation


@register
class NumberLines(ConstraintType):
    """Number of non-blank lines (a line holding only whitespace does not count)."""

    id = "length:number_lines"
    Args = LinesArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_lines": 4, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return f"Your response should have {_count(a.relation, a.num_lines, 'line', 'lines')} of text."

    def evaluate(self, response: str) -> CheckResult:
        n = sum(1 for line in response.splitlines() if line.strip())
        return CheckResult(compare(n, self.args.relation, self.args.num_lines), f"{n} lines")


# A Markdown thematic break ("***", "---", "___") between paragraphs separates, it is no paragraph.
_RULE_LINE = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")


def blankline_paragraphs(response: str) -> list[str]:
    """Blocks of consecutive non-blank lines; blank lines and thematic-break lines separate them."""
    paras: list[str] = []
    cur: list[str] = []
    for line in response.splitlines():
        if not line.strip() or _RULE_LINE.match(line):
            if cur:
                paras.append("\n".join(cur))
                cur = []
        else:
            cur.append(line)
    if cur:
        paras.append("\n".join(cur))
    return paras


class ParagraphsArgs(Args):
    num_paragraphs: int = Field(ge=1)
    relation: Relation


@register
class NumberParagraphsBlankline(ConstraintType):
    """Number of paragraphs, a paragraph being a block of non-blank lines separated from the next
    by one or more blank lines (what prompts usually mean; IFEval's own paragraph type wants
    "***" separators). A line holding only "***", "---" or "___" also separates. Lines inside a
    code block are not treated specially."""

    id = "length:number_paragraphs_blankline"
    Args = ParagraphsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_paragraphs": 3, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return (
            f"Your response should have {_count(a.relation, a.num_paragraphs, 'paragraph', 'paragraphs')}, "
            "separated by blank lines."
        )

    def evaluate(self, response: str) -> CheckResult:
        n = len(blankline_paragraphs(response))
        return CheckResult(compare(n, self.args.relation, self.args.num_paragraphs), f"{n} paragraphs")


class MaxWordsArgs(Args):
    max_words: int = Field(ge=1)


def _sentences(response: str) -> list[str]:
    # Lines first: list items and headings end without a period, and a sentence splitter would
    # run them into the next line.
    out: list[str] = []
    for line in response.splitlines():
        if line.strip():
            out.extend(text.split_sentences(line))
    return out


@register
class MaxWordsPerSentence(ConstraintType):
    """Every sentence has at most ``max_words`` words (IFEval's ``\\w+`` word count; sentences by
    pysbd within each line). A response with no sentences follows it vacuously."""

    id = "length:max_words_per_sentence"
    Args = MaxWordsArgs
    example: ClassVar[dict[str, Any]] = {"max_words": 20}

    def describe(self) -> str:
        return f"Keep every sentence to at most {self.args.max_words} words."

    def evaluate(self, response: str) -> CheckResult:
        longest = max((text.count_words(s) for s in _sentences(response)), default=0)
        return CheckResult(longest <= self.args.max_words, f"longest sentence: {longest} words")


@register
@negation_of(MaxWordsPerSentence)
class LongSentence(Negation):
    """Complement of length:max_words_per_sentence: some sentence has more than ``max_words`` words."""

    id = "length:long_sentence"

    def describe(self) -> str:
        return f"Include at least one sentence that is more than {self.args.max_words} words long."


# -- phrases -----------------------------------------------------------------------------------


class PhraseArgs(Args):
    phrase: str = Field(min_length=1)

    @field_validator("phrase")
    @classmethod
    def _check(cls, v: str) -> str:
        return _non_blank(v)


@register
class RequiredPhrase(ConstraintType):
    """The exact phrase appears in the response: case-insensitive, as a whole phrase (not inside a
    longer word: "cat" is not found in "category"; no such boundary applies next to CJK text),
    any whitespace run matching any whitespace run, curly quotes matching straight ones."""

    id = "keywords:required_phrase"
    Args = PhraseArgs
    example: ClassVar[dict[str, Any]] = {"phrase": "shiver me timbers"}

    def describe(self) -> str:
        return f'Include the exact phrase "{self.args.phrase}" in your response.'

    def evaluate(self, response: str) -> CheckResult:
        n = _phrase_hits(self.args.phrase, response)
        return CheckResult(n > 0, f"found ({n})" if n else "not found")


@register
@negation_of(RequiredPhrase)
class ForbiddenPhrase(Negation):
    """Complement of keywords:required_phrase: the phrase does not appear (same matching rules)."""

    id = "keywords:forbidden_phrase"

    def describe(self) -> str:
        return f'Do not use the phrase "{self.args.phrase}" anywhere in your response.'


class StartArgs(Args):
    start_phrase: str = Field(min_length=1)

    @field_validator("start_phrase")
    @classmethod
    def _check(cls, v: str) -> str:
        return _non_blank(v)


@register
class StartPhrase(ConstraintType):
    """The response begins with the phrase, after any leading whitespace: case-insensitive, any
    whitespace run matching any whitespace run, curly quotes matching straight ones; when the
    phrase ends in a letter or digit the response's next character must not continue the word
    ("Ahoy" is not a start of "Ahoyhoy"). Nothing else is skipped: a response opening with a
    quote mark, "**" or "*waves*" before the phrase does not start with it."""

    id = "startend:start_phrase"
    Args = StartArgs
    example: ClassVar[dict[str, Any]] = {"start_phrase": "Ahoy!"}

    def describe(self) -> str:
        return f'Start your response with the exact phrase "{self.args.start_phrase}".'

    def evaluate(self, response: str) -> CheckResult:
        norm = response.translate(_QUOTES)
        start = len(norm) - len(norm.lstrip())
        m = _phrase_pattern(self.args.start_phrase).match(norm, start)
        ok = bool(m) and _bounded(norm, m.start(), m.end(), self.args.start_phrase)
        head = norm[start : start + 30].replace("\n", " ")
        return CheckResult(ok, f"starts with {head!r}")


@register
@negation_of(StartPhrase)
class NotStartPhrase(Negation):
    """Complement of startend:start_phrase: the response does not begin with the phrase."""

    id = "startend:not_start_phrase"

    def describe(self) -> str:
        return f'Do not start your response with the phrase "{self.args.start_phrase}".'


# -- punctuation -------------------------------------------------------------------------------

# Exclamation marks: ASCII, fullwidth (CJK text), inverted (Spanish), the double and the mixed
# forms and the interrobang. The emoji ❗/❕ are emoji, not punctuation, and are not counted.
_EXCLAMATIONS = "!\uff01\u00a1\u203c\u2049\u2048\ufe57\u203d"


@register
class NoExclamation(ConstraintType):
    """No exclamation mark anywhere, code included (!, ！, ¡, ‼, ⁉, ⁈, ﹗, ‽)."""

    id = "punctuation:no_exclamation"
    Args = NoArgs

    def describe(self) -> str:
        return "Do not use any exclamation marks in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = sum(response.count(ch) for ch in _EXCLAMATIONS)
        return CheckResult(n == 0, f"{n} exclamation mark(s)")


@register
@negation_of(NoExclamation)
class UseExclamation(Negation):
    """Complement of punctuation:no_exclamation: at least one exclamation mark."""

    id = "punctuation:use_exclamation"

    def describe(self) -> str:
        return "Use at least one exclamation mark in your response."


# Em dashes: U+2014, the two- and three-em dashes, and the horizontal bar that typesets alike.
# En dashes (–) and "--" are other characters and do not count.
_EM_DASHES = "\u2014\u2e3a\u2e3b\u2015"


@register
class NoEmDash(ConstraintType):
    """No em dash anywhere (—, ⸺, ⸻, ―). En dashes and double hyphens are allowed."""

    id = "punctuation:no_em_dash"
    Args = NoArgs

    def describe(self) -> str:
        return "Do not use any em dashes (—) in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = sum(response.count(ch) for ch in _EM_DASHES)
        return CheckResult(n == 0, f"{n} em dash(es)")


@register
@negation_of(NoEmDash)
class UseEmDash(Negation):
    """Complement of punctuation:no_em_dash: at least one em dash."""

    id = "punctuation:use_em_dash"

    def describe(self) -> str:
        return "Use at least one em dash (—) in your response."


# -- content -----------------------------------------------------------------------------------

_QUESTION_MARKS = "?\uff1f\u061f\u2e2e"
# What may follow a closing question and still leave it the end: closing quotes and brackets,
# Markdown emphasis markers (the question may be bold) and emoji (removed before this).
_TRAILERS = "\"'\u201d\u2019\u00bb)]}\uff09\u300d\u300f*_~"


def _strip_trailers(response: str) -> str:
    import emoji

    s = emoji.replace_emoji(response, replace="")
    while True:
        t = s.rstrip().rstrip(_TRAILERS).rstrip()
        if t == s:
            return s
        s = t


@register
class EndWithQuestion(ConstraintType):
    """The response ends with a question: its last character is ? (or ？ ؟ ⸮) once trailing
    whitespace, closing quotes and brackets, Markdown emphasis markers (**, _, ~) and emoji are
    set aside ("Shall we sail? 🏴‍☠️" ends with a question; "Really?!" ends with "!")."""

    id = "content:end_with_question"
    Args = NoArgs

    def describe(self) -> str:
        return "End your response with a question."

    def evaluate(self, response: str) -> CheckResult:
        s = _strip_trailers(response)
        if not s:
            return CheckResult(False, "empty response")
        return CheckResult(s[-1] in _QUESTION_MARKS, f"ends with {s[-1]!r}")


@register
@negation_of(EndWithQuestion)
class NotEndWithQuestion(Negation):
    """Complement of content:end_with_question."""

    id = "content:not_end_with_question"

    def describe(self) -> str:
        return "Do not end your response with a question."


# A URL is a scheme (http, https, ftp) plus "://" and a non-space, or "www." and a word
# character. Bare domains ("example.com") are not counted: "Node.js" and "e.g." look alike.
_URL = re.compile(r"(?i)(?:\b(?:https?|ftp)://[^\s<>\"]|(?<![\w.])www\.\w)")


@register
class NoUrls(ConstraintType):
    """No URL: no "http://", "https://", "ftp://" or "www." address (a Markdown link's target
    counts). Bare domain names such as "example.com" are not URLs here."""

    id = "content:no_urls"
    Args = NoArgs

    def describe(self) -> str:
        return "Do not include any URLs or links in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = len(_URL.findall(response))
        return CheckResult(n == 0, f"{n} URL(s)")


@register
@negation_of(NoUrls)
class IncludeUrl(Negation):
    """Complement of content:no_urls: at least one URL."""

    id = "content:include_url"

    def describe(self) -> str:
        return "Include at least one URL (a web link) in your response."


class HashtagsArgs(Args):
    num_hashtags: int = Field(ge=1)
    relation: Relation


# "#" then word characters holding at least one letter ("#1" is a number, not a hashtag), not
# preceded by a word character, "#", "&" or "/" (C#, ##, &#39;, URL fragments). Code is removed
# before counting.
_HASHTAG = re.compile(r"(?<![\w#&/])#(?=\w*[^\W\d_])\w+")
_CODE = re.compile(r"```.*?(```|\Z)|`[^`\n]*`", re.DOTALL)


@register
class NumberHashtags(ConstraintType):
    """Number of hashtags ("#travel", "#话题"; not "#1", "C#", headings, or anything in code)."""

    id = "content:number_hashtags"
    Args = HashtagsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_hashtags": 2, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        if a.relation == "less than" and a.num_hashtags == 1:
            return "Do not use any hashtags in your response."
        return f"Include {_count(a.relation, a.num_hashtags, 'hashtag', 'hashtags')} in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = len(_HASHTAG.findall(_CODE.sub(" ", response)))
        return CheckResult(compare(n, self.args.relation, self.args.num_hashtags), f"{n} hashtag(s)")


# -- emoji -------------------------------------------------------------------------------------


def _emoji_count(response: str) -> int:
    """Emoji that display as emoji. Unicode lists text-default symbols such as ©, ®, ™, ↔ and a
    bare ❤ (without the emoji variation selector U+FE0F) as "unqualified" emoji; they are
    ordinary text in a brand name or a checklist and are not counted."""
    import emoji

    unqualified = emoji.STATUS["unqualified"]
    return sum(
        1 for e in emoji.emoji_list(response) if emoji.EMOJI_DATA.get(e["emoji"], {}).get("status") != unqualified
    )


@register
class NoEmoji(ConstraintType):
    """No emoji. An emoji is an entry of Unicode's emoji list (via the ``emoji`` library; a ZWJ
    sequence or a flag counts once) other than the text-default symbols ©, ®, ™, ↔, bare ❤ etc.
    written without the emoji variation selector, which display as text."""

    id = "format:no_emoji"
    Args = NoArgs

    def describe(self) -> str:
        return "Do not use any emojis in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = _emoji_count(response)
        return CheckResult(n == 0, f"{n} emoji")


@register
@negation_of(NoEmoji)
class UseEmoji(Negation):
    """Complement of format:no_emoji: at least one emoji."""

    id = "format:use_emoji"

    def describe(self) -> str:
        return "Use at least one emoji in your response."


class EmojisArgs(Args):
    num_emojis: int = Field(ge=1)
    relation: Relation


@register
class NumberEmojis(ConstraintType):
    """Number of emoji, counted as format:no_emoji defines them."""

    id = "format:number_emojis"
    Args = EmojisArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_emojis": 3, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        return f"Use {_count(a.relation, a.num_emojis, 'emoji', 'emojis')} in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = _emoji_count(response)
        return CheckResult(compare(n, self.args.relation, self.args.num_emojis), f"{n} emoji")


# -- scripts -----------------------------------------------------------------------------------

Script = Literal["latin", "han", "kana", "hangul", "cyrillic", "greek", "arabic", "hebrew", "devanagari", "thai"]

# Unicode character-name prefixes of each script's letters (the stdlib has no Script property).
_SCRIPT_NAMES: dict[str, tuple[str, ...]] = {
    "latin": ("LATIN ", "FULLWIDTH LATIN "),
    "han": ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"),
    "kana": ("HIRAGANA ", "KATAKANA ", "HALFWIDTH KATAKANA "),
    "hangul": ("HANGUL ", "HALFWIDTH HANGUL "),
    "cyrillic": ("CYRILLIC ",),
    "greek": ("GREEK ",),
    "arabic": ("ARABIC ",),
    "hebrew": ("HEBREW ",),
    "devanagari": ("DEVANAGARI ",),
    "thai": ("THAI ",),
}
_SCRIPT_LABELS = {
    "latin": "Latin letters (as in English)",
    "han": "Chinese characters (Han script)",
    "kana": "Japanese kana (hiragana or katakana)",
    "hangul": "Korean Hangul characters",
    "cyrillic": "Cyrillic letters",
    "greek": "Greek letters",
    "arabic": "Arabic letters",
    "hebrew": "Hebrew letters",
    "devanagari": "Devanagari letters",
    "thai": "Thai letters",
}


def script_letters(response: str, script: str) -> list[str]:
    """The letters (Unicode category L*) of ``response`` that belong to ``script``."""
    prefixes = _SCRIPT_NAMES[script]
    return [
        ch
        for ch in response
        if (ch.isascii() and script == "latin" and ch.isalpha())
        or (
            not ch.isascii()
            and unicodedata.category(ch).startswith("L")
            and unicodedata.name(ch, "").startswith(prefixes)
        )
    ]


class ScriptArgs(Args):
    script: Script


@register
class NoScript(ConstraintType):
    """No letter of the given script ("do not use any Chinese characters", the usual guard
    against a multilingual model drifting into another script). A letter belongs to a script
    by its Unicode character name (LATIN ..., CJK UNIFIED IDEOGRAPH ..., HIRAGANA ...);
    digits and punctuation belong to none."""

    id = "language:no_script"
    Args = ScriptArgs
    example: ClassVar[dict[str, Any]] = {"script": "han"}

    def describe(self) -> str:
        return f"Do not use any {_SCRIPT_LABELS[self.args.script]} in your response."

    def evaluate(self, response: str) -> CheckResult:
        hits = script_letters(response, self.args.script)
        if hits:
            return CheckResult(False, f"{len(hits)} {self.args.script} letters, first {hits[0]!r}")
        return CheckResult(True, f"no {self.args.script} letters")


@register
@negation_of(NoScript)
class UseScript(Negation):
    """Complement of language:no_script: at least one letter of the script."""

    id = "language:use_script"

    def describe(self) -> str:
        label = _SCRIPT_LABELS[self.args.script]
        return f"Include at least some {label} in your response."
