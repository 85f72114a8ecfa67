"""Counts in plain English for messages and the dataset card."""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """``plural(1, "conversation")`` -> "1 conversation"; ``plural(2, ...)`` -> "2 conversations"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
