"""Hand-written prompts (authorT) for rpo's decomposition; writes data.jsonl and stats.

Persona: software engineers, DevOps and SRE staff, data analysts, game designers,
scientists and lab managers, product managers

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
KEY_BASE = 95001
E = []

IFEVAL_FAMILIES = {"change_case", "combination", "detectable_content", "detectable_format",
                   "keywords", "language", "length_constraints", "startend"}


def is_ifeval(cid):
    return cid.split(":")[0] in IFEVAL_FAMILIES or cid == "punctuation:no_comma"


def add(prompt, cons, untyped=(), tags=()):
    E.append((prompt, cons, list(untyped), set(tags)))


# 1 release notes, spec list
add(
'''You are writing release notes for Harbor CLI v2.14.0.

Changelog since v2.13.3:
```
a1f3c2e fix: retry on 429 from registry
9bd0e11 feat: add --dry-run to `harbor push`
4c7e2aa chore(deps): bump go-yaml to 3.0.1
e02d9f4 feat: support OCI artifact manifests
77aa310 fix: panic when HOME unset
```

Constraints:
- 3+ markdown headings (Features / Fixes / Dependencies)
- no more than 180 words total
- don't mention commit hashes
- end with the line "Full changelog: see GitHub releases."''',
    [
        ("format:markdown_headings", {"num_headings": 3, "relation": AL}, "3+ markdown headings"),
        ("length_constraints:number_words", {"num_words": 181, "relation": LT}, "no more than 180 words total"),
        ("startend:end_checker", {"end_phrase": "Full changelog: see GitHub releases."}, 'end with the line "Full changelog: see GitHub releases."'),
    ],
    untyped=["don't mention commit hashes"],
    tags=["list"],
)

# 2 postmortem with logs
add(
'''Can you write up a postmortem for this? Log excerpt from the pager:

```
2024-03-11T02:14:07Z api-gw-3 ERROR upstream connect error or disconnect/reset before headers. reset reason: overflow
2024-03-11T02:14:09Z api-gw-3 WARN circuit breaker OPEN for svc=payments
2024-03-11T02:31:55Z api-gw-3 INFO circuit breaker CLOSED for svc=payments
```

Root cause was a connection pool of 64 on the payments sidecar while traffic spiked 3x after the marketing email went out. Write it in exactly four sections marked Section 1, Section 2 etc. (Summary, Timeline, Root Cause, Action Items). Keep it blameless, no names of individuals. Between 250 and 400 words please.''',
    [
        ("detectable_format:multiple_sections", {"section_spliter": "Section", "num_sections": 4}, "exactly four sections marked Section 1, Section 2 etc."),
        ("count:word_count_range", {"min_words": 250, "max_words": 400}, "Between 250 and 400 words please."),
    ],
    untyped=["Keep it blameless, no names of individuals."],
    tags=["words"],
)

# 3 commit message lowercase
add(
'''write a commit message for this diff. all lowercase, no period at the end of the subject, under 60 words total

```diff
-    timeout = 30
+    timeout = int(os.environ.get("SYNC_TIMEOUT", "30"))
```''',
    [
        ("change_case:english_lowercase", {}, "all lowercase"),
        ("length_constraints:number_words", {"num_words": 60, "relation": LT}, "under 60 words total"),
    ],
    untyped=["no period at the end of the subject"],
    tags=["lower"],
)

# 4 API docs json keys
add(
'''Document this endpoint as JSON. Output ONLY a JSON object with the keys "method", "path", "summary", "params", "responses", nothing before or after it.

```python
@router.get("/v1/projects/{project_id}/runs")
def list_runs(project_id: str, status: str | None = None, limit: int = 50):
    ...
```
Don't invent params that aren't in the signature.''',
    [
        ("detectable_format:json_format", {}, ["Document this endpoint as JSON.", "Output ONLY a JSON object"]),
        ("format:json_keys", {"keys": ["method", "path", "summary", "params", "responses"]}, 'with the keys "method", "path", "summary", "params", "responses"'),
    ],
    untyped=["Don't invent params that aren't in the signature."],
    tags=["repeat", "caps"],
)

# 5 game lore cursed sword
add(
'''need lore for a cursed sword item in our roguelike. the item's called the Ashen Tithe. 3 paragraphs, separated with *** between them. mention the word "ember" at least twice. no exclamation marks, our writer hates them''',
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paragraphs, separated with *** between them."),
        ("keywords:frequency", {"keyword": "ember", "frequency": 2, "relation": AL}, 'mention the word "ember" at least twice.'),
        ("punctuation:no_exclamation", {}, "no exclamation marks"),
    ],
    tags=["lower", "words"],
)

# 6 miniprep protocol
add(
'''I manage a molecular biology lab and need a bench protocol for a standard miniprep (alkaline lysis, spin columns). Requirements: numbered steps, at least 12 of them; put any safety notes in a P.S. at the end; don't use the word "simply" anywhere. Assume trainees have done PCR before but never a miniprep.''',
    [
        ("format:numbered_list", {"num_items": 12, "relation": AL}, "numbered steps, at least 12 of them"),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "put any safety notes in a P.S. at the end"),
        ("keywords:forbidden_words", {"forbidden_words": ["simply"]}, 'don\'t use the word "simply" anywhere'),
    ],
    untyped=["Assume trainees have done PCR before but never a miniprep."],
    tags=["list"],
)

# 7 PRD saved filters
add(
'''Draft a one-page PRD for "Saved Filters" in our analytics dashboard. Users keep rebuilding the same filter combos every Monday. Use markdown headings, at least five of them (Problem, Goals, Non-goals, Requirements, Open Questions). Include placeholders in square brackets for things I need to fill in, like [target launch date] and [eng owner], at least 3 of them. Keep it under 500 words.''',
    [
        ("format:markdown_headings", {"num_headings": 5, "relation": AL}, "Use markdown headings, at least five of them"),
        ("detectable_content:number_placeholders", {"num_placeholders": 3}, "Include placeholders in square brackets for things I need to fill in, like [target launch date] and [eng owner], at least 3 of them."),
        ("length_constraints:number_words", {"num_words": 500, "relation": LT}, "Keep it under 500 words."),
    ],
    untyped=[],
    tags=["words"],
)

# 8 SQL explanation for PM
add(
'''Explain to my PM what this query does. Plain language, no code blocks, and no bullet points (she reads these on her phone). Two or three sentences max.

```sql
SELECT region, date_trunc('week', created_at) AS wk, count(DISTINCT user_id)
FROM events WHERE event_name = 'checkout_completed'
GROUP BY 1, 2 ORDER BY 2 DESC;
```''',
    [
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "no code blocks"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "no bullet points"),
        ("length_constraints:number_sentences", {"num_sentences": 4, "relation": LT}, "Two or three sentences max."),
    ],
    untyped=["Plain language"],
    tags=["words"],
)

# 9 empty state UI string
add(
'''Need an empty-state message for the Dashboards page when the user has no dashboards yet. Hard limit: under 90 characters including spaces (it's a fixed-width card). No emoji. Just give me the string, nothing else.''',
    [
        ("length:number_characters", {"num_chars": 90, "relation": LT}, "under 90 characters including spaces"),
        ("format:no_emoji", {}, "No emoji."),
    ],
    untyped=["Just give me the string, nothing else."],
    tags=[],
)

# 10 on-call assistant system prompt
add(
'''You are an on-call assistant for the Platform team. Always answer in markdown. Never include URLs; our wiki links rot. Always end your answer with "Escalate if unresolved after 15 min."

User: redis memory usage alert firing on cache-prod-2, used_memory 94% of maxmemory, evictions climbing. what do I check first?''',
    [
        ("format:use_markdown", {}, "Always answer in markdown."),
        ("content:no_urls", {}, "Never include URLs"),
        ("startend:end_checker", {"end_phrase": "Escalate if unresolved after 15 min."}, 'Always end your answer with "Escalate if unresolved after 15 min."'),
    ],
    tags=["system"],
)

# 11 blacksmith greeting two versions
add(
'''Write two alternate versions of the blacksmith's greeting line for when the player returns with the rare ore. Separate the two versions with ****** (six asterisks) and nothing else. Each under 25 words. Gruff but warm, and don't use commas in either one.''',
    [
        ("combination:two_responses", {}, "Separate the two versions with ****** (six asterisks) and nothing else."),
        ("punctuation:no_comma", {}, "don't use commas in either one"),
    ],
    untyped=["Each under 25 words.", "Gruff but warm"],
    tags=[],
)

# 12 abstract
add(
'''Draft an abstract for our paper. Results: CRISPRi knockdown of gene YFL034W reduced biofilm formation by 62% (p < 0.01, n = 6) in S. cerevisiae under low-glucose conditions; no effect at 2% glucose. Target 180–220 words. Must include the terms "biofilm", "glucose", and "knockdown". Don't use "novel".''',
    [
        ("count:word_count_range", {"min_words": 180, "max_words": 220}, "Target 180–220 words."),
        ("keywords:existence", {"keywords": ["biofilm", "glucose", "knockdown"]}, 'Must include the terms "biofilm", "glucose", and "knockdown".'),
        ("keywords:forbidden_words", {"forbidden_words": ["novel"]}, 'Don\'t use "novel".'),
    ],
    tags=[],
)

# 13 exec status update, P.S.
add(
'''Write a weekly status update for the Checkout Revamp project for execs. Plain text only, no markdown at all (it goes into an email client that mangles it). At least 3 paragraphs, separated by blank lines. Status: payments integration done, address autocomplete slipping a week, A/B test starts 6/14.

PS: please don't end it on a question, execs hate that.''',
    [
        ("format:no_markdown", {}, "Plain text only, no markdown at all"),
        ("length:number_paragraphs_blankline", {"num_paragraphs": 3, "relation": AL}, "At least 3 paragraphs, separated by blank lines."),
        ("content:not_end_with_question", {}, "please don't end it on a question"),
    ],
    tags=["ps"],
)

# 14 dockerfile multi-stage
add(
'''Rewrite this Dockerfile to use a multi-stage build so the final image doesn't ship the Go toolchain.

```dockerfile
FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /bin/ingestd ./cmd/ingestd
ENTRYPOINT ["/bin/ingestd"]
```

Put the Dockerfile in a fenced code block and keep the explanation after it short. Also don't say "best practice" anywhere, my team has a drinking game about it.''',
    [
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "Put the Dockerfile in a fenced code block"),
        ("keywords:forbidden_phrase", {"phrase": "best practice"}, 'don\'t say "best practice" anywhere'),
    ],
    untyped=["keep the explanation after it short"],
    tags=[],
)

# 15 churn table bullets
add(
'''Here's the output of our churn analysis:

| segment | churn_30d | n |
|---|---|---|
| free | 18.2% | 40,112 |
| pro | 4.1% | 8,903 |
| team | 2.7% | 1,455 |

Summarize the key takeaways in exactly 4 bullet points (use * for bullets). Nothing else in the reply, no intro line. Also: avoid the word "significant" since we didn't test significance.''',
    [
        ("detectable_format:number_bullet_lists", {"num_bullets": 4}, "Summarize the key takeaways in exactly 4 bullet points"),
        ("keywords:forbidden_words", {"forbidden_words": ["significant"]}, 'avoid the word "significant"'),
    ],
    untyped=["Nothing else in the reply, no intro line."],
    tags=["insent"],
)

# 16 orc battle chant caps
add(
'''For the orc faction's loading screen: write a battle chant, ALL IN CAPITAL LETTERS, 8 lines max. it should be about the Bloodmoon rising.''',
    [
        ("change_case:english_capital", {}, "ALL IN CAPITAL LETTERS"),
        ("length:number_lines", {"num_lines": 9, "relation": LT}, "8 lines max."),
    ],
    untyped=["it should be about the Bloodmoon rising."],
    tags=["caps"],
)

# 17 one-line commit msg
add(
'''one-line commit msg for: bumped the helm chart's default replicaCount from 2 to 3 and added a PDB with minAvailable 2. <=72 chars, no trailing period, imperative mood.''',
    [
        ("length:number_lines", {"num_lines": 2, "relation": LT}, "one-line commit msg"),
        ("length:number_characters", {"num_chars": 73, "relation": LT}, "<=72 chars"),
    ],
    untyped=["no trailing period", "imperative mood."],
    tags=["insent", "typo"],
)

# 18 freezer defrost email
add(
'''Write an email to all lab members reminding them the -80 freezer in room 214 is being defrosted soon. They need to move their boxes to the backup freezer by Thursday 5pm. Use square-bracket placeholders for anything I haven't decided yet (defrost date, backup freezer location), at least two. Add a P.S. asking people to label unlabeled boxes. Keep the whole email below 150 words.''',
    [
        ("detectable_content:number_placeholders", {"num_placeholders": 2}, "Use square-bracket placeholders for anything I haven't decided yet (defrost date, backup freezer location), at least two."),
        ("detectable_content:postscript", {"postscript_marker": "P.S."}, "Add a P.S. asking people to label unlabeled boxes."),
        ("length_constraints:number_words", {"num_words": 150, "relation": LT}, "Keep the whole email below 150 words."),
    ],
    tags=["words"],
)

# 19 terse k8s probes
add(
'''Explain k8s liveness vs readiness probes. 3 paras separated by ***. no commas. <200 words.''',
    [
        ("length_constraints:number_paragraphs", {"num_paragraphs": 3}, "3 paras separated by ***."),
        ("punctuation:no_comma", {}, "no commas."),
        ("length_constraints:number_words", {"num_words": 200, "relation": LT}, "<200 words."),
    ],
    tags=["typo"],
)

# 20 user stories
add(
'''Turn these interview notes into user stories.

Notes:
- "I never know which experiments are still running"
- "Exporting results to Sheets takes me 20 minutes every Friday"
- "I want to get pinged when a metric tanks, not find out in standup"

Format: numbered list, no more than 6 stories, each in "As a ..., I want ..., so that ..." form. Start your response with "User stories:" and nothing before it.''',
    [
        ("format:numbered_list", {"num_items": 7, "relation": LT}, "numbered list, no more than 6 stories"),
        ("startend:start_phrase", {"start_phrase": "User stories:"}, 'Start your response with "User stories:"'),
    ],
    untyped=['each in "As a ..., I want ..., so that ..." form'],
    tags=["list"],
)

# 21 disk yes/no/maybe
add(
'''Based on this, will we run out of disk on db-replica-04 before the weekend? Answer with one of: "My answer is yes.", "My answer is no.", "My answer is maybe." Nothing else.

```
$ df -h /var/lib/postgresql
Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme1n1    2.0T  1.8T  205G  90% /var/lib/postgresql
# growth last 7d: ~38G/day
```
today is Wednesday.''',
    [
        ("detectable_format:constrained_response", {}, 'Answer with one of: "My answer is yes.", "My answer is no.", "My answer is maybe."'),
    ],
    tags=[],
)

# 22 bestiary JSON
add(
'''Need data for one new enemy for the bestiary. Reply in JSON with exactly these keys: "name", "habitat", "weakness", "lore". the lore field should be 2 sentences tops. Don't use the word "ancient", every enemy we have is already ancient lol''',
    [
        ("detectable_format:json_format", {}, "Reply in JSON"),
        ("format:json_keys", {"keys": ["name", "habitat", "weakness", "lore"]}, 'with exactly these keys: "name", "habitat", "weakness", "lore"'),
        ("keywords:forbidden_words", {"forbidden_words": ["ancient"]}, 'Don\'t use the word "ancient"'),
    ],
    untyped=["the lore field should be 2 sentences tops."],
    tags=[],
)

# 23 methods paragraph
add(
'''Rewrite this methods paragraph so that reviewer 2 stops complaining it's unreadable. Keep every sentence to 25 words or fewer. Don't add any results, and don't wrap your version in quotes.

"Cells were seeded at a density of 2x10^5 per well in 6-well plates that had been pre-coated with poly-L-lysine and were allowed to adhere overnight after which they were transfected using Lipofectamine 3000 according to manufacturer's instructions with 2.5 ug plasmid DNA per well and media was changed at 6 h post-transfection."''',
    [
        ("length:max_words_per_sentence", {"max_words": 25}, "Keep every sentence to 25 words or fewer."),
        ("startend:no_quotation", {}, "don't wrap your version in quotes"),
    ],
    untyped=["Don't add any results"],
    tags=[],
)

# 24 terraform in German
add(
'''Erklär mir bitte kurz, was dieser Terraform-Block macht. Antworte auf Deutsch, maximal 100 Wörter, keine Aufzählungspunkte.

```hcl
resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    expiration { days = 90 }
  }
}
```''',
    [
        ("language:response_language", {"language": "de"}, "Antworte auf Deutsch"),
        ("length_constraints:number_words", {"num_words": 101, "relation": LT}, "maximal 100 Wörter"),
        ("format:bullet_points", {"num_bullets": 1, "relation": LT}, "keine Aufzählungspunkte"),
    ],
    tags=["lang"],
)

# 25 offline mode PRD parts
add(
'''Title it with double angle brackets like <<Offline Mode PRD>>. Then write 3 parts, each starting with "PART 1", "PART 2", "PART 3": problem, proposed solution, success metrics. Context: our mobile app loses drafts when users go through subway tunnels. Highlight at least two key risks with markdown italics or bold.''',
    [
        ("detectable_format:title", {}, "Title it with double angle brackets like <<Offline Mode PRD>>."),
        ("detectable_format:multiple_sections", {"section_spliter": "PART", "num_sections": 3}, 'write 3 parts, each starting with "PART 1", "PART 2", "PART 3"'),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2}, "Highlight at least two key risks with markdown italics or bold."),
    ],
    tags=["words"],
)

# 26 LinkedIn post wastewater dashboard
add(
'''Write a LinkedIn post announcing that our lab's wastewater surveillance dashboard is now public (https://example.org/wastewater). We track SARS-CoV-2 and influenza A across 14 treatment plants, updated twice weekly. Include 3+ hashtags and at least one link to the dashboard. (Under 120 words.) A single emoji tops.''',
    [
        ("content:number_hashtags", {"num_hashtags": 3, "relation": AL}, "Include 3+ hashtags"),
        ("content:include_url", {}, "at least one link to the dashboard"),
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, "(Under 120 words.)"),
        ("format:number_emojis", {"num_emojis": 2, "relation": LT}, "A single emoji tops."),
    ],
    tags=["words"],
)

# 27 discord patch notes lowercase
add(
'''write a patch notes post for our discrod, version 0.9.2 of Hollowdeep. changes: dash cooldown 1.2s -> 0.9s, fixed softlock in the sunken library, new boss music. keep the whole thing lowercase (our community manager's style), use - bullets, at least 3 of them. no more than 2 emojis. and at least one exclamation mark, it's a hype post''',
    [
        ("change_case:english_lowercase", {}, "keep the whole thing lowercase"),
        ("format:bullet_points", {"num_bullets": 3, "relation": AL}, "use - bullets, at least 3 of them."),
        ("format:number_emojis", {"num_emojis": 3, "relation": LT}, "no more than 2 emojis."),
        ("punctuation:use_exclamation", {}, "at least one exclamation mark"),
    ],
    tags=["lower", "typo"],
)

# 28 status page update list
add(
'''Status page update for customers. We're seeing elevated error rates on EU webhooks since 09:40 UTC; mitigation in progress (rerouting to eu-west-2). Requirements:
1. Under 400 characters.
2. No jargon like "rerouting" or "eu-west-2", customers don't care.
3. End with "Next update in 30 minutes."
4. No exclamation points, obviously.''',
    [
        ("length:number_characters", {"num_chars": 400, "relation": LT}, "Under 400 characters."),
        ("startend:end_checker", {"end_phrase": "Next update in 30 minutes."}, 'End with "Next update in 30 minutes."'),
        ("punctuation:no_exclamation", {}, "No exclamation points, obviously."),
    ],
    untyped=['No jargon like "rerouting" or "eu-west-2", customers don\'t care.'],
    tags=["list"],
)

# 29 specific aims
add(
'''Write the Specific Aims intro for my R01 on microglial pruning in adolescent mice. Exactly 3 paragraphs separated by blank lines, and the third paragraph has to start with the word "Therefore". Aim for at least 300 words. Confident but not overclaiming.''',
    [
        ("length_constraints:nth_paragraph_first_word", {"num_paragraphs": 3, "nth_paragraph": 3, "first_word": "Therefore"}, 'Exactly 3 paragraphs separated by blank lines, and the third paragraph has to start with the word "Therefore".'),
        ("length_constraints:number_words", {"num_words": 300, "relation": AL}, "Aim for at least 300 words."),
    ],
    untyped=["Confident but not overclaiming."],
    tags=[],
)

# 30 repeat prompt prometheus
add(
'''First repeat my request word for word, then answer it; put the rule itself in a yaml code block. Request: Suggest a Prometheus alert rule for when p99 latency of the checkout service exceeds 800ms for 10 minutes.''',
    [
        ("combination:repeat_prompt", {"prompt_to_repeat": "Suggest a Prometheus alert rule for when p99 latency of the checkout service exceeds 800ms for 10 minutes."}, "First repeat my request word for word, then answer it"),
        ("format:code_block", {"num_blocks": 1, "relation": AL}, "put the rule itself in a yaml code block"),
    ],
    tags=[],
)

# 31 tavern barks
add(
'''Give me at least 10 idle barks for the tavern keeper NPC, as a numbered list. Each bark ≤ 60 chars so it fits the speech bubble. PG-13, no swearing. And don't use the phrase "back in my day", the old miner already says it.''',
    [
        ("format:numbered_list", {"num_items": 10, "relation": AL}, "Give me at least 10 idle barks for the tavern keeper NPC, as a numbered list."),
        ("keywords:forbidden_phrase", {"phrase": "back in my day"}, 'don\'t use the phrase "back in my day"'),
    ],
    untyped=["Each bark ≤ 60 chars so it fits the speech bubble.", "PG-13, no swearing."],
    tags=["insent"],
)

# 32 CI failure
add(
'''CI keeps failing on this step. whats going on? answr in under 5 sentances and don't paste the log back at me. no markdown either, it's going in a Jira comment.

```
Run actions/setup-node@v4
Error: Unable to resolve version: 18.x from .nvmrc
##[error]Process completed with exit code 1.
```''',
    [
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "answr in under 5 sentances"),
        ("format:no_markdown", {}, "no markdown either"),
    ],
    untyped=["don't paste the log back at me"],
    tags=["typo"],
)

# 33 bulk edit banner
add(
'''Write the in-app announcement banner (headline + body) for our new Bulk Edit feature. Must contain the exact phrase "Meet Bulk Edit". Keep the whole thing under 40 words. Title Case for everything please, the design system wants it.''',
    [
        ("keywords:required_phrase", {"phrase": "Meet Bulk Edit"}, 'Must contain the exact phrase "Meet Bulk Edit".'),
        ("length_constraints:number_words", {"num_words": 40, "relation": LT}, "Keep the whole thing under 40 words."),
        ("format:title_case", {}, "Title Case for everything please"),
    ],
    tags=[],
)

# 34 data quality note
add(
'''Write a short data-quality note for the analytics channel about the duplicate events we found in the `page_view` table on Mar 3-5 (a client retry bug double-fired events; ~7% inflation). Don't shout: use fewer than 3 all-caps words (acronyms count, so go easy on SDK/ETL/etc). Finish with a question asking if anyone relied on those numbers.''',
    [
        ("change_case:capital_word_frequency", {"capital_frequency": 3, "capital_relation": LT}, "use fewer than 3 all-caps words"),
        ("content:end_with_question", {}, "Finish with a question asking if anyone relied on those numbers."),
    ],
    tags=[],
)

# 35 autoclave SOP
add(
'''I'm the lab manager and I need an SOP for running the autoclave (Tuttnauer 3870EL) for liquid loads. Please break it into 5 sections, labelled SECTION 1 through SECTION 5. Use at least 150 words. Include the word "indicator" at least 2 times since people keep forgetting the tape.''',
    [
        ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": 5}, "break it into 5 sections, labelled SECTION 1 through SECTION 5."),
        ("length_constraints:number_words", {"num_words": 150, "relation": AL}, "Use at least 150 words."),
        ("keywords:frequency", {"keyword": "indicator", "frequency": 2, "relation": AL}, 'Include the word "indicator" at least 2 times'),
    ],
    tags=[],
)

# 36 hotfix template
add(
'''Fill in this template for the hotfix announcement, keep the template exactly as-is:

Version: [version]
What broke: [one sentence]
What we fixed: [one sentence]
Do you need to do anything: [yes/no + one sentence]

Context: 3.8.1 shipped a migration that dropped the NOT NULL on invoices.customer_id; 3.8.2 restores it and backfills. Self-hosted customers must run `migrate --to 3.8.2`. Don't leave any [bracketed] placeholders in the output, and no markdown.''',
    [
        ("format:output_template", {}, "Fill in this template for the hotfix announcement, keep the template exactly as-is"),
        ("detectable_content:fewer_placeholders", {"num_placeholders": 1}, "Don't leave any [bracketed] placeholders in the output"),
        ("format:no_markdown", {}, "no markdown."),
    ],
    tags=[],
)

# 37 codex entry
add(
'''Write the in-game codex entry for the Drowned Choir, a cult that worships a sunken bell. It has to open with "Recovered fragment:" and run 120 to 160 words. Written like a found document. Zero commas; the font we use renders them badly in that menu lol''',
    [
        ("startend:start_phrase", {"start_phrase": "Recovered fragment:"}, 'It has to open with "Recovered fragment:"'),
        ("count:word_count_range", {"min_words": 120, "max_words": 160}, "run 120 to 160 words"),
        ("punctuation:no_comma", {}, "Zero commas"),
    ],
    untyped=["Written like a found document."],
    tags=[],
)

# 38 on-call handoff
add(
'''handoff note for the next on-call. max 10 lines. plain text. stuff that happened: kafka broker 3 restarted twice (disk), we silenced the flaky synthetic check for /healthz until Monday, cert for internal-api renews tomorrow 03:00. remember: ten lines max, they read it on their phone''',
    [
        ("length:number_lines", {"num_lines": 11, "relation": LT}, ["max 10 lines.", "ten lines max"]),
        ("format:no_markdown", {}, "plain text."),
    ],
    tags=["repeat", "lower", "words"],
)

# 39 Mann-Whitney explainer
add(
'''Can you explain to my grad students when to use a Mann-Whitney U test instead of a t-test? No more than 6 bullet points. Bold at least 2 key terms. Also, please don't use em dashes; they copy-paste weirdly into our LaTeX notes.''',
    [
        ("format:bullet_points", {"num_bullets": 7, "relation": LT}, "No more than 6 bullet points."),
        ("detectable_format:number_highlighted_sections", {"num_highlights": 2}, "Bold at least 2 key terms."),
        ("punctuation:no_em_dash", {}, "please don't use em dashes"),
    ],
    tags=["polite"],
)

# 40 Linear vs Jira
add(
'''Write a comparison of Linear vs Jira for our 12-person team (mostly backend, we do 2-week sprints). Format: markdown table followed by a recommendation paragraph. Don't go past 250 words. Don't include any links.''',
    [
        ("length_constraints:number_words", {"num_words": 251, "relation": LT}, "Don't go past 250 words."),
        ("content:no_urls", {}, "Don't include any links."),
    ],
    untyped=["markdown table followed by a recommendation paragraph"],
    tags=[],
)

# 41 activation rate json
add(
'''```
date,signups,activations
2024-05-01,312,188
2024-05-02,298,171
2024-05-03,355,230
```
compute the activation rate per day and give it back as json: {"daily_rates": [...], "mean_rate": ..., "notes": ...}. JSON only!! no prose before or after.''',
    [
        ("detectable_format:json_format", {}, ["give it back as json", "JSON only!!"]),
        ("format:json_keys", {"keys": ["daily_rates", "mean_rate", "notes"]}, '{"daily_rates": [...], "mean_rate": ..., "notes": ...}'),
    ],
    tags=["repeat"],
)

# 42 swamp quest names, separator
add(
'''Give me 8 quest names for the swamp zone, separated by the token <SEP> instead of bullet points (our import script splits on it). At least one name should use "bog" or "mire". Max 4 words per name.''',
    [
        ("format:list", {"sep": "<SEP>"}, "separated by the token <SEP> instead of bullet points"),
        ("keywords:include_any", {"forbidden_words": ["bog", "mire"]}, 'At least one name should use "bog" or "mire".'),
    ],
    untyped=["Max 4 words per name."],
    tags=["insent"],
)

# 43 bash script review
add(
'''Review this script (max 120 words) but DON'T rewrite it. No code blocks in your answer, just tell me what's wrong.

```bash
#!/bin/bash
for f in $(ls /var/log/app/*.log); do
  gzip $f
  aws s3 cp $f.gz s3://logs-archive/$(hostname)/
done
```''',
    [
        ("length_constraints:number_words", {"num_words": 121, "relation": LT}, "(max 120 words)"),
        ("format:code_block", {"num_blocks": 1, "relation": LT}, "No code blocks in your answer"),
    ],
    untyped=["DON'T rewrite it."],
    tags=["caps"],
)

# 44 retention tooltip
add(
'''Tooltip copy for the "Retention" KPI card. It should include exactly two numbers (the percentage and the day window), no more. Under 100 characters. No exclamation marks.''',
    [
        ("count:numbers", {"N": 2}, "It should include exactly two numbers"),
        ("length:number_characters", {"num_chars": 100, "relation": LT}, "Under 100 characters."),
        ("punctuation:no_exclamation", {}, "No exclamation marks."),
    ],
    tags=["words"],
)

# 45 exec summary outage
add(
'''Exec summary of yesterday's outage for the VP. The first sentence needs to contain the word "impact". 80 words or less. No technical acronyms (no DNS, TTL, etc.).
Facts: DNS change to the apex record at 14:02 with a TTL of 86400 pointed api.example.com to the old LB; ~38% of requests failed for 47 minutes; rolled back at 14:49; caches took up to 3h to clear for some ISPs.''',
    [
        ("sentence:keyword", {"word": "impact", "N": 1}, 'The first sentence needs to contain the word "impact".'),
        ("length_constraints:number_words", {"num_words": 81, "relation": LT}, "80 words or less."),
    ],
    untyped=["No technical acronyms (no DNS, TTL, etc.)."],
    tags=[],
)

# 46 bard ballad
add(
'''Our bard NPC sings a short ballad about the fall of Vel Zareth. Lyrics only, no more than 16 lines. The letter z should show up at least 6 times (the dialect in that region leans on z sounds). Don't wrap it in quotation marks.''',
    [
        ("length:number_lines", {"num_lines": 17, "relation": LT}, "no more than 16 lines."),
        ("keywords:letter_frequency", {"letter": "z", "let_frequency": 6, "let_relation": AL}, "The letter z should show up at least 6 times"),
        ("startend:no_quotation", {}, "Don't wrap it in quotation marks."),
    ],
    untyped=["Lyrics only"],
    tags=[],
)

# 47 Korean notice translation
add(
'''Translate this notice from our Seoul collaborators into English for the lab Slack. Don't leave any Hangul in it, even for names; romanize them. Keep it under 60 words.

"다음 주 화요일 오전 10시에 공초점 현미경 교육이 있습니다. 참석을 원하시면 김민수 박사에게 연락 주세요."''',
    [
        ("language:response_language", {"language": "en"}, "Translate this notice from our Seoul collaborators into English"),
        ("language:no_script", {"script": "hangul"}, "Don't leave any Hangul in it"),
        ("length_constraints:number_words", {"num_words": 60, "relation": LT}, "Keep it under 60 words."),
    ],
    tags=["insent"],
)

# 48 planning agenda
add(
'''Agenda for Thursday's quarterly planning (90 min, 8 people, remote). Don't use any headings, just a numbered list of agenda items with time boxes, at least 5 items. Keep it tight.''',
    [
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Don't use any headings"),
        ("format:numbered_list", {"num_items": 5, "relation": AL}, "a numbered list of agenda items with time boxes, at least 5 items."),
    ],
    untyped=["Keep it tight."],
    tags=[],
)

# 49 README installation
add(
'''Write the "Installation" section of the README for our Python SDK (pip package `tessellate-sdk`, needs Python 3.9+). Use at least 2 fenced code blocks (pip install + a minimal import example). Include a link to https://docs.tessellate.dev.

P.S. avoid the words "easy" and "just" please.''',
    [
        ("format:code_block", {"num_blocks": 2, "relation": AL}, "Use at least 2 fenced code blocks"),
        ("content:include_url", {}, "Include a link to https://docs.tessellate.dev."),
        ("keywords:forbidden_words", {"forbidden_words": ["easy", "just"]}, 'avoid the words "easy" and "just" please.'),
    ],
    tags=["ps", "polite"],
)

# 50 all caps frustrated SRE
add(
'''WRITE A SHORT SLACK MESSAGE TELLING THE TEAM TO STOP DEPLOYING TO PROD UNTIL THE FREEZE LIFTS AT 18:00. UNDER 50 WORDS. DON'T USE ALL CAPS IN THE MESSAGE ITSELF, I'M ONLY YELLING AT YOU.''',
    [
        ("length_constraints:number_words", {"num_words": 50, "relation": LT}, "UNDER 50 WORDS."),
        ("change_case:not_english_capital", {}, "DON'T USE ALL CAPS IN THE MESSAGE ITSELF"),
    ],
    tags=["caps"],
)

# 51 PR description
add(
'''PR description for the change below. Begin with a verb, e.g. "Adds" or "Fixes". Include a "Testing" heading and a "Risk" heading (markdown ##), so 2 headings minimum. No emojis.
```diff
- df = pd.read_csv(path)
+ df = pd.read_csv(path, dtype={"zip": str})
```''',
    [
        ("words:start_verb", {}, "Begin with a verb"),
        ("format:markdown_headings", {"num_headings": 2, "relation": AL}, "so 2 headings minimum"),
        ("format:no_emoji", {}, "No emojis."),
    ],
    untyped=['Include a "Testing" heading and a "Risk" heading'],
    tags=[],
)

# 52 Steam description in Spanish
add(
'''Escribe la descripción de la tienda (Steam) para nuestro juego "Faro de Ceniza", un roguelite de faros y tormentas. En español, entre 100 y 150 palabras, y que termine exactamente con la frase "¿Te atreves a encender el faro?"''',
    [
        ("language:response_language", {"language": "es"}, "En español"),
        ("count:word_count_range", {"min_words": 100, "max_words": 150}, "entre 100 y 150 palabras"),
        ("startend:end_checker", {"end_phrase": "¿Te atreves a encender el faro?"}, 'que termine exactamente con la frase "¿Te atreves a encender el faro?"'),
    ],
    tags=["lang"],
)

# 53 nginx CAB summary
add(
'''Summarize what changed in this nginx config for the change-advisory board. Don't bold or italicize anything, the CAB tool renders asterisks literally. 3 sentences or more, but stay under 90 words.
```
-    proxy_read_timeout 60s;
+    proxy_read_timeout 300s;
+    client_max_body_size 50m;
```''',
    [
        ("detectable_format:fewer_highlighted_sections", {"num_highlights": 1}, "Don't bold or italicize anything"),
        ("length_constraints:number_sentences", {"num_sentences": 3, "relation": AL}, "3 sentences or more"),
        ("length_constraints:number_words", {"num_words": 90, "relation": LT}, "stay under 90 words."),
    ],
    tags=[],
)

# 54 lab meeting outline
add(
'''outline for my lab meeting talk (20 min) on the failed CRISPR screen replication. use * bullets with - sub-bullets under each one. at least 150 words overall. dont put a title in <<>>, i'll add my own''',
    [
        ("format:sub-bullets", {}, "use * bullets with - sub-bullets under each one."),
        ("length_constraints:number_words", {"num_words": 150, "relation": AL}, "at least 150 words overall."),
        ("detectable_format:no_title", {}, "dont put a title in <<>>"),
    ],
    tags=["lower", "typo"],
)

# 55 SSO support reply
add(
'''Write a reply to a customer who asked for SSO on the Starter plan (it's Enterprise only). Be kind but firm. Under 120 words. Must not include any URLs, legal says no pricing links in support emails. Close with exactly: "Thanks for building with us, Priya". And again, under 120.''',
    [
        ("length_constraints:number_words", {"num_words": 120, "relation": LT}, ["Under 120 words.", "under 120."]),
        ("content:no_urls", {}, "Must not include any URLs"),
        ("startend:end_checker", {"end_phrase": "Thanks for building with us, Priya"}, 'Close with exactly: "Thanks for building with us, Priya"'),
    ],
    untyped=["Be kind but firm."],
    tags=["repeat"],
)

# 56 kubectl drain options
add(
'''```
NAME                      READY   STATUS    NODE
ledger-0                  1/1     Running   node-7
ledger-1                  1/1     Running   node-8
ingest-7f9c-2xkq          1/1     Running   node-7
```
ledger is a 2-replica statefulset with a PDB of minAvailable: 2. Is it safe to `kubectl drain node-7` right now? Reply with only one of safe/unsafe/depends, no explanation.''',
    [
        ("format:options", {"options": "safe/unsafe/depends"}, "Reply with only one of safe/unsafe/depends"),
    ],
    tags=[],
)

# 57 dbt model description
add(
'''Give me a one-sentence description of the `fct_orders` dbt model for the schema.yml. It's one row per order, with net revenue after refunds and the first-touch marketing channel. Wrap your whole answer in double quotes (it's going straight into YAML). Don't use a colon anywhere. Under 30 words.''',
    [
        ("startend:quotation", {}, "Wrap your whole answer in double quotes"),
        ("length_constraints:number_words", {"num_words": 30, "relation": LT}, "Under 30 words."),
    ],
    untyped=["Give me a one-sentence description", "Don't use a colon anywhere."],
    tags=[],
)

# 58 farming sim achievements
add(
'''Need achievement names + descriptions for our farming sim. Numbered list, 12+ entries. Names in title case is fine but the descriptions should be normal sentence case. Include the word "harvest" at least three times across the list. No "kale me maybe" pun, we've had enough of it.''',
    [
        ("format:numbered_list", {"num_items": 12, "relation": AL}, "Numbered list, 12+ entries."),
        ("keywords:frequency", {"keyword": "harvest", "frequency": 3, "relation": AL}, 'Include the word "harvest" at least three times across the list.'),
        ("keywords:forbidden_phrase", {"phrase": "kale me maybe"}, 'No "kale me maybe" pun'),
    ],
    untyped=["Names in title case is fine but the descriptions should be normal sentence case."],
    tags=["words"],
)

# 59 French welcome email
add(
'''Our lab is hosting a postdoc from Lyon next month. Write her a welcome email in French (no English at all, please) covering badge pickup, safety training on day one, and where the cold room is. At most 200 words. Add at least two placeholders like [date] and [building] for details I'll fill in.''',
    [
        ("language:response_language", {"language": "fr"}, ["Write her a welcome email in French", "no English at all, please"]),
        ("length_constraints:number_words", {"num_words": 201, "relation": LT}, "At most 200 words."),
        ("detectable_content:number_placeholders", {"num_placeholders": 2}, "Add at least two placeholders like [date] and [building]"),
    ],
    untyped=["covering badge pickup, safety training on day one, and where the cold room is"],
    tags=["repeat", "polite", "words"],
)

# 60 release bot system prompt
add(
'''You're the release manager bot for the Android team. Rules:
- Every answer starts with "RELEASE BOT:"
- Never use markdown headings
- Keep answers to 4 sentences or fewer
- never ask follow-up questions at the end

Q: can we ship 5.12.0 to 100% today? crash-free users is 99.62% on the 20% rollout (target 99.5%), one P2 open on tablet layout.''',
    [
        ("startend:start_phrase", {"start_phrase": "RELEASE BOT:"}, 'Every answer starts with "RELEASE BOT:"'),
        ("format:markdown_headings", {"num_headings": 1, "relation": LT}, "Never use markdown headings"),
        ("length_constraints:number_sentences", {"num_sentences": 5, "relation": LT}, "Keep answers to 4 sentences or fewer"),
        ("content:not_end_with_question", {}, "never ask follow-up questions at the end"),
    ],
    tags=["system", "list"],
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
