"""Hand-written evaluation prompts (dev2, authorA): everyday chat-assistant users.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings when the prompt states the constraint more than once.
Tags (README counts only): insent, repeat, list, polite, typo, caps, lower, before (constraint
before the task), system, fragment, otherlang (prompt in / answer asked in another language).
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 11001
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


NW = "length_constraints:number_words"
NS = "length_constraints:number_sentences"

# 1
add(
    "write me a 3 paragraph story about a cat who runs a bakery, put *** between the paragraphs. "
    "my daughter is 6 so keep it simple and cute pls. no commas!!",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "a 3 paragraph story"),
        ("punctuation:no_comma", {}, "no commas!!"),
    ],
    ["keep it simple and cute pls"],
    ["insent", "lower", "fragment"],
)
# 2
add(
    "Can you give me some tips for keeping my sourdough starter alive while im on vacation for 2 weeks? "
    "under 150 words. and no bullet points please, just normal text. also pls dont start with \"Great question\"",
    [
        (NW, {"num_words": 150, "relation": LT}, "under 150 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, ["no bullet points please", "just normal text"]),
        ("startend:not_start_phrase", {"start_phrase": "Great question"}, "pls dont start with \"Great question\""),
    ],
    [],
    ["typo", "polite"],
)
# 3
add(
    "i run a small candle shop on etsy. write a product description for my new lavender + cedar candle. "
    "it needs to include the words 'handpoured' and 'soy'. atleast 80 words. end it with a question so people want to buy",
    [
        ("keywords:existence", {"keywords": ["handpoured", "soy"]}, "it needs to include the words 'handpoured' and 'soy'"),
        (NW, {"num_words": 80, "relation": AL}, "atleast 80 words"),
        ("content:end_with_question", {}, "end it with a question"),
    ],
    [],
    ["lower", "typo"],
)
# 4
add(
    "Rules: ALL CAPS. no more than 50 words. write a motivational message for my soccer team before the final tomorrow. caps lock on pls",
    [
        ("change_case:english_capital", {}, ["ALL CAPS", "caps lock on pls"]),
        (NW, {"num_words": 51, "relation": LT}, "no more than 50 words"),
    ],
    [],
    ["before", "caps", "repeat", "fragment"],
)
# 5
add(
    "Hi! Could you please explain photosynthesis to my 10 year old? It'd be great if you could use exactly 4 bullet points, "
    "and please dont use any big science words like 'chlorophyll' or 'glucose'.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "use exactly 4 bullet points"),
        ("keywords:forbidden_words", {"forbidden_words": ["chlorophyll", "glucose"]},
         "please dont use any big science words like 'chlorophyll' or 'glucose'"),
    ],
    ["explain photosynthesis to my 10 year old"],
    ["polite", "typo"],
)
# 6
add(
    "reply in german. what should i pack for a 3 day hiking trip in the alps in september? keep it short, max 120 words",
    [
        ("language:response_language", {"language": "de"}, "reply in german"),
        (NW, {"num_words": 121, "relation": LT}, "max 120 words"),
    ],
    [],
    ["lower", "before", "otherlang"],
)
# 7
add(
    "Hola, necesito un correo para mi jefe pidiendo el viernes libre porque mi hijo tiene una presentación en la escuela. "
    "Escríbelo en español, que sea formal y que no pase de 100 palabras. Termina con la frase \"Quedo atento a su respuesta.\"",
    [
        ("language:response_language", {"language": "es"}, "Escríbelo en español"),
        (NW, {"num_words": 101, "relation": LT}, "que no pase de 100 palabras"),
        ("startend:end_checker", {"end_phrase": "Quedo atento a su respuesta."},
         "Termina con la frase \"Quedo atento a su respuesta.\""),
    ],
    ["que sea formal"],
    ["otherlang"],
)
# 8
add(
    "write a poem about my grandmas garden. it should have a title in double angle brackets like <<title>>. "
    "dont use the letter e more than 20 times lol. 12 lines or less",
    [
        ("detectable_format:title", {}, "it should have a title in double angle brackets like <<title>>"),
        ("keywords:letter_frequency", {"letter": "e", "let_frequency": 21, "let_relation": LT},
         "dont use the letter e more than 20 times"),
        ("length:number_lines", {"num_lines": 13, "relation": LT}, "12 lines or less"),
    ],
    [],
    ["lower", "typo", "fragment"],
)
# 9
add(
    "I need a caption for an instagram post of my coffee shop's new pumpkin latte. Use at least 3 hashtags and a couple emojis, "
    "and use atleast one of the words cozy or warm. Under 40 words pls",
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "Use at least 3 hashtags"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "a couple emojis"),
        ("keywords:include_any", {"forbidden_words": ["cozy", "warm"]}, "use atleast one of the words cozy or warm"),
        (NW, {"num_words": 40, "relation": LT}, "Under 40 words pls"),
    ],
    [],
    ["typo", "polite"],
)
# 10
add(
    "You are a friendly customer support bot for PlantPal, a plant watering app. Always start your reply with "
    "\"Hi there, plant friend.\" Never use exclamation marks. Never include links.\n\n"
    "Customer: my app stopped sending watering reminders after the update, what do i do?",
    [
        ("startend:start_phrase", {"start_phrase": "Hi there, plant friend."},
         "Always start your reply with \"Hi there, plant friend.\""),
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
        ("content:no_urls", {}, "Never include links."),
    ],
    [],
    ["system"],
)
# 11
add(
    "Write a blog post about budgeting for college students. Requirements:\n"
    "1. Atleast 400 words\n"
    "2. Use markdown headings, at least 3 of them\n"
    "3. Include the phrase \"ramen noodle budget\"\n"
    "4. Wrap up with a P.P.S at the very end",
    [
        (NW, {"num_words": 400, "relation": AL}, "Atleast 400 words"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "Use markdown headings, at least 3 of them"),
        ("keywords:required_phrase", {"phrase": "ramen noodle budget"}, "Include the phrase \"ramen noodle budget\""),
        ("detectable_content:postscript", {"postscript_marker": "P.P.S"}, "Wrap up with a P.P.S at the very end"),
    ],
    [],
    ["list", "typo"],
)
# 12
add(
    "Give two different answers, seperated by ******: what's a good name for a golden retriever puppy? "
    "just the names + one line why, no commas, no emojis",
    [
        ("combination:two_responses", {}, "Give two different answers, seperated by ******"),
        ("punctuation:no_comma", {}, "no commas"),
        ("format:no_emoji", {}, "no emojis"),
    ],
    ["just the names + one line why"],
    ["before", "typo"],
)
# 13
add(
    "can u write a short speech for my dad's 60th birthday. i'm going to read it at dinner. make sure its between 150 and 200 words "
    "and mention fishing atleast twice, he loves fishing. also dont end with a question",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "make sure its between 150 and 200 words"),
        ("keywords:frequency", {"keyword": "fishing", "frequency": 2, "relation": AL}, "mention fishing atleast twice"),
        ("content:not_end_with_question", {}, "dont end with a question"),
    ],
    [],
    ["lower", "typo"],
)
# 14
add(
    "Bonjour, pouvez-vous m'écrire un petit texte pour présenter ma boulangerie sur notre site web ? "
    "Répondez en français, en moins de 80 mots, et sans utiliser de listes à puces. Merci !",
    [
        ("language:response_language", {"language": "fr"}, "Répondez en français"),
        (NW, {"num_words": 80, "relation": LT}, "en moins de 80 mots"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "sans utiliser de listes à puces"),
    ],
    [],
    ["otherlang", "polite"],
)
# 15
add(
    "Explain what inflation is like im 5. Your answer must be in all lowercase letters. all lowercase!! and less than 5 sentences.",
    [
        ("change_case:english_lowercase", {}, ["Your answer must be in all lowercase letters", "all lowercase!!"]),
        (NS, {"num_sentences": 5, "relation": LT}, "less than 5 sentences"),
    ],
    ["like im 5"],
    ["repeat", "typo", "fragment"],
)
# 16
add(
    "Respond with a JSON object with the keys \"recipe_name\", \"ingredients\" and \"steps\" for a simple vegan chili. "
    "output only the json pls, nothing else",
    [
        ("detectable_format:json_format", {}, "output only the json pls, nothing else"),
        ("format:json_keys", {"keys": ["recipe_name", "ingredients", "steps"]},
         "Respond with a JSON object with the keys \"recipe_name\", \"ingredients\" and \"steps\""),
    ],
    [],
    ["insent", "polite"],
)
# 17
add(
    "my son has a book report due tomorrow on Charlotte's Web. can you help him outline it? use SECTION 1, SECTION 2 etc for each part, "
    "4 sections total. dont write it for him, just the outline. keep it under 200 words too",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "use SECTION 1, SECTION 2 etc for each part, 4 sections total"),
        (NW, {"num_words": 200, "relation": LT}, "keep it under 200 words too"),
    ],
    ["dont write it for him, just the outline"],
    ["lower", "typo"],
)
# 18
add(
    "Is it safe to leave a crockpot on while im at work for 8 hours? Please just answer with \"My answer is yes.\", "
    "\"My answer is no.\" or \"My answer is maybe.\" - i dont need an explanation",
    [
        ("detectable_format:constrained_response", {},
         "Please just answer with \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\""),
    ],
    [],
    ["polite", "typo"],
)
# 19
add(
    "Write a product description for handmade wooden cutting boards. Make it 3 paragraphs separated by blank lines and the second "
    "paragraph has to start with the word \"Each\". Highlight at least 2 key features with markdown like *this*. "
    "Oh and include a link to our shop (just use example.com for now).",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Each"},
         "Make it 3 paragraphs separated by blank lines and the second paragraph has to start with the word \"Each\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Highlight at least 2 key features with markdown like *this*"),
        ("content:include_url", {}, "include a link to our shop"),
    ],
    [],
    [],
)
# 20
add(
    "no commas. no exclamation marks. under 60 words. write a bio for my twitter account, im a high school chemistry teacher "
    "who likes bouldering. remember NO COMMAS",
    [
        ("punctuation:no_comma", {}, ["no commas", "NO COMMAS"]),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
        (NW, {"num_words": 60, "relation": LT}, "under 60 words"),
    ],
    [],
    ["before", "lower", "fragment", "repeat", "caps"],
)
# 21
add(
    "Could you write a lullaby for my newborn? Please write it in all lowercase letters, and make sure the word \"moon\" appears "
    "at least 3 times. Also wrap the whole thing in double quotes",
    [
        ("change_case:english_lowercase", {}, "Please write it in all lowercase letters"),
        ("keywords:frequency", {"keyword": "moon", "frequency": 3, "relation": AL},
         "make sure the word \"moon\" appears at least 3 times"),
        ("startend:quotation", {}, "wrap the whole thing in double quotes"),
    ],
    [],
    ["polite"],
)
# 22
add(
    "answer in the language of Brazil: what are some cheap things to do in Lisbon on a weekend? numbered list with atleast 5 ideas pls",
    [
        ("language:response_language", {"language": "pt"}, "answer in the language of Brazil"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "numbered list with atleast 5 ideas"),
    ],
    [],
    ["otherlang", "typo", "before", "fragment"],
)
# 23
add(
    "Write a short horror story for a campfire. It must begin with the words \"It was a quiet night\" and finish with the exact "
    "sentence \"And they were never seen again.\" Keep it under 300 words. You can use ALL CAPS words for the scary bits but "
    "no more than 3 of them. Kids will be there so nothing too gory",
    [
        ("startend:start_phrase", {"start_phrase": "It was a quiet night"}, "It must begin with the words \"It was a quiet night\""),
        ("startend:end_checker", {"end_phrase": "And they were never seen again."},
         "finish with the exact sentence \"And they were never seen again.\""),
        (NW, {"num_words": 300, "relation": LT}, "Keep it under 300 words."),
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "You can use ALL CAPS words for the scary bits but no more than 3 of them"),
    ],
    ["nothing too gory"],
    [],
)
# 24
add(
    "hey can you write a cover letter template for a barista job that i can reuse? leave spots for stuff like [cafe name] and "
    "[manager name], atleast 4 placeholders in square brackets. no P.S. at the end pls",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 4}, "atleast 4 placeholders in square brackets"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. at the end pls"),
    ],
    ["that i can reuse"],
    ["lower", "typo"],
)
# 25
add(
    "First repeat my question exactly as i wrote it, then answer it. dont say anything before repeating it. "
    "My question: What is the difference between baking soda and baking powder? Answer in under 100 words.",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "What is the difference between baking soda and baking powder?"},
         "First repeat my question exactly as i wrote it"),
        (NW, {"num_words": 100, "relation": LT}, "Answer in under 100 words."),
    ],
    [],
    ["before", "typo"],
)
# 26
add(
    "Kannst du mir erklären, wie ich meinen Kindern das Fahrradfahren beibringe? Bitte auf Deutsch, höchstens 150 Wörter "
    "und ohne Aufzählungszeichen.",
    [
        ("language:response_language", {"language": "de"}, "Bitte auf Deutsch"),
        (NW, {"num_words": 151, "relation": LT}, "höchstens 150 Wörter"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "ohne Aufzählungszeichen"),
    ],
    [],
    ["otherlang", "polite"],
)
# 27
add(
    "tell me about the history of the eiffel tower. the word 'iron' should show up at least 4 times and dont use the words "
    "'tall' or 'famous'. 5 paragraphs, seperate them with ***",
    [
        ("keywords:frequency", {"keyword": "iron", "frequency": 4, "relation": AL},
         "the word 'iron' should show up at least 4 times"),
        ("keywords:forbidden_words", {"forbidden_words": ["tall", "famous"]}, "dont use the words 'tall' or 'famous'"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5}, "5 paragraphs, seperate them with ***"),
    ],
    [],
    ["lower", "typo", "fragment"],
)
# 28
add(
    "I'm making flashcards for my spanish class. Give me a list of common kitchen words in spanish with the english translation "
    "next to each one. Use markdown bullet points, exactly 8 bullets. no bold or italics. Dont add any intro or outro text, just the list.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 8}, "exactly 8 bullets"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "no bold or italics"),
    ],
    ["Dont add any intro or outro text, just the list."],
    ["typo"],
)
# 29
add(
    "I have a job interview at a bank tomorrow. Give me a numbered list of at least 5 questions they might ask me, "
    "with a one sentence tip under each one, and end your response with \"Good luck!\"",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "a numbered list of at least 5 questions"),
        ("startend:end_checker", {"end_phrase": "Good luck!"}, "end your response with \"Good luck!\""),
    ],
    ["with a one sentence tip under each one"],
    ["insent"],
)
# 30
add(
    "Describe your perfect sunday in exactly 3 paragraphs seperated by ***. Paragraph one should be about the morning. "
    "Use no more than 200 words total",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "exactly 3 paragraphs seperated by ***"),
        (NW, {"num_words": 201, "relation": LT}, "Use no more than 200 words total"),
    ],
    ["Paragraph one should be about the morning."],
    ["insent", "typo"],
)
# 31
add(
    "You are Chef Tony, a grumpy italian grandpa who gives cooking advice. Always answer in under 80 words. Never use emojis. "
    "Always end with \"Capisce?\"\n\nUser: how long do i boil fresh pasta",
    [
        (NW, {"num_words": 80, "relation": LT}, "Always answer in under 80 words."),
        ("format:no_emoji", {}, "Never use emojis."),
        ("startend:end_checker", {"end_phrase": "Capisce?"}, "Always end with \"Capisce?\""),
    ],
    ["You are Chef Tony, a grumpy italian grandpa who gives cooking advice."],
    ["system"],
)
# 32
add(
    "write a haiku about rain on a tin roof. dont use any capital letters. also dont use commas. no capitals!!",
    [
        ("change_case:english_lowercase", {}, ["dont use any capital letters", "no capitals!!"]),
        ("punctuation:no_comma", {}, "dont use commas"),
    ],
    [],
    ["lower", "repeat", "typo"],
)
# 33
add(
    "Could you please rewrite this so it sounds more professional? 'hey guys the shop will be closed monday cuz of the holiday, "
    "see u tuesday'. Please keep it to one sentence, no exclamation points, and dont use the word 'closed'.",
    [
        (NS, {"num_sentences": 2, "relation": LT}, "Please keep it to one sentence"),
        ("punctuation:no_exclamation", {}, "no exclamation points"),
        ("keywords:forbidden_words", {"forbidden_words": ["closed"]}, "dont use the word 'closed'"),
    ],
    ["so it sounds more professional"],
    ["polite"],
)
# 34
add(
    "i need 2 versions of a tagline for my dog grooming business, separate them with 6 asterisks (******). "
    "each one should be under 10 words. no hashtags",
    [
        ("combination:two_responses", {}, "separate them with 6 asterisks (******)"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
    ],
    ["each one should be under 10 words"],
    ["lower", "fragment"],
)
# 35
add(
    "Oi! Preciso de uma mensagem de boas-vindas para os novos clientes da minha loja de roupas. Responda em português, "
    "com no máximo 3 frases, e inclua a palavra \"desconto\".",
    [
        ("language:response_language", {"language": "pt"}, "Responda em português"),
        (NS, {"num_sentences": 4, "relation": LT}, "com no máximo 3 frases"),
        ("keywords:existence", {"keywords": ["desconto"]}, "inclua a palavra \"desconto\""),
    ],
    [],
    ["otherlang"],
)
# 36
add(
    "Write an essay about climate change for my 9th grade english class. It has to be at least 500 words and have a title wrapped "
    "in double angular brackets, like <<title>>. please dont use the phrase \"in conclusion\", my teacher hates it",
    [
        (NW, {"num_words": 500, "relation": AL}, "It has to be at least 500 words"),
        ("detectable_format:title", {}, "have a title wrapped in double angular brackets, like <<title>>"),
        ("keywords:forbidden_phrase", {"phrase": "in conclusion"}, "please dont use the phrase \"in conclusion\""),
    ],
    ["for my 9th grade english class"],
    ["polite", "typo"],
)
# 37
add(
    "what are the pros and cons of getting a chest freezer for a family of 5? use markdown headings (at least 2) with bullet points "
    "under each. keep the whole thing under 200 words. and dont end with \"Let me know if you have any other questions\", i hate that",
    [
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "use markdown headings (at least 2)"),
        (NW, {"num_words": 200, "relation": LT}, "keep the whole thing under 200 words"),
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any other questions"},
         "dont end with \"Let me know if you have any other questions\""),
    ],
    ["with bullet points under each"],
    ["lower", "typo"],
)
# 38
add(
    "Give me a packing checklist for a beach day with a toddler. Use bullet points with sub-bullets (main items, then the little "
    "stuff underneath with a dash). Less than 15 bullet points total",
    [
        ("format:sub-bullets", {}, "Use bullet points with sub-bullets"),
        ("format:bullet_points", {"num_bullets": 15, "relation": LT}, "Less than 15 bullet points total"),
    ],
    [],
    ["fragment"],
)
# 39
add(
    "hi, I own a small bike repair shop. can you write a short FAQ for my website? each sentence max 15 words. include a link "
    "to my booking page (just make one up). dont use em dashes",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "each sentence max 15 words"),
        ("content:include_url", {}, "include a link to my booking page"),
        ("punctuation:no_em_dash", {}, "dont use em dashes"),
    ],
    [],
    ["lower", "typo", "fragment"],
)
# 40
add(
    "Write a tweet announcing our bakery's grand reopening!! Must be under 280 characters, include atleast 2 hashtags, "
    "and use at least one exclamation mark.",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "Must be under 280 characters"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "include atleast 2 hashtags"),
        ("punctuation:use_exclamation", {}, "use at least one exclamation mark"),
    ],
    [],
    ["typo"],
)
# 41
add(
    "Summarize the plot of The Lion King. No more than 5 sentences. Do not mention Simba by name. Start with the words \"Long ago\".",
    [
        (NS, {"num_sentences": 6, "relation": LT}, "No more than 5 sentences."),
        ("keywords:forbidden_words", {"forbidden_words": ["Simba"]}, "Do not mention Simba by name."),
        ("startend:start_phrase", {"start_phrase": "Long ago"}, "Start with the words \"Long ago\"."),
    ],
    [],
    ["fragment"],
)
# 42
add(
    "write a thank you note to my kid's teacher at the end of the year. 100-150 words. include the words 'patience' and 'kindness'. "
    "no title. sign it from 'The Nguyen family'",
    [
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "100-150 words"),
        ("keywords:existence", {"keywords": ["patience", "kindness"]}, "include the words 'patience' and 'kindness'"),
        ("detectable_format:no_title", {}, "no title"),
    ],
    ["sign it from 'The Nguyen family'"],
    ["lower", "fragment"],
)
# 43
add(
    "I need help writing a complaint email to my landlord about a leaking roof that hasnt been fixed in 3 weeks. Please be firm "
    "but polite. Make sure it includes the phrase \"as soon as possible\", has less than 250 words, and ends with \"Kind regards, Maria\".",
    [
        ("keywords:required_phrase", {"phrase": "as soon as possible"}, "Make sure it includes the phrase \"as soon as possible\""),
        (NW, {"num_words": 250, "relation": LT}, "has less than 250 words"),
        ("startend:end_checker", {"end_phrase": "Kind regards, Maria"}, "ends with \"Kind regards, Maria\""),
    ],
    ["Please be firm but polite."],
    ["typo", "list"],
)
# 44
add(
    "Which is better for a beginner, a ukulele or a guitar? Answer just 'ukulele' or 'guitar', one word only",
    [
        ("format:options", {"options": "ukulele/guitar"}, "Answer just 'ukulele' or 'guitar'"),
        (NW, {"num_words": 2, "relation": LT}, "one word only"),
    ],
    [],
    ["fragment"],
)
# 45
add(
    "make a 7 day workout plan for a beginner. i want it in a markdown table. do not use any bold text. "
    "and pls add a short note at the end starting with P.S.",
    [
        ("format:use_markdown", {}, "i want it in a markdown table"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "do not use any bold text"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a short note at the end starting with P.S."),
    ],
    [],
    ["lower", "polite"],
)
# 46
add(
    "Write a story in which every sentence is shorter than 12 words. It should be about a robot learning to bake bread. "
    "Use at least 15 sentences, and put at least one exclamation mark in there.",
    [
        ("length:max_words_per_sentence", {"max_words": 11}, "every sentence is shorter than 12 words"),
        (NS, {"num_sentences": 15, "relation": AL}, "Use at least 15 sentences"),
        ("punctuation:use_exclamation", {}, "put at least one exclamation mark in there"),
    ],
    [],
    ["insent"],
)
# 47
add(
    "explica la diferencia entre el clima y el tiempo para un niño de 8 años. máximo 4 oraciones, sin comas por favor",
    [
        (NS, {"num_sentences": 5, "relation": LT}, "máximo 4 oraciones"),
        ("punctuation:no_comma", {}, "sin comas por favor"),
    ],
    ["para un niño de 8 años"],
    ["otherlang", "lower", "fragment"],
)
# 48
add(
    "write a good morning message for my family group chat. end every sentence with an emoji 😊 and keep it to 3 sentences max. no hashtags",
    [
        ("format:emoji", {}, "end every sentence with an emoji"),
        (NS, {"num_sentences": 4, "relation": LT}, "keep it to 3 sentences max"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
    ],
    [],
    ["lower", "fragment"],
)
# 49
add(
    "I'm a nervous first-time presenter. Write me a pep talk. Use the word 'you' at least 10 times, use at least one em dash, "
    "and end with a question.",
    [
        ("keywords:frequency", {"keyword": "you", "frequency": 10, "relation": AL}, "Use the word 'you' at least 10 times"),
        ("punctuation:use_em_dash", {}, "use at least one em dash"),
        ("content:end_with_question", {}, "end with a question"),
    ],
    [],
    [],
)
# 50
add(
    "Translate this into french: 'The store opens at 9 and closes at 6 on weekdays.' Just give the translation, nothing else, "
    "and dont wrap it in quotes.",
    [
        ("language:response_language", {"language": "fr"}, "Translate this into french"),
        ("startend:no_quotation", {}, "dont wrap it in quotes"),
    ],
    ["Just give the translation, nothing else"],
    ["otherlang", "typo"],
)
# 51
add(
    "Title case please!! write 5 fun names for a lemonade stand. title case for every name, and no more than 30 words",
    [
        ("format:title_case", {}, ["Title case please!!", "title case for every name"]),
        (NW, {"num_words": 31, "relation": LT}, "no more than 30 words"),
    ],
    [],
    ["before", "repeat", "fragment"],
)
# 52
add(
    "My teenager says I text like a boomer lol. write me a text to her asking what she wants for dinner but in gen z slang. "
    "atleast 3 emojis, under 30 words, and no periods",
    [
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "atleast 3 emojis"),
        (NW, {"num_words": 30, "relation": LT}, "under 30 words"),
    ],
    ["in gen z slang", "no periods"],
    ["typo", "fragment"],
)
# 53
add(
    "Write an ad for my lawn mowing service (I'm 14). Include my phone number as a placeholder like [phone number]. "
    "It must use less than 3 placeholders total. Keep it between 50 and 80 words.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 1},
         "Include my phone number as a placeholder like [phone number]"),
        ("detectable_content:fewer_placeholders", {"num_placeholders": 3}, "It must use less than 3 placeholders total."),
        ("count:word_count_range", {"min_words": 50, "max_words": 80}, "Keep it between 50 and 80 words."),
    ],
    [],
    [],
)
# 54
add(
    "can you write a short poem for my wife's 40th? it must NOT rhyme, must NOT be in all caps, and the word 'love' can only "
    "appear once at most",
    [
        ("change_case:not_english_capital", {}, "must NOT be in all caps"),
        ("keywords:frequency", {"keyword": "love", "frequency": 2, "relation": LT},
         "the word 'love' can only appear once at most"),
    ],
    ["it must NOT rhyme"],
    ["lower", "caps", "list"],
)
# 55
add(
    "Write the rules for a backyard water balloon game for kids. Start your answer with a verb. Use a numbered list with at least "
    "6 rules. dont use the word 'never'",
    [
        ("words:start_verb", {}, "Start your answer with a verb."),
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "Use a numbered list with at least 6 rules"),
        ("keywords:forbidden_words", {"forbidden_words": ["never"]}, "dont use the word 'never'"),
    ],
    [],
    ["typo"],
)
# 56
add(
    "Im studying for my biology test. Quiz me with questions about cells. Give me atleast 5 questions and make sure your response "
    "ends with a question mark. dont give the answers!! No markdown pls, plain text",
    [
        ("content:end_with_question", {}, "make sure your response ends with a question mark"),
        ("format:no_markdown", {}, "No markdown pls, plain text"),
    ],
    ["Give me atleast 5 questions", "dont give the answers!!"],
    ["typo", "fragment"],
)
# 57
add(
    "write a mini biography of Marie Curie for my science fair poster. it should contain exactly 4 numbers (like years). "
    "Use the word \"radium\" in the second sentence. between 120-160 words",
    [
        ("count:numbers", {"N": 4}, "it should contain exactly 4 numbers"),
        ("sentence:keyword", {"word": "radium", "N": 2}, "Use the word \"radium\" in the second sentence."),
        ("count:word_count_range", {"min_words": 120, "max_words": 160}, "between 120-160 words"),
    ],
    [],
    ["fragment"],
)
# 58
add(
    "Write a letter from Santa to my 5 year old son Leo. PLEASE DONT USE THE WORD \"presents\". make it atleast 150 words and "
    "include the words 'reindeer' and 'cookies'. Please end with \"Ho ho ho!\"",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["presents"]}, "PLEASE DONT USE THE WORD \"presents\""),
        (NW, {"num_words": 150, "relation": AL}, "make it atleast 150 words"),
        ("keywords:existence", {"keywords": ["reindeer", "cookies"]}, "include the words 'reindeer' and 'cookies'"),
        ("startend:end_checker", {"end_phrase": "Ho ho ho!"}, "Please end with \"Ho ho ho!\""),
    ],
    [],
    ["caps", "typo", "polite"],
)
# 59
add(
    "in less than 100 words, explain how a credit score works. I dont want any markdown, no lists, no bold, just plain sentences. "
    "under 100 words!!",
    [
        (NW, {"num_words": 100, "relation": LT}, ["in less than 100 words", "under 100 words!!"]),
        ("format:no_markdown", {}, "I dont want any markdown"),
    ],
    [],
    ["before", "repeat", "typo"],
)
# 60
add(
    "describe autumn in my town for a school writing assignment, one paragraph, at least 80 words. dont repeat any word more "
    "than twice!! and use atleast 3 commas",
    [
        (NW, {"num_words": 80, "relation": AL}, "at least 80 words"),
        ("words:repeats", {"small_n": 2}, "dont repeat any word more than twice!!"),
    ],
    ["one paragraph", "use atleast 3 commas"],
    ["lower", "typo"],
)
# 61
add(
    "for my language class: write a short fable about a fox and a crow in any language except english! (spanish or italian would "
    "be good). under 120 words please",
    [
        ("language:not_response_language", {"language": "en"}, "in any language except english"),
        (NW, {"num_words": 120, "relation": LT}, "under 120 words please"),
    ],
    [],
    ["lower", "otherlang", "polite"],
)
# 62
add(
    "writing a blog intro about korean street food. dont use any hangul characters, just english pls. atleast 200 words "
    "and mention tteokbokki",
    [
        ("language:no_script", {"script": "hangul"}, "dont use any hangul characters"),
        ("language:response_language", {"language": "en"}, "just english pls"),
        (NW, {"num_words": 200, "relation": AL}, "atleast 200 words"),
        ("keywords:existence", {"keywords": ["tteokbokki"]}, "mention tteokbokki"),
    ],
    [],
    ["lower", "typo", "fragment"],
)
# 63
add(
    "Can you teach me how to say hello, thank you and goodbye in Greek? Please include the actual Greek letters, not just the "
    "pronunciation. Keep it under 80 words and dont use any markdown.",
    [
        ("language:use_script", {"script": "greek"}, "Please include the actual Greek letters"),
        (NW, {"num_words": 80, "relation": LT}, "Keep it under 80 words"),
        ("format:no_markdown", {}, "dont use any markdown"),
    ],
    [],
    ["polite", "typo"],
)
# 64
add(
    "I teach ESL to adults. Write a short story about going to the doctor that uses at least 90 different words, but keep the "
    "sentences simple — max 10 words per sentence.",
    [
        ("count:unique_word_count", {"N": 90}, "uses at least 90 different words"),
        ("length:max_words_per_sentence", {"max_words": 10}, "max 10 words per sentence"),
    ],
    [],
    ["insent"],
)
# 65
add(
    "im learning python (total beginner). show me how to read a csv file and print the average of one column. put the code in a "
    "code block pls and explain it in atleast 3 sentences after. no headings. keep it under 250 words",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the code in a code block pls"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings"),
        (NW, {"num_words": 250, "relation": LT}, "keep it under 250 words"),
    ],
    ["explain it in atleast 3 sentences after"],
    ["lower", "typo", "fragment"],
)
# 66
add(
    "write a short story for my creative writing club about a girl who finds a tiny door in her school library. atleast 4 "
    "paragraphs with blank lines between them. include at least one really long sentence (over 40 words). "
    "dont use the word 'suddenly'.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "atleast 4 paragraphs with blank lines between them"),
        ("length:long_sentence", {"max_words": 40}, "include at least one really long sentence (over 40 words)"),
        ("keywords:forbidden_words", {"forbidden_words": ["suddenly"]}, "dont use the word 'suddenly'"),
    ],
    [],
    ["lower", "typo"],
)
# 67
add(
    "write me a poem about the ocean where each word is on its own line, like a skinny tall poem. no more than 25 words. "
    "no punctuation at all",
    [
        ("format:newline", {}, "each word is on its own line"),
        (NW, {"num_words": 26, "relation": LT}, "no more than 25 words"),
    ],
    ["no punctuation at all"],
    ["lower", "insent", "fragment"],
)
# 68
add(
    "You are a helpful study buddy. Rules: never give the final answer directly. always respond in less than 6 sentences. "
    "always use at least one emoji 🙂.\n\nStudent: how do i find the area of a triangle?",
    [
        (NS, {"num_sentences": 6, "relation": LT}, "always respond in less than 6 sentences"),
        ("format:use_emoji", {}, "always use at least one emoji"),
    ],
    ["never give the final answer directly"],
    ["system", "list"],
)
# 69
add(
    "write a short paragraph about why dogs are the best pets, but every word has to start with a different letter than the word "
    "before it lol. and dont go over 60 words",
    [
        ("words:no_consecutive", {}, "every word has to start with a different letter than the word before it"),
        (NW, {"num_words": 61, "relation": LT}, "dont go over 60 words"),
    ],
    [],
    ["lower", "typo"],
)
# 70
add(
    "Can you write a product review for a blender I bought? I gave it 4 stars. Please write it in English but NOT in all "
    "lowercase, with proper capitalization. Use the exact phrase \"worth every penny\" and no more than 2 exclamation marks.",
    [
        ("language:response_language", {"language": "en"}, "Please write it in English"),
        ("change_case:not_english_lowercase", {}, "NOT in all lowercase"),
        ("keywords:required_phrase", {"phrase": "worth every penny"}, "Use the exact phrase \"worth every penny\""),
    ],
    ["I gave it 4 stars", "no more than 2 exclamation marks"],
    ["polite", "caps"],
)


IFEVAL_FAMILIES = ("change_case", "combination", "detectable_content", "detectable_format", "keywords",
                   "language", "length_constraints")
IFEVAL_EXTRA = ("punctuation:no_comma",)


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = None
    if len(sys.argv) > 1:
        types = {t["id"]: t for t in json.load(open(sys.argv[1]))}
    ids, tags, ncons = Counter(), Counter(), Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            for x in exps:
                assert x and x in prompt, (key, x)
            if types is not None:
                assert cid in types, (key, cid)
                assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
            ids[cid] += 1
        assert len({c[0] for c in cons}) == len(cons) or key in (), (key, "dup id")
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
    ife = sum(v for k, v in ids.items() if k.split(":")[0] in IFEVAL_FAMILIES or k in IFEVAL_EXTRA)
    print("prompts", len(E), "constraints", total, "ifeval-families", ife, f"({100 * ife / total:.0f}%)",
          "distinct ids", len(ids))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "before", "system", "fragment", "otherlang"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
