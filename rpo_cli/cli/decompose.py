"""`rpo decompose`: instructions turned into constraints with spans."""

from __future__ import annotations

from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import BaseUrl, EngineOptions, InPath, InputOptions, MaxTokens, Model, uses_groups
from rpo_cli.io import check_output


@app.command("decompose")
@uses_groups
def decompose_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout): rows with constraints.")],
    model: Model = None,
    base_url: BaseUrl = None,
    max_tokens: MaxTokens = 1024,
    *,
    engine: EngineOptions,
    inputs: InputOptions,
) -> None:
    """Turn instructions into constraints with spans: rules first, then the LLM (--model) for the rest.

    Rows that already carry constraints pass through unchanged.

    Example: rpo decompose prompts.jsonl -o with_constraints.jsonl

    Example: rpo decompose prompts.jsonl -o - --model Qwen/Qwen2.5-7B-Instruct --gpu-memory-utilization 0.5
    """
    from rpo_cli.backends import SamplingConfig
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.decompose import DecomposeStats, decompose

    check_output(output, inputs.overwrite)
    loaded = inputs.load(input_path, output)
    backend = None
    if model or base_url:
        backend = engine.spec(model, base_url).make()
        backend.load()
    stats = DecomposeStats()
    params = SamplingConfig(n=1, temperature=0.0, max_tokens=max_tokens, seed=engine.seed)
    inputs.write_jsonl(
        loaded, output, "decomposing", lambda convs: map(read_stage.to_row, decompose(convs, stats, backend, params))
    )
    if backend is not None:
        backend.close()
    console.decompose_summary(stats.to_dict(), llm=backend is not None)
