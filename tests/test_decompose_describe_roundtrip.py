"""Every registered type's own describe() text decomposes back to exactly that constraint, for
drawn kwargs (not only the example), and so does the text of its reversal.

describe() texts are what rewritten prompts say: the round-trip guard re-decomposes a rewritten
prompt and must find the reversed constraint with its reversed kwargs. A text the rules cannot
read, or read as another type, makes that check blind (or drops the pair).

Two texts read as a neighbour type on purpose, because the two checks are the same check and the
grammar gives one canonical reading: EQUIVALENT lists them, and a test holds them to identical
verdicts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rpo_cli.constraints import all_types, build
from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose
from tests.describe_kwargs import WORDS, instances

TYPES = [tid for tid, cls in all_types().items() if not cls.needs_judge]
TASK = "Write a short note about the sea. "


def _equivalent(type_id: str, kwargs: dict) -> tuple[str, dict] | None:
    """The canonical reading of a text whose type has the same check as another's."""
    if type_id == "format:number_emojis" and kwargs == {"num_emojis": 1, "relation": "at least"}:
        return "format:use_emoji", {}
    if type_id == "keywords:frequency" and kwargs["frequency"] == 1 and kwargs["relation"] == "at least":
        return "keywords:existence", {"keywords": [kwargs["keyword"]]}
    return None


def _read(text: str) -> list[tuple[str, dict]]:
    found = rule_decompose([Message(role="user", content=TASK + text)])
    return [(c.id, {k: v for k, v in c.kwargs.items() if v is not None}) for c in found]


def test_every_type_is_covered():
    assert len(all_types()) == 145  # pinned with tests/constraints: a new type needs its phrasing here too
    assert len(TYPES) == 144  # free_form only a judge reads


@pytest.mark.parametrize("type_id", TYPES)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_describe_round_trips_through_the_rules(type_id, data):
    c = data.draw(instances(type_id))
    for variant in (c, c.reverse()):
        if variant is None:
            continue
        want = _equivalent(variant.id, variant.kwargs()) or (variant.id, variant.kwargs())
        assert _read(variant.describe()) == [want], variant.describe()


@pytest.mark.parametrize("type_id", TYPES)
def test_example_round_trips_inside_a_longer_prompt(type_id):
    # the text as a rewrite leaves it: its own sentence between the task and another constraint
    c = build(type_id, all_types()[type_id].example)
    text = c.describe()
    found = rule_decompose([Message(role="user", content=f"{TASK}{text}\nDo not use any commas.")])
    assert (c.id, c.kwargs()) in [(x.id, x.kwargs) for x in found], text


RESPONSES = ["Hello there.", "I love Paris 😀", "parisian nights", "PARIS PARIS", "🚀🚀 moon", "no emoji here",
             "moonlight", "The moon.", "", "   "]  # fmt: skip


@pytest.mark.parametrize("word", WORDS[:6])
@pytest.mark.parametrize("text", RESPONSES)
def test_equivalent_readings_have_identical_checks(word, text):
    pairs = [
        (build("format:number_emojis", {"num_emojis": 1, "relation": "at least"}), build("format:use_emoji", {})),
        (build("keywords:frequency", {"keyword": word, "frequency": 1, "relation": "at least"}),
         build("keywords:existence", {"keywords": [word]})),
    ]  # fmt: skip
    for a, b in pairs:
        assert a.check(text).followed == b.check(text).followed
        assert a.check_reference(text).followed == b.check_reference(text).followed


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the IFBench phrasing families, said other ways than describe() says them
        ("Use no fewer than 80 distinct words.", ("count:unique_word_count", {"N": 80})),
        ("Your reply should use at most 40 unique words.", ("count:unique_word_count_fewer", {"N": 41})),
        ("Include more than 3 pronouns, please.", ("count:pronouns", {"N": 4})),
        ("Stop words should make up no more than 30% of the words.", ("ratio:stop_words", {"percentage": 30})),
        (
            "Stop words must account for more than 55 percent of the text.",
            ("ratio:stop_words_above", {"percentage": 55}),
        ),
        ("Never repeat any word more than twice.", ("words:repeats", {"small_n": 2})),
        ("No word should appear more than 4 times in your answer.", ("words:repeats", {"small_n": 4})),
        ("Begin your answer with a verb.", ("words:start_verb", {})),
        ("Put each word on its own line.", ("format:newline", {})),
        ("End each sentence with an emoji.", ("format:emoji", {})),
        ('The third sentence should contain the word "ember".', ("sentence:keyword", {"word": "ember", "N": 3})),
        ("The first word of your answer must be a verb.", ("words:start_verb", {})),
        ("Each word's length should be a prime number.", ("words:prime_lengths", {})),
        ("Use only words with lengths that are prime.", ("words:prime_lengths", {})),
        ("Make sure no two neighboring words begin with the same letter.", ("words:no_consecutive", {})),
        ("The first word of each sentence should be the last word of the previous one.", ("words:last_first", {})),
        ("Every paragraph must begin and end with the same word.", ("words:paragraph_last_first", {})),
        ("Use a 2:1 ratio of statements to questions.", ("ratio:sentence_type", {})),
        ("Nest your brackets and braces five levels deep.", ("format:parentheses", {})),
        ("Use quotation marks within quotations within quotations, three levels deep.", ("format:quotes", {})),
        ("Add an emoji at the end of each sentence.", ("format:emoji", {})),
        ("Form a staircase by progressively indenting each line.", ("format:line_indent", {})),
        ("Each quoted phrase should be followed by an explanation.", ("format:quote_unquote", {})),
        ("Use bullet points with sub-bullets under each one.", ("format:sub-bullets", {})),
        ("Put the whole answer in title case.", ("format:title_case", {})),
        ("The reply must not include any whitespace characters.", ("format:no_whitespace", {})),
        (
            "Write a shopping list, and instead of bullet points, use '~' to mark each item.",
            ("format:list", {"sep": "~"}),
        ),
        (
            "Keep the length of your essay in the range 200-250 words.",
            ("count:word_count_range", {"min_words": 200, "max_words": 250}),
        ),
    ],
)
def test_ifbench_phrasing_variants(text, want):
    assert _read(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # "at least 40%" is no relation of the stop-word types (a share is not an integer count)
        "Stop words should make up at least 40% of the words.",
        # a count the palindrome types do not fix
        "Include at least 3 palindromes of 5 or more characters.",
        # about repeating, not a requirement on the response's words
        "Explain why people repeat words more than twice when nervous?",
        # a topic, not a layout: no list is asked for
        "Explain why writers use '-' instead of bullet points.",
        "Explain how to nest parentheses in Lisp.",
    ],
)
def test_ifbench_rules_leave_other_phrasings_alone(text):
    assert not [t for t, _ in _read(text) if t.split(":")[0] in ("ratio", "words", "count", "format")]
