"""Hand-written prompts (dev3/authorH) for rpo's decomposition; writes data.jsonl and prints stats.

Persona: teachers setting constrained-writing exercises, puzzle and wordplay fans, poets,
language learners, linguistics hobbyists. About 70 % of constraints sit on non-IFEval ids.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 62000  # keys are KEY_BASE + 1, KEY_BASE + 2, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 teacher: anadiplosis
add(
    "I'm teaching anadiplosis to my Year 10s tomorrow. Could you write a short model passage about a "
    "storm rolling in over a harbour in which the last word of every sentence becomes the first word of "
    "the next one? Keep it to six sentences or fewer, and no sentence longer than 15 words - they're "
    "fourteen, they lose the thread otherwise. Oh, and get the word \"gull\" into the third sentence.",
    [
        ("words:last_first", {}, "the last word of every sentence becomes the first word of the next one"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": LT}, "Keep it to six sentences or fewer"),
        ("length:max_words_per_sentence", {"max_words": 15}, "no sentence longer than 15 words"),
        ("sentence:keyword", {"word": "gull", "N": 3}, "get the word \"gull\" into the third sentence"),
    ],
    tags=["insent", "polite"],
)
# 2 puzzle: alphabet chain
add(
    "ok puzzle time!! write me something about a lazy afternoon where every word starts with the letter "
    "right after the previous word's starting letter. A then B then C and so on, loop back to A after Z. "
    "20 words minimum, no commas either",
    [
        ("words:alphabet", {}, "every word starts with the letter right after the previous word's starting letter"),
        ("length_constraints:number_words", {"num_words": 20, "relation": AL}, "20 words minimum"),
        ("punctuation:no_comma", {}, "no commas either"),
    ],
    tags=["insent"],
)
# 3 poet: lipogram
add(
    "Compose a short poem about the sea at dawn without using the letter 'e' even once (a proper "
    "lipogram, Perec-style). Title it in double angular brackets, like <<Morning Surf>>. Fewer than 12 "
    "lines, and don't lean on any word more than twice.",
    [
        ("keywords:letter_frequency", {"letter": "e", "let_frequency": 1, "let_relation": LT}, "without using the letter 'e' even once"),
        ("detectable_format:title", {}, "Title it in double angular brackets"),
        ("length:number_lines", {"num_lines": 12, "relation": LT}, "Fewer than 12 lines"),
        ("words:repeats", {"small_n": 2}, "don't lean on any word more than twice"),
    ],
    tags=["insent"],
)
# 4 learner: Japanese every 3rd word
add(
    "im studying japanese (around n4 level). can you describe a typical morning routine in english but "
    "make every 3rd word japanese? please no kanji, i cant read them yet. not more than 100 words and "
    "just plain text, no formating",
    [
        ("count:words_japanese", {"N": 3}, "make every 3rd word japanese"),
        ("language:no_script", {"script": "han"}, "please no kanji"),
        ("length_constraints:number_words", {"num_words": 101, "relation": LT}, "not more than 100 words"),
        ("format:no_markdown", {}, "just plain text, no formating"),
    ],
    tags=["lower", "typo"],
)
# 5 hobbyist: labelled bracketing
add(
    "Give me a labelled bracketing of 'The old man the boats' (the classic garden-path sentence). Nest "
    "the brackets at least five levels deep and mix all three kinds, round ( ), square [ ] and curly { }, "
    "so the levels are easy to tell apart. Put the bracketing in a fenced code block. After it, explain "
    "briefly why readers stumble on this sentence. Whole reply under 150 words, and no links please.",
    [
        ("format:parentheses", {}, "Nest the brackets at least five levels deep and mix all three kinds"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the bracketing in a fenced code block."),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "Whole reply under 150 words"),
        ("content:no_urls", {}, "no links please"),
    ],
    ["explain briefly why readers stumble on this sentence"],
)
# 6 teacher: FANBOYS
add(
    "My Grade 6 class is learning coordinating conjunctions (FANBOYS). Please write a paragraph about a "
    "school field trip to the aquarium.\nRequirements:\n"
    "1. Use at least five different coordinating conjunctions (for, and, nor, but, or, yet, so).\n"
    "2. Highlight at least 3 phrases with single asterisks, *like this*.\n"
    "3. Mention at least three students by name (Mia, Ethan, Grace, Leo... any common names).\n"
    "4. Keep it between 90 and 130 words.",
    [
        ("count:conjunctions", {"small_n": 5}, "Use at least five different coordinating conjunctions"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3}, "Highlight at least 3 phrases with single asterisks"),
        ("count:person_names", {"N": 3}, "Mention at least three students by name"),
        ("count:word_count_range", {"min_words": 90, "max_words": 130}, "Keep it between 90 and 130 words."),
    ],
    tags=["list"],
)
# 7 poet: staircase
add(
    "write me a falling poem, leaves tumbling down a staircase. indent each new line a little further "
    "than the one above it, and put the whole thing inside a fenced code block so the spacing survives. "
    "all lowercase. eight lines at the very least.",
    [
        ("format:line_indent", {}, "indent each new line a little further than the one above it"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the whole thing inside a fenced code block"),
        ("change_case:english_lowercase", {}, "all lowercase"),
        ("length:number_lines", {"num_lines": 8, "relation": AL}, "eight lines at the very least"),
    ],
    tags=["lower"],
)
# 8 puzzle: palindromes
add(
    "Challenge for you: a silly short story about a racecar driver that crams in at least ten palindromic "
    "words of five letters or more (level, radar, civic, kayak, rotor, refer...). The word racecar itself "
    "should show up 3+ times. Give the story a title wrapped in << and >>.",
    [
        ("words:palindrome", {}, "crams in at least ten palindromic words of five letters or more"),
        ("keywords:frequency", {"keyword": "racecar", "frequency": 3, "relation": AL}, "The word racecar itself should show up 3+ times."),
        ("detectable_format:title", {}, "Give the story a title wrapped in << and >>."),
    ],
    tags=["insent"],
)
# 9 learner: Russian transliteration
add(
    "Hello! I am learning Russian but my laptop has no Cyrillic keyboard. Could you give me some simple "
    "everyday phrases with English translations? Write the Russian in Latin letters only "
    "(transliteration) - no Cyrillic at all, please. Numbered list, 6 items or more. Last time you "
    "separated things with a \"|\" and I found it confusing, so the | character should appear at most "
    "once in your answer. And no exclamation marks, they look shouty to me.",
    [
        ("language:no_script", {"script": "cyrillic"}, ["Write the Russian in Latin letters only", "no Cyrillic at all"]),
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "Numbered list, 6 items or more."),
        ("format:list_sep_at_most_once", {"sep": "|"}, "the | character should appear at most once in your answer"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
    ],
    ["with English translations"],
    tags=["polite", "repeat"],
)
# 10 teacher: punctuation lesson
add(
    "For tomorrow's punctuation lesson: write a short scene at a bus stop, no dialogue, that has an equal "
    "number of statements, questions and exclamations. It should also use every punctuation mark at "
    "least once: full stop, comma, exclamation mark, question mark, semicolon, colon, and an interrobang "
    "(?!). Stay below 120 words. Don't use any em dashes; my students mix them up with hyphens.",
    [
        ("ratio:sentence_balance", {}, "an equal number of statements, questions and exclamations"),
        ("count:punctuation", {}, "use every punctuation mark at least once"),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "Stay below 120 words."),
        ("punctuation:no_em_dash", {}, "Don't use any em dashes"),
    ],
    ["no dialogue"],
    tags=["insent"],
)
# 11 hobbyist: telegraphic style
add(
    "I'm experimenting with telegraphic style. Describe a busy train station so that function words "
    "(the, a, of, and, to, in, etc.) make up no more than 25% of all the words. The very first word "
    "should be a verb, like a stage direction. 60 words or more. No bullet points, it has to be "
    "continuous text.",
    [
        ("ratio:stop_words", {"percentage": 25}, "function words (the, a, of, and, to, in, etc.) make up no more than 25% of all the words"),
        ("words:start_verb", {}, "The very first word should be a verb"),
        ("length_constraints:number_words", {"num_words": 60, "relation": AL}, "60 words or more."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "No bullet points"),
    ],
)
# 12 poet: skinny poem
add(
    "i want a skinny poem about rain on a tin roof. one word per line, every single word on its own "
    "line. under 40 words. let one word appear more than three times, like the rain does. finish on the "
    "line: drumming. lowercase only.",
    [
        ("format:newline", {}, ["one word per line", "every single word on its own line"]),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "under 40 words"),
        ("words:repeats_exceed", {"small_n": 3}, "let one word appear more than three times"),
        ("startend:end_checker", {"end_phrase": "drumming"}, "finish on the line: drumming"),
        ("change_case:english_lowercase", {}, "lowercase only"),
    ],
    tags=["lower", "repeat"],
)
# 13 teacher: rocket, sentence increment
add(
    "Warm-up for writing club: a paragraph about a rocket launch where each sentence has exactly one "
    "more word than the sentence before it. Open with a verb (something like 'Count down.'), aim for at "
    "least 7 sentences, and throw in an exclamation mark or two - it's a rocket launch after all.",
    [
        ("sentence:increment", {"small_n": 1}, "each sentence has exactly one more word than the sentence before it"),
        ("words:start_verb", {}, "Open with a verb"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": AL}, "aim for at least 7 sentences"),
        ("punctuation:use_exclamation", {}, "throw in an exclamation mark or two"),
    ],
    tags=["insent"],
)
# 14 puzzle: prime word lengths
add(
    "Constraint game: write 4 or more sentences about a fox in which every word has a prime number of "
    "letters (2, 3, 5, 7, 11...). So 'the' and 'fox' are fine, but 'a' (1 letter) or 'four' (4) are out. "
    "Don't say 'fox' in the opening sentence though - make the reader guess. No exclamation points.",
    [
        ("words:prime_lengths", {}, "every word has a prime number of letters"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": AL}, "4 or more sentences"),
        ("sentence:keyword_absent", {"word": "fox", "N": 1}, "Don't say 'fox' in the opening sentence"),
        ("punctuation:no_exclamation", {}, "No exclamation points."),
    ],
    tags=["insent"],
)
# 15 learner: pronouns (ESL)
add(
    "english learner here (my first language is portuguese). i need more pratice with pronouns. write a "
    "short story in english about two friends cooking dinner that use a lot of pronouns, minimum 25 "
    "pronouns (he, she, they, it, him, her, them, we, us...). maximum 200 words. and please add a P.S. "
    "with one grammar tip about pronouns",
    [
        ("language:response_language", {"language": "en"}, "in english"),
        ("count:pronouns", {"N": 25}, "minimum 25 pronouns"),
        ("length_constraints:number_words", {"num_words": 201, "relation": LT}, "maximum 200 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S."),
    ],
    ["with one grammar tip about pronouns"],
    tags=["typo", "insent"],
)
# 16 teacher: pronoun ambiguity
add(
    "Exercise on pronoun ambiguity: write a 100-150 word account of a lost dog being found, using fewer "
    "than five pronouns in total (repeat the nouns instead). It should contain exactly two numbers - "
    "say, the time and the house number. Plain text only, no markdown.",
    [
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "100-150 word"),
        ("count:pronouns_fewer", {"N": 5}, "using fewer than five pronouns in total"),
        ("count:numbers", {"N": 2}, "It should contain exactly two numbers"),
        ("format:no_markdown", {}, "Plain text only, no markdown."),
    ],
    tags=["insent"],
)
# 17 poet: counting poem
add(
    "A counting poem for midwinter. Use 'bell' exactly once, 'snow' exactly twice, 'pine' exactly three "
    "times, 'light' exactly five times and 'hush' exactly seven times. Stagger it like drifting snow: "
    "every line indented further than the line before. And leave out commas entirely.",
    [
        ("count:keywords_multiple", {"keyword1": "bell", "keyword2": "snow", "keyword3": "pine", "keyword4": "light", "keyword5": "hush"},
         "Use 'bell' exactly once, 'snow' exactly twice, 'pine' exactly three times, 'light' exactly five times and 'hush' exactly seven times."),
        ("format:line_indent", {}, "every line indented further than the line before"),
        ("punctuation:no_comma", {}, "leave out commas entirely"),
    ],
)
# 18 puzzle: three equal sentences
add(
    "Here's a tough one. Three sentences about the moon - exactly three - each with precisely the same "
    "number of characters, and no word may be used twice anywhere. Wrap your entire answer in double "
    "quotation marks. Keep it calm: not a single '!'.",
    [
        ("ratio:sentence_words", {}, "Three sentences about the moon - exactly three - each with precisely the same number of characters, and no word may be used twice anywhere."),
        ("startend:quotation", {}, "Wrap your entire answer in double quotation marks."),
        ("punctuation:no_exclamation", {}, "not a single '!'"),
    ],
)
# 19 teacher: vocab worksheet template
add(
    "I'm putting together a vocab worksheet. For the word 'ephemeral', fill in this exact template and "
    "nothing else:\n\nWord: [word]\nPart of speech: [part of speech]\nDefinition: [definition]\n"
    "Example sentence: [sentence]\n\nThe whole thing should come in under 60 words, and please don't use "
    "the word 'short' in the definition line.",
    [
        ("format:output_template", {}, "fill in this exact template and nothing else"),
        ("length_constraints:number_words", {"num_words": 60, "relation": LT}, "The whole thing should come in under 60 words"),
    ],
    ["don't use the word 'short' in the definition line"],
    tags=["polite"],
)
# 20 puzzle: scriptio continua
add(
    "Scriptio continua experiment: write a fortune-cookie message the way ancient inscriptions were "
    "written - no spaces, no line breaks, no whitespace of any kind. Make it three sentences with exactly "
    "the same character count each, and don't reuse any word. ALL CAPITAL LETTERS, like a stone carving. "
    "Fewer than 150 characters in total.",
    [
        ("format:no_whitespace", {}, "no spaces, no line breaks, no whitespace of any kind"),
        ("ratio:sentence_words", {}, "Make it three sentences with exactly the same character count each, and don't reuse any word."),
        ("change_case:english_capital", {}, "ALL CAPITAL LETTERS"),
        ("length:number_characters", {"num_chars": 150, "relation": LT}, "Fewer than 150 characters in total."),
    ],
    tags=["caps"],
)
# 21 poet: elegy
add(
    "Write an elegy for a drowned village, the kind of place that vanished under a reservoir. Name at "
    "most one person - I want the village itself to be the main character. At least 14 lines. I'd like "
    "at least one em dash in there (—), it suits the halting rhythm.",
    [
        ("count:person_names_fewer", {"N": 2}, "Name at most one person"),
        ("length:number_lines", {"num_lines": 14, "relation": AL}, "At least 14 lines."),
        ("punctuation:use_em_dash", {}, "at least one em dash in there"),
    ],
    ["I want the village itself to be the main character"],
    tags=["polite"],
)
# 22 hobbyist: Seuss vocabulary
add(
    "Dr. Seuss wrote Green Eggs and Ham with only 50 different words. Try the same trick: a rhyming kids' "
    "story about a goat in a boat that uses fewer than 50 distinct words but runs to at least 150 words "
    "in total. Repetition is the point, so at least one word has to appear more than 5 times. Put a "
    "title at the top in <<double angle brackets>>.",
    [
        ("count:unique_word_count_fewer", {"N": 50}, "uses fewer than 50 distinct words"),
        ("length_constraints:number_words", {"num_words": 150, "relation": AL}, "runs to at least 150 words in total"),
        ("words:repeats_exceed", {"small_n": 5}, "at least one word has to appear more than 5 times"),
        ("detectable_format:title", {}, "Put a title at the top in <<double angle brackets>>."),
    ],
    ["rhyming"],
    tags=["insent"],
)
# 23 teacher: IB bookshop
add(
    "Model answer for my IB English students: a 250+ word descriptive piece about an old secondhand "
    "bookshop. It must use at least 170 different words, so no leaning on the same few adjectives, and "
    "no single word may appear more than 6 times. Finish with a question the class can discuss.",
    [
        ("length_constraints:number_words", {"num_words": 250, "relation": AL}, "a 250+ word"),
        ("count:unique_word_count", {"N": 170}, "It must use at least 170 different words"),
        ("words:repeats", {"small_n": 6}, "no single word may appear more than 6 times"),
        ("content:end_with_question", {}, "Finish with a question the class can discuss."),
    ],
    tags=["insent"],
)
# 24 puzzle: lantern positions
add(
    "Sneaky one: a paragraph about a haunted lighthosue where the 2nd word of your whole response AND "
    "the second-to-last word are both \"lantern\". The fourth sentence has to include the word "
    "\"keeper\". Under 80 words. Skip em dashes entirely.",
    [
        ("words:words_position", {"keyword": "lantern"}, "the 2nd word of your whole response AND the second-to-last word are both \"lantern\""),
        ("sentence:keyword", {"word": "keeper", "N": 4}, "The fourth sentence has to include the word \"keeper\"."),
        ("length_constraints:number_words", {"num_words": 80, "relation": LT}, "Under 80 words."),
        ("punctuation:no_em_dash", {}, "Skip em dashes entirely."),
    ],
    tags=["typo"],
)
# 25 learner: French, Lyon
add(
    "Practising my French! Could you write a little paragraph in French about a weekend in Lyon, at least "
    "four sentences long? Make 'hier' the very first word of the second sentence. Include at least one "
    "comma somewhere (I'm working on where they go). Entire answer in French, no English glosses please.",
    [
        ("language:response_language", {"language": "fr"}, ["a little paragraph in French", "Entire answer in French, no English glosses"]),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": AL}, "at least four sentences long"),
        ("words:keywords_specific_position", {"keyword": "hier", "n": 2, "m": 1}, "Make 'hier' the very first word of the second sentence."),
        ("punctuation:use_comma", {}, "Include at least one comma somewhere"),
    ],
    tags=["polite", "repeat"],
)
# 26 teacher: uniforms essay
add(
    "Write a short argumentative piece for Year 11 on whether school uniforms should be abolished.\n"
    "Format:\n"
    "- Three sections, headed SECTION 1, SECTION 2 and SECTION 3\n"
    "- Open each section with a one-sentence thesis statement in italics, using HTML <i></i> tags (our "
    "LMS doesn't render markdown)\n"
    "- Don't use the phrase \"in conclusion\"\n"
    "And, ironic given this format list, no bullet lists in the essay itself.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3}, "Three sections, headed SECTION 1, SECTION 2 and SECTION 3"),
        ("format:thesis", {}, "Open each section with a one-sentence thesis statement in italics, using HTML <i></i> tags"),
        ("keywords:forbidden_phrase", {"phrase": "in conclusion"}, "Don't use the phrase \"in conclusion\""),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet lists in the essay itself"),
    ],
    tags=["list"],
)
# 27 hobbyist: Great Vowel Shift
add(
    "Can you explain the Great Vowel Shift in three parts, each under its own Markdown heading (## "
    "style)? Begin each part with its thesis sentence in italics, but write the italics with <i>...</i> "
    "HTML tags rather than asterisks. I'd like 200 words or more overall, and include at least one link "
    "to a reputable source so I can read further.",
    [
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "each under its own Markdown heading"),
        ("format:thesis", {}, "Begin each part with its thesis sentence in italics, but write the italics with <i>...</i> HTML tags rather than asterisks."),
        ("length_constraints:number_words", {"num_words": 200, "relation": AL}, "200 words or more overall"),
        ("content:include_url", {}, "include at least one link to a reputable source"),
    ],
    tags=["polite", "insent"],
)
# 28 poet: grandmother's kitchen
add(
    "A prose poem about my grandmother's kitchen. The circle idea: each paragraph should close on the "
    "same word it opens with. Use at least three paragraphs, with a blank line between each. The second "
    "sentence needs the word 'flour' in it. And no commas if you can manage it.",
    [
        ("words:paragraph_last_first", {}, "each paragraph should close on the same word it opens with"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL}, "Use at least three paragraphs, with a blank line between each."),
        ("sentence:keyword", {"word": "flour", "N": 2}, "The second sentence needs the word 'flour' in it."),
        ("punctuation:no_comma", {}, "no commas if you can manage it"),
    ],
    tags=["polite"],
)
# 29 puzzle: anti-alliteration picnic
add(
    "Anti-alliteration challenge!! Describe a peaceful picnic, but no two neighbouring words may begin "
    "with the same letter. 50-70 words. The word 'basket' must appear. Extra rule: alternate between "
    "words with an odd number of syllables and words with an even number.",
    [
        ("words:no_consecutive", {}, "no two neighbouring words may begin with the same letter"),
        ("count:word_count_range", {"min_words": 50, "max_words": 70}, "50-70 words."),
        ("keywords:existence", {"keywords": ["basket"]}, "The word 'basket' must appear."),
        ("words:odd_even_syllables", {}, "alternate between words with an odd number of syllables and words with an even number"),
    ],
)
# 30 poet: storm, alliteration snowball
add(
    "Write a little storm poem, but in full sentences rather than line-broken verse. Make the "
    "alliteration snowball: each sentence should have a longer run of words starting with the same "
    "letter than the sentence before it. Five sentences at least. The first sentence must contain "
    "'thunder', and 'rain' should be the third word of sentence two.",
    [
        ("sentence:alliteration_increment", {}, "each sentence should have a longer run of words starting with the same letter than the sentence before it"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": AL}, "Five sentences at least."),
        ("sentence:keyword", {"word": "thunder", "N": 1}, "The first sentence must contain 'thunder'"),
        ("words:keywords_specific_position", {"keyword": "rain", "n": 2, "m": 3}, "'rain' should be the third word of sentence two"),
    ],
    ["in full sentences rather than line-broken verse"],
)
# 31 teacher: bakery alliteration
add(
    "for my sound-devices unit: a descriptive paragraph about a busy bakery where every sentence beats "
    "the previous one on alliterative run length (consecutive words sharing a first letter). don't use "
    "the word 'bread' in the first sentence, save it for later. at least 80 words. write it all in "
    "lowercase.",
    [
        ("sentence:alliteration_increment", {}, "every sentence beats the previous one on alliterative run length"),
        ("sentence:keyword_absent", {"word": "bread", "N": 1}, "don't use the word 'bread' in the first sentence"),
        ("length_constraints:number_words", {"num_words": 80, "relation": AL}, "at least 80 words"),
        ("change_case:english_lowercase", {}, "write it all in lowercase"),
    ],
    tags=["lower", "insent"],
)
# 32 hobbyist: consonant-cluster forecast
add(
    "Linguistics-nerd request: a mini weather report where every single word contains a consonant "
    "cluster, i.e. two or more consonants back to back ('strong', 'winds', 'north'). Start with "
    "\"FORECAST:\" exactly. At most 30 words, and in capitals like an old shipping forecast.",
    [
        ("words:consonants", {}, "every single word contains a consonant cluster"),
        ("startend:start_phrase", {"start_phrase": "FORECAST:"}, "Start with \"FORECAST:\" exactly."),
        ("length_constraints:number_words", {"num_words": 31, "relation": LT}, "At most 30 words"),
        ("change_case:english_capital", {}, "in capitals like an old shipping forecast"),
    ],
    tags=["insent"],
)
# 33 poet: carousel
add(
    "a poem about a carousel going round: alternate odd-syllable and even-syllable words all the way "
    "through (one-syllable, two-syllable, one, two... any odd/even swing works). each word on a line of "
    "its own so it spins down the page. fewer than 40 words. don't end on a question.",
    [
        ("words:odd_even_syllables", {}, "alternate odd-syllable and even-syllable words all the way through"),
        ("format:newline", {}, "each word on a line of its own"),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "fewer than 40 words"),
        ("content:not_end_with_question", {}, "don't end on a question"),
    ],
    tags=["lower"],
)
# 34 learner: Kyoto, every 4th word Japanese
add(
    "Japanese study request: tell me about a trip to Kyoto with every fourth word in Japanese and the "
    "rest in English. Kanji are welcome - in fact please include at least a few kanji so I practise "
    "reading them. Minimum of 60 words. Zero emoji.",
    [
        ("count:words_japanese", {"N": 4}, "every fourth word in Japanese"),
        ("language:use_script", {"script": "han"}, "please include at least a few kanji"),
        ("length_constraints:number_words", {"num_words": 60, "relation": AL}, "Minimum of 60 words."),
        ("format:no_emoji", {}, "Zero emoji."),
    ],
    tags=["insent"],
)
# 35 learner: katakana cafe
add(
    "I'm reviewing katakana loanwords. Write a short English paragraph about a café that drops in some "
    "katakana words (コーヒー, ケーキ, that kind of thing). Put each katakana word in quotes and follow it "
    "straight away with its meaning, not in quotes. No more than 5 sentences.",
    [
        ("language:use_script", {"script": "kana"}, "drops in some katakana words"),
        ("format:quote_unquote", {}, "Put each katakana word in quotes and follow it straight away with its meaning, not in quotes."),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "No more than 5 sentences."),
    ],
    tags=["insent"],
)
# 36 teacher: idioms email
add(
    "I teach idioms to adult ESL learners. Write a friendly short email from one coworker to another "
    "that uses four common idioms. Every idiom goes in double quotes and must be immediately followed by "
    "a plain-English explanation that is NOT itself in quotes. Sign off with [Your Name] as a "
    "placeholder. 120 words max.",
    [
        ("format:quote_unquote", {}, "Every idiom goes in double quotes and must be immediately followed by a plain-English explanation that is NOT itself in quotes."),
        ("detectable_content:number_placeholders", {"num_placeholders": 1}, "Sign off with [Your Name] as a placeholder."),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "120 words max."),
    ],
    ["uses four common idioms"],
)
# 37 teacher: nested quotation marks
add(
    "Create a short passage for teaching nested quotation marks: a character quotes someone who is quoting "
    "someone else, so the quotations go at least three levels deep, alternating double and single marks "
    "(\" ' \"). Make sure it has at least one comma, since comma placement before quotes is part of the "
    "lesson. Then add at least 2 bullet points summarising the rule.",
    [
        ("format:quotes", {}, "the quotations go at least three levels deep, alternating double and single marks"),
        ("punctuation:use_comma", {}, "Make sure it has at least one comma"),
        ("format:bullet_points", {"num_bullets": 2, "relation": AL}, "add at least 2 bullet points summarising the rule"),
    ],
)
# 38 puzzle: knock-knock nested quotes
add(
    "Write a knock-knock joke where Alice says that Bob said that Carol said something: show it with "
    "quotes inside quotes inside quotes (three deep minimum), switching between \" and ' at every level. "
    "Under 300 characters total, spaces included. It's a joke, so at least one exclamation point, please.",
    [
        ("format:quotes", {}, "quotes inside quotes inside quotes (three deep minimum), switching between \" and ' at every level"),
        ("length:number_characters", {"num_chars": 300, "relation": LT}, "Under 300 characters total, spaces included."),
        ("punctuation:use_exclamation", {}, "at least one exclamation point"),
    ],
    tags=["polite"],
)
# 39 teacher: apostrophes
add(
    "Summarise the rules for using apostrophes. Layout: open with at least two full sentences ending in "
    "periods, then at least two bullet points marked with *. Don't go over 150 words. Leave out URLs.",
    [
        ("format:no_bullets_bullets", {}, "open with at least two full sentences ending in periods, then at least two bullet points marked with *"),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "Don't go over 150 words."),
        ("content:no_urls", {}, "Leave out URLs."),
    ],
)
# 40 hobbyist: minimal pairs
add(
    "Quick explainer on what a minimal pair is. Two or more plain sentences first (each ending with a "
    "full stop), followed by 2+ asterisk bullets giving English example pairs. Use the word 'phoneme' at "
    "least twice, and link to one IPA chart online.",
    [
        ("format:no_bullets_bullets", {}, "Two or more plain sentences first (each ending with a full stop), followed by 2+ asterisk bullets"),
        ("keywords:frequency", {"keyword": "phoneme", "frequency": 2, "relation": AL}, "Use the word 'phoneme' at least twice"),
        ("content:include_url", {}, "link to one IPA chart online"),
    ],
)
# 41 puzzle: riddle, fixed options
add(
    "riddle: i speak without a mouth and hear without ears. what am i? answer only with one of these: "
    "echo/wind/shadow/ghost. no explanation. lowercase, and no spaces or line breaks at all, my answer "
    "checker chokes on whitespace.",
    [
        ("format:options", {"options": "echo/wind/shadow/ghost"}, "answer only with one of these: echo/wind/shadow/ghost. no explanation."),
        ("change_case:english_lowercase", {}, "lowercase"),
        ("format:no_whitespace", {}, "no spaces or line breaks at all"),
    ],
    tags=["lower"],
)
# 42 hobbyist: grammaticality verdict
add(
    "Is \"Colorless green ideas sleep furiously\" grammatical in standard English? Respond with exactly "
    "one of grammatical/ungrammatical/borderline and nothing more. Don't put the answer in quotation "
    "marks.",
    [
        ("format:options", {"options": "grammatical/ungrammatical/borderline"}, "Respond with exactly one of grammatical/ungrammatical/borderline and nothing more."),
        ("startend:no_quotation", {}, "Don't put the answer in quotation marks."),
    ],
)
# 43 teacher: hamster newsletter
add(
    "Writing a blurb for our class newsletter (2nd graders) about our class hamster, Peanut. End every "
    "sentence with an emoji! Keep it to 10 words max per sentence. Say 'Peanut' at least twice, and use "
    "fewer than 6 pronouns - repeating his name is better for early readers. Mix it evenly: as many "
    "questions as exclamations as plain statements.",
    [
        ("format:emoji", {}, "End every sentence with an emoji!"),
        ("length:max_words_per_sentence", {"max_words": 10}, "10 words max per sentence"),
        ("keywords:frequency", {"keyword": "Peanut", "frequency": 2, "relation": AL}, "Say 'Peanut' at least twice"),
        ("count:pronouns_fewer", {"N": 6}, "use fewer than 6 pronouns"),
        ("ratio:sentence_balance", {}, "as many questions as exclamations as plain statements"),
    ],
)
# 44 poet: instagram caption
add(
    "instagram caption for my new poem 'salt'. three short sentences, each one closing with an emoji, "
    "then at least 3 hashtags. no more than five emojis in total. and skip the em-dash (—) please",
    [
        ("format:emoji", {}, "each one closing with an emoji"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "at least 3 hashtags"),
        ("format:number_emojis", {"num_emojis": 6, "relation": LT}, "no more than five emojis in total"),
        ("punctuation:no_em_dash", {}, "skip the em-dash (—)"),
    ],
    ["three short sentences"],
    tags=["lower"],
)
# 45 teacher: word of the day
add(
    "Make a 'word of the day' post for my Year 5 class about the word 'serendipity'.\nRules:\n"
    "* emojis yes (make it pop), but no more than four of them\n"
    "* Markdown formatting - bold the word, maybe a heading\n"
    "* under 100 words\n"
    "* two hashtags max at the end, for the school's page",
    [
        ("format:use_emoji", {}, "emojis yes (make it pop)"),
        ("format:number_emojis", {"num_emojis": 5, "relation": LT}, "no more than four of them"),
        ("format:use_markdown", {}, "Markdown formatting"),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT}, "under 100 words"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": LT}, "two hashtags max"),
    ],
    tags=["list"],
)
# 46 learner: Spanish food sentences
add(
    "hola! can u write me a few easy spanish sentences about food for a beginner? only spanish, no "
    "english pls. use exactly 3 numbers (prices or quantities, written as digits) and put at least one "
    "emoji somewhere to make it fun :)",
    [
        ("language:response_language", {"language": "es"}, ["a few easy spanish sentences", "only spanish, no english"]),
        ("count:numbers", {"N": 3}, "use exactly 3 numbers"),
        ("format:use_emoji", {}, "put at least one emoji somewhere"),
    ],
    ["for a beginner"],
    tags=["lower", "typo", "repeat"],
)
# 47 hobbyist: PIE root as JSON
add(
    "Give me the Proto-Indo-European root for 'father' and its reflexes in Latin, Greek and Sanskrit. "
    "Respond only with a JSON object with the keys \"root\", \"latin\", \"greek\", \"sanskrit\". Write the "
    "Greek form in the Greek alphabet and the Sanskrit one in Devanagari, not transliterated.",
    [
        ("detectable_format:json_format", {}, "Respond only with a JSON object"),
        ("format:json_keys", {"keys": ["root", "latin", "greek", "sanskrit"]}, "Respond only with a JSON object with the keys \"root\", \"latin\", \"greek\", \"sanskrit\"."),
        ("language:use_script", {"script": "greek"}, "Write the Greek form in the Greek alphabet"),
        ("language:use_script", {"script": "devanagari"}, "the Sanskrit one in Devanagari"),
    ],
)
# 48 teacher: flashcard JSON
add(
    "Build quiz data for my flashcard app: five French food words and their English meanings. The output "
    "must be a JSON object whose keys are exactly \"french\" and \"english\" (each an array). No extra "
    "prose before or after it.",
    [
        ("detectable_format:json_format", {}, ["The output must be a JSON object", "No extra prose before or after it."]),
        ("format:json_keys", {"keys": ["french", "english"]}, "The output must be a JSON object whose keys are exactly \"french\" and \"english\""),
    ],
    ["five French food words and their English meanings"],
    tags=["repeat"],
)
# 49 poet: workshop handout, not JSON
add(
    "Define 'liminal', 'palimpsest' and 'sonder' for a poetry workshop handout. Last time you gave me a "
    "JSON object with \"word\" and \"definition\" keys; please don't do that again, I want a readable "
    "handout. Use Markdown so it prints nicely (bold the terms). Finish with a postscript (P.S.) "
    "recommending one poem that uses one of the words. Don't close on a question.",
    [
        ("format:not_json_keys", {"keys": ["word", "definition"]}, "you gave me a JSON object with \"word\" and \"definition\" keys; please don't do that again"),
        ("format:use_markdown", {}, "Use Markdown so it prints nicely"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Finish with a postscript (P.S.)"),
        ("content:not_end_with_question", {}, "Don't close on a question."),
    ],
    ["recommending one poem that uses one of the words"],
    tags=["polite"],
)
# 50 hobbyist: quarantine etymology
add(
    "Tell me about the etymology of 'quarantine'. NOT as a JSON object with keys \"word\" and \"origin\" "
    "please, my screen reader chokes on those. Two paragraphs at most, with a blank line between them. "
    "Work in the words 'Venice' and 'forty'.",
    [
        ("format:not_json_keys", {"keys": ["word", "origin"]}, "NOT as a JSON object with keys \"word\" and \"origin\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT}, "Two paragraphs at most, with a blank line between them."),
        ("keywords:existence", {"keywords": ["Venice", "forty"]}, "Work in the words 'Venice' and 'forty'."),
    ],
    tags=["caps"],
)
# 51 puzzle: anagram pairs with ~~
add(
    "List at least six anagram pairs (like listen/silent). Put ~~ in front of each item instead of a "
    "bullet or number. Every word you list needs a consonant cluster, e.g. the 'st' in listen. Don't use "
    "the word 'easy' anywhere, and keep it to 250 non-space characters or fewer.",
    [
        ("format:list", {"sep": "~~"}, "Put ~~ in front of each item instead of a bullet or number."),
        ("words:consonants", {}, "Every word you list needs a consonant cluster"),
        ("keywords:forbidden_words", {"forbidden_words": ["easy"]}, "Don't use the word 'easy' anywhere"),
        ("length:number_nonspace_characters", {"num_chars": 251, "relation": LT}, "keep it to 250 non-space characters or fewer"),
    ],
    ["List at least six anagram pairs"],
)
# 52 puzzle: cat portmanteaus
add(
    "Brainstorm cat-themed portmanteau words (purrfect, meowgical...). Please don't mark the items with "
    "'::', it breaks my spreadsheet import; at most one '::' in the entire answer. Mark each one with >> "
    "at the start instead. I need 7 or more.",
    [
        ("format:list_sep_at_most_once", {"sep": "::"}, ["don't mark the items with '::'", "at most one '::' in the entire answer"]),
        ("format:list", {"sep": ">>"}, "Mark each one with >> at the start instead."),
    ],
    ["I need 7 or more."],
    tags=["polite", "repeat"],
)
# 53 hobbyist: Indo-European outline
add(
    "Outline the main branches of the Indo-European family. Use * for the main bullets and give every "
    "branch at least one sub-bullet with - naming a living language. Aim for a rich vocabulary: at least "
    "100 distinct words. Stay under 200 words in total. No bold or italics anywhere.",
    [
        ("format:sub-bullets", {}, "Use * for the main bullets and give every branch at least one sub-bullet with -"),
        ("count:unique_word_count", {"N": 100}, "at least 100 distinct words"),
        ("length_constraints:number_words", {"num_words": 200, "relation": LT}, "Stay under 200 words in total."),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "No bold or italics anywhere."),
    ],
    ["naming a living language"],
)
# 54 teacher: haiku lesson plan
add(
    "lesson plan outline for a 45 minute class on haiku. bullet points with asterisks, and under each "
    "bullet at least one dash sub-point. 2 markdown headings at minimum (## style). no emojis pls",
    [
        ("format:sub-bullets", {}, "bullet points with asterisks, and under each bullet at least one dash sub-point"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "2 markdown headings at minimum"),
        ("format:no_emoji", {}, "no emojis pls"),
    ],
    tags=["lower", "typo"],
)
# 55 puzzle: crossword themes, title case
add(
    "Invent 5 crossword theme titles. Write the whole response in Title Case (capitalise every major "
    "word). 'Puzzle' should appear at least twice. No lazy alliteration: no two words in a row may start "
    "with the same letter. Keep it under 300 characters, not counting spaces.",
    [
        ("format:title_case", {}, "Write the whole response in Title Case"),
        ("keywords:frequency", {"keyword": "Puzzle", "frequency": 2, "relation": AL}, "'Puzzle' should appear at least twice."),
        ("words:no_consecutive", {}, "no two words in a row may start with the same letter"),
        ("length:number_nonspace_characters", {"num_chars": 300, "relation": LT}, "Keep it under 300 characters, not counting spaces."),
    ],
    ["Invent 5 crossword theme titles"],
)
# 56 poet: autumn fog, title case
add(
    "Could you write a short poem about autumn fog where every major word is capitalised (title case, "
    "the whole thing)? I'd love the sentences to chain: each one starts with the word the previous "
    "sentence ended on. No more than 12 lines. An em dash somewhere would be lovely too.",
    [
        ("format:title_case", {}, "every major word is capitalised (title case, the whole thing)"),
        ("words:last_first", {}, "each one starts with the word the previous sentence ended on"),
        ("length:number_lines", {"num_lines": 13, "relation": LT}, "No more than 12 lines."),
        ("punctuation:use_em_dash", {}, "An em dash somewhere would be lovely too."),
    ],
    tags=["polite", "insent"],
)
# 57 learner: question formation
add(
    "I'm practising question formation in English. Write a short text about a job interview with exactly "
    "twice as many ordinary statements as questions (2:1). Begin your reply with the words \"Interview "
    "notes:\". Mention fewer than three people by name. No more than 180 words.",
    [
        ("ratio:sentence_type", {}, "exactly twice as many ordinary statements as questions (2:1)"),
        ("startend:start_phrase", {"start_phrase": "Interview notes:"}, "Begin your reply with the words \"Interview notes:\"."),
        ("count:person_names_fewer", {"N": 3}, "Mention fewer than three people by name."),
        ("length_constraints:number_words", {"num_words": 181, "relation": LT}, "No more than 180 words."),
    ],
    tags=["insent"],
)
# 58 teacher: Socratic seminar
add(
    "Model paragraph for Socratic seminar prep, on 'Is it ever right to lie?'. Declarative sentences "
    "should outnumber questions exactly two to one. Each sentence must be exactly two words longer than "
    "the one before, and make sure at least one sentence runs past 25 words. The final sentence has to "
    "be a question. Keep it as a single paragraph.",
    [
        ("ratio:sentence_type", {}, "Declarative sentences should outnumber questions exactly two to one."),
        ("sentence:increment", {"small_n": 2}, "Each sentence must be exactly two words longer than the one before"),
        ("length:long_sentence", {"max_words": 25}, "make sure at least one sentence runs past 25 words"),
        ("content:end_with_question", {}, "The final sentence has to be a question."),
    ],
    ["Keep it as a single paragraph."],
)
# 59 hobbyist: trigram-overlap paraphrase
add(
    "Paraphrase test. Reference sentence: \"The committee decided to postpone the vote until every member "
    "had read the full report.\" Rewrite it so that your version's word-trigram overlap with the "
    "reference is about 20%, give or take 2 points. Answer in this fixed layout:\n"
    "Paraphrase: [your sentence]\nEstimated overlap: [number]%\nNo commas.",
    [
        ("ratio:overlap", {"reference_text": "The committee decided to postpone the vote until every member had read the full report.", "percentage": 20},
         "Rewrite it so that your version's word-trigram overlap with the reference is about 20%, give or take 2 points."),
        ("format:output_template", {}, "Answer in this fixed layout"),
        ("punctuation:no_comma", {}, "No commas."),
    ],
)
# 60 teacher: patchwriting example
add(
    "I'm building a plagiarism-awareness exercise. Original: \"Photosynthesis converts light energy into "
    "chemical energy that plants store as sugar.\" Write a 'patchwritten' version whose three-word "
    "sequences overlap with the original at 50% (±2%), so students can see what too-close paraphrasing "
    "looks like. Less than forty words, and end with the exact phrase \"(patchwriting example)\".",
    [
        ("ratio:overlap", {"reference_text": "Photosynthesis converts light energy into chemical energy that plants store as sugar.", "percentage": 50},
         "whose three-word sequences overlap with the original at 50% (±2%)"),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "Less than forty words"),
        ("startend:end_checker", {"end_phrase": "(patchwriting example)"}, "end with the exact phrase \"(patchwriting example)\""),
    ],
    tags=["insent"],
)
# 61 hobbyist: glue-heavy tea
add(
    "I want to see what glue-heavy English looks like. Write about a cup of tea.\nConstraints:\n"
    "1) stop words (the, of, and, to, a, in, it, that...) > 60% of all words\n"
    "2) 80+ words\n"
    "3) 2nd word and second-to-last word both 'tea'\n"
    "4) don't use 'very'",
    [
        ("ratio:stop_words_above", {"percentage": 60}, "stop words (the, of, and, to, a, in, it, that...) > 60% of all words"),
        ("length_constraints:number_words", {"num_words": 80, "relation": AL}, "80+ words"),
        ("words:words_position", {"keyword": "tea"}, "2nd word and second-to-last word both 'tea'"),
        ("keywords:forbidden_words", {"forbidden_words": ["very"]}, "don't use 'very'"),
    ],
    tags=["list"],
)
# 62 hobbyist: headlinese
add(
    "HEADLINESE DRILL. Rewrite this news intro as a terse headline: 'A man who had been missing for three "
    "days was found alive in the woods near the town on Tuesday.' Stop words may make up at most 15% of "
    "your words. Twenty-four words tops. ALL CAPS. Only words whose letter count is a prime number.",
    [
        ("ratio:stop_words", {"percentage": 15}, "Stop words may make up at most 15% of your words."),
        ("length_constraints:number_words", {"num_words": 25, "relation": LT}, "Twenty-four words tops."),
        ("change_case:english_capital", {}, "ALL CAPS."),
        ("words:prime_lengths", {}, "Only words whose letter count is a prime number."),
    ],
    tags=["caps"],
)
# 63 teacher: sleepy owl
add(
    "A bedtime paragraph about a sleepy owl for beginning readers. Lots of little glue words please: stop "
    "words should be above half (over 50%) of the text. Keep sentences to 8 words or fewer, use fewer "
    "than 3 different coordinating conjunctions, and keep the vocabulary tiny, under 40 different words.",
    [
        ("ratio:stop_words_above", {"percentage": 50}, "stop words should be above half (over 50%) of the text"),
        ("length:max_words_per_sentence", {"max_words": 8}, "Keep sentences to 8 words or fewer"),
        ("count:conjunctions_fewer", {"small_n": 3}, "use fewer than 3 different coordinating conjunctions"),
        ("count:unique_word_count_fewer", {"N": 40}, "under 40 different words"),
    ],
    ["for beginning readers"],
)
# 64 teacher: asyndeton battle
add(
    "Asyndeton practice for my AP Lang students: a short battle description that all but drops "
    "conjunctions. In the whole thing, use fewer than two distinct coordinating conjunctions (and, but, "
    "or, nor, for, yet, so). Include at least one sentence of more than 30 words to show off a long "
    "asyndetic list, and name at least three soldiers (Samuel, Owen, Nathan, whoever). The very last "
    "word should be 'Silence.'",
    [
        ("count:conjunctions_fewer", {"small_n": 2}, "use fewer than two distinct coordinating conjunctions"),
        ("length:long_sentence", {"max_words": 30}, "Include at least one sentence of more than 30 words"),
        ("count:person_names", {"N": 3}, "name at least three soldiers"),
        ("startend:end_checker", {"end_phrase": "Silence."}, "The very last word should be 'Silence.'"),
    ],
)
# 65 teacher: choose-your-own-adventure
add(
    "Write the opening of a choose-your-own-adventure story in the second person. Use at least 6 of the 7 "
    "FANBOYS (for, and, nor, but, or, yet, so), and since it's second person, plenty of pronouns, 20 at "
    "minimum. Exactly 2 paragraphs separated by the markdown divider ***. End by asking the reader which "
    "door they open.",
    [
        ("count:conjunctions", {"small_n": 6}, "Use at least 6 of the 7 FANBOYS"),
        ("count:pronouns", {"N": 20}, "plenty of pronouns, 20 at minimum"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 2}, "Exactly 2 paragraphs separated by the markdown divider ***."),
        ("content:end_with_question", {}, "End by asking the reader which door they open."),
    ],
    ["in the second person"],
)
# 66 puzzle: palindrome counting poem
add(
    "Palindrome poem challenge: use \"level\" exactly one time, \"radar\" two times, \"civic\" three times, "
    "\"refer\" five times and \"kayak\" seven times. In total it must contain at least 10 palindromic "
    "words, each five letters or longer. Punctuation bingo: get a . , ! ? ; : and an interrobang (?!) "
    "in there, each at least once. 149 words tops.",
    [
        ("count:keywords_multiple", {"keyword1": "level", "keyword2": "radar", "keyword3": "civic", "keyword4": "refer", "keyword5": "kayak"},
         "use \"level\" exactly one time, \"radar\" two times, \"civic\" three times, \"refer\" five times and \"kayak\" seven times"),
        ("words:palindrome", {}, "it must contain at least 10 palindromic words, each five letters or longer"),
        ("count:punctuation", {}, "get a . , ! ? ; : and an interrobang (?!) in there, each at least once"),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "149 words tops."),
    ],
)
# 67 poet: Hannah story
add(
    "Short story about a woman named Hannah who collects palindromes. Each paragraph has to begin and end "
    "with the same word (Hannah works nicely), with line breaks between paragraphs. But don't let it turn "
    "into a word list: include fewer than 10 palindromes of five letters or more in total, names "
    "included. 120 to 180 words. Third person, past tense.",
    [
        ("words:paragraph_last_first", {}, "Each paragraph has to begin and end with the same word"),
        ("words:palindrome_fewer", {}, "include fewer than 10 palindromes of five letters or more in total"),
        ("count:word_count_range", {"min_words": 120, "max_words": 180}, "120 to 180 words."),
    ],
    ["Third person, past tense."],
)
# 68 puzzle: kayak trip, three vowels
add(
    "One single paragraph about a kayak trip, written so that the whole text uses no more than three "
    "different vowels (for example only a, e and o). Since kayak is a palindrome, people go overboard: "
    "keep it to nine palindromes (5+ letters) at most. No fewer than 40 words.",
    [
        ("words:vowel", {}, "One single paragraph about a kayak trip, written so that the whole text uses no more than three different vowels"),
        ("words:palindrome_fewer", {}, "keep it to nine palindromes (5+ letters) at most"),
        ("length_constraints:number_words", {"num_words": 40, "relation": AL}, "No fewer than 40 words."),
    ],
    tags=["insent"],
)
# 69 puzzle: double lock
add(
    "Double lock puzzle. Write one paragraph where (1) each word begins with the letter following the "
    "previous word's first letter in the alphabet, Z wrapping to A, and (2) across the entire paragraph "
    "you use three distinct vowels or fewer. Under 200 characters. Theme: anything you like.",
    [
        ("words:alphabet", {}, "each word begins with the letter following the previous word's first letter in the alphabet, Z wrapping to A"),
        ("words:vowel", {}, "across the entire paragraph you use three distinct vowels or fewer"),
        ("length:number_characters", {"num_chars": 200, "relation": LT}, "Under 200 characters."),
    ],
    tags=["list"],
)
# 70 teacher: nesting dolls
add(
    "Fun one for my logic club: describe a set of Russian nesting dolls using nested brackets, with ( ), "
    "[ ] and { } stacked at least 5 levels deep, one level per doll. After that, give a numbered list of "
    "at least 5 facts about matryoshka dolls, plus one link for further reading.",
    [
        ("format:parentheses", {}, "with ( ), [ ] and { } stacked at least 5 levels deep"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "give a numbered list of at least 5 facts"),
        ("content:include_url", {}, "one link for further reading"),
    ],
    ["one level per doll"],
)


IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format", "keywords",
                   "length_constraints", "startend"}
IFEVAL_EXTRA = {"language:response_language", "language:not_response_language", "punctuation:no_comma"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid in IFEVAL_EXTRA


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags, prompts_per_id = Counter(), Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + 1 + i
        for cid, kw, exp in cons:
            for e in (exp if isinstance(exp, list) else [exp]):
                assert e in prompt, (key, e)
            assert types is None or cid in types, (key, cid)
            ids[cid] += 1
        for cid in {c[0] for c in cons}:
            prompts_per_id[cid] += 1
        for u in untyped:
            assert u in prompt, (key, u)
        assert 1 <= len(cons) <= 5, key
        for t in tg:
            tags[t] += 1
        if untyped:
            tags["untyped"] += 1
        if "lower" in tg:
            assert prompt == prompt.lower(), (key, "lower tag but not all lowercase")
        ncons[len(cons)] += 1
        lines.append(json.dumps({
            "key": key, "prompt": prompt,
            "instruction_id_list": [c[0] for c in cons],
            "kwargs": [c[1] for c in cons],
            "expected": [c[2] for c in cons],
            "untyped": untyped,
        }, ensure_ascii=False))
    (here / "data.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_if = sum(v for k, v in ids.items() if is_ifeval(k))
    total = sum(ids.values())
    print("prompts", len(E), "constraints", total, "ifeval", n_if, "other", total - n_if,
          f"other share {(total - n_if) / total:.1%}")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(tags))
    print("distinct ids", len(ids))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {prompts_per_id[k]:3d} {'I' if is_ifeval(k) else '-'} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "untyped"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3] or (t == "untyped" and e[2])])


if __name__ == "__main__":
    main()
