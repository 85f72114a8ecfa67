"""Session 3, second pass on the keyword, start/end and IFBench count phrasings, and on span growth:
variants written here (not the dev sentences), with near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

EX, FW = "keywords:existence", "keywords:forbidden_words"
START, NUMS, NAMES_FEWER = "startend:start_phrase", "count:numbers", "count:person_names_fewer"


def decomposed(text: str) -> list:
    return rule_decompose([Message(role="user", content=text)])


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in decomposed(text)]


CASES = [
    # an exact count of numbers closed by "nothing else"
    ("Match recap: exactly 4 numbers, nothing else numeric.", [(NUMS, {"N": 4})]),
    ("Use precisely two numbers and no other numbers.", [(NUMS, {"N": 2})]),
    ("Product blurb; exactly these 3 numbers - no other figures.", [(NUMS, {"N": 3})]),
    # a cap on people named needs no list of names
    ("Write an elegy for the town. Name at most one person.", [(NAMES_FEWER, {"N": 2})]),
    ("A short story about a lighthouse. Mention no more than two people by name.", [(NAMES_FEWER, {"N": 3})]),
    ("Describe the parade but name fewer than 3 individuals.", [(NAMES_FEWER, {"N": 3})]),
    # an unquoted literal marked by "exactly as written", "verbatim"
    ("Press release. Open your reply with REF-2291 verbatim.", [(START, {"start_phrase": "REF-2291"})]),
    ("News brief. Begin with the dateline OSLO — exactly like that.", [(START, {"start_phrase": "OSLO —"})]),
    ("Newsletter blurb. Mention the promo code SPRING25 verbatim.", [(EX, {"keywords": ["SPRING25"]})]),
    ("Check-in note. Include the door code 4417B exactly as written.", [(EX, {"keywords": ["4417B"]})]),
    # a ban on mentioning one name, other verbs of mentioning
    ("Write a blog post on deployment. Don't bring up Kubernetes.", [(FW, {"forbidden_words": ["Kubernetes"]})]),
    ("Pitch for our tool. never reference Acme at all.", [(FW, {"forbidden_words": ["Acme"]})]),
    ("Team update. Please dont name-drop Tesla.", [(FW, {"forbidden_words": ["Tesla"]})]),
    # "her name" after the message named her
    ("A poem for my wife, Ruth, on our anniversary. Please include her name.", [(EX, {"keywords": ["Ruth"]})]),
    ("Write a birthday rhyme for my son Theo. Mention his name.", [(EX, {"keywords": ["Theo"]})]),
    (
        'A card for a dog named Biscuit. Include her name and the word "walk".',
        [(EX, {"keywords": ["Biscuit", "walk"]})],
    ),
    # editing verbs ban; unquoted lists end at the remark after them; other verbs of including
    ("Rewrite this line. Lose the word 'awful'.", [(FW, {"forbidden_words": ["awful"]})]),
    ('Tidy this memo and get rid of the term "synergy".', [(FW, {"forbidden_words": ["synergy"]})]),
    (
        "Explain the query. dont use the words join or index, my boss hates jargon.",
        [(FW, {"forbidden_words": ["join", "index"]})],
    ),
    ("A lullaby. never use the words monster or shadow pls.", [(FW, {"forbidden_words": ["monster", "shadow"]})]),
    (
        "Birthday card. sneak in the words kayak and waffles, and keep it short.",
        [(EX, {"keywords": ["kayak", "waffles"]})],
    ),
    ("Study plan. work in the word flashcards", [(EX, {"keywords": ["flashcards"]})]),
    ("A toast for Dad. It should have the words golf and coffee in it.", [(EX, {"keywords": ["golf", "coffee"]})]),
    (
        'Intro text. It would be nice if the words "fast" and "typed" both appeared.',
        [(EX, {"keywords": ["fast", "typed"]})],
    ),
    (
        'Use the exact phrase "zero downtime" at least once.',
        [("keywords:required_phrase", {"phrase": "zero downtime"})],
    ),
]

NEAR_MISSES = [
    "I picked exactly 3 numbers, nothing else.",  # about the user
    "Give me exactly 3 numbers.",  # a task, no "nothing else"
    "Name at least two people.",  # a floor counts only the IFBench list: needs the list
    "She named at most one person.",  # a description
    "Start with the word hello exactly like that.",  # a plain word, no quotes to bound it
    "Start each section with SECTION exactly like that.",  # a part's start
    "He started with NASA exactly like that.",  # a description
    "Don't start with BREAKING NEWS verbatim, paraphrase it.",  # the exact form banned, a paraphrase asked
    "Include the word cozy exactly as written.",  # a plain unquoted word
    "Write the poem exactly as I described.",
    "Don't include the code X99 verbatim.",
    "Never mention competitors.",  # a topic, not one word
    "He doesn't mention Tesla.",
    "My sister Ana and my friend Bea are visiting. Include her name.",  # two people it could be
    "Write a toast. Include her name.",  # no name given
    "A story about a cat named Pip. Use her name twice.",  # a count: keywords:frequency's
    "Use the words wisely and sparingly.",  # manner, no list
    'Explain why the word "literally" appeared so often.',  # a statement, no frame
    'The word "cozy" appeared twice in my draft.',
    'Drop in the word "hello" at the start.',  # "drop in" includes
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_phrasings(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "as well" is no reason ("as we ..."): it stays with the sentence
        ('Blurb. Skip the phrase "bucket list" as well.', 'Skip the phrase "bucket list"'),
        # a name in another script is the task's
        ("For our binder: a short English write-up of Το Λιμανάκι.", "a short English write-up"),
        # a bare figure before the clause is the task's material
        (
            "The numbers are the price and the year (1924): exactly those 2 numbers, nothing else numeric.",
            "exactly those 2 numbers, nothing else numeric.",
        ),
        # an aside is no reason
        (
            'Trivia night. Work the phrase "final answer" in somewhere since, you know, trivia.',
            'Work the phrase "final answer" in somewhere',
        ),
        # a real reason still goes with the constraint
        ("Do not use commas, because the parser breaks.", "Do not use commas, because the parser breaks."),
        ('Avoid the word "cheap" as it sounds bad.', 'Avoid the word "cheap" as it sounds bad.'),
    ],
)
def test_spans(text: str, span: str) -> None:
    assert decomposed(text)[0].text == span


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Schrijf een gedicht. Gebruik het woord 'wekker' minstens twee keer.", ("wekker", 2, "at least")),
        ("Gebruik het woord 'koffie' hoogstens drie keer.", ("koffie", 4, "less than")),
        ("Bir şiir yaz. 'Kuyruk' kelimesini en az iki kez kullan.", ("kuyruk", 2, "at least")),
        ("「猫」という言葉を2回以下にしてください。", ("猫", 3, "less than")),
        ("詩を書いてください。「ピカピカ」という言葉を3回以上使ってください。", ("ピカピカ", 3, "at least")),
    ],
)
def test_word_counts_in_dutch_turkish_japanese(text: str, want: tuple) -> None:
    kw, n, rel = want
    assert found(text) == [("keywords:frequency", {"keyword": kw, "frequency": n, "relation": rel})]


@pytest.mark.parametrize(
    "text",
    [
        "'Kuyruk' kelimesini en az iki kez kullanma.",  # negated
        "Het woord 'fiets' kwam minstens twee keer voor in mijn tekst.",  # a statement
        'Product copy. She said "Paris" twice.',  # no request
    ],
)
def test_word_count_near_misses(text: str) -> None:
    assert [c for c in found(text) if c[0] == "keywords:frequency"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Our house rules: begin the response with "ROUND 1:"; keep it short.',
            [(START, {"start_phrase": "ROUND 1:"})],
        ),
        ("My requirements: no commas.", [("punctuation:no_comma", {})]),
        ("My essay follows the rules: no commas at all.", []),  # describes the essay
        ("My rules: I never use commas.", []),  # the user's own habit
    ],
)
def test_the_users_rules_are_requests(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fourth of July post. Mention sparklers somewhere.", [(EX, {"keywords": ["sparklers"]})]),
        ("Camping checklist, and mention headlamps in there.", [(EX, {"keywords": ["headlamps"]})]),
        ("Mention it somewhere.", []),
        ("Mention briefly somewhere.", []),
    ],
)
def test_one_bare_word_with_somewhere(text: str, want: list) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Write three haiku; open each one with the word "Snow".', []),  # each haiku's start, not the response's
        ('Give me four taglines and start every one of them with the word "Bold".', []),
        ('Begin each reply with "Hello".', [(START, {"start_phrase": "Hello"})]),  # each response: the response's
    ],
)
def test_each_one_is_a_part(text: str, want: list) -> None:
    assert [c for c in found(text) if c[0].startswith("startend:")] == want
