"""The five sources as the book lists them (airaces.sphinx.sources): every one, from sources.csv, findable.

The references page gives each source's address and the day it was accessed, written out, with the note on how
it was found; the introduction's table links each title to its address and gives its kind and date. Both are
read from the ledger at build time, so each is checked against sources.csv, not against words typed here.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from airaces import paths
from airaces.citations import short_citation
from airaces.sphinx.sources import anchor, read_sources, written_date

SOURCES = read_sources(paths.DATA_DIR)


def soup(built_book, page: str) -> BeautifulSoup:
    return BeautifulSoup((built_book / page).read_text(encoding="utf-8"), "html.parser")


# The book sets quotes and apostrophes as typographers do; the ledger types them straight.
STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def text(element) -> str:
    return " ".join(element.get_text(" ").split()).translate(STRAIGHT)


@pytest.mark.parametrize(
    "value, written",
    [
        ("2025", "2025"),
        ("2026-03", "March 2026"),
        ("2025-07-31", "31 July 2025"),
        ("2026-12-07", "7 December 2026"),
    ],
)
def test_dates_are_written_out(value, written):
    assert written_date(value) == written


def test_the_ledger_gives_every_source_an_address_and_the_day_it_was_accessed():
    assert len(SOURCES) == 5
    assert all(
        row["url"].startswith("https://") and row["accessed"] and row["located"]
        for row in SOURCES
    )


@pytest.mark.parametrize("row", SOURCES, ids=[r["source_id"] for r in SOURCES])
def test_references_page_lists_the_source_in_full(built_book, row):
    page = soup(built_book, "book/references.html")
    item = page.find(id=anchor(row["source_id"]))
    assert item is not None, f"no reference with the anchor {anchor(row['source_id'])}"
    said = text(item)
    assert row["url"] in [a.get("href") for a in item.find_all("a")], (
        "no link to the source's address"
    )
    assert f"accessed {written_date(row['accessed'])}" in said
    assert written_date(row["published"]) in said
    for field in ("title", "publisher", "located"):
        assert " ".join(row[field].split()).translate(STRAIGHT) in said, (
            f"{field} missing: {row[field]!r}"
        )
    assert (row["author"] or row["publisher"]) in said


def test_references_list_the_sources_before_the_producers(built_book):
    html = (built_book / "book/references.html").read_text(encoding="utf-8")
    first_source = html.index(f'id="{anchor(SOURCES[0]["source_id"])}"')
    assert first_source < html.index('id="the-producers-they-cite"')


def test_intro_table_links_each_title_and_gives_kind_and_date(built_book):
    table = soup(built_book, "book/intro.html").select_one("table.airaces-sources")
    assert table is not None, "the introduction has no table of the sources"
    rows = table.select("tbody tr")
    assert len(rows) == len(SOURCES)
    for tr, row in zip(rows, SOURCES):
        cells = [text(td) for td in tr.find_all("td")]
        assert cells[0] == short_citation(SimpleNamespace(**row))
        assert row["url"] in [a.get("href") for a in tr.find_all("a")]
        assert row["title"].translate(STRAIGHT) in " ".join(cells)
        assert row["kind"] in cells and written_date(row["published"]) in cells


def test_the_bibliography_cites_each_source_at_the_address_and_year_the_ledger_gives():
    """The in-text citations resolve to book/references.bib; its five sources agree with sources.csv."""
    import re

    import airaces
    from airaces import paths

    bib = (paths.REPO_ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    for source in airaces.load().sources.itertuples():
        entry = next(
            (
                e
                for e in re.split(r"\n(?=@)", bib)
                if f"Ledger source {source.source_id.replace('_', chr(92) + '_')}," in e
            ),
            None,
        )
        assert entry, f"no bibliography entry for {source.source_id}"
        assert f"url          = {{{source.url}}}" in entry, source.source_id
        assert f"year         = {{{source.published[:4]}}}" in entry, source.source_id
