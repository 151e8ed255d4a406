"""Time in figures (issue 32): a value known only to its year sits mid-year on every time axis.

Read from the chart specs each executed chapter glues (the JSON under each drawing). An axis is
a time axis if it is temporal, or quantitative with whole-year labels (format "d"); in a layered
chart every layer's x and x2 share it. A row stands for a whole year when its date or period is
a bare year ('2025'), or when it is a prediction of a target year with no date of its own. Such
a row must be drawn in the middle of its year, as ``airaces.periods.period_point`` places it:
on 1 or 2 July on a temporal axis, at YYYY.5 on a year axis.
"""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from airaces.build import execute

PREFIX = "application/papermill.record/"
SPEC = re.compile(
    r'<script type="application/json" class="airaces-chart-spec"[^>]*>(.*?)</script>',
    re.S,
)
YEAR = re.compile(r"\d{4}")


def specs():
    """(chapter, figure name, [spec, ...]) for every glued figure that carries a spec."""
    found = []
    for source in execute.chapters():
        notebook = nbformat.read(source.with_suffix(".ipynb"), as_version=4)
        for cell in notebook.cells:
            for output in cell.get("outputs", []):
                name = output.get("metadata", {}).get("scrapbook", {}).get("name")
                page = output.get("data", {}).get(PREFIX + "text/html", "")
                found_specs = [json.loads(s) for s in SPEC.findall(page)]
                if name and found_specs:
                    found.append((source.stem, name, found_specs))
    return found


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


def whole_year(row: dict) -> str | None:
    """The year a row stands for if it is known only to its year, else None."""
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


def off_mid_year(spec: dict, datasets: dict) -> list[str]:
    fields = time_fields(spec)
    problems = []
    for rows in datasets.values():
        for row in rows:
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
