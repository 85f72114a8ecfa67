"""Shared helpers of the rewriting tests: an IFEval-form row as a conversation, and its rewrite."""

from __future__ import annotations

import json

from rpo_cli.stages.read import parse_row
from rpo_cli.stages.reverse import Rewrite, rewrite
from rpo_cli.stages.verify import build_types


def ifeval_conv(prompt: str, ids: list[str], kwargs: list[dict]):
    """The conversation `rpo` reads from an IFEval-form row (no spans: statements are located)."""
    row = {"key": 1, "prompt": prompt, "instruction_id_list": ids, "kwargs": kwargs}
    return parse_row(json.dumps(row).encode("utf-8"))


def rewrite_last(conv, flags: list[bool]) -> tuple[Rewrite, str]:
    """The rewrite reversing the flagged constraints, and the rewritten last message's text."""
    rw = rewrite(conv, build_types(conv.constraints), flags)
    return rw, rw.messages[-1].content
