"""The contract every constraint type follows: validated kwargs, describe(), check(), reverse().

A type is one small class. Three kinds of reversal cover nearly every type:

* relation types ("at least N" / "less than N") flip their relation field: the two relations
  partition the integers, so the reversal is an exact complement (never "at most N", which
  overlaps "at least N" at N);
* a type with a registered negation (``@negation_of(Base)``) reverses to it and back; the
  negation's check is literally ``not base.check``, so the complement is exact by construction;
* a type without an exact, natural complement keeps ``reverse() -> None`` and says why in
  ``not_reversible_reason``.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from rpo_cli.errors import ConstraintArgsError

Relation = Literal["less than", "at least"]
FLIP: dict[str, str] = {"less than": "at least", "at least": "less than"}


def compare(value: int | float, relation: str, threshold: int | float) -> bool:
    """IFEval's two relations: "less than" is ``<``, "at least" is ``>=``."""
    if relation == "less than":
        return value < threshold
    if relation == "at least":
        return value >= threshold
    raise ValueError(f"unknown relation {relation!r}")


def _wants_int(annotation: Any) -> bool:
    return annotation is int or int in typing.get_args(annotation)


def _strip_strings(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [v.strip() if isinstance(v, str) else v for v in value]
    return value


class Args(BaseModel):
    """Base of every kwargs model. Validation is strict: unknown fields are errors, and a number
    given as a string or a boolean is rejected (lax coercion turned ``"num_words": true`` into 1);
    only an integral float such as ``50.0`` is accepted for an integer, and stored as ``50``.
    String values (and strings in lists) are stripped, as IFEval's reference strips its markers,
    keywords and phrases, so ``" P.S. "`` means ``"P.S."``; fields named in ``keep_whitespace``
    are taken as written."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
    #: Fields whose surrounding whitespace is part of the value.
    keep_whitespace: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out = dict(data)
        for name, info in cls.model_fields.items():
            if name not in out:
                continue
            v = out[name]
            if isinstance(v, float) and v.is_integer() and _wants_int(info.annotation):
                out[name] = int(v)
            elif name not in cls.keep_whitespace:
                out[name] = _strip_strings(v)
        return out


class NoArgs(Args):
    pass


#: The reason of the unknown verdict every type gives a blank response.
EMPTY_RESPONSE = "empty_response: the response is blank"
REFERENCE_BLANK = "empty_response: the reference fails every instruction on a blank response"


@dataclass(frozen=True)
class CheckResult:
    """A verdict: followed True/False, or None for unknown (with the reason)."""

    followed: bool | None
    reason: str = ""


class ConstraintType:
    """One constraint type. Subclasses set ``id``, ``Args``, and implement describe/evaluate."""

    id: ClassVar[str] = ""
    family: ClassVar[str] = ""
    Args: ClassVar[type[Args]] = NoArgs
    #: Name of the relation field ("less than"/"at least") when reversal flips it.
    relation_field: ClassVar[str | None] = None
    #: Set by @negation_of on the base type: the registered type that is its exact complement.
    negated_by: ClassVar[type[ConstraintType] | None] = None
    #: Why reverse() returns None, for types with no exact, natural complement.
    not_reversible_reason: ClassVar[str | None] = None
    #: Kwargs of a realistic instance, for `rpo constraints` and for tests.
    example: ClassVar[dict[str, Any]] = {}
    #: True for types code cannot check (an LLM judge must).
    needs_judge: ClassVar[bool] = False

    def __init__(self, args: Args):
        self.args = args

    # construction -------------------------------------------------------------------------
    @classmethod
    def from_kwargs(cls, kwargs: dict[str, Any] | None) -> ConstraintType:
        """Validate kwargs (``None`` values count as absent, as IFBench pads with nulls)."""
        clean = {k: v for k, v in (kwargs or {}).items() if v is not None}
        try:
            return cls(cls.Args.model_validate(clean))
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                field = ".".join(str(p) for p in err["loc"]) or "kwargs"
                problems.append(f"{field}: {err['msg']}")
            raise ConstraintArgsError(f"{cls.id}: bad kwargs: " + "; ".join(problems)) from None

    def kwargs(self) -> dict[str, Any]:
        """The kwargs as plain JSON-able values, absent optional fields left out."""
        return self.args.model_dump(mode="json", exclude_none=True)

    # the three methods --------------------------------------------------------------------
    def describe(self) -> str:
        """The instruction text, in natural English, that states this constraint."""
        raise NotImplementedError

    def evaluate(self, response: str) -> bool | CheckResult:
        """Check the response; may raise (the caller turns that into unknown)."""
        raise NotImplementedError

    def check(self, response: str) -> CheckResult:
        """The verdict for ``response``. An exception is unknown, never a pass or a fail.

        A blank response (empty or whitespace only) is unknown for every type: it is a failed
        generation, not an answer, so no label about it is trustworthy in either direction ("no
        commas" would hold vacuously, "at least 3 words" would fail). Unknown keeps reversal an
        exact complement (unknown stays unknown) and keeps blank replies out of every pair."""
        if not response.strip():
            return CheckResult(None, EMPTY_RESPONSE)
        return self._run(self.evaluate, response)

    def check_reference(self, response: str) -> CheckResult:
        """The verdict IFEval's / IFBench's own checker gives (``--semantics reference``), bugs
        included: the references' harness fails every instruction on a blank response, and a
        type whose reference differs from rpo's corrected check overrides
        :meth:`evaluate_reference`. Types the references lack check as in corrected mode."""
        if not response.strip():
            return CheckResult(False, REFERENCE_BLANK)
        return self._run(self.evaluate_reference, response)

    def evaluate_reference(self, response: str) -> bool | CheckResult:
        """The reference checker's semantics; the corrected ones unless a type overrides this."""
        return self.evaluate(response)

    @staticmethod
    def _run(fn, response: str) -> CheckResult:
        try:
            out = fn(response)
        except Exception as exc:
            return CheckResult(None, f"checker_error: {type(exc).__name__}: {exc}")
        if isinstance(out, CheckResult):
            return out
        return CheckResult(bool(out))

    def reverse(self) -> ConstraintType | None:
        """The exact complement as a registered type, or None (see ``not_reversible_reason``)."""
        if self.relation_field:
            rel = getattr(self.args, self.relation_field)
            return type(self)(self.args.model_copy(update={self.relation_field: FLIP[rel]}))
        if self.negated_by is not None:
            return self.negated_by(self.args)
        return None

    @classmethod
    def reversible(cls) -> bool:
        return bool(cls.relation_field or cls.negated_by)

    # identity -----------------------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConstraintType) and (self.id, self.kwargs()) == (other.id, other.kwargs())

    def __hash__(self) -> int:
        return hash((self.id, repr(sorted(self.kwargs().items()))))

    def __repr__(self) -> str:
        return f"<{self.id} {self.kwargs()}>"


class Negation(ConstraintType):
    """A type defined as the exact complement of ``base`` (same kwargs). Created with @negation_of."""

    base: ClassVar[type[ConstraintType]]

    def evaluate(self, response: str) -> CheckResult:
        return self._negate(self.base(self.args).check(response))

    def evaluate_reference(self, response: str) -> CheckResult:
        return self._negate(self.base(self.args).check_reference(response))

    @staticmethod
    def _negate(res: CheckResult) -> CheckResult:
        if res.followed is None:
            return res
        return CheckResult(not res.followed, res.reason)

    def reverse(self) -> ConstraintType:
        return self.base(self.args)

    @classmethod
    def reversible(cls) -> bool:
        return True


def negation_of(base: type[ConstraintType]):
    """Class decorator: declare ``cls`` the exact complement of ``base``, sharing its kwargs."""

    def wrap(cls: type[Negation]) -> type[Negation]:
        if not issubclass(cls, Negation):
            raise TypeError(f"{cls.__name__} must subclass Negation")
        cls.base = base
        cls.Args = base.Args
        cls.family = cls.family or base.family
        if not cls.example:
            cls.example = base.example
        base.negated_by = cls
        return cls

    return wrap
