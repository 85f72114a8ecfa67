"""Synthetic conversations with replayed responses, for scale tests and benchmarks.

    python bench/synth.py N [--seed S] > convs.jsonl

Each row is a canonical conversation: a system prompt stating 6 typed constraints (each with
its exact text), a user turn, and 6 responses that follow different subsets of them. Rows are
deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys

TOPICS = ["the moon", "sourdough", "tax law", "jazz", "glaciers", "chess", "volcanoes", "bees", "trains", "tea"]
FILLER = "This sentence adds some detail about the topic at hand and keeps the answer flowing".split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def conversation(i: int, rng: random.Random) -> dict:
    topic = rng.choice(TOPICS)
    kw = rng.choice(["river", "lantern", "compass", "harvest"])
    nwords = rng.choice([40, 60, 80])
    constraints = [
        ("length_constraints:number_words", {"num_words": nwords, "relation": "less than"},
         f"Keep every answer under {nwords} words."),
        ("keywords:existence", {"keywords": [kw]}, f"Always mention the word {kw}."),
        ("punctuation:no_comma", {}, "Never use commas."),
        ("startend:end_checker", {"end_phrase": "Stay curious."}, "End every answer with 'Stay curious.'"),
        ("keywords:forbidden_words", {"forbidden_words": ["basically"]}, "Do not say basically."),
        ("detectable_format:title", {}, "Start with a title in double angular brackets like <<title>>."),
    ]  # fmt: skip
    system = "You are a friendly guide. " + " ".join(c[2] for c in constraints)
    responses = []
    for _ in range(6):
        parts = []
        if rng.random() < 0.6:
            parts.append(f"<<About {topic}>>")
        body = " ".join(_sentence(rng, rng.randint(6, 14)) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.6:
            body += f" The {kw} matters here."
        if rng.random() < 0.3:
            body = body.replace(" and ", ", and ", 1) + " Well, yes."
        if rng.random() < 0.2:
            body += " It is basically fine."
        parts.append(body)
        if rng.random() < 0.6:
            parts.append("Stay curious.")
        responses.append("\n".join(parts))
    return {
        "id": f"synth-{i}",
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": f"Tell me about {topic}."}],
        "constraints": [{"id": cid, "kwargs": kw_, "text": text} for cid, kw_, text in constraints],
        "responses": responses,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    out = sys.stdout
    for i in range(args.n):
        out.write(json.dumps(conversation(i, rng)) + "\n")


if __name__ == "__main__":
    main()
