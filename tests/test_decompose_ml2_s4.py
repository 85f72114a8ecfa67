"""Requirements in other languages, session 4 helper ml2: per-sentence word caps, paragraph counts,
counts whose relation follows the noun after a pause, Arabic duals and script rules, each shape in
several languages, with near misses (task numbers, scripts as a topic, hedged or negated forms)."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _got(text: str) -> set[tuple[str, str]]:
    return {(c.id, repr(sorted(c.kwargs.items()))) for c in rule_decompose([Message(role="user", content=text)])}


def _has(text: str, cid: str, **kw) -> bool:
    return (cid, repr(sorted(kw.items()))) in _got(text)


def _ids(text: str) -> set[str]:
    return {c.id for c in rule_decompose([Message(role="user", content=text)])}


MW, P, E, H = ("length:max_words_per_sentence", "length:number_paragraphs_blankline", "format:number_emojis",
               "content:number_hashtags")  # fmt: skip
NS = "language:no_script"


@pytest.mark.parametrize(
    ("text", "cid", "kw"),
    [
        # every sentence at most N words
        ("Każde zdanie maksymalnie 25 słów.", MW, {"max_words": 25}),
        ("Pisz tak, żeby każde zdanie miało najwyżej 12 słów.", MW, {"max_words": 12}),
        ("Bir hikaye yaz, her cümle en fazla 10 kelime olsun.", MW, {"max_words": 10}),
        ("Ninguna frase de más de 12 palabras.", MW, {"max_words": 12}),
        ("Chaque phrase doit faire au plus 15 mots.", MW, {"max_words": 15}),
        ("Jeder Satz höchstens 12 Wörter.", MW, {"max_words": 12}),
        ("각 문장은 15단어 이하로 써 줘.", MW, {"max_words": 15}),
        ("各文は20単語以内にしてください。", MW, {"max_words": 20}),
        ("Mỗi câu không quá 12 từ.", MW, {"max_words": 12}),
        ("Setiap kalimat maksimal 15 kata.", MW, {"max_words": 15}),
        ("كل جملة لا تتجاوز 12 كلمة.", MW, {"max_words": 12}),
        ("और कोई भी वाक्य 15 शब्दों से लंबा न हो।", MW, {"max_words": 15}),
        # paragraphs with a relation
        ("Podziel na co najmniej 3 akapity oddzielone pustą linią.", P, {"num_paragraphs": 3, "relation": "at least"}),
        ("Разбей текст на абзацы через пустую строку, хотя бы 4 абзаца.", P,
         {"num_paragraphs": 4, "relation": "at least"}),
        ("Pisahkan paragraf dengan baris kosong, minimal 4 paragraf.", P,
         {"num_paragraphs": 4, "relation": "at least"}),
        ("Schreib mindestens drei Absätze.", P, {"num_paragraphs": 3, "relation": "at least"}),
        ("Gebruik hooguit 3 alinea's.", P, {"num_paragraphs": 4, "relation": "less than"}),
        ("写至少3个段落。", P, {"num_paragraphs": 3, "relation": "at least"}),
        ("写一篇短文，不能少于5段。", P, {"num_paragraphs": 5, "relation": "at least"}),
        ("문단은 4개 이상으로 나눠 줘.", P, {"num_paragraphs": 4, "relation": "at least"}),
        # ASCII-only foreign prompts
        ("Maksimal 3 kalimat ya.", "length_constraints:number_sentences",
         {"num_sentences": 4, "relation": "less than"}),
        ("Hooguit 6 regels.", "length:number_lines", {"num_lines": 7, "relation": "less than"}),
        ("Tulis caption, pakai minimal 4 emoji.", E, {"num_emojis": 4, "relation": "at least"}),
        # the relation and number after the noun, after a pause
        ("多用emoji，至少放5个", E, {"num_emojis": 5, "relation": "at least"}),
        ("Escreve um post, pode usar emoji à vontade (pelo menos dois).", E, {"num_emojis": 2, "relation": "at least"}),
        ("Mets des emojis, au moins trois.", E, {"num_emojis": 3, "relation": "at least"}),
        ("Füge Hashtags hinzu: mindestens 4.", H, {"num_hashtags": 4, "relation": "at least"}),
        ("Pakai hashtag (paling sedikit 3).", H, {"num_hashtags": 3, "relation": "at least"}),
        ("[Adres] ve [Tarih] gibi köşeli parantezli yer tutucular kullan, en az 2 tane.",
         "detectable_content:number_placeholders", {"num_placeholders": 2}),
        ("Usa placeholders entre corchetes, al menos 3.", "detectable_content:number_placeholders",
         {"num_placeholders": 3}),
        ("Verwende Platzhalter wie [Name] – mindestens 2.", "detectable_content:number_placeholders",
         {"num_placeholders": 2}),
        # Arabic duals and ranges
        ("أضف وسمين على الأقل (هاشتاغ).", H, {"num_hashtags": 2, "relation": "at least"}),
        ("اكتب مقالاً بين 100 و150 كلمة.", "length_constraints:number_words",
         {"num_words": 151, "relation": "less than"}),
        ("اكتبها بين 100 و150 كلمة، واستخدم الفاصلة.", "length_constraints:number_words",
         {"num_words": 100, "relation": "at least"}),
        ("ولا تضع أي روابط.", "content:no_urls", {}),
        # scripts
        ("Пиши только кириллицей — никаких латинских букв.", NS, {"script": "latin"}),
        ("Ответь кириллицей, пожалуйста.", NS, {"script": "latin"}),
        ("Без латиницы, даже в терминах.", NS, {"script": "latin"}),
        ("漢字は一切使わず、ひらがなとカタカナだけで書いてください。", NS, {"script": "han"}),
        ("ひらがなだけで書いて。", NS, {"script": "han"}),
        ("不要用汉字，只用拼音写。", NS, {"script": "han"}),
        ("한자는 쓰지 마세요.", NS, {"script": "han"}),
        ("इसे रोमन लिपि में लिखो।", NS, {"script": "devanagari"}),
        ("देवनागरी बिल्कुल नहीं।", NS, {"script": "devanagari"}),
        ("اكتبها بالحروف اللاتينية.", NS, {"script": "arabic"}),
        ("중요한 용어는 괄호 안에 한자를 같이 적어 줘.", "language:use_script", {"script": "han"}),
    ],
)
def test_reads(text, cid, kw):
    assert _has(text, cid, **kw), _got(text)


@pytest.mark.parametrize(
    ("text", "cid"),
    [
        # a word count on every sentence is not the text's length
        ("Bir hikaye yaz, her cümle en fazla 10 kelime olsun.", "length_constraints:number_words"),
        ("Cada frase con al menos 5 palabras.", MW),  # a floor on each sentence is no cap
        # task content, frequencies
        ("El libro tiene 300 páginas; usa hashtags, al menos 3 veces la palabra sol.", H),
        ("Usa emojis, al menos 3 veces por párrafo.", E),
        ("Usa emojis para cada uno de los días, al menos 5 días.", E),  # the number counts days
        ("Un poema de dos párrafos sobre el mar.", P),  # no relation: a form, not a bound
        # scripts as a topic, hedged, negated
        ("Объясни, почему в России пишут кириллицей, а не латиницей.", NS),
        ("Расскажи историю кириллицы.", NS),
        ("漢字はなるべく使わないでね。", NS),
        ("漢字の歴史について書いてください。", NS),
        ("한자의 역사를 설명해 줘.", "language:use_script"),
        ("रोमन साम्राज्य के बारे में लिखो।", NS),
        ("Tulis tentang sejarah huruf latin.", NS),
    ],
)
def test_near_misses(text, cid):
    assert cid not in _ids(text), _got(text)


@pytest.mark.parametrize(
    ("text", "cid", "kw"),
    [
        # a quoted phrase banned with a verb of writing, before or after it
        ("Nie zaczynaj od „Sprzedam”, i nie pisz „okazja życia”.", "keywords:forbidden_phrase",
         {"phrase": "okazja życia"}),
        ("N'écris pas « à couper le souffle », c'est trop vu.", "keywords:forbidden_phrase",
         {"phrase": "à couper le souffle"}),
        ("Schreib nicht „Sehr geehrte Damen und Herren“.", "keywords:forbidden_phrase",
         {"phrase": "Sehr geehrte Damen und Herren"}),
        ("'정말 감사합니다'라고 쓰지 마.", "keywords:forbidden_phrase", {"phrase": "정말 감사합니다"}),
        ('Jangan tulis "semoga bermanfaat" di akhir.', "keywords:forbidden_phrase", {"phrase": "semoga bermanfaat"}),
        ('"बहुत-बहुत धन्यवाद" मत लिखो।', "keywords:forbidden_phrase", {"phrase": "बहुत-बहुत धन्यवाद"}),
        ("'열정'이라는 단어는 빼 주세요, 너무 흔해서요.", "keywords:forbidden_words", {"forbidden_words": ["열정"]}),
        ("「よろしく」とは書かないでください。", "keywords:forbidden_words", {"forbidden_words": ["よろしく"]}),
        # ending on a question, asked or banned
        ("Escreve um texto curto que não termina com pergunta.", "content:not_end_with_question", {}),
        ("最後に「他に質問はありますか？」みたいな問いかけで終わるのもやめてください。",
         "content:not_end_with_question", {}),
        ("질문으로 끝내지 마세요.", "content:not_end_with_question", {}),
        ("Nie kończ pytaniem.", "content:not_end_with_question", {}),
        ("Не заканчивай ответ вопросом.", "content:not_end_with_question", {}),
        ("Metni bir soruyla bitirme.", "content:not_end_with_question", {}),
        ("Đừng kết thúc bằng câu hỏi.", "content:not_end_with_question", {}),
        ("اختم ردك دائماً بسؤال للعميل.", "content:end_with_question", {}),
        ("Termine par une question ouverte.", "content:end_with_question", {}),
        ("Beende den Text mit einer Frage an die Leser.", "content:end_with_question", {}),
        ("回答要以问题结尾。", "content:end_with_question", {}),
        ("Akhiri dengan pertanyaan untuk pembaca.", "content:end_with_question", {}),
    ],
)
def test_reads_phrases_and_endings(text, cid, kw):
    assert _has(text, cid, **kw), _got(text)


@pytest.mark.parametrize(
    ("text", "cid"),
    [
        ("Escribe sobre la canción «No digas nada».", "keywords:forbidden_phrase"),
        ('Explícale por qué la gente dice "no pasa nada".', "keywords:forbidden_phrase"),
        ("Explica cómo termina la película con una pregunta sin respuesta.", "content:end_with_question"),
        ("Responde a la pregunta y termina con un resumen.", "content:end_with_question"),
        ("问题结束后再写总结。", "content:end_with_question"),
    ],
)
def test_phrase_and_ending_near_misses(text, cid):
    assert cid not in _ids(text), _got(text)
