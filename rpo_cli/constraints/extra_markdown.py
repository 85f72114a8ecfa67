"""Markdown and JSON constraint types of persona / system prompts ("use a numbered list",
"no markdown", "respond in JSON with keys name and age"). Imported by ``extra``.

Markdown is read the way a chat UI renders it: parsed with ``markdown-it-py`` as CommonMark plus
GitHub's tables and strikethrough. So a list, heading or "**" inside a code block is code, not
Markdown structure; "1." at a line start is a list item only where CommonMark makes it one.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any, ClassVar

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, NoArgs, Relation, compare, negation_of
from rpo_cli.constraints.registry import register


def _count(relation: str, n: int, one: str, many: str) -> str:
    return f"{relation} {n} {one if n == 1 else many}"


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


@functools.lru_cache(maxsize=512)
def _tokens(response: str) -> tuple:
    """Block tokens followed by every inline child token (one flat tuple; read-only)."""
    out = []
    for tok in _parser().parse(response):
        out.append(tok)
        out.extend(tok.children or ())
    return tuple(out)


def _count_tokens(response: str, pred) -> int:
    return sum(1 for t in _tokens(response) if pred(t))


class NumItemsArgs(Args):
    num_items: int = Field(ge=1)
    relation: Relation


class NumBulletsArgs(Args):
    num_bullets: int = Field(ge=1)
    relation: Relation


class NumHeadingsArgs(Args):
    num_headings: int = Field(ge=1)
    relation: Relation


class NumBlocksArgs(Args):
    num_blocks: int = Field(ge=1)
    relation: Relation


def _is_ordered_item(t) -> bool:
    return t.type == "list_item_open" and t.markup in (".", ")")


def _is_bullet_item(t) -> bool:
    return t.type == "list_item_open" and t.markup in ("-", "*", "+")


@register
class NumberedList(ConstraintType):
    """Number of numbered-list items ("1. ", "2) "), nested items included, as CommonMark parses
    them (so "2024. It was..." after a paragraph line is text, and code blocks hold no lists)."""

    id = "format:numbered_list"
    Args = NumItemsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_items": 3, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        if a.relation == "less than" and a.num_items == 1:
            return "Do not use a numbered list."
        if a.relation == "at least" and a.num_items == 1:
            return "Use a numbered list in your response."
        if a.relation == "at least":
            return f"Use a numbered list with at least {a.num_items} items."
        return f"Use less than {a.num_items} numbered list items in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = _count_tokens(response, _is_ordered_item)
        return CheckResult(compare(n, self.args.relation, self.args.num_items), f"{n} numbered items")


@register
class BulletPoints(ConstraintType):
    """Number of bullet points ("- ", "* ", "+ " list items, nested ones included) as CommonMark
    parses them. Unlike IFEval's detectable_format:number_bullet_lists (exactly N lines that
    start with "*" or "-"), this is a relation, and "**bold**" or "---" lines are not bullets."""

    id = "format:bullet_points"
    Args = NumBulletsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_bullets": 5, "relation": "less than"}

    def describe(self) -> str:
        a = self.args
        if a.relation == "less than" and a.num_bullets == 1:
            return "Do not use bullet points."
        return f"Use {_count(a.relation, a.num_bullets, 'bullet point', 'bullet points')} in your response."

    def evaluate(self, response: str) -> CheckResult:
        n = _count_tokens(response, _is_bullet_item)
        return CheckResult(compare(n, self.args.relation, self.args.num_bullets), f"{n} bullet points")


@register
class MarkdownHeadings(ConstraintType):
    """Number of Markdown headings: ATX ("# " to "###### " at a line start) and setext
    (a line underlined with "===" or "---"), outside code blocks."""

    id = "format:markdown_headings"
    Args = NumHeadingsArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_headings": 2, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        if a.relation == "less than" and a.num_headings == 1:
            return "Do not use any Markdown headings."
        return (
            f"Use {_count(a.relation, a.num_headings, 'Markdown heading', 'Markdown headings')} "
            "(lines starting with #) in your response."
        )

    def evaluate(self, response: str) -> CheckResult:
        n = _count_tokens(response, lambda t: t.type == "heading_open")
        return CheckResult(compare(n, self.args.relation, self.args.num_headings), f"{n} headings")


@register
class CodeBlocks(ConstraintType):
    """Number of fenced code blocks (``` or ~~~). An unclosed fence runs to the end of the
    response and counts, as in CommonMark. Indented (4-space) code blocks do not count."""

    id = "format:code_block"
    Args = NumBlocksArgs
    relation_field = "relation"
    example: ClassVar[dict[str, Any]] = {"num_blocks": 1, "relation": "at least"}

    def describe(self) -> str:
        a = self.args
        if a.relation == "less than" and a.num_blocks == 1:
            return "Do not use any code blocks."
        if a.relation == "at least" and a.num_blocks == 1:
            return "Put code in a fenced code block (```)."
        return f"Include {_count(a.relation, a.num_blocks, 'fenced code block', 'fenced code blocks')} (```)."

    def evaluate(self, response: str) -> CheckResult:
        n = _count_tokens(response, lambda t: t.type == "fence")
        return CheckResult(compare(n, self.args.relation, self.args.num_blocks), f"{n} code blocks")


# Token type -> the Markdown feature it shows. Plain paragraphs, line breaks and raw HTML are
# not Markdown features; everything a renderer turns into structure or styling is.
_MARKDOWN_FEATURES = {
    "heading_open": "heading",
    "bullet_list_open": "bullet list",
    "ordered_list_open": "numbered list",
    "blockquote_open": "block quote",
    "fence": "code block",
    "code_block": "indented code block",
    "hr": "horizontal rule",
    "table_open": "table",
    "strong_open": "bold",
    "em_open": "italics",
    "s_open": "strikethrough",
    "code_inline": "inline code",
    "link_open": "link",
    "image": "image",
}


def markdown_features(response: str) -> list[str]:
    """The Markdown features the response uses, in order of first appearance, without repeats."""
    seen: dict[str, None] = {}
    for t in _tokens(response):
        name = _MARKDOWN_FEATURES.get(t.type)
        if name:
            seen.setdefault(name)
    return list(seen)


@register
class NoMarkdown(ConstraintType):
    """Plain text: no Markdown. Parsed as CommonMark + GitHub tables and strikethrough, the
    response has none of: heading (# or setext), bullet list, numbered list, block quote (>),
    fenced or indented code block, horizontal rule (---, ***), table, bold, italics (so
    "*smiles*" role-play actions count), strikethrough, inline code, link or image. Escaped
    characters (\\*) and a lone "*" between spaces are plain text."""

    id = "format:no_markdown"
    Args = NoArgs

    def describe(self) -> str:
        return (
            "Write in plain text: do not use any Markdown formatting (no headings, lists, bold, italics, code, "
            "links or tables)."
        )

    def evaluate(self, response: str) -> CheckResult:
        found = markdown_features(response)
        return CheckResult(not found, f"found: {', '.join(found)}" if found else "no markdown")


@register
@negation_of(NoMarkdown)
class UseMarkdown(Negation):
    """Complement of format:no_markdown: at least one Markdown feature from that list."""

    id = "format:use_markdown"

    def describe(self) -> str:
        return "Format your response with Markdown (for example headings, lists, bold or italics)."


class JsonKeysArgs(Args):
    keys: list[str] = Field(min_length=1)

    @field_validator("keys")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not k for k in v):
            raise ValueError("keys must be non-empty strings")
        return v


# The whole response may sit in one fence (```json ... ```), as chat models write JSON.
_JSON_FENCE = re.compile(r"```[ \t]*(?:json)?[ \t]*\n(.*?)\n?[ \t]*```", re.DOTALL | re.IGNORECASE)


def _quote(keys: list[str]) -> str:
    quoted = [f'"{k}"' for k in keys]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


@register
class JsonKeys(ConstraintType):
    """The whole response is one JSON object (optionally wrapped in a single ```json fence, with
    nothing before or after it) whose top level has every key (keys are case-sensitive, as in
    JSON). Other keys may be present."""

    id = "format:json_keys"
    Args = JsonKeysArgs
    example: ClassVar[dict[str, Any]] = {"keys": ["name", "age"]}

    def describe(self) -> str:
        ks = self.args.keys
        word = "key" if len(ks) == 1 else "keys"
        return f"Respond only with a JSON object that has the {word} {_quote(ks)}."

    def evaluate(self, response: str) -> CheckResult:
        s = response.strip()
        m = _JSON_FENCE.fullmatch(s)
        if m:
            s = m.group(1)
        try:
            obj = json.loads(s)
        except ValueError as exc:
            return CheckResult(False, f"not JSON: {exc}")
        if not isinstance(obj, dict):
            return CheckResult(False, f"JSON {type(obj).__name__}, not an object")
        missing = [k for k in self.args.keys if k not in obj]
        return CheckResult(not missing, f"missing keys: {_quote(missing)}" if missing else "all keys present")


@register
@negation_of(JsonKeys)
class NotJsonKeys(Negation):
    """Complement of format:json_keys: the response is not a JSON object holding all the keys."""

    id = "format:not_json_keys"

    def describe(self) -> str:
        ks = self.args.keys
        word = "key" if len(ks) == 1 else "keys"
        return f"Do not respond with a JSON object that has the {word} {_quote(ks)}."
