"""Every figure carries a title, subtitle, source line, description and provenance tooltips."""

from __future__ import annotations

import altair as alt
import pandas as pd

import airaces
from airaces import charts


def small_figure():
    ledger = airaces.load()
    rows = charts.with_citations(ledger.claims[ledger.claims["metric"] == "national_compute_capacity"], ledger.sources)
    chart = alt.Chart(rows).mark_point().encode(x="period:N", y="value:Q", tooltip=charts.tooltips())
    return rows, charts.finish(chart, title="T", subtitle="S", rows=rows, sources=ledger.sources, description="D", note="N")


def test_finish_frames_the_chart():
    rows, fig = small_figure()
    spec = fig.to_dict()
    assert spec["description"] == "D"
    inner = spec["vconcat"][0]
    assert inner["title"]["text"] == "T" and inner["title"]["subtitle"] == "S"
    footer = spec["title"]["text"]
    assert footer[0].startswith("Source: ") and footer[-1] == "N"
    assert all(len(line) <= charts.FOOTER_CHARS for line in footer)
    text = " ".join(footer)
    for claim_id in rows["claim_id"]:
        assert claim_id in text
    assert "Sinolytics GmbH (2025)" in text


def test_tooltips_show_span_and_source():
    fields = {t.to_dict()["field"] for t in charts.tooltips()}
    assert {"as_printed", "citation", "claim_id"} <= fields


def test_citation_names_source_and_line():
    ledger = airaces.load()
    rows = charts.with_citations(ledger.claims.head(1), ledger.sources)
    assert rows["citation"].iloc[0].endswith(f"line {rows['line'].iloc[0]}")


def test_renderer_ids_are_stable_and_distinct():
    a = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q")
    b = alt.Chart(pd.DataFrame({"x": [2]})).mark_point().encode(x="x:Q")
    html = lambda c: c._repr_mimebundle_()["text/html"]
    assert html(a) == html(a)
    assert html(a) != html(b)
    assert "cdn.jsdelivr" in html(a)  # the CDN loader is still there; the book pre-empts it


def test_country_colours_are_fixed():
    spec = charts.country_colour().to_dict()
    assert spec["scale"]["domain"] == ["CN", "US", "global", "other"]
    assert spec["scale"]["range"] == [charts.COUNTRY_COLOURS[c] for c in spec["scale"]["domain"]]
