"""Descriptions of figures, composed from the ledger rows they draw.

A figure's description is read aloud by screen readers and printed under the chart in the
ledger's text export, so it states the values drawn in one sentence. Each function here takes
the rows (pandas Series) the figure draws and returns that sentence, so that a chapter names
what it describes and leaves the wording to one tested place.

Example::

    from airaces import chapter, descriptions
    book = chapter.open_ledger("data")
    descriptions.forecast_share(book.claim("sin-023"), book.claim("sin-024"), "China's electricity use")
    # "Line chart of a forecast: data centres' share of China's electricity use goes from 2.4% ..."
"""

from __future__ import annotations

import pandas as pd


def capacity_against_target(
    base_year: str, base: float, observed: pd.Series, month: str, target: pd.Series
) -> str:
    """A dot chart of capacity: the ``base`` implied for ``base_year``, the ``observed`` claim in
    ``month``, and the ``target`` claim for its period, each in whole EFLOPS."""
    return (
        f"Dot chart of China's national computing capacity: an implied {base_year} base "
        f"of {base:.0f} EFLOPS, {observed['value']:.0f} EFLOPS observed in {month}, and "
        f"a target of {target['value']:.0f} EFLOPS for {target['period']}."
    )


def forecast_share(before: pd.Series, after: pd.Series, of_what: str) -> str:
    """A line chart of a forecast share: data centres' share of ``of_what`` going from the
    ``before`` claim's value and period to the ``after`` claim's."""
    return (
        f"Line chart of a forecast: data centres' share of {of_what} goes from "
        f"{before['value']}% in {before['period']} to {after['value']}% in {after['period']}."
    )
