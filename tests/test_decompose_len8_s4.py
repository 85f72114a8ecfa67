"""Length, language, case and punctuation families, session 4 (len8): counts named by a label ("sentence
limit: 5", "the 200-word mark"), the cap on each sentence by verb ("limit each sentence to 15 words"),
"para 2 begins with", a language's own script ("real Japanese script, not romaji"), a language as the
adjective of the text asked for ("a German poem"), a language asked with another ruled out, lowercase by
its plain names, long dashes, a mark asked "at least once". Variants written here, not the dev sentences,
and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

W, S = "length_constraints:number_words", "length_constraints:number_sentences"
C, L = "length:number_characters", "length:number_lines"
MWS, NTH = "length:max_words_per_sentence", "length_constraints:nth_paragraph_first_word"
RL, NRL, US = "language:response_language", "language:not_response_language", "language:use_script"
LOW, CAP = "change_case:english_lowercase", "change_case:english_capital"
NO_DASH, USE_DASH = "punctuation:no_em_dash", "punctuation:use_em_dash"
USE_EXCL, USE_COMMA = "punctuation:use_exclamation", "punctuation:use_comma"


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [t for t, _ in got(text)]


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("Sentence limit: 5.", S, {"num_sentences": 6, "relation": "less than"}),
        ("character limit: 150", C, {"num_chars": 151, "relation": "less than"}),
        ("Tweet about our launch. Character cap of 200.", C, {"num_chars": 201, "relation": "less than"}),
        ("Line limit - 8", L, {"num_lines": 9, "relation": "less than"}),
        ("The word count should stay below 400.", W, {"num_words": 400, "relation": "less than"}),
        ("sentence count must not go over 6", S, {"num_sentences": 7, "relation": "less than"}),
        ("Stay under the 200-word mark.", W, {"num_words": 200, "relation": "less than"}),
        ("keep it within the 300 word limit", W, {"num_words": 301, "relation": "less than"}),
        ("Go over the 500-word mark please.", W, {"num_words": 501, "relation": "at least"}),
    ],
)
def test_count_labels(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Sentences must not exceed 10 words.", 10),
        ("Limit each sentence to 15 words.", 15),
        ("cap every sentence at 20 words", 20),
        ("Keep sentences short: 12 words max each.", 12),
        ("Do not use more than 40 words in any sentence.", 40),
        ("No run-on sentences; max 25 words a sentence.", 25),
        ("each sentence must not be longer than 9 words", 9),
    ],
)
def test_cap_on_each_sentence(text: str, n: int) -> None:
    assert (MWS, {"max_words": n}) in got(text)
    assert W not in ids(text)


@pytest.mark.parametrize(
    ("text", "k", "word"),
    [
        ("3 paragraphs, blank lines between. para 2 begins with 'convexity'", 2, "convexity"),
        ("Write 4 paragraphs with blank lines between them. Paragraph #3 opens with 'Still'.", 3, "Still"),
        ("four paragraphs split by empty lines; para no. 4 starts with \"Finally\"", 4, "Finally"),
        ("Give me 3 paragraphs separated by blank lines and begin para 1 with 'Once'.", 1, "Once"),
    ],
)
def test_nth_paragraph_abbreviated(text: str, k: int, word: str) -> None:
    hit = [kw for t, kw in got(text) if t == NTH]
    assert hit and hit[0]["nth_paragraph"] == k and hit[0]["first_word"] == word


@pytest.mark.parametrize(
    "text",
    [
        "the first sentence should be under 8 words",
        "Your opening sentence must be shorter than 12 words.",
        "The topic sentence should stay under 15 words.",
        "Each line limit is 40 characters.",
        "The title character limit is 60.",
        "Explain why Twitter has a 280 character limit.",
        "The word count of my draft is about 900.",
        "Don't limit each sentence to 10 words, vary them.",
        "There is a sentence limit of 25 words.",
    ],
)
def test_length_near_misses(text: str) -> None:
    assert not {MWS, W, S, C, L} & set(ids(text))


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("Write the examples in real Japanese script, not romaji.", US, {"script": "kana"}),
        ("teach me hi. include the actual japanese (hiragana/katakana) not just romaji!!", US, {"script": "kana"}),
        ("Write the phrases in native Korean characters.", US, {"script": "hangul"}),
        ("Please write the greetings in Chinese characters, not pinyin.", US, {"script": "han"}),
        ("Give me the answer in Russian, not English.", RL, {"language": "ru"}),
        ("explain it in spanish and not in english pls", RL, {"language": "es"}),
        ("write me a few easy spanish sentences about food", RL, {"language": "es"}),
        ("Write a German poem about autumn.", RL, {"language": "de"}),
        ("Can you draft an Italian cover letter for me?", RL, {"language": "it"}),
        ("For the binder: a short English write-up of the taverna.", RL, {"language": "en"}),
        ("Respond in a language other than English.", NRL, {"language": "en"}),
        ("Please do not use English in your reply.", NRL, {"language": "en"}),
    ],
)
def test_language_variants(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can answer in French if you like.",
        "Feel free to reply in Spanish.",
        "I'm learning French and need help with my English essay.",
        "For my english course I must write a short story.",
        "Write a Japanese haiku about frogs.",
        "Give me a French toast recipe.",
        "The sign is in Japanese script.",
        "The book is in Russian, not English, so summarize it for me.",
        "Do not use any Japanese kana in the English part.",
        "Don't use English idioms my students won't know.",
    ],
)
def test_language_near_misses(text: str) -> None:
    assert not {RL, NRL, US} & set(ids(text))


def test_english_beside_a_script_is_no_language_request() -> None:
    # a mixed text: the annotators split on "an English paragraph with katakana words"; the script is asked
    assert ids("Write a short English paragraph that drops in some katakana words.") == [US]


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("no uppercase letters at all", LOW),
        ("don't capitalize anything", LOW),
        ("dont capitalize anything pls", LOW),
        ("type it in all small letters", LOW),
        ("everything in small letters please", LOW),
        ("no long dashes (—) please", NO_DASH),
        ("don't use the long dash", NO_DASH),
        ("Avoid em dash characters.", NO_DASH),
        ("The teacher wants that we use the em dash (—) at least one time", USE_DASH),
        ("use an exclamation mark at least once", USE_EXCL),
        ("please include a comma one or more times", USE_COMMA),
    ],
)
def test_case_and_marks(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Put the title in all caps.",
        "Headings should be in uppercase.",
        "write the names of the dishes in capitals",
        "You can use the em dash at least once if you want.",
        "Don't use an exclamation mark at least once per line.",
        "Explain when writers use a long dash.",
    ],
)
def test_case_and_marks_near_misses(text: str) -> None:
    assert not {LOW, CAP, USE_DASH, USE_EXCL, NO_DASH} & set(ids(text))
