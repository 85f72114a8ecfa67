"""Hand-written prompts (authorO, dev5) for rpo's decomposition; writes data.jsonl and stats.

Persona: songwriters, comedians, kids' content makers, social-media creators, greeting-card
writers. Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (README counts only): insent = constraint inside the task sentence; repeat = stated twice;
list = requirement list; polite = indirect/polite form; typo = misspellings; caps = ALL-CAPS
instruction text; lower = all-lowercase prompt; foreign = prompt not in English; sys = system-prompt
style; ps = a requirement placed in a P.S. of the prompt; before = requirement before the task.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 83000  # keys 83001, 83002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 songwriter
add(
    "ok so i'm writing a breakup song about my toaster (long story). give me 3 parts, each one "
    "starting with a line that says PART 1, PART 2, PART 3. keep the whole thing under 150 words "
    "and the word \"crumbs\" has to show up at least twice. no commas pls, they mess up my phrasing",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 3},
         "give me 3 parts, each one starting with a line that says PART 1, PART 2, PART 3"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 150},
         "keep the whole thing under 150 words"),
        ("keywords:frequency", {"keyword": "crumbs", "frequency": 2, "relation": AL},
         "the word \"crumbs\" has to show up at least twice"),
        ("punctuation:no_comma", {}, "no commas pls"),
    ],
    tags=["lower", "typo"],
)
# 2 greeting card
add(
    "Need a birthday card verse for my grandma who just turned 90 and still destroys everyone at "
    "bingo. Four lines max. Rhyme it, and don't slap a title on top. End with the exact words "
    "\"Happy 90th, Nana!\" and nothing after that.",
    [
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "Four lines max."),
        ("detectable_format:no_title", {}, "don't slap a title on top"),
        ("startend:end_checker", {"end_phrase": "Happy 90th, Nana!"},
         "End with the exact words \"Happy 90th, Nana!\" and nothing after that."),
    ],
    ["Rhyme it"],
)
# 3 social media
add(
    "Caption for my cat's Instagram \u2014 she knocked the monstera off the shelf AGAIN. Write it in "
    "her voice, smug and unbothered.\n\nNeeds:\n- 5 hashtags or more\n- at least two emojis\n"
    "- under 200 characters total\n- put it in a code block so I can copy it on my phone",
    [
        ("content:number_hashtags", {"num_hashtags": 5, "relation": AL}, "5 hashtags or more"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "at least two emojis"),
        ("length:number_characters", {"num_chars": 200, "relation": LT}, "under 200 characters total"),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "put it in a code block so I can copy it on my phone"),
    ],
    ["Write it in her voice, smug and unbothered."],
    tags=["list"],
)
# 4 kids, Spanish
add(
    "Escribe un cuento cortito para niños de 5 años sobre una nube que no quiere llover. "
    "Respóndeme en español, máximo 120 palabras, y termina con una pregunta para los peques. "
    "Ponle un título entre dobles corchetes angulares, así: <<Título>>.",
    [
        ("language:response_language", {"language": "es"}, "Respóndeme en español"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "máximo 120 palabras"),
        ("content:end_with_question", {}, "termina con una pregunta para los peques"),
        ("detectable_format:title", {},
         "Ponle un título entre dobles corchetes angulares, así: <<Título>>."),
    ],
    tags=["foreign"],
)
# 5 comedian, system style
add(
    "You're my joke-writing partner for tonight. Always answer in ALL CAPS like you're yelling "
    "from the back of the club. Never use exclamation points though, the caps do the heavy "
    "lifting. Keep the whole answer under 60 words. First job: 3 one-liners about airport "
    "security.",
    [
        ("change_case:english_capital", {}, "Always answer in ALL CAPS"),
        ("punctuation:no_exclamation", {}, "Never use exclamation points though"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60},
         "Keep the whole answer under 60 words."),
    ],
    ["3 one-liners"],
    tags=["sys", "before"],
)
# 6 greeting card
add(
    "Draft a reusable thank-you card message for customers of my candle shop. Leave blanks in "
    "square brackets, like [customer name] and [scent], at least 3 of them. Three sentences or "
    "fewer, then a P.S. about our loyalty card.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Leave blanks in square brackets, like [customer name] and [scent], at least 3 of them."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT},
         "Three sentences or fewer"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "then a P.S."),
    ],
    ["about our loyalty card"],
)
# 7 social media, French
add(
    "Salut ! Je lance une chaîne YouTube de cuisine pour étudiants fauchés \U0001F35D. Écris-moi la "
    "description de la chaîne en français, sans aucun emoji (oui je sais, j'en ai mis un), et "
    "mets exactement trois puces markdown pour présenter les types de vidéos.",
    [
        ("language:response_language", {"language": "fr"}, "en français"),
        ("format:no_emoji", {}, "sans aucun emoji"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3},
         "mets exactement trois puces markdown"),
    ],
    tags=["foreign", "insent"],
)
# 8 songwriter, German
add(
    "Schreib mir einen Refrain für einen Schlager über Currywurst. Auf Deutsch bitte, und alles "
    "kleingeschrieben, das ist mein Stil. Das Wort \u201eLiebe\u201c muss mindestens dreimal "
    "vorkommen. Höchstens 8 Zeilen.",
    [
        ("language:response_language", {"language": "de"}, "Auf Deutsch bitte"),
        ("keywords:frequency", {"keyword": "Liebe", "frequency": 3, "relation": AL},
         "Das Wort \u201eLiebe\u201c muss mindestens dreimal vorkommen."),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "Höchstens 8 Zeilen."),
    ],
    ["alles kleingeschrieben"],
    tags=["foreign"],
)
# 9 kids
add(
    "can u write a bedtime poem for toddlers about a sleepy sloth?? all in lowercase letters, like "
    "a whisper. make every sentence no longer than eight words. and dont use the words scary or "
    "dark pls, my daughter gets spooked. eighty words or fewer",
    [
        ("change_case:english_lowercase", {}, "all in lowercase letters, like a whisper"),
        ("length:max_words_per_sentence", {"max_words": 8},
         "make every sentence no longer than eight words"),
        ("keywords:forbidden_words", {"forbidden_words": ["scary", "dark"]},
         "dont use the words scary or dark pls"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81},
         "eighty words or fewer"),
    ],
    tags=["lower", "typo"],
)
# 10 comedian, tweet
add(
    "Tweet-sized roast of my own cooking pls. Under 280 chars, zero hashtags, and one em dash "
    "somewhere for comedic timing.",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "Under 280 chars"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "zero hashtags"),
        ("punctuation:use_em_dash", {}, "one em dash somewhere for comedic timing"),
    ],
)
# 11 greeting card, two versions
add(
    "Sympathy card for a coworker whose old golden retriever just passed. Give me two different "
    "options and separate them with six asterisks (******). No jokes, obviously. Skip "
    "exclamation points. Keep each one under 50 words. Oh and write them in lowercase, it "
    "feels softer.",
    [
        ("combination:two_responses", {},
         "Give me two different options and separate them with six asterisks (******)."),
        ("punctuation:no_exclamation", {}, "Skip exclamation points."),
        ("change_case:english_lowercase", {}, "write them in lowercase"),
    ],
    ["No jokes, obviously.", "Keep each one under 50 words."],
)
# 12 social media, JSON
add(
    "I schedule posts with a little script, so format matters. Give me a TikTok caption + "
    "hashtags for a video of my parrot singing opera. Output ONLY JSON, with the keys "
    "\"caption\", \"hashtags\" and \"sound\". The word \"bravo\" has to appear in there "
    "somewhere.",
    [
        ("detectable_format:json_format", {}, "Output ONLY JSON"),
        ("format:json_keys", {"keys": ["caption", "hashtags", "sound"]},
         "with the keys \"caption\", \"hashtags\" and \"sound\""),
        ("keywords:existence", {"keywords": ["bravo"]},
         "The word \"bravo\" has to appear in there somewhere."),
    ],
)
# 13 songwriter
add(
    "Write a country song, 250 words tops, about a pickup truck that's smarter than its owner. "
    "Give it a title in "
    "double angle brackets, like <<Title Here>>. Exactly 3 verses, with *** between them. Finish "
    "the whole thing with \"yeehaw, y'all\" \u2014 nothing after it.",
    [
        ("detectable_format:title", {},
         "Give it a title in double angle brackets, like <<Title Here>>."),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "Exactly 3 verses, with *** between them."),
        ("startend:end_checker", {"end_phrase": "yeehaw, y'all"},
         "Finish the whole thing with \"yeehaw, y'all\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "250 words tops"),
    ],
    tags=["insent"],
)
# 14 comedian, Italian
add(
    "Scrivimi cinque battute sui gatti, per il mio canale. Rispondi in italiano, niente virgole, "
    "e almeno un punto esclamativo ci vuole! Separa le battute con ~~~ invece di usare un elenco "
    "puntato.",
    [
        ("language:response_language", {"language": "it"}, "Rispondi in italiano"),
        ("punctuation:no_comma", {}, "niente virgole"),
        ("punctuation:use_exclamation", {}, "almeno un punto esclamativo ci vuole"),
        ("format:list", {"sep": "~~~"},
         "Separa le battute con ~~~ invece di usare un elenco puntato."),
    ],
    tags=["foreign"],
)
# 15 kids science video
add(
    "Script for a 60-second kids' science video: why is the sky blue? The very first sentence "
    "needs the word \"sunlight\" in it. Keep it between 100 and 140 words, and finish every "
    "sentence with an emoji because my audience is six.",
    [
        ("sentence:keyword", {"word": "sunlight", "N": 1},
         "The very first sentence needs the word \"sunlight\" in it."),
        ("count:word_count_range", {"min_words": 100, "max_words": 140},
         "Keep it between 100 and 140 words"),
        ("format:emoji", {}, "finish every sentence with an emoji"),
    ],
)
# 16 greeting card, repeat request
add(
    "Don't use the word \"shush\", too obvious, and tack on a P.S. about her overdue books. "
    "First say my request back to me exactly as "
    "written, then answer it. My request: Write a funny retirement card message for a librarian "
    "named Doris.",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["shush"]},
         "Don't use the word \"shush\""),
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Write a funny retirement card message for a librarian named Doris."},
         "First say my request back to me exactly as written, then answer it."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "tack on a P.S."),
    ],
    ["about her overdue books"],
    tags=["before"],
)
# 17 social media, Portuguese
add(
    "Crie uma legenda pro Instagram da minha padaria anunciando o pão de queijo recheado. "
    "Responda em português, use no máximo 3 hashtags e comece com a frase \"Olha só quem chegou\".",
    [
        ("language:response_language", {"language": "pt"}, "Responda em português"),
        ("content:number_hashtags", {"num_hashtags": 4, "relation": LT}, "use no máximo 3 hashtags"),
        ("startend:start_phrase", {"start_phrase": "Olha só quem chegou"},
         "comece com a frase \"Olha só quem chegou\""),
    ],
    tags=["foreign"],
)
# 18 songwriter, rap
add(
    "Give me a rap verse about always being the last one chosen for dodgeball. 8 lines minimum. "
    "Rhyme every two lines. Would be sick if you could work in the phrase \"picked last\" somewhere, and don't repeat any "
    "word more than twice (yes, even \"the\").",
    [
        ("length:number_lines", {"num_lines": 8, "relation": AL}, "8 lines minimum."),
        ("keywords:required_phrase", {"phrase": "picked last"},
         "work in the phrase \"picked last\" somewhere"),
        ("words:repeats", {"small_n": 2}, "don't repeat any word more than twice"),
    ],
    ["Rhyme every two lines."],
    tags=["polite"],
)
# 19 kids
add(
    "Make a counting story for preschoolers where each sentence is exactly one word longer than "
    "the one before it. Begin the story with the word \"One\". No more than eight sentences.",
    [
        ("sentence:increment", {"small_n": 1},
         "each sentence is exactly one word longer than the one before it"),
        ("startend:start_phrase", {"start_phrase": "One"}, "Begin the story with the word \"One\"."),
        ("length_constraints:number_sentences", {"num_sentences": 9, "relation": LT},
         "No more than eight sentences."),
    ],
    tags=["insent"],
)
# 20 comedian
add(
    "Stand-up bit about self-checkout machines, please. I shout in CAPS on stage but don't "
    "overdo it on paper: fewer than four all-caps words in the whole thing. Make it at least 200 "
    "words, and get the phrase \"unexpected item in the bagging area\" in there.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "fewer than four all-caps words in the whole thing"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 200},
         "Make it at least 200 words"),
        ("keywords:required_phrase", {"phrase": "unexpected item in the bagging area"},
         "get the phrase \"unexpected item in the bagging area\" in there"),
    ],
)
# 21 greeting card, lowercase
add(
    "wedding card for my sister + her wife. lowercase only. no commas (they think "
    "those are tacky). sneak in the words adventure and pancakes, and give me three sentences "
    "minimum",
    [
        ("change_case:english_lowercase", {}, "lowercase only."),
        ("punctuation:no_comma", {}, "no commas"),
        ("keywords:existence", {"keywords": ["adventure", "pancakes"]},
         "sneak in the words adventure and pancakes"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": AL},
         "give me three sentences minimum"),
    ],
    tags=["lower"],
)
# 22 kids song, Japanese
add(
    "子ども向けの歌の歌詞を書いてください。テーマは「はみがき」です。日本語で答えてください。"
    "「ピカピカ」という言葉を3回以上使ってください。3つの段落に分けて、段落の間には *** を"
    "入れてください。漢字はなるべく使わないでね。",
    [
        ("language:response_language", {"language": "ja"}, "日本語で答えてください。"),
        ("keywords:frequency", {"keyword": "ピカピカ", "frequency": 3, "relation": AL},
         "「ピカピカ」という言葉を3回以上使ってください。"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "3つの段落に分けて、段落の間には *** を入れてください。"),
    ],
    ["漢字はなるべく使わないでね。"],
    tags=["foreign"],
)
# 23 social media, caps prompt
add(
    "HYPE POST FOR OUR GYM'S NEW 5AM BOOTCAMP. I WANT ENERGY: AT LEAST 6 WORDS IN FULL CAPS. USE "
    "EVERY PUNCTUATION MARK AT LEAST ONCE, INTERROBANG (?!) INCLUDED, BECAUSE CHAOS. HASHTAG IT "
    "UP, FOUR TAGS MINIMUM. AND END IT WITH A QUESTION SO PEOPLE COMMENT.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 6, "capital_relation": AL},
         "AT LEAST 6 WORDS IN FULL CAPS"),
        ("count:punctuation", {}, "USE EVERY PUNCTUATION MARK AT LEAST ONCE, INTERROBANG (?!) INCLUDED"),
        ("content:number_hashtags", {"num_hashtags": 4, "relation": AL},
         "HASHTAG IT UP, FOUR TAGS MINIMUM."),
        ("content:end_with_question", {}, "END IT WITH A QUESTION SO PEOPLE COMMENT"),
    ],
    tags=["caps"],
)
# 24 greeting card, title case
add(
    "Write a Mother's Day card poem. Every Word Capitalized Like This \u2014 title case the whole "
    "way through. The whole card, P.P.S. included, no more than 6 lines. Then put a P.P.S. at the "
    "bottom apologising for the lamp incident of 1998.",
    [
        ("format:title_case", {},
         ["Every Word Capitalized Like This", "title case the whole way through"]),
        ("length:number_lines", {"num_lines": 7, "relation": LT},
         "The whole card, P.P.S. included, no more than 6 lines."),
        ("detectable_content:postscript", {"postscript_marker": "P.P.S"},
         "put a P.P.S. at the bottom"),
    ],
    ["apologising for the lamp incident of 1998"],
    tags=["repeat"],
)
# 25 songwriter, template
add(
    "Songwriter one-sheet for my new single \"Parking Lot Fireworks\" (synthpop, heartbreak, "
    "sparklers). Use this exact template and nothing else:\nTitle: [title]\nMood: [three words]\n"
    "Hook: [one line]\nPitch: [one sentence]\nAnd no emojis anywhere, the label hates them. "
    "Mention sparklers somewhere, it's the whole vibe.",
    [
        ("format:output_template", {}, "Use this exact template and nothing else:"),
        ("format:no_emoji", {}, "no emojis anywhere"),
        ("keywords:existence", {"keywords": ["sparklers"]}, "Mention sparklers somewhere"),
    ],
)
# 26 comedian, constrained answer
add(
    "Be brutally honest with me. Is a pun about a broken pencil being \"pointless\" still funny "
    "in 2024, or is it dead? Answer with one of these and nothing else: \"My answer is yes.\", "
    "\"My answer is no.\", \"My answer is maybe.\"",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of these and nothing else: \"My answer is yes.\", \"My answer is no.\", "
         "\"My answer is maybe.\""),
    ],
)
# 27 kids poem, Korean
add(
    "유치원 아이들을 위한 짧은 동시를 써 주세요. 주제는 눈사람이에요. 한국어로만 써 주시고, "
    "알파벳(로마자)은 한 글자도 쓰지 마세요. 다섯 줄 이하로 부탁해요.",
    [
        ("language:response_language", {"language": "ko"}, "한국어로만 써 주시고"),
        ("language:no_script", {"script": "latin"}, "알파벳(로마자)은 한 글자도 쓰지 마세요"),
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "다섯 줄 이하로 부탁해요"),
    ],
    tags=["foreign"],
)
# 28 social media, P.S. in prompt
add(
    "Write a LinkedIn-style post announcing my promotion to Chief Snack Officer. Make it absurdly "
    "self-important. Don't include any links. Stay under 120 words. Sign off with exactly "
    "\"CSO, out.\"\n\nP.S. don't write the whole thing in caps even though I am VERY excited",
    [
        ("content:no_urls", {}, "Don't include any links."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120},
         "Stay under 120 words."),
        ("startend:end_checker", {"end_phrase": "CSO, out."}, "Sign off with exactly \"CSO, out.\""),
        ("change_case:not_english_capital", {}, "don't write the whole thing in caps"),
    ],
    ["Make it absurdly self-important."],
    tags=["ps"],
)
# 29 greeting poem, Dutch
add(
    "Schrijf een grappig sinterklaasgedicht voor mijn collega die altijd te laat komt. In het "
    "Nederlands graag. Gebruik het woord 'wekker' minstens twee keer, en zet er een P.S. onder, "
    "zoals het hoort.",
    [
        ("language:response_language", {"language": "nl"}, "In het Nederlands graag."),
        ("keywords:frequency", {"keyword": "wekker", "frequency": 2, "relation": AL},
         "Gebruik het woord 'wekker' minstens twee keer"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "zet er een P.S. onder"),
    ],
    tags=["foreign", "polite"],
)
# 30 kids picture book
add(
    "Write a picture-book page for early readers about a duck who lost her rain boots. Tiny "
    "vocabulary: fewer than 40 different words total. Short sentences, 6 words or less each. "
    "Repeat 'splash' at least 3 times \u2014 kids love joining in.",
    [
        ("count:unique_word_count_fewer", {"N": 40}, "fewer than 40 different words total"),
        ("length:max_words_per_sentence", {"max_words": 6}, "Short sentences, 6 words or less each."),
        ("keywords:frequency", {"keyword": "splash", "frequency": 3, "relation": AL},
         "Repeat 'splash' at least 3 times"),
    ],
)
# 31 comedian, palindromes
add(
    "I'm doing a bit about palindromes at an open mic on Thursday. Write the set and cram in at "
    "least ten palindrome words that are 5+ letters long (racecar, kayak, that kind of thing). "
    "Don't open with \"So\", every comic opens with \"So\". Give me 150+ words.",
    [
        ("words:palindrome", {},
         "cram in at least ten palindrome words that are 5+ letters long"),
        ("startend:not_start_phrase", {"start_phrase": "So"}, "Don't open with \"So\""),
        ("length_constraints:number_words", {"relation": AL, "num_words": 150},
         "Give me 150+ words."),
    ],
)
# 32 social media, lowercase prompt asking for capitalization
add(
    "our brand voice is chill but please DON'T do the all-lowercase thing in your answer, we use "
    "proper capitalization. write tweet ideas for our oat milk brand as a numbered list with 3+ "
    "items. max 2 emojis in the whole response.",
    [
        ("change_case:not_english_lowercase", {},
         "please DON'T do the all-lowercase thing in your answer"),
        ("format:numbered_list", {"num_items": 3, "relation": AL}, "as a numbered list with 3+ items"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT},
         "max 2 emojis in the whole response"),
    ],
    tags=["lower", "insent", "caps"],
)
# 33 songwriter, exact keyword counts
add(
    "Songwriting exercise for my lullaby class: write a short lullaby where \"hush\" shows up "
    "once, \"star\" twice, \"blanket\" three times, \"sleep\" five times and \"mama\" seven times. "
    "Exact counts, no more no less. Wrap the whole lullaby in double quotation marks, and keep it "
    "shorter than 120 words.",
    [
        ("count:keywords_multiple",
         {"keyword1": "hush", "keyword2": "star", "keyword3": "blanket", "keyword4": "sleep",
          "keyword5": "mama"},
         "\"hush\" shows up once, \"star\" twice, \"blanket\" three times, \"sleep\" five times "
         "and \"mama\" seven times"),
        ("startend:quotation", {}, "Wrap the whole lullaby in double quotation marks"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120},
         "keep it shorter than 120 words"),
    ],
)
# 34 greeting card
add(
    "Get-well card for my buddy who broke his leg skateboarding at 41 (midlife crisis confirmed). "
    "Would you mind writing it as 2 paragraphs with a blank line between them, and the second "
    "paragraph has to start with the word \"Also\". No more than 80 words overall.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 2, "nth_paragraph": 2, "first_word": "Also"},
         "writing it as 2 paragraphs with a blank line between them, and the second paragraph has "
         "to start with the word \"Also\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81},
         "No more than 80 words overall."),
    ],
    tags=["polite"],
)
# 35 kids rhyme, French
add(
    "Invente une comptine pour apprendre les jours de la semaine aux petits. Réponds uniquement "
    "en français. Ajoute un titre entre doubles chevrons, genre <<Ma comptine>>. Pas plus de 80 "
    "mots, titre compris.",
    [
        ("language:response_language", {"language": "fr"}, "Réponds uniquement en français."),
        ("detectable_format:title", {},
         "Ajoute un titre entre doubles chevrons, genre <<Ma comptine>>."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81},
         "Pas plus de 80 mots"),
    ],
    tags=["foreign"],
)
# 36 comedian, set outline
add(
    "Help me structure my 10-minute set. Three sections, headed SECTION 1, SECTION 2 and "
    "SECTION 3 (opener, middle, closer). Inside each, list the bits as * bullets, and give every "
    "bullet at least one - sub-bullet with the tag line. Highlight at least three punchlines with "
    "*asterisks* so they pop.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "Three sections, headed SECTION 1, SECTION 2 and SECTION 3"),
        ("format:sub-bullets", {},
         "list the bits as * bullets, and give every bullet at least one - sub-bullet"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Highlight at least three punchlines with *asterisks*"),
    ],
    ["with the tag line"],
)
# 37 social media, Hindi
add(
    "मेरी कपड़ों की दुकान की दिवाली सेल के लिए एक व्हाट्सऐप मैसेज लिखो। जवाब हिंदी में देना, "
    "कम से कम 3 इमोजी डालना, और आखिर में P.S. लिखकर बताना कि सेल रविवार तक है।",
    [
        ("language:response_language", {"language": "hi"}, "जवाब हिंदी में देना"),
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "कम से कम 3 इमोजी डालना"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "आखिर में P.S. लिखकर"),
    ],
    ["बताना कि सेल रविवार तक है"],
    tags=["foreign"],
)
# 38 greeting card, client mailing
add(
    "Write a holiday card message for all my clients. No placeholders please \u2014 I mean zero "
    "[brackets], I'm pasting this as-is into 200 cards. No P.S. either, nobody reads those. "
    "Cap it at 70 words, and don't use bullet points.",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1},
         ["No placeholders please", "I mean zero [brackets]"]),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "No P.S. either"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 71}, "Cap it at 70 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "don't use bullet points"),
    ],
    tags=["repeat"],
)
# 39 songwriter, chant
add(
    "Write a stadium chant for our roller derby team, the Gravel Gremlins. ALL CAPS, obviously. "
    "Kick it off with a verb, like STOMP or CLAP. And here's the trick: the last word of each "
    "sentence has to be the first word of the next sentence.",
    [
        ("change_case:english_capital", {}, "ALL CAPS, obviously."),
        ("words:start_verb", {}, "Kick it off with a verb"),
        ("words:last_first", {},
         "the last word of each sentence has to be the first word of the next sentence"),
    ],
)
# 40 kids riddle, Turkish
add(
    "Çocuk kanalım için hayvanlarla ilgili bir bilmece yaz. Türkçe cevap ver, en fazla 4 cümle "
    "olsun. 'Kuyruk' kelimesini en az iki kez kullan. Cevabı söyleme, soruyla bitir.",
    [
        ("language:response_language", {"language": "tr"}, "Türkçe cevap ver"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "en fazla 4 cümle olsun"),
        ("content:end_with_question", {}, "soruyla bitir"),
        ("keywords:frequency", {"keyword": "kuyruk", "frequency": 2, "relation": AL},
         "'Kuyruk' kelimesini en az iki kez kullan."),
    ],
    ["Cevabı söyleme"],
    tags=["foreign"],
)
# 41 comedian, pun translation
add(
    "Translate this pun into Spanish and keep it funny: \"I used to be a banker, but I lost "
    "interest.\" Then give me a second, completely different version. Put six asterisks (******) "
    "between the two versions and nothing else between them. Only Spanish in the answer, por favor.",
    [
        ("combination:two_responses", {},
         "Put six asterisks (******) between the two versions"),
        ("language:response_language", {"language": "es"}, "Only Spanish in the answer"),
    ],
    ["keep it funny"],
)
# 42 social media, wedding hashtag
add(
    "Need a wedding hashtag for Jess & Tom, beach ceremony, sunset, lots of tacos. Just give me "
    "ONE hashtag and nothing else: no spaces at all in your reply.",
    [
        ("format:no_whitespace", {}, "no spaces at all in your reply"),
    ],
    ["Just give me ONE hashtag and nothing else"],
)
# 43 greeting card, polite
add(
    "Sub-60-word anniversary card for my parents \u2014 35 years! It'd be lovely if you used at least one em "
    "dash, they're dramatic and so is my mom. Could you start it with \"Dear Mom and Dad,\" and "
    "keep it under 5 sentences?",
    [
        ("punctuation:use_em_dash", {}, "It'd be lovely if you used at least one em dash"),
        ("startend:start_phrase", {"start_phrase": "Dear Mom and Dad,"},
         "start it with \"Dear Mom and Dad,\""),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "keep it under 5 sentences"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "Sub-60-word"),
    ],
    tags=["polite", "insent"],
)
# 44 spoken word
add(
    "spoken word intro for my set, a little word ladder about insomnia. one word per line \u2014 "
    "every single word on its own line. less than thirty words. lowercase.",
    [
        ("format:newline", {}, ["one word per line", "every single word on its own line"]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 30}, "less than thirty words."),
        ("change_case:english_lowercase", {}, "lowercase."),
    ],
    tags=["lower", "repeat"],
)
# 45 kids craft video
add(
    "Write a script outline for a kids' craft video: paper-plate lion! Use markdwon headings (at "
    "least 3 of them, for intro, steps and outro) and put the craft steps in a numbered list of at "
    "least five steps. Bold no more than two things. Add a safety note about scissors.",
    [
        ("format:markdown_headings", {"num_headings": 3, "relation": AL},
         "Use markdwon headings (at least 3 of them, for intro, steps and outro)"),
        ("format:numbered_list", {"num_items": 5, "relation": AL},
         "put the craft steps in a numbered list of at least five steps"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 3},
         "Bold no more than two things."),
    ],
    ["Add a safety note about scissors."],
    tags=["typo"],
)
# 46 comedian, crowd work
add(
    "Write a short crowd-work riff about a guy who brought a ferret to the comedy show. Mix it up "
    "evenly \u2014 the same number of statements, questions and exclamations. Nine sentences, "
    "max. And all lowercase, it should read like a text thread.",
    [
        ("ratio:sentence_balance", {}, "the same number of statements, questions and exclamations"),
        ("length_constraints:number_sentences", {"num_sentences": 10, "relation": LT},
         "Nine sentences, max."),
        ("change_case:english_lowercase", {}, "all lowercase"),
    ],
)
# 47 social media, ramen
add(
    "Caption for my ramen review post. Write it in English but throw in some Japanese katakana "
    "for flavor (like ラーメン). End it with the line \"slurp responsibly.\"",
    [
        ("language:response_language", {"language": "en"}, "Write it in English"),
        ("language:use_script", {"script": "kana"},
         "throw in some Japanese katakana for flavor"),
        ("startend:end_checker", {"end_phrase": "slurp responsibly."},
         "End it with the line \"slurp responsibly.\""),
    ],
)
# 48 greeting card, tiny
add(
    "Tiny card, tiny space. The message for my friend's new twins has to fit in under 100 "
    "characters not counting spaces. And write it in capital letters only, it's twins!!",
    [
        ("length:number_nonspace_characters", {"num_chars": 100, "relation": LT},
         "has to fit in under 100 characters not counting spaces"),
        ("change_case:english_capital", {}, "write it in capital letters only"),
    ],
)
# 49 kids channel
add(
    "For my kids' channel I want the OPPOSITE of a tongue twister: no two words in a row may start "
    "with the same letter. Still sneak the letter z in at least 6 times though. Fifty words max.",
    [
        ("words:no_consecutive", {}, "no two words in a row may start with the same letter"),
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 6, "let_relation": AL},
         "sneak the letter z in at least 6 times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 51}, "Fifty words max."),
    ],
)
# 50 comedian, running gag
add(
    "Write a bit about my landlord who 'fixes' everything with duct tape. I want a running gag, so "
    "at least one word should get repeated more than 4 times. Don't go past 180 words, and wrap "
    "up with \"I'll be here all week.\" as the very last words.",
    [
        ("words:repeats_exceed", {"small_n": 4},
         "at least one word should get repeated more than 4 times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 181},
         "Don't go past 180 words"),
        ("startend:end_checker", {"end_phrase": "I'll be here all week."},
         "wrap up with \"I'll be here all week.\" as the very last words"),
    ],
)
# 51 social media, Threads
add(
    "Write a punchy Threads post about surviving Mondays. Make it dense: stop words (the, a, of, "
    "and...) should be no more than 30% of the words. all lower case, it's more ~aesthetic~. Include a link to my merch "
    "store \u2014 just make up a URL, I'll swap it.",
    [
        ("ratio:stop_words", {"percentage": 30},
         "stop words (the, a, of, and...) should be no more than 30% of the words"),
        ("change_case:english_lowercase", {}, "all lower case"),
        ("content:include_url", {}, "Include a link to my merch store"),
    ],
)
# 52 kids poetry
add(
    "Poem for my kids' poetry TikTok: a cat climbing the stairs. Indent each line abit more than "
    "the one above, so it looks like steps. At least 6 lines. Use at least one of these words: "
    "pounce, leap, zoom.",
    [
        ("format:line_indent", {},
         "Indent each line abit more than the one above, so it looks like steps."),
        ("length:number_lines", {"num_lines": 6, "relation": AL}, "At least 6 lines."),
        ("keywords:include_any", {"forbidden_words": ["pounce", "leap", "zoom"]},
         "Use at least one of these words: pounce, leap, zoom."),
    ],
    tags=["typo"],
)
# 53 greeting, Chinese
add(
    "帮我写一段春节祝福语，发给客户的。用中文写，不要超过五句话，最后加一句P.S.，提醒他们元宵节见。",
    [
        ("language:response_language", {"language": "zh"}, "用中文写"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "不要超过五句话"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "最后加一句P.S."),
    ],
    ["提醒他们元宵节见"],
    tags=["foreign"],
)
# 54 songwriter
add(
    "Write song lyrics about moving back into my childhood bedroom at 30. At least four stanzas, "
    "with a blank line between each one. Use at least 3 different coordinating conjuctions (and, "
    "but, so, yet...). Don't end on a question, end on a punchline.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "At least four stanzas, with a blank line between each one."),
        ("count:conjunctions", {"small_n": 3},
         "Use at least 3 different coordinating conjuctions"),
        ("content:not_end_with_question", {}, "Don't end on a question"),
    ],
    ["end on a punchline"],
    tags=["typo"],
)
# 55 comedian, system prompt
add(
    "You are RoastBot, a comedy assistant for a podcast.\nRules:\n1) Never use the word "
    "\"literally\".\n2) Always finish your reply with the words \"and scene.\"\n3) Keep replies "
    "shorter than 5 sentences.\n4) Plain text only, no markdown formatting whatsoever.\n\n"
    "User: roast my 2009 flip phone",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["literally"]},
         "Never use the word \"literally\"."),
        ("startend:end_checker", {"end_phrase": "and scene."},
         "Always finish your reply with the words \"and scene.\""),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "Keep replies shorter than 5 sentences."),
        ("format:no_markdown", {}, "Plain text only, no markdown formatting whatsoever."),
    ],
    tags=["sys", "list"],
)
# 56 social media
add(
    "Give me 5 hook ideas for a TikTok about thrifting. Dont repaet my question back to me, just "
    "jump in. Bullet points, exactly five. 60 words tops for the whole thing.",
    [
        ("combination:not_repeat_prompt",
         {"prompt_to_repeat": "Give me 5 hook ideas for a TikTok about thrifting."},
         "Dont repaet my question back to me, just jump in."),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Bullet points, exactly five."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61},
         "60 words tops for the whole thing."),
    ],
    tags=["typo"],
)
# 57 greeting card
add(
    "Write a Father's Day card that does NOT say \"world's best dad\" (he has four mugs that say it "
    "already). It should have the words grill and socks in it. Somewhere between 40 and 60 words. "
    "Don't wrap it in quotation marks, I'm pasting it straight into the card app.",
    [
        ("keywords:forbidden_phrase", {"phrase": "world's best dad"},
         "does NOT say \"world's best dad\""),
        ("keywords:existence", {"keywords": ["grill", "socks"]},
         "It should have the words grill and socks in it."),
        ("count:word_count_range", {"min_words": 40, "max_words": 60},
         "Somewhere between 40 and 60 words."),
        ("startend:no_quotation", {}, "Don't wrap it in quotation marks"),
    ],
    tags=["insent", "caps"],
)
# 58 kids story, Arabic
add(
    "اكتب قصة قصيرة للأطفال عن قطة صغيرة تتعلم السباحة. اكتب بالعربية فقط، ولا تستخدم أي حروف "
    "لاتينية، واجعلها أقل من ١٠٠ كلمة.",
    [
        ("language:response_language", {"language": "ar"}, "اكتب بالعربية فقط"),
        ("language:no_script", {"script": "latin"}, "ولا تستخدم أي حروف لاتينية"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 100},
         "واجعلها أقل من ١٠٠ كلمة"),
    ],
    tags=["foreign"],
)
# 59 songwriter hook
add(
    "writing a synth-pop hook. make \"neon\" both the 2nd word and the second-to-last word of the "
    "whole thing. fewer than 3 pronouns total. and NO all-caps words, not even one.",
    [
        ("words:words_position", {"keyword": "neon"},
         "make \"neon\" both the 2nd word and the second-to-last word of the whole thing"),
        ("count:pronouns_fewer", {"N": 3}, "fewer than 3 pronouns total"),
        ("change_case:capital_word_frequency", {"capital_frequency": 1, "capital_relation": LT},
         "NO all-caps words, not even one"),
    ],
    tags=["lower", "caps"],
)
# 60 comedian newsletter
add(
    "Fake horoscope for Capricorns for my comedy newsletter. Rules of the game: don't say "
    "\"Capricorn\" in the first sentence, the third sentence must mention Mercury, make it 5+ "
    "sentences, and include exactly three numbers (lucky numbers, obviously).",
    [
        ("sentence:keyword_absent", {"word": "Capricorn", "N": 1},
         "don't say \"Capricorn\" in the first sentence"),
        ("sentence:keyword", {"word": "Mercury", "N": 3}, "the third sentence must mention Mercury"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": AL},
         "make it 5+ sentences"),
        ("count:numbers", {"N": 3}, "include exactly three numbers"),
    ],
)


IFEVAL25 = {
    "change_case:capital_word_frequency", "change_case:english_capital",
    "change_case:english_lowercase", "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency",
    "keywords:letter_frequency", "language:response_language",
    "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
    "length_constraints:number_sentences", "length_constraints:number_words",
    "punctuation:no_comma", "startend:end_checker", "startend:quotation",
}


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    prompts = set()
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + 1 + i
        assert prompt not in prompts, key
        prompts.add(prompt)
        seen = set()
        for cid, kw, exp in cons:
            for e in (exp if isinstance(exp, list) else [exp]):
                assert e in prompt, (key, e)
            if isinstance(exp, list):
                assert len(exp) > 1
                pos = [prompt.index(e) for e in exp]
                assert pos == sorted(pos), (key, exp)
            assert types is None or cid in types, (key, cid)
            assert cid not in seen, (key, cid)
            seen.add(cid)
            ids[cid] += 1
        for u in untyped:
            assert u in prompt, (key, u)
        assert 1 <= len(cons) <= 5, key
        for t in tg:
            tags[t] += 1
        if untyped:
            tags["untyped"] += 1
        ncons[len(cons)] += 1
        lines.append(json.dumps({
            "key": key, "prompt": prompt,
            "instruction_id_list": [c[0] for c in cons],
            "kwargs": [c[1] for c in cons],
            "expected": [c[2] for c in cons],
            "untyped": untyped,
        }, ensure_ascii=False))
    (here / "data.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(ids.values())
    ife = sum(v for k, v in ids.items() if k in IFEVAL25)
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"IFEval-25 ids: {ife} ({100 * ife / total:.0f}%), other: {total - ife}")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}{'  *' if k in IFEVAL25 else ''}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "foreign", "sys",
              "ps", "before"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
