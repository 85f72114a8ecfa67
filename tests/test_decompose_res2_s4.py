"""Session-4 guards (res2): a part that closes an earlier clause does not scope the counts after its
comma; chat-speak sentences closed by an emoji; a house style stated as the writer's habit; a
Spanish negative imperative is no English "uses". Near misses keep descriptions and scoped counts
dropped."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

LOWER = "change_case:english_lowercase"
SENTENCES = "length_constraints:number_sentences"
WORDS = "length_constraints:number_words"
HASHTAGS = "content:number_hashtags"


def _ids(text: str) -> set[str]:
    return {c.id for c in rule_decompose([Message(role="user", content=text)])}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part that ends a clause ("... in the first sentence,") locates that clause only
        ('Rules: don\'t say "Capricorn" in the first sentence, the third sentence must mention Mercury, '
         "make it 5+ sentences.", SENTENCES),
        ("Mention the moon in the second stanza, make it 6+ sentences.", SENTENCES),
        ("skip emojis in the last paragraph, keep the whole thing under 200 words", WORDS),
        ("Use a metaphor in the opening paragraph, then keep it to 300 words or fewer.", WORDS),
        # chat-speak: an emoji closes the sentence before a lowercase imperative
        ("need 5 captions for a cat meme page post 😹 no hashtags at all, no emoji either", HASHTAGS),
        ("write a bio for my page 🔥🔥 keep it under 50 words", WORDS),
        ("gimme a caption for my dog pic 🐶 dont use hashtags", HASHTAGS),
        # a house style stated as a habit
        ("our brand (tinyloaf bakery) writes everything without capital letters, it's kind of our thing. "
         "can you write the about us blurb?", LOWER),
        ("Our company always writes all of its copy in lowercase, so match that.", LOWER),
        ("our cafe writes everything in lowercase lol. write a menu blurb", LOWER),
        ("My shop always writes everything in lowercase. Write a short product description.", LOWER),
        # Spanish negative imperative
        ('No uses la palabra "hardworking" y tampoco guiones largos (—).', "punctuation:no_em_dash"),
    ],
)
def test_read(text: str, want: str) -> None:
    assert want in _ids(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a part that opens the clause still scopes the count
        ("In the last paragraph, use fewer than 3 sentences.", SENTENCES),
        ("Write a story. In the first paragraph, keep it under 50 words.", WORDS),
        ("Put a quote in the first paragraph, which should be under 50 words.", WORDS),
        ("Describe the harbour in the first paragraph, using fewer than 3 sentences.", SENTENCES),
        # an emoji inside a sentence is no break
        ("end every reply with 🙏 please and keep it short", "startend:end_checker"),
        # descriptions of the user's own text stay dropped
        ("Our brand writes its name in all caps.", "change_case:english_capital"),
        ("My essay is written without capital letters.", LOWER),
        ("Our brand guide uses lowercase headings.", LOWER),
        ("The tool uses no commas.", "punctuation:no_comma"),
    ],
)
def test_not_read(text: str, absent: str) -> None:
    assert absent not in _ids(text)
