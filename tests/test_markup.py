"""The built pages' own markup: what the Nu HTML checker and search engines would hold against it.

Read from the HTML as written, without a browser: no block element inside a
``<summary>`` (the code toggles, airaces.sphinx.toggles), no toggle labelled
otherwise than it reads, a favicon link that resolves and a description on
every page (airaces.sphinx.meta), ``/favicon.ico`` at the root, and no trace of
the Font Awesome script (airaces.sphinx.icons).
"""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from conftest import book_pages

# What HTML allows in <summary> is phrasing content (and headings); these are the blocks that turn up.
BLOCKS = [
    "p",
    "div",
    "ul",
    "ol",
    "table",
    "pre",
    "figure",
    "section",
    "blockquote",
    "dl",
]


@pytest.fixture(scope="module")
def soup(built_book):
    parsed: dict[str, BeautifulSoup] = {}

    def _soup(name: str) -> BeautifulSoup:
        if name not in parsed:
            parsed[name] = BeautifulSoup(
                (built_book / name).read_text(encoding="utf-8"), "html.parser"
            )
        return parsed[name]

    return _soup


@pytest.mark.parametrize("page", book_pages())
def test_no_block_inside_a_summary(page, soup):
    bad = [str(s)[:160] for s in soup(page).find_all("summary") if s.find(BLOCKS)]
    assert not bad, f"{len(bad)} <summary> holding a block element, e.g. {bad[:2]}"


@pytest.mark.parametrize("page", book_pages())
def test_a_toggle_is_named_by_the_words_it_shows(page, soup):
    # An aria-label replaces the name a <summary> gets from its text; speech users say the text.
    labelled = [
        str(s)[:160] for s in soup(page).find_all("summary", attrs={"aria-label": True})
    ]
    assert not labelled, labelled[:2]


@pytest.mark.parametrize("page", book_pages())
def test_page_links_a_favicon_that_exists(page, soup, built_book):
    links = [
        link
        for link in soup(page).find_all("link", href=True)
        if "icon" in link.get("rel", [])
    ]
    assert links, "no <link rel=icon>"
    for link in links:
        target = urlparse(urljoin(f"file:///{page}", link["href"])).path.lstrip("/")
        assert (built_book / target).is_file(), f"{link['href']} is not in the build"


@pytest.mark.parametrize("page", book_pages())
def test_page_has_a_description(page, soup):
    metas = soup(page).find_all("meta", attrs={"name": "description"})
    assert len(metas) == 1, f"{len(metas)} description(s)"
    text = metas[0].get("content", "")
    assert 40 <= len(text) <= 160, f"description of {len(text)} characters: {text!r}"


@pytest.mark.parametrize("page", book_pages())
def test_page_has_no_trace_of_font_awesome(page, soup):
    page_soup = soup(page)
    assert not [
        t["src"]
        for t in page_soup.find_all("script", src=True)
        if "fontawesome" in t["src"]
    ]
    # Icons are inline SVG; an element styled as a Font Awesome glyph would need the webfont.
    glyphs = [
        str(t)[:120]
        for t in page_soup.find_all(class_=True)
        if any(
            c.startswith("fa-") or c in ("fa", "fas", "far", "fab") for c in t["class"]
        )
        and t.name != "svg"
        and not set(t["class"]) <= {"fa-lg", "fa-fw"}
    ]
    assert not glyphs, glyphs[:3]


def test_the_site_root_serves_a_favicon(built_book):
    ico = built_book / "favicon.ico"
    assert ico.is_file() and ico.read_bytes()[:4] == b"\x00\x00\x01\x00", (
        "favicon.ico missing or not an icon file"
    )


def test_the_root_redirect_is_a_complete_document(built_book):
    text = (built_book / "index.html").read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>")
    root = BeautifulSoup(text, "html.parser")
    assert root.title and root.title.string.strip()
    assert root.find("meta", attrs={"http-equiv": "refresh"})
