"""The one counts type: merge is addition, to_dict/from_dict round-trip through JSON, and a
run's record (ChunkCounts) merged from per-chunk records read back equals the one counted live."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from rpo_cli.judge import JudgeStats
from rpo_cli.stages.decompose import DecomposeStats
from rpo_cli.stages.pair import PairStats
from rpo_cli.stages.reverse import ReverseStats
from rpo_cli.stages.reverse_llm import ReversalStats
from rpo_cli.stages.sample import SampleStats
from rpo_cli.stages.verify import VerifyStats
from rpo_cli.work import ChunkCounts

n = st.integers(min_value=0, max_value=10**6)
reasons = st.dictionaries(st.text(min_size=1, max_size=8), st.integers(min_value=1, max_value=1000), max_size=4)
margins = st.dictionaries(st.integers(min_value=1, max_value=30), st.integers(min_value=1, max_value=1000), max_size=4)

pair_stats = st.builds(PairStats, conversations=n, responses=n, kept_responses=n, pairs=n,
                       dropped_responses=reasons.map(Counter), no_pair=reasons.map(Counter),
                       dropped_pairs=reasons.map(Counter), margins=margins.map(Counter),
                       per_type=reasons.map(Counter), reversed_per_type=reasons.map(Counter))  # fmt: skip
sample_stats = st.builds(SampleStats, rows=n, samples=n, prompt_tokens=n, skipped=reasons.map(Counter),
                         finish_reasons=reasons.map(Counter))  # fmt: skip
decompose_stats = st.builds(DecomposeStats, rows=n, by_rules=n, by_llm=n, rejected=reasons.map(Counter))
judge_stats = st.builds(JudgeStats, requests=n, unknown=reasons.map(Counter))
reversal_stats = st.builds(ReversalStats, asked=n, cached=n, failed=n)
reverse_stats = st.builds(ReverseStats, rows=n, reversed=n, not_reversible=reasons.map(Counter))
verify_stats = st.builds(VerifyStats, responses=n, prompt_failed=n,
                         per_type=st.dictionaries(st.text(min_size=1, max_size=8), reasons.map(Counter), max_size=3),
                         unknown_reasons=reasons.map(Counter))  # fmt: skip
chunk_counts = st.builds(ChunkCounts, pair_stats, sample_stats, decompose_stats, st.none() | judge_stats,
                         st.none() | reversal_stats)  # fmt: skip

STRATEGIES = {PairStats: pair_stats, SampleStats: sample_stats, DecomposeStats: decompose_stats,
              JudgeStats: judge_stats, ReversalStats: reversal_stats, ReverseStats: reverse_stats,
              VerifyStats: verify_stats}  # fmt: skip
any_stats = st.one_of(*STRATEGIES.values())


@settings(deadline=None)  # a shared, loaded machine: no per-example deadline
@given(any_stats)
def test_stage_counts_round_trip_through_json(s):
    back = type(s).from_dict(json.loads(json.dumps(s.to_dict())))
    assert back == s and back.to_dict() == s.to_dict()


@settings(deadline=None)  # a shared, loaded machine: no per-example deadline
@given(st.data())
def test_merge_adds_every_field(data):
    a = data.draw(any_stats)
    b = data.draw(STRATEGIES[type(a)])
    merged = type(a).from_dict(a.to_dict()).merge(b)
    for key, value in merged.to_dict().items():
        x, y = a.to_dict()[key], b.to_dict()[key]
        if isinstance(value, dict) and key == "per_type" and isinstance(merged, VerifyStats):  # a tally per type
            for t in {**x, **y}:
                tx, ty = x.get(t, {}), y.get(t, {})
                assert value[t] == {k: tx.get(k, 0) + ty.get(k, 0) for k in {**tx, **ty}}
        elif isinstance(value, dict):
            assert value == {k: x.get(k, 0) + y.get(k, 0) for k in {**x, **y}}
        else:
            assert value == x + y


@settings(deadline=None)  # a shared, loaded machine: no per-example deadline
@given(st.lists(chunk_counts, min_size=1, max_size=5))
def test_a_run_merged_from_markers_equals_the_live_merge(chunks):
    live = ChunkCounts()
    for c in chunks:
        live.merge(ChunkCounts.from_dict(c.to_dict()))
    from_markers = ChunkCounts()
    for c in chunks:  # written as done-markers, read back after a crash
        from_markers.merge(ChunkCounts.from_dict(json.loads(json.dumps(c.to_dict()))))
    assert from_markers.to_dict() == live.to_dict() and from_markers.summary() == live.summary()
    # a stage set up in any chunk shows in the summary; one never set up does not
    assert ("judge" in live.summary()) == any(c.judge is not None for c in chunks)


def test_merging_does_not_alias_the_first_record():
    judge = JudgeStats(requests=2)
    total = ChunkCounts().merge(ChunkCounts(judge=judge)).merge(ChunkCounts(judge=JudgeStats(requests=3)))
    assert total.judge is not None and total.judge.requests == 5 and judge.requests == 2
