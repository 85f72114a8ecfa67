# ruff: noqa: E501, B023, E402  (a data script: one phrasing table per line reads best)
"""Write tests/data/rewrite_dev.jsonl (run from the repository root): hand-written tasks and hand-written
phrasings of the constraints, combined by a seeded RNG in the ways people state constraints (inside the
task sentence, as a "300+ word" prefix, appended, as a list, twice, with typos, in odd casing). Written
before any tuning, never from IFEval/IFBench prompts; each row carries a seeded ``split`` (dev ~70%, test ~30%)."""

import json
import random

R = random.Random(20261130)
LANG = {"hi": "Hindi", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "ja": "Japanese"}
TASKS = [  # verb, noun (no article), rest
    ("Write", "list of the most surprising facts", "about octopuses"),
    ("Write", "summary", "of the plot of a heist movie where nothing goes to plan"),
    ("Write", "letter", "to my landlord asking him to fix the broken heater"),
    ("Compose", "poem", "about a lighthouse keeper who collects seashells"),
    ("Draft", "cover letter", "for a junior gardener position at a botanical park"),
    ("Write", "product description", "for a folding bicycle made of bamboo"),
    ("Write", "short story", "about a robot that learns to bake bread"),
    ("Give me", "packing list", "for a weekend of canoe camping"),
    ("Write", "blog post", "about saving money on groceries as a student"),
    ("Write", "speech", "for the opening of a small public library"),
    ("Create", "lesson plan", "that teaches fractions with pizza slices"),
    ("Write", "review", "of a fictional ramen restaurant called Noodle Harbor"),
    ("Write", "pitch", "for a mobile app that reminds people to water their plants"),
    ("Write", "rap song", "about the morning commute on a crowded train"),
    ("Write", "travel guide", "for a rainy day in Lisbon"),
    ("Write", "recipe", "for a vegan lentil soup"),
    ("Draft", "complaint", "to an airline about a lost suitcase"),
    ("Write", "riddle", "about a clock that runs backwards"),
    ("Write", "job advertisement", "for a night-shift baker"),
    ("Write", "dialogue", "between a cat and a vacuum cleaner"),
    ("Write", "weekly newsletter", "for a neighborhood chess club"),
    ("Write", "description", "of how a bicycle gear system works"),
    ("Write", "limerick", "about a penguin who hates the cold"),
    ("Write", "thank-you note", "to a teacher who retired this year"),
]
ENDS = [
    "Is there anything else I can help with?",
    "Let me know if you have additional questions.",
    "That is all for today.",
    "Peace out.",
]
WORDS = ["harbor", "lantern", "budget", "velvet", "orbit", "pepper", "compass", "meadow", "signal", "ticket"]


def pick(xs):
    return R.choice(xs)


# Each generator returns (id, kwargs, inline, sentence, item) -- inline: a clause to attach to the task
# sentence (or None); prefix: (text before noun) for word counts; sentence: a standalone sentence; item: list item.
def c_no_comma():
    return (
        "punctuation:no_comma",
        {},
        pick(["without using any commas", "without using commas", "with no commas at all"]),
        pick(
            [
                "Do not use any commas in your response.",
                "Avoid commas entirely.",
                "Refrain from using any commas.",
                "Your answer must not contain a single comma.",
            ]
        ),
        pick(["No commas.", "do not use commas"]),
    )


def c_words():
    n = pick([100, 150, 200, 250, 300, 400])
    rel = pick(["at least", "less than"])
    if rel == "at least":
        inl = pick([f"in at least {n} words", f"of at least {n} words", f"that is at least {n} words long"])
        sen = pick(
            [
                f"Your response should contain at least {n} words.",
                f"Make it at least {n} words long.",
                f"The answer must be {n} words or more.",
            ]
        )
        it = f"at least {n} words"
        pre = f"{n}+ word"
    else:
        inl = pick([f"in fewer than {n} words", f"in less than {n} words", f"of under {n} words"])
        sen = pick(
            [
                f"Your response should contain less than {n} words.",
                f"Keep it under {n} words.",
                f"Use fewer than {n} words.",
            ]
        )
        it = f"fewer than {n} words"
        pre = None
    return ("length_constraints:number_words", {"num_words": n, "relation": rel}, inl, sen, it, pre)


def c_lower():
    return (
        "change_case:english_lowercase",
        {},
        pick(["in all lowercase letters", "in English and in all lowercase letters", "using only lowercase letters"]),
        pick(
            [
                "Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.",
                "Write everything in lowercase letters only.",
                "Use only lowercase letters in your entire response.",
            ]
        ),
        "all lowercase letters, no capitals",
    )


def c_caps():
    return (
        "change_case:english_capital",
        {},
        pick(["in all capital letters", "in English and in all capital letters", "using only capital letters"]),
        pick(
            [
                "Your entire response should be in English, and in all capital letters.",
                "Write your whole answer in capital letters only.",
            ]
        ),
        "everything in capital letters",
    )


def c_lang():
    code = pick(list(LANG))
    name = LANG[code]
    return (
        "language:response_language",
        {"language": code},
        pick([f"in {name}", f"using only {name}, no other language is allowed"]),
        pick(
            [
                f"Your ENTIRE response should be in {name} language, no other language is allowed.",
                f"Respond only in {name}.",
                f"Please answer in {name}, and no other language.",
            ]
        ),
        f"written in {name} only",
    )


def c_json():
    return (
        "detectable_format:json_format",
        {},
        pick(["in JSON format", "formatted as JSON", "as a JSON object"]),
        pick(
            [
                "Your entire output should be wrapped in JSON format.",
                "Format your entire output as JSON.",
                "Your entire output should just contain a JSON block, nothing else.",
            ]
        ),
        "output in JSON format",
    )


def c_quote():
    return (
        "startend:quotation",
        {},
        pick(["wrapped in double quotation marks", "and wrap the whole response in double quotes"]),
        pick(
            [
                "Wrap your entire response with double quotation marks.",
                "Make sure your entire response is wrapped in double quotation marks.",
                "Put the whole answer inside double quotes.",
            ]
        ),
        "wrap everything in double quotation marks",
    )


def c_end():
    p = pick(ENDS)
    return (
        "startend:end_checker",
        {"end_phrase": p},
        pick([f'and end it with the exact phrase "{p}"', f'ending with the phrase "{p}"']),
        pick(
            [
                f'Finish your response with this exact phrase "{p}". No other words should follow this phrase.',
                f'End with the exact phrase "{p}".',
                f'Your reply must end with "{p}".',
            ]
        ),
        f'end with "{p}"',
    )


def c_bullets():
    n = pick([3, 4, 5, 6])
    return (
        "detectable_format:number_bullet_lists",
        {"num_bullets": n},
        pick([f"as exactly {n} bullet points", f"in exactly {n} markdown bullet points"]),
        pick(
            [
                f"Your answer must contain exactly {n} bullet points. Use the markdown bullet points such as:\n* This is point 1.\n* This is point 2",
                f"Use exactly {n} bullet points in markdown format.",
                f"Give exactly {n} bullet points.",
            ]
        ),
        f"exactly {n} bullet points",
    )


def c_high():
    n = pick([2, 3, 4])
    return (
        "detectable_format:number_highlighted_sections",
        {"num_highlights": n},
        pick([f"with at least {n} highlighted sections", f"and highlight at least {n} sections with markdown"]),
        pick(
            [
                f"Highlight at least {n} sections in your answer with markdown, i.e. *highlighted section*.",
                f"Please highlight at least {n} parts of your answer using markdown, for example *this part*.",
            ]
        ),
        f"at least {n} highlighted sections (*like this*)",
    )


def c_paras():
    n = pick([2, 3, 4, 5])
    return (
        "length_constraints:number_paragraphs",
        {"num_paragraphs": n},
        f"in exactly {n} paragraphs separated by the markdown divider ***",
        pick(
            [
                f"There should be {n} paragraphs. Paragraphs are separated with the markdown divider: ***",
                f"Your response should contain {n} paragraphs. You separate paragraphs using the markdown divider: * * *",
                f"Write exactly {n} paragraphs and use *** as the separator between them.",
            ]
        ),
        f"{n} paragraphs separated by ***",
    )


def c_sent():
    n = pick([3, 4, 5, 6, 8])
    rel = pick(["at least", "less than"])
    w = "at least" if rel == "at least" else pick(["fewer than", "less than"])
    return (
        "length_constraints:number_sentences",
        {"num_sentences": n, "relation": rel},
        f"in {w} {n} sentences",
        pick([f"Your response should contain {w} {n} sentences.", f"Use {w} {n} sentences."]),
        f"{w} {n} sentences",
    )


def c_exist():
    a, b = R.sample(WORDS, 2)
    return (
        "keywords:existence",
        {"keywords": [a, b]},
        pick([f'that mentions the words "{a}" and "{b}"', f'including the keywords "{a}" and "{b}"']),
        pick(
            [
                f'Include the keywords "{a}" and "{b}" in the response.',
                f"Make sure to mention {a} and {b}.",
                f'Be sure to include the words "{a}" and "{b}".',
            ]
        ),
        f'include the keywords "{a}" and "{b}"',
    )


def c_forbid():
    a, b = R.sample(WORDS, 2)
    return (
        "keywords:forbidden_words",
        {"forbidden_words": [a, b]},
        pick([f'without using the words "{a}" or "{b}"', f'but do not include the keywords "{a}" and "{b}"']),
        pick(
            [
                f'Do not include the keywords "{a}" and "{b}" in the response.',
                f"Do not include the following keywords: {a}, {b}.",
                f'Never use the words "{a}" or "{b}".',
            ]
        ),
        f'don\'t use the words "{a}" or "{b}"',
    )


def c_freq():
    w = pick(WORDS)
    n = pick([2, 3, 4])
    return (
        "keywords:frequency",
        {"keyword": w, "frequency": n, "relation": "at least"},
        f'using the word "{w}" at least {n} times',
        pick(
            [
                f'The word "{w}" should appear at least {n} times.',
                f"In your response, the word {w} should appear at least {n} times.",
            ]
        ),
        f'the word "{w}" at least {n} times',
    )


def c_letter():
    letter = pick("qzkxjw")
    n = pick([3, 5, 8])
    return (
        "keywords:letter_frequency",
        {"letter": letter, "let_frequency": n, "let_relation": "at least"},
        f'in which the letter "{letter}" appears at least {n} times',
        pick(
            [
                f"In your response, the letter {letter} should appear at least {n} times.",
                f'Make sure the letter "{letter}" appears at least {n} times.',
            ]
        ),
        f'the letter "{letter}" at least {n} times',
    )


def c_ps():
    m = pick(["P.S.", "P.P.S"])
    return (
        "detectable_content:postscript",
        {"postscript_marker": m},
        f"and add a postscript starting with {m} at the end",
        pick(
            [
                f"At the end of your response, please explicitly add a postscript starting with {m}",
                f"Add a postscript starting with {m} at the very end.",
            ]
        ),
        f"a postscript starting with {m}",
    )


def c_ph():
    n = pick([2, 3, 4])
    return (
        "detectable_content:number_placeholders",
        {"num_placeholders": n},
        f"with at least {n} placeholders in square brackets, such as [address]",
        pick(
            [
                f"The response must contain at least {n} placeholders represented by square brackets, such as [address].",
                f"Include at least {n} placeholders in square brackets like [name].",
            ]
        ),
        f"at least {n} placeholders like [name]",
    )


def c_title():
    return (
        "detectable_format:title",
        {},
        "with a title wrapped in double angular brackets, such as <<poem of joy>>",
        pick(
            [
                "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.",
                "Give it a title in double angular brackets, i.e. <<title>>.",
            ]
        ),
        "a title in double angular brackets, like <<title>>",
    )


def c_capfreq():
    n = pick([2, 3, 5])
    rel = pick(["at least", "less than"])
    w = "at least" if rel == "at least" else "fewer than"
    return (
        "change_case:capital_word_frequency",
        {"capital_frequency": n, "capital_relation": rel},
        f"with {w} {n} words in all capital letters",
        pick(
            [
                f"In your response, words with all capital letters should appear {w} {n} times.",
                f"Use {w} {n} words written in all capital letters.",
            ]
        ),
        f"{w} {n} all-caps words",
    )


GENS = [
    c_no_comma,
    c_words,
    c_lower,
    c_caps,
    c_lang,
    c_json,
    c_quote,
    c_end,
    c_bullets,
    c_high,
    c_paras,
    c_sent,
    c_exist,
    c_forbid,
    c_freq,
    c_letter,
    c_ps,
    c_ph,
    c_title,
    c_capfreq,
]
CONFLICT = [
    {
        "change_case:english_lowercase",
        "change_case:english_capital",
        "language:response_language",
        "change_case:capital_word_frequency",
    },
    {
        "detectable_format:json_format",
        "startend:quotation",
        "startend:end_checker",
        "detectable_content:postscript",
        "detectable_format:number_bullet_lists",
        "length_constraints:number_paragraphs",
        "detectable_format:title",
    },
]


def gen(g):
    out = g()
    if len(out) == 5:
        out = (*out, None)
    return out


TYPOS = {
    "response": "reponse",
    "commas": "comas",
    "letters": "leters",
    "at least": "atleast",
    "Do not": "Dont",
    "should": "shuold",
    "entire": "entrie",
    "paragraphs": "paragrahps",
    "sentences": "sentances",
    "words": "wrods",
}


def typo(s):
    for a, b in TYPOS.items():
        if a in s and R.random() < 0.7:
            return s.replace(a, b, 1)
    return s


def oddcase(s):
    return pick([s.upper(), " ".join(w.capitalize() for w in s.split(" ")), s.lower()])


rows = []


def choose(k):
    while True:
        gs = R.sample(GENS, k)
        cs = [gen(g) for g in gs]
        ids = {c[0] for c in cs}
        if all(len(ids & grp) <= 1 for grp in CONFLICT):
            return cs


def article(noun):
    return "an" if noun[0] in "aeiou" else "a"


def task_sentence(t, pre=None):
    verb, noun, rest = t
    if pre:
        return f"{verb} a {pre} {noun} {rest}"
    return f"{verb} {article(noun)} {noun} {rest}"


kinds = (
    ["inline"] * 45
    + ["inline_prefix"] * 12
    + ["appended"] * 25
    + ["list"] * 18
    + ["twice"] * 16
    + ["typo"] * 12
    + ["case"] * 10
)
R.shuffle(kinds)
for k, kind in enumerate(kinds):
    t = pick(TASKS)
    ids, kws, exps = [], [], []

    def add(c, e):
        ids.append(c[0])
        kws.append(c[1])
        exps.append(e)

    if kind == "inline_prefix":
        while True:
            c = c_words()
            if len(c) == 6 and c[5]:
                break
        others = choose(R.choice([0, 1]))
        ts = task_sentence(t, c[5]) + "."
        add(c, c[5])
        p = ts
        for o in others:
            if o[0] == c[0]:
                continue
            p += " " + o[3]
            add(o, o[3])
    elif kind == "inline":
        cs = choose(R.choice([1, 1, 2, 3]))
        c = cs[0]
        sep = pick([" ", ", "]) if not c[2].startswith("and ") else " "
        p = task_sentence(t) + sep + c[2] + "."
        add(c, c[2])
        for o in cs[1:]:
            p += " " + o[3]
            add(o, o[3])
    elif kind == "appended":
        cs = choose(R.choice([1, 2, 3]))
        p = task_sentence(t) + "."
        for o in cs:
            p += pick([" ", "\n"]) + o[3]
            add(o, o[3])
    elif kind == "list":
        cs = choose(R.choice([2, 3]))
        p = task_sentence(t) + ".\n" + pick(["Requirements:", "Rules:", "Constraints:"])
        bullet = pick(["- ", "* ", "1. "])
        for j, o in enumerate(cs):
            b = f"{j + 1}. " if bullet == "1. " else bullet
            p += "\n" + b + o[4]
            add(o, o[4])
    elif kind == "twice":
        cs = choose(R.choice([1, 2]))
        c = cs[0]
        sep = pick([" ", ", "]) if not c[2].startswith("and ") else " "
        p = task_sentence(t) + sep + c[2] + "."
        e1 = c[2]
        for o in cs[1:]:
            p += " " + o[3]
            add(o, o[3])
        again = pick(["Remember: ", "Again, ", "Once more: ", ""]) + c[3]
        p += "\n\n" + again
        ids.insert(0, c[0])
        kws.insert(0, c[1])
        exps.insert(0, [e1, c[3]])
    elif kind == "typo":
        cs = choose(R.choice([1, 2]))
        p = task_sentence(t) + "."
        for o in cs:
            s = typo(o[3])
            p += " " + s
            add(o, s)
    else:  # case
        cs = choose(R.choice([1, 2]))
        p = task_sentence(t) + "."
        for o in cs:
            s = (
                o[3]
                if o[1] and any(isinstance(v, str) and v.lower() != v.upper() and len(v) > 3 for v in o[1].values())
                else oddcase(o[3])
            )
            p += " " + s
            add(o, s)
    # every expected text must occur exactly once
    flat = [x for e in exps for x in (e if isinstance(e, list) else [e])]
    if any(p.count(x) != 1 for x in flat):
        continue
    rows.append(
        {"key": 5000 + k, "kind": kind, "prompt": p, "instruction_id_list": ids, "kwargs": kws, "expected": exps}
    )

R2 = random.Random(7)
for r in rows:
    r["split"] = "test" if R2.random() < 0.3 else "dev"
# Issue 11 part C: 43 hand-written rows (all dev) for phrasings the first set showed missing or
# that people use often: "ending with the phrase ...", "that mentions the words ...", "in which the
# letter x appears ...", "just a JSON block, nothing else", a trailing "in Japanese", polite frames
# ("It would be great if you could ..."), word ranges, words per sentence, parentheses, ALL CAPS,
# repeats. Written by hand (no RNG), appended after the seeded rows so those stay as they were.
HAND = r"""
{"key": 5200, "kind": "inline", "prompt": "Draft a welcome email for new members of a chess club, ending with the phrase \"See you at the board.\"", "instruction_id_list": ["startend:end_checker"], "kwargs": [{"end_phrase": "See you at the board."}], "expected": ["ending with the phrase \"See you at the board.\""], "split": "dev"}
{"key": 5201, "kind": "inline", "prompt": "Write a short guide to repotting a cactus, ending with the exact phrase \"Happy planting!\"", "instruction_id_list": ["startend:end_checker"], "kwargs": [{"end_phrase": "Happy planting!"}], "expected": ["ending with the exact phrase \"Happy planting!\""], "split": "dev"}
{"key": 5202, "kind": "inline", "prompt": "Describe a rainy afternoon in a harbour town that mentions the words \"gull\" and \"tar\".", "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["gull", "tar"]}], "expected": ["that mentions the words \"gull\" and \"tar\""], "split": "dev"}
{"key": 5203, "kind": "inline", "prompt": "Write a product blurb for a solar lantern that mentions the word \"dusk\".", "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["dusk"]}], "expected": ["that mentions the word \"dusk\""], "split": "dev"}
{"key": 5204, "kind": "inline", "prompt": "Tell a bedtime story about a sleepy owl in which the letter \"o\" appears at least 20 times.", "instruction_id_list": ["keywords:letter_frequency"], "kwargs": [{"letter": "o", "let_frequency": 20, "let_relation": "at least"}], "expected": ["in which the letter \"o\" appears at least 20 times"], "split": "dev"}
{"key": 5205, "kind": "inline", "prompt": "Write a riddle about a clock, in which the letter z appears fewer than 2 times.", "instruction_id_list": ["keywords:letter_frequency"], "kwargs": [{"letter": "z", "let_frequency": 2, "let_relation": "less than"}], "expected": ["in which the letter z appears fewer than 2 times"], "split": "dev"}
{"key": 5206, "kind": "appended", "prompt": "List three ways to keep bread fresh. Your entire output should just contain a JSON block, nothing else.", "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}], "expected": ["Your entire output should just contain a JSON block, nothing else."], "split": "dev"}
{"key": 5207, "kind": "appended", "prompt": "Give me a weekly schedule for watering houseplants. The whole reply should only contain a JSON object, nothing else.", "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}], "expected": ["The whole reply should only contain a JSON object, nothing else."], "split": "dev"}
{"key": 5208, "kind": "inline", "prompt": "Write a short poem about cherry blossoms falling on a river in Japanese.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "ja"}], "expected": ["in Japanese"], "split": "dev"}
{"key": 5209, "kind": "inline", "prompt": "Write a haiku about autumn wind in French.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "fr"}], "expected": ["in French"], "split": "dev"}
{"key": 5210, "kind": "inline", "prompt": "Compose a lullaby for a baby goat in German.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "de"}], "expected": ["in German"], "split": "dev"}
{"key": 5211, "kind": "polite", "prompt": "Write a note to my landlord about the broken heater. It would be great if you could avoid commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "expected": ["It would be great if you could avoid commas."], "split": "dev"}
{"key": 5212, "kind": "polite", "prompt": "Summarise the history of the bicycle. I'd appreciate it if you could keep it under 120 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 120, "relation": "less than"}], "expected": ["I'd appreciate it if you could keep it under 120 words."], "split": "dev"}
{"key": 5213, "kind": "polite", "prompt": "Explain how tides work to a ten-year-old. Please try to use at least 150 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 150, "relation": "at least"}], "expected": ["Please try to use at least 150 words."], "split": "dev"}
{"key": 5214, "kind": "polite", "prompt": "Describe the smell of a bakery at dawn. It would be nice if you could write it all in lowercase letters.", "instruction_id_list": ["change_case:english_lowercase"], "kwargs": [{}], "expected": ["It would be nice if you could write it all in lowercase letters."], "split": "dev"}
{"key": 5215, "kind": "polite", "prompt": "Write a toast for my sister's wedding. Would you mind wrapping the whole response in double quotation marks?", "instruction_id_list": ["startend:quotation"], "kwargs": [{}], "expected": ["Would you mind wrapping the whole response in double quotation marks?"], "split": "dev"}
{"key": 5216, "kind": "range", "prompt": "Write a 150-200 word review of a board game about trains.", "instruction_id_list": ["length_constraints:number_words", "length_constraints:number_words"], "kwargs": [{"num_words": 150, "relation": "at least"}, {"num_words": 201, "relation": "less than"}], "expected": ["150-200 word", "150-200 word"], "split": "dev"}
{"key": 5217, "kind": "range", "prompt": "Write a summary of the water cycle in between 80 and 120 words.", "instruction_id_list": ["length_constraints:number_words", "length_constraints:number_words"], "kwargs": [{"num_words": 80, "relation": "at least"}, {"num_words": 121, "relation": "less than"}], "expected": ["in between 80 and 120 words", "in between 80 and 120 words"], "split": "dev"}
{"key": 5218, "kind": "range", "prompt": "Describe a lighthouse at night. Your answer should be between 60 and 90 words long.", "instruction_id_list": ["length_constraints:number_words", "length_constraints:number_words"], "kwargs": [{"num_words": 60, "relation": "at least"}, {"num_words": 91, "relation": "less than"}], "expected": ["Your answer should be between 60 and 90 words long.", "Your answer should be between 60 and 90 words long."], "split": "dev"}
{"key": 5219, "kind": "inline", "prompt": "Write instructions for brewing green tea, wrap it in double quotes.", "instruction_id_list": ["startend:quotation"], "kwargs": [{}], "expected": ["wrap it in double quotes"], "split": "dev"}
{"key": 5220, "kind": "appended", "prompt": "Give me a slogan for a bike repair shop. Wrap it in double quotes.", "instruction_id_list": ["startend:quotation"], "kwargs": [{}], "expected": ["Wrap it in double quotes."], "split": "dev"}
{"key": 5221, "kind": "paren", "prompt": "Write a short bio for a marine biologist (no commas).", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "expected": ["(no commas)"], "split": "dev"}
{"key": 5222, "kind": "paren", "prompt": "Write a complaint letter about a late train (at least 200 words).", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 200, "relation": "at least"}], "expected": ["(at least 200 words)"], "split": "dev"}
{"key": 5223, "kind": "paren", "prompt": "Write a product description for a wool scarf (in all lowercase letters, please).", "instruction_id_list": ["change_case:english_lowercase"], "kwargs": [{}], "expected": ["(in all lowercase letters, please)"], "split": "dev"}
{"key": 5224, "kind": "caps", "prompt": "Write a motivational speech for a rowing team in ALL CAPS.", "instruction_id_list": ["change_case:english_capital"], "kwargs": [{}], "expected": ["in ALL CAPS"], "split": "dev"}
{"key": 5225, "kind": "caps", "prompt": "Write a warning sign for a slippery floor. Use ALL CAPS.", "instruction_id_list": ["change_case:english_capital"], "kwargs": [{}], "expected": ["Use ALL CAPS."], "split": "dev"}
{"key": 5226, "kind": "caps", "prompt": "Write a short weather report for the mountains. The entire response should be in all capital letters.", "instruction_id_list": ["change_case:english_capital"], "kwargs": [{}], "expected": ["The entire response should be in all capital letters."], "split": "dev"}
{"key": 5227, "kind": "twice", "prompt": "Write a recipe for pancakes without using any commas. Remember: no commas at all.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "expected": [["without using any commas", "Remember: no commas at all."]], "split": "dev"}
{"key": 5228, "kind": "twice", "prompt": "Write a poem about a fox. Your response must be in Italian. Again, please answer only in Italian.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "it"}], "expected": [["Your response must be in Italian.", "Again, please answer only in Italian."]], "split": "dev"}
{"key": 5229, "kind": "twice", "prompt": "Write a short story about a lost kite in fewer than 100 words. Keep the whole thing under 100 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": 100, "relation": "less than"}], "expected": [["in fewer than 100 words", "Keep the whole thing under 100 words."]], "split": "dev"}
{"key": 5230, "kind": "twice", "prompt": "Write a packing list for a beach day. Wrap your entire response in double quotation marks. Yes, the whole response should be wrapped in double quotation marks.", "instruction_id_list": ["startend:quotation"], "kwargs": [{}], "expected": [["Wrap your entire response in double quotation marks.", "Yes, the whole response should be wrapped in double quotation marks."]], "split": "dev"}
{"key": 5231, "kind": "inline", "prompt": "Write an ad for a second-hand bookshop, using 12 words or fewer per sentence.", "instruction_id_list": ["length:max_words_per_sentence"], "kwargs": [{"max_words": 12}], "expected": ["using 12 words or fewer per sentence"], "split": "dev"}
{"key": 5232, "kind": "appended", "prompt": "Explain why the sky is blue. Your response should contain fewer than 6 sentences.", "instruction_id_list": ["length_constraints:number_sentences"], "kwargs": [{"num_sentences": 6, "relation": "less than"}], "expected": ["Your response should contain fewer than 6 sentences."], "split": "dev"}
{"key": 5233, "kind": "polite", "prompt": "Write a letter to a pen pal in Brazil. Please try not to use any commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}], "expected": ["Please try not to use any commas."], "split": "dev"}
{"key": 5234, "kind": "polite", "prompt": "Describe your favourite hiking trail. I would appreciate it if the entire response were in English and in all lowercase letters.", "instruction_id_list": ["change_case:english_lowercase"], "kwargs": [{}], "expected": ["I would appreciate it if the entire response were in English and in all lowercase letters."], "split": "dev"}
{"key": 5235, "kind": "inline", "prompt": "Write a thank-you card for a teacher ending with the phrase \"With gratitude, Sam\".", "instruction_id_list": ["startend:end_checker"], "kwargs": [{"end_phrase": "With gratitude, Sam"}], "expected": ["ending with the phrase \"With gratitude, Sam\""], "split": "dev"}
{"key": 5236, "kind": "inline", "prompt": "Write a cover letter for a barista job that mentions the words \"crema\", \"queue\" and \"smile\".", "instruction_id_list": ["keywords:existence"], "kwargs": [{"keywords": ["crema", "queue", "smile"]}], "expected": ["that mentions the words \"crema\", \"queue\" and \"smile\""], "split": "dev"}
{"key": 5237, "kind": "appended", "prompt": "Write a tweet about a solar eclipse. Just give me a JSON block, nothing else.", "instruction_id_list": ["detectable_format:json_format"], "kwargs": [{}], "expected": ["Just give me a JSON block, nothing else."], "split": "dev"}
{"key": 5238, "kind": "inline", "prompt": "Write a limerick about a clumsy wizard in Spanish.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "es"}], "expected": ["in Spanish"], "split": "dev"}
{"key": 5239, "kind": "appended", "prompt": "Write a story about a robot gardener in which the letter \"r\" appears at least 30 times. Also use fewer than 200 words.", "instruction_id_list": ["keywords:letter_frequency", "length_constraints:number_words"], "kwargs": [{"letter": "r", "let_frequency": 30, "let_relation": "at least"}, {"num_words": 200, "relation": "less than"}], "expected": ["in which the letter \"r\" appears at least 30 times", "Also use fewer than 200 words."], "split": "dev"}
{"key": 5240, "kind": "appended", "prompt": "Write a limerick about a forgetful chef. Keep every sentence to 10 words or fewer.", "instruction_id_list": ["length:max_words_per_sentence"], "kwargs": [{"max_words": 10}], "expected": ["Keep every sentence to 10 words or fewer."], "split": "dev"}
{"key": 5241, "kind": "paren", "prompt": "Write a short story about a rainy market day (in Spanish).", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "es"}], "expected": ["(in Spanish)"], "split": "dev"}
{"key": 5242, "kind": "inline", "prompt": "Write me a poem about a night train in French, please.", "instruction_id_list": ["language:response_language"], "kwargs": [{"language": "fr"}], "expected": ["in French"], "split": "dev"}
"""
rows += [json.loads(line) for line in HAND.strip().splitlines()]
with open("tests/data/rewrite_dev.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter

print(len(rows), Counter(r["split"] for r in rows), Counter(r["kind"] for r in rows))
