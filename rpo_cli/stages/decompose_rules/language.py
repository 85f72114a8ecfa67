"""Language rules: the response language and scripts to use or avoid."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import (
    _I,
    _NEG_WORDS,
    _RESP,
    Ctx,
    Hit,
    _flip_if_negated,
    _negated,
    _scan,
    rule,
)


def _language_names() -> dict[str, str]:
    from rpo_cli.constraints.language import LANGUAGE_NAMES

    names = {name.lower(): code for code, name in LANGUAGE_NAMES.items() if code not in ("zh-cn", "zh-tw")}
    names.update({"farsi": "fa", "mandarin": "zh", "brazilian portuguese": "pt", "filipino": "tl"})
    # the two Chinese variants only by their full names (plain "Chinese" stays zh)
    names.update({"simplified chinese": "zh-cn", "traditional chinese": "zh-tw"})
    # the names as people misspell them
    names.update({"portugese": "pt", "portugues": "pt", "portuguse": "pt", "spainish": "es", "spanich": "es",
                  "englsih": "en", "engish": "en", "vietnamise": "vi", "japaneese": "ja",
                  "chineese": "zh"})  # fmt: skip
    return names


_LANGS = _language_names()
_LANG = "(?P<lang>" + "|".join(sorted((re.escape(n) for n in _LANGS), key=len, reverse=True)) + ")"
_NOT_LANG_AFTER = r"(?!\s+(?:characters|script|letters|alphabet|fries|food|cuisine|history|culture|literature|class|words?|terms?|phrases?|numerals|translation|version\s+of|restaurant|speakers?|people))"  # noqa: E501


# A language offered, not asked: "You can answer in French if you like", "feel free to reply in Spanish".
_OFFERED = re.compile(
    r"\b(?:(?<!\bif\s)(?:you|u)\s+(?:can|may|could|are\s+welcome\s+to)|feel\s+free\s+to|(?:it[’']?s|it\s+is)\s+"
    r"(?:fine|ok(?:ay)?)\s+to)\s+(?:also\s+|always\s+)?$",
    _I,
)


@rule()
def _response_language(ctx: Ctx) -> Iterator[Hit]:
    pats = [
        # Your entire response should be (written) in French / Your reply should be written in Swahili
        rf"\b(?:(?:(?:your|the|each|every)\s+(?:(?:entire|whole|full|complete)\s+|[\w-]+\s+(?=page|copy|faq|guide))?(?:{_RESP}s?|reply|replies|output|plan|bio|ad|page|copy|content|faq|guide|document|caption|description|listing))|"
        rf"it|everything|(?:entire|whole)\s+(?:{_RESP}|output))\s+(?:(?:should|must|has\s+to|needs\s+to|will|shall|is\s+to)\s+"
        rf"(?:all\s+)?be|is|are)\s+"
        rf"(?:(?:written|provided|given|delivered)\s+)?(?:(?:entirely|only|exclusively|completely|wholly|fully)\s+)?in\s+"
        rf"(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}(?:\s+only)?(?:\s*[,;(]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+"
        r"language(?:\s+is\s+allowed)?\)?)?",
        # Respond in Italian / Please answer in Spanish only / Write the poem entirely in German
        rf"\b(?:respond|answer|reply|write|speak|communicate|converse)\s+(?:(?:your|the|this|it|everything|me)\s+)?"
        rf"(?:(?:\w+|whole\s+thing|entire\s+\w+)\s+)?(?:(?:only|entirely|exclusively|completely|solely|fully)\s+)?in\s+"
        rf"(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}(?:\s+only)?(?:\s*[,;(]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+"
        r"language(?:\s+is\s+allowed)?\)?)?",
        # ", in Portuguese." closing a task sentence
        rf",\s*(?:all\s+|entirely\s+|only\s+)?in\s+{_LANG}(?=\s*[.!]?\s*$)",
        # "in French only", "only in Russian", "use only French"
        rf"\b(?:only|exclusively|entirely)\s+in\s+{_LANG}\b{_NOT_LANG_AFTER}",
        rf"\bin\s+{_LANG}\s+only\b",
        rf"\b(?:use|using)\s+only\s+(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}",
        # " in Russian." closing a writing task: "Write an essay about the Silk Road in Russian."
        # also "... in French, please." and "... (in Spanish)."
        # ("..., no English at all." restates it)
        rf"(?:\s+|\s*\()in\s+{_LANG}(?:\s*\))?(?=(?:\s*,\s*please)?(?:\s*,\s*(?:and\s+)?no\s+[A-Za-z]+(?:\s+at\s+all)?)?"
        # "..., in Spanish (our donors mostly speak it)." (gramA s5: an aside after it)
        r"(?:\s*\([^()]{1,100}\))?\s*[.!]?\s*$)",
        # "explain the aspect to me in english, and ...": the language one is spoken to in
        rf"\b(?:explain|describe|tell|teach|walk|summari[sz]e|break)\b[^.;:!?]{{0,80}}?\bto\s+(?:me|us)\s+(?P<c2>in\s+"
        rf"(?:(?:plain|simple)\s+)?{_LANG}\b){_NOT_LANG_AFTER}",
        # "Write a 150 to 200 word summary of our policy, in French, for the Montreal office."
        rf",\s*in\s+{_LANG}\s*,(?=\s*(?:for|to|with|and|please)\b)",
        rf"\bonly\s+{_LANG}\s+in\s+(?:the|your)\s+(?:{_RESP}|reply|output)\b",
    ]
    seen: set[int] = set()
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if i in (2, 6, 8):  # trailing ", in Portuguese." only after a writing task
                head = ctx.content[ctx.unit.start : m.start()]
                if i == 6 and re.search(
                    r"\b(?:words?|phrases?|terms?|grammar|verbs?|nouns?|idioms?|expressions?|say|pronounce|spell|"
                    r"translat\w*|literature|poetry|films?|music|songs?|books?|history)\b",
                    head,
                    _I,
                ):
                    continue  # "Explain the difference between two verbs in French": the language is the topic
                if i == 6 and re.search(
                    r"\b(?:written|spoken|published|sung|said|recorded|filmed|taught|available)$", head, _I
                ):
                    continue  # "Summarize this article written in Spanish": the language of the input
                if not re.match(
                    r"\s*(?:write|describe|explain|tell|give|compose|summari[sz]e|create|draft|list)\b", head, _I
                ):
                    continue
            if re.search(r"\b(?:of|in)\s+$", ctx.content[ctx.unit.start : m.start()], _I):
                continue  # "every 3rd word of (your response must be in Japanese)": not the whole response
            code = _LANGS[m.group("lang").lower()]
            if _part_language(ctx, m.start("lang"), code):
                continue
            # ", no other language" and ", no English at all" restate it: the span takes them
            tail = re.compile(
                rf"\s*[,;]\s*(?:and\s+)?(?:with\s+)?no\s+(?:other\s+language(?:\s+is\s+allowed)?|"
                rf"{_LANG}(?:\s+at\s+all)?)",
                _I,
            )
            t = tail.match(ctx.content, m.end(), ctx.unit.end)
            end = t.end() if t else m.end()
            neg = _negated(ctx, m.start())
            if not neg and _OFFERED.search(ctx.content[ctx.unit.start : m.start()]) and not re.search(
                r"\bonly\b", m.group(0), _I
            ):
                continue  # "You can answer in French if you like": a permission, not a request
            tid = "language:not_response_language" if neg else "language:response_language"
            start = m.start() + len(re.match(r",?\s*", m.group(0)).group(0))
            if m.groupdict().get("c2"):
                start = m.start("c2")  # the task before "to me" is no part of the constraint
            if m.group(0).strip().startswith("(") and not m.group(0).rstrip().endswith(")"):
                start += 1  # "(in Spanish, please)": the parenthesis is not all the constraint's
            yield Hit(tid, {"language": code}, start, end, prio=50, attached=i in (2, 6, 7, 8))
    pat = rf"\b(?:do\s+not|don't|never)\s+(?:respond|answer|reply|write)\s+in\s+{_LANG}\b(?:\s*;\s*write\s+your\s+response\s+in\s+a\s+different\s+language)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        yield Hit(
            "language:not_response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start(), m.end(), prio=55
        )


_PART_NAME = re.compile(
    r"\b(?:the|your)\s+(?:explanation|examples?|example\s+sentences|intro(?:duction)?|conclusion|translation|glosses?|"
    r"notes?|comments?|commentary|(?:first|second|last)\s+(?:part|half)|rest)\s+(?:(?:should|must)\s+be\s+)?(?:written\s+)?"
    r"(?:in\s+)?$",
    _I,
)


def _part_language(ctx: Ctx, pos: int, code: str) -> bool:
    """ "Write the explanation in English, but include the example sentences written in hiragana": the
    language of one part when another part is asked in another language or script."""
    if not _PART_NAME.search(ctx.content[ctx.unit.start : pos]):
        return False
    if re.search(r"\b(?:hiragana|katakana|kanji|hangul|cyrillic|devanagari|pinyin|romaji)\b", ctx.content, _I):
        return True
    return any(_LANGS[o.group("lang").lower()] != code for o in re.finditer(rf"\bin\s+{_LANG}\b", ctx.content, _I))


# The text a writing task produces: "a short paragraph in French", "a poem in Spanish about ...".
_TEXT_NOUN = (
    r"(?:paragraph|poem|story|essay|letter|email|summary|haiku|message|note|post|description|speech|tweet|song|"
    r"review|article|bio|explanation|limerick|toast|caption|ad|pitch|dialogue|recipe|text|reply|response|answer)"
)


_PREP = r"(?:of|about|on|for|from|with|by|to|and|or|in|into|at|as|that|which|who)"


@rule("language")
def _any_language_but(ctx: Ctx) -> Iterator[Hit]:
    """ "in any language except English", "any language other than French": a language to avoid."""
    pat = (
        rf"\b(?:in\s+)?any\s+(?:other\s+)?language\s+(?:(?:you|u)\s+(?:like|want|wish|prefer|choose|fancy)\s*,?\s+)?"
        rf"(?:except|but|other\s+than|besides|apart\s+from)\s+(?:for\s+)?{_LANG}\b"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("language:not_response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start(), m.end(),
                  prio=56)  # fmt: skip


@rule()
def _language_of_task_object(ctx: Ctx) -> Iterator[Hit]:
    """The language named on the object of a writing task that opens the sentence: "Write a short
    poem in Spanish about ...", "Turn this idea into a paragraph in French: ..."."""
    pat = (
        rf"\s*(?:please\s+)?(?:write|compose|draft|create|give\s+me|produce|generate|craft|"
        rf"(?:turn|make)\s+[^.;:!?]{{1,60}}?\s+into)\s+(?:me\s+)?(?:a|an)\s+(?:(?!{_PREP}\b)[\w-]+\s+){{0,3}}?"
        rf"(?!{_PREP}\b)[\w-]+\s+(?P<c>in\s+{_LANG})\b{_NOT_LANG_AFTER}"
    )
    m = re.compile(pat, _I).match(ctx.content, ctx.unit.start, ctx.unit.end)
    named = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.text, _I)}
    if m and len(named) == 1:  # "a poem in English, then translate it into Spanish": no single language
        yield Hit("language:response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start("c"), m.end("c"),
                  prio=49)  # fmt: skip


@rule("translat", "locali", "just", "only")
def _translation_and_fragments(ctx: Ctx) -> Iterator[Hit]:
    """A translation task opening its sentence ("Translate this into French: ...", "Please translate the
    text below to German") is answered in the target language; a terse fragment ("just english pls",
    "only Spanish please.") asks for the language. One language named in the unit, or nothing."""
    named = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.text, _I)}
    if len(named) != 1:
        return
    task = re.compile(
        rf"\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:translate|locali[sz]e)\s+(?:(?<=locali[sz]e\s)(?:this|that|these|the|my|our)\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?:reminder|notice|note|message|email|text|sign|label|labels|caption|post|ad|menu|"
        rf"sentence|paragraph|line|letter|poster|flyer|card|invitation|announcement|tweet|slogan|copy)(?:\s+below)?|"
        rf"this|it|that|these|the\s+following|the\s+"
        rf"(?:text|sentence|paragraph|message|email|line|phrase|passage)(?:\s+below)?|the\s+below|my\s+\w+|"
        rf"the\s+following(?:\s+[\w-]+){{1,3}}?)\s+"
        rf"(?:in)?to\s+(?:the\s+)?{_LANG}\b{_NOT_LANG_AFTER}",
        _I,
    )
    m = task.match(ctx.content, ctx.unit.start, ctx.unit.end)
    if m:
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        yield Hit("language:response_language", {"language": _LANGS[m.group("lang").lower()]}, start, m.end(), prio=50)
    frag = rf"(?:^|(?<=[.,;!]\s)|(?<=\n))\s*(?P<c>(?:just|only)\s+{_LANG}(?:\s+(?:please|pls|plz))?)(?=\s*[.!,;]|\s*$)"
    for m in _scan(frag, ctx, _I):
        yield Hit("language:response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start("c"), m.end("c"),
                  prio=50)  # fmt: skip


# "Responde en español", "Répondez en français", "Antworte auf Deutsch": the request made in the
# language itself. Names as each language writes them (and a few others it names often).
_NATIVE = {
    "español": "es", "castellano": "es", "inglés": "en", "francés": "fr", "alemán": "de", "portugués": "pt",
    "français": "fr", "anglais": "en", "espagnol": "es", "allemand": "de", "italien": "it",
    "português": "pt", "inglês": "en", "espanhol": "es", "deutsch": "de", "englisch": "en", "italiano": "it",
    "inglese": "en", "spagnolo": "es", "francese": "fr", "tedesco": "de",
}  # fmt: skip
_NATIVE_VERB = (
    r"(?:(?:respond[ea]|contest[ea]|escr[ií]b[ea]|responda|escreva|r[ée]pond(?:s|ez)|[ée]cri(?:s|vez)|rispond[ia]|scrivi|"
    r"scriva)(?:lo|la|los|las|me|mi)?|antworte(?:n\s+sie)?|schreib(?:e|en\s+sie)?|bitte)"
)


@rule("en ", "em ", "auf ", "in ")
def _native_response_language(ctx: Ctx) -> Iterator[Hit]:
    names = "|".join(sorted(_NATIVE, key=len, reverse=True))
    pat = (
        rf"\b{_NATIVE_VERB}\s+(?:(?:solo|solamente|únicamente|seulement|uniquement|nur|apenas)\s+)?(?:en|em|auf|in)\s+"
        rf"(?P<n>{names})\b"
    )
    for m in _scan(pat, ctx, _I):
        yield Hit("language:response_language", {"language": _NATIVE[m.group("n").lower()]}, m.start(), m.end())


_SCRIPTS = {
    "chinese": "han", "han": "han", "kanji": "han", "cyrillic": "cyrillic", "russian": "cyrillic", "latin": "latin",
    "hangul": "hangul", "korean": "hangul", "kana": "kana", "hiragana": "kana", "katakana": "kana", "greek": "greek",
    "arabic": "arabic", "hebrew": "hebrew", "devanagari": "devanagari", "hindi": "devanagari", "thai": "thai",
}  # fmt: skip
_SCRIPT = "(?P<s>" + "|".join(sorted(_SCRIPTS, key=len, reverse=True)) + ")"


_USE_LEAD = (
    r"\b(?:include|use)\s+(?:at\s+least\s+(?:some|one)\s+|some\s+|a\s+few\s+|the\s+(?:actual\s+|real\s+|original\s+)?)?"
    r"$"
)
# Scripts named on their own ("kanji", "hangul"), not only as "X characters"
_SCRIPT_NAME = {"kanji": "han", "hanzi": "han", "hangul": "hangul", "hiragana": "kana", "katakana": "kana",
                "kana": "kana", "cyrillic": "cyrillic", "devanagari": "devanagari", "romaji": "latin",
                "rōmaji": "latin", "pinyin": "latin"}  # fmt: skip


@rule("kanji", "hanzi", "hangul", "kana", "cyrillic", "devanagari", "romaji", "rōmaji", "pinyin")
def _bare_scripts(ctx: Ctx) -> Iterator[Hit]:
    """ "do not use any kanji", "Use only hiragana and katakana"."""
    names = "|".join(_SCRIPT_NAME)
    neg = (
        rf"\b(?:do\s+not|don[’']?t|never|avoid|with\s+no|without|no|zero)\s+(?:use\s+|using\s+|write\s+)?(?:any\s+)?"
        rf"(?P<s>{names})\b(?!\s+(?:characters|script|letters|alphabet))"
    )
    for m in _scan(neg, ctx, _I):
        script = _SCRIPT_NAME[m.group("s").lower()]
        if script == "latin" and re.search(r"\b(?:in|into)\s+(?:plain\s+|simple\s+)?English\b", ctx.content, _I):
            continue  # "Write the explanation in English ... no romaji for the examples": the ban is the examples'
        yield Hit("language:no_script", {"script": script}, m.start(), m.end(), prio=55)
    pat = (
        rf"\b(?:use|using|with|write\s+(?:it\s+)?in|in)\s+(?P<o>only\s+)?(?P<s>{names})(?:\s+(?:and|or|/|&)\s+(?P<s2>{names}))?\b"
        rf"(?!\s+(?:characters|script|letters|alphabet))(?P<o2>\s+only)?"
    )
    for m in _scan(pat, ctx, _I):
        if not (m.group("o") or m.group("o2")):
            continue  # "use hiragana" may mix in other scripts; "use only hiragana" may not
        scripts = {_SCRIPT_NAME[m.group("s").lower()], _SCRIPT_NAME[(m.group("s2") or m.group("s")).lower()]}
        if len(scripts) == 1 and not _negated(ctx, m.start()):
            yield Hit("language:use_script", {"script": scripts.pop()}, m.start(), m.end(), prio=55)


# Scripts asked for by name in a writing instruction: "please include at least a few kanji", "(a café that)
# drops in some katakana words", "write her name in katakana", "the Greek form in the Greek alphabet",
# "the Sanskrit one in Devanagari", "write the god names in greek letters too".
_SCRIPT_ONLY = {"kanji": "han", "hanzi": "han", "hangul": "hangul", "hiragana": "kana", "katakana": "kana",
                "devanagari": "devanagari", "cyrillic": "cyrillic"}  # fmt: skip
_ALPHABET = {"greek": "greek", "cyrillic": "cyrillic", "latin": "latin", "arabic": "arabic", "hebrew": "hebrew",
             "devanagari": "devanagari", "thai": "thai", "korean": "hangul", "russian": "cyrillic"}  # fmt: skip


@rule("kanji", "hanzi", "hangul", "hiragana", "katakana", "devanagari", "cyrillic", "alphabet", "letters", "script")
def _scripts_asked_for(ctx: Ctx) -> Iterator[Hit]:
    only = "|".join(_SCRIPT_ONLY)
    alpha = "|".join(_ALPHABET)
    named = rf"(?:(?P<o>{only})|(?:the\s+)?(?P<a>{alpha})\s+(?:alphabet|letters|script|characters))"
    # "romanized only please" after Korean phrases: the source's script is ruled out (a restatement of "no hangul")
    for m in _scan(r"\b(?:romani[sz]ed|transliterated)\s+only\b(?:\s*,?\s*(?:please|pls))?", ctx, _I):
        src = re.search(r"\b(?:russian|ukrainian|bulgarian|greek|arabic|hebrew|hindi|thai|korean|chinese|mandarin)\b",
                        ctx.content, _I)  # fmt: skip
        s_script = src and {"ukrainian": "cyrillic", "bulgarian": "cyrillic", "mandarin": "han"}.get(
            src.group(0).lower(), _SCRIPTS.get(src.group(0).lower()))
        if s_script and not _negated(ctx, m.start()):
            yield Hit("language:no_script", {"script": s_script}, m.start(), m.end(), prio=54)
    pats = (
        rf"\b(?:include|use|add|(?:(?<=that\s)|(?<=which\s))?drops?\s+in|throw\s+in|sprinkle\s+in|work\s+in|mix\s+in)\s+"
        rf"(?:at\s+least\s+(?:a\s+few|some|one|a\s+couple(?:\s+of)?)|some|a\s+few|a\s+couple(?:\s+of)?)\s+"
        rf"(?:(?:japanese|chinese|korean|russian|hindi)\s+)?{named}"
        r"(?:\s+(?:words|characters|letters|terms))?",
        rf"\b(?:write|spell|give|render|put|transliterated?|romani[sz]ed?)\s+(?:[\w'-]+\s+){{0,4}}?(?:in|into)\s+{named}"
        r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:somewhere|too|as\s+well|at\s+least\s+once|only))?",
        rf"(?:,|\band)\s+(?P<c>the\s+\w+\s+(?:one|form|name|word)s?\s+in\s+{named})",
        # "include the example sentences written in hiragana"
        rf"\b(?:include|add|give)\s+(?:[\w'-]+\s+){{1,4}}?(?:written|spelled|spelt)\s+in\s+{named}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            key = m.group("o") or m.group("a")
            script = (_SCRIPT_ONLY.get(key.lower()) if m.group("o") else _ALPHABET.get(key.lower()))
            pre = ctx.content[ctx.unit.start : m.start()]
            if not script or _negated(ctx, m.start()) or re.search(r"\b(?:not|no|without)\s+$", pre, _I):
                continue
            start = m.start("c") if m.groupdict().get("c") else m.start()
            if script != "latin" and re.match(r"transliterat|romani", m.group(0), _I):
                # "the app name should be transliterated into Cyrillic": no Latin letters left (a restatement)
                yield Hit("language:no_script", {"script": "latin"}, start, m.end(), prio=54)
                continue
            if script == "latin":
                # "Write the Russian in Latin letters only (transliteration)": what it rules out is the source's
                # script (the annotators' reading: a restatement of "no Cyrillic"); with no source named, nothing
                src = re.search(r"\b(?:russian|ukrainian|bulgarian|serbian|cyrillic|greek|arabic|hebrew|hindi|sanskrit|"
                                r"thai|korean|chinese|mandarin)\b", ctx.content, _I)  # fmt: skip
                if src and m.group(0).lower().rstrip().endswith("only"):
                    s_name = src.group(0).lower()
                    s_script = _SCRIPTS.get(s_name) or {"ukrainian": "cyrillic", "bulgarian": "cyrillic",
                                                         "serbian": "cyrillic", "sanskrit": "devanagari",
                                                         "mandarin": "han"}.get(s_name)  # fmt: skip
                    if s_script:
                        yield Hit("language:no_script", {"script": s_script}, start, m.end(), prio=54)
                continue
            yield Hit("language:use_script", {"script": script}, start, m.end(), prio=54)


@rule("character", "script", "letter", "alphabet")
def _scripts(ctx: Ctx) -> Iterator[Hit]:
    noun = r"(?:characters|script|letters|alphabet)(?:\s+\((?:\w+\s+)?script\))?"
    for m in _scan(rf"\b{_SCRIPT}\s+{noun}", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        no_list = r"\b(?:no|zero)\s+(?:[\w'-]+\s+(?:or|and|nor)\s+)?(?:any\s+)?$"
        if _flip_if_negated(ctx.prefix(m.start())) or re.search(no_list, pre, _I):
            lead = re.search(rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,4}}$|{no_list}", pre, _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit("language:no_script", {"script": _SCRIPTS[m.group("s").lower()]}, start, m.end(), prio=55)
        elif re.match(r"\s+at\s+least\s+once\b", ctx.content[m.end() : ctx.unit.end], _I) and re.search(
            r"\b(?:keep|write|spell|leave|give|include|put)\b[^.;,]{0,50}\bin\s+$", pre, _I
        ):  # "keep the taverna's name in Greek letters at least once"
            lead = re.search(r"\b(?:keep|write|spell|leave|give|include|put)\b[^.;,]{0,50}\bin\s+$", pre, _I)
            end = m.end() + len(re.match(r"\s+at\s+least\s+once", ctx.content[m.end() :], _I).group(0))
            yield Hit("language:use_script", {"script": _SCRIPTS[m.group("s").lower()]}, ctx.unit.start + lead.start(),
                      end, prio=55)  # fmt: skip
        elif re.search(_USE_LEAD, pre, _I):
            lead = re.search(_USE_LEAD, pre, _I)
            yield Hit("language:use_script", {"script": _SCRIPTS[m.group("s").lower()]}, ctx.unit.start + lead.start(),
                      m.end(), prio=55)  # fmt: skip


# --- terse and indirect requests for a language ------------------------------------------------

_POLITE = (
    r"(?:please|pls|plz|por\s+favor|s['’]il\s+(?:te|vous)\s+pla[iî]t|bitte|per\s+favore|graag|of\s+course|obviously|"
    r"naturally|thanks|thank\s+you|ty|svp|stp|merci|gracias|danke|grazie)"
)


# A language name that asks for nothing: under a negation ("no English at all", "don't read
# English"), or on a noun that is not text ("a Japanese tour group", "Greek letters").
_NAME_ONLY_AFTER = (
    r"\s+(?:characters|script|letters|alphabet|tour|group|guests?|tourists?|visitors?|customers?|clients?|community|"
    r"family|friends?|students?|people|speakers?|food|cuisine|restaurant|market|town|city|village|island|wine|beer|"
    r"dish|style|culture|history|class|teacher|team|audience|readers?)\b"
)


def _single_language(ctx: Ctx) -> str | None:
    """The one language the message asks for by English name, or None when it names none or several
    (names under a negation or on a noun that is not text do not count)."""
    return _single_language_of(ctx.content)


@functools.lru_cache(maxsize=512)  # once per message, not once per sentence
def _single_language_of(content: str) -> str | None:
    named = set()
    for x in re.finditer(rf"\b{_LANG}\b", content, _I):
        pre = content[max(0, x.start() - 40) : x.start()]
        neg = r"\b(?:no|not|never|without|don[’']?t\s+(?:read|speak|understand|know)|can[’']?t\s+(?:read|speak))"
        if re.search(neg + r"\s+(?:\w+\s+){0,2}$", pre, _I) or re.match(_NAME_ONLY_AFTER, content[x.end() :], _I):
            continue
        named.add(_LANGS[x.group("lang").lower()])
    return named.pop() if len(named) == 1 else None


@rule()
def _terse_language(ctx: Ctx) -> Iterator[Hit]:
    """A sentence or comma clause that is only the language: "Portuguese.", "Spanish, por favor.",
    "Japanese only please", "German please, the whole response"; and "Needs to be in Korean",
    "Keep it in English.", "in French of course?", "a short English write-up". Only in a message
    that names that one language (so "Spanish, French and German are ..." is no request)."""
    code = _single_language(ctx)
    if code is None:
        return
    if code == "en" and re.search(r"\b(?:capital|caps|upper[\s-]?case|lower[\s-]?case)\b", ctx.text, _I):
        return  # "every letter a capital letter, in English": the case constraint owns its "in English"
    # a text that mixes in another script's words ("an English paragraph that drops in katakana words") is
    # not asked to be in one language
    names = _LANG[len("(?P<lang>") : -1]
    mixed = re.search(rf"\b(?:kanji|hanzi|hangul|hiragana|katakana|cyrillic|devanagari|romaji)\b|\b(?:{names})\s+"
                      r"(?:words|terms|phrases|characters|letters|script)\b", ctx.content, _I)  # fmt: skip
    pats = (
        rf"(?:^|(?<=[.!?:;,]\s)|(?<=[.!?][\"'’”]\s)|(?<=\n))\s*(?P<c>(?:(?:all|entirely|only|just)\s+)?(?:in\s+)?{_LANG}(?:\s+only)?"
        rf"(?:\s*,?\s*{_POLITE})?)(?=\s*[.!;]|\s*$|\s*,\s*(?:{_POLITE}|the\s+whole|all\s+of\s+it|no\s+\w+|not\s+\w+|and\s+)"
        r"|(?<=only)\s*,|(?<=please)\s*,|(?<=pls)\s*,|(?<=favor)\s*,)",
        rf"(?P<c>\b(?:(?:it|this|that|everything|all\s+of\s+it|the\s+(?:whole\s+)?\w+)\s+)?(?:needs?|has|have)\s+to\s+be\s+"
        rf"(?:written\s+)?(?:(?:all|entirely|only|fully)\s+)?in\s+{_LANG})\b{_NOT_LANG_AFTER}",
        rf"(?P<c>\b(?:keep|make)\s+(?:it|this|everything|the\s+(?:whole\s+)?\w+|your\s+\w+)\s+(?:all\s+|entirely\s+)?in\s+"
        rf"{_LANG})\b{_NOT_LANG_AFTER}(?=\s*[.!,;]|\s*$|\s+(?:only|please|pls))",
        rf"(?:,\s*|\s+)(?P<c>in\s+{_LANG}\s*,?\s*(?:of\s+course|obviously|naturally|please|pls))(?=\s*[.!?]|\s*$)",
        # "a short English write-up", "an English summary": the language on the text to write
        rf"\b(?P<c>an?\s+(?:(?:short|brief|quick|concise|simple|formal|casual|plain|clear)\s+)?{_LANG}\s+(?:write-?up|"
        r"summary|version|translation|reply|response|answer|description|email|letter|post|caption|message|note|"
        r"paragraph|rewrite|draft|copy|blurb|bio|announcement))\b",
    )
    # "write me a few easy spanish sentences ... only spanish": the first mention is on the task's object,
    # which a rewrite cannot turn; reversing only the second would leave the prompt asking for Spanish
    on_task = re.search(rf"\b{_LANG}\s+(?:sentences|words|phrases|text|lines|verses|version|sayings|expressions)\b",
                        ctx.content, _I)  # fmt: skip
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I | re.M):
            if _negated(ctx, m.start("c")) or (i == len(pats) - 1 and mixed):
                continue
            if on_task and not (m.start("c") <= on_task.start() < m.end("c")):
                continue
            if m.group("c").lower().startswith(("in ", "only ", "just ", "all ", "entirely ")) is False and re.match(
                rf"{_LANG}\s*$", m.group("c"), _I
            ) and re.match(r"\s*(?:speakers?|people|food|culture|version\s+of)\b", ctx.content[m.end("c") :], _I):
                continue
            yield Hit("language:response_language", {"language": code}, m.start("c"), m.end("c"), prio=48)


# Countries whose one main language a prompt may name instead: "answer in the language of Brazil".
_COUNTRY_LANG = {
    "brazil": "pt", "portugal": "pt", "spain": "es", "mexico": "es", "argentina": "es", "colombia": "es",
    "chile": "es", "peru": "es", "france": "fr", "germany": "de", "austria": "de", "italy": "it", "japan": "ja",
    "china": "zh", "korea": "ko", "south korea": "ko", "russia": "ru", "the netherlands": "nl", "netherlands": "nl",
    "holland": "nl", "greece": "el", "turkey": "tr", "poland": "pl", "sweden": "sv", "denmark": "da",
    "finland": "fi", "norway": "no", "vietnam": "vi", "thailand": "th", "indonesia": "id", "iran": "fa",
}  # fmt: skip


@rule("language")
def _language_of_country(ctx: Ctx) -> Iterator[Hit]:
    names = "|".join(sorted(_COUNTRY_LANG, key=len, reverse=True))
    pat = (
        rf"\b(?:respond|answer|reply|write|speak)\s+(?:(?:it|this|me|everything)\s+)?in\s+the\s+(?:official\s+|main\s+|"
        rf"national\s+)?language\s+(?:of|spoken\s+in)\s+(?:the\s+)?(?P<c>{names})\b"
    )
    for m in _scan(pat, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("language:response_language", {"language": _COUNTRY_LANG[m.group("c").lower()]}, m.start(),
                      m.end(), prio=50)  # fmt: skip


# "Réponds toujours en français", "Antwort komplett auf Deutsch", "Necesito un texto en español",
# "risposta in italiano", "nur Deutsch", "Nederlands graag!", ", em português de Portugal".
_NATIVE_MORE = {
    "nederlands": "nl", "néerlandais": "nl", "holandés": "nl", "niederländisch": "nl", "olandese": "nl",
    "japonés": "ja", "japonais": "ja", "japanisch": "ja", "giapponese": "ja", "japonês": "ja",
    "chino": "zh", "chinois": "zh", "chinesisch": "zh", "cinese": "zh", "chinês": "zh",
    "coreano": "ko", "coréen": "ko", "koreanisch": "ko", "ruso": "ru", "russe": "ru", "russisch": "ru", "russo": "ru",
    "italienisch": "it", "italiana": "it", "portugiesisch": "pt", "portoghese": "pt", "portugais": "pt",
    "spanisch": "es", "französisch": "fr", "francesa": "fr", "española": "es", "francês": "fr", "alemão": "de",
    "inglesa": "en", "english": "en",
}  # fmt: skip
_NATIVE_ALL = {**_NATIVE, **_NATIVE_MORE}
_NATIVE_NAMES = "|".join(sorted((re.escape(n) for n in _NATIVE_ALL if n != "english"), key=len, reverse=True))
_NATIVE_LEAD = (
    r"(?:resp[oó]nd[ea]s?(?:me|nos|lo|la)?|cont[eé]st[ea]s?(?:me|nos|lo|la)?|escr[ií]b[ea](?:lo|la|los|las|me|nos)?|"
    r"responda|escreva|"
    r"r[ée]pond(?:s|ez)(?:-moi|-nous)?|[ée]cri(?:s|vez)(?:-moi|-nous|-la|-le)?|"
    r"rispond[ia]|scrivi|scriva|antworte(?:n\s+sie)?|schreib(?:e|en\s+sie)?|cria|crie|crea|cree|redacta|rédige[zr]?|"
    r"verfasse|erstelle|elenca|spiega|explica|explique|answer|respond|reply|write|written|"
    r"respuesta|r[ée]ponse|antwort|risposta|resposta|texto|texte|text|testo|mensaje|message|nachricht|messaggio|"
    r"mensagem|correo|artículo|article|artikel|articolo|artigo|resumen|résumé|zusammenfassung|riassunto|resumo|"
    r"todo|toda|tout|alles|tutto|tudo|komplett|ganz)"
)
_NATIVE_ADV = (
    r"(?:toujours|siempre|sempre|immer|todo|toda|tout|alles|tutto|tudo|komplett|ganz|vollständig|entièrement|"
    r"completamente|interamente|inteiramente|solo|sólo|solamente|únicamente|seulement|uniquement|nur|apenas|somente|"
    r"ausschließlich|exclusivamente|esclusivamente|bitte|por\s+favor|lo|la|le|me|mi|moi|mir|sie|es|ihn|ihm)"
)
# "Écris-moi la description de la chaîne en français", "Bitte schreib den Text auf Deutsch": a writing
# verb, its object (a few words, no clause break), then the language
_NATIVE_WRITE = (
    r"(?:resp[oó]nd[ea](?:me|nos)?|cont[eé]st[ea](?:me|nos)?|escr[ií]b[ea](?:me|nos)?|redact[ae](?:me)?|r[ée]pond(?:s|ez)(?:-moi|-nous)?|"
    r"[ée]cri(?:s|vez)(?:-moi|-nous)?|r[ée]dige[zr]?(?:-moi|-nous)?|schreib(?:e|en\s+sie)?|verfasse|rispond[ia]|"
    r"scrivi(?:mi)?|escreva(?:-me)?|escreve(?:-me)?|schrijf|antwoord)"
)
# "La publication doit être en français", "Der Text muss auf Englisch sein", "deve essere in italiano"
_NATIVE_MUST = (
    r"(?:doit|doivent|debe|deben|tiene\s+que|deve|devono|precisa|muss|müssen|soll|sollen|moet|moeten)\s+"
    r"(?:(?:être|ser|estar|essere|sein|zijn)\s+)?(?:(?:écrite?s?|rédigée?s?|escrit[oa]s?|redactad[oa]s?|scritt[oa]|"
    r"geschrieben|geschreven)\s+)?(?:(?:entièrement|toda|todo|tutta|tutto|komplett|ganz|seulement|solo)\s+)?"
)


@rule()
def _native_language_more(ctx: Ctx) -> Iterator[Hit]:
    pats = (
        rf"\b{_NATIVE_LEAD}\s+(?:{_NATIVE_ADV}\s+){{0,2}}(?:en|em|auf|in|im|al|in\s+het|op\s+het)\s+"
        rf"(?:(?:el|la|le|il|lo|het|o)\s+)?(?P<n>{_NATIVE_NAMES})\b(?:\s+de\s+[A-Z]\w+)?",
        rf"\b{_NATIVE_WRITE}\s+(?:(?!(?:pero|mais|aber|ma|mas|but|y|et|und|e|and|o|ou|oder|or|sobre|sur|über|su|about)\b)[\w'-]+\s+){{1,5}}?"
        rf"(?:en|em|auf|in|in\s+het)\s+(?P<n3>{_NATIVE_NAMES})\b",
        rf"\b{_NATIVE_MUST}(?:en|em|auf|in|in\s+het)\s+(?P<n4>{_NATIVE_NAMES})\b",
        # "whole thing en français svp", "todo en español", "alles auf Deutsch"
        rf"\b(?:(?:the\s+)?whole\s+thing|everything|all\s+of\s+it|todo|toda|tout|alles|tutto|tudo)\s+(?:en|em|auf|in)\s+"
        rf"(?P<n5>{_NATIVE_NAMES})\b",
        rf"(?:^|(?<=[.!?:;,]\s)|(?<=\n))\s*(?P<c>(?:(?:nur|solo|sólo|solamente|únicamente|seulement|uniquement|apenas|"
        rf"somente|alleen|todo|tout|alles|tutto|tudo)\s+)?(?:(?:en|em|auf|in|in\s+het)\s+)?(?P<n2>{_NATIVE_NAMES})"
        rf"(?:\s+de\s+[A-Z]\w+)?(?:\s*,?\s*{_POLITE})?)(?=\s*[.!;,]|\s*$)",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I | re.M):
            g = m.groupdict()
            name = (g.get("n") or g.get("n3") or g.get("n4") or g.get("n5") or g.get("n2")).lower()
            if g.get("n2"):
                c = m.group("c")
                # a bare name ("Deutsch.") only as its own fragment with a word that asks for it
                if not re.search(rf"^(?:nur|solo|sólo|solamente|únicamente|seulement|uniquement|apenas|somente|alleen|"
                                 rf"todo|tout|alles|tutto|tudo|en|em|auf|in)\b|{_POLITE}\s*$", c, _I):  # fmt: skip
                    continue
                start, end = m.start("c"), m.end("c")
            else:
                start, end = m.start(), m.end()
            if _foreign_neg_before(ctx, start):
                continue
            yield Hit("language:response_language", {"language": _NATIVE_ALL[name]}, start, end, prio=50)


def _foreign_neg_before(ctx: Ctx, pos: int) -> bool:
    return bool(re.search(r"\b(?:no|ne|nicht|non|não|jamais|nunca|nie|mai)\s+(?:\w+\s+){0,2}$",
                          ctx.content[ctx.unit.start : pos], _I))  # fmt: skip


_NOT_NATIVE = {"inglés": "en", "anglais": "en", "englisch": "en", "inglese": "en", "inglês": "en", "english": "en",
               "español": "es", "espagnol": "es", "français": "fr", "francés": "fr", "deutsch": "de"}  # fmt: skip


@rule()
def _not_language(ctx: Ctx) -> Iterator[Hit]:
    """ "NOT in english pls", "nada de inglés", "kein Englisch", "niente inglese": a language to avoid,
    where the message asks for no other language (after "in French", it restates that one)."""
    names = "|".join(sorted(_NOT_NATIVE, key=len, reverse=True))
    pat = (
        rf"\b(?:not|never)\s+in\s+{_LANG}\b(?!\s+(?:and|or|but)\b){_NOT_LANG_AFTER}"
        rf"|\b(?:nada\s+de|nada\s+en|nunca\s+en|jamais\s+en|pas\s+en|pas\s+d['’]|kein(?:e|en)?|niente|mai\s+in|"
        rf"nunca\s+em|sin|sans|ohne|senza|sem)\s*(?P<n>{names})\b"
    )
    for m in _scan(pat, ctx, _I):
        code = _LANGS[m.group("lang").lower()] if m.group("lang") else _NOT_NATIVE[m.group("n").lower()]
        others = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.content, _I)}
        others |= {_NATIVE_ALL[x.group(0).lower()] for x in re.finditer(rf"\b(?:{_NATIVE_NAMES})\b", ctx.content, _I)}
        if others - {code} or re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", ctx.content):
            continue  # "Respond in French, not in English": the French statement says it
        yield Hit("language:not_response_language", {"language": code}, m.start(), m.end(), prio=55)


# "请用中文回答", "用英文写", "日本語で答えてください": the request in Chinese or Japanese.
_CJK_LANG = {
    "中文": "zh", "汉语": "zh", "漢語": "zh", "普通话": "zh", "华语": "zh", "中国語": "zh",
    "简体中文": "zh-cn", "繁体中文": "zh-tw", "繁體中文": "zh-tw",
    "英文": "en", "英语": "en", "英語": "en", "日语": "ja", "日文": "ja", "日本語": "ja",
    "韩语": "ko", "韩文": "ko", "法语": "fr", "德语": "de", "西班牙语": "es",
}  # fmt: skip


_ZH_VERB = r"回答|回复|作答|写|书写|输出|答复|介绍|解释|说明|描述|总结|讲|撰写|创作|表达|列出|翻译成"


@rule()
def _cjk_language(ctx: Ctx) -> Iterator[Hit]:
    names = "|".join(sorted(_CJK_LANG, key=len, reverse=True))
    pats = (
        rf"请(?:你)?(?:全部|全程|只|仅)?(?:用|使用|以)(?P<n>{names})(?:来)?(?:{_ZH_VERB})?",
        rf"(?:全部|全程|只|仅)?(?:用|使用|以)(?P<n>{names})(?:来)?(?:{_ZH_VERB})",
        rf"(?P<n>{names})で(?:答えて|回答して|書いて|返答して|返信して|お願いします|答えてください|書いてください)",
    )
    seen = set()
    for pat in pats:
        for m in _scan(pat, ctx, 0):
            if m.start() in seen or re.search(r"(?:不要|别|不能|禁止|勿)$", ctx.content[max(0, m.start() - 3) : m.start()]):  # noqa: E501
                continue
            seen.add(m.start())
            yield Hit("language:response_language", {"language": _CJK_LANG[m.group("n")]}, m.start(), m.end(), prio=50)
    # "不要使用任何英文字母", "不要出现英文字母": no Latin letters
    ban = (
        r"(?:不要|不准|不能|别|禁止|请勿|勿)(?:使用|用|出现|包含|带|夹杂|写)?"  # don't (use / let appear)
        r"(?:任何)?(?:的)?(?:英文字母|英语字母|拉丁字母)"  # any English / Latin letters
    )
    for m in _scan(ban, ctx, 0):
        yield Hit("language:no_script", {"script": "latin"}, m.start(), m.end(), prio=55)


# --- session 4 (dev6): the response language in more English wordings ------------------------------

# The text being written, named as the subject of "has to be in X" ("the column has to be entirely in
# English"); a part of it ("the quotes", "the examples") is not the whole response.
_WHOLE_TEXT = (
    r"(?:column|article|piece|story|essay|post|blog\s+post|email|e-mail|letter|poem|script|copy|draft|text|newsletter|"
    r"speech|review|report|summary|blurb|announcement|message|caption|thread|notice|memo|write-?up|reply|response|"
    r"answer|output|doc|document|brief|pitch|release|press\s+release|story|monologue|toast|eulogy|lyrics|song|"
    r"whole\s+thing|entire\s+thing|final\s+(?:version|text|draft))"
)


@rule("in ")
def _whole_text_in_language(ctx: Ctx) -> Iterator[Hit]:
    """ "the column has to be entirely in English", "Our newsletter must be written in German", "this
    email should be all in Spanish": the text to write, required to be in one language."""
    pat = (
        rf"\b(?:the|your|this|our|my|that|each|every)\s+(?:(?:whole|entire|full|complete|finished|final)\s+)?{_WHOLE_TEXT}\s+"
        rf"(?:(?:should|must|has\s+to|have\s+to|needs?\s+to|will\s+have\s+to|is\s+to|shall|ought\s+to)\s+(?:all\s+)?be)\s+"
        rf"(?:(?:written|delivered|done|kept)\s+)?(?:(?:entirely|only|exclusively|completely|wholly|fully|all|100%)\s+)?in\s+"
        rf"(?:the\s+)?{_LANG}(?:\s+language)?\b{_NOT_LANG_AFTER}(?:\s+only)?"
    )
    for m in _scan(pat, ctx, _I):
        code = _LANGS[m.group("lang").lower()]
        if _negated(ctx, m.start()) or _part_language(ctx, m.start("lang"), code):
            continue
        yield Hit("language:response_language", {"language": code}, m.start(), m.end(), prio=50)


@rule("translat")
def _translate_object_into(ctx: Ctx) -> Iterator[Hit]:
    """ "Translate this notice from our Seoul collaborators into English for the lab Slack", "Please
    translate the two paragraphs below into Portuguese": a translation task opening its sentence, with
    a longer object than the short forms above; the answer is in the target language. One language
    asked for in the unit (a negated one, "no French left", does not count)."""
    if _single_language_of(ctx.text) is None:
        return
    pat = (
        rf"\s*(?:(?:please|pls|kindly|can\s+you|could\s+you|would\s+you|i\s+need\s+you\s+to|now)\s*,?\s+)*translate\s+"
        rf"(?P<obj>(?:this|that|these|those|the|my|our|his|her|their|it|them)\b[^.;:!?\n]{{0,80}}?)\s+"
        rf"(?:in)?to\s+(?:the\s+)?(?:(?:plain|simple|clear|natural|formal|informal|casual|standard|modern)\s+)?{_LANG}\b"
        rf"{_NOT_LANG_AFTER}"
    )
    m = re.compile(pat, _I).match(ctx.content, ctx.unit.start, ctx.unit.end)
    if not m or re.search(r"\b(?:words?|terms?|names?|titles?|sentences?|phrases?|lines?|idioms?|sayings?)\b",
                          m.group("obj"), _I):
        return  # "translate the word 'dusk' / this sentence into French": a gloss, not the language of the answer
    if re.search(rf"\b(?:and|or|,)\s+{_LANG}\b", ctx.content[m.end() : ctx.unit.end], _I):
        return
    name = re.escape(m.group("lang"))
    if len(re.findall(rf"\b{name}\b", ctx.content, _I)) > 1:
        return  # "Translate this notice into French ... Respond only in French": the later statement says it
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    yield Hit("language:response_language", {"language": _LANGS[m.group("lang").lower()]}, start, m.end(), prio=50)


@rule("in ")
def _language_of_task_object_to_someone(ctx: Ctx) -> Iterator[Hit]:
    """ "Write her a welcome email in French", "Draft us a short memo in German (no English at all)":
    the writing task of ``_language_of_task_object`` with someone it is written for, or a possessive
    ("Write our team's update in Spanish"). The language named must be the only one the unit asks
    for (a negated "no English at all" does not count)."""
    pat = (
        rf"\s*(?:(?:please|pls|kindly|can\s+you|could\s+you|now)\s*,?\s+)*(?:write|compose|draft|create|prepare|produce|"
        rf"put\s+together|craft)\s+(?:(?:me|us|her|him|them|my\s+\w+|our\s+\w+|the\s+\w+)\s+)(?:a|an|the|one|some)\s+"
        rf"(?:(?!{_PREP}\b)[\w'-]+\s+){{0,3}}?(?!{_PREP}\b)[\w-]+\s+(?P<c>in\s+{_LANG})\b{_NOT_LANG_AFTER}"
    )
    m = re.compile(pat, _I).match(ctx.content, ctx.unit.start, ctx.unit.end)
    if not m:
        return
    code = _LANGS[m.group("lang").lower()]
    if _single_language_of(ctx.text) != code or _negated(ctx, m.start("c")):
        return
    # "(no English at all, please)" right after restates it: the span takes it
    tail = re.compile(rf"\s*\(\s*(?:and\s+)?no\s+{_LANG}(?:\s+at\s+all)?(?:\s*,?\s*{_POLITE})?\s*\)", _I)
    t = tail.match(ctx.content, m.end(), ctx.unit.end)
    yield Hit("language:response_language", {"language": code}, m.start("c"), t.end() if t else m.end(), prio=49)


# --- session 4 (dev6): banned scripts in Korean, Hindi, Turkish, Arabic (the response language asked in
# them: ``i18n._language``) ---------------------------------------------------------------------------


@rule()
def _other_script_no_latin(ctx: Ctx) -> Iterator[Hit]:
    """ "알파벳(로마자)은 한 글자도 쓰지 마세요", "रोमन अक्षरों का इस्तेमाल बिल्कुल न करें", "ولا تستخدم أي حروف
    لاتينية", "Latin harfleri kullanma": no Latin letters, asked in Korean, Hindi, Arabic or Turkish."""
    pats = (
        r"(?:영어\s*)?(?:알파벳|로마자|영문자?|라틴\s*문자)(?:\s*\([^()]{1,12}\))?\s*(?:은|는|을|를|도)?\s*"
        r"(?:(?:한\s*글자도|하나도|절대|전혀|절대로)\s*)?(?:쓰지|사용하지|넣지|섞지)\s*(?:마|말|않)\w*",
        r"(?:रोमन|अंग्रेज़ी|अंग्रेज़ी|अंग्रेजी|लैटिन)\s+(?:अक्षरों|अक्षर|लिपि)[^।.!?]{0,30}?(?:न\s+करें|न\s+करो|न\s+करना|मत\s+\S+|"
        r"नहीं\s+होना\s+चाहिए|नहीं\s+होने\s+चाहिए)",
        r"(?:لا\s+تستخدم|لا\s+تستعمل|لا\s+تكتب|بدون|دون|بلا)\s+(?:أي\s+)?(?:حروف|أحرف|الحروف|الأحرف)\s+(?:لاتينية|اللاتينية|"
        r"إنجليزية|الإنجليزية|انجليزية)",
        r"(?<![\w])(?:latin|ingilizce|İngilizce)\s+(?:harf|alfabe)\w*\s+(?:hiç\s+)?kullanma(?:yın|yınız|)(?![\w])",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            yield Hit("language:no_script", {"script": "latin"}, m.start(), m.end(), prio=55)


@rule("hangul", "cyrillic", "kanji", "devanagari", "hiragana", "katakana", "hanzi")
def _no_script_left(ctx: Ctx) -> Iterator[Hit]:
    """ "Don't leave any Hangul in it", "never keep a single Cyrillic letter": a script that may not
    remain (the verbs of ``_bare_scripts`` are use/write)."""
    names = "|".join(_SCRIPT_NAME)
    pat = (
        r"\b(?:do\s+not|don[’']?t|never|make\s+sure\s+(?:there[’']?s|there\s+is)\s+no|"
        r"(?:let\s+)?there\s+should\s+be\s+no)\s+"
        rf"(?:(?:leave|keep|include|put|have|allow|let\s+through)\s+)?(?:any|a\s+single|even\s+one)?\s*(?P<s>{names})\b"
        r"(?:\s+(?:characters|letters|script))?(?:\s+(?:in\s+(?:it|there|the\s+\w+)|left(?:\s+in\s+(?:it|there))?))?"
    )
    for m in _scan(pat, ctx, _I):
        if re.match(r"\s*(?:except|but|other\s+than)\b", ctx.content[m.end() : ctx.unit.end], _I):
            continue
        yield Hit("language:no_script", {"script": _SCRIPT_NAME[m.group("s").lower()]}, m.start(), m.end(), prio=56)


# --- session 4 (dev7): the language on the object of a writing task, after a polite lead -------------------

_ASK_LEAD = (
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|plz\s+|i\s+need\s+(?:you\s+to\s+)?|"
    r"i[’']?d\s+like\s+(?:you\s+to\s+)?|now\s+|so\s+|ok(?:ay)?\s*,?\s+)?"
)
_WRITE_VERB = (
    r"(?:write|compose|draft|create|give\s+(?:me|us|her|him|them)|produce|generate|craft|prepare|put\s+together|make|"
    r"type\s+up|whip\s+up|come\s+up\s+with)"
)


@rule()
def _language_of_task_object_far(ctx: Ctx) -> Iterator[Hit]:
    """The language after the task's object and its modifiers: "Can you write a short counseling
    handout for her in Spanish, covering ...", "Write the reminder in Portuguese, use ...", "Give me a
    2-question pop quiz on the water cycle in Spanish". One language named in the sentence; the
    language of the input ("an article written in Spanish") and a language as the topic are left."""
    pat = (
        rf"\s*{_ASK_LEAD}{_WRITE_VERB}\s+(?:me\s+|us\s+)?(?:a|an|the|this|that|our|my|some|one)\s+"
        rf"(?P<obj>(?:(?!in\b)[\w'’-]+\s+){{1,9}}?)(?P<c>in\s+(?:(?:plain|simple|easy|basic)\s+)?{_LANG})\b{_NOT_LANG_AFTER}"
        r"(?=\s*(?:[,.;:!?)]|$|\s+(?:for|so|please|pls|covering|explaining|under)\b))"
    )
    m = re.compile(pat, _I).match(ctx.content, ctx.unit.start, ctx.unit.end)
    if not m:
        return
    named = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.text, _I)}
    if len(named) != 1:
        return
    obj = m.group("obj")
    if re.search(r"\b(?:written|spoken|published|sung|said|recorded|filmed|taught|available|originally)\s+$", obj, _I):
        return  # "a summary of the article written in Spanish": the language of the input
    topic = r"\b(?:words?|phrases?|terms?|grammar|verbs?|nouns?|idioms?|expressions?|translat\w*|vocab\w*)\b"
    if re.search(topic, obj, _I):
        return  # "a list of idioms in French": the language may be the topic
    code = _LANGS[m.group("lang").lower()]
    if _part_language(ctx, m.start("lang"), code) or _negated(ctx, m.start("c")):
        return
    yield Hit("language:response_language", {"language": code}, m.start("c"), m.end("c"), prio=48)


# --- session 4 (dev7): "romanization only" restates the ban on the native script --------------------------

_ROMANIZED = (
    r"(?:romaji|rōmaji|romani[sz]ation|romani[sz]ed(?:\s+\w+)?|pinyin|translit(?:eration|erated)(?:\s+\w+)?|latin\s+letters)"
)
_ROMAN_ONLY = (
    rf"\b(?:(?:everything|all|it|the\s+\w+)\s+(?:in\s+)?|(?:use|using|write\s+(?:it\s+)?in|in)\s+)?(?:(?P<o>only)\s+)?{_ROMANIZED}"
    r"(?P<o2>\s+only)?\b"
)
# the script a language is written in natively, when the romanized form stands for it
_NATIVE_SCRIPT = {"korean": ("hangul",), "chinese": ("han",), "mandarin": ("han",), "cantonese": ("han",),
                  "russian": ("cyrillic",), "ukrainian": ("cyrillic",), "hindi": ("devanagari",), "greek": ("greek",),
                  "arabic": ("arabic",), "hebrew": ("hebrew",), "thai": ("thai",)}  # fmt: skip
_BAN_NAMES = {**_SCRIPT_NAME, "hangeul": "hangul", "chinese characters": "han", "korean characters": "hangul"}


@rule("romaji", "rōmaji", "romaniz", "romanis", "pinyin", "translit", "latin letters")
def _romanized_only(ctx: Ctx) -> Iterator[Hit]:
    """ "romanization only, NO hangul", "Everything in romaji only: no kanji, no hiragana": the
    romanized form asked for restates the ban on the native script (the convention: not a
    use_script latin of its own). The scripts are those the message bans by name, else the one the
    language it names is written in (Japanese has two, so it needs its ban named)."""
    names = "|".join(sorted((re.escape(n) for n in _BAN_NAMES if _BAN_NAMES[n] != "latin"), key=len, reverse=True))
    bans = re.finditer(
        rf"\b(?:do\s+not|don[’']?t|never|avoid|with\s+no|without|no|zero|skip)\s+(?:use\s+|using\s+|write\s+)?(?:any\s+)?"
        rf"(?P<s>{names})\b(?:\s+(?:or|and|/|nor)\s+(?P<s2>{names})\b)?",
        ctx.content,
        _I,
    )
    scripts: list[str] = []
    for b in bans:
        for g in ("s", "s2"):
            if b.group(g) and _BAN_NAMES[b.group(g).lower()] not in scripts:
                scripts.append(_BAN_NAMES[b.group(g).lower()])
    if not scripts:
        langs = {x.lower() for x in re.findall(rf"\b(?:{'|'.join(_NATIVE_SCRIPT)})\b", ctx.content, _I)}
        native = {s for lang in langs for s in _NATIVE_SCRIPT[lang]}
        scripts = sorted(native) if len(native) == 1 else []
    if not scripts:
        return
    for m in _scan(_ROMAN_ONLY, ctx, _I):
        if not (m.group("o") or m.group("o2")) or _negated(ctx, m.start()):
            continue
        # one hit (hits on one span exclude each other): the first script, which the bans restate by name
        yield Hit("language:no_script", {"script": scripts[0]}, m.start(), m.end(), prio=57)


# --- session 4 (len8): a language's own script asked for, a language named with a text noun ---------------

# The script a language is written in, as the annotators label it ("real Japanese script" -> kana).
_OWN_SCRIPT = {"japanese": "kana", "korean": "hangul", "chinese": "han", "mandarin": "han", "cantonese": "han",
               "russian": "cyrillic", "ukrainian": "cyrillic", "greek": "greek", "hindi": "devanagari",
               "arabic": "arabic", "hebrew": "hebrew", "thai": "thai"}  # fmt: skip
_OWN_NAME = "(?P<l>" + "|".join(_OWN_SCRIPT) + ")"
_REAL = r"(?:real|actual|native|proper|original|authentic)"
_NOT_ROMAN = (
    r"(?:\s*[,(]?\s*(?:and\s+|but\s+)?not\s+(?:just\s+|only\s+|in\s+)?(?:romaji|rōmaji|romani[sz]ation|romani[sz]ed|pinyin|"
    r"transliterat\w+|latin\s+letters|english\s+letters)\)?)?"
)


@rule("script", "characters", "writing", "real", "actual", "native")
def _own_script(ctx: Ctx) -> Iterator[Hit]:
    """ "the example sentences in real Japanese script, not romaji", "include the actual japanese
    (hiragana/katakana)", "write the phrases in native Korean characters": the language's own script."""
    pats = (
        rf"\bin\s+(?:(?:the\s+)?{_REAL}\s+)?{_OWN_NAME}\s+(?:script|characters|writing|letters)\b{_NOT_ROMAN}",
        rf"\b(?:include|use|give|write|add|show|put)\s+(?:me\s+)?(?:the\s+)?{_REAL}\s+{_OWN_NAME}\b(?!\s+(?:words?|"
        r"phrases?|food|names?|people|culture|version))"
        r"(?:\s*\((?:hiragana|katakana|kanji|kana|hangul|hanzi|cyrillic|devanagari)(?:\s*[/,&]\s*\w+|\s+(?:and|or)\s+\w+)*\))?"
        rf"{_NOT_ROMAN}",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            pre = ctx.content[ctx.unit.start : m.start()]
            if _negated(ctx, m.start()) or re.search(r"\b(?:not|no|without|instead\s+of)\s+$", pre, _I):
                continue
            start = m.start()
            if i == 0:
                # who or what is in the script: a request ("write ... in", "the examples in") or nothing
                lead = re.search(
                    r"\b(?:write|spell|give|put|render|type|print|the\s+(?:\w+\s+)?(?:examples?|sentences?|phrases?|words?|"
                    r"names?|greetings?|terms?|answers?|translations?))\b[^.;:!?]{0,60}$",
                    pre,
                    _I,
                )
                if not lead:
                    continue
                start = ctx.unit.start + lead.start()
            yield Hit("language:use_script", {"script": _OWN_SCRIPT[m.group("l").lower()]}, start, m.end(), prio=55)


_LANG_B = _LANG.replace("?P<lang>", "?P<other>")
# The text a request makes, named with its language as an adjective: "a German poem", "a few easy spanish
# sentences", "an Italian cover letter", "a short English write-up". (Forms named after a country are left out:
# "a Japanese haiku", "an Italian sonnet", "a French toast recipe" are not asked in the language.)
_LANG_TEXT = (
    r"(?:poems?|paragraphs?|sentences?|essays?|letters?|cover\s+letters?|emails?|e-mails?|summar(?:y|ies)|messages?|"
    r"notes?|posts?|blog\s+posts?|descriptions?|speech(?:es)?|tweets?|songs?|reviews?|articles?|bios?|explanations?|"
    r"captions?|pitch(?:es)?|dialogues?|texts?|repl(?:y|ies)|responses?|answers?|write-?ups?|versions?|"
    r"translations?|announcements?|newsletters?|invitations?|scripts?|rhymes?|verses?)"
)
_ASK = (
    r"(?:write|compose|draft|create|produce|generate|craft|prepare|give|send|need|want|make)\s+(?:me\s+|us\s+)?"
    r"|(?:^|[:;]\s*|\bfor\s+(?:our|my|the)\s+[\w\s]{1,30}:\s*)"
)
_DET = r"(?:an?|some|a\s+few|few|a\s+couple(?:\s+of)?|(?:two|three|four|five|\d+))\s+"


@rule()
def _language_adjective_text(ctx: Ctx) -> Iterator[Hit]:
    """ "write me a few easy spanish sentences", "Write a German poem", "a short English write-up of ...":
    the language named as the adjective of the text asked for. One language named in the unit."""
    langs = {
        _LANGS[x.group("lang").lower()]
        for x in re.finditer(rf"\b{_LANG}\b{_NOT_LANG_AFTER}", ctx.text, _I)
    }
    if len(langs) != 1:
        return
    pat = (
        rf"(?:{_ASK})(?P<c>{_DET}(?:(?:short|little|quick|brief|simple|easy|basic|formal|informal|friendly|polite|"
        rf"warm|casual|long|cute|funny|beautiful|nice|clear|plain|fluent|natural|proper|good|new)\s+){{0,3}}{_LANG}\s+"
        rf"{_LANG_TEXT})\b"
    )
    for m in _scan(pat, ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _negated(ctx, m.start()) or re.search(r"\b(?:my|our|his|her|their|the)\s+$", pre, _I):
            continue
        if re.match(r"\s*(?:teacher|class|course|exam|homework)\b", ctx.content[m.end() : ctx.unit.end], _I):
            continue
        code = _LANGS[m.group("lang").lower()]
        if code == "en" and re.search(
            r"\b(?:katakana|hiragana|kana|kanji|hanzi|hangul|cyrillic|devanagari|pinyin|romaji|characters|script|"
            r"loanwords?|words?\s+in\s+\w+)\b", ctx.text, _I
        ):
            continue  # "an English paragraph that drops in some katakana words": a mixed text, not a language asked
        # the span is the adjective alone: a rewrite drops or swaps the language and keeps the text asked for
        yield Hit("language:response_language", {"language": code}, m.start("lang"), m.end("lang"), prio=48)


@rule("not", "other", "except", "but")
def _language_not_other(ctx: Ctx) -> Iterator[Hit]:
    """ "Give me the answer in Russian, not English" (the language asked, another ruled out: one constraint),
    "respond in a language other than English", "please do not use English in your reply"."""
    pat = rf"\bin\s+{_LANG}\s*(?:,|;|\s[-—–])?\s*(?:and\s+|but\s+)?not\s+(?:in\s+)?{_LANG_B}\b{_NOT_LANG_AFTER}"
    for m in _scan(pat, ctx, _I):
        code, other = _LANGS[m.group("lang").lower()], _LANGS[m.group("other").lower()]
        pre = ctx.content[ctx.unit.start : m.start()]
        asked = re.search(
            r"\b(?:write|respond|answer|reply|give|explain|describe|tell|say|summari[sz]e|translate|draft|compose|list|"
            r"(?:the|your|ur)\s+(?:answer|reply|response|output|text|summary|story|poem|email))\b[^.;:!?]{0,60}$",
            pre,
            _I,
        )
        if code == other or not asked or _negated(ctx, m.start()) or _part_language(ctx, m.start("lang"), code):
            continue
        yield Hit("language:response_language", {"language": code}, m.start(), m.end(), prio=57)
    others = (
        rf"\b(?:in\s+)?(?:a|an|some|any)\s+(?:other\s+)?language\s+(?:other\s+than|except|besides|apart\s+from|but)\s+{_LANG}\b",
        rf"\b(?:do\s+not|don[’']?t|dont|never)\s+use\s+(?:any\s+)?{_LANG}\b{_NOT_LANG_AFTER}"
        r"(?!\s+(?:kana|kanji|hiragana|katakana|hangul|hanzi|pinyin|romaji|slang|idioms?|names?|spelling|punctuation|"
        r"quotes?|quotation|grammar|loanwords?|expressions?|sayings?))"
        r"(?:\s+(?:at\s+all|in\s+(?:your|the)\s+(?:reply|answer|response|output)))?",
    )
    for m in (x for other in others for x in _scan(other, ctx, _I)):
        code = _LANGS[m.group("lang").lower()]
        named = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.content, _I)}
        if named != {code}:
            continue  # "in French ... do not use any English": a restatement of the French
        pre = ctx.content[ctx.unit.start : m.start()]
        if m.group(0).lower().startswith(("in ", "a ", "an ", "some ", "any ")) and not re.search(
            r"\b(?:respond|answer|reply|write|written|speak|it|be)\s+$|^\s*(?:please\s+)?$|\bin\s+$", pre + " ", _I
        ):
            continue
        yield Hit("language:not_response_language", {"language": code}, m.start(), m.end(), prio=57)
