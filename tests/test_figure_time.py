"""Time in figures (issue 32): a value known only to its year sits mid-year on every time axis.

Read from the chart specs each executed chapter glues (the JSON under each drawing). An axis is
a time axis if it is temporal, or quantitative with whole-year labels (format "d"); in a layered
chart every layer's x and x2 share it. A row stands for a whole year when its date or period is
a bare year ('2025'), or when it is a prediction of a target year with no date of its own. Such
a row must be drawn in the middle of its year, as ``airaces.periods.period_point`` places it:
on 1 or 2 July on a temporal axis, at YYYY.5 on a year axis.
"""

from __future__ import annotations

import re

import glued
import pytest

YEAR = re.compile(r"\d{4}")


def specs():
    """(chapter, figure name, [spec, ...]) for every glued figure that carries a spec."""
    found: dict[tuple[str, str], list[dict]] = {}
    for chapter, name, _, spec in glued.chart_specs():
        found.setdefault((chapter, name), []).append(spec)
    return [(chapter, name, specs) for (chapter, name), specs in found.items()]


def time_axis(encoding: dict) -> bool:
    x = encoding.get("x")
    if not isinstance(x, dict):
        return False
    if x.get("type") == "temporal":
        return True
    return (
        x.get("type") == "quantitative" and (x.get("axis") or {}).get("format") == "d"
    )


def views(node):
    """Every unit view (a dict with an encoding) in a spec, with its layer's siblings."""
    if isinstance(node, dict):
        if "layer" in node:
            yield [v for layer in node["layer"] for v in views_flat(layer)]
        elif "encoding" in node and "mark" in node:
            yield [node]
        for key in ("spec", "hconcat", "vconcat", "concat"):
            if key in node:
                yield from views(node[key])
    elif isinstance(node, list):
        for item in node:
            yield from views(item)


def views_flat(node):
    if isinstance(node, dict) and "layer" in node:
        return [v for layer in node["layer"] for v in views_flat(layer)]
    return [node]


def time_fields(spec) -> set[str]:
    """The fields a spec draws on a time axis."""
    fields = set()
    for group in views(spec):
        if any(time_axis(v.get("encoding", {})) for v in group):
            for v in group:
                for channel in ("x", "x2"):
                    e = v.get("encoding", {}).get(channel)
                    if isinstance(e, dict) and "field" in e:
                        fields.add(e["field"])
    return fields


BOUNDS = ("upper", "lower")


def whole_year(row: dict) -> str | None:
    """The year a row stands for if it is known only to its year, else None. A bound ("before
    2030") is not a year-only value: it is drawn at its year's start (``bound_problems``)."""
    if row.get("bound") in BOUNDS:
        return None
    for column in ("date", "period"):
        value = row.get(column)
        if isinstance(value, str) and YEAR.fullmatch(value):
            return value
    if row.get("target_year") is not None and not row.get("date"):
        return str(int(row["target_year"]))
    return None


def mid_year(value, year: str) -> bool:
    if isinstance(value, str):
        return bool(re.match(rf"{year}-07-0[12]", value))
    return isinstance(value, (int, float)) and value % 1 == 0.5


def bound_problems(row: dict, fields: set[str]) -> list[str]:
    """A bound's dot sits on its year's start (1 January, or YYYY.0), never in the year."""
    year = row.get("year") or row.get("target_year")
    values = [row[f] for f in fields & set(row) if isinstance(row[f], (int, float))]
    if row.get("bound") not in BOUNDS or year is None or not values:
        return []
    if float(year) in values and float(year) + 0.5 not in values:
        return []
    return [f"bound {row['bound']} {year} drawn at {values}"]


def off_mid_year(spec: dict, datasets: dict) -> list[str]:
    fields = time_fields(spec)
    problems = []
    for rows in datasets.values():
        for row in rows:
            problems += bound_problems(row, fields)
            year = whole_year(row)
            for field in fields & set(row) if year else ():
                if row[field] is not None and not mid_year(row[field], year):
                    problems.append(f"{field}={row[field]!r} for {year}")
    return problems


FIGURES = specs()


def test_figures_with_time_axes_are_found():
    """The check runs on something: the book draws years on several figures."""
    timed = [(c, n) for c, n, s in FIGURES if any(time_fields(x) for x in s)]
    assert len(timed) >= 4, timed


@pytest.mark.parametrize(
    "chapter,name,found", FIGURES, ids=[f"{c}-{n}" for c, n, _ in FIGURES]
)
def test_year_only_values_sit_mid_year(chapter, name, found):
    datasets = {}
    for spec in found:
        datasets.update(spec.get("datasets", {}))
    problems = [p for spec in found for p in off_mid_year(spec, datasets)]
    assert not problems, (
        f"{chapter} {name}: year-only values off mid-year: {problems[:5]}"
    )


# Figures whose time axis misses its first or last year today (other helpers' parts of
# issue 32), expected to fail (strict) so the list shrinks as each is fixed.
ENDS_TODAY: set[tuple[str, str]] = set()
DOTS = {"point", "circle", "square"}


def dot_years(spec: dict, datasets: dict) -> set[int]:
    """The years of the dots a spec draws on its time axis (not the reach of a bound)."""
    fields = set()
    for group in views(spec):
        if any(time_axis(v.get("encoding", {})) for v in group):
            for v in group:
                mark = v.get("mark")
                mark = mark.get("type") if isinstance(mark, dict) else mark
                x = v.get("encoding", {}).get("x")
                if mark in DOTS and isinstance(x, dict) and "field" in x:
                    fields.add(x["field"])
    years = set()
    for rows in datasets.values():
        for row in rows:
            for field in fields & set(row):
                value = row[field]
                if isinstance(value, str) and YEAR.match(value):
                    years.add(int(value[:4]))
                elif isinstance(value, (int, float)):
                    years.add(int(value // 1))
    return years


def year_labels(svg: str) -> list[list[str]]:
    """The visible labels of each axis of a drawing whose labels are all years."""
    from tests.test_figure_labels import axis_labels

    return [
        labels
        for labels in axis_labels(svg)
        if labels and all(YEAR.fullmatch(label) for label in labels)
    ]


def drawn():
    from tests.test_figure_labels import figures

    return {(c, n): d for c, n, d in figures()}


DRAWN = drawn()
TIMED = [
    (c, n, s)
    for c, n, s in FIGURES
    if any(time_fields(x) for x in s) and (c, n) in DRAWN
]


@pytest.mark.parametrize(
    "chapter,name,found",
    [
        pytest.param(
            c,
            n,
            s,
            marks=[pytest.mark.xfail(strict=True)] if (c, n) in ENDS_TODAY else [],
        )
        for c, n, s in TIMED
    ],
    ids=[f"{c}-{n}" for c, n, _ in TIMED],
)
def test_a_time_axis_labels_its_first_and_last_year(chapter, name, found):
    """At 1280 and at 390 px, the year of the first dot and of the last are both labelled."""
    datasets = {}
    for spec in found:
        datasets.update(spec.get("datasets", {}))
    years = set().union(*(dot_years(spec, datasets) for spec in found))
    assert years, f"{chapter} {name}: no dated dots found"
    for variant, svg in DRAWN[(chapter, name)].items():
        axes = year_labels(svg)
        assert axes, f"{chapter} {name} ({variant}): no axis of years"
        shown = {int(label) for labels in axes for label in labels}
        missing = {min(years), max(years)} - shown
        assert not missing, (
            f"{chapter} {name} ({variant}): {sorted(missing)} not labelled; axis shows {sorted(shown)}"
        )


# Room a year label takes (4 digits at 12 px in the book's sans-serif, ``layout.CHAR_WIDTH``) and
# the least room between two labels on one axis, at either width.
LABEL_PX = 4 * 0.56 * 12
LEAST_GAP = 8
TEXT = re.compile(r"<text([^>]*?)(?:/>|>(.*?)</text>)", re.S)


def year_label_boxes(svg: str) -> list[list[tuple[float, float, str]]]:
    """For each axis whose visible labels are all years, each label's (left, right, text)."""
    axes = []
    for group in re.findall(
        r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', svg, re.S
    ):
        boxes = []
        for attributes, words in TEXT.findall(group):
            words = re.sub(r"<[^>]+>", "", words or "").strip()
            if not words or 'opacity="0"' in attributes:
                continue
            x = float(re.search(r"translate\(([-\d.]+)", attributes).group(1))
            width = len(words) * LABEL_PX / 4
            anchor = re.search(r'text-anchor="(\w+)"', attributes)
            anchor = anchor.group(1) if anchor else "start"
            left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
            boxes.append((left, left + width, words))
        if boxes and all(YEAR.fullmatch(w) for _, _, w in boxes):
            axes.append(sorted(boxes))
    return axes


def test_year_label_boxes_are_read():
    svg = (
        '<g class="mark-text role-axis-label"><text text-anchor="start" '
        'transform="translate(0,16)">2025</text><text transform="translate(9,16)" '
        'opacity="1"/><text text-anchor="middle" transform="translate(42,16)">2027</text></g>'
    )
    ((first, second),) = year_label_boxes(svg)
    assert first[2] == "2025" and second[2] == "2027"
    assert second[0] - first[1] == pytest.approx(42 - LABEL_PX / 2 - LABEL_PX)


@pytest.mark.parametrize(
    "chapter,name,found", TIMED, ids=[f"{c}-{n}" for c, n, _ in TIMED]
)
def test_year_labels_keep_apart(chapter, name, found):
    """At 1280 and at 390 px, no two year labels on one axis come within 8 px of each other."""
    close = [
        f"{variant}: {a[2]} and {b[2]} {b[0] - a[1]:.1f} px apart"
        for variant, svg in DRAWN[(chapter, name)].items()
        for axis in year_label_boxes(svg)
        for a, b in zip(axis, axis[1:])
        if b[0] - a[1] < LEAST_GAP
    ]
    assert not close, f"{chapter} {name}: {close}"


def axis_nodes(node):
    """Every axis dict in a spec (under an encoding's x), however deeply nested."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "axis" and isinstance(value, dict):
                yield value
            else:
                yield from axis_nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from axis_nodes(item)


def listed_years(axis: dict) -> list[int]:
    values = axis.get("values") or []
    return [
        int(v["year"]) if isinstance(v, dict) else int(v)
        for v in values
        if isinstance(v, dict) or (isinstance(v, (int, float)) and v % 1 == 0)
    ]


NAMED = re.compile(r"the text names ([\d, ]+)")


def named_years(axis: dict) -> list[int]:
    """The years a recipe was asked to mark because the prose names them (``named``), as its
    axis describes them to a screen reader."""
    found = NAMED.search(axis.get("description") or "")
    return [int(y) for y in YEAR.findall(found.group(1))] if found else []


def year_axes(found) -> list[dict]:
    return [
        a
        for spec in found
        for a in axis_nodes({k: v for k, v in spec.items() if k != "datasets"})
        if a.get("format") in ("d", "%Y") and listed_years(a)
    ]


def test_figures_say_which_years_the_text_names():
    """The named-year check has something to check: Figs 1.2, 2.1, 9.1 and 9.2 name years."""
    naming = {(c, n) for c, n, s in TIMED if any(named_years(a) for a in year_axes(s))}
    expected = {
        ("01_narratives", "fig_arrivals"),
        ("02_chips", "fig_controls"),
        ("09_chronology", "fig_timeline"),
        ("09_chronology", "fig_future"),
    }
    assert expected <= naming, expected - naming


@pytest.mark.parametrize(
    "chapter,name,found", TIMED, ids=[f"{c}-{n}" for c, n, _ in TIMED]
)
def test_listed_and_named_years_are_labelled(chapter, name, found):
    """Every year an axis lists as a tick, and every year the text names, is labelled at 1280
    and at 390 px: none is left blank to make room."""
    wanted = {y for a in year_axes(found) for y in listed_years(a) + named_years(a)}
    for variant, svg in DRAWN[(chapter, name)].items():
        shown = {int(w) for axis in year_label_boxes(svg) for _, _, w in axis}
        missing = wanted - shown
        assert not missing, (
            f"{chapter} {name} ({variant}): {sorted(missing)} not labelled; shows {sorted(shown)}"
        )


# Figures whose year axes label the years in equal steps, every named year among them: a
# mark off the rhythm (2015, 2019, 2026) reads as a jump in time that is not there.
EVEN = [("09_chronology", "fig_timeline")]


@pytest.mark.parametrize("chapter,name", EVEN)
def test_year_labels_come_in_equal_steps(chapter, name):
    for variant, svg in DRAWN[(chapter, name)].items():
        axes = year_label_boxes(svg)
        assert axes, f"{chapter} {name} ({variant}): no axis of years"
        for axis in axes:
            years = sorted(int(w) for _, _, w in axis)
            steps = {b - a for a, b in zip(years, years[1:])}
            assert len(steps) == 1, f"{chapter} {name} ({variant}): labels {years}"


def test_the_timeline_says_what_its_shaded_band_is():
    """Fig. 9.1's upper panel shades the years its lower panel draws wider, and says so."""
    for variant, svg in DRAWN[("09_chronology", "fig_timeline")].items():
        assert "drawn wider below" in svg, variant


def test_a_bound_is_an_arrow_of_one_length():
    """Fig. 1.2 draws a bound's open side ("before 2030", "as early as 2026") as a dashed arrow
    of one length for every bound, since the words say "and beyond", never how far."""
    from tests.conftest import require

    found = [s for c, n, _, s in glued.chart_specs() if n == "fig_arrivals"]
    require(bool(found), "Fig. 1.2's specs are read")
    datasets = {k: v for spec in found for k, v in spec.get("datasets", {}).items()}
    rows = [r for d in datasets.values() for r in d if r.get("bound") in BOUNDS]
    require(len(rows) >= 2, "Fig. 1.2 draws bounds")
    lengths = {round(r["end"] - r["start"], 3) for r in rows}
    assert len(lengths) == 1, f"bounds drawn at lengths {sorted(lengths)}"
    for spec in found:
        marks = [v.get("mark") for group in views(spec) for v in group]
        tips = [
            m for m in marks if isinstance(m, dict) and "triangle" in m.get("shape", "")
        ]
        assert len(tips) == 2, f"an arrowhead for each side of a bound: {marks}"


# Fig. 9.1's numbers, keyed to the list under it: a number beside its dot (a stack's middle
# one) may sit this far right of the dot it names.
BESIDE_PX = 12
NUMBERS = re.compile(r"\d+(?:, \d+)*")


def drawn_numbers(svg: str) -> list[list[tuple[float, int]]]:
    """For each layer of text marks whose texts are all event numbers, each number's (x, n)."""
    layers = []
    for group in re.findall(r'<g class="mark-text role-mark[^"]*"[^>]*>(.*?)</g>', svg):
        texts = [
            (float(re.search(r"translate\(([-\d.]+)", a).group(1)), w.strip())
            for a, w in TEXT.findall(group)
        ]
        if texts and all(NUMBERS.fullmatch(w) for _, w in texts):
            layers.append([(x, int(n)) for x, w in texts for n in w.split(", ")])
    return layers


def test_the_timeline_numbers_its_dots_left_to_right():
    """Fig. 9.1 numbers its events in the order it draws them, so 2023's year-only events
    (drawn mid-year) come after April 2023's: in each panel, at 1280 and at 390 px, a higher
    number never sits left of a lower one."""
    from tests.conftest import require

    for variant, svg in DRAWN[("09_chronology", "fig_timeline")].items():
        layers = drawn_numbers(svg)
        require(len(layers) == 2, f"Fig. 9.1 ({variant}) numbers both panels")
        for layer in layers:
            ordered = sorted(layer, key=lambda xn: xn[1])
            wrong = [
                f"{a[1]} at {a[0]:.0f} px, {b[1]} at {b[0]:.0f} px"
                for i, a in enumerate(ordered)
                for b in ordered[i + 1 :]
                if b[0] < a[0] - BESIDE_PX
            ]
            assert not wrong, f"Fig. 9.1 ({variant}): {wrong}"


def marks(svg: str, kind: str, view: str) -> list[str]:
    """The elements of one view's marks of one kind ('symbol', 'text') in a drawing."""
    found = re.search(rf'<g class="mark-{kind} role-mark {view}"[^>]*>(.*?)</g>', svg)
    return (
        re.findall(r"<(?:path|text)[^>]*>(?:[^<]*</text>)?", found.group(1))
        if found
        else []
    )


def at(element: str) -> tuple[float, float]:
    x, y = re.search(r"translate\(([-\d.]+),([-\d.]+)\)", element).groups()
    return float(x), float(y)


def number_box(element: str) -> tuple[float, float, float, float]:
    """A drawn number's box (left, top, right, bottom): 11 px bold digits, its y a baseline."""
    x, y = at(element)
    width = len(re.sub(r"<[^>]+>", "", element)) * 0.62 * 11
    left = x if 'text-anchor="start"' in element else x - width / 2
    return left, y - 8, left + width, y + 1


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_the_wider_panel_gives_each_dot_its_own_number_apart_from_the_rest():
    """Fig. 9.1's wider panel, at 1280 and at 390 px: no two dots print over each other, each
    dot has a number of its own whose nearest dot is that dot, and no number covers another
    number or any dot."""
    from tests.conftest import require

    for variant, svg in DRAWN[("09_chronology", "fig_timeline")].items():
        dots = marks(svg, "symbol", "concat_1_layer_0_marks")
        numbers = marks(svg, "text", "concat_1_layer_1_marks")
        require(
            len(dots) >= 20, f"Fig. 9.1 ({variant}): the wider panel's dots are read"
        )
        assert len(numbers) == len(dots), (
            f"{variant}: {len(numbers)} numbers, {len(dots)} dots"
        )
        centres = [at(d) for d in dots]
        boxes = [(x - 6, y - 6, x + 6, y + 6) for x, y in centres]
        close = [
            (centres[i], centres[j])
            for i in range(len(boxes))
            for j in range(i + 1, len(boxes))
            if overlap(boxes[i], boxes[j])
        ]
        assert not close, f"Fig. 9.1 ({variant}): dots over each other at {close}"
        labels = [number_box(n) for n in numbers]
        for i, box in enumerate(labels):
            middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            nearest = min(
                range(len(centres)),
                key=lambda j: (
                    (centres[j][0] - middle[0]) ** 2 + (centres[j][1] - middle[1]) ** 2
                ),
            )
            where = f"Fig. 9.1 ({variant}): number {numbers[i]}"
            assert nearest == i, f"{where} is nearest another dot"
            covered = [
                j
                for j, other in enumerate(labels + boxes)
                if j != i and overlap(box, other)
            ]
            assert not covered, f"{where} covers {covered}"


def test_the_predictions_sit_on_their_rows_and_their_counts_read_as_counts():
    """Fig. 9.2, at 1280 and at 390 px: every ring, or stack of rings sharing a year, is
    centred on its row's tick, and a stack's count reads "×3", unlike Fig. 9.1's numbers."""
    from tests.conftest import require

    for variant, svg in DRAWN[("09_chronology", "fig_future")].items():
        ticks = re.findall(
            r'<g class="mark-rule role-axis-tick"[^>]*>(.*?)</g>', svg, re.S
        )
        rows = [at(t)[1] for group in ticks for t in re.findall(r"<line[^>]*>", group)]
        rows = [y for y in rows if y > 0]  # the year axis's ticks sit at 0
        rings = sorted(at(r) for r in marks(svg, "symbol", "layer_0_marks"))
        require(len(rows) >= 4 and len(rings) >= 10, f"Fig. 9.2 ({variant}) is read")
        stacks: list[list[float]] = []
        for (x, y), before in zip(rings, [None, *rings]):
            same = before and abs(x - before[0]) < 1 and y - before[1] < 20
            stacks[-1:] = [stacks[-1] + [y]] if same else [*stacks[-1:], [y]]
        off = [
            f"{sum(s) / len(s):.1f}"
            for s in stacks
            if min(abs(sum(s) / len(s) - r) for r in rows) > 1
        ]
        assert not off, f"Fig. 9.2 ({variant}): stacks centred at {off}, rows at {rows}"
        counts = [
            re.sub(r"<[^>]+>", "", t) for t in marks(svg, "text", "layer_1_marks")
        ]
        require(bool(counts), f"Fig. 9.2 ({variant}) counts its stacks")
        assert all(c.startswith("\u00d7") for c in counts), counts
