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

from airaces import layout
from airaces.charts import (
    COUNTRY_COLOURS,
    INK,
    POSITION_RANGE,
    SEVERITY_RANGE,
    SUBJECT_RANGE,
    country_colour,
    country_stroke,
    event_tooltips,
    forecast_tooltips,
    hedge_tooltip,
    kind_fill,
    label_expr,
    qualifier_bounds,
    tooltips,
    value_tooltip,
    with_tooltip_words,
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
    rows = with_tooltip_words(rows).assign(
        **{c: rows[c].map(period_words) for c in ("period",) if c in rows}
    )
    return rows.assign(
        **{c: rows[c].astype(object).where(rows[c].notna(), NOT_GIVEN) for c in text}
    )


# What a rated cell's tooltip shows (``airaces.ratings.one_per_source``), and a single rating's.
_RATING_TIPS = {
    "label:N": "Rating",
    "spans:N": "As printed",
    "citation:N": "Where",
    "ids:N": "Ledger ids",
}
_ONE_RATING_TIPS = {
    "rating_words:N": "Rating",
    "as_printed:N": "As printed",
    "citation:N": "Where",
    "assessment_id:N": "Ledger id",
}


def scorecard(
    cells: pd.DataFrame,
    *,
    column: str,
    columns: list[str],
    row: str,
    rows: list[str],
    legend_title: str,
    tooltip: dict[str, str] | None = None,
    ends: dict[float, str],
    value: str = "rating",
    text: str = "label",
    dark_from: float = 1.5,
    step: tuple[int, int] = (105, 34),
) -> alt.LayerChart:
    """A grid of rated cells, one per ``row`` and ``column``, shaded from ochre (the lowest of
    ``ends``, China behind) through pale grey (0) to teal (the highest, China ahead), with each
    cell's ``text`` written in it (white on the darkest cells, from ``dark_from``). ``ends``
    gives the legend's words for the two ends of the scale; ``tooltip`` maps fields to titles,
    by default those of ``airaces.ratings.one_per_source``: the rating, the words and the ids.

    Example::

        chart = recipes.scorecard(
            cells, column="source:N", columns=sources, row="dimension_label:N",
            rows=dimensions, legend_title="China's position",
            ends={-2: "−2 serious weakness", 2: "+2 ahead"},
        )
    """
    low, high = min(ends), max(ends)
    if tooltip is None:
        tooltip = {row: "Pillar or race", column: "Rated by", **_RATING_TIPS}
    base = alt.Chart(cells).encode(
        x=alt.X(
            column,
            title=None,
            sort=columns,
            axis=alt.Axis(
                orient="top", labelAngle=-20, labelAlign="left", labelLimit=200
            ),
        ),
        y=alt.Y(row, title=None, sort=rows),
        tooltip=[alt.Tooltip(f, title=t) for f, t in tooltip.items()],
    )
    shade = alt.Scale(
        domain=[low, 0, high],
        range=POSITION_RANGE,
    )
    legend = alt.Legend(
        values=[low, high],
        labelExpr=f"datum.value < 0 ? '{ends[low]}' : '{ends[high]}'",
        gradientLength=190,
    )
    heat = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color(f"{value}:Q", title=legend_title, scale=shade, legend=legend)
    )
    written = base.mark_text(fontSize=13, fontWeight="bold").encode(
        text=f"{text}:N",
        color=alt.condition(
            f"abs(datum.{value}) >= {dark_from}", alt.value("white"), alt.value("#222")
        ),
    )
    width, height = step
    return (heat + written).properties(width=alt.Step(width), height=alt.Step(height))


def rating_dots(
    rows: pd.DataFrame,
    *,
    source: str,
    sources: list[str],
    panel: str,
    panels: list[str],
    axis_title: str,
    tooltip: dict[str, str] | None = None,
    value: str = "rating",
    scale: tuple[int, int] = (-2, 2),
) -> alt.FacetChart:
    """Every rating as a dot on the scale ``scale``, one panel per ``panel`` (in the order
    ``panels``) and one row per ``source`` that rates it, so that agreement shows as dots in
    one column and disagreement as dots spread across the scale. A source that rates one
    panel twice has two dots on its row. ``tooltip`` maps fields to titles, by default the
    source, the rating in words (``rating_words``), the span, the citation and the id.

    Example::

        chart = recipes.rating_dots(
            scores, source="source", sources=names, panel="dimension_label",
            panels=dimensions, axis_title="Rating",
        )
    """
    low, high = scale
    if tooltip is None:
        tooltip = {f"{source}:N": "Rated by", **_ONE_RATING_TIPS}
    dots = (
        alt.Chart(rows)
        .mark_point(size=140, filled=True, opacity=0.9)
        .encode(
            x=alt.X(
                f"{value}:Q",
                title=axis_title,
                scale=alt.Scale(domain=[low - 0.3, high + 0.3]),
                axis=alt.Axis(values=list(range(low, high + 1))),
            ),
            y=alt.Y(
                f"{source}:N", title=None, sort=sources, axis=alt.Axis(labelLimit=200)
            ),
            color=alt.value(INK),
            tooltip=[alt.Tooltip(f, title=t) for f, t in tooltip.items()],
        )
        .properties(width=260, height=alt.Step(14))
    )
    header = alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold")
    return dots.facet(
        row=alt.Row(f"{panel}:N", title=None, sort=panels, header=header)
    ).resolve_scale(y="independent")


def squares(
    counts: dict[str, int],
    colours: list[str],
    *,
    as_printed: str,
    citation: str,
    per_row: int = 10,
    width: int = 420,
    height: int = 90,
) -> alt.Chart:
    """A count drawn as squares, ``per_row`` to a row, grouped and coloured by the keys of
    ``counts`` (in order, with ``colours``): for counts a source gives without places, such
    as 'seven of the top ten'. Each square's tooltip gives the words printed and the source.

    Example::

        chart = recipes.squares(
            {"China": 7, "Rest of the world": 3}, ["#d62728", "#d0d0d0"],
            as_printed="seven of the top ten", citation="The digest",
        )
    """
    groups = [g for g, n in counts.items() for _ in range(max(n, 0))]
    places = pd.DataFrame(
        {
            "group": groups,
            "col": [i % per_row for i in range(len(groups))],
            "row": [i // per_row for i in range(len(groups))],
        }
    ).assign(as_printed=as_printed, citation=citation)
    colour = alt.Scale(domain=list(counts), range=colours)
    # Each square fills its cell less a gap of a fifth, so squares stay apart at any width.
    gap = alt.Scale(paddingInner=0.2)
    return (
        alt.Chart(places)
        .mark_rect(opacity=1)
        .encode(
            x=alt.X("col:O", axis=None, scale=gap),
            y=alt.Y("row:O", axis=None, scale=gap),
            color=alt.Color("group:N", title=None, scale=colour),
            tooltip=[
                alt.Tooltip("group:N", title="Group"),
                alt.Tooltip("as_printed:N", title="As printed"),
                alt.Tooltip("citation:N", title="Source"),
            ],
        )
        .properties(width=width, height=height)
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
    value_format: str = ",.3~f",
    text: bool = False,
    label_limit: int = 300,
    panel: str | None = None,
    panel_width: int = 400,
    row_padding: float = 0.5,
) -> alt.LayerChart | alt.VConcatChart:
    """Amounts on a log scale, largest first: one dot per row, solid if observed and hollow
    otherwise, with the band its hedge implies ("over 300" reaches up from 300) and, with
    ``stems_from``, a stem from that floor, since a log axis has no zero.

    With ``panel``, the rows are split by that column into panels stacked largest first,
    sharing one x scale so that they can be read against each other; the axis is drawn once,
    under the last panel. ``row_padding`` is the room above the first row and below the last,
    in rows: a long name wrapped on a phone needs more, or it runs into the axis' first label.

    Example::

        rows = money.drawn_once(money.amounts(book.claims)).assign(label=lambda r: r["entity"])
        chart = recipes.amounts(rows, axis_title="US$ billion (log scale)", panel="theme")
    """
    rows = _tooltip_ready(qualifier_bounds(rows, value=value)).assign(floor=stems_from)
    # A log axis reads best from one power of ten to another, so the domain is rounded out to them,
    # and ticks and grid lines mark the powers of ten only (not 2, 3, ... 9 of each decade).
    reach = [
        float(v)
        for v in (
            *(domain or ()),
            *rows[["low", "high", value]].stack().dropna(),
            stems_from,
        )
        if v is not None and float(v) > 0
    ]
    decades = _decades((min(reach), max(reach)))
    # A domain from one power of ten to another, given exactly: rounded out by Vega ('nice'),
    # its end can miss the last tick by a hair, and the last label is then hidden.
    scale = alt.Scale(
        type="log",
        domain=[decades[0], decades[-1]] if domain else alt.Undefined,
        nice=True,
    )
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
        row_padding=row_padding,
    )
    if panel is None:
        return _amount_layers(rows, **form)
    names = rows.groupby(panel)[value].max().sort_values(ascending=False).index.tolist()
    return alt.vconcat(
        *[
            _amount_layers(
                rows[rows[panel] == name], **form, axis=_panel_axis(name, names)
            ).properties(
                width=panel_width,
                height=alt.Step(15),
                # Set over the plot's left edge (frame 'group'), so that every panel's title
                # starts at one indent however wide its row labels are.
                title=alt.Title(
                    name, anchor="start", frame="group", fontSize=12, fontWeight="bold"
                ),
            )
            for name in names
        ],
        spacing=8,
    ).resolve_scale(x="shared")


def _decades(span: tuple[float, float]) -> list[float]:
    """The powers of ten from the one at or below the span's start to the one at or above its end."""
    low, high = span
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    return [10.0**k for k in range(first, last + 1)]


def _panel_axis(name: str, names: list[str]) -> str | None:
    """Where a stack of panels draws its shared axis: under the last, with its title, and over
    the first, so that the panel read first has a scale even when the stack is taller than a
    phone's screen; the panels between draw only its grid lines."""
    if name == names[-1]:
        return "bottom"
    return "top" if name == names[0] else None


def log_domain(rows: pd.DataFrame, value: str = "value", margin: float = 2) -> tuple:
    """The span a log axis needs for the rows' values and the reach of their hedges, widened
    by ``margin`` times each way, for ``amounts(..., domain=...)``.

    Example::

        chart = recipes.amounts(rows, axis_title="US$ billion", domain=recipes.log_domain(rows))
    """
    bounds = qualifier_bounds(rows, value=value)
    return (bounds["low"].min() / margin, bounds["high"].max() * margin)


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
    row_padding=0.5,
    axis="bottom",
):
    order = rows.sort_values(value, ascending=False)[label].tolist()
    base = alt.Chart(rows).encode(
        y=alt.Y(
            f"{label}:N",
            title=None,
            sort=order,
            axis=alt.Axis(labelLimit=label_limit),
            scale=alt.Scale(padding=row_padding),
        )
    )
    # A small power of ten is written in full ("0.001"); the axis' own format would round it to "0.00".
    x_axis = (
        alt.Axis(
            values=ticks,
            labelExpr="format(datum.value, datum.value >= 1 ? ',' : '.12~f')",
            # The layout already leaves only the labels that fit (layout.spaced_ticks); a wider
            # gap asked of Vega would hide the last, flush with the axis' end.
            labelSeparation=2,
            orient=axis,
            title=axis_title if axis == "bottom" else None,
        )
        if axis
        else alt.Axis(values=ticks, labels=False, ticks=False, title=None)
    )
    x = alt.X(f"{value}:Q", title=axis_title, scale=scale, axis=x_axis)
    point_tips = tooltips(
        value_tooltip(f"{value}:Q", axis_title, format=value_format),
        hedge_tooltip(),
        alt.Tooltip("period:N", title="Period"),
    )
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
                clip=True,  # a band near an end of the axis stops at the plot's edge
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
            .mark_rule(strokeWidth=10, opacity=0.35, color="#888", clip=True)
            .encode(
                x=alt.X("low:Q", title=axis_title, scale=scale, axis=x_axis),
                x2="high:Q",
            )
        )
    layers.append(
        base.mark_point(size=150, strokeWidth=2.5, opacity=1).encode(
            x=x, color=country_colour(), **kind_fill(), tooltip=point_tips
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
    ``shapes`` maps kinds to point shapes; ``value_format`` writes each value above its point.

    Example::

        capacity = claims[claims["metric"] == "national_compute_capacity"]
        capacity = capacity.assign(date=capacity["period"].map(period_point))
        chart = recipes.trend(capacity, axis_title="EFLOPS", domain=(0, 350))
    """
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
            value_tooltip("value:Q", axis_title, format=",.4~f"),
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


def labelled_dots(
    rows: pd.DataFrame,
    *,
    value: str,
    label: str,
    axis_title: str,
    reference: float | None = None,
    reference_text: str = "",
    value_title: str | None = None,
    value_format: str = ",.3f",
    label_limit: int = 260,
) -> alt.LayerChart:
    """One dot per row on a linear axis (``value``), named on the y axis by ``label`` and
    sorted by value, coloured by country; with ``reference``, a dashed rule at that value,
    labelled ``reference_text`` at the top. The tooltip names the value ``value_title``
    (the axis title if not given).

    Example::

        chart = recipes.labelled_dots(
            implied, value="rate", label="entity", axis_title="Yuan per US dollar",
            reference=7.2, reference_text="used: 7.20",
        )
    """
    dots = (
        alt.Chart(rows)
        .mark_point(size=180, filled=True, opacity=1)
        .encode(
            x=alt.X(
                f"{value}:Q",
                title=axis_title,
                scale=alt.Scale(zero=False, padding=20),
            ),
            tooltip=tooltips(
                value_tooltip(
                    f"{value}:Q", value_title or axis_title, format=value_format
                ),
            ),
            y=alt.Y(
                f"{label}:N",
                title=None,
                sort="x",
                axis=alt.Axis(labelLimit=label_limit),
            ),
            color=country_colour(),
        )
    )
    if reference is None:
        return alt.layer(dots)
    rule = (
        alt.Chart(pd.DataFrame({value: [reference]}))
        .mark_rule(strokeDash=[4, 3], color="#333")
        .encode(x=f"{value}:Q")
    )
    text = rule.mark_text(
        align="left", dx=4, dy=-6, fontSize=11, text=reference_text
    ).encode(y=alt.value(0))
    return alt.layer(rule, dots, text)


def forecast_matrix(
    rows: pd.DataFrame,
    *,
    column: str,
    row: str,
    row_order: list[str],
    colour: str,
    colours: dict[str, str],
    width: int = 480,
) -> alt.Chart:
    """Predictions as a matrix: one dot per row at its ``column`` (the source that reports it,
    say) and ``row`` (its subject), rows in ``row_order``, coloured by ``colour`` with
    ``colours`` (value -> colour, in legend order). Hover for the words printed.

    Example::

        recipes.forecast_matrix(wu, column="reported_by", row="subject",
                                row_order=subjects, colour="shared",
                                colours={"in both": charts.ACCENT, "in one": charts.MUTED})
    """
    return (
        alt.Chart(rows)
        .mark_point(size=220, filled=True)
        .encode(
            x=alt.X(
                f"{column}:N",
                title=None,
                axis=alt.Axis(labelAngle=0, orient="top", labelLimit=200),
            ),
            y=alt.Y(f"{row}:N", title=None, sort=row_order),
            color=alt.Color(
                f"{colour}:N",
                title=None,
                scale=alt.Scale(domain=list(colours), range=list(colours.values())),
            ),
            tooltip=[
                alt.Tooltip(f"{row}:N", title="Subject"),
                *forecast_tooltips()[1:],
            ],
        )
        .properties(width=width)
    )


# How a year given as a bound is drawn: a triangle pointing the open way, and a dashed
# line reaching that way (years before an upper bound, after a lower one).
BOUND_SHAPES = {"point": "circle", "upper": "triangle-left", "lower": "triangle-right"}
# A bound's open side is a dashed arrow of one length, whatever the bound: its length says
# only "and beyond", never how far (the caption says so).
BOUND_YEARS = 3
BOUND_REACH = {"point": (0, 0), "upper": (-BOUND_YEARS, 0), "lower": (0, BOUND_YEARS)}
BOUND_TIPS = {"upper": ("start", "triangle-left"), "lower": ("end", "triangle-right")}
# The plot's width on a phone beside speakers' names wrapped to 130 px.
FORECAST_PHONE_PLOT = 170


def forecast_years(
    rows: pd.DataFrame,
    *,
    label: str,
    domain: tuple[int, int],
    colour: str = "subject",
    width: int = 300,
    named: tuple[int, ...] = (),
) -> alt.LayerChart:
    """Predicted years (``year``) as dots, one line per ``label``, earliest first, coloured by
    ``colour`` in the book's non-country scheme. ``bound`` ('point', 'upper' for "before 2030",
    'lower' for "as early as 2026") sets the dot's shape, and a bound's open side is drawn as
    a dashed arrow ``BOUND_YEARS`` long. A year sits mid-year, as on every time axis (``periods.period_point``), but a
    bound sits at its year's start: "before 2030" ends on 1 January 2030. The axis marks the
    first and last year and the ``named`` ones, spaced for a phone's plot beside long labels.

    Example::

        recipes.forecast_years(dated, label="speaker", domain=(2024, 2037))
    """
    reach = rows["bound"].map(BOUND_REACH)
    at = rows["year"] + (rows["bound"] == "point") * 0.5
    rows = rows.assign(mid=at, start=at + reach.str[0], end=at + reach.str[1])
    order = rows.sort_values(["year", label])[label].unique().tolist()
    base = alt.Chart(rows).encode(
        y=alt.Y(f"{label}:N", title=None, axis=alt.Axis(labelLimit=340), sort=order)
    )
    spans = base.transform_filter("datum.bound != 'point'").mark_rule(
        strokeDash=[4, 3], strokeWidth=2, color="#777"
    )
    axis = year_axis(
        rows["year"],
        named=named,
        room=FORECAST_PHONE_PLOT,
        across=domain[1] + 1 - domain[0],
    )
    scale = alt.Scale(domain=[domain[0], domain[1] + 1])
    spans = spans.encode(
        x=alt.X("start:Q", title="Predicted year", scale=scale, axis=axis),
        x2="end:Q",
    )
    dots = base.mark_point(size=170, strokeWidth=2.5, opacity=1).encode(
        # The same axis on both layers: one left to Vega's defaults would be merged into it.
        x=alt.X("mid:Q", title="Predicted year", scale=scale, axis=axis),
        color=alt.Color(
            f"{colour}:N", title="Subject", scale=alt.Scale(range=SUBJECT_RANGE)
        ),
        shape=alt.Shape(
            "bound:N",
            title="Year given as",
            scale=alt.Scale(
                domain=list(BOUND_SHAPES), range=list(BOUND_SHAPES.values())
            ),
        ),
        tooltip=forecast_tooltips(),
    )
    tips = [
        base.transform_filter(f"datum.bound == '{bound}'")
        .mark_point(shape=shape, filled=True, size=60, color="#777", opacity=1)
        .encode(
            x=alt.X(f"{end}:Q", title="Predicted year", scale=scale, axis=axis),
            tooltip=alt.value(None),
        )
        for bound, (end, shape) in BOUND_TIPS.items()
    ]
    return alt.layer(spans, *tips, dots).properties(width=width)


def theme_menu(chart: alt.Chart, name: str, themes: dict[str, str]) -> alt.Chart:
    """The chart with a menu that shows one theme or "All"; ``themes`` maps each theme to
    its words, in menu order. Each figure's menu needs a ``name`` of its own.

    Example::

        recipes.theme_menu(chart, "theme_pick", labels.labels("theme"))
    """
    pick = alt.param(
        name=name,
        value="All",
        bind=alt.binding_select(
            options=["All", *themes],
            labels=["All", *themes.values()],
            name="Theme: ",
        ),
    )
    return chart.add_params(pick).transform_filter(
        f"{name} == 'All' || datum.theme == {name}"
    )


def shape_by(field: str, title: str, shapes: dict[str, str]) -> alt.Shape:
    """A shape encoding for ``timeline(..., shape=...)``: ``shapes`` maps values to shapes.

    Example::

        shape = recipes.shape_by("precision", "Dated to", {"day": "circle", "year": "square"})
        chart = recipes.timeline(rows, lane="theme", lanes=themes, shape=shape)
    """
    return alt.Shape(
        f"{field}:N",
        title=title,
        scale=alt.Scale(domain=list(shapes), range=list(shapes.values())),
    )


# Predictions sharing a year and theme are set one above another, this many pixels apart and
# centred on their theme's row (a ring is about 11 px across).
TARGET_STACK_PX = 13


# Who predicts, in the country colours (``charts.COUNTRY_COLOURS``), in words for predictions.
PREDICTOR_WORDS = {
    "CN": "China",
    "US": "United States",
    "other": "Elsewhere",
    "global": "No country given",
}


# The rings' colours: the country colours, but "Elsewhere" in a dark grey that reads on white
# as a ring (the book's pale grey for it was barely seen) and stays apart from "No country
# given"'s mid grey; neither grey is a country hue.
PREDICTOR_COLOURS = {**COUNTRY_COLOURS, "other": "#333333"}


def target_years(
    rows: pd.DataFrame, *, lanes: dict[str, str], named: tuple[int, ...] = ()
) -> alt.LayerChart:
    """Predictions on whole target years (``year``), in lanes by theme (``lanes`` maps each
    theme to its words, in order), coloured by the ``country`` of who predicts; predictions
    sharing a year and theme are set one above another by ``slot``, centred on their row, with
    their ``count`` ("×3") over the top one (``chronology.stacked_targets``). A year sits mid-year, as on every
    time axis; the axis marks the first and last year and the ``named`` ones.

    Example::

        chart = recipes.target_years(dated, lanes=labels.labels("theme"), named=(2025,))
    """
    first, last = int(rows["year"].min()), int(rows["year"].max())
    offset = (rows["slot"] - (rows["count"] - 1) / 2) * TARGET_STACK_PX
    base = alt.Chart(rows.assign(mid=rows["year"] + 0.5, offset=offset)).encode(
        x=alt.X(
            "mid:Q",
            title="Target year",
            scale=alt.Scale(domain=[first, last + 1]),
            axis=year_axis(rows["year"], named=named),
        ),
        y=alt.Y(
            "theme:N",
            title=None,
            sort=list(lanes),
            axis=alt.Axis(labelExpr=label_expr(lanes)),
            scale=alt.Scale(type="point", padding=0.5),  # a lone ring sits on its tick
        ),
        yOffset=alt.YOffset("offset:Q", scale=None),
    )
    dots = base.mark_point(size=70, strokeWidth=2, opacity=1).encode(
        color=alt.Color(
            "country:N",
            title="Who predicts",
            scale=alt.Scale(
                domain=list(PREDICTOR_WORDS),
                range=[PREDICTOR_COLOURS[c] for c in PREDICTOR_WORDS],
            ),
            legend=alt.Legend(labelExpr=label_expr(PREDICTOR_WORDS)),
        ),
        tooltip=forecast_tooltips(),
    )
    # A stack's count, "×3", over its top ring in plain grey: a count, not an event's number
    # (beside the stack it ran into the next year's ring on a phone).
    counts = (
        base.transform_filter("datum.slot == 0 && datum.count > 1")
        .transform_calculate(times="'\u00d7' + datum.count")
        .mark_text(dy=-12, fontSize=11)
        .encode(text="times:N", color=alt.value(INK), tooltip=alt.value(None))
    )
    return alt.layer(dots, counts)


def timeline(
    rows: pd.DataFrame,
    *,
    lane: str,
    lanes: list[str],
    shape: alt.Shape | None = None,
    lane_words: dict[str, str] | None = None,
    named: tuple[int, ...] = (),
    wider_from: int | None = None,
) -> alt.Chart:
    """Dated events (``when``) as dots in lanes, coloured by country; hover for the span and source.
    ``lane_words`` gives the lanes' names as a reader reads them (``airaces.labels``). The axis
    marks the first and last year and the years the text ``named`` (``year_ticks``).
    Numbered rows (``chronology.numbered``) get their numbers above their dots; with
    ``wider_from``, the years from then on are drawn again, wider, in a second panel below,
    and the first panel numbers only the dots before them.

    Example::

        rows = events.assign(when=events["date"].map(period_point), side=events["country"])
        chart = recipes.timeline(rows, lane="side", lanes=["US", "CN"])
    """
    years = pd.to_datetime(rows["when"]).dt.year

    def dots(axis: alt.Axis, title=None) -> alt.Chart:
        chart = alt.Chart().mark_point(size=150, filled=True, opacity=0.9)
        chart = chart.encode(
            x=alt.X("when:T", title=title, axis=axis, scale=_YEARS),
            y=alt.Y(
                f"{lane}:N",
                title=None,
                sort=lanes,
                axis=alt.Axis(labelExpr=label_expr(lane_words or {})),
                # Points, not bands: a dot with no offset sits on its lane's tick.
                scale=alt.Scale(type="point", padding=0.5),
            ),
            color=country_colour(),
            tooltip=event_tooltips(),
        )
        return chart.encode(shape=shape) if shape is not None else chart

    # With a wider panel, the years named from its start on are marked there, not in the
    # crowded end of the first.
    named = [int(y) for y in named]
    later_named = [y for y in named if wider_from is not None and y >= wider_from]
    earlier_named = [y for y in named if y not in later_named]
    whole = dots(time_axis(years, named=earlier_named, even=wider_from is not None))
    if "number" not in rows:
        whole.data = _tooltip_ready(rows)
        return whole
    # Numbered dots, keyed to a list under the chart: dots close in time in one lane are set
    # one above another, centred on the lane, and every dot carries its own number, above or
    # below it (beside it in the middle of a stack of three or more).
    stacks = _stacked(rows, lane)
    data = _tooltip_ready(rows.join(stacks))

    def numbered(chart: alt.Chart, numbers_filter: str = "true") -> alt.LayerChart:
        chart = chart.encode(yOffset=alt.YOffset("offset:Q", scale=None))
        numbers = chart.mark_text(
            dx=alt.ExprRef("datum.place == 'beside' ? 10 : 0"),
            dy=alt.ExprRef(
                "datum.place == 'above' ? -12 : datum.place == 'below' ? 13 : 0"
            ),
            align=alt.ExprRef("datum.place == 'beside' ? 'left' : 'center'"),
            fontSize=11,
            fontWeight="bold",
        ).encode(text="number:N", color=alt.value("#222"), tooltip=alt.value(None))
        numbers.encoding.shape = alt.Undefined  # a number has no shape; Vega would warn
        numbers = numbers.transform_filter(numbers_filter)
        return alt.layer(chart, numbers)

    if wider_from is None:
        return numbered(whole).properties(data=data)
    later = f"year(datum.when) >= {int(wider_from)}"
    one = alt.InlineData(
        values=[{}]
    )  # the band and its words are drawn once, not per row
    band = (
        alt.Chart(one)
        .mark_rect(color="#f0f0f0")
        .encode(
            x=alt.datum(alt.DateTime(year=int(wider_from))),
            x2=alt.datum(alt.DateTime(year=int(years.max()) + 1)),
        )
    )
    # The band says what it is, over its right end, above the dots.
    band_words = (
        alt.Chart(one)
        .mark_text(align="right", baseline="bottom", dy=-4, fontSize=11, color=INK)
        .encode(
            x=alt.datum(alt.DateTime(year=int(years.max()) + 1)),
            y=alt.value(0),
            text=alt.value(f"Shaded: from {int(wider_from)}, drawn wider below"),
        )
    )
    height = 44 * len(lanes)  # room for a number above one lane and one below the next
    overview = alt.layer(band, band_words, numbered(whole, f"!({later})"))
    overview = overview.properties(height=height)
    # The wider panel's lanes make room for its tallest stack and a number above and below.
    tallest = int(stacks.loc[years.index[years >= wider_from], "size"].max())
    # The two panels together must still fit an A4 page.
    height = len(lanes) * (STACK_PX * (tallest - 1) + 22)
    title = f"From {int(wider_from)} on, drawn wider"
    detail = dots(time_axis(years[years >= wider_from], named=later_named), title)
    detail = detail.transform_filter(later)
    return alt.vconcat(overview, numbered(detail).properties(height=height), data=data)


# Dots in one lane closer than this (about a marker's width on a phone's wider panel) are set
# one above another, this many pixels apart, so that no two markers print over each other.
STACK_DAYS = 80
STACK_PX = 16


# Two lone dots in one lane closer than this are labelled one above, one below, so that their
# numbers do not print over each other (about 14 px of a phone's year of 60 px).
CLOSE_DAYS = 100


def _stacked(rows: pd.DataFrame, lane: str) -> pd.DataFrame:
    """For each numbered row: ``size`` of its stack (dots in its lane within ``STACK_DAYS`` of
    the one before), ``offset``, its pixels from the lane's centre (a stack is centred on its
    lane, lowest number on top), and ``place``, where its number goes: 'above' the top dot of
    a stack, 'below' the bottom one, 'beside' any between; a lone dot's number goes above, or
    below when the lone dot before it, within ``CLOSE_DAYS``, has its number above."""
    found = []
    for _, group in rows.groupby(lane):
        when = pd.to_datetime(group["when"])
        order = group.assign(t=when).sort_values(["t", "number"])
        stacks: list[list] = []
        previous = None
        for index, t in order["t"].items():
            if previous is None or (t - previous).days >= STACK_DAYS:
                stacks.append([])
            stacks[-1].append((index, t))
            previous = t
        lone_before = None  # (when, place) of the last lone dot
        for stack in stacks:
            n = len(stack)
            for slot, (index, t) in enumerate(stack):
                place = "above" if slot == 0 else "below" if slot == n - 1 else "beside"
                if n == 1:
                    close = lone_before and (t - lone_before[0]).days < CLOSE_DAYS
                    place = "below" if close and lone_before[1] == "above" else "above"
                    lone_before = (t, place)
                found.append((index, n, (slot - (n - 1) / 2) * STACK_PX, place))
    columns = ["index", "size", "offset", "place"]
    return pd.DataFrame(found, columns=columns).set_index("index")


def dumbbell(
    rows: pd.DataFrame,
    *,
    measure: str,
    stage: str,
    axis_title: str,
    domain: tuple[float, float],
) -> alt.LayerChart:
    """Two values of each ``measure`` (an earlier and a later one) joined by a line, with hedge
    bands; ``stage`` labels each dot ('2022', 'latest report').

    Example::

        chart = recipes.dumbbell(pairs, measure="measure", stage="when",
                                 axis_title="Per cent", domain=(0, 100))
    """
    rows = _tooltip_ready(qualifier_bounds(rows))
    leftmost = rows.groupby(measure)["value"].idxmin()  # the first of two equal values
    rows = rows.assign(leftmost=rows.index.isin(leftmost))
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
                value_tooltip("value:Q", axis_title),
                hedge_tooltip(),
                alt.Tooltip(f"{stage}:N", title="When"),
            ),
        ),
        # Each pair's labels lean away from each other, the left one ending at its dot and the
        # right one starting at its, so that close dots' labels do not print over each other.
        base.transform_filter("datum.leftmost")
        .mark_text(dy=-16, dx=6, fontSize=11, align="right")
        .encode(x="value:Q", text=f"{stage}:N"),
        base.transform_filter("!datum.leftmost")
        .mark_text(dy=-16, dx=-6, fontSize=11, align="left")
        .encode(x="value:Q", text=f"{stage}:N"),
    )


def dated_timeline(
    rows: pd.DataFrame,
    *,
    lane: str,
    lanes: list[str],
    text: str = "date",
    named: tuple[int, ...] = (),
) -> alt.LayerChart:
    """A ``timeline`` whose dots each carry their date as printed (``text``), slanted up and to
    the right of the dot so that neighbouring labels do not overlap. The labels keep the dots'
    positions but not their colour or tooltip.

    Example::

        rows = events.assign(when=events["date"].map(period_point), side=events["country"])
        recipes.dated_timeline(rows, lane="side", lanes=["US", "CN"]).properties(height=150)
    """
    dots = timeline(rows, lane=lane, lanes=lanes, named=named)
    labels = dots.mark_text(align="left", dx=6, dy=-12, angle=320, fontSize=11).encode(
        text=f"{text}:N", color=alt.value("#333"), tooltip=alt.value(None)
    )
    return dots + labels


def slopes(
    rows: pd.DataFrame, *, panel: str, stage: str, stages: list[str], width: int = 170
) -> alt.FacetChart:
    """Before-and-after values as slope charts, one panel per ``panel`` with its own scale;
    ``stage`` places each row on the x axis in the order ``stages``.

    Example::

        chart = recipes.slopes(pairs, panel="panel", stage="when", stages=["before", "after"])
    """
    base = alt.Chart(_tooltip_ready(rows)).encode(
        x=alt.X(f"{stage}:N", title=None, sort=stages, axis=alt.Axis(labelAngle=0)),
        # Rounded out to a tick above the highest value, so that no point sits over the axis' end.
        y=alt.Y(
            "value:Q",
            title=None,
            scale=alt.Scale(zero=True, nice=5),
            axis=alt.Axis(tickCount=5),
        ),
    )
    layer = alt.layer(
        base.mark_line(color="#999", strokeWidth=2),
        base.mark_point(size=180, strokeWidth=2.5, opacity=1).encode(
            color=country_colour(),
            **kind_fill(),
            tooltip=tooltips(
                value_tooltip("value:Q", None),
                hedge_tooltip(),
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
    and the words then sit at its far end. ``start`` names a column each bar starts from; on a
    log scale (``log=True``), which has no zero and on which a bar's length misleads, each value
    is drawn instead as a dot on a thin rule from its start. Bars are coloured by country unless
    ``colour`` fixes one colour.

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
        value_tooltip(f"{value}:Q", tooltip_title or axis_title, format=",.4~f")
    )
    # On a log scale only the powers of ten are ticked and labelled, as in ``amounts``.
    axis = alt.Axis(values=_decades(domain)) if log and domain else alt.Undefined
    hue = alt.value(colour) if colour else country_colour()
    x = alt.X(f"{start or value}:Q", title=axis_title, scale=scale, axis=axis)
    if log and start:
        # A bar's length on a log scale is not in proportion to its value (54 would look five
        # times 2.2), so each value is a dot, joined to its start by a thin rule.
        layers = [
            base.mark_rule(strokeWidth=2, opacity=0.6).encode(
                x=x, x2=f"{value}:Q", color=hue
            ),
            base.mark_point(size=160, filled=True, opacity=1).encode(
                x=alt.X(f"{value}:Q", scale=scale, axis=axis, title=axis_title),
                color=hue,
                tooltip=tooltip,
            ),
        ]
    else:
        bars = base.mark_bar(size=size, opacity=0.85).encode(
            x=x, color=hue, tooltip=tooltip
        )
        layers = [bars.encode(x2=f"{value}:Q") if start else bars]
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
        base.mark_text(
            align="left", dx=12 if log and start else 6, fontSize=12, color="#333"
        ).encode(x=f"{'high' if bands else value}:Q", text=words)
    )
    return alt.layer(*layers)


def severity_colour(severities) -> alt.Color:
    """Colour by ``severity``, darker grey for graver (``charts.SEVERITY_RANGE``), in the order
    ``severities`` lists them.

    Example::

        colour = recipes.severity_colour(audit.SEVERITIES)
        chart = recipes.stacked_counts(counts, label="check_label", count="findings", colour=colour)
    """
    return alt.Color(
        "severity:N",
        title="Severity",
        scale=alt.Scale(domain=list(severities), range=SEVERITY_RANGE),
    )


def _legend_of_drawn(colour, rows: pd.DataFrame):
    """``colour`` with its legend listing only the values ``rows`` hold, in the scale's order:
    the scale keeps every value, so a colour means the same in every figure, but a legend entry
    for a value no mark has would send the reader looking for it."""
    spec = colour.to_dict() if isinstance(colour, alt.Color) else {}
    domain = spec.get("scale", {}).get("domain")
    name = spec.get("field")
    if not domain or name not in rows:
        return colour
    drawn = [v for v in domain if v in set(rows[name])]
    return alt.Color(
        **{**spec, "legend": {**(spec.get("legend") or {}), "values": drawn}}
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
            color=_legend_of_drawn(colour, rows),
            order=alt.Order(f"{order}:Q"),
            tooltip=[
                alt.Tooltip(f"{label}:N", title=label_title),
                alt.Tooltip(f"{hue['field']}:N", title="This part of the bar"),
                alt.Tooltip(f"{count}:Q", title=f"{axis_title} in this part"),
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
        recipes.gaps_against_tolerances(gaps, label="finding", colour=alt.value(charts.ACCENT),
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
        color=_legend_of_drawn(colour, gaps),
        tooltip=[
            alt.Tooltip("what:N", title="Finding"),
            alt.Tooltip("gap_pct:Q", title="Gap (%)", format=".1~f"),
            alt.Tooltip("tolerance_pct:Q", title="Tolerance (%)", format=".1~f"),
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
    value_format: str = ",.0f",
    ticks: int = 5,
) -> alt.FacetChart:
    """Upright bars, one per ``stage`` in ascending order ('2024 H1 (implied)', '2025 H1'),
    in a panel per ``panel`` with its own scale; solid if observed, hollow if derived, outlined
    in the country's colour. Rows from ``growth.before_and_after`` fit it. Each scale is
    rounded out to the step of its own ``ticks`` labels, so that its top is a labelled tick
    above the tallest bar (Vega's default rounds to a finer step than its axis labels).

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
            y=alt.Y(
                f"{value}:Q",
                title=axis_title,
                scale=alt.Scale(nice=ticks),
                axis=alt.Axis(tickCount=ticks),
            ),
            **kind_fill(),
            stroke=country_stroke(),
            tooltip=tooltips(
                alt.Tooltip(f"{value}:Q", title=tooltip_title, format=value_format),
                alt.Tooltip(f"{stage}:N", title=stage_title),
            ),
        )
        .properties(width=150, height=200)
    )
    header = alt.Header(labelFontWeight="bold", labelFontSize=12)
    return bars.facet(
        column=alt.Column(f"{panel}:N", title=None, header=header)
    ).resolve_scale(y="independent")


# How wide the plot of a time axis is on a phone (390 px), beside its lanes' names: the axis's
# years are spaced for this, so that the same ticks serve the laptop's wider plot too.
PHONE_PLOT = 200
# A year label's width (four digits at the axis's 12 px) and the room kept between two labels.
YEAR_LABEL_PX = 4 * layout.CHAR_WIDTH * layout.AXIS_TITLE_SIZE
REGULAR_STEPS = (1, 2, 5, 10, 20, 50)


def year_ticks(
    years,
    *,
    named=(),
    span: tuple[int, int] | None = None,
    room: float = PHONE_PLOT,
    across: float | None = None,
    most: int = 6,
    even: bool = False,
) -> list[int]:
    """The years a time axis marks: the first and the last (of ``span``, or of ``years``), then
    each year the text ``named`` (in the order given), then every 2, 5 or 10 years, each only
    where it leaves room for its label beside those already marked on a phone's plot of
    ``room`` px covering ``across`` years (by default the first to the end of the last), and no
    more than ``most`` in all. A named year with no room is left out: pass only what fits.
    With ``even``, the marks are in equal steps from the first to the last through every named
    year if any such step fits (2005, 2012, 2019, 2026 for 2019), so no mark breaks the rhythm.

    Example::

        recipes.year_ticks([2005, 2025], named=[2020])  # [2005, 2010, 2015, 2020, 2025]
    """
    years = [int(y) for y in years]
    first, last = span or (min(years), max(years))
    per_year = room / (across or (last - first + 1))
    gap = math.ceil((YEAR_LABEL_PX + layout.TICK_GAP) / per_year)
    steps = range(max(gap, 1), last - first + 1) if even else ()
    for step in steps:
        on_rhythm = all((int(y) - first) % step == 0 for y in [*named, last])
        if on_rhythm and (last - first) // step < most:
            return list(range(first, last + 1, step))
    step = next(
        (s for s in REGULAR_STEPS if s >= gap and (last - first) / s < most - 1),
        REGULAR_STEPS[-1],
    )
    regular = range(math.ceil(first / step) * step, last, step)
    marked = [first, last]
    for year in [int(y) for y in named] + list(regular):
        if len(marked) < most and all(abs(year - m) >= gap for m in marked):
            marked.append(year)
    return sorted(set(marked))


def _named_words(named, marked) -> dict:
    """An axis description that says which marked years the text names (for screen readers,
    and for tests/test_figure_time.py to check that each is labelled)."""
    named = [int(y) for y in named]
    if not named:
        return {}
    return {
        "description": f"Years from {marked[0]} to {marked[-1]}; "
        f"the text names {', '.join(map(str, sorted(set(named))))}"
    }


# A phone lists at most this many numbers on an axis before ``layout.spaced_ticks`` blanks some.
PHONE_NUMBERS = int(layout.NARROW_PLOT // (YEAR_LABEL_PX + layout.TICK_GAP))


def year_axis(
    years, *, named=(), span=None, title=None, room=PHONE_PLOT, across=None
) -> alt.Axis:
    """A year-number axis that labels ``year_ticks`` and hides none of them."""
    values = year_ticks(
        years, named=named, span=span, room=room, across=across, most=PHONE_NUMBERS
    )
    return alt.Axis(
        format="d",
        values=values,
        labelOverlap=False,
        **_named_words(named, values),
        **({"title": title} if title else {}),
    )


def time_axis(years, *, named=(), room=PHONE_PLOT, even=False) -> alt.Axis:
    """A temporal axis that labels the first of January of each of ``year_ticks``."""
    ticks = year_ticks(years, named=named, room=room, even=even)
    return alt.Axis(
        format="%Y",
        values=[alt.DateTime(year=y, month=1, date=1) for y in ticks],
        labelOverlap=False,
        **_named_words(named, ticks),
    )


def verdicts_against_open_data(
    comparisons: pd.DataFrame, *, label: str, tolerance: float
) -> alt.LayerChart:
    """Claims set against open data (``airaces.outside.compare``, judged rows only): each
    claim's ``factor`` (the data's figure over the claim's) as a dot on a log scale, one row per
    ``label``, beside a shaded band where the two agree within ``tolerance``. Dots that differ
    take the accent; those that agree, ink.

    Example::

        judged = outside.compare(ledger, open_data).dropna(subset=["factor"])
        recipes.verdicts_against_open_data(judged, label="subject", tolerance=0.25)
    """
    from airaces.charts import ACCENT

    order = comparisons.sort_values("factor")[label].tolist()
    factors = comparisons["factor"].astype(float)
    reach = max(abs(math.log10(factors.min())), abs(math.log10(factors.max())), 1.0)
    # Even on both sides of one, and a little past the farthest dot, so none sits on an end.
    domain = [10 ** -(reach + 0.3), 10 ** (reach + 0.3)]
    x_scale = alt.Scale(type="log", domain=domain)
    band = pd.DataFrame(
        {"low": [1 - tolerance], "high": [1 + tolerance], "words": ["agree"]}
    )
    shaded = (
        alt.Chart(band)
        .mark_rect(color="#e6e6e6")
        .encode(x=alt.X("low:Q", scale=x_scale), x2="high:Q")
    )
    base = alt.Chart(comparisons).encode(
        y=alt.Y(f"{label}:N", title=None, sort=order, axis=alt.Axis(labelLimit=400)),
    )
    even = alt.Chart(band).mark_rule(color="#333", strokeWidth=1).encode(x=alt.datum(1))
    # The band and the line say what they are at the top of the plot, so no legend is needed.
    said = (
        alt.Chart(band)
        .mark_text(baseline="bottom", dy=-4, fontSize=11, color="#333")
        .encode(
            x=alt.datum(1),
            y=alt.value(0),
            text=alt.value(f"agree within ±{tolerance:.0%}"),
        )
    )
    dots = base.mark_point(size=110, filled=True, opacity=1).encode(
        x=alt.X(
            "factor:Q",
            scale=x_scale,
            title="Open data ÷ source (log scale)",
            axis=alt.Axis(
                values=[
                    d for d in (0.01, 0.1, 1, 10, 100) if domain[0] <= d <= domain[1]
                ],
                format="~g",
            ),
        ),
        color=alt.Color(
            "verdict:N",
            scale=alt.Scale(domain=["consistent", "differs"], range=[INK, ACCENT]),
            legend=alt.Legend(title="Verdict", orient="top"),
        ),
        tooltip=[
            alt.Tooltip("subject:N", title="What is compared"),
            alt.Tooltip("claimed:N", title="The source says"),
            alt.Tooltip("found:N", title="The open data gives"),
        ],
    )
    return (shaded + even + said + dots).properties(height=alt.Step(26), width=300)


def counts_by_year(
    rows: pd.DataFrame, *, year: str, count: str, axis_title: str, marked=None
) -> alt.LayerChart:
    """A yearly count per country as lines (``country`` in the book's codes: CN, US, other),
    each labelled by its ``group`` at its last point instead of by a legend, as Our World in
    Data draws them; labels that would touch are moved apart. ``marked`` = (year, country,
    words) writes the words beside the country's point that year, for a year the text names
    that the axis has no room to label.

    Example::

        rows = outside.language_models_by_year(open_data.notable_models)
        recipes.counts_by_year(rows, year="year", count="models", axis_title="Models")
    """
    height = 240
    years = sorted(rows[year].unique())
    x = alt.X(
        f"{year}:Q",
        title=None,
        scale=alt.Scale(domain=[years[0], years[-1]], nice=False),
        # The phone's plot loses room to the labels at the lines' ends.
        axis=year_axis(years, room=layout.NARROW_PLOT - 50),
    )
    base = alt.Chart(rows).encode(
        x=x,
        y=alt.Y(f"{count}:Q", title=axis_title),
        color=country_colour().legend(None),
    )
    lines = base.mark_line(strokeWidth=2.5)
    points = base.mark_point(filled=True, size=40, opacity=1).encode(
        tooltip=[
            alt.Tooltip("group:N", title="Where"),
            alt.Tooltip(f"{year}:Q", title="Year", format="d"),
            alt.Tooltip(f"{count}:Q", title="That year"),
        ]
    )
    last = rows[rows[year] == years[-1]].sort_values(count)
    # Labels at least 14 px apart: the scale runs from zero to a nice top near the largest count.
    per_pixel = _nice_top(rows[count].max()) / height
    placed = []
    for value in last[count]:
        floor = placed[-1] + 14 * per_pixel if placed else value
        placed.append(max(value, floor))
    ends = (
        alt.Chart(last.assign(label_at=placed))
        .mark_text(align="left", dx=6, fontSize=12, fontWeight="bold")
        .encode(
            x=f"{year}:Q",
            y=alt.Y("label_at:Q"),
            text="group:N",
            color=country_colour().legend(None),
        )
    )
    layers = [lines, points, ends]
    if marked:
        at = rows[(rows[year] == marked[0]) & (rows["country"] == marked[1])]
        layers.append(
            alt.Chart(at.assign(words=marked[2]))
            .mark_text(align="left", dx=6, dy=16, fontSize=11)
            .encode(x=f"{year}:Q", y=f"{count}:Q", text="words:N")
        )
    return alt.layer(*layers).properties(width=380, height=height)


def _nice_top(largest: float) -> float:
    """Where Vega's nice scale ends above ``largest``: the next multiple of a round step."""
    step = 10 ** math.floor(math.log10(largest)) / 2
    return math.ceil(largest / step) * step
