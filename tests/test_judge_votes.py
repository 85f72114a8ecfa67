"""The judge's vote, tie and error paths, with a scripted backend (tests/scripted_backend.py)
whose K answers per request are given: a real engine on a random model cannot tell a right
verdict from a wrong one, so these paths are pinned here. Unknown is never a pass or a fail."""

from __future__ import annotations

import json

from rpo_cli.judge import Judge, JudgeItem
from tests.scripted_backend import ScriptedBackend

FOLLOWED = json.dumps({"reasoning": "three lines", "verdict": "followed"})
NOT = json.dumps({"reasoning": "four lines", "verdict": "not_followed"})
YES, NO = json.dumps({"verdict": "yes"}), json.dumps({"verdict": "no"})
JUNK = "I think it is fine"


def _judge(answers: list[str | None], votes: int) -> tuple[Judge, ScriptedBackend]:
    backend = ScriptedBackend(script=lambda _req, k: answers[k])
    return Judge(backend, votes=votes), backend


def _one(judge: Judge):
    item = JudgeItem("c1", [{"role": "user", "content": "Write a haiku."}], "an old pond", "Write exactly three lines.")
    [result] = judge.judge([item])
    return result


def test_majority_of_votes_decides_and_says_the_share():
    judge, backend = _judge([FOLLOWED, NOT, FOLLOWED], votes=3)
    r = _one(judge)
    assert r.followed is True and "2/3 votes" in r.reason and "three lines" in r.reason
    [(n_requests, params)] = backend.calls
    assert n_requests == 1 and params.n == 3 and params.temperature > 0  # K samples need a temperature
    assert params.json_schema["properties"]["verdict"]  # the answer is constrained to the schema
    assert judge.stats.requests == 1 and not judge.stats.unknown

    judge, _ = _judge([NOT, NOT, FOLLOWED], votes=3)
    assert _one(judge).followed is False


def test_a_tie_is_unknown_and_counted():
    judge, _ = _judge([FOLLOWED, NOT], votes=2)
    r = _one(judge)
    assert r.followed is None and r.reason.startswith("judge_tie")
    assert judge.stats.unknown == {"judge_tie": 1}


def test_unparseable_answers_do_not_vote():
    judge, _ = _judge([JUNK, NOT, JUNK], votes=3)  # one valid vote decides
    assert _one(judge).followed is False
    judge, _ = _judge([JUNK, FOLLOWED, NOT], votes=3)  # junk cannot break a tie
    assert _one(judge).followed is None
    judge, _ = _judge([JUNK], votes=1)
    r = _one(judge)
    assert r.followed is None and r.reason == "judge_error: unparseable answer"
    assert judge.stats.unknown == {"judge_error": 1}


def test_an_engine_error_is_unknown_never_a_verdict():
    judge, _ = _judge([None], votes=1)  # the backend returns an error result, no samples
    r = _one(judge)
    assert r.followed is None and r.reason.startswith("judge_error: engine_error")
    assert judge.stats.unknown == {"judge_error": 1} and judge.stats.requests == 1


def test_condition_triggers_use_the_same_tally():
    msgs = [{"role": "user", "content": "I love someone."}]
    for answers, expected in (([YES, YES, NO], True), ([NO, JUNK, NO], False), ([YES, NO, JUNK], None),
                              ([JUNK, JUNK, JUNK], None)):  # fmt: skip
        judge, _ = _judge(answers, votes=3)
        assert judge.conditions([("c1", msgs, "the user mentions love")]) == [expected]
        assert judge.stats.unknown == ({"condition": 1} if expected is None else {})


def test_no_items_no_requests():
    judge, backend = _judge([FOLLOWED], votes=1)
    assert judge.judge([]) == [] and judge.conditions([]) == [] and backend.calls == []
