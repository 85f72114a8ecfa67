"""Rule-based decomposition: recognise the registry's constraint types in an instruction from
their usual English phrasings (IFEval-style prompts, persona system prompts), with kwargs parsed
and the exact text that states each one.

Precision comes first: a wrong constraint corrupts every pair built on it, while a missed one is
left to the LLM pass of the decompose stage. So a rule fires only on a phrasing it can parse
completely (relation, number, quoted words, splitter...), a clause no rule recognises yields
nothing, and every result is validated by the registry before it is returned.

How it works, per system or user message:

1. *Units*: the message is cut into sentences by a small quote- and parenthesis-aware splitter
   (pysbd splits inside quoted options such as 'My answer is yes.'), and sentences that only go
   on stating the previous one ("No other words should follow this phrase.", "Mark the beginning
   of each section with ...", example lines after "such as:") are merged into it.
2. *Rules* run over each unit and propose hits: a type id, kwargs and a core character range.
   Overlapping hits are resolved by priority (the more specific phrasing wins).
3. *Spans*: a hit's core grows to the clause that states it when the rest of that clause is only
   constraint wording ("Your essay should contain" + "at least 300 words" + "."), but not into
   the task ("Describe a sunrise over the desert" + "in under 80 words"), so that the reverse stage
   can replace the span in place.
4. *Conditions*: a unit opening with a lexical user trigger ("When the user mentions love,")
   gives its constraints ``Condition(keywords=[...])``; a topical one ("If the user asks about
   money,") gives ``Condition(text=...)`` for the judge, since the verifier matches keywords
   literally and a topic covers words the prompt never lists; other "if ..." openers are
   skipped, since the rules cannot tell what they condition on.
5. *Guards* keep descriptions from reading as directives: questions, statements about the
   user's own text ("My essay is ..."), third-person or relative subjects ("a girl who never uses
   commas"), and verb-led phrases that do not open their clause ("Agents used to end every email
   with ...").

Layout: ``grammar`` holds the shared phrase grammar (numbers, relations, negation, quotes,
sentence units, clauses, the rule registry); one module per constraint family holds its phrasings
(``length``, ``keywords``, ``startend``, ``format``, ``combination``, ``case``, ``language``,
``punctuation``, ``content``, ``markdown``); ``resolve`` turns a unit's hits into constraints with
spans and conditions. Importing a family module registers its rules; the order below is the
order rules run in (ties in priority resolve by it, so it is kept stable).
"""

from __future__ import annotations

import importlib
import re

from rpo_cli.schema import Constraint, Message
from rpo_cli.stages.decompose_rules.grammar import _units, parse_number
from rpo_cli.stages.decompose_rules.heads import NEGATION, head_says_no, line_start, says_only_no
from rpo_cli.stages.decompose_rules.resolve import _unit_constraints

__all__ = [
    "FAMILIES",
    "item_under_negated_head",
    "parse_number",
    "rule_decompose",
    "rule_statements",
    "untyped_requirements",
]

#: The family modules; importing one registers its rules. Rules run in this order (ties in
#: priority resolve by it), so it is fixed here rather than left to import sorting.
FAMILIES = ("length", "keywords", "startend", "format", "combination", "case", "language", "punctuation", "content",
            "markdown", "ifbench_count", "ifbench_words", "ifbench_format", "exact_forms", "i18n")  # fmt: skip
for _family in FAMILIES:
    importlib.import_module(f"{__name__}.{_family}")


#: A fenced code block (an unclosed fence runs to the end of the message).
_FENCED = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*\n.*?(?:^[ \t]*(?:```|~~~)[ \t]*$|\Z)", re.M | re.S)


def rule_statements(messages: list[Message]) -> list[Constraint]:
    """Every statement of a constraint in the system and user messages, repeats included ("Do not
    use commas. ... Remember: no commas."), in order of appearance, with exact spans. What
    ``rule_decompose`` returns is this list without the repeats."""
    out: list[Constraint] = []
    for mi, msg in enumerate(messages):
        if msg.role == "assistant" or not msg.content.strip():
            continue
        # text quoted as code (the user's program, a sample log) is material, never a directive
        # ('.split(",")' in a pasted function does not ask for a comma): the rules read the message
        # with every fenced block blanked to line breaks, so offsets (and spans) stay the message's own
        text = _FENCED.sub(lambda m: "\n" * len(m.group()), msg.content)
        for unit in _units(text):
            for c in _unit_constraints(text, unit, mi):
                if msg.content[c.span.start : c.span.end] != c.text:
                    continue
                item = _item_under_negated_head(text, c)
                if item is not None:
                    c = _under_negated_head(c, item)
                    if c is None:
                        continue
                out.append(c)
    return out


#: A head that the rules' span took in: "DON'T: use markdown", "Never:\n* use emojis".
_OWN_HEAD = re.compile(r"[^\n:]{1,40}:[ \t]*(?:\n[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+)?")


def _item_under_negated_head(text: str, c: Constraint) -> str | None:
    assert c.span is not None and c.text is not None
    return item_under_negated_head(text, c.span.start, c.text)


def item_under_negated_head(content: str, start: int, statement: str) -> str | None:
    """The words of a statement (at ``start`` in ``content``) that sit under a head that says no,
    or None when none does: a head above its list, a label before it on its line, or a label the
    statement's own span took in ("DON'T: use markdown", "Never:\n* use emojis")."""
    if head_says_no(content, line_start(content, start), start):
        return statement
    head = _OWN_HEAD.match(statement)
    # a label that only says no ("DON'T", "Things to avoid"), not a statement before its reason
    # ("No emojis: they look cheap")
    if head and says_only_no(head.group().split(":")[0]):
        return statement[head.end() :]
    return None


def _under_negated_head(c: Constraint, item: str) -> Constraint | None:
    """What an item under a head that says no ("DON'T:", "Never:") states: the reversal of what its
    own words read as ("- use exclamation points" is no exclamation marks); the reading itself when
    it is a ban already; nothing when its own words say no as well (a double negative is read either
    way) or the type has no reversal."""
    from rpo_cli.constraints import registry

    if NEGATION.search(item):
        return None
    t = registry.build(c.id, c.kwargs)
    if NEGATION.search(t.describe()):
        return c  # the rules read a ban: they took the head's "no" in already ("Banned words: x, y")
    rev = t.reverse()
    if rev is None:
        return None
    return Constraint(id=rev.id, kwargs=rev.kwargs(), text=c.text, span=c.span, condition=c.condition)


def rule_decompose(messages: list[Message]) -> list[Constraint]:
    """The constraints that the system and user messages state in phrasings the rules know, in
    order of appearance, each with its exact text and span (``messages[span.message].content
    [span.start:span.end] == text``). Assistant messages are never read. Deterministic; no model.
    A repeated constraint (same type, kwargs and condition) is returned once, where it first
    appears. Two constraints stated by one phrase ("between 100 and 200 words") share its span."""
    out: list[Constraint] = []
    seen: set[str] = set()
    for c in rule_statements(messages):
        key = repr((c.id, sorted(c.kwargs.items()), c.condition.model_dump() if c.condition else None))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


# after the rules are registered: requirements reads the resolved statements
from rpo_cli.stages.decompose_rules.requirements import untyped_requirements  # noqa: E402
