"""Sphinx extension: write each figure's data as a CSV beside the built book.

A chapter's figure carries its plotted rows as JSON in the page (see
``airaces.charts.figure_html``); its caption links to
``_static/figure-data/<figure id>.csv``. This extension finds those blocks in
every page as the page is written and writes the CSV files, so the CSVs are
made from the same outputs the reader sees and are never committed.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from pathlib import Path

from docutils import nodes

from airaces.charts import FIGURE_DATA_DIR

_DATA_BLOCK = re.compile(r'<script type="application/json" class="airaces-figure-data">(.*?)</script>', re.S)


def figure_tables(page_html: str) -> list[dict]:
    """Every figure-data block in a piece of HTML, parsed."""
    return [json.loads(m.group(1)) for m in _DATA_BLOCK.finditer(page_html)]


def to_csv(table: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table["columns"])
    writer.writerows(["" if v is None else v for v in row] for row in table["rows"])
    return out.getvalue()


def _write(path: Path, text: str) -> None:
    # Written whole under a temporary name, then renamed, so a reader never sees half a file.
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".csv.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _write_figure_data(app, doctree, docname) -> None:
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / FIGURE_DATA_DIR
    for node in doctree.findall(nodes.raw):
        if "html" not in node.get("format", "") or "airaces-figure-data" not in node.astext():
            continue
        for table in figure_tables(node.astext()):
            name = re.sub(r"[^A-Za-z0-9_.-]", "_", html.unescape(table["id"]))
            _write(target / f"{name}.csv", to_csv(table))


def setup(app):
    app.connect("doctree-resolved", _write_figure_data)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
