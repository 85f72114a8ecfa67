"""Session 4 (gen): the IFBench-derived count, word and format types asked for in more writers'
words (casual, formal, inside the task sentence, numbers as words, typos), each family with near
misses that must give nothing (a question about the layout, the count in the task, a scoped part,
someone else's text)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


READ = [
    # title case: trailing on the task, applied to the whole answer, a typo, "like a book title"
    ("Write a product headline for a blender, all in title case.", ("format:title_case", {})),
    ("Use title-case capitalization for the entire response.", ("format:title_case", {})),
    ("answer in titel case", ("format:title_case", {})),
    ("Reply in title case.", ("format:title_case", {})),
    ("I'd like the whole email in title case.", ("format:title_case", {})),
    ("make every word start with a capital letter, like a book title", ("format:title_case", {})),
    # options: "pick one:", "choose from a/b/c and say nothing else"
    ("Pick one: agree / disagree / neutral. Nothing else.", ("format:options", {"options": "agree/disagree/neutral"})),
    ("Choose from yes/no/maybe and say nothing else.", ("format:options", {"options": "yes/no/maybe"})),
    # options with another language's reply verb
    ("Jawab cuma pakai salah satu dari pilihan ini: ya/tidak/tergantung.",
     ("format:options", {"options": "ya/tidak/tergantung"})),
    ("Antworte nur mit einer dieser Optionen: ja/nein/vielleicht.",
     ("format:options", {"options": "ja/nein/vielleicht"})),
    # one word per line
    ("Each word should go on a new line.", ("format:newline", {})),
    ("Write the poem with a line break after every word.", ("format:newline", {})),
    # quotes followed by an unquoted explanation
    ("After each quotation, add an unquoted explanation.", ("format:quote_unquote", {})),
    ("Follow each quote with a plain explanation not in quotation marks.", ("format:quote_unquote", {})),
    # thesis in HTML italics
    ("Each section should open with an italicized thesis statement, using HTML i tags.", ("format:thesis", {})),
    ("Begin each section with a thesis sentence wrapped in <i> tags.", ("format:thesis", {})),
    # sub-bullets
    ("Use * bullet points, and each bullet needs at least one - sub-bullet.", ("format:sub-bullets", {})),
    # a custom list marker on each item
    ('Mark each list item with ">>" instead of bullet points.', ("format:list", {"sep": ">>"})),
    ('Give a list where each item starts with "->" instead of a bullet.', ("format:list", {"sep": "->"})),
    # whitespace banned from the reply
    ("Your answer must not contain any spaces or line breaks.", ("format:no_whitespace", {})),
    # statements to questions, growing sentences, the n-th sentence's word put first
    ("Write two declarative sentences for every question.", ("ratio:sentence_type", {})),
    ("Statements and questions in a 2:1 ratio, please.", ("ratio:sentence_type", {})),
    ("Make each sentence 2 words longer than the last.", ("sentence:increment", {"small_n": 2})),
    ("Every sentence should be three words longer than the one before it.", ("sentence:increment", {"small_n": 3})),
    ('In the first sentence, use the word "dawn".', ("sentence:keyword", {"word": "dawn", "N": 1})),
    ('Avoid the word "cold" in the first sentence.', ("sentence:keyword_absent", {"word": "cold", "N": 1})),
    ("Make sure exactly five numbers appear in your answer.", ("count:numbers", {"N": 5})),
    ('Sentence two has to include the word "anchor".', ("sentence:keyword", {"word": "anchor", "N": 2})),
    ('Include "harbor" in your second sentence.', ("sentence:keyword", {"word": "harbor", "N": 2})),
    ('Your 3rd sentence needs the word "violet".', ("sentence:keyword", {"word": "violet", "N": 3})),
    ('Word 3 of sentence 2 must be "moon".', ("words:keywords_specific_position", {"keyword": "moon", "n": 2, "m": 3})),
    ("End all sentences with an emoji.", ("format:emoji", {})),
    ("Any quote you include must be followed by an explanation outside of quotation marks.",
     ("format:quote_unquote", {})),
    # chained sentences, syllables, repeats, positions, letters
    ("Each sentence should begin with the word that ended the previous sentence.", ("words:last_first", {})),
    ("Start every sentence with the last word of the sentence before it.", ("words:last_first", {})),
    ("Alternate words with odd and even numbers of syllables.", ("words:odd_even_syllables", {})),
    ("Never use the same word more than 3 times.", ("words:repeats", {"small_n": 3})),
    ("Avoid repeating any word more than two times.", ("words:repeats", {"small_n": 2})),
    ('Place "cedar" as the second word of sentence 4.',
     ("words:keywords_specific_position", {"keyword": "cedar", "n": 4, "m": 2})),
    ("Never let two neighbouring words begin with the same letter.", ("words:no_consecutive", {})),
    ("Only use words with a prime number of letters.", ("words:prime_lengths", {})),
]  # fmt: skip


@pytest.mark.parametrize("text,want", READ)
def test_read(text: str, want: tuple[str, dict]) -> None:
    assert want in found(text)


_MINE = ("format:", "count:", "ratio:", "words:", "sentence:")
NOTHING = [
    "Explain why some poets put each word on a new line.",
    "The headlines, all in title case, looked odd.",
    "I need the whole heading in title case, the body in sentence case.",
    "Keep the entire subject line in title case.",
    "Is title case better than sentence case for headlines?",
    "The password must not contain any spaces or line breaks.",
    "Each sentence in the essay I pasted is 2 words longer than the last one; is that a style?",
    "He wrote two statements for every question in the exam.",
    'In the first sentence of my draft, I use the word "dawn" too often.',
    "Don't make each sentence 2 words longer than the last.",
    "Mark each list item with a dash.",
    "Each item starts with a dash instead of a number.",
    "Write about the 3 numbers that matter most in baseball.",
    "Each paragraph should not repeat a word more than twice.",
    'The 3rd word of his speech was "moon".',
    "Write sentence one or two about the harbor.",
    'The third sentence of the article needs no "intro".',
    "Responde a esta pregunta sobre el café: ¿es bueno/malo?",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text: str) -> None:
    got = [i for i, _ in found(text) if i.startswith(_MINE)]
    assert got == []
