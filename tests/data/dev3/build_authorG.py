"""Hand-written prompts (authorG, dev3) for rpo's decomposition; writes data.jsonl and prints stats.

Persona: people in marketing, e-commerce, travel, hospitality, real estate and local news.

Each entry: (prompt, [(id, kwargs, expected)], [untyped substrings], tags).
`expected` is a plain string, or a list of all statements (first one first) when the prompt
states the same constraint more than once.
Tags (for README counts only, not written to the JSONL):
  insent = a constraint stated inside the task sentence; repeat = a constraint stated twice;
  list = requirements given as a bullet/numbered list; polite = indirect/polite form;
  typo = misspellings; caps = ALL-CAPS instruction text; lower = all-lowercase prompt;
  system = system-prompt style; ps = a constraint given in a P.S. of the prompt;
  terse = fragment-style constraints; multi = multi-paragraph prompt;
  before = a constraint stated before the task.
"""

import json
import sys
from collections import Counter
from pathlib import Path

LT, AL = "less than", "at least"
KEY_BASE = 61001  # key base 61000; keys 61001, 61002, ...
E = []

IFEVAL_FAMILIES = {
    "change_case", "combination", "detectable_content", "detectable_format", "keywords",
    "language", "length_constraints", "punctuation:no_comma", "startend",
}
IFEVAL_25 = {
    "change_case:capital_word_frequency", "change_case:english_capital",
    "change_case:english_lowercase", "combination:repeat_prompt", "combination:two_responses",
    "detectable_content:number_placeholders", "detectable_content:postscript",
    "detectable_format:constrained_response", "detectable_format:json_format",
    "detectable_format:multiple_sections", "detectable_format:number_bullet_lists",
    "detectable_format:number_highlighted_sections", "detectable_format:title",
    "keywords:existence", "keywords:forbidden_words", "keywords:frequency",
    "keywords:letter_frequency", "language:response_language",
    "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
    "length_constraints:number_sentences", "length_constraints:number_words",
    "punctuation:no_comma", "startend:end_checker", "startend:quotation",
}


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1
add(
    "Need a listing description for a 3-bed craftsman bungalow on Alder St. Original hardwood "
    "floors, new roof in 2022, detached garage converted into a studio. Keep it under 180 words "
    "and please don't open with \"Nestled\" (every agent in this town does that). Mention that "
    "it's a 5-minute walk to the Saturday farmers market.",
    [
        ("length_constraints:number_words", {"num_words": 180, "relation": LT}, "Keep it under 180 words"),
        ("startend:not_start_phrase", {"start_phrase": "Nestled"}, "please don't open with \"Nestled\""),
    ],
    ["Mention that it's a 5-minute walk to the Saturday farmers market."],
)
# 2
add(
    "You are the guest-relations assistant for the Saltmarsh Hotel. Always reply in a warm, "
    "unhurried voice. Never use exclamation marks. Always finish with \"We look forward to "
    "welcoming you.\" Replies must be 120 words or fewer.\n\n"
    "Guest message: Hi! Any chance of early check-in on Friday? Our flight lands at 9am and "
    "we'll have a toddler with us.",
    [
        ("punctuation:no_exclamation", {}, "Never use exclamation marks."),
        ("startend:end_checker", {"end_phrase": "We look forward to welcoming you."},
         "Always finish with \"We look forward to welcoming you.\""),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "Replies must be 120 words or fewer."),
    ],
    ["Always reply in a warm, unhurried voice."],
    ["system", "multi"],
)
# 3
add(
    "write an instagram caption for our new lavender oat latte (launching monday!!). lowercase "
    "only, 3+ hashtags, and keep the whole caption under 200 characters.",
    [
        ("change_case:english_lowercase", {}, "lowercase only"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "3+ hashtags"),
        ("length:number_characters", {"num_chars": 200, "relation": LT}, "keep the whole caption under 200 characters"),
    ],
    tags=["lower", "terse"],
)
# 4
add(
    "Draft a text alert for Dunmore Gazette subscribers: the Route 9 bridge is closed Monday "
    "through Thursday for deck repairs and the detour is via Mill Road. Our SMS vendor breaks on "
    "commas, so not a single comma in the message. Keep it to forty words or less.",
    [
        ("punctuation:no_comma", {}, "not a single comma in the message"),
        ("length_constraints:number_words", {"num_words": 41, "relation": LT}, "Keep it to forty words or less."),
    ],
)
# 5
add(
    "Plan a 4-day Lisbon itinerary for my clients, a couple in their 60s who aren't keen on "
    "steep hills (good luck, I know). Split it into sections labelled Day 1, Day 2 and so on, one "
    "per day. Suggest at least two places to eat each day. It should feel substantial: 400 words "
    "minimum.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Day", "num_sections": 4},
         "Split it into sections labelled Day 1, Day 2 and so on, one per day."),
        ("length_constraints:number_words", {"num_words": 400, "relation": AL}, "400 words minimum"),
    ],
    ["Suggest at least two places to eat each day."],
)
# 6
add(
    "Generate product copy for our bamboo cutting board set (3 sizes, juice groove, FSC "
    "certified). Output only JSON with the keys \"title\", \"short_description\", \"bullets\" "
    "and \"seo_keywords\", because a Shopify script parses it.",
    [
        ("detectable_format:json_format", {}, "Output only JSON"),
        ("format:json_keys", {"keys": ["title", "short_description", "bullets", "seo_keywords"]},
         "with the keys \"title\", \"short_description\", \"bullets\" and \"seo_keywords\""),
    ],
)
# 7
add(
    "Monthly newsletter for my buyers list: October market update for Cedar Falls (median price "
    "up 3%, inventory down, rates around 7%). Give it a title wrapped in double angle brackets, "
    "e.g. <<October Market Pulse>>. Three paragraphs with *** between them. Don't put any URLs "
    "in, I add links in Mailchimp.",
    [
        ("detectable_format:title", {}, "Give it a title wrapped in double angle brackets"),
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "Three paragraphs with *** between them."),
        ("content:no_urls", {}, "Don't put any URLs in"),
    ],
)
# 8
add(
    "A guest left us a 2-star review saying the pool was closed for their whole stay without "
    "any notice. Write a reply from the manager. Apologize without groveling, no more than 90 "
    "words, don't end on a question, and sign off with exactly this: Marco, General Manager",
    [
        ("length_constraints:number_words", {"num_words": 91, "relation": LT}, "no more than 90 words"),
        ("content:not_end_with_question", {}, "don't end on a question"),
        ("startend:end_checker", {"end_phrase": "Marco, General Manager"},
         "sign off with exactly this: Marco, General Manager"),
    ],
    ["Apologize without groveling"],
)
# 9
add(
    "Give me two different taglines for a boutique hostel in Oaxaca, separated by six asterisks "
    "(******). Each one under 10 words. Spanish, por favor.",
    [
        ("combination:two_responses", {},
         "Give me two different taglines for a boutique hostel in Oaxaca, separated by six asterisks (******)."),
        ("language:response_language", {"language": "es"}, "Spanish, por favor."),
    ],
    ["Each one under 10 words."],
    ["insent"],
)
# 10
add(
    "Facebook ad copy for our Black Friday mattress sale: 40% off every model, free delivery, "
    "100-night trial. Use ALL-CAPS on at least 3 words for emphasis, 2 emojis tops, and open "
    "with a verb.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": AL},
         "Use ALL-CAPS on at least 3 words for emphasis"),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "2 emojis tops"),
        ("words:start_verb", {}, "open with a verb"),
    ],
)
# 11
add(
    "Write a press release announcing the opening of Fernwood Market Hall, a 12-vendor food hall "
    "in the old rail depot. For anything I haven't confirmed, leave a placeholder in square "
    "brackets: at minimum [opening date], [mayor quote] and [press contact]. Aim for about 350 "
    "words, definitely not under 300.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 3},
         "leave a placeholder in square brackets: at minimum [opening date], [mayor quote] and [press contact]"),
        ("length_constraints:number_words", {"num_words": 300, "relation": AL}, "definitely not under 300"),
    ],
    ["Aim for about 350 words"],
)
# 12
add(
    "Turn these notes into a FAQ page for our glamping site. Notes: queen beds in every tent, no "
    "pets, quiet hours 10pm to 7am, check-in from 3pm, nearest grocery is a 12 min drive, "
    "firewood sold on site. Give each question its own ## heading (so six or more headings). "
    "Skip bullet points entirely.",
    [
        ("format:markdown_headings", {"num_headings": 6, "relation": AL},
         "Give each question its own ## heading (so six or more headings)."),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "Skip bullet points entirely."),
    ],
)
# 13
add(
    "News brief for tomorrow's paper: Harlow Public Library extends weekend hours starting Jan. 6, "
    "funded by an $85,000 county grant. Five sentences or fewer, AP style, and include a quote "
    "from the library director (invent a plausible name). Our editor hates the word \"patrons\", "
    "so leave it out.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "Five sentences or fewer"),
        ("keywords:forbidden_words", {"forbidden_words": ["patrons"]},
         "Our editor hates the word \"patrons\", so leave it out."),
    ],
    ["AP style", "include a quote from the library director"],
    ["terse"],
)
# 14
add(
    "I host a cabin on Airbnb and need house rules. Numbered list, at least 8 items, friendly but "
    "firm. Don't use the words \"prohibited\" or \"forbidden\", they sound harsh. Then add a P.S. "
    "at the very end about putting the hot tub cover back on.",
    [
        ("format:numbered_list", {"num_items": 8, "relation": AL}, "Numbered list, at least 8 items"),
        ("keywords:forbidden_words", {"forbidden_words": ["prohibited", "forbidden"]},
         "Don't use the words \"prohibited\" or \"forbidden\""),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "add a P.S. at the very end"),
    ],
    ["friendly but firm", "about putting the hot tub cover back on"],
    ["terse"],
)
# 15
add(
    "I run a travel blog that's published in French. Could you write the intro to my Dordogne "
    "valley post, in French of course? At least 250 words, and work the word \"château\" in "
    "three or more times.",
    [
        ("language:response_language", {"language": "fr"}, "in French of course"),
        ("length_constraints:number_words", {"num_words": 250, "relation": AL}, "At least 250 words"),
        ("keywords:frequency", {"keyword": "château", "frequency": 3, "relation": AL},
         "work the word \"château\" in three or more times"),
    ],
    tags=["polite", "insent"],
)
# 16
add(
    "Brainstorm subject lines for our abandoned-cart email (we sell handmade ceramic mugs). "
    "Exactly five of them as markdown bullets. Each should be under 50 characters. No emojis "
    "please.",
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 5}, "Exactly five of them as markdown bullets."),
        ("format:no_emoji", {}, "No emojis please."),
    ],
    ["Each should be under 50 characters."],
)
# 17
add(
    "LinkedIn post: I just closed my 100th home sale with Brightline Realty. Humble and greatful, "
    "not braggy. Include the link https://brightlinerealty.com somwhere, use no more then two "
    "hashtags, and end with a question so people comment.",
    [
        ("content:include_url", {}, "Include the link https://brightlinerealty.com somwhere"),
        ("content:number_hashtags", {"num_hashtags": 3, "relation": LT}, "use no more then two hashtags"),
        ("content:end_with_question", {}, "end with a question so people comment"),
    ],
    ["Humble and greatful, not braggy."],
    ["typo"],
)
# 18
add(
    "Quick triage for our review inbox. Does the review below complain about cleanliness? Reply "
    "with only one of: yes / no / unclear. No explanation needed.\n\n"
    "Review: \"Loved the location and the staff were lovely, but there was hair in the shower "
    "drain and the carpet smelled musty.\"",
    [
        ("format:options", {"options": "yes/no/unclear"}, "Reply with only one of: yes / no / unclear."),
    ],
    tags=["multi"],
)
# 19
add(
    "Write this week's \"Around Town\" column for the Bayside Courier. It needs to be four "
    "paragraphs separated by blank lines, and the third paragraph has to start with the word "
    "Meanwhile. Cover the harbor festival, the new crosswalk on 5th Street, and the high school "
    "robotics team heading to state.",
    [
        ("length_constraints:nth_paragraph_first_word",
         {"num_paragraphs": 4, "nth_paragraph": 3, "first_word": "Meanwhile"},
         "It needs to be four paragraphs separated by blank lines, and the third paragraph has to start with the word Meanwhile."),
    ],
    ["Cover the harbor festival, the new crosswalk on 5th Street, and the high school robotics team heading to state."],
)
# 20
add(
    "google ads headlines for a denver moving company pls. give me 10+ in a numbered list, every "
    "headline in Title Case, and each one 30 characters or less since that's the google limit",
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "give me 10+ in a numbered list"),
        ("format:title_case", {}, "every headline in Title Case"),
    ],
    ["each one 30 characters or less"],
    ["lower"],
)
# 21
add(
    "Write a tour description for our Moselle wine hike (6 km, three tastings, lunch at a family "
    "winery). German please, the whole response, no English at all. Keep it between 120 and 150 "
    "words.",
    [
        ("language:response_language", {"language": "de"}, "German please, the whole response, no English at all."),
        ("count:word_count_range", {"min_words": 120, "max_words": 150}, "Keep it between 120 and 150 words."),
    ],
)
# 22
add(
    "Welcome letter that goes in every room at the Larkspur Inn. Mention the rooftop bar, the "
    "7am-10am breakfast, and that the front desk is staffed 24/7. It should be comma-free (the "
    "comma in our letterpress font set is broken, long story). Close on the line \"Rest well, "
    "the Larkspur family\". No wait, that has a comma. Close on \"Rest well and welcome home.\"",
    [
        ("punctuation:no_comma", {}, "It should be comma-free"),
        ("startend:end_checker", {"end_phrase": "Rest well and welcome home."},
         "Close on \"Rest well and welcome home.\""),
    ],
    ["Mention the rooftop bar, the 7am-10am breakfast, and that the front desk is staffed 24/7."],
)
# 23
add(
    "Rewrite our return policy so a normal human can understand it. It goes into a plain-text "
    "field at checkout, so absolutely no markdown: no bold, no bullets, no headers. Under 150 "
    "words.\n\n"
    "Policy: Returns accepted within 30 days of delivery for unused items in original packaging. "
    "Customer bears return shipping costs unless the item arrived defective. Refunds are issued "
    "to the original payment method within 5-7 business days of receipt. Items marked Final Sale "
    "are not eligible.\n\n"
    "(Again: plain text only.)",
    [
        ("format:no_markdown", {},
         ["absolutely no markdown: no bold, no bullets, no headers", "Again: plain text only."]),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "Under 150 words."),
    ],
    tags=["multi", "terse", "repeat"],
)
# 24
add(
    "For our concierge binder: a short English write-up of Το Λιμανάκι, the fish taverna by the "
    "port in Naxos town. Please keep the taverna's name in Greek letters at least once so guests "
    "can match it to the sign. Shorter than a hundred words.",
    [
        ("language:response_language", {"language": "en"}, "a short English write-up"),
        ("language:use_script", {"script": "greek"}, "keep the taverna's name in Greek letters at least once"),
        ("length_constraints:number_words", {"num_words": 100, "relation": LT}, "Shorter than a hundred words."),
    ],
    tags=["insent", "polite"],
)
# 25
add(
    "We're running a 15-second radio spot for the Harvest Home open house this Sunday, 1 to 4pm, "
    "88 Willow Lane. Wrap the whole script in double quotation marks, that's how our producer's "
    "template wants it. It must be readable in 15 seconds, so it can't go over 38 words.",
    [
        ("startend:quotation", {}, "Wrap the whole script in double quotation marks"),
        ("length_constraints:number_words", {"num_words": 39, "relation": LT}, "it can't go over 38 words"),
    ],
)
# 26
add(
    "No links in the answer. Before answering, copy my request below exactly as written (I paste "
    "these into a log for my manager), then answer it.\n"
    "Request: Suggest five low-cost ways a small bakery can get more Google reviews.",
    [
        ("content:no_urls", {}, "No links in the answer."),
        ("combination:repeat_prompt",
         {"prompt_to_repeat": "Suggest five low-cost ways a small bakery can get more Google reviews."},
         "Before answering, copy my request below exactly as written"),
    ],
    tags=["before", "multi"],
)
# 27
add(
    "Text for the scrolling LED sign outside the Rialto Theater announcing Friday's jazz night "
    "with the Dee Parker Trio, doors 7pm. ALL CAPITAL LETTERS (the sign can only do caps). Fewer "
    "than 15 words. Don't use commas either.",
    [
        ("change_case:english_capital", {}, "ALL CAPITAL LETTERS"),
        ("length_constraints:number_words", {"num_words": 15, "relation": LT}, "Fewer than 15 words."),
        ("punctuation:no_comma", {}, "Don't use commas either."),
    ],
    tags=["caps", "terse"],
)
# 28
add(
    "Reply to a couple asking about our barn venue for a June 2025 wedding. Facts: capacity 180, "
    "$9,500 Saturday rate, tables and chairs included, catering is external. Bold at least 2 key "
    "details with markdown so they jump out, and use placeholders like [Name 1] and [Name 2] for "
    "the couple. Don't invent any other prices.",
    [
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2},
         "Bold at least 2 key details with markdown"),
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "use placeholders like [Name 1] and [Name 2] for the couple"),
    ],
    ["Don't invent any other prices."],
)
# 29
add(
    "Packing list for a February trip to Iceland (self-drive, Ring Road, one night in a glass "
    "igloo). Instead of bullets, start each item with >> because that renders nicely in our trip "
    "app. At least 12 items.",
    [
        ("format:list", {"sep": ">>"}, "Instead of bullets, start each item with >>"),
    ],
    ["At least 12 items."],
)
# 30
add(
    "Write a quarterly market report blurb for the Ridgeview neighborhood. The very first "
    "sentence needs to mention inventory. Include the word \"median\" and the phrase \"days on "
    "market\" somewhere. Blank line between paragraphs, three paragraphs at the least.",
    [
        ("sentence:keyword", {"word": "inventory", "N": 1}, "The very first sentence needs to mention inventory."),
        ("keywords:existence", {"keywords": ["median"]}, "Include the word \"median\""),
        ("keywords:required_phrase", {"phrase": "days on market"}, "the phrase \"days on market\""),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "Blank line between paragraphs, three paragraphs at the least."),
    ],
)
# 31
add(
    "SEO blog post: \"Where to Stay Near Asheville in Fall\". Our SEO guy wants the word cabins "
    "used at least 5 times and at least three ## subheadings. Don't stuff keywords so obviously "
    "that it reads like spam though.\n\n"
    "P.S. it has to be 600+ words or he'll send it back",
    [
        ("keywords:frequency", {"keyword": "cabins", "frequency": 5, "relation": AL},
         "wants the word cabins used at least 5 times"),
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "at least three ## subheadings"),
        ("length_constraints:number_words", {"num_words": 600, "relation": AL}, "it has to be 600+ words"),
    ],
    ["Don't stuff keywords so obviously that it reads like spam though."],
    ["ps", "multi"],
)
# 32
add(
    "Tweet for the Millbrook Times: city council voted 5-2 to approve the new dog park on Elm "
    "Street. <280 chars, no hashtags. Remember it has to fit in one tweet, so under 280 "
    "characters.",
    [
        ("length:number_characters", {"num_chars": 280, "relation": LT}, ["<280 chars", "under 280 characters"]),
        ("content:number_hashtags", {"num_hashtags": 1, "relation": LT}, "no hashtags"),
    ],
    tags=["repeat", "terse"],
)
# 33
add(
    "Our hotel restaurant in Verona needs breakfast menu descriptions for 6 dishes (cornetto, "
    "frittata, yogurt bowl, and so on). Write them in Italian. Avoid the words \"delizioso\" and "
    "\"gustoso\", every menu in town uses them. Keep each description to one line.",
    [
        ("language:response_language", {"language": "it"}, "Write them in Italian."),
        ("keywords:forbidden_words", {"forbidden_words": ["delizioso", "gustoso"]},
         "Avoid the words \"delizioso\" and \"gustoso\""),
    ],
    ["Keep each description to one line."],
)
# 34
add(
    "I need a 3-email welcome sequence for new subscribers to our plant shop. Start each email "
    "with the marker EMAIL and its number (EMAIL 1, EMAIL 2, EMAIL 3) so I can split them. No "
    "exclamation points anywhere; our brand voice is calm.",
    [
        ("detectable_format:multiple_sections", {"section_spliter": "EMAIL", "num_sections": 3},
         "Start each email with the marker EMAIL and its number (EMAIL 1, EMAIL 2, EMAIL 3)"),
        ("punctuation:no_exclamation", {}, "No exclamation points anywhere"),
    ],
)
# 35
add(
    "Respond to this 5-star Yelp review for our taqueria: \"Best al pastor in the Valley, and "
    "Rosa at the register remembered my order!\" Between 40 and 60 words, mention Rosa by name, "
    "and don't offer a discount.",
    [
        ("count:word_count_range", {"min_words": 40, "max_words": 60}, "Between 40 and 60 words"),
        ("keywords:existence", {"keywords": ["Rosa"]}, "mention Rosa by name"),
    ],
    ["don't offer a discount"],
)
# 36
add(
    "Landing page copy for a weekend yoga retreat in Sedona. Markdown is fine but no more than 3 "
    "headings total. The final words should be: Reserve your spot today.",
    [
        ("format:markdown_headings", {"num_headings": 4, "relation": LT}, "no more than 3 headings total"),
        ("startend:end_checker", {"end_phrase": "Reserve your spot today."},
         "The final words should be: Reserve your spot today."),
    ],
)
# 37
add(
    "SMS booking confirmation template for our dive shop. Square-bracket placeholders for the "
    "customer's name and dive time. Under 160 characters including spaces. No emoji, no links.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Square-bracket placeholders for the customer's name and dive time."),
        ("length:number_characters", {"num_chars": 160, "relation": LT}, "Under 160 characters including spaces."),
        ("format:no_emoji", {}, "No emoji"),
        ("content:no_urls", {}, "no links"),
    ],
    tags=["terse"],
)
# 38
add(
    "Honeymoon in March: Bali or the Maldives? Answer with just one word, Bali or Maldives. I'll "
    "ask follow-ups later.",
    [
        ("format:options", {"options": "Bali/Maldives"}, "Answer with just one word, Bali or Maldives."),
    ],
)
# 39
add(
    "Write a sub-250-word 'farming' letter I can mail to homeowners in the Oak Hollow subdivision, letting "
    "them know I've sold 4 homes there this year and have buyers waiting. Leave [Owner Name] and "
    "[Street Address] as placeholders. Include a P.S. about a free home valuation.",
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2},
         "Leave [Owner Name] and [Street Address] as placeholders."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Include a P.S."),
        ("length_constraints:number_words", {"num_words": 250, "relation": LT}, "sub-250-word"),
    ],
    ["about a free home valuation"],
    ["insent"],
)
# 40
add(
    "Compare our three hiking backpacks (Trailhead 28L, Summit 40L, Expedition 65L) for a product "
    "page: weight, capacity, hip belt, rain cover, price ($89/$139/$219). Use markdown, a table "
    "works. Then 2 or 3 sentences of recommendation under it.",
    [
        ("format:use_markdown", {}, "Use markdown, a table works."),
    ],
    ["Then 2 or 3 sentences of recommendation under it."],
)
# 41
add(
    "Promo email for our spring sale (25% off sitewide, code BLOOM25, ends March 31). It must "
    "begin with \"Hi {{first_name}},\" since that's our ESP's merge tag. Don't use square-bracket "
    "placeholders anywhere, they'd get sent out literally. 150-200 words.",
    [
        ("startend:start_phrase", {"start_phrase": "Hi {{first_name}},"}, "It must begin with \"Hi {{first_name}},\""),
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1},
         "Don't use square-bracket placeholders anywhere"),
        ("count:word_count_range", {"min_words": 150, "max_words": 200}, "150-200 words."),
    ],
)
# 42
add(
    "Need 3 short ad variations for a car detailing shop in Tampa. The client hates repetitive "
    "copy: don't repeat any word more than twice across the whole response. And ditch the word "
    "\"shine\", the competitor's slogan is built around it.",
    [
        ("words:repeats", {"small_n": 2}, "don't repeat any word more than twice across the whole response"),
        ("keywords:forbidden_words", {"forbidden_words": ["shine"]}, "ditch the word \"shine\""),
    ],
)
# 43
add(
    "Write a plain-language travel advisory for our tour guests about the heat wave in Seville "
    "next week. No sentence over 15 words (some guests read English as a second language). Six "
    "sentences, max.",
    [
        ("length:max_words_per_sentence", {"max_words": 15}, "No sentence over 15 words"),
        ("length_constraints:number_sentences", {"num_sentences": 7, "relation": LT}, "Six sentences, max."),
    ],
    tags=["terse"],
)
# 44
add(
    "Our gift shop in Bar Harbor sells postcards with a tiny poem on the back. Write one about "
    "lobster boats at dawn. It has to fit, so 4 lines max. Leave out commas entirely, and keep "
    "it lowercase except for Bar Harbor.",
    [
        ("length:number_lines", {"num_lines": 5, "relation": LT}, "4 lines max"),
        ("punctuation:no_comma", {}, "Leave out commas entirely"),
    ],
    ["keep it lowercase except for Bar Harbor"],
)
# 45
add(
    "We already have the English version of our city museum-pass FAQ. Write a short version for "
    "international visitors in any language other than English, your pick. Don't go past 120 "
    "words.",
    [
        ("language:not_response_language", {"language": "en"}, "in any language other than English"),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "Don't go past 120 words."),
    ],
    tags=["insent"],
)
# 46
add(
    "Translate this check-in notice for our Belgrade apartment guests into Serbian, using Latin "
    "script only. No Cyrillic, because the key-box screen can't display it.\n\n"
    "Notice: Check-in is from 2pm. The key box code will be sent on the morning of arrival. "
    "Please do not smoke inside the apartment.",
    [
        ("language:no_script", {"script": "cyrillic"}, ["using Latin script only", "No Cyrillic"]),
    ],
    ["Translate this check-in notice for our Belgrade apartment guests into Serbian"],
    ["repeat", "multi"],
)
# 47
add(
    "Cold email to a boutique hotel owner pitching our direct-booking website service. Three "
    "things:\n"
    "1. 130 words or under\n"
    "2. no P.S. at the end (I know sales emails love them, they feel cheesy to me)\n"
    "3. no em dashes",
    [
        ("length_constraints:number_words", {"num_words": 131, "relation": LT}, "130 words or under"),
        ("detectable_content:no_postscript", {"postscript_marker": "P.S."}, "no P.S. at the end"),
        ("punctuation:no_em_dash", {}, "no em dashes"),
    ],
    tags=["list", "multi"],
)
# 48
add(
    "Listing blurb for a 1920s brick colonial at 14 Hawthorne Ct. The only numbers that should "
    "appear are the price ($615,000), the square footage (2,340) and the year built (1924): "
    "exactly those 3 numbers, nothing else numeric. Don't mention the street address.",
    [
        ("count:numbers", {"N": 3}, "exactly those 3 numbers, nothing else numeric"),
    ],
    ["Don't mention the street address."],
)
# 49
add(
    "Caption for our smoothie bar's TikTok about the new Zing Bowl (dragon fruit, mango, granola). "
    "Gen Z voice. End every sentence with an emoji, sneak in at least 6 z's because of the name, "
    "and stay below fifty words.",
    [
        ("format:emoji", {}, "End every sentence with an emoji"),
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 6, "let_relation": AL},
         "sneak in at least 6 z's"),
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "stay below fifty words"),
    ],
    ["Gen Z voice."],
)
# 50
add(
    "Write a short bio for my real estate website. I'm a Seattle agent, 11 years in, ex-barista "
    "(ha). Mention at least one of my focus neighborhoods: Fremont, Ballard or Wallingford. "
    "Write it in first person. Nothing over 120 words.",
    [
        ("keywords:include_any", {"forbidden_words": ["Fremont", "Ballard", "Wallingford"]},
         "Mention at least one of my focus neighborhoods: Fremont, Ballard or Wallingford."),
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "Nothing over 120 words."),
    ],
    ["Write it in first person."],
)
# 51
add(
    "Destination blurb on Ljubljana for our travel agency's newsletter. Please don't call it a "
    "\"hidden gem\" (everyone does) and skip the phrase \"bucket list\" as well. Around 100 words "
    "is fine.",
    [
        ("keywords:forbidden_phrase", {"phrase": "hidden gem"}, "Please don't call it a \"hidden gem\""),
        ("keywords:forbidden_phrase", {"phrase": "bucket list"}, "skip the phrase \"bucket list\""),
    ],
    ["Around 100 words is fine."],
    ["polite"],
)
# 52
add(
    "Write the description for our Tulum villa on Booking.com. It has to include the exact "
    "phrase \"free cancellation up to 48 hours before arrival\". Also mention the cenote within "
    "walking distance.\n\n"
    "P.S. 200 words at most, Booking truncates anything longer.",
    [
        ("keywords:required_phrase", {"phrase": "free cancellation up to 48 hours before arrival"},
         "It has to include the exact phrase \"free cancellation up to 48 hours before arrival\"."),
        ("length_constraints:number_words", {"num_words": 201, "relation": LT}, "200 words at most"),
    ],
    ["Also mention the cenote within walking distance."],
    ["ps", "multi"],
)
# 53
add(
    "Write a follow-up email to a bride who toured our venue last week but hasn't booked yet. Low "
    "pressure. Please DON'T end with \"Let me know if you have any questions\", it's so generic. "
    "Keep it to five sentences at most.",
    [
        ("startend:not_end_checker", {"end_phrase": "Let me know if you have any questions"},
         "Please DON'T end with \"Let me know if you have any questions\""),
        ("length_constraints:number_sentences", {"num_sentences": 6, "relation": LT}, "Keep it to five sentences at most."),
    ],
    ["Low pressure."],
    ["polite", "caps"],
)
# 54
add(
    "Here's a product record from our PIM:\n"
    "{\"sku\": \"TW-204\", \"name\": \"Teak Wall Shelf\", \"width_cm\": 80, \"finish\": \"oiled\", "
    "\"max_load_kg\": 15}\n"
    "Turn it into a friendly product description for the storefront. Don't give it back as "
    "JSON, just normal prose. \"Teak\" should come up at least twice.",
    [
        ("detectable_format:not_json_format", {}, "Don't give it back as JSON, just normal prose."),
        ("keywords:frequency", {"keyword": "teak", "frequency": 2, "relation": AL},
         "\"Teak\" should come up at least twice."),
    ],
    tags=["multi"],
)
# 55
add(
    "Classified ad for the weekend paper: 2BR apartment for rent, $1,450/mo, heat included, near "
    "the Green Line. The box fits 200 characters, not counting spaces, so stay under that. "
    "Abbreviations are fine.",
    [
        ("length:number_nonspace_characters", {"num_chars": 200, "relation": LT},
         "The box fits 200 characters, not counting spaces, so stay under that."),
    ],
)
# 56
add(
    "our brand (tinyloaf bakery) writes everything without capital letters, it's kind of our "
    "thing. can you write the 'about us' blurb for the website? 100 words is the ceiling, and "
    "sourdough should show up two or more times.",
    [
        ("change_case:english_lowercase", {}, "writes everything without capital letters"),
        ("length_constraints:number_words", {"num_words": 101, "relation": LT}, "100 words is the ceiling"),
        ("keywords:frequency", {"keyword": "sourdough", "frequency": 2, "relation": AL},
         "sourdough should show up two or more times"),
    ],
    tags=["lower", "polite", "before"],
)
# 57
add(
    "Rewrite this hotel promo so it stops shouting: \"HUGE SUMMER SAVINGS!!! BOOK NOW and get "
    "FREE breakfast EVERY DAY!\" At most one word in all caps, and take out the exclamation "
    "marks.",
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 2, "capital_relation": LT},
         "At most one word in all caps"),
        ("punctuation:no_exclamation", {}, "take out the exclamation marks"),
    ],
)
# 58
add(
    "Self-guided walking tour of Savannah's historic district for our B&B guests, starting from "
    "our front porch on Jones Street. Give the stops as a numbered list (seven stops minimum). "
    "Finish the whole thing with a question that gets them excited to go.",
    [
        ("format:numbered_list", {"num_items": 7, "relation": AL},
         "Give the stops as a numbered list (seven stops minimum)."),
        ("content:end_with_question", {}, "Finish the whole thing with a question"),
    ],
    ["that gets them excited to go"],
)
# 59
add(
    "NEIGHBORHOOD NEWSLETTER BLURB ABOUT THE SPRING CLEANUP DAY, APRIL 12, 9AM AT RIVERSIDE PARK. "
    "NO COMMAS. UNDER 75 WORDS. MENTION THAT GLOVES AND BAGS ARE PROVIDED.",
    [
        ("punctuation:no_comma", {}, "NO COMMAS."),
        ("length_constraints:number_words", {"num_words": 75, "relation": LT}, "UNDER 75 WORDS."),
    ],
    ["MENTION THAT GLOVES AND BAGS ARE PROVIDED."],
    ["caps", "terse"],
)
# 60
add(
    "Alexa-style answer for the speaker in our hotel rooms: what time does the pool close? (It "
    "closes at 9pm.) One or two sentences, no markdown since it's read aloud.",
    [
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": LT}, "One or two sentences"),
        ("format:no_markdown", {}, "no markdown since it's read aloud"),
    ],
    tags=["terse"],
)
# 61
add(
    "Give me a 3-day Kyoto itinerary for our app as a JSON object whose keys are \"day1\", "
    "\"day2\" and \"day3\"; nothing outside the JSON. Each day's value is a short string. Keep it "
    "in English.",
    [
        ("format:json_keys", {"keys": ["day1", "day2", "day3"]},
         "as a JSON object whose keys are \"day1\", \"day2\" and \"day3\""),
        ("detectable_format:json_format", {}, "nothing outside the JSON"),
        ("language:response_language", {"language": "en"}, "Keep it in English."),
    ],
    ["Each day's value is a short string."],
    ["insent"],
)
# 62
add(
    "Write a community calendar entry for the Pinecrest Farmers Market's opening day.\n"
    "Requirements:\n"
    "- the word \"local\" at least three times\n"
    "- include both \"organic\" and \"parking\"\n"
    "- 80 to 100 words",
    [
        ("keywords:frequency", {"keyword": "local", "frequency": 3, "relation": AL},
         "the word \"local\" at least three times"),
        ("keywords:existence", {"keywords": ["organic", "parking"]}, "include both \"organic\" and \"parking\""),
        ("count:word_count_range", {"min_words": 80, "max_words": 100}, "80 to 100 words"),
    ],
    tags=["list", "multi"],
)
# 63
add(
    "Write the hero paragraph for a boutique hotel's homepage in Charleston. The second sentence "
    "should include the word \"piazza\" (that's what we call our courtyard). Use at least one em "
    "dash, the designer likes how it looks.",
    [
        ("sentence:keyword", {"word": "piazza", "N": 2}, "The second sentence should include the word \"piazza\""),
        ("punctuation:use_em_dash", {}, "Use at least one em dash"),
    ],
)
# 64
add(
    "Write a 200-ish word news story for the Clearwater Ledger on the new ferry schedule. Start "
    "with the dateline CLEARWATER — exactly like that. The story must have at least 3 "
    "paragraphs, blank lines between them.",
    [
        ("startend:start_phrase", {"start_phrase": "CLEARWATER —"}, "Start with the dateline CLEARWATER — exactly like that."),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL},
         "The story must have at least 3 paragraphs, blank lines between them."),
    ],
    ["Write a 200-ish word news story"],
)
# 65
add(
    "Write a note for our housekeeping team explaining the new towel-reuse program. Portuguese. "
    "Bullet points are fine but no more than 5 of them.",
    [
        ("language:response_language", {"language": "pt"}, "Portuguese."),
        ("format:bullet_points", {"num_bullets": 6, "relation": LT}, "Bullet points are fine but no more than 5 of them."),
    ],
    tags=["terse"],
)
# 66
add(
    "Draft our café's weekly newsletter. It must be under 200 words. Topics: new pumpkin bread, "
    "live music Thursday, holiday hours. Seriously, under 200 words, people don't read long "
    "emails. The last line must be \"See you at the counter!\" and nothing after it.",
    [
        ("length_constraints:number_words", {"num_words": 200, "relation": LT},
         ["It must be under 200 words.", "Seriously, under 200 words"]),
        ("startend:end_checker", {"end_phrase": "See you at the counter!"},
         "The last line must be \"See you at the counter!\" and nothing after it."),
    ],
    ["Topics: new pumpkin bread, live music Thursday, holiday hours."],
    ["repeat"],
)
# 67
add(
    "A Japanese tour group arrives at our Banff lodge on Friday. Welcome message for them, "
    "Japanese only please, most of them don't read English. At least 5 sentences, and include "
    "the wifi password ELK2024 exactly as written.",
    [
        ("language:response_language", {"language": "ja"}, "Japanese only please"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": AL}, "At least 5 sentences"),
        ("keywords:existence", {"keywords": ["ELK2024"]}, "include the wifi password ELK2024 exactly as written"),
    ],
    tags=["polite"],
)
# 68
add(
    "Cna you write a short promo for our weekend brunch buffet? Needs to be in Korean becuase its "
    "for the Korean community paper. Dont make it longer then 80 words and dont use emojis.",
    [
        ("language:response_language", {"language": "ko"}, "Needs to be in Korean"),
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "Dont make it longer then 80 words"),
        ("format:no_emoji", {}, "dont use emojis"),
    ],
    tags=["typo", "polite"],
)
# 69
add(
    "SYSTEM: You are Pip, the support bot for Pebble & Pine (kids' outdoor gear). Rules:\n"
    "1) Always answer in 3 sentences or less.\n"
    "2) Never include links.\n"
    "3) Never mention competitors.\n"
    "4) Banned words: cheap, guarantee.\n"
    "5) Every reply closes with the line: Happy trails from Pebble & Pine!\n\n"
    "USER: Do your rain jackets run small?",
    [
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Always answer in 3 sentences or less."),
        ("content:no_urls", {}, "Never include links."),
        ("keywords:forbidden_words", {"forbidden_words": ["cheap", "guarantee"]}, "Banned words: cheap, guarantee."),
        ("startend:end_checker", {"end_phrase": "Happy trails from Pebble & Pine!"},
         "Every reply closes with the line: Happy trails from Pebble & Pine!"),
    ],
    ["Never mention competitors."],
    ["system", "list", "multi"],
)
# 70
add(
    "Summarize these three guest reviews for our hostel's owner in Amsterdam. Nederlands graag! "
    "Write 3 bullet points exactly, nothing more.\n\n"
    "1. \"Great social vibe but the lockers are tiny.\"\n"
    "2. \"Clean, cheap, loud at night.\"\n"
    "3. \"Staff booked us a canal tour, super helpful; breakfast was meh.\"",
    [
        ("language:response_language", {"language": "nl"}, "Nederlands graag!"),
        ("detectable_format:number_bullet_lists", {"num_bullets": 3}, "Write 3 bullet points exactly, nothing more."),
    ],
    tags=["multi"],
)


def _fam(cid):
    return cid if cid == "punctuation:no_comma" else cid.split(":")[0]


def main():
    """Validate the entries, write data.jsonl and print the stats for the README."""
    here = Path(__file__).parent
    types = {t["id"] for t in json.load(open(sys.argv[1]))} if len(sys.argv) > 1 else None
    ids, tags = Counter(), Counter()
    ncons = Counter()
    lines = []
    for i, (prompt, cons, untyped, tg) in enumerate(E):
        key = KEY_BASE + i
        for cid, kw, exp in cons:
            exps = exp if isinstance(exp, list) else [exp]
            assert exps and all(isinstance(x, str) and x in prompt for x in exps), (key, exp)
            assert types is None or cid in types, (key, cid)
            ids[cid] += 1
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
    fam = sum(v for k, v in ids.items() if _fam(k) in IFEVAL_FAMILIES)
    strict = sum(v for k, v in ids.items() if k in IFEVAL_25)
    print("prompts", len(E), "constraints", total, "distinct ids", len(ids))
    print(f"IFEval families {fam} ({fam / total:.0%}), IFEval 25 ids {strict} ({strict / total:.0%})")
    print("per prompt", dict(sorted(ncons.items())))
    print("tags", dict(tags))
    for k, v in sorted(ids.items()):
        print(f"{v:3d} {k}")
    for t in ["insent", "repeat", "list", "polite", "typo", "caps", "lower", "system", "ps",
              "terse", "multi", "before"]:
        print(t, [KEY_BASE + i for i, e in enumerate(E) if t in e[3]])


if __name__ == "__main__":
    main()
