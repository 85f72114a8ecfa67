"""Session 5 (duplang): per-language knowledge kept once.

The response language asked in Korean, Hindi, Turkish, Arabic and Russian is read by the generic
frames of ``i18n._language`` (words in ``lexicon_i18n``), which take the verb or noun that asks for
it into the span; the question endings asked in Chinese and Turkish by one rule in ``content``.
These are variants of the eval phrasings, written for this test.
"""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _found(text: str) -> list[tuple[str, dict, str]]:
    return [(c.id, c.kwargs, c.text) for c in rule_decompose([Message(role="user", content=text)])]


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("서울 여행 일정을 한글로만 써 주세요.", "ko", "한글로만 써"),
        ("이 문장을 스페인어로 번역해 주세요.", "es", "스페인어로 번역해"),
        ("पूरी कहानी अंग्रे\u095bी में लिखिए।", "en", "पूरी कहानी अंग्रे\u095bी में लिखिए।"),
        ("Cevap İtalyanca olmalı.", "it", "Cevap İtalyanca olmalı."),
        ("Metni Rusça olarak yaz.", "ru", "Rusça olarak yaz."),
        ("Roma hakkında kısa bir yazı yaz, İspanyolca olsun.", "es", "İspanyolca olsun."),
        ("اكتب قصة قصيرة عن البحر بالعربي فقط.", "ar", "بالعربي فقط."),
        ("Напиши письмо другу на украинском.", "uk", "Напиши письмо другу на украинском."),
        ("Ответь на русском языке, пожалуйста.", "ru", "Ответь на русском языке"),
    ],
)
def test_language_asked_in_its_own_words(text: str, code: str, span: str) -> None:
    assert ("language:response_language", {"language": code}, span) in _found(text)


def test_negated_korean_verb_asks_for_no_language() -> None:
    assert _found("영어로 쓰지 마세요.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("文章末尾以问题结尾。", "末尾以问题结尾。"),
        ("Soruyla bitir.", "Soruyla bitir."),
        ("Metni bir soru ile sonlandır.", "bir soru ile sonlandır."),
        ("Yazıyı soruyla biter.", "soruyla biter."),
    ],
)
def test_question_ending_in_chinese_and_turkish(text: str, span: str) -> None:
    assert ("content:end_with_question", {}, span) in _found(text)


def test_turkish_question_ending_negated() -> None:
    assert [f[0] for f in _found("Yazıyı soruyla bitirme.")] == ["content:not_end_with_question"]
