"""Ledger periods placed on a time axis."""

import pandas as pd
import pytest

from airaces import periods
from airaces.periods import period_end, period_start


@pytest.mark.parametrize(
    "period, end",
    [
        ("2025", "2025-12-31"),
        ("2024-06", "2024-06-30"),
        ("2024-02", "2024-02-29"),
        ("2024-Q4", "2024-12-31"),
        ("2025-H1", "2025-06-30"),
        ("2023..2025", "2025-12-31"),
        ("2025-01-27", "2025-01-27"),
    ],
)
def test_period_end(period, end):
    assert period_end(period) == pd.Timestamp(end)


@pytest.mark.parametrize(
    "period, start",
    [("2025", "2025-01-01"), ("2023..2025", "2023-01-01"), ("2024-Q4", "2024-10-01")],
)
def test_period_start(period, start):
    assert period_start(period) == pd.Timestamp(start)


@pytest.mark.parametrize("bad", ["", "2025-Q5", "25", None])
def test_bad_period(bad):
    with pytest.raises(ValueError):
        period_end(bad)


@pytest.mark.parametrize(
    "period, words",
    [
        ("2023..2025", "2023–2025"),
        ("2024-Q4", "Q4 2024"),
        ("2024-H1", "first half of 2024"),
        ("2024-06", "June 2024"),
        ("2025-03-05", "5 March 2025"),
        ("2025", "2025"),
    ],
)
def test_a_period_reads_as_a_reader_writes_it(period, words):
    assert periods.period_words(period) == words


def test_a_year_given_as_a_bound_says_which_way():
    from airaces.periods import year_bound

    assert year_bound("Before 2030") == "upper"
    assert year_bound("as early as 2026") == "lower"
    assert year_bound("by 2030") == "point"
