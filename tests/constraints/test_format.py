"""Table tests for detectable_format:* (IFEval semantics) and their negations."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import build
from rpo_cli.errors import ConstraintArgsError
from tests.constraints.helpers import assert_verdict_and_negation

BUL = "detectable_format:number_bullet_lists"
CR = "detectable_format:constrained_response"
HL = "detectable_format:number_highlighted_sections"
SEC = "detectable_format:multiple_sections"
JS = "detectable_format:json_format"
TI = "detectable_format:title"

BULLETS = (
    "Here are the key benefits of regular exercise:\n\n"
    "* It improves cardiovascular health.\n"
    "* It boosts mood and energy.\n"
    "- It helps maintain a healthy weight.\n\n"
    "Start slowly and build up."
)

SECTIONS = (
    "SECTION 1\nThe history of tea begins in ancient China.\n\n"
    "SECTION 2\nTea reached Europe in the 17th century.\n\n"
    "SECTION 3\nToday it is the world's second most popular drink."
)

ROWS = [
    # bullets: exactly N lines starting with "* x" or "-"
    (BUL, {"num_bullets": 3}, BULLETS, True),
    (BUL, {"num_bullets": 2}, BULLETS, False),
    (BUL, {"num_bullets": 4}, BULLETS, False),
    (BUL, {"num_bullets": 0}, "A plain paragraph with no list.", True),
    (BUL, {"num_bullets": 2}, "  * indented one\n\t- indented two", True),
    # "**Bold**" lines are not bullets; "*italic*" lines are (IFEval's pattern)
    (BUL, {"num_bullets": 1}, "**Summary**\n* only bullet", True),
    (BUL, {"num_bullets": 2}, "*Note* this line\n* real bullet", True),
    # a "---" rule and a negative number at a line start count as "-" bullets (IFEval)
    (BUL, {"num_bullets": 2}, "Intro\n---\n-5 degrees tonight.", True),
    # numbered lists are not bullets
    (BUL, {"num_bullets": 2}, "1. first\n2. second", False),
    (BUL, {"num_bullets": 2}, "* 苹果\n* 香蕉", True),
    # constrained response: one of three fixed phrases, case-sensitive, anywhere
    (CR, {}, "My answer is yes.", True),
    (CR, {}, "After weighing the evidence, my conclusion is clear. My answer is maybe.", True),
    (CR, {}, "  My answer is no.  \n", True),
    (CR, {}, "my answer is yes.", False),
    (CR, {}, "My answer is yes", False),
    (CR, {}, "My answer is probably.", False),
    (CR, {}, "是的。", False),
    # highlights: *x* and **x** spans on one line, non-blank, at least N
    (HL, {"num_highlights": 2}, "The *first step* matters, and so does the *second step*.", True),
    (HL, {"num_highlights": 2}, "Only **one bold part** here.", False),
    (HL, {"num_highlights": 1}, "Only **one bold part** here.", True),
    (HL, {"num_highlights": 2}, "*one* and **two**", True),
    (HL, {"num_highlights": 1}, "Empty ** and * * spans do not count.", False),
    (HL, {"num_highlights": 1}, "A span *broken\nacross lines* does not count.", False),
    (HL, {"num_highlights": 1}, "这是*重点*。", True),
    # two bullet stars on separate lines never pair up (no newline inside a span)
    (HL, {"num_highlights": 1}, "* apples\n* pears", False),
    # sections: "<splitter> <number>", at least N, case-sensitive
    (SEC, {"section_spliter": "SECTION", "num_sections": 3}, SECTIONS, True),
    (SEC, {"section_spliter": "SECTION", "num_sections": 4}, SECTIONS, False),
    (SEC, {"section_spliter": "Section", "num_sections": 1}, SECTIONS, False),
    (SEC, {"section_spliter": " SECTION ", "num_sections": 3}, SECTIONS, True),  # splitter is stripped
    (SEC, {"section_spliter": "PARAGRAPH", "num_sections": 2}, "PARAGRAPH 1 Hi.\nPARAGRAPH2 Bye.", True),
    (SEC, {"section_spliter": "SECTION", "num_sections": 1}, "SECTION X\nno number", False),
    # escaped splitter: "Part." is literal, so "Part 1" does not match it
    (SEC, {"section_spliter": "Part.", "num_sections": 1}, "Part 1 intro", False),
    (SEC, {"section_spliter": "Part.", "num_sections": 1}, "Part. 1 intro", True),
    (SEC, {"section_spliter": "*", "num_sections": 2}, "* 1 a\n* 2 b", True),
    (SEC, {"section_spliter": "章节", "num_sections": 2}, "章节 1 开始\n章节 2 结束", True),
    # JSON: the whole output, optionally in one ``` fence
    (JS, {}, '{"name": "Ada", "langs": ["en", "fr"]}', True),
    (JS, {}, '```json\n{"name": "Ada"}\n```', True),
    (JS, {}, "```JSON\n[1, 2, 3]\n```", True),
    (JS, {}, '```\n{"a": null}\n```', True),
    (JS, {}, '  \n{"a": 1}\n  ', True),
    (JS, {}, '"just a JSON string"', True),
    (JS, {}, "42", True),
    (JS, {}, 'Here is the JSON:\n```json\n{"a": 1}\n```', False),
    (JS, {}, "{'a': 1}", False),
    (JS, {}, '{"a": 1,}', False),
    (JS, {}, '{"城市": "北京"}', True),
    # title: <<...>> on one line, non-blank
    (TI, {}, "<<Ode to the Sea>>\n\nThe waves roll in...", True),
    (TI, {}, "The poem is called <<Autumn>> and it is short.", True),
    (TI, {}, "<<   >>\nNo real title.", False),
    (TI, {}, "<<>>", False),
    (TI, {}, "<<split\ntitle>>", False),
    (TI, {}, "<Single brackets>", False),
    (TI, {}, "<<春之歌>>", True),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdicts_and_reversal(type_id, kwargs, response, expected):
    assert_verdict_and_negation(type_id, kwargs, response, expected)


def test_negation_ids():
    assert {build(t, k).reverse().id for t, k, _, _ in ROWS} == {
        "detectable_format:not_number_bullet_lists",
        "detectable_format:not_constrained_response",
        "detectable_format:fewer_highlighted_sections",
        "detectable_format:fewer_sections",
        "detectable_format:not_json_format",
        "detectable_format:no_title",
    }


def test_deeply_nested_json_is_unknown_not_a_verdict():
    res = build(JS, {}).check("[" * 100_000 + "]" * 100_000)
    assert res.followed in (True, None)  # json may refuse the depth: that is unknown, never a fail


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        (BUL, {}),
        (BUL, {"num_bullets": "many"}),
        (BUL, {"num_bullets": -2}),
        (HL, {}),
        (HL, {"num_highlights": 1.5}),
        (SEC, {"num_sections": 3}),
        (SEC, {"section_spliter": "SECTION"}),
        (SEC, {"section_spliter": "  ", "num_sections": 2}),
        (SEC, {"section_splitter": "SECTION", "num_sections": 2}),
        (CR, {"options": ["yes"]}),
        (JS, {"indent": 2}),
        (TI, {"title": "x"}),
        ("detectable_format:fewer_sections", {"section_spliter": "SECTION"}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)
