"""The Parquet output feeds TRL as it is: datasets loads it, TRL's helpers accept the rows, and
DPOTrainer takes a training step on it (tiny random model built here, CPU)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_rpo, write_jsonl
from tests.test_build_pairs import CONV

datasets = pytest.importorskip("datasets", reason="datasets is a test dependency: pip install -e '.[test]'")
trl = pytest.importorskip("trl", reason="trl is a test dependency: pip install -e '.[test]'")


def _tiny_tokenizer(path):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=320, special_tokens=["<s>", "</s>", "<pad>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator([CONV["messages"][0]["content"], *CONV["responses"]] * 5, trainer)
    ht = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    ht.chat_template = (
        "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}</s>{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>{% endif %}"
    )
    ht.save_pretrained(path)
    return ht


@pytest.fixture(scope="module")
def pairs_file(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trl")
    inp = write_jsonl(tmp / "in.jsonl", [CONV])
    out = tmp / "data" / "train-00000-of-00001.parquet"
    r = run_rpo("build-pairs", inp, "-o", out)
    assert r.returncode == 0, r.stderr
    return out


def test_datasets_loads_the_parquet(pairs_file):
    ds = datasets.load_dataset("parquet", data_files=str(pairs_file), split="train")
    assert ds.num_rows == 6
    assert {"prompt", "chosen", "rejected", "margin"} <= set(ds.column_names)
    assert not {"messages", "completion", "label"} & set(ds.column_names)  # TRL rejects those beside chosen
    assert ds[0]["chosen"][0]["role"] == "assistant"
    json.loads(ds[0]["constraints"][0]["kwargs"])


def test_trl_helpers_accept_rows_and_dpo_trainer_steps(pairs_file, tmp_path):
    from transformers import LlamaConfig, LlamaForCausalLM
    from trl import DPOConfig, DPOTrainer
    from trl.data_utils import apply_chat_template, is_conversational

    ds = datasets.load_dataset("parquet", data_files=str(pairs_file), split="train")
    tok = _tiny_tokenizer(tmp_path / "model")
    for ex in ds:
        assert is_conversational(ex)
        rendered = apply_chat_template(ex, tok)
        assert rendered["prompt"].startswith("<|system|>") and rendered["prompt"].endswith("<|assistant|>")
        assert ex["chosen"][0]["content"] in rendered["chosen"]

    cfg = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=1,
        num_attention_heads=1,
        num_key_value_heads=1,
        head_dim=64,
    )
    LlamaForCausalLM(cfg).save_pretrained(tmp_path / "model")
    args = DPOConfig(
        output_dir=str(tmp_path / "run"),
        max_steps=1,
        per_device_train_batch_size=2,
        report_to=[],
        use_cpu=True,
        save_strategy="no",
    )
    trainer = DPOTrainer(model=str(tmp_path / "model"), args=args, train_dataset=ds, processing_class=tok)
    result = trainer.train()
    assert result.global_step == 1 and result.training_loss > 0
