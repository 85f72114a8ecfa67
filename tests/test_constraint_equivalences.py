"""Constraint readings that the evaluators score as one: they must decide every response alike.

bench/eval_decompose.py scores a word range (``count:word_count_range`` {A, B}) and the pair the
rules emit for it (``number_words`` at least A and less than B+1, each reversible) as the same
constraint. That is only honest if no response can tell them apart.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from rpo_cli.constraints.registry import build

# words, punctuation, digits, apostrophes, hyphens, non-Latin letters and blank runs: the places
# where two word counters could disagree
_PIECES = st.sampled_from(
    ["word", "it's", "well-known", "3.5", "C++", "U.S.", "—", "...", " ", "\n\n", "naïve", "日本語", "x_y", "42"]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(_PIECES, max_size=60),
    low=st.integers(min_value=0, max_value=40),
    width=st.integers(min_value=0, max_value=30),
)
def test_word_range_decides_like_two_number_words(pieces: list[str], low: int, width: int) -> None:
    text = " ".join(pieces)
    high = low + width
    rng = build("count:word_count_range", {"min_words": low, "max_words": high}).evaluate(text).followed
    below = build("length_constraints:number_words", {"num_words": high + 1, "relation": "less than"})
    pair = below.evaluate(text).followed
    if low >= 1:  # number_words needs N >= 1; "at least 0 words" is no constraint
        at_least = build("length_constraints:number_words", {"num_words": low, "relation": "at least"})
        pair = pair and at_least.evaluate(text).followed
    assert rng == pair, text
