"""The named figure recipes (airaces.recipes): each is drawn on a small frame of ledger rows."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest

import airaces
from airaces import citations, ratings, recipes


def cited(frame):
    return citations.with_citations(frame, airaces.load().sources)


def layer_marks(chart) -> list[str]:
    spec = chart.to_dict()
    spec = spec.get("spec", spec)  # a facet wraps its layers
    return [
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        for layer in spec["layer"]
    ]


def test_scorecard_shades_rated_cells_and_writes_their_values_in():
    scores = cited(airaces.load().assessments).assign(source=lambda r: r["source_id"])
    cells = ratings.one_per_source(scores, ["dimension", "source_id", "source"])
    chart = recipes.scorecard(
        cells,
        column="source:N",
        columns=sorted(set(cells["source"])),
        row="dimension:N",
        rows=sorted(set(cells["dimension"])),
        legend_title="China's position",
        ends={-2: "−2 serious weakness", 2: "+2 ahead"},
    )
    spec = chart.to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rect", "text"]
    shade = spec["layer"][0]["encoding"]["color"]
    assert shade["scale"]["domain"] == [-2, 0, 2]
    assert shade["legend"]["values"] == [-2, 2]
    titles = [t["title"] for t in spec["layer"][0]["encoding"]["tooltip"]]
    assert titles[-1] == "Ledger ids" and "As printed" in titles


def test_rating_dots_put_one_panel_per_dimension_and_one_row_per_source():
    scores = cited(airaces.load().assessments).assign(
        source=lambda r: r["source_id"], rating_words=lambda r: r["rating"]
    )
    chart = recipes.rating_dots(
        scores,
        source="source",
        sources=sorted(set(scores["source"])),
        panel="dimension",
        panels=sorted(set(scores["dimension"])),
        axis_title="Rating",
    )
    spec = chart.to_dict()
    assert spec["facet"]["row"]["field"] == "dimension"
    assert spec["spec"]["encoding"]["x"]["axis"]["values"] == [-2, -1, 0, 1, 2]
    assert spec["resolve"]["scale"]["y"] == "independent"


def test_squares_lay_a_count_out_ten_to_a_row_by_group():
    chart = recipes.squares(
        {"China": 7, "Rest of the world": 3, "Nobody": 0},
        ["red", "grey", "white"],
        as_printed="seven of the top ten",
        citation="The digest",
        per_row=4,
    )
    places = chart.data
    assert list(places["group"]) == ["China"] * 7 + ["Rest of the world"] * 3
    assert list(places["row"]) == [0] * 4 + [1] * 4 + [2] * 2
    assert set(places["as_printed"]) == {"seven of the top ten"}


def test_amounts_are_drawn_largest_first_on_a_log_scale_with_their_hedges():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[
            ledger.claims["unit"].eq("USD_bn") & ledger.claims["value"].notna()
        ].head(6)
    )
    rows = rows.assign(label=rows["claim_id"])
    chart = recipes.amounts(rows, axis_title="US$ billion", stems_from=1, text=True)
    assert layer_marks(chart) == [
        "rule",
        "rule",
        "rule",
        "point",
        "text",
    ]  # stem, hedges, range, dot, value
    spec = chart.to_dict()
    point = spec["layer"][3]["encoding"]
    assert point["x"]["scale"]["type"] == "log"
    assert (
        point["y"]["sort"]
        == rows.sort_values("value", ascending=False)["label"].tolist()
    )
    # Ticks and grid at powers of ten only, spanning the stems' floor and every value.
    decades = point["x"]["axis"]["values"]
    assert (
        all(math.log10(v).is_integer() for v in decades)
        and decades[0] <= 1
        and decades[-1] >= rows["value"].max()
    )
    # A hedge's band has a fixed length in pixels, pointing the way the words do; a range reaches its upper value.
    hedge, ranged = spec["layer"][1], spec["layer"][2]
    assert hedge["mark"]["x2Offset"]["expr"].startswith(
        "datum.qualifier == 'over' ? 26"
    )
    assert (
        hedge["encoding"]["x"]["field"] == hedge["encoding"]["x2"]["field"] == "value"
    )
    assert (
        ranged["encoding"]["x"]["field"] == "low"
        and ranged["encoding"]["x2"]["field"] == "high"
    )
    assert layer_marks(recipes.amounts(rows, axis_title="x", bands=False)) == ["point"]


def test_trend_joins_dated_values_and_can_label_them():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[ledger.claims["metric"] == "national_compute_capacity"]
    ).assign(date="2025-12-31")
    assert layer_marks(recipes.trend(rows, axis_title="EFLOPS", domain=(0, 350))) == [
        "line",
        "point",
    ]
    labelled = recipes.trend(
        rows,
        axis_title="EFLOPS",
        domain=(0, 350),
        value_format=".0f",
        shapes={"observed": "circle", "target": "triangle-up"},
    )
    assert layer_marks(labelled) == ["line", "point", "text"]
    assert labelled.to_dict()["layer"][1]["encoding"]["shape"]["scale"]["range"] == [
        "circle",
        "triangle-up",
    ]


def test_labelled_dots_sort_by_value_with_a_labelled_reference_rule():
    ledger = airaces.load()
    rows = cited(ledger.claims[ledger.claims["unit"].eq("percent")].head(4))
    chart = recipes.labelled_dots(
        rows,
        value="value",
        label="claim_id",
        axis_title="Percent",
        reference=50,
        reference_text="half",
    )
    assert layer_marks(chart) == ["rule", "point", "text"]
    spec = chart.to_dict()
    dots = spec["layer"][1]["encoding"]
    assert dots["y"]["sort"] == "x" and dots["x"]["scale"]["zero"] is False
    assert spec["layer"][2]["mark"]["text"] == "half"
    plain = recipes.labelled_dots(rows, value="value", label="claim_id", axis_title="%")
    assert layer_marks(plain) == ["point"]


def test_log_domain_reaches_past_every_value_and_hedge():
    rows = pd.DataFrame({"value": [2.0, 400.0], "qualifier": ["exact", "over"]})
    low, high = recipes.log_domain(rows)
    assert low == pytest.approx(1.0) and high >= 800


def test_forecast_matrix_and_forecast_years_draw_predictions():
    ledger = airaces.load()
    rows = cited(ledger.forecasts.dropna(subset=["target_year"]).head(4))
    matrix = recipes.forecast_matrix(
        rows.assign(shared="one"),
        column="source_id",
        row="subject",
        row_order=sorted(rows["subject"]),
        colour="shared",
        colours={"one": "#bbbbbb"},
    )
    assert matrix.to_dict()["encoding"]["color"]["scale"]["range"] == ["#bbbbbb"]
    years = rows.assign(
        year=rows["target_year"].astype(int),
        bound=["point", "upper", "lower", "point"],
        speaker=rows["who"],
    )
    chart = recipes.forecast_years(years, label="speaker", domain=(2024, 2040))
    # The bounds' dashed lines, an arrowhead at the open end of each kind, the dots.
    assert layer_marks(chart) == ["rule", "point", "point", "point"]
    # Both kinds of bound reach one length, back or on: it says "and beyond", not how far.
    spans = chart.data
    reach = recipes.BOUND_YEARS
    assert list(spans["start"] - spans["mid"]) == [0, -reach, 0, 0]
    assert list(spans["end"] - spans["mid"]) == [0, 0, reach, 0]
    # Each year sits mid-year (issue 32), as on every time axis, but a bound sits on its
    # year's start: "before 2030" ends where 2030 begins.
    assert list(spans["mid"] - spans["year"]) == [0.5, 0, 0, 0.5]


def test_target_years_stack_in_theme_lanes_under_a_theme_menu():
    ledger = airaces.load()
    rows = cited(ledger.forecasts.dropna(subset=["target_year"]).head(5))
    rows = rows.assign(year=rows["target_year"].astype(int), slot=0, count=1)
    rows = rows.assign(country="CN")
    themes = {"chips": "Chips", "compute": "Compute"}
    chart = recipes.theme_menu(recipes.target_years(rows, lanes=themes), "pick", themes)
    spec = chart.to_dict()
    dots, counts = spec["layer"]
    assert dots["encoding"]["y"]["sort"] == ["chips", "compute"]
    assert dots["encoding"]["yOffset"]["field"] == "offset"
    # Colour is the country of who predicts; each stack of two or more says its count.
    assert dots["encoding"]["color"]["field"] == "country"
    assert counts["encoding"]["text"]["field"] == "times"
    assert spec["params"][0]["bind"]["labels"] == ["All", "Chips", "Compute"]
    shape = recipes.shape_by("precision", "Dated to the", {"year": "circle"})
    assert shape.to_dict()["scale"]["range"] == ["circle"]


def test_timeline_puts_events_in_lanes_with_their_spans():
    ledger = airaces.load()
    events = cited(ledger.events.head(5)).assign(
        when=lambda d: d["date"].str[:4] + "-01-01", lane="x"
    )
    spec = recipes.timeline(events, lane="lane", lanes=["x"]).to_dict()
    assert spec["encoding"]["y"]["sort"] == ["x"]
    assert {t["field"] for t in spec["encoding"]["tooltip"]} >= {
        "as_printed",
        "citation",
        "event_id",
    }


def test_dumbbell_and_slopes_join_before_and_after():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[ledger.claims["claim_id"].isin(["sin-033", "sin-034"])]
    ).assign(measure="yield", stage=["before", "after"])
    dumbbell = recipes.dumbbell(
        rows, measure="measure", stage="stage", axis_title="%", domain=(0, 100)
    )
    # One label layer leans left of the lower dot, the other right of the higher one.
    assert layer_marks(dumbbell) == ["rule", "line", "point", "text", "text"]
    aligns = [layer["mark"].get("align") for layer in dumbbell.to_dict()["layer"][3:]]
    assert aligns == ["right", "left"]
    facet = recipes.slopes(
        rows, panel="measure", stage="stage", stages=["before", "after"]
    ).to_dict()
    assert facet["facet"]["column"]["field"] == "measure"
    assert facet["spec"]["layer"][0]["encoding"]["x"]["sort"] == ["before", "after"]


def test_a_dated_timeline_labels_each_dot_with_its_date_as_printed():
    ledger = airaces.load()
    events = cited(ledger.events.head(5)).assign(
        when=lambda d: d["date"].str[:4] + "-01-01", lane="x"
    )
    chart = recipes.dated_timeline(events, lane="lane", lanes=["x"])
    assert layer_marks(chart) == ["point", "text"]
    label = chart.to_dict()["layer"][1]
    assert label["encoding"]["text"]["field"] == "date"
    assert label["mark"]["angle"] == 320
    assert "tooltip" not in label["encoding"] or label["encoding"]["tooltip"] in (
        None,
        {"value": None},
    )


def test_amounts_in_panels_share_one_scale_and_label_it_over_the_first_and_under_the_last():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[
            ledger.claims["unit"].isin(["USD_bn", "USD_mn"])
            & ledger.claims["value"].notna()
        ]
    )
    rows = rows.assign(label=rows["claim_id"])
    spec = recipes.amounts(rows, axis_title="US$", panel="theme").to_dict()
    panels = spec["vconcat"]
    assert [p["title"]["text"] for p in panels] == rows.groupby("theme")[
        "value"
    ].max().sort_values(ascending=False).index.tolist()
    assert spec["resolve"]["scale"]["x"] == "shared"
    axes = [p["layer"][-1]["encoding"]["x"]["axis"] for p in panels]
    shown = [axis.get("orient") if axis.get("labels", True) else None for axis in axes]
    assert shown == ["top"] + [None] * (len(panels) - 2) + ["bottom"]
    # The axis' title once, under the last panel.
    assert [bool(axis.get("title")) for axis in axes][-1] and not axes[0].get("title")
    # Every panel's title starts at one indent, the plot's left edge, whatever its labels' width.
    assert {(p["title"]["anchor"], p["title"].get("frame")) for p in panels} == {
        ("start", "group")
    }
    # A hedge's band that would run past an end of the axis is cut at the plot's edge.
    bands = [
        layer["mark"]
        for p in panels
        for layer in p["layer"][:-1]
        if layer["mark"].get("opacity") == 0.35
    ]
    assert bands and all(band.get("clip") for band in bands)


def test_a_tooltip_never_shows_null_for_an_empty_field():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[
            ledger.claims["unit"].eq("USD_bn") & ledger.claims["period"].isna()
        ].head(2)
    )
    assert len(rows), "the committed ledger has amounts with no period"
    spec = recipes.amounts(
        rows.assign(label=rows["claim_id"]), axis_title="US$"
    ).to_dict()
    drawn = next(iter(spec["datasets"].values()))
    assert all(r["period"] == recipes.NOT_GIVEN for r in drawn)
    assert rows["period"].isna().all(), (
        "the rows themselves (and so the figure's CSV) keep the field empty"
    )


def test_ranked_bars_run_largest_first_from_zero_each_labelled_at_its_end():
    ledger = airaces.load()
    rows = cited(
        ledger.claims[ledger.claims["metric"].eq("share_of_common_crawl")]
    ).assign(label=lambda r: r["entity"])
    chart = recipes.ranked_bars(rows, axis_title="Per cent", value_format=".1f")
    assert layer_marks(chart) == ["bar", "text"]
    spec = chart.to_dict()
    bar, text = spec["layer"][0]["encoding"], spec["layer"][1]["encoding"]
    assert bar["x"]["scale"]["type"] == "linear"
    assert (
        bar["y"]["sort"] == rows.sort_values("value", ascending=False)["label"].tolist()
    )
    assert text["text"] == {"field": "value", "type": "quantitative", "format": ".1f"}


def test_ranked_bars_can_start_at_parity_on_a_log_scale_and_carry_words_past_a_hedge():
    ledger = airaces.load()
    rows = cited(ledger.claims[ledger.claims["unit"].eq("USD_bn")].head(3))
    rows = rows.assign(label=rows["claim_id"], words="some words", parity=1.0)
    chart = recipes.ranked_bars(
        rows, axis_title="US$ bn", text="words", bands=True, start="parity", log=True
    )
    # On a log scale a bar's length is not in proportion to its value: a dot on a thin rule.
    assert layer_marks(chart) == ["rule", "point", "rule", "text"]
    spec = chart.to_dict()
    stem, dot = spec["layer"][0], spec["layer"][1]
    text = spec["layer"][3]["encoding"]
    assert stem["encoding"]["x"]["field"] == "parity"
    assert stem["encoding"]["x2"]["field"] == "value"
    assert stem["mark"]["strokeWidth"] <= 2
    assert dot["encoding"]["x"]["field"] == "value"
    assert dot["encoding"]["x"]["scale"]["type"] == "log"
    assert text["x"]["field"] == "high" and text["text"]["field"] == "words"
    chart.to_dict()  # renders


def test_stacked_counts_and_gaps_against_tolerances_colour_by_severity():
    from airaces import audit

    findings = audit.run(airaces.load())
    severity = recipes.severity_colour(audit.SEVERITIES)
    counts = audit.counts_by_check(findings)
    chart = recipes.stacked_counts(
        counts,
        label="check_label",
        count="findings",
        colour=severity,
        order="severity_rank",
        axis_title="Findings",
        label_title="Check",
    )
    spec = chart.to_dict()
    assert spec["mark"]["type"] == "bar" if isinstance(spec["mark"], dict) else True
    assert [t["title"] for t in spec["encoding"]["tooltip"]] == [
        "Check",
        "This part of the bar",
        "Findings in this part",
    ]
    gaps = audit.numeric_gaps(findings).assign(finding=lambda d: d["what"])
    chart = recipes.gaps_against_tolerances(
        gaps, label="finding", colour=severity, axis_title="Gap (%)"
    )
    assert layer_marks(chart) == ["tick", "point"]


def test_before_after_bars_panel_each_kind_with_its_own_scale():
    import pandas as pd

    rows = pd.DataFrame(
        {
            "units": [110.0, 100.0],
            "stage": ["2025", "2024"],
            "panel": ["Robots", "Robots"],
            "kind": ["observed", "derived"],
            "country": ["CN", "CN"],
        }
    )
    chart = recipes.before_after_bars(
        rows,
        value="units",
        axis_title="Units",
        tooltip_title="Units",
        stage_title="Year",
    )
    spec = chart.to_dict()
    assert spec["resolve"]["scale"]["y"] == "independent"
    assert spec["spec"]["encoding"]["x"]["sort"] == "ascending"


def test_year_ticks_mark_the_ends_and_the_named_years():
    # The first and last years and the years the text names, spaced so labels do not touch.
    # The first and last years, the years the text names where they leave room on a phone,
    # then every fifth year: 2025 is too close to 2026 for both labels at 390 px.
    ticks = recipes.year_ticks([2005, 2026], named=[2015, 2019, 2025])
    assert ticks == [2005, 2010, 2015, 2019, 2026]
    assert recipes.year_ticks([2005, 2025], named=[2020]) == [
        2005,
        2010,
        2015,
        2020,
        2025,
    ]
    # A short span is marked year by year; a number axis lists no more than a phone shows.
    assert recipes.year_ticks([2023, 2026]) == [2023, 2024, 2025, 2026]
    assert recipes.year_ticks([2025, 2035], named=[2030], most=4) == [2025, 2030, 2035]


def test_even_year_ticks_keep_one_step_through_the_ends_and_the_named_years():
    assert recipes.year_ticks([2005, 2026], named=[2019], even=True) == [
        2005,
        2012,
        2019,
        2026,
    ]
    # No equal step reaches 2026 from 2005 through 2018 with room: the usual marks instead.
    assert recipes.year_ticks([2005, 2026], named=[2018], even=True) == (
        recipes.year_ticks([2005, 2026], named=[2018])
    )


def test_target_years_sit_mid_year_and_mark_the_named_year():
    ledger = airaces.load()
    from airaces import chronology

    dated = chronology.stacked_targets(cited(ledger.forecasts))
    spec = recipes.target_years(dated, lanes={"x": "x"}, named=(2025,)).to_dict()
    x = spec["layer"][0]["encoding"]["x"]
    assert x["field"] == "mid" and 2025 in x["axis"]["values"]
    assert x["axis"]["description"].endswith("the text names 2025")
    rows = next(iter(spec["datasets"].values()))
    assert all(r["mid"] == r["year"] + 0.5 for r in rows)


def test_a_legend_lists_only_the_severities_a_figure_draws():
    colour = recipes.severity_colour(["contradiction", "inconsistency", "ambiguity"])
    rows = pd.DataFrame({"severity": ["inconsistency"]})
    spec = recipes._legend_of_drawn(colour, rows).to_dict()
    assert spec["legend"]["values"] == ["inconsistency"]
    # The scale keeps every severity, so that each keeps its colour in every figure.
    assert spec["scale"]["domain"] == ["contradiction", "inconsistency", "ambiguity"]


def drawn_rows(figure: str, variant: str = "wide") -> list[dict]:
    """The rows a glued figure of the executed chapters draws, from its Vega-Lite spec."""
    import glued

    specs = [s for _, n, v, s in glued.chart_specs() if n == figure and v == variant]
    assert specs, f"no drawing of {figure} in the executed notebooks"
    return [row for rows in specs[0]["datasets"].values() for row in rows]


def test_the_money_chart_draws_the_multiple_its_text_gives():
    """Fig 3.1: the text puts the big five's yearly sum at so many times Alibaba's plan a year.
    Some Alibaba dot must stand at that multiple, not only the plan's total over several years,
    which would draw a far smaller gap than the text states (issue 32)."""
    import glued

    words = glued.glued(Path(__file__).parents[1] / "notebooks/03_compute.ipynb")[
        "us_vs_alibaba"
    ]["text"]
    multiple = float(re.search(r"[\d.]+", words).group())
    rows = drawn_rows("fig_money")
    big_five = next(r["usd_bn"] for r in rows if r["claim_id"] == "ess-001")
    alibaba = [r["usd_bn"] for r in rows if r["entity"] == "Alibaba"]
    assert any(round(big_five / a) == multiple for a in alibaba), (
        f"the text says {words}; the chart draws {[big_five / a for a in alibaba]}"
    )


def test_the_robot_output_axes_read_in_millions_and_end_on_a_labelled_tick():
    """Fig 7.1: counts in the millions read in millions, not as thousands up to 8,000, and
    each panel's axis ends on a labelled tick at or above its tallest bar (issue 32)."""
    import glued

    page = next(p for _, n, p in glued.pages() if n == "fig_output")
    assert "Units made, millions" in page
    rows = drawn_rows("fig_output")
    value = next(k for k in rows[0] if k.startswith("units_"))
    assert all(math.isclose(r[value] * 1e6, r["units"]) for r in rows)
    tallest = sorted(
        max(r[value] for r in rows if r["panel"] == p)
        for p in {r["panel"] for r in rows}
    )
    for svg in re.findall(r"<svg.*?</svg>", page, re.S):
        tops = []
        for axis in re.findall(
            r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg, re.S
        ):
            labels = re.findall(
                r"<text(?![^>]*opacity=\"0\")[^>]*>([\d.,]+)</text>", axis
            )
            if len(labels) > 2:  # a value axis, not the two stages
                tops.append(max(float(x.replace(",", "")) for x in labels))
        assert len(tops) == len(tallest)
        assert all(top >= bar for top, bar in zip(sorted(tops), tallest)), (
            tops,
            tallest,
        )


# The boxes of a drawing's texts, line by line (a wrapped name is one tspan a line).
TEXT_BOXES_JS = """() => [...document.querySelectorAll('text')].flatMap(t => {
  const lines = t.querySelectorAll('tspan');
  return [...(lines.length ? lines : [t])].map(e => {
    const b = e.getBoundingClientRect();
    return {text: e.textContent.trim(), box: [b.left, b.top, b.right, b.bottom]};
  });
})"""


def test_the_users_chart_keeps_the_last_wrapped_name_clear_of_the_first_tick(browser):
    """Fig 6.1 at 390 px: the last row's name, wrapped to three lines, ran down into the axis'
    first label, "models" beside "1" (issue 32). It must end 2 px above the axis labels."""
    import glued

    page = next(p for _, n, p in glued.pages() if n == "fig_users")
    svg = dict(re.findall(r'<div class="airaces-chart-(\w+)">(.*?</svg>)', page, re.S))
    tab = browser.new_page(viewport={"width": 390, "height": 900})
    tab.set_content(svg["narrow"])
    boxes = tab.evaluate(TEXT_BOXES_JS)
    tab.close()
    first_tick = next(b["box"] for b in boxes if b["text"] == "1")
    last_name = [b["box"] for b in boxes if b["text"] == "models"]
    assert last_name, "the wrapped name's last line is not drawn"
    # Beside the axis' labels is too close: 7 px to the side, it read as running into "1".
    for _, _, _, bottom in last_name:
        assert bottom + 2 <= first_tick[1], (bottom, first_tick)


def test_target_years_centre_stacks_count_them_and_ring_elsewhere_darkly():
    """Fig. 9.2: a stack is centred on its row (offsets sum to nought), its count reads "×3",
    not like Fig. 9.1's event numbers, and the "Elsewhere" ring reads on white (3:1) and stays
    apart from "No country given"'s grey."""
    from airaces import chronology
    from tests.test_colour_language import contrast_on_white, distance

    dated = chronology.stacked_targets(cited(airaces.load().forecasts))
    spec = recipes.target_years(dated, lanes={"x": "x"}).to_dict()
    rows = pd.DataFrame(next(iter(spec["datasets"].values())))
    sums = rows.groupby(["theme", "year"])["offset"].sum()
    assert (sums.abs() < 1e-9).all(), sums[sums != 0]
    dots, counts = spec["layer"]
    times = [t for t in counts.get("transform", []) if t.get("as") == "times"]
    assert times and "\u00d7" in times[0]["calculate"]
    scale = dots["encoding"]["color"]["scale"]
    ring = dict(zip(scale["domain"], scale["range"]))
    assert contrast_on_white(ring["other"]) >= 3, ring["other"]
    assert distance(ring["other"], ring["global"]) >= 20, ring
