"""A crawl of the built book: every internal link and anchor resolves, and every page keeps to its size budget."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

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
            if attrs.get(key) and not (tag == "link" and attrs.get("rel") == "preconnect"):
                self.hrefs.append(attrs[key])


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(built_book):
    pages = sorted(p for p in built_book.rglob("*.html") if "_static" not in p.parts)
    parsed = {p.resolve(): parse(p) for p in pages}
    broken, checked = [], 0
    for page, links in parsed.items():
        for href in links.hrefs:
            url = urlparse(href)
            if url.scheme or href.startswith(("//", "mailto:", "javascript:", "data:")):
                continue  # external links are not part of the offline book
            path, anchor = urldefrag(href)
            path = urlparse(path).path  # "?v=..." cache-busters are not part of the file name
            target = (page.parent / unquote(path)).resolve() if path else page
            checked += 1
            if not target.exists():
                broken.append(f"{page.relative_to(built_book.resolve())}: {href} (no such file)")
            elif anchor and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(anchor) not in ids:
                    broken.append(f"{page.relative_to(built_book.resolve())}: {href} (no anchor)")
    assert checked > 1000
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])


def test_chapter_pages_keep_to_their_size_budget(built_book):
    sizes = {p.name: p.stat().st_size for p in (built_book / "notebooks").glob("*.html")}
    assert sizes
    over = {name: size for name, size in sizes.items() if size > PAGE_BUDGET}
    assert not over, f"pages over {PAGE_BUDGET:,} bytes: {over}"


def test_no_built_page_exceeds_five_megabytes(built_book):
    sizes = {p.relative_to(built_book).as_posix(): p.stat().st_size for p in built_book.rglob("*.html")}
    assert sizes
    over = {name: size for name, size in sizes.items() if size > ANY_PAGE_BUDGET}
    assert not over, f"pages over {ANY_PAGE_BUDGET:,} bytes: {over}"
