"""Hand-written held-out prompts (author C) for rpo's decomposition; writes data.jsonl and stats.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states
the same constraint more than once.
Tags (README counts only, not written to the JSONL):
  insent = constraint inside the task sentence; append = appended sentence(s);
  list = bullet/numbered/"Rules:" list; repeat = a constraint stated twice; polite = indirect/polite;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt;
  terse = terse fragments; system = system-prompt style; before = constraints before the task;
  nonen = prompt not in English; otherlang = English prompt asking for another language.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 21001
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 21001 teacher
add(
    "Write an explanation of photosynthesis of no more than 150 words for my seventh graders. "
    "Make sure the words \"chlorophyll\" and \"glucose\" both appear, and finish with a question "
    "the class can discuss in pairs.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "of no more than 150 words"),
        ("keywords:existence", {"keywords": ["chlorophyll", "glucose"]},
         "Make sure the words \"chlorophyll\" and \"glucose\" both appear"),
        ("content:end_with_question", {}, "finish with a question the class can discuss in pairs"),
    ],
    ["for my seventh graders"],
    tags=["insent", "append"],
)
# 21002 marketer
add(
    "Need product copy for our new cold-brew coffee concentrate. Rules:\n"
    "1. Title in double angle brackets, like <<Title>>\n"
    "2. Exactly 3 bullet points (markdown *)\n"
    "3. At least 2 hashtags\n"
    "4. No exclamation marks, our brand voice is calm",
    [
        ("detectable_format:title", {}, "Title in double angle brackets, like <<Title>>"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Exactly 3 bullet points (markdown *)"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "At least 2 hashtags"),
        ("punctuation:no_exclamation", {}, "No exclamation marks"),
    ],
    ["our brand voice is calm"],
    tags=["list"],
)
# 21003 researcher, system prompt
add(
    "You are a research assistant for a public health lab. Always answer in plain text with no "
    "markdown of any kind. Never include URLs. Keep every answer under 200 words.\n\n"
    "Question: what are the main limitations of using self-reported dietary data in cohort studies?",
    [
        ("format:no_markdown", {}, "Always answer in plain text with no markdown of any kind"),
        ("content:no_urls", {}, "Never include URLs."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "Keep every answer under 200 words."),
    ],
    tags=["system"],
)
# 21004 writer, lowercase
add(
    "write me a short poem about my grandmother's kitchen. all lowercase please, keep it under 12 "
    "lines, and no capitals anywhere, not even for names",
    [
        ("change_case:english_lowercase", {}, ["all lowercase please", "no capitals anywhere, not even for names"]),
        ("length:number_lines", {"num_lines": 12, "relation": LT}, "keep it under 12 lines"),
    ],
    tags=["lower", "repeat", "append"],
)
# 21005 teacher, Spanish
add(
    "Escribe un resumen de la novela «Pedro Páramo» para estudiantes de bachillerato. Responde solo "
    "en español, en un máximo de 180 palabras, y no uses viñetas.",
    [
        ("language:response_language", {"language": "es"}, "Responde solo en español"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 181}, "en un máximo de 180 palabras"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no uses viñetas"),
    ],
    ["para estudiantes de bachillerato"],
    tags=["nonen", "append"],
)
# 21006 marketer, caps
add(
    "Draft 3 subject lines for our Black Friday email campaign. DO NOT USE ANY EMOJIS. Separate the "
    "options with the word SEPARATOR instead of bullets. Each line under 50 characters.",
    [
        ("format:no_emoji", {}, "DO NOT USE ANY EMOJIS."),
        ("format:list", {"sep": "SEPARATOR"}, "Separate the options with the word SEPARATOR instead of bullets."),
    ],
    ["Each line under 50 characters."],
    tags=["caps", "append"],
)
# 21007 researcher, JSON
add(
    "Extract the study design, sample size and primary outcome from the abstract below. Output only "
    "JSON with the keys \"design\", \"n\", \"outcome\".\n\n"
    "Abstract: We randomized 412 adults with mild hypertension to a low-sodium meal delivery program "
    "or usual care for 12 weeks. The primary outcome was change in systolic blood pressure.",
    [
        ("detectable_format:json_format", {}, "Output only JSON"),
        ("format:json_keys", {"keys": ["design", "n", "outcome"]}, "with the keys \"design\", \"n\", \"outcome\""),
    ],
    tags=["append"],
)
# 21008 teacher, two responses
add(
    "Give me two different warm-up activities for a Year 9 French class, separated by six asterisks "
    "(******). Keep the whole thing under 120 words.",
    [
        ("combination:two_responses", {},
         "Give me two different warm-up activities for a Year 9 French class, separated by six asterisks (******)"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Keep the whole thing under 120 words."),
    ],
    tags=["insent", "append"],
)
# 21009 writer, polite
add(
    "Hi! Could you help me with the opening of a mystery novel set in a ferry terminal in winter? "
    "It'd be great if it were at least 400 words, and I'd really love it if the first paragraph "
    "started with the word \"Fog\". Please split it into exactly 4 paragraphs with blank lines "
    "between them.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "It'd be great if it were at least 400 words"),
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 1, "first_word": "Fog"},
         "the first paragraph started with the word \"Fog\""),
    ],
    tags=["polite"],
)
# 21010 teacher, terse
add(
    "lesson plan, fractions, grade 4. numbered list, 5+ steps. no commas. under 200 words",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "numbered list, 5+ steps"),
        ("punctuation:no_comma", {}, "no commas."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "under 200 words"),
    ],
    tags=["terse", "lower"],
)
# 21011 researcher, constraints before the task
add(
    "Respond in German. Use at least three markdown headings. Do not exceed 350 words.\n"
    "Now: summarize the main arguments for and against four-day work weeks, drawing on recent pilot studies.",
    [
        ("language:response_language", {"language": "de"}, "Respond in German."),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "Use at least three markdown headings."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 351}, "Do not exceed 350 words."),
    ],
    ["drawing on recent pilot studies"],
    tags=["before", "otherlang"],
)
# 21012 marketer, repeat
add(
    "Write an Instagram caption for our bakery's sourdough launch. Use at least 3 hashtags. Make it "
    "playful and end with the phrase \"See you at the counter.\"\nRemember: three hashtags minimum!",
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL},
         ["Use at least 3 hashtags.", "three hashtags minimum"]),
        ("startend:end_checker", {"end_phrase": "See you at the counter."},
         "end with the phrase \"See you at the counter.\""),
    ],
    ["Make it playful"],
    tags=["repeat", "append"],
)
# 21013 writer, typos
add(
    "Can you wirte a short bio for my author webiste? Third person, no more then 100 words, and dont "
    "use the word \"passionate\" pls",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "no more then 100 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["passionate"]}, "dont use the word \"passionate\""),
    ],
    ["Third person"],
    tags=["typo", "terse"],
)
# 21014 teacher, system prompt
add(
    "You are a patient math tutor for adult learners. Always respond in exactly 3 sections, marked "
    "\"SECTION 1\", \"SECTION 2\" and \"SECTION 3\". Never give the final answer in the first section. "
    "Put at least one worked example inside a fenced code block.\n\n"
    "Student: How do I solve 3x + 7 = 22?",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "Always respond in exactly 3 sections, marked \"SECTION 1\", \"SECTION 2\" and \"SECTION 3\"."),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "Put at least one worked example inside a fenced code block."),
    ],
    ["Never give the final answer in the first section."],
    tags=["system"],
)
# 21015 community marketer
add(
    "Write a one-line motto for a community garden. WRAP THE WHOLE RESPONSE IN DOUBLE QUOTATION "
    "MARKS. Use no commas.",
    [
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "one-line"),
        ("startend:quotation", {}, "WRAP THE WHOLE RESPONSE IN DOUBLE QUOTATION MARKS."),
        ("punctuation:no_comma", {}, "Use no commas."),
    ],
    tags=["insent", "append", "caps"],
)
# 21016 teacher, repeat the request
add(
    "First repeat my request word for word, then answer it. My request: Explain why the sky looks "
    "red at sunset, in fewer than 5 sentences.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Explain why the sky looks red at sunset, in fewer than 5 sentences."},
         "First repeat my request word for word, then answer it."),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "in fewer than 5 sentences"),
    ],
    tags=["before"],
)
# 21017 marketer
add(
    "Write a lading-page hero section for a budgeting app aimed at freelencers. Use all-caps words "
    "sparingly: fewer than 4 of them. Work in the phrase \"paid on time\" somwhere.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "Use all-caps words sparingly: fewer than 4 of them."),
        ("keywords:required_phrase", {"phrase": "paid on time"}, "Work in the phrase \"paid on time\" somwhere."),
    ],
    ["aimed at freelencers"],
    tags=["append", "typo"],
)
# 21018 teacher, caps
add(
    "WRITE A SHORT CHANT FOR OUR SCHOOL'S SPORTS DAY. ANSWER IN ENGLISH AND IN ALL CAPITAL LETTERS. "
    "AT LEAST ONE EXCLAMATION MARK, AND NO EMOJIS.",
    [
        ("change_case:english_capital", {}, "ANSWER IN ENGLISH AND IN ALL CAPITAL LETTERS."),
        ("punctuation:use_exclamation", {}, "AT LEAST ONE EXCLAMATION MARK"),
        ("format:no_emoji", {}, "NO EMOJIS"),
    ],
    tags=["caps", "terse"],
)
# 21019 marketer, template
add(
    "Create a reusable cold outreach email template for a B2B SaaS sales team.\n"
    "Requirements:\n"
    "- at least 4 placeholders in square brackets, e.g. [company name]\n"
    "- a P.S. at the end\n"
    "- under 170 words\n"
    "- subject line of 6 words or fewer",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 4},
         "at least 4 placeholders in square brackets, e.g. [company name]"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "a P.S. at the end"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 170}, "under 170 words"),
    ],
    ["subject line of 6 words or fewer"],
    tags=["list"],
)
# 21020 researcher / teacher, constrained answer
add(
    "Is it ethical to use AI-generated images in a history textbook without labeling them? Answer "
    "with one of \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\", then justify "
    "it in no more than 2 sentences. Do not use the word \"definitely\".",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\""),
        ("keywords:forbidden_words", {"forbidden_words": ["definitely"]}, "Do not use the word \"definitely\"."),
    ],
    ["then justify it in no more than 2 sentences"],
    tags=["append"],
)
# 21021 teacher, polite
add(
    "Would you mind summarizing the causes of the French Revolution for a revision sheet? Please "
    "highlight at least 3 key terms with markdown italics (*like this*) and keep it between 120 and "
    "160 words. It would also be nice to end with the exact sentence \"Good luck on the exam!\"",
    [
        ("startend:end_checker", {"end_phrase": "Good luck on the exam!"},
         "end with the exact sentence \"Good luck on the exam!\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "highlight at least 3 key terms with markdown italics (*like this*)"),
        ("count:word_count_range", {"min_words": 120, "max_words": 160}, "keep it between 120 and 160 words"),
    ],
    tags=["polite"],
)
# 21022 writer
add(
    "Write a tongue twister paragraph in which the letter \"z\" shows up at least 8 times. It should "
    "be fun for kids to read aloud. Write it in all lowercase.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 8, "let_relation": AL},
         "the letter \"z\" shows up at least 8 times"),
        ("change_case:english_lowercase", {}, "Write it in all lowercase."),
    ],
    ["It should be fun for kids to read aloud."],
    tags=["insent", "append"],
)
# 21023 marketer, SEO
add(
    "Write SEO copy for a plumbing company in Leeds, under 250 words. The word \"emergency\" should "
    "appear at least 3 times, and \"Leeds\" at least twice. Please do keep it under 250 words, the page "
    "layout is tight.",
    [
        ("keywords:frequency", {"keyword": "emergency", "frequency": 3, "relation": AL},
         "The word \"emergency\" should appear at least 3 times"),
        ("keywords:frequency", {"keyword": "Leeds", "frequency": 2, "relation": AL}, "\"Leeds\" at least twice"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 250},
         ["under 250 words", "keep it under 250 words"]),
    ],
    tags=["append", "insent", "repeat"],
)
# 21024 writer
add(
    "Write a personal essay about learning to swim at 40. Exactly 5 paragraphs, separated with the "
    "markdown divider ***. Avoid clichés. Mention the word \"chlorine\" at "
    "least once.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5},
         "Exactly 5 paragraphs, separated with the markdown divider ***."),
        ("keywords:existence", {"keywords": ["chlorine"]}, "Mention the word \"chlorine\" at least once."),
    ],
    ["Avoid clichés."],
    tags=["append"],
)
# 21025 French
add(
    "Rédige une courte annonce pour un atelier d'écriture à la bibliothèque municipale. Réponds "
    "uniquement en français, sans aucune virgule, et termine par « Inscriptions à l'accueil ! »",
    [
        ("language:response_language", {"language": "fr"}, "Réponds uniquement en français"),
        ("punctuation:no_comma", {}, "sans aucune virgule"),
        ("startend:end_checker", {"end_phrase": "Inscriptions à l'accueil !"},
         "termine par « Inscriptions à l'accueil ! »"),
    ],
    tags=["nonen", "append"],
)
# 21026 hotel marketer, other language
add(
    "Translate this welcome message for our hotel guests into Japanese: \"Welcome! Breakfast is served "
    "from 7 to 10 in the garden room.\" Respond in Japanese only, and don't use any Latin letters.",
    [
        ("language:response_language", {"language": "ja"}, "Respond in Japanese only"),
        ("language:no_script", {"script": "latin"}, "don't use any Latin letters"),
    ],
    tags=["otherlang", "append"],
)
# 21027 researcher, numbers
add(
    "Write a two-sentence plain-language summary of our survey for the school newsletter: 1,204 "
    "respondents, 63% favored later start times, margin of error 3 points. Mention exactly three "
    "numbers, no more. End with the exact sentence \"Full results are on the school website.\"",
    [
        ("count:numbers", {"N": 3}, "Mention exactly three numbers, no more."),
        ("startend:end_checker", {"end_phrase": "Full results are on the school website."},
         "End with the exact sentence \"Full results are on the school website.\""),
    ],
    ["two-sentence"],
    tags=["append"],
)
# 21028 teacher, ESL
add(
    "Write a 90-110 word reading passage in simple English about recycling for A2-level learners. "
    "Every sentence should be at most 12 words.",
    [
        ("count:word_count_range", {"min_words": 90, "max_words": 110}, "90-110 word"),
        ("length:max_words_per_sentence", {"max_words": 12}, "Every sentence should be at most 12 words."),
    ],
    ["in simple English", "for A2-level learners"],
    tags=["insent", "append"],
)
# 21029 marketer, system prompt
add(
    "You are Juniper, the support bot for a plant delivery service. Always start your reply with "
    "\"Hi there, plant friend!\" Always sign off with \"Happy growing!\" Never use em dashes. Keep "
    "replies to at most 4 sentences.\n\n"
    "Customer: my monstera arrived with yellow leaves, what do i do?",
    [
        ("startend:start_phrase", {"start_phrase": "Hi there, plant friend!"},
         "Always start your reply with \"Hi there, plant friend!\""),
        ("startend:end_checker", {"end_phrase": "Happy growing!"}, "Always sign off with \"Happy growing!\""),
        ("punctuation:no_em_dash", {}, "Never use em dashes."),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "Keep replies to at most 4 sentences."),
    ],
    tags=["system"],
)
# 21030 podcaster / marketer, list
add(
    "Brainstorm names for a podcast about urban beekeeping.\n"
    "- at least 10 names, as a numbered list\n"
    "- no name longer than three words\n"
    "- don't use the word \"buzz\"",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "at least 10 names, as a numbered list"),
        ("keywords:forbidden_words", {"forbidden_words": ["buzz"]}, "don't use the word \"buzz\""),
    ],
    ["no name longer than three words"],
    tags=["list"],
)
# 21031 researcher, polite
add(
    "I'd appreciate it if you could compare three qualitative coding tools (NVivo, ATLAS.ti, MAXQDA) "
    "for a PhD student on a tight budget. Please format it with Markdown, include links to their "
    "pricing pages, and end with a one-sentence recommendation. Ideally no longer than 300 words.",
    [
        ("format:use_markdown", {}, "format it with Markdown"),
        ("content:include_url", {}, "include links to their pricing pages"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 301}, "Ideally no longer than 300 words."),
    ],
    ["end with a one-sentence recommendation"],
    tags=["polite"],
)
# 21032 writer, typos + lowercase
add(
    "pls write a wedding toast for my sister dana and her husband marco, atleast 3 paragrahps with "
    "blank lines between, funny but not embarassing. no swear words",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "atleast 3 paragrahps with blank lines between"),
    ],
    ["funny but not embarassing", "no swear words"],
    tags=["typo", "lower", "insent"],
)
# 21033 teacher / tech writer, terse
add(
    "You are a help-desk assistant for a rural internet provider. Always start your reply with a verb. "
    "Never write a sentence longer than 15 words. Never use commas. Always end with \"Still stuck? "
    "Call us.\"\n\nUser: how do i reset my router",
    [
        ("words:start_verb", {}, "Always start your reply with a verb."),
        ("length:max_words_per_sentence", {"max_words": 15}, "Never write a sentence longer than 15 words."),
        ("punctuation:no_comma", {}, "Never use commas."),
        ("startend:end_checker", {"end_phrase": "Still stuck? Call us."},
         "Always end with \"Still stuck? Call us.\""),
    ],
    tags=["system"],
)
# 21034 researcher
add(
    "Write an abstract-style summary of a study on urban heat islands. Keep stop words (the, of, and, "
    "etc.) to no more than 35% of all words, and stay under 200 words.",
    [
        ("ratio:stop_words", {"percentage": 35},
         "Keep stop words (the, of, and, etc.) to no more than 35% of all words"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "stay under 200 words"),
    ],
    tags=["append"],
)
# 21035 writer
add(
    "Write a microstory about a night-shift nurse.\n"
    "Constraints:\n"
    "1) The third sentence must contain the word \"clock\".\n"
    "2) The word \"tired\" must not appear in the first sentence.\n"
    "3) Fewer than 8 sentences in total.",
    [
        ("sentence:keyword", {"word": "clock", "N": 3}, "The third sentence must contain the word \"clock\"."),
        ("sentence:keyword_absent", {"word": "tired", "N": 1},
         "The word \"tired\" must not appear in the first sentence."),
        ("length_constraints:number_sentences", {"num_sentences": 8, "relation": LT},
         "Fewer than 8 sentences in total."),
    ],
    tags=["list"],
)
# 21036 writer, repeat
add(
    "Write a short prose poem about rain on a tin roof. Make the second word and the second-to-last "
    "word both \"rain\". Keep it below 80 words (seriously, under 80).",
    [
        ("words:words_position", {"keyword": "rain"},
         "Make the second word and the second-to-last word both \"rain\"."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 80},
         ["Keep it below 80 words", "under 80"]),
    ],
    tags=["repeat", "append"],
)
# 21037 marketer
add(
    "Write 5 taglines for an eco-friendly sneaker brand, each under 8 words. Use at least one of the "
    "words \"planet\" or \"earth\" somewhere, don't repeat any word more than twice, and no emojis.",
    [
        ("keywords:include_any", {"forbidden_words": ["planet", "earth"]},
         "Use at least one of the words \"planet\" or \"earth\" somewhere"),
        ("words:repeats", {"small_n": 2}, "don't repeat any word more than twice"),
        ("format:no_emoji", {}, "no emojis"),
    ],
    ["each under 8 words"],
    tags=["append"],
)
# 21038 Chinese
add(
    "请用中文回答，不要使用任何英文字母。给高中生解释一下什么是机器学习，最多三段，段落之间空一行。",
    [
        ("language:response_language", {"language": "zh"}, "请用中文回答"),
        ("language:no_script", {"script": "latin"}, "不要使用任何英文字母"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": LT}, "最多三段，段落之间空一行"),
    ],
    ["给高中生"],
    tags=["nonen", "before"],
)
# 21039 teacher, other language
add(
    "I teach Portuguese to beginners. Write a dialogue between two friends ordering food at a café, "
    "in Portuguese only (no English translation). The response should be at least 8 lines long.",
    [
        ("language:response_language", {"language": "pt"}, "in Portuguese only (no English translation)"),
        ("length:number_lines", {"num_lines": 8, "relation": AL}, "The response should be at least 8 lines long."),
    ],
    tags=["otherlang", "insent"],
)
# 21040 teacher, typos
add(
    "For a grammer lesson, write a paragraph about a rainy school day that uses at least 5 diffrent "
    "coordinating conjuctions (for, and, nor, but, or, yet, so). Keep it under 120 words.",
    [
        ("count:conjunctions", {"small_n": 5},
         "uses at least 5 diffrent coordinating conjuctions (for, and, nor, but, or, yet, so)"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Keep it under 120 words."),
    ],
    tags=["typo", "insent"],
)
# 21041 researcher, repeat
add(
    "Give me 3 possible research questions about remote work and loneliness. Return a JSON object with "
    "the keys \"questions\" and \"rationale\", nothing outside the JSON.",
    [
        ("detectable_format:json_format", {}, ["Return a JSON object", "nothing outside the JSON"]),
        ("format:json_keys", {"keys": ["questions", "rationale"]}, "with the keys \"questions\" and \"rationale\""),
    ],
    tags=["repeat", "append"],
)
# 21042 teacher, caps
add(
    "Write a short class-newsletter blurb about our science fair winners. Mention at least 4 students "
    "by name, picking from: Emma, Liam, Sophia, Noah, Ava, Lucas. DON'T use exclamation marks, the "
    "principal hates them.",
    [
        ("count:person_names", {"N": 4}, "Mention at least 4 students by name"),
        ("punctuation:no_exclamation", {}, "DON'T use exclamation marks"),
    ],
    tags=["caps", "append"],
)
# 21043 marketer
add(
    "Write a push notification for a meditation app's streak reminder. Use no more than two emojis, and "
    "keep it under 100 characters.",
    [
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "Use no more than two emojis"),
        ("length:number_characters", {"num_chars": 100, "relation": LT}, "keep it under 100 characters"),
    ],
    tags=["append"],
)
# 21044 marketer, constraints before the task
add(
    "Fewer than 4 sentences, and end every sentence with an emoji. Must include the word \"sunrise\". "
    "Write a cheerful good-morning message for our gym's members group chat.",
    [
        ("keywords:existence", {"keywords": ["sunrise"]}, "Must include the word \"sunrise\"."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Fewer than 4 sentences"),
        ("format:emoji", {}, "end every sentence with an emoji"),
    ],
    ["cheerful"],
    tags=["before", "terse"],
)
# 21045 writer
add(
    "five chapter titles for a cookbook about filipino street food, one per line. title case for "
    "everything, leave out commas, and one of them has to include the word \"adobo\"",
    [
        ("format:title_case", {}, "title case for everything"),
        ("punctuation:no_comma", {}, "leave out commas"),
        ("keywords:existence", {"keywords": ["adobo"]}, "include the word \"adobo\""),
    ],
    ["one per line"],
    tags=["lower", "terse"],
)
# 21046 teacher
add(
    "Outline a unit on the water cycle for Year 5. Use * bullets for the main topics and give each one "
    "at least one - sub-bullet. No headings.",
    [
        ("format:sub-bullets", {}, "Use * bullets for the main topics and give each one at least one - sub-bullet."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "No headings."),
    ],
    tags=["append", "terse"],
)
# 21047 writer, typo
add(
    "Write a short story of at least 6 sentences where each sentance has exactly 2 more words than the "
    "one before it. Theme: a lost glove. Six sentences minimum, more is fine.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": AL},
         ["at least 6 sentences", "Six sentences minimum"]),
        ("sentence:increment", {"small_n": 2},
         "each sentance has exactly 2 more words than the one before it"),
    ],
    tags=["typo", "insent", "repeat"],
)
# 21048 writer, lowercase
add(
    "haiku about cedar trees. no two consecutive words may start with the same letter. lowercase only.",
    [
        ("words:no_consecutive", {}, "no two consecutive words may start with the same letter."),
        ("change_case:english_lowercase", {}, "lowercase only."),
    ],
    tags=["lower", "terse"],
)
# 21049 teacher, constraints before the task
add(
    "include the words \"haggle\", \"stall\" and \"bargain\", and use at least 90 different words. with "
    "that in mind, write a descriptive paragraph about a busy market for my esl class.",
    [
        ("keywords:existence", {"keywords": ["haggle", "stall", "bargain"]},
         "include the words \"haggle\", \"stall\" and \"bargain\""),
        ("count:unique_word_count", {"N": 90}, "use at least 90 different words"),
    ],
    tags=["before", "lower"],
)
# 21050 marketer, polite
add(
    "Could you write a follow-up email to a client who missed our demo call? Please don't end with a "
    "question, and don't add a P.S. either. Under 120 words if possible, thanks!",
    [
        ("content:not_end_with_question", {}, "don't end with a question"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "don't add a P.S. either"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Under 120 words if possible"),
    ],
    tags=["polite"],
)
# 21051 researcher, German
add(
    "Bitte fasse die wichtigsten Ergebnisse der PISA-Studie 2022 für Eltern zusammen. Antworte auf "
    "Deutsch, in höchstens 150 Wörtern, und verwende genau 3 Aufzählungspunkte mit *.",
    [
        ("language:response_language", {"language": "de"}, "Antworte auf Deutsch"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "in höchstens 150 Wörtern"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "verwende genau 3 Aufzählungspunkte mit *"),
    ],
    ["für Eltern"],
    tags=["nonen", "polite", "append"],
)
# 21052 marketer
add(
    "Write a LinkedIn post announcing our new head of research.\n"
    "Format:\n"
    "* don't use the phrase \"thrilled to announce\"\n"
    "* at least 5 sentences\n"
    "* use the word \"curiosity\" at least twice\n"
    "* 3 or fewer hashtags",
    [
        ("keywords:forbidden_phrase", {"phrase": "thrilled to announce"}, "don't use the phrase \"thrilled to announce\""),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": AL}, "at least 5 sentences"),
        ("keywords:frequency", {"keyword": "curiosity", "frequency": 2, "relation": AL},
         "use the word \"curiosity\" at least twice"),
        ("content:number_hashtags", {"num_hashtags": 4, "relation": LT}, "3 or fewer hashtags"),
    ],
    tags=["list"],
)
# 21053 writer
add(
    "Write a paragraph in the style of a 19th-century travel diary describing arrival in a port town. "
    "Use at least one em dash, and include at least one long sentence of more than 40 words.",
    [
        ("punctuation:use_em_dash", {}, "Use at least one em dash"),
        ("length:long_sentence", {"max_words": 40}, "include at least one long sentence of more than 40 words"),
    ],
    ["in the style of a 19th-century travel diary"],
    tags=["append"],
)
# 21054 teacher, caps
add(
    "Explain the difference between weather and climate to a 10-year-old. No more than 5 sentences. "
    "Use the word \"weather\" at least three times. DO NOT use any bullet points.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "No more than 5 sentences."),
        ("keywords:frequency", {"keyword": "weather", "frequency": 3, "relation": AL},
         "Use the word \"weather\" at least three times."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "DO NOT use any bullet points."),
    ],
    ["to a 10-year-old"],
    tags=["caps", "append"],
)
# 21055 researcher, fixed template
add(
    "You are an evidence-review assistant for a psychology department. Always use this exact template: "
    "My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]. Never go beyond 150 "
    "words. Never cite a study you are not sure exists.\n\n"
    "Claim to assess: 'Bilingual children have better executive function.'",
    [
        ("format:output_template", {},
         "Always use this exact template: My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "Never go beyond 150 words."),
    ],
    ["Never cite a study you are not sure exists."],
    tags=["system"],
)


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"]: t for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            for x in exps:
                assert x in prompt, (key, x)
            assert types is None or cid in types, (key, cid)
            if types is not None:
                assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
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
    print("prompts", len(E), "constraints", sum(ids.values()))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    ifeval25 = {
        "change_case:capital_word_frequency", "change_case:english_capital", "change_case:english_lowercase",
        "combination:repeat_prompt", "combination:two_responses", "detectable_content:number_placeholders",
        "detectable_content:postscript", "detectable_format:constrained_response", "detectable_format:json_format",
        "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
        "detectable_format:number_highlighted_sections", "detectable_format:title", "keywords:existence",
        "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency",
        "language:response_language", "length_constraints:nth_paragraph_first_word",
        "length_constraints:number_paragraphs", "length_constraints:number_sentences",
        "length_constraints:number_words", "punctuation:no_comma", "startend:end_checker", "startend:quotation"}
    n_if = sum(v for k, v in ids.items() if k in ifeval25)
    print("IFEval-25 constraints", n_if, "of", sum(ids.values()), f"({100*n_if/sum(ids.values()):.0f}%)",
          "distinct ids", len(ids), "IFEval ids used", len(set(ids) & ifeval25))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in sorted(tags):
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3] or (t == "untyped" and e[2])])


if __name__ == "__main__":
    main()
