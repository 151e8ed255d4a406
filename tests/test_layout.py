"""Laying a chart out for its width: long names on a band axis wrap rather than being cut."""

from __future__ import annotations

import json
import re

import altair as alt
import pandas as pd

from airaces import charts, layout


def band_chart(names, **axis):
    rows = pd.DataFrame({"name": names, "value": range(len(names))})
    return (
        alt.Chart(rows)
        .mark_point()
        .encode(y=alt.Y("name:N", axis=alt.Axis(**axis)), x="value:Q")
        .to_dict()
    )


def y_axis(spec):
    return spec["encoding"]["y"]["axis"]


def test_a_name_too_long_for_its_limit_is_broken_into_lines_not_cut():
    long = "Shenzhen: subsidy for open-source corpus buyers"
    spec = layout.wrapped_labels(band_chart([long, "Short"], labelLimit=130))
    expression = y_axis(spec)["labelExpr"]
    assert '"Shenzhen: subsidy' in expression and "Short" not in expression
    lines = json.loads(re.search(r"\? (\[.*?\]) :", expression).group(1))
    assert len(lines) > 1 and " ".join(lines) == long
    # Rows tall enough for the most lines a label takes.
    assert spec["height"]["step"] > 20


def test_names_that_fit_leave_the_axis_as_it_was():
    spec = band_chart(["A", "B"], labelLimit=130)
    assert layout.wrapped_labels(spec) == spec


def test_the_words_an_axis_shows_for_a_code_are_what_is_wrapped():
    words = {"cn-ai": "China's national plan for artificial intelligence by 2030"}
    spec = band_chart(["cn-ai"], labelLimit=130, labelExpr=charts.label_expr(words))
    wrapped = layout.wrapped_labels(spec)
    expression = y_axis(wrapped)["labelExpr"]
    assert expression.startswith('datum.label == "cn-ai" ? ["China')
    assert expression.endswith(charts.label_expr(words))


def test_an_expression_of_another_form_is_left_alone():
    spec = band_chart(["a very long name " * 5], labelExpr="upper(datum.label)")
    assert layout.wrapped_labels(spec) == spec


def decade_chart(values):
    rows = pd.DataFrame({"name": ["a"], "value": [1.0]})
    axis = alt.Axis(values=values)
    return (
        alt.Chart(rows)
        .mark_point()
        .encode(x=alt.X("value:Q", scale=alt.Scale(type="log"), axis=axis))
        .to_dict()
    )


def test_listed_ticks_too_many_for_the_room_keep_the_first_and_last_labels():
    decades = [10.0**k for k in range(-5, 5)]
    spec = layout.spaced_ticks(decade_chart(decades), room=150)
    axis = spec["encoding"]["x"]["axis"]
    assert axis["values"] == decades  # every tick and grid line stays
    kept = json.loads(re.search(r"indexof\((\[.*?\])", axis["labelExpr"]).group(1))
    assert kept[0] == decades[0] and kept[-1] == decades[-1]
    assert 2 <= len(kept) < len(decades)


def test_listed_ticks_that_fit_are_all_labelled():
    spec = decade_chart([1.0, 10.0, 100.0])
    assert layout.spaced_ticks(spec, room=380) == spec


def test_an_axis_whose_ticks_vega_chooses_asks_for_as_many_as_fit():
    rows = pd.DataFrame({"value": [0.0, 20.0]})
    spec = alt.Chart(rows).mark_point().encode(x="value:Q").to_dict()
    axis = layout.spaced_ticks(spec, room=380)["encoding"]["x"]["axis"]
    assert axis["tickCount"] == 380 // layout.TICK_ROOM
