"""The book's chart theme, and the frame every figure is finished in.

Importing this module registers and enables the ``airaces`` theme and renderer,
so a chapter only needs ``from airaces import charts``. Colours are fixed per
country for the whole book; observed values are drawn solid and estimates,
targets and forecasts hollow (``FILLED_KINDS``).
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import os
import re
import tempfile

import altair as alt
import pandas as pd

from airaces import labels, layout
from airaces.citations import cite_lines
from airaces.ledger import ID_COLUMNS, row_ids
from airaces.paths import DRAWINGS_DIR, FIGURE_DATA_DIR, LEDGER_PAGE

COUNTRY_COLOURS = {
    "CN": "#c0392b",
    "US": "#2c5aa0",
    "global": "#6f6f6f",
    "other": "#bbbbbb",  # MUTED: a mauve here was taken for the subjects' orchid
}
# Colour for anything but country. China's red and the United States' blue mean country
# and nothing else, so every other scheme keeps well away from both (at least 40 apart in
# Lab, tests/test_colour_language.py): greys, and one accent, dark teal, for what a figure
# points at, with ochre as teal's opposite on a two-sided scale. Methods says what each means.
ACCENT = "#1b7a6e"  # what the figure points at: "in both accounts"
MUTED = "#bbbbbb"  # the rest, beside the accent: "in one"
INK = "#555555"  # one colour for marks that need none of their own: ratios, ratings
# China's position on a two-sided scale: ochre behind, pale grey even, teal ahead.
POSITION_RANGE = ["#8c6d1f", "#f2f2f2", "#018571"]
# The audit's findings, darker grey for graver: contradiction, inconsistency, ambiguity. Grey,
# not teal, so that teal keeps to what a figure points at (and China ahead, its opposite ochre).
SEVERITY_RANGE = ["#222222", "#777777", "#bbbbbb"]
# Subjects or groups with no order among them: teal, amber, orchid, then greys. The first
# three are dark enough to read as hollow rings, 3:1 on white (the old lilac and amber were not).
SUBJECT_RANGE = ["#1b9e77", "#b58900", "#b3589a", "#555555", "#a6a6a6", "#66c2a5"]
NON_COUNTRY_COLOURS = {
    "accent": ACCENT,
    "muted": MUTED,
    "ink": INK,
    **{f"position {i}": c for i, c in enumerate(POSITION_RANGE)},
    **{f"severity {i}": c for i, c in enumerate(SEVERITY_RANGE)},
    **{f"subject {i}": c for i, c in enumerate(SUBJECT_RANGE)},
}
KIND_ORDER = ["observed", "estimate", "target", "forecast"]
FILLED_KINDS = ("observed",)
FONT = "'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif"
WIDTH = 440


@alt.theme.register("airaces", enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": WIDTH, "continuousHeight": 300},
            "title": {
                "anchor": "start",
                "fontSize": 16,
                "subtitleFontSize": 13,
                "subtitleColor": "#444",
            },
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "gridColor": "#e6e6e6",
                "domainColor": "#999",
            },
            # Numbers and dates on an axis too close to read apart: keep every other one.
            "axisQuantitative": {"labelOverlap": "greedy", "labelSeparation": 6},
            "axisTemporal": {"labelOverlap": "greedy", "labelSeparation": 6},
            # Panel names: Vega-Lite's default is 10 px, under 8 pt on paper.
            "header": {"labelFontSize": 12, "titleFontSize": 12},
            # A legend whose symbols have no colour of their own (a shape or a kind) draws them
            # in outline, so that no entry is a label beside an empty space.
            "legend": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "orient": "top",
                "symbolBaseFillColor": "transparent",
                "symbolBaseStrokeColor": "#555",
                "symbolStrokeWidth": 1.5,
            },
        }
    }


class ScriptSafeEncoder(json.JSONEncoder):
    """JSON that can sit inside an HTML <script>: '<', '>' and '&' are written as escapes.

    A span or note from the data that reads "</script><script>..." would otherwise
    end the chart's script early and run as code in the reader's browser.
    """

    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield (
                chunk.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
            )


def draw_svg(spec: dict) -> str:
    """The chart as static SVG, drawn by vl-convert with the Vega-Lite version Altair writes.

    Drawing is most of a chapter's run time (6 of 9.5 s for 08), and an edit to a
    chapter's prose or to one chart leaves the other specs as they were; so each
    drawing is kept under a digest of its spec and of the vl-convert and Vega-Lite
    versions, and an unchanged spec is not drawn again. A drawing is the same bytes
    whichever run made it (the committed notebooks are byte-identical on re-execution).
    """
    import vl_convert as vlc

    vl_version = "v" + ".".join(alt.VEGALITE_VERSION.split(".")[:2])
    key = hashlib.sha256(
        json.dumps([vlc.__version__, vl_version, spec], sort_keys=True).encode()
    ).hexdigest()
    kept = DRAWINGS_DIR / f"{key}.svg"
    try:
        return kept.read_text(encoding="utf-8")
    except OSError:
        pass
    svg = vlc.vegalite_to_svg(spec, vl_version=vl_version)
    try:  # written whole or not at all, so a run beside this one never reads half a drawing
        DRAWINGS_DIR.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=DRAWINGS_DIR, suffix=".part", delete=False
        ) as part:
            part.write(svg)
        os.replace(part.name, kept)
    except OSError:  # a read-only checkout draws every time
        pass
    return svg


def _own_ids(svg: str, prefix: str) -> str:
    """``svg`` with its element ids (clip paths) prefixed, so that several SVGs can share one page.

    Every drawing names its clip paths clip1, clip2, ...; two on a page would share
    the ids, and a chart would be clipped by the other's paths (or by a hidden one's).
    """
    ids = set(re.findall(r'\sid="([^"]+)"', svg))
    for old in sorted(ids, key=len, reverse=True):
        svg = svg.replace(f'id="{old}"', f'id="{prefix}-{old}"').replace(
            f"url(#{old})", f"url(#{prefix}-{old})"
        )
    return svg


_MARK_ARIA = re.compile(r'\s(?:aria-label|aria-roledescription|role)="[^"]*"')


def _labelled(svg: str, label: str) -> str:
    """``svg`` announced to screen readers as one image with ``label``.

    An image's parts are not read out, so the label Vega writes on every mark (most of
    the drawing's bytes) is dropped; the figure's CSV and the tooltips carry the rows.
    """
    return _compact(_MARK_ARIA.sub("", svg)).replace(
        "<svg ", f'<svg role="img" aria-label="{html.escape(label, quote=True)}" ', 1
    )


_LONG_DECIMAL = re.compile(r"(\d\.\d{2})\d+")
_FONT = re.compile(r' font-family="[^"]*"')
_ATTRIBUTE = re.compile(r'="([^"]*)"')


def _compact(svg: str) -> str:
    """``svg`` in fewer bytes, drawn the same: coordinates to a hundredth of a pixel, and the
    font named once on the drawing instead of on each of its texts."""
    fonts = set(_FONT.findall(svg))
    # Only attribute values: a label's text ("0.00001") is what the reader reads, and stays whole.
    svg = _ATTRIBUTE.sub(
        lambda m: '="' + _LONG_DECIMAL.sub(r"\1", m.group(1)) + '"', svg
    )
    if len(fonts) == 1:
        svg = _FONT.sub("", svg).replace("<svg ", "<svg" + fonts.pop() + " ", 1)
    return svg


class _FigureRenderer:
    """Draws each chart twice, laid out for a laptop's column and for a phone (``airaces.layout``).

    The HTML a page gets holds both drawings as static SVG, which CSS picks from by
    the width of the column, and both specs, from which the book's script redraws
    the visible one with Vega once a reader points at it (for its tooltips). So a
    chart reads at full size on any screen and on paper, with no script at all.
    A notebook viewer gets the laptop drawing as ``image/svg+xml``.

    Ids are a digest of the spec, so re-executed notebooks are byte-identical. A
    chart finished by :func:`finish` is wrapped in a ``<figure>`` whose caption
    names its sources and ledger rows and links to its data.
    """

    def __call__(self, spec: dict, **metadata) -> dict[str, str]:
        spec = json.loads(json.dumps(spec))
        frame = (spec.pop("usermeta", None) or {}).get("airaces")
        if frame and "country" in frame["columns"]:
            at = frame["columns"].index("country")
            spec = only_countries(spec, {row[at] for row in frame["rows"]})
        digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[
            :32
        ]
        label = spec.get("description") or _title_text(spec) or "A chart"
        drawn = {
            name: layout.fit(form, width, draw_svg)
            for name, width, form in (
                ("wide", layout.WIDE, layout.wide_form(spec)),
                ("narrow", layout.NARROW, layout.narrow_form(spec)),
            )
        }
        parts = [f'<div class="airaces-chart" id="altair-viz-{digest}">']
        for name, (laid_out, svg) in drawn.items():
            svg = _labelled(
                _own_ids(svg, f"chart-{digest[:8]}-{name}"), label
            )  # an id starts with a letter
            if (
                name == "narrow"
            ):  # the same rows as the wide spec's, which the page script lends it
                laid_out = {k: v for k, v in laid_out.items() if k != "datasets"}
            code = json.dumps(laid_out, cls=ScriptSafeEncoder, sort_keys=True)
            parts.append(
                f'<div class="airaces-chart-{name}">{svg}</div>'
                f'<script type="application/json" class="airaces-chart-spec" data-variant="{name}">{code}</script>'
            )
        parts.append("</div>")
        chart_html = "".join(parts)
        return {
            "text/html": figure_html(frame, chart_html) if frame else chart_html,
            "image/svg+xml": drawn["wide"][1],
            "text/plain": label,
        }


def only_countries(spec: dict, present: set) -> dict:
    """The spec with its country scales cut to the countries it draws; with one, no country legend.

    The book's colour scale names all four, so a chart of China alone would otherwise
    carry a legend for the United States, "Global" and "Other" too.
    """

    def cut(node):
        scale = node.get("scale")
        if (
            node.get("field") == "country"
            and isinstance(scale, dict)
            and scale.get("domain") == list(COUNTRY_COLOURS)
        ):
            keep = [c for c in COUNTRY_COLOURS if c in present]
            node["scale"] = {
                **scale,
                "domain": keep,
                "range": [COUNTRY_COLOURS[c] for c in keep],
            }
            if len(keep) <= 1:
                node["legend"] = None

    spec = copy.deepcopy(spec)
    layout.each_node(spec, cut, skip={"data", "datasets"})
    return spec


def _title_text(spec: dict) -> str:
    title = spec.get("title")
    text = title.get("text") if isinstance(title, dict) else title
    return " ".join(text) if isinstance(text, list) else (text or "")


alt.renderers.register("airaces", _FigureRenderer())
alt.renderers.enable("airaces")


def ledger_link(row_id: str) -> str:
    """An HTML link to a row of the ledger browser."""
    safe = html.escape(row_id)
    return f'<a class="airaces-ledger-link" href="{LEDGER_PAGE}#{safe}">{safe}</a>'


def figure_html(frame: dict, chart_html: str) -> str:
    """The chart wrapped in a <figure> with its data and, last (as HTML requires), its caption."""
    figure_id = html.escape(frame["id"])
    data = json.dumps(
        {"id": frame["id"], "columns": frame["columns"], "rows": frame["rows"]},
        cls=ScriptSafeEncoder,
    )
    parts = [
        f'<figure class="airaces-figure" id="figure-{figure_id}">',
        chart_html,
        f'<script type="application/json" class="airaces-figure-data">{data}</script>',
        '<figcaption class="airaces-footer">',
    ]
    parts.append(
        "<p>Source: " + "; ".join(html.escape(s) for s in frame["sources"]) + ".</p>"
    )
    for origin in frame.get("origin") or ():
        parts.append(origin_footer(origin))
    if frame.get("note"):
        parts.append(f"<p>Note: {html.escape(frame['note'])}</p>")
    links = ", ".join(ledger_link(i) for i in frame["ids"])
    parts.append(
        f'<p>Ledger rows: {links}. <a class="airaces-figure-csv" href="../{FIGURE_DATA_DIR}/{figure_id}.csv" '
        f'download="{figure_id}.csv">Download this figure\'s data (CSV)</a>.</p>'
    )
    parts.append("</figcaption></figure>")
    return "".join(parts)


def origin_footer(origin: dict) -> str:
    """The credit an open dataset's licence asks for, as Our World in Data words it under a chart:
    producer, title, version and date, licence, and a link to the producer's page."""
    from airaces.opendata import short_version

    e = html.escape
    return (
        f'<p class="airaces-origin">Data: {e(origin["producer"])}, “{e(origin["title"])}” '
        f"({e(short_version(origin['version']))}; accessed {e(origin['accessed'])}), "
        f"licence {e(origin['licence'])}. "
        f'<a href="{e(origin["url"], quote=True)}">Learn more about this data</a>.</p>'
    )


_COUNTRY_SCALE = alt.Scale(
    domain=list(COUNTRY_COLOURS), range=list(COUNTRY_COLOURS.values())
)


# Colour and fill share one legend; Vega-Lite merges them only when their legends agree.
def _country_legend() -> alt.Legend:
    return alt.Legend(
        title=labels.label("column", "country"),
        labelExpr=label_expr(labels.labels("country")),
    )


def country_colour() -> alt.Color:
    """The book-wide colour encoding for the ``country`` column."""
    return alt.Color("country:N", scale=_COUNTRY_SCALE, legend=_country_legend())


def country_stroke() -> alt.Stroke:
    """The country's colour as an outline, for hollow marks that have no fill to show it."""
    return alt.Stroke("country:N", scale=_COUNTRY_SCALE, legend=_country_legend())


def kind_fill() -> dict:
    """Observed values solid in the country's colour, everything else hollow; splat into ``encode``.

    Hollow is a fill of opacity 0, not a white fill: the inside then shows the page,
    light or dark, and a pointer over it still finds the mark.
    """
    filled = " || ".join(f"datum.kind == '{k}'" for k in FILLED_KINDS)
    return {
        "fill": alt.Fill("country:N", scale=_COUNTRY_SCALE, legend=_country_legend()),
        "fillOpacity": alt.condition(filled, alt.value(1), alt.value(0)),
    }


def fill_key(rows: pd.DataFrame) -> str:
    """What solid and hollow marks and pale bands mean, for the kinds and hedges ``rows`` hold:
    a subtitle names only what the chart draws ("Solid: observed; hollow: target, forecast.").
    """
    kinds = [k for k in KIND_ORDER if k in set(rows["kind"])]
    hollow = [k for k in kinds if k not in FILLED_KINDS]
    solid = [k for k in kinds if k in FILLED_KINDS]
    if not hollow:
        parts = ["All observed" if solid else "No values"]
    else:
        parts = [f"Solid: {', '.join(solid)}"] if solid else []
        parts.append(f"hollow: {', '.join(hollow)}")
    if "qualifier" in rows and (~rows["qualifier"].isin(["exact", "vague"])).any():
        parts.append("pale bands: hedges")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def tooltips(*extra: alt.Tooltip) -> list[alt.Tooltip]:
    """Tooltips every point carries: the span as printed and where it comes from."""
    return [
        alt.Tooltip("entity:N", title="Who or what"),
        *extra,
        alt.Tooltip("as_printed:N", title="As printed"),
        alt.Tooltip("kind:N", title="Sort of figure"),
        alt.Tooltip("citation:N", title="Source"),
        alt.Tooltip("claim_id:N", title="Ledger id"),
    ]


# Columns a figure's CSV carries when the plotted rows have them, in this order.
CSV_COLUMNS = [
    *ID_COLUMNS,
    "source_id",
    "line",
    "as_printed",
    "actor",
    "event",
    "number",
    "value",
    "value_high",
    "qualifier",
    "unit",
    "metric",
    "entity",
    "country",
    "period",
    "date",
    "kind",
    "theme",
    "who",
    "subject",
    "target_year",
    "dimension",
    "rating",
    "attributed_to",
    "note",
]


def finish(
    chart: alt.TopLevelMixin,
    *,
    figure_id: str,
    title: str,
    subtitle: str,
    rows: pd.DataFrame,
    sources: pd.DataFrame,
    description: str,
    note: str | None = None,
    extra_columns: tuple[str, ...] = (),
    origin: tuple[dict, ...] = (),
) -> alt.TopLevelMixin:
    """Frame a chart the way every figure in the book is framed.

    Title and subtitle go on the chart. The caption underneath (drawn by the
    renderer) names each source with the lines the plotted ``rows`` come from,
    links every ledger id to the ledger browser, adds the ``note``, and offers
    the rows as a CSV. The ``description`` becomes the SVG's accessible label.
    A figure drawn from open data passes each dataset's ``origin`` block
    (``airaces.opendata``), and the caption credits it with a link.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", figure_id):
        raise ValueError(
            f"figure_id {figure_id!r} must be lower-case letters, digits, '-' and '_'"
        )
    columns = [c for c in CSV_COLUMNS if c in rows] + [
        c for c in extra_columns if c in rows
    ]
    records = rows[columns].astype(object).where(rows[columns].notna(), None)
    frame = {
        "id": figure_id,
        "sources": cite_lines(rows, sources),
        "ids": row_ids(rows),
        "note": note,
        "origin": [dict(o) for o in origin],
        "columns": columns,
        "rows": [[_plain(v) for v in r] for r in records.itertuples(index=False)],
    }
    return chart.properties(
        title=alt.Title(title, subtitle=subtitle),
        description=description,
        usermeta={"airaces": frame},
    )


def _plain(value):
    """A CSV cell from a pandas value: numbers stay numbers, the rest becomes text."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


# How far the band drawn for a hedged value reaches, as a share of the value.
# The words fix a direction, not a distance: the band shows which side of the
# printed number the truth lies on, and its length is only a convention.
HEDGE_REACH = 0.15


def qualifier_bounds(rows: pd.DataFrame, value: str = "value") -> pd.DataFrame:
    """``rows`` with ``low`` and ``high`` columns: the band each qualifier implies.

    "over 300" reaches up from 300, "under 15" down from 15, "about 20" both
    ways, "nearly 40" up to 40 from below; a range spans ``value_high``; an exact
    figure has no band (low == high == value).
    """
    out = rows.copy()
    v = out[value].astype(float)
    reach = v.abs() * HEDGE_REACH
    q = out["qualifier"]
    out["low"] = v.where(
        ~q.isin(["under", "about", "nearly"]), v - reach.where(q != "about", reach / 2)
    )
    out["high"] = v.where(
        ~q.isin(["over", "about"]), v + reach.where(q != "about", reach / 2)
    )
    if "value_high" in out:
        ranged = q == "range"
        out.loc[ranged, "high"] = out.loc[ranged, "value_high"].astype(float)
    return out


# Tooltips for events and forecasts, which have no value: what, who, the span and where.
def value_tooltip(field: str, axis_title: str | None, **kwargs) -> alt.Tooltip:
    """The number behind a mark, titled in words that do not repeat the axis and leave out how
    it is drawn: 'Millions (log scale)' becomes 'Value, millions'."""
    unit = (axis_title or "").replace("(log scale)", "").strip()
    if unit[1:2].islower():
        unit = unit[:1].lower() + unit[1:]
    if "format" in kwargs:
        kwargs["format"] = trimmed(kwargs["format"])
    return alt.Tooltip(field, title=f"Value, {unit}" if unit else "Value", **kwargs)


def trimmed(number_format: str) -> str:
    """A d3 fixed-point format that drops trailing zeros (',.1f' -> ',.1~f'): a tooltip writes
    'at least $1 trillion' as 1,000, not 1,000.0, a precision the source never printed."""
    return re.sub(r"^(,?\.\d+)([f%])$", r"\1~\2", number_format)


# How a source hedged its number (the ledger's ``qualifier``), as a tooltip reads it.
HEDGE_WORDS = {
    "exact": "this figure",
    "about": "roughly this",
    "over": "more than this",
    "under": "less than this",
    "nearly": "nearly this",
    "range": "a range",
    "vague": "no figure",
}


# Entities the ledger names in a word that reads as a code in a tooltip ("Who or what: world").
ENTITY_WORDS = {"world": "the world as a whole"}


def hedge_tooltip() -> alt.Tooltip:
    """What the source says of its number, in words (``with_tooltip_words`` adds the column)."""
    return alt.Tooltip("hedge_words:N", title="The source says")


def with_tooltip_words(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with the columns tooltips show in place of the ledger's codes."""
    if "entity" in rows:
        rows = rows.assign(entity=rows["entity"].replace(ENTITY_WORDS))
    if "qualifier" in rows:
        rows = rows.assign(hedge_words=rows["qualifier"].map(HEDGE_WORDS))
    return rows


def event_tooltips() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("date:N", title="Date"),
        alt.Tooltip("actor:N", title="Who"),
        alt.Tooltip("event:N", title="What happened"),
        alt.Tooltip("as_printed:N", title="As printed"),
        alt.Tooltip("citation:N", title="Source"),
        alt.Tooltip("event_id:N", title="Ledger id"),
    ]


def forecast_tooltips() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("who:N", title="Who"),
        alt.Tooltip("claim:N", title="Prediction"),
        alt.Tooltip("as_printed:N", title="As printed"),
        alt.Tooltip("citation:N", title="Source"),
        alt.Tooltip("forecast_id:N", title="Ledger id"),
    ]


def label_expr(words: dict[str, str]) -> str:
    """A Vega label expression that shows each name in ``words`` as its words (``airaces.labels``)."""
    return (
        "".join(
            f"datum.label == {json.dumps(k)} ? {json.dumps(v)} : "
            for k, v in words.items()
        )
        + "datum.label"
    )
