"""Hand-written prompts (persona: parents, hobbyists, gamers, fans, retirees, event planners)
for rpo's decomposition evaluation; writes data.jsonl and prints stats.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a string, or a list of all statements (first first) when a constraint is stated
more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = (almost) all-lowercase prompt;
  after = requirement given as an afterthought ("oh and", "btw", "P.S."); system = system-prompt style.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 71000  # keys 71001, 71002, ...
E = []


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


NW = "length_constraints:number_words"

# 71001
add(
    "Hi! My daughter Maya is turning 7 next Saturday and we're doing a unicorn-themed party at the "
    "community center from 2 to 4pm. Could you write the invitation text for me? Parents will read it "
    "on a printed card so nothing too long, under 120 words would be ideal. Oh and please leave "
    "[RSVP phone] and [address] as blanks in square brackets so I can fill them in by hand later, "
    "I haven't decided which number to use lol",
    [
        (NW, {"num_words": 120, "relation": LT}, "under 120 words would be ideal"),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "leave [RSVP phone] and [address] as blanks in square brackets"),
    ],
    tags=["polite", "after"],
)
# 71002
add(
    "ok so I'm DMing my first ever D&D one-shot this friday for 4 friends who've never played. I need a "
    "short intro I can read out loud at the table to set the scene: they wake up in a flooded dwarven "
    "mine. second person, present tense. 3 paragraphs exactly, with *** between them so I know where to "
    "pause for dramatic effect. make it spooky but not gory, one of them is squeamish. oh and dont use "
    "the word \"suddenly\" lol, my friend counts every time I say it",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3},
         "3 paragraphs exactly, with *** between them"),
        ("keywords:forbidden_words", {"forbidden_words": ["suddenly"]}, "dont use the word \"suddenly\""),
    ],
    ["second person, present tense.", "make it spooky but not gory"],
    tags=["typo", "after"],
)
# 71003
add(
    "Good morning. I am 72 and have recently taken up growing tomatoes in containers on my balcony. My "
    "grandson set up this computer program for me. Could you kindly explain how often I ought to water "
    "them during a hot spell? I would prefer that you do not use any of those bullet point lists, as I "
    "find them hard to follow. At least 150 words, if you would. (My friend Doris types everything in "
    "capital letters but please don't do that, it feels like shouting.) Thank you kindly.",
    [
        ("format:bullet_points", {"num_bullets": 1, "relation": LT},
         "do not use any of those bullet point lists"),
        (NW, {"num_words": 150, "relation": AL}, "At least 150 words, if you would."),
        ("change_case:not_english_capital", {},
         "My friend Doris types everything in capital letters but please don't do that"),
    ],
    tags=["polite"],
)
# 71004
add(
    "omg ok I need help. my group chat is doing a fan-made 'awards night' for our fave band's album "
    "anniversery and I'm in charge of presenting Best B-Side. can you write me a little announcement "
    "speech?? 4 sentences tops, it's getting read out on discord voice. also it HAS to include the "
    "phrase \"and the golden mic goes to\" bc that's our running joke. btw 3 emojis max, our bot gets "
    "weird with more than that 😭",
    [
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "4 sentences tops"),
        ("keywords:required_phrase", {"phrase": "and the golden mic goes to"},
         "it HAS to include the phrase \"and the golden mic goes to\""),
        ("format:number_emojis", {"num_emojis": 4, "relation": LT}, "3 emojis max"),
    ],
    tags=["after", "typo"],
)
# 71005
add(
    "I'm putting together the rehearsal dinner for my sister's wedding (June 14, about 40 guests, back "
    "room of an Italian place from 6pm). My cousin is building a little web page for the family and "
    "asked me to send her the details as JSON. Could you draft it? Output only the JSON, a single object "
    "with the keys \"date\", \"venue\", \"guest_count\" and \"schedule\". No explanation before or after "
    "please, she's pasting it straight in.",
    [
        ("detectable_format:json_format", {},
         ["Output only the JSON", "No explanation before or after please"]),
        ("format:json_keys", {"keys": ["date", "venue", "guest_count", "schedule"]},
         "a single object with the keys \"date\", \"venue\", \"guest_count\" and \"schedule\""),
    ],
    tags=["polite", "repeat"],
)
# 71006
add(
    "Hello there! I run a small knitting circle at our library (mostly ladies over 60, plus one very "
    "enthusiastic 11-year-old named Theo). I'd like a short welcome blurb for our newsletter. Could you "
    "please write it ALL IN CAPITAL LETTERS? Several of our members have poor eyesight and that's how we "
    "print the newsletter. Somewhere between 60 and 90 words. Oh, and do mention Theo by name, he'll be "
    "thrilled.",
    [
        ("change_case:english_capital", {}, "write it ALL IN CAPITAL LETTERS"),
        ("count:word_count_range", {"min_words": 60, "max_words": 90}, "Somewhere between 60 and 90 words."),
        ("keywords:existence", {"keywords": ["Theo"]}, "do mention Theo by name"),
    ],
    tags=["polite", "caps", "after"],
)
# 71007
add(
    "yo can u write the rules for my minecraft survival server? its me and like 12 friends from school. "
    "gotta be a numbered list, at least eight rules. dont put any links in it, the server plugin messes "
    "up urls. also the very last line has to say exactly \"Have fun and don't grief!\" lol",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "gotta be a numbered list, at least eight rules"),
        ("content:no_urls", {}, "dont put any links in it"),
        ("startend:end_checker", {"end_phrase": "Have fun and don't grief!"},
         "the very last line has to say exactly \"Have fun and don't grief!\""),
    ],
    tags=["lower", "typo"],
)
# 71008
add(
    "My 5 year old asked me why the sky is blue at breakfast and I totally blanked 🙈 Can you give me an "
    "explanation I can read to her at bedtime? Short sentences please, nothing over 12 words each, she "
    "loses interest fast. And maybe end with a question I can ask her back so it's more of a "
    "conversation? P.S. please don't say \"Rayleigh scattering\", she'll repeat it at preschool and her "
    "teacher will think I'm weird",
    [
        ("length:max_words_per_sentence", {"max_words": 12}, "nothing over 12 words each"),
        ("content:end_with_question", {}, "end with a question I can ask her back"),
        ("keywords:forbidden_phrase", {"phrase": "Rayleigh scattering"},
         "please don't say \"Rayleigh scattering\""),
    ],
    tags=["polite", "after"],
)
# 71009
add(
    "I'm writing bits of a memoir for my grandchildren. Would you help me with a passage about my first "
    "day teaching in a one-room schoolhouse in rural Nebraska, September 1974? I'd like it in exactly "
    "four paragraphs with a blank line between each, and the third paragraph should begin with the word "
    "\"Nevertheless\". Please write in the first person as though you were me. It would be lovely if it "
    "ran to at least 400 words. I'm fond of the em dash, so please use at least one.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Nevertheless"},
         "exactly four paragraphs with a blank line between each, and the third paragraph should begin "
         "with the word \"Nevertheless\""),
        (NW, {"num_words": 400, "relation": AL}, "at least 400 words"),
        ("punctuation:use_em_dash", {}, "I'm fond of the em dash, so please use at least one."),
    ],
    ["Please write in the first person as though you were me."],
    tags=["polite"],
)
# 71010
add(
    "Planning our neighbourhood block party for Aug 23rd!! Need the flyer text. Requirements (sorry, "
    "the HOA is picky):\n"
    "1. Title in double angle brackets like <<this>>\n"
    "2. under 100 words\n"
    "3. mention the bouncy castle and the chili cook-off\n"
    "4. no exclamation marks, the HOA president thinks they look \"unprofessional\" 🙄",
    [
        ("detectable_format:title", {}, "Title in double angle brackets like <<this>>"),
        (NW, {"num_words": 100, "relation": LT}, "under 100 words"),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
    ],
    ["mention the bouncy castle and the chili cook-off"],
    tags=["list"],
)
# 71011
add(
    "Ok so I'm obsessed with the Wheel of Time books rn and I'm trying to convince my husband to finally "
    "read them. Could you write me two different pitches, one serious and one totally unhinged, and put "
    "six asterisks (******) between them so I can screenshot each separately? Each pitch 80 words or "
    "less. no spoilers past book 1!! and don't use the word \"epic\", he rolls his eyes every time",
    [
        ("combination:two_responses", {},
         "write me two different pitches, one serious and one totally unhinged, and put six asterisks "
         "(******) between them"),
        ("keywords:forbidden_words", {"forbidden_words": ["epic"]}, "don't use the word \"epic\""),
    ],
    ["Each pitch 80 words or less.", "no spoilers past book 1"],
    tags=["after"],
)
# 71012
add(
    "My wife and I are taking our first cruise this spring, out of Barcelona, and her mother (who only "
    "speaks Spanish) is coming along. Could you write a short note to my mother-in-law explaining the "
    "daily routine on board: breakfast, excursions, dinner at 8? Please write the whole thing in Spanish. "
    "Also, she is old-fashioned, so no emojis or anything like that, and close with \"Con cariño, "
    "Robert\".",
    [
        ("language:response_language", {"language": "es"}, "Please write the whole thing in Spanish."),
        ("format:no_emoji", {}, "no emojis or anything like that"),
        ("startend:end_checker", {"end_phrase": "Con cariño, Robert"}, "close with \"Con cariño, Robert\""),
    ],
    tags=["polite"],
)
# 71013
add(
    "I'm a retired electrician tinkering with an Arduino to automate the vents in my greenhouse. Could "
    "you write me a sketch that opens a servo when the temperature sensor reads above 27°C? Please put "
    "the code in a code block so I can copy it cleanly. Keep the explanation short, under 100 words, I "
    "mostly want the code. And use at least 3 markdown headers (say Wiring, Code, Testing) so I can find "
    "things again later. btw the sensor is a DHT22.",
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the code in a code block"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "use at least 3 markdown headers"),
    ],
    ["Keep the explanation short, under 100 words"],
    tags=["polite", "after"],
)
# 71014
add(
    "We're finally giving our 13 y/o his first phone (god help us). I want to write a family 'phone "
    "contract' he has to sign. Could you draft one as exactly 6 markdown bullet points? Firm but not "
    "preachy please. Oh, and at the end add a postscript starting with P.P.S. instead of P.S., it's an "
    "inside joke in our family, long story.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 6}, "exactly 6 markdown bullet points"),
        ("detectable_content:postscript", {"postscript_marker": "P.P.S."},
         "at the end add a postscript starting with P.P.S."),
    ],
    ["Firm but not preachy please."],
    tags=["polite", "after"],
)
# 71015
add(
    "writing a joke eulogy for my world of warcraft guild's main tank who's quitting after 11 years "
    "(he's fine, he's just getting married lol). we'll read it in guild chat tonight. pls write it all "
    "in lowercase cuz that's the guild vibe, no caps at all. keep it under 200 words. and mention his "
    "character name Thundrak at least twice",
    [
        ("change_case:english_lowercase", {}, ["write it all in lowercase", "no caps at all"]),
        (NW, {"num_words": 200, "relation": LT}, "keep it under 200 words"),
        ("keywords:frequency", {"keyword": "Thundrak", "frequency": 2, "relation": AL},
         "mention his character name Thundrak at least twice"),
    ],
    tags=["lower", "repeat"],
)
# 71016
add(
    "I'm making a scrapbook of every Broadway show I've seen since 1988 (47 of them!!). For the section "
    "dividers I need short catchy captions. Could you give me 10 captions for the Phantom of the Opera "
    "page? Write them in Title Case please. Instead of bullets or numbers, put \"//\" between each one so "
    "I know where to cut with the scissors.",
    [
        ("format:title_case", {}, "Write them in Title Case please."),
        ("format:list", {"sep": "//"}, "Instead of bullets or numbers, put \"//\" between each one"),
    ],
    ["give me 10 captions"],
    tags=["polite"],
)
# 71017
add(
    "Before you answer, please repeat my question back exactly as I typed it, word for word, then give "
    "your answer. My question is: What is the safest way to clean old silver coins without ruining their "
    "value? I inherited my father's collection and I don't want to make an expensive mistake. Keep the "
    "whole reply to five sentences or fewer, please.",
    [
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "What is the safest way to clean old silver coins without ruining their value?"},
         "please repeat my question back exactly as I typed it, word for word, then give your answer"),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT},
         "Keep the whole reply to five sentences or fewer, please."),
    ],
    tags=["polite"],
)
# 71018
add(
    "I have 3 kids (4, 7 and 10) and every single one of them is a picky eater in a DIFFERENT way. can "
    "you help me come up with a week of dinners that might work for all of them? please highlight at "
    "least 4 of the 'sneaky veggie' tricks in markdown italics like *this* so my husband actually notices "
    "them when he cooks. make them all vegetarian btw. Oh and no more then 350 words, I'm reading this on "
    "my phone in the school pickup line",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 4},
         "highlight at least 4 of the 'sneaky veggie' tricks in markdown italics like *this*"),
        (NW, {"num_words": 351, "relation": LT}, "no more then 350 words"),
    ],
    ["make them all vegetarian btw"],
    tags=["after", "typo"],
)
# 71019
add(
    "Quick one for a Pokémon nerd: is Garchomp still worth using in a casual in-game playthrough of "
    "Scarlet? Just answer yes, no, or maybe. nothing else!! my buddy and I have a bet going and I'm "
    "screenshotting whatever you say lol",
    [
        ("format:options", {"options": "yes/no/maybe"}, "Just answer yes, no, or maybe."),
    ],
    tags=[],
)
# 71020
add(
    "My book club (all retirees, we meet Thursdays at the library) is having a heated argument about "
    "whether it's ever okay to read the last page of a novel first. Please settle it for us! Answer with "
    "one of these exactly: \"My answer is yes.\", \"My answer is no.\", or \"My answer is maybe.\" Nothing "
    "added, or Margaret will find a loophole.",
    [
        ("detectable_format:constrained_response", {},
         "Answer with one of these exactly: \"My answer is yes.\", \"My answer is no.\", or \"My answer "
         "is maybe.\""),
    ],
    tags=["polite"],
)
# 71021
add(
    "Hosting a baby shower for my best friend next month (she's having twins!!). Could you write an "
    "Instagram caption for the invite post? Make it sweet, stick at least 3 hashtags at the end, and keep "
    "the whole caption under 40 words. An emoji or two would be cute. Oh and she HATES the word \"bump\" "
    "so please avoid that one 😂",
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "stick at least 3 hashtags at the end"),
        (NW, {"num_words": 40, "relation": LT}, "keep the whole caption under 40 words"),
        ("format:use_emoji", {}, "An emoji or two would be cute."),
        ("keywords:forbidden_words", {"forbidden_words": ["bump"]},
         "she HATES the word \"bump\" so please avoid that one"),
    ],
    ["Make it sweet"],
    tags=["polite", "after"],
)
# 71022
add(
    "Dear assistant, I volunteer as a docent at our county historical museum and give a talk on the great "
    "flood of 1927 to visiting school groups. Would you kindly prepare 300-to-400-word speaking notes for "
    "me, divided into 3 sections headed \"PART 1\", \"PART 2\" and \"PART 3\"? Please pitch it at about a "
    "ten-year-old's level. Many thanks.",
    [
        ("count:word_count_range", {"min_words": 300, "max_words": 400}, "300-to-400-word speaking notes"),
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 3},
         "divided into 3 sections headed \"PART 1\", \"PART 2\" and \"PART 3\""),
    ],
    ["Please pitch it at about a ten-year-old's level."],
    tags=["polite", "insent"],
)
# 71023
add(
    "can you write a text i can send the other parents about saturday's sleepover? pickup is 10am "
    "sunday, kids need sleeping bags + a pillow, my address is on the class list. it has to fit in one "
    "SMS so under 160 characters. and no emoji please, half of them apparently still have flip phones lol",
    [
        ("length:number_characters", {"num_chars": 160, "relation": LT}, "under 160 characters"),
        ("format:no_emoji", {}, "no emoji please"),
    ],
    tags=["lower", "after"],
)
# 71024
add(
    "I'm a huge fan of a French YouTuber who does bread baking videos and I want to leave her a comment "
    "thanking her, honestly her videos got me through lockdown. My French is terrible though. Could you "
    "write it in French for me? Like 2-3 sentences. And please don't make it sound like a bot wrote it, "
    "so definitely don't tag it with any #hashtags.",
    [
        ("language:response_language", {"language": "fr"}, "Could you write it in French for me?"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "don't tag it with any #hashtags"),
    ],
    ["Like 2-3 sentences.", "please don't make it sound like a bot wrote it"],
    tags=["polite"],
)
# 71025
add(
    "I speedrun Celeste and I'm writing a beginner route guide for chapter 1 for my discord. Could you "
    "draft the steps as a numbered list, 10 steps or fewer? Also I personally can't stand em dashes (—), "
    "everyone in my server thinks they scream AI, so leave those out please. End with the line \"GLHF!\"",
    [
        ("format:numbered_list", {"num_items": 11, "relation": LT},
         "draft the steps as a numbered list, 10 steps or fewer"),
        ("punctuation:no_em_dash", {},
         "I personally can't stand em dashes (—), everyone in my server thinks they scream AI, so leave "
         "those out please"),
        ("startend:end_checker", {"end_phrase": "GLHF!"}, "End with the line \"GLHF!\""),
    ],
    tags=["polite", "insent"],
)
# 71026
add(
    "We're driving to Florida tomorrow (14 hours, 3 kids, pray for me) and my oldest made up a game called "
    "Chain Story: the last word of each sentence has to be the first word of the next sentence. Could you "
    "write a sample chain story about a dog who wants to go to Disney World so the little ones get how it "
    "works? 8 sentences max though, they lose interest. Oh and name the dog Biscuit lol",
    [
        ("words:last_first", {},
         "the last word of each sentence has to be the first word of the next sentence"),
        ("length_constraints:number_sentences", {"num_sentences": 9, "relation": LT}, "8 sentences max though"),
    ],
    ["name the dog Biscuit"],
    tags=["after"],
)
# 71027
add(
    "I support a tiny non-league football club (Dulwich Hamlet, up the Hamlet!) and want a new terrace "
    "chant. Short, punchy, easy to shout after a few pints. Must include the word \"pink\" because of our "
    "kit. Also, and this is important, NO COMMAS AT ALL, the printer that does our chant sheets breaks "
    "lines at commas. Seriously. Zero commas.",
    [
        ("keywords:existence", {"keywords": ["pink"]}, "Must include the word \"pink\""),
        ("punctuation:no_comma", {}, ["NO COMMAS AT ALL", "Zero commas"]),
    ],
    ["Short, punchy, easy to shout after a few pints."],
    tags=["caps", "repeat"],
)
# 71028
add(
    "You are the friendly helper for the Maple Grove Garden Club's annual plant swap. Always answer in a "
    "warm, welcoming tone. Never use more than 100 words. Never include web links. Always sign off with "
    "\"Happy growing! 🌱\"\n\nFirst question from a member: what time does the swap start, and can I "
    "bring cuttings in water jars?",
    [
        (NW, {"num_words": 101, "relation": LT}, "Never use more than 100 words."),
        ("content:no_urls", {}, "Never include web links."),
        ("startend:end_checker", {"end_phrase": "Happy growing! 🌱"}, "Always sign off with \"Happy growing! 🌱\""),
    ],
    ["Always answer in a warm, welcoming tone."],
    tags=["system"],
)
# 71029
add(
    "hey!! i'm starting a small twitch channel (cozy games, stardew, animal crossing) and want a little "
    "welcome message the chat bot posts when ppl join. start it with \"Welcome to the Burrow\" and end "
    "every sentence with an emoji pls, that's kind of my brand. also dont forget at least one exclamation "
    "mark, i want it to feel excited",
    [
        ("startend:start_phrase", {"start_phrase": "Welcome to the Burrow"}, "start it with \"Welcome to the Burrow\""),
        ("format:emoji", {}, "end every sentence with an emoji"),
        ("punctuation:use_exclamation", {}, "dont forget at least one exclamation mark"),
    ],
    tags=["lower", "typo"],
)
# 71030
add(
    "I need to email my son's 4th grade teacher about some kids who keep taking his lunch. I'm really "
    "upset but I don't want to come across as angry. Could you help me write it? Please don't end the "
    "email with a question, I want it clear that I'm expecting action, not asking permission. Keep it to "
    "under 180 words. And no P.S. at the bottom, I always do that and my husband says it looks "
    "scatterbrained.",
    [
        ("content:not_end_with_question", {}, "Please don't end the email with a question"),
        (NW, {"num_words": 180, "relation": LT}, "Keep it to under 180 words."),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. at the bottom"),
    ],
    ["I don't want to come across as angry"],
    tags=["polite", "after"],
)
# 71031
add(
    "For our 50th wedding anniversary I'd like to print a short poem inside the card for my wife, Eleanor. "
    "The card software I use needs the text wrapped in double quotation marks, so please put the entire "
    "poem inside \"double quotes\". Please include her name and the word \"garden\" (we met at the "
    "botanical garden in 1975). Not too long either, 12 lines at most.",
    [
        ("startend:quotation", {}, "please put the entire poem inside \"double quotes\""),
        ("keywords:existence", {"keywords": ["Eleanor", "garden"]},
         "Please include her name and the word \"garden\""),
        ("length:number_lines", {"num_lines": 13, "relation": LT}, "12 lines at most"),
    ],
    tags=["polite"],
)
# 71032
add(
    "Got a new 20 gallon tank for my cichlids and the waters been cloudy for 3 days straight. Whats going "
    "on and what should I do?? give me the steps as bullets, five bullets max. dont want a wall of text "
    "haha. also no need for headers or any of that",
    [
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "five bullets max"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "no need for headers"),
    ],
    ["dont want a wall of text"],
    tags=["typo", "after"],
)
# 71033
add(
    "I'm writing a review of Frieren for my little anime blog (like 30 readers lol). Can you help me with "
    "the intro paragraph? Please write her name in katakana (フリーレン) somewhere, it looks cool. "
    "100–150 words is the sweet spot. btw steer clear of the word \"masterpiece\", every single review "
    "says that",
    [
        ("language:use_script", {"script": "kana"}, "write her name in katakana (フリーレン) somewhere"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "100–150 words is the sweet spot."),
        ("keywords:forbidden_words", {"forbidden_words": ["masterpiece"]},
         "steer clear of the word \"masterpiece\""),
    ],
    tags=["after"],
)
# 71034
add(
    "Could you write a bedtime story about a hedgehog who is scared of the dark? My twins (age 4) are "
    "obsessed with hedgehogs. It should be 300 words minimum because they always beg for 'more more "
    "more', and please split it into exactly 5 paragraphs with *** between each so I can stop for "
    "questions. Make the hedgehog's name Pip.",
    [
        (NW, {"num_words": 300, "relation": AL}, "It should be 300 words minimum"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 5},
         "split it into exactly 5 paragraphs with *** between each"),
    ],
    ["Make the hedgehog's name Pip."],
    tags=["polite"],
)
# 71035
add(
    "I'm the volunteer coordinator for our school's spring gala (we raised $14,200!!). Could you write a "
    "sub-150-word thank-you email to our volunteers? Last time I used AI it gave me a template full of "
    "[Name] and [Date] brackets and I accidentally sent it out like that 🤦‍♀️ so please, no "
    "square-bracket placeholders at all. Just write it as if it's from 'Dana, Volunteer Coordinator'.",
    [
        (NW, {"num_words": 150, "relation": LT}, "a sub-150-word thank-you email"),
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1},
         "no square-bracket placeholders at all"),
    ],
    ["Just write it as if it's from 'Dana, Volunteer Coordinator'."],
    tags=["insent", "polite"],
)
# 71036
add(
    "need an elden ring strength build for NG+, I'm level 150ish and I love big hammers. format it as "
    "bullet points using * and under each one put at least one sub-point with - so i can collapse them in "
    "my notes app. no intro paragraph, straight into it. keep it below 250 words",
    [
        ("format:sub-bullets", {},
         "format it as bullet points using * and under each one put at least one sub-point with -"),
        (NW, {"num_words": 250, "relation": LT}, "keep it below 250 words"),
    ],
    ["no intro paragraph, straight into it"],
    tags=[],
)
# 71037
add(
    "My late mother's apple cake recipe was never writen down, it lived in her head, and I've been trying "
    "to recreate it. What I remember: grated apples, lots of cinnamon, a buttery crumble top, baked in a "
    "square tin. Could you write out a likely recipe? Please give the method as a numbered list of at "
    "least 6 steps, and use grams rather than cups (I'm in England). No headings please. And no bold or italic "
    "text either, it prints oddly on my old printer.",
    [
        ("format:numbered_list", {"num_items": 6, "relation": AL},
         "give the method as a numbered list of at least 6 steps"),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "No headings please."),
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "no bold or italic text either"),
    ],
    ["use grams rather than cups"],
    tags=["polite", "typo"],
)
# 71038
add(
    "Taking the fam (2 adults, 3 kids, 1 grandma with a bad hip) to Yellowstone for 4 days in July. can u "
    "plan the itinerary? label each day as Day 1, Day 2 etc so 4 sections total. grandma cant do long "
    "hikes so keep walks short. also pls mention Old Faithful by name lol the kids will riot otherwise",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 4},
         "label each day as Day 1, Day 2 etc so 4 sections total"),
        ("keywords:required_phrase", {"phrase": "Old Faithful"}, "pls mention Old Faithful by name"),
    ],
    ["grandma cant do long hikes so keep walks short"],
    tags=["typo", "after"],
)
# 71039
add(
    "I'm entering a fan poetry contest in the Hollow Knight community. The contest rules: no word can "
    "appear more than 3 times in the whole poem (yes, even little words like 'the'), it has to be under "
    "eighty words, and it must open with the word \"Silence\". Can you help me write one about the Knight "
    "descending into the Abyss?",
    [
        ("words:repeats", {"small_n": 3}, "no word can appear more than 3 times in the whole poem"),
        (NW, {"num_words": 80, "relation": LT}, "it has to be under eighty words"),
        ("startend:start_phrase", {"start_phrase": "Silence"}, "it must open with the word \"Silence\""),
    ],
    tags=[],
)
# 71040
add(
    "I just bought my first DSLR (a seconhand Canon) and mostly want to photograph my dogs running at the "
    "park, but everything comes out blurry. What settings should I change? Please keep it really simple, "
    "I'm not techy at all. Under 200 words would be great. And could you end by asking me something about "
    "my setup so we can keep troubleshooting?",
    [
        (NW, {"num_words": 200, "relation": LT}, "Under 200 words would be great."),
        ("content:end_with_question", {}, "end by asking me something about my setup"),
    ],
    ["Please keep it really simple, I'm not techy at all."],
    tags=["polite", "typo"],
)
# 71041
add(
    "I'm maid of honor for my college roommate and the speech is in 9 days and I have NOTHING. Her name is "
    "Priya, the groom is Marcus, they met at a trivia night on rival teams lol. Can you write me a 2-3 "
    "minute speech, so 300-400 words? Please don't start with \"For those who don't know me\", literally "
    "every speech starts like that. And work the phrase \"final answer\" in somewhere since, you know, "
    "trivia.",
    [
        ("count:word_count_range", {"min_words": 300, "max_words": 400}, "300-400 words"),
        ("startend:not_start_phrase", {"start_phrase": "For those who don't know me"},
         "Please don't start with \"For those who don't know me\""),
        ("keywords:required_phrase", {"phrase": "final answer"},
         "work the phrase \"final answer\" in somewhere"),
    ],
    tags=["polite", "insent"],
)
# 71042
add(
    "My daughter married a Dutchman and my two grandchildren live in Utrecht. I'm learning Dutch but very "
    "slowly! Could you help me write a birthday message for my grandson Sem, who turns 9? Write it in "
    "Dutch please, and no English translation afterwards, I'd like to try reading it myself first. Fewer "
    "than 60 words, and include the word \"opa\" since that's what he calls me.",
    [
        ("language:response_language", {"language": "nl"},
         ["Write it in Dutch please", "no English translation afterwards"]),
        (NW, {"num_words": 60, "relation": LT}, "Fewer than 60 words"),
        ("keywords:existence", {"keywords": ["opa"]}, "include the word \"opa\""),
    ],
    tags=["polite", "repeat"],
)
# 71043
add(
    "I mod the Discord for a indie horror game and need to announce that the next update is delayed by two "
    "weeks. ppl are gonna be mad. write it calm and apologetic, and don't use caps lock words more than "
    "twice (the last announcement had like 10 and everyone said it felt like yelling). Oh and add a TL;DR "
    "at the top. max 150 words.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT},
         "don't use caps lock words more than twice"),
        (NW, {"num_words": 151, "relation": LT}, "max 150 words."),
    ],
    ["write it calm and apologetic", "add a TL;DR at the top"],
    tags=["typo", "after"],
)
# 71044
add(
    "My 10 year old has to write a paragraph about volcanoes for school and she's stuck on how to start. "
    "Could you write an example paragraph she can learn from (NOT copy, I'll make sure lol)? Per her "
    "teacher's rubric it needs 6 or more sentences, and the first sentence has to include the word "
    "\"magma\". Use easy words please.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": AL}, "it needs 6 or more sentences"),
        ("sentence:keyword", {"word": "magma", "N": 1}, "the first sentence has to include the word \"magma\""),
    ],
    ["Use easy words please."],
    tags=["polite"],
)
# 71045
add(
    "Throwing a Eurovision watch party for 15 people on May 17!! I want a scorecard plus a snack-based "
    "drinking game sheet (nothing alcoholic, half the group is sober). Please format it in Markdown cause "
    "I'm pasting it into Notion, with at least 2 headings. And include the word \"douze\" somewhere "
    "obviously 🇫🇷😂",
    [
        ("format:use_markdown", {}, "Please format it in Markdown"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "with at least 2 headings"),
        ("keywords:existence", {"keywords": ["douze"]}, "include the word \"douze\" somewhere"),
    ],
    ["nothing alcoholic"],
    tags=["after"],
)
# 71046
add(
    "I need to write to my local council about bus route 14 being cut, which has left many of us seniors "
    "in Hollowbrook with no way to get to the shops. Could you draft a firm but courteous letter? I'll be "
    "pasting it into a plain email, so plain text only please: no asterisks, no pound signs, no "
    "formatting of any kind. Somewhere around 250 words. Please sign it off with \"Yours faithfully, "
    "Margaret Hale\".",
    [
        ("format:no_markdown", {},
         "plain text only please: no asterisks, no pound signs, no formatting of any kind"),
        ("startend:end_checker", {"end_phrase": "Yours faithfully, Margaret Hale"},
         "sign it off with \"Yours faithfully, Margaret Hale\""),
    ],
    ["firm but courteous", "Somewhere around 250 words."],
    tags=["polite"],
)
# 71047
add(
    "I collect N-gauge model trains and want to get into weathering my rolling stock (making it look grimy "
    "and used). Where should a complete beginner start? Please include at least one link to a good "
    "tutorial or shop so I can read further. About three short paragraphs would suit me. And could you "
    "skip the little picture symbols (emojis)? I'm 68 and don't know what half of them mean.",
    [
        ("content:include_url", {}, "include at least one link to a good tutorial or shop"),
        ("format:no_emoji", {}, "could you skip the little picture symbols (emojis)"),
    ],
    ["About three short paragraphs would suit me."],
    tags=["polite"],
)
# 71048
add(
    "my valorant 5-stack needs a team name for a local lan tournament. give me your single best idea plus "
    "a one line reason why. whole reply under 200 characters pls, i'm reading it out to the squad on "
    "voice. no hashtags, not a tweet lol",
    [
        ("length:number_characters", {"num_chars": 200, "relation": LT}, "whole reply under 200 characters"),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
    ],
    ["give me your single best idea plus a one line reason why"],
    tags=["lower"],
)
# 71049
add(
    "ok my son's 6th bday is a pirate party and I need backyard games. exactly 5 bullet points pls, one "
    "game each. and no capital letters anywhere, it's going on a chalkboard sign and my handwritten caps "
    "look awful",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "exactly 5 bullet points pls"),
        ("change_case:english_lowercase", {}, "no capital letters anywhere"),
    ],
    ["one game each"],
    tags=["typo"],
)
# 71050
add(
    "Every spring I keep a little journal of the birds that visit my feeder. This year I spotted a "
    "rose-breasted grosbeak for the first time in 20 years! Would you help me write a journal entry about "
    "it? I like the bird names to stand out, so please mark at least two of them with asterisks like "
    "*this*. And add a P.S. at the end about what seed I should buy to tempt it back.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "please mark at least two of them with asterisks like *this*"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S. at the end"),
    ],
    ["about what seed I should buy to tempt it back"],
    tags=["polite"],
)
# 71051
add(
    "I co-host a tiny Eagles fan podcast (Birds of a Feather, 40ish listeners, mostly our dads lol). Need "
    "a fresh 30-second intro script for next season. Keep it 60–80 words so it fits. It's gotta use the "
    "word \"fly\" at least three times, because Fly Eagles Fly, obviously.\n"
    "P.S. please don't name any players, rosters change too fast",
    [
        ("count:word_count_range", {"min_words": 60, "max_words": 80}, "Keep it 60–80 words"),
        ("keywords:frequency", {"keyword": "fly", "frequency": 3, "relation": AL},
         "It's gotta use the word \"fly\" at least three times"),
    ],
    ["please don't name any players"],
    tags=["after"],
)
# 71052
add(
    "Writing the welcome letter for our family reunion (the Okafor reunion, 3rd year running, ~80 people, "
    "Lake Anna campground). I'd like 3 paragraphs, blank line between them. Start the 2nd paragraph with "
    "\"This\" and please give it a title in double angle brackets, e.g. <<Welcome Home>>. thx!",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 3, "nth_paragraph": 2, "first_word": "This"},
         "I'd like 3 paragraphs, blank line between them. Start the 2nd paragraph with \"This\""),
        ("detectable_format:title", {}, "give it a title in double angle brackets"),
    ],
    tags=["polite"],
)
# 71053
add(
    "Our tiny 2-person studio is launching our first game (a cozy fishing roguelike, don't ask) on Steam "
    "next Tuesday!! Can you write the anouncement tweet? Actually, give me 2 different options separated "
    "by ****** so I can show my cofounder. Each one needs #indiedev in it and has to stay under 280 "
    "characters. p.s. ban the word \"excited\" please, every launch tweet uses it",
    [
        ("combination:two_responses", {}, "give me 2 different options separated by ******"),
        ("keywords:forbidden_words", {"forbidden_words": ["excited"]}, "ban the word \"excited\" please"),
    ],
    ["Each one needs #indiedev in it and has to stay under 280 characters."],
    tags=["after", "typo"],
)
# 71054
add(
    "I'm cataloguing my vinyl records (about 600, mostly 70s soul and jazz) in a spreadsheet app that can "
    "import JSON. Could you show me what one entry would look like for Marvin Gaye's What's Going On? "
    "Only give me the JSON, wrapped in a code block is fine. Keys I want: artist, title, year, label, "
    "condition.",
    [
        ("detectable_format:json_format", {}, "Only give me the JSON"),
        ("format:json_keys", {"keys": ["artist", "title", "year", "label", "condition"]},
         "Keys I want: artist, title, year, label, condition."),
    ],
    tags=[],
)
# 71055
add(
    "My crossword club has a silly monthly challenge: write a short paragraph with NO letter \"e\" in it at "
    "all (a lipogram). This month's theme is autumn. Could you give it a go? It should be 50 words or "
    "more, which is harder than it sounds lol.",
    [
        ("keywords:letter_frequency", {"letter": "e", "let_frequency": 1, "let_relation": LT},
         "NO letter \"e\" in it at all"),
        (NW, {"num_words": 50, "relation": AL}, "It should be 50 words or more"),
    ],
    ["This month's theme is autumn."],
    tags=["caps"],
)
# 71056
add(
    "My grandchildren keep asking me to FaceTime them, but I've only ever used the iPad for solitaire. "
    "Could you explain step by step how to call them? Number the steps please, and no more than 7 of them "
    "or I'll get lost. Long words confuse me so keep it simple. Finish with \"You've got this, Grandma!\" "
    "because my granddaughter said that would make me smile.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": LT},
         "Number the steps please, and no more than 7 of them"),
        ("startend:end_checker", {"end_phrase": "You've got this, Grandma!"},
         "Finish with \"You've got this, Grandma!\""),
    ],
    ["Long words confuse me so keep it simple."],
    tags=["polite"],
)
# 71057
add(
    "been playing hades 2 nonstop and wanna make a little cheat sheet of which olympian boons go best with "
    "the staff. can you write the god names in greek letters too, next to the english (like Ζεύς)? keep it "
    "to 150 words or less. bullet points are fine but no more than 8 of them",
    [
        ("language:use_script", {"script": "greek"}, "write the god names in greek letters too"),
        (NW, {"num_words": 151, "relation": LT}, "keep it to 150 words or less"),
        ("format:bullet_points", {"num_bullets": 9, "relation": LT},
         "bullet points are fine but no more than 8 of them"),
    ],
    tags=["lower"],
)
# 71058
add(
    "I'm planning a small memorial gathering for my husband Walt, who passed in March. He taught high "
    "school shop for 31 years and loved fishing. Could you help me write a short welcome I can read at the "
    "start? Please split it into at least 3 paragraphs with a blank line between them, I read more easily "
    "that way. Nothing overly religious, and no exclamation points please. Thank you, this is hard.",
    [
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "split it into at least 3 paragraphs with a blank line between them"),
        ("punctuation:no_exclamation", {}, "no exclamation points please"),
    ],
    ["Nothing overly religious"],
    tags=["polite"],
)
# 71059
add(
    "fantasy football trade q: I'd give up my RB1 (Bijan) for their WR1 plus a flex guy. good idea or nah? "
    "please use exactly this format so I can paste it into our league chat:\n"
    "Verdict: [accept/decline]\n"
    "Reason: [one sentence]\n"
    "Confidence: [1-10]\n"
    "30 words tops. and zero exclamation points, my league mates will say I'm gloating",
    [
        (NW, {"num_words": 31, "relation": LT}, "30 words tops"),
        ("punctuation:no_exclamation", {}, "zero exclamation points"),
    ],
    ["please use exactly this format"],
    tags=["list"],
)
# 71060
add(
    "My 5-year-old wants to 'write' a letter to Santa but she can't really write yet, so she dictated it to "
    "me and it's... a lot. Could you turn it into a short, sweet, under-90-word letter in her voice? Her "
    "list: a purple bike, a kitten (we are NOT getting a kitten), and 'snow for the whole world'. Include "
    "the word \"please\" atleast twice because she's very polite 😊, and sign it \"Love, Ruby (age 5)\".",
    [
        (NW, {"num_words": 90, "relation": LT}, "under-90-word letter"),
        ("keywords:frequency", {"keyword": "please", "frequency": 2, "relation": AL},
         "Include the word \"please\" atleast twice"),
        ("startend:end_checker", {"end_phrase": "Love, Ruby (age 5)"}, "sign it \"Love, Ruby (age 5)\""),
    ],
    ["in her voice"],
    tags=["insent", "typo"],
)
# 71061
add(
    "Signed up for my first half marathon (Oct 12th, I'm 45 and I've been running for about 6 months). "
    "Could you give me a rough 10-week training plan? Please **bold** at least 3 of the most important "
    "rules so they stand out. I was going to ask for a table but nah, just lay it out as Week 1, Week 2, "
    "and so on, as sections.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 3},
         "Please **bold** at least 3 of the most important rules"),
        ("detectable_format:multiple_sections", {"section_spliter": "Week", "num_sections": 10},
         "just lay it out as Week 1, Week 2, and so on, as sections"),
    ],
    tags=["polite"],
)
# 71062
add(
    "Planning my avó's 80th birthday party in São Paulo next month! Most of the family only speaks "
    "Portuguese. Could you write a short toast I can give? In Brazilian Portuguese please. Around 100 "
    "words. Also it'd be nice if it ended with \"Parabéns, vovó!\"",
    [
        ("language:response_language", {"language": "pt"}, "In Brazilian Portuguese please."),
        ("startend:end_checker", {"end_phrase": "Parabéns, vovó!"}, "it'd be nice if it ended with \"Parabéns, vovó!\""),
    ],
    ["Around 100 words."],
    tags=["polite"],
)
# 71063
add(
    "going to my first kpop fan meeting in Seoul in november!! can you teach me 10 basic korean phrases "
    "that'd be useful there? romanized only please, no hangul at all since I can't read it yet. less than "
    "250 words pls. and a lil tip at the end starting with P.S. would be cute",
    [
        ("language:no_script", {"script": "hangul"}, ["romanized only please", "no hangul at all"]),
        (NW, {"num_words": 250, "relation": LT}, "less than 250 words pls"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."},
         "a lil tip at the end starting with P.S."),
    ],
    ["teach me 10 basic korean phrases"],
    tags=["repeat", "polite", "after"],
)
# 71064
add(
    "Please don't end with \"Let me know if you have any other questions!\" Every chatbot does that and it "
    "drives me up the wall. Now, my question: what's the difference between a Medicare Part D plan and a "
    "Medicare Advantage plan with drug coverage? I turned 65 in May. Two hundred words at the very most, "
    "and no bullet points.",
    [
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any other questions!"},
         "Please don't end with \"Let me know if you have any other questions!\""),
        (NW, {"num_words": 201, "relation": LT}, "Two hundred words at the very most"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
    ],
    tags=["polite"],
)
# 71065
add(
    "Garage sale this Saturday 8am-1pm at 42 Birch Lane: tons of baby stuff, a treadmill, and my husband's "
    "'vintage' fishing gear that he swore he'd finally sell. I need the text for the cardboard signs. ALL "
    "CAPS SO PEOPLE CAN READ IT FROM THE CAR. 25 WORDS MAX. Make sure the word \"FREE\" is on there too "
    "(we have a free box).",
    [
        ("change_case:english_capital", {}, "ALL CAPS SO PEOPLE CAN READ IT FROM THE CAR."),
        (NW, {"num_words": 26, "relation": LT}, "25 WORDS MAX."),
        ("keywords:existence", {"keywords": ["FREE"]}, "Make sure the word \"FREE\" is on there too"),
    ],
    tags=["caps"],
)
# 71066
add(
    "Hi! Amateur beekeeper here (2 hives, year 3). I'm giving a 5-minute talk at the farmers market about "
    "why people shouldn't spray their dandelions. Could you give me speaking notes? 10 lines or fewer, "
    "I'll put them on one index card. And please get the word \"pollinator\" in there at least twice. "
    "thank you!! 🐝",
    [
        ("length:number_lines", {"num_lines": 11, "relation": LT}, "10 lines or fewer"),
        ("keywords:frequency", {"keyword": "pollinator", "frequency": 2, "relation": AL},
         "please get the word \"pollinator\" in there at least twice"),
    ],
    tags=["polite"],
)
# 71067
add(
    "Could you (yes you!) write a recap of the Doctor Who episode 'Blink' for our fan club newsletter? "
    "Members who haven't seen it skip the recaps, so spoilers are fine. Format rules from our editor:\n"
    "- four paragraphs, divided by three asterisks (***)\n"
    "- 200-250 words total\n"
    "- no first person",
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 4},
         "four paragraphs, divided by three asterisks (***)"),
        ("count:word_count_range", {"min_words": 200, "max_words": 250}, "200-250 words total"),
    ],
    ["no first person"],
    tags=["list", "polite"],
)
# 71068
add(
    "writing a lore entry for my homebrew hollow-earth survival game. the in-game journal font doesnt have "
    "capital letters or commas (yes really, indie dev life) so: lowercase only, no commas. its a diary page "
    "from a miner who got lost down there. 8 sentences or more pls",
    [
        ("change_case:english_lowercase", {}, "lowercase only"),
        ("punctuation:no_comma", {}, "no commas"),
        ("length_constraints:number_sentences", {"num_sentences": 8, "relation": AL}, "8 sentences or more pls"),
    ],
    tags=["lower", "typo"],
)
# 71069
add(
    "Organising our 20-year high school reunion (class of 2005, Westfield High). Need a save-the-date email "
    "template the other 3 organisers can reuse. Put square-bracket placeholders for stuff we haven't "
    "decided, like [venue] and [ticket price], at least 3 of them. Give it a title wrapped in << >>. "
    "Please cap it at 130 words and mention that plus-ones are welcome.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "Put square-bracket placeholders for stuff we haven't decided, like [venue] and [ticket price], "
         "at least 3 of them"),
        ("detectable_format:title", {}, "Give it a title wrapped in << >>"),
        (NW, {"num_words": 131, "relation": LT}, "cap it at 130 words"),
    ],
    ["mention that plus-ones are welcome"],
    tags=["polite"],
)
# 71070
add(
    "Retired chemistry teacher here, so humour me. My neighbour insists that dangling a silver spoon in an "
    "open champagne bottle keeps it fizzy. Is there any truth to it? Don't start with \"Great question\" "
    "please, I'm not a child. Answer in no more than four sentences, and don't give me a bulleted list.",
    [
        ("startend:not_start_phrase", {"start_phrase": "Great question"}, "Don't start with \"Great question\""),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT},
         "Answer in no more than four sentences"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "don't give me a bulleted list"),
    ],
    tags=["polite"],
)


# IFEval's 25 instruction ids (families change_case, combination, detectable_content,
# detectable_format, keywords, language, length_constraints, punctuation:no_comma, startend).
IFEVAL25 = {
    "change_case:capital_word_frequency", "change_case:english_capital", "change_case:english_lowercase",
    "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency",
    "language:response_language", "length_constraints:nth_paragraph_first_word",
    "length_constraints:number_paragraphs", "length_constraints:number_sentences",
    "length_constraints:number_words", "punctuation:no_comma", "startend:end_checker", "startend:quotation",
}


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"]: t for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i + 1
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            if isinstance(exp, list):
                assert len(exp) >= 2, (key, exp)
                assert prompt.index(exp[0]) < prompt.index(exp[1]), (key, exp)
            for e in exps:
                assert e in prompt, (key, e)
            if types is not None:
                assert cid in types, (key, cid)
                assert set(kw) == set(types[cid]["kwargs"]), (key, cid, kw)
            ids[cid] += 1
        assert len({c[0] for c in cons}) == len(cons), key
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
    ifeval = sum(v for k, v in ids.items() if k in IFEVAL25)
    print("prompts", len(E), "constraints", total, "ifeval25", ifeval, f"({100 * ifeval / total:.0f}%)")
    print("distinct ids", len(ids))
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(sorted(tags.items())))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "after", "system"]:
        print(t, [KEY_BASE + i + 1 for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
