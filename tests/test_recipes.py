"""The named figure recipes (airaces.recipes): each is drawn on a small frame of ledger rows."""

from __future__ import annotations

import math

import airaces
from airaces import citations, recipes


def cited(frame):
    return citations.with_citations(frame, airaces.load().sources)


def layer_marks(chart) -> list[str]:
    spec = chart.to_dict()
    spec = spec.get("spec", spec)  # a facet wraps its layers
    return [
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        for layer in spec["layer"]
    ]


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
    assert layer_marks(
        recipes.dumbbell(
            rows, measure="measure", stage="stage", axis_title="%", domain=(0, 100)
        )
    ) == ["rule", "line", "point", "text"]
    facet = recipes.slopes(
        rows, panel="measure", stage="stage", stages=["before", "after"]
    ).to_dict()
    assert facet["facet"]["column"]["field"] == "measure"
    assert facet["spec"]["layer"][0]["encoding"]["x"]["sort"] == ["before", "after"]


def test_amounts_in_panels_share_one_scale_and_draw_the_axis_once():
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
    shown = [
        p["layer"][-1]["encoding"]["x"]["axis"].get("labels", True) for p in panels
    ]
    assert shown == [False] * (len(panels) - 1) + [True]


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
    assert layer_marks(chart) == ["bar", "rule", "text"]
    spec = chart.to_dict()
    bar, text = spec["layer"][0]["encoding"], spec["layer"][2]["encoding"]
    assert bar["x"]["field"] == "parity" and bar["x2"]["field"] == "value"
    assert bar["x"]["scale"]["type"] == "log"
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
        "Severity",
        "Findings",
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
