"""Sphinx extension: the ledger browser, and the book's own styles and scripts.

``{ledger-browser}`` renders every row of the ledger (claims, events,
forecasts, sources) as HTML tables at build time. Each row's id is its HTML
anchor, so a figure's caption can link to the rows it plots. Every cell is
escaped: the ledger is data and never becomes markup. A small script in
``static/ledger-browser.js`` adds searching and sorting; without it the page
is still a complete, readable table.

A table too big for one page is split. When a table's HTML would exceed
``TABLE_BUDGET``, the ledger page lists sub-pages instead (by theme where the
table has one, then in numbered parts within the same budget), and
the extension writes them beside it (``book/ledger-claims-compute-1.html``),
each with the same search and sort. The chapters' links to a row
(``../book/ledger.html#<id>``, see ``airaces.paths.LEDGER_PAGE``) are then
rewritten, as each page is written, to the sub-page that holds the row. With a
ledger that fits, none of this happens and the page is one set of tables.
"""

from __future__ import annotations

import functools
import hashlib
import html
import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from docutils import nodes
from sphinx.util.docutils import SphinxDirective

import airaces
from airaces import labels, paths
from airaces.ledger import columns

STATIC = Path(__file__).parent / "static"

# Columns shown per table, in the contract's order; the first is the row's id and anchor. A
# source is shown by what cites it: its file, address and access date are on the References page.
SOURCE_FILE_COLUMNS = ("file", "url", "accessed", "located")
BROWSER_COLUMNS = {
    table: [
        c for c in columns(table) if table != "sources" or c not in SOURCE_FILE_COLUMNS
    ]
    for table in ("claims", "events", "forecasts", "assessments", "sources")
}
NUMERIC = {"line", "value", "value_high", "target_year", "rating"}
# What each column is called on the page comes from the ledger's labels.csv (airaces.labels);
# the CSV's own name is the header's tooltip, for whoever goes on to read the files.


# Bytes of HTML one table may take, on the ledger page or on a sub-page. Five
# tables at this size, with the theme's own markup, stay well under the 5 MB any
# built page may weigh. It is kept well below that because a browser lays out a
# wide table whole: measured in headless Chromium, sorting a 1.5 MB table (4,000
# claims) took over 2 s to redraw, and a 600 kB one (about 1,600) under a second.
TABLE_BUDGET = 600_000
# Where the split tables' sub-pages are recorded in Sphinx's environment:
# {docname: {table: digest of its split}}, for every document with a browser.
ENV_SPLITS = "airaces_ledger_splits"
# The splits the pages written so far link to, to know when to rewrite them all.
ENV_LINKED = "airaces_ledger_linked"


def data_dir() -> Path:
    """The ledger the book is built from: $AIRACES_DATA_DIR, or the committed data/."""
    return Path(os.environ.get("AIRACES_DATA_DIR") or paths.DATA_DIR)


# ---------------------------------------------------------------- rendering


def _column_cells(series: pd.Series, column: str) -> list[str]:
    """Every cell of one column as a <td>, escaped; whole numbers lose their ".0"."""
    kind = ' class="num"' if column in NUMERIC else ""
    cells = []
    for value, missing in zip(series.astype(object).tolist(), series.isna().tolist()):
        if missing:
            cells.append("<td></td>")
            continue
        text = str(value)
        if kind and text.endswith(".0"):
            text = text[:-2]
        cells.append(f"<td{kind}>{html.escape(text)}</td>")
    return cells


def rendered_rows(name: str, frame: pd.DataFrame) -> list[tuple[str, str]]:
    """(id, <tr> HTML) for every row of a table, in the ledger's order.

    Built a column at a time and joined once per row: a 150,000-row table renders
    in seconds, where a pandas call per cell took minutes.
    """
    columns = BROWSER_COLUMNS[name]
    ids = [str(v) for v in frame[columns[0]].astype(object).tolist()]
    cells = [_column_cells(frame[c], c) for c in columns]
    return [
        (row_id, f'<tr id="{html.escape(row_id)}">{"".join(row)}</tr>')
        for row_id, row in zip(ids, zip(*cells))
    ]


def browser_html(name: str, rows: list[str], count: int | None = None) -> str:
    """The searchable, sortable browser around rendered rows; ``count`` defaults to how many there are."""
    count = len(rows) if count is None else count
    columns = BROWSER_COLUMNS[name]
    head = "".join(
        f'<th scope="col" aria-sort="none" title="{html.escape(c)} in {name}.csv"><button type="button" '
        f'class="ledger-sort">{html.escape(labels.label("column", c))}</button></th>'
        for c in columns
    )
    return (
        f'<section class="ledger-browser" aria-label="{name}">'
        f'<p><label>Search {name}: <input type="search" class="ledger-search" '
        f'placeholder="id, source, words…"></label> <span class="ledger-count" aria-live="polite">'
        f"{count} rows</span></p>"
        f'<div class="airaces-table-wrap"><table class="ledger-table" data-table="{name}">'
        f"<caption>{name}.csv: {count} rows</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def browser_table(name: str, frame: pd.DataFrame) -> str:
    """One whole table of the ledger as a browser."""
    return browser_html(name, [row for _, row in rendered_rows(name, frame)])


# ---------------------------------------------------------------- splitting


@dataclass(frozen=True)
class SubPage:
    """One page of a split table: its name beside the ledger page, its title, its rows' ids and its browser."""

    slug: str  # "claims-compute-1": the page is <ledger docname>-<slug>.html
    title: str
    ids: tuple[str, ...]
    html: str


@dataclass(frozen=True)
class TableLayout:
    """How one table is served: whole on the ledger page (``inline``), or on ``pages``."""

    name: str
    rows: int
    inline: str | None
    pages: tuple[SubPage, ...] = ()

    @property
    def split(self) -> bool:
        return self.inline is None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def groups(name: str, frame: pd.DataFrame) -> list[tuple[str, str, list[int]]]:
    """(slug, label, row positions) per theme, themes in alphabetical order, rows in ledger order.

    A table without a theme column is one group; rows without a theme come last.
    """
    if "theme" not in BROWSER_COLUMNS[name]:
        return [(name, name, list(range(len(frame))))]
    themes = frame["theme"].astype(object).where(frame["theme"].notna(), None).tolist()
    positions: dict[str | None, list[int]] = {}
    for i, theme in enumerate(themes):
        positions.setdefault(theme, []).append(i)
    named = sorted(t for t in positions if t is not None)
    out, used = [], set()
    for theme in named + ([None] if None in positions else []):
        label = "no theme" if theme is None else theme
        slug = f"{name}-{_slug(label) or 'theme'}"
        while slug in used:  # two themes that differ only in punctuation or case
            slug += "-x"
        used.add(slug)
        out.append((slug, label, positions[theme]))
    return out


def chunks(sizes: list[int], budget: int) -> list[range]:
    """Consecutive runs of items whose sizes add up to at most ``budget``; an item over budget stands alone."""
    out, start, total = [], 0, 0
    for i, size in enumerate(sizes):
        if i > start and total + size > budget:
            out.append(range(start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        out.append(range(start, len(sizes)))
    return out


def split_table(
    name: str,
    rows: list[tuple[str, str]],
    frame: pd.DataFrame,
    budget: int = TABLE_BUDGET,
) -> tuple[SubPage, ...]:
    """A table's rendered rows as sub-pages, each browser within ``budget`` bytes (unless one row is bigger)."""
    # The browser around the rows takes a little room of its own, whatever the count.
    room = budget - len(browser_html(name, [], count=10**12).encode("utf-8"))
    pages = []
    for slug, label, positions in groups(name, frame):
        group_rows = [rows[i] for i in positions]
        parts = chunks([len(r.encode("utf-8")) for _, r in group_rows], room)
        for n, part in enumerate(parts, start=1):
            title = f"{name.capitalize()}: {label}" + (
                f", part {n} of {len(parts)}" if len(parts) > 1 else ""
            )
            selected = [group_rows[i] for i in part]
            pages.append(
                SubPage(
                    slug=f"{slug}-{n}",
                    title=title,
                    ids=tuple(i for i, _ in selected),
                    html=browser_html(name, [r for _, r in selected]),
                )
            )
    return tuple(pages)


def table_layout(
    name: str, frame: pd.DataFrame, budget: int = TABLE_BUDGET
) -> TableLayout:
    """One table whole on the ledger page if it fits in ``budget`` bytes, otherwise split into sub-pages."""
    rows = rendered_rows(name, frame)
    whole = browser_html(name, [r for _, r in rows])
    if len(whole.encode("utf-8")) <= budget:
        return TableLayout(name, len(rows), whole)
    return TableLayout(name, len(rows), None, split_table(name, rows, frame, budget))


@functools.lru_cache(maxsize=8)
def page_of_each_id(layout: TableLayout) -> dict[str, str]:
    """{row id: sub-page slug} for a split table; empty for a table on the ledger page. Shared: do not change it."""
    return {row_id: page.slug for page in layout.pages for row_id in page.ids}


def split_digest(layout: TableLayout) -> str:
    """A short fingerprint of which rows are on which sub-page: when it changes, every link must be rewritten."""
    digest = hashlib.sha256()
    for page in layout.pages:
        digest.update(
            page.slug.encode("utf-8")
            + b"\0"
            + "\0".join(page.ids).encode("utf-8")
            + b"\1"
        )
    return digest.hexdigest()[:16]


def index_html(layout: TableLayout, ledger_docname: str) -> str:
    """What the ledger page shows for a split table: a list of its sub-pages."""
    base = posixpath.basename(ledger_docname)
    items = "".join(
        f'<li><a href="{html.escape(base)}-{html.escape(page.slug)}.html">{html.escape(page.title)}</a>: '
        f"{len(page.ids):,} rows</li>"
        for page in layout.pages
    )
    return (
        f'<section class="ledger-pages" aria-label="{layout.name}">'
        f"<p>{layout.name}.csv has {layout.rows:,} rows, too many for one page: they are on "
        f"{len(layout.pages)} pages{', by theme' if 'theme' in BROWSER_COLUMNS[layout.name] else ''}, "
        f"each with its own search and sort. A figure's link to a row opens the page that holds it.</p>"
        f"<ul>{items}</ul></section>"
    )


def subpage_html(layout: TableLayout, page: SubPage, ledger_docname: str) -> str:
    """The body of one sub-page: its title, the way back to the ledger page, and its browser."""
    base = html.escape(posixpath.basename(ledger_docname))
    return (
        f"<section><h1>{html.escape(page.title)}</h1>"
        f'<p>Part of <a href="{base}.html">the ledger browser</a>: {len(page.ids):,} of the '
        f"{layout.rows:,} rows of {layout.name}.csv.</p>{page.html}</section>"
    )


def _files_signature(directory: Path) -> tuple:
    files = sorted(directory.glob("*.csv"))
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)


@functools.lru_cache(maxsize=2)
def _layouts(directory: str, signature: tuple) -> dict[str, TableLayout]:
    # Read and rendered once per build process: the directive, the link rewriting
    # and the sub-pages all ask, and a 150,000-row ledger takes half a minute to validate.
    ledger = airaces.load(directory)
    labels.use(ledger.labels)
    return {name: table_layout(name, getattr(ledger, name)) for name in BROWSER_COLUMNS}


def ledger_layouts(directory: Path | None = None) -> dict[str, TableLayout]:
    """Every table's layout for the ledger in ``directory`` (or the book's), kept while its files are unchanged."""
    directory = (directory or data_dir()).resolve()
    return _layouts(str(directory), _files_signature(directory))


# ---------------------------------------------------------------- Sphinx


class LedgerBrowser(SphinxDirective):
    """``{ledger-browser} claims`` renders one table of the ledger."""

    required_arguments = 1

    def run(self):
        name = self.arguments[0]
        if name not in BROWSER_COLUMNS:
            raise self.error(
                f"unknown ledger table {name!r}; expected one of {sorted(BROWSER_COLUMNS)}"
            )
        directory = data_dir()
        for table in BROWSER_COLUMNS:
            self.env.note_dependency(str(directory / f"{table}.csv"))
        layout = ledger_layouts(directory)[name]
        splits = getattr(self.env, ENV_SPLITS, None)
        if splits is None:
            splits = {}
            setattr(self.env, ENV_SPLITS, splits)
        tables = splits.setdefault(self.env.docname, {})
        if not layout.split:
            tables.pop(name, None)
            return [nodes.raw("", layout.inline, format="html")]
        tables[name] = split_digest(layout)
        return [nodes.raw("", index_html(layout, self.env.docname), format="html")]


def _splits(env) -> dict[str, dict[str, str]]:
    return getattr(env, ENV_SPLITS, None) or {}


def _purge(app, env, docname) -> None:
    _splits(env).pop(docname, None)


def _merge(app, env, docnames, other) -> None:
    # Documents read in parallel come back in another environment; keep what they found.
    found = {doc: tables for doc, tables in _splits(other).items() if doc in docnames}
    if found:
        setattr(env, ENV_SPLITS, {**_splits(env), **found})


def _rewrite_everything_when_the_split_changes(app, env):
    # Chapters are written only when they change, but their links to ledger rows
    # point into the split: when it changes, every page is written again.
    current = tuple(
        sorted((doc, tuple(sorted(t.items()))) for doc, t in _splits(env).items() if t)
    )
    if current == getattr(env, ENV_LINKED, ()):
        return None
    setattr(env, ENV_LINKED, current)
    return sorted(env.found_docs)


def rewrite_ledger_links(
    body: str, ledger_uri: str, subpage_uri, page_of_id: dict[str, str]
) -> str:
    """``body`` with each ``href="<ledger_uri>#<id>"`` pointing at ``subpage_uri(slug)#<id>`` for an id on a sub-page.

    Links to ids the split does not hold (rows on the ledger page itself) are left alone.
    """
    pattern = re.compile(r'href="' + re.escape(ledger_uri) + r'#([^"]+)"')

    def retarget(match: re.Match) -> str:
        slug = page_of_id.get(html.unescape(match.group(1)))
        return (
            match.group(0)
            if slug is None
            else f'href="{subpage_uri(slug)}#{match.group(1)}"'
        )

    return pattern.sub(retarget, body)


def _retarget_links(app, pagename, templatename, context, doctree) -> None:
    split_docs = {doc: tables for doc, tables in _splits(app.env).items() if tables}
    body = context.get("body")
    if not split_docs or not body:
        return
    layouts = ledger_layouts()
    for ledger_doc, tables in split_docs.items():
        ledger_uri = app.builder.get_relative_uri(pagename, ledger_doc)
        if not ledger_uri or ledger_uri not in body:
            continue
        page_of_id = {}
        for table in tables:
            page_of_id.update(page_of_each_id(layouts[table]))

        def subpage_uri(slug: str, ledger_doc: str = ledger_doc) -> str:
            return app.builder.get_relative_uri(pagename, f"{ledger_doc}-{slug}")

        body = rewrite_ledger_links(body, ledger_uri, subpage_uri, page_of_id)
    context["body"] = body


def _subpages(app):
    """Sphinx's html-collect-pages: every split table's sub-pages, and no stale ones left from an earlier build."""
    if app.builder.format != "html":
        return
    splits = _splits(app.env)
    layouts = ledger_layouts() if any(splits.values()) else {}
    for ledger_doc, tables in splits.items():
        pages = [
            (f"{ledger_doc}-{page.slug}", layouts[table], page)
            for table in tables
            for page in layouts[table].pages
        ]
        _remove_stale_subpages(app, ledger_doc, {name for name, _, _ in pages})
        for pagename, layout, page in pages:
            yield (
                pagename,
                {"title": page.title, "body": subpage_html(layout, page, ledger_doc)},
                "page.html",
            )


def _remove_stale_subpages(app, ledger_doc: str, current: set[str]) -> None:
    # A ledger that shrank leaves sub-pages behind in the output, linked from nowhere.
    folder = Path(app.outdir) / posixpath.dirname(ledger_doc)
    for path in folder.glob(f"{posixpath.basename(ledger_doc)}-*.html"):
        pagename = posixpath.join(posixpath.dirname(ledger_doc), path.stem)
        if pagename not in current and pagename not in app.env.found_docs:
            path.unlink()


def _copy_static(app) -> None:
    # Written straight into the output on every build: Sphinx does not recopy a
    # static file that changed after the first build, so an edited stylesheet
    # would otherwise never reach an incremental build.
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static"
    target.mkdir(parents=True, exist_ok=True)
    for source in STATIC.iterdir():
        if source.is_file() and (
            not (target / source.name).is_file()
            or (target / source.name).read_bytes() != source.read_bytes()
        ):
            (target / source.name).write_bytes(source.read_bytes())


def setup(app):
    app.add_directive("ledger-browser", LedgerBrowser)
    app.connect("builder-inited", _copy_static)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-updated", _rewrite_everything_when_the_split_changes)
    app.connect("html-page-context", _retarget_links)
    app.connect("html-collect-pages", _subpages)
    app.add_css_file("airaces.css")
    app.add_js_file("ledger-browser.js", defer="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
