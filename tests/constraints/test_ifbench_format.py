"""Table tests for IFBench's format and fixed-task constraints (rpo_cli/constraints/ifbench_format.py).

Rows marked "IFBench: ..." reproduce the reference checker's verdict on a realistic response;
rows marked "divergence" are where rpo checks the instruction's text instead (documented in the
class docstring and in docs/ifbench_divergences.md)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from rpo_cli.constraints import all_types, build
from rpo_cli.errors import ConstraintArgsError

MODULE = "rpo_cli.constraints.ifbench_format"
IFBENCH_IDS = """format:parentheses format:quotes format:options format:newline format:emoji format:line_indent
format:quote_unquote format:list format:thesis format:sub-bullets format:no_bullets_bullets format:title_case
format:output_template format:no_whitespace custom:multiples custom:mcq_count_length custom:reverse_newline
custom:european_capitals_sort custom:csv_city custom:csv_special_character custom:csv_quotes
custom:date_format_list""".split()

# --- realistic responses for the fixed tasks ------------------------------------------------

MCQ = """Question 1: Who painted Guernica?
A. Pablo Picasso
B. Salvador Dali
C. Joan Miro
D. Henri Matisse
E. Georges Braque

Question 2: Which movement did Marcel Duchamp help to found?
A. Cubism
B. Dada
C. Fauvism
D. Futurism
E. Surrealism

Question 3: Which artist is best known for the drip painting technique of the late 1940s?
a) Mark Rothko
b) Jackson Pollock
c) Willem de Kooning
d) Franz Kline
e) Lee Krasner

Question 4: Which 1937 exhibition in Munich mocked modern works as "degenerate" and displayed them to invite ridicule?
A. The Armory Show
B. Entartete Kunst
C. The Salon des Refuses
D. Documenta
E. The Venice Biennale"""

AFRICA = """Algeria, Angola, Benin, Botswana, Burkina Faso, Burundi, Cabo Verde, Cameroon, Central African Republic,
Chad, Comoros, Democratic Republic of the Congo, Djibouti, Egypt, Equatorial Guinea, Eritrea, Eswatini, Ethiopia,
Gabon, Gambia, Ghana, Guinea, Guinea-Bissau, Côte d'Ivoire, Kenya, Lesotho, Liberia, Libya, Madagascar, Malawi,
Mali, Mauritania, Mauritius, Morocco, Mozambique, Namibia, Niger, Nigeria, Republic of the Congo, Rwanda,
São Tomé and Príncipe, Senegal, Seychelles, Sierra Leone, Somalia, South Africa, South Sudan, Sudan, Tanzania,
Togo, Tunisia, Uganda, Zambia, Zimbabwe"""
_COUNTRIES = [c.strip() for c in AFRICA.replace("\n", " ").split(",")]
assert len(_COUNTRIES) == 54


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


AFRICA_DESC = "\n".join(sorted(_COUNTRIES, key=_fold, reverse=True))

CAPITALS = (
    "Reykjavik, Helsinki, Oslo, Tallinn, Stockholm, Riga, Moscow, Copenhagen, Vilnius, Minsk, Dublin, Berlin, "
    "Amsterdam, Warsaw, London, Brussels, Prague, Luxembourg, Paris, Vienna, Bratislava, Budapest, Vaduz, Chisinau, "
    "Bern, Ljubljana, Zagreb"
)
CAPITALS_KYIV = CAPITALS.replace("Brussels, Prague", "Brussels, Kyiv, Prague")

CITY_ROWS = [
    "1,France,Paris,2020,150",
    "2,Japan,Tokyo,2021,320",
    "3,Brazil,Sao Paulo,2019,210",
    "4,Kenya,Nairobi,2022,95",
    "5,Canada,Toronto,2020,180",
    "6,India,Mumbai,2023,400",
    "7,Egypt,Cairo,2018,130",
]
CITY_CSV = "ID,Country,City,Year,Count\n" + "\n".join(CITY_ROWS)

PRODUCT_ROWS = [f"{100 + i},Tools,Acme,{9 + i}.99,{10 * i}" for i in range(1, 15)]
PRODUCT_HEADER = "ProductID,Category,Brand,Price,Stock"
PRODUCT_CSV = "\n".join([PRODUCT_HEADER, *PRODUCT_ROWS[:5], '106,Tools,"Smith & Sons",14.99,60', *PRODUCT_ROWS[6:]])


def _tsv(*rows: list[str]) -> str:
    return "\n".join("\t".join(f'"{f}"' for f in row) for row in rows)


STUDENT_HEADER = ["StudentID", "Subject", "Grade", "Semester", "Score"]
STUDENTS = [
    ["S001", "Math", "A", "Fall 2023", "95"],
    ["S002", "History", "B+", "Fall 2023", "88"],
    ["S003", "Biology", "A-", "Spring 2024", "91"],
]
STUDENT_TSV = _tsv(STUDENT_HEADER, *STUDENTS)

ROWS = [
    # format:parentheses — a group closed after 5 levels of (), [] or {}
    ("format:parentheses", {}, "Scopes nest (as in f(g[h{k(x)}])) when functions compose.", True),
    ("format:parentheses", {}, "Use brackets (like [this one]) sparingly in prose.", False),
    ("format:parentheses", {}, "((((( deep )", True),  # IFBench: one closing bracket after depth 5 is enough
    ("format:parentheses", {}, "(((( [ ] ))))", True),  # the [ ] is the fifth level
    ("format:parentheses", {}, "Deep (((( enough? )))) no.", False),  # 4 levels
    ("format:parentheses", {}, "((((( ]x) )))))", False),  # a mismatched closer resets the count
    # format:quotes — 3 alternating levels, closed again
    (
        "format:quotes",
        {},
        'She wrote: "My teacher said, \'Remember what Gandhi called "the seven social sins" before you '
        "judge.' I never forgot it.\"",
        True,
    ),
    ("format:quotes", {}, "It's a quote: \"He said 'hi' to me\" and left.", False),  # IFBench: "It's" opens a level
    ("format:quotes", {}, 'He said "hi" and "bye".', False),
    ("format:quotes", {}, "“Curly ‘quotes “are” not’ read”", False),
    # format:options — "/" or the word "or" or "," separate the options
    ("format:options", {"options": "yes/no/maybe"}, "Maybe.", True),
    ("format:options", {"options": "yes/no/maybe"}, "  yes  ", True),
    ("format:options", {"options": "yes/no/maybe"}, "Yes, because the data supports it.", False),
    ("format:options", {"options": "I know or I don't know"}, "I don't know.", True),
    ("format:options", {"options": "a), b), c), d)"}, "b)", True),
    ("format:options", {"options": "a), b), c), d)"}, "b) Paris", False),  # letter options match exactly
    ("format:options", {"options": "a), b), c), d)"}, "b", False),
    ("format:options", {"options": "a), b), c), d)"}, "b)\n", False),
    ("format:options", {"options": "Major, Minor, Neutral"}, "Minor", True),  # divergence: "or" inside a word
    # format:newline — one word per line (ASCII punctuation deleted first)
    ("format:newline", {}, "Autumn\nleaves\nfall\nsoftly.", True),
    ("format:newline", {}, "Autumn leaves\nfall softly.", False),
    ("format:newline", {}, "Autumn\n\nleaves", True),  # empty lines do not count
    ("format:newline", {}, "Autumn\n  \nleaves", False),  # IFBench: a line of spaces counts as a line
    ("format:newline", {}, "Hello\n-\nworld", True),  # "-" is deleted with its line
    ("format:newline", {}, "秋\n叶", True),
    # format:emoji — every sentence ends with an emoji (or the next one starts with it)
    ("format:emoji", {}, "I love autumn 🍂. The air is crisp 🌬️! Let's go hiking 🥾.", True),
    ("format:emoji", {}, "I love autumn. 🍂 The air is crisp. 🌬️", True),  # emoji after the full stop
    ("format:emoji", {}, "Great job 👍🏽. See you soon 😀", True),  # skin tone modifier
    ("format:emoji", {}, "I love autumn 🍂. The air is crisp.", False),
    ("format:emoji", {}, "**Autumn** is here 🍂\n\n- Leaves fall 🍁", True),
    ("format:emoji", {}, "...", False),
    # format:line_indent — each non-blank line indented by more spaces
    ("format:line_indent", {}, "Step one\n  Step two\n    Step three\n      Step four", True),
    ("format:line_indent", {}, "Step one\n  Step two\n  Step three", False),
    ("format:line_indent", {}, "Step one\n\n  Step two\n\n    Step three", True),
    ("format:line_indent", {}, "Step one\n\n\n  Step two\n    Step three", True),  # divergence: IFBench False
    ("format:line_indent", {}, "Step one\n\tStep two", False),  # tabs are not indentation
    # format:quote_unquote — no quote right after a quote, no quote at the end
    (
        "format:quote_unquote",
        {},
        'He called it "the long now", meaning a view of time in centuries. She said "fine" and left.',
        True,
    ),
    ("format:quote_unquote", {}, 'Two lines stand out: "To be" "or not to be" in Hamlet.', False),
    ("format:quote_unquote", {}, 'The motto was "Carpe diem."', False),
    ("format:quote_unquote", {}, 'The motto was "Carpe diem"!!! 2024', False),  # trailing punctuation/digits
    ("format:quote_unquote", {}, "The motto was “Carpe diem.”", False),  # divergence: IFBench True
    ("format:quote_unquote", {}, "No quotes here at all.", True),
    # format:list — the marker occurs at least twice
    ("format:list", {"sep": "SEPARATOR"}, "Apples SEPARATOR Bananas SEPARATOR Cherries", True),
    ("format:list", {"sep": "SEPARATOR"}, "* Apples\n* Bananas\n* Cherries", False),
    ("format:list", {"sep": "..."}, "... Apples\n... Bananas", True),
    ("format:list", {"sep": "-"}, "A well-known, long-term plan.", True),  # IFBench: any two hyphens count
    ("format:list", {"sep": "!?!?"}, "!?!? only once", False),
    # format:thesis — an HTML-italic thesis followed by text
    ("format:thesis", {}, "<i>Remote work raises productivity.</i>\nStudies since 2020 show fewer sick days.", True),
    ("format:thesis", {}, "## Intro\n<em>Cities must plan for heat.</em> Here is why.", True),
    ("format:thesis", {}, "<i>Remote work raises productivity.</i>", False),
    ("format:thesis", {}, "<em>Remote work raises productivity.</em>", False),  # divergence: IFBench True
    ("format:thesis", {}, "*Remote work raises productivity.*\nStudies show it.", False),  # markdown, not HTML
    ("format:thesis", {}, "<i>  </i> and then text", False),
    # format:sub-bullets — each * bullet has a - sub-bullet
    ("format:sub-bullets", {}, "* Fruits\n  - Apples\n  - Pears\n* Vegetables\n  - Carrots", True),
    ("format:sub-bullets", {}, "* Fruits\n* Vegetables\n  - Carrots", False),
    (
        "format:sub-bullets",
        {},
        "**Shopping list**\n* Fruits\n  - Apples\n* Vegetables\n  - Carrots",
        True,
    ),  # divergence
    ("format:sub-bullets", {}, "A plain paragraph without any bullets.", False),  # divergence: IFBench True
    ("format:sub-bullets", {}, "* A well-known fruit", False),  # divergence: a hyphen is no sub-bullet
    ("format:sub-bullets", {}, "Intro.\n* Fruits\n- Apples\n* Nuts\n- Almonds\nThat is all.", True),
    # format:no_bullets_bullets — two period sentences, then two or more * bullets, nothing after
    ("format:no_bullets_bullets", {}, "Here is my plan. It has two parts.\n* Save money\n* Invest wisely", True),
    ("format:no_bullets_bullets", {}, "Here is my plan:\n* Save money\n* Invest wisely", False),
    ("format:no_bullets_bullets", {}, "Here is my plan. It has two parts.\n* Save money", False),
    ("format:no_bullets_bullets", {}, "My plan. Two parts.\n* Save\n* Invest\nGood luck!", False),  # text after
    ("format:no_bullets_bullets", {}, "I have a plan.\n\nIt has two parts.\n* Save\n* Invest\n", True),  # divergence
    ("format:no_bullets_bullets", {}, "Great question! Here is my plan!\n* Save\n* Invest", False),  # divergence
    ("format:no_bullets_bullets", {}, "**Plan**\nI will save. I will invest.\n* Save\n* Invest", True),  # divergence
    ("format:no_bullets_bullets", {}, 'He said "go." We went.\n* Left\n* Right', True),
    # format:title_case — every major word capitalized
    ("format:title_case", {}, "The Benefits Of Morning Exercise\nRegular Exercise Improves Mood And Energy.", True),
    ("format:title_case", {}, "The Benefits of Morning Exercise", True),  # divergence: minor words may be lowercase
    ("format:title_case", {}, "the Benefits Of Exercise", False),  # ... but not first
    ("format:title_case", {}, "Why It Matters: a New Approach", False),  # ... nor after a colon
    ("format:title_case", {}, "Regular exercise improves mood.", False),
    ("format:title_case", {}, "Don't Skip Breakfast, You Cannot Focus Without It", True),  # divergence: clitics
    ("format:title_case", {}, "iPhone Sales Grew In 2023", True),
    ("format:title_case", {}, "## A Guide To **Better** Sleep\n- Keep A Routine", True),
    ("format:title_case", {}, "你好 World", True),
    # format:output_template — the three labels, case-sensitive
    ("format:output_template", {}, "My Answer: Yes.\nMy Conclusion: It works.\nFuture Outlook: Bright.", True),
    ("format:output_template", {}, "my answer: yes. My Conclusion: ok. Future Outlook: good.", False),
    ("format:output_template", {}, "My Answer: Yes.\nMy Conclusion: It works.", False),
    # format:no_whitespace
    ("format:no_whitespace", {}, "Hello,world!", True),
    ("format:no_whitespace", {}, "Hello world", False),
    ("format:no_whitespace", {}, "Hello\u00a0world", False),  # a no-break space is whitespace
    ("format:no_whitespace", {}, "你好世界", True),
    # custom:multiples — exactly the numbers 14 ... 49
    ("custom:multiples", {}, "14, 21, 28, 35, 42, 49", True),
    ("custom:multiples", {}, "14\n21\n28\n35\n42\n49", True),
    ("custom:multiples", {}, "Counting from 10 to 50: 14, 21, 28, 35, 42, 49", False),  # IFBench: 10 and 50 count
    ("custom:multiples", {}, "7, 14, 21, 28, 35, 42, 49", False),
    # custom:mcq_count_length
    ("custom:mcq_count_length", {}, MCQ, True),
    ("custom:mcq_count_length", {}, "Here are your questions:\n\n" + MCQ, False),  # an explanation first
    ("custom:mcq_count_length", {}, MCQ.replace("Question 1:", "**Question 1:**"), False),
    ("custom:mcq_count_length", {}, MCQ.replace("E. Georges Braque", ""), False),  # 4 options
    (
        "custom:mcq_count_length",
        {},
        MCQ.replace("Who painted Guernica?", "Who painted the mural Guernica in 1937?"),
        True,
    ),
    (
        "custom:mcq_count_length",
        {},
        MCQ.replace("Who painted Guernica?", "Who painted the famous anti-war mural Guernica in 1937 for Paris?"),
        False,
    ),
    # custom:reverse_newline
    ("custom:reverse_newline", {}, AFRICA_DESC, True),
    ("custom:reverse_newline", {}, "Here are the countries:\n\n" + AFRICA_DESC, True),  # lines before Zimbabwe ignored
    ("custom:reverse_newline", {}, AFRICA_DESC + "\n\nThat is all 54 countries.", False),
    ("custom:reverse_newline", {}, "\n".join(f"{i}. {c}" for i, c in enumerate(AFRICA_DESC.split("\n"), 1)), False),
    ("custom:reverse_newline", {}, "\n".join(AFRICA_DESC.split("\n")[:40]), False),
    ("custom:reverse_newline", {}, "\n".join(sorted(_COUNTRIES, key=_fold)), False),
    # custom:european_capitals_sort
    ("custom:european_capitals_sort", {}, CAPITALS, True),
    (
        "custom:european_capitals_sort",
        {},
        CAPITALS.replace("Reykjavik", "Reykjavík").replace("Chisinau", "Chișinău"),
        True,
    ),
    ("custom:european_capitals_sort", {}, CAPITALS_KYIV, True),  # divergence: IFBench's key lacks Kyiv
    ("custom:european_capitals_sort", {}, CAPITALS_KYIV.replace("Kyiv", "Kiev"), True),
    ("custom:european_capitals_sort", {}, CAPITALS + ".", False),
    ("custom:european_capitals_sort", {}, CAPITALS.replace("Bern, ", ""), False),
    ("custom:european_capitals_sort", {}, CAPITALS.replace("Oslo", "Oslo (Norway)"), False),
    ("custom:european_capitals_sort", {}, CAPITALS.replace("Riga, Moscow", "Moscow, Riga"), False),
    # custom:csv_city
    ("custom:csv_city", {}, CITY_CSV, True),
    ("custom:csv_city", {}, CITY_CSV + "\n", True),
    ("custom:csv_city", {}, "```csv\n" + CITY_CSV + "\n```", False),
    ("custom:csv_city", {}, CITY_CSV.replace("ID,Country,City", "ID, Country, City"), False),
    ("custom:csv_city", {}, CITY_CSV.replace("4,Kenya", "\n4,Kenya"), False),  # a blank line is a row
    ("custom:csv_city", {}, CITY_CSV.replace("Sao Paulo", '"Sao Paulo, SP"'), True),
    # custom:csv_special_character
    ("custom:csv_special_character", {}, PRODUCT_CSV, True),
    ("custom:csv_special_character", {}, "\n".join([PRODUCT_HEADER, *PRODUCT_ROWS]), False),  # no quoted field
    ("custom:csv_special_character", {}, PRODUCT_CSV.replace("Smith & Sons", "Smith and Sons"), False),
    (
        "custom:csv_special_character",
        {},
        PRODUCT_CSV.replace(PRODUCT_HEADER, '"ProductID", "Category", "Brand", "Price", "Stock"'),
        True,
    ),
    ("custom:csv_special_character", {}, PRODUCT_CSV.rsplit("\n", 1)[0], False),  # 13 rows
    # custom:csv_quotes
    ("custom:csv_quotes", {}, STUDENT_TSV, True),
    ("custom:csv_quotes", {}, STUDENT_TSV.replace('"StudentID"', "StudentID"), False),  # header unquoted
    ("custom:csv_quotes", {}, STUDENT_TSV.replace("\t", ","), False),
    ("custom:csv_quotes", {}, STUDENT_TSV.replace('"Math"', ""), False),  # empty field (IFBench raises)
    ("custom:csv_quotes", {}, _tsv(STUDENT_HEADER, *STUDENTS[:2]), False),
    # custom:date_format_list
    ("custom:date_format_list", {}, "1796-04-12, 1805-12-02, 1815-06-18", True),
    ("custom:date_format_list", {}, "1796-04-12,\n1805-12-02", True),
    ("custom:date_format_list", {}, "1796-04-12, 1805-12-02 (Austerlitz)", False),
    ("custom:date_format_list", {}, "Dec 2, 1805", False),
    ("custom:date_format_list", {}, "1805-02-30", False),
    ("custom:date_format_list", {}, "1822-01-01", False),
]


@pytest.mark.parametrize(("type_id", "kwargs", "response", "expected"), ROWS)
def test_verdict(type_id, kwargs, response, expected):
    c = build(type_id, kwargs)
    res = c.check(response)
    assert res.followed is expected, res.reason
    assert res.reason
    rev = c.reverse()
    if rev is None:
        assert type(c).not_reversible_reason
    else:
        assert rev.id != c.id and rev.reverse() == c
        assert rev.check(response).followed is (not expected)


def _ours():
    return {k: v for k, v in all_types().items() if v.__module__ == MODULE}


def test_all_ifbench_ids_registered_and_tested():
    ours = _ours()
    assert set(IFBENCH_IDS) <= set(ours)
    assert set(ours) - set(IFBENCH_IDS) == {"format:list_sep_at_most_once"}
    assert set(IFBENCH_IDS) <= {row[0] for row in ROWS}


def test_only_the_separator_list_is_reversible():
    ours = _ours()
    assert sorted(t for t, cls in ours.items() if cls.reversible()) == ["format:list", "format:list_sep_at_most_once"]
    c = build("format:list", {"sep": "SEPARATOR"})
    assert c.reverse().describe() == 'Do not mark list items with "SEPARATOR": use it at most once in the response.'
    for t, cls in ours.items():
        if not cls.reversible():
            assert cls.not_reversible_reason and build(t, cls.example).reverse() is None


@pytest.mark.parametrize("type_id", sorted(_ours()))
def test_describe_is_a_documented_sentence(type_id):
    # that the rules read it back is tests/test_decompose_describe_roundtrip.py
    cls = _ours()[type_id]
    assert cls.__doc__
    text = build(type_id, cls.example).describe()
    assert text[0].isupper()


# "Use the date format YYYY-MM-DD." alone is not custom:date_format_list (a fixed task: list
# Napoleon's battles' dates): the retired cue matched it, the rules rightly do not
_FIXED_TASK = pytest.mark.xfail(strict=True, reason="a date format alone is not the fixed task")


@pytest.mark.parametrize(
    ("type_id", "prompt"),
    [
        ("format:parentheses", "Also, nest your parentheses (and brackets) at least 5 levels deep."),
        ("format:quotes", "Use quotes within quotes within quotes, 3 levels deep."),
        ("format:options", "Answer with one of the following options: a), b), c), d)."),
        ("format:newline", "Please write each word on a new line."),
        ("format:emoji", "Put an emoji at the end of every sentence."),
        ("format:line_indent", "Make stairs by incrementally indenting every line."),
        ("format:quote_unquote", "Any quoted phrase must be followed by an unquoted explanation."),
        ("format:list", "Give me a list of items; instead of bullet points use '...'."),
        ("format:thesis", "Start each section with a thesis statement in italics (HTML)."),
        ("format:sub-bullets", "Use bullet points with at least one sub-bullet each."),
        ("format:title_case", "Write everything in Title Case."),
        ("format:no_whitespace", "Your output must not contain any whitespace."),
        pytest.param("custom:date_format_list", "Use the date format YYYY-MM-DD.", marks=_FIXED_TASK),
    ],
)
def test_rules_read_prompt_phrasings(type_id, prompt):
    assert type_id in _rules_read(prompt)


def _rules_read(sentence: str) -> set[str]:
    """The type ids the phrase grammar reads in ``sentence`` after a task sentence."""
    from rpo_cli.schema import Message
    from rpo_cli.stages.decompose_rules import rule_decompose

    return {c.id for c in rule_decompose([Message(role="user", content="Write a short note. " + sentence)])}


@pytest.mark.parametrize(
    ("type_id", "kwargs"),
    [
        ("format:options", {}),
        ("format:options", {"options": ""}),
        ("format:options", {"options": "   "}),
        ("format:options", {"options": 3}),
        ("format:options", {"option": "yes/no"}),  # wrong kwarg name
        ("format:list", {}),
        ("format:list", {"sep": ""}),
        ("format:list", {"sep": ["-"]}),
        ("format:list_sep_at_most_once", {}),
        ("format:parentheses", {"N": 5}),
        ("custom:multiples", {"start": 10}),
    ],
)
def test_bad_kwargs(type_id, kwargs):
    with pytest.raises(ConstraintArgsError):
        build(type_id, kwargs)


def test_null_padded_kwargs_are_absent():
    # IFBench rows pad every instruction's kwargs with nulls
    assert build("format:emoji", {"N": None, "sep": None}).kwargs() == {}
    assert build("format:list", {"sep": "...", "N": None}).kwargs() == {"sep": "..."}


def test_divergences_are_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "ifbench_divergences.md").read_text(encoding="utf-8")
    for type_id, cls in _ours().items():
        if "Divergence from IFBench" in (cls.__doc__ or ""):
            assert f"`{type_id}`" in doc, type_id


def test_csv_parse_errors_are_unknown_not_a_verdict():
    res = build("custom:csv_city", {}).check("ID,Country\r,City")
    assert res.followed is None and "Error" in res.reason  # IFBench's checker raises here too
