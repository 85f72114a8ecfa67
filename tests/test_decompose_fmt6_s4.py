"""Format-like families, session 4 (fmt6): end phrases named by their kind, foreign end phrases with an
adverb or a colon, question endings in other languages and their absence, postscripts as a place,
postscript labels before a directive. Variants written here, not the dev sentences, and near misses
that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

END, NEND, START = "startend:end_checker", "startend:not_end_checker", "startend:start_phrase"
EQ, NQ = "content:end_with_question", "content:not_end_with_question"
PS = "detectable_content:postscript"


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


def ids(text: str) -> list[str]:
    return [t for t, _ in got(text)]


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("Keep it warm and end on the exact line 'See you at the lake.'", END, {"end_phrase": "See you at the lake."}),
        ('Wrap up with the sentence "That is all for tonight."', END, {"end_phrase": "That is all for tonight."}),
        ('Close with exactly: "Cheers, Dana"', END, {"end_phrase": "Cheers, Dana"}),
        ('Finish on this line: "We rebuild on Monday."', END, {"end_phrase": "We rebuild on Monday."}),
        ('Every newsletter should end with the line "Stay curious."', END, {"end_phrase": "Stay curious."}),
        ("the toast must always close on the words 'To the couple!'", END, {"end_phrase": "To the couple!"}),
        ('Open with the line "Good evening, Pueblo."', START, {"start_phrase": "Good evening, Pueblo."}),
        ("Don't end on the line 'Goodbye.'", NEND, {"end_phrase": "Goodbye."}),
        ("Sentence-case headline, and sign off with — The Night Desk", END, {"end_phrase": "— The Night Desk"}),
        ("Termina siempre con la frase «Hasta mañana».", END, {"end_phrase": "Hasta mañana"}),
        ("Y termina exactamente con la frase: Así acaba el día.", END, {"end_phrase": "Así acaba el día."}),
        ('Concludi esattamente con la frase "A presto, Lecce"', END, {"end_phrase": "A presto, Lecce"}),
    ],
)
def test_end_phrase_of_a_kind(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Each stanza ends with the line 'Goodnight.'",
        "End every paragraph with the sentence 'Next.'",
        "End the second one with the line 'ok'",
        "My last draft ended with the line 'Thanks all' and people hated it, so write a new one.",
        'Close on the line "Rest, the Larkspur family". No wait, that has a comma.',
        "No termines con la frase: hasta luego.",
    ],
)
def test_end_phrase_near_misses(text: str) -> None:
    assert END not in ids(text) and START not in ids(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Chiudi con una domanda rivolta ai lettori.", EQ),
        ("Cierra siempre con una pregunta para el lector.", EQ),
        ("Finisci con una domanda.", EQ),
        ("짧게 써 주세요. 마지막 문장은 질문으로 끝나야 합니다.", EQ),
        ("请以一个问题结尾。", EQ),
        ("Rules:\n- never ask follow-up questions at the end\n- be brief", NQ),
        ("Keep it short, no follow-up question at the end.", NQ),
        ("Do not add any closing questions at the end.", NQ),
        ("don't tack on a question at the end", NQ),
    ],
)
def test_question_endings_more(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Non chiudere con una domanda.",
        "Ask questions at the end of each chapter.",
        "Answer the question at the end of my message.",
    ],
)
def test_question_endings_more_near_misses(text: str) -> None:
    assert EQ not in ids(text) and NQ not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: numbered steps; put any safety notes in a P.S. at the end; no jargon.",
        "Save the discount code for a P.S.",
        "tuck the parking info into a short postscript",
    ],
)
def test_postscript_as_a_place(text: str) -> None:
    assert PS in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "She put her notes in a P.S. last time.",
        "Don't put anything in a postscript.",
    ],
)
def test_postscript_as_a_place_near_misses(text: str) -> None:
    assert PS not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        'Write the install section.\n\nP.S. avoid the words "easy" and "just" please.',
        'Short bio please. PS: never use the word "passionate".',
        'P.P.S. avoid the word "synergy".',
    ],
)
def test_postscript_label_before_a_ban(text: str) -> None:
    assert "keywords:forbidden_words" in ids(text)


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        (
            "A sonnet, please, and keep 'moon' out of it entirely.",
            "keywords:forbidden_words",
            {"forbidden_words": ["moon"]},
        ),
        (
            'Leave the word "synergy" out of the whole memo.',
            "keywords:forbidden_words",
            {"forbidden_words": ["synergy"]},
        ),
        ('keep "game changer" out of the post', "keywords:forbidden_phrase", {"phrase": "game changer"}),
        ("WORK IN THE LINE 'WE ARE SO BACK'.", "keywords:required_phrase", {"phrase": "WE ARE SO BACK"}),
        (
            'Drop in the tagline "Sleep like you mean it".',
            "keywords:required_phrase",
            {"phrase": "Sleep like you mean it"},
        ),
        ("He wants the phrase 'built to last' in there.", "keywords:required_phrase", {"phrase": "built to last"}),
        (
            'I\'d like "fresh from the farm" in it somewhere.',
            "keywords:required_phrase",
            {"phrase": "fresh from the farm"},
        ),
        (
            "Use at least one of these: 'cozy', 'warm', 'snug'.",
            "keywords:include_any",
            {"forbidden_words": ["cozy", "warm", "snug"]},
        ),
        (
            'At least one title should include "fog" or "mist".',
            "keywords:include_any",
            {"forbidden_words": ["fog", "mist"]},
        ),
        ("Mention the discount code FALL25 and keep it short.", "keywords:existence", {"keywords": ["FALL25"]}),
        ("Include the wifi password: HARBOR-77.", "keywords:existence", {"keywords": ["HARBOR-77"]}),
    ],
)
def test_keywords_more_phrasings(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep 'Acme' out of the headline.",
        "Include the line 'Go team' at the end.",
        'Each line should use "a" or "b".',
        "Don't mention the promo code SLEEPY20.",
        "Mention the promo code SAVE10 twice.",
        "Mention the code of conduct.",
    ],
)
def test_keywords_more_near_misses(text: str) -> None:
    got_ids = ids(text)
    assert not any(
        t in got_ids
        for t in ("keywords:existence", "keywords:required_phrase", "keywords:include_any", "keywords:forbidden_words")
    )


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        (
            "Need 10+ slogan ideas for a food truck, as a numbered list.",
            "format:numbered_list",
            {"num_items": 10, "relation": "at least"},
        ),
        (
            "Give me at least 8 barks for the innkeeper, as a numbered list.",
            "format:numbered_list",
            {"num_items": 8, "relation": "at least"},
        ),
        (
            "Skip headings, just a numbered list of agenda items with owners, at least 5 items.",
            "format:numbered_list",
            {"num_items": 5, "relation": "at least"},
        ),
        ("A numbered list of fixes, 4 items max.", "format:numbered_list", {"num_items": 5, "relation": "less than"}),
        (
            "Use markdown headings, at least four of them (Intro, Risks, Plan, Owners).",
            "format:markdown_headings",
            {"num_headings": 4, "relation": "at least"},
        ),
        (
            "Add placeholders in square brackets for details I'll fill, like [date] and [venue], at least 4 of them.",
            "detectable_content:number_placeholders",
            {"num_placeholders": 4},
        ),
        ("Always answer in markdown.", "format:use_markdown", {}),
        ("Respond only in Markdown format.", "format:use_markdown", {}),
        ("status update. 5 lines max. plain text. thanks", "format:no_markdown", {}),
        ("A single emoji tops.", "format:number_emojis", {"num_emojis": 2, "relation": "less than"}),
        ("one hashtag max", "content:number_hashtags", {"num_hashtags": 2, "relation": "less than"}),
        ("Include a CTA and at least one link to the signup page.", "content:include_url", {}),
        ("Instead of bullets, mark each one with a ~ symbol.", "format:list", {"sep": "~"}),
        ("Ten band names separated by the token <NEXT> instead of bullet points.", "format:list", {"sep": "<NEXT>"}),
        ("Reply with only approve, reject or escalate.", "format:options", {"options": "approve/reject/escalate"}),
        ("Answer with just yes, no, or maybe.", "format:options", {"options": "yes/no/maybe"}),
    ],
)
def test_format_more_phrasings(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Keep each one under 8 words, as a numbered list.", "format:numbered_list"),
        ("Write 3 paragraphs about cats.", "format:numbered_list"),
        ("Explain how to write in markdown.", "format:use_markdown"),
        ("Plain text is fine, but bold the key term.", "format:no_markdown"),
        ("Never more than a single emoji, tops, per line.", "format:number_emojis"),
        ("List the names separated by commas.", "format:list"),
        ("Three paragraphs separated by ***.", "format:list"),
        ("Don't include a link to the signup page.", "content:include_url"),
    ],
)
def test_format_more_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        (
            "Write a cold open. Break it into ACT 1, ACT 2 and ACT 3.",
            "detectable_format:multiple_sections",
            {"section_spliter": "ACT", "num_sections": 3},
        ),
        (
            "Split the plan into Week 1 through Week 4.",
            "detectable_format:multiple_sections",
            {"section_spliter": "Week", "num_sections": 4},
        ),
        (
            "Schreib eine Glosse und setz einen Titel in doppelte spitze Klammern, also so: <<Titel>>.",
            "detectable_format:title",
            {},
        ),
        ("Mets un titre entre doubles chevrons.", "detectable_format:title", {}),
        ('Return JSON like this: {"name": "...", "tags": [...]}.', "format:json_keys", {"keys": ["name", "tags"]}),
        ('give it back as json: {"rate": ..., "notes": {"a": 1}}', "format:json_keys", {"keys": ["rate", "notes"]}),
        (
            "and keep his line We never closed a single day verbatim.",
            "keywords:required_phrase",
            {"phrase": "We never closed a single day"},
        ),
        (
            "Keep it short and mention our host as Prof. Adeyemi.",
            "keywords:required_phrase",
            {"phrase": "Prof. Adeyemi"},
        ),
        ("Refer to him as Chef Rossi throughout.", "keywords:required_phrase", {"phrase": "Chef Rossi"}),
    ],
)
def test_sections_titles_templates_literals(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Break it into Day 1, Day 2, etc.", "detectable_format:multiple_sections"),
        ("Write it in 3 steps: Step 1, Step 2 and Step 3.", "detectable_format:multiple_sections"),
        ('The API returns json: {"a": 1}. Summarise it.', "format:json_keys"),
        ("Don't call her Dr. Smith.", "keywords:required_phrase"),
        ("Mention our guest as a doctor.", "keywords:required_phrase"),
    ],
)
def test_sections_titles_templates_literals_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("Cevabı söyleme, soruyla bitir.", EQ, {}),
        ("最后用一个问句结尾。", EQ, {}),
        ("अंत में एक सवाल के साथ खत्म करें।", EQ, {}),
        (
            "Divide la respuesta en 3 secciones marcadas como FASE 1, FASE 2 y FASE 3.",
            "detectable_format:multiple_sections",
            {"section_spliter": "FASE", "num_sections": 3},
        ),
        (
            "Teile den Text in Abschnitte: TEIL 1, TEIL 2 und TEIL 3.",
            "detectable_format:multiple_sections",
            {"section_spliter": "TEIL", "num_sections": 3},
        ),
        (
            "include one or more of these: ubiquitous, ephemeral, laconic",
            "keywords:include_any",
            {"forbidden_words": ["ubiquitous", "ephemeral", "laconic"]},
        ),
        (
            "Use at least one of the following words: cozy, warm or snug.",
            "keywords:include_any",
            {"forbidden_words": ["cozy", "warm", "snug"]},
        ),
    ],
)
def test_more_languages_and_lists(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("不要以问题结尾。", EQ),
        ("Don't split it into Part 1 and Part 2.", "detectable_format:multiple_sections"),
        ("Use one of these: the summary or the list.", "keywords:include_any"),
    ],
)
def test_more_languages_and_lists_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "tid", "kw"),
    [
        ("End it on this exact line: 'See you Sunday.'", END, {"end_phrase": "See you Sunday."}),
        ("Termine avec exactement la phrase : À demain.", END, {"end_phrase": "À demain."}),
        ("make sure the promo code SPRING24 appears", "keywords:existence", {"keywords": ["SPRING24"]}),
        ("Leave 'moist' out of it.", "keywords:forbidden_words", {"forbidden_words": ["moist"]}),
        ("Get 'farm fresh' in there somewhere.", "keywords:required_phrase", {"phrase": "farm fresh"}),
    ],
)
def test_more_variants(text: str, tid: str, kw: dict) -> None:
    assert (tid, kw) in got(text)


def test_a_described_draft_ending_is_no_rule() -> None:
    assert END not in ids("My draft ends with the sentence 'Thanks all.' Can you make it warmer?")


@pytest.mark.parametrize(
    "text",
    [
        'Close with exactly: "ANSWER:" followed by the number.',
        'End on the line "Total:" and then the sum in euros.',
        'Finish with the phrase "Result =", then the value.',
    ],
)
def test_an_end_phrase_followed_by_more_text_is_not_the_end(text: str) -> None:
    """Merge of fmt and fmt6: the named-kind end phrases share the "followed by" guard."""
    assert END not in ids(text)
