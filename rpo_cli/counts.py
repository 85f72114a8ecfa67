"""One counts type for every stage: a dataclass of integer counters and per-reason tallies that
merges with another of its kind and round-trips through JSON, so that per-chunk counts written
to a done-marker and read back after a crash sum to exactly what an uninterrupted run counts.

A stage's stats subclass :class:`Counts` and declare their fields: ``int`` fields are added,
``Counter`` fields are merged key by key. Keys of a Counter are strings in JSON; a class lists
in ``INT_KEYS`` the Counters whose keys are ints (e.g. pair margins).
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
            else:
                setattr(self, f.name, mine + theirs)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: ints as they are, tallies as ``{key: n}`` with keys sorted."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = {str(k): v for k, v in sorted(value.items())} if isinstance(value, Counter) else value
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Self:
        """The inverse of :meth:`to_dict`; absent fields count zero, unknown keys are ignored."""
        s = cls()
        for f in dataclasses.fields(s):
            if f.name not in d:
                continue
            if isinstance(getattr(s, f.name), Counter):
                items = d[f.name].items()
                getattr(s, f.name).update({(int(k) if f.name in cls.INT_KEYS else k): v for k, v in items})
            else:
                setattr(s, f.name, d[f.name])
        return s

    def __bool__(self) -> bool:
        """True when anything was counted."""
        return any(bool(getattr(self, f.name)) for f in dataclasses.fields(self))
