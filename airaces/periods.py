"""Turn the ledger's period strings into dates a chart can place on a time axis."""

from __future__ import annotations

import re

import pandas as pd

_QUARTER_END = {"Q1": "03-31", "Q2": "06-30", "Q3": "09-30", "Q4": "12-31"}
_HALF_END = {"H1": "06-30", "H2": "12-31"}


def period_end(period: str) -> pd.Timestamp:
    """The last day a period covers: '2025' -> 2025-12-31, '2024-06' -> 2024-06-30, '2023..2025' -> 2025-12-31."""
    if not isinstance(period, str) or not period:
        raise ValueError(f"no period to place in time: {period!r}")
    if ".." in period:
        return period_end(period.split("..")[1])
    if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12])", period):
        year, part = m.groups()
        return pd.Timestamp(f"{year}-{(_QUARTER_END | _HALF_END)[part]}")
    if re.fullmatch(r"\d{4}", period):
        return pd.Timestamp(f"{period}-12-31")
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return pd.Timestamp(f"{period}-01") + pd.offsets.MonthEnd(0)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return pd.Timestamp(period)
    raise ValueError(f"not a ledger period: {period!r}")


def period_start(period: str) -> pd.Timestamp:
    """The first day a period covers: '2025' -> 2025-01-01, '2023..2025' -> 2023-01-01."""
    if ".." in period:
        return period_start(period.split("..")[0])
    if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12])", period):
        year, part = m.groups()
        month = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}[part]
        return pd.Timestamp(year=int(year), month=month, day=1)
    parts = period.split("-") + ["01", "01"]
    return pd.Timestamp(f"{parts[0]}-{parts[1]}-{parts[2]}")


def period_point(period: str) -> pd.Timestamp:
    """Where a chart draws a period on a time axis: the middle of the span it covers.

    This is the book's one convention for placing a value in time. A value known
    only to its year sits halfway between that year's tick and the next ('2023' ->
    2 July 2023), so it reads as "during 2023", never on the next year's tick as the
    year's last day would, nor as the first of January, which the source never said.
    A month sits at its 15th, a quarter or a half at its middle, a range of years at
    the middle of the range; a day is itself.
    """
    start, end = period_start(period), period_end(period)
    return (start + (end - start) / 2).normalize()


def period_words(period) -> str:
    """A ledger period as a reader writes it: '2023..2025' -> '2023–2025', '2024-Q4' -> 'Q4 2024',
    '2024-H1' -> 'first half of 2024', '2024-06' -> 'June 2024', '2025-03-05' -> '5 March 2025'.

    Anything else (a year, an empty cell) is returned as it is.
    """
    if not isinstance(period, str):
        return period
    if ".." in period:
        start, end = period.split("..")
        return f"{period_words(start)}–{period_words(end)}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        return f"Q{m[2]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", period):
        return f"{'first' if m[2] == '1' else 'second'} half of {m[1]}"
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return pd.Timestamp(f"{period}-01").strftime("%B %Y")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return pd.Timestamp(period).strftime("%-d %B %Y")
    return period


# Words that make a printed year a bound rather than a point in time.
BOUND_WORDS = {"before": "upper", "as early as": "lower"}


def year_bound(as_printed: str) -> str:
    """How the words give a year: 'upper' for a bound it comes before ("before 2030"),
    'lower' for one it comes after ("as early as 2026"), otherwise 'point'."""
    text = as_printed.lower()
    return next((b for w, b in BOUND_WORDS.items() if w in text), "point")
