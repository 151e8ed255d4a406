"""Lay a chart out for the width it is read at: the book's column on a laptop, and a phone.

A chart drawn once, at one width, and shrunk by the browser to fit a narrower
column shrinks its text with it: on a phone, to 5 px. So every figure is drawn
twice, each time for the width it will be shown at:

- ``WIDE``, for the text column of a laptop (656 px at a 1280 px window);
- ``NARROW``, for a phone (326 px at 390 px). Side-by-side panels are stacked,
  long axis labels are cut shorter (with an ellipsis), and titles are wrapped
  onto more lines.

Fonts keep their size in both. What gives way is the room for the marks: the
widths of the views are scaled, using the width vl-convert reports for the
drawn chart, until the whole figure (labels, legends and titles included) fits.
A chart that cannot fit, because its labels alone are wider than the page, is
refused with its width, rather than drawn too small to read.
"""

from __future__ import annotations

import copy
import re
import textwrap

# Widths in CSS pixels that the whole drawn figure must fit: the column less the figure's padding
# (656 and 326 px are left at 1280 and 390 px), and a margin.
WIDE = 640
NARROW = 320
# On a phone an axis label may take this much of the width; longer ones end in an ellipsis.
NARROW_LABEL_LIMIT = 130
# Roughly how wide the plotting area of a chart is, beside its labels, on a laptop and on a phone.
WIDE_PLOT = 380
NARROW_PLOT = 150
# Room between two numbers on an axis, beyond their own width.
TICK_GAP = 8
# Room an axis gives each tick, when Vega chooses the ticks: enough for a year or "1,000".
TICK_ROOM = 60
# The average width of a character, as a share of the font size, in the book's sans-serif.
# Titles are wrapped on this estimate, with room to spare; the drawn width is then checked.
CHAR_WIDTH = 0.56

# The axis titles' font size in the book's theme (airaces.charts).
AXIS_TITLE_SIZE = 12

# Keys under which a spec holds data, not layout: never rewritten.
_DATA_KEYS = {"data", "datasets", "usermeta", "encoding", "transform", "params"}
_VIEW_KEYS = {"mark", "layer", "facet", "vconcat", "hconcat", "concat", "repeat"}


def each_node(spec, change, skip=frozenset(_DATA_KEYS)) -> None:
    """Call ``change`` on every mapping in ``spec``, parents first, not looking under the keys in ``skip``."""
    if isinstance(spec, dict):
        change(spec)
        for key, value in spec.items():
            if key not in skip:
                each_node(value, change, skip)
    elif isinstance(spec, list):
        for item in spec:
            each_node(item, change, skip)


class LayoutError(ValueError):
    """A chart that cannot be drawn within the width it is for."""


def svg_width(svg: str) -> float:
    """The width an SVG drawn by vl-convert declares for itself."""
    match = re.search(r'<svg[^>]*\swidth="([\d.]+)"', svg)
    if not match:
        raise LayoutError("the drawn chart declares no width")
    return float(match.group(1))


def wrap_title(title, width: int, font_size: float, subtitle_size: float):
    """A view's title with its text and subtitle broken into lines that fit ``width``."""

    def lines(text, size):
        if not isinstance(text, str):
            return text
        return textwrap.wrap(text, max(12, int(width / (size * CHAR_WIDTH)))) or [text]

    if isinstance(title, str):
        return lines(title, font_size)
    if isinstance(title, dict):
        out = dict(title)
        out["text"] = lines(out.get("text"), out.get("fontSize", font_size))
        if "subtitle" in out:
            out["subtitle"] = lines(
                out["subtitle"], out.get("subtitleFontSize", subtitle_size)
            )
        return out
    return title


def wide_form(spec: dict) -> dict:
    """The spec laid out for a laptop's column: long names wrapped, number labels spaced."""
    return spaced_ticks(wrapped_labels(spec), WIDE_PLOT)


def narrow_form(spec: dict) -> dict:
    """The spec rearranged for a phone: panels stacked, axis and legend labels cut shorter."""
    spec = copy.deepcopy(spec)

    def rearrange(node):
        if "hconcat" in node:
            node["vconcat"] = node.pop("hconcat")
        facet = node.get("facet")
        if isinstance(facet, dict) and len({"column", "row"} & facet.keys()) == 1:
            # One panel under another, each titled above itself, instead of side by side
            # or with its name in a column of its own at the left.
            node["facet"] = facet.get("column") or facet.get("row")
            node["columns"] = 1
        if "concat" in node:
            node["columns"] = 1
        x = (
            node.get("encoding", {}).get("x")
            if isinstance(node.get("encoding"), dict)
            else None
        )
        if (
            isinstance(x, dict)
            and x.get("type") in ("nominal", "ordinal")
            and x.get("axis", {}) is not None
            and not _short_and_level(x, spec)
        ):
            # Names across a narrow axis would print over each other; slanted, each has room.
            axis = x.get("axis") or {}
            # Rising to the right from their tick: under the chart a label ends at it, above it starts there.
            x["axis"] = {
                **axis,
                "labelAngle": -35,
                "labelAlign": "left" if axis.get("orient") == "top" else "right",
            }
        if "field" in node and isinstance(
            node.get("title"), str
        ):  # an encoding's axis or legend title
            node["title"] = wrap_title(
                node["title"], NARROW, AXIS_TITLE_SIZE, AXIS_TITLE_SIZE
            )
        if "labelLimit" in node and isinstance(node["labelLimit"], (int, float)):
            node["labelLimit"] = min(node["labelLimit"], NARROW_LABEL_LIMIT)

    # Axis settings live under a chart's encoding, so that is searched too.
    each_node(spec, rearrange, skip=_DATA_KEYS - {"encoding"})
    config = spec.setdefault("config", {})
    for part in ("axis", "legend"):
        config.setdefault(part, {})
        config[part]["labelLimit"] = min(
            config[part].get("labelLimit", NARROW_LABEL_LIMIT), NARROW_LABEL_LIMIT
        )
    # A legend laid out in one row at the top would be as wide as all its entries.
    return spaced_ticks(wrapped_labels(stacked_legends(spec)), NARROW_PLOT)


# A name this short, on an axis a chart sets level, stays level on a phone: a few words such
# as "2023" and "end of 2024" have room side by side.
SHORT_NAME = 12


def _short_and_level(x: dict, spec: dict) -> bool:
    """Whether an x axis asks for level labels and every name it shows is short."""
    axis = x.get("axis") or {}
    names = _field_values(spec, x.get("field", ""))
    return axis.get("labelAngle") == 0 and all(len(n) <= SHORT_NAME for n in names)


def stacked_legends(spec: dict) -> dict:
    """The spec with its legends one above another rather than side by side, each entry on a
    line of its own, which is narrower."""
    spec = copy.deepcopy(spec)
    legend = spec.setdefault("config", {}).setdefault("legend", {})
    legend["layout"] = {"top": {"direction": "vertical", "anchor": "start"}}
    legend["columns"] = 1
    return spec


def _titles(spec: dict, width: int) -> dict:
    spec = copy.deepcopy(spec)
    title_config = spec.get("config", {}).get("title", {})
    size, sub = (
        title_config.get("fontSize", 13),
        title_config.get("subtitleFontSize", 11),
    )

    def wrap(node):
        if "title" in node and _VIEW_KEYS & node.keys():
            node["title"] = wrap_title(node["title"], width, size, sub)

    each_node(spec, wrap)
    return spec


def _scaled(spec: dict, factor: float) -> dict:
    """The spec with every view's width (and the theme's default width) multiplied by ``factor``."""
    spec = copy.deepcopy(spec)

    def scale(value):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return max(20, round(value * factor))
        if isinstance(value, dict) and isinstance(value.get("step"), (int, float)):
            return {**value, "step": max(4, round(value["step"] * factor, 1))}
        return value

    def narrower(node):
        if "width" in node and _VIEW_KEYS & node.keys():
            node["width"] = scale(node["width"])

    each_node(spec, narrower)
    view = spec.setdefault("config", {}).setdefault("view", {})
    view["continuousWidth"] = scale(view.get("continuousWidth", 300))
    if isinstance(view.get("discreteWidth"), (int, float, dict)):
        view["discreteWidth"] = scale(view["discreteWidth"])
    return spec


def fit(spec: dict, width: int, draw) -> tuple[dict, str]:
    """The spec laid out to be at most ``width`` px wide once drawn, and its drawing.

    ``draw`` turns a spec into SVG text (vl-convert). The views are narrowed first;
    when their labels and legends alone are too wide, the legends are stacked.
    """
    try:
        return _fit_views(spec, width, draw)
    except LayoutError:
        return _fit_views(stacked_legends(spec), width, draw)


def _fit_views(spec: dict, width: int, draw) -> tuple[dict, str]:
    """The drawn width is roughly a fixed part (labels, legends) plus the views' widths
    times a factor, so two drawings give the factor to aim for; a few more steps absorb
    the rounding."""
    spec = _titles(spec, width)
    svg = draw(spec)
    drawn = svg_width(svg)
    if drawn <= width:
        return spec, svg
    tried = [(1.0, drawn)]
    factor = width / drawn
    for _ in range(6):
        candidate = _scaled(spec, factor)
        svg = draw(candidate)
        drawn = svg_width(svg)
        if drawn <= width:
            return candidate, svg
        tried.append((factor, drawn))
        (f0, w0), (f1, w1) = tried[-2], tried[-1]
        slope = (w0 - w1) / (f0 - f1) if f0 != f1 else 0
        aim = f1 - (w1 - width + 2) / slope if slope > 0 else f1 * 0.9
        factor = min(f1 * 0.97, aim) if aim > 0 else f1 * 0.8
        if factor < 0.15:
            break
    title = (
        (spec.get("title") or {}).get("text")
        if isinstance(spec.get("title"), dict)
        else spec.get("title")
    )
    raise LayoutError(
        f"chart {title!r} cannot be drawn within {width} px: its narrowest drawing is "
        f"{drawn:.0f} px wide; shorten its labels, legend or title, or stack its panels"
    )


# Lines of a wrapped axis label sit this far apart, in px more than the font size.
LINE_GAP = 2
# A band's height beyond the lines of its label, so that neighbouring labels do not touch.
ROW_PADDING = 4
# Vega-Lite's own limit on an axis label's width, when neither the axis nor the theme sets one.
DEFAULT_LABEL_LIMIT = 180
_ENTRY = re.compile(r'datum\.label == ("(?:[^"\\]|\\.)*") \? ("(?:[^"\\]|\\.)*") : ')


def _words_of(expression: str | None) -> dict[str, str] | None:
    """The names an axis's label expression shows as words (``charts.label_expr``), or None
    when the expression is of another form, which is then left as it is."""
    import json

    if expression is None:
        return {}
    entries = _ENTRY.findall(expression)
    if _ENTRY.sub("", expression) != "datum.label":
        return None
    return {json.loads(name): json.loads(words) for name, words in entries}


def _field_values(spec: dict, field: str) -> list[str]:
    """Every value ``field`` takes in the spec's named datasets, as text, in first-seen order."""
    seen: dict[str, None] = {}
    for rows in (spec.get("datasets") or {}).values():
        for row in rows:
            if isinstance(row, dict) and row.get(field) is not None:
                seen.setdefault(str(row[field]), None)
    return list(seen)


def wrapped_labels(spec: dict) -> dict:
    """The spec with every name on a band axis that is too long for its label limit broken
    into lines, rather than cut short with an ellipsis; the rows of a band axis are made tall
    enough for the most lines any of its labels takes.

    The lines are worked out here, from the names in the spec's data (and the words an axis
    shows for them, ``charts.label_expr``), and written into the axis's label expression, so
    the drawing shows what this function computed. A name a calculation makes, which the
    data do not hold, is left to the label limit.
    """
    import json

    spec = copy.deepcopy(spec)
    config = spec.get("config", {})

    def setting(axis: dict, channel: str, key: str, default):
        for source in (
            axis,
            config.get(f"axis{channel.upper()}", {}),
            config.get("axis", {}),
        ):
            if isinstance(source, dict) and key in source:
                return source[key]
        return default

    def wrap_axis(encoding: dict, channel: str) -> int:
        """Wrap one channel's labels; the most lines a label takes (0 when nothing is wrapped)."""
        definition = encoding.get(channel)
        if not (
            isinstance(definition, dict)
            and definition.get("type") in ("nominal", "ordinal")
            and isinstance(definition.get("field"), str)
            and definition.get("axis", {}) is not None
        ):
            return 0
        axis = dict(definition.get("axis") or {})
        words = _words_of(axis.get("labelExpr"))
        if words is None:
            return 0
        size = setting(axis, channel, "labelFontSize", AXIS_TITLE_SIZE)
        limit = setting(axis, channel, "labelLimit", DEFAULT_LABEL_LIMIT)
        if not limit:  # no limit: nothing is cut
            return 0
        per_line = max(8, int(limit / (size * CHAR_WIDTH)))
        shown = {
            name: words.get(name, name)
            for name in _field_values(spec, definition["field"])
        }
        if axis.get("labelAngle", 0) != 0:
            # A slanted label has room along its slant; lines would stack into the next one.
            longest = max((len(text) for text in shown.values()), default=0)
            axis["labelLimit"] = max(limit, round(longest * size * CHAR_WIDTH * 1.2))
            definition["axis"] = axis
            return 0
        broken = {
            name: textwrap.wrap(text, per_line)
            for name, text in shown.items()
            if len(text) * size * CHAR_WIDTH > limit
        }
        broken = {name: lines for name, lines in broken.items() if len(lines) > 1}
        if not broken:
            return 0
        cases = "".join(
            f"datum.label == {json.dumps(name)} ? {json.dumps(lines)} : "
            for name, lines in broken.items()
        )
        axis["labelExpr"] = cases + (axis.get("labelExpr") or "datum.label")
        axis["labelLineHeight"] = size + LINE_GAP
        # The lines were measured on an average character; a line of wide letters needs room.
        axis["labelLimit"] = round(limit * 1.2)
        definition["axis"] = axis
        return max(len(lines) for lines in broken.values()) * (size + LINE_GAP)

    def visit(node, view=None):
        if isinstance(node, list):
            for item in node:
                visit(item, view)
            return
        if not isinstance(node, dict):
            return
        # A layer's height is set on the layer, not on its parts.
        owner = view if view is not None and "layer" in view else None
        if owner is None and _VIEW_KEYS & {"mark", "layer"} & node.keys():
            owner = node
        encoding = node.get("encoding")
        if isinstance(encoding, dict):
            wrap_axis(encoding, "x")
            tallest = wrap_axis(encoding, "y")
            if tallest and owner is not None:
                _at_least_step(owner, tallest + ROW_PADDING)
        for key, value in list(node.items()):
            if key not in _DATA_KEYS:
                visit(value, owner if key == "layer" else None)

    visit(spec)
    return spec


def _at_least_step(view: dict, step: float) -> None:
    """Give ``view``'s band rows at least ``step`` px each."""
    height = view.get("height")
    if isinstance(height, dict) and isinstance(height.get("step"), (int, float)):
        view["height"] = {**height, "step": max(height["step"], step)}
    elif height is None and step > 20:  # Vega-Lite's default step
        view["height"] = {"step": step}


def _number_text(value) -> str:
    """A number about as an axis writes it: thousands separated, small ones in full."""
    if not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.12f}".rstrip("0")


def _labelled_ticks(n: int, fit: int) -> list[int]:
    """Which of ``n`` evenly spaced ticks to label when only ``fit`` labels have room: the first,
    the last, and others in equal steps; when no equal step keeps at least half as many as fit,
    every k-th from the first, with the last in place of its neighbour if they would touch."""
    last = n - 1
    even = max(c for c in range(2, fit + 1) if last % (c - 1) == 0)
    if even * 2 >= fit:
        return list(range(0, n, last // (even - 1)))
    step = -(-last // (fit - 1))  # rounded up
    chosen = list(range(0, last, step))
    # Ticks fit labels when they are at least ``n / fit`` ticks apart.
    if last - chosen[-1] < n / fit:
        chosen.pop()
    return [*chosen, last]


def spaced_ticks(spec: dict, room: float) -> dict:
    """The spec with each number axis whose ticks are listed (``values``) labelled at as many of
    them as fit in ``room`` px, the first and the last always among them.

    Vega hides a label that would overlap the one before it, scanning from the left, so on a
    narrow chart it may drop the last; a reader then cannot tell where the axis ends. Every tick
    and grid line stays: only the labels between are left blank, evenly spaced.
    """
    import json

    spec = copy.deepcopy(spec)
    size = spec.get("config", {}).get("axis", {}).get("labelFontSize", AXIS_TITLE_SIZE)

    def space(node):
        x = node.get("x") if isinstance(node.get("x"), dict) else None
        axis = (x or {}).get("axis", {})
        if (
            x
            and x.get("type") in ("quantitative", "temporal")
            and axis is not None
            and not {"values", "tickCount"} & (axis or {}).keys()
        ):
            # Vega's own count (one tick per 40 px) leaves too little room for the last label.
            x["axis"] = {**(axis or {}), "tickCount": max(2, int(room // TICK_ROOM))}
            return
        values = axis.get("values") if isinstance(axis, dict) else None
        # Dates listed as objects are chosen to fit where they are listed (recipes.year_ticks).
        if not (
            isinstance(values, list)
            and len(values) > 2
            and all(isinstance(v, (int, float)) for v in values)
        ):
            return
        widest = max(len(_number_text(v)) for v in values) * size * CHAR_WIDTH
        fit = max(2, int(room // (widest + TICK_GAP)))
        if fit >= len(values):
            return
        kept = [values[i] for i in _labelled_ticks(len(values), fit)]
        shown = axis.get("labelExpr") or "datum.label"
        axis["labelExpr"] = (
            f"indexof({json.dumps(kept)}, datum.value) < 0 ? '' : {shown}"
        )

    each_node(spec, space, skip=_DATA_KEYS - {"encoding"})
    return spec
