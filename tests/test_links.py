"""A crawl of the built book: every internal link and anchor resolves, every file of the ledger is served where the
Data page links it (with one zip of them all), no page points to a file the book does not serve, and every page
keeps to its size budget."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

from airaces import paths
from airaces.sphinx.downloads import (
    ZIP_DATE,
    offered,
    runnable_cells,
    zip_bytes_to,
    zip_name,
)

# Chapter pages may not exceed this many bytes of HTML (the shared Vega bundle is a separate file).
PAGE_BUDGET = 400_000
# No built page at all may exceed this, whatever the ledger's size: the ledger browser
# splits a big table into sub-pages (airaces.sphinx.ledger) to keep to it.
ANY_PAGE_BUDGET = 5_000_000


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and not (
                tag == "link" and attrs.get("rel") == "preconnect"
            ):
                self.hrefs.append(attrs[key])


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(built_book):
    pages = sorted(p for p in built_book.rglob("*.html") if "_static" not in p.parts)
    parsed = {p.resolve(): parse(p) for p in pages}
    broken, checked, reached = [], 0, set()
    for page, links in parsed.items():
        for href in links.hrefs:
            url = urlparse(href)
            if url.scheme or href.startswith(("//", "mailto:", "javascript:", "data:")):
                continue  # external links are not part of the offline book
            path, anchor = urldefrag(href)
            path = urlparse(
                path
            ).path  # "?v=..." cache-busters are not part of the file name
            target = (page.parent / unquote(path)).resolve() if path else page
            checked += 1
            reached.add(target)
            if not target.exists():
                broken.append(
                    f"{page.relative_to(built_book.resolve())}: {href} (no such file)"
                )
            elif anchor and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(anchor) not in ids:
                    broken.append(
                        f"{page.relative_to(built_book.resolve())}: {href} (no anchor)"
                    )
    assert checked > 1000
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])
    # The crawl reached every download: each file of the ledger, and the zip.
    served = built_book.resolve() / "data"
    downloads = {served / p.name for p in offered(paths.DATA_DIR)} | {
        served / zip_name(paths.DATA_DIR)
    }
    assert not downloads - reached, (
        f"no page links to {sorted(p.name for p in downloads - reached)}"
    )


def data_page_links(built_book: Path) -> dict[str, Path]:
    """{file name: where it is served} for every download the Data page links to."""
    page = built_book / "book" / "data.html"
    links = {}
    for href in parse(page).hrefs:
        path = urlparse(href).path
        if not urlparse(href).scheme and path.startswith("../data/"):
            links[Path(unquote(path)).name] = (page.parent / unquote(path)).resolve()
    return links


def test_data_page_offers_every_file_of_the_ledger_byte_for_byte(built_book):
    files = offered(paths.DATA_DIR)
    names = {p.name for p in files}
    assert {"datapackage.json", "README.md"} <= names and len(
        [n for n in names if n.endswith(".csv")]
    ) >= 6
    links = data_page_links(built_book)
    assert set(links) == names | {zip_name(paths.DATA_DIR)}
    for path in files:
        assert links[path.name].read_bytes() == path.read_bytes(), (
            f"{path.name} is not served as committed"
        )


def test_the_zip_holds_exactly_the_ledger_files_unchanged_and_is_made_the_same_every_time(
    built_book, tmp_path
):
    built = data_page_links(built_book)[zip_name(paths.DATA_DIR)]
    files = offered(paths.DATA_DIR)
    with zipfile.ZipFile(built) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == sorted(p.name for p in files)
        for path in files:
            assert archive.read(path.name) == path.read_bytes(), (
                f"{path.name} differs in the zip"
            )
        assert {i.date_time for i in infos} == {ZIP_DATE}
    again = tmp_path / "again.zip"
    zip_bytes_to(again, files)
    assert again.read_bytes() == built.read_bytes(), (
        "the zip is not the same bytes when made again"
    )
    assert not list(built.parent.glob(".*")), (
        "a temporary file was left beside the downloads"
    )


def test_a_ledger_cell_a_spreadsheet_would_run_is_found_so_it_is_never_served(tmp_path):
    # The ledger's files are served byte for byte, so such a cell fails the build rather than being quoted.
    table = tmp_path / "claims.csv"
    table.write_text(
        'claim_id,as_printed,value\nx-1,"=HYPERLINK(""http://example.invalid"")",-3.5\n'
        "x-2,@SUM(A1),+2\n",
        encoding="utf-8",
    )
    assert runnable_cells(table) == [
        "claims.csv, row 1, column as_printed: '=HYPERLINK(\"http://example.invalid\")'",
        "claims.csv, row 2, column as_printed: '@SUM(A1)'",
    ]
    assert all(
        runnable_cells(p) == [] for p in offered(paths.DATA_DIR) if p.suffix == ".csv"
    )


# How the pages once pointed at files the published book does not serve.
UNSERVED = re.compile(r"data/README\.md|data/datapackage\.json|repository['’]s README")


def test_no_page_points_to_a_repository_file_the_book_does_not_serve(built_book):
    from bs4 import BeautifulSoup

    found = []
    for page in sorted((built_book / "book").glob("*.html")):
        body = BeautifulSoup(
            page.read_text(encoding="utf-8"), "html.parser"
        ).select_one("article")
        for code in body.find_all("code"):
            code.replace_with(f"`{code.get_text()}`")
        for match in UNSERVED.finditer(" ".join(body.get_text(" ").split())):
            found.append(f"{page.relative_to(built_book).as_posix()}: {match.group()}")
        for link in body.find_all("a"):
            label = link.get_text(" ", strip=True)
            if label in (
                "README.md",
                "datapackage.json",
            ) and "data.html" not in link.get("href", ""):
                found.append(
                    f"{page.relative_to(built_book).as_posix()}: {label} links to {link.get('href')}"
                )
    assert not found, "\n".join(found)


def test_chapter_pages_keep_to_their_size_budget(built_book):
    sizes = {
        p.name: p.stat().st_size for p in (built_book / "notebooks").glob("*.html")
    }
    assert sizes
    over = {name: size for name, size in sizes.items() if size > PAGE_BUDGET}
    assert not over, f"pages over {PAGE_BUDGET:,} bytes: {over}"


def test_no_built_page_exceeds_five_megabytes(built_book):
    sizes = {
        p.relative_to(built_book).as_posix(): p.stat().st_size
        for p in built_book.rglob("*.html")
    }
    assert sizes
    over = {name: size for name, size in sizes.items() if size > ANY_PAGE_BUDGET}
    assert not over, f"pages over {ANY_PAGE_BUDGET:,} bytes: {over}"
