"""Sphinx extension: the ledger's files, offered for download, and one zip of them all.

The book says its figures come from a ledger of CSV files; a reader of the
published book must be able to take those files away. ``{data-downloads}``
lists what the ledger's folder holds (every ``*.csv``, ``datapackage.json``
and the codebook ``README.md``), each with a sentence on what it holds, and
the build copies them into ``data/`` of the HTML output beside one zip of
them all. The list is made from the folder, so a new table appears without
editing the page; a table's sentence comes from the data package's own
description of it.

The zip is the same bytes for the same files: names sorted, every timestamp
fixed, one compression. It and each copy are written to a temporary name and
moved into place, so a reader (or a test) never finds half a file.

The files are served as they are, byte for byte, so a reader's copy is the
ledger itself; a cell a spreadsheet could run as a formula (see
``airaces.sphinx.figures``, which quotes such cells in the figures' CSVs) cannot
be quoted here without changing the ledger, so it fails the build instead.

The folder is the one the book is built from (``airaces.sphinx.ledger.data_dir``).
"""

from __future__ import annotations

import csv
import json
import os
import posixpath
import tempfile
import zipfile
from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from airaces.sphinx.figures import _PLAIN_NUMBER, FORMULA_PREFIXES
from airaces.sphinx.ledger import data_dir

OUT_FOLDER = "data"  # in the HTML output: data/claims.csv, data/<zip>
ZIP_DATE = (
    1980,
    1,
    1,
    0,
    0,
    0,
)  # the earliest a zip can record: no build's clock leaks in
DESCRIPTOR = "datapackage.json"
CODEBOOK = "README.md"
# What the two files that are not tables hold, in a reader's words.
ABOUT = {
    DESCRIPTOR: (
        "The contract the tables keep, in the Frictionless Data Package format that many data tools "
        "read: every column's type and allowed values, each table's key, and how the tables refer to "
        "each other."
    ),
    CODEBOOK: (
        "The codebook: every table and every column explained in words, with the rules each value "
        "must follow. It opens as plain text."
    ),
}
ENV_LISTING = "airaces_download_listing"


def offered(directory: Path) -> list[Path]:
    """The files a reader can download, in the order the page lists them: tables, then the two guides."""
    tables = sorted(p for p in directory.glob("*.csv") if p.is_file())
    return tables + [
        directory / name
        for name in (DESCRIPTOR, CODEBOOK)
        if (directory / name).is_file()
    ]


def zip_name(directory: Path) -> str:
    """The zip's file name: the data package's name, or ``ledger``."""
    try:
        name = json.loads((directory / DESCRIPTOR).read_text(encoding="utf-8")).get(
            "name"
        )
    except (OSError, ValueError):
        name = None
    return f"{name or 'ledger'}.zip"


def zip_bytes_to(target: Path, files: list[Path]) -> None:
    """Write one zip of ``files`` to ``target``: sorted names, fixed timestamps, written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as archive:
            for path in sorted(files, key=lambda p: p.name):
                info = zipfile.ZipInfo(path.name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3  # the same bytes on any system that builds it
                archive.writestr(info, path.read_bytes())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_to(target: Path, source: Path) -> None:
    data = source.read_bytes()
    if target.is_file() and target.read_bytes() == data:
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def runnable_cells(path: Path) -> list[str]:
    """Where a CSV holds a cell a spreadsheet would run as a formula: "file, row N, column c: cell"."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0] if rows else []
    return [
        f"{path.name}, row {n}, column {header[i] if i < len(header) else i + 1}: {cell!r}"
        for n, row in enumerate(rows[1:], start=1)
        for i, cell in enumerate(row)
        if cell.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(cell)
    ]


def _descriptions(directory: Path) -> dict[str, str]:
    try:
        package = json.loads((directory / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        r.get("path", ""): r.get("description", "")
        for r in package.get("resources", [])
    }


def _rows(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def _count(n: int) -> str:
    """A count as running prose writes it: a word from one to nine, digits after."""
    words = "zero one two three four five six seven eight nine".split()
    return words[n] if 0 <= n < len(words) else f"{n:,}"


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1000:.0f} kB" if size >= 1000 else f"{size} bytes"


def _link(docname: str, name: str, size: str) -> list[nodes.Node]:
    """The file's name, linked where the build serves it from ``docname``'s page, and its size."""
    href = posixpath.relpath(f"{OUT_FOLDER}/{name}", posixpath.dirname(docname) or ".")
    # Not Sphinx's "download" class: the theme gives it a Font Awesome glyph, whose webfont the book drops.
    link = nodes.reference("", "", refuri=href, classes=["airaces-download"])
    link += nodes.literal(text=name)
    return [link, nodes.Text(f" ({size})")]


class DataDownloads(SphinxDirective):
    """``{data-downloads}`` offers the zip, then each file of the ledger's folder, with what it holds."""

    def run(self):
        directory = data_dir().resolve()
        files = offered(directory)
        for path in files:
            self.env.note_dependency(str(path))
        listings = getattr(self.env, ENV_LISTING, None)
        if listings is None:
            listings = {}
            setattr(self.env, ENV_LISTING, listings)
        listings[self.env.docname] = [p.name for p in files]
        runnable = [
            where
            for path in files
            if path.suffix == ".csv"
            for where in runnable_cells(path)
        ]
        if runnable:
            raise self.error(
                "the ledger's files are served as they are, and a spreadsheet would run these cells "
                "as formulas: " + "; ".join(runnable[:10])
            )
        descriptions = _descriptions(directory)
        listing = nodes.definition_list(classes=["airaces-downloads"])
        total = sum(p.stat().st_size for p in files)
        everything = f"All {_count(len(files))} files below in one zip file, to take the whole ledger at once."
        listing += self._item(
            zip_name(directory), f"about {total / 1000:.0f} kB unzipped", everything
        )
        for path in files:
            if path.suffix == ".csv":
                said = descriptions.get(path.name) or "One of the ledger's tables."
                rows = _rows(path)
                about = (
                    f"{said} It has {_count(rows)} {'row' if rows == 1 else 'rows'}."
                )
                size = _size(path)
            else:
                about, size = ABOUT[path.name], _size(path)
            listing += self._item(path.name, size, about)
        return [listing]

    def _item(self, name: str, size: str, about: str) -> nodes.definition_list_item:
        item = nodes.definition_list_item()
        term = nodes.term()
        term.extend(_link(self.env.docname, name, size))
        definition = nodes.definition()
        definition += nodes.paragraph(text=about)
        item += term
        item += definition
        return item


def _listings(env) -> dict[str, list[str]]:
    return getattr(env, ENV_LISTING, None) or {}


def _purge(app, env, docname) -> None:
    _listings(env).pop(docname, None)


def _merge(app, env, docnames, other) -> None:
    found = {doc: names for doc, names in _listings(other).items() if doc in docnames}
    if found:
        setattr(env, ENV_LISTING, {**_listings(env), **found})


def _outdated(app, env, added, changed, removed) -> list[str]:
    # A file added to or removed from the folder changes no file the page depends on: read it again.
    current = [p.name for p in offered(data_dir().resolve())]
    return [
        doc
        for doc, names in _listings(env).items()
        if names != current and doc in env.found_docs
    ]


def _write(app, exception) -> None:
    if exception is not None or app.builder.format != "html" or not _listings(app.env):
        return
    directory = data_dir().resolve()
    files = offered(directory)
    out = Path(app.outdir) / OUT_FOLDER
    out.mkdir(parents=True, exist_ok=True)
    keep = {p.name for p in files} | {zip_name(directory)}
    for stale in out.iterdir():
        if stale.is_file() and stale.name not in keep:
            stale.unlink()
    for path in files:
        _copy_to(out / path.name, path)
    zip_bytes_to(out / zip_name(directory), files)


def setup(app):
    app.add_directive("data-downloads", DataDownloads)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("build-finished", _write)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
