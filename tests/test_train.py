"""`rpo train` and RPOTrainer: the loss is the RPO formula, the margin reaches it, a step trains,
the CLI writes the Trainer's outputs plus rpo_train.json, and bad data fails with exit 65/66.

A tiny random Llama (tests/tiny_model.py) trains on CPU; the texts are short so a step is quick."""

from __future__ import annotations

import json
import math
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import SAMPLE, run_rpo

pytest.importorskip("trl", reason="training needs the [train] extra: pip install -e '.[train]'")
torch = pytest.importorskip("torch")
datasets = pytest.importorskip("datasets")

F = torch.nn.functional
MARGINS = [0, 1, 3, 5, 2, 8]


def _conv(i: int, margin: int) -> dict:
    return {
        "prompt": [{"role": "system", "content": "Answer in fewer than 50 words."},
                   {"role": "user", "content": f"Write about the moon and the tide, take {i}."}],
        "chosen": [{"role": "assistant", "content": "The moon pulls the tide; sailors read the stars." * (1 + i % 2)}],
        "rejected": [{"role": "assistant", "content": f"Hello world, the river runs to the sea {i}!"}],
        "margin": margin,
    }  # fmt: skip


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    from tests.tiny_model import build_tiny_model

    return str(build_tiny_model(tmp_path_factory.mktemp("tiny") / "model", layers=1, hidden=64))


@pytest.fixture(scope="module")
def dataset():
    return datasets.Dataset.from_list([_conv(i, g) for i, g in enumerate(MARGINS)])


def _trainer(cls, cfg_cls, model, ds, out, **kw):
    cfg = cfg_cls(output_dir=str(out), report_to="none", use_cpu=True, bf16=False, save_strategy="no",
                  max_length=128, **kw)  # fmt: skip
    return cls(model=model, args=cfg, train_dataset=ds)


def _hand_logps(model, batch):
    """Sum of the completion tokens' log-probs, from the model's plain logits."""
    with torch.no_grad():
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    lp = F.log_softmax(logits[:, :-1].float(), dim=-1).gather(-1, batch["input_ids"][:, 1:, None]).squeeze(-1)
    per_row = (lp * batch["completion_mask"][:, 1:]).sum(dim=1)
    return per_row.chunk(2)


def test_loss_is_the_rpo_formula_and_reduces_to_trl_dpo(tiny, dataset, tmp_path):
    from trl import DPOConfig, DPOTrainer

    from rpo_cli.train import RPOConfig, RPOTrainer

    beta, gamma = 0.1, 0.2
    rpo = _trainer(RPOTrainer, RPOConfig, tiny, dataset, tmp_path / "rpo", beta=beta, gamma=gamma)
    batch = rpo.data_collator([rpo.train_dataset[i] for i in range(len(MARGINS))])
    assert batch["margin"].tolist() == MARGINS  # the margin column reached the batch
    # reference log-probs chosen by hand, so Δ is far from 0 and differs per pair
    ref_c = torch.tensor([-30.0, -12.5, -50.0, -7.0, -21.0, -40.0])
    ref_r = torch.tensor([-25.0, -40.0, -11.0, -9.5, -33.0, -12.0])
    batch["ref_chosen_logps"], batch["ref_rejected_logps"] = ref_c, ref_r
    pol_c, pol_r = _hand_logps(rpo.model, batch)
    delta = (pol_c - ref_c) - (pol_r - ref_r)
    g = torch.tensor(MARGINS, dtype=torch.float32)

    def loss_of(trainer, b):
        with torch.no_grad():
            return trainer.compute_loss(trainer.model, dict(b)).item()

    expected = (-F.logsigmoid(beta * delta - gamma * g)).mean().item()
    assert loss_of(rpo, batch) == pytest.approx(expected, abs=1e-5)

    # TRL's own sigmoid loss on the same batch (it reads the reference log-probs from the batch)
    dpo = _trainer(DPOTrainer, DPOConfig, tiny, dataset, tmp_path / "dpo", beta=beta, precompute_ref_log_probs=True)
    dpo_batch = {k: v for k, v in batch.items() if k != "margin"}
    trl_loss = loss_of(dpo, dpo_batch)
    assert trl_loss == pytest.approx((-F.logsigmoid(beta * delta)).mean().item(), abs=1e-5)
    assert abs(trl_loss - expected) > 1e-2  # the margin matters here

    # g = 0 ⇒ DPO
    assert loss_of(rpo, {**batch, "margin": torch.zeros(len(MARGINS))}) == pytest.approx(trl_loss, abs=1e-5)
    # γ = 0 ⇒ DPO
    rpo0 = _trainer(RPOTrainer, RPOConfig, tiny, dataset, tmp_path / "rpo0", beta=beta, gamma=0.0)
    assert loss_of(rpo0, batch) == pytest.approx(trl_loss, abs=1e-5)


@pytest.mark.parametrize("precompute", [False, True], ids=["ref-model", "precomputed-ref"])
def test_step0_logged_loss_is_mean_softplus_of_the_margin_term(tiny, dataset, tmp_path, precompute):
    from rpo_cli.train import RPOConfig, RPOTrainer

    gamma = 0.3
    trainer = _trainer(
        RPOTrainer, RPOConfig, tiny, dataset, tmp_path / "run", gamma=gamma, learning_rate=0.0, max_steps=1,
        logging_steps=1, per_device_train_batch_size=len(MARGINS), precompute_ref_log_probs=precompute,
    )  # fmt: skip
    trainer.train()
    log = trainer.state.log_history[0]
    expected = sum(math.log1p(math.exp(gamma * g)) for g in MARGINS) / len(MARGINS)  # Δ = 0: policy = reference
    assert log["loss"] == pytest.approx(expected, abs=1e-5)
    assert log["rpo/dpo_loss"] == pytest.approx(math.log(2), abs=1e-6)
    assert log["rpo/margin_term"] == pytest.approx(gamma * sum(MARGINS) / len(MARGINS), abs=1e-6)
    assert log["rpo/margin_share"] == pytest.approx((expected - math.log(2)) / expected, abs=1e-5)
    assert log["rewards/margins"] == pytest.approx(0.0, abs=1e-6)  # DPO's reward metrics, not shifted


def test_one_training_step_moves_the_weights(tiny, dataset, tmp_path):
    from rpo_cli.train import RPOConfig, RPOTrainer

    trainer = _trainer(
        RPOTrainer, RPOConfig, tiny, dataset, tmp_path / "run", learning_rate=1e-3, max_steps=1,
        per_device_train_batch_size=2,
    )  # fmt: skip
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    trainer.train()
    moved = [n for n, p in trainer.model.named_parameters() if not torch.equal(p.detach(), before[n])]
    assert trainer.state.global_step == 1
    assert len(moved) == len(before)  # every weight got a gradient and an Adam step


def test_lora_step0_loss_and_only_the_adapter_moves(tiny, dataset, tmp_path):
    """With peft the reference is the base model (adapter disabled): Δ = 0 at step 0 there too."""
    pytest.importorskip("peft")
    from peft import LoraConfig

    from rpo_cli.train import RPOConfig, RPOTrainer

    gamma = 0.3
    cfg = RPOConfig(
        output_dir=str(tmp_path / "run"), report_to="none", use_cpu=True, bf16=False, save_strategy="no",
        max_length=128, gamma=gamma, learning_rate=1e-2, max_steps=2, logging_steps=1,
        per_device_train_batch_size=len(MARGINS),
    )  # fmt: skip
    lora = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")
    trainer = RPOTrainer(model=tiny, args=cfg, train_dataset=dataset, peft_config=lora)
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    trainer.train()
    expected = sum(math.log1p(math.exp(gamma * g)) for g in MARGINS) / len(MARGINS)
    assert trainer.state.log_history[0]["loss"] == pytest.approx(expected, abs=1e-5)
    moved = {n for n, p in trainer.model.named_parameters() if not torch.equal(p.detach(), before[n])}
    assert moved and all("lora_" in n for n in moved)  # the base model (the reference) stays as it was
    assert trainer.state.log_history[1]["loss"] != pytest.approx(expected, abs=1e-6)  # step 2 sees the update


def test_trainer_needs_the_margin_column(tiny, dataset, tmp_path):
    from rpo_cli.train import RPOConfig, RPOTrainer

    with pytest.raises(ValueError, match="margin"):
        _trainer(RPOTrainer, RPOConfig, tiny, dataset.remove_columns("margin"), tmp_path / "run")


# ---- the CLI, on pairs built from sample_data ---------------------------------------------------


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    """rpo build-pairs on sample_data/personas.jsonl, then 4 of its pairs as a folder of 2 shards."""
    tmp = tmp_path_factory.mktemp("pairs")
    built = tmp / "built" / "pairs.parquet"
    r = run_rpo("build-pairs", SAMPLE / "personas.jsonl", "-o", built)
    assert r.returncode == 0, r.stderr
    table = pq.read_table(built)
    sub = tmp / "sub"
    sub.mkdir()
    # the shortest prompts keep each step short; two shards test the folder form
    keep = sorted(range(table.num_rows), key=lambda i: len(json.dumps(table.slice(i, 1).to_pylist())))[:4]
    pq.write_table(table.take(keep[:2]), sub / "part-00000.parquet")
    pq.write_table(table.take(keep[2:]), sub / "part-00001.parquet")
    shutil.copy(built.parent / "manifest.json", sub / "manifest.json")
    return {"built": built, "sub": sub, "margins": table.take(keep).column("margin").to_pylist()}


def test_rpo_train_cli_writes_trainer_outputs_and_run_record(tiny, pairs, tmp_path):
    from rpo_cli.io import file_sha256

    out = tmp_path / "run"
    r = run_rpo(
        "train", pairs["sub"], "--model", tiny, "--output-dir", out, "--max-steps", "2", "--learning-rate", "0",
        "--per-device-train-batch-size", "2", "--gradient-accumulation-steps", "2", "--logging-steps", "1",
        "--max-length", "512", "--seed", "1", timeout=600,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    state = json.loads((out / "trainer_state.json").read_text())
    steps = [h for h in state["log_history"] if "loss" in h]
    assert [h["step"] for h in steps] == [1, 2]
    # lr 0 and one step = the 4 pairs: each logged loss is the mean softplus(γ·g), γ = the default 0.005
    expected = sum(math.log1p(math.exp(0.005 * g)) for g in pairs["margins"]) / 4
    for h in steps:
        assert h["loss"] == pytest.approx(expected, abs=1e-5)
        assert "rpo/margin_share" in h and "rpo/margin_term" in h
    assert (out / "model.safetensors").exists()

    rec = json.loads((out / "rpo_train.json").read_text())
    assert rec["config"]["gamma"] == 0.005 and rec["config"]["beta"] == 0.1
    assert rec["data"]["rows"] == 4 and rec["train_pairs"] == 4
    assert rec["data"]["manifest"]["sha256"] == file_sha256(pairs["sub"] / "manifest.json")
    assert [f["sha256"] for f in rec["data"]["files"]] == [
        file_sha256(pairs["sub"] / f"part-0000{i}.parquet") for i in (0, 1)
    ]
    assert rec["result"]["global_step"] == 2

    again = run_rpo("train", pairs["sub"], "--model", tiny, "--output-dir", out, "--max-steps", "1")
    assert again.returncode == 73 and "--overwrite" in again.stderr


def _write(path, table):
    pq.write_table(table, path)
    return path


@pytest.mark.parametrize(
    "case, code, words",
    [
        ("no_margin", 65, "no 'margin' column"),
        ("margin_text", 65, "expected a number"),
        ("prompt_text", 65, "list of {role, content} messages"),
        ("not_rpo", 65, "not an rpo pairs file"),
        ("llamafactory", 65, "LLaMA-Factory"),
        ("not_parquet", 65, "not a Parquet file"),
        ("missing", 66, "not found"),
        ("empty_folder", 66, "no .parquet files"),
    ],
)
def test_bad_data_is_one_clear_line(pairs, tmp_path, case, code, words):
    t = pq.read_table(pairs["built"])
    bad = tmp_path / "bad.parquet"
    if case == "no_margin":
        _write(bad, t.drop_columns(["margin"]))
    elif case == "margin_text":
        _write(bad, t.set_column(t.schema.get_field_index("margin"), "margin", pa.array(["x"] * t.num_rows)))
    elif case == "prompt_text":
        _write(bad, t.set_column(0, "prompt", pa.array(["hi"] * t.num_rows)))
    elif case == "not_rpo":
        _write(bad, t.select(["prompt", "chosen", "rejected", "margin"]))
    elif case == "llamafactory":
        r = run_rpo("build-pairs", SAMPLE / "personas.jsonl", "-o", bad, "--format", "llamafactory")
        assert r.returncode == 0, r.stderr
    elif case == "not_parquet":
        bad.write_text('{"prompt": "hi"}\n')
    elif case == "empty_folder":
        bad = tmp_path / "empty"
        bad.mkdir()
    r = run_rpo("train", bad, "--model", "unused", "--output-dir", tmp_path / "out")
    assert r.returncode == code, r.stderr
    first = r.stderr.splitlines()[0]
    assert first.startswith("rpo: error:") and words in first and str(bad) in first, r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()  # nothing written for bad data


def test_missing_model_is_exit_66_and_writes_nothing(pairs, tmp_path):
    r = run_rpo("train", pairs["sub"], "--model", tmp_path / "no-model", "--output-dir", tmp_path / "out")
    assert r.returncode == 66, r.stderr
    assert f"model not found: {tmp_path / 'no-model'}" in r.stderr
    assert not (tmp_path / "out").exists()
