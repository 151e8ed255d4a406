"""A row's date in the words the source printed (airaces.dating)."""

from __future__ import annotations

import pandas as pd

from airaces import dating


def event(as_printed: str) -> pd.Series:
    return pd.Series(
        {"event_id": "ess-ev99", "date": "2025-03", "as_printed": as_printed}
    )


def test_a_month_printed_alone_is_said_alone_and_the_reading_noted():
    alone = event("In March, Beijing named")
    assert str(dating.in_month(alone)) == "In March"
    assert "reads the year as 2025" in str(dating.month_alone_note(alone))


def test_a_month_printed_with_its_year_needs_no_note():
    full = event("In March 2025, Beijing named")
    assert str(dating.in_month(full)) == "In March 2025"
    assert dating.month_alone_note(full) == ""
