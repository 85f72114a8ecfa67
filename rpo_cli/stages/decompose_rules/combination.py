"""Answer-shape rules: two responses, repeating the request, a fixed-choice answer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import _I, Ctx, Hit, _negated, _scan, rule


@rule("*", "asterisk", "second", "two", "2", "twice")
def _two_responses(ctx: Ctx) -> Iterator[Hit]:
    # "(do not give two different responses separated by asterisks)": the negation needs no count
    for m in _scan(r"\b(?:do\s+not|don[’']?t|never)\s+(?:give|provide|write)\s+(?:me\s+)?(?:two|2)\s+(?:different\s+)?"
                   r"(?:responses|answers|versions)\s+separated\s+by\s+asterisks\b", ctx, _I):  # fmt: skip
        yield Hit("combination:not_two_responses", {}, m.start(), m.end(), prio=70)
    yield from _second_one(ctx)
    if not re.search(r"\*{6}|\b(?:6|six)\s+asterisks?", ctx.text, _I):
        return
    pat = (
        r"\b(?:(?:give|provide|write|offer|generate|produce|want|need|create|compose)\s+(?:me\s+)?)?(?:two|2)\s+"
        r"(?:different|distinct|separate|alternative)\s+(?:responses|answers|versions|replies|options|suggestions)\b"
        r"(?:[^.;]*?(?:\*{6}|(?:6|six)\s+asterisks?(?:\s+symbols)?(?:\s*:?\s*\(?\*{6}\)?)?))?"
    )
    for m in _scan(pat, ctx, _I):
        tid = "combination:not_two_responses" if _negated(ctx, m.start()) else "combination:two_responses"
        yield Hit(tid, {}, m.start(), m.end(), prio=70)
    yield from _two_things_separated(ctx)


# what the two responses are called ("Separate the versions with ******")
_VERSIONS = r"the\s+(?:versions|responses|answers|drafts|options|takes|variants|replies)"
_SIX = r"(?:six|6)\s+asterisks?(?:\s+symbols)?(?:\s*:?\s*\(?\*{6}\)?)?|\*{6}"
# "separated by a line of six asterisks", "a line with ******"
_LINE_OF = r"(?:a\s+)?(?:single\s+)?line\s+(?:of|with)\s+(?:exactly\s+)?"
# Parts of one text, not two responses: "two paragraphs separated by ******" is a layout.
_PARTS = (
    r"(?:paragraphs|sections|parts|stanzas|verses|sentences|lines|words|bullets|points|halves|columns|chapters|items)"
)


def _second_one(ctx: Ctx) -> Iterator[Hit]:
    """ "Then write a second, different limerick ... . Separate the two with ******." (or "Give me
    two versions of X. Separate the two versions with ******."): the request for the second one
    states the constraint too (a rewrite must not keep asking for it)."""
    sep = (
        rf"\s*separate\s+(?:the\s+two(?:\s+[a-z-]+s)?|both(?:\s+[a-z-]+s)?|them|{_VERSIONS})\s+(?:with|by|using|w/)\s*"
        rf"(?:{_SIX})"
    )
    pat = (
        r"\b(?:write|give|add|provide|create|compose|draft|suggest)\s+(?:me\s+)?(?:(?:a\s+)?second\b|(?:two|2)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?!{_PARTS}\b)[a-z-]+s\b)[^.;!?]*"
    )
    for m in _scan(pat, ctx, _I):
        parts = re.search(rf"\b(?:two|2)\s+(?:[\w-]+\s+)?{_PARTS}\b", m.group(0), _I)
        if re.compile(sep, _I).match(ctx.content, ctx.unit.end) and not _negated(ctx, m.start()) and not parts:
            yield Hit("combination:two_responses", {}, m.start(), m.end(), prio=69)


def _two_things_separated(ctx: Ctx) -> Iterator[Hit]:
    """Two responses named by what they are ("two different taglines ..., separated by six
    asterisks", "two versions, one funny and one sober, separated by ******") or by the separator
    sentence alone ("Separate the two with six asterisks: ******." after "a second limerick")."""
    pat = (
        rf"\b(?:two|2)\s+(?:[\w-]+\s+){{0,2}}?(?!{_PARTS}\b)[a-z-]+s\b[^.;!?]*?\bseparated\s+(?:by|with|using|w/)\s*"
        rf"(?:{_LINE_OF})?(?:{_SIX})"
    )
    for m in _scan(pat, ctx, _I):
        tid = "combination:not_two_responses" if _negated(ctx, m.start()) else "combination:two_responses"
        yield Hit(tid, {}, m.start(), m.end(), prio=69)
    # "dame 2 opciones de nombre ..., separadas con ******", "deux versions séparées par ******"
    foreign = (
        r"\b(?:dos|deux|zwei|due|dois|duas|2)\s+(?!(?:párrafos|paragraphes|absätze|paragrafi|parágrafos|secciones|sections|"
        r"abschnitte|sezioni|seções|partes|parties|teile|parti|frases|phrases|sätze|líneas|lignes|zeilen|righe|linhas)\b)"
        r"[\w-]+\b[^.;!?]*?\b(?:separad[oa]s|séparée?s|getrennt|separat[ei]|separad[oa]s)\s+(?:con|por|par|avec|durch|mit|da|com)"
        r"\s+(?:\*{6}|(?:seis|six|sechs|sei)\s+aster\w+)"
    )
    for m in _scan(foreign, ctx, _I):
        yield Hit("combination:two_responses", {}, m.start(), m.end(), prio=69)
    # "two takes ...; divide them with a line of 6 asterisks", "write it twice ...; put ****** between the two"
    more = (
        rf"\b(?:(?:divide|split)\s+(?:them|the\s+two|both)\s+(?:with|by|using)\s+(?:a\s+line\s+of\s+)?(?:{_SIX})|"
        rf"(?:put|place|add|insert)\s+(?:{_LINE_OF})?(?:exactly\s+)?(?:{_SIX})\s*(?:\([^()]*\)\s*)?"
        r"(?:on\s+(?:a|its\s+own|their\s+own)\s+line(?:\s+of\s+(?:its|their)\s+own|\s+by\s+(?:itself|themselves))?\s+)?"
        r"between\s+(?:them|the\s+two|both)\b)"
    )
    for m in _scan(more, ctx, _I):
        before = ctx.content[max(0, ctx.unit.start - 300) : m.start()]
        parts = re.search(rf"\b(?:two|2)\s+(?:[\w-]+\s+)?{_PARTS}\b", before, _I)
        if re.search(r"\b(?:two|2|twice|second)\b", before, _I) and not parts:
            yield Hit("combination:two_responses", {}, m.start(), m.end(), prio=69)
    pat = (
        rf"\bseparate\s+(?P<obj>the\s+two(?:\s+[a-z-]+s)?|both(?:\s+[a-z-]+s)?|them|{_VERSIONS})\s+(?:with|by|using|w/)\s*"
        rf"(?:{_SIX})"
    )
    for m in _scan(pat, ctx, _I):
        before = ctx.content[max(0, ctx.unit.start - 300) : m.start()]
        if m.group("obj").lower() == "them" and not re.search(r"\b(?:two|2|second)\b", before, _I):
            continue
        if re.search(rf"\b(?:two|2)\s+(?:[\w-]+\s+)?{_PARTS}\b", before, _I):
            continue  # "Write two paragraphs ... . Separate them with ******": parts of one text
        if re.search(rf"\b(?:the\s+two|both)\s+{_PARTS}\b", m.group(0), _I) or _negated(ctx, m.start()):
            continue
        yield Hit("combination:two_responses", {}, m.start(), m.end(), prio=69)


@rule("repeat", "restat", "copy", "echo", "reproduc", "back to me", "request back", "question back")
def _repeat_prompt(ctx: Ctx) -> Iterator[Hit]:
    # "exactly as I typed it", "unchanged", "(don't change a word)"
    exact = (
        r"(?:exactly(?:\s+as\s+(?:I|you|it\s+was)\s+(?:typed|wrote|written|asked|gave|given)(?:\s+it)?)?|verbatim|word\s+for\s+word|"
        r"unchanged|as\s+(?:it\s+is\s+)?(?:written|given|asked)|without\s+(?:any\s+)?change[s]?|"
        r"without\s+changing\s+(?:anything|a\s+(?:thing|word))|\(\s*(?:don[’']?t|do\s+not)\s+change\s+a\s+(?:word|thing)\s*\))"
    )
    pat = (
        rf"\b(?P<first>(?:first|before\s+(?:you\s+)?(?:answer(?:ing)?|respond(?:ing)?|reply(?:ing)?)|to\s+begin)\s*,?\s*"
        r"(?:please\s+)?)?"
        # ("say my request back to me": "say"/"type out" only with "back")
        # ("copy out my question", "copy the customer's question below")
        rf"(?P<verb>repeat|restate|copy(?:\s+out|\s+down)?|echo|reproduce|say|type\s+out|write\s+out)\s+(?P<back1>back\s+)?"
        r"(?:the|this|my|your|the\s+(?:user|customer|client|student|caller|reader)[’']s|the\s+(?:original|above))\s+"
        rf"(?:following\s+)?(?:request|question|prompt|instruction|query)(?:\s+(?:below|above))?(?P<back2>\s+back)?"
        rf"(?:\s+to\s+me)?\s*"
        rf"(?P<ex>(?:,?\s*(?:and\s+)?{exact})*)(?P<first2>\s*,?\s*(?:first\b|before\s+(?:you\s+)?(?:give|answer|respond|reply)\w*"
        r"(?:\s+(?:your|the|an?)\s+\w+)?))?"
        # (the "then answer" clause stops before a constraint of the answer's own: "then answer it in no more
        # than 4 sentences")
        r"(?:,?\s*(?:and\s+)?(?:only\s+)?then\s+(?:give|answer|provide|respond|write|reply)"
        r"(?:(?!\s(?:in|within|under|using|with|without|keeping|at|no)\b)[^.(;:])*)?(?:\s*\([^()]*\))?\.?"
    )
    for m in _scan(pat, ctx, _I):
        if not (m.group("ex") or "").strip() and not m.group("first") and not m.group("first2"):
            continue
        if _negated(ctx, m.start()):
            continue  # "Don't repeat the question first": the negated forms below
        if m.group("verb").lower().split()[0] not in ("repeat", "restate", "copy", "echo", "reproduce") and not (
            m.group("back1") or m.group("back2")
        ):
            continue  # "say my question is silly" asks for no repetition
        content = ctx.content
        end = m.end()
        explicit = re.compile(r"\s*The\s+request\s+(?:to\s+repeat\s+)?is\s*:\s*(?P<r>[^\n]+)", _I).match(content, end)
        labelled = _labelled_request(content, m.end())
        if explicit:
            request, end = explicit.group("r").strip(), explicit.end()
        elif labelled:
            request = labelled
        else:
            before = content[: m.start()].strip()
            after = content[end:].strip()
            # "... then answer it. My request: Write a ...": the request set apart by a label on the same line
            same_line = re.compile(r"\s*(?:my\s+|the\s+)?(?:request|question|prompt|task)\s*:\s*(?P<r>[^\n]+)", _I)
            lab = same_line.match(content, end)
            request = lab.group("r").strip() if lab else (before or after)
        if not request or len(request.split()) < 3:
            continue  # "Repeat the question before answering it.": no request to repeat in sight
        tid = "combination:repeat_prompt"
        yield Hit(tid, {"prompt_to_repeat": request}, m.start(), end, prio=80)
    # "begin your output by restating the question below word for word"
    pat = (
        rf"\b(?:begin|start|open)\s+(?:your\s+\w+\s+)?by\s+(?:repeating|restating|copying|echoing)\s+(?:the|my)\s+"
        rf"(?:following\s+)?(?:request|question|prompt|query)(?:\s+(?:below|above))?\s*(?P<ex>(?:,?\s*(?:and\s+)?{exact})+)"
        r"(?:,?\s*(?:and\s+)?(?:only\s+)?then\s+(?:give|answer|provide|respond|write|reply)[^.(;:]*)?"
    )
    for m in _scan(pat, ctx, _I):
        request = _labelled_request(ctx.content, m.end())
        if request and not _negated(ctx, m.start()):
            yield Hit("combination:repeat_prompt", {"prompt_to_repeat": request}, m.start(), m.end(), prio=80)
    # "Do not restate the question before answering." with the question set apart below
    pat = (
        r"\b(?:do\s+not|don[’']?t|never)\s+(?:restate|repeat|copy)\s+(?:the|my)\s+(?:question|request|prompt)"
        r"(?:\s+(?:before\s+answering|first|in\s+your\s+\w+))?\.?"
    )
    for m in _scan(pat, ctx, _I):
        request = _labelled_request(ctx.content, m.end())
        if request and not re.match(r"\s*:", ctx.content[m.end() :]):
            yield Hit("combination:not_repeat_prompt", {"prompt_to_repeat": request}, m.start(), m.end(), prio=79)
    pat = r"\b(?:do\s+not|don't)\s+(?:begin|start)\s+your\s+\w+\s+by\s+repeating\s+the\s+(?:request|question|prompt)\.?"
    for m in _scan(pat, ctx, _I):
        explicit = re.compile(r"\s*The\s+request\s+(?:to\s+repeat\s+)?is\s*:\s*(?P<r>[^\n]+)", _I).match(
            ctx.content, m.end()
        )
        if explicit:
            kw = {"prompt_to_repeat": explicit.group("r").strip()}
            yield Hit("combination:not_repeat_prompt", kw, m.start(), explicit.end(), prio=80)


# "Don't repeat my question back to me", "no need to restate the prompt", "skip echoing my question"
_NOT_REPEAT = re.compile(
    r"\b(?:(?:do\s+not|don[’']?t|never|please\s+don[’']?t)\s+(?:bother\s+)?|no\s+need\s+to\s+|without\s+|avoid\s+|"
    r"skip\s+)(?:(?:begin|start|open)\w*\s+(?:your\s+\w+\s+)?(?:by|with)\s+)?"  # "don't begin by repeating my question"
    r"(?:restat|repeat|repaet|reapeat|repat|copy|copying|echo|parrot)\w*\s+(?:back\s+)?(?:the|my|this|your|the\s+user[’']s)\s+"
    r"(?:question|request|prompt|query|message)(?:\s+(?:back(?:\s+to\s+me)?|before\s+(?:answering|you\s+answer)|first|"
    r"at\s+the\s+(?:start|beginning|top)|in\s+your\s+\w+|word\s+for\s+word|verbatim))*",
    _I,
)


def _question_asked(content: str, m_start: int, m_end: int) -> str | None:
    """The question a "don't repeat my question" refers to: after a colon that follows it in its
    sentence ("..., just answer it: what's the fastest way ...?"), else the message's only other
    sentence that ends in a question mark."""
    after = re.compile(r"[^:\n.?!]{0,40}:\s*(?P<r>[^\n?]{3,300}\?)").match(content, m_end)
    if after:
        return after.group("r").strip()
    questions = [
        q.group(0).strip()
        for q in re.finditer(r"(?:^|(?<=[.!?\n])\s*)[^.!?\n]{3,300}\?", content)
        if q.end() <= m_start or q.start() >= m_end
    ]
    return questions[0] if len(questions) == 1 else None


@rule("repeat", "restat", "copy", "echo", "parrot", "repaet", "repat")
def _not_repeat_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """ "Don't repeat my question back to me, just answer it: <question>": the request is the
    question the message asks."""
    for m in _NOT_REPEAT.finditer(ctx.content, ctx.unit.start, ctx.unit.end):
        request = _labelled_request(ctx.content, m.end()) or _question_asked(ctx.content, m.start(), m.end())
        if not request:
            # "Give me 5 hook ideas for a TikTok. Dont repeat my question back to me": the one sentence before it
            prev = ctx.content[: ctx.unit.start].strip()
            one = len(re.findall(r"[.!?](?:\s|$)", prev)) == 1
            if prev and "\n" not in prev and one and 3 <= len(prev.split()) <= 60:
                request = prev
        if request:
            yield Hit("combination:not_repeat_prompt", {"prompt_to_repeat": request}, m.start(), m.end(), prio=78)


def _labelled_request(content: str, pos: int) -> str | None:
    """The request to repeat when the prompt sets it apart after the instruction: after a colon
    ("... then give your answer: Describe how ...") or on a labelled line ("Request: ...",
    "My question: ...")."""
    colon = re.compile(r"\s*:\s*(?P<r>[^\n]+)").match(content, pos)
    if colon:
        # ': "List three stretches ..." Then answer it ...': the quoted request, not what follows it
        quoted = re.match(r"[\"“](?P<q>[^\"”\n]+)[\"”]", colon.group("r"))
        return quoted.group("q").strip() if quoted else colon.group("r").strip()
    label = re.compile(
        r"(?:^|\n|(?<=[.!?])\s+)\s*(?:my\s+|the\s+)?(?:request|question|prompt|query|task)(?:\s+is)?\s*:\s*(?P<r>[^\n]+)",
        _I,
    ).search(content, pos)
    if not label:
        return None
    text = label.group("r").strip()
    # "My question: What is X? Answer in under 100 words.": the question ends at its question mark
    asked = re.match(r"[^?]+\?(?=\s+[A-Z])", text)
    return asked.group(0) if asked else text


@rule("my answer is")
def _constrained_response(ctx: Ctx) -> Iterator[Hit]:
    opts = list(re.finditer(r"my\s+answer\s+is\s+(yes|no|maybe)\.?", ctx.text, _I))
    if {o.group(1).lower() for o in opts} != {"yes", "no", "maybe"}:
        return
    first = ctx.unit.start + opts[0].start()
    last = ctx.unit.start + opts[-1].end()
    close = re.compile(r"[\"'”’]?\)?\.?").match(ctx.content, last, ctx.unit.end)
    last = close.end() if close else last
    lead = re.search(
        r"\b(?:answer|reply|respond|choose|pick|select|use|say|do\s+not\s+use|don't\s+use)\b[^.!?]*$",
        ctx.content[ctx.unit.start : first], _I,
    )  # fmt: skip
    start = ctx.unit.start + lead.start() if lead else first
    only = re.compile(r"\s+only\b").match(ctx.content, last, ctx.unit.end)
    last = only.end() if only else last
    tid = "detectable_format:not_constrained_response" if _negated(ctx, start + 1) or re.match(
        r"(?:do\s+not|don't)", ctx.content[start:], _I) else "detectable_format:constrained_response"  # fmt: skip
    yield Hit(tid, {}, start, last, prio=75)
