"""Rewriting constraints tangled with the task (stages/reverse.py): a constraint stated by a
clause, a hyphenated modifier or a trailing modifier of a task sentence is cut there, the task is
kept, and the round-trip guard still proves the original gone and the reversal present. The
prompts are written for these tests (variants of the phrasing families, not dev-set sentences)."""

from __future__ import annotations

import json
import re

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.reverse import _WORD, _grammar_reads, _key, guard, render
from rpo_cli.stages.verify import build_types
from tests.conftest import read_jsonl, run_rpo, write_jsonl
from tests.rewrite_helpers import ifeval_conv as _conv
from tests.rewrite_helpers import rewrite_last as _rw


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


# (prompt, ids, kwargs, task words that must survive, words of the statement that must be gone)
_NO_LONE_CLAUSE = pytest.mark.xfail(
    strict=True,
    reason="since the cues were retired, the clause finder takes only a clause that the phrase grammar "
    "reads on its own as the constraint; it does not read this one so (the pair is refused, not wrong)",
)

TANGLED = [
    pytest.param("Write two short toasts for a retirement party, separated by six asterisks (******).",
                 ["combination:two_responses"], [{}], "two short toasts retirement party", "six",
                 marks=_NO_LONE_CLAUSE),
    pytest.param("Compose two different haiku about the tide, separated by six asterisks: ******.",
                 ["combination:two_responses"], [{}], "two different haiku tide", "six", marks=_NO_LONE_CLAUSE),
    ("Draft a sub-200-word apology note to a neighbour about the noise.",
     ["length_constraints:number_words"], [{"num_words": 200, "relation": "less than"}],
     "draft apology note neighbour noise", "sub"),
    ("Write an all-lowercase haiku about frost and keep it gentle.",
     ["change_case:english_lowercase"], [{}], "haiku frost gentle", ""),
    ("Describe a rainy market street in all lowercase letters, and mention a lantern.",
     ["change_case:english_lowercase"], [{}], "describe rainy market street mention lantern", ""),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "ids", "kwargs", "task", "gone"), TANGLED)
def test_a_tangled_statement_is_cut_and_the_task_kept(prompt, ids, kwargs, task, gone):
    conv = _conv(prompt, ids, kwargs)
    rw, new = _rw(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified, new)
    types = build_types(conv.constraints)
    assert render(types[0].reverse(), None) in new
    assert set(task.split()) <= _words(new), new
    rest = new.replace(render(types[0].reverse(), None), "")
    assert not gone or gone not in _words(rest), new
    # nothing of the original statement is left outside the reversal: the grammar no longer reads it
    assert not _grammar_reads(*_key(conv.constraints[0].id, conv.constraints[0].kwargs), rest), new
    # no bracket or fragment left behind by the cut
    assert "()" not in new and "(." not in new and not re.search(r"\(\s*\)", new)
    first = new.split(". ")[0]
    assert first[0].isupper() and first.split()[0].lower() == prompt.split()[0].lower(), new


@_NO_LONE_CLAUSE
def test_the_clause_cut_does_not_cross_brackets_or_leave_the_statement_half_there():
    # "(******)" alone would match a cue; cutting it leaves "separated by six asterisks": refused or whole
    conv = _conv("Give me two slogans for a ferry company, separated by six asterisks (******).",
                 ["combination:two_responses"], [{}])  # fmt: skip
    rw, new = _rw(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert new.startswith("Give me two slogans for a ferry company. ")
    assert "asterisks" not in new  # the reversal says "asterisk symbols"; the original's words are gone


def test_a_sentence_that_only_states_a_constraint_is_still_replaced_whole():
    conv = _conv("Write a song about tea. It would be nice if the whole song were in lowercase.",
                 ["change_case:english_lowercase"], [{}])  # fmt: skip
    rw, new = _rw(conv, [True])
    assert rw.ok, (rw.errors, rw.unverified)
    assert new == "Write a song about tea. Do not write your response entirely in English lowercase letters."


@pytest.mark.parametrize(
    ("prompt", "ids", "kwargs", "want"),
    [
        (
            "Write a note to my landlord. Use at least 2 placeholders in square brackets for the dates, "
            "like [start date]. Keep it short.",
            ["detectable_content:number_placeholders"],
            [{"num_placeholders": 2}],
            "Write a note to my landlord. Include fewer than 2 placeholders in square brackets, such as [address]. "
            "Keep it short.",
        ),
        (
            "Describe your favourite city.\n- Include a fenced code block with a tiny Bash script\n"
            "- Stay under 200 words",
            ["format:code_block", "length_constraints:number_words"],
            [{"num_blocks": 1, "relation": "at least"}, {"num_words": 200, "relation": "less than"}],
            "Describe your favourite city.\n- Do not use any code blocks.\n- Stay under 200 words",
        ),
        (
            "Give me some gift ideas. Use exactly 4 bullet points, using dashes like - this. No prices.",
            ["detectable_format:number_bullet_lists"],
            [{"num_bullets": 4}],
            "Give me some gift ideas. Your answer must not contain exactly 4 bullet points: use more or fewer "
            "markdown bullet points (lines starting with * or -). No prices.",
        ),
    ],
)
def test_a_statement_that_opens_its_sentence_takes_its_modifiers(prompt, ids, kwargs, want):
    """Cutting only "Use at least 2 placeholders" would leave "In square brackets for the dates, like
    [start date]." beside "Include fewer than 2 placeholders": a fragment that contradicts it."""
    conv = _conv(prompt, ids, kwargs)
    rw, new = _rw(conv, [True] + [False] * (len(ids) - 1))
    assert rw.ok, (rw.errors, rw.unverified, new)
    assert new == want


def test_a_task_verb_statement_keeps_its_modifiers_for_the_task():
    # "Write at least 300 words with a focus on rivers": "with a focus on rivers" is the task's
    conv = _conv("Write at least 300 words with a focus on rivers.", ["length_constraints:number_words"],
                 [{"num_words": 300, "relation": "at least"}])  # fmt: skip
    rw, new = _rw(conv, [True])
    assert "rivers" in new or not rw.ok
    if rw.ok:  # emitted only when the sentence it leaves reads as one
        assert not new.startswith("With")


def test_guard_judges_only_what_the_cut_changed():
    conv = _conv("Tell me what escrow is. Do not use any commas in your response.", ["punctuation:no_comma"], [{}])
    types = build_types(conv.constraints)
    text = "Use at least one comma in your response."

    def check(original: str, cut: str) -> list[str]:
        return guard(conv, [Message(role="user", content=f"{cut} {text}")], types, [types[0].reverse()], [True],
                     {0: text}, [], {}, cut_sentences={0: [(original, cut)]})  # fmt: skip

    # the sentence ended on "is" before the cut: not a cut left dangling
    assert check("In under 50 words, tell me what escrow is.", "Tell me what escrow is.") == []
    # the cut took the sentence's head: a fragment opening on a preposition or participle
    for original, cut in [("Write 300 words with a focus on rivers.", "With a focus on rivers."),
                          ("Use one placeholder in square brackets for the date.", "In square brackets for the date."),
                          ("Add a P.S. thanking the team.", "Thanking the team.")]:  # fmt: skip
        assert check(original, cut) == ["rewrite_unverified:ungrammatical"], cut
    # a requirement list that lost its verb still reads as requirements
    assert check("Include a question, at least 2 emojis, and a joke.", "At least 2 emojis, and a joke.") == []
    # a cut that ends the sentence on a dangling word is still flagged
    assert check("Write a poem about rain that has no commas.", "Write a poem about rain that.") == [
        "rewrite_unverified:ungrammatical"
    ]


@_NO_LONE_CLAUSE
def test_a_list_item_cut_keeps_its_case_and_gets_a_stop():
    conv = _conv(
        "Write a pitch for a bakery.\nWhat I need:\n* a short intro, with a placeholder like [Company] for the firm\n"
        "* at least 200 words",
        ["detectable_content:number_placeholders", "length_constraints:number_words"],
        [{"num_placeholders": 1}, {"num_words": 200, "relation": "at least"}],
    )
    rw, new = _rw(conv, [True, False])
    assert rw.ok, (rw.errors, rw.unverified)
    assert "\n* a short intro. Do not include any placeholders" in new
    assert "[Company]" not in new


def test_example_lines_of_a_kept_constraint_do_not_swallow_a_reversal():
    conv = _conv(
        "Explain how a bill becomes law. Use exactly 6 bullet points marked with * and give it a title in double "
        "angular brackets like <<Law>>.",
        ["detectable_format:number_bullet_lists", "detectable_format:title"],
        [{"num_bullets": 6}, {}],
    )
    rw, new = _rw(conv, [False, True])
    assert rw.ok, (rw.errors, rw.unverified)
    for line in new.splitlines():
        if line.startswith("* This is point"):
            assert re.fullmatch(r"\* This is point \d\.?", line), line
    assert "* This is point 2\n" in new or new.endswith("* This is point 2")


def test_a_statement_span_that_took_in_the_question_is_not_emitted():
    """However the grammar spans a statement, a rewrite that would drop the prompt's own question with it
    is refused (task_lost), never emitted as a prompt made only of constraint texts."""
    conv = _conv("Give two different answers, separated by ******: what should I call my grey rescue kitten? "
                 "just the names + one line why, no commas",
                 ["combination:two_responses", "punctuation:no_comma"], [{}, {}])  # fmt: skip
    for flags in ([True, False], [False, True], [True, True]):
        rw, new = _rw(conv, flags)
        if rw.ok:
            assert {"call", "grey", "rescue", "kitten"} <= _words(new), (flags, new)


def test_a_modifier_that_names_another_requirement_is_not_taken_with_the_statement():
    # "with bullet points under each one" asks for bullets: never dropped with the headings statement
    conv = _conv("Explain how vaccines work. Use at least 3 markdown headings with bullet points under each one.",
                 ["format:markdown_headings"], [{"num_headings": 3, "relation": "at least"}])  # fmt: skip
    rw, new = _rw(conv, [True])
    assert not rw.ok or "bullet" in new, new


def test_a_word_left_beside_statements_that_is_a_requirement_of_its_own_is_kept():
    # "it must NOT rhyme" has no type; a sentence with it is not a constraint-only sentence
    conv = _conv("Write a short toast for my brother's wedding. It must NOT rhyme, and don't use any commas.",
                 ["punctuation:no_comma"], [{}])  # fmt: skip
    rw, new = _rw(conv, [True])
    assert not rw.ok or "rhyme" in new, new
    # one stray word that is no requirement stays filler: the sentence is replaced whole
    conv = _conv("Write a short toast for my brother. No commas at all, yes really.", ["punctuation:no_comma"], [{}])
    rw, new = _rw(conv, [True])
    assert rw.ok and new == "Write a short toast for my brother. Use at least one comma in your response.", new


@pytest.mark.parametrize(
    "prompt",
    [
        # a task verb opens the sentence
        "Summarize the memo below so that fewer than 10 pronouns are used.\n\nMemo: We met and we agreed.",
        # the sentence also asks for something another type checks
        "Plan a picnic. Use at least 2 markdown headings with emojis under each.",
    ],
)
def test_a_cue_sentence_holding_more_than_its_constraint_is_refused(prompt):
    ids, kwargs = (
        (["count:pronouns_fewer"], [{"N": 10}])
        if "pronouns" in prompt
        else (["format:markdown_headings"], [{"num_headings": 2, "relation": "at least"}])
    )
    conv = _conv(prompt, ids, kwargs)
    rw, new = _rw(conv, [True])
    words = _words(prompt) - _words(render(build_types(conv.constraints)[0], None))
    assert not rw.ok or {"summarize", "memo", "emojis"} & words <= _words(new), new


@_NO_LONE_CLAUSE
def test_cli_reverse_constraints_cuts_a_tangled_clause_and_the_response_follows_the_new_prompt(tmp_path):
    """The real CLI: a tangled statement is cut, the task kept, and the response that failed the
    original constraint follows the rewritten prompt (verify-constraints)."""
    row = {"key": 1, "prompt": "Write two short toasts for a retirement party, separated by six asterisks (******).",
           "instruction_id_list": ["combination:two_responses"], "kwargs": [{}],
           "response": "To Ana: thirty years of kindness. Cheers to a well-earned rest!"}  # fmt: skip
    inp = write_jsonl(tmp_path / "in.jsonl", [row])
    out = tmp_path / "out.jsonl"
    r = run_rpo("reverse-constraints", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    (got,) = read_jsonl(out)
    assert got["rewrite_ok"] is True, got.get("rewrite_errors")
    assert got["prompt"].startswith("Write two short toasts for a retirement party. ")
    assert "six asterisks" not in got["prompt"]
    verified = run_rpo("verify-constraints", out, "-o", "-")
    assert json.loads(verified.stdout)["follow_all_instructions"] is True


@pytest.mark.parametrize(
    ("sentence", "type_id", "clause"),
    [
        ("Give me three tips for sleeping better, without using any commas.", "punctuation:no_comma",
         "without using any commas"),
        ("Write a dialogue between a cat and a broom with a title wrapped in double angular brackets, such as "
         "<<Dust Wars>>.", "detectable_format:title",
         "with a title wrapped in double angular brackets, such as <<Dust Wars>>"),
        ("Describe a quiet harbour at dawn in all lowercase letters, and mention a gull.",
         "change_case:english_lowercase", "in all lowercase letters"),
    ],
)  # fmt: skip
def test_the_grammar_alone_finds_the_clause_of_a_task_sentence(sentence, type_id, clause):
    """The clause finder, judged by the phrase grammar: the clause the grammar reads as
    the constraint on its own, the rest of the sentence no longer read so, the example kept with it."""
    from rpo_cli.constraints import registry
    from rpo_cli.stages.reverse import _statement_clause

    found = _statement_clause(sentence, 0, len(sentence), registry.build(type_id, {}))
    assert found is not None and sentence[found[0] : found[1]] == clause
