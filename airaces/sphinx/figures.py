"""Sphinx extension: write each figure's data as a CSV beside the built book.

A chapter's figure carries its plotted rows as JSON in the page (see
``airaces.charts.figure_html``); its caption links to
``_static/figure-data/<figure id>.csv``. This extension finds those blocks in
every page as the page is written and writes the CSV files, so the CSVs are
made from the same outputs the reader sees and are never committed.

A CSV is opened in spreadsheets, which run a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula. The ledger quotes its
sources, and a source may print anything, so every text cell that starts with
one of those characters is served with a leading ``'`` (OWASP's advice on CSV
injection), which spreadsheets read as "this is text". Numbers are not text: a
JSON number, or a cell that is a plain decimal number such as ``-3.5`` or
``+2e6``, is kept as it is, since a spreadsheet reads it as the same number
either way. Every text cell is also written in double quotes, so that a ``;``
or ``,`` inside it can never start a new cell, whichever separator the
spreadsheet assumes. The ledger itself (``data/*.csv``) is never changed: only
what the book serves is neutralised.

On paper a caption's "Tap or hover over a point for ..." means nothing: as each page is
written, that sentence of every figure caption is wrapped in a span that the print stylesheet
hides (``airaces.css``). The details stay on paper in the figure's data file, whose link the
caption prints.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import os
import re
from pathlib import Path

from docutils import nodes

from airaces.paths import FIGURE_DATA_DIR

_DATA_BLOCK = re.compile(
    r'<script type="application/json" class="airaces-figure-data">(.*?)</script>', re.S
)


def figure_tables(page_html: str) -> list[dict]:
    """Every figure-data block in a piece of HTML, parsed."""
    return [json.loads(m.group(1)) for m in _DATA_BLOCK.finditer(page_html)]


# What a spreadsheet may take as the start of a formula (OWASP, "CSV Injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A plain decimal number, optionally signed, with an optional exponent: "-3.5", "+12", "2.5e-3".
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value):
    """A cell as the book serves it: text a spreadsheet could run as a formula gets a leading ``'``.

    Finite numbers and None come back unchanged (None becomes an empty cell);
    anything else comes back as text.
    """
    if value is None:
        return ""
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    ):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def to_csv(table: dict) -> str:
    """A figure's table as the CSV a reader downloads: every cell neutralised, every text cell quoted."""
    out = io.StringIO()
    # QUOTE_NONNUMERIC quotes every str and leaves int and float bare, so numbers stay numbers.
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow([neutralise(c) for c in table["columns"]])
    writer.writerows([neutralise(v) for v in row] for row in table["rows"])
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
        if (
            "html" not in node.get("format", "")
            or "airaces-figure-data" not in node.astext()
        ):
            continue
        for table in figure_tables(node.astext()):
            name = re.sub(r"[^A-Za-z0-9_.-]", "_", html.unescape(table["id"]))
            _write(target / f"{name}.csv", to_csv(table))


_CAPTION = re.compile(r"(<figcaption\b[^>]*>)(.*?)(</figcaption>)", re.S)
# The sentence that asks for a pointer: plain text and whole inline elements up to a full stop;
# one that follows a semicolon takes the semicolon with it, and paper gets the full stop back.
_POINTER_SENTENCE = re.compile(
    r"(?P<semi>;\s*)?\b[Tt]ap or hover(?:[^.<]|<(?P<tag>\w+)\b[^>]*>[^<]*</(?P=tag)>)*\.",
    re.S,
)


def _screen_only(match: re.Match) -> str:
    hidden = f'<span class="airaces-screen-only">{match.group(0)}</span>'
    if match.group("semi"):
        return hidden + '<span class="airaces-print-only">.</span>'
    return hidden


def screen_only_pointer_words(body: str) -> str:
    """A page's body with the pointer instruction of each figure caption marked as for screens only.

    Both captions count: the chapter's (Sphinx's ``glue:figure``) and the figure's own source
    lines (``<figcaption class="airaces-footer">``), whose note may say it too.
    """
    return _CAPTION.sub(
        lambda m: (
            m.group(1) + _POINTER_SENTENCE.sub(_screen_only, m.group(2)) + m.group(3)
        ),
        body,
    )


def _mark_pointer_words(app, pagename, templatename, context, doctree) -> None:
    if "body" in context:
        context["body"] = screen_only_pointer_words(context["body"])


def setup(app):
    app.connect("doctree-resolved", _write_figure_data)
    app.connect("html-page-context", _mark_pointer_words)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
