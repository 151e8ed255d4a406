"""The book's chart theme, and the frame every figure is finished in.

Importing this module registers and enables the ``airaces`` theme and renderer,
so a chapter only needs ``from airaces import charts``. Colours are fixed per
country for the whole book; observed values are drawn solid and estimates,
targets and forecasts hollow (``FILLED_KINDS``).
"""

from __future__ import annotations

import hashlib
import json
import textwrap

import altair as alt
import pandas as pd
from altair.utils.display import HTMLRenderer

COUNTRY_COLOURS = {"CN": "#c0392b", "US": "#2c5aa0", "global": "#6f6f6f", "other": "#8e6c8a"}
COUNTRY_LABELS = {"CN": "China", "US": "United States", "global": "Global", "other": "Other"}
KIND_ORDER = ["observed", "estimate", "target", "forecast"]
FILLED_KINDS = ("observed",)
FONT = "'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif"
WIDTH = 600
FOOTER_CHARS = 100


@alt.theme.register("airaces", enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": WIDTH, "continuousHeight": 300},
            "title": {"anchor": "start", "fontSize": 16, "subtitleFontSize": 13, "subtitleColor": "#444"},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "gridColor": "#e6e6e6", "domainColor": "#999"},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "top"},
        }
    }


class _StableIdRenderer(HTMLRenderer):
    """Altair's HTML renderer, with a div id derived from the spec.

    Altair names each chart's div with a random uuid, which would make every
    execution of a notebook differ from the last; a digest of the spec keeps
    re-executed notebooks byte-identical.
    """

    def __call__(self, spec: dict, **metadata) -> dict[str, str]:
        digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:32]
        self._output_div = f"altair-viz-{digest}"
        return super().__call__(spec, **metadata)


# "actions" would offer "Open in Vega Editor", which needs the network: keep only exports.
_EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}
alt.renderers.register("airaces", _StableIdRenderer(
    mode="vega-lite", template="universal", vega_version=alt.VEGA_VERSION,
    vegaembed_version=alt.VEGAEMBED_VERSION, vegalite_version=alt.VEGALITE_VERSION,
    embed_options=_EMBED_OPTIONS,
))
alt.renderers.enable("airaces")


_COUNTRY_SCALE = alt.Scale(domain=list(COUNTRY_COLOURS), range=list(COUNTRY_COLOURS.values()))
# Colour and fill share one legend; Vega-Lite merges them only when their legends agree.
_COUNTRY_LEGEND = alt.Legend(
    title="Country",
    labelExpr="".join(f"datum.label == '{c}' ? '{n}' : " for c, n in COUNTRY_LABELS.items()) + "datum.label",
)


def country_colour() -> alt.Color:
    """The book-wide colour encoding for the ``country`` column."""
    return alt.Color("country:N", scale=_COUNTRY_SCALE, legend=_COUNTRY_LEGEND)


def kind_fill():
    """Fill in the country's colour for observed values, white (hollow) for everything else."""
    filled = " || ".join(f"datum.kind == '{k}'" for k in FILLED_KINDS)
    return alt.condition(filled, alt.Fill("country:N", scale=_COUNTRY_SCALE, legend=_COUNTRY_LEGEND), alt.value("white"))


def tooltips(*extra: alt.Tooltip) -> list[alt.Tooltip]:
    """Tooltips every point carries: the span as printed and where it comes from."""
    return [
        alt.Tooltip("entity:N", title="About"),
        *extra,
        alt.Tooltip("as_printed:N", title="As printed"),
        alt.Tooltip("kind:N", title="Kind"),
        alt.Tooltip("citation:N", title="Source"),
        alt.Tooltip("claim_id:N", title="Ledger id"),
    ]


def with_citations(rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with a ``citation`` column: short source name, year and line."""
    short = {s.source_id: short_citation(s) for s in sources.itertuples()}
    out = rows.copy()
    out["citation"] = [f"{short[s]}, line {line}" for s, line in zip(out["source_id"], out["line"])]
    return out


def short_citation(source) -> str:
    """'Publisher (year)' for a row of sources.csv, falling back to author, then title."""
    name = next(x for x in (source.publisher, source.author, source.title) if isinstance(x, str) and x)
    return f"{name} ({source.published[:4]})"


def finish(chart: alt.TopLevelMixin, *, title: str, subtitle: str, rows: pd.DataFrame,
           sources: pd.DataFrame, description: str, note: str | None = None) -> alt.VConcatChart:
    """Frame a chart the way every figure in the book is framed.

    Title and subtitle on top; underneath, a source line naming each source the
    plotted ``rows`` come from, with their ledger ids, and an optional note. The
    ``description`` becomes the SVG's accessible label.
    """
    used = sources[sources["source_id"].isin(set(rows["source_id"]))]
    cited = "; ".join(short_citation(s) for s in used.itertuples())
    # Vega titles do not wrap, so the footer is broken into lines here.
    footer = textwrap.wrap(f"Source: {cited}.", FOOTER_CHARS)
    footer += textwrap.wrap(f"Ledger rows: {', '.join(sorted(rows['claim_id']))}.", FOOTER_CHARS)
    if note:
        footer += textwrap.wrap(note, FOOTER_CHARS)
    inner = chart.properties(title=alt.Title(title, subtitle=subtitle))
    return alt.vconcat(inner).properties(
        description=description,
        title=alt.Title(footer, orient="bottom", anchor="start", fontSize=11, fontWeight="normal", color="#555", offset=12),
    )
