"""Hand-written prompts (authorL, dev4) for rpo's decomposition; writes data.jsonl and prints stats.

Persona: product managers, ops engineers, technical writers and trainers writing requirement
lists and system prompts, plus students.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a plain string, or a list of all statements (first one first) when the prompt states
the same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list or "Rules:"/"Requirements:" block;
  polite = indirect/polite form; typo = misspellings; caps = ALL-CAPS instruction text;
  lower = all-lowercase prompt; sysprompt = system-prompt style; before = a constraint stated
  before the task; ps = a requirement placed in a P.S. of the prompt; terse = fragment style;
  multipara = prompt with several paragraphs/blocks.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 72000  # keys 72001, 72002, ...
E = []

IFEVAL_IDS = {
    "change_case:capital_word_frequency", "change_case:english_capital",
    "change_case:english_lowercase", "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency",
    "keywords:letter_frequency", "language:response_language",
    "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
    "length_constraints:number_sentences", "length_constraints:number_words",
    "punctuation:no_comma", "startend:end_checker", "startend:quotation",
}


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 72001
add(
    "I'm drafting a PRD for a \"snooze notifications\" feature in our mobile banking app. "
    "Can you write the Problem Statement section?\n\n"
    "Requirements:\n"
    "- 150 words max\n"
    "- Must mention the words \"retention\" and \"churn\"\n"
    "- no bullet points at all, it should read as prose\n"
    "- Put a title in double angle brackets, like <<Problem Statement>>",
    [
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "150 words max"),
        ("keywords:existence", {"keywords": ["retention", "churn"]}, "Must mention the words \"retention\" and \"churn\""),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points at all"),
        ("detectable_format:title", {}, "Put a title in double angle brackets, like <<Problem Statement>>"),
    ],
    tags=["list", "multipara"],
)
# 72002
add(
    "You are OnCallBot, an assistant for our SRE team. When an engineer pastes an alert, explain "
    "what it most likely means and what to check first. Always respond in ALL CAPITAL LETTERS so "
    "your messages stand out in the incident channel. Never include links. Keep every answer "
    "under 120 words.",
    [
        ("change_case:english_capital", {}, "Always respond in ALL CAPITAL LETTERS"),
        ("content:no_urls", {}, "Never include links."),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "Keep every answer under 120 words."),
    ],
    ["explain what it most likely means and what to check first"],
    tags=["sysprompt"],
)
# 72003
add(
    "can u explain photosynthesis like im 12?? write it all in lowercase pls, no capitals "
    "anywhere, and keep it to 5 sentences or fewer",
    [
        ("change_case:english_lowercase", {}, ["write it all in lowercase pls", "no capitals anywhere"]),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "keep it to 5 sentences or fewer"),
    ],
    ["like im 12"],
    tags=["lower", "typo", "repeat"],
)
# 72004
add(
    "Draft release notes for v4.2 of our CLI tool. Changes: new --dry-run flag, faster config "
    "parsing, fixed the Windows path bug. Use exactly 3 bullet points, one per change. No "
    "headings. Finish with the exact line \"Full changelog available on request.\" and nothing "
    "after it.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Use exactly 3 bullet points"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "No headings."),
        ("startend:end_checker", {"end_phrase": "Full changelog available on request."},
         "Finish with the exact line \"Full changelog available on request.\" and nothing after it."),
    ],
    ["one per change"],
    tags=["terse"],
)
# 72005
add(
    "I run onboarding workshops for new warehouse staff. Create a training outline on forklift "
    "safety, split into 3 parts labelled Module 1, Module 2 and Module 3. In total the outline "
    "should be at least 250 words. Please don't use the word \"accident\" anywhere, and include "
    "at least one link to an official forklift safety resource.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Module", "num_sections": 3},
         "split into 3 parts labelled Module 1, Module 2 and Module 3"),
        ("length_constraints:number_words", {"num_words": 250, "relation": AL}, "In total the outline should be at least 250 words."),
        ("keywords:forbidden_words", {"forbidden_words": ["accident"]}, "Please don't use the word \"accident\" anywhere"),
        ("content:include_url", {}, "include at least one link"),
    ],
    ["to an official forklift safety resource"],
    tags=["insent", "polite"],
)
# 72006
add(
    "Write a short update email to our Madrid sales team about the Q3 roadmap delay. The whole "
    "email must be in Spanish. Include at least two placeholders in square brackets, like "
    "[fecha], for details I'll fill in later. End it with a P.S. reminding them about the "
    "Thursday sync.",
    [
        ("language:response_language", {"language": "es"}, "The whole email must be in Spanish."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2}, "Include at least two placeholders in square brackets"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "End it with a P.S."),
    ],
    ["reminding them about the Thursday sync"],
)
# 72007
add(
    "Parse this log line into fields:\n"
    "`2024-03-11T02:14:55Z ERROR payment-svc timeout after 30000ms upstream=ledger`\n"
    "Output must be valid JSON only. Use the keys \"timestamp\", \"level\", \"service\", \"message\".",
    [
        ("detectable_format:json_format", {}, "Output must be valid JSON only."),
        ("format:json_keys", {"keys": ["timestamp", "level", "service", "message"]},
         "Use the keys \"timestamp\", \"level\", \"service\", \"message\"."),
    ],
    tags=["multipara"],
)
# 72008
add(
    "I have to pick a topic for my sociology essay. Give me two different possible thesis "
    "statements on remote work and social isolation, separated by six asterisks (******). "
    "Each one under 30 words.",
    [
        ("combination:two_responses", {},
         "Give me two different possible thesis statements on remote work and social isolation, separated by six asterisks (******)"),
    ],
    ["Each one under 30 words."],
    tags=["insent"],
)
# 72009
add(
    "Before you answer, copy my request below word for word, then answer it. Also tack on a "
    "P.S. with one tip for shy participants.\n\n"
    "Request: Describe three icebreaker activities for a remote team of 12 people.",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "Describe three icebreaker activities for a remote team of 12 people."},
         "copy my request below word for word, then answer it"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "tack on a P.S."),
    ],
    ["with one tip for shy participants"],
    tags=["before", "multipara"],
)
# 72010
add(
    "Quick gut check: is it reasonable to ship a beta feature to 5% of users without a kill "
    "switch? Respond with exactly one of these phrases: \"My answer is yes.\", \"My answer is "
    "no.\", or \"My answer is maybe.\"",
    [
        ("detectable_format:constrained_response", {},
         "Respond with exactly one of these phrases: \"My answer is yes.\", \"My answer is no.\", or \"My answer is maybe.\""),
    ],
)
# 72011
add(
    "Rewrite this step from our admin guide so it's easier to scan: 'To rotate API keys, "
    "navigate to Settings, select Security, click Rotate, confirm the prompt, and update all "
    "dependent services within 24 hours or requests will fail.' Highlight at least 2 key parts "
    "with markdown italics, like *this*. No commas in the rewrite, and no em dashes either.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Highlight at least 2 key parts with markdown italics, like *this*."),
        ("punctuation:no_comma", {}, "No commas in the rewrite"),
        ("punctuation:no_em_dash", {}, "no em dashes either"),
    ],
)
# 72012
add(
    "Write a runbook entry for restarting the Kafka consumer group when lag goes above 10k "
    "messages. The word \"verify\" should appear at least 3 times, because every step needs a "
    "check. Number the steps (at least 5 of them). Don't use the phrase \"just restart it\" "
    "anywhere.",
    [
        ("keywords:frequency", {"keyword": "verify", "frequency": 3, "relation": AL},
         "The word \"verify\" should appear at least 3 times"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "Number the steps (at least 5 of them)."),
        ("keywords:forbidden_phrase", {"phrase": "just restart it"}, "Don't use the phrase \"just restart it\" anywhere."),
    ],
)
# 72013
add(
    "For my creative writing class: write a tongue twister about a zebra at the zoo. The letter "
    "z has to show up atleast 10 times. Keep it under fifty words total. The whole reply should "
    "start and end with a double quote mark.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 10, "let_relation": AL},
         "The letter z has to show up atleast 10 times."),
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "Keep it under fifty words total."),
        ("startend:quotation", {}, "The whole reply should start and end with a double quote mark."),
    ],
    tags=["typo"],
)
# 72014
add(
    "Write a welcome message for participants of my evening course \"Intro to Excel\". It should "
    "be exactly 3 paragraphs with a blank line between paragraphs, and the second paragraph has "
    "to begin with the word \"Tonight\". No exclamation marks please, I want it calm.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Tonight"},
         "It should be exactly 3 paragraphs with a blank line between paragraphs, and the second paragraph has to begin with the word \"Tonight\"."),
        ("punctuation:no_exclamation", {}, "No exclamation marks please"),
    ],
    ["I want it calm."],
    tags=["polite"],
)
# 72015
add(
    "Write an internal announcement that we're sunsetting the legacy reporting dashboard on "
    "June 30. Four paragraphs exactly, separated by the markdown divider ***. The exact phrase "
    "\"read-only mode\" must appear, since that's what happens on July 1. Don't mention any "
    "competitor names.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4}, "Four paragraphs exactly, separated by the markdown divider ***."),
        ("keywords:required_phrase", {"phrase": "read-only mode"}, "The exact phrase \"read-only mode\" must appear"),
    ],
    ["Don't mention any competitor names."],
)
# 72016
add(
    "I'm making flashcards. Give me a short definition of opportunity cost and wrap the entire "
    "response in double quotation marks so I can paste it straight into Anki. Under 25 words. "
    "Don't start with \"Opportunity cost is\".",
    [
        ("startend:quotation", {}, "wrap the entire response in double quotation marks"),
        ("length_constraints:number_words", {"num_words": 25, "relation": LT}, "Under 25 words."),
        ("startend:not_start_phrase", {"start_phrase": "Opportunity cost is"}, "Don't start with \"Opportunity cost is\"."),
    ],
    tags=["insent", "terse"],
)
# 72017
add(
    "System prompt for our status-page writer:\n\n"
    "You write customer-facing incident updates. Be calm and factual. Keep fully capitalized "
    "words to fewer than 3 per update; we don't want to sound like we're panicking. Never end "
    "an update with a question. Always close with \"We will post another update within 30 "
    "minutes.\"",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "Keep fully capitalized words to fewer than 3 per update"),
        ("content:not_end_with_question", {}, "Never end an update with a question."),
        ("startend:end_checker", {"end_phrase": "We will post another update within 30 minutes."},
         "Always close with \"We will post another update within 30 minutes.\""),
    ],
    ["Be calm and factual."],
    tags=["sysprompt", "multipara"],
)
# 72018
add(
    "Write a glossary entry for \"idempotency\" for our API docs.\n"
    "Rules:\n"
    "1. don't capitalize a single letter (our docs site styles glossary entries that way)\n"
    "2. include the word retry\n"
    "3. skip emoji entirely\n"
    "4. include a fenced code block with an example request",
    [
        ("change_case:english_lowercase", {}, "don't capitalize a single letter"),
        ("keywords:existence", {"keywords": ["retry"]}, "include the word retry"),
        ("format:no_emoji", {}, "skip emoji entirely"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "include a fenced code block with an example request"),
    ],
    tags=["list"],
)
# 72019
add(
    "I'm practicing for my German oral exam. Respond only in German, ask me three questions "
    "about my hobbies, and finish your reply with a question to me. Keep your sentences short: "
    "no sentence longer than 12 words.",
    [
        ("language:response_language", {"language": "de"}, "Respond only in German"),
        ("content:end_with_question", {}, "finish your reply with a question to me"),
        ("length:max_words_per_sentence", {"max_words": 12}, "no sentence longer than 12 words"),
    ],
    ["ask me three questions about my hobbies"],
)
# 72020
add(
    "Our new scheduling app's tagline right now is \"Plan less, do more.\" Write 2 alternative "
    "versions of the tagline, with ****** between the two. Keep each one short and punchy, use "
    "at least one exclamation mark somewhere, and do not use the words \"seamless\" or "
    "\"effortless\".",
    [
        ("combination:two_responses", {}, "Write 2 alternative versions of the tagline, with ****** between the two."),
        ("punctuation:use_exclamation", {}, "use at least one exclamation mark somewhere"),
        ("keywords:forbidden_words", {"forbidden_words": ["seamless", "effortless"]},
         "do not use the words \"seamless\" or \"effortless\""),
    ],
    ["Keep each one short and punchy"],
    tags=["insent"],
)
# 72021
add(
    "Write a postmortem summary for yesterdays DNS outage (root cause: expired cert on the "
    "internal resolver, 47 min of impact). Structure it as SECTION 1, SECTION 2, SECTION 3, "
    "SECTION 4 (timeline, impact, root cause, action items). Make sure the word \"blameless\" "
    "appears somewhere. Keep each sentence under 25 words. Max 350 words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "Structure it as SECTION 1, SECTION 2, SECTION 3, SECTION 4"),
        ("keywords:existence", {"keywords": ["blameless"]}, "Make sure the word \"blameless\" appears somewhere."),
        ("length:max_words_per_sentence", {"max_words": 24}, "Keep each sentence under 25 words."),
        ("length_constraints:number_words", {"num_words": 351, "relation": LT}, "Max 350 words."),
    ],
    ["timeline, impact, root cause, action items"],
    tags=["typo", "terse"],
)
# 72022
add(
    "I'm scripting a safety poster for a chemistry lab induction. Use at least 5 words in all "
    "caps for emphsis (like DANGER or NEVER), plus a P.S. about where the eyewash station is. "
    "Keep the whole thing to a maximum of 8 sentences.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 5, "capital_relation": AL},
         "Use at least 5 words in all caps for emphsis"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "plus a P.S."),
        ("length_constraints:number_sentences", {"num_sentences": 9, "relation": LT},
         "Keep the whole thing to a maximum of 8 sentences."),
    ],
    ["about where the eyewash station is"],
    tags=["typo"],
)
# 72023
add(
    "Is the statement 'all squares are rectangles' true? Only reply with \"My answer is yes.\", "
    "\"My answer is no.\" or \"My answer is maybe.\" Don't explain.",
    [
        ("detectable_format:constrained_response", {},
         "Only reply with \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\""),
    ],
)
# 72024
add(
    "Summarize the customer interview notes below into a short insight memo. Exactly two "
    "paragraphs separated by an empty line; begin the 2nd one with \"Next\". Avoid jargon. Also "
    "don't use a single comma.\n\n"
    "Notes: users export CSVs weekly, hate re-entering filters, 3 of 5 mentioned wanting saved views.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 2, "nth_paragraph": 2, "first_word": "Next"},
         "Exactly two paragraphs separated by an empty line; begin the 2nd one with \"Next\"."),
        ("punctuation:no_comma", {}, "don't use a single comma"),
    ],
    ["Avoid jargon."],
    tags=["multipara"],
)
# 72025
add(
    "Convert this cron schedule into a plain explanation: `*/15 2-5 * * 1-5`. Return the whole "
    "thing as JSON, with keys \"expression\", \"explanation\" and \"next_run_example\".",
    [
        ("detectable_format:json_format", {}, "Return the whole thing as JSON"),
        ("format:json_keys", {"keys": ["expression", "explanation", "next_run_example"]},
         "with keys \"expression\", \"explanation\" and \"next_run_example\""),
    ],
)
# 72026
add(
    "Put your whole answer inside double quotes. I need one error message string for when a "
    "user uploads a file over 25 MB. 20 words tops, and don't use exclamation points.",
    [
        ("startend:quotation", {}, "Put your whole answer inside double quotes."),
        ("length_constraints:number_words", {"num_words": 21, "relation": LT}, "20 words tops"),
        ("punctuation:no_exclamation", {}, "don't use exclamation points"),
    ],
    tags=["before"],
)
# 72027
add(
    "Answer in French, please: what were the main causes of the French Revolution? At least 6 "
    "sentences. Work in the term \"bourgeoisie\". Plain text only (no markdown).",
    [
        ("language:response_language", {"language": "fr"}, "Answer in French, please"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": AL}, "At least 6 sentences."),
        ("keywords:existence", {"keywords": ["bourgeoisie"]}, "Work in the term \"bourgeoisie\"."),
        ("format:no_markdown", {}, "Plain text only (no markdown)."),
    ],
    tags=["polite", "before", "terse"],
)
# 72028
add(
    "For the 'Giving Feedback' workshop handout, list the do's of giving feedback. Give me "
    "precisely five bullets, markdown style with *, each one starting with a verb. No intro, "
    "no outro, and don't end on a question.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Give me precisely five bullets, markdown style with *"),
        ("content:not_end_with_question", {}, "don't end on a question"),
    ],
    ["each one starting with a verb", "No intro, no outro"],
)
# 72029
add(
    "WRITE THE LAUNCH-DAY SLACK ANNOUNCEMENT FOR OUR NEW BILLING PAGE. THE WHOLE THING IN "
    "UPPERCASE, THE TEAM LOVES IT. INCLUDE AT LEAST 3 EMOJIS. ADD A POSTSCRIPT (P.S.) AT THE "
    "VERY END THANKING THE DESIGN TEAM.",
    [
        ("change_case:english_capital", {}, "THE WHOLE THING IN UPPERCASE"),
        ("format:number_emojis", {"num_emojis": 3, "relation": AL}, "INCLUDE AT LEAST 3 EMOJIS."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "ADD A POSTSCRIPT (P.S.) AT THE VERY END"),
    ],
    ["THANKING THE DESIGN TEAM"],
    tags=["caps"],
)
# 72030
add(
    "First, restate my question exactly as I wrote it, then answer. My question: What is the "
    "difference between a liveness probe and a readiness probe in Kubernetes?\n"
    "Three sentences, max. Don't use bullets.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What is the difference between a liveness probe and a readiness probe in Kubernetes?"},
         "First, restate my question exactly as I wrote it, then answer."),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Three sentences, max."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Don't use bullets."),
    ],
    tags=["before", "terse"],
)
# 72031
add(
    "Write the \"Before you begin\" section for installing our on-prem agent. Requirements: "
    "emphasize 3 or more phrases using *asterisks* (markdown highlighting); the words 'simply' "
    "and 'just' are off-limits; include at least 1 URL, pointing to the system requirements page.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "emphasize 3 or more phrases using *asterisks*"),
        ("keywords:forbidden_words", {"forbidden_words": ["simply", "just"]}, "the words 'simply' and 'just' are off-limits"),
        ("content:include_url", {}, "include at least 1 URL"),
    ],
    ["pointing to the system requirements page"],
    tags=["list"],
)
# 72032
add(
    "i'm doing a silly challenge w my roommate: write a 4-line poem about a queen who loves "
    "quiet quilts. use the letter q at least 6 times, and dont use any commas lol",
    [
        ("keywords:letter_frequency", {"letter": "q", "let_frequency": 6, "let_relation": AL},
         "use the letter q at least 6 times"),
        ("punctuation:no_comma", {}, "dont use any commas"),
    ],
    ["a 4-line poem"],
    tags=["lower", "typo"],
)
# 72033
add(
    "You are the helpdesk assistant for Acme's IT team. You answer password-reset and VPN "
    "questions. Format: plain text, no markdown formatting whatsoever. Never say \"as an AI\". "
    "End every reply with this exact sentence: If this didn't fix it, reply here to reopen the "
    "ticket.",
    [
        ("format:no_markdown", {}, ["Format: plain text", "no markdown formatting whatsoever"]),
        ("keywords:forbidden_phrase", {"phrase": "as an AI"}, "Never say \"as an AI\"."),
        ("startend:end_checker", {"end_phrase": "If this didn't fix it, reply here to reopen the ticket."},
         "End every reply with this exact sentence: If this didn't fix it, reply here to reopen the ticket."),
    ],
    tags=["sysprompt", "repeat"],
)
# 72034
add(
    "Draft the intro for my customer service training manual: 3 paragraphs, use *** between "
    "each. Keywords to include: empathy, ownership. Friendly, not corporate; feel free to drop "
    "in an emoji, at least one.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs, use *** between each"),
        ("keywords:existence", {"keywords": ["empathy", "ownership"]}, "Keywords to include: empathy, ownership."),
        ("format:use_emoji", {}, "feel free to drop in an emoji, at least one"),
    ],
    ["Friendly, not corporate"],
    tags=["polite", "terse"],
)
# 72035
add(
    "Create a reusable stakeholder update template I can send every Friday. Leave [brackets] "
    "for at least 3 fill-in fields, e.g. [Sprint Goal]. Use between 100 and 150 words. No P.S. "
    "at the end.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3}, "Leave [brackets] for at least 3 fill-in fields"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "Use between 100 and 150 words."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "No P.S. at the end."),
    ],
)
# 72036
add(
    "Write a 400+ word reflective essay on what I learned during my internship at a logistics "
    "company. Give it a title wrapped in << >>. Use first person, and don't use the phrase "
    "\"I learned a lot\".",
    [
        ("length_constraints:number_words", {"num_words": 400, "relation": AL}, "Write a 400+ word reflective essay"),
        ("detectable_format:title", {}, "Give it a title wrapped in << >>."),
        ("keywords:forbidden_phrase", {"phrase": "I learned a lot"}, "don't use the phrase \"I learned a lot\""),
    ],
    ["Use first person"],
    tags=["insent"],
)
# 72037
add(
    "slack-style summary of the migration plan for the postgres 12 -> 16 upgrade. lowercase "
    "only, including the first letter of sentences. 4 bullet points, no more no less. no emojis.",
    [
        ("change_case:english_lowercase", {}, "lowercase only, including the first letter of sentences"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "4 bullet points, no more no less"),
        ("format:no_emoji", {}, "no emojis."),
    ],
    tags=["lower", "terse"],
)
# 72038
add(
    "I'd like two takes on an error message for a failed card payment; divide them with a line "
    "of 6 asterisks. Make one formal and the other casual. Neither may use the word "
    "\"unfortunately\".",
    [
        ("combination:two_responses", {},
         "I'd like two takes on an error message for a failed card payment; divide them with a line of 6 asterisks."),
        ("keywords:forbidden_words", {"forbidden_words": ["unfortunately"]}, "Neither may use the word \"unfortunately\"."),
    ],
    ["Make one formal and the other casual."],
    tags=["polite", "insent"],
)
# 72039
add(
    "Context: our API p95 latency went from 180ms to 240ms after the last deploy, and the SLO "
    "is 250ms. Should we roll back tonight?\n"
    "Your entire reply must be one of: My answer is yes. / My answer is no. / My answer is maybe.",
    [
        ("detectable_format:constrained_response", {},
         "Your entire reply must be one of: My answer is yes. / My answer is no. / My answer is maybe."),
    ],
    tags=["multipara"],
)
# 72040
add(
    "Write it in Japanese: a short self-introduction I can read at my language exchange meetup. "
    "I'm Alex, a second-year engineering student who likes hiking. Fewer than four sentences. "
    "No romaji.",
    [
        ("language:response_language", {"language": "ja"}, "Write it in Japanese"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Fewer than four sentences."),
        ("language:no_script", {"script": "latin"}, "No romaji."),
    ],
    tags=["before", "terse"],
)
# 72041
add(
    "Write a change-management notice about Saturday's maintenance window (02:00-04:00 UTC, core "
    "switches). Begin with the line \"Planned maintenance notice\". ALL-CAPS words: no more than "
    "2. Zero exclamation marks. Include the time window exactly once.",
    [
        ("startend:start_phrase", {"start_phrase": "Planned maintenance notice"},
         "Begin with the line \"Planned maintenance notice\""),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "ALL-CAPS words: no more than 2."),
        ("punctuation:no_exclamation", {}, "Zero exclamation marks."),
    ],
    ["Include the time window exactly once."],
    tags=["terse"],
)
# 72042
add(
    "Write a warm-up script for a 5-minute yoga-at-work session for office staff. Two hundred "
    "words minimum. Exactly five paragraphs with double line breaks between them, and the third "
    "one must open with the word Now. No em dashes. End your reply with: Breathe in, breathe "
    "out, and enjoy your day.",
    [
        ("length_constraints:number_words", {"num_words": 200, "relation": AL}, "Two hundred words minimum."),
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 5, "nth_paragraph": 3, "first_word": "Now"},
         "Exactly five paragraphs with double line breaks between them, and the third one must open with the word Now."),
        ("punctuation:no_em_dash", {}, "No em dashes."),
        ("startend:end_checker", {"end_phrase": "Breathe in, breathe out, and enjoy your day."},
         "End your reply with: Breathe in, breathe out, and enjoy your day."),
    ],
    tags=["terse"],
)
# 72043
add(
    "Write the welcome email for new users of our docs portal. Requirements: four paragraphs, "
    "blank lines between them; paragraph one should start with \"Hello\". Use square-bracket "
    "placeholders such as [first_name], a minimum of two. Keep it friendly.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 1, "first_word": "Hello"},
         "four paragraphs, blank lines between them; paragraph one should start with \"Hello\""),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Use square-bracket placeholders such as [first_name], a minimum of two."),
    ],
    ["Keep it friendly."],
    tags=["list"],
)
# 72044
add(
    "Write a one-page vision doc for Project Lighthouse, our internal analytics revamp. The doc "
    "needs a title, formatted as <<Title>>. Use at least 3 markdown headings (#). It'd be great "
    "if you kept it to no more than 500 words.",
    [
        ("detectable_format:title", {}, "The doc needs a title, formatted as <<Title>>."),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "Use at least 3 markdown headings (#)."),
        ("length_constraints:number_words", {"num_words": 501, "relation": LT},
         "It'd be great if you kept it to no more than 500 words."),
    ],
    ["one-page"],
    tags=["polite"],
)
# 72045
add(
    "my teacher wants a motto for our class project. write a motto + a 2 sentence explanation "
    "of it, caps lock on for the entire reply, and zero commas",
    [
        ("change_case:english_capital", {}, "caps lock on for the entire reply"),
        ("punctuation:no_comma", {}, "zero commas"),
    ],
    ["a 2 sentence explanation of it"],
    tags=["lower", "terse"],
)
# 72046
add(
    "Explain to junior on-call engineers why we never run terraform apply without a saved plan "
    "file. Mark at least one warning as highlighted text with *...*. Say \"plan\" four or more "
    "times. Don't put any code blocks in it.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 1},
         "Mark at least one warning as highlighted text with *...*."),
        ("keywords:frequency", {"keyword": "plan", "frequency": 4, "relation": AL}, "Say \"plan\" four or more times."),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "Don't put any code blocks in it."),
    ],
)
# 72047
add(
    "For our LMS import I need quiz questions about fire evacuation procedures. Format your "
    "entire response as a JSON object (markdown code fences are OK) with keys \"questions\" and "
    "\"answers\". Exactly 5 questions.",
    [
        ("detectable_format:json_format", {},
         "Format your entire response as a JSON object (markdown code fences are OK)"),
        ("format:json_keys", {"keys": ["questions", "answers"]}, "with keys \"questions\" and \"answers\""),
    ],
    ["Exactly 5 questions."],
)
# 72048
add(
    "Write the \"Why now\" section of our business case for moving support to a ticketing "
    "platform. Use the word \"customer\" no more than twice. Keep it under 1,000 characters. "
    "Don't open with \"In today's fast-paced world\".\n\n"
    "P.S. go easy on the caps: one shouty all-uppercase word at most.",
    [
        ("keywords:frequency", {"keyword": "customer", "frequency": 3, "relation": LT},
         "Use the word \"customer\" no more than twice."),
        ("length:number_characters", {"num_chars": 1000, "relation": LT}, "Keep it under 1,000 characters."),
        ("startend:not_start_phrase", {"start_phrase": "In today's fast-paced world"},
         "Don't open with \"In today's fast-paced world\"."),
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": LT},
         "one shouty all-uppercase word at most"),
    ],
    tags=["ps", "multipara"],
)
# 72049
add(
    "Start by repeating the following request verbatim (don't change a word), and only then "
    "respond. Use at least 3 bullet points in your answer.\n"
    "Request: Explain the difference between mitosis and meiosis for a high school biology quiz.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Explain the difference between mitosis and meiosis for a high school biology quiz."},
         "Start by repeating the following request verbatim (don't change a word), and only then respond."),
        ("format:bullet_points", {"num_bullets": 3, "relation": AL}, "Use at least 3 bullet points in your answer."),
    ],
    tags=["before", "multipara"],
)
# 72050
add(
    "Writing exercise for my linguistics seminar: describe a kitchen while keeping the letter "
    "'e' to fewer than 15 occurrences. No more than 2 sentences. Don't repeat any word more "
    "than twice.",
    [
        ("keywords:letter_frequency", {"letter": "e", "let_frequency": 15, "let_relation": LT},
         "keeping the letter 'e' to fewer than 15 occurrences"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "No more than 2 sentences."),
        ("words:repeats", {"small_n": 2}, "Don't repeat any word more than twice."),
    ],
    tags=["insent"],
)
# 72051
add(
    "Give our new baristas a numbered list of at least 8 quick tips for steaming milk. "
    "Everything in lower-case letters, since it's going on our chalkboard. Keep every tip under "
    "10 words.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "a numbered list of at least 8 quick tips"),
        ("change_case:english_lowercase", {}, "Everything in lower-case letters"),
    ],
    ["Keep every tip under 10 words."],
    tags=["insent"],
)
# 72052
add(
    "Banned words: synergy, leverage, robust.\n"
    "Now write the executive summary for our partnership proposal with Northwind Logistics, "
    "250-300 words. Start with \"Executive Summary:\".",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["synergy", "leverage", "robust"]},
         "Banned words: synergy, leverage, robust."),
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, "250-300 words"),
        ("startend:start_phrase", {"start_phrase": "Executive Summary:"}, "Start with \"Executive Summary:\"."),
    ],
    tags=["before", "insent", "multipara"],
)
# 72053
add(
    "Rewrite the README intro for our fastgrep library. Split it into exactly two paragraphs "
    "with *** as the separator. Include the exact phrase \"drop-in replacement\". Would you mind "
    "not including any URLs?",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 2},
         "Split it into exactly two paragraphs with *** as the separator."),
        ("keywords:required_phrase", {"phrase": "drop-in replacement"}, "Include the exact phrase \"drop-in replacement\"."),
        ("content:no_urls", {}, "Would you mind not including any URLs?"),
    ],
    tags=["polite"],
)
# 72054
add(
    "Document the procedure for rotating the TLS certificate on our load balancer. Mark each of "
    "the 4 sections with 'Step X' (Step 1, Step 2, ...). Each step must name the command to run, "
    "and put the commands in ``` fenced blocks.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Step", "num_sections": 4},
         "Mark each of the 4 sections with 'Step X' (Step 1, Step 2, ...)."),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the commands in ``` fenced blocks"),
    ],
    ["Each step must name the command to run"],
)
# 72055
add(
    "write it twice, differently each time; put ****** between the two. what i need: an opening "
    "line for my persuasive speech about banning single-use plastics. each under 25 words.",
    [
        ("combination:two_responses", {}, "write it twice, differently each time; put ****** between the two."),
    ],
    ["each under 25 words."],
    tags=["lower", "before", "terse"],
)
# 72056
add(
    "Give me a one-sentence motivational quote I can put on the first slide of my "
    "time-management training. Enclose everything in \"quotes\" since it goes straight into a "
    "text box. No em dash, please, and avoid the word \"hustle\".",
    [
        ("startend:quotation", {}, "Enclose everything in \"quotes\""),
        ("punctuation:no_em_dash", {}, "No em dash, please"),
        ("keywords:forbidden_words", {"forbidden_words": ["hustle"]}, "avoid the word \"hustle\""),
    ],
    ["one-sentence"],
    tags=["polite"],
)
# 72057
add(
    "We need a customer-facing FAQ answer for \"Why was I charged twice?\". THE RESPONSE MUST BE "
    "AT LEAST 120 WORDS. Plain prose, no markdown. End by asking the customer a question.",
    [
        ("length_constraints:number_words", {"num_words": 120, "relation": AL}, "THE RESPONSE MUST BE AT LEAST 120 WORDS."),
        ("format:no_markdown", {}, "Plain prose, no markdown."),
        ("content:end_with_question", {}, "End by asking the customer a question."),
    ],
    tags=["caps"],
)
# 72058
add(
    "Pre-mortem for the Black Friday trafic spike: list exactly two risks as markdown bullets, "
    "then one short paragraph on mitigation. The words \"autoscaling\" and \"CDN\" need to be in "
    "there somewhere. Must fit in 10 lines or fewer since it's going in Slack.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 2}, "list exactly two risks as markdown bullets"),
        ("keywords:existence", {"keywords": ["autoscaling", "CDN"]},
         "The words \"autoscaling\" and \"CDN\" need to be in there somewhere."),
        ("length:number_lines", {"num_lines": 11, "relation": LT}, "Must fit in 10 lines or fewer"),
    ],
    ["then one short paragraph on mitigation"],
    tags=["typo", "insent"],
)
# 72059
add(
    "For a warning banner in our admin console: every letter should be a capital letter, in "
    "English. The text should say that deleting a workspace is permanent. Keep it below 150 "
    "characters.",
    [
        ("change_case:english_capital", {}, "every letter should be a capital letter, in English"),
        ("length:number_characters", {"num_chars": 150, "relation": LT}, "Keep it below 150 characters."),
    ],
    tags=["before"],
)
# 72060
add(
    "essay plan on causes of ww1. 5 paras. divider: ***. no bullet pts. min 300 words",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5}, "5 paras. divider: ***"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet pts"),
        ("length_constraints:number_words", {"num_words": 300, "relation": AL}, "min 300 words"),
    ],
    tags=["lower", "terse", "typo"],
)
# 72061
add(
    "Echo the request back unchanged before you give your answer. The request is: List the top "
    "risks of migrating our CRM to a new vendor mid-quarter.\n\n"
    "For the answer part: make it a numbered list with 4 or more items, and work the word "
    "\"risk\" in at least 5 times.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "List the top risks of migrating our CRM to a new vendor mid-quarter."},
         "Echo the request back unchanged before you give your answer."),
        ("format:numbered_list", {"num_items": 4, "relation": AL}, "make it a numbered list with 4 or more items"),
        ("keywords:frequency", {"keyword": "risk", "frequency": 5, "relation": AL},
         "work the word \"risk\" in at least 5 times"),
    ],
    tags=["before", "multipara"],
)
# 72062
add(
    "Pick from \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\" and say nothing "
    "else. Question: can two containers in the same Kubernetes pod share a network namespace?",
    [
        ("detectable_format:constrained_response", {},
         "Pick from \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\" and say nothing else."),
    ],
    tags=["before"],
)
# 72063
add(
    "I'm running a 5-day onboarding bootcamp for support agents. Lay out the agenda organized as "
    "Day 1 through Day 5, labelling each section \"Day N\". Please italicize at least 2 important "
    "terms with single asterisks. Don't use any markdown headings.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 5},
         "organized as Day 1 through Day 5, labelling each section \"Day N\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Please italicize at least 2 important terms with single asterisks."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't use any markdown headings."),
    ],
    tags=["polite", "insent"],
)
# 72064
add(
    "For my phonetics homework I need a short nonsense paragraph heavy on the k sound. At least "
    "15 instances of the letter k, please. Word limit: 80. And make it comma-free.",
    [
        ("keywords:letter_frequency", {"letter": "k", "let_frequency": 15, "let_relation": AL},
         "At least 15 instances of the letter k"),
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "Word limit: 80."),
        ("punctuation:no_comma", {}, "make it comma-free"),
    ],
    tags=["polite", "terse"],
)
# 72065
add(
    "Write onboarding tooltip copy for our expense app in Brazilian Portuguese, no English at "
    "all. Eight sentences minimum. At most one emoji.",
    [
        ("language:response_language", {"language": "pt"}, ["in Brazilian Portuguese", "no English at all"]),
        ("length_constraints:number_sentences", {"num_sentences": 8, "relation": AL}, "Eight sentences minimum."),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "At most one emoji."),
    ],
    tags=["insent", "repeat", "terse"],
)
# 72066
add(
    "You are Pip, the support assistant for a smart-thermostat company.\n"
    "Rules:\n"
    "1) Never use the words \"guys\" or \"crazy\".\n"
    "2) Never include more than 3 bullet points.\n"
    "3) Do not use emojis.\n"
    "4) Always sign off with \"Cheers, Pip\".",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["guys", "crazy"]}, "Never use the words \"guys\" or \"crazy\"."),
        ("format:bullet_points", {"num_bullets": 4, "relation": LT}, "Never include more than 3 bullet points."),
        ("format:no_emoji", {}, "Do not use emojis."),
        ("startend:end_checker", {"end_phrase": "Cheers, Pip"}, "Always sign off with \"Cheers, Pip\"."),
    ],
    tags=["sysprompt", "list"],
)
# 72067
add(
    "wrap everything in JSON. i need 3 user stories for the saved-filters feature, each with "
    "acceptance criteria. don't write TBD anywhere.",
    [
        ("detectable_format:json_format", {}, "wrap everything in JSON."),
        ("keywords:forbidden_words", {"forbidden_words": ["TBD"]}, "don't write TBD anywhere."),
    ],
    ["each with acceptance criteria"],
    tags=["lower", "before"],
)
# 72068
add(
    "Write a thank-you email to Professor Alvarez for writing me a recommendation letter. Begin "
    "with \"Dear Professor Alvarez,\" and keep it to no more than 130 words. Finish with a "
    "postscript (P.S.) saying I got into the program!",
    [
        ("startend:start_phrase", {"start_phrase": "Dear Professor Alvarez,"}, "Begin with \"Dear Professor Alvarez,\""),
        ("length_constraints:number_words", {"num_words": 131, "relation": LT}, "keep it to no more than 130 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Finish with a postscript (P.S.)"),
    ],
    ["saying I got into the program"],
)
# 72069
add(
    "Summarize the weekly ops metrics below for leadership. Keep every sentence to 15 words or "
    "fewer. Don't include any actual URLs. Your final sentence should be exactly \"Full "
    "dashboard link in the channel.\" with nothing after it.\n"
    "Metrics: uptime 99.97%, 2 P2 incidents, MTTR 38 min, 14 deploys.",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "Keep every sentence to 15 words or fewer."),
        ("content:no_urls", {}, "Don't include any actual URLs."),
        ("startend:end_checker", {"end_phrase": "Full dashboard link in the channel."},
         "Your final sentence should be exactly \"Full dashboard link in the channel.\" with nothing after it."),
    ],
    tags=["multipara"],
)
# 72070
add(
    "Build a sign-in sheet template for my first-aid course. I need 5 or more fill-in spots in "
    "square brackets (e.g. [Participant Name], [Date]). Headline goes on top, wrapped like "
    "<<this>>. Don't highlight anything with asterisks.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 5},
         "I need 5 or more fill-in spots in square brackets"),
        ("detectable_format:title", {}, "Headline goes on top, wrapped like <<this>>."),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "Don't highlight anything with asterisks."),
    ],
)


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags, ncons = Counter(), Counter(), Counter()
    prompts_per_id = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + 1 + i
        seen = set()
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            if isinstance(exp, list):
                assert len(exp) >= 2, (key, exp)
            for x in exps:
                assert x in prompt, (key, x)
            assert types is None or cid in types, (key, cid)
            ids[cid] += 1
            seen.add(cid)
        for cid in seen:
            prompts_per_id[cid] += 1
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
    ife = sum(v for k, v in ids.items() if k in IFEVAL_IDS)
    print("prompts", len(E), "constraints", total, "ifeval", ife, f"({100 * ife / total:.1f}%)",
          "other", total - ife, "distinct ids", len(ids))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k in sorted(IFEVAL_IDS):
        print(f"IFEval {ids[k]:3d} ({prompts_per_id[k]} prompts) {k}")
    for k, v in sorted(ids.items()):
        if k not in IFEVAL_IDS:
            print(f"other  {v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "sysprompt",
              "before", "ps", "terse", "multipara"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
