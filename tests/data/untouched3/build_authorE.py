"""Hand-written held-out prompts (authorE) for rpo's decomposition; writes data.jsonl and stats.

Persona: students, job seekers, content creators / social-media managers, and non-native English
speakers (some prompts in Spanish, French, German, Italian, Portuguese or Chinese, some asking for
an answer in another language).

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
KEY_BASE = 51001  # key base 51000: keys 51001, 51002, ...
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 job seeker, cover letter
add(
    "hi! i'm applying for a marketing assistant internship at a small skincare brand and i need "
    "a cover letter. keep it below 300 words pls, and leave out the word \"passionate\" (every "
    "cover letter says it). Leave [Hiring Manager Name] and [Company Address] as placeholders in "
    "square brackets so I can fill them in later.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 300}, "keep it below 300 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["passionate"]}, "leave out the word \"passionate\""),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Leave [Hiring Manager Name] and [Company Address] as placeholders in square brackets"),
    ],
    tags=["typo"],
)
# 2 student, essay
add(
    "Write me an argumentative essay on whether homework should be banned in primary schools. "
    "5 paragraphs, seperated with *** between them, and atleast 400 words total. Give it a title "
    "in double angle brackets, like <<Title Here>>.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5}, "5 paragraphs, seperated with *** between them"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "atleast 400 words total"),
        ("detectable_format:title", {}, "Give it a title in double angle brackets, like <<Title Here>>."),
    ],
    tags=["typo"],
)
# 3 social-media manager, Instagram caption
add(
    "Need 1 Instagram caption for our café's new pistachio latte launch!! rules: max 3 hashtags, "
    "at least one emoji, finish with a question so ppl comment. Under 50 words. Tone: cozy, not salesy.",
    [
        ("content:number_hashtags", {"num_hashtags": 4, "relation": LT}, "max 3 hashtags"),
        ("format:use_emoji", {}, "at least one emoji"),
        ("content:end_with_question", {}, "finish with a question so ppl comment"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "Under 50 words."),
    ],
    ["Tone: cozy, not salesy."],
    tags=["list", "typo"],
)
# 4 Spanish, CV summary in English
add(
    "Hola, necesito ayuda con mi CV. Soy ingeniero civil con 4 años de experiencia en Perú y "
    "quiero postular a empleos en Canadá. ¿Me puedes escribir un resumen profesional para el "
    "inicio del CV? Respóndeme en inglés porque el CV es en inglés, y que no pase de 80 palabras. "
    "No uses la palabra \"hardworking\" y tampoco guiones largos (—).",
    [
        ("language:response_language", {"language": "en"}, "Respóndeme en inglés"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81}, "que no pase de 80 palabras"),
        ("keywords:forbidden_words", {"forbidden_words": ["hardworking"]}, "No uses la palabra \"hardworking\""),
        ("punctuation:no_em_dash", {}, "tampoco guiones largos (—)"),
    ],
    tags=["lang"],
)
# 5 content creator, system-style YouTube script
add(
    "You are a script writer for my YouTube channel about budget travel. Always open with the "
    "line \"Hey hey, it's Marco on a budget.\" Never mention sponsors. Keep intros between 120 "
    "and 150 words. Write the intro for a video about spending 3 days in Lisbon on 60 euros.",
    [
        ("startend:start_phrase", {"start_phrase": "Hey hey, it's Marco on a budget."},
         "Always open with the line \"Hey hey, it's Marco on a budget.\""),
        ("count:word_count_range", {"min_words": 120, "max_words": 150}, "Keep intros between 120 and 150 words."),
    ],
    ["Never mention sponsors."],
    tags=["system"],
)
# 6 student, caps
add(
    "explain the krebs cycle for my bio exam tomorrow. USE EXACTLY 6 BULLET POINTS. NO INTRO NO "
    "OUTRO. NO EMOJIS. and please keep it simple, im not a science person. 6 bullets, not 5, not 7",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, ["USE EXACTLY 6 BULLET POINTS.", "6 bullets, not 5, not 7"]),
        ("format:no_emoji", {}, "NO EMOJIS."),
    ],
    ["NO INTRO NO OUTRO.", "please keep it simple"],
    tags=["caps", "typo", "repeat"],
)
# 7 job seeker, LinkedIn post
add(
    "Write a LinkedIn post announcing I just got my first job as a junior UX designer at a "
    "startup called Pixelhaus. Don't use any em dashes (people think they look AI-written), zero "
    "hashtags, and keep it to 4 sentences or fewer. Mention my bootcamp, DesignLab, exactly once.",
    [
        ("punctuation:no_em_dash", {}, "Don't use any em dashes"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "zero hashtags"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "keep it to 4 sentences or fewer"),
    ],
    ["Mention my bootcamp, DesignLab, exactly once."],
    tags=["words"],
)
# 8 French, student outline
add(
    "Bonjour ! Je prépare un exposé sur le changement climatique pour mon cours de géographie. "
    "Peux-tu me faire un plan détaillé ? Réponds en français, avec au moins 3 titres Markdown (#), "
    "sans aucun emoji, et ajoute au moins un lien vers une source fiable s'il te plaît.",
    [
        ("language:response_language", {"language": "fr"}, "Réponds en français"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "avec au moins 3 titres Markdown (#)"),
        ("format:no_emoji", {}, "sans aucun emoji"),
        ("content:include_url", {}, "ajoute au moins un lien vers une source fiable"),
    ],
    tags=["lang", "polite"],
)
# 9 social-media manager, tweet
add(
    "Draft a tweet for our gym announcing we're open 24/7 starting Monday. It HAS to fit in 280 "
    "characters, include a couple hashtags (2 minimum), and NO links. 280 chars max or it won't post!",
    [
        ("length:number_characters", {"num_chars": 281, "relation": LT}, ["It HAS to fit in 280 characters", "280 chars max"]),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "include a couple hashtags (2 minimum)"),
        ("content:no_urls", {}, "NO links"),
    ],
    tags=["caps", "repeat"],
)
# 10 German, interview answer
add(
    "Kannst du mir helfen, eine kurze Antwort auf die Interviewfrage „Was ist Ihre größte "
    "Schwäche?“ zu formulieren? Ich bewerbe mich als Buchhalterin in Hamburg. Bitte auf Deutsch, "
    "höchstens 100 Wörter und ohne Aufzählungspunkte. Ehrlich klingen, nicht auswendig gelernt.",
    [
        ("language:response_language", {"language": "de"}, "Bitte auf Deutsch"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "höchstens 100 Wörter"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "ohne Aufzählungspunkte"),
    ],
    ["Ehrlich klingen, nicht auswendig gelernt."],
    tags=["lang"],
)
# 11 student, lowercase poem
add(
    "can u write a short poem about procrastinating on my thesis. make the whole thing lowercase, "
    "no capitals at all, and make sure the word \"tomorrow\" shows up at least 3 times",
    [
        ("change_case:english_lowercase", {}, ["make the whole thing lowercase", "no capitals at all"]),
        ("keywords:frequency", {"keyword": "tomorrow", "frequency": 3, "relation": AL},
         "make sure the word \"tomorrow\" shows up at least 3 times"),
    ],
    tags=["lower", "repeat", "typo"],
)
# 12 social-media manager, JSON
add(
    "I manage socials for a small bakery. Give me one post idea for Friday as a JSON object with "
    "the keys \"platform\", \"caption\", \"hashtags\" and \"post_time\". Only the JSON please, no "
    "explanation before or after it.",
    [
        ("detectable_format:json_format", {}, "Only the JSON please, no explanation before or after it."),
        ("format:json_keys", {"keys": ["platform", "caption", "hashtags", "post_time"]},
         "as a JSON object with the keys \"platform\", \"caption\", \"hashtags\" and \"post_time\""),
    ],
    tags=["insent", "polite"],
)
# 13 content creator, two hooks
add(
    "Give me two totally different hooks for a TikTok about learning Japanese in 6 months, "
    "separated by six asterisks (******). Each hook should be a single sentence. no exclamation "
    "points, they feel cringe",
    [
        ("combination:two_responses", {},
         "Give me two totally different hooks for a TikTok about learning Japanese in 6 months, "
         "separated by six asterisks (******)."),
        ("punctuation:no_exclamation", {}, "no exclamation points"),
    ],
    ["Each hook should be a single sentence."],
    tags=["insent", "words"],
)
# 14 Italian, email in English
add(
    "Ciao! Sto cercando lavoro come cameriere a Londra ma il mio inglese non è perfetto. Puoi "
    "scrivermi una breve email per chiedere se hanno posizioni aperte? Scrivila in inglese, con "
    "meno di 120 parole, senza punti esclamativi, e termina con la frase esatta \"Thank you for your time.\" "
    "Grazie mille!",
    [
        ("language:response_language", {"language": "en"}, "Scrivila in inglese"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "con meno di 120 parole"),
        ("punctuation:no_exclamation", {}, "senza punti esclamativi"),
        ("startend:end_checker", {"end_phrase": "Thank you for your time."},
         "termina con la frase esatta \"Thank you for your time.\""),
    ],
    tags=["lang"],
)
# 15 student, study guide in parts
add(
    "I'm making a study guide for my Intro to Psychology midterm. Split it into 4 parts, each "
    "starting with \"Part 1\", \"Part 2\" and so on. Cover memory, learning, development and "
    "disorders. Highlight at least 5 key terms with markdown, like *this*.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 4},
         "Split it into 4 parts, each starting with \"Part 1\", \"Part 2\" and so on."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 5},
         "Highlight at least 5 key terms with markdown, like *this*."),
    ],
    ["Cover memory, learning, development and disorders."],
)
# 16 non-native learner, repeat the question
add(
    "Before you answer, copy my question word for word, then answer it. My question: What is the "
    "difference between \"since\" and \"for\" when talking about time? Give 3 example sentences for "
    "each, and plain text only please, no markdown.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What is the difference between \"since\" and \"for\" when talking about time?"},
         "Before you answer, copy my question word for word, then answer it."),
        ("format:no_markdown", {}, "plain text only please, no markdown"),
    ],
    ["Give 3 example sentences for each"],
    tags=["polite"],
)
# 17 social-media manager, all caps promo
add(
    "Write a super short hype post for our Black Friday sale (40% off everything, Friday only). "
    "Entire post in CAPITAL LETTERS, English only, under twenty-five words. no more than 4 emojis",
    [
        ("change_case:english_capital", {}, "Entire post in CAPITAL LETTERS, English only"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 25}, "under twenty-five words"),
        ("format:number_emojis", {"num_emojis": 5, "relation": LT}, "no more than 4 emojis"),
    ],
    tags=["words"],
)
# 18 Portuguese, law student
add(
    "Oi! Sou estudante de Direito no Brasil e preciso de um resumo sobre o que é habeas corpus "
    "para uma prova. Responda em português, em no máximo 5 frases, e sem usar vírgulas (meu "
    "professor odeia vírgulas kkk). Texto simples, nada de markdown.",
    [
        ("language:response_language", {"language": "pt"}, "Responda em português"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "em no máximo 5 frases"),
        ("punctuation:no_comma", {}, "sem usar vírgulas"),
        ("format:no_markdown", {}, "Texto simples, nada de markdown."),
    ],
    tags=["lang"],
)
# 19 job seeker, thank-you email
add(
    "Can you write a follow-up thank-you email after my interview at Deloitte yesterday? It'd be "
    "great if it started with \"Dear Ms. Okafor,\" and ended with the exact sign-off \"Best regards, "
    "Tunde\". Three paragraphs or fewer would be ideal, with blank lines between them.",
    [
        ("startend:start_phrase", {"start_phrase": "Dear Ms. Okafor,"}, "It'd be great if it started with \"Dear Ms. Okafor,\""),
        ("startend:end_checker", {"end_phrase": "Best regards, Tunde"}, "ended with the exact sign-off \"Best regards, Tunde\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": LT},
         "Three paragraphs or fewer would be ideal, with blank lines between them."),
    ],
    tags=["polite", "words"],
)
# 20 Chinese, Xiaohongshu copy
add(
    "请帮我写一段小红书风格的产品推荐文案，推荐一款平价保湿面霜。要求：用中文回答；至少使用3个表情符号；"
    "加上至少两个话题标签（#）；不要包含任何链接。",
    [
        ("language:response_language", {"language": "zh"}, "用中文回答"),
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "至少使用3个表情符号"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "加上至少两个话题标签（#）"),
        ("content:no_urls", {}, "不要包含任何链接"),
    ],
    tags=["lang", "list"],
)
# 21 student, lab abstract
add(
    "Write an abstract for my chemistry lab report on the titration of vinegar with NaOH. It "
    "should be 150-200 words, written in the passive voice, and must include the words "
    "\"endpoint\" and \"molarity\". It's an abstract so obviously no bullet points.",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "It should be 150-200 words"),
        ("keywords:existence", {"keywords": ["endpoint", "molarity"]}, "must include the words \"endpoint\" and \"molarity\""),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
    ["written in the passive voice"],
)
# 22 content creator, blog intro; constraint in a P.S.
add(
    "Write a blog post intro about why I quit my corporate job to become a full-time food "
    "blogger. Exactly 3 paragraphs with a blank line between them, and the second paragraph must "
    "begin with the word \"Honestly\".\n\nP.S. no em dashes, my readers can always tell lol",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Honestly"},
         "Exactly 3 paragraphs with a blank line between them, and the second paragraph must begin "
         "with the word \"Honestly\"."),
        ("punctuation:no_em_dash", {}, "no em dashes"),
    ],
    tags=["ps"],
)
# 23 job seeker, yes/no/maybe
add(
    "Quick question: is it okay to put my high school GPA on my resume if I graduated college 2 "
    "years ago? Answer with one of these: \"My answer is yes.\", \"My answer is no.\", or \"My "
    "answer is maybe.\" and nothing else.",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of these: \"My answer is yes.\", \"My answer is no.\", or \"My answer is maybe.\" and nothing else."),
    ],
)
# 24 social-media manager, system style review reply
add(
    "You are the voice of \"Sunny Side\", a vegan brunch spot in Austin. Always write in plain "
    "text with no markdown (our scheduling tool shows the asterisks). Never use more than 2 "
    "emojis. Be apologetic but not groveling.\n\nReply to this customer review: \"Waited 40 "
    "minutes for a table and the pancakes were cold. Disappointed.\"",
    [
        ("format:no_markdown", {}, "Always write in plain text with no markdown"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "Never use more than 2 emojis."),
    ],
    ["Be apologetic but not groveling."],
    tags=["system"],
)
# 25 student, tongue twister
add(
    "For my English class we have a tongue twister challenge. Write a tongue twister about a "
    "zebra at the zoo where the letter z appears at least 12 times. Keep each sentence to 12 "
    "words max. Give it a title wrapped in <<double angular brackets>>.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 12, "let_relation": AL},
         "the letter z appears at least 12 times"),
        ("length:max_words_per_sentence", {"max_words": 12}, "Keep each sentence to 12 words max."),
        ("detectable_format:title", {}, "Give it a title wrapped in <<double angular brackets>>."),
    ],
    tags=["insent"],
)
# 26 content creator, newsletter with P.S.
add(
    "write my weekly newsletter intro for my plant shop subscribers (this week: repotting tips + "
    "15% off terracotta pots). two paragraphs max, and at the end add a P.S. reminding them the "
    "discount ends sunday",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT}, "two paragraphs max"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "at the end add a P.S."),
    ],
    ["reminding them the discount ends sunday"],
    tags=["words"],
)
# 27 non-native student, no commas
add(
    "My teacher says I overuse commas so I want to practise. Write a story about a lost dog "
    "finding its way home (100 words minimum), and don't use a single comma in the whole thing.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 100}, "100 words minimum"),
        ("punctuation:no_comma", {}, "don't use a single comma in the whole thing"),
    ],
    tags=["insent"],
)
# 28 non-native learner, grammar correction
add(
    "Please correct the grammar in my paragraph and explain what I did wrong. Use a numbered "
    "list for the explanations, at least 4 items. Keep your whole answer shorter than 180 words. "
    "Don't change what I mean.\n\n\"Yesterday I have went to the library for study english and I "
    "was meet my friend which is also student there. We was talking during two hours about our "
    "plans for to travel in summer.\"",
    [
        ("format:numbered_list", {"num_items": 4, "relation": AL}, "Use a numbered list for the explanations, at least 4 items."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 180}, "Keep your whole answer shorter than 180 words."),
    ],
    ["Don't change what I mean."],
    tags=["polite"],
)
# 29 job seeker, salary, all lowercase
add(
    "how do i politely ask for a higher salary after getting an offer? keep every sentence short, "
    "15 words max per sentence, and give me the answer as exactly 3 bullet points",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "15 words max per sentence"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "give me the answer as exactly 3 bullet points"),
    ],
    tags=["lower"],
)
# 30 social-media manager, meet the team
add(
    "Write a fun \"meet the team\" post introducing our new barista Lena for our coffee shop's "
    "Facebook page. End every sentence with an emoji, and sneak the phrase \"oat milk wizard\" in "
    "somewhere. Max 60 words.",
    [
        ("format:emoji", {}, "End every sentence with an emoji"),
        ("keywords:required_phrase", {"phrase": "oat milk wizard"}, "sneak the phrase \"oat milk wizard\" in somewhere"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "Max 60 words."),
    ],
)
# 31 non-native learner, vocabulary text
add(
    "Im learning english and want to improve my vocabulary. Write a short text about a rainy day "
    "in a big city using at least 80 different words, and dont repeat any word more then twice. "
    "Write it in present tense please.",
    [
        ("count:unique_word_count", {"N": 80}, "using at least 80 different words"),
        ("words:repeats", {"small_n": 2}, "dont repeat any word more then twice"),
    ],
    ["Write it in present tense please."],
    tags=["insent", "typo", "words"],
)
# 32 content creator, YouTube titles
add(
    "Give me a numbered list of at least 8 YouTube video title ideas for a channel about studying "
    "medicine in Germany as an international student. Write everything in Title Case and don't use "
    "the words \"shocking\" or \"insane\".",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "a numbered list of at least 8 YouTube video title ideas"),
        ("format:title_case", {}, "Write everything in Title Case"),
        ("keywords:forbidden_words", {"forbidden_words": ["shocking", "insane"]}, "don't use the words \"shocking\" or \"insane\""),
    ],
    tags=["insent"],
)
# 33 French, bookshop Instagram post
add(
    "Je suis community manager pour une librairie indépendante à Lyon. Rédige une publication "
    "Instagram pour annoncer une rencontre avec une autrice le samedi 14 juin. La publication doit "
    "être en français, contenir 2 emojis maximum et se terminer par « On vous attend ! ».",
    [
        ("language:response_language", {"language": "fr"}, "La publication doit être en français"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "contenir 2 emojis maximum"),
        ("startend:end_checker", {"end_phrase": "On vous attend !"}, "se terminer par « On vous attend ! »"),
    ],
    tags=["lang"],
)
# 34 student, history intro
add(
    "Write a thesis statement and a short intro paragraph for my history essay on the causes of "
    "World War I. The very first sentence has to contain the word \"nationalism\". Keep the whole "
    "response under 6 sentences, and please don't finish on a rhetorical question.",
    [
        ("sentence:keyword", {"word": "nationalism", "N": 1}, "The very first sentence has to contain the word \"nationalism\"."),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "Keep the whole response under 6 sentences"),
        ("content:not_end_with_question", {}, "don't finish on a rhetorical question"),
    ],
)
# 35 job seeker, resume bullets
add(
    "rewrite my resume bullet points so they sound stronger, start each one with an action verb. "
    "here they are:\n- was responsible for managing the store's instagram account\n- helped with "
    "organizing events for students\n- did data entry for the finance team\n- I talked to customers "
    "and solved their problems\nreturn them as a bulleted list with the same 4 bullets, and don't "
    "use \"I\" or \"my\" at all",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "return them as a bulleted list with the same 4 bullets"),
        ("keywords:forbidden_words", {"forbidden_words": ["I", "my"]}, "don't use \"I\" or \"my\" at all"),
    ],
    ["start each one with an action verb"],
)
# 36 content creator, coding carousel
add(
    "I run a beginner coding Instagram and want a carousel script explaining Python list "
    "comprehensions. Format: one ## heading per slide, at least 5 slides; put each code example in "
    "a fenced code block; no more than 200 words total.",
    [
        ("format:markdown_headings", {"num_headings": 5, "relation": AL}, "one ## heading per slide, at least 5 slides"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put each code example in a fenced code block"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "no more than 200 words total"),
    ],
    tags=["list"],
)
# 37 Spanish, TikTok strategy
add(
    "Soy community manager de una marca de ropa deportiva. Necesito una estrategia de contenido "
    "para TikTok para el próximo mes. Divide la respuesta en 4 secciones marcadas como SEMANA 1, "
    "SEMANA 2, SEMANA 3 y SEMANA 4. Todo en español, por favor, y usa al menos 250 palabras.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SEMANA", "num_sections": 4},
         "Divide la respuesta en 4 secciones marcadas como SEMANA 1, SEMANA 2, SEMANA 3 y SEMANA 4."),
        ("language:response_language", {"language": "es"}, "Todo en español"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 250}, "usa al menos 250 palabras"),
    ],
    tags=["lang", "polite"],
)
# 38 content creator, fitness caption with caps words
add(
    "Write a motivational caption for my fitness page about not skipping leg day. Use a few ALL "
    "CAPS words for emphasis (at least 3 of them) but don't write the whole thing in caps. keep it "
    "short, 40 words tops",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": AL},
         "Use a few ALL CAPS words for emphasis (at least 3 of them)"),
        ("change_case:not_english_capital", {}, "don't write the whole thing in caps"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 41}, "40 words tops"),
    ],
)
# 39 student, campaign motto
add(
    "I need a one-line motto for our student council campaign poster (I'm running for treasurer). "
    "Wrap the whole response in double quotes. Under 60 characters please, it needs to fit on the "
    "poster. No explanation, just the motto.",
    [
        ("startend:quotation", {}, "Wrap the whole response in double quotes."),
        ("length:number_characters", {"num_chars": 60, "relation": LT}, "Under 60 characters please"),
    ],
    ["No explanation, just the motto."],
)
# 40 non-native speaker, answer in Portuguese
add(
    "Can you explain what 'burnout' means and give 3 tips to avoid it? Please answer in Portuguese "
    "because I'm sending it to my mom, don't use any English words. No bullet points, maximum 150 words.",
    [
        ("language:response_language", {"language": "pt"}, ["Please answer in Portuguese", "don't use any English words"]),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "No bullet points"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "maximum 150 words"),
    ],
    tags=["repeat", "polite"],
)
# 41 job seeker, LinkedIn headline
add(
    "I need a LinkedIn headline. I'm a recent computer science grad looking for backend developer "
    "roles. Make sure it mentions Go and PostgreSQL. LinkedIn caps headlines at 220 characters so "
    "keep it within that. Give me just one, no alternatives.",
    [
        ("keywords:existence", {"keywords": ["Go", "PostgreSQL"]}, "Make sure it mentions Go and PostgreSQL."),
        ("length:number_characters", {"num_chars": 221, "relation": LT},
         "LinkedIn caps headlines at 220 characters so keep it within that."),
    ],
    ["Give me just one, no alternatives."],
)
# 42 content creator, Etsy description
add(
    "Write a product description for a handmade ceramic mug I'm selling on Etsy (speckled white "
    "glaze, holds 350 ml, dishwasher safe). Don't bold more than two phrases, include the keyword "
    "\"handmade\" at least twice for SEO, and finish with a short call to action. Etsy cuts off the "
    "preview, so the whole thing should be shorter than 700 characters.",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 3}, "Don't bold more than two phrases"),
        ("keywords:frequency", {"keyword": "handmade", "frequency": 2, "relation": AL},
         "include the keyword \"handmade\" at least twice for SEO"),
        ("length:number_characters", {"num_chars": 700, "relation": LT},
         "the whole thing should be shorter than 700 characters"),
    ],
    ["finish with a short call to action"],
    tags=["words"],
)
# 43 student, French Revolution summary
add(
    "Summarize the French Revolution for my 9th grade class. It must contain exactly 4 numbers "
    "(years count as numbers). Keep it to one paragraph and avoid \"basically\" and \"very\" (my "
    "teacher hates them).",
    [
        ("count:numbers", {"N": 4}, "It must contain exactly 4 numbers"),
        ("keywords:forbidden_words", {"forbidden_words": ["basically", "very"]}, "avoid \"basically\" and \"very\""),
    ],
    ["Keep it to one paragraph"],
)
# 44 social-media manager, tweet thread, terse
add(
    "Write a 4-tweet thread about how small buisnesses can use Instagram Reels. Number each tweet "
    "like 1/4, 2/4 etc. NO HASHTAGS. NO EMOJI OF ANY KIND. DONT INCLUDE ANY LINKS.",
    [
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "NO HASHTAGS."),
        ("format:no_emoji", {}, "NO EMOJI OF ANY KIND."),
        ("content:no_urls", {}, "DONT INCLUDE ANY LINKS."),
    ],
    ["Number each tweet like 1/4, 2/4 etc."],
    tags=["typo", "caps"],
)
# 45 student, personal statement
add(
    "Help me draft a personal statement for a master's in Public Health in the Netherlands. 4 "
    "paragraphs, and put a line with *** between each paragraph so I can see the breaks. Use the "
    "word \"equity\" at least twice. Plain paragraphs, no headings. Try not to sound cheesy.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "4 paragraphs, and put a line with *** between each paragraph"),
        ("keywords:frequency", {"keyword": "equity", "frequency": 2, "relation": AL}, "Use the word \"equity\" at least twice."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings"),
    ],
    ["Try not to sound cheesy."],
    tags=["words"],
)
# 46 Chinese, IELTS essay in English
add(
    "我是一名准备雅思考试的学生。请用英文写一篇关于“城市生活的利与弊”的小作文，字数在250到300词之间，"
    "不要使用任何中文。最后用一个问句结尾。",
    [
        ("language:response_language", {"language": "en"}, ["请用英文写", "不要使用任何中文"]),
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, "字数在250到300词之间"),
        ("content:end_with_question", {}, "最后用一个问句结尾"),
    ],
    tags=["lang", "repeat", "insent"],
)
# 47 content creator, travel reel caption
add(
    "Write a caption for my travel reel from Bali. Don't start with \"Paradise found\" (everyone "
    "does that) and don't end it with a question, I'm tired of engagement bait. Keep it short, "
    "less than 30 words, and mention Ubud.",
    [
        ("startend:not_start_phrase", {"start_phrase": "Paradise found"}, "Don't start with \"Paradise found\""),
        ("content:not_end_with_question", {}, "don't end it with a question"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 30}, "less than 30 words"),
        ("keywords:existence", {"keywords": ["Ubud"]}, "mention Ubud"),
    ],
)
# 48 student tutor, system style
add(
    "You are StudyBuddy, a tutor for high school students. Rules: always answer in under 100 "
    "words; never give the final answer directly, only hints; no emojis ever; end every reply with "
    "\"Want another hint?\"\n\nStudent: how do I find the derivative of x^2 * sin(x)?",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "always answer in under 100 words"),
        ("format:no_emoji", {}, "no emojis ever"),
        ("startend:end_checker", {"end_phrase": "Want another hint?"}, "end every reply with \"Want another hint?\""),
    ],
    ["never give the final answer directly, only hints"],
    tags=["system", "list"],
)
# 49 social-media manager, checklist with sub-bullets
add(
    "Make me a checklist for launching a brand collab on Instagram. Use bullet points with * and "
    "give every bullet at least one sub-bullet with -. Nothing over 250 words.",
    [
        ("format:sub-bullets", {}, "Use bullet points with * and give every bullet at least one sub-bullet with -."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "Nothing over 250 words."),
    ],
)
# 50 job seeker, cold email
add(
    "Write a short cold email to a recruiter at Spotify asking about data analyst internships. My "
    "name is Aiko Tanaka, I study statistics at UCL. Don't leave any placeholders in square "
    "brackets, fill everything in. Fewer than 120 words, no exclamation marks, and please avoid the "
    "phrase \"I hope this email finds you well\".",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1}, "Don't leave any placeholders in square brackets"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Fewer than 120 words"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
        ("keywords:forbidden_phrase", {"phrase": "I hope this email finds you well"},
         "please avoid the phrase \"I hope this email finds you well\""),
    ],
    tags=["polite"],
)
# 51 German, farewell speech in English
add(
    "Hallo, ich bin Austauschstudent in den USA und muss eine kurze Rede (ca. 2 Minuten) für meine "
    "Abschiedsparty schreiben. Bitte schreib sie auf Englisch, in genau 3 Absätzen, die durch *** "
    "getrennt sind. Das Wort „thank“ soll mindestens viermal vorkommen.",
    [
        ("language:response_language", {"language": "en"}, "Bitte schreib sie auf Englisch"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "in genau 3 Absätzen, die durch *** getrennt sind"),
        ("keywords:frequency", {"keyword": "thank", "frequency": 4, "relation": AL}, "Das Wort „thank“ soll mindestens viermal vorkommen."),
    ],
    ["(ca. 2 Minuten)"],
    tags=["lang", "words"],
)
# 52 student, birthday poem, lowercase
add(
    "write a 4-line poem for my girlfriend's birthday, she loves sunflowers and bad puns. include "
    "at least one sunflower pun, it can't go past 4 lines, and end it with a question (im asking "
    "her to dinner)",
    [
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "it can't go past 4 lines"),
        ("content:end_with_question", {}, "end it with a question"),
    ],
    ["include at least one sunflower pun"],
    tags=["lower", "typo"],
)
# 53 content creator, Twitch promo
add(
    "Write a 3-sentence promo for my Twitch stream tonight (Elden Ring DLC blind run, 8pm CET). "
    "Start with a verb like \"Join\" or \"Watch\". Use at least one of these words: \"chaos\", "
    "\"pain\", \"suffering\". Add an exclamation mark somewhere, it's hype!",
    [
        ("words:start_verb", {}, "Start with a verb like \"Join\" or \"Watch\"."),
        ("keywords:include_any", {"forbidden_words": ["chaos", "pain", "suffering"]},
         "Use at least one of these words: \"chaos\", \"pain\", \"suffering\"."),
        ("punctuation:use_exclamation", {}, "Add an exclamation mark somewhere"),
    ],
    ["3-sentence promo"],
)
# 54 non-native learner, Japanese particles
add(
    "I'm studying Japanese (JLPT N4). Explain the difference between は and が with examples. "
    "Write the explanation in English but the example sentences in real Japanese script, not "
    "romaji. Use fewer than 5 examples, and the whole thing should stay below 200 words.",
    [
        ("language:use_script", {"script": "kana"}, "the example sentences in real Japanese script, not romaji"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "the whole thing should stay below 200 words"),
    ],
    ["Write the explanation in English", "Use fewer than 5 examples"],
)
# 55 social-media manager, Instagram bio
add(
    "Write an Instagram bio for my nail salon 'Glossy by Mei' in Toronto. Instagram only allows "
    "150 characters, so max 150 characters including spaces. Put each part on its own line, at "
    "most 4 lines. Use 2 emojis or more.",
    [
        ("length:number_characters", {"num_chars": 151, "relation": LT}, "max 150 characters including spaces"),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "at most 4 lines"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "Use 2 emojis or more."),
    ],
    ["Put each part on its own line"],
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
