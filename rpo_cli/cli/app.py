"""The typer app and ``main()``: known errors become one line plus a hint and the exit code the
README documents. The commands register themselves on :data:`app` (one module each)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from rpo_cli import __version__, console
from rpo_cli.errors import EXIT_IOERR, EXIT_SOFTWARE, Interrupted, RpoError, StdoutClosed

app = typer.Typer(
    name="rpo",
    help="Build Reverse Preference Optimization (RPO) datasets: verify constraints, reverse them, pair responses.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain click help: typer's rich help shows flags as "<bool>" and draws boxes in logs
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rpo {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """rpo: noise-free preference pairs for multi-constraint instruction following."""


def main() -> None:
    """Entry point: known errors become one line plus a hint and a documented exit code."""
    try:
        app()
    except StdoutClosed as err:
        _quiet_stdout()
        sys.exit(err.exit_code)
    except (RpoError, Interrupted) as err:
        console.error(err)
        sys.exit(err.exit_code)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(StdoutClosed.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:  # the system's fault (disk full, read-only or special folder), not rpo's
        name = f" {exc.filename}" if exc.filename else ""
        console.error(RpoError(f"I/O error{name}: {exc.strerror or exc}"))
        sys.exit(EXIT_IOERR)
    except Exception as exc:
        console.console.print(f"[bold red]rpo: internal error:[/] {type(exc).__name__}: {exc}")
        console.console.print("[dim]hint:[/] this is a bug in rpo; rerun with RPO_DEBUG=1 for the traceback")
        import os

        if os.environ.get("RPO_DEBUG"):
            raise
        sys.exit(EXIT_SOFTWARE)


def _quiet_stdout() -> None:
    """After the reader closed stdout: point it at /dev/null so the exit flush stays silent."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
