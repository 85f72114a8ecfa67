"""The rule-based decomposer: phrasings -> (id, kwargs), exact spans, conditions, precision.

Figures on the labelled sets come from bench/eval_decompose.py; the floors below sit a little
under what it measures, so a regression fails here before it reaches a dataset."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rpo_cli.constraints import registry
from rpo_cli.schema import Message
from rpo_cli.stages.decompose_rules import parse_number, rule_decompose

ROOT = Path(__file__).resolve().parent.parent
W = "length_constraints:number_words"
S = "length_constraints:number_sentences"


def _bench():
    spec = importlib.util.spec_from_file_location("eval_decompose", ROOT / "bench" / "eval_decompose.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def found(text: str, role: str = "user") -> list[tuple[str, dict]]:
    return [(c.id, c.kwargs) for c in rule_decompose([Message(role=role, content=text)])]


# --- phrasings -> (id, kwargs) -----------------------------------------------------------------

TABLE = [
    # word counts: "no more than N" is "less than N+1", "more than N" is "at least N+1"
    ("Answer with at least 300 words.", [(W, {"num_words": 300, "relation": "at least"})]),
    ("Your essay should contain less than 200 words.", [(W, {"num_words": 200, "relation": "less than"})]),
    ("Describe a sunrise in fewer than 80 words.", [(W, {"num_words": 80, "relation": "less than"})]),
    ("Answer in no more than 50 words.", [(W, {"num_words": 51, "relation": "less than"})]),
    ("Your answer must be more than 200 words.", [(W, {"num_words": 201, "relation": "at least"})]),
    ("Answer in at most 2 sentences.", [(S, {"num_sentences": 3, "relation": "less than"})]),
    ("Write at least twenty-five words.", [(W, {"num_words": 25, "relation": "at least"})]),
    ("Keep it under one hundred words.", [(W, {"num_words": 100, "relation": "less than"})]),
    ("Use fewer than 1,000 words.", [(W, {"num_words": 1000, "relation": "less than"})]),
    ("Your response should not exceed 80 words.", [(W, {"num_words": 81, "relation": "less than"})]),
    ("Do not write more than 120 words.", [(W, {"num_words": 121, "relation": "less than"})]),
    ("Do not use fewer than 40 words.", [(W, {"num_words": 40, "relation": "at least"})]),
    ("Write 300 words or more.", [(W, {"num_words": 300, "relation": "at least"})]),
    ("Write 300 words or less.", [(W, {"num_words": 301, "relation": "less than"})]),
    ("Write a 500+ word essay on trees.", [(W, {"num_words": 500, "relation": "at least"})]),
    ("Write a letter using no less than 250 words.", [(W, {"num_words": 250, "relation": "at least"})]),
    ("Keep every answer under 150 words.", [(W, {"num_words": 150, "relation": "less than"})]),
    ("Respond in at least five sentences.", [(S, {"num_sentences": 5, "relation": "at least"})]),
    (
        "Your response should contain at least 8 sentences and at most 12 sentences.",
        [(S, {"num_sentences": 8, "relation": "at least"}), (S, {"num_sentences": 13, "relation": "less than"})],
    ),
    # punctuation, case, quotation
    ("Do not use any commas in your response.", [("punctuation:no_comma", {})]),
    ("In your entire response, refrain from the use of any commas.", [("punctuation:no_comma", {})]),
    ("Write a haiku with no commas.", [("punctuation:no_comma", {})]),
    ("Commas are not allowed.", [("punctuation:no_comma", {})]),
    (
        "Your entire response should be in English, and in all lowercase letters.",
        [("change_case:english_lowercase", {})],
    ),
    ("Write everything in lowercase.", [("change_case:english_lowercase", {})]),
    ("Your entire response should be in English, and in all capital letters.", [("change_case:english_capital", {})]),
    ("Respond in all capital letters.", [("change_case:english_capital", {})]),
    (
        "Do not write your response entirely in English capital letters.",
        [("change_case:not_english_capital", {})],
    ),
    (
        "In your response, words with all capital letters should appear at least 3 times.",
        [("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": "at least"})],
    ),
    (
        "Words in all caps should appear at most 2 times.",
        [("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": "less than"})],
    ),
    ("Wrap your entire response with double quotation marks.", [("startend:quotation", {})]),
    # start / end
    (
        'Finish your response with this exact phrase "Is there anything else I can help with?". '
        "No other words should follow this phrase.",
        [("startend:end_checker", {"end_phrase": "Is there anything else I can help with?"})],
    ),
    (
        "Finish your response with this exact phrase: Is there anything else I can help with? "
        "No other words should follow this phrase.",
        [("startend:end_checker", {"end_phrase": "Is there anything else I can help with?"})],
    ),
    ("End your answer with 'Cheers!'", [("startend:end_checker", {"end_phrase": "Cheers!"})]),
    ("Start every answer with 'Ahoy!'", [("startend:start_phrase", {"start_phrase": "Ahoy!"})]),
    ('Do not start your response with the phrase "Ahoy!".', [("startend:not_start_phrase", {"start_phrase": "Ahoy!"})]),
    ("End every reply with a question for the user.", [("content:end_with_question", {})]),
    # keywords
    (
        'Include the keywords "sunlight" and "portable" in the response.',
        [("keywords:existence", {"keywords": ["sunlight", "portable"]})],
    ),
    (
        "Include the keywords sunlight and portable in the response.",
        [("keywords:existence", {"keywords": ["sunlight", "portable"]})],
    ),
    (
        'Do not include the words "very" or "really".',
        [("keywords:forbidden_words", {"forbidden_words": ["very", "really"]})],
    ),
    (
        'Never say "I apologize for the inconvenience".',
        [("keywords:forbidden_phrase", {"phrase": "I apologize for the inconvenience"})],
    ),
    ('Include the exact phrase "shiver me timbers".', [("keywords:required_phrase", {"phrase": "shiver me timbers"})]),
    ('Use the word "substitute" or "swap".', [("keywords:include_any", {"forbidden_words": ["substitute", "swap"]})]),
    (
        'Use the word "stars" at least twice.',
        [("keywords:frequency", {"keyword": "stars", "frequency": 2, "relation": "at least"})],
    ),
    (
        "The word 'cheap' should appear fewer than 2 times.",
        [("keywords:frequency", {"keyword": "cheap", "frequency": 2, "relation": "less than"})],
    ),
    ('Call the user "champ" at least once.', [("keywords:existence", {"keywords": ["champ"]})]),
    (
        "The letter q should appear at least 4 times.",
        [("keywords:letter_frequency", {"letter": "q", "let_frequency": 4, "let_relation": "at least"})],
    ),
    (
        "Use the letter 'k' no more than 3 times.",
        [("keywords:letter_frequency", {"letter": "k", "let_frequency": 4, "let_relation": "less than"})],
    ),
    # language
    ("Respond in French.", [("language:response_language", {"language": "fr"})]),
    (
        "Your entire response should be in German, no other language is allowed.",
        [("language:response_language", {"language": "de"})],
    ),
    (
        "Describe a mango to someone who has never had one, in Portuguese.",
        [("language:response_language", {"language": "pt"})],
    ),
    ("Do not respond in English.", [("language:not_response_language", {"language": "en"})]),
    ("Do not use any Chinese characters.", [("language:no_script", {"script": "han"})]),
    # detectable content / format
    (
        "Include at least 3 placeholders in square brackets, such as [name].",
        [("detectable_content:number_placeholders", {"num_placeholders": 3})],
    ),
    (
        "At the end, add a postscript that starts with P.P.S",
        [("detectable_content:postscript", {"postscript_marker": "P.P.S"})],
    ),
    ("Add a P.S. at the very end.", [("detectable_content:postscript", {"postscript_marker": "P.S."})]),
    (
        "Your answer must contain exactly three bullet points.",
        [("detectable_format:number_bullet_lists", {"num_bullets": 3})],
    ),
    ("Use at most 4 bullet points.", [("format:bullet_points", {"num_bullets": 5, "relation": "less than"})]),
    ("Do not use bullet points.", [("format:bullet_points", {"num_bullets": 1, "relation": "less than"})]),
    (
        "Highlight at least 2 sections with markdown, i.e. *highlighted section*.",
        [("detectable_format:number_highlighted_sections", {"num_highlights": 2})],
    ),
    ("Give your poem a title wrapped in double angular brackets, i.e. <<title>>.", [("detectable_format:title", {})]),
    (
        "Your response must have 4 sections. Mark the beginning of each section with Chapter X, such as: Chapter 1.",
        [("detectable_format:multiple_sections", {"section_spliter": "Chapter", "num_sections": 4})],
    ),
    ("Entire output should be wrapped in JSON format.", [("detectable_format:json_format", {})]),
    (
        'Respond only with a JSON object that has the keys "name" and "age".',
        [("format:json_keys", {"keys": ["name", "age"]})],
    ),
    (
        "Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******.",
        [("combination:two_responses", {})],
    ),
    (
        "Answer with one of the following options: ('My answer is yes.', 'My answer is no.', 'My answer is maybe.')",
        [("detectable_format:constrained_response", {})],
    ),
    (
        "Your response should contain exactly 4 paragraphs. Separate paragraphs from each other with the markdown "
        "divider: ***",
        [("length_constraints:number_paragraphs", {"num_paragraphs": 4})],
    ),
    (
        'There should be 4 paragraphs. Paragraphs are separated by two new lines. Paragraph 3 must start with the word "However".',  # noqa: E501
        [
            (
                "length_constraints:nth_paragraph_first_word",
                {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "However"},
            )
        ],
    ),
    (
        "What is the capital of Australia? First, repeat the question exactly as written, then answer it.",
        [("combination:repeat_prompt", {"prompt_to_repeat": "What is the capital of Australia?"})],
    ),
    # beyond IFEval (persona system prompts)
    ("Never use emojis.", [("format:no_emoji", {})]),
    ("Use at least one emoji.", [("format:use_emoji", {})]),
    ("Use at most two emojis per reply.", [("format:number_emojis", {"num_emojis": 3, "relation": "less than"})]),
    ("Use a numbered list.", [("format:numbered_list", {"num_items": 1, "relation": "at least"})]),
    (
        "Lay out the plan as a numbered list with at least 3 items.",
        [("format:numbered_list", {"num_items": 3, "relation": "at least"})],
    ),
    ("Write in plain text with no Markdown formatting.", [("format:no_markdown", {})]),
    ("Do not use exclamation marks.", [("punctuation:no_exclamation", {})]),
    ("Do not include links to documentation or any other URLs.", [("content:no_urls", {})]),
    (
        "Keep replies under 600 characters, spaces included.",
        [("length:number_characters", {"num_chars": 600, "relation": "less than"})],
    ),
    ("Keep every sentence to at most 30 words.", [("length:max_words_per_sentence", {"max_words": 30})]),
    (
        "Always show the corrected code in a fenced code block.",
        [("format:code_block", {"num_blocks": 1, "relation": "at least"})],
    ),
    (
        "Do not wrap the JSON in a Markdown code fence.",
        [("format:code_block", {"num_blocks": 1, "relation": "less than"})],
    ),
    ("Use at least 2 hashtags.", [("content:number_hashtags", {"num_hashtags": 2, "relation": "at least"})]),
    ("请用不超过200字回答。", [("length:number_characters", {"num_chars": 201, "relation": "less than"})]),
    # phrasings added with decompose_dev.jsonl (issue 11): typos, polite forms, unquoted lists, ranges
    ("Write about owls with atleast 150 words.", [(W, {"num_words": 150, "relation": "at least"})]),
    ("Describe snow in no more then 70 words.", [(W, {"num_words": 71, "relation": "less than"})]),
    ("write about rain. dont use any commas.", [("punctuation:no_comma", {})]),
    ("Write a list of lakes without using any commas.", [("punctuation:no_comma", {})]),
    ("It would be great if you could avoid using commas.", [("punctuation:no_comma", {})]),
    ("Kindly write it in Portuguese.", [("language:response_language", {"language": "pt"})]),
    (
        "Write a fable, using only Hindi, no other language is allowed.",
        [("language:response_language", {"language": "hi"})],
    ),
    ("Write an essay about the Silk Road in Russian.", [("language:response_language", {"language": "ru"})]),
    ("Make sure your entire response is wrapped in double quotation marks.", [("startend:quotation", {})]),
    (
        "End your response with the exact phrase: Thank you for your patience.",
        [("startend:end_checker", {"end_phrase": "Thank you for your patience."})],
    ),
    (
        "Do not include the following keywords: cheap, comfortable, amazing.",
        [("keywords:forbidden_words", {"forbidden_words": ["cheap", "comfortable", "amazing"]})],
    ),
    (
        "Include the following keywords: gear, midnight, apprentice.",
        [("keywords:existence", {"keywords": ["gear", "midnight", "apprentice"]})],
    ),
    (
        'Mention at least one of "roses", "tulips" or "lilies".',
        [("keywords:include_any", {"forbidden_words": ["roses", "tulips", "lilies"]})],
    ),
    (
        "Your answer should be between 100 and 200 words.",
        [(W, {"num_words": 100, "relation": "at least"}), (W, {"num_words": 201, "relation": "less than"})],
    ),
    (
        "Compose a tweet and include 3 or more hashtags.",
        [("content:number_hashtags", {"num_hashtags": 3, "relation": "at least"})],
    ),
    ("Explain it in 5 sentences or fewer.", [(S, {"num_sentences": 6, "relation": "less than"})]),
    (
        "There should be 3 paragraphs. Use *** as the separator between paragraphs.",
        [("length_constraints:number_paragraphs", {"num_paragraphs": 3})],
    ),
    ("It should have 3 paragrahs separated by ***.", [("length_constraints:number_paragraphs", {"num_paragraphs": 3})]),
    (
        "Write a speech.\nRules:\n* lowercase only\n* no emojis",
        [("change_case:english_lowercase", {}), ("format:no_emoji", {})],
    ),
    (
        "Use at most 3 markdown headings and no emojis.",
        [("format:markdown_headings", {"num_headings": 4, "relation": "less than"}), ("format:no_emoji", {})],
    ),
    ("Limit yourself to 3 sentences.", [(S, {"num_sentences": 4, "relation": "less than"})]),
    ("Make sure the response is at least 10 sentences long.", [(S, {"num_sentences": 10, "relation": "at least"})]),
    ("Write a chant. ALL CAPS please.", [("change_case:english_capital", {})]),
    (
        "Words to avoid: cheap, easy, free.",
        [("keywords:forbidden_words", {"forbidden_words": ["cheap", "easy", "free"]})],
    ),
    (
        "Required keywords: sourdough, early, team.",
        [("keywords:existence", {"keywords": ["sourdough", "early", "team"]})],
    ),
    (
        "Please don't use any emojis or hashtags.",
        [("format:no_emoji", {}), ("content:number_hashtags", {"num_hashtags": 1, "relation": "less than"})],
    ),
    # issue 11 part C: phrasings found missing on the dev set
    (
        'Draft a welcome email ending with the phrase "See you at the board."',
        [("startend:end_checker", {"end_phrase": "See you at the board."})],
    ),
    (
        'Write a guide to repotting a cactus, ending with the exact phrase "Happy planting!"',
        [("startend:end_checker", {"end_phrase": "Happy planting!"})],
    ),
    (
        'Describe a rainy harbour town that mentions the words "gull" and "tar".',
        [("keywords:existence", {"keywords": ["gull", "tar"]})],
    ),
    (
        'Tell a story about an owl in which the letter "o" appears at least 20 times.',
        [("keywords:letter_frequency", {"letter": "o", "let_frequency": 20, "let_relation": "at least"})],
    ),
    ("Your entire output should just contain a JSON block, nothing else.", [("detectable_format:json_format", {})]),
    ("Just give me a JSON block, nothing else.", [("detectable_format:json_format", {})]),
    ("Write a short poem about cherry blossoms in Japanese.", [("language:response_language", {"language": "ja"})]),
    (
        "Write a 150-200 word review of a board game.",
        [(W, {"num_words": 150, "relation": "at least"}), (W, {"num_words": 201, "relation": "less than"})],
    ),
    ("Write instructions for brewing tea, wrap it in double quotes.", [("startend:quotation", {})]),
    ("Would you mind wrapping the whole response in double quotation marks?", [("startend:quotation", {})]),
    (
        "Write an ad for a bookshop, using 12 words or fewer per sentence.",
        [("length:max_words_per_sentence", {"max_words": 12})],
    ),
    ("Remember: no commas at all.", [("punctuation:no_comma", {})]),
    # not constraints: a language named as the topic, a character who mentions a word
    ("Write a short essay about the history of poetry written in Japanese.", []),
    ("Translate this sentence into Japanese.", []),
    ("Write a poem about a girl who speaks only in Japanese.", []),
    (
        "Write a poem about a keeper who collects shells in Japanese.",
        [("language:response_language", {"language": "ja"})],
    ),
    ("Keep it to no more than 15 words in each sentence.", [("length:max_words_per_sentence", {"max_words": 15})]),
    ("Use 20 words per sentence.", []),
    (
        "Write a limerick. Keep every sentence to 10 words or fewer.",
        [("length:max_words_per_sentence", {"max_words": 10})],
    ),
    ("Write a story about rain (in Spanish).", [("language:response_language", {"language": "es"})]),
    ("Write me a poem in French, please.", [("language:response_language", {"language": "fr"})]),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:60] for t, _ in TABLE])
def test_phrasing(text, expected):
    assert found(text) == expected
    for tid, kwargs in expected:
        registry.build(tid, kwargs)  # the table itself holds valid constraints


# --- unrecognised text gives nothing -----------------------------------------------------------

NOTHING = [
    "",
    "   \n\n  ",
    "Write a letter to your landlord about the broken heater.",
    "Explain the French Revolution in simple terms.",
    "Translate 'good morning' into French.",
    "Summarize this article written in Spanish.",
    "Write an essay about why commas matter in English grammar.",
    "What are the differences between uppercase and lowercase letters in typography?",
    "Describe a day in the life of a person who never uses commas.",
    "Write a story set in a world without emojis.",
    "Write a story about a girl who can't stop using exclamation marks!",
    "Tell me about the history of the letter Z.",
    "Explain why some people write in all caps online.",
    "Write a poem about a man who speaks only in French.",
    "Write a product description for a lowercase keyboard.",
    "Why do people avoid using commas in text messages?",
    "My essay is at least 300 words long; can you proofread it?",
    "I wrote a poem with fewer than 10 lines. What do you think?",
    "Should I include the keywords 'python' and 'sql' in my resume?",
    "Explain how to format dates in JSON.",
    "Write a song whose chorus has at least 3 lines.",
    "Here is my essay. It has 5 paragraphs separated by ***. Please fix the grammar.",
    "Rewrite this title: <<The Big Day>>. Make it catchier.",
    'Agents used to end every email with "Best regards" but we dropped that.',
    "The essay section asks for at least 400 words.",
    "If possible, use fewer than 100 words.",  # conditioned on something the rules cannot see
    "Be warm, playful and a little mystical. 你好，世界。Ça va très bien — merci!",
    "Write a story. Paragraph 2 must start with the word 'Later'.",  # no paragraph count: kwargs incomplete
    "Explain the difference between two verbs in French.",  # the language is the topic
    "The title should be wrapped in double quotes.",  # a part, not the whole response
    "Avoid the words that sound too formal.",  # no list stated
    "Write a story about a man who writes between 100 and 200 words a day.",
    "Describe a country where people live without using any cars.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_unrecognised_text_gives_nothing(text):
    assert found(text) == []


def test_assistant_messages_are_never_read():
    msgs = [
        Message(role="system", content="You are helpful."),
        Message(role="user", content="Hi"),
        Message(role="assistant", content="Do not use any commas. Answer in French."),
        Message(role="user", content="Tell me a joke in under 30 words."),
    ]
    out = rule_decompose(msgs)
    assert [(c.id, c.span.message) for c in out] == [(W, 3)]


def test_order_of_appearance_across_messages_and_dedup():
    msgs = [
        Message(role="system", content="Never use emojis. Respond in French."),
        Message(role="user", content="Do not use any commas. Never use emojis."),
    ]
    out = rule_decompose(msgs)
    assert [(c.id, c.span.message) for c in out] == [
        ("format:no_emoji", 0),
        ("language:response_language", 0),
        ("punctuation:no_comma", 1),
    ]


# --- spans --------------------------------------------------------------------------------------


def test_clause_spans_leave_the_task_out():
    text = 'Describe the water cycle in fewer than 120 words, and make sure the letter "w" appears at least 8 times.'
    out = rule_decompose([Message(role="user", content=text)])
    assert [c.text for c in out] == ["in fewer than 120 words", 'make sure the letter "w" appears at least 8 times.']
    text = "Write a short essay about tea. Your essay should contain at least 300 words. Do not use any commas."
    out = rule_decompose([Message(role="user", content=text)])
    assert [c.text for c in out] == ["Your essay should contain at least 300 words.", "Do not use any commas."]


def test_continuation_sentences_join_the_span():
    text = (
        "Write a limerick. Your entire response should be in English, and in all lowercase letters. "
        'No capital letters are allowed. Finish your response with the exact phrase "Bye now.". '
        "No other words should follow this phrase."
    )
    out = rule_decompose([Message(role="user", content=text)])
    assert [c.text for c in out] == [
        "Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.",
        'Finish your response with the exact phrase "Bye now.". No other words should follow this phrase.',
    ]


def _check_spans(messages, out):
    prev = None
    for c in out:
        content = messages[c.span.message].content
        assert messages[c.span.message].role != "assistant"
        assert content[c.span.start : c.span.end] == c.text
        assert c.text and c.text == c.text.strip()
        if prev is not None and prev.span.message == c.span.message:
            # in order, never overlapping; one phrase stating two constraints ("between 100 and 200
            # words") gives both the same span
            assert prev.span.end <= c.span.start or prev.span == c.span, (prev.text, c.text)
        else:
            assert prev is None or prev.span.message < c.span.message
        registry.build(c.id, c.kwargs)
        prev = c


def test_span_round_trip_on_every_labelled_prompt():
    b = _bench()
    rows = (
        b.load_ifeval(ROOT / "tests/data/rewrite_eval.jsonl")
        + b.load_ifeval(ROOT / "tests/data/decompose_heldout.jsonl")
        + b.load_canonical(ROOT / "sample_data/personas.jsonl")
        + b.load_samples()
        + b.load_describe()
        + b.load_describe(ifbench=True)
    )
    assert len(rows) > 250
    for row in rows:
        _check_spans(row["messages"], rule_decompose(row["messages"]))


_FRAGMENTS = [
    "Write a poem about the sea.",
    "Answer with at least 300 words.",
    "Do not use any commas,",
    "and wrap your entire response in double quotation marks.",
    'Include the keywords "moon" and "tide".',
    "When the user asks about love, mention Venus.",
    "Highlight at least 2 sections with markdown, i.e. *highlighted section*.",
    "Use the markdown bullet points such as:\n* This is point 1.\n* This is point 2",
    "(respond in under 100 words and don't mention the word 'tragedy')",
    "Finish your response with this exact phrase: Is there anything else I can help with?",
    "No other words should follow this phrase.",
    "Answer with one of the following options: 'My answer is yes.', 'My answer is no.', 'My answer is maybe.'",
    "First repeat the request word for word without change, then give your answer.",
    "Your response must have 3 sections. Mark the beginning of each section with SECTION X.",
    "请用不超过200字回答。",
    "«Ça va?» — \"quoted ' stray",
    "P.S. i.e. e.g. (unclosed [bracket",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["system", "user", "assistant"]),
            st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=8),
            st.sampled_from([" ", "\n", "\n\n", ""]),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_span_round_trip_property(parts):
    """On any text: never raises, every span slices out its text, spans are ordered and disjoint,
    kwargs validate, assistant messages give nothing."""
    messages = [Message(role=role, content=sep.join(frags)) for role, frags, sep in parts]
    _check_spans(messages, rule_decompose(messages))


# --- conditions ---------------------------------------------------------------------------------


def test_conditions():
    text = (
        "You are Stella, an astrologer. When the user asks about love or romance, include the exact phrase "
        '"Venus is smiling on you". When the user mentions love, mention Venus. If the user mentions pain or an '
        'injury, include the exact phrase "see a doctor" in your reply. If the user seems upset, do not use any '
        'exclamation marks. Whenever the user says "refund", end your reply with "We are here to help." '
        "If possible, use fewer than 100 words. When answering, never use emojis."
    )
    out = rule_decompose([Message(role="system", content=text)])
    got = [(c.id, c.kwargs, c.condition.model_dump(exclude_none=True) if c.condition else None) for c in out]
    assert got == [
        # a topic ("asks about love") is wider than its words: the judge decides, not a keyword match
        (
            "keywords:required_phrase",
            {"phrase": "Venus is smiling on you"},
            {"text": "When the user asks about love or romance"},
        ),
        ("keywords:existence", {"keywords": ["Venus"]}, {"keywords": ["love"]}),
        ("keywords:required_phrase", {"phrase": "see a doctor"}, {"keywords": ["pain", "injury"]}),
        ("punctuation:no_exclamation", {}, {"text": "If the user seems upset"}),
        ("startend:end_checker", {"end_phrase": "We are here to help."}, {"keywords": ["refund"]}),
        ("format:no_emoji", {}, None),
    ]
    # the trigger is part of the stated text, so a rewrite keeps it with the constraint
    assert out[0].text.startswith("When the user asks about love or romance, include")


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("300", 300), ("1,000", 1000), ("three", 3), ("twenty-five", 25), ("twenty five", 25),
     ("a hundred", 100), ("two hundred and fifty", 250), ("a dozen", 12), ("ninety-nine", 99), ("banana", None)],
)  # fmt: skip
def test_parse_number(text, value):
    assert parse_number(text) == value


# --- the instruction the reverse stage writes decomposes back to what it states -------------------


def test_describe_round_trip():
    """For every registered type (IFBench-derived ones included), describe() of its example and of
    the reversed example decomposes back to exactly that constraint (the design's guarantee 3 for
    rule-decomposed rows). Drawn kwargs: tests/test_decompose_describe_roundtrip.py."""
    b = _bench()
    rows = b.load_describe() + b.load_describe(ifbench=True)
    assert len(rows) >= 150
    for row in rows:
        gold = [(g["id"], g["kwargs"]) for g in row["gold"]]
        got = [(c.id, c.kwargs) for c in rule_decompose(row["messages"])]
        assert got == gold, row["messages"][0].content


# --- precision floors on the labelled sets --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "min_precision", "min_recall", "min_kwargs"),
    [("eval", 0.97, 0.93, 0.97), ("heldout", 0.95, 0.9, 0.95), ("personas", 0.95, 0.9, 0.95),
     ("samples", 0.95, 0.9, 0.95), ("dev", 0.97, 0.95, 0.97)],
)  # fmt: skip
def test_precision_floor(name, min_precision, min_recall, min_kwargs):
    b = _bench()
    loaders = {
        "eval": lambda: b.load_ifeval(ROOT / "tests/data/rewrite_eval.jsonl"),
        "heldout": lambda: b.load_ifeval(ROOT / "tests/data/decompose_heldout.jsonl"),
        "personas": lambda: b.load_canonical(ROOT / "sample_data/personas.jsonl"),
        "samples": b.load_samples,
        "dev": lambda: b.load_ifeval(ROOT / "tests/data/decompose_dev.jsonl", "dev"),
    }
    o = b.evaluate(loaders[name]())["overall"]
    assert o["precision"] >= min_precision, o
    assert o["recall"] >= min_recall, o
    assert o["kwargs_accuracy"] >= min_kwargs, o


def test_exact_set_floor_on_the_dev_split():
    """Per prompt, the whole (id, kwargs) set must come out right on the dev split of
    decompose_dev.jsonl (measured 1.00 when the rules were tuned on it; the untouched test split
    is reported by bench/eval_decompose.py --sets dev_test and is not asserted here)."""
    res = _bench().evaluate(_bench().load_ifeval(ROOT / "tests/data/decompose_dev.jsonl", "dev"))
    assert res["exact_set_rate"] >= 0.95, res["overall"]


def test_llm_quotes_are_located_verbatim_or_rejected():
    from rpo_cli.stages.decompose import locate_quote

    text = "You are Luna. Never use emojis. When the user mentions love, mention Venus."
    for quote, want in [("Never use emojis.", "Never use emojis."), ("never use emojis", "Never use emojis"),
                        ("Never use emojis", "Never use emojis"), ('"mention Venus."', "mention Venus."),
                        ("NEVER USE EMOJIS.", "Never use emojis.")]:  # fmt: skip
        start, end = locate_quote(text, quote)
        assert text[start:end] == want  # the span is the instruction's own text
    for quote in ["Never use emoji at all.", "Do not use emojis.", "", "  ", "Venus", "love,"]:
        assert locate_quote(text, quote) is None or text[slice(*locate_quote(text, quote))] == quote.strip()
    assert locate_quote(text, "Do not use emojis.") is None  # a paraphrase is never accepted
