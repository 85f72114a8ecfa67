"""A statement's own tail (its reason, an aside in brackets, a remark pointing back at it, an
intensifier, its purpose or share-out) goes with it: a sentence holding only statements and their
tails is replaced whole instead of refused as a fragment; what a tail cannot account for (a
P.S.'s content, a name in another script, a CJK task clause) keeps the pair refused or the task
kept (issue 11: refusals sorted into true / false / fixable)."""

from __future__ import annotations

import pytest

from tests.rewrite_helpers import ifeval_conv, rewrite_last

LOWER = "change_case:english_lowercase"
NO_COMMA = "punctuation:no_comma"
WORDS = "length_constraints:number_words"
PS = "detectable_content:postscript"
BULLETS = "detectable_format:number_bullet_lists"
NUMBERED = "format:numbered_list"
LANG = "language:response_language"
PARAS = "length:number_paragraphs_blankline"
EXIST = "keywords:existence"
NO_URL = "content:no_urls"


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "gone", "kept"),
    [
        # a reason after it ("because", "cuz", "since")
        ("Draft a short birthday note for my nephew. Write it all in lowercase cuz he thinks capitals are shouting.",
         [LOWER], [{}], "shouting", "Draft a short birthday note for my nephew."),
        ("Summarise the plot of Hamlet for a quiz night. Avoid commas since our slides split on them.",
         [NO_COMMA], [{}], "slides", "Summarise the plot of Hamlet for a quiz night."),
        # a remark pointing back at it
        ("Describe a foggy harbour at dawn. It should be at least 150 words, which is a stretch for me.",
         [WORDS], [{"num_words": 150, "relation": "at least"}], "stretch", "Describe a foggy harbour at dawn."),
        # an intensifier, then its reason
        ("List some cheap weekend hobbies. And no commas whatsoever since I paste it into a CSV.",
         [NO_COMMA], [{}], "CSV", "List some cheap weekend hobbies."),
        # a span that took the reason's "so" in leaves the reason to go with it
        ("Give me tips for learning the ukulele. Please **bold** at least 2 of the tips so they pop.",
         ["detectable_format:number_highlighted_sections"], [{"num_highlights": 2}], "pop",
         "Give me tips for learning the ukulele."),
        ("Give me tips for learning the ukulele. Please avoid commas so it reads fast.",
         [NO_COMMA], [{}], "fast", "Give me tips for learning the ukulele."),
        # a polite frame after "also"
        ("Outline a three-day trip to Porto. Also it would be great if you could avoid commas.",
         [NO_COMMA], [{}], "great", "Outline a three-day trip to Porto."),
        # a share-out of its count
        ("Here are the fixes in release 2.3: a faster parser, a new theme, a login fix. Use exactly 3 bullet "
         "points, one per fix.", [BULLETS], [{"num_bullets": 3}], "one per fix", "a login fix."),
    ],
)  # fmt: skip
def test_a_statement_with_its_tail_is_replaced_whole(prompt, ids, kwargs, gone, kept):
    rw, new = rewrite_last(ifeval_conv(prompt, ids, kwargs), [True])
    assert rw.ok, (rw.unverified, new)
    assert gone not in new and kept in new


def test_a_preposition_and_article_that_led_into_a_cut_noun_go_with_it():
    conv = ifeval_conv(
        "Could you lay out the recipe as a numbered list, 6 steps or fewer?", [NUMBERED],
        [{"num_items": 7, "relation": "less than"}],
    )  # fmt: skip
    _, new = rewrite_last(conv, [True])
    assert "as a?" not in new and "as a." not in new


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs"),
    [
        # the P.S. says what goes in it: the task's words, refused rather than dropped
        ("Write a welcome email for new gym members. Also add a P.S. with one reminder about locker etiquette.",
         [PS], [{"postscript_marker": "P.S."}]),
        # a name in another script inside an English statement
        ("For the museum leaflet: a short English write-up of Ακρόπολη Μουσείο, opening hours included.",
         [LANG], [{"language": "en"}]),
    ],
)  # fmt: skip
def test_what_a_tail_cannot_account_for_is_not_dropped(prompt, ids, kwargs):
    rw, new = rewrite_last(ifeval_conv(prompt, ids, kwargs), [True])
    assert not rw.ok or ("locker" in new or "Ακρόπολη" in new), new


def test_a_cjk_task_clause_beside_a_statement_is_kept():
    prompt = "请介绍一下长城的历史，最多三段，段落之间空一行。"
    rw, new = rewrite_last(ifeval_conv(prompt, [PARAS], [{"num_paragraphs": 4, "relation": "less than"}]), [True])
    assert not rw.ok or "长城" in new, new


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "kept"),
    [
        # near misses: a reason that is not the statement's tail, a task clause after it
        ("Write in lowercase a poem about the sea because my daughter loves whales.", [LOWER], [{}], "sea"),
        ("Don't include any links, and tell me how tides work on the Moon.", [NO_URL], [{}], "tides"),
        ("Make sure the word \"harbor\" appears, then describe the boats in the morning light.",
         [EXIST], [{"keywords": ["harbor"]}], "boats"),
    ],
)  # fmt: skip
def test_a_task_beside_the_statement_is_never_replaced(prompt, ids, kwargs, kept):
    rw, new = rewrite_last(ifeval_conv(prompt, ids, kwargs), [True])
    assert not rw.ok or kept in new, new


def test_an_untyped_ban_listed_beside_a_statement_stays():
    conv = ifeval_conv("Name my bakery's new rye loaf. Title Case, under 8 words, no hyphens.", [WORDS],
                       [{"num_words": 8, "relation": "less than"}])  # fmt: skip
    rw, new = rewrite_last(conv, [True])
    assert not rw.ok or "hyphens" in new, new
