"""Hand-written prompts (authorQ) for rpo's decomposition; writes data.jsonl and stats.

Persona: customer-support leads, marketers, HR and recruiting staff, sales reps, real-estate
agents, hotel and restaurant managers, nonprofit fundraisers (company chatbot system prompts,
reusable team templates, brand-voice guides, email/ad copy with compliance rules, terse fragments).

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
KEY_BASE = 92001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


NW = "length_constraints:number_words"
NS = "length_constraints:number_sentences"

# 1 hotel concierge bot
add(
    "You are Ava, the virtual concierge for the Harborview Inn in Portland, Maine.\n\n"
    "Rules:\n"
    "1. Greet guests warmly but keep every reply under 120 words.\n"
    "2. Never quote room rates; direct pricing questions to the front desk.\n"
    "3. Don't use emojis.\n"
    "4. Do not include links of any kind. Guests should call (207) 555-0142 instead.\n"
    "5. End each reply with \"Is there anything else I can help you with?\"",
    [
        (NW, {"relation": LT, "num_words": 120}, "keep every reply under 120 words"),
        ("format:no_emoji", {}, "Don't use emojis."),
        ("content:no_urls", {}, "Do not include links of any kind."),
        ("startend:end_checker", {"end_phrase": "Is there anything else I can help you with?"},
         "End each reply with \"Is there anything else I can help you with?\""),
    ],
    untyped=["Never quote room rates; direct pricing questions to the front desk."],
    tags=["system", "list"],
)

# 2 brunch promo, terse
add(
    "Promo email for Saturday's brunch launch at Rosemary & Thyme. Max 3 bullets. Zero exclamation "
    "points. Work in at least one of 'bottomless' or 'mimosas'. Sign off as 'The Team'.",
    [
        ("format:bullet_points", {"num_bullets": 4, "relation": LT}, "Max 3 bullets."),
        ("punctuation:no_exclamation", {}, "Zero exclamation points."),
        ("keywords:include_any", {"forbidden_words": ["bottomless", "mimosas"]},
         "Work in at least one of 'bottomless' or 'mimosas'."),
        ("startend:end_checker", {"end_phrase": "The Team"}, "Sign off as 'The Team'."),
    ],
    tags=[],
)

# 3 job posting
add(
    "Draft a job posting for a Senior Payroll Specialist (hybrid, Denver). It has to be between 250 "
    "and 350 words, include the exact sentence \"We are an equal opportunity employer.\" and use at "
    "least three markdown headings. Please avoid gendered language, and don't use the words "
    "'rockstar' or 'ninja'.",
    [
        ("count:word_count_range", {"min_words": 250, "max_words": 350}, "between 250 and 350 words"),
        ("keywords:required_phrase", {"phrase": "We are an equal opportunity employer."},
         "include the exact sentence \"We are an equal opportunity employer.\""),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL},
         "use at least three markdown headings"),
        ("keywords:forbidden_words", {"forbidden_words": ["rockstar", "ninja"]},
         "don't use the words 'rockstar' or 'ninja'"),
    ],
    untyped=["Please avoid gendered language"],
    tags=["insent", "words"],
)

# 4 listing, lowercase
add(
    "listing description for 42 alder ct. 3 bed 2 bath craftsman, new roof 2022, walk to lincoln "
    "elementary. keep it tight: ~150 words max. must include the phrase 'Equal Housing Opportunity' "
    "at the very end. dont mention the school district by name (fair housing). no exclamation "
    "marks pls",
    [
        (NW, {"relation": LT, "num_words": 151}, "keep it tight: ~150 words max"),
        ("startend:end_checker", {"end_phrase": "Equal Housing Opportunity"},
         "must include the phrase 'Equal Housing Opportunity' at the very end"),
        ("punctuation:no_exclamation", {}, "no exclamation marks pls"),
    ],
    untyped=["dont mention the school district by name"],
    tags=["lower", "typo"],
)

# 5 HR PTO announcement
add(
    "Can you write an announcement for our staff about the new PTO policy? Starting Jan 1, unlimited "
    "PTO is replaced by 25 accrued days. It'd be great if it came in at no more than 200 words, and "
    "please wrap up with a P.S. reminding people about the Q&A session on Dec 12.",
    [
        (NW, {"relation": LT, "num_words": 201}, "no more than 200 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "please wrap up with a P.S."),
    ],
    untyped=["reminding people about the Q&A session on Dec 12"],
    tags=["polite"],
)

# 6 cold email
add(
    "Cold email to a VP of Ops at a mid-size logistics firm pitching our route-optimization "
    "software. Under 90 words. Don't start with \"I hope this email finds you well\". End with a "
    "question asking for a 15-min call. No links.",
    [
        (NW, {"relation": LT, "num_words": 90}, "Under 90 words."),
        ("startend:not_start_phrase", {"start_phrase": "I hope this email finds you well"},
         "Don't start with \"I hope this email finds you well\""),
        ("content:end_with_question", {}, "End with a question"),
        ("content:no_urls", {}, "No links."),
    ],
    untyped=["asking for a 15-min call"],
    tags=[],
)

# 7 Spanish appeal letter
add(
    "Write our year-end donation appeal letter for Casa Esperanza's food pantry, in Spanish (our "
    "donor base is mostly Spanish-speaking). Three paragraphs, separated by ***. Include the word "
    "\"gracias\" at least twice. Add a P.S. with the matching-gift deadline.",
    [
        ("language:response_language", {"language": "es"}, "in Spanish"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "Three paragraphs, separated by ***."),
        ("keywords:frequency", {"keyword": "gracias", "frequency": 2, "relation": AL},
         "Include the word \"gracias\" at least twice."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Add a P.S."),
    ],
    untyped=["with the matching-gift deadline"],
    tags=["words"],
)

# 8 lowercase brand bot
add(
    "You are Pip, the support assistant for Sprout (plant subscription boxes).\n\n"
    "Brand voice, DO:\n"
    "- write in all lowercase, that's our look\n"
    "- keep answers short: three sentences at most\n"
    "- use one or two plant puns if they fit\n\n"
    "DON'T:\n"
    "- use exclamation points\n"
    "- say \"unfortunately\" or \"policy\"\n"
    "- use markdown (the chat widget shows raw asterisks)",
    [
        ("change_case:english_lowercase", {}, "write in all lowercase, that's our look"),
        (NS, {"relation": LT, "num_sentences": 4}, "keep answers short: three sentences at most"),
        ("punctuation:no_exclamation", {}, "use exclamation points"),
        ("keywords:forbidden_words", {"forbidden_words": ["unfortunately", "policy"]},
         "say \"unfortunately\" or \"policy\""),
        ("format:no_markdown", {}, "use markdown (the chat widget shows raw asterisks)"),
    ],
    untyped=["use one or two plant puns if they fit"],
    tags=["system", "list", "words"],
)

# 9 two FB ad versions
add(
    "Give me two versions of a Facebook ad for our summer kayak rentals, separated by six asterisks "
    "(******). Each under 40 words. Must include 'Book by June 15' and no hashtags. Toss in at least "
    "one emoji.",
    [
        ("combination:two_responses", {},
         "Give me two versions of a Facebook ad for our summer kayak rentals, separated by six asterisks (******)."),
        ("keywords:required_phrase", {"phrase": "Book by June 15"}, "Must include 'Book by June 15'"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
        ("format:use_emoji", {}, "Toss in at least one emoji."),
    ],
    untyped=["Each under 40 words."],
    tags=["words"],
)

# 10 chalkboard special
add(
    "write the chalkboard special description for tonight: pan-seared halibut, brown butter, "
    "capers, spring peas. ALL CAPS since it's going on the board. no commas. 30 words tops and fit it "
    "on three lines or fewer.",
    [
        ("change_case:english_capital", {}, "ALL CAPS since it's going on the board."),
        ("punctuation:no_comma", {}, "no commas."),
        (NW, {"relation": LT, "num_words": 31}, "30 words tops"),
        ("length:number_lines", {"num_lines": 4, "relation": LT}, "fit it on three lines or fewer"),
    ],
    tags=[],
)

# 11 refund macro
add(
    "We need a reusable macro for refund requests that fall outside our 30-day window. Use "
    "square-bracket placeholders for anything agent-specific, at least 3 of them, e.g. "
    "[Customer Name], [Order #], [Agent Name]. Keep it between 80 and 120 words. Begin with "
    "\"Hi [Customer Name],\" and don't apologize more than once.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Use square-bracket placeholders for anything agent-specific, at least 3 of them"),
        ("count:word_count_range", {"min_words": 80, "max_words": 120},
         "Keep it between 80 and 120 words."),
        ("startend:start_phrase", {"start_phrase": "Hi [Customer Name],"},
         "Begin with \"Hi [Customer Name],\""),
    ],
    untyped=["don't apologize more than once"],
    tags=[],
)

# 12 review response
add(
    "Respond to this 2-star TripAdvisor review on behalf of the Lakeside Lodge GM.\n"
    "Review: \"Room was clean but the AC rattled all night and nobody at the desk cared.\"\n"
    "Requirements:\n"
    "- 60-100 words\n"
    "- do not use the word 'inconvenience'\n"
    "- don't make promises about refunds\n"
    "- sign it 'Dana Whitfield, General Manager'",
    [
        ("count:word_count_range", {"min_words": 60, "max_words": 100}, "60-100 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["inconvenience"]},
         "do not use the word 'inconvenience'"),
        ("startend:end_checker", {"end_phrase": "Dana Whitfield, General Manager"},
         "sign it 'Dana Whitfield, General Manager'"),
    ],
    untyped=["don't make promises about refunds"],
    tags=["list"],
)

# 13 candidate JSON
add(
    "Parse this candidate blurb and return JSON only, with exactly these keys: name, current_title, "
    "years_experience, location. No commentary before or after.\n\nBlurb: Priya Raman spent 7 years "
    "as a data analyst and is now a Senior BI Analyst at Northwind, based in Austin.",
    [
        ("detectable_format:json_format", {}, ["return JSON only", "No commentary before or after."]),
        ("format:json_keys", {"keys": ["name", "current_title", "years_experience", "location"]},
         "with exactly these keys: name, current_title, years_experience, location"),
    ],
    tags=["repeat"],
)

# 14 SEO blog post
add(
    "Write a 600+ word blog post for our property management company, Keystone Rentals, titled "
    "<<5 Things Landlords Forget Before Winter>>. Mention \"Keystone\" at least 3 times (SEO), use "
    "at least 4 ## headings, and finish with a call to action to book a free inspection.",
    [
        (NW, {"relation": AL, "num_words": 600}, "Write a 600+ word blog post"),
        ("detectable_format:title", {}, "titled <<5 Things Landlords Forget Before Winter>>"),
        ("keywords:frequency", {"keyword": "Keystone", "frequency": 3, "relation": AL},
         "Mention \"Keystone\" at least 3 times"),
        ("format:markdown_headings", {"num_headings": 4, "relation": AL}, "use at least 4 ## headings"),
    ],
    untyped=["finish with a call to action to book a free inspection"],
    tags=["insent"],
)

# 15 linkedin post lowercase
add(
    "linkedin post celebrating our team hitting 140% of Q3 quota. keep each sentence short, no "
    "sentence over 15 words. 3 hashtags minimum. cap the emojis at two.",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "no sentence over 15 words"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "3 hashtags minimum."),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "cap the emojis at two."),
    ],
    tags=["lower", "words"],
)

# 16 interview questions
add(
    "I'm hiring a front-of-house supervisor for a busy bistro. Give me a numbered list of at least 8 "
    "behavioral interview questions. Don't ask anything about age, family status, or religion. No "
    "bold text and no headers, I'm pasting this into our ATS.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL},
         "a numbered list of at least 8 behavioral interview questions"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "No bold text"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headers"),
    ],
    untyped=["Don't ask anything about age, family status, or religion."],
    tags=["insent"],
)

# 17 open house caption
add(
    "Instagram caption for Sunday's open house at 118 Maple: mid-century ranch, huge backyard. End "
    "every sentence with an emoji. Use at least two hashtags. Under 280 characters total.",
    [
        ("format:emoji", {}, "End every sentence with an emoji."),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "Use at least two hashtags."),
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "Under 280 characters total."),
    ],
    tags=["words"],
)

# 18 grant summary
add(
    "Prepare the executive summary for our grant application to the Whitmore Foundation. "
    "Structure: exactly 3 sections, each starting with 'SECTION 1', 'SECTION 2', 'SECTION 3' "
    "(Need, Program, Outcomes). Minimum 400 words overall. Do not use the words 'underprivileged' "
    "or 'at-risk'.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "exactly 3 sections, each starting with 'SECTION 1', 'SECTION 2', 'SECTION 3'"),
        (NW, {"relation": AL, "num_words": 400}, "Minimum 400 words overall."),
        ("keywords:forbidden_words", {"forbidden_words": ["underprivileged", "at-risk"]},
         "Do not use the words 'underprivileged' or 'at-risk'."),
    ],
    untyped=["(Need, Program, Outcomes)"],
    tags=[],
)

# 19 triage bot
add(
    "You are a triage bot for Brightline Telecom support. Read the ticket and reply with exactly one "
    "of these: Billing/Technical/Cancellation/Other. Nothing else, no explanation.\n\n"
    "Ticket: \"I was charged twice for March and want the extra $45 back.\"",
    [
        ("format:options", {"options": "Billing/Technical/Cancellation/Other"},
         ["reply with exactly one of these: Billing/Technical/Cancellation/Other",
          "Nothing else, no explanation."]),
    ],
    tags=["system", "repeat"],
)

# 20 subject lines
add(
    "Brainstorm 6 email subject lines for our Black Friday mattress sale (40% off).\n"
    "Format: one per line, Title Case throughout, no emojis, and no word repeated more than twice "
    "across the whole thing.",
    [
        ("format:title_case", {}, "Title Case throughout"),
        ("format:no_emoji", {}, "no emojis"),
        ("words:repeats", {"small_n": 2}, "no word repeated more than twice across the whole thing"),
    ],
    untyped=["one per line"],
    tags=["list"],
)

# 21 napa itinerary
add(
    "Put together a sample 3-day Napa itinerary for guests of the Vine & Vale Hotel. Mark each "
    "section with 'Day X' (Day 1, Day 2, Day 3). Bold at least 3 winery names. Make sure the "
    "words shuttle and picnic both show up. Keep the whole thing under 350 words.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 3},
         "Mark each section with 'Day X' (Day 1, Day 2, Day 3)."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Bold at least 3 winery names."),
        ("keywords:existence", {"keywords": ["shuttle", "picnic"]},
         "Make sure the words shuttle and picnic both show up."),
        (NW, {"relation": LT, "num_words": 350}, "Keep the whole thing under 350 words."),
    ],
    tags=[],
)

# 22 follow up, chat spelling
add(
    "hey can u write a quick follow up to the guy from delmar foods i met at the expo?? we talked "
    "abt our cold-chain sensors. short, like 3 sentences max. dont say 'just checking in' lol. "
    "mention the free pilot. and dont end it w a question",
    [
        (NS, {"relation": LT, "num_sentences": 4}, "like 3 sentences max"),
        ("keywords:forbidden_phrase", {"phrase": "just checking in"}, "dont say 'just checking in'"),
        ("content:not_end_with_question", {}, "dont end it w a question"),
    ],
    untyped=["mention the free pilot"],
    tags=["lower", "typo"],
)

# 23 onboarding checklist
add(
    "Create a first-week onboarding checklist for new warehouse associates. Use * bullets with at "
    "least one - sub-bullet under each. Add a title wrapped in double angle brackets. Don't use "
    "more than 150 words.",
    [
        ("format:sub-bullets", {}, "Use * bullets with at least one - sub-bullet under each."),
        ("detectable_format:title", {}, "Add a title wrapped in double angle brackets."),
        (NW, {"relation": LT, "num_words": 151}, "Don't use more than 150 words."),
    ],
    tags=[],
)

# 24 donor thank-you
add(
    "Write a thank-you email to first-time donors of the Riverbend Animal Shelter. Exactly 3 "
    "paragraphs with a blank line between each; the second paragraph must begin with the word "
    "\"Because\". Mention Biscuit, the beagle their gift helped adopt out. Finish with "
    "\"With gratitude, the Riverbend team\".",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Because"},
         "Exactly 3 paragraphs with a blank line between each; the second paragraph must begin with the word \"Because\""),
        ("startend:end_checker", {"end_phrase": "With gratitude, the Riverbend team"},
         "Finish with \"With gratitude, the Riverbend team\""),
    ],
    untyped=["Mention Biscuit, the beagle their gift helped adopt out."],
    tags=[],
)

# 25 repeat question
add(
    "Before you answer, copy the customer's question below word for word, then answer it in no "
    "more than 4 sentences. Nope, no bullets.\n\nQuestion: Can I change the delivery address after my order has shipped?",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Can I change the delivery address after my order has shipped?"},
         "copy the customer's question below word for word"),
        (NS, {"relation": LT, "num_sentences": 5}, "no more than 4 sentences"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Nope, no bullets."),
    ],
    tags=["insent"],
)

# 26 press release
add(
    "Draft a press release announcing that Lumen Coffee Roasters is opening its third café in Boise "
    "on May 3. At minimum 300 words. Avoid the phrase \"game changer\" and please don't use em "
    "dashes (—) anywhere. Include a quote from founder Marisol Vega.",
    [
        (NW, {"relation": AL, "num_words": 300}, "At minimum 300 words."),
        ("keywords:forbidden_phrase", {"phrase": "game changer"}, "Avoid the phrase \"game changer\""),
        ("punctuation:no_em_dash", {}, "please don't use em dashes (—) anywhere"),
    ],
    untyped=["Include a quote from founder Marisol Vega."],
    tags=["polite"],
)

# 27 French listing
add(
    "Rédige une courte description de l'appartement (2 pièces, 45 m², balcon, Lyon 6e) pour une "
    "annonce. Réponds uniquement en français, 80 mots maximum, et sans point d'exclamation.",
    [
        ("language:response_language", {"language": "fr"}, "Réponds uniquement en français"),
        (NW, {"relation": LT, "num_words": 81}, "80 mots maximum"),
        ("punctuation:no_exclamation", {}, "sans point d'exclamation"),
    ],
    tags=["lang"],
)

# 28 restaurant ordering bot
add(
    "SYSTEM: You are the ordering assistant for Nonna's Kitchen. Every reply must start with "
    "\"Ciao!\" Keep replies under 60 words. If a guest asks about allergens, tell them to speak "
    "with staff. Never use the word \"guarantee\" in any form. Plain text only.",
    [
        ("startend:start_phrase", {"start_phrase": "Ciao!"}, "Every reply must start with \"Ciao!\""),
        (NW, {"relation": LT, "num_words": 60}, "Keep replies under 60 words."),
        ("keywords:forbidden_words", {"forbidden_words": ["guarantee"]},
         "Never use the word \"guarantee\" in any form."),
        ("format:no_markdown", {}, "Plain text only."),
    ],
    untyped=["If a guest asks about allergens, tell them to speak with staff."],
    tags=["system"],
)

# 29 sales proposal
add(
    "Write a proposal summary for Acme Dental's switch to our scheduling platform. Four paragraphs, "
    "and put *** between them. Use the word ROI at least twice. Include at least one link to our "
    "case study page. Skip emojis entirely.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "Four paragraphs, and put *** between them."),
        ("keywords:frequency", {"keyword": "ROI", "frequency": 2, "relation": AL},
         "Use the word ROI at least twice."),
        ("content:include_url", {}, "Include at least one link to our case study page."),
        ("format:no_emoji", {}, "Skip emojis entirely."),
    ],
    tags=["words"],
)

# 30 brand voice guide
add(
    "Brand voice guide for TrailMix Outfitters. Apply it to the product description below.\n"
    "DO: sound like a friend who hikes; use second person; keep it between 50 and 75 words.\n"
    "DON'T: shout (no more than one ALL-CAPS word), use the words \"premium\" or \"luxury\", use "
    "hashtags.\n"
    "Product: Ridgeline 30L daypack, 1.1 lb, hydration sleeve, lifetime warranty.",
    [
        ("count:word_count_range", {"min_words": 50, "max_words": 75},
         "keep it between 50 and 75 words"),
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": LT},
         "no more than one ALL-CAPS word"),
        ("keywords:forbidden_words", {"forbidden_words": ["premium", "luxury"]},
         "use the words \"premium\" or \"luxury\""),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "use hashtags."),
    ],
    untyped=["sound like a friend who hikes", "use second person"],
    tags=["list", "words"],
)

# 31 timesheet reminder, stated twice
add(
    "Write a reminder to all staff that timesheets are due every Friday by 5pm. Keep it short, 50 "
    "words or fewer. Seriously, nothing longer than 50 words, people don't read long emails. No "
    "exclamation points, we don't want to sound angry. And don't turn it into a bulleted list.",
    [
        (NW, {"relation": LT, "num_words": 51}, ["50 words or fewer", "nothing longer than 50 words"]),
        ("punctuation:no_exclamation", {}, "No exclamation points"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "don't turn it into a bulleted list"),
    ],
    tags=["repeat"],
)

# 32 InMail two versions
add(
    "Write a LinkedIn InMail to passive candidates for a Staff Backend Engineer role at Fernway. I "
    "need two different versions, separated by ******. Leave placeholders in square brackets for "
    "[First Name] and [Their Current Company]. Keep each version under 100 words; don't mention salary.",
    [
        ("combination:two_responses", {}, "I need two different versions, separated by ******."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Leave placeholders in square brackets for [First Name] and [Their Current Company]."),
    ],
    untyped=["Keep each version under 100 words", "don't mention salary."],
    tags=["words"],
)

# 33 exec summary of support issues
add(
    "Summarize this week's top 5 support issues for the exec team. Use Markdown. Exactly 5 bullet "
    "points, one per issue. No more than 120 words, and don't end on a question.",
    [
        ("format:use_markdown", {}, "Use Markdown."),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Exactly 5 bullet points"),
        (NW, {"relation": LT, "num_words": 121}, "No more than 120 words"),
        ("content:not_end_with_question", {}, "don't end on a question"),
    ],
    untyped=["one per issue"],
    tags=[],
)

# 34 Spanish hotel bot
add(
    "Eres el asistente virtual del Hotel Mirador del Mar. Responde siempre en español, con un "
    "máximo de tres oraciones, y termina cada respuesta con la frase \"¡Que disfrute su estancia!\"",
    [
        ("language:response_language", {"language": "es"}, "Responde siempre en español"),
        (NS, {"relation": LT, "num_sentences": 4}, "con un máximo de tres oraciones"),
        ("startend:end_checker", {"end_phrase": "¡Que disfrute su estancia!"},
         "termina cada respuesta con la frase \"¡Que disfrute su estancia!\""),
    ],
    tags=["lang", "system", "words"],
)

# 35 testimonial in quotes
add(
    "We're putting a donor testimonial in the gala program. Rewrite this into something polished "
    "and wrap the whole thing in double quotation marks: 'i started volunteering at the literacy "
    "center in 2019 and honestly it changed how i see my own neighborhood'. Keep it under 60 words "
    "and in first person.",
    [
        ("startend:quotation", {}, "wrap the whole thing in double quotation marks"),
        (NW, {"relation": LT, "num_words": 60}, "Keep it under 60 words"),
    ],
    untyped=["in first person"],
    tags=["insent"],
)

# 36 plan comparison
add(
    "Compare our Pro and Enterprise plans for a prospect in a short reply. Use at least 3 bullet "
    "points. No sentence longer than 18 words. Don't include any links; the prospect's email "
    "filter strips them.",
    [
        ("format:bullet_points", {"num_bullets": 3, "relation": AL}, "Use at least 3 bullet points."),
        ("length:max_words_per_sentence", {"max_words": 18}, "No sentence longer than 18 words."),
        ("content:no_urls", {}, "Don't include any links"),
    ],
    tags=[],
)

# 37 taglines, caps
add(
    "GIVE ME 10 TAGLINES FOR OUR NEW OAT-MILK LATTE. NUMBERED LIST. EACH UNDER 8 WORDS. ZERO "
    "EMOJIS. TITLE CASE EACH ONE. NO PUNS ABOUT 'OAT' SOUNDING LIKE 'OUGHT' PLEASE, WE'VE HEARD THEM ALL.",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "NUMBERED LIST."),
        ("format:no_emoji", {}, "ZERO EMOJIS."),
        ("format:title_case", {}, "TITLE CASE EACH ONE."),
    ],
    untyped=["EACH UNDER 8 WORDS.", "NO PUNS ABOUT 'OAT' SOUNDING LIKE 'OUGHT'"],
    tags=["caps"],
)

# 38 market update
add(
    "Monthly market update email for my sphere: median sale price in Westfield rose to $612,000 and "
    "days on market fell to 18. Use at least 2 headings, keep every sentence to 20 words or less, "
    "and add a P.S. inviting them to a free home valuation. Don't exceed 250 words.",
    [
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "Use at least 2 headings"),
        ("length:max_words_per_sentence", {"max_words": 20}, "keep every sentence to 20 words or less"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S."),
        (NW, {"relation": LT, "num_words": 251}, "Don't exceed 250 words."),
    ],
    untyped=["inviting them to a free home valuation"],
    tags=[],
)

# 39 SMS blast
add(
    "SMS blast for Taco Tuesday at Casa Verde: $2 tacos 4-9pm. 160 characters max, no emoji "
    "(they break our SMS provider), must include 'Reply STOP to opt out'. It has to fit one SMS "
    "segment, so nothing past 160 chars.",
    [
        ("length:number_characters", {"num_chars": 161, "relation": LT},
         ["160 characters max", "nothing past 160 chars"]),
        ("format:no_emoji", {}, "no emoji"),
        ("keywords:required_phrase", {"phrase": "Reply STOP to opt out"},
         "must include 'Reply STOP to opt out'"),
    ],
    tags=["repeat"],
)

# 40 KB article
add(
    "Write a knowledge-base article explaining how to reset a Nimbus router. Numbered steps, at "
    "least 6 of them. Start with a verb, no intro fluff. Put the console commands in a fenced code "
    "block. "
    "Under 300 words.",
    [
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "Numbered steps, at least 6 of them."),
        ("words:start_verb", {}, "Start with a verb"),
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "Put the console commands in a fenced code block."),
        (NW, {"relation": LT, "num_words": 300}, "Under 300 words."),
    ],
    untyped=["no intro fluff"],
    tags=[],
)

# 41 rejection email
add(
    "Please write a kind rejection email for candidates who made it to the final round for our "
    "Marketing Manager role. It shouldn't start with 'Unfortunately' and it shouldn't end with "
    "'Best of luck in your future endeavors', both feel cold. Keep it under 150 words. Leave "
    "[Candidate Name] as a placeholder.",
    [
        ("startend:not_start_phrase", {"start_phrase": "Unfortunately"},
         "It shouldn't start with 'Unfortunately'"),
        ("startend:not_end_checker", {"end_phrase": "Best of luck in your future endeavors"},
         "it shouldn't end with 'Best of luck in your future endeavors'"),
        (NW, {"relation": LT, "num_words": 150}, "Keep it under 150 words."),
        ("detectable_content:number_placeholders", {"num_placeholders": 1},
         "Leave [Candidate Name] as a placeholder."),
    ],
    tags=["polite"],
)

# 42 credit union ad
add(
    "Google search ad for Harbor Credit Union's 4.25% APY savings account. Headline + description. "
    "Compliance says: no 'guaranteed', no 'risk-free', and the string 'Federally insured by NCUA' "
    "must appear. Keep the whole output below 200 characters.",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["guaranteed", "risk-free"]},
         "no 'guaranteed', no 'risk-free'"),
        ("keywords:required_phrase", {"phrase": "Federally insured by NCUA"},
         "the string 'Federally insured by NCUA' must appear"),
        ("length:number_characters", {"num_chars": 200, "relation": LT},
         "Keep the whole output below 200 characters."),
    ],
    untyped=["Headline + description."],
    tags=[],
)

# 43 GivingTuesday
add(
    "Facebook post for GivingTuesday asking people to support the Maple Grove Youth Choir. Bring the "
    "energy: at least one exclamation mark, please. Include the donate link "
    "https://givemaplegrove.org/choir. Throw in at least 2 hashtags. Length somewhere between 40 and "
    "70 words.",
    [
        ("punctuation:use_exclamation", {}, "at least one exclamation mark, please"),
        ("content:include_url", {}, "Include the donate link https://givemaplegrove.org/choir."),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "Throw in at least 2 hashtags."),
        ("count:word_count_range", {"min_words": 40, "max_words": 70},
         "Length somewhere between 40 and 70 words."),
    ],
    tags=["polite"],
)

# 44 price objection
add(
    "Write a short reply to a prospect who says our price is too high. Make sure the 2nd sentence "
    "mentions the word 'payback'. Five sentences max. Close on a question that proposes a next step.",
    [
        ("sentence:keyword", {"word": "payback", "N": 2},
         "Make sure the 2nd sentence mentions the word 'payback'."),
        (NS, {"relation": LT, "num_sentences": 6}, "Five sentences max."),
        ("content:end_with_question", {}, "Close on a question"),
    ],
    untyped=["that proposes a next step"],
    tags=["words"],
)

# 45 towel reuse card
add(
    "Write a card for our guest rooms asking guests to reuse towels. Tone: warm, not preachy. "
    "Under 50 words. Make sure it says \"thank you\". Please keep the em dashes out of it, and "
    "don't put quotation marks around the whole thing like you usually do.",
    [
        (NW, {"relation": LT, "num_words": 50}, "Under 50 words."),
        ("keywords:required_phrase", {"phrase": "thank you"}, "Make sure it says \"thank you\"."),
        ("punctuation:no_em_dash", {}, "Please keep the em dashes out of it"),
        ("startend:no_quotation", {}, "don't put quotation marks around the whole thing"),
    ],
    untyped=["Tone: warm, not preachy."],
    tags=["polite"],
)

# 46 German job ad
add(
    "Translate our barista job ad into German for the Berlin location. Keep it under 120 words and "
    "keep it as bullet points, at least 4 of them.\n\n"
    "Ad: Join the Hearth Coffee team! We're looking for a barista who loves latte art, early "
    "mornings and regulars who know your name. Full-time, 38 hrs/week, tips shared daily, free "
    "drinks on shift, 28 days paid vacation.",
    [
        ("language:response_language", {"language": "de"}, "Translate our barista job ad into German"),
        (NW, {"relation": LT, "num_words": 120}, "Keep it under 120 words"),
        ("format:bullet_points", {"num_bullets": 4, "relation": AL},
         "keep it as bullet points, at least 4 of them"),
    ],
    tags=["insent"],
)

# 47 outage apology
add(
    "Draft an apology email to customers affected by Tuesday's 3-hour outage of the PayRoute "
    "dashboard. Requirements:\n"
    "(a) open with the exact words \"We're sorry.\"\n"
    "(b) no more than 2 paragraphs, separated by a blank line\n"
    "(c) bold nothing except the credit amount (so one highlighted section, max)\n"
    "(d) do not speculate about the root cause",
    [
        ("startend:start_phrase", {"start_phrase": "We're sorry."},
         "open with the exact words \"We're sorry.\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": LT},
         "no more than 2 paragraphs, separated by a blank line"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 2},
         "one highlighted section, max"),
    ],
    untyped=["do not speculate about the root cause", "bold nothing except the credit amount"],
    tags=["list"],
)

# 48 yoga newsletter with P.S. in the prompt
add(
    "Monthly newsletter for Bloom Yoga Studio members. Give it a title in <<double angle brackets>>. "
    "At least 250 words. Link to the booking page somewhere. Don't end with a question.\n\n"
    "ps - no more than two emojis in the whole thing",
    [
        ("detectable_format:title", {}, "Give it a title in <<double angle brackets>>."),
        (NW, {"relation": AL, "num_words": 250}, "At least 250 words."),
        ("content:include_url", {}, "Link to the booking page somewhere."),
        ("content:not_end_with_question", {}, "Don't end with a question."),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT},
         "no more than two emojis in the whole thing"),
    ],
    tags=["ps", "words"],
)

# 49 buyer FAQ bot
add(
    "You're HomeKey's buyer FAQ bot. Always answer in fewer than 5 sentences. Always include this "
    "disclaimer word for word: \"This is not legal or financial advice.\" Never recommend a specific "
    "lender. Never use bullet points.",
    [
        (NS, {"relation": LT, "num_sentences": 5}, "Always answer in fewer than 5 sentences."),
        ("keywords:required_phrase", {"phrase": "This is not legal or financial advice."},
         "Always include this disclaimer word for word: \"This is not legal or financial advice.\""),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Never use bullet points."),
    ],
    untyped=["Never recommend a specific lender."],
    tags=["system"],
)

# 50 hot sauce blurb
add(
    "Write a product blurb for our hot sauce, Zing Zone. We love the letter z, so use it at least 8 "
    "times. Give it some punch with an exclamation point or more. Keep it under 70 words and end "
    "with the line 'Feel the Zing.'",
    [
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 8, "let_relation": AL},
         "We love the letter z, so use it at least 8 times."),
        ("punctuation:use_exclamation", {}, "Give it some punch with an exclamation point or more."),
        (NW, {"relation": LT, "num_words": 70}, "Keep it under 70 words"),
        ("startend:end_checker", {"end_phrase": "Feel the Zing."}, "end with the line 'Feel the Zing.'"),
    ],
    tags=[],
)

# 51 all-hands agenda
add(
    "Agenda for Thursday's Q4 all-hands (60 min). Keep the total under 100 words, no more than 8 "
    "lines, and don't use any headings.",
    [
        (NW, {"relation": LT, "num_words": 100}, "Keep the total under 100 words"),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "no more than 8 lines"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "don't use any headings"),
    ],
    tags=[],
)

# 52 marathon fundraising page
add(
    "Draft a peer-to-peer fundraising page blurb for Sam, who's running the Chicago Marathon for the "
    "Lakeshore Literacy Project. It should be at least 120 words but no longer than 180. Use 'I' "
    "voice. Include the phrase 'every mile' and avoid em dashes.",
    [
        ("count:word_count_range", {"min_words": 120, "max_words": 180},
         "at least 120 words but no longer than 180"),
        ("keywords:required_phrase", {"phrase": "every mile"}, "Include the phrase 'every mile'"),
        ("punctuation:no_em_dash", {}, "avoid em dashes"),
    ],
    untyped=["Use 'I' voice."],
    tags=[],
)

# 53 agent reply rewrite
add(
    "Rewrite this agent reply to sound more empathetic without changing the facts: 'Your refund was "
    "processed. It takes 5-7 business days. Nothing else we can do.' Limit: 3 sentences or fewer. "
    "Use the customer's name, Jordan, in the first sentence. Don't add a P.S.",
    [
        (NS, {"relation": LT, "num_sentences": 4}, "Limit: 3 sentences or fewer."),
        ("sentence:keyword", {"word": "Jordan", "N": 1},
         "Use the customer's name, Jordan, in the first sentence."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "Don't add a P.S."),
    ],
    untyped=["without changing the facts"],
    tags=[],
)

# 54 pipeline summary
add(
    "Pipeline summary for my manager. Start the message with 'Week 42 pipeline:' then 4 bullets, "
    "no more. No commas, she reads these on her phone. Keep it under 80 words.",
    [
        ("startend:start_phrase", {"start_phrase": "Week 42 pipeline:"},
         "Start the message with 'Week 42 pipeline:'"),
        ("format:bullet_points", {"num_bullets": 5, "relation": LT}, "4 bullets, no more"),
        ("punctuation:no_comma", {}, "No commas"),
        (NW, {"relation": LT, "num_words": 80}, "Keep it under 80 words."),
    ],
    tags=[],
)

# 55 landing page hero, stated twice
add(
    "Landing-page hero copy for FleetPulse (telematics for small fleets). Needs a headline, subhead "
    "and CTA button text. The whole thing must stay under 35 words. Under thirty-five words, I mean "
    "it, the designer has a tiny box. Don't use the word 'revolutionary'. Title Case the headline only.",
    [
        (NW, {"relation": LT, "num_words": 35}, ["must stay under 35 words", "Under thirty-five words"]),
        ("keywords:forbidden_words", {"forbidden_words": ["revolutionary"]},
         "Don't use the word 'revolutionary'."),
    ],
    untyped=["Title Case the headline only.", "Needs a headline, subhead and CTA button text."],
    tags=["repeat", "words"],
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
