"""Punctuation and emoji rules: commas, exclamation marks, em dashes, emojis."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _NEG_WORDS,
    NUM,
    REL,
    Ctx,
    Hit,
    _foreign_negated,
    _negated,
    _negated_mention,
    _relation,
    _scan,
    parse_number,
    rule,
    suffix_counts,
    table_hits,
)

# The three marks as Spanish, French, German, Italian and Portuguese name them.
_FOREIGN_MARKS = (
    (r"comas?\b|virgules?\b|komma(?:s|ta)?\b|virgol[ae]\b|vírgulas?\b", "punctuation:no_comma"),
    (r"(?:signos?\s+de\s+)?exclamaci[oó]n(?:es)?\b|points?\s+d['’]exclamation\b|ausrufezeichen\b|"
     r"punt[oi]\s+esclamativ[oi]\b|pontos?\s+de\s+exclamação\b", "punctuation:no_exclamation"),
    (r"rayas?\b|guion(?:es)?\s+largos?\b|tirets?\s+(?:cadratins?|longs?)\b|gedankenstrich(?:e|en)?\b|geviertstrich(?:e|en)?\b|"
     r"trattin[oi]\s+lungh?[oi]\b|travess(?:ão|ões)\b", "punctuation:no_em_dash"),
)  # fmt: skip
# A mark asked for at least once: "use at least one em dash", "with one or more exclamation marks",
# and a terse list item opening its clause ("AT LEAST ONE EXCLAMATION MARK, AND NO EMOJIS").
_AT_LEAST_ONE = (
    r"(?:(?<![\w'])(?:use|include|put|add|have|contain|throw\s+in|sprinkle\s+in|work\s+in|(?<=you\s)used|"
    r"(?<=you\s)included)\s+"
    r"(?:at\s*least\s+(?:one|1|a\s+single)|one\s+or\s+more|an?|some)\s+"
    # "make sure it has at least one comma", "don't forget at least one exclamation mark"
    r"|(?<![\w'])(?:has|have|contains?|containing|features?|there[’']s|there\s+(?:is|are)|"
    r"forget(?:\s+(?:to\s+)?(?:use|include|add|put\s+in))?|"
    r"(?<=[’']d\s)like|(?<=would\s)like|(?<=i\s)want|(?<=i\s)need)\s+"
    r"(?:at\s*least\s+(?:one|1|a\s+single)|one\s+or\s+more)\s+"
    r"|(?<![\w'])(?:(?:with|and|plus|including)\s+)?(?:at\s*least\s+(?:one|1|a\s+single)|one\s+or\s+more)\s+)"
)
# What makes "it has at least one comma" a requirement: "make sure", "ensure", a modal.
_WANTED = (
    r"(?:make\s+sure|ensure|be\s+sure|check)\b[^.;]*$"
    r"|\b(?:should|must|needs?\s+to|has\s+to|have\s+to|will)\s+(?:\w+\s+)?$"
)
# Where a bare "at least one X" may stand: opening its sentence, clause or list item.
_ITEM_START = re.compile(r"(?:^|[,;:(.!?]|^\s*(?:[-*•]|\d+[.)]))\s*(?:(?:so|and|but|plus|also|oh\s+and)\s+)?$", _I)


# The em dash by name: "em dash", "em-dashes (—)", "long dashes", "em dash characters".
_EM_DASH = r"(?:em|long)[\s-]?dash(?:es)?(?:\s+(?:characters?|marks?))?(?:\s+\(—\))?"


@rule("comma", "coma", "exclamation", "dash", "!", ",'", ',"', "—", "emoji", "virgul", "komma", "vírgula", "virgole",
      "ausrufe", "exclam", "esclamativ", "tiret", "raya", "guion", "strich", "travess", "trattin")  # fmt: skip
def _punctuation(ctx: Ctx) -> Iterator[Hit]:
    for noun, neg_id, pos_id in (
        # "comas": a common typo; the marks also go by themselves in quotes ("no '!' anywhere")
        (r"comm?as?\b|['\"“‘],['\"”’]", "punctuation:no_comma", "punctuation:use_comma"),
        # ("exclamtion", "exclamaton": the typos people make in the long word)
        (r"excla?m[a-z]{0,6}\s+(?:marks?|points?)|['\"“‘]!['\"”’]|!\s+marks?\b", "punctuation:no_exclamation",
         "punctuation:use_exclamation"),
        # ("long dashes (—)": the mark by its look)
        (rf"{_EM_DASH}|['\"“‘]—['\"”’]", "punctuation:no_em_dash", "punctuation:use_em_dash"),
    ):
        for m in _negated_mention(ctx, noun):
            yield Hit(neg_id, {}, m.start(), m.end(), prio=45)
        # "my director hates em dashes, so none of those": the mark named, then ruled out
        for m in _scan(rf"(?:{noun}),?\s+so\s+(?:please\s+)?(?:none\s+of\s+(?:those|them|these)|(?:avoid|skip|drop)\s+"
                       r"(?:them|those))\b", ctx, _I):  # fmt: skip
            yield Hit(neg_id, {}, m.start(), m.end(), prio=45)
        for m in _scan(rf"{_AT_LEAST_ONE}(?:{noun})", ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            bare = re.match(r"(?:at\s*least|one\s+or)", m.group(0), _I)
            if bare and not _ITEM_START.search(pre):
                continue  # "a chant with at least one ...": only where it opens its own item
            if re.match(r"forget", m.group(0), _I):  # "don't forget at least one ...", not "forget the ..."
                lead = re.search(rf"\b{_NEG_WORDS}\s+$", pre, _I)
                if lead:
                    yield Hit(pos_id, {}, ctx.unit.start + lead.start(), m.end(), prio=45)
                continue
            if re.match(r"ha[sv]e?|contain|feature|there", m.group(0), _I) and not re.search(_WANTED, pre, _I):
                continue  # "The title has at least one comma in it": a description
            if not _negated(ctx, m.start()):
                start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                who = re.search(r"\b(?:i[’']d|i\s+would|i|we[’']d|we)\s+$", pre, _I)
                if who and re.match(r"like|want|need", m.group(0), _I):  # the span takes "I'd like"
                    start = ctx.unit.start + who.start()
                yield Hit(pos_id, {}, start, m.end(), prio=45)
        # "An em dash somewhere would be lovely", "a comma or two": the mark wished for on its own
        lead = r"(?:^|(?<=[.,;:!?]\s))(?:(?:and|plus|also)\s+)?"
        for m in _scan(rf"{lead}(?:an?|one)\s+(?:{noun})\s+(?:somewhere|or\s+two)\b", ctx, _I):
            yield Hit(pos_id, {}, m.start(), m.end(), prio=45)
        # "I'm fond of the em dash, so please use at least one": the mark named before the count
        one = r"(?P<u>(?:use|include|add|put\s+in)\s+(?:at\s+least\s+one|one\s+or\s+more))(?=\s*[.,;!]|\s*$)"
        for m in _scan(rf"(?:{noun})\b[^.;!?]{{0,40}}?\b{one}", ctx, _I):
            if not _negated(ctx, m.start("u")):
                yield Hit(pos_id, {}, m.start(), m.end(), prio=45)
    yield from _free_adjectives(ctx)
    # "sin comas", "sans aucune virgule", "bitte ohne Ausrufezeichen", "sem travessões"
    for noun, tid in _FOREIGN_MARKS:
        for m in _foreign_negated(ctx, noun):
            yield Hit(tid, {}, m.start(), m.end(), prio=45)


# "a comma-free paragraph", "keep it emoji-free": the adjective names what the text is free of.
_FREE_OF = {"comma": "punctuation:no_comma", "exclamation": "punctuation:no_exclamation",
            "exclamation-mark": "punctuation:no_exclamation", "em-dash": "punctuation:no_em_dash",
            "emoji": "format:no_emoji"}  # fmt: skip


def _free_adjectives(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(r"\b(?P<what>comma|exclamation(?:-mark)?|em-dash|emoji)[- ]free\b", ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit(_FREE_OF[m.group("what").lower()], {}, m.start(), m.end(), prio=45)


@rule("emoji", "表情")
def _emoji(ctx: Ctx) -> Iterator[Hit]:
    for m in _negated_mention(ctx, r"emojis?\b|emoji\s+characters", 3):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    for m in _foreign_negated(ctx, r"emojis?\b|emoticon[oe]s?\b|émojis?\b|emoticon\b"):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    # "mete emojis", "usa algunos emojis", "ajoute des émojis", "verwende Emojis", "aggiungi qualche emoji"
    use = (
        r"(?<![\w-])(?:mete|p[oõ]e|coloca|inclui|usa|utiliza|incluye|pon|añade|agrega|utilise|ajoute|mets|verwende|benutze|"
        r"füge|aggiungi|metti|inserisci)\s+(?:(?:algunos|algunas|unos|unas|uns|umas|alguns|des|quelques|ein\s+paar|"
        r"qualche|alcuni|dei|degli)\s+)?(?:emojis?|émojis?|emoticon[oe]s?)\b"
    )
    for m in _scan(use, ctx, _I):
        if not re.search(r"\b(?:no|ne|nicht|non|não|kein)\s+(?:\w+\s+)?$", ctx.content[ctx.unit.start : m.start()], _I):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
    # "不要用表情符号", "不要使用任何表情": a Chinese ban of emoji
    ban = r"(?:不要|不准|不能|别|禁止|请勿|勿)(?:使用|用|加|出现|带)?(?:任何)?(?:的)?(?:表情符号|表情包|表情|emoji)"
    for m in _scan(ban, ctx, _I):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    # "at most 2 emojis", and "2 emojis max", "3 emojis or fewer", "5+ emojis" (the relation after)
    counts = []
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+emojis?\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            counts.append((m, rel))
    for m, rel_name, n in suffix_counts(ctx, r"emojis?\b"):
        if not _negated(ctx, m.start()):
            counts.append((m, (rel_name, n)))
    for m, rel in counts:
        if rel == ("at least", 1):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=50)
        else:
            yield Hit("format:number_emojis", {"num_emojis": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=50)
    # "add a couple emojis", "Use 3 hashtags and a couple emojis": at least two
    head = re.search(r"\b(?:use|include|add|put)\b", ctx.text, _I)
    for m in _scan(
        r"\b(?:(?:use|include|add|put|sprinkle\s+(?:in\s+)?)\s+|(?:,|\band)\s+)a\s+couple(?:\s+of)?\s+emojis\b", ctx, _I
    ):
        if not _negated(ctx, m.start()) and (head and ctx.unit.start + head.start() <= m.start()):
            yield Hit("format:number_emojis", {"num_emojis": 2, "relation": "at least"}, m.start(), m.end(), prio=51)
    for m in _scan(
        r"\b(?:use|include|add|sprinkle\s+(?:in\s+)?)\s+(?:some|a\s+few|an?|at\s+least\s+one)?\s*emojis?\b", ctx, _I
    ):
        if not _negated(ctx, m.start()):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
    # "An emoji or two would be cute", "drop in an emoji, at least one" (a permission only with "at least one")
    for m in _scan(r"(?:^|(?<=[.,;:!?]\s))(?:an?|one)\s+emoji\s+or\s+two\b", ctx, _I):
        yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
    drop_in = (
        r"\b(?:drop|throw|pop|work|sprinkle)\s+in\s+(?:an?|some|a\s+few|one|a\s+couple(?:\s+of)?)\s+emojis?\b"
        r"(?:\s*,\s*at\s+least\s+one)?"
    )
    for m in _scan(drop_in, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        permission = re.search(r"\b(?:feel\s+free\s+to|you\s+(?:can|may|could)|if\s+you\s+(?:like|want))\s+$", pre,
                               _I)  # fmt: skip
        if not _negated(ctx, m.start()) and (not permission or m.group(0).lower().endswith("at least one")):
            yield Hit("format:use_emoji", {}, m.start() if not permission else ctx.unit.start + permission.start(),
                      m.end(), prio=44)  # fmt: skip


# --- session 4 (dev6) ------------------------------------------------------------------------------

_ANAPHORIC_ONE = re.compile(
    r"(?:so|and|plus)?\s*(?:please\s+)?(?:(?:use|include|add|put\s+in|throw\s+in|give\s+me)\s+)?(?:at\s+least\s+(?:one|1)|"
    r"one\s+or\s+more|a\s+couple)\s+of\s+(?:those|them|these|that)\b(?:\s+(?:too|as\s+well|also))?",
    _I,
)


@rule("dash", "exclamation", "comma", "—")
def _mark_then_at_least_one_of_those(ctx: Ctx) -> Iterator[Hit]:
    """ "I love a good em dash, so at least one of those too": the mark named, then asked for by a
    pronoun in the next clause of the same sentence."""
    for noun, tid in (
        (r"em[\s-]?dash(?:es)?|['\"“‘]—['\"”’]", "punctuation:use_em_dash"),
        (r"exclamation\s+(?:marks?|points?)", "punctuation:use_exclamation"),
        (r"comm?as?", "punctuation:use_comma"),
    ):
        for m in _scan(rf"\b(?:{noun})\s*[,;—–-]\s*", ctx, _I):
            one = _ANAPHORIC_ONE.match(ctx.content, m.end(), ctx.unit.end)
            if not one or _negated(ctx, m.start()):
                continue
            pre = ctx.content[ctx.unit.start : m.start()]
            if re.search(rf"\b(?:no|without|avoid|never|ban(?:ned)?|hate|dislike|{_NEG_WORDS})\b[^,;.]*$", pre, _I):
                continue  # "I hate an em dash, so at most one of those": not a wish for one
            lead = re.search(r"\b(?:i|we)\s+(?:really\s+)?(?:love|like|adore|enjoy)\b[^,;.]*$", pre, _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit(tid, {}, start, one.end(), prio=45)


# The three marks in Korean, Hindi, Turkish and Arabic, each with its ways of banning it.
_OTHER_MARK_BANS = (
    ("punctuation:no_exclamation",
     r"느낌표(?:를|는|도)?\s*(?:(?:절대|전혀|하나도)\s*)?(?:쓰지|사용하지|넣지)\s*(?:마|말|않)\w*"
     r"|(?<![\w])(?:hiç\s+)?ünlem(?:\s+işaret\w*)?\s+(?:hiç\s+)?kullanma(?:yın|yınız|)(?![\w])"
     r"|(?<![\w])ünlem(?:\s+işaret\w*)?\s+(?:olmasın|olmamalı\w*|yok)(?![\w])"
     r"|विस्मयादिबोधक\s+(?:चिह्न|चिन्ह)[^।.!?]{0,30}?(?:न\s+करें|न\s+करो|मत\s+\S+|नहीं)"
     r"|(?:لا\s+تستخدم|بدون|دون)\s+(?:أي\s+)?علامات?\s+(?:ال)?تعجب"),
    ("punctuation:no_comma",
     r"쉼표(?:를|는|도)?\s*(?:(?:절대|전혀|하나도)\s*)?(?:쓰지|사용하지|넣지)\s*(?:마|말|않)\w*"
     r"|(?<![\w])(?:hiç\s+)?virgül\s+(?:hiç\s+)?kullanma(?:yın|yınız|)(?![\w])"
     r"|अल्पविराम[^।.!?]{0,30}?(?:न\s+करें|न\s+करो|मत\s+\S+|नहीं)"
     r"|(?:لا\s+تستخدم|بدون|دون)\s+(?:أي\s+)?فواصل|(?:لا\s+تستخدم|بدون|دون)\s+(?:أي\s+)?فاصلة"),
)  # fmt: skip


@rule()
def _other_language_mark_bans(ctx: Ctx) -> Iterator[Hit]:
    """ "hiç ünlem işareti kullanma", "느낌표를 쓰지 마세요", "अल्पविराम का प्रयोग न करें", "بدون فواصل"."""
    yield from table_hits(ctx, _OTHER_MARK_BANS, 45, skip_negated=False)


# --- session 4 (dev7): "needs at least one exclamation mark tho" (the subject dropped) -----------------

_NEEDS_MARK = (
    r"(?:(?:it|this|that|the\s+[\w-]+|your\s+[\w-]+|ur\s+[\w-]+)\s+)?(?:needs?|gotta\s+have|must\s+have|has\s+to\s+have|"
    r"should\s+have|needs\s+to\s+have|requires?)\s+(?:at\s*least\s+(?:one|1|a\s+single)|one\s+or\s+more|an?)\s+"
)


@rule("exclam", "comma", "dash")
def _needs_a_mark(ctx: Ctx) -> Iterator[Hit]:
    """ "needs at least one exclamation mark tho", "it gotta have an em dash", "the caption should have
    at least one comma": the mark asked for with "needs" / "has to have", the subject often dropped."""
    for noun, tid in (
        (r"excla?m[a-z]{0,6}\s+(?:marks?|points?)|['\"“‘]!['\"”’]", "punctuation:use_exclamation"),
        (rf"{_EM_DASH}|['\"“‘]—['\"”’]", "punctuation:use_em_dash"),
        (r"comm?as?\b", "punctuation:use_comma"),
    ):
        for m in _scan(rf"{_NEEDS_MARK}(?:{noun})", ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            if not _ITEM_START.search(pre) or _negated(ctx, m.start()):
                continue  # "a character who needs an em dash": only where it opens its own clause
            after = ctx.content[m.end() : ctx.unit.end]
            tail = re.match(r"\s+(?:tho|though|pls|plz|please|too|as\s+well|somewhere|in\s+there)\b", after, _I)
            yield Hit(tid, {}, m.start(), m.end() + (tail.end() if tail else 0), prio=45)


# --- session 4 (len8): "use the em dash at least once" (the count after the mark) -------------------------


@rule("exclam", "comma", "dash")
def _mark_at_least_once(ctx: Ctx) -> Iterator[Hit]:
    """ "use the em dash (—) at least one time", "put an exclamation mark in at least once", "include a comma
    one or more times": the mark asked for, how often after it."""
    once = r"(?:at\s*least\s+(?:once|one\s+time|1\s+time)|one\s+or\s+more\s+times|once\s+or\s+more)"
    for noun, tid in (
        (r"excla?m[a-z]{0,6}\s+(?:marks?|points?)", "punctuation:use_exclamation"),
        (_EM_DASH, "punctuation:use_em_dash"),
        (r"comm?as?\b", "punctuation:use_comma"),
    ):
        pat = rf"\b(?:use|include|put|add|throw\s+in|work\s+in|have)\s+(?:the|an?|one)\s+(?:{noun})(?:\s+in)?\s+{once}"
        for m in _scan(pat, ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            if _negated(ctx, m.start()) or re.search(r"\b(?:can|may|could|if\s+you\s+(?:want|like))\s+$", pre, _I):
                continue  # "you can use the em dash at least once": a permission
            lead = re.search(r"\b(?:(?:the\s+)?\w+\s+wants?\s+(?:that\s+)?(?:we|you|i|me\s+to)|(?:we|you|i)\s+"
                             r"(?:must|should|need\s+to|have\s+to))\s+$", pre, _I)  # fmt: skip
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit(tid, {}, start, m.end(), prio=45)
