"""Evaluate how well `rpo reverse-constraints` finds and rewrites constraints in IFEval-form prompts.

IFEval-form rows give no span for their constraints, so reverse.locate() must find the sentence
that states each one from the type's cues. This script measures that on a hand-written file
(default: tests/data/rewrite_eval.jsonl) whose rows carry, besides the IFEval fields, an
``expected`` list: for each constraint, the exact substring of the prompt that states it.

For every constraint of every row, three checks:

(a) located — ``locate()`` returns a region of the prompt that contains the expected substring
    and holds little else: at most MAX_EXTRA_WORDS words of the region lie outside the
    text that the row's constraints state (every expected substring of the row, plus string
    kwargs values such as ``prompt_to_repeat``, which the rewritten text restates), not
    counting connective FILLER words ("Please make sure that ... and that ..."). A task
    sentence with the constraint inline ("Write a 300+ word essay about tea") fails: rewriting
    that region would delete the task.
(b) rewritten — ``rewrite()`` with only that constraint reversed succeeds, and the new prompt
    (1) contains the reversed constraint's text (its ``describe()``), (2) no longer contains
    any sentence of the expected substring (looked for after removing the reversed text, which
    may share words with it), and (3) still states every other constraint of the row (its
    expected substring, or its re-rendered text when it shared the rewritten sentence).
(c) task kept — informational: every word of the prompt outside the constraints' text still
    appears in the rewritten prompt (at most MAX_EXTRA_WORDS missing, FILLER not counted),
    i.e. the rewrite did not delete the task along with the constraint.

Usage: python bench/eval_rewrite.py [FILE] [--json OUT] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rpo_cli.constraints import registry
from rpo_cli.stages.read import parse_row
from rpo_cli.stages.reverse import locate, render, rewrite

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "rewrite_eval.jsonl"
MAX_EXTRA_WORDS = 3
#: Connective words a region may hold beside the constraints' own text without counting as task text.
FILLER = frozenset(
    """a an and also but or so then that the this it its to in of with please make sure keep your you
    response answer reply must should have has be is are will format note each""".split()
)
_WORD = re.compile(r"\w+")


def _covered_mask(prompt: str, expected: list[str], kwargs: list[dict[str, Any]]) -> list[bool]:
    """Characters of the prompt that belong to the text of some constraint of the row."""
    mask = [False] * len(prompt)
    needles = list(expected)
    for kw in kwargs:
        for v in kw.values():
            for x in v if isinstance(v, list) else [v]:
                if isinstance(x, str) and len(x) >= 20:
                    needles.append(x)
    for n in needles:
        for m in re.finditer(re.escape(n), prompt):
            for k in range(m.start(), m.end()):
                mask[k] = True
    return mask


def _uncovered_words(text: str, offset: int, mask: list[bool]) -> list[str]:
    """Words of ``text`` (at ``offset`` in the prompt) outside the constraints' text, fillers left out."""
    return [
        m.group()
        for m in _WORD.finditer(text)
        if m.group().lower() not in FILLER and not all(mask[offset + k] for k in range(m.start(), m.end()))
    ]


def _pieces(expected: str) -> list[str]:
    """The sentences of an expected substring (each must be gone after the rewrite)."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?:])\s+", expected) if p.strip()]
    long_parts = [p for p in parts if len(p) >= 12]
    return long_parts or [expected]


def evaluate(path: Path | str = DEFAULT) -> dict[str, Any]:
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "located": 0, "rewritten": 0, "task_kept": 0})
    failures: list[dict[str, Any]] = []
    rows = 0
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        expected: list[str] = obj.pop("expected")
        conv = parse_row(json.dumps(obj).encode("utf-8"))
        constraints = conv.constraints or []
        if len(expected) != len(constraints):
            raise ValueError(f"{path}:{lineno}: {len(expected)} expected texts for {len(constraints)} constraints")
        prompt = conv.messages[-1].content
        pi = len(conv.messages) - 1
        for e in expected:
            if e not in prompt:
                raise ValueError(f"{path}:{lineno}: expected text not in the prompt: {e!r}")
        types = [registry.build(c.id, c.kwargs) for c in constraints]
        mask = _covered_mask(prompt, expected, [c.kwargs for c in constraints])
        rows += 1
        for i, (c, t, exp) in enumerate(zip(constraints, types, expected, strict=True)):
            st = per_type[c.id]
            st["n"] += 1
            why: list[str] = []
            # (a) located
            loc = locate(conv, c, t)
            region = None
            es = prompt.find(exp)
            if loc is None:
                why.append("a: not located")
            elif loc.message != pi:
                why.append(f"a: located in message {loc.message}")
            else:
                region = prompt[loc.start : loc.end]
                extra = _uncovered_words(region, loc.start, mask)
                if not (loc.start <= es and es + len(exp) <= loc.end):
                    why.append(f"a: region does not hold the expected text: {region!r}")
                elif len(extra) > MAX_EXTRA_WORDS:
                    why.append(f"a: region holds {len(extra)} other words: {' '.join(extra)!r}")
            located = not why
            st["located"] += located
            # (b) rewritten, (c) task kept
            flags = [j == i for j in range(len(types))]
            rev = t.reverse()
            rw_ok = kept = False
            new_prompt = None
            if rev is None:
                why.append("b: not reversible")
            else:
                rw = rewrite(conv, types, flags)
                new_prompt = rw.messages[pi].content
                rev_text = render(rev, c.condition)
                b_why = [f"b: rewrite error: {e}" for e in rw.errors]
                if rev_text not in new_prompt:
                    b_why.append("b: reversed text missing")
                rest = new_prompt.replace(rev_text, "\x00")
                left = [p for p in _pieces(exp) if p in rest]
                if left:
                    b_why.append(f"b: original text still there: {left!r}")
                for j, (cj, tj, ej) in enumerate(zip(constraints, types, expected, strict=True)):
                    if j != i and ej not in new_prompt and render(tj, cj.condition) not in new_prompt:
                        b_why.append(f"b: constraint {j} ({cj.id}) lost")
                rw_ok = not b_why
                why += b_why
                new_words = {w.lower() for w in _WORD.findall(new_prompt)}
                lost = [w for w in _uncovered_words(prompt, 0, mask) if w.lower() not in new_words]
                kept = len(lost) <= MAX_EXTRA_WORDS
                if not kept:
                    why.append(f"c: task words lost: {' '.join(lost)!r}")
            st["rewritten"] += rw_ok
            st["task_kept"] += kept
            if why:
                failures.append(
                    {
                        "key": obj.get("key"),
                        "constraint": i,
                        "id": c.id,
                        "expected": exp,
                        "located": region,
                        "rewritten_prompt": new_prompt,
                        "why": why,
                    }
                )
    n = sum(s["n"] for s in per_type.values())

    def rate(k: str, s: dict[str, int]) -> float:
        return round(s[k] / s["n"], 4) if s["n"] else 0.0

    totals = {k: sum(s[k] for s in per_type.values()) for k in ("n", "located", "rewritten", "task_kept")}
    return {
        "file": str(path),
        "rows": rows,
        "constraints": n,
        "overall": {k: rate(k, totals) for k in ("located", "rewritten", "task_kept")},
        "per_type": {
            tid: {"n": s["n"], **{k: rate(k, s) for k in ("located", "rewritten", "task_kept")}}
            for tid, s in sorted(per_type.items())
        },
        "failures": failures,
    }


def _table(report: dict[str, Any]) -> str:
    lines = [f"{'type':48} {'n':>3} {'(a) located':>12} {'(b) rewritten':>14} {'(c) task kept':>14}"]
    for tid, s in sorted(report["per_type"].items(), key=lambda kv: (kv[1]["located"] + kv[1]["rewritten"], kv[0])):
        lines.append(f"{tid:48} {s['n']:>3} {s['located']:>12.2f} {s['rewritten']:>14.2f} {s['task_kept']:>14.2f}")
    o = report["overall"]
    n = report["constraints"]
    lines.append(f"{'OVERALL':48} {n:>3} {o['located']:>12.3f} {o['rewritten']:>14.3f} {o['task_kept']:>14.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT), help="JSONL rows with an 'expected' field")
    ap.add_argument("--json", dest="json_out", metavar="OUT", help="write the report (with failures) as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    args = ap.parse_args(argv)
    report = evaluate(args.file)
    print(f"{report['file']}: {report['rows']} rows, {report['constraints']} constraints")
    print(_table(report))
    if args.verbose:
        for f in report["failures"]:
            print(f"\n[{f['key']}#{f['constraint']}] {f['id']}  expected: {f['expected']!r}")
            print(f"   located: {f['located']!r}")
            for w in f["why"]:
                print(f"   - {w}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
