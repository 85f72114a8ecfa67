"""The typer app and ``main()``: known errors become one line plus a hint and the exit code the
README documents. The commands register themselves on :data:`app` (one module each)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from rpo_cli import __version__, console
from rpo_cli.errors import EXIT_SOFTWARE, Interrupted, RpoError

app = typer.Typer(
    name="rpo",
    help="Build Reverse Preference Optimization (RPO) datasets: verify constraints, reverse them, pair responses.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
    except (RpoError, Interrupted) as err:
        console.error(err)
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        console.console.print(f"[bold red]rpo: internal error:[/] {type(exc).__name__}: {exc}")
        console.console.print("[dim]hint:[/] this is a bug in rpo; rerun with RPO_DEBUG=1 for the traceback")
        import os

        if os.environ.get("RPO_DEBUG"):
            raise
        sys.exit(EXIT_SOFTWARE)
