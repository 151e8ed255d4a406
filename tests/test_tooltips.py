"""Tooltips speak a reader's words (issue 32): no field repeats an axis or legend title, and no
field shows a code from the ledger.

Read from the Vega-Lite specs each executed chapter glues beside its drawings, the specs the
book's script redraws a chart from when a reader points at or taps it. A tooltip field's values
are read from the rows the spec carries.
"""

from __future__ import annotations

import re

import glued
import pytest

from airaces import labels
from airaces.build import execute

# Codes the ledger uses that a reader should never meet as a tooltip's value: the hedges
# (labels.csv, field 'qualifier'), the country codes, and names written for code.
CODES = {"world", *labels.labels("qualifier"), *labels.labels("country")}


def specs():
    """(chapter, figure name, variant, spec) for every glued chart of every chapter."""
    return glued.chart_specs()


def words(title) -> str:
    """A title as one line: Vega-Lite writes one that wraps as a list of lines."""
    return " ".join(title) if isinstance(title, list) else str(title)


def walk(node, found):
    """Every tooltip field, axis or legend title and encoding title in a spec."""
    if isinstance(node, dict):
        encoding = node.get("encoding")
        if isinstance(encoding, dict):
            for channel, value in encoding.items():
                if channel == "tooltip":
                    tips = value if isinstance(value, list) else [value]
                    found["tips"] += [
                        t for t in tips if isinstance(t, dict) and "field" in t
                    ]
                elif isinstance(value, dict):
                    for where in (value, value.get("axis"), value.get("legend")):
                        if isinstance(where, dict) and where.get("title"):
                            found["titles"].add(words(where["title"]))
        for key, value in node.items():
            if key not in ("datasets", "encoding"):
                walk(value, found)
    elif isinstance(node, list):
        for item in node:
            walk(item, found)
    return found


SPECS = specs()


def test_specs_found():
    """Every figure the chapters place is found among the glued specs, so none escapes the checks."""
    import re

    from airaces import paths

    placed = {
        (source.stem, name)
        for source in paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py")
        for name in re.findall(
            r"\{glue:figure\} (\w+)", source.read_text(encoding="utf-8")
        )
    }
    assert placed and placed <= {(c, f) for c, f, _, _ in SPECS}, (
        "the executed chapters glue fewer specs than the book draws"
    )


# Figures whose tooltips still repeat an axis or legend title. The findings' bars say
# "Severity" and "Findings" as their legend and axis do: tests/test_recipes.py holds
# recipes.stacked_counts to those titles, so the fix ("This part of the bar", "Findings in
# this part") waits for that test to change. Strict: the case fails once it is fixed.
REPEATS_TODAY: set[tuple[str, str]] = set()


@pytest.mark.parametrize(
    "chapter,figure,variant,spec",
    [
        pytest.param(
            *case,
            marks=[pytest.mark.xfail(strict=True)] if case[:2] in REPEATS_TODAY else [],
        )
        for case in SPECS
    ],
    ids=[f"{c}-{f}-{v}" for c, f, v, _ in SPECS],
)
def test_tooltip_words(chapter, figure, variant, spec):
    found = walk(spec, {"tips": [], "titles": set()})
    assert found["tips"], f"{figure} has no tooltip"
    repeated = sorted({words(t.get("title")) for t in found["tips"]} & found["titles"])
    assert not repeated, (
        f"{figure}: tooltip titles that repeat an axis or legend title: {repeated}"
    )
    rows = [row for data in spec.get("datasets", {}).values() for row in data]
    codes = sorted(
        {
            f"{words(t.get('title') or t['field'])}: {row[t['field']]}"
            for t in found["tips"]
            for row in rows
            if isinstance(row.get(t["field"]), str)
            and row[t["field"]].strip().lower() in {c.lower() for c in CODES}
        }
    )
    assert not codes, f"{figure}: tooltips that show a code: {codes}"


def test_every_caption_that_offers_a_tooltip_says_tap_or_hover():
    """A phone has no hover: a caption that sends the reader to a tooltip names the tap too."""
    bare = [
        f"{source.name}: {line.strip()}"
        for source in execute.chapters()
        for line in source.read_text(encoding="utf-8").splitlines()
        if re.search(r"\bhover", line, re.I)
        and not re.search(r"tap or hover", line, re.I)
    ]
    assert not bare, "\n".join(bare)


# A fixed-point d3 format: an optional thousands comma, a precision, '~' to trim zeros, a type.
FIXED = re.compile(r"^,?\.(?P<digits>\d+)(?P<trim>~?)(?P<type>[f%])$")


def false_precision(tip: dict, value) -> str | None:
    """The text a tooltip shows for ``value`` if it ends in a zero after the decimal point that
    the number does not need ('1,000.0' for 1000), else None."""
    fixed = FIXED.match(tip.get("format") or "")
    if not fixed or fixed["trim"] or not isinstance(value, (int, float)):
        return None
    shown = f"{value * (100 if fixed['type'] == '%' else 1):,.{fixed['digits']}f}"
    return shown if "." in shown and shown.endswith("0") else None


@pytest.mark.parametrize(
    "chapter,figure,variant,spec", SPECS, ids=[f"{c}-{f}-{v}" for c, f, v, _ in SPECS]
)
def test_no_tooltip_number_shows_a_trailing_zero(chapter, figure, variant, spec):
    """'At least $1 trillion' reads as 1,000, not as 1,000.0: a zero after the point claims a
    precision the source does not print."""
    tips = [
        t
        for t in walk(spec, {"tips": [], "titles": set()})["tips"]
        if t.get("type") == "quantitative"
    ]
    rows = [row for data in spec.get("datasets", {}).values() for row in data]
    shown = sorted(
        {
            f"{words(t.get('title') or t['field'])}: {text}"
            for t in tips
            for row in rows
            if (text := false_precision(t, row.get(t["field"])))
        }
    )
    assert not shown, f"{figure}: tooltip numbers with trailing zeros: {shown}"
