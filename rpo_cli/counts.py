"""One counts type for every stage: a dataclass of integer counters and per-reason tallies that
merges with another of its kind and round-trips through JSON, so that per-chunk counts written
to a done-marker and read back after a crash sum to exactly what an uninterrupted run counts.

A stage's stats subclass :class:`Counts` and declare their fields: ``int`` fields are added,
``Counter`` fields are merged key by key, and ``dict[str, Counter]`` fields (a tally per key,
e.g. verdicts per constraint type; make them ``defaultdict(Counter)``) are merged per key.
Keys of a Counter are strings in JSON; a class lists in ``INT_KEYS`` the Counters whose keys
are ints (e.g. pair margins).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any, ClassVar, Self


@dataclasses.dataclass
class Counts:
    """Base of every stage's counts: merge, to_dict, from_dict from the dataclass fields."""

    INT_KEYS: ClassVar[tuple[str, ...]] = ()

    def merge(self, other: Self) -> Self:
        """Add ``other``'s counts to these (in place); returns self."""
        for f in dataclasses.fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, dict):
                for key, tally in theirs.items():
                    mine.setdefault(key, Counter()).update(tally)
            else:
                setattr(self, f.name, mine + theirs)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: ints as they are, tallies as ``{key: n}`` with keys sorted."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Counter):
                out[f.name] = {str(k): v for k, v in sorted(value.items())}
            elif isinstance(value, dict):
                out[f.name] = {k: dict(sorted(c.items())) for k, c in sorted(value.items())}
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Self:
        """The inverse of :meth:`to_dict`; absent fields count zero, unknown keys are ignored."""
        s = cls()
        for f in dataclasses.fields(s):
            if f.name not in d:
                continue
            mine = getattr(s, f.name)
            if isinstance(mine, Counter):
                items = d[f.name].items()
                mine.update({(int(k) if f.name in cls.INT_KEYS else k): v for k, v in items})
            elif isinstance(mine, dict):
                for key, tally in d[f.name].items():
                    mine.setdefault(key, Counter()).update(tally)
            else:
                setattr(s, f.name, d[f.name])
        return s
