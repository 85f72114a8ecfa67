"""The only place that prints. Everything goes to stderr (stdout is for data); progress bars
only when stderr is a terminal; NO_COLOR is honoured by rich."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from rpo_cli.errors import Interrupted, RpoError

console = Console(stderr=True, highlight=False)


def info(msg: str) -> None:
    console.print(msg)


def warn(msg: str) -> None:
    console.print(f"[yellow]warning:[/] {msg}")


def error(err: RpoError | Interrupted) -> None:
    console.print(f"[bold red]rpo: error:[/] {err.message}", markup=True, highlight=False)
    for line in err.details:
        console.print(f"  {line}", markup=False)
    if err.hint:
        console.print(f"[dim]hint:[/] {err.hint}")


class _Bar:
    def __init__(self, progress: Progress | None, task: Any):
        self._p, self._t = progress, task

    def advance(self, n: int = 1) -> None:
        if self._p is not None:
            self._p.advance(self._t, n)


@contextlib.contextmanager
def progress(description: str, total: int | None) -> Iterator[_Bar]:
    """A progress bar on stderr, off when stderr is not a terminal (pipelines, CI, logs)."""
    if not console.is_terminal:
        yield _Bar(None, None)
        return
    cols = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    ]
    with Progress(*cols, console=console, transient=True) as p:
        yield _Bar(p, p.add_task(description, total=total))


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def verify_summary(s: dict[str, Any]) -> None:
    """IFEval-style report: prompt level, instruction level, per constraint type."""
    pl, il = s["prompt_level"], s["instruction_level"]
    console.print(
        f"[bold]{s['responses']}[/] responses checked · prompt-level {_pct(pl['rate'])} "
        f"({pl['followed']}/{pl['followed'] + pl['failed']}, {pl['unknown']} unknown) · "
        f"instruction-level {_pct(il['rate'])} ({il['followed']}/{il['followed'] + il['failed']}, "
        f"{il['unknown']} unknown)"
    )
    acc = s.get("accuracy")
    if acc:
        console.print(
            f"IFEval accuracy ({s.get('semantics', 'corrected')} semantics; unknown counts as not followed): "
            f"prompt-level strict {_pct(acc['prompt_level_strict'])}, loose {_pct(acc['prompt_level_loose'])} · "
            f"instruction-level strict {_pct(acc['instruction_level_strict'])}, "
            f"loose {_pct(acc['instruction_level_loose'])}"
        )
    t = Table(title="per constraint type", title_justify="left")
    for col in ("type", "followed", "failed", "unknown", "not applied", "rate"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for tid, c in s["per_type"].items():
        t.add_row(tid, str(c["followed"]), str(c["failed"]), str(c["unknown"]), str(c["not_applied"]), _pct(c["rate"]))
    console.print(t)
    if s.get("unknown_reasons"):
        console.print("unknown verdicts by reason: " + ", ".join(f"{k} {v}" for k, v in s["unknown_reasons"].items()))


def pairs_summary(s: dict[str, Any], title: str = "build-pairs") -> None:
    """Counts, margin histogram, pairs per constraint type, drops by reason."""
    console.print(
        f"[bold]{title}[/]: {s.get('conversations', '?')} conversations · {s.get('responses', '?')} responses · "
        f"{s.get('kept_responses', '?')} kept · [bold]{s['pairs']}[/] pairs"
    )
    if s.get("margins"):
        t = Table(title="margin histogram", title_justify="left")
        t.add_column("margin", justify="right")
        t.add_column("pairs", justify="right")
        t.add_column("")
        peak = max(s["margins"].values())
        for m, n in sorted(s["margins"].items(), key=lambda kv: int(kv[0])):
            t.add_row(str(m), str(n), "█" * max(1, round(30 * n / peak)))
        console.print(t)
    if s.get("per_type"):
        t = Table(title="pairs separated by each constraint type", title_justify="left")
        t.add_column("type")
        t.add_column("pairs", justify="right")
        t.add_column("reversed in", justify="right")
        for tid, n in sorted(s["per_type"].items(), key=lambda kv: (-kv[1], kv[0])):
            t.add_row(tid, str(n), str(s.get("reversed_per_type", {}).get(tid, 0)))
        console.print(t)
    drops = [("response", k, v) for k, v in s.get("dropped_responses", {}).items()]
    drops += [("turn", k, v) for k, v in s.get("no_pair", {}).items()]
    drops += [("pair", k, v) for k, v in s.get("dropped_pairs", {}).items()]
    if drops:
        t = Table(title="left out, by reason", title_justify="left")
        t.add_column("what")
        t.add_column("reason")
        t.add_column("count", justify="right")
        for what, k, v in drops:
            t.add_row(what, k, str(v))
        console.print(t)


def sample_summary(s: dict[str, Any]) -> None:
    """What sampling did: rows sampled or passed through, samples, tokens, skips by reason."""
    line = (
        f"[bold]sample[/]: {s['sampled_rows']} rows sampled · {s['passed_through']} passed through · "
        f"{s['samples']} samples · {s['prompt_tokens']} prompt / {s['completion_tokens']} completion tokens"
    )
    if s.get("empty_samples"):
        line += f" · {s['empty_samples']} empty"
    console.print(line)
    if s.get("finish_reasons"):
        console.print("finish reasons: " + ", ".join(f"{k} {v}" for k, v in sorted(s["finish_reasons"].items())))
    if s.get("skipped"):
        console.print("[yellow]skipped rows:[/] " + ", ".join(f"{k} {v}" for k, v in sorted(s["skipped"].items())))


def decompose_summary(s: dict[str, Any], llm: bool) -> None:
    """What decomposition found: by rules, by the LLM, and what it rejected."""
    line = (
        f"[bold]decompose[/]: {s['rows']} rows · {s['passed_through']} already had constraints · "
        f"{s['by_rules']} constraints by rules"
    )
    line += f" · {s['by_llm']} by the LLM ({s['llm_typed']} typed)" if llm else " · no --model: rules only"
    console.print(line)
    if s.get("rejected"):
        console.print("rejected LLM answers: " + ", ".join(f"{k} {v}" for k, v in sorted(s["rejected"].items())))
