"""Case rules: all capitals, all lowercase, counted capitalised words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _NEG_WORDS,
    _RESP,
    _TIMES,
    NUM,
    REL,
    Ctx,
    Hit,
    _negated,
    _relation,
    _scan,
    _times_value,
    parse_number,
    rule,
    suffix_counts,
)

_CAPS = r"(?:capital\s+letters|caps|capitals|upper[- ]?case(?:\s+letters)?|block\s+capitals)"


def _capital_count(ctx: Ctx, m: re.Match, lead: bool) -> Hit | None:
    """change_case:capital_word_frequency for a count of capitalised words matched with a relation
    (group ``rel``) and a number (``num``) or a number of times; None when the relation reads as
    none. With ``lead``, a "keep" or a negation just before the match opens the span."""
    gd = m.groupdict()
    n = parse_number(gd["num"]) if gd.get("num") else _times_value(m)
    rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
    if not rel:
        return None
    start = m.start()
    if lead:
        pre = ctx.content[ctx.unit.start : m.start()]
        before = re.search(rf"\b(?:keep|{_NEG_WORDS})\s+(?:use\s+)?$", pre, _I)
        start = ctx.unit.start + before.start() if before else m.start()
    kw = {"capital_frequency": rel[1], "capital_relation": rel[0]}
    return Hit("change_case:capital_word_frequency", kw, start, m.end(), prio=75)


@rule("cap", "upper")
def _capital_word_frequency(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        rf"\b(?:words?|ones)\s+(?:that\s+are\s+)?(?:written\s+)?(?:in|with|using)\s+(?:all\s+)?{_CAPS}\b[^.;!?]{{0,40}}?"
        rf"\b(?P<rel>{REL})\s+{_TIMES}",
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+words?\s+(?:(?:should|must)\s+be\s+|are\s+|written\s+)?(?:in|with|using)\s+"
        rf"(?:all\s+|full\s+)?{_CAPS}",
        rf"\b(?:all[- ]caps|all[- ]capital|capitali[sz]ed|upper[- ]?case)\s+words?\b[^.;!?]{{0,40}}?\b(?P<rel>{REL})\s+"
        rf"{_TIMES}",
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:all[- ]caps|all[- ]capital|(?:fully\s+)?capitali[sz]ed|upper[- ]?case)"
        r"\s+words?\b",
        # "ALL CAPS words for the scary bits but no more than 3 of them"
        rf"\b(?:all[- ]caps|all[- ]capital|capitali[sz]ed|upper[- ]?case)\s+words?\b[^.;!?]{{0,50}}?\b(?P<rel>{REL})\s+"
        rf"(?P<num>{NUM})\s+of\s+them\b",
    ]
    # "Use ALL-CAPS on at least 3 words for emphasis", "use ALL CAPS for emphasis on at least 6 words"
    pats.append(
        r"\b(?:use|using|put|write|set)\s+(?:all[- ]caps|all\s+capitals|capital\s+letters|caps|upper[- ]?case|"
        r"capitals)\s+"
        rf"(?:(?:for|as)\s+emphasis\s+)?(?:on|for|in)\s+(?P<rel>{REL})\s+(?P<num>{NUM})\s+words?\b"
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if hit := _capital_count(ctx, m, lead=False):
                yield hit
    caps_adj = (
        r"(?:all[- ]caps|all[- ]capital|(?:fully\s+)?capitali[sz]ed|(?:all[- ])?upper[- ]?case|caps[- ]?lock(?:ed)?)"
    )
    more = (
        # "ALL-CAPS words: no more than 2.", "Keep fully capitalized words to fewer than 3 (per update)"
        rf"\b{caps_adj}\s+words?\s*(?:[:=–-]\s*|\s+to\s+|(?:should|must)\s+(?:be\s+)?|(?:are|is)\s+)(?P<rel>{REL})\s+"
        rf"(?P<num>{NUM})\b",
        # "don't use caps lock words more than twice"
        rf"\b{caps_adj}\s+words?\b[^.;!?]{{0,40}}?\b(?P<rel>{REL})\s+{_TIMES}",
    )
    for pat in more:
        for m in _scan(pat, ctx, _I):
            if hit := _capital_count(ctx, m, lead=True):
                yield hit
    # "NO all-caps words, not even one", "Don't use any words in all capitals", "zero uppercase words": none at all
    none = (
        rf"\b(?:no|zero|not\s+a\s+single|not\s+one|without\s+(?:any\s+)?)\s*(?:single\s+)?{caps_adj}\s+words?\b"
        rf"|\b(?:do\s+not|don[’']?t|never)\s+(?:use|write|put|include|type)\s+(?:any|a\s+single|even\s+one)\s+"
        rf"(?:words?|ones)\s+(?:(?:that\s+(?:are|is)|written)\s+)?(?:in|with|using)\s+(?:all\s+|full\s+)?{_CAPS}"
        rf"|\b(?:do\s+not|don[’']?t|never)\s+(?:use|write|put|include|type)\s+any\s+{caps_adj}\s+words?\b"
    )
    for m in _scan(none, ctx, _I):
        post = ctx.content[m.end() : ctx.unit.end]
        if re.match(r"\s+(?:in\s+(?:the\s+)?(?:title|heading|header|subject)|except|other\s+than|besides)\b", post, _I):
            continue  # a part or an exception: not a count over the whole text
        tail = re.match(r",?\s*not\s+even\s+one\b", post, _I)
        kw = {"capital_frequency": 1, "capital_relation": "less than"}
        yield Hit("change_case:capital_word_frequency", kw, m.start(), m.end() + (tail.end() if tail else 0), prio=75)
    # "2 all-caps words at most", "3 capitalized words or fewer", "one shouty all-uppercase word at most"
    noun = rf"(?:[a-z]+\s+)?{caps_adj}\s+words?\b"
    for m, rel_name, n in suffix_counts(ctx, noun):
        if not _negated(ctx, m.start()):
            kw = {"capital_frequency": n, "capital_relation": rel_name}
            yield Hit("change_case:capital_word_frequency", kw, m.start(), m.end(), prio=75)


# What an "all-lowercase" / "all-caps" adjective may qualify: the text being written.
_TEXT = (
    r"\s+(?:[\w-]+\s+)?(?:response|answer|reply|poem|haiku|limerick|letter|story|essay|email|note|message|post|"
    r"summary|speech|song|review|description|bio|ad|tweet|paragraph|text|version|rewrite|draft|caption)\b"
)


def _part_subject(pre: str) -> bool:
    """ "All tags must be ", "The headings should be in ": a case asked of some part of the text."""
    m = re.search(
        r"\b(?:all|the|every|each)\s+(?:of\s+the\s+)?(?P<n>[a-z-]+)\s+(?:must|should|have\s+to|has\s+to|need\s+to|needs\s+to|"
        r"will)\s+(?:all\s+)?(?:be|use|stay)\s+(?:written\s+)?(?:in\s+|entirely\s+)?(?:all\s+)?$",
        pre,
        _I,
    )
    whole = r"(?:responses?|answers?|reply|replies|output|text|thing|email|letter|message|post|story|poem|essay)"
    return bool(m) and not re.fullmatch(whole, m.group("n"), _I)


def _all_case_adjective(phrase: str, post: str) -> bool:
    """ "an all-lowercase poem": a hyphenated "all-" adjective before the text to write."""
    return bool(re.match(r"all-", phrase, _I) and re.match(_TEXT, post, _I))


# The "in English" of "in English, and in all lowercase letters": part of the case constraint.
_ENGLISH = re.compile(
    r"(?:,?\s*(?:and\s+)?(?:(?:be|written|write|respond|answer)\s+)?(?:entirely\s+|only\s+)?in\s+English"
    r"(?:\s+only)?|\bEnglish(?:\s+only)?)\b",
    _I,
)


# "don't overdo the caps", "go easy on the all-caps": how much of it, which a count states if anything
_OVERDO = re.compile(
    r"\b(?:overdo|overuse|go\s+(?:easy|light)\s+on|go\s+overboard\s+with|go\s+crazy\s+with)\s+"
    r"(?:it\s+with\s+)?(?:the\s+)?$",
    _I,
)


# A part of the text named as what takes the case: "Put the title in all caps", "Headings should be in uppercase",
# "write the names of the dishes in capitals".
_PART_OBJECT = re.compile(
    r"(?:^|\b(?:put|write|set|make|keep|type|render|print|format)\s+)(?:(?:the|your|each|every|all|any)\s+(?:of\s+the\s+)?)?"
    r"(?:[\w-]+\s+)?(?:titles?|headings?|headers?|headlines?|names?(?:\s+of\s+[\w\s]{1,30})?|keywords?|key\s+(?:terms?|words?)|"
    r"acronyms?|labels?|subject(?:\s+line)?|section\s+(?:titles?|names?)|(?:first|last|opening|closing)\s+\w+|"
    r"tags?|hashtags?|warnings?|initials)\s+(?:(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|will)\s+)?"
    r"(?:(?:be|are|is|go|stay)\s+)?(?:written\s+)?$",
    _I,
)


@rule("cap", "upper", "lower", "small")
def _english_case(ctx: Ctx) -> Iterator[Hit]:
    caps = [
        r"\b(?:(?:in|using|use|with)\s+)?(?:all[\s-]+|only\s+|entirely\s+(?:in\s+)?|completely\s+(?:in\s+)?)?(?:capital\s+letters|"
        r"caps|capitals|upper[- ]?case(?:\s+letters)?|block\s+capitals)(?:\s+only)?\b",
        r"\bcapitali[sz]e\s+(?:the\s+|your\s+)?(?:whole|entire|full)\s+(?:response|answer|reply|text|thing|output)\b",
        r"\bevery\s+letter\s+(?:in\s+)?upper[- ]?case\b",
        r"\b(?:(?:with|in)\s+)?caps\s*lock(?:\s+on)?(?=\s*(?:[.,!;]|$|pls|please|plz|for\s+(?:the\s+)?(?:entire|whole)))",
        r"\bevery\s+(?:single\s+)?letter\s+(?:should|must|has\s+to|needs\s+to)\s+be\s+(?:an?\s+)?"
        r"(?:capital|upper[- ]?case)"
        r"(?:\s+letters?)?",
    ]
    lows = [
        r"\b(?:(?:in|using|use|with)\s+)?(?:all[\s-]+|only\s+|entirely\s+(?:in\s+)?|completely\s+(?:in\s+)?)?(?:in\s+)?"
        r"lower[- ]?case(?:\s+letters)?(?:\s+only)?\b",
        # ("no uppercase letters at all": the capitals by their other name)
        r"\b(?:(?:with|use)\s+)?no\s+(?:capital(?:s|\s+letters)|upper[- ]?case\s+letters)"
        r"(?:\s+(?:are|is)\s+allowed|\s+at\s+all)?"
        r"|\bwithout\s+(?:any\s+)?(?:capital(?:s|\s+letters)|upper[- ]?case\s+letters)(?:\s+at\s+all)?",
        r"\b(?:do\s+not|don[’']?t|never)\s+use\s+(?:any\s+)?(?:capital(?:s|\s+letters)|upper[- ]?case\s+letters)"
        r"(?:\s+at\s+all)?",
        r"\b(?:do\s+not|don[’']?t|never)\s+capitali[sz]e\s+(?:a\s+single|any|even\s+one)\s+(?:letter|word)s?",
        # "don't capitalize anything", "never capitalise a thing"
        r"\b(?:do\s+not|don[’']?t|dont|never)\s+capitali[sz]e\s+(?:anything|a\s+thing|at\s+all)\b",
        # "type it all in small letters", "everything in small letters": lowercase by its plain name
        r"\b(?:(?:in|using|use|with)\s+)?(?:all\s+|only\s+)?(?:in\s+)?small\s+letters(?:\s+only)?\b",
    ]
    for kind, pats in (("capital", caps), ("lowercase", lows)):
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                pre = ctx.content[ctx.unit.start : m.start()]
                post = ctx.content[m.end() : ctx.unit.end]
                if kind == "capital":
                    # "words in all caps" (a count), "no capital letters" (lowercase), "a capital letter"
                    # ("fifty words and in all capitals": a count joined to the case, not words in capitals)
                    if re.search(r"\b(?:words?|ones|letters?\s+of)\s+(?!and\s+$)(?:\w+\s+){0,3}$", pre, _I) or re.match(
                        r"\s+words?\b", post, _I
                    ):
                        continue
                    if re.search(r"\b(?:no|without|any|first|a)\s+$", pre, _I) or re.search(
                        r"\bstart\w*\s+(?:\w+\s+){0,4}$", pre, _I
                    ):
                        continue
                    strong = re.search(
                        r"\b(?:all|only|entirely|completely|capitali[sz]e|every\s+letter|caps\s*lock)\b", m.group(0), _I
                    )
                    if not strong and not re.search(
                        r"\b(?:entire(?:ly)?|whole|every\s+letter)\b|\bin\s+(?:capital|upper)", ctx.text, _I
                    ):
                        continue
                else:
                    if re.search(r"\b(?:words?|letter)\s+(?:\w+\s+){0,2}$", pre, _I) and not re.search(
                        r"\ball\s+letters", pre, _I
                    ):
                        continue
                if _part_subject(pre) or (
                    _PART_OBJECT.search(pre) and not re.search(r"\b(?:whole|entire|everything)\b", ctx.text, _I)
                ):
                    continue  # "All tags must be lowercase.": the case of a part, not of the response
                if _OVERDO.search(pre):
                    continue  # "don't overdo the all-caps": a soft limit on how often, not the case of the text
                # "a lowercase keyboard" uses the word as an adjective: no case constraint
                follows = re.match(
                    r"\s*(?:letters|only|english|[.,;:!)(]|$|and\b|with\b|for\b|throughout\b|please\b|pls\b|plz\b|"
                    r"everything\b|all\s+the\s+way\b|across\s+the\s+board\b|so\s+(?:that\s+)?(?:\w+\s+){1,2}can\b|"
                    r"(?:cuz|cause|because|since|even\s+(?:though|if)|although|though|unless)\b|"
                    # chat fillers after the case: "ALL CAPS obviously", "all lowercase ofc"
                    r"(?:obviously|ofc|of\s+course|lol|lmao|duh|tho|thx|thanks|ok|okay|bro|fr)\b|"
                    # "ALL CAPS OUTPUT PLEASE", "the all-lowercase thing": the adjective on the whole output
                    r"(?:output|thing|style|look|vibe|aesthetic)\b(?!\s+(?:format|field|key|column|label)s?\b)|"
                    # "in capitals like an old shipping forecast": a manner compared to another text
                    r"(?:just\s+)?(?:like|as\s+if|as\s+though|the\s+way)\s+(?:an?|the|in|my|our|some|those|you|i|i['’]m|we)\b|"
                    rf"in\s+(?:your|the)\s+(?:(?:entire|whole)\s+)?{_RESP})",
                    post,
                    _I,
                )
                # "no capital letters anywhere" on its own; after "all lowercase please, keep it under 12 lines,"
                # it restates the case, and the merged repeat would swallow the line count between them
                if not follows and re.match(r"\s*anywhere\b", post, _I) and not re.search(
                    r"lower[\s-]?case|capital|\bcaps\b", pre, _I
                ):
                    follows = True
                if (
                    not follows
                    and not re.search(r"\b(?:in|all|entirely|completely|only|be|is|are|using|use|with)\s+$", pre, _I)
                    and not _all_case_adjective(m.group(0), post)
                    # "write the letter in all caps like I'm typing": "in all caps" says the manner itself
                    and not re.match(r"(?:in|using)\s+(?:all|only|entirely|completely)\b", m.group(0), _I)
                ):
                    continue
                neg = _negated(ctx, m.start(), 7) and not re.match(
                    r"(?:with\s+)?no\b|without\b|(?:do\s+not|don[’']?t|dont|never)\s+(?:use|capitali[sz]e)\b",
                    m.group(0),
                    _I,
                )
                if kind == "capital":
                    tid = "change_case:not_english_capital" if neg else "change_case:english_capital"
                else:
                    tid = "change_case:not_english_lowercase" if neg else "change_case:english_lowercase"
                # "in English, and in all lowercase" is one IFEval constraint; a negated case owns only the
                # "English" its own words hold ("Do not write it entirely in English lowercase letters"):
                # "in English but NOT in all lowercase" asks for English on its own
                extra = [(ctx.unit.start + e.start(), ctx.unit.start + e.end()) for e in _ENGLISH.finditer(ctx.text)]
                if neg:
                    extra = [
                        (a, b) for a, b in extra if m.start() <= a < m.end() or not ctx.content[b : m.start()].strip()
                    ]
                start = m.start()
                if neg:  # the span takes its negation: "DONT WRITE THE LETTER ITSELF (IN ALL CAPS)"
                    lead = re.search(rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,7}}$", pre, _I)
                    start = ctx.unit.start + lead.start() if lead else start
                yield Hit(tid, {}, start, m.end(), prio=65, extra=extra)


@rule("cap", "upper")
def _capital_words_capped_aside(ctx: Ctx) -> Iterator[Hit]:
    """A ban on all-caps words with its allowance after it: "Avoid all-caps words (one at most)",
    "no uppercase words, two max", "skip capitalized words - at most 1": the allowance is the cap."""
    caps_adj = (
        r"(?:all[- ]caps|all[- ]capital|(?:fully\s+)?capitali[sz]ed|(?:all[- ])?upper[- ]?case|caps[- ]?lock(?:ed)?)"
    )
    pat = (
        rf"\b(?:avoid|skip|minimi[sz]e|limit|no)\s+{caps_adj}\s+words?\s*(?:[(,:;]|\s[-–—])\s*(?:(?P<rel>{REL})\s+(?P<num>{NUM})|"
        rf"(?P<num2>{NUM})\s+(?P<cap>at\s+(?:the\s+)?most|max(?:imum)?|tops|or\s+(?:fewer|less)))\s*\)?"
    )
    for m in _scan(pat, ctx, _I):
        if m.group("num2"):
            n = parse_number(m.group("num2"))
            rel = n is not None and ("less than", n + 1)
        else:
            n = parse_number(m.group("num"))
            rel = n is not None and _relation(m.group("rel"), n, False)
        if rel and rel[0] == "less than":
            kw = {"capital_frequency": rel[1], "capital_relation": rel[0]}
            yield Hit("change_case:capital_word_frequency", kw, m.start(), m.end(), prio=76)
