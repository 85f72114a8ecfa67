"""Cuts that keep the task: an untyped requirement coordinated with a statement, a task verb's object,
a label, a preposition or relative pronoun that led into the cut clause; the speaker's comment goes
with its statement; fragments a cut leaves without their verb are refused (issue 11)."""

from __future__ import annotations

import pytest

from rpo_cli.stages.reverse import _article_hole, _cut, _has_verb, _verbless_piece
from tests.rewrite_helpers import ifeval_conv, rewrite_last

END = "startend:end_checker"
WORDS = "length_constraints:number_words"


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "kept"),
    [
        # a requirement of its own before "and" stays, cut at the coordinator
        ('Draft a toast for my sister\'s wedding. Keep it warm and finish with the words "Cheers to you both."',
         [END], [{"end_phrase": "Cheers to you both."}], "Keep it warm."),
        ('Write a product blurb for a kettle. Sound confident but end with "Order today."',
         [END], [{"end_phrase": "Order today."}], "Sound confident."),
        # ... and after ", and", to the sentence end
        ("Give me a packing list for a beach trip: under 60 words, and no brand names.",
         [WORDS], [{"num_words": 60, "relation": "less than"}], "no brand names"),
        # a task verb and its object head the sentence: the task, not filler
        ("Write a brief note to my landlord that mentions the broken heater and is under four sentences.",
         ["length_constraints:number_sentences"], [{"num_sentences": 4, "relation": "less than"}],
         "Write a brief note to my landlord that mentions the broken heater."),
        # a label heading a sentence heads what follows too
        ("Constraints: all lowercase. Write a limerick about a cat.", ["change_case:english_lowercase"], [{}],
         "Constraints: "),
        # the preposition that led into the cut clause goes with it
        ("Write a fable of at least 5 sentences where every animal talks.",
         ["length_constraints:number_sentences"], [{"num_sentences": 5, "relation": "at least"}],
         "Write a fable where every animal talks."),
    ],
)  # fmt: skip
def test_the_cut_keeps_what_is_not_the_statement(prompt, ids, kwargs, kept):
    rw, new = rewrite_last(ifeval_conv(prompt, ids, kwargs), [True])
    assert rw.ok, rw.unverified
    assert kept in new, new


@pytest.mark.parametrize(
    "prompt",
    [
        "Tell me a joke about penguins. Don't use any emojis, I find them childish.",
        "Tell me a joke about penguins. No emojis please, I really hate them.",
        "Tell me a joke about penguins. Skip the emojis, because I can't stand them.",
    ],
)
def test_the_speakers_comment_goes_with_the_statement(prompt):
    rw, new = rewrite_last(ifeval_conv(prompt, ["format:no_emoji"], [{}]), [True])
    if rw.ok:  # a kept "I find them childish" would argue for the original beside the reversal
        assert " them" not in new and "because" not in new, new
        assert "penguins" in new


def test_words_between_two_statements_are_the_next_ones_lead_in():
    conv = ifeval_conv(
        "Reply in fewer than 40 words and use plain text without any markdown.",
        [WORDS, "format:no_markdown"],
        [{"num_words": 40, "relation": "less than"}, {}],
    )
    rw, new = rewrite_last(conv, [False, True])
    # "use plain text" is the no-markdown statement's head: cut with it, never kept beside "use Markdown"
    assert not rw.ok or "plain text" not in new, new


def test_a_scope_left_alone_by_the_cut_is_refused_not_emitted():
    conv = ifeval_conv(
        "Plan a weekend in Rome. For the itinerary, use exactly 3 bullet points.",
        ["detectable_format:number_bullet_lists"],
        [{"num_bullets": 3}],
    )
    rw, new = rewrite_last(conv, [True])
    assert "itinerary" in new or not rw.ok  # the scope is never dropped silently
    assert not rw.ok  # "For the itinerary." is no sentence


def test_cut_strips_what_led_into_the_clause():
    s = "Write a short reply that includes the address and is two sentences at most."
    a = s.index("two")
    assert _cut(s, [(a, len(s) - 1)]) == "Write a short reply that includes the address."
    s = "Compose a limerick of five lines about tea."
    a = s.index("five")
    assert _cut(s, [(a, a + len("five lines"))]) == "Compose a limerick about tea."
    s = "Respondez en anglais, et sans listes à puces."
    a = s.index("sans")
    assert _cut(s, [(a, len(s) - 1)]) == "Respondez en anglais."
    # a relative pronoun then "and": the coordinator goes, the pronoun stays
    s = "Write an ad that includes the link https://x.org and is funny."
    a, b = s.index("includes"), s.index(" and")
    assert _cut(s, [(a, b)]) == "Write an ad that is funny."
    # "Tell me what escrow is" keeps its copula
    s = "Tell me what escrow is in under 20 words."
    assert _cut(s, [(s.index("in under"), len(s) - 1)]) == "Tell me what escrow is."


def test_verbless_fragments_left_by_a_cut():
    # the remainder after the cut lost the verb it shared
    assert _verbless_piece('The word "kiwi" must appear twice, and "mango" at least once.', '"mango" at least once.')
    assert _verbless_piece("Avoid the word synergy or any similar buzzwords.", "Any similar buzzwords.")
    # what is left before the cut opens on a preposition: a scope without its requirement
    assert _verbless_piece("For the summary, use at most 3 bullets.", "For the summary.")
    # near misses: a terse list that never had a verb, or is still a list of requirements
    assert not _verbless_piece("Formal tone, under 90 words, no emojis.", "Formal tone, no emojis.")
    assert not _verbless_piece("Second person, max 80 words, and avoid the word cheap.", "Second person, max 80 words.")
    assert not _verbless_piece("Include a haiku, at least 3 hashtags, and a pun.", "At least 3 hashtags, and a pun.")
    assert not _verbless_piece("Answer with yes or no, then justify it briefly.", "Justify it briefly.")
    # labels and headings are not sentences
    assert not _verbless_piece("Theme: a rainy day. Write it in French.", "Theme: a rainy day.")


def test_has_verb():
    for s in ("Justify it in two sentences.", "Mention the harbour.", "It shows up twice.", "Don't rhyme."):
        assert _has_verb(s), s
    for s in ('"Leeds" at least twice.', "Each a list of strings.", "One per review.", "For the method."):
        assert not _has_verb(s), s


def test_a_cut_joining_an_object_pronoun_to_a_subject_or_modal_is_a_hole():
    before = "give me a list of 5 questions they might ask".split()
    assert _article_hole(before, "give me they might ask".split())
    assert _article_hole(before, "give me might ask".split())
    # pairs the sentence already had are not the cut's
    assert not _article_hole("tell me they might call".split(), "tell me they might call".split())
    assert not _article_hole("tell me in 3 lines about it".split(), "tell me about it".split())


@pytest.mark.parametrize(
    ("prompt", "task"),
    [
        ("Draft an FAQ answer about refunds. Respond in Spanish, because our support desk is in Madrid.", "refunds"),
        ("Draft an FAQ answer about refunds. Respond in Spanish so the Madrid desk can reuse it.", "refunds"),
        # the reason runs up to the next statement's ", and"
        ("Draft an FAQ answer about refunds. Respond in Spanish because the desk is in Madrid, and keep it "
         "under 90 words.", "refunds"),
    ],
)  # fmt: skip
def test_a_reason_or_purpose_goes_with_its_statement(prompt, task):
    ids, kwargs = ["language:response_language"], [{"language": "es"}]
    rw, new = rewrite_last(ifeval_conv(prompt, ids, kwargs), [True])
    assert rw.ok, rw.unverified
    assert task in new and "Madrid" not in new, new


def test_a_reason_of_the_next_sentence_or_the_task_stays():
    conv = ifeval_conv(
        "Respond in Spanish. Because of the holidays, mention the opening hours of the shop.",
        ["language:response_language"],
        [{"language": "es"}],
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "holidays" in new and "opening hours" in new, new
    # "so" that opens no clause of its own is no purpose: the task sentence keeps its words
    conv = ifeval_conv(
        "Write a haiku about frost, so cold. Use all lowercase.", ["change_case:english_lowercase"], [{}]
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "so cold" in new, new


def test_a_relative_clause_on_the_statements_own_noun_goes_with_it():
    conv = ifeval_conv(
        "Write a short talk on tides for a science club, and close with a question the members can debate.",
        ["content:end_with_question"],
        [{}],
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok, rw.unverified
    assert "members can debate" not in new and "tides" in new, new


def test_a_cut_that_orphans_a_relative_clause_is_refused():
    # the relative clause describes the task's noun ("tips"), which the statement's span took in
    conv = ifeval_conv(
        "Give me a numbered list of at least 4 tips we could use on moving day, with a short reason for each.",
        ["format:numbered_list"],
        [{"num_items": 4, "relation": "at least"}],
    )
    rw, new = rewrite_last(conv, [True])
    assert not rw.ok or "tips" in new, new


def test_a_next_sentence_opening_on_a_subject_and_modal_is_no_orphan():
    conv = ifeval_conv(
        "Write a thank-you note to my neighbour in all lowercase. The note should mention her roses.",
        ["change_case:english_lowercase"],
        [{}],
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "roses" in new, (rw.unverified, new)


@pytest.mark.parametrize(
    ("prompt", "gone"),
    [
        ("Write a memo about the move. No exclamation marks please, our style guide is strict about that.", "strict"),
        ("Write a memo about the move. Avoid exclamation marks, it looks pushy. Mention the date.", "pushy"),
        ("Write a memo about the move. Never use exclamation marks, regardless of how exciting it is.", "exciting"),
    ],
)
def test_a_remark_pointing_back_at_the_statement_goes_with_it(prompt, gone):
    rw, new = rewrite_last(ifeval_conv(prompt, ["punctuation:no_exclamation"], [{}]), [True])
    assert rw.ok and gone not in new and "memo" in new, (rw.unverified, new)


def test_a_remark_of_its_own_stays():
    prompt = "Write a memo about the move. Avoid exclamation marks, our tone is calm. Mention the date."
    rw, new = rewrite_last(ifeval_conv(prompt, ["punctuation:no_exclamation"], [{}]), [True])
    assert rw.ok and "tone is calm" in new, new


def test_cut_verb_or_participle_left_without_its_object_is_a_hole():
    assert _article_hole("write it and add a note reminding them".split(), "write it and reminding them".split())
    assert not _article_hole("write it and keep reminding them".split(), "write it and keep reminding them".split())
    conv = ifeval_conv(
        "Write a limerick about a goat, and dont go over 40 words.",
        [WORDS],
        [{"num_words": 40, "relation": "less than"}],
    )
    rw, new = rewrite_last(conv, [True])
    assert not new.rstrip(".").endswith("dont go") or not rw.ok, new


@pytest.mark.parametrize(
    ("prompt", "gone", "kept"),
    [
        # the position is the statement's; a remark pointing back at it, a habit it answers go with it
        ("Write a note to my landlord about the leak. And no P.S. at the bottom, I always add one and it "
         "looks sloppy.", "bottom", "leak"),
        ("WRITE A SHOUTY GYM FLYER. THE WHOLE THING IN UPPERCASE, THE OWNER LOVES IT. MENTION THE SAUNA.",
         "LOVES", "SAUNA"),
    ],
)  # fmt: skip
def test_position_and_remarks_go_with_the_statement(prompt, gone, kept):
    ps = "P.S." in prompt
    ids = ["detectable_content:no_postscript"] if ps else ["change_case:english_capital"]
    rw, new = rewrite_last(ifeval_conv(prompt, ids, [{"postscript_marker": "P.S."} if ps else {}]), [True])
    assert rw.ok and gone not in new and kept in new, (rw.unverified, new)


def test_what_follows_a_position_is_not_taken_with_it():
    conv = ifeval_conv(
        "Draft a launch note. Add a postscript (P.S.) at the very end thanking the design team.",
        ["detectable_content:postscript"],
        [{"postscript_marker": "P.S."}],
    )
    rw, new = rewrite_last(conv, [True])
    assert "design team" in new or not rw.ok, new


def test_a_task_verb_heading_the_statement_stays_with_the_topic():
    conv = ifeval_conv(
        "Word game: write 4 or more sentences about a heron in the rain. No commas.",
        ["length_constraints:number_sentences"],
        [{"num_sentences": 4, "relation": "at least"}],
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "write about a heron" in new, (rw.unverified, new)


def test_a_comma_spliced_wish_of_its_own_stays():
    conv = ifeval_conv(
        "Write a toast for my aunt. No exclamation marks please, I want it calm.", ["punctuation:no_exclamation"], [{}]
    )
    rw, new = rewrite_last(conv, [True])
    assert rw.ok and "I want it calm." in new and "Please," not in new, new


def test_fragments_after_a_leading_and_or_a_lone_subordinate_clause():
    from rpo_cli.stages.reverse import _fragment_piece

    assert _fragment_piece(
        "Max 90 words. and please add a P.S. with a tip on verbs.", "Max 90 words. and with a tip on verbs."
    )
    assert _fragment_piece("Oh and add a P.S. from all of us.", "Oh and from all of us.")
    assert _fragment_piece("And if you can, use at least 2 similes.", "And if you can.")
    # a sentence that opened so before, or kept its main clause, is no fragment
    assert not _fragment_piece("Reply in Greek. With each answer, add a tip.", "With each answer, add a tip.")
    assert not _fragment_piece(
        "If the user asks, reply in Greek and keep it short.", "If the user asks, keep it short."
    )
