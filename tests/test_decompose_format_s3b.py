"""Format-like families, second pass of session 3: question endings, links, terse bans in other
languages, placeholders, <<titles>>, emojis, highlights. Variants written here (not the dev
sentences) and near misses that must give nothing."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose

EQ, NQ = "content:end_with_question", "content:not_end_with_question"
NU, IU = "content:no_urls", "content:include_url"
H = "format:markdown_headings"


def ids(text: str) -> list[str]:
    return [c.id for c in rule_decompose([Message(role="user", content=text)])]


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Keep it warm, and please don't finish on a question.", NQ),
        ("Do not close the email on a question.", NQ),
        ("Never wrap up a reply with a question.", NQ),
        ("Close by asking them what they'd like to try next.", EQ),
        ("Please finish by asking the student whether it made sense.", EQ),
        ("Your last line must be a question.", EQ),
        ("The closing sentence should not be a question.", NQ),
        ("Termina con una pregunta.", EQ),
        ("Beende es mit einer Frage.", EQ),
    ],
)
def test_question_endings(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write about a debate that would end on a question nobody could answer.",
        "She ended by asking me about the weather, so reply to her.",
        "The last line must be a question mark.",
        "Is the final sentence a question?",
    ],
)
def test_question_endings_near_misses(text: str) -> None:
    got = ids(text)
    assert EQ not in got and NQ not in got


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Explain it simply. Omit any URLs.", NU),
        ("Short answer, skip the links.", NU),
        ("Règles :\n- Aucun lien.\n- Sois bref.", NU),
        ("Sé breve, sin enlaces.", NU),
        ("Give five tips, plus a link to a good tutorial.", IU),
        ("Summarise the paper and link to the original PDF.", IU),
        ("Requirements: include at least 1 link to the docs.", IU),
    ],
)
def test_links(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't leave out the links.",
        "Describe a city with no links between its islands.",
        "I clicked a link to one site and it crashed, what happened?",
        "Explain what a link to a page is.",
    ],
)
def test_links_near_misses(text: str) -> None:
    got = ids(text)
    assert NU not in got and IU not in got


@pytest.mark.parametrize(
    "text", ["Nada de emojis por favor.", "Kurz halten. Keine Emojis bitte.", "Niente emoji per favore."]
)
def test_terse_emoji_ban_with_please(text: str) -> None:
    assert "format:no_emoji" in ids(text)


NB = "detectable_format:number_bullet_lists"
NP, FP = "detectable_content:number_placeholders", "detectable_content:fewer_placeholders"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letter template. Square-bracket placeholders for the tenant's name, the unit and the date.", (NP, 3)),
        ("Use square bracket placeholders for the sender and the recipient.", (NP, 2)),
        ("Close the note with [Team Lead] as a placeholder.", (NP, 1)),
        ("Keep [Start Date] and [Salary] as placeholders.", (NP, 2)),
        ("Never use bracket placeholders, it goes straight to print.", (FP, 1)),
        ("Fill it all in and don't put any [bracketed] placeholders in it.", (FP, 1)),
    ],
)
def test_placeholders(text: str, expected: tuple[str, int]) -> None:
    got = [(c.id, c.kwargs.get("num_placeholders")) for c in rule_decompose([Message(role="user", content=text)])]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "The old form had square-bracket placeholders for the name and the date; clean it up.",
        "Why do people use square-bracket placeholders for names and dates?",
        "Use square-bracket placeholders for names or dates.",
        "Don't use placeholders.",  # no brackets, no "any": left to the LLM pass
    ],
)
def test_placeholders_near_misses(text: str) -> None:
    got = ids(text)
    assert NP not in got and FP not in got


@pytest.mark.parametrize(
    "text",
    [
        "Give the poem a title, formatted as <<Title>>.",
        "Headline at the top, wrapped in <<like this>>.",
        "Le titre entre chevrons doubles, par exemple <<Mon titre>>.",
        "Your summary needs a title written as <<Something Short>>.",
    ],
)
def test_titles(text: str) -> None:
    assert "detectable_format:title" in ids(text)


@pytest.mark.parametrize(
    "text", ["Rewrite this title: <<The Big Day>>.", "My headline was <<Sale Now>>, make the post punchier."]
)
def test_titles_near_misses(text: str) -> None:
    assert "detectable_format:title" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep it upbeat. A couple of emojis would be nice.",
        "Short caption, some emojis are encouraged.",
        "Rules:\n- emoji: yes please\n- under 50 words",
    ],
)
def test_emoji_verdicts(text: str) -> None:
    assert "format:use_emoji" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emojis are fine.",
        "Would emojis be cute here?",
        "Emojis would be nice but not required.",
        "Emojis: yes or no?",
        "My sister thinks emojis would be cute, but skip them.",
    ],
)
def test_emoji_verdicts_near_misses(text: str) -> None:
    assert "format:use_emoji" not in ids(text)


def test_emoji_yes_then_cap() -> None:
    got = [
        (c.id, c.kwargs)
        for c in rule_decompose([Message(role="user", content="* emojis yes, but no more than three of them")])
    ]
    assert ("format:use_emoji", {}) in got
    assert ("format:number_emojis", {"num_emojis": 4, "relation": "less than"}) in got


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Shape it like a ramp: indent every line slightly more than the one before it.", "format:line_indent"),
        ("Each new line should be indented one space further than the line above.", "format:line_indent"),
        ("List the planets, every word on its own line.", "format:newline"),
        ("Nest quotation marks inside each other, at least 3 levels deep.", "format:quotes"),
        ("Use quotes within quotes, three levels deep, swapping between ' and \".", "format:quotes"),
        ("Draw it with parentheses and brackets nested at least five levels deep.", "format:parentheses"),
        ("Output the code word without any spaces or newlines.", "format:no_whitespace"),
        ("Answer in one token, zero whitespace at all.", "format:no_whitespace"),
        ("Start each paragraph with its thesis in italics, using HTML <i> tags.", "format:thesis"),
    ],
)
def test_loose_layouts(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("The poem has every line indented further than the last.", "format:line_indent"),
        ("Don't indent each line further than the one before.", "format:line_indent"),
        ("No spaces in the hashtags.", "format:no_whitespace"),
        ("Use no line breaks.", "format:no_whitespace"),
        ("No spaces or line breaks inside the code, please.", "format:no_whitespace"),
        ("Open each section with a thesis statement in italics.", "format:thesis"),  # markdown italics: no <i>
    ],
)
def test_loose_layouts_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


def test_indent_one_more_space() -> None:
    assert "format:line_indent" in ids("Each line gets indented one more space than the line above.")


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ('Two lines max, must mention "sale", never end on a question', NQ),
        ("Give me the steps as bullets?? also no need for headers", "format:markdown_headings"),
        ("请以JSON格式返回结果。", "detectable_format:json_format"),
        ("翻译这句话，用JSON输出。", "detectable_format:json_format"),
        ("Wrap every borrowed term in quotation marks, followed by a short definition that is not in quotes.",
         "format:quote_unquote"),
    ],
)  # fmt: skip
def test_more_phrasings(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("这个API返回JSON格式的数据，请解释一下。", "detectable_format:json_format"),
        ("Each quote in the essay is followed by a meaning not in quotes.", "format:quote_unquote"),
    ],
)
def test_more_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


def got(text: str) -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]


@pytest.mark.parametrize(
    ("text", "sep"),
    [
        ("Give me 6 riddles. Split the riddles with '##' instead of bullets.", "##"),
        ("No bullets or numbering; use the token <ITEM> between entries instead.", "<ITEM>"),
        ("Put ' // ' between the items rather than a bulleted list.", " // "),
        ("Dame 5 ideas. Separa las ideas con ~~ en lugar de viñetas.", "~~"),
    ],
)
def test_separator_lists(text: str, sep: str) -> None:
    assert ("format:list", {"sep": sep}) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        "Separate the items with commas.",
        "Separate the two versions with ****** instead of bullets.",
        "My old list separated the items with '%%' instead of bullets; make it nicer.",
    ],
)
def test_separator_lists_near_misses(text: str) -> None:
    assert "format:list" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "It goes in a text message, so no headings or bullets, just plain text.",
        "no lists, no bold - only plain sentences please",
    ],
)
def test_plain_text_runs_are_one_no_markdown(text: str) -> None:
    assert ids(text) == ["format:no_markdown"]


def test_zero_bullets_is_a_ban() -> None:
    assert got("Prose only, zero bullets.") == [("format:bullet_points", {"num_bullets": 1, "relation": "less than"})]


def test_software_contrast_is_no_ban() -> None:
    text = "Put the thesis in italics with HTML <i></i> tags, since the site renders HTML, not markdown italics."
    assert "detectable_format:fewer_highlighted_sections" not in ids(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Stick a link to the docs at the end.", IU),
        ("One word answer, no spaces in your response.", "format:no_whitespace"),
        ("Indent every line a bit more than the one above it.", "format:line_indent"),
        ("I need a headline. Wrap it in double angular brackets.", "detectable_format:title"),
        ("Escribe un poema con un título entre corchetes angulares dobles, como <<Luna>>.", "detectable_format:title"),
        ("Title case throughout, please.", "format:title_case"),
        ("Italicize at most two things.", "detectable_format:fewer_highlighted_sections"),
    ],
)
def test_dev5_classes(text: str, tid: str) -> None:
    assert tid in ids(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Put it in double angular brackets.", "detectable_format:title"),  # no title in the message
        ("No spaces in the hashtag itself, but write a normal sentence around it.", "format:no_whitespace"),
        ("The old post had a link to the repo.", IU),
    ],
)
def test_dev5_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Put the setup steps in a bash code block.", ("format:code_block", {"num_blocks": 1, "relation": "at least"})),
        ("The query goes in a sql code block.", ("format:code_block", {"num_blocks": 1, "relation": "at least"})),
        ("Use markdown headers for the parts (4 or more).", (H, {"num_headings": 4, "relation": "at least"})),
        ("Give it at least two `##` headings.", (H, {"num_headings": 2, "relation": "at least"})),
        ("Use headings for Setup, Usage, FAQ and License.", (H, {"num_headings": 4, "relation": "at least"})),
        ("Offer two different slogans, separated by a single line of ******.", ("combination:two_responses", {})),
        ("Draft two replies; put 6 asterisks on their own line between the two.", ("combination:two_responses", {})),
    ],
)  # fmt: skip
def test_dev5_structures(text: str, expected: tuple[str, dict]) -> None:
    assert expected in got(text)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Use headings for clarity and structure.", "format:markdown_headings"),
        ("My snippet goes in a code block in the wiki.", "format:code_block"),
        ("Write two paragraphs separated by a line of six asterisks.", "combination:two_responses"),
    ],
)
def test_dev5_structures_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Structure it as 4 chapters, each one opening with a line that says CHAPTER 1, CHAPTER 2 and so on.",
         ("detectable_format:multiple_sections", {"section_spliter": "CHAPTER", "num_sections": 4})),
        ("Include at least three bracketed placeholders such as [city].", (NP, 3)),
        ("Add a square-bracket placeholder like [date] wherever needed; I need at least 2.", (NP, 2)),
        ("Leave blanks in square brackets, e.g. [venue], no fewer than 4 of them.", (NP, 4)),
        ("Summarise it as a bulleted list of 5 takeaways.", (NB, 5)),
        ("Numbered? No. Bullet points: exactly three.", (NB, 3)),
        ("Hashtags please, 3 tags minimum.", ("content:number_hashtags", 3)),
    ],
)  # fmt: skip
def test_dev5_counts(text: str, expected: tuple) -> None:
    flat = [(c.id, c.kwargs) for c in rule_decompose([Message(role="user", content=text)])]
    tid, want = expected
    assert any(i == tid and (want in c.values() if isinstance(want, int) else c == want) for i, c in flat), flat


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("The book has 3 parts, each one starting with a line like \"Part 1\".", "detectable_format:multiple_sections"),
        ("Make a bullet list of 3 paragraphs.", NB),
        ("Use hashtags. Keep the HTML to 2 tags max.", "content:number_hashtags"),
    ],
)
def test_dev5_counts_near_misses(text: str, tid: str) -> None:
    assert tid not in ids(text)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ('Reply in JSON only, using the keys "name" and "score".', ["name", "score"]),
        ("Output a JSON object.\nRequired keys: id, verdict, reason.", ["id", "verdict", "reason"]),
    ],
)
def test_json_keys_phrasings(text: str, keys: list[str]) -> None:
    assert ("format:json_keys", {"keys": keys}) in got(text)


@pytest.mark.parametrize(
    "text",
    [
        'The API returns JSON using the keys "a" and "b"; explain the schema.',
        "Required keys: bring them to the front desk.",  # no JSON asked for
    ],
)
def test_json_keys_near_misses(text: str) -> None:
    assert "format:json_keys" not in ids(text)


def test_no_title_slapped_on_top() -> None:
    assert "detectable_format:no_title" in ids("Just the poem; don't stick a title on top of it.")


@pytest.mark.parametrize(
    "text",
    [
        "Keep it to two short paragraphs, then a P.S. thanking them for coming.",
        "Schrijf een kort bedankje en voeg een P.S. toe.",
        "写一封感谢信，结尾加上P.S.",
    ],
)
def test_postscript_sequence(text: str) -> None:
    assert ("detectable_content:postscript", {"postscript_marker": "P.S."}) in got(text)


def test_postscript_sequence_story_near_miss() -> None:
    assert "detectable_content:postscript" not in ids("The letter ended, then a P.S. appeared.")
