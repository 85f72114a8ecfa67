"""Shared text utilities for checkers: words, sentences, language ID, emoji.

Library choices (all offline and deterministic):
* sentences: ``pysbd`` — rule-based, ships its rules in the wheel (NLTK's punkt needs a data
  download that fails on offline GPU nodes);
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
