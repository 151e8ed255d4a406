"""Named figure recipes: the chart forms that recur across chapters.

Each recipe takes the rows to draw and the fields to draw them by, and returns an unframed
Altair chart that a chapter frames with ``book.figure(chart, title=..., subtitle=...)``. The
rows keep their ledger columns, so tooltips and the figure's CSV carry the span and source.
Colour is country and fill is kind everywhere (``airaces.charts``).

Example::

    from airaces import chapter, recipes
    book = chapter.open_ledger("data")
    money = book.claims[book.claims["unit"] == "USD_bn"].assign(label=lambda r: r["entity"])
    chart = recipes.amounts(money, axis_title="US$ billion (log scale)")
    book.figure(chart, figure_id="example", title="Every dollar amount")
"""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from airaces.charts import (
    country_colour,
    country_stroke,
    event_tooltips,
    kind_fill,
    label_expr,
    qualifier_bounds,
    tooltips,
)
from airaces.periods import period_words

# The chart forms that recur across chapters. Each takes the rows to draw and
# returns an unframed chart for ``ChapterData.figure``; the rows keep their
# ledger columns, so tooltips and the figure's CSV carry the span and source.

# Text a tooltip shows for a field the row leaves empty; Vega would print "null".
NOT_GIVEN = "not given"


def _tooltip_ready(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows a chart draws, as a reader reads them: periods in words ('2026..2030' ->
    '2026–2030') and empty text fields named as such. The figure's CSV keeps the ledger's values."""
    text = [
        c
        for c in rows.columns
        if rows[c].dtype == object or str(rows[c].dtype) in ("string", "category")
    ]
    rows = rows.assign(
        **{c: rows[c].map(period_words) for c in ("period",) if c in rows}
    )
    return rows.assign(
        **{c: rows[c].astype(object).where(rows[c].notna(), NOT_GIVEN) for c in text}
    )


def amounts(
    rows: pd.DataFrame,
    *,
    axis_title: str,
    value: str = "value",
    label: str = "label",
    domain: tuple[float, float] | None = None,
    stems_from: float | None = None,
    bands: bool = True,
    value_format: str = ",",
    text: bool = False,
    label_limit: int = 300,
    panel: str | None = None,
    panel_width: int = 400,
) -> alt.LayerChart | alt.VConcatChart:
    """Amounts on a log scale, largest first: one dot per row, solid if observed and hollow
    otherwise, with the band its hedge implies ("over 300" reaches up from 300) and, with
    ``stems_from``, a stem from that floor, since a log axis has no zero.

    With ``panel``, the rows are split by that column into panels stacked largest first,
    sharing one x scale so that they can be read against each other; the axis is drawn once,
    under the last panel.
    """
    rows = _tooltip_ready(qualifier_bounds(rows, value=value)).assign(floor=stems_from)
    # A log axis reads best from one power of ten to another, so the domain is rounded out to them,
    # and ticks and grid lines mark the powers of ten only (not 2, 3, ... 9 of each decade).
    scale = alt.Scale(
        type="log", domain=list(domain) if domain else alt.Undefined, nice=True
    )
    reach = [
        float(v)
        for v in (
            *(domain or ()),
            *rows[["low", "high", value]].stack().dropna(),
            stems_from,
        )
        if v is not None and float(v) > 0
    ]
    decades = [
        10.0**k
        for k in range(
            math.floor(math.log10(min(reach))), math.ceil(math.log10(max(reach))) + 1
        )
    ]
    form = dict(
        axis_title=axis_title,
        value=value,
        label=label,
        scale=scale,
        bands=bands,
        value_format=value_format,
        text=text,
        label_limit=label_limit,
        ticks=decades,
    )
    if panel is None:
        return _amount_layers(rows, **form)
    names = rows.groupby(panel)[value].max().sort_values(ascending=False).index.tolist()
    return alt.vconcat(
        *[
            _amount_layers(
                rows[rows[panel] == name], **form, axis=name == names[-1]
            ).properties(
                width=panel_width,
                height=alt.Step(15),
                title=alt.Title(name, anchor="start", fontSize=12, fontWeight="bold"),
            )
            for name in names
        ],
        spacing=8,
    ).resolve_scale(x="shared")


# A hedge's band has a fixed length on the page, in pixels: the words fix a direction, not a
# distance, so no length in the data would be right, and one drawn to scale on a log axis
# would hide under its dot. "about" reaches both ways; a range is drawn to its upper value.
BAND_PX = 26
_BAND_END = (
    f"datum.qualifier == 'over' ? {BAND_PX} : datum.qualifier == 'about' ? {BAND_PX // 2} : "
    f"(datum.qualifier == 'under' || datum.qualifier == 'nearly') ? {-BAND_PX} : 0"
)
_BAND_START = f"datum.qualifier == 'about' ? {-(BAND_PX // 2)} : 0"


def _amount_layers(
    rows,
    *,
    axis_title,
    value,
    label,
    scale,
    bands,
    value_format,
    text,
    label_limit,
    ticks,
    axis=True,
):
    order = rows.sort_values(value, ascending=False)[label].tolist()
    base = alt.Chart(rows).encode(
        y=alt.Y(
            f"{label}:N", title=None, sort=order, axis=alt.Axis(labelLimit=label_limit)
        )
    )
    # A small power of ten is written in full ("0.001"); the axis' own format would round it to "0.00".
    x_axis = (
        alt.Axis(
            values=ticks,
            labelExpr="format(datum.value, datum.value >= 1 ? ',' : '.12~f')",
        )
        if axis
        else alt.Axis(values=ticks, labels=False, ticks=False, title=None)
    )
    x = alt.X(f"{value}:Q", title=axis_title, scale=scale, axis=x_axis)
    layers = []
    if rows["floor"].notna().any():
        layers.append(
            base.mark_rule(strokeWidth=2).encode(
                x=alt.X("floor:Q", title=axis_title, scale=scale, axis=x_axis),
                x2=f"{value}:Q",
                color=country_colour(),
            )
        )
    if bands:
        hedged = base.transform_filter(
            "datum.qualifier != 'exact' && datum.qualifier != 'vague'"
        )
        layers.append(
            hedged.transform_filter("datum.qualifier != 'range'")
            .mark_rule(
                strokeWidth=10,
                opacity=0.35,
                color="#888",
                xOffset=alt.ExprRef(_BAND_START),
                x2Offset=alt.ExprRef(_BAND_END),
            )
            .encode(
                x=alt.X(f"{value}:Q", title=axis_title, scale=scale, axis=x_axis),
                x2=f"{value}:Q",
            )
        )
        layers.append(
            hedged.transform_filter("datum.qualifier == 'range'")
            .mark_rule(strokeWidth=10, opacity=0.35, color="#888")
            .encode(
                x=alt.X("low:Q", title=axis_title, scale=scale, axis=x_axis),
                x2="high:Q",
            )
        )
    layers.append(
        base.mark_point(size=150, strokeWidth=2.5, opacity=1).encode(
            x=x,
            color=country_colour(),
            **kind_fill(),
            tooltip=tooltips(
                alt.Tooltip(f"{value}:Q", title=axis_title, format=value_format),
                alt.Tooltip("qualifier:N", title="Hedge"),
                alt.Tooltip("period:N", title="Period"),
            ),
        )
    )
    if text:
        layers.append(
            base.mark_text(dy=-14, fontSize=11).encode(
                x=x, text=alt.Text(f"{value}:Q", format=value_format)
            )
        )
    return alt.layer(*layers)


# A time axis runs from the first of January to the first of January, so that every year a point
# falls in has its tick (a point sits mid-year, periods.period_point), with room at both ends.
_YEARS = alt.Scale(nice="year", padding=10)


def trend(
    rows: pd.DataFrame,
    *,
    axis_title: str,
    domain: tuple[float, float],
    value_format: str | None = None,
    shapes: dict[str, str] | None = None,
) -> alt.LayerChart:
    """Values over time (``date``), joined by a dashed path; solid if observed, hollow otherwise.
    ``shapes`` maps kinds to point shapes; ``value_format`` writes each value above its point."""
    base = alt.Chart(_tooltip_ready(rows)).encode(
        x=alt.X(
            "date:T",
            title=None,
            axis=alt.Axis(format="%Y", tickCount="year"),
            scale=_YEARS,
        ),
        y=alt.Y("value:Q", title=axis_title, scale=alt.Scale(domain=list(domain))),
    )
    path = base.mark_line(strokeDash=[4, 4], color="#999")
    points = base.mark_point(size=160, strokeWidth=2.5, opacity=1).encode(
        color=country_colour(),
        **kind_fill(),
        tooltip=tooltips(
            alt.Tooltip("value:Q", title=axis_title, format=",.4~f"),
            alt.Tooltip("period:N", title="Period"),
        ),
    )
    if shapes:
        points = points.encode(
            shape=alt.Shape(
                "kind:N",
                title="Kind",
                scale=alt.Scale(domain=list(shapes), range=list(shapes.values())),
            )
        )
    layers = [path, points]
    if value_format:
        layers.append(
            base.mark_text(dy=-16, fontSize=12).encode(
                text=alt.Text("value:Q", format=value_format)
            )
        )
    return alt.layer(*layers)


def timeline(
    rows: pd.DataFrame,
    *,
    lane: str,
    lanes: list[str],
    tick_count: int = 8,
    shape: alt.Shape | None = None,
    lane_words: dict[str, str] | None = None,
) -> alt.Chart:
    """Dated events (``when``) as dots in lanes, coloured by country; hover for the span and source.
    ``lane_words`` gives the lanes' names as a reader reads them (``airaces.labels``)."""
    chart = (
        alt.Chart(_tooltip_ready(rows))
        .mark_point(size=150, filled=True, opacity=0.9)
        .encode(
            x=alt.X(
                "when:T",
                title=None,
                axis=alt.Axis(format="%Y", tickCount=tick_count),
                scale=_YEARS,
            ),
            y=alt.Y(
                f"{lane}:N",
                title=None,
                sort=lanes,
                axis=alt.Axis(labelExpr=label_expr(lane_words or {})),
            ),
            color=country_colour(),
            tooltip=event_tooltips(),
        )
    )
    return chart.encode(shape=shape) if shape is not None else chart


def dumbbell(
    rows: pd.DataFrame,
    *,
    measure: str,
    stage: str,
    axis_title: str,
    domain: tuple[float, float],
) -> alt.LayerChart:
    """Two values of each ``measure`` (an earlier and a later one) joined by a line, with hedge
    bands; ``stage`` labels each dot ('2022', 'latest report')."""
    rows = _tooltip_ready(qualifier_bounds(rows))
    base = alt.Chart(rows).encode(
        y=alt.Y(f"{measure}:N", title=None, axis=alt.Axis(labelLimit=260))
    )
    scale = alt.Scale(domain=list(domain))
    return alt.layer(
        base.mark_rule(strokeWidth=9, opacity=0.3, color="#888").encode(
            x=alt.X("low:Q", title=axis_title, scale=scale), x2="high:Q"
        ),
        base.mark_line(color="#999", strokeWidth=2).encode(
            x="value:Q", detail=f"{measure}:N"
        ),
        base.mark_point(size=200, strokeWidth=2.5, opacity=1).encode(
            x="value:Q",
            color=country_colour(),
            **kind_fill(),
            tooltip=tooltips(
                alt.Tooltip("value:Q", title=axis_title),
                alt.Tooltip("qualifier:N", title="Hedge"),
                alt.Tooltip(f"{stage}:N", title="When"),
            ),
        ),
        base.mark_text(dy=-16, fontSize=11).encode(x="value:Q", text=f"{stage}:N"),
    )


def slopes(
    rows: pd.DataFrame, *, panel: str, stage: str, stages: list[str], width: int = 170
) -> alt.FacetChart:
    """Before-and-after values as slope charts, one panel per ``panel`` with its own scale;
    ``stage`` places each row on the x axis in the order ``stages``."""
    base = alt.Chart(_tooltip_ready(rows)).encode(
        x=alt.X(f"{stage}:N", title=None, sort=stages, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=True)),
    )
    layer = alt.layer(
        base.mark_line(color="#999", strokeWidth=2),
        base.mark_point(size=180, strokeWidth=2.5, opacity=1).encode(
            color=country_colour(),
            **kind_fill(),
            tooltip=tooltips(
                alt.Tooltip("value:Q", title="Value"),
                alt.Tooltip("qualifier:N", title="Hedge"),
            ),
        ),
        base.mark_text(dx=14, align="left", fontSize=11).encode(
            text=alt.Text("value:Q", format=",.1~f")
        ),
    ).properties(width=width, height=200)
    return layer.facet(
        column=alt.Column(
            f"{panel}:N",
            title=None,
            header=alt.Header(labelFontSize=12, labelFontWeight="bold"),
        )
    ).resolve_scale(x="independent", y="independent")


def ranked_bars(
    rows: pd.DataFrame,
    *,
    axis_title: str,
    label: str = "label",
    value: str = "value",
    text: str | None = None,
    value_format: str = ",",
    domain: tuple[float, float] | None = None,
    start: str | None = None,
    log: bool = False,
    bands: bool = False,
    colour: str | None = None,
    size: int = 30,
    label_limit: int = 200,
    tooltip_title: str | None = None,
    order: list[str] | None = None,
) -> alt.LayerChart:
    """Horizontal bars, largest first (or in ``order``, top to bottom), each labelled at its end with its value or its words.

    For a few amounts that read best against zero, where ``amounts`` would draw log-scale dots.
    ``text`` names a column of words to write at the bar's end instead of the value (printed in
    ``value_format``); ``bands`` adds a pale band for each hedge (``charts.qualifier_bounds``),
    and the words then sit at its far end. ``start`` names a column each bar starts from, for a
    log scale (``log=True``), which has no zero. Bars are coloured by country unless ``colour``
    fixes one colour.

    Example::

        shares = claims[claims["metric"] == "share_of_common_crawl"]
        chart = recipes.ranked_bars(shares, label="entity", axis_title="Per cent")
    """
    rows = _tooltip_ready(qualifier_bounds(rows, value=value))
    order = order or rows.sort_values(value, ascending=False)[label].tolist()
    base = alt.Chart(rows).encode(
        y=alt.Y(
            f"{label}:N",
            title=None,
            sort=order,
            axis=alt.Axis(labelLimit=label_limit),
        )
    )
    scale = alt.Scale(
        type="log" if log else "linear",
        domain=list(domain) if domain else alt.Undefined,
    )
    tooltip = tooltips(
        alt.Tooltip(f"{value}:Q", title=tooltip_title or axis_title, format=",.4~f")
    )
    bars = base.mark_bar(size=size, opacity=0.85).encode(
        x=alt.X(f"{start or value}:Q", title=axis_title, scale=scale),
        color=alt.value(colour) if colour else country_colour(),
        tooltip=tooltip,
    )
    if start:
        bars = bars.encode(x2=f"{value}:Q")
    layers = [bars]
    if bands:
        layers.append(
            base.mark_rule(strokeWidth=size, opacity=0.2, color="#888").encode(
                x="low:Q", x2="high:Q"
            )
        )
    words = (
        alt.Text(f"{text}:N") if text else alt.Text(f"{value}:Q", format=value_format)
    )
    layers.append(
        base.mark_text(align="left", dx=6, fontSize=12, color="#333").encode(
            x=f"{'high' if bands else value}:Q", text=words
        )
    )
    return alt.layer(*layers)


# Darker for graver findings of the audit: contradiction, inconsistency, ambiguity.
SEVERITY_RANGE = ["#8b1a1a", "#e08a2c", "#b9b9b9"]


def severity_colour(severities) -> alt.Color:
    """Colour by ``severity``, darker for graver, in the order ``severities`` lists them."""
    return alt.Color(
        "severity:N",
        title="Severity",
        scale=alt.Scale(domain=list(severities), range=SEVERITY_RANGE),
    )


def stacked_counts(
    rows: pd.DataFrame,
    *,
    label: str,
    count: str,
    colour: alt.Color,
    order: str,
    axis_title: str,
    label_title: str,
) -> alt.Chart:
    """Counts as horizontal bars, one per ``label``, stacked by ``colour`` in the order of the
    ``order`` column, the largest total first; the axis ticks whole numbers only. Hovering shows
    the label (titled ``label_title``), the colour's field and the count.

    Example::

        counts = audit.counts_by_check(findings)
        recipes.stacked_counts(counts, label="check_label", count="findings",
                               colour=recipes.severity_colour(audit.SEVERITIES),
                               order="severity_rank", axis_title="Findings",
                               label_title="Check")
    """
    totals = rows.groupby(label)[count].sum().sort_values(ascending=False)
    hue = colour.to_dict()
    return (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=alt.X(f"{count}:Q", title=axis_title, axis=alt.Axis(tickMinStep=1)),
            y=alt.Y(f"{label}:N", title=None, sort=totals.index.tolist()),
            color=colour,
            order=alt.Order(f"{order}:Q"),
            tooltip=[
                alt.Tooltip(f"{label}:N", title=label_title),
                alt.Tooltip(**{k: hue[k] for k in ("field", "type", "title")}),
                alt.Tooltip(f"{count}:Q", title=axis_title),
            ],
        )
        .properties(height=alt.Step(22))
    )


def gaps_against_tolerances(
    gaps: pd.DataFrame,
    *,
    label: str,
    colour: alt.Color,
    axis_title: str,
) -> alt.LayerChart:
    """The audit's numeric gaps (``audit.numeric_gaps``): each finding's ``gap_pct`` as a dot
    against its ``tolerance_pct`` as a black tick, one row per ``label``, the largest gap first;
    dots right of their tick broke it. Hovering shows the whole finding (``what``).

    Example::

        gaps = audit.numeric_gaps(findings).assign(finding=lambda d: d["what"])
        recipes.gaps_against_tolerances(gaps, label="finding", colour=alt.value("red"),
                                        axis_title="Gap (%)")
    """
    order = gaps.sort_values("gap_pct", ascending=False)[label].tolist()
    base = alt.Chart(gaps).encode(
        y=alt.Y(
            f"{label}:N",
            title=None,
            sort=order,
            axis=alt.Axis(labelLimit=400, labelFontSize=11),
        )
    )
    ticks = base.mark_tick(thickness=2, size=16, color="#333").encode(
        x="tolerance_pct:Q"
    )
    dots = base.mark_point(size=120, filled=True, opacity=1).encode(
        x=alt.X("gap_pct:Q", title=axis_title),
        color=colour,
        tooltip=[
            alt.Tooltip("what:N", title="Finding"),
            alt.Tooltip("gap_pct:Q", title="Gap (%)", format=".1f"),
            alt.Tooltip("tolerance_pct:Q", title="Tolerance (%)", format=".1f"),
        ],
    )
    return (ticks + dots).properties(height=alt.Step(22), width=260)


def before_after_bars(
    rows: pd.DataFrame,
    *,
    value: str,
    axis_title: str,
    tooltip_title: str,
    stage_title: str,
    stage: str = "stage",
    panel: str = "panel",
) -> alt.FacetChart:
    """Upright bars, one per ``stage`` in ascending order ('2024 H1 (implied)', '2025 H1'),
    in a panel per ``panel`` with its own scale; solid if observed, hollow if derived, outlined
    in the country's colour. Rows from ``growth.before_and_after`` fit it.

    Example::

        rows = growth.before_and_after(later, rate, panel="Robots", now="2025", before="2024")
        recipes.before_after_bars(rows, value="units", axis_title="Units",
                                  tooltip_title="Units", stage_title="Year")
    """
    bars = (
        alt.Chart(rows)
        .mark_bar(size=28, strokeWidth=2.5)
        .encode(
            x=alt.X(
                f"{stage}:N", title=None, sort="ascending", axis=alt.Axis(labelAngle=0)
            ),
            y=alt.Y(f"{value}:Q", title=axis_title),
            **kind_fill(),
            stroke=country_stroke(),
            tooltip=tooltips(
                alt.Tooltip(f"{value}:Q", title=tooltip_title, format=",.0f"),
                alt.Tooltip(f"{stage}:N", title=stage_title),
            ),
        )
        .properties(width=150, height=200)
    )
    header = alt.Header(labelFontWeight="bold", labelFontSize=12)
    return bars.facet(
        column=alt.Column(f"{panel}:N", title=None, header=header)
    ).resolve_scale(y="independent")
