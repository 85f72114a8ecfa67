"""Hand-written prompts (authorP) for rpo's decomposition; writes data.jsonl and stats.

Persona: parents, retirees and hobbyists (gardening, cooking, baking, travel, DIY, knitting,
birdwatching, local clubs, church/community groups) writing to landlords, schools, neighbours and
councils. Casual voice: run-on and voice-typed text, typos, exclamation marks, requirements tucked
into stories or added as afterthoughts, some ALL CAPS, some very short prompts, 8 prompts in other
languages.

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
KEY_BASE = 91001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 gardening, voice-typed
add(
    "ok so my tomatoes have these yellow leaves at the bottom and some brown spots my neighbour "
    "says its blight but she says that about everything can you tell me what it might be keep it "
    "under 150 words and dont use any bullet points i just want it plain like you're talking to me",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "keep it under 150 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "dont use any bullet points"),
    ],
    untyped=["i just want it plain like you're talking to me"],
    tags=["lower", "typo"],
)

# 2 landlord, mould
add(
    "Hi! I need to write to my landlord (again!!) about the damp in the kids bedroom, there's black "
    "mould behind the wardrobe and he keeps saying he'll 'send someone round' and nobody ever comes. "
    "Can you write the letter for me. Firm but polite. Put [landlord name] and [date] and [address] "
    "in square brackets so I can fill them in myself. Oh and DON'T make it longer than 250 words, he "
    "won't read it otherwise.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Put [landlord name] and [date] and [address] in square brackets so I can fill them in myself."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 251},
         "DON'T make it longer than 250 words"),
    ],
    untyped=["Firm but polite."],
    tags=["caps"],
)

# 3 church bake sale flyer
add(
    "writing a flyer for our church bake sale saturday 10am-2pm st marys hall. needs to say 'All "
    "proceeds to the roof fund' somewhere. give it a title in those double arrow brackets like "
    "<<this>>. 3 bullet points exactly for what we're selling (cakes, jams, tray bakes). and at least 3 "
    "emojis the kids like them",
    [
        ("keywords:required_phrase", {"phrase": "All proceeds to the roof fund"},
         "needs to say 'All proceeds to the roof fund' somewhere"),
        ("detectable_format:title", {}, "give it a title in those double arrow brackets like <<this>>"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3},
         "3 bullet points exactly for what we're selling"),
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "at least 3 emojis"),
    ],
    tags=["lower"],
)

# 4 knitting, very short
add(
    "What's the difference between a k2tog and an ssk? Answer in 3 sentences or fewer, please, I'm "
    "not very technical. No links, I can't click them on this old thing.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT},
         "Answer in 3 sentences or fewer"),
        ("content:no_urls", {}, "No links, I can't click them on this old thing."),
    ],
    tags=["polite"],
)

# 5 birdwatching newsletter, P.S.
add(
    "Could you write up a little piece for our birdwatching club newsletter about last Sunday's walk "
    "at Fenwick Marsh? We saw a marsh harrier (first one in years!!), loads of lapwings, and a "
    "kingfisher that Doris spotted before anyone else. Aim for at least 200 words. Mention Doris by "
    "name, she'll be thrilled.\n"
    "P.S. please finish with our club motto exactly: \"Eyes up, boots muddy!\"",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 200}, "Aim for at least 200 words."),
        ("keywords:existence", {"keywords": ["Doris"]}, "Mention Doris by name"),
        ("startend:end_checker", {"end_phrase": "Eyes up, boots muddy!"},
         "please finish with our club motto exactly: \"Eyes up, boots muddy!\""),
    ],
    tags=["ps", "polite"],
)

# 6 Spanish prompt, answer in English
add(
    "Hola, mi nieto vive en Canadá y quiere hacer mi arroz con leche pero no habla bien español. "
    "¿Me escribes la receta en inglés? Que sea sencilla, con los pasos numerados, mínimo 6 pasos. "
    "Y sin emojis por favor, que él se ríe de mí jaja",
    [
        ("language:response_language", {"language": "en"}, "¿Me escribes la receta en inglés?"),
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "con los pasos numerados, mínimo 6 pasos"),
        ("format:no_emoji", {}, "sin emojis por favor"),
    ],
    untyped=["Que sea sencilla"],
    tags=["lang"],
)

# 7 council potholes, list
add(
    "I want to complain to the council about the potholes on Brook Lane, my husband bust a tyre "
    "last week and it cost us £140. Please write an email. Requirements:\n"
    "- no more than 4 paragraphs, with a blank line between each\n"
    "- include the words 'pothole' and 'tyre'\n"
    "- do not use the word 'disgusted', I always sound too angry\n"
    "- end the email with a question about when it will be fixed",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 5, "relation": LT},
         "no more than 4 paragraphs, with a blank line between each"),
        ("keywords:existence", {"keywords": ["pothole", "tyre"]}, "include the words 'pothole' and 'tyre'"),
        ("keywords:forbidden_words", {"forbidden_words": ["disgusted"]}, "do not use the word 'disgusted'"),
        ("content:end_with_question", {}, "end the email with a question about when it will be fixed"),
    ],
    tags=["list"],
)

# 8 dad's pill reminder, all caps
add(
    "my dad is 84 and his eyes are going, can you write him a short reminder list for his morning "
    "pills, ALL IN CAPITAL LETTERS so he can read it. He takes metformin with breakfast, amlodipine, "
    "and his vitamin D. keep it under 50 words and no more than 5 lines",
    [
        ("change_case:english_capital", {}, "ALL IN CAPITAL LETTERS so he can read it"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "keep it under 50 words"),
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "no more than 5 lines"),
    ],
    tags=["caps", "insent"],
)

# 9 French, comité des fêtes
add(
    "Bonjour ! Je m'occupe de la page Facebook du comité des fêtes de notre village. Pouvez-vous "
    "m'écrire un post pour annoncer le vide-grenier du 14 juin ? Pas plus de 80 mots, avec au moins "
    "trois hashtags à la fin. Et n'oubliez pas de mentionner la buvette !",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 81}, "Pas plus de 80 mots"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "avec au moins trois hashtags à la fin"),
        ("keywords:existence", {"keywords": ["buvette"]}, "n'oubliez pas de mentionner la buvette"),
    ],
    tags=["lang", "words"],
)

# 10 birthday card, two options
add(
    "Need a birthday message for my sister in law's card, she's turning 60 and loves her garden and "
    "her awful little dog Biscuit lol. Give me 2 different options to choose from, separate them with "
    "six asterisks like ******. Each one short!! and no hashtags or anything daft like that",
    [
        ("combination:two_responses", {},
         "Give me 2 different options to choose from, separate them with six asterisks like ******."),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags or anything daft like that"),
    ],
    untyped=["Each one short!!"],
    tags=["words"],
)

# 11 teacher email, voice-typed
add(
    "write an email to my sons teacher mrs patel saying he will miss school on friday because we have "
    "his grandads funeral no commas please my phone autocorrect messes them up when i paste and start "
    "it with Dear Mrs Patel and keep the whole thing to three lines max",
    [
        ("punctuation:no_comma", {}, "no commas please"),
        ("startend:start_phrase", {"start_phrase": "Dear Mrs Patel"}, "start it with Dear Mrs Patel"),
        ("length:number_lines", {"num_lines": 4, "relation": LT}, "keep the whole thing to three lines max"),
    ],
    tags=["lower", "typo"],
)

# 12 Lisbon itinerary
add(
    "We're doing 4 days in Lisbon in October (me + husband, both late 60s, his knees aren't great so "
    "not too many hills please!!). Can you plan it day by day, mark each one as Day 1, Day 2 etc. "
    "Also include at least one link to something useful like the tram times. Keep the whole thing "
    "under 400 words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 4},
         "mark each one as Day 1, Day 2 etc."),
        ("content:include_url", {}, "include at least one link to something useful like the tram times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 400},
         "Keep the whole thing under 400 words."),
    ],
    untyped=["not too many hills please!!"],
    tags=[],
)

# 13 Japanese, no kanji for a child
add(
    "小学1年生の娘に読んであげる短いお話を書いてください。テーマはうちの猫のミケです。"
    "娘はまだ漢字が読めないので、漢字は使わないでください。5文以内でお願いします。絵文字も入れてね！",
    [
        ("language:no_script", {"script": "han"}, "漢字は使わないでください"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "5文以内でお願いします"),
        ("format:use_emoji", {}, "絵文字も入れてね"),
    ],
    tags=["lang"],
)

# 14 recipe app, JSON
add(
    "My grandson set up a recipe app for me on the tablet and he says it can import recipes if "
    "they're in JSON. Can you give me my lemon drizzle cake as JSON with the keys \"title\", "
    "\"ingredients\", \"steps\" and \"bake_time\"? 225g butter, 225g caster sugar, 4 eggs, 225g self "
    "raising flour, zest of 2 lemons, drizzle is juice of 1.5 lemons and 85g icing sugar, 45 mins at "
    "180. Only the JSON nothing else please",
    [
        ("detectable_format:json_format", {},
         ["give me my lemon drizzle cake as JSON", "Only the JSON nothing else please"]),
        ("format:json_keys", {"keys": ["title", "ingredients", "steps", "bake_time"]},
         "with the keys \"title\", \"ingredients\", \"steps\" and \"bake_time\""),
    ],
    tags=["repeat"],
)

# 15 knitting group whatsapp
add(
    "can u write a quick msg for the knitting group whatsapp saying we're moving to thursdays from "
    "next month, same time 2pm, at the library not the community centre. has to fit in under 300 "
    "characters. a couple of emojis is fine but not more than 2",
    [
        ("length:number_characters", {"num_chars": 300, "relation": LT}, "has to fit in under 300 characters"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT},
         "a couple of emojis is fine but not more than 2"),
    ],
    tags=["lower", "typo"],
)

# 16 Dutch, note to neighbours
add(
    "Hoi! Wij geven zaterdag een tuinfeest voor de 50ste verjaardag van mijn man en ik wil de buren "
    "een briefje in de bus doen om te waarschuwen dat het wat lawaaiig kan worden. Kun je dat "
    "schrijven? Maximaal 100 woorden, geen uitroeptekens (dan klinkt het zo opdringerig) en eindig "
    "met 'Groetjes, Ans en Peter van nummer 12'. Echt geen enkel uitroepteken hoor, ook niet aan het eind.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "Maximaal 100 woorden"),
        ("punctuation:no_exclamation", {},
         ["geen uitroeptekens", "Echt geen enkel uitroepteken hoor, ook niet aan het eind."]),
        ("startend:end_checker", {"end_phrase": "Groetjes, Ans en Peter van nummer 12"},
         "eindig met 'Groetjes, Ans en Peter van nummer 12'"),
    ],
    tags=["lang", "repeat"],
)

# 17 system prompt, lunch club
add(
    "You are the helper for St. Aidan's Thursday Lunch Club. Always answer in plain text with no "
    "markdown, as our members read on old phones. Never include web links. Keep every answer to 5 "
    "sentences max. Always sign off with \"- St. Aidan's Lunch Club\". First question: what should "
    "we bring for the harvest festival shared lunch?",
    [
        ("format:no_markdown", {}, "Always answer in plain text with no markdown"),
        ("content:no_urls", {}, "Never include web links."),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT},
         "Keep every answer to 5 sentences max."),
        ("startend:end_checker", {"end_phrase": "- St. Aidan's Lunch Club"},
         "Always sign off with \"- St. Aidan's Lunch Club\""),
    ],
    tags=["system"],
)

# 18 repeat the question, sourdough starter
add(
    "First copy out my question exactly as I wrote it, then answer it in less than 100 words. My "
    "question is: How often should I feed a sourdough starter that lives in the fridge?\n\n(no bullet "
    "points in the answer please)",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "How often should I feed a sourdough starter that lives in the fridge?"},
         "First copy out my question exactly as I wrote it"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "answer it in less than 100 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points in the answer please"),
    ],
    tags=[],
)

# 19 raspberry pi bird feeder cam
add(
    "retired engineer here, building a bird feeder cam with a raspberry pi. need a python script that "
    "takes a photo every time the PIR sensor triggers and saves it with the date and time in the "
    "filename. put the code in a proper code block and use at least 2 headings (one for wiring, one "
    "for the code). no emojis pls",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the code in a proper code block"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "use at least 2 headings"),
        ("format:no_emoji", {}, "no emojis pls"),
    ],
    untyped=["one for wiring, one for the code"],
    tags=["lower", "typo"],
)

# 20 Polish allotment
add(
    "Dzień dobry, jestem emerytką i od niedawna mam ogródek działkowy. Co mogę posadzić we wrześniu? "
    "Proszę o odpowiedź po polsku, w formie listy punktowanej, nie więcej niż 8 punktów. Bez linków.",
    [
        ("language:response_language", {"language": "pl"}, "Proszę o odpowiedź po polsku"),
        ("format:bullet_points", {"num_bullets": 9, "relation": LT},
         "w formie listy punktowanej, nie więcej niż 8 punktów"),
        ("content:no_urls", {}, "Bez linków."),
    ],
    tags=["lang", "list"],
)

# 21 scones, very short
add(
    "scone recipe pls, 100 words tops, no waffle at the start, plain text no fancy formatting",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "100 words tops"),
        ("format:no_markdown", {}, "plain text no fancy formatting"),
    ],
    untyped=["no waffle at the start"],
    tags=["lower", "typo"],
)

# 22 school residential trip, lowercase
add(
    "my daughter's school wants a reply about whether she can go on the residential trip, she can but "
    "she has a nut allergy and needs her epipen kept with a teacher at all times. write the reply for "
    "me in all lowercase (i know, i know, it's just how i like it lol). mention the epipen twice at "
    "least so they don't miss it",
    [
        ("change_case:english_lowercase", {}, "write the reply for me in all lowercase"),
        ("keywords:frequency", {"keyword": "epipen", "frequency": 2, "relation": AL},
         "mention the epipen twice at least"),
    ],
    tags=["lower", "words"],
)

# 23 German, heating, ***
add(
    "Guten Tag, unsere Heizung im Wohnzimmer ist seit drei Wochen kalt und die Hausverwaltung "
    "reagiert nicht. Können Sie mir einen Brief schreiben? Bitte genau 3 Absätze, getrennt durch *** "
    "(so kann ich sie besser kopieren), höflich aber bestimmt, und das Wort „Mietminderung“ muss "
    "vorkommen.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "Bitte genau 3 Absätze, getrennt durch ***"),
        ("keywords:existence", {"keywords": ["Mietminderung"]}, "das Wort „Mietminderung“ muss vorkommen"),
    ],
    untyped=["höflich aber bestimmt"],
    tags=["lang"],
)

# 24 neighbours' hedge
add(
    "Can you help me write a note to the people at no. 7 about their leylandii hedge, it's blocking all "
    "the light to my veg patch and I don't want a feud!! I'd like it as exactly three paragraphs with "
    "blank lines between them, and the second paragraph should start with the word Unfortunately. "
    "Don't use the phrase \"legal action\" I want to stay friends.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Unfortunately"},
         "I'd like it as exactly three paragraphs with blank lines between them, and the second "
         "paragraph should start with the word Unfortunately."),
        ("keywords:forbidden_phrase", {"phrase": "legal action"}, "Don't use the phrase \"legal action\""),
    ],
    tags=["words", "polite"],
)

# 25 flat sourdough
add(
    "Why is my sourdough so flat?? Its my fourth loaf and they all spread out like pancakes. I feed the "
    "starter every day, use 75% hydration, bake in a dutch oven at 230. Please highlight at least 3 of "
    "the most important tips with *asterisks* so i can find them quickly, and end with a question "
    "asking me something about my method so we can figure it out.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "highlight at least 3 of the most important tips with *asterisks*"),
        ("content:end_with_question", {}, "end with a question asking me something about my method"),
    ],
    tags=["typo"],
)

# 26 allotment banner
add(
    "Allotment society open day is 6 July and I need wording for the big banner on the gate. Give me 4 "
    "options as a numbered list. Write the whole lot in Title Case, like a heading. and NO exclamation "
    "marks, Brian says they look cheap",
    [
        ("format:title_case", {}, "Write the whole lot in Title Case"),
        ("punctuation:no_exclamation", {}, "NO exclamation marks"),
    ],
    untyped=["Give me 4 options as a numbered list."],
    tags=["caps"],
)

# 27 Portuguese, answer in Spanish
add(
    "Oi! Preciso mandar uma mensagem para a babá dos meus filhos, ela é argentina e não entende bem "
    "português. Pode escrever em espanhol? É pra avisar que na sexta a gente volta mais tarde, lá pelas "
    "22h, e que tem lasanha na geladeira. Curtinho, no máximo 60 palavras. Termine com 'Besos, Carla'",
    [
        ("language:response_language", {"language": "es"}, "Pode escrever em espanhol?"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "no máximo 60 palavras"),
        ("startend:end_checker", {"end_phrase": "Besos, Carla"}, "Termine com 'Besos, Carla'"),
    ],
    tags=["lang"],
)

# 28 Swedish book club
add(
    "Hej! Jag leder en bokcirkel på biblioteket för pensionärer och nästa gång pratar vi om En man som "
    "heter Ove. Kan du ge mig diskussionsfrågor? Minst fem stycken, numrerade. Inga spoilers om slutet! "
    "Skriv på svenska, tack. Och inga rubriker.",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "Minst fem stycken, numrerade."),
        ("language:response_language", {"language": "sv"}, "Skriv på svenska, tack."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "inga rubriker"),
    ],
    untyped=["Inga spoilers om slutet!"],
    tags=["lang", "words"],
)

# 29 WI cookbook quote
add(
    "i need a quote for the front of our WI cookbook, something warm about sharing food and friendship. "
    "just one or two sentences and wrap the whole thing in double quotation marks please",
    [
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "just one or two sentences"),
        ("startend:quotation", {}, "wrap the whole thing in double quotation marks please"),
    ],
    untyped=["something warm about sharing food and friendship"],
    tags=["lower", "words"],
)

# 30 ramblers AGM, P.S.
add(
    "Hello, I'm the secretary of the Hilltop Ramblers and I need to email the members about the AGM on "
    "12 March, 7pm in the village hall. We need to vote on the new treasurer and whether to raise subs "
    "to £15. Please add a P.S. at the bottom reminding them to bring their membership cards. Keep it "
    "between 120 and 180 words.",
    [
        ("detectable_content:postscript", {"postscript_marker": "P.S."},
         "Please add a P.S. at the bottom reminding them to bring their membership cards."),
        ("count:word_count_range", {"min_words": 120, "max_words": 180}, "Keep it between 120 and 180 words."),
    ],
    tags=["polite"],
)

# 31 mum with dementia
add(
    "My mum has early dementia and gets confused by long sentences. Could you explain to her why she's "
    "moving into the care home next month, in a gentle way? Keep every sentence to ten words or less. "
    "No more than 8 sentences altogether. Don't use the word 'dementia' at all.",
    [
        ("length:max_words_per_sentence", {"max_words": 10}, "Keep every sentence to ten words or less."),
        ("length_constraints:number_sentences", {"num_sentences": 9, "relation": LT},
         "No more than 8 sentences altogether."),
        ("keywords:forbidden_words", {"forbidden_words": ["dementia"]}, "Don't use the word 'dementia' at all."),
    ],
    untyped=["in a gentle way"],
    tags=["words"],
)

# 32 roast chicken, very short voice-typed
add(
    "what temperature do i roast a 2 kilo chicken at and for how long just the answer in one line",
    [
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "just the answer in one line"),
    ],
    tags=["lower"],
)

# 33 instagram cake caption
add(
    "Caption for my instagram (I sell cakes from home, just a side thing!) - photo is a 3 tier lemon & "
    "elderflower wedding cake. I want it fun, use emojis, at least 5 hashtags, and include the phrase "
    "\"baked with love in Bristol\". under 60 words pls",
    [
        ("format:use_emoji", {}, "use emojis"),
        ("content:number_hashtags", {"num_hashtags": 5, "relation": AL}, "at least 5 hashtags"),
        ("keywords:required_phrase", {"phrase": "baked with love in Bristol"},
         "include the phrase \"baked with love in Bristol\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "under 60 words pls"),
    ],
    untyped=["I want it fun"],
    tags=["typo"],
)

# 34 dog accused on village facebook
add(
    "Someone on our village facebook group has accused my dog of fouling outside the post office and it "
    "WASN'T HIM, he was at the groomers all day. Help me write a calm reply. Don't end it with a "
    "question, I don't want to start a back and forth. No exclamation marks either. Max 70 words.",
    [
        ("content:not_end_with_question", {}, "Don't end it with a question"),
        ("punctuation:no_exclamation", {}, "No exclamation marks either."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 71}, "Max 70 words."),
    ],
    untyped=["Help me write a calm reply."],
    tags=[],
)

# 35 baby blanket pattern, SECTION
add(
    "Please write out a simple beginner pattern for a garter stitch baby blanket in DK yarn. Split it "
    "into three sections called SECTION 1, SECTION 2 and SECTION 3 (materials, the knitting, finishing). "
    "Use US needle sizes AND UK ones.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "Split it into three sections called SECTION 1, SECTION 2 and SECTION 3"),
    ],
    untyped=["Use US needle sizes AND UK ones."],
    tags=["words"],
)

# 36 wedding flowers thank-you
add(
    "Thank you note for the ladies who did the flowers for my daughter's wedding. They did an amazing "
    "job with the peonies. I always overuse \"lovely\" so use that word once at the very most. Around 5 "
    "sentences but not more than 6. Sign off from Janet and Mike.",
    [
        ("keywords:frequency", {"keyword": "lovely", "frequency": 2, "relation": LT},
         "use that word once at the very most"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": LT},
         "Around 5 sentences but not more than 6."),
    ],
    untyped=["Sign off from Janet and Mike."],
    tags=["words"],
)

# 37 school fair poster
add(
    "Poster for the school summer fair, 5 July, bouncy castle, tombola, cake stall, dog show. Year 4 "
    "teacher told the PTA that good posters start with a doing word so please start it with a verb! "
    "Fewer than fifty words and in all capitals because it's going on a big banner too.",
    [
        ("words:start_verb", {}, "please start it with a verb!"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "Fewer than fifty words"),
        ("change_case:english_capital", {}, "in all capitals"),
    ],
    tags=["words"],
)

# 38 deposit not returned
add(
    "My tenancy ended 6 weeks ago and the landlord still hasn't returned my £900 deposit. Write him an "
    "email. The very first sentence needs to have the word deposit in it so he can't pretend he doesn't "
    "know what it's about. Also quote the Tenancy Deposit Scheme by name. Keep it below 200 words, no "
    "bullet points.",
    [
        ("sentence:keyword", {"word": "deposit", "N": 1},
         "The very first sentence needs to have the word deposit in it"),
        ("keywords:required_phrase", {"phrase": "Tenancy Deposit Scheme"}, "quote the Tenancy Deposit Scheme by name"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "Keep it below 200 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
    tags=[],
)

# 39 phone mast objection
add(
    "writing to the council planning dept objecting to the phone mast next to the primary school. rules:\n"
    "1. do NOT start with 'I am writing to', every letter they get starts like that\n"
    "2. 3 paragraphs, separated by ***\n"
    "3. include the words 'children' and 'consultation'",
    [
        ("startend:not_start_phrase", {"start_phrase": "I am writing to"}, "do NOT start with 'I am writing to'"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs, separated by ***"),
        ("keywords:existence", {"keywords": ["children", "consultation"]},
         "include the words 'children' and 'consultation'"),
    ],
    tags=["caps", "list"],
)

# 40 recipe card template
add(
    "Can you give me a recipe for a vegetarian shepherd's pie for 6 people using this exact layout:\n"
    "Name: [name]\n"
    "Serves: [number]\n"
    "Ingredients: [list]\n"
    "Method: [steps]\n"
    "nothing before or after it please, it's for my recipe box",
    [
        ("format:output_template", {}, "using this exact layout"),
    ],
    untyped=["nothing before or after it please"],
    tags=["insent"],
)

# 41 model railway notice, not all caps
add(
    "Last time you wrote my club notice it came out all in capitals and looked like I was shouting at "
    "everyone lol. Please don't write it all in capitals this time, only the odd word in caps for "
    "emphasis and no more than 2 of them. It's for the model railway club: exhibition on 20 April at "
    "the scout hut, we need volunteers for the door and the tea urn. Keep it to two short paragraphs "
    "with a blank line in between.",
    [
        ("change_case:not_english_capital", {}, "Please don't write it all in capitals this time"),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "only the odd word in caps for emphasis and no more than 2 of them"),
    ],
    untyped=["Keep it to two short paragraphs with a blank line in between."],
    tags=["words"],
)

# 42 Christmas round-robin
add(
    "Help me write our family Christmas round-robin letter! This year: Tom retired, we got a caravan, "
    "Lily started uni in Leeds, and the cat had to have a tooth out (£400!!). Make it cheery, at least "
    "one exclamation mark obviously, 250-300 words, and don't use those long dashes — the — things, my "
    "sister says they scream AI",
    [
        ("punctuation:use_exclamation", {}, "at least one exclamation mark obviously"),
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, "250-300 words"),
        ("punctuation:no_em_dash", {}, "don't use those long dashes"),
    ],
    untyped=["Make it cheery"],
    tags=["words"],
)

# 43 uniform supplier note
add(
    "I'm a parent governor and I need to send round a note to other parents about the new uniform "
    "supplier. Whatever you do don't end with \"Let me know if you have any questions\" because then 200 "
    "people email me. Under 120 words, and put the website as a link (it's www.schooluniformsdirect.co.uk). "
    "Seriously short, under 120.",
    [
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any questions"},
         "don't end with \"Let me know if you have any questions\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120},
         ["Under 120 words", "Seriously short, under 120."]),
        ("content:include_url", {}, "put the website as a link"),
    ],
    tags=["repeat"],
)

# 44 cousin in Australia
add(
    "Reply to my cousin in Australia who wrote asking how Mum is doing after her hip op. She's doing "
    "well, walking with a frame, home since Tuesday. Keep it chatty. 150 words or so is plenty but "
    "definitely no more than 200. And please no P.S. at the end, you always add one\n"
    "PS don't finish on a question, she'll feel she has to write back straight away",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "definitely no more than 200"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "please no P.S. at the end"),
        ("content:not_end_with_question", {}, "don't finish on a question"),
    ],
    untyped=["Keep it chatty."],
    tags=["ps"],
)

# 45 neighbourhood watch minutes
add(
    "Writing up the minutes for our Neighbourhood Watch meeting, here's my notes: new street lights on "
    "Elm Rd agreed, 2 bike thefts reported, PC Ahmed coming to next meeting, Sue stepping down as "
    "coordinator, next meeting 3 Nov. Turn it into proper minutes. Don't bold or italicise anything, it "
    "goes weird when I paste it into the parish newsletter. Use numbered points, at least 4.",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "Don't bold or italicise anything"),
        ("format:numbered_list", {"num_items": 4, "relation": AL}, "Use numbered points, at least 4."),
    ],
    tags=[],
)

# 46 granddaughter learning S
add(
    "My granddaughter Sophie is 4 and learning her letters, this week it's S!! Write her a silly little "
    "poem about a snake and a sausage with LOTS of the letter s in it, at least 20 s's. 8 lines max "
    "please she gets bored",
    [
        ("keywords:letter_frequency", {"letter": "s", "let_frequency": 20, "let_relation": AL},
         "LOTS of the letter s in it, at least 20 s's"),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "8 lines max"),
    ],
    tags=["caps"],
)

# 47 translate note for house-swap family
add(
    "translate my note for the french family we're house swapping with: 'The boiler switch is in the "
    "cupboard under the stairs, bins go out Tuesday night, and please water the tomatoes.' French "
    "please, keep it informal, no English at all",
    [
        ("language:response_language", {"language": "fr"}, ["French please", "no English at all"]),
    ],
    untyped=["keep it informal"],
    tags=["repeat"],
)

# 48 wildlife garden group blurb
add(
    "Short blurb for our Wildlife Garden Group's poster, we meet first Saturday of the month at the "
    "community orchard. Mention either hedgehogs or bees (whichever works, don't need both). 3 sentences max. "
    "It has to squeeze into a small box on the poster so less than 250 characters.",
    [
        ("keywords:include_any", {"forbidden_words": ["hedgehogs", "bees"]}, "Mention either hedgehogs or bees"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "3 sentences max."),
        ("length:number_characters", {"num_chars": 250, "relation": LT}, "less than 250 characters"),
    ],
    tags=[],
)

# 49 pub quiz league rules
add(
    "Can you write up the rules for our pub quiz league (Thursdays at the Red Lion). Teams of max 6, no "
    "phones, 8 rounds, picture round at half time, £2 a head goes to the hospice. Make it look nice with "
    "markdown, headings and bold and that. Do not use a table. At least 3 headings.",
    [
        ("format:use_markdown", {}, "Make it look nice with markdown"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "At least 3 headings."),
    ],
    untyped=["Do not use a table."],
    tags=[],
)

# 50 local history talk
add(
    "I've been asked to give a little talk at the U3A local history group about the old railway line "
    "that ran through our town (closed in 1964, Beeching cuts). Can you write me a script of 600 words or "
    "more? I've got a 10-minute slot. Speak like a friendly old chap not a professor. "
    "Don't put any headings in, I'm reading it out.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 600}, "a script of 600 words or more"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't put any headings in"),
    ],
    untyped=["Speak like a friendly old chap not a professor."],
    tags=["insent"],
)

# 51 retirement cake one-liner
add(
    "Give me a one-liner I can put on the cake for my husband's retirement, he was a postman for 38 "
    "years. Don't wrap it in quotation marks, I'll be copying it straight to the bakery. Keep it shorter "
    "than 12 words! No emojis obviously, it's going in icing.",
    [
        ("startend:no_quotation", {}, "Don't wrap it in quotation marks"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 12}, "Keep it shorter than 12 words!"),
        ("format:no_emoji", {}, "No emojis obviously"),
    ],
    tags=[],
)

# 52 garlic, options
add(
    "is it too late to plant garlic in december? we're in yorkshire, ground isn't frozen yet. just say "
    "yes, no or maybe, no explanation needed ta",
    [
        ("format:options", {"options": "yes/no/maybe"}, "just say yes, no or maybe, no explanation needed"),
    ],
    tags=["lower"],
)

# 53 eulogy
add(
    "My dad passed away last month and I have to do the eulogy on Friday. He was a carpenter, loved "
    "fishing on the Wye, sang in the male voice choir for 40 years, and called everyone 'butt'. I need "
    "it to be at least 4 paragraphs with gaps between them so I can find my place. Not too sad, he'd hate "
    "that. Use the phrase \"he'd fix it with a bit of wood and a bit of patience\" somewhere because "
    "that's what Mum always says",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "at least 4 paragraphs with gaps between them"),
        ("keywords:required_phrase", {"phrase": "he'd fix it with a bit of wood and a bit of patience"},
         "Use the phrase \"he'd fix it with a bit of wood and a bit of patience\" somewhere"),
    ],
    untyped=["Not too sad, he'd hate that."],
    tags=[],
)

# 54 bus driver thank-you
add(
    "Write a short thank you, 100 words or under, for the bus driver on the 42 who waited for me when I "
    "was running with my shopping, I'm sending it to the bus company. Don't leave any of those [square bracket] bits for me "
    "to fill in, just make it up, my name is Eileen Walsh.",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1},
         "Don't leave any of those [square bracket] bits for me to fill in"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "100 words or under"),
    ],
    tags=["insent"],
)

# 55 campervan packing list
add(
    "packing list for a week in a campervan in the highlands with 2 kids and a dog. bullet points with "
    "* and under each one put little sub bullets with - for the actual stuff. don't go over 300 words",
    [
        ("format:sub-bullets", {},
         "bullet points with * and under each one put little sub bullets with - for the actual stuff"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 301}, "don't go over 300 words"),
    ],
    tags=["lower"],
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
