"""Format, length and combination families, session 5 (gramB): a bound written after the count ("4
bullets, no more", "one highlighted section, max", "Number the titles, eight minimum"), a bound after an
approximate count ("~150 words max", "Around 5 sentences but not more than 6"), counted items asked
"as/with bullet points", highlights named before their count ("bold the key terms (at least 4 of
them)"), markdown asked by its look ("make it look nice with markdown"), the question copied out before
the answer. Variants written here, not the dev sentences, and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

W, S, L = "length_constraints:number_words", "length_constraints:number_sentences", "length:number_lines"
BP, NB = "format:bullet_points", "detectable_format:number_bullet_lists"
HI, FHI = "detectable_format:number_highlighted_sections", "detectable_format:fewer_highlighted_sections"
NL, MDH = "format:numbered_list", "format:markdown_headings"
UMD, NMD = "format:use_markdown", "format:no_markdown"
RP, NRP = "combination:repeat_prompt", "combination:not_repeat_prompt"


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [t for t, _ in got(text)]


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        # a "no more" after a count ends at "than": the next clause's bound is its own
        ("keep it under 50 words and no more than 5 lines", L, {"num_lines": 6, "relation": "less than"}),
        ("keep it under 50 words and no more than 5 lines", W, {"num_words": 50, "relation": "less than"}),
        ("Stay under 120 words, and not more than 4 lines.", W, {"num_words": 120, "relation": "less than"}),
        # an approximate count with a hard cap after it
        ("keep it tight: ~150 words max.", W, {"num_words": 151, "relation": "less than"}),
        ("~80 words tops please", W, {"num_words": 81, "relation": "less than"}),
        ("Around 5 sentences but not more than 6.", S, {"num_sentences": 7, "relation": "less than"}),
        ("About 4 sentences, 6 max.", S, {"num_sentences": 7, "relation": "less than"}),
        ("roughly 8 sentences but no fewer than 6", S, {"num_sentences": 6, "relation": "at least"}),
        # a part named before a new instruction does not scope it
        (
            "Begin with a short sentence and give me at least six sentences in total.",
            S,
            {"num_sentences": 6, "relation": "at least"},
        ),
        ("Open with a question and write at least 5 sentences.", S, {"num_sentences": 5, "relation": "at least"}),
        # bullets: the relation after the count
        ("then 4 bullets, no more.", BP, {"num_bullets": 5, "relation": "less than"}),
        ("Three bullet points and no more", BP, {"num_bullets": 4, "relation": "less than"}),
        ("Use 3 bullet points and no fewer.", BP, {"num_bullets": 3, "relation": "at least"}),
        ("8 bullets, no more no less.", NB, {"num_bullets": 8}),
        # items asked as bullets
        ("give 3 example with bullet point", NB, {"num_bullets": 3}),
        ("list 6 cheap dinner ideas using bullets", NB, {"num_bullets": 6}),
        ("Give me 5 reasons to visit Oslo as bullet points", NB, {"num_bullets": 5}),
        (
            "give me at least 8 name ideas for my chill lofi study stream playlists, as bullet points",
            BP,
            {"num_bullets": 8, "relation": "at least"},
        ),
        ("suggest at most 4 titles, in bullets", BP, {"num_bullets": 5, "relation": "less than"}),
        # highlights
        ("(c) bold nothing except the credit amount (so one highlighted section, max)", FHI, {"num_highlights": 2}),
        ("2 highlighted sections max, in markdown", FHI, {"num_highlights": 3}),
        ("Use 3 or more bolded phrases.", HI, {"num_highlights": 3}),
        ("bold the key terms (at least 4 of them)", HI, {"num_highlights": 4}),
        ("Italicize the main ideas, at most two.", FHI, {"num_highlights": 3}),
        ("Bold the important dates - at least 3", HI, {"num_highlights": 3}),
        (
            "write one that highlights at least three key terms in markdown italics, like *reparations*",
            HI,
            {"num_highlights": 3},
        ),
        # numbered: the count after "Number the X"
        (
            "A reading list please. Number the titles, eight minimum, and give the author.",
            NL,
            {"num_items": 8, "relation": "at least"},
        ),
        ("Number the steps, at least 5.", NL, {"num_items": 5, "relation": "at least"}),
        ("Number the ideas (10 or more).", NL, {"num_items": 10, "relation": "at least"}),
        ("Number the recipes: 6 max.", NL, {"num_items": 7, "relation": "less than"}),
        # headings by their mark
        ("Break it up with three or more # headings.", MDH, {"num_headings": 3, "relation": "at least"}),
        ("Use at least 2 ## headings", MDH, {"num_headings": 2, "relation": "at least"}),
        # markdown by its look
        ("Make it look nice with markdown, headings and bold and that.", UMD, {}),
        ("format it nicely in Markdown", UMD, {}),
        ("jazz it up with markdown", UMD, {}),
        ("make the flyer look pretty with markdown", UMD, {}),
        ("plain text no fancy formatting", NMD, {}),
        ("plain text, no special formatting", NMD, {}),
    ],
)
def test_reads(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Number the steps and keep it under 200 words.", NL),  # (only the plain numbered list)
        ("Write 3 short paragraphs with bullet points", NB),
        ("Give 2 examples with bullet points under each", NB),
        ("give 3 examples and explain each with bullet points", NB),
        ("I highlighted 3 sections max in markdown yesterday", FHI),
        ("Name the key terms (at least 4 of them)", HI),
        ("Don't make it look fancy with markdown", UMD),
        ("I want it to look nice with markdown but the app strips it", UMD),
        ("~150 words", W),
        ("about 150 words", W),
    ],
)
def test_near_misses(text: str, tid: str) -> None:
    if tid == NL:
        assert (NL, {"num_items": 201, "relation": "less than"}) not in got(text)
    else:
        assert tid not in ids(text)


REQ = "How often should I feed a sourdough starter that lives in the fridge?"
COPY_OUT = "First copy out my question exactly as I wrote it, then answer it in less than 100 words. My question is: "


@pytest.mark.parametrize(
    "text",
    [
        COPY_OUT + REQ,
        f"Before you answer, copy the customer's question below word for word, then answer it.\n\nQuestion: {REQ}",
        f"Reproduce my question verbatim first, then answer.\nQuestion: {REQ}",
        f"Copy down the user's question word for word before answering.\n\nQuestion: {REQ}",
    ],
)
def test_repeat_copied(text: str) -> None:
    assert (RP, {"prompt_to_repeat": REQ}) in got(text)


def test_repeat_leaves_the_answer_count() -> None:
    text = COPY_OUT + REQ
    assert (W, {"num_words": 100, "relation": "less than"}) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        f"don't begin by repeating my question back to me, just answer it. my question is: {REQ}",
        f"Do not start your answer by restating my question. My question: {REQ}",
    ],
)
def test_not_repeat_begin_by(text: str) -> None:
    assert (NRP, {"prompt_to_repeat": REQ}) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Copy my question into your notes if you like. My question is: {REQ}",  # no exact-copy word
        f"I copied the customer's question below word for word.\n\nQuestion: {REQ}",  # a report
    ],
)
def test_repeat_near_misses(text: str) -> None:
    assert RP not in ids(text)


MS, SUBB = "detectable_format:multiple_sections", "format:sub-bullets"


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        (
            "We're doing 4 days in Lisbon. Can you plan it day by day, mark each one as Day 1, Day 2 etc.",
            {"section_spliter": "Day", "num_sections": 4},
        ),
        (
            'Organise it into 4 parts, each introduced by a header line of the form "Part 1", "Part 2" and so on.',
            {"section_spliter": "Part", "num_sections": 4},
        ),
        ("Write 5 scenes, each headed Scene 1, Scene 2 etc.", {"section_spliter": "Scene", "num_sections": 5}),
        (
            "A training plan over 3 weeks. Label each week as Week 1, Week 2, and so on.",
            {"section_spliter": "Week", "num_sections": 3},
        ),
    ],
)
def test_sections_counted_then_marked(text: str, kw: dict) -> None:
    assert (MS, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "I spent 4 days there. Don't label each one as Day 1, Day 2 etc.",  # negated
        "Plan my trip, mark each one as Day 1, Day 2 etc.",  # no count anywhere
        "We have 3 days or 4 days. mark each one as Day 1, Day 2 etc.",  # two counts: which?
    ],
)
def test_sections_marked_near_misses(text: str) -> None:
    assert MS not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "bullet points with * and under each one put little sub bullets with - for the actual stuff.",
        "Use * bullets for the main stages and put at least one sub-bullet (marked with -) under every stage.",
        "Add a sub-point beneath each main idea.",
        "Under every bullet, add some short sub-bullets.",
    ],
)
def test_sub_bullets(text: str) -> None:
    assert SUBB in ids(text)


@pytest.mark.parametrize(
    "text", ["Don't put sub-bullets under each stage.", "Under each heading put a short paragraph."]
)
def test_sub_bullets_near_misses(text: str) -> None:
    assert SUBB not in ids(text)
