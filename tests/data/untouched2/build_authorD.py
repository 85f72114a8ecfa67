"""Hand-written held-out prompts (authorD) for rpo's decomposition; writes data.jsonl and stats.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states
the same constraint more than once.
Tags (README counts only, not written to the JSONL):
  insent = constraint inside the task sentence; repeat = constraint stated twice;
  list = requirement list; polite = indirect/polite form; typo = misspellings;
  caps = ALL-CAPS instruction text; lower = all-lowercase prompt; terse = fragments;
  sys = system-prompt style; before = constraints before the task; multi = multi-paragraph;
  nonen = non-English prompt or asks for another language; words = numbers written as words.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 22001
E = []
ZERO_TYPED_OK = {22041}  # review: its only requirement is untyped (see REVIEW.md)


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


NW = "length_constraints:number_words"

# 1 customer support, system prompt
add(
    "You are a support assistant for Brightline Internet. Always keep replies under 700 characters. "
    "Never include links or URLs in a reply. Always finish with the exact sentence "
    "\"Is there anything else I can help you with today?\"\n\n"
    "Customer: my router keeps dropping the connection every evening around 8pm, what can I do?",
    [
        ("length:number_characters", {"num_chars": 700, "relation": LT}, "Always keep replies under 700 characters"),
        ("content:no_urls", {}, "Never include links or URLs in a reply"),
        ("startend:end_checker", {"end_phrase": "Is there anything else I can help you with today?"},
         "Always finish with the exact sentence \"Is there anything else I can help you with today?\""),
    ],
    tags=["sys"],
)
# 2 lawyer
add(
    "Draft a short memo to a client explaining what a force majeure clause does in a commercial "
    "lease. Use exactly three paragraphs separated by the markdown divider ***. Do not use the words "
    "\"obviously\" or \"simply\". Keep every sentence under 25 words. Avoid legalese where you can; the "
    "client owns a small bakery.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "Use exactly three paragraphs separated by the markdown divider ***"),
        ("keywords:forbidden_words", {"forbidden_words": ["obviously", "simply"]},
         "Do not use the words \"obviously\" or \"simply\""),
        ("length:max_words_per_sentence", {"max_words": 24}, "Keep every sentence under 25 words."),
    ],
    ["Avoid legalese where you can"],
    tags=["words"],
)
# 3 HR
add(
    "I need a job posting for a part-time warehouse associate (weekend shifts, forklift "
    "certification a plus). Could you please include at least 3 placeholders in square brackets "
    "like [hourly rate] so I can fill them in later? And if possible keep the whole thing between "
    "150 and 200 words.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "include at least 3 placeholders in square brackets like [hourly rate]"),
        ("count:word_count_range", {"min_words": 150, "max_words": 200},
         "keep the whole thing between 150 and 200 words"),
    ],
    tags=["polite"],
)
# 4 developer, lowercase, typos
add(
    "explain the difference between git rebase and git merge. include at least one fenced code "
    "block with example comands, use no more than 4 bullet points, and dont use any markdown headings",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "include at least one fenced code block with example comands"),
        ("format:bullet_points", {"num_bullets": 5, "relation": LT}, "use no more than 4 bullet points"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "dont use any markdown headings"),
    ],
    tags=["lower", "typo"],
)
# 5 traveller
add(
    "Plan a 3-day itinerary for Lisbon for a couple on a moderate budget. Divide it into 3 sections, "
    "marking the start of each one with Day X (Day 1, Day 2, Day 3). Highlight at least 2 must-see "
    "spots with markdown, like *this*. No more than 350 words total.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 3},
         "Divide it into 3 sections, marking the start of each one with Day X"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Highlight at least 2 must-see spots with markdown"),
        (NW, {"num_words": 351, "relation": LT}, "No more than 350 words total."),
    ],
    ["for a couple on a moderate budget"],
)
# 6 cook
add(
    "Give me a recipe for a weeknight vegetarian chili. For the method, use a numbered list with at "
    "least 8 steps. The word \"cumin\" should appear at least twice. Don't use any exclamation marks, "
    "I find them annoying in recipes.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "use a numbered list with at least 8 steps"),
        ("keywords:frequency", {"keyword": "cumin", "frequency": 2, "relation": AL},
         "The word \"cumin\" should appear at least twice"),
        ("punctuation:no_exclamation", {}, "Don't use any exclamation marks"),
    ],
    tags=["words"],
)
# 7 parent, caps output
add(
    "My 7 year old asked why the sky is blue. Can you give me an answer I can read to her? ALL "
    "CAPITAL LETTERS please because she's learning to read big letters, and keep it to fewer than "
    "5 sentences.",
    [
        ("change_case:english_capital", {}, "ALL CAPITAL LETTERS please"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "keep it to fewer than 5 sentences"),
    ],
    ["an answer I can read to her"],
    tags=["polite"],
)
# 8 gamer
add(
    "Write a short backstory for my Elden Ring character, a disgraced knight who wields a rusted "
    "greatsword. Requirements:\n- wrap the entire response in double quotation marks\n- include the "
    "words 'ash' and 'oath'\n- 120-150 words",
    [
        ("startend:quotation", {}, "wrap the entire response in double quotation marks"),
        ("keywords:existence", {"keywords": ["ash", "oath"]}, "include the words 'ash' and 'oath'"),
        ("count:word_count_range", {"min_words": 120, "max_words": 150}, "120-150 words"),
    ],
    tags=["list"],
)
# 9 Spanish
add(
    "Escribe un correo breve a mi casero pidiendo que arregle la calefacción antes del viernes. "
    "Escríbelo todo en español, sin comas, y en menos de 100 palabras.",
    [
        ("language:response_language", {"language": "es"}, "Escríbelo todo en español"),
        ("punctuation:no_comma", {}, "sin comas"),
        (NW, {"num_words": 100, "relation": LT}, "en menos de 100 palabras"),
    ],
    tags=["nonen"],
)
# 10 terse support
add(
    "Apology email to customer, order #4471 shipped late. no commas. 3 paragraphs, seperated by ***. "
    "sign off as Dana from Support.",
    [
        ("punctuation:no_comma", {}, "no commas."),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs, seperated by ***"),
    ],
    ["sign off as Dana from Support."],
    tags=["terse", "typo"],
)
# 11 constraints before task, repeat
add(
    "In all lowercase letters, with no capitals at all, write a toast I can give at my sister's "
    "wedding. She's a nurse and her husband is a firefighter. Around 200 words would be ideal, but "
    "at least 150. No exclamation marks.",
    [
        ("change_case:english_lowercase", {}, ["In all lowercase letters", "with no capitals at all"]),
        (NW, {"num_words": 150, "relation": AL}, "at least 150"),
        ("punctuation:no_exclamation", {}, "No exclamation marks."),
    ],
    ["Around 200 words would be ideal"],
    tags=["before", "repeat"],
)
# 12 repeat prompt
add(
    "Before answering, repeat the following request word for word without any change: \"List three "
    "good stretches for lower back pain after sitting all day.\" Then answer it with exactly 3 bullet "
    "points.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "List three good stretches for lower back pain after sitting all day."},
         "repeat the following request word for word without any change"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "answer it with exactly 3 bullet points"),
    ],
    tags=["before"],
)
# 13 two responses
add(
    "Give me two different subject lines for a newsletter announcing the spring sale at our garden "
    "center. Separate the two responses with six asterisks (******). Each one under 10 words, and use "
    "at least one emoji.",
    [
        ("combination:two_responses", {}, "Separate the two responses with six asterisks (******)"),
        ("format:use_emoji", {}, "use at least one emoji"),
    ],
    ["Each one under 10 words"],
)
# 14 constrained response
add(
    "Is it legal for my employer in California to make me use my accrued PTO when I'm out sick? "
    "Answer with one of the following: \"My answer is yes.\", \"My answer is no.\", or \"My answer is "
    "maybe.\"",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of the following: \"My answer is yes.\", \"My answer is no.\", or \"My answer is maybe.\""),
    ],
)
# 15 JSON extraction
add(
    "Extract the details from this support ticket and output only JSON with the keys \"customer_name\", "
    "\"product\", \"issue\" and \"priority\".\n\nTicket: Hi, this is Marco Bellini. My SmartBrew 300 coffee "
    "maker stops halfway through brewing and flashes a red light. I need it fixed before my cafe "
    "opens on Monday!",
    [
        ("detectable_format:json_format", {}, "output only JSON"),
        ("format:json_keys", {"keys": ["customer_name", "product", "issue", "priority"]},
         "with the keys \"customer_name\", \"product\", \"issue\" and \"priority\""),
    ],
    tags=["multi"],
)
# 16 parent lullaby
add(
    "Write a lullaby for a toddler who is afraid of thunder. Give it a title wrapped in double angular "
    "brackets, like <<Title>>. It should have at least four stanzas separated by blank lines, and "
    "please don't use the word “scary”.",
    [
        ("detectable_format:title", {}, "Give it a title wrapped in double angular brackets, like <<Title>>"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "at least four stanzas separated by blank lines"),
        ("keywords:forbidden_words", {"forbidden_words": ["scary"]}, "please don't use the word “scary”"),
    ],
    tags=["words"],
)
# 17 parent note with P.S.
add(
    "Write a reminder note of no more than 5 sentences to the parents in my son's class about the "
    "field trip to the science museum next Thursday (permission slips due Monday). End it with a P.S. "
    "reminding them to pack a lunch. Keep it friendly.",
    [
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "End it with a P.S."),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "a reminder note of no more than 5 sentences"),
    ],
    ["reminding them to pack a lunch", "Keep it friendly."],
    tags=["insent"],
)
# 18 HR review, nth paragraph
add(
    "Write a performance review summary for an employee who exceeded her sales targets but struggles "
    "with punctuality. It should be exactly 4 paragraphs separated by blank lines, and the third "
    "paragraph must start with the word \"However\". Be constructive, not harsh.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "However"},
         "exactly 4 paragraphs separated by blank lines, and the third paragraph must start with the word \"However\""),
    ],
    ["Be constructive, not harsh."],
)
# 19 tongue twister
add(
    "Write a tongue twister about a zebra zipping through a zoo. The letter z should appear at least "
    "10 times. Four lines max.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 10, "let_relation": AL},
         "The letter z should appear at least 10 times."),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "Four lines max."),
    ],
    tags=["words", "terse"],
)
# 20 product copy
add(
    "Write a product description for a waterproof hiking boot. Use all-caps words to emphasize key "
    "features at least 3 times, but don't overdo it. A maximum of 120 words.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": AL},
         "Use all-caps words to emphasize key features at least 3 times"),
        (NW, {"num_words": 121, "relation": LT}, "A maximum of 120 words."),
    ],
    ["but don't overdo it"],
)
# 21 ALL CAPS prompt
add(
    "WRITE ME A CHECKLIST FOR PACKING A CARRY-ON FOR A 5 DAY BUSINESS TRIP. USE EXACTLY 10 BULLET "
    "POINTS. NO EMOJIS. DO NOT INCLUDE ANY INTRO OR OUTRO TEXT.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 10}, "USE EXACTLY 10 BULLET POINTS."),
        ("format:no_emoji", {}, "NO EMOJIS."),
    ],
    ["DO NOT INCLUDE ANY INTRO OR OUTRO TEXT."],
    tags=["caps"],
)
# 22 DM system prompt
add(
    "You are a Dungeon Master narrating a tabletop session. Always speak to the players in second "
    "person. Never use more than 3 emojis per reply. Always end your reply with a question to the "
    "players.\n\nThe party has just entered a flooded crypt lit by green candles. Describe what they see.",
    [
        ("format:number_emojis", {"num_emojis": 4, "relation": LT}, "Never use more than 3 emojis per reply."),
        ("content:end_with_question", {}, "Always end your reply with a question to the players."),
    ],
    ["Always speak to the players in second person."],
    tags=["sys", "multi"],
)
# 23 hotel notice to French
add(
    "Can you translate this notice for our hotel guests into French? 'The pool will be closed for "
    "maintenance from June 3 to June 5. We apologize for the inconvenience.' Respond only in French, "
    "no English at all, and don't add any notes or explanations.",
    [
        ("language:response_language", {"language": "fr"}, ["Respond only in French", "no English at all"]),
    ],
    ["don't add any notes or explanations"],
    tags=["repeat", "nonen", "polite"],
)
# 24 German
add(
    "Schreib mir bitte eine kurze Nachricht an meinen Vermieter, dass die Waschmaschine im Keller "
    "kaputt ist. Höchstens 80 Wörter, und bitte ohne Ausrufezeichen.",
    [
        (NW, {"num_words": 81, "relation": LT}, "Höchstens 80 Wörter"),
        ("punctuation:no_exclamation", {}, "bitte ohne Ausrufezeichen"),
    ],
    tags=["nonen"],
)
# 25 Japanese learner
add(
    "I'm learning Japanese. Write five simple sentences about my morning routine in Japanese, using "
    "hiragana and katakana only, no kanji at all. After each sentence, put the English translation in "
    "parentheses.",
    [
        ("language:use_script", {"script": "kana"}, "using hiragana and katakana only"),
        ("language:no_script", {"script": "han"}, "no kanji at all"),
    ],
    ["After each sentence, put the English translation in parentheses."],
    tags=["nonen"],
)
# 26 Russian phrases transliterated
add(
    "Going to St. Petersburg next week. Give me a numbered list of at least 6 useful Russian phrases "
    "for a tourist (train station, ordering food, etc.), transliterated into Latin letters only. I "
    "can't read Cyrillic, so please don't use any Cyrillic characters.",
    [
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "a numbered list of at least 6 useful Russian phrases"),
        ("language:no_script", {"script": "cyrillic"},
         ["transliterated into Latin letters only", "please don't use any Cyrillic characters"]),
    ],
    tags=["repeat", "insent", "nonen"],
)
# 27 developer code
add(
    "Write a Python function that validates an IBAN. Put the code in one fenced code block, add a "
    "docstring, and after the code explain it in less than 100 words. Do not use the phrase \"as you "
    "can see\".",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the code in one fenced code block"),
        ("keywords:forbidden_phrase", {"phrase": "as you can see"}, "Do not use the phrase \"as you can see\""),
    ],
    ["add a docstring", "after the code explain it in less than 100 words"],
)
# 28 lawyer demand letter
add(
    "Draft a polite demand letter to a former tenant who left $1,200 in unpaid rent. It must include "
    "the exact phrase \"within fourteen (14) days\" and at least two placeholders in square brackets for "
    "the tenant's name and address. End with \"Sincerely, [Your Name]\" and nothing after it.",
    [
        ("keywords:required_phrase", {"phrase": "within fourteen (14) days"},
         "It must include the exact phrase \"within fourteen (14) days\""),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "at least two placeholders in square brackets"),
        ("startend:end_checker", {"end_phrase": "Sincerely, [Your Name]"},
         "End with \"Sincerely, [Your Name]\" and nothing after it"),
    ],
    ["Draft a polite demand letter"],
    tags=["words"],
)
# 29 support refund
add(
    "Reply to this customer, who says their refund hasn't arrived after 10 days. Start your reply with "
    "\"Thank you for your patience\" and don't end with a question. Keep it under 80 words. No bullet "
    "points.",
    [
        ("startend:start_phrase", {"start_phrase": "Thank you for your patience"},
         "Start your reply with \"Thank you for your patience\""),
        ("content:not_end_with_question", {}, "don't end with a question"),
        (NW, {"num_words": 80, "relation": LT}, "Keep it under 80 words."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "No bullet points."),
    ],
)
# 30 LinkedIn bio, polite
add(
    "Hi! If it's not too much trouble, could you write a short bio for my LinkedIn profile? I'm a "
    "pediatric nurse moving into healthcare IT. It'd be great if it stayed under 600 characters, and "
    "I'd rather you didn't use any em dashes since they look off on my phone. Please write it in "
    "first person.",
    [
        ("length:number_characters", {"num_chars": 600, "relation": LT}, "It'd be great if it stayed under 600 characters"),
        ("punctuation:no_em_dash", {}, "I'd rather you didn't use any em dashes"),
    ],
    ["Please write it in first person."],
    tags=["polite"],
)
# 31 parent story, typos, lowercase
add(
    "can u writ a story for my son about a dragon thats scared of the dark? hes 5. make it 300+ "
    "words and plz use the word \"brave\" atleast 3 times. no sad ending",
    [
        (NW, {"num_words": 300, "relation": AL}, "make it 300+ words"),
        ("keywords:frequency", {"keyword": "brave", "frequency": 3, "relation": AL},
         "use the word \"brave\" atleast 3 times"),
    ],
    ["no sad ending"],
    tags=["typo", "lower"],
)
# 32 Format: list, meeting notes
add(
    "Summarize these meeting notes for the team channel.\n\nFormat:\n"
    "1. A title in double angular brackets, e.g. <<Weekly Sync>>\n"
    "2. Exactly 4 bullet points\n"
    "3. Under 100 words\n"
    "4. Don't mention anyone's salary\n\n"
    "Notes: budget approved for Q3 hiring; Priya to lead vendor review; launch date moved to Oct 14; "
    "office closed Friday for maintenance; Tom's raise discussed offline.",
    [
        ("detectable_format:title", {}, "A title in double angular brackets, e.g. <<Weekly Sync>>"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "Exactly 4 bullet points"),
        (NW, {"num_words": 100, "relation": LT}, "Under 100 words"),
    ],
    ["Don't mention anyone's salary"],
    tags=["list", "multi"],
)
# 33 Rules first, Portuguese
add(
    "Rules:\n- Reply in Portuguese only.\n- Max 3 sentences.\n- No commas.\n\n"
    "Task: tell a guest at our Porto guesthouse how to get from the airport to the city center by metro.",
    [
        ("language:response_language", {"language": "pt"}, "Reply in Portuguese only."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Max 3 sentences."),
        ("punctuation:no_comma", {}, "No commas."),
    ],
    tags=["list", "before", "nonen"],
)
# 34 HR plain language
add(
    "Rewrite our parental leave policy summary so that any employee can understand it. Plain text "
    "only, no markdown. Keep every sentence to 20 words or fewer. Don't repeat any word more than 5 "
    "times.\n\nPolicy: Eligible employees who have completed twelve months of continuous service are "
    "entitled to up to sixteen weeks of paid parental leave following the birth, adoption, or foster "
    "placement of a child, to be taken within the first year of the child's arrival.",
    [
        ("format:no_markdown", {}, "Plain text only, no markdown."),
        ("length:max_words_per_sentence", {"max_words": 20}, "Keep every sentence to 20 words or fewer."),
        ("words:repeats", {"small_n": 5}, "Don't repeat any word more than 5 times."),
    ],
    ["so that any employee can understand it"],
    tags=["multi"],
)
# 35 resume bullets
add(
    "Turn these duties into at least 4 resume bullet points for a barista moving into project "
    "coordination: scheduling staff, ordering inventory, training new hires, handling customer "
    "complaints. Start your response with a verb. Don't use the words \"responsible\" or "
    "\"duties\".",
    [
        ("words:start_verb", {}, "Start your response with a verb."),
        ("format:bullet_points", {"num_bullets": 4, "relation": AL}, "at least 4 resume bullet points"),
        ("keywords:forbidden_words", {"forbidden_words": ["responsible", "duties"]},
         "Don't use the words \"responsible\" or \"duties\""),
    ],
)
# 36 coding assistant system prompt
add(
    "You are a concise coding assistant. Never start a reply with \"Great question\". NEVER use emojis. "
    "Answer in at most three sentences.\n\nUser: why does my React useEffect run twice in development?",
    [
        ("startend:not_start_phrase", {"start_phrase": "Great question"},
         "Never start a reply with \"Great question\""),
        ("format:no_emoji", {}, "NEVER use emojis."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT},
         "Answer in at most three sentences."),
    ],
    tags=["sys", "words", "caps"],
)
# 37 JR pass
add(
    "I'm traveling to Japan next month with my elderly mother. What should I know about the JR Pass? "
    "Please include at least one link to an official source, and keep it under 200 words. Use a couple "
    "of markdown headings to organize it, at least 2.",
    [
        ("content:include_url", {}, "include at least one link to an official source"),
        (NW, {"num_words": 200, "relation": LT}, "keep it under 200 words"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL},
         "Use a couple of markdown headings to organize it, at least 2"),
    ],
    tags=["polite"],
)
# 38 exact numbers, repeat
add(
    "Summarize our quarter for my manager: revenue grew 12%, churn fell to 3%, and we signed 4 new "
    "enterprise clients. Use exactly three numbers in your response, nothing else numeric. Keep it to "
    "one paragraph.",
    [
        ("count:numbers", {"N": 3}, ["Use exactly three numbers in your response", "nothing else numeric"]),
    ],
    ["Keep it to one paragraph."],
    tags=["repeat", "words"],
)
# 39 escape room riddle
add(
    "I run an escape room. Write a riddle that leads players to look behind the clock. 4 sentences "
    "tops, the 2nd sentence must include the word \"time\", and don't use the word \"clock\" anywhere!",
    [
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "4 sentences tops"),
        ("sentence:keyword", {"word": "time", "N": 2}, "the 2nd sentence must include the word \"time\""),
        ("keywords:forbidden_words", {"forbidden_words": ["clock"]}, "don't use the word \"clock\" anywhere"),
    ],
    tags=["terse"],
)
# 40 blog titles, title case
add(
    "Give me a numbered list of at least 5 blog post titles about meal prepping for busy parents. "
    "Title Case for everything please, and no colons in the titles.",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "a numbered list of at least 5 blog post titles"),
        ("format:title_case", {}, "Title Case for everything please"),
    ],
    ["no colons in the titles"],
    tags=["insent"],
)
# 41 output template
add(
    "For each support call I log, I need a summary in this exact template: Issue: [issue] Resolution: "
    "[resolution] Follow-up: [follow-up]\n\nCall: customer couldn't log in after a password reset; I "
    "cleared their browser cache and it worked; check back with them in 2 days.",
    # review (second annotator): format:output_template has no kwargs and checks only its fixed
    # labels "My Answer:/My Conclusion:/Future Outlook:"; this user-defined template is not covered
    # by any registry type, so it is untyped and the prompt has no typed constraint.
    [],
    ["I need a summary in this exact template: Issue: [issue] Resolution: [resolution] Follow-up: [follow-up]"],
    tags=["multi"],
)
# 42 options
add(
    "Quick check: is 'Their going to the park later' grammatically correct? Answer with just one of "
    "these options: yes/no/maybe. No explanation.",
    [
        ("format:options", {"options": "yes/no/maybe"},
         ["Answer with just one of these options: yes/no/maybe", "No explanation."]),
    ],
    tags=["repeat", "terse"],
)
# 43 board games, custom separator, lowercase
add(
    "list 6 board games that work for a family with kids aged 6-10. instead of bullet points, mark "
    "each item with \"-->\". one line of explanation per game. all in lowercase pls",
    [
        ("format:list", {"sep": "-->"}, "instead of bullet points, mark each item with \"-->\""),
        ("change_case:english_lowercase", {}, "all in lowercase pls"),
    ],
    ["one line of explanation per game"],
    tags=["lower", "typo"],
)
# 44 palindromes puzzle
add(
    "I'm making a word puzzle for my nephew. Write a short silly paragraph that sneaks in at least 10 "
    "palindromes of five or more letters (like \"level\" or \"radar\"), and highlight each one with "
    "markdown so he can check his answers, so at least 10 highlighted words.",
    [
        ("words:palindrome", {}, "sneaks in at least 10 palindromes of five or more letters"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 10},
         ["highlight each one with markdown", "at least 10 highlighted words"]),
    ],
    tags=["insent", "repeat"],
)
# 45 ESL reading passage
add(
    "I'm an ESL teacher. Write a reading passage about a day at a farmers market for intermediate "
    "learners. Use at least 120 different words so students see varied vocabulary, but keep sentences "
    "short: max 12 words per sentence. Put a title on it in <<double angle brackets>>.",
    [
        ("count:unique_word_count", {"N": 120}, "Use at least 120 different words"),
        ("length:max_words_per_sentence", {"max_words": 12}, "max 12 words per sentence"),
        ("detectable_format:title", {}, "Put a title on it in <<double angle brackets>>."),
    ],
    ["for intermediate learners"],
)
# 46 Instagram caption
add(
    "Write an Instagram caption for our bakery's new pumpkin croissant.\n1) Include at least 3 hashtags\n"
    "2) use 2 emojis max\n3) keep the caption below 50 words",
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "Include at least 3 hashtags"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "use 2 emojis max"),
        (NW, {"num_words": 50, "relation": LT}, "keep the caption below 50 words"),
    ],
    tags=["list"],
)
# 47 LinkedIn bar exam
add(
    "Write a LinkedIn post announcing that I passed the bar exam. Be humble, thank my study group, "
    "don't use any hastags, and keep it between 80 and 120 words.",
    [
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "don't use any hastags"),
        ("count:word_count_range", {"min_words": 80, "max_words": 120}, "keep it between 80 and 120 words"),
    ],
    ["Be humble", "thank my study group"],
    tags=["typo"],
)
# 48 multi-paragraph support macro
add(
    "I'm a customer support lead and I'm putting together a macro for our team.\n\n"
    "When customers ask about returns, agents currently write long explanations and customers still "
    "get confused. I want a canned response that's short and clear.\n\n"
    "Please write the macro. It must include the phrase \"30-day return window\", must not include any "
    "URLs (we add those separately), and should fit in 5 lines or fewer. Also don't put a P.S. at the end, "
    "our ticketing tool strips them.",
    [
        ("keywords:required_phrase", {"phrase": "30-day return window"},
         "It must include the phrase \"30-day return window\""),
        ("content:no_urls", {}, "must not include any URLs"),
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "should fit in 5 lines or fewer"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "don't put a P.S. at the end"),
    ],
    ["I want a canned response that's short and clear."],
    tags=["multi"],
)
# 49 terse cook
add(
    "substitute for buttermilk in pancakes? 2 bullets max. under 60 words. no intro.",
    [
        ("format:bullet_points", {"num_bullets": 3, "relation": LT}, "2 bullets max"),
        (NW, {"num_words": 60, "relation": LT}, "under 60 words"),
    ],
    ["no intro."],
    tags=["terse", "lower"],
)
# 50 Spanish prompt asking for English
add(
    "Necesito una lista numerada de al menos 5 cosas que empacar para un viaje a la playa con un bebé. "
    "Responde en inglés, por favor, porque es para mi esposo.",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "una lista numerada de al menos 5 cosas"),
        ("language:response_language", {"language": "en"}, "Responde en inglés"),
    ],
    tags=["nonen", "insent", "polite"],
)
# 51 Stardew
add(
    "Don't repeat my question back to me, just answer it: what's the fastest way to level up fishing "
    "in Stardew Valley? Under 100 words, and end with the exact phrase \"Happy farming!\"",
    [
        ("combination:not_repeat_prompt",
         {"prompt_to_repeat": "what's the fastest way to level up fishing in Stardew Valley?"},
         "Don't repeat my question back to me"),
        (NW, {"num_words": 100, "relation": LT}, "Under 100 words"),
        ("startend:end_checker", {"end_phrase": "Happy farming!"}, "end with the exact phrase \"Happy farming!\""),
    ],
    tags=["before"],
)
# 52 API docs
add(
    "Document this REST endpoint for our internal wiki: POST /api/v2/orders creates an order, needs an "
    "auth token, returns 201. Format the answer in Markdown with at least 3 headings, and include at "
    "least one code block showing a curl example. Also use the word \"idempotent\" somewhere.",
    [
        ("format:use_markdown", {}, "Format the answer in Markdown"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "with at least 3 headings"),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "include at least one code block showing a curl example"),
        ("keywords:existence", {"keywords": ["idempotent"]}, "use the word \"idempotent\" somewhere"),
    ],
)
# 53 restructuring talking points
add(
    "Prepare talking points for a manager announcing a team restructuring. Organize the response into "
    "2 sections, marked SECTION 1 and SECTION 2: what's changing, then what stays the same. Highlight "
    "at least 3 key phrases with markdown asterisks. Avoid the word 'layoffs'. Keep it under two hundred "
    "words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 2},
         "Organize the response into 2 sections, marked SECTION 1 and SECTION 2"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Highlight at least 3 key phrases with markdown asterisks"),
        ("keywords:forbidden_words", {"forbidden_words": ["layoffs"]}, "Avoid the word 'layoffs'"),
        (NW, {"num_words": 200, "relation": LT}, "Keep it under two hundred words."),
    ],
    ["what's changing, then what stays the same"],
    tags=["words"],
)
# 54 English only, caps, repeat
add(
    "Reply in English ONLY. DO NOT respond in any other language, even though my question is in "
    "Spanish: ¿Cuál es la diferencia entre un abogado y un notario en México? Keep it to at most 2 "
    "paragraphs separated by blank lines.",
    [
        ("language:response_language", {"language": "en"},
         ["Reply in English ONLY", "DO NOT respond in any other language"]),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT},
         "Keep it to at most 2 paragraphs separated by blank lines"),
    ],
    tags=["repeat", "caps", "before", "nonen"],
)
# 55 Italian review
add(
    "Scrivi una recensione di 60-90 parole di un ristorante di sushi per TripAdvisor. Rispondi solo "
    "in italiano e termina con la frase esatta \"Ci torneremo sicuramente.\"",
    [
        ("language:response_language", {"language": "it"}, "Rispondi solo in italiano"),
        ("count:word_count_range", {"min_words": 60, "max_words": 90}, "una recensione di 60-90 parole"),
        ("startend:end_checker", {"end_phrase": "Ci torneremo sicuramente."},
         "termina con la frase esatta \"Ci torneremo sicuramente.\""),
    ],
    tags=["nonen", "insent"],
)


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    tj = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else None
    types = {t["id"]: t for t in tj} if tj else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            for x in exps:
                assert x in prompt, (key, x)
            if isinstance(exp, list):
                assert len(exp) > 1 and prompt.index(exp[0]) < prompt.index(exp[1]), key
            assert types is None or cid in types, (key, cid)
            if types is not None:
                assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
            ids[cid] += 1
        for u in untyped:
            assert u in prompt, (key, u)
        assert (0 if key in ZERO_TYPED_OK else 1) <= len(cons) <= 5, key
        assert len({c[0] for c in cons}) == len(cons), key
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
    if types is not None:
        fams = {"change_case", "combination", "detectable_content", "detectable_format", "keywords",
                "language", "length_constraints", "startend"}
        ife = sum(v for k, v in ids.items()
                  if types[k]["family"] in fams or k == "punctuation:no_comma")
        print("IFEval-family constraints", ife, "of", sum(ids.values()))
        ife25 = {"change_case:capital_word_frequency", "change_case:english_capital",
                 "change_case:english_lowercase", "combination:repeat_prompt", "combination:two_responses",
                 "detectable_content:number_placeholders", "detectable_content:postscript",
                 "detectable_format:constrained_response", "detectable_format:json_format",
                 "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
                 "detectable_format:number_highlighted_sections", "detectable_format:title",
                 "keywords:existence", "keywords:forbidden_words", "keywords:frequency",
                 "keywords:letter_frequency", "language:response_language",
                 "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
                 "length_constraints:number_sentences", "length_constraints:number_words",
                 "punctuation:no_comma", "startend:end_checker", "startend:quotation"}
        print("original 25 IFEval ids", sum(v for k, v in ids.items() if k in ife25))
    print("distinct ids", len(ids))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")


if __name__ == "__main__":
    main()
