"""Format-like families read in the writers' own words (session 3): bullets, numbered lists, JSON,
title case, list markers, options, sub-bullets, the IFBench template, code blocks, highlights,
sections, headings, hashtags, emojis, postscripts, repeating the request and two responses. Each
family is tested on variants written here (not the dev sentences) and on near misses that must give
nothing (descriptions, questions, permission, requirements scoped to a part)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

BP = "format:bullet_points"
NB = "detectable_format:number_bullet_lists"
NL = "format:numbered_list"
H = "format:markdown_headings"
HT = "content:number_hashtags"
EM = "format:number_emojis"
CB = "format:code_block"
J = "detectable_format:json_format"
JK = "format:json_keys"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def has(text: str, *expected: tuple[str, dict]) -> None:
    got = found(text)
    for e in expected:
        assert e in got, (text, got)


FAMILIES = [
    # bullets: relation after the noun, words between count and noun, ranges, caps, bans
    ("Sum up the meeting. 3 bullets max.", [(BP, {"num_bullets": 4, "relation": "less than"})]),
    ("List the risks in 4 bullet points or fewer.", [(BP, {"num_bullets": 5, "relation": "less than"})]),
    ("Give me 6+ bullet points on onboarding.", [(BP, {"num_bullets": 6, "relation": "at least"})]),
    ("Write at least 5 punchy bullet points for the landing page.", [(BP, {"num_bullets": 5, "relation": "at least"})]),
    ("Summarize it in bullets, no more than 4.", [(BP, {"num_bullets": 5, "relation": "less than"})]),
    ("Cap the list at 7 bullets.", [(BP, {"num_bullets": 8, "relation": "less than"})]),
    (
        "Give between 2 and 4 bullet points.",
        [(BP, {"num_bullets": 2, "relation": "at least"}), (BP, {"num_bullets": 5, "relation": "less than"})],
    ),
    ("Explain it in prose. Skip the bullet points.", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ("Write the update. please no bullets, just sentences", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ("Keep bullet points out of it.", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ("Note for the team, bullet points ok but at most 3 of them.", [(BP, {"num_bullets": 4, "relation": "less than"})]),
    ("Escribe la receta con exactamente 5 viñetas.", [(NB, {"num_bullets": 5})]),
    ("Fasse es zusammen, höchstens 4 Stichpunkte.", [(BP, {"num_bullets": 5, "relation": "less than"})]),
    ("Résume le texte, n'utilise pas de puces.", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ("Scrivi il riassunto senza elenchi puntati.", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ("Seven of them as bullet points, please.", [(NB, {"num_bullets": 7})]),
    # numbered lists: the count of the items, any noun
    ("Make a numbered list of 12 book ideas.", [(NL, {"num_items": 12, "relation": "at least"})]),
    ("Steps to bake bread: numbered list, 6+ steps.", [(NL, {"num_items": 6, "relation": "at least"})]),
    ("Suggest 8 stretches in a numbered list.", [(NL, {"num_items": 8, "relation": "at least"})]),
    ("A numbered list with no more than 5 tips.", [(NL, {"num_items": 6, "relation": "less than"})]),
    ("Give me 4 numbered steps for the reset.", [(NL, {"num_items": 4, "relation": "at least"})]),
    ("Hazme una lista numerada con al menos 6 ideas.", [(NL, {"num_items": 6, "relation": "at least"})]),
    ("Erstelle eine nummerierte Liste mit mindestens 4 Punkten.", [(NL, {"num_items": 4, "relation": "at least"})]),
    # JSON: the format with its keys
    (
        'Return JSON with the keys "city" and "country".',
        [(JK, {"keys": ["city", "country"]}), (J, {})],
    ),
    (
        'Send back a JSON object whose keys are "title" and "tags".',
        [(JK, {"keys": ["title", "tags"]}), (J, {})],
    ),
    ("Produce a JSON object with these fields: name, price, stock.", [(JK, {"keys": ["name", "price", "stock"]})]),
    ("The response must be valid JSON.", [(J, {})]),
    ("Format: bulleted list, max 6 items.", [(BP, {"num_bullets": 7, "relation": "less than"})]),
    ("Use a bulleted list with exactly 5 items.", [(NB, {"num_bullets": 5})]),
    ("Answer in a numbered list of five.", [(NL, {"num_items": 5, "relation": "at least"})]),
    ('Reply in JSON. Keys: "name", "score".', [(J, {}), (JK, {"keys": ["name", "score"]})]),
    (
        'Format your answer as a JSON object with "summary" and "tags" keys.',
        [(J, {}), (JK, {"keys": ["summary", "tags"]})],
    ),
    ("Bold at least 3 phrases.", [("detectable_format:number_highlighted_sections", {"num_highlights": 3})]),
    (
        "Write it without any numbered or bulleted lists.",
        [(NL, {"num_items": 1, "relation": "less than"}), (BP, {"num_bullets": 1, "relation": "less than"})],
    ),
    ("Make it bullet points (4 of them).", [(NB, {"num_bullets": 4})]),
    ("Please don't use JSON.", [("detectable_format:not_json_format", {})]),
    (
        "Mark at least 3 sections with markdown highlighting.",
        [("detectable_format:number_highlighted_sections", {"num_highlights": 3})],
    ),
    (
        "Use 3 sections: SECTION 1, SECTION 2, SECTION 3.",
        [("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 3})],
    ),
    ("Answer only A, B, C or D.", [("format:options", {"options": "A/B/C/D"})]),
    ("Give your answer as one of: true, false.", [("format:options", {"options": "true/false"})]),
    ("Use '->' between items.", [("format:list", {"sep": "->"})]),
    ("Use the pipe character | to separate items.", [("format:list", {"sep": "|"})]),
    ("Format all commands as code blocks.", [(CB, {"num_blocks": 1, "relation": "at least"})]),
    ("Skip the headings.", [(H, {"num_headings": 1, "relation": "less than"})]),
    ("3 hashtags, no more.", [(HT, {"num_hashtags": 4, "relation": "less than"})]),
    ("Throw in a few emojis.", [("format:use_emoji", {})]),
    (
        "Could you explain? Number the steps please, and no more than 6 of them.",
        [(NL, {"num_items": 7, "relation": "less than"})],
    ),
    ("Please don't use any of those bullet point lists.", [(BP, {"num_bullets": 1, "relation": "less than"})]),
    ('Give me a list. Instead of bullets, put "::" between each one.', [("format:list", {"sep": "::"})]),
    ("Only answer true, false, or unknown.", [("format:options", {"options": "true/false/unknown"})]),
    ("Write it up but don't tag it with any #hashtags.", [(HT, {"num_hashtags": 1, "relation": "less than"})]),
    ("Keep it simple, no need for headers.", [(H, {"num_headings": 1, "relation": "less than"})]),
    ("Please skip the emojis entirely.", [("format:no_emoji", {})]),
    (
        "Add a short note at the bottom starting with P.S.",
        [("detectable_content:postscript", {"postscript_marker": "P.S."})],
    ),
    ("Give me two taglines; divide them with a line of 6 asterisks.", [("combination:two_responses", {})]),
    (
        "Before you answer, repeat my question back word for word, then answer. My question is: Why is the sky blue?",
        [("combination:repeat_prompt", {"prompt_to_repeat": "Why is the sky blue?"})],
    ),
    ("Leave [date] and [venue] as blanks.", [("detectable_content:number_placeholders", {"num_placeholders": 2})]),
    (
        "Keep at least 3 fill-in fields in square brackets.",
        [("detectable_content:number_placeholders", {"num_placeholders": 3})],
    ),
    (
        "Plan the trip, organized as Day 1 through Day 4, labelling each section Day N.",
        [("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 4})],
    ),
    ("Responde en formato JSON.", [(J, {})]),
    ("Antworte im JSON-Format.", [(J, {})]),
    ('Rispondi in formato JSON con le chiavi "nome" e "età".', [(J, {}), (JK, {"keys": ["nome", "età"]})]),
    ("Ajoute 3 hashtags à la fin.", [(HT, {"num_hashtags": 3, "relation": "at least"})]),
    ("Sin formato markdown.", [("format:no_markdown", {})]),
    ("Sin hashtags, por favor.", [(HT, {"num_hashtags": 1, "relation": "less than"})]),
    ("Make sure each bullet point has at least one nested sub-point.", [("format:sub-bullets", {})]),
    (
        'Your answer must be one of the following: "Approved", "Rejected", "Needs review".',
        [("format:options", {"options": "Approved/Rejected/Needs review"})],
    ),
    ('Only reply with "true" or "false".', [("format:options", {"options": "true/false"})]),
    ("Reply with a single word: yes or no.", [("format:options", {"options": "yes/no"})]),
    ("Make at least 3 words bold.", [("detectable_format:number_highlighted_sections", {"num_highlights": 3})]),
    (
        "Use square-bracket placeholders such as [first_name], a minimum of two.",
        [("detectable_content:number_placeholders", {"num_placeholders": 2})],
    ),
    ("Hashtags are fine, max 2.", [(HT, {"num_hashtags": 3, "relation": "less than"})]),
    # title case, options, markers, sub-bullets, template
    ("Ten band names, everything in Title Case.", [("format:title_case", {})]),
    ("Give me names for a cafe, all the names in title case.", [("format:title_case", {})]),
    (
        "Pick a side. Reply with one of these choices: cats, dogs or neither.",
        [("format:options", {"options": "cats/dogs/neither"})],
    ),
    (
        "Is it safe? Respond with just one of safe/unsafe/unsure.",
        [("format:options", {"options": "safe/unsafe/unsure"})],
    ),
    ("List some fruit and separate the items with the token NEXT.", [("format:list", {"sep": "NEXT"})]),
    ('Give me six movies; start each one with "=>" rather than a bullet.', [("format:list", {"sep": "=>"})]),
    ("Plan the trip. Every bullet should have at least one sub-bullet.", [("format:sub-bullets", {})]),
    (
        "Follow this template: My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]",
        [("format:output_template", {})],
    ),
    # code blocks, highlights, sections, headings
    ("Show the config and put it inside a fenced code block.", [(CB, {"num_blocks": 1, "relation": "at least"})]),
    ("Explain closures, no code blocks.", [(CB, {"num_blocks": 1, "relation": "less than"})]),
    (
        "Highlight at least 3 key terms with markdown.",
        [("detectable_format:number_highlighted_sections", {"num_highlights": 3})],
    ),
    (
        "Write a 5-week plan. Start each week with the marker WEEK and its number.",
        [("detectable_format:multiple_sections", {"section_spliter": "WEEK", "num_sections": 5})],
    ),
    ("Organise it with 4 headings max.", [(H, {"num_headings": 5, "relation": "less than"})]),
    ("Add a couple of markdown headings.", [(H, {"num_headings": 2, "relation": "at least"})]),
    ("Explain DNS, with headings, at least 3 of them.", [(H, {"num_headings": 3, "relation": "at least"})]),
    # hashtags, emojis
    (
        "Tweet about the launch. 2-3 hashtags.",
        [(HT, {"num_hashtags": 2, "relation": "at least"}), (HT, {"num_hashtags": 4, "relation": "less than"})],
    ),
    ("Caption it. 1 hastag max.", [(HT, {"num_hashtags": 2, "relation": "less than"})]),
    ("Post text, no hash tags.", [(HT, {"num_hashtags": 1, "relation": "less than"})]),
    ("Write a cheerful note, 3 emojis tops.", [(EM, {"num_emojis": 4, "relation": "less than"})]),
    (
        "Use exactly 2 emojis.",
        [(EM, {"num_emojis": 2, "relation": "at least"}), (EM, {"num_emojis": 3, "relation": "less than"})],
    ),
    ("Schreib einen Post. Keine Emojis.", [("format:no_emoji", {})]),
    # postscript, repeat, two responses
    (
        "Draft the email; close it with a P.S. about parking.",
        [("detectable_content:postscript", {"postscript_marker": "P.S."})],
    ),
    ("Ajoute un P.S. à la fin de la lettre.", [("detectable_content:postscript", {"postscript_marker": "P.S."})]),
    (
        "No need to repeat my question. What is the capital of Peru?",
        [("combination:not_repeat_prompt", {"prompt_to_repeat": "What is the capital of Peru?"})],
    ),
    ("Write two slogans for the bakery, separate them w/ ******.", [("combination:two_responses", {})]),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_families(text, expected):
    has(text, *expected)


NOTHING = [
    # descriptions, third person, questions
    "She always wrote 3 bullet points on the whiteboard.",
    'The API returns a JSON object with the keys "id" and "status". Explain why.',
    "Why do people use numbered lists?",
    "My essay has no bullet points longer than ten words.",
    "Describe a world with no cars, no phones and no emojis.",
    "They ended the letter with a P.S.",
    "Our LMS doesn't render markdown, so tell me how to format tables for it.",
    # scoped to a part of the response (untyped by convention)
    "Under Installation, use a numbered list of steps.",
    "Each section should have 3 bullet points.",
    "Write 3 sections with 2 headings each.",
    "Use title case for the headings.",
    # things that are not the constraint
    "Separate the paragraphs with ***.",
    "Separate them with commas.",
    "Answer and/or explain briefly.",
    "Answer with just one of the following: the summary or the list.",
    "Use this exact template for every response:\nName: [name]\nRole: [role]",
    "Write 2 paragraphs then bullet points.",
    "Write a numbered list of 3 paragraphs.",
    "I saw 3 hashtags on the post.",
    "Compare these styles: Title Case, sentence case, snake case.",
    "Choose one of these: apples, bananas or cherries, and explain why.",
    "Answer yes/no, then explain.",
    "Suggest 5 headings for my article.",
    "Give 3 examples, each as 2 bullet points.",
    "Summarize each chapter in 3 bullet points.",
    "Tell me about a world with no cars, no phones and no emojis.",
    'Last time you gave me a JSON object with "word" and "definition" keys.',
    "Emphasize 3 points in your talk.",
    "Answer only in English or Spanish.",
    "Mark at least 3 sections with markdown.",
    "Feel free to drop in an emoji.",
    "Write two paragraphs and put ****** between them.",
    "Repeat the question before answering it.",
    "Explain hashtags in at most 50 words.",
    "In the intro, use no bullet points.",
    "She said: answer yes/no.",
    "My last post had 12 hashtags and got no likes. Why?",
    'The JSON has keys "id" and "name". Write a parser.',
    "He always ends his emails with a P.S.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_of_these_families(text):
    ids = {c[0] for c in found(text)}
    families = {BP, NB, NL, H, HT, EM, CB, J, JK, "format:title_case", "format:options", "format:list",
                "format:output_template", "detectable_content:postscript", "format:no_markdown",
                "format:no_emoji", "detectable_format:multiple_sections"}  # fmt: skip
    assert not ids & families, (text, found(text))


def test_json_keys_alone_in_the_types_own_sentence():
    assert found('Respond only with a JSON object that has the keys "name" and "age".') == [
        (JK, {"keys": ["name", "age"]})
    ]


def test_repeat_request_quoted_after_the_colon():
    got = found('First repeat the request word for word: "Name three rivers." Then answer it.')
    assert ("combination:repeat_prompt", {"prompt_to_repeat": "Name three rivers."}) in got


def test_no_emojis_or_hashtags_keeps_both_bans():
    got = found("Short bio, third person, no emojis or hashtags")
    assert ("format:no_emoji", {}) in got and (HT, {"num_hashtags": 1, "relation": "less than"}) in got


def test_markdown_aside_with_a_colon_restates_the_ban():
    assert found("Plain-text field, so no markdown: no bold, no bullets, no headers.") == [("format:no_markdown", {})]


def test_both_statements_of_two_responses():
    from rpo_cli.stages.decompose_rules import rule_statements

    got = rule_statements(
        [Message(role="user", content="Give me two versions of the email. Separate the versions with ******.")]
    )
    assert [c.id for c in got] == ["combination:two_responses", "combination:two_responses"]
