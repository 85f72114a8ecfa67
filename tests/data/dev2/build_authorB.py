"""Hand-written prompts (engineer / product-team persona) for rpo's decomposition; writes data.jsonl.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
expected is a string, or a list of strings when the constraint is stated more than once.
Tags: insent, repeat, list, polite, typo, caps, lower, system, md (markdown-structured prompt).
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 12001
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


def W(rel, n):
    return {"relation": rel, "num_words": n}


# 1
add(
    "You are a customer support assistant for Lumen Bank's mobile app. Always reply in English. "
    "Never include URLs or links in your replies; direct customers to the in-app Help tab instead. "
    "Keep every reply under 120 words. Always end with the exact sentence \"Is there anything else I can help you with today?\"\n\n"
    "Customer message: I can't log in after updating the app, it keeps saying my session expired.",
    [
        ("language:response_language", {"language": "en"}, "Always reply in English."),
        ("content:no_urls", {}, "Never include URLs or links in your replies"),
        ("length_constraints:number_words", W(LT, 120), "Keep every reply under 120 words."),
        ("startend:end_checker", {"end_phrase": "Is there anything else I can help you with today?"},
         "Always end with the exact sentence \"Is there anything else I can help you with today?\""),
    ],
    ["direct customers to the in-app Help tab instead"],
    ["system"],
)
# 2
add(
    "Draft release notes for version 4.2.0 of our desktop sync client. Changes: faster delta uploads, "
    "fixed a crash on sleep/wake, new selective sync UI, known issue with symlinks on Windows.\n\n"
    "Requirements:\n"
    "1. Start with the line \"Release 4.2.0\"\n"
    "2. Include at least three Markdown headings\n"
    "3. Exactly 6 bullet points in total\n"
    "4. Do not use emojis\n"
    "5. Use the word \"sync\" at least 4 times\n\n"
    "Write for end users, not developers.",
    [
        ("startend:start_phrase", {"start_phrase": "Release 4.2.0"}, "Start with the line \"Release 4.2.0\""),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "Include at least three Markdown headings"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, "Exactly 6 bullet points in total"),
        ("format:no_emoji", {}, "Do not use emojis"),
        ("keywords:frequency", {"keyword": "sync", "frequency": 4, "relation": AL}, "Use the word \"sync\" at least 4 times"),
    ],
    ["Write for end users, not developers."],
    ["list"],
)
# 3
add(
    "Classify the sentiment of the following product review.\n\n"
    "Output rules:\n"
    "- Respond ONLY with a JSON object.\n"
    "- The object MUST have exactly these keys: \"label\", \"confidence\", \"rationale\".\n"
    "- \"label\" must be one of positive, negative, neutral.\n"
    "- Do not wrap the JSON in markdown code fences.\n\n"
    "Review: \"Battery lasts two days but the strap broke within a week.\"",
    [
        ("detectable_format:json_format", {}, "Respond ONLY with a JSON object."),
        ("format:json_keys", {"keys": ["label", "confidence", "rationale"]},
         "The object MUST have exactly these keys: \"label\", \"confidence\", \"rationale\"."),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "Do not wrap the JSON in markdown code fences."),
    ],
    ["\"label\" must be one of positive, negative, neutral."],
    ["list", "caps"],
)
# 4
add(
    "Hi! Could you write an email to our beta testers letting them know the beta ends on June 30? "
    "It'd be great if it stayed under 150 words, and please add a P.S. reminding them about the feedback survey. "
    "Also, no exclamation marks please, our brand voice guide is strict about that.",
    [
        ("length_constraints:number_words", W(LT, 150), "It'd be great if it stayed under 150 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "please add a P.S."),
        ("punctuation:no_exclamation", {}, "no exclamation marks please"),
    ],
    ["reminding them about the feedback survey"],
    ["polite"],
)
# 5
add(
    "Generate a product description for a stainless steel water bottle. YOU MUST WRITE EXACTLY 3 BULLET POINTS. "
    "NEVER USE THE WORDS \"BEST\" OR \"ULTIMATE\". THE RESPONSE MUST BE IN ALL LOWERCASE LETTERS.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "YOU MUST WRITE EXACTLY 3 BULLET POINTS."),
        ("keywords:forbidden_words", {"forbidden_words": ["best", "ultimate"]}, "NEVER USE THE WORDS \"BEST\" OR \"ULTIMATE\"."),
        ("change_case:english_lowercase", {}, "THE RESPONSE MUST BE IN ALL LOWERCASE LETTERS."),
    ],
    tags=["caps"],
)
# 6
add(
    "summarize this incident for the status page. no commas. 3 paragraphs separated by ***. no bullet points.\n\n"
    "incident: api gateway returned 502s for 14 minutes after a bad config push; rolled back at 09:42 utc.",
    [
        ("punctuation:no_comma", {}, "no commas."),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs separated by ***."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points."),
    ],
    tags=["lower"],
)
# 7
add(
    "Write a blog post announcing our new dark mode feature for the Notes app. Put the title on the first line "
    "inside double angle brackets (<<like this>>). Aim for 300+ words, and bold at least two key phrases with markdown "
    "so skimmers catch them. Mention that it follows the system setting automatically.",
    [
        ("detectable_format:title", {}, "Put the title on the first line inside double angle brackets (<<like this>>)."),
        ("length_constraints:number_words", W(AL, 300), "Aim for 300+ words"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2}, "bold at least two key phrases with markdown"),
    ],
    ["Mention that it follows the system setting automatically."],
)
# 8
add(
    "Create an onboarding guide for new support agents. Structure: 4 parts, each starting with \"PART N\" "
    "(PART 1, PART 2, and so on). Each part should cover one of: tools, escalation, tone, metrics. "
    "Total length 400-500 words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 4},
         "Structure: 4 parts, each starting with \"PART N\" (PART 1, PART 2, and so on)."),
        ("count:word_count_range", {"min_words": 400, "max_words": 500}, "Total length 400-500 words."),
    ],
    ["Each part should cover one of: tools, escalation, tone, metrics."],
)
# 9
add(
    "You are a moderation classifier. Decide whether the user comment below violates our harassment policy. "
    "Reply with one of these strings and nothing else: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\"\n\n"
    "Comment: \"lol you clearly have no idea what you're talking about, go back to your basement\"",
    [
        ("detectable_format:constrained_response", {},
         "Reply with one of these strings and nothing else: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\""),
    ],
    tags=["system"],
)
# 10
add(
    "Content-ops triage step. For the ticket below, answer with just one of the following: approve/reject/escalate. "
    "Your output must be under 20 characters.\n\n"
    "Ticket: User uploaded a profile photo that contains a visible phone number.",
    [
        ("format:options", {"options": "approve/reject/escalate"}, "answer with just one of the following: approve/reject/escalate"),
        ("length:number_characters", {"num_chars": 20, "relation": LT}, "Your output must be under 20 characters."),
    ],
)
# 11
add(
    "For logging purposes, begin your output by restating the question below word for word, then answer it. "
    "Answer in fewer than 200 words and use plain text without any markdown.\n\n"
    "Question: What is the difference between a mutex and a semaphore?",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "What is the difference between a mutex and a semaphore?"},
         "begin your output by restating the question below word for word, then answer it"),
        ("length_constraints:number_words", W(LT, 200), "Answer in fewer than 200 words"),
        ("format:no_markdown", {}, "use plain text without any markdown"),
    ],
)
# 12
add(
    "Give me two alternative versions of a push notification for users who abandoned their cart. "
    "Separate the two versions with six asterisks (******). Each version must be under 15 words. Use at least one emoji. "
    "Use all lowercase letters.",
    [
        ("combination:two_responses", {}, "Give me two alternative versions of a push notification"),
        ("format:use_emoji", {}, "Use at least one emoji."),
        ("change_case:english_lowercase", {}, "Use all lowercase letters."),
    ],
    ["Each version must be under 15 words."],
    ["insent"],
)
# 13
add(
    "Translate the following UI strings into German.\n\n"
    "Output rules:\n"
    "* The entire response shall be in German.\n"
    "* Return a markdown table with two columns: English, German.\n"
    "* No emojis.\n\n"
    "Strings: \"Save changes\", \"Discard draft\", \"Your session has expired\", \"Try again later\"",
    [
        ("language:response_language", {"language": "de"}, "The entire response shall be in German."),
        ("format:no_emoji", {}, "No emojis."),
    ],
    ["Return a markdown table with two columns: English, German."],
    ["list"],
)
# 14
add(
    "You are the virtual assistant for AeroSol, a Mexican airline. ALWAYS respond in Spanish, regardless of the language "
    "the customer writes in. NEVER promise refunds or compensation. Keep answers to a maximum of 3 sentences.\n\n"
    "Customer: Hi, my flight from Monterrey was cancelled, what are my options?",
    [
        ("language:response_language", {"language": "es"}, "ALWAYS respond in Spanish"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Keep answers to a maximum of 3 sentences."),
    ],
    ["NEVER promise refunds or compensation."],
    ["system", "caps"],
)
# 15
add(
    "Our QA team needs multilingual test inputs for the chat widget. Write short messages a frustrated customer might type, "
    "in any language except English. Return them as a numbered list with at least 5 items. "
    "Don't use commas (our CSV importer chokes on them).",
    [
        ("language:not_response_language", {"language": "en"}, "in any language except English"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "Return them as a numbered list with at least 5 items."),
        ("punctuation:no_comma", {}, "Don't use commas"),
    ],
    ["a frustrated customer might type"],
)
# 16
add(
    "Write a short FAQ in Japanese for our rice cooker's quick-start card. Use only hiragana and katakana; "
    "do not use any kanji, since the card is aimed at young readers. Include at least 4 question-answer pairs.",
    [
        ("language:response_language", {"language": "ja"}, "Write a short FAQ in Japanese"),
        ("language:use_script", {"script": "kana"}, "Use only hiragana and katakana"),
        ("language:no_script", {"script": "han"}, "do not use any kanji"),
    ],
    ["Include at least 4 question-answer pairs."],
    ["insent"],
)
# 17
add(
    "Write a short welcome message for Russian-speaking users of our fitness app. Write it in Russian with no Latin "
    "characters at all. Even the app name \"Pulse\" should be transliterated into Cyrillic. Under 60 words.",
    [
        ("language:response_language", {"language": "ru"}, "Write it in Russian"),
        ("language:no_script", {"script": "latin"},
         ["with no Latin characters at all", "Even the app name \"Pulse\" should be transliterated into Cyrillic."]),
        ("length_constraints:number_words", W(LT, 60), "Under 60 words."),
    ],
    tags=["repeat"],
)
# 18
add(
    "Write a marketing email for our Black Friday sale on noise-cancelling headphones. Use ALL-CAPS words sparingly: "
    "fewer than 4 of them in the whole email. Include at least 2 merge-field placeholders in square brackets, e.g. "
    "[first_name]. Keep it no longer than 200 words.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "Use ALL-CAPS words sparingly: fewer than 4 of them in the whole email."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Include at least 2 merge-field placeholders in square brackets"),
        ("length_constraints:number_words", W(LT, 201), "Keep it no longer than 200 words."),
    ],
)
# 19
add(
    "Generate the text for an emergency banner on our status page about degraded payment processing. "
    "It MUST be in English and in ALL CAPITAL LETTERS. Max 25 words.",
    [
        ("change_case:english_capital", {}, "It MUST be in English and in ALL CAPITAL LETTERS."),
        ("length_constraints:number_words", W(LT, 26), "Max 25 words."),
    ],
    tags=["caps"],
)
# 20
add(
    "Write a postmortem summary for the March 3 database failover. Use exactly 4 paragraphs separated by blank lines. "
    "The 3rd paragraph must begin with the word \"Remediation\". Keep it blameless: describe systems, not people.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Remediation"},
         "Use exactly 4 paragraphs separated by blank lines. The 3rd paragraph must begin with the word \"Remediation\"."),
    ],
    ["Keep it blameless: describe systems, not people."],
)
# 21
add(
    "In fewer then 5 sentences, explain to a non-techincal stakeholder why the CRM migraton is delayed by two weeks. "
    "Avoid jargon. Don't use em dashes.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "In fewer then 5 sentences"),
        ("punctuation:no_em_dash", {}, "Don't use em dashes."),
    ],
    ["Avoid jargon."],
    ["insent", "typo"],
)
# 22
add(
    "Write an SEO meta description for our hiking boots product page. It must include the keywords \"waterproof\", "
    "\"lightweight\" and \"trail\". The total length must be under 160 characters.",
    [
        ("keywords:existence", {"keywords": ["waterproof", "lightweight", "trail"]},
         "It must include the keywords \"waterproof\", \"lightweight\" and \"trail\"."),
        ("length:number_characters", {"num_chars": 160, "relation": LT}, "The total length must be under 160 characters."),
    ],
)
# 23
add(
    "We're naming a new app for making digital zines. Brainstorm at least 10 name ideas as a numbered list. "
    "We want the names to feel playful, so the letter 'z' should show up at least 8 times across your answer.",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "Brainstorm at least 10 name ideas as a numbered list."),
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 8, "let_relation": AL},
         "the letter 'z' should show up at least 8 times across your answer"),
    ],
    ["We want the names to feel playful"],
    ["insent"],
)
# 24
add(
    "Write a one-line customer testimonial we can put on the landing page for our invoicing tool. "
    "Wrap the entire response in double quotes. Under 30 words. It should include the word \"invoices\".",
    [
        ("startend:quotation", {}, "Wrap the entire response in double quotes."),
        ("length_constraints:number_words", W(LT, 30), "Under 30 words."),
        ("keywords:existence", {"keywords": ["invoices"]}, "It should include the word \"invoices\"."),
    ],
)
# 25
add(
    "Write the README section for our CLI tool `dbsnap`, which snapshots Postgres databases to S3.\n\n"
    "Format:\n"
    "- Headings: Installation, Usage, Troubleshooting (in that order)\n"
    "- Include at least 2 fenced code blocks\n"
    "- Under Installation, use a numbered list of steps\n"
    "- Don't exceed 350 words",
    [
        ("format:code_block", {"num_blocks": 2, "relation": AL}, "Include at least 2 fenced code blocks"),
        ("length_constraints:number_words", W(LT, 351), "Don't exceed 350 words"),
    ],
    ["Headings: Installation, Usage, Troubleshooting (in that order)", "Under Installation, use a numbered list of steps"],
    ["list", "md"],
)
# 26
add(
    "Write a LinkedIn post announcing that we closed our Series B.\n\n"
    "Requirements:\n"
    "- at least 3 hashtags\n"
    "- no more than 2 emojis\n"
    "- 100-150 words\n"
    "- end with a question to drive engagement\n"
    "- thank our early customers",
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "at least 3 hashtags"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "no more than 2 emojis"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "100-150 words"),
        ("content:end_with_question", {}, "end with a question to drive engagement"),
    ],
    ["thank our early customers"],
    ["list"],
)
# 27
add(
    "You are an SMS notification generator for a pharmacy. Output plain text only, no markdown. "
    "The message shall not exceed 160 characters. Never include links. Never mention the medication name.\n\n"
    "Event: prescription #44821 is ready for pickup at the Elm Street location.",
    [
        ("format:no_markdown", {}, "Output plain text only, no markdown."),
        ("length:number_characters", {"num_chars": 161, "relation": LT}, "The message shall not exceed 160 characters."),
        ("content:no_urls", {}, "Never include links."),
    ],
    ["Never mention the medication name."],
    ["system"],
)
# 28
add(
    "A customer asked where they can find our API reference. Write a short reply that includes the link "
    "https://docs.example.com/api and is two sentences at most. Finish with the exact words \"Happy building!\"",
    [
        ("content:include_url", {}, "includes the link https://docs.example.com/api"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "is two sentences at most"),
        ("startend:end_checker", {"end_phrase": "Happy building!"}, "Finish with the exact words \"Happy building!\""),
    ],
    tags=["insent"],
)
# 29
add(
    "Rewrite this tagline to sound punchier: 'Cloud backup for small teams.' Use at least one em dash (—). "
    "No exclamation marks. Give me 3 options as bullet points.",
    [
        ("punctuation:use_em_dash", {}, "Use at least one em dash (—)."),
        ("punctuation:no_exclamation", {}, "No exclamation marks."),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Give me 3 options as bullet points."),
    ],
)
# 30
add(
    "Write a celebratory Slack message for the team hitting 1M monthly active users. It should include at least one "
    "exclamation mark and at least 2 emojis, but stay under 60 words. Shout out the infra team specifically.",
    [
        ("punctuation:use_exclamation", {}, "It should include at least one exclamation mark"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "at least 2 emojis"),
        ("length_constraints:number_words", W(LT, 60), "stay under 60 words"),
    ],
    ["Shout out the infra team specifically."],
)
# 31
add(
    "Extract all person names and organizations from the text below.\n"
    "Output: a JSON object with keys \"persons\" and \"organizations\", each a list of strings. Output nothing else.\n\n"
    "Text: Maria Okafor left Stripe in 2021 to join the Gates Foundation, where she works with Tom Reyes.",
    [
        ("detectable_format:json_format", {}, "Output: a JSON object"),
        ("format:json_keys", {"keys": ["persons", "organizations"]}, "a JSON object with keys \"persons\" and \"organizations\""),
    ],
    ["each a list of strings"],
)
# 32
add(
    "Write a job posting for a senior backend engineer at a logistics startup. Do not use the phrase \"rockstar developer\" "
    "or any similar clichés. It must be at least 250 words. Use a bulleted list for the responsibilities.",
    [
        ("keywords:forbidden_phrase", {"phrase": "rockstar developer"}, "Do not use the phrase \"rockstar developer\""),
        ("length_constraints:number_words", W(AL, 250), "It must be at least 250 words."),
    ],
    ["or any similar clichés", "Use a bulleted list for the responsibilities."],
)
# 33
add(
    "Write the opening paragraph of our privacy policy update email. It must contain the exact phrase "
    "\"we never sell your data\". No more than 80 words. Don't sign off with a P.S.",
    [
        ("keywords:required_phrase", {"phrase": "we never sell your data"}, "It must contain the exact phrase \"we never sell your data\"."),
        ("length_constraints:number_words", W(LT, 81), "No more than 80 words."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "Don't sign off with a P.S."),
    ],
)
# 34
add(
    "write a tweet for our coffee brand's fall launch. use at least one of the words pumpkin, maple or cinnamon. "
    "under 280 characters. max 2 hashtags.",
    [
        ("keywords:include_any", {"forbidden_words": ["pumpkin", "maple", "cinnamon"]},
         "use at least one of the words pumpkin, maple or cinnamon."),
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "under 280 characters."),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": LT}, "max 2 hashtags."),
    ],
    tags=["lower"],
)
# 35
add(
    "Brainstorm taglines for our meal-kit subscription. You can mention \"fresh\", \"fast\" and \"local\", but don't use "
    "all three of those words, it reads like a buzzword soup. Keep the whole answer in lowercase.",
    [
        ("keywords:omit_some", {"keywords": ["fresh", "fast", "local"]}, "don't use all three of those words"),
        ("change_case:english_lowercase", {}, "Keep the whole answer in lowercase."),
    ],
)
# 36
add(
    "Would you mind writing a product update summary for the board? It must contain exactly 4 numbers (our key metrics), "
    "and nothing should be formatted as JSON; this goes straight into a slide. Ideally under 120 words.",
    [
        ("count:numbers", {"N": 4}, "It must contain exactly 4 numbers"),
        ("detectable_format:not_json_format", {}, "nothing should be formatted as JSON"),
        ("length_constraints:number_words", W(LT, 120), "Ideally under 120 words."),
    ],
    tags=["polite"],
)
# 37
add(
    "Rewrite the following job description in an impersonal, neutral style. Use fewer than 10 pronouns in total, "
    "and keep it between 120 and 180 words.\n\n"
    "JD: We are looking for someone who loves data. You will help us build our dashboards and you will own our metrics.",
    [
        ("count:pronouns_fewer", {"N": 10}, "Use fewer than 10 pronouns in total"),
        ("count:word_count_range", {"min_words": 120, "max_words": 180}, "keep it between 120 and 180 words"),
    ],
    ["in an impersonal, neutral style"],
)
# 38
add(
    "Write a glossary entry for \"eventual consistency\" for our internal engineering wiki. The entry must use at least "
    "150 distinct words (our linter flags repetitive entries) and include at least one fenced code block. "
    "Mention the word \"replica\" at least twice.",
    [
        ("count:unique_word_count", {"N": 150}, "The entry must use at least 150 distinct words"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "include at least one fenced code block"),
        ("keywords:frequency", {"keyword": "replica", "frequency": 2, "relation": AL}, "Mention the word \"replica\" at least twice."),
    ],
)
# 39
add(
    "Write accessibility-friendly instructions for resetting a home Wi-Fi router.\n"
    "Constraints:\n"
    "- Plain language: no sentence longer than 15 words\n"
    "- At least 5 numbered steps\n"
    "- Start your response with a verb",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "no sentence longer than 15 words"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "At least 5 numbered steps"),
        ("words:start_verb", {}, "Start your response with a verb"),
    ],
    ["Plain language"],
    ["list"],
)
# 40
add(
    "Generate a git commit message for the change described below.\n"
    "Constraints: subject line under 50 characters; fewer than 6 lines total; no markdown; all lowercase.\n\n"
    "Change: replaced the hand-rolled retry loop in the payment client with exponential backoff and jitter.",
    [
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "fewer than 6 lines total"),
        ("format:no_markdown", {}, "no markdown"),
        ("change_case:english_lowercase", {}, "all lowercase"),
    ],
    ["subject line under 50 characters"],
)
# 41
add(
    "Explain our new expense approval workflow to managers. Please write at least 3 paragraphs, separated by blank lines, "
    "and make sure the word \"threshold\" appears at least twice.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL}, "Please write at least 3 paragraphs, separated by blank lines"),
        ("keywords:frequency", {"keyword": "threshold", "frequency": 2, "relation": AL},
         "make sure the word \"threshold\" appears at least twice"),
    ],
    tags=["polite"],
)
# 42
add(
    "Write alt text for a product photo: a matte black espresso machine on a marble counter with steam rising. "
    "Alt text must be under 100 characters not counting spaces. Don't start it with \"Image of\".",
    [
        ("length:number_nonspace_characters", {"num_chars": 100, "relation": LT}, "Alt text must be under 100 characters not counting spaces."),
        ("startend:not_start_phrase", {"start_phrase": "Image of"}, "Don't start it with \"Image of\"."),
    ],
)
# 43
add(
    "You are HelpDesk Bot for an internal IT team. Never begin a reply with \"Sure!\". Never end a reply with "
    "\"Let me know if you have any other questions.\" Keep replies under 100 words.\n\n"
    "User: how do I connect to the VPN from home?",
    [
        ("startend:not_start_phrase", {"start_phrase": "Sure!"}, "Never begin a reply with \"Sure!\"."),
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any other questions."},
         "Never end a reply with \"Let me know if you have any other questions.\""),
        ("length_constraints:number_words", W(LT, 100), "Keep replies under 100 words."),
    ],
    tags=["system"],
)
# 44
add(
    "Write a cold outreach email template for our sales team. Use no more than one placeholder in square brackets "
    "(reps hate filling in lots of fields). Don't put a <<title>> at the top. Under 120 words.",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 2}, "Use no more than one placeholder in square brackets"),
        ("detectable_format:no_title", {}, "Don't put a <<title>> at the top."),
        ("length_constraints:number_words", W(LT, 120), "Under 120 words."),
    ],
)
# 45
add(
    "Summarize the attached customer interview notes for the product team. Use bold sparingly: fewer than 3 bolded "
    "phrases in total. Use Markdown formatting otherwise (headings, lists are fine). The summary shall not exceed 250 words.",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 3}, "Use bold sparingly: fewer than 3 bolded phrases in total."),
        ("format:use_markdown", {}, "Use Markdown formatting otherwise"),
        ("length_constraints:number_words", W(LT, 251), "The summary shall not exceed 250 words."),
    ],
)
# 46
add(
    "Generate tags for the support article below. Instead of bullet points, separate the tags with the token <SEP>. "
    "All tags must be lowercase. Include the tag billing.\n\n"
    "Article: How to export your invoices as CSV from the billing dashboard.",
    [
        ("format:list", {"sep": "<SEP>"}, "Instead of bullet points, separate the tags with the token <SEP>."),
        ("keywords:existence", {"keywords": ["billing"]}, "Include the tag billing."),
    ],
    # review: scoped to the tags (the required <SEP> token is uppercase), so untyped, not english_lowercase
    ["All tags must be lowercase."],
)
# 47
add(
    "list keywords for our app store listing (a meditation app). output one word per line, with no commas and no numbering. "
    "lowercase only.",
    [
        ("format:newline", {}, "output one word per line"),
        ("punctuation:no_comma", {}, "no commas"),
        ("change_case:english_lowercase", {}, "lowercase only."),
        # review: "no numbering" -> no numbered list items (conventions: "don't use any X" -> less than 1)
        ("format:numbered_list", {"num_items": 1, "relation": "less than"}, "no numbering"),
    ],
    [],
    ["lower"],
)
# 48
add(
    "Write 5 headline options for our spring webinar on cloud cost optimization. Write the entire response in Title Case. "
    "Do not end with a question.",
    [
        ("format:title_case", {}, "Write the entire response in Title Case."),
        ("content:not_end_with_question", {}, "Do not end with a question."),
    ],
    ["Write 5 headline options"],
)
# 49
add(
    "You are a ticket triage assistant. Use this exact template for every response:\n"
    "Category: [category]\nPriority: [P1-P4]\nSummary: [one sentence]\n\n"
    "Do not add anything before or after the template. Never use exclamation marks.\n\n"
    "Ticket: Checkout page throws a 500 error for all users in the EU region since 10:15.",
    [
        ("format:output_template", {}, "Use this exact template for every response:"),
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
    ],
    ["Do not add anything before or after the template."],
    ["system"],
)
# 50
add(
    "Turn these raw meeting notes into an action-item list. Use bullet points marked with *, and give each bullet "
    "at least one sub-bullet marked with - for the owner and due date. Don't use any headings, but put a title in "
    "double angle brackets at the top, e.g. <<Action Items>>.\n\n"
    "Notes: Sam to fix flaky tests, Priya owns the pricing page copy by Friday, infra budget review next week (Lee).",
    [
        ("format:sub-bullets", {}, "Use bullet points marked with *, and give each bullet at least one sub-bullet marked with -"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't use any headings"),
        ("detectable_format:title", {}, "put a title in double angle brackets at the top"),
    ],
    ["for the owner and due date"],
)
# 51
add(
    "You are Pip, the mascot of a kids' coding platform. End every sentence with an emoji. Always reply in English. "
    "Never use more than 60 words.\n\nKid: why does my loop never stop?",
    [
        ("format:emoji", {}, "End every sentence with an emoji."),
        ("language:response_language", {"language": "en"}, "Always reply in English."),
        ("length_constraints:number_words", W(LT, 61), "Never use more than 60 words."),
    ],
    tags=["system"],
)
# 52
add(
    "Draft the incident notification email to affected customers. The first sentence must include the word \"outage\". "
    "Do not mention the word \"refund\" in the first sentence either; we cover credits later in the email. "
    "Make sure it has at least 3 paragraphs separated by blank lines.",
    [
        ("sentence:keyword", {"word": "outage", "N": 1}, "The first sentence must include the word \"outage\"."),
        ("sentence:keyword_absent", {"word": "refund", "N": 1}, "Do not mention the word \"refund\" in the first sentence either"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "Make sure it has at least 3 paragraphs separated by blank lines."),
    ],
    ["we cover credits later in the email"],
)
# 53
add(
    "Rewrite the following product title for our catalogue feed. Return only the rewritten title, without surrounding "
    "quotation marks, and keep it under 70 characters.\n\n"
    "Title: \"NEW!!! Men's Running Shoes Lightweight Breathable Mesh Sneakers Size 7-13 BEST SELLER\"",
    [
        ("startend:no_quotation", {}, "without surrounding quotation marks"),
        ("length:number_characters", {"num_chars": 70, "relation": LT}, "keep it under 70 characters"),
    ],
    ["Return only the rewritten title"],
)
# 54
add(
    "Write a short explainer of what a CDN is, for our marketing site's FAQ. Don't write it all in capital letters "
    "(the CMS already uppercases headings). Include the words \"latency\" and \"edge\". At most 120 words.",
    [
        ("change_case:not_english_capital", {}, "Don't write it all in capital letters"),
        ("keywords:existence", {"keywords": ["latency", "edge"]}, "Include the words \"latency\" and \"edge\"."),
        ("length_constraints:number_words", W(LT, 121), "At most 120 words."),
    ],
)
# 55
add(
    "Answer the customer's question directly. Do not restate the question before answering.\n\n"
    "Question: Can I change the billing date on my annual plan?\n\n"
    "Reply in 2 paragraphs max, separated by a blank line, and no bullet points.",
    [
        ("combination:not_repeat_prompt", {"prompt_to_repeat": "Can I change the billing date on my annual plan?"},
         "Do not restate the question before answering."),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT}, "Reply in 2 paragraphs max, separated by a blank line"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
)
# 56
add(
    "Write a 200+ word internal announcement about the new on-call rotation policy. Avoid the words \"mandatory\", "
    "\"penalty\" and \"must\". Include the phrase \"effective next Monday\" somewhere in the text.",
    [
        ("length_constraints:number_words", W(AL, 200), "Write a 200+ word internal announcement"),
        ("keywords:forbidden_words", {"forbidden_words": ["mandatory", "penalty", "must"]},
         "Avoid the words \"mandatory\", \"penalty\" and \"must\"."),
        ("keywords:required_phrase", {"phrase": "effective next Monday"}, "Include the phrase \"effective next Monday\""),
    ],
    tags=["insent"],
)
# 57
add(
    "## Task\nWrite a changelog entry for the mobile app's 3.1 release.\n\n"
    "## Output rules\n"
    "1. The response MUST contain exactly 4 bullet points.\n"
    "2. NO emojis.\n"
    "3. The response must end with the exact line \"Full changelog: see the release page.\"\n"
    "4. Do NOT use commas.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "The response MUST contain exactly 4 bullet points."),
        ("format:no_emoji", {}, "NO emojis."),
        ("startend:end_checker", {"end_phrase": "Full changelog: see the release page."},
         "The response must end with the exact line \"Full changelog: see the release page.\""),
        ("punctuation:no_comma", {}, "Do NOT use commas."),
    ],
    tags=["list", "md", "caps"],
)
# 58
add(
    "Wrte a short apology email to a customer whose order arrived damaged. Keep it under 100 wrods, and sign off as "
    "\"The Harbor Goods Team\". dont use exclamation points pls.",
    [
        ("length_constraints:number_words", W(LT, 100), "Keep it under 100 wrods"),
        ("startend:end_checker", {"end_phrase": "The Harbor Goods Team"}, "sign off as \"The Harbor Goods Team\""),
        ("punctuation:no_exclamation", {}, "dont use exclamation points pls."),
    ],
    tags=["typo"],
)
# 59
add(
    "Label each of the following search queries with an intent (navigational, informational, transactional).\n\n"
    "Format: a JSON object where each key is the query and each value is the intent label. Respond with JSON only.\n"
    "Do not include any explanation.\n\n"
    "Queries: \"gmail login\", \"how long to boil an egg\", \"buy usb-c hub\", \"weather tomorrow\"",
    [
        ("detectable_format:json_format", {}, ["Format: a JSON object", "Respond with JSON only."]),
    ],
    ["each key is the query and each value is the intent label"],
    ["repeat"],
)
# 60
add(
    "Generate synthetic user reviews for testing our sentiment model. Provide at least 8 reviews as a numbered list. "
    "Mix positive and negative. Every review should mention the product name \"Voltra\", so \"Voltra\" must appear "
    "at least 8 times. Don't use any emojis or hashtags.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "Provide at least 8 reviews as a numbered list."),
        ("keywords:frequency", {"keyword": "Voltra", "frequency": 8, "relation": AL}, "\"Voltra\" must appear at least 8 times"),
        ("format:no_emoji", {}, "Don't use any emojis or hashtags."),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "Don't use any emojis or hashtags."),
    ],
    ["Mix positive and negative."],
)
# 61
add(
    "Please write the 'About us' page for a family-run bakery in Lisbon. The page should be written in Portuguese, "
    "be at least 180 words long and contain a title in double angular brackets like <<Sobre nós>>.",
    [
        ("language:response_language", {"language": "pt"}, "The page should be written in Portuguese"),
        ("length_constraints:number_words", W(AL, 180), "be at least 180 words long"),
        ("detectable_format:title", {}, "contain a title in double angular brackets like <<Sobre nós>>"),
    ],
    tags=["polite"],
)
# 62
add(
    "Draft an A/B test plan for the new checkout button color.\n\n"
    "Sections required: Hypothesis, Metrics, Duration, Risks. Mark each one as SECTION 1, SECTION 2, etc. "
    "The document shall not exceed 300 words. Highlight at least 3 key numbers in bold.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "Mark each one as SECTION 1, SECTION 2, etc."),
        ("length_constraints:number_words", W(LT, 301), "The document shall not exceed 300 words."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3}, "Highlight at least 3 key numbers in bold."),
    ],
    ["Sections required: Hypothesis, Metrics, Duration, Risks."],
)
# 63
add(
    "NO COMMAS. NO MARKDOWN. Under 50 words. Write the error message users see when their upload exceeds the 2 GB limit. "
    "Remember: not a single comma anywhere.",
    [
        ("punctuation:no_comma", {}, ["NO COMMAS.", "Remember: not a single comma anywhere."]),
        ("format:no_markdown", {}, "NO MARKDOWN."),
        ("length_constraints:number_words", W(LT, 50), "Under 50 words."),
    ],
    tags=["caps", "repeat"],
)
# 64
add(
    "Write a help-center article explaining two-factor authentication setup. Use at least 2 markdown headings, "
    "keep every sentence to 20 words or fewer, and use the word \"authenticator\" at least 3 times.",
    [
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "Use at least 2 markdown headings"),
        ("length:max_words_per_sentence", {"max_words": 20}, "keep every sentence to 20 words or fewer"),
        ("keywords:frequency", {"keyword": "authenticator", "frequency": 3, "relation": AL},
         "use the word \"authenticator\" at least 3 times"),
    ],
)
# 65
add(
    "We're writing microcopy for an onboarding tooltip. Give one version only (do not give two different responses "
    "separated by asterisks) and keep it under 25 words. Start with the phrase \"Tip:\".",
    [
        ("combination:not_two_responses", {}, "do not give two different responses separated by asterisks"),
        ("length_constraints:number_words", W(LT, 25), "keep it under 25 words"),
        ("startend:start_phrase", {"start_phrase": "Tip:"}, "Start with the phrase \"Tip:\"."),
    ],
    ["Give one version only"],
)
# 66
add(
    "Write a cover email for our quarterly security report to enterprise customers. Sign it from \"Dana Whitfield, CISO\" "
    "and add a P.P.S. at the very end about the upcoming SOC 2 audit. Don't write the email entirely in lowercase. "
    "Keep the whole email under 180 words.",
    [
        ("detectable_content:postscript", {"postscript_marker": "P.P.S"}, "add a P.P.S. at the very end"),
        ("change_case:not_english_lowercase", {}, "Don't write the email entirely in lowercase."),
        ("length_constraints:number_words", W(LT, 180), "Keep the whole email under 180 words."),
    ],
    ["Sign it from \"Dana Whitfield, CISO\"", "about the upcoming SOC 2 audit"],
)
# 67
add(
    "Write copy for our pricing page comparing the Free, Team and Enterprise plans. Requirements: no more than 5 "
    "bullet points in total; open with a short intro paragraph before any bullets; do not repeat any word more than 4 times "
    "(we're trying to avoid feature-list fatigue). Write at least 150 words.",
    [
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "no more than 5 bullet points in total"),
        ("words:repeats", {"small_n": 4}, "do not repeat any word more than 4 times"),
        ("length_constraints:number_words", W(AL, 150), "Write at least 150 words."),
    ],
    ["open with a short intro paragraph before any bullets"],
)
# 68
add(
    "You're a writing assistant embedded in our docs editor. Rewrite the paragraph below so stop words make up no more "
    "than 40% of the words. Write the result in exactly 2 paragraphs separated by ***. Keep the technical meaning intact.\n\n"
    "Paragraph: It is the case that the cache is cleared at the end of each of the deploys, so there is a period of time "
    "in which all of the requests go to the origin.",
    [
        ("ratio:stop_words", {"percentage": 40}, "so stop words make up no more than 40% of the words"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 2}, "Write the result in exactly 2 paragraphs separated by ***."),
    ],
    ["Keep the technical meaning intact."],
    ["system"],
)
# 69
add(
    "Write a customer case study about how Northwind cut support costs, in 3 paragraphs separated by blank lines; "
    "the second paragraph should start with \"Challenge\". Include the phrase \"cut support costs by 37%\" somewhere. "
    "Respond in English only.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Challenge"},
         "in 3 paragraphs separated by blank lines; the second paragraph should start with \"Challenge\"."),
        ("keywords:required_phrase", {"phrase": "cut support costs by 37%"},
         "Include the phrase \"cut support costs by 37%\" somewhere."),
        ("language:response_language", {"language": "en"}, "Respond in English only."),
    ],
    tags=["insent"],
)
# 70
add(
    "Classify whether each of these app store reviews mentions a bug. Respond in French, because the ops team in "
    "Lyon reads this report. Use exactly 5 bullet points, one per review. The whole output must be in French.\n\n"
    "1. \"Crashes every time I open the camera.\"\n2. \"Love the new widgets.\"\n3. \"Sync stopped working after update.\"\n"
    "4. \"Too expensive for what it does.\"\n5. \"Dark mode text is unreadable.\"",
    [
        ("language:response_language", {"language": "fr"}, ["Respond in French", "The whole output must be in French."]),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Use exactly 5 bullet points"),
    ],
    ["one per review"],
    ["repeat"],
)


IFEVAL_FAMILIES = ("change_case:", "combination:", "detectable_content:", "detectable_format:", "keywords:",
                   "language:response_language", "length_constraints:", "punctuation:no_comma", "startend:")
IFEVAL_25 = {
    "change_case:capital_word_frequency", "change_case:english_capital", "change_case:english_lowercase",
    "combination:repeat_prompt", "combination:two_responses", "detectable_content:number_placeholders",
    "detectable_content:postscript", "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title", "keywords:existence",
    "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency", "language:response_language",
    "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
    "length_constraints:number_sentences", "length_constraints:number_words", "punctuation:no_comma",
    "startend:end_checker", "startend:quotation",
}


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        seen = set()
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps, key
            for x in exps:
                assert x in prompt, (key, x)
            assert types is None or cid in types, (key, cid)
            assert cid not in seen, (key, cid)
            seen.add(cid)
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
    ife = sum(v for k, v in ids.items() if k in IFEVAL_25)
    fam = sum(v for k, v in ids.items() if k.startswith(IFEVAL_FAMILIES))
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"IFEval-25 ids {ife} ({ife / total:.0%}); IFEval families incl. negated variants {fam} ({fam / total:.0%})")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(tags))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "system", "md"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
