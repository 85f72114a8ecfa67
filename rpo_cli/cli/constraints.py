"""`rpo constraints`: the registry as a table or JSON."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from rpo_cli import console
from rpo_cli.cli.app import app
from rpo_cli.io import write_stdout


@app.command("constraints")
def constraints_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output on stdout.")] = False,
) -> None:
    """List the constraint registry: id, kwargs, description, reversal.

    Example: rpo constraints --json | jq '.[] | select(.reversible | not) | .id'
    """
    from rpo_cli.constraints import all_types

    rows = []
    for tid, cls in all_types().items():
        example = cls.from_kwargs(cls.example) if cls.example or not cls.Args.model_fields else None
        rev = example.reverse() if example is not None else None
        rows.append(
            {
                "id": tid,
                "family": cls.family,
                "kwargs": {name: _type_name(f.annotation) for name, f in cls.Args.model_fields.items()},
                "description": example.describe()
                if example is not None
                else (cls.__doc__ or "").strip().split("\n")[0],
                "example_kwargs": cls.example,
                "reversible": cls.reversible(),
                "reverses_to": rev.id if rev is not None else None,
                "reversed_description": rev.describe() if rev is not None else None,
                "not_reversible_reason": None if cls.reversible() else cls.not_reversible_reason,
                "checked_by": "judge" if cls.needs_judge else "code",
            }
        )
    if as_json:
        write_stdout(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    console.constraints_table(rows)


def _type_name(annotation: Any) -> str:
    """A kwarg's type as a reader writes it: "int", "list[str]", "str | None"."""
    return annotation.__name__ if isinstance(annotation, type) else str(annotation).replace("typing.", "")
