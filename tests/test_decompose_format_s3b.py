"""Format-like families, second pass of session 3: question endings, links, terse bans in other
languages, placeholders, <<titles>>, emojis, highlights. Variants written here (not the dev
sentences) and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

EQ, NQ = "content:end_with_question", "content:not_end_with_question"
NU, IU = "content:no_urls", "content:include_url"


def ids(text: str) -> list[str]:
    return [c.id for c in rule_decompose([Message(role="user", content=text)])]


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Keep it warm, and please don't finish on a question.", NQ),
        ("Do not close the email on a question.", NQ),
        ("Never wrap up a reply with a question.", NQ),
        ("Close by asking them what they'd like to try next.", EQ),
        ("Please finish by asking the student whether it made sense.", EQ),
        ("Your last line must be a question.", EQ),
        ("The closing sentence should not be a question.", NQ),
        ("Termina con una pregunta.", EQ),
        ("Beende es mit einer Frage.", EQ),
    ],
)
def test_question_endings(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write about a debate that would end on a question nobody could answer.",
        "She ended by asking me about the weather, so reply to her.",
        "The last line must be a question mark.",
        "Is the final sentence a question?",
    ],
)
def test_question_endings_near_misses(text: str) -> None:
    got = ids(text)
    assert EQ not in got and NQ not in got


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Explain it simply. Omit any URLs.", NU),
        ("Short answer, skip the links.", NU),
        ("Règles :\n- Aucun lien.\n- Sois bref.", NU),
        ("Sé breve, sin enlaces.", NU),
        ("Give five tips, plus a link to a good tutorial.", IU),
        ("Summarise the paper and link to the original PDF.", IU),
        ("Requirements: include at least 1 link to the docs.", IU),
    ],
)
def test_links(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't leave out the links.",
        "Describe a city with no links between its islands.",
        "I clicked a link to one site and it crashed, what happened?",
        "Explain what a link to a page is.",
    ],
)
def test_links_near_misses(text: str) -> None:
    got = ids(text)
    assert NU not in got and IU not in got


@pytest.mark.parametrize(
    "text", ["Nada de emojis por favor.", "Kurz halten. Keine Emojis bitte.", "Niente emoji per favore."]
)
def test_terse_emoji_ban_with_please(text: str) -> None:
    assert "format:no_emoji" in ids(text)
