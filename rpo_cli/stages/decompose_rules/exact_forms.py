"""Phrasings that keep a type apart from a near neighbour with another check: one keyword left out
anywhere (keywords:omit_some, not forbidden_words' whole words), one word required as a whole word
(keywords:include_any, not existence's substring), a postscript marker in quotes (any marker
besides IFEval's "P.S." / "P.P.S", kept as written), and the scripts named with their language
("Japanese kana", "Korean Hangul characters"). These are the describe() texts of those kwargs, so a
rewritten prompt decomposes back to the constraint it states."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import _I, QUOTED, Ctx, Hit, _negated, _scan, _unquote, rule
from rpo_cli.stages.decompose_rules.startend import PS_MARKER, PS_STARTS_WITH, postscript_marker

_RESPONSE = r"(?:the|your)\s+(?:response|answer|reply)"


@rule("keyword", "whole word")
def _one_keyword(ctx: Ctx) -> Iterator[Hit]:
    omit = (
        rf"\bleave\s+the\s+(?:key\s?word|term)\s+(?P<q>{QUOTED})\s+out\s+of\s+{_RESPONSE}(?:\s+entirely)?"
        r"(?:,?\s+(?:even|also)\s+inside\s+other\s+words)?"
    )
    for m in _scan(omit, ctx, _I):
        if kw := _unquote(m.group("q")):
            yield Hit("keywords:omit_some", {"keywords": [kw]}, m.start(), m.end(), prio=75)
    whole = rf"\b(?:include|use)\s+(?:the\s+word\s+)?(?P<q>{QUOTED})\s+as\s+a\s+whole\s+word(?:\s+in\s+{_RESPONSE})?"
    for m in _scan(whole, ctx, _I):
        if (kw := _unquote(m.group("q"))) and not _negated(ctx, m.start()):
            yield Hit("keywords:include_any", {"forbidden_words": [kw]}, m.start(), m.end(), prio=75)


@rule("postscript", "post-script")
def _quoted_postscript_marker(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        r"\b(?:add|include|append|write|end\s+with|finish\s+with)\s+(?:a|an|the)?\s*(?:postscript|post-script)\s+"
        rf"{PS_STARTS_WITH}\s+(?P<q>{QUOTED})"
        rf"(?:\s+to\s+{_RESPONSE}|\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+{_RESPONSE})?)?"
    )
    for m in _scan(pat, ctx, _I):
        if mk := _unquote(m.group("q")):
            tid = "detectable_content:no_postscript" if _negated(ctx, m.start()) else "detectable_content:postscript"
            yield Hit(tid, {"postscript_marker": mk}, m.start(), m.end(), prio=61)
    # a list item that names the postscript and its marker: "* a postscript starting with "P.P.P.S""; an
    # unquoted IFEval marker is read by startend's list-item rule, with the same marker grammar
    item = (
        r"(?:^|(?<=\n))\s*(?:[-*•]|\d+[.)])\s+(?P<body>(?:a|an)\s+(?:postscript|post-script))\s+"
        rf"{PS_STARTS_WITH}\s+(?:(?P<q>{QUOTED})|(?P<m>{PS_MARKER}))(?=\s*$|\s*\n)"
    )
    for m in _scan(item, ctx, _I):
        mk = _unquote(m.group("q")) if m.group("q") else postscript_marker(m.group("m"))
        if mk:
            yield Hit("detectable_content:postscript", {"postscript_marker": mk}, m.start("body"), m.end(), prio=61)


@rule("kana", "hangul")
def _scripts_with_language(ctx: Ctx) -> Iterator[Hit]:
    lead = r"(?P<lead>\b(?:include|use)\s+(?:at\s+least\s+some|some|a\s+few)|\b(?:do\s+not|don't|never)\s+use\s+any)\s+"
    for script, name in (("kana", r"(?:Japanese\s+)?kana(?:\s*\([^()]*\))?"),
                         ("hangul", r"(?:Korean\s+)?Hangul(?:\s+(?:characters|letters|script))?")):  # fmt: skip
        for m in _scan(lead + name, ctx, _I):
            neg = m.group("lead").lower().startswith(("do", "never"))
            tid = "language:no_script" if neg else "language:use_script"
            yield Hit(tid, {"script": script}, m.start(), m.end(), prio=56)


# A verb that opens its clause: an instruction, not a description ("She ended it with a P.S.")
_OPENS = (
    r"(?:^|(?<=[.;:,!?(]\s)|(?<=\n)|"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("and", "then", "please", "also", "just", "pls", "always", "finally"))
    + r")\s*"
)


@rule("p.s", "p. s", "p.p.s", "postscript", "post-script")
def _postscript_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """A postscript asked for with its object between verb and "with" ("End it with a P.S. reminding
    them ...", "close the email with a short postscript"), as a reminder ("Don't forget a P.S."), or
    left out ("skip the P.S.")."""
    ps = rf"(?:(?:short|brief|quick|final|little|friendly)\s+)?(?:postscript|post-script|(?P<m>{PS_MARKER}))"
    pats = (
        rf"{_OPENS}(?P<c>(?:end|finish|close|wrap\s+up|sign\s+off|conclude|top\s+off|round\s+off)\s+(?:it|this|things|"
        rf"the\s+[\w-]+|your\s+[\w-]+|each\s+[\w-]+|every\s+[\w-]+)\s+(?:off\s+|up\s+)?with\s+(?:a|an|one)\s+{ps})",
        rf"\b(?P<c>(?:do\s+not|don[’']?t|never)\s+forget\s+(?:to\s+(?:add|include|put|write|tack\s+on)\s+)?(?:a|an|the)\s+{ps})",
        # "tack on a P.S.", "plus a P.S.", "and a P.S. at the end"
        rf"{_OPENS}(?P<c>(?:tack\s+on|stick\s+on|throw\s+in|plus|slap\s+on)\s+(?:a|an|one)\s+{ps})",
        # "a lil tip at the end starting with P.S."
        rf"\b(?P<c>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:note|line|tip|reminder|thought|word|message|bit)\s+(?:at\s+the\s+(?:very\s+)?"
        rf"(?:end|bottom)\s+)?{PS_STARTS_WITH}\s+(?P<m2>{PS_MARKER}))",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I | re.M):
            mk = postscript_marker(m.groupdict().get("m") or m.groupdict().get("m2"))
            if not _negated(ctx, m.start("c")) or re.match(r"(?:do\s+not|don[’']?t|never)\s+forget", m.group("c"), _I):
                yield Hit("detectable_content:postscript", {"postscript_marker": mk}, m.start("c"), m.end(), prio=62)
    skip = rf"{_OPENS}(?P<c>(?:skip|omit|drop|leave\s+out|ditch|lose)\s+(?:the|a|any)\s+{ps})"
    for m in _scan(skip, ctx, _I | re.M):
        mk = postscript_marker(m.group("m"))
        yield Hit("detectable_content:no_postscript", {"postscript_marker": mk}, m.start("c"), m.end(), prio=62)


@rule("p.s", "p. s", "p.d", "n.b")
def _foreign_postscript(ctx: Ctx) -> Iterator[Hit]:
    """ "aggiungi un P.S.", "ajoute un P.S.", "füge ein P.S. hinzu", "añade una P.D." (kept as written)."""
    verbs = (
        r"(?:aggiungi|aggiungere|metti|includi|ajoute[rz]?|mets|inclus|termine\s+par|füge|fügen\s+Sie|schreib|a[ñn]ade|agrega|"
        r"incluye|termina\s+con|adicione|adiciona|acrescenta|acrescente|inclua|termine\s+com)"
    )
    art = r"(?:(?:un|una|une|ein|einen|um|uma|el|la|le|il|o|a)\s+)?"
    pat = rf"\b{verbs}\s+{art}(?:(?P<m>{PS_MARKER})|(?P<pd>P\.\s?D\.))"
    for m in _scan(pat, ctx, _I):
        mk = postscript_marker(m.group("m")) if m.group("m") else "P.D."
        yield Hit("detectable_content:postscript", {"postscript_marker": mk}, m.start(), m.end(), prio=62)
