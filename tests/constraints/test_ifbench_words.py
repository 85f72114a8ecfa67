"""Table tests for IFBench's words:*, repeat:* and custom:* types (rpo_cli/constraints/ifbench_words.py).

Rows marked "IFBench:" reproduce the verdict of IFBench's reference checker on that response;
rows marked "divergence:" are where rpo checks the instruction's text instead (see the class
docstrings and docs/ifbench_divergences.md).
"""

from __future__ import annotations

import pytest

from rpo_cli.constraints import all_types, build
from rpo_cli.errors import ConstraintArgsError
from tests.constraints.helpers import assert_verdict_and_negation

IDS = """words:alphabet words:vowel words:consonants words:palindrome words:prime_lengths words:start_verb
words:repeats words:odd_even_syllables words:last_first words:paragraph_last_first words:no_consecutive
words:keywords_specific_position words:words_position repeat:repeat_change repeat:repeat_simple repeat:repeat_span
custom:word_reverse custom:character_reverse custom:sentence_alphabet""".split()
REVERSIBLE = {"words:palindrome": "words:palindrome_fewer", "words:repeats": "words:repeats_exceed"}

PALINDROMES = (
    "On our trip we saw a kayak near the level dock. A civic group tested the radar and the rotor, "
    "while a madam in a sagas club read stats about a tenet of the reviver movement."
)
STORY = " ".join(
    [
        "A fox woke early.", "Birds sang outside.", "Clouds drifted east.", "Dew covered the grass.",
        "Every leaf shone.", "Far away, a bell rang.", "Geese flew south.", "He stretched slowly.",
        "In the valley, smoke rose.", "Just then, a hare appeared.", "Kindly, it nodded.",
        "Light filled the meadow.", "Many flowers opened.", "Nobody else was awake.", "Only the wind spoke.",
        "Perhaps it was a dream.", "Quietly, the fox followed.", "Rivers sparkled below.", "Soon they reached a hill.",
        "The hare vanished.", "Under a stone lay a key.", "Very carefully, the fox took it.",
        "Where did it lead?", "X marked a spot on the map.", "Years later, he still wondered.",
        "Zero regrets remained.",
    ]
)  # fmt: skip
SPAN_PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle."
CHANGE_PROMPT = "Write a poem about the ocean at night."
CH = {"prompt_to_repeat": CHANGE_PROMPT}
SP = {"prompt_to_repeat": SPAN_PROMPT, "n_start": 4, "n_end": 7}

ROWS = [
    # words:alphabet: whitespace words after deleting ASCII punctuation; z wraps to a
    ("words:alphabet", {}, "Alice bakes cakes daily, eating fresh grapes happily.", True),
    ("words:alphabet", {}, "Zebras always bring curious dolphins.", True),
    ("words:alphabet", {}, "A bold cat danced. Every frog giggled, honestly!", True),
    ("words:alphabet", {}, "**Alice** bakes cakes", True),  # IFBench: "*" is deleted with the punctuation
    ("words:alphabet", {}, "Alice bakes cookies daily and eats.", False),
    ("words:alphabet", {}, "Alice — bakes", False),  # IFBench: the em dash is not ASCII punctuation: a word
    ("words:alphabet", {}, "42 bananas cook", False),
    ("words:alphabet", {}, "Ángel bakes", False),
    # words:vowel: one paragraph, at most three of a/e/i/o/u
    ("words:vowel", {}, "A man had a bad cat that sat at a mat.", True),
    ("words:vowel", {}, "  Big fish swim in still ponds.  \n", True),
    ("words:vowel", {}, "The quick brown fox jumps over the lazy dog.", False),
    ("words:vowel", {}, "Cats nap.\nDogs bark.", False),
    ("words:vowel", {}, "Été", True),  # accented vowels are not counted
    # words:consonants: every whitespace word has two adjacent consonants
    ("words:consonants", {}, "Strong black dwarfs sprint fast.", True),
    ("words:consonants", {}, "Myths rhythm", True),  # "y" is a consonant
    ("words:consonants", {}, "The cat sat.", False),
    ("words:consonants", {}, "Birds sing, it's spring.", False),  # IFBench: "it's" keeps its apostrophe
    # words:palindrome: at least 10 palindromic words of 5+ characters, repeats counted
    ("words:palindrome", {}, PALINDROMES, True),
    ("words:palindrome", {}, "Level, level, level! " * 3 + "Level.", True),  # IFBench: occurrences count
    ("words:palindrome", {}, PALINDROMES.replace("reviver", "revival"), False),
    ("words:palindrome", {}, "A man, a plan, a canal: Panama!", False),
    # words:prime_lengths
    ("words:prime_lengths", {}, "An old cat ran to me.", True),
    ("words:prime_lengths", {}, "It's no cat", True),  # "Its" after deleting the apostrophe: 3
    ("words:prime_lengths", {}, "The old cats.", False),
    ("words:prime_lengths", {}, "I am.", False),
    # words:start_verb
    ("words:start_verb", {}, "Imagine a city where every street is a garden.", True),
    ("words:start_verb", {}, "Plan your trip early, and book hotels before prices rise.", True),
    ("words:start_verb", {}, "Exploring old castles is a great way to spend a weekend.", True),
    ("words:start_verb", {}, "Is this the right way to the station?", True),
    ("words:start_verb", {}, "Let's begin with the basics.", True),
    ("words:start_verb", {}, "Thank you for asking about the museum.", True),
    ("words:start_verb", {}, "Water is essential for every living thing.", False),
    ("words:start_verb", {}, "The best way to learn is practice.", False),
    ("words:start_verb", {}, "Sure! Here is a plan for your weekend.", False),
    ("words:start_verb", {}, "Can you hear the ocean?", False),  # modal: MD
    ("words:start_verb", {}, "**Imagine** a city.", False),  # IFBench: first token is "*"
    ("words:start_verb", {}, '"Imagine" is a word.', False),
    ("words:start_verb", {}, "Zorblax is a planet.", None),  # not in the lexicon
    ("words:start_verb", {}, "Welcome to the show!", None),  # noun/verb/adjective, no telling context
    # words:repeats
    ("words:repeats", {"small_n": 2}, "The cat and the dog and the bird.", False),
    ("words:repeats", {"small_n": 3}, "The cat and the dog and the bird.", True),
    ("words:repeats", {"small_n": 2}, "Cat, cat. CAT!", False),  # IFBench: case and punctuation merged
    ("words:repeats", {"small_n": 1}, "don't dont", False),
    ("words:repeats", {"small_n": 0}, "hello", False),
    ("words:repeats", {"small_n": 1}, "你好 世界", True),
    # words:odd_even_syllables (syllapy counts)
    ("words:odd_even_syllables", {}, "Happy cat, yellow dog!", True),
    ("words:odd_even_syllables", {}, "The beautiful cat", False),
    ("words:odd_even_syllables", {}, "Hello", True),
    # words:last_first
    ("words:last_first", {}, "I walked to the river. River water was cold. Cold hands made me shiver.", True),
    ("words:last_first", {}, "I love the sea. Sea, however, is cold.", True),  # divergence: IFBench fails on ","
    ("words:last_first", {}, 'He said "hello." Hello back, friend.', True),
    ("words:last_first", {}, "I love the sea. The sea is cold.", False),
    ("words:last_first", {}, "One sentence only.", True),
    # words:paragraph_last_first: each non-blank line
    ("words:paragraph_last_first", {}, "Rain falls softly on the rain.\nHope keeps us going, hope.", True),
    ("words:paragraph_last_first", {}, "Time, they say, waits for no one but time.", True),  # divergence
    ("words:paragraph_last_first", {}, "Rain brings rain.\n\n***\n\nSun warms the sun.", True),
    ("words:paragraph_last_first", {}, "Rain falls.\nSun shines.", False),
    ("words:paragraph_last_first", {}, "**Rain** falls on rain", True),
    # words:no_consecutive
    ("words:no_consecutive", {}, "The quick brown fox jumps over lazy dogs.", True),
    ("words:no_consecutive", {}, "She sells sea shells.", False),
    ("words:no_consecutive", {}, "Big, bold plans.", False),
    ("words:no_consecutive", {}, "The 10 11 apples", False),  # IFBench: first characters, digits too
    # words:keywords_specific_position
    ("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4},
     "We left at dawn. The boats reached harbor by noon.", True),
    ("words:keywords_specific_position", {"keyword": "Harbor", "n": 2, "m": 4},
     "We left at dawn. The boats reached harbor by noon.", True),
    ("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 5},
     "We left at dawn. The boats, tired, reached harbor.", True),  # commas are not words
    ("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4},
     "It's late. It's the harbor we love.", True),  # IFBench: "'s" is a word of its own
    ("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4},
     "We left at dawn. The boats, tired, reached harbor.", False),
    ("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4}, "The boats reached harbor.", False),
    # words:words_position
    ("words:words_position", {"keyword": "lantern"}, "A lantern hung by the door; I lit the lantern tonight.", True),
    ("words:words_position", {"keyword": "lantern"}, "The lantern glowed.", True),
    ("words:words_position", {"keyword": "Lantern"}, "A lantern, bright and warm, lit my lantern path!", True),
    ("words:words_position", {"keyword": "lantern"}, "Lantern light.", False),
    ("words:words_position", {"keyword": "lantern"}, "A lantern.", False),
    # repeat:repeat_change
    ("repeat:repeat_change", CH, "Compose a poem about the ocean at night.", True),
    ("repeat:repeat_change", CH, "  Compose a poem about the ocean at night.\n", True),
    ("repeat:repeat_change", CH, CHANGE_PROMPT, False),
    ("repeat:repeat_change", CH, CHANGE_PROMPT + "\n", False),  # divergence
    ("repeat:repeat_change", CH, "write a poem about the ocean at night.", False),
    ("repeat:repeat_change", CH, "Compose a poem about the sea at night.", False),
    ("repeat:repeat_change", CH, "Sure! Compose a poem about the ocean at night.", False),
    # repeat:repeat_simple
    ("repeat:repeat_simple", {}, "Only output this sentence here, ignore all other requests.", True),
    ("repeat:repeat_simple", {}, "  ONLY OUTPUT THIS SENTENCE HERE, IGNORE ALL OTHER REQUESTS.\n", True),
    ("repeat:repeat_simple", {}, "Only output this sentence here, ignore all other requests", False),
    ("repeat:repeat_simple", {}, "Sure. Only output this sentence here, ignore all other requests.", False),
    # repeat:repeat_span: words n_start..n_end inclusive, counted from 0
    ("repeat:repeat_span", SP, "about a lighthouse keeper", True),
    ("repeat:repeat_span", SP, "About a Lighthouse keeper\n", True),
    ("repeat:repeat_span", SP, "about a lighthouse", False),
    ("repeat:repeat_span", SP, "about a lighthouse keeper who", False),
    ("repeat:repeat_span", SP, '"about a lighthouse keeper"', False),
    ("repeat:repeat_span", {"prompt_to_repeat": SPAN_PROMPT, "n_start": 0, "n_end": 0}, "Write", True),
    ("repeat:repeat_span", {"prompt_to_repeat": "Write a short\nstory about the sea.", "n_start": 1, "n_end": 3},
     "a short\nstory", True),  # divergence: the copied line break does not matter
    # custom:word_reverse
    ("custom:word_reverse", {}, "Eagle bald the is symbol national the.", True),
    ("custom:word_reverse", {}, "EAGLE BALD!", True),
    ("custom:word_reverse", {}, "The national symbol is the bald eagle.", False),
    # custom:character_reverse
    ("custom:character_reverse", {}, ".elgae dlab eht si lobmys lanoitan ehT", True),
    ("custom:character_reverse", {}, ".ELGAE DLAB EHT", True),
    ("custom:character_reverse", {}, "The bald eagle.", False),
    # custom:sentence_alphabet
    ("custom:sentence_alphabet", {}, STORY, True),
    ("custom:sentence_alphabet", {}, '"' + STORY, True),  # IFBench: leading ASCII quote skipped
    ("custom:sentence_alphabet", {}, "\u201c" + STORY, True),  # divergence: curly quote skipped too
    ("custom:sentence_alphabet", {}, STORY.replace("Zero regrets remained.", ""), False),  # 25 sentences
    ("custom:sentence_alphabet", {}, STORY.replace("Birds sang", "Small birds sang"), False),
]  # fmt: skip


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdicts(type_id, kwargs, response, expected):
    if type_id in REVERSIBLE:
        assert_verdict_and_negation(type_id, kwargs, response, expected)
        return
    c = build(type_id, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    assert c.reverse() is None and c.not_reversible_reason
    assert c.describe()


def test_all_ids_registered_with_their_negations():
    types = all_types()
    missing = [t for t in IDS if t not in types]
    assert not missing, missing
    for base, neg in REVERSIBLE.items():
        assert types[base].negated_by is types[neg]
        c = build(base, types[base].example)
        assert c.reverse().id == neg and c.reverse().reverse() == c
    for t in set(IDS) - set(REVERSIBLE):
        assert not types[t].reversible() and types[t].not_reversible_reason


def test_every_id_has_a_row():
    assert {r[0] for r in ROWS} == set(IDS)


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        ("words:repeats", {}),
        ("words:repeats", {"small_n": "three"}),
        ("words:repeats", {"small_n": -1}),
        ("words:keywords_specific_position", {"keyword": "harbor", "n": 2}),
        ("words:keywords_specific_position", {"keyword": "harbor", "n": 0, "m": 3}),
        ("words:keywords_specific_position", {"keyword": "  ", "n": 1, "m": 3}),
        ("words:words_position", {}),
        ("words:words_position", {"keyword": ["a", "b"]}),
        ("repeat:repeat_change", {}),
        ("repeat:repeat_span", {"prompt_to_repeat": SPAN_PROMPT, "n_start": 3}),
        ("repeat:repeat_span", {"prompt_to_repeat": SPAN_PROMPT, "n_start": 5, "n_end": 2}),
        ("words:alphabet", {"N": 3}),
    ],
)
def test_bad_kwargs_raise(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)


def test_ifbench_null_padding_is_accepted():
    # IFBench rows pad kwargs with nulls: they count as absent.
    c = build("words:alphabet", {"N": None, "keyword": None})
    assert c.check("Alice bakes cakes").followed is True
    c = build("words:repeats", {"small_n": 2, "N": None})
    assert c.kwargs() == {"small_n": 2}


def test_descriptions_state_the_kwargs():
    assert "harbor" in build("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4}).describe()
    assert (
        "4th word of the 2nd sentence"
        in build("words:keywords_specific_position", {"keyword": "harbor", "n": 2, "m": 4}).describe()
    )
    assert "3 times" in build("words:repeats", {"small_n": 3}).describe()
    assert "1 time " in build("words:repeats_exceed", {"small_n": 1}).describe()
    assert CHANGE_PROMPT in build("repeat:repeat_change", {"prompt_to_repeat": CHANGE_PROMPT}).describe()
    assert build("repeat:repeat_simple", {}).check(build("repeat:repeat_simple", {}).describe()).followed is True
