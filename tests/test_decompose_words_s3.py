"""Keyword, start/end and IFBench count/word phrasings widened in session 3, each family tested on
variants written here (not the dev sentences), with near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

EX, FW, FP, FQ = "keywords:existence", "keywords:forbidden_words", "keywords:forbidden_phrase", "keywords:frequency"
END, START = "startend:end_checker", "startend:start_phrase"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def test_a_chinese_task_stays_out_of_the_span() -> None:
    """A Chinese clause before the constraint is the task, not constraint wording."""
    text = "请写一首诗，不要使用“月亮”这个词。"
    (c,) = rule_decompose([Message(role="user", content=text)])
    assert c.text == "不要使用“月亮”这个词。"


def freq(kw: str, n: int, rel: str = "at least") -> tuple[str, dict]:
    return (FQ, {"keyword": kw, "frequency": n, "relation": rel})


CASES = [
    # quoted words as the subject of the requirement
    (
        'Write a poem. The terms "moon" and "tide" must appear somewhere in your poem.',
        [(EX, {"keywords": ["moon", "tide"]})],
    ),
    ('Write a poem. Ensure "moon" and "tide" both show up.', [(EX, {"keywords": ["moon", "tide"]})]),
    ('Draft a memo; "budget" and "deadline" need to be included.', [(EX, {"keywords": ["budget", "deadline"]})]),
    ('Write ad copy. The word "cheap" must never appear.', [(FW, {"forbidden_words": ["cheap"]})]),
    ('Write ad copy. "cheap" and "easy" are off-limits.', [(FW, {"forbidden_words": ["cheap", "easy"]})]),
    (
        'Write a blurb. The phrase "best in class" should not appear in your response.',
        [(FP, {"phrase": "best in class"})],
    ),
    # ban verbs
    ('Write a product blurb. Steer clear of "game-changer".', [(FW, {"forbidden_words": ["game-changer"]})]),
    ('Write a toast, and leave out the word "very".', [(FW, {"forbidden_words": ["very"]})]),
    ('Write a tagline and ditch the word "shine".', [(FW, {"forbidden_words": ["shine"]})]),
    ('Write a product blurb, no "synergy" or "leverage".', [(FW, {"forbidden_words": ["synergy", "leverage"]})]),
    ("Write an ad. DONT USE THE WORDS PREMIUM OR LUXURY", [(FW, {"forbidden_words": ["premium", "luxury"]})]),
    ('Write a post and please don\'t call it a "hidden gem".', [(FP, {"phrase": "hidden gem"})]),
    ('Write a note. My boss dislikes the word "synergy", so keep it out.', [(FW, {"forbidden_words": ["synergy"]})]),
    # the keyword's scope is its own clause
    (
        'Write a riddle. Keep every sentence short, and use the word "key" at least 3 times.',
        [freq("key", 3)],
    ),
    # counts in every order
    ('Write copy. Use "swift" three times or more.', [freq("swift", 3)]),
    ('Write copy. Include the word "swift" 2 or more times.', [freq("swift", 2)]),
    ('Write copy. Use "swift" 3 or fewer times.', [freq("swift", 4, "less than")]),
    ("Write copy. The word river should show up 4+ times.", [freq("river", 4)]),
    # a quoted word opening the sentence is capitalised as its first word: the word is lowercase (dev3 gold)
    ('Write copy. "Teak" should come up at least twice.', [freq("teak", 2)]),
    (
        'Write copy. The word "flood" should appear at least 3 times, and "dam" at least twice.',
        [freq("flood", 3), freq("dam", 2)],
    ),
    # letters
    (
        "Write a chant. Use the letter q 5 times or more.",
        [("keywords:letter_frequency", {"letter": "q", "let_frequency": 5, "let_relation": "at least"})],
    ),
    (
        "Write a lipogram, never using the letter 'a'.",
        [("keywords:letter_frequency", {"letter": "a", "let_frequency": 1, "let_relation": "less than"})],
    ),
    # one unquoted word or a short bare list
    ("Generate tags for the post. Include the word billing.", [(EX, {"keywords": ["billing"]})]),
    ("Write a riddle. Never use the word clock.", [(FW, {"forbidden_words": ["clock"]})]),
    ("write a menu blurb, mention ramen and gyoza, keep it short", [(EX, {"keywords": ["ramen", "gyoza"]})]),
    ("Write a thank-you note and mention Priya by name.", [(EX, {"keywords": ["Priya"]})]),
    (
        "Write a bio. Mention at least one of these cities: Lyon, Nantes or Lille.",
        [("keywords:include_any", {"forbidden_words": ["Lyon", "Nantes", "Lille"]})],
    ),
    # other languages
    ('Escribe un anuncio en el que aparezcan las palabras "sol" y "mar".', [(EX, {"keywords": ["sol", "mar"]})]),
    ('Escribe un poema. No incluyas la palabra "mar".', [(FW, {"forbidden_words": ["mar"]})]),
    ('N\'utilise pas le mot "soleil".', [(FW, {"forbidden_words": ["soleil"]})]),
    ('Scrivi un testo ed evita la parola "praticamente".', [(FW, {"forbidden_words": ["praticamente"]})]),
    (
        "Schreibe einen Text und vermeide die Wörter „billig“ und „günstig“.",
        [(FW, {"forbidden_words": ["billig", "günstig"]})],
    ),
    # end and start phrases
    (
        'Summarize it. It would also be nice to end with the exact sentence "See you in class!"',
        [(END, {"end_phrase": "See you in class!"})],
    ),
    ('Write an apology email and sign off as "The Night Owl Team".', [(END, {"end_phrase": "The Night Owl Team"})]),
    ('Write a speech and finish on "Thank you all."', [(END, {"end_phrase": "Thank you all."})]),
    ('Write a farewell. The last thing you write should be "See you soon."', [(END, {"end_phrase": "See you soon."})]),
    ('Write a farewell. Your first words should be "Dear team,".', [(START, {"start_phrase": "Dear team,"})]),
    ("Écris une annonce et termine par « À bientôt ! »", [(END, {"end_phrase": "À bientôt !"})]),
    ('Scrivi una mail e termina con la frase esatta "A presto."', [(END, {"end_phrase": "A presto."})]),
    ("Schreibe eine E-Mail. Beende deine Antwort mit dem Satz „Bis bald!“", [(END, {"end_phrase": "Bis bald!"})]),
    ("Écris un poème. Commence par « Il était une fois ».", [(START, {"start_phrase": "Il était une fois"})]),
    ('Escribe un poema. No termines con "adiós".', [("startend:not_end_checker", {"end_phrase": "adiós"})]),
    ("Ne commence jamais par « Salut ».", [("startend:not_start_phrase", {"start_phrase": "Salut"})]),
    ("Write a reply and sign off with exactly this: Dana, Front Desk", [(END, {"end_phrase": "Dana, Front Desk"})]),
    ("Write an ad. The closing words should be: Book today.", [(END, {"end_phrase": "Book today."})]),
    ("write a poem, finish on the line: silence. all lowercase", [(END, {"end_phrase": "silence"})]),
    ("write a memo. last line: 'see you monday'", [(END, {"end_phrase": "see you monday"})]),
    ('write a memo. final sentence has to be "Thanks, all."', [(END, {"end_phrase": "Thanks, all."})]),
    ("写一首诗，以“晚安”结尾。", [(END, {"end_phrase": "晚安"})]),
    (
        'Answer the question. DONT start w/ "Certainly" or "Of course".',
        [
            ("startend:not_start_phrase", {"start_phrase": "Certainly"}),
            ("startend:not_start_phrase", {"start_phrase": "Of course"}),
        ],
    ),
    ("Write a jingle and put the whole jingle in double quotes.", [("startend:quotation", {})]),
    # IFBench counts
    ("Write a summary. Keep stop words to no more than 30% of all words.", [("ratio:stop_words", {"percentage": 30})]),
    ("Write a summary. Stop words must never go above 40% of the words.", [("ratio:stop_words", {"percentage": 40})]),
    ("Write a summary with at most 35% stop words.", [("ratio:stop_words", {"percentage": 35})]),
    (
        "Write a paragraph with at least 4 conjuctions (for, and, nor, but, or, yet, so).",
        [("count:conjunctions", {"small_n": 4})],
    ),
    (
        "Write a blurb. Mention at least 3 kids by name, choosing from: Mia, Leo, Zoe, Owen.",
        [("count:person_names", {"N": 3})],
    ),
    ("Write a recap. Mention exactly two numbers, no more.", [("count:numbers", {"N": 2})]),
    (
        'Write a note. The opening sentence should not include "sorry".',
        [("sentence:keyword_absent", {"word": "sorry", "N": 1})],
    ),
    (
        'Write a note. The word "late" must not appear in the second sentence.',
        [("sentence:keyword_absent", {"word": "late", "N": 2})],
    ),
    ('Write a note. "tide" should appear in sentence 3.', [("sentence:keyword", {"word": "tide", "N": 3})]),
    (
        "Write a story where every sentance has exactly 3 more words than the previous one.",
        [("sentence:increment", {"small_n": 3})],
    ),
    (
        "Write a paragraph. At least one sentence should be longer than 30 words.",
        [("length:long_sentence", {"max_words": 30})],
    ),
    ("Write a poem and make every 5th word japanese.", [("count:words_japanese", {"N": 5})]),
    ("Write a scene with an equal number of statements, questions and exclamations.", [("ratio:sentence_balance", {})]),
    ("Write a text with twice as many plain statements as questions.", [("ratio:sentence_type", {})]),
    (
        "Write three sentences about rain, each with the same number of characters, and don't repeat any word.",
        [("ratio:sentence_words", {})],
    ),
    (
        "Write a piece where function words make up at most 30% of the words.",
        [("ratio:stop_words", {"percentage": 30})],
    ),
    ("Write a piece with stop words > 55% of all words.", [("ratio:stop_words_above", {"percentage": 55})]),
    ('Write a tale and slip the word "owl" into the second sentence.', [("sentence:keyword", {"word": "owl", "N": 2})]),
    ("Write a tale. The first sentence needs the word 'dawn' in it.", [("sentence:keyword", {"word": "dawn", "N": 1})]),
    (
        "Write a tale; make sure at least one sentence goes past 40 words.",
        [("length:long_sentence", {"max_words": 40})],
    ),
    ("Write a tale. Use at least 5 of the 7 FANBOYS.", [("count:conjunctions", {"small_n": 5})]),
    ("Write a tale with lots of pronouns, 15 at minimum.", [("count:pronouns", {"N": 15})]),
    (
        "A chant: use 'drum' exactly once, 'beat' exactly twice, 'clap' exactly three times, 'stomp' exactly five "
        "times and 'hum' exactly seven times.",
        [
            (
                "count:keywords_multiple",
                {"keyword1": "drum", "keyword2": "beat", "keyword3": "clap", "keyword4": "stomp", "keyword5": "hum"},
            )
        ],
    ),
    # self-written variants of the same classes
    ('Write a menu. Repeat the brand name "Nomu" 3+ times.', [freq("Nomu", 3)]),
    (
        'Write a menu. The phrase "farm to table" has to be in there somewhere.',
        [("keywords:required_phrase", {"phrase": "farm to table"})],
    ),
    ('Write a menu, avoiding the words "greasy" and "soggy".', [(FW, {"forbidden_words": ["greasy", "soggy"]})]),
    ('Write a menu. Under no circumstances use the word "microwave".', [(FW, {"forbidden_words": ["microwave"]})]),
    (
        'Write a menu.\n- Must include: "miso", "yuzu"\n- Banned phrases: "to die for"',
        [(EX, {"keywords": ["miso", "yuzu"]}), (FP, {"phrase": "to die for"})],
    ),
    ('Write a menu and make sure "Nomu" appears at least 4 times.', [freq("Nomu", 4)]),
    ('Write a menu. I want the word "umami" in there at least twice.', [freq("umami", 2)]),
    ('Write a menu. Close with: "See you at Nomu!"', [(END, {"end_phrase": "See you at Nomu!"})]),
    ('Write a menu. Put "Itadakimasu!" at the very end.', [(END, {"end_phrase": "Itadakimasu!"})]),
    ('Write a menu. Put "Welcome" at the very start.', [(START, {"start_phrase": "Welcome"})]),
    ('Escribe un texto. La palabra "luz" debe aparecer al menos 3 veces.', [freq("luz", 3)]),
    ("Écris un texte où le mot « nuit » apparaît au moins deux fois.", [freq("nuit", 2)]),
    ("Schreibe einen Text, in dem das Wort „Wald“ mindestens viermal vorkommt.", [freq("Wald", 4)]),
    ('Usa la parola "pane" al massimo due volte.', [freq("pane", 3, "less than")]),
    ("Write a bio with 8 or more pronouns.", [("count:pronouns", {"N": 8})]),
    ("Write a bio in 60 distinct words or fewer.", [("count:unique_word_count_fewer", {"N": 61})]),
    ("Write a toast. Start your toast with the word Friends.", [(START, {"start_phrase": "Friends"})]),
    ("Write a toast. Finish with the word Cheers.", [(END, {"end_phrase": "Cheers"})]),
    (
        'Write a toast, but avoid opening with "Ladies and gentlemen".',
        [("startend:not_start_phrase", {"start_phrase": "Ladies and gentlemen"})],
    ),
    ('Write a toast that doesn\'t end with "Cheers".', [("startend:not_end_checker", {"end_phrase": "Cheers"})]),
    # afterthoughts, other subjects and verbs (dev4 classes, own sentences)
    ('make it fun for kids. oh and dont use the word "homework" lol', [(FW, {"forbidden_words": ["homework"]})]),
    (
        'My book club has a rule: write a review with no letter "a" in it at all.',
        [("keywords:letter_frequency", {"letter": "a", "let_frequency": 1, "let_relation": "less than"})],
    ),
    (
        "Plan our trip. also pls mention Golden Gate Park by name lol",
        [("keywords:required_phrase", {"phrase": "Golden Gate Park"})],
    ),
    (
        'Write a quiz intro and work the phrase "lightning round" in somewhere.',
        [("keywords:required_phrase", {"phrase": "lightning round"})],
    ),
    ('Write a toast. It would be lovely if it ended with "Salud, amigos!"', [(END, {"end_phrase": "Salud, amigos!"})]),
    ('Write a flyer. Make sure the word "NEW" is in there too.', [(EX, {"keywords": ["NEW"]})]),
    ("Write a reply. The whole answer must start and end with a double quote mark.", [("startend:quotation", {})]),
    ('Write a reply. Put everything in "quotes".', [("startend:quotation", {})]),
    ('Write two drafts. Neither may use the word "basically".', [(FW, {"forbidden_words": ["basically"]})]),
    (
        "Write a memo. Finish your reply with: Thanks for reading, team.",
        [(END, {"end_phrase": "Thanks for reading, team."})],
    ),
    (
        "Write a tongue twister with at least 12 instances of the letter p.",
        [("keywords:letter_frequency", {"letter": "p", "let_frequency": 12, "let_relation": "at least"})],
    ),
    ("write release notes. don't write WIP anywhere.", [(FW, {"forbidden_words": ["WIP"]})]),
    ("Write a haiku. Use the words dusk, lantern and moth.", [(EX, {"keywords": ["dusk", "lantern", "moth"]})]),
    ("Write a haiku that includes the words moss and stone.", [(EX, {"keywords": ["moss", "stone"]})]),
    (
        'Write a haiku. Don\'t use the words "moss" or "stone" more than once.',
        [freq("moss", 2, "less than"), freq("stone", 2, "less than")],
    ),
    ('Write a chant. Use "sun" and "sea" at least twice each.', [freq("sun", 2), freq("sea", 2)]),
    ('Write a memo with at most 2 uses of the word "synergy".', [freq("synergy", 3, "less than")]),
    ('Write a memo. Limit "basically" to one use.', [freq("basically", 2, "less than")]),
    ('Write a memo. Say "team" 3 to 5 times.', [freq("team", 3), freq("team", 6, "less than")]),
    (
        'Write a memo. The word "deadline" should be in the third sentence.',
        [("sentence:keyword", {"word": "deadline", "N": 3})],
    ),
    ('Write a card. My aunt HATES the word "moist" so please avoid that one.', [(FW, {"forbidden_words": ["moist"]})]),
    ("Write a paragraph where, across the whole text, you use three distinct vowels or fewer.", [("words:vowel", {})]),
    ("请写一段介绍，回答中要包含“熊猫”。", [(EX, {"keywords": ["熊猫"]})]),
    ("请写一首诗，不要使用“秋天”这个词。", [(FW, {"forbidden_words": ["秋天"]})]),
    ("请写一段话，“大海”至少出现两次。", [freq("大海", 2)]),
    ('You are Nova. Sign every message "Nova".', [(END, {"end_phrase": "Nova"})]),
    (
        'You are Nova. The letter "z" must never appear in your replies.',
        [("keywords:letter_frequency", {"letter": "z", "let_frequency": 1, "let_relation": "less than"})],
    ),
    # a negation inside the phrase flips the count (it read "at least 6" before)
    (
        "Write a poem. The letter e should not appear more than 5 times.",
        [("keywords:letter_frequency", {"letter": "e", "let_frequency": 6, "let_relation": "less than"})],
    ),
    ('Write a poem. The word "very" should not appear more than twice.', [freq("very", 3, "less than")]),
    ('Write a menu. Include "slow cooked".', [("keywords:required_phrase", {"phrase": "slow cooked"})]),
    ("Write a slogan. Your entire reply should be enclosed in quotation marks.", [("startend:quotation", {})]),
    # a request passed on, a consequence clause, a relative clause on the task, "in which" on the task
    ('Blog post. My editor wants the word "harbor" used at least 3 times.', [freq("harbor", 3)]),
    (
        "Write a chant. Repetition is the point, so at least one word has to appear more than 4 times.",
        [("words:repeats_exceed", {"small_n": 4})],
    ),
    (
        "Write a dialogue, no narration, that has an equal number of statements, questions and exclamations.",
        [("ratio:sentence_balance", {})],
    ),
    (
        "Could you write a fable in which the last word of every sentence becomes the first word of the next one?",
        [("words:last_first", {})],
    ),
    (
        "Write a poem. The second sentence needs to mention lanterns.",
        [("sentence:keyword", {"word": "lanterns", "N": 2})],
    ),
    ("Write a scene and name at least two kids (Emma, Liam, whoever).", [("count:person_names", {"N": 2})]),
    (
        "Write a rant and get a . , ! ? ; : and an interrobang (?!) into it, each at least once.",
        [("count:punctuation", {})],
    ),
    ("Write a story with fewer than 3 of the FANBOYS conjunctions.", [("count:conjunctions_fewer", {"small_n": 3})]),
    ("Write a story. Every fourth word must be Japanese.", [("count:words_japanese", {"N": 4})]),
    (
        "Write a story; the word count must be between 120 and 140 (inclusive).",  # the reversible pair
        [
            ("length_constraints:number_words", {"num_words": 120, "relation": "at least"}),
            ("length_constraints:number_words", {"num_words": 141, "relation": "less than"}),
        ],
    ),
    # IFBench words
    ("Write a slogan. Kick off with a verb.", [("words:start_verb", {})]),
    ("Write a slogan. Your first word must be a verb.", [("words:start_verb", {})]),
    (
        "Write a chain story: each sentence starts with the word the previous sentence ended on.",
        [("words:last_first", {})],
    ),
    ("Write a poem where no two words in a row begin with the same letter.", [("words:no_consecutive", {})]),
    ("Write a poem. Each word must have a prime number of letters.", [("words:prime_lengths", {})]),
    ("Write prose. Each paragraph must close on the same word it opens with.", [("words:paragraph_last_first", {})]),
    ("Write a poem. Don't use any word more than three times.", [("words:repeats", {"small_n": 3})]),
    ("Write a chant and have one word appear more than 4 times.", [("words:repeats_exceed", {"small_n": 4})]),
    (
        'Write a haiku. Make "frost" the second word of sentence one.',
        [("words:keywords_specific_position", {"keyword": "frost", "n": 1, "m": 2})],
    ),
    ("Write a poem. Second word and penultimate word both 'ash'.", [("words:words_position", {"keyword": "ash"})]),
    ("Write a riddle packing in at least 10 palindromic words, each 5 letters or longer.", [("words:palindrome", {})]),
    ('Write a poem. The 2nd and penultimate words must both be "sea".', [("words:words_position", {"keyword": "sea"})]),
    ("Write a poem where no two adjacent words share a first letter.", [("words:no_consecutive", {})]),
    ("Write a poem. Consecutive words must not begin with the same letter.", [("words:no_consecutive", {})]),
    ("Write a paragraph with 10+ palindromes (5+ letters each).", [("words:palindrome", {})]),
]

NEAR_MISSES = [
    'Write a slogan. The word "fresh" may appear if it fits.',  # permission
    'My teacher says the words "thus" and "hence" should appear in essays.',  # about someone else
    'Write a note. The title "Moon Song" must appear at the top.',  # a part, not a keyword
    'Write a microstory. The word "tired" must not appear in the first paragraph.',  # scoped to a part
    "Write a story. No single word may appear more than 6 times in the title.",  # no keyword "may"
    'Write a note and don\'t use the word "sorry" in the subject line.',  # a named part
    'Answer "yes" or "no" only.',
    "Write 3 tips. no '!' anywhere",  # a mark, not a word
    "Write an essay and mention pros and cons.",  # topics
    "Write an essay. Mention that it is free.",
    "Write a riddle. Don't mention the ending.",
    'Write a poem. Each stanza should end with "and so it goes".',  # a part's end
    "Write a paragraph with at least 4 conjunctions.",  # not only the coordinating ones
    "Write a blurb. Mention at least 3 scientists by name.",  # names off IFBench's list
    "Write a blurb. Mention at least 2 kids by name, picking from: Emma, Liam, Raj, Priya.",
    "Give me exactly 3 numbers between 1 and 10.",  # a task
    "Write a summary. Stop words should be under 30%.",  # "< P" is neither type's relation
    "Write a paragraph with at least 3 palindromes of five or more letters.",  # the type fixes 10
    'Write a note. The first sentence of each paragraph must contain the word "tide".',
    'Agents used to end every email with "Best regards".',
    "Write a poem. Start each line with a verb.",  # lines, not the response
    'Explain why the word "literally" appears so often in teen speech.',  # a statement
    "Write a haiku. Use the words wisely and sparingly.",  # a manner
    "Write a story where each line of dialogue is wrapped in quotation marks.",
    "Write a poem. The letter e must not appear in the title.",  # a part
    "他说“你好”，然后离开了。",  # quoted speech, no request
    'Write about a girl who hates the word "moist" so she avoids it.',  # her habit
    'Skip to the section titled "Results" and summarize it.',  # a ban verb on another object
    'Summarize the memo but omit the part about "Project X".',
    'Exclude anything marked "draft".',
    "What is an interrobang? Use one at least once.",
    'Write a haiku and use words like "moss" and "stone".',  # examples
    "Use at least 3 headers (say Intro, Body, Outro).",  # examples, not keywords
    'Write two versions; begin the second one with "Alternatively".',  # one of several
    "Write a story. Paragraph 3 must start with the word 'Then'.",
    "Write a poem. Start each line with the word Rain.",
    "Write a poem. End each stanza with the word Rain.",
    'Escribe un texto. La palabra "mar" no debe aparecer más de 2 veces.',  # negated: left alone
    'Write a review. Mention the word "cozy" if it fits naturally.',  # left to the writer
    'Write a blog post. In the intro, mention "AI" at least twice.',  # a part
    'Write a poem and use the phrase "once upon a time" where possible.',
    'Write a poem. Put "Amen" at the end of each stanza.',
    'Title: "Moon River"',
    'Example: "Hello there"',
    'My editor says the word "harbor" appears at least 3 times in every story.',  # about the input
    "The old robot has a sensor, so it uses at least 3 words per beep.",  # a description
    "Write a battle scene and name at least three soldiers.",  # no names from IFBench's list offered
    "Write a poem. Don't repeat any word more than twice in the chorus.",
    "Write a riddle with at least 3 palindromic words of five letters or more.",  # the type fixes 10
    'Write a greeting. Start with "Hi" or "Hello".',  # either one: no type
    "Write an essay and put the whole title in double quotes.",  # a part
    "Write a poem. The last line of each stanza should be: rain.",
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_family(text: str, want: list[tuple[str, dict]]) -> None:
    got = found(text)
    for w in want:
        assert w in got, (text, got)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str) -> None:
    ids = {"keywords:", "startend:", "count:", "ratio:", "sentence:", "words:", "length:long_sentence"}
    got = [g for g in found(text) if any(g[0].startswith(p) for p in ids)]
    assert got == [], (text, got)
