"""The untyped remainder of an instruction: sentences (or clauses) that read as requirements on the
answer but that no typed constraint covers become ``free_form`` constraints with exact spans, so
that nothing the prompt asks for is silently left unchecked.

The line drawn here is between the *task* and the *requirements on how it is done*:

* a task sentence asks for content ("Write a poem about the sea.", "Explain how tides work.",
  "I need a summary of the French Revolution.", "What should I cook tonight?"): it is what the
  response is about, not a constraint on it, and yields nothing;
* a requirement restricts the answer: an obligation or prohibition ("must", "should", "never",
  "always", "do not", "avoid", "make sure", "refrain from", "only ..."), a manner imperative
  ("Be concise.", "Stay warm and never judgmental.", "Use simple words.", "Write in a formal
  tone.", "Address the reader as 'you'."), or a bare "No jargon.";
* descriptions ("You are a librarian.", "My essay is about whales.") and context ("I'm planning a
  trip to Kyoto.") state nothing about the answer and yield nothing.

A task sentence with a requirement clause ("Write a poem about love, and never mention roses.")
gives the requirement clause only. Text that a typed constraint already covers is never covered
twice. Deterministic; no model.
"""

from __future__ import annotations

import re

from rpo_cli.schema import Constraint, Message, Span
from rpo_cli.stages.decompose_rules.grammar import _I, _clauses, _units
from rpo_cli.stages.decompose_rules.resolve import _ABOUT_INPUT, _QUESTION, _condition

# Verbs that ask for content: a clause they open (with an object) is the task.
_TASK_VERB = (
    r"(?:write|describe|explain|tell|give|list|summari[sz]e|create|draft|compose|translate|generate|plan|suggest|help|"
    r"make|design|outline|propose|recommend|provide|prepare|imagine|brainstorm|rewrite|edit|proofread|analy[sz]e|"
    r"compare|name|find|calculate|solve|show|teach|convert|review|critique|evaluate|build|develop|produce|craft|"
    r"come\s+up\s+with|put\s+together|walk\s+me\s+through|share|recount|narrate|argue|discuss|define|identify|"
    r"predict|invent|pitch|sketch|reply\s+to|respond\s+to|answer)"
)
# What a task verb is followed by when it states a manner, not an object ("Write in a formal tone").
_MANNER_AFTER = (
    r"(?:in|with|using|without|only|like|as|from|at|so|more|less|briefly|concisely|clearly|simply|formally|"
    r"informally|politely|carefully|plainly|directly|honestly|slowly|accurately|neutrally|objectively|kindly|"
    r"exclusively|entirely|always|never|every|each|all|any|no|nothing|one|short|shortly|succinctly)\b"
)
# Obligation and prohibition words.
_OBLIGATION = re.compile(
    r"\b(?:must|mustn[’']?t|should|shouldn[’']?t|shall|never|always|avoid|do\s+not|don[’']?t|dont|does\s+not|"
    r"cannot|can[’']?t|may\s+not|make\s+sure|be\s+sure|ensure|refrain|need\s+to|needs\s+to|has\s+to|have\s+to|"
    r"remember\s+to|not\s+allowed|forbidden|prohibited|under\s+no\s+circumstances|at\s+all\s+times|is\s+to|are\s+to)\b"
    r"|\b(?:only\s+(?:use|include|answer|respond|reply|write|mention|give|output|return|talk|discuss|recommend|"
    r"suggest|refer|speak|in|with|one|a|the|if|when|after|once)|(?:use|include|answer|respond|reply|write|mention|"
    r"give|output|return|talk|discuss|recommend|suggest|speak)\s+only)\b",
    _I,
)
# Imperatives that state how to answer (a clause they open is a requirement).
_MANNER_VERB = re.compile(
    r"^(?:please\s+|kindly\s+|also\s+|and\s+|but\s+|then\s+)*(?:be|stay|keep|remain|use|address|refer\s+to|call|sound|"
    r"adopt|maintain|focus|limit|format|structure|sign|cite|treat|stick\s+to|match|mirror|speak|talk|phrase|word|"
    r"prefer|favou?r|emphasi[sz]e|prioriti[sz]e|follow|respect|assume|pretend|act\s+as|reply|respond|answer|write)\b",
    _I,
)
# Role and persona statements describe the assistant; they restrict the answer only with an obligation word.
_PERSONA = re.compile(r"^(?:you\s+are|you're|your\s+name\s+is|this\s+is|we\s+are|i\s+am|i'm|i\s+have)\b", _I)
# Leads that only make a task polite or indirect ("Could you", "I need", "I'd like you to").
_LEAD = re.compile(
    r"^(?:(?:please|kindly|now|so|also|and|then|first|next|finally)\s*,?\s+|(?:could|can|would|will)\s+you\s+(?:please\s+)?|"
    r"i(?:'d|’d|\s+would)\s+(?:like|love)\s+(?:you\s+to\s+|to\s+)?|i\s+(?:want|need)\s+(?:you\s+to\s+)?|"
    r"(?:you\s+)?(?:must|should|need\s+to|have\s+to|will)\s+|help\s+me\s+|let's\s+|i\s+need\s+)+",
    _I,
)
_EDGE = " \t\n,;:—–-.!?\"'()"
_CONNECTIVE = re.compile(r"^(?:and|but|or|also|then|plus|however)\b\s*", _I)


def _is_task(clause: str) -> bool:
    """Whether a clause asks for content (the task), leaving aside polite leads."""
    rest = _LEAD.sub("", clause.strip(), count=1)
    m = re.match(rf"{_TASK_VERB}\b\s*(?:me\s+|us\s+|them\s+|it\s+)?", rest, _I)
    if not m:
        return bool(re.match(r"(?:a|an|the|some|my|your)\s+\w+", rest, _I)) and not _OBLIGATION.search(rest)
    after = rest[m.end() :]
    if not after.strip() or re.match(_MANNER_AFTER, after, _I):
        return False  # "Write in a formal tone", "Answer briefly", "Answer only with ...": a manner
    # "a girl who never lies" describes a person of the task, "arguing whether poets should ..." is
    # its topic; "a poem that never rhymes" restricts it
    after = re.sub(r"\b(?:who|whom|whose|whether|why|how|what|if|about)\b.*", "", after, flags=_I)
    return not _OBLIGATION.search(after)


def _is_requirement(clause: str, conditional: bool = False) -> bool:
    """Whether a clause restricts the answer (see the module docstring). Under a user trigger
    ("When the user mentions money, remind them ...") every instruction is one: the conditioned
    behaviour is never the task itself."""
    text = clause.strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 2 or _QUESTION.match(text) or text.endswith("?"):
        return False
    if conditional:
        return True
    if _PERSONA.match(text) or _ABOUT_INPUT.match(text):
        return bool(re.search(r"\b(?:must|never|always|do\s+not|don[’']?t|should|avoid)\b", text, _I))
    if _is_task(text):
        return False
    if _OBLIGATION.search(text):
        return True
    if re.match(r"^(?:no|zero|nothing|without)\s+\w+", _CONNECTIVE.sub("", text), _I):
        return True  # "No jargon.", "Nothing too technical."
    return bool(_MANNER_VERB.match(_CONNECTIVE.sub("", text)))


def _trim(content: str, s: int, e: int) -> tuple[int, int]:
    while s < e and content[s] in _EDGE:
        s += 1
    while e > s and content[e - 1] in _EDGE:
        e -= 1
    lead = _CONNECTIVE.match(content[s:e])
    if lead:
        s += lead.end()
    tail = re.search(r"[\s,;]+(?:and|but|or|then|also)$", content[s:e], _I)
    if tail:
        e = s + tail.start()
    # keep a closing sentence mark and balanced quotes/brackets
    if e < len(content) and content[e : e + 1] in ".!" and (e + 1 == len(content) or content[e + 1].isspace()):
        e += 1
    for o, c in (("(", ")"), ('"', '"')):
        if o == c and content[s:e].count(o) % 2 and e < len(content) and content[e] == c:
            e += 1
        elif o != c and content[s:e].count(o) > content[s:e].count(c) and e < len(content) and content[e] == c:
            e += 1
    return s, e


# Quoted text (allowing apostrophes inside words: 'hey, don't be late'): what it says is material, not instruction.
_QUOTED_TEXT = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|(?<![\w])'(?:[^'\n]|(?<=\w)'(?=\w))*'(?!\w)")
_NTH_IDS = {"length_constraints:nth_paragraph_first_word", "length_constraints:not_nth_paragraph_first_word"}
# "It should have 3 paragraphs, separated by two new lines": the count that a paragraph-first-word
# constraint already carries (its kwargs hold it), stated in a sentence of its own.
_PARAGRAPH_COUNT = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+paragraphs?\b|\bparagraphs?\b[^.]*\bseparated\b", _I)


def untyped_requirements(messages: list[Message], taken: list[Constraint]) -> list[Constraint]:
    """``free_form`` constraints for the requirement clauses of the system and user messages that
    no constraint covers, in order of appearance, with exact spans (``messages[span.message].
    content[span.start:span.end] == text``). A clause is covered when it overlaps a span in
    ``taken`` or a statement the rules recognise (repeats included: "Remember: no commas." restates
    a typed constraint). Task sentences, questions, descriptions, context and quoted material give
    nothing. A clause under a user trigger ("When the user mentions money, ...") carries that
    condition. Assistant messages are never read."""
    from rpo_cli.stages.decompose_rules import rule_statements

    statements = rule_statements(messages)
    out: list[Constraint] = []
    for mi, msg in enumerate(messages):
        if msg.role == "assistant" or not msg.content.strip():
            continue
        content = msg.content
        mine = [c for c in [*taken, *statements] if c.span is not None and c.span.message == mi]
        covered = [(c.span.start, c.span.end) for c in mine]
        nth = any(c.id in _NTH_IDS for c in mine)
        quoted = [(m.start(), m.end()) for m in _QUOTED_TEXT.finditer(content)]
        for unit in _units(content):
            text = content[unit.start : unit.end]
            cond, cond_end, _skip = _condition(text)
            body_start = unit.start + (cond_end if cond else 0)
            run: tuple[int, int] | None = None
            for cs, ce in [*_clauses(content, body_start, unit.end), (unit.end, unit.end)]:
                clause = content[cs:ce]
                req = (
                    ce > cs
                    and not any(a < ce and cs < b for a, b in covered)
                    and not any(a < cs < b for a, b in quoted)
                    and not (nth and _PARAGRAPH_COUNT.search(clause))
                    and _is_requirement(clause, conditional=cond is not None)
                )
                if req:
                    run = (run[0], ce) if run else (cs, ce)
                    continue
                if run:
                    s, e = _trim(content, *run)
                    if e > s:
                        span = Span(message=mi, start=s, end=e)
                        out.append(Constraint(id="free_form", kwargs={}, text=content[s:e], span=span,
                                              condition=cond.model_copy() if cond else None))  # fmt: skip
                    run = None
    return out
