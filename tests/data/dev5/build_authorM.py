"""Hand-written prompts (persona: students, academics, quiz makers, tutors) for rpo's
decomposition evaluation; writes data.jsonl and prints stats.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
expected is a string, or a list of strings (first statement first) when a constraint is
stated more than once.
Tags (README counts only, not written to the JSONL):
  short / long = casual one-liner vs prompt with context;
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt;
  sys = system-prompt style; ps = a requirement given in a P.S. of the prompt.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 81000  # keys 81001, 81002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1
add(
    "can u make me 10 flashcards on the krebs cycle? question on front answer on back. "
    "keep the whole thing under 200 words and no bold or headers or anything, just plain text pls",
    [
        ("length_constraints:number_words", {"num_words": 200, "relation": LT}, "keep the whole thing under 200 words"),
        ("format:no_markdown", {}, "no bold or headers or anything, just plain text pls"),
    ],
    ["question on front answer on back"],
    ["short", "lower", "typo"],
)
# 2
add(
    "I'm applying to PhD programs in computational linguistics this fall. Background: BA in "
    "linguistics from a state school, two years as a research assistant on an Appalachian dialect "
    "corpus project, and one workshop paper on code-switching in oral histories.\n\n"
    "Could you draft my statement of purpose? The department caps it at 1,000 words, so stay "
    "within that. Please avoid the words \"passion\" and \"passionate\" - every admissions blog says "
    "committees are sick of them. Split it into exactly four paragraphs with a blank line between "
    "each, and have the third paragraph begin with the word \"Currently\". Sound confident, not arrogant.",
    [
        ("length_constraints:number_words", {"num_words": 1001, "relation": LT}, "The department caps it at 1,000 words, so stay within that."),
        ("keywords:forbidden_words", {"forbidden_words": ["passion", "passionate"]}, "Please avoid the words \"passion\" and \"passionate\""),
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Currently"},
         "Split it into exactly four paragraphs with a blank line between each, and have the third paragraph begin with the word \"Currently\"."),
    ],
    ["Sound confident, not arrogant."],
    ["long", "polite"],
)
# 3
add(
    "quiz me on the french revolution, 5 multiple choice qs. whole thing en français svp (AP prep lol). "
    "dont start with \"Bonjour\" and finish with a question for me to think about",
    [
        ("language:response_language", {"language": "fr"}, "whole thing en français svp"),
        ("startend:not_start_phrase", {"start_phrase": "Bonjour"}, "dont start with \"Bonjour\""),
        ("content:end_with_question", {}, "finish with a question for me to think about"),
    ],
    ["5 multiple choice qs"],
    ["short", "lower", "typo"],
)
# 4
add(
    "Context: for my BIOL 220 lab we measured catalase activity in potato extract at five "
    "temperatures (4, 20, 37, 50 and 70 degrees C) by timing the oxygen foam height. Peak activity "
    "was at 37 and it dropped off sharply at 70.\n\n"
    "I need the abstract for the report. Our TA is strict: the abstract has to be one block of text, "
    "between 150 and 200 words, and must NOT contain first-person pronouns (no I, we, our). Also "
    "please make sure the word \"denaturation\" shows up somewhere. Don't add a title, I'll put that in myself.",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "between 150 and 200 words"),
        ("keywords:existence", {"keywords": ["denaturation"]}, "make sure the word \"denaturation\" shows up somewhere"),
    ],
    ["the abstract has to be one block of text", "must NOT contain first-person pronouns (no I, we, our)",
     "Don't add a title, I'll put that in myself."],
    ["long", "caps"],
)
# 5
add(
    "Give me 3 bullet points summarizing Marbury v. Madison. exactly three, * style. "
    "Zero commas anywhere in your reply.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, ["Give me 3 bullet points", "exactly three, * style."]),
        ("punctuation:no_comma", {}, "Zero commas anywhere in your reply."),
    ],
    [],
    ["short", "repeat", "insent"],
)
# 6
add(
    "I tutor a small group of adult ESL learners (intermediate, mostly Spanish and Portuguese "
    "speakers) and I'm building a little web quiz for them. I need 8 vocabulary items about the "
    "workplace. The app ingests JSON, so the entire output has to be valid JSON, no prose before or "
    "after. Make it a single JSON object with the keys \"level\", \"topic\" and \"items\". Keep "
    "definitions simple, B1 level. Don't use any Spanish or Portuguese words, even as hints.",
    [
        ("detectable_format:json_format", {}, "the entire output has to be valid JSON"),
        ("format:json_keys", {"keys": ["level", "topic", "items"]}, "Make it a single JSON object with the keys \"level\", \"topic\" and \"items\"."),
    ],
    ["I need 8 vocabulary items about the workplace.", "Keep definitions simple, B1 level.",
     "Don't use any Spanish or Portuguese words, even as hints."],
    ["long"],
)
# 7
add(
    "ELI5 photosynthesis for my little bro's 4th grade homework. 5 sentences tops, and don't say "
    "'chlorophyll', he'll freak out",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "5 sentences tops"),
        ("keywords:forbidden_words", {"forbidden_words": ["chlorophyll"]}, "don't say 'chlorophyll'"),
    ],
    [],
    ["short"],
)
# 8
add(
    "I'm writing a 3,000-word argumentative essay for my Environmental Ethics seminar on whether "
    "carbon offsets are morally defensible, and my professor wants a detailed outline first.\n\n"
    "Can you build it? Structure it as 5 parts, each one starting with a line like \"Part 1\", "
    "\"Part 2\", and so on. Under each part give the main claim and the evidence I'd need. I'd like "
    "at least three key terms highlighted in markdown italics (*like this*) so I can build a "
    "glossary later. Please don't write the essay itself.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 5},
         "Structure it as 5 parts, each one starting with a line like \"Part 1\", \"Part 2\", and so on."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "I'd like at least three key terms highlighted in markdown italics (*like this*)"),
    ],
    ["Under each part give the main claim and the evidence I'd need.", "Please don't write the essay itself."],
    ["long", "polite"],
)
# 9
add(
    "WRITE ME A MNEMONIC FOR THE 12 CRANIAL NERVES. ALL CAPS OUTPUT PLEASE, IT'S GOING ON A POSTER. "
    "KEEP IT UNDER 50 WORDS AND NO COMMAS EITHER",
    [
        ("change_case:english_capital", {}, "ALL CAPS OUTPUT PLEASE"),
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "KEEP IT UNDER 50 WORDS"),
        ("punctuation:no_comma", {}, "NO COMMAS EITHER"),
    ],
    [],
    ["short", "caps"],
)
# 10
add(
    "I'm a final-year chemistry undergrad applying for a funded master's position in Dr. Okafor's "
    "materials lab at [university]. The posting says the letter must not exceed 400 words.\n\n"
    "Please write it so I can reuse it for other labs: use a minimum of four square-bracket "
    "placeholders like [Lab Name] or [Date] wherever specifics go. Mention my thesis on perovskite "
    "solar cells. Finish with \"Sincerely, Priya\" exactly as the last words, nothing after it.",
    [
        ("length_constraints:number_words", {"num_words": 401, "relation": LT}, "the letter must not exceed 400 words"),
        ("detectable_content:number_placeholders", {"num_placeholders": 4},
         "use a minimum of four square-bracket placeholders like [Lab Name] or [Date]"),
        ("startend:end_checker", {"end_phrase": "Sincerely, Priya"}, "Finish with \"Sincerely, Priya\" exactly as the last words, nothing after it."),
    ],
    ["Mention my thesis on perovskite solar cells."],
    ["long"],
)
# 11
add(
    "two versions of a thesis statement for my essay on Frankenstein & responsibility pls. separate "
    "them with six asterisks (******). write them in all lowercase, each one sentence",
    [
        ("combination:two_responses", {}, "separate them with six asterisks (******)"),
        ("change_case:english_lowercase", {}, "write them in all lowercase"),
    ],
    ["each one sentence"],
    ["short", "lower"],
)
# 12
add(
    "Midterm for Cell Bio is on Thursday and my notes on the cell cycle are a mess. Here's what I have:\n"
    "G1 - growth; S - DNA replication; G2 - prep; M - PMAT; checkpoints G1/S, G2/M, spindle; "
    "cyclins + CDKs; p53 stops the cycle if there's DNA damage\n\n"
    "Turn this into clean study notes. Give each phase its own markdown heading (so 4+ headings). "
    "Under each heading use * bullets, and give every bullet at least one indented - sub-bullet for "
    "the details. Keep the whole thing to 350 words or less so I can actually reread it the morning "
    "of (350 max!!).",
    [
        ("format:markdown_headings", {"num_headings": 4, "relation": AL}, "Give each phase its own markdown heading (so 4+ headings)."),
        ("format:sub-bullets", {}, "Under each heading use * bullets, and give every bullet at least one indented - sub-bullet for the details."),
        ("length_constraints:number_words", {"num_words": 351, "relation": LT},
         ["Keep the whole thing to 350 words or less", "350 max!!"]),
    ],
    [],
    ["long", "repeat"],
)
# 13
add(
    "write a word problem about mean, median and mode for my 6th graders. it should contain exactly "
    "5 numbers total (counting the ones in the question) and end with 'Show your work.'",
    [
        ("count:numbers", {"N": 5}, "it should contain exactly 5 numbers total (counting the ones in the question)"),
        ("startend:end_checker", {"end_phrase": "Show your work."}, "end with 'Show your work.'"),
    ],
    [],
    ["short", "lower"],
)
# 14
add(
    "I run SAT prep sessions on Saturday mornings. This week the kids are reading a passage about "
    "monarch butterfly migration (around 700 words, I'll paste it separately).\n\n"
    "Write me a comprehension quiz on it with 6 questions. Put the questions in a numbered list, and "
    "don't use bullet points anywhere else. After the last question, add a short note to the students "
    "that starts with \"P.S.\" reminding them to underline evidence in the passage. Language should be "
    "appropriate for 16-year-olds.",
    [
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "don't use bullet points anywhere else"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a short note to the students that starts with \"P.S.\""),
    ],
    ["Write me a comprehension quiz on it with 6 questions.", "Put the questions in a numbered list",
     "reminding them to underline evidence in the passage", "Language should be appropriate for 16-year-olds."],
    ["long"],
)
# 15
add(
    "explain the monty hall problem like I'm a tired freshman. 3 paragraphs, split with *** between "
    "them. no math notation and skip the exclamation marks. (again: THREE paragraphs, *** between)",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         ["3 paragraphs, split with *** between them.", "THREE paragraphs, *** between"]),
        ("punctuation:no_exclamation", {}, "skip the exclamation marks"),
    ],
    ["no math notation"],
    ["short", "repeat", "caps"],
)
# 16
add(
    "I'm a second-year PhD student in public health submitting to the APHA annual meeting. The "
    "submission portal limits abstracts to 1,200 characters including spaces, and it strips "
    "formatting, so plain text only, no markdown.\n\n"
    "Study: cross-sectional survey of 2,140 rural adults in three counties; 38% reported delaying "
    "care because of transportation; odds of delay were higher among those without a vehicle "
    "(OR 2.4, 95% CI 1.9-3.1).\n\n"
    "Write the abstract with the usual Background / Methods / Results / Conclusions labels.",
    [
        ("length:number_characters", {"num_chars": 1201, "relation": LT}, "limits abstracts to 1,200 characters including spaces"),
        ("format:no_markdown", {}, "plain text only, no markdown"),
    ],
    ["Write the abstract with the usual Background / Methods / Results / Conclusions labels."],
    ["long"],
)
# 17
add(
    "Give me a quick mnemonic for the order of the planets, start your reply with 'Try this:' pls. "
    "one line only",
    [
        ("startend:start_phrase", {"start_phrase": "Try this:"}, "start your reply with 'Try this:'"),
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "one line only"),
    ],
    [],
    ["short"],
)
# 18
add(
    "You are a patient chemistry tutor for high-school students preparing for their final exam. "
    "Always answer in a friendly tone. Never give the final numerical answer outright; guide the "
    "student with hints instead. Never use emojis. Keep every sentence to 20 words max so it's easy "
    "to read on a phone.\n\nStudent question: How many moles are in 36 grams of water?",
    [
        ("format:no_emoji", {}, "Never use emojis."),
        ("length:max_words_per_sentence", {"max_words": 20}, "Keep every sentence to 20 words max"),
    ],
    ["Always answer in a friendly tone.", "Never give the final numerical answer outright; guide the student with hints instead."],
    ["long", "sys"],
)
# 19
add(
    "summarize the causes of WW1 in a numbered list. five items or fewer. No intro sentence, and "
    "make sure militarism is in there",
    [
        ("format:numbered_list", {"num_items": 6, "relation": LT}, "in a numbered list. five items or fewer"),
        ("keywords:existence", {"keywords": ["militarism"]}, "make sure militarism is in there"),
    ],
    ["No intro sentence"],
    ["short", "insent"],
)
# 20
add(
    "I need to email Professor Hallström to ask for a recommendation letter for my application to "
    "the MSc in Marine Biology at Bergen. I took her Oceanography II class last spring (got an A) and "
    "did a small independent project with her on plankton sampling.\n\n"
    "The email should be short, shorter than 150 words. Don't use the phrase \"I hope this email "
    "finds you well\", she literally mocked it in class. Mention the deadline (December 1).\n\n"
    "P.S. no P.S. line at the bottom of the email, it looks unprofessional",
    [
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "shorter than 150 words"),
        ("keywords:forbidden_phrase", {"phrase": "I hope this email finds you well"},
         "Don't use the phrase \"I hope this email finds you well\""),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. line at the bottom of the email"),
    ],
    ["Mention the deadline (December 1)."],
    ["long", "ps"],
)
# 21
add(
    "true or false: mitochondria are the only organelles in animal cells with their own DNA. "
    "just reply with one of: True/False, no explanation",
    [
        ("format:options", {"options": "True/False"}, "just reply with one of: True/False, no explanation"),
    ],
    [],
    ["short", "lower"],
)
# 22
add(
    "I write the monthly pub quiz for our grad student association, and this month's theme is "
    "'famous experiments'. The committee likes to choose between options, so give me two different "
    "sets of 5 questions each, and put exactly six asterisks (******) on a line between the two sets "
    "and nowhere else. Each question should have its answer right after it in brackets. Avoid "
    "anything about the Stanford prison experiment, we did that last month. The whole response has to stay "
    "south of 300 words.",
    [
        ("combination:two_responses", {},
         "give me two different sets of 5 questions each, and put exactly six asterisks (******) on a line between the two sets and nowhere else"),
        ("length_constraints:number_words", {"num_words": 300, "relation": LT}, "The whole response has to stay south of 300 words."),
    ],
    ["Each question should have its answer right after it in brackets.",
     "Avoid anything about the Stanford prison experiment"],
    ["long"],
)
# 23
add(
    "translate the key sentence of my abstract into German: 'We find that sleep deprivation impairs "
    "working memory but not long-term recall.' answer only in German, nothing in English",
    [
        ("language:response_language", {"language": "de"}, "answer only in German, nothing in English"),
    ],
    [],
    ["short"],
)
# 24
add(
    "Okay so context: I'm a history MA student and next week I lead discussion on E.P. Thompson's "
    "'The Moral Economy of the English Crowd'. I've read it twice but I need a discussion handout.\n\n"
    "Please give me a handout with 3 sections, label each one SECTION 1, SECTION 2, SECTION 3. "
    "Section 1 = summary of the argument, 2 = key concepts, 3 = discussion questions. Use markdown "
    "formatting so it looks decent when I export it. Use the word \"paternalism\" four or more times, "
    "it's central to the reading. End the whole handout with the question \"What does 'legitimacy' "
    "mean to a crowd?\"",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3},
         "give me a handout with 3 sections, label each one SECTION 1, SECTION 2, SECTION 3"),
        ("format:use_markdown", {}, "Use markdown formatting"),
        ("keywords:frequency", {"keyword": "paternalism", "frequency": 4, "relation": AL},
         "Use the word \"paternalism\" four or more times"),
        ("startend:end_checker", {"end_phrase": "What does 'legitimacy' mean to a crowd?"},
         "End the whole handout with the question \"What does 'legitimacy' mean to a crowd?\""),
    ],
    ["Section 1 = summary of the argument, 2 = key concepts, 3 = discussion questions."],
    ["long", "polite"],
)
# 25
add(
    "give me 4 flashcards for spanish subjunctive triggers. format each as Q: ... A: ... "
    "no more than 80 words total",
    [
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "no more than 80 words total"),
    ],
    ["format each as Q: ... A: ..."],
    ["short", "lower"],
)
# 26
add(
    "I'm a TA for an intro physics lab (PHYS 101) and I grade about 60 lab reports a week. I want a "
    "reusable feedback comment I can paste into Canvas.\n\n"
    "It should have square-bracket placeholders for the student-specific bits, like [student name], "
    "[experiment], [main error]; give me 5 or more of those. Canvas strips formatting so no markdown "
    "please. Keep it friendly but honest; students should know what to fix.\n\n"
    "PS - no exclamation points. I've been told my comments read as sarcastic with them.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 5},
         "It should have square-bracket placeholders for the student-specific bits, like [student name], [experiment], [main error]; give me 5 or more of those."),
        ("format:no_markdown", {}, "no markdown please"),
        ("punctuation:no_exclamation", {}, "no exclamation points"),
    ],
    ["Keep it friendly but honest; students should know what to fix."],
    ["long", "ps"],
)
# 27
add(
    "Rewrite this sentence to sound more academic: 'Lots of people think social media is bad for "
    "teens but the data is kinda mixed.' Give two options, separated by ******. Lose the word 'bad'.",
    [
        ("combination:two_responses", {}, "Give two options, separated by ******."),
        ("keywords:forbidden_words", {"forbidden_words": ["bad"]}, "Lose the word 'bad'."),
    ],
    [],
    ["short"],
)
# 28
add(
    "I'm studying for JLPT N4 and I keep mixing up は and が. Can you explain the difference? I'm a "
    "native English speaker. Write the explanation in English, but include the example sentences "
    "written in hiragana so I practice reading, and no romaji at all for the examples.\n"
    "Give me at least 5 example sentences in a numbered list. Keep the explanation part under 200 words.",
    [
        ("language:use_script", {"script": "kana"}, "include the example sentences written in hiragana"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "Give me at least 5 example sentences in a numbered list."),
    ],
    ["Write the explanation in English", "no romaji at all for the examples", "Keep the explanation part under 200 words."],
    ["long"],
)
# 29
add(
    "Define 'opportunity cost' in one sentence for my econ flashcard. under 25 words. no commas, "
    "throw in an em dash instead",
    [
        ("length_constraints:number_words", {"num_words": 25, "relation": LT}, "under 25 words"),
        ("punctuation:no_comma", {}, "no commas"),
        ("punctuation:use_em_dash", {}, "throw in an em dash instead"),
    ],
    ["in one sentence"],
    ["short"],
)
# 30
add(
    "Background: I'm finishing an MFA in creative writing and applying to teach first-year "
    "composition as an adjunct at a community college. The hiring committee wants a 'teaching "
    "philosophy statement' and I've never written one. Draft it for me.\n\n"
    "Requirements from the posting: give it a title in double angle brackets like <<My Teaching "
    "Philosophy>>; 3 paragraphs separated by the markdown divider ***; somewhere between 300 and 400 "
    "words. Emphasize peer review and low-stakes writing. Please don't mention grades as motivation.",
    [
        ("detectable_format:title", {}, "give it a title in double angle brackets like <<My Teaching Philosophy>>"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs separated by the markdown divider ***"),
        ("count:word_count_range", {"min_words": 300, "max_words": 400}, "somewhere between 300 and 400 words"),
    ],
    ["Emphasize peer review and low-stakes writing.", "Please don't mention grades as motivation."],
    ["long", "list"],
)
# 31
add(
    "make a 10 q vocab quiz on SAT words. output JSON only pls, no markdown ticks around it. "
    "include one or more of these: ubiquitous, ephemeral, laconic",
    [
        ("detectable_format:json_format", {}, "output JSON only pls"),
        ("keywords:include_any", {"forbidden_words": ["ubiquitous", "ephemeral", "laconic"]},
         "include one or more of these: ubiquitous, ephemeral, laconic"),
    ],
    ["no markdown ticks around it"],
    ["short", "lower"],
)
# 32
add(
    "I'm writing a comparative literature essay on how Toni Morrison's Beloved and Gabriel García "
    "Márquez's One Hundred Years of Solitude handle collective memory. My intro is weak.\n\n"
    "Write a new introduction paragraph for me. It has to include the words \"haunting\", "
    "\"inheritance\", and \"testimony\" (my thesis hinges on them). Keep it 180 words or under. "
    "Keep pronouns to a minimum - under 10 total. Don't begin with a quote or a rhetorical question, "
    "my prof calls those 'cheap hooks'. And finish on the thesis statement itself.",
    [
        ("keywords:existence", {"keywords": ["haunting", "inheritance", "testimony"]},
         "It has to include the words \"haunting\", \"inheritance\", and \"testimony\""),
        ("length_constraints:number_words", {"num_words": 181, "relation": LT}, "Keep it 180 words or under."),
        ("count:pronouns_fewer", {"N": 10}, "Keep pronouns to a minimum - under 10 total."),
    ],
    ["Don't begin with a quote or a rhetorical question", "finish on the thesis statement itself"],
    ["long"],
)
# 33
add(
    "pls write a limerick about the periodic table for my chem class. no capital letters anywhere, "
    "no commas, and keep it to 5 lines",
    [
        ("change_case:english_lowercase", {}, "no capital letters anywhere"),
        ("punctuation:no_comma", {}, "no commas"),
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "keep it to 5 lines"),
    ],
    [],
    ["short", "lower"],
)
# 34
add(
    "My student is in 8th grade and has dyslexia. She gets overwhelmed by long blocks of text. I need "
    "you to explain what a linear function is in a way she can follow. Please:\n"
    "• keep each sentence short, 12 words max\n"
    "• use fewer than 8 sentences in total\n"
    "• don't write any word in ALL CAPS, it reads like shouting to her\n"
    "• no symbols like → or ≈\n"
    "• give one real-life example (like a taxi fare)",
    [
        ("length:max_words_per_sentence", {"max_words": 12}, "keep each sentence short, 12 words max"),
        ("length_constraints:number_sentences", {"num_sentences": 8, "relation": LT}, "use fewer than 8 sentences in total"),
        ("change_case:capital_word_frequency", {"capital_frequency": 1, "capital_relation": LT},
         "don't write any word in ALL CAPS"),
    ],
    ["no symbols like → or ≈", "give one real-life example (like a taxi fare)"],
    ["long", "list"],
)
# 35
add(
    "What's a good title for my lab report on enzyme kinetics? Put it in <<double angle brackets>>, "
    "Title Case, and don't wrap it in quotation marks. Just the title.",
    [
        ("detectable_format:title", {}, "Put it in <<double angle brackets>>"),
        ("format:title_case", {}, "Title Case"),
        ("startend:no_quotation", {}, "don't wrap it in quotation marks"),
    ],
    ["Just the title."],
    ["short"],
)
# 36
add(
    "I just had a paper accepted at CHI (on how blind users navigate data visualizations with screen "
    "readers) and I want to announce it on Bluesky. Write the post for me.\n\n"
    "Limits: keep it under 280 characters; use two or more hashtags; put the placeholder [LINK] where "
    "the preprint URL will go. I'm excited but don't want to sound like an influencer, so skip the emojis.",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, "keep it under 280 characters"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "use two or more hashtags"),
        ("format:no_emoji", {}, "skip the emojis"),
    ],
    ["put the placeholder [LINK] where the preprint URL will go", "I'm excited but don't want to sound like an influencer"],
    ["long"],
)
# 37
add(
    "Is Pluto a planet under the 2006 IAU definition? Answer with 'My answer is yes.', 'My answer is "
    "no.' or 'My answer is maybe.'",
    [
        ("detectable_format:constrained_response", {},
         "Answer with 'My answer is yes.', 'My answer is no.' or 'My answer is maybe.'"),
    ],
    [],
    ["short"],
)
# 38
add(
    "For my teaching portfolio I'm documenting how I use AI tools in class. I need you to first "
    "repeat my request exactly as written below, word for word, and then answer it, so the transcript "
    "shows both. Say nothing before the repeated request. Don't use any bullet points in the answer "
    "or anywhere else.\n\n"
    "Request: Explain the difference between weather and climate to a class of seventh graders.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Explain the difference between weather and climate to a class of seventh graders."},
         ["first repeat my request exactly as written below, word for word, and then answer it",
          "Say nothing before the repeated request."]),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Don't use any bullet points in the answer or anywhere else."),
    ],
    [],
    ["long", "repeat"],
)
# 39
add(
    "define entropy for a thermo flashcard, <40 words, wrap the entire answer in double quotes",
    [
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "<40 words"),
        ("startend:quotation", {}, "wrap the entire answer in double quotes"),
    ],
    [],
    ["short", "lower"],
)
# 40
add(
    "I'm drafting the literature review chapter of my master's thesis in education (topic: retrieval "
    "practice in secondary science classrooms). I have the sources but I struggle with transitions.\n\n"
    "Write a sample section synthesizing the idea that retrieval practice beats rereading. Format: "
    "exactly 4 paragraphs, with an empty line between them; the second paragraph must open with the "
    "word \"However\". Include one long sentence of more than 35 words as a model of synthesis. Cite "
    "sources as (Author, Year), plausible placeholders are fine, I'll replace them. Don't use 'prove' "
    "or 'proves'; in education research nothing is proven.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 2, "first_word": "However"},
         "exactly 4 paragraphs, with an empty line between them; the second paragraph must open with the word \"However\""),
        ("length:long_sentence", {"max_words": 35}, "Include one long sentence of more than 35 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["prove", "proves"]}, "Don't use 'prove' or 'proves'"),
    ],
    ["Cite sources as (Author, Year)"],
    ["long"],
)
# 41
add(
    "need 3 riddles about famous scientists for a class icebreaker. exactly 3 bullets, and add a "
    "P.S. with the answers",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "exactly 3 bullets"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S. with the answers"),
    ],
    [],
    ["short", "lower"],
)
# 42
add(
    "I'm a private maths tutor and I send a monthly progress note to each student's parents. This "
    "month's student: Aisha, Year 10, working on quadratics; big improvement on factorising, still "
    "shaky on the quadratic formula, homework completion 9/10.\n\n"
    "Write the note. The parents read it on a phone through WhatsApp, so: no headers, no bullets, no "
    "bold, just plain sentences. The whole note should come in below 120 words. Sign it off with "
    "\"Warm wishes, Mr. Daniels\" and nothing after.",
    [
        ("format:no_markdown", {}, "no headers, no bullets, no bold, just plain sentences"),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "The whole note should come in below 120 words."),
        ("startend:end_checker", {"end_phrase": "Warm wishes, Mr. Daniels"}, "Sign it off with \"Warm wishes, Mr. Daniels\" and nothing after."),
    ],
    [],
    ["long", "list"],
)
# 43
add(
    "Give me a 2-question pop quiz on the water cycle in Spanish, my students are in 3rd year Spanish. "
    "and say 'evaporación' twice or more",
    [
        ("language:response_language", {"language": "es"}, "Give me a 2-question pop quiz on the water cycle in Spanish"),
        ("keywords:frequency", {"keyword": "evaporación", "frequency": 2, "relation": AL}, "say 'evaporación' twice or more"),
    ],
    [],
    ["short", "insent"],
)
# 44
add(
    "Submitting to a medieval studies graduate conference. They want an abstract of 250 words "
    "maximum. My paper: how 13th-century Icelandic sagas depict legal disputes, focusing on Njáls "
    "saga and the Althing.\n\n"
    "Notes from their style guide: ALL-CAPS words are distracting, so use fewer than 3 fully "
    "capitalized words. The committee also wants dense prose: function words (the, of, and, etc.) "
    "should be no more than 35% of the text. Don't put a title; they add it from the form. Also "
    "avoid first person.",
    [
        ("length_constraints:number_words", {"num_words": 251, "relation": LT}, "an abstract of 250 words maximum"),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "use fewer than 3 fully capitalized words"),
        ("ratio:stop_words", {"percentage": 35}, "function words (the, of, and, etc.) should be no more than 35% of the text"),
    ],
    ["Don't put a title; they add it from the form.", "Also avoid first person."],
    ["long", "insent"],
)
# 45
add(
    "Give me a study schedule for finals week, Monday to Friday, as 5 sections labeled Day 1 through "
    "Day 5. kick it off with a verb (like \"Review...\") and work in the word pomodoro",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 5},
         "as 5 sections labeled Day 1 through Day 5"),
        ("words:start_verb", {}, "kick it off with a verb"),
        ("keywords:existence", {"keywords": ["pomodoro"]}, "work in the word pomodoro"),
    ],
    [],
    ["short", "insent"],
)
# 46
add(
    "I'm applying to a master's in urban planning at the Université de Montréal, and they require a "
    "lettre de motivation in French. My French is decent (B2) but I want a strong model to compare "
    "against. Context: BA in geography from UBC, interned at the Vancouver city planning department "
    "on bike lane consultations, interested in participatory budgeting.\n\n"
    "Write the letter entirely in French. Keep it between 250 and 350 words. Don't use any English "
    "words at all, not even 'feedback' or 'design', which I keep slipping into my own drafts.",
    [
        ("language:response_language", {"language": "fr"},
         ["Write the letter entirely in French.", "Don't use any English words at all"]),
        ("count:word_count_range", {"min_words": 250, "max_words": 350}, "Keep it between 250 and 350 words."),
        ("keywords:forbidden_words", {"forbidden_words": ["feedback", "design"]}, "not even 'feedback' or 'design'"),
    ],
    [],
    ["long", "repeat"],
)
# 47
add(
    "bullet list of 6 key dates in the civil rights movement. no markdown headings pls, and keep it "
    "below 90 words",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, "bullet list of 6 key dates"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no markdown headings pls"),
        ("length_constraints:number_words", {"num_words": 90, "relation": LT}, "keep it below 90 words"),
    ],
    [],
    ["short", "lower", "insent"],
)
# 48
add(
    "I use a flashcard app that imports plain text. Make me cards covering the 12 cranial nerves: "
    "name on the front, function on the back, front and back divided by a tab.\n\n"
    "Separate the cards with '%%' instead of bullet points, since that's what the importer splits "
    "on. Don't include any URLs either, the importer chokes on them.",
    [
        ("format:list", {"sep": "%%"}, "Separate the cards with '%%' instead of bullet points"),
        ("content:no_urls", {}, "Don't include any URLs either"),
    ],
    ["name on the front, function on the back, front and back divided by a tab"],
    ["long"],
)
# 49
add(
    "explain big-O of binary search for my algorithms flashcards. include a python code block, "
    "120 words max, and end every sentence with an emoji lol",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "include a python code block"),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "120 words max"),
        ("format:emoji", {}, "end every sentence with an emoji"),
    ],
    [],
    ["short", "lower"],
)
# 50
add(
    "I teach an advanced (C1) ESL class and I'm preparing a reading passage about the history of "
    "coffee. I want it to be vocabulary-rich: use 150+ different words. Since we're drilling FANBOYS "
    "this week, work in 5 different coordinating conjunctions. The passage should run more "
    "than 250 words. I'll write the comprehension questions myself, so just the passage please.",
    [
        ("count:unique_word_count", {"N": 150}, "use 150+ different words"),
        ("count:conjunctions", {"small_n": 5}, "work in 5 different coordinating conjunctions"),
        ("length_constraints:number_words", {"num_words": 251, "relation": AL}, "The passage should run more than 250 words."),
    ],
    ["just the passage please"],
    ["long"],
)
# 51
add(
    "im learning russian but i read cyrillic super slowly. explain perfective vs imperfective aspect "
    "to me in english, and transliterate every example into latin letters. no cyrillic characters at all",
    [
        ("language:response_language", {"language": "en"}, "explain perfective vs imperfective aspect to me in english"),
        ("language:no_script", {"script": "cyrillic"},
         ["transliterate every example into latin letters", "no cyrillic characters at all"]),
    ],
    [],
    ["short", "lower", "typo", "repeat"],
)
# 52
add(
    "In my writing seminar we do peer review, and I'm stuck on how to give feedback on my classmate "
    "Theo's argumentative essay about banning homework. His thesis is clear but his evidence is "
    "mostly anecdotal and his counterargument paragraph is only two sentences.\n\n"
    "Write the peer review comments for me in the form of exactly 5 markdown bullet points. Be kind "
    "but direct. Make sure to use the word \"evidence\" 3 times or more, because our rubric is about "
    "evidence this week.\n\nPS: don't end on a question, our instructor says feedback should end with "
    "a clear next step.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "in the form of exactly 5 markdown bullet points"),
        ("keywords:frequency", {"keyword": "evidence", "frequency": 3, "relation": AL},
         "Make sure to use the word \"evidence\" 3 times or more"),
        ("content:not_end_with_question", {}, "don't end on a question"),
    ],
    ["Be kind but direct.", "feedback should end with a clear next step"],
    ["long", "ps", "insent"],
)
# 53
add(
    "whats the mnemonic for the order of operations? answer in fewer than 15 words and use the "
    "phrase 'please excuse' in it",
    [
        ("length_constraints:number_words", {"num_words": 15, "relation": LT}, "answer in fewer than 15 words"),
        ("keywords:required_phrase", {"phrase": "please excuse"}, "use the phrase 'please excuse' in it"),
    ],
    [],
    ["short", "lower", "typo"],
)
# 54
add(
    "I tutor kids in phonics and one of my students (age 7) is working on the 'r' sound. I want a "
    "short silly story we can read aloud together.\n"
    "Requirements:\n"
    "1. the letter 'r' has to appear 30+ times\n"
    "2. short enough to read in two minutes, call it 150 words or fewer\n"
    "3. no scary stuff, she's sensitive\n"
    "4. give it a title wrapped in << >>",
    [
        ("keywords:letter_frequency", {"letter": "r", "let_frequency": 30, "let_relation": AL},
         "the letter 'r' has to appear 30+ times"),
        ("length_constraints:number_words", {"num_words": 151, "relation": LT}, "call it 150 words or fewer"),
        ("detectable_format:title", {}, "give it a title wrapped in << >>"),
    ],
    ["no scary stuff, she's sensitive"],
    ["long", "list"],
)
# 55
add(
    "Explain p-values. No more than 4 sentences, the 2nd sentence has to mention 'null', and don't "
    "say 'significant'.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "No more than 4 sentences"),
        ("sentence:keyword", {"word": "null", "N": 2}, "the 2nd sentence has to mention 'null'"),
        ("keywords:forbidden_words", {"forbidden_words": ["significant"]}, "don't say 'significant'"),
    ],
    [],
    ["short"],
)
# 56
add(
    "Applying to the NSF GRFP and the Broader Impacts part of my personal statement needs work. I'm a "
    "first-gen student and I ran a coding club at the local library for 2 years for middle schoolers, "
    "mostly girls.\n\n"
    "Write the Broader Impacts portion. Highlight two or more claims with markdown italics (*like "
    "this*) so I can see which ones to back up with numbers. Absolutely no em dashes (reviewers say "
    "they scream 'AI wrote this'). Work in the exact phrase \"first-generation college student\". "
    "2+ paragraphs, separated by a blank line.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Highlight two or more claims with markdown italics (*like this*)"),
        ("punctuation:no_em_dash", {}, "Absolutely no em dashes"),
        ("keywords:required_phrase", {"phrase": "first-generation college student"},
         "Work in the exact phrase \"first-generation college student\"."),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 2, "relation": AL}, "2+ paragraphs, separated by a blank line."),
    ],
    [],
    ["long"],
)
# 57
add(
    "can you write a description for my 'deep focus organic chem' study playlist? max 200 characters, "
    "lowercase only, include #studywithme",
    [
        ("length:number_characters", {"num_chars": 201, "relation": LT}, "max 200 characters"),
        ("change_case:english_lowercase", {}, "lowercase only"),
    ],
    ["include #studywithme"],
    ["short"],
)
# 58
add(
    "I coach a high-school Quiz Bowl team. For practice I want tossup-style questions, where the clues "
    "start obscure and get easier as they go. Write one tossup about the Haber-Bosch process.\n\n"
    "Our house rules: begin the response with \"TOSSUP:\"; the tossup should be anywhere from 4 to 6 "
    "sentences; don't mention ammonia until the final sentence; after the last sentence write the "
    "answer line.",
    [
        ("startend:start_phrase", {"start_phrase": "TOSSUP:"}, "begin the response with \"TOSSUP:\""),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": AL}, "the tossup should be anywhere from 4 to 6 sentences"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": LT}, "the tossup should be anywhere from 4 to 6 sentences"),
    ],
    ["don't mention ammonia until the final sentence", "after the last sentence write the answer line"],
    ["long", "list"],
)
# 59
add(
    "hey can u write me a 3-paragraph summary of the Treaty of Westphalia. paragraphs separated by ***. "
    "its for first-year IR, dont go over 250 words",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "a 3-paragraph summary of the Treaty of Westphalia. paragraphs separated by ***"),
        ("length_constraints:number_words", {"num_words": 251, "relation": LT}, "dont go over 250 words"),
    ],
    [],
    ["short", "typo", "insent"],
)
# 60
add(
    "I'm a TA for Intro to Political Theory and I want a model essay that shows students how to "
    "structure an argument. Topic: is Hobbes's Leviathan compatible with democracy?\n\n"
    "Structure: use markdown headings for the sections (three minimum), and begin each section with a "
    "thesis statement in italics using HTML <i></i> tags, because our LMS renders HTML, not markdown "
    "italics. It needs to be 600 words or more. Include a link to the Leviathan text on Project "
    "Gutenberg so students can check the quotes.",
    [
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "use markdown headings for the sections (three minimum)"),
        ("format:thesis", {}, "begin each section with a thesis statement in italics using HTML <i></i> tags"),
        ("length_constraints:number_words", {"num_words": 600, "relation": AL}, "It needs to be 600 words or more."),
        ("content:include_url", {}, "Include a link to the Leviathan text on Project Gutenberg"),
    ],
    [],
    ["long"],
)

IFEVAL25 = {
    "change_case:capital_word_frequency", "change_case:english_capital", "change_case:english_lowercase",
    "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency",
    "language:response_language",
    "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
    "length_constraints:number_sentences", "length_constraints:number_words",
    "punctuation:no_comma", "startend:end_checker", "startend:quotation",
}


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"]: t for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i + 1
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            for x in exps:
                assert x in prompt, (key, x)
            if types is not None:
                assert cid in types, (key, cid)
                assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
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
    ife = sum(v for k, v in ids.items() if k in IFEVAL25)
    print("prompts", len(E), "constraints", total, "ifeval25", ife, f"({100 * ife / total:.0f}%)",
          "distinct ids", len(ids))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(tags))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["short", "long", "insent", "repeat", "list", "polite", "typo", "caps", "lower", "sys", "ps"]:
        print(t, [KEY_BASE + i + 1 for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
