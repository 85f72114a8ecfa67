"""Requirements written in other languages (session 4, helper ml): my own variants per language
(other verbs, word order, register) and near misses that must not read as constraints."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose
from rpo_cli.stages.decompose_rules.i18n import parse_i18n_number


def _got(text: str) -> set[tuple[str, str]]:
    return {(c.id, repr(sorted(c.kwargs.items()))) for c in rule_decompose([Message(role="user", content=text)])}


def _has(text: str, cid: str, **kw) -> bool:
    return (cid, repr(sorted(kw.items()))) in _got(text)


W, S, L, C = ("length_constraints:number_words", "length_constraints:number_sentences", "length:number_lines",
              "length:number_characters")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "cid", "kw"),
    [
        # fr
        ("Rédige-moi un poème sur la mer, 80 mots maximum.", W, {"num_words": 81, "relation": "less than"}),
        ("Écris une lettre d'au moins deux cents mots.", W, {"num_words": 200, "relation": "at least"}),
        ("Fais entre 100 et 150 mots.", W, {"num_words": 100, "relation": "at least"}),
        # de
        ("Schreib einen Text mit höchstens 12 Zeilen.", L, {"num_lines": 13, "relation": "less than"}),
        ("Die Antwort soll mindestens fünf Sätze haben.", S, {"num_sentences": 5, "relation": "at least"}),
        ("Nie mehr als 3 Sätze.", S, {"num_sentences": 4, "relation": "less than"}),
        # es / it / pt
        ("Escribe un cuento de como máximo 300 palabras.", W, {"num_words": 301, "relation": "less than"}),
        ("Scrivi una recensione di almeno duecento parole.", W, {"num_words": 200, "relation": "at least"}),
        ("Faça um resumo com no máximo 5 frases.", S, {"num_sentences": 6, "relation": "less than"}),
        # nl / pl / ru
        ("Schrijf minimaal 200 woorden.", W, {"num_words": 200, "relation": "at least"}),
        ("Napisz opis, nie więcej niż 300 znaków.", C, {"num_chars": 301, "relation": "less than"}),
        ("Напиши рассказ не менее 500 слов.", W, {"num_words": 500, "relation": "at least"}),
        # zh / ja / ko
        ("请写一段介绍，字数控制在300字以内。", C, {"num_chars": 301, "relation": "less than"}),
        ("感想を5文以上で書いてください。", S, {"num_sentences": 5, "relation": "at least"}),
        ("자기소개를 200단어 이내로 써 줘.", W, {"num_words": 201, "relation": "less than"}),
        # hi / ar / tr / vi / id
        ("कम से कम 200 शब्दों में निबंध लिखो।", W, {"num_words": 200, "relation": "at least"}),
        ("اكتب مقالا لا يزيد عن ٢٠٠ كلمة.", W, {"num_words": 201, "relation": "less than"}),
        ("Cevabın en fazla 3 cümle olsun.", S, {"num_sentences": 4, "relation": "less than"}),
        ("Viết một đoạn văn tối đa 100 từ.", W, {"num_words": 101, "relation": "less than"}),
        ("Tulis cerita minimal 300 kata.", W, {"num_words": 300, "relation": "at least"}),
        # other units
        ("Ajoute au moins 3 hashtags.", "content:number_hashtags", {"num_hashtags": 3, "relation": "at least"}),
        ("Usa al menos dos emojis.", "format:number_emojis", {"num_emojis": 2, "relation": "at least"}),
    ],
)
def test_counts(text, cid, kw):
    assert _has(text, cid, **kw), _got(text)


@pytest.mark.parametrize(
    ("text", "cid", "kw"),
    [
        ("Sans émojis, s'il te plaît.", "format:no_emoji", {}),
        ("Bitte keine Links einfügen.", "content:no_urls", {}),
        ("Escríbelo sin comas.", "punctuation:no_comma", {}),
        ("Niente punti esclamativi.", "punctuation:no_exclamation", {}),
        ("Não use markdown.", "format:no_markdown", {}),
        ("Geen emoji's graag.", "format:no_emoji", {}),
        ("Bez linków.", "content:no_urls", {}),
        ("Без эмодзи.", "format:no_emoji", {}),
        ("不要使用逗号。", "punctuation:no_comma", {}),
        ("絵文字は使わないでください。", "format:no_emoji", {}),
        ("링크는 넣지 마세요.", "content:no_urls", {}),
        ("Lütfen emoji kullanma.", "format:no_emoji", {}),
        ("Không dùng dấu chấm than.", "punctuation:no_exclamation", {}),
        ("Tolong jangan pakai emoji.", "format:no_emoji", {}),
        ("لا تستخدم أي روابط.", "content:no_urls", {}),
    ],
)
def test_bans(text, cid, kw):
    assert _has(text, cid, **kw), _got(text)


@pytest.mark.parametrize(
    ("text", "cid", "kw"),
    [
        ("Réponds en anglais, c'est pour un client.", "language:response_language", {"language": "en"}),
        ("Odpowiedz po angielsku.", "language:response_language", {"language": "en"}),
        ("Viết bằng tiếng Anh nhé.", "language:response_language", {"language": "en"}),
        ("Tolong jawab dalam bahasa Inggris.", "language:response_language", {"language": "en"}),
        ("Schreibe den Text auf Englisch und komplett kleingeschrieben.", "change_case:english_lowercase", {}),
        ("Beende die Mail mit „Viele Grüße, Anna“.", "startend:end_checker", {"end_phrase": "Viele Grüße, Anna"}),
        ("Commence ta réponse par « Salut ».", "startend:start_phrase", {"start_phrase": "Salut"}),
        (
            "「よろしくお願いします」で終わらせてください。",
            "startend:end_checker",
            {"end_phrase": "よろしくお願いします"},
        ),
        ("Usa la palabra «resiliencia» en el texto.", "keywords:existence", {"keywords": ["resiliencia"]}),
        ("Nie używaj słowa „super”.", "keywords:forbidden_words", {"forbidden_words": ["super"]}),
        ("Am Ende bitte ein P.S. mit einem Tipp.", "detectable_content:postscript", {"postscript_marker": "P.S."}),
        ("Gib mir die Daten im JSON-Format zurück.", "detectable_format:json_format", {}),
    ],
)
def test_other_shapes(text, cid, kw):
    assert _has(text, cid, **kw), _got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le livre fait 300 pages et j'ai lu 40 mots par minute.",  # no relation, not a requirement
        "Das Buch hat 300 Seiten.",
        "Jede Zeile höchstens 8 Wörter.",  # scoped to each line
        "Cada frase con máximo 10 palabras.",
        "Ich lerne Englisch seit drei Jahren.",  # a language as a topic
        "Mi hermano habla inglés muy bien.",
        "Il a écrit sans relâche toute la nuit.",  # "sans" without a banned noun
        "Napisz tekst, ale ja zawsze piszę po polsku w domu.",
        "le deuxième paragraphe doit commencer par le mot « Imagine »",  # an ordinal part, not the start
        "Tuliskan satu cerita single emoji story.",
    ],
)
def test_near_misses(text):
    got = {cid for cid, _ in _got(text)}
    assert not got & {W, S, L, C, "startend:start_phrase", "format:no_emoji", "format:no_markdown"}, got
    if "Englisch seit" in text or "inglés muy" in text:
        assert not any(cid.startswith("language:") for cid in got), got


def test_numbers():
    assert parse_i18n_number("٢٠٠") == 200
    assert parse_i18n_number("２００") == 200
    assert parse_i18n_number("१५०") == 150
    assert parse_i18n_number("一百五十") == 150
    assert parse_i18n_number("quattrocento") == 400
    assert parse_i18n_number("1.500") == 1500


@pytest.mark.parametrize("text", ["İngilizce yazma.", "Türkçe yazma lütfen.", "İngilizce cevap verme."])
def test_a_negated_turkish_verb_asks_for_no_language(text):
    """Merge of ml and len6: "yazma" / "cevap verme" are the negative imperatives."""
    assert "language:response_language" not in [c.id for c in rule_decompose([Message(role="user", content=text)])]
