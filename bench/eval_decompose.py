"""Measure the rule-based decomposer (rpo_cli.stages.decompose_rules) against gold labels.

    python bench/eval_decompose.py [--json OUT] [--show-errors]

Sets (each reported on its own):
  * ``dev``      tests/data/decompose_dev.jsonl rows with split "dev" — hand-written prompts in many
                 phrasings (inside task sentences, appended, lists, stated twice, typos, odd casing,
                 polite forms); the rules are tuned on it;
  * ``dev_test`` the same file's split "test" rows: written with the dev rows, before any tuning,
                 split off by a hash of the key, and never looked at while tuning (the honest figure
                 for this file; evaluate it once, at the end: ``--sets dev_test``);
  * ``eval``     tests/data/rewrite_eval.jsonl — IFEval-style prompts written independently of the
                 rules (the development set: the rules were tuned while looking at it);
  * ``heldout``  tests/data/decompose_heldout.jsonl — prompts written before the rules existed and
                 not tuned on (the honest figure);
  * ``dev2``     tests/data/dev2/*.jsonl — written this session by separate annotators who never saw the
                 rules (development data: tuned on); ``expected`` may list every statement of a
                 constraint stated more than once (a span overlapping any of them is right);
  * ``untouched`` tests/data/untouched/heldout.jsonl — the v1 held-out (one annotator); seen and tuned
                 on since 2026-12-01, so development data now;
  * ``untouched2`` tests/data/untouched2/*.jsonl — the v2 held-out (two more annotators and a
                 reviewer, same brief as dev2), measured once after the code froze on 2026-12-01;
                 tuned on from the next session (2026-12-01, second), so development data now;
  * ``dev3``     tests/data/dev3/*.jsonl — three more annotators (marketing and travel writers;
                 constrained-writing teachers, heavy on the non-IFEval types; terse power users and
                 prompts in six languages), same brief: development data, tuned on;
  * ``dev4``     tests/data/dev4/*.jsonl — two more annotators (chatty everyday users with
                 afterthoughts; requirement lists stating each IFEval id four ways): development data;
  * ``dev5``     tests/data/dev5/*.jsonl — three more annotators (students and academics; developers,
                 format-heavy; playful creators, case/punctuation/emoji/language-heavy, 13 prompts in
                 other languages): development data, written while the rules were being tuned;
  * ``untouched3`` tests/data/untouched3/*.jsonl — the v3 held-out (two annotators and a reviewer
                 who never saw the rules or any other set), measured once after the code froze: the
                 honest figure for coverage on unseen writing (README there says how it was made);
  * ``personas`` sample_data/personas.jsonl — persona system prompts with labelled constraints;
  * ``samples``  sample_data/ifeval_style.jsonl and multiturn.jsonl, written by others and not
                 looked at until their first measurement (the IFEval rows have no gold spans);
  * ``describe`` every registered non-IFBench type's own describe() text (example kwargs and their
                 reversal): the rewritten instruction must decompose back to what it states;
  * ``ifbench_probe`` the IFBench-derived types' describe() texts (example kwargs and the reversal):
                 the same round trip for the types the rules read since the cues were retired
                 (the name is kept so that figures stay comparable).

Metrics, overall and per type: exact-set rate (the predicted multiset of (id, kwargs) equals the
gold one for the whole prompt), id precision / recall (a prediction matches a gold constraint of the
same id in the same prompt, one-to-one), kwargs accuracy on matched pairs (exact dict equality,
None values dropped), span accuracy on matched pairs with a gold span (the predicted text overlaps it),
and for gold constraints with a condition, whether a condition was found.

Scored as equivalent: ``count:word_count_range`` {A, B} and the pair ``number_words`` at least A +
``number_words`` less than B+1. Both count ``\\w+`` runs, so the two readings give the same verdict on
every response (tests/test_constraint_equivalences.py holds them to it); the rules emit the pair
because each half is reversible and the range is not. Gold and predictions are expanded alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rpo_cli.schema import Message  # noqa: E402
from rpo_cli.stages.decompose_rules import rule_decompose  # noqa: E402


def _clean(kwargs: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (kwargs or {}).items() if v is not None}


def load_ifeval(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    """Rows as {key, messages, gold: [{id, kwargs, msg, start, end, condition}]}; with ``split``,
    only the rows whose "split" field equals it."""
    rows = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if split is not None and r.get("split") != split:
            continue
        prompt = r["prompt"]
        gold = []
        expected = r.get("expected") or [None] * len(r["instruction_id_list"])
        for tid, kw, exp in zip(r["instruction_id_list"], r["kwargs"], expected, strict=True):
            # a constraint stated more than once has a list of statements (first one first): a
            # predicted span that overlaps any of them counts as right
            spans = [
                (p, p + len(e)) for e in ([exp] if isinstance(exp, str) else exp or []) if (p := prompt.find(e)) >= 0
            ]
            first = spans[0] if spans else (-1, -1)
            gold.append({"id": tid, "kwargs": _clean(kw), "msg": 0, "start": first[0], "end": first[1],
                         "spans": spans, "condition": None})  # fmt: skip
        rows.append({"key": str(r["key"]), "messages": [Message(role="user", content=prompt)], "gold": gold,
                     "untyped": r.get("untyped") or []})  # fmt: skip
    return rows


def load_folder(folder: str) -> list[dict[str, Any]]:
    """Every tests/data/FOLDER/*.jsonl (one file per independent annotator), keys prefixed with the
    file's name (each annotator numbers their own rows)."""
    rows = []
    for path in sorted((ROOT / "tests/data" / folder).glob("*.jsonl")):
        for r in load_ifeval(path):
            r["key"] = f"{path.stem}:{r['key']}"
            rows.append(r)
    return rows


def load_canonical(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        messages = [Message(**m) for m in r["messages"]]
        gold = []
        for c in r.get("constraints") or []:
            loc = (None, -1, -1)
            for mi, m in enumerate(messages):
                if m.role != "assistant" and c.get("text") and (p := m.content.find(c["text"])) >= 0:
                    loc = (mi, p, p + len(c["text"]))
                    break
            gold.append({"id": c["id"], "kwargs": _clean(c.get("kwargs")), "msg": loc[0], "start": loc[1],
                         "end": loc[2], "condition": c.get("condition")})  # fmt: skip
        rows.append({"key": r["id"], "messages": messages, "gold": gold})
    return rows


def load_samples() -> list[dict[str, Any]]:
    """The repository's sample inputs (written by others, not tuned on): IFEval form without gold
    spans, and canonical rows. ``free_form`` gold is left out: the rules never produce it."""
    rows = load_ifeval(ROOT / "sample_data/ifeval_style.jsonl")
    rows += load_canonical(ROOT / "sample_data/multiturn.jsonl")  # freeform.jsonl has no gold constraints
    for r in rows:
        r["gold"] = [g for g in r["gold"] if g["id"] != "free_form"]
    return rows


def load_describe(ifbench: bool = False) -> list[dict[str, Any]]:
    """One row per (type, example kwargs) and per reversal of it: the text is describe(). With
    ``ifbench``, the IFBench-derived types instead."""
    from rpo_cli.constraints import registry

    rows = []
    for tid, cls in registry.all_types().items():
        if cls.__module__.startswith("rpo_cli.constraints.ifbench") != ifbench or cls.needs_judge:
            continue
        try:
            c = registry.build(tid, cls.example)
        except Exception:
            continue
        for variant in (c, c.reverse() if cls.relation_field else None):
            if variant is None:
                continue
            text = variant.describe()
            gold = [{"id": variant.id, "kwargs": variant.kwargs(), "msg": 0, "start": 0, "end": len(text),
                     "condition": None}]  # fmt: skip
            content = "Write a short note about the sea. " + text
            gold[0]["start"] += 34
            gold[0]["end"] += 34
            rows.append({"key": f"{variant.id} {variant.kwargs()}", "messages": [Message(role="user", content=content)],
                         "gold": gold})  # fmt: skip
    return rows


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of equal ids, preferring equal kwargs, then overlap."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best, best_score = None, None
        for pi, p in enumerate(pred):
            if pi in used or p["id"] != g["id"]:
                continue
            score = (p["kwargs"] == g["kwargs"], _overlaps(g, p))
            if best_score is None or score > best_score:
                best, best_score = pi, score
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def _key_set(cs: list[dict]) -> list[str]:
    """The multiset of (id, kwargs) of a prompt's constraints, as a sorted list of keys."""
    return sorted(json.dumps([c["id"], c["kwargs"]], sort_keys=True) for c in cs)


def _expand_ranges(cs: list[dict]) -> list[dict]:
    """A word range as the two number_words constraints that decide it identically (module doc)."""
    out = []
    for c in cs:
        kw = c["kwargs"]
        if c["id"] == "count:word_count_range" and {"min_words", "max_words"} <= kw.keys():
            if kw["min_words"] >= 1:  # "at least 0 words" holds always: no constraint
                out.append({**c, "id": "length_constraints:number_words",
                            "kwargs": {"num_words": kw["min_words"], "relation": "at least"}})  # fmt: skip
            out.append({**c, "id": "length_constraints:number_words",
                        "kwargs": {"num_words": kw["max_words"] + 1, "relation": "less than"}})  # fmt: skip
        else:
            out.append(c)
    return out


def _overlaps(g: dict, p: dict) -> bool:
    spans = g.get("spans") or [(g["start"], g["end"])]
    return g["msg"] == p["msg"] and any(s >= 0 and p["start"] < e and s < p["end"] for s, e in spans)


def evaluate(rows: list[dict[str, Any]], show_errors: bool = False, list_misses: bool = True) -> dict[str, Any]:
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tot: dict[str, int] = defaultdict(int)
    errors = []
    elapsed = 0.0
    for row in rows:
        t0 = time.perf_counter()
        found = rule_decompose(row["messages"])
        elapsed += time.perf_counter() - t0
        # free_form constraints are the untyped remainder: counted apart, never matched against typed gold
        tot["free_form"] += sum(c.id == "free_form" for c in found)
        pred = [{"id": c.id, "kwargs": _clean(c.kwargs), "msg": c.span.message, "start": c.span.start,
                 "end": c.span.end, "text": c.text, "condition": c.condition} for c in found
                if c.id != "free_form"]  # fmt: skip
        pred = _expand_ranges(pred)
        gold = _expand_ranges(row["gold"])
        tot["exact"] += _key_set(gold) == _key_set(pred)
        if show_errors and _key_set(gold) != _key_set(pred):
            errors.append(f"  {row['key']}: NOT EXACT")
        pairs = _match(gold, pred)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for g in gold:
            per[g["id"]]["gold"] += 1
            tot["gold"] += 1
        for p in pred:
            per[p["id"]]["pred"] += 1
            tot["pred"] += 1
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            for d in (per[g["id"]], tot):
                d["tp"] += 1
                d["kwargs_ok"] += g["kwargs"] == p["kwargs"]
                d["span_known"] += g["start"] >= 0
                d["span_ok"] += _overlaps(g, p)
                if g["condition"]:
                    d["cond_gold"] += 1
                    d["cond_found"] += p["condition"] is not None
            if show_errors and (g["kwargs"] != p["kwargs"] or (g["start"] >= 0 and not _overlaps(g, p))):
                errors.append(f"  {row['key']}: {g['id']} kwargs gold={g['kwargs']} pred={p['kwargs']} "
                              f"span_ok={_overlaps(g, p)} pred_text={p['text']!r}")  # fmt: skip
        if show_errors and list_misses:
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    m = row["messages"][g["msg"]].content[g["start"] : g["end"]] if g["msg"] is not None else ""
                    errors.append(f"  {row['key']}: MISSED {g['id']} {g['kwargs']} {m!r}")
        if show_errors:
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    errors.append(f"  {row['key']}: EXTRA {p['id']} {p['kwargs']} {p['text']!r}")

    def figures(d: dict[str, int]) -> dict[str, Any]:
        tp, ng, npred = d["tp"], d["gold"], d["pred"]
        return {
            "gold": ng,
            "pred": npred,
            "matched": tp,
            "precision": round(tp / npred, 4) if npred else None,
            "recall": round(tp / ng, 4) if ng else None,
            "kwargs_accuracy": round(d["kwargs_ok"] / tp, 4) if tp else None,
            "span_accuracy": round(d["span_ok"] / d["span_known"], 4) if d["span_known"] else None,
            "strict_recall": round(d["kwargs_ok"] / ng, 4) if ng else None,
            **({"condition_found": f"{d['cond_found']}/{d['cond_gold']}"} if d["cond_gold"] else {}),
        }

    return {
        "rows": len(rows),
        "exact_set_rate": round(tot["exact"] / len(rows), 4) if rows else None,
        "free_form_predicted": tot["free_form"],
        "overall": figures(tot),
        "per_type": {k: figures(v) for k, v in sorted(per.items())},
        "ms_per_row": round(1000 * elapsed / max(1, len(rows)), 3),
        "errors": errors,
    }


def _fmt(x: Any) -> str:
    return "  -  " if x is None else f"{x:5.3f}" if isinstance(x, float) else str(x)


def report(name: str, res: dict[str, Any]) -> str:
    o = res["overall"]
    lines = [
        f"== {name}: {res['rows']} prompts, {o['gold']} gold, {o['pred']} predicted, {res['ms_per_row']} ms/prompt",
        f"   exact set (ids+kwargs per prompt) {_fmt(res['exact_set_rate'])}  free_form predicted "
        f"{res['free_form_predicted']}",
        f"   id precision {_fmt(o['precision'])}  id recall {_fmt(o['recall'])}"
        f"  kwargs acc {_fmt(o['kwargs_accuracy'])}"
        f"  span acc {_fmt(o['span_accuracy'])}  strict recall (id+kwargs) {_fmt(o['strict_recall'])}"
        + (f"  conditions found {o['condition_found']}" if "condition_found" in o else ""),
        f"   {'type':50s} {'gold':>4s} {'pred':>4s} {'P':>5s} {'R':>5s} {'kw':>5s} {'span':>5s}",
    ]
    for tid, f in res["per_type"].items():
        lines.append(f"   {tid:50s} {f['gold']:4d} {f['pred']:4d} {_fmt(f['precision']):>5s} {_fmt(f['recall']):>5s} "
                     f"{_fmt(f['kwargs_accuracy']):>5s} {_fmt(f['span_accuracy']):>5s}")  # fmt: skip
    if res["errors"]:
        lines.append("   errors:")
        lines.extend(res["errors"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="write all figures to this JSON file")
    ap.add_argument("--show-errors", action="store_true", help="list misses, extras and wrong kwargs/spans")
    ap.add_argument(
        "--sets",
        default="dev,dev_test,untouched,dev2,untouched2,dev3,dev4,dev5,untouched3,dev6,dev7,untouched4,untouched5,eval,heldout,personas,samples,describe,ifbench_probe",
        help="comma-separated sets",
    )
    args = ap.parse_args(argv)
    sets = {
        "dev": lambda: load_ifeval(ROOT / "tests/data/decompose_dev.jsonl", "dev"),
        "dev_test": lambda: load_ifeval(ROOT / "tests/data/decompose_dev.jsonl", "test"),
        "eval": lambda: load_ifeval(ROOT / "tests/data/rewrite_eval.jsonl"),
        "heldout": lambda: load_ifeval(ROOT / "tests/data/decompose_heldout.jsonl"),
        # written by a separate annotator who never saw the rules (README there); seen since, so development data
        "untouched": lambda: load_ifeval(ROOT / "tests/data/untouched/heldout.jsonl"),
        "dev2": lambda: load_folder("dev2"),
        # the v2 held-out, measured once and tuned on since (README there)
        "untouched2": lambda: load_folder("untouched2"),
        "dev3": lambda: load_folder("dev3"),
        "dev4": lambda: load_folder("dev4"),
        "dev5": lambda: load_folder("dev5"),
        # the v3 held-out: two more annotators, measured once after the code froze (README there)
        "untouched3": lambda: load_folder("untouched3"),
        "dev6": lambda: load_folder("dev6"),
        "dev7": lambda: load_folder("dev7"),
        # the v4 held-out: written outside the repository while the rules were tuned (README there)
        "untouched4": lambda: load_folder("untouched4"),
        "untouched5": lambda: load_folder("untouched5"),
        "personas": lambda: load_canonical(ROOT / "sample_data/personas.jsonl"),
        "samples": load_samples,
        "describe": load_describe,
        "ifbench_probe": lambda: load_describe(ifbench=True),
    }
    out = {}
    for name in args.sets.split(","):
        rows = sets[name]()
        if not rows:  # a folder set not written yet in this checkout
            print(f"== {name}: no rows\n")
            continue
        res = evaluate(rows, show_errors=args.show_errors)
        out[name] = {k: v for k, v in res.items() if k != "errors"}
        print(report(name, res))
        print()
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
