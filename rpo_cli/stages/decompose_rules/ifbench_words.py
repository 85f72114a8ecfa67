"""Word-level rules for the IFBench-derived types (constraints/ifbench_words.py): letters and
sounds of words, palindromes, repeated words, word positions, repeating the request, and the
fixed tasks whose answer is written backwards or alphabetically.

Each rule reads the phrasing family of its type's own describe() text (so a rewritten prompt
decomposes back to what it states) with the shared grammar's numbers, ordinals and quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _ORD,
    NUM,
    QUOTED,
    REL,
    Ctx,
    Hit,
    _negated,
    _ordinal,
    _relation,
    _scan,
    _unquote,
    parse_number,
    rule,
    table_hits,
)

_PRIO = 85
_RESPONSE = r"(?:your|the)\s+(?:response|answer|reply|text)"

#: Fixed phrasings of types without kwargs: (id, pattern). Each pattern is the family of ways the
#: one requirement is put, not one sentence: verbs and determiners vary, the requirement does not.
_FIXED = (
    ("words:alphabet",
     r"\b(?:start|begin)\s+each\s+word\s+with\s+the\s+(?:next\s+letter|letter\s+that\s+follows\s+the\s+"
     r"first\s+letter\s+of\s+the\s+(?:word\s+before\s+it|previous\s+word))(?:\s+in\s+the\s+alphabet)?(?:,?\s+going\s+back\s+"
     r"to\s+\"?A\"?\s+after\s+\"?Z\"?)?"),
    ("words:vowel",
     r"\b(?:write\s+a\s+single\s+paragraph\s+)?using\s+(?:only\s+)?words\s+that\s+(?:together\s+)?contain\s+"
     r"no\s+more\s+than\s+(?:three|3)\s+different\s+vowels(?:\s+in\s+total)?"),
    ("words:consonants",
     r"\b(?:make\s+sure\s+)?every\s+word\s+(?:in|of)\s+" + _RESPONSE + r"\s+(?:contains|has|must\s+contain)"
     r"\s+a\s+consonant\s+cluster(?:\s*\([^()]*\))?"),
    ("words:prime_lengths", r"\buse\s+only\s+words\s+whose\s+length(?:\s*\([^()]*\))?\s+is\s+a\s+prime\s+number"),
    ("words:start_verb", r"\b(?:start|begin)\s+" + _RESPONSE + r"\s+with\s+a\s+verb\b"),
    ("words:odd_even_syllables", r"\balternate\s+between\s+words\s+with\s+an\s+odd\s+number\s+of\s+syllables\s+and\s+"
     r"words\s+with\s+an\s+even\s+number\s+of\s+syllables"),
    ("words:last_first", r"\bmake\s+the\s+last\s+word\s+of\s+each\s+sentence\s+the\s+first\s+word\s+of\s+the\s+next"
     r"(?:\s+sentence|\s+one)?"),
    ("words:paragraph_last_first",
     r"\bend\s+each\s+paragraph\s+with\s+the\s+same\s+word\s+it\s+(?:starts|begins)\s+with"
     r"(?:,?\s+and\s+separate\s+paragraphs\s+with\s+a\s+(?:line\s+break|new\s*line))?"),
    # "no two consecutive words may start with the same letter", "no two adjacent words should share a first
    # letter", "consecutive words must never begin with the same letter"
    ("words:no_consecutive",
     r"\b(?:make\s+sure\s+(?:that\s+)?)?(?:no\s+two\s+(?:consecutive|adjacent|neighbou?ring|successive)\s+words\s+"
     r"(?:(?:may|can|should|must|shall|are\s+allowed\s+to|get\s+to)\s+)?(?:ever\s+)?|(?:consecutive|adjacent|neighbou?ring|"
     r"successive)\s+words\s+(?:must|should|may|can|shall)\s*(?:not|never|n[’']?t)\s+)(?:(?:start|begin)s?\s+with\s+the\s+"
     r"same\s+(?:letter|initial)|share\s+(?:a|the\s+same)\s+(?:first|initial|starting|opening)\s+letter|share\s+an\s+"
     r"initial)"),
    # the same requirements put other ways
    ("words:start_verb", r"\bthe\s+first\s+word\s+of\s+" + _RESPONSE + r"\s+(?:must|should)\s+be\s+a\s+verb\b"),
    ("words:prime_lengths",
     r"\b(?:every|each)\s+word(?:'s)?\s+length\s+(?:must|should)\s+be\s+a\s+prime(?:\s+number)?|\buse\s+only\s+words\s+"
     r"(?:whose|with)\s+lengths?\s+(?:that\s+)?(?:are|is)\s+(?:a\s+)?prime(?:\s+numbers?)?"),
    # "every word has to start with a different letter than the word before it"
    ("words:no_consecutive",
     r"\b(?:each|every)\s+word\s+(?:has\s+to|must|should|needs\s+to)\s+(?:start|begin)\s+with\s+a\s+different\s+letter\s+"
     r"(?:than|from)\s+the\s+(?:word\s+before\s+it|previous\s+(?:word|one)|one\s+before(?:\s+it)?|word\s+that\s+precedes\s+it)"),
    ("words:last_first",
     r"\bthe\s+first\s+word\s+of\s+(?:each|every)\s+sentence\s+(?:must|should)\s+be\s+the\s+last\s+word\s+of\s+the\s+"
     r"(?:previous|preceding)\s+(?:one|sentence)"),
    ("words:paragraph_last_first",
     r"\b(?:each|every)\s+paragraph\s+(?:must|should)\s+(?:start|begin)\s+and\s+end\s+with\s+the\s+same\s+word"),
    # --- other wordings seen on unseen writing (dev3), each a family of its own
    ("words:start_verb",
     r"\b(?:start|begin|open|kick\s+off|lead\s+off)\s+(?:(?:your|the)\s+(?:response|answer|reply|text|poem|story|piece|"
     r"paragraph|message)\s+|it\s+)?(?:(?:straight|right)\s+(?:off|away)\s+|off\s+)?with\s+a\s+verb\b"),
    ("words:start_verb",
     r"\b(?:the|your)\s+(?:very\s+)?first\s+word(?:\s+of\s+(?:your|the)\s+(?:whole\s+|entire\s+)?(?:response|answer|reply|"
     r"text|poem|story))?\s+(?:must|should|has\s+to|needs\s+to|will|shall)\s+be\s+a\s+verb\b"),
    ("words:last_first",
     r"(?:\b(?:in\s+which|where)\s+)?\b(?:the\s+)?last\s+word\s+of\s+(?:each|every)\s+sentence\s+(?:becomes|is|must\s+be|"
     r"should\s+be|has\s+to\s+be)\s+"
     r"(?:also\s+)?the\s+first\s+word\s+of\s+the\s+(?:next|following)(?:\s+(?:one|sentence))?"),
    ("words:last_first",
     r"\b(?:each|every)\s+(?:one|sentence)\s+(?:after\s+the\s+first\s+)?(?:starts|begins|must\s+start|should\s+start|"
     r"must\s+begin|should\s+begin|opens)\s+with\s+the\s+(?:same\s+)?word\s+(?:that\s+)?the\s+(?:previous|preceding|last)\s+"
     r"(?:sentence|one)\s+(?:ended|ends|finished|finishes|closed|closes)\s+(?:on|with)"),
    ("words:alphabet",
     r"\b(?:each|every)\s+word\s+(?:starts|begins|must\s+start|should\s+start|must\s+begin|should\s+begin)\s+with\s+the\s+"
     r"letter\s+(?:right\s+|that\s+comes\s+|directly\s+)?(?:after|following)\s+the\s+(?:previous|preceding|last)\s+word['’]s\s+"
     r"(?:first|starting|initial|opening)\s+letter(?:\s+in\s+the\s+alphabet)?(?:,?\s+(?:with\s+)?\"?z\"?\s+(?:wrapping|going\s+back|"
     r"looping|cycling)\s+(?:back\s+)?(?:around\s+)?to\s+\"?a\"?)?"),
    ("words:no_consecutive",
     r"\bno\s+two\s+words\s+in\s+a\s+row\s+(?:(?:may|can|should|must|shall)\s+)?(?:start|begin)\s+with\s+the\s+same\s+"
     r"(?:letter|initial)"),
    ("words:prime_lengths",
     r"\b(?:every|each)\s+word\s+(?:has|must\s+have|should\s+have|needs)\s+a\s+prime\s+number\s+of\s+(?:letters|characters)|"
     r"\bonly\s+(?:use\s+)?words\s+whose\s+(?:letter|character)\s+count\s+is\s+(?:a\s+)?prime(?:\s+number)?"),
    ("words:paragraph_last_first",
     r"\b(?:each|every)\s+paragraph\s+(?:should|must|has\s+to|needs\s+to)\s+(?:close|end|finish)\s+(?:on|with)\s+the\s+same\s+"
     r"word\s+it\s+(?:opens|starts|begins)\s+with|\b(?:each|every)\s+paragraph\s+(?:has\s+to|needs\s+to)\s+(?:begin|start)\s+"
     r"and\s+end\s+with\s+the\s+same\s+word"),
    ("words:odd_even_syllables",
     r"\balternate\s+(?:between\s+)?(?:words\s+with\s+an\s+odd\s+number\s+of\s+syllables\s+and\s+words\s+with\s+an\s+even\s+"
     r"number(?:\s+of\s+syllables)?|odd-syllable\s+and\s+even-syllable\s+words)"),
    ("words:consonants",
     r"\b(?:every|each)\s+(?:single\s+)?word(?:\s+(?:you\s+(?:use|list|write)|in\s+(?:it|the\s+\w+)))?\s+(?:contains|has|must\s+"
     r"(?:contain|have)|should\s+(?:contain|have)|needs)\s+a\s+consonant\s+cluster"),
    ("words:vowel",
     r"\b(?:you\s+)?(?:uses?|using|contains?)\s+(?:no\s+more\s+than\s+(?:three|3)\s+(?:different|distinct)\s+vowels|(?:three|3)\s+(?:different|"
     r"distinct)\s+vowels\s+or\s+fewer)"),
    ("sentence:alliteration_increment",
     r"\b(?:each|every)\s+sentence\s+(?:should|must|has\s+to|needs\s+to)\s+have\s+a\s+longer\s+run\s+of\s+(?:consecutive\s+)?"
     r"words\s+(?:starting|beginning)\s+with\s+the\s+same\s+letter\s+than\s+the\s+(?:sentence|one)\s+before(?:\s+it)?|"
     r"\b(?:each|every)\s+sentence\s+beats\s+the\s+(?:previous|preceding)\s+(?:one|sentence)\s+on\s+alliterative\s+run\s+"
     r"length"),
    ("repeat:repeat_simple", r"\bonly\s+output\s+this\s+sentence\s+here,?\s+ignore\s+all\s+other\s+requests\.?"),
    ("custom:character_reverse", r"\b(?:answer|respond)\s+in\s+one\s+sentence,?\s+but\s+write\s+it\s+backwards,?\s+"
     r"letter\s+by\s+letter"),
    ("custom:word_reverse",
     r"\b(?:answer|respond)\s+in\s+one\s+sentence,?\s+but\s+write\s+its\s+words\s+in\s+reverse\s+"
     r"order"),
    ("custom:sentence_alphabet",
     r"\btell\s+me\s+a\s+story\s+of\s+exactly\s+(?:26|twenty-six)\s+sentences\s+in\s+which\s+the\s+"
     r"first\s+words\s+of\s+the\s+sentences\s+start\s+with\s+the\s+letters\s+of\s+the\s+alphabet\s+in\s+order"
     r"(?:,?\s+from\s+A\s+to\s+Z)?"),
)  # fmt: skip


@rule("word", "sentence", "verb", "request", "backwards", "reverse", "syllable", "vowel")
def _fixed_word_rules(ctx: Ctx) -> Iterator[Hit]:
    yield from table_hits(ctx, _FIXED, _PRIO)


@rule("palindrom")
def _palindromes(ctx: Ctx) -> Iterator[Hit]:
    # the types fix the count (10) and the length (5+): another number is another constraint. "include at
    # least 10 palindromes, each at least 5 characters long", "sneaks in at least 10 palindromes of five or
    # more letters", "use 10+ palindromes (5+ letters each)"
    five = r"(?:5|five)"
    length = (
        rf"(?:,?\s+(?:each\s+)?(?:{five}\s+(?:characters|letters)\s+or\s+(?:longer|more)|at\s+least\s+{five}\s+(?:characters|letters)"
        rf"(?:\s+long)?|(?:of\s+)?{five}\s+(?:characters|letters)\s+or\s+(?:more|longer)|{five}\s+(?:or\s+more|\+)\s+"
        rf"(?:characters|letters)(?:\s+(?:long|each))?|(?:with|of)\s+(?:at\s+least\s+{five}|{five}\s+or\s+more|{five}\+)\s+"
        rf"(?:characters|letters)(?:\s+each)?)|\s*\(\s*(?:each\s+)?(?:at\s+least\s+{five}|{five}\s+or\s+more|{five}\+)\s+"
        r"(?:characters|letters)(?:\s+(?:long|each))?\s*\))"
    )
    verb = (
        r"(?:include|includes|use|uses|using|contain|contains|feature|features|sneak\s+in|sneaks\s+in|work\s+in|with|have|"
        r"has|(?:cram|pack|sneak|work)(?:s|ing)?\s+in)"
    )
    pat = (
        rf"\b{verb}\s+(?:(?P<rel>{REL})\s+(?P<num>{NUM})|(?P<plus>{NUM})\s*(?:\+|or\s+more))\s+(?:different\s+)?"
        rf"(?:single-word\s+)?(?:palindromes?|palindromic\s+words)(?:\s*\((?:like|e\.g\.|such\s+as)[^()]*\))?{length}"
    )
    # "keep it to nine palindromes (5+ letters) at most": the relation after the count
    tail = (
        rf"\b(?:keep\s+it\s+to|use|include|with)\s+(?P<num>{NUM})\s+(?:palindromes?|palindromic\s+words){length}\s+(?P<rel>at\s+most|"
        r"max(?:imum)?|tops|or\s+fewer|or\s+less)\b"
    )
    for m in _scan(tail, ctx, _I):
        n = parse_number(m.group("num"))
        if n == 9 and not _negated(ctx, m.start()):
            yield Hit("words:palindrome_fewer", {}, m.start(), m.end(), prio=_PRIO)
    yield from _palindrome_counts(ctx, pat)


_PART_AFTER = re.compile(
    r"\s+(?:in|within|of)\s+(?:the|your|each|every|any|a)\s+(?:[\w-]+\s+)?(?:title|heading|line|sentence|paragraph|stanza|"
    r"verse|section|bullet|intro|conclusion|caption|tagline|headline|chorus|first|last)s?\b",
    _I,
)


@rule("time", "once", "twice")
def _repeated_words(ctx: Ctx) -> Iterator[Hit]:
    times = rf"(?:(?P<num>{NUM})\s+times?|(?P<tw>once|twice))"
    pats = (
        ("words:repeats",
         rf"\b(?:do\s+not|don[’']?t|dont|never)\s+(?:repeat|use|lean\s+on|reuse)\s+any\s+(?:single\s+)?word\s+more\s+than\s+{times}"),
        ("words:repeats",
         rf"\bno\s+(?:single\s+)?word\s+(?:should|may|can|must|is\s+allowed\s+to|gets\s+to)\s+(?:be\s+repeated|appear|be\s+used|"
         rf"occur|show\s+up)\s+more\s+than\s+{times}"),
        ("words:repeats_exceed", rf"\brepeat\s+at\s+least\s+one\s+word\s+more\s+than\s+{times}"),
        ("words:repeats_exceed",
         rf"\b(?:(?:let|have|make)\s+(?:at\s+least\s+)?one\s+word|at\s+least\s+one\s+word\s+(?:has\s+to|must|should|needs\s+to|"
         rf"will))\s+(?:appear|occur|be\s+used|show\s+up|be\s+repeated|repeat)\s+more\s+than\s+{times}"),
    )  # fmt: skip
    for tid, pat in pats:
        for m in _scan(pat, ctx, _I):
            tw = m.group("tw")
            n = {"once": 1, "twice": 2}[tw.lower()] if tw else parse_number(m.group("num"))
            if n is None:
                continue
            if _PART_AFTER.match(ctx.content, m.end(), ctx.unit.end):
                continue  # "... more than twice in the title": a part, which the type does not count alone
            tail = re.compile(rf"\s+in\s+{_RESPONSE}").match(ctx.content, m.end(), ctx.unit.end)
            yield Hit(tid, {"small_n": n}, m.start(), tail.end() if tail else m.end(), prio=_PRIO)


@rule("word")
def _word_positions(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?:use|put|place)\s+the\s+word\s+(?P<q>{QUOTED})\s+as\s+the\s+(?P<m>{_ORD})\s+word\s+(?:of|in)\s+the\s+"
        rf"(?P<n>{_ORD})\s+sentence"
    )
    # the word's place said other ways: "Make 'hier' the very first word of the second sentence", "'rain'
    # should be the third word of sentence two", "the word 'pods' has to be the 2nd word of the 1st sentence"
    nth_word = r"(?:very\s+)?(?P<m>" + _ORD + r")\s+word"
    nth_sent = (
        rf"(?:the\s+(?P<n>{_ORD})\s+sentence|sentence\s+(?P<nw>one|two|three|four|five|six|seven|eight|nine|ten|\d+))"
    )
    pats = (
        pat,
        rf"\bmake\s+(?:the\s+word\s+)?(?P<q>{QUOTED})\s+the\s+{nth_word}\s+(?:of|in)\s+{nth_sent}",
        rf"(?:\bthe\s+word\s+)?(?P<q>{QUOTED})\s+(?:should|must|has\s+to|needs\s+to|will)\s+be\s+the\s+{nth_word}\s+(?:of|in)\s+"
        rf"{nth_sent}",
    )
    for m in (m for p in pats for m in _scan(p, ctx, _I)):
        nw = m.groupdict().get("nw")
        n = (parse_number(nw) if nw and not nw.isdigit() else int(nw)) if nw else _ordinal(m.group("n"))
        k, kw = _ordinal(m.group("m")), _unquote(m.group("q"))
        if n and k and n > 0 and k > 0 and kw:
            yield Hit("words:keywords_specific_position", {"keyword": kw, "n": n, "m": k}, m.start(), m.end(),
                      prio=_PRIO)  # fmt: skip
    # the two positions, in either order and either wording: "the second word and the second-to-last word",
    # "the 2nd and penultimate words", "the second word and the next-to-last word"
    second = r"(?:second|2nd)"
    penult = r"(?:(?:second|2nd)[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?last|penultimate|next[\s-]+to[\s-]+last)"
    resp = r"(?:\s+of\s+(?:your|the)\s+(?:whole\s+|entire\s+)?(?:response|answer|reply|text|poem|story|piece))?"
    pair = (
        rf"(?:both\s+)?(?:the\s+)?(?:{second}\s+word{resp}\s+and\s+(?:the\s+)?{penult}\s+word|{second}\s+and\s+(?:the\s+)?"
        rf"{penult}\s+words|{penult}\s+word{resp}\s+and\s+(?:the\s+)?{second}\s+word){resp}"
    )
    word = rf"(?:the\s+word\s+)?(?P<q>{QUOTED})"
    pats = (
        # "Make (both) the second word and the second-to-last word (of your response) (both) (the word) "rain""
        rf"\bmake\s+{pair}\s+(?:both\s+)?(?:be\s+)?{word}",
        # "The second word and the penultimate word must both be "rain""
        rf"\b{pair}\s+(?:(?:must|should|need\s+to|have\s+to|has\s+to|will)\s+(?:both\s+)?(?:be|read)|are\s+both|both(?:\s+be)?)"
        rf"\s*:?\s+{word}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if (kw := _unquote(m.group("q"))) and not _negated(ctx, m.start()):
                yield Hit("words:words_position", {"keyword": kw}, m.start(), m.end(), prio=_PRIO)


_REQUEST = re.compile(r"[^\n]*?\bRequest\s*:\s*(?P<r>[^\n]+)", _I)


@rule("request")
def _repeat_request(ctx: Ctx) -> Iterator[Hit]:
    """Repeating the request with a change, or a span of it: the request follows "Request:" on
    the same line (the type's kwargs), so the hit runs to the line's end."""
    change = (
        r"\brepeat\s+the\s+request\s+below,?\s+but\s+change\s+(?:its|the)\s+first\s+word\b"
    )
    for m in _scan(change, ctx, _I):
        req = _REQUEST.match(ctx.content, m.end())
        if req and req.group("r").strip():
            yield Hit("repeat:repeat_change", {"prompt_to_repeat": req.group("r").strip()}, m.start(), req.end(),
                      prio=_PRIO)  # fmt: skip
    span = (
        rf"\bcopy\s+the\s+span\s+of\s+words\s+of\s+the\s+request\s+below\s+from\s+word\s+(?:index\s+)?(?P<a>{NUM})\s+to\s+"
        rf"word\s+(?:index\s+)?(?P<b>{NUM})\b"
    )
    for m in _scan(span, ctx, _I):
        req = _REQUEST.match(ctx.content, m.end())
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if req and req.group("r") and a is not None and b is not None:
            # the span indexes the request split on whitespace: it is kept as written
            kw = {"prompt_to_repeat": req.group("r").rstrip("\r"), "n_start": a, "n_end": b}
            yield Hit("repeat:repeat_span", kw, m.start(), req.end(), prio=_PRIO)


# --- session 4 (dev6): the paragraph bookends put other ways --------------------------------------

_BLOCK = r"(?:paragraph|para|stanza|verse|section)"
_SAME_WORD_BOOKENDS = (
    # "every stanza begins and ends with the same word", "each paragraph should start and finish on one word"
    rf"\b(?:each|every)\s+(?:single\s+)?{_BLOCK}\s+(?:(?:should|must|has\s+to|needs\s+to|will|shall|is\s+to)\s+)?"
    rf"(?:begins?|starts?|opens?)\s+and\s+(?:ends?|closes?|finish(?:es)?)\s+(?:with|on)\s+(?:the\s+same|one\s+and\s+the\s+same|"
    rf"an\s+identical)\s+word",
    # "every stanza ends on the word it began with", "each paragraph closes with the word that opened it"
    rf"\b(?:each|every)\s+(?:single\s+)?{_BLOCK}\s+(?:(?:should|must|has\s+to|needs\s+to|will|shall)\s+)?(?:ends?|closes?|"
    rf"finish(?:es)?)\s+(?:with|on)\s+(?:the\s+(?:same\s+)?word\s+(?:that\s+)?it\s+(?:opens|opened|starts|started|begins|began)"
    rf"(?:\s+with)?|the\s+(?:same\s+)?word\s+that\s+(?:opens|opened|starts|started|begins|began)\s+it)",
    # "start and end each paragraph with the same word", "begin and close every stanza on one word"
    rf"\b(?:start|begin|open)\s+and\s+(?:end|close|finish)\s+(?:each|every)\s+{_BLOCK}\s+(?:with|on)\s+(?:the\s+same|"
    rf"one\s+and\s+the\s+same|an\s+identical)\s+word",
    # "the first and last word of each paragraph must be the same / must match"
    rf"\bthe\s+first\s+and\s+(?:the\s+)?last\s+words?\s+of\s+(?:each|every)\s+{_BLOCK}\s+(?:(?:should|must|has\s+to|"
    rf"needs\s+to|have\s+to)\s+)?(?:be\s+(?:the\s+same|identical)|match)",
)
# ", stanzas separated by a line break" restates how the blocks are told apart (the type's own wording)
_BOOKEND_TAIL = re.compile(
    rf"\s*[,;]?\s*(?:and\s+)?(?:with\s+)?(?:the\s+)?{_BLOCK}s\s+(?:are\s+)?(?:separated|split|divided)\s+by\s+(?:a\s+|one\s+)?"
    rf"(?:single\s+)?(?:line\s*break|new\s*line|blank\s+line)s?",
    _I,
)


@rule("word")
def _same_word_bookends(ctx: Ctx) -> Iterator[Hit]:
    for pat in _SAME_WORD_BOOKENDS:
        for m in _scan(pat, ctx, _I):
            if _negated(ctx, m.start()):
                continue
            t = _BOOKEND_TAIL.match(ctx.content, m.end(), ctx.unit.end)
            yield Hit("words:paragraph_last_first", {}, m.start(), t.end() if t else m.end(), prio=_PRIO)


# --- session 4 (dev7): the opening verb asked for other ways ---------------------------------------

# what opens the whole text: the text itself by any name (chat-speak "ur" too), or its first line / sentence
_OPENER_OBJ = (
    r"(?:(?:your|ur|yr|the|my|each|every|any|all|this|that)\s+(?:(?:whole|entire|very|first|opening)\s+)?"
    r"(?:response|answer|reply|replies|responses|answers|text|message|msg|post|output|caption|email|note|poem|story|piece|"
    r"essay|blurb|tweet|subject\s+line|first\s+line|opening\s+line|first\s+sentence|opening\s+sentence)s?|it|things|off)"
)
_START_VERB = (
    # "start ur reply with a verb", "Kick it off with a verb", "open every answer with an action verb"
    rf"\b(?:start|begin|open|kick|lead|launch)(?:s|ing)?\s+(?:(?P<obj>{_OPENER_OBJ})\s+)?(?:(?:straight|right)\s+)?(?:off\s+|away\s+)?"
    r"(?:with|on)\s+(?:a|an)\s+(?:(?:action|imperative|strong|active|command)\s+)?verb\b",
    # "The subject line has to start with a verb", "your reply must begin with a verb"
    rf"\b{_OPENER_OBJ}\s+(?:(?:has\s+to|have\s+to|must|should|needs?\s+to|will|shall|gotta|hafta)\s+)?(?:always\s+)?"
    r"(?:start|begin|open|kick\s+off|lead\s+off)s?\s+(?:with|on)\s+(?:a|an)\s+(?:(?:action|imperative|strong|active|command)\s+)?"
    r"verb\b",
    # "make the first word a verb", "first word = a verb", "the first word should always be a verb"
    r"\b(?:make\s+)?(?:the|ur|your)\s+(?:very\s+)?first\s+word(?:\s+of\s+(?:your|ur|the)\s+(?:whole\s+|entire\s+)?(?:response|answer|"
    r"reply|text|message|output|post))?\s+(?:(?:(?:has\s+to|must|should|needs\s+to|gotta)\s+)?(?:always\s+)?be\s+|=\s*|is\s+)?"
    r"(?:a|an)\s+(?:(?:action|imperative|strong|active|command)\s+)?verb\b",
)


# what may stand before a bare "start with a verb": the clause's start, a connective or a modal
_VERB_OPENS = re.compile(
    r"(?:^|[,;:.!?(]|\s[-–—])\s*(?:(?:and|then|also|but|so|please|pls|plz|just|always|ok|okay)\s+)*$"
    r"|\b(?:should|must|has\s+to|have\s+to|needs?\s+to|gotta|hafta|want\s+(?:you\s+)?to|to)\s+(?:always\s+)?$",
    _I,
)


@rule("verb")
def _start_verb_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """An answer that opens with a verb, in the wordings the fixed list does not hold ("start ur
    reply with a verb", "kick it off with a verb", "the subject line has to start with a verb").
    A count per sentence or paragraph ("start each sentence with a verb") is another requirement."""
    for pat in _START_VERB:
        for m in _scan(pat, ctx, _I):
            if _negated(ctx, m.start()):
                continue
            bare = "obj" in m.groupdict() and not m.group("obj")
            if bare and not _VERB_OPENS.search(ctx.content[ctx.unit.start : m.start()]):
                continue  # "five bullets, each one starting with a verb": the items open so, not the answer
            yield Hit("words:start_verb", {}, m.start(), m.end(), prio=_PRIO)


# --- session 4 (dev7): repeated words, other verbs and typos ----------------------------------------

_TIMES_ANY = rf"(?:(?P<num>{NUM})\s+times?|(?P<tw>once|twice|thrice))"
_MORE = r"more\s+th[ae]n"
_SHOW = (
    r"(?:show\s+up|shows\s+up|appear|appears|occur|occurs|come\s+up|be\s+used|get\s+used|be\s+repeated|get\s+repeated|"
    r"repeat|be\s+said|pop\s+up)"
)
_REPEATS_MORE = (
    ("words:repeats",
     # "never use the same word more than 3 times", "avoid repeating any word more than two times"
     rf"\b(?:(?:do\s+not|don[’']?t|dont|never)\s+(?:use|repeat|say)\s+the\s+same\s+word|avoid\s+(?:repeating|using)\s+"
     rf"(?:any|a|the\s+same)\s+(?:single\s+)?word)\s+{_MORE}\s+{_TIMES_ANY}"),
    ("words:repeats",
     # "don't let any single word show up more than 10 times", "never let a word appear more than 3 times"
     rf"\b(?:do\s+not|don[’']?t|dont|never)\s+(?:let|have)\s+(?:any|a|one)\s+(?:single\s+)?word\s+{_SHOW}\s+{_MORE}\s+{_TIMES_ANY}"),
    ("words:repeats",
     # "dont repeat any word more then twice", "don't use a single word more than 3 times"
     rf"\b(?:do\s+not|don[’']?t|dont|never)\s+(?:repeat|use|reuse|say)\s+(?:any|a|one)\s+(?:single\s+)?word\s+{_MORE}\s+"
     rf"{_TIMES_ANY}"),
    ("words:repeats",
     # "no word should get repeated more than twice", "not one word may pop up more than 4 times"
     rf"\b(?:no|not\s+(?:one|a\s+single))\s+(?:single\s+)?word\s+(?:(?:should|may|can|must|is\s+allowed\s+to|gets\s+to|"
     rf"will)\s+)?{_SHOW}\s+{_MORE}\s+{_TIMES_ANY}"),
    ("words:repeats",
     # "use each word at most twice", "every word max 3 times", "any word can appear at most 4 times"
     rf"\b(?:use\s+)?(?:each|every|any)\s+(?:single\s+)?word\s+(?:(?:can|may|should)\s+{_SHOW}\s+)?(?:at\s+most|max(?:imum)?|"
     rf"no\s+more\s+th[ae]n|not\s+more\s+th[ae]n)\s+{_TIMES_ANY}"),
    ("words:repeats_exceed",
     # "at least one word should get repeated more than 4 times", "some word has to come up more than 5 times"
     rf"\b(?:at\s+least\s+one|some|one)\s+(?:single\s+)?word\s+(?:(?:should|must|has\s+to|needs\s+to|will|gotta)\s+)?"
     rf"{_SHOW}\s+{_MORE}\s+{_TIMES_ANY}"),
)  # fmt: skip


@rule("time", "once", "twice", "thrice")
def _repeated_words_more(ctx: Ctx) -> Iterator[Hit]:
    """How often a word may (or must) recur, in the wordings the repeat rule does not read: other
    verbs ("show up", "get repeated", "pop up"), "let", "each word at most N times", "more then"."""
    for tid, pat in _REPEATS_MORE:
        for m in _scan(pat, ctx, _I):
            tw = m.group("tw")
            n = {"once": 1, "twice": 2, "thrice": 3}[tw.lower()] if tw else parse_number(m.group("num"))
            if n is None or n < 1:
                continue
            if _PART_AFTER.match(ctx.content, m.end(), ctx.unit.end):
                continue  # "... in the title": a part
            if tid == "words:repeats_exceed" and _negated(ctx, m.start()):
                continue
            tail = re.compile(rf"\s+in\s+{_RESPONSE}").match(ctx.content, m.end(), ctx.unit.end)
            yield Hit(tid, {"small_n": n}, m.start(), tail.end() if tail else m.end(), prio=_PRIO)


# --- session 4 (dev7): a word's place with the position first, and the two positions with "both" -------------

_NTH_SENT_W = (
    rf"(?:the\s+(?P<n>{_ORD})\s+sent[ae]nce|sent[ae]nce\s+(?P<nw>one|two|three|four|five|six|seven|eight|nine|ten|\d+))"
)
_POSITION_FIRST = (
    # "the first word of the third sentence has to be 'Suddenly'", "the 2nd word in sentence 4 must be "tide""
    rf"\bthe\s+(?:very\s+)?(?P<m>{_ORD})\s+word\s+(?:of|in)\s+{_NTH_SENT_W}\s+(?:(?:has\s+to|have\s+to|must|should|needs\s+to|"
    rf"gotta|will|shall)\s+)?(?:be|is|=)\s*:?\s+(?:the\s+word\s+)?(?P<q>{QUOTED})",
)


@rule("word")
def _word_position_first(ctx: Ctx) -> Iterator[Hit]:
    """The place named first and the word after it ("the first word of the third sentence has to
    be 'Suddenly'")."""
    for pat in _POSITION_FIRST:
        for m in _scan(pat, ctx, _I):
            nw = m.group("nw")
            n = (int(nw) if nw.isdigit() else parse_number(nw)) if nw else _ordinal(m.group("n"))
            k, kw = _ordinal(m.group("m")), _unquote(m.group("q"))
            if n and k and n > 0 and k > 0 and kw and not _negated(ctx, m.start()):
                yield Hit("words:keywords_specific_position", {"keyword": kw, "n": n, "m": k}, m.start(), m.end(),
                          prio=_PRIO)  # fmt: skip
    # the word first, then both places: 'make "neon" both the 2nd word and the second-to-last word of the whole thing'
    second = r"(?:second|2nd)"
    penult = r"(?:(?:second|2nd)[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?last|penultimate|next[\s-]+to[\s-]+last)"
    whole = (
        r"(?:\s+(?:of|in)\s+(?:your|the)\s+(?:whole|entire)?\s*(?:thing|response|answer|reply|text|poem|story|piece))?"
    )
    pair = (
        rf"(?:both\s+)?(?:the\s+)?(?:{second}\s+word{whole}\s+and\s+(?:the\s+)?{penult}\s+word|{penult}\s+word{whole}\s+and\s+"
        rf"(?:the\s+)?{second}\s+word|{second}\s+and\s+(?:the\s+)?{penult}\s+words?){whole}"
    )
    pat = rf"\b(?:make|use|put|have)\s+(?:the\s+word\s+)?(?P<q>{QUOTED})\s+(?:as\s+)?{pair}"
    for m in _scan(pat, ctx, _I):
        if (kw := _unquote(m.group("q"))) and not _negated(ctx, m.start()):
            yield Hit("words:words_position", {"keyword": kw}, m.start(), m.end(), prio=_PRIO)


@rule("palindrom")
def _palindrome_words(ctx: Ctx) -> Iterator[Hit]:
    """ "cram in at least ten palindrome words that are 5+ letters long", "10+ palindrome words, all
    at least five letters": the noun "palindrome words" and a length clause with "that are"/"all"."""
    five = r"(?:5|five)"
    length = (
        rf"\s*,?\s*(?:(?:that|which)\s+are|all|each|every\s+one)\s+(?:at\s+least\s+{five}|{five}\s*\+|{five}\s+or\s+more)\s+"
        r"(?:letters|characters)(?:\s+long)?"
    )
    pat = (
        r"(?:\b(?:(?:cram|pack|sneak|work|fit|put|throw|squeeze)\s+in|use|include|have)\s+)?"
        rf"(?:(?P<rel>{REL})\s+(?P<num>{NUM})|\b(?P<plus>{NUM})\s*(?:\+|or\s+more))\s+(?:different\s+)?palindrome\s+words"
        rf"(?:\s*\((?:like|e\.g\.|such\s+as)[^()]*\))?{length}"
    )
    yield from _palindrome_counts(ctx, pat)


# --- session 4 (gen): chained sentences and syllable alternation in more wordings ---------------------

# the sentence before: "the previous sentence", "the sentence before it", "the one before", "the last one"
_PREV_SENT = (
    r"(?:the\s+(?:previous|preceding|prior|last)(?:\s+(?:sentence|one))?|the\s+(?:sentence|one)\s+(?:before(?:\s+it)?|"
    r"right\s+before(?:\s+it)?|that\s+precedes\s+it))"
)
_GEN_WORDS = (
    # "Each sentence should begin with the word that ended the previous sentence", "Start every sentence
    # with the last word of the sentence before it", "open each sentence with the final word of the previous one"
    ("words:last_first",
     rf"\b(?:each|every)\s+(?:new\s+|next\s+)?sentence\s+(?:after\s+the\s+first\s+)?(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?"
     rf"(?:starts?|begins?|opens?)\s+with\s+the\s+(?:same\s+)?word\s+(?:that\s+)?(?:ended|ends|finished|finishes|closed|closes)\s+"
     rf"{_PREV_SENT}"),
    ("words:last_first",
     rf"\b(?:start|begin|open)\s+(?:each|every)\s+(?:new\s+|next\s+)?sentence\s+(?:after\s+the\s+first\s+)?with\s+the\s+"
     rf"(?:last|final|closing)\s+word\s+(?:of|from)\s+{_PREV_SENT}"),
    ("words:last_first",
     r"\b(?:chain\s+(?:the|your)\s+sentences|link\s+(?:the|your)\s+sentences)\s*(?::|by|so\s+that)\s+(?:making\s+|make\s+)?"
     r"(?:the|each)\s+(?:last|final)\s+word\s+(?:of\s+(?:each|one|every)\s+sentence\s+)?(?:is\s+|becomes?\s+|be\s+)?(?:also\s+)?"
     r"the\s+first\s+(?:word\s+)?of\s+the\s+next"),
    # "Alternate words with odd and even numbers of syllables", "words must alternate between odd and even
    # syllable counts"
    ("words:odd_even_syllables",
     r"\balternate\s+(?:between\s+)?words\s+(?:with|of|having)\s+(?:an\s+)?odd\s+and\s+(?:an\s+)?even\s+(?:numbers?\s+of\s+"
     r"syllables|syllable\s+counts?)"),
    ("words:odd_even_syllables",
     r"\b(?:the\s+)?words\s+(?:should|must|have\s+to|need\s+to)\s+alternate\s+between\s+(?:an\s+)?odd\s+and\s+(?:an\s+)?even\s+"
     r"(?:numbers?\s+of\s+syllables|syllable\s+counts?)"),
)  # fmt: skip


@rule("sentence", "syllable")
def _gen_word_chains(ctx: Ctx) -> Iterator[Hit]:
    """Sentences chained by their last and first words, and syllable parity alternating, in the
    wordings _FIXED misses (see _GEN_WORDS)."""
    yield from table_hits(ctx, _GEN_WORDS, _PRIO)


_GEN_POS = (
    # "Place "cedar" as the second word of sentence 4", "put 'moon' as the 3rd word in the 2nd sentence"
    rf"\b(?:use|put|place|set)\s+(?:the\s+word\s+)?(?P<q>{QUOTED})\s+as\s+the\s+(?:very\s+)?(?P<m>{_ORD})\s+word\s+(?:of|in)\s+"
    rf"{_NTH_SENT_W}"
)
# "Word 3 of sentence 2 must be "moon""
_GEN_POS2 = (
    rf"\bword\s+(?:number\s+|#\s*)?(?P<md>\d{{1,2}})\s+(?:of|in)\s+{_NTH_SENT_W}\s+(?:(?:must|should|has\s+to|needs\s+to|will)\s+)?"
    rf"(?:be|is)\s*:?\s+(?:the\s+word\s+)?(?P<q>{QUOTED})"
)
_GEN_LETTERS = (
    ("words:no_consecutive",
     r"\b(?:never|do\s+not|don[’']?t)\s+let\s+(?:any\s+)?two\s+(?:neighbou?ring|adjacent|consecutive|successive)\s+words\s+"
     r"(?:start|begin)\s+with\s+the\s+same\s+(?:letter|initial)"),
    ("words:prime_lengths",
     r"\bonly\s+use\s+words\s+(?:with|having|of)\s+a\s+prime\s+number\s+of\s+(?:letters|characters)"),
)  # fmt: skip


@rule("word")
def _gen_word_places(ctx: Ctx) -> Iterator[Hit]:
    """A word's place put with "place/put ... as the n-th word of sentence m"; the letter and length
    types in the wordings above (_GEN_LETTERS)."""
    for m in (m for p in (_GEN_POS, _GEN_POS2) for m in _scan(p, ctx, _I)):
        nw = m.group("nw")
        n = (parse_number(nw) if not nw.isdigit() else int(nw)) if nw else _ordinal(m.group("n"))
        md = m.groupdict().get("md")
        k, kw = int(md) if md else _ordinal(m.group("m")), _unquote(m.group("q"))
        if n and k and n > 0 and k > 0 and kw and not _negated(ctx, m.start()):
            kws = {"keyword": kw, "n": n, "m": k}
            yield Hit("words:keywords_specific_position", kws, m.start(), m.end(), prio=_PRIO)
    yield from table_hits(ctx, _GEN_LETTERS, _PRIO, skip_negated=False)


def _palindrome_counts(ctx: Ctx, pat: str) -> Iterator[Hit]:
    """A palindrome count read by ``pat`` (groups rel/num, or plus for "N+"): the types fix it at 10."""
    for m in _scan(pat, ctx, _I):
        if m.group("plus"):
            n = parse_number(m.group("plus"))
            rel = n is not None and ("at least", n)
        else:
            n = parse_number(m.group("num"))
            rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel and rel[1] == 10:
            tid = "words:palindrome" if rel[0] == "at least" else "words:palindrome_fewer"
            yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO)
