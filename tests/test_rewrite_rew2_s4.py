"""Session 4 (rew2): restatements the guard must see, and list markers a cut must leave."""

import pytest

from rpo_cli.constraints import registry
from rpo_cli.stages.reverse import _DIRECTIVE, _restated, _signature, _stem, locate_all
from rpo_cli.stages.verify import build_types
from tests.rewrite_helpers import ifeval_conv as _conv

END = registry.build("startend:end_checker", {"end_phrase": "Love u po!"})
DASH = registry.build("punctuation:no_em_dash", {})
BOLD = registry.build("detectable_format:fewer_highlighted_sections", {"num_highlights": 1})


@pytest.mark.parametrize(
    "text",
    [
        "ha, dapat yun talaga yung last words",
        "those must be the last words",
        "make that the very last line",
        "That should be the final words of the message.",
        "it has to be the closing line",
    ],
)
def test_a_pointer_to_the_closing_phrase_restates_an_end_rule(text):
    assert _restated(END, text, False)


@pytest.mark.parametrize(
    "text",
    ["I had covid last week and it is bad", "write his last words as a poem", "a story about a final line of defense"],
)
def test_last_and_final_in_the_task_restate_nothing(text):
    assert not _restated(END, text, False)


@pytest.mark.parametrize(
    "text", ["i repeat, zero — in the whole thing", "no — anywhere please", "NONE — at all", "without —, ok?"]
)
def test_the_banned_mark_beside_a_none_word_restates_the_ban(text):
    assert _restated(DASH, text, False)


@pytest.mark.parametrize("text", ["use — sparingly", "the war — it was long, no doubt"])
def test_the_mark_in_passing_restates_nothing(text):
    assert not _restated(DASH, text, False)


@pytest.mark.parametrize(
    "text", ["PLEASE stop bolding random stuff", "quit bolding everything", "stop with the italics"]
)
def test_stop_bolding_reads_as_a_highlight_requirement(text):
    assert _DIRECTIVE.search(text)
    assert _signature(BOLD) & {_stem(w) for w in text.lower().split()}


def test_stop_in_a_task_noun_has_no_highlight_signature():
    text = "write a poem about a bus stop in the rain"
    assert not _signature(BOLD) & {_stem(w) for w in text.lower().split()}


@pytest.mark.parametrize(
    "prompt",
    [
        "write lore for my town. requirements: 1) 300+ words 2) use a map",
        "write lore for my town. rules: a) 300+ words b) use a map",
        "write lore for my town. needs (1) 300+ words (2) a map",
    ],
)
def test_an_inline_list_marker_is_not_cut_with_the_item_before_it(prompt):
    """ "300+ words 2) use ...": the "2" is the next item's marker, not the word count's."""
    conv = _conv(prompt, ["length_constraints:number_words"], [{"relation": "at least", "num_words": 300}])
    located = [prompt[x.start : x.end] for x in locate_all(conv, conv.constraints[0], build_types(conv.constraints)[0])]
    assert located and all(not x.rstrip().endswith(("2", "b", "(2", "2)")) for x in located), located


def test_a_number_that_is_the_value_stays_in_the_statement():
    prompt = "write lore for my town, at least 3 paragraphs (no more)"
    conv = _conv(prompt, ["length_constraints:number_paragraphs"], [{"num_paragraphs": 3}])
    located = [prompt[x.start : x.end] for x in locate_all(conv, conv.constraints[0], build_types(conv.constraints)[0])]
    assert all("3" in x for x in located), located
