"""Phrase families of the rule decomposer found missing on independent dev data (the v1 held-out,
dev2): each family is tested on variants written here, not on the dev sentences themselves, with
near-misses that must give nothing (precision first: a wrong constraint makes a wrong pair)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

W = "length_constraints:number_words"


def found(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


FAMILIES = [
    # "X-free" adjectives and the "comas" typo
    ("Write a comma-free limerick about a goat.", [("punctuation:no_comma", {})]),
    ("Keep the whole note emoji-free.", [("format:no_emoji", {})]),
    ("Give me an exclamation-free product blurb for a kettle.", [("punctuation:no_exclamation", {})]),
    ("pls dont use comas in the reply", [("punctuation:no_comma", {})]),
]

NOTHING = [
    "Tell me about a patient who woke from a coma.",
    "Why are some cities car-free?",
]


CASE = [
    ("Write an all-lowercase haiku about frost.", [("change_case:english_lowercase", {})]),
    ("Draft an all-caps warning note for the lab door.", [("change_case:english_capital", {})]),
    ("Describe how a bill becomes law in ALL CAPS.", [("change_case:english_capital", {})]),
    ("It would be great if the entire reply were in lowercase.", [("change_case:english_lowercase", {})]),
]
CASE_NOTHING = [
    "My keyboard only types lowercase letters, what should I do?",
    "The sign was all-caps and very loud.",
    "Explain why people type in all caps online.",
]


TWO = [
    ("Write two short bios for a jazz pianist, separated by six asterisks.", [("combination:two_responses", {})]),
    ("Suggest 2 names for my cat, one silly and one regal, separated by ******", [("combination:two_responses", {})]),
    (
        "Write a haiku about snow. Then write a second, darker haiku. Separate the two with ******.",
        [("combination:two_responses", {})],
    ),
]
TWO_NOTHING = [
    "Write an essay in two paragraphs separated by ******.",
    "Separate them with six asterisks.",
]


@pytest.mark.parametrize("text", TWO_NOTHING)
def test_two_responses_near_miss(text):
    assert all(i != "combination:two_responses" for i, _ in found(text))


R = "combination:repeat_prompt"
REPEAT = [
    (
        "Before answering, restate my question word for word. Keep it short.\nMy question: Why is the sky blue?",
        [(R, {"prompt_to_repeat": "Why is the sky blue?"})],
    ),
    (
        "First, copy the prompt below verbatim, then reply to it.\nPrompt: List three uses of vinegar.",
        [(R, {"prompt_to_repeat": "List three uses of vinegar."})],
    ),
    (
        "Repeat the following question exactly first, and then answer it: What makes bread rise?",
        [(R, {"prompt_to_repeat": "What makes bread rise?"})],
    ),
]


@pytest.mark.parametrize(("text", "want"), REPEAT)
def test_repeat_prompt_family(text, want):
    assert [f for f in found(text) if f[0] == R] == want


H = "detectable_format:number_highlighted_sections"
HIGHLIGHTS = [
    ("Add at least three markdown highlights such as *key idea*.", [(H, {"num_highlights": 3})]),
    ("Include 2 highlighted parts in markdown, like *this*.", [(H, {"num_highlights": 2})]),
    ("Use at least 4 *italicized* words.", [(H, {"num_highlights": 4})]),
]
HIGHLIGHT_NOTHING = [
    "The report has three highlighted sections.",
    "Summarize the two highlights of the trip.",
]


E = "startend:end_checker"
P = "detectable_content:postscript"
STARTEND = [
    ('Close with exactly this sentence: "See you at the market."', [(E, {"end_phrase": "See you at the market."})]),
    (
        'Write a toast. Add a final line that closes the toast with the exact words "To the couple!"',
        [(E, {"end_phrase": "To the couple!"})],
    ),
    (
        "Write a memo.\nRules:\n- a P.S. at the end with a reminder\n- no emojis",
        [(P, {"postscript_marker": "P.S."}), ("format:no_emoji", {})],
    ),
    ("Add a short P.S. with a tip.", [(P, {"postscript_marker": "P.S."})]),
]
STARTEND_NOTHING = [
    "Tell me about a film that ends the trilogy with a wedding.",
    "My letter had a P.S. at the end.",
]


JSON_CASES = [
    ("Describe a dragon. Return only valid JSON.", [("detectable_format:json_format", {})]),
    (
        'List a book. Output JSON only. The object should contain the keys "title" and "year".',
        [("detectable_format:json_format", {}), ("format:json_keys", {"keys": ["title", "year"]})],
    ),
]
JSON_NOTHING = [
    "How do I return JSON from a Flask route?",
    'The object must have the keys "a" and "b".',
]


L = "language:response_language"
LANGUAGE = [
    ("Write a short poem in Spanish about the harbour.", [(L, {"language": "es"})]),
    ('Turn this slogan into a catchy tweet in German: "Buy local."', [(L, {"language": "de"})]),
    (
        "Explícame la gravedad. Contesta en español, en menos de 80 palabras.",
        [(L, {"language": "es"}), (W, {"num_words": 80, "relation": "less than"})],
    ),
    (
        "Décris Paris. Réponds en français, au moins 50 mots.",
        [(L, {"language": "fr"}), (W, {"num_words": 50, "relation": "at least"})],
    ),
]
LANGUAGE_NOTHING = [
    "Write a summary of an article in French that I read.",
    "Write a poem about a girl who sings in Italian",
    "Is Portuguese harder than Spanish?",
]


def test_lowercase_writers_sentences_split():
    text = "write a note to my landlord about the leak on oct 3. no emojis, and keep it under 50 words thx"
    assert found(text) == [("format:no_emoji", {}), (W, {"num_words": 50, "relation": "less than"})]
    # a capitalised sentence elsewhere: the writer does capitalise, so "e.g. no" is no break
    assert found("Write a memo, e.g. no more than a page. Use no emojis.") == [("format:no_emoji", {})]


def test_terse_list_of_prohibitions():
    assert found("Write a haiku about tea. No hashtags, no emojis and no commas.") == [
        ("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}),
        ("format:no_emoji", {}),
        ("punctuation:no_comma", {}),
    ]
    assert found("Tell me about a world with no cars, no phones and no emojis.") == []


PH = "detectable_content:number_placeholders"
PLACEHOLDERS = [
    ("Draft an invite with a placeholder such as [Venue] for the place.", [(PH, {"num_placeholders": 1})]),
    ("Use placeholders for the names, e.g. [Groom], [Bride] and [Date].", [(PH, {"num_placeholders": 3})]),
    ("Leave placeholders in square brackets where the prices go.", []),
]
PLACEHOLDER_NOTHING = [
    "What is a placeholder in a Python string?",
    "Do not use placeholders like [name].",
]


@pytest.mark.parametrize(("text", "want"), PLACEHOLDERS)
def test_placeholder_family(text, want):
    assert [f for f in found(text) if f[0] == PH] == want


@pytest.mark.parametrize("text", PLACEHOLDER_NOTHING)
def test_placeholder_near_miss(text):
    assert [f for f in found(text) if f[0] == PH] == []


COMPOUNDS = [
    (
        "Give me a five-bullet overview of the French Revolution.",
        [("detectable_format:number_bullet_lists", {"num_bullets": 5})],
    ),
    ("Write a sub-50-word bio for a potter.", [(W, {"num_words": 50, "relation": "less than"})]),
    (
        "Write a blog post on composting, with a 300-word minimum.",
        [(W, {"num_words": 300, "relation": "at least"})],
    ),
    ("Draft a cover letter; stick to a 250-word limit.", [(W, {"num_words": 251, "relation": "less than"})]),
    ("Summarise it. Use markdown - bullets.", []),
]
COMPOUND_NOTHING = [
    "My sub-100-word abstract got rejected. Why?",
    "Each section has a 100-word limit.",
]


SCOPED = [
    # counts scoped to a part of the response are no whole-response constraint (untyped by convention)
    ("Give me three slogans for a gym. Each slogan should be under 8 words.", []),
    ("Write a SQL query and explain it. The explanation should be at most 2 sentences.", []),
    ("Write a bash script and keep the commentary under 40 words.", []),
    # ... but every answer / a whole reply still counts
    ("Keep every reply under 90 words.", [(W, {"num_words": 90, "relation": "less than"})]),
    # a part named before a comma does not scope the count after it
    (
        "Write an essay with a title in <<double angular brackets>>, at least 4 paragraphs separated by blank lines.",
        [
            ("detectable_format:title", {}),
            ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": "at least"}),
        ],
    ),
]


def test_the_explanation_is_the_whole_answer_when_nothing_else_is_asked():
    assert found("Explain how tides work. Keep the explanation under 70 words.") == [
        (W, {"num_words": 70, "relation": "less than"})
    ]


INCLUDE_LIST = [
    (
        'Write a wedding toast. Include two jokes, a short poem, and the phrase "to love and laughter".',
        [("keywords:required_phrase", {"phrase": "to love and laughter"})],
    ),
    (
        'Use a friendly tone, at least one emoji and the word "sunshine".',
        [("format:use_emoji", {}), ("keywords:existence", {"keywords": ["sunshine"]})],
    ),
]
INCLUDE_LIST_NOTHING = ['Explain the phrase "break a leg", and the word "gig".']


LOCATED = [
    (
        "Explain Git branches in 2 parts. In part 2 show an example inside a code block.",
        [("format:code_block", {"num_blocks": 1, "relation": "at least"})],
    ),
    (
        'Write a speech. At the end, mention the word "gratitude".',
        [("keywords:existence", {"keywords": ["gratitude"]})],
    ),
    # a place in the response does not make an upper bound whole-response
    ("Write an essay. In the last paragraph use fewer than 3 sentences.", []),
]


MORE = [
    ("Describe a sunset in <60 words.", [(W, {"num_words": 60, "relation": "less than"})]),
    ("Describe a sunset (≥ 120 words).", [(W, {"num_words": 120, "relation": "at least"})]),
    ("Describe a sunset. Word limit: 90.", [(W, {"num_words": 91, "relation": "less than"})]),
    ('Describe a sunset. Your final sentence should be "Night falls."', [(E, {"end_phrase": "Night falls."})]),
    (
        "Describe a sunset. Avoid the words red, orange and glow.",
        [("keywords:forbidden_words", {"forbidden_words": ["red", "orange", "glow"]})],
    ),
]
MORE_NOTHING = [
    'Write a song. The last line of each verse should be "Oh my".',
    "Is 5 > 3 in Python?",
    "Avoid the words wisely.",
]


CASUAL = [
    (
        'Give me packing tips. also pls dont begin with "Sure"',
        [("startend:not_start_phrase", {"start_phrase": "Sure"})],
    ),
    ("Write a riddle. dont end with a question", [("content:not_end_with_question", {})]),
    ("Write a card. I dont want any markdown.", [("format:no_markdown", {})]),
    (
        "write a chat message. start every sentence with a verb and keep it to 2 sentences max",
        [("length_constraints:number_sentences", {"num_sentences": 3, "relation": "less than"})],
    ),
    (
        "Name 4 cafes. one line for every name, and no more than 40 words",
        [(W, {"num_words": 41, "relation": "less than"})],
    ),
]
CASUAL_NOTHING = [
    "Write a status update. No more than 2 exclamation marks.",  # a bound, not a prohibition (no type counts them)
    "Give me 3 slogans, each one under 8 words.",
    "Write an email: subject line under 60 characters.",
    "I dont like poems about the sea.",
]


NL = "format:numbered_list"
NUMBERED = [
    ("Give me a numbered list of at least 7 hiking tips.", [(NL, {"num_items": 7, "relation": "at least"})]),
    ("List no more than 4 risks as a numbered list.", [(NL, {"num_items": 5, "relation": "less than"})]),
    ("Write the steps in a numbered list.", [(NL, {"num_items": 1, "relation": "at least"})]),
]


LANGUAGE2 = [
    ("Tell me a joke in any language except English.", [("language:not_response_language", {"language": "en"})]),
    ("Write a short FAQ in Japanese about our returns policy.", [(L, {"language": "ja"})]),
    ("The landing page should be written in Italian.", [(L, {"language": "it"})]),
    ("Escríbelo en francés, por favor.", [(L, {"language": "fr"})]),
    ("Ein Gedicht über den Herbst. Bitte auf Deutsch.", [(L, {"language": "de"})]),
]
LANGUAGE2_NOTHING = [
    "Write a review of a novel in French that I loved.",
    "Read me a poem in Spanish? No, explain why poems in Spanish rhyme.",
]


@pytest.mark.parametrize("text", LANGUAGE2_NOTHING)
def test_language_near_miss_2(text):
    assert [f for f in found(text) if f[0].startswith("language")] == []


ENDS = [
    (
        'Write a bio. Never open a reply with "Hello there".',
        [("startend:not_start_phrase", {"start_phrase": "Hello there"})],
    ),
    (
        'write a note. and dont end with "Best wishes", i hate that',
        [("startend:not_end_checker", {"end_phrase": "Best wishes"})],
    ),
    (
        'Make sure it mentions the phrase "on time", has fewer than 90 words, and ends with "Thanks, Tom".',
        [
            ("keywords:required_phrase", {"phrase": "on time"}),
            (W, {"num_words": 90, "relation": "less than"}),
            (E, {"end_phrase": "Thanks, Tom"}),
        ],
    ),
    ("Write a memo. no P.S. please", [("detectable_content:no_postscript", {"postscript_marker": "P.S."})]),
    ("Write a memo. Wrap up with a P.S. at the end.", [(P, {"postscript_marker": "P.S."})]),
    ("Write a memo and add a brief line at the end starting with P.P.S", [(P, {"postscript_marker": "P.P.S"})]),
    ("Reword it. Don't put it in quotes.", [("startend:no_quotation", {})]),
    ("Give just the headline, without surrounding quotes.", [("startend:no_quotation", {})]),
    ("write a poem. no title. rhyme it", [("detectable_format:no_title", {})]),
    ("Write a post. Don't add a title at the top.", [("detectable_format:no_title", {})]),
    ("Ask me something. Make sure your answer ends with a question mark.", [("content:end_with_question", {})]),
]
ENDS_NOTHING = [
    "Write a film review with no title screen jokes.",
    "Do not use quotes from famous people.",
    "He never ends a letter with a P.S. at the end.",
]


COUNTS = [
    ("Write a limerick, 6 lines or fewer.", [("length:number_lines", {"num_lines": 7, "relation": "less than"})]),
    (
        "Answer in 3 paragraphs max.",
        [("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": "less than"})],
    ),
    ("What is the capital of Peru? One word only.", [(W, {"num_words": 2, "relation": "less than"})]),
    (
        "Summarise the plot. Keep it to two sentences.",
        [("length_constraints:number_sentences", {"num_sentences": 3, "relation": "less than"})],
    ),
    ("Write a fable in which every sentence is under 10 words.", [("length:max_words_per_sentence", {"max_words": 9})]),
    (
        "Décris la mer en moins de 4 phrases.",
        [("length_constraints:number_sentences", {"num_sentences": 4, "relation": "less than"})],
    ),
    (
        "The SMS must not exceed 140 characters.",
        [("length:number_characters", {"num_chars": 141, "relation": "less than"})],
    ),
]
COUNTS_NOTHING = [
    "Use only 2 words per line.",
    "Keep each verse to 4 lines.",
    "A story about a town in which every house is blue.",
]


FORMAT2 = [
    (
        "Write a guide. Use markdown headers, at least 4 of them.",
        [("format:markdown_headings", {"num_headings": 4, "relation": "at least"})],
    ),
    (
        "write a recipe. no headers, no emojis",
        [("format:markdown_headings", {"num_headings": 1, "relation": "less than"}), ("format:no_emoji", {})],
    ),
    (
        "Use all-caps words for the warnings but no more than 2 of them.",
        [("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": "less than"})],
    ),
    ("List 4 perks as bullet points.", [("detectable_format:number_bullet_lists", {"num_bullets": 4})]),
    (
        "Write a memo. Please don't use any bold text.",
        [("detectable_format:fewer_highlighted_sections", {"num_highlights": 1})],
    ),
    (
        "Highlight at least 2 key dates in bold.",
        [("detectable_format:number_highlighted_sections", {"num_highlights": 2})],
    ),
    ("Reply with only valid JSON, nothing else.", [("detectable_format:json_format", {})]),
    ("Escribe una carta sin comas.", [("punctuation:no_comma", {})]),
]
FORMAT2_NOTHING = [
    "Write in plain text: do not use any Markdown (no headings, lists, bold or italics).",
    "The coffee had no bold flavour.",
]


def test_a_markdown_aside_restates_no_markdown():
    assert found(FORMAT2_NOTHING[0]) == [("format:no_markdown", {})]
    assert found(FORMAT2_NOTHING[1]) == []


BATCH3 = [
    (
        "Give me names: one per line, no commas, no hashtags",
        [("punctuation:no_comma", {}), ("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"})],
    ),
    ("write a cheer. add at least one exclamation mark.", [("punctuation:use_exclamation", {})]),
    ("Draft a reply with the link https://example.org/help in it.", [("content:include_url", {})]),
    ("Describe the API in prose; nothing should be formatted as JSON.", [("detectable_format:not_json_format", {})]),
    ("list the chores. no numbering please", [("format:numbered_list", {"num_items": 1, "relation": "less than"})]),
    (
        "Write an essay. Include a sentence (more than 30 words) about rivers.",
        [("length:long_sentence", {"max_words": 30})],
    ),
    ("dont use the word 'very'.", [("keywords:forbidden_words", {"forbidden_words": ["very"]})]),
]
BATCH3_NOTHING = [
    "Generate labels. All labels must be lowercase.",
    "Write a function in a code block and explain it in at least 4 sentences.",
    "Reply with no numbers in the subject, please?",
]


def test_batch3_near_misses():
    assert found(BATCH3_NOTHING[0]) == []
    assert found(BATCH3_NOTHING[1]) == [("format:code_block", {"num_blocks": 1, "relation": "at least"})]
    assert found(BATCH3_NOTHING[2]) == []


REPEAT2 = [
    (
        "Start your reply by restating the question below verbatim, then answer it.\n\nQuestion: Why do cats purr?",
        [(R, {"prompt_to_repeat": "Why do cats purr?"})],
    ),
    (
        "First repeat my question exactly, then answer. My question: Is tea acidic? Keep it short.",
        [(R, {"prompt_to_repeat": "Is tea acidic?"})],
    ),
]


@pytest.mark.parametrize(("text", "want"), REPEAT2)
def test_repeat_prompt_family_2(text, want):
    assert [f for f in found(text) if f[0] == R] == want


def test_not_repeat_and_not_two_responses():
    text = "Answer directly. Don't repeat the question first.\n\nQuestion: How do tides work?"
    assert found(text) == [("combination:not_repeat_prompt", {"prompt_to_repeat": "How do tides work?"})]
    assert found("Write one slogan (never give two responses separated by asterisks).") == [
        ("combination:not_two_responses", {})
    ]
    # without the question set apart there is nothing to hold the kwarg
    assert found("Do not repeat the question.") == []


FOREIGN2 = [
    (
        'Escribe una nota que no pase de 60 palabras. Termina con la frase "Un saludo."',
        [(W, {"num_words": 61, "relation": "less than"}), (E, {"end_phrase": "Un saludo."})],
    ),
    (
        'Extract the names.\nOutput: a JSON object with keys "people" and "places".',
        [("format:json_keys", {"keys": ["people", "places"]}), ("detectable_format:json_format", {})],
    ),
]


@pytest.mark.parametrize(("text", "want"), FOREIGN2)
def test_foreign_and_label_family(text, want):
    assert sorted(found(text), key=str) == sorted(want, key=str)


SECTIONS = [
    (
        "Plan a trip. Use Day 1, Day 2 and so on for each part, 3 days total.",
        [("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 3})],
    ),
    (
        "Outline the talk: use PART 1, PART 2 etc, 3 parts in all.",
        [("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 3})],
    ),
    (
        'Structure: 5 sections, each starting with "SECTION N".',
        [("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 5})],
    ),
    ("Write it in 2 parts and use Part 1 for the intro.", []),
]


SCRIPTS_TYPOS = [
    (
        "Write a poem in Korean. Do not use any hangul; romanize it.",
        [(L, {"language": "ko"}), ("language:no_script", {"script": "hangul"})],
    ),
    ("Write a chant. Use only katakana.", [("language:use_script", {"script": "kana"})]),
    ("Teach me to count. Include the actual Greek letters.", [("language:use_script", {"script": "greek"})]),
    ("Keep it under 80 wrods.", [(W, {"num_words": 80, "relation": "less than"})]),
    (
        "Use at least 4 sentances.",
        [("length_constraints:number_sentences", {"num_sentences": 4, "relation": "at least"})],
    ),
    ("explain it. I dont want any markdown, no tables, no bold.", [("format:no_markdown", {})]),
]


def test_script_names_in_questions_give_nothing():
    assert found("I studied kanji for years. Why is kanji hard?") == []


def test_a_permission_is_no_requirement_but_a_permitted_cap_is():
    assert found('Write an ad. You can mention "fresh" and "local" if it fits.') == []
    assert found("Write a post. Feel free to use emojis. You may use up to 2 hashtags.") == [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": "less than"})
    ]


@pytest.mark.parametrize(
    "prompt",
    [
        'Write a poem. It would be great if you could include the word "lantern".',
        'Write a poem. I\'d appreciate it if you could include the word "lantern".',
        'Write a poem. It would be nice if you could include the word "lantern".',
    ],
)
def test_a_polite_request_is_no_permission(prompt):
    assert found(prompt) == [("keywords:existence", {"keywords": ["lantern"]})]


def test_shouted_keywords_are_lowercased():
    assert found('WRITE A SLOGAN. NEVER USE THE WORDS "CHEAP" OR "FREE".') == [
        ("keywords:forbidden_words", {"forbidden_words": ["cheap", "free"]})
    ]
    assert found('Write a slogan. Never use the words "NASA" or "cheap".') == [
        ("keywords:forbidden_words", {"forbidden_words": ["NASA", "cheap"]})
    ]


def _texts(text: str) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in rule_decompose([Message(role="user", content=text)])]


def test_uncounted_placeholders_span_their_examples():
    """A rewrite replaces the span: the examples must go with it, or the reversed prompt keeps
    asking for the placeholders it forbids."""
    text = "Write a memo. Use placeholders for the date and the room, e.g. [Date] and [Room]. Be brief."
    assert _texts(text) == [(PH, "Use placeholders for the date and the room, e.g. [Date] and [Room].")]


def test_the_request_for_a_second_one_is_a_statement_of_two_responses():
    from rpo_cli.stages.reverse import statements

    text = "Write a haiku about rain. Then write a second, sadder haiku. Separate the two with ******."
    found_texts = [text[s.start : s.end] for s in statements([Message(role="user", content=text)])]
    assert found_texts == ["Then write a second, sadder haiku.", "Separate the two with ******."]


def test_the_request_for_two_is_a_statement_when_the_next_sentence_separates_them():
    from rpo_cli.stages.reverse import statements

    text = "Give me two short versions of a tagline. Separate the two versions with six asterisks."
    found_texts = [text[s.start : s.end] for s in statements([Message(role="user", content=text)])]
    assert found_texts == ["Give me two short versions of a tagline.", "Separate the two versions with six asterisks."]
    assert found("Write two paragraphs about owls. Separate them with ******.") == []


CASE2 = [
    ("write a haiku. dont use any capital letters.", [("change_case:english_lowercase", {})]),
    ("write a cheer for my team. caps lock on pls", [("change_case:english_capital", {})]),
]
CASE2_NOTHING = ["Why is caps lock on my keyboard stuck?", "Don't use any capital letters except for names."]


# --- every family table: the exact (id, kwargs) list; every near miss: nothing -----------------------

EXACT = [
    case
    for table in (
        FAMILIES,
        CASE,
        TWO,
        HIGHLIGHTS,
        STARTEND,
        JSON_CASES,
        LANGUAGE,
        COMPOUNDS,
        SCOPED,
        INCLUDE_LIST,
        LOCATED,
        MORE,
        CASUAL,
        NUMBERED,
        LANGUAGE2,
        ENDS,
        COUNTS,
        FORMAT2,
        BATCH3,
        SECTIONS,
        SCRIPTS_TYPOS,
        CASE2,
    )
    for case in table
]
NEAR_MISSES = [
    text
    for table in (
        NOTHING,
        CASE_NOTHING,
        HIGHLIGHT_NOTHING,
        STARTEND_NOTHING,
        JSON_NOTHING,
        LANGUAGE_NOTHING,
        COMPOUND_NOTHING,
        INCLUDE_LIST_NOTHING,
        MORE_NOTHING,
        CASUAL_NOTHING,
        ENDS_NOTHING,
        COUNTS_NOTHING,
        CASE2_NOTHING,
    )
    for text in table
]


@pytest.mark.parametrize(("text", "want"), EXACT)
def test_phrase_family(text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_gives_nothing(text):
    assert found(text) == []


# --- floors on the independent sets (bench/eval_decompose.py; a little under what it measures) ---


def _bench():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("eval_decompose", root / "bench" / "eval_decompose.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, root


@pytest.mark.parametrize(
    ("name", "min_exact", "min_precision", "min_recall"),
    # measured 2026-12-01 (word ranges scored as the two counts the rules read): untouched (v1, tuned on)
    # 1.000 / 1.000 / 1.000; dev2 (tuned on) 0.943 / 0.997 / 0.982; untouched2 (the v2 held-out, measured
    # once after the code froze, never tuned on) 0.491 / 0.982 / 0.771. Second session (all tuned on but
    # untouched3): dev2 0.993 / 1.000 / 0.997; untouched2 0.982 / 1.000 / 0.993; dev3 0.938 / 1.000 /
    # 0.978; dev4 0.964 / 1.000 / 0.989; dev5 0.672 / 0.988 / 0.853 (tuned on for its last half hour);
    # untouched3 (the v3 held-out, measured once after the code froze) 0.685 / 0.984 / 0.859. Third session
    # (all tuned on but untouched4): dev3 0.976 / 1.000 / 0.992; dev4 0.986 / 1.000 / 0.997; dev5 0.950 / 0.990 /
    # 0.994; untouched3 0.964 / 0.995 / 0.988; dev6 0.967 / 0.994 / 0.994; dev7 0.783 / 0.996 / 0.920;
    # untouched4 (the v4 held-out, measured once after the code froze at 4c45c03) 0.467 / 0.966 / 0.792.
    # Fourth session (all tuned on but untouched5): dev7 0.822 / 0.996 / 0.936; untouched4 0.685 / 0.976 /
    # 0.892; untouched5 (the v5 held-out, measured once after the code froze at 5b64629) 0.491 / 0.963 / 0.809
    [("untouched", 0.95, 0.96, 0.97), ("dev2", 0.95, 0.98, 0.97), ("untouched2", 0.93, 0.98, 0.97),
     ("dev3", 0.95, 0.98, 0.97), ("dev4", 0.96, 0.98, 0.98), ("dev5", 0.92, 0.97, 0.97),
     ("untouched3", 0.93, 0.98, 0.97), ("dev6", 0.94, 0.98, 0.97), ("dev7", 0.80, 0.98, 0.92),
     ("untouched4", 0.66, 0.96, 0.87), ("untouched5", 0.47, 0.95, 0.79)],
)
def test_floors_on_independent_dev_sets(name, min_exact, min_precision, min_recall):
    b, root = _bench()
    rows = b.load_ifeval(root / "tests/data/untouched/heldout.jsonl") if name == "untouched" else b.load_folder(name)
    res = b.evaluate(rows)
    o = res["overall"]
    assert res["exact_set_rate"] >= min_exact and o["precision"] >= min_precision and o["recall"] >= min_recall, o


def test_a_constraint_stated_twice_may_list_every_statement(tmp_path):
    """``expected`` as a list: a predicted span that overlaps any statement is right."""
    import json

    b, _ = _bench()
    row = {"key": 1, "prompt": "No commas. Write a poem. Remember: no commas at all.",
           "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}],
           "expected": [["Remember: no commas at all.", "No commas."]]}  # fmt: skip
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(row) + "\n")
    (g,) = b.load_ifeval(path)[0]["gold"]
    assert g["spans"] == [(25, 52), (0, 10)] and (g["start"], g["end"]) == (25, 52)
    res = b.evaluate(b.load_ifeval(path))
    assert res["exact_set_rate"] == 1.0 and res["overall"]["span_accuracy"] == 1.0


def test_two_languages_for_parts_give_no_response_language():
    assert found("Write the intro in English and the rest in Spanish.") == []
    assert found("Write a poem in English and translate it in Spanish.") == []


def test_a_placeholder_image_is_no_placeholder():
    assert found("I need a placeholder image for my website, like [logo]. Where can I find one?") == []


def test_a_compound_count_on_a_topic_is_no_constraint():
    assert found("Write about the sub-100-word story contest.") == []
    assert found("Write a post about a sub-100-word story contest.") == []


def test_character_caps_and_bare_script_negations():
    assert found("Write a tweet. 280 characters max.") == [
        ("length:number_characters", {"num_chars": 281, "relation": "less than"})
    ]
    assert found("Write a haiku in Japanese, with no kanji.") == [
        (L, {"language": "ja"}),
        ("language:no_script", {"script": "han"}),
    ]


KEYWORDS3 = [
    (
        "Write a toast. The word 'cheers' may only appear twice at most.",
        [("keywords:frequency", {"keyword": "cheers", "frequency": 3, "relation": "less than"})],
    ),
    (
        "Write a tweet. Use at least one of the words apple, pear or plum.",
        [("keywords:include_any", {"forbidden_words": ["apple", "pear", "plum"]})],
    ),
    ("Retell the myth. Do not mention Zeus by name.", [("keywords:forbidden_words", {"forbidden_words": ["Zeus"]})]),
    (
        "Words you could use: 'bold', 'bright' and 'new', but don't use all three of them.",
        [("keywords:omit_some", {"keywords": ["bold", "bright", "new"]})],
    ),
]


@pytest.mark.parametrize(("text", "want"), KEYWORDS3)
def test_keyword_family_3(text, want):
    assert found(text) == want


def test_do_not_mention_it_is_no_keyword():
    assert found("Don't mention it.") == []


def test_forbidden_examples_of_a_class_of_words():
    assert found("Explain DNS. Avoid jargon words like 'resolver' or 'TTL'.") == [
        ("keywords:forbidden_words", {"forbidden_words": ["resolver", "TTL"]})
    ]


def test_couple_of_emojis_foreign_bullets_and_atleast_one_of():
    assert found(
        "Write a caption. Use at least 2 hashtags and a couple emojis, and use atleast one of the words cozy or warm."
    ) == [
        ("content:number_hashtags", {"num_hashtags": 2, "relation": "at least"}),
        ("format:number_emojis", {"num_emojis": 2, "relation": "at least"}),
        ("keywords:include_any", {"forbidden_words": ["cozy", "warm"]}),
    ]
    assert found("Décris Lyon sans utiliser de listes à puces.") == [
        ("format:bullet_points", {"num_bullets": 1, "relation": "less than"})
    ]
    assert found("I saw a couple emojis in your last reply and I liked them.") == []


def test_one_section_is_read_in_the_singular_only_for_one():
    # a reversed fewer_sections (num 1) reads "must have 1 section"
    assert found(
        "Write a note. Your response must have 1 section. Mark the beginning of each section with SECTION X."
    ) == [("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 1})]
    assert found("Write a memo. It has to have 1 section. Mark the beginning of each section with Part X.") == [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 1})
    ]
    assert found("Write a note in 3 section. Mark each section with SECTION X.") == []
