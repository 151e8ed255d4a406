"""What a reader's browser downloads for each page of the built book, measured in headless Chromium.

Each page is served over local HTTP (``airaces.build.browser.serve``) and every
response it loads by its load event is counted, uncompressed: the page, its
stylesheets, scripts, fonts and images. A page with no chart keeps to
``BUDGET_PLAIN_BYTES``, a chapter page to ``BUDGET_CHAPTER_BYTES`` (the budgets
``make bench`` reports). Nothing may come from Font Awesome (the icons are
inline SVG, airaces.sphinx.icons) and nothing asked for may be missing.
"""

from __future__ import annotations

import pytest
from conftest import book_pages

from airaces.build import browser as pages
from airaces.build.bench import (
    BUDGET_CHAPTER_BYTES,
    BUDGET_PLAIN_BYTES,
    VEGA_BUNDLE,
    counted,
)

# index.html only redirects; the page it names is measured in its own right.
PAGES = [p for p in book_pages() if p != "index.html"]


class _OnFirstAsking(dict):
    """A page's weights, measured when a test first asks for them: `make check` runs one chapter's."""

    def __init__(self, measure):
        super().__init__()
        self._measure = measure

    def __missing__(self, name):
        self[name] = self._measure(name)
        return self[name]


@pytest.fixture(scope="module")
def weights(built_book, browser):
    """Bytes by URL (relative to the book's root) for each page, measured once."""
    with pages.serve(built_book) as base:
        yield _OnFirstAsking(
            lambda name: {
                url.removeprefix(base): size
                for url, size in pages.page_weight(browser, base + name).items()
            }
        )


def _listing(sizes: dict[str, int]) -> str:
    return "\n".join(
        f"  {size / 1000:8.1f} kB  {url}"
        for url, size in sorted(sizes.items(), key=lambda kv: -kv[1])
    )


@pytest.mark.parametrize("page", PAGES)
def test_page_keeps_to_its_transfer_budget(page, weights):
    sizes = weights[page]
    chapter = page.startswith("notebooks/")
    budget = BUDGET_CHAPTER_BYTES if chapter else BUDGET_PLAIN_BYTES
    total = counted(sizes)
    assert total <= budget, (
        f"{page} loads {total:,} B (budget {budget:,} B):\n" + _listing(sizes)
    )


@pytest.mark.parametrize("page", PAGES)
def test_page_asks_nothing_of_font_awesome_and_finds_all_it_asks_for(page, weights):
    sizes = weights[page]
    assert not [
        url for url in sizes if "fontawesome" in url.lower() or "fa-solid" in url
    ], _listing(sizes)
    # A response with no body is a file that is not there (or an aborted request).
    assert not [url for url, size in sizes.items() if size == 0], _listing(sizes)


def test_search_index_loads_on_the_search_page_only(weights):
    # Every page is asked for: ``weights`` measures a page when first asked, and a test worker
    # may not have measured them all.
    with_index = sorted(
        page
        for page in PAGES
        if any(u.startswith("searchindex.js") for u in weights[page])
    )
    assert with_index == ["search.html"]


def test_the_search_page_still_finds_words(built_book, browser):
    with pages.serve(built_book) as base:
        page = browser.new_page()
        page.goto(base + "search.html?q=ledger", wait_until="load")
        results = page.locator("#search-results ul.search li")
        results.first.wait_for(timeout=15_000)
        found = results.count()
        page.close()
    assert found >= 5, f"searching for 'ledger' found {found} pages"


@pytest.mark.parametrize("page", [p for p in PAGES if p.startswith("notebooks/")])
def test_a_chapter_fetches_vega_only_when_a_reader_reaches_for_a_chart(page, weights):
    assert not any(url.split("?")[0].endswith(VEGA_BUNDLE) for url in weights[page]), (
        f"{page} loads {VEGA_BUNDLE} before anyone points at a chart"
    )
