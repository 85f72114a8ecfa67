"""Evaluate how `rpo build-pairs` / `rpo reverse-constraints` locate and rewrite constraints in
IFEval-form prompts (no spans given), on a hand-written file whose rows carry, besides the IFEval
fields, an ``expected`` list: for each constraint, the exact substring of the prompt that states
it, or a list of substrings when the prompt states it more than once. Rows may carry a ``split``
(``dev`` / ``test``); ``--split`` selects one.

Files: tests/data/rewrite_dev.jsonl (default; 135 rows, 70/30 dev/test, written for this
work) and tests/data/rewrite_eval.jsonl (older, IFEval-like phrasings). Neither is taken from
the IFEval or IFBench test prompts.

Figures (each a rate over the file or split):

located
    per constraint: ``reverse.locate_all`` finds every expected statement (each expected
    substring lies inside a located region) and each region holds little else: at most
    MAX_EXTRA_WORDS words outside the text that the row's constraints state, FILLER words not
    counted. A region that takes in the task ("Write a 300+ word essay about tea") fails.
rewritten
    per constraint: ``rewrite()`` with only that constraint reversed is accepted by the
    round-trip guard, and the new prompt (1) holds the reversed constraint's text, (2) holds no
    sentence of any expected statement of it (looked for with the new text blanked out),
    (3) still states every other constraint (its expected text, or its re-rendered text),
    (4) keeps its task (below).
task_kept (of emitted)
    over every rewrite the guard accepts (an emitted pair's prompt): every word of the prompt
    outside the constraints' expected texts (FILLER aside) is still in the new prompt. Must be 1.0.
contradictions (of emitted)
    emitted rewrites in which an original statement of a reversed constraint is still there:
    found again by the phrase grammar, or an expected statement's sentence still in the text.
    Must be 0.
pairs_lost
    The RPO rule gives a pair for every chosen response and every set S of constraints that
    response failed: the prompt is rewritten with exactly S reversed. We simulate every set a
    chosen response could fail: each non-empty subset S of the row's reversible constraints
    stands for the pairs whose chosen response fails exactly S (one rewrite each, as the pair
    stage caches it). A subset is lost when its rewrite is not usable (a constraint could not be
    located, ``rewrite_failed``, or the guard rejects it, ``rewrite_unverified:*``).
    pairs_lost = lost subsets / all subsets. Target <= 0.02.
decomposed_exact
    per row: the phrase grammar (rule_decompose, every statement) finds exactly the row's set of
    (id, kwargs), as a plain figure beside bench/eval_decompose.py, with the same scoring
    convention: a word range (count:word_count_range A..B) equals the two number_words the rules
    read for it (eval_decompose's ``_expand_ranges``).

Usage: python bench/eval_rewrite.py [FILE] [--split dev|test] [--json OUT] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from rpo_cli.stages.decompose_rules.resolve import _FRAME, _FRAME_REST
from rpo_cli.stages.read import parse_row
from rpo_cli.stages.reverse import _key, locate_all, render, rewrite, statements
from rpo_cli.stages.verify import build_types

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `bench` must import as a package
    sys.path.insert(0, str(ROOT))
from bench.eval_decompose import _expand_ranges  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "rewrite_dev.jsonl"
MAX_EXTRA_WORDS = 3
#: Connective words a region may hold beside the constraints' own text without counting as task text.
FILLER = frozenset(
    """a an and also but or so then that the this it its to in of with please make sure keep your you
    response answer reply must should have has be is are will format note each remember again once more
    entire whole output everything all pls plz thx thanks do which lol haha und et y e o oder ou actually anyway
    oh btw thing somewhere anywhere as well""".split()
)
_WORD = re.compile(r"\w+")
#: An example given right after a statement, to the end of its sentence.
_EXAMPLE_TAIL = re.compile(
    r",?\s*\(?[*_]?(?:e\.\s?g\.|i\.\s?e\.|for example|for instance|such as|like|including)[,:]?\s[^\n]*?"
    r"(?:[.!?](?=\s|$)|(?=\n)|$)",
    re.IGNORECASE,
)
#: What else a statement carries after it: its reason, in brackets or after "because"/"since"/"so"
#: ("Don't use commas (our importer chokes on them).", "Respond in French, because the team reads
#: it."), or where it applies ("... somewhere in the text"). A reversal drops them with it (kept, they
#: would argue for the original), so they are not task words either.
_REASON_TAIL = re.compile(
    r"\s*(?:\([^()\n]*\)|,?\s*(?:because|since|cause|cuz|coz|so\s+that|so)[\s,][^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)|"
    r"(?:somewhere|anywhere)\s+in\s+(?:the|your)\s+(?:text|response|answer|reply)|"
    # an intensifier of it ("no hangul at all", "no emojis whatsoever"), a reason may follow
    r",?\s*(?:at\s+all|whatsoever|obviously|seriously|honestly|literally|surtout|bitte|por\s+favor)\b|"
    # its purpose or share-out ("in all caps for emphasis", "3 bullet points, one per change")
    r",?\s*(?:for\s+(?:emph\w*|effect|clarity|readability|impact)|one\s+(?:per|for\s+each)\s+[^\W\d_]+)\b|"
    # a general extender ("no headers or any of that", "or anything like that") or a verdict on it ("a
    # tip at the end starting with P.S. would be cute")
    r",?\s*(?:or|and)\s+(?:anything|any\s+of|all\s+of|stuff)(?:\s+(?:like|of))?\s+(?:that|this|those|it)\b|"
    r"\s*(?:would|['’]d)\s+be\s+(?:really\s+|so\s+)?(?:cute|nice|great|fun|cool|good|lovely|ideal|helpful)\b|"
    # the speaker's feeling about it (", i hate that", ", I find them annoying in recipes"), a
    # contrast that restates it (", not just the pronunciation") or a leeway it grants (", more is
    # fine"): kept beside the reversal, each would argue for the original
    # a restatement ("No bullet points, it has to be continuous text", "in Devanagari, not transliterated"),
    # a comma-spliced reason ("don't mark them with '::', it breaks my import") or its purpose ("end with
    # a question to keep the student talking"), each to the sentence's end
    r",?\s*(?:,\s*(?:it|they)\s+(?:has|have|needs?|must|should)\s+(?:to\s+)?be\b|,\s*not\s+[^\W\d_]+ed\b|"
    r",\s*(?:it|that|this)\s+[^\W\d_]+s\s+(?:my|our|the|up)\b|"
    r"\s+(?:to|so\s+as\s+to|in\s+order\s+to)\s+(?:keep|make|help|encourage|get|let|avoid|prevent|engage)\b|"
    r"(?:i|we)(?:['’]m|\s+am|\s+really|\s+just)?\s+(?:hate|dislike|loathe|find|can['’]?t\s+stand|"
    r"don['’]?t\s+like)\b|not\s+(?:just|only|merely)\b|(?:more|less|fewer|longer|shorter)\s+(?:is|are)\s+"
    r"(?:fine|ok|okay|allowed|welcome)\b|"
    # a qualifier of it (", regardless of the language the customer writes in") or a comma-spliced
    # remark that points back at it (", it reads like buzzword soup", ", our guide is strict about that")
    r"(?:,\s*)?(?:regardless\s+of|no\s+matter|even\s+(?:if|when|though))\b|,\s*(?:it|they|that|this|which)\s+(?:is|are|was|"
    r"were|looks?|feels?|reads?|seems?)\b|,\s*(?:i|we)\s+(?:always|usually|often|tend\s+to|keep)\b|"
    r"\s+(?:in\s+order|so\s+as)\s+to\s|,?\s*i\s+mean\s+it\b|,\s*(?:the|our|my)\s+\w+\s+(?:loves?|likes?|hates?|prefers?|wants?)\s+"
    r"(?:it|that|this|them)\b|,\s*(?=(?:our|my|the)\b[^,.!?\n]*?\b(?:is|are)\b[^,.!?\n]*\b(?:about|with|on)\s+"
    r"(?:that|it|them|this)[.!?]*(?:\s|$)))[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$))",
    re.IGNORECASE,
)
#: What opens a statement before its expected text: its subject ("one of them has to [include the
#: word "adobo"]") or a vague restatement of a length limit ("keep it short, [max 120 words]"), which
#: kept beside the reversal would argue for the original.
_LEAD_IN = re.compile(
    r"(?:\b(?:one|each|all|some|any|none|two|three|at\s+least\s+one)\s+of\s+(?:them|these|those)\s+"
    r"(?:has\s+to|have\s+to|must|should|needs?\s+to|will)\s+|"
    r"\b(?:keep\s+it\s+|be\s+)?(?:short|brief|concise)(?:\s+and\s+sweet)?(?:\s+please)?\s*[,:;–—-]\s*|"
    # a wish frame ("I'd like [at least one em dash in there]")
    r"\b(?:i['’]d|i\s+would)\s+(?:really\s+)?(?:like|love|prefer|want)\s+|"
    # an aside that stresses it ("Also, and this is important, [NO COMMAS AT ALL]")
    r"(?:\band\s+)?\b(?:this|it)\s+is\s+(?:really\s+|very\s+|super\s+)?(?:important|crucial|key|essential)\s*[,:;–—-]\s*|"
    # a polite frame around it ("It would be lovely if it ran to [at least 400 words]")
    r"\b(?:it\s+would\s+be|it['’]d\s+be)\s+(?:great|lovely|nice|ideal|good|perfect|wonderful|helpful)\s+if\s+"
    r"(?:it|you)\s+(?:could\s+)?(?:ran|run|runs|came|come|stayed|stay|was|were|kept|keep)(?:\s+(?:to|at|in|within|under))?\s+)$",
    re.IGNORECASE,
)
RATES = ("located", "rewritten", "task_kept", "pairs_lost", "decomposed_exact")


def _covered_mask(prompt: str, needles: list[str], kwargs: list[dict[str, Any]]) -> list[bool]:
    """Characters of the prompt that belong to the text of some constraint of the row."""
    mask = [False] * len(prompt)
    needles = list(needles)
    for kw in kwargs:
        for v in kw.values():
            for x in v if isinstance(v, list) else [v]:
                if isinstance(x, str) and len(x) >= 20:
                    needles.append(x)
    for n in needles:
        for m in re.finditer(re.escape(n), prompt):
            for k in range(m.start(), m.end()):
                mask[k] = True
    # A statement's own example ("Wrap it in JSON, e.g. {...}.") and a polite frame that holds only
    # statements ("It would be great if you could keep it short and avoid commas.") are the
    # statement's words, not the task's: a reversal rightly drops them with it.
    for n in needles:
        for m in re.finditer(re.escape(n), prompt):
            lead = _LEAD_IN.search(prompt[max(0, m.start() - 60) : m.start()])
            if lead:
                for k in range(m.start() - len(lead.group()), m.start()):
                    mask[k] = True
            pos = m.end()
            # an example, then its asides, reasons and remarks, one after another ("use 3 headers (say
            # Wiring, Code, Testing) so I can find things later")
            for tail in (_EXAMPLE_TAIL, _REASON_TAIL, _REASON_TAIL, _EXAMPLE_TAIL):
                ex = tail.match(prompt, pos)
                if ex:
                    for k in range(ex.start(), ex.end()):
                        mask[k] = True
                    pos = ex.end()
    for m in re.finditer(r"(?:^|(?<=[.!?:\n]))\s*", prompt):
        fr = _FRAME.match(prompt, m.end())
        if not fr:
            continue
        end = fr.end()  # the frame, then its own words ("you could") up to a statement
        for w in re.finditer(r"\s*([\w’']+)\s*", prompt[end:]):
            if mask[end] or w.group(1).lower() not in _FRAME_REST:
                break
            end += w.end()
        if end < len(prompt) and mask[end]:
            for k in range(fr.start(), end):
                mask[k] = True
    return mask


def _uncovered_words(text: str, offset: int, mask: list[bool]) -> list[str]:
    """Words of ``text`` (at ``offset`` in the prompt) outside the constraints' text, fillers left out."""
    return [
        m.group()
        for m in _WORD.finditer(text)
        if m.group().lower() not in FILLER and not all(mask[offset + k] for k in range(m.start(), m.end()))
    ]


def _range_keys(pairs: list[tuple[str, dict[str, Any]]]) -> set[tuple[str, str]]:
    """The normal keys of (id, kwargs) pairs, a word range counted as its two number_words."""
    expanded = _expand_ranges([{"id": i, "kwargs": kw} for i, kw in pairs])
    return {_key(c["id"], c["kwargs"]) for c in expanded}


def _as_list(e: str | list[str]) -> list[str]:
    """An ``expected`` entry: one statement (a string) or every statement of it (a list)."""
    return list(e) if isinstance(e, list) else [e]


def _still_stated(new: str, statements: list[str], rendered: str) -> bool:
    """Whether a kept constraint is still stated in the rewritten prompt: one of its statements or
    its rendered text, letter case aside (a cut that drops a sentence's head capitalises the
    statement that now opens it: "..., and end with a P.S." -> "End with a P.S.")."""
    low = new.lower()
    return any(s.lower() in low for s in statements) or rendered.lower() in low


def _pieces(expected: str) -> list[str]:
    """The sentences of an expected substring (each must be gone after the rewrite)."""
    parts = [p.strip(" *-") for p in re.split(r"(?<=[.!?:])\s+", expected) if p.strip()]
    long_parts = [p for p in parts if len(p) >= 12]
    return long_parts or [expected]


def _load(path: Path | str, split: str | None) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if split and obj.get("split", split) != split:
            continue
        rows.append((lineno, obj))
    return rows


def evaluate(path: Path | str = DEFAULT, split: str | None = None) -> dict[str, Any]:
    per_type: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    lost_reasons: Counter = Counter()
    failures: list[dict[str, Any]] = []
    rows = 0
    for lineno, obj in _load(path, split):
        obj = dict(obj)
        expected = [_as_list(e) for e in obj.pop("expected")]
        for k in ("split", "kind"):
            obj.pop(k, None)
        conv = parse_row(json.dumps(obj).encode("utf-8"))
        constraints = conv.constraints or []
        if len(expected) != len(constraints):
            raise ValueError(f"{path}:{lineno}: {len(expected)} expected texts for {len(constraints)} constraints")
        pi = len(conv.messages) - 1
        prompt = conv.messages[pi].content
        for es in expected:
            for e in es:
                if e not in prompt:
                    raise ValueError(f"{path}:{lineno}: expected text not in the prompt: {e!r}")
        types = build_types(constraints)
        mask = _covered_mask(prompt, [e for es in expected for e in es], [c.kwargs for c in constraints])
        task = _uncovered_words(prompt, 0, mask)
        rows += 1
        want = _range_keys([(c.id, c.kwargs) for c in constraints])
        got = _range_keys([(s.key[0], json.loads(s.key[1])) for s in statements(conv.messages)])
        totals["decomposed_exact"] += want == got
        totals["rows"] += 1

        def check(
            flags: list[bool], conv=conv, types=types, pi=pi, task=task, constraints=constraints, expected=expected
        ):
            """The rewrite with these constraints reversed, what is wrong with it, and whether it is
            emitted (the row's values are bound as defaults: this closure lives for one row)."""
            rw = rewrite(conv, types, flags)
            why = [f"rewrite error: {e}" for e in rw.errors] + list(rw.unverified)
            emitted = rw.ok
            new = rw.messages[pi].content
            new_words = {w.lower() for w in _WORD.findall(new)}
            lost = [w for w in task if w.lower() not in new_words]
            if lost:
                why.append(f"task words lost: {' '.join(lost)!r}")
            rest = new
            for i, rev in enumerate(flags):
                if rev:
                    rest = rest.replace(render(types[i].reverse(), constraints[i].condition), "\x00")
            for i, rev in enumerate(flags):
                if rev:
                    rtext = render(types[i].reverse(), constraints[i].condition)
                    if rtext not in new:
                        why.append(f"reversed text missing: {constraints[i].id}")
                    left = [p for e in expected[i] for p in _pieces(e) if p in rest]
                    if left:
                        why.append(f"original text still there: {left!r}")
                    if _key(constraints[i].id, constraints[i].kwargs) in {s.key for s in statements(rw.messages)}:
                        why.append(f"original found again by the grammar: {constraints[i].id}")
                elif not _still_stated(new, expected[i], render(types[i], constraints[i].condition)):
                    why.append(f"constraint {i} ({constraints[i].id}) lost")
            return rw, why, emitted

        reversible = [i for i, t in enumerate(types) if type(t).reversible()]
        # per constraint: located, rewritten
        for i, (c, t) in enumerate(zip(constraints, types, strict=True)):
            st = per_type[c.id]
            st["n"] += 1
            why: list[str] = []
            locs = locate_all(conv, c, t)
            regions = [prompt[loc.start : loc.end] for loc in locs if loc.message == pi]
            for e in expected[i]:
                es = prompt.find(e)
                # the region overlaps the statement and leaves out at most connective/wording words of it
                inside = [loc for loc in locs if loc.message == pi and loc.start < es + len(e) and es < loc.end
                          and len(_uncovered_words(e, es, [loc.start <= k < loc.end for k in range(len(prompt))]))
                          <= MAX_EXTRA_WORDS]  # fmt: skip
                if not inside:
                    why.append(f"a: statement not located: {e!r} (regions: {regions!r})")
                    continue
                extra = _uncovered_words(prompt[inside[0].start : inside[0].end], inside[0].start, mask)
                if len(extra) > MAX_EXTRA_WORDS:
                    why.append(f"a: region holds {len(extra)} other words: {' '.join(extra)!r}")
            st["located"] += not why
            new_prompt = None
            if i in reversible:
                rw, b_why, emitted = check([j == i for j in range(len(types))])
                new_prompt = rw.messages[pi].content
                st["rewritten"] += emitted and not b_why
                why += [f"b: {w}" for w in b_why]
            else:
                why.append("b: not reversible")
            if why:
                failures.append({"key": obj.get("key"), "constraint": i, "id": c.id, "expected": expected[i],
                                 "located": regions, "rewritten_prompt": new_prompt, "why": why})  # fmt: skip
        # every subset a chosen response could fail
        for k in range(1, len(reversible) + 1):
            for subset in combinations(reversible, k):
                flags = [j in subset for j in range(len(types))]
                rw, why, emitted = check(flags)
                totals["subsets"] += 1
                if not emitted:
                    totals["lost"] += 1
                    for w in why[:1]:
                        reason = "rewrite_failed" if w.startswith("rewrite error") else ":".join(w.split(":")[:2])
                        lost_reasons[reason] += 1
                    continue
                totals["emitted"] += 1
                task_lost = [w for w in why if w.startswith("task words lost")]
                totals["task_kept"] += not task_lost
                if task_lost:
                    failures.append({"key": obj.get("key"), "constraint": list(subset), "id": "task_lost",
                                     "expected": [], "located": [], "rewritten_prompt": rw.messages[pi].content,
                                     "why": task_lost})  # fmt: skip
                bad = [w for w in why if w.startswith(("original text still", "original found"))]
                totals["contradictions"] += bool(bad)
                if bad:
                    failures.append({"key": obj.get("key"), "constraint": list(subset), "id": "contradiction",
                                     "expected": [], "located": [], "rewritten_prompt": rw.messages[pi].content,
                                     "why": bad})  # fmt: skip

    n = sum(s["n"] for s in per_type.values())

    def rate(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    overall = {
        "located": rate(sum(s["located"] for s in per_type.values()), n),
        "rewritten": rate(sum(s["rewritten"] for s in per_type.values()), n),
        "task_kept": rate(totals["task_kept"], totals["emitted"]),
        "contradictions": totals["contradictions"],
        "pairs_lost": rate(totals["lost"], totals["subsets"]),
        "decomposed_exact": rate(totals["decomposed_exact"], totals["rows"]),
    }
    return {
        "file": str(path),
        "split": split or "all",
        "rows": rows,
        "constraints": n,
        "subsets": totals["subsets"],
        "emitted": totals["emitted"],
        "overall": overall,
        "lost_by_reason": dict(lost_reasons.most_common()),
        "per_type": {
            tid: {"n": s["n"], "located": rate(s["located"], s["n"]), "rewritten": rate(s["rewritten"], s["n"])}
            for tid, s in sorted(per_type.items())
        },
        "failures": failures,
    }


def _table(report: dict[str, Any]) -> str:
    lines = [f"{'type':48} {'n':>3} {'located':>8} {'rewritten':>10}"]
    for tid, s in sorted(report["per_type"].items(), key=lambda kv: (kv[1]["located"] + kv[1]["rewritten"], kv[0])):
        lines.append(f"{tid:48} {s['n']:>3} {s['located']:>8.2f} {s['rewritten']:>10.2f}")
    o = report["overall"]
    lines.append(f"{'OVERALL':48} {report['constraints']:>3} {o['located']:>8.3f} {o['rewritten']:>10.3f}")
    lines.append(
        f"emitted rewrites {report['emitted']}/{report['subsets']} subsets: task kept {o['task_kept']:.3f}, "
        f"contradictions {o['contradictions']}; pairs lost {o['pairs_lost']:.3f}; "
        f"decomposed exact {o['decomposed_exact']:.3f}"
    )
    if report["lost_by_reason"]:
        lines.append("lost by reason: " + ", ".join(f"{k} {v}" for k, v in report["lost_by_reason"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT), help="JSONL rows with an 'expected' field")
    ap.add_argument("--split", choices=["dev", "test"], help="only the rows of this split")
    ap.add_argument("--json", dest="json_out", metavar="OUT", help="write the report (with failures) as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    args = ap.parse_args(argv)
    report = evaluate(args.file, args.split)
    print(f"{report['file']} [{report['split']}]: {report['rows']} rows, {report['constraints']} constraints")
    print(_table(report))
    if args.verbose:
        for f in report["failures"]:
            print(f"\n[{f['key']}#{f['constraint']}] {f['id']}  expected: {f['expected']!r}")
            print(f"   located: {f['located']!r}")
            print(f"   rewritten: {f['rewritten_prompt']!r}")
            for w in f["why"]:
                print(f"   - {w}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
