"""Phrasings that only the retired per-type cues used to place (dev data), now read by the phrase
grammar: each family with variants of our own, not the dev sentences."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _read(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # IFEval's own paragraph wording: "You separate paragraphs using the markdown divider: * * *"
        ("Write about owls. Your answer should contain 3 paragraphs. You separate paragraphs using the markdown "
         "divider: * * *", ("length_constraints:number_paragraphs", {"num_paragraphs": 3})),
        ("Describe a storm. There should be 4 paragraphs. You should separate paragraphs with the markdown "
         "divider: ***", ("length_constraints:number_paragraphs", {"num_paragraphs": 4})),
        # "reponse" / "responce" typos on the word constraints hang on
        ("Write a toast. Wrap your entire reponse in double quotation marks.", ("startend:quotation", {})),
        ("Write a toast. Your responce must be wrapped in double quotes.", ("startend:quotation", {})),
        # "use only lowercase letters in your (entire) response"
        ("Write a limerick. Use only lowercase letters in your response.", ("change_case:english_lowercase", {})),
        ("Write a limerick. Write in lowercase letters in the whole answer.", ("change_case:english_lowercase", {})),
        # bare words after a reminder frame
        ("Write a poem. Remember to mention copper and rain.",
         ("keywords:existence", {"keywords": ["copper", "rain"]})),
        ("Write a poem. Be sure to include fog, harbor and gulls.",
         ("keywords:existence", {"keywords": ["fog", "harbor", "gulls"]})),
        # a postscript named in a list item, with its marker
        ("Write a memo.\nRequirements:\n- a postscript starting with P.P.S\n- no commas",
         ("detectable_content:postscript", {"postscript_marker": "P.P.S"})),
        ('Write a memo.\nRules:\n1. a postscript beginning with "Note:"',
         ("detectable_content:postscript", {"postscript_marker": "Note:"})),
    ],
)  # fmt: skip
def test_family_is_read(text, want):
    assert want in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Make sure to mention safety.",  # one bare word: as likely a topic as a keyword
        "Make sure to mention the risks and the costs of the plan in detail.",  # not a closing list of words
        "Why do people separate paragraphs with * * *?",  # a question about it
    ],
)
def test_near_misses_are_not_read(text):
    assert not [t for t, _ in _read(text) if t in ("keywords:existence", "length_constraints:number_paragraphs")]
