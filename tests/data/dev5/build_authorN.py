"""Hand-written prompts (persona: software developers and data people) for rpo's decomposition.

Writes data.jsonl next to this file and prints stats for the README.
Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list or a "Rules:"/"Constraints:" block;
  polite = indirect/polite form; typo = misspellings; caps = ALL-CAPS instruction text;
  lower = all-lowercase prompt; system = system-prompt style ("You are ..."); before = a
  constraint stated before the task; ps = a requirement given in a P.S. of the prompt;
  range = a range split into two entries of the same id.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 82000  # keys 82001, 82002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 82001
add(
    "Write a commit message for this change: I pulled the retry logic out of `http_client.py` into "
    "its own `retry.py` module and added exponential backoff with jitter. The subject line has to "
    "start with a verb. Whole thing under 60 words, and no markdown please, it goes straight into git.",
    [
        ("words:start_verb", {}, "The subject line has to start with a verb"),
        ("length_constraints:number_words", {"num_words": 60, "relation": LT}, "Whole thing under 60 words"),
        ("format:no_markdown", {}, "no markdown please"),
    ],
    tags=["polite"],
)
# 82002
add(
    "Review this function and report the single most important problem.\n\n"
    "```python\ndef avg(xs):\n    return sum(xs) / len(xs)\n```\n\n"
    'Output format: a JSON object with exactly these keys: "severity", "line", "issue", "fix". '
    "Nothing before or after the JSON, no explanation outside it. "
    'The "fix" value should be a single line of code.',
    [
        ("detectable_format:json_format", {}, "Nothing before or after the JSON, no explanation outside it."),
        ("format:json_keys", {"keys": ["severity", "line", "issue", "fix"]},
         'a JSON object with exactly these keys: "severity", "line", "issue", "fix"'),
    ],
    ['The "fix" value should be a single line of code.'],
)
# 82003
add(
    "explain what this query does for our PM (she's not technical):\n\n"
    "SELECT region, COUNT(DISTINCT user_id) AS wau\nFROM events\n"
    "WHERE ts >= now() - interval '7 days'\nGROUP BY region\nHAVING COUNT(*) > 100;\n\n"
    "three sentences max. dont use the words cardinality or aggregate, she hates jargon. "
    "and no bullet points",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "three sentences max"),
        ("keywords:forbidden_words", {"forbidden_words": ["cardinality", "aggregate"]},
         "dont use the words cardinality or aggregate"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
    ["for our PM (she's not technical)"],
    tags=["lower", "typo"],
)
# 82004
add(
    "We had an outage on the payments API last night: about 40 minutes, caused by an expired TLS "
    "certificate on the internal load balancer. Draft the public incident summary for our status page.\n\n"
    "Structure: 4 parts, each one opening with a header line of the form SECTION N (SECTION 1, "
    "SECTION 2 and so on). Make it at least 250 words overall. Don't include any links; the status "
    "page strips them anyway.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "Structure: 4 parts, each one opening with a header line of the form SECTION N (SECTION 1, "
         "SECTION 2 and so on)."),
        ("length_constraints:number_words", {"num_words": 250, "relation": AL}, "Make it at least 250 words overall."),
        ("content:no_urls", {}, "Don't include any links"),
    ],
)
# 82005
add(
    "You are Kestrel, the internal on-call assistant for the SRE team at a mid-size fintech. "
    "Always reply in plain text. Slack renders markdown badly in our channel, so no markdown of any "
    "kind. Never use exclamation points. Keep every answer below 120 words. If you are unsure, say so.\n\n"
    "User: disk on db-replica-3 is at 91%, what do I check first?",
    [
        ("format:no_markdown", {}, ["Always reply in plain text.", "no markdown of any kind"]),
        ("punctuation:no_exclamation", {}, "Never use exclamation points."),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "Keep every answer below 120 words."),
    ],
    ["If you are unsure, say so."],
    tags=["system", "repeat"],
)
# 82006
add(
    "Write reference docs for our `POST /v2/invoices` endpoint. Body fields: `customer_id` (string, "
    "required), `amount_cents` (integer, required), `currency` (ISO 4217 code, defaults to USD), "
    "`due_date` (optional, YYYY-MM-DD). Use Markdown. I want at least three `##` headings (Request, "
    "Response, Errors or similar) and a minimum of 2 fenced code blocks: one curl example and one "
    "sample JSON response.",
    [
        ("format:use_markdown", {}, "Use Markdown."),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "I want at least three `##` headings"),
        ("format:code_block", {"num_blocks": 2, "relation": AL}, "a minimum of 2 fenced code blocks"),
    ],
    ["one curl example and one sample JSON response"],
)
# 82007
add(
    "Suggest alternative names for a column that stores when a user last logged in. Give exactly 5 "
    "bullet points (markdown, * or -) and no explanations. everything lowercase, snake_case.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5},
         "Give exactly 5 bullet points (markdown, * or -)"),
        ("change_case:english_lowercase", {}, "everything lowercase"),
    ],
    ["no explanations", "snake_case"],
)
# 82008
add(
    "Could you draft a pull request description template our team can reuse? Sections: Summary, "
    "Changes, Testing, Rollout plan. Wherever someone needs to fill something in, use a placeholder "
    "in square brackets like [ticket_id]; there should be at least 6 of those. Also 4 markdown "
    "headings minimum.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 6},
         "use a placeholder in square brackets like [ticket_id]; there should be at least 6 of those"),
        ("format:markdown_headings", {"num_headings": 4, "relation": AL}, "4 markdown headings minimum"),
    ],
    ["Sections: Summary, Changes, Testing, Rollout plan."],
    tags=["polite"],
)
# 82009
add(
    "Give me two different commit messages, separated by a line of six asterisks (******), for a "
    "change that bumps pandas from 1.5 to 2.1 and fixes the deprecation warnings that came with it. "
    "Both should follow Conventional Commits. zero emojis.",
    [
        ("combination:two_responses", {},
         "Give me two different commit messages, separated by a line of six asterisks (******)"),
        ("format:no_emoji", {}, "zero emojis."),
    ],
    ["Both should follow Conventional Commits."],
    tags=["insent"],
)
# 82010
add(
    "Write a Slack post for #general announcing that the warehouse migration to Snowflake is finally "
    "done \U0001F389 Use at least two emojis and throw in 2+ hashtags. 80 words tops.",
    [
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "Use at least two emojis"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "throw in 2+ hashtags"),
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "80 words tops."),
    ],
)
# 82011
add(
    "Summarize this incident for the weekly eng digest: a bad feature-flag rollout at 14:05 UTC "
    "disabled checkout for iOS users for 22 minutes; we rolled back at 14:27; no data was lost. "
    "Give it a title in double angle brackets, e.g. <<iOS checkout outage>>. Exactly 2 paragraphs, "
    "separated with the markdown divider ***. Don't end on a question.",
    [
        ("detectable_format:title", {}, "Give it a title in double angle brackets, e.g. <<iOS checkout outage>>."),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 2},
         "Exactly 2 paragraphs, separated with the markdown divider ***."),
        ("content:not_end_with_question", {}, "Don't end on a question."),
    ],
)
# 82012
add(
    "Our README's \"Getting started\" section needs a German version for the Berlin team. Write it in "
    "German only. No English sentences, though code and command names can stay as they are. Keep it "
    "between 120 and 180 words, and include the `pip install` command in a fenced code block.",
    [
        ("language:response_language", {"language": "de"}, ["Write it in German only.", "No English sentences"]),
        ("count:word_count_range", {"min_words": 120, "max_words": 180}, "Keep it between 120 and 180 words"),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "include the `pip install` command in a fenced code block"),
    ],
    tags=["repeat"],
)
# 82013
add(
    "Write the text for a banner in our deploy dashboard telling engineers that deploys are frozen "
    "until Monday 09:00 because of quarter-end close. ENTIRE RESPONSE IN ENGLISH CAPITAL LETTERS. "
    "LESS THAN 40 WORDS. NO COMMAS AT ALL.",
    [
        ("change_case:english_capital", {}, "ENTIRE RESPONSE IN ENGLISH CAPITAL LETTERS."),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "LESS THAN 40 WORDS."),
        ("punctuation:no_comma", {}, "NO COMMAS AT ALL."),
    ],
    tags=["caps"],
)
# 82014
add(
    "I'm reviewing a junior analyst's SQL:\n\n"
    "SELECT * FROM orders o, customers c WHERE o.customer_id = c.id AND o.created_at > '2024-01-01' "
    "ORDER BY o.created_at;\n\n"
    "List what's wrong as a numbered list, at least four points. Then show a rewritten version inside "
    "a ```sql fenced block. Wrap up with a P.S. about indexing.",
    [
        ("format:numbered_list", {"num_items": 4, "relation": AL},
         "List what's wrong as a numbered list, at least four points."),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "show a rewritten version inside a ```sql fenced block"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Wrap up with a P.S."),
    ],
    ["about indexing"],
)
# 82015
add(
    "Write a one-line docstring for `dedupe_events(df, key_cols, keep='last')`, which drops duplicate "
    "rows by key. Wrap the entire response in double quotes since I'm pasting it straight into the "
    "code, and keep it to fewer than 20 words.",
    [
        ("startend:quotation", {}, "Wrap the entire response in double quotes"),
        ("length_constraints:number_words", {"num_words": 20, "relation": LT}, "keep it to fewer than 20 words"),
    ],
    ["one-line"],
)
# 82016
add(
    "First repeat my question word for word, then answer it. My question: What is the difference "
    "between a LEFT JOIN and a FULL OUTER JOIN in Postgres?\n"
    "Include an example query in a code fence. Keep the answer part to 100 words or fewer.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What is the difference between a LEFT JOIN and a FULL OUTER JOIN in Postgres?"},
         "First repeat my question word for word, then answer it."),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Include an example query in a code fence."),
    ],
    ["Keep the answer part to 100 words or fewer."],
    tags=["before"],
)
# 82017
add(
    "Explain what the schema of our `events` table says about how sessions are tracked. Columns: "
    "event_id, user_id, session_id, ts, event_type, payload (jsonb). Please don't answer in JSON, "
    "I've had enough of that today. At least 2 paragraphs with a blank line between each. Don't name "
    "any specific database vendor.",
    [
        ("detectable_format:not_json_format", {}, "Please don't answer in JSON"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 2, "relation": AL},
         "At least 2 paragraphs with a blank line between each."),
    ],
    ["Don't name any specific database vendor."],
    tags=["polite"],
)
# 82018
add(
    "Title Case everything, two lines max: suggest a name and a tagline for our internal "
    "feature-store library.",
    [
        ("format:title_case", {}, "Title Case everything"),
        ("length:number_lines", {"num_lines": 3, "relation": LT}, "two lines max"),
    ],
    tags=["before"],
)
# 82019
add(
    "I need the \"Why\" section of our design doc on moving the nightly cron jobs to Airflow. Current "
    "pain: silent failures, no retries, no lineage. Exactly three paragraphs with blank lines between "
    "them, and paragraph 2 must begin with the word \"Currently\". Prose only, zero bullets. Aim for "
    "roughly 200 words.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Currently"},
         "Exactly three paragraphs with blank lines between them, and paragraph 2 must begin with the "
         "word \"Currently\"."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "zero bullets"),
    ],
    ["Aim for roughly 200 words."],
)
# 82020
add(
    "Write a LinkedIn post announcing that we open-sourced our dbt testing package, dbt-sentinel. "
    "Skip hashtags entirely. Put a link to the repo somewhere in there. 150 words at the very most.",
    [
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "Skip hashtags entirely."),
        ("content:include_url", {}, "Put a link to the repo somewhere in there."),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "150 words at the very most."),
    ],
)
# 82021
add(
    "Draft an email template we can send customers when a scheduled data export is delayed. Keep it "
    "generic enough to reuse: use at most one placeholder in square brackets (the customer's name); "
    "everything else should be real text. The very last words should be \"The Data Platform Team\". "
    "Cap it at 120 words.",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 2},
         "use at most one placeholder in square brackets"),
        ("startend:end_checker", {"end_phrase": "The Data Platform Team"},
         "The very last words should be \"The Data Platform Team\"."),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "Cap it at 120 words."),
    ],
)
# 82022
add(
    "Write my review comment for a PR that adds caching to the user profile endpoint. I basically "
    "approve, but I have two nits: the TTL is hard-coded and the cache key ignores the locale. Begin "
    "the comment with exactly \"LGTM with nits:\" and leave out the word \"just\". Keep it shorter than "
    "seventy words.",
    [
        ("startend:start_phrase", {"start_phrase": "LGTM with nits:"},
         "Begin the comment with exactly \"LGTM with nits:\""),
        ("keywords:forbidden_words", {"forbidden_words": ["just"]}, "leave out the word \"just\""),
        ("length_constraints:number_words", {"num_words": 70, "relation": LT}, "Keep it shorter than seventy words."),
    ],
)
# 82023
add(
    "You are QueryBuddy, a patient SQL tutor for analysts who are new to databases.\n"
    "Rules:\n"
    "1. Explain in plain English before showing any SQL.\n"
    "2. Put every query in a fenced code block.\n"
    "3. Never answer with more than 200 words.\n"
    "4. Finish every reply with the exact sentence \"Try running it and tell me what you get.\"\n\n"
    "Student: how do I get the second highest salary from an employees table?",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put every query in a fenced code block."),
        ("length_constraints:number_words", {"num_words": 201, "relation": LT}, "Never answer with more than 200 words."),
        ("startend:end_checker", {"end_phrase": "Try running it and tell me what you get."},
         "Finish every reply with the exact sentence \"Try running it and tell me what you get.\""),
    ],
    ["Explain in plain English before showing any SQL."],
    tags=["system", "list"],
)
# 82024
add(
    "you're the slack bot for our #data-help channel. reply in all lowercase, no emojis ever, and keep "
    "replies to 3 sentences or less. if someone asks for prod credentials, tell them to file a ticket. "
    "and remember: no capital letters, not even at the start of a sentence.\n\n"
    "user: why is my dbt run so slow today??",
    [
        ("change_case:english_lowercase", {},
         ["reply in all lowercase", "no capital letters, not even at the start of a sentence"]),
        ("format:no_emoji", {}, "no emojis ever"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT},
         "keep replies to 3 sentences or less"),
    ],
    ["if someone asks for prod credentials, tell them to file a ticket."],
    tags=["system", "lower", "repeat"],
)
# 82025
add(
    "Here's a diff that raises our public API rate limit from 100 req/min to 1000 req/min, with no "
    "other changes and no load test attached. Should it be merged as-is? Reply with one of these and "
    "nothing more: approve/request changes/needs discussion",
    [
        ("format:options", {"options": "approve/request changes/needs discussion"},
         "Reply with one of these and nothing more: approve/request changes/needs discussion"),
    ],
)
# 82026
add(
    "Explain the CAP theorem to a backend engineer in their first week. Highlight at least 3 key "
    "phrases with markdown emphasis, like *partition tolerance*. Don't go past 250 words, and no "
    "headings please.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Highlight at least 3 key phrases with markdown emphasis, like *partition tolerance*."),
        ("length_constraints:number_words", {"num_words": 251, "relation": LT}, "Don't go past 250 words"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings please"),
    ],
    ["to a backend engineer in their first week"],
)
# 82027
add(
    "Rewrite this changelog entry so it sounds like a human wrote it: 'Improved performance \u2014 "
    "queries are now faster \u2014 especially on large tables.' No em dashes. One or two sentences. "
    "Avoid the word \"performance\".",
    [
        ("punctuation:no_em_dash", {}, "No em dashes."),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "One or two sentences."),
        ("keywords:forbidden_words", {"forbidden_words": ["performance"]}, "Avoid the word \"performance\"."),
    ],
)
# 82028
add(
    "We're localizing our CLI. Translate these error messages into Spanish and add a short note to "
    "each explaining when it shows up: \"File not found\", \"Permission denied\", \"Connection timed "
    "out\". Whole reply in Spanish please, notes included. No more than 90 words. Keep the tone "
    "neutral, not apologetic.",
    [
        ("language:response_language", {"language": "es"}, "Whole reply in Spanish please, notes included."),
        ("length_constraints:number_words", {"num_words": 91, "relation": LT}, "No more than 90 words."),
    ],
    ["Keep the tone neutral, not apologetic."],
    tags=["polite"],
)
# 82029
add(
    "Write the opening paragraph for the README of `tidyq`, a small Python library that turns messy "
    "CSV exports into typed pandas DataFrames. 80-100 words. It'd be great if the words \"typed\" and "
    "\"schema\" both showed up. Emoji-free, and no badges.",
    [
        ("count:word_count_range", {"min_words": 80, "max_words": 100}, "80-100 words."),
        ("keywords:existence", {"keywords": ["typed", "schema"]},
         "It'd be great if the words \"typed\" and \"schema\" both showed up."),
        ("format:no_emoji", {}, "Emoji-free"),
    ],
    ["no badges"],
    tags=["polite"],
)
# 82030
add(
    "Just the subject line for a commit that fixes a crash in the nightly export when timestamps are "
    "null. Less than 50 characters, spaces included. Imperative mood, no trailing period.",
    [
        ("length:number_characters", {"num_chars": 50, "relation": LT}, "Less than 50 characters, spaces included."),
    ],
    ["Imperative mood", "no trailing period"],
)
# 82031
add(
    "What does this do?\n\n`find . -name '*.pyc' -mtime +7 -print0 | xargs -0 rm -f`\n\n"
    "Answer in at most 5 lines. Show the command in a code block at the top.",
    [
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "Answer in at most 5 lines."),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Show the command in a code block"),
    ],
    ["at the top"],
)
# 82032
add(
    "Rewrite the following paragraph from our onboarding docs for readability:\n\n"
    "\"In order to get access to the analytics warehouse, which is hosted on BigQuery and managed by "
    "the data platform team, you will need to first request the appropriate IAM role through the "
    "access portal, after which your manager must approve the request before it is provisioned, which "
    "usually takes one business day.\"\n\n"
    "No sentence may be longer than 15 words. Use a numbered list of at least 3 steps. Don't add any "
    "information that isn't in the original.",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "No sentence may be longer than 15 words."),
        ("format:numbered_list", {"num_items": 3, "relation": AL}, "Use a numbered list of at least 3 steps."),
    ],
    ["Don't add any information that isn't in the original."],
)
# 82033
add(
    "Write a two-sentence incident blurb for the exec update: the recommendations service returned "
    "stale results for 3 hours on Tuesday, affecting about 12% of sessions. The blurb must contain "
    "exactly two numbers (the duration and the percentage) and nothing else numeric. Avoid commas "
    "entirely. Don't mention any team or person.",
    [
        ("count:numbers", {"N": 2}, "The blurb must contain exactly two numbers"),
        ("punctuation:no_comma", {}, "Avoid commas entirely."),
    ],
    ["two-sentence", "Don't mention any team or person."],
)
# 82034
add(
    "Write the first update for the #inc-2291 channel. Facts: elevated 5xx errors on the search API "
    "since 10:12, we suspect yesterday's deploy, and we're considering a rollback. The first sentence "
    "has to include the word \"investigating\". 3 or 4 sentences. Don't speculate about root cause "
    "beyond what I said.",
    [
        ("sentence:keyword", {"word": "investigating", "N": 1},
         "The first sentence has to include the word \"investigating\"."),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": AL}, "3 or 4 sentences."),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "3 or 4 sentences."),
    ],
    ["Don't speculate about root cause beyond what I said."],
    tags=["range"],
)
# 82035
add(
    "Write the short description for our internal CLI on the developer portal. It's called shipit and "
    "it wraps our whole deploy pipeline (build, test, canary, promote). Sub-50 words. Don't repeat any "
    "word more than twice. Open with the word \"shipit\".",
    [
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "Sub-50 words."),
        ("words:repeats", {"small_n": 2}, "Don't repeat any word more than twice."),
        ("startend:start_phrase", {"start_phrase": "shipit"}, "Open with the word \"shipit\"."),
    ],
)
# 82036
add(
    "Make a release checklist for our mobile app (iOS + Android). Use * for the main bullets and give "
    "every bullet at least one sub-bullet with -. No intro sentence, and nothing after the list.\n\n"
    "P.S. somewhere in there, mention TestFlight.",
    [
        ("format:sub-bullets", {}, "Use * for the main bullets and give every bullet at least one sub-bullet with -."),
        ("keywords:existence", {"keywords": ["TestFlight"]}, "somewhere in there, mention TestFlight"),
    ],
    ["No intro sentence, and nothing after the list."],
    tags=["ps"],
)
# 82037
add(
    "List the 8 most common reasons a Spark job runs out of memory. A script parses your output, so "
    "don't use bullets or numbers: put the token <SEP> between items instead. No intro, no outro.",
    [
        ("format:list", {"sep": "<SEP>"},
         "don't use bullets or numbers: put the token <SEP> between items instead"),
    ],
    ["No intro, no outro."],
)
# 82038
add(
    "You are Standup Sam, a friendly bot that posts the daily standup reminder in our team channel at "
    "9:30.\nEvery message you post must:\n"
    "- use at least one emoji\n"
    "- end with a question asking people what's blocking them\n"
    "- stay under 40 words\n"
    "Don't @-mention anyone.",
    [
        ("format:use_emoji", {}, "use at least one emoji"),
        ("content:end_with_question", {}, "end with a question"),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "stay under 40 words"),
    ],
    ["asking people what's blocking them", "Don't @-mention anyone."],
    tags=["system", "list"],
)
# 82039
add(
    "Write a runbook step for restarting the ingestion workers on our Kubernetes cluster. Don't shout "
    "at the reader: fewer than 3 words in ALL CAPS (acronyms count too, so go easy on them). Commands "
    "go in a bash code block. Max 150 words.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "fewer than 3 words in ALL CAPS"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Commands go in a bash code block."),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "Max 150 words."),
    ],
)
# 82040
add(
    "In 200+ words, explain to a junior dev why our payment webhook handler has to be idempotent. Use "
    "the word \"idempotent\" at least three times, and work in a concrete example with a duplicate "
    "Stripe event. End with the sentence \"When in doubt, dedupe on the event ID.\"",
    [
        ("length_constraints:number_words", {"num_words": 200, "relation": AL}, "In 200+ words"),
        ("keywords:frequency", {"keyword": "idempotent", "frequency": 3, "relation": AL},
         "Use the word \"idempotent\" at least three times"),
        ("startend:end_checker", {"end_phrase": "When in doubt, dedupe on the event ID."},
         "End with the sentence \"When in doubt, dedupe on the event ID.\""),
    ],
    ["work in a concrete example with a duplicate Stripe event"],
    tags=["insent"],
)
# 82041
add(
    "Write relase notes for v3.0.0 of our Python SDK. Big change: `Client.fetch()` now returns an "
    "iterator instead of a list. Include the exact phrase \"BREAKING CHANGE\" somewehre. Use ## "
    "headings for Added, Changed and Removed. keep it tight, 120 words or less.",
    [
        ("keywords:required_phrase", {"phrase": "BREAKING CHANGE"},
         "Include the exact phrase \"BREAKING CHANGE\" somewehre."),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL},
         "Use ## headings for Added, Changed and Removed."),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "120 words or less"),
    ],
    tags=["typo"],
)
# 82042
add(
    "You are the docs assistant for the Acme Data API. Answer using only the documentation provided in "
    "context. Never say \"as an AI language model\". Never begin a reply with \"Great question\". Do "
    "not include any URLs, because our widget mangles links. If the docs don't cover something, say "
    "you don't know.\n\nUser: how do I paginate through /v1/records?",
    [
        ("keywords:forbidden_phrase", {"phrase": "as an AI language model"},
         "Never say \"as an AI language model\"."),
        ("startend:not_start_phrase", {"start_phrase": "Great question"},
         "Never begin a reply with \"Great question\"."),
        ("content:no_urls", {}, "Do not include any URLs"),
    ],
    ["Answer using only the documentation provided in context.",
     "If the docs don't cover something, say you don't know."],
    tags=["system"],
)
# 82043
add(
    "Write a silly poem for #random celebrating that our flaky test `test_zone_sync` finally passes "
    "reliably. Use the letter z at least 8 times. 4 lines or fewer. Don't mention anyone by name.",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 8, "let_relation": AL},
         "Use the letter z at least 8 times."),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "4 lines or fewer."),
    ],
    ["Don't mention anyone by name."],
)
# 82044
add(
    "Quick sanity check: is it safe to run VACUUM FULL on a 400 GB production Postgres table during "
    "business hours? Answer with one of the following options: \"My answer is yes.\", \"My answer is "
    "no.\", \"My answer is maybe.\" Nothing else.",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of the following options: \"My answer is yes.\", \"My answer is no.\", "
         "\"My answer is maybe.\""),
    ],
)
# 82045
add(
    "Write a short handoff note for whoever is on call next: the Kafka consumer-lag alert fired twice "
    "overnight, both times it self-resolved, and I silenced it until 18:00. Bullet points are fine, up "
    "to 5 of them. No P.S. at the end, and don't sign it.",
    [
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "Bullet points are fine, up to 5 of them."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "No P.S. at the end"),
    ],
    ["don't sign it"],
)
# 82046
add(
    "Give me the Japanese versions of our three onboarding buttons: \"Next\", \"Skip\", \"Get started\". "
    "Our font can't render Japanese glyphs yet, so romaji only: no kana, and no kanji at all. Format it "
    "as a markdown table with the columns English and Romaji.",
    [
        ("language:no_script", {"script": "kana"}, "no kana"),
        ("language:no_script", {"script": "han"}, "no kanji at all"),
    ],
    ["Format it as a markdown table with the columns English and Romaji."],
)
# 82047
add(
    "No quotation marks around your answer, and no explanation. Suggest a git alias that shows a "
    "compact, colored log graph of the last 20 commits; just the line I paste into ~/.gitconfig under "
    "[alias].",
    [
        ("startend:no_quotation", {}, "No quotation marks around your answer"),
    ],
    ["no explanation", "just the line I paste into ~/.gitconfig under [alias]"],
    tags=["before"],
)
# 82048
add(
    "Write a tweet-length teaser for our engineering blog post about how we cut the Snowflake bill by "
    "38%. It has to fit in 200 characters, not counting spaces. One hashtag at most.",
    [
        ("length:number_nonspace_characters", {"num_chars": 201, "relation": LT},
         "It has to fit in 200 characters, not counting spaces."),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": LT}, "One hashtag at most."),
    ],
)
# 82049
add(
    "Summarize this A/B test for the experiment log. Control: 4.1% conversion (n=52,310). Variant: "
    "4.4% (n=51,987). p = 0.03. Return ONLY a JSON object, no markdown fences. Required keys: "
    "experiment, winner, lift_pct, significant, recommendation.",
    [
        ("detectable_format:json_format", {}, "Return ONLY a JSON object"),
        ("format:json_keys", {"keys": ["experiment", "winner", "lift_pct", "significant", "recommendation"]},
         "Required keys: experiment, winner, lift_pct, significant, recommendation."),
    ],
    ["no markdown fences"],
)
# 82050
add(
    "Describe what the 'Weekly Active Users' tile on our growth dashboard measures; this is tooltip "
    "text. Exactly three bullets. Each bullet under 15 words. Don't use the abbreviation WAU.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Exactly three bullets."),
        ("keywords:forbidden_words", {"forbidden_words": ["WAU"]}, "Don't use the abbreviation WAU."),
    ],
    ["Each bullet under 15 words."],
)
# 82051
add(
    "Draft the Root Cause section of our postmortem. What happened: a schema migration added a NOT "
    "NULL column without a default, the old app version kept inserting rows without it, and writes "
    "failed for 17 minutes until the deploy finished. Make sure \"migration\" and \"default\" both "
    "appear, and use the exact phrase \"backward compatible\" at least once. No more than two "
    "paragraphs (blank line between them). Keep it blameless: no names, no teams.",
    [
        ("keywords:existence", {"keywords": ["migration", "default"]},
         "Make sure \"migration\" and \"default\" both appear"),
        ("keywords:required_phrase", {"phrase": "backward compatible"},
         "use the exact phrase \"backward compatible\" at least once"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT},
         "No more than two paragraphs (blank line between them)."),
    ],
    ["Keep it blameless: no names, no teams."],
)
# 82052
add(
    "Write 3 SQL interview questions for a mid-level data analyst, each with a model answer. Label "
    "them Question 1, Question 2, Question 3. At least 3 fenced code blocks, one per answer. None of "
    "them should be about window functions; we cover those in a separate round.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Question", "num_sections": 3},
         "Label them Question 1, Question 2, Question 3."),
        ("format:code_block", {"num_blocks": 3, "relation": AL}, "At least 3 fenced code blocks"),
    ],
    ["None of them should be about window functions"],
)
# 82053
add(
    "Write the description for our `fct_orders` dbt model for the docs site.\n"
    "Constraints: plain sentences, bold at most one thing (ideally the grain: one row per order line), "
    "keep it within 60 words.",
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 2}, "bold at most one thing"),
        ("length_constraints:number_words", {"num_words": 61, "relation": LT}, "keep it within 60 words"),
    ],
    ["ideally the grain: one row per order line"],
    tags=["list"],
)
# 82054
add(
    "You are a triage bot for incoming GitHub issues on our open-source ETL tool. For every issue you "
    "get, respond with JSON only (no prose) using the keys \"label\", \"priority\", \"component\" and "
    "\"needs_repro\". Labels must be one of bug, feature, question, docs.\n\n"
    "Issue: After upgrading to 2.4, the S3 source silently skips files with spaces in their names.",
    [
        ("detectable_format:json_format", {}, "respond with JSON only (no prose)"),
        ("format:json_keys", {"keys": ["label", "priority", "component", "needs_repro"]},
         "using the keys \"label\", \"priority\", \"component\" and \"needs_repro\""),
    ],
    ["Labels must be one of bug, feature, question, docs."],
    tags=["system"],
)
# 82055
add(
    "Write a Jira ticket for adding row-level security to the finance schema in our warehouse. "
    "Wherever I haven't given you a detail, drop in a square-bracket placeholder such as [owner] or "
    "[due date]; I want no fewer than 3. Start the ticket with \"Goal:\" and include acceptance criteria.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Wherever I haven't given you a detail, drop in a square-bracket placeholder such as [owner] or "
         "[due date]; I want no fewer than 3."),
        ("startend:start_phrase", {"start_phrase": "Goal:"}, "Start the ticket with \"Goal:\""),
    ],
    ["include acceptance criteria"],
)
# 82056
add(
    "Write a 150 to 200 word summary of our data retention policy, in French, for the Montreal office. "
    "Key points: raw logs are kept 30 days, aggregated metrics 2 years, and PII is deleted on request "
    "within 14 days. Please avoid English words apart from product names.",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "a 150 to 200 word summary"),
        ("language:response_language", {"language": "fr"},
         ["in French", "Please avoid English words apart from product names."]),
    ],
    tags=["insent", "repeat", "polite"],
)
# 82057
add(
    "act as a strict code reviewer. here's a go snippet:\n\n"
    "```go\nfor i := 0; i < len(items); i++ {\n    go process(items[i])\n}\n```\n\n"
    "dont start your reply with \"Sure\". wrap the fixed version in triple backticks. under 100 words "
    "total pls",
    [
        ("startend:not_start_phrase", {"start_phrase": "Sure"}, "dont start your reply with \"Sure\""),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "wrap the fixed version in triple backticks"),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT}, "under 100 words total pls"),
    ],
    tags=["lower", "typo", "system"],
)
# 82058
add(
    "Write the message our data-quality bot posts in Slack when a freshness check fails. It should use "
    "[table_name], [last_loaded_at] and [sla_hours] as fill-in slots. Keep it to one short paragraph. "
    "Don't use exclamation marks or emojis; people are tired of alarmist bots.",
    [
        ("punctuation:no_exclamation", {}, "Don't use exclamation marks or emojis"),
        ("format:no_emoji", {}, "Don't use exclamation marks or emojis"),
    ],
    ["It should use [table_name], [last_loaded_at] and [sla_hours] as fill-in slots.",
     "Keep it to one short paragraph."],
)
# 82059
add(
    "Alt text for a line chart: daily active users Jan to Jun 2024, rising from 12k to 19k with a dip "
    "in March. Under 300 characters. Don't start with \"Image of\" or \"Chart of\".",
    [
        ("length:number_characters", {"num_chars": 300, "relation": LT}, "Under 300 characters."),
        ("startend:not_start_phrase", {"start_phrase": "Image of"}, "Don't start with \"Image of\" or \"Chart of\"."),
        ("startend:not_start_phrase", {"start_phrase": "Chart of"}, "Don't start with \"Image of\" or \"Chart of\"."),
    ],
)
# 82060
add(
    "Explain this regex for our team wiki: `^(?:[a-z0-9-]+\\.)+[a-z]{2,}$`. Put the regex itself in a "
    "markdown code block, then give a bulleted breakdown with at least 4 bullets. Title at the top, in "
    "double angular brackets like <<Regex: hostname check>>.",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the regex itself in a markdown code block"),
        ("format:bullet_points", {"num_bullets": 4, "relation": AL},
         "give a bulleted breakdown with at least 4 bullets"),
        ("detectable_format:title", {},
         "Title at the top, in double angular brackets like <<Regex: hostname check>>."),
    ],
)

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format", "keywords",
                   "language", "length_constraints", "startend"}


def in_ifeval_family(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    seen = set()
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i + 1
        assert prompt not in seen, key
        seen.add(prompt)
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps and all(isinstance(x, str) and x in prompt for x in exps), (key, exp)
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
    ife = sum(v for k, v in ids.items() if in_ifeval_family(k))
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"ifeval-family constraints {ife} ({100 * ife / total:.1f}%)")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "system", "before", "ps", "range"]:
        print(t, [KEY_BASE + i + 1 for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
