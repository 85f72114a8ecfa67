"""Format, content, keyword and start/end families, session 4: variants written here (not the dev
sentences, in other words and other languages) and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [i for i, _ in got(text)]


# --- a list of requirements after a modal head ("Every reply must:") --------------------------


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        (
            "Every message you post must:\n- use at least one emoji\n- end with a question for the team\n- stay short",
            "content:end_with_question",
        ),
        (
            "Each reply should:\n- open with a greeting\n- close with a question to the reader",
            "content:end_with_question",
        ),
        (
            "Make sure it:\n- has a title in <<double angular brackets>>\n- end with a question",
            "content:end_with_question",
        ),
        ("Your answer has to:\n* stay under 50 words\n* finish with a question", "content:end_with_question"),
    ],
)
def test_modal_list_head(text: str, tid: str) -> None:
    assert tid in ids(text)


# --- quotation marks around the whole answer ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("No quotation marks around your answer, and no explanation.", "startend:no_quotation"),
        ("Reply with the slogan only, no quotes around the whole thing.", "startend:no_quotation"),
        ("Give the command without any quote marks around the output.", "startend:no_quotation"),
        ("Give me a motto, under three sentences, wrapped in double quotation marks.", "startend:quotation"),
        ("Write a haiku in 3 lines, enclosed in quotation marks.", "startend:quotation"),
    ],
)
def test_quotation(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write a story about a kid who writes with no quotes around his name.",
        "Use quotes around the names, but put the title in bold.",
        "Write a title, wrapped in double quotes.",
        "Give it to me with no quotes around it.",
    ],
)
def test_quotation_near_misses(text: str) -> None:
    assert not {"startend:no_quotation", "startend:quotation"} & set(ids(text))


# --- start and end phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'It would be nice if it started with "Hi Sam," and ended with the sign-off "Cheers, Jo".',
            [
                ("startend:start_phrase", {"start_phrase": "Hi Sam,"}),
                ("startend:end_checker", {"end_phrase": "Cheers, Jo"}),
            ],
        ),
        (
            'I\'d love it if the email opened with "Dear Dr. Lee," and closed with "Kind regards".',
            [
                ("startend:start_phrase", {"start_phrase": "Dear Dr. Lee,"}),
                ("startend:end_checker", {"end_phrase": "Kind regards"}),
            ],
        ),
        ("Please make it end with « À bientôt ! » exactly.", [("startend:end_checker", {"end_phrase": "À bientôt !"})]),
        ("Finish with „Bis bald.“", [("startend:end_checker", {"end_phrase": "Bis bald."})]),
    ],
)
def test_start_end(text: str, want: list) -> None:
    g = got(text)
    for w in want:
        assert w in g, g


@pytest.mark.parametrize(
    "text",
    [
        'Finish with "ANSWER:" followed by the number.',
        'End with "Total:" and then the sum.',
        'My last letter started with "Hi" and ended with "Bye". Write a new one.',
    ],
)
def test_end_near_misses(text: str) -> None:
    assert "startend:end_checker" not in ids(text)


def test_trailing_max_closes_its_sentence() -> None:
    text = "Keep every line to 10 words max. Give it a title wrapped in <<double angular brackets>>."
    assert "detectable_format:title" in ids(text)
    assert ids("Answer in max. 20 words.") == ["length_constraints:number_words"]


# --- keywords: unquoted names, acronyms, "in there", "not even", "by name" --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Make sure it mentions Rust and Kafka.", ("keywords:existence", {"keywords": ["Rust", "Kafka"]})),
        (
            "It should include Figma, Miro and Notion.",
            ("keywords:existence", {"keywords": ["Figma", "Miro", "Notion"]}),
        ),
        ("make sure photosynthesis is in there", ("keywords:existence", {"keywords": ["photosynthesis"]})),
        ("Please make sure chlorophyll gets mentioned.", ("keywords:existence", {"keywords": ["chlorophyll"]})),
        ("Don't use the acronym KPI.", ("keywords:forbidden_words", {"forbidden_words": ["KPI"]})),
        ("Never use the abbreviation ETA.", ("keywords:forbidden_words", {"forbidden_words": ["ETA"]})),
        (
            "Do not use the names Anna, Ben or Cleo.",
            ("keywords:forbidden_words", {"forbidden_words": ["Anna", "Ben", "Cleo"]}),
        ),
        (
            "whats a good intro to containers. keep it short, dont bring up docker",
            ("keywords:forbidden_words", {"forbidden_words": ["docker"]}),
        ),
        (
            "Use one or more of these: brisk, amber, hollow.",
            ("keywords:include_any", {"forbidden_words": ["brisk", "amber", "hollow"]}),
        ),
        (
            'Keep it short and work the phrase "fresh out of the oven" in there.',
            ("keywords:required_phrase", {"phrase": "fresh out of the oven"}),
        ),
        (
            'It must include the sentence "Results may vary." word for word.',
            ("keywords:required_phrase", {"phrase": "Results may vary."}),
        ),
        (
            "Rules:\n- mentions the Citizens Advice Bureau by name (legal asks)",
            ("keywords:required_phrase", {"phrase": "Citizens Advice Bureau"}),
        ),
        ("Mention lanterns somewhere, it's the theme.", ("keywords:existence", {"keywords": ["lanterns"]})),
        (
            "No jargon at all, not even 'synergy' or 'leverage'.",
            ("keywords:forbidden_words", {"forbidden_words": ["synergy", "leverage"]}),
        ),
        (
            'Make sure the card does NOT say "over the hill".',
            ("keywords:forbidden_phrase", {"phrase": "over the hill"}),
        ),
    ],
)
def test_keywords(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Make sure you are in there early.",
        "Make sure everything is in there.",
        "Make sure it mentions the weather.",
        "Don't mention it to anyone, but write me a birthday poem.",
        "The twins are not even 'identical'. Write a story about them.",
        'I put the phrase "carpe diem" in there last time. Write something new.',
    ],
)
def test_keywords_near_misses(text: str) -> None:
    assert not [i for i in ids(text) if i.startswith("keywords:")], got(text)


# --- counts of numbered lists, placeholders, bullets, headings -----------------------------------

NL, PH, NBL, HD = (
    "format:numbered_list",
    "detectable_content:number_placeholders",
    "detectable_format:number_bullet_lists",
    "format:markdown_headings",
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Use a numbered list for the fixes, at least 3 items.", (NL, {"num_items": 3, "relation": "at least"})),
        ("NAME AT LEAST 6 RISKS IN A LEASE AS A NUMBERED LIST.", (NL, {"num_items": 6, "relation": "at least"})),
        ("Give me at least 4 practice sentences in a numbered list.", (NL, {"num_items": 4, "relation": "at least"})),
        (
            "A numbered list of at least 7 catchy podcast episode names, please.",
            (NL, {"num_items": 7, "relation": "at least"}),
        ),
        ("Add at least two [square bracket] placeholders for the dates.", (PH, {"num_placeholders": 2})),
        (
            "Leave the names in square brackets, like [client]; there should be at least 4 of those.",
            (PH, {"num_placeholders": 4}),
        ),
        ("Use placeholders like [date] and [venue]; give me 6 or more of those.", (PH, {"num_placeholders": 6})),
        ("Format: bullet points only (asterisks), exactly 4 of them.", (NBL, {"num_bullets": 4})),
        ('Write each tip on its own line starting with "* " (exactly three bullets).', (NBL, {"num_bullets": 3})),
        ("One ## heading per step, at least 6 steps.", (HD, {"num_headings": 6, "relation": "at least"})),
        ("I want 4 tips, each under its own markdown heading.", (HD, {"num_headings": 4, "relation": "at least"})),
        ("Describe 3 castles. Give each castle its own heading.", (HD, {"num_headings": 3, "relation": "at least"})),
    ],
)
def test_counts(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Summarize each chapter (3 bullets).", NBL),
        ("Write 3 poems and 2 poems more. Give each poem its own heading.", HD),
        ("Write up to 5 tips. Give each tip its own heading.", HD),
        ("Don't put anything in square brackets; at least 3 of those.", PH),
    ],
)
def test_count_near_misses(text: str, absent: str) -> None:
    assert [k for i, k in got(text) if i == absent and k.get("num_headings", k.get("num_bullets", 0)) != 1] == [], got(
        text
    )


# --- statements the grammar left as descriptions, lists under other heads, softeners -----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Needs:\n- 4 hashtags or more\n- put it in a code block so I can paste it",
            ("format:code_block", {"num_blocks": 1, "relation": "at least"}),
        ),
        (
            "Quick one, just reply with one of yes/no/maybe and nothing else.",
            ("format:options", {"options": "yes/no/maybe"}),
        ),
        (
            "Whenever you give a command, put it in a code block.",
            ("format:code_block", {"num_blocks": 1, "relation": "at least"}),
        ),
        (
            "rules: max 2 hashtags, at least one emoji.",
            ("content:number_hashtags", {"num_hashtags": 3, "relation": "less than"}),
        ),
        ("rules: max 2 hashtags, at least one emoji.", ("format:use_emoji", {})),
        (
            "Give me a bash script. Commands in a fenced code block please.",
            ("format:code_block", {"num_blocks": 1, "relation": "at least"}),
        ),
        (
            "I want the dates to pop, so please mark at least three of them with asterisks like *this*.",
            ("detectable_format:number_highlighted_sections", {"num_highlights": 3}),
        ),
        (
            "Under each heading use - bullets, and give every bullet at least one nested sub-bullet.",
            ("format:sub-bullets", {}),
        ),
        ("for the examples use * bullets and give every bullet at least one - sub-bullet.", ("format:sub-bullets", {})),
    ],
)
def test_statements(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("If you give a formula, put it in a code block.", "format:code_block"),
        ("I like cats, so please write about them.", "keywords:existence"),
        ("Use 3 hashtags at most, please.", "format:use_emoji"),
        ("Here's what I have:\n- put it in a code block\n- tidy", "nothing"),
    ],
)
def test_statement_near_misses(text: str, absent: str) -> None:
    assert absent not in ids(text)


# --- other languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fais un plan avec au moins 4 titres Markdown.", (HD, {"num_headings": 4, "relation": "at least"})),
        ("Escribe un resumen con al menos 2 títulos en Markdown.", (HD, {"num_headings": 2, "relation": "at least"})),
        ("Ajoutez un lien vers la documentation officielle.", ("content:include_url", {})),
        ("Incluye al menos un enlace a una fuente.", ("content:include_url", {})),
        ("至少用两个表情符号。", ("format:number_emojis", {"num_emojis": 2, "relation": "at least"})),
        ("最多3个话题标签。", ("content:number_hashtags", {"num_hashtags": 4, "relation": "less than"})),
        ("请不要放任何网址。", ("content:no_urls", {})),
        ("结尾以一个问题结束。", ("content:end_with_question", {})),
        ("कम से कम 2 हैशटैग लगाना।", ("content:number_hashtags", {"num_hashtags": 2, "relation": "at least"})),
        ("संदेश लिखो और अंत में P.S. जोड़ना।", ("detectable_content:postscript", {"postscript_marker": "P.S."})),
        ("Kısa bir şiir yaz ve bir soru ile bitir.", ("content:end_with_question", {})),
        (
            "Divide el plan en 3 secciones marcadas como DÍA 1, DÍA 2 y DÍA 3.",
            ("detectable_format:multiple_sections", {"section_spliter": "DÍA", "num_sections": 3}),
        ),
        (
            "Teile den Text in 2 Abschnitte, markiert als TEIL 1 und TEIL 2.",
            ("detectable_format:multiple_sections", {"section_spliter": "TEIL", "num_sections": 2}),
        ),
    ],
)
def test_other_languages(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    "text",
    ["Soruyla bitirme.", "Ne mets pas de lien.", "Mon livre a 3 titres.", "他问了一个问题。"],
)
def test_other_language_near_misses(text: str) -> None:
    assert not {"content:end_with_question", "content:include_url", HD} & set(ids(text)), got(text)


# --- options, repeating the request, postscripts with a quoted marker ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Answer with one of the following and nothing else: keep, sell or hold.",
            ("format:options", {"options": "keep/sell/hold"}),
        ),
        (
            "Reply with one of these and nothing more: ship it/hold off/needs review",
            ("format:options", {"options": "ship it/hold off/needs review"}),
        ),
        (
            "First say my question back to me word for word, then answer it. My question: Why do cats purr at night?",
            ("combination:repeat_prompt", {"prompt_to_repeat": "Why do cats purr at night?"}),
        ),
        (
            "Name 3 board games for kids. Dont repat my request back to me.",
            ("combination:not_repeat_prompt", {"prompt_to_repeat": "Name 3 board games for kids."}),
        ),
        (
            'Then add a quick note for the parents that starts with "P.S." about pickup times.',
            ("detectable_content:postscript", {"postscript_marker": "P.S."}),
        ),
        (
            'After the signature, add a note beginning "Note:" with the room number.',
            ("detectable_content:postscript", {"postscript_marker": "Note:"}),
        ),
    ],
)
def test_options_repeat_postscript(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Say my question is silly, then answer it. My question: why is the sky blue?",
        'Add a note starting with "Hi".',
        'Don\'t add a note beginning "NB:".',
    ],
)
def test_options_repeat_postscript_near_misses(text: str) -> None:
    assert not {"combination:repeat_prompt", "detectable_content:postscript"} & set(ids(text)), got(text)


# --- counts in asides, question endings by asking, a named keyword counted ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Add a few hashtags (4 minimum).", ("content:number_hashtags", {"num_hashtags": 4, "relation": "at least"})),
        ("Use some emojis (2 max).", ("format:number_emojis", {"num_emojis": 3, "relation": "less than"})),
        (
            "Put each tip in *italics* (so at least 3 highlighted bits).",
            ("detectable_format:number_highlighted_sections", {"num_highlights": 3}),
        ),
        ("Close every message by asking, as a question, how their day went.", ("content:end_with_question", {})),
        (
            "Use the shop name, Bloomly, at least 3 times.",
            ("keywords:frequency", {"keyword": "Bloomly", "frequency": 3, "relation": "at least"}),
        ),
        (
            "Please mention our name, Tidewell, a few times - at least twice.",
            ("keywords:frequency", {"keyword": "Tidewell", "frequency": 2, "relation": "at least"}),
        ),
    ],
)
def test_asides_and_named_counts(text: str, want: tuple) -> None:
    assert want in got(text), got(text)


@pytest.mark.parametrize(
    "text",
    [
        "She closed her reply by asking whether I was fine. Write a poem about it.",
        "Mention our name, Pawlish, at least 3 paragraphs in.",
        "Don't add any hashtags (3 minimum was the old rule).",
    ],
)
def test_asides_near_misses(text: str) -> None:
    bad = {"content:end_with_question", "keywords:frequency", "content:number_hashtags"}
    assert not [i for i, k in got(text) if i in bad and k.get("relation", "at least") == "at least"], got(text)
