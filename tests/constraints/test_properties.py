"""Property tests over EVERY registered type: reversal is an exact complement.

For random kwargs (built from each type's Args model, seeded with its example) and random or
adversarial responses: check(reverse(c), r) == not check(c, r) (unknown stays unknown), the
reversal is a registered type, and reverse(reverse(c)) == c.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic.fields import FieldInfo

from rpo_cli.constraints import all_types, get
from rpo_cli.errors import ConstraintArgsError

ALL = all_types()
REVERSIBLE = [tid for tid, cls in ALL.items() if cls.reversible()]
# The only types that may answer unknown on non-blank text: language ID finds no features
# ("12345"), a word outside the verb lexicon, and free text only a judge can check.
MAY_BE_UNKNOWN = {
    "language:response_language", "language:not_response_language",
    "change_case:english_capital", "change_case:not_english_capital",
    "change_case:english_lowercase", "change_case:not_english_lowercase",
    "words:start_verb", "free_form",
}  # fmt: skip

FRAGMENTS = [
    "", " ", "\n", "\n\n", "***", "\n***\n", "* item one\n", "- item two\n", "1. first\n", "2) second\n",
    "# Heading\n", "## Sub heading\n", "<<A Title>>", "P.S. see you", "P.P.S again", '"', ",", "，", "!", "?", "？",
    ".", "HELLO", "WORLD", "hello", "The quick brown fox jumps over the lazy dog.", "I think so.",
    "😀", "🚀🚀", "你好，世界。", "これは日本語です。", "Привет, мир.", "Bonjour tout le monde, comment ça va?",
    "```json\n{\"name\": \"x\", \"age\": 3}\n```", '{"a": 1}', "[name]", "[address]", "*highlight*", "**bold**",
    "******", "My answer is yes.", "My answer is no.", "https://example.com/page", "SECTION 1", "Section 2",
    "| a | b |\n|---|---|\n", "`code`", "Ahoy!", "zzz", "Is it?", "Yes. No. Maybe.",
]  # fmt: skip
ADVERSARIAL = ["", " ", "\n\n\n", "\t", "*", "***", "******", '""', '"', "\u200b", "😀" * 50, "字" * 300,
               "word " * 2000, "# \n- \n1. \n", "\x00", "<<>>", "[]", "P.S."]  # fmt: skip


def _field_strategy(name: str, info: FieldInfo, example: Any) -> st.SearchStrategy:
    ann = info.annotation
    origin = typing.get_origin(ann)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(ann) if a is not type(None)]
        return st.one_of(st.none(), _field_strategy(name, FieldInfo(annotation=inner[0]), example))
    if origin is Literal:
        return st.sampled_from(typing.get_args(ann))
    if ann is bool:
        return st.booleans()
    if ann is int:
        lo = 0
        for m in info.metadata:
            lo = max(lo, getattr(m, "ge", lo) or lo, (getattr(m, "gt", None) or -1) + 1)
        return st.integers(min_value=lo, max_value=lo + 40)
    word = st.sampled_from(["moon", "tide", "Ahoy", "hello", "P.S.", "SECTION", "z", "a", ",", "the end", "你好"])
    text = st.one_of(word, st.text(min_size=1, max_size=12))
    if ann is str:
        return st.one_of(st.just(example), text) if example is not None else text
    if origin is list:
        lst = st.lists(text, min_size=1, max_size=3)
        return st.one_of(st.just(example), lst) if example is not None else lst
    return st.just(example)


@st.composite
def instances(draw, type_id: str):
    cls = get(type_id)
    kwargs = {
        name: draw(_field_strategy(name, info, cls.example.get(name))) for name, info in cls.Args.model_fields.items()
    }
    try:
        return cls.from_kwargs(kwargs)
    except ConstraintArgsError:
        assume(False)


@st.composite
def responses(draw, c):
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.text(max_size=200))
    if kind == 1:
        return draw(st.sampled_from(ADVERSARIAL))
    # Texts made of pieces likely to matter for this constraint: its own kwargs and markup.
    values = []
    for v in c.kwargs().values():
        for x in v if isinstance(v, list) else [v]:
            values.append(str(x))
    pieces = draw(st.lists(st.sampled_from(FRAGMENTS + values * 3), max_size=25))
    seps = draw(st.sampled_from([" ", "\n", "\n\n", ""]))
    return seps.join(pieces)


@pytest.mark.parametrize("type_id", REVERSIBLE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_reversal_is_exact_complement(type_id, data):
    c = data.draw(instances(type_id))
    r = c.reverse()
    assert r is not None, f"{type_id} claims to be reversible"
    assert r.id in ALL, f"{type_id} reverses to an unregistered type {r.id}"
    assert r.reverse() == c, "reverse(reverse(c)) must equal c"
    text = data.draw(responses(c))
    a, b = c.check(text), r.check(text)
    if text.strip() and type_id not in MAY_BE_UNKNOWN:
        assert a.followed is not None, f"{type_id} must decide on non-blank text: {a.reason} on {text!r}"
    if a.followed is None:
        assert b.followed is None, f"unknown must stay unknown ({a.reason} / {b.reason})"
    else:
        assert b.followed is (not a.followed), f"{c} -> {a}, {r} -> {b} on {text!r}"


@pytest.mark.parametrize("type_id", list(ALL))
def test_every_type_is_documented_and_has_an_example(type_id):
    cls = ALL[type_id]
    assert cls.__doc__ and cls.__doc__.strip(), f"{type_id} has no docstring"
    c = cls.from_kwargs(cls.example)
    text = c.describe()
    assert text and text[0].isupper(), f"{type_id}.describe() should be an English sentence"
    if not cls.reversible():
        assert cls.not_reversible_reason, f"{type_id} is not reversible and does not say why"
        assert c.reverse() is None


@pytest.mark.parametrize("type_id", [t for t in ALL if get(t).Args.model_fields])
def test_missing_kwargs_are_an_error_naming_the_type(type_id):
    cls = ALL[type_id]
    required = [n for n, f in cls.Args.model_fields.items() if f.is_required()]
    if not required:
        pytest.skip("no required kwargs")
    with pytest.raises(ConstraintArgsError) as exc:
        cls.from_kwargs({})
    assert type_id in str(exc.value) and required[0] in str(exc.value)


@pytest.mark.parametrize("type_id", list(ALL))
def test_checker_never_raises(type_id):
    c = get(type_id).from_kwargs(get(type_id).example)
    for t in ADVERSARIAL + FRAGMENTS:
        res = c.check(t)
        assert res.followed in (True, False, None)
        # check() turns an exception into unknown: a checker bug would hide there.
        assert not res.reason.startswith("checker_error:"), f"{type_id} on {t!r}: {res.reason}"


def test_registry_size_and_ifeval_coverage():
    ifeval = """keywords:existence keywords:frequency keywords:forbidden_words keywords:letter_frequency
    language:response_language length_constraints:number_sentences length_constraints:number_paragraphs
    length_constraints:number_words length_constraints:nth_paragraph_first_word detectable_content:number_placeholders
    detectable_content:postscript detectable_format:number_bullet_lists detectable_format:constrained_response
    detectable_format:number_highlighted_sections detectable_format:multiple_sections detectable_format:json_format
    detectable_format:title combination:two_responses combination:repeat_prompt startend:end_checker
    change_case:capital_word_frequency change_case:english_capital change_case:english_lowercase
    punctuation:no_comma startend:quotation""".split()
    assert len(ifeval) == 25
    missing = [t for t in ifeval if t not in ALL]
    assert not missing, missing
    assert all(ALL[t].reversible() for t in ifeval), "every IFEval type must be reversible"
    assert len(ALL) >= 40
