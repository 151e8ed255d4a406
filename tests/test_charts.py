"""Every figure carries a title, subtitle, caption with sources and ledger links, its data, and a description."""

from __future__ import annotations

import json
import re

import altair as alt
import pandas as pd
import pytest

import airaces
from airaces import charts, citations


def small_figure(note="N", rows=None):
    ledger = airaces.load()
    if rows is None:
        rows = citations.with_citations(
            ledger.claims[ledger.claims["metric"] == "national_compute_capacity"],
            ledger.sources,
        )
    chart = (
        alt.Chart(rows)
        .mark_point()
        .encode(x="period:N", y="value:Q", tooltip=charts.tooltips())
    )
    fig = charts.finish(
        chart,
        figure_id="test-figure",
        title="T",
        subtitle="S",
        rows=rows,
        sources=ledger.sources,
        description="D",
        note=note,
    )
    return rows, fig


def html_of(fig) -> str:
    return fig._repr_mimebundle_()["text/html"]


def test_finish_sets_title_description_and_frame():
    rows, fig = small_figure()
    spec = fig.to_dict()
    assert spec["description"] == "D"
    assert spec["title"]["text"] == "T" and spec["title"]["subtitle"] == "S"
    frame = spec["usermeta"]["airaces"]
    assert frame["ids"] == sorted(rows["claim_id"])
    assert frame["note"] == "N"
    assert len(frame["rows"]) == len(rows) and "as_printed" in frame["columns"]


def test_caption_cites_each_source_with_its_lines_and_links_every_row():
    rows, fig = small_figure()
    page = html_of(fig)
    caption = page.split('<figcaption class="airaces-footer">', 1)[1].split(
        "</figcaption>", 1
    )[0]
    lines = ", ".join(
        str(n)
        for n in sorted(rows.loc[rows["source_id"] == "sinolytics", "line"].unique())
    )
    assert "Sinolytics GmbH (2025), line" in caption and lines in caption
    for claim_id in rows["claim_id"]:
        assert f'href="../book/ledger.html#{claim_id}"' in caption
    assert 'href="../_static/figure-data/test-figure.csv"' in caption
    assert "<p>Note: N</p>" in caption


def test_figure_data_block_round_trips():
    rows, fig = small_figure()
    block = re.search(
        r'<script type="application/json" class="airaces-figure-data">(.*?)</script>',
        html_of(fig),
        re.S,
    )
    data = json.loads(block.group(1))
    assert data["id"] == "test-figure"
    ids = [r[data["columns"].index("claim_id")] for r in data["rows"]]
    assert sorted(ids) == sorted(rows["claim_id"])


def test_text_from_the_data_cannot_close_the_script():
    ledger = airaces.load()
    rows = citations.with_citations(ledger.claims.head(2), ledger.sources)
    rows.loc[rows.index[0], "as_printed"] = "</script><script>alert(1)</script>"
    _, fig = small_figure(note="<img src=x onerror=alert(1)>", rows=rows)
    page = html_of(fig)
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert page.count("<script") == page.count("</script>")


def test_figure_ids_must_be_safe_file_names():
    ledger = airaces.load()
    chart = alt.Chart(ledger.claims.head(1)).mark_point()
    with pytest.raises(ValueError, match="figure_id"):
        charts.finish(
            chart,
            figure_id="../evil",
            title="T",
            subtitle="S",
            rows=ledger.claims.head(1),
            sources=ledger.sources,
            description="D",
        )


def test_tooltips_show_span_and_source():
    fields = {t.to_dict()["field"] for t in charts.tooltips()}
    assert {"as_printed", "citation", "claim_id"} <= fields


def test_citation_names_source_and_line():
    ledger = airaces.load()
    rows = citations.with_citations(ledger.claims.head(1), ledger.sources)
    assert rows["citation"].iloc[0].endswith(f"line {rows['line'].iloc[0]}")


def test_renderer_ids_are_stable_and_distinct():
    a = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q")
    b = alt.Chart(pd.DataFrame({"x": [2]})).mark_point().encode(x="x:Q")
    html = lambda c: c._repr_mimebundle_()["text/html"]
    assert html(a) == html(a)
    assert html(a) != html(b)
    assert "<figure" not in html(a)  # an unfinished chart is not framed
    assert "cdn.jsdelivr" not in html(a) and "<script>" not in html(
        a
    )  # drawn, with no script to fetch


def test_country_colours_are_fixed():
    spec = charts.country_colour().to_dict()
    assert spec["scale"]["domain"] == ["CN", "US", "global", "other"]
    assert spec["scale"]["range"] == [
        charts.COUNTRY_COLOURS[c] for c in spec["scale"]["domain"]
    ]


def test_qualifier_bounds_point_the_way_the_hedge_does():
    rows = pd.DataFrame(
        {
            "value": [100.0] * 5 + [80.0],
            "value_high": [None] * 5 + [90.0],
            "qualifier": ["over", "under", "about", "nearly", "exact", "range"],
        }
    )
    b = charts.qualifier_bounds(rows).set_index("qualifier")
    assert b.loc["over", "low"] == 100 and b.loc["over", "high"] > 100
    assert b.loc["under", "high"] == 100 and b.loc["under", "low"] < 100
    assert b.loc["nearly", "high"] == 100 and b.loc["nearly", "low"] < 100
    assert b.loc["about", "low"] < 100 < b.loc["about", "high"]
    assert b.loc["exact", "low"] == b.loc["exact", "high"] == 100
    assert (b.loc["range", "low"], b.loc["range", "high"]) == (80, 90)


def test_a_drawing_is_made_smaller_without_changing_what_it_says():
    svg = (
        '<svg width="100.123456"><text transform="translate(1.23456,2)" font-family="Arial" fill="#000">0.00001'
        '</text><text font-family="Arial">17.555 EFLOPS</text></svg>'
    )
    small = charts._compact(svg)
    assert ">0.00001<" in small and ">17.555 EFLOPS<" in small  # the texts, whole
    assert "translate(1.23,2)" in small and 'width="100.12"' in small
    assert small.count("font-family") == 1 and small.startswith(
        '<svg font-family="Arial"'
    )


def test_a_drawing_on_a_page_has_ids_of_its_own_that_html_accepts():
    # Several charts, since an id made from a digest starts with a digit for some charts only.
    page = "".join(
        alt.Chart(pd.DataFrame({"x": [1, n]}))
        .mark_rect()
        .encode(x="x:Q", color="x:Q")
        ._repr_mimebundle_()["text/html"]
        for n in range(2, 10)
    )
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert ids and len(ids) == len(set(ids)), "two drawings of one chart share an id"
    assert all(re.fullmatch(r"[A-Za-z_][\w.-]*", i) for i in ids), [
        i for i in ids if not i[0].isalpha()
    ]
    for ref in re.findall(r"url\(#([^)]+)\)", page):
        assert ref in ids


def test_a_drawing_is_made_once_per_spec_and_kept_whole(tmp_path, monkeypatch):
    import vl_convert as vlc

    monkeypatch.setattr(charts, "DRAWINGS_DIR", tmp_path / "drawings")
    drawn = []
    real = vlc.vegalite_to_svg
    monkeypatch.setattr(
        vlc,
        "vegalite_to_svg",
        lambda spec, **kw: drawn.append(spec) or real(spec, **kw),
    )
    spec = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q").to_dict()
    first = charts.draw_svg(spec)
    assert charts.draw_svg(spec) == first and len(drawn) == 1, (
        "an unchanged spec is not drawn again"
    )
    changed = {**spec, "width": 123}
    assert charts.draw_svg(changed) != first and len(drawn) == 2, "a changed spec is"
    assert sorted(p.suffix for p in (tmp_path / "drawings").iterdir()) == [
        ".svg",
        ".svg",
    ], "no part-written file"


def test_a_subtitle_key_names_only_the_kinds_and_hedges_drawn():
    observed = pd.DataFrame({"kind": ["observed"], "qualifier": ["exact"]})
    assert charts.fill_key(observed) == "All observed."
    mixed = pd.DataFrame(
        {
            "kind": ["forecast", "observed", "target"],
            "qualifier": ["exact", "over", "exact"],
        }
    )
    assert charts.fill_key(mixed) == (
        "Solid: observed; hollow: target, forecast; pale bands: hedges."
    )
