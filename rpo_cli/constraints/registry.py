"""The registry: constraint type id -> class. Families register themselves on import."""

from __future__ import annotations

import difflib
import importlib
from typing import Any

from rpo_cli.constraints.base import ConstraintType

_REGISTRY: dict[str, type[ConstraintType]] = {}

# Family modules, imported once on first use so that `import rpo_cli` stays cheap.
FAMILIES = (
    "keywords",
    "language",
    "length",
    "content",
    "format",
    "combination",
    "startend",
    "case",
    "punctuation",
    "extra",
    "ifbench_count",
    "ifbench_words",
    "ifbench_format",
    "freeform",
)
_loaded = False


class UnknownConstraintError(KeyError):
    def __init__(self, type_id: str, suggestions: list[str]):
        self.type_id = type_id
        self.suggestions = suggestions
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown constraint id {type_id!r}{hint}")

    def __str__(self) -> str:
        return self.args[0]


def register(cls: type[ConstraintType]) -> type[ConstraintType]:
    """Class decorator: add a type to the registry under its ``id`` (ids are unique)."""
    if not cls.id:
        raise ValueError(f"{cls.__name__} has no id")
    if cls.id in _REGISTRY and _REGISTRY[cls.id] is not cls:
        raise ValueError(f"duplicate constraint id {cls.id!r}")
    if not cls.family:
        cls.family = cls.id.split(":")[0]
    _REGISTRY[cls.id] = cls
    return cls


def _load() -> None:
    global _loaded
    if not _loaded:
        for fam in FAMILIES:
            importlib.import_module(f"rpo_cli.constraints.{fam}")
        _loaded = True


def all_types() -> dict[str, type[ConstraintType]]:
    """Every registered type, by id, sorted."""
    _load()
    return dict(sorted(_REGISTRY.items()))


def get(type_id: str) -> type[ConstraintType]:
    """The class for ``type_id``; an unknown id raises with the closest registered ids."""
    _load()
    try:
        return _REGISTRY[type_id]
    except KeyError:
        close = difflib.get_close_matches(type_id, list(_REGISTRY), n=3, cutoff=0.5)
        raise UnknownConstraintError(type_id, close) from None


def build(type_id: str, kwargs: dict[str, Any] | None = None) -> ConstraintType:
    """Validate and instantiate a constraint (raises UnknownConstraintError / ConstraintArgsError)."""
    return get(type_id).from_kwargs(kwargs)
