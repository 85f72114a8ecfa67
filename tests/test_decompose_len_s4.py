"""Session-4 phrasings for the length / language / case / punctuation families: each family read by
its lexicon (other word orders, other languages, other number forms), with near misses that must not
match."""

from __future__ import annotations

import pytest

from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import rule_decompose


def _found(text: str) -> set[tuple[str, tuple]]:
    return {(c.id, tuple(sorted(c.kwargs.items()))) for c in rule_decompose([Message(role="user", content=text)])
            if c.id != "free_form"}  # fmt: skip


def _ids(text: str) -> set[str]:
    return {i for i, _ in _found(text)}


def _lang(code: str) -> tuple[str, tuple]:
    return ("language:response_language", (("language", code),))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Escribe un poema corto sobre el mar. Respóndeme en inglés, por favor.", "en"),
        ("Haz un resumen del libro. Contéstame en español.", "es"),
        ("Rédige une publication Instagram. La publication doit être en français.", "fr"),
        ("Der Text muss auf Englisch sein, bitte.", "en"),
        ("Bitte schreib sie auf Englisch, in genau drei Absätzen.", "en"),
        ("Écris-moi la description de la chaîne en français, sans emoji.", "fr"),
        ("Scrivimi una breve storia in italiano.", "it"),
        ("quiz me on the revolution, whole thing en français svp", "fr"),
        ("do the whole thing in Spanish, todo en español", "es"),
        ("유치원 아이들을 위한 시를 써 주세요. 한국어로만 써 주세요.", "ko"),
        ("이메일을 영어로 작성해 주세요.", "en"),
        ("दुकान के लिए एक मैसेज लिखो। जवाब हिंदी में देना।", "hi"),
        ("एक कविता लिखो। अंग्रेज़ी में लिखो।", "en"),
        ("Bir bilmece yaz. Türkçe cevap ver.", "tr"),
        ("Kısa bir e-posta yaz, İngilizce olarak yaz.", "en"),
        ("اكتب قصة قصيرة. اكتب بالعربية فقط.", "ar"),
        ("Напиши короткое стихотворение. Ответь на русском языке.", "ru"),
        ("Translate this pun into Spanish. Only Spanish in the answer, por favor.", "es"),
        ("explain perfective vs imperfective aspect to me in english, and give examples", "en"),
        ("Walk us through the tax rules to us in plain English.", "en"),
        ("Write a 150 word summary of our retention policy, in French, for the Montreal office.", "fr"),
        ("Translate the following pre-visit instructions into Vietnamese.", "vi"),
    ],
)
def test_response_language_in_many_languages(text: str, code: str) -> None:
    assert _lang(code) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Escribe un cuento sobre la vida en España.",  # a country, not a language
        "Explain the word saudade to me in Portuguese culture.",  # the culture is the topic
        "Türkçe bilmiyorum ama öğreniyorum.",  # "I don't know Turkish": no request
        "My essay about why Spanish in the classroom matters.",
        "Tell me about the history of the French language.",
    ],
)
def test_response_language_near_misses(text: str) -> None:
    assert "language:response_language" not in _ids(text)


@pytest.mark.parametrize(
    ("text", "script", "tid"),
    [
        ("한국어로만 써 주시고, 알파벳(로마자)은 한 글자도 쓰지 마세요.", "latin", "language:no_script"),
        ("영문자는 절대 사용하지 마세요.", "latin", "language:no_script"),
        ("اكتب بالعربية، ولا تستخدم أي حروف لاتينية.", "latin", "language:no_script"),
        ("Write it in romaji: no kana, please.", "kana", "language:no_script"),
        ("Write it in English but throw in some Japanese katakana for flavor.", "kana", "language:use_script"),
        ("Explain it in English, but include the example sentences written in hiragana.", "kana",
         "language:use_script"),
    ],
)
def test_scripts(text: str, script: str, tid: str) -> None:
    assert (tid, (("script", script),)) in _found(text)


def _w(rel: str, n: int) -> tuple[str, tuple]:
    return ("length_constraints:number_words", (("num_words", n), ("relation", rel)))


def _c(rel: str, n: int, nonspace: bool = False) -> tuple[str, tuple]:
    tid = "length:number_nonspace_characters" if nonspace else "length:number_characters"
    return (tid, (("num_chars", n), ("relation", rel)))


def _s(rel: str, n: int) -> tuple[str, tuple]:
    return ("length_constraints:number_sentences", (("num_sentences", n), ("relation", rel)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Could you draft my statement? The department caps it at 1,000 words, so stay within that.",
         _w("less than", 1001)),
        ("Write the blurb. The magazine limits blurbs to 80 words.", _w("less than", 81)),
        ("Write a bio; the site restricts bios to a maximum of 150 words.", _w("less than", 151)),
        ("Write a headline. LinkedIn caps headlines at 220 characters so keep it within that.", _c("less than", 221)),
        ("The portal limits abstracts to 1,200 characters including spaces.", _c("less than", 1201)),
        ("Draft a post. Must fit in 280 characters.", _c("less than", 281)),
        ("Write a teaser. It has to fit within 200 characters, not counting spaces.", _c("less than", 201, True)),
        ("Classified ad. The box fits 200 characters, not counting spaces, so stay under that.",
         _c("less than", 200, True)),
        ("Word count: 350 maximum. No web links.", _w("less than", 351)),
        ("Word count - 500 min.", _w("at least", 500)),
        ("Word limit 250 (hard limit from the journal).", _w("less than", 251)),
        ("Sub-60-word anniversary card for my parents.", _w("less than", 60)),
        ("Write a reply under 100 words that I can post publicly.", _w("less than", 100)),
        ("Write a paragraph that runs to at least 150 words.", _w("at least", 150)),
        ("3 or 4 sentences.", _s("at least", 3)),
        ("Keep it to four or five sentences.", _s("less than", 6)),
        ("Could you write me a little paragraph about Lyon, at least four sentences long?", _s("at least", 4)),
        ("Please:\n• keep each sentence short, 12 words max\n• use fewer than 8 sentences in total",
         _s("less than", 8)),
    ],
)
def test_length_phrasings(text: str, want: tuple) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Explain why Twitter limits posts to 280 characters.",  # the limit is the topic
        "Limit each bullet to 12 words.",  # a count per item
        "Pick 3 or 4 sentences from the text and rewrite them.",  # sentences of the input
        "Write about 3 or 4 sentences.",  # a rough guide
        "Use words that rhyme, under 100 words that start with b.",
        "Write 3 paragraphs, each at least 4 sentences long.",
    ],
)
def test_length_near_misses(text: str) -> None:
    ids = _ids(text)
    assert not ids & {"length_constraints:number_words", "length:number_characters",
                      "length_constraints:number_sentences"}


_NO_CAPS_WORDS = ("change_case:capital_word_frequency", (("capital_frequency", 1), ("capital_relation", "less than")))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Write a hook. And NO all-caps words, not even one.", _NO_CAPS_WORDS),
        ("Write it. Don't use any words in all capitals, they mess up my tokeniser.", _NO_CAPS_WORDS),
        ("Explain it:\n• don't write any word in ALL CAPS, it reads like shouting", _NO_CAPS_WORDS),
        ("Write a poem with zero uppercase words.", _NO_CAPS_WORDS),
        ("Write a jingle, never use any all-caps words.", _NO_CAPS_WORDS),
        ("WRITE ME A MNEMONIC. ALL CAPS OUTPUT PLEASE, IT'S GOING ON A POSTER.", ("change_case:english_capital", ())),
        ("P.S. don't write the whole thing in caps even though I am VERY excited",
         ("change_case:not_english_capital", ())),
        ("please DON'T do the all-lowercase thing in your answer.", ("change_case:not_english_lowercase", ())),
        ("Under 280 chars, zero hashtags, and one em dash somewhere for comedic timing.",
         ("punctuation:use_em_dash", ())),
        ("It'd be lovely if you used at least one em dash, they're dramatic.", ("punctuation:use_em_dash", ())),
        ("Also, my director hates em dashes, so none of those.", ("punctuation:no_em_dash", ())),
        ("Keep it formal and please avoid exclamtion marks entirely.", ("punctuation:no_exclamation", ())),
        ("No exclamaton points, please.", ("punctuation:no_exclamation", ())),
        ("Sin guiones largos, por favor.", ("punctuation:no_em_dash", ())),
    ],
)
def test_case_and_punctuation_phrasings(text: str, want: tuple) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use no all-caps words in the title.",  # a part
        "I used at least one em dash in my draft.",  # a description of the user's text
        "Write a story about a sign painter who loves all-caps words.",
    ],
)
def test_case_and_punctuation_near_misses(text: str) -> None:
    assert not _ids(text) & {"change_case:capital_word_frequency", "punctuation:use_em_dash"}
