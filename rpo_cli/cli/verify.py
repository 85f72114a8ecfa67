"""`rpo verify-constraints`: per-response, per-constraint verdicts and an IFEval-style summary."""

from __future__ import annotations

import contextlib
import json
from typing import Annotated, Any

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import EngineOptions, InPath, InputOptions, JudgeOptions, Semantics, uses_groups
from rpo_cli.io import check_output, dumps, open_text_output


@app.command("verify-constraints")
@uses_groups
def verify_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout) or .parquet.")],
    summary_json: Annotated[str | None, typer.Option("--summary-json", help="Also write the summary as JSON.")] = None,
    semantics: Annotated[
        Semantics,
        typer.Option(
            "--semantics",
            help="corrected: rpo's checks (as build-pairs uses them); reference: IFEval's and IFBench's own "
            "checkers' verdicts, bugs included, for leaderboard numbers.",
        ),
    ] = Semantics.corrected,
    *,
    judge: JudgeOptions,
    engine: EngineOptions,
    inputs: InputOptions,
) -> None:
    """Check every response against every constraint: per-constraint verdicts and a summary
    (with IFEval's prompt-level and instruction-level accuracy, strict and loose).

    Free-form constraints and free-text conditions need a judge (--judge-model or
    --judge-base-url); without one their verdict is unknown ("needs a judge").

    Example: rpo verify-constraints responses.jsonl -o verdicts.jsonl --summary-json summary.json

    Example (leaderboard numbers): rpo verify-constraints ifeval_responses.jsonl -o v.jsonl --semantics reference

    Example: rpo verify-constraints in.jsonl -o - --judge-model Qwen/Qwen2.5-7B-Instruct --judge-votes 3
    """
    from rpo_cli.models import JudgeSpec
    from rpo_cli.rows import conversation_fields
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.verify import VerifyStats, output_row, verify

    check_output(output, inputs.overwrite)
    if summary_json:
        check_output(summary_json, inputs.overwrite)
    path, display, rstats, rej = inputs.load(input_path, output, summary_json)
    stats = VerifyStats()
    the_judge = None
    if rstats.needs_judge and judge.given:
        spec = engine.spec(judge.judge_model, judge.judge_base_url)
        the_judge = JudgeSpec(spec, judge.judge_votes, engine.seed, console.info)()
    elif rstats.needs_judge:
        console.warn(f"{rstats.needs_judge} row(s) have free-form constraints: without --judge-model they are unknown")

    def rows():
        cm = open_text_output(str(rej), overwrite=True) if rej else contextlib.nullcontext()
        with cm as rejects, console.progress("verifying", rstats.rows) as bar:
            convs = read_stage.conversations(path, display, rejects, inputs.max_chars)
            # loose costs eight checks per verdict: only the reference mode reports it
            loose = semantics is Semantics.reference
            for conv, rvs in verify(convs, stats, the_judge, semantics=semantics.value, loose=loose):
                shared = conversation_fields(conv)
                for rv in rvs:
                    yield output_row(conv, rv, shared)
                bar.advance()

    if output.endswith(".parquet"):
        _write_table(output, list(rows()), inputs.overwrite)
    else:
        with open_text_output(output, inputs.overwrite) as fh:
            for row in rows():
                fh.write(dumps(row) + "\n")
    summary = stats.summary()
    summary["invalid_rows"] = rstats.invalid
    summary["blank_lines"] = rstats.blank
    if summary["responses"] == 0:
        console.warn("no row has a response to check (add 'response' or 'responses')")
    if the_judge is not None:
        the_judge.backend.close()
        summary["judge"] = {"requests": the_judge.stats.requests, "unknown": dict(the_judge.stats.unknown)}
    console.verify_summary(summary)
    if summary_json:
        with open_text_output(summary_json, inputs.overwrite) as fh:
            fh.write(json.dumps(summary, indent=2) + "\n")


def _write_table(output: str, rows: list[dict[str, Any]], overwrite: bool) -> None:
    """Rows with free-form nested fields as Parquet: kwargs/constraints stored as JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rpo_cli.io import atomic_path

    def flat(row: dict[str, Any]) -> dict[str, Any]:
        return {k: (json.dumps(v, ensure_ascii=False) if k in ("kwargs", "constraints") else v) for k, v in row.items()}

    with atomic_path(output, overwrite) as tmp:
        pq.write_table(pa.Table.from_pylist([flat(r) for r in rows]), tmp, compression="zstd")
