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
    return [conv.messages[m].content[s:e] for m, s, e, _ in anchored(conv, conv.constraints[0], ctype, [])]


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
            "Write a weather report for the harbour. NEVER THE WORD 'SQUALL', it scares the tourists.",
            "keywords:forbidden_words",
            {"forbidden_words": ["squall"]},
            "NEVER THE WORD 'SQUALL', it scares the tourists",
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
        # an aside that explains a statement made outside it
        ("Rules: (b) italicise nothing but the product name (so two highlights at most)",
         "detectable_format:fewer_highlighted_sections", {"num_highlights": 3}),
        # a language that is the task's: translating into it
        ("Please translate the four menu headings below into Italian.", "language:response_language",
         {"language": "it"}),
        # the keywords inside the user's own quoted text
        ('The intern wrote: "Our cheapest, guaranteed, risk-free plan beats every rival on price." Fix it.',
         "keywords:forbidden_words", {"forbidden_words": ["guaranteed", "risk-free"]}),
        # a value-less statement named only by a common word, in the task's sentence
        ("Write a letter to my landlord about the broken heating.", "change_case:english_capital", {}),
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


def test_a_language_place_leaves_the_list_item_before_it_to_the_task():
    # "ahimsa" is one of the terms to explain: the place is "in English", not "ahimsa in English"
    prompt = "Explain the terms dharma, karma and ahimsa in English, each with its Devanagari spelling."
    conv = ifeval_conv(prompt, ["language:response_language"], [{"language": "en"}])
    assert _places(prompt, "language:response_language", {"language": "en"}) == ["in English"]
    rw, text = rewrite_last(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert text.startswith("Explain the terms dharma, karma and ahimsa, each with its Devanagari spelling.")


def test_a_place_that_would_drop_a_word_of_the_task_is_refused():
    # the number and unit sit in the task's own clause: placing them there would take the task too
    prompt = "Write a haiku where the sunset emojis number two at the very most."
    conv = ifeval_conv(prompt, ["format:number_emojis"], [{"relation": "less than", "num_emojis": 3}])
    assert [loc.how for loc in locate_all(conv, conv.constraints[0], registry.build(*EMOJIS))] == ["anchor"]
    rw, _ = rewrite_last(conv, [True])
    assert not rw.ok and rw.unverified == ["rewrite_unverified:task_lost"], rw.messages[0].content


def test_a_remark_on_the_statement_goes_with_it():
    prompt = (
        "Write a weather report for the harbour. At least 80 words. NEVER THE WORD 'SQUALL', it scares the tourists."
    )
    conv = ifeval_conv(prompt, ["keywords:forbidden_words"], [{"forbidden_words": ["squall"]}])
    rw, text = rewrite_last(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert "scares" not in text and text.startswith("Write a weather report for the harbour. At least 80 words.")


def test_a_cut_that_leaves_a_clause_mark_after_a_sentence_end_is_refused():
    # the cut takes "And no more than ninety words" and leaves ", since my screen is tiny." behind a full stop
    prompt = "Tell me how tides work. And no more than ninety words, since my screen is tiny."
    conv = ifeval_conv(prompt, ["length_constraints:number_words"], [{"relation": "less than", "num_words": 91}])
    rw, text = rewrite_last(conv, [True])
    assert ". ," not in text or not rw.ok, text
