"""Session 4 (dev7), length / sentence / word phrasings in chat-speak and in long prompts: variants
written here (not the dev sentences), with near misses that must give nothing of the type."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

W, SENT, LINES = "length_constraints:number_words", "length_constraints:number_sentences", "length:number_lines"
MWS, VERB, SK = "length:max_words_per_sentence", "words:start_verb", "sentence:keyword"
SKA, PARAS = "sentence:keyword_absent", "length_constraints:number_paragraphs"
REP, REPX, BAL, KWM = "words:repeats", "words:repeats_exceed", "ratio:sentence_balance", "count:keywords_multiple"
PRON, NUMS, CONJ = "count:pronouns_fewer", "count:numbers", "count:conjunctions"
POS, POS2 = "words:keywords_specific_position", "words:words_position"
CAPF, CAPS = "change_case:capital_word_frequency", "change_case:english_capital"
NOTCAPS, EXCL, LANG, NOSCRIPT = "change_case:not_english_capital", "punctuation:use_exclamation", \
    "language:response_language", "language:no_script"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


CASES = [
    # "N or N+1 sentences" next to a cap word is the cap alone
    ("Two or three sentences max.", [(SENT, {"num_sentences": 4, "relation": "less than"})]),
    ("Explain DNS, 3 or 4 sentences tops.", [(SENT, {"num_sentences": 5, "relation": "less than"})]),
    ("Describe it in four or five sentences.", [(SENT, {"num_sentences": 4, "relation": "at least"}),
                                                (SENT, {"num_sentences": 6, "relation": "less than"})]),
    # the opening verb
    ("start ur reply with a verb", [(VERB, {})]),
    ("Kick things off with a verb, ok?", [(VERB, {})]),
    ("The subject line must begin with an action verb.", [(VERB, {})]),
    ("Open every answer with a verb.", [(VERB, {})]),
    ("make the first word a verb pls", [(VERB, {})]),
    ("Your reply has to start with an imperative verb.", [(VERB, {})]),
    # the n-th sentence's word, bare or capitalised
    ("the 3rd sentence gotta have the word lantern in it", [(SK, {"word": "lantern", "N": 3})]),
    ("Put the word harbor in the second sentence.", [(SK, {"word": "harbor", "N": 2})]),
    ("Please make sure the first sentence mentions Tuesday.", [(SK, {"word": "Tuesday", "N": 1})]),
    ("The editor wants sentence 2 to include the word 'ledger'.", [(SK, {"word": "ledger", "N": 2})]),
    ("The word frost should appear in the fourth sentence.", [(SK, {"word": "frost", "N": 4})]),
    ("Don't use the word sorry in the opening sentence.", [(SKA, {"word": "sorry", "N": 1})]),
    # caps in chat-speak
    ("write a hype bio, tops 40 words", [(W, {"num_words": 41, "relation": "less than"})]),
    ("summary of ch 3, like 80 words or less", [(W, {"num_words": 81, "relation": "less than"})]),
    ("a lil poem, like max 6 lines", [(LINES, {"num_lines": 7, "relation": "less than"})]),
    ("translate it. just one line pls", [(LINES, {"num_lines": 2, "relation": "less than"})]),
    # counts per reply of a bot are the whole response
    ("You are the clinic's front-desk bot. Three sentences max per reply.",
     [(SENT, {"num_sentences": 4, "relation": "less than"})]),
    ("You answer customers. Never more than 60 words per response.",
     [(W, {"num_words": 61, "relation": "less than"})]),
    ("bot rules: use an emoji in every sentence, no more than 5 sentences in each reply",
     [(SENT, {"num_sentences": 6, "relation": "less than"})]),
    # exactly N words
    ("write a drabble (exactly 100 words) about a ghost", [(W, {"num_words": 100, "relation": "at least"}),
                                                          (W, {"num_words": 101, "relation": "less than"})]),
    # the cap on each sentence
    ("Keep sentences to 18 words max.", [(MWS, {"max_words": 18})]),
    ("Use short sentences: nothing over 12 words.", [(MWS, {"max_words": 12})]),
    ("Not a single sentance longer than 20 words.", [(MWS, {"max_words": 20})]),
    # blocks divided by ***
    ("A ballad about a lighthouse. Exactly 4 stanzas, with *** between them.", [(PARAS, {"num_paragraphs": 4})]),
    ("Write a 2-paragraph bio. Paragraphs separated by ***.", [(PARAS, {"num_paragraphs": 2})]),
    # repeated words
    ("Don't let any word pop up more than 6 times.", [(REP, {"small_n": 6})]),
    ("never reuse a single word more then three times", [(REP, {"small_n": 3})]),
    ("Use each word at most twice.", [(REP, {"small_n": 2})]),
    ("For the chorus effect, some word has to come up more than 5 times.", [(REPX, {"small_n": 5})]),
    # the three sentence kinds, any order
    ("Keep equal numbers of questions, statements and exclamations.", [(BAL, {})]),
    ("as many exclamations, questions and statements", [(BAL, {})]),
    # keyword multiples with another verb
    ('Make "a" appear once, "b" twice, "c" three times, "d" five times, and "e" seven times.',
     [(KWM, {"keyword1": "a", "keyword2": "b", "keyword3": "c", "keyword4": "d", "keyword5": "e"})]),
    # counts put other ways
    ("Pronouns: fewer than 6 in total.", [(PRON, {"N": 6})]),
    ("Only two numbers may show up in the reply.", [(NUMS, {"N": 2})]),
    ("Use 4 distinct coordinating conjunctions.", [(CONJ, {"small_n": 4})]),
    # a word's place, the place first
    ("The 2nd word of the first sentence must be 'Honestly'.", [(POS, {"keyword": "Honestly", "n": 1, "m": 2})]),
    ('Put "echo" as both the second word and the penultimate word of the whole thing.', [(POS2, {"keyword": "echo"})]),
    # case
    ("ALL CAPS ofc", [(CAPS, {})]),
    ("Skip all-caps words, two at most.", [(CAPF, {"capital_frequency": 3, "capital_relation": "less than"})]),
    # the mark asked for with "needs"
    ("make it a hype caption. gotta have at least one exclamation mark", [(EXCL, {})]),
    # the language after the task's object
    ("Could you draft a short welcome note for the new tenants in Korean, under 80 words?",
     [(LANG, {"language": "ko"})]),
    ("Write the notice in Portugese.", [(LANG, {"language": "pt"})]),
    # the romanized form restates the script ban
    ("how do i say thank you in korean? romanization only pls", [(NOSCRIPT, {"script": "hangul"})]),
]

NEAR_MISSES = [
    ("Give me five bullets, each one starting with a verb.", VERB),
    ("Start each sentence with a verb.", VERB),
    ("Don't start your reply with a verb.", VERB),
    ("the second sentence has to have the word count under 10", SK),
    ("if the draft tops 300 words, trim it", W),
    ("Write one line of dialogue for the villain.", LINES),
    ("summarize the PR. one line, no period at end.", LINES),
    ("Bold exactly 3 words in the answer.", W),
    ("Give five taglines, exactly 6 words each.", W),
    ("no word should get repeated more than 3 times in the title", REP),
    ("Only three numbers were given in the report.", NUMS),
    ("Please don't overdo the all-caps.", NOTCAPS),
    ("write about a girl who needs an exclamation mark", EXCL),
    ("Give me a list of idioms in French, with meanings.", LANG),
    ("Write a short summary of the article, then a translation of it in French and in German.", LANG),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_len7_phrasings(text, want):
    got = found(text)
    for w in want:
        assert w in got, (text, got)
    ids = {w[0] for w in want}
    assert [g for g in got if g[0] in ids and g not in want] == [], (text, got)


@pytest.mark.parametrize(("text", "tid"), NEAR_MISSES)
def test_len7_near_misses(text, tid):
    assert tid not in [i for i, _ in found(text)], (text, found(text))
