"""Options shared by several commands, declared once.

An option *group* is a frozen dataclass whose fields are typer options (``Annotated[type,
typer.Option(...)] = default``). A command asks for a group by a parameter of that type and
the decorator :func:`uses_groups` spreads the group's fields into the command's options, then
hands the command one instance::

    @app.command("sample")
    @uses_groups
    def sample_cmd(input_path: InPath, engine: EngineOptions, sampling: SamplingOptions) -> None:
        ... engine.kwargs() ... sampling.config(engine.seed) ...

Adding an option to a group adds it to every command that uses the group (e.g. an
``--enforce-eager`` field on :class:`EngineOptions`). Field names must be unique across the
groups and parameters of one command (they become the option's Python name).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import enum
import functools
import inspect
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer

from rpo_cli import console
from rpo_cli.errors import RpoError
from rpo_cli.io import DEFAULT_MAX_CHARS, STDIO, dumps, open_text_output, resolve_input
from rpo_cli.outputs import check_not_input, rejects_target

# -- plain options used by several commands -----------------------------------------------------

InPath = Annotated[str, typer.Argument(help="Input JSONL (canonical or IFEval form); '-' reads stdin.")]
Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace existing outputs (atomically).")]
SkipInvalid = Annotated[
    bool, typer.Option("--skip-invalid", help="Write bad input lines to a rejects file and go on (default: fail).")
]
Rejects = Annotated[
    str | None,
    typer.Option(
        "--rejects",
        help="Rejects file for --skip-invalid (default: OUT.rejects.jsonl; build-pairs: DIR.rejects.jsonl beside the "
        "dataset folder DIR; required with -o -).",
    ),
]
MaxChars = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=1,
        help="Longest message or response checked, in characters: a longer message makes its row invalid, a "
        "longer response is left out (unknown verdicts, counted).",
    ),
]
Model = Annotated[
    str | None, typer.Option("--model", "-m", help="Model path or name (vLLM engine), or the server's model name.")
]
BaseUrl = Annotated[
    str | None,
    typer.Option("--base-url", envvar="OPENAI_BASE_URL", help="OpenAI-compatible server, e.g. http://host:8000/v1."),
]
MaxTokens = Annotated[int, typer.Option("--max-tokens", min=1, help="Maximum new tokens per sample.")]
ReversalCache = Annotated[
    str | None, typer.Option("--reversal-cache", help="JSONL cache of LLM reversals (default ~/.cache/rpo/).")
]


class Mode(enum.StrEnum):
    rpo = "rpo"
    dpo = "dpo"
    perfect = "perfect"


class Format(enum.StrEnum):
    trl = "trl"
    llamafactory = "llamafactory"


class Semantics(enum.StrEnum):
    """Verdict semantics of verify-constraints (see rpo_cli.constraints.semantics)."""

    corrected = "corrected"
    reference = "reference"


class Executor(enum.StrEnum):
    local = "local"
    ray = "ray"


# -- option groups ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class EngineOptions:
    """How any model backend of the command is made: vLLM engine settings, server settings, seed."""

    seed: Annotated[
        int, typer.Option("--seed", help="Seed: per-request seeds derive from it (engine seed on CPU).")
    ] = 0
    max_model_len: Annotated[int | None, typer.Option("--max-model-len", help="vLLM: context length.")] = None
    tensor_parallel_size: Annotated[
        int | None, typer.Option("--tensor-parallel-size", min=1, help="vLLM: GPUs per engine.")
    ] = None
    gpu_memory_utilization: Annotated[
        float | None,
        typer.Option(
            "--gpu-memory-utilization",
            help="vLLM: share of GPU memory to use (on CPU: of the NUMA node's RAM; default there: a KV cache of a "
            "tenth of free RAM).",
        ),
    ] = None
    dtype: Annotated[
        str | None, typer.Option("--dtype", help="vLLM: weights dtype (auto, bfloat16, float16, float32).")
    ] = None
    enforce_eager: Annotated[
        bool, typer.Option("--enforce-eager", help="vLLM: no graph compilation (starts minutes sooner on CPU).")
    ] = False
    engine_arg: Annotated[
        list[str] | None,
        typer.Option("--engine-arg", help="vLLM: any other engine option, KEY=VALUE (JSON value); repeatable."),
    ] = None
    api_key_env: Annotated[
        str, typer.Option("--api-key-env", help="Environment variable holding the server's API key.")
    ] = "OPENAI_API_KEY"
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Requests in flight to the server.")] = 16

    def kwargs(self) -> dict[str, Any]:
        """The vLLM engine's keyword arguments."""
        from rpo_cli.backends import engine_kwargs

        return engine_kwargs(self.seed, self.engine_arg, max_model_len=self.max_model_len,
                             tensor_parallel_size=self.tensor_parallel_size,
                             gpu_memory_utilization=self.gpu_memory_utilization, dtype=self.dtype,
                             enforce_eager=self.enforce_eager or None)  # fmt: skip

    def spec(self, model: str | None, base_url: str | None):  # -> rpo_cli.models.BackendSpec
        """The backend for ``model`` (vLLM) or ``base_url`` (server) with these settings."""
        from rpo_cli.models import BackendSpec

        return BackendSpec(model, base_url, self.api_key_env, self.concurrency, self.kwargs())


@dataclasses.dataclass(frozen=True)
class SamplingOptions:
    """How responses are sampled."""

    n: Annotated[int, typer.Option("-n", "--n", min=1, help="Samples per conversation.")] = 4
    temperature: Annotated[float, typer.Option("--temperature", min=0.0, help="Sampling temperature.")] = 1.0
    top_p: Annotated[float, typer.Option("--top-p", min=0.0, max=1.0, help="Nucleus sampling.")] = 1.0
    max_tokens: MaxTokens = 512

    def check(self) -> None:
        """Greedy decoding gives one answer: vLLM rejects n > 1 at temperature 0, so say it before any work."""
        if self.n > 1 and self.temperature == 0:
            raise RpoError(f"-n {self.n} with --temperature 0 would give {self.n} identical samples (vLLM refuses it)",
                           hint="use a temperature > 0 (the RPO paper samples at 1.0), or -n 1")  # fmt: skip

    def config(self, seed: int):  # -> rpo_cli.backends.SamplingConfig
        from rpo_cli.backends import SamplingConfig

        return SamplingConfig(n=self.n, temperature=self.temperature, top_p=self.top_p, max_tokens=self.max_tokens,
                              seed=seed)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class JudgeOptions:
    """The LLM judge for free-form constraints and free-text conditions."""

    judge_model: Annotated[
        str | None,
        typer.Option(
            "--judge-model",
            help="LLM judge (model path or name) for free-form constraints and free-text conditions; without one "
            "(in build-pairs: and without --model, which then judges) their verdicts are unknown.",
        ),
    ] = None
    judge_base_url: Annotated[
        str | None, typer.Option("--judge-base-url", help="OpenAI-compatible server for the judge.")
    ] = None
    judge_votes: Annotated[
        int, typer.Option("--judge-votes", min=1, help="Majority over K judgments (a tie is unknown).")
    ] = 1

    @property
    def given(self) -> bool:
        return bool(self.judge_model or self.judge_base_url)


class LoadedInput(NamedTuple):
    """A validated input (what :meth:`InputOptions.load` returns; it unpacks as a 4-tuple)."""

    path: Path
    display: str
    stats: Any  # rpo_cli.stages.read.ReadStats
    rejects: Path | None


@dataclasses.dataclass(frozen=True)
class InputOptions:
    """Bad input lines, oversized rows, and outputs that exist."""

    skip_invalid: SkipInvalid = False
    rejects: Rejects = None
    max_chars: MaxChars = DEFAULT_MAX_CHARS
    overwrite: Overwrite = False

    def load(
        self, input_path: str, output: str, *also_written: str | None, dataset_dir: Path | None = None
    ) -> LoadedInput:
        """Validate the input before any output exists: (path, display name, ReadStats, rejects
        path or None). Refuses an output (or rejects file, or ``also_written``) that is the input;
        invalid lines are reported and, with --skip-invalid, said where they went."""
        from rpo_cli.stages import read as read_stage

        rej = rejects_target(output, self.rejects, self.skip_invalid, self.overwrite, dataset_dir=dataset_dir)
        check_not_input(input_path, output, *also_written, rej)
        path = resolve_input(input_path)
        display = "<stdin>" if input_path == STDIO else input_path
        stats = read_stage.validate(path, display, self.skip_invalid, self.max_chars, rej)
        if stats.invalid:
            console.warn(f"{stats.invalid} invalid line(s) skipped; they are written to {rej}")
            for line in stats.errors[:10]:
                console.info(f"  {line}")
        return LoadedInput(path, display, stats, rej)

    def write_jsonl(
        self, loaded: LoadedInput, output: str, label: str, stage: Callable[[Iterator[Any]], Iterable[dict[str, Any]]]
    ) -> None:
        """The one-stage commands' loop: the loaded input's valid conversations go through
        ``stage`` (conversations in, output rows out), each row one JSONL line of ``output``
        (atomic; ``-`` is stdout), with the rejects file open for --skip-invalid and a progress
        bar that advances per row written."""
        from rpo_cli.stages import read as read_stage

        rejects = open_text_output(str(loaded.rejects), overwrite=True) if loaded.rejects else contextlib.nullcontext()
        with (
            rejects as rej_fh,
            open_text_output(output, self.overwrite) as fh,
            console.progress(label, loaded.stats.rows) as bar,
        ):
            convs = read_stage.conversations(loaded.path, loaded.display, rej_fh, self.max_chars)
            for row in stage(convs):
                fh.write(dumps(row) + "\n")
                bar.advance()


PANELS = {EngineOptions: "Model engine", SamplingOptions: "Sampling", JudgeOptions: "Judge",
          InputOptions: "Input and output"}  # fmt: skip
GROUPS = tuple(PANELS)


def uses_groups(fn: Callable[..., None]) -> Callable[..., None]:
    """Spread the option groups a command takes (parameters typed with a group class) into
    its options, and rebuild one group instance per call. See the module docstring."""
    hints = typing.get_type_hints(fn, include_extras=True)
    sig = inspect.signature(fn)
    own: list[inspect.Parameter] = []
    groups: dict[str, type] = {}
    for p in sig.parameters.values():
        if hints.get(p.name) in GROUPS:
            groups[p.name] = hints[p.name]
        else:
            own.append(p.replace(annotation=hints[p.name]))
    spread: list[inspect.Parameter] = []
    for cls in groups.values():
        ghints = typing.get_type_hints(cls, include_extras=True)
        for f in dataclasses.fields(cls):
            base, info = typing.get_args(ghints[f.name])
            info = copy.copy(info)
            info.rich_help_panel = PANELS[cls]  # --help lists each group in its own panel
            annotation = Annotated[base, info]
            spread.append(inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=f.default,
                                            annotation=annotation))  # fmt: skip
    params = own + spread
    names = [p.name for p in params]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"{fn.__name__}: option names used twice: {dupes}"

    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> None:
        for name, cls in groups.items():
            if name not in kwargs:  # called from Python with the spread options (or their defaults)
                kwargs[name] = cls(**{f.name: kwargs.pop(f.name) for f in dataclasses.fields(cls) if f.name in kwargs})
        return fn(*args, **kwargs)

    del command.__wrapped__  # typer must see the spread signature, not fn's
    command.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command
