"""How much of the ledger reaches the reader: ids shown by the executed chapters.

A ledger row counts as shown when a chapter displays it in a table, plots it in
a figure that the text places, or glues it into a sentence. Each of those
outputs records the ids behind it in its metadata (``airaces.ids``); a glued
output counts only if the chapter's text actually refers to its name, and an
output whose cell removes it from the page does not count at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd

from airaces import paths
from airaces.ledger import row_id_columns

# {glue}`name`, {glue:md}`name`, {glue:figure}`name`, and the directive forms.
_GLUE_ROLE = re.compile(r"\{glue(?::[a-z]+)?\}`([^`]+)`")
_GLUE_DIRECTIVE = re.compile(r"^(?:```|:::)\{glue(?::[a-z]+)?\}\s+(\S+)", re.M)
_HIDDEN_TAGS = {"remove-output", "remove-cell"}


def referenced_glue(nb) -> set[str]:
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    return set(_GLUE_ROLE.findall(text)) | set(_GLUE_DIRECTIVE.findall(text))


def shown_ids(notebook: Path) -> set[str]:
    """The ledger ids an executed notebook puts in front of the reader."""
    nb = nbformat.read(notebook, as_version=4)
    referenced = referenced_glue(nb)
    shown = set()
    for cell in nb.cells:
        if cell.cell_type != "code" or _HIDDEN_TAGS & set(
            cell.metadata.get("tags", [])
        ):
            continue
        for output in cell.get("outputs", []):
            meta = output.get("metadata", {})
            ids = meta.get("airaces", {}).get("ids")
            if ids is None:
                continue
            glued = meta.get("scrapbook")
            if glued is None or glued.get("name") in referenced:
                shown |= set(ids)
    return shown


def report(ledger, notebooks: list[Path] | None = None) -> pd.DataFrame:
    """Per table: rows in the ledger, rows shown somewhere in the book, the share, and what is missing."""
    if notebooks is None:
        notebooks = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    shown = set().union(*(shown_ids(n) for n in notebooks)) if notebooks else set()
    rows = []
    for table, column in row_id_columns().items():
        ids = set(getattr(ledger, table)[column].astype(str))
        missing = sorted(ids - shown)
        rows.append(
            {
                "table": table,
                "rows": len(ids),
                "shown": len(ids) - len(missing),
                "percent": 100.0 * (len(ids) - len(missing)) / len(ids)
                if ids
                else 100.0,
                "missing": missing,
            }
        )
    return pd.DataFrame(rows)
