"""Hand-written prompts (authorX, heldout5) for rpo's decomposition; writes data.jsonl and stats.

Persona: students, teenagers, gamers, streamers, fan-fiction writers, social-media creators and
small online sellers; chatty, slangy, lowercase, emoji, afterthoughts, mid-prompt corrections.
Keys are KEY_BASE + 1 + index (101001..101055).

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
KEY_BASE = 101000  # keys 101001..101055
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 101001 student, bio lab reflection
add(
    "ok so i have to write a reflection for my bio class on the frog dissection lab ugh 🐸 can u write it "
    "for me, 300 words minimum, first person, make it sound like a 10th grader wrote it not a robot lol. "
    "oh and dont use those long dashes (—), my teacher literally thinks they = chatgpt",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "300 words minimum"),
        ("punctuation:no_em_dash", {}, "dont use those long dashes (—)"),
    ],
    untyped=["first person", "make it sound like a 10th grader wrote it not a robot"],
    tags=["lower", "typo"],
)

# 101002 streamer, twitch panel
add(
    "need a twitch panel \"about me\" blurb. i stream valorant + cozy games, mostly late night EST, and my "
    "community is called the Night Owls. keep it under 80 words, 3 emojis tops, and end with \"see u in chat\" "
    "exactly like that no period after",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 80}, "keep it under 80 words"),
        ("format:number_emojis", {"relation": LT, "num_emojis": 4}, "3 emojis tops"),
        ("startend:end_checker", {"end_phrase": "see u in chat"}, "end with \"see u in chat\" exactly like that"),
    ],
    tags=["lower"],
)

# 101003 etsy seller, earrings
add(
    "Hi! I sell handmade polymer clay earrings on Etsy and I need a product description for my new "
    "\"Strawberry Milk\" set (pink + cream, gold-plated hooks, super light). Etsy doesn't render markdown so "
    "plain text only please — no bullet symbols, no bold, nothing fancy. It'd be great if the words "
    "hypoallergenic and lightweight were in there somewhere for SEO. Around 150 words is perfect 🍓",
    [
        ("format:no_markdown", {}, "plain text only please"),
        ("keywords:existence", {"keywords": ["hypoallergenic", "lightweight"]},
         "It'd be great if the words hypoallergenic and lightweight were in there somewhere for SEO."),
    ],
    untyped=["Around 150 words is perfect"],
    tags=["polite"],
)

# 101004 fanfic writer, rules list
add(
    "writing a fic for my original fantasy series (on wattpad) and i'm stuck on the scene where Kael finds "
    "out Mira kept his letter all these years. can you draft it?\n"
    "rules:\n"
    "- exactly 4 paragraphs, put *** between them\n"
    "- present tense\n"
    "- keep dialogue minimal, like 2 lines max\n"
    "- the word \"letter\" has to show up at least 3 times bc it's the motif",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4}, "exactly 4 paragraphs, put *** between them"),
        ("keywords:frequency", {"keyword": "letter", "frequency": 3, "relation": AL},
         "the word \"letter\" has to show up at least 3 times"),
    ],
    untyped=["present tense", "keep dialogue minimal, like 2 lines max"],
    tags=["list"],
)

# 101005 teen, Spanish insta caption
add(
    "oye necesito un caption para mi post de insta, es una foto con mis amigas en la playa 🏖️✨ que sea "
    "cortito, menos de 20 palabras, con 3 hashtags mínimo y sin comas porfa que se ve feo. ah y en español "
    "obvio jaja",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 20}, "menos de 20 palabras"),
        ("content:number_hashtags", {"relation": AL, "num_hashtags": 3}, "con 3 hashtags mínimo"),
        ("punctuation:no_comma", {}, "sin comas porfa"),
        ("language:response_language", {"language": "es"}, "en español obvio"),
    ],
    tags=["lang", "lower"],
)

# 101006 gamer, boss guide for a made-up game
add(
    "Write me a boss guide for the Fire Titan in Emberfall. (it's a made-up game for my discord server's RPG "
    "campaign, just invent stuff that sounds legit.) Use markdown headings, at least 3 of them, and put the "
    "phase-by-phase strat in a numbered list. Keep the whole thing under 400 words pls",
    [
        ("format:markdown_headings", {"relation": AL, "num_headings": 3}, "Use markdown headings, at least 3 of them"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 400}, "Keep the whole thing under 400 words"),
    ],
    untyped=["put the phase-by-phase strat in a numbered list"],
    tags=["typo"],
)

# 101007 creator, merch tweet
add(
    "write a tweet announcing my merch drop friday 6pm pst (hoodies + stickers). has to fit in 280 characters "
    "obviously. put [LINK] where the link goes, i'll swap it in. NO EXCLAMATION MARKS im trying a calmer vibe "
    "now, too many of my posts sound like screaming",
    [
        ("length:number_characters", {"relation": LT, "num_chars": 281}, "has to fit in 280 characters"),
        ("detectable_content:number_placeholders", {"num_placeholders": 1}, "put [LINK] where the link goes"),
        ("punctuation:no_exclamation", {}, "NO EXCLAMATION MARKS"),
    ],
    tags=["lower", "caps"],
)

# 101008 student, WW1 revision
add(
    "Explain the causes of WW1 for my exam revision. I want it in exactly 5 bullet points, each one short "
    "enough to fit on a flashcard. Don't start with \"Sure!\" like every AI ever, just get straight into it. thx",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "I want it in exactly 5 bullet points"),
        ("startend:not_start_phrase", {"start_phrase": "Sure!"}, "Don't start with \"Sure!\""),
    ],
    untyped=["each one short enough to fit on a flashcard"],
    tags=["typo"],
)

# 101009 seller, crochet listing template
add(
    "new listing going up tonight!! its a crochet frog plushie, 8 inches, comes w/ a tiny strawberry hat, $28. "
    "fill in this template exactly and dont add anything before or after it:\n\n"
    "Title: [title]\nPrice: [price]\nDescription: [description]\nCare: [care instructions]\n\n"
    "also dont use the word \"adorable\", every listing on the site says it",
    [
        ("format:output_template", {}, "fill in this template exactly and dont add anything before or after it"),
        ("keywords:forbidden_words", {"forbidden_words": ["adorable"]}, "dont use the word \"adorable\""),
    ],
    tags=["lower", "typo"],
)

# 101010 teen, lowercase poem
add(
    "can u write a short poem about missing my ex but make it lowkey funny. all lowercase, no capital letters "
    "anywhere, not even the I. twelve lines max",
    [
        ("change_case:english_lowercase", {}, "all lowercase, no capital letters anywhere"),
        ("length:number_lines", {"relation": LT, "num_lines": 13}, "twelve lines max"),
    ],
    untyped=["make it lowkey funny"],
    tags=["lower", "words"],
)

# 101011 streamer, two versions for a discord bot
add(
    "give me two different versions of my \"stream starting soon\" message for discord, separated by ****** "
    "(6 asterisks) so my bot can split them. each version under 40 words. end every sentence with an emoji "
    "bc thats my brand 😌",
    [
        ("combination:two_responses", {},
         "give me two different versions of my \"stream starting soon\" message for discord, separated by ****** (6 asterisks)"),
        ("format:emoji", {}, "end every sentence with an emoji"),
    ],
    untyped=["each version under 40 words"],
    tags=["lower"],
)

# 101012 fanfic writer, German
add(
    "Hey, kannst du mir eine kurze Fanfiction-Szene schreiben? Zwei Rivalen aus einer Magierakademie müssen "
    "zusammen aus einem Labyrinth entkommen. Bitte auf Deutsch, mindestens 500 Wörter, und das Wort "
    "„Schlüssel“ soll mindestens zweimal vorkommen. Keine Überschrift bitte, ich poste das direkt. Und bitte mit einer Frage enden, als Cliffhanger.",
    [
        ("language:response_language", {"language": "de"}, "Bitte auf Deutsch"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 500}, "mindestens 500 Wörter"),
        ("keywords:frequency", {"keyword": "Schlüssel", "frequency": 2, "relation": AL},
         "das Wort „Schlüssel“ soll mindestens zweimal vorkommen"),
        ("content:end_with_question", {}, "bitte mit einer Frage enden"),
    ],
    untyped=["Keine Überschrift bitte"],
    tags=["lang", "words", "polite"],
)

# 101013 gamer, roguelike ranking
add(
    "rank the best roguelikes of all time for me. numbered list w/ at least 10 games, and for each one like one "
    "sentence on why. dont use the words \"masterpiece\" or \"iconic\" im begging, every top 10 video says that",
    [
        ("format:numbered_list", {"relation": AL, "num_items": 10}, "numbered list w/ at least 10 games"),
        ("keywords:forbidden_words", {"forbidden_words": ["masterpiece", "iconic"]},
         "dont use the words \"masterpiece\" or \"iconic\""),
    ],
    untyped=["for each one like one sentence on why"],
    tags=["lower"],
)

# 101014 student, system-prompt study bot
add(
    "You're my study buddy bot for AP Chem. Always answer in under 150 words. Never use bullet points, I read these on my phone. Never just give me the final "
    "number for a calculation, walk me through it step by step. Always end with a quick question to check I "
    "understood.\n\nFirst one: how do I figure out the limiting reactant if I have 10 g of H2 and 64 g of O2?",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "Always answer in under 150 words."),
        ("content:end_with_question", {}, "Always end with a quick question to check I understood."),
        ("format:bullet_points", {"relation": LT, "num_bullets": 1}, "Never use bullet points"),
    ],
    untyped=["Never just give me the final number for a calculation, walk me through it step by step."],
    tags=["system"],
)

# 101015 tiktok creator, word-per-line overlay
add(
    "need text for a tiktok overlay, the kind where each word pops up one at a time. topic: 3 things i wish i "
    "knew before starting my small biz. put every single word on its own line!! and keep it below 60 words total",
    [
        ("format:newline", {}, "put every single word on its own line"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "keep it below 60 words total"),
    ],
    tags=["lower"],
)

# 101016 seller, Portuguese candle caption
add(
    "Oi! Tenho uma lojinha de velas aromáticas no Instagram e lancei uma vela nova de baunilha com canela. "
    "Escreve uma legenda pra divulgar? Responde em português, no máximo 50 palavras, e termina com a frase "
    "\"Link na bio 🕯️\". Sem hashtags dessa vez, por favor.",
    [
        ("language:response_language", {"language": "pt"}, "Responde em português"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 51}, "no máximo 50 palavras"),
        ("startend:end_checker", {"end_phrase": "Link na bio 🕯️"}, "termina com a frase \"Link na bio 🕯️\""),
        ("content:number_hashtags", {"relation": LT, "num_hashtags": 1}, "Sem hashtags dessa vez"),
    ],
    tags=["lang"],
)

# 101017 student, essay with mid-prompt correction
add(
    "write me a persuasive essay on why school should start later, 3 paragrahps with *** between each one. "
    "also use the phrase \"sleep deprivation\" somewhere. no sentence longer than 20 words pls. wait actually make it 4 paragraphs not 3, forgot my "
    "teacher changed the rubric",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         ["3 paragrahps with *** between each one", "actually make it 4 paragraphs not 3"]),
        ("keywords:required_phrase", {"phrase": "sleep deprivation"}, "use the phrase \"sleep deprivation\" somewhere"),
        ("length:max_words_per_sentence", {"max_words": 20}, "no sentence longer than 20 words"),
    ],
    tags=["lower", "typo"],
)

# 101018 streamer, ALL CAPS hype intro
add(
    "MAKE ME A HYPE INTRO FOR MY SPEEDRUN STREAM. whole thing in english + ALL CAPS, i want it to feel like a "
    "wrestling announcer. use exclamation points obviously. less than a hundred words. and yes i mean EVERY "
    "letter capitalized",
    [
        ("change_case:english_capital", {}, ["whole thing in english + ALL CAPS", "EVERY letter capitalized"]),
        ("punctuation:use_exclamation", {}, "use exclamation points obviously"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "less than a hundred words"),
    ],
    untyped=["i want it to feel like a wrestling announcer"],
    tags=["caps", "repeat", "words"],
)

# 101019 seller, Indonesian hijab listing
add(
    "Kak, tolong buatin deskripsi produk buat hijab voal motif bunga di Shopee ya. Pakai bahasa Indonesia, "
    "minimal 100 kata, dan jangan pakai emoji sama sekali. Oh iya, masukin kata \"adem\" sama frasa "
    "\"anti kusut\" ya, penting buat pencarian.",
    [
        ("language:response_language", {"language": "id"}, "Pakai bahasa Indonesia"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 100}, "minimal 100 kata"),
        ("format:no_emoji", {}, "jangan pakai emoji sama sekali"),
        ("keywords:existence", {"keywords": ["adem"]}, "masukin kata \"adem\""),
        ("keywords:required_phrase", {"phrase": "anti kusut"}, "frasa \"anti kusut\""),
    ],
    tags=["lang"],
)

# 101020 fanfic writer, OC story with paragraph rule
add(
    "ok fic request for my own story: my OC Wren (a thief) meets the ghost of the guy she robbed last winter. "
    "3 paragraphs w/ a blank line between each, and the third paragraph HAS to start with the word \"Later\". "
    "350 words max. keep it sad but leave a tiny bit of hope at the end",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 3, "first_word": "Later"},
         "3 paragraphs w/ a blank line between each, and the third paragraph HAS to start with the word \"Later\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 351}, "350 words max"),
    ],
    untyped=["keep it sad but leave a tiny bit of hope at the end"],
    tags=["lower"],
)

# 101021 gamer/student, minecraft datapack
add(
    "how do i make a minecraft datapack that gives players speed II when they eat a golden carrot?? pls put all "
    "the code/json in code blocks, atleast 2 since i think theres a function file and an advancement file. and "
    "dont give me any links, school wifi blocks everything lol",
    [
        ("format:code_block", {"relation": AL, "num_blocks": 2}, "pls put all the code/json in code blocks, atleast 2"),
        ("content:no_urls", {}, "dont give me any links"),
    ],
    tags=["lower", "typo"],
)

# 101022 student, personal statement
add(
    "Can you write the intro paragraph of my personal statement for a summer art program? I'm 16, I mostly do "
    "charcoal portraits and I got into art after my grandma passed away. It needs to be between 120 and 150 "
    "words. Also, could you add a P.S. at the end with one tip on how I could make it more personal?",
    [
        ("count:word_count_range", {"min_words": 120, "max_words": 150}, "It needs to be between 120 and 150 words."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "could you add a P.S. at the end"),
    ],
    untyped=["with one tip on how I could make it more personal"],
    tags=["polite"],
)

# 101023 creator, youtube titles
add(
    "give me youtube title ideas for my vlog where i tried living on $10 a day in nyc. Title Case on all of "
    "them, numbered list, at least 8 ideas. keep each under 60 characters so they dont get cut off on mobile",
    [
        ("format:title_case", {}, "Title Case on all of them"),
        ("format:numbered_list", {"relation": AL, "num_items": 8}, "numbered list, at least 8 ideas"),
    ],
    untyped=["keep each under 60 characters"],
    tags=["lower"],
)

# 101024 student, French presentation outline
add(
    "salut, j'ai un exposé sur le réchauffement climatique demain et j'ai rien fait 😭 tu peux me faire un "
    "plan rapide ? en français stp, avec exactement 4 puces, et pas plus de 80 mots en tout. merci t'es le "
    "meilleur",
    [
        ("language:response_language", {"language": "fr"}, "en français stp"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "avec exactement 4 puces"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81}, "pas plus de 80 mots en tout"),
    ],
    tags=["lang", "lower"],
)

# 101025 seller, reply to a pasted review
add(
    "I need to reply to a customer who left a 2 star review on my shop. Here's the review:\n\n"
    "\"Cute mug but it arrived with a chip on the handle and took 3 weeks to get here. Kinda disappointed.\"\n\n"
    "Write a reply I can post publicly. Keep it to 4 sentences or fewer, don't make excuses, and offer a free "
    "replacement. And do NOT put any links in it, the site flags those",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 5}, "Keep it to 4 sentences or fewer"),
        ("content:no_urls", {}, "do NOT put any links in it"),
    ],
    untyped=["don't make excuses", "offer a free replacement"],
    tags=[],
)

# 101026 streamer, Turkish break message
add(
    "Selam! Yayında 5 dakikalık mola vereceğim, chat için bir 'hemen geliyorum' mesajı lazım. Türkçe yaz, "
    "kısa olsun, en fazla 2 cümle. Bir de sonuna \"hemen dönüyorum\" yaz lütfen, mesaj tam olarak böyle bitsin.",
    [
        ("language:response_language", {"language": "tr"}, "Türkçe yaz"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 3}, "en fazla 2 cümle"),
        ("startend:end_checker", {"end_phrase": "hemen dönüyorum"},
         ["sonuna \"hemen dönüyorum\" yaz lütfen", "mesaj tam olarak böyle bitsin"]),
    ],
    untyped=["kısa olsun"],
    tags=["lang", "repeat"],
)

# 101027 fanfic writer, rewrite a pasted paragraph
add(
    "can u help me rewrite this paragraph from my fic so it flows better? keep my voice tho.\n\n"
    "\"She walked into the room. It was dark. She felt scared. Then she saw him by the window and her heart "
    "skipped a beat and she didnt know what to say.\"\n\n"
    "dont use the phrase \"heart skipped a beat\" its so cliche lmao. use at least one em dash bc i like how "
    "they look, and at least one sentence should be longer than 25 words so it's not so choppy. no more than "
    "70 words",
    [
        ("keywords:forbidden_phrase", {"phrase": "heart skipped a beat"}, "dont use the phrase \"heart skipped a beat\""),
        ("punctuation:use_em_dash", {}, "use at least one em dash"),
        ("length:long_sentence", {"max_words": 25}, "at least one sentence should be longer than 25 words"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 71}, "no more than 70 words"),
    ],
    untyped=["keep my voice tho"],
    tags=["lower"],
)

# 101028 student, study guide with sections
add(
    "Make me a study guide for the French Revolution. Split it into 3 sections labeled SECTION 1, SECTION 2 "
    "and SECTION 3 (causes / major events / aftermath). Bold at least 4 key terms with markdown so they pop. "
    "I'm a visual learner so keep it skimmable please!",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "Split it into 3 sections labeled SECTION 1, SECTION 2 and SECTION 3"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 4},
         "Bold at least 4 key terms with markdown"),
    ],
    untyped=["keep it skimmable please"],
    tags=["polite"],
)

# 101029 thrift seller, about-us page
add(
    "write a 150-200 word about us page for my thrift reselling shop (mostly 90s/y2k vintage). dont use the "
    "word \"curated\" AT ALL, literally every shop says that. first person plural (we/our) bc its me and my sister",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "150-200 word"),
        ("keywords:forbidden_words", {"forbidden_words": ["curated"]}, "dont use the word \"curated\" AT ALL"),
    ],
    untyped=["first person plural (we/our)"],
    tags=["lower", "insent", "caps"],
)

# 101030 gamer, one-of-three answer
add(
    "should i buy the elden ring dlc at full price or wait for a sale? i have like 40 hrs left in the base game "
    "and im broke-ish. just answer with one of these: buy now / wait / skip. nothing else, no explanation",
    [
        ("format:options", {"options": "buy now/wait/skip"},
         ["just answer with one of these: buy now / wait / skip", "nothing else, no explanation"]),
    ],
    tags=["lower", "repeat"],
)

# 101031 kpop reaction streamer, welcome message
add(
    "im a kpop reaction streamer and i want a cute welcome message for new followers. mix in a little korean "
    "(actual hangul pls, not romanized) and keep it 2 sentences or less, w/ at least one emoji\n\nps no hashtags",
    [
        ("language:use_script", {"script": "hangul"}, "mix in a little korean (actual hangul pls, not romanized)"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 3}, "keep it 2 sentences or less"),
        ("format:use_emoji", {}, "w/ at least one emoji"),
        ("content:number_hashtags", {"relation": LT, "num_hashtags": 1}, "no hashtags"),
    ],
    tags=["lower", "ps"],
)

# 101032 student, Gatsby discussion question
add(
    "For English class we have to answer discussion questions and my teacher wants us to copy the question out "
    "before answering. So first repeat this question word for word, then answer it: What does the green light "
    "symbolize in The Great Gatsby? My answer should be at least 120 words. Please write it as at least two paragraphs with a blank line in between.",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "What does the green light symbolize in The Great Gatsby?"},
         "first repeat this question word for word, then answer it"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 120}, "My answer should be at least 120 words."),
        ("length:number_paragraphs_blankline", {"relation": AL, "num_paragraphs": 2},
         "Please write it as at least two paragraphs with a blank line in between."),
    ],
    tags=["polite", "words"],
)

# 101033 creator, insta carousel
add(
    "making an insta carousel about budgeting for college students, 6 slides. no bullets, start each slide's "
    "text with SLIDE>> so my canva bulk import can split them. no emojis on the slides i'll add my own "
    "stickers. also dont end on a question, i hate the \"what do u think??\" ending",
    [
        ("format:bullet_points", {"relation": LT, "num_bullets": 1}, "no bullets"),
        ("format:list", {"sep": "SLIDE>>"}, "start each slide's text with SLIDE>>"),
        ("format:no_emoji", {}, "no emojis on the slides"),
        ("content:not_end_with_question", {}, "dont end on a question"),
    ],
    untyped=["6 slides"],
    tags=["lower"],
)

# 101034 candle seller, influencer DM template
add(
    "can u write a template DM i can send to influencers asking if they wanna collab on my candle brand "
    "(Wick & Whim)? i'll reuse it so leave blanks in square brackets like [name] and [platform], at least 3 of "
    "those. put my linktree in there too: https://linktr.ee/wickandwhim. keep it friendly not salesy. cap it at "
    "120 words",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "leave blanks in square brackets like [name] and [platform], at least 3 of those"),
        ("content:include_url", {}, "put my linktree in there too"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "cap it at 120 words"),
    ],
    untyped=["keep it friendly not salesy"],
    tags=["lower"],
)

# 101035 teen, texting a crush
add(
    "help me text my crush back 😭 she said \"lol ur so random\" and idk what to say. give me 3 options as "
    "bullet points, all lowercase so it looks natural. dont make them cringe pls",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "give me 3 options as bullet points"),
        ("change_case:english_lowercase", {}, "all lowercase so it looks natural"),
    ],
    untyped=["dont make them cringe pls"],
    tags=["lower"],
)

# 101036 discord server owner, system-prompt quiz bot
add(
    "You are QuizBot, the trivia host for my Discord server.\n"
    "Always respond in English, even if someone asks in another language.\n"
    "Never use more than 2 emojis per message.\n"
    "Don't use markdown headers, Discord makes them huge.\n\n"
    "Now: give me a 5-question trivia round about Greek mythology with the answers at the bottom.",
    [
        ("language:response_language", {"language": "en"}, "Always respond in English"),
        ("format:number_emojis", {"relation": LT, "num_emojis": 3}, "Never use more than 2 emojis per message."),
        ("format:markdown_headings", {"relation": LT, "num_headings": 1}, "Don't use markdown headers"),
    ],
    untyped=["with the answers at the bottom"],
    tags=["system"],
)

# 101037 fanfic writer, Taglish
add(
    "hi! pa-help naman, i'm writing a fluff fic for my OTP (both OCs lang) yung scene na nag-share sila ng "
    "payong sa ulan. english yung narration pero pwede mag-sprinkle ng konting tagalog sa dialogue. at least "
    "400 words sana, tapos dapat lumabas yung word na \"payong\" at least twice. wag masyadong cheesy ha 😅",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "at least 400 words sana"),
        ("keywords:frequency", {"keyword": "payong", "frequency": 2, "relation": AL},
         "dapat lumabas yung word na \"payong\" at least twice"),
    ],
    untyped=["english yung narration pero pwede mag-sprinkle ng konting tagalog sa dialogue",
             "wag masyadong cheesy ha"],
    tags=["lang", "lower", "words"],
)

# 101038 gamer, SMP patch notes
add(
    "write 6+ bullet points of fake patch notes for my minecraft smp update 2.3 (use - for the bullets): new "
    "end biome, nerfed elytra, fixed the chest dupe glitch, added 3 new music discs. no commas anywhere lol its "
    "an inside joke with my mods",
    [
        ("format:bullet_points", {"relation": AL, "num_bullets": 6}, "6+ bullet points"),
        ("punctuation:no_comma", {}, "no commas anywhere"),
    ],
    tags=["lower", "insent"],
)

# 101039 student, chapter summary with correction
add(
    "Summarize chapter 3 of Of Mice and Men for me, I didn't read it 💀 Less than 200 words. Include the word "
    "\"dream\" at least twice since that's the theme we're studying. Oh and don't wrap the whole thing in "
    "quotation marks like last time, it messed up my Google doc. no wait make it under 150 words, I need to "
    "fit it on one slide\n\nps no bullet points pls",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 150},
         ["Less than 200 words", "no wait make it under 150 words"]),
        ("keywords:frequency", {"keyword": "dream", "frequency": 2, "relation": AL},
         "Include the word \"dream\" at least twice"),
        ("startend:no_quotation", {}, "don't wrap the whole thing in quotation marks"),
        ("format:bullet_points", {"relation": LT, "num_bullets": 1}, "no bullet points"),
    ],
    tags=["words", "ps"],
)

# 101040 creator, tiktok growth caption
add(
    "Write a post for tiktok (the photo carousel kind w/ a long caption) about how I grew from 0 to 10k "
    "followers in 3 months by posting every day. Start with \"Nobody tells you this:\" and include at least 5 "
    "hashtags. oh and the whole caption has to be under 1000 characters or tiktok cuts it",
    [
        ("startend:start_phrase", {"start_phrase": "Nobody tells you this:"}, "Start with \"Nobody tells you this:\""),
        ("content:number_hashtags", {"relation": AL, "num_hashtags": 5}, "include at least 5 hashtags"),
        ("length:number_characters", {"relation": LT, "num_chars": 1000},
         "the whole caption has to be under 1000 characters"),
    ],
    tags=[],
)

# 101041 candle seller, care card
add(
    "Write a care instructions card for my handmade soy candles that goes in every package. It gets printed on "
    "a tiny card, so under 500 characters including spaces. No emojis (my printer can't do them). Start with "
    "\"Thank you for supporting a tiny business\" please.",
    [
        ("length:number_characters", {"relation": LT, "num_chars": 500}, "under 500 characters including spaces"),
        ("format:no_emoji", {}, "No emojis"),
        ("startend:start_phrase", {"start_phrase": "Thank you for supporting a tiny business"},
         "Start with \"Thank you for supporting a tiny business\""),
    ],
    tags=["polite"],
)

# 101042 streamer, youtube bio
add(
    "write a short bio for my youtube channel (minecraft builds + chill lofi streams). the second sentence has "
    "to mention \"lofi\", and dont repeat any word more than twice, my last bio was sooo repetitive. somewhere "
    "between 30 and 60 words",
    [
        ("sentence:keyword", {"word": "lofi", "N": 2}, "the second sentence has to mention \"lofi\""),
        ("words:repeats", {"small_n": 2}, "dont repeat any word more than twice"),
        ("count:word_count_range", {"min_words": 30, "max_words": 60}, "between 30 and 60 words"),
    ],
    tags=["lower", "words", "typo"],
)

# 101043 student, ESL vocabulary paragraph
add(
    "my ESL teacher wants a \"describe your dream house\" paragraph that shows off our vocabulary. use at least "
    "80 different words (no repeating the same basic ones over and over) and keep every sentence at 15 words "
    "max so it's easy to read out loud. write it like a teenager wrote it not a professor",
    [
        ("count:unique_word_count", {"N": 80}, "use at least 80 different words"),
        ("length:max_words_per_sentence", {"max_words": 15}, "keep every sentence at 15 words max"),
    ],
    untyped=["write it like a teenager wrote it not a professor"],
    tags=["lower"],
)

# 101044 gamer, discord bot loot JSON
add(
    "for my discord bot i need a random loot drop. respond with just a JSON object, keys: item_name, rarity, "
    "damage, flavor_text. rarity should be one of common/rare/epic/legendary. nothing outside the json",
    [
        ("detectable_format:json_format", {}, ["respond with just a JSON object", "nothing outside the json"]),
        ("format:json_keys", {"keys": ["item_name", "rarity", "damage", "flavor_text"]},
         "keys: item_name, rarity, damage, flavor_text"),
    ],
    untyped=["rarity should be one of common/rare/epic/legendary"],
    tags=["lower", "repeat"],
)

# 101045 fanfic writer, drabble
add(
    "need an exactly 100 word drabble for a fic exchange (yes i will count lol). prompt is frost: a snow "
    "spirit falls for a lighthouse keeper. no dialogue at all. and start it with a verb, my beta says that's "
    "punchier",
    [
        ("count:word_count_range", {"min_words": 100, "max_words": 100}, "exactly 100 word"),
        ("words:start_verb", {}, "start it with a verb"),
    ],
    untyped=["no dialogue at all"],
    tags=["lower", "insent"],
)

# 101046 creator, de-AI a pasted caption
add(
    "Rewrite my caption so it sounds less like ChatGPT wrote it (ironic I know). Here it is:\n\n"
    "\"In today's fast-paced world, self-care is more important than ever — and that's why I'm so excited to "
    "share my new morning routine with you all!\"\n\n"
    "Rules: no em dashes. don't say \"fast-paced world\". lowercase only. 40 words or less.",
    [
        ("punctuation:no_em_dash", {}, "no em dashes"),
        ("keywords:forbidden_phrase", {"phrase": "fast-paced world"}, "don't say \"fast-paced world\""),
        ("change_case:english_lowercase", {}, "lowercase only"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 41}, "40 words or less"),
    ],
    tags=["list"],
)

# 101047 depop seller, pasted buyer message
add(
    "customer msg i got on depop:\n\n"
    "buyer: hiii is this still available?? would u do $25 instead of $35? also does it have any stains\n\n"
    "can u write my reply, i'll go down to $30 but no lower, and no stains. keep it casual, three sentences or "
    "fewer. end it w/ a question so they actually reply",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 4}, "three sentences or fewer"),
        ("content:end_with_question", {}, "end it w/ a question"),
    ],
    untyped=["i'll go down to $30 but no lower", "keep it casual"],
    tags=["lower", "words"],
)

# 101048 student, lipogram-ish writing challenge
add(
    "creative writing class challenge thing: write a short scene about a summer road trip where the letter "
    "\"e\" shows up fewer than 15 times total. it's hard i know. at least 50 words tho or it doesnt count",
    [
        ("keywords:letter_frequency", {"letter": "e", "let_frequency": 15, "let_relation": LT},
         "the letter \"e\" shows up fewer than 15 times total"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 50}, "at least 50 words"),
    ],
    tags=["lower"],
)

# 101049 streamer, chat rules with correction
add(
    "write rules for my twitch chat, numbered, like 5 rules minimum. dont go crazy with caps, max 2 words in "
    "ALL CAPS, it reads like yelling. no exclamation points either, same reason. actually make it at least 6 "
    "rules, i forgot about the spoilers one",
    [
        ("format:numbered_list", {"relation": AL, "num_items": 6},
         ["numbered, like 5 rules minimum", "actually make it at least 6 rules"]),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "max 2 words in ALL CAPS"),
        ("punctuation:no_exclamation", {}, "no exclamation points either"),
    ],
    untyped=["i forgot about the spoilers one"],
    tags=["lower"],
)

# 101050 fanfic writer, AO3 one-shot
add(
    "i post on ao3 and want a one-shot about two rival bakers in a tiny town (enemies to lovers obv). give it a "
    "title in double angle brackets like <<this>> so i can copy it. 600+ words. no bold or italics at all, "
    "ao3's html gets weird w/ markdown",
    [
        ("detectable_format:title", {}, "give it a title in double angle brackets like <<this>>"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 600}, "600+ words"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "no bold or italics at all"),
    ],
    tags=["lower"],
)

# 101051 creator, gym quote caption
add(
    "I need a motivational quote-style caption for my gym insta. Include at least one of these words: grind, "
    "discipline, consistency. Twenty-five words or fewer, at least 2 emojis 💪, and wrap the entire thing in "
    "double quotation marks so it looks like a real quote.",
    [
        ("keywords:include_any", {"forbidden_words": ["grind", "discipline", "consistency"]},
         "Include at least one of these words: grind, discipline, consistency."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 26}, "Twenty-five words or fewer"),
        ("format:number_emojis", {"relation": AL, "num_emojis": 2}, "at least 2 emojis"),
        ("startend:quotation", {}, "wrap the entire thing in double quotation marks"),
    ],
    tags=["words"],
)

# 101052 gamer, NPC shopkeeper roleplay
add(
    "ur a sarcastic NPC shopkeeper in my tabletop game. stay in character no matter what and dont break the "
    "fourth wall. never start a reply with \"Ah,\" (every AI npc does that lmao). at most 2 lines per reply.\n\n"
    "player: got any health potions? i only have 3 gold",
    [
        ("startend:not_start_phrase", {"start_phrase": "Ah,"}, "never start a reply with \"Ah,\""),
        ("length:number_lines", {"relation": LT, "num_lines": 3}, "at most 2 lines per reply"),
    ],
    untyped=["stay in character no matter what", "dont break the fourth wall"],
    tags=["system", "lower"],
)

# 101053 art shop seller, newsletter
add(
    "Hi! Could you write a newsletter blurb for my small art shop's subscribers announcing our spring sale? 20% "
    "off everything with code BLOOM20, ends Sunday. At least 3 paragraphs with blank lines between them. Please "
    "don't end with \"Happy shopping!\" — I've used it like fifty times. Also no P.S. this time, I always tack "
    "one on and it's getting old.",
    [
        ("length:number_paragraphs_blankline", {"relation": AL, "num_paragraphs": 3},
         "At least 3 paragraphs with blank lines between them."),
        ("startend:not_end_checker", {"end_phrase": "Happy shopping!"}, "Please don't end with \"Happy shopping!\""),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. this time"),
    ],
    tags=["polite"],
)

# 101054 cosplayer/student, con packing list
add(
    "Make a packing list for a 3-day anime con, I'm cosplaying a knight so there's armor pieces + a foam sword. "
    "Main categories as * bullets, and every category needs sub-bullets with - under it. no intro or outro just "
    "the list. 150 words tops",
    [
        ("format:sub-bullets", {}, "Main categories as * bullets, and every category needs sub-bullets with - under it."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "150 words tops"),
    ],
    untyped=["no intro or outro just the list"],
    tags=[],
)

# 101055 student, Mandarin tones
add(
    "can you explain the four tones in mandarin with an example word for each? use pinyin only, NO chinese "
    "characters, my school laptop shows them as boxes. format it w/ markdown so it's easy to skim. and don't "
    "repeat my question back to me at the start, just answer",
    [
        ("language:no_script", {"script": "han"}, ["use pinyin only", "NO chinese characters"]),
        ("format:use_markdown", {}, "format it w/ markdown"),
        ("combination:not_repeat_prompt",
         {"prompt_to_repeat": "can you explain the four tones in mandarin with an example word for each?"},
         "don't repeat my question back to me at the start"),
    ],
    tags=["lower", "repeat", "caps"],
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
        key = KEY_BASE + 1 + i
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
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
