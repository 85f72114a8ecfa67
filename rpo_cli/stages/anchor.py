"""Where a constraint the phrase grammar does not read is stated: found by what it must name.

A row in IFEval form names its constraints, (id, kwargs), but not where the prompt states them.
The phrase grammar (``decompose_rules``) places most statements; an LLM decomposer quotes its
own. A statement in words neither reads ("keep it tight: ~150 words max", "Work in at least one of
'bottomless' or 'mimosas'", "cap the emojis at two") is still pinned down by what any statement of
that constraint has to name: its values (the number, the keyword, the phrase, the language) and,
for most types, a word naming what it checks ("emojis", "exclamation", "title").

:func:`anchored` returns, per sentence, the smallest run of clauses that names all of them. It is
careful where a wrong place would make a wrong pair rather than a lost one:

- a ban ("no exclamation marks") is placed only on words that say no themselves, and a request
  only on words that do not: an item under a "DON'T:" head reads as the opposite of its words,
  and a reversal put there would contradict itself;
- nothing inside a fenced code block, inside quotes or a bracketed aside, or overlapping a
  statement the grammar reads as another of the row's constraints; nothing for a type whose
  statement is the task's own sentence (two responses, JSON output), nor a language the task
  translates into;
- a statement named by words alone, or a second statement of a constraint the grammar already
  found, only in a sentence of its own ("Zero exclamation points.", "Again: capitals only."),
  never in the task's ("Write a letter to ...");
- numbers match as digits (with or without thousands separators), words or ordinals, and a "less
  than" limit also by the number below it ("at most 150" is ``less than 151`` under the
  conventions); a number or value inside the user's own quoted text names nothing.

The rewrite treats such a place like a grammar span (its swallowed words are counted) and the
round-trip guard checks the result as it checks every other rewrite, so a wrong place is refused
rather than emitted.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any, NamedTuple

from rpo_cli.constraints.base import ConstraintType
from rpo_cli.schema import Constraint, Conversation
from rpo_cli.stages.decompose_rules.heads import LIST_ITEM as _LIST_ITEM
from rpo_cli.stages.decompose_rules.heads import NEGATION as _NEGATION
from rpo_cli.stages.decompose_rules.heads import head_says_no as _head_says_no

# reverse.py imports this module only inside locate_all, so importing it here makes no cycle
from rpo_cli.stages.reverse import (
    _NATIVE_NAMES,
    _NUMBER_WORDS,
    _UNIT_SYNONYMS,
    _UNITS,
    _WORD,
    _lines,
    _number_forms,
    _signature,
    _stem,
    _task_words,
    _value_words,
)

#: Where one clause ends and the next begins inside a sentence.
_BOUNDARY = re.compile(
    r"\s*(?:,(?!\d{3})|;|:(?!//)|[.!?]+(?=\s)|\s[-–—]\s|—|\(|\)|\b(?:and|but|plus|also|then)\b)\s*", re.IGNORECASE
)
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|'[^'\n]{2,}'(?!\w)|‘[^’\n]*’|<<[^>\n]*>>")
_LONG_QUOTE = re.compile(
    r"\"[^\"\n]*(?:\s\S+){6,}[^\"\n]*\"|“[^”\n]*(?:\s\S+){6,}[^”\n]*”|'[^'\n]*(?:\s\S+){6,}[^'\n]*'(?!\w)"
)
_FENCE = re.compile(r"^\s*(```|~~~)", re.MULTILINE)
#: Words before a language's name that make it the answer's language.
_LANG_FRAME = (
    r"\b(?:in|into|to|as|using|use|speak|write|reply|respond|answer|no|without|any|zero|except|besides|"
    r"other\s+than|but\s+not|not|en|auf|em|na|po)"
)
#: Everyday names of what a type checks that its own text does not use.
_NAMES = {"url": ("link", "hyperlink", "website"), "bullet": ("point",), "highlight": ("highlighted", "bold")}
#: A remark on a statement, to its sentence's end: its reason, or what it does to the reader.
_REMARK = re.compile(
    r"\s*[,;:–—-]\s*(?:it|this|that|they|since|because|as|so|cuz|cause|which|otherwise|or\s+else)\b[^.!?\n]*"
    r"[.!?]*[\"')\]]*\s*$",
    re.IGNORECASE,
)
#: Words that ask for something of the answer ("You can answer in any language except ...").
_REQUEST_WORDS = re.compile(
    r"\b(?:answer|reply|respond|write|writ\w+|speak|say|use|keep|make|stick|stay|language|response|everything|all)\b",
    re.IGNORECASE,
)
#: A verb that makes a language the task's: translating into it.
_TRANSLATE = re.compile(
    r"\b(?:translat\w*|locali[sz]\w*|render\w*|übersetz\w*|traduc\w*|tradu[zi]\w*|traduis\w*|vertaal\w*|"
    r"przetłumacz\w*|переведи\w*|perevod\w*|terjemah\w*|çevir\w*|dịch)\b|翻[译譯]|訳して|번역",
    re.IGNORECASE,
)
#: Kwargs whose value is the user's own word or phrase: named, it places a statement by itself.
_OWN_KEYS = frozenset(
    "keyword keywords forbidden_words phrase end_phrase start_phrase first_word word keyword1 keyword2 keyword3 "
    "keyword4 keyword5".split()
)
#: Types whose statement is the task's own sentence ("Compose two different haiku", "Return a JSON
#: object with ..."): a clause of it is never the whole statement, so no place is cut out of it.
_TASK_BOUND = ("combination:", "detectable_format:json_format", "format:json_keys", "format:output_template")
#: Signature words too common to place a statement that names no value ("letter", "line", "mark").
_WEAK = frozenset(
    "letter mark line word sentence item point different symbol character same single phrase option block para".split()
)
#: The most words a placed statement may hold; beyond that it is a task sentence, not a clause.
_MAX_WORDS = 24


_ORDINALS = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th", 5: "fifth|5th", 6: "sixth|6th",
             7: "seventh|7th", 8: "eighth|8th", 9: "ninth|9th", 10: "tenth|10th"}  # fmt: skip


def _number_pattern(n: int) -> str:
    forms = list(_number_forms(n))
    if n in _ORDINALS:
        forms.append(_ORDINALS[n])  # "the first sentence", "the 2nd paragraph"
    if n >= 1000:
        forms.append(f"{n // 1000},{n % 1000:03d}")
        if n % 1000 == 0:
            forms.append(f"{n // 1000}k")
    return r"(?<![\w.,])(?:" + "|".join(forms) + r")(?![\w]|[.,]\d)"


def _value_patterns(ctype: ConstraintType) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], bool]:
    """What a statement of ``ctype`` must name, one pattern per value; which of them are numbers; and
    whether one of them is a word or phrase of the user's own (a keyword, a phrase, a language):
    such a value places a statement by itself; a number needs a word for what it counts beside it."""
    from rpo_cli.constraints.language import LANGUAGE_NAMES
    from rpo_cli.stages.decompose_rules.lexicon_i18n import LANGUAGE_NAMES as FOREIGN_NAMES

    kwargs: dict[str, Any] = ctype.kwargs()
    # a limit below N ("fewer than 2 highlighted sections") is also stated as "N-1 at most"
    below = kwargs.get("relation") == "less than" or bool(re.search(r"\b(?:less|fewer)\s+than\b", ctype.describe()))
    pats: list[re.Pattern[str]] = []
    numbers: list[re.Pattern[str]] = []  # a number must be named outside quotes: inside, it is the user's text
    own = False
    for key, v in kwargs.items():
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, bool) or x is None:
                continue
            if isinstance(x, int):
                forms = [_number_pattern(x)]
                if below and x > 1:
                    forms.append(_number_pattern(x - 1))  # "at most 150" is less than 151
                pats.append(re.compile("|".join(forms), re.IGNORECASE))
                numbers.append(pats[-1])
            elif isinstance(x, str) and x.strip() and key not in ("relation", "let_relation"):
                val = x.strip()
                if len(val) > 60:
                    continue  # a request to repeat: the task's own text, not a value to look for
                if key == "language":
                    names = [LANGUAGE_NAMES.get(val, val), *_NATIVE_NAMES.get(val, ())]
                    names += [n for n, code in FOREIGN_NAMES.items() if code == val]
                    alt = "|".join(map(re.escape, names))
                    # named as the answer's language ("in Spanish", "except Portuguese", "Spanish only"), not
                    # in passing ("the Portuguese proverb")
                    pats.append(
                        re.compile(
                            rf"(?:{_LANG_FRAME})\s+(?:\w+\s+)?(?:{alt})(?!\w)|(?<!\w)(?:{alt})\s+(?:only|please|pls)\b",
                            re.IGNORECASE,
                        )
                    )
                    own = True
                    continue
                # a phrase may be written with other quotes or spacing; its words in order suffice
                words = _WORD.findall(val)
                if not words:
                    pats.append(re.compile(re.escape(val)))
                    continue
                body = r"\W{0,3}".join(map(re.escape, words))
                pats.append(re.compile(r"(?<![^\W_])" + body + r"(?![^\W_])", re.IGNORECASE))
                # a keyword or phrase of the user's own places a statement; a marker ("Section", "P.S."),
                # a script name or a letter is too common a word to
                own = own or (key in _OWN_KEYS and len(val) >= 3)
    return pats, numbers, own


class _Profile(NamedTuple):
    values: tuple[re.Pattern[str], ...]  # one per value: all must be named
    numbers: tuple[re.Pattern[str], ...]  # the numbers among them: named outside quotes
    own: bool  # a value of the user's own (keyword, phrase, language) places a statement by itself
    sig: frozenset[str]  # stems of the words that name what it checks
    units: re.Pattern[str] | None  # its unit in the other languages the grammar reads ("palabras")
    polarity: int  # 1: a ban (says no, its reversal does not); -1: the reverse; 0: neither or both
    language: bool  # a value is a language


@functools.lru_cache(maxsize=4096)
def _profile(type_id: str, kwargs_json: str) -> _Profile:
    """What a statement of this (id, kwargs) must name, and whether it says no."""
    from rpo_cli.constraints import registry
    from rpo_cli.stages.decompose_rules.lexicon_i18n import UNITS

    t = registry.build(type_id, json.loads(kwargs_json))
    pats, numbers, own = _value_patterns(t)
    values = {_stem(w) for w in _value_words(t.kwargs())}
    # the unit a count counts is what it checks, though the signature leaves such common words out
    units = {u for u in _UNITS if re.search(rf"\b{u}s?\b", t.describe(), re.IGNORECASE)}
    foreign = [UNITS[f"{u}s"] for u in sorted(units) if f"{u}s" in UNITS]
    units |= {syn for u in units for syn in _UNIT_SYNONYMS.get(u, ())}
    units |= {syn for w in _signature(t) for syn in _NAMES.get(w, ())}
    sig = frozenset(s for s in (_signature(t) | units) - values if len(s) > 3)
    r = t.reverse()
    says_no = bool(_NEGATION.search(t.describe()))
    rev_no = bool(r is not None and _NEGATION.search(r.describe()))
    polarity = 1 if says_no and not rev_no else -1 if rev_no and not says_no else 0
    unit_re = re.compile(r"(?<!\w)(?:" + "|".join(foreign) + r")(?!\w)", re.IGNORECASE) if foreign else None
    return _Profile(tuple(pats), tuple(numbers), own, sig, unit_re, polarity, "language" in t.kwargs())


def _names_check(text: str, prof: _Profile) -> bool:
    """Whether ``text`` has a word naming what the constraint checks: a signature stem, a word that
    shares a signature stem's first five letters and differs only in its ending ("titled", "emojis",
    "capitalised"), or its unit in another language."""
    if prof.units is not None and prof.units.search(text):
        return True
    for w in _WORD.findall(text):
        s = _stem(w)
        if s in prof.sig:
            return True
        if len(s) >= 5 and any(len(g) >= 5 and s[:5] == g[:5] and abs(len(s) - len(g)) <= 4 for g in prof.sig):
            return True
    return False


def _other_words(text: str, values: frozenset[str], prof: _Profile) -> list[str]:
    """The words of ``text`` beyond connectives, numbers, the values and what names the check."""
    numbers = set(_NUMBER_WORDS.values())
    return [
        w
        for w in _task_words(_WORD.findall(_QUOTED.sub(" ", text)), values)
        if w.lower() not in numbers and not _names_check(w, prof) and not _NEGATION.fullmatch(w)
    ]


def _pieces(content: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of one sentence (a quoted stretch is never split)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(content, start, end)]
    cuts: list[tuple[int, int]] = []
    for m in _BOUNDARY.finditer(content, start, end):
        if m.end() > m.start() and not any(a < m.start() < b for a, b in quoted):
            cuts.append((m.start(), m.end()))
    out: list[tuple[int, int]] = []
    pos = start
    for a, b in cuts:
        if a > pos and content[pos:a].strip():
            out.append((pos, a))
        pos = max(pos, b)
    if content[pos:end].strip():
        out.append((pos, end))
    return out


def _trim_end(content: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and stops: a place ends on its last word or mark."""
    while end > start and content[end - 1] in " .!?,;:":
        end -= 1
    return end


def _in_fence(content: str, pos: int) -> bool:
    return len(_FENCE.findall(content[:pos])) % 2 == 1


def anchored(
    conv: Conversation,
    c: Constraint,
    ctype: ConstraintType,
    taken: list[tuple[int, int, int]],
    again: bool = False,
) -> list[tuple[int, int, int, int]]:
    """Every place (message, start, end, core end) that states ``c`` by naming all its values and what it
    checks: per sentence, the smallest run of its clauses that does, under the rules in the module
    docstring. ``taken`` holds (message, start, end) of statements the grammar reads as other
    constraints; a place may not overlap one. ``again``: the grammar has found a statement of it
    already and these are restatements, so a place must name what it checks as well as its values
    (a keyword alone may be the task's: "Start with 'Dear Sam'" then "a note for Sam"). The core end
    is where the place ended before its aside or remark was taken in."""
    if ctype.id.startswith(_TASK_BOUND):
        return []
    values = _value_words(ctype.kwargs())
    prof = _profile(ctype.id, json.dumps(ctype.kwargs(), sort_keys=True, default=str))
    pats, numbers, own, sig, polarity = prof.values, prof.numbers, prof.own, prof.sig, prof.polarity
    if not pats and not sig:
        return []
    if not pats:
        sig = sig - _WEAK  # "Write a letter to ..." names no letter case
        prof = prof._replace(sig=sig)
    if again:
        own = False
    if (again or not pats) and not sig:
        return []
    if not pats and polarity == 0:
        return []  # a word alone, with no sense of yes or no, places nothing safely
    out: list[tuple[int, int, int, int]] = []
    for mi, msg in enumerate(conv.messages):
        if msg.role == "assistant" or not msg.content.strip():
            continue
        content = msg.content
        for a, b in _lines(content):
            if _in_fence(content, a):
                continue
            if (again or not pats) and len(_other_words(content[a:b], values, prof)) > 2:
                # a restatement, or a statement named by words alone, is a sentence of its own ("Again:
                # capitals only.", "Zero exclamation points."), not the task's ("Write a letter to ...")
                continue
            pieces = _pieces(content, a, b)
            best: tuple[int, int, int] | None = None  # (words, start, end)
            for i in range(len(pieces)):
                for j in range(i, len(pieces)):
                    s, e = pieces[i][0], pieces[j][1]
                    text = content[s:e]
                    n = len(_WORD.findall(text))
                    if n > _MAX_WORDS:
                        break
                    if not all(p.search(text) for p in pats):
                        continue
                    # a value inside a quoted stretch of the user's text ("Their version: 'Guaranteed
                    # returns ...'") names nothing; a value quoted on its own ("the word 'sunny'") does
                    own_text = _LONG_QUOTE.sub(lambda m: " " * len(m.group()), text)
                    if not all(p.search(own_text) for p in pats):
                        continue
                    bare = _QUOTED.sub(lambda m: " " * len(m.group()), text)
                    if not all(p.search(bare) for p in numbers):
                        continue
                    if sig and not own and not _names_check(bare, prof):
                        continue
                    if best is None or n < best[0]:
                        best = (n, s, e)
            if best is None:
                continue
            _, s, e = best
            # what follows up to the next words is its own ("... six asterisks: ******", "... (******)")
            tail = re.match(r"[^\w\n]*", content[e:b])
            if tail and not re.search(r"\w", content[e + tail.end() : b]):
                e = b
            e = _trim_end(content, s, e)
            text = content[s:e]
            if content[a:s].count("(") > content[a:s].count(")"):
                continue  # an aside explains a statement outside it ("bold nothing but X (so one highlight)")
            if prof.language and _TRANSLATE.search(text):
                continue  # "Translate X into Japanese": the language is the task's, not a clause of it
            if prof.language:
                # "... karma and [ahimsa] in English": words ahead of the frame that say nothing of a
                # language are the task's (a list item), not the statement's
                first = min(m.start() for p in pats if (m := p.search(text)))
                if first and not _names_check(text[:first], prof) and not _REQUEST_WORDS.search(text[:first]):
                    s += first
                    text = content[s:e]
            # the aside right after it is its own ("niet in het Engels (zijn vrouw spreekt het niet)"), and so
            # is a remark on it that ends the sentence ("DO NOT USE THE WORD 'SUNNY', it trips the model up")
            core = e
            aside = re.match(r"\s*\([^()\n]*\)", content[e:b])
            if aside:
                e += aside.end()
            remark = _REMARK.match(content[e:b])
            if remark and not any(p.search(remark.group()) for p in pats):
                e = _trim_end(content, s, b)
            text = content[s:e]
            if _head_says_no(content, a, s):
                continue  # the head turns the words around: a reversal in place would contradict it
            if polarity == 1 and (neg := _NEGATION.search(text)) and neg.start():
                # a ban starts at its "no": "Whatever you do [don't end with ...]"
                lead = text[: neg.start()]
                if (
                    len(_WORD.findall(lead)) <= 4
                    and not any(p.search(lead) for p in pats)
                    and not _names_check(lead, prof)
                ):
                    s += neg.start()
                    text = content[s:e]
            label = content[a:s]
            if label.rstrip().endswith(":") and 0 < len(_WORD.findall(label)) <= 4 and not _LIST_ITEM.match(label):
                # a short lead-in is the statement's own words ("keep it tight: ~150 words max"); left
                # beside the reversal it would argue for the original
                s = a
                text = content[s:e]
            # the value must be named as a requirement, not quoted inside the task's own text
            if any(qa <= s and e <= qb for qa, qb in ((m.start(), m.end()) for m in _QUOTED.finditer(content, a, b))):
                continue
            # the "not" of a quoted phrase or a keyword is the user's text, not a ban
            says_no = bool(_NEGATION.search(_QUOTED.sub(" ", text)))
            if polarity == 1 and not says_no:
                continue  # a ban whose "no" is elsewhere ("Things to avoid: exclamation marks")
            if polarity == -1 and says_no:
                continue  # a request stated through a no ("don't forget a P.S.") is left to the grammar
            if polarity == 0 and says_no and not pats:
                continue
            if any(tm == mi and ts < e and s < te for tm, ts, te in taken):
                continue
            out.append((mi, s, e, core))
    return out
