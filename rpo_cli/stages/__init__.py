"""Pipeline stages: plain functions over iterators of the models in rpo_cli.schema.

read -> (decompose) -> (sample) -> verify -> reverse -> pair -> write. Stages never print;
they count into stats objects that the console renders.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, in order (itertools.batched arrives only in Python 3.12)."""
    buf: list[T] = []
    for x in items:
        buf.append(x)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf
