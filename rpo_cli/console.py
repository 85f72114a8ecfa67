"""The only place that prints. Messages go to stderr (stdout is for data); listings the user
asked for (``rpo constraints``, ``rpo stats``) go to stdout. Progress bars only when stderr is a
terminal; NO_COLOR is honoured by rich.

A stream that is not a terminal (a pipe, a CI or SLURM log) gets plain text: no wrapping (each
message is one line, so ``FILE:LINE:`` and paths stay whole for grep), no colour, no box drawing."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from rpo_cli.english import plural
from rpo_cli.errors import Interrupted, RpoError, StdoutClosed

_LOG_WIDTH = 1_000_000  # "no wrapping": wider than any line rpo prints


def _make_console(stderr: bool) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(stderr=stderr, highlight=False)
    return Console(stderr=stderr, highlight=False, soft_wrap=True, width=_LOG_WIDTH, color_system=None, emoji=False)


console = _make_console(stderr=True)
out = _make_console(stderr=False)


def _table(title: str, target: Console | None = None) -> Table:
    """A table: boxed on a terminal, plain columns (one line per row) in logs and pipes."""
    plain = not (target or console).is_terminal
    return Table(title=title, title_justify="left", box=None if plain else box.HEAVY_HEAD, pad_edge=not plain)


def _print_table(c: Console, t: Table) -> None:
    """Print a table; in logs and pipes without the padding after each row's last cell."""
    if c.is_terminal:
        c.print(t)
        return
    with c.capture() as cap:
        c.print(t)
    c.file.write("\n".join(line.rstrip() for line in cap.get().splitlines()) + "\n")
    c.file.flush()


@contextlib.contextmanager
def _stdout_closed_is_quiet() -> Iterator[None]:
    """A listing on stdout whose reader went away (``rpo constraints | head``) ends quietly."""
    try:
        yield
        out.file.flush()
    except BrokenPipeError:
        raise StdoutClosed() from None


def _bar(n: int, peak: int, target: Console) -> str:
    return ("█" if target.is_terminal else "#") * max(1, round(30 * n / peak))


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
    t = _table("per constraint type")
    for col in ("type", "followed", "failed", "unknown", "not applied", "rate"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for tid, c in s["per_type"].items():
        t.add_row(tid, str(c["followed"]), str(c["failed"]), str(c["unknown"]), str(c["not_applied"]), _pct(c["rate"]))
    _print_table(console, t)
    if s.get("unknown_reasons"):
        console.print("unknown verdicts by reason: " + ", ".join(f"{k} {v}" for k, v in s["unknown_reasons"].items()))


def _count(s: dict[str, Any], key: str, word: str) -> str:
    return plural(s[key], word) if isinstance(s.get(key), int) else f"? {word}s"


def pairs_summary(s: dict[str, Any], title: str = "build-pairs", to_stdout: bool = False) -> None:
    """Counts, margin histogram, pairs per constraint type, drops by reason (on stdout when the
    summary is the data the user asked for: ``rpo stats``)."""
    c = out if to_stdout else console
    with _stdout_closed_is_quiet() if to_stdout else contextlib.nullcontext():
        _pairs_summary(s, title, c)


def _pairs_summary(s: dict[str, Any], title: str, c: Console) -> None:
    c.print(
        f"[bold]{title}[/]: {_count(s, 'conversations', 'conversation')} · {_count(s, 'responses', 'response')} · "
        f"{s.get('kept_responses', '?')} kept · [bold]{plural(s['pairs'], 'pair')}[/]"
    )
    if s.get("margins"):
        t = _table("margin histogram", c)
        t.add_column("margin", justify="right")
        t.add_column("pairs", justify="right")
        t.add_column("")
        peak = max(s["margins"].values())
        for m, n in sorted(s["margins"].items(), key=lambda kv: int(kv[0])):
            t.add_row(str(m), str(n), _bar(n, peak, c))
        _print_table(c, t)
    if s.get("per_type"):
        t = _table("pairs separated by each constraint type", c)
        t.add_column("type")
        t.add_column("pairs", justify="right")
        t.add_column("reversed in", justify="right")
        for tid, n in sorted(s["per_type"].items(), key=lambda kv: (-kv[1], kv[0])):
            t.add_row(tid, str(n), str(s.get("reversed_per_type", {}).get(tid, 0)))
        _print_table(c, t)
    drops = [("response", k, v) for k, v in s.get("dropped_responses", {}).items()]
    drops += [("turn", k, v) for k, v in s.get("no_pair", {}).items()]
    drops += [("pair", k, v) for k, v in s.get("dropped_pairs", {}).items()]
    if drops:
        t = _table("left out, by reason", c)
        t.add_column("what")
        t.add_column("reason")
        t.add_column("count", justify="right")
        for what, k, v in drops:
            t.add_row(what, k, str(v))
        _print_table(c, t)


def constraints_table(rows: list[dict[str, Any]]) -> None:
    """`rpo constraints`: the registry as a table on stdout (data the user asked for)."""
    with _stdout_closed_is_quiet():
        _constraints_table(rows)


def _constraints_table(rows: list[dict[str, Any]]) -> None:
    t = _table(f"{len(rows)} constraint types", out)
    t.add_column("id", no_wrap=True)
    t.add_column("kwargs")
    t.add_column("example description")
    t.add_column("reverses to")
    for r in rows:
        rev = r["reverses_to"] or f"[dim]not reversible: {r['not_reversible_reason']}[/]"
        t.add_row(r["id"], ", ".join(r["kwargs"]) or "-", r["description"], rev)
    _print_table(out, t)


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
    if s.get("untyped"):
        console.print(f"{s['untyped']} untyped requirement sentences kept as free_form (only a judge checks them)")
    if s.get("incomplete"):
        console.print(
            f"[yellow]{s['incomplete']} rows not fully decomposed[/] (LLM failed on a message: decompose_error)"
        )
