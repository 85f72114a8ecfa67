"""Session 4 (rew): the guard refuses a rewrite whose kept text restates a reversed constraint in words
the phrase grammar does not read (its number with its unit, a quoted keyword, its language named as the
answer's, its script or case rule), and cuts keep the task's words (a polite frame, a quality asked of
the answer, a requirement joined by "and") or refuse. Prompts written for these tests."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import registry
from rpo_cli.stages.reverse import _restated
from tests.rewrite_helpers import ifeval_conv as _conv
from tests.rewrite_helpers import rewrite_last

# (type id, kwargs, kept sentence, restates it)
RESTATEMENTS = [
    # a count: its number (or one off: "fewer than 281" is "280 max") with its unit, or bare beside a limit
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "It MUST fit in 280 characters,", True),
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "Draft a 280-character teaser.", True),
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "280 chars tops or it gets cut!", True),
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "limit: 280 total characters", True),
    ("length_constraints:number_words", {"num_words": 601, "relation": "less than"}, "(Really, 600 is the cap.)", True),
    ("length_constraints:number_words", {"num_words": 601, "relation": "less than"}, "never go beyond 600!", True),
    ("length_constraints:number_words", {"num_words": 90, "relation": "at least"}, "ninety words minimum", True),
    ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "exactly four, dash style.", True),
    ("length:number_lines", {"num_lines": 5, "relation": "less than"}, "write a 4-line verse for her card", True),
    ("detectable_content:fewer_placeholders", {"num_placeholders": 1}, "I mean zero [brackets] anywhere.", True),
    # near misses: another noun counted, another number, a number in the story
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "She was born in 1990 in Oslo.", False),
    ("length:number_characters", {"num_chars": 281, "relation": "less than"}, "We drove 280 km to get there.", False),
    ("length_constraints:number_words", {"num_words": 601, "relation": "less than"}, "About 500 words is fine.", False),
    ("length_constraints:number_words", {"num_words": 601, "relation": "less than"}, "We sold 600 bikes.", False),
    ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Name three causes of the flood.", False),
    ("format:number_emojis", {"num_emojis": 2, "relation": "at least"}, "add some hashtags (3 minimum).", False),
    ("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, "Name the venue exactly once.", False),
    ("length_constraints:number_words", {"num_words": 40, "relation": "less than"}, "Each line: 39 letters.", False),
    # a keyword or phrase in quotes; the word in the story is no restatement, nor is a letter in quotes
    ("keywords:forbidden_words", {"forbidden_words": ["synergy", "leverage"]}, "not even 'synergy' once.", True),
    ("keywords:forbidden_words", {"forbidden_words": ["synergy"]}, "Skip «synergy», please.", True),
    ("keywords:frequency", {"keyword": "harbor", "frequency": 3, "relation": "at least"},
     "the old harbor is closed now.", False),
    ("keywords:letter_frequency", {"letter": "s", "let_frequency": 9, "let_relation": "at least"},
     "my son is practising the 's' sound.", False),
    ("keywords:forbidden_phrase", {"phrase": "I hope this finds you well"},
     "skip I hope this finds you well entirely", True),
    ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "P.S. notes look sloppy.", True),
    # the answer's language: named as a requirement, not in passing
    ("language:response_language", {"language": "de"}, "The wiki needs a German version for Munich.", True),
    ("language:response_language", {"language": "de"}, "Please translate the notice into German.", True),
    ("language:response_language", {"language": "fr"}, "the school wants the letter in French.", True),
    ("language:response_language", {"language": "fr"}, "Antworte bitte auf Deutsch.", False),
    ("language:response_language", {"language": "fr"}, "My French is rusty but I try.", False),
    ("language:response_language", {"language": "fr"}, "Explain the French Revolution to a child.", False),
    ("language:response_language", {"language": "en"}, "For my English class we read poems.", False),
    # a script or letter-case rule in everyday words
    ("language:no_script", {"script": "cyrillic"}, "and transliterate each name into Latin letters.", True),
    ("language:no_script", {"script": "greek"}, "romanize every term you quote.", True),
    ("language:no_script", {"script": "cyrillic"}, "i read cyrillic very slowly.", False),
    ("change_case:english_capital", {}, "(and yes, caps lock on the whole time)", True),
    ("change_case:english_capital", {}, "What is the capital of Chile?", False),
    ("change_case:english_lowercase", {}, "all in lower case like a text message", True),
]  # fmt: skip


@pytest.mark.parametrize(("tid", "kwargs", "text", "want"), RESTATEMENTS)
def test_restated_reads_a_restatement_and_not_a_mention(tid, kwargs, text, want):
    assert _restated(registry.build(tid, kwargs), text, False) is want


def test_any_language_named_in_a_requirement_restates_a_language_rule():
    fr = registry.build("language:response_language", {"language": "fr"})
    assert _restated(fr, "Don't use any English words.", True)
    assert not _restated(fr, "Don't use any English words.", False)


def _rw(prompt, ids, kwargs, flags):
    return rewrite_last(_conv(prompt, ids, kwargs), flags)


# (prompt, ids, kwargs, flags): a reversal beside a restatement the grammar does not read
REFUSED = [
    # (the grammar now reads "it HAS to fit in 280 characters" as a second statement, so both are rewritten)
    ("Draft a post for our bakery's reopening. Keep it under 281 characters; the app's text box only takes 280 "
     "characters.", ["length:number_characters"], [{"num_chars": 281, "relation": "less than"}], [True]),
    ("Write a bedtime story for my niece. Keep it under 301 words. (Honestly, 300 is the hard cap.)",
     ["length_constraints:number_words"], [{"num_words": 301, "relation": "less than"}], [True]),
    ("Our help page needs a Spanish version for the Madrid office. Respond in Spanish only.",
     ["language:response_language"], [{"language": "es"}], [True]),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "ids", "kwargs", "flags"), REFUSED)
def test_a_restatement_left_beside_the_reversal_is_refused(prompt, ids, kwargs, flags):
    rw, new = _rw(prompt, ids, kwargs, flags)
    assert not rw.ok, new


# near misses: the same numbers and names in the task, which restate nothing
EMITTED = [
    ("I was born in 1990 and I turn 35 this year. Write a birthday poem for me. Keep it under 281 characters.",
     ["length:number_characters"], [{"num_chars": 281, "relation": "less than"}], [True]),
    ("My French is rusty, so help me plan a week in Lyon. Answer in fewer than 120 words.",
     ["length_constraints:number_words"], [{"num_words": 120, "relation": "less than"}], [True]),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "ids", "kwargs", "flags"), EMITTED)
def test_the_same_number_or_name_in_the_task_is_no_restatement(prompt, ids, kwargs, flags):
    rw, new = _rw(prompt, ids, kwargs, flags)
    assert not any(":original_restated:" in w for w in rw.unverified), (rw.unverified, new)


def test_a_requirement_joined_by_and_stays_when_the_statement_after_it_is_cut():
    rw, new = _rw(
        'Describe the water cycle for kids. Keep it to one paragraph and avoid "evaporation" and "condensation".',
        ["keywords:forbidden_words"], [{"forbidden_words": ["evaporation", "condensation"]}], [True],
    )  # fmt: skip
    assert rw.ok, rw.unverified
    assert "Keep it to one paragraph." in new


def test_a_quality_asked_of_the_answer_stays_beside_the_reversal():
    rw, new = _rw(
        "Write a flyer for the school fair. Make it cheerful, with at least one exclamation mark.",
        ["punctuation:use_exclamation"], [{}], [True],
    )  # fmt: skip
    assert rw.ok, rw.unverified
    assert "Make it cheerful." in new, new


def test_a_cut_that_leaves_the_statement_second_object_behind_is_refused():
    rw, new = _rw(
        "Help me fix my bike chain. And could you end by asking me something about my bike so we can keep going?",
        ["content:end_with_question"], [{}], [True],
    )  # fmt: skip
    assert not rw.ok, new


def test_an_untyped_item_listed_beside_a_reversed_statement_is_refused_not_dropped():
    rw, new = _rw(
        "write a caption for my hiking photo. max 150 characters, include #trailtime",
        ["length:number_characters"], [{"num_chars": 151, "relation": "less than"}], [True],
    )  # fmt: skip
    assert not rw.ok or "trailtime" in new, new


def test_a_cut_that_takes_a_verbs_object_is_refused():
    rw, new = _rw(
        "The museum needs a Dutch brochure for the new wing. Keep it under 90 words.",
        ["length_constraints:number_words", "language:response_language"],
        [{"num_words": 90, "relation": "less than"}, {"language": "nl"}], [False, True],
    )  # fmt: skip
    assert not rw.ok, new


def test_a_scope_left_by_a_cut_is_refused():
    rw, new = _rw(
        "Write a thank-you card. The whole card, signature included, no more than 5 lines.",
        ["length:number_lines"], [{"num_lines": 6, "relation": "less than"}], [True],
    )  # fmt: skip
    assert not rw.ok, new


def test_a_label_line_heading_a_list_stays_and_only_the_item_is_replaced():
    rw, new = _rw(
        "You are Pip, a bot that greets new members of our book club.\nEach greeting must:\n"
        "- include at least one emoji\n- stay under 30 words",
        ["format:use_emoji", "length_constraints:number_words"],
        [{}, {"num_words": 30, "relation": "less than"}], [True, False],
    )  # fmt: skip
    assert rw.ok, rw.unverified
    assert "Each greeting must:" in new and "a bot that greets new members" in new


def test_a_share_out_goes_with_the_statement_it_shares_out():
    rw, new = _rw(
        "Outline a talk on river ecology. Use at least three markdown headings, one per river, and under each "
        "heading give a short summary.",
        ["format:markdown_headings"], [{"num_headings": 3, "relation": "at least"}], [True],
    )  # fmt: skip
    assert rw.ok, rw.unverified
    assert "One per river" not in new and "one per river" not in new
    assert "under each heading give a short summary" in new.lower()


def test_a_cut_ending_on_a_preposition_whose_object_is_left_is_refused():
    rw, new = _rw(
        "List five facts about otters, plus one link for further reading.",
        ["content:include_url"], [{}], [True],
    )  # fmt: skip
    assert not rw.ok or "further reading" not in new, new


def test_a_language_ban_listed_beside_the_language_rule_goes_with_it():
    rw, new = _rw(
        "Write a short welcome note for our guesthouse. Dutch please, the whole thing, no English at all.",
        ["language:response_language"], [{"language": "nl"}], [True],
    )  # fmt: skip
    assert not any("task_lost" in w for w in rw.unverified), (rw.unverified, new)
