"""Realistic kwargs for every registered type, for the describe() round-trip property test.

describe() texts are what rewritten prompts say, so the values drawn here are the kind a prompt
holds (words, phrases, markers, counts people ask for), not arbitrary unicode: a keyword made of
control characters says nothing about the grammar. Each field draws from a pool by its name, and
integers range over small and large counts alike, above the field's lower bound.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

from hypothesis import assume
from hypothesis import strategies as st

from rpo_cli.constraints import get
from rpo_cli.errors import ConstraintArgsError

WORDS = ["moon", "tide", "lantern", "harbor", "river", "coffee", "Paris", "blue", "sunrise", "robot", "garden",
         "winter", "pizza", "freedom", "ocean", "code", "music", "dragon", "budget", "cloud"]  # fmt: skip
PHRASES = ["shiver me timbers", "Is there anything else I can help with?", "Hope this helps.", "Once upon a time",
           "Ahoy!", "Dear friend", "Any other questions?", "That is all.", "Let me know if you have additional "
           "questions.", "In conclusion", "Peace out", "Thank you for reading"]  # fmt: skip
SENTENCES = ["Write a haiku about autumn leaves.", "Describe a quiet morning in a fishing village.",
             "Explain how rainbows form.", "Write a short story about a lighthouse keeper who finds a message in a "
             "bottle.", "List three benefits of drinking water.", "Summarize the history of the bicycle in a few "
             "lines."]  # fmt: skip
POOLS: dict[str, list[Any]] = {
    "keyword": WORDS, "word": WORDS, "first_word": [w.lower() for w in WORDS] + ["however", "first", "today"],
    "phrase": PHRASES, "end_phrase": PHRASES, "start_phrase": PHRASES,
    "letter": list("abcdefghijklmnopqrstuvwxyz"),
    "section_spliter": ["SECTION", "Section", "PART", "Part", "Chapter", "Day", "Step", "Paragraph"],
    "postscript_marker": ["P.S.", "P.P.S", "P.S", "PS"],
    "sep": ["SEPARATOR", "###", "|||", "NEXT", "~~"],
    "options": ["yes/no/maybe", "A/B/C/D", "true/false", "agree/disagree/not sure"],
    "prompt_to_repeat": SENTENCES, "reference_text": SENTENCES,
}  # fmt: skip
LISTS = {"keys": ["name", "age", "city", "id", "title", "score"]}


def _ints(lo: int, hi: int | None, name: str) -> st.SearchStrategy[int]:
    if name == "percentage":
        return st.integers(max(lo, 0), min(hi or 100, 100))
    small = st.integers(lo, max(lo, 12))
    large = st.sampled_from([v for v in (15, 20, 25, 40, 50, 75, 100, 120, 150, 200, 250, 300, 500, 800, 1000)
                             if v >= lo and (hi is None or v <= hi)])  # fmt: skip
    return st.one_of(small, large)


def field_strategy(name: str, ann: Any, metadata: list[Any]) -> st.SearchStrategy:
    """Values for one kwargs field, by its name and annotation."""
    origin = typing.get_origin(ann)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(ann) if a is not type(None)]
        return field_strategy(name, inner[0], metadata)
    if origin is Literal:
        return st.sampled_from(typing.get_args(ann))
    if ann is int:
        lo, hi = 0, None
        for m in metadata:
            lo = max(lo, getattr(m, "ge", None) or 0, (getattr(m, "gt", None) or -1) + 1)
            hi = getattr(m, "le", None) if getattr(m, "le", None) is not None else hi
        return _ints(lo, hi, name)
    if origin is list:
        pool = LISTS.get(name, WORDS)
        return st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=True)
    if ann is str:
        return st.sampled_from(POOLS.get(name, WORDS))
    raise TypeError(f"no strategy for field {name}: {ann}")


@st.composite
def instances(draw, type_id: str):
    """A valid instance of ``type_id`` with drawn kwargs (combinations the type rejects are skipped)."""
    cls = get(type_id)
    kwargs = {n: draw(field_strategy(n, f.annotation, f.metadata)) for n, f in cls.Args.model_fields.items()}
    try:
        return cls.from_kwargs(kwargs)
    except ConstraintArgsError:
        assume(False)
