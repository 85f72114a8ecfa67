"""Session-4 guards: a request stated after a reason or context clause ("X, so <constraint>",
"X: <constraint>", "... but please <constraint>") is kept, while a statement about the user's own
text ("My draft is 300 words", "I wrote it without commas") is still dropped; verb-led requests after
a hedge or a modal; counts named per reply; list lines and "max." as clause/sentence ends."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _found(text: str) -> set[tuple[str, tuple]]:
    return {(c.id, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in c.kwargs.items())))
            for c in rule_decompose([Message(role="user", content=text)]) if c.id != "free_form"}  # fmt: skip


def _ids(text: str) -> set[str]:
    return {i for i, _ in _found(text)}


def _words(rel: str, n: int) -> tuple[str, tuple]:
    return ("length_constraints:number_words", (("num_words", n), ("relation", rel)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a consequence clause after a statement about the user's things
        ("Our SMS gateway chokes on commas, so no commas anywhere in the text.", "punctuation:no_comma"),
        ("My printer mangles em dashes, therefore not a single em dash please.", "punctuation:no_em_dash"),
        ("Our CMS strips exclamation marks - so zero exclamation points.", "punctuation:no_exclamation"),
        ("My phone can't show emojis so pls no emojis at all.", "format:no_emoji"),
        ('I always overuse the word "very" so please avoid the word "very".', "keywords:forbidden_words"),
        ("Our font can't render Japanese glyphs yet, so romaji only: no kana.", "language:no_script"),
        # a turn to a request: "but please", "but don't ...:", "; <imperative>"
        ("our house style is casual but please don't use any emojis.", "format:no_emoji"),
        (
            "I talk in ALL CAPS a lot but don't do that here: fewer than three all-caps words total.",
            "change_case:capital_word_frequency",
        ),
        ("Our readers are kids; write it in all lowercase letters.", "change_case:english_lowercase"),
        # a colon opening an obligation; rules passed on by "says"
        ("my teacher is super strict: the essay has to be at least 500 words.", "length_constraints:number_words"),
        ("Our style guide says no sentence may run past 25 words.", "length:max_words_per_sentence"),
        ("My manager said the summary must be under 150 words.", "length_constraints:number_words"),
    ],
)
def test_request_after_a_statement_about_the_user(text: str, want: str) -> None:
    assert want in _ids(text)


def test_consequence_keeps_the_count() -> None:
    assert _words("less than", 120) in _found("My boss hates long emails, so keep it under 120 words.")
    found = _found("Our editor is picky: every paragraph must be short and the whole piece must be under 400 words.")
    assert _words("less than", 400) in found


@pytest.mark.parametrize(
    "text",
    [
        "My draft is 300 words.",
        "My draft is 300 words, so it's too long for the slot.",
        "I wrote it without commas, so it reads a bit breathless.",
        "Our last newsletter used bullet points; readers loved them.",
        "My essay has five paragraphs, so it has roughly 900 words.",
        "My essay follows the rules: no commas.",
        "Our last post had 12 hashtags and it did well.",
        "My teacher said my essay was over 800 words.",
        "I wrote the intro in all caps, so it looks shouty.",
        "My story has no letter e, and it took ages.",
        "Our menu lists 40 dishes, so it is long.",
    ],
)
def test_statements_about_the_user_stay_dropped(text: str) -> None:
    assert _ids(text) == set()


def test_relative_clause_on_the_thing_asked_for() -> None:
    found = _found("a short bedtime story that uses fewer than 60 distinct words and runs to at least 120 words.")
    assert ("count:unique_word_count_fewer", (("N", 60),)) in found
    assert _words("at least", 120) in found
    assert "keywords:frequency" in _ids('Next challenge: a limerick that contains the word "banana" at least twice.')
    # a main verb after it: a statement about such things
    assert _ids("A story that uses fewer than 50 distinct words is hard to write, so tell me how they manage.") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("And maybe end with a question so it feels like a chat.", "content:end_with_question"),
        ("Perhaps wrap up with a question for the reader.", "content:end_with_question"),
        ('P.S. avoid the word "synergy" please.', "keywords:forbidden_words"),
        ("tapos end it with 'Salamat po!'", "startend:end_checker"),
        ("The subject line has to start with a verb.", "words:start_verb"),
        ("Your answer must end with a question.", "content:end_with_question"),
        ("Quick question, just answer with one of yes/no/depends and nothing else: can I park here?", "format:options"),
    ],
)
def test_verb_led_request_after_hedge_or_modal(text: str, want: str) -> None:
    assert want in _ids(text)


def test_part_before_a_modal_still_scopes() -> None:
    assert "keywords:existence" not in _ids("The third sentence must mention Mercury.")
    assert "content:end_with_question" not in _ids("The closing paragraph has to end with a question.")
    assert _ids("Agents used to end every email with a question.") == set()


def test_sentence_and_clause_ends() -> None:
    # "max." before a capitalised imperative ends the sentence
    assert "detectable_format:title" in _ids(
        "Keep each sentence to 12 words max. Give it a title wrapped in <<double angular brackets>>."
    )
    # "??" then a lowercase "just answer": a new sentence
    assert "detectable_format:constrained_response" in _ids(
        "hey is this normal?? just answer with 'My answer is yes.', 'My answer is no.' or 'My answer is maybe.'"
    )
    # each list line under "must:" is a clause of its own
    text = "Every message you post must:\n- use at least one emoji\n- end with a question\n- stay under 40 words"
    assert {"format:use_emoji", "content:end_with_question", "length_constraints:number_words"} <= _ids(text)


def test_count_per_reply_and_filler_like() -> None:
    text = "rules: always reply like a stan, end every sentence with an emoji, never more than 4 sentences per reply."
    assert ("length_constraints:number_sentences", (("num_sentences", 5), ("relation", "less than"))) in _found(text)
    assert _words("less than", 51) in _found("yo write me a hype intro for my stream, like 50 words or less")
    # still scoped or approximate
    assert "length_constraints:number_words" not in _ids("Each section should be under 100 words in total.")
    assert "length_constraints:number_words" not in _ids("yo write me a hype intro, like 50 words")
    assert "length_constraints:number_sentences" not in _ids("Like 2-3 sentences.")
