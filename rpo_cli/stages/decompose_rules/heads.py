"""Heads that turn a list around: "DON'T:", "Never:", "Things to avoid:" above a list (or before a
colon on the same line) make every item under them a ban, whatever its own words say.

The rules read each item on its own ("- use exclamation points" asks for exclamation marks), so
``rule_statements`` flips what they read under such a head to the type's reversal, and the reverse
stage never rewrites an item in place there (a reversal written under "DON'T:" would contradict it).
"""

from __future__ import annotations

import re

#: Words that make a clause say no ("no", "never", "zero", "skip", "-free", "sin", "ohne" ...).
NEGATION = re.compile(
    r"(?<![\w'’])(?:no|not|never|without|avoid\w*|zero|none|nothing|skip\w*|ban\w*|forbid\w*|prohibit\w*|"
    r"don['’]?t|dont|do\s+not|doesn['’]?t|does\s+not|can['’]?t|cannot|won['’]?t|shouldn['’]?t|mustn['’]?t|"
    r"stop|refrain\w*|omit\w*|exclud\w*|leave\s+out|leaving\s+out|drop|ditch|lose|nix|off[- ]limits|"
    r"free\s+of|steer\s+clear|keep\s+(?:it|them)\s+out|nada|nope|nah|"
    r"sin|sans|ohne|kein\w*|nicht|senza|sem|nunca|jamais|pas|zonder|geen|niet|bez|без|не|không|tanpa|jangan|"
    r"hiç|yok|nie)(?![\w'’])|\w+-free\b|n['’]t\b|[不没無无别없]|नहीं|मत|لا|بدون",
    re.IGNORECASE,
)
#: A list item's marker at the start of a line.
LIST_ITEM = re.compile(r"\s*(?:[-*•+]|\d{1,2}[.)]|[a-z][.)])\s+")


def head_says_no(content: str, line_start: int, pos: int) -> bool:
    """Whether a head the words at ``pos`` (on the line starting at ``line_start``) sit under says
    no: a label earlier on the same line ("DON'T: use exclamation points") or, for a list item, the
    line that opens its list ("Never:", "DO NOT:", "Avoid the following:")."""
    label = content[line_start:pos]
    colon = label.rfind(":")
    if colon >= 0 and not label[colon + 1 :].strip(" \t*-•") and says_only_no(label[:colon]):
        return True
    if not LIST_ITEM.match(content, line_start):
        return False
    # walk up over the list's items (and blank lines between them) to the line that heads it
    at = line_start
    while at > 0:
        prev_start = content.rfind("\n", 0, at - 1) + 1
        prev = content[prev_start : at - 1]
        if not prev.strip() or LIST_ITEM.match(prev):
            at = prev_start
            continue
        head = prev.rstrip()
        return head.endswith(":") and says_only_no(LIST_ITEM.sub("", head[:-1], count=1))
    return False


#: Words a head that says no may hold beside its "no": "Things to avoid", "Please never ever".
_HEAD_WORDS = frozenset(
    "things to the following please ever under any circumstances list what you do should must words phrases "
    "stuff at all".split()
)


def says_only_no(label: str) -> bool:
    """Whether a label says no and nothing else ("DON'T", "**Never**", "Things to avoid"), unlike a
    statement before its reason ("No emojis: they look cheap") or a sentence that ends in a colon."""
    if not NEGATION.search(label) or len(label.split()) > 6:
        return False
    rest = NEGATION.sub(" ", label).lower().split()
    return all(w.strip("*_'’\"#") in _HEAD_WORDS for w in rest if w.strip("*_'’\"#"))


def line_start(content: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return content.rfind("\n", 0, pos) + 1
