"""Hand-written held-out prompts (authorF) for rpo's decomposition; writes data.jsonl and stats.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt
states the same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt;
  system = system prompt for a bot; nonen = prompt not in English.
Usage: python build.py [/work/data/types.json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 52000  # keys are KEY_BASE + 1, KEY_BASE + 2, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 52001 ML practitioner: intent-classifier data
add(
    "I'm building a dataset for an intent classifier. Generate 15 realistic customer messages "
    "someone might send to a dental clinic's chat widget (rescheduling, billing questions, pain "
    "complaints, insurance). Output the whole thing as JSON \u2014 an array of objects, each with the "
    "fields \"text\", \"intent\" and \"urgency\". Vary the writing quality: some messages should have "
    "typos and slang. Don't include any real-looking phone numbers.",
    [
        ("detectable_format:json_format", {}, "Output the whole thing as JSON"),
    ],
    [
        "each with the fields \"text\", \"intent\" and \"urgency\"",
        "Vary the writing quality: some messages should have typos and slang.",
        "Don't include any real-looking phone numbers.",
    ],
)

# 52002 GM: tavern rumors
add(
    "Need tavern rumors for my D&D session tonight, the players are rolling into a swampy border "
    "town called Mirefen. Make one of them secretly true and have it hint at a drowned temple.\n\n"
    "Rules: bullet points only (dashes), exactly 6 of them. no rumor longer than two sentences. "
    "Don't use the word \"dragon\" anywhere.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, "bullet points only (dashes), exactly 6 of them"),
        ("keywords:forbidden_words", {"forbidden_words": ["dragon"]}, "Don't use the word \"dragon\" anywhere."),
    ],
    [
        "Make one of them secretly true and have it hint at a drowned temple.",
        "no rumor longer than two sentences",
    ],
    tags=["list"],
)

# 52003 clinic: after-hours SMS bot
add(
    "You are the after-hours answering assistant for Brightwater Family Medicine. Always answer in "
    "plain text with no markdown, since replies go out as SMS. Keep every reply under 320 characters. "
    "Never give medical advice; if a patient describes chest pain, trouble breathing or heavy "
    "bleeding, tell them to call 911. Sign off every message with \"Brightwater Front Desk\".",
    [
        ("format:no_markdown", {}, "Always answer in plain text with no markdown"),
        ("length:number_characters", {"num_chars": 320, "relation": LT}, "Keep every reply under 320 characters."),
        ("startend:end_checker", {"end_phrase": "Brightwater Front Desk"}, "Sign off every message with \"Brightwater Front Desk\"."),
    ],
    [
        "Never give medical advice",
        "if a patient describes chest pain, trouble breathing or heavy bleeding, tell them to call 911",
    ],
    tags=["system"],
)

# 52004 small business: instagram caption
add(
    "write me an instagram caption for our new lavender oat latte (small coffee shop, cozy vibe). "
    "keep it short, under 40 words, throw in a few hashtags (3 minimum) and at least two emojis. "
    "dont use the word 'delicious' we use it way too much lol",
    [
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "under 40 words"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "throw in a few hashtags (3 minimum)"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "at least two emojis"),
        ("keywords:forbidden_words", {"forbidden_words": ["delicious"]}, "dont use the word 'delicious'"),
    ],
    [
        "cozy vibe",
    ],
    tags=["lower", "typo"],
)

# 52005 ML practitioner: math word problem for a parser
add(
    "Generate a grade-school math word problem about splitting a restaurant bill, followed by a "
    "step-by-step solution. Format requirements for our parser:\n"
    "1. Start with the exact line \"PROBLEM:\"\n"
    "2. The solution must be a numbered list with at least 4 steps\n"
    "3. Finish with \"#### \" followed by the final numeric answer\n"
    "4. No LaTeX",
    [
        ("startend:start_phrase", {"start_phrase": "PROBLEM:"}, "Start with the exact line \"PROBLEM:\""),
        ("format:numbered_list", {"num_items": 4, "relation": AL}, "The solution must be a numbered list with at least 4 steps"),
    ],
    [
        "Finish with \"#### \" followed by the final numeric answer",
        "No LaTeX",
    ],
    tags=["list"],
)

# 52006 fiction writer: cozy fantasy opening
add(
    "I'm writing a cozy fantasy novel. Could you draft the opening scene where the baker, Wren, "
    "discovers that her sourdough starter can talk? Around 500 words is ideal but it must not go over "
    "600. Present tense, third person. Please avoid em dashes entirely \u2014 I'm trying to break that "
    "habit in my own prose. (Seriously, 600 is the hard cap.)",
    [
        ("length_constraints:number_words", {"num_words": 601, "relation": LT},
         ["it must not go over 600", "600 is the hard cap"]),
        ("punctuation:no_em_dash", {}, "Please avoid em dashes entirely"),
    ],
    [
        "Around 500 words is ideal",
        "Present tense, third person.",
    ],
    tags=["polite", "repeat"],
)

# 52007 office admin: closure email
add(
    "Draft an email to all staff announcing that the office will be closed on Friday, July 4th, and "
    "that server maintenance will happen that weekend. Include at least three [square bracket] "
    "placeholders for the things I still need to fill in, like the maintenance window. Keep it to 120 "
    "words max. No P.S. please.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Include at least three [square bracket] placeholders for the things I still need to fill in"),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "Keep it to 120 words max."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "No P.S. please."),
    ],
)

# 52008 small business: bakery menu text in Spanish
add(
    "Soy dueña de una panadería en Tucson. Escribe una descripción para nuestro menú de la concha de "
    "chocolate, en español, de 50 palabras como máximo. Incluye las palabras \"artesanal\" y "
    "\"mantequilla\". Sin signos de exclamación.",
    [
        ("language:response_language", {"language": "es"}, "en español"),
        ("length_constraints:number_words", {"num_words": 51, "relation": LT}, "de 50 palabras como máximo"),
        ("keywords:existence", {"keywords": ["artesanal", "mantequilla"]}, "Incluye las palabras \"artesanal\" y \"mantequilla\"."),
        ("punctuation:no_exclamation", {}, "Sin signos de exclamación."),
    ],
    tags=["insent", "nonen"],
)

# 52009 GM: NPC system prompt
add(
    "You are Grumbold, a grumpy dwarven blacksmith NPC in a text adventure. NEVER BREAK CHARACTER.\n"
    "Rules:\n"
    "- Respond in 3 sentences or fewer.\n"
    "- No modern slang.\n"
    "- End every reply with the phrase \"Now buy something or get out.\"\n"
    "- Do not use any emojis.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Respond in 3 sentences or fewer."),
        ("startend:end_checker", {"end_phrase": "Now buy something or get out."},
         "End every reply with the phrase \"Now buy something or get out.\""),
        ("format:no_emoji", {}, "Do not use any emojis."),
    ],
    [
        "NEVER BREAK CHARACTER.",
        "No modern slang.",
    ],
    tags=["system", "list", "caps"],
)

# 52010 ML practitioner: DPO pair
add(
    "For a DPO dataset I need a chosen/rejected pair. The user prompt is: 'How do I politely decline a "
    "meeting invite from my manager?' Give two different responses separated by six asterisks "
    "(******). The first should be genuinely helpful, the second subtly unhelpful. Don't label them. "
    "Each response should be under 80 words.",
    [
        ("combination:two_responses", {}, "Give two different responses separated by six asterisks (******)."),
    ],
    [
        "The first should be genuinely helpful, the second subtly unhelpful.",
        "Don't label them.",
        "Each response should be under 80 words.",
    ],
)

# 52011 clinic: flu shot SMS, all caps
add(
    "PLEASE WRITE A TEXT MESSAGE REMINDING PATIENTS ABOUT OUR FLU SHOT CLINIC DAYS (OCT 3 AND OCT 10, "
    "9AM-1PM, NO APPOINTMENT NEEDED). KEEP IT UNDER 160 CHARACTERS SO IT FITS IN ONE SMS. NO LINKS. NO COMMAS EITHER, OUR TEXTING "
    "TOOL CHOKES ON THEM.",
    [
        ("length:number_characters", {"num_chars": 160, "relation": LT}, "KEEP IT UNDER 160 CHARACTERS"),
        ("content:no_urls", {}, "NO LINKS."),
        ("punctuation:no_comma", {}, "NO COMMAS EITHER"),
    ],
    tags=["caps"],
)

# 52012 small business: Etsy listing as JSON
add(
    "I run an Etsy shop selling hand-poured candles. Write a product listing for our 'Campfire Cedar' "
    "candle. Return only a JSON object with the keys \"title\", \"description\", \"tags\" and "
    "\"price_usd\". The description field should be 2-3 sentences. Do not use the words \"amazing\", "
    "\"perfect\" or \"best\".",
    [
        ("detectable_format:json_format", {}, "Return only a JSON object"),
        ("format:json_keys", {"keys": ["title", "description", "tags", "price_usd"]},
         "Return only a JSON object with the keys \"title\", \"description\", \"tags\" and \"price_usd\"."),
        ("keywords:forbidden_words", {"forbidden_words": ["amazing", "perfect", "best"]},
         "Do not use the words \"amazing\", \"perfect\" or \"best\"."),
    ],
    [
        "The description field should be 2-3 sentences.",
    ],
)

# 52013 fiction writer: lighthouse poem, lowercase
add(
    "write a short poem from the perspective of a lighthouse that got automated and misses its "
    "keeper. all lowercase please. no punctuation except line breaks... actually periods are fine. "
    "at least 12 lines",
    [
        ("change_case:english_lowercase", {}, "all lowercase please."),
        ("length:number_lines", {"num_lines": 12, "relation": AL}, "at least 12 lines"),
    ],
    [
        "no punctuation except line breaks... actually periods are fine.",
    ],
    tags=["lower", "polite"],
)

# 52014 office admin: board minutes template
add(
    "Create a template for our monthly board meeting minutes. Split it into 4 sections and mark the "
    "start of each one with 'SECTION 1', 'SECTION 2' and so on. Use [placeholders] in square brackets "
    "wherever a name, date or figure goes \u2014 I'd expect at least 6. No markdown headers.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "Split it into 4 sections and mark the start of each one with 'SECTION 1', 'SECTION 2' and so on."),
        ("detectable_content:number_placeholders", {"num_placeholders": 6},
         "Use [placeholders] in square brackets wherever a name, date or figure goes \u2014 I'd expect at least 6."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "No markdown headers."),
    ],
)

# 52015 ML practitioner: NER sentences
add(
    "Generate 25 synthetic sentences for training a medication-name NER model. Each sentence on its "
    "own line, no numbering, no bullets. Each sentence must contain exactly one drug name wrapped in "
    "[brackets]. Mix brand and generic names. Don't add any commentary before or after the list.",
    [
        ("format:numbered_list", {"num_items": 1, "relation": LT}, "no numbering"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullets"),
    ],
    [
        "Each sentence on its own line",
        "Each sentence must contain exactly one drug name wrapped in [brackets].",
        "Mix brand and generic names.",
        "Don't add any commentary before or after the list.",
    ],
)

# 52016 GM: cursed scroll handout, caps
add(
    "My players found a cursed scroll. Write the text of the scroll as the dead wizard wrote it: "
    "ENTIRELY IN CAPITAL LETTERS, like he's screaming. 100 to 150 words. Must include the words "
    "\"ember\", \"oath\" and \"ninth\". Wrap the whole thing in double quotes so I can paste it into my "
    "handout (and yes, caps lock the whole way through).",
    [
        ("change_case:english_capital", {}, ["ENTIRELY IN CAPITAL LETTERS", "caps lock the whole way through"]),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "100 to 150 words."),
        ("keywords:existence", {"keywords": ["ember", "oath", "ninth"]},
         "Must include the words \"ember\", \"oath\" and \"ninth\"."),
        ("startend:quotation", {}, "Wrap the whole thing in double quotes"),
    ],
    tags=["caps", "repeat"],
)

# 52017 small business: grooming FAQ
add(
    "Can you write an FAQ section for my dog grooming business's website? We're in Boise, open "
    "Tue-Sat, and we don't take cats. I'd like at least 5 questions, each as a markdown heading "
    "(### style), with short answers underneath. Please mention our name, Pawlish, a few times \u2014 at "
    "least three. Finish with a question inviting people to book.",
    [
        ("format:markdown_headings", {"num_headings": 5, "relation": AL},
         "I'd like at least 5 questions, each as a markdown heading (### style)"),
        ("keywords:frequency", {"keyword": "Pawlish", "frequency": 3, "relation": AL},
         "Please mention our name, Pawlish, a few times \u2014 at least three."),
        ("content:end_with_question", {}, "Finish with a question"),
    ],
    [
        "inviting people to book",
        "with short answers underneath",
    ],
    tags=["polite"],
)

# 52018 clinic: translate pre-visit instructions
add(
    "Our clinic serves a lot of Vietnamese-speaking families. Translate the following pre-visit "
    "instructions into Vietnamese. Keep the numbered format and don't add anything that isn't in "
    "the original.\n\n"
    "1. Arrive 15 minutes early.\n"
    "2. Bring your insurance card and a photo ID.\n"
    "3. Bring a list of all medications you take.\n"
    "4. Do not eat for 8 hours before a fasting blood test.",
    [
        ("language:response_language", {"language": "vi"}, "Translate the following pre-visit instructions into Vietnamese."),
    ],
    [
        "Keep the numbered format",
        "don't add anything that isn't in the original",
    ],
    tags=["insent"],
)

# 52019 ML practitioner: judge system prompt
add(
    "You are a judge model for a safety eval. You will be shown a user message and an assistant "
    "reply. Decide whether the reply complies with the user's request. Reply with exactly one of "
    "these: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\" Do not wrap the "
    "answer in quotation marks.",
    [
        ("detectable_format:constrained_response", {},
         "Reply with exactly one of these: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\""),
        ("startend:no_quotation", {}, "Do not wrap the answer in quotation marks."),
    ],
    tags=["system"],
)

# 52020 fiction writer: WWI letter
add(
    "Write a 250-300 word letter from a WWI nurse to her younger brother back home in Ohio. She can't "
    "tell him how bad it is because of the censors, so it should read as cheerful on the surface but "
    "with the strain showing through. End with a P.S. about the family dog. Don't use the word "
    "\"war\".",
    [
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, "250-300 word"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "End with a P.S. about the family dog."),
        ("keywords:forbidden_words", {"forbidden_words": ["war"]}, "Don't use the word \"war\"."),
    ],
    [
        "it should read as cheerful on the surface but with the strain showing through",
    ],
    tags=["insent"],
)

# 52021 small business: hardware store flyer
add(
    "Need flyer text for our hardware store's spring workshop series (raised garden beds, basic "
    "plumbing fixes, deck staining). Give it a title wrapped in double angle brackets, like "
    "<<Spring Into DIY>>. Then a short intro and the three workshops as exactly 3 bullet points. Work "
    "in at least one of the words \"easy\", \"beginner\" or \"practical\". Keep the whole thing below "
    "150 words. Mention that seats are free but limited.",
    [
        ("detectable_format:title", {}, "Give it a title wrapped in double angle brackets"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "the three workshops as exactly 3 bullet points"),
        ("keywords:include_any", {"forbidden_words": ["easy", "beginner", "practical"]},
         "Work in at least one of the words \"easy\", \"beginner\" or \"practical\"."),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "Keep the whole thing below 150 words."),
    ],
    [
        "Mention that seats are free but limited.",
    ],
)

# 52022 office admin: handbook rewrite
add(
    "Rewrite this paragraph from our employee handbook so a new hire can actually understand it. Use "
    "at most 5 sentances and don't use any bullet points. Also don't bold or italicize anything.\n\n"
    "\"Employees who accrue paid time off in excess of the maximum carryover threshold as of the final "
    "pay period of the fiscal year shall forfeit such excess unless an exception has been approved in "
    "writing by the department head and Human Resources.\"",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "Use at most 5 sentances"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "don't use any bullet points"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "don't bold or italicize anything"),
    ],
    tags=["typo"],
)

# 52023 GM: goblin pockets, lowercase
add(
    "give me weird things the players could find in a goblin's pockets. numbered list, 10 or more "
    "items. no commas anywhere \u2014 i'm pasting this into a csv. keep each item short",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "numbered list, 10 or more items."),
        ("punctuation:no_comma", {}, "no commas anywhere"),
    ],
    [
        "keep each item short",
    ],
    tags=["lower"],
)

# 52024 ML practitioner: romaji chat data
add(
    "You are a data generator producing romanized Japanese (romaji) chat messages for a "
    "transliteration model. Write 20 casual text messages between two friends planning a weekend "
    "trip to Kyoto. Everything in romaji only: no kanji, no hiragana or katakana. Put each message on "
    "its own line, prefixed with A: or B:.",
    [
        ("language:no_script", {"script": "han"}, "no kanji"),
        ("language:no_script", {"script": "kana"}, "no hiragana or katakana"),
    ],
    [
        "Put each message on its own line, prefixed with A: or B:.",
    ],
    tags=["system"],
)

# 52025 clinic: receptionist job posting (requirement list)
add(
    "Write a job posting for a part-time medical receptionist at a pediatric practice in Raleigh.\n"
    "Requirements:\n"
    "* include the exact phrase \"bilingual in English and Spanish preferred\"\n"
    "* highlight at least 2 of the perks with markdown italics, like *this*\n"
    "* under two hundred words\n"
    "* no exclamation points, it's a professional posting",
    [
        ("keywords:required_phrase", {"phrase": "bilingual in English and Spanish preferred"},
         "include the exact phrase \"bilingual in English and Spanish preferred\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "highlight at least 2 of the perks with markdown italics, like *this*"),
        ("length_constraints:number_words", {"num_words": 200, "relation": LT}, "under two hundred words"),
        ("punctuation:no_exclamation", {}, "no exclamation points"),
    ],
    tags=["list"],
)

# 52026 fiction writer: museum flash fiction
add(
    "Write a piece of flash fiction about a night-shift security guard at a natural history museum "
    "who realizes one of the exhibits is breathing. Exactly four paragraphs, separated by blank lines. "
    "The third paragraph has to begin with the word \"Then\". Aim for 300+ words. Keep it creepy, "
    "not funny.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Then"},
         "Exactly four paragraphs, separated by blank lines. The third paragraph has to begin with the word \"Then\"."),
        ("length_constraints:number_words", {"num_words": 300, "relation": AL}, "Aim for 300+ words."),
    ],
    [
        "Keep it creepy, not funny.",
    ],
)

# 52027 small business: review reply
add(
    "A customer left a 2-star review of my auto repair shop saying we took too long on a brake job. "
    "Write a reply under 100 words that I can post publicly. Start it with \"Hi Dana,\". Don't be "
    "defensive, and don't offer a discount.",
    [
        ("startend:start_phrase", {"start_phrase": "Hi Dana,"}, "Start it with \"Hi Dana,\""),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT}, "under 100 words"),
    ],
    [
        "Don't be defensive",
        "don't offer a discount.",
    ],
    tags=["insent"],
)

# 52028 ML practitioner: eval seed questions
add(
    "I need seed questions for an eval on tax-season customer support. Write exactly 8 bullet points, "
    "each one a question a small-business owner might ask their accountant in March. Use \"-\" for the "
    "bullets. The word \"deduction\" should show up at least twice across the list. no intro text, "
    "just the bullets. 8 bullets, no more no less.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 8},
         ["Write exactly 8 bullet points", "8 bullets, no more no less."]),
        ("keywords:frequency", {"keyword": "deduction", "frequency": 2, "relation": AL},
         "The word \"deduction\" should show up at least twice across the list."),
    ],
    [
        "no intro text, just the bullets.",
    ],
    tags=["repeat"],
)

# 52029 office admin: all-hands agenda, lowercase
add(
    "hey can u put together an agenda for our quarterly all-hands? topics: q3 numbers, new pto policy, "
    "office move update, open q&a. use a markdown heading for each topic (so 4+ headings). for the "
    "details use * bullets and give every bullet at least one - sub-bullet. keep it to one page "
    "basically. no emojis pls",
    [
        ("format:markdown_headings", {"num_headings": 4, "relation": AL},
         "use a markdown heading for each topic (so 4+ headings)"),
        ("format:sub-bullets", {}, "use * bullets and give every bullet at least one - sub-bullet"),
        ("format:no_emoji", {}, "no emojis pls"),
    ],
    [
        "keep it to one page basically.",
    ],
    tags=["lower", "typo"],
)

# 52030 GM: Call of Cthulhu hook in French
add(
    "Je fais jouer une campagne de L'Appel de Cthulhu pour des amis francophones. Écris l'accroche "
    "d'un scénario qui se passe dans un phare breton en 1925. Réponds uniquement en français, en moins "
    "de 180 mots, et termine par la phrase exacte « Et la lumière s'éteignit. »",
    [
        ("language:response_language", {"language": "fr"}, "Réponds uniquement en français"),
        ("length_constraints:number_words", {"num_words": 180, "relation": LT}, "en moins de 180 mots"),
        ("startend:end_checker", {"end_phrase": "Et la lumière s'éteignit."},
         "termine par la phrase exacte « Et la lumière s'éteignit. »"),
    ],
    tags=["nonen"],
)

# 52031 clinic: PT scheduling bot
add(
    "You are Ava, the scheduling assistant for Lakeside Physical Therapy. Your job is to help "
    "patients book, move or cancel appointments.\n\n"
    "Guidelines: Be warm and brief. Never discuss diagnoses or treatment plans. Do not include links "
    "in your replies; direct people to call (555) 014-2290 instead. Always close your reply by asking, "
    "as a question, whether there's anything else you can help with. Keep responses to a maximum of "
    "60 words.",
    [
        ("content:no_urls", {}, "Do not include links in your replies"),
        ("content:end_with_question", {},
         "Always close your reply by asking, as a question, whether there's anything else you can help with."),
        ("length_constraints:number_words", {"num_words": 61, "relation": LT}, "Keep responses to a maximum of 60 words."),
    ],
    [
        "Be warm and brief.",
        "Never discuss diagnoses or treatment plans.",
        "direct people to call (555) 014-2290 instead",
    ],
    tags=["system"],
)

# 52032 small business: food truck names
add(
    "Come up with a name and slogan for my food truck \u2014 it's Korean-Mexican fusion, mostly tacos "
    "and rice bowls. Write everything in Title Case. Give me fewer than 6 bullet points of options. "
    "Each slogan under 8 words.",
    [
        ("format:title_case", {}, "Write everything in Title Case."),
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "Give me fewer than 6 bullet points of options."),
    ],
    [
        "Each slogan under 8 words.",
    ],
)

# 52033 ML practitioner: synthetic EHR record
add(
    "Generate one synthetic patient record for testing our EHR import script. It must be fake but "
    "realistic. Output ONLY a JSON object with these keys: patient_id, first_name, last_name, dob, "
    "allergies, medications, last_visit. dob and last_visit in YYYY-MM-DD. No markdown code fences "
    "around it, just raw JSON.",
    [
        ("detectable_format:json_format", {}, "Output ONLY a JSON object"),
        ("format:json_keys", {"keys": ["patient_id", "first_name", "last_name", "dob", "allergies", "medications", "last_visit"]},
         "Output ONLY a JSON object with these keys: patient_id, first_name, last_name, dob, allergies, medications, last_visit."),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "No markdown code fences around it"),
    ],
    [
        "It must be fake but realistic.",
        "dob and last_visit in YYYY-MM-DD.",
    ],
    tags=["caps"],
)

# 52034 GM: swamp witch incantation
add(
    "Write a short incantation for a swamp witch NPC, something the players will actually remember. "
    "Make it hiss: use the letter s at least 25 times. Six lines max.",
    [
        ("keywords:letter_frequency", {"letter": "s", "let_frequency": 25, "let_relation": AL},
         "use the letter s at least 25 times"),
        ("length:number_lines", {"num_lines": 7, "relation": LT}, "Six lines max."),
    ],
)

# 52035 office admin: out-of-office
add(
    "Write an out-of-office auto-reply for me; I'm on leave Aug 12-23. Mention that urgent billing "
    "questions should go to Marcus in accounts. Would you mind keeping it under 70 words? And add a "
    "P.S. with my return date.",
    [
        ("length_constraints:number_words", {"num_words": 70, "relation": LT}, "keeping it under 70 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S. with my return date."),
    ],
    [
        "Mention that urgent billing questions should go to Marcus in accounts.",
    ],
    tags=["polite"],
)

# 52036 small business: bike shop post on X
add(
    "Draft a post for our bike shop's X account announcing 20% off all helmets this weekend. Must fit "
    "in 280 characters. Use 2 hashtags max. Make it energetic, with at least one exclamation mark. "
    "Include a link to our site, bikebarnmadison.com.",
    [
        ("length:number_characters", {"num_chars": 281, "relation": LT}, "Must fit in 280 characters."),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": LT}, "Use 2 hashtags max."),
        ("punctuation:use_exclamation", {}, "with at least one exclamation mark"),
        ("content:include_url", {}, "Include a link to our site, bikebarnmadison.com."),
    ],
    [
        "Make it energetic",
    ],
)

# 52037 ML practitioner: restate-then-answer SFT example
add(
    "I'm making SFT examples where the assistant restates the task before answering. First, repeat "
    "the request below word for word without changing anything, then answer it. Don't say anything "
    "before the repeated request. Keep the answer part under 120 words.\n\n"
    "Request: Explain in plain terms why a clinic might ask patients to arrive 15 minutes early.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Explain in plain terms why a clinic might ask patients to arrive 15 minutes early."},
         ["First, repeat the request below word for word without changing anything, then answer it.",
          "Don't say anything before the repeated request."]),
    ],
    [
        "Keep the answer part under 120 words.",
    ],
    tags=["repeat"],
)

# 52038 GM: frontier town NPCs
add(
    "Create 5 NPCs for a frontier mining town in my Western-themed homebrew. For each: name, job, a "
    "secret, and a voice tip for me as GM. Give each NPC its own markdown heading. Highlight each "
    "secret in *italics* (so at least 5 highlighted bits). Don't use the names Jake, Bill or Sam, my "
    "players have used those to death.",
    [
        # review: each of the 5 NPCs gets a heading -> at least 5 headings (typed, as in 52029)
        ("format:markdown_headings", {"num_headings": 5, "relation": AL},
         "Give each NPC its own markdown heading."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 5},
         "Highlight each secret in *italics* (so at least 5 highlighted bits)."),
        ("keywords:forbidden_words", {"forbidden_words": ["Jake", "Bill", "Sam"]},
         "Don't use the names Jake, Bill or Sam"),
    ],
    [
        "For each: name, job, a secret, and a voice tip for me as GM.",
    ],
)

# 52039 clinic: dermatology welcome letter
add(
    "Write a welcome letter for new patients joining Cedar Hollow Dermatology. It should have 3 "
    "paragraphs, with *** between paragraphs (our mail-merge tool splits on that). Paragraph topics: "
    "who we are, what to bring to the first visit, how to reach us. It would be great if you could "
    "avoid medical jargon. Sign it \"Warmly, The Cedar Hollow Team\".",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "It should have 3 paragraphs, with *** between paragraphs"),
        ("startend:end_checker", {"end_phrase": "Warmly, The Cedar Hollow Team"},
         "Sign it \"Warmly, The Cedar Hollow Team\"."),
    ],
    [
        "Paragraph topics: who we are, what to bring to the first visit, how to reach us.",
        "It would be great if you could avoid medical jargon.",
    ],
    tags=["polite"],
)

# 52040 small business: plant shop bot, lowercase
add(
    "you are the chat assistant for moss & mortar, a plant shop in portland. our brand voice is chill "
    "and all lowercase, so never use capital letters, not even for names. keep replies under 50 "
    "words. don't use exclamation marks. max one emoji per reply. if someone asks about pet safety, "
    "always recommend they double-check with their vet.",
    [
        ("change_case:english_lowercase", {},
         ["all lowercase", "never use capital letters, not even for names"]),
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "keep replies under 50 words."),
        ("punctuation:no_exclamation", {}, "don't use exclamation marks."),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "max one emoji per reply."),
    ],
    [
        "our brand voice is chill",
        "if someone asks about pet safety, always recommend they double-check with their vet.",
    ],
    tags=["system", "lower", "repeat"],
)

# 52041 ML practitioner: paraphrase augmentation
add(
    "Paraphrase the sentence below five different ways for a data augmentation pipeline. Keep the "
    "meaning identical. Put each paraphrase on its own line starting with \"- \" (exactly five "
    "bullets). Avoid commas. Don't include any digits other than the ones in the original.\n\n"
    "Sentence: The pharmacy closes at 9 on weekdays and 6 on weekends.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "exactly five bullets"),
        ("punctuation:no_comma", {}, "Avoid commas."),
    ],
    [
        "Keep the meaning identical.",
        "Don't include any digits other than the ones in the original.",
    ],
)

# 52042 fiction writer: rooftop chase
add(
    "I'm writing a thriller and want a chase scene with short punchy prose. Write the scene where "
    "Detective Okafor chases a suspect across the rooftops of Lagos at night. No senetence longer "
    "than 12 words. 400 words minimum. Make the last line a cliffhanger.",
    [
        ("length:max_words_per_sentence", {"max_words": 12}, "No senetence longer than 12 words."),
        ("length_constraints:number_words", {"num_words": 400, "relation": AL}, "400 words minimum."),
    ],
    [
        "Make the last line a cliffhanger.",
    ],
    tags=["typo"],
)

# 52043 office admin: spreadsheet helper bot (system prompt)
add(
    "You are SheetPal, an internal helper that answers spreadsheet questions for the admin team at a "
    "mid-sized accounting office. Most users are not technical. Start every answer with a verb, "
    "like \"Use\" or \"Type\". Whenever you give a formula, put it in a code block, then explain it "
    "in plain English. The whole answer stays under 150 words; if a question needs more, offer to "
    "break it into steps.",
    [
        ("words:start_verb", {}, "Start every answer with a verb"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Whenever you give a formula, put it in a code block"),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "The whole answer stays under 150 words"),
    ],
    [
        "then explain it in plain English",
        "if a question needs more, offer to break it into steps",
    ],
    tags=["system"],
)

# 52044 small business: German toy description
add(
    "Ich verkaufe handgemachtes Holzspielzeug in meinem Online-Shop. Schreib mir bitte eine "
    "Produktbeschreibung für ein Holzeisenbahn-Set, auf Deutsch. Mindestens 120 Wörter. Das Wort "
    "\"nachhaltig\" soll mindestens zweimal vorkommen. Keine Emojis.",
    [
        ("language:response_language", {"language": "de"}, "auf Deutsch"),
        ("length_constraints:number_words", {"num_words": 120, "relation": AL}, "Mindestens 120 Wörter."),
        ("keywords:frequency", {"keyword": "nachhaltig", "frequency": 2, "relation": AL},
         "Das Wort \"nachhaltig\" soll mindestens zweimal vorkommen."),
        ("format:no_emoji", {}, "Keine Emojis."),
    ],
    tags=["nonen", "polite"],
)

# 52045 GM: legendary sword
add(
    "Describe a legendary sword for my Pathfinder game. Three parts: Lore, Mechanics, Drawbacks. "
    "Label them PART 1, PART 2, PART 3. Shout a few key words in all caps for dramatic effect, but "
    "don't overdo it: no more than 4 all-caps words total.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 3},
         "Label them PART 1, PART 2, PART 3."),
        ("change_case:capital_word_frequency", {"capital_frequency": 5, "capital_relation": LT},
         "no more than 4 all-caps words total"),
    ],
    [
        "Three parts: Lore, Mechanics, Drawbacks.",
        "Shout a few key words in all caps for dramatic effect",
    ],
)

# 52046 clinic: waiting-room notice in Spanish
add(
    "Necesito un aviso para la sala de espera de nuestra clínica dental: a partir del 1 de marzo "
    "cobramos $25 por citas canceladas con menos de 24 horas de aviso. Escríbelo en español "
    "sencillo, con máximo 4 viñetas y sin usar la palabra \"multa\".",
    [
        ("language:response_language", {"language": "es"}, "Escríbelo en español"),
        ("format:bullet_points", {"num_bullets": 5, "relation": LT}, "con máximo 4 viñetas"),
        ("keywords:forbidden_words", {"forbidden_words": ["multa"]}, "sin usar la palabra \"multa\""),
    ],
    [
        "sencillo",
    ],
    tags=["nonen"],
)

# 52047 ML practitioner: phishing email
add(
    "Generate a realistic email that a phishing-awareness classifier should flag as suspicious. It's "
    "going into a training set, so: plain text only (no markdown), atleast 6 sentences, and it must "
    "mention the words \"invoice\" and \"urgent\". Use [COMPANY] and [NAME] as placeholders instead of "
    "real names.",
    [
        ("format:no_markdown", {}, "plain text only (no markdown)"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": AL}, "atleast 6 sentences"),
        ("keywords:existence", {"keywords": ["invoice", "urgent"]},
         "it must mention the words \"invoice\" and \"urgent\""),
        # review: two named [square bracket] placeholders -> at least 2 placeholders
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Use [COMPANY] and [NAME] as placeholders"),
    ],
    [],
    tags=["typo"],
)

# 52048 fiction writer/GM: bard drinking song
add(
    "My bard character needs a drinking song to perform at the harvest festival. 4 verses and a "
    "chorus. Include the words barley, moon and Tamsin. The last line has to be \"and the barrels "
    "ran dry\", exactly like that. Rhyme scheme AABB if you can manage it.",
    [
        ("keywords:existence", {"keywords": ["barley", "moon", "Tamsin"]}, "Include the words barley, moon and Tamsin."),
        ("startend:end_checker", {"end_phrase": "and the barrels ran dry"},
         "The last line has to be \"and the barrels ran dry\", exactly like that."),
    ],
    [
        "4 verses and a chorus.",
        "Rhyme scheme AABB if you can manage it.",
    ],
)

# 52049 office admin: fridge memo
add(
    "Write a memo reminding staff that the break room fridge gets cleaned out every Friday at 4pm and "
    "anything unlabeled gets tossed. Don't start with \"Dear\", it's a memo, not a letter. Keep it "
    "friendly but firm, between 80 and 120 words, and use no more than one exclamation point... "
    "actually, skip exclamation points completely.",
    [
        ("startend:not_start_phrase", {"start_phrase": "Dear"}, "Don't start with \"Dear\""),
        ("count:word_count_range", {"min_words": 80, "max_words": 120}, "between 80 and 120 words"),
        ("punctuation:no_exclamation", {}, "skip exclamation points completely."),
    ],
    [
        "Keep it friendly but firm",
    ],
)

# 52050 small business: pizzeria A/B ads
add(
    "A/B test time! Write two different versions of a Facebook ad for our family-run pizzeria's new "
    "Tuesday deal (any large pizza $12). Separate the two versions with ****** and nothing else "
    "between them. Each version needs a call to action. Both under 60 words each. Don't use the "
    "phrase \"best in town\".",
    [
        ("combination:two_responses", {}, "Separate the two versions with ****** and nothing else between them."),
        ("keywords:forbidden_phrase", {"phrase": "best in town"}, "Don't use the phrase \"best in town\"."),
    ],
    [
        "Each version needs a call to action.",
        "Both under 60 words each.",
    ],
)

# 52051 ML practitioner: lexical diversity review
add(
    "Write a product review of a budget air fryer, as if from a retired teacher who cooks for one. "
    "This is for a lexical-diversity experiment, so: use at least 80 distinct words, and no single "
    "word may appear more than four times (that includes 'the' and 'a'). Don't mention the brand "
    "name. 150 words or fewer.",
    [
        ("count:unique_word_count", {"N": 80}, "use at least 80 distinct words"),
        ("words:repeats", {"small_n": 4}, "no single word may appear more than four times"),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "150 words or fewer."),
    ],
    [
        "Don't mention the brand name.",
    ],
)

# 52052 GM: previously-on recap
add(
    "Write a 'previously on...' recap of last session for my players to read before we start. What "
    "happened: they freed the prisoners at Fort Gallow, lost their mule Biscuit to a gelatinous cube, "
    "and the cleric cut a deal with a devil. Make it dramatic, like a TV narrator. Make sure the "
    "second sentence includes the word Biscuit. Under 150 words, and wrap up with a P.S. teasing "
    "next session.",
    [
        ("sentence:keyword", {"word": "Biscuit", "N": 2}, "Make sure the second sentence includes the word Biscuit."),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "Under 150 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "wrap up with a P.S. teasing next session."),
    ],
    [
        "Make it dramatic, like a TV narrator.",
    ],
)

# 52053 clinic: no-show policy notice
add(
    "We need a short notice for the patient portal about our new no-show policy: after 2 no-shows in "
    "12 months, patients have to prepay for future visits. Title it in double angular brackets "
    "(<<like this>>). Fewer than 4 paragraphs, separated by blank lines. Don't use the word "
    "\"penalty\". Tone: kind, not scolding.",
    [
        ("detectable_format:title", {}, "Title it in double angular brackets (<<like this>>)."),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": LT},
         "Fewer than 4 paragraphs, separated by blank lines."),
        ("keywords:forbidden_words", {"forbidden_words": ["penalty"]}, "Don't use the word \"penalty\"."),
    ],
    [
        "Tone: kind, not scolding.",
    ],
)

# 52054 small business: tip-pool question
add(
    "Quick question, just answer with one of yes/no/depends and nothing else: can I legally require "
    "my café employees to share tips with the kitchen staff in California?",
    [
        ("format:options", {"options": "yes/no/depends"}, "just answer with one of yes/no/depends and nothing else"),
    ],
)

# 52055 ML practitioner: instruction-response pair
add(
    "Generate an instruction-response pair for a cooking assistant dataset. Put the instruction after "
    "\"### Instruction:\" and the response after \"### Response:\". Use exactly 3 numbers in the whole "
    "output (quantities or temperatures). Avoid em dashes. Don't add a <<title>> or any preamble.",
    [
        ("count:numbers", {"N": 3}, "Use exactly 3 numbers in the whole output"),
        ("punctuation:no_em_dash", {}, "Avoid em dashes."),
        ("detectable_format:no_title", {}, "Don't add a <<title>>"),
    ],
    [
        "Put the instruction after \"### Instruction:\" and the response after \"### Response:\".",
        "or any preamble",
    ],
)


IFEVAL25 = {
    "change_case:capital_word_frequency", "change_case:english_capital", "change_case:english_lowercase",
    "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency",
    "language:response_language",
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
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + 1 + i
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps, (key, cid)
            for x in exps:
                assert isinstance(x, str) and x and x in prompt, (key, x)
            assert types is None or cid in types, (key, cid)
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
    on25 = sum(v for k, v in ids.items() if k in IFEVAL25)
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"on IFEval-25 ids: {on25} ({100 * on25 / total:.0f}%)")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(tags))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}{'' if k in IFEVAL25 else '  (other)'}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "system", "nonen"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
