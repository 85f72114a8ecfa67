"""Hand-written dev3 prompts (authorI) for rpo's decomposition; writes data.jsonl and stats.

Persona: terse power users / developers typing fast (fragments, typos, lowercase or ALL CAPS,
abbreviations), people prompting in Spanish, French, German, Portuguese, Italian or Chinese, and
API/system-prompt writers with "Output rules:" lists.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
expected is a string, or a list of strings (first statement first) when a constraint is stated
more than once.
Tags (README counts only): insent, repeat, list, polite, typo, caps, lower, sys (system-prompt /
output-rules style), terse, and the language code for non-English prompts (es fr de pt it zh).
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 63000  # keys 63001, 63002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 63001
add(
    "explain the python GIL in max 80 words. no code blocks, no bullet points. plain text only",
    [
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "max 80 words"),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no code blocks"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
        ("format:no_markdown", {}, "plain text only"),
    ],
    tags=["lower", "terse", "insent"],
)
# 63002
add(
    "NEED A PRODUCT DESCRIPTION FOR A STAINLESS STEEL FRENCH PRESS. 3 BULLETS EXACTLY. "
    "DONT USE THE WORDS PREMIUM OR LUXURY. END WITH 'Brew better.'",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "3 BULLETS EXACTLY"),
        ("keywords:forbidden_words", {"forbidden_words": ["premium", "luxury"]},
         "DONT USE THE WORDS PREMIUM OR LUXURY"),
        ("startend:end_checker", {"end_phrase": "Brew better."}, "END WITH 'Brew better.'"),
    ],
    tags=["caps", "terse"],
)
# 63003
add(
    "You are the support assistant for Lumio, a smart-lighting app.\n\n"
    "Output rules:\n"
    "1. Never include links or URLs.\n"
    "2. Respond in under 120 words.\n"
    "3. Do not use markdown of any kind.\n"
    "4. Close every reply with \"— Lumio Support\"\n"
    "5. Be friendly but never promise refunds.\n\n"
    "User: my bulbs keep dropping off the wifi every night around 2am, what do i do",
    [
        ("content:no_urls", {}, "Never include links or URLs."),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "Respond in under 120 words."),
        ("format:no_markdown", {}, "Do not use markdown of any kind."),
        ("startend:end_checker", {"end_phrase": "— Lumio Support"}, "Close every reply with \"— Lumio Support\""),
    ],
    ["Be friendly but never promise refunds."],
    tags=["sys", "list"],
)
# 63004
add(
    "Escríbeme una descripción para Airbnb de un piso en Valencia cerca de la playa. Máximo 150 "
    "palabras, sin comas y que aparezcan las palabras \"terraza\" y \"luminoso\". Nada de emojis "
    "por favor.",
    [
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "Máximo 150 palabras"),
        ("punctuation:no_comma", {}, "sin comas"),
        ("keywords:existence", {"keywords": ["terraza", "luminoso"]},
         "que aparezcan las palabras \"terraza\" y \"luminoso\""),
        ("format:no_emoji", {}, "Nada de emojis"),
    ],
    tags=["es"],
)
# 63005
add(
    "give regex for ipv4 validation. put it in a ``` block, then explain in <=2 sentences. no headers",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put it in a ``` block"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headers"),
    ],
    ["explain in <=2 sentences"],
    tags=["lower", "terse"],
)
# 63006
add(
    "Rédige un court texte de présentation pour notre boulangerie bio à Lyon. Pas plus de 100 mots, "
    "et surtout n'emploie pas le mot « artisanal » (tout le monde l'utilise). Termine par une "
    "question pour donner envie aux gens de passer.",
    [
        ("length_constraints:number_words", {"num_words": 101, "relation": LT}, "Pas plus de 100 mots"),
        ("keywords:forbidden_words", {"forbidden_words": ["artisanal"]}, "n'emploie pas le mot « artisanal »"),
        ("content:end_with_question", {}, "Termine par une question"),
    ],
    tags=["fr"],
)
# 63007
add(
    "write a cover lettr for jr frontend dev role at a fintech startup. 3 paragrpahs seperated by *** , "
    "mention react and typescript, dont go over 250 words",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragrpahs seperated by ***"),
        ("keywords:existence", {"keywords": ["react", "typescript"]}, "mention react and typescript"),
        ("length_constraints:number_words", {"num_words": 251, "relation": LT}, "dont go over 250 words"),
    ],
    tags=["lower", "typo", "terse"],
)
# 63008
add(
    "Schreib mir eine kurze Zusammenfassung von Kafkas „Die Verwandlung“ für meine 9. Klasse. "
    "Höchstens 5 Sätze, kein Markdown, und bitte auf Deutsch, nicht auf Englisch.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "Höchstens 5 Sätze"),
        ("format:no_markdown", {}, "kein Markdown"),
        ("language:response_language", {"language": "de"}, "bitte auf Deutsch, nicht auf Englisch"),
    ],
    ["für meine 9. Klasse"],
    tags=["de"],
)
# 63009
add(
    "Extract entities from the text below.\n"
    "Output rules:\n"
    "- JSON only, no prose before or after\n"
    "- keys: \"people\", \"orgs\", \"places\" (arrays of strings)\n"
    "- no markdown fences\n\n"
    "Text: Maria Chen left Siemens in 2019 and moved to Lisbon to start a robotics lab with "
    "Tomás Ferreira.",
    [
        ("detectable_format:json_format", {}, "JSON only, no prose before or after"),
        ("format:json_keys", {"keys": ["people", "orgs", "places"]}, "keys: \"people\", \"orgs\", \"places\""),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no markdown fences"),
    ],
    ["(arrays of strings)"],
    tags=["sys", "list"],
)
# 63010
add(
    "WRITE A TWEET ANNOUNCING OUR APP'S NEW DARK MODE. UNDER 280 CHARACTERS. 2 HASHTAGS MIN. "
    "ONE EMOJI MAX.",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "UNDER 280 CHARACTERS"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "2 HASHTAGS MIN"),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "ONE EMOJI MAX"),
    ],
    tags=["caps", "terse"],
)
# 63011
add(
    "请用中文写一段关于量子计算的科普介绍，不超过200字，不要出现任何英文字母，结尾用“你学会了吗？”",
    [
        ("language:response_language", {"language": "zh"}, "请用中文"),
        ("length:number_characters", {"num_chars": 201, "relation": LT}, "不超过200字"),
        ("language:no_script", {"script": "latin"}, "不要出现任何英文字母"),
        ("startend:end_checker", {"end_phrase": "你学会了吗？"}, "结尾用“你学会了吗？”"),
    ],
    tags=["zh"],
)
# 63012
add(
    "summarize this PR desc for the changelog. one line, no period at end. <15 words. pls keep it "
    "under fifteen words i mean it\n\n"
    "PR: Refactors the auth middleware to use async token refresh, fixes race condition when two "
    "tabs refresh simultaneously, and adds retries w/ exponential backoff.",
    [
        ("length_constraints:number_words", {"num_words": 15, "relation": LT},
         ["<15 words", "keep it under fifteen words"]),
    ],
    ["one line", "no period at end"],
    tags=["lower", "terse", "repeat"],
)
# 63013
add(
    "SYSTEM: You are RecipeBot.\n"
    "Output rules:\n"
    "* Always answer in English, even if the user writes in another language.\n"
    "* Numbered steps only, at least 4 steps.\n"
    "* Never use exclamation marks.\n"
    "* Zero emoji.\n\n"
    "USER: como hago arroz con leche?",
    [
        ("language:response_language", {"language": "en"}, "Always answer in English"),
        ("format:numbered_list", {"num_items": 4, "relation": AL}, "Numbered steps only, at least 4 steps."),
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
        ("format:no_emoji", {}, "Zero emoji."),
    ],
    tags=["sys", "list"],
)
# 63014
add(
    "Cria um post de Instagram para a nossa pastelaria em Lisboa sobre os pastéis de nata de "
    "sábado, em português de Portugal. No máximo 60 palavras, pelo menos 3 hashtags e mete emojis, que "
    "fica mais giro.",
    [
        ("length_constraints:number_words", {"num_words": 61, "relation": LT}, "No máximo 60 palavras"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "pelo menos 3 hashtags"),
        ("format:use_emoji", {}, "mete emojis"),
        ("language:response_language", {"language": "pt"}, "em português de Portugal"),
    ],
    tags=["pt"],
)
# 63015
add(
    "whats the diff between docker volumes and bind mounts. answer as exactly 2 sections, label them "
    "SECTION 1 and SECTION 2. emoji-free, no links, dont bring up kubernetes",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 2},
         "answer as exactly 2 sections, label them SECTION 1 and SECTION 2"),
        ("format:no_emoji", {}, "emoji-free"),
        ("content:no_urls", {}, "no links"),
        ("keywords:forbidden_words", {"forbidden_words": ["kubernetes"]}, "dont bring up kubernetes"),
    ],
    tags=["lower", "terse", "typo"],
)
# 63016
add(
    "give me 2 alt versions of this error msg, separate them w/ ****** (six asterisks). each one "
    "<= 12 words. no '!' anywhere\n\n"
    "msg: \"Something went wrong while processing your payment. Please try again later or contact "
    "our support team.\"",
    [
        ("combination:two_responses", {},
         "give me 2 alt versions of this error msg, separate them w/ ****** (six asterisks)"),
        ("punctuation:no_exclamation", {}, "no '!' anywhere"),
    ],
    ["each one <= 12 words"],
    tags=["lower", "terse"],
)
# 63017
add(
    "Scrivimi una mail per disdire l'abbonamento in palestra. Tono cortese ma deciso, non più di 90 "
    "parole, e aggiungi un P.S. dove chiedo la conferma scritta della disdetta.",
    [
        ("length_constraints:number_words", {"num_words": 91, "relation": LT}, "non più di 90 parole"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "aggiungi un P.S."),
    ],
    ["Tono cortese ma deciso", "dove chiedo la conferma scritta della disdetta"],
    tags=["it"],
)
# 63018
add(
    "write a hype speech for my rec league basketball team before the finals. use ALL CAPS for "
    "emphasis on at least 6 words. 4 paragraphs w/ blank lines between, and the 3rd one has to start "
    "with the word Defense",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 6, "capital_relation": AL},
         "use ALL CAPS for emphasis on at least 6 words"),
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Defense"},
         "4 paragraphs w/ blank lines between, and the 3rd one has to start with the word Defense"),
    ],
    tags=["terse"],
)
# 63019
add(
    "is it safe to rm -rf node_modules while npm install is still running in another terminal? "
    "answer yes/no/depends, one word, nothing else",
    [
        ("format:options", {"options": "yes/no/depends"}, "answer yes/no/depends"),
    ],
    tags=["lower", "terse"],
)
# 63020
add(
    "First repeat my question exactly as written, then answer it. Don't add anything before the "
    "repeated question, and keep the answer to no more than 120 words. My question: What are three "
    "ways to reduce cold start latency in AWS Lambda?",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What are three ways to reduce cold start latency in AWS Lambda?"},
         "First repeat my question exactly as written, then answer it."),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT},
         "keep the answer to no more than 120 words"),
    ],
)
# 63021
add(
    "poem about segfaults at 3am. give it a title in double angle brackets like <<title>>. 12 lines "
    "max. lowercase everything. use the word core at least twice",
    [
        ("detectable_format:title", {}, "give it a title in double angle brackets like <<title>>"),
        ("length:number_lines", {"num_lines": 13, "relation": LT}, "12 lines max"),
        ("change_case:english_lowercase", {}, "lowercase everything"),
        ("keywords:frequency", {"keyword": "core", "frequency": 2, "relation": AL},
         "use the word core at least twice"),
    ],
    tags=["lower", "terse"],
)
# 63022
add(
    "Explain the CAP theorem to a PM who has never heard of it. Highlight at least 3 key phrases with "
    "markdown italics (*like this*). Stay between 150 and 200 words. Avoid the words 'trivial' and "
    "'obviously'.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Highlight at least 3 key phrases with markdown italics (*like this*)"),
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "Stay between 150 and 200 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["trivial", "obviously"]},
         "Avoid the words 'trivial' and 'obviously'"),
    ],
    ["to a PM who has never heard of it"],
)
# 63023
add(
    "need a reusable email template for following up after a sales demo. use square-bracket "
    "placeholders like [Name], at least 4 of them. keep it shy of 150 words. no subject line. sign off "
    "with exactly \"Best, [Your Name]\"",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 4},
         "use square-bracket placeholders like [Name], at least 4 of them"),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "keep it shy of 150 words"),
        ("startend:end_checker", {"end_phrase": "Best, [Your Name]"}, "sign off with exactly \"Best, [Your Name]\""),
    ],
    ["no subject line"],
    tags=["lower", "terse"],
)
# 63024
add(
    "Erstelle eine Packliste für eine 3-tägige Hüttenwanderung in den Alpen.\n"
    "Regeln:\n"
    "- mindestens 10 Stichpunkte\n"
    "- keine Einleitung, kein Fazit\n"
    "- keine Emojis\n"
    "- Antwort komplett auf Deutsch",
    [
        ("format:bullet_points", {"num_bullets": 10, "relation": AL}, "mindestens 10 Stichpunkte"),
        ("format:no_emoji", {}, "keine Emojis"),
        ("language:response_language", {"language": "de"}, "Antwort komplett auf Deutsch"),
    ],
    ["keine Einleitung, kein Fazit"],
    tags=["de", "list"],
)
# 63025
add(
    "caption for a photo of my cat sitting in a cardboard box. all lower case pls, no commas at all, "
    "20 words or fewer. no caps anywhere",
    [
        ("change_case:english_lowercase", {}, ["all lower case pls", "no caps anywhere"]),
        ("punctuation:no_comma", {}, "no commas at all"),
        ("length_constraints:number_words", {"num_words": 21, "relation": LT}, "20 words or fewer"),
    ],
    tags=["lower", "terse", "repeat"],
)
# 63026
add(
    "I need the text for a warning sign on our server room door. Entire thing in capital letters, "
    "English only. Keep it to 3 sentences max and no exclamation points, it's a corporate office.",
    [
        ("change_case:english_capital", {}, "Entire thing in capital letters, English only."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Keep it to 3 sentences max"),
        ("punctuation:no_exclamation", {}, "no exclamation points"),
    ],
)
# 63027
add(
    "give me a <=15 word one-liner for my email signature about shipping fast. wrap the whole thing "
    "in double quotes",
    [
        ("startend:quotation", {}, "wrap the whole thing in double quotes"),
        ("length_constraints:number_words", {"num_words": 16, "relation": LT}, "<=15 word"),
    ],
    tags=["lower", "terse", "insent"],
)
# 63028
add(
    "Write a tongue twister about a zebra at the zoo. The letter z should show up at least 8 times. "
    "Four lines, no more.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 8, "let_relation": AL},
         "The letter z should show up at least 8 times."),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "Four lines, no more."),
    ],
)
# 63029
add(
    "draft a linkedin post about our team hitting 1M downloads!! the word grateful needs to appear 2+ "
    "times, keep it sub-120 words, and no hashtags, i hate them. final line has to be \"Onward and upward.\"",
    [
        ("keywords:frequency", {"keyword": "grateful", "frequency": 2, "relation": AL},
         "the word grateful needs to appear 2+ times"),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "keep it sub-120 words"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
        ("startend:end_checker", {"end_phrase": "Onward and upward."}, "final line has to be \"Onward and upward.\""),
    ],
    tags=["lower", "terse"],
)
# 63030
add(
    "Tu es l'assistant d'une mutuelle santé.\n"
    "Règles de sortie :\n"
    "- Réponds toujours en français, jamais en anglais.\n"
    "- 3 phrases au maximum.\n"
    "- Aucun lien.\n"
    "- Ne commence jamais ta réponse par « Bonjour ».\n\n"
    "Question de l'adhérent : est-ce que les lunettes sont remboursées ?",
    [
        ("language:response_language", {"language": "fr"}, "Réponds toujours en français, jamais en anglais."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "3 phrases au maximum."),
        ("content:no_urls", {}, "Aucun lien."),
        ("startend:not_start_phrase", {"start_phrase": "Bonjour"}, "Ne commence jamais ta réponse par « Bonjour »."),
    ],
    tags=["fr", "sys", "list"],
)
# 63031
add(
    "bash one-liner to find the 10 largest files under /var recursively. code block only, no "
    "explanation, no comments in the code",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "code block only"),
    ],
    ["no explanation", "no comments in the code"],
    tags=["lower", "terse"],
)
# 63032
add(
    "Classify the sentiment of this review. Return a JSON object with exactly these keys: sentiment, "
    "confidence, reason. No other keys.\n\n"
    "Review: \"Battery life is great but the screen scratches way too easily.\"",
    [
        ("detectable_format:json_format", {}, "Return a JSON object"),
        ("format:json_keys", {"keys": ["sentiment", "confidence", "reason"]},
         "with exactly these keys: sentiment, confidence, reason"),
    ],
    ["No other keys."],
    tags=["sys"],
)
# 63033
add(
    "Necesito un texto en español para la web de mi clínica dental explicando el blanqueamiento. Que tenga al "
    "menos 3 párrafos separados por una línea en blanco, que no suene a vendedor, y sin signos de "
    "exclamación.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "al menos 3 párrafos separados por una línea en blanco"),
        ("punctuation:no_exclamation", {}, "sin signos de exclamación"),
        ("language:response_language", {"language": "es"}, "Necesito un texto en español"),
    ],
    ["que no suene a vendedor"],
    tags=["es", "insent"],
)
# 63034
add(
    "product blurb for noise-cancelling earbuds, 40-60 words, must include the phrase \"all-day "
    "comfort\", no em dashes",
    [
        ("count:word_count_range", {"min_words": 40, "max_words": 60}, "40-60 words"),
        ("keywords:required_phrase", {"phrase": "all-day comfort"}, "must include the phrase \"all-day comfort\""),
        ("punctuation:no_em_dash", {}, "no em dashes"),
    ],
    tags=["lower", "terse"],
)
# 63035
add(
    "YOU ARE A TERSE CLI HELPER. NEVER USE MARKDOWN. NEVER EXCEED 50 WORDS. NEVER APOLOGIZE. "
    "RESPOND IN LOWERCASE ONLY.\n\n"
    "how do i undo the last git commit but keep the changes",
    [
        ("format:no_markdown", {}, "NEVER USE MARKDOWN."),
        ("length_constraints:number_words", {"num_words": 51, "relation": LT}, "NEVER EXCEED 50 WORDS."),
        ("change_case:english_lowercase", {}, "RESPOND IN LOWERCASE ONLY."),
    ],
    ["NEVER APOLOGIZE."],
    tags=["caps", "sys"],
)
# 63036
add(
    "把下面这段话翻译成英文，输出JSON格式，只包含两个字段：original 和 translation。不要加任何解释。\n\n"
    "这家餐厅的服务很好，但是价格有点贵。",
    [
        ("detectable_format:json_format", {}, "输出JSON格式"),
        ("format:json_keys", {"keys": ["original", "translation"]}, "只包含两个字段：original 和 translation"),
    ],
    ["不要加任何解释"],
    tags=["zh"],
)
# 63037
add(
    "write a short standup update for me (worked on billing webhooks yday, today = tests). start with "
    "\"Yesterday:\" and finish with \"Blockers: none\". max 4 lines. dont bullet it",
    [
        ("startend:start_phrase", {"start_phrase": "Yesterday:"}, "start with \"Yesterday:\""),
        ("startend:end_checker", {"end_phrase": "Blockers: none"}, "finish with \"Blockers: none\""),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "max 4 lines"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "dont bullet it"),
    ],
    tags=["lower", "terse"],
)
# 63038
add(
    "Could you rewrite this paragraph for a plain-language health leaflet? It'd be great if every "
    "sentence were 15 words or shorter. Don't use the word \"utilize\", and keep the whole thing under "
    "100 words.\n\n"
    "Paragraph: Patients who utilize the medication in combination with alcohol may experience an "
    "increased likelihood of adverse effects, including but not limited to dizziness, nausea, and "
    "impaired judgment, and should consult their physician.",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "every sentence were 15 words or shorter"),
        ("keywords:forbidden_words", {"forbidden_words": ["utilize"]}, "Don't use the word \"utilize\""),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT},
         "keep the whole thing under 100 words"),
    ],
    ["for a plain-language health leaflet"],
    tags=["polite"],
)
# 63039
add(
    "Escreva um resumo executivo sobre a expansão da empresa para o Chile. Responda em português, use "
    "exatamente 4 parágrafos separados por ***, e não use a palavra \"sinergia\".",
    [
        ("language:response_language", {"language": "pt"}, "Responda em português"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "use exatamente 4 parágrafos separados por ***"),
        ("keywords:forbidden_words", {"forbidden_words": ["sinergia"]}, "não use a palavra \"sinergia\""),
    ],
    tags=["pt"],
)
# 63040
add(
    "checklist for onboarding a new backend engineer. start straight off with a verb, no intro. "
    "numbered list, 8+ items. highlight at least 2 critical ones w/ *asterisks*. no markdown headings",
    [
        ("words:start_verb", {}, "start straight off with a verb"),
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "numbered list, 8+ items"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "highlight at least 2 critical ones w/ *asterisks*"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no markdown headings"),
    ],
    ["no intro"],
    tags=["lower", "terse"],
)
# 63041
add(
    "gimme the real carbonara recipe (NO cream!!). bullet the ingredients, max 200 words total, and "
    "pls no exclamation marks in ur answer lol. last line: 'buon appetito'",
    [
        ("length_constraints:number_words", {"num_words": 201, "relation": LT}, "max 200 words total"),
        ("punctuation:no_exclamation", {}, "pls no exclamation marks in ur answer"),
        ("startend:end_checker", {"end_phrase": "buon appetito"}, "last line: 'buon appetito'"),
    ],
    ["(NO cream!!)", "bullet the ingredients"],
    tags=["lower", "terse"],
)
# 63042
add(
    "System prompt for a language tutor bot:\n"
    "You are Tía Rosa, a patient Spanish tutor.\n"
    "Output rules:\n"
    "- Reply only in Spanish.\n"
    "- Keep each reply below 60 words.\n"
    "- Always end with a question to keep the student talking.\n"
    "- Do not correct more than one mistake per message.\n"
    "Remember: Spanish only, always.",
    [
        ("language:response_language", {"language": "es"}, ["Reply only in Spanish.", "Spanish only, always."]),
        ("length_constraints:number_words", {"num_words": 60, "relation": LT}, "Keep each reply below 60 words."),
        ("content:end_with_question", {}, "Always end with a question"),
    ],
    ["Do not correct more than one mistake per message."],
    tags=["sys", "list", "repeat"],
)
# 63043
add(
    "explain what a monad is. NOT in english pls, pick any other language, im practicing reading. "
    "sub 200 words but at least 3 sentences",
    [
        ("language:not_response_language", {"language": "en"}, "NOT in english pls"),
        ("length_constraints:number_words", {"num_words": 200, "relation": LT}, "sub 200 words"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": AL}, "at least 3 sentences"),
    ],
    tags=["lower", "terse", "typo"],
)
# 63044
add(
    "translate 'good morning, have a great day' into japanese. kana/kanji only, no romaji or any latin "
    "letters. 2 lines or less",
    [
        ("language:no_script", {"script": "latin"}, "no romaji or any latin letters"),
        ("length:number_lines", {"num_lines": 3, "relation": LT}, "2 lines or less"),
    ],
    ["kana/kanji only"],
    tags=["lower", "terse"],
)
# 63045
add(
    "fun fact about octopuses. the answer must contain exactly 2 numbers, no more no less. "
    "cap it at 30 words & comma-free",
    [
        ("count:numbers", {"N": 2}, "the answer must contain exactly 2 numbers"),
        ("length_constraints:number_words", {"num_words": 31, "relation": LT}, "cap it at 30 words"),
        ("punctuation:no_comma", {}, "comma-free"),
    ],
    tags=["lower", "terse"],
)
# 63046
add(
    "changelog entry for v2.3 (added SSO, fixed CSV export bug, dropped node 16). 3 bullet points. "
    "don't repeat any word more than twice. must mention SSO by name",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "3 bullet points"),
        ("words:repeats", {"small_n": 2}, "don't repeat any word more than twice"),
        ("keywords:existence", {"keywords": ["SSO"]}, "must mention SSO by name"),
    ],
    tags=["lower", "terse"],
)
# 63047
add(
    "Write a short (less than 120 words) horror story opening set in a data center at night. The second "
    "sentence must contain the word \"hum\". No dialogue, and don't go overboard with caps: 2 all-caps "
    "words at most.",
    [
        ("sentence:keyword", {"word": "hum", "N": 2}, "The second sentence must contain the word \"hum\"."),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "less than 120 words"),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "2 all-caps words at most"),
    ],
    ["No dialogue"],
    tags=["insent"],
)
# 63048
add(
    "tagline for a k8s monitoring tool. the word 'pods' has to be the 2nd word of the 1st sentence. "
    "keep it below 12 words total and put the whole tagline in \"double quotes\"",
    [
        ("words:keywords_specific_position", {"keyword": "pods", "n": 1, "m": 2},
         "the word 'pods' has to be the 2nd word of the 1st sentence"),
        ("length_constraints:number_words", {"num_words": 12, "relation": LT}, "keep it below 12 words total"),
        ("startend:quotation", {}, "put the whole tagline in \"double quotes\""),
    ],
    tags=["lower", "terse"],
)
# 63049
add(
    "Du bist ein Bewertungs-Assistent für Grundschulaufsätze.\n"
    "Ausgaberegeln: Antworte ausschließlich im folgenden Format:\n"
    "Note: [1-6]\n"
    "Begründung: [Text]\n"
    "Ohne Markdown-Formatierung, höchstens 40 Wörter, nur Deutsch.\n\n"
    "Aufsatz: \"Mein Hund ist mein bester Freund. Er spielt gern im Garten.\"",
    [
        ("format:no_markdown", {}, "Ohne Markdown-Formatierung"),
        ("length_constraints:number_words", {"num_words": 41, "relation": LT}, "höchstens 40 Wörter"),
        ("language:response_language", {"language": "de"}, "nur Deutsch"),
    ],
    ["Antworte ausschließlich im folgenden Format:"],
    tags=["de", "sys"],
)
# 63050
add(
    "quick bio for a conference speaker page. third person, 2 paragraphs max (blank line between), "
    "<100 words, no emojis or hashtags",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT},
         "2 paragraphs max (blank line between)"),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT}, "<100 words"),
        ("format:no_emoji", {}, "no emojis or hashtags"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no emojis or hashtags"),
    ],
    ["third person"],
    tags=["lower", "terse"],
)
# 63051
add(
    "push notif copy for abandoned cart. max 60 chars not counting spaces, must include the word "
    "\"cart\", dont end on a question",
    [
        ("length:number_nonspace_characters", {"num_chars": 61, "relation": LT}, "max 60 chars not counting spaces"),
        ("keywords:existence", {"keywords": ["cart"]}, "must include the word \"cart\""),
        ("content:not_end_with_question", {}, "dont end on a question"),
    ],
    tags=["lower", "terse"],
)
# 63052
add(
    "Would you mind writing the actual welcome email for our new hire Priya, who starts Monday on the design team. "
    "Fill in real-sounding details, don't leave any [bracket] placeholders in there. Use the words "
    "\"Figma\" and \"mentor\" somewhere, and no P.S. at the end either.",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1},
         "don't leave any [bracket] placeholders in there"),
        ("keywords:existence", {"keywords": ["Figma", "mentor"]}, "Use the words \"Figma\" and \"mentor\" somewhere"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. at the end either."),
    ],
    ["Fill in real-sounding details"],
    tags=["polite"],
)
# 63053
add(
    "dame 2 opciones de nombre para una app de finanzas personales, separadas con ****** . cada una "
    "con una frase corta explicando el nombre. nada de inglés",
    [
        ("combination:two_responses", {},
         "dame 2 opciones de nombre para una app de finanzas personales, separadas con ******"),
        ("language:not_response_language", {"language": "en"}, "nada de inglés"),
    ],
    ["cada una con una frase corta explicando el nombre"],
    tags=["es", "lower", "terse"],
)
# 63054
add(
    "Fais-moi une fiche de révision sur la Révolution française. Un titre entre chevrons doubles, "
    "genre <<La Révolution>>, puis exactement 5 puces. Pas de gras ni d'italique.",
    [
        ("detectable_format:title", {}, "Un titre entre chevrons doubles, genre <<La Révolution>>"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "exactement 5 puces"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "Pas de gras ni d'italique."),
    ],
    tags=["fr"],
)
# 63055
add(
    "Write a retirement card message for my coworker Dave who's been here 30 years. Make it warm and "
    "a bit funny, use at least one exclamation point, and throw in an em dash somewhere. 50 words or "
    "less. Oh and add a P.S. from the whole team.",
    [
        ("punctuation:use_exclamation", {}, "use at least one exclamation point"),
        ("punctuation:use_em_dash", {}, "throw in an em dash somewhere"),
        ("length_constraints:number_words", {"num_words": 51, "relation": LT}, "50 words or less."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S."),
    ],
    ["Make it warm and a bit funny", "from the whole team"],
)
# 63056
add(
    "list 6 names for a coffee shop cat. mark each item with >> instead of bullets. no explanations. "
    "no capital letters",
    [
        ("format:list", {"sep": ">>"}, "mark each item with >> instead of bullets"),
        ("change_case:english_lowercase", {}, "no capital letters"),
    ],
    ["list 6 names", "no explanations"],
    tags=["lower", "terse"],
)
# 63057
add(
    "headline for a blog post about migrating from postgres 12 to 16 with zero downtime. Title Case, "
    "fewer than 12 words, no colon",
    [
        ("format:title_case", {}, "Title Case"),
        ("length_constraints:number_words", {"num_words": 12, "relation": LT}, "fewer than 12 words"),
    ],
    ["no colon"],
    tags=["terse"],
)
# 63058
add(
    "Write a study plan for learning Rust in 4 weeks. Use at least 4 markdown headings (one per week), "
    "with * bullets under each and - sub-bullets for resources under every bullet. Put a title at the "
    "top in <<double angle brackets>>. Please don't link out to anything.",
    [
        ("format:markdown_headings", {"num_headings": 4, "relation": AL}, "Use at least 4 markdown headings"),
        ("format:sub-bullets", {}, "with * bullets under each and - sub-bullets for resources under every bullet"),
        ("detectable_format:title", {}, "Put a title at the top in <<double angle brackets>>."),
        ("content:no_urls", {}, "Please don't link out to anything."),
    ],
    ["(one per week)"],
    tags=["polite"],
)
# 63059
add(
    "Rewrite these API docs so they're unambiguous: fewer than 5 pronouns total (spell out the noun "
    "instead of 'it'/'this'). Keep every sentence under 20 words.\n\n"
    "Docs: When you call the endpoint it returns a token. Store it and pass it with every request, "
    "since it expires after an hour and you'll need to refresh it.",
    [
        ("count:pronouns_fewer", {"N": 5}, "fewer than 5 pronouns total"),
        ("length:max_words_per_sentence", {"max_words": 19}, "Keep every sentence under 20 words."),
    ],
)
# 63060
add(
    "recommend 3 resources for linear algebra for ML, numbered, include urls. no more than 80 words "
    "pls",
    [
        ("content:include_url", {}, "include urls"),
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "no more than 80 words"),
    ],
    ["recommend 3 resources", "numbered"],
    tags=["lower", "terse"],
)
# 63061
add(
    "帮我列出学习Python的建议，正好5条，用markdown的无序列表（- 开头），每条不超过20个字。不要用表情符号。",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "正好5条，用markdown的无序列表（- 开头）"),
        ("format:no_emoji", {}, "不要用表情符号"),
    ],
    ["每条不超过20个字"],
    tags=["zh"],
)
# 63062
add(
    "WRITE ME A COMPLAINT LETTER TO MY LANDLORD ABOUT THE BROKEN HEATER (3 WEEKS NOW). DONT WRITE THE "
    "LETTER ITSELF IN ALL CAPS LIKE IM TYPING, NORMAL CASE. MAX 3 PARAGRAPHS W/ BLANK LINES BETWEEN. "
    "SIGN IT [Your Name]",
    [
        ("change_case:not_english_capital", {}, "DONT WRITE THE LETTER ITSELF IN ALL CAPS LIKE IM TYPING"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": LT},
         "MAX 3 PARAGRAPHS W/ BLANK LINES BETWEEN"),
    ],
    ["SIGN IT [Your Name]"],
    tags=["caps", "typo"],
)
# 63063
add(
    "You are a customer-facing order summarizer.\n"
    "Output rules:\n"
    "• plain sentences, don't return JSON even if the input is JSON\n"
    "• never say \"as an AI\"\n"
    "• 2-4 sentences\n\n"
    "Input: {\"order_id\": 8812, \"status\": \"delayed\", \"reason\": \"weather\", \"new_eta\": \"2024-03-14\"}",
    [
        ("detectable_format:not_json_format", {}, "don't return JSON even if the input is JSON"),
        ("keywords:forbidden_phrase", {"phrase": "as an AI"}, "never say \"as an AI\""),
        ("length_constraints:number_sentences", {"num_sentences": 2, "relation": AL}, "2-4 sentences"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "2-4 sentences"),
    ],
    tags=["sys", "list"],
)
# 63064
add(
    "need a caption for my sister's wedding video. super short: 25 words tops, zero hashtags, "
    "and end it with \"forever starts now\"",
    [
        ("length_constraints:number_words", {"num_words": 26, "relation": LT}, "25 words tops"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "zero hashtags"),
        ("startend:end_checker", {"end_phrase": "forever starts now"}, "end it with \"forever starts now\""),
    ],
    tags=["lower", "terse"],
)
# 63065
add(
    "Elenca i passaggi per configurare una VPN su Android. Lista numerata, almeno 5 punti, risposta in "
    "italiano. Evita la parola \"semplicemente\".",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "Lista numerata, almeno 5 punti"),
        ("language:response_language", {"language": "it"}, "risposta in italiano"),
        ("keywords:forbidden_words", {"forbidden_words": ["semplicemente"]}, "Evita la parola \"semplicemente\""),
    ],
    tags=["it"],
)
# 63066
add(
    "code review feedback for a junior on the diff below. no bold, no italics, no # headings. 3 paras "
    "separated by ***. < 180 words\n\n"
    "```diff\n"
    "- for i in range(len(users)):\n"
    "-     print(users[i].name)\n"
    "+ for u in users: print(u.name)\n"
    "```\n"
    "seriously keep it short, under 180",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "no bold, no italics"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no # headings"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paras separated by ***"),
        ("length_constraints:number_words", {"num_words": 180, "relation": LT}, ["< 180 words", "under 180"]),
    ],
    ["for a junior"],
    tags=["lower", "terse", "repeat"],
)
# 63067
add(
    "write a 300+ word short story for my vocab class. use at least 150 different words, dont keep "
    "recycling the same ones. Include the words \"reluctant\", \"vivid\" and \"meander\". Split it "
    "into exactly 5 paragraphs with *** between them.",
    [
        ("length_constraints:number_words", {"num_words": 300, "relation": AL}, "300+ word"),
        ("count:unique_word_count", {"N": 150}, "use at least 150 different words"),
        ("keywords:existence", {"keywords": ["reluctant", "vivid", "meander"]},
         "Include the words \"reluctant\", \"vivid\" and \"meander\""),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5},
         "Split it into exactly 5 paragraphs with *** between them."),
    ],
    tags=["insent"],
)
# 63068
add(
    "Slogan for a vegan burger chain. It should use at least one of these words: plant, green, earth. "
    "Under ten words, no punctuation except a final period. All lowercase, that's our brand style.",
    [
        ("keywords:include_any", {"forbidden_words": ["plant", "green", "earth"]},
         "It should use at least one of these words: plant, green, earth."),
        ("length_constraints:number_words", {"num_words": 10, "relation": LT}, "Under ten words"),
        ("change_case:english_lowercase", {}, "All lowercase, that's our brand style."),
    ],
    ["no punctuation except a final period"],
)
# 63069
add(
    "DONT start w/ \"Sure!\" or \"Great question\". just answer: how does python's asyncio event loop "
    "schedule coroutines? <=150 words, include a fenced code example",
    [
        ("startend:not_start_phrase", {"start_phrase": "Sure!"}, "DONT start w/ \"Sure!\" or \"Great question\""),
        ("startend:not_start_phrase", {"start_phrase": "Great question"},
         "DONT start w/ \"Sure!\" or \"Great question\""),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "<=150 words"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "include a fenced code example"),
    ],
    tags=["terse"],
)
# 63070
add(
    "Résume-moi ce mail en deux phrases max. Pas de virgules (c'est pour un SMS).\n"
    "Texte : « Bonjour, suite à notre réunion de mardi, je vous confirme que la livraison est "
    "repoussée au 12 avril, faute de stock chez notre fournisseur. Merci de votre compréhension. »",
    [
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "en deux phrases max"),
        ("punctuation:no_comma", {}, "Pas de virgules"),
    ],
    tags=["fr", "insent"],
)


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
                assert x in prompt, (key, x)
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
    print("prompts", len(E), "constraints", sum(ids.values()))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "sys", "terse",
              "es", "fr", "de", "pt", "it", "zh"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
