"""Hand-written held-out prompts (author J) for rpo's decomposition; writes data.jsonl and stats.

Persona: healthcare, legal and finance professionals, academics and civil servants. Many long,
multi-paragraph prompts with background context, requirements buried mid-prompt or trailing as
afterthoughts; a few short ones.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt;
  long = multi-paragraph prompt with background; short = one- or two-line prompt;
  mid = a requirement buried mid-prompt; trail = a requirement trailing as an afterthought;
  ps = a requirement in a P.S. of the prompt; system = system-prompt style.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 53001  # base 53000 given; keys 53001, 53002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1
add(
    "I'm a practice nurse at a GP surgery in Leeds and we've had a run of patients coming in "
    "confused about the switch from the old repeat prescription slips to ordering through the NHS "
    "App. A lot of them are over 70, some have mild cognitive impairment, and frankly the leaflet "
    "the ICB sent us is unreadable.\n\n"
    "Could you draft a replacement explainer that walks someone through ordering a repeat "
    "prescription in the app, step by step? Keep it to 250 words or fewer because it has to fit on "
    "one side of A4 with our logo. Assume they've already downloaded the app and logged in once.\n\n"
    "Oh and it's going straight into a Word template so plain text please, no markdown symbols.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 251},
         "Keep it to 250 words or fewer"),
        ("format:no_markdown", {}, "plain text please, no markdown symbols"),
    ],
    ["Assume they've already downloaded the app and logged in once."],
    ["long", "mid", "trail"],
)

# 2
add(
    "Summarise the doctrine of promissory estoppel under English law in exactly three bullet "
    "points. No case names.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "in exactly three bullet points"),
    ],
    ["No case names."],
    ["short", "insent"],
)

# 3
add(
    "We're building an internal tool at the fund that tags earnings call transcripts, and I'm "
    "testing whether you can pull forward guidance out cleanly. Here's an excerpt from a CFO's "
    "prepared remarks:\n\n"
    "\"For the full year we now expect revenue growth in the range of 6 to 8 percent, down from our "
    "prior range of 8 to 10 percent, largely reflecting softer volumes in EMEA. We continue to "
    "expect operating margin expansion of roughly 50 basis points.\"\n\n"
    "I only care about the revenue guidance for now. Output only JSON (the downstream parser "
    "chokes on anything else), as a single object with the keys \"metric\", \"new_guidance\", "
    "\"prior_guidance\" and \"driver\". Percentages as strings are fine.",
    [
        ("detectable_format:json_format", {}, "Output only JSON"),
        ("format:json_keys", {"keys": ["metric", "new_guidance", "prior_guidance", "driver"]},
         "as a single object with the keys \"metric\", \"new_guidance\", \"prior_guidance\" and \"driver\""),
    ],
    ["I only care about the revenue guidance for now."],
    ["long"],
)

# 4
add(
    "I'm a postdoc in epidemiology and Reviewer 2 has asked us, rather testily, to justify why we "
    "used a negative binomial model rather than Poisson for our count outcome (hospital admissions "
    "per ward-month). Our dispersion parameter was 3.4 and the likelihood ratio test comparing the "
    "two models was highly significant.\n\n"
    "Please draft the paragraph for our response-to-reviewers letter. Start it with \"We thank the "
    "reviewer for this comment.\" (the PI insists on that) and keep it between 120 and 180 words. "
    "Polite but firm; don't grovel.",
    [
        ("startend:start_phrase", {"start_phrase": "We thank the reviewer for this comment."},
         "Start it with \"We thank the reviewer for this comment.\""),
        ("count:word_count_range", {"min_words": 120, "max_words": 180},
         "keep it between 120 and 180 words"),
    ],
    ["Polite but firm; don't grovel."],
    ["long"],
)

# 5
add(
    "Context: I work in the benefits policy team at a county council. From April the council tax "
    "reduction scheme is changing so that people with savings over £10,000 are no longer eligible "
    "(the threshold used to be £16,000). We have to write to about 2,300 households who will lose "
    "support.\n\n"
    "The letter needs to be in plain English. Our comms standards say no sentence should run past "
    "20 words, and the whole letter should be under 300 words. Please include where they can get "
    "independent advice (Citizens Advice) and the date the change takes effect, 1 April.\n\n"
    "Also, my director hates em dashes, so none of those.",
    [
        ("length:max_words_per_sentence", {"max_words": 20},
         "no sentence should run past 20 words"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 300},
         "the whole letter should be under 300 words"),
        ("punctuation:no_em_dash", {}, "my director hates em dashes, so none of those"),
    ],
    [
        "The letter needs to be in plain English.",
        "Please include where they can get independent advice (Citizens Advice) and the date the "
        "change takes effect, 1 April.",
    ],
    ["long", "mid", "trail"],
)

# 6
add(
    "LIST AT LEAST 5 RED FLAGS IN A STARTUP'S CAP TABLE AS A NUMBERED LIST. 150 WORDS MAX. "
    "I'M REVIEWING A SEED DEAL TONIGHT.",
    [
        ("format:numbered_list", {"num_items": 5, "relation": AL},
         "LIST AT LEAST 5 RED FLAGS IN A STARTUP'S CAP TABLE AS A NUMBERED LIST"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "150 WORDS MAX"),
    ],
    [],
    ["short", "caps", "insent"],
)

# 7
add(
    "I'm prepping a training session for trainee solicitors on client care letters and I want to "
    "show how an AI answers a question that comes up constantly. For the demo, first repeat the "
    "question exactly as I've written it, word for word, and only then answer. The question is: "
    "What must a client care letter include under the SRA Code of Conduct for Solicitors?\n\n"
    "Keep the answer part short, five or six sentences, as it's going on a slide. And no bullet "
    "points; the slide template formats them horribly.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What must a client care letter include under the SRA Code of Conduct for Solicitors?"},
         "first repeat the question exactly as I've written it, word for word, and only then answer"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
    ["Keep the answer part short, five or six sentences"],
    ["long", "trail"],
)

# 8
add(
    "We run a walk-in flu clinic every autumn and uptake among the over-65s dropped last year, "
    "partly because the reminder letters went out late. This year we're switching to texts through "
    "the practice's messaging system.\n\n"
    "Need an SMS reminder for our flu clinic: Saturday 12 October, 9am to 1pm, St Mark's Health "
    "Centre, walk-in for over-65s. Has to be under 160 characters (one text). No emojis and don't "
    "include a link, people think links are scams now.",
    [
        ("length:number_characters", {"num_chars": 160, "relation": LT},
         "Has to be under 160 characters"),
        ("format:no_emoji", {}, "No emojis"),
        ("content:no_urls", {}, "don't include a link"),
    ],
    [],
    ["long", "trail"],
)

# 9
add(
    "I'm writing a grant proposal to the Leverhulme Trust on informal caregiving among migrant "
    "communities in the Midlands. The case for support has to follow their structure, and my co-I "
    "and I keep disagreeing about what goes where, so I want a skeleton draft we can argue over.\n\n"
    "Please split it into 4 sections, each starting with \"Section N\" (Section 1, Section 2 and so "
    "on): background and rationale, research questions, methods, and impact. Write at least 600 "
    "words overall. Somewhere in there, use the term \"intersectionality\" (the panel chair works on "
    "it) but only where it genuinely fits.\n\n"
    "One more thing: British spelling throughout.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Section", "num_sections": 4},
         "Please split it into 4 sections, each starting with \"Section N\""),
        ("length_constraints:number_words", {"relation": AL, "num_words": 600},
         "Write at least 600 words overall"),
        ("keywords:existence", {"keywords": ["intersectionality"]},
         "use the term \"intersectionality\""),
    ],
    ["British spelling throughout."],
    ["long", "mid", "trail"],
)

# 10
add(
    "Can you write two versions of a one-line summary of our Q3 performance for the investor "
    "newsletter, one cautious and one upbeat? Separate them with six asterisks (******) and nothing "
    "else. Revenue was up 4% year on year, EBITDA flat, net debt down slightly. No exclamation "
    "points even in the upbeat one.",
    [
        ("combination:two_responses", {},
         "Separate them with six asterisks (******) and nothing else"),
        ("punctuation:no_exclamation", {}, "No exclamation points even in the upbeat one."),
    ],
    ["one cautious and one upbeat"],
    ["trail"],
)

# 11
add(
    "Our housing department needs the notice below translated into Spanish for tenants in the "
    "Eastfield blocks, many of whom have told us they struggle with our English-only letters. It'll "
    "be printed as-is, so please respond in Spanish only, no English at all, not even a heading. It "
    "must not exceed 80 words.\n\n"
    "Notice: Water will be shut off on Tuesday 14 May from 9am to 3pm for essential pipe repairs. "
    "Please store enough water for drinking and cooking. We apologise for the inconvenience.",
    [
        ("language:response_language", {"language": "es"},
         ["translated into Spanish", "please respond in Spanish only",
          "no English at all, not even a heading"]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 81},
         "It must not exceed 80 words."),
    ],
    [],
    ["long", "repeat", "insent"],
)

# 12
add(
    "Journal club is on Thursday and it's my turn. The paper is DAPA-HF (dapagliflozin in heart "
    "failure with reduced ejection fraction). Could you give me a critical appraisal I can talk "
    "from: population, intervention, primary outcome, the main limitations, and whether it should "
    "change practice in our heart failure clinic. Please highlight at least 3 key points using "
    "markdown italics, like *this*, so I can spot them while I'm talking. Roughly 400 words, not "
    "more than 450.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Please highlight at least 3 key points using markdown italics, like *this*"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 451},
         "Roughly 400 words, not more than 450"),
    ],
    [],
    ["trail", "polite"],
)

# 13
add(
    "Draft a template letter before action for unpaid invoices that our small business clients can "
    "reuse. Put anything client-specific in square brackets, e.g. [debtor name], [invoice number], "
    "[amount]; there should be at least 5 of those. Avoid the words \"hereby\", \"herein\" and "
    "\"aforementioned\", our clients find them off-putting. It should reference the Pre-Action "
    "Protocol for Debt Claims.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 5},
         "there should be at least 5 of those"),
        ("keywords:forbidden_words", {"forbidden_words": ["hereby", "herein", "aforementioned"]},
         "Avoid the words \"hereby\", \"herein\" and \"aforementioned\""),
    ],
    ["It should reference the Pre-Action Protocol for Debt Claims."],
    [],
)

# 14
add(
    "quick one: what's the difference between a fixed effects and a random effects meta-analysis? "
    "answer in under 100 words, all lower case pls, it's going in a slack msg",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 100},
         "answer in under 100 words"),
        ("change_case:english_lowercase", {}, "all lower case pls"),
    ],
    [],
    ["short", "lower"],
)

# 15
add(
    "I'm a financial adviser and one of my clients, mid-50s, has just inherited about £180k from "
    "her mother's estate. She's asked me in writing whether she should pay off her remaining £95k "
    "mortgage (fixed at 2.1% until 2027) or put the money into her pension and ISA. She's a "
    "higher-rate taxpayer and still working full time.\n\n"
    "I'd like a draft reply that sets out both options fairly without giving a definitive "
    "recommendation yet, because we're meeting next week to go through her attitude to risk. Write "
    "it in exactly 4 paragraphs with *** between each one. End with the line \"I look forward to "
    "discussing this with you next week.\" and nothing after it.\n\n"
    "Keep the language non-technical; she's not a finance person.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "Write it in exactly 4 paragraphs with *** between each one"),
        ("startend:end_checker", {"end_phrase": "I look forward to discussing this with you next week."},
         "End with the line \"I look forward to discussing this with you next week.\" and nothing after it"),
    ],
    ["without giving a definitive recommendation yet", "Keep the language non-technical"],
    ["long", "mid"],
)

# 16
add(
    "The Rural Broadband Voucher scheme gives up to £4,500 per business towards gigabit connections "
    "in areas commercial providers won't reach. Comms are short-staffed this week so they've asked "
    "the policy team (me) to draft the launch post.\n\n"
    "Write a post for the Department's X account announcing that applications for the Rural "
    "Broadband Voucher scheme open on 3 June. Max 280 characters. Throw in at least two hashtags "
    "and the link https://www.gov.uk/broadband-vouchers",
    [
        ("length:number_characters", {"num_chars": 281, "relation": LT}, "Max 280 characters."),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL},
         "Throw in at least two hashtags"),
        ("content:include_url", {}, "the link https://www.gov.uk/broadband-vouchers"),
    ],
    [],
    ["long"],
)

# 17
add(
    "I run the diabetes education sessions at our outpatient clinic. Write a short script I can "
    "read out about recognising hypoglycaemia (shaky, sweaty, confused, the usual) and what to do "
    "about it, including the 15-15 rule and when to call 999. Many attendees have low health "
    "literacy, so please say \"sugar\" at least 4 times instead of \"glucose\", and don't use "
    "\"glucose\" at all. Fewer than 12 sentences in total.",
    [
        ("keywords:frequency", {"keyword": "sugar", "frequency": 4, "relation": AL},
         "please say \"sugar\" at least 4 times"),
        ("keywords:forbidden_words", {"forbidden_words": ["glucose"]},
         "don't use \"glucose\" at all"),
        ("length_constraints:number_sentences", {"num_sentences": 12, "relation": LT},
         "Fewer than 12 sentences in total."),
    ],
    ["including the 15-15 rule and when to call 999"],
    ["trail"],
)

# 18
add(
    "Quick sanity check before I advise a client. A tenant in England on an assured shorthold "
    "tenancy received a section 21 notice that was served before the landlord had protected the "
    "deposit in an approved scheme, and the deposit still hasn't been protected. Is the notice "
    "valid? Answer with one of the following exactly: \"My answer is yes.\", \"My answer is no.\", "
    "\"My answer is maybe.\" I don't need the reasoning.",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of the following exactly: \"My answer is yes.\", \"My answer is no.\", "
         "\"My answer is maybe.\""),
    ],
    [],
    [],
)

# 19
add(
    "I'm teaching a third-year undergrad module on comparative constitutional law next term and "
    "need to prep a lecture on judicial review in systems without a codified constitution (the UK, "
    "New Zealand, and Israel to an extent). Could you sketch an outline? Use at least three "
    "markdown headings, one per country, and under each heading give bullets where every bullet "
    "has at least one sub-bullet.\n\n"
    "P.S. I'll flesh it out myself, so keep it lean: no more than 350 words.",
    [
        ("format:markdown_headings", {"num_headings": 3, "relation": AL},
         "Use at least three markdown headings"),
        ("format:sub-bullets", {}, "give bullets where every bullet has at least one sub-bullet"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 351},
         "no more than 350 words"),
    ],
    ["one per country"],
    ["long", "ps"],
)

# 20
add(
    "explain duration vs convexity to a new grad analyst. 3 paragraphs, blank lines between. para 2 "
    "begins with 'convexity'. no commas.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "convexity"},
         "3 paragraphs, blank lines between. para 2 begins with 'convexity'"),
        ("punctuation:no_comma", {}, "no commas"),
    ],
    [],
    ["short", "lower"],
)

# 21
add(
    "I'm a policy officer in the Department for Transport's active travel unit. Ministers want a "
    "short briefing on the evidence for low traffic neighbourhoods ahead of a Westminster Hall "
    "debate. The evidence base is contested: there are the academic studies on car use and active "
    "travel in outer London boroughs, some work on emergency response times, and a lot of local "
    "polling that cuts both ways.\n\n"
    "Give the note a title wrapped in double angle brackets, e.g. <<LTNs: what the evidence "
    "says>>. Aim for balance: we're civil servants, not campaigners. It must be fewer than 500 "
    "words, and please avoid exclamtion marks entirely. Also avoid the phrase \"war on motorists\" "
    "even in quotes, the minister's office is sensitive about it.",
    [
        ("detectable_format:title", {}, "Give the note a title wrapped in double angle brackets"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 500},
         "It must be fewer than 500 words"),
        ("punctuation:no_exclamation", {}, "please avoid exclamtion marks entirely"),
        ("keywords:forbidden_phrase", {"phrase": "war on motorists"},
         "Also avoid the phrase \"war on motorists\" even in quotes"),
    ],
    ["Aim for balance: we're civil servants, not campaigners."],
    ["long", "typo", "trail"],
)

# 22
add(
    "We need a sign for the door of the MRI suite. WRITE THE WHOLE THING IN CAPITAL LETTERS, in "
    "English. It should warn about metal objects, pacemakers and other implants, and tell people to "
    "speak to a radiographer before going in. Sixty words, tops.",
    [
        ("change_case:english_capital", {}, "WRITE THE WHOLE THING IN CAPITAL LETTERS, in English"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "Sixty words, tops."),
    ],
    [],
    ["caps"],
)

# 23
add(
    "I'm a law lecturer putting together a seminar handout on the Unfair Contract Terms Act 1977. "
    "Pick three or four key statutory phrases (the reasonableness test wording, \"deals as "
    "consumer\", that kind of thing), quote each one, and after every quoted phrase give an "
    "explanation in your own words that isn't itself in quotes. Students often miss how the "
    "Consumer Rights Act 2015 narrowed the Act's scope, so flag that where it's relevant. Four "
    "bullets tops.",
    [
        ("format:quote_unquote", {},
         "after every quoted phrase give an explanation in your own words that isn't itself in quotes"),
        ("format:bullet_points", {"num_bullets": 5, "relation": LT}, "Four bullets tops."),
    ],
    ["Students often miss how the Consumer Rights Act 2015 narrowed the Act's scope, so flag that "
     "where it's relevant."],
    ["mid", "trail"],
)

# 24
add(
    "Given a 30-year-old with no debt, an emergency fund in place and a 401(k) match they aren't "
    "fully using, should their next dollar go to the match or to a taxable brokerage account? Reply "
    "with only one of these: match/brokerage/depends. Nothing else.",
    [
        ("format:options", {"options": "match/brokerage/depends"},
         "Reply with only one of these: match/brokerage/depends"),
    ],
    [],
    ["short"],
)

# 25
add(
    "Background: I'm a sociology PhD candidate in my third year, writing up a thesis on precarious "
    "work among food delivery riders in Lisbon. My supervisor has asked me to write a short "
    "reflexivity statement for the methods chapter, because I worked as a rider myself for part of "
    "the fieldwork and she thinks the examiners will probe that.\n\n"
    "I've never written one and I'm honestly not sure what tone to take. Can you draft something I "
    "can adapt? First person, obviously. It should be three paragraphs separated by blank lines, "
    "and the third one should open with the word \"ultimately\". Please work in the words "
    "\"positionality\" and \"insider\" somewhere.\n\n"
    "Keep it honest rather than self-flagellating, if that makes sense.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 3, "first_word": "ultimately"},
         "It should be three paragraphs separated by blank lines, and the third one should open "
         "with the word \"ultimately\""),
        ("keywords:existence", {"keywords": ["positionality", "insider"]},
         "Please work in the words \"positionality\" and \"insider\" somewhere."),
    ],
    ["First person, obviously.", "Keep it honest rather than self-flagellating"],
    ["long", "mid"],
)

# 26
add(
    "Could you put together aftercare instructions for patients who've just had a tooth "
    "extraction? Our dental practice emails these out the same afternoon. Format them as a "
    "numbered list with at least 8 steps. Include the phrase \"call the practice on 01632 960123\" "
    "for anything worrying like bleeding that won't stop, and don't go past 200 words. Friendly, "
    "not clinical.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL},
         "Format them as a numbered list with at least 8 steps."),
        ("keywords:required_phrase", {"phrase": "call the practice on 01632 960123"},
         "Include the phrase \"call the practice on 01632 960123\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201},
         "don't go past 200 words"),
    ],
    ["Friendly, not clinical."],
    ["polite"],
)

# 27
add(
    "I'm acting for the tenant in a commercial lease dispute. After months of stonewalling, the "
    "landlord's solicitors have agreed in principle to mediate, and I want dates locked in before "
    "they change their minds. "
    "Write a brief email to opposing counsel proposing mediation dates in the week of 9 June. Don't "
    "open with \"I hope this email finds you well\", I can't stand it. Add a P.S. asking whether "
    "they'd accept service by email.",
    [
        ("startend:not_start_phrase", {"start_phrase": "I hope this email finds you well"},
         "Don't open with \"I hope this email finds you well\""),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Add a P.S."),
    ],
    ["asking whether they'd accept service by email"],
    ["trail"],
)

# 28
add(
    "I'm in compliance at a mid-sized bank. Marketing has drafted a line for a savings account ad "
    "that calls it \"risk-free\". That won't fly under the FCA's fair, clear and not misleading "
    "rule, since deposits are only protected up to £85,000 by the FSCS.\n\n"
    "Please rewrite their paragraph so it's compliant. Their version: \"Grow your money risk-free "
    "with our Easy Saver! Guaranteed returns, no catches, the safest home for your cash.\"\n\n"
    "Rules for the rewrite:\n"
    "1. don't use the words guaranteed, safest or risk-free\n"
    "2. no exclamation marks\n"
    "3. three sentences, not more\n"
    "4. mention FSCS protection and the £85,000 limit",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["guaranteed", "safest", "risk-free"]},
         "don't use the words guaranteed, safest or risk-free"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT},
         "three sentences, not more"),
    ],
    ["mention FSCS protection and the £85,000 limit"],
    ["long", "list"],
)

# 29
add(
    "Could you translate the abstract below into German for the conference booklet? Reply in "
    "German only, please. It'd be great if the German version stayed below 200 words, same as the "
    "original.\n\n"
    "Abstract: Background: Loneliness among older adults is associated with increased mortality, "
    "yet evidence on community-based interventions remains mixed. Methods: We conducted a "
    "cluster-randomised trial in 24 neighbourhoods in Rotterdam, comparing a volunteer-led "
    "befriending programme with usual care over 12 months. Results: The intervention reduced "
    "loneliness scores by 0.4 standard deviations (95% CI 0.2 to 0.6), with no effect on GP "
    "consultations. Conclusions: Low-cost befriending can reduce loneliness, but effects on health "
    "service use may take longer to emerge.",
    [
        ("language:response_language", {"language": "de"},
         ["translate the abstract below into German", "Reply in German only, please."]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200},
         "It'd be great if the German version stayed below 200 words"),
    ],
    [],
    ["long", "repeat", "polite", "insent"],
)

# 30
add(
    "I'm an information governance officer at an NHS trust. We've received an FOI request for the "
    "unit prices we pay for hip and knee implants from each supplier. We're withholding under "
    "section 43(2) (commercial interests) after consulting the suppliers, and we've done the public "
    "interest test.\n\n"
    "Please draft the refusal notice. Leave gaps like [Requester name] and [FOI reference] for the "
    "case officer to fill in, two placeholders minimum. It has to explain the public interest "
    "balancing and tell them about their right to an internal review and then to complain to the "
    "ICO.\n\n"
    "Word count: 350 maximum. No web links, we add those from a standard footer.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Leave gaps like [Requester name] and [FOI reference] for the case officer to fill in, "
         "two placeholders minimum"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 351},
         "Word count: 350 maximum."),
        ("content:no_urls", {}, "No web links"),
    ],
    ["It has to explain the public interest balancing and tell them about their right to an "
     "internal review and then to complain to the ICO."],
    ["long", "mid", "trail"],
)

# 31
add(
    "For a pilot we're testing whether an LLM can structure free-text discharge notes. Here's a "
    "made-up one:\n\n"
    "\"72M admitted with community-acquired pneumonia, CURB-65 score 2. Treated with IV "
    "co-amoxiclav then switched to oral. Discharged day 5. Follow-up chest X-ray in 6 weeks. Stop "
    "clarithromycin. GP to review renal function in 1 week.\"\n\n"
    "Return a JSON object with exactly these keys: \"diagnosis\", \"treatment\", "
    "\"length_of_stay_days\", \"follow_up\", \"medication_changes\". Wrap it in a ```json fence if "
    "you like, but no commentary before or after.",
    [
        ("format:json_keys",
         {"keys": ["diagnosis", "treatment", "length_of_stay_days", "follow_up", "medication_changes"]},
         "Return a JSON object with exactly these keys: \"diagnosis\", \"treatment\", "
         "\"length_of_stay_days\", \"follow_up\", \"medication_changes\""),
        ("detectable_format:json_format", {}, "no commentary before or after"),
    ],
    [],
    ["long"],
)

# 32
add(
    "I'm a solicitor at a high street firm and we're refreshing the FAQ page on our website. One "
    "question we get constantly is 'What happens if I die without a will?'. Clients are often "
    "surprised that an unmarried partner gets nothing at all under the intestacy rules in England "
    "and Wales, and that the spouse's statutory legacy is capped.\n\n"
    "Could you draft the answer for the FAQ? 200-250 words. It needs to include the sentence "
    "\"This is general information, not legal advice.\" word for word, our regulator expects it. "
    "Finish by asking the reader a question that nudges them to book a will appointment.",
    [
        ("count:word_count_range", {"min_words": 200, "max_words": 250}, "200-250 words"),
        ("keywords:required_phrase", {"phrase": "This is general information, not legal advice."},
         "It needs to include the sentence \"This is general information, not legal advice.\" "
         "word for word"),
        ("content:end_with_question", {}, "Finish by asking the reader a question"),
    ],
    ["that nudges them to book a will appointment"],
    ["long"],
)

# 33
add(
    "I'm an economist at a central bank writing the 'at a glance' box for our quarterly inflation "
    "report. Headline CPI fell to 2.9% in the quarter, core was sticky at 3.6%, and services "
    "inflation is still above 5%. Please write the box text so it contains exactly three numbers "
    "(those three figures), nothing else numeric, not even a year or a quarter label. No sentence "
    "over 25 words. And no jargon like 'disinflationary impulse'; this box is for the public.",
    [
        ("count:numbers", {"N": 3}, "so it contains exactly three numbers"),
        ("length:max_words_per_sentence", {"max_words": 25}, "No sentence over 25 words."),
    ],
    ["no jargon like 'disinflationary impulse'"],
    ["trail"],
)

# 34
add(
    "I'm a speech and language therapist working with a 7-year-old on his /s/ sound. Can you write "
    "a short silly story, maybe about a snake who sells socks, where the letter s appears at least "
    "40 times? 120 words at most so he doesn't get tired. Exclamation marks are fine, he loves them, "
    "in fact use at least one.",
    [
        ("keywords:letter_frequency", {"letter": "s", "let_frequency": 40, "let_relation": AL},
         "where the letter s appears at least 40 times"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "120 words at most"),
        ("punctuation:use_exclamation", {},
         "Exclamation marks are fine, he loves them, in fact use at least one."),
    ],
    [],
    ["insent"],
)

# 35
add(
    "Hi, I'm on the secretariat for a public consultation on changes to the town's parking permit "
    "zones. We got 1,412 responses. I'll paste the coded themes below; can you turn them into a "
    "summary for the cabinet member? Exactly 6 bullet points, one per theme, using * for bullets. "
    "Don't add headings.\n\n"
    "Themes (share of responses): cost of permits 41%; lack of spaces near shops 23%; support for "
    "the changes 14%; concerns about carers and visitors 11%; enforcement 7%; other 4%.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, "Exactly 6 bullet points"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't add headings."),
    ],
    ["one per theme"],
    ["long", "mid"],
)

# 36
add(
    "cover letter for submitting our manuscript to BMJ Open - it's a cohort study on statin "
    "adherence after MI using CPRD data, n = 48,000. must open with \"Dear Editor,\" and should have "
    "no fewer than three paragraphs separated by blank lines. emphasise novelty (first study to "
    "link adherence trajectories to recurrent MI in UK primary care). dont use em-dashes pls",
    [
        ("startend:start_phrase", {"start_phrase": "Dear Editor,"}, "must open with \"Dear Editor,\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "should have no fewer than three paragraphs separated by blank lines"),
        ("punctuation:no_em_dash", {}, "dont use em-dashes pls"),
    ],
    ["emphasise novelty (first study to link adherence trajectories to recurrent MI in UK primary care)"],
    ["lower", "typo", "trail"],
)

# 37
add(
    "Write the risk warning section for our crypto ETP factsheet. Regulator feedback on the last "
    "version said we overused capitals, so all-caps words should appear fewer than 3 times in total "
    "(we'll need NOT once, probably). 150 words minimum, and use the word \"volatile\" at least "
    "twice.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "all-caps words should appear fewer than 3 times in total"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 150}, "150 words minimum"),
        ("keywords:frequency", {"keyword": "volatile", "frequency": 2, "relation": AL},
         "use the word \"volatile\" at least twice"),
    ],
    [],
    [],
)

# 38
add(
    "Give me a punchy definition of sepsis for the ward teaching board, no more than two sentences, "
    "wrapped entirely in double quotation marks.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT},
         "no more than two sentences"),
        ("startend:quotation", {}, "wrapped entirely in double quotation marks"),
    ],
    [],
    ["short", "insent"],
)

# 39
add(
    "You are an assistant for the intake team at a legal aid clinic. Always respond in plain text "
    "without markdown. Never include URLs; clients are told to phone us instead. Always end your "
    "reply with \"A caseworker will contact you within 3 working days.\" Replies must be shorter "
    "than 120 words.\n\n"
    "Client message: Hi my landlord says I have to leave by Friday because he's selling the house, "
    "he hasn't given me anything in writing. I have two kids. What do I do?",
    [
        ("format:no_markdown", {}, "Always respond in plain text without markdown."),
        ("content:no_urls", {}, "Never include URLs"),
        ("startend:end_checker", {"end_phrase": "A caseworker will contact you within 3 working days."},
         "Always end your reply with \"A caseworker will contact you within 3 working days.\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120},
         "Replies must be shorter than 120 words."),
    ],
    [],
    ["system", "long"],
)

# 40
add(
    "I'm compiling an annotated reading list for first-year Classics students. Could you write the "
    "annotation for Aristotle's Nicomachean Ethics, Book I? Focus on the function argument and why "
    "eudaimonia isn't just 'happiness'. 80–100 words. Transliterate any Greek terms (eudaimonia, "
    "ergon, arete); no Greek script at all, our VLE turns it into question marks.",
    [
        ("count:word_count_range", {"min_words": 80, "max_words": 100}, "80–100 words."),
        ("language:no_script", {"script": "greek"},
         ["Transliterate any Greek terms", "no Greek script at all"]),
    ],
    ["Focus on the function argument and why eudaimonia isn't just 'happiness'."],
    ["trail", "repeat"],
)

# 41
add(
    "Our credit risk team puts out a quarterly report on SME lending conditions. Until now it has "
    "just been called \"SME Credit Monitor\" plus the quarter, and the new head of department "
    "wants something more engaging for the external version, without sounding like marketing.\n\n"
    "Suggest one title. Title Case, please, and fewer than twelve words. Just the title, "
    "nothing else.",
    [
        ("format:title_case", {}, "Title Case, please"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 12},
         "fewer than twelve words"),
    ],
    ["without sounding like marketing", "Just the title, nothing else."],
    ["long"],
)

# 42
add(
    "I'm a community engagement officer at the district council. Residents in three villages have "
    "complained that the new fortnightly bin collection left rubbish piling up over Christmas. The "
    "contractor missed two rounds because of staffing, and we've agreed a catch-up collection on 4 "
    "and 5 January.\n\n"
    "Can you write the email update that goes to the parish councils? Would you mind splitting it "
    "into three paragraphs with a markdown divider (***) between them? At the very end, after your "
    "sign-off, add a note beginning \"NB:\" reminding them that side waste will be taken on the "
    "catch-up days only. Acknowledge the frustration without admitting liability, legal have been "
    "very clear about that.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "splitting it into three paragraphs with a markdown divider (***) between them"),
        ("detectable_content:postscript", {"postscript_marker": "NB:"},
         "At the very end, after your sign-off, add a note beginning \"NB:\""),
    ],
    ["reminding them that side waste will be taken on the catch-up days only",
     "Acknowledge the frustration without admitting liability"],
    ["long", "mid", "polite"],
)

# 43
add(
    "I'm a research nurse on a dementia prevention trial. Participants' carers get a WhatsApp "
    "update from us every month. Write this month's: recruitment has reached 180 of 240, the next "
    "round of assessment visits starts on the 10th, and thank them for their patience with the "
    "rescheduled memory tests. No more then 6 lines. Max 2 emojis, they like a friendly touch but "
    "we're still a clinical team.",
    [
        ("length:number_lines", {"num_lines": 7, "relation": LT}, "No more then 6 lines."),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "Max 2 emojis"),
    ],
    [],
    ["typo", "trail"],
)

# 44
add(
    "We're a two-partner accountancy firm in Bristol and want to understand a standard partnership "
    "deed before our solicitor drafts ours, mainly so we know what to ask her. I'm not after a full "
    "contract; I'd like a plain-language skeleton of the key provisions: capital contributions, "
    "profit share, drawings, decision-making, retirement and expulsion, and dispute resolution.\n\n"
    "Use 6 parts labelled PART 1 through PART 6. Each part should explain what the clause does and "
    "what we should think about before the meeting. Please keep it to around 500 words, definitely "
    "not over 550. I know you'll want to tell us to consult a solicitor; we are, so skip that.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 6},
         "Use 6 parts labelled PART 1 through PART 6."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 551},
         "Please keep it to around 500 words, definitely not over 550"),
    ],
    ["Each part should explain what the clause does and what we should think about before the meeting.",
     "I know you'll want to tell us to consult a solicitor; we are, so skip that."],
    ["long", "trail"],
)

# 45
add(
    "Define 'p-hacking' for a methods glossary in less than 50 words. Leave out the word "
    "'significant'.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "in less than 50 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["significant"]},
         "Leave out the word 'significant'."),
    ],
    [],
    ["short", "insent"],
)

# 46
add(
    "Morning note for the rates desk. telegraphic style: stop words (the, of, and, to etc.) no more "
    "than 30% of total words. cap it at 100 words. no commas either, use line breaks. Points: gilts "
    "sold off 8bp on stronger wage data; market now pricing 2 cuts by year end vs 3 last week; 10y "
    "auction tomorrow, £4.25bn.",
    [
        ("ratio:stop_words", {"percentage": 30},
         "stop words (the, of, and, to etc.) no more than 30% of total words"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "cap it at 100 words"),
        ("punctuation:no_comma", {}, "no commas either"),
    ],
    ["use line breaks"],
    ["short"],
)

# 47
add(
    "I'm a GP trainee preparing for my SCA exam. One of my weak areas is explaining risk. Could you "
    "write a model explanation, as if spoken to a 45-year-old woman, of what a QRISK3 score of 12% "
    "means and why I'm offering her a statin? Keep it conversational and avoid percentages where "
    "natural frequencies work better (\"12 out of 100 people like you\").\n\n"
    "Under 200 words please. I'll be reading it aloud to myself to practise, so it has to sound "
    "like speech, not a leaflet. Skip the bullets. Again, really do keep it below 200 words, the "
    "station is only 12 minutes and this is one part of it.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 200},
         ["Under 200 words please", "really do keep it below 200 words"]),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Skip the bullets."),
    ],
    ["Keep it conversational",
     "avoid percentages where natural frequencies work better",
     "it has to sound like speech, not a leaflet"],
    ["long", "repeat", "trail"],
)

# 48
add(
    "pls write a polite out of office for me, Im at a ministerial visit till thursday. under 50 "
    "wrods, and mention my colleauge Priya Shah for urgent matters",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "under 50 wrods"),
    ],
    ["mention my colleauge Priya Shah for urgent matters"],
    ["short", "typo", "lower"],
)

# 49
add(
    "I'm an associate professor of health law drafting the abstract for a paper comparing assisted "
    "dying legislation in Jersey and the Isle of Man with the assisted dying bill going through "
    "Westminster. Word limit 250 (hard limit from the journal, I can't go over). The journal also "
    "wants the first sentence to contain the word 'comparative' so indexers can classify it, "
    "annoyingly. No references or citations in the abstract.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "Word limit 250"),
        ("sentence:keyword", {"word": "comparative", "N": 1},
         "the first sentence to contain the word 'comparative'"),
    ],
    ["No references or citations in the abstract."],
    ["mid"],
)

# 50
add(
    "I handle commercial property claims for an insurer. I need a letter to a policyholder "
    "partially declining their claim: the flood damage to stock is covered, but the loss of rent "
    "from their subtenant isn't, because the policy has no loss-of-rent extension. Be clear but "
    "humane, it's a family business that's had a rough year.\n\n"
    "Requirements:\n"
    "- 250 to 320 words\n"
    "- mentions the Financial Ombudsman Service by name (we're required to)",
    [
        ("count:word_count_range", {"min_words": 250, "max_words": 320}, "250 to 320 words"),
        ("keywords:required_phrase", {"phrase": "Financial Ombudsman Service"},
         "mentions the Financial Ombudsman Service by name"),
    ],
    ["Be clear but humane"],
    ["list", "trail"],
)

# 51
add(
    "I'm a hospital pharmacist. Give me a checklist for nurses on safe handling of oral "
    "methotrexate on the ward. Start your answer with a verb; it's going on a laminated card and we "
    "want it to read as a command from the very first word. Fewer than 10 lines in total, no "
    "headings.",
    [
        ("words:start_verb", {}, "Start your answer with a verb"),
        ("length:number_lines", {"num_lines": 10, "relation": LT}, "Fewer than 10 lines in total"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings"),
    ],
    [],
    [],
)

# 52
add(
    "For a corpus linguistics seminar I'm building sample texts that differ in lexical diversity. "
    "Write a paragraph of roughly 150 words describing a busy hospital waiting room, using at least "
    "110 different words. I'll write the low-diversity counterpart myself. Don't use any words in "
    "all capitals, they mess up my tokeniser settings.",
    [
        ("count:unique_word_count", {"N": 110}, "using at least 110 different words"),
        ("change_case:capital_word_frequency", {"capital_frequency": 1, "capital_relation": LT},
         "Don't use any words in all capitals"),
    ],
    ["a paragraph of roughly 150 words"],
    ["insent"],
)

# 53
add(
    "I'm a civil servant in the Home Office drafting an answer to a written parliamentary question. "
    "The PQ asks: 'To ask the Secretary of State for the Home Department, how many asylum claims "
    "were awaiting an initial decision on 31 March, and what the average processing time was.' We "
    "have the figure (86,460 awaiting an initial decision); average processing time is not "
    "routinely published.\n\n"
    "Draft the answer in the usual PQ style.\n\n"
    "Couple of other things:\n"
    "- don't start with \"The Government\" (the minister wants to vary openings)\n"
    "- keep it to one paragraph\n"
    "- avoid the word \"backlog\", which No 10 considers loaded\n\n"
    "Oh, and no longer than 150 words.",
    [
        ("startend:not_start_phrase", {"start_phrase": "The Government"},
         "don't start with \"The Government\""),
        ("keywords:forbidden_words", {"forbidden_words": ["backlog"]}, "avoid the word \"backlog\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151},
         "no longer than 150 words"),
    ],
    ["Draft the answer in the usual PQ style.", "keep it to one paragraph"],
    ["long", "trail", "list"],
)

# 54
add(
    "I'm a health economist evaluating minimum unit pricing for alcohol, Scotland vs England as the "
    "control, using monthly alcohol-related hospital admissions by region from 2015 to 2022, with "
    "the policy starting May 2018. Can you give me Stata code for a basic difference-in-differences "
    "with region and month fixed effects and standard errors clustered by region? Code in a fenced "
    "code block please. Brief explanation afterwards, under 100 words, and make sure you use the "
    "word \"parallel\" when you mention the trends assumption.",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Code in a fenced code block please."),
        ("keywords:existence", {"keywords": ["parallel"]},
         "make sure you use the word \"parallel\" when you mention the trends assumption"),
    ],
    ["Brief explanation afterwards, under 100 words"],
    ["trail"],
)

# 55
add(
    "Hi, I coordinate the vaccination outreach program for a public health unit in eastern Ontario. "
    "We're doing a bilingual mail-out about the fall RSV vaccine for adults 75 and older and "
    "residents of long-term care homes. The English version is approved; I need the French one "
    "written from scratch rather than translated literally, because literal translations from our "
    "vendor have come out stiff.\n\n"
    "Key points: the RSV vaccine is free for eligible people; book through your pharmacist or "
    "primary care provider; it can be given at the same visit as the flu shot.\n\n"
    "Reply in French only. Make it 120 words or more. Also, could you make it end with "
    "« Protégez-vous cet automne. » exactly?",
    [
        ("language:response_language", {"language": "fr"},
         ["I need the French one", "Reply in French only."]),
        ("length_constraints:number_words", {"relation": AL, "num_words": 120},
         "Make it 120 words or more."),
        ("startend:end_checker", {"end_phrase": "Protégez-vous cet automne."},
         "could you make it end with « Protégez-vous cet automne. » exactly"),
    ],
    ["written from scratch rather than translated literally"],
    ["long", "trail", "polite", "repeat"],
)


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
            assert exps and all(isinstance(x, str) for x in exps), (key, cid)
            for x in exps:
                assert x in prompt, (key, x)
            if isinstance(exp, list):
                assert len(exp) >= 2, (key, cid)
                pos = [prompt.index(x) for x in exp]
                assert pos == sorted(pos), (key, "expected list not in prompt order")
            assert types is None or cid in types, (key, cid)
            assert (cid, json.dumps(kw, sort_keys=True)) not in seen, (key, cid)
            seen.add((cid, json.dumps(kw, sort_keys=True)))
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
    ife = sum(v for k, v in ids.items() if k in IFEVAL_IDS)
    print("prompts", len(E), "constraints", total, "ifeval-25 share", f"{ife}/{total} = {ife / total:.1%}")
    print("distinct ids", len(ids), "of which ifeval-25", len([k for k in ids if k in IFEVAL_IDS]))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:3d} {k}{'  [ifeval]' if k in IFEVAL_IDS else ''}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "long", "short",
              "mid", "trail", "ps", "system"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
