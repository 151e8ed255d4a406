"""Chapter tables: every cell escaped, every id linked, the ids recorded."""

from __future__ import annotations

import pandas as pd

import airaces
from airaces import citations, tables


def claims():
    ledger = airaces.load()
    return citations.with_citations(ledger.claims, ledger.sources)


def test_table_links_ids_and_records_them():
    rows = claims().head(3)
    table = tables.ledger_table(rows, "Caption")
    page = table.to_html()
    for claim_id in rows["claim_id"]:
        assert f'href="../book/ledger.html#{claim_id}"' in page
    bundle, metadata = table._repr_mimebundle_()
    assert metadata["airaces"]["ids"] == sorted(rows["claim_id"])
    assert "<caption>Caption</caption>" in bundle["text/html"]


def test_markup_in_the_data_is_shown_as_text():
    rows = claims().head(1).copy()
    rows["entity"] = "<script>alert(1)</script>"
    page = tables.ledger_table(rows, "<b>caption</b>").to_html()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>" not in page


def test_vague_values_say_so_instead_of_failing():
    rows = claims()
    vague = rows[rows["value"].isna()].head(1)
    assert "not fixed (vague)" in tables.ledger_table(vague, "Vague").to_html()


def test_a_table_of_a_huge_ledger_shows_the_first_rows_and_says_so():
    rows = claims()
    many = pd.concat([rows] * (tables.ROW_LIMIT // len(rows) + 2), ignore_index=True)
    table = tables.ledger_table(many, "Many figures")
    html = table.to_html()
    assert (
        html.count("<tr>") == tables.ROW_LIMIT + 1
    )  # the header row and the rows shown
    opened = html.split("</summary>", 1)[
        1
    ]  # the note is the first thing an opened table shows
    assert opened.startswith(
        f"<p>This table shows the first {tables.ROW_LIMIT} of {len(many):,} rows"
    )
    assert "ledger browser</a> has them all" in html
    small = tables.ledger_table(rows, "All figures").to_html()
    assert "has them all" not in small and small.count("<tr>") == len(rows) + 1


def test_a_chapters_ledger_table_is_folded_under_its_caption_and_size():
    rows = claims().head(3)
    html = tables.ledger_table(rows, "Chip figures").to_html()
    assert html.startswith(
        '<details class="airaces-ledger-table"><summary>Chip figures (3 rows)</summary>'
    )
    assert html.endswith("</details>")
    one = tables.ledger_table(rows.head(1), "One figure").to_html()
    assert "<summary>One figure (1 row)</summary>" in one


def test_the_findings_table_is_open_because_it_is_its_chapters_subject():
    findings = pd.DataFrame(
        [
            {
                "severity": "ambiguity",
                "what": "w",
                "arithmetic": "a",
                "verdict": "v",
                "ids": ("sin-002",),
            }
        ]
    )
    assert (
        not tables.findings_table(findings, "Findings").to_html().startswith("<details")
    )


def test_ids_in_notes_and_findings_are_links_and_code_names_read_as_labelled():
    rows = (
        claims()
        .head(1)
        .assign(note="Same figure as sin-002.", metric="ai_infrastructure_spending")
    )
    html = tables.ledger_table(
        rows, "T", columns=["claim_id", "metric", "note"]
    ).to_html()
    assert 'href="../book/ledger.html#sin-002">sin-002</a>' in html
    # The measure and the heading in the words of labels.csv, not the names with their underscores replaced.
    assert (
        ">AI infrastructure spending<" in html
        and ">Measure<" in html
        and "ai_infrastructure" not in html
    )
    findings = pd.DataFrame(
        [
            {
                "severity": "ambiguity",
                "what": "metric: Capital expenditure plan",
                "arithmetic": "300 / 127.1 implied by ess-020 and ess-021",
                "verdict": "v",
                "ids": ("ess-020",),
            }
        ]
    )
    shown = tables.findings_table(findings, "F").to_html()
    assert (
        "Capital expenditure plan" in shown
        and shown.count('class="airaces-ledger-link"') == 3
    )
