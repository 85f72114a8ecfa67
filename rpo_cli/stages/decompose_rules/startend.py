"""Start/end rules: start and end phrases, quotation wrapping, postscripts, a closing question."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _RESP,
    NUM,
    QUOTED,
    Ctx,
    Hit,
    _flip_if_negated,
    _negated,
    _scan,
    _unquote,
    rule,
)

_SUBPART = re.compile(
    r"\b(?:paragraph|section|sentence|line|bullet|item|point|chapter|stanza|verse|part)s?\b|"
    # "each one" of the things asked for ("Write three haiku; open each one with ..."), not the response
    r"\beach\s+(?:one|of\s+(?:them|these|those))\b|\bevery\s+(?:single\s+)?one\b|\ball\s+of\s+them\b|\beach\s+(?=with\b)",
    _I,
)
# "each section should begin with": the sub-part is the subject, not the response
_SUBPART_BEFORE = re.compile(
    r"\b(?:paragraph|section|sentence|line|bullet|item|point|chapter|stanza|verse|part)s?\s+(?:(?:number\s+|#\s*)?\d+\s+)?"
    r"(?:(?:should|must|has\s+to|needs\s+to|will|shall|can|may)\s+)?(?:always\s+)?$",
    _I,
)


_NTH_ONE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|final|other|\d+(?:st|nd|rd|th))\s+(?:one|version|take|option|"
    r"draft|variant|response|answer|reply)\b",
    _I,
)


def _phrase_after(m: re.Match) -> str:
    return _unquote(m.group("p"))


def _phrase_hit(starts: bool, neg: object, phrase: str, m: re.Match, prio: int) -> Hit:
    """The hit of a phrase the text must (or, under ``neg``, must not) start with (``starts``) or
    end with, spanning the match ``m``."""
    if starts:
        tid, key = ("startend:not_start_phrase" if neg else "startend:start_phrase"), "start_phrase"
    else:
        tid, key = ("startend:not_end_checker" if neg else "startend:end_checker"), "end_phrase"
    return Hit(tid, {key: phrase}, m.start(), m.end(), prio=prio)


_UNQ = r"\s*:\s*(?P<p>[^\"“'‘\s][^\n\"“”]{0,100}?)\s*$"


def _unquoted_end(ctx: Ctx, pats: tuple[str, ...]) -> Iterator[Hit]:
    """End phrases given unquoted after a colon, to the end of the sentence."""
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            phrase = m.group("p").strip()
            # a fragment ("drumming.") loses the period that closes the sentence; a sentence keeps it
            if re.fullmatch(r"\S+\.", phrase) or (phrase[:1].islower() and phrase.endswith(".")):
                phrase = phrase[:-1]
            tid = "startend:not_end_checker" if _negated(ctx, m.start()) else "startend:end_checker"
            if phrase:
                yield Hit(tid, {"end_phrase": phrase}, m.start(), m.end(), prio=84)


def _followed(ctx: Ctx, end: int) -> bool:
    """Whether more text is asked for after an end phrase ("Finish with "#### " followed by the answer")."""
    return bool(re.match(r"\s*,?\s*(?:followed\s+by|and\s+then|then)\b", ctx.content[end : ctx.unit.end], _I))


@rule("start", "begin", "open", "end", "finish", "conclude", "close", "sign", "wrap")
def _start_end_phrases(ctx: Ctx) -> Iterator[Hit]:
    obj = r"(?:(?:your|ur|yr|the|this|that|each|every|all|it|my|its|a|any)\s+(?:[\w-]+\s+){0,2}?)?"
    kind = r"(?:exactly\s+)?(?:(?:this|the|a|these)\s+)?(?:(?:exact|following|precise|same|specific)\s+)*(?:(?:phrase|words?|sentence|line|greeting|text|sign-?off|question)\s*)?:?\s*"  # noqa: E501
    # "our club motto exactly:", "my usual sign-off, word for word:" (gramA s5): the line named by its kind and owner
    kind = (
        rf"(?:{kind}|(?:(?:our|my|their|his|her|the|this)\s+)(?:[\w-]+\s+)?(?:motto|slogan|tagline|catchphrase|sign-?off|"
        r"greeting|salutation|signature|line|phrase|quote|words)\s*,?\s*(?:(?:exactly|verbatim|word\s+for\s+word)\s*)?:?\s*)"
    )
    after = (
        r"(?:\s*[.,]?\s*(?:and\s+)?(?:say\s+|write\s+|add\s+)?nothing\s+(?:else\s+)?(?:after|should|must|may|can|"
        r"comes?)[^.!?]*[.!?]?|\s*[.,]?\s*No\s+other\s+words\s+should\s+follow[^.!?]*[.!?]?|\s*,?\s+with\s+nothing\s+after(?:\s+(?:it|that|this))?)?"
    )
    ends = [
        # a participle closing the task: "Draft a welcome email, ending with the phrase "See you soon.""
        rf"\bending\s+with\s+(?:(?:this|the)\s+)?(?:(?:exact|following|precise|same|specific)\s+)*(?:phrase|words|sentence|line)"
        rf"\s*:?\s*(?P<p>{_FQUOTED}){after}",
        rf"\b(?:end|finish|conclude|close|sign\s+off|wrap\s+up|close\s+out|round\s+off|finish\s+off|cap\s+off|top\s+off)\s+"
        rf"{obj}(?:with\s*:?|on|by\s+(?:saying|writing)|using)\s*{kind}(?P<p>{_FQUOTED}){after}",
        # "Put "Order yours today!" at the very end", "add "Cheers" at the end of your reply"
        rf"\b(?:put|place|add|have|include|use|insert|stick)\s+(?:(?:the|this)\s+(?:exact\s+)?(?:phrase|line|sentence|words?|text|"
        rf"tagline|slogan|motto)\s+)?(?P<p>{_FQUOTED})\s*,?\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:your|the)\s+(?:{_RESP}|reply))?"
        r"(?!\s+of\s+(?:each|every|the\s+(?:first|second|third|last|final)))",
        # "sign off as "The Harbor Goods Team"", "sign the email "Love, Mom"", "sign it off with ..."
        rf"\bsign\s+(?:(?:it|this|(?:the|every|each|all|your)\s+(?:emails?|e-mails?|letters?|notes?|messages?|cards?|replies|reply|"
        rf"responses?|answers?))\s+)?(?:off\s+)?(?:as|with)?\s*"
        rf"(?:the\s+name\s+)?(?P<p>{_FQUOTED}){after}",
        rf"\b(?:{_RESP}|it|pitch|note|ad|plan|review|bio|reply)s?\s+(?:(?:should|must|has\s+to|needs\s+to|will)"
        rf"(?P<inneg>n[’']?t|\s+not|\s+never)?\s+)?(?:always\s+)?(?:ends?|ended)\s+with\s+{kind}(?P<p>{_FQUOTED}){after}",
        # a requested part that closes the text: "a closing line that ends the release with the exact text "..."
        rf"\bthat\s+(?:ends|closes|finishes)\s+(?:the|your|this)\s+[\w-]+\s+with\s+(?:the\s+|this\s+)?"
        rf"(?:(?:exact|following|precise)\s+)*(?:phrase|text|line|words|sentence)\s*:?\s*(?P<p>{_FQUOTED}){after}",
    ]
    # the last item of a "Make sure it includes ..., has ..., and ends with "..."" list
    ends.append(
        rf"\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:it|your\s+\w+|the\s+\w+)\b[^.!?]*?(?:,\s*|\s+)(?:and\s+)?"
        rf"(?P<c>ends\s+with\s+{kind}(?P<p>{_FQUOTED}))"
    )
    # the second half of "it started with "Dear Ms. Okafor," and ended with the sign-off "Best, Tunde""
    ends.append(
        rf"\b(?:{_RESP}|it)s?\s+(?:(?:should|would|could|will|must)\s+)?(?:start|begin|open)(?:s|ed)?\s+with\s+(?:{_FQUOTED}|[^.!?\n]){{0,120}}?"
        rf"\band\s+(?:(?:should|would|could|will|must)\s+)?(?P<c>(?:ends?|ended|finish(?:es|ed)?|close[sd]?)\s+with\s+{kind}"
        rf"(?P<p>{_FQUOTED}))"
    )
    # "Start your answer with the word Yes.", "End with the word Goodbye.": one unquoted word closing the sentence;
    # "Avoid starting with "I"", "a reply that doesn't end with "Thanks"": the negated participle and relative
    one = (
        rf"\b(?P<v>start|begin|open|end|finish|close|conclude)\s+{obj}with\s+the\s+(?:single\s+)?word\s+(?P<w>[A-Za-z][\w'-]*)"
        r"(?P<stop>[.!?])?(?=\s*$)"
    )
    for m in _scan(one, ctx, _I):
        if _SUBPART.search(ctx.content[m.start() : m.start("w")]) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
            continue
        starts = m.group("v").lower() in ("start", "begin", "open")
        yield _phrase_hit(starts, _negated(ctx, m.start()), m.group("w"), m, 84)
    negp = (
        rf"\b(?:(?:avoid|without|never|no)\s+(?P<p1>starting|beginning|opening|ending|finishing|closing|concluding)|"
        rf"that\s+(?:does\s+not|doesn[’']?t|never)\s+(?P<p2>start|begin|open|end|finish|close|conclude)s?)\s+"
        rf"(?:(?:your|the|it)\s+(?:[\w-]+\s+)?)?(?:with|by\s+saying)\s+{kind}(?P<p>{_FQUOTED})"
    )
    for m in _scan(negp, ctx, _I):
        verb = (m.group("p1") or m.group("p2")).lower()
        if not _phrase_after(m) or _SUBPART.search(ctx.content[m.start() : m.start("p")]):
            continue
        if verb.startswith(("start", "begin", "open")):
            yield Hit("startend:not_start_phrase", {"start_phrase": _phrase_after(m)}, m.start(), m.end(), prio=85)
        else:
            yield Hit("startend:not_end_checker", {"end_phrase": _phrase_after(m)}, m.start(), m.end(), prio=85)
    put_start = (
        rf"\b(?:put|place|have)\s+(?P<p>{_FQUOTED})\s+at\s+the\s+(?:very\s+)?(?:start|beginning)(?:\s+of\s+(?:your|the)\s+"
        rf"(?:{_RESP}|reply))?(?!\s+of\s+(?:each|every|the\s+(?:first|second|third|last|final)))"
    )
    for m in _scan(put_start, ctx, _I):
        tid = "startend:not_start_phrase" if _negated(ctx, m.start()) else "startend:start_phrase"
        if _phrase_after(m):
            yield Hit(tid, {"start_phrase": _phrase_after(m)}, m.start(), m.end(), prio=85)
    for i, pat in enumerate(ends):
        for m in _scan(pat, ctx, _I):
            pre = ctx.prefix(m.start(), 8)
            # "a closing line that ends the release with ...": the line is the subject, the text the object
            part_subject = i < 4 and _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4))
            if _NTH_ONE.search(ctx.content[m.start() : m.start("p")]):
                continue  # "end the 2nd one with ...": one part of several
            if _SUBPART.search(ctx.content[m.start() : m.start("p")].split(" with ")[0]) or part_subject:
                continue
            phrase = _phrase_after(m)
            if not phrase or _followed(ctx, m.end()):
                continue  # "Finish with "#### " followed by the answer": the phrase is not the last thing
            inneg = m.groupdict().get("inneg")  # "it shouldn't end with ..."
            tid = "startend:not_end_checker" if _flip_if_negated(pre) or inneg else "startend:end_checker"
            start = m.start("c") if "c" in m.groupdict() else m.start()
            yield Hit(tid, {"end_phrase": phrase}, start, m.end(), prio=85)
    # IFEval's own wording leaves the phrase unquoted: "... this exact phrase: Is there anything else I can
    # help with? No other words should follow this phrase." The follow-up sentence delimits it.
    pat = (
        rf"\b(?:end|finish|conclude)\s+{obj}with\s+(?:this|the)\s+(?:exact\s+)?phrase\s*:?\s+(?P<p>[^\"“'‘\n][^\n]{{0,120}}?)"
        r"\s*(?:(?<=[.!?])|\.)\s+No\s+other\s+words\s+should\s+follow[^.!?\n]*[.!?]?"
    )
    for m in _scan(pat, ctx, _I):
        tid = "startend:not_end_checker" if _negated(ctx, m.start()) else "startend:end_checker"
        yield Hit(tid, {"end_phrase": m.group("p").strip()}, m.start(), m.end(), prio=86)
    # "End your response with the exact phrase: Thank you for your patience." The colon opens the phrase
    # and the sentence closes it (its final punctuation belongs to the phrase).
    # Also "sign off with exactly this: Marco, General Manager", "Every reply closes with the line: Happy
    # trails!", "finish on the line: drumming" (and _last_sentence_is: "The final words should be: ...")
    unq = _UNQ
    pats = (
        rf"\b(?:end|finish|conclude|close|sign\s+off|wrap\s+up|close\s+out)(?:s|es)?\s+{obj}(?:with|on)\s*(?:exactly\s+)?"
        rf"(?:(?:this|the)\s+(?:exact\s+|following\s+)*(?:phrase|sentence|words|line|text|sign-?off)|this)?{unq}",
    )
    yield from _unquoted_end(ctx, pats)

    starts = [
        rf"\b(?:start|begin|open|kick\s+off|lead\s+off)\s+{obj}(?:with\s*:?|w/|by\s+(?:saying|writing)|using)\s*{kind}(?P<p>{_FQUOTED})"
        rf"(?:\s*,?\s*or\s+(?:with\s+)?(?P<p2>{QUOTED}))?",
        rf"\b(?:{_RESP}|it)s?\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?(?:always\s+)?(?:start|begin|open)(?:s|ed)?\s+with\s+"
        rf"{kind}(?P<p>{_FQUOTED})",
        # "It shouldn't start with 'Unfortunately'", "the email mustn't open with "Hi"" (the negation inside the match)
        rf"\b(?:{_RESP}|it|(?:the|your)\s+(?:email|letter|reply|message|note|post))s?\s+(?:should|must|can|may|will|does|do)"
        rf"(?:n[’']?t|\s+not|\s+never)\s+(?:ever\s+)?(?:start|begin|open)\s+with\s+{kind}(?P<p>{_FQUOTED})",
    ]
    for pat in starts:
        for m in _scan(pat, ctx, _I):
            head = m.group(0).split(" with ")[0]
            if _SUBPART.search(head) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)) or _NTH_ONE.search(head):
                continue
            phrase = _phrase_after(m)
            if not phrase:
                continue
            neg = _negated(ctx, m.start()) or re.search(r"\bdont\s+(?:\w+\s+)?$", ctx.prefix(m.start()), _I)
            neg = neg or re.search(r"n[’']t\s|\s(?:not|never)\s", head, _I)
            p2 = m.groupdict().get("p2")
            if p2 and not neg:
                continue  # "start with "A" or "B"": either one, which no type states
            tid = "startend:not_start_phrase" if neg else "startend:start_phrase"
            for ph in (phrase, _unquote(p2) if p2 else None):
                if ph:  # "Don't start with "Sure!" or "Great question"": two openings ruled out
                    yield Hit(tid, {"start_phrase": ph}, m.start(), m.end(), prio=85, group=m.start() if p2 else None)


# Quotes other languages use besides the English ones: « ... », „ ... “, ‹ ... ›, 「...」.
_FQUOTED = rf"(?:{QUOTED}|«\s*[^«»\n]{{1,120}}?\s*»|„[^“”\n]{{1,120}}[“”]|‹[^‹›\n]{{1,120}}›|「[^」\n]{{1,120}}」)"
# "the (exact) sentence/phrase" in es/pt/fr/it/de, with the adjective before or after the noun
_F_KIND = (
    r"(?:(?:la|a|le|il|das|den|dem|diese[mn]?|esta|este|cette|questa)\s+)?(?:(?:exacta|exata|exacte|esatta|exakte[mn]?|"
    r"siguiente|seguinte|suivante|seguente|folgende[mn]?)\s+)?(?:frase|phrase|oración|línea|linha|ligne|riga|satz|zeile|"
    r"palabras|palavras|mots|parole|worte[n]?)?(?:\s+(?:exacta|exata|exacte|esatta|exakt|siguiente|seguinte|suivante|"
    r"seguente))?\s*:?\s*"
)
# end verbs (imperatives, formal and informal) and their preposition
_F_END = (
    r"(?:termina|termine|terminez|termines|terminar|terminer|finaliza|finalize|acaba|acabe|cierra|cierre|concluye|"
    r"concluya|conclua|encerre|encerra|finis|finissez|conclus|concluez|concludi|concluda|chiudi|finisci|beende|beenden\s+Sie|"
    r"ende|schließe|schliesse)"
)
_F_START = (
    r"(?:empieza|empiece|comienza|comience|começa|comece|inicia|inicie|commence|commencez|débute|débutez|inizia|"
    r"comincia|beginne|beginnen\s+Sie|starte)"
)
_F_OBJ = r"(?:(?:tu|su|la|a|sua|ta|votre|la\s+tua|deine|ihre|il\s+tuo|el|o|le)\s+[\w-]+\s+)?"
_F_PREP = r"(?:con|com|par|avec|mit|por)"
_F_NEG = r"(?:\b(?:no|não|nao|ne|pas|nicht|non|nunca|jamais|nie)\b|\bn['’])\s*(?:\w+\s+){0,1}$"


@rule(
    "termin",
    "finaliz",
    "acaba",
    "cierr",
    "conclu",
    "encerr",
    "finis",
    "chiudi",
    "beend",
    "ende ",
    "schlie",
    "empie",
    "comien",
    "começ",
    "comece",
    "inici",
    "commenc",
    "début",
    "inizi",
    "cominci",
    "beginn",
    "start",
)
def _foreign_end_phrase(ctx: Ctx) -> Iterator[Hit]:
    """The end or start phrase asked in es/pt/fr/it/de: 'Termina con la frase "..."', 'termina con
    la frase esatta "..."', 'termine par « ... »', 'Beende deine Antwort mit dem Satz „...“',
    'Comienza con "..."'. A negated request ("no termines con ...") is left alone."""
    for verb, tid, key in (
        (_F_END, "startend:end_checker", "end_phrase"),
        (_F_START, "startend:start_phrase", "start_phrase"),
    ):
        pat = rf"\b{verb}\s+(?:(?:jamais|nunca|nie|niemals|mai|pas)\s+)?{_F_OBJ}{_F_PREP}\s+{_F_KIND}(?P<p>{_FQUOTED})"
        for m in _scan(pat, ctx, _I):
            lead = re.search(_F_NEG, ctx.content[ctx.unit.start : m.start()], _I)
            neg = lead or re.search(r"\b(?:jamais|nunca|nie|niemals|mai)\s", m.group(0), _I)
            phrase = _funquote(m.group("p"))
            if phrase:  # "Ne commence jamais ta réponse par « Bonjour »": the opening ruled out
                start = ctx.unit.start + lead.start() if lead else m.start()
                tid_here = tid.replace("startend:", "startend:not_") if neg else tid
                yield Hit(tid_here, {key: phrase}, start, m.end(), prio=85)


def _funquote(q: str) -> str:
    return q[1:-1].strip()


@rule("last", "final", "closing", "first", "opening", "very end")
def _last_sentence_is(ctx: Ctx) -> Iterator[Hit]:
    """The response's end (or start) given as its last (first) sentence: "Your last sentence must be
    "Goodbye, summer."", "The final line should read: "..."", "the last thing you write should be
    "..."", "Make your opening words "Dear team"" ("the last line of each stanza" is no match)."""
    modal = r"(?:(?:must|should|has\s+to|needs\s+to|will|shall)\s+(?:always\s+)?)?"
    place = (
        r"(?:(?:very\s+)?(?P<end>last|final|closing)|(?P<start>first|opening))\s+(?:sentence|line|words?|thing\s+"
        r"(?:you\s+(?:say|write)|in\s+(?:your|the)\s+\w+))"
    )
    # the determiner may be dropped at a clause's start: "final line has to be "Onward and upward.""
    det = r"(?:\b(?:your|the)\s+|(?:^|(?<=[.;!,:\n]\s)|(?<=\band\s)))"
    pats = (
        rf"{det}{place}\s+(?:of\s+(?:your|the)\s+(?:{_RESP}|reply)\s+)?{modal}(?:be|read|say)\s*:?\s*"
        rf"(?:exactly\s+)?(?:the\s+(?:exact\s+)?(?:sentence|phrase|words?|line)\s*:?\s*)?(?P<p>{QUOTED})",
        rf"\bmake\s+(?:your|the)\s+{place}\s*:?\s*(?:exactly\s+)?(?P<p>{QUOTED})",
        # a label: "last line: 'buon appetito'", "Final sentence: "See you there.""
        rf"(?:^|(?<=[.;!\n]\s)|(?<=\n)){place}\s*:\s*(?P<p>{QUOTED})",
    )
    # "The final words should be: Reserve your spot today." (unquoted, to the sentence's end)
    unq = rf"{det}(?:very\s+)?(?:last|final|closing)\s+(?:words?|line|sentence)\s+{modal}(?:be|read|say){_UNQ}"
    for m in _scan(unq, ctx, _I):
        if not _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
            yield from _unquoted_end(ctx, (unq,))
            break
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)) or not _phrase_after(m):
                continue
            neg = _negated(ctx, m.start()) or re.search(r"\b(?:not|never)\s+(?:be|read|say)\b", m.group(0), _I)
            yield _phrase_hit(not m.group("end"), neg, _phrase_after(m), m, 85)


@rule("结尾", "结束", "最后")
def _zh_end_phrase(ctx: Ctx) -> Iterator[Hit]:
    """The end phrase asked in Chinese: '结尾用“你学会了吗？”', '以“谢谢”结尾', '最后一句是“再见”'."""
    q = r"(?P<p>[“\"「『][^”\"」』\n]{1,60}[”\"」』])"
    pats = (
        rf"(?:在)?(?:结尾|结束时|最后)(?:请|要|必须|一定要)?(?:用|是|为|写|加上)\s*{q}",
        rf"(?:请|要|必须)?以\s*{q}\s*(?:结尾|结束)",
        rf"最后一(?:句|行)(?:话)?(?:请|要|必须)?(?:是|为|用|写)\s*{q}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, 0):
            phrase = m.group("p")[1:-1].strip()
            neg = re.search(r"(?:不要|别|不能|不可以|切勿)\s*$", ctx.content[ctx.unit.start : m.start()])
            if phrase and not neg:
                yield Hit("startend:end_checker", {"end_phrase": phrase}, m.start(), m.end(), prio=85)


@rule("quot")
def _quotation(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:wrap(?:ping)?|surround(?:ing)?|enclos(?:e|ing)|put(?:ting)?|plac(?:e|ing))\s+(?:(?:(?:your|the|this|my)\s+)?"
        rf"(?:entire|whole|full|complete)\s+(?!(?:title|name|heading|word|phrase|line|sentence|quote|paragraph|section)s?\b)"
        rf"[\w-]+|your\s+(?:{_RESP}|reply|output)|everything|(?<=wrap\s)it|(?<=wrapping\s)it)\s*(?:with|in|within|inside|"
        r"between)\s+(?:a\s+pair\s+of\s+)?[\"“]?double\s+(?:quotation\s+marks|quotes|quote\s+marks)[\"”]?",
        rf"\b(?:{_RESP}|it|reply|output|thing)\s+(?:(?:should|must|has\s+to|needs\s+to)\s+be|is|be)\s+"
        r"(?:wrapped|enclosed|surrounded|placed)\s+(?:entirely\s+)?(?:in|with|within|inside)\s+(?:a\s+pair\s+of\s+)?"
        r"(?:double\s+)?(?:quotation\s+marks|quotes|quote\s+marks)",
        # a participle closing the task: "Write a text message ..., wrapped in double quotes"
        r"(?:,\s*|\bthat\s+is\s+|\band\s+)(?:all\s+|entirely\s+)?(?:wrapped|enclosed|surrounded)\s+(?:entirely\s+)?"
        r"(?:in|with|within|inside)\s+(?:a\s+pair\s+of\s+)?(?:double\s+)?(?:quotation\s+marks|quotes|quote\s+marks)",
    ]
    pats += [
        # "The whole reply should start and end with a double quote mark."
        rf"\b(?:(?:the\s+)?(?:whole|entire)\s+)?(?:{_RESP}|reply|output|it)\s+(?:should|must|has\s+to|needs\s+to)\s+(?:start|begin)\s+"
        r"and\s+end\s+with\s+(?:a\s+)?double\s+quot(?:e|ation)(?:\s+marks?)?",
        # "Enclose everything in "quotes"", "put the whole answer in quotation marks"
        rf"\b(?:wrap|surround|enclose|put|place)\s+(?:everything|(?:(?:your|the)\s+)?(?:entire|whole)\s+(?:{_RESP}|reply|output|thing)|"
        rf"your\s+(?:{_RESP}|reply|output))\s+(?:in|within|inside|between)\s+[\"“]?(?:quotes|quotation\s+marks)[\"”]?",
    ]
    seen: set[int] = set()
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if i == 2:
                head = ctx.content[ctx.unit.start : m.start()]
                # only after a writing task, and not when a part is what gets quoted ("a title, wrapped in ...")
                # ("no more than two sentences, wrapped in ..." is a length, then the whole answer quoted)
                counted = re.search(rf"\b(?:{NUM})\s+(?:sentence|line|word)s?\s*$", head, _I)
                if not re.match(r"\s*(?:please\s+)?(?:write|compose|draft|create|give|craft)\b", head, _I) or (
                    re.search(r"\b(?:title|word|phrase|name|quote|line|sentence|term|keyword)s?\s*$", head, _I)
                    and not counted
                ):
                    continue
                m_start = m.start() + len(re.match(r",?\s*(?:that\s+is\s+|and\s+)?", m.group(0), _I).group(0))
            else:
                m_start = m.start()
            if m_start in seen or m.end() in seen:
                continue
            seen.update((m_start, m.end()))
            tid = "startend:no_quotation" if _negated(ctx, m_start) else "startend:quotation"
            yield Hit(tid, {}, m_start, m.end(), prio=60)
    # "dont wrap it in quotes", "without surrounding quotation marks"
    pat = (
        r"\b(?:without|do\s+not|don[’']?t|never)\s+(?:(?:wrap|surround|enclos|put)\w*\s+(?:it|them|the\s+\w+|your\s+\w+)?\s*"
        r"(?:in|with|within|inside)\s+|surrounding\s+|any\s+surrounding\s+)(?:double\s+)?(?:quotation\s+marks|quotes)\b"
    )
    # "No quotation marks around your answer", "no quotes around it", "without quote marks around the reply"
    pat += (
        r"|\b(?:no|without|without\s+any)\s+(?:double\s+|surrounding\s+|enclosing\s+)?(?:quotation\s+marks|quotes|quote\s+marks)\s+"
        rf"(?:around|surrounding|wrapping)\s+(?:the\s+(?:whole\s+)?(?:{_RESP}|reply|output|thing)|your\s+(?:whole\s+)?"
        rf"(?:{_RESP}|reply|output)|(?:the\s+)?(?:whole|entire)\s+(?:thing|{_RESP}|reply|output))\b"
    )
    for m in _scan(pat, ctx, _I):
        if m.start() not in seen:
            yield Hit("startend:no_quotation", {}, m.start(), m.end(), prio=61)


# The postscript marker grammar, in one place for every postscript rule (exact_forms' list item too):
# a bare marker ("P.S.", "P. P. S", "P.P.S."), and the "starting with <marker>" tail that names it.
PS_MARKER = r"P\.\s?(?:P\.\s?)*S\.?(?!\w)"
PS_STARTS_WITH = r"(?:starting|beginning|that\s+starts|that\s+begins|which\s+starts|which\s+begins)\s+with"
# optional tail; group "tm" holds the marker it names
_PS_TAIL = rf"(?:\s+{PS_STARTS_WITH}\s+(?P<tm>{PS_MARKER}))?"


def postscript_marker(raw: str | None) -> str:
    """IFEval's two markers as the checker spells them ("P.P.S", "P.S."); any other kept as written.
    No marker named at all reads as "P.S."."""
    if not raw:
        return "P.S."
    mk = re.sub(r"\s+", "", raw).upper()
    return "P.P.S" if mk.startswith("P.P.S") else ("P.S." if mk in ("P.S", "P.S.") else mk)


def _ps_marker_of(m: re.Match) -> str:
    """The marker a postscript match names: the "starting with" tail's, else the one it was called by."""
    groups = m.re.groupindex
    tail = m.group("tm") if "tm" in groups else None
    head = m.group("m") if "m" in groups else None
    return postscript_marker(tail or head)


@rule("postscript", "post-script", "p.", "p. ", "note")
def _postscript(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?:add|include|end\s+with|append|write|finish\s+with|put|sign\s+off\s+with|close\s+with|wrap\s+up\s+with)\s+"
        rf"(?:a|an|the)?\s*"
        r"(?:(?:short|brief|quick|final)\s+)?"
        rf"(?:postscript|post-script|(?P<m>{PS_MARKER})){_PS_TAIL}"
    )
    for m in _scan(pat, ctx, _I):
        mk = _ps_marker_of(m)
        tid = "detectable_content:no_postscript" if _negated(ctx, m.start()) else "detectable_content:postscript"
        end = m.end()
        tail = re.compile(r"\s+(?:to\s+your\s+response|at\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:your|the)\s+\w+)?)", _I)
        t = tail.match(ctx.content, end, ctx.unit.end)
        yield Hit(tid, {"postscript_marker": mk}, m.start(), t.end() if t else end, prio=60)
    yield from _postscript_item(ctx)
    yield from _postscript_other(ctx)


def _postscript_other(ctx: Ctx) -> Iterator[Hit]:
    """ "add a short note at the end starting with P.S.", and its absence: "no P.S. at the end",
    "Do not add a postscript starting with P.P.S to your response"."""
    pat = (
        r"\b(?:add|include|write|put|end\s+with|finish\s+with)\s+(?:a|an)\s+(?:(?:short|brief|quick|final)\s+)?"
        rf"(?:note|line|message)\s+(?:at\s+the\s+(?:very\s+)?end\s+)?{PS_STARTS_WITH}\s+(?P<m>{PS_MARKER})"
    )
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("detectable_content:postscript", {"postscript_marker": _ps_marker_of(m)}, m.start(), m.end(),
                      prio=60)  # fmt: skip
    # "add a short note to the students that starts with "P.S."", "after your sign-off, add a note beginning "NB:""
    # (a quoted marker: a short token closed by "." or ":")
    pat = (
        r"\b(?:add|include|write|put|end\s+with|finish\s+with|append)\s+(?:a|an)\s+(?:(?:short|brief|quick|final|little)\s+)?"
        r"(?:note|line|message|postscript)\s+(?:(?:to|for)\s+(?:the\s+|your\s+|my\s+)?[\w-]+\s+)?"
        r"(?:at\s+the\s+(?:very\s+)?end\s+)?(?:(?:that|which)\s+(?:starts|begins)\s+with|starting(?:\s+with)?|"
        r"beginning(?:\s+with)?)\s+[\"“](?P<q>[A-Za-z]{1,4}(?:\.\s?[A-Za-z]{1,3})*[.:])[\"”]"
    )
    for m in _scan(pat, ctx, _I):
        q = m.group("q")
        mk = postscript_marker(q) if re.fullmatch(PS_MARKER, q, _I) else q
        if not _negated(ctx, m.start()):
            yield Hit("detectable_content:postscript", {"postscript_marker": mk}, m.start(), m.end(), prio=60)
    pat = (
        r"\b(?:no|without|(?:do\s+not|don[’']?t|never)\s+(?:add|include|put|write|use))\s+(?:a\s+|any\s+)?"
        rf"(?:(?P<m>{PS_MARKER})|postscript{_PS_TAIL})"
        r"(?:\s+(?:to\s+your\s+response|at\s+the\s+(?:very\s+)?end))?"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("detectable_content:no_postscript", {"postscript_marker": _ps_marker_of(m)}, m.start(), m.end(),
                  prio=61)  # fmt: skip


def _postscript_item(ctx: Ctx) -> Iterator[Hit]:
    """A requirement-list item that names a postscript without a verb: "- a P.S. at the very end",
    "3) a short postscript with one tip", "* a postscript starting with P.P.S"."""
    m = re.match(
        r"\s*(?:[-*•]|\d+[.)])\s+(?P<c>(?:an?\s+)(?:(?:short|brief|quick|final)\s+)?"
        rf"(?:(?P<m>{PS_MARKER})|postscript(?!\w){_PS_TAIL})"
        r"(?:\s+at\s+the\s+(?:very\s+)?end)?)",
        ctx.text,
        _I,
    )
    if m:
        s, e = ctx.unit.start + m.start("c"), ctx.unit.start + m.end("c")
        yield Hit("detectable_content:postscript", {"postscript_marker": _ps_marker_of(m)}, s, e, prio=60)


@rule("question")
def _end_with_question(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        r"\b(?:end|finish|close|conclude|wrap\s+up)\s+(?:(?:your|each|every|the|all|this|it)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:with|by\s+asking)\s+(?:a|one|an?\s+\w+)\s+question\b(?:\s+(?:for|to)\s+the\s+(?:user|reader))?",
        rf"\b(?:{_RESP}|reply|it)s?\s+(?:should|must|has\s+to|needs\s+to)\s+end\s+with\s+a\s+question\b",
        rf"\b(?:{_RESP}|reply|it)s?\s+(?:(?:should|must|has\s+to|needs\s+to)\s+end|ends)\s+with\s+a\s+question\s+mark\b",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            tid = "content:not_end_with_question" if _negated(ctx, m.start()) else "content:end_with_question"
            yield Hit(tid, {}, m.start(), m.end(), prio=60)


# An unquoted literal marked as such by what follows it: "Start with the dateline CLEARWATER — exactly like
# that", "Open with REF-2291 verbatim". Only a capitalised or coded literal (no quotes to bound it otherwise).
_LITERAL = (
    r"(?:exactly\s+(?:like\s+(?:that|this)|as\s+(?:written|shown|given|typed|is|spelled|above))|verbatim|word\s+for\s+word)"
)
_CAPS_RUN = r"(?P<p>[A-Z][A-Z0-9'’.&/-]+(?:\s+(?:[A-Z][A-Z0-9'’.&/-]*|[—–-]+|:))*)"


@rule("exactly like", "exactly as", "verbatim", "word for word")
def _literal_start(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?i:(?P<v>start|begin|open)\s+(?:your\s+(?:{_RESP}|reply|story|piece)\s+|it\s+)?with\s+"
        rf"(?:(?:the|a|this|our)\s+(?:[a-z-]+\s+){{0,2}}?)?){_CAPS_RUN}\s*[,:]?\s+(?i:{_LITERAL})\b"
    )
    for m in _scan(pat, ctx, 0):
        phrase = m.group("p").strip()
        if not re.search(r"[A-Z]{2}|\d", phrase):
            continue  # a literal in capitals or a code, not a capitalised word
        if _SUBPART.search(ctx.content[m.start() : m.start("p")]) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
            continue
        if _negated(ctx, m.start()):
            continue  # "Don't start with BREAKING NEWS verbatim": the exact form is banned, a paraphrase asked
        yield Hit("startend:start_phrase", {"start_phrase": phrase}, m.start(), m.end(), prio=85)


# --- session 4 (fmt6): end phrases named by their kind ("the exact line", "the sentence") --------------

# Nouns that name the whole text written (a subject that "ends with ..." for the response itself).
_DOC_NOUN = (
    rf"(?:{_RESP}|reply|draft|script|piece|post|caption|note|remarks|toast|eulogy|newsletter|update|announcement|memo|"
    r"column|blurb|intro|bio|pitch|thread|episode|description|version|copy|release|notice|statement|address|sermon|"
    r"monologue|letter|card|message|e-?mail|dm|text|writeup|write-up|recap|digest|brief|report)s?"
)
_KIND_NOUN = r"(?:line|sentence|words?|phrase|text|sign-?off|greeting|question|salutation|signature|quote)"
_KIND = (
    rf"(?:exactly\s*:?\s*)?(?:(?:this|the|a|these)\s+)?(?:(?:exact|following|precise|specific|same|verbatim)\s+)*"
    rf"(?:{_KIND_NOUN}\s*)?:?\s*(?:exactly\s*:?\s*)?"
)
_END_V = r"(?:end|finish|conclude|close|sign\s+off|wrap\s+up|close\s+out|round\s+off|finish\s+off|cap\s+off)"
_START_V = r"(?:start|begin|open|kick\s+off|lead\s+off)"


@rule("end", "finish", "conclu", "close", "sign", "wrap", "round", "cap", "start", "begin", "open", "kick", "lead")
def _phrase_of_a_kind(ctx: Ctx) -> Iterator[Hit]:
    """An end (start) phrase whose kind is named before it: "end on the exact line 'To Maya and Jules.'",
    "Close with exactly: "Thanks, Priya"", "Every draft ends with the sentence "Thank you."", "open with
    the line "Good evening."". The kind noun ("line", "sentence") names the phrase, not a part of the
    text; a part named before the verb ("each stanza ends with ...", "end every paragraph with") is
    left to the part rules."""
    obj = r"(?:(?:it\s+|(?:your|the|this|that|each|every|all|my|its)\s+(?:[\w-]+\s+){0,2}?))?"
    one = r"(?!\s*(?:,\s*|or\s+|/\s*)(?:or\s+)?[\"“'‘])"  # one phrase, not a choice ('"Hi" or "Hello"')
    pats = (
        (rf"\b(?P<v>{_END_V}|{_START_V})\s+{obj}(?:with|on|using|by\s+(?:saying|writing))\s+{_KIND}"
         rf"(?P<p>{QUOTED}){one}", False),
        (rf"\b(?:(?P<det>every|each|the|your|this|my|our|all)\s+)?{_DOC_NOUN}\s+(?P<modal>(?:should|must|has\s+to|needs\s+to|"
         rf"will|shall|ought\s+to)\s+)?(?:always\s+)?(?P<v>(?:end|finish|conclude|close|wrap\s+up|start|begin|open)(?:s|es|ed)?)"
         rf"\s+(?:with|on|by\s+(?:saying|writing))\s+{_KIND}(?P<p>{QUOTED}){one}", True),
    )
    for pat, subject in pats:
        for m in _scan(pat, ctx, _I):
            head = ctx.content[m.start() : m.start("v")] if subject else ctx.content[m.end("v") : m.start("p")]
            obj_text = re.split(r"\s(?:with|on|using|by)\s", head + " ", maxsplit=1)[0]
            if _SUBPART.search(obj_text) or _NTH_ONE.search(obj_text):
                continue
            if _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)):
                continue
            phrase = _phrase_after(m)
            if not phrase or retracted_after(ctx.content, m.end()) or (not re.match(_START_V, m.group("v"), _I)
                                                                       and _followed(ctx, m.end())):
                continue
            # "The story ends with the line ..." describes a text; a rule says "must" or "every draft"
            if subject and not m.group("modal") and (m.group("det") or "").lower() not in ("every", "each", "all"):
                continue
            neg = _flip_if_negated(ctx.prefix(m.start(), 8))
            yield _phrase_hit(bool(re.match(_START_V, m.group("v"), _I)), neg, phrase, m, 84)
    # a signature led by a dash, unquoted, closing the message: "sign off with — The Editors"
    pat = (
        rf"\b{_END_V}\s+{obj}(?:with|as)\s+(?P<p>[—–]\s*[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){{0,4}})"
        r"[ \t]*\.?[ \t]*$"
    )
    for m in _scan(pat, ctx, _I):
        if m.end() < ctx.unit.end and ctx.content[m.end() : ctx.unit.end].strip():
            continue
        if not _negated(ctx, m.start()) and not _SUBPART.search(ctx.content[m.start() : m.start("p")]):
            yield Hit("startend:end_checker", {"end_phrase": m.group("p").strip()}, m.start(), m.end(), prio=84)


# A correction right after a request takes it back: 'Close on the line "X". No wait, that has a comma.'
_RETRACTION = re.compile(
    r"\s*[.!,;]?\s*(?:(?:no|oh)\s*,?\s+wait\b|wait\s*,?\s+no\b|scratch\s+that\b|strike\s+that\b|on\s+second\s+thought\b|"
    r"forget\s+that\b|never\s*mind(?:\s+that)?\b|actually\s*,?\s+(?:no|don[’']?t|make\s+it|change\s+that)\b)",
    _I,
)


def retracted_after(content: str, end: int) -> bool:
    """Whether the words right after a request take it back ("No wait, ...", "scratch that")."""
    return bool(_RETRACTION.match(content, end))


_F_ADV = r"(?:(?:exactamente|exactement|esattamente|exatamente|genau|siempre|toujours|sempre|immer|solo|sólo)\s+)"


@rule("termin", "finaliz", "acaba", "cierr", "conclu", "encerr", "finis", "chiudi", "beend", "ende ", "schlie")
def _foreign_end_exactly(ctx: Ctx) -> Iterator[Hit]:
    """A foreign end phrase with an adverb before it or given after a colon: 'termina exactamente con la
    frase: Y así sigue la ciudad.', 'que termine exactamente con la frase "¿Te atreves ...?"', 'termine
    toujours par « ... »'. A negated request is left alone."""
    head = rf"\b{_F_END}\s+{_F_ADV}{{0,2}}{_F_OBJ}{_F_PREP}\s+{_F_ADV}?{_F_KIND}"
    for m in _scan(rf"{head}(?P<p>{_FQUOTED})", ctx, _I):
        if not re.search(_F_ADV, m.group(0), _I):
            continue  # the plain form is _foreign_end_phrase's
        if re.search(_F_NEG, ctx.content[ctx.unit.start : m.start()], _I):
            continue
        phrase = _funquote(m.group("p"))
        if phrase:
            yield Hit("startend:end_checker", {"end_phrase": phrase}, m.start(), m.end(), prio=85)
    # unquoted after a colon, to the sentence's end: "termina con la frase: Y así sigue la ciudad."
    for m in _scan(rf"{head}(?P<p>[^\"“'‘«„\s][^\n\"“”«»]{{0,100}}?)\s*$", ctx, _I):
        if ":" not in ctx.content[m.start() : m.start("p")]:
            continue
        if re.search(_F_NEG, ctx.content[ctx.unit.start : m.start()], _I):
            continue
        phrase = m.group("p").strip()
        if phrase and len(phrase.split()) <= 15:
            yield Hit("startend:end_checker", {"end_phrase": phrase}, m.start(), m.end(), prio=84)


# --- session 4 (fmt8): an unquoted opening or closing in capitals or marks ---------------------------------

# A literal that needs no quotes to be bounded: a run of capitals ("FOR IMMEDIATE RELEASE", "LETS GOOO") or of
# marks ("###", "-30-", "***"). It must close its clause, so "start with FAQ basics" names a topic, not a literal.
_MARKS = r"(?P<m>#{2,}|\*{3,}|-30-|={3,}|~{3,})"
_LIT_CLOSE = r"(?=\s*(?:$|[.,;!?]|\s+(?:and|then|so|but|pls|please|like|as|since|because)\b|\s+\())"
_SE_SUBJ = rf"(?:(?:{_DOC_NOUN}|it)\s+(?:(?:should|must|has\s+to|needs\s+to|will|HAS\s+TO|gotta)\s+)?(?:always\s+)?)"


@rule("start", "begin", "open", "end", "finish", "conclude", "close", "sign", "wrap")
def _unquoted_literal_ends(ctx: Ctx) -> Iterator[Hit]:
    """'It has to begin with FOR IMMEDIATE RELEASE and end with ### (standard for our media list)', 'end it with
    LETS GOOO', 'start ur answer with OK BOOMER': an unquoted opening or closing bounded by its own form."""
    obj = r"(?:(?:your|ur|yr|the|this|it|my)\s+(?:[a-z-]+\s+){0,2}?)?"
    pat = (
        rf"\b(?:(?i:{_SE_SUBJ}))?(?i:(?P<v>start|begin|open|end|finish|close|conclude|sign\s+off|wrap\s+up)(?:s|es)?\s+"
        rf"{obj}with\s+)(?:{_CAPS_RUN}|{_MARKS}){_LIT_CLOSE}"
    )
    upper = sum(c.isupper() for c in ctx.text)
    if upper > 0.6 * sum(c.isalpha() for c in ctx.text):
        return  # a prompt written in capitals marks nothing as literal by its case
    for m in _scan(pat, ctx, 0):
        phrase = (m.group("p") or m.group("m")).strip()
        if m.group("p") and re.fullmatch(r".*[^.]\.", phrase):
            phrase = phrase[:-1]  # the period closes the sentence, not the literal
        if m.group("p") and not (re.search(r"[A-Z]{2}", phrase) and (len(phrase) >= 3 or " " in phrase)):
            continue
        if m.group("p") and phrase.split()[0] in ("I", "A"):
            continue
        head = ctx.content[m.start() : m.start("p") if m.group("p") else m.start("m")]
        if _SUBPART.search(head) or _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)) or _NTH_ONE.search(head):
            continue
        starts = m.group("v").lower() in ("start", "begin", "open")
        yield _phrase_hit(starts, _negated(ctx, m.start()), phrase, m, 83)


# A salutation given unquoted: "start it with Dear Mrs Patel and keep ...", "open with Hi team,", "begin the
# letter with Dear Dr. Osei" (gramA s5). The greeting word and the capitalised name that follows it are the phrase.
_GREETING = r"(?:Dear|Hi|Hello|Hey|Greetings|Good\s+(?:morning|afternoon|evening)|To\s+whom\s+it\s+may\s+concern)"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|team|all|everyone|friends|folks|there)"


@rule("start", "begin", "open")
def _unquoted_greeting_start(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?i:start|begin|open)\s+(?:(?i:it|the\s+(?:email|letter|note|message|reply|card)|your\s+(?:email|letter|"
        rf"reply|note|message))\s+)?(?i:with)\s+(?P<p>{_GREETING}(?:\s+{_NAME_WORD}){{0,4}})"
        r"(?=\s*(?:[.,;!]|$|\s+(?i:and|then|so|but|please|pls)\b))"
    )
    for m in _scan(pat, ctx, 0):
        if _SUBPART_BEFORE.search(ctx.prefix(m.start(), 4)) or _NTH_ONE.search(m.group(0)):
            continue
        phrase = m.group("p").strip()
        if phrase.endswith(".") and not re.search(r"\b(?:Dr|Mr|Mrs|Ms|Mx|St|Prof|Rev)\.$", phrase):
            phrase = phrase[:-1]  # the sentence's stop, not the name's
        neg = _negated(ctx, m.start())
        yield Hit("startend:not_start_phrase" if neg else "startend:start_phrase", {"start_phrase": phrase},
                  m.start(), m.end(), prio=84)  # fmt: skip
