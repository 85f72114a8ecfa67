"""IFBench format and fixed-task constraints (``format:*`` and ``custom:*``).

Each type checks under IFBench's id and kwargs with the semantics of IFBench's reference checker
(allenai/IFBench ``instructions.py``), strict mode. IFBench's sentence and word splitting come
from NLTK (a data download), so they are replaced by the offline approximations in ``text.py``
(:func:`punkt_sentences`, :func:`treebank_tokens`).

Most of these types have no natural exact complement: the opposite of "end every sentence with
an emoji" or of a fixed task such as "list Napoleon's battle dates" is satisfied by nearly any
text, so they keep ``reverse() -> None`` and say why. Where the reference labels responses
against its own instruction text, rpo checks the text and says so in the class docstring
("Divergence from IFBench:") and in docs/ifbench_divergences.md.
"""

from __future__ import annotations

import csv
import io
import re
import string
import unicodedata
from itertools import pairwise

from pydantic import Field, field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import punkt_sentences, treebank_tokens

_PUNCT = string.punctuation  # IFBench strips/deletes ASCII punctuation only
_STRIP = _PUNCT + " "
_DELETE_PUNCT = str.maketrans("", "", _PUNCT)

_FIXED_TASK = "a fixed task with one expected output has no natural opposite instruction"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def _ascii_fold(text: str) -> str:
    """Accents removed, then anything outside ASCII dropped ("São Tomé" -> "Sao Tome")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# A markdown bullet: a single "*" starting the line ("**Bold**" lines are not bullets, as in
# rpo's IFEval bullet count); a sub-bullet: a "-" starting the line ("---" rules are not).
_STAR_LINE_RE = re.compile(r"^\s*\*(?!\*)")
_DASH_LINE_RE = re.compile(r"^\s*-(?!-)")


# --------------------------------------------------------------------------------------------
# format:parentheses, format:quotes
# --------------------------------------------------------------------------------------------

_CLOSER = {")": "(", "]": "[", "}": "{"}


@register
class NestedParentheses(ConstraintType):
    """Brackets ``()``, ``[]`` and ``{}`` nest at least 5 levels deep. As IFBench checks it: the
    text is scanned with a stack of open brackets, which any mismatched or unopened closer
    empties; the constraint holds as soon as a bracket closes properly after the stack has been
    5 or more deep (the whole group need not close, and bracket kinds need not alternate)."""

    id = "format:parentheses"
    not_reversible_reason = "its complement (no closed group nested 5 deep) is met by almost any text"

    def describe(self) -> str:
        return "Nest parentheses, square brackets and curly braces at least 5 levels deep, as in ( [ { ( [ ] ) } ] )."

    def evaluate(self, response: str) -> CheckResult:
        stack: list[str] = []
        depth = 0  # deepest nesting since the last reset
        deepest = 0
        for ch in response:
            if ch in "([{":
                stack.append(ch)
                depth = max(depth, len(stack))
                deepest = max(deepest, depth)
            elif ch in _CLOSER:
                if stack and stack[-1] == _CLOSER[ch]:
                    stack.pop()
                    if depth >= 5:
                        return CheckResult(True, f"brackets nested {depth} levels deep")
                else:  # a mismatch starts the count again
                    stack, depth = [], 0
        return CheckResult(False, f"deepest nesting {deepest} (a closed group 5 deep is needed)")


@register
class NestedQuotes(ConstraintType):
    """Quotes within quotes within quotes, at least 3 levels, alternating ``"`` and ``'``. As IFBench
    checks it: straight quotes are read as a stack (a quote equal to the innermost open one closes
    it, any other opens a new level); the constraint holds once enough levels have closed again
    that the deepest level reached is 3 above the current one. Curly quotes are not read, and
    apostrophes count as single quotes, as in the reference."""

    id = "format:quotes"
    not_reversible_reason = "its complement (no quotes nested 3 deep) is met by almost any text"

    def describe(self) -> str:
        return (
            "Include quotations nested inside quotations at least 3 levels deep, alternating double "
            'and single quotes, as in "a \'b "c" b\' a".'
        )

    def evaluate(self, response: str) -> CheckResult:
        stack: list[str] = []
        reached = 0
        for ch in response:
            if stack and ch == stack[-1]:
                stack.pop()
                if reached - len(stack) >= 3:
                    return CheckResult(True, f"quotes nested {reached} levels deep")
            elif ch in "\"'":
                stack.append(ch)
                reached = max(reached, len(stack))
        return CheckResult(False, "no quotes nested 3 levels deep and closed")


# --------------------------------------------------------------------------------------------
# format:options
# --------------------------------------------------------------------------------------------


class OptionsArgs(Args):
    options: str = Field(min_length=1)

    @field_validator("options")
    @classmethod
    def _non_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("options must be a non-blank string")
        return v


_LETTER_OPTIONS_RE = re.compile(r"\W*[aA]\W*[bB]\W*[cC]")
_OR_RE = re.compile(r"\bor\b")


def _split_options(options: str) -> list[str]:
    if "/" in options:
        parts = options.split("/")
    elif _OR_RE.search(options):
        parts = _OR_RE.split(options)
    else:
        parts = options.split(",")
    return [p.strip() for p in parts]


@register
class OptionsResponse(ConstraintType):
    """The response is exactly one of the options. ``options`` is one string whose options are
    separated by "/", else by the word "or", else by ",". Letter options ("a), b), c), d)") must be
    matched exactly, character for character; other options are compared ignoring case and ASCII
    punctuation or spaces at either end ("Yes." matches "yes").

    Divergence from IFBench: IFBench splits on "or" anywhere, even inside a word ("Major, Minor"
    becomes "Maj", ", Min", ""); rpo splits on the word "or" only."""

    id = "format:options"
    Args = OptionsArgs
    not_reversible_reason = "answering with anything but the listed options has no natural single instruction"
    example = {"options": "yes/no/maybe"}

    def describe(self) -> str:
        return f"Answer with just one of the following options: {self.args.options}. Give no explanation."

    def evaluate(self, response: str) -> CheckResult:
        options = _split_options(self.args.options)
        if _LETTER_OPTIONS_RE.match(self.args.options):
            ok = response in options
            return CheckResult(ok, "exact option" if ok else f"{_short(response)!r} is not exactly one of {options}")
        answer = response.strip(_STRIP).lower()
        ok = any(o.strip(_STRIP).lower() == answer for o in options)
        return CheckResult(ok, "one of the options" if ok else f"{_short(response)!r} is not one of {options}")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench splits on the letters "or" anywhere when there is no "/" ("Major, Minor" gives
        # "Maj", ", Min", "").
        text = self.args.options
        sep = "/" if "/" in text else "or" if "or" in text else ","
        options = [o.strip() for o in text.split(sep)]
        if _LETTER_OPTIONS_RE.match(text):
            ok = response in options
        else:
            answer = response.strip(_STRIP).lower()
            ok = any(o.strip(_STRIP).lower() == answer for o in options)
        return CheckResult(ok, "one of the split options" if ok else f"not one of {options}")


# --------------------------------------------------------------------------------------------
# format:newline, format:emoji, format:line_indent, format:quote_unquote
# --------------------------------------------------------------------------------------------


@register
class NewLineWords(ConstraintType):
    """Every word is on a line of its own. As IFBench checks it: after ASCII punctuation is deleted,
    the number of non-empty lines equals the number of whitespace-separated words (a line of only
    spaces counts as a line and so breaks the match)."""

    id = "format:newline"
    not_reversible_reason = "its complement (some line holds two words or none) is met by almost any text"

    def describe(self) -> str:
        return "Write each word on a new line."

    def evaluate(self, response: str) -> CheckResult:
        text = response.translate(_DELETE_PUNCT).strip()
        lines = [line for line in text.split("\n") if line != ""]
        words = text.split()
        ok = len(lines) == len(words)
        return CheckResult(ok, f"{_plural(len(words), 'word')} on {_plural(len(lines), 'line')}")


def _is_emoji(ch: str) -> bool:
    import emoji

    return emoji.is_emoji(ch)


@register
class EmojiSentence(ConstraintType):
    """Every sentence ends with an emoji. As IFBench checks it: in each sentence (NLTK-style split)
    with ASCII punctuation deleted, the last or second-to-last character is an emoji (a variation
    selector may follow it), or else the next sentence starts with one (an emoji written after the
    full stop). A sentence left empty, e.g. "...", fails."""

    id = "format:emoji"
    not_reversible_reason = "its complement (some sentence ends without an emoji) is met by almost any text"

    def describe(self) -> str:
        return "End every sentence with an emoji."

    def evaluate(self, response: str) -> CheckResult:
        sentences = punkt_sentences(response)
        cleaned = [s.translate(_DELETE_PUNCT).strip() for s in sentences]
        for i, s in enumerate(cleaned):
            if not s:
                return CheckResult(False, f"sentence {i + 1} is only punctuation")
            if _is_emoji(s[-1]) or _is_emoji(s[-2] if len(s) > 1 else s[-1]):
                continue
            if i + 1 < len(cleaned) and cleaned[i + 1] and _is_emoji(cleaned[i + 1][0]):
                continue
            return CheckResult(False, f"sentence {i + 1} ends without an emoji: {_short(sentences[i])!r}")
        return CheckResult(True, f"{_plural(len(sentences), 'sentence')}, each ending with an emoji")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@register
class IndentStairs(ConstraintType):
    """Each non-blank line is indented by more spaces than the one before it (tabs do not count
    as indentation, as in IFBench).

    Divergence from IFBench: IFBench drops blank lines while iterating over the same list, which
    skips the line after each removed one, so one of two consecutive blank lines survives with
    indent 0 and fails the response; rpo drops every blank line."""

    id = "format:line_indent"
    not_reversible_reason = "its complement (some line not indented further) is met by almost any text"

    def describe(self) -> str:
        return "Create stairs by indenting each new line further than the line before it."

    def evaluate(self, response: str) -> CheckResult:
        lines = [line for line in response.split("\n") if line.strip()]
        for n, (a, b) in enumerate(pairwise(lines), start=2):
            if _indent(b) <= _indent(a):
                return CheckResult(False, f"line {n} is indented {_indent(b)}, line {n - 1} {_indent(a)}")
        return CheckResult(True, f"{_plural(len(lines), 'line')}, each indented further")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench removes each blank line (the first equal one, by value) from the list it is
        # iterating over by index, so the line after a removed one is skipped: of two consecutive
        # blank lines, one survives. The same walk, written out:
        lines = response.split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].strip():
                lines.remove(lines[i])
            i += 1
        ok = all(_indent(b) > _indent(a) for a, b in pairwise(lines))
        return CheckResult(ok, "each line indented further" if ok else "a line is not indented further")


@register
class QuoteExplanation(ConstraintType):
    """Every quoted phrase is followed by an unquoted explanation. As IFBench checks it: with all
    whitespace removed (and the literal '"' removed), no two double quotes are adjacent (a quote
    followed directly by another quote, or an empty quote) and the text does not end with a double
    quote, ignoring trailing digits and punctuation. A response without quotes holds.

    Divergence from IFBench: curly double quotes (“ ”) are read as straight ones; IFBench's
    normalisation of them is a no-op, so a response ending in a curly-quoted phrase passes there."""

    id = "format:quote_unquote"
    not_reversible_reason = "its complement (some quote not followed by an explanation) has no natural instruction"

    def describe(self) -> str:
        return "Follow every quoted phrase with an explanation that is not in quotes."

    def evaluate(self, response: str) -> CheckResult:
        text = response.replace("\u201c", '"').replace("\u201d", '"').replace("'\"'", "")
        text = "".join(text.split())
        if '""' in text:
            return CheckResult(False, "a quote follows another quote with nothing in between")
        tail = text.strip(string.digits + _PUNCT.replace('"', ""))
        if tail.endswith('"'):
            return CheckResult(False, "the response ends with a quoted phrase")
        return CheckResult(True, "every quote is followed by unquoted text")


# --------------------------------------------------------------------------------------------
# format:list (reversible: a count of the separator, >= 2 vs < 2)
# --------------------------------------------------------------------------------------------


class SepArgs(Args):
    keep_whitespace = frozenset({"sep"})  # " | " is a separator as written
    sep: str = Field(min_length=1)


@register
class SpecialBulletPoints(ConstraintType):
    """A list whose items are marked with ``sep`` instead of bullet points. As IFBench checks it: the
    marker occurs at least twice anywhere in the text (non-overlapping, case-sensitive); it need not
    start a line, so with ``sep`` "-" any two hyphens count."""

    id = "format:list"
    Args = SepArgs
    example = {"sep": "SEPARATOR"}

    def describe(self) -> str:
        return f'Answer with a list of items, and instead of bullet points use "{self.args.sep}" to mark them.'

    def evaluate(self, response: str) -> CheckResult:
        n = response.count(self.args.sep)
        return CheckResult(n >= 2, _plural(n, "marker"))


@register
@negation_of(SpecialBulletPoints)
class ListSepAtMostOnce(Negation):
    """Complement of format:list: the marker ``sep`` occurs at most once (fewer than 2 times)."""

    id = "format:list_sep_at_most_once"

    def describe(self) -> str:
        # "Do not use "X" more than once" would read as a keyword frequency (whole words); the
        # list-marker frame names this type
        return f'Do not mark list items with "{self.args.sep}": use it at most once in the response.'


# --------------------------------------------------------------------------------------------
# format:thesis, format:sub-bullets, format:no_bullets_bullets
# --------------------------------------------------------------------------------------------


def _find_tag(text: str, tags: tuple[str, ...], start: int = 0) -> tuple[int, str]:
    """Position of the first tag of ``tags`` that occurs (tried in order), or (-1, "")."""
    for tag in tags:
        at = text.find(tag, start)
        if at != -1:
            return at, tag
    return -1, ""


@register
class ItalicsThesis(ConstraintType):
    """The response opens a section with an HTML-italic thesis statement. As IFBench checks it: the
    first ``<i>`` (else the first ``<em>``) opens the thesis, the first ``</i>`` (else ``</em>``)
    after it closes it; the thesis is not blank and some text follows it. Only the first italic
    span is checked, not every section.

    Divergence from IFBench: IFBench cuts the thesis and the text after it at ``<i>``/``</i>``
    lengths, so with ``<em>`` tags an empty thesis or no text after it still passes; rpo cuts at
    the length of the tag found."""

    id = "format:thesis"
    not_reversible_reason = "its complement (no italic thesis followed by text) has no natural instruction"

    def describe(self) -> str:
        return "Begin each section with a thesis statement in italics, using HTML tags (<i>...</i>) for the italics."

    def evaluate(self, response: str) -> CheckResult:
        start, opener = _find_tag(response, ("<i>", "<em>"))
        if start == -1:
            return CheckResult(False, "no <i> or <em> tag")
        end, closer = _find_tag(response, ("</i>", "</em>"), start)
        if end == -1:
            return CheckResult(False, "the italic thesis is never closed")
        if not response[start + len(opener) : end].strip():
            return CheckResult(False, "the italic thesis is empty")
        if not response[end + len(closer) :].strip():
            return CheckResult(False, "no text follows the italic thesis")
        return CheckResult(True, "italic thesis followed by text")


@register
class SubBulletPoints(ConstraintType):
    """Bullet points marked with ``*``, each followed by at least one sub-bullet marked with ``-``:
    at least one line starts with a single "*" (after indentation), and after each such line, before
    the next one, some line starts with "-".

    Divergence from IFBench: IFBench splits the whole text at every "*" and asks each piece to
    contain a "-" somewhere, so markdown bold ("**") always fails, a hyphenated word counts as a
    sub-bullet, and a response without any bullet passes; rpo checks lines, as IFBench's own
    docstring for this checker describes."""

    id = "format:sub-bullets"
    not_reversible_reason = "its complement (no bullets, or a bullet without a sub-bullet) has no natural instruction"

    def describe(self) -> str:
        return "Use bullet points marked with *, and give each bullet point at least one sub-bullet marked with -."

    def evaluate(self, response: str) -> CheckResult:
        bullets = 0
        open_bullet = False  # the last bullet line has no sub-bullet yet
        for line in response.split("\n"):
            if _STAR_LINE_RE.match(line):
                if open_bullet:
                    return CheckResult(False, f"bullet {bullets} has no '-' sub-bullet")
                bullets += 1
                open_bullet = True
            elif _DASH_LINE_RE.match(line):
                open_bullet = False
        if not bullets:
            return CheckResult(False, "no bullet points marked with *")
        if open_bullet:
            return CheckResult(False, f"bullet {bullets} has no '-' sub-bullet")
        return CheckResult(True, f"{_plural(bullets, 'bullet')}, each with a sub-bullet")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench: every piece after a "*" (anywhere) must contain a "-" (anywhere).
        bad = [i for i, piece in enumerate(response.split("*")[1:], 1) if "-" not in piece]
        return CheckResult(not bad, f"piece {bad[0]} after a '*' has no '-'" if bad else "every '*' piece has a '-'")


_CLOSING_MARKS = "\"'\u201d\u2019)]*_"


@register
class SomeBulletPoints(ConstraintType):
    """At least two sentences ending in a period, then at least two bullet points marked with ``*``
    and nothing after them: the non-blank lines before the first bullet line (a single "*" at the
    start) hold at least two sentences (NLTK-style split per line) that end with "." (closing quotes
    or brackets may follow it), and every non-blank line from the first bullet on is a bullet.

    Divergence from IFBench: IFBench reuses its "still in the sentences" flag for the sentence list
    of a line, so a blank line between two paragraphs, or after the bullets (a trailing newline),
    fails the response; it counts a "**Bold**" line as a bullet; and it counts sentences whatever
    they end with. rpo ignores blank lines, does not count bold lines as bullets, and counts only
    sentences that end with a period, as the instruction says."""

    id = "format:no_bullets_bullets"
    not_reversible_reason = "its complement (fewer sentences or bullets, or another layout) has no natural instruction"

    def describe(self) -> str:
        return (
            "Write at least two sentences that end with a period, followed by at least two bullet points marked with *."
        )

    def evaluate(self, response: str) -> CheckResult:
        sentences = bullets = 0
        for line in response.split("\n"):
            if not line.strip():
                continue
            if _STAR_LINE_RE.match(line):
                if sentences < 2:
                    return CheckResult(False, f"{_plural(sentences, 'sentence')} ending in a period before the bullets")
                bullets += 1
            elif bullets:
                return CheckResult(False, f"text after the bullet points: {_short(line)!r}")
            else:
                sentences += sum(s.rstrip(_CLOSING_MARKS).endswith(".") for s in punkt_sentences(line.strip()))
        if bullets < 2:
            return CheckResult(False, f"{_plural(bullets, 'bullet point')} (at least 2 needed)")
        return CheckResult(True, f"{_plural(sentences, 'sentence')}, then {_plural(bullets, 'bullet point')}")


# --------------------------------------------------------------------------------------------
# format:title_case, format:output_template, format:no_whitespace
# --------------------------------------------------------------------------------------------

# Minor words that title case leaves lowercase (articles, short conjunctions and prepositions of
# up to three letters, as the APA style guide lists them).
_MINOR_WORDS = frozenset("a an the and as but for if nor or so yet at by in of off on per to up via".split())
_STARTS_PHRASE = frozenset(".!?:")


def _lower_word(word: str) -> bool:
    """IFBench's test for a word that breaks title case: it starts lowercase and is one letter or
    all lowercase or lowercase-then-all-caps ("iPhone" and "eBay" pass)."""
    rest = word[1:]
    return word[0].islower() and (not rest or rest.isupper() or rest.islower())


@register
class TitleCase(ConstraintType):
    """Every major word starts with a capital letter. As IFBench checks it: each word token
    (NLTK-style) that starts with a letter must not be lowercase ("iPhone" passes, "the" fails).

    Divergence from IFBench: the instruction asks to capitalise every *major* word, but IFBench
    also fails minor words; rpo lets articles, short conjunctions and short prepositions (a, an,
    the, and, of, in, ...) stay lowercase except as the first word of a line or after ".", "!",
    "?" or ":". IFBench also fails every "n't" contraction and "Cannot", since its tokenizer
    makes "n't" and "not" words of their own; rpo does not check these split-off halves."""

    id = "format:title_case"
    not_reversible_reason = "its complement (some major word lowercase) is met by almost any text"

    def describe(self) -> str:
        return "Write the entire response in title case, capitalizing the first letter of every major word."

    def evaluate(self, response: str) -> CheckResult:
        for line in response.split("\n"):
            at_start, prev = True, ""
            has_cannot = "cannot" in line.lower()
            for tok in treebank_tokens(line):
                # "n't" and the "not" of "cannot" are halves the tokenizer splits off a word.
                clitic = tok.lower() == "n't" or (has_cannot and tok == "not" and prev.lower() == "can")
                prev = tok
                if tok in _STARTS_PHRASE:
                    at_start = True
                    continue
                if not tok[0].isalpha() or clitic:
                    continue
                if _lower_word(tok) and (at_start or tok not in _MINOR_WORDS):
                    return CheckResult(False, f"{tok!r} is not capitalized")
                at_start = False
        return CheckResult(True, "every major word is capitalized")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFBench: every token whose first letter is lowercase and whose rest is all lowercase or
        # all capitals fails, minor words and split-off "n't" included (one-letter "a" passes:
        # its empty rest is neither).
        for tok in treebank_tokens(response):
            rest = tok[1:]
            if tok[0].islower() and (rest.islower() or rest.isupper()):
                return CheckResult(False, f"{tok!r} is not capitalized")
        return CheckResult(True, "no lowercase token")


_TEMPLATE_LABELS = ("My Answer:", "My Conclusion:", "Future Outlook:")


@register
class OutputTemplate(ConstraintType):
    """The response uses the template "My Answer: [answer] My Conclusion: [conclusion] Future Outlook:
    [outlook]". As IFBench checks it: the three labels each occur (case-sensitive), in any order."""

    id = "format:output_template"
    not_reversible_reason = "its complement (some template label missing) is met by almost any text"

    def describe(self) -> str:
        return (
            "Use this exact template for the response: My Answer: [answer] My Conclusion: [conclusion] "
            "Future Outlook: [outlook]"
        )

    def evaluate(self, response: str) -> CheckResult:
        missing = [label for label in _TEMPLATE_LABELS if label not in response]
        return CheckResult(not missing, f"missing {missing}" if missing else "all template labels present")


@register
class NoWhitespace(ConstraintType):
    """The response contains no whitespace character at all (spaces, tabs, newlines, Unicode
    spaces)."""

    id = "format:no_whitespace"
    not_reversible_reason = "its complement (some whitespace) is met by almost any text"

    def describe(self) -> str:
        return "Do not use any whitespace in the response."

    def evaluate(self, response: str) -> CheckResult:
        n = sum(ch.isspace() for ch in response)
        return CheckResult(n == 0, _plural(n, "whitespace character"))


# --------------------------------------------------------------------------------------------
# custom:* — fixed tasks with one expected output
# --------------------------------------------------------------------------------------------

_MULTIPLES_OF_7 = [str(i) for i in range(14, 51, 7)]


@register
class PrintMultiples(ConstraintType):
    """Count from 10 to 50 printing only the multiples of 7: the numbers (runs of digits) in the
    response are exactly 14, 21, 28, 35, 42, 49, in that order, and there are no other numbers."""

    id = "custom:multiples"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return "Count from 10 to 50, but print only the multiples of 7."

    def evaluate(self, response: str) -> CheckResult:
        numbers = re.findall(r"\d+", response)
        return CheckResult(numbers == _MULTIPLES_OF_7, f"numbers: {', '.join(numbers[:12]) or 'none'}")


_QUESTION_SPLIT_RE = re.compile(r"\n*Question \d+[.|):;]?\s*")
_OPTION_LINE_RE = re.compile(r"[A-Ea-e][.|)]\s*\w+")


@register
class MultipleChoiceQuestions(ConstraintType):
    """Four multiple-choice questions with five options each, labelled "Question", progressively
    longer, without explanation. As IFBench checks it: the response starts with "Question"; split
    at each "Question <n>" label there are exactly 4 questions; each has exactly 5 option lines
    ("A." / "b)" ...); the question texts (the lines before the first option) get strictly longer."""

    id = "custom:mcq_count_length"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            "Write 4 multiple-choice questions about 20th-century art history, each with 5 options. Begin "
            'each question with the label "Question", make each question longer than the one before, '
            "and give no explanation."
        )

    def evaluate(self, response: str) -> CheckResult:
        if not response.startswith("Question"):
            return CheckResult(False, 'the response does not start with "Question"')
        questions = [q.strip() for q in _QUESTION_SPLIT_RE.split(response) if q.strip()]
        if len(questions) != 4:
            return CheckResult(False, _plural(len(questions), "question"))
        lengths = []
        for n, q in enumerate(questions, start=1):
            text, options, in_options = "", 0, False
            for line in q.split("\n"):
                if _OPTION_LINE_RE.match(line.strip()):
                    options += 1
                    in_options = True
                elif not in_options:
                    text += " " + line.strip()
            if options != 5:
                return CheckResult(False, f"question {n} has {_plural(options, 'option')}")
            lengths.append(len(text.strip()))
        ok = all(a < b for a, b in pairwise(lengths))
        return CheckResult(ok, f"question lengths {', '.join(map(str, lengths))}")


@register
class ReverseNewline(ConstraintType):
    """The countries of Africa in reverse alphabetical order, one per line. As IFBench checks it:
    lines are stripped of ASCII punctuation and spaces and blank ones dropped; from the first line
    containing "Zimbabwe" on there are at least 52 lines, and they are in descending order once
    accents are removed (case-sensitive, as Python compares strings). Lines before it are ignored."""

    id = "custom:reverse_newline"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return "List the countries of Africa in reverse alphabetical order, each on a new line."

    def evaluate(self, response: str) -> CheckResult:
        lines = [line.strip(_STRIP) for line in response.split("\n")]
        lines = [line for line in lines if line]
        start = next((i for i, line in enumerate(lines) if "Zimbabwe" in line), None)
        if start is None:
            return CheckResult(False, "no line with Zimbabwe")
        listed = [_ascii_fold(line) for line in lines[start:]]
        if len(listed) < 52:
            return CheckResult(False, f"{_plural(len(listed), 'line')} from Zimbabwe on (at least 52 needed)")
        for a, b in pairwise(listed):
            if b > a:
                return CheckResult(False, f"{_short(b)!r} comes after {_short(a)!r}")
        return CheckResult(True, f"{len(listed)} lines in reverse alphabetical order")


# Capitals of European countries north of 45°N, with their latitudes (degrees north).
_EUROPEAN_CAPITALS = {
    "Amsterdam": 52.37, "Berlin": 52.52, "Bern": 46.95, "Bratislava": 48.15, "Brussels": 50.85,
    "Budapest": 47.50, "Chisinau": 47.01, "Copenhagen": 55.68, "Dublin": 53.35, "Helsinki": 60.17,
    "Kyiv": 50.45, "Ljubljana": 46.06, "London": 51.51, "Luxembourg": 49.61, "Minsk": 53.90,
    "Moscow": 55.76, "Oslo": 59.91, "Paris": 48.86, "Prague": 50.08, "Reykjavik": 64.15,
    "Riga": 56.95, "Stockholm": 59.33, "Tallinn": 59.44, "Vaduz": 47.14, "Vienna": 48.21,
    "Vilnius": 54.69, "Warsaw": 52.23, "Zagreb": 45.82,
}  # fmt: skip
_BY_LATITUDE = sorted(_EUROPEAN_CAPITALS, key=_EUROPEAN_CAPITALS.get, reverse=True)
_ACCEPTED_CAPITAL_LISTS = (
    [c for c in _BY_LATITUDE if c != "Kyiv"],  # IFBench's answer key
    _BY_LATITUDE,
    ["Kiev" if c == "Kyiv" else c for c in _BY_LATITUDE],
)


@register
class EuropeanCapitalsSort(ConstraintType):
    """The capitals of European countries north of 45° latitude, without country names, separated
    by commas, from the highest latitude to the lowest. As IFBench checks it: with accents removed,
    the comma-separated items (blank ones dropped, each stripped) are exactly the expected cities in
    order, spelled as in English (Reykjavik ... Zagreb) and with nothing else in the response.

    Divergence from IFBench: IFBench's answer key leaves out Kyiv (50.45°N, between Brussels and
    Prague), so a complete answer fails there; rpo accepts the list with Kyiv (or Kiev) in its
    place as well as IFBench's list without it."""

    id = "custom:european_capitals_sort"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            "Give the names of all capital cities of European countries whose latitude is higher than 45 "
            "degrees. List the cities without country names, separated by commas, sorted by latitude from "
            "highest to lowest."
        )

    def evaluate(self, response: str) -> CheckResult:
        items = [c.strip() for c in _ascii_fold(response).split(",") if c.strip()]
        if items in _ACCEPTED_CAPITAL_LISTS:
            return CheckResult(True, f"{len(items)} capitals in order")
        expected = _ACCEPTED_CAPITAL_LISTS[1 if "Kyiv" in items or "Kiev" in items else 0]
        for n, (got, want) in enumerate(zip(items, expected, strict=False), start=1):
            if got != want:
                return CheckResult(False, f"item {n} is {_short(got)!r}, expected {want!r}")
        return CheckResult(False, f"{len(items)} items, expected {len(expected)}")

    def evaluate_reference(self, response: str) -> CheckResult:
        items = [c.strip() for c in _ascii_fold(response).split(",") if c.strip()]
        ok = items == _ACCEPTED_CAPITAL_LISTS[0]  # IFBench's answer key only (without Kyiv)
        return CheckResult(ok, "IFBench's list in order" if ok else "not IFBench's list")


def _csv_rows(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _csv_rows_keeping_quotes(text: str, delimiter: str = ",") -> list[list[str]]:
    """CSV rows whose fields keep their enclosing double quotes: each quote is tripled first, so
    that the parser reads '"a,b"' as one field with the text '"a,b"' (IFBench's reading)."""
    return _csv_rows(text.replace('"', '"""'), delimiter)


def _header_re(columns: tuple[str, ...], sep: str) -> re.Pattern[str]:
    names = [f'(?:{re.escape(c)}|"{re.escape(c)}")' for c in columns]
    return re.compile("^" + sep.join(names) + "$")


_CITY_COLUMNS = ["ID", "Country", "City", "Year", "Count"]


@register
class CityCSV(ConstraintType):
    """CSV data with the header ID,Country,City,Year,Count and 7 rows, comma delimited. As IFBench
    checks it: parsed as CSV, the text is exactly 8 rows (a blank line is an empty row), the first
    is exactly the header (no spaces after the commas), and every row has 5 fields. A code fence
    around the data fails."""

    id = "custom:csv_city"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            'Generate CSV data with the column names "ID", "Country", "City", "Year" and "Count", comma '
            "delimited, with 7 rows of data."
        )

    def evaluate(self, response: str) -> CheckResult:
        rows = _csv_rows(response)
        if len(rows) != 8:
            return CheckResult(False, f"{_plural(len(rows), 'row')} (header and 7 data rows needed)")
        if rows[0] != _CITY_COLUMNS:
            return CheckResult(False, f"header is {rows[0]}")
        bad = [n for n, row in enumerate(rows[1:], start=1) if len(row) != 5]
        if bad:
            return CheckResult(False, f"data row {bad[0]} has {_plural(len(rows[bad[0]]), 'field')}")
        return CheckResult(True, "header and 7 rows of 5 fields")


_PRODUCT_HEADER_RE = _header_re(("ProductID", "Category", "Brand", "Price", "Stock"), ",[ \t]*")
_SPECIAL_FIELD_RE = re.compile(r'".*[^\d\w\s].*"')


@register
class SpecialCharacterCSV(ConstraintType):
    """CSV data with the header ProductID,Category,Brand,Price,Stock and 14 rows, comma delimited,
    with a double-quoted field that holds a special character. As IFBench checks it: the first
    line is the header (names optionally quoted, spaces or tabs allowed after the commas); parsed as
    CSV with quotes kept, there are exactly 15 rows; data rows are read in order and each must have
    5 fields until one has a field that starts with a double quote and holds a character that is
    neither a letter, a digit nor a space, which settles it (later rows are not checked)."""

    id = "custom:csv_special_character"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            'Generate CSV data with the column names "ProductID", "Category", "Brand", "Price" and "Stock", '
            "comma delimited, with 14 rows of data. Include one field that contains a special character "
            "and enclose it in double quotes."
        )

    def evaluate(self, response: str) -> CheckResult:
        if not _PRODUCT_HEADER_RE.match(response.split("\n")[0].strip()):
            return CheckResult(False, "the first line is not the header ProductID,Category,Brand,Price,Stock")
        rows = _csv_rows_keeping_quotes(response)
        if len(rows) != 15:
            return CheckResult(False, f"{_plural(len(rows), 'row')} (header and 14 data rows needed)")
        for n, row in enumerate(rows[1:], start=1):
            if len(row) != 5:
                return CheckResult(False, f"data row {n} has {_plural(len(row), 'field')}")
            if any(_SPECIAL_FIELD_RE.match(field) for field in row):
                return CheckResult(True, f"data row {n} has a quoted field with a special character")
        return CheckResult(False, "no double-quoted field with a special character")


_STUDENT_HEADER_RE = _header_re(("StudentID", "Subject", "Grade", "Semester", "Score"), "\t *")


def _quoted(field: str) -> bool:
    f = field.strip()
    return bool(f) and f[0] == '"' and f[-1] == '"'


@register
class QuotesCSV(ConstraintType):
    """Tab-delimited CSV data with the header StudentID, Subject, Grade, Semester, Score and 3 rows,
    every field in double quotes. As IFBench checks it: the first line is the header (names
    optionally quoted, spaces allowed after the tabs); parsed with quotes kept, there are exactly 4
    rows of 5 fields, and every field, the header's included, starts and ends with a double quote.
    IFBench's checker raises on an empty field; rpo counts it as not quoted."""

    id = "custom:csv_quotes"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            'Generate CSV data with the column names "StudentID", "Subject", "Grade", "Semester" and '
            '"Score", tab delimited, with 3 rows of data, and enclose every field in double quotes.'
        )

    def evaluate(self, response: str) -> CheckResult:
        if not _STUDENT_HEADER_RE.match(response.split("\n")[0].strip()):
            return CheckResult(False, "the first line is not the tab-separated header StudentID ... Score")
        rows = _csv_rows_keeping_quotes(response, "\t")
        if len(rows) != 4:
            return CheckResult(False, f"{_plural(len(rows), 'row')} (header and 3 data rows needed)")
        for n, row in enumerate(rows):
            if len(row) != 5:
                return CheckResult(False, f"row {n + 1} has {_plural(len(row), 'field')}")
            if not all(_quoted(f) for f in row):
                return CheckResult(False, f"row {n + 1} has a field not enclosed in double quotes")
        return CheckResult(True, "4 rows of 5 quoted fields")


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


@register
class DateFormatList(ConstraintType):
    """The start dates of Napoleon's battles, comma separated, as YYYY-MM-DD, without explanation.
    As IFBench checks it: every comma-separated item is a YYYY-MM-DD date with a year from 1769 to
    1821 (Napoleon's lifetime), a month of at most 12 and a day that fits the month (February up
    to 29; like the reference, month and day 00 are not rejected)."""

    id = "custom:date_format_list"
    not_reversible_reason = _FIXED_TASK

    def describe(self) -> str:
        return (
            "List the start dates of all the battles Napoleon fought, separated by commas, in the date "
            "format YYYY-MM-DD. Do not give any explanation."
        )

    def evaluate(self, response: str) -> CheckResult:
        dates = [d.strip() for d in response.strip().split(",")]
        for d in dates:
            if not _DATE_RE.match(d):
                return CheckResult(False, f"{_short(d)!r} is not a YYYY-MM-DD date")
            year, month, day = (int(p) for p in d.split("-"))
            if not 1769 <= year <= 1821:
                return CheckResult(False, f"{d}: year outside Napoleon's lifetime")
            if month > 12 or day > _MONTH_DAYS.get(month, 99):
                return CheckResult(False, f"{d} is not a valid date")
        return CheckResult(True, _plural(len(dates), "date"))
