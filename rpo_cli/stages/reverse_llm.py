"""LLM reversal of free-form constraints, cached per constraint text.

Typed constraints always use the registry's exact reversal; only ``free_form`` text goes to the
LLM (template ``prompts/reverse.md``: "must" <-> "must not", numeric relations complemented,
an explicit constraint rather than a permission). Answers are cached in a JSONL file keyed by
(model, template hash, text), so a re-run never asks again. Because an LLM's reversal is not
exact by construction, build-pairs re-judges every response against the reversed text and
keeps a pair only if the judge confirms it (see prepare_free_form).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from rpo_cli.backends.base import Backend, SamplingConfig
from rpo_cli.counts import Counts
from rpo_cli.judge import Judge, JudgeItem
from rpo_cli.llm_task import Ask, run_task
from rpo_cli.prompting import neutralise, nonce, template, template_hash
from rpo_cli.schema import Conversation, Verdict


class ReverseAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reversed: str


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rpo" / "reversals.jsonl"


_FUNCTION_WORDS = {"never", "always", "must", "should", "shall", "with", "your", "that", "this", "from", "avoid",
                   "keep", "only", "every", "each", "does", "don't", "dont", "make", "sure", "when", "what", "will",
                   "answer", "answers", "response", "responses", "reply", "constraint", "opposite",
                   "sentence", "mention", "include", "write", "give", "talk", "about", "provide", "tell"}  # fmt: skip


def _content_words(text: str) -> set[str]:
    # crude plural folding: "emoji" and "emojis" are one subject
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9']{4,}", text.lower()) if w not in _FUNCTION_WORDS}


def same_subject(original: str, reversed_text: str) -> bool:
    """A reversal keeps the constraint's subject: it shares a content word with the original.
    Catches answers that copy the prompt's wording instead (SmolLM2-135M answered "The opposite
    constraint, one sentence" for every constraint); an original without content words passes."""
    words = _content_words(original)
    return not words or bool(words & _content_words(reversed_text))


@dataclass
class ReversalStats(Counts):
    asked: int = 0  # texts sent to the LLM
    cached: int = 0  # texts answered from the cache
    failed: int = 0  # LLM answers that were unusable


@dataclass
class LLMReverser:
    backend: Backend
    cache_path: Path | None = None
    max_tokens: int = 200
    stats: ReversalStats = field(default_factory=ReversalStats)
    _cache: dict[str, str] = field(default_factory=dict)

    @property
    def asked(self) -> int:
        return self.stats.asked

    @property
    def cached(self) -> int:
        return self.stats.cached

    @property
    def failed(self) -> int:
        return self.stats.failed

    def __post_init__(self) -> None:
        if self.cache_path is not None and self.cache_path.exists():
            for line in self.cache_path.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                    self._cache[rec["key"]] = rec["reversed"]
                except (ValueError, KeyError):
                    continue  # a torn last line after a crash: ignore it

    def _key(self, text: str) -> str:
        blob = f"{self.backend.model}\x00{template_hash('reverse')}\x00{text.strip()}"
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def reverse(self, texts: list[str]) -> list[str | None]:
        """Reversed texts (None where the LLM gave no usable answer), one batch for the misses."""
        keys = [self._key(t) for t in texts]
        misses = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}.items())
        self.stats.cached += len(texts) - len(misses)
        if misses:
            asks = []
            for k, t in misses:
                data = neutralise(t.strip())
                asks.append(Ask(k[:16], template("reverse").substitute(nonce=nonce(data), constraint=data)))
            params = SamplingConfig(n=1, temperature=0.0, max_tokens=self.max_tokens)
            answers = run_task(self.backend, asks, ReverseAnswer, params)
            self.stats.asked += len(asks)
            new = []
            for (k, t), ans in zip(misses, answers, strict=True):
                rev = ans.first.reversed.strip() if ans.first else ""
                if not rev or rev == t.strip() or not same_subject(t, rev):
                    self.stats.failed += 1
                    continue
                self._cache[k] = rev
                new.append({"key": k, "text": t.strip(), "reversed": rev})
            if new and self.cache_path is not None:
                self.cache_path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.cache_path, "a", encoding="utf-8") as fh:
                    for rec in new:
                        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return [self._cache.get(k) for k in keys]


@dataclass
class FreeFormReversal:
    """The reversed text of one free-form constraint and the judge's verdict on it per response."""

    text: str
    verdicts: dict[int, Verdict]


def prepare_free_form(results, reverser: LLMReverser, judge: Judge) -> dict[tuple[str, int], FreeFormReversal]:
    """For every applicable free-form constraint that some response failed: its reversed text
    (LLM, cached) and the judge's verdict of every response on it (one batch each)."""
    needed: list[tuple[Conversation, int, str]] = []
    for conv, rvs in results:
        for i, c in enumerate(conv.constraints or []):
            if c.id == "free_form" and c.text and any(rv.verdicts[i].applies and rv.verdicts[i].followed is False
                                                       for rv in rvs):  # fmt: skip
                needed.append((conv, i, c.text))
    reversed_texts = reverser.reverse([t for _, _, t in needed])
    items, where = [], []
    out: dict[tuple[str, int], FreeFormReversal] = {}
    by_conv = {conv.id: rvs for conv, rvs in results}
    for (conv, i, _), rev in zip(needed, reversed_texts, strict=True):
        if rev is None:
            continue
        out[(conv.id, i)] = FreeFormReversal(rev, {})
        msgs = [m.model_dump() for m in conv.messages]
        for rv in by_conv[conv.id]:
            items.append(JudgeItem(conv.id, msgs, rv.text, rev))
            where.append((conv.id, i, rv.index))
    for (cid, i, ri), res in zip(where, judge.judge(items), strict=True):
        out[(cid, i)].verdicts[ri] = Verdict(id="free_form", followed=res.followed, method="judge", reason=res.reason)
    return out
