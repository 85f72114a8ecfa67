"""Table tests for change_case:* (IFEval semantics) and their negations."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.constraints.case import count_capital_words, word_tokens
from rpo_cli.errors import ConstraintArgsError

FREQ = "change_case:capital_word_frequency"
CAP = "change_case:english_capital"
LOW = "change_case:english_lowercase"

EN_UP = "THE SUN SETS SLOWLY OVER THE SEA. FISHERMEN RETURN TO THE HARBOR WITH FULL NETS."
EN_LOW = "the sun sets slowly over the sea. fishermen return to the harbor with full nets."
FR = "Le soleil se couche lentement sur la mer. Les pêcheurs rentrent au port avec leurs filets pleins."

# (text, number of all-capital tokens as nltk.word_tokenize + str.isupper count them)
CAPITAL_COUNTS = [
    ("I'M VERY HAPPY TODAY.", 5),  # I 'M VERY HAPPY TODAY
    ("The NASA team met the ESA team in the U.S. last year.", 3),
    ("Don't WORRY, it's FINE.", 2),  # Do n't / it 's are not capitals
    ("DON'T PANIC.", 3),  # DO N'T PANIC
    ("WELL-KNOWN AI-powered tools are EVERYWHERE!", 2),  # a hyphenated word is one token
    ("HELLO,world and 1,000 USD", 2),  # "," splits unless a digit follows
    ("I CANNOT do it, I'M GONNA stay.", 7),  # I CAN NOT I 'M GON NA
    ("**IMPORTANT**: read THIS (NOW).", 3),
    ("\u201cQUOTE\u201d and \u2018SINGLE\u2019 quotes", 2),
    ("A1 and B2 but not c3 or 42", 2),
    ("中文 ÉCOLE straße", 1),
]


@pytest.mark.parametrize(("text", "n"), CAPITAL_COUNTS)
def test_capital_word_count(text, n):
    assert count_capital_words(text) == n, word_tokens(text)


def test_word_tokens_split_like_word_tokenize():
    assert word_tokens("I'M HERE, (OK)?") == ["I", "'M", "HERE", ",", "(", "OK", ")", "?"]
    assert word_tokens("Wait...what") == ["Wait", "...", "what"]
    assert word_tokens("the BOYS' toys and/or 10:30") == ["the", "BOYS", "'", "toys", "and/or", "10:30"]


FREQ_ROWS = [
    ({"capital_frequency": 5, "capital_relation": "at least"}, "I'M VERY HAPPY TODAY.", True),
    ({"capital_frequency": 5, "capital_relation": "less than"}, "I'M VERY HAPPY TODAY.", False),
    ({"capital_frequency": 6, "capital_relation": "at least"}, "I'M VERY HAPPY TODAY.", False),
    ({"capital_frequency": 3, "capital_relation": "less than"}, "Don't WORRY, it's FINE. Really.", True),
    ({"capital_frequency": 1, "capital_relation": "less than"}, "A sentence that starts with a capital.", False),
    ({"capital_frequency": 1, "capital_relation": "less than"}, "Nothing capitalised here, apart from Nothing.", True),
    ({"capital_frequency": 2, "capital_relation": "at least"}, "## NOTE\n\n* **WARNING**: read this.", True),
    ({"capital_frequency": 1, "capital_relation": "at least"}, "全部是中文。", False),
]


@pytest.mark.parametrize(("kwargs", "response", "expected"), FREQ_ROWS)
def test_capital_word_frequency(kwargs, response, expected):
    c = build(FREQ, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev.id == FREQ and rev.kwargs()["capital_relation"] != kwargs["capital_relation"]
    assert rev.check(response).followed is (not expected)
    assert rev.reverse() == c


CASE_ROWS = [
    (CAP, EN_UP, True),
    (CAP, "HELLO 😀 WORLD, HOW ARE YOU TODAY?", True),
    (CAP, "# TITLE\n\n* FIRST POINT ABOUT THE WEATHER\n* SECOND POINT ABOUT THE SEA", True),
    # Divergence from IFEval: detected on the lowercased text (IFEval: Somali, so a fail)
    (CAP, "MY ANSWER IS YES.", True),
    (CAP, FR.upper(), False),  # French in capitals (IFEval: English, so a pass)
    (CAP, "СОЛНЦЕ МЕДЛЕННО САДИТСЯ НАД МОРЕМ. РЫБАКИ ВОЗВРАЩАЮТСЯ В ПОРТ.", False),
    (CAP, EN_UP + " Almost.", False),
    (CAP, EN_LOW, False),
    (CAP, "12345 !!!", False),
    (CAP, "\u216b", None),  # "Ⅻ" is all capitals but has no language: unknown (IFEval: pass)
    (LOW, EN_LOW, True),
    (LOW, "i'm fine, thanks! 123 see you tomorrow at the office.", True),
    (LOW, "# title\n\n* first point\n* second point about the weather today", True),
    (LOW, "The sun sets slowly over the sea.", False),
    (LOW, EN_LOW + " I", False),
    (LOW, FR.lower(), False),
    (LOW, "\u217b", None),  # "ⅻ" is lowercase but has no language
]


@pytest.mark.parametrize(("type_id", "response", "expected"), CASE_ROWS)
def test_english_case(type_id, response, expected):
    c = build(type_id)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev.id == type_id.replace("change_case:", "change_case:not_")
    assert rev.check(response).followed is (None if expected is None else not expected)
    assert rev.reverse() == c


def test_describe():
    c = build(FREQ, {"capital_frequency": 5, "capital_relation": "less than"})
    assert c.describe() == "In your response, words in all capital letters should appear fewer than 5 times."
    assert "1 time." in build(FREQ, {"capital_frequency": 1, "capital_relation": "at least"}).describe()
    assert "capital letters" in build(CAP).describe() and "English" in build(CAP).describe()
    assert "lowercase" in build(LOW).describe()
    assert build(CAP).reverse().describe().startswith("Do not ")


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        (FREQ, {}),
        (FREQ, {"capital_frequency": 5}),
        (FREQ, {"capital_relation": "at least"}),
        (FREQ, {"capital_frequency": "five", "capital_relation": "at least"}),
        (FREQ, {"capital_frequency": 5, "capital_relation": "more than"}),
        (FREQ, {"capital_frequency": 0, "capital_relation": "at least"}),
        (FREQ, {"frequency": 5, "relation": "at least"}),
        (CAP, {"language": "en"}),
        (LOW, {"strict": True}),
        ("change_case:not_english_capital", {"x": 1}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)


@pytest.mark.parametrize(
    ("type_id", "kwargs", "sentence"),
    [
        (FREQ, {"capital_frequency": 5, "capital_relation": "at least"},
         "In your response, words with all capital letters should appear at least 5 times."),
        (FREQ, {"capital_frequency": 5, "capital_relation": "at least"}, "Use fewer than 5 all-caps words."),
        (CAP, {}, "Your entire response should be in English, and in all capital letters."),
        (CAP, {}, "Answer in English using only uppercase letters."),
        (LOW, {}, "Your entire response should be in English, and in all lowercase letters. "
                  "No capital letters are allowed."),
        (LOW, {}, "Please write in lowercase only."),
    ],
)  # fmt: skip
def test_rules_read_usual_phrasings(type_id, kwargs, sentence):
    assert type_id in _rules_read(sentence)


def _rules_read(sentence: str) -> set[str]:
    """The type ids the phrase grammar reads in ``sentence`` after a task sentence."""
    from rpo_cli.schema import Message
    from rpo_cli.stages.decompose_rules import rule_decompose

    return {c.id for c in rule_decompose([Message(role="user", content="Write a short note. " + sentence)])}
