"""Hand-written prompts (authorV) for rpo's decomposition; writes data.jsonl and stats.

Persona: nurses, pharmacists, insurance and benefits clerks, government and municipal staff,
accountants, logistics coordinators, event planners. Long prompts with pasted background full of
figures (doses, prices, dates, room numbers) that are NOT constraints, with the requirements
mid-paragraph, in parentheses, in requirement blocks, or in a final "Also,"/"One more thing:" line.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a list / "Rules:" / "Format:" block; polite = indirect/polite form;
  typo = misspellings or chat spelling; caps = ALL-CAPS instruction text; lower = all-lowercase
  prompt; lang = prompt not in English; system = system-prompt style; ps = a constraint given in a
  P.S. / "Also," / "One more thing:" line of the prompt; words = a number written as a word.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 97001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 nurse handover
add(
    """I'm finishing a 12-hour night shift on 4 West and need a handover note for the day nurse. Patient in room 412, 67 y/o male, post-op day 2 after a right hip replacement. Vitals at 0600: BP 138/86, HR 92, temp 37.9, SpO2 94% on 2 L nasal cannula. He had 4 mg morphine IV at 0215 and 2 mg at 0440, pain went from 8/10 to 4/10. Foley removed at 2200, voided 350 mL at 0300. Hgb this morning 9.1, down from 10.4. PT is booked for 1000.

Please write the handover in SBAR order and keep it under 150 words, because our handover sheet only has one box. Don't put it in bullet points, it needs to read as running text. Start it with "Handover 4W-412:".""",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "keep it under 150 words"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Don't put it in bullet points"),
        ("startend:start_phrase", {"start_phrase": "Handover 4W-412:"}, 'Start it with "Handover 4W-412:".'),
    ],
    untyped=["write the handover in SBAR order"],
    tags=["polite"],
)

# 2 pharmacist warfarin handout in Spanish
add(
    """Mrs. Delgado (78) is starting warfarin 5 mg once daily after her AF diagnosis. Target INR is 2.0 to 3.0, her first INR check is Thursday 14 March at the anticoagulation clinic, and she also takes amlodipine 10 mg and a daily 81 mg aspirin that the cardiologist wants her to keep for now. Her daughter translates for her at most visits.

Can you write a short counseling handout for her in Spanish, covering what warfarin does, bleeding signs, vitamin K foods, and why the INR checks matter? Keep it below 200 words, she gets overwhelmed by long sheets. Make sure the abbreviation INR shows up so she recognizes it on her lab slips, and finish by asking her whether she has any questions.""",
    [
        ("language:response_language", {"language": "es"}, "write a short counseling handout for her in Spanish"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "Keep it below 200 words"),
        ("keywords:existence", {"keywords": ["INR"]}, "Make sure the abbreviation INR shows up"),
        ("content:end_with_question", {}, "finish by asking her whether she has any questions"),
    ],
    untyped=["covering what warfarin does, bleeding signs, vitamin K foods, and why the INR checks matter"],
    tags=["insent", "polite"],
)

# 3 insurance denial letter, requirements block
add(
    """Claim CL-20931 for member Arturo Benn was denied on 09/18. Billed amount $4,812.50, allowed $0.00. Reason: the lumbar MRI (CPT 72148) was done without the prior authorization required under section 4.2 of the plan; the provider submitted the auth request 6 days after the service. Member has 180 days from the denial date to appeal. We received 3 attachments with the claim.

Please draft the denial letter to the member.

Requirements:
- Leave at least two placeholders in square brackets (e.g. [Member Address]) for things I'll fill in from the system
- Plain, neutral tone, no exclamation marks
- Explain the appeal steps
- Close with: Sincerely, Claims Review Unit""",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2}, "Leave at least two placeholders in square brackets"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
        ("startend:end_checker", {"end_phrase": "Sincerely, Claims Review Unit"}, "Close with: Sincerely, Claims Review Unit"),
    ],
    untyped=["Plain, neutral tone", "Explain the appeal steps"],
    tags=["list", "words"],
)

# 4 system prompt, municipal court scheduling
add(
    """You are the scheduling assistant for the Riverside Municipal Court clerk's office. The court holds traffic arraignments Monday and Wednesday at 8:30 a.m. in Courtroom 2B, small claims on Tuesdays at 1:00 p.m. in Courtroom 3A, and the clerk's window is open 8:00 a.m. to 4:30 p.m. Monday to Friday, closed on the 2nd Friday of each month for staff training. Filing fee for small claims is $75 up to $2,500 and $150 above that.

Rules for every reply:
1. Plain text only. No markdown of any kind, since the chat widget shows raw asterisks.
2. Never paste links; tell people to call (555) 310-4400 instead.
3. Four sentences max per reply.
4. Never confirm or reschedule a hearing without the caller's case number.""",
    [
        ("format:no_markdown", {}, ["Plain text only.", "No markdown of any kind"]),
        ("content:no_urls", {}, "Never paste links"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 5}, "Four sentences max per reply."),
    ],
    untyped=["tell people to call (555) 310-4400 instead",
             "Never confirm or reschedule a hearing without the caller's case number."],
    tags=["system", "list", "words", "repeat"],
)

# 5 accountant Q3 estimate email
add(
    """Client: Hallworth Design LLC (S-corp, 2 shareholders). Q3 federal estimated payment of $3,200 is due September 15; they skipped Q2 ($3,200) because of a cash crunch in June, so there's an underpayment exposure of roughly $45 to $60 depending on the rate when they catch up. State estimate is $1,150, same due date. Their bookkeeper sends statements around the 10th.

Draft an email from me to the owners explaining what's due, why catching up Q2 now limits the penalty, and what I need from them by September 8. Structure: exactly three paragraphs, with a line of *** between each. Please work in the words deadline and penalty (they respond better when it's spelled out). And don't use "just" or "simply" anywhere, it comes across as dismissive.""",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "exactly three paragraphs, with a line of *** between each"),
        ("keywords:existence", {"keywords": ["deadline", "penalty"]}, "Please work in the words deadline and penalty"),
        ("keywords:forbidden_words", {"forbidden_words": ["just", "simply"]}, 'don\'t use "just" or "simply" anywhere'),
    ],
    untyped=[],
    tags=["words"],
)

# 6 logistics JSON status
add(
    """Shipment update I need to push into our tracker. Container MSKU 449210-3, 48 pallets of ceramic tile (about 19,600 kg), left Valencia on 10/28, transshipped in Algeciras, now ETA Port Newark 11/22 but the carrier says 2-3 days' slip is possible due to berth congestion. Customs entry filed, ISF accepted, drayage booked with Coastline for pickup the day after discharge.

Give me the output as JSON and nothing else — keys: container, eta, pallets, status, risk_note. Dates in YYYY-MM-DD please.""",
    [
        ("detectable_format:json_format", {}, "Give me the output as JSON and nothing else"),
        ("format:json_keys", {"keys": ["container", "eta", "pallets", "status", "risk_note"]}, "keys: container, eta, pallets, status, risk_note"),
    ],
    untyped=["Dates in YYYY-MM-DD please."],
    tags=[],
)

# 7 event planner gala remarks
add(
    """I'm the planner for the Lakeshore Children's Hospital Foundation gala on Saturday, 7:30 pm in Ballroom B of the Grand Meridian. 320 guests, 32 tables of 10, silent auction with 41 lots closes at 9:15, and last year we raised $612,000 against this year's goal of $750,000. The board chair, Dr. Renata Osei, will give the welcome right after the salad course.

Could you write her welcome remarks? Aim for 250 to 300 words, she speaks slowly and has a 2-minute slot. She always says "thank you for being here" and wants that exact line in there. Please end with "Enjoy your evening." so the band knows to start. And again, please stay in that 250–300 word window; last year's draft ran long.""",
    [
        ("count:word_count_range", {"min_words": 250, "max_words": 300}, ["Aim for 250 to 300 words", "stay in that 250–300 word window"]),
        ("keywords:required_phrase", {"phrase": "thank you for being here"}, 'She always says "thank you for being here" and wants that exact line in there.'),
        ("startend:end_checker", {"end_phrase": "Enjoy your evening."}, 'Please end with "Enjoy your evening."'),
    ],
    untyped=[],
    tags=["repeat", "polite"],
)

# 8 municipal water shutoff notice, all caps
add(
    """Public Works asked us to post a notice for the water main repair on Elm Street between 4th and 7th Avenue. Shutoff is Thursday 6 June from 9:00 AM to 3:00 PM, affecting about 112 households and the Elm Street Library branch. Crews will flush the lines afterwards; residents may see discoloured water for up to 24 hours. Contact: Public Works dispatch, ext. 2231.

Write the notice for the sidewalk sign boards. THE WHOLE NOTICE MUST BE IN CAPITAL LETTERS so it reads from across the street. Put a title at the top in double angle brackets, like <<WATER SHUTOFF>>. No more than 120 words total.""",
    [
        ("change_case:english_capital", {}, "THE WHOLE NOTICE MUST BE IN CAPITAL LETTERS"),
        ("detectable_format:title", {}, "Put a title at the top in double angle brackets"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "No more than 120 words total."),
    ],
    untyped=[],
    tags=["caps"],
)

# 9 nurse educator insulin quiz
add(
    """I run orientation for new grad RNs on our med-surg floor (cohort of 14 starting on the 3rd). Topic this week is insulin safety: our protocol uses lispro sliding scale starting at 2 units for BG 151-200, glargine at 2100, and a hypoglycemia protocol at BG under 70 mg/dL with 15 g fast carbs and a recheck in 15 minutes.

Please write a quiz for them — at least 8 questions in a numbered list, grouped under at least two markdown headings (e.g. one for rapid-acting, one for basal). Keep sentences to 25 words max so they fit on the slide. Don't give the answers; I'll go over them live.""",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "at least 8 questions in a numbered list"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "grouped under at least two markdown headings"),
        ("length:max_words_per_sentence", {"max_words": 25}, "Keep sentences to 25 words max"),
    ],
    untyped=["Don't give the answers"],
    tags=["insent", "words"],
)

# 10 benefits desk, lowercase
add(
    """hi, i work the benefits desk at the county and i keep getting the same question from new hires so i want a canned answer. our plan year is jan 1 - dec 31. health FSA limit is $3,200, dependent care FSA is $5,000 per household, and the HSA (only if you pick the high deductible plan, deductible $1,650) is $4,150 single / $8,300 family, county puts in $500. FSA is use-it-or-lose-it except $640 rollover. can you explain FSA vs HSA in exactly 4 bullet points. and no commas at all, our old ticketing system turns commas into line breaks lol""",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "explain FSA vs HSA in exactly 4 bullet points"),
        ("punctuation:no_comma", {}, "no commas at all"),
    ],
    untyped=[],
    tags=["lower", "insent"],
)
# 11 pharmacist counseling script, two versions
add(
    """We're updating the counseling script techs read when patients pick up a new prescription of an oral antibiotic. Current script is 140 words and nobody finishes it. Most pickups are amoxicillin 500 mg TID x 10 days or azithromycin 250 mg x 5 days, and about 1 in 5 patients asks whether they can drink alcohol.

Can you give me two different versions of the script — one warm and chatty, one short and clinical — and put a line of six asterisks (******) between them and nowhere else? Keep each version under 80 words. Don't mention specific brand names, and no emojis in either one.""",
    [
        ("format:no_emoji", {}, "no emojis in either one"),
        ("combination:two_responses", {}, "Can you give me two different versions of the script — one warm and chatty, one short and clinical — and put a line of six asterisks (******) between them and nowhere else?"),
    ],
    untyped=["one warm and chatty, one short and clinical", "Keep each version under 80 words.",
             "Don't mention specific brand names"],
    tags=["polite", "words"],
)

# 12 council meeting summary, SECTION
add(
    """Summary needed for the city website. Regular council meeting, Tuesday 3 October, called to order 6:02 pm, 7 of 9 members present (Alvarez and Cho absent). Items: (1) zoning variance 24-017 for the duplex at 88 Birch Lane approved 5-2; (2) FY25 road resurfacing contract awarded to Pell Paving for $1.38M; (3) public comment, 11 speakers, mostly about the dog park hours; (4) adjourned 8:47 pm. Next meeting 17 October.

Format it as three sections headed SECTION 1, SECTION 2 and SECTION 3 (decisions, public comment, upcoming). Keep to a formal, third-person register. The CMS field is capped, so no more than 1,500 characters, please.""",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3}, "Format it as three sections headed SECTION 1, SECTION 2 and SECTION 3"),
        ("length:number_characters", {"num_chars": 1501, "relation": LT}, "no more than 1,500 characters"),
    ],
    untyped=["Keep to a formal, third-person register."],
    tags=["words"],
)

# 13 accountant new client email
add(
    """Mr. Okafor is a new client, sole proprietor (mobile dog grooming), first year filing a Schedule C. He gave me a shoebox: 212 receipts, 2 bank statements missing (March and August), and a mileage log that covers 14,300 miles of which he estimates 11,000 are business. Gross receipts look like about $68,400.

Write him a welcome/follow-up email. Start your reply with "Dear Mr. Okafor," and cap it at 180 words. Ask him for the two missing statements and explain in one line why the mileage log matters. Add a P.S. reminding him that our office closes at noon on Fridays.""",
    [
        ("startend:start_phrase", {"start_phrase": "Dear Mr. Okafor,"}, 'Start your reply with "Dear Mr. Okafor,"'),
        ("length_constraints:number_words", {"relation": LT, "num_words": 181}, "cap it at 180 words"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Add a P.S. reminding him that our office closes at noon on Fridays."),
    ],
    untyped=["Ask him for the two missing statements", "explain in one line why the mileage log matters"],
    tags=[],
)

# 14 logistics driver instructions in Polish
add(
    """New drivers on our Poznań–Rotterdam lane keep getting the trailer seal procedure wrong. Steps: check the seal number against the CMR (7 digits, e.g. 4410928), photograph the seal before departure, no stops within 50 km of the border unless it's a mandated rest, if the seal is broken call dispatch on +48 61 555 0192 before moving the truck, record the odometer at the gate.

Please write instructions in Polish for them, as a numbered list with at least 6 steps. Every sentence 12 words or fewer – a lot of them read it on a phone in the cab.""",
    [
        ("language:response_language", {"language": "pl"}, "write instructions in Polish"),
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "as a numbered list with at least 6 steps"),
        ("length:max_words_per_sentence", {"max_words": 12}, "Every sentence 12 words or fewer"),
    ],
    untyped=[],
    tags=["insent"],
)

# 15 event planner save-the-date post
add(
    """Save-the-date post for LinkedIn/X for the Midwest Supply Chain Summit, May 14-16 at the Columbus convention center. Expecting 1,200 attendees, 60+ exhibitors, early-bird price $349 until Jan 31 (regular $499). Keynote is still TBA. Requirements: fewer than 280 characters so it fits on X, at least two hashtags, and max one emoji — our comms director hates emoji walls.""",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "fewer than 280 characters"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "at least two hashtags"),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "max one emoji"),
    ],
    untyped=[],
    tags=["list", "words"],
)

# 16 nurse discharge instructions
add(
    """Discharge teaching for a 54-year-old woman going home after an NSTEMI; cath on the 9th showed a 90% LAD lesion, one drug-eluting stent placed. Meds: aspirin 81 mg daily, ticagrelor 90 mg twice daily for at least 12 months, atorvastatin 80 mg at night, metoprolol succinate 25 mg daily, nitroglycerin 0.4 mg SL as needed. Follow-up with cardiology in 7-10 days, cardiac rehab referral sent. She reads at about a 6th-grade level per her daughter.

Please write her take-home instructions. Use simple words, no medical jargon, and keep each sentence to 15 words or less. The whole thing should be less than 250 words. Include the phrase "call 911" for the chest pain section. Again, short sentences: nothing over 15 words.""",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, ["keep each sentence to 15 words or less", "nothing over 15 words"]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 250}, "The whole thing should be less than 250 words."),
        ("keywords:required_phrase", {"phrase": "call 911"}, 'Include the phrase "call 911"'),
    ],
    untyped=["Use simple words, no medical jargon"],
    tags=["repeat"],
)

# 17 system prompt, insurance claims intake
add(
    """You are the claims intake assistant for Harbor Mutual Insurance. Members contact you after auto accidents, home water damage, or theft. You collect: policy number (format HM-00000000), date of loss, a short description, and whether anyone was injured. You do not make coverage decisions. Claims over $25,000 go to a senior adjuster; you only flag them.

Always open with "Thank you for contacting Harbor Mutual." Never use emojis, even if the member does. Every reply must end with a question so the member knows what to send next. Stay calm and factual with upset members.""",
    [
        ("startend:start_phrase", {"start_phrase": "Thank you for contacting Harbor Mutual."}, 'Always open with "Thank you for contacting Harbor Mutual."'),
        ("format:no_emoji", {}, "Never use emojis"),
        ("content:end_with_question", {}, "Every reply must end with a question"),
    ],
    untyped=["You do not make coverage decisions.", "Stay calm and factual with upset members."],
    tags=["system"],
)

# 18 FOIA acknowledgment letter
add(
    """Records request FOIA-2024-0387 came in on 2 February from a reporter asking for all 2023 police overtime records for the 3rd Precinct. Statute gives us 20 business days to respond, with a possible 10-day extension if we notify in writing. Estimated 1,400 pages; copy fee is $0.15/page after the first 100 pages.

Please draft the acknowledgment letter. Leave at least 3 bracketed placeholders such as [Requester Name] for the bits I'll merge in. Use the word acknowledge in the first sentence (legal likes that). Avoid em dashes; our letter template software mangles them.""",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3}, "Leave at least 3 bracketed placeholders"),
        ("sentence:keyword", {"word": "acknowledge", "N": 1}, "Use the word acknowledge in the first sentence"),
        ("punctuation:no_em_dash", {}, "Avoid em dashes"),
    ],
    untyped=[],
    tags=[],
)

# 19 accountant depreciation memo
add(
    """Client bought a CNC machine on 3/1 for $48,000 plus $2,300 installation, placed in service 4/15. 7-year MACRS property, half-year convention unless the mid-quarter test kicks in (they also bought a $9,500 truck in November, total Q4 additions are under 40% so I think we're fine). They're not taking Section 179 or bonus this year for state conformity reasons.

Write an explanation of the depreciation for the client's file memo — at least 300 words. Put the year-by-year schedule in a fenced code block so it lines up. Use the term basis at least three times, since that's what the partner reviews for.""",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "at least 300 words"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the year-by-year schedule in a fenced code block"),
        ("keywords:frequency", {"keyword": "basis", "frequency": 3, "relation": AL}, "Use the term basis at least three times"),
    ],
    untyped=[],
    tags=["words"],
)

# 20 logistics quick status, options
add(
    """quick one - shipment PO 77812, 26 cartons, promised delivery to the Reno DC by fri 5pm. carrier scan shows it left Salt Lake City at 06:40 today (wed), transit is normaly 1 day but theres a storm warning on I-80 tonite and the carrier has already flagged 3 other loads on that lane. based on that, reply with just one of these: on time/delayed/at risk. no explanaton needed""",
    [
        ("format:options", {"options": "on time/delayed/at risk"}, ["reply with just one of these: on time/delayed/at risk", "no explanaton needed"]),
    ],
    untyped=[],
    tags=["typo", "lower", "repeat"],
)
# 21 event planner caterer comparison
add(
    """Comparing three caterers for the Pinecrest Alumni Reunion (Oct 12, 180 guests, buffet, 3 vegetarian + 2 gluten-free meals confirmed so far):
- Sage & Salt: $42/head, includes staff and linens, 10% deposit
- Harvest Table: $38/head, staff extra at $35/hr per server (they recommend 6 servers x 5 hrs), 25% deposit
- Bellamy Events: $51/head all-in, includes bar setup, 50% deposit

Write up the comparison for the committee. Format it in Markdown, with at least 3 headings. End with a clear recommendation.

P.S. cap it at 400 words, the committee won't read more than a page.""",
    [
        ("format:use_markdown", {}, "Format it in Markdown"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "with at least 3 headings"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 401}, "cap it at 400 words"),
    ],
    untyped=["End with a clear recommendation."],
    tags=["ps"],
)

# 22 nurse PTO slack message, lowercase
add(
    """ok so i need to ask my unit manager (Terri) for PTO dec 26-30. i've already got 3 shifts covered by swaps with Jo and Marcus, only thing still open is the 28th night shift. i have 62 hours PTO banked. write me a quick message, it's going in slack so all lowercase pls, and under 60 words. 1 emoji max. don't sound desperate lol""",
    [
        ("change_case:english_lowercase", {}, "all lowercase pls"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "under 60 words"),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "1 emoji max."),
    ],
    untyped=["don't sound desperate"],
    tags=["lower", "typo"],
)

# 23 pharmacist metformin explanation in French
add(
    """A patient's husband only reads French. She's newly on metformin 500 mg twice daily with meals, going up to 1,000 mg twice daily after 2 weeks if her stomach tolerates it. A1c was 8.4%. She also got a glucometer; we showed her how to test fasting and 2 hours after dinner.

Please write a short explanation for him in French. Put the key points as bullet points — at least four of them. Explain it the way you'd talk to a worried family member, not a textbook.""",
    [
        ("language:response_language", {"language": "fr"}, "write a short explanation for him in French"),
        ("format:bullet_points", {"num_bullets": 4, "relation": AL}, "Put the key points as bullet points — at least four of them."),
    ],
    untyped=["Explain it the way you'd talk to a worried family member, not a textbook."],
    tags=["insent", "words"],
)

# 24 insurance, repeat the question
add(
    """Member called in confused. She has the Silver PPO, $2,000 deductible ($1,240 met so far), 20% coinsurance after deductible, $6,500 out-of-pocket max. Her son was moved by ambulance from Mercy General to the children's hospital 30 miles away for a higher level of care; the ambulance company is out of network and billed $3,870.

Before you answer, repeat my question word for word, then answer it. Keep the whole reply, question included, under 120 words. My question is: Does the Silver PPO cover ambulance transport between two hospitals when the ambulance company is out of network?""",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "Does the Silver PPO cover ambulance transport between two hospitals when the ambulance company is out of network?"}, "Before you answer, repeat my question word for word, then answer it."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Keep the whole reply, question included, under 120 words."),
    ],
    untyped=[],
    tags=[],
)

# 25 parks press release
add(
    """Parks & Recreation press release: the new Riverside Splash Pad opens Saturday June 22 at 10 am at Heron Park (1400 Canal Rd). Cost was $1.2 million, funded 60% by the state Outdoor Recreation grant and 40% by the 2022 parks bond. Hours 10 am–8 pm daily through Labor Day, free entry, capacity 150. Mayor Linh Tran and Council Member Dave Ortiz will cut the ribbon.

Please write the release. It has to begin with FOR IMMEDIATE RELEASE and end with ### (standard for our media list). Highlight at least two key details with markdown italics or bold, e.g. *Saturday June 22*. Include one quote from the mayor.""",
    [
        ("startend:start_phrase", {"start_phrase": "FOR IMMEDIATE RELEASE"}, "It has to begin with FOR IMMEDIATE RELEASE"),
        ("startend:end_checker", {"end_phrase": "###"}, "end with ###"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2}, "Highlight at least two key details with markdown italics or bold"),
    ],
    untyped=["Include one quote from the mayor."],
    tags=["words"],
)

# 26 audit prep checklist
add(
    """Our 2024 financial statement audit fieldwork starts Feb 10 with Brandt & Kessler (same firm as last year; they proposed 4 adjusting entries, 2 of them on accrued payroll). I need a prep checklist for the finance team of 6. Give me a numbered list, no more than 10 items, with a two-sentence intro above it and no headings. Dont call anything "easy" or "simple" — last year people took that as permission to leave things to the last day.""",
    [
        ("format:numbered_list", {"num_items": 11, "relation": LT}, "Give me a numbered list, no more than 10 items"),
        ("keywords:forbidden_words", {"forbidden_words": ["easy", "simple"]}, 'Dont call anything "easy" or "simple"'),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings"),
    ],
    untyped=["with a two-sentence intro above it"],
    tags=["insent", "typo"],
)

# 27 warehouse memo, all-caps words limit
add(
    """Warehouse floor memo. We're switching the pick path in Zone C (aisles C01–C24) on Monday 3/17: pickers now start at C24 and move toward C01 so the heavy SKUs (HX-400 series, 38-52 lb each) are picked last and end up on the bottom of the cart. Forklift traffic in the C cross-aisle is one-way north from 6 am to 2 pm. Team leads will do 15-minute walkthroughs at 5:45 and 13:45.

Write the memo, at least 120 words. Please don't overdo the all-caps: use no more than two fully capitalized words in the whole memo, people read caps as yelling.""",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 120}, "at least 120 words"),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT}, "use no more than two fully capitalized words in the whole memo"),
    ],
    untyped=[],
    tags=["words", "polite"],
)

# 28 awards luncheon run-of-show
add(
    """Run-of-show for the Tri-County Nurses Association awards luncheon, Friday 11/8, Hilton Garden Inn, Salon A-C. Doors 11:00, lunch served 11:45, awards 12:30–1:45 (14 awards, ~4 min each), raffle 1:45, close 2:00. AV: 2 handheld mics, 1 lectern mic, a screen for the slideshow. Load-in for the florist is 9:30, AV tech arrives 10:00.

I need this as a numbered list of at least 12 items, each with a time stamp. No emojis please, it's going to the hotel banquet captain.""",
    [
        ("format:numbered_list", {"num_items": 12, "relation": AL}, "I need this as a numbered list of at least 12 items"),
        ("format:no_emoji", {}, "No emojis please"),
    ],
    untyped=["each with a time stamp"],
    tags=["insent"],
)

# 29 system prompt, nurse staffing JSON
add(
    """You are the staffing assistant for St. Brigid's Medical Center nursing office. Unit census and ratios: ICU 1:2 (16 beds), step-down 1:3 (20 beds), med-surg 1:5 (32 beds on 5N, 28 on 5S). The float pool has 9 RNs per shift. When a charge nurse reports a call-out, you work out the gap and recommend float coverage.

Respond only with a JSON object with the keys "unit", "shift", "rn_needed" and "notes". Do not put patient names or MRNs in any field. No prose before or after the JSON.""",
    [
        ("detectable_format:json_format", {}, ["Respond only with a JSON object", "No prose before or after the JSON."]),
        ("format:json_keys", {"keys": ["unit", "shift", "rn_needed", "notes"]}, 'with the keys "unit", "shift", "rn_needed" and "notes"'),
    ],
    untyped=["Do not put patient names or MRNs in any field."],
    tags=["system", "repeat"],
)

# 30 letter of medical necessity
add(
    """Need a letter of medical necessity to an insurer for a prior auth appeal. Patient: 41 y/o, psoriatic arthritis, failed methotrexate 20 mg weekly x 6 months (LFTs elevated, ALT 118) and then adalimumab 40 mg every other week x 5 months (secondary loss of response). Rheumatologist is now prescribing secukinumab 150 mg. Plan denied it on 8/2 citing step therapy.

Please write it in exactly 3 paragraphs separated by blank lines, and have the 2nd paragraph start with the word "Clinically". Leave at least 2 placeholders in square brackets like [Prescriber Name] and [NPI]. Plain text please, no markdown; it goes out by fax.""",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Clinically"}, 'write it in exactly 3 paragraphs separated by blank lines, and have the 2nd paragraph start with the word "Clinically"'),
        ("detectable_content:number_placeholders", {"num_placeholders": 2}, "Leave at least 2 placeholders in square brackets"),
        ("format:no_markdown", {}, "Plain text please, no markdown"),
    ],
    untyped=[],
    tags=[],
)
# 31 insurance portal message, exactly three numbers
add(
    """A member is asking what she'll pay for her knee MRI. Facts: in-network imaging center, allowed amount $1,100, her deductible is $1,500 with $900 met, then 20% coinsurance, out-of-pocket max $5,000 (she's at $1,350). So she pays the remaining $600 of deductible plus 20% of the other $500 = $100, total $700.

Write the explanation for her portal message. Only three numbers should appear in the whole answer: the deductible amount she still owes, the coinsurance amount, and her total. Keep it under 90 words, and no jargon like 'allowed amount'. The portal shows raw text, so skip the markdown.""",
    [
        ("count:numbers", {"N": 3}, "Only three numbers should appear in the whole answer"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 90}, "Keep it under 90 words"),
        ("format:no_markdown", {}, "skip the markdown"),
    ],
    untyped=["no jargon like 'allowed amount'"],
    tags=["words"],
)

# 32 bulk trash flyer in Vietnamese
add(
    """The city's bulk trash pickup schedule is changing. Starting July 1, bulk pickup moves from the 1st Monday to the 2nd Saturday of each month; limit of 4 items per household, mattresses must be wrapped in plastic, no tires or paint cans. Residents call 311 to schedule at least 48 hours ahead. District 5 has a large Vietnamese-speaking community and the council office asked for a translated flyer.

Write the flyer text in Vietnamese, under 100 words. Make sure the 311 number is in there.""",
    [
        ("language:response_language", {"language": "vi"}, "Write the flyer text in Vietnamese"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "under 100 words"),
    ],
    untyped=["Make sure the 311 number is in there."],
    tags=["insent"],
)

# 33 payroll reply
add(
    """An employee, Priya, emailed payroll asking why her net pay dropped from $2,184 to $2,037 on the 15th even though her gross ($3,150 biweekly) didn't change. Cause: she changed her W-4 on 12/20 to single instead of married filing jointly, so federal withholding went up $118; also her dental premium went up $29 per check with the new plan year.

Write the reply to Priya. Use the word withholding at least twice, keep it to fewer than 8 sentences, and don't end on a question (we don't want a back-and-forth thread, she can call if needed).""",
    [
        ("keywords:frequency", {"keyword": "withholding", "frequency": 2, "relation": AL}, "Use the word withholding at least twice"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 8}, "keep it to fewer than 8 sentences"),
        ("content:not_end_with_question", {}, "don't end on a question"),
    ],
    untyped=[],
    tags=["words"],
)

# 34 dock schedule, terse rules
add(
    """dock schedule tmrw: door 4 - 3 inbound LTL (7am, 9:30am, 1pm), door 7 - FTL from Greenfield 52 pallets 8am, door 9 out of service till thursday (leveler repair). only 2 forklift drivers on first shift bc Ray is out. need a quick heads-up msg for the team chat.
rules: no commas. 5 bullets exactly. under 70 wrds.""",
    [
        ("punctuation:no_comma", {}, "no commas."),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "5 bullets exactly."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 70}, "under 70 wrds."),
    ],
    untyped=[],
    tags=["lower", "typo", "list"],
)

# 35 registration banner, title case
add(
    """Banner text for the registration desk at the Northeast Municipal Clerks Institute, 2025 edition, April 7-9, Saratoga Springs. Around 450 clerks from 6 states; CEU credit (up to 18 hours) is the big draw. I want the entire banner in Title Case, and under 120 characters since the printer charges by the letter past a certain size. Just the banner text, nothing else.""",
    [
        ("format:title_case", {}, "I want the entire banner in Title Case"),
        ("length:number_characters", {"num_chars": 120, "relation": LT}, "under 120 characters"),
    ],
    untyped=["Just the banner text, nothing else."],
    tags=["insent"],
)

# 36 inhaler teaching, wrapped in quotes
add(
    """I'm charting patient education for a 9-year-old with asthma and her dad; they were using the albuterol MDI without a spacer and taking 2 puffs back to back with no wait. Our EHR has a free-text field where I paste the exact teaching script inside quotes. So please wrap your whole answer in double quotation marks. Fewer than six sentences. The word spacer has to be in it.""",
    [
        ("startend:quotation", {}, "please wrap your whole answer in double quotation marks"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 6}, "Fewer than six sentences."),
        ("keywords:existence", {"keywords": ["spacer"]}, "The word spacer has to be in it."),
    ],
    untyped=[],
    tags=["words"],
)

# 37 system prompt, refill line
add(
    """You are RefillHelper, the automated assistant for Oakview Community Pharmacy (store #0412, open 9–7 weekdays, 9–1 Saturday, closed Sunday). You help patients request refills, check whether a prescription has refills left, and explain pickup times (refills requested before 2 pm are usually ready by 5 pm). You are not a pharmacist, and people are on their phones, so short answers: 75 words tops.

- Never recommend, change, or interpret a dose.
- Never use the words "guarantee" or "cure".
- Keep responses to 75 words or fewer.
- Always end your reply with: Please confirm any medication questions with your pharmacist.""",
    [
        ("keywords:forbidden_words", {"forbidden_words": ["guarantee", "cure"]}, 'Never use the words "guarantee" or "cure".'),
        ("length_constraints:number_words", {"relation": LT, "num_words": 76}, ["75 words tops", "Keep responses to 75 words or fewer."]),
        ("startend:end_checker", {"end_phrase": "Please confirm any medication questions with your pharmacist."}, "Always end your reply with: Please confirm any medication questions with your pharmacist."),
    ],
    untyped=["Never recommend, change, or interpret a dose."],
    tags=["system", "list", "repeat"],
)

# 38 COBRA checklist, sub-bullets
add(
    """Need a checklist for departing employees about COBRA. Typical case: last day 5/31, group coverage ends 5/31, COBRA notice mailed within 14 days, employee has 60 days from the notice to elect, first premium due within 45 days of electing. Monthly premium for employee + spouse on the PPO is $1,842.60 (102% of full cost), coverage can last up to 18 months.

Use bullet points marked with *, and under each one add at least one sub-bullet marked with - that gives the date or dollar figure. Should be at least 150 words overall. Don't include any URLs; people get phishing emails pretending to be us.""",
    [
        ("format:sub-bullets", {}, "Use bullet points marked with *, and under each one add at least one sub-bullet marked with -"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 150}, "Should be at least 150 words overall."),
        ("content:no_urls", {}, "Don't include any URLs"),
    ],
    untyped=["that gives the date or dollar figure"],
    tags=[],
)

# 39 zoning counter question, constrained answer
add(
    """Zoning question from the front counter. A homeowner at 212 Alder Court (zoned R-1, lot 7,800 sq ft) wants to put up a 10 x 12 ft garden shed, 9 ft tall, 4 ft from the rear lot line. Our code: accessory structures under 120 sq ft and under 10 ft tall are exempt from a building permit, but the 5 ft setback from side and rear lines still applies. Does she need a variance? Respond with one of the following exactly: "My answer is yes.", "My answer is no.", "My answer is maybe.\"""",
    [
        ("detectable_format:constrained_response", {}, 'Respond with one of the following exactly: "My answer is yes.", "My answer is no.", "My answer is maybe."'),
    ],
    untyped=[],
    tags=[],
)

# 40 nonprofit treasurer's narrative
add(
    """Board treasurer's report for the Elmwood Library Friends nonprofit, fiscal year ending June 30. Revenue $84,300 (book sales $31,200, memberships $18,900, grants $25,000, donations $9,200), expenses $71,650 (program costs $52,400, admin $11,050, fundraising $8,200). Reserve is now at $46,000, about 7.7 months of operating expenses. The board is 9 volunteers; most are not finance people.

Write the narrative part of the report, between 200 and 250 words. Vary the wording: don't let any single word show up more than 10 times. Please no tables; I'll attach the statements separately.""",
    [
        ("count:word_count_range", {"min_words": 200, "max_words": 250}, "between 200 and 250 words"),
        ("words:repeats", {"small_n": 10}, "don't let any single word show up more than 10 times"),
    ],
    untyped=["Please no tables"],
    tags=["insent"],
)
# 41 mobile vaccination unit packing list, >> separator
add(
    """Packing list for the mobile vaccination unit trip to Cedar Ridge, Harlow and Fenwick (3 sites, Oct 21-23). The unit carries 2 portable fridges (2–8 °C), 1 freezer for -20 °C stock, 400 doses flu vaccine, 150 doses COVID, 60 doses Tdap, sharps containers, 3 laptops with the state registry app, and a generator (fuel for ~14 hours).

The list gets printed on a label printer that chokes on bullet characters, so don't use bullets — put >> in front of each item instead. Group by site if you can. The label roll fits 30 lines tops.""",
    [
        ("format:list", {"sep": ">>"}, "don't use bullets — put >> in front of each item instead"),
        ("length:number_lines", {"num_lines": 31, "relation": LT}, "The label roll fits 30 lines tops."),
    ],
    untyped=["Group by site if you can."],
    tags=["polite"],
)

# 42 hotel room block email
add(
    """Email to the Marriott sales manager (Keisha Ward) about our room block for the Pharmacy Technicians Conference: 85 rooms Thu 9/18, 120 rooms Fri 9/19, 60 rooms Sat 9/20, group rate $169 + tax, cutoff 8/18. We're at 71% pickup on Friday and want to extend the cutoff by 10 days without an attrition penalty. Please include a link to our registration page (https://ptconf.org/register) so she can see the demand. Sign off with "Warm regards, Dana" and keep it somewhere between 100 and 150 words.""",
    [
        ("content:include_url", {}, "Please include a link to our registration page"),
        ("startend:end_checker", {"end_phrase": "Warm regards, Dana"}, 'Sign off with "Warm regards, Dana"'),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "keep it somewhere between 100 and 150 words"),
    ],
    untyped=[],
    tags=[],
)

# 43 CE reflection on a near-miss
add(
    """For my CE credit (the board wants 2 reflective pieces per renewal cycle) I need to write a reflection on a near-miss: last month a heparin drip was almost hung at 25,000 units/250 mL instead of 25,000 units/500 mL; the independent double check at the bedside caught it. No harm to the patient. Our unit has since added barcode scanning on the pumps.

Write it in first person, at least 500 words, with at least four paragraphs separated by blank lines. Please use the phrase "patient safety" somewhere.""",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 500}, "at least 500 words"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL}, "with at least four paragraphs separated by blank lines"),
        ("keywords:required_phrase", {"phrase": "patient safety"}, 'Please use the phrase "patient safety" somewhere.'),
    ],
    untyped=["Write it in first person"],
    tags=["words"],
)

# 44 open enrollment intranet article
add(
    """Open enrollment runs Nov 1–15 for all 2,300 county employees. Changes for 2025: medical premiums up 6% on the PPO, flat on the HMO; new vision carrier (EyeMed replacing VSP); the EAP now covers 8 free counseling sessions instead of 6; and the county HSA contribution goes from $500 to $750.

Please write the intranet article. Use Markdown headings, but no more than 3 of them. Also, bold sparingly — fewer than three bold phrases in the whole article, otherwise nothing stands out. It must say clearly that employees who do nothing keep their current plan. Don't link to the benefits portal (or anything else), the URL is changing on Nov 1.""",
    [
        ("format:markdown_headings", {"num_headings": 4, "relation": LT}, "Use Markdown headings, but no more than 3 of them."),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 3}, "fewer than three bold phrases in the whole article"),
        ("content:no_urls", {}, "Don't link to the benefits portal (or anything else)"),
    ],
    untyped=["It must say clearly that employees who do nothing keep their current plan."],
    tags=["ps", "words"],
)

# 45 parking appeal decision letter
add(
    """Parking citation appeal decision. Citation #PK-558120, issued 03/04 at 2:17 pm on Main St in a 2-hour zone, fine $45. Appellant (Gloria Reyes, 77 Pine Hollow Rd) says the meter at space 114 was broken; our maintenance log confirms meter 114 was reported broken on 03/02 and fixed 03/06. Appeal granted, fine voided.

Write the decision letter. Fill in every detail from above — no square-bracket placeholders at all. DO NOT ADD A P.S. Keep each sentence under 25 words.""",
    [
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1}, "no square-bracket placeholders at all"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "DO NOT ADD A P.S."),
        ("length:max_words_per_sentence", {"max_words": 24}, "Keep each sentence under 25 words."),
    ],
    untyped=["Fill in every detail from above"],
    tags=["caps"],
)

# 46 German VAT question
add(
    """Hallo, ich brauche eine kurze Antwort an unseren Mandanten, Herrn Vogt (Einzelunternehmer, Tischlerei). Er hatte im 3. Quartal Umsätze von 48.500 € netto und Vorsteuer von 6.210 € und fragt, ob er die Voranmeldung monatlich oder vierteljährlich abgeben muss. Seine Zahllast im Vorjahr lag bei 9.800 €. Bitte antworte auf Deutsch, in höchstens fünf Sätzen, und verwende das Wort Umsatzsteuer mindestens einmal. Keine Aufzählungszeichen.""",
    [
        ("language:response_language", {"language": "de"}, "Bitte antworte auf Deutsch"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 6}, "in höchstens fünf Sätzen"),
        ("keywords:existence", {"keywords": ["Umsatzsteuer"]}, "verwende das Wort Umsatzsteuer mindestens einmal"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Keine Aufzählungszeichen."),
    ],
    untyped=[],
    tags=["lang", "words"],
)

# 47 system prompt, dispatch pager
add(
    """You are DispatchBot for Northline Freight's night desk. Drivers message you from the road about delays, breakdowns, detention at shippers, and HOS limits. Rules of thumb: detention billing starts after 2 hours of free time; tow authorization up to $1,500 without a manager, anything above that goes to the on-call manager (ext. 7). Replies go out over a pager gateway, so each reply must be under 280 characters. No markdown at all. Never use exclamation points; drivers told us it reads as sarcastic. And again: keep it under 280 characters, the gateway cuts off the rest.""",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, ["each reply must be under 280 characters", "keep it under 280 characters"]),
        ("format:no_markdown", {}, "No markdown at all."),
        ("punctuation:no_exclamation", {}, "Never use exclamation points"),
    ],
    untyped=[],
    tags=["system", "repeat"],
)

# 48 wedding day timeline
add(
    """Wedding day timeline for the couple (Ana & Tomasz), Saturday Sept 6. Ceremony 4:00 pm at St. Adalbert's, cocktail hour 5:15 at the Riverview Barn (22 min drive), dinner for 140 at 6:30, first dance 7:45, cake 8:30, sparkler exit 10:45. Hair and makeup starts 9:00 am for 6 bridesmaids, photographer arrives 12:30. Please give it a title in double angular brackets, use at least 10 bullet points, and use the word buffer at least twice — I want the couple to see where I've built in slack.""",
    [
        ("detectable_format:title", {}, "give it a title in double angular brackets"),
        ("format:bullet_points", {"num_bullets": 10, "relation": AL}, "use at least 10 bullet points"),
        ("keywords:frequency", {"keyword": "buffer", "frequency": 2, "relation": AL}, "use the word buffer at least twice"),
    ],
    untyped=[],
    tags=["words"],
)

# 49 code blue debrief summary
add(
    """Need a written summary of our code blue debrief for the quality committee. Event: 0317 on 6 East, 71 y/o with PEA arrest, ROSC after 14 minutes, 3 rounds of epinephrine 1 mg, one delay of about 90 seconds getting the backboard because it was stored behind the linen cart. Team leader was the night hospitalist; 8 staff responded.

Write exactly 4 paragraphs, put *** between them. Stay under 2,000 characters (the committee form's limit). Do not use the words "fault" or "blame" — this is a just-culture review, so again, fault and blame are off the table.""",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4}, "Write exactly 4 paragraphs, put *** between them."),
        ("length:number_characters", {"num_chars": 2000, "relation": LT}, "Stay under 2,000 characters"),
        ("keywords:forbidden_words", {"forbidden_words": ["fault", "blame"]}, ['Do not use the words "fault" or "blame"', "fault and blame are off the table"]),
    ],
    untyped=[],
    tags=["repeat"],
)

# 50 pharmacist text to pediatric office, lowercase
add(
    """ugh, we're out of amoxicillin 400 mg/5 mL suspension again, wholesaler says back order till the 24th. we do have 250 mg/5 mL in stock (6 bottles of 100 mL). i need a text to send the pediatric office down the street (dr. haines) asking if they're ok switching the two kids scheduled for pickup today to 250 mg/5 mL with an adjusted volume. write it all in lowercase, no em dashes, and keep it under 80 words pls""",
    [
        ("change_case:english_lowercase", {}, "write it all in lowercase"),
        ("punctuation:no_em_dash", {}, "no em dashes"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 80}, "keep it under 80 words pls"),
    ],
    untyped=[],
    tags=["lower", "typo"],
)
# 51 appeal outcome letter
add(
    """Appeal outcome letter: the member appealed the denial of her in-lab sleep study (CPT 95810, billed $2,960). On review, the medical director upheld the denial because the plan requires a home sleep test first unless specific criteria are met (BMI over 40 or documented cardiopulmonary disease), and neither applies in the records we got. This was a first-level appeal; she has 60 days to file a second-level appeal and can also request an external review.

Draft the letter at 120–160 words. Don't open with "We regret" — the last audit flagged that as formulaic. Include the phrase "appeal rights" so it matches our compliance checklist.""",
    [
        ("count:word_count_range", {"min_words": 120, "max_words": 160}, "Draft the letter at 120–160 words."),
        ("startend:not_start_phrase", {"start_phrase": "We regret"}, 'Don\'t open with "We regret"'),
        ("keywords:required_phrase", {"phrase": "appeal rights"}, 'Include the phrase "appeal rights"'),
    ],
    untyped=[],
    tags=["insent"],
)

# 52 VITA notice in Arabic
add(
    """Our city's Office of New Americans needs a short notice about free tax preparation help (VITA): Saturdays from February 1 to April 12, 10 am to 2 pm, at the Eastside Community Center, Room 104. Households earning under $67,000 qualify. Bring photo ID, Social Security cards or ITINs for everyone in the household, and all W-2/1099 forms.

Please write it in Arabic. Don't slip in Latin letters at all (write the form names out in Arabic); digits are fine. Less than 150 words.""",
    [
        ("language:response_language", {"language": "ar"}, "Please write it in Arabic."),
        ("language:no_script", {"script": "latin"}, "Don't slip in Latin letters at all"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "Less than 150 words."),
    ],
    untyped=[],
    tags=[],
)

# 53 month-end close update for the CFO
add(
    """Month-end close update for the CFO. October close finished on business day 6 (target was 5). Revenue $2.41M vs budget $2.30M; gross margin 38.2% vs 40% budget due to freight costs; AR over 90 days rose to $184K from $121K, mostly two customers; one unreconciled item of $7,850 in the intercompany account.

Write the update — no more than 250 words. Bold at least 3 of the key figures with markdown so she can skim. Begin with a verb (e.g. "Closed" or "Finished"); she likes updates that get to the point.""",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "no more than 250 words"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3}, "Bold at least 3 of the key figures with markdown"),
        ("words:start_verb", {}, "Begin with a verb"),
    ],
    untyped=[],
    tags=[],
)

# 54 yard check handoff
add(
    """Yard check results from 05:30 for the handoff to day shift: trailers on site 37 (12 loaded outbound, 9 empty, 16 inbound waiting to be unloaded), 3 reefers plugged in at 34 °F, trailer 5521 has a flat on the rear axle (tire vendor ETA 10:00), and dock door 12's seal is torn.

Write the handoff so each item is on its own line. 8 lines maximum. No bullets or dashes, just lines. Mention the ETA for the tire vendor using the word ETA.""",
    [
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "8 lines maximum."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "No bullets or dashes"),
        ("keywords:existence", {"keywords": ["ETA"]}, "Mention the ETA for the tire vendor using the word ETA."),
    ],
    untyped=["each item is on its own line"],
    tags=[],
)

# 55 holiday market radio spot
add(
    """30-second radio spot for the Harborfront Pavilion Holiday Market: Dec 6–22, Thursdays to Sundays 4–9 pm, 70+ local vendors, free entry, $5 parking in Lot C, ice rink $12 with skate rental. Keep it to 70–80 words; that's what their announcer reads in 30 seconds. The word Pavilion needs to come up at least twice (the client is paying for brand recall). End with the website, harborfrontmarket.com, spelled out. Also: zero exclamation marks, the announcer over-sells them.""",
    [
        ("count:word_count_range", {"min_words": 70, "max_words": 80}, "Keep it to 70–80 words"),
        ("keywords:frequency", {"keyword": "Pavilion", "frequency": 2, "relation": AL}, "The word Pavilion needs to come up at least twice"),
        ("punctuation:no_exclamation", {}, "zero exclamation marks"),
    ],
    untyped=["End with the website, harborfrontmarket.com, spelled out."],
    tags=["ps"],
)

# 56 system prompt, after-hours symptom line
add(
    """You are the after-hours symptom line assistant for Valley Family Clinic. Nurses review every conversation the next morning at 7:30. You may give general self-care information for minor issues (colds, minor cuts, fever under 102 °F in adults) and you route everything else to the on-call provider.

Always include this exact sentence: If this is an emergency, call 911. Respond in English only, even if the message is in another language; our reviewers can't read other languages. Avoid all-caps words (one at most). Don't share any links or URLs.""",
    [
        ("keywords:required_phrase", {"phrase": "If this is an emergency, call 911."}, "Always include this exact sentence: If this is an emergency, call 911."),
        ("language:response_language", {"language": "en"}, "Respond in English only"),
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": LT}, "Avoid all-caps words (one at most)."),
        ("content:no_urls", {}, "Don't share any links or URLs."),
    ],
    untyped=[],
    tags=["system"],
)

# 57 expired meds take-back
add(
    """A patient brought back a bag of old meds: an inhaler that expired in 2022, half a bottle of oxycodone 5 mg (about 18 tablets) from a 2021 surgery, and some expired amoxicillin. She wants to know what to do with them. Our store has a take-back kiosk by the pharmacy counter (no needles, no liquids over 4 oz). Write what I should tell her, in fewer than five sentences. The first sentence must include the word expired. Don't make her feel bad for keeping them.""",
    [
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 5}, "in fewer than five sentences"),
        ("sentence:keyword", {"word": "expired", "N": 1}, "The first sentence must include the word expired."),
    ],
    untyped=["Don't make her feel bad for keeping them."],
    tags=["words", "insent"],
)

# 58 dependents turning 26, Portuguese
add(
    """We're sending a reminder to members whose dependents turn 26 this year. Dependent coverage ends on the last day of the month in which the dependent turns 26; they then have 60 days to enroll in COBRA (18 months, full premium + 2% admin fee) or a marketplace plan through special enrollment. About 140 members are affected, many in our Portuguese-speaking group at the Fall River office. Write the reminder in Portugese, use at least 3 bullet points for the options, and be sure to mention the 60-day window. No web links in it; members should call the number on their ID card.""",
    [
        ("language:response_language", {"language": "pt"}, "Write the reminder in Portugese"),
        ("format:bullet_points", {"num_bullets": 3, "relation": AL}, "use at least 3 bullet points"),
        ("content:no_urls", {}, "No web links in it"),
    ],
    untyped=["be sure to mention the 60-day window"],
    tags=["typo", "insent"],
)

# 59 parks Instagram caption
add(
    """Parks Dept. Instagram caption: the Pumpkin Paddle is back! Saturday Oct 26, 3–6 pm at Willow Lake, $10 per canoe (fits 3), life jackets provided, kids under 12 must paddle with an adult, 40 canoes available, first come first served. Make it fun, at least 2 emojis. Also, 3 hashtags at most, and keep the whole caption under 50 words.""",
    [
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "at least 2 emojis"),
        ("content:number_hashtags", {"num_hashtags": 4, "relation": LT}, "3 hashtags at most"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 50}, "keep the whole caption under 50 words"),
    ],
    untyped=["Make it fun"],
    tags=["ps"],
)

# 60 year-end client letter
add(
    """Year-end letter to our small-business clients (about 85 of them). Key dates: books close Dec 31; we need bank reconciliations through 12/31 by January 20; 1099-NEC forms are due to contractors and the IRS by January 31, W-2s the same date; our office is closed Dec 24–Jan 1. Fee for late-submitted records is $150.

Write the letter. Include the keywords reconciliation and accrual. End with "Let us know if you have any questions." and nothing after it.

One more thing: keep it under 300 words, and please, NO exclamation points.""",
    [
        ("keywords:existence", {"keywords": ["reconciliation", "accrual"]}, "Include the keywords reconciliation and accrual."),
        ("startend:end_checker", {"end_phrase": "Let us know if you have any questions."}, 'End with "Let us know if you have any questions." and nothing after it.'),
        ("length_constraints:number_words", {"relation": LT, "num_words": 300}, "keep it under 300 words"),
        ("punctuation:no_exclamation", {}, "NO exclamation points"),
    ],
    untyped=[],
    tags=["ps", "caps"],
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
