"""Hand-written prompts (authorZ) for rpo's decomposition; writes data.jsonl and stats.

Persona: formal, polite and often indirect professionals and first-time users: nurses and clinic
administrators, accountants, civil servants, NGO grant writers, journalists and editors,
real-estate agents, tour guides, and older people writing to an assistant for the first time.
Long background-first prompts, house-style requirements, hedged requirements ("ideally",
"if at all possible"), numbers as words, British and American spelling, six prompts in other
languages (Dutch, Polish, Swedish, Japanese, Hindi, Russian).

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of strings (first statement first) when the prompt states the
same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a list / "Rules:" / "Format:" block; polite = indirect/polite form;
  typo = misspellings or chat spelling; caps = ALL-CAPS instruction text; lower = all-lowercase
  prompt; lang = prompt not in English; system = system-prompt style; ps = a constraint given in a
  P.S. of the prompt; words = a number written as a word; hedge = a hedged requirement
  ("ideally", "if at all possible") labelled as a constraint.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 103000  # keys are KEY_BASE + 1 .. KEY_BASE + 55
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 practice nurse, patient leaflet
add(
    "Good afternoon. I am a practice nurse at a small GP surgery in Leeds, and we have noticed "
    "that a good many patients come back after minor skin surgery with wounds that have not been "
    "looked after properly, mostly because the printed advice we hand out is out of date and far "
    "too wordy.\n\n"
    "I would be most grateful if you could draft a fresh patient information leaflet on caring for "
    "a wound at home in the first fortnight after a minor procedure. It is essential that it is "
    "written in plain language, as a number of our patients have limited literacy. Kindly keep it "
    "to no more than two hundred and fifty words, and please do not use the words \"sutures\" or "
    "\"aseptic\", which we find tend to alarm people. Ideally the leaflet would close with the "
    "sentence \"If in doubt, ring the surgery.\" so that patients are left knowing what to do.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 251},
         "Kindly keep it to no more than two hundred and fifty words"),
        ("keywords:forbidden_words", {"forbidden_words": ["sutures", "aseptic"]},
         "please do not use the words \"sutures\" or \"aseptic\""),
        ("startend:end_checker", {"end_phrase": "If in doubt, ring the surgery."},
         "Ideally the leaflet would close with the sentence \"If in doubt, ring the surgery.\""),
    ],
    untyped=["It is essential that it is written in plain language"],
    tags=["polite", "words", "hedge"],
)

# 2 clinic administrator, internal email with house style list
add(
    "Please write an email to all clinical staff letting them know that the new electronic rota "
    "system goes live on Monday the 3rd of March, that paper swap-request forms will no longer be "
    "accepted from that date, and that training drop-ins run every lunchtime the week before.\n\n"
    "Our house style for internal emails is as follows:\n"
    "- open with \"Dear colleagues,\"\n"
    "- no exclamation marks anywhere (it reads as shouting)\n"
    "- fewer than 180 words in total\n"
    "- British spelling throughout\n\n"
    "Thank you.",
    [
        ("startend:start_phrase", {"start_phrase": "Dear colleagues,"},
         "open with \"Dear colleagues,\""),
        ("punctuation:no_exclamation", {}, "no exclamation marks anywhere"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 180},
         "fewer than 180 words in total"),
    ],
    untyped=["British spelling throughout"],
    tags=["list"],
)

# 3 accountant, explaining accruals to a bakery client
add(
    "One of my clients runs a family bakery and has asked me, quite reasonably, why her profit "
    "figure for the year does not match the money that went through her bank account. She is a "
    "very capable businesswoman but has no background in bookkeeping whatsoever.\n\n"
    "Could you write an explanation I can send her of the difference between cash accounting and "
    "accrual accounting, using examples from a bakery (flour bought on credit, a wedding cake paid "
    "for in advance, and so on)? I would be grateful if the explanation came in three paragraphs, "
    "divided from one another by the markdown separator ***. Please refrain from bullet points "
    "altogether, as she finds them curt. I would also like the word \"invoice\" to come up at "
    "least twice, since that is the document she actually sees. No jargon, please.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "I would be grateful if the explanation came in three paragraphs, divided from one another "
         "by the markdown separator ***"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT},
         "Please refrain from bullet points altogether"),
        ("keywords:frequency", {"keyword": "invoice", "frequency": 2, "relation": AL},
         "I would also like the word \"invoice\" to come up at least twice"),
    ],
    untyped=["No jargon, please."],
    tags=["polite", "words"],
)

# 4 civil servant, ministerial briefing, restated at the end
add(
    "Background: the department has been asked to brief the Minister ahead of a regional visit "
    "on the state of local road maintenance funding, with particular reference to the pothole "
    "fund announced in the spring. The Minister is likely to be asked about the gap between "
    "allocations and councils' own estimates of their backlogs.\n\n"
    "Please prepare a briefing note. It should be divided into four sections, each introduced by "
    "the label SECTION followed by its number (SECTION 1, SECTION 2 and so forth), covering: the "
    "funding position, what councils are saying, likely lines of questioning, and suggested "
    "responses. The note must be between 400 and 500 words. Kindly ensure that no web links are "
    "included, as the note will be printed. The tone should be neutral and impartial, in keeping "
    "with civil service conventions.\n\n"
    "To repeat the one point on which the private office is strict: the note must fall within "
    "the 400-500 word band.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 4},
         "It should be divided into four sections, each introduced by the label SECTION followed by "
         "its number"),
        ("count:word_count_range", {"min_words": 400, "max_words": 500},
         ["The note must be between 400 and 500 words.",
          "the note must fall within the 400-500 word band"]),
        ("content:no_urls", {}, "Kindly ensure that no web links are included"),
    ],
    untyped=["The tone should be neutral and impartial, in keeping with civil service conventions."],
    tags=["polite", "repeat", "words"],
)

# 5 NGO grant writer, portal character limit
add(
    "I write funding bids for a small charity that works on rural water and sanitation in the "
    "Southern Region of Malawi. We are applying to a family foundation whose online portal has a "
    "'Project Summary' box with a strict character limit.\n\n"
    "Would you be so kind as to draft that summary for me? The project repairs and maintains "
    "community boreholes and trains village water committees. Requirements from the funder's "
    "guidance notes: keep it below 1,500 characters including spaces; it must mention both Malawi "
    "and boreholes by name; and it should use the exact phrase \"community-led total "
    "sanitation\", which is the approach they fund. The box strips formatting, so please do not "
    "put any headings in it.",
    [
        ("length:number_characters", {"num_chars": 1500, "relation": LT},
         "keep it below 1,500 characters including spaces"),
        ("keywords:existence", {"keywords": ["Malawi", "boreholes"]},
         "it must mention both Malawi and boreholes by name"),
        ("keywords:required_phrase", {"phrase": "community-led total sanitation"},
         "it should use the exact phrase \"community-led total sanitation\""),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT},
         "please do not put any headings in it"),
    ],
    tags=["polite", "list"],
)

# 6 local journalist, news brief
add(
    "I'm a reporter on a weekly paper. Write me a news brief of no more than 300 words on the "
    "council cabinet's decision last night to close Northgate Library at the end of the financial "
    "year, citing a £210,000 saving. Campaigners have promised a judicial review. Put the "
    "headline at the top, wrapped in double angle brackets like <<Headline here>>. Our CMS turns "
    "em dashes into gibberish, so none of those please. Don't invent quotes from named people.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 301},
         "Write me a news brief of no more than 300 words"),
        ("detectable_format:title", {},
         "Put the headline at the top, wrapped in double angle brackets like <<Headline here>>."),
        ("punctuation:no_em_dash", {}, "Our CMS turns em dashes into gibberish, so none of those please."),
    ],
    untyped=["Don't invent quotes from named people."],
    tags=["insent"],
)

# 7 features editor, two standfirsts
add(
    "We are running a long read on the housing shortage in coastal towns this weekend and I need "
    "a standfirst. Please give me two alternative versions, separated by six asterisks (******) "
    "and nothing else, so I can show both to the night editor. Each should be no longer than 35 "
    "words. The sub-desk has a thing about commas in standfirsts at the moment, so avoid commas "
    "entirely. Also, please don't let it end on a question; we did that last week.",
    [
        ("combination:two_responses", {},
         "Please give me two alternative versions, separated by six asterisks (******) and nothing "
         "else"),
        ("punctuation:no_comma", {}, "avoid commas entirely"),
        ("content:not_end_with_question", {}, "please don't let it end on a question"),
    ],
    untyped=["Each should be no longer than 35 words."],
    tags=["words"],
)

# 8 estate agent, listing
add(
    "Hi there, I'm an estate agent in Harrogate and I'm listing a three-bedroom Victorian "
    "terrace: original fireplaces, new kitchen, a conservatory at the back, and a small "
    "south-facing garden. The vendors are downsizing after thirty years.\n\n"
    "Could you write the property description for the portal? It needs to be 150-200 words. "
    "Please work in the words \"conservatory\" and \"garden\", since buyers search on them, and "
    "pick out at least three of the key selling points with markdown highlighting (bold or "
    "italics). Warm, aspirational tone but nothing that would upset Trading Standards.",
    [
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "It needs to be 150-200 words."),
        ("keywords:existence", {"keywords": ["conservatory", "garden"]},
         "Please work in the words \"conservatory\" and \"garden\""),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "pick out at least three of the key selling points with markdown highlighting"),
    ],
    untyped=["Warm, aspirational tone but nothing that would upset Trading Standards."],
    tags=["words"],
)

# 9 tour guide, lowercase, Prague
add(
    "hello! i'm a walking tour guide in prague and i want a quick cheat sheet for the old town "
    "square part of my tour that i can glance at on my phone. exactly 5 bullet points please, "
    "one per thing people always ask about (the astronomical clock etc). an emoji or two is fine "
    "but keep it under three emojis total. finish with the line \"Enjoy your stroll!\" which is "
    "how i always hand over to the next stop",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "exactly 5 bullet points please"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "keep it under three emojis total"),
        ("startend:end_checker", {"end_phrase": "Enjoy your stroll!"},
         "finish with the line \"Enjoy your stroll!\""),
    ],
    untyped=["one per thing people always ask about"],
    tags=["lower", "words"],
)

# 10 older person, first time, letter to a friend
add(
    "Hello. I have never used one of these computer assistants before so please forgive me if I "
    "am doing this wrong. My granddaughter has set it up for me on her laptop.\n\n"
    "I am 81 and I would like to write a letter to my old school friend Margaret, who moved to "
    "Canada in 1968. We lost touch after her husband died and I have only just found her address "
    "again through the church. I would like to tell her about my garden, my two great-grandsons, "
    "and that I still have the photograph of us at Whitby.\n\n"
    "Please do not make it too long, three hundred words at the very most. Please do not put any "
    "of those little faces and pictures in it, Margaret never cared for that sort of thing. And "
    "would you start it with \"My dear Margaret,\" please, as that is what I always called her.\n\n"
    "Thank you very much for your help.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 301},
         "three hundred words at the very most"),
        ("format:no_emoji", {},
         "Please do not put any of those little faces and pictures in it"),
        ("startend:start_phrase", {"start_phrase": "My dear Margaret,"},
         "would you start it with \"My dear Margaret,\" please"),
    ],
    untyped=["I would like to tell her about my garden, my two great-grandsons, and that I still "
             "have the photograph of us at Whitby."],
    tags=["polite", "words"],
)

# 11 Dutch district nurse, letter to families
add(
    "Goedemiddag,\n\n"
    "Ik werk als wijkverpleegkundige bij zorgteam De Linde. Rond de feestdagen passen we de "
    "bezoektijden op onze kleinschalige woonlocatie aan, en ik wil de families van onze cliënten "
    "daarover een korte brief sturen. De nieuwe tijden zijn van 24 december tot en met 2 januari "
    "dagelijks van 14.00 tot 19.30 uur.\n\n"
    "Zou u de brief voor mij willen opstellen? Graag in het Nederlands, maximaal 150 woorden, en "
    "zonder opsommingstekens, want dat vinden veel oudere familieleden zakelijk overkomen. Sluit "
    "de brief af met \"Met vriendelijke groet, Team De Linde\".\n\n"
    "Alvast hartelijk dank.",
    [
        ("language:response_language", {"language": "nl"}, "Graag in het Nederlands"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "maximaal 150 woorden"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "zonder opsommingstekens"),
        ("startend:end_checker", {"end_phrase": "Met vriendelijke groet, Team De Linde"},
         "Sluit de brief af met \"Met vriendelijke groet, Team De Linde\"."),
    ],
    tags=["lang", "polite"],
)

# 12 Polish accountant, client explanation
add(
    "Dzień dobry,\n\n"
    "prowadzę niewielkie biuro rachunkowe w Poznaniu. Jedna z moich klientek, właścicielka "
    "salonu fryzjerskiego, zapytała, dlaczego musi przechowywać faktury i dokumenty księgowe "
    "przez pięć lat, skoro wszystko jest już w systemie.\n\n"
    "Bardzo proszę o przygotowanie wyjaśnienia, które mogę jej przesłać. Odpowiedź proszę "
    "napisać po polsku, w dokładnie trzech akapitach oddzielonych pustą linią, przy czym drugi "
    "akapit powinien zaczynać się od słowa „Jednak”. Proszę też nie używać wykrzykników, "
    "klientka odbiera je jako pouczanie.\n\n"
    "Z góry dziękuję.",
    [
        ("language:response_language", {"language": "pl"}, "Odpowiedź proszę napisać po polsku"),
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "Jednak"},
         "w dokładnie trzech akapitach oddzielonych pustą linią, przy czym drugi akapit powinien "
         "zaczynać się od słowa „Jednak”"),
        ("punctuation:no_exclamation", {}, "Proszę też nie używać wykrzykników"),
    ],
    tags=["lang", "polite", "words"],
)

# 13 Swedish municipal case officer, web text
add(
    "Hej!\n\n"
    "Jag arbetar som handläggare på kommunens trafikenhet. Skulle du kunna skriva en text på "
    "högst 120 ord till vår webbplats om hur man ansöker om parkeringstillstånd för personer med "
    "rörelsehinder? Texten ska förklara vem som kan ansöka, vilka intyg som behövs och ungefär "
    "hur lång handläggningstiden är.\n\n"
    "Svara på svenska. Lägg inte in några länkar, dem lägger webbredaktören till själv. Skriv "
    "gärna enkelt, många som läser är äldre.",
    [
        ("language:response_language", {"language": "sv"}, "Svara på svenska."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121},
         "Skulle du kunna skriva en text på högst 120 ord"),
        ("content:no_urls", {}, "Lägg inte in några länkar"),
    ],
    untyped=["Skriv gärna enkelt, många som läser är äldre."],
    tags=["lang", "insent"],
)

# 14 Japanese tour guide, answer in English
add(
    "京都で通訳案内士をしている者です。明日、海外からのお客様を伏見稲荷大社にご案内する予定ですので、"
    "現地で読み上げられる簡単な紹介文を作っていただけないでしょうか。\n\n"
    "お客様向けの資料ですので、回答は英語でお願いいたします。要点は箇条書きでちょうど5つにまとめてください。"
    "また、絵文字は使わないでください。歴史と参拝のマナーの両方に触れていただけると助かります。",
    [
        ("language:response_language", {"language": "en"}, "回答は英語でお願いいたします"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5},
         "要点は箇条書きでちょうど5つにまとめてください"),
        ("format:no_emoji", {}, "絵文字は使わないでください"),
    ],
    untyped=["歴史と参拝のマナーの両方に触れていただけると助かります"],
    tags=["lang", "polite"],
)

# 15 Hindi, older person, first time
add(
    "नमस्ते। मैं पहली बार इस तरह का कंप्यूटर सहायक इस्तेमाल कर रही हूँ, इसलिए कोई भूल हो तो "
    "माफ़ कीजिए। मेरी पोती की शादी अगले महीने जयपुर में है और मैं उसके लिए एक आशीर्वाद संदेश "
    "लिखवाना चाहती हूँ, जो शादी के कार्ड के साथ भेजा जाएगा।\n\n"
    "कृपया उत्तर हिंदी में ही दें। देवनागरी लिपि में लिखिए, रोमन अक्षरों में नहीं, क्योंकि मेरी "
    "बहन अंग्रेज़ी अक्षर नहीं पढ़ पातीं। संदेश दस वाक्यों से ज़्यादा लंबा न हो।",
    [
        ("language:response_language", {"language": "hi"}, "कृपया उत्तर हिंदी में ही दें।"),
        ("language:no_script", {"script": "latin"}, "देवनागरी लिपि में लिखिए, रोमन अक्षरों में नहीं"),
        ("length_constraints:number_sentences", {"num_sentences": 11, "relation": LT},
         "संदेश दस वाक्यों से ज़्यादा लंबा न हो।"),
    ],
    tags=["lang", "polite", "words"],
)

# 16 Russian local newspaper editor
add(
    "Здравствуйте! Я редактор районной газеты. В субботу у нас открыли новый пешеходный мост "
    "через реку Сосну, который жители ждали почти десять лет. Подготовьте, пожалуйста, заметку "
    "об этом событии для ближайшего номера.\n\n"
    "Требования редакции: ответ должен быть на русском языке; не менее трёх абзацев, разделённых "
    "пустой строкой; заголовок оформите в двойных угловых скобках, например <<Мост открыт>>. "
    "Цитаты чиновников не выдумывайте.",
    [
        ("language:response_language", {"language": "ru"}, "ответ должен быть на русском языке"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "не менее трёх абзацев, разделённых пустой строкой"),
        ("detectable_format:title", {},
         "заголовок оформите в двойных угловых скобках, например <<Мост открыт>>"),
    ],
    untyped=["Цитаты чиновников не выдумывайте."],
    tags=["lang", "list", "words"],
)

# 17 civil servant, FOI-style answer, repeat the request first
add(
    "I work in a correspondence unit and we are trialling a format in which every reply first "
    "restates the correspondent's question exactly, so that there can be no dispute later about "
    "what was asked.\n\n"
    "Please first repeat the request below word for word, without saying anything before it, and "
    "then give your answer. The whole reply, including the repeated request, should be seven "
    "sentences or fewer, and in plain text with no markdown whatsoever, as it is pasted into our "
    "case-handling system.\n\n"
    "The request is: What guidance does the department give local authorities on charging "
    "residents for the collection of bulky household waste?",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What guidance does the department give local authorities on "
                              "charging residents for the collection of bulky household waste?"},
         "Please first repeat the request below word for word, without saying anything before it, "
         "and then give your answer."),
        ("length_constraints:number_sentences", {"num_sentences": 8, "relation": LT},
         "The whole reply, including the repeated request, should be seven sentences or fewer"),
        ("format:no_markdown", {}, "in plain text with no markdown whatsoever"),
    ],
    tags=["polite", "words"],
)

# 18 clinic administrator, referral triage with fixed options
add(
    "You are helping the booking office at an outpatient physiotherapy clinic. I will paste a "
    "referral letter below. Reply with just one word from this set: urgent/routine/declined. "
    "Nothing else, no explanation. Everything must be in lower case as well, because our booking "
    "system only reads lower-case text.\n\n"
    "Referral: 'Dear colleague, I would be grateful if you could see this 54-year-old "
    "bricklayer with a six-week history of right shoulder pain after a fall from a ladder, now "
    "unable to lift his arm above shoulder height. No night pain or weight loss. Kind regards, "
    "Dr Okafor.'",
    [
        ("format:options", {"options": "urgent/routine/declined"},
         "Reply with just one word from this set: urgent/routine/declined."),
        ("change_case:english_lowercase", {}, "Everything must be in lower case as well"),
    ],
    tags=["system"],
)

# 19 accountant, invoice extraction to JSON, restated
add(
    "I am reconciling a supplier's statement and would like to extract the details of the "
    "invoice below into a structured form so that I can paste it into our import tool.\n\n"
    "Please output only JSON, with the keys \"supplier\", \"invoice_date\", \"net\", \"vat\" "
    "and \"gross\". Dates should be written day/month/year.\n\n"
    "INVOICE No. 4471 - Harlow Office Supplies Ltd - Dated 14 November - Goods: 12 boxes A4 "
    "copier paper, 3 toner cartridges - Net £386.40 - VAT at 20% £77.28 - Total £463.68\n\n"
    "Again, JSON only please; anything else breaks the import.",
    [
        ("detectable_format:json_format", {},
         ["Please output only JSON", "JSON only please"]),
        ("format:json_keys", {"keys": ["supplier", "invoice_date", "net", "vat", "gross"]},
         "with the keys \"supplier\", \"invoice_date\", \"net\", \"vat\" and \"gross\""),
    ],
    untyped=["Dates should be written day/month/year."],
    tags=["repeat"],
)

# 20 NGO grant writer, proposal outline
add(
    "Dear assistant,\n\n"
    "Our girls' education programme in northern Ghana is applying for a three-year grant, and "
    "before I write the full narrative I would like to agree an outline with my director.\n\n"
    "Would you kindly produce an outline in markdown, with at least two headings (using #), and "
    "with the points under them as bullet points marked with *, each of which has at least one "
    "sub-point marked with -? The funder has told applicants, rather pointedly, that they are "
    "tired of reading the phrase \"capacity building\", so please leave it out entirely.\n\n"
    "With thanks,\nAbena",
    [
        ("format:markdown_headings", {"num_headings": 2, "relation": AL},
         "with at least two headings (using #)"),
        ("format:sub-bullets", {},
         "with the points under them as bullet points marked with *, each of which has at least one "
         "sub-point marked with -"),
        ("keywords:forbidden_phrase", {"phrase": "capacity building"},
         "they are tired of reading the phrase \"capacity building\", so please leave it out entirely"),
        ("format:use_markdown", {}, "Would you kindly produce an outline in markdown"),
    ],
    untyped=[],
    tags=["polite", "words"],
)

# 21 journalist, pull quote in quotation marks
add(
    "For tomorrow's page 5 I need a pull quote to sit beside the interview with the retiring "
    "head teacher of St Anne's Primary. She spoke about forty years of teaching, the smartphone "
    "era and why she still believes in handwriting. Please write a pull quote of fewer than forty "
    "words that she could plausibly have said, based on those themes, and wrap the entire thing "
    "in double quotation marks as it will be set that way on the page.",
    [
        ("startend:quotation", {}, "wrap the entire thing in double quotation marks"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 40},
         "Please write a pull quote of fewer than forty words"),
    ],
    untyped=["that she could plausibly have said, based on those themes"],
    tags=["words", "insent"],
)

# 22 sub-editor, headline options in title case
add(
    "Need headline options for a story about a sheep that wandered into a Tesco in Hexham and "
    "was escorted out by the store manager. Give me at least six, as a numbered list. House "
    "style for this section is Title Case for every headline and the whole answer, so please "
    "do the whole response that way. And no shouting: fewer than two words in full capitals, "
    "the chief sub hates it.",
    [
        ("format:numbered_list", {"num_items": 6, "relation": AL},
         "Give me at least six, as a numbered list."),
        ("format:title_case", {},
         "House style for this section is Title Case for every headline and the whole answer"),
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": LT},
         "fewer than two words in full capitals"),
    ],
    tags=["words"],
)

# 23 estate agent, price reduction email with placeholders
add(
    "I have to write to a vendor recommending that they reduce their asking price. The house has "
    "been on the market for eleven weeks, we've had nine viewings and no offers, and two "
    "comparable properties on the same road have sold for around 6% less than our listing.\n\n"
    "Could you draft the email? Leave placeholders in square brackets for the vendor's name and "
    "the proposed new asking price, for example [Vendor Name], so that's at least two of them. "
    "And please don't begin with \"I hope this email finds you well\", which my branch manager "
    "says makes us sound like a bank. Four paragraphs maximum, with blank lines between them. "
    "Tactful but honest. A P.S. about the spring market is optional, your call.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Leave placeholders in square brackets for the vendor's name and the proposed new asking "
         "price, for example [Vendor Name], so that's at least two of them."),
        ("startend:not_start_phrase", {"start_phrase": "I hope this email finds you well"},
         "please don't begin with \"I hope this email finds you well\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 5, "relation": LT},
         "Four paragraphs maximum, with blank lines between them."),
    ],
    untyped=["Tactful but honest."],
    tags=["words"],
)

# 24 tour guide, day-trip blurb with booking link
add(
    "Hi, I run small-group day trips from Edinburgh to Loch Ness and the Highlands. Could you "
    "write a short blurb for my Facebook page advertising the new Sunday departure? Please "
    "include at least one web link, you can use www.highlandhopper-tours.co.uk/book as the "
    "booking page. I'd like a bit of enthusiasm, so put in at least one exclamation mark, but "
    "five sentences or fewer overall.",
    [
        ("content:include_url", {}, "Please include at least one web link"),
        ("punctuation:use_exclamation", {}, "put in at least one exclamation mark"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT},
         "five sentences or fewer overall"),
    ],
    tags=["words"],
)

# 25 older person, video-call instructions
add(
    "Good morning,\n\n"
    "My son lives in Australia and he wants me to talk to him on the iPad with the camera, which "
    "he says is called FaceTime. I am 77 and not very good with these gadgets. He is coming on "
    "at 8 o'clock on Sunday morning our time.\n\n"
    "Could you please explain how I answer his call and how I make the picture of me show? I "
    "would like the steps numbered, please, and not more than eight of them or I will get "
    "muddled. Short sentences if you would, no more than fifteen words in each one.\n\n"
    "Yours sincerely,\nDorothy Price",
    [
        ("format:numbered_list", {"num_items": 9, "relation": LT},
         "I would like the steps numbered, please, and not more than eight of them"),
        ("length:max_words_per_sentence", {"max_words": 15},
         "Short sentences if you would, no more than fifteen words in each one."),
    ],
    untyped=["how I answer his call and how I make the picture of me show"],
    tags=["polite", "words"],
)

# 26 ward nurse, handover summary, typos
add(
    "Ward nurse here, on a late shift so excuse the typing. Can you write an example handover "
    "summary for a ficticious patient (78yo, day 3 post hip replacement, mild confusion at "
    "night) for a teaching session with our new starters. It needs to be no longer than ten "
    "lines, it must mention allergies and mobility, and plain text only pls - no markdown - as "
    "its going into a word doc template.",
    [
        ("length:number_lines", {"num_lines": 11, "relation": LT}, "It needs to be no longer than ten lines"),
        ("keywords:existence", {"keywords": ["allergies", "mobility"]},
         "it must mention allergies and mobility"),
        ("format:no_markdown", {}, "plain text only pls - no markdown"),
    ],
    untyped=["for a ficticious patient (78yo, day 3 post hip replacement, mild confusion at night)"],
    tags=["typo", "words"],
)

# 27 clinic administrator, SMS reminder
add(
    "We're moving our appointment reminders from letters to text messages. Please write the "
    "standard reminder text for a practice nurse appointment. Limits from the SMS provider: "
    "160 characters maximum, spaces included. It must contain the exact wording \"Reply STOP to "
    "opt out\" for compliance. DO NOT include a link of any kind - patients have been getting "
    "scam texts and we've told them we never send links.",
    [
        ("length:number_characters", {"num_chars": 161, "relation": LT},
         "160 characters maximum, spaces included"),
        ("keywords:required_phrase", {"phrase": "Reply STOP to opt out"},
         "It must contain the exact wording \"Reply STOP to opt out\" for compliance."),
        ("content:no_urls", {}, "DO NOT include a link of any kind"),
    ],
    tags=["caps"],
)

# 28 accountant, Excel formula
add(
    "Quick question from a sole-practitioner accountant. I have a column of invoice dates in A "
    "and amounts in B, and I'd like a formula that sums the amounts for invoices more than 90 "
    "days old as at the date in cell E1. Put the formula itself in a fenced code block so I can "
    "copy it cleanly, and keep the whole reply to a hundred and fifty words max. No headings, "
    "it's one formula, not a report. Assume the UK version of Excel.",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL},
         "Put the formula itself in a fenced code block"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 151},
         "keep the whole reply to a hundred and fifty words max"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "No headings"),
    ],
    untyped=["Assume the UK version of Excel."],
    tags=["words"],
)

# 29 civil servant, plain-English rewrite
add(
    "Our unit has adopted the plain English guidance for all letters to members of the public. "
    "Please rewrite the following paragraph accordingly:\n\n"
    "\"In order to facilitate the timely processing of your application, it is necessary for the "
    "Authority to utilise information held by other public bodies, and we would therefore "
    "request that you leverage the enclosed consent form to confirm your agreement to the "
    "sharing of such information, which should be returned within the period specified.\"\n\n"
    "Two things matter. No sentence should run over twenty words. And please avoid "
    "\"utilise\", \"facilitate\" and \"leverage\"; they are on our list of banned words. The "
    "legal meaning must not change.",
    [
        ("length:max_words_per_sentence", {"max_words": 20},
         "No sentence should run over twenty words."),
        ("keywords:forbidden_words", {"forbidden_words": ["utilise", "facilitate", "leverage"]},
         "please avoid \"utilise\", \"facilitate\" and \"leverage\""),
    ],
    untyped=["The legal meaning must not change."],
    tags=["words"],
)

# 30 NGO fundraiser, donor thank-you letter with P.S.
add(
    "I manage individual giving at a small literacy charity in Bristol. A retired teacher, "
    "Mrs Helen Carter, has just made a gift of £5,000 in memory of her late husband, which will "
    "fund a year of after-school reading clubs in two primary schools.\n\n"
    "I would be most grateful if you could draft a thank-you letter from our chief executive. "
    "If at all possible I would like it to run to at least four paragraphs, with a blank line "
    "between each, as it is a significant gift and a two-line note would feel ungracious. "
    "Please finish with a postscript beginning \"P.S.\" that invites her to visit one of the "
    "clubs. It must be heartfelt without being mawkish.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 4, "relation": AL},
         "If at all possible I would like it to run to at least four paragraphs, with a blank line "
         "between each"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."},
         "Please finish with a postscript beginning \"P.S.\""),
    ],
    untyped=["that invites her to visit one of the clubs", "It must be heartfelt without being mawkish."],
    tags=["polite", "words", "hedge"],
)

# 31 journalist, interview questions
add(
    "I'm interviewing a marathon runner who took up running at 62 after a heart attack and has "
    "just finished her hundredth race. Could you suggest questions for the interview? I'd want "
    "a numbered list of at least 10. Please avoid yes/no questions, and for heaven's sake don't "
    "use the word \"journey\" anywhere, my editor will cross it out on sight. Pls make sure "
    "the very last line is a question, not some sign-off.",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "a numbered list of at least 10"),
        ("keywords:forbidden_words", {"forbidden_words": ["journey"]},
         "don't use the word \"journey\" anywhere"),
        ("content:end_with_question", {}, "make sure the very last line is a question"),
    ],
    untyped=["Please avoid yes/no questions"],
    tags=["typo"],
)

# 32 system prompt, newspaper sub-editing assistant
add(
    "You are the sub-editing assistant for the Westmoor Gazette, a regional weekly. Always use "
    "British spelling. Never use em dashes. Never use exclamation marks. Keep every reply under "
    "200 words.\n\n"
    "Task: rewrite this reader's letter into a publishable form without changing its argument.\n"
    "\"i have lived on Moor Lane for 40 years and never seen the bins left for a fortnight like "
    "this!!! the council should be ashamed, its a disgrace and a health hazard with the foxes "
    "getting in to them!!\"",
    [
        ("punctuation:no_em_dash", {}, "Never use em dashes."),
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200},
         "Keep every reply under 200 words."),
    ],
    untyped=["Always use British spelling.", "without changing its argument"],
    tags=["system"],
)

# 33 estate agent, open-house social post
add(
    "Can you do me an Instagram caption for this Saturday's open house at 14 Mill Lane, a "
    "two-bed cottage with a log burner? Under 60 words. Make sure it says \"open house\" word "
    "for word, stick 3 or more hashtags at teh end, and make sure theres at least one "
    "emoji in there, its Instagram after all.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 60}, "Under 60 words."),
        ("keywords:required_phrase", {"phrase": "open house"},
         "Make sure it says \"open house\" word for word"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL},
         "stick 3 or more hashtags at teh end"),
        ("format:use_emoji", {}, "make sure theres at least one emoji in there"),
    ],
    tags=["typo"],
)

# 34 tour guide, children's letter-trail, all capitals
add(
    "I guide school groups round the town museum and this term every visit has a 'letter of the "
    "week' game. This week it is the letter Q. Please write a short welcome for the children "
    "that I can put up on the big screen, about the Queen's carriage and the quilt gallery. To "
    "make the game work the letter \"q\" needs to appear at least eight times. Write the whole "
    "thing in capital letters, please, as the younger ones read capitals more easily. No more "
    "than eight lines, or it won't fit on the screen.",
    [
        ("keywords:letter_frequency", {"letter": "q", "let_frequency": 8, "let_relation": AL},
         "the letter \"q\" needs to appear at least eight times"),
        ("change_case:english_capital", {}, "Write the whole thing in capital letters, please"),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "No more than eight lines"),
    ],
    untyped=["about the Queen's carriage and the quilt gallery"],
    tags=["words", "polite"],
)

# 35 older person, fixed-answer sentence (constrained response)
add(
    "Hello, my name is Arthur and this is the first time I have typed to one of you. My grandson "
    "says that if I only want a short answer I should tell you to reply with \"My answer is "
    "yes.\", \"My answer is no.\" or \"My answer is maybe.\" and nothing more, so please do that.\n\n"
    "My question is: is it all right to eat eggs a couple of days after the best-before date if "
    "they have been kept in the fridge?",
    [
        ("detectable_format:constrained_response", {},
         "reply with \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\" and "
         "nothing more"),
    ],
    tags=["polite"],
)

# 36 community nurse, information for carers
add(
    "I'm a community nurse and I'm preparing written guidance for family carers of people who "
    "have been prescribed a blood thinner (apixaban) after a stroke. Carers need to know what "
    "to watch out for and when to get help.\n\n"
    "Please write this in at least six sentences. Highlight at least two of the most important "
    "warnings using markdown, e.g. *like this*. I'd rather you didn't shout with capitals: fewer "
    "than four words in all caps, please. It must not read as though it replaces the advice of "
    "their GP or pharmacist.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": AL},
         "Please write this in at least six sentences."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Highlight at least two of the most important warnings using markdown"),
        ("change_case:capital_word_frequency", {"capital_frequency": 4, "capital_relation": LT},
         "fewer than four words in all caps"),
    ],
    untyped=["It must not read as though it replaces the advice of their GP or pharmacist."],
    tags=["words"],
)

# 37 clinic practice manager, job advert in parts
add(
    "We are recruiting a part-time receptionist (22.5 hours a week) for a busy dental practice in "
    "Swindon. I would like you to write the advert for our website and the local jobs board.\n\n"
    "Kindly organise it into three parts, each one opening with its label, Part 1, Part 2 and "
    "Part 3: about the practice, the role, and how to apply. Ideally it would come to somewhere "
    "between 250 and 350 words. "
    "We would like the words \"flexible\" and \"NHS\" to appear, as applicants tend to search "
    "on those.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 3},
         "Kindly organise it into three parts, each one opening with its label, Part 1, Part 2 and "
         "Part 3"),
        ("count:word_count_range", {"min_words": 250, "max_words": 350},
         "Ideally it would come to somewhere between 250 and 350 words."),
        ("keywords:existence", {"keywords": ["flexible", "NHS"]},
         "We would like the words \"flexible\" and \"NHS\" to appear"),
    ],
    untyped=["about the practice, the role, and how to apply"],
    tags=["polite", "words", "hedge"],
)

# 38 accountant, template letter to the tax office
add(
    "I need a template letter, for use across several clients, asking HM Revenue & Customs to "
    "cancel a late-filing penalty on the grounds that the client was in hospital when the "
    "return was due.\n\n"
    "As it is a template, please include at least three placeholders in square brackets, such "
    "as [Client Name], [UTR] and [Date of admission]. Begin the letter with \"Dear Sir or "
    "Madam,\". It should not close on a question; HMRC correspondence ought to end firmly. I "
    "would also be grateful if it cited the concept of a reasonable excuse.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "please include at least three placeholders in square brackets"),
        ("startend:start_phrase", {"start_phrase": "Dear Sir or Madam,"},
         "Begin the letter with \"Dear Sir or Madam,\"."),
        ("content:not_end_with_question", {}, "It should not close on a question"),
    ],
    untyped=["I would also be grateful if it cited the concept of a reasonable excuse."],
    tags=["polite", "words"],
)

# 39 civil servant, lines to take
add(
    "Press office have asked for lines to take on the delay to the new A-level results "
    "platform. Context: the supplier missed a testing milestone, results day is unaffected, "
    "and schools were told on Tuesday.\n\n"
    "I need exactly four lines, as bullet points, no more and no fewer. Please do not use the "
    "phrase \"at this moment in time\", which the Permanent Secretary has banned. They should "
    "be defensive rather than proactive, and no sentence may exceed 25 words.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4},
         "I need exactly four lines, as bullet points, no more and no fewer."),
        ("keywords:forbidden_phrase", {"phrase": "at this moment in time"},
         "Please do not use the phrase \"at this moment in time\""),
        ("length:max_words_per_sentence", {"max_words": 25}, "no sentence may exceed 25 words"),
    ],
    untyped=["They should be defensive rather than proactive"],
    tags=["words"],
)

# 40 NGO grant writer, theory of change
add(
    "I'm drafting the 'Theory of Change' section of a bid to a trust that funds youth "
    "employment projects in Glasgow. Our programme pairs unemployed 16-to-24-year-olds with "
    "mentors from local businesses for six months.\n\n"
    "Could you write the section in exactly three paragraphs, separated by blank lines? The "
    "third paragraph should begin with the word \"Ultimately\". Please also make sure that the "
    "words \"outcomes\" and \"evidence\" both appear, as the assessors score against them. "
    "If at all possible, no bullet points; the trust's form renders them badly. Avoid "
    "overclaiming.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 3, "first_word": "Ultimately"},
         "Could you write the section in exactly three paragraphs, separated by blank lines? The "
         "third paragraph should begin with the word \"Ultimately\"."),
        ("keywords:existence", {"keywords": ["outcomes", "evidence"]},
         "make sure that the words \"outcomes\" and \"evidence\" both appear"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT},
         "If at all possible, no bullet points"),
    ],
    untyped=["Avoid overclaiming."],
    tags=["polite", "words", "hedge"],
)

# 41 obituary writer, house style on 'passed away'
add(
    "I write obituaries for a county newspaper. This one is for Thomas Hale, 88, a former "
    "lifeboat coxswain at Sheringham who took part in more than 200 rescues and later ran the "
    "village post office with his wife, June, who survives him along with three children.\n\n"
    "The obituary should be at least 400 words. Our style book is firm that we say someone died, "
    "never that they \"passed away\", so please do not use that phrase. Please also include at "
    "least one em dash, which the page designer likes for rhythm. Respectful, not sentimental.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 400},
         "The obituary should be at least 400 words."),
        ("keywords:forbidden_phrase", {"phrase": "passed away"},
         "never that they \"passed away\", so please do not use that phrase"),
        ("punctuation:use_em_dash", {}, "Please also include at least one em dash"),
    ],
    untyped=["Respectful, not sentimental."],
    tags=[],
)

# 42 copy editor, style-guide entry
add(
    "I'm updating our in-house style guide and need a new entry on how to write numbers: when to "
    "use figures, when to spell out, dates, percentages and money. Give the entry a title in "
    "double angular brackets, <<like this>>, and break it up with at least three markdown "
    "headings (# or ##). Keep it below 500 words; the guide is already too long.",
    [
        ("detectable_format:title", {}, "Give the entry a title in double angular brackets, <<like this>>"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL},
         "break it up with at least three markdown headings (# or ##)"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 500},
         "Keep it below 500 words"),
    ],
    tags=["words"],
)

# 43 lettings/estate agent, reply to buyer enquiry
add(
    "A buyer has emailed asking whether the flat at 7 Harbour View has parking and whether the "
    "service charge includes the building insurance. The answers are: one allocated space, and "
    "yes it does. Please draft my reply. It goes through the portal's messaging system, which "
    "shows markdown as raw symbols, so plain text with no markdown formatting. Six sentences, "
    "tops. Finish with a question, ideally one that invites them to book a viewing.",
    [
        ("format:no_markdown", {}, "plain text with no markdown formatting"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": LT}, "Six sentences, tops."),
        ("content:end_with_question", {}, "Finish with a question"),
    ],
    untyped=["ideally one that invites them to book a viewing"],
    tags=["words"],
)

# 44 tour guide, Spanish welcome speech
add(
    "I guide English-speaking groups in Seville, but next month I have a coach party from Madrid "
    "and my Spanish is rusty. Here is my usual welcome:\n\n"
    "\"Welcome to Seville! My name is Claire and I'll be your guide today. We'll start at the "
    "Cathedral, visit the Alcázar after lunch, and finish with a walk through the Santa Cruz "
    "quarter. Please keep your tickets with you and stay with the group in the narrow streets.\"\n\n"
    "Please put it into Spanish for me, keeping roughly to the same content. Kindly keep it to "
    "no more than one hundred and twenty words, and start it with \"¡Bienvenidos a Sevilla!\" "
    "rather than a literal translation of my first line.",
    [
        ("language:response_language", {"language": "es"}, "Please put it into Spanish for me"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 121},
         "Kindly keep it to no more than one hundred and twenty words"),
        ("startend:start_phrase", {"start_phrase": "¡Bienvenidos a Sevilla!"},
         "start it with \"¡Bienvenidos a Sevilla!\""),
    ],
    untyped=["keeping roughly to the same content"],
    tags=["polite", "words"],
)

# 45 older person, anniversary poem, caps for emphasis
add(
    "Dear Sir or Madam,\n\n"
    "My wife Joan and I will have been married sixty years in June. We met at a dance on "
    "Brighton pier in 1964. I should like to give her a poem in a card but I am no poet.\n\n"
    "Please could you write one for me. It ought to rhyme. It must mention Brighton and the word "
    "\"dance\". PLEASE NOT MORE THAN SIXTEEN LINES, as the card is small.\n\n"
    "Thank you kindly,\nFrederick",
    [
        ("keywords:existence", {"keywords": ["Brighton", "dance"]},
         "It must mention Brighton and the word \"dance\"."),
        ("length:number_lines", {"num_lines": 17, "relation": LT},
         "PLEASE NOT MORE THAN SIXTEEN LINES"),
    ],
    untyped=["It ought to rhyme."],
    tags=["caps", "polite", "words"],
)

# 46 infection-control nurse, poster in capitals
add(
    "I'm the infection prevention and control nurse for a care home group. We need a poster for "
    "the entrance asking visitors not to come in if they have had sickness or diarrhoea in the "
    "last 48 hours. It will be printed in large type, so the whole text should be in capital "
    "letters. Sixty words at most. Set out the key messages as exactly four bullet points.",
    [
        ("change_case:english_capital", {}, "the whole text should be in capital letters"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "Sixty words at most."),
        ("detectable_format:number_bullet_lists", {"num_bullets": 4},
         "Set out the key messages as exactly four bullet points."),
    ],
    tags=["words"],
)

# 47 practice manager, complaint response
add(
    "We have received a written complaint from a patient's daughter who waited two hours in our "
    "minor injuries unit with her father, who has dementia, and felt that nobody explained the "
    "delay. The investigation found that two nurses were off sick and the escalation policy was "
    "not followed.\n\n"
    "I would be grateful for a draft response letter. Our complaints policy asks for exactly four "
    "paragraphs separated by blank lines, and the first paragraph must start with the word "
    "\"Thank\". If at all possible, please avoid the word \"unfortunately\", which our patient panel said sounds "
    "evasive. Kindly do not add a P.S. of any kind. It should be apologetic but must not admit "
    "legal liability.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 4, "nth_paragraph": 1, "first_word": "Thank"},
         "exactly four paragraphs separated by blank lines, and the first paragraph must start with "
         "the word \"Thank\""),
        ("keywords:forbidden_words", {"forbidden_words": ["unfortunately"]},
         "If at all possible, please avoid the word \"unfortunately\""),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."},
         "Kindly do not add a P.S. of any kind."),
    ],
    untyped=["It should be apologetic but must not admit legal liability."],
    tags=["polite", "words", "hedge"],
)

# 48 accountant, year-end checklist
add(
    "Every December I send my small-business clients a year-end checklist, and I'd like to "
    "refresh it this year. Things to cover include stock counts, bank reconciliation, chasing "
    "debtors, accruals, and getting receipts together.\n\n"
    "Format: a bulleted list with 8 bullet points or more; no headings at all. Please also make "
    "sure the words \"reconciliation\" and \"accruals\" are used, since I explain both in the "
    "covering email.",
    [
        ("format:bullet_points", {"num_bullets": 8, "relation": AL},
         "a bulleted list with 8 bullet points or more"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no headings at all"),
        ("keywords:existence", {"keywords": ["reconciliation", "accruals"]},
         "make sure the words \"reconciliation\" and \"accruals\" are used"),
    ],
    tags=["list"],
)

# 49 civil servant, minister's speech
add(
    "The Minister for Local Growth is opening a new community hub in a former bank building in "
    "Rotherham next Friday, and the private office has asked our team for a speech.\n\n"
    "It should be at least 600 words, as she is speaking for about five minutes. The very first "
    "sentence must contain the word \"community\". Speechwriting colleagues also advise that she "
    "delivers long cadences well, so please include at least one sentence of more than thirty "
    "words. Please avoid any announcement of new funding, which has not been cleared.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 600},
         "It should be at least 600 words"),
        ("sentence:keyword", {"word": "community", "N": 1},
         "The very first sentence must contain the word \"community\"."),
        ("length:long_sentence", {"max_words": 30},
         "please include at least one sentence of more than thirty words"),
    ],
    untyped=["Please avoid any announcement of new funding, which has not been cleared."],
    tags=["words"],
)

# 50 NGO communications, social thread
add(
    "Could you write a short social media thread (three or four posts) for World Water Day "
    "about our work digging wells and building latrines in Tigray? The thread as a whole must be "
    "under 1,000 characters. Please use at least one of the words \"wells\", \"latrines\" or "
    "\"handwashing\". No more than two hashtags across the whole thread, please; our comms lead "
    "thinks more looks desperate.",
    [
        ("length:number_characters", {"num_chars": 1000, "relation": LT},
         "The thread as a whole must be under 1,000 characters."),
        ("keywords:include_any", {"forbidden_words": ["wells", "latrines", "handwashing"]},
         "Please use at least one of the words \"wells\", \"latrines\" or \"handwashing\"."),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": LT},
         "No more than two hashtags across the whole thread"),
    ],
    untyped=["(three or four posts)"],
    tags=["words"],
)

# 51 data journalist, print fact box
add(
    "For the print edition I need a fact box to run alongside our investigation into ambulance "
    "handover delays at the county's three A&E departments. Key figures: average handover 71 "
    "minutes against a 15-minute target; 4,200 hours lost in January; worst single wait 11 hours.\n\n"
    "The box is measured in characters without spaces, so it must come in under 600 characters "
    "not counting spaces. Keep it telegraphic: function words such as \"the\", \"of\" and \"and\" "
    "should make up no more than 30% of the words. Use only the figures I've given.",
    [
        ("length:number_nonspace_characters", {"num_chars": 600, "relation": LT},
         "it must come in under 600 characters not counting spaces"),
        ("ratio:stop_words", {"percentage": 30},
         "function words such as \"the\", \"of\" and \"and\" should make up no more than 30% of the "
         "words"),
    ],
    untyped=["Use only the figures I've given."],
    tags=[],
)

# 52 books editor, back-cover blurb, restated at the end
add(
    "I edit a small crime list. Please write the back-cover blurb for a debut novel: a retired "
    "Whitby fishmonger, Maggie Crane, discovers that the body washed up under the swing bridge "
    "is the man she was questioned about in 1979.\n\n"
    "Fifty words or fewer. Don't use any word more than three times, I'm fed up with repetitive "
    "copy. And whatever you do, don't start with \"In a world where\".\n\n"
    "PS. Really do keep it to fifty words at most, the cover designer has a fixed box.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 51},
         ["Fifty words or fewer.", "keep it to fifty words at most"]),
        ("words:repeats", {"small_n": 3}, "Don't use any word more than three times"),
        ("startend:not_start_phrase", {"start_phrase": "In a world where"},
         "don't start with \"In a world where\""),
    ],
    tags=["repeat", "ps", "words"],
)

# 53 estate agent, village area guide for SEO
add(
    "Our agency is adding 'Living in...' area guides to the website, starting with Boston Spa, "
    "a village near Wetherby popular with families for its schools, riverside walks and "
    "independent high street.\n\n"
    "Our SEO consultant has given me a list of requirements, which I pass on verbatim: 300 "
    "words or more; the word \"village\" used three or more times; and a varied vocabulary of "
    "at least 150 different words. Please keep it factual and avoid superlatives we couldn't "
    "stand behind.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 300}, "300 words or more"),
        ("keywords:frequency", {"keyword": "village", "frequency": 3, "relation": AL},
         "the word \"village\" used three or more times"),
        ("count:unique_word_count", {"N": 150}, "a varied vocabulary of at least 150 different words"),
    ],
    untyped=["Please keep it factual and avoid superlatives we couldn't stand behind."],
    tags=["list", "words"],
)

# 54 museum guide, audio-guide script
add(
    "I'm a guide at a maritime museum and we're recording a new audio track for the figurehead "
    "gallery. Listeners on audio tracks struggle to retain figures, so the script must contain "
    "exactly three numbers in total (years count as numbers). It should begin with a verb, an "
    "instruction like \"Look\" or \"Turn\", to draw the listener's eye. And it has to end with "
    "\"Please follow the arrows to the next room.\" because every track ends that way.",
    [
        ("count:numbers", {"N": 3},
         "the script must contain exactly three numbers in total (years count as numbers)"),
        ("words:start_verb", {}, "It should begin with a verb"),
        ("startend:end_checker", {"end_phrase": "Please follow the arrows to the next room."},
         "it has to end with \"Please follow the arrows to the next room.\""),
    ],
    tags=["words"],
)

# 55 older person, pension question, restated
add(
    "Good afternoon,\n\n"
    "I am writing on behalf of myself and my husband, who is 84 and not in good health. A lady "
    "at the day centre said we might be entitled to some extra money from the government but "
    "she could not remember what it was called. We have only our state pensions and a small "
    "amount of savings.\n\n"
    "My question is this: what extra help with money could a retired couple on a state pension "
    "be entitled to, and how do we apply?\n\n"
    "Please don't begin by repeating my question back to me. Please no web addresses either, as "
    "we do not use the internet. And no more than two hundred words, as my eyes tire quickly.\n\n"
    "I would be grateful if you would remember to keep it short: two hundred words at the very "
    "outside.",
    [
        ("combination:not_repeat_prompt",
         {"prompt_to_repeat": "what extra help with money could a retired couple on a state "
                              "pension be entitled to, and how do we apply?"},
         "Please don't begin by repeating my question back to me."),
        ("content:no_urls", {}, "Please no web addresses either"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201},
         ["no more than two hundred words", "two hundred words at the very outside"]),
    ],
    tags=["polite", "repeat", "words"],
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
        key = KEY_BASE + 1 + i
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
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "lang", "system", "ps", "words", "hedge"]:
        print(t, [KEY_BASE + 1 + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
