"""Events and predictions read by date: where each sits in time, how precisely it is dated,
and which year is busiest. Chapter 09 (Chronology) reads the ledger this way.
"""

from __future__ import annotations

import pandas as pd

from airaces.periods import period_point

# How precise a ledger date is, from its length: '2024', '2024-06', '2024-06-05'.
PRECISION = {4: "year", 7: "month", 10: "day"}
# The shape that shows each precision on a timeline.
PRECISION_SHAPES = {"year": "circle", "month": "square", "day": "diamond"}


def placed(events: pd.DataFrame) -> pd.DataFrame:
    """The events in date order, each with ``when``, the middle of the period its date covers
    (the book's one rule for time axes), and ``precision``, how exactly the source dates it."""
    events = events.sort_values(["date", "event_id"])
    return events.assign(
        when=events["date"].map(period_point),
        precision=events["date"].str.len().map(PRECISION),
    )


def precise(events: pd.DataFrame) -> int:
    """How many of the events are dated to a month or a day, not only a year."""
    return int((events["precision"] != "year").sum())


def busiest_year(events: pd.DataFrame) -> pd.DataFrame:
    """The events of the year with the most events (the later year if two tie)."""
    years = events["date"].str[:4]
    busiest = max(years.unique(), key=lambda y: ((years == y).sum(), y))
    return events[years == busiest]


def listed(items) -> str:
    """Items as a sentence lists them: '2020, 2022 and 2024'."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def stacked_targets(forecasts: pd.DataFrame) -> pd.DataFrame:
    """The predictions that name a target year, with ``year`` (an int) and ``slot``: the
    predictions sharing a theme and year are numbered 0, 1, 2... so a chart can set them
    one above another."""
    dated = forecasts.dropna(subset=["target_year"])
    dated = dated.assign(year=dated["target_year"].astype(int))
    return dated.assign(slot=dated.groupby(["theme", "year"]).cumcount())


def still_undated(steps: dict[str, str], events: pd.DataFrame) -> list[str]:
    """The steps (words -> a word an event recording it would contain) that no event in
    the ledger records yet, in the order given."""
    text = events["event"].str.lower()
    return [step for step, word in steps.items() if not text.str.contains(word).any()]
