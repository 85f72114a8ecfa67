"""Hand-written prompts (authorW) for rpo's decomposition; writes data.jsonl and stats.

Persona: people around the world writing to an assistant in their own language (51 prompts in
16 languages other than English, some asking for the answer in another language; 9 English
prompts by non-native speakers).

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a list / "Rules:" / "Format:" block; polite = indirect/polite form;
  typo = misspellings or chat spelling; caps = ALL-CAPS instruction text; lower = all-lowercase
  prompt; lang = prompt not in English; system = system-prompt style; ps = a constraint given in a
  P.S. of the prompt; words = a number written as a word.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 98001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# ---------------------------------------------------------------- French
add(
    "Bonjour ! Je dois écrire un mail à mon propriétaire pour lui signaler une fuite d'eau sous "
    "l'évier de la cuisine (ça dure depuis trois semaines, j'en ai marre). Tu peux me le rédiger ? "
    "Pas plus de 150 mots, un ton ferme mais poli, et mets des crochets genre [date] pour les infos "
    "que je compléterai moi-même, au moins trois. Termine par « Bien cordialement, Julien » stp.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "Pas plus de 150 mots"),
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "mets des crochets genre [date] pour les infos que je compléterai moi-même, au moins trois"),
        ("startend:end_checker", {"end_phrase": "Bien cordialement, Julien"},
         "Termine par « Bien cordialement, Julien »"),
    ],
    untyped=["un ton ferme mais poli"],
    tags=["lang", "typo"],
)

add(
    "Explique-moi la différence entre l'inflation et la déflation comme si j'avais 12 ans.\n"
    "Contraintes :\n"
    "- exactement 3 paragraphes, séparés par une ligne vide\n"
    "- le deuxième paragraphe doit commencer par le mot « Imagine »\n"
    "- aucune virgule dans tout le texte (oui je sais c'est bizarre, c'est pour un exercice)\n"
    "- zéro jargon",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Imagine"},
         ["exactement 3 paragraphes, séparés par une ligne vide",
          "le deuxième paragraphe doit commencer par le mot « Imagine »"]),
        ("punctuation:no_comma", {}, "aucune virgule dans tout le texte"),
    ],
    untyped=["comme si j'avais 12 ans", "zéro jargon"],
    tags=["lang", "list"],
)

add(
    "Salut, je prépare un entretien d'embauche chez une boîte américaine. Peux-tu me donner des "
    "conseils pour bien me présenter ? Réponds en anglais s'il te plaît, c'est pour m'entraîner. "
    "Fais une liste numérotée d'au moins 6 points, et n'utilise pas de titres markdown (pas de #). "
    "Pas de smileys non plus.",
    [
        ("language:response_language", {"language": "en"}, "Réponds en anglais s'il te plaît"),
        ("format:numbered_list", {"num_items": 6, "relation": AL}, "Fais une liste numérotée d'au moins 6 points"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT},
         "n'utilise pas de titres markdown (pas de #)"),
        ("format:no_emoji", {}, "Pas de smileys non plus."),
    ],
    tags=["lang", "polite"],
)

add(
    "Tu es « Chef Mimi », l'assistante culinaire du site RecettesFaciles. Règles : commence toujours "
    "ta réponse par « Coucou les gourmands ! ». Chaque recette doit avoir un titre entre doubles "
    "chevrons, par exemple <<Tarte aux pommes>>. Utilise au moins 2 intertitres en Markdown (##). "
    "Jamais de liens vers d'autres sites.\n\nRecette demandée : un gratin dauphinois pour 6 personnes.",
    [
        ("startend:start_phrase", {"start_phrase": "Coucou les gourmands !"},
         "commence toujours ta réponse par « Coucou les gourmands ! »"),
        ("detectable_format:title", {},
         "Chaque recette doit avoir un titre entre doubles chevrons, par exemple <<Tarte aux pommes>>"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL},
         "Utilise au moins 2 intertitres en Markdown (##)"),
        ("content:no_urls", {}, "Jamais de liens vers d'autres sites."),
    ],
    tags=["lang", "system", "list"],
)

# ---------------------------------------------------------------- German
add(
    "Hey, kannst du mir eine Produktbeschreibung für unsere neue Thermoskanne schreiben? Die hält "
    "Getränke 24 Stunden warm, ist aus Edelstahl und spülmaschinenfest. Bau irgendwo einen Gedankenstrich (—) ein, das sieht edler aus. Zwischen 80 und 120 Wörtern "
    "bitte. Das Wort „nachhaltig“ muss mindestens zweimal vorkommen, aber bitte keine Ausrufezeichen, "
    "unser Chef hasst die.",
    [
        ("count:word_count_range", {"min_words": 80, "max_words": 120}, "Zwischen 80 und 120 Wörtern bitte."),
        ("keywords:frequency", {"keyword": "nachhaltig", "frequency": 2, "relation": AL},
         "Das Wort „nachhaltig“ muss mindestens zweimal vorkommen"),
        ("punctuation:no_exclamation", {}, "bitte keine Ausrufezeichen"),
        ("punctuation:use_em_dash", {}, "Bau irgendwo einen Gedankenstrich (—) ein"),
    ],
    tags=["lang", "words", "polite"],
)

add(
    "Ich brauche eine kurze Bio für mein Instagram-Profil (ich bin Fotografin aus Leipzig, Schwerpunkt "
    "Hochzeiten). Schreib sie auf Englisch und komplett kleingeschrieben, das ist halt mein Stil. "
    "Maximal 150 Zeichen, und hau mindestens zwei Hashtags rein.",
    [
        ("change_case:english_lowercase", {}, "Schreib sie auf Englisch und komplett kleingeschrieben"),
        ("length:number_characters", {"num_chars": 151, "relation": LT}, "Maximal 150 Zeichen"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "hau mindestens zwei Hashtags rein"),
    ],
    tags=["lang", "words", "insent"],
)

add(
    "Für unseren Vereinsnewsletter: Schreib einen Rückblick auf das Sommerfest des TSV Neustadt. "
    "Genau 4 Absätze, trenn sie mit *** voneinander. Mindestens 250 Wörter. Die Wörter „Kuchenbasar“ "
    "und „Elfmeterschießen“ müssen drin vorkommen. Am Ende ein P.S. mit dem Hinweis auf die "
    "Mitgliederversammlung im Oktober.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "Genau 4 Absätze, trenn sie mit *** voneinander."),
        ("length_constraints:number_words", {"relation": AL, "num_words": 250}, "Mindestens 250 Wörter."),
        ("keywords:existence", {"keywords": ["Kuchenbasar", "Elfmeterschießen"]},
         "Die Wörter „Kuchenbasar“ und „Elfmeterschießen“ müssen drin vorkommen."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Am Ende ein P.S."),
    ],
    untyped=["mit dem Hinweis auf die Mitgliederversammlung im Oktober"],
    tags=["lang"],
)

add(
    "du bist ein support-bot für einen online-shop für fahrradteile. antworte immer auf deutsch, egal "
    "in welcher sprache der kunde schreibt. nie mehr als 5 sätze. keine markdown-formatierung, nur "
    "reiner text. keine links rausschicken.\n\nkundenanfrage: \"Hi, my order #4471 still hasn't shipped, what's going on?\"",
    [
        ("language:response_language", {"language": "de"},
         "antworte immer auf deutsch, egal in welcher sprache der kunde schreibt"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "nie mehr als 5 sätze"),
        ("format:no_markdown", {}, "keine markdown-formatierung, nur reiner text"),
        ("content:no_urls", {}, "keine links rausschicken."),
    ],
    tags=["lang", "lower", "system"],
)

# ---------------------------------------------------------------- Spanish
add(
    "Hola! Necesito una carta para mi abuela que cumple 90 años el sábado. Algo emotivo pero sin "
    "ponerse cursi. Que no pase de 200 palabras y que al final lleve una posdata que empiece con P.D. "
    "contándole que le llevamos su tarta favorita. Ah, y sin emojis, que mi abuela no los entiende.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "Que no pase de 200 palabras"),
        ("detectable_content:postscript", {"postscript_marker": "P.D."},
         "que al final lleve una posdata que empiece con P.D."),
        ("format:no_emoji", {}, "sin emojis"),
    ],
    untyped=["Algo emotivo pero sin ponerse cursi.", "contándole que le llevamos su tarta favorita"],
    tags=["lang"],
)

add(
    "Estoy montando un puesto de empanadas en la feria del pueblo y necesito un eslogan. Dame dos "
    "propuestas distintas separadas por seis asteriscos (******). Cada una de menos de 10 palabras. "
    "Nada de comas, porfa, que se ven feas en el cartel. Ah, y que salga la letra ñ por lo menos 3 "
    "veces en total, que el puesto se llama La Ñapa jaja",
    [
        ("combination:two_responses", {},
         "Dame dos propuestas distintas separadas por seis asteriscos (******)."),
        ("punctuation:no_comma", {}, "Nada de comas"),
        ("keywords:letter_frequency", {"letter": "ñ", "let_frequency": 3, "let_relation": AL},
         "que salga la letra ñ por lo menos 3 veces en total"),
    ],
    untyped=["Cada una de menos de 10 palabras."],
    tags=["lang", "words", "typo"],
)

add(
    "Mi novio es de Brasil y quiero sorprenderlo. Escríbeme un poema corto de amor en portugués "
    "(¡no en español!). Máximo 8 versos, o sea, no más de 8 líneas. Y tiene que aparecer la palabra "
    "«saudade».",
    [
        ("language:response_language", {"language": "pt"},
         ["un poema corto de amor en portugués", "¡no en español!"]),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, ["Máximo 8 versos", "no más de 8 líneas"]),
        ("keywords:existence", {"keywords": ["saudade"]}, "tiene que aparecer la palabra «saudade»"),
    ],
    tags=["lang", "repeat", "insent"],
)

add(
    'Necesito datos de prueba para una app de recetas. Devuélveme solo un JSON con las claves "nombre", '
    '"ingredientes", "tiempo_minutos" y "dificultad", para una tortilla española. Sin texto antes ni '
    'después del JSON, y no metas bloques de código con ```.',
    [
        ("detectable_format:json_format", {},
         ["Devuélveme solo un JSON", "Sin texto antes ni después del JSON"]),
        ("format:json_keys", {"keys": ["nombre", "ingredientes", "tiempo_minutos", "dificultad"]},
         'con las claves "nombre", "ingredientes", "tiempo_minutos" y "dificultad"'),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no metas bloques de código con ```"),
    ],
    tags=["lang", "repeat"],
)

# ---------------------------------------------------------------- Italian
add(
    "Ciao! Mi scrivi una recensione per il ristorante dove sono stata ieri sera (Trattoria da Gino, "
    "Bologna)? Tortellini ottimi, servizio lentissimo. Al massimo 100 parole e chiudi con la frase "
    "\"Ci tornerò, ma con pazienza.\"\n\nPS: niente emoji e niente punti esclamativi, mi raccomando!",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "Al massimo 100 parole"),
        ("startend:end_checker", {"end_phrase": "Ci tornerò, ma con pazienza."},
         "chiudi con la frase \"Ci tornerò, ma con pazienza.\""),
        ("format:no_emoji", {}, "niente emoji"),
        ("punctuation:no_exclamation", {}, "niente punti esclamativi"),
    ],
    tags=["lang", "ps"],
)

add(
    "Sto preparando una presentazione sul riciclo per la classe di mio figlio (seconda media). Mi "
    "servono esattamente 5 punti elenco in markdown (con l'asterisco *), niente introduzione e niente "
    "conclusione, e niente titoletti col cancelletto. Evita le parole \"spazzatura\" e \"immondizia\", preferisco \"rifiuti\".",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5},
         "Mi servono esattamente 5 punti elenco in markdown (con l'asterisco *)"),
        ("keywords:forbidden_words", {"forbidden_words": ["spazzatura", "immondizia"]},
         "Evita le parole \"spazzatura\" e \"immondizia\""),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "niente titoletti col cancelletto"),
    ],
    untyped=["niente introduzione e niente conclusione", "preferisco \"rifiuti\""],
    tags=["lang"],
)

add(
    "Scrivi un articolo per il blog della mia agenzia di viaggi: tre giorni a Matera. Almeno "
    "quattrocento parole. Metti in evidenza almeno 3 parti con il markdown, tipo *questo*. Il titolo "
    "tra doppie parentesi angolari, così: <<titolo>>. Usa un tono caldo, da amico che consiglia, e "
    "infila almeno una tra le parole \"autentico\" o \"magico\" (il capo le adora).",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "Almeno quattrocento parole."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Metti in evidenza almeno 3 parti con il markdown, tipo *questo*."),
        ("detectable_format:title", {}, "Il titolo tra doppie parentesi angolari, così: <<titolo>>."),
        ("keywords:include_any", {"forbidden_words": ["autentico", "magico"]},
         "infila almeno una tra le parole \"autentico\" o \"magico\""),
    ],
    untyped=["Usa un tono caldo, da amico che consiglia"],
    tags=["lang", "words"],
)

# ---------------------------------------------------------------- Portuguese
add(
    "Oi, preciso de uma mensagem de bom dia pro grupo da família no zap. Curtinha, no máximo 3 frases, "
    "pode usar emoji à vontade (pelo menos dois). E por favor não termina com pergunta, minha tia "
    "sempre responde e vira uma conversa de 2 horas kkkk",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "no máximo 3 frases"),
        ("format:number_emojis", {"num_emojis": 2, "relation": AL}, "pode usar emoji à vontade (pelo menos dois)"),
        ("content:not_end_with_question", {}, "não termina com pergunta"),
    ],
    tags=["lang", "typo", "words"],
)

add(
    "Preciso de um plano de estudo para o exame nacional de Matemática A. Divide-o em 4 secções, cada "
    "uma a começar com \"Semana X\" (Semana 1, Semana 2, etc.). Usa pelo menos 300 palavras e não "
    "ponhas links.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Semana", "num_sections": 4},
         "Divide-o em 4 secções, cada uma a começar com \"Semana X\""),
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "Usa pelo menos 300 palavras"),
        ("content:no_urls", {}, "não ponhas links"),
    ],
    tags=["lang"],
)

add(
    "Você é um assistente de RH. Responda sempre em português. Quando eu mandar um cargo, responda "
    "usando exatamente este modelo:\n"
    "Cargo: [cargo]\nResponsabilidades: [responsabilidades]\nSalário médio: [salário]\n"
    "Não acrescente nada fora do modelo.\n\nCargo: data analyst júnior em São Paulo",
    [
        ("language:response_language", {"language": "pt"}, "Responda sempre em português."),
        ("format:output_template", {},
         ["responda usando exatamente este modelo", "Não acrescente nada fora do modelo."]),
    ],
    tags=["lang", "system", "repeat"],
)

# ---------------------------------------------------------------- Dutch
add(
    "Kun je een korte speech schrijven voor het afscheid van mijn collega Henk? Hij gaat na 32 jaar "
    "met pensioen. Hooguit 250 woorden, niet in het Engels (zijn vrouw spreekt het niet), en gebruik "
    "het woord \"gezellig\" minstens één keer. Graag een beetje humor.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 251}, "Hooguit 250 woorden"),
        ("language:not_response_language", {"language": "en"}, "niet in het Engels"),
        ("keywords:existence", {"keywords": ["gezellig"]}, "gebruik het woord \"gezellig\" minstens één keer"),
    ],
    untyped=["Graag een beetje humor."],
    tags=["lang", "polite", "words"],
)

add(
    "Maak een boodschappenlijstje voor een week gezond eten voor 2 personen. Gebruik een genummerde "
    "lijst met minimaal 15 items. Geen uitleg erbij, alleen de lijst. Ook geen vetgedrukte tekst of "
    "cursief, dus geen *sterretjes* voor nadruk. En laat emoji's achterwege.",
    [
        ("format:numbered_list", {"num_items": 15, "relation": AL}, "Gebruik een genummerde lijst met minimaal 15 items."),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1},
         ["Ook geen vetgedrukte tekst of cursief", "geen *sterretjes* voor nadruk"]),
        ("format:no_emoji", {}, "En laat emoji's achterwege."),
    ],
    untyped=["Geen uitleg erbij, alleen de lijst."],
    tags=["lang", "repeat"],
)

add(
    "Ik maak een poster voor een feestje met onze Engelse uitwisselingsstudenten. Schrijf de tekst in "
    "het Engels en helemaal in HOOFDLETTERS. Hooguit 6 regels. Zet de datum als [DATUM] en de plek "
    "als [LOCATIE] erin, die vul ik later zelf in.",
    [
        ("change_case:english_capital", {}, "Schrijf de tekst in het Engels en helemaal in HOOFDLETTERS."),
        ("length:number_lines", {"num_lines": 7, "relation": LT}, "Hooguit 6 regels."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Zet de datum als [DATUM] en de plek als [LOCATIE] erin"),
    ],
    tags=["lang"],
)

# ---------------------------------------------------------------- Polish
add(
    "Napisz mi krótkie ogłoszenie na OLX: sprzedaję rower górski Kross, rocznik 2019, stan dobry, "
    "cena 1200 zł. Maksymalnie 400 znaków, bo tyle mieści tytuł z opisem. Nie zaczynaj od „Sprzedam”, bo wszyscy tak piszą, i nie pisz "
    "„okazja życia”. Bez wykrzykników!",
    [
        ("length:number_characters", {"num_chars": 401, "relation": LT}, "Maksymalnie 400 znaków"),
        ("startend:not_start_phrase", {"start_phrase": "Sprzedam"}, "Nie zaczynaj od „Sprzedam”"),
        ("keywords:forbidden_phrase", {"phrase": "okazja życia"}, "nie pisz „okazja życia”"),
        ("punctuation:no_exclamation", {}, "Bez wykrzykników!"),
    ],
    tags=["lang"],
)

add(
    "Mam za tydzień egzamin z historii. Wytłumacz mi przyczyny wybuchu I wojny światowej. Odpowiedź "
    "podziel na co najmniej 3 akapity oddzielone pustą linią. Każde zdanie maks. 25 słów, bo gubię się "
    "w długich. W drugim zdaniu koniecznie użyj słowa „Sarajewo”.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "podziel na co najmniej 3 akapity oddzielone pustą linią"),
        ("length:max_words_per_sentence", {"max_words": 25}, "Każde zdanie maks. 25 słów"),
        ("sentence:keyword", {"word": "Sarajewo", "N": 2}, "W drugim zdaniu koniecznie użyj słowa „Sarajewo”."),
    ],
    tags=["lang"],
)

add(
    "Jesteś asystentem w aplikacji bankowej. Odpowiadasz tylko po polsku. Nigdy nie zaczynaj odpowiedzi "
    "od „Oczywiście!”. Nie używasz emotek. Odpowiedź ma mieć najwyżej 4 linijki.\n\n"
    "Pytanie klienta: jak zastrzec zgubioną kartę?",
    [
        ("language:response_language", {"language": "pl"}, "Odpowiadasz tylko po polsku."),
        ("startend:not_start_phrase", {"start_phrase": "Oczywiście!"},
         "Nigdy nie zaczynaj odpowiedzi od „Oczywiście!”."),
        ("format:no_emoji", {}, "Nie używasz emotek."),
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "Odpowiedź ma mieć najwyżej 4 linijki."),
    ],
    tags=["lang", "system"],
)

# ---------------------------------------------------------------- Russian
add(
    "Привет! Напиши, пожалуйста, поздравление с днём рождения для коллеги Ольги. Не больше 70 слов, "
    "без восклицательных знаков (она это не любит, серьёзно). Обязательно упомяни слово «вдохновение». Смайликов максимум один.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 71}, "Не больше 70 слов"),
        ("punctuation:no_exclamation", {}, "без восклицательных знаков"),
        ("keywords:existence", {"keywords": ["вдохновение"]}, "Обязательно упомяни слово «вдохновение»."),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "Смайликов максимум один."),
    ],
    tags=["lang", "polite"],
)

add(
    "Объясни моей бабушке, как работает блокчейн. Пиши только кириллицей — никаких латинских букв, даже "
    "в терминах. Минимум 1500 знаков. Разбей текст на абзацы через пустую строку, хотя бы 4 абзаца.",
    [
        ("language:no_script", {"script": "latin"},
         ["Пиши только кириллицей", "никаких латинских букв, даже в терминах"]),
        ("length:number_characters", {"num_chars": 1500, "relation": AL}, "Минимум 1500 знаков."),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "Разбей текст на абзацы через пустую строку, хотя бы 4 абзаца."),
    ],
    untyped=["Объясни моей бабушке"],
    tags=["lang", "repeat"],
)

add(
    "Мне нужно сопроводительное письмо на английском для стажировки в IT-компании в Берлине. "
    "Объём — от 200 до 250 слов. Никаких маркированных списков, только сплошной текст. "
    "Подпиши как [Имя Фамилия].",
    [
        ("language:response_language", {"language": "en"}, "сопроводительное письмо на английском"),
        ("count:word_count_range", {"min_words": 200, "max_words": 250}, "Объём — от 200 до 250 слов."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Никаких маркированных списков"),
    ],
    untyped=["Подпиши как [Имя Фамилия]."],
    tags=["lang", "insent"],
)

# ---------------------------------------------------------------- Chinese
add(
    "帮我写一段小红书文案，推荐杭州西湖边的一家咖啡馆。300字以内，多用emoji，至少放5个，最后加上3个以上的话题标签（#开头的那种）。",
    [
        ("length:number_characters", {"num_chars": 301, "relation": LT}, "300字以内"),
        ("format:number_emojis", {"num_emojis": 5, "relation": AL}, "多用emoji，至少放5个"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "加上3个以上的话题标签（#开头的那种）"),
    ],
    tags=["lang"],
)

add(
    "我下周要去伦敦出差，想给英国同事写一封自我介绍的邮件。请用英文写，不要超过120个单词，也不要用任何感叹号。结尾写“Best regards, Li Wei”。",
    [
        ("language:response_language", {"language": "en"}, "请用英文写"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121}, "不要超过120个单词"),
        ("punctuation:no_exclamation", {}, "不要用任何感叹号"),
        ("startend:end_checker", {"end_phrase": "Best regards, Li Wei"}, "结尾写“Best regards, Li Wei”"),
    ],
    tags=["lang"],
)

add(
    "你是一名资深的Python讲师。请给初学者讲解什么是装饰器。要求：\n"
    "1. 至少包含两个代码块，用```包起来；\n"
    "2. 用二级标题（##）分成几个部分，至少3个；\n"
    "3. 全文不少于800字；\n"
    "4. 语气通俗易懂，不要太学术；\n"
    "5. 不要放任何外部链接。",
    [
        ("format:code_block", {"num_blocks": 2, "relation": AL}, "至少包含两个代码块，用```包起来"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "用二级标题（##）分成几个部分，至少3个"),
        ("length:number_characters", {"num_chars": 800, "relation": AL}, "全文不少于800字"),
        ("content:no_urls", {}, "不要放任何外部链接"),
    ],
    untyped=["语气通俗易懂，不要太学术"],
    tags=["lang", "list", "system", "words"],
)

# ---------------------------------------------------------------- Japanese
add(
    "小学1年生の娘に読み聞かせる短いお話を作ってください。まだ漢字が読めないので、漢字は一切使わず、ひらがなとカタカナだけで書いてください。200文字以内でお願いします。最後は「おしまい」で終わらせてね。",
    [
        ("language:no_script", {"script": "han"}, "漢字は一切使わず、ひらがなとカタカナだけで書いてください"),
        ("length:number_characters", {"num_chars": 201, "relation": LT}, "200文字以内"),
        ("startend:end_checker", {"end_phrase": "おしまい"}, "最後は「おしまい」で終わらせてね"),
    ],
    tags=["lang", "polite"],
)

add(
    "来月ニューヨークに旅行します。現地のレストランで使える英語のフレーズを教えてください。回答は英語のみで、箇条書きでちょうど7個にしてください。説明や日本語訳はいりません。最後に「他に質問はありますか？」みたいな問いかけで終わるのもやめてください。",
    [
        ("language:response_language", {"language": "en"}, "回答は英語のみで"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 7}, "箇条書きでちょうど7個にしてください"),
        ("content:not_end_with_question", {}, "最後に「他に質問はありますか？」みたいな問いかけで終わるのもやめてください。"),
    ],
    untyped=["説明や日本語訳はいりません。"],
    tags=["lang"],
)

add(
    "取引先へのお詫びメールを書いてください。納品が3日遅れる件です。件名は【】で囲んで最初の行に書き、メール全体で400字以上にしてください。「申し訳ございません」という表現を必ず入れること。箇条書きは使わないでください。",
    [
        ("length:number_characters", {"num_chars": 400, "relation": AL}, "メール全体で400字以上にしてください"),
        ("keywords:required_phrase", {"phrase": "申し訳ございません"}, "「申し訳ございません」という表現を必ず入れること"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "箇条書きは使わないでください"),
    ],
    untyped=["件名は【】で囲んで最初の行に書き"],
    tags=["lang"],
)

# ---------------------------------------------------------------- Korean
add(
    "자기소개서 항목 중 '지원 동기'를 써 주세요. 저는 식품공학과 졸업 예정이고 식품회사 R&D 직무에 지원합니다. 공백 제외 500자 이내로 맞춰 주시고, 문단은 나누지 말아 주세요. '열정'이라는 단어는 빼 주세요, 너무 흔해서요.",
    [
        ("length:number_nonspace_characters", {"num_chars": 501, "relation": LT}, "공백 제외 500자 이내로"),
        ("keywords:forbidden_words", {"forbidden_words": ["열정"]}, "'열정'이라는 단어는 빼 주세요"),
    ],
    untyped=["문단은 나누지 말아 주세요"],
    tags=["lang", "polite"],
)

add(
    "한국사 수업 자료로 훈민정음 창제에 대해 설명해 줘. 중요한 용어는 괄호 안에 한자를 같이 적어 줘. 예: 훈민정음(訓民正音). 마크다운 없이 그냥 텍스트로만 쓰고, 3문장 이상으로.",
    [
        ("language:use_script", {"script": "han"}, "중요한 용어는 괄호 안에 한자를 같이 적어 줘"),
        ("format:no_markdown", {}, "마크다운 없이 그냥 텍스트로만 쓰고"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": AL}, "3문장 이상으로"),
    ],
    tags=["lang"],
)

add(
    "일본인 친구한테 생일 축하 메시지를 보내고 싶어요. 일본어로 써 주세요! 너무 길지 않게 세 문장 이하로, 마지막에 하트 이모지 하나 넣어 주세요.",
    [
        ("language:response_language", {"language": "ja"}, "일본어로 써 주세요!"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "세 문장 이하로"),
    ],
    untyped=["마지막에 하트 이모지 하나 넣어 주세요."],
    tags=["lang", "words", "polite"],
)

# ---------------------------------------------------------------- Hindi
add(
    "मेरे दोस्त की शादी है और मुझे संगीत वाले दिन एक छोटी सी स्पीच देनी है। कृपया इसे हिंग्लिश में लिखो, यानी रोमन लिपि में — देवनागरी बिल्कुल नहीं, क्योंकि मुझे फ़ोन से पढ़ना है। ज़्यादा से ज़्यादा 150 शब्द, और कोई भी वाक्य 15 शब्दों से लंबा न हो।",
    [
        ("language:no_script", {"script": "devanagari"},
         ["इसे हिंग्लिश में लिखो, यानी रोमन लिपि में", "देवनागरी बिल्कुल नहीं"]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "ज़्यादा से ज़्यादा 150 शब्द"),
        ("length:max_words_per_sentence", {"max_words": 15}, "कोई भी वाक्य 15 शब्दों से लंबा न हो"),
    ],
    tags=["lang", "repeat", "polite"],
)

add(
    "कक्षा 8 के बच्चों के लिए जल चक्र पर एक निबंध लिखिए। निबंध हिंदी में हो, कम से कम 300 शब्दों का। इसमें 'वाष्पीकरण' और 'संघनन' शब्द ज़रूर आने चाहिए। शीर्षक को दोहरे कोण कोष्ठकों में लिखें, जैसे <<जल चक्र>>।",
    [
        ("language:response_language", {"language": "hi"}, "निबंध हिंदी में हो"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "कम से कम 300 शब्दों का"),
        ("keywords:existence", {"keywords": ["वाष्पीकरण", "संघनन"]},
         "इसमें 'वाष्पीकरण' और 'संघनन' शब्द ज़रूर आने चाहिए।"),
        ("detectable_format:title", {}, "शीर्षक को दोहरे कोण कोष्ठकों में लिखें, जैसे <<जल चक्र>>"),
    ],
    tags=["lang"],
)

add(
    'मैं एक छोटा सा ऐप बना रहा हूँ। मुझे दिवाली के बारे में जानकारी JSON फ़ॉर्मेट में चाहिए, और सारी वैल्यू अंग्रेज़ी में हों। keys ये होनी चाहिए: "name", "month", "states", "description"। JSON के अलावा कुछ भी मत लिखना।',
    [
        ("detectable_format:json_format", {}, ["जानकारी JSON फ़ॉर्मेट में चाहिए", "JSON के अलावा कुछ भी मत लिखना।"]),
        ("format:json_keys", {"keys": ["name", "month", "states", "description"]},
         'keys ये होनी चाहिए: "name", "month", "states", "description"'),
        ("language:response_language", {"language": "en"}, "सारी वैल्यू अंग्रेज़ी में हों"),
    ],
    tags=["lang", "repeat"],
)

# ---------------------------------------------------------------- Arabic
add(
    "اكتب لي منشوراً قصيراً لصفحة مخبزنا على فيسبوك بمناسبة حلول شهر رمضان. لا يزيد عن خمسة أسطر، وأضف وسمين على الأقل (هاشتاغ)، ولا تضع أي روابط.",
    [
        ("length:number_lines", {"num_lines": 6, "relation": LT}, "لا يزيد عن خمسة أسطر"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": AL}, "أضف وسمين على الأقل (هاشتاغ)"),
        ("content:no_urls", {}, "لا تضع أي روابط"),
    ],
    tags=["lang", "words"],
)

add(
    "ابني يدرس اللغة الفرنسية في الثانوية، ويحتاج إلى فقرة قصيرة عن مدينتنا الإسكندرية. من فضلك اكتبها باللغة الفرنسية فقط، بين 100 و150 كلمة، واستخدم الفاصلة المنقوطة مرة واحدة على الأقل. وابدأ الفقرة بعبارة « Alexandrie est ».",
    [
        ("language:response_language", {"language": "fr"}, "اكتبها باللغة الفرنسية فقط"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "بين 100 و150 كلمة"),
        ("startend:start_phrase", {"start_phrase": "Alexandrie est"}, "ابدأ الفقرة بعبارة « Alexandrie est »"),
    ],
    untyped=["استخدم الفاصلة المنقوطة مرة واحدة على الأقل"],
    tags=["lang", "polite"],
)

add(
    "أنت مساعد خدمة عملاء لشركة اتصالات. القواعد: أجب دائماً باللغة العربية. اجعل ردك في ثلاث نقاط بالضبط باستخدام علامة *. اختم ردك دائماً بسؤال للعميل.\nسؤال العميل: لماذا فاتورتي هذا الشهر أعلى من المعتاد؟",
    [
        ("language:response_language", {"language": "ar"}, "أجب دائماً باللغة العربية"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "اجعل ردك في ثلاث نقاط بالضبط باستخدام علامة *"),
        ("content:end_with_question", {}, "اختم ردك دائماً بسؤال للعميل"),
    ],
    tags=["lang", "system", "words", "list"],
)

# ---------------------------------------------------------------- Turkish
add(
    "Kuzenimin düğünü için kısa bir tebrik mesajı yazar mısın? En fazla 50 kelime olsun, içinde "
    "“mutluluklar” kelimesi geçsin ve lütfen her cümle en fazla 10 kelime olsun, kartın arkasına elle yazacağım da.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 51}, "En fazla 50 kelime olsun"),
        ("keywords:existence", {"keywords": ["mutluluklar"]}, "içinde “mutluluklar” kelimesi geçsin"),
        ("length:max_words_per_sentence", {"max_words": 10}, "her cümle en fazla 10 kelime olsun"),
    ],
    tags=["lang", "polite"],
)

add(
    "Almanya'da oturuyorum, ev sahibime kira artışına itiraz eden bir mektup yazmam lazım. Mektup "
    "Almanca olsun, içinde tek bir Türkçe kelime bile olmasın. En az 180 kelime. [Adres] ve [Tarih] gibi "
    "köşeli parantezli yer tutucular kullan, en az 2 tane.",
    [
        ("language:response_language", {"language": "de"},
         ["Mektup Almanca olsun", "içinde tek bir Türkçe kelime bile olmasın"]),
        ("length_constraints:number_words", {"relation": AL, "num_words": 180}, "En az 180 kelime."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "[Adres] ve [Tarih] gibi köşeli parantezli yer tutucular kullan, en az 2 tane."),
    ],
    tags=["lang", "repeat"],
)

add(
    "Bir YouTube videosu için senaryo lazım: 'Evde ekşi mayalı ekmek nasıl yapılır'. Senaryoyu "
    "BÖLÜM 1, BÖLÜM 2 diye işaretlenmiş 5 bölüme ayır. Her bölüm yaklaşık 2 dakikalık konuşmaya denk "
    "gelsin. Toplamda 600 kelimeyi geçme. Bir de # ile başlık atma, düz yazı kalsın.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "BÖLÜM", "num_sections": 5},
         "Senaryoyu BÖLÜM 1, BÖLÜM 2 diye işaretlenmiş 5 bölüme ayır."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 601}, "Toplamda 600 kelimeyi geçme."),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "# ile başlık atma"),
    ],
    untyped=["Her bölüm yaklaşık 2 dakikalık konuşmaya denk gelsin."],
    tags=["lang"],
)

# ---------------------------------------------------------------- Vietnamese
add(
    "Viết giúp mình một bài đăng Facebook quảng cáo tiệm bánh mì của nhà mình ở Hội An nha. Tối đa 80 "
    "từ, có ít nhất 3 hashtag, thêm vài cái icon cho sinh động, và nhớ nhắc đến cụm từ \"bánh mì cô Ba chính gốc\" đúng y như vậy.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 81}, "Tối đa 80 từ"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "có ít nhất 3 hashtag"),
        ("format:use_emoji", {}, "thêm vài cái icon cho sinh động"),
        ("keywords:required_phrase", {"phrase": "bánh mì cô Ba chính gốc"},
         "nhớ nhắc đến cụm từ \"bánh mì cô Ba chính gốc\" đúng y như vậy"),
    ],
    tags=["lang"],
)

add(
    "Em đang học tiếng Anh, anh/chị viết giúp em một đoạn văn ngắn tả Tết ở Việt Nam bằng tiếng Anh "
    "nhé. Dưới 120 từ thôi ạ. Trong bài phải có các từ \"lantern\", \"family\" và \"firework\". Đừng "
    "dùng dấu gạch ngang dài (—) ạ.",
    [
        ("language:response_language", {"language": "en"}, "bằng tiếng Anh"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Dưới 120 từ thôi ạ."),
        ("keywords:existence", {"keywords": ["lantern", "family", "firework"]},
         "Trong bài phải có các từ \"lantern\", \"family\" và \"firework\"."),
        ("punctuation:no_em_dash", {}, "Đừng dùng dấu gạch ngang dài (—) ạ."),
    ],
    tags=["lang", "polite", "insent"],
)

add(
    "Trước khi trả lời, hãy chép lại nguyên văn câu hỏi sau, không thêm bớt chữ nào, rồi mới trả lời: "
    "Tại sao lá cây chuyển sang màu vàng vào mùa thu?\nPhần trả lời (không tính phần chép lại) không "
    "quá 5 câu. Không dùng markdown.",
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "Tại sao lá cây chuyển sang màu vàng vào mùa thu?"},
         "hãy chép lại nguyên văn câu hỏi sau, không thêm bớt chữ nào, rồi mới trả lời"),
        ("format:no_markdown", {}, "Không dùng markdown."),
    ],
    untyped=["Phần trả lời (không tính phần chép lại) không quá 5 câu."],
    tags=["lang"],
)

# ---------------------------------------------------------------- Indonesian
add(
    "Tolong buatin caption Instagram buat promo diskon 50% toko baju online aku. Maksimal 3 kalimat, "
    "pakai minimal 4 emoji, dan akhiri dengan kalimat \"Yuk checkout sekarang!\"",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Maksimal 3 kalimat"),
        ("format:number_emojis", {"num_emojis": 4, "relation": AL}, "pakai minimal 4 emoji"),
        ("startend:end_checker", {"end_phrase": "Yuk checkout sekarang!"},
         "akhiri dengan kalimat \"Yuk checkout sekarang!\""),
    ],
    tags=["lang", "typo"],
)

add(
    "Saya mau bikin esai beasiswa LPDP dalam bahasa Inggris tentang kenapa saya ingin kuliah S2 di "
    "bidang kesehatan masyarakat. Jawab dalam bahasa Inggris ya. Panjangnya antara 400 sampai 500 kata. "
    "Jangan pakai kata \"passionate\" dan \"dream\", terlalu klise. Pisahkan paragraf dengan baris "
    "kosong, minimal 4 paragraf.",
    [
        ("language:response_language", {"language": "en"},
         ["esai beasiswa LPDP dalam bahasa Inggris", "Jawab dalam bahasa Inggris ya."]),
        ("count:word_count_range", {"min_words": 400, "max_words": 500}, "Panjangnya antara 400 sampai 500 kata."),
        ("keywords:forbidden_words", {"forbidden_words": ["passionate", "dream"]},
         "Jangan pakai kata \"passionate\" dan \"dream\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "Pisahkan paragraf dengan baris kosong, minimal 4 paragraf."),
    ],
    tags=["lang", "repeat", "insent"],
)

add(
    "Pertanyaan singkat aja: apakah tomat itu buah? Jawab cuma pakai salah satu dari pilihan ini: "
    "ya/tidak/tergantung. Jangan kasih penjelasan apa pun.",
    [
        ("format:options", {"options": "ya/tidak/tergantung"},
         ["Jawab cuma pakai salah satu dari pilihan ini: ya/tidak/tergantung.",
          "Jangan kasih penjelasan apa pun."]),
    ],
    tags=["lang", "repeat"],
)

# ---------------------------------------------------------------- English by non-native speakers
add(
    "Kindly write one leave application to my manager for 3 days, my cousin marriage is there in "
    "Jaipur. Please do the needful: it should be less than 100 words only and DO NOT PUT ANY BULLET "
    "POINTS. Start it with \"Respected Sir,\" itself.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 100}, "it should be less than 100 words only"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "DO NOT PUT ANY BULLET POINTS"),
        ("startend:start_phrase", {"start_phrase": "Respected Sir,"}, "Start it with \"Respected Sir,\" itself."),
    ],
    tags=["polite", "caps", "typo"],
)

add(
    "I need for my master thesis a summary of the results of the study I paste below. Please make it in "
    "exact 3 bullet points with markdown and don't use the word \"significant\", my professor says it is "
    "overused. Also write it in english, not in german, and no long dashes (—) please.\n\nSTUDY: Participants (n=84) who slept less than "
    "six hours showed slower reaction times (mean 412 ms vs 367 ms) and made more errors in the "
    "attention task.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "make it in exact 3 bullet points with markdown"),
        ("keywords:forbidden_words", {"forbidden_words": ["significant"]}, "don't use the word \"significant\""),
        ("language:response_language", {"language": "en"}, "write it in english, not in german"),
        ("punctuation:no_em_dash", {}, "no long dashes (—) please"),
    ],
    tags=["typo"],
)

add(
    "hello, i am from Colombia and my english is not so good. can you write me a message to my airbnb "
    "host asking if i can do late check out at 2pm? maximum 60 words please, and put the word \"please\" "
    "at least 2 times because i want to be very polite. no use of exclamation marks",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "maximum 60 words please"),
        ("keywords:frequency", {"keyword": "please", "frequency": 2, "relation": AL},
         "put the word \"please\" at least 2 times"),
        ("punctuation:no_exclamation", {}, "no use of exclamation marks"),
    ],
    tags=["lower", "typo", "polite"],
)

add(
    "You are a kind English teacher for chinese kids. Always answer in title case, every main word with "
    "Capital letter. Never use words in all capital letters more than 2 times. Keep each sentence max 12 "
    "words.\nQuestion: what is a rainbow?",
    [
        ("format:title_case", {}, "Always answer in title case, every main word with Capital letter."),
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "Never use words in all capital letters more than 2 times."),
        ("length:max_words_per_sentence", {"max_words": 12}, "Keep each sentence max 12 words."),
    ],
    tags=["system", "typo"],
)

add(
    "My grandmother is polish and she don't speak english. I want to send her a short letter about my new "
    "job as a nurse in Dublin. Write it in polish language please, under 150 words, and finish the letter "
    "with the words \"Kocham Cię, Ania\". Don't add any P.S. in the end.",
    [
        ("language:response_language", {"language": "pl"}, "Write it in polish language please"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "under 150 words"),
        ("startend:end_checker", {"end_phrase": "Kocham Cię, Ania"},
         "finish the letter with the words \"Kocham Cię, Ania\""),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "Don't add any P.S. in the end."),
    ],
    tags=["polite", "typo"],
)

add(
    "Please make a haiku about a cat in the rainy season. No more than 3 lines totally. After the haiku, "
    "no explanation. Also do not put the title with << >> brackets. Use at least one emoji, kawaii style.",
    [
        ("length:number_lines", {"num_lines": 4, "relation": LT}, "No more than 3 lines totally."),
        ("detectable_format:no_title", {}, "do not put the title with << >> brackets"),
        ("format:use_emoji", {}, "Use at least one emoji"),
    ],
    untyped=["After the haiku, no explanation.", "kawaii style"],
    tags=["typo"],
)

add(
    "Hello! For my english course I must write a short story (between 150 and 200 words) about a lost "
    "umbrella. Can you do it? The teacher wants that we use the em dash (—) at least one time, and the "
    "story must contain exactly four numbers. Please no dialog.",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "between 150 and 200 words"),
        ("punctuation:use_em_dash", {}, "The teacher wants that we use the em dash (—) at least one time"),
        ("count:numbers", {"N": 4}, "the story must contain exactly four numbers"),
    ],
    untyped=["Please no dialog."],
    tags=["typo", "words", "insent"],
)

add(
    "I'm preparing presentation for my company, topic is remote work pros and cons. Please devide the "
    "answer to 2 parts, each part begin with \"PART 1\", \"PART 2\". Highlight minimum 4 key sentence "
    "with markdown like *this*. Whole answer should be not over 1500 characters.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 2},
         "devide the answer to 2 parts, each part begin with \"PART 1\", \"PART 2\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 4},
         "Highlight minimum 4 key sentence with markdown like *this*."),
        ("length:number_characters", {"num_chars": 1501, "relation": LT}, "Whole answer should be not over 1500 characters."),
    ],
    tags=["typo"],
)

add(
    "Hi!! I need a motivational quote for the wall of my little gym studio. Just one sentence, and wrap "
    "all the answer between double quotes like \"this\". Don't repeat any word more than 2 times. And "
    "please dont start with \"Never\".",
    [
        ("startend:quotation", {}, "wrap all the answer between double quotes like \"this\""),
        ("words:repeats", {"small_n": 2}, "Don't repeat any word more than 2 times."),
        ("startend:not_start_phrase", {"start_phrase": "Never"}, "please dont start with \"Never\""),
    ],
    untyped=["Just one sentence"],
    tags=["typo"],
)


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types_path = sys.argv[1] if len(sys.argv) > 1 else str(here.parent.parent / "types.json")
    types = {t["id"]: t for t in json.load(open(types_path))}
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    seen = set()
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        assert prompt not in seen, key
        seen.add(prompt)
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps and all(isinstance(x, str) and x for x in exps), (key, cid)
            for x in exps:
                assert x in prompt, (key, x)
            assert cid in types, (key, cid)
            assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
            ids[cid] += 1
        assert len({c[0] for c in cons}) == len(cons), (key, "duplicate id")
        for u in untyped:
            assert u in prompt, (key, u)
        assert 1 <= len(cons) <= 5, key
        for t in tg:
            tags[t] += 1
        if untyped:
            tags["untyped"] += 1
        ncons[len(cons)] += 1
        lines.append(json.dumps({
            "key": key, "prompt": prompt,
            "instruction_id_list": [c[0] for c in cons],
            "kwargs": [c[1] for c in cons],
            "expected": [c[2] for c in cons],
            "untyped": untyped,
        }, ensure_ascii=False))
    (here / "data.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(ids.values())
    ife = sum(v for k, v in ids.items() if is_ifeval(k))
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"IFEval-family constraints {ife} ({100 * ife / total:.0f}%), other {total - ife}")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:3d} {'I' if is_ifeval(k) else ' '} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "lang", "system", "ps", "words"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
