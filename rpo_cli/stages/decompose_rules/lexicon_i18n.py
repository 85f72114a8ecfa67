"""Word lists for requirements written in other languages, kept in one place.

Sixteen languages: fr, de, es, it, pt, nl, pl, ru, zh, ja, ko, hi, ar, tr, vi, id. Every list is a
regex alternation (or a dict of words) per language; the rules that read them live in
``i18n.py`` (counts, bans, keywords, start/end, language, case, P.S., JSON, title; the bans of
``grammar._foreign_negated`` read ``FOREIGN_BAN``). Nothing here runs on its own. Lists are
deliberately short: only words whose requirement sense dominates, so a word in the task content
("the book has 300 pages") does not read as a constraint.

Numbers: digits of every script already match ``\\d`` in Python regexes and ``int()`` reads them
(Arabic-Indic, Devanagari, full-width), so only number *words* and CJK numerals are listed here.
"""

from __future__ import annotations

# --- number words (used by i18n.NUMX / parse_i18n_number) -------------------------------------
# one..twenty, the tens and a few hundreds, per language (inflected forms where a count takes them).
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60, "cent": 100, "deux cents": 200, "trois cents": 300, "mille": 1000},
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
           "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
           "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "zweihundert": 200, "dreihundert": 300,
           "tausend": 1000},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
           "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30,
           "cuarenta": 40, "cincuenta": 50, "cien": 100, "ciento": 100, "doscientas": 200, "doscientos": 200,
           "trescientas": 300, "trescientos": 300, "cuatrocientas": 400, "cuatrocientos": 400,
           "quinientas": 500, "quinientos": 500, "mil": 1000},
    "it": {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
           "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
           "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100, "duecento": 200, "trecento": 300,
           "quattrocento": 400, "cinquecento": 500, "mille": 1000},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
           "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
           "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100,
           "duzentas": 200, "duzentos": 200, "trezentas": 300, "trezentos": 300, "quinhentas": 500,
           "quinhentos": 500, "mil": 1000},
    "nl": {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
           "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
           "veertig": 40, "vijftig": 50, "honderd": 100, "tweehonderd": 200, "driehonderd": 300, "duizend": 1000},
    "pl": {"jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3,
           "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7,
           "osiem": 8, "dziewięć": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12,
           "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50,
           "sto": 100, "dwieście": 200, "trzysta": 300},
    "ru": {"один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3,
           "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6,
           "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "десять": 10, "десяти": 10,
           "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "двадцати": 20,
           "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100, "двести": 200, "триста": 300},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
           "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yüz": 100},
    "vi": {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
           "mười": 10, "hai mươi": 20, "ba mươi": 30, "một trăm": 100, "trăm": 100},
    "id": {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "lima belas": 15, "dua puluh": 20,
           "tiga puluh": 30, "lima puluh": 50, "seratus": 100},
    "hi": {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
           "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "पंद्रह": 15, "बीस": 20, "तीस": 30, "चालीस": 40,
           "पचास": 50, "सौ": 100},
    "ar": {"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4,
           "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8,
           "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "خمسين": 50,
           "مائة": 100, "مئة": 100},
    # Korean native numerals as they stand before a counter ("세 문장"); digits are the usual form
    "ko": {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6,
           "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20},
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {w: n for table in _NUMBER_WORDS.values() for w, n in table.items()}

# CJK numerals (zh, ja): "两个", "三句", "二十", "一百五十"; read by parse_cjk_numeral.
CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
CJK_SCALES = {"十": 10, "百": 100, "千": 1000}
CJK_NUM = r"[〇零一二两兩三四五六七八九十百千]+"


def parse_cjk_numeral(text: str) -> int | None:
    """The value of a CJK numeral ("十五" 15, "二十" 20, "一百五十" 150), or None."""
    total, cur = 0, 0
    for ch in text:
        if ch in CJK_DIGITS:
            cur = cur * 10 + CJK_DIGITS[ch] if cur and ch in "〇零" else CJK_DIGITS[ch]
        elif ch in CJK_SCALES:
            total += max(cur, 1) * CJK_SCALES[ch]
            cur = 0
        else:
            return None
    return total + cur


# --- relations (used by i18n._counts) ----------------------------------------------------------
# Before the number: phrase -> (relation, offset), as grammar._REL_TABLE ("at most N" = "less than N+1").
_AT_LEAST = (
    "au moins", "au minimum", "minimum", "pas moins de", "pas moins d'", "mindestens", "wenigstens", "minimal",
    "nicht weniger als", "al menos", "por lo menos", "como mínimo", "mínimo", "no menos de", "almeno",
    "come minimo", "minimo", "non meno di", "perlomeno", "per lo meno", "pelo menos", "no mínimo", "ao menos",
    "não menos de", "minstens", "minimaal", "ten minste", "tenminste", "niet minder dan", "op zijn minst",
    "co najmniej", "przynajmniej", "nie mniej niż", "min.", "не менее", "не меньше", "минимум", "хотя бы",
    "как минимум", "по крайней мере", "en az", "asgari", "ít nhất", "tối thiểu", "không dưới", "paling sedikit",
    "setidaknya", "sekurang-kurangnya", "minimal", "कम से कम", "न्यूनतम", "لا يقل عن", "لا تقل عن",
    "ما لا يقل عن", "على الأقل", "至少", "不少于", "不低于", "不得少于", "不能少于", "不要少于", "不可少于",
    "不应少于", "不得低于", "最少", "起码", "少なくとも", "最低でも", "最低", "최소한",
    "최소", "적어도",
)  # fmt: skip
_MORE_THAN = (
    "plus de", "plus d'", "mehr als", "más de", "più di", "oltre", "mais de", "mais que", "meer dan",
    "więcej niż", "ponad", "более", "больше", "hơn", "lebih dari", "أكثر من", "多于", "超过",
)  # fmt: skip
_LESS_THAN = (
    "moins de", "moins d'", "weniger als", "unter", "menos de", "menos que", "meno di", "minder dan", "onder",
    "mniej niż", "poniżej", "менее", "меньше", "dưới", "ít hơn", "kurang dari", "di bawah", "أقل من", "少于",
    "不到", "低于",
)  # fmt: skip
_AT_MOST = (
    "au plus", "au maximum", "maximum", "max.", "max", "pas plus de", "pas plus d'", "jusqu'à", "höchstens",
    "maximal", "nicht mehr als", "bis zu", "como máximo", "como mucho", "máximo", "máx.", "no más de", "hasta",
    "a lo sumo", "al massimo", "massimo", "non più di", "fino a", "no máximo", "não mais de", "não mais que",
    "não mais do que", "até", "maximaal", "hooguit", "hoogstens", "niet meer dan", "ten hoogste", "najwyżej",
    "maksymalnie", "maks.", "nie więcej niż", "не больше", "не более", "максимум", "не длиннее", "en fazla",
    "en çok", "maksimum", "azami", "tối đa", "không quá", "nhiều nhất", "không vượt quá", "maksimal",
    "paling banyak", "tidak lebih dari", "ज़्यादा से ज़्यादा", "ज्यादा से ज्यादा", "अधिक से अधिक", "अधिकतम",
    "لا يزيد عن", "لا يزيد على", "لا تزيد عن", "لا يتجاوز", "لا تتجاوز", "بحد أقصى", "كحد أقصى", "最多", "不超过",
    "不要超过", "不得超过", "不能超过", "别超过", "至多", "最大", "多くても", "최대",
)  # fmt: skip
REL_BEFORE: dict[str, tuple[str, int]] = {}
for _table, _val in ((_MORE_THAN, ("at least", 1)), (_LESS_THAN, ("less than", 0)), (_AT_LEAST, ("at least", 0)),
                     (_AT_MOST, ("less than", 1))):  # fmt: skip
    for _p in _table:
        REL_BEFORE[_p] = _val
# "exactly": fr de es it pt nl pl ru tr vi id hi zh ja ko
EXACT_BEFORE = (
    "exactement", "genau", "exakt", "exactamente", "justo", "esattamente", "precisamente", "exatamente",
    "precies", "exact", "dokładnie", "ровно", "tam olarak", "tam", "đúng", "chính xác", "tepat", "persis", "ठीक",
    "恰好", "正好", "刚好", "ちょうど", "ぴったり", "정확히", "딱",
)  # fmt: skip
# After the number and its noun: "150 mots maximum", "200文字以内", "3문장 이상", "5 أسطر على الأقل".
REL_AFTER: dict[str, tuple[str, int]] = {
    "maximum": ("less than", 1), "max.": ("less than", 1), "max": ("less than", 1), "maximal": ("less than", 1),
    "máximo": ("less than", 1), "massimo": ("less than", 1), "maksimum": ("less than", 1),
    "максимум": ("less than", 1), "au maximum": ("less than", 1), "como máximo": ("less than", 1),
    "al massimo": ("less than", 1), "no máximo": ("less than", 1), "hooguit": ("less than", 1),
    "höchstens": ("less than", 1), "maksimal": ("less than", 1), "tối đa": ("less than", 1),
    "minimum": ("at least", 0), "mínimo": ("at least", 0), "minimo": ("at least", 0), "минимум": ("at least", 0),
    "mindestens": ("at least", 0), "au minimum": ("at least", 0), "como mínimo": ("at least", 0),
    "no mínimo": ("at least", 0), "minimaal": ("at least", 0), "minimal": ("at least", 0),
    "ou moins": ("less than", 1), "oder weniger": ("less than", 1), "o menos": ("less than", 1),
    "o meno": ("less than", 1), "ou menos": ("less than", 1), "of minder": ("less than", 1),
    "lub mniej": ("less than", 1), "или меньше": ("less than", 1), "atau kurang": ("less than", 1),
    "ou plus": ("at least", 0), "oder mehr": ("at least", 0), "o más": ("at least", 0), "o più": ("at least", 0),
    "ou mais": ("at least", 0), "of meer": ("at least", 0), "lub więcej": ("at least", 0),
    "или больше": ("at least", 0), "atau lebih": ("at least", 0), "trở lên": ("at least", 0),
    "trở xuống": ("less than", 1), "على الأقل": ("at least", 0), "كحد أدنى": ("at least", 0),
    "كحد أقصى": ("less than", 1), "以内": ("less than", 1), "之内": ("less than", 1), "以下": ("less than", 1),
    "以上": ("at least", 0), "未満": ("less than", 0), "이내": ("less than", 1), "이하": ("less than", 1),
    "이상": ("at least", 0), "미만": ("less than", 0), "से कम": ("less than", 0), "से ज़्यादा": ("at least", 1),
    "से ज्यादा": ("at least", 1), "से लंबा": ("at least", 1), "से लंबी": ("at least", 1),
    "से बड़ा": ("at least", 1), "से अधिक": ("at least", 1), "den az": ("less than", 0),
    "dan az": ("less than", 0), "den fazla": ("at least", 1), "dan fazla": ("at least", 1),
    "geçme": ("less than", 1), "geçmesin": ("less than", 1), "geçmemeli": ("less than", 1),
    "넘지 않게": ("less than", 1), "넘기지 말": ("less than", 1),
}  # fmt: skip
EXACT_AFTER = ("بالضبط", "تماماً", "تماما", "pile", "genau")
# "between A and B": the opener (optional) and the joiner of a range, any language.
RANGE_OPEN = r"entre|zwischen|tra|fra|tussen|między|od|от|antara|từ|بين|在|arası|dari"
RANGE_JOIN = r"et|und|y|e|en|a|i|do|до|sampai|hingga|dan|đến|tới|و|-|–|~|〜|到|至|ile|arası"

# --- unit nouns (used by i18n._counts): constraint family -> alternation ------------------------
# Latin/Cyrillic words carry their own endings; CJK counters come with an optional measure word.
UNITS: dict[str, str] = {
    "words": r"mots?|w[öo]rte(?:r|rn)?|wort|palabras?|parol[ae]|palavras?|woorden|woord|słów|słowa|słowo|слов(?:а|о)?"
             r"|kelime\w*|sözcük\w*|từ|kata|शब्द(?:ों)?|كلمات|كلمة|个?单词|个?英文单词|個?単語|ワード|단어|낱말",
    "sentences": r"phrases?|s[äa]tze?n?|satz|frases?|oraciones?|oración|frasi|zinnen|zin|zdań|zdania|zdanie"
                 r"|предложени[йея]|cümle\w*|câu|kalimat|वाक्य(?:ों)?|جمل|جملة|句话?|个句子|文(?!字)|문장",
    "lines": r"lignes?|zeilen?|líneas?|renglones?|versos?|righe|riga|versi|linee|linhas?|regels?|linij(?:e|ek|ki|ka)"
             r"|linijk(?:i|a|ę)|wiersz(?:y|e|a)?|строк(?:и|а|у)?|satır\w*|dòng|baris|पंक्तियों|पंक्तियाँ|पंक्ति"
             r"|أسطر|سطور|سطر|行|줄",
    "characters": r"caractères?|zeichen|caracteres?|caratteri|tekens|znaków|znaki|знак(?:ов|а|и)?|символ(?:ов|а)?"
                  r"|karakter\w*|ký\s+tự|kí\s+tự|huruf|अक्षर(?:ों)?|حرفا|حرف|أحرف|个?字符?|文字|字|자|글자",
    "hashtags": r"hashtags?|hashtag\w*|hasztag\w*|хэштег\w*|хештег\w*|个?话题标签|ハッシュタグ|해시태그|हैशटैग\w*"
                r"|وسوم|وسما|هاشتاغات|هاشتاغ",
    "emojis": r"emojis?|émojis?|emoji\w*|emotikon\w*|emotek|smileys?|смайлик\w*|эмодзи|个?表情(?:符号)?|絵文字"
              r"|이모지|이모티콘|इमोजी|إيموجي",
    "placeholders": r"placeholders?|platzhalter|espaces?\s+réservés?|marcadores\s+de\s+posición|segnaposto"
                    r"|espaços\s+reservados|plaatsaanduidingen|placeholdery|заполнител\w*|yer\s+tutucu\w*"
                    r"|占位符|プレースホルダー|플레이스홀더",
    "paragraphs": r"paragraphes?|abs[äa]tze?n?|p[áa]rrafos?|paragrafi|paragrafo|par[áa]grafos?|alinea['’]?s|alinea"
                  r"|paragrafen|akapit(?:y|ów|u)?|абзац(?:ев|а|ы)?|paragraf\w*|đoạn(?:\s+văn)?|अनुच्छेद(?:ों)?"
                  r"|पैराग्राफ़?|فقرات|فقرة|个?段落?|段落|문단|단락",
    "bullets": r"puces|points?\s+à\s+puces|aufzählungspunkte|stichpunkte|viñetas|punti\s+elenco|marcadores"
               r"|opsommingstekens|bullets?|bullet\s+points?|punktów|punkty|пункт(?:ов|а)?|madde|gạch\s+đầu\s+dòng"
               r"|poin|बुलेट\s+पॉइंट\w*|نقاط|نقطة|个?要点|個?の?箇条書き|개의\s+항목",
}  # fmt: skip
# family -> (constraint id, count kwarg); bullets say "exactly N" with another id (see i18n).
UNIT_IDS: dict[str, tuple[str, str]] = {
    "words": ("length_constraints:number_words", "num_words"),
    "sentences": ("length_constraints:number_sentences", "num_sentences"),
    "lines": ("length:number_lines", "num_lines"),
    "characters": ("length:number_characters", "num_chars"),
    "hashtags": ("content:number_hashtags", "num_hashtags"),
    "emojis": ("format:number_emojis", "num_emojis"),
    "placeholders": ("detectable_content:number_placeholders", "num_placeholders"),
    "bullets": ("format:bullet_points", "num_bullets"),
    "paragraphs": ("length:number_paragraphs_blankline", "num_paragraphs"),
}
# Words that show a Latin-script prompt may be foreign (the count rules skip plain English otherwise).
ASCII_HINT = (
    r"mots?|palabras|parole|woorden|zinnen|regels|kata|kalimat|baris|karakter|huruf|poin|paragraf|alinea\w*|kelime"
    r"|s[lł]ow\w*|zdan\w*|frases|frasi|righe|linhas|linee|linhas|satze|worte|zeilen|zeichen|caracteres|caratteri"
    r"|tekens|minimal|maksimal|setidaknya|paling|mindestens|hochstens|minimaal|maximaal|hooguit|almeno|massimo"
    r"|pelo\s+menos|menos|moins|al\s+menos|co\s+najmniej|najwyzej|toi\s+da|en\s+az|en\s+fazla"
)
# Arabic duals: one word for "two X" ("وسمين" two hashtags, "جملتين" two sentences).
AR_DUAL: dict[str, str] = {
    "وسمين": "hashtags", "وسمان": "hashtags", "هاشتاغين": "hashtags", "كلمتين": "words", "كلمتان": "words",
    "جملتين": "sentences", "جملتان": "sentences", "سطرين": "lines", "سطران": "lines", "فقرتين": "paragraphs",
    "فقرتان": "paragraphs", "حرفين": "characters",
}
# "every sentence at most N words": the sentence nouns after EACH, and a negation that scopes every
# sentence ("ninguna frase de más de 12 palabras", "कोई भी वाक्य ... न हो", "hiçbir cümle").
NO_SENTENCE = (
    r"aucune|keine?r?|ningun[ao]|ninguna|ningún|nessuna|nenhuma|geen|żadne|ни\s+одно|hiçbir|không\s+có"
    r"|tidak\s+ada|कोई\s+भी|لا\s+(?:تتجاوز|يتجاوز)\s+أي|没有(?:任何)?一?|どの"
)
# a negation after the count ("15 शब्दों से लंबा न हो", "10 kelimeyi geçmesin" is a relation already)
NEG_TAIL = r"\s*(?:न\s+हो|नहीं\s+हो|नहीं|मत\s+हो)"
# "each sentence / every paragraph": a count scoped to one part is not the text's length.
EACH = r"chaque|jede[rsn]?|cada|ogni|elk[e]?|każd[eay]|кажд\w+|her|mỗi|setiap|tiap|हर|प्रत्येक|كل|每|各|각"

# --- bans (used by i18n._bans) ------------------------------------------------------------------
# A negation before the noun: "pas de", "keine", "sin", "niente", "sem", "geen", "bez", "без", "tanpa",
# "không", "بدون", "不要用", with the verbs people put between ("n'utilise pas de", "no metas").
NEG_BEFORE = (
    r"pas\s+de|pas\s+d['’]|sans|aucune?s?|jamais\s+de|zéro|n['’]\s*(?:utilise|utilisez|mets|mettez|ajoute|ajoutez"
    r"|inclus|incluez|emploie)\s+(?:pas|aucune?|jamais)(?:\s+de|\s+d['’])?|ne\s+mets\s+pas\s+de|évite[zr]?"
    r"|kein(?:e|en|er)?|ohne|vermeide|verzichte\s+auf|nicht\s+(?:verwenden|benutzen)"
    r"|sin|nada\s+de|ningún|ninguna|no\s+(?:uses|utilices|pongas|incluyas|metas|añadas|agregues|use|pongan)"
    r"(?:\s+ning[uú]n[ao]?)?|evita"
    r"|niente|senza|nessun[oa]?|non\s+(?:usare|mettere|inserire|includere|aggiungere)"
    r"|sem|nada\s+de|nenhum|nenhuma|não\s+(?:use|usar|uses|ponha|ponhas|coloque|coloques|inclua|metas|adicione)"
    r"|evite"
    r"|geen|zonder|vermijd"
    r"|bez|żadnych|nie\s+(?:używaj|używasz|dodawaj|wstawiaj|stosuj|dawaj)"
    r"|без|никаких|не\s+(?:используй|используйте|ставь|ставьте|добавляй|добавляйте|вставляй)|избегай"
    r"|tanpa|jangan\s+(?:pakai|pake|gunakan|menggunakan|kasih|tambahkan|masukkan|ada)|hindari|tidak\s+pakai"
    r"|không\s+(?:dùng|sử\s+dụng|có|được\s+dùng|chèn|thêm)|đừng\s+(?:dùng|sử\s+dụng|chèn|thêm)|tránh"
    r"|बिना|بدون|دون|بلا|لا\s+(?:تستخدم|تضع|تكتب|تضف)\s+(?:أي\s+)?|ولا|تجنب"
    r"|不要(?:用|使用|放|加|出现|包含|带)?(?:任何)?|别(?:用|放|加)?|不用|禁止(?:使用)?|不能(?:用|有)"
)  # fmt: skip
# A negation after the noun (ja, ko, tr, hi, nl): "箇条書きは使わないで", "링크는 넣지 마세요",
# "emoji kullanma", "इमोजी मत डालना", "laat emoji's achterwege".
NEG_AFTER = (
    r"(?:は|を|も)?\s*(?:使わない|使用しない|入れない|付けない|つけない|なし|禁止)"
    r"|(?:은|는|을|를|도)?\s*(?:쓰지|사용하지|넣지|붙이지)\s*마|(?:은|는|을|를|도)?\s*(?:빼|없이)"
    r"|\s*(?:kullanma|koyma|ekleme|olmasın|yok|atma)\w*"
    r"|\s*(?:का\s+)?(?:इस्तेमाल|उपयोग|प्रयोग)?\s*(?:मत|न)\s+\S+|\s*नहीं"
    r"|\s+achterwege|\s+weg"
)  # fmt: skip
# The negation before a banned noun as grammar._foreign_negated reads it in es, fr, de, it, pt ("sin comas",
# "ohne Ausrufezeichen", "sin comas ni emojis"), with the articles that may stand between.
FOREIGN_BAN = (
    r"nada\s+de|rien\s+de|niente|kein(?:e|en)?\s+einzige[ns]?|tampoco(?:\s+(?:uses|pongas|incluyas|utilices))?|"
    r"(?:sin|sans|ohne|senza|sem)(?:\s+(?:usar|utiliser|verwenden|usare|utilizzare|nada\s+de|ningun[ao]s?|aucune?s?|"
    r"jegliche[ns]?|irgendwelche|alcun[ao]?|alcune|nessun[ao]?|nenhu?ma?s?|nenhum))?"
    r"|no\s+(?:uses|utilices|incluyas|pongas|use|utilice|incluya|ponga|usar|usen|incluir)(?:\s+ningun[ao]s?)?"
    r"|(?:n['’]\s*|ne\s+)(?:utilise|utilisez|mets|mettez|emploie|employez|inclus|incluez)\s+(?:pas|aucune?)(?:\s+de|\s+d['’])?"
    r"|pas\s+de|aucune?|keine[n]?|(?:verwende|benutze|nutze|verwenden\s+sie|benutzen\s+sie)\s+keine[n]?"
    r"|non\s+(?:usare|utilizzare|mettere|includere|usate|utilizzate|inserire)|nessun[ao]?"
    r"|não\s+(?:use|usar|utilize|utilizar|inclua|coloque|ponha)|nenhu?ma?|nenhum"
    r"|evita(?:r)?|evite[zr]?|évite[zr]?|vermeide|verzichte\s+auf|bitte\s+ohne"
    r"|ni|né|nem"  # the further items of a negated list: "sin comas ni emojis"
)
FOREIGN_DET = r"(?:(?:los|las|el|la|les|le|des|de|d['’]|du|die|der|den|i|gli|il|os|as|o|a|tipo\s+de|type\s+de)\s*){0,2}"
# family -> (constraint id, kwargs, alternation of nouns)
BAN_NOUNS: dict[str, tuple[str, dict, str]] = {
    "emoji": ("format:no_emoji", {},
              r"emojis?|émojis?|emoji['’]s|emoticons?|émoticônes?|emotikon\w*|emotek|emotki|smileys?|smajlik\w*"
              r"|эмодзи|смайл\w*|表情(?:符号|包)?|絵文字|顔文字|이모지|이모티콘|इमोजी|إيموجي|رموز\s+تعبيرية"),
    "links": ("content:no_urls", {},
              r"liens?|links?|enlaces?|collegamenti|ligações|linkjes|linków|linki|odnośnik\w*|ссыл\w*|urls?"
              r"|链接|网址|外部链接|リンク|링크|लिंक|روابط|رابط|bağlantı\w*|linkler\w*|đường\s+link|tautan"),
    "exclamation": ("punctuation:no_exclamation", {},
                    r"points?\s+d['’]exclamation|ausrufezeichen|signos?\s+de\s+exclamación|exclamaciones"
                    r"|punti\s+esclamativi|punto\s+esclamativo|pontos?\s+de\s+exclamação|uitroeptekens?"
                    r"|wykrzyknik\w*|восклицательн\w+(?:\s+знак\w*)?|感叹号|感嘆符|느낌표|विस्मयादिबोधक\s+चिह्न"
                    r"|علامات?\s+التعجب|ünlem\w*|dấu\s+chấm\s+than|tanda\s+seru"),
    "comma": ("punctuation:no_comma", {},
              r"virgules?|kommas?|kommata|comas|virgole|vírgulas|komma['’]s|przecink\w*|запят\w+|逗号|読点|쉼표"
              r"|अल्पविराम|فواصل|فاصلة|virgül\w*|dấu\s+phẩy"),
    "markdown": ("format:no_markdown", {}, r"markdown|마크다운|マークダウン|मार्कडाउन|ماركداون"),
    "bullets": ("format:bullet_points", {"num_bullets": 1, "relation": "less than"},
                r"listes?\s+à\s+puces|puces|aufzählungszeichen|aufzählungen|stichpunkte|viñetas|elenchi\s+puntati"
                r"|punti\s+elenco|marcadores|opsommingstekens|wypunktowa\w*|маркированн\w+\s+спис\w+|项目符号"
                r"|箇条書き|글머리\s*기호|불릿|बुलेट\s+पॉइंट\w*|madde\s+işaret\w*|gạch\s+đầu\s+dòng"),
    "headings": ("format:markdown_headings", {"num_headings": 1, "relation": "less than"},
                 r"intertitres|titres\s+markdown|überschriften|encabezados|titoletti|kopjes|nagłówk\w*"
                 r"|заголовк\w*|見出し|헤더|(?:#\s+ile\s+)?başlık"),
    "em_dash": ("punctuation:no_em_dash", {},
                r"tirets?\s+cadratins?|cadratins?|gedankenstrich\w*|rayas|guiones\s+largos|trattini\s+lunghi"
                r"|travessões?|gedachtestreepjes?|półpauz\w*|длинн\w+\s+тире|тире|破折号|ダッシュ|줄표"
                r"|uzun\s+tire|dấu\s+gạch\s+ngang\s+dài|tanda\s+pisah"),
}  # fmt: skip

# --- keywords, start/end (used by i18n._keywords, i18n._start_end) -----------------------------
# Quotes people use in these languages: « », „ “, 「 」, 『 』, “ ”, " ", ' '.
QUOTED_I18N = (
    r"«\s*[^»\n]{1,80}?\s*»|„[^“”\n]{1,80}[“”]|「[^」\n]{1,80}」|『[^』\n]{1,80}』|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\""
    r"|(?<![\w'])'[^'\n]{1,80}?'(?![^\W가-힣\u3040-\u30ff\u4e00-\u9fff])|‘[^’\n]{1,80}’"
)
WORD_NOUN = (
    r"mots?|w[öo]rter|wort|palabras?|parol[ae]|palavras?|woorden|woord|słow[ao]|słów|слов[оа]?|kelime\w*"
    r"|sözcü\w*|từ|kata|शब्द(?:ों)?|كلمة|كلمات|词|単語|言葉|단어|表現|表达|短语|phrase|Ausdruck|expresión"
    r"|espressione|expressão|uitdrukking|wyrażenie|фраз\w+|выражени\w+|cụm\s+từ|frasa|ifade\w*|वाक्यांश|عبارة"
)  # fmt: skip
INCLUDE_VERB = (
    r"utilise|inclu|mets|emploie|doit\s+apparaître|apparaisse|verwende|benutze|vorkommen|enthalten|einbauen"
    r"|usa|incluye|incluya|aparec|tiene\s+que|use|inclua|apareça|gebruik|moet|użyj|używaj|wstaw|упомяни|используй"
    r"|включи|geçsin|kullan|geçmeli|nhắc|dùng|phải\s+có|sử\s+dụng|pakai|gunakan|masukkan|harus|ज़रूर|जरूर|शामिल"
    r"|استخدم|أدرج|اذكر|必须|一定|要有|包含|入れ|含め|使って|넣어|포함|infila|metti|inserisci|deve|devono"
    r"|müssen|muss|debe|deve|musi|обязательно|mutlaka|nhớ|wajib|必ず"
)  # fmt: skip
# verbs before the quoted phrase (a preposition must follow: "commence par", "beginne mit", "начни с")
START_VERB = (
    r"commence[zr]?|commencer|débute[zr]?|beginne|beginnen\s+sie|empieza|comienza|empiece|comience|empezar"
    r"|inizia|comincia|iniziare|começa|comece|inicie|começar|begin|zacznij|zaczynaj|rozpocznij|начни|начинай|начните"
    r"|начинаться|bắt\s+đầu|mulai|awali|ابدأ|ابدئي"
)  # fmt: skip
END_VERB = (
    r"termine[zr]?|terminer|finis|conclus|beende|schließe|termina|acaba|finaliza|concluye|termine|terminar|conclua"
    r"|finalize|eindig|zakończ|kończ|закончи|заверши|заканчивай|kết\s+thúc|akhiri|tutup|اختم|اختتم"
)  # fmt: skip
START_PREP = r"par|avec|mit|con|com|por|met|od|с|со|dengan|bằng|ب\S*"
# verbs after the quoted phrase (ja, ko, tr, hi, zh: "「X」で始めて", "'X'로 시작", "X ile başla", "以「X」开头")
START_VERB_POST = r"で始め|から始め|で書き始め|로\s*시작|으로\s*시작|ile\s+başla\w*|से\s+शुरू|开头|開始"
END_VERB_POST = (
    r"で終わ|で締め|로\s*끝|으로\s*끝|로\s*마무리|ile\s+bitir\w*|ile\s+bitsin|पर\s+(?:ख़|ख)त्म|से\s+(?:ख़|ख)त्म|结尾|结束"
)
# "the second paragraph must start with": an ordinal part, not the response (used by i18n._start_end, _keywords)
ORDINAL = (
    r"deuxième|troisième|second[ea]?|zweite[nrs]?|dritte[nrs]?|segundo|segunda|tercer[ao]?|terzo|terza|tweede|derde"
    r"|drugi[mey]?|drugiego|trzeci\w*|втор\w+|трет\w+|第二|第三|두\s*번째|세\s*번째|दूसर\w+|तीसर\w+|الثاني\w*"
    r"|الثالث\w*|ikinci|üçüncü|thứ\s+hai|thứ\s+ba|kedua|ketiga"
)  # fmt: skip
# a count that leaves part of the text out: "(không tính phần chép lại)", "sans compter", "ohne die Wiederholung"
NOT_COUNTING = (
    r"không\s+tính|sans\s+compter|nicht\s+mitgezählt|ohne\s+die|sin\s+contar|senza\s+contare"
    r"|sem\s+contar|不算|不含|を除|제외하고|hariç|tidak\s+termasuk|बिना\s+गिने|دون\s+احتساب"
)  # fmt: skip
# a negation that flips the relation after it: "nie mehr als 5 Sätze", "jamais plus de" (used by i18n._counts)
FLIP_NEG = (
    r"nie|nicht|niemals|keinesfalls|keineswegs|auf\s+keinen\s+fall|jamais|pas|nunca|jamás|no|non|não|niet|nooit"
    r"|nigdy|не|никогда|không|jangan|tidak|asla|mai|sin|sem|sans"
)  # fmt: skip
# characters not counting spaces -> number_nonspace_characters (used by i18n._counts)
NONSPACE = (
    r"공백\s*(?:을\s*)?제외|공백\s*빼고|sans\s+(?:les\s+)?espaces|ohne\s+leerzeichen|sin\s+espacios"
    r"|senza\s+spazi|sem\s+espaços|zonder\s+spaties|bez\s+spacji|без\s+пробелов|不含空格|不计空格|空白を除"
    r"|スペースを除|boşluksuz|không\s+tính\s+khoảng\s+trắng|tanpa\s+spasi"
)  # fmt: skip

# --- language names (used by i18n._language): how each language names the others ----------------
# name -> language code (codes as language:response_language expects).
LANGUAGE_NAMES: dict[str, str] = {
    # fr
    "anglais": "en", "français": "fr", "allemand": "de", "espagnol": "es", "italien": "it", "portugais": "pt",
    "japonais": "ja", "chinois": "zh", "néerlandais": "nl", "polonais": "pl", "russe": "ru",
    # de
    "englisch": "en", "deutsch": "de", "französisch": "fr", "spanisch": "es", "italienisch": "it",
    "portugiesisch": "pt", "japanisch": "ja", "türkisch": "tr", "polnisch": "pl", "russisch": "ru",
    # es / pt / it
    "inglés": "en", "español": "es", "francés": "fr", "alemán": "de", "portugués": "pt", "italiano": "it",
    "inglês": "en", "espanhol": "es", "francês": "fr", "alemão": "de", "português": "pt", "japonês": "ja",
    "inglese": "en", "francese": "fr", "tedesco": "de", "spagnolo": "es", "portoghese": "pt",
    # nl
    "engels": "en", "nederlands": "nl", "duits": "de", "frans": "fr", "spaans": "es",
    # pl (po X-u)
    "angielsku": "en", "polsku": "pl", "niemiecku": "de", "francusku": "fr", "hiszpańsku": "es", "rosyjsku": "ru",
    # ru (на X)
    "английском": "en", "русском": "ru", "немецком": "de", "французском": "fr", "испанском": "es",
    "украинском": "uk",
    # tr ("İ" lowercases to "i" and a combining dot: both spellings are listed)
    "ingilizce": "en", "i̇ngilizce": "en", "türkçe": "tr", "almanca": "de", "fransızca": "fr", "ispanyolca": "es",
    "i̇spanyolca": "es", "italyanca": "it", "i̇talyanca": "it", "rusça": "ru", "arapça": "ar", "japonca": "ja",
    "korece": "ko", "çince": "zh",
    # vi (tiếng X)
    "tiếng anh": "en", "tiếng việt": "vi", "tiếng pháp": "fr", "tiếng đức": "de", "tiếng nhật": "ja",
    # id (bahasa X)
    "bahasa inggris": "en", "bahasa indonesia": "id", "bahasa jepang": "ja", "bahasa jerman": "de",
    # sv / da / no (på X)
    "svenska": "sv", "engelska": "en", "danska": "da", "norska": "no", "tyska": "de", "franska": "fr",
    "dansk": "da", "norsk": "no", "engelsk": "en", "svensk": "sv",
    # hi (the nukta letter is written precomposed or as letter and sign: both spellings are listed)
    "अंग्रेज़ी": "en", "अंग्रे\u095bी": "en", "अंग्रेजी": "en", "इंग्लिश": "en", "हिंदी": "hi", "हिन्दी": "hi",
    # ar
    "الإنجليزية": "en", "الانجليزية": "en", "الإنكليزية": "en", "العربية": "ar", "العربي": "ar", "الفرنسية": "fr",
    "الألمانية": "de",
    # zh / ja / ko
    "英文": "en", "英语": "en", "中文": "zh", "汉语": "zh", "日语": "ja", "法语": "fr", "德语": "de",
    "英語": "en", "日本語": "ja", "中国語": "zh", "フランス語": "fr", "ドイツ語": "de",
    "영어": "en", "한국어": "ko", "한글": "ko", "일본어": "ja", "중국어": "zh", "프랑스어": "fr", "독일어": "de",
    "스페인어": "es",
}  # fmt: skip
# The frame that makes a name a manner ("in English"), per language, with {L} for the name.
LANGUAGE_FRAMES = (
    r"\ben\s+{L}\b", r"\bauf\s+{L}\b", r"\bin\s+het\s+{L}\b", r"\bpo\s+{L}\b", r"\bна\s+{L}(?:\s+языке)?",
    r"\b(?:en|em|in)\s+{L}\b",
    # Turkish: "İngilizce yaz", not the negative imperative "İngilizce yazma" / "cevap verme"
    r"(?<!\w){L}\s+(?:olsun|olmalı\w*|olarak|(?:yaz|cevap\s+ver|yanıt\s+ver|yanıtla|cevapla|anlat)(?!m[ae](?:y[ıi]n\w*)?\b)\w*"
    r"|(?>(?:cevap|yanıt)\w*)(?!\s+verme))",
    r"\bbằng\s+{L}\b",
    r"\bdalam\s+{L}\b", r"{L}\s+में",
    # sv / da / no "på svenska"; Indonesian "pakai bahasa Indonesia" (the verb of using is the frame)
    r"\bpå\s+{L}\b",
    r"\b(?:pake|pakai|pakailah|gunakan|gunain|menggunakan|pakek)\s+{L}\b",
    r"(?:باللغة\s+|ب){L}", r"(?:用|使用|以){L}", r"{L}(?:のみ)?で", r"{L}로",
    r"{L}の?み",
)  # fmt: skip
# What a statement of the language takes around its frame: the verb or noun that asks for it, before
# ("पूरा जवाब हिंदी में", "Öykü Türkçe olsun", "اكتب بالعربية", "Ответь на русском") or after ("한국어로만 작성하고",
# "हिंदी में होना चाहिए", "بالعربية فقط", "Türkçe olarak yaz"). A frame with either needs no other asking word.
LANGUAGE_LEAD = (
    r"(?:(?:पूरा|सारा|पूरी|सारी)\s+)?(?:जवाब|उत्तर|कविता|लेख|संदेश|मैसेज|कहानी|पत्र)\s+|(?:पूरा|सारा|पूरी|सारी)\s+"
    r"|(?<![\w])(?:(?:öykü|hikaye|hikâye|cevap|yanıt|metin|şiir|yazı|mektup|mesaj|e-posta)\w*\s+)?"
    r"(?:sadece|yalnızca|yalnız|tamamen|tümüyle|baştan\s+sona)\s+"
    r"|(?<![\w])(?:öykü|hikaye|hikâye|cevap|yanıt|metin|şiir|yazı|mektup|mesaj|e-posta)\w*\s+"
    r"|(?:اكتب|أكتب|اكتبي|أجب|اجب|أجيبي|رد|ردّ|تحدث|الرد|الإجابة|الاجابة)\s+(?:[\u0600-\u06ff]+\s+)?"
    r"|(?:ответь|ответьте|напиши|напишите|пиши|пишите)\s+(?:\S+\s+){0,3}?"
)  # fmt: skip
LANGUAGE_TAIL = (
    r"\s*(?:만\s*)?(?:(?:모두|전부|다)\s*)?(?P<ko>작성|써|쓰|답|대답|응답|답변|말|해|적|번역)\w*"
    r"|\s+(?:ही\s+)?(?:होना\s+चाहिए|होनी\s+चाहिए|हो|लिख[\u0900-\u097f]*|दे[\u0900-\u097f]*|दीजिए|बता[\u0900-\u097f]*)"
    r"|\s+فقط"
    r"|(?<=olarak)\s+(?:yaz|cevap\s+ver|yanıt\s+ver|yanıtla|cevapla|anlat)(?!m[ae](?:y[ıi]n\w*)?\b)\w*"
)  # fmt: skip
# a verb after the frame that is negated: "영어로 쓰지 마세요"
LANGUAGE_TAIL_NEG = r"지\s*(?:마|말)|않"

# --- case (used by i18n._case) ------------------------------------------------------------------
LOWERCASE = (
    r"kleingeschrieben|kleinbuchstaben|en\s+minuscules?|en\s+minúsculas?|in\s+minuscolo|em\s+minúsculas?"
    r"|in\s+kleine\s+letters|małymi\s+literami|строчными(?:\s+буквами)?|küçük\s+harf\w*|chữ\s+thường"
    r"|huruf\s+kecil|全部小写|小写|小文字|소문자"
)  # fmt: skip
CAPITALS = (
    r"großbuchstaben|en\s+majuscules?|en\s+mayúsculas?|in\s+maiuscolo|em\s+maiúsculas?|in\s+hoofdletters"
    r"|wielkimi\s+literami|заглавными(?:\s+буквами)?|прописными(?:\s+буквами)?|büyük\s+harf\w*|chữ\s+in\s+hoa"
    r"|huruf\s+(?:kapital|besar)|全部大写|大写|大文字|대문자"
)  # fmt: skip

# --- P.S., JSON, title (used by i18n._markers) --------------------------------------------------
POSTSCRIPT = r"P\.\s?S\.|P\.\s?D\.|PS:|post-?scriptum|posdata|추신|追伸|附言|पुनश्च|ملاحظة\s+ختامية"
JSON_ASK = (
    r"(?<![\w])(?:en|im|als|em|w|в|dưới\s+dạng|dalam\s+format|بصيغة|بتنسيق)\s+(?:formato\s+|format\s+|формате\s+)?JSON"
    r"|(?:用|以)\s*JSON|JSON\s*(?:形式|格式|포맷|형식|फ़ॉर्मेट|फॉर्मेट|format\w*)?\s*(?:で|로|으로|में|olarak|输出|回答)"
    r"|(?<![\w])(?:solo|nur|seulement|uniquement|apenas|alleen|tylko|только|chỉ|hanya|只)\s+(?:un\s+|ein\s+|um\s+|een\s+)?JSON"
)  # fmt: skip

# --- scripts (used by i18n._scripts) ------------------------------------------------------------
# (pattern, constraint id, script): writing only in one script bans the one the text would slip into
# ("только кириллицей" bans Latin, "रोमन लिपि में" bans Devanagari); a named script with a negation
# bans it ("漢字は一切使わず", "без латиницы", "देवनागरी बिल्कुल नहीं"); "한자를 같이 적어" asks for it.
SCRIPT_RULES: tuple[tuple[str, str, str], ...] = (
    (r"(?:только|исключительно)\s+(?:на\s+)?кириллиц\w*"
     r"|(?:пиши|напиши|пишите|напишите|отвечай|ответь|ответьте)\s+(?:[а-яё]+\s+){0,3}?кириллицей(?!\s+(?:и|или)\s)"
     r"|без\s+латиниц\w*|(?:никаких|без)\s+латинск\w+\s+(?:букв|символ)\w*|латиниц\w*\s+не\s+(?:используй|пиши)",
     "language:no_script", "latin"),
    (r"(?:रोमन|लैटिन)\s+(?:लिपि|अक्षरों)\s+में|हिंग्लिश\s+में|देवनागरी\s+(?:लिपि\s+)?(?:बिल्कुल\s+|का\s+इस्तेमाल\s+)?(?:नहीं|मत)",
     "language:no_script", "devanagari"),
    (r"漢字(?:は|を|も)?\s*(?:一切|全く|まったく|絶対に?)?\s*(?:使わ(?:ない|ず)|使用しない|使用せず|なし|禁止)"
     r"|(?:ひらがな|平仮名)(?:と(?:カタカナ|片仮名))?(?:だけ|のみ)|(?:不要|别|不)(?:用|使用)(?:任何)?汉字|只用拼音"
     r"|한자(?:는|를|도)?\s*(?:절대\s*)?(?:쓰지|사용하지|넣지)\s*마|한자\s*없이",
     "language:no_script", "han"),
    (r"한자(?:를|도)?\s*(?:같이|함께|병기|괄호\s*안에)\s*(?:적어|써|넣어|표기)|(?:括号|括弧)\S{0,6}(?:汉字|漢字)",
     "language:use_script", "han"),
    (r"بالحروف\s+اللاتينية|بالأحرف\s+اللاتينية|(?:بدون|دون|بلا)\s+(?:أي\s+)?(?:حروف|أحرف)\s+عربية",
     "language:no_script", "arabic"),
    (r"(?:بدون|دون|بلا)\s+(?:أي\s+)?(?:حروف|أحرف)\s+لاتينية|(?:لا\s+تستخدم)\s+(?:أي\s+)?(?:حروف|أحرف)\s+لاتينية",
     "language:no_script", "latin"),
)  # fmt: skip
# a hedge that makes the script ban a wish ("漢字はなるべく使わないで", "по возможности")
SCRIPT_HEDGE = r"なるべく|できるだけ|なるだけ|尽量|가능하면|되도록|по\s+возможности|желательно|जहाँ\s+तक\s+हो|إن\s+أمكن"

# --- "don't write 'X'" (used by i18n._say_not) ----------------------------------------------------
# A negated verb of writing or saying right before a quoted phrase, per language.
NEG_SAY = (
    r"nie\s+(?:pisz|piszcie|używaj|mów|dawaj)|n['’]\s*(?:écris|écrivez|utilise|utilisez|emploie)\s+pas"
    r"|ne\s+(?:dis|dites|mets)\s+pas"
    r"|schreib(?:e|t)?\s+nicht|sag(?:e|t)?\s+nicht|benutze\s+nicht|no\s+(?:escribas|digas|pongas|uses|utilices)"
    r"|non\s+(?:scrivere|dire|usare|mettere)|não\s+(?:escrevas?|escreva|digas?|diga|uses?|coloque)"
    r"|schrijf\s+niet|zeg\s+niet|gebruik\s+niet|не\s+(?:пиши|пишите|говори|используй|используйте)"
    r"|jangan\s+(?:tulis|menulis|bilang|pakai|gunakan)|đừng\s+(?:viết|nói|dùng|ghi)|لا\s+(?:تكتب|تقل|تستخدم)"
    r"|不要(?:写|说|用|出现)|别(?:写|说|用)|不能(?:写|说)"
)  # fmt: skip
# ... or after it (ja, ko, tr, hi): "「X」とは書かないで", "'X'라고 쓰지 마", "'X' yazma", '"X" मत लिखो'
NEG_SAY_POST = (
    r"(?:とは|と|って)?\s*(?:書かないで|書かない|言わないで|使わないで)|(?:이)?라고\s*(?:쓰지|하지|말하지)\s*마"
    r"|(?:diye\s+)?(?:yazma|deme|kullanma)(?![a-zçğıöşü])|(?:मत|न)\s+(?:लिख|कह|बोल)\w*"
)  # fmt: skip

# --- ending on a question (used by i18n._question_end) --------------------------------------------
# verb of ending, then (preposition, article) and the question noun: "termine par une question",
# "não termina com pergunta", "kończ pytaniem", "заканчивай вопросом", "اختم ردك بسؤال"
Q_END_VERB = (
    END_VERB + r"|termina\w*|termine\w*|acab\w*|finisc\w*|termin\w*|eindig\w*|kończ\w*|zakończ\w*|заканчива\w*"
    r"|законч\w*|заверш\w*|kết\s+thúc|akhiri|diakhiri|berakhir|تختم|اختم\w*|اختتم\w*|انه\w*"
)
Q_END_NOUN = (
    r"(?:(?:par|avec|mit|met|con|com|por|dengan|bằng|sur)\s+(?:(?:une?|einer?|een|una|uma|um|một|sebuah|câu)\s+)?"
    r"(?:[\w-]+\s+)?(?:question|frage|pregunta|domanda|pergunta|vraag|hỏi|pertanyaan)"
    r"|pytaniem|вопросом|بسؤال|بتساؤل)"
)  # fmt: skip
# the noun first (ja, ko, zh, tr, hi): "問いかけで終わる", "질문으로 끝내", "以问题结尾", "soruyla bitir", "सवाल पर ख़त्म"
Q_END_POST = (
    r"(?:質問|問いかけ|疑問文|問い|질문|물음|问题|问句|提问|soru\w*|सवाल|प्रश्न)\s*"
    r"(?:で終わ|で締め|로\s*끝|으로\s*끝|로\s*마무리|结尾|结束|收尾|(?:ile\s+)?bit[a-zçğıöşü]*|पर\s+(?:ख़|ख)त्म|से\s+(?:ख़|ख)त्म)"
)
# a negation after the verb (ja, ko, tr, hi): "終わるのもやめて", "끝내지 마", "bitirme", "ख़त्म न करें"
Q_END_NEG_POST = (
    r"^\S{0,4}?(?:ないで|ないように|のはやめ|のもやめ|るのはNG|지\s*마|지\s*않|bitirme\b|bitmesin|\s*(?:न|मत)\s)"
)
# a verb of ending told, not asked for: "explain how the film ends with a question"
Q_END_TOPIC = (
    r"cómo|como|comment|pourquoi|wie|warum|come|perché|hoe|waarom|jak|dlaczego|как|почему|bagaimana|mengapa"
    r"|nasıl|neden|tại\s+sao|thế\s+nào|كيف|لماذا"
)
