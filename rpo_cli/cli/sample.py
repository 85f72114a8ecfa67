"""`rpo sample`: N responses per conversation."""

from __future__ import annotations

from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import BaseUrl, EngineOptions, InPath, InputOptions, Model, SamplingOptions, uses_groups
from rpo_cli.io import check_output


@app.command("sample")
@uses_groups
def sample_cmd(
    input_path: InPath,
    output: Annotated[str, typer.Option("-o", "--output", help="Output JSONL ('-' stdout): the rows with responses.")],
    model: Model = None,
    base_url: BaseUrl = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Conversations per engine call.")] = 1024,
    *,
    sampling: SamplingOptions,
    engine: EngineOptions,
    inputs: InputOptions,
) -> None:
    """Sample N responses per conversation (rows that already have responses pass through).

    Example: rpo sample prompts.jsonl -o sampled.jsonl --model Qwen/Qwen2.5-7B-Instruct -n 8

    Example: rpo sample prompts.jsonl -o - --base-url http://host:8000/v1 --model served-name
    """
    from rpo_cli.stages import read as read_stage
    from rpo_cli.stages.sample import SampleStats, sample

    check_output(output, inputs.overwrite)
    sampling.check()
    params = sampling.config(engine.seed)
    backend = engine.spec(model, base_url).make()
    loaded = inputs.load(input_path, output)
    stats = SampleStats()
    if loaded.stats.without_responses:
        console.info(f"loading {backend.name} backend for {model or base_url} ...")
        backend.load()

    def rows(convs):
        return map(read_stage.to_row, sample(convs, backend, params, stats, batch_size))

    inputs.write_jsonl(loaded, output, "sampling", rows)
    backend.close()
    console.sample_summary(stats.to_dict())
