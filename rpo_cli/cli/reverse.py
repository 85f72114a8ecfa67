"""`rpo reverse-constraints`: constraints replaced by their exact complements, instruction rewritten."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import BaseUrl, EngineOptions, InPath, InputOptions, Model, ReversalCache, uses_groups
from rpo_cli.io import check_output


@app.command("reverse-constraints")
@uses_groups
def reverse_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout).")],
    failed_only: Annotated[
        bool, typer.Option("--failed-only", help="Reverse only the constraints the row's response failed.")
    ] = False,
    model: Model = None,
    base_url: BaseUrl = None,
    reversal_cache: ReversalCache = None,
    *,
    engine: EngineOptions,
    inputs: InputOptions,
) -> None:
    """Replace each row's constraints by their exact complements and rewrite the instruction.

    Typed constraints use the registry's exact reversal; free-form ones are reversed by the LLM
    with --model or --base-url (cached per text), and are otherwise kept (reversible=false).

    Example: rpo reverse-constraints verdicts.jsonl -o reversed.jsonl --failed-only
    """
    from rpo_cli.stages.reverse import ReverseStats, reverse_rows

    check_output(output, inputs.overwrite)
    loaded = inputs.load(input_path, output)
    stats = ReverseStats()
    reverser = None
    if model or base_url:
        from rpo_cli.stages.reverse_llm import LLMReverser, default_cache

        backend = engine.spec(model, base_url).make()
        backend.load()
        reverser = LLMReverser(backend, Path(reversal_cache) if reversal_cache else default_cache())
    inputs.write_jsonl(loaded, output, "reversing", lambda convs: reverse_rows(convs, failed_only, stats, reverser))
    if reverser is not None:
        reverser.backend.close()
        console.info(f"LLM reversal: {reverser.asked} asked, {reverser.cached} from cache, {reverser.failed} unusable")
    console.info(stats.render())
