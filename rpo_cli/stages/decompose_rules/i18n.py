"""Requirements written in other languages (fr, de, es, it, pt, nl, pl, ru, zh, ja, ko, hi, ar, tr,
vi, id): counts ("Pas plus de 150 mots", "200文字以内", "3문장 이상"), ranges, bans ("sin emojis",
"不要用任何感叹号", "箇条書きは使わないで"), required and banned words, start/end phrases, the
response language, case, P.S., JSON and the << >> title.

The words live in ``lexicon_i18n``; this module only holds the shapes, so a new language or
synonym is a word added there. Each rule asks for the same evidence an English rule would (a
relation word next to a number next to a unit noun; a negation next to a banned noun), so numbers
in the task ("the book has 300 pages") and languages named as a topic are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules import lexicon_i18n as lx
from rpo_cli.stages.decompose_rules.grammar import _I, Ctx, Hit, _scan, rule

# a letter of an alphabetic script: word boundaries that also hold next to CJK text and digits
# (Arabic: letters and their marks, not the Arabic comma "،" or the Arabic-Indic digits)
_L = r"A-Za-zÀ-ɏЀ-ӿऀ-ॿء-ٟٮ-ۓ"
LB = rf"(?<![{_L}])"
RB = rf"(?![{_L}])"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NUMW = _alt(lx.NUMBER_WORDS)
NUMX = rf"(?:\d{{1,3}}(?:[., \u00a0]\d{{3}})+(?!\d)|\d+|{lx.CJK_NUM}|{LB}(?:{_NUMW}){RB})"
_REL_B = _alt(lx.REL_BEFORE)
_REL_A = _alt(lx.REL_AFTER)
_EXACT_B = _alt(lx.EXACT_BEFORE)
_EXACT_A = _alt(lx.EXACT_AFTER)
_UNIT = "|".join(rf"(?P<u_{k}>{v})" for k, v in lx.UNITS.items())
# a Korean/Japanese particle or measure word between a count and what follows ("500자 이내로", "7個")
_UNIT_ANON = "|".join(lx.UNITS.values())
_PART = r"(?:\s*(?:个|個|개|つ|の|으로|로|을|를|은|는|이|가|ı|i|u|ü|yi|yı|den|dan))?"
_PER_PART = lx.UNITS["sentences"] + "|" + lx.UNITS["lines"]
_EACH = re.compile(rf"{LB}(?:{lx.EACH}){RB}[^.;!?。！？]{{0,30}}$", _I)


def parse_i18n_number(text: str) -> int | None:
    """The value of a count written in any script's digits, a number word or a CJK numeral."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    digits = re.sub(r"[., \u00a0]", "", t)
    if digits.isdigit():
        return int(digits)
    if t in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[t]
    return lx.parse_cjk_numeral(t)


def _unit(m: re.Match) -> str:
    g = m.groupdict()
    if g.get("dual"):
        return lx.AR_DUAL[g["dual"]]
    return next(k for k in lx.UNITS if g.get(f"u_{k}"))


# "emoji à vontade (pelo menos dois)", "多用emoji，至少放5个": the relation and number after a pause
_UNIT_EH = "|".join(rf"(?P<u_{k}>{lx.UNITS[k]})" for k in ("emojis", "hashtags", "placeholders"))
_NOT_TIMES = r"(?!\s*(?:veces|fois|mal|volte|vezes|keer|razy|раз|kez|lần|kali|बार|مرات|次|回|번))"
_DUAL = _alt(lx.AR_DUAL)
# "Każde zdanie maks. 25 słów", "her cümle en fazla 10 kelime", "ninguna frase de más de 12 palabras"
_PER_SENT = re.compile(
    rf"{LB}(?:(?P<each>{lx.EACH})|(?P<none>{lx.NO_SENTENCE})){RB}\s*(?:{lx.UNITS['sentences']})"
    rf"\S{{0,3}}(?:\s+\S+){{0,2}}\s*$",
    _I,
)


def _rel_before(phrase: str) -> tuple[str, int]:
    key = re.sub(r"\s+", " ", phrase.lower())
    return lx.REL_BEFORE[key]


def _rel_after(phrase: str) -> tuple[str, int]:
    return lx.REL_AFTER[re.sub(r"\s+", " ", phrase.lower())]


def _count_hit(unit: str, rel: str, n: int, s: int, e: int) -> Hit | None:
    tid, key = lx.UNIT_IDS[unit]
    if n < 0 or (rel == "less than" and n < 2):
        return None
    if unit == "placeholders":
        return Hit(tid, {key: n}, s, e) if rel == "at least" else None
    return Hit(tid, {key: n, "relation": rel}, s, e)


@rule()
def _counts(ctx: Ctx) -> Iterator[Hit]:
    """ "Pas plus de 150 mots", "mindestens 3 Hashtags", "200文字以内", "세 문장 이하", "Смайликов
    максимум один", "entre 100 et 150 mots", "ちょうど7個"."""
    if not re.search(rf"[^\x00-\x7f]|\b(?:{lx.ASCII_HINT}|hashtags?)\b", ctx.text, _I):
        return
    seen: list[tuple[int, int]] = []

    def fresh(s: int, e: int) -> bool:
        if any(s < b and a < e for a, b in seen):
            return False
        seen.append((s, e))
        return True

    def scoped(pos: int) -> bool:
        before = ctx.content[max(ctx.unit.start, pos - 40) : pos]
        return bool(_EACH.search(before) or re.search(lx.NOT_COUNTING, ctx.content[ctx.unit.start : pos], _I))

    nonspace = re.search(lx.NONSPACE, ctx.text, _I) is not None

    # ranges first: "entre 100 et 150 mots", "от 200 до 250 слов", "400 sampai 500 kata", "100~150字"
    rng = (
        rf"(?:{LB}(?P<open>{lx.RANGE_OPEN}){RB}\s*)?(?P<a>{NUMX})\s*{_PART}\s*(?P<j>{LB}(?:{lx.RANGE_JOIN}){RB}|[-–~〜到至])"
        rf"\s*(?P<b>{NUMX})\s*{_PART}\s*(?:{_UNIT}){RB}"
    )
    for m in _scan(rng, ctx, _I):
        j = m.group("j").strip().lower()
        if (
            not m.group("open")
            and re.fullmatch(r"[a-zа-я]+|و|ile", j)
            and j not in ("до", "sampai", "hingga", "a", "do")
        ):
            continue
        lo, hi = parse_i18n_number(m.group("a")), parse_i18n_number(m.group("b"))
        unit = _unit(m)
        if lo is None or hi is None or lo >= hi or scoped(m.start()) or unit in ("placeholders", "bullets"):
            continue
        if fresh(m.start(), m.end()):
            g = m.start()
            for rel, n in (("at least", lo), ("less than", hi + 1)):
                h = _count_hit(unit, rel, n, m.start(), m.end())
                if h:
                    h.group = g
                    yield h
    pats = (
        # relation, number, noun: "au moins 3 hashtags", "不要超过120个单词", "Hooguit 6 regels"
        rf"{LB}(?P<rb>{_REL_B})(?:\s*(?:de|d['’]|放|用|写|有|加))?\s*(?P<n>{NUMX})\s*{_PART}\s*(?:{_UNIT}){RB}",
        # number, noun, relation: "150 mots maximum", "200文字以内", "3문장 이상", "600 kelimeyi geçme"
        rf"(?P<n>{NUMX})\s*{_PART}\s*(?:{_UNIT}){_PART}\s*(?P<ra>{_REL_A}){RB}",
        # number, relation, noun (CJK): "3个以上的话题标签", "5つ以上の絵文字"
        rf"(?P<n>{NUMX})\s*(?:个|個|つ|개)?\s*(?P<ra>以上|以内|以下|이상|이하|이내)(?:的|の)?\s*(?:{_UNIT})",
        # noun, number, relation (ko/ja): "문단은 4개 이상", "絵文字は3つ以上"
        rf"(?:{_UNIT})(?:은|는|이|가|は|を)\s*(?P<n>{NUMX})\s*(?:个|個|つ|개)?\s*(?P<ra>以上|以内|以下|이상|이하|이내|미만|未満)",
        # noun, relation, number: "Смайликов максимум один", "Emojis: höchstens zwei"
        rf"(?:{_UNIT}){RB}\s*[:—–-]?\s*(?P<rb>{_REL_B})\s*(?P<n>{NUMX})(?!\s*{_PART}\s*(?:{_UNIT_ANON}))",
        # exactly: "exactement 3 puces", "ちょうど7個", "ثلاث نقاط بالضبط"
        rf"{LB}(?P<ex>{_EXACT_B}){RB}\s*(?P<n>{NUMX})\s*{_PART}\s*(?:{_UNIT}){RB}",
        rf"(?P<n>{NUMX})\s*{_PART}\s*(?:{_UNIT})\s*(?P<ex2>{_EXACT_A})",
        # (the number closes the clause: "..., al menos 5 días" counts days, not emojis)
        rf"(?:{_UNIT_EH}){RB}[^.;!?。！？\n]{{0,22}}?[,，(（:：–—]\s*(?:[^\s.;!?。！？\n,，]+\s*){{0,2}}?{LB}(?P<rb>{_REL_B})"
        rf"(?:\s*(?:放|用|加|写))?\s*(?P<n>{NUMX})(?!\s*{_PART}\s*(?:{_UNIT_ANON})){_NOT_TIMES}"
        r"(?=\s*(?:个|個|つ|개|tane|adet|buah)?\s*(?:[.;!?。！？,，)）]|$))",
        # Arabic duals: "وسمين على الأقل", "لا يقل عن جملتين"
        rf"(?<![{_L}])(?P<dual>{_DUAL}){RB}\s*(?P<ra>{_REL_A})",
        rf"{LB}(?P<rb>{_REL_B})\s*(?P<dual>{_DUAL}){RB}",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            g = m.groupdict()
            n = 2 if g.get("dual") else parse_i18n_number(m.group("n"))
            unit = _unit(m)
            if n is None:
                continue
            if unit == "words" and not (g.get("ex") or g.get("ex2")):
                cap = _per_sentence_cap(ctx, m, g, n)
                if cap is not None:
                    if cap > 0 and fresh(m.start(), m.end()):
                        yield Hit("length:max_words_per_sentence", {"max_words": cap}, m.start(), m.end(), prio=60)
                    continue
            if scoped(m.start()):
                continue
            if g.get("ex") or g.get("ex2"):
                if unit != "bullets" or not fresh(m.start(), m.end()):
                    continue
                yield Hit("detectable_format:number_bullet_lists", {"num_bullets": n}, m.start(), m.end(), prio=52)
                continue
            rel, off = _rel_before(g["rb"]) if g.get("rb") else _rel_after(g["ra"])
            head = ctx.content[ctx.unit.start : m.start()]
            if (
                g.get("rb")
                and g["rb"].lower().startswith("plus")
                and re.search(r"(?:\bn['’]|\bne\s+)\S+\s*$", head, _I)
            ):
                continue  # "N'écris plus de 100 mots": ne ... plus (no longer?), not a bound
            if unit == "words" and re.search(rf"{LB}(?:{_PER_PART})(?:\s+\S+){{0,2}}\s*$", head, _I):
                continue  # "Ninguna frase de más de 12 palabras": a bound on each sentence
            if not fresh(m.start(), m.end()):
                continue
            if g.get("rb") and re.search(
                rf"{LB}(?:{lx.FLIP_NEG}){RB}\s*(?:[{_L}]+\s+)?$", ctx.content[ctx.unit.start : m.start()], _I
            ):
                rel = "less than" if rel == "at least" else "at least"  # "nie mehr als 5 Sätze"
            h = _count_hit(unit, rel, n + off, m.start(), m.end())
            if h and unit == "characters" and nonspace:
                h.id = "length:number_nonspace_characters"
            if h:
                h.prio = 52
                yield h


def _per_sentence_cap(ctx: Ctx, m: re.Match, g: dict, n: int) -> int | None:
    """The word cap on every sentence when the count follows "each sentence" / "no sentence", else None
    (0 when the count is scoped to sentences but reads as a floor, which bounds nothing here)."""
    head = ctx.content[max(ctx.unit.start, m.start() - 40) : m.start()]
    ps = _PER_SENT.search(head)
    if not ps:
        return None
    rel, off = _rel_before(g["rb"]) if g.get("rb") else _rel_after(g["ra"])
    tail = ctx.content[m.end() : min(ctx.unit.end, m.end() + 12)]
    if ps.group("none") or re.match(lx.NEG_TAIL, tail):
        rel = "less than" if rel == "at least" else "at least"
    return n + off - 1 if rel == "less than" else 0


# --- bans ------------------------------------------------------------------------------------

_DET = (
    r"(?:(?:les|des|de|d['’]|du|la|le|los|las|el|i|gli|os|as|o|a|die|der|den|het|any|任何|أي|ein|eine|un|une"
    r"|una|uno|um|uma|cualquier|qualquer|qualsiasi|nenhum|żadnych|никаких|tipo\s+de|type\s+de|with|con|com|mit)\s*){0,2}"
)
_ADJ = r"(?:[\w'’-]+\s+)?"  # one word between: "Jamais de liens vers", "маркированных списков"


@rule()
def _bans(ctx: Ctx) -> Iterator[Hit]:
    """ "Pas de smileys", "keine links", "sin comas", "Bez wykrzykników", "不要用任何感叹号",
    "箇条書きは使わないで", "마크다운 없이", "emoji kullanma", "لا تضع أي روابط"."""
    for key, (tid, kw, nouns) in lx.BAN_NOUNS.items():
        prio = 53 if key in ("headings", "bullets", "em_dash") else 52
        pats = (
            # (an Arabic conjunction "و"/"ف" stays out of the span: "ولا تضع أي روابط")
            rf"(?:{LB}|(?<=[وف]))(?:{lx.NEG_BEFORE})(?:(?![{_L}])|(?<=\s))\s*{_DET}(?:{_ADJ})?(?:{nouns}){RB}",
            rf"{LB}(?:{nouns})(?:\s*\([^)]{{0,12}}\))?{RB}(?:{lx.NEG_AFTER})",
        )
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                if key == "markdown" and re.search(r"titres|intertitres|headings?|überschriften", m.group(0), _I):
                    continue  # "pas de titres markdown": the headings ban
                yield Hit(tid, dict(kw), m.start(), m.end(), prio=prio)


# --- words, start/end --------------------------------------------------------------------------

_Q = lx.QUOTED_I18N
_OR = r"o|ou|oder|or|of|lub|albo|или|atau|hoặc|veya|ya\s+da|या|أو|或|または|또는"
_QLIST = (
    rf"(?:{_Q})(?:\s*(?:,|、|/|\s(?:et|und|y|e|en|i|and|dan|và|ve|и|و|और|{_OR})\s|\s*و|和|と|과|와|및)\s*(?:{_Q}))*"
)
_PHRASE_NOUN = r"表現|表达|短语|phrase|ausdruck|expresión|espressione|expressão|uitdrukking|wyrażenie|фраз\w+|выражени\w+|cụm\s+từ|frasa|ifade\w*|वाक्यांश|عبارة"  # noqa: E501
_NEG_ANY = re.compile(
    rf"{LB}(?:{lx.NEG_BEFORE}){RB}|(?:{lx.NEG_AFTER})|{LB}(?:nie|не|ne|non|não|no|niet|nicht|jangan|đừng|मत|لا|不要|别){RB}|빼|使わない",
    _I,
)


_TIMES = re.compile(
    rf"(?:\d+|{lx.CJK_NUM})\s*(?:veces|fois|mal|volte|vezes|keer|razy|раз\w*|kez|lần|kali|बार|مرات|次|回|번)", _I
)


def _items(qlist: str) -> list[str]:
    return [m.group(0)[1:-1].strip() for m in re.finditer(_Q, qlist)]


@rule()
def _keywords(ctx: Ctx) -> Iterator[Hit]:
    """ "Die Wörter „Kuchenbasar“ und „Elfmeterschießen“ müssen drin vorkommen", "tiene que aparecer la
    palabra «saudade»", "'열정'이라는 단어는 빼 주세요", "「申し訳ございません」という表現を必ず入れること"."""
    pats = (
        rf"{LB}(?P<noun>{lx.WORD_NOUN}){RB}\s*(?:de\s+|van\s+|)?[:：]?\s*(?P<q>{_QLIST})",
        rf"(?P<q>{_QLIST})\s*(?:(?:이)?라는|という|这个|这|का|की|के|adlı|kelimesi|sözcüğü|\s)?\s*(?P<noun>{lx.WORD_NOUN}|표현|단어)",
    )
    seen: set[int] = set()
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if m.start("q") in seen:
                continue
            seen.add(m.start("q"))
            items = [x for x in _items(m.group("q")) if x]
            if not items:
                continue
            text = ctx.text
            if re.search(rf"{LB}(?:{_OR}){RB}", re.sub(_Q, " ", m.group("q")), _I):
                continue  # "one of the words X or Y": include_any
            if _TIMES.search(text) or re.search(r"dreimal|zweimal|deux\s+fois|trois\s+fois", text, _I):
                continue  # "no debe aparecer más de 2 veces": a frequency, another family's
            if re.search(lx.ORDINAL, ctx.content[ctx.unit.start : m.start()], _I):
                continue  # "use the word X in the second sentence"
            # a negation in the same clause: "n'utilise pas le mot X", "'열정'이라는 단어는 빼 주세요"
            before = re.split(r"[,;.!?。！？，\n]", ctx.content[max(ctx.unit.start, m.start() - 25) : m.start()])[-1]
            after = re.split(r"[,;.!?。！？，\n]", ctx.content[m.end() : min(ctx.unit.end, m.end() + 20)])[0]
            neg = _NEG_ANY.search(before + " " + m.group(0) + after)
            phrase = re.fullmatch(_PHRASE_NOUN, m.group("noun"), _I) is not None
            if neg:
                if phrase:
                    continue
                yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=51)
            elif re.search(lx.INCLUDE_VERB, text, _I):
                if phrase and len(items) == 1:
                    yield Hit("keywords:required_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=51)
                elif not phrase:
                    yield Hit("keywords:existence", {"keywords": items}, m.start(), m.end(), prio=51)


@rule()
def _say_not(ctx: Ctx) -> Iterator[Hit]:
    """ "nie pisz „okazja życia”", "n'écris pas « à couper le souffle »", "不要写“总而言之”", "「X」とは書かないで":
    a quoted phrase banned with a verb of writing; one word is a banned word, more are a phrase."""
    pats = (
        rf"{LB}(?:{lx.NEG_SAY}){RB}\s*(?:[{_L}]+\s+){{0,2}}?[:：]?\s*(?P<q>{_QLIST})",
        rf"(?P<q>{_QLIST})\s*(?:{lx.NEG_SAY_POST})",
    )
    seen: set[int] = set()
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            items = [x for x in _items(m.group("q")) if x and re.search(r"\w", x)]
            if not items or m.start("q") in seen or any(len(x) > 60 for x in items):
                continue
            seen.add(m.start("q"))
            if len(items) == 1 and len(items[0].split()) >= 2:
                yield Hit("keywords:forbidden_phrase", {"phrase": items[0]}, m.start(), m.end(), prio=55)
            else:
                yield Hit("keywords:forbidden_words", {"forbidden_words": items}, m.start(), m.end(), prio=51)


_NEG_START = re.compile(
    r"(?:\b(?:nie|не|ne|non|não|no|niet|nicht|nunca|jamais|mai|никогда|jangan|đừng|never)\b|不要|别|لا)\s*(?:\S+\s+){0,2}$",
    _I,
)


@rule()
def _start_end(ctx: Ctx) -> Iterator[Hit]:
    """ "Termine par « Bien cordialement, Julien »", "最後は「おしまい」で終わらせて", "Nie zaczynaj od
    „Sprzedam”", "akhiri dengan kalimat "Yuk checkout sekarang!"", "ابدأ الفقرة بعبارة « ... »"."""
    for verb, post, pos_id, neg_id, key in (
        (lx.START_VERB, lx.START_VERB_POST, "startend:start_phrase", "startend:not_start_phrase", "start_phrase"),
        (lx.END_VERB, lx.END_VERB_POST, "startend:end_checker", None, "end_phrase"),
    ):
        pats = (
            rf"{LB}(?P<v>{verb}){RB}[^.;!?。！？\n«„「“\"']{{0,30}}?{LB}(?:{lx.START_PREP}){RB}"
            rf"[^.;!?。！？\n«„「“\"']{{0,20}}?(?P<q>{_Q})",
            rf"(?:以\s*)?(?P<q>{_Q})\s*(?P<v>{post})",
        )
        for pat in pats:
            for m in _scan(pat, ctx, _I):
                if re.fullmatch(r"结尾|结束|开头|開始", m.group("v")) and not m.group(0).startswith("以"):
                    continue  # zh 开头/结尾 only as "以「X」开头"
                phrase = m.group("q")[1:-1].strip()
                head = ctx.content[ctx.unit.start : m.start()]
                if not re.search(r"\w", phrase) or _EACH.search(head[-40:]) or re.search(lx.ORDINAL, head, _I):
                    continue
                neg = _NEG_START.search(ctx.content[ctx.unit.start : m.start()])
                if neg:
                    if neg_id:
                        yield Hit(neg_id, {key: phrase}, ctx.unit.start + neg.start(), m.end(), prio=52)
                    continue
                yield Hit(pos_id, {key: phrase}, m.start(), m.end(), prio=52)


# --- language, case, markers ---------------------------------------------------------------------

_LNAME = _alt(lx.LANGUAGE_NAMES)
_LFRAME = "|".join(f.replace("{L}", rf"(?P<l{i}>{_LNAME})") for i, f in enumerate(lx.LANGUAGE_FRAMES))
_ASK = (
    r"répon\w*|écri\w*|rédig\w*|antwort\w*|schreib\w*|verfass\w*|respon\w*|escrib\w*|redact\w*|rispond\w*|rispost\w*"
    r"|scriv\w*|escrev\w*|antwoord\w*|schrijf\w*|odpowi\w*|napisz|pisz\w*|ответ\w*|напиш\w*|пиши|письмо|текст"
    r"|cevap\w*|yanıt\w*|yaz\w*|olsun|mektup\w*|trả\s+lời|viết|jawab\w*|tulis\w*|esai|जवाब|उत्तर|लिख\w*|निबंध|हो|हों"
    r"|اكتب\w*|أجب|رد|回答|回复|写|答え|書い|書き|답|써|작성|대답|lettre|brief|carta|lettera|list|essay|text\w*"
    r"|skriv\w*|svar\w*|pake|pakai\w*|gunakan|gunain|menggunakan|pakek"
)


_LANG_NEG = re.compile(
    r"(?:(?<![\w])(?:niet|pas|nicht|no|non|não|nie|не|không|değil|jangan|nunca|jamais|never|nigdy|никогда|asla"
    r"|auf\s+keinen\s+fall|keinesfalls|en\s+aucun\s+cas|de\s+ningún\s+modo)|不要|不|لا|मत)\s*$",
    _I,
)


_LLEAD = re.compile(rf"(?:{lx.LANGUAGE_LEAD})$", _I)
_LTAIL = re.compile(lx.LANGUAGE_TAIL, _I)


def _tail_negated(ctx: Ctx, tail: re.Match) -> bool:
    """A Korean verb after the frame that is negated right after it ("영어로 쓰지 마세요")."""
    return re.search(lx.LANGUAGE_TAIL_NEG, ctx.content[tail.start("ko") : tail.end() + 6]) is not None


def _frame_code(m: re.Match) -> str | None:
    name = next(v for v in m.groupdict().values() if v)
    return lx.LANGUAGE_NAMES.get(name.lower()) or lx.LANGUAGE_NAMES.get(name)


@rule()
def _language(ctx: Ctx) -> Iterator[Hit]:
    """ "Réponds en anglais", "Schreib auf Deutsch", "Odpowiadasz tylko po polsku", "bằng tiếng Anh",
    "dalam bahasa Inggris", "निबंध हिंदी में हो", "اكتبها باللغة الفرنسية فقط", "回答は英語のみで", "영어로"; the
    span takes the words around the frame that ask for it ("한국어로만 작성하고", "Öykü Türkçe olsun")."""
    ask = re.search(_ASK, ctx.text, _I) is not None
    for m in _scan(_LFRAME, ctx, _I):
        code = _frame_code(m)
        if code is None:
            continue
        lead = _LLEAD.search(ctx.content, ctx.unit.start, m.start())
        tail = _LTAIL.match(ctx.content, m.end(), ctx.unit.end)
        if tail and tail.group("ko") and _tail_negated(ctx, tail):
            tail = None  # "영어로 쓰지 마세요": the verb is negated, it asks for nothing
        neg = _LANG_NEG.search(ctx.content[max(ctx.unit.start, m.start() - 20) : m.start()])
        # "Hooguit 250 woorden, niet in het Engels (...)": a negated frame opening its own clause of a list of
        # requirements asks by itself
        own = neg and re.search(r"(?:^|[,;:(]|\n)\s*$", ctx.content[ctx.unit.start : m.start() - len(neg.group(0))])
        if not (ask or lead or tail or own):
            continue
        if neg:
            # "niet in het Engels"; after "auf Deutsch" it only restates that language
            positive = {_frame_code(x) for x in re.finditer(_LFRAME, ctx.content, _I)
                        if not _LANG_NEG.search(ctx.content[max(0, x.start() - 20) : x.start()])}  # fmt: skip
            if not positive - {code, None}:
                start = m.start() - 20 + neg.start() if m.start() >= 20 else neg.start()
                yield Hit("language:not_response_language", {"language": code}, max(ctx.unit.start, start), m.end(),
                          prio=50)  # fmt: skip
            continue
        after = ctx.content[m.end() : m.end() + 12]
        if re.match(
            r"\s*(?:[-–]?\s*(?:text|texte|word|mot|wort|palabra|kata|từ|kelime|слов|単語|단어|词|版|version))",
            after,
            _I,
        ):
            continue  # "the English word for", a text quoted in that language
        start = lead.start() if lead else m.start()
        yield Hit("language:response_language", {"language": code}, start, tail.end() if tail else m.end(), prio=49)


@rule()
def _case(ctx: Ctx) -> Iterator[Hit]:
    """ "auf Englisch und komplett kleingeschrieben", "in het Engels en helemaal in HOOFDLETTERS": the
    English case rules, only where English is asked for (a French text in lowercase is no IFEval case)."""
    if not any(_frame_code(x) == "en" for x in re.finditer(_LFRAME, ctx.text, _I)):
        return
    for pat, tid in ((lx.LOWERCASE, "change_case:english_lowercase"), (lx.CAPITALS, "change_case:english_capital")):
        for m in _scan(rf"{LB}(?:{pat}){RB}", ctx, _I):
            before = ctx.content[max(ctx.unit.start, m.start() - 30) : m.start()]
            if _NEG_ANY.search(before) or re.search(
                r"titre|titel|título|titolo|tytuł|заголов|标题|タイトル|제목|başlık", before, _I
            ):
                continue
            yield Hit(tid, {}, m.start(), m.end(), prio=52)


_END_WORDS = (
    r"(?<![\w])(?:am\s+ende|à\s+la\s+fin|al\s+final|alla\s+fine|no\s+final|aan\s+het\s+eind[e]?|na\s+końcu"
    r"|в\s+конце|sonunda|sonuna|cuối|di\s+akhir|ajoute[zr]?|añade|agrega|lleve|aggiungi|adicione|acrescente|voeg"
    r"|dodaj|добавь\w*|ekle\w*|thêm|tambahkan)(?![\w])|अंत\s+में|जोड़|النهاية|أضف|最后|最後|加上|付け|추가|마지막"
)


@rule()
def _markers(ctx: Ctx) -> Iterator[Hit]:
    """A P.S. ("Am Ende ein P.S.", "que lleve una posdata que empiece con P.D."), JSON ("Devuélveme
    solo un JSON", "JSON फ़ॉर्मेट में") and a title in << >> asked for in another language."""
    for m in _scan(rf"(?<!\w)(?:{lx.POSTSCRIPT})", ctx, _I):
        head = ctx.content[ctx.unit.start : m.start()]
        if not re.search(_END_WORDS, head, _I) or _NEG_ANY.search(head[-20:]):
            continue
        marker = "P.D." if re.match(r"P\.\s?D|posdata", m.group(0), _I) and "P.D" in ctx.text else "P.S."
        yield Hit("detectable_content:postscript", {"postscript_marker": marker}, m.start(), m.end(), prio=52)
    for m in _scan(lx.JSON_ASK, ctx, _I):
        if not _NEG_ANY.search(ctx.content[max(ctx.unit.start, m.start() - 15) : m.start()]):
            yield Hit("detectable_format:json_format", {}, m.start(), m.end(), prio=50)
    title = (
        r"titre|titel|título|titolo|tytuł|заголов\w*|название|başlık\w*|tiêu\s+đề|judul|शीर्षक|عنوان|标题|タイトル|제목"
    )
    for m in _scan(rf"{LB}(?:{title})[^<\n]{{0,60}}<<[^<>\n]{{1,60}}>>", ctx, _I):
        yield Hit("detectable_format:title", {}, m.start(), m.end(), prio=50)


@rule()
def _scripts(ctx: Ctx) -> Iterator[Hit]:
    """ "Пиши только кириллицей", "漢字は一切使わず", "रोमन लिपि में", "한자를 같이 적어": scripts asked
    for or banned in other languages; a hedge ("なるべく", "по возможности") leaves a wish, not a rule."""
    if not re.search(r"[^\x00-\x7f]", ctx.text):
        return
    for pat, tid, script in lx.SCRIPT_RULES:
        for m in _scan(pat, ctx, _I):
            near = ctx.content[max(ctx.unit.start, m.start() - 15) : min(ctx.unit.end, m.end() + 5)]
            if re.search(lx.SCRIPT_HEDGE, near, _I):
                continue
            yield Hit(tid, {"script": script}, m.start(), m.end(), prio=55)


@rule()
def _question_end(ctx: Ctx) -> Iterator[Hit]:
    """ "Termine par une question", "não termina com pergunta", "اختم ردك دائماً بسؤال", "問いかけで終わるのも
    やめて", "질문으로 끝내지 마": the response ends (or must not end) with a question."""
    hint = r"[^\x00-\x7f]|\b(?:question|frage|pregunta|domanda|pergunta|vraag|pertanyaan|soru\w*)\b"
    if not re.search(hint, ctx.text, _I):
        return
    pats = (
        rf"{LB}(?:{lx.Q_END_VERB}){RB}[^.;!?。！？\n]{{0,25}}?{LB}{lx.Q_END_NOUN}{RB}",
        rf"(?:以|用)?\s*(?:一个)?{lx.Q_END_POST}",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            if i == 1 and re.search(r"结尾|结束|收尾", m.group(0)) and not re.match(r"以|用", m.group(0)):
                continue  # zh only as "以问题结尾" ("问题结束后" is a time)
            before = ctx.content[max(ctx.unit.start, m.start() - 20) : m.start()]
            if re.search(rf"{LB}(?:{lx.Q_END_TOPIC}){RB}", ctx.content[max(ctx.unit.start, m.start() - 30) : m.start()],
                         _I):  # fmt: skip
                continue
            after = ctx.content[m.end() : min(ctx.unit.end, m.end() + 12)]
            neg = bool(_NEG_ANY.search(before) or re.search(lx.Q_END_NEG_POST, after, _I))
            neg = neg or bool(re.search(r"bitirme\b|bitmesin", m.group(0), _I))
            tid = "content:not_end_with_question" if neg else "content:end_with_question"
            yield Hit(tid, {}, m.start(), m.end(), prio=60)
