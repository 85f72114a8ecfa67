"""Format-like families, session 4 (fmt8): an unquoted word named by its noun as the subject, an unquoted
sentence after a colon, a quoted label of a paragraph, unquoted openings and closings in capitals or marks,
bare JSON keys, Markdown dropped by an editing verb, fenced code blocks with adjectives, a heading count after
"but". Variants written here, not the dev sentences, and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

EX, FW, RP = "keywords:existence", "keywords:forbidden_words", "keywords:required_phrase"
END, START = "startend:end_checker", "startend:start_phrase"
KEYS, NOMD, CODE, HEAD = "format:json_keys", "format:no_markdown", "format:code_block", "format:markdown_headings"


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [t for t, _ in got(text)]


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        # an unquoted word named by its noun, as the subject
        ("Keep it short. The term escrow must appear somewhere in the reply.", EX, {"keywords": ["escrow"]}),
        ("make sure the acronym APR shows up, my readers know it", EX, {"keywords": ["APR"]}),
        ("the keyword ROI needs to be in there", EX, {"keywords": ["ROI"]}),
        ("Short answer. The word refund has to be in it.", EX, {"keywords": ["refund"]}),
        ("The abbreviation KPI must not appear.", FW, {"forbidden_words": ["KPI"]}),
        # a quoted line or sentence as the subject
        ('the sentence "We never close." has to be in there', RP, {"phrase": "We never close."}),
        ('The exact line "Hold the door" must appear somewhere in your answer.', RP, {"phrase": "Hold the door"}),
        # an unquoted sentence after a colon
        ("Always include this exact sentence: Prices may change without notice.", RP,
         {"phrase": "Prices may change without notice."}),
        ("Add the following line: Results may vary by location.", RP, {"phrase": "Results may vary by location."}),
        ("Insert this disclaimer: This is not legal advice.", RP, {"phrase": "This is not legal advice."}),
        # a quoted label opening a paragraph
        ('Every reply must include a "Root cause:" paragraph.', RP, {"phrase": "Root cause:"}),
        ('add a "Bottom line" note after the summary', RP, {"phrase": "Bottom line"}),
        # unquoted openings and closings in capitals or marks
        ("Write the memo. It must begin with CONFIDENTIAL DRAFT and be brief.", START,
         {"start_phrase": "CONFIDENTIAL DRAFT"}),
        ("hype post for the raid tonight, end it with GG EZ", END, {"end_phrase": "GG EZ"}),
        ("Close the story with -30- like the old newsroom did.", END, {"end_phrase": "-30-"}),
        ("finish the thread with ### (our house style)", END, {"end_phrase": "###"}),
        ('start ur reply with "ok so," then explain', START, {"start_phrase": "ok so,"}),
        # bare JSON keys
        ("return one json object with the keys title, year and genre.", KEYS, {"keys": ["title", "year", "genre"]}),
        ("Output JSON only — keys: sku, qty, price.", KEYS, {"keys": ["sku", "qty", "price"]}),
        ("Respond in JSON using the fields id, owner, and due_date.", KEYS, {"keys": ["id", "owner", "due_date"]}),
        ("Return JSON (keys: id, score) and nothing else.", KEYS, {"keys": ["id", "score"]}),
        # Markdown dropped, code fenced, a heading count after "but"
        ("It goes into an SMS gateway, so drop the markdown.", NOMD, {}),
        ("strip out all the markdown formatting please", NOMD, {}),
        ("put the script in a proper ``` code block", CODE, {"num_blocks": 1, "relation": "at least"}),
        ("Give me the query in a real fenced code block.", CODE, {"num_blocks": 1, "relation": "at least"}),
        ("Use section headings, but at most 4 of them.", HEAD, {"num_headings": 5, "relation": "less than"}),
        # an unquoted word after a ban verb or "using the word"; capitalised names after "gotta mention"
        ("keep it simple. ban the word leverage.", FW, {"forbidden_words": ["leverage"]}),
        ("skip the term synergy, it's tired", FW, {"forbidden_words": ["synergy"]}),
        ("Flag the delay using the word ETA.", EX, {"keywords": ["ETA"]}),
        ("short recap of the match, gotta mention Messi and Barcelona", EX, {"keywords": ["Messi", "Barcelona"]}),
        ("Also, need to mention Oslo, Bergen and Tromso.", EX, {"keywords": ["Oslo", "Bergen", "Tromso"]}),
    ],
)
def test_fmt8_variants(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("The word count must be under 100 words.", EX),
        ("The term paper should be in it by Friday.", EX),
        ("Explain why the word literally appears so often in speech.", EX),
        ("The word refund can appear if needed.", EX),
        ('Include a "Testing" heading and a "Risk" heading.', EX),
        ("Include this sentence: short", RP),
        ('Don\'t include a "Disclaimer" paragraph.', RP),
        ("Start with FAQ basics and move on to advanced topics.", START),
        ("End each section with ***", END),
        ("Begin with a TL;DR.", START),
        ("Write a blog post about keys, locks and doors in JSON.", KEYS),
        ("Return JSON with the keys and values sorted.", KEYS),
        ("Skip the markdown section of the README and explain the rest.", NOMD),
        ("Show me how to use a code block in my notes app.", CODE),
        ("Don't avoid the word refund.", FW),
    ],
)
def test_fmt8_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


def test_shouted_prompt_marks_no_literal() -> None:
    assert END not in ids("WRITE A HYPE POST FOR THE RAID AND END IT WITH GG EZ")
