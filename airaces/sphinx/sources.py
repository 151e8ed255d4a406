"""Sphinx extension: the five sources, listed from ``sources.csv`` at build time.

A reader must be able to find every source, and a list typed by hand drifts
from the ledger the moment a date or an address is corrected. So the book
never types one: ``{source-list}`` renders every row of the ledger's
``sources.csv`` as a full reference (author or organisation, title,
publisher, publication date written out, a link to the original, the day it
was accessed, and how it was found, with what could not be); the
``:table:`` flag renders the same rows as a short table that links each title
to its original and gives its kind and date. Each reference carries an anchor,
``source-<source_id>``, so a page can link to it.

The ledger is the one the book is built from (``airaces.sphinx.ledger.data_dir``),
so a book built on other data lists that data's sources.
"""

from __future__ import annotations

import calendar
import csv
from pathlib import Path
from types import SimpleNamespace

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from airaces.citations import short_citation
from airaces.sphinx.ledger import data_dir


def read_sources(directory: Path) -> list[dict[str, str]]:
    """Every row of ``sources.csv`` in ``directory``, in the ledger's order, blanks as ""."""
    with open(directory / "sources.csv", encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(handle)
        ]


def written_date(value: str) -> str:
    """YYYY[-MM[-DD]] as a reader writes it: "2025", "March 2026", "31 July 2025"."""
    parts = [int(p) for p in value.split("-")] if value else []
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return value


def anchor(source_id: str) -> str:
    """The HTML id of a source's reference on the page that lists them."""
    return nodes.make_id(f"source-{source_id}")


def _titled(row: dict[str, str], link: bool) -> nodes.Node:
    # A title the ledger supplied ("[Untitled …]") is a description, not a quotation.
    title = row["title"] if row["title"].startswith("[") else f"“{row['title']}”"
    if link and row.get("url"):
        return nodes.reference("", title, refuri=row["url"])
    return nodes.Text(title)


def reference_item(row: dict[str, str]) -> nodes.list_item:
    """One source in full: who, title, publisher, date, link, accessed, and how it was found."""
    who, publisher = row.get("author", ""), row.get("publisher", "")
    citation = nodes.paragraph()
    if who:
        citation += nodes.Text(f"{who}, ")
    elif (
        publisher
    ):  # an organisation with no named author leads; it is not repeated as publisher
        citation += nodes.Text(f"{publisher}, ")
    citation += _titled(row, link=False)
    after = [
        p
        for p in (publisher if who else "", written_date(row.get("published", "")))
        if p
    ]
    citation += nodes.Text("".join(f", {p}" for p in after) + ".")
    if row.get("url"):
        citation += nodes.Text(" ")
        citation += nodes.reference("", row["url"], refuri=row["url"])
        accessed = row.get("accessed", "")
        citation += nodes.Text(
            f", accessed {written_date(accessed)}." if accessed else "."
        )
    item = nodes.list_item(ids=[anchor(row["source_id"])])
    item += citation
    if row.get("located"):
        item += nodes.paragraph(text=row["located"])
    return item


def _entry(*children: nodes.Node) -> nodes.entry:
    entry, paragraph = nodes.entry(), nodes.paragraph()
    for child in children:
        paragraph += child
    entry += paragraph
    return entry


def sources_table(rows: list[dict[str, str]]) -> nodes.table:
    """The sources as a table: how the chapters cite it, linked title, kind, date."""
    headers = ["Cited as", "Document", "Kind", "Published"]
    table = nodes.table(classes=["airaces-sources"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in (22, 50, 14, 14):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *[_entry(nodes.Text(h)) for h in headers])
    group += head
    body = nodes.tbody()
    for row in rows:
        body += nodes.row(
            "",
            _entry(nodes.Text(short_citation(SimpleNamespace(**row)))),
            _entry(_titled(row, link=True)),
            _entry(nodes.Text(row.get("kind", ""))),
            _entry(nodes.Text(written_date(row.get("published", "")))),
        )
    group += body
    return table


def dating_list(rows: list[dict[str, str]]) -> nodes.bullet_list:
    """Each source's short citation, its date as the book reads it, and how that date was found."""
    listing = nodes.bullet_list(classes=["airaces-source-dating"])
    for row in rows:
        item, paragraph = nodes.list_item(), nodes.paragraph()
        paragraph += nodes.strong(text=short_citation(SimpleNamespace(**row)))
        paragraph += nodes.Text(
            f", dated {written_date(row.get('published', ''))}. {row.get('date_basis', '')}"
        )
        item += paragraph
        listing += item
    return listing


class SourceList(SphinxDirective):
    """``{source-list}`` lists every source in full; with ``:table:``, as a short linked table;
    with ``:dating:``, how each was dated."""

    option_spec = {"table": directives.flag, "dating": directives.flag}

    def run(self):
        path = data_dir() / "sources.csv"
        self.env.note_dependency(str(path.resolve()))
        try:
            rows = read_sources(path.parent)
        except (OSError, csv.Error, UnicodeDecodeError) as error:
            raise self.error(f"cannot read the sources from {path}: {error}") from error
        if "table" in self.options:
            return [sources_table(rows)]
        if "dating" in self.options:
            return [dating_list(rows)]
        listing = nodes.bullet_list(classes=["airaces-source-list"])
        for row in rows:
            listing += reference_item(row)
        return [listing]


def setup(app):
    app.add_directive("source-list", SourceList)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
