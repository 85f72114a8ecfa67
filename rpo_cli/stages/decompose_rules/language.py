"""Language rules: the response language and scripts to use or avoid."""

from __future__ import annotations

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
    return names


_LANGS = _language_names()
_LANG = "(?P<lang>" + "|".join(sorted((re.escape(n) for n in _LANGS), key=len, reverse=True)) + ")"
_NOT_LANG_AFTER = r"(?!\s+(?:characters|script|letters|alphabet|fries|food|cuisine|history|culture|literature|class|words?|terms?|phrases?|numerals|translation|version\s+of|restaurant|speakers?|people))"  # noqa: E501


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
        rf"(?:\s+|\s*\()in\s+{_LANG}(?:\s*\))?(?=(?:\s*,\s*please)?\s*[.!]?\s*$)",
    ]
    seen: set[int] = set()
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if i in (2, 6):  # trailing ", in Portuguese." only after a writing task
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
            tail = re.compile(r"\s*[,;]\s*(?:and\s+)?(?:with\s+)?no\s+other\s+language(?:\s+is\s+allowed)?", _I)
            t = tail.match(ctx.content, m.end(), ctx.unit.end)
            end = t.end() if t else m.end()
            neg = _negated(ctx, m.start())
            tid = "language:not_response_language" if neg else "language:response_language"
            start = m.start() + len(re.match(r",?\s*", m.group(0)).group(0))
            if m.group(0).strip().startswith("(") and not m.group(0).rstrip().endswith(")"):
                start += 1  # "(in Spanish, please)": the parenthesis is not all the constraint's
            yield Hit(tid, {"language": code}, start, end, prio=50, attached=i in (2, 6))
    pat = rf"\b(?:do\s+not|don't|never)\s+(?:respond|answer|reply|write)\s+in\s+{_LANG}\b(?:\s*;\s*write\s+your\s+response\s+in\s+a\s+different\s+language)?"  # noqa: E501
    for m in _scan(pat, ctx, _I):
        yield Hit(
            "language:not_response_language", {"language": _LANGS[m.group("lang").lower()]}, m.start(), m.end(), prio=55
        )


# The text a writing task produces: "a short paragraph in French", "a poem in Spanish about ...".
_TEXT_NOUN = (
    r"(?:paragraph|poem|story|essay|letter|email|summary|haiku|message|note|post|description|speech|tweet|song|"
    r"review|article|bio|explanation|limerick|toast|caption|ad|pitch|dialogue|recipe|text|reply|response|answer)"
)


_PREP = r"(?:of|about|on|for|from|with|by|to|and|or|in|into|at|as|that|which|who)"


@rule("language")
def _any_language_but(ctx: Ctx) -> Iterator[Hit]:
    """ "in any language except English", "any language other than French": a language to avoid."""
    pat = rf"\b(?:in\s+)?any\s+(?:other\s+)?language\s+(?:except|but|other\s+than|besides|apart\s+from)\s+{_LANG}\b"
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


@rule("translat", "just", "only")
def _translation_and_fragments(ctx: Ctx) -> Iterator[Hit]:
    """A translation task opening its sentence ("Translate this into French: ...", "Please translate the
    text below to German") is answered in the target language; a terse fragment ("just english pls",
    "only Spanish please.") asks for the language. One language named in the unit, or nothing."""
    named = {_LANGS[x.group("lang").lower()] for x in re.finditer(rf"\b{_LANG}\b", ctx.text, _I)}
    if len(named) != 1:
        return
    task = re.compile(
        rf"\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?translate\s+(?:this|it|that|these|the\s+following|the\s+"
        rf"(?:text|sentence|paragraph|message|email|line|phrase|passage)(?:\s+below)?|the\s+below|my\s+\w+)\s+"
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
                "cyrillic": "cyrillic", "devanagari": "devanagari"}  # fmt: skip


@rule("kanji", "hanzi", "hangul", "hiragana", "katakana", "cyrillic", "devanagari")
def _bare_scripts(ctx: Ctx) -> Iterator[Hit]:
    """ "do not use any kanji", "Use only hiragana and katakana"."""
    names = "|".join(_SCRIPT_NAME)
    neg = (
        rf"\b(?:do\s+not|don[’']?t|never|avoid|with\s+no|without)\s+(?:use\s+|using\s+|write\s+)?(?:any\s+)?"
        rf"(?P<s>{names})\b(?!\s+(?:characters|script|letters|alphabet))"
    )
    for m in _scan(neg, ctx, _I):
        yield Hit("language:no_script", {"script": _SCRIPT_NAME[m.group("s").lower()]}, m.start(), m.end(), prio=55)
    pat = rf"\buse\s+only\s+(?P<s>{names})(?:\s+and\s+(?P<s2>{names}))?\b(?!\s+(?:characters|script|letters|alphabet))"
    for m in _scan(pat, ctx, _I):
        scripts = {_SCRIPT_NAME[m.group("s").lower()], _SCRIPT_NAME[(m.group("s2") or m.group("s")).lower()]}
        if len(scripts) == 1 and not _negated(ctx, m.start()):
            yield Hit("language:use_script", {"script": scripts.pop()}, m.start(), m.end(), prio=55)


@rule("character", "script", "letter", "alphabet")
def _scripts(ctx: Ctx) -> Iterator[Hit]:
    noun = r"(?:characters|script|letters|alphabet)(?:\s+\((?:\w+\s+)?script\))?"
    for m in _scan(rf"\b{_SCRIPT}\s+{noun}", ctx, _I):
        pre = ctx.content[ctx.unit.start : m.start()]
        if _flip_if_negated(ctx.prefix(m.start())) or re.search(r"\bno\s+$", pre, _I):
            lead = re.search(rf"\b{_NEG_WORDS}\s+(?:[\w'-]+\s+){{0,4}}$|\bno\s+$", pre, _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit("language:no_script", {"script": _SCRIPTS[m.group("s").lower()]}, start, m.end(), prio=55)
        elif re.search(_USE_LEAD, pre, _I):
            lead = re.search(_USE_LEAD, pre, _I)
            yield Hit("language:use_script", {"script": _SCRIPTS[m.group("s").lower()]}, ctx.unit.start + lead.start(),
                      m.end(), prio=55)  # fmt: skip
