"""Issue 12: verdicts you can trust. One table per defect found by trying rpo as a user would."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import all_types, build
from rpo_cli.errors import ConstraintArgsError
from rpo_cli.schema import Condition
from rpo_cli.stages.verify import condition_applies

# --- 1. keywords that begin or end with a non-word character ----------------------------------

SYMBOL_KEYWORDS = [
    # (type, kwargs, response, expected verdict)
    ("keywords:forbidden_words", {"forbidden_words": ["C++"]}, "I write C++ every day.", False),
    ("keywords:forbidden_words", {"forbidden_words": ["C++"]}, "I write C++, daily.", False),
    ("keywords:forbidden_words", {"forbidden_words": ["C++"]}, "C++", False),
    ("keywords:forbidden_words", {"forbidden_words": ["U.S."]}, "Made in the U.S. today.", False),
    ("keywords:forbidden_words", {"forbidden_words": ["#tag"]}, "Love this #tag!", False),
    ("keywords:forbidden_words", {"forbidden_words": ["$5"]}, "It costs $5 only.", False),
    ("keywords:forbidden_words", {"forbidden_words": ["(see above)"]}, "As said (see above), yes.", False),
    # still whole words: no hit inside a longer word
    ("keywords:forbidden_words", {"forbidden_words": ["cat"]}, "A category of its own.", True),
    ("keywords:forbidden_words", {"forbidden_words": ["#tag"]}, "A #tagline here.", True),
    ("keywords:forbidden_words", {"forbidden_words": ["$5"]}, "It costs $50.", True),
    ("keywords:forbidden_words", {"forbidden_words": ["C++"]}, "I write C and C+ code.", True),
    ("keywords:include_any", {"forbidden_words": ["C++"]}, "I write C++ every day.", True),
    ("sentence:keyword", {"word": "C++", "N": 1}, "I like C++ a lot. Then more.", True),
    ("sentence:keyword", {"word": "$5", "N": 2}, "First one. It costs $5.", True),
    ("sentence:keyword", {"word": "#tag", "N": 1}, "See #tagline here.", False),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), SYMBOL_KEYWORDS)
def test_keywords_with_non_word_edges_are_matched_as_whole_words(type_id, kwargs, response, expected):
    res = build(type_id, kwargs).check(response)
    assert res.followed is expected, res.reason


def test_keywords_multiple_counts_symbol_keywords():
    c = build(
        "count:keywords_multiple",
        {"keyword1": "C++", "keyword2": "U.S.", "keyword3": "#tag", "keyword4": "$5", "keyword5": "go"},
    )
    text = "C++. " + "U.S. " * 2 + "#tag " * 3 + "$5 " * 5 + "go " * 7
    assert c.check(text).followed is True, c.check(text).reason


@pytest.mark.parametrize(
    ("keywords", "turn", "expected"),
    [(["C++"], "Tell me about C++ please", True), (["#tag"], "Use #tagline", False), (["U.S."], "In the U.S.", True)],
)
def test_condition_keywords_with_non_word_edges(keywords, turn, expected):
    assert condition_applies(Condition(keywords=keywords), turn) is expected


# --- 2. strict kwargs ------------------------------------------------------------------------

BAD_KWARGS = [
    ("length_constraints:number_words", {"num_words": True, "relation": "less than"}, "num_words"),
    ("length_constraints:number_words", {"num_words": "50", "relation": "less than"}, "num_words"),
    ("length_constraints:number_words", {"num_words": 50.5, "relation": "less than"}, "num_words"),
    ("keywords:frequency", {"keyword": "moon", "frequency": False, "relation": "at least"}, "frequency"),
    ("keywords:existence", {"keywords": "moon"}, "keywords"),
    ("keywords:existence", {"keywords": [5]}, "keywords"),
    ("detectable_content:postscript", {"postscript_marker": 1}, "postscript_marker"),
    ("length_constraints:number_sentences", {"num_sentences": "3", "relation": "at least"}, "num_sentences"),
]


@pytest.mark.parametrize(("type_id", "kwargs", "field"), BAD_KWARGS)
def test_mistyped_kwargs_are_rejected_naming_type_and_field(type_id, kwargs, field):
    with pytest.raises(ConstraintArgsError) as exc:
        build(type_id, kwargs)
    assert type_id in str(exc.value) and field in str(exc.value)


def test_integral_float_is_accepted_and_normalised_to_int():
    c = build("length_constraints:number_words", {"num_words": 50.0, "relation": "less than"})
    assert c.kwargs()["num_words"] == 50 and type(c.kwargs()["num_words"]) is int
    assert "50 words" in c.describe() and "50.0" not in c.describe()


STRIPPED = [
    # padded string kwargs are stripped, as IFEval's reference strips them
    ("detectable_content:postscript", {"postscript_marker": " P.S. "}, "Hello.\n\nP.S. bye", True),
    ("keywords:frequency", {"keyword": " moon ", "frequency": 1, "relation": "at least"}, "moon.", True),
    ("startend:end_checker", {"end_phrase": " Any other questions? "}, "Hi. Any other questions?", True),
    ("keywords:existence", {"keywords": [" moon "]}, "The moon.", True),
    ("keywords:forbidden_words", {"forbidden_words": [" moon "]}, "moon.", False),
    ("keywords:letter_frequency", {"letter": " z ", "let_frequency": 1, "let_relation": "at least"}, "zoo", True),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), STRIPPED)
def test_padded_string_kwargs_are_stripped(type_id, kwargs, response, expected):
    c = build(type_id, kwargs)
    assert c.check(response).followed is expected, c.check(response).reason
    for v in c.kwargs().values():
        for x in v if isinstance(v, list) else [v]:
            assert not isinstance(x, str) or x == x.strip()


# --- 3. IFEval's sentence count is punkt's ---------------------------------------------------

SENTENCES = [
    ("I love it! it is great.", 2),
    ("Is it? yes it is.", 2),
    ("Dr. Smith came. He left.", 2),
    ("One line\nwithout a stop. Two.", 2),
]


@pytest.mark.parametrize(("text", "n"), SENTENCES)
def test_number_sentences_counts_like_punkt(text, n):
    at_least = build("length_constraints:number_sentences", {"num_sentences": n, "relation": "at least"})
    less = build("length_constraints:number_sentences", {"num_sentences": n + 1, "relation": "less than"})
    assert at_least.check(text).followed is True, at_least.check(text).reason
    assert less.check(text).followed is True, less.check(text).reason


# --- 7. a lost type is noticed -------------------------------------------------------------


def test_registry_size_and_reversible_count_are_pinned():
    types = all_types()
    assert len(types) == 145
    assert sum(cls.reversible() for cls in types.values()) == 95


# --- 5. one policy for blank responses -----------------------------------------------------------

BLANKS = ["", " ", "\n\n", "\t \n"]


@pytest.mark.parametrize("type_id", list(all_types()))
def test_blank_response_is_unknown_for_every_type(type_id):
    cls = all_types()[type_id]
    c = cls.from_kwargs(cls.example)
    for blank in BLANKS:
        res = c.check(blank)
        assert res.followed is None and res.reason.startswith("empty_response"), (blank, res)
