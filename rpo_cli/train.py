"""Train on rpo's pairs with the RPO loss: TRL's DPOTrainer plus the paper's adaptive margin.

For a pair with margin g (the number of constraints on which chosen and rejected differ), the
loss is

    -log σ(β·Δ − γ·g),   Δ = [log π(y_c|x) − log π_ref(y_c|x)] − [log π(y_r|x) − log π_ref(y_r|x)]

(RPO, Huang et al. 2025, eq. 6 with the margin written as γ·g). γ = 0 is DPO's sigmoid loss.

How it hooks into TRL without forking it: TRL 1.16 computes the loss inside one long
``_compute_loss`` with no per-example hook, but it reads precomputed reference log-probs from the
batch when there are any. β·Δ − γ·g equals β·Δ' where Δ' is Δ computed with the reference
log-prob of the chosen response raised by γ·g/β, so ``RPOTrainer`` computes the reference
log-probs itself (TRL's own ``compute_ref_log_probs``, or the precomputed column), adds that
offset, and lets TRL's sigmoid loss do the rest: TRL's length handling, PEFT reference,
weighting and logging all still apply. The margin reaches the loss through the tokenised dataset
(the column is kept beside TRL's signature columns) and a collator that adds it to the batch.

TRL's reward metrics would see the shifted reference, so they are recomputed from the policy's
log-probs (read with a forward hook) and logged as DPO defines them, beside the margin's own:
``rpo/margin_term`` (mean γ·g), ``rpo/dpo_loss`` (the loss without margin), ``rpo/margin_share``
((loss − dpo_loss) / loss: how much of the loss the margin adds) and ``rpo/margin_accuracy``
(pairs with β·Δ > γ·g).

Python use::

    from rpo_cli.train import RPOConfig, RPOTrainer
    args = RPOConfig(output_dir="out", beta=0.1, gamma=0.005)
    RPOTrainer(model="path/to/model", args=args, train_dataset=ds).train()
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from trl import DPOConfig, DPOTrainer

from rpo_cli import __version__
from rpo_cli.errors import InputDataError, InputMissingError
from rpo_cli.io import write_json
from rpo_cli.train_data import MESSAGE_COLUMNS, RUN_FILE, PairsData, check_run_dir, open_pairs

# The released RPO configuration trains with β = 0.1 and a margin coefficient of 0.05 applied
# inside β's scaling (β·(Δ − 0.05·g)), i.e. an offset of 0.1 × 0.05 = 0.005 per margin unit in
# the sigmoid's argument. γ here is that effective offset.
DEFAULT_GAMMA = 0.005
MARGIN_KEY = "margin"  # the batch key the collator adds


@dataclass
class RPOConfig(DPOConfig):
    """``DPOConfig`` plus the RPO margin: ``gamma`` (offset per margin unit in the sigmoid's
    argument; 0 gives DPO) and ``margin_column`` (the dataset column holding g)."""

    gamma: float = field(
        default=DEFAULT_GAMMA,
        metadata={"help": "RPO margin coefficient: the loss is -log σ(β·Δ − γ·g). 0 is plain DPO."},
    )
    margin_column: str = field(default="margin", metadata={"help": "Dataset column with each pair's margin g."})

    def __post_init__(self):
        super().__post_init__()
        if self.gamma < 0:
            raise ValueError(f"gamma must be >= 0, got {self.gamma}")
        if self.loss_type != ["sigmoid"]:
            raise ValueError(f"RPO's loss is the sigmoid loss with a margin; loss_type={self.loss_type} is unsupported")
        if self.f_divergence_type != "reverse_kl":
            raise ValueError("RPO's loss is defined for f_divergence_type='reverse_kl' (standard DPO)")
        if self.ld_alpha is not None:
            raise ValueError("ld_alpha is not supported by RPOTrainer")


class MarginCollator:
    """Wraps a preference collator: the batch also carries each pair's margin as a float tensor."""

    def __init__(self, inner, column: str):
        self.inner = inner
        self.column = column

    def __call__(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        batch = self.inner(examples)
        batch[MARGIN_KEY] = torch.tensor([float(e[self.column]) for e in examples], dtype=torch.float32)
        return batch


def rpo_loss(delta: torch.Tensor, margin: torch.Tensor, beta: float, gamma: float) -> torch.Tensor:
    """Per-pair RPO loss -log σ(β·Δ − γ·g) (softplus form, stable for large arguments)."""
    return F.softplus(gamma * margin - beta * delta)


class RPOTrainer(DPOTrainer):
    """TRL's ``DPOTrainer`` with the RPO adaptive margin (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        cfg = kwargs.get("args")
        if cfg is None and len(args) > 2:
            cfg = args[2]
        if not isinstance(cfg, RPOConfig):
            raise TypeError("RPOTrainer needs args=RPOConfig(...) (DPOConfig plus gamma and margin_column)")
        for name in ("train_dataset", "eval_dataset"):
            ds = kwargs.get(name)
            for part in ds.values() if isinstance(ds, dict) else [ds]:
                if part is not None and cfg.margin_column not in part.column_names:
                    raise ValueError(f"{name} has no {cfg.margin_column!r} column (each pair's margin)")
        super().__init__(*args, **kwargs)
        if self._is_vision_dataset:
            raise ValueError("RPOTrainer supports text preference datasets only")
        self.gamma = float(cfg.gamma)
        self.data_collator = MarginCollator(self.data_collator, cfg.margin_column)

    def _set_signature_columns_if_needed(self):
        # Keep the margin column when the Trainer drops the columns the model does not take.
        super()._set_signature_columns_if_needed()
        if self.args.margin_column not in self._signature_columns:
            self._signature_columns = [*self._signature_columns, self.args.margin_column]

    def _compute_loss(self, model, inputs, return_outputs):
        mode = "train" if self.model.training else "eval"
        inputs = dict(inputs)
        margin = inputs.pop(MARGIN_KEY).to(torch.float32)
        if "ref_chosen_logps" in inputs:  # precomputed (precompute_ref_log_probs=True) or given
            ref_chosen, ref_rejected = inputs["ref_chosen_logps"], inputs["ref_rejected_logps"]
        else:  # the reference forward TRL would run inline, through TRL's own method
            ref = self.ref_model if self.ref_model is not None else self.model
            ref_chosen, ref_rejected = self.compute_ref_log_probs(ref, inputs)
        ref_chosen, ref_rejected = ref_chosen.float(), ref_rejected.float()
        offset = (self.gamma / self.beta) * margin.to(ref_chosen.device)
        inputs["ref_chosen_logps"] = ref_chosen + offset  # β·(Δ − γg/β) = β·Δ − γ·g in TRL's sigmoid loss
        inputs["ref_rejected_logps"] = ref_rejected

        captured: dict[str, Any] = {}

        def keep_policy_output(_module, _args, out):  # the policy forward: its log-probs feed the metrics
            captured.setdefault("out", out)

        hook = model.register_forward_hook(keep_policy_output)
        was_precomputed = self.precompute_ref_logps
        self.precompute_ref_logps = True  # read the (shifted) reference log-probs from the batch
        try:
            result = super()._compute_loss(model, inputs, return_outputs)
        finally:
            self.precompute_ref_logps = was_precomputed
            hook.remove()
        if "out" in captured:
            self._log_rpo_metrics(mode, captured["out"], inputs["completion_mask"], ref_chosen, ref_rejected, margin)
        return result

    @torch.no_grad()
    def _log_rpo_metrics(self, mode, outputs, completion_mask, ref_chosen, ref_rejected, margin) -> None:
        """Replace TRL's reward metrics (which saw the shifted reference) with DPO's, and log the margin's share."""
        seq_len = completion_mask.size(1) - 1
        logps = outputs.log_probs[:, -seq_len:].detach().float().sum(dim=1)
        chosen, rejected = logps.chunk(2, dim=0)
        chosen_rewards = self.beta * (chosen - ref_chosen)
        rejected_rewards = self.beta * (rejected - ref_rejected)
        reward_margin = chosen_rewards - rejected_rewards  # β·Δ
        margin_term = self.gamma * margin.to(reward_margin.device)
        gather = self.accelerator.gather
        m = self._metrics[mode]
        for key, value in (
            ("rewards/chosen", chosen_rewards),
            ("rewards/rejected", rejected_rewards),
            ("rewards/margins", reward_margin),
            ("rewards/accuracies", (reward_margin > 0).float()),
        ):
            if m[key]:
                m[key][-1] = gather(value).mean().item()
        loss = gather(rpo_loss(reward_margin, margin_term, 1.0, 1.0)).mean().item()
        dpo = gather(F.softplus(-reward_margin)).mean().item()
        m["rpo/margin_term"].append(gather(margin_term).mean().item())
        m["rpo/dpo_loss"].append(dpo)
        m["rpo/margin_share"].append((loss - dpo) / loss if loss > 0 else 0.0)
        m["rpo/margin_accuracy"].append(gather((reward_margin > margin_term).float()).mean().item())


# What rpo_train.json records of the effective configuration.
_RECORDED = (
    "beta", "gamma", "margin_column", "learning_rate", "lr_scheduler_type", "warmup_steps", "max_steps",
    "num_train_epochs", "per_device_train_batch_size", "gradient_accumulation_steps", "max_length",
    "logging_steps", "save_steps", "seed", "bf16", "precompute_ref_log_probs", "loss_type",
)  # fmt: skip


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"rpo": __version__}
    for dist in ("trl", "transformers", "torch", "peft", "accelerate", "datasets"):
        with contextlib.suppress(md.PackageNotFoundError):
            out[dist] = md.version(dist)
    return out


def _jsonable(obj: Any) -> Any:
    """Config values such as enums as their string form."""
    return json.loads(json.dumps(obj, default=str))


def train(
    data: str | Path | PairsData,
    model: str,
    output_dir: str | Path,
    *,
    overwrite: bool = False,
    use_peft: bool = False,
    lora_r: int = 16,
    lora_alpha: int = 32,
    lora_dropout: float = 0.05,
    lora_target_modules: list[str] | None = None,
    **config: Any,
) -> dict[str, Any]:
    """Train ``model`` on rpo's pairs with the RPO loss; what ``rpo train`` runs.

    ``data`` is an rpo Parquet file or a folder of them; ``config`` holds RPOConfig fields
    (TRL/Transformers names: beta, gamma, learning_rate, max_steps, ...; None means the
    default). Writes the Trainer's outputs (model, trainer_state.json with log_history,
    checkpoints) and rpo_train.json (config, data fingerprint, result) to ``output_dir``.
    Returns the content of rpo_train.json.
    """
    from datasets import Dataset
    from datasets.table import InMemoryTable

    config = {k: v for k, v in config.items() if v is not None}
    pairs = data if isinstance(data, PairsData) else open_pairs(data, config.get("margin_column", "margin"))
    out = Path(output_dir)
    check_run_dir(out, overwrite)
    run_file = out / RUN_FILE

    config.setdefault("report_to", "none")
    # TRL defaults to bf16, which the Trainer refuses without a bf16-capable GPU: keep it where it runs.
    config.setdefault("bf16", bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported()))
    config["margin_column"] = pairs.margin_column
    args = RPOConfig(output_dir=str(out), **config)
    peft_config = None
    if use_peft:
        from peft import LoraConfig

        peft_config = LoraConfig(
            r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout,
            target_modules=lora_target_modules or None, task_type="CAUSAL_LM",
        )  # fmt: skip

    record: dict[str, Any] = {
        "rpo_version": __version__,
        "started": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "loss": "-log sigmoid(beta * delta - gamma * margin)",
        "model": model,
        "config": {k: getattr(args, k) for k in _RECORDED},
        "peft": peft_config.to_dict() if peft_config is not None else None,
        "data": pairs.fingerprint(),
        "versions": _versions(),
    }

    if model.startswith(("/", "./", "../", "~")) and not Path(model).expanduser().exists():
        raise InputMissingError(f"model not found: {model}", hint="pass a model folder or a Hub name")
    ds = Dataset(InMemoryTable(pairs.table()))
    try:
        trainer = RPOTrainer(model=model, args=args, train_dataset=ds, peft_config=peft_config)
    except OSError as exc:
        raise InputMissingError(f"could not load model {model}: {exc}".splitlines()[0]) from exc
    if len(trainer.train_dataset) == 0:
        raise InputDataError(
            f"{pairs.path}: every pair's prompt is at least --max-length {args.max_length} tokens long",
            hint="raise --max-length",
        )
    record["train_pairs"] = len(trainer.train_dataset)  # pairs whose prompt fits in max_length
    out.mkdir(parents=True, exist_ok=True)
    write_json(run_file, _jsonable(record))  # before training: a crashed run still says what it used
    result = trainer.train()
    trainer.save_model(str(out))
    trainer.save_state()
    history = trainer.state.log_history
    first = next((h for h in history if "loss" in h), None)
    record["result"] = {
        "global_step": result.global_step,
        "train_loss": result.training_loss,
        "first_logged": first,
        "finished": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
    }
    record = _jsonable(record)
    write_json(run_file, record)
    return record


__all__ = ["DEFAULT_GAMMA", "MESSAGE_COLUMNS", "MarginCollator", "RPOConfig", "RPOTrainer", "rpo_loss", "train"]
