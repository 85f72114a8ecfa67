"""Hand-written prompts (authorR) for rpo's decomposition; writes data.jsonl and stats.

Persona: teachers and tutors writing exercises and model answers, researchers and data engineers
generating synthetic instruction data, translators and localisation staff, librarians, lawyers and
policy analysts.

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
KEY_BASE = 93001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 ESL reading passage (teacher)
add(
    "Write a reading passage for my Year 8 ESL class about how bees make honey. Requirements:\n"
    "1. Keep every sentence to twelve words or fewer so the weaker readers can follow.\n"
    "2. The whole passage should land somewhere between 150 and 180 words.\n"
    "3. Use fewer than 100 different words in total (repetition is good for them).\n"
    "4. Put a title at the top in double angle brackets, like <<The Honey Factory>>.\n"
    "Please avoid vocabulary that would need a glossary.",
    [
        ("length:max_words_per_sentence", {"max_words": 12}, "Keep every sentence to twelve words or fewer"),
        ("count:word_count_range", {"min_words": 150, "max_words": 180}, "The whole passage should land somewhere between 150 and 180 words."),
        ("count:unique_word_count_fewer", {"N": 100}, "Use fewer than 100 different words in total"),
        ("detectable_format:title", {}, "Put a title at the top in double angle brackets, like <<The Honey Factory>>."),
    ],
    untyped=["Please avoid vocabulary that would need a glossary."],
    tags=["list", "words"],
)

# 2 synthetic instruction sample as JSON (researcher)
add(
    "I'm building a synthetic instruction-tuning set. Generate one training sample as a JSON object whose keys "
    "are exactly \"instruction\", \"input\", \"output\" and \"difficulty\". The instruction should be a grade-school "
    "arithmetic word problem and \"difficulty\" an integer from 1 to 5. Return the raw JSON and nothing else: no "
    "preamble, no explanation.",
    [
        ("format:json_keys", {"keys": ["instruction", "input", "output", "difficulty"]},
         "Generate one training sample as a JSON object whose keys are exactly \"instruction\", \"input\", \"output\" and \"difficulty\"."),
        ("detectable_format:json_format", {}, "Return the raw JSON and nothing else"),
    ],
    untyped=["The instruction should be a grade-school arithmetic word problem and \"difficulty\" an integer from 1 to 5."],
    tags=[],
)

# 3 museum label into Greek (translator)
add(
    "Please translate this museum label into Modern Greek for the new Corinth gallery:\n\n"
    "\"This amphora was found near Corinth in 1932. It held olive oil and dates from the sixth century BC.\"\n\n"
    "Don't let a single Latin character slip into the translation, not even for the era abbreviation. "
    "Keep the register formal, as on the other labels.",
    [
        ("language:response_language", {"language": "el"}, "translate this museum label into Modern Greek"),
        ("language:no_script", {"script": "latin"}, "Don't let a single Latin character slip into the translation"),
    ],
    untyped=["Keep the register formal, as on the other labels."],
    tags=["polite"],
)

# 4 teen climate-fiction reading list (librarian)
add(
    "Our teen book club (ages 13-16) is starting a climate-fiction season. Could you put together a reading list "
    "for them? Number the titles, eight minimum, and after each one give the author plus a single sentence on why "
    "it works for this age group. Please finish with the line \"Ask at the front desk to place a hold.\" with "
    "nothing after it.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "Number the titles, eight minimum"),
        ("startend:end_checker", {"end_phrase": "Ask at the front desk to place a hold."},
         "Please finish with the line \"Ask at the front desk to place a hold.\" with nothing after it."),
    ],
    untyped=["after each one give the author plus a single sentence on why it works for this age group"],
    tags=["polite", "words"],
)

# 5 explain a lease clause to a client (lawyer)
add(
    "Clause 14.2: \"Notwithstanding any provision herein to the contrary, the Lessee shall indemnify the Lessor "
    "against all losses arising from the Lessee's breach of this Agreement, save where such losses result from "
    "the Lessor's gross negligence.\"\n\n"
    "Explain this clause to my client, who runs a small bakery and has no legal background. Plain text please, "
    "no markdown at all (no bold, no bullets, no headings), since it's going straight into an email, and don't tack "
    "a P.S. on the end. Keep it under 120 words, and stay away from the words \"notwithstanding\", \"herein\" "
    "and \"indemnify\"; she won't know them.",
    [
        ("format:no_markdown", {}, "Plain text please, no markdown at all (no bold, no bullets, no headings)"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "don't tack a P.S. on the end"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Keep it under 120 words"),
        ("keywords:forbidden_words", {"forbidden_words": ["notwithstanding", "herein", "indemnify"]},
         "stay away from the words \"notwithstanding\", \"herein\" and \"indemnify\""),
    ],
    untyped=["who runs a small bakery and has no legal background"],
    tags=["polite", "insent"],
)

# 6 council memo with Part sections (policy analyst)
add(
    "Prepare a policy memo for the city council on extending library opening hours within the existing staffing "
    "budget. Organise it into 4 parts, each introduced by its own header line of the form \"Part 1\", \"Part 2\" "
    "and so on (background, options, costs, recommendation). The memo needs to run to at least 400 words. Do not "
    "put any URLs in it, because councillors read it on paper, and keep fully capitalised words (acronyms "
    "included) under five in the whole memo. Again: no links.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Part", "num_sections": 4},
         "Organise it into 4 parts, each introduced by its own header line of the form \"Part 1\", \"Part 2\" and so on"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 400}, "The memo needs to run to at least 400 words."),
        ("content:no_urls", {}, ["Do not put any URLs in it", "Again: no links."]),
        ("change_case:capital_word_frequency", {"capital_frequency": 5, "capital_relation": LT},
         "keep fully capitalised words (acronyms included) under five in the whole memo"),
    ],
    untyped=[],
    tags=["repeat", "words"],
)

# 7 phonics story (teacher)
add(
    "For my phonics small group I need a silly little story that drills the /s/ sound. The letter s should show "
    "up at least 30 times in total, and no sentence may run past 10 words, since these are seven-year-olds. Make "
    "the main character a snail called Sid.",
    [
        ("keywords:letter_frequency", {"letter": "s", "let_frequency": 30, "let_relation": AL},
         "The letter s should show up at least 30 times in total"),
        ("length:max_words_per_sentence", {"max_words": 10}, "no sentence may run past 10 words"),
    ],
    untyped=["Make the main character a snail called Sid."],
    tags=[],
)

# 8 code-switching corpus (researcher)
add(
    "We're building a synthetic English/Japanese code-switching corpus. Write a short paragraph about a morning "
    "commute in Tokyo in which every 4th word is a Japanese word (in Japanese script) and the rest is English. "
    "Length: 60-80 words. No romaji at all.",
    [
        ("count:words_japanese", {"N": 4}, "every 4th word is a Japanese word (in Japanese script)"),
        ("count:word_count_range", {"min_words": 60, "max_words": 80}, "Length: 60-80 words."),
    ],
    untyped=["No romaji at all."],
    tags=["insent"],
)

# 9 picture-book app in kana (localisation)
add(
    "We're localising a picture-book app for Japanese preschoolers. Translate the three button labels below into "
    "Japanese, but write them in hiragana or katakana only: no kanji, since the kids can't read them yet.\n\n"
    "1. Start reading\n2. Listen again\n3. Back to the shelf",
    [
        ("language:response_language", {"language": "ja"}, "Translate the three button labels below into Japanese"),
        ("language:no_script", {"script": "han"}, "write them in hiragana or katakana only: no kanji"),
    ],
    untyped=[],
    tags=[],
)

# 10 readability calibration (researcher)
add(
    "For our readability calibration set, write a passage about ocean tides in which every sentence contains "
    "exactly two more words than the one before it. Begin with a short sentence and give me at least six "
    "sentences in total.",
    [
        ("sentence:increment", {"small_n": 2}, "every sentence contains exactly two more words than the one before it"),
        ("length_constraints:number_sentences", {"relation": AL, "num_sentences": 6}, "give me at least six sentences in total"),
    ],
    untyped=[],
    tags=["insent", "words"],
)

# 11 GCSE model answer (tutor)
add(
    "I'm putting together model answers for my GCSE History revision pack, and this one is for the 12-mark "
    "question 'Explain why the Treaty of Versailles angered many Germans.' The students have seen plenty of "
    "thin answers, so write one that is properly developed (at least 250 words, with each paragraph linking back "
    "to the question) and that highlights at least three key terms in markdown italics, like *reparations*. "
    "Finish with a P.S. giving them one exam tip.",
    [
        ("length_constraints:number_words", {"relation": AL, "num_words": 250}, "at least 250 words"),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "highlights at least three key terms in markdown italics, like *reparations*"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Finish with a P.S. giving them one exam tip."),
    ],
    untyped=["with each paragraph linking back to the question"],
    tags=["insent", "words"],
)

# 12 NDA template (lawyer)
add(
    "Draft a short mutual NDA template for freelance designers. Wherever details will differ between clients, "
    "use square-bracket placeholders such as [Client Name] or [Effective Date]; I'd expect at least six of them. "
    "Give the document a title wrapped in double angular brackets, e.g. <<Mutual Non-Disclosure Agreement>>. "
    "The word \"confidential\" must appear. No commentary outside the document itself.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 6},
         "use square-bracket placeholders such as [Client Name] or [Effective Date]; I'd expect at least six of them"),
        ("detectable_format:title", {}, "Give the document a title wrapped in double angular brackets, e.g. <<Mutual Non-Disclosure Agreement>>."),
        ("keywords:existence", {"keywords": ["confidential"]}, "The word \"confidential\" must appear."),
    ],
    untyped=["No commentary outside the document itself."],
    tags=["words"],
)

# 13 two paraphrases (researcher, lowercase)
add(
    "i need two distinct paraphrases of the sentence below for a paraphrase-detection dataset. separate them "
    "with six asterisks (******) and put nothing else between them. write everything in lowercase, no capitals "
    "at all. each paraphrase under 25 words, and the whole output 3 lines max.\n\n"
    "sentence: the committee postponed the vote until more evidence could be gathered.",
    [
        ("combination:two_responses", {}, "separate them with six asterisks (******) and put nothing else between them"),
        ("change_case:english_lowercase", {}, "write everything in lowercase, no capitals at all"),
        ("length:number_lines", {"num_lines": 4, "relation": LT}, "the whole output 3 lines max"),
    ],
    untyped=["each paraphrase under 25 words"],
    tags=["lower"],
)

# 14 Spanish A2 text (teacher, Spanish prompt)
add(
    "Hola. Soy profesora de español para adultos. Escribe un texto breve sobre un día en el mercado, para leer "
    "en clase con un grupo de nivel A2. Tiene que estar en español, claro, y no puede pasar de 100 palabras. "
    "Otra cosa: no uses ninguna coma, porque estamos practicando frases cortas con punto. Repito: cero comas.",
    [
        ("language:response_language", {"language": "es"}, "Tiene que estar en español"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 101}, "no puede pasar de 100 palabras"),
        ("punctuation:no_comma", {}, ["no uses ninguna coma", "Repito: cero comas."]),
    ],
    untyped=["para leer en clase con un grupo de nivel A2"],
    tags=["lang", "repeat"],
)

# 15 library reference bot (system prompt)
add(
    "You are Quill, the virtual reference assistant for Harlow Public Library. Always reply in English. Never "
    "include web links or URLs; point patrons to the catalogue terminals or the front desk instead. Keep every "
    "reply under 90 words. Always sign off with the exact words \"Happy reading!\" and nothing after them.\n\n"
    "Patron: Do you have anything on growing tomatoes on a balcony?",
    [
        ("language:response_language", {"language": "en"}, "Always reply in English."),
        ("content:no_urls", {}, "Never include web links or URLs"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 90}, "Keep every reply under 90 words."),
        ("startend:end_checker", {"end_phrase": "Happy reading!"},
         "Always sign off with the exact words \"Happy reading!\" and nothing after them."),
    ],
    untyped=["point patrons to the catalogue terminals or the front desk instead"],
    tags=["system"],
)

# 16 regulator portal summary (policy analyst, caps)
add(
    "Our submission to the regulator's portal has to follow their legacy format. Write a short executive summary "
    "of our proposed changes to the data-retention policy (retention cut from 7 years to 5, anonymisation after "
    "2 years, annual audit). THE PORTAL ONLY ACCEPTS ALL-CAPITAL TEXT, SO WRITE THE WHOLE THING IN CAPITALS. "
    "Fewer than 150 words. no commas either, the portal treats them as field separators. Again: capitals only.",
    [
        ("change_case:english_capital", {}, ["SO WRITE THE WHOLE THING IN CAPITALS", "Again: capitals only."]),
        ("length_constraints:number_words", {"relation": LT, "num_words": 150}, "Fewer than 150 words."),
        ("punctuation:no_comma", {}, "no commas either"),
    ],
    untyped=[],
    tags=["caps", "repeat"],
)

# 17 Russian legal glossary in JSON (translator)
add(
    "I'm preparing a bilingual glossary for a court interpreting team. Give the Russian equivalents of these "
    "English legal terms: affidavit, bail, plea bargain, subpoena, acquittal.\n\n"
    "Specs:\n"
    "1. Return a single JSON object whose keys are the English terms exactly as written: \"affidavit\", \"bail\", "
    "\"plea bargain\", \"subpoena\", \"acquittal\". Each value is the Russian equivalent.\n"
    "2. Put the JSON inside a ```json fenced block and write nothing else (no intro, no notes).\n"
    "3. Values in Cyrillic, no Latin transliteration.\n\n"
    "Again: nothing outside the JSON block.",
    [
        ("format:json_keys", {"keys": ["affidavit", "bail", "plea bargain", "subpoena", "acquittal"]},
         "Return a single JSON object whose keys are the English terms exactly as written: \"affidavit\", \"bail\", \"plea bargain\", \"subpoena\", \"acquittal\"."),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the JSON inside a ```json fenced block"),
        ("detectable_format:json_format", {}, ["write nothing else (no intro, no notes)", "Again: nothing outside the JSON block."]),
    ],
    untyped=["Values in Cyrillic, no Latin transliteration."],
    tags=["list", "repeat"],
)

# 18 keyword-dense product copy (data engineer)
add(
    "Data-engineering task: we need terse, keyword-dense product descriptions for a search-index test. Write one "
    "for a stainless steel espresso machine. Stop words (the, of, and, a, to, etc.) should make up no more than "
    "25% of the words. Between 40 and 60 words overall. Do not use a bulleted list.",
    [
        ("ratio:stop_words", {"percentage": 25},
         "Stop words (the, of, and, a, to, etc.) should make up no more than 25% of the words."),
        ("count:word_count_range", {"min_words": 40, "max_words": 60}, "Between 40 and 60 words overall."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Do not use a bulleted list."),
    ],
    untyped=[],
    tags=[],
)

# 19 FANBOYS model paragraph (teacher)
add(
    "I teach Year 6 grammar. Write a model paragraph about a rainy school trip that shows off coordinating "
    "conjunctions: use at least five different ones from FANBOYS (for, and, nor, but, or, yet, so). Don't "
    "emphasise anything with asterisks (no bold, no italics), the kids will do the highlighting themselves. Cap "
    "it at eight sentences.",
    [
        ("count:conjunctions", {"small_n": 5}, "use at least five different ones from FANBOYS (for, and, nor, but, or, yet, so)"),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1},
         "Don't emphasise anything with asterisks (no bold, no italics)"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 9}, "Cap it at eight sentences."),
    ],
    untyped=[],
    tags=["words"],
)

# 20 coreference stress test (researcher, P.S.)
add(
    "For a coreference-resolution stress test I need a short biography of a fictional marine biologist, Dr Amara "
    "Okafor. Use fewer than 8 pronouns in the whole text; repeat her name or use descriptions like 'the "
    "biologist' instead.\n\nP.S. aim for 120 words or more, shorter samples get filtered out of the set.",
    [
        ("count:pronouns_fewer", {"N": 8}, "Use fewer than 8 pronouns in the whole text"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 120}, "aim for 120 words or more"),
    ],
    untyped=[],
    tags=["ps"],
)

# 21 statements vs questions (teacher)
add(
    "Model text for my Year 4 lesson on statements and questions: write a short passage about a lost kitten in "
    "which there are exactly twice as many statements as questions. No exclamation marks anywhere, we havent "
    "covered them yet.",
    [
        ("ratio:sentence_type", {}, "there are exactly twice as many statements as questions"),
        ("punctuation:no_exclamation", {}, "No exclamation marks anywhere"),
    ],
    untyped=[],
    tags=["typo"],
)

# 22 settlement summary with exactly four numbers (lawyer)
add(
    "Summarise the settlement terms below for the partners' weekly digest. The summary must contain exactly four "
    "numbers: the amount, the day of the first payment, the number of instalments and the interest rate. Two "
    "sentences at most.\n\n"
    "Terms: Defendant pays EUR 45000 in 3 instalments, the first due on 15 March; late payments accrue interest "
    "at 4% per annum; claimant withdraws the claim in full.",
    [
        ("count:numbers", {"N": 4}, "The summary must contain exactly four numbers"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 3}, "Two sentences at most."),
    ],
    untyped=[],
    tags=["words"],
)

# 23 repeat the request first (translator trainer)
add(
    "Repeat the request below word for word before you answer it, and don't write anything ahead of the "
    "repetition. (Your answer after the repetition: 80 words tops.)\n\n"
    "Request: Explain the difference between a translator and an interpreter to a first-year languages student.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Explain the difference between a translator and an interpreter to a first-year languages student."},
         "Repeat the request below word for word before you answer it"),
    ],
    untyped=["Your answer after the repetition: 80 words tops."],
    tags=[],
)

# 24 span extraction (data engineer)
add(
    "Span-extraction sample for our QA dataset. Using whitespace tokenisation and counting from 0, copy out "
    "tokens 2 to 5 inclusive of the sentence below. Output only those tokens, nothing else.\n\n"
    "Sentence: The archive closes early on public holidays and reopens at nine.",
    [
        ("repeat:repeat_span",
         {"prompt_to_repeat": "The archive closes early on public holidays and reopens at nine.", "n_start": 2, "n_end": 5},
         "copy out tokens 2 to 5 inclusive of the sentence below"),
    ],
    untyped=[],
    tags=[],
)

# 25 near-duplicate pairs (researcher)
add(
    "We're generating near-duplicate pairs for a dedup classifier. Rewrite the reference text so that roughly "
    "40% of its word trigrams survive in your version (aim for 40, within a couple of points). Keep the "
    "meaning intact.\n\n"
    "Reference text: The city council approved a new budget for public libraries after a long debate on Tuesday evening.",
    [
        ("ratio:overlap",
         {"reference_text": "The city council approved a new budget for public libraries after a long debate on Tuesday evening.",
          "percentage": 40},
         "Rewrite the reference text so that roughly 40% of its word trigrams survive in your version"),
    ],
    untyped=["Keep the meaning intact."],
    tags=[],
)

# 26 argument essay opener (teacher)
add(
    "Write a short opening paragraph a Year 9 student could use for an argument essay on school uniforms. For our "
    "sentence-structure drill, \"because\" has to be the 4th word of the 2nd sentence. No more than 60 words, "
    "and keep the tone formal.",
    [
        ("words:keywords_specific_position", {"keyword": "because", "n": 2, "m": 4},
         "\"because\" has to be the 4th word of the 2nd sentence"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 61}, "No more than 60 words"),
    ],
    untyped=["keep the tone formal"],
    tags=["insent"],
)

# 27 word-chain exercise (ESL tutor)
add(
    "Word-chain excercise for my advanced ESL learners: write a short passage about a train journey where the "
    "last word of each sentence becomes the first word of the next sentence. 6 sentences or fewer.",
    [
        ("words:last_first", {}, "the last word of each sentence becomes the first word of the next sentence"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 7}, "6 sentences or fewer."),
    ],
    untyped=[],
    tags=["insent", "typo"],
)

# 28 TTS anti-alliteration test (researcher)
add(
    "Our TTS team is testing a voice on text that avoids alliteration. Write a weather report for a coastal town "
    "in which no two words in a row begin with the same letter. At least 80 words. AND DO NOT USE THE WORD "
    "\"SUNNY\", it trips the model up.",
    [
        ("words:no_consecutive", {}, "no two words in a row begin with the same letter"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 80}, "At least 80 words."),
        ("keywords:forbidden_words", {"forbidden_words": ["sunny"]}, "DO NOT USE THE WORD \"SUNNY\""),
    ],
    untyped=[],
    tags=["caps"],
)

# 29 library history paragraphs (librarian)
add(
    "For the library's centenary display, write at least three short paragraphs on the history of the public "
    "library movement, leaving a blank line between paragraphs. Each paragraph must end with the same word it "
    "starts with (so if it opens with \"Libraries\", it closes with \"Libraries\").",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "write at least three short paragraphs on the history of the public library movement, leaving a blank line between paragraphs"),
        ("words:paragraph_last_first", {}, "Each paragraph must end with the same word it starts with"),
    ],
    untyped=[],
    tags=["insent", "words"],
)

# 30 archive anniversary motto (librarian)
add(
    "Write a two-sentence motto for the county archive's 150th anniversary banner. Make the second word and the "
    "second-to-last word of the text both \"archive\". Skip exclamation marks, it's a dignified occasion.",
    [
        ("words:words_position", {"keyword": "archive"},
         "Make the second word and the second-to-last word of the text both \"archive\"."),
        ("punctuation:no_exclamation", {}, "Skip exclamation marks"),
    ],
    untyped=["a two-sentence motto"],
    tags=[],
)

# 31 vocabulary variety drill (tutor, typos)
add(
    "Vocabulary-variety drill for my tutees: write a descripton of a busy train station, no longer than 150 "
    "words, and dont use any single word more than twice (yes that includes 'the' and 'a'). Rich synonyms pls.",
    [
        ("length_constraints:number_words", {"relation": LT, "num_words": 151}, "no longer than 150 words"),
        ("words:repeats", {"small_n": 2}, "dont use any single word more than twice"),
    ],
    untyped=["Rich synonyms pls."],
    tags=["typo", "insent"],
)

# 32 lexical-diversity essay (researcher)
add(
    "For a lexical-diversity benchmark, write an essay on the role of translation in preserving endangered "
    "languages. It must use at least 200 distinct words. Break it up with three or more # headings.",
    [
        ("count:unique_word_count", {"N": 200}, "It must use at least 200 distinct words."),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "Break it up with three or more # headings."),
    ],
    untyped=[],
    tags=["words"],
)

# 33 Sanskrit glossary (tutor)
add(
    "I'm a Sanskrit tutor preparing a glossary handout. Explain the terms dharma, karma, moksha, samsara and "
    "ahimsa in English, giving the original Devanagari spelling of each term in brackets after it. Exactly five "
    "markdown bullets, one per term.",
    [
        ("language:response_language", {"language": "en"},
         "Explain the terms dharma, karma, moksha, samsara and ahimsa in English"),
        ("language:use_script", {"script": "devanagari"}, "giving the original Devanagari spelling of each term in brackets after it"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Exactly five markdown bullets, one per term."),
    ],
    untyped=[],
    tags=["words"],
)

# 34 Portuguese proverb (librarian)
add(
    "I run a polyglot reading club at the library. Take the Portuguese proverb \"Quem não arrisca, não petisca\" "
    "and explain its meaning and usage. You can answer in any language you like except Portuguese itself, as our "
    "members are practising reading it in translation. Keep it brief: 3 sentences max.",
    [
        ("language:not_response_language", {"language": "pt"},
         "You can answer in any language you like except Portuguese itself"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 4}, "3 sentences max."),
    ],
    untyped=[],
    tags=[],
)

# 35 photosynthesis lesson plan (teacher)
add(
    "Outline a 50-minute lesson plan on photosynthesis for Year 7. Use * bullets for the main stages and put at "
    "least one sub-bullet (marked with -) under every stage. No more than 6 main stages. Include the word "
    "\"chlorophyll\" somewhere.",
    [
        ("format:sub-bullets", {}, "Use * bullets for the main stages and put at least one sub-bullet (marked with -) under every stage."),
        ("keywords:existence", {"keywords": ["chlorophyll"]}, "Include the word \"chlorophyll\" somewhere."),
    ],
    untyped=["No more than 6 main stages."],
    tags=[],
)

# 36 A-level politics essay (teacher, buried parenthesis)
add(
    "Model essay for my A-level Politics students on 'Assess the case for an elected House of Lords.' They keep "
    "writing lists instead of arguments, so split the essay into sections and open every section with a thesis "
    "statement in italics written with HTML tags, <i>like this</i>, then develop it (and somewhere in the "
    "essay include at least one sentence longer than 35 words, so they can see how to control a long sentence). "
    "At least 500 words. Avoid the phrase \"in conclusion\".",
    [
        ("format:thesis", {}, "open every section with a thesis statement in italics written with HTML tags, <i>like this</i>"),
        ("length:long_sentence", {"max_words": 35}, "include at least one sentence longer than 35 words"),
        ("length_constraints:number_words", {"relation": AL, "num_words": 500}, "At least 500 words."),
        ("keywords:forbidden_phrase", {"phrase": "in conclusion"}, "Avoid the phrase \"in conclusion\"."),
    ],
    untyped=[],
    tags=["insent"],
)

# 37 tenancy statute for a paralegal (lawyer)
add(
    "Explain section 3 of the tenancy statute below to a trainee paralegal. Whenever you quote the statute's "
    "wording, follow each quoted phrase straight away with your own explanation outside the quotation marks. "
    "Don't start your answer with \"Certainly\", and don't finish on a question either.\n\n"
    "Section 3: \"A landlord shall give not less than two months' notice in writing before recovering "
    "possession, save in cases of serious rent arrears.\"",
    [
        ("format:quote_unquote", {}, "follow each quoted phrase straight away with your own explanation outside the quotation marks"),
        ("startend:not_start_phrase", {"start_phrase": "Certainly"}, "Don't start your answer with \"Certainly\""),
        ("content:not_end_with_question", {}, "don't finish on a question either"),
    ],
    untyped=[],
    tags=[],
)

# 38 catalogue record template (librarian)
add(
    "Catalogue this donated item using exactly this template and nothing else:\n\n"
    "Title: [title]\nCreator: [creator]\nDate: [date]\nExtent: [extent]\nNotes: [notes]\n\n"
    "Keep the whole record under 70 words.\n\n"
    "Item: a bundle of 42 handwritten letters from a WWI nurse to her sister, 1916-1918, tied with ribbon, some water damage.",
    [
        ("format:output_template", {}, "using exactly this template and nothing else"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 70}, "Keep the whole record under 70 words."),
    ],
    untyped=[],
    tags=[],
)

# 39 compliance triage (policy analyst)
add(
    "Compliance triage. Read the clause and answer with exactly one of these options: compliant/non-compliant/unclear. "
    "No explanation.\n\n"
    "Clause: 'Customer data may be retained indefinitely for marketing purposes without further consent.'",
    [
        ("format:options", {"options": "compliant/non-compliant/unclear"},
         "answer with exactly one of these options: compliant/non-compliant/unclear"),
    ],
    untyped=[],
    tags=[],
)

# 40 GDPR yes/no (policy analyst)
add(
    "Quick one from the policy team: under the GDPR, can a public library rely on legitimate interests as the "
    "lawful basis for processing patron borrowing records? Reply with one of \"My answer is yes.\", \"My answer "
    "is no.\" or \"My answer is maybe.\" and nothing more.",
    [
        ("detectable_format:constrained_response", {},
         "Reply with one of \"My answer is yes.\", \"My answer is no.\" or \"My answer is maybe.\" and nothing more."),
    ],
    untyped=[],
    tags=[],
)

# 41 open-access handbook TOC (librarian)
add(
    "Draft a table of contents with short chapter summaries for a handbook on open-access publishing aimed at "
    "university librarians.\n"
    "- Use Markdown headings (#) for the chapters, at least 6 of them.\n"
    "- Under each heading, 1-2 sentences summarising the chapter.\n"
    "- Link to at least one real open-access resource (full URL).\n"
    "- Don't exceed 350 words overall.",
    [
        ("format:markdown_headings", {"num_headings": 6, "relation": AL}, "Use Markdown headings (#) for the chapters, at least 6 of them."),
        ("content:include_url", {}, "Link to at least one real open-access resource (full URL)."),
        ("length_constraints:number_words", {"relation": LT, "num_words": 351}, "Don't exceed 350 words overall."),
    ],
    untyped=["Under each heading, 1-2 sentences summarising the chapter."],
    tags=["list"],
)

# 42 patron complaints with a separator (data engineer)
add(
    "For our synthetic-data pipeline I need 10 realistic but fictional library patron complaints. Rather than "
    "bullets, start each item with the separator \"<ITEM>\" so our parser can split them. Each complaint under "
    "20 words. Do not include any real names.",
    [
        ("format:list", {"sep": "<ITEM>"}, "Rather than bullets, start each item with the separator \"<ITEM>\""),
    ],
    untyped=["Each complaint under 20 words.", "Do not include any real names."],
    tags=[],
)

# 43 SMS reminder into Polish (localisation)
add(
    "Localise this reminder into Polish for SMS: 'Your library book is due back on Friday. Renew online or call "
    "us.' It has to fit in a single message, so fewer than 160 characters counting spaces. No emojis. Just to "
    "stress it again: the whole text must stay below 160 characters, spaces included.",
    [
        ("language:response_language", {"language": "pl"}, "Localise this reminder into Polish for SMS"),
        ("length:number_characters", {"num_chars": 160, "relation": LT},
         ["fewer than 160 characters counting spaces", "the whole text must stay below 160 characters, spaces included"]),
        ("format:no_emoji", {}, "No emojis."),
    ],
    untyped=[],
    tags=["repeat"],
)

# 44 digital signage blurb (librarian)
add(
    "Write a blurb about the new maker-space at the Eastfield branch for the digital signage. The display only "
    "counts visible characters, so keep it below 120 characters exluding spaces. End every sentence with an "
    "emoji, and use a single hashtag at most.",
    [
        ("length:number_nonspace_characters", {"num_chars": 120, "relation": LT}, "keep it below 120 characters exluding spaces"),
        ("format:emoji", {}, "End every sentence with an emoji"),
        ("content:number_hashtags", {"num_hashtags": 2, "relation": LT}, "use a single hashtag at most"),
    ],
    untyped=[],
    tags=["typo"],
)

# 45 paralegal cover letter (lawyer)
add(
    "Write a cover letter for a paralegal position at a mid-sized immigration law firm. It should have exactly "
    "four paragraphs separated by blank lines, and the third paragraph must begin with the word \"Additionally\". "
    "Use the placeholder [Firm Name] wherever the firm is mentioned. Don't use em dashes; the partner hates them. "
    "To repeat the layout rule: four paragraphs, blank lines between them.",
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Additionally"},
         ["It should have exactly four paragraphs separated by blank lines, and the third paragraph must begin with the word \"Additionally\".",
          "To repeat the layout rule: four paragraphs, blank lines between them."]),
        ("detectable_content:number_placeholders", {"num_placeholders": 1},
         "Use the placeholder [Firm Name] wherever the firm is mentioned."),
        ("punctuation:no_em_dash", {}, "Don't use em dashes"),
    ],
    untyped=[],
    tags=["repeat", "words"],
)

# 46 negligence problem question (law tutor)
add(
    "Model answer for a law-school problem question on negligence: a café owner mops the floor, puts up no sign, "
    "and a customer slips. Write exactly 5 paragraphs, separated by the markdown divider ***. Follow IRAC. "
    "Mention \"duty of care\" at least once.",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5}, "Write exactly 5 paragraphs, separated by the markdown divider ***."),
        ("keywords:required_phrase", {"phrase": "duty of care"}, "Mention \"duty of care\" at least once."),
    ],
    untyped=["Follow IRAC."],
    tags=[],
)

# 47 stare decisis (law tutor)
add(
    "I'm a law tutor. Write a short explanation of stare decisis for first-years. Use the word \"precedent\" at "
    "least four times, and make sure the very first sentence contains the word \"binding\". 200 words or fewer.",
    [
        ("keywords:frequency", {"keyword": "precedent", "frequency": 4, "relation": AL},
         "Use the word \"precedent\" at least four times"),
        ("sentence:keyword", {"word": "binding", "N": 1}, "make sure the very first sentence contains the word \"binding\""),
        ("length_constraints:number_words", {"relation": LT, "num_words": 201}, "200 words or fewer."),
    ],
    untyped=[],
    tags=["words"],
)

# 48 orientation welcome blurb (librarian)
add(
    "Write the welcome blurb for the library's orientation web page. Use at least one of the words \"borrow\", "
    "\"renew\" or \"reserve\". Keep the word \"fines\" out of the opening sentence, since we don't want to lead "
    "with penalties. It should sound cheerful, so throw in an exclamation mark or two.",
    [
        ("keywords:include_any", {"forbidden_words": ["borrow", "renew", "reserve"]},
         "Use at least one of the words \"borrow\", \"renew\" or \"reserve\"."),
        ("sentence:keyword_absent", {"word": "fines", "N": 1}, "Keep the word \"fines\" out of the opening sentence"),
        ("punctuation:use_exclamation", {}, "throw in an exclamation mark or two"),
    ],
    untyped=["It should sound cheerful"],
    tags=[],
)

# 49 punctuation review diary (teacher, P.S.)
add(
    "Punctuation review for my Year 8s: write a short, lively diary entry from a pirate's cabin boy. Make sure "
    "it contains at least one of each of these: . , ! ? ; : and the interrobang ?!\n\n"
    "P.S. Under 120 words, please, it has to fit on one slide.",
    [
        ("count:punctuation", {}, "Make sure it contains at least one of each of these: . , ! ? ; : and the interrobang ?!"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 120}, "Under 120 words, please"),
    ],
    untyped=["from a pirate's cabin boy"],
    tags=["ps", "polite"],
)

# 50 sentence types in French (FLE teacher)
add(
    "Pour ma classe de FLE (niveau B1), écris une courte scène qui se passe pendant une journée sportive à "
    "l'école. La scène doit comporter autant d'affirmations que de questions et d'exclamations (par exemple "
    "trois de chaque). Réponds uniquement en français, et n'utilise pas le mot « dit ».",
    [
        ("ratio:sentence_balance", {}, "La scène doit comporter autant d'affirmations que de questions et d'exclamations"),
        ("language:response_language", {"language": "fr"}, "Réponds uniquement en français"),
        ("keywords:forbidden_words", {"forbidden_words": ["dit"]}, "n'utilise pas le mot « dit »"),
    ],
    untyped=[],
    tags=["lang"],
)

# 51 pull quote (librarian)
add(
    "I need a pull quote for the annual report, in the head librarian's voice, about the new digital archive. "
    "Wrap the whole thing in double quotation marks so the designer can drop it straight in. Use an em dash "
    "somewhere (house style loves them). Under forty words.",
    [
        ("startend:quotation", {}, "Wrap the whole thing in double quotation marks"),
        ("punctuation:use_em_dash", {}, "Use an em dash somewhere"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 40}, "Under forty words."),
    ],
    untyped=["in the head librarian's voice"],
    tags=["words"],
)

# 52 Hebrew romanisation (cataloguer)
add(
    "Cataloguing question. We follow ALA-LC romanization for Hebrew. Please give me the romanized form of these "
    "three titles for the 245 field: ספר הזהר, שירים, מגילת אסתר. In your answer do not reproduce the Hebrew "
    "script at all (our ILS chokes on right-to-left text in that field), just the romanized titles, one per "
    "line. Don't number them. Again, no Hebrew characters in the output.",
    [
        ("language:no_script", {"script": "hebrew"},
         ["do not reproduce the Hebrew script at all", "Again, no Hebrew characters in the output."]),
        ("format:numbered_list", {"num_items": 1, "relation": LT}, "Don't number them."),
    ],
    untyped=["one per line"],
    tags=["repeat", "polite"],
)

# 53 palindrome story (word-play club)
add(
    "Word-play club handout: write a short, silly story about a racecar driver named Hannah in which you slip in "
    "at least ten palindromic words of five letters or more (level, radar, civic, kayak, rotor...). Put every "
    "palindrome in bold. Keep it under 200 words.",
    [
        ("words:palindrome", {}, "slip in at least ten palindromic words of five letters or more"),
        ("length_constraints:number_words", {"relation": LT, "num_words": 200}, "Keep it under 200 words."),
    ],
    untyped=["Put every palindrome in bold."],
    tags=["insent", "words"],
)

# 54 art history MCQ (teacher)
add(
    "Make me a quick quiz for my art history elective: four multiple-choice questions on 20th-century art, five "
    "answer options each. Start every question with the label \"Question\", and make each question a bit longer "
    "than the previous one. No explanations, no answer key.",
    [
        ("custom:mcq_count_length", {}, "four multiple-choice questions on 20th-century art, five answer options each"),
    ],
    untyped=[],
    tags=["words"],
)

# 55 ice floats (tutor, lowercase prompt)
add(
    "don't begin by repeating my question back to me, just answer it. explain it like i'm 12, in fewer than five "
    "sentences, and end by asking me a question to check i understood. my question is: Why does ice float on water?",
    [
        ("combination:not_repeat_prompt", {"prompt_to_repeat": "Why does ice float on water?"},
         "don't begin by repeating my question back to me"),
        ("length_constraints:number_sentences", {"relation": LT, "num_sentences": 5}, "in fewer than five sentences"),
        ("content:end_with_question", {}, "end by asking me a question to check i understood"),
    ],
    untyped=["explain it like i'm 12"],
    tags=["lower", "words"],
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
