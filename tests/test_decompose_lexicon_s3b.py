"""Polarity of counts: every way a negation can govern a bound, before it ("Nothing above 200
characters", "there aren't more than 3", "Do not, under any circumstances, write more than"), after
it ("More than 120 words is not allowed", "Anything under 100 words is too short"), in the five
European languages ("no escribas más de", "pas moins de", "nicht weniger als", "non scrivere più di",
"não ultrapasse"), and the near misses where no negation governs the count (a conjunction opened a
new instruction, a negated verb that itself negates, a permission, a double negation). A relation
read the wrong way round corrupts every pair built on it, so each case here is a sentence written
for the test, not taken from a dev set."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

W = "length_constraints:number_words"
S = "length_constraints:number_sentences"
P = "length:number_paragraphs_blankline"
L = "length:number_lines"
C = "length:number_characters"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def spans(text: str) -> list[str]:
    return [c.text for c in rule_decompose([Message(role="user", content=text)])]


def lt(key: str, n: int) -> dict:
    return {key: n, "relation": "less than"}


def ge(key: str, n: int) -> dict:
    return {key: n, "relation": "at least"}


TASK = "Write a short piece about lighthouses. "

# --- a negation before the bound -------------------------------------------------------------

NEG_BEFORE = [
    ("Nothing longer than four sentences.", (S, lt("num_sentences", 5))),
    ("Nothing above 300 characters, please.", (C, lt("num_chars", 301))),
    ("Nothing that's over 90 words.", (W, lt("num_words", 91))),
    ("Make sure there aren't more than 2 paragraphs.", (P, lt("num_paragraphs", 3))),
    ("It isn't supposed to be longer than 60 words.", (W, lt("num_words", 61))),
    ("The reply wouldn't be over 80 words, ideally it won't exceed 80 words.", (W, lt("num_words", 81))),
    ("Under no circumstances should it run past 150 words.", (W, lt("num_words", 151))),
    ("At no time should it go above 6 lines.", (L, lt("num_lines", 7))),
    ("Do not, under any circumstances, use more than 3 paragraphs.", (P, lt("num_paragraphs", 4))),
    ("Keep the piece from going beyond 70 words.", (W, lt("num_words", 71))),
    ("It needn't be longer than 5 sentences.", (S, lt("num_sentences", 6))),
    ("There's no need for more than 40 words.", (W, lt("num_words", 41))),
    ("No need to go over 12 lines.", (L, lt("num_lines", 13))),
    # a negated disjunction: the negation governs both bounds
    ("Don't write fewer than 3 sentences or more than 6 sentences.", None),
    # a bound that carries its own negation after another negated bound
    ("Not under 50 words and not more than 90 words.", None),
]


@pytest.mark.parametrize(("text", "want"), NEG_BEFORE)
def test_negation_before_the_bound(text, want):
    got = found(TASK + text)
    if want is None:
        return
    assert got == [want]


def test_negated_disjunction_flips_both_bounds():
    got = found(TASK + "Don't write fewer than 3 sentences or more than 6 sentences.")
    assert (S, ge("num_sentences", 3)) in got and (S, lt("num_sentences", 7)) in got
    assert not any(k == ge("num_sentences", 7) for _, k in got)


def test_own_negation_is_not_flipped_again():
    got = found(TASK + "Not less than 50 words and not more than 90 words.")
    assert (W, lt("num_words", 91)) in got
    assert (W, ge("num_words", 91)) not in got


# --- a negative predicate after the bound -----------------------------------------------------

NEG_AFTER = [
    ("More than 120 words is not allowed.", (W, lt("num_words", 121))),
    ("Anything over 8 lines is too long.", (L, lt("num_lines", 9))),
    ("Replies over 200 words will be rejected.", (W, lt("num_words", 201))),
    ("Over 4 paragraphs won't be accepted.", (P, lt("num_paragraphs", 5))),
    ("Going past 280 characters is a no-go.", (C, lt("num_chars", 281))),
    ("Fewer than 150 words won't cut it.", (W, ge("num_words", 150))),
    ("Anything under 6 sentences is too short.", (S, ge("num_sentences", 6))),
    ("More than five sentences isn't okay.", (S, lt("num_sentences", 6))),
]


@pytest.mark.parametrize(("text", "want"), NEG_AFTER)
def test_negative_predicate_after_the_bound(text, want):
    assert found(TASK + text) == [want]


def test_negative_predicate_is_in_the_span():
    # a rewrite of the count alone would keep "is not allowed" and say the opposite
    assert spans(TASK + "More than 120 words is not allowed.") == ["More than 120 words is not allowed."]
    assert spans(TASK + "Replies over 200 words will be rejected.") == ["Replies over 200 words will be rejected."]


def test_suffix_bound_with_a_negative_predicate_is_not_read_the_right_way_up():
    assert (W, ge("num_words", 120)) not in found(TASK + "120 words or more is too long.")


def test_negation_is_in_the_span():
    assert spans(TASK + "Nothing above 300 characters.") == ["Nothing above 300 characters."]
    assert spans(TASK + "Keep the piece from going beyond 70 words.") == ["Keep the piece from going beyond 70 words."]


# --- near misses: no negation governs the count ------------------------------------------------

NOT_NEGATED = [
    # a conjunction opens a new instruction: the negation stays with the first
    ("Do not use emojis and write more than 100 words.", (W, ge("num_words", 101))),
    ("Avoid jargon and use at least 4 paragraphs.", (P, ge("num_paragraphs", 4))),
    ("Never rhyme but keep it over 50 words.", (W, ge("num_words", 51))),
    ("Don't be vague, then write at least 5 sentences.", (S, ge("num_sentences", 5))),
    # a negated verb that itself negates asks for the count
    ("Don't forget to write at least 300 words.", (W, ge("num_words", 300))),
    ("Never fail to include at least 3 paragraphs.", (P, ge("num_paragraphs", 3))),
    ("Do not neglect to write more than 10 lines.", (L, ge("num_lines", 11))),
    # "nothing" and "no need" flip only a comparison right after them
    ("Nothing but three sentences, at least 3 sentences.", (S, ge("num_sentences", 3))),
    ("In at least 100 words, but nothing fancy.", (W, ge("num_words", 100))),
    # a positive predicate after a cap keeps the cap
    ("You can use up to 3 paragraphs.", (P, lt("num_paragraphs", 4))),
]


@pytest.mark.parametrize(("text", "want"), NOT_NEGATED)
def test_counts_no_negation_governs(text, want):
    assert want in found(TASK + text)


PERMITTED = [
    "Feel free to go over 500 words.",
    "You can write more than 500 words if you want.",
    "It's fine to use more than 3 paragraphs.",
    "You may go beyond 40 lines.",
    "Going over 500 words is fine.",
    "More than 500 words is okay.",
    "Don't hesitate to write more than 500 words.",
    "Don't be afraid to go over 20 sentences.",
]


@pytest.mark.parametrize("text", PERMITTED)
def test_a_permitted_lower_bound_is_no_constraint(text):
    assert found(TASK + text) == []


# --- the five European languages --------------------------------------------------------------

FOREIGN = [
    # a negation before a relation flips it
    ("Escribe un poema. No menos de 100 palabras.", (W, ge("num_words", 100))),
    ("Escribe un poema. No escribas más de 80 palabras.", (W, lt("num_words", 81))),
    ("Escribe un poema. Nunca más de 6 líneas.", (L, lt("num_lines", 7))),
    ("Escribe un poema. No uses más de 5 frases.", (S, lt("num_sentences", 6))),
    ("Écris un poème. Pas moins de 120 mots.", (W, ge("num_words", 120))),
    ("Écris un poème. Jamais plus de 4 phrases.", (S, lt("num_sentences", 5))),
    ("Schreibe ein Gedicht. Nicht weniger als 60 Wörter.", (W, ge("num_words", 60))),
    ("Schreibe ein Gedicht. Schreibe keinesfalls mehr als 3 Sätze.", (S, lt("num_sentences", 4))),
    ("Schreibe ein Gedicht, nicht länger als 90 Wörter.", (W, lt("num_words", 91))),
    ("Scrivi una poesia. Non meno di 70 parole.", (W, ge("num_words", 70))),
    ("Scrivi una poesia. Non scrivere più di 90 parole.", (W, lt("num_words", 91))),
    ("Scrivi una poesia. Mai più di 8 righe.", (L, lt("num_lines", 9))),
    ("Escreva um poema. Não menos de 50 palavras.", (W, ge("num_words", 50))),
    ("Escreva um poema. Não escreva mais de 100 palavras.", (W, lt("num_words", 101))),
    # a negated "exceed" is a cap
    ("Écris un poème. Ne dépassez pas les 150 mots.", (W, lt("num_words", 151))),
    ("Écris un poème, sans dépasser 150 mots.", (W, lt("num_words", 151))),
    ("Escribe un poema. No debe superar las 200 palabras.", (W, lt("num_words", 201))),
    ("Scrivi una poesia. Non superare le 120 parole.", (W, lt("num_words", 121))),
    ("Escreva um poema. Não ultrapasse 90 palavras.", (W, lt("num_words", 91))),
    ("Escreva um poema, sem passar de 90 palavras.", (W, lt("num_words", 91))),
    ("Schreibe ein Gedicht. Der Text sollte 100 Wörter nicht überschreiten.", (W, lt("num_words", 101))),
    # the relation's own negation is not counted twice
    ("Écris un poème. N'écris pas plus de 100 mots.", (W, lt("num_words", 101))),
    ("Escribe un poema en no más de 4 líneas.", (L, lt("num_lines", 5))),
    # no negation: the bound as written
    ("Escribe un poema de más de 4 líneas.", (L, ge("num_lines", 5))),
    ("Escribe un poema sin emojis y con más de 100 palabras.", (W, ge("num_words", 101))),
]


@pytest.mark.parametrize(("text", "want"), FOREIGN)
def test_foreign_polarity(text, want):
    got = [g for g in found(text) if g[0].startswith("length")]
    assert got == [want]


FOREIGN_NEAR_MISSES = [
    # an unsure French "ne" without "pas" (no longer? not more than?)
    "Écris un poème. N'écris plus de 100 mots.",
    # a bound on each item
    "Escribe un poema. Ninguna frase de más de 12 palabras.",
    "Écris un poème. Aucune phrase de plus de 15 mots.",
    "Schreibe ein Gedicht. Kein Satz mit mehr als 12 Wörtern.",
    # "exceed" without a negation is left alone
    "Escribe un poema. Supera las 100 palabras.",
]


@pytest.mark.parametrize("text", FOREIGN_NEAR_MISSES)
def test_foreign_polarity_near_misses(text):
    # a cap on every sentence is read (length:max_words_per_sentence); no length of the whole text is
    assert not [g for g in found(text) if g[0].startswith("length") and g[0] != "length:max_words_per_sentence"]


def test_foreign_negation_is_in_the_span():
    assert spans("Scrivi una poesia. Non scrivere più di 90 parole.") == ["Non scrivere più di 90 parole."]


# --- Chinese: a negation before a relation, character counts -----------------------------------

ZH = [
    ("写一首关于海的诗，不要超过150字。", ("length:number_characters", lt("num_chars", 151))),
    ("写一首关于海的诗，不超过150字。", ("length:number_characters", lt("num_chars", 151))),
    ("介绍一下长城，字数不能少于300。", ("length:number_characters", ge("num_chars", 300))),
    ("介绍一下长城，400字以内。", ("length:number_characters", lt("num_chars", 401))),
    ("写一首关于海的诗，不能超过6句。", (S, lt("num_sentences", 7))),
    ("写一篇短文，不得少于三段。", (P, ge("num_paragraphs", 3))),
    ("写一首小诗，别超过8行。", (L, lt("num_lines", 9))),
]


@pytest.mark.parametrize(("text", "want"), ZH)
def test_chinese_polarity(text, want):
    assert found(text) == [want]


def test_chinese_count_per_item_is_left_alone():
    assert found("列出五条建议，每条不要超过15个字。") == []


# --- a count of words treated some way is not the text's length --------------------------------


@pytest.mark.parametrize(
    "text",
    ["Don't capitalize more than 3 words.", "Please underline at least 2 words.", "Repeat no more than 4 words."],
)
def test_a_count_of_treated_words_is_no_word_count(text):
    assert not [g for g in found(TASK + text) if g[0] == W]


# --- sentence units: lowercase imperatives, divider spec lines, template slots -----------------


def test_a_lowercase_imperative_opens_its_own_sentence():
    text = (
        "I run the newsletter for a chess club and the tournament got moved. people will be annoyed. "
        "keep it short, and don't use all-caps words more than twice."
    )
    assert ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": "less than"}) in found(
        text
    )


def test_a_divider_spec_line_joins_the_paragraph_count():
    got = found("notes on the french revolution. 4 paras. separator: ***. keep it factual")
    assert ("length_constraints:number_paragraphs", {"num_paragraphs": 4}) in got


def test_a_count_after_a_template_of_slots_is_the_prompt_again():
    text = "Rate this movie in this format:\nTitle: [title]\nScore: [1-10]\n40 words max."
    assert (W, lt("num_words", 41)) in found(text)


def test_template_slot_lines_stay_with_their_template():
    text = "Use this format:\nName: [name]\nSummary: [two sentences]\nThanks!"
    assert not [g for g in found(text) if g[0] == S]


# --- case compared to another text -------------------------------------------------------------

CASE_LIKE = [
    ("Write the memo in capitals like a telegram.", "change_case:english_capital"),
    ("Answer in lowercase like a text from a teenager.", "change_case:english_lowercase"),
]


@pytest.mark.parametrize(("text", "want"), CASE_LIKE)
def test_case_compared_to_a_text(text, want):
    assert (want, {}) in found(text)


def test_case_like_near_miss():
    assert found("Write acronyms in capitals like NASA.") == []


# --- counts of a part, of each sentence, of treated words --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Explain recursion with a code example. Keep the answer part to 80 words or fewer.",
        "Explain the rule, then list examples. Keep the explanation bit under 150 words.",
    ],
)
def test_a_count_of_a_named_part_is_left_alone(text):
    assert not [g for g in found(text) if g[0] == W]


EACH = [
    ("Write a fable. Short sentences, 8 words or fewer each.", 8),
    ("Write a fable. Use simple sentences, nothing longer than 10 words each.", 10),
    ("Write a fable. Keep every sentence to 15 words max.", 15),
    ("Write a fable. keep each sentence tight, 9 words tops.", 9),
]


@pytest.mark.parametrize(("text", "n"), EACH)
def test_words_per_sentence_named_before_the_count(text, n):
    assert found(text) == [("length:max_words_per_sentence", {"max_words": n})]


@pytest.mark.parametrize(
    "text",
    [
        "Write a fable. Give me 4 bullet points, 10 words each.",
        "Write a fable. Sentences of at least 8 words each.",
        "Write a fable where at least one word should get repeated more than 3 times.",
    ],
)
def test_per_item_counts_are_no_length(text):
    assert not [g for g in found(text) if g[0] in (W, "length:max_words_per_sentence")]


def test_full_caps_words_are_a_capital_count():
    got = found("Write a gym ad. AT LEAST 5 WORDS IN FULL CAPS.")
    assert got == [("change_case:capital_word_frequency", {"capital_frequency": 5, "capital_relation": "at least"})]


def test_language_of_one_part_when_another_part_has_another_script():
    text = "Explain the particle. Write the explanation in English, but give the examples in katakana, no romaji."
    assert not [g for g in found(text) if g[0] == "language:response_language" or g == ("language:no_script",
                                                                                        {"script": "latin"})]


# --- more relation words and nouns -------------------------------------------------------------

MORE = [
    ("Write a limerick. Keep it to 6 lines.", (L, lt("num_lines", 7))),
    ("Write a limerick, three lines only.", (L, lt("num_lines", 4))),
    ("Write a limerick. The answer should stay south of 90 words.", (W, lt("num_words", 90))),
    ("Write a limerick. Make it north of 40 words.", (W, ge("num_words", 41))),
    ("Write a limerick. make it 4+ sentences.", (S, ge("num_sentences", 4))),
    ("Write a limerick. Nothing longer than 5 sentences.", (S, lt("num_sentences", 6))),
    # a closed aside does not scope the count after it
    ("Describe the table. Bold one thing (the key per row), keep it within 50 words.", (W, lt("num_words", 51))),
]


@pytest.mark.parametrize(("text", "want"), MORE)
def test_more_relations_and_nouns(text, want):
    assert want in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write a poem about life beyond 50 words of advice.",
        "Each stanza in just 4 lines, please.",
        "She never goes beyond 80 words in her tweets. Write a bio for her.",
    ],
)
def test_more_relations_near_misses(text):
    assert not [g for g in found("Write a poem. " + text) if g[0] in (W, L)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("PS - no exclamation points.", "punctuation:no_exclamation"),
        ("Absolutely no em dashes (they look machine-made).", "punctuation:no_em_dash"),
    ],
)
def test_bans_after_a_dash_or_an_intensifier(text, want):
    assert (want, {}) in found("Write a thank-you note. " + text)
