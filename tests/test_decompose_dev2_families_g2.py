"""Phrase families found missing on dev2 (second pass), each tested on variants written here with
near misses that must give nothing (precision first)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

L = "language:response_language"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


FAMILIES = [
    # a bare word after "mention"/"say" with its relation and times
    (
        "Write a toast and mention Paris at least 3 times.",
        [("keywords:frequency", {"keyword": "Paris", "frequency": 3, "relation": "at least"})],
    ),
    (
        "write a speech. mention tacos atleast twice",
        [("keywords:frequency", {"keyword": "tacos", "frequency": 2, "relation": "at least"})],
    ),
    # the word in an ordinal sentence, verb first; negated is keyword_absent
    ('Write a bio. Use the word "radium" in the second sentence.', [("sentence:keyword", {"word": "radium", "N": 2})]),
    (
        'Write a note. Include the word "tide" in the first sentence of your response.',
        [("sentence:keyword", {"word": "tide", "N": 1})],
    ),
    (
        'Write an email. Do not mention the word "refund" in the third sentence.',
        [("sentence:keyword_absent", {"word": "refund", "N": 3})],
    ),
    # casual negation of the repeats cap
    ("Write a poem. dont repeat any word more than twice!!", [("words:repeats", {"small_n": 2})]),
    # options without the word "options"
    ("Should I buy it? Answer just 'yes' or 'no'.", [("format:options", {"options": "yes/no"})]),
    ("Pick a colour. Reply only 'red', 'blue' or 'green'.", [("format:options", {"options": "red/blue/green"})]),
    ("Triage this. Respond with only one of the following: keep/drop.", [("format:options", {"options": "keep/drop"})]),
    # title case for the whole text, one word per line
    ("Title case please! Write 4 names for a bakery.", [("format:title_case", {})]),
    ("Write names for a cafe, title case pls.", [("format:title_case", {})]),
    ("List fruit names. Output one word per line.", [("format:newline", {})]),
    ("Write a poem where every word goes on its own line.", [("format:newline", {})]),
    # a translation task is answered in its target language; a terse "just X pls"
    ("Translate this into Italian: 'Where is the station?'", [(L, {"language": "it"})]),
    ("Please translate the message below to German:\nSee you tomorrow.", [(L, {"language": "de"})]),
    ("Write a blog intro. just english pls.", [(L, {"language": "en"})]),
    # a Markdown table is Markdown; sub-bullets under "each bullet"
    ("Plan my week. i want it in a markdown table.", [("format:use_markdown", {})]),
    ("Format the schedule as a Markdown table.", [("format:use_markdown", {})]),
    (
        "Write notes. Use bullet points marked with *, and give each bullet at least one sub-bullet marked with -",
        [("format:sub-bullets", {})],
    ),
    # neighbouring words with different first letters, said as a rule on each word
    (
        "Write a poem. Each word must begin with a different letter from the previous word.",
        [("words:no_consecutive", {})],
    ),
    (
        "Write a tongue twister where every word has to start with a different letter than the word before it.",
        [("words:no_consecutive", {})],
    ),
    # a word to include, asked in es/pt/fr/de
    ('Escribe un poema e incluye la palabra "mar".', [("keywords:existence", {"keywords": ["mar"]})]),
    ('Écris un poème et utilise le mot "soleil".', [("keywords:existence", {"keywords": ["soleil"]})]),
    ('Schreib ein Gedicht und verwende das Wort "Meer".', [("keywords:existence", {"keywords": ["Meer"]})]),
    # a run of prohibitions after a comma's "with"
    (
        "List some tags, with no commas and no numbering.",
        [("punctuation:no_comma", {}), ("format:numbered_list", {"num_items": 1, "relation": "less than"})],
    ),
    (
        "Write a poem, with no commas, no emojis and no hashtags.",
        [
            ("punctuation:no_comma", {}),
            ("format:no_emoji", {}),
            ("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}),
        ],
    ),
    # a list separator named by "separate ... with" after "instead of bullet points"
    (
        "Give tags for my post. Instead of bullet points, separate the tags with the token <SEP>.",
        [("format:list", {"sep": "<SEP>"})],
    ),
    ("Name five fruits. Instead of bullet points, separate them with |.", [("format:list", {"sep": "|"})]),
    # English asked beside a negated case: both constraints
    (
        "Write a review in English but not in all caps.",
        [(L, {"language": "en"}), ("change_case:not_english_capital", {})],
    ),
    (
        "Write a note. Please write it in English but NOT in all lowercase.",
        [(L, {"language": "en"}), ("change_case:not_english_lowercase", {})],
    ),
]

NOTHING = [
    "Write a speech. Mention it at least twice.",
    'Summarize my essay. Use the word "tide" in the second sentence of my essay.',
    "Answer just the question.",
    "Answer with just one of the following: the summary or the list.",
    "Write a blog post. Use title case for the headings.",
    "Explain why title case please some editors.",
    "Write a poem. Each line should have one word per line break.",
    "How do I translate this into French?",
    "Translate this from Spanish into French: hola.",
    "I know just English.",
    "Summarize it, but not in a markdown table.",
    "Every word has to start with a capital letter.",
    "Instead of bullet points, separate the ideas with care and thought.",
    "Describe a world with no cars, no emojis.",
    # a negated foreign request ('No incluyas la palabra "mar"') is no inclusion: it is read as forbidden words
    # now (tests/test_decompose_words_s3.py)
    "Summarize it without using a markdown table.",
]


@pytest.mark.parametrize(("text", "want"), FAMILIES)
def test_family(text, want):
    assert sorted(found(text)) == sorted(want)


@pytest.mark.parametrize("text", NOTHING)
def test_near_miss(text):
    assert found(text) == []


def test_ifeval_english_case_still_owns_its_english():
    assert found("Your entire response should be in English, and in all lowercase letters.") == [
        ("change_case:english_lowercase", {})
    ]
    assert found("Do not write your response entirely in English lowercase letters.") == [
        ("change_case:not_english_lowercase", {})
    ]
