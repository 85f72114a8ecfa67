"""Constraint types: one class per type, registered by id. See base.py for the contract."""

from rpo_cli.constraints.base import CheckResult, ConstraintType
from rpo_cli.constraints.registry import UnknownConstraintError, all_types, build, get

__all__ = ["CheckResult", "ConstraintType", "UnknownConstraintError", "all_types", "build", "get"]
