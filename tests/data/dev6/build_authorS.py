"""Hand-written prompts (authorS) for rpo's decomposition; writes data.jsonl and stats.

Persona: journalists, editors, novelists, poets, speechwriters, podcasters, magazine
copywriters, screenwriters (creative requests with form requirements and house-style rules).

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
KEY_BASE = 94001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 features writer
add(
    "I need a 400-word-minimum feature intro on the closing of Duluth's last video rental store. "
    "House style: no em dashes, numerals for all numbers, and no exclamation points anywhere. "
    "Lead with a quote from the owner.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "a 400-word-minimum feature intro"),
        ("punctuation:no_em_dash", {}, "no em dashes"),
        ("punctuation:no_exclamation", {}, "no exclamation points anywhere"),
    ],
    untyped=["numerals for all numbers", "Lead with a quote from the owner."],
    tags=["insent"],
)

# 2 poet, lowercase
add(
    "write me a poem about my grandmother's sewing machine. all lowercase please, no title, and "
    "keep it to sixteen lines or fewer. don't make it rhyme.",
    [
        ("change_case:english_lowercase", {}, "all lowercase please"),
        ("length:number_lines", {"relation": LT, "num_lines": 17}, "keep it to sixteen lines or fewer"),
    ],
    untyped=["no title", "don't make it rhyme."],
    tags=["lower", "words"],
)

# 3 editor, house-style list under a rewrite
add(
    "Rewrite the paragraph below for the Sunday supplement.\n\n"
    "The council met on Tuesday \u2014 for the third time this month \u2014 and once again failed to agree "
    "on the budget. Residents, who packed the hall, were furious. Some shouted. 9 people were "
    "escorted out by security.\n\n"
    "House style:\n"
    "- spell out numbers one to nine\n"
    "- em dashes are banned (use commas or brackets instead)\n"
    "- sentences of 22 words max\n"
    "- plain text only, no bold or italics or other markdown",
    [
        ("punctuation:no_em_dash", {}, "em dashes are banned (use commas or brackets instead)"),
        ("length:max_words_per_sentence", {"max_words": 22}, "sentences of 22 words max"),
        ("format:no_markdown", {}, "plain text only, no bold or italics or other markdown"),
    ],
    untyped=["spell out numbers one to nine"],
    tags=["list"],
)

# 4 speechwriter, wedding toast
add(
    "Draft a toast for my sister's wedding: three paragraphs separated by blank lines, and the "
    "second paragraph should start with the word 'Remember'. Make it under 350 words, and end on "
    "the exact line 'To Maya and Jules.'",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Remember"},
         "three paragraphs separated by blank lines, and the second paragraph should start with the word 'Remember'"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 350}, "Make it under 350 words"),
        ("startend:end_checker", {"end_phrase": "To Maya and Jules."}, "end on the exact line 'To Maya and Jules.'"),
    ],
    tags=["words", "insent"],
)

# 5 podcaster, show notes
add(
    "Write show notes for episode 112 of our true-crime pod, Cold Open. Exactly 4 bullet points "
    "using markdown asterisks, at least two hashtags, one emoji max, and no links at all because "
    "Spotify strips them.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "Exactly 4 bullet points using markdown asterisks"),
        ("content:number_hashtags", {"relation": AL, "num_hashtags": 2}, "at least two hashtags"),
        ("format:number_emojis", {"relation": LT, "num_emojis": 2}, "one emoji max"),
        ("content:no_urls", {}, "no links at all"),
    ],
    tags=["words"],
)

# 6 magazine copywriter
add(
    "Headline, dek and body copy for a spread on cast-iron skillets. Keep the whole thing between "
    "120 and 180 words, headline included. Wrap the headline in double angle brackets like "
    "<<this>>. Do not use the words elevate, curated or game-changer.",
    [
        ("count:word_count_range", {"min_words": 120, "max_words": 180},
         "Keep the whole thing between 120 and 180 words, headline included."),
        ("detectable_format:title", {}, "Wrap the headline in double angle brackets like <<this>>."),
        ("keywords:forbidden_words", {"forbidden_words": ["elevate", "curated", "game-changer"]},
         "Do not use the words elevate, curated or game-changer."),
    ],
    untyped=["Headline, dek and body copy"],
)

# 7 screenwriter, sitcom cold open
add(
    "Write a cold open for a sitcom set in a dentist's office. Break it into SCENE 1, SCENE 2 and "
    "SCENE 3. Dialogue only, no action lines, and keep the whole thing south of 500 words. Put the "
    "script inside a fenced code block so Slack doesn't mangle the spacing.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SCENE", "num_sections": 3},
         "Break it into SCENE 1, SCENE 2 and SCENE 3."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 500}, "keep the whole thing south of 500 words"),
        ("format:code_block", {"relation": AL, "num_blocks": 1}, "Put the script inside a fenced code block"),
    ],
    untyped=["Dialogue only, no action lines"],
)

# 8 novelist, two openings
add(
    "I'm torn on how to open my novel (a lighthouse keeper's daughter, Cornwall, 1911). Give me "
    "two different opening passages, separated by six asterisks (******) and nothing else between "
    "them.\n\nPS: avoid 'suddenly', I hate it.",
    [
        ("combination:two_responses", {}, "Give me two different opening passages, separated by six asterisks (******)"),
        ("keywords:forbidden_words", {"forbidden_words": ["suddenly"]}, "avoid 'suddenly'"),
    ],
    tags=["ps"],
)

# 9 system prompt, copy desk
add(
    "You are the copy-desk assistant for the Harbor Ledger. Always reply in plain text; never use "
    "Markdown. Never use exclamation marks. Never exceed 200 words. Always close with the line: "
    "Desk out.\n\nFirst job: tighten the lede on tonight's ferry-fare story.",
    [
        ("format:no_markdown", {}, "Always reply in plain text; never use Markdown."),
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "Never exceed 200 words."),
        ("startend:end_checker", {"end_phrase": "Desk out."}, "Always close with the line: Desk out."),
    ],
    tags=["system"],
)

# 10 poet, chat spelling
add(
    "pls write a short bio for my poetry chapbook back cover, 3rd person, max 90 words, and dont "
    "use any commas its a design thing. seriously NO commas",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 91}, "max 90 words"),
        ("punctuation:no_comma", {}, ["dont use any commas", "seriously NO commas"]),
    ],
    untyped=["3rd person"],
    tags=["typo", "repeat"],
)

# 11 podcaster, ALL CAPS
add(
    "WRITE A PROMO SCRIPT FOR OUR PODCAST'S NEW SEASON. THE WHOLE THING HAS TO BE IN CAPITAL "
    "LETTERS, THE HOST READS IT OFF A TELEPROMPTER. AT LEAST 150 WORDS. WORK IN THE LINE "
    "'SEASON FOUR STARTS NOW'.",
    [
        ("change_case:english_capital", {}, "THE WHOLE THING HAS TO BE IN CAPITAL LETTERS"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 150}, "AT LEAST 150 WORDS."),
        ("keywords:required_phrase", {"phrase": "SEASON FOUR STARTS NOW"}, "WORK IN THE LINE 'SEASON FOUR STARTS NOW'."),
    ],
    tags=["caps"],
)

# 12 journalist, explainer
add(
    "Explain the city's new congestion charge for our readers. Put the key facts in a numbered "
    "list of at least five items, and use two or more markdown headings (one at the top, one "
    "before the FAQ). Cite the date of the council vote.",
    [
        ("format:numbered_list", {"relation": AL, "num_items": 5}, "a numbered list of at least five items"),
        ("format:markdown_headings", {"relation": AL, "num_headings": 2}, "use two or more markdown headings"),
    ],
    untyped=["Cite the date of the council vote."],
    tags=["words"],
)

# 13 poet, villanelle
add(
    "A villanelle about insomnia, please. The word 'night' should show up at least four times, "
    "and keep 'moon' out of it entirely. Title it in <<double angle brackets>>.",
    [
        ("keywords:frequency", {"keyword": "night", "frequency": 4, "relation": AL},
         "The word 'night' should show up at least four times"),
        ("keywords:forbidden_words", {"forbidden_words": ["moon"]}, "keep 'moon' out of it entirely"),
        ("detectable_format:title", {}, "Title it in <<double angle brackets>>."),
    ],
    tags=["polite", "words"],
)

# 14 editor, trim with restatement
add(
    "Trim this review to under 150 words:\n\n"
    "\u2605\u2605\u2605\u2605 Kinnaree, 212 Fifth Street\n"
    "The new Thai place on Fifth is, frankly, a revelation. I went in expecting the usual pad thai "
    "and left thinking about the green curry for three days. The room is loud, the chairs are hard, "
    "and the wait on a Friday is close to an hour, but the kitchen is doing something genuinely "
    "special with herbs from the owner's own garden. Order the larb. Order the sticky rice. Order "
    "more than you think you need, because you will finish it. Service was warm if a little "
    "scattered, and the wine list is short but thoughtful. Prices are fair for the neighbourhood. "
    "Bring cash for the tip jar; the staff split it evenly, which I love.\n\n"
    "Keep the star rating line at the top. And remember, it has to come in below 150 \u2014 our "
    "column is tiny.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 150},
         ["under 150 words", "it has to come in below 150"]),
    ],
    untyped=["Keep the star rating line at the top."],
    tags=["repeat"],
)

# 15 magazine copywriter, renewal letter
add(
    "Write a subscriber renewal letter for Trail & Timber magazine. Could you use at least three "
    "placeholders in square brackets, like [First Name], so our CRM can fill them in? Finish with "
    "a P.S. that mentions the free trail map.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "use at least three placeholders in square brackets"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Finish with a P.S."),
    ],
    untyped=["mentions the free trail map"],
    tags=["polite", "words"],
)

# 16 speechwriter, commencement
add(
    "Commencement speech for a community college nursing program, 600+ words. It's a celebration, "
    "so use at least one exclamation mark, and I love a good em dash, so at least one of those "
    "too. Whatever you do, don't open with 'Good morning'.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 600}, "600+ words"),
        ("punctuation:use_exclamation", {}, "use at least one exclamation mark"),
        ("punctuation:use_em_dash", {}, "I love a good em dash, so at least one of those too"),
        ("startend:not_start_phrase", {"start_phrase": "Good morning"}, "don't open with 'Good morning'"),
    ],
)

# 17 podcaster, title brainstorm
add(
    "Brainstorm episode titles for our gardening podcast. Instead of bullet points, mark each one "
    "with a | character. Write everything in Title Case. Keep the whole answer under 300 "
    "characters, not counting spaces. No emojis please.",
    [
        ("format:list", {"sep": "|"}, "Instead of bullet points, mark each one with a | character."),
        ("format:title_case", {}, "Write everything in Title Case."),
        ("length:number_nonspace_characters", {"relation": LT, "num_chars": 300},
         "Keep the whole answer under 300 characters, not counting spaces."),
        ("format:no_emoji", {}, "No emojis please."),
    ],
    tags=["polite"],
)

# 18 Hindi poem
add(
    "बारिश पर एक छोटी कविता लिखिए। पूरा जवाब हिंदी में होना चाहिए। ज़्यादा से ज़्यादा 12 पंक्तियाँ। "
    "रोमन अक्षरों का इस्तेमाल बिल्कुल न करें।",
    [
        ("language:response_language", {"language": "hi"}, "पूरा जवाब हिंदी में होना चाहिए।"),
        ("length:number_lines", {"relation": LT, "num_lines": 13}, "ज़्यादा से ज़्यादा 12 पंक्तियाँ।"),
        ("language:no_script", {"script": "latin"}, "रोमन अक्षरों का इस्तेमाल बिल्कुल न करें।"),
    ],
    tags=["lang"],
)

# 19 Korean essay
add(
    "서울의 밤 풍경에 대한 짧은 에세이를 써 주세요. 한국어로만 작성하고, 300단어 이내로 해 주세요. "
    "마지막 문장은 질문으로 끝나야 합니다.",
    [
        ("language:response_language", {"language": "ko"}, "한국어로만 작성하고"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 301}, "300단어 이내로 해 주세요"),
        ("content:end_with_question", {}, "마지막 문장은 질문으로 끝나야 합니다."),
    ],
    tags=["lang"],
)

# 20 Turkish short story
add(
    "İstanbul'da akşam vapurunda geçen kısa bir öykü yaz. Öykü Türkçe olsun, en az 200 kelime "
    "uzunluğunda olsun ve hiç ünlem işareti kullanma.",
    [
        ("language:response_language", {"language": "tr"}, "Öykü Türkçe olsun"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 200}, "en az 200 kelime uzunluğunda olsun"),
        ("punctuation:no_exclamation", {}, "hiç ünlem işareti kullanma"),
    ],
    tags=["lang"],
)

# 21 German column
add(
    "Schreib mir eine kurze Glosse über Pendler, die im Zug laut telefonieren. Bitte auf Deutsch, "
    "höchstens 250 Wörter, keine Aufzählungspunkte, und setz einen Titel in doppelte spitze "
    "Klammern, also so: <<Titel>>. Antworte auf keinen Fall auf Englisch.",
    [
        ("language:response_language", {"language": "de"},
         ["Bitte auf Deutsch", "Antworte auf keinen Fall auf Englisch."]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "höchstens 250 Wörter"),
        ("format:bullet_points", {"relation": LT, "num_bullets": 1}, "keine Aufzählungspunkte"),
        ("detectable_format:title", {}, "setz einen Titel in doppelte spitze Klammern, also so: <<Titel>>"),
    ],
    tags=["lang", "repeat"],
)

# 22 Italian poem
add(
    "Scrivi una poesia sul porto di Genova d'inverno. In italiano, per favore. Esattamente tre "
    "strofe, separate da ***. Usa la parola \"mare\" almeno una volta.",
    [
        ("language:response_language", {"language": "it"}, "In italiano, per favore."),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "Esattamente tre strofe, separate da ***."),
        ("keywords:existence", {"keywords": ["mare"]}, "Usa la parola \"mare\" almeno una volta."),
    ],
    tags=["lang", "polite", "words"],
)

# 23 Spanish chronicle
add(
    "Escribe una crónica breve sobre el mercado de San Telmo un domingo por la mañana. Todo en "
    "español, sin ninguna coma, con al menos 150 palabras, y termina exactamente con la frase: "
    "Y así sigue la ciudad.",
    [
        ("language:response_language", {"language": "es"}, "Todo en español"),
        ("punctuation:no_comma", {}, "sin ninguna coma"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 150}, "con al menos 150 palabras"),
        ("startend:end_checker", {"end_phrase": "Y así sigue la ciudad."},
         "termina exactamente con la frase: Y así sigue la ciudad."),
    ],
    tags=["lang"],
)

# 24 Italian speech
add(
    "Scrivi un breve discorso per l'inaugurazione della biblioteca comunale di Lecce. Rispondi in "
    "italiano, non più di 200 parole, e inizia con \"Care amiche e cari amici\". Chiudi con una "
    "domanda rivolta al pubblico.",
    [
        ("language:response_language", {"language": "it"}, "Rispondi in italiano"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "non più di 200 parole"),
        ("startend:start_phrase", {"start_phrase": "Care amiche e cari amici"},
         "inizia con \"Care amiche e cari amici\""),
        ("content:end_with_question", {}, "Chiudi con una domanda rivolta al pubblico."),
    ],
    tags=["lang"],
)

# 25 Spanish podcast description
add(
    "Necesito la descripción del episodio 45 de nuestro podcast de cine. En español, máximo 5 "
    "frases, e incluye al menos 3 hashtags.",
    [
        ("language:response_language", {"language": "es"}, "En español"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 6}, "máximo 5 frases"),
        ("content:number_hashtags", {"relation": AL, "num_hashtags": 3}, "incluye al menos 3 hashtags"),
    ],
    tags=["lang"],
)

# 26 journalist, teaser post
add(
    "Write a teaser post (280 characters or less, spaces included) for our investigation into "
    "school lunch contracts. One hashtag, max. Skip the emojis \u2014 we're a newspaper.",
    [
        ("length:number_characters", {"relation": LT, "num_chars": 281}, "280 characters or less, spaces included"),
        ("content:number_hashtags", {"relation": LT, "num_hashtags": 2}, "One hashtag, max."),
        ("format:no_emoji", {}, "Skip the emojis"),
    ],
    tags=["insent", "words"],
)

# 27 novelist, requirements list
add(
    "I'm stuck on a chapter. Write the scene where Ines finds her father's letters in the attic.\n"
    "Requirements:\n"
    "1. at least 5 paragraphs separated by blank lines\n"
    "2. avoid the phrase \"heart pounding\"\n"
    "3. include the word cedar somewhere\n"
    "4. no dialogue",
    [
        ("length:number_paragraphs_blankline", {"relation": AL, "num_paragraphs": 5},
         "at least 5 paragraphs separated by blank lines"),
        ("keywords:forbidden_phrase", {"phrase": "heart pounding"}, "avoid the phrase \"heart pounding\""),
        ("keywords:existence", {"keywords": ["cedar"]}, "include the word cedar somewhere"),
    ],
    untyped=["no dialogue"],
    tags=["list"],
)

# 28 magazine kids' page
add(
    "For the kids' page: a tongue-twister poem about a zebra who runs a zoo. The letter z needs to "
    "appear at least 12 times, and the whole poem must be fewer than 60 words.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 12, "let_relation": AL},
         "The letter z needs to appear at least 12 times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "the whole poem must be fewer than 60 words"),
    ],
)

# 29 editor, press release
add(
    "Our style guide bans shouting. Rewrite this press release so that fewer than three words are "
    "in all caps (acronyms count):\n\n"
    "BRIGHTWAVE ANNOUNCES REVOLUTIONARY NEW SPEAKER! The AMAZING SoundPod 3 is HERE and it is "
    "INCREDIBLE. Pre-order TODAY!\n\n"
    "ALSO STRIP OUT EVERY EXCLAMATION POINT.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "fewer than three words are in all caps"),
        ("punctuation:no_exclamation", {}, "ALSO STRIP OUT EVERY EXCLAMATION POINT."),
    ],
    tags=["caps", "words"],
)

# 30 copywriter, JSON product copy
add(
    "Write product copy for our fountain pen listing. Return JSON only, with exactly these keys: "
    "\"headline\", \"subhead\", \"body\". Nothing outside the JSON.",
    [
        ("detectable_format:json_format", {}, ["Return JSON only", "Nothing outside the JSON."]),
        ("format:json_keys", {"keys": ["headline", "subhead", "body"]},
         "with exactly these keys: \"headline\", \"subhead\", \"body\""),
    ],
    tags=["repeat"],
)

# 31 screenwriter, logline
add(
    "Give me a logline for a heist movie set in a seed vault. One sentence, fewer than 35 words, and "
    "don't wrap it in quotation marks.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 35}, "fewer than 35 words"),
        ("startend:no_quotation", {}, "don't wrap it in quotation marks"),
    ],
    untyped=["One sentence"],
)

# 32 journalist, Q&A
add(
    "Turn my interview notes with the outgoing mayor into a Q&A. Begin with the exact words "
    "'Edited for length and clarity.' and keep her line I never wanted to be mayor verbatim "
    "somewhere in it.\n\n"
    "Notes: grew up over the hardware store; ran because nobody else would; proudest of the river "
    "trail; won't endorse a successor.",
    [
        ("startend:start_phrase", {"start_phrase": "Edited for length and clarity."},
         "Begin with the exact words 'Edited for length and clarity.'"),
        ("keywords:required_phrase", {"phrase": "I never wanted to be mayor"},
         "keep her line I never wanted to be mayor verbatim somewhere in it"),
    ],
    untyped=["into a Q&A"],
)

# 33 poet, repeat the request
add(
    "First repeat my request word for word, then do it. My request: Write a sonnet about a parking "
    "garage at dawn without using a single comma.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Write a sonnet about a parking garage at dawn without using a single comma."},
         "First repeat my request word for word, then do it."),
        ("punctuation:no_comma", {}, "without using a single comma"),
    ],
)

# 34 podcaster, ad read
add(
    "Write a 30-second host-read ad for Dreamloft mattresses. Mention the promo code SLEEPY20, "
    "drop in a link to their website, and wrap the entire script in double quotes so I can paste "
    "it straight into the run sheet.",
    [
        ("keywords:existence", {"keywords": ["SLEEPY20"]}, "Mention the promo code SLEEPY20"),
        ("content:include_url", {}, "drop in a link to their website"),
        ("startend:quotation", {}, "wrap the entire script in double quotes"),
    ],
    untyped=["30-second"],
)

# 35 editor, correction notice
add(
    "Write a correction notice for yesterday's story, which misspelled the fire chief's name. "
    "House style: sentence-case headline, cap it at 60 words, and sign off with \u2014 The Editors",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "cap it at 60 words"),
        ("startend:end_checker", {"end_phrase": "\u2014 The Editors"}, "sign off with \u2014 The Editors"),
    ],
    untyped=["sentence-case headline"],
)

# 36 novelist, clipped scene
add(
    "Write a breakup scene between two competitive chess players. Keep evry sentence under 12 "
    "words; I want it clipped. Use the word 'check' at least twice.",
    [
        ("length:max_words_per_sentence", {"max_words": 11}, "Keep evry sentence under 12 words"),
        ("keywords:frequency", {"keyword": "check", "frequency": 2, "relation": AL},
         "Use the word 'check' at least twice."),
    ],
    tags=["typo"],
)

# 37 copywriter, taglines
add(
    "Need 10+ tagline options for a bike-repair café, as a numbered list. Each tagline under 8 "
    "words, and no puns on 'spoke' please.",
    [
        ("format:numbered_list", {"relation": AL, "num_items": 10},
         "10+ tagline options for a bike-repair café, as a numbered list"),
    ],
    untyped=["Each tagline under 8 words", "no puns on 'spoke' please"],
    tags=["insent"],
)

# 38 journalist, obituary
add(
    "Obituary for Lenny Marsh, a jazz drummer who played the Blue Lantern club for forty years. "
    "Somewhere between 250 and 300 words. Leave a placeholder in square brackets for the service "
    "details, e.g. [service details]. Mention at least two tunes he was known for.",
    [
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, "Somewhere between 250 and 300 words."),
        ("detectable_content:number_placeholders", {"num_placeholders": 1},
         "Leave a placeholder in square brackets for the service details"),
    ],
    untyped=["Mention at least two tunes he was known for."],
)

# 39 poet, imagist
add(
    "write a spare, imagist poem about a gas station at 3 a.m. function words (the, of, and, a, "
    "etc.) should make up no more than 30% of all the words. set it one word per line, and keep "
    "it in lowercase.",
    [
        ("ratio:stop_words", {"percentage": 30},
         "function words (the, of, and, a, etc.) should make up no more than 30% of all the words"),
        ("format:newline", {}, "set it one word per line"),
        ("change_case:english_lowercase", {}, "keep it in lowercase."),
    ],
    tags=["lower"],
)

# 40 speechwriter, mayor's remarks
add(
    "Mayor's remarks for the library reopening, about two minutes spoken. Fewer than 15 sentences "
    "total. She wants the phrase 'open to everyone' in there, and please, no bullet points; this "
    "is a speech.\n\nP.S. Again: no bullets!",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 15},
         "Fewer than 15 sentences total."),
        ("keywords:required_phrase", {"phrase": "open to everyone"}, "She wants the phrase 'open to everyone' in there"),
        ("format:bullet_points", {"relation": LT, "num_bullets": 1}, ["no bullet points", "Again: no bullets!"]),
    ],
    untyped=["about two minutes spoken"],
    tags=["ps", "repeat"],
)

# 41 night desk, constrained answer
add(
    "Gut-check from the night desk: is \"Local Man Wins Thing\" acceptable as a front-page "
    "headline? Reply with one of these and nothing else: \"My answer is yes.\", \"My answer is "
    "no.\", \"My answer is maybe.\"",
    [
        ("detectable_format:constrained_response", {},
         "Reply with one of these and nothing else: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\""),
    ],
)

# 42 podcaster, episode summary (typos)
add(
    "Sumarize this weeks episode (we talked to a beekeeper about colony collapse) in exactly 3 "
    "bullets, markdown * style. then end with a question for listners to answer in the comments",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "in exactly 3 bullets, markdown * style"),
        ("content:end_with_question", {}, "end with a question for listners to answer in the comments"),
    ],
    tags=["typo"],
)

# 43 magazine, chef column
add(
    "Write the intro to our 'How I Work' column, this month featuring pastry chef Ana Ruiz. Her "
    "quotes reached me in Spanish; translate them, because the column has to be entirely in "
    "English. It'd be great if you could highlight at least 3 key phrases in markdown italics, "
    "like *this*. Length: 200 to 260 words.",
    [
        ("language:response_language", {"language": "en"}, "the column has to be entirely in English"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "highlight at least 3 key phrases in markdown italics"),
        ("count:word_count_range", {"min_words": 200, "max_words": 260}, "Length: 200 to 260 words."),
    ],
    untyped=["translate them"],
    tags=["polite"],
)

# 44 screenwriter, laundromat scene
add(
    "Write a scene in screenplay format: INT. LAUNDROMAT - NIGHT. Two strangers, one broken "
    "dryer. It should run at least 40 lines. Zero emoji, no markdown formatting of any kind. Just "
    "plain text.",
    [
        ("length:number_lines", {"relation": AL, "num_lines": 40}, "It should run at least 40 lines."),
        ("format:no_emoji", {}, "Zero emoji"),
        ("format:no_markdown", {}, ["no markdown formatting of any kind", "Just plain text."]),
    ],
    untyped=["in screenplay format"],
    tags=["repeat"],
)

# 45 poetry editor, sentence-level words
add(
    "Write a prose poem about a flooded library. The second sentence has to contain the word "
    "'ink', and keep the word 'book' out of the first sentence. And use normal capitalization "
    "this time, not all lowercase like the last batch.",
    [
        ("sentence:keyword", {"word": "ink", "N": 2}, "The second sentence has to contain the word 'ink'"),
        ("sentence:keyword_absent", {"word": "book", "N": 1}, "keep the word 'book' out of the first sentence"),
        ("change_case:not_english_lowercase", {}, "use normal capitalization this time, not all lowercase"),
    ],
)

# 46 culture newsletter editor
add(
    "Polish the intro to our weekly culture newsletter. No word should appear more than 3 times, "
    "and the finished intro needs to come in shorter than 120 words. Keep the joke about the opera, and don't "
    "end with 'See you next week!' again.",
    [
        ("words:repeats", {"small_n": 3}, "No word should appear more than 3 times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120},
         "the finished intro needs to come in shorter than 120 words"),
        ("startend:not_end_checker", {"end_phrase": "See you next week!"}, "don't end with 'See you next week!' again"),
    ],
    untyped=["Keep the joke about the opera"],
)

# 47 playwright, monologue
add(
    "Monologue for a retired sea captain who reads too much. 300+ words, and I want a rich "
    "vocabulary: at least 180 distinct words. He rambles, so give him at least one sentence "
    "longer than 40 words.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "300+ words"),
        ("count:unique_word_count", {"N": 180}, "at least 180 distinct words"),
        ("length:long_sentence", {"max_words": 40}, "give him at least one sentence longer than 40 words"),
    ],
)

# 48 journalist, news brief
add(
    "Write a two-sentence news brief on the Ash Street bridge closure. It must contain exactly 2 "
    "numbers (the closure date and the detour length in miles) and nothing else numeric.",
    [
        ("count:numbers", {"N": 2}, "It must contain exactly 2 numbers"),
    ],
    untyped=["two-sentence", "the closure date and the detour length in miles"],
)

# 49 poet, limerick with typos
add(
    "can u write a limerik about a cat who edits a newpaper?? no more then 5 lines, and put a "
    "title in <<these>> brackets. make it funny lol",
    [
        ("length:number_lines", {"relation": LT, "num_lines": 6}, "no more then 5 lines"),
        ("detectable_format:title", {}, "put a title in <<these>> brackets"),
    ],
    untyped=["make it funny"],
    tags=["typo", "lower"],
)

# 50 speechwriter system prompt with rules
add(
    "You are a speechwriter for Senator Alvarez.\n"
    "Rules:\n"
    "1) Never use the words \"folks\" or \"unprecedented\".\n"
    "2) Every draft ends with the sentence \"Thank you.\"\n"
    "3) At least three paragraphs, separated by blank lines.\n\n"
    "Draft remarks on rural broadband for a town hall in Pueblo.",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["folks", "unprecedented"]},
         "Never use the words \"folks\" or \"unprecedented\"."),
        ("startend:end_checker", {"end_phrase": "Thank you."}, "Every draft ends with the sentence \"Thank you.\""),
        ("length:number_paragraphs_blankline", {"relation": AL, "num_paragraphs": 3},
         "At least three paragraphs, separated by blank lines."),
    ],
    tags=["system", "list", "words"],
)

# 51 magazine social caption
add(
    "Instagram caption for our July cover (a swimmer mid-stroke). Start with a verb, end every "
    "sentence with an emoji, and include 3+ hashtags.",
    [
        ("words:start_verb", {}, "Start with a verb"),
        ("format:emoji", {}, "end every sentence with an emoji"),
        ("content:number_hashtags", {"relation": AL, "num_hashtags": 3}, "include 3+ hashtags"),
    ],
)

# 52 novelist, agent summary
add(
    "Summarize chapters 1-3 of my manuscript for my agent (notes pasted below). No more than four "
    "paragraphs with blank lines between them, present tense, and don't end on a question; she "
    "hates cliffhanger pitches. Also skip the P.S. you usually tack on.\n\n"
    "Ch1: Ruth inherits a failing orchard. Ch2: her estranged brother shows up claiming half. "
    "Ch3: frost hits and they have to work together for one night.",
    [
        ("length:number_paragraphs_blankline", {"relation": LT, "num_paragraphs": 5},
         "No more than four paragraphs with blank lines between them"),
        ("content:not_end_with_question", {}, "don't end on a question"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "skip the P.S. you usually tack on"),
    ],
    untyped=["present tense"],
    tags=["words"],
)

# 53 poet, conjunctions
add(
    "Write a prose poem about the last night bus across town. Use at least five different "
    "coordinating conjunctions (for, and, nor, but, or, yet, so). Keep em dashes out of it.",
    [
        ("count:conjunctions", {"small_n": 5},
         "Use at least five different coordinating conjunctions (for, and, nor, but, or, yet, so)"),
        ("punctuation:no_em_dash", {}, "Keep em dashes out of it."),
    ],
    tags=["words"],
)

# 54 poet, anadiplosis staircase
add(
    "Write a short poem built on anadiplosis: the last word of each sentence should be the first "
    "word of the next one. Fewer than 10 sentences. Indent each line a little further than the one "
    "above it, like a staircase.",
    [
        ("words:last_first", {}, "the last word of each sentence should be the first word of the next one"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 10}, "Fewer than 10 sentences."),
        ("format:line_indent", {}, "Indent each line a little further than the one above it, like a staircase."),
    ],
)

# 55 poet, stanza echo
add(
    "A tide poem where every stanza begins and ends with the same word, stanzas separated by a "
    "line break. Include the word 'salt'.",
    [
        ("words:paragraph_last_first", {},
         "every stanza begins and ends with the same word, stanzas separated by a line break"),
        ("keywords:existence", {"keywords": ["salt"]}, "Include the word 'salt'."),
    ],
    tags=["insent"],
)

# 56 photo editor, yes/no/maybe
add(
    "QUICK one: should we run the photo of the mayor yawning on A1? Answer with just yes, no, or "
    "maybe. No explanation.",
    [
        ("format:options", {"options": "yes/no/maybe"}, "Answer with just yes, no, or maybe."),
    ],
)

# 57 speechwriter, rally speech
add(
    "Draft a rally speech (about two minutes) for a school-board candidate. Use exactly twice as "
    "many statements as questions, and make sure there's at least one exclamation mark.",
    [
        ("ratio:sentence_type", {}, "Use exactly twice as many statements as questions"),
        ("punctuation:use_exclamation", {}, "make sure there's at least one exclamation mark"),
    ],
    untyped=["about two minutes"],
)

# 58 podcaster, Apple Podcasts description
add(
    "Episode description for Apple Podcasts. It has to be under 600 characters, spaces included, "
    "with no URLs, and mention our guest as Dr. Okafor.",
    [
        ("length:number_characters", {"relation": LT, "num_chars": 600}, "It has to be under 600 characters, spaces included"),
        ("content:no_urls", {}, "with no URLs"),
        ("keywords:required_phrase", {"phrase": "Dr. Okafor"}, "mention our guest as Dr. Okafor"),
    ],
)

# 59 gift-guide copywriter
add(
    "Write a short product blurb for a hand-thrown ceramic mug for our gift guide. Work in at "
    "least one of these: 'handmade', 'small-batch', 'heirloom'. 100 words tops.",
    [
        ("keywords:include_any", {"forbidden_words": ["handmade", "small-batch", "heirloom"]},
         "Work in at least one of these: 'handmade', 'small-batch', 'heirloom'."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "100 words tops."),
    ],
)

# 60 screenwriter, treatment with P.S.
add(
    "Write a treatment for a short film about a night-shift radio DJ who gets a call from her "
    "younger self. Use at least 3 markdown headings (#). Less than 450 words, please.\n\n"
    "P.S. Don't include links to reference films, and please don't put the whole thing in JSON "
    "like last time.",
    [
        ("format:markdown_headings", {"relation": AL, "num_headings": 3}, "Use at least 3 markdown headings (#)."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 450}, "Less than 450 words, please."),
        ("content:no_urls", {}, "Don't include links to reference films"),
        ("detectable_format:not_json_format", {}, "please don't put the whole thing in JSON like last time"),
    ],
    tags=["ps"],
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
