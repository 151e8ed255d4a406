"""airaces.findings: the book's findings, one sentence each, computed from the ledger, and the introduction
that states them first."""

from __future__ import annotations

import re
import shutil

import pytest
from bs4 import BeautifulSoup

from airaces import chapter, findings, opendata, outside, paths, prose


@pytest.fixture(scope="module")
def stated():
    book = chapter.open_ledger(paths.DATA_DIR)
    return findings.key_findings(book, outside.compare(book.ledger, opendata.load()))


def test_each_finding_is_one_checked_sentence_that_names_its_rows(stated):
    assert 5 <= len(stated) <= 8
    for key, sentence in stated.items():
        assert isinstance(sentence, prose.Finding), key
        assert len(re.findall(r"[.!?](?:\s|$)", str(sentence))) == 1, (
            f"{key} is not one sentence: {sentence}"
        )
        assert sentence.ids, f"{key} names no ledger row"
        assert sentence.premise == {**sentence.premise, "holds": True}, (
            f"{key}: {sentence.premise}"
        )


def test_a_finding_the_data_no_longer_supports_says_so_in_both_forms(tmp_path):
    shutil.copytree(paths.DATA_DIR, tmp_path / "data")
    claims = tmp_path / "data" / "claims.csv"
    text = claims.read_text(encoding="utf-8")
    # The AI Index's later gap, made larger than the earlier one.
    changed = re.sub(
        r"^(sin-066,sinolytics,243,to 0\.3 by the end of 2024,)0\.3,",
        r"\g<1>30,",
        text,
        flags=re.M,
    )
    assert changed != text
    claims.write_text(changed, encoding="utf-8")
    models = findings.models(chapter.open_ledger(tmp_path / "data"))
    assert models.premise["holds"] is False
    assert (
        "**Caution:**" in models._repr_markdown_()
        and "<strong>Caution:</strong>" in models._repr_html_()
    )


def test_the_introduction_opens_with_every_finding_and_links_each_to_a_chapter(
    built_book, stated
):
    page = BeautifulSoup(
        (built_book / "book" / "intro.html").read_text(encoding="utf-8"), "html.parser"
    )
    section = page.find(id="what-the-book-finds")
    assert section is not None, "the introduction has no section of findings"
    first = page.find("article").find("section").find("section")
    assert first is section, "the findings are not the introduction's first section"
    items = section.find_all("li")
    texts = [" ".join(li.get_text(" ").split()) for li in items]
    for key, sentence in stated.items():
        assert any(str(sentence) in text for text in texts), (
            f"{key} is not on the page: {sentence}"
        )
    for li in items:
        assert any(
            a["href"].startswith("../notebooks/") for a in li.find_all("a", href=True)
        ), li.get_text()
