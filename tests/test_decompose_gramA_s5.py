"""Keyword, start/end, language, content, case and punctuation phrasing families, session 5 (gramA).
Variants written here (not the dev sentences) and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

REQ, EX, ANY = "keywords:required_phrase", "keywords:existence", "keywords:include_any"
FREQ, FORB = "keywords:frequency", "keywords:forbidden_words"


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [t for t, _ in got(text)]


# --- what the text must say or contain -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("The poster needs to say 'Doors open at six' somewhere.", REQ, {"phrase": "Doors open at six"}),
        ("make sure the email says 'see you there'", REQ, {"phrase": "see you there"}),
        ('It must contain "Lot 42 sold".', REQ, {"phrase": "Lot 42 sold"}),
        ("Your reply has to say 'cheers' somewhere.", EX, {"keywords": ["cheers"]}),
        ('Please include this disclaimer verbatim: "Past results do not guarantee future ones."', REQ,
         {"phrase": "Past results do not guarantee future ones."}),
        ('Add our tagline, word for word: "Bread the old way"', REQ, {"phrase": "Bread the old way"}),
        ("The wording 'Terms apply' has to appear.", REQ, {"phrase": "Terms apply"}),
        ('He always ends toasts with "to the long table" and wants that line in there too.', REQ,
         {"phrase": "to the long table"}),
        ("Also quote the Fair Housing Act by name.", REQ, {"phrase": "Fair Housing Act"}),
    ],
)
def test_said_and_contained(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the label says 'sold out', tell the customer politely.",
        "The manager must say 'yes' before we start, so write the pitch.",
        'Make sure the answer says "I do not know" when unsure.',
        "The error message says 'file not found'. What does it mean?",
        "You can include the motto 'Always forward' if you like.",
        "quote the Bible",
    ],
)
def test_said_near_misses(text: str) -> None:
    assert REQ not in ids(text) and EX not in ids(text)


# --- unquoted words named as words, one of two -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("Make sure the words harbor and lantern both show up.", EX, {"keywords": ["harbor", "lantern"]}),
        ("The terms escrow and lien must appear.", EX, {"keywords": ["escrow", "lien"]}),
        ("ensure the words tide, salt and gull are included", EX, {"keywords": ["tide", "salt", "gull"]}),
        ("the words cheap and basic should not appear", FORB, {"forbidden_words": ["cheap", "basic"]}),
        ("Mention either otters or herons.", ANY, {"forbidden_words": ["otters", "herons"]}),
        ("work in either lagoon or reef (one is enough)", ANY, {"forbidden_words": ["lagoon", "reef"]}),
        ("Work in at least one of 'crisp' or 'golden'.", ANY, {"forbidden_words": ["crisp", "golden"]}),
        ('Use at least one of "rustic" or "handmade".', ANY, {"forbidden_words": ["rustic", "handmade"]}),
    ],
)
def test_unquoted_word_lists(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mention either bullets or numbers.",
        "mention either the date or the time",
        "The words you and me appear often in songs; explain why.",
        "Use either Python or Go.",
        "the words cat and dog may appear",
    ],
)
def test_unquoted_word_lists_near_misses(text: str) -> None:
    assert not {EX, ANY, FORB} & set(ids(text))


# --- counts: the bare word after "the", "at the very most", a word named back ------------------------------
@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("mention the deposit twice at least", {"keyword": "deposit", "frequency": 2, "relation": "at least"}),
        ("Mention the refund at least 3 times.", {"keyword": "refund", "frequency": 3, "relation": "at least"}),
        ("say 'wow' twice at the very most", {"keyword": "wow", "frequency": 3, "relation": "less than"}),
        ('I tend to overuse "amazing" so use that word once at the most.',
         {"keyword": "amazing", "frequency": 2, "relation": "less than"}),
        ('"Synergy" is a buzzword here; say that word no more than once.',
         {"keyword": "Synergy", "frequency": 2, "relation": "less than"}),
    ],
)
def test_keyword_counts(text: str, kw: dict) -> None:
    assert (FREQ, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        'I use "lovely" a lot so the word lovely appears often.',
        '"Cozy" and "warm" are both fine; use that word twice at least.',
        "mention it at least twice",
    ],
)
def test_keyword_count_near_misses(text: str) -> None:
    assert FREQ not in ids(text)
