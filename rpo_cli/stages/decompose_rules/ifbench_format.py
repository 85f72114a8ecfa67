"""Format rules for the IFBench-derived types (constraints/ifbench_format.py): nesting, fixed
options, custom list markers, layouts of lines and bullets, title case, templates, whitespace,
and the fixed tasks with one expected output (CSV tables, sorted lists, counting).

Each rule reads the phrasing family of its type's own describe() text (so a rewritten prompt
decomposes back to what it states) with the shared grammar's quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rpo_cli.stages.decompose_rules.grammar import _I, QUOTED, Ctx, Hit, _negated, _scan, _unquote, rule

_PRIO = 85
_NO_EXPLANATION = re.compile(r"\.?\s*(?:give\s+no|do\s+not\s+give\s+any|don't\s+give\s+any)\s+explanations?\.?", _I)

#: Fixed phrasings of types without kwargs: (id, pattern), each the family of ways its one
#: requirement is put.
_FIXED = (
    ("format:parentheses", r"\bnest\s+parentheses,\s+(?:square\s+)?brackets,?\s+and\s+curly\s+braces\s+at\s+least\s+"
     r"(?:5|five)\s+levels\s+deep(?:,?\s+as\s+in\s+\(\s*\[\s*\{[\s(\[\]{})]*\))?"),
    ("format:quotes",
     r"\binclude\s+quotations\s+nested\s+inside\s+quotations\s+at\s+least\s+(?:3|three)\s+levels\s+deep"
     r"(?:,?\s+alternating\s+double\s+and\s+single\s+quotes)?(?:,?\s+as\s+in\s+\"a\s+'b\s+\"c\"\s+b'\s+a\")?"),
    ("format:newline", r"\b(?:write|put|place)\s+each\s+word\s+on\s+(?:a\s+new|its\s+own|a\s+separate)\s+line"),
    ("format:emoji", r"\bend\s+(?:every|each)\s+sentence\s+with\s+an\s+emoji"),
    ("format:line_indent",
     r"\bcreate\s+stairs\s+by\s+indenting\s+each\s+new\s+line\s+further\s+than\s+the\s+(?:line|one)\s+"
     r"before\s+it"),
    ("format:quote_unquote",
     r"\bfollow\s+(?:every|each)\s+quoted\s+phrase\s+with\s+an\s+explanation\s+that\s+is\s+not\s+in\s+"
     r"quotes"),
    ("format:thesis", r"\b(?:begin|start)\s+each\s+section\s+with\s+a\s+thesis\s+statement\s+in\s+italics"
     r"(?:,?\s+using\s+HTML\s+tags\s*(?:\(<i>\.\.\.</i>\))?\s+for\s+the\s+italics)?"),
    ("format:sub-bullets",
     r"\buse\s+bullet\s+points\s+marked\s+with\s+\*,?\s+and\s+give\s+each\s+bullet(?:\s+point)?\s+at\s+least\s+"
     r"one\s+sub-bullet\s+marked\s+with\s+-"),
    ("format:no_bullets_bullets",
     r"\bwrite\s+at\s+least\s+two\s+sentences\s+that\s+end\s+with\s+a\s+period,?\s+followed\s+by\s+"
     r"at\s+least\s+two\s+bullet\s+points(?:\s+marked\s+with\s+\*)?"),
    ("format:title_case", r"\bwrite\s+(?:the\s+entire\s+|your\s+(?:entire\s+)?)(?:response|answer)\s+in\s+title\s+case"
     r"(?:,?\s+capitali[sz]ing\s+the\s+first\s+letter\s+of\s+every\s+major\s+word)?"),
    ("format:output_template",
     r"\buse\s+this\s+exact\s+template\s+for\s+the\s+(?:response|answer)\s*:\s*My\s+Answer:\s*"
     r"\[answer\]\s*My\s+Conclusion:\s*\[conclusion\]\s*Future\s+Outlook:\s*\[outlook\]"),
    ("format:no_whitespace",
     r"\b(?:do\s+not|don't)\s+use\s+any\s+whitespace(?:\s+(?:characters\s+)?in\s+(?:your|the)\s+"
     r"(?:response|answer))?"),
    # the same requirements put other ways
    ("format:emoji",
     r"\b(?:(?:(?:(?<=sentences,\s)|(?<=sentences\s))(?:each|every)\s+one|(?:each|every)\s+sentence)\s+(?:should\s+|must\s+|has\s+to\s+|"
     r"needs\s+to\s+)?(?:clos|end|finish)(?:ing|es|s)?"
     r"\s+(?:with|in|on)\s+(?:an?|one)\s+emoji|(?:close|finish)\s+(?:each|every)\s+sentence\s+with\s+(?:an?|one)\s+emoji)"),
    ("format:no_bullets_bullets",
     r"\b(?:(?:open|start|begin)\s+with\s+)?(?:at\s+least\s+(?:two|2)|(?:two|2)\s+or\s+more|(?:two|2)\+)\s+(?:[\w-]+\s+){0,2}"
     r"sentences\b[^.;]{0,80}?,?\s+(?:then|followed\s+by|and\s+then|before)\s+(?:at\s+least\s+(?:two|2)|(?:two|2)\s+or\s+"
     r"more|(?:two|2)\+)\s+(?:[\w-]+\s+)?bullet(?:s|\s+points)(?:\s+marked\s+with\s+\*)?"),
    ("format:parentheses",
     r"\bnest\s+(?:your\s+|the\s+)?(?:parentheses|brackets)(?:\s*\([^()]*\))?(?:,?\s+(?:and\s+)?(?:square\s+)?brackets)?"
     r"(?:,?\s+(?:and\s+)?(?:curly\s+)?braces)?\s+(?:at\s+least\s+)?(?:5|five)\s+levels\s+deep"),
    ("format:quotes",
     r"\b(?:use\s+)?(?:quotes|quotations|quotation\s+marks)\s+(?:within|inside)\s+(?:quotes|quotations)\s+(?:within|inside)\s+"
     r"(?:quotes|quotations),?\s+(?:at\s+least\s+)?(?:3|three)\s+levels\s+deep"),
    ("format:emoji", r"\b(?:put|place|add|use)\s+an\s+emoji\s+at\s+the\s+end\s+of\s+(?:every|each)\s+sentence"),
    ("format:line_indent",
     r"\b(?:create|make|form)\s+(?:a\s+)?stairs?(?:case)?\s+by\s+(?:incrementally\s+|progressively\s+)?indenting\s+"
     r"(?:each|every)\s+(?:new\s+)?line(?:\s+(?:more|further)(?:\s+than\s+the\s+(?:line|one)\s+before\s+it)?)?"),
    ("format:quote_unquote",
     r"\b(?:every|each|any)\s+quoted\s+phrase\s+(?:must|should)\s+be\s+followed\s+by\s+an?\s+(?:unquoted\s+)?"
     r"explanation(?:\s+that\s+is\s+not\s+in\s+quotes)?"),
    ("format:sub-bullets",
     r"\buse\s+bullet\s+points\s+with\s+(?:at\s+least\s+one\s+sub-?bullet\s+(?:each|under\s+each)|sub-?bullets\s+"
     r"under\s+(?:each|every)\s+(?:one|bullet(?:\s+point)?))"),
    ("format:title_case",
     r"\b(?:write|put)\s+(?:everything|it\s+all|the\s+whole\s+(?:thing|response|answer))\s+in\s+title\s+case"),
    # "Title case please!!", "use title case": asked of the whole text (not "title case for the headings")
    ("format:title_case",
     r"(?:\buse\s+title\s+case|(?<![\w'’]\s)(?<![\w'’])title\s+case\s+(?:please|pls|plz)(?=\s*[.!,;]|\s*$))"
     r"(?!\s+(?:for|in|on)\b)"),
    # "Title Case everything", "title case the whole way through", "Every Word Capitalized Like This"
    ("format:title_case",
     r"\btitle\s+case\s+(?:everything|it\s+all|throughout|the\s+whole\s+(?:way\s+through|thing))\b"
     r"|\bevery\s+word\s+capitali[sz]ed\s+like\s+this\b"),
    # "output one word per line", "each word is on its own line"
    ("format:newline",
     r"\b(?:(?:output|write|put|give\s+me|list\s+them|with)\s+)?one\s+word\s+per\s+line\b(?!\s+break)|\b(?:each|every)\s+word\s+"
     r"(?:is|goes|should\s+be|must\s+be|has\s+to\s+be|sits)\s+on\s+(?:a\s+new|its\s+own|a\s+separate)\s+line\b"),
    ("format:no_whitespace",
     r"\b(?:your|the)\s+(?:response|answer|output|reply)\s+(?:must|should)\s+not\s+(?:contain|include|have)\s+any\s+"
     r"whitespace(?:\s+characters)?"),
    ("custom:multiples", r"\bcount\s+from\s+10\s+to\s+50,?\s+but\s+print\s+only\s+the\s+multiples\s+of\s+7"),
    ("custom:reverse_newline",
     r"\blist\s+the\s+countries\s+of\s+Africa\s+in\s+reverse\s+alphabetical\s+order,?\s+each\s+on\s+"
     r"a\s+new\s+line"),
    ("custom:date_format_list",
     r"\blist\s+the\s+start\s+dates\s+of\s+all\s+the\s+battles\s+Napoleon\s+fought,?\s+separated\s+"
     r"by\s+commas,?\s+in\s+the\s+date\s+format\s+YYYY-MM-DD"),
    ("custom:european_capitals_sort",
     r"\bgive\s+the\s+names\s+of\s+all\s+capital\s+cities\s+of\s+European\s+countries\s+whose\s+"
     r"latitude\s+is\s+higher\s+than\s+45\s+degrees",
     r"\.\s+List\s+the\s+cities\s+without\s+country\s+names,?\s+separated\s+by\s+"
     r"commas,?\s+sorted\s+by\s+latitude\s+from\s+highest\s+to\s+lowest"),
    ("custom:mcq_count_length",
     r"\bwrite\s+4\s+multiple-choice\s+questions\s+about\s+20th-century\s+art\s+history,?\s+each\s+"
     r"with\s+5\s+options",
     r"\.\s+Begin\s+each\s+question\s+with\s+the\s+label\s+\"Question\",?\s+make\s+each\s+question\s+longer"
     r"\s+than\s+the\s+one\s+before"),
)  # fmt: skip

#: The fixed CSV tasks: the header names and delimiter tell them apart.
_CSV = (
    ("custom:csv_city",
     r"\"ID\",\s+\"Country\",\s+\"City\",\s+\"Year\"\s+and\s+\"Count\",\s+comma\s+delimited,\s+with\s+7\s+"
     r"rows\s+of\s+data"),
    ("custom:csv_quotes",
     r"\"StudentID\",\s+\"Subject\",\s+\"Grade\",\s+\"Semester\"\s+and\s+\"Score\",\s+tab\s+delimited,\s+"
     r"with\s+3\s+rows\s+of\s+data,\s+and\s+enclose\s+every\s+field\s+in\s+double\s+quotes"),
    ("custom:csv_special_character",
     r"\"ProductID\",\s+\"Category\",\s+\"Brand\",\s+\"Price\"\s+and\s+\"Stock\",\s+comma\s+"
     r"delimited,\s+with\s+14\s+rows\s+of\s+data",
     r"\.\s+Include\s+one\s+field\s+that\s+contains\s+a\s+special\s+character\s+and\s+"
     r"enclose\s+it\s+in\s+double\s+quotes"),
)  # fmt: skip


def _with_tail(ctx: Ctx, m: re.Match) -> int:
    """The end of a hit, taken on over a following "Give no explanation." (part of the statement)."""
    tail = _NO_EXPLANATION.match(ctx.content, m.end())
    return tail.end() if tail else m.end()


@rule("nest", "quot", "word", "emoji", "stair", "thesis", "bullet", "title case", "template", "whitespace", "count",
      "list", "capital", "multiple-choice", "sentences")  # fmt: skip
def _fixed_format_rules(ctx: Ctx) -> Iterator[Hit]:
    for tid, pat, *rest in _FIXED:
        whole = re.compile(pat + "".join(rest), _I)
        for m in _scan(pat, ctx, _I):
            if rest:  # a fixed task that goes on in its next sentence (past the unit)
                m = whole.match(ctx.content, m.start())
                if not m:
                    continue
            if tid in ("format:newline", "format:title_case") and _asked_about(ctx, m.start()):
                continue  # "Explain why some poets put each word on a new line": the topic
            if tid == "format:no_whitespace" or not _negated(ctx, m.start()):
                yield Hit(tid, {}, m.start(), _with_tail(ctx, m), prio=_PRIO)


@rule("csv")
def _csv_tasks(ctx: Ctx) -> Iterator[Hit]:
    for tid, pat, *rest in _CSV:
        full = re.compile(r"\bgenerate\s+CSV\s+data\s+with\s+the\s+column\s+names\s+" + pat + "".join(rest), _I)
        for m in full.finditer(ctx.content, ctx.unit.start):
            if m.start() >= ctx.unit.end:
                break
            yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO)


@rule("option")
def _options(ctx: Ctx) -> Iterator[Hit]:
    # "Answer with just one of the following options: yes/no/maybe. Give no explanation." The
    # quoted IFEval options ("My answer is yes.") are the constrained_response type's.
    pat = r"\banswer\s+with\s+(?:just\s+|only\s+)?one\s+of\s+the\s+following\s+options\s*:\s*"
    for m in _scan(pat, ctx, _I):
        opts = re.compile(r"(?P<o>[^\"“\n]+?)(?=\.?\s+(?:give|do\s+not|don't)\s+|\.?\s*$)", _I | re.M).match(
            ctx.content, m.end()
        )
        if not opts or "my answer is" in opts.group("o").lower():
            continue
        tail = _NO_EXPLANATION.match(ctx.content, opts.end())
        end = tail.end() if tail else opts.end()
        yield Hit("format:options", {"options": opts.group("o").strip()}, m.start(), end, prio=_PRIO)


@rule("answer", "reply", "respond")
def _options_unnamed(ctx: Ctx) -> Iterator[Hit]:
    """The options without the word "options": a slash list ("answer with just one of the following:
    approve/reject/escalate") or quoted alternatives ("Answer just 'yes' or 'no'")."""
    lead = (
        r"\b(?:(?:answer|reply|respond)\s+(?:with\s+)?(?:just|only)|(?:just|only)\s+(?:answer|reply|respond)(?:\s+with)?)\s+"
    )
    slash = lead + r"one\s+of\s+the\s+following\s*:\s*(?P<o>\w[\w'-]*(?:\s*/\s*\w[\w'-]*)+)(?=\s*[.,;!]|\s*$)"
    for m in _scan(slash, ctx, _I):
        opts = re.sub(r"\s*/\s*", "/", m.group("o"))
        tail = _NO_EXPLANATION.match(ctx.content, m.end())
        yield Hit("format:options", {"options": opts}, m.start(), tail.end() if tail else m.end(), prio=_PRIO)
    quoted = lead + rf"(?P<a>{QUOTED})\s*(?:,\s*(?P<b>{QUOTED})\s*,?)?\s+or\s+(?P<c>{QUOTED})"
    for m in _scan(quoted, ctx, _I):
        words = [_unquote(m.group(g)) for g in ("a", "b", "c") if m.group(g)]
        if all(words) and not any("/" in w or "my answer is" in w.lower() for w in words):
            yield Hit("format:options", {"options": "/".join(words)}, m.start(), m.end(), prio=_PRIO)


@rule("bullet point")
def _separator_list(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\banswer\s+with\s+a\s+list\s+of\s+items,?\s+and\s+instead\s+of\s+bullet\s+points\s+use\s+(?P<q>{QUOTED})\s+"
        r"to\s+mark\s+them"
    )
    for m in _scan(pat, ctx, _I):
        if sep := _unquote(m.group("q")):
            yield Hit("format:list", {"sep": sep}, m.start(), m.end(), prio=_PRIO)
    # "Give me a list of items; instead of bullet points use '...'." (the list named before it)
    other = (
        rf"\binstead\s+of\s+bullet\s+points,?\s+use\s+(?P<q>{QUOTED})"
        r"(?:\s+to\s+mark\s+(?:them|the\s+items|each\s+item))?"
    )
    for m in _scan(other, ctx, _I):
        names_list = re.search(r"\blist\b", ctx.content[ctx.unit.start : m.start()], _I)
        if names_list and (sep := _unquote(m.group("q"))) and not re.match(r"answer\s+with\s+a\s+list", ctx.text, _I):
            yield Hit("format:list", {"sep": sep}, m.start(), m.end(), prio=_PRIO)
    # "Instead of bullet points, separate the tags with the token <SEP>." (the separating verb names the items)
    sep_verb = (
        r"\binstead\s+of\s+bullet\s+points,?\s+separate\s+(?:them|the\s+[\w-]+|each\s+[\w-]+|your\s+[\w-]+)\s+with\s+"
        rf"(?:(?:the|a)\s+(?:token|separator|string|marker|symbol)\s+)?(?:(?P<q>{QUOTED})|(?P<t><[A-Za-z_]+>|[^\w\s\"'“‘.,]{{1,5}}))"
        r"(?=\s*[.;]|\s*$)"
    )
    for m in _scan(sep_verb, ctx, _I):
        if sep := (_unquote(m.group("q")) if m.group("q") else m.group("t")):
            yield Hit("format:list", {"sep": sep}, m.start(), m.end(), prio=_PRIO)


@rule("list item")
def _separator_at_most_once(ctx: Ctx) -> Iterator[Hit]:
    pat = (
        rf"\b(?:do\s+not|don't)\s+mark\s+list\s+items\s+with\s+(?P<q>{QUOTED})\s*:\s*use\s+it\s+at\s+most\s+once"
        r"(?:\s+in\s+(?:your|the)\s+(?:response|answer))?"
    )
    for m in _scan(pat, ctx, _I):
        if sep := _unquote(m.group("q")):
            yield Hit("format:list_sep_at_most_once", {"sep": sep}, m.start(), m.end(), prio=_PRIO)


# --- the same types put in the writers' own words ------------------------------------------------

_SUB = r"(?:nested\s+)?sub-?\s?(?:bullets?|bullet\s+points?|points?|items?)"


# The bullets a sub-bullet requirement hangs on, opening its sentence: "Use * bullets for the main
# topics and ...", "bullet points with asterisks, and ...", "Use * for the main bullets and ..."
_SUB_LEAD = (
    r"\b(?:use\s+(?:\*\s+)?(?:for\s+)?(?:the\s+)?(?:main\s+)?(?:bullet\s+points|bullets)|bullet\s+points\s+with\s+"
    r"asterisks|with\s+\*\s+bullets|use\s+\*\s+for)\b[^.;]*$"
)


@rule("sub-", "sub ", "subbullet", "subpoint", "sub-point")
def _sub_bullets(ctx: Ctx) -> Iterator[Hit]:
    """Sub-bullets under every bullet: "Use * bullets for the main topics and give each one at least
    one - sub-bullet", "Use bullet points with sub-bullets", "every bullet needs a sub-point"."""
    pats = (
        rf"\b(?:give|add|include|put)\s+(?:each|every)\s+(?:one|main\s+[\w-]+|[\w-]+(?:\s+point)?)\s+"
        rf"(?:at\s+least\s+one\s+|a\s+|one\s+or\s+more\s+|its\s+own\s+)?(?:(?:indented|nested)\s+)?(?:[-*]\s+|dash\s+)?{_SUB}"
        r"(?:\s+(?:marked\s+with|using)\s+(?:a\s+)?-)?",
        rf"\b(?:each|every)\s+(?:main\s+)?(?:bullet(?:\s+point)?|point|item|one)\s+(?:should|must|needs?\s+to|has\s+to|"
        rf"will)?\s*(?:have|has|include|includes|contain|contains|get|gets|needs?)\s+(?:at\s+least\s+one|a|one\s+or\s+more|its\s+own)\s+{_SUB}",
        rf"\buse\s+(?:\*\s+)?(?:bullet\s+points|bullets)\s+with\s+(?:at\s+least\s+one\s+)?{_SUB}(?:\s+(?:under\s+)?each)?\b",
        rf"\b(?:put|nest|add)\s+(?:at\s+least\s+one\s+|a\s+)?{_SUB}\s+under\s+(?:each|every)\s+(?:bullet(?:\s+point)?|point|"
        r"item|one)\b",
        # "put at least one sub-bullet (marked with -) under every stage": any item, a mark in an aside
        rf"\b(?:put|nest|add|include)\s+(?:at\s+least\s+one\s+|a\s+|one\s+or\s+more\s+)?{_SUB}(?:\s*\([^()\n]{{0,30}}\))?"
        r"\s+(?:under|beneath|below)\s+(?:each|every)\s+(?:main\s+)?[\w-]+\b",
        # "under each one put little sub bullets with -"
        rf"\bunder\s+(?:each|every)\s+(?:bullet(?:\s+point)?|point|item|one)\s*,?\s+(?:put|add|include|have)\s+"
        rf"(?:(?:some|little|small|short|a\s+few)\s+)+{_SUB}(?:\s+(?:with|using|marked\s+with)\s+(?:a\s+)?-)?",
        # "under each bullet at least one dash sub-point", "- sub-bullets for resources under every bullet"
        rf"\bunder\s+(?:each|every)\s+(?:bullet(?:\s+point)?|point|item|one)\s*,?\s+(?:put\s+|add\s+|include\s+|have\s+)?"
        rf"(?:at\s+least\s+one|a|one\s+or\s+more)\s+(?:dash\s+|-\s+)?{_SUB}",
        rf"(?:-\s+|dash\s+)?{_SUB}\s+(?:[\w-]+\s+){{0,3}}?under\s+(?:each|every)(?:\s+(?:bullet(?:\s+point)?|point|item|one))?\b",
    )  # fmt: skip
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if _negated(ctx, m.start()):
                continue
            # the hit takes in the "Use * bullets for ..." that opens its sentence
            before = ctx.content[ctx.unit.start : m.start()]
            lead = re.search(_SUB_LEAD, before, _I)
            start = ctx.unit.start + lead.start() if lead else m.start()
            yield Hit("format:sub-bullets", {}, start, m.end(), prio=_PRIO)


# A separator given as a quoted string, an all-caps word ("SEPARATOR"), a <TAG> or a run of symbols
_SEP_TOKEN = (
    rf"(?:(?P<q>{QUOTED})|(?P<t><[A-Za-z_]+>|(?-i:\b[A-Z][A-Z_]{{2,}}\b)|[^\w\s\"'“‘.,;:!?()*]{{2,5}}|"
    r"[^\w\s\"'“‘.,;:!?()*\-]))"
)
# What the separator goes between: the items of the list, not parts of one text (paragraphs are
# length_constraints' and two responses combination's)
_ITEM_OBJ = (
    r"(?:them|each\s+(?:one|item|option|entry|idea|name|point|suggestion|line|answer|tip|title|pick)|the\s+(?:items|options|"
    r"entries|ideas|names|points|suggestions|list\s+items|choices|tips|titles|picks|words|tags|results|answers)|"
    r"your\s+(?:items|options|ideas|suggestions|picks|answers))"
)


def _sep_value(m: re.Match) -> str | None:
    # a quoted separator keeps its spaces (" | "), as the type does
    sep = (m.group("q")[1:-1] if m.group("q")[1:-1].strip() else None) if m.group("q") else m.group("t")
    if not sep or re.fullmatch(r"[*\-=_#\s]+|[.,;:]", sep):
        return None  # asterisks and dashes divide paragraphs or mark plain bullets
    return sep


@rule("separat", "mark", "prefix", "instead of bullet", "delimit", "in front of", "before each", "start of each",
      "start each", "begin each", "precede", "introduce", "between")  # fmt: skip
def _separator_list_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """A list marked with a given string instead of bullets: "Separate the options with the word
    SEPARATOR instead of bullets", "instead of bullet points, mark each item with "-->"", "use
    " | " to separate the items"."""
    pats = (
        rf"\b(?:separate|mark|start|begin|prefix|precede|introduce|open|delimit)\s+{_ITEM_OBJ}\s+(?:with|by|using)\s+"
        rf"(?:(?:the|a)\s+(?:word|token|string|marker|symbol|separator|sign|characters?|arrow)\s+)?{_SEP_TOKEN}"
        r"(?:\s+(?:instead\s+of|rather\s+than)\s+(?:bullet(?:\s+point)?s|bullets|dashes))?",
        rf"\b(?:use|using)\s+(?:(?:the|a)\s+(?:word|token|string|marker|symbol|separator|sign|arrow)\s+)?{_SEP_TOKEN}\s+"
        rf"(?:to\s+(?:separate|mark|start|introduce|prefix)\s+{_ITEM_OBJ}|as\s+(?:the\s+|a\s+|your\s+)?(?:separator|"
        r"marker|bullet(?:\s+point)?|delimiter|divider)s?)(?:\s+(?:instead\s+of|rather\s+than)\s+(?:bullet(?:\s+point)?s|"
        r"bullets))?",
    )
    pats += (
        # "Use '->' between items", "Use the pipe character | to separate items"
        rf"\buse\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:character|symbol|sign|token|word|string|marker|separator|arrow)\s+)?"
        rf"{_SEP_TOKEN}\s+(?:between\s+(?:the\s+|your\s+)?(?:items|options|entries|ideas|names|points|list\s+items)|"
        rf"to\s+(?:separate|mark|start|introduce|prefix)\s+(?:the\s+)?(?:items|options|entries|ideas|names|points|each\s+item))",
        # "Instead of bullets or numbers, put "//" between each one"
        rf"\b(?:put|place|use|add)\s+{_SEP_TOKEN}\s+between\s+(?:each\s+(?:one|item|entry|idea|name)|them|the\s+items|items|"
        r"the\s+entries)\b",
        # "Put ~~ in front of each item instead of a bullet or number"
        rf"\b(?:put|place|add|use|write)\s+{_SEP_TOKEN}\s+(?:in\s+front\s+of|before|at\s+the\s+(?:start|beginning)\s+of)\s+"
        rf"{_ITEM_OBJ}(?:\s+(?:instead\s+of|rather\s+than)\s+(?:an?\s+)?(?:bullet(?:\s+point)?s?|bullets|dashes|number)"
        r"(?:\s+or\s+(?:an?\s+)?(?:number|bullet|dash))?)?",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            sep = _sep_value(m)
            if not sep:
                continue
            if _negated(ctx, m.start()):
                # "don't mark the items with '::'": the marker may appear at most once
                if re.match(r"(?:do\s+not|don[’']?t|never|please\s+don[’']?t)\s+$", ctx.prefix(m.start()), _I):
                    yield Hit("format:list_sep_at_most_once", {"sep": sep}, m.start() - len(ctx.prefix(m.start())),
                              m.end(), prio=_PRIO)  # fmt: skip
                continue
            start = m.start()
            before = ctx.content[ctx.unit.start : start]
            lead = re.search(r"\binstead\s+of\s+(?:bullet(?:\s+point)?s|bullets)(?:\s+or\s+numbers)?,?\s*$", before, _I)
            if lead:
                start = ctx.unit.start + lead.start()
            # above startend's reading of "start each one with "=>"" as the response's opening phrase
            yield Hit("format:list", {"sep": sep}, start, m.end(), prio=_PRIO + 1)


# "No explanation.", "no explanation needed", "nothing else": the options' "Give no explanation"
_OPT_TAIL = re.compile(
    r"\.?\s*(?:(?:give|provide|add)\s+no\s+explanations?|(?:do\s+not|don't)\s+(?:give|add|provide|include)\s+(?:any\s+)?"
    r"(?:explanations?|reasons?|reasoning)|no\s+explanations?(?:\s+(?:needed|necessary|please|required))?|"
    r"(?:,?\s*one\s+word)?,?\s*(?:and\s+)?(?:say\s+|write\s+|add\s+)?nothing\s+(?:else|more)|no\s+(?:other\s+)?(?:text|words|commentary))\.?",
    _I,
)


def _option_words(text: str) -> list[str] | None:
    """The options of a list written "yes/no/maybe", "yes, no or maybe", "'A', 'B' or 'C'":
    each one to three words; None for anything else."""
    text = text.strip().rstrip(".")
    quoted = re.findall(QUOTED, text)
    if quoted and re.fullmatch(rf"(?:{QUOTED}|[\s,/]|\bor\b)+", text, _I):
        words = [_unquote(q) for q in quoted]
    elif "/" in text:
        words = [w.strip() for w in text.split("/")]
    else:
        words = [w.strip() for w in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", text)]
    # "one of the following: the summary or the list" offers things to write, not answers
    word = r"(?!(?:the|a|an|your|my|our|this|that|and|or|then)\s)[\w'-]+(?:\s+[\w'-]+){0,2}"
    ok = len(words) >= 2 and all(re.fullmatch(word, w, _I) for w in words)
    return words if ok and not any("my answer is" in w.lower() for w in words) else None


@rule("option", "choice", "one of", "one word", "single word", "/", "answer only", "reply only", "respond only",
      "answer just", "just answer", "only answer")  # fmt: skip
def _options_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """ "Answer with just one of these options: yes/no/maybe. No explanation.", "Reply with one of
    the following choices: approve, reject or escalate", "Pick one: red/blue/green"."""
    slash = r"[\w'-]+(?:\s*/\s*[\w'-]+)+"
    pats = (
        r"\b(?:answer|reply|respond|choose|pick|select)\s+(?:only\s+|just\s+)?(?:with\s+)?(?:just\s+|only\s+|exactly\s+)?"
        r"(?:(?:one|1)\s+(?:of|from)|from|with|one)(?:\s+(?:these|the\s+following|those|the))?(?:\s+(?:\w+\s+)?(?:options|"
        r"choices|answers|words|labels))?(?:\s+and\s+nothing\s+(?:more|else))?\s*:\s*(?P<o>[^\n.;:!?]+?)"
        r"(?=\s*(?:[.;!?]|$|\n|,\s*(?:one\s+word|nothing|no\s+)))",
        # without a colon, the options a slash list: "Respond with exactly one of grammatical/ungrammatical/borderline"
        r"\b(?:answer|reply|respond|choose|pick|select)\s+(?:only\s+|just\s+)?(?:with\s+)?(?:just\s+|only\s+|exactly\s+)?"
        rf"(?:(?:one|1)\s+of\s+(?:these\s+|the\s+following\s+)?|from\s+)?(?P<o>{slash})(?=\s*(?:[.;!?,]|$|\n|and\s+(?:say\s+)?nothing))",
        # "Your answer must be one of the following: "Approved", "Rejected", "Needs review"."
        r"\b(?:your|the)\s+(?:answer|response|reply|output)\s+(?:must|should|has\s+to|needs\s+to)\s+be\s+(?:exactly\s+)?one\s+of"
        r"(?:\s+(?:these|the\s+following))?(?:\s+(?:options|words|labels|values))?\s*:\s*(?P<o>[^\n.;:!?]+?)(?=\s*(?:[.;!?]|$|\n))",
        # "Just answer yes, no, or maybe."
        r"\b(?:just|only)\s+(?:answer|reply|respond)\s+(?:with\s+)?(?P<o>[\w'-]+(?:\s*,\s*[\w'-]+)*\s*,?\s+or\s+[\w'-]+)"
        r"(?=\s*(?:[.;!?]|$|\n))",
        # "Answer only A, B, C or D.", "Give your answer as one of: true, false."
        r"\b(?:answer|reply|respond)\s+(?:with\s+)?(?:only|just)\s+(?:with\s+)?(?P<o>[\w'-]+(?:\s*,\s*[\w'-]+)*\s*,?\s+or\s+"
        r"[\w'-]+)(?=\s*(?:[.;!?]|$|\n))",
        r"\b(?:give|provide|write)\s+your\s+(?:answer|response|reply)\s+as\s+(?:just\s+|only\s+)?one\s+of\s*:\s*"
        r"(?P<o>[^\n.;:!?]+?)(?=\s*(?:[.;!?]|$|\n))",
        # "Answer with just one word, Bali or Maldives."
        r"\b(?:answer|reply|respond)\s+(?:with\s+)?(?:just\s+|only\s+)?(?:one|a\s+single)\s+word\s*[,:—–-]\s*(?:either\s+)?"
        r"(?P<o>[\w'-]+(?:\s*,\s*[\w'-]+)*\s*,?\s+or\s+[\w'-]+)(?=\s*(?:[.;!?]|$|\n))",
    )
    for m in (m for pat in pats for m in _scan(pat, ctx, _I)):
        words = _option_words(m.group("o"))
        if words and any(w.lower() in ("and", "or") for w in words):
            continue  # "answer and/or explain"
        after = ctx.content[m.end() : ctx.unit.end]
        if re.search(r"\b(?:said|says|asked|asks|told|tells)\b[^.]*$", ctx.content[ctx.unit.start : m.start()], _I):
            continue  # "She said: answer yes/no.": reported speech
        if re.search(r"\b(?:explain|justify|why|reason|reasoning|describe|elaborate)\b", m.group(0) + after, _I):
            continue  # "Answer yes/no, then explain": the answer is more than the option
        tail = _OPT_TAIL.match(ctx.content, m.end())
        if re.match(r"(?:choose|pick|select)\b", m.group(0), _I) and not tail:
            continue  # "Choose one of these: ..." may be the topic to write about; an answer format says so
        if not words or _negated(ctx, m.start()):
            continue
        tail = _OPT_TAIL.match(ctx.content, m.end())
        yield Hit("format:options", {"options": "/".join(words)}, m.start(), tail.end() if tail else m.end(),
                  prio=_PRIO - 1)  # fmt: skip


_TITLE_CASE = r"title[- ]case"


@rule("title case", "title-case", "capitali")
def _title_case_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """Title case asked of the whole text: "title case for everything", "everything in Title Case",
    "Title Case throughout", "capitalize the first letter of every word"; not of a part ("title case
    for the headings")."""
    pats = (
        rf"\b{_TITLE_CASE}\s+(?:for\s+(?:everything|all(?:\s+of\s+it)?|it\s+all|the\s+(?:whole|entire)\s+(?:thing|response|"
        r"answer|text|list|output|reply)|every\s+(?:line|word))|throughout|everywhere|all\s+the\s+way\s+through)"
        r"(?:\s*,?\s*(?:please|pls|plz))?",
        rf"\b(?:everything|it\s+all|all\s+of\s+it|the\s+(?:whole|entire)\s+(?:thing|response|answer|list|output|reply|text))"
        rf"\s+(?:should\s+be\s+|must\s+be\s+|has\s+to\s+be\s+|needs\s+to\s+be\s+|is\s+)?in\s+{_TITLE_CASE}",
        rf"\b(?:write|put|format|give)\s+(?:it|them|everything|the\s+(?:whole|entire)\s+\w+|your\s+(?:whole\s+|entire\s+)?"
        rf"(?:response|answer|reply|list))\s+(?:all\s+)?in\s+{_TITLE_CASE}(?!\s+(?:for|in|on)\b)",
        r"\bcapitali[sz]e\s+(?:the\s+first\s+letter\s+of\s+)?(?:every|each)\s+(?:major\s+|single\s+)?word\b"
        r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:title|heading|header|first|last|subject)s?\b)",
        # "every major word is capitalised (title case, the whole thing)"
        r"\b(?:every|each|all)\s+(?:major\s+|important\s+|main\s+)?words?\s+(?:is|are|should\s+be|must\s+be|gets?)\s+"
        r"capitali[sz]ed(?:\s*\(\s*title\s+case[^()]*\))?",
        rf"\b{_TITLE_CASE}\s*,\s*(?:the\s+whole\s+thing|all\s+of\s+it|throughout|everything)\b",
        # the items of a list: "every headline in Title Case", "all the names in title case"
        rf"\b(?:every|each|all(?:\s+the)?)\s+(?:headlines?|names?|items?|entries|taglines?|slogans?|options?|ideas?|titles?|"
        rf"lines?|suggestions?)\s+(?:should\s+be\s+|must\s+be\s+)?in\s+{_TITLE_CASE}",
        # a clause of its own: "Title Case, fewer than 12 words, no colon" (not one of several styles named)
        rf"(?:^|(?<=[.;:!,?]\s)|(?<=\n)|(?<=[-*•]\s)){_TITLE_CASE}(?:\s+(?:only|please|pls|plz))?(?=\s*(?:[.;,!]|$|\n))"
        r"(?![^.\n]*\b(?:sentence|snake|camel|kebab|pascal|upper|lower)[\s-]?case\b)",
    )  # fmt: skip
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            if not _negated(ctx, m.start()):
                yield Hit("format:title_case", {}, m.start(), m.end(), prio=_PRIO)


# IFBench's template: its three labels, which the checker looks for as written (case included)
_TEMPLATE = (
    r"(?-i:My\s+Answer:)\s*\[[^\]\n]{1,40}\]\s*(?-i:My\s+Conclusion:)\s*\[[^\]\n]{1,40}\]\s*"
    r"(?-i:Future\s+Outlook:)\s*\[[^\]\n]{1,40}\]"
)


@rule("template", "format")
def _template_phrasings(ctx: Ctx) -> Iterator[Hit]:
    """ "Always use this exact template: My Answer: [answer] My Conclusion: [conclusion] Future
    Outlook: [outlook]", the labels on the lines below too. Only IFBench's template: another one
    cannot be stated by the type, which has no kwargs."""
    lead = (
        r"\b(?:use|follow|stick\s+to|fill\s+in|answer\s+(?:using|with|in)|respond\s+(?:using|with|in)|reply\s+(?:using|with|in))"
        r"\s+(?:this|the\s+following|the|my)\s+(?:exact\s+)?(?:template|format|structure)(?:\s+(?:for|in)\s+(?:the|your|every|each|"
        r"all)\s+(?:\w+\s+)?(?:response|answer|reply|replies|responses|answers))?\s*:?\s*"
    )  # fmt: skip
    whole = re.compile(lead + _TEMPLATE, _I)
    for m in _scan(lead, ctx, _I):
        full = whole.match(ctx.content, m.start())
        if full and not _negated(ctx, m.start()):
            yield Hit("format:output_template", {}, m.start(), full.end(), prio=_PRIO)


@rule("at most once", "only once", "no more than once", "at most one")
def _separator_once(ctx: Ctx) -> Iterator[Hit]:
    """ "the | character should appear at most once in your answer", "use '::' at most once"."""
    pats = (
        rf"\b(?:the\s+)?{_SEP_TOKEN}\s+(?:character|symbol|sign|marker|string|token|sequence)?\s*(?:should|must|may|can)\s+"
        r"(?:appear|occur|show\s+up|be\s+used)\s+(?:at\s+most|only|no\s+more\s+than)\s+once"
        r"(?:\s+in\s+(?:your|the)\s+(?:entire\s+|whole\s+)?(?:response|answer|reply|output))?",
        rf"\b(?:use|include|write)\s+{_SEP_TOKEN}\s+(?:at\s+most|only|no\s+more\s+than)\s+once"
        r"(?:\s+in\s+(?:your|the)\s+(?:entire\s+|whole\s+)?(?:response|answer|reply|output))?",
        rf"\bat\s+most\s+one\s+{_SEP_TOKEN}\s+in\s+(?:your|the)\s+(?:entire\s+|whole\s+)?(?:response|answer|reply|output)",
    )
    for pat in pats:
        for m in _scan(pat, ctx, _I):
            sep = _sep_value(m)
            if sep and not _negated(ctx, m.start()):
                yield Hit("format:list_sep_at_most_once", {"sep": sep}, m.start(), m.end(), prio=_PRIO)


# The fixed layouts put in the writers' own words (the describe() phrasings are in _FIXED):
# "indent each new line a little further than the one above it", "every line indented further than
# the line before", "each word on a line of its own", "the quotations go at least three levels deep",
# "( ), [ ] and { } stacked at least 5 levels deep", "no spaces, no line breaks, no whitespace of any kind".
_FURTHER = (
    r"(?:(?:(?:a\s*(?:little|bit|touch|tad)(?:\s+bit)?|slightly|one\s+(?:space|step|level|tab))\s+)?"
    r"(?:further|farther|more|deeper)|(?:one|a)\s+(?:more\s+(?:space|step|level|tab)|(?:space|step|level|tab)\s+(?:further|more|deeper)))"
    r"(?:\s+(?:in\s+)?than\s+the\s+(?:line|one)\s+(?:before|above)(?:\s+it)?)?"
)
_LOOSE = (
    ("format:line_indent",
     rf"\b(?:indent(?:ing)?\s+(?:each|every)\s+(?:new\s+|successive\s+|next\s+)?line|(?:each|every)\s+(?:new\s+|successive\s+)?"
     rf"line\s+(?:is\s+|should\s+be\s+|must\s+be\s+|gets?\s+|has\s+to\s+be\s+)?indented)\s+{_FURTHER}"),
    ("format:newline",
     r"\b(?:each|every)\s+(?:single\s+)?word\s+(?:(?:is|goes|should\s+be|must\s+be|has\s+to\s+be|sits)\s+)?on\s+"
     r"(?:a\s+line\s+of\s+its\s+own|its\s+own\s+line|a\s+(?:new|separate)\s+line)\b"),
    ("format:quotes",
     r"\b(?:quot(?:es|ations|ation\s+marks))\b[^.;!?]{0,40}?\(?(?:at\s+least\s+)?(?:3|three)\s+(?:levels?\s+)?deep"
     r"(?:\s+(?:minimum|at\s+least|or\s+more))?\)?"
     r"(?:,?\s+(?:alternating|switching|swapping)\b[^.;!?(]*?(?:marks|quotes|levels?|['\"])"
     r"(?=\s*[.;!?(]|\s*$))?"),
    # "Every idiom goes in double quotes and must be immediately followed by a plain-English explanation
    # that is NOT itself in quotes", "Put each katakana word in quotes and follow it ... with its meaning,
    # not in quotes"
    ("format:quote_unquote",
     r"\b(?:(?:put|place|wrap)\s+)?(?:each|every|any)\s+(?:[\w-]+\s+){1,2}?(?:(?:goes|is|should\s+be|must\s+be|has\s+to\s+be)\s+)?"
     r"in\s+(?:double\s+|single\s+)?quot(?:es|ation\s+marks|ations)\b[^.;!?]{0,60}?\bfollow(?:ed)?\b[^.;!?]{0,80}?"
     r"\b(?:explanation|meaning|definition|gloss|translation|description)\b[^.;!?]{0,40}?\bnot\s+(?:itself\s+)?"
     r"in\s+quot(?:es|ation\s+marks|ations)\b"),
    ("format:parentheses",
     r"(?:\(\s*\)|\bparenthes[ie]s|\bbrackets)[^.;!?]{0,40}?\b(?:stacked|nested)\s+(?:at\s+least\s+)?(?:5|five)\s+"
     r"(?:levels?\s+)?deep"),
)  # fmt: skip

# whitespace banned outright: "whitespace" named, or both spaces and line breaks
_WS_NOUN = r"(?:spaces|whitespace|white\s+space|line\s+breaks|linebreaks|newlines)"
_WS_BAN = (
    rf"\b(?:no|zero|without(?:\s+any)?|(?:do\s+not|don[’']?t|never)\s+use(?:\s+any)?|(?:your|the)\s+(?:answer|response|reply|output)\s+"
    rf"(?:must|should|may)\s+not\s+(?:contain|include|have|use)(?:\s+any)?)\s+{_WS_NOUN}"
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:or|and|nor)\s+)(?:no\s+|any\s+)?{_WS_NOUN})*"
    r"(?:\s+(?:of\s+any\s+kind|at\s+all|whatsoever|anywhere))?"
)


@rule("indent", "word", "quot", "deep", "space", "line break", "newline")
def _loose_layouts(ctx: Ctx) -> Iterator[Hit]:
    for tid, pat in _LOOSE:
        for m in _scan(pat, ctx, _I):
            if tid == "format:newline" and _asked_about(ctx, m.start()):
                continue
            if not _negated(ctx, m.start()):
                yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO - 1)
    for m in _scan(_WS_BAN, ctx, _I):
        said = m.group(0).lower()
        # "no spaces at all in your reply": spaces alone, banned outright from the whole reply
        whole = re.match(
            r"\s*(?:at\s+all\s+)?in\s+(?:your|the)\s+(?:reply|response|answer|output)\b", ctx.content[m.end() :], _I
        )
        outright = re.search(r"at\s+all|whatsoever|of\s+any\s+kind|anywhere", said)
        if whole and "space" in said:
            yield Hit("format:no_whitespace", {}, m.start(), m.end() + whole.end(), prio=_PRIO - 1)
            continue
        if not ("white" in said or ("space" in said and (re.search(r"line\s*breaks|newlines", said) or outright))):
            continue  # "no spaces" alone may be about the hashtags or a word; "no line breaks" is one paragraph
        if re.match(r"\s+(?:in|between|inside|within|around|before|after)\b", ctx.content[m.end() : ctx.unit.end], _I):
            continue  # scoped: "no spaces or line breaks inside the code"
        yield Hit("format:no_whitespace", {}, m.start(), m.end(), prio=_PRIO - 1)


# "Open each section with a one-sentence thesis statement in italics, using HTML <i></i> tags", "Begin
# each part with its thesis sentence in italics, but write the italics with <i>...</i> HTML tags"
# (the verifier reads <i>/<em>: HTML named is required)
_THESIS = (
    r"\b(?:open|begin|start|lead)\s+(?:each|every)\s+(?:section|part|paragraph)\s+with\s+(?:a|an|its|one)\s+"
    r"(?:[\w-]+\s+){0,2}?thesis(?:\s+statement|\s+sentence)?\s+(?:in\s+italics|italici[sz]ed)"
    r"(?P<how>,?\s+(?:but\s+)?(?:using|in|with|write\s+(?:the\s+)?italics\s+(?:with|as|using))\s+(?:HTML\s+)?"
    r"(?:<i>\s*(?:\.\.\.|…)?\s*</i>|<i>|<em>)(?:\s+(?:HTML\s+)?tags?)?(?:\s+rather\s+than\s+(?:markdown\s+)?asterisks)?"
    r"|,?\s+(?:but\s+)?(?:using|with|in)\s+HTML(?:\s+tags)?(?:\s*\(?<i>\s*(?:\.\.\.|…)?\s*</i>\)?)?(?:\s+tags)?)"
)


@rule("thesis")
def _thesis(ctx: Ctx) -> Iterator[Hit]:
    for m in _scan(_THESIS, ctx, _I):
        if not _negated(ctx, m.start()):
            yield Hit("format:thesis", {}, m.start(), m.end(), prio=_PRIO - 1)


# A custom list marker in the writers' own words: "Separate the cards with '%%' instead of bullet
# points", "don't use bullets or numbers: put the token <SEP> between items instead", "Separa le
# battute con ~~~ invece di usare un elenco puntato". The marker replaces the bullets (named in the
# clause), so the separated things are items, not paragraphs or versions.
_TOKEN = r"(?:(?P<q>" + QUOTED + r")|(?P<t><[A-Za-z_]+>|[^\w\s\"'“‘.,;:()*-][^\w\s\"'“‘.,;:()]{0,4}))"
_INSTEAD = (
    r"(?:instead\s+of|rather\s+than|invece\s+di|en\s+(?:lugar|vez)\s+de|au\s+lieu\s+de|em\s+vez\s+de|statt|anstatt)\s+"
    r"(?:using\s+|usare\s+|usar\s+|utiliser\s+|de\s+)?(?:an?\s+|un\s+|una\s+|des\s+|le\s+|les\s+|los\s+|gli\s+)?"
    r"(?:bullet(?:ed)?(?:\s+points?|\s+list)?|bullets|numbers|numbering|elenco\s+puntato|elenchi\s+puntati|vi[ñn]etas|"
    r"puces|listes?\s+à\s+puces|marcadores|Aufzählungszeichen|Stichpunkte)"
)
_SEP_LISTS = (
    rf"\b(?:separate|split|divide|delimit|separa|s[ée]pare[zr]?|separe|trenne)\s+(?:them|(?:the|your|each|all\s+the|le|les|"
    rf"los|las|i|gli|die|os|as)\s+(?P<obj>[\w-]+))\s+(?:with|by|using|con|avec|com|mit|par|por|usando)\s+(?:(?:the|a|il|el|"
    rf"le|la)\s+(?:token|separator|string|marker|symbol|simbolo|símbolo)\s+)?{_TOKEN}\s*,?\s+{_INSTEAD}",
    rf"(?:\b(?:do\s+not|don[’']?t|never)\s+use|\bno)\s+(?:bullets?|bullet\s+points)(?:\s+or\s+(?:numbers|numbering))?\s*"
    rf"[:;,—–-]\s*(?:instead\s*,?\s*)?(?:put|use|place|insert)\s+(?:the\s+(?:token|separator|string|marker)\s+)?{_TOKEN}\s+"
    r"between\s+(?:the\s+)?(?:items|entries|them|each\s+\w+)(?:\s+instead)?",
    rf"\b(?:put|use|place|insert)\s+(?:the\s+(?:token|separator|string|marker)\s+)?{_TOKEN}\s+between\s+(?:the\s+)?"
    rf"(?:items|entries|them)\s+{_INSTEAD}",
)
_NOT_ITEMS = r"(?:paragraphs?|sections?|parts?|responses?|versions?|answers?|stanzas?|drafts?|takes?|options?)$"


@rule("instead", "invece", "lugar", "lieu", "vez", "statt", "between")
def _separator_lists(ctx: Ctx) -> Iterator[Hit]:
    for pat in _SEP_LISTS:
        for m in _scan(pat, ctx, _I):
            if m.groupdict().get("obj") and re.match(_NOT_ITEMS, m.group("obj"), _I):
                continue  # "Separate the two versions with ******": two responses, no list
            sep = _unquote(m.group("q")) if m.group("q") else m.group("t")
            own_ban = re.match(r"(?:do|don|never|no)\b", m.group(0), _I)  # the bullets' ban opens the match
            if sep and (own_ban or not _negated(ctx, m.start())):
                yield Hit("format:list", {"sep": sep}, m.start(), m.end(), prio=_PRIO)


# --- session 4 (fmt6) -------------------------------------------------------------------------------

_INSTEAD_OF_BULLETS = (
    r"(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:an?\s+)?(?:bullet(?:\s+point)?s?|bullets|dashes|numbers|"
    r"numbering|a\s+numbered\s+list)"
)
_LISTED = (
    r"(?:items|options|entries|ideas|names|points|suggestions|choices|tips|titles|picks|words|tags|results|answers|"
    r"taglines|slogans|headlines|lines|puns|jokes|questions|prompts|keywords|terms|phrases|quests|barks|topics)"
)


@rule("charact", "symbol", "separated", "delimited", "split")
def _separator_list_more(ctx: Ctx) -> Iterator[Hit]:
    """More list separators: the noun after the token ("mark each one with a | character", "start every
    item with the ~ symbol"), and a participle on the listed nouns ("8 quest names, separated by the token
    <SEP> instead of bullet points", "tags delimited by ' ; '"). Paragraph or section dividers (***, ---)
    stay the length rules'."""
    noun = r"(?:character|char|symbol|sign|mark|token|glyph|marker|separator)"
    pats = (
        rf"\b(?:separate|mark|start|begin|prefix|precede|introduce|open|delimit)\s+{_ITEM_OBJ}\s+(?:with|by|using)\s+"
        rf"(?:an?|the)\s+{_SEP_TOKEN}\s+{noun}\b(?:\s+{_INSTEAD_OF_BULLETS})?",
        rf"\b{_LISTED}\b[^.;:!?\n]{{0,60}}?,?\s*(?:separated|delimited|split)\s+(?:by|with|using)\s+(?:(?:the|a|an)\s+(?:word|"
        rf"token|string|marker|symbol|separator|sign|character)\s+)?{_SEP_TOKEN}(?:\s+{noun})?(?P<instead>\s+{_INSTEAD_OF_BULLETS})?",
    )
    for i, pat in enumerate(pats):
        for m in _scan(pat, ctx, _I):
            sep = _sep_value(m)
            if not sep or _negated(ctx, m.start()):
                continue
            start = m.start()
            if i == 1:
                start = m.start() + re.search(r"(?:separated|delimited|split)\b", m.group(0), _I).start()
                if not m.group("instead") and not re.search(r"[<>|/~]|^[A-Z_]{3,}$", sep):
                    continue  # "names separated by commas": plain punctuation, no list marker asked
            before = ctx.content[ctx.unit.start : start]
            lead = re.search(rf"\b{_INSTEAD_OF_BULLETS},?\s*$", before, _I)
            if lead:
                start = ctx.unit.start + lead.start()
            yield Hit("format:list", {"sep": sep}, start, m.end(), prio=_PRIO + 1)


@rule("with just", "with only", "with simply")
def _options_with_just(ctx: Ctx) -> Iterator[Hit]:
    """ "Answer with just yes, no, or maybe.": the options rule, for the word order its triggers miss."""
    yield from _options_phrasings(ctx)


# --- session 4 (gen): the fixed layouts in more of the ways people ask for them ----------------------

# "title case" as typed ("titel case", "Title-Case", "title casing")
_TC = r"tit(?:le|el)[- ]?cas(?:e|ing)"
_GEN_LAYOUTS = (
    # the task and its case in one sentence: "Write a headline for a blender, all in title case"
    ("format:title_case",
     rf",\s*(?:all|everything|entirely|fully|completely)\s+in\s+{_TC}(?=\s*(?:[.!;]|$|\n|,?\s*(?:please|pls)))"),
    # "Use title-case capitalization for the entire response", "apply title case to the whole answer"
    ("format:title_case",
     rf"\b(?:use|apply)\s+{_TC}(?:\s+capitali[sz]ation)?\s+(?:for|to|on|in|throughout)\s+(?:the|your)\s+(?:whole\s+|entire\s+)?"
     r"(?:response|answer|reply|text|output|message)\b"),
    # "answer in titel case", "reply in title case"
    ("format:title_case",
     rf"\b(?:answer|reply|respond|write)\s+(?:everything\s+|only\s+|entirely\s+)?in\s+{_TC}(?!\s+(?:for|on)\b)"),
    # "I want the entire banner in Title Case", "I'd like the whole email in title case"
    ("format:title_case",
     rf"\b(?:want|need|like|prefer|put|write|keep|set)\s+(?:the|your|my)\s+(?:entire|whole|full)\s+"
     rf"(?!(?:heading|header|title|subject|headline|caption|first|last)s?\b)[\w-]+\s+in\s+{_TC}"
     r"(?!\s+(?:for|on|except)\b)(?![^.\n]*\b(?:sentence|lower|upper)[\s-]?case\b)"),
    # "make every word start with a capital letter, like a book title"
    ("format:title_case",
     r"\b(?:make\s+)?(?:every|each)\s+(?:major\s+|main\s+)?word\s+(?:should\s+|must\s+)?(?:starts?|begins?)\s+with\s+a\s+"
     r"capital(?:\s+letter)?\b(?:,?\s+like\s+(?:a\s+)?(?:book\s+|movie\s+)?titles?)?"),
    # "Each word should go on a new line", "a line break after every word"
    ("format:newline",
     r"\b(?:each|every)\s+(?:single\s+)?word\s+(?:(?:should|must|has\s+to|needs\s+to|will)\s+)?(?:go(?:es)?|be|sits?|appears?)\s+"
     r"on\s+(?:a\s+new|its\s+own|a\s+separate|a\s+fresh)\s+line\b"),
    ("format:newline",
     r"\b(?:with\s+|put\s+|add\s+|insert\s+)?a\s+(?:line\s*break|new\s*line)\s+after\s+(?:every|each)\s+(?:single\s+)?word\b"),
    # "After each quotation, add an unquoted explanation", "Follow each quote with a plain explanation not in
    # quotation marks", "whenever you quote something, explain it right after, outside the quotes"
    ("format:quote_unquote",
     r"\bafter\s+(?:each|every|any)\s+(?:quotation|quote|quoted\s+(?:phrase|word|line|bit))\s*,?\s+(?:add|give|put|write|"
     r"include)\s+an?\s+(?:unquoted|plain)\s+(?:explanation|gloss|note)"),
    ("format:quote_unquote",
     r"\bfollow\s+(?:each|every|any)\s+(?:quotation|quote|quoted\s+(?:phrase|word|line|bit))\s+with\s+an?\s+(?:plain\s+|short\s+|"
     r"brief\s+)?(?:explanation|gloss|note)\s+(?:that\s+is\s+|that's\s+)?(?:not|outside(?:\s+of)?)\s+(?:in\s+)?"
     r"(?:the\s+)?quot(?:es|ation\s+marks|ations)"),
    ("format:quote_unquote",
     r"\b(?:whenever|every\s+time)\s+you\s+quote\s+(?:something|anything|a\s+phrase|someone)\s*,?\s+(?:explain|gloss)\s+it\s+"
     r"(?:right\s+|immediately\s+)?(?:after(?:wards?)?|next)\s*,?\s+(?:outside|out\s+of)\s+(?:the\s+)?quot(?:es|ation\s+marks)"),
    ("format:emoji",
     r"\b(?:end|finish|close)\s+all\s+(?:(?:of\s+)?(?:the|your)\s+)?sentences\s+(?:with|in|on)\s+an?\s+emoji"),
    # "Any quote you include must be followed by an explanation outside of quotation marks"
    ("format:quote_unquote",
     r"\b(?:any|each|every)\s+(?:quote|quotation|quoted\s+(?:phrase|word|line|bit))\s+(?:you\s+(?:include|use|give|add)\s+)?"
     r"(?:must|should|has\s+to|needs\s+to)\s+be\s+followed\s+by\s+an?\s+(?:[\w-]+\s+)?(?:explanation|gloss|note)\s+"
     r"(?:that\s+is\s+|that's\s+)?(?:not\s+in|outside(?:\s+of)?)\s+(?:the\s+)?quot(?:es|ation\s+marks|ations)"),
    # "each bullet needs at least one - sub-bullet"
    ("format:sub-bullets",
     r"\b(?:each|every)\s+bullet(?:\s+point)?\s+(?:needs|gets|has|must\s+have|should\s+have|has\s+to\s+have)\s+(?:at\s+least\s+"
     r"(?:one|1)|one\s+or\s+more|its\s+own)\s+(?:[-–]\s+|dash(?:ed)?\s+)?sub[- ]?(?:bullets?|points?)"),
)  # fmt: skip

# "Each section should open with an italicized thesis statement, using HTML i tags", "Begin each section
# with a thesis sentence wrapped in <i> tags"
_THESIS_GEN = (
    r"\b(?:(?:open|begin|start|lead)\s+(?:each|every)\s+(?:section|part)|(?:each|every)\s+(?:section|part)\s+(?:should|must|"
    r"has\s+to|needs\s+to)\s+(?:open|begin|start|lead\s+off))\s+with\s+(?:a|an|its|one)\s+(?:italici[sz]ed\s+|italic\s+)?"
    r"(?:[\w-]+\s+){0,1}?thesis(?:\s+statement|\s+sentence)?(?:\s+(?:in\s+italics|italici[sz]ed))?,?\s+(?:using|in|with|"
    r"wrapped\s+in|inside)\s+(?:HTML\s+)?(?:<i>\s*(?:\.\.\.|…)?\s*(?:</i>)?|<em>|i)\s+(?:HTML\s+)?tags?"
)


@rule("title case", "titel case", "title-case", "capital", "new line", "newline", "line break", "quot", "sub", "thesis",
      "emoji")
def _gen_layouts(ctx: Ctx) -> Iterator[Hit]:
    """The fixed layouts put in more writers' words: a trailing "all in title case" on the task, title
    case applied to the whole answer, words started with capitals "like a book title", one word per
    line said with "go" or a line break, quotes followed by an unquoted explanation, a sub-bullet under
    each bullet, an italicised thesis opening each section with HTML tags."""
    for tid, pat in (*_GEN_LAYOUTS, ("format:thesis", _THESIS_GEN)):
        for m in _scan(pat, ctx, _I):
            if _negated(ctx, m.start()):
                continue
            if tid == "format:title_case" and re.search(
                r"\b(?:heading|header|title|subject|headline)s?\s*$", ctx.content[ctx.unit.start : m.start()], _I
            ):
                continue  # "the headings, all in title case": a part
            if _asked_about(ctx, m.start()):
                continue
            yield Hit(tid, {}, m.start(), m.end(), prio=_PRIO - 1)


def _asked_about(ctx: Ctx, at: int) -> bool:
    """True when the phrase is the topic of a question, not a request ("Explain why poets put each
    word on a new line", "Why do people write in title case?")."""
    before = ctx.content[ctx.unit.start : at]
    return bool(re.search(r"\b(?:why|how|whether)\b[^,;:]*$", before, _I)) or ctx.content[
        ctx.unit.start : ctx.unit.end
    ].rstrip().endswith("?")


# a list marker with the item named: "Mark each list item with '>>' instead of bullet points", "each item
# starts with '->' instead of a bullet" (the bullets replaced: the marker is the list's)
_GEN_SEP = (
    rf"\b(?:mark|start|begin|prefix|open)\s+(?:each|every)\s+(?:list\s+)?(?:item|entry|point)\s+with\s+{_SEP_TOKEN}\s*,?\s+"
    rf"{_INSTEAD_OF_BULLETS}",
    rf"\b(?:each|every)\s+(?:list\s+)?(?:item|entry|point)\s+(?:should\s+|must\s+|will\s+)?(?:starts?|begins?|opens?)\s+with\s+"
    rf"{_SEP_TOKEN}\s*,?\s+{_INSTEAD_OF_BULLETS}",
)


@rule("instead", "rather than", "in place of")
def _gen_separator_items(ctx: Ctx) -> Iterator[Hit]:
    """A custom marker put on each list item in place of bullets (see _GEN_SEP)."""
    for pat in _GEN_SEP:
        for m in _scan(pat, ctx, _I):
            sep = _sep_value(m)
            if sep and not _negated(ctx, m.start()):
                yield Hit("format:list", {"sep": sep}, m.start(), m.end(), prio=_PRIO + 1)


# a reply verb in another language, then a colon and a slash list closing the sentence: "Jawab cuma pakai
# salah satu dari pilihan ini: ya/tidak/tergantung", "Responde solo con una de estas opciones: sí/no/quizás"
_FOREIGN_ANSWER = (
    r"\b(?:jawab(?:lah)?|responde|responda|r[ée]ponds|r[ée]pondez|antworte|antworten\s+Sie|rispondi|odpowiedz|cevap\s+ver|"
    r"antwoord|svara|vastaa)\b[^.\n:;]{0,70}?:\s*(?P<o>[\w'-]+(?:\s*/\s*[\w'-]+){1,5})(?=\s*(?:[.;!]|$|\n))"
)


@rule("/")
def _options_foreign(ctx: Ctx) -> Iterator[Hit]:
    """The options asked for with another language's reply verb (see _FOREIGN_ANSWER)."""
    for m in _scan(_FOREIGN_ANSWER, ctx, _I):
        words = _option_words(m.group("o"))
        if words and not _negated(ctx, m.start()):
            tail = _OPT_TAIL.match(ctx.content, m.end())
            yield Hit("format:options", {"options": "/".join(words)}, m.start(), tail.end() if tail else m.end(),
                      prio=_PRIO - 1)  # fmt: skip
