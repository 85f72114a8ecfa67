"""Length rules: words, sentences, characters, lines, paragraphs (and their first words)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _APPROX,
    _COUNT_GUARD,
    _EXACT,
    _I,
    _ORD,
    _RESP,
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
    plain_counts,
    rule,
    scoped_to_part,
    suffix_counts,
)

W_ID = "length_constraints:number_words"
S_ID = "length_constraints:number_sentences"
P_ID = "length:number_paragraphs_blankline"


def _at_most_n(ctx: Ctx, noun: str, make) -> Iterator[Hit]:
    """A cap without a relation word: "keep it to one sentence", "one word only", "in just 3 sentences"."""
    pat = (
        rf"\bkeep\s+(?:it|this|your\s+\w+|the\s+\w+)\s+to\s+(?:just\s+|only\s+)?(?P<num>{NUM})\s+{noun}\b"
        rf"(?!\s*(?:or\s+(?:more|fewer|less)|max|maximum|min|minimum|at\s+most|at\s+least|tops|long|each|per))"
        rf"|\b(?:in\s+)?(?:just|only)\s+(?P<num2>{NUM})\s+{noun}\b(?!\s+(?:each|per|of|in\s+each))"
        rf"|\b(?P<num3>{NUM})\s+{noun}\s+only\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num") or m.group("num2") or m.group("num3"))
        if n is None or n < 1 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        options = r"\s*[,:(–-]\s*(?:either\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*(?:,|\bor\b|/)"
        if re.match(options, ctx.content[m.end() : ctx.unit.end], _I):
            continue  # "Answer with just one word, Bali or Maldives": the options, not a length
        tid, kw = make(n)
        yield Hit(tid, kw, m.start(), m.end(), prio=48)


# A verb that does something to some of the words: the count after it is of those words, not the
# length of the text ("Don't capitalize more than 3 words", "bold at least 2 words").
_ACTS_ON_WORDS = re.compile(
    r"\b(?:capitali[sz]e|uppercase|bold|italici[sz]e|underline|highlight|emphasi[sz]e|abbreviate|hyphenate|repeat|"
    r"quote|rhyme|translate|misspell|invent|coin|define|spell\s+out|put\s+in\s+(?:all\s+)?caps|write\s+in\s+(?:all\s+)?caps)"
    r"\s+(?:[\w-]+\s+)?$",
    _I,
)


@rule("word", "wrod", "wrds")
def _number_words(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:words?|wrods?|wrds)\b(?!\s+(?:from|of\b|in\s+(?:all|full|capital|upper|bold|italic|caps)|"
        r"each\b|apiece|(?:should|must|has\s+to|needs?\s+to|will|can)\s+(?:get\s+|be\s+)?(?:repeated|appear|occur|show|used\s+more)|"
        r"with\s+all|that(?!\s+(?:I|you|we|they|he|she|people|readers?|customers?|students?)\b)|which|per|each|in\s+each|in\s+every|starting|beginning|ending|should\s+be\s+in|"
        r"(?:should|must)\s+be\s+(?:in\s+)?(?:all|capital|upper)|more|fewer|less|at\s+least|at\s+most|exactly|\d))"
        r"(?:\s+(?:long|in\s+length))?"
    )
    for m in _scan(pat, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if scoped_to_part(ctx, m.start()) or re.search(
            r"\bsentences?\s+(?:(?:should|must|has\s+to|needs?\s+to|to|be|have|contain|of|with|no|not)\s+){0,3}$",
            pre,
            _I,
        ):
            continue
        if _ACTS_ON_WORDS.search(pre):
            continue  # "Don't capitalize more than 3 words": a count of words treated so, not of the text
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("length_constraints:number_words", {"num_words": rel[1], "relation": rel[0]}, m.start(), m.end())
    # "300+ words", "a 300+ word essay", "250 words or more", "100 words or less"
    for m in _scan(r"\b(?P<num>\d+)\s*\+\s*(?:-\s*)?words?\b", ctx, _I):
        if _negated(ctx, m.start()):
            continue
        yield Hit("length_constraints:number_words", {"num_words": int(m.group("num")), "relation": "at least"},
                  m.start(), m.end())  # fmt: skip
    each = r"(?!\s+(?:each|apiece|per)\b)"
    for m in _scan(rf"\b(?P<num>{NUM})\s+words?\s+or\s+(?P<dir>more|fewer|less)\b{each}", ctx, _I):
        n = parse_number(m.group("num"))
        # ("subject line of 6 words or fewer"; "100 words or more is too long")
        if n is None or scoped_to_part(ctx, m.start()) or _negated(ctx, m.start()):
            continue
        kw = {"num_words": n, "relation": "at least"} if m.group("dir").lower() == "more" else {
            "num_words": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit("length_constraints:number_words", kw, m.start(), m.end())
    yield from _at_most_n(ctx, r"words?", lambda n: (W_ID, {"num_words": n + 1, "relation": "less than"}))
    for m, rel_name, n in suffix_counts(ctx, r"words?\b"):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield Hit(W_ID, {"num_words": n, "relation": rel_name}, m.start(), m.end())
    # "between 100 and 200 words", "150-200 words", "150 to 200 words": two constraints, one phrase
    pat = (
        rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+|(?P<a2>\d+)\s*(?:-to-|-|–|to)\s*)(?P<b>{NUM})"
        r"(?:\s+words\b(?:\s+long)?|-?\s*word\b(?=\s+[a-z]))"  # "150-200 words", "a 300-to-400-word review"
    )
    for m in _scan(pat, ctx, _I):
        lo, hi = parse_number(m.group("a") or m.group("a2")), parse_number(m.group("b"))
        if (
            lo is None
            or hi is None
            or lo >= hi
            or _negated(ctx, m.start())
            or _COUNT_GUARD.search(ctx.content[ctx.unit.start : m.start()])
            or _APPROX.search(ctx.content[ctx.unit.start : m.start()])
        ):
            continue
        yield Hit(W_ID, {"num_words": lo, "relation": "at least"}, m.start(), m.end(), prio=55, group=m.start())
        yield Hit(W_ID, {"num_words": hi + 1, "relation": "less than"}, m.start(), m.end(), prio=55, group=m.start())
    # "a sub-100-word welcome", "a 200-word limit", "a 150-word minimum"
    for m in _scan(r"\bsub[-\s]?(?P<num>\d+)(?:-|\s+)(?P<w>words?)\b", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        # "Write a sub-100-word welcome" asks for one; "Write about the sub-100-word contest" names a topic;
        # "keep it sub-120 words", "sub 200 words but ..." bound the text
        if re.search(r"\b(?:about|regarding|on|of)\b", pre, _I) or scoped_to_part(ctx, m.start()):
            continue
        if re.search(r"(?:^|\b(?:an?))\s*$", pre, _I) or (
            m.group("w").lower() == "words"
            and re.search(r"(?:^|[,;:.!?]|\b(?:keep\s+it|stay|be|it[’']?s|in|and|but))\s*$", pre, _I)
        ):
            yield Hit(W_ID, {"num_words": int(m.group("num")), "relation": "less than"}, m.start(), m.end())
    # "an under-90-word letter", "a max-50-word bio"
    adj = r"(?:an?\s+)(?:(?:short|sweet|brief|quick|little|tight|punchy|simple|friendly|warm),?\s+){0,3}"
    for m in _scan(rf"\b{adj}(?P<rel>under|below|max|maximum|over|min|minimum)-(?P<num>\d+)-words?\b", ctx, _I):
        n, r = int(m.group("num")), m.group("rel").lower()
        pre = ctx.content[ctx.unit.start : m.start()]
        if not re.search(r"\b(?:about|regarding|on|of)\b", pre, _I) and not scoped_to_part(ctx, m.start()):
            kw = {"num_words": n, "relation": "less than"} if r in ("under", "below") else (
                {"num_words": n + 1, "relation": "less than"} if r.startswith("max") else
                {"num_words": n + 1 if r == "over" else n, "relation": "at least"})  # fmt: skip
            yield Hit(W_ID, kw, m.start("rel"), m.end())
    for m in _scan(rf"\b(?P<num>{NUM})-word\s+(?P<lim>minimum|min|maximum|max|limit|cap)\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _negated(ctx, m.start()) or _COUNT_GUARD.search(ctx.content[ctx.unit.start : m.start()]):
            continue
        kw = {"num_words": n, "relation": "at least"} if m.group("lim").lower().startswith("min") else {
            "num_words": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit(W_ID, kw, m.start(), m.end())
    # "should not exceed 100 words", "word limit of 100"
    for m in _scan(rf"\b(?:not\s+exceed|exceed)\s+(?P<num>{NUM})\s+words\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None:
            continue
        # "exceed N" is "more than N"; "(do) not exceed N" is "at most N"
        rel = _relation("more than", n, m.group(0).lower().startswith("not") or _negated(ctx, m.start()))
        if rel:
            kw = {"num_words": rel[1], "relation": rel[0]}
            yield Hit("length_constraints:number_words", kw, m.start(), m.end())
    # "Word count: under 120", "word count should be at least 300"
    label = r"\b(?:word\s+count|length\s+in\s+words|number\s+of\s+words)\s*(?::|=|-|(?:should|must)\s+be|is)\s*"
    # "Word count: 350 maximum", "word count - 200 min"
    lim = r"(?P<lim>max(?:imum)?|min(?:imum)?|tops|at\s+(?:the\s+)?most|at\s+(?:the\s+)?least)\b"
    for m in _scan(rf"{label}(?P<num>{NUM})\s*(?:words?\s+)?{lim}", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        low = m.group("lim").lower()
        kw = {"num_words": n, "relation": "at least"} if low.startswith(("min", "at least", "at the least")) else {
            "num_words": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit(W_ID, kw, m.start(), m.end())
    for m in _scan(rf"{label}(?P<rel>{REL})\s+(?P<num>{NUM})(?:\s+words)?\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel and not scoped_to_part(ctx, m.start()):
            yield Hit(W_ID, {"num_words": rel[1], "relation": rel[0]}, m.start(), m.end())
    for m in _scan(
        rf"\b(?:a\s+)?(?:word\s+limit|maximum\s+word\s+count|max\.?\s+word\s+count)\s*(?:of|:|is|=|-|–)?\s*(?P<num>{NUM})"
        r"(?:\s+words)?\b(?!\s*(?:-|–|to)\s*\d|\s+(?:per|each|for\s+each)\b)",
        ctx,
        _I,
    ):
        n = parse_number(m.group("num"))
        if n is not None:
            yield Hit("length_constraints:number_words", {"num_words": n + 1, "relation": "less than"},
                      m.start(), m.end())  # fmt: skip


# The bound that follows a word count and leaves "words" understood: "Around 200 words would be
# ideal, but at least 150.", "Aim for roughly 300 words, no more than 350", "about 100 words, 120 max".
_BARE_END = r"(?=\s*(?:[.;!)]|,\s*(?:and|but|please|pls|ok|okay)\b|$|\s+(?:please|pls|tops|max)\b))"


@rule()  # (the unit may not say "words": "... < 180 words. [code] seriously keep it short, under 180")
def _elliptical_words(ctx: Ctx) -> Iterator[Hit]:
    yield from _elliptical_bound(ctx, "words?", W_ID, "num_words")
    # "Around 5 sentences but not more than 6."
    yield from _elliptical_bound(ctx, "sentences?", S_ID, "num_sentences", restated=False)


def _elliptical_bound(ctx: Ctx, noun: str, tid: str, key: str, restated: bool = True) -> Iterator[Hit]:
    """The bound that follows a count of ``noun`` with the noun left understood; with ``restated``,
    also a bare bound sentences after a count of the same size ("under 180")."""
    pats = (
        rf"(?<![\w-])(?P<rel>{REL})\s+(?P<num>\d+|{NUM}){_BARE_END}",
        rf"(?<![\w-])(?P<num>\d+)\s*(?:,\s*)?(?P<lim>max(?:imum)?|min(?:imum)?|tops|at\s+(?:the\s+)?most|"
        rf"at\s+(?:the\s+)?least|or\s+(?:fewer|less|more|under))(?![\w-]){_BARE_END}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            # the count named just before, in a clause joined by but/and/though or a comma
            before = re.search(
                rf"\b(?P<n0>{NUM})\s+{noun}\b[^.;:!?]*?(?:,\s*|\s+)(?:(?:but|and|though|although|yet|or)\s+)?"
                # ("but definitely no more than 200")
                r"(?:(?:definitely|absolutely|certainly|really|strictly|just|please)\s+)?"
                rf"(?:(?:never|not|no|keep\s+it|stay|make\s+it|aim\s+for|with)\s+)?$",
                pre,
                _I,
            )
            n = parse_number(m.group("num"))
            earlier = ctx.content[: ctx.unit.start]
            if not before and n and restated and re.search(rf"(?<![\w.,]){n}\s*words?\b", earlier, _I):
                # "... < 180 words" and, sentences later, "seriously keep it short, under 180": the same count
                if not scoped_to_part(ctx, m.start()):
                    rel = _relation(m.group("rel"), n, _negated(ctx, m.start())) if m.groupdict().get("rel") else None
                    if rel:
                        yield Hit(tid, {key: rel[1], "relation": rel[0]}, m.start(), m.end(), prio=45)
                continue
            if not before or not parse_number(before.group("n0")) or scoped_to_part(ctx, m.start()):
                continue
            n0 = parse_number(before.group("n0"))
            # the same count restated: no other number between, and a bound of the same size
            if n is None or re.search(r"\d", pre[before.end("n0") :]) or not n0 / 3 <= n <= n0 * 3:
                continue
            if m.groupdict().get("lim"):
                lim = m.group("lim").lower()
                rel = ("at least", n) if lim.startswith(("min", "at least", "at the least", "or more")) else (
                    "less than", n + 1)  # fmt: skip
            else:
                rel = _relation(m.group("rel"), n, _negated(ctx, m.start()))
            if rel:
                yield Hit(tid, {key: rel[1], "relation": rel[0]}, m.start(), m.end(), prio=45)


# Counts asked for in Spanish, French, Portuguese, German and Italian: phrase -> (relation, offset).
_FOREIGN_REL = {
    "menos de": ("less than", 0), "al menos": ("at least", 0), "por lo menos": ("at least", 0),
    "como mínimo": ("at least", 0), "un mínimo de": ("at least", 0), "mínimo de": ("at least", 0),
    "mínimo": ("at least", 0), "más de": ("at least", 1), "no más de": ("less than", 1), "no pase de": ("less than", 1),
    "no exceda": ("less than", 1), "no supere": ("less than", 1), "como máximo": ("less than", 1),
    "como mucho": ("less than", 1), "a lo sumo": ("less than", 1), "un máximo de": ("less than", 1),
    "máximo de": ("less than", 1), "máximo": ("less than", 1), "hasta": ("less than", 1),
    "moins de": ("less than", 0), "au moins": ("at least", 0), "au minimum": ("at least", 0),
    "un minimum de": ("at least", 0), "plus de": ("at least", 1), "pas plus de": ("less than", 1),
    "au plus": ("less than", 1), "au maximum": ("less than", 1), "un maximum de": ("less than", 1),
    "maximum": ("less than", 1), "jusqu'à": ("less than", 1), "jusqu’à": ("less than", 1),
    "pelo menos": ("at least", 0), "no mínimo": ("at least", 0), "mais de": ("at least", 1),
    "no máximo": ("less than", 1), "um máximo de": ("less than", 1), "não mais de": ("less than", 1),
    "não mais que": ("less than", 1), "até": ("less than", 1),
    "weniger als": ("less than", 0), "unter": ("less than", 0), "mindestens": ("at least", 0),
    "wenigstens": ("at least", 0), "mehr als": ("at least", 1), "nicht mehr als": ("less than", 1),
    "höchstens": ("less than", 1), "maximal": ("less than", 1), "max.": ("less than", 1), "bis zu": ("less than", 1),
    "länger als": ("at least", 1), "kürzer als": ("less than", 0), "nicht länger als": ("less than", 1),
    "nicht über": ("less than", 1),
    "meno di": ("less than", 0), "almeno": ("at least", 0), "minimo": ("at least", 0), "più di": ("at least", 1),
    "non più di": ("less than", 1), "al massimo": ("less than", 1), "un massimo di": ("less than", 1),
    "massimo": ("less than", 1), "fino a": ("less than", 1), "non oltre": ("less than", 1),
}  # fmt: skip
# The same relations after the count: "3 phrases au maximum", "en deux phrases max", "40 Wörter maximal".
_FOREIGN_SUFFIX = {
    "max": ("less than", 1), "max.": ("less than", 1), "máximo": ("less than", 1),
    "como máximo": ("less than", 1), "au maximum": ("less than", 1), "maximum": ("less than", 1),
    "maximal": ("less than", 1), "höchstens": ("less than", 1), "al massimo": ("less than", 1),
    "massimo": ("less than", 1), "no máximo": ("less than", 1),
    "como mínimo": ("at least", 0), "mínimo": ("at least", 0), "au minimum": ("at least", 0),
    "minimum": ("at least", 0), "mindestens": ("at least", 0), "almeno": ("at least", 0),
    "al minimo": ("at least", 0), "no mínimo": ("at least", 0),
    "o menos": ("less than", 1), "ou moins": ("less than", 1), "oder weniger": ("less than", 1),
    "o meno": ("less than", 1), "ou menos": ("less than", 1), "o más": ("at least", 0), "ou plus": ("at least", 0),
    "oder mehr": ("at least", 0), "o più": ("at least", 0), "ou mais": ("at least", 0),
}  # fmt: skip
# Small numbers as the five languages write them (bigger counts come in digits).
_FOREIGN_NUMS = {
    "uno": 1, "una": 1, "un": 1, "une": 1, "ein": 1, "eine": 1, "einen": 1, "um": 1, "uma": 1,
    "dos": 2, "deux": 2, "zwei": 2, "due": 2, "dois": 2, "duas": 2, "tres": 3, "trois": 3, "drei": 3, "tre": 3,
    "três": 3, "cuatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "quatro": 4, "cinco": 5, "cinq": 5, "fünf": 5,
    "cinque": 5, "seis": 6, "six": 6, "sechs": 6, "sei": 6, "siete": 7, "sept": 7, "sieben": 7, "sette": 7,
    "sete": 7, "ocho": 8, "huit": 8, "acht": 8, "otto": 8, "oito": 8, "nueve": 9, "neuf": 9, "neun": 9, "nove": 9,
    "diez": 10, "dix": 10, "zehn": 10, "dieci": 10, "dez": 10, "doce": 12, "douze": 12, "zwölf": 12, "dodici": 12,
    "doze": 12, "quince": 15, "quinze": 15, "fünfzehn": 15, "quindici": 15, "veinte": 20, "vingt": 20,
    "zwanzig": 20, "venti": 20, "vinte": 20, "cien": 100, "cent": 100, "hundert": 100, "cento": 100, "cem": 100,
}  # fmt: skip
_FNUM = r"(?:\d+|" + "|".join(sorted(_FOREIGN_NUMS, key=len, reverse=True)) + r")"
# The counted nouns: (regex, type id, kwarg).
_FOREIGN_NOUNS = (
    (r"palabras|mots|palavras|w[öo]rter[n]?|worte|parole", W_ID, "num_words"),
    (r"frases|oraciones|phrases|s[äa]tze[n]?|frasi", "length_constraints:number_sentences", "num_sentences"),
    (r"p[áa]rrafos|paragraphes|abs[äa]tze[n]?|paragrafi|par[áa]grafos", "length:number_paragraphs_blankline",
     "num_paragraphs"),
    (r"l[íi]neas|lignes|zeilen|righe|linhas", "length:number_lines", "num_lines"),
)  # fmt: skip


def _fnum(text: str) -> int | None:
    t = text.lower()
    return int(t) if t.isdigit() else _FOREIGN_NUMS.get(t)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(r).replace(r"\ ", r"\s+") for r in words), key=len, reverse=True))


@rule("palabra", "mots", "palavra", "wörter", "worte", "parole", "frase", "oraci", "phrases", "sätze", "satz", "párraf",
      "parraf", "paragraphe", "absätz", "absatz", "paragraf", "parágraf", "línea", "linea", "ligne", "zeile", "righe",
      "linha")  # fmt: skip
def _foreign_number_words(ctx: Ctx) -> Iterator[Hit]:
    """ "en menos de 100 palabras", "en moins de 80 mots", "höchstens 50 Wörter", "máximo 4 oraciones",
    "3 phrases au maximum", "al menos 3 párrafos", "entre 60 y 90 palabras", "una recensione di 60-90 parole"."""
    rels, sufs = _alt(_FOREIGN_REL), _alt(_FOREIGN_SUFFIX)
    for noun, tid, key in _FOREIGN_NOUNS:
        found = []
        for m in _scan(rf"(?<![\w-])(?P<rel>{rels})\s+(?P<num>{_FNUM})\s+(?:{noun})\b", ctx, _I):
            rel, off = _FOREIGN_REL[re.sub(r"\s+", " ", m.group("rel").lower())]
            neg = _foreign_negation(ctx, m.start(), m.group("rel"))
            if neg is None:
                continue
            if neg is not False:  # "no escribas más de 100 palabras", "pas moins de 80 mots": flip, keep the threshold
                rel = "less than" if rel == "at least" else "at least"
            found.append((m, rel, off, neg))
        for m in _scan(rf"(?<![\w-])(?P<num>{_FNUM})\s+(?:{noun})\s*,?\s*\(?(?P<rel>{sufs})(?![\w-])", ctx, _I):
            # (a negation before "100 palabras o más": no bound read)
            if _foreign_negation(ctx, m.start(), "") is False:
                found.append((m, *_FOREIGN_SUFFIX[re.sub(r"\s+", " ", m.group("rel").lower())], False))
        # "no superes las 100 palabras", "ne dépassez pas 80 mots", "sans dépasser 80 mots", "non superare le
        # 90 parole", "não ultrapasse 100 palavras", "100 Wörter nicht überschreiten": a negated "exceed" is a cap
        not_exceed = (
            rf"{_FOREIGN_NOT_EXCEED}\s+(?P<num>{_FNUM})\s+(?:{noun})\b|(?<![\w-])(?P<num2>{_FNUM})\s+(?:{noun})\s+"
            r"nicht\s+(?:zu\s+)?(?:überschreiten|übersteigen|überschreitet|übersteigt)\b"
        )
        for m in _scan(not_exceed, ctx, _I):
            found.append((m, "less than", 1, False))
        if key == "num_paragraphs" and re.search(_DIVIDER, ctx.text, _I):
            # "usa exactamente 4 párrafos separados por ***": the IFEval count with its divider
            exact = r"(?:(?:exactamente|exactement|genau|esattamente|exatamente)\s+)?"
            for m in _scan(rf"(?<![\w-]){exact}(?P<num>{_FNUM})\s+(?:{noun})\b", ctx, _I):
                n = _fnum(m.group("num"))
                d = re.compile(_DIVIDER, _I).search(ctx.content, m.end(), ctx.unit.end)
                if n and d and not _foreign_each(ctx, m.start()):
                    kw = {"num_paragraphs": n}
                    yield Hit("length_constraints:number_paragraphs", kw, m.start(), d.end(), prio=55)
            continue
        for m, rel, off, neg in found:
            n = _fnum(m.group("num") or m.group("num2"))
            # (read before the negation: "No escribas" is no "no <item>" as in "no sentence over 12 words")
            at = neg if type(neg) is int else m.start()
            if n is None or scoped_to_part(ctx, at) or _foreign_each(ctx, m.start()):
                continue
            end = _blank_tail(ctx, m.end()) if key == "num_paragraphs" else m.end()
            # the negation is part of the statement ("Non scrivere più di 90 parole")
            yield Hit(tid, {key: n + off, "relation": rel}, at, end, prio=50)
        # "entre 60 y 90 palabras", "zwischen 60 und 90 Wörtern", "60-90 parole", "de 60 a 90 palabras"
        if key != "num_words":
            continue
        rng = (
            rf"(?<![\w-])(?:(?:entre|zwischen|tra|fra|de|da)\s+(?P<a>\d+)\s+(?:y|et|und|e|a|à|bis)\s+|(?P<a2>\d+)\s*(?:-|–|à|a|bis)\s*)"
            rf"(?P<b>\d+)\s+(?:{noun})\b"
        )
        for m in _scan(rng, ctx, _I):
            lo, hi = int(m.group("a") or m.group("a2")), int(m.group("b"))
            if lo < hi and not scoped_to_part(ctx, m.start()) and not _foreign_each(ctx, m.start()):
                yield Hit(W_ID, {"num_words": lo, "relation": "at least"}, m.start(), m.end(), prio=55, group=m.start())
                yield Hit(W_ID, {"num_words": hi + 1, "relation": "less than"}, m.start(), m.end(), prio=55,
                          group=m.start())  # fmt: skip


# Negations in the five languages that flip the bound after them: "no escribas más de 100 palabras",
# "pas moins de 80 mots", "nicht weniger als 50 Wörter", "non scrivere più di 90 parole", "nunca mais de".
# The gap never crosses a conjunction ("no uses emojis y escribe más de 100 palabras").
_FOREIGN_NEG = re.compile(
    r"(?<![\w-])(?:no|nunca|jam[áa]s|pas|jamais|nicht|nie|niemals|keinesfalls|keineswegs|auf\s+keinen\s+fall|non|mai|"
    r"não|nao|sin|sans|senza|sem|ohne)\s+(?:(?!(?:y|e|et|und|and|pero|mais|aber|ma|mas|but|sino|sondern|o|ou|oder|od)\s)"
    r"[\w'’-]+\s+){0,3}$",
    _I,
)
# French "ne" is half a negation: with "pas"/"jamais" it is read above; "n'écris plus de 100 mots"
# (no longer? not more than?) is left alone.
_FRENCH_NE = re.compile(r"(?<![\w-])(?:ne|n['’])\s*(?:[\w'’-]+\s+){0,2}$", _I)
_FOREIGN_NOT_EXCEED = (
    r"(?<![\w-])(?:no|non|não|nao|sin|sans|senza|sem|nunca|jamais|mai|ne|n['’]|nicht|ohne)\s*(?:(?:pas|jamais)\s+)?"
    r"(?:(?:debe|deben|debes|debería|doit|doivent|devrait|deve|devono|dovrebbe|darf|sollte|soll|pode|devem)\s+)?"
    r"(?:(?:pas|jamais)\s+)?"
    r"(?:super[ae]\w*|exced\w*|excéd\w*|dépass\w*|sobrepas\w*|ultrapass\w*|pas[ae]s?\s+de|pasar\s+de|passe[sm]?\s+de|"
    r"passar\s+de|ecced\w*|oltrepass\w*|überschreit\w*|übersteig\w*)"
    r"(?:\s+(?:pas|jamais|nicht))?(?:\s+(?:las|los|les|le|la|i|gli|os|as|o|a|die|den|de))?"
)


def _foreign_negation(ctx: Ctx, pos: int, rel: str) -> int | bool | None:
    """Whether a negation in the prompt's language governs the bound at ``pos``: False if not; where
    it starts if so (True if it cannot be placed); None where the reading is unsure (a bare French
    "ne" before it)."""
    if re.match(r"(?:no|pas|nicht|non|não|nao)\b", rel, _I):
        return False  # "no más de", "pas plus de": the relation carries its own negation
    pre = ctx.content[ctx.unit.start : pos]
    cs = ctx.unit.start + max(pre.rfind(";"), pre.rfind("("), pre.rfind(". "), pre.rfind(","), pre.rfind(":")) + 1
    neg = _FOREIGN_NEG.search(ctx.content, cs, pos)
    if neg:
        return neg.start()
    if _negated(ctx, pos):
        return True
    return None if _FRENCH_NE.search(ctx.content, cs, pos) else False


def _foreign_each(ctx: Ctx, pos: int) -> bool:
    """ "cada una con ...", "chaque phrase ...", "jeder Satz ...": a count per item."""
    pre = ctx.content[ctx.unit.start : pos]
    each = (
        r"\b(?:cada|chaque|jede[rsn]?|ogni|ciascun[ao]?)\b[^.;]*$|\b(?:por|par|pro|per)\s+(?:\w+\s+)?$"
        # "ninguna frase de más de 12 palabras", "aucune phrase de plus de 15 mots": a bound on each item
        r"|(?<![\w-])(?:ningun[ao]?|ningún|aucune?|kein(?:e[rsn]?)?|nessun[ao]?|nenhu?ma?|nenhum)\s+\w+\b[^.;,]*$"
    )
    return bool(re.search(each, pre, _I))


_SYMBOL_REL = {"<": ("less than", 0), "≤": ("less than", 1), "<=": ("less than", 1), ">": ("at least", 1),
               "≥": ("at least", 0), ">=": ("at least", 0)}  # fmt: skip


@rule("<", ">", "≤", "≥")
def _symbol_number_words(ctx: Ctx) -> Iterator[Hit]:
    """ "in <100 words", "(≤ 80 words)", ">= 300 words", "<280 chars", "<= 3 sentences": a comparison sign
    before a count."""
    nouns = {"w": (W_ID, "num_words"), "c": ("length:number_characters", "num_chars"),
             "s": ("length_constraints:number_sentences", "num_sentences"), "l": ("length:number_lines", "num_lines"),
             "p": (P_ID, "num_paragraphs")}  # fmt: skip
    pat = (
        r"(?<![<>=])(?P<rel><=|>=|≤|≥|<|>)(?![<>])\s*(?P<num>\d+)\s*(?:(?P<w>words?)|(?P<c>characters?|chars)|"
        r"(?P<s>sentences?)|(?P<l>lines?(?!\s+of\s+code))|(?P<p>paragraphs?))\b"
    )
    for m in _scan(pat, ctx, _I):
        if scoped_to_part(ctx, m.start()):
            continue
        rel, off = _SYMBOL_REL[m.group("rel")]
        tid, key = nouns[next(k for k in nouns if m.group(k))]
        yield Hit(tid, {key: int(m.group("num")) + off, "relation": rel}, m.start(), m.end())


_ZH_REL = {"不超过": ("less than", 1), "不多于": ("less than", 1), "最多": ("less than", 1), "至多": ("less than", 1),
           "少于": ("less than", 0), "不到": ("less than", 0), "至少": ("at least", 0), "不少于": ("at least", 0),
           "多于": ("at least", 1), "超过": ("at least", 1)}  # fmt: skip


# A negation before a relation flips it: "不要超过200字" (don't exceed 200), "不得少于3段" (not fewer than 3);
# "不超过" / "不少于" carry their own and are in the table.
_ZH_NEG = (
    r"(?P<neg>不要|不能|不得|不可以|不可|不应该|不应|不准|不许|不宜|别|切勿|请勿|勿|千万不要|绝不|决不|绝对不要|"
    r"绝对不能)?"
)
# The count named first: "字数不要超过200" (the word count must not exceed 200), "篇幅控制在300字以内".
_ZH_COUNT_LABEL = r"(?:字数|总字数|篇幅|长度)(?:要|应|应该|须|必须|请|需|需要)?(?:控制在)?"


def _zh_relation(m: re.Match) -> tuple[str, int]:
    rel, off = _ZH_REL[m.group("rel")]
    if m.group("neg"):
        rel = "less than" if rel == "at least" else "at least"
    return rel, off


_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _zh_number(t: str) -> int | None:
    """ "3", "三", "十二", "二十" (up to 99)."""
    if t.isdigit():
        return int(t)
    if "十" in t:
        a, _, b = t.partition("十")
        tens = _ZH_NUM.get(a, 0) if a else 1
        return tens * 10 + (_ZH_NUM.get(b, 0) if b else 0)
    return _ZH_NUM.get(t)


@rule("段", "句", "行")
def _chinese_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "最多三段" (at most three paragraphs), "至少五句话", "不超过4行"."""
    rels = "|".join(sorted(_ZH_REL, key=len, reverse=True))
    nouns = (
        ("段落|段", "length:number_paragraphs_blankline", "num_paragraphs"),
        ("句话|句", "length_constraints:number_sentences", "num_sentences"),
        ("行", "length:number_lines", "num_lines"),
    )
    for noun, tid, key in nouns:
        pat = rf"{_ZH_NEG}(?P<rel>{rels})\s*(?P<num>\d+|[一二两三四五六七八九十]+)\s*个?(?:{noun})"
        for m in _scan(pat, ctx, 0):
            n = _zh_number(m.group("num"))
            if not n or scoped_to_part(ctx, m.start()):
                continue
            rel, off = _zh_relation(m)
            end = m.end()
            if key == "num_paragraphs":  # "，段落之间空一行": the blank line between them
                t = re.match(r"\s*[，,]?\s*(?:段落|段)(?:之间|间)(?:空|用|隔)(?:一|一个)?(?:空)?行", ctx.content[end:])
                end += t.end() if t else 0
            yield Hit(tid, {key: n + off, "relation": rel}, m.start(), end, prio=50)


@rule("字", "篇幅")
def _chinese_length(ctx: Ctx) -> Iterator[Hit]:
    """ "不超过200字" (at most 200 characters), "不要超过200字", "字数不少于300": a Chinese character
    count. Read as length:number_characters, as the dev sets' annotator does (Chinese text has no
    spaces between words, so the two character counts agree on it)."""
    rels = "|".join(sorted(_ZH_REL, key=len, reverse=True))
    pats = (
        rf"{_ZH_COUNT_LABEL}{_ZH_NEG}(?P<rel>{rels})\s*(?P<num>\d+)\s*(?:个?(?:汉字|中文字|字))?",
        rf"{_ZH_NEG}(?P<rel>{rels})\s*(?P<num>\d+)\s*个?(?:汉字|中文字|字)",
    )
    seen = set()
    for pat in pats:
        for m in _scan(pat, ctx, 0):
            if scoped_to_part(ctx, m.start()) or m.start("num") in seen:
                continue
            seen.add(m.start("num"))
            rel, off = _zh_relation(m)
            kw = {"num_chars": int(m.group("num")) + off, "relation": rel}
            yield Hit("length:number_characters", kw, m.start(), m.end())
    # "300字以内" / "300字以下" (within 300), "300字以上" (over 300: at least 300 in everyday use)
    for m in _scan(r"(?<![\d一-龥])(?P<num>\d+)\s*个?(?:汉字|中文字|字)(?P<dir>以内|之内|以下|以上)", ctx, 0):
        if scoped_to_part(ctx, m.start()) or m.start("num") in seen:
            continue
        n = int(m.group("num"))
        kw = {"num_chars": n, "relation": "at least"} if m.group("dir") == "以上" else {
            "num_chars": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit("length:number_characters", kw, m.start(), m.end())


# A cap word right after or right before a count ("two or three sentences max", "tops 3 or 4 lines",
# "3 or 4 sentences or fewer"): the count is a limit, not a range of two neighbours.
_CAP_AFTER = re.compile(
    r"\s*,?\s*(?:max(?:imum)?\b|tops\b|at\s+(?:the\s+)?most\b|or\s+(?:fewer|less|under)\b|max\.)", re.I
)
_CAP_BEFORE = re.compile(
    r"\b(?:max(?:imum)?(?:\s+of)?|tops|at\s+(?:the\s+)?most|up\s+to|no\s+more\s+than|not\s+more\s+than)\s*:?\s*$", re.I
)


def _cap_beside(ctx: Ctx, m: re.Match) -> bool:
    """Whether a cap word stands right after or before the matched count."""
    after = ctx.content[m.end() : ctx.unit.end]
    before = ctx.content[ctx.unit.start : m.start()]
    return bool(_CAP_AFTER.match(after) or _CAP_BEFORE.search(before))


@rule("sentence", "sentance")
def _number_sentences(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:sentences?|sentances?)\b(?!\s+(?:that|which|with|of))(?P<long>\s+long)?"
    )
    for m in _scan(pat, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if m.group("long") and not re.search(
            rf"\b(?:{_RESP}|reply|it)\s+(?:(?:should|must|needs\s+to|has\s+to)\s+be|is|be)\s+$", pre, _I
        ) and not re.search(  # "write me a little paragraph about Lyon, at least four sentences long": the one text
            r"\b(?:write|compose|draft|create|give|make)\s+(?:me\s+|us\s+)?(?:a|an|one)\s+[^,;.]*,\s*$", pre, _I
        ):
            continue  # "paragraphs at least 3 sentences long" counts per part; "the response is ... long" does not
        if scoped_to_part(ctx, m.start()):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            kw = {"num_sentences": rel[1], "relation": rel[0]}
            yield Hit("length_constraints:number_sentences", kw, m.start(), m.end())
    yield from _at_most_n(
        ctx,
        r"sentences?",
        lambda n: ("length_constraints:number_sentences", {"num_sentences": n + 1, "relation": "less than"}),
    )
    for m, rel_name, n in suffix_counts(ctx, r"sentences?\b"):  # ("5+ sentences" too)
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            kw = {"num_sentences": n, "relation": rel_name}
            yield Hit("length_constraints:number_sentences", kw, m.start(), m.end())
    # "2-4 sentences", "between 3 and 5 sentences": two constraints, one phrase; "one or two sentences": at most 2
    rng = (
        rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+|(?P<a2>\d+)\s*(?:-|–|to)\s*)(?P<b>{NUM})\s+sentences\b"
        r"(?!\s+(?:each|per))"
    )
    for m in _scan(rng, ctx, _I):
        lo, hi = parse_number(m.group("a") or m.group("a2")), parse_number(m.group("b"))
        if lo is None or hi is None or lo >= hi or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        s_id, g = "length_constraints:number_sentences", m.start()
        yield Hit(s_id, {"num_sentences": lo, "relation": "at least"}, m.start(), m.end(), prio=55, group=g)
        yield Hit(s_id, {"num_sentences": hi + 1, "relation": "less than"}, m.start(), m.end(), prio=55, group=g)
    # "3 or 4 sentences", "four or five sentences": a range of two neighbours (from one it is only a cap)
    not_of_text = r"(?!\s+(?:each|per|from|of|out|that|which|in\s+the)\b)"
    for m in _scan(rf"\b(?P<a>{NUM})\s+or\s+(?P<b>{NUM})\s+sentences\b{not_of_text}", ctx, _I):
        lo, hi = parse_number(m.group("a")), parse_number(m.group("b"))
        if lo is None or hi is None or lo < 2 or hi != lo + 1:
            continue
        if _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        pre = ctx.content[ctx.unit.start : m.start()]
        if re.search(rf"(?:{REL})\s*$", pre, _I) or _APPROX.search(pre):
            continue  # "at least 3 or 4 sentences", "about 3 or 4 sentences": no range stated
        if _cap_beside(ctx, m):
            continue  # "Two or three sentences max.": a cap, read by the cap rules
        s_id, g = "length_constraints:number_sentences", m.start()
        yield Hit(s_id, {"num_sentences": lo, "relation": "at least"}, m.start(), m.end(), prio=55, group=g)
        yield Hit(s_id, {"num_sentences": hi + 1, "relation": "less than"}, m.start(), m.end(), prio=55, group=g)
    one_or_two = r"\b(?:in\s+)?(?:just\s+|only\s+)?(?:one|1)\s+or\s+(?:two|2)\s+sentences\b(?!\s+(?:each|per))"
    for m in _scan(one_or_two, ctx, _I):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield Hit("length_constraints:number_sentences", {"num_sentences": 3, "relation": "less than"}, m.start(),
                      m.end(), prio=52)  # fmt: skip


# One sentence named before "sentence": "the first sentence", "your opening sentence", "the topic sentence".
_ONE_SENTENCE = re.compile(
    rf"\b(?:{_ORD}|last|final|opening|closing|topic|lead|thesis|intro(?:ductory)?|concluding|summary|one|single|"
    r"that|this)\s+$",
    _I,
)


def _word_cap(m: re.Match, n: int, neg: bool) -> int | None:
    """The most words a sentence may have by a count matched with an optional relation before it
    (group ``rel``) or a cap word after it (group ``suf``): N itself after "or fewer" / "max", one
    less than a "less than" bound before it ("under 12 words" -> 11), None for any other bound."""
    if m.group("suf"):
        return n
    rel = m.group("rel") and _relation(m.group("rel"), n, neg)
    if not rel or rel[0] != "less than":
        return None
    return rel[1] - 1


@rule("sentence")
def _max_words_per_sentence(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?:(?:each|every|all|any)\s+(?:of\s+your\s+|single\s+)?sentences?|sentences?|no\s+sentence)\s+"
        rf"(?:(?:should|must|has\s+to|have\s+to|needs?\s+to|may|can)\s+(?P<not>not\s+)?)?"
        rf"(?:(?:be|is|are|have|contain|stay|remain|run)\s+)?"
        rf"(?:to\s+)?(?P<rel>{REL})\s+(?P<num>{NUM})\s+words(?:\s+long)?"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _ONE_SENTENCE.search(ctx.content[ctx.unit.start : m.start()]):
            continue  # "the first sentence should be under 8 words": one sentence, not each
        neg = m.group(0).lower().startswith("no sentence") or bool(m.group("not")) or _negated(ctx, m.start())
        rel = _relation(m.group("rel"), n, neg)
        if rel and rel[0] == "less than" and rel[1] >= 2:
            yield Hit("length:max_words_per_sentence", {"max_words": rel[1] - 1}, m.start(), m.end(), prio=60)
    # "Keep every sentence to 10 words or fewer", "each sentence should be 12 words or less"
    pat = (
        rf"\b(?:(?:each|every|all|any)\s+(?:of\s+your\s+|single\s+)?sentences?|sentences?)\s+(?:(?:should|must|has\s+to|"
        rf"have\s+to|needs?\s+to|may|can)\s+)?(?:(?:be|have|contain|stay|remain|run|were|was|is|are)\s+)?(?:to\s+)?"
        rf"(?P<num>{NUM})\s+words\s*,?\s*or\s+(?:fewer|less|shorter|under)(?:\s+long)?"
    )
    yield from plain_counts(ctx, (pat,), "length:max_words_per_sentence", "max_words", 60)
    # "12 words or fewer per sentence", "no more than 15 words in each sentence"
    pat = (
        rf"\b(?:(?P<rel>{REL})\s+)?(?P<num>{NUM})\s+words\s*(?P<suf>,?\s*(?:or\s+(?:fewer|less)|max(?:imum)?|tops|at\s+most)\s+)?\s*"
        # ("max 25 words a sentence": the article as "per")
        r"(?:per|a|in\s+(?:each|every|any|a)|"
        rf"for\s+(?:each|every|any|a))\s+sentence\b"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        neg = _negated(ctx, m.start())
        if n is None or (m.group("rel") and m.group("suf")) or (neg and not m.group("rel")):
            continue
        # "Do not use more than 40 words in any sentence": the negation flips the bound
        cap = _word_cap(m, n, neg)
        if cap is not None and cap >= 1:
            yield Hit("length:max_words_per_sentence", {"max_words": cap}, m.start(), m.end(), prio=60)
    # "Keep every sentence to 20 words max", "keep each sentence short, 12 words max"
    pat = (
        rf"\b(?:each|every|all)\s+(?:single\s+)?sentences?\s+(?:(?:should|must|has\s+to|needs?\s+to)\s+)?"
        rf"(?:(?:be|stay|remain|run|kept|keep)\s+)?(?:(?:short|brief|tight|punchy)\s*,?\s*)?(?:to\s+|at\s+|under\s+)?"
        rf"(?P<num>{NUM})\s+words?\s*,?\s*(?:max(?:imum)?|tops|at\s+(?:the\s+)?most)\b"
    )
    yield from plain_counts(ctx, (pat,), "length:max_words_per_sentence", "max_words", 60)
    # "Short sentences, 6 words or less each", "sentences please, nothing over 12 words each": the
    # sentences named just before, the count of each after them
    pat = (
        rf"(?:(?P<rel>{REL})\s+)?(?P<num>{NUM})\s+words?\s*(?P<suf>,?\s*(?:or\s+(?:fewer|less|under)|max(?:imum)?|tops|"
        r"at\s+most))?\s*,?\s*(?:each|apiece)\b"
    )
    for m in _scan(pat, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        n = parse_number(m.group("num"))
        # ("Keep sentences short: 12 words max each": a colon between the noun and its count)
        if not n or not re.search(r"\bsentences\b[^.;!?]{0,40}$", pre, _I) or (m.group("rel") and m.group("suf")):
            continue
        if re.search(r"\b(?:bullets?|points?|items?|lines?|paragraphs?|tips?|ideas?|options?)\b", pre[-40:], _I):
            continue  # another plural noun closer to the count
        cap = _word_cap(m, n, _negated(ctx, m.start()))
        if cap is not None and cap >= 1:
            yield Hit("length:max_words_per_sentence", {"max_words": cap}, m.start(), m.end(), prio=60)
    # "make sure at least one sentence runs past 25 words"
    pat = (
        rf"\bat\s+least\s+one\s+(?:of\s+the\s+)?sentences?\s+(?:(?:should|must|has\s+to|needs\s+to)\s+)?(?:runs?|goes|go|is|be|"
        rf"stretches|stretch)\s+(?:past|over|beyond|longer\s+than|more\s+than)\s+(?P<num>{NUM})\s+words"
    )
    pat2 = (
        rf"\b(?:include|have|write|use)\s+(?:at\s+least\s+)?(?:one|a)\s+(?:(?:really|very)\s+)?(?:long\s+)?sentence\s+"
        rf"(?:that\s+is\s+|with\s+|of\s+|\(\s*)?(?:more|longer|over)(?:\s+than)?\s+(?P<num>{NUM})\s+words(?:\s+long)?\)?"
    )
    yield from plain_counts(ctx, (pat, pat2), "length:long_sentence", "max_words", 60)


@rule("character", "char")
def _number_characters(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+(?:characters?|chars)\b(?:\s+long)?", ctx, _I):
        if scoped_to_part(ctx, m.start()):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if not rel:
            continue
        nonspace = re.search(r"\b(?:not\s+counting|excluding|without(?:\s+counting)?|ignoring)\s+(?:the\s+)?"
                             r"(?:spaces|whitespace)|\bnon-?\s*(?:space|whitespace)\b", ctx.text, _I)  # fmt: skip
        tid = "length:number_nonspace_characters" if nonspace else "length:number_characters"
        yield Hit(tid, {"num_chars": rel[1], "relation": rel[0]}, m.start(), m.end())
    # "280 characters max", "250 non-space characters or fewer"
    for m, rel_name, n in suffix_counts(ctx, r"(?:(?P<ns>non-?\s*(?:white)?space)\s+)?(?:characters?|chars)\b"):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            tid = "length:number_nonspace_characters" if m.group("ns") else "length:number_characters"
            yield Hit(tid, {"num_chars": n, "relation": rel_name}, m.start(), m.end())


@rule("character")
def _characters_not_exceed(ctx: Ctx) -> Iterator[Hit]:
    """ "shall not exceed 160 characters" (at most), "exceed 100 characters" (more than)."""
    for m in _scan(rf"\b(?:not\s+exceed|exceed)\s+(?P<num>{NUM})\s+characters\b", ctx, _I):
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(
            "more than", n, m.group(0).lower().startswith("not") or _negated(ctx, m.start())
        )
        if rel and not scoped_to_part(ctx, m.start()):
            yield Hit("length:number_characters", {"num_chars": rel[1], "relation": rel[0]}, m.start(), m.end())


def lt_lines(n: int) -> dict:
    return {"num_lines": n, "relation": "less than"}


@rule("line")
def _number_lines(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+lines?\b(?!\s+of\s+code)(?:\s+of\s+text)?", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _COUNT_GUARD.search(pre):
            continue
        n = parse_number(m.group("num"))
        rel = n is not None and _relation(m.group("rel"), n, _negated(ctx, m.start()))
        if rel:
            yield Hit("length:number_lines", {"num_lines": rel[1], "relation": rel[0]}, m.start(), m.end(), prio=40)
    # "keep it to 5 lines", "in just 4 lines", "3 lines only"
    yield from _at_most_n(ctx, r"lines?", lambda n: ("length:number_lines", lt_lines(n + 1)))
    for m, rel_name, n in suffix_counts(ctx, r"lines?\b(?!\s+of\s+code)"):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield Hit("length:number_lines", {"num_lines": n, "relation": rel_name}, m.start(), m.end(), prio=40)


# A response of one line, asked for as such: "answer in a single line", "keep it to one line". The
# adjective on the task's object ("Write a one-line motto") is left alone: two of the three
# annotators of the dev sets read it as the kind of text, not a line count to hold the answer to.
_ONE_LINE = (
    r"\b(?:answer|respond|reply|write\s+(?:it|this|your\s+\w+)(?:\s+all)?|keep\s+(?:it|this|your\s+\w+)|fit\s+it)\s+"
    r"(?:in|on|to|within)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+line(?:\s+only)?\b(?!\s+(?:each|per|for\s+each))"
)


@rule("line")
def _one_line(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(_ONE_LINE, ctx, _I):
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield Hit("length:number_lines", {"num_lines": 2, "relation": "less than"}, m.start(), m.end(), prio=40)


# "paragraphs" and the ways people misspell it (dropped, doubled and swapped letters)
_PARA = (
    r"(?:paragraphs?|paragrahs?|paragaphs?|pargraphs?|paragraps?|paraghraphs?|paragrahps?|paragrpahs?|paragarphs?|"
    r"pragraphs?|parapgraphs?|paragraoh?s?|paragrapghs?|paragraphes|paragraph's|paras)"
)
_DIVIDER = r"(?:\*\s*\*\s*\*|markdown\s+divider)"
# A poem's stanzas are its blank-line blocks when the prompt says they are separated so.
_STANZA_BLANK = re.compile(r"\b(?:blank|empty)\s+lines?\b|\bline\s+breaks?\s+between\b|\bdouble\s+line\s+breaks?\b", _I)


@rule("parag", "pargr", "pragr", "stanza", "paras")
def _paragraphs(ctx: Ctx) -> Iterator[Hit]:
    text = ctx.text
    has_divider = re.search(_DIVIDER, text, _I)
    para = rf"(?:{_PARA}|stanzas?)" if _STANZA_BLANK.search(text) else _PARA
    for m in _scan(rf"(?:(?P<rel>{REL}|{_EXACT})\s+)?(?P<num>{NUM})\s+{para}\b", ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or _COUNT_GUARD.search(ctx.content[ctx.unit.start : m.start()]):
            continue
        rel_text = m.group("rel")
        neg = _negated(ctx, m.start())
        if has_divider and (rel_text is None or re.fullmatch(_EXACT, rel_text, _I)):
            d = re.compile(_DIVIDER, _I).search(ctx.content, m.end(), ctx.unit.end)
            end = d.end() if d else m.end()
            tid = "length_constraints:not_number_paragraphs" if neg else "length_constraints:number_paragraphs"
            yield Hit(tid, {"num_paragraphs": n}, m.start(), end)
        elif rel_text and not has_divider and not re.fullmatch(_EXACT, rel_text, _I):
            rel = _relation(rel_text, n, neg)
            if rel:
                kw = {"num_paragraphs": rel[1], "relation": rel[0]}
                yield Hit("length:number_paragraphs_blankline", kw, m.start(), _blank_tail(ctx, m.end()), prio=40)
    if not has_divider:  # "3-4 paragraphs", "between two and four paragraphs": two constraints, one phrase
        rng = rf"\b(?:between\s+(?P<a>{NUM})\s+and\s+|(?P<a2>\d+)\s*(?:-|–|to)\s*)(?P<b>{NUM})\s+{para}\b"
        for m in _scan(rng, ctx, _I):
            lo, hi = parse_number(m.group("a") or m.group("a2")), parse_number(m.group("b"))
            if lo is None or hi is None or lo >= hi or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
                continue
            end, g = _blank_tail(ctx, m.end()), m.start()
            yield Hit(P_ID, {"num_paragraphs": lo, "relation": "at least"}, m.start(), end, prio=55, group=g)
            yield Hit(P_ID, {"num_paragraphs": hi + 1, "relation": "less than"}, m.start(), end, prio=55, group=g)
    if not has_divider:  # "2 paragraphs max", "3 paragraphs or more"
        for m, rel_name, n in suffix_counts(ctx, rf"{para}\b"):
            if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
                kw = {"num_paragraphs": n, "relation": rel_name}
                yield Hit("length:number_paragraphs_blankline", kw, m.start(), _blank_tail(ctx, m.end()), prio=40)


_BLANK_TAIL = re.compile(
    r"\s*,?\s*(?:(?:each\s+|all\s+)?(?:separated|divided|split)\s+by|with)\s+(?:a\s+|single\s+|one\s+|an\s+)?"
    r"(?:blank|empty)\s+lines?(?:\s+(?:in\s+)?between(?:\s+(?:them|each|each\s+one|paragraphs|stanzas))?)?"
    # "separados por una línea en blanco", "séparés par une ligne vide", "durch eine Leerzeile getrennt"
    r"|\s*,?\s*(?:separad[oa]s|séparés|separati|separados)\s+(?:por|par|da|de)\s+(?:una?|une)?\s*"
    r"(?:l[íi]neas?\s+en\s+blanco|lignes?\s+vides?|righe\s+vuot[ae]|riga\s+vuota|linhas?\s+em\s+branco)"
    r"|\s*,?\s*durch\s+(?:eine\s+)?Leerzeilen?\s+getrennt",
    _I,
)


def _blank_tail(ctx: Ctx, end: int) -> int:
    """Where a paragraph count ends with its "separated by blank lines" (which states the same constraint)."""
    t = _BLANK_TAIL.match(ctx.content, end, ctx.unit.end)
    return t.end() if t else end


@rule("para", "pargr")
def _nth_paragraph(ctx: Ctx) -> Iterator[Hit]:
    word = rf"(?:the\s+(?:word|term)\s+)?(?:{QUOTED}|(?P<bare>[A-Za-z][\w'-]*))"
    # "the third one must open with the word Now": "one" stands for a paragraph counted in the same unit
    para = r"(?:paragraph|para|(?P<one>one))"
    pats = [
        # ("para 2 begins with", "paragraph #3 opens with", "paragraph no. 2 starts with")
        rf"\b(?:(?:paragraph|para)\s+(?:number\s+|no\.?\s*|#\s*)?(?P<k>\d+|{NUM})|(?:the\s+)?(?P<o>{_ORD}|last|final)\s+{para})\s+"
        rf"(?:(?:must|should|"
        rf"has\s+to|needs\s+to|will|is\s+to|shall)\s+)?(?:start|begin|open)(?:s|ing|ed)?\s+with\s+(?P<w>{word})",
        rf"\b(?:start|begin|open)\s+(?:the\s+)?(?:(?P<o2>{_ORD}|last|final)\s+{para.replace('one>', 'one2>')}|"
        r"(?:paragraph|para)\s+(?:number\s+|no\.?\s*|#\s*)?"
        rf"(?P<k2>\d+|{NUM}))\s+with\s+(?P<w2>{word})",
    ]
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            k_text = m.groupdict().get("k") or m.groupdict().get("k2")
            o_text = m.groupdict().get("o") or m.groupdict().get("o2")
            k = parse_number(k_text) if k_text else _ordinal(o_text or "")
            w_text = m.groupdict().get("w") or m.groupdict().get("w2") or ""
            wq = re.search(QUOTED, w_text)
            first = _unquote(wq.group(0)) if wq else w_text.split()[-1]
            if not k or (k < 1 and k != -1) or not first or " " in first:
                continue
            # the paragraph count: in this unit, or the nearest mention before it in the message
            para_count = rf"(?P<num>{NUM})(?:\s+|-)(?:paragraphs?|paras)\b"
            counts = list(re.finditer(para_count, ctx.content[: ctx.unit.end], _I))
            one = m.groupdict().get("one") or m.groupdict().get("one2")
            if not counts or (one and counts[-1].start() < ctx.unit.start):
                continue
            c = counts[-1]
            n = parse_number(c.group("num"))
            k = n if k == -1 and n else k  # "the last paragraph" is the n-th
            if not n or k > n:
                continue
            start = c.start() if c.start() >= ctx.unit.start else m.start()
            neg = _negated(ctx, start, 7)
            tid = (
                "length_constraints:not_nth_paragraph_first_word"
                if neg
                else "length_constraints:nth_paragraph_first_word"
            )
            kw = {"num_paragraphs": n, "nth_paragraph": k, "first_word": first}
            yield Hit(tid, kw, start, m.end(), prio=80)


# A limit stated as what a venue or box allows: "The department caps it at 1,000 words", "LinkedIn caps
# headlines at 220 characters", "the portal limits abstracts to 1,200 characters", "Must fit in 280 characters",
# "The box fits 200 characters, not counting spaces, so stay under that".
_CAP_VERB = (
    r"\b(?:caps?|capped|limits?|limited|restricts?|restricted)\s+(?:(?:it|them|this|these|those|you|each|the|your|"
    r"[\w-]+s)\s+){0,2}(?:at|to)\s+(?:a\s+(?:max(?:imum)?|limit|total)\s+of\s+)?"
    r"|\b(?:fits?|fitting)\s+(?:(?:in|into|within|under)\s+)?(?:(?:just|only|a\s+maximum\s+of|max)\s+)?"
)
_CAP_NOUN = r"(?P<noun>words?|characters?|chars)\b"


@rule("cap", "limit", "restrict", "fit")
def _venue_caps(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(rf"(?:{_CAP_VERB})(?P<num>{NUM})\s+{_CAP_NOUN}", ctx, _I):
        n = parse_number(m.group("num"))
        pre = ctx.content[ctx.unit.start : m.start()]
        if n is None or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        if re.search(r"\b(?:why|how|whether|explain\w*|about|history|if|when)\b", pre, _I):
            continue  # "Explain why Twitter limits posts to 280 characters": the limit is the topic
        rest = ctx.content[m.end() : ctx.unit.end]
        if re.match(r"\s+(?:each|per|apiece)\b|\s+(?:of|from)\b", rest, _I):
            continue
        # "..., so stay under that": strictly under the limit; otherwise the limit itself is allowed
        under = re.search(r"\b(?:stay|keep\s+(?:it|this|the\s+\w+))\s+(?:well\s+)?(?:under|below)\s+(?:that|it|this)\b",
                          rest, _I)  # fmt: skip
        kw_n, rel = (n, "less than") if under else (n + 1, "less than")
        if m.group("noun").lower().startswith("word"):
            yield Hit(W_ID, {"num_words": kw_n, "relation": rel}, m.start(), m.end())
            continue
        nonspace = re.search(r"\b(?:not\s+counting|excluding|without(?:\s+counting)?|ignoring)\s+(?:the\s+)?"
                             r"(?:spaces|whitespace)|\bnon-?\s*(?:space|whitespace)\b", ctx.text, _I)  # fmt: skip
        tid = "length:number_nonspace_characters" if nonspace else "length:number_characters"
        tail = re.match(r",?\s*(?:not\s+counting|excluding|including|with(?:out)?)\s+(?:the\s+)?spaces\b", rest, _I)
        yield Hit(tid, {"num_chars": kw_n, "relation": rel}, m.start(), m.end() + (tail.end() if tail else 0))


# --- session 4 (dev6): more wordings of the same counts ----------------------------------------


@rule("word-")
def _hyphenated_word_limit(ctx: Ctx) -> Iterator[Hit]:
    """ "a 400-word-minimum feature", "a 150-word-max blurb", "the 90-word-limit bio": the limit
    hyphenated onto the count as one adjective."""
    pat = rf"\b(?P<num>\d+|{NUM})-words?-(?P<lim>minimum|min|maximum|max|limit|cap|ceiling|floor)\b"
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        pre = ctx.content[ctx.unit.start : m.start()]
        if n is None or _negated(ctx, m.start()) or _COUNT_GUARD.search(pre) or scoped_to_part(ctx, m.start()):
            continue
        if re.search(r"\b(?:about|regarding|on|of)\s+(?:the|a|an|our|their|this)\s+$", pre, _I):
            continue  # "an essay about the 400-word-minimum rule": the topic
        kw = {"num_words": n, "relation": "at least"} if m.group("lim").lower() in ("minimum", "min", "floor") else {
            "num_words": n + 1, "relation": "less than"}  # fmt: skip
        yield Hit(W_ID, kw, m.start(), m.end(), prio=52)


@rule("sentence")
def _sentences_of_n_words(ctx: Ctx) -> Iterator[Hit]:
    """ "sentences of 22 words max", "sentences under 15 words", "short sentences of no more than 12
    words", "sentences capped at 20 words": the sentences named, then the cap on each one. (A count
    of sentences before them, "3 sentences of 20 words max", still caps each one; "5 sentences, 100
    words max" is two counts and is left to the other rules.)"""
    pats = (
        rf"\bsentences?\s+(?:of|at|with|under|capped\s+at|kept\s+(?:to|under|at))\s+(?:(?P<rel>{REL})\s+)?"
        rf"(?P<num>{NUM})\s+words?(?:\s+long)?(?P<suf>\s*,?\s*(?:max(?:imum)?|tops|at\s+(?:the\s+)?most|or\s+(?:fewer|less|"
        r"shorter|under)))?\b",
        rf"\bsentences?\s+(?:no|not)\s+(?:longer|more)\s+than\s+(?P<num2>{NUM})\s+words?\b",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            if _negated(ctx, m.start()) or re.search(r"\b(?:one|a|single)\s+(?:\w+\s+)?$", pre, _I):
                continue  # "one sentence of 40 words": a single sentence, no cap on each
            if i == 1:
                n = parse_number(m.group("num2"))
                cap = n
            else:
                n = parse_number(m.group("num"))
                if n is None:
                    continue
                lead = m.group(0).lower().split()[1]
                if m.group("rel") and m.group("suf"):
                    continue
                if m.group("rel"):
                    rel = _relation(m.group("rel"), n, False)
                    if not rel or rel[0] != "less than":
                        continue
                    cap = rel[1] - 1
                elif m.group("suf") or lead in ("under",):
                    cap = n - 1 if lead == "under" and not m.group("suf") else n
                elif lead in ("capped", "kept"):
                    cap = n
                else:
                    continue  # "sentences of 20 words": a length, not a cap
            if cap and cap >= 1:
                yield Hit("length:max_words_per_sentence", {"max_words": cap}, m.start(), m.end(), prio=61)


@rule("sentence")
def _at_least_one_long_sentence(ctx: Ctx) -> Iterator[Hit]:
    """ "give him at least one sentence longer than 40 words", "at least one sentence should run past
    30 words", "work in at least one 40+-word sentence": one long sentence, whatever the verb."""
    longer = r"(?:longer\s+than|more\s+than|over|above|exceeding|past|beyond|of\s+(?:more|over)(?:\s+than)?)"
    pats = (
        rf"\bat\s+least\s+(?:one|a\s+single|1)\s+(?:(?:really|very|long|run-on|rambling)\s+)*sentences?\s+"
        rf"(?:(?:that|which)\s+)?(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?(?:(?:is|be|runs?|goes|go|stretch(?:es)?|"
        rf"with|that\s+is)\s+)?{longer}\s+(?P<num>{NUM})\s+words(?:\s+long)?",
        r"\bat\s+least\s+(?:one|a\s+single|1)\s+(?P<num2>\d+)\s*\+?-?\s*word\s+sentence\b",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            n = parse_number(m.group("num") if m.groupdict().get("num") else m.group("num2"))
            if n and not _negated(ctx, m.start()):
                yield Hit("length:long_sentence", {"max_words": n}, m.start(), m.end(), prio=61)


# --- session 4 (dev6): counts asked for in Korean, Hindi, Turkish and Arabic ----------------------
# Each language's counted nouns (type id, kwarg) and its relation words before or after the count.
# Digits come in any script (int() reads "१२" and "١٠٠"); small numbers also as words.

_KO_NUMS = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
            "여덟": 8, "아홉": 9, "열": 10}  # fmt: skip
_HI_NUMS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
            "दस": 10}  # fmt: skip
_TR_NUMS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10}
_AR_NUMS = {"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
            "عشر": 10, "عشرة": 10}  # fmt: skip

_KO_NOUNS = {"단어": (W_ID, "num_words"), "문장": ("length_constraints:number_sentences", "num_sentences"),
             "줄": ("length:number_lines", "num_lines"), "행": ("length:number_lines", "num_lines"),
             "문단": (P_ID, "num_paragraphs"), "단락": (P_ID, "num_paragraphs"),
             "글자": ("length:number_characters", "num_chars")}  # fmt: skip
_HI_NOUNS = (
    (r"शब्द(?:ों)?", W_ID, "num_words"),
    (r"वाक्य(?:ों)?", "length_constraints:number_sentences", "num_sentences"),
    (r"पंक्ति(?:याँ|यां|यों)?|लाइन(?:ें|ों)?", "length:number_lines", "num_lines"),
    (r"अनुच्छेद(?:ों)?|पैराग्राफ़?(?:ों)?", P_ID, "num_paragraphs"),
)
_TR_NOUNS = (
    (r"(?:kelime|sözcük)", W_ID, "num_words"),
    (r"cümle", "length_constraints:number_sentences", "num_sentences"),
    (r"satır", "length:number_lines", "num_lines"),
    (r"paragraf", P_ID, "num_paragraphs"),
    (r"karakter", "length:number_characters", "num_chars"),
)
_AR_NOUNS = (
    (r"كلمة|كلمات", W_ID, "num_words"),
    (r"جملة|جمل", "length_constraints:number_sentences", "num_sentences"),
    (r"سطر|أسطر|سطور", "length:number_lines", "num_lines"),
    (r"فقرة|فقرات", P_ID, "num_paragraphs"),
)
_DIGITS = r"\d+"


def _num_any(text: str, words: dict[str, int]) -> int | None:
    t = text.strip()
    if t.isdigit():
        return int(t)
    return words.get(t.lower())


def _kw(tid: str, key: str, n: int, rel: str) -> tuple[str, dict]:
    if tid == "length:number_characters":
        return tid, {"num_chars": n, "relation": rel}
    return tid, {key: n, "relation": rel}


@rule("단어", "문장", "줄", "행", "문단", "단락", "글자")
def _korean_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "300단어 이내로", "다섯 줄 이하로", "최소 200단어", "3문장 미만", "500글자를 넘지 않게"."""
    nums = "|".join(sorted(_KO_NUMS, key=len, reverse=True))
    nouns = "|".join(sorted(_KO_NOUNS, key=len, reverse=True))
    pat = (
        rf"(?:(?P<pre>최소한?|적어도|최대|많아야)\s*)?(?P<num>{_DIGITS}|{nums})\s*(?P<noun>{nouns})\s*"
        r"(?:(?:을|를|은|는|이|가)(?![하내상])\s*)?(?P<suf>이내|이하|미만|이상|초과|넘게|넘지\s*(?:않|말)|안쪽|까지)?"
        r"(?:(?<=넘지\s않)\w*|(?<=넘지않)\w*|(?<=넘지\s말)\w*|(?<=넘지말)\w*)?"
    )
    for m in _scan(pat, ctx, 0):
        n = _num_any(m.group("num"), _KO_NUMS)
        pre, suf = m.group("pre"), (m.group("suf") or "").replace(" ", "")
        if not n or not (pre or suf) or (pre and suf and not suf.startswith(("이내", "이하", "이상"))):
            continue
        if suf in ("이내", "이하", "안쪽", "까지") or suf.startswith("넘지") or pre in ("최대", "많아야"):
            rel, k = "less than", n + 1
        elif suf == "미만":
            rel, k = "less than", n
        elif suf in ("초과", "넘게"):
            rel, k = "at least", n + 1
        else:
            rel, k = "at least", n
        tid, kw = _kw(*_KO_NOUNS[m.group("noun")], k, rel)
        yield Hit(tid, kw, m.start(), m.end(), prio=50)


_HI_MOST = r"(?:(?:ज़|ज़|ज)्यादा\s*-?\s*से\s*-?\s*(?:ज़|ज़|ज)्यादा|अधिक\s*-?\s*से\s*-?\s*अधिक|अधिकतम|ज़्यादातर\s+से)"
_HI_LEAST = r"(?:कम\s*-?\s*से\s*-?\s*कम|न्यूनतम|कम\s+से\s+कम)"


@rule("शब्द", "वाक्य", "पंक्ति", "लाइन", "अनुच्छेद", "पैराग्राफ")
def _hindi_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "ज़्यादा से ज़्यादा 12 पंक्तियाँ", "कम से कम 200 शब्द", "100 शब्दों से कम", "150 शब्दों तक"."""
    nums = "|".join(sorted(_HI_NUMS, key=len, reverse=True))
    for noun, tid, key in _HI_NOUNS:
        pat = (
            rf"(?:(?P<most>{_HI_MOST})|(?P<least>{_HI_LEAST}))?\s*(?P<num>{_DIGITS}|{nums})\s+(?:{noun})"
            r"(?:\s+(?P<suf>से\s+कम|से\s+(?:ज़|ज़|ज)्यादा|से\s+अधिक|तक|के\s+(?:अंदर|भीतर)))?"
        )
        for m in _scan(pat, ctx, 0):
            n = _num_any(m.group("num"), _HI_NUMS)
            suf = m.group("suf") or ""
            if not n or not (m.group("most") or m.group("least") or suf):
                continue
            if m.group("most") or suf in ("तक",) or suf.startswith("के"):
                rel, k = "less than", n + 1
            elif m.group("least"):
                rel, k = "at least", n
            elif suf == "से कम":
                rel, k = "less than", n
            else:
                rel, k = "at least", n + 1
            yield Hit(*_kw(tid, key, k, rel), m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), prio=50)


@rule("kelime", "sözcük", "cümle", "satır", "paragraf", "karakter")
def _turkish_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "en az 200 kelime", "en fazla 3 paragraf", "100 kelimeden az", "150 kelimeyi geçmesin"."""
    nums = "|".join(sorted(_TR_NUMS, key=len, reverse=True))
    for noun, tid, key in _TR_NOUNS:
        pat = (
            rf"(?<![\w])(?:(?P<pre>en\s+az|en\s+fazla|en\s+çok|asgari|azami|minimum|maksimum)\s+)?(?P<num>{_DIGITS}|{nums})\s+"
            rf"{noun}(?P<case>den|dan|yi|yı|i|ı|lik|lük)?(?:\s+(?P<suf>az|daha\s+az|kısa|fazla|daha\s+fazla|uzun|"
            r"geçme\w*|aşma\w*|geçmeyecek\w*))?(?![\w])"
        )
        for m in _scan(pat, ctx, _I):
            n = _num_any(m.group("num"), _TR_NUMS)
            pre = (m.group("pre") or "").lower()
            suf = (m.group("suf") or "").lower()
            case = (m.group("case") or "").lower()
            if not n or not (pre or suf):
                continue
            if suf and not pre:
                if suf.startswith(("geçme", "aşma", "geçmeyecek")) and case in ("yi", "yı", "i", "ı"):
                    rel, k = "less than", n + 1
                elif case in ("den", "dan") and suf.endswith(("az", "kısa")):
                    rel, k = "less than", n
                elif case in ("den", "dan") and suf.endswith(("fazla", "uzun")):
                    rel, k = "at least", n + 1
                else:
                    continue
            elif pre in ("en az", "asgari", "minimum"):
                rel, k = "at least", n
            else:
                rel, k = "less than", n + 1
            yield Hit(*_kw(tid, key, k, rel), m.start(), m.end(), prio=50)


@rule("كلم", "جمل", "سطر", "أسطر", "سطور", "فقر")
def _arabic_counts(ctx: Ctx) -> Iterator[Hit]:
    """ "أقل من ١٠٠ كلمة", "على الأقل 3 فقرات", "لا يزيد عن 50 كلمة", "أكثر من 200 كلمة"."""
    nums = "|".join(sorted(_AR_NUMS, key=len, reverse=True))
    rels = {
        "أقل من": ("less than", 0), "اقل من": ("less than", 0), "أكثر من": ("at least", 1), "اكثر من": ("at least", 1),
        "على الأقل": ("at least", 0), "لا يقل عن": ("at least", 0), "لا تقل عن": ("at least", 0),
        "لا يزيد عن": ("less than", 1), "لا تزيد عن": ("less than", 1), "لا يتجاوز": ("less than", 1),
        "لا تتجاوز": ("less than", 1), "بحد أقصى": ("less than", 1), "كحد أقصى": ("less than", 1),
        "حد أقصى": ("less than", 1), "بحد أدنى": ("at least", 0), "كحد أدنى": ("at least", 0),
    }  # fmt: skip
    alt = "|".join(sorted((re.escape(r).replace(r"\ ", r"\s+") for r in rels), key=len, reverse=True))
    for noun, tid, key in _AR_NOUNS:
        for m in _scan(rf"(?P<rel>{alt})\s+(?P<num>{_DIGITS}|{nums})\s+(?:{noun})", ctx, 0):
            n = _num_any(m.group("num"), _AR_NUMS)
            if not n:
                continue
            rel, off = rels[re.sub(r"\s+", " ", m.group("rel"))]
            yield Hit(*_kw(tid, key, n + off, rel), m.start(), m.end(), prio=50)


@rule("strof", "estrof", "strophe")
def _foreign_stanzas_with_divider(ctx: Ctx) -> Iterator[Hit]:
    """ "Esattamente tre strofe, separate da ***", "exactamente 4 estrofas separadas por ***", "genau drei
    Strophen, getrennt durch ***": a poem's stanzas counted with the IFEval divider."""
    if not re.search(_DIVIDER, ctx.text, _I):
        return
    exact = r"(?:(?:exactamente|exactement|genau|esattamente|exatamente|solo|solamente|nur|seulement)\s+)?"
    pat = rf"(?<![\w-]){exact}(?P<num>{_FNUM})\s+(?:strofe|strofa|estrofas?|strophes?|strophen|estrofes?)\b"
    for m in _scan(pat, ctx, _I):
        n = _fnum(m.group("num"))
        d = re.compile(_DIVIDER, _I).search(ctx.content, m.end(), ctx.unit.end)
        if n and d and not _foreign_each(ctx, m.start()) and not _foreign_negation(ctx, m.start(), ""):
            yield Hit("length_constraints:number_paragraphs", {"num_paragraphs": n}, m.start(), d.end(), prio=55)


# --- session 4 (dev7): chat-speak caps, per-reply counts, exact word counts, blocks split by *** -------

_LEN_NOUNS = (
    (r"(?:words?|wrds?|wrods?)", W_ID, "num_words"),
    (r"(?:sentences?|sentances?|senetences?)", "length_constraints:number_sentences", "num_sentences"),
    (r"lines?(?!\s+of\s+code)", "length:number_lines", "num_lines"),
    (r"(?:characters?|chars?)", "length:number_characters", "num_chars"),
)
# one reply of a bot: "per reply", "in each response", "for every answer" is the whole text the type counts
_PER_REPLY = (
    r"(?:per|in\s+(?:each|every|any|a|one)|for\s+(?:each|every|any|a))\s+(?:single\s+)?(?:reply|replies|response|"
    r"answer|message|msg|turn|output|comment)\b"
)
_SUFFIX_CAP = (
    r"(?P<cap>max(?:imum)?|tops|at\s+(?:the\s+)?most|or\s+(?:fewer|less|under|below)|minimum|min|at\s+(?:the\s+)?least|"
    r"or\s+more|and\s+up)"
)


def _whole_text_scope(ctx: Ctx, pos: int, noun: str) -> bool:
    """scoped_to_part, with "every sentence" read away when the count is of sentences: a count of
    sentences cannot be a count inside one sentence ("end every sentence with an emoji, never more
    than 4 sentences per reply")."""
    pre = ctx.content[ctx.unit.start : pos]
    blanked = re.sub(rf"\b(?:each|every|any)\s+(?:single\s+)?{noun}\b", lambda m: " " * len(m.group()), pre, flags=_I)
    return not scoped_to_part(Ctx(ctx.content[: ctx.unit.start] + blanked + ctx.content[pos:], ctx.unit), pos)


def _cap_kwargs(key: str, cap: str, n: int) -> dict:
    if re.match(r"min|at\s+(?:the\s+)?least|or\s+more|and\s+up", cap, _I):
        return {key: n, "relation": "at least"}
    return {key: n + 1, "relation": "less than"}


@rule("per", "each", "every", "for a")
def _counts_per_reply(ctx: Ctx) -> Iterator[Hit]:
    """A length asked of each reply ("Four sentences max per reply.", "never more than 4
    sentences per reply", "keep it under 60 words per response"): in a bot's rules each reply is the
    whole response, which the generic rules leave alone since "per" usually names a part."""
    for noun, tid, key in _LEN_NOUNS:
        pats = (
            rf"(?P<rel>{REL})\s+(?P<num>{NUM})\s+{noun}\s+{_PER_REPLY}",
            rf"\b(?P<num>{NUM})\s+{noun}\s*,?\s*{_SUFFIX_CAP}\s+{_PER_REPLY}",
        )
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                n = parse_number(m.group("num"))
                if n is None or n < 1 or not _whole_text_scope(ctx, m.start(), noun.split("?")[0].strip("(:")):
                    continue
                if m.groupdict().get("rel"):
                    rel = _relation(m.group("rel"), n, _negated(ctx, m.start()))
                    if not rel:
                        continue
                    kw = {key: rel[1], "relation": rel[0]}
                else:
                    if _negated(ctx, m.start()):
                        continue
                    kw = _cap_kwargs(key, m.group("cap"), n)
                yield Hit(tid, kw, m.start(), m.end(), prio=52)


# the start of a clause: the unit's start, or right after a separator (an "and" may follow it)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:(\-–—.!?]|\s[-–—])\s*(?:(?:and|but|&)\s+)?$")


@rule("tops", "like", "like max")
def _chat_caps(ctx: Ctx) -> Iterator[Hit]:
    """Chat-speak caps: "tops 30 words" (the cap word first), "like 50 words or less" (a filler
    "like" before a count with a hard bound, which is no rough guide)."""
    lead = r"(?:(?<![\w'’-])(?:(?:and|but|&)\s+)?)"
    for noun, tid, key in _LEN_NOUNS:
        pats = (
            rf"{lead}(?P<pre>tops|like\s+max(?:imum)?|like\s+tops)\s+(?P<num>{NUM})\s+{noun}\b",
            rf"{lead}like\s+(?P<num>{NUM})\s+{noun}\s*,?\s*(?P<cap>max(?:imum)?|tops|at\s+(?:the\s+)?most|or\s+(?:fewer|less|under))\b",
        )
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                n = parse_number(m.group("num"))
                if n is None or n < 1 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
                    continue
                if not _CLAUSE_OPEN.search(ctx.content[ctx.unit.start : m.start()]):
                    continue  # "it tops 30 words" (exceeds): the cap word must open its clause
                if re.match(r"\s+(?:each|per|apiece|in\s+each|for\s+each)\b", ctx.content[m.end() : ctx.unit.end], _I):
                    continue
                yield Hit(tid, {key: n + 1, "relation": "less than"}, m.start(), m.end(), prio=50)


@rule("exactly", "precisely")
def _exact_word_count(ctx: Ctx) -> Iterator[Hit]:
    """ "exactly 100 words" (a drabble): both bounds, as "between 100 and 100 words" would give."""
    pat = (
        rf"\b(?:exactly|precisely)\s+(?P<num>{NUM})\s+words\b(?!\s*(?:long(?:er)?\s+than|shorter|more|fewer|less|each|per|"
        r"apiece|in\s+(?:each|every|all\s+caps|capital)|from|of\b|that|which|starting|beginning|ending|in\s+length\s+each))"
    )
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.group("num"))
        if n is None or n < 2 or _negated(ctx, m.start()) or scoped_to_part(ctx, m.start()):
            continue
        if _ACTS_ON_WORDS.search(ctx.content[ctx.unit.start : m.start()]):
            continue  # "bold exactly 3 words": words acted on, not the length
        g = m.start()
        yield Hit(W_ID, {"num_words": n, "relation": "at least"}, m.start(), m.end(), prio=50, group=g)
        yield Hit(W_ID, {"num_words": n + 1, "relation": "less than"}, m.start(), m.end(), prio=50, group=g)


# a one-line answer said alone between commas with a marker of request: "..., one line pls", "one line only."
# (bare "one line, no period" may name the kind of text: left alone)
_LONE_ONE_LINE = (
    r"(?<![\w'’-])(?:(?:just|only)\s+(?:one|1|a\s+single|single)\s+line(?:\s+(?:pls|plz|please))?|(?:one|1|a\s+single|single)"
    r"\s+line\s+(?:only|max|tops|pls|plz|please)(?:\s+(?:pls|plz|please))?)(?=\s*(?:[.,;!)]|$))"
)


@rule("line")
def _lone_one_line(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(_LONE_ONE_LINE, ctx, _I):
        if not _CLAUSE_OPEN.search(ctx.content[ctx.unit.start : m.start()]):
            continue  # "write one line of dialogue": the phrase must stand alone in its clause
        if not _negated(ctx, m.start()) and not scoped_to_part(ctx, m.start()):
            yield Hit("length:number_lines", {"num_lines": 2, "relation": "less than"}, m.start(), m.end(), prio=40)


# verses / stanzas / "N-paragraph" with *** between them: the divider's paragraph count
_DIV_BLOCK = r"(?:verses?|stanzas?|parts?|chunks?|blocks?)"
_DIV_NEXT = re.compile(
    r"\s*(?:the\s+|your\s+)?(?:paragraphs?|paras|verses?|stanzas?)\s+(?:(?:should|must|need\s+to)\s+be\s+|are\s+)?"
    r"(?:separated|divided|split)\s+(?:by|with)\s+(?:a\s+)?(?:\*\s*\*\s*\*|markdown\s+divider)",
    _I,
)


@rule("verse", "stanza", "part", "chunk", "block", "-parag")
def _divided_blocks(ctx: Ctx) -> Iterator[Hit]:
    """ "Exactly 3 verses, with *** between them", "a 3-paragraph summary. paragraphs separated
    by ***": blocks cut by the markdown divider, which length_constraints:number_paragraphs counts."""
    text = ctx.text
    has_divider = re.search(_DIVIDER, text, _I)
    if has_divider:
        pat = (
            rf"\b(?:(?:exactly|precisely|just)\s+)?(?P<num>{NUM})\s+{_DIV_BLOCK}\b"
            rf"|\b(?P<num2>{NUM})-(?:{_PARA}|verse|stanza)\b"
        )
    elif _DIV_NEXT.match(ctx.content, ctx.unit.end):
        pat = rf"\b(?P<num2>{NUM})-(?:{_PARA}|verse|stanza)\b"
    else:
        return
    for m in _scan(pat, ctx, _I):
        n = parse_number(m.groupdict().get("num") or m.group("num2"))
        if n is None or n < 1 or _COUNT_GUARD.search(ctx.content[ctx.unit.start : m.start()]):
            continue
        pre = ctx.content[ctx.unit.start : m.start()]
        if re.search(rf"(?:{REL})\s*$", pre, _I):
            continue  # "at least 3 verses": no exact count
        neg = _negated(ctx, m.start())
        tid = "length_constraints:not_number_paragraphs" if neg else "length_constraints:number_paragraphs"
        d = re.compile(_DIVIDER, _I).search(ctx.content, m.end(), ctx.unit.end) if has_divider else None
        yield Hit(tid, {"num_paragraphs": n}, m.start(), d.end() if d else m.end(), prio=45)


# sentences as people type them
_SENT_TYPO = r"(?:sentences?|sentances?|senetences?|sentenses?|setences?|sentnces?|sentecnes?)"
_MWS_MORE = (
    # "Keep sentences to 25 words max", "keep your sentences short, 15 words or less", "hold sentences at 20 words tops"
    rf"\b(?:keep|hold|limit|cap)\s+(?:(?:your|the|all|my|each|every)\s+)?(?:single\s+)?{_SENT_TYPO}\s+(?:short\s*,?\s*|brief\s*,?\s*)?"
    rf"(?:to|at|under|within)?\s*(?P<num>{NUM})\s+words?\s*,?\s*(?:max(?:imum)?|tops|at\s+(?:the\s+)?most|or\s+(?:fewer|less|under|shorter))\b",
    # "short sentences: nothing over 15 words", "sentences - none longer than 20 words"
    rf"\b{_SENT_TYPO}\s*(?:[:,(]|\s[-–—])\s*(?:nothing|none|no\s+(?:one|sentence))\s+(?:(?:should|may|can)\s+(?:be|go|run)\s+)?"
    rf"(?:over|longer\s+than|above|more\s+than|past|beyond)\s+(?P<num2>{NUM})\s+words?",
    # "Limit each sentence to 15 words", "cap every sentence at 20 words": the verb's "to" / "at" is the cap
    rf"\b(?:limit|cap|restrict|hold)\s+(?:(?:your|the|all|my|each|every)\s+)?(?:single\s+)?{_SENT_TYPO}\s+(?:to|at)\s+"
    rf"(?:a\s+max(?:imum)?\s+of\s+)?(?P<num4>{NUM})\s+words?\b(?!\s*(?:or\s+more|minimum|min\b|at\s+least))",
    # "No senetence longer than 12 words." (the noun misspelt), "not one sentence over 20 words"
    rf"\b(?:no|not\s+(?:one|a\s+single))\s+(?:single\s+)?{_SENT_TYPO}\s+(?:(?:should|may|can|must)\s+(?:be|go|run)\s+|is\s+)?"
    rf"(?:longer\s+than|over|more\s+than|above|past|beyond)\s+(?P<num3>{NUM})\s+words?",
)


@rule("sen", "setence")
def _sentence_caps_more(ctx: Ctx) -> Iterator[Hit]:
    """The cap on each sentence in wordings the sentence rule does not read: the verb first
    ("keep sentences to 25 words max"), "sentences: nothing over 15 words", a misspelt noun."""
    for pat in _MWS_MORE:
        for m in _scan(pat, ctx, _I):
            gd = m.groupdict()
            n = parse_number(gd.get("num") or gd.get("num2") or gd.get("num3") or gd.get("num4"))
            if n is None or n < 1:
                continue
            if (gd.get("num") or gd.get("num4")) and _negated(ctx, m.start()):
                continue
            yield Hit("length:max_words_per_sentence", {"max_words": n}, m.start(), m.end(), prio=62)


# --- session 4 (len8): a count named by its noun and "limit" / "count", a "N-word mark" -------------------

_LABEL_NOUN = {
    "word": (W_ID, "num_words"),
    "sentence": ("length_constraints:number_sentences", "num_sentences"),
    "character": ("length:number_characters", "num_chars"),
    "char": ("length:number_characters", "num_chars"),
    "line": ("length:number_lines", "num_lines"),
}
_LABEL = r"(?P<noun>word|sentence|character|char|line)"


def _label_kw(noun: str, rel: tuple[str, int]) -> tuple[str, dict]:
    tid, key = _LABEL_NOUN[noun.lower()]
    return tid, {key: rel[1], "relation": rel[0]}


@rule("limit", "count", "mark", "cap", "ceiling")
def _count_labels(ctx: Ctx) -> Iterator[Hit]:
    """ "Sentence limit: 5", "character cap of 150", "the word count should stay below 400", "stay under
    the 200-word mark": the noun counted names the constraint, a limit or a bound gives the number."""
    limit = (
        rf"\b{_LABEL}\s+(?:limit|cap|ceiling|max(?:imum)?)\s*(?:of|:|is|=|-|–)?\s*(?P<num>{NUM})"
        rf"(?:\s+(?P<unit>words?|sentences?|characters?|chars|lines?))?\b(?!\s*(?:-|–|to)\s*\d|\s+(?:per|each|for\s+each)\b)"
    )
    bound = (
        rf"\b{_LABEL}\s+count\s+(?:(?:should|must|needs?\s+to|has\s+to|ha[sv]e\s+to)\s+(?:not\s+)?(?:be|stay|remain|go)\s+|"
        rf"(?:stays?|remains?)\s+)(?P<rel>{REL})\s+(?P<num>{NUM})\b"
    )
    mark = (
        rf"\b(?P<rel>under|below|within|over|above|past)\s+(?:the|a)\s+(?P<num>\d+|{NUM})[-\s]{_LABEL}s?\s+"
        r"(?:mark|limit|cap|ceiling|threshold|line|barrier)\b"
    )
    for i, pat in enumerate((limit, bound, mark)):
        for m in _scan(pat, ctx, _I):
            n = parse_number(m.group("num"))
            if n is None or n < 1 or scoped_to_part(ctx, m.start()):
                continue
            pre = ctx.content[ctx.unit.start : m.start()]
            if re.search(r"\b(?:each|every|per|the\s+(?:first|last|title|subject|intro\w*))\s+$", pre, _I):
                continue  # "each line limit", "the title character limit": a part
            if i == 0:
                unit = (m.group("unit") or "").lower()
                if unit and unit[:4] != m.group("noun").lower()[:4]:
                    continue  # "a sentence limit of 25 words": the words of each sentence, not a count of sentences
                rel = ("less than", n + 1) if not _negated(ctx, m.start()) else None
            elif i == 1:
                rel = _relation(m.group("rel"), n, _negated(ctx, m.start()) or " not " in m.group(0).lower())
            else:
                word = m.group("rel").lower()
                rel = {"under": ("less than", n), "below": ("less than", n), "within": ("less than", n + 1)}.get(
                    word, ("at least", n + 1))
                if _negated(ctx, m.start()):
                    continue
            if rel:
                tid, kw = _label_kw(m.group("noun"), rel)
                start = m.start()
                lead = re.search(r"\b(?:stay|keep\s+it|keep\s+(?:the\s+)?\w+|be|go|come\s+in)\s+$", pre, _I)
                if i == 2 and lead:
                    start = ctx.unit.start + lead.start()
                yield Hit(tid, kw, start, m.end(), prio=54)
