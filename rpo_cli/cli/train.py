"""`rpo train`: train a model on rpo's pairs with the RPO loss (rpo_cli.train)."""

from __future__ import annotations

from typing import Annotated

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.cli.options import Overwrite


@app.command("train")
def train_cmd(
    data: Annotated[str, typer.Argument(help="rpo pairs: a Parquet file from build-pairs, or a folder of shards.")],
    model: Annotated[str, typer.Option("--model", "-m", help="Model to train: a local folder or a Hub name.")],
    output_dir: Annotated[str, typer.Option("--output-dir", "-o", help="Trainer outputs and rpo_train.json.")],
    beta: Annotated[float | None, typer.Option("--beta", help="DPO's beta. (default 0.1)")] = None,
    gamma: Annotated[
        float, typer.Option("--gamma", min=0.0, help="Margin coefficient: loss -log σ(β·Δ − γ·g); 0 is plain DPO.")
    ] = 0.005,
    margin_column: Annotated[str, typer.Option("--margin-column", help="Column holding each pair's margin g.")] = (
        "margin"
    ),
    learning_rate: Annotated[float | None, typer.Option("--learning-rate", help="Default 1e-6)")] = None,
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Stop after N steps (overrides epochs).")] = None,
    num_train_epochs: Annotated[float | None, typer.Option("--num-train-epochs", help="Default 3)")] = None,
    per_device_train_batch_size: Annotated[
        int | None, typer.Option("--per-device-train-batch-size", min=1, help="Default 8)")
    ] = None,
    gradient_accumulation_steps: Annotated[
        int | None, typer.Option("--gradient-accumulation-steps", min=1, help="Default 1)")
    ] = None,
    max_length: Annotated[
        int | None, typer.Option("--max-length", min=1, help="Tokens per prompt+response (TRL). (default 1024)")
    ] = None,
    logging_steps: Annotated[float | None, typer.Option("--logging-steps", help="Default 10)")] = None,
    save_steps: Annotated[
        float | None, typer.Option("--save-steps", help="Checkpoint every N steps. (default 500)")
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Default 42)")] = None,
    bf16: Annotated[bool | None, typer.Option("--bf16/--no-bf16", help="bf16 mixed precision.")] = None,
    use_peft: Annotated[bool, typer.Option("--use-peft", help="Train a LoRA adapter (peft), not all weights.")] = False,
    lora_r: Annotated[int, typer.Option("--lora-r", min=1, help="LoRA rank.")] = 16,
    lora_alpha: Annotated[int, typer.Option("--lora-alpha", help="LoRA alpha.")] = 32,
    lora_dropout: Annotated[float, typer.Option("--lora-dropout", help="LoRA dropout.")] = 0.05,
    lora_target_modules: Annotated[
        list[str] | None,
        typer.Option("--lora-target-modules", help="Modules to adapt (repeatable; 'all-linear'). (default peft's)"),
    ] = None,
    report_to: Annotated[str, typer.Option("--report-to", help="Trainer loggers (wandb, tensorboard, ...).")] = "none",
    overwrite: Overwrite = False,
) -> None:
    """Train on rpo's pairs with the RPO loss -log σ(β·Δ − γ·g) (TRL's DPOTrainer plus the margin).

    Needs the [train] extra (trl, peft, accelerate).

    Example: rpo train out/pairs/train.parquet --model Qwen/Qwen2.5-1.5B-Instruct --output-dir runs/rpo --use-peft

    Example (plain DPO on the same data): rpo train out/pairs/ --model M --output-dir runs/dpo --gamma 0
    """
    from rpo_cli.train_data import check_run_dir, open_pairs

    pairs = open_pairs(data, margin_column)  # bad data fails here, before torch is imported
    check_run_dir(output_dir, overwrite)
    console.info(f"training {model} on {pairs.rows} pairs from {data} (beta={beta or 0.1}, gamma={gamma})")
    from rpo_cli.train import train

    record = train(
        pairs, model, output_dir, overwrite=overwrite, use_peft=use_peft, lora_r=lora_r, lora_alpha=lora_alpha,
        lora_dropout=lora_dropout, lora_target_modules=lora_target_modules, beta=beta, gamma=gamma,
        margin_column=margin_column, learning_rate=learning_rate, max_steps=max_steps,
        num_train_epochs=num_train_epochs, per_device_train_batch_size=per_device_train_batch_size,
        gradient_accumulation_steps=gradient_accumulation_steps, max_length=max_length,
        logging_steps=logging_steps, save_steps=save_steps, seed=seed, bf16=bf16, report_to=report_to,
    )  # fmt: skip
    res, used = record["result"], record["train_pairs"]
    if used < pairs.rows:
        console.warn(f"{pairs.rows - used} of {pairs.rows} pairs left out: their prompt alone fills --max-length")
    console.info(f"trained {res['global_step']} steps, train loss {res['train_loss']:.4f}; outputs in {output_dir}")
