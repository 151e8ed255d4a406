"""How to cite the book (airaces.sphinx.citation): the copyable blocks say what CITATION.cff says."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup

from airaces.sphinx.citation import bibtex, plain_text, read_cff


def test_citation_blocks_carry_the_title_version_and_year(built_book):
    meta = read_cff()
    page = BeautifulSoup(
        (built_book / "book/intro.html").read_text(encoding="utf-8"), "html.parser"
    )
    section = page.find(id="how-to-cite-this-book")
    assert section is not None, "the introduction has no section on how to cite it"
    blocks = [pre.get_text() for pre in section.find_all("pre")]
    assert len(blocks) == 2, blocks
    entry, line = blocks
    assert entry.lstrip().startswith("@misc{")
    for block in blocks:
        assert meta["title"] in block
        assert str(meta["version"]) in block
        assert str(meta["date-released"].year) in block
    assert line.strip() == plain_text(meta)


def test_bibtex_braces_an_organisation_and_names_a_person_family_first():
    meta = {
        "title": "A Book: its subtitle",
        "version": "2.0",
        "date-released": dt.date(2027, 3, 4),
        "authors": [
            {"name": "The Authors"},
            {"given-names": "Ada", "family-names": "Lovelace"},
        ],
    }
    entry = bibtex(meta)
    assert entry.startswith("@misc{abook2027,")
    assert "author = {{The Authors} and Lovelace, Ada}" in entry
    assert "title = {{A Book: its subtitle}}" in entry and "month = mar" in entry
    assert (
        plain_text(meta)
        == "The Authors, Ada Lovelace (2027). A Book: its subtitle (version 2.0)."
    )
