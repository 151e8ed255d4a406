"""A dated row in words when the source printed only part of its date: the month as printed,
and a note that says where the ledger's year comes from, so that the text claims no more than
the source.

Example::

    from airaces import dating
    dating.in_month(row)           # 'In March' if the source printed no year, else 'In March 2025'
    dating.month_alone_note(row)   # '' if it printed the year, else a sentence naming the reading
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import Text, date, derived, year


def year_printed(row: pd.Series) -> bool:
    """Whether the source's words for the row (``as_printed``) include the year the ledger reads."""
    return year(row) in row["as_printed"]


def in_month(row: pd.Series) -> Text:
    """'In March 2025' if the source printed the year, 'In March' if it printed the month alone."""
    return date(row, style="In %B %Y" if year_printed(row) else "In %B")


def month_alone_note(row: pd.Series, source: str = "The essay") -> Text | str:
    """A sentence, opening with a space, saying that ``source`` prints the month alone and the
    ledger reads the year as the one it dates the source to; empty if the year is printed."""
    if year_printed(row):
        return ""
    return derived(
        f" {source} prints the month alone; the ledger reads the year "
        f"as {year(row)}, the year it dates {source[:1].lower() + source[1:]} to.",
        row,
    )
