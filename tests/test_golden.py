"""Refactors must not change what build-pairs writes: every sample_data file (that needs no model)
is rebuilt and compared with the outputs the code wrote before the chunk-work core existed
(tests/data/golden/, made by commit "golden outputs" on branch i14; regenerated once when issues
11 and 13 landed beside it, after checking that every pair was identical apart from the new
`unchecked` column, and the card's and manifest's new fields; and when the one-keyword texts of
keywords:omit_some / include_any were made distinct from forbidden_words / existence, after
checking that only those prompt texts and the pair ids that hash them changed). Parquet, dataset card and
LLaMA-Factory entry are compared byte for byte; the manifest as JSON, with the rpo version (the
only field that may change between releases) set aside. The card names the version too: the
golden card's version is replaced by the version in the rebuilt manifest before comparing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_rpo

GOLDEN = ROOT / "tests" / "data" / "golden"

# name -> (build-pairs arguments after IN -o OUT, input); freeform.jsonl is left out: it has no
# responses, so it needs a model to sample them
CASES = {
    "ifeval_style": ("sample_data/ifeval_style.jsonl", []),
    "multiturn": ("sample_data/multiturn.jsonl", []),
    "personas": ("sample_data/personas.jsonl", []),
    "chunked": ("sample_data/personas.jsonl", ["--chunk-size", "2"]),
    "lf": ("sample_data/multiturn.jsonl", ["--format", "llamafactory"]),
}


def _compare(golden: Path, built: Path, names: list[str]) -> None:
    gm = json.loads((golden / "manifest.json").read_text(encoding="utf-8"))
    bm = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    old, new = gm.pop("rpo_version"), bm.pop("rpo_version")
    assert bm == gm
    for name in names:
        g, b = (golden / name).read_bytes(), (built / name).read_bytes()
        if name == "README.md":
            g = g.replace(f"rpo {old}".encode(), f"rpo {new}".encode())
        assert b == g, f"{name} differs from tests/data/golden/{golden.name}/{name}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_local_executor_outputs_are_unchanged(case, tmp_path):
    src, extra = CASES[case]
    out = tmp_path / "pairs.parquet"
    r = run_rpo("build-pairs", src, "-o", out, *extra, cwd=ROOT)  # input named as in the golden card
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (GOLDEN / case).iterdir() if p.name != "manifest.json")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted([*names, "manifest.json"])
    _compare(GOLDEN / case, tmp_path, names)


def test_sharded_outputs_are_unchanged(tmp_path):
    out = tmp_path / "out"
    for spec in ("1/2", "0/2"):  # out of order on purpose: the card and manifest come with the last
        r = run_rpo("build-pairs", "sample_data/ifeval_style.jsonl", "-o", out, "--shard", spec, cwd=ROOT)
        assert r.returncode == 0, r.stderr
    _compare(GOLDEN / "shard", out, ["README.md", "part-00000.parquet", "part-00001.parquet"])
