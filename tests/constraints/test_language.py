"""Table tests for language:response_language (IFEval semantics) and its negation."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.constraints.language import LANGUAGE_NAMES
from rpo_cli.errors import ConstraintArgsError

LANG = "language:response_language"
NOT_LANG = "language:not_response_language"

FR = (
    "Le soleil se couche lentement sur la mer. Les pêcheurs rentrent au port avec leurs filets pleins, "
    "et les enfants courent sur la plage."
)
DE = "Die Sonne geht langsam über dem Meer unter. Die Fischer kehren mit vollen Netzen in den Hafen zurück."
EN = "The sun sets slowly over the sea. Fishermen return to the harbor with full nets, and children run on the beach."
JA = "太陽がゆっくりと海に沈んでいきます。漁師たちは網をいっぱいにして港に戻ってきます。"
ZH = "太阳慢慢地落入大海。渔民们带着满满的渔网回到港口，孩子们在海滩上奔跑。"
RU = "Солнце медленно садится над морем. Рыбаки возвращаются в порт с полными сетями."
MD_FR = (
    "# Recette\n\n* **Farine** : 200 g\n* **Sucre** : 100 g\n\nMélangez la farine et le sucre, puis ajoutez les œufs."
)

ROWS = [
    ({"language": "fr"}, FR, True),
    ({"language": "fr"}, EN, False),
    ({"language": "en"}, EN, True),
    ({"language": "de"}, DE, True),
    ({"language": "de"}, FR, False),
    ({"language": "ja"}, JA, True),
    ({"language": "ru"}, RU, True),
    ({"language": "fr"}, MD_FR, True),  # markdown around French prose
    ({"language": "FR"}, FR, True),  # the code is case-insensitive
    # langdetect says "zh-cn"/"zh-tw", never "zh": plain "zh" accepts either script
    ({"language": "zh"}, ZH, True),
    ({"language": "zh-cn"}, ZH, True),
    ({"language": "zh-tw"}, ZH, False),
    ({"language": "ja"}, ZH, False),
    # a greeting in another language does not outweigh an English answer
    (
        {"language": "en"},
        "Bonjour! Here is my answer in English: the sun sets slowly and the fishermen come home.",
        True,
    ),
    # all-capital text is lowercased before detection (on capitals langdetect calls French English)
    ({"language": "fr"}, FR.upper(), True),
    ({"language": "en"}, "MY ANSWER IS YES.", True),
    # undetectable language: unknown, never a pass (IFEval passes these)
    ({"language": "en"}, "", None),
    ({"language": "en"}, "   \n\t", None),
    ({"language": "en"}, "12345 678", None),
    ({"language": "fr"}, "😀🚀", None),
]


@pytest.mark.parametrize(("kwargs", "response", "expected"), ROWS)
def test_verdicts_and_reversal(kwargs, response, expected):
    c = build(LANG, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev is not None and rev.id == NOT_LANG
    assert rev.check(response).followed is (None if expected is None else not expected)
    assert rev.reverse() == c


def test_describe_uses_the_language_name():
    c = build(LANG, {"language": "fr"})
    assert "French" in c.describe() and "fr" not in c.describe().split()
    assert c.reverse().describe() == "Do not respond in French; write your response in a different language."
    assert "Simplified Chinese" in build(LANG, {"language": "zh-cn"}).describe()
    assert build(LANG, {"language": "DE"}).kwargs() == {"language": "de"}


def test_every_langdetect_code_is_accepted():
    import os

    import langdetect

    profiles = os.listdir(os.path.join(os.path.dirname(langdetect.__file__), "profiles"))
    assert set(profiles) <= set(LANGUAGE_NAMES)
    for code in profiles:
        build(LANG, {"language": code})


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"language": "xx"}, {"language": "French"}, {"language": "la"}, {"language": 5}, {"language": "fr", "x": 1}],
)
def test_bad_kwargs(kwargs):
    with pytest.raises(ConstraintArgsError):
        build(LANG, kwargs)
    with pytest.raises(ConstraintArgsError):
        build(NOT_LANG, kwargs)


@pytest.mark.parametrize(
    ("type_id", "sentence"),
    [
        (LANG, "Your ENTIRE response should be in French language, no other language is allowed."),
        (LANG, "Please respond only in German."),
        (LANG, "Write your entire response in French; no other language is allowed."),
        (NOT_LANG, "Do not respond in French; write your response in a different language."),
        (NOT_LANG, "Please don't answer in English."),
    ],
)
def test_rules_read_usual_phrasings(type_id, sentence):
    assert type_id in _rules_read(sentence)


def _rules_read(sentence: str) -> set[str]:
    """The type ids the phrase grammar reads in ``sentence`` after a task sentence."""
    from rpo_cli.schema import Message
    from rpo_cli.stages.decompose_rules import rule_decompose

    return {c.id for c in rule_decompose([Message(role="user", content="Write a short note. " + sentence)])}
