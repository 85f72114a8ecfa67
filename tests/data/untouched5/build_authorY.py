"""Hand-written prompts (authorY, heldout5) for rpo's decomposition; writes data.jsonl and stats.

Persona: software engineers, data scientists, product managers, QA testers, technical writers and
ML engineers writing prompts for synthetic-data generation, evaluation harnesses and bots (specs,
templates, system prompts, brace placeholders, terse fragments, do/don't tables).

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
KEY_BASE = 102000  # keys are KEY_BASE + 1 .. KEY_BASE + 55 (102001..102055)
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1
add(
    "Generate one synthetic customer complaint email for our support-routing classifier.\n\n"
    "Scenario: {scenario}\nProduct line: {product_line}\nCustomer sentiment: frustrated but polite\n\n"
    "Output requirements:\n"
    "- 120-180 words, body only (no subject line)\n"
    "- Mask PII with square-bracket placeholders; use at least two of them, e.g. [customer_name], [order_id]\n"
    "- No bullet points inside the email\n"
    "- The last line must be exactly: Sent from my phone",
    [
        ("count:word_count_range", {"min_words": 120, "max_words": 180}, "120-180 words"),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Mask PII with square-bracket placeholders; use at least two of them"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "No bullet points inside the email"),
        ("startend:end_checker", {"end_phrase": "Sent from my phone"},
         "The last line must be exactly: Sent from my phone"),
    ],
    untyped=["Customer sentiment: frustrated but polite", "body only (no subject line)"],
    tags=["list", "words"],
)

# 2
add(
    "You are Juniper, the in-app help assistant for {product_name}. Always answer in English, even if "
    "the user writes to you in another language. Keep every reply under 90 words. Never use emojis, and "
    "don't paste links; the chat widget can't render them. If you are not sure about something, say so "
    "and offer to open a ticket.",
    [
        ("language:response_language", {"language": "en"}, "Always answer in English"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 90}, "Keep every reply under 90 words"),
        ("format:no_emoji", {}, "Never use emojis"),
        ("content:no_urls", {}, "don't paste links"),
    ],
    untyped=["If you are not sure about something, say so and offer to open a ticket."],
    tags=["system"],
)

# 3
add(
    "explain p-values to our new pm like they've never taken a stats class. no commas at all. five "
    "sentences max. all lowercase pls, it's going into a slack bot that lowercases everything anyway",
    [
        ("punctuation:no_comma", {}, "no commas at all"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 6}, "five sentences max"),
        ("change_case:english_lowercase", {}, "all lowercase pls"),
    ],
    untyped=["like they've never taken a stats class"],
    tags=["lower", "words", "typo"],
)

# 4
add(
    "SYSTEM: You are an evaluation judge for a summarization model.\n\n"
    "Input:\n<source>{source_document}</source>\n<summary>{model_summary}</summary>\n\n"
    "Rate the summary for factual consistency with the source.\n\n"
    "Respond ONLY with a JSON object containing the keys \"score\", \"verdict\" and \"evidence\". "
    "No prose before or after the JSON.\n"
    "- score: integer 1-5\n"
    "- verdict: one of \"consistent\", \"inconsistent\", \"unverifiable\"\n"
    "- evidence: quote the sentence(s) from the source that support your verdict\n\n"
    "Reminder: output must be valid JSON and nothing else.",
    [
        ("detectable_format:json_format", {},
         ["Respond ONLY with a JSON object", "No prose before or after the JSON.", "output must be valid JSON and nothing else"]),
        ("format:json_keys", {"keys": ["score", "verdict", "evidence"]},
         "a JSON object containing the keys \"score\", \"verdict\" and \"evidence\""),
    ],
    untyped=["score: integer 1-5", "verdict: one of \"consistent\", \"inconsistent\", \"unverifiable\"",
             "evidence: quote the sentence(s) from the source that support your verdict"],
    tags=["system", "repeat", "list"],
)

# 5
add(
    "Write release notes for v2.4.0 of our CLI from the changelog below. Exactly 4 markdown bullets "
    "(use `* `), one per change that matters to users; drop internal refactors. Put a title in double "
    "angle brackets, like <<CLI 2.4.0>>. Don't use the words \"simply\", \"just\" or \"easy\" \u2014 our "
    "style guide bans them.\n\n"
    "Changelog:\n- added --dry-run flag to deploy\n- fixed crash when config file is empty\n"
    "- refactor: moved auth helpers to core/\n- deprecated `legacy-sync` command (removal in 3.0)\n"
    "- faster cold start (~30%)",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "Exactly 4 markdown bullets (use `* `)"),
        ("detectable_format:title", {}, "Put a title in double angle brackets, like <<CLI 2.4.0>>."),
        ("keywords:forbidden_words", {"forbidden_words": ["simply", "just", "easy"]},
         "Don't use the words \"simply\", \"just\" or \"easy\""),
    ],
    untyped=["one per change that matters to users", "drop internal refactors"],
    tags=["insent"],
)

# 6
add(
    "I need a one-pager for leadership on the offline-mode feature. Split it into 3 parts labelled "
    "SECTION 1, SECTION 2, SECTION 3 (problem / proposal / open questions). Somewhere in there, "
    "highlight at least two of the biggest risks in markdown italics, *like this*. Aim for 300 words or "
    "more overall \u2014 leadership complains when these are too thin.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "Split it into 3 parts labelled SECTION 1, SECTION 2, SECTION 3"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "highlight at least two of the biggest risks in markdown italics, *like this*"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "Aim for 300 words or more overall"),
    ],
    untyped=["(problem / proposal / open questions)"],
    tags=["words"],
)

# 7
add(
    "Turn these raw tester notes into a proper bug report for Jira.\n\n{raw_tester_notes}\n\n"
    "- steps to reproduce go in a numbered list, min. 5 steps (split them up if you have to)\n"
    "- include Expected vs Actual\n"
    "- no exclamation marks anywhere, the triage bot flags them as \"angry customer\"\n"
    "- last line has to be: Severity: TBD",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL},
         "steps to reproduce go in a numbered list, min. 5 steps"),
        ("punctuation:no_exclamation", {}, "no exclamation marks anywhere"),
        ("startend:end_checker", {"end_phrase": "Severity: TBD"}, "last line has to be: Severity: TBD"),
    ],
    untyped=["include Expected vs Actual"],
    tags=["list"],
)

# 8
add(
    "Need a quick fixture for a unit test. Generate CSV data with columns \"ID\", \"Country\", \"City\", "
    "\"Year\", \"Count\" \u2014 comma delimited, 7 rows of data (header not counted). Output the CSV only, no "
    "code fences, no commentary.",
    [
        ("custom:csv_city", {},
         "Generate CSV data with columns \"ID\", \"Country\", \"City\", \"Year\", \"Count\" \u2014 comma delimited, 7 rows of data"),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no code fences"),
    ],
    untyped=["Output the CSV only", "no commentary"],
    tags=["insent"],
)

# 9
add(
    "# Task\nCreate evaluation Q&A pairs from the passage below for our RAG regression suite.\n\n"
    "## Passage\n{passage}\n\n"
    "## Spec\n"
    "- 6 question\u2013answer pairs, formatted `Q: ...` / `A: ...`\n"
    "- questions must be answerable from the passage alone, no outside knowledge\n"
    "- no `#` headings in the output\n"
    "- whole output: < 250 words",
    [
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no `#` headings in the output"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 250}, "whole output: < 250 words"),
    ],
    untyped=["6 question\u2013answer pairs, formatted `Q: ...` / `A: ...`",
             "questions must be answerable from the passage alone, no outside knowledge"],
    tags=["list"],
)

# 10
add(
    "WE NEED THE TEXT FOR THE STICKER ON THE BACK OF THE CHARGING DOCK. WRITE THE ENTIRE LABEL IN CAPITAL "
    "LETTERS. It should say: don't open the dock while it's plugged in, keep it away from water, and only "
    "use the supplied adapter. 40-word ceiling (the sticker is tiny). DO NOT USE EXCLAMATION MARKS. "
    "again: all caps, every word.",
    [
        ("change_case:english_capital", {},
         ["WRITE THE ENTIRE LABEL IN CAPITAL LETTERS", "all caps, every word"]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 41}, "40-word ceiling"),
        ("punctuation:no_exclamation", {}, "DO NOT USE EXCLAMATION MARKS"),
    ],
    untyped=["It should say: don't open the dock while it's plugged in, keep it away from water, and only "
             "use the supplied adapter."],
    tags=["caps", "repeat"],
)

# 11
add(
    "We're A/B testing the tooltip on the Share button. Write two alternative versions of the tooltip "
    "copy, separated by a line of six asterisks (******), nothing else in between. Each version should "
    "be under 20 words and explain that links expire after 7 days.\n\nPS: no emoji pls, the tooltip "
    "font doesn't support them",
    [
        ("combination:two_responses", {},
         "Write two alternative versions of the tooltip copy, separated by a line of six asterisks (******)"),
        ("format:no_emoji", {}, "no emoji pls"),
    ],
    untyped=["Each version should be under 20 words", "explain that links expire after 7 days"],
    tags=["ps", "typo", "insent"],
)

# 12
add(
    "Eval item #{item_id} \u2014 instruction-echo check.\n\n"
    "Start by echoing the request exactly as written (no changes, nothing before it), then answer it.\n\n"
    "Request: Summarize the main tradeoff between batch and streaming ingestion for a team choosing between them.\n\n"
    "Use the word \"latency\" at least twice in your answer.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Summarize the main tradeoff between batch and streaming ingestion for a team choosing between them."},
         "Start by echoing the request exactly as written (no changes, nothing before it), then answer it."),
        ("keywords:frequency", {"keyword": "latency", "frequency": 2, "relation": AL},
         "Use the word \"latency\" at least twice in your answer."),
    ],
    tags=["words"],
)

# 13
add(
    "Docs task. Write the intro section of the \"Getting started\" page for our Python SDK ({sdk_name}).\n\n"
    "Constraints:\n"
    "1. 3 paragraphs separated by blank lines; the second one has to open with the word \"Before\".\n"
    "2. \u2264 200 words.\n"
    "3. Assume the reader knows Python but has never seen our API.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Before"},
         "3 paragraphs separated by blank lines; the second one has to open with the word \"Before\"."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "\u2264 200 words"),
    ],
    untyped=["Assume the reader knows Python but has never seen our API."],
    tags=["list"],
)

# 14
add(
    "Write an engineering blog post about how we cut p99 latency on the search API by moving to a "
    "two-tier cache. It should be exactly 5 paragraphs, with *** on its own line between paragraphs "
    "(our CMS splits on that). Mention both \"latency\" and \"caching\" somewhere. no em dashes please, "
    "marketing says they look AI-generated.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5},
         "It should be exactly 5 paragraphs, with *** on its own line between paragraphs"),
        ("keywords:existence", {"keywords": ["latency", "caching"]},
         "Mention both \"latency\" and \"caching\" somewhere."),
        ("punctuation:no_em_dash", {}, "no em dashes please"),
    ],
    tags=[],
)

# 15
add(
    "You are grading whether a model's answer to a factual question is correct.\n\n"
    "Question: {question}\nReference answer: {reference}\nModel answer: {candidate}\n\n"
    "Is the model answer correct? Reply using exactly one of the following and nothing else: "
    "\"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\" Use \"maybe\" only when the "
    "reference itself is ambiguous.",
    [
        ("detectable_format:constrained_response", {},
         "Reply using exactly one of the following and nothing else: \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\""),
    ],
    untyped=["Use \"maybe\" only when the reference itself is ambiguous."],
    tags=["system"],
)

# 16
add(
    "quick triage\npr: {pr_url}\ndescription: {pr_description}\n\n"
    "is the description good enough for a reviewer to start? answer with just one of these, nothing "
    "else: approve/request-changes/comment",
    [
        ("format:options", {"options": "approve/request-changes/comment"},
         "answer with just one of these, nothing else: approve/request-changes/comment"),
    ],
    tags=["lower"],
)

# 17
add(
    "Brainstorm headline options for the launch post of {feature_name}. Give me 10 or more, as a "
    "numbered list. Keep each under 70 characters. Write everything in Title Case (yes, including any "
    "intro line).",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "Give me 10 or more, as a numbered list"),
        ("format:title_case", {}, "Write everything in Title Case"),
    ],
    untyped=["Keep each under 70 characters."],
    tags=[],
)

# 18
add(
    "Localize the following error messages into German for the de-DE build:\n\n"
    "1. \"Your session has expired. Please sign in again.\"\n"
    "2. \"Upload failed: file exceeds {max_size} MB.\"\n"
    "3. \"Something went wrong on our end.\"\n\n"
    "Output the translations only, keep the numbering and the {max_size} placeholder untouched. Use "
    "formal \"Sie\". Reply entirely in German \u2014 no English anywhere in the output. Also leave out "
    "exclamation points, our German UX guidelines forbid them in errors.",
    [
        ("language:response_language", {"language": "de"},
         ["Reply entirely in German", "no English anywhere in the output"]),
        ("punctuation:no_exclamation", {}, "leave out exclamation points"),
    ],
    untyped=["Output the translations only", "keep the numbering and the {max_size} placeholder untouched",
             "Use formal \"Sie\"."],
    tags=["repeat"],
)

# 19
add(
    "Escribe un resumen de la reunión de planificación del sprint para el canal del equipo. Notas: "
    "{notas_reunion}. Máximo 150 palabras, sin viñetas, y que termine con la frase \"¿Dudas? Escribidme "
    "por aquí.\" Todo en español, claro.",
    [
        ("language:response_language", {"language": "es"}, "Todo en español"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "Máximo 150 palabras"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "sin viñetas"),
        ("startend:end_checker", {"end_phrase": "¿Dudas? Escribidme por aquí."},
         "que termine con la frase \"¿Dudas? Escribidme por aquí.\""),
    ],
    tags=["lang"],
)

# 20
add(
    "Push notification copy for the spring sale. Hard limit: under 120 characters, spaces included. "
    "Emojis ok but two at most. Must mention the code {promo_code}.",
    [
        ("length:number_characters", {"num_chars": 120, "relation": LT},
         "Hard limit: under 120 characters, spaces included"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "Emojis ok but two at most"),
    ],
    untyped=["Must mention the code {promo_code}."],
    tags=["words"],
)

# 21
add(
    "LinkedIn post announcing {product} 3.0.\n"
    "Tone: proud but not cringe.\n"
    "Length: between 80 and 120 words.\n"
    "Work in at least 3 hashtags.\n"
    "Close with a question so poeple comment.\n"
    "(Seriously, stay in the 80\u2013120 word window, the last draft was 250.)",
    [
        ("count:word_count_range", {"min_words": 80, "max_words": 120},
         ["Length: between 80 and 120 words.", "stay in the 80\u2013120 word window"]),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "Work in at least 3 hashtags."),
        ("content:end_with_question", {}, "Close with a question so poeple comment."),
    ],
    untyped=["Tone: proud but not cringe."],
    tags=["list", "repeat", "typo"],
)

# 22
add(
    "Rewrite the paragraph below in plain language for our accessibility guide. Sentences: 15 words max "
    "each. No jargon, no acronyms without expansion. Output plain text \u2014 no markdown formatting at all, "
    "it gets pasted into a CMS field that shows asterisks literally.\n\n{paragraph}",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "Sentences: 15 words max each."),
        ("format:no_markdown", {}, "Output plain text \u2014 no markdown formatting at all"),
    ],
    untyped=["No jargon, no acronyms without expansion."],
    tags=[],
)

# 23
add(
    "Summarize the Q3 dashboard numbers below in a single sentence for the exec digest. It must contain "
    "exactly three numbers \u2014 pick the ones that matter. Don't open with \"In Q3\".\n\n{q3_metrics_table}",
    [
        ("count:numbers", {"N": 3}, "It must contain exactly three numbers"),
        ("startend:not_start_phrase", {"start_phrase": "In Q3"}, "Don't open with \"In Q3\""),
    ],
    untyped=["in a single sentence"],
    tags=["words"],
)

# 24
add(
    "App Store promo text for {app_name} (fitness tracker, new sleep-score feature). 40 words max. "
    "Don't let any single word appear more than twice \u2014 it reads spammy otherwise.\n\nP.S. No emojis.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 41}, "40 words max"),
        ("words:repeats", {"small_n": 2}, "Don't let any single word appear more than twice"),
        ("format:no_emoji", {}, "No emojis."),
    ],
    tags=["ps", "words"],
)

# 25
add(
    "Incident summary for the status page \u2014 INC-{incident_id}.\n\nFacts: {timeline}\n\n"
    "Requirements:\n"
    "* no more than 6 sentences\n"
    "* sentence #2 has to contain the word \"rollback\"\n"
    "* no blame, no names of engineers\n"
    "* don't speculate about root cause beyond what's in the facts",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 7}, "no more than 6 sentences"),
        ("sentence:keyword", {"word": "rollback", "N": 2}, "sentence #2 has to contain the word \"rollback\""),
    ],
    untyped=["no blame, no names of engineers", "don't speculate about root cause beyond what's in the facts"],
    tags=["list"],
)

# 26
add(
    "write a commit msg for this diff. start with a verb (imperative, like 'add' / 'fix'). 3 lines max "
    "total, subject \u2264 50 chars, no trailing period on the subject.\n\n{diff}",
    [
        ("words:start_verb", {}, "start with a verb"),
        ("length:number_lines", {"num_lines": 4, "relation": LT}, "3 lines max total"),
    ],
    untyped=["subject \u2264 50 chars", "no trailing period on the subject"],
    tags=["lower", "typo"],
)

# 27
add(
    "You are Pip, the onboarding buddy in our HR Slack workspace. Start each reply with \"Hey there,\" "
    "\u2014 always. Don't end your messages with a question; new hires feel pressured to respond. Keep it "
    "warm and brief, and never give legal or payroll advice (point people to #ask-people instead).",
    [
        ("startend:start_phrase", {"start_phrase": "Hey there,"}, "Start each reply with \"Hey there,\""),
        ("content:not_end_with_question", {}, "Don't end your messages with a question"),
    ],
    untyped=["Keep it warm and brief", "never give legal or payroll advice (point people to #ask-people instead)"],
    tags=["system"],
)

# 28
add(
    "SEO meta description for the pricing page of {saas_name}. Keyword-dense please: stop words (the, of, "
    "and, etc.) should be at most 30% of the words. Use the word \"pricing\" at least twice. Under 160 "
    "characters.",
    [
        ("ratio:stop_words", {"percentage": 30}, "stop words (the, of, and, etc.) should be at most 30% of the words"),
        ("keywords:frequency", {"keyword": "pricing", "frequency": 2, "relation": AL},
         "Use the word \"pricing\" at least twice."),
        ("length:number_characters", {"num_chars": 160, "relation": LT}, "Under 160 characters."),
    ],
    tags=["words"],
)

# 29
add(
    "We're stress-testing a new tokenizer. Generate a passage of English prose (topic: {topic}) that "
    "meets all of:\n"
    "- at least 200 words\n"
    "- at least 150 distinct words (don't pad with repetition)\n"
    "- the letter \"z\" shows up 10+ times\n"
    "- include at least one em dash (\u2014)",
    [
        ("language:response_language", {"language": "en"}, "Generate a passage of English prose"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 200}, "at least 200 words"),
        ("count:unique_word_count", {"N": 150}, "at least 150 distinct words"),
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 10, "let_relation": AL},
         "the letter \"z\" shows up 10+ times"),
        ("punctuation:use_em_dash", {}, "include at least one em dash (\u2014)"),
    ],
    tags=["list", "insent"],
)

# 30
add(
    "Outline the Postgres 12 \u2192 16 migration plan for the billing DB. Use * for top-level bullets and "
    "give every bullet at least one - sub-bullet with details. Call out the downtime window explicitely. "
    "Don't add any headings; this goes inside an existing doc section.",
    [
        ("format:sub-bullets", {},
         "Use * for top-level bullets and give every bullet at least one - sub-bullet with details."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't add any headings"),
    ],
    untyped=["Call out the downtime window explicitely."],
    tags=["typo"],
)

# 31
add(
    "Write a design rationale for switching the partner integration from REST polling to webhooks.\n"
    "Structure: 3 sections, each introduced by a line \"Part N\" (Part 1, Part 2, Part 3). Each section "
    "opens with a one-sentence thesis statement in italics using HTML <i></i> tags, not markdown "
    "asterisks. Total length 350+ words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 3},
         "Structure: 3 sections, each introduced by a line \"Part N\" (Part 1, Part 2, Part 3)."),
        ("format:thesis", {},
         "Each section opens with a one-sentence thesis statement in italics using HTML <i></i> tags"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 350}, "Total length 350+ words."),
    ],
    tags=[],
)

# 32
add(
    "Need mixed-script test inputs for our search tokenizer. Write a short product review (3\u20135 "
    "sentences) mostly in English, but code-switch: it must include some Korean words in Hangul. No "
    "romanization of the Korean bits. Word budget: fewer than 100.",
    [
        ("language:use_script", {"script": "hangul"}, "it must include some Korean words in Hangul"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "Word budget: fewer than 100."),
    ],
    untyped=["(3\u20135 sentences)", "mostly in English", "No romanization of the Korean bits."],
    tags=[],
)

# 33
add(
    "Generate 20 fake usernames for the signup fixture. Latin letters, digits and underscores only; DO "
    "NOT USE ANY CYRILLIC CHARACTERS (homoglyph cases live in a separate fixture). One username per "
    "line, no numbering.",
    [
        ("language:no_script", {"script": "cyrillic"}, "DO NOT USE ANY CYRILLIC CHARACTERS"),
        ("format:numbered_list", {"num_items": 1, "relation": LT}, "no numbering"),
    ],
    untyped=["Generate 20 fake usernames", "Latin letters, digits and underscores only", "One username per line"],
    tags=["caps"],
)

# 34
add(
    "Answer this help-center FAQ: \"How do I export my data?\" If you could keep it to 3 short paragraphs at most "
    "(blank lines between them), that'd be ideal. Include at least one link to the relevant docs page "
    "(https://docs.{domain}/export is the one).",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": LT},
         "keep it to 3 short paragraphs at most (blank lines between them)"),
        ("content:include_url", {}, "Include at least one link to the relevant docs page"),
    ],
    tags=["polite"],
)

# 35
add(
    "Our CI fails with `ModuleNotFoundError: No module named 'yaml'` in the lint job. Show the fix to "
    "the workflow file in a fenced code block, then explain why it happened in under 80 words. Don't "
    "link to external docs, I just want the answer here.",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Show the fix to the workflow file in a fenced code block"),
        ("content:no_urls", {}, "Don't link to external docs"),
    ],
    untyped=["explain why it happened in under 80 words"],
    tags=["insent"],
)

# 36
add(
    "Draft a README for the internal `feature-flags` service. Use Markdown, with a minimum of four ## "
    "headings (Overview / Setup / Usage / FAQ works). Include at least one code block showing how to "
    "check a flag from a service. Length-wise, 300-400 words.",
    [
        ("format:use_markdown", {}, "Use Markdown"),
        ("format:markdown_headings", {"num_headings": 4, "relation": AL}, "with a minimum of four ## headings"),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "Include at least one code block showing how to check a flag from a service."),
        ("count:word_count_range", {"min_words": 300, "max_words": 400}, "300-400 words"),
    ],
    tags=["words"],
)

# 37
add(
    "Write the narrative section of the postmortem for the {date} checkout outage. At least four "
    "paragraphs (separate them with blank lines). Give it a title wrapped in double angular brackets, "
    "e.g. <<Checkout outage, {date}>>. Blameless language only: do not use the words \"fault\", "
    "\"careless\" or \"mistake\".",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "At least four paragraphs (separate them with blank lines)."),
        ("detectable_format:title", {}, "Give it a title wrapped in double angular brackets"),
        ("keywords:forbidden_words", {"forbidden_words": ["fault", "careless", "mistake"]},
         "do not use the words \"fault\", \"careless\" or \"mistake\""),
    ],
    untyped=["Blameless language only"],
    tags=["words"],
)

# 38
add(
    "SMS outage alert for enterprise customers, goes out via Twilio. Requirements: ALL CAPS (ops wants it "
    "to stand out on lock screens), zero commas because the gateway template breaks on them, and "
    "include the status page placeholder [STATUS_URL] exactly once.",
    [
        ("change_case:english_capital", {}, "ALL CAPS"),
        ("punctuation:no_comma", {}, "zero commas"),
    ],
    untyped=["include the status page placeholder [STATUS_URL] exactly once"],
    tags=["caps"],
)

# 39
add(
    "write a hype msg for #general celebrating that we just hit 10k weekly actives!! use at least one "
    "exclamation point (obviously), 3+ emojis, keep it under 60 words. somewhere in there say \"couldn't "
    "have done it without you all\".",
    [
        ("punctuation:use_exclamation", {}, "use at least one exclamation point"),
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "3+ emojis"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "keep it under 60 words"),
        ("keywords:required_phrase", {"phrase": "couldn't have done it without you all"},
         "somewhere in there say \"couldn't have done it without you all\""),
    ],
    tags=["lower", "typo"],
)

# 40
add(
    "You are the assistant inside {bank_app}'s budgeting tab.\n"
    "- Never say \"as an AI language model\".\n"
    "- Every answer must contain the exact phrase \"estimates only, not financial advice\".\n"
    "- Answers: 120 words or fewer.\n"
    "- Don't recommend specific stocks, funds or crypto.",
    [
        ("keywords:forbidden_phrase", {"phrase": "as an AI language model"}, "Never say \"as an AI language model\"."),
        ("keywords:required_phrase", {"phrase": "estimates only, not financial advice"},
         "Every answer must contain the exact phrase \"estimates only, not financial advice\"."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "Answers: 120 words or fewer."),
    ],
    untyped=["Don't recommend specific stocks, funds or crypto."],
    tags=["system", "list"],
)

# 41
add(
    "ASR robustness set: write eight tongue-twister-ish sentences, numbered 1-8, about a fox exporting "
    "boxes. The letter \"x\" needs to appear at least six times across the whole thing, and no sentence "
    "may run longer than 12 words.",
    [
        ("keywords:letter_frequency", {"letter": "x", "let_frequency": 6, "let_relation": AL},
         "The letter \"x\" needs to appear at least six times across the whole thing"),
        ("length:max_words_per_sentence", {"max_words": 12}, "no sentence may run longer than 12 words"),
    ],
    untyped=["write eight tongue-twister-ish sentences, numbered 1-8"],
    tags=["words"],
)

# 42
add(
    "Rewrite the deprecation notice for the v1 webhooks API. Style rules:\n\n"
    "| \u2705 Do | \u274c Don't |\n"
    "|---|---|\n"
    "| Say what's deprecated and the removal date | Use more than two all-caps words (acronyms count) |\n"
    "| Link the migration guide | Use exclamation marks |\n"
    "| Stay below 120 words | Apologize more than once |\n\n"
    "Original notice:\n{notice_text}",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "Use more than two all-caps words (acronyms count)"),
        ("content:include_url", {}, "Link the migration guide"),
        ("punctuation:no_exclamation", {}, "Use exclamation marks"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Stay below 120 words"),
    ],
    untyped=["Say what's deprecated and the removal date", "Apologize more than once"],
    tags=["list", "words"],
)

# 43
add(
    "Hero copy for the enterprise landing page. Three sentences, no more. Use ALL-CAPS on at least 2 "
    "words for emphasis (design will style them), and make sure \"uptime\" is in there.",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 4}, "Three sentences, no more."),
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": AL},
         "Use ALL-CAPS on at least 2 words for emphasis"),
        ("keywords:existence", {"keywords": ["uptime"]}, "make sure \"uptime\" is in there"),
    ],
    tags=["words"],
)

# 44
add(
    "Generate a single user utterance for the intent `cancel_subscription`, in the voice of an annoyed "
    "customer. Wrap the whole output in double quotes; it's going straight into a CSV cell. No commas "
    "inside, same reason.",
    [
        ("startend:quotation", {}, "Wrap the whole output in double quotes"),
        ("punctuation:no_comma", {}, "No commas inside, same reason."),
    ],
    untyped=["Generate a single user utterance", "in the voice of an annoyed customer"],
    tags=[],
)

# 45
add(
    "Email to our beta testers asking them to try the new sync engine before Friday. Friendly, concise, "
    "150 words tops. It'd be nice to close with a postscript starting with \"P.S.\" that mentions the swag raffle. "
    "Put at least 2 placeholders like [first_name] in square brackets so the mail-merge can fill them.\n\n"
    "Reminder: keep it to 150 words or less, testers don't read long emails.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 151},
         ["150 words tops", "keep it to 150 words or less"]),
        ("detectable_content:postscript", {"postscript_marker": "P.S."},
         "close with a postscript starting with \"P.S.\""),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Put at least 2 placeholders like [first_name] in square brackets"),
    ],
    untyped=["Friendly, concise", "that mentions the swag raffle"],
    tags=["repeat", "polite"],
)

# 46
add(
    "For the grades-import parser tests I need a tiny file: generate CSV data with the columns "
    "\"StudentID\", \"Subject\", \"Grade\", \"Semester\" and \"Score\", tab delimited, 3 rows of data, "
    "every field enclosed in double quotes. Raw data only, no explanation.",
    [
        ("custom:csv_quotes", {},
         "generate CSV data with the columns \"StudentID\", \"Subject\", \"Grade\", \"Semester\" and \"Score\", "
         "tab delimited, 3 rows of data, every field enclosed in double quotes"),
    ],
    untyped=["Raw data only, no explanation."],
    tags=["insent"],
)

# 47
add(
    "list the edge cases qa should cover for the date-picker component (timezones, dst, leap years, "
    "locale formats, etc). instead of bullet points, mark each item with || . at least 8 items. "
    "lowercase only, it's for our internal wiki which is all lowercase by convention",
    [
        ("format:list", {"sep": "||"}, "instead of bullet points, mark each item with ||"),
        ("change_case:english_lowercase", {}, "lowercase only"),
    ],
    untyped=["at least 8 items"],
    tags=["lower"],
)

# 48
add(
    "Eval prompt v3 (reasoning-format track)\n\n"
    "Question: Should we migrate our online feature store from Redis to DynamoDB, given {constraints}?\n\n"
    "Use this exact template for the response, filling in the brackets:\n"
    "My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]\n\n"
    "Max 150 words. No markdown.",
    [
        ("format:output_template", {},
         "Use this exact template for the response, filling in the brackets:\nMy Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "Max 150 words."),
        ("format:no_markdown", {}, "No markdown."),
    ],
    tags=[],
)

# 49
add(
    "Generate a synthetic user profile for load-testing the recommendations service.\n\n"
    "Output format: a single JSON object (no markdown fences, no comments) with exactly these fields: "
    "\"user_id\", \"age_band\", \"interests\", \"last_active\". interests is an array of 3-5 strings; "
    "last_active is an ISO-8601 timestamp.\n\nAgain: JSON only.",
    [
        ("detectable_format:json_format", {}, ["Output format: a single JSON object", "Again: JSON only."]),
        ("format:json_keys", {"keys": ["user_id", "age_band", "interests", "last_active"]},
         "with exactly these fields: \"user_id\", \"age_band\", \"interests\", \"last_active\""),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no markdown fences"),
    ],
    untyped=["no comments", "interests is an array of 3-5 strings", "last_active is an ISO-8601 timestamp"],
    tags=["repeat"],
)

# 50
add(
    "The weekly retention chart dropped 4 points and I have to explain it twice: once for the data team, "
    "once for the execs. Write both explanations as two separate responses with ****** between them "
    "(just the asterisks, no labels like \"Version A\"). Don't use bullets in either one.",
    [
        ("combination:two_responses", {}, "Write both explanations as two separate responses with ****** between them"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Don't use bullets in either one."),
    ],
    untyped=["once for the data team, once for the execs", "no labels like \"Version A\""],
    tags=["insent"],
)

# 51
add(
    "Product description for the {sku_name} standing desk (marketplace listing). It needs 6+ sentences, "
    "should mention \"ergonomic\" and \"warranty\", and should highlight at least 3 selling points with "
    "markdown emphasis (*...* or **...**). Don't invent specs that aren't in {spec_sheet}.",
    [
        ("length_constraints:number_sentences", {"relation": AL, "num_sentences": 6}, "It needs 6+ sentences"),
        ("keywords:existence", {"keywords": ["ergonomic", "warranty"]}, "should mention \"ergonomic\" and \"warranty\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "should highlight at least 3 selling points with markdown emphasis (*...* or **...**)"),
    ],
    untyped=["Don't invent specs that aren't in {spec_sheet}."],
    tags=[],
)

# 52
add(
    "Context: every month the platform team sends a newsletter to ~400 engineers. Open rates have been "
    "falling, and the feedback survey said the intro is the only part people read, so this month we want "
    "the intro to carry the important stuff: the on-call rotation change, the new staging cluster, and "
    "the deadline for migrating off Node 16. The newsletter tool we use mangles commas in the preview "
    "text, so please avoid commas entirely in what you write. Structure the intro as 4 paragraphs with "
    "blank lines between them, and have the fourth paragraph start with the word \"Finally\". Facts and "
    "dates are here: {facts}",
    [
        ("punctuation:no_comma", {}, "please avoid commas entirely in what you write"),
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 4, "first_word": "Finally"},
         "Structure the intro as 4 paragraphs with blank lines between them, and have the fourth paragraph start with the word \"Finally\"."),
    ],
    untyped=["the on-call rotation change, the new staging cluster, and the deadline for migrating off Node 16"],
    tags=["words", "polite"],
)

# 53
add(
    "Vendor security questionnaire, item 14: \"Describe how customer data is protected at rest.\"\n"
    "Answer in 2-3 sentences. Use at least one of the words \"encrypted\" / \"encryption\". Don't mention "
    "competitor names. Plain text only; skip Markdown entirely, the portal shows raw text.",
    [
        ("keywords:include_any", {"forbidden_words": ["encrypted", "encryption"]},
         "Use at least one of the words \"encrypted\" / \"encryption\"."),
        ("format:no_markdown", {}, "Plain text only; skip Markdown entirely"),
    ],
    untyped=["Answer in 2-3 sentences.", "Don't mention competitor names."],
    tags=[],
)

# 54
add(
    "Summarize this Slack thread for someone who was on PTO all week. At most 5 bullets. Do NOT end with "
    "\"Let me know if you have any questions.\" \u2014 every summary bot does that and people hate it. Skip "
    "greetings.\n\nThread:\n{thread_export}",
    [
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "At most 5 bullets."),
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any questions."},
         "Do NOT end with \"Let me know if you have any questions.\""),
    ],
    untyped=["Skip greetings."],
    tags=["caps"],
)

# 55
add(
    "Rédige en anglais la mise à jour hebdo du projet pour les parties prenantes américaines. Format : "
    "exactement 3 puces markdown (avec *), une par chantier. Pas de virgules, leur outil de reporting les "
    "gère mal. Reste factuel.\n\nP.S. je répète : la réponse doit être entièrement en anglais.",
    [
        ("language:response_language", {"language": "en"},
         ["Rédige en anglais", "la réponse doit être entièrement en anglais"]),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "exactement 3 puces markdown (avec *)"),
        ("punctuation:no_comma", {}, "Pas de virgules"),
    ],
    untyped=["une par chantier", "Reste factuel."],
    tags=["lang", "repeat", "ps", "insent"],
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
