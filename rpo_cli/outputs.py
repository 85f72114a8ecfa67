"""What rpo may write, and where: output path guards, files rpo owns, one run per output.

* **Ownership.** Besides the file the user names with ``-o``, build-pairs writes side files (the
  dataset card ``README.md``, ``manifest.json``, ``dataset_info.json``). rpo replaces such a file
  only when the manifest beside it records the file's SHA-256, i.e. rpo wrote it and nobody
  changed it since; a project's own README.md is never replaced, even with ``--overwrite``.
* **Run lock.** A run holds an exclusive ``flock`` on a lock file beside its output for its whole
  life; a second run on the same output fails at once naming the holder's pid (exit 75).
* **Guards.** The output is never the input; rejects never go inside a dataset folder and never
  replace an existing file without ``--overwrite``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import inspect
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from rpo_cli.errors import OutputExistsError, RpoError, RunLockedError
from rpo_cli.io import STDIO, file_sha256

T = TypeVar("T")
OUTPUTS_KEY = "outputs"  # manifest.json: {file name: sha256} of the files rpo wrote beside it


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_outputs(manifest: Path) -> dict[str, str] | None:
    """The ``{file name: sha256}`` an rpo manifest records, or None when ``manifest`` is absent or
    not an rpo manifest."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or "rpo_version" not in data or not isinstance(data.get(OUTPUTS_KEY), dict):
        return None
    return data[OUTPUTS_KEY]


def written_by_rpo(path: Path, manifest: Path) -> bool:
    """Is the existing ``path`` a file rpo wrote, unchanged since (its hash is in ``manifest``)?"""
    if path == manifest:
        return recorded_outputs(manifest) is not None
    recorded = recorded_outputs(manifest) or {}
    return path.is_file() and recorded.get(path.name) == file_sha256(path)


def check_replaceable(paths: Iterable[Path], manifest: Path) -> None:
    """Refuse, whatever the flags, when one of the existing ``paths`` (side files rpo would
    replace) was not written by rpo."""
    for p in paths:
        if p.exists() and not written_by_rpo(p, manifest):
            raise OutputExistsError(
                f"{p}: not written by rpo (or changed since rpo wrote it); rpo will not replace it",
                hint="give the output a folder of its own, e.g. -o out/NAME/train.parquet (the card and manifest "
                "go beside it), or move the file away",
            )


def lock_path(output: Path, tag: str = "") -> Path:
    """The lock file of a run writing ``output`` (beside it, hidden)."""
    return output.parent / f".{output.name}{tag}.rpo-lock"


@contextlib.contextmanager
def run_lock(output: Path, tag: str = "") -> Iterator[None]:
    """Hold an exclusive lock for a run writing ``output``; fail at once (RunLockedError, exit 75)
    when another run holds it. The lock file holds the holder's pid and is removed on release."""
    path = lock_path(output, tag)
    # a library caller (build_pairs_run from Python) may not have made the output's folder yet;
    # the CLI makes it only after validation, so this creates nothing there
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            raise RunLockedError(
                f"another rpo run (pid {holder}) is writing {output}",
                hint="wait for it to end, or stop it and continue with --resume",
            ) from None
        # The previous holder removes the file on release: a lock on a removed file is no lock.
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)


def _same_file(a: str, b: str) -> bool:
    if STDIO in (a, b):
        return False
    pa_, pb = Path(a), Path(b)
    if pa_.exists() and pb.exists():
        return pa_.samefile(pb)
    return pa_.resolve() == pb.resolve()


def check_not_input(input_path: str, *outputs: str | Path | None) -> None:
    """Refuse an output (or rejects / summary file) that is the input itself."""
    for out in outputs:
        if out is not None and _same_file(str(out), input_path):
            raise RpoError(f"the output {out} is the input: rpo never writes over its input", hint="give another path")


def check_parquet_output(output: str) -> None:
    """build-pairs writes one Parquet file: say so for any other name (e.g. ``-o pairs.jsonl``)."""
    if Path(output).suffix != ".parquet":
        raise RpoError(
            f"build-pairs writes Parquet only: {output} does not end in .parquet",
            hint="e.g. -o pairs/train.parquet (for JSONL, read it with pyarrow or datasets); a folder of shards "
            "needs --shard or --executor ray",
        )


def rejects_target(
    output: str, rejects: str | None, skip_invalid: bool, overwrite: bool, dataset_dir: Path | None = None
) -> Path | None:
    """Where ``--skip-invalid`` writes bad lines: ``--rejects``, else beside the output
    (``OUT.rejects.jsonl``), or for a dataset folder ``DIR.rejects.jsonl`` beside the folder (never
    inside it: it would be uploaded with the data). With ``-o -`` a path must be given. An
    existing file is replaced only with ``overwrite``."""
    if not skip_invalid:
        return None
    if rejects:
        path = Path(rejects)
    elif dataset_dir is not None:
        folder = Path(os.path.abspath(dataset_dir))
        if folder == Path.cwd() or folder.parent == folder:
            raise RpoError(
                "--skip-invalid: the dataset folder is the current folder and rejects never go inside it",
                hint="give --rejects FILE, or put the output in a folder of its own (-o out/NAME/train.parquet)",
            )
        path = Path(dataset_dir).parent / f"{folder.name}.rejects.jsonl"
    elif output == STDIO:
        raise RpoError("--skip-invalid with -o -: say where the bad lines go", hint="add --rejects FILE")
    else:
        path = Path(f"{output}.rejects.jsonl")
    if path.exists() and not overwrite:
        raise OutputExistsError(f"rejects file exists: {path}", hint="--overwrite replaces it; or give --rejects FILE")
    return path


def holds_run_lock(fn: Callable[..., T]) -> Callable[..., T]:
    """Run ``fn`` under :func:`run_lock` of its ``output`` argument (per shard for ``shard=(i, n)``:
    the shards of one folder run side by side, e.g. as a SLURM array)."""
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        bound = sig.bind(*args, **kwargs).arguments
        shard = bound.get("shard")
        with run_lock(Path(bound["output"]), f".shard-{shard[0]}" if shard else ""):
            return fn(*args, **kwargs)

    return wrapper


def _flat(d: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(d, dict):
        return {prefix: d}
    out: dict[str, Any] = {}
    for k, v in d.items():
        out.update(_flat(v, f"{prefix}.{k}" if prefix else str(k)))
    return out


def _short(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False, sort_keys=True) if not isinstance(v, str) else v
    if isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v):
        return v[:12] + "…"  # a hash
    return s if len(s) <= 40 else s[:37] + "…"


def config_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What differs between two run fingerprints, one ``key old -> new`` per leaf (config keys
    without their ``config.`` prefix): what ``--resume`` reports when it refuses."""
    a, b = _flat(old), _flat(new)
    out = []
    for key in sorted(set(a) | set(b)):
        if a.get(key, "<absent>") != b.get(key, "<absent>"):
            name = key.removeprefix("config.")
            out.append(f"{name} {_short(a.get(key, '<absent>'))} -> {_short(b.get(key, '<absent>'))}")
    return out
