"""Content rules: links and hashtags."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.format import F_EXACT, F_NUM, F_REL, _f_number, _f_relation, terse_bans, them_count
from rpo_cli.stages.decompose_rules.grammar import (
    _BAN_LEAD,
    _BAN_SUBJECT,
    _I,
    _RESP,
    NUM,
    REL,
    Ctx,
    Hit,
    _negated,
    _negated_mention,
    _Part,
    _relation,
    _scan,
    parse_number,
    rule,
    scoped_to_part,
    suffix_counts,
)
from rpo_cli.stages.decompose_rules.startend import PS_MARKER, postscript_marker


@rule("url", "link", "web", "lien", "enlace", "collegament", "verweis")
def _urls(ctx: Ctx) -> Iterator[Hit]:
    noun = r"(?:urls?|links?|hyperlinks?|web\s+addresses|web\s+links?)\b"
    for m in _negated_mention(ctx, noun, 5):
        if re.search(r"\b(?:leave\s+out|omit|skip|forget|miss)\b", m.group(0), _I):
            continue  # "don't leave out the links": a double negation asks for them
        tail = re.compile(rf"[^.;!?]*?\b{noun}", _I).match(ctx.content, m.end(), ctx.unit.end)
        end = tail.end() if tail and "," not in tail.group(0) else m.end()
        yield Hit("content:no_urls", {}, m.start(), end, prio=40)
    pat = (
        rf"\b(?:include|provide|add|cite|give|share)\s+(?:at\s+least\s+(?:one|1)|an?|some|a\s+few|relevant)?\s*{noun}"
        r"(?:\s+\(a\s+web\s+link\))?"
    )
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=40)
    # "Leave out URLs.", "skip the links", "no links", "Aucun lien.", "sin enlaces"
    leave = rf"\b(?:leave\s+out|omit|skip|drop|ditch|strip(?:\s+out)?)\s+(?:the\s+|any\s+|all\s+)?{noun}"
    for m in _scan(leave, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("content:no_urls", {}, m.start(), m.end(), prio=40)
    for s, e in terse_bans(ctx, rf"{noun}|liens?\b|enlaces?\b|collegamenti\b|verweise\b"):
        yield Hit("content:no_urls", {}, s, e, prio=40)
    # "plus one link for further reading", "and link to one IPA chart online": a link asked for
    ask = (
        r"(?:(?:^|[,;:]\s*|\b(?:and|also|plus|please)\s+)(?P<v>link\s+to)\s+(?:one|an?|the|some)\b"
        rf"|\b(?:plus|and\s+also|also\s+add)\s+(?:one|an?)\s+{noun}\s+(?:for|to)\b"
        # "Put a link to the repo somewhere in there", "drop in a link to the docs"
        rf"|\b(?:put|drop|stick|pop|slip|throw)\s+(?:in\s+)?(?:a|one|the)\s+{noun}\s+(?:to|for)\b)"
    )
    for m in _scan(ask, ctx, _I | re.M):
        s = m.start("v") if m.group("v") else m.start()
        if not _negated(ctx, s):
            yield Hit("content:include_url", {}, s, m.end(), prio=40)
    # "Include the donate link https://...", "include the download link", "add our booking URL", "give one real link"
    # (gramA s5: a link named by its kind or owner, with or without the address)
    named = (
        r"\b(?:include|provide|add|give|share|put\s+in|drop\s+in|paste\s+in|stick\s+in|put|drop)\s+"
        r"(?:(?:the|our|my|their|your|this|a|an|one|at\s+least\s+one)\s+)(?:(?!and\b|or\b)[\w-]+\s+){0,2}?"
        r"(?:urls?|links?|hyperlinks?|web\s+address)\b(?!\s+(?:between|among|text|colou?r|style|preview)\b)"
        r"(?:\s*:?\s*\(?https?://[^\s)]+?(?=[.,;!?)]?(?:\s|$)))?"
    )
    for m in _scan(named, ctx, _I):
        clicked = re.search(r"\b(?:click|open|follow|visit)\b", ctx.prefix(m.start()), _I)
        if not _negated(ctx, m.start()) and not clicked:
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=40)
    # "put the website as a link", "give the address as a URL": a thing the text names, asked for as a link
    as_link = (
        r"\b(?:put|give|add|include|show)\s+(?:the|our|my|their)\s+(?:[\w-]+\s+)?(?:website|site|page|address|"
        r"form|shop|store|portal)\s+as\s+an?\s+(?:clickable\s+|full\s+)?(?:link|url|hyperlink)\b"
    )
    for m in _scan(as_link, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=40)
    # "Link to at least one real open-access resource (full URL).": the imperative opening a sentence
    lead = r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:(?:[-*•]|\d+[.)])\s+)?"  # a sentence or a list item it opens
    for m in _scan(lead + r"(?P<v>link\s+to)\s+(?:at\s+least\s+one|one|an?|the|some)\b", ctx, _I | re.M):
        if not _negated(ctx, m.start("v")):
            yield Hit("content:include_url", {}, m.start("v"), m.end(), prio=40)
    # "includes the link https://...": a given address to put in
    for m in _scan(
        r"\b(?:includes?|including|add|adds|with|contains?)\s+(?:the|a|this|our)\s+link\s+https?://\S+", ctx, _I
    ):
        if not _negated(ctx, m.start()):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=41)


# "hashtags" as people type it: "hastags", "hash tags", "hash-tags"
_HASHTAG = r"(?:hash[\s-]?tags?|hastags?|hashtages|hashtgs?)\b"


def _count_hits(ctx: Ctx, tid: str, kw: str, noun: str, one: str | None = None) -> Iterator[Hit]:
    """The counts of ``noun`` that the relation-first rules leave: "3-5 hashtags" and "between 2
    and 4 emojis" (at least the low end, fewer than the high end + 1), "exactly 3 hashtags" (both
    bounds), a bare "use 3 hashtags" (at least 3), and a relation after the noun ("2 emojis max",
    "3+ hashtags"). ``one`` is the type for "at least 1" when the family has one (format:use_emoji)."""

    def hit(n: int, rel: str, m: re.Match, prio: int, group: int | None = None) -> Hit:
        if one and rel == "at least" and n == 1:
            return Hit(one, {}, m.start(), m.end(), prio=prio, group=group)
        return Hit(tid, {kw: n, "relation": rel}, m.start(), m.end(), prio=prio, group=group)

    rng = (
        rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+(?P<b>{NUM})|(?P<a2>\d+)\s*(?:-|–|to)\s*(?P<b2>\d+))\s+"
        rf"(?:[\w-]+\s+)?{noun}"
    )
    for m in _scan(rng, ctx, _I):
        lo, hi = parse_number(m.group("a") or m.group("a2")), parse_number(m.group("b") or m.group("b2"))
        if lo is not None and hi is not None and lo < hi and not _negated(ctx, m.start()) and not scoped_to_part(
            ctx, m.start()
        ):
            yield hit(lo, "at least", m, 53, m.start())
            yield hit(hi + 1, "less than", m, 53, m.start())
    # the count in an aside after the noun: "throw in a few hashtags (3 minimum)", "some emojis (2 max)"
    aside = (
        rf"\b(?:use|add|include|throw\s+in|with|put\s+in|sprinkle\s+in)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+(?:of\s+)?|the\s+)?"
        rf"{noun}\s*\(\s*(?P<num>{NUM})\s*(?P<suf>\+|minimum|min|or\s+more|at\s+least|max(?:imum)?|or\s+fewer|or\s+less|"
        r"at\s+most|tops)\s*\)"
    )
    for m in _scan(aside, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or n < 1 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        least = re.match(r"\+|min|or\s+more|at\s+least", m.group("suf"), _I)
        yield hit(n, "at least", m, 52) if least else hit(n + 1, "less than", m, 52)
    bare = (
        rf"(?:(?P<ex>exactly|precisely|just|only)\s+)?(?<![\w-])(?P<num>{NUM})\s+(?:relevant\s+|fitting\s+|\w+\s+)?{noun}"
    )
    for m in _scan(bare, ctx, _I):
        n = parse_number(m.group("num"))
        before = ctx.content[ctx.unit.start : m.start()]
        after = ctx.content[m.end() : ctx.unit.end]
        if n is None or n < 1 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        if re.search(rf"(?:{REL})\s+$|\b(?:the|of|first|last|these|those|between|and|to|or|than)\s+$|[-–]\s*$", before,
                     _I):  # fmt: skip
            continue  # read by the relation rules, or no count of the response's ("the 3 hashtags")
        if re.match(r"\s*(?:or\s+(?:more|fewer|less)|max|maximum|minimum|min|at\s+(?:the\s+)?most|tops)\b", after,
                    _I):  # fmt: skip
            continue  # a relation after the noun: suffix_counts
        asked = (
            r"\b(?:use|include|add|with|put|end\s+with|throw\s+in|sprinkle|finish\s+with|plus|and|usa|utiliza|incluye|añade|"
            r"agrega|ajoute|mets|utilise|inclus|füge|verwende|benutze|aggiungi|metti|inserisci|inclui|adiciona|mete|con|avec|mit|com)\b"
        )
        if not re.search(asked, before, _I):
            continue  # a count asked for, not one described ("I saw 3 hashtags")
        if m.group("ex"):  # "exactly 3", "just 2": both bounds
            yield hit(n, "at least", m, 52, m.start())
            yield hit(n + 1, "less than", m, 52, m.start())
        else:
            yield hit(n, "at least", m, 49)
    for m, rel_name, n in suffix_counts(ctx, noun):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield hit(n, rel_name, m, 51)
    # "3 hashtags, no more"
    for m in _scan(rf"(?<![\w-])(?P<num>{NUM})\s+{noun}\s*,?\s*(?:and\s+|but\s+)?no\s+more\b(?!\s+than)", ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield hit(n + 1, "less than", m, 52)
    # "2 HASHTAGS MIN", "ONE EMOJI MAX." (suffix_counts reads "minimum" and "max")
    for m in _scan(rf"(?<![\w-])(?P<num>{NUM})\s+{noun}\s+(?P<w>min|mini|max)\b\.?", ctx, _I):
        n = parse_number(m.group("num"))
        if n is not None and not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            at_least = m.group("w").lower().startswith("min")
            yield hit(n, "at least", m, 51) if at_least else hit(n + 1, "less than", m, 51)
    # counted in Spanish, French, German, Italian, Portuguese: "pelo menos 3 hashtags", "máximo 2 emojis"
    for m in _scan(rf"(?<![\w-])(?P<rel>{F_REL}|{F_EXACT})\s+(?P<num>{F_NUM})\s+{noun}", ctx, _I):
        n = _f_number(m.group("num"))
        if n is None:
            continue
        if re.fullmatch(F_EXACT, m.group("rel"), _I):
            yield hit(n, "at least", m, 52, m.start())
            yield hit(n + 1, "less than", m, 52, m.start())
        elif rel := _f_relation(m.group("rel"), n):
            yield hit(rel[1], rel[0], m, 52)
    # "they can't have more than 3": a count that refers back to the noun
    for m, rel in them_count(ctx, noun):
        if re.match(rf"(?:{noun})\s*:?\s*yes\b[^,]*,", ctx.content[m.start() : m.start("rel")], _I):
            # "emojis yes (make it pop), but no more than four of them": the count is a clause of its own
            m = _Part(m.start("rel"), m.end(), ctx.content)
        yield hit(rel[1], rel[0], m, 51)


@rule("hashtag", "hastag", "hash tag", "hash-tag")
def _hashtags(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:relevant\s+)?{_HASHTAG}", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("content:number_hashtags", {"num_hashtags": rel[1], "relation": rel[0]}, m.start(), m.end())
    yield from _count_hits(ctx, "content:number_hashtags", "num_hashtags", _HASHTAG)
    # "HASHTAG IT UP, FOUR TAGS MINIMUM": "tags" stands for the hashtags the sentence names
    if re.search(_HASHTAG, ctx.text, _I):
        for m, rel_name, n in suffix_counts(ctx, r"tags\b"):
            if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
                kw = {"num_hashtags": n, "relation": rel_name}
                yield Hit("content:number_hashtags", kw, m.start(), m.end(), prio=51)
    # "don't tag it with any #hashtags"
    tag = (
        rf"\b(?:do\s+not|don[’']?t|never)\s+(?:tag|add|include|use|put)\s+(?:it\s+|this\s+)?(?:with\s+)?(?:any\s+)?#?{_HASHTAG}"
    )
    for m in _scan(tag, ctx, _I):
        yield Hit("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, m.start(), m.end())
    for m in _negated_mention(ctx, _HASHTAG, 2):
        # "no emojis or hashtags": the hashtag ban spans its own noun, the emoji ban keeps "no emojis"
        start = m.start()
        inner = re.search(_HASHTAG, m.group(0), _I)
        if inner and re.search(r"\s(?:or|and|nor)\s|,", m.group(0)[: inner.start()], _I):
            start += inner.start()
        yield Hit("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, start, m.end())
    for s, e in terse_bans(ctx, _HASHTAG):
        yield Hit("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"}, s, e)


# "emojis" as people type it: "emojies", "emoji's", "emojis"
_EMOJI = r"(?:emojis|emojies|emoji['’]s|emoji)\b"


@rule("emoji", "表情")
def _emoji_counts(ctx: Ctx) -> Iterator[Hit]:
    """Emoji counts the relation-first rule (punctuation) leaves: "use 2 emojis max", "3+ emojis",
    "1-3 emojis", "exactly 2 emojis", "add 3 emojis"; and bans typed "emojies"."""
    yield from _count_hits(ctx, "format:number_emojis", "num_emojis", _EMOJI, one="format:use_emoji")
    for m in _negated_mention(ctx, r"emojies\b|emoji['’]s\b", 3):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    # "Zero emoji.", "Nada de emojis", "keine Emojis", "no emojis or hashtags"
    for s, e in terse_bans(ctx, rf"{_EMOJI}|emoticons?\b|emojis?\b"):
        yield Hit("format:no_emoji", {}, s, e, prio=45)
    # "skip emoji entirely", "could you skip the little picture symbols (emojis)"
    skip = (
        r"\b(?:skip|omit|drop(?!\s+in\b)|ditch|leave\s+out|lose)\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,3}?\(?(?:emojis?|emoji['’]s)\)?"
        r"(?:\s+(?:entirely|altogether|completely|please))?"
    )
    for m in _scan(skip, ctx, _I):
        # the grammar's guards on imperative bans: no permission ("Feel free to drop the emojis"), no described subject
        pre = ctx.content[ctx.unit.start : m.start()]
        if not _BAN_SUBJECT.search(pre) and _BAN_LEAD.search(pre):
            yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)
    # "Throw in a few emojis", "sprinkle some emojis in"
    throw_in = r"\b(?:throw|toss|sprinkle|pepper|drop)\s+in\s+(?:a\s+few|some|a\s+couple(?:\s+of)?|an?)\s+emojis?\b"
    for m in _scan(throw_in, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
    # "An emoji or two would be cute", "a few emojis are encouraged", "* emojis yes (make it pop)": asked for
    # by a verdict on them ("emojis are fine" only permits, and gives nothing)
    few = rf"(?:an?\s+emoji\s+or\s+two|a\s+(?:few|couple(?:\s+of)?)\s+{_EMOJI}|some\s+{_EMOJI}|{_EMOJI})"
    verdict = (
        rf"(?:^|(?<=[.;:,!(\n*•-])\s*|(?<=[.!?]\s)|(?<=\band\s)|(?<=\balso\s)|(?<=\bplus\s)){few}\s+(?:would\s+be|are|is)\s+"
        r"(?:(?:really|very|super|so|totally|also|definitely)\s+)?(?:cute|nice|great|fun|welcome|encouraged|a\s+must|required|"
        r"appreciated|lovely|perfect|a\s+plus)\b(?!\s*(?:,\s*)?(?:but|though|if|or\s+not)\b)"
        rf"|(?:^|(?<=[.;:,!(\n*•-]))\s*{few}\s*:?\s*(?:yes|yes\s+please|please|welcome)\b(?![^.;\n]*\?)"
    )
    for m in _scan(verdict, ctx, _I | re.M):
        s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if not _negated(ctx, s):
            yield Hit("format:use_emoji", {}, s, m.end(), prio=44)
    # asked for in Spanish, Portuguese, French, German, Italian: "mete emojis", "añade emojis", "avec des emojis"
    use = (
        r"\b(?:mete|p[oõ]e|usa|use|utiliza|a[ñn]ade|agrega|incluye|inclui|adiciona|ajoute|mets|utilise|f[üu]ge|verwende|"
        r"benutze|aggiungi|metti|inserisci)\s+(?:(?:algunos|alguns|des|quelques|ein\s+paar|qualche|uns|unos|dos|deux|zwei)\s+)?"
        r"(?:emojis|emoji|émojis|émoticônes)\b"
    )
    for m in _scan(use, ctx, _I):
        yield Hit("format:use_emoji", {}, m.start(), m.end(), prio=44)
    # "不要用表情符号", "别加emoji"
    for m in _scan(r"(?:不要|别|不用|禁止|不能)(?:使用|用|加|带)?(?:任何)?(?:表情符号|表情|emoji)", ctx, _I):
        yield Hit("format:no_emoji", {}, m.start(), m.end(), prio=45)


# "markdown" naming one feature ("markdown headings", "markdown divider") is not markdown as a whole


# Ending on a question, the phrasings startend's rule leaves: "don't end on a question", "Don't
# close on a question", "Never end an update with a question", "End by asking the reader which
# door they open", "The final sentence has to be a question", "Termine par une question".
_Q_END_VERB = r"(?:end|finish|close|conclude|wrap\s+(?:it\s+)?up|sign\s+off)"
_Q_WHO = (
    r"(?:me|us|him|her|them|the\s+(?:reader|user|customer|client|guest|audience|listener|student|team)s?|your\s+\w+)"
)


@rule("question", "asking", "pregunta", "domanda", "frage", "pergunta")
def _question_endings(ctx: Ctx) -> Iterator[Hit]:
    obj = r"(?:(?:your|each|every|the|all|this|it|an?|my|our)\s+(?:[\w-]+\s+){0,2}?)?"
    on_q = rf"\b{_Q_END_VERB}\s+{obj}(?:on|with)\s+(?:a|one|an?\s+\w+)\s+question\b(?!\s+mark)"
    for m in _scan(on_q, ctx, _I):
        neg = _negated(ctx, m.start())
        # "on a question" only ever comes negated in the data; unnegated it reads as a topic
        if neg or re.search(r"\bwith\s", m.group(0), _I):
            # the negation opens the statement ("dont end on a question" after a comma list)
            before = ctx.content[ctx.unit.start : m.start()]
            lead = re.search(r"\b(?:do\s+not|don[’']?t|never|please\s+don[’']?t)\s+$", before, _I)
            s = m.start() - len(lead.group(0)) if neg and lead else m.start()
            yield Hit("content:not_end_with_question" if neg else "content:end_with_question", {}, s, m.end(),
                      prio=60)  # fmt: skip
    # "End by asking the customer a question", "end by asking me something about my setup"
    asking = (
        rf"\b{_Q_END_VERB}\s+(?:(?:things|it|(?:your|each|every|the)\s+(?:{_RESP}|reply|replies|message|note)s?)\s+)?by\s+asking"
        rf"(?:\s*,\s*(?:as\s+a\s+question|in\s+a\s+question)\s*,)?\s+(?:{_Q_WHO}|a|one|something|what|which|whether|if|how|why)\b"
    )
    for m in _scan(asking, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("content:end_with_question", {}, m.start(), m.end(), prio=60)
    # "The final sentence has to be a question", "the last line must be a question"
    last = (
        r"\b(?:the|your)\s+(?:final|last|closing)\s+(?:sentence|line)\s+(?:has\s+to|must|should|needs\s+to|will|is\s+to)\s+"
        r"(?P<neg>not\s+)?be\s+a\s+question\b(?!\s+mark)"
    )
    for m in _scan(last, ctx, _I):
        tid = "content:not_end_with_question" if m.group("neg") else "content:end_with_question"
        yield Hit(tid, {}, m.start(), m.end(), prio=60)
    # "Termine par une question", "Termina con una pregunta", "Beende es mit einer Frage", "termine com uma pergunta"
    other = (
        r"\b(?:termine|termina|finis|finissez|finisci|concludi|beende|schlie(?:ß|ss)e|acaba|termine)\s+(?:(?:es|le|la|il)\s+)?"
        r"(?:par|con|com|mit|avec|en)\s+(?:une|una|uma|einer)\s+(?:question|pregunta|domanda|pergunta|frage)\b"
    )
    for m in _scan(other, ctx, _I):
        yield Hit("content:end_with_question", {}, m.start(), m.end(), prio=60)


# A postscript asked for as the next item of a sequence ("Three sentences or fewer, then a P.S. about
# our loyalty card") or in Dutch and Chinese ("zet er een P.S. onder", "最后加一句P.S.").
@rule("p.s", "p. s", "p.p.s")
def _postscript_sequence(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        r"\b(?:then|and\s+then|followed\s+by|after\s+that|afterwards)\s*,?\s+(?:a|one)\s+(?:short\s+|brief\s+|quick\s+)?"
        r"(?P<m>P\.\s?(?:P\.\s?)*S\.)"
        # what the P.S. is to say, or the sentence's end ("then a P.S. appeared" tells a story)
        r"(?=\s*(?:$|\n|(?-i:[A-Z])|[;,!)])|\s+(?:about|on|with|that|saying|reminding|asking|thanking|mentioning|at\s+the\s+end)\b)",
        rf"\b(?:zet|voeg)\s+(?:er\s+)?(?:nog\s+)?een\s+(?P<m>{PS_MARKER})\s+(?:onder|aan\s+toe|toe|bij)\b",
        rf"(?:最后|结尾|末尾)?(?:加|附|写|附上|加上)(?:一句|一个|个|一段|上)?\s*(?P<m>{PS_MARKER})",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if not _negated(ctx, m.start()):
                marker = postscript_marker(m.group("m"))
                yield Hit("detectable_content:postscript", {"postscript_marker": marker}, m.start(), m.end(), prio=59)


# --- emojis, hashtags, links, question endings and postscripts asked in other languages ------------

_ZH_NUMS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_NUM = r"(?:\d+|[一两二三四五六七八九十])"


def _zh_number(text: str) -> int | None:
    return int(text) if text.isdigit() else _ZH_NUMS.get(text)


def _counted(tid: str, kw: str, n: int, rel: str, s: int, e: int, one: str | None = None) -> Hit:
    if one and rel == "at least" and n == 1:
        return Hit(one, {}, s, e, prio=46)
    return Hit(tid, {kw: n, "relation": rel}, s, e, prio=46)


@rule("表情", "emoji", "标签", "话题", "#", "链接", "网址", "问句", "问题", "इमोजी", "हैशटैग", "p.s", "soru", "lien",
      "enlace", "collegamento", "titres", "títulos", "überschrift", "titoli")
def _other_languages(ctx: Ctx) -> Iterator[Hit]:
    """Counts and asks in Chinese ("至少使用3个表情符号", "加上至少两个话题标签（#）", "不要包含任何链接",
    "最后用一个问句结尾"), Hindi ("कम से कम 3 इमोजी", "आखिर में P.S. लिखकर"), Turkish ("soruyla bitir"),
    and the Romance/German words for links and Markdown headings ("ajoute au moins un lien", "au moins 3
    titres Markdown (#)")."""
    # Chinese: 至少/最少/不少于 N 个 X; 最多/不超过 N 个 X
    zh = (
        rf"(?P<rel>至少|最少|不少于|起码|最多|不超过|不多于)\s*(?:使用|用|加上?|包含|带上?|放)?\s*(?P<n>{_ZH_NUM})\s*个?\s*"
        r"(?P<what>表情符号|表情|emoji|话题标签|标签|hashtag|#)"
    )
    for m in _scan(zh, ctx, _I):
        n = _zh_number(m.group("n"))
        if n is None:
            continue
        more = m.group("rel") in ("至少", "最少", "不少于", "起码")
        rel, th = ("at least", n) if more else ("less than", n + 1)
        if m.group("what") in ("表情符号", "表情") or m.group("what").lower() == "emoji":
            yield _counted("format:number_emojis", "num_emojis", th, rel, m.start(), m.end(), one="format:use_emoji")
        else:
            yield _counted("content:number_hashtags", "num_hashtags", th, rel, m.start(), m.end())
    zh_ban = r"(?:不要|别|不能|禁止|请勿|勿)(?:包含|加上?|放|使用|用|带|附上?|出现)?(?:任何)?(?:的)?(?:链接|网址|url)"
    for m in _scan(zh_ban, ctx, _I):
        yield Hit("content:no_urls", {}, m.start(), m.end(), prio=46)
    # Hindi: "कम से कम 3 इमोजी", "ज़्यादा से ज़्यादा 2 हैशटैग"
    hi = r"(?P<rel>कम\s+से\s+कम|ज़?्यादा\s+से\s+ज़?्यादा|अधिकतम|न्यूनतम)\s+(?P<n>\d+)\s+(?P<what>इमोजी|हैशटैग)"
    for m in _scan(hi, ctx, 0):
        n = int(m.group("n"))
        more = m.group("rel").startswith(("कम", "न्यूनतम"))
        rel, th = ("at least", n) if more else ("less than", n + 1)
        if m.group("what") == "इमोजी":
            yield _counted("format:number_emojis", "num_emojis", th, rel, m.start(), m.end(), one="format:use_emoji")
        else:
            yield _counted("content:number_hashtags", "num_hashtags", th, rel, m.start(), m.end())
    # a P.S. written at the end, in Hindi: "आखिर में P.S. लिखकर", "अंत में P.S. जोड़ना"
    ps = rf"(?:आखिर|आख़िर|अंत)\s+में\s+(?P<m>{PS_MARKER})\s*(?:लिख|जोड़|डाल)"
    for m in _scan(ps, ctx, _I):
        yield Hit("detectable_content:postscript", {"postscript_marker": postscript_marker(m.group("m"))}, m.start(),
                  m.end(), prio=59)  # fmt: skip
    # a link asked for: "ajoute au moins un lien", "incluye un enlace", "füge einen Link hinzu", "aggiungi un link"
    link = (
        r"\b(?:ajoute|ajoutez|inclus|incluez|mets|mettez|donne|donnez|añade|agrega|incluye|pon|incluya|füge|fügen|"
        r"aggiungi|inserisci|includi|adicione|adiciona|inclua|coloque)\s+(?:(?:au\s+moins|al\s+menos|por\s+lo\s+menos|"
        r"mindestens|almeno|pelo\s+menos)\s+)?(?:un|une|una|um|uma|einen|ein)\s+(?:lien|enlace|link|collegamento|"
        r"v[íi]nculo)\b"
    )
    for m in _scan(link, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if not re.search(r"\b(?:ne|no|nicht|non|não|sans|sin|senza|sem)\s+(?:\w+\s+)?$", before, _I):
            yield Hit("content:include_url", {}, m.start(), m.end(), prio=46)
    # Markdown headings counted: "au moins 3 titres Markdown (#)", "al menos 4 títulos en Markdown"
    head = (
        rf"(?:(?P<rel>{F_REL}|{F_EXACT})\s+)?(?<![\w-])(?P<num>{F_NUM})\s+(?:titres|t[íi]tulos|encabezados|überschriften|"
        r"titoli|intestazioni|cabeçalhos|intertitres)\s+(?:(?:en|de|in|em)\s+)?(?:markdown|#+)"
    )
    for m in _scan(head, ctx, _I):
        n = _f_number(m.group("num"))
        rel_text = m.group("rel")
        if rel_text and re.fullmatch(F_EXACT, rel_text, _I):
            rel_text = None
        rel = None if n is None else _f_relation(rel_text, n)
        if rel:
            kw = {"num_headings": rel[1], "relation": rel[0]}
            yield Hit("format:markdown_headings", kw, m.start(), m.end(), prio=50)


# --- session 4 (fmt6) -------------------------------------------------------------------------------

_FQ_END_VERB = (
    r"(?:chiudi|chiuda|chiudete|termina|termini|terminate|concludi|concluda|finisci|finisca|cierra|cierre|finaliza|"
    r"finalice|acaba|acabe|termine|terminez|finis|finissez|conclus|concluez|beende|beenden\s+Sie|schlie(?:ß|ss)e|"
    r"encerre|encerra|conclua|finalize)"
)


@rule("domand", "pregunt", "question", "frage", "pergunt", "질문", "물음", "質問", "问题", "提问", "疑问", "问句",
      "soru", "प्रश्न", "सवाल")
def _question_endings_more(ctx: Ctx) -> Iterator[Hit]:
    """Ending on a question in other languages and word orders: "Chiudi con una domanda rivolta al
    pubblico", "Cierra con una pregunta para el lector", "마지막 문장은 질문으로 끝나야 합니다",
    "以一个问题结尾"; and its absence asked as no closing question: "never ask follow-up questions at
    the end", "no follow-up question at the end", "don't tack a question on at the end"."""
    other = (
        rf"\b{_FQ_END_VERB}\s+(?:(?:es|le|la|il|lo|el|o|sempre|siempre|toujours|immer)\s+)?(?:con|com|par|mit|avec|en|por)\s+"
        r"(?:une|una|uma|einer|un)\s+(?:(?:petite|breve|kleinen|pequeña|piccola|bella)\s+)?(?:question|pregunta|domanda|"
        r"pergunta|frage)\b"
    )
    for m in _scan(other, ctx, _I):
        if not re.search(_FNEG_Q, ctx.content[ctx.unit.start : m.start()], _I):
            yield Hit("content:end_with_question", {}, m.start(), m.end(), prio=60)
    cjk = (
        r"(?:마지막\s*(?:문장|줄)[은는이가]?\s*)?(?:질문|물음표)으로\s*끝(?:나야|내야|내\s*주세요|내세요|나게|내|나도록)"
        r"|(?:最後|最后)?(?:は|に)?(?:質問|問い)で(?:終わ|締め)"
        r"|(?:最后|结尾处?|末尾)?(?:以|用)(?:一个|一句)?(?:问题|提问|疑问句|问句)(?:来)?(?:结尾|结束|收尾)"
        # Turkish and Hindi: "soruyla bitir", "bir soru ile bitsin", "sorularla sonlandır", "सवाल के साथ खत्म करें",
        # "प्रश्न से समाप्त करो"
        r"|(?<![\w])(?i:(?:bir\s+)?soru(?:yla|\s+ile)\s+(?:bit(?:ir|sin|meli|ecek|er)|sonlandır)\w*)"
        r"|(?:एक\s+)?(?:सवाल|प्रश्न)\s+(?:के\s+साथ|से|पर)\s+(?:खत्म|ख़त्म|समाप्त)"
    )
    for m in _scan(cjk, ctx, 0):
        lead = ctx.content[max(ctx.unit.start, m.start() - 6) : m.start()]
        neg = r"(?:不要|别|不能|않|마세요|ない|\bmasın|\bmayın|\bna\b|\bमत\b)"
        if re.search(r"(?:不可以|勿|不)\s*$", ctx.content[ctx.unit.start : m.start()]) or re.search(
            r"soru.*(?:me|ma|mesin|masın|meyin|mayın)$", m.group(0), _I
        ):
            continue  # "不要以问题结尾", "soruyla bitirme": the opposite asked
        if not re.search(neg, lead + ctx.content[m.end() : m.end() + 6]):
            yield Hit("content:end_with_question", {}, m.start(), m.end(), prio=60)
    # "never ask follow-up questions at the end", "no closing question at the end"
    neg_end = (
        r"\b(?P<neg>never|do\s+not|don[’']?t|dont|no|without)\s+(?:(?:ask|add|pose|include|tack\s+on|put|leave|end\s+with)\s+)?"
        r"(?:(?:any|a|an)\s+)?(?:(?:follow[\s-]?up|closing|final|trailing|extra|more|further|rhetorical)\s+)?"
        r"questions?"
        r"(?:\s+on)?\s+(?:at\s+the\s+(?:very\s+)?end|to\s+(?:close|finish|end)|in\s+closing|at\s+the\s+close)\b"
    )
    for m in _scan(neg_end, ctx, _I):
        before = ctx.content[ctx.unit.start : m.start()]
        if m.group("neg").lower() == "no" and not re.search(r"(?:^|[\n,;:(]|\band)\s*$", before):
            continue  # "no" bans only when it opens the clause
        yield Hit("content:not_end_with_question", {}, m.start(), m.end(), prio=61)


_FNEG_Q = r"(?:\b(?:no|non|ne|nicht|não|nao|nunca|mai|jamais)\s+(?:\w+\s+)?$|\bn['’]\s*$)"


@rule("p.s", "p. s", "p.p.s", "postscript")
def _postscript_as_container(ctx: Ctx) -> Iterator[Hit]:
    """A postscript asked for as the place of some content: "put any safety notes in a P.S. at the
    end", "save the discount code for a P.S.", "tuck the reminder into a postscript"."""
    pat = (
        r"\b(?:put|place|save|keep|tuck|add|include|move|leave|stick|drop)\s+(?:(?:any|all|the|your|our|a|an|some|that|"
        r"this|those|these)\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|into|for|as)\s+(?:a|an|the)\s+(?:(?:short|brief|quick|final|separate)\s+)?"
        rf"(?:(?P<m>{PS_MARKER})|postscript\b)(?:\s+at\s+the\s+(?:very\s+)?(?:end|bottom))?"
    )
    for m in _scan(pat, ctx, _I):
        neg = _negated(ctx, m.start())
        tid = "detectable_content:no_postscript" if neg else "detectable_content:postscript"
        yield Hit(tid, {"postscript_marker": postscript_marker(m.group("m"))}, m.start(), m.end(), prio=59)


@rule("link", "url")
def _url_in_an_include_list(ctx: Ctx) -> Iterator[Hit]:
    """A link as a later item of a list an inclusion verb opens: "Include 3+ hashtags and at least one
    link to the dashboard", "Add a CTA, two emojis, plus a link to the menu"."""
    head = re.match(
        r"\s*(?:[-*•]\s+|\d+[.)]\s+)?(?:please\s+)?(?:also\s+)?(?:include|add|use|give\s+(?:me|it|us)|put\s+in|provide)\b",
        ctx.text,
        _I,
    )
    if not head or _negated(ctx, ctx.unit.start + head.end()):
        return
    pat = (
        r"(?:,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)(?P<c>(?:at\s+least\s+(?:one|1)|an?|one|some)\s+(?:urls?|links?|"
        r"hyperlinks?|web\s+links?)\b(?:\s+(?:to|for)\s+(?:the|a|an|our|your|their|this)\s+[\w-]+)?)"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("content:include_url", {}, m.start("c"), m.end("c"), prio=40)


@rule("emoji", "emoticon", "hashtag")
def _single_tops(ctx: Ctx) -> Iterator[Hit]:
    """One allowed at most, said with "a single" or "one": "A single emoji tops.", "one hashtag max",
    "just one emoji at most" (the count has no number word the relation rules read)."""
    pat = (
        r"\b(?:a\s+single|one|just\s+one|only\s+one|1)\s+(?P<n>emoji|emoticon|hash[\s-]?tag)s?\s*,?\s*(?:tops|max(?:imum)?|"
        r"at\s+(?:the\s+)?most|or\s+(?:fewer|less|none))\b"
    )
    for m in _scan(pat, ctx, _I):
        if _negated(ctx, m.start()):
            continue
        if m.group("n").lower().startswith("hash"):
            kw = {"num_hashtags": 2, "relation": "less than"}
            yield Hit("content:number_hashtags", kw, m.start(), m.end(), prio=50)
        else:
            yield Hit("format:number_emojis", {"num_emojis": 2, "relation": "less than"}, m.start(), m.end(), prio=50)


# --- s5 (gramA): placeholders shown by example ------------------------------------------------------------

_BRACKET = r"\[[^\[\]\n]{1,40}\]"
_PH_SAYS = re.compile(
    r"\b(?:placeholders?|square\s+brackets|brackets|fill\s+(?:them|it|those|these|that|this)?\s*in|blanks?\s+to\s+fill|"
    r"for\s+me\s+to\s+(?:fill|complete|add))\b",
    _I,
)


@rule("[")
def _placeholders_shown(ctx: Ctx) -> Iterator[Hit]:
    """Placeholders asked for by showing them: "Put [landlord name] and [date] and [address] in square brackets so I
    can fill them in", "Use the placeholder [Firm Name] wherever the firm is mentioned", "leave [date] and [venue]
    as placeholders". The count is the bracketed items the clause shows (at least that many)."""
    pat = (
        r"\b(?:put|use|leave|keep|add|include|mark|write|show)\s+(?:(?:the|a|these|those)\s+)?"
        rf"(?:placeholders?\s+(?:like\s+|such\s+as\s+)?)?(?P<list>{_BRACKET}(?:\s*(?:,|and|or|&|,\s*and)\s*{_BRACKET})*)"
    )
    for m in _scan(pat, ctx, _I):
        if _negated(ctx, m.start()):
            continue
        rest = ctx.content[m.end() : ctx.unit.end]
        says = _PH_SAYS.search(re.sub(_BRACKET, " ", m.group(0))) or _PH_SAYS.match(rest) or re.match(
            r"\s*(?:as|in|for|wherever|where|so)\b[^.;!?]{0,60}?" + _PH_SAYS.pattern, rest, _I
        )
        if not says:
            continue  # "use [brackets] around the stage directions" is no placeholder
        n = len(set(re.findall(_BRACKET, m.group("list"))))
        if n == 1 and re.search(r"placeholder", ctx.content[m.start() : m.start("list")], _I):
            continue  # "put the placeholder [LINK]": one named placeholder, which annotators split on (dev5 left it)
        end = m.end()
        tail = re.match(r"[^.;!?\n]*?" + _PH_SAYS.pattern + r"(?:\s+(?:myself|later|afterwards))?", rest, _I)
        if tail:
            end = m.end() + tail.end()
        yield Hit("detectable_content:number_placeholders", {"num_placeholders": n}, m.start(), end, prio=44)
