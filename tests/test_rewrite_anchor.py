"""Statements the phrase grammar does not read, placed by the values and words they must name
(rpo_cli/stages/anchor.py), and the places where doing so would make a wrong pair."""

import pytest

from rpo_cli.constraints import registry
from rpo_cli.stages.anchor import anchored
from rpo_cli.stages.reverse import _key, locate_all, render, statements
from tests.rewrite_helpers import ifeval_conv, rewrite_last


def _places(prompt: str, tid: str, kwargs: dict) -> list[str]:
    conv = ifeval_conv(prompt, [tid], [kwargs])
    ctype = registry.build(tid, kwargs)
    return [conv.messages[m].content[s:e] for m, s, e in anchored(conv, conv.constraints[0], ctype, [])]


@pytest.mark.parametrize(
    ("prompt", "tid", "kwargs", "place"),
    [
        (
            "Draft a product blurb for our oat milk. Work the words 'creamy' or 'barista' in somewhere.",
            "keywords:include_any",
            {"forbidden_words": ["creamy", "barista"]},
            "Work the words 'creamy' or 'barista' in somewhere",
        ),
        (
            "Plan a 3-day trip to Lisbon for my parents. the whole plan: roughly 200 words max",
            "length_constraints:number_words",
            {"relation": "less than", "num_words": 201},
            "the whole plan: roughly 200 words max",
        ),
        (
            "Describe our sourdough for the menu board, with 'Baked with love, Rosa' closing it out.",
            "startend:end_checker",
            {"end_phrase": "Baked with love, Rosa"},
            "with 'Baked with love, Rosa' closing it out",
        ),
        (
            "Summarise this memo for the Lyon team, in French please.",
            "language:response_language",
            {"language": "fr"},
            "in French please",
        ),
        (
            "Write the menu blurb. Whatever you do don't use exclamation marks.",
            "punctuation:no_exclamation",
            {},
            "don't use exclamation marks",
        ),
        (
            "Give me a caption for the shop window, 1,200 characters tops.",
            "length:number_characters",
            {"relation": "less than", "num_chars": 1201},
            "1,200 characters tops",
        ),
    ],
)
def test_a_statement_is_placed_by_its_values_and_what_it_checks(prompt, tid, kwargs, place):
    assert _places(prompt, tid, kwargs) == [place]


@pytest.mark.parametrize(
    ("prompt", "tid", "kwargs"),
    [
        # an item under a head that says no: a reversal put there would contradict the head
        ("House style for the bot.\nDON'T:\n- use exclamation points\n- be rude", "punctuation:no_exclamation", {}),
        ("Never, ever:\n\n* the words 'basically' or 'literally'\n* sarcasm", "keywords:forbidden_words",
         {"forbidden_words": ["basically", "literally"]}),
        # a ban whose "no" is in its label
        ("Things to avoid: exclamation marks. Write a note to the team.", "punctuation:no_exclamation", {}),
        # a language named in passing, not as the answer's
        ("Take the Spanish proverb about early birds and explain it to my class.", "language:response_language",
         {"language": "es"}),
        # the number inside the user's quoted draft, or inside a code block
        ('My old draft said "keep it under 150 words" and I hated it. Write a haiku about rain.',
         "length_constraints:number_words", {"relation": "less than", "num_words": 151}),
        ("Explain this config:\n```\nmax_words = 150\n```", "length_constraints:number_words",
         {"relation": "less than", "num_words": 151}),
        # a request stated through a no is left to the grammar
        ("Write the invite, and don't forget the words 'potluck' or 'picnic'.", "keywords:include_any",
         {"forbidden_words": ["potluck", "picnic"]}),
        # the value without a word for what it counts
        ("We have 3 kids and 2 dogs. Write a holiday card.", "length_constraints:number_paragraphs",
         {"num_paragraphs": 3}),
    ],
)  # fmt: skip
def test_nothing_is_placed_where_the_words_do_not_state_it(prompt, tid, kwargs):
    assert _places(prompt, tid, kwargs) == []


def test_a_place_never_overlaps_a_statement_of_another_constraint():
    prompt = "Write a short poem. No commas, and 2 emojis max."
    conv = ifeval_conv(prompt, ["format:number_emojis"], [{"relation": "less than", "num_emojis": 3}])
    ctype = registry.build("format:number_emojis", {"relation": "less than", "num_emojis": 3})
    start = prompt.index("2 emojis")
    taken = [(0, start - 2, start + 10)]
    assert anchored(conv, conv.constraints[0], ctype, taken) == []


EMOJIS = ("format:number_emojis", {"relation": "less than", "num_emojis": 3})
PROMPT = "Write a limerick about my cat Miso for her birthday card. cap the emojis at two."


def test_the_grammar_does_not_read_the_phrasing_these_tests_rely_on():
    conv = ifeval_conv(PROMPT, [EMOJIS[0]], [EMOJIS[1]])
    assert _key(*EMOJIS) not in {s.key for s in statements(conv.messages)}, (
        "the grammar now reads this phrasing: pick one it does not, so the tests below still place by values"
    )


def test_a_statement_the_grammar_misses_is_rewritten_from_its_place():
    conv = ifeval_conv(PROMPT, [EMOJIS[0]], [EMOJIS[1]])
    locs = locate_all(conv, conv.constraints[0], registry.build(*EMOJIS))
    assert [loc.how for loc in locs] == ["anchor"]
    rw, text = rewrite_last(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert text.startswith("Write a limerick about my cat Miso for her birthday card.")
    assert render(registry.build(*EMOJIS).reverse(), None) in text
    assert "cap the emojis" not in text


def test_a_ban_under_a_no_head_is_not_rewritten_into_a_contradiction():
    prompt = "Reply as Pip, our support bot.\n\nDON'T:\n- use exclamation points\n- say 'policy'"
    conv = ifeval_conv(prompt, ["punctuation:no_exclamation"], [{}])
    rw, _ = rewrite_last(conv, [True])
    assert not rw.ok
    assert rw.errors  # not placed: the pair is lost as rewrite_failed, never emitted
