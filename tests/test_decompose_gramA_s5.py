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


# --- language: Scandinavian and Indonesian frames, a negated clause of its own, asides, localising ---------
LANG, NLANG = "language:response_language", "language:not_response_language"


@pytest.mark.parametrize(
    ("text", "tid", "code"),
    [
        ("Skriv på svenska, tack.", LANG, "sv"),
        ("Svar på norsk, takk.", LANG, "no"),
        ("Kan du skrive det på dansk?", LANG, "da"),
        ("tolong pakai bahasa Indonesia ya", LANG, "id"),
        ("gunakan bahasa Inggris, maksimal 3 kalimat", LANG, "en"),
        ("Max 200 woorden, niet in het Engels (mijn oma leest het niet).", NLANG, "en"),
        ("Kurz bitte, nicht auf Englisch.", NLANG, "en"),
        ("Write the welcome note for our guests, in Italian (most of them are from Milan).", LANG, "it"),
        ("Answer in any language you like except German.", NLANG, "de"),
        ("Localise this notice into Polish for the shop window: 'Closed Monday.'", LANG, "pl"),
        ("Please localize the app's welcome message into Spanish.", LANG, "es"),
        ("Translate my note: 'Back at five.' Dutch please, nothing formal.", LANG, "nl"),
    ],
)
def test_language_frames(text: str, tid: str, code: str) -> None:
    assert (tid, {"language": code}) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jag bor på landet och läser mycket.",
        "Mijn vrouw spreekt niet in het Engels.",
        "I read a poem in Spanish (by Neruda) yesterday.",
        "What does the word mean in French (roughly)?",
        "You can answer in French if you like.",
    ],
)
def test_language_near_misses(text: str) -> None:
    assert not {LANG, NLANG} & set(ids(text))


# --- start and end: a line named by its kind and owner, negated modals inside, placed, unquoted greetings -----
START, NSTART, END, NEND = "startend:start_phrase", "startend:not_start_phrase", "startend:end_checker", \
    "startend:not_end_checker"


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ('please finish with our team motto exactly: "Onwards, always."', END, {"end_phrase": "Onwards, always."}),
        ("Close with my usual sign-off: 'Onward, K.'", END, {"end_phrase": "Onward, K."}),
        ("It shouldn't start with 'Sadly'.", NSTART, {"start_phrase": "Sadly"}),
        ("The email mustn't open with 'Hi there'.", NSTART, {"start_phrase": "Hi there"}),
        ("it shouldn't end with 'Kind regards'", NEND, {"end_phrase": "Kind regards"}),
        ("include the phrase 'All welcome' at the very end.", END, {"end_phrase": "All welcome"}),
        ("stick 'See you Sunday' at the end", END, {"end_phrase": "See you Sunday"}),
        ("no commas and start it with Dear Mr Ortiz and keep it short", START, {"start_phrase": "Dear Mr Ortiz"}),
        ("Begin the letter with Dear Dr. Osei.", START, {"start_phrase": "Dear Dr. Osei"}),
        ("open with Hi team, then get to the point", START, {"start_phrase": "Hi team"}),
    ],
)
def test_start_end_families(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "End each paragraph with our motto: 'Go on'",
        "start with hello",
        "My last email started with Dear Sir and nobody replied, so write a better one.",
        "Put 'Chapter 1' at the end of the first section.",
    ],
)
def test_start_end_near_misses(text: str) -> None:
    assert not {START, NSTART, END, NEND} & set(ids(text))


# --- links named by kind, placeholders shown by example ------------------------------------------------------
URL, PH = "content:include_url", "detectable_content:number_placeholders"


@pytest.mark.parametrize(
    "text",
    [
        "Include the donate link https://example.org/give.",
        "include the signup link",
        "Add our booking URL at the bottom.",
        "put the shop page as a link",
        "Link to at least one peer-reviewed study (full URL).",
    ],
)
def test_links_named(text: str) -> None:
    assert URL in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Click the link and summarise the article.",
        "Include the links between the ideas.",
        "Include the link text in bold.",
        "Don't include the link.",
    ],
)
def test_links_near_misses(text: str) -> None:
    assert URL not in ids(text)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Put [tenant name] and [date] and [flat number] in square brackets so I can fill them in.", 3),
        ("Keep [venue], [date] and [time] for me to fill in.", 3),
        ("leave [start date] and [salary] as placeholders", 2),
    ],
)
def test_placeholders_shown(text: str, n: int) -> None:
    assert (PH, {"num_placeholders": n}) in got(text)


@pytest.mark.parametrize(
    "text",
    ["Use [brackets] around the stage directions.", "Don't put [name] in square brackets.",
     "put the placeholder [LINK] where the URL goes"],
)
def test_placeholders_near_misses(text: str) -> None:
    assert PH not in ids(text)


# --- case: a count joined to the case by "and" is no "words in capitals" ---------------------------------------
CAP = "change_case:english_capital"


@pytest.mark.parametrize(
    "text",
    [
        "Fewer than fifty words and in all capitals because it's going on a banner.",
        "Under 80 words and in all caps please.",
        "Three sentences and in all capital letters.",
    ],
)
def test_case_after_a_count(text: str) -> None:
    assert CAP in ids(text)


@pytest.mark.parametrize("text", ["Put the key words and names in all caps.", "Keep five words in all caps."])
def test_case_after_a_count_near_misses(text: str) -> None:
    assert CAP not in ids(text)


def test_link_to_as_a_list_item() -> None:
    text = "Draft a reading list for new staff.\n- Two sentences per book.\n- Link to at least one free online copy."
    assert URL in ids(text)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("Please work in the words harvest and ledger (the client likes them).", ["harvest", "ledger"]),
        ("use the keywords rent and notice (my landlord reads every word).", ["rent", "notice"]),
    ],
)
def test_unquoted_list_before_an_aside(text: str, kw: list) -> None:
    assert (EX, {"keywords": kw}) in got(text)
