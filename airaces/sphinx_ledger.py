"""Sphinx extension: the ledger browser, and the book's own styles and scripts.

``{ledger-browser}`` renders every row of the ledger (claims, events,
forecasts, sources) as HTML tables at build time. Each row's id is its HTML
anchor, so a figure's caption can link to the rows it plots. Every cell is
escaped: the ledger is data and never becomes markup. A small script in
``static/ledger-browser.js`` adds searching and sorting; without it the page
is still a complete, readable table.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd
from docutils import nodes
from sphinx.util.docutils import SphinxDirective

import airaces
from airaces import paths

STATIC = Path(__file__).parent / "static"

# Columns shown per table, in order; the first is the row's id and anchor.
BROWSER_COLUMNS = {
    "claims": ["claim_id", "source_id", "line", "as_printed", "value", "value_high", "qualifier", "unit", "metric",
               "entity", "country", "period", "kind", "theme", "attributed_to", "pair_id", "note"],
    "events": ["event_id", "source_id", "line", "as_printed", "date", "actor", "event", "theme", "country", "note"],
    "forecasts": ["forecast_id", "source_id", "line", "as_printed", "who", "subject", "claim", "target_year",
                  "theme", "note"],
    "assessments": ["assessment_id", "source_id", "line", "as_printed", "dimension", "rating", "note"],
    "sources": ["source_id", "title", "author", "publisher", "kind", "published", "date_basis"],
}
NUMERIC = {"line", "value", "value_high", "target_year", "rating"}


def data_dir() -> Path:
    """The ledger the book is built from: $AIRACES_DATA_DIR, or the committed data/."""
    return Path(os.environ.get("AIRACES_DATA_DIR") or paths.DATA_DIR)


def _cell(value, column: str) -> str:
    if pd.isna(value):
        return "<td></td>"
    text = str(value)
    if column in NUMERIC and text.endswith(".0"):
        text = text[:-2]
    kind = ' class="num"' if column in NUMERIC else ""
    return f"<td{kind}>{html.escape(text)}</td>"


def browser_table(name: str, frame) -> str:
    columns = BROWSER_COLUMNS[name]
    head = "".join(
        f'<th scope="col" aria-sort="none"><button type="button" class="ledger-sort">{html.escape(c)}</button></th>'
        for c in columns
    )
    rows = []
    for record in frame[columns].astype(object).itertuples(index=False):
        values = list(record)
        anchor = html.escape(str(values[0]))
        cells = "".join(_cell(v, c) for v, c in zip(values, columns))
        rows.append(f'<tr id="{anchor}">{cells}</tr>')
    return (
        f'<section class="ledger-browser" aria-label="{name}">'
        f'<p><label>Search {name}: <input type="search" class="ledger-search" '
        f'placeholder="id, source, words…"></label> <span class="ledger-count" aria-live="polite">'
        f"{len(frame)} rows</span></p>"
        f'<div class="airaces-table-wrap"><table class="ledger-table" data-table="{name}">'
        f"<caption>{name}.csv: {len(frame)} rows</caption><thead><tr>{head}</tr></thead>"
        f'<tbody>{"".join(rows)}</tbody></table></div></section>'
    )


class LedgerBrowser(SphinxDirective):
    """``{ledger-browser} claims`` renders one table of the ledger."""

    required_arguments = 1

    def run(self):
        name = self.arguments[0]
        if name not in BROWSER_COLUMNS:
            raise self.error(f"unknown ledger table {name!r}; expected one of {sorted(BROWSER_COLUMNS)}")
        directory = data_dir()
        for table in BROWSER_COLUMNS:
            self.env.note_dependency(str(directory / f"{table}.csv"))
        ledger = airaces.load(directory)
        return [nodes.raw("", browser_table(name, getattr(ledger, name)), format="html")]


def _copy_static(app) -> None:
    # Written straight into the output on every build: Sphinx does not recopy a
    # static file that changed after the first build, so an edited stylesheet
    # would otherwise never reach an incremental build.
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static"
    target.mkdir(parents=True, exist_ok=True)
    for source in STATIC.iterdir():
        if source.is_file() and (not (target / source.name).is_file()
                                 or (target / source.name).read_bytes() != source.read_bytes()):
            (target / source.name).write_bytes(source.read_bytes())


def setup(app):
    app.add_directive("ledger-browser", LedgerBrowser)
    app.connect("builder-inited", _copy_static)
    app.add_css_file("airaces.css")
    app.add_js_file("ledger-browser.js", defer="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
