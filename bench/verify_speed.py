"""Verification throughput: checks per second, with and without language ID.

    python bench/verify_speed.py [--responses 2000] [--json OUT]

Runs every registered code-checked type (with its example kwargs) over synthetic responses of
realistic length, in one process, and reports checks/second per type, overall, without the
language-ID types, and for language ID alone. Ratios between rows of one run are meaningful;
absolute numbers on a shared 2-core machine are noise.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from rpo_cli.constraints import all_types, language
from rpo_cli.constraints import text as textutil

LANG_TYPES = {
    "language:response_language",
    "language:not_response_language",
    "change_case:english_capital",
    "change_case:not_english_capital",
    "change_case:english_lowercase",
    "change_case:not_english_lowercase",
}
WORDS = "the tide moon harbour lantern answer detail river compass keeps flowing about topic".split()


def responses(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(1, 4)):
            sents = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 18))).capitalize() + "."
                     for _ in range(rng.randint(2, 6))]  # fmt: skip
            paras.append(" ".join(sents))
        out.append(f"<<Title {i}>>\n\n" + "\n\n".join(paras) + ("\nP.S. bye" if i % 3 else ""))
    return out


def clear_caches() -> None:
    """Cold numbers: shared splits and language ID are cached per response text."""
    for mod in (textutil, language):
        for obj in vars(mod).values():
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--responses", type=int, default=2000)
    ap.add_argument("--json")
    args = ap.parse_args()
    texts = responses(args.responses)
    checks = {tid: cls.from_kwargs(cls.example) for tid, cls in all_types().items() if not cls.needs_judge}

    per_type = {}
    for tid, c in checks.items():
        clear_caches()
        t0 = time.perf_counter()
        for t in texts:
            c.check(t)
        per_type[tid] = len(texts) / (time.perf_counter() - t0)

    def mix(ids: list[str]) -> float:
        # What verify does: every constraint of a row on one response, caches shared across them.
        clear_caches()
        t0 = time.perf_counter()
        for t in texts:
            for tid in ids:
                checks[tid].check(t)
        return len(ids) * len(texts) / (time.perf_counter() - t0)

    lang_ids = [k for k in checks if k in LANG_TYPES]
    report = {
        "responses": len(texts),
        "types": len(checks),
        "checks_per_s_all_types_per_response": round(mix(list(checks))),
        "checks_per_s_without_language_id": round(mix([k for k in checks if k not in LANG_TYPES])),
        "checks_per_s_language_id_cold": round(per_type["language:response_language"]),
        "slowest_cold": sorted(
            ({"type": k, "checks_per_s": round(v)} for k, v in per_type.items()), key=lambda r: r["checks_per_s"]
        )[:8],
        "language_types": lang_ids,
    }
    for k, v in report.items():
        if not isinstance(v, list):
            print(f"{k:40} {v}")
    print("slowest types (cold caches):")
    for r in report["slowest_cold"]:
        print(f"  {r['type']:48} {r['checks_per_s']:>10}/s")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=2)


if __name__ == "__main__":
    main()
