"""Benchmark sections that need no engine: verification throughput, build-pairs scale.

    python bench/bench_cpu.py pairs N [--json OUT]          # one build-pairs run
    python bench/bench_cpu.py verify SIZES_JSON [--json OUT]  # the verification section

run.py runs both in child processes, as the CLI would run: the peak RSS is then the run's
alone, and no garbage collection walks the objects of the torch and vLLM that run.py holds.
"""

from __future__ import annotations

import functools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synth import conversation as synth_conversation  # noqa: E402

LANGUAGE_CONSTRAINT = {"id": "language:response_language", "kwargs": {"language": "en"}, "text": "Answer in English."}


def clear_caches() -> None:
    """Cold numbers: the per-text caches of the checkers' shared utilities (sentence splits,
    language ID) are emptied; the loaded models (sentence segmenter) are kept."""
    from rpo_cli.constraints import language
    from rpo_cli.constraints import text as textutil

    for mod in (textutil, language):
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and info().maxsize != 1:
                obj.cache_clear()


def synth_rows(n: int, seed: int, with_language: bool) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        row = synth_conversation(i, rng)
        if with_language:
            row["constraints"].append(dict(LANGUAGE_CONSTRAINT))
            row["messages"][0]["content"] += " " + LANGUAGE_CONSTRAINT["text"]
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------
# verification


def _plain_stage_loop(convs: list[Any]) -> int:
    """The baseline: a plain loop calling the same checkers on the same objects."""
    from rpo_cli.constraints import registry

    n = 0
    out = []
    for conv in convs:
        checkers = [registry.build(c.id, c.kwargs) for c in conv.constraints]
        for r in conv.responses:
            out.append([ch.check(r.text).followed for ch in checkers])
            n += len(checkers)
    return n


def _rpo_stage(convs: list[Any]) -> int:
    from rpo_cli.stages.verify import VerifyStats, verify

    stats = VerifyStats()
    n = 0
    for _conv, rvs in verify(convs, stats):
        n += sum(len(rv.verdicts) for rv in rvs)
    return n


def _plain_file_loop(path: Path, out: Path) -> int:
    """What a user's script over the same file would do: parse each line, call the same checkers,
    write the same output rows as verify-constraints (same fields, same JSON), with plain dicts."""
    from rpo_cli.constraints import registry

    n = 0
    with open(path, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as w:
        for line in fh:
            row = json.loads(line)
            constraints = [
                {"id": c["id"], "kwargs": c.get("kwargs") or {}, "text": c["text"]} for c in row["constraints"]
            ]
            checkers = [registry.build(c["id"], c["kwargs"]) for c in constraints]
            for i, text in enumerate(row["responses"]):
                verdicts = []
                for c, ch in zip(constraints, checkers, strict=True):
                    res = ch.check(text)
                    verdicts.append(
                        {
                            "id": c["id"],
                            "followed": res.followed,
                            "method": "code",
                            "reason": res.reason,
                            "applies": True,
                        }
                    )
                follow = [v["followed"] for v in verdicts]
                n += len(verdicts)
                rec = {
                    "id": row["id"],
                    "messages": row["messages"],
                    "constraints": constraints,
                    "response_index": i,
                    "response": text,
                    "verdicts": verdicts,
                    "follow_instruction_list": follow,
                    "follow_all_instructions": False if False in follow else (True if all(follow) else None),
                }
                w.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n


def _rpo_command(path: Path, out: Path) -> int:
    """`rpo verify-constraints PATH -o OUT` in this process (its console silenced)."""
    from rpo_cli import console
    from rpo_cli.cli import verify_cmd

    quiet = console.console.quiet
    console.console.quiet = True
    try:
        verify_cmd(input_path=str(path), output=str(out), overwrite=True)
    finally:
        console.console.quiet = quiet
    n = 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            n += len(json.loads(line)["verdicts"])
    return n


def _timed(f: Any, *a: Any) -> tuple[float, float, int]:
    clear_caches()
    w0, c0 = time.perf_counter(), time.process_time()
    n = f(*a)
    return time.perf_counter() - w0, time.process_time() - c0, n


def _compare(plain: Any, rpo: Any, args: tuple, rounds: int) -> dict[str, Any]:
    """Alternate the two arms ``rounds`` times; medians of wall and CPU time. The ratio is taken
    on CPU time: both arms are single-threaded, and CPU time is what other processes on a shared
    machine disturb least (the wall-time ratio is reported beside it)."""
    res: dict[str, list[tuple[float, float, int]]] = {"plain": [], "rpo": []}
    for r in range(rounds):
        order = [("plain", plain), ("rpo", rpo)]
        for name, f in order if r % 2 == 0 else order[::-1]:
            res[name].append(_timed(f, *args))
    checks = {k: v[0][2] for k, v in res.items()}
    if checks["plain"] != checks["rpo"]:
        raise RuntimeError(f"the two arms made different numbers of checks: {checks}")
    wall = {k: statistics.median(x[0] for x in v) for k, v in res.items()}
    cpu = {k: statistics.median(x[1] for x in v) for k, v in res.items()}
    n = checks["rpo"]
    return {
        "checks": n,
        "plain_loop_checks_per_s": round(n / wall["plain"]),
        "rpo_checks_per_s": round(n / wall["rpo"]),
        "plain_loop_checks_per_s_per_core": round(n / cpu["plain"]),
        "rpo_checks_per_s_per_core": round(n / cpu["rpo"]),
        "ratio": round(cpu["plain"] / cpu["rpo"], 4),
        "ratio_wall": round(wall["plain"] / wall["rpo"], 4),
    }


def verification_here(sizes: dict[str, Any]) -> dict[str, Any]:
    """The verification section in this process (``verification`` runs it in a fresh one)."""
    from rpo_cli.constraints import text as textutil
    from rpo_cli.stages.read import parse_row

    textutil.split_sentences("Warm the segmenter up. Then time.")  # loads pysbd once, outside timing
    textutil.detect_language("Warm the language detector up with a sentence.")
    out: dict[str, Any] = {
        "status": "ok",
        "what": "checks/s of rpo's verification vs a plain Python loop calling the same checkers (registry.build "
        "+ check) on the same data, cold per-text caches, alternating arms, medians, ratio of CPU seconds. "
        "'command': `rpo verify-constraints IN -o OUT.jsonl` in-process (reads, validates, verifies, writes) vs a "
        "loop that reads the same JSONL, checks and writes the same output rows (byte-identical) with plain dicts; "
        "'stage': the verify stage vs a check loop over the same parsed conversations. Per core: checks per "
        "CPU-second of the (single-threaded) process",
        "conversations": {"overall": sizes["conversations_language_id"], "without_language_id": sizes["conversations"]},
        "rounds": sizes["rounds"],
        "cpu_count": os.cpu_count(),
        "target": 0.8,
    }
    with tempfile.TemporaryDirectory(prefix="rpo-bench-verify-") as tmp:
        for label, with_lang in (("overall", True), ("without_language_id", False)):
            n = sizes["conversations_language_id"] if with_lang else sizes["conversations"]
            rows = synth_rows(n, seed=3, with_language=with_lang)
            path = Path(tmp) / f"{label}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            convs = [parse_row(json.dumps(r).encode()) for r in rows]
            out[label] = {
                "constraints_per_response": len(rows[0]["constraints"]),
                "command": _compare(_plain_file_loop, _rpo_command, (path, Path(tmp) / "out.jsonl"), sizes["rounds"]),
                "stage": _compare(_plain_stage_loop, _rpo_stage, (convs,), sizes["rounds"]),
            }
    worst = min(out[k][a]["ratio"] for k in ("overall", "without_language_id") for a in ("command", "stage"))
    out["ratio"] = out["overall"]["command"]["ratio"]
    out["ratio_without_language_id"] = out["without_language_id"]["command"]["ratio"]
    out["stage_ratio"] = out["overall"]["stage"]["ratio"]
    out["checks_per_s_per_core"] = out["overall"]["command"]["rpo_checks_per_s_per_core"]
    out["checks_per_s_per_core_without_language_id"] = out["without_language_id"]["command"][
        "rpo_checks_per_s_per_core"
    ]
    out["met"] = worst >= 0.8
    return out


# ----------------------------------------------------------------------------------------------
# pairing and writing (build-pairs on synthetic conversations with replayed responses)


class _Clock:
    """Seconds spent in wrapped functions; a call made from inside another wrapped call of the
    same clock is not counted twice."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._depth = 0

    def wrap(self, f: Any) -> Any:
        @functools.wraps(f)
        def wrapper(*a: Any, **kw: Any) -> Any:
            self._depth += 1
            t0 = time.perf_counter()
            try:
                return f(*a, **kw)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.seconds += time.perf_counter() - t0

        return wrapper


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mib() -> float:
    """This process's peak RSS. VmHWM belongs to the process's own memory map; getrusage's
    ru_maxrss would not do: after fork + exec it starts at the parent's RSS (torch + vLLM here)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux; macOS: bytes


def pairs_child(n: int) -> dict[str, Any]:
    """One build-pairs run over ``n`` synthetic conversations, in this process."""
    from rpo_cli import io as rio
    from rpo_cli import pipeline, work

    with tempfile.TemporaryDirectory(prefix="rpo-bench-pairs-") as tmp:
        src = Path(tmp) / "convs.jsonl"
        rng = random.Random(0)
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps(synth_conversation(i, rng)) + "\n")
        out = Path(tmp) / "out" / "pairs.parquet"
        out.parent.mkdir()
        parquet, rows = _Clock(), _Clock()
        for name in ("write", "flush", "close"):
            setattr(rio.ParquetRows, name, parquet.wrap(getattr(rio.ParquetRows, name)))
        pipeline._assemble = parquet.wrap(pipeline._assemble)
        work.trl_row = rows.wrap(work.trl_row)  # the chunk-work unit turns pairs into rows
        rss_before = _rss_mib()
        t0 = time.perf_counter()
        summary = pipeline.build_pairs_run(src, src.name, out, pipeline.BuildConfig(), overwrite=True)
        wall = time.perf_counter() - t0
        size = out.stat().st_size
    peak = _peak_rss_mib()
    return {
        "conversations": n,
        "pairs": summary.get("pairs"),
        "seconds": round(wall, 3),
        "conversations_per_s": round(n / wall, 1),
        "pairs_per_s": round((summary.get("pairs") or 0) / wall, 1),
        "peak_rss_mib": round(peak, 1),
        "rss_before_run_mib": round(rss_before, 1),
        "parquet_write_s": round(parquet.seconds, 3),
        "parquet_write_share": round(parquet.seconds / wall, 4),
        "row_formatting_s": round(rows.seconds, 3),
        "row_formatting_share": round(rows.seconds / wall, 4),
        "output_mib": round(size / 2**20, 2),
    }


def _child(args: list[str]) -> dict[str, Any]:
    """Run ``bench_cpu.py ARGS --json F`` in a fresh interpreter; its JSON result."""
    with tempfile.TemporaryDirectory(prefix="rpo-bench-") as tmp:
        rep = Path(tmp) / "result.json"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), *args, "--json", str(rep)],
            capture_output=True,
            text=True,
            env=env,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"child {args[0]} failed: {proc.stderr.strip()[-2000:]}")
        return json.loads(rep.read_text(encoding="utf-8"))


def verification(sizes: dict[str, Any]) -> dict[str, Any]:
    """In a fresh interpreter, as `rpo verify-constraints` runs: a process that holds torch and vLLM
    (this one) makes every full garbage collection walk their ~10^6 objects, which slows
    rpo's allocation-heavy side far more than the plain loop and would blame rpo for the bench."""
    return _child(["verify", json.dumps(sizes)])


def pairing(sizes: dict[str, Any], full_size: int) -> dict[str, Any]:
    n = sizes["conversations"]
    res = _child(["pairs", str(n)])
    note = None if n == full_size else f"{n} conversations instead of {full_size} (quick mode)"
    return {
        "status": "ok",
        "what": "build-pairs (read, validate, verify, pair, write Parquet, assemble) on synthetic conversations "
        "with 6 replayed responses and 6 constraints each, in its own process; parquet_write_share = time in "
        "ParquetRows.write/flush/close and the final assembly / wall time; row_formatting = trl_row",
        **({"note": note} if note else {}),
        **res,
    }


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs", help="one build-pairs run over N synthetic conversations")
    p.add_argument("n", type=int)
    p.add_argument("--json")
    v = sub.add_parser("verify", help="the verification section; SIZES is a JSON object")
    v.add_argument("sizes")
    v.add_argument("--json")
    args = ap.parse_args(argv)
    res = pairs_child(args.n) if args.cmd == "pairs" else verification_here(json.loads(args.sizes))
    text = json.dumps(res, indent=2)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
