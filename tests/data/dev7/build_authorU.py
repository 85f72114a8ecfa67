"""Hand-written prompts (authorU) for rpo's decomposition; writes data.jsonl and stats.

Persona: teenagers and university students, ESL learners, gamers, streamers, meme-page admins,
fan-fiction writers, people chatting with a bot on their phone. Short slangy chat-speak, typos,
emoji, ALL CAPS rants, run-on requirement lines, some Spanish / Portuguese / Indonesian / Taglish.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a list / "Rules:" / "Format:" block; polite = indirect/polite form;
  typo = misspellings or chat spelling; caps = ALL-CAPS instruction text; lower = all-lowercase
  prompt; lang = prompt not in English; system = system-prompt style; ps = a constraint given in a
  P.S. of the prompt; words = a number written as a word.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 96001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


NW = "length_constraints:number_words"
NS = "length_constraints:number_sentences"

# 1
add(
    "🎮 yo write me a hype intro for my valorant stream, like 50 words or less, ALL CAPS obviously, "
    "and end it with LETS GOOO",
    [
        (NW, {"relation": LT, "num_words": 51}, "like 50 words or less"),
        ("change_case:english_capital", {}, "ALL CAPS obviously"),
        ("startend:end_checker", {"end_phrase": "LETS GOOO"}, "end it with LETS GOOO"),
    ],
    tags=["typo", "caps"],
)

# 2
add(
    "need 5 captions for a cat meme page post 😹 no hashtags at all, no emoji either, keep each one "
    "under ten words",
    [
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags at all"),
        ("format:no_emoji", {}, "no emoji either"),
    ],
    untyped=["keep each one under ten words"],
    tags=["lower", "words"],
)

# 3
add(
    "Hello, can u explain me the difference between present perfect and past simple? Please use easy "
    "words, max 150 words and give 3 example with bullet point. Thank you so much",
    [
        (NW, {"relation": LT, "num_words": 151}, "max 150 words"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "give 3 example with bullet point"),
    ],
    untyped=["Please use easy words"],
    tags=["typo"],
)

# 4
add(
    "write a drabble (exactly 100 words!!) of levi and hange sharing tea after a mission. angst but "
    "soft ending. dont use the word 'love' anywhere and title it in <<double angle brackets>> pls",
    [
        ("count:word_count_range", {"min_words": 100, "max_words": 100}, "exactly 100 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["love"]}, "dont use the word 'love' anywhere"),
        ("detectable_format:title", {}, "title it in <<double angle brackets>>"),
    ],
    untyped=["angst but soft ending"],
    tags=["lower", "typo"],
)

# 5
add(
    "make a twitch schedule announcement for next week 📅 format it as a numbered list w/ at least 5 "
    "days on it, 3+ hashtags, and throw in some emojis so it doesnt look boring",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "a numbered list w/ at least 5 days on it"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "3+ hashtags"),
        ("format:use_emoji", {}, "throw in some emojis"),
    ],
    tags=["lower", "typo"],
)

# 6
add(
    "oye escríbeme un mensaje para invitar a mi crush al cine 🍿 todo en español, máximo tres "
    "oraciones y sin signos de exclamación porfa",
    [
        ("language:response_language", {"language": "es"}, "todo en español"),
        (NS, {"relation": LT, "num_sentences": 4}, "máximo tres oraciones"),
        ("punctuation:no_exclamation", {}, "sin signos de exclamación"),
    ],
    tags=["lang", "words", "lower"],
)

# 7
add(
    "WHY DOES EVERY ANSWER YOU GIVE ME HAVE A MILLION BULLET POINTS. I WANT PLAIN TEXT. NO MARKDOWN "
    "NO LISTS NOTHING. just tell me how to fix minecraft lagging on my laptop, 2 paragraphs max",
    [
        ("format:no_markdown", {}, ["I WANT PLAIN TEXT", "NO MARKDOWN NO LISTS NOTHING"]),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT}, "2 paragraphs max"),
    ],
    tags=["caps", "repeat"],
)

# 8
add(
    "kak tolong bikinin caption ig buat foto liburan di bali dong 🌴 pake bahasa indonesia aja, maks 2 "
    "kalimat, sama kasih minimal 3 hashtag ya",
    [
        ("language:response_language", {"language": "id"}, "pake bahasa indonesia aja"),
        (NS, {"relation": LT, "num_sentences": 3}, "maks 2 kalimat"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "kasih minimal 3 hashtag"),
    ],
    tags=["lang", "lower"],
)

# 9
add(
    "can u summarize the causes of WW1 for my history quiz tmrw?? 200-250 words, no intro fluff, and "
    "bold the key terms (at least 4 of them)",
    [
        ("count:word_count_range", {"min_words": 200, "max_words": 250}, "200-250 words"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 4},
         "bold the key terms (at least 4 of them)"),
    ],
    untyped=["no intro fluff"],
    tags=["typo"],
)

# 10
add(
    "pls help me write a bday msg for my tita, taglish lang okay? wag mo gamitin yung word na 'blessed' "
    "kasi cringe haha. tapos end it with 'Love u po!' ha, dapat yun talaga yung last words",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["blessed"]}, "wag mo gamitin yung word na 'blessed'"),
        ("startend:end_checker", {"end_phrase": "Love u po!"}, ["end it with 'Love u po!'", "dapat yun talaga yung last words"]),
    ],
    untyped=["taglish lang okay"],
    tags=["lang", "typo", "repeat"],
)

# 11
add(
    "ur a D&D dungeon master bot for my group chat. Always talk to the player in second person. Never "
    "break character. Every reply must end with a question to the player. Keep replies under 120 "
    "words, no exceptions.",
    [
        ("content:end_with_question", {}, "Every reply must end with a question to the player"),
        (NW, {"relation": LT, "num_words": 120}, "Keep replies under 120 words"),
    ],
    untyped=["Always talk to the player in second person", "Never break character"],
    tags=["system", "typo"],
)

# 12
add(
    "mano me ajuda a escrever uma bio pro meu canal de games no youtube, em português, no máximo 40 "
    "palavras e sem usar a palavra 'gamer' kkkk",
    [
        ("language:response_language", {"language": "pt"}, "em português"),
        (NW, {"relation": LT, "num_words": 41}, "no máximo 40 palavras"),
        ("keywords:forbidden_words", {"forbidden_words": ["gamer"]}, "sem usar a palavra 'gamer'"),
    ],
    tags=["lang", "lower"],
)

# 13
add(
    "whats a good excuse to skip gym today lol. one line only and dont end it with a question",
    [
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "one line only"),
        ("content:not_end_with_question", {}, "dont end it with a question"),
    ],
    tags=["lower", "words", "typo"],
)

# 14
add(
    "i need a python script for my discord bot that gives someone a role when they type !verify. put "
    "it in a proper ``` code block, dont explain it line by line, and no links to the docs",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put it in a proper ``` code block"),
        ("content:no_urls", {}, "no links to the docs"),
    ],
    untyped=["dont explain it line by line"],
    tags=["lower"],
)

# 15
add(
    "Please correct my english in this sentence and explain the mistakes: \"Yesterday I go to the "
    "market and buyed many apple.\" Answer in less than 5 sentences. Don't use difficult grammar words "
    "because I am beginner.",
    [
        (NS, {"relation": LT, "num_sentences": 5}, "Answer in less than 5 sentences"),
    ],
    untyped=["Don't use difficult grammar words"],
    tags=["polite"],
)

# 16
add(
    "writing a hp x percy jackson crossover and i need the opening scene!! make it at least 400 words, "
    "3 paragraphs with *** between them as scene breaks. also the line \"Wise girl has a plan\" HAS to "
    "be in there somewhere",
    [
        (NW, {"relation": AL, "num_words": 400}, "make it at least 400 words"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs with *** between them"),
        ("keywords:required_phrase", {"phrase": "Wise girl has a plan"},
         "the line \"Wise girl has a plan\" HAS to be in there somewhere"),
    ],
    tags=["lower"],
)

# 17
add(
    "ngl i suck at texting. write a reply to my friend who asked if im mad at her (im not). all "
    "lowercase, no period at the end, tops 30 words",
    [
        ("change_case:english_lowercase", {}, "all lowercase"),
        (NW, {"relation": LT, "num_words": 31}, "tops 30 words"),
    ],
    untyped=["no period at the end"],
    tags=["lower", "typo"],
)

# 18
add(
    "wrap the whole thing in double quotes pls: a motivational quote for my gym insta story. 15 words "
    "max and don't use any commas. seriously fifteen words is the limit it has to fit on the pic",
    [
        ("startend:quotation", {}, "wrap the whole thing in double quotes"),
        (NW, {"relation": LT, "num_words": 16}, ["15 words max", "fifteen words is the limit"]),
        ("punctuation:no_comma", {}, "don't use any commas"),
    ],
    tags=["lower", "repeat", "words"],
)

# 19
add(
    "modding a game rn, i need one fake legendary item as a json object with the keys name, rarity "
    "and desc. ONLY output the json, nothing else",
    [
        ("format:json_keys", {"keys": ["name", "rarity", "desc"]},
         "a json object with the keys name, rarity and desc"),
        ("detectable_format:json_format", {}, "ONLY output the json, nothing else"),
    ],
    tags=["typo"],
)

# 20
add(
    "give me 2 different versions of a breakup text (im the one ending it 💀) separate them with ****** "
    "and keep each one under 60 words",
    [
        ("combination:two_responses", {}, "separate them with ******"),
    ],
    untyped=["keep each one under 60 words"],
    tags=["lower", "typo"],
)

# 21
add(
    "copy my question word for word first, then answer it: is it bad to play games until 4am on school "
    "nights? no exclamation marks",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "is it bad to play games until 4am on school nights?"},
         "copy my question word for word first, then answer it"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
    ],
    tags=["lower"],
)

# 22
add(
    "write EVERYTHING in title case: give me at least 8 name ideas for my chill lofi study stream "
    "playlists, as bullet points",
    [
        ("format:title_case", {}, "write EVERYTHING in title case"),
        ("format:bullet_points", {"num_bullets": 8, "relation": AL},
         "at least 8 name ideas for my chill lofi study stream playlists, as bullet points"),
    ],
    tags=["caps"],
)

# 23
add(
    "Hi, could you help me write an email to my professor asking for an extension on my essay? I had "
    "covid last week. Formal but not too stiff, under 150 words. Use [placeholders] for my name and "
    "student ID, and add a P.S. thanking her for Tuesday's lecture.",
    [
        (NW, {"relation": LT, "num_words": 150}, "under 150 words"),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Use [placeholders] for my name and student ID"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."},
         "add a P.S. thanking her for Tuesday's lecture"),
    ],
    untyped=["Formal but not too stiff"],
    tags=["polite"],
)

# 24
add(
    "write a tongue twister about zombies 🧟 where the letter z shows up at least ten times. one "
    "sentence only!",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 10, "let_relation": AL},
         "the letter z shows up at least ten times"),
        (NS, {"relation": LT, "num_sentences": 2}, "one sentence only"),
    ],
    tags=["insent", "words", "lower"],
)

# 25
add(
    "start ur answer with \"Okay bestie,\" and tell me if pineapple pizza is valid. no more than 3 "
    "sentences",
    [
        ("startend:start_phrase", {"start_phrase": "Okay bestie,"}, "start ur answer with \"Okay bestie,\""),
        (NS, {"relation": LT, "num_sentences": 4}, "no more than 3 sentences"),
    ],
    tags=["lower", "typo"],
)

# 26
add(
    "AI detectors keep flagging my essays 😭 rewrite this so it sounds like an actual student wrote it: "
    "\"Social media has fundamentally transformed the way young people communicate, fostering both "
    "connection and isolation.\" NO EM DASHES. i repeat, zero — in the whole thing. also dont use delve "
    "or tapestry",
    [
        ("punctuation:no_em_dash", {}, ["NO EM DASHES", "zero — in the whole thing"]),
        ("keywords:forbidden_words", {"forbidden_words": ["delve", "tapestry"]}, "dont use delve or tapestry"),
    ],
    untyped=["so it sounds like an actual student wrote it"],
    tags=["caps", "repeat"],
)

# 27
add(
    "make me a study guide for my bio midterm (cell structure, mitosis, genetics). split it into 3 "
    "sections labeled SECTION 1, SECTION 2, SECTION 3, each one 5 bullets max. under 300 words total",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "split it into 3 sections labeled SECTION 1, SECTION 2, SECTION 3"),
        (NW, {"relation": LT, "num_words": 300}, "under 300 words total"),
    ],
    untyped=["each one 5 bullets max"],
    tags=[],
)

# 28
add(
    "is it safe to update my gpu drivers in the middle of a tournament week?? just answer with 'My "
    "answer is yes.', 'My answer is no.' or 'My answer is maybe.' and nothing else",
    [
        ("detectable_format:constrained_response", {},
         "just answer with 'My answer is yes.', 'My answer is no.' or 'My answer is maybe.'"),
    ],
    tags=[],
)

# 29
add(
    "should i buy elden ring now or wait for a sale?? reply with just buy/wait/skip, no explanation",
    [
        ("format:options", {"options": "buy/wait/skip"}, "reply with just buy/wait/skip"),
    ],
    tags=["lower"],
)

# 30
add(
    "rate my setup pls: 27 inch 144hz monitor, rtx 3060, razer keyboard, gaming chair from ikea lol. "
    "format it exactly like this:\nVibe: [score]/10\nBest part: [thing]\nFix this: [thing]",
    [
        ("format:output_template", {}, "format it exactly like this:"),
    ],
    tags=["list"],
)

# 31
add(
    "explain blockchain like im 12. ban the word decentralized. no jargon pls and keep it under five "
    "sentences",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["decentralized"]}, "ban the word decentralized"),
        (NS, {"relation": LT, "num_sentences": 5}, "keep it under five sentences"),
    ],
    untyped=["like im 12", "no jargon pls"],
    tags=["lower", "words"],
)

# 32
add(
    "teach me basic japanese greetings for my anime con trip ✈️ include the actual japanese "
    "(hiragana/katakana) not just romaji!! numbered list, 5 or more",
    [
        ("language:use_script", {"script": "kana"}, "include the actual japanese (hiragana/katakana)"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "numbered list, 5 or more"),
    ],
    tags=["lower"],
)

# 33
add(
    "how do u say 'good game well played' in korean? romanization only, NO hangul bc my keyboard cant "
    "show it. one line pls",
    [
        ("language:no_script", {"script": "hangul"}, ["romanization only", "NO hangul"]),
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "one line pls"),
    ],
    tags=["repeat", "typo", "words"],
)

# 34
add(
    "write lore for my minecraft server's spawn town. requirements: 1) 300+ words 2) use at least 150 "
    "different words (teacher says my writing is repetitive lol) 3) dont repeat any word more than 5 "
    "times",
    [
        (NW, {"relation": AL, "num_words": 300}, "300+ words"),
        ("count:unique_word_count", {"N": 150}, "use at least 150 different words"),
        ("words:repeats", {"small_n": 5}, "dont repeat any word more than 5 times"),
    ],
    tags=["lower", "list"],
)

# 35
add(
    "write the opening of a cover letter for a barista job. i always start every sentence with I so "
    "pls use fewer than 5 pronouns in the whole thing. 80 words max",
    [
        ("count:pronouns_fewer", {"N": 5}, "use fewer than 5 pronouns in the whole thing"),
        (NW, {"relation": LT, "num_words": 81}, "80 words max"),
    ],
    tags=["lower"],
)

# 36
add(
    "write a 4 sentence horror story. the 2nd sentence has to have the word mirror in it. dont use the "
    "word 'suddenly' its so overused",
    [
        ("sentence:keyword", {"word": "mirror", "N": 2}, "the 2nd sentence has to have the word mirror in it"),
        ("keywords:forbidden_words", {"forbidden_words": ["suddenly"]}, "dont use the word 'suddenly'"),
    ],
    untyped=["write a 4 sentence horror story"],
    tags=["lower", "typo"],
)

# 37
add(
    "start ur reply with a verb (like a command) and give me tips for climbing ranked in league. under "
    "70 words",
    [
        ("words:start_verb", {}, "start ur reply with a verb"),
        (NW, {"relation": LT, "num_words": 70}, "under 70 words"),
    ],
    tags=["lower", "typo"],
)

# 38
add(
    "PLEASE stop bolding random stuff. no bold, no italics, at ALL. explain how photosynthesis works "
    "for my 9th grade bio hw, one paragraph",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1},
         ["PLEASE stop bolding random stuff", "no bold, no italics, at ALL"]),
    ],
    untyped=["one paragraph"],
    tags=["caps", "repeat"],
)

# 39
add(
    "write a hype post for our esports team winning regionals 🏆 but dont overdo the caps, fewer than 4 "
    "all-caps words. needs at least one exclamation mark tho",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "fewer than 4 all-caps words"),
        ("punctuation:use_exclamation", {}, "needs at least one exclamation mark"),
    ],
    tags=["lower"],
)

# 40
add(
    "dont start with 'Sure!' and no headers. just tell me the fastest way to level up in pokemon scarlet",
    [
        ("startend:not_start_phrase", {"start_phrase": "Sure!"}, "dont start with 'Sure!'"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headers"),
    ],
    tags=["typo"],
)

# 41
add(
    "fanfic request 🥺 five paragraphs of a coffee shop AU with my OCs Rin and Kai, six hundred words "
    "minimum. oh and the first word of the third sentence has to be 'Suddenly' (inside joke)",
    [
        (NW, {"relation": AL, "num_words": 600}, "six hundred words minimum"),
        ("words:keywords_specific_position", {"keyword": "Suddenly", "n": 3, "m": 1},
         "the first word of the third sentence has to be 'Suddenly'"),
    ],
    untyped=["five paragraphs"],
    tags=["words"],
)

# 42
add(
    "next chapter of my fic pls: write exactly 3 paragraphs separated by blank lines, the 2nd one has "
    "to start with 'Meanwhile'. keep Sakura's POV throughout",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Meanwhile"},
         "write exactly 3 paragraphs separated by blank lines, the 2nd one has to start with 'Meanwhile'"),
    ],
    untyped=["keep Sakura's POV throughout"],
    tags=[],
)

# 43
add(
    "recommend me a free video editor for yt shorts and pls include the download link. 3 bullet points "
    "tops",
    [
        ("content:include_url", {}, "include the download link"),
        ("format:bullet_points", {"num_bullets": 4, "relation": LT}, "3 bullet points tops"),
    ],
    tags=["lower"],
)

# 44
add(
    "make a discord server rules template i can reuse, at least 2 markdown headings. p.s. use "
    "square-bracket placeholders like [server name] at least 3 times",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "use square-bracket placeholders like [server name] at least 3 times"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "at least 2 markdown headings"),
    ],
    tags=["lower", "ps"],
)

# 45
add(
    "write my end-of-stream outro\nrules:\n- must include the phrase 'see u next stream'\n- no more "
    "than 40 words\n- finish with peace out chat",
    [
        ("keywords:required_phrase", {"phrase": "see u next stream"},
         "must include the phrase 'see u next stream'"),
        (NW, {"relation": LT, "num_words": 41}, "no more than 40 words"),
        ("startend:end_checker", {"end_phrase": "peace out chat"}, "finish with peace out chat"),
    ],
    tags=["lower", "list"],
)

# 46
add(
    "i need a 500+ word essay on whether video games should count as a sport for english class. use "
    "the word esports at least four times, 5 or more paragraphs with blank lines between, and end "
    "with a question to make the reader think",
    [
        (NW, {"relation": AL, "num_words": 500}, "a 500+ word essay"),
        ("keywords:frequency", {"keyword": "esports", "frequency": 4, "relation": AL},
         "use the word esports at least four times"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 5, "relation": AL},
         "5 or more paragraphs with blank lines between"),
        ("content:end_with_question", {}, "end with a question to make the reader think"),
    ],
    tags=["insent", "words", "lower"],
)

# 47
add(
    "necesito un resumen de 'Cien años de soledad' para mañana!! en español, entre 100 y 150 palabras "
    "y sin spoilers del final porfa 🙏",
    [
        ("language:response_language", {"language": "es"}, "en español"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "entre 100 y 150 palabras"),
    ],
    untyped=["sin spoilers del final"],
    tags=["lang"],
)

# 48
add(
    "bikin pantun lucu tentang main game sampe lupa waktu dong 😂 pakai bahasa Indonesia, maksimal 4 "
    "baris, jangan pake emoji",
    [
        ("language:response_language", {"language": "id"}, "pakai bahasa Indonesia"),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "maksimal 4 baris"),
        ("format:no_emoji", {}, "jangan pake emoji"),
    ],
    tags=["lang"],
)

# 49
add(
    "escreve um poema curtinho sobre saudade do meu cachorro 🐶 em português, até 8 linhas, sem rimas "
    "forçadas, e termina com a frase 'te amo, Bolinha'",
    [
        ("language:response_language", {"language": "pt"}, "em português"),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "até 8 linhas"),
        ("startend:end_checker", {"end_phrase": "te amo, Bolinha"}, "termina com a frase 'te amo, Bolinha'"),
    ],
    untyped=["sem rimas forçadas"],
    tags=["lang"],
)

# 50
add(
    "poetry challenge from my creative writing club: write a short poem where the last word of each "
    "sentence is the first word of the next one. theme is respawning. no more than six sentences",
    [
        ("words:last_first", {}, "the last word of each sentence is the first word of the next one"),
        (NS, {"relation": LT, "num_sentences": 7}, "no more than six sentences"),
    ],
    tags=["insent", "words", "lower"],
)

# 51
add(
    "ur my kpop bestie bot 💜 rules: always reply like a stan, end every sentence with an emoji, never "
    "more than 4 sentences per reply. first msg: hype up my bias jungkook",
    [
        ("format:emoji", {}, "end every sentence with an emoji"),
        (NS, {"relation": LT, "num_sentences": 5}, "never more than 4 sentences per reply"),
    ],
    untyped=["always reply like a stan"],
    tags=["lower", "system", "list"],
)

# 52
add(
    "make a packing list for a 3 day gaming convention. bullet points and every bullet needs at least "
    "one sub-bullet under it. no intro no outro",
    [
        ("format:sub-bullets", {}, "bullet points and every bullet needs at least one sub-bullet under it"),
    ],
    untyped=["no intro no outro"],
    tags=["lower"],
)

# 53
add(
    "write a 'when the wifi dies mid ranked match' caption but each word on its own line like those "
    "vertical text memes. no more than fifteen words",
    [
        ("format:newline", {}, "each word on its own line"),
        (NW, {"relation": LT, "num_words": 16}, "no more than fifteen words"),
    ],
    tags=["lower", "words"],
)

# 54
add(
    "write a tweet about the new zelda game, gotta mention Link and Hyrule\n\nPS 280 chars or less pls, "
    "its for X",
    [
        ("keywords:existence", {"keywords": ["Link", "Hyrule"]}, "gotta mention Link and Hyrule"),
        ("length:number_characters", {"num_chars": 281, "relation": LT}, "280 chars or less"),
    ],
    tags=["typo", "ps"],
)

# 55
add(
    "write my ig bio, use at least one of these: bussin, slay, lowkey. under 120 characters not "
    "counting spaces",
    [
        ("keywords:include_any", {"forbidden_words": ["bussin", "slay", "lowkey"]},
         "use at least one of these: bussin, slay, lowkey"),
        ("length:number_nonspace_characters", {"num_chars": 120, "relation": LT},
         "under 120 characters not counting spaces"),
    ],
    tags=["lower"],
)

# 56
add(
    "be real with me, am i bad at drawing if i only trace? 3 sentences max and NEVER say 'it depends' "
    "pls 🙄",
    [
        (NS, {"relation": LT, "num_sentences": 4}, "3 sentences max"),
        ("keywords:forbidden_phrase", {"phrase": "it depends"}, "NEVER say 'it depends'"),
    ],
    tags=["caps"],
)

# 57
add(
    "For my English class I need a short dialogue between two friends planning a game night. It "
    "would be great if you use the same number of statements, questions and exclamations. 80 to 100 "
    "words please.",
    [
        ("ratio:sentence_balance", {}, "use the same number of statements, questions and exclamations"),
        ("count:word_count_range", {"min_words": 80, "max_words": 100}, "80 to 100 words please"),
    ],
    tags=["polite"],
)

# 58
add(
    "make it ✨aesthetic✨ a good morning text for my gf with at least 5 emojis, and skip the cheesy pet "
    "names",
    [
        ("format:number_emojis", {"num_emojis": 5, "relation": AL}, "at least 5 emojis"),
    ],
    untyped=["skip the cheesy pet names"],
    tags=["lower", "insent"],
)

# 59
add(
    "ESL student here. Explain how to open a bank account in canada. Short sentences pls, max 12 words "
    "per sentence. No more than six sentences total.",
    [
        ("length:max_words_per_sentence", {"max_words": 12}, "max 12 words per sentence"),
        (NS, {"relation": LT, "num_sentences": 7}, "No more than six sentences total"),
    ],
    tags=["words"],
)

# 60
add(
    "help me write a text to my group chat saying im quitting the clan. all lowercase.\n\nps: no emoji "
    "whatsoever and keep it under 40 words",
    [
        ("change_case:english_lowercase", {}, "all lowercase"),
        ("format:no_emoji", {}, "no emoji whatsoever"),
        (NW, {"relation": LT, "num_words": 40}, "keep it under 40 words"),
    ],
    tags=["lower", "ps"],
)
def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types_path = sys.argv[1] if len(sys.argv) > 1 else str(here.parent.parent / "types.json")
    types = {t["id"]: t for t in json.load(open(types_path))}
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    seen = set()
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        assert prompt not in seen, key
        seen.add(prompt)
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps and all(isinstance(x, str) and x for x in exps), (key, cid)
            for x in exps:
                assert x in prompt, (key, x)
            assert cid in types, (key, cid)
            assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
            ids[cid] += 1
        assert len({c[0] for c in cons}) == len(cons), (key, "duplicate id")
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
    ife = sum(v for k, v in ids.items() if is_ifeval(k))
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"IFEval-family constraints {ife} ({100 * ife / total:.0f}%), other {total - ife}")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:3d} {'I' if is_ifeval(k) else ' '} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "lang", "system", "ps", "words"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
