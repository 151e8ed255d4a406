"""The print edition: one PDF of the whole book that opens, in book order, with its charts drawn."""

from __future__ import annotations

from airaces.build import pdf


def test_book_order_follows_the_table_of_contents():
    order = pdf.book_order()
    assert order[0] == "book/intro.html"
    chapters = [p for p in order if p.startswith("notebooks/")]
    assert chapters == sorted(chapters) and len(chapters) >= 11


def test_the_pdf_opens_and_holds_every_page_with_its_charts(
    built_book, tmp_path, browser
):
    from pypdf import PdfReader

    lines = []
    output = pdf.build_pdf(
        built_book, tmp_path / "book.pdf", log=lines.append, browser=browser
    )
    reader = PdfReader(output)  # opening it is the first test
    titles = [item.title for item in reader.outline]
    assert len(titles) == len(pdf.book_order())
    assert len(reader.pages) > len(titles)
    assert "Where the sources disagree" in " ".join(titles)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    # Chart titles are SVG text drawn by Vega: they are in the PDF only if the charts were drawn.
    for chart_title in (
        "What the audit finds",
        "How each source rates China",
        "Every dated event in the ledger",
    ):
        assert chart_title in text, chart_title
    assert lines[-1].startswith("pdf: ")
