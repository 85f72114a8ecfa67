"""A scripted backend implementing rpo's Backend protocol (rpo_cli/backends/base.py), for
bookkeeping and judge-logic tests: its answers are a pure function of the request (sha256 of the
prompt), so two processes answer alike. It is not a model: tests that use it check counts, votes
and resumption, never whether a verdict is right.

Run as a script it is a build-pairs driver (``python -m tests.scripted_backend local|shard ...``)
that a test can SIGKILL: ``local IN OUT CHUNK`` runs build_pairs_run, ``shard IN OUT I/N`` runs
build_pairs_sharded for one shard; ``--resume`` continues. RPO_SCRIPTED_DELAY (seconds) slows
every call so a test can kill the process mid-run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rpo_cli.backends.base import ChatRequest, ChatResult, SampleOut, SamplingConfig


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("\x00".join(map(str, parts)).encode()).digest()[:4], "big")


FREE_FORM = ("Stay warm and never judgmental", "Be direct but kind", "Recommend only public transport",
             "Never rewrite the whole function for the author")  # fmt: skip
CONDITIONAL = (("Do not give medical or financial advice", "the user asks about health or money"),)


@dataclass
class ScriptedBackend:
    """Answers by the request's JSON schema: judge verdicts, condition yes/no, decomposition (no
    further constraints), reversal, or free text for sampling. ``script`` overrides: a function
    (request, sample index) -> text, or None for an error result."""

    name: str = "scripted"
    model: str = "scripted"
    delay: float = float(os.environ.get("RPO_SCRIPTED_DELAY", "0"))
    script: object = None
    calls: list = field(default_factory=list)

    def load(self) -> None:
        pass

    def close(self) -> None:
        pass

    def chat(self, requests: list[ChatRequest], params: SamplingConfig) -> list[ChatResult]:
        self.calls.append((len(requests), params))
        if self.delay:
            time.sleep(self.delay)
        out = []
        for r in requests:
            if self.script is not None:
                texts = [self.script(r, k) for k in range(params.n)]  # type: ignore[operator]
                if any(t is None for t in texts):
                    out.append(ChatResult([], None, None, "engine_error: scripted"))
                    continue
            else:
                texts = [self._answer(r, k, params) for k in range(params.n)]
            out.append(ChatResult([SampleOut(t, "stop", len(t.split())) for t in texts], 10, None, None))
        return out

    def _answer(self, r: ChatRequest, k: int, params: SamplingConfig) -> str:
        prompt = r.messages[-1]["content"]
        props = (params.json_schema or {}).get("properties", {})
        h = _h(prompt, k)
        if "constraints" in props:  # free-form constraints the rules leave to the LLM (one conditional)
            found = [{"quote": q} for q in FREE_FORM if q in prompt]
            found += [{"quote": q, "condition": c} for q, c in CONDITIONAL if q in prompt]
            return json.dumps({"constraints": found})
        if "reversed" in props:
            return json.dumps({"reversed": "Mention at least one planet by name."})
        if "verdict" in props:
            choices = json.dumps(props["verdict"])
            if "not_followed" in choices:
                return json.dumps({"verdict": "followed" if h % 3 else "not_followed"})
            return json.dumps({"verdict": "yes" if h % 2 else "no"})
        words = ["Venus", "stars", "love", "code", "review", "well", "done", "is", "a", "question?"]
        return " ".join(words[(h >> i) % len(words)] for i in range(8 + h % 20))


def _models(cache: Path):
    from rpo_cli.backends.base import SamplingConfig
    from rpo_cli.models import JudgeSpec, Models

    return Models(backend_factory=ScriptedBackend, sampling=SamplingConfig(n=3, seed=0),
                  generator={"model": "scripted"}, judge_factory=JudgeSpec(None, votes=3),
                  judge_shares_backend=True, reversal_cache=cache)  # fmt: skip


def main(argv: list[str]) -> None:
    from rpo_cli.executors import build_pairs_sharded, parse_shard
    from rpo_cli.pipeline import BuildConfig, build_pairs_run

    kind, inp, out, arg = argv[:4]
    resume = "--resume" in argv
    out_path = Path(out)
    cache = Path(os.environ["RPO_SCRIPTED_CACHE"])
    if kind == "local":
        build_pairs_run(Path(inp), inp, out_path, BuildConfig(chunk_size=int(arg)), resume=resume,
                        models=_models(cache))  # fmt: skip
    else:
        build_pairs_sharded(Path(inp), inp, out_path, BuildConfig(), shard=parse_shard(arg), resume=resume,
                            models=_models(cache))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
