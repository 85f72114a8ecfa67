"""Session 5 (rewcut): cuts the guard used to refuse, rewritten correctly where a correct rewrite exists
(a translation keeps its object, two versions keep the thing asked for, a link's own object and a
bare "we love" go with the statement, a restatement's opener goes with it), and near misses that
must still be refused or left alone."""

import pytest

from rpo_cli.stages.reverse import _BARE_FRAME, _RESTATE_OPENER
from tests.rewrite_helpers import ifeval_conv, rewrite_last

LANG = "language:response_language"


def _rw(prompt, ids, kwargs, flags):
    return rewrite_last(ifeval_conv(prompt, ids, kwargs), flags)


# --- a translation request keeps its verb and object; only the target language goes ---------------


@pytest.mark.parametrize(
    "prompt, lang, kept",
    [
        ("Translate our barista job ad into German for the Berlin location. Keep it under 120 words.", "de",
         "Translate our barista job ad for the Berlin location."),
        ("Please translate this museum label into Modern Greek for the new gallery.", "el",
         "Please translate this museum label for the new gallery."),
        ("Localise this reminder into Polish for SMS: 'Your book is due Friday.'", "pl",
         "Localise this reminder for SMS:"),
        ("translate the following paragraph to French. It is for my aunt's shop.", "fr",
         "translate the following paragraph."),
        ("Can you translate my welcome note into Spanish? Keep it under 50 words.", "es",
         "translate my welcome note?"),
    ],
)  # fmt: skip
def test_a_translation_keeps_its_object_and_loses_its_language(prompt, lang, kept):
    ids, kw = [LANG], [{"language": lang}]
    if "words" in prompt:
        ids, kw = [*ids, "length_constraints:number_words"], [*kw, {"relation": "less than", "num_words": 120}]
        if "50 words" in prompt:
            kw[1]["num_words"] = 50
    rw, text = _rw(prompt, ids, kw, [True] + [False] * (len(ids) - 1))
    assert rw.ok, (rw.unverified, text)
    assert kept in text
    assert "Do not respond in" in text


def test_a_translation_with_no_object_of_its_own_is_not_split():
    # "Translate into German: ..." keeps no object: cutting the language would leave "Translate:"
    _, text = _rw("Translate into German: 'The shop opens at nine.'", [LANG], [{"language": "de"}], [True])
    assert "Translate:" not in text


# --- two versions of one thing keep the thing ---------------------------------------------------


@pytest.mark.parametrize(
    "prompt, kept",
    [
        ("Give me two versions of a Facebook ad for our summer kayak rentals, separated by six asterisks (******). "
         "Include at least one emoji.", "Give me a Facebook ad for our summer kayak rentals."),
        ("Write 2 different versions of the welcome email for new gym members, separated by ******. "
         "Keep it friendly.", "Write the welcome email for new gym members."),
        ("Draft two alternative versions of our bakery's opening announcement, separated by 6 asterisks.",
         "Draft our bakery's opening announcement."),
    ],
)  # fmt: skip
def test_two_versions_of_a_thing_keep_the_thing(prompt, kept):
    ids, kw = ["combination:two_responses"], [{}]
    if "emoji" in prompt:
        ids, kw = [*ids, "format:use_emoji"], [*kw, {}]
    rw, text = _rw(prompt, ids, kw, [True] + [False] * (len(ids) - 1))
    assert rw.ok, (rw.unverified, text)
    assert text.startswith(kept)
    assert "version" not in text.lower()


# --- a link's own object goes with it when it names nothing of the task ------------------------


def test_a_links_object_that_names_nothing_of_the_task_goes_with_it():
    prompt = (
        "Write a proposal summary for Acme Dental's switch to our scheduling platform. "
        "Include at least one link to our case study page. Skip emojis entirely."
    )
    rw, text = _rw(prompt, ["content:include_url", "format:no_emoji"], [{}, {}], [True, False])
    assert rw.ok, (rw.unverified, text)
    assert "case study" not in text and "Write a proposal summary for Acme Dental's switch" in text


def test_a_links_object_that_names_the_task_is_never_dropped():
    # "the Zephyr headphones" is what the ad is about: dropping it with the link would lose the task
    prompt = "Write an ad for the Zephyr headphones. Include one link to the Zephyr headphones page."
    rw, text = _rw(prompt, ["content:include_url"], [{}], [True])
    assert not rw.ok or text.count("Zephyr") == 2


# --- a subject and verb with nothing left to take ----------------------------------------------


@pytest.mark.parametrize("lead", ["We love ", "we really love ", "I like ", "And we adore "])
def test_a_bare_frame_goes_with_its_statement(lead):
    assert _BARE_FRAME.fullmatch(lead)


@pytest.mark.parametrize("lead", ["We love hiking, so ", "My kids love ", "We love the coast and "])
def test_a_frame_with_words_of_its_own_stays(lead):
    assert not _BARE_FRAME.fullmatch(lead)


def test_we_love_the_letter_goes_with_the_letter():
    prompt = "Write a product blurb for our hot sauce, Zing Zone. We love the letter z, so use it at least 8 times."
    kw = [{"letter": "z", "let_frequency": 8, "let_relation": "at least"}]
    rw, text = _rw(prompt, ["keywords:letter_frequency"], kw, [True])
    assert rw.ok, (rw.unverified, text)
    assert "We love" not in text and text.startswith("Write a product blurb for our hot sauce, Zing Zone.")


# --- a restatement's opener goes with it -------------------------------------------------------


@pytest.mark.parametrize(
    "opener",
    ["Again: ", "again, ", "i repeat, ", "To be clear: ", "Just to stress it again: ", "Once more - ", "Repito: "],
)
def test_restatement_openers(opener):
    assert _RESTATE_OPENER.fullmatch(opener)


@pytest.mark.parametrize("opener", ["Again the team ", "I repeat this every year, ", "To be clear about the budget, "])
def test_openers_with_words_of_their_own_are_not_openers(opener):
    assert not _RESTATE_OPENER.fullmatch(opener)


def test_a_restated_ban_loses_its_opener_too():
    prompt = "Write a memo on library hours, at least 400 words. Do not put any URLs in it. Again: no links."
    rw, text = _rw(prompt, ["content:no_urls"], [{}], [True])
    assert rw.ok, (rw.unverified, text)
    assert "Again" not in text and "no links" not in text


# --- a verb shared with a second complement stays with it ----------------------------------------


@pytest.mark.parametrize(
    "prompt, kept",
    [
        ("Rewrite this note into something polished: 'thanks for the help'. Keep it under 60 words and in first "
         "person.", "Keep it in first person."),
        ("Write a toast for my brother's wedding. Keep it under 120 words and in the second person.",
         "Keep it in the second person."),
        ("Write a toast for my brother's wedding. Make it less than 120 words and upbeat.", "Make it upbeat."),
    ],
)  # fmt: skip
def test_a_shared_keep_it_stays_with_its_other_complement(prompt, kept):
    n = 60 if "60" in prompt else 120
    rw, text = _rw(prompt, ["length_constraints:number_words"], [{"relation": "less than", "num_words": n}], [True])
    assert rw.ok, (rw.unverified, text)
    assert kept in text


def test_a_second_clause_with_a_verb_of_its_own_is_not_taken_for_a_complement():
    prompt = "Write a toast for my brother's wedding. Keep it under 120 words and make the jokes gentle."
    _, text = _rw(prompt, ["length_constraints:number_words"], [{"relation": "less than", "num_words": 120}], [True])
    assert "Keep it make" not in text and "make the jokes gentle" in text.lower()


# --- a subject and verb that only lead into a count --------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "Prepare a policy memo on library hours. The memo needs to run to at least 400 words.",
        "Write an essay on tidal power. The essay should come in at at least 400 words.",
        "Draft a report on bus routes. And the report has to be at least 400 words.",
    ],
)
def test_a_count_lead_naming_the_task_object_goes_with_the_count(prompt):
    kw = [{"relation": "at least", "num_words": 400}]
    rw, text = _rw(prompt, ["length_constraints:number_words"], kw, [True])
    assert rw.ok, (rw.unverified, text)
    assert "needs to" not in text and "should come" not in text and "has to be" not in text


def test_a_count_lead_naming_something_new_is_not_dropped():
    # "the appendix" is named nowhere else: it says what the count applies to, and must not go silently
    prompt = "Prepare a policy memo on library hours. The appendix needs to run to at least 400 words."
    kw = [{"relation": "at least", "num_words": 400}]
    rw, text = _rw(prompt, ["length_constraints:number_words"], kw, [True])
    assert not rw.ok or "appendix" in text


# --- what a statement carries that is its own --------------------------------------------------


def test_a_general_extender_goes_with_the_ban():
    prompt = "Need a birthday message for my sister. Each one short!! and no hashtags or anything daft like that"
    _, text = _rw(prompt, ["content:number_hashtags"], [{"relation": "less than", "num_hashtags": 1}], [True])
    assert "anything daft" not in text


def test_a_contracted_verb_is_a_verb():
    from rpo_cli.stages.reverse import _has_verb

    assert _has_verb("I'm not very technical.") and _has_verb("we've got a 10-minute slot") and _has_verb("it's late")
    assert not _has_verb("Mum's garden.")


def test_inflected_constraint_wording_is_not_the_task():
    from rpo_cli.stages.reverse import _swallowed_words

    assert _swallowed_words("no word repeated more than twice across the whole thing", {"small_n": 2}) == []
    assert _swallowed_words("keep it tight: ~150 words max", {"num_words": 151}) == []
    # a real task noun the span took in still counts
    assert "limerick" in _swallowed_words("write a limerick about my cat in under 40 words", {"num_words": 40})


# --- a phrasal verb's particle, and the reason, go with the statement --------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "Write me a script for my talk on the old railway. Don't put any headings in, I'm reading it out.",
        "Write me a script for my talk on the old railway. Please don't stick any headings in, I read it aloud.",
    ],
)
def test_a_particle_goes_with_its_statement(prompt):
    kw = [{"num_headings": 1, "relation": "less than"}]
    rw, text = _rw(prompt, ["format:markdown_headings"], kw, [True])
    assert rw.ok, (rw.unverified, text)
    assert " in," not in text and "In," not in text and "Use at least 1 Markdown heading" in text


def test_a_reason_goes_with_its_reversed_ban_and_stops_at_the_next_requirement():
    prompt = (
        "Prepare a policy memo for the city council on library hours. Do not put any URLs in it, because "
        "councillors read it on paper, and keep it under 500 words."
    )
    kw = [{}, {"relation": "less than", "num_words": 500}]
    rw, text = _rw(prompt, ["content:no_urls", "length_constraints:number_words"], kw, [True, False])
    assert rw.ok, (rw.unverified, text)
    assert "councillors" not in text and "Answer with fewer than 500 words." in text


def test_a_reason_tail_never_takes_the_next_requirement_with_a_whole_sentence():
    # the sentence is not only the ban: what follows ", and keep" is a requirement of its own, kept
    prompt = "Write a memo on library hours. No URLs, since it is printed, and keep every heading in bold."
    rw, text = _rw(prompt, ["content:no_urls"], [{}], [True])
    assert "keep every heading in bold" in text.lower() or not rw.ok, text


def test_a_translation_beside_a_statement_of_its_own_is_left_whole():
    # the language is stated on its own too: the request's "into Japanese" reads as the task's, not split
    prompt = "Translate this welcome message for our guests into Japanese: 'Welcome!' Respond in Japanese only."
    rw, text = _rw(prompt, [LANG], [{"language": "ja"}], [True])
    assert not rw.ok or "into Japanese" in text
