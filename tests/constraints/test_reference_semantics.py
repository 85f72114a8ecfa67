"""--semantics reference: the references' own verdicts (bugs included) and IFEval's loose mode."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import all_types, build
from rpo_cli.constraints.semantics import check, check_loose, loose_variants

# (type, kwargs, response, corrected verdict, reference verdict)
DIVERGENT = [
    ("keywords:forbidden_words", {"forbidden_words": ["#tag"]}, "Love this #tag!", False, True),
    ("keywords:existence", {"keywords": ["a.c"]}, "The abc song.", False, True),
    ("keywords:frequency", {"keyword": "a.c", "frequency": 2, "relation": "at least"}, "abc adc", False, True),
    ("language:response_language", {"language": "en"}, "12345 67890", None, True),
    ("punctuation:no_comma", {}, "你好，世界", False, True),
    ("detectable_content:postscript", {"postscript_marker": "P.S"}, "Hi.\nPxS bye", False, True),
    ("detectable_format:multiple_sections", {"section_spliter": "Part.", "num_sections": 2},
     "Parts 1 text Party 2 text", False, True),
    ("length_constraints:number_sentences", {"num_sentences": 2, "relation": "at least"},
     "第一句。第二句。", True, False),
    ("length_constraints:number_words", {"num_words": 1, "relation": "at least"}, "   ", None, False),
]  # fmt: skip


@pytest.mark.parametrize(("type_id", "kwargs", "response", "corrected", "reference"), DIVERGENT)
def test_reference_reproduces_the_references_verdicts(type_id, kwargs, response, corrected, reference):
    c = build(type_id, kwargs)
    assert check(c, response, "corrected").followed is corrected
    assert check(c, response, "reference").followed is reference


@pytest.mark.parametrize("type_id", list(all_types()))
def test_reference_fails_every_instruction_on_a_blank_response(type_id):
    cls = all_types()[type_id]
    assert cls.from_kwargs(cls.example).check_reference(" \n").followed is False


def test_unknown_semantics_is_an_error():
    with pytest.raises(ValueError, match="semantics"):
        check(build("punctuation:no_comma", {}), "x", "lenient")


def test_loose_variants_are_the_references_eight():
    r = "Sure!\n**Answer** here\nBye"
    assert loose_variants(r) == [
        r, "Sure!\nAnswer here\nBye", "**Answer** here\nBye", "Sure!\n**Answer** here", "**Answer** here",
        "Answer here\nBye", "Sure!\nAnswer here", "Answer here",
    ]  # fmt: skip


def test_loose_passes_what_a_preamble_or_markup_broke():
    quote = build("startend:quotation", {})
    r = 'Here you go:\n"Tea is good."'
    assert check(quote, r).followed is False
    assert check_loose(quote, r) is True
    lower = build("change_case:english_lowercase", {})
    r = "Sure! Here it is.\nthe quick brown fox jumps over the lazy dog and runs away into the woods"
    assert check_loose(lower, r, "reference") is True
    no_comma = build("punctuation:no_comma", {})
    assert check_loose(no_comma, "a, b\nc, d") is False


# IFBench divergences kept in corrected mode (docs/ifbench_divergences.md); reference mode
# reproduces the reference's verdict. (type, kwargs, response, corrected, reference)
IFBENCH_DIVERGENT = [
    ("ratio:sentence_type", {}, "<<A FINE TITLE>>", False, True),
    ("ratio:sentence_balance", {}, "Just a heading without a stop", False, True),
    ("count:conjunctions", {"small_n": 3}, "Tea and cake. And jam, and, but why", False, True),
    ("ratio:overlap", {"reference_text": "the quick brown fox jumps over the lazy dog", "percentage": 77},
     "dog lazy the over jumps fox brown quick the", False, True),
    ("format:sub-bullets", {}, "* a well-known point\n* another well-made one", False, True),
    ("format:sub-bullets", {}, "No bullets at all here.", False, True),
    ("format:sub-bullets", {}, "* **Bold** point\n  - detail", True, False),
    ("repeat:repeat_change", {"prompt_to_repeat": "Describe a quiet morning."}, "Describe a quiet morning.\n",
     False, True),
    ("count:unique_word_count", {"N": 3}, "cat - dog", False, True),
    ("format:title_case", {}, "The Benefits of Exercise", True, False),
    ("format:options", {"options": "Major, Minor"}, "Minor", True, False),
    ("format:options", {"options": "Major, Minor"}, "Maj", False, True),
    ("format:title_case", {}, "Why We Don't Sleep", True, False),
    ("format:line_indent", {}, "a\n\n\n b\n  c", True, False),
    ("words:paragraph_last_first", {}, "Time, they say, heals time.", True, False),
    ("custom:european_capitals_sort", {}, ", ".join(
        ["Reykjavik", "Helsinki", "Oslo", "Tallinn", "Stockholm", "Riga", "Moscow", "Copenhagen", "Vilnius", "Minsk",
         "Dublin", "Berlin", "Amsterdam", "Warsaw", "London", "Brussels", "Kyiv", "Prague", "Luxembourg", "Paris",
         "Vienna", "Bratislava", "Budapest", "Vaduz", "Chisinau", "Bern", "Ljubljana", "Zagreb"]), True, False),
]  # fmt: skip


@pytest.mark.parametrize(("type_id", "kwargs", "response", "corrected", "reference"), IFBENCH_DIVERGENT)
def test_ifbench_reference_reproduces_the_references_verdicts(type_id, kwargs, response, corrected, reference):
    c = build(type_id, kwargs)
    assert check(c, response, "corrected").followed is corrected
    assert check(c, response, "reference").followed is reference
