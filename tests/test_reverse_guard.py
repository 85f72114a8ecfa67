"""The round-trip guard of stages/reverse.py: precise about kept statements the phrase grammar
reads only in their old company, strict about fragments a cut leaves and about a kept constraint
that asks again for what a reversed one forbade. Prompts written for these tests (variants of the
phrasing families, not dev-set sentences)."""

from __future__ import annotations

import pytest

from rpo_cli.stages.reverse import _WORD, _article_hole, _fragment_opening, statements
from tests.rewrite_helpers import ifeval_conv as _conv
from tests.rewrite_helpers import rewrite_last


def _rw(prompt, ids, kwargs, flags):
    return rewrite_last(_conv(prompt, ids, kwargs), flags)


# (prompt, ids, kwargs, flags, the kept statement's own words)
KEPT_VERBATIM = [
    ("Give two different answers, separated by ******: what should I call my new hamster? one word each, "
     "no commas, no emojis", ["combination:two_responses", "punctuation:no_comma", "format:no_emoji"],
     [{}, {}, {}], [True, True, False], "no emojis"),
    ("write a bedtime note for my nephew. sign it off with an emoji and keep it to 2 sentences max. no hashtags",
     ["length_constraints:number_sentences", "content:number_hashtags"],
     [{"num_sentences": 3, "relation": "less than"}, {"num_hashtags": 1, "relation": "less than"}],
     [True, False], "no hashtags"),
    ("plan a picnic menu for four. i want it in a table. do not use any bold text. and pls add a short note at "
     "the end starting with P.S.", ["detectable_format:fewer_highlighted_sections", "detectable_content:postscript"],
     [{"num_highlights": 1}, {"postscript_marker": "P.S."}], [True, False],
     "pls add a short note at the end starting with P.S."),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "ids", "kwargs", "flags", "kept"), KEPT_VERBATIM)
def test_a_kept_statement_still_there_word_for_word_is_not_lost(prompt, ids, kwargs, flags, kept):
    rw, new = _rw(prompt, ids, kwargs, flags)
    assert rw.ok, rw.unverified
    assert kept in new
    assert not any(w.startswith("rewrite_unverified:kept_lost") for w in rw.unverified)


def test_a_kept_statement_the_cut_took_is_still_lost():
    # "no commas or emojis" states both: reversing the commas takes the emoji rule's words with it;
    # the guard may accept only what the grammar or the original words still state
    prompt = "Write a limerick about a sleepy owl, no commas or emojis."
    ids = ["punctuation:no_comma", "format:no_emoji"]
    rw, new = _rw(prompt, ids, [{}, {}], [True, False])
    # an emitted rewrite must still state the emoji rule, in the grammar's reading or in words
    kept_found = ("format:no_emoji", "{}") in {s.key for s in statements(rw.messages)}
    assert not rw.ok or kept_found or "emoji" in new.lower(), new


@pytest.mark.parametrize(
    ("original", "cut"),
    [
        ("end it with a question so readers click through", "so readers click through"),
        ("close on a question because it drives replies", "because it drives replies"),
        ("put the code in a code block pls and explain it after", "pls and explain it after"),
        ("wrap it in a fenced block please, with a note under it", "please, with a note under it"),
    ],
)
def test_a_cut_that_leaves_a_clause_without_its_head_is_a_fragment(original, cut):
    assert _fragment_opening(_WORD.findall(cut))  # words as the guard reads them


@pytest.mark.parametrize("sentence", ["please explain it after", "pls keep it friendly", "Explain it after"])
def test_a_polite_head_before_a_verb_is_no_fragment(sentence):
    assert not _fragment_opening(_WORD.findall(sentence))


def test_an_article_joined_to_a_preposition_by_a_cut_is_a_hole():
    before = "return a json object with the keys a and b for the capital of peru".split()
    assert _article_hole(before, "return a for the capital of peru".split())
    assert _article_hole("give me the 3 bullet points about tea".split(), "give me the about tea".split())
    # the pair was there before: the cut did not make it
    assert not _article_hole("pick a to do list app".split(), "pick a to do list app".split())
    assert not _article_hole(before, "return the capital of peru".split())


def test_rewrites_that_leave_fragments_are_refused():
    rw, new = _rw(
        "show me how to reverse a list in python. put the code in a code block pls and explain it in two lines after.",
        ["format:code_block"],
        [{"num_blocks": 1, "relation": "at least"}],
        [True],
    )
    # the polite word that headed nothing goes with the cut: what is left reads as a sentence
    assert new.startswith("show me how to reverse a list in python. Explain it in two lines after."), new
    assert rw.ok or "rewrite_unverified:ungrammatical" in rw.unverified, new
    rw, new = _rw(
        'Return a JSON object with the keys "city" and "country" for the capital of Peru. Format '
        "everything as JSON, nothing else.",
        ["detectable_format:json_format", "format:json_keys"],
        [{}, {"keys": ["city", "country"]}],
        [False, True],
    )
    assert not rw.ok, new


JSON_PROMPTS = [
    ('Return a JSON object with the keys "city" and "country" for the capital of Peru. Format everything as '
     "JSON, nothing else.", ["city", "country"]),
    ('Describe a fictional bicycle. Answer only in JSON. The object must have the keys "brand" and "gears".',
     ["brand", "gears"]),
    ('Summarise the meeting notes below. Output: a JSON object with keys "decisions" and "owners".\n\nNotes: '
     "Ana takes the budget; the launch moves to May.", ["decisions", "owners"]),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "keys"), JSON_PROMPTS)
def test_json_keys_kept_beside_json_format_reversed_is_refused(prompt, keys):
    # a JSON object with given keys is JSON output: kept, it asks for what the reversal forbids
    rw, new = _rw(prompt, ["detectable_format:json_format", "format:json_keys"], [{}, {"keys": keys}],
                  [True, False])  # fmt: skip
    assert not rw.ok, new
    assert "rewrite_unverified:original_remains:detectable_format:json_format" in rw.unverified


def test_json_format_kept_beside_json_keys_reversed_is_no_contradiction():
    # JSON output without those keys is a possible answer: the implication runs one way only
    prompt = 'Describe a fictional bicycle. Answer only in JSON. The object must have the keys "brand" and "gears".'
    rw, new = _rw(prompt, ["detectable_format:json_format", "format:json_keys"], [{}, {"keys": ["brand", "gears"]}],
                  [False, True])  # fmt: skip
    assert "rewrite_unverified:original_remains:detectable_format:json_format" not in rw.unverified
    if rw.ok:
        assert "Answer only in JSON." in new, new
