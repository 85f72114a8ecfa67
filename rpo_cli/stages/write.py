"""Pairs to files: TRL rows, LLaMA-Factory rows, the dataset card and dataset_info.json."""

from __future__ import annotations

from typing import Any

from rpo_cli.english import plural
from rpo_cli.schema import Pair

SHAREGPT_ROLE = {"user": "human", "assistant": "gpt"}


def trl_row(p: Pair) -> dict[str, Any]:
    """The pair as a row of PAIR_SCHEMA (TRL's explicit-prompt conversational format)."""
    return p.model_dump(mode="json")


def llamafactory_row(row: dict[str, Any]) -> dict[str, Any]:
    """A PAIR_SCHEMA row in LLaMA-Factory's sharegpt ranking layout (system prompt apart)."""
    system = None
    convs = []
    for m in row["prompt"]:
        if m["role"] == "system" and system is None and not convs:
            system = m["content"]
        else:
            convs.append({"from": SHAREGPT_ROLE.get(m["role"], m["role"]), "value": m["content"]})
    return {
        "conversations": convs,
        "system": system,
        "chosen": {"from": "gpt", "value": row["chosen"][0]["content"]},
        "rejected": {"from": "gpt", "value": row["rejected"][0]["content"]},
        "margin": row["margin"],
        "id": row["id"],
        "source_id": row["source_id"],
        "kind": row["kind"],
    }


def dataset_info_entry(name: str, file_name: str) -> dict[str, Any]:
    """The entry to put in LLaMA-Factory's data/dataset_info.json."""
    return {
        name: {
            "file_name": file_name,
            "formatting": "sharegpt",
            "ranking": True,
            "columns": {"messages": "conversations", "chosen": "chosen", "rejected": "rejected", "system": "system"},
        }
    }


def _size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return label
    return "1M<n<10M"


def dataset_card(summary: dict[str, Any], manifest: dict[str, Any], data_file: str, fmt: str) -> str:
    """A Hub dataset card (README.md with YAML metadata) describing the run."""
    cfg = manifest["config"]
    invalid = summary.get("invalid_rows") or 0
    skipped = (
        [f"{plural(invalid, 'invalid input line')} {'was' if invalid == 1 else 'were'} skipped (`--skip-invalid`; "
         "written to a rejects file, not part of this dataset).", ""]
        if invalid else []
    )  # fmt: skip
    drops = [
        *[f"| response | {k} | {v} |" for k, v in summary["dropped_responses"].items()],
        *[f"| turn | {k} | {v} |" for k, v in summary["no_pair"].items()],
        *[f"| pair | {k} | {v} |" for k, v in summary["dropped_pairs"].items()],
    ]
    left_out = (
        [
            "## Left out, by reason",
            "",
            "`rewrite_failed`: a reversed constraint could not be located in the prompt; `rewrite_unverified:*`:",
            "the rewritten prompt failed the round-trip guard (a reversed constraint not found again, an original",
            "statement left, a kept constraint or a task word lost); `unchecked:free_form`: a free-form constraint",
            "applied and no judge checked it.",
            "",
            "| what | reason | count |",
            "|---|---|---:|",
            *drops,
            "",
        ]
        if drops
        else []
    )
    lines = [
        "---",
        "annotations_creators:",
        "- machine-generated",
        "language:",
        "- en",
        "task_categories:",
        "- text-generation",
        "tags:",
        "- rpo",
        "- dpo",
        "- preference",
        "- instruction-following",
        "size_categories:",
        f"- {_size_category(summary['pairs'])}",
        "source_datasets:",
        f"- {manifest['input']['name']}",
        "configs:",
        "- config_name: default",
        "  data_files:",
        "  - split: train",
        f"    path: {data_file}",
        "---",
        "",
        f"# RPO preference pairs ({cfg['mode']})",
        "",
        f"Built by rpo {manifest['rpo_version']} from `{manifest['input']['name']}` "
        f"(sha256 `{manifest['input']['sha256'][:16]}…`). Mode `{cfg['mode']}`, min margin {cfg['min_margin']}, "
        f"max pairs per turn {cfg['max_pairs_per_turn'] or 'unlimited'}, format `{fmt}`.",
        "",
        "In `rpo` mode every pair is noise-free by construction: each constraint the chosen response failed",
        "is reversed in the prompt, so the chosen response follows every constraint of its prompt and the",
        "rejected one fails exactly `margin` of them (every pair was re-verified before it was written).",
        "",
        "## Counts",
        "",
        "| conversations | responses | responses kept | pairs |",
        "|---:|---:|---:|---:|",
        f"| {summary['conversations']} | {summary['responses']} | {summary['kept_responses']} | {summary['pairs']} |",
        "",
        *(
            [
                f"{summary['unchecked_pairs']} pairs were built with `--allow-unchecked`: their prompt states a",
                "free-form constraint that no judge checked (listed in each pair's `unchecked` column); the chosen",
                "response may break it.",
                "",
            ]
            if summary.get("unchecked_pairs")
            else []
        ),
        *skipped,
        "## Margin histogram",
        "",
        "| margin | pairs |",
        "|---:|---:|",
        *[f"| {m} | {n} |" for m, n in sorted(summary["margins"].items(), key=lambda kv: int(kv[0]))],
        "",
        "## Pairs per constraint type",
        "",
        "Pairs in which the type is one of the constraints that separate chosen from rejected.",
        "",
        "| type | pairs | reversed in |",
        "|---|---:|---:|",
        *[
            f"| `{t}` | {n} | {summary['reversed_per_type'].get(t, 0)} |"
            for t, n in sorted(summary["per_type"].items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "",
        *left_out,
        "## Use",
        "",
    ]
    if fmt == "trl":
        lines += [
            "```python",
            "from datasets import load_dataset",
            "from trl import DPOConfig, DPOTrainer",
            "",
            f'ds = load_dataset("parquet", data_files="{data_file}", split="train")',
            "# prompt / chosen / rejected are conversational: DPOTrainer applies the chat template.",
            'trainer = DPOTrainer(model=model, args=DPOConfig(output_dir="out"), train_dataset=ds,',
            "                     processing_class=tokenizer)",
            "```",
            "",
            "The `margin` column is the number of constraints on which chosen and rejected differ; RPO's loss",
            "subtracts γ·margin inside the sigmoid (the paper uses β = 0.1, γ = 0.05).",
            "TRL's `DPOTrainer` ignores the `margin` column: trained as above, it is plain DPO on noise-free",
            "pairs. `rpo train` trains with the RPO loss, which uses it.",
        ]
    else:
        lines += [
            "Add the entry of `dataset_info.json` (beside this card) to LLaMA-Factory's `data/dataset_info.json`",
            "and train with `stage: dpo`. Columns follow LLaMA-Factory's sharegpt ranking layout.",
        ]
    return "\n".join(lines) + "\n"
