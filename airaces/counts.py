"""Counts of people and things (users, downloads, companies) put on one scale.

The ledger keeps each count in the unit its source printed it in: "200 million users" is
200 ``count_mn``, "1.1 billion online users" 1.1 ``count_bn``. A figure that sets them side
by side needs one unit; these functions give it.

Example::

    from airaces import chapter, counts
    book = chapter.open_ledger("data")
    users = counts.in_millions(book.claims)  # 'millions' holds each count in millions
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import claim_text

# How many millions one of each unit is.
MILLIONS = {"count_mn": 1, "count_bn": 1000}


def in_millions(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows counted in millions or billions that give a value, with that value in
    millions (``millions``), so that they can share one axis."""
    counted = rows[rows["unit"].isin(list(MILLIONS)) & rows["value"].notna()]
    return counted.assign(millions=counted["value"] * counted["unit"].map(MILLIONS))


def described(rows: pd.DataFrame) -> str:
    """Each labelled row with the words its source printed, for a figure's description:
    "DeepSeek app: users, reaching over 100 million users; ..."."""
    return "; ".join(f"{r.label}, {r.as_printed}" for r in rows.itertuples())


def reached_in(users: pd.Series, days: pd.Series) -> str:
    """A headline from a count of users and the time it took: "Over 100 million users in
    20 days"."""
    return f"{claim_text(users).capitalize()} users in {claim_text(days)}"
