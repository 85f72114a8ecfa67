"""Per-unit resolution: overlapping hits, spans grown to their clause, conditions (user triggers)
and the guards that keep descriptions from reading as directives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.schema import Condition, Constraint, Span
from rpo_cli.stages.decompose_rules.grammar import (
    _EXAMPLE,
    _EXPLAIN,
    _I,
    LEAD_LABEL,
    QUOTED,
    RULES,
    Ctx,
    Hit,
    Unit,
    _clauses,
    _only_vocab,
    _quoted_items,
)

# --- per-unit resolution ---------------------------------------------------------------------

_CASE_IDS = {"change_case:english_capital", "change_case:english_lowercase", "change_case:not_english_capital",
             "change_case:not_english_lowercase"}  # fmt: skip
_NTH = {"length_constraints:nth_paragraph_first_word", "length_constraints:not_nth_paragraph_first_word"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a better one; merge repeats of one constraint; apply the few
    cross-type rules (a case constraint owns its "in English"; a paragraph-first-word
    constraint owns its paragraph count)."""
    ids = {h.id for h in hits}
    # "in English" belongs to the case constraint ("in English, and in all lowercase letters"); a negated
    # case owns only an "English" inside its own words: "in English but NOT in all lowercase" asks for both
    if ids & {"change_case:english_capital", "change_case:english_lowercase"}:
        hits = [h for h in hits if not (h.id.startswith("language:") and h.kwargs.get("language") == "en")]
    elif ids & _CASE_IDS:
        cases = [r for h in hits if h.id in _CASE_IDS for r in [(h.start, h.end), *h.extra]]
        hits = [
            h
            for h in hits
            if not (
                h.id.startswith("language:")
                and h.kwargs.get("language") == "en"
                and any(_overlap((h.start, h.end), c) for c in cases)
            )
        ]
    if ids & _NTH:
        drop = {"length_constraints:number_paragraphs", "length:number_paragraphs_blankline", "startend:start_phrase"}
        hits = [h for h in hits if h.id not in drop]
    # "Write the intro in English and the rest in Spanish": two languages for parts, neither for the whole
    langs = {h.kwargs.get("language") for h in hits if h.id == "language:response_language"}
    if len(langs) > 1:
        hits = [h for h in hits if h.id != "language:response_language"]
    # merge repeats of the same constraint in one unit (e.g. "lowercase ... no capital letters")
    merged: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        same = next((x for x in merged if x.id == h.id and x.kwargs == h.kwargs), None)
        if same is not None and h.start - same.end < 120:
            same.start, same.end = min(same.start, h.start), max(same.end, h.end)
            same.extra += h.extra
        else:
            merged.append(h)
    kept: list[Hit] = []
    for h in sorted(merged, key=lambda h: (-h.prio, -(h.end - h.start), h.start)):
        if not any(
            _overlap((h.start, h.end), (k.start, k.end)) and (h.group is None or h.group != k.group) for k in kept
        ):
            kept.append(h)
    # a case constraint's "in English" joins its core when nothing else claims it
    for h in kept:
        for s, e in h.extra:
            near = abs(s - h.end) < 60 or abs(e - h.start) < 60
            grown = (min(s, h.start), max(e, h.end))
            if near and not any(_overlap(grown, (k.start, k.end)) for k in kept if k is not h):
                h.start, h.end = grown
    return sorted(kept, key=lambda h: h.start)


_TRIGGER = re.compile(
    r"^\s*(?:(?:and|also|but|then|only)\s+)?(?P<kw>when(?:ever)?|if|in\s+case|any\s*time|each\s+time|every\s+time)\s+"
    r"(?P<body>[^,;:]{3,160}?)\s*(?:,|\bthen\b)\s*",
    _I,
)
_WHO = re.compile(
    r"^(?:the\s+user(?:'s\s+(?:message|question|request))?|a\s+user|users?|they|the\s+customer|customers?|someone|"
    r"anyone|the\s+person|the\s+question|the\s+message|the\s+request|the\s+prompt|the\s+query|the\s+conversation|"
    r"the\s+topic|you(?:'re|\s+are)\s+asked)\s+",
    _I,
)
# Lexical triggers name the words that must occur: their objects become Condition.keywords, which
# the verifier matches literally (whole word). Topical triggers ("asks about money") cover words
# the prompt never lists ("salary"), so literal keywords would wrongly leave the constraint
# untriggered: they stay Condition.text, for the judge.
_LEXICAL_VERB = re.compile(
    r"^(?:mentions?|mentioned|says?|writes?|types?|uses?(?:\s+the\s+(?:words?|terms?|phrases?))?|contains?|includes?)\s+",
    _I,
)
_DET = re.compile(
    r"^(?:a|an|the|their|his|her|its|my|your|our|any|some|anything\s+about|topics?\s+like|the\s+topic\s+of)\s+", _I
)


def _condition(text: str) -> tuple[Condition | None, int, bool]:
    """(condition, end of the trigger clause in ``text``, skip) for a unit's opening trigger.

    A lexical user trigger ("mentions love", 'says "refund"') gives keywords when its object is a
    short list of plain words; any other user trigger gives the trigger text (for the judge). Any
    other opening "if/when" clause conditions on something the rules cannot see: ``skip`` tells
    the caller to leave the unit to the LLM."""
    m = _TRIGGER.match(text)
    if not m:
        return None, 0, False
    body = m.group("body").strip()
    if m.group("kw").lower().startswith("when") and re.match(r"(?:writing|answering|responding|replying)\b", body, _I):
        return None, 0, False  # "When answering, ..." is no trigger
    if m.group("kw").lower().startswith("when") and re.match(
        r"you\s+(?:give|write|show|include|provide|quote|cite|share|use)\s+(?:an?|any|the|some)\s+", body, _I
    ):
        return None, 0, False  # "Whenever you give a formula, put it in a code block": how to write a part it has
    who = _WHO.match(body)
    if not who:
        return None, m.end(), True
    rest = body[who.end() :]
    trigger = text[m.start("kw") : m.end("body")].strip()
    verb = _LEXICAL_VERB.match(rest)
    if not verb:
        return Condition(text=trigger), m.end(), False
    obj = rest[verb.end() :].strip()
    quoted = _quoted_items(obj)
    if quoted and not re.sub(QUOTED + r"|\s|,|\bor\b|\band\b", "", obj, flags=_I):
        return Condition(keywords=quoted), m.end(), False
    words = []
    for part in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*/\s*", obj):
        part = _DET.sub("", part.strip())
        if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*)?", part) or part.lower() in (
            "it", "this", "that", "something", "anything", "them", "you", "help", "advice"
        ):  # fmt: skip
            return Condition(text=trigger), m.end(), False
        words.append(part)
    return (Condition(keywords=words), m.end(), False) if words else (Condition(text=trigger), m.end(), False)


# A polite frame opening a sentence whose only content is the constraint ("It would be great if you
# could avoid commas.", "I'd appreciate it if you could keep it under 120 words."): the frame is
# part of the statement, so a rewrite replaces the whole sentence instead of leaving "... if you could."
_FRAME = re.compile(
    r"\s*(?:(?:it\s+would|it[’']d)\s+(?:also\s+)?be\s+(?:really\s+|very\s+)?(?:great|nice|helpful|lovely|ideal|good|"
    r"appreciated|wonderful|best)\s+(?:if|to)|i(?:[’']d|\s+would)\s+(?:really\s+|also\s+)?(?:appreciate\s+it|prefer\s+it|"
    r"like\s+it|love\s+it)\s+if|"
    r"(?:please\s+)?(?:could|can|would|will)\s+you(?:\s+please)?|would\s+you\s+mind|(?:please\s+)?try\s+to|kindly)\s+",
    _I,
)
_FRAME_REST = frozenset("you it could would can were was be the your entire whole response answer reply output keep "
                        "write make use please all of mind".split())  # fmt: skip


def _polite_frame(prefix: str) -> bool:
    """Whether ``prefix`` (the clause before a constraint) is a polite frame and nothing else."""
    m = _FRAME.match(prefix)
    return bool(m) and all(w in _FRAME_REST for w in re.findall(r"[\w’']+", prefix[m.end() :].lower()))


def _vocab_only(s: str) -> bool:
    """Constraint wording only; text in another script never is (it has no Latin words for _only_vocab to
    judge: a Chinese clause before "不要使用“X”" is the task, "请写一首诗，", and so is the Greek name in "a
    short English write-up of Το Λιμανάκι"), nor are accented words _only_vocab would read in pieces."""
    return _only_vocab(s) and not re.search(r"[^\W\d_A-Za-z]", s)


def _explains(tail: str) -> bool:
    """A reason after the constraint (": astrology offers ...", "because ...", "as the team reads it"),
    the reason word whole: "as well" is no "as we ..." and is no reason either."""
    m = _EXPLAIN.match(tail)
    if not m:
        return False
    if tail.lstrip().startswith(":"):
        return True
    if re.match(r"\s*(?:[,—–-]\s*)?(?:because|since)\s*[,—–-]", tail, _I):
        return False  # "since, you know, trivia": an aside, no reason stated
    return m.end() == len(tail) or not (tail[m.end() - 1].isalnum() and tail[m.end()].isalnum())


def _span(content: str, unit: Unit, hit: Hit, hits: list[Hit], cond_start: int | None) -> tuple[int, int]:
    """Grow a hit's core to the clause stating it: over a prefix or tail made only of
    constraint wording, an explanation ("because ...", ": astrology offers guidance"), an
    example ("such as [address]"), the unit's continuation sentences, and neighbouring clauses
    that hold no constraint and no task words ("At the end,")."""
    clauses = _clauses(content, unit.start, unit.end)
    first = next((i for i, (s, e) in enumerate(clauses) if e > hit.start), 0)
    last = next((i for i, (s, e) in enumerate(clauses) if e >= hit.end), len(clauses) - 1)
    others = [h for h in hits if h is not hit]

    def free(s: int, e: int) -> bool:
        return not any(_overlap((s, e), (h.start, h.end)) for h in others)

    start, end = hit.start, hit.end
    cs, _ = clauses[first]
    if (
        cs < start
        and free(cs, start)
        # the tail of an aside is no prefix of the constraint: "(1924): exactly those 3 numbers"
        and content[cs:start].count(")") <= content[cs:start].count("(")
        # nor a sentence of its own, or a count: "each one <= 12 words. no '!' anywhere" (a scoped length)
        and not re.search(r"[.!?]\s|\d", content[cs:start])
        and (
            (_vocab_only(content[cs:start]) and not re.search(r"\b(?:if|when)\b", content[cs:start], _I))
            or _polite_frame(content[cs:start])
        )
    ):
        start = cs
    # earlier hit-free clauses of constraint wording only ("At the end,", "In your response,")
    i = first
    while start == clauses[i][0] and i > 0:
        ps, pe = clauses[i - 1]
        # a clause of words: a bare figure ("(1924)") is the task's material, not constraint wording
        if free(ps, pe) and _vocab_only(content[ps:pe]) and re.search(r"[A-Za-z]", content[ps:pe]):
            start, i = ps, i - 1
        else:
            break
    _, ce = clauses[last]
    tail = content[end:ce]
    ex = _EXAMPLE.search(tail)
    words_part = tail[: ex.start()] if ex else tail
    if ce > end and free(end, ce) and (_vocab_only(words_part) or _explains(tail)):
        end = ce
    # an aside right after the constraint: "(e.g. PART 1, PART 2)", "(for example *happy birthday*)"
    aside = re.compile(r"\s*\([^()\n]{1,100}\)").match(content, end, unit.end)
    if aside and free(end, aside.end()):
        end = aside.end()
    # continuation sentences elaborate the constraint stated last in the base sentence
    if end >= unit.base_end - 1 and unit.end > unit.base_end and free(unit.base_end, unit.end):
        end = unit.end
    if end == ce and end < unit.end and content[end] in ".!?" and last == len(clauses) - 1:
        end += 1
    # the closing punctuation of a sentence that the span now fills
    while (
        end < unit.end
        and content[end] in ".!?\"')"
        and free(end, end + 1)
        and (end + 1 == unit.end or content[end + 1].isspace())
    ):
        end += 1
    # "and"/"or" joins the clause to the previous one: it stays with the sentence, not the constraint
    lead = re.match(r"(?:and|or)\s+", content[start:end], _I)
    if lead and start < hit.start:
        start += lead.end()
    # the preposition of an adverbial count ("in fewer than 120 words", "using fewer than five sentences")
    prep = re.search(r"\b(?:in|using|with|within|as|into)\s+$", content[unit.start : start], _I)
    if prep and start == hit.start:
        start -= len(prep.group(0))
    if cond_start is not None and not any(h.start < hit.start for h in others):
        start = min(start, cond_start)  # the trigger opens the unit's first constraint
    # parentheses balance inside the span
    close = content.find(")", end, unit.end)
    if content[start:end].count("(") > content[start:end].count(")") and close >= 0 and free(end, close + 1):
        end = close + 1
        if end < unit.end and content[end] in ".!?" and (end + 1 == unit.end or content[end + 1].isspace()):
            end += 1
    while content[start:end].count(")") > content[start:end].count("(") and content[end - 1] in ").":
        end -= 1
    while end > start and content[end - 1].isspace():
        end -= 1
    # a clause that opens on the colon or comma joining it to the previous one: the mark stays there
    while start < min(end, hit.start) and (content[start].isspace() or content[start] in ":;,"):
        start += 1
    while start < end and content[start].isspace():
        start += 1
    return start, end


# Questions about something ("Why do people avoid commas?") and statements about the user's own
# text ("My essay is at least 300 words long") state no constraint on the response.
_QUESTION = re.compile(
    r"^\s*(?:what|why|how|which|who|whom|whose|where|when|is|are|was|were|does|did|do\s+(?:i|we|people|you\s+think)|"
    r"should\s+(?:i|we)|have\s+(?:i|we)|has)\b[^\n]*\?\s*$",
    _I,
)
_ABOUT_INPUT = re.compile(
    r"^\s*(?:my|our|his|her|their|I\s+(?!want|need|would|'d|prefer|expect|require|ask|don[’']?t|do\s+not)\w+)\b", _I
)
# A third-person subject or relative pronoun right before the phrase: it describes someone.
_SUBJECT = re.compile(
    r"\b(?:who|which|whose)\s+(?:[\w']+\s+){0,2}$|\b(?:people|someone|somebody|everyone|everybody|nobody|he|she|they|"
    r"students|writers|authors)\s+(?:[\w']+\s+){0,1}$",
    _I,
)
# A relative clause about using a language ("a girl who speaks only in Japanese"): a sentence-final
# language phrase after it describes her, not the response.
_SPEECH = re.compile(
    r"\b(?:who|which|whose)\b[^.]*\b(?:speak|talk|writ|wrote|sing|sang|say|said|read|answer|repl|respond|think|dream|"
    r"communicat|teach|taught|learn|chat|whisper|pray|lives?|grew|study|studies|dub|translat|publish|tell|told)\w*",
    _I,
)
_IMPERATIVE = re.compile(
    r"(?:end|finish|conclude|close|sign|start|begin|open|wrap|surround|enclose|put|include|use|mention|write|add|"
    r"highlight|give|avoid|respond|answer|reply)\b",
    _I,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|asks|contains|gets|includes|lasts|runs|uses|used|sells|allows|"
                     r"supports|offers|tends|seems|looks)\b", _I)  # fmt: skip
_DIRECTIVE = re.compile(r"\b(?:should|must|shall|will|need|needs|has\s+to|have\s+to|make\s+sure|ensure|please|want|"
                        # a Spanish negative imperative ("No uses la palabra X y tampoco ...") is no English "uses"
                        r"no\s+(?:uses|utilices|pongas|escribas|incluyas|metas|menciones|añadas|agregues|emplees)|"
                        r"appreciate|prefer|kindly|"
                        r"would\s+like|keep|make|write|answer|respond|reply|give|use|include)\b", _I)  # fmt: skip


# Polite and indirect ways of asking ("It would be great if you could avoid ...", "Kindly write
# it in ...", "I'd appreciate it if your answer were ..."): what follows them is still a request.
_POLITE = re.compile(
    # the longer frames first: "I'd love it if you could end with ...", "It would also be nice to end with ...",
    # "it's important to avoid ..."
    r"^.*?\b(?:i(?:'d|’d|\s+would)\s+(?:also\s+)?(?:love|like|appreciate)\s+it\s+if\s+you(?:\s+(?:could|would|can))?|"
    r"(?:it\s+would|it[’']?d|that\s+would|it[’']?s|it\s+is)\s+(?:also\s+)?(?:be\s+)?(?:really\s+|very\s+|super\s+)?"
    r"(?:great|nice|good|helpful|lovely|ideal|wonderful|best|important|essential|crucial|cool|awesome|perfect|"
    r"appreciated)\s+(?:if\s+you\s+(?:could|would|can)|to)|"
    r"if\s+you\s+(?:could|would|can)(?:\s+please)?|(?:could|can|would|will)\s+you(?:\s+please)?|"
    r"i(?:'d|’d|\s+would)\s+(?:like|love|prefer|appreciate\s+it\s+if)(?:\s+(?:you|it)\s+to|\s+to)?|"
    r"i\s+(?:want|need)\s+you\s+to|(?:please\s+)?try\s+(?:not\s+)?to|kindly|please)\s+",
    _I,
)


def _descriptive(content: str, unit: Unit, hit: Hit) -> bool:
    """Whether the clause around a hit describes something instead of instructing: a verb-led
    phrase after a subject ("Agents used to end every email with ...", an imperative verb must
    open its clause), or a statement with a finite verb and no directive word ("The user's drafts
    are often over 2000 words", "It has 5 paragraphs separated by ***")."""
    clauses = _clauses(content, unit.start, unit.end)
    cs = next((s for s, e in clauses if s <= hit.start < e), unit.start)
    # "Repetition is the point, so at least one word has to ...": what follows "so" is a clause of its own
    cuts = list(_CONSEQUENCE.finditer(content, cs, hit.start))
    cs = cuts[-1].end() if cuts else cs
    # "I was going to ask for a table but nah, just lay it out ...": so does a turn to a request
    turns = [m.end() for m in _TURN_AT.finditer(content, cs, unit.end) if m.end() <= hit.start]
    cs = max(turns, default=cs)
    prefix = _POLITE.sub("", content[cs : hit.start])
    prefix = LEAD_LABEL.sub("", prefix)  # "P.S. avoid the words ...": the label is no subject
    # "a rhyming story that uses fewer than 50 distinct words but runs to at least 150": the relative
    # clause qualifies the thing asked for, unless a main verb follows ("a tweet that has over 280
    # characters gets cut off")
    if _ASKED_THING.search(prefix) and not _MAIN_VERB.match(content, hit.end, unit.end):
        return False
    # "write a short scene ..., that has an equal number of ...": a relative clause qualifying the task
    if _RELATIVE_ON_TASK.search(content, unit.start, hit.start) and re.fullmatch(r"\s*that\s+\w+\s+", prefix, _I):
        return False
    # "And maybe end with ...", "P.S. avoid ...", "tapos end it with ...": a hedge or sign-off before an imperative;
    # "The subject line has to start with ...": a verb after a modal is no imperative after a subject
    # (a part before the modal scopes it: "the third sentence must mention X"; but the first line's start is the
    # response's)
    modal = _MODAL_END.search(prefix)
    if _IMPERATIVE.match(content, hit.start) and modal:
        subject = prefix[: modal.start()]
        if _only_vocab(subject) or ("start" in hit.id and re.search(r"\b(?:first|opening|subject|top)\b", subject, _I)):
            return False
    bare = _HEDGE.sub(" ", prefix)
    if _IMPERATIVE.match(content, hit.start) and bare.strip() and not _only_vocab(bare):
        return not _located_existence(prefix, hit)
    if _TASK_LEAD.match(prefix) or _polite_frame_lead(content[cs : hit.start]):
        return False  # "Explain what inflation is (in ALL CAPS)", "It would be lovely if the whole thing were ..."
    return bool(_FINITE.search(prefix) and not _DIRECTIVE.search(prefix))


_HEDGE = re.compile(r"\b(?:maybe|perhaps|p\.?\s?s\.?|ps|oh|btw|now|ok|okay|tapos|pagkatapos|nah)(?=\W|$)", _I)
_MODAL_END = re.compile(r"\b(?:should|must|shall|has\s+to|have\s+to|needs?\s+to|got\s+to|gotta|ought\s+to)\s+"
                        r"(?:(?:also|always|only|still|definitely)\s+)?$", _I)  # fmt: skip
_ASKED_THING = re.compile(
    r"(?:^|:\s+)\s*(?:an?|one)\s+(?:(?!\b(?:that|is|are|was|were|has|have|had|will|would)\b)[^.;:?!])*?\bthat\s+"
    r"(?:uses|has|contains|includes|features|gets|runs\s+to|stays|keeps|ends|starts|begins)\b[^.;:?!]*$",
    _I,
)
_MAIN_VERB = re.compile(r"[^.;:?!]*?\b(?:is|are|was|were|gets|get|got|tends?|seems?|will|won[’']?t|can[’']?t|cannot|"
                        r"would|looks?|reads?|sounds?|feels?|makes?|becomes?)\b", _I)  # fmt: skip
_CONSEQUENCE = re.compile(
    # also a sentence the splitter left inside the unit ("... squeamish. oh and dont use ..."): a new clause
    r"(?:,|;|\s[-—–])\s*(?:so|and\s+so|therefore|thus|hence)\s+(?!that\b)|(?<=[a-z])[.!?]\s+(?=[a-z])"
    # "... overuse "lovely" so use that word once at most": "so" + an imperative on a thing named before (gramA s5)
    # (the scan stops at the hit, so "so" must stand right before it)
    r"|\s+so\s+$",
    _I,
)
# A task, then "that has/uses/contains" right before the constraint: the clause qualifies what is written.
_RELATIVE_ON_TASK = re.compile(
    r"^\s*(?:\S+\s+){0,6}?(?:write|compose|draft|create|produce|give\s+me|tell\s+me|make)\b[^.;?!]*\bthat\s+"
    r"(?:has|uses|contains|includes|features|gets|runs\s+to)\s+$",
    _I,
)
# "in Section 2", "in the last paragraph", "at the end": where in the response the instruction applies.
_LOCATIVE = re.compile(
    r"\s*(?:in|at|for|within|under)\s+(?:the\s+|each\s+|every\s+)?(?:(?:first|second|third|last|final|next|closing|opening)\s+)?"
    r"(?:section|part|paragraph|step|chapter|end|beginning|start|heading|header|details|body|topic|examples?)s?(?:\s+\d+)?\s*,?\s*"
    r"(?:please\s+)?$",
    _I,
)
# Constraints that something occurs at least once (or N times): met in a part, met in the whole.
_EXISTENTIAL = {"format:code_block", "keywords:existence", "keywords:required_phrase", "content:include_url",
                "detectable_content:number_placeholders", "detectable_format:number_highlighted_sections",
                "format:use_emoji", "punctuation:use_exclamation", "punctuation:use_em_dash",
                "punctuation:use_comma", "format:sub-bullets"}  # fmt: skip


_PERMISSION = re.compile(
    # "if you could ..." is a polite request ("It would be great if you could include ..."), no permission
    r"\b(?:(?<!\bif\s)(?:you|u)\s+(?:can|may|could|might)(?:\s+also)?|(?:feel|you(?:'re|\s+are))\s+free\s+to|optionally|"
    r"if\s+you\s+(?:like|want|wish)\s*,?)\s+$",
    _I,
)


def _permitted_only(before: str, hit: Hit) -> bool:
    """ "You can mention "fresh" and "local"", "feel free to use emojis": an inclusion that is
    allowed, not asked for (a cap stays a constraint: "you can use up to 3 hashtags")."""
    return (
        bool(_PERMISSION.search(before))
        and hit.id in {*_EXISTENTIAL, "format:use_markdown", "format:numbered_list"}
        and (hit.kwargs.get("relation", "at least") == "at least")
    )


def _located_existence(prefix: str, hit: Hit) -> bool:
    """An imperative after a place in the response ("in Section 2 give an example in a fenced code
    block") still instructs; for a "there is at least one" constraint the place does not matter."""
    return bool(
        _LOCATIVE.match(prefix) and hit.id in _EXISTENTIAL and hit.kwargs.get("relation", "at least") == "at least"
    )


# An imperative task verb opening the clause: a finite verb after it ("Explain what inflation is")
# belongs to the task's object, not to a description.
_TASK_LEAD = re.compile(
    r"\s*(?:please\s+)?(?:explain|describe|write|tell\s+(?:me|us)|summari[sz]e|define|discuss|outline|compare|"
    r"list|show\s+(?:me|us))\b",
    _I,
)


def _polite_frame_lead(prefix: str) -> bool:
    """A polite frame ("It would be lovely if", "I'd appreciate it if") opens the clause."""
    return bool(_FRAME.match(prefix))


# An imperative opening a clause after a statement ("; translate them", ", keep it under 200 words").
_REQUEST_VERB = (
    r"(?:write|keep|make|use(?!\s+of\b)|add|include|answer|respond|reply|avoid|give|put|end|start|begin|limit|stay|"
    r"mention|format|wrap|translate|list|mark|lay|leave|skip|drop|stick|go|do\s+it|try|cut|trim|shorten)\b"
)
_TURN = (
    # "Our SMS vendor breaks on commas, so not a single comma": what a consequence clause states is asked for
    # (the clause still passes _descriptive: "My essay has 5 parts, so it has 900 words" states a fact)
    r"(?:,|;|\s[-—–])\s*(?:so|and\s+so|therefore|thus|hence)\s+(?!that\b|far\b|much\b|many\b)(?=\S)"
    r"|\s+(?:so|therefore|thus)\s+(?:please|pls|plz|kindly|just)\b"
    # "... but please DON'T ...", "but nah, just lay it out as ...", "; translate them", ", keep it under ...":
    # the statement turns into a request
    r"|(?:,|;|\s[-—–]|\s+but|,\s*but)\s+(?:(?:nah|no|ok|okay|anyway|honestly),?\s+)?(?:please|pls|plz|kindly|just)\s+"
    r"(?=[a-z])(?!(?:like|as|because|in\s+case)\b)"
    rf"|(?:;|\s+but|,\s*but)\s+(?:please\s+)?(?:don[’']?t|dont|do\s+not|never)\s+\w+|(?:[;,]|\s+but)\s+{_REQUEST_VERB}"
    # "Our TA is strict: the abstract has to be ...": a colon opening a stated obligation
    r"|:\s+(?=[^.;:?!]*?\b(?:has\s+to|have\s+to|must|should|needs?\s+to|got\s+to|gotta)\b)"
)
_TURN_AT = re.compile(_TURN, _I)
# The request that closes a statement about the user's own things: ", so leave it out", "; please avoid it".
_SO_REQUEST = re.compile(
    r"(?:(?:,|;|\s[-—–])\s*(?:so|and\s+so|therefore|thus)?|\s+(?:so|therefore|thus))\s*(?:please\s+)?(?:leave|keep|avoid|skip|"
    r"drop|ditch|don[’']?t|dont|"
    r"do\s+not|never)\s+(?:it|them|that|use|say|write|include|mention)\b"
    # "I like the bird names to stand out, so please mark two of them with asterisks": "so please" + a request
    r"|(?:,|;)\s*so\s+please\s+(?:mark|use|add|include|put|make|keep|write|give|bold|highlight|end|start|avoid)\b"
    # "I always overuse "lovely" so use that word once at most": "so" + an imperative, no comma (gramA s5)
    r"|\s+so\s+(?:use|say|mention|include|keep|avoid|leave|write|make|put)\s+(?:that|this|it|them|the)\b"
    # "My club has a challenge: write a paragraph with no letter e": a colon that opens the task
    r"|:\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:write|compose|draft|create|make|give\s+me|tell\s+me|list|describe|"
    r"explain|summari[sz]e|translate)\b"
    # "Our house rules: begin the response with ...": what the user's rules list is asked of the response
    # (the rules open the sentence: "My essay follows the rules: no commas" describes the essay)
    r"|^\s*(?:my|our)\s+(?:[\w-]+\s+)?(?:rules?|requirements?|constraints?|guidelines?|specs?|conditions?|instructions?)"
    r"\s*(?:are\s*)?:(?=\s*\S)(?!\s*I\b)"
    rf"|{_TURN}",
    _I,
)
# "Mention the word "cozy" if it fits naturally", "include a link where possible": an inclusion left to the
# writer, which a response may skip and still follow the prompt.
_OPTIONAL_TAIL = re.compile(
    r"\s*,?\s*(?:if\s+(?:it|they|that)\s+(?:fits?|works?|makes?\s+sense|feels?\s+(?:natural|right))|if\s+(?:possible|you\s+(?:can|like|"
    r"want|wish)|natural|appropriate|relevant|needed)|where(?:ver)?\s+(?:possible|natural|it\s+fits|appropriate|relevant)|"
    r"when(?:ever)?\s+(?:possible|natural|it\s+fits|appropriate|relevant)|optionally|as\s+needed)\b",
    _I,
)


def _optional_inclusion(content: str, unit: Unit, hit: Hit) -> bool:
    """Whether an inclusion is left to the writer by what follows it ("if it fits naturally")."""
    at_least = hit.kwargs.get("relation", hit.kwargs.get("let_relation", "at least")) == "at least"
    return hit.id in _OPTIONAL_KINDS and at_least and bool(_OPTIONAL_TAIL.match(content, hit.end, unit.end))


_OPTIONAL_KINDS = {"keywords:existence", "keywords:required_phrase", "keywords:frequency", "keywords:include_any",
                   "startend:end_checker", "startend:start_phrase", "content:include_url", "format:use_emoji",
                   "punctuation:use_exclamation", "punctuation:use_em_dash", "format:code_block"}  # fmt: skip
_PROXY_REQUEST = re.compile(
    r"^\s*(?:my|our)\s+(?:[\w'’-]+\s+){1,3}?(?:wants|needs|requires|insists\s+on|asked\s+for|would\s+like|prefers|expects|"
    # "Our comms standards say no sentence should ...": rules passed on, when they oblige ("My editor says the word
    # "harbor" appears 3 times" reports)
    r"(?:say|says|said|states?|dictates?|specif(?:y|ies))\b(?=.*?\b(?:should|must|may|shall|can[’']?t|cannot|has\s+to|"
    r"have\s+to|needs?\s+to|is\s+to|are\s+to)\b)|demands?)\b",
    _I,
)
# A house style stated as the writer's habit ("our brand writes everything without capital letters"): it is what
# the response must follow, though it opens like a statement about the user's own text. The habit covers all
# their writing ("everything", "always", "never"); "our brand writes its name in caps" stays a description.
_HOUSE_STYLE = re.compile(
    r"^\s*(?:our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:brand|company|business|shop|store|bakery|caf[eé]|team|agency|studio|"
    r"house\s+style|style\s+guide|channel|page|newsletter|blog|account|band|restaurant|org|organi[sz]ation)\s+"
    r"(?:\([^()]{1,60}\)\s+)?(?:(?:always|only|never)\s+)?(?:writes?|types?|does|puts?|spells?|keeps?)\s+"
    r"(?:everything|all\s+(?:of\s+)?(?:our|its|their|my)\s+[\w-]+|all\s+(?:copy|text|posts))\b",
    _I,
)
_TOPICAL = {"detectable_format:json_format", "startend:quotation", "language:response_language", *_CASE_IDS}


def _unit_constraints(content: str, unit: Unit, mi: int) -> Iterator[Constraint]:
    """The validated constraints one unit states, with spans and conditions."""
    from rpo_cli.constraints import registry
    from rpo_cli.errors import ConstraintArgsError

    text = content[unit.start : unit.end]
    cond, cond_end, skip = _condition(text)
    if skip:
        return
    if _QUESTION.match(text):
        return
    # "Our editor hates the word "patrons", so leave it out.": a statement about the user that ends in a request
    # "Our SEO guy wants the word cabins used 5 times": a request passed on, not a statement about the input
    about_input = bool(_ABOUT_INPUT.match(text)) and not _PROXY_REQUEST.match(text) and not _HOUSE_STYLE.match(text)
    then = _SO_REQUEST.search(text) if about_input else None
    if about_input and not then:
        return
    ctx = Ctx(content, unit)
    hits: list[Hit] = []
    low = text.lower()
    for r, needs in RULES:
        if needs and not any(w in low for w in needs):
            continue
        for h in r(ctx):
            if cond and h.start < unit.start + cond_end:
                continue
            before = content[unit.start : h.start]
            qualifier = re.search(r"\b(?:in\s+which|where)\s+$", before, _I) and re.match(
                r"(?:each|every|all|no)\b", content[h.start : h.end], _I
            )  # "a story in which every sentence is shorter than 12 words" qualifies the text to write
            if _SUBJECT.search(before) and not (h.attached and not _SPEECH.search(before)) and not qualifier:
                continue  # "a person who never uses commas": a description, not a directive
            if h.id in _TOPICAL and re.search(r"\bhow\s+to\b", before, _I):
                continue  # "Explain how to format dates in JSON": the format is the topic
            if _descriptive(content, unit, h) or _permitted_only(before, h):
                continue
            if about_input and h.end <= unit.start + then.start():
                continue
            if _optional_inclusion(content, unit, h):
                continue
            hits.append(h)
    hits = _resolve(hits)
    last_end = unit.start
    group_spans: dict[int, tuple[int, int]] = {}
    for h in hits:
        try:
            registry.build(h.id, h.kwargs)
        except (registry.UnknownConstraintError, ConstraintArgsError):
            continue  # a phrasing whose values the type rejects: leave it to the LLM
        if h.group is not None and h.group in group_spans:  # the twin of a two-constraint phrase: same span
            s, e = group_spans[h.group]
            yield Constraint(id=h.id, kwargs=h.kwargs, text=content[s:e], span=Span(message=mi, start=s, end=e),
                             condition=cond.model_copy() if cond else None)  # fmt: skip
            continue
        twins = [k for k in hits if h.group is not None and k.group == h.group]
        s, e = _span(content, unit, h, [k for k in hits if k not in twins or k is h], unit.start if cond else None)
        s = max(s, last_end)
        while s < e and content[s].isspace():
            s += 1
        if s >= e:
            continue
        last_end = e
        if h.group is not None:
            group_spans[h.group] = (s, e)
        yield Constraint(id=h.id, kwargs=h.kwargs, text=content[s:e], span=Span(message=mi, start=s, end=e),
                         condition=cond.model_copy() if cond else None)  # fmt: skip
