"""Table tests for the persona-prompt constraint types (rpo_cli/constraints/extra*.py)."""

from __future__ import annotations

import pytest

from rpo_cli.constraints import all_types, build
from rpo_cli.errors import ConstraintArgsError

LT, AL = "less than", "at least"

PIRATE = (
    "Ahoy, matey! The sea be calm today, and the wind be at our backs.\n\n"
    "We sail at dawn for Tortuga. Bring yer compass and a stout heart.\n\n"
    "Will ye join the crew?"
)
MD = """# Packing list

Here is what to bring on **day one**:

1. A compass
2. Dry socks
3) Rope

- snacks
  - apples
* water

> Pack light.

```python
print("# not a heading")
1. not a list
```
"""
PLAIN = "Sure. Bring a compass, dry socks and some rope. Pack light, and leave early."

ROWS = [
    # length:number_characters: code points of the stripped response, spaces included
    ("length:number_characters", {"num_chars": 10, "relation": LT}, "  Hi there  \n", True),  # 8 chars
    ("length:number_characters", {"num_chars": 8, "relation": LT}, "Hi there", False),
    ("length:number_characters", {"num_chars": 8, "relation": AL}, "Hi there", True),
    ("length:number_characters", {"num_chars": 5, "relation": AL}, "你好，世界！", True),  # 6 code points
    ("length:number_characters", {"num_chars": 280, "relation": LT}, PIRATE, True),
    # length:number_nonspace_characters: 字 (whitespace not counted, punctuation counted)
    ("length:number_nonspace_characters", {"num_chars": 6, "relation": LT}, "你好，世界！", False),
    ("length:number_nonspace_characters", {"num_chars": 6, "relation": AL}, "你 好，\n世界！", True),
    ("length:number_nonspace_characters", {"num_chars": 8, "relation": LT}, "Hi there", True),  # 7 letters
    # length:number_lines: non-blank lines
    ("length:number_lines", {"num_lines": 3, "relation": AL}, PIRATE, True),
    ("length:number_lines", {"num_lines": 4, "relation": AL}, PIRATE, False),
    ("length:number_lines", {"num_lines": 2, "relation": LT}, "one line\n\n   \n", True),
    # length:number_paragraphs_blankline
    ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL}, PIRATE, True),
    ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT}, PIRATE, False),
    ("length:number_paragraphs_blankline", {"num_paragraphs": 2, "relation": LT}, "Line one.\nLine two.", True),
    # a whitespace-only line separates; a "***" rule separates and is no paragraph
    ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL}, "A.\n  \nB.\n\n***\n\nC.", True),
    ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL}, "A.\n  \nB.\n\n***\n\nC.", False),
    # length:max_words_per_sentence (negation: length:long_sentence)
    ("length:max_words_per_sentence", {"max_words": 12}, PIRATE, True),  # longest: 12 words
    ("length:max_words_per_sentence", {"max_words": 11}, PIRATE, False),
    # list items without a period are sentences of their own, not run into the next line
    ("length:max_words_per_sentence", {"max_words": 4}, "- Bring a compass\n- Pack some dry socks\nGo.", True),
    ("length:max_words_per_sentence", {"max_words": 4}, "Dr. Smith sails at dawn. Fine.", False),  # 5 words
    ("length:long_sentence", {"max_words": 4}, "Dr. Smith sails at dawn. Fine.", True),
    # keywords:required_phrase (negation: keywords:forbidden_phrase)
    ("keywords:required_phrase", {"phrase": "shiver me timbers"}, "Well, SHIVER ME\nTIMBERS, a storm!", True),
    ("keywords:required_phrase", {"phrase": "don't worry"}, "Don’t worry, matey.", True),  # curly apostrophe
    ("keywords:required_phrase", {"phrase": "cat"}, "Pick a category.", False),  # not inside a longer word
    ("keywords:required_phrase", {"phrase": "cat"}, "Pick a category, cat.", True),
    ("keywords:required_phrase", {"phrase": "AI"}, "I said so.", False),
    ("keywords:required_phrase", {"phrase": "AI"}, "我用AI写作。", True),  # CJK neighbours are no word boundary
    ("keywords:required_phrase", {"phrase": "你好"}, "我说你好吗", True),
    ("keywords:required_phrase", {"phrase": "C++"}, "I code in C++ daily.", True),  # literal, not a regex
    ("keywords:forbidden_phrase", {"phrase": "as an AI"}, "As an AI language model, I cannot.", False),
    ("keywords:forbidden_phrase", {"phrase": "as an AI"}, "As a pirate, I must say arr.", True),
    # startend:start_phrase (negation: startend:not_start_phrase)
    ("startend:start_phrase", {"start_phrase": "Ahoy!"}, PIRATE, False),  # "Ahoy," is not "Ahoy!"
    ("startend:start_phrase", {"start_phrase": "Ahoy"}, PIRATE, True),
    ("startend:start_phrase", {"start_phrase": "ahoy, matey"}, "\n\n  " + PIRATE, True),
    ("startend:start_phrase", {"start_phrase": "Ahoy"}, "Ahoyhoy there.", False),
    ("startend:start_phrase", {"start_phrase": "Ahoy"}, '"Ahoy," he said.', False),  # quote is not skipped
    ("startend:start_phrase", {"start_phrase": "Ahoy"}, "**Ahoy** there.", False),
    ("startend:start_phrase", {"start_phrase": "亲爱的"}, "亲爱的用户，你好。", True),
    ("startend:not_start_phrase", {"start_phrase": "As an AI"}, "As an AI, I can't.", False),
    # punctuation:no_exclamation / use_exclamation
    ("punctuation:no_exclamation", {}, PIRATE, False),
    ("punctuation:no_exclamation", {}, PLAIN, True),
    ("punctuation:no_exclamation", {}, "太好了！", False),  # fullwidth
    ("punctuation:no_exclamation", {}, "¿Qué tal? ¡Hola", False),  # inverted
    ("punctuation:no_exclamation", {}, "Done ❗", True),  # the emoji is not punctuation
    ("punctuation:use_exclamation", {}, "Arr!", True),
    # punctuation:no_em_dash / use_em_dash
    ("punctuation:no_em_dash", {}, "The sea — calm and blue — awaits.", False),
    ("punctuation:no_em_dash", {}, "The sea – calm and blue -- awaits.", True),  # en dash, double hyphen
    ("punctuation:no_em_dash", {}, "他说——走吧。", False),
    ("punctuation:use_em_dash", {}, PLAIN, False),
    # content:end_with_question / not_end_with_question
    ("content:end_with_question", {}, PIRATE, True),
    ("content:end_with_question", {}, "Shall we sail? 🏴‍☠️\n", True),  # trailing emoji set aside
    ("content:end_with_question", {}, "**Shall we sail?**", True),
    ("content:end_with_question", {}, 'He asked, "Shall we sail?"', True),
    ("content:end_with_question", {}, "你要一起去吗？", True),
    ("content:end_with_question", {}, "Really?!", False),
    ("content:end_with_question", {}, "Is it? Yes, it is.", False),
    ("content:not_end_with_question", {}, PLAIN, True),
    # content:no_urls / include_url
    ("content:no_urls", {}, "See https://example.com/map for the map.", False),
    ("content:no_urls", {}, "See [the map](http://example.com).", False),
    ("content:no_urls", {}, "Visit www.example.org today.", False),
    ("content:no_urls", {}, "I use Node.js and visit example.com sometimes.", True),  # bare domains are no URLs
    ("content:include_url", {}, "Docs: ftp://files.example.net/readme", True),
    # content:number_hashtags
    ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "Sunset sail! #pirates #sea", True),
    # headings, numbers, C#, HTML entities, URL fragments and code are no hashtags
    (
        "content:number_hashtags",
        {"num_hashtags": 1, "relation": AL},
        "# Title\nWe are #1 in C# &#39; see example.com/#top `#tag`\n```\n#include <x>\n```",
        False,
    ),
    ("content:number_hashtags", {"num_hashtags": 1, "relation": AL}, "今天很开心 #旅行", True),
    ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, PLAIN, True),
    # format:no_emoji / use_emoji / number_emojis
    ("format:no_emoji", {}, "Great day to sail 🌊⛵", False),
    ("format:no_emoji", {}, "Acme™ © 2024, ® and ✔ done", True),  # text-default symbols are not emoji
    ("format:no_emoji", {}, "I ❤️ the sea", False),  # with the emoji variation selector it is one
    ("format:no_emoji", {}, PLAIN, True),
    ("format:use_emoji", {}, "Yo ho 🏴‍☠️", True),
    ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "Family 👨‍👩‍👧 time 🇫🇷", False),  # 2, ZWJ once
    ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "Family 👨‍👩‍👧 time 🇫🇷", True),
    ("format:number_emojis", {"num_emojis": 1, "relation": AL}, "Thumbs 👍🏽", True),
    # format:numbered_list
    ("format:numbered_list", {"num_items": 3, "relation": AL}, MD, True),  # "1." "2." "3)", not the code
    ("format:numbered_list", {"num_items": 4, "relation": AL}, MD, False),
    ("format:numbered_list", {"num_items": 1, "relation": LT}, PLAIN, True),
    # "2024." after a paragraph line is text in CommonMark (only "1." may interrupt a paragraph)
    ("format:numbered_list", {"num_items": 1, "relation": AL}, "We sailed in\n2024. It was grand.", False),
    ("format:numbered_list", {"num_items": 2, "relation": AL}, "Steps:\n  1. Hoist\n  2. Sail", True),
    # format:bullet_points
    ("format:bullet_points", {"num_bullets": 3, "relation": AL}, MD, True),  # snacks, apples, water
    ("format:bullet_points", {"num_bullets": 4, "relation": AL}, MD, False),
    ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "**Bold** text\n\n---\n\nMore.", True),
    # format:markdown_headings
    ("format:markdown_headings", {"num_headings": 1, "relation": AL}, MD, True),
    ("format:markdown_headings", {"num_headings": 2, "relation": AL}, MD, False),  # "#" inside code is code
    ("format:markdown_headings", {"num_headings": 1, "relation": AL}, "#hashtag only", False),
    ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "Title\n=====\n\n## Part\ntext", True),
    # format:code_block
    ("format:code_block", {"num_blocks": 1, "relation": AL}, MD, True),
    ("format:code_block", {"num_blocks": 2, "relation": AL}, MD, False),
    ("format:code_block", {"num_blocks": 1, "relation": AL}, "~~~\nx = 1\n~~~", True),
    ("format:code_block", {"num_blocks": 1, "relation": AL}, "Run `ls` now.", False),  # inline code
    ("format:code_block", {"num_blocks": 1, "relation": AL}, "```\nunclosed", True),  # CommonMark
    # format:no_markdown / use_markdown
    ("format:no_markdown", {}, PLAIN, True),
    ("format:no_markdown", {}, PIRATE, True),
    ("format:no_markdown", {}, MD, False),
    ("format:no_markdown", {}, "*adjusts hat* Ahoy.", False),  # role-play action renders as italics
    ("format:no_markdown", {}, "5 * 3 * 2 = 30. Use \\*stars\\* freely.", True),
    ("format:no_markdown", {}, "Run `ls` now.", False),
    ("format:no_markdown", {}, "| a | b |\n|---|---|\n| 1 | 2 |", False),
    ("format:no_markdown", {}, "Read [this](http://x.org).", False),
    ("format:no_markdown", {}, "It is ~~late~~ early.", False),
    ("format:no_markdown", {}, "你好！今天天气很好。", True),
    ("format:use_markdown", {}, "Here:\n- one\n- two", True),
    # format:json_keys / not_json_keys
    ("format:json_keys", {"keys": ["name", "age"]}, '{"name": "Jack", "age": 41, "ship": "Pearl"}', True),
    ("format:json_keys", {"keys": ["name", "age"]}, '```json\n{"name": "Jack", "age": 41}\n```', True),
    ("format:json_keys", {"keys": ["name", "age"]}, '```\n{"name": "Jack", "age": 41}\n```\n', True),
    ("format:json_keys", {"keys": ["name", "age"]}, '{"name": "Jack"}', False),
    ("format:json_keys", {"keys": ["name"]}, '{"Name": "Jack"}', False),  # keys are case-sensitive
    ("format:json_keys", {"keys": ["name"]}, '{"crew": {"name": "Jack"}}', False),  # top level only
    ("format:json_keys", {"keys": ["name"]}, 'Sure! {"name": "Jack"}', False),  # prose around it
    ("format:json_keys", {"keys": ["name"]}, '[{"name": "Jack"}]', False),
    ("format:not_json_keys", {"keys": ["name"]}, PLAIN, True),
    # language:no_script / use_script
    ("language:no_script", {"script": "han"}, PLAIN, True),
    ("language:no_script", {"script": "han"}, "The word for sea is 海.", False),
    ("language:no_script", {"script": "han"}, "Fullwidth punctuation，only。", True),
    ("language:no_script", {"script": "latin"}, "你好，世界！123", True),
    ("language:no_script", {"script": "latin"}, "我用AI写作", False),
    ("language:no_script", {"script": "latin"}, "Ｆｕｌｌ", False),  # fullwidth Latin letters
    ("language:no_script", {"script": "kana"}, "コーヒーを飲む", False),
    ("language:no_script", {"script": "kana"}, "喝咖啡", True),
    ("language:no_script", {"script": "cyrillic"}, "Привет", False),
    ("language:no_script", {"script": "hangul"}, "안녕하세요", False),
    ("language:no_script", {"script": "greek"}, "5 µm", True),  # the micro sign is no Greek letter
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdict_and_reversal(type_id, kwargs, response, expected):
    c = build(type_id, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    assert rev is not None and rev != c
    assert rev.check(response).followed is (not expected)
    assert rev.reverse() == c


def _ours():
    return {k: v for k, v in all_types().items() if v.__module__.startswith("rpo_cli.constraints.extra")}


def test_every_type_has_rows_and_is_reversible():
    ours = _ours()
    assert len(ours) >= 32
    tested = {row[0] for row in ROWS}
    for type_id, cls in ours.items():
        assert cls.reversible(), type_id
        base = getattr(cls, "base", cls)
        assert base.id in tested or (cls.negated_by and cls.negated_by.id in tested) or type_id in tested, type_id


@pytest.mark.parametrize("type_id", sorted(_ours()))
def test_describe_docstring(type_id):
    cls = _ours()[type_id]
    # that the rules read the texts back is tests/test_decompose_describe_roundtrip.py
    assert cls.__doc__
    c = build(type_id, cls.example)
    for inst in (c, c.reverse()):
        text = inst.describe()
        assert text.endswith(".") and text[0].isupper()


@pytest.mark.parametrize(
    ("type_id", "kwargs", "text"),
    [
        ("format:numbered_list", {"num_items": 1, "relation": LT}, "Do not use a numbered list."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Do not use bullet points."),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "Do not use any hashtags in your response."),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "Do not use any code blocks."),
        (
            "keywords:forbidden_phrase",
            {"phrase": "as an AI"},
            'Do not use the phrase "as an AI" anywhere in your response.',
        ),
        ("format:json_keys", {"keys": ["name"]}, 'Respond only with a JSON object that has the key "name".'),
        ("language:no_script", {"script": "han"}, "Do not use any Chinese characters (Han script) in your response."),
    ],
)
def test_natural_text(type_id, kwargs, text):
    assert build(type_id, kwargs).describe() == text


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        ("length:number_characters", {"num_chars": 100}),  # relation missing
        ("length:number_characters", {"num_chars": "many", "relation": LT}),
        ("length:number_characters", {"num_chars": 0, "relation": LT}),
        ("length:number_characters", {"num_chars": 100, "relation": "at most"}),
        ("length:number_nonspace_characters", {"relation": LT}),
        ("length:number_lines", {"num_lines": 3, "relation": AL, "extra": 1}),
        ("length:number_paragraphs_blankline", {}),
        ("length:max_words_per_sentence", {"max_words": "twenty"}),
        ("length:long_sentence", {}),
        ("keywords:required_phrase", {}),
        ("keywords:required_phrase", {"phrase": "   "}),
        ("keywords:forbidden_phrase", {"phrase": 3}),
        ("startend:start_phrase", {"phrase": "Ahoy"}),  # wrong kwarg name
        ("startend:not_start_phrase", {"start_phrase": ""}),
        ("punctuation:no_exclamation", {"x": 1}),
        ("content:number_hashtags", {"num_hashtags": 2}),
        ("format:number_emojis", {"num_emojis": 2, "relation": "more than"}),
        ("format:no_emoji", {"any": True}),
        ("format:numbered_list", {"num_items": 3}),
        ("format:bullet_points", {"num_bullets": None, "relation": AL}),  # None counts as absent
        ("format:markdown_headings", {"num_headings": 2.5, "relation": AL}),
        ("format:code_block", {"relation": AL}),
        ("format:json_keys", {"keys": []}),
        ("format:json_keys", {"keys": "name"}),
        ("format:json_keys", {"keys": ["name", ""]}),
        ("language:no_script", {"script": "klingon"}),
        ("language:use_script", {}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)


def test_numbers_given_as_text_are_rejected_integral_floats_normalised():
    with pytest.raises(ConstraintArgsError, match="num_chars"):
        build("length:number_characters", {"num_chars": "200", "relation": LT})
    assert build("length:number_characters", {"num_chars": 200.0, "relation": LT}).kwargs() == {
        "num_chars": 200,
        "relation": LT,
    }
