"""Spending amounts in one currency, each once, named as a figure names them.

A source may print an amount in yuan and restate it in dollars, and two sources may report the
same plan. A figure that compares amounts should draw each of them once, in the currency the
source printed first, converted at one rate (``airaces.money``).

Example::

    from airaces import chapter, money, spending
    book = chapter.open_ledger("data")
    rates = money.implied_rates(book.ledger.claims)
    rows = spending.in_dollars(book.claims, rates, 7.17, ["government_spending"])
    rows[["claim_id", "usd_bn", "label"]]
"""

from __future__ import annotations

import pandas as pd

from airaces import labels, money, prose


def in_dollars(
    rows: pd.DataFrame, rates: pd.DataFrame, cny_per_usd: float, metrics: list[str]
) -> pd.DataFrame:
    """The rows of ``metrics`` with a value, each amount once, with ``usd_bn`` (US$ billion at
    ``cny_per_usd``) and ``label`` (``labels.row_names``). A restatement in a second currency (the
    dollar side of a pair in ``rates``) is left out, and so is a second report of the same metric,
    value and unit; a period the source does not print reads 'not given' in the tooltip."""
    amounts = rows[
        rows["metric"].isin(metrics)
        & rows["value"].notna()
        & ~rows["claim_id"].isin(rates["base_claim"])
    ].drop_duplicates(["metric", "value", "unit"])
    amounts = amounts.assign(
        usd_bn=money.to_usd_bn(amounts, cny_per_usd),
        period=amounts["period"].fillna("not given"),
    ).dropna(subset=["usd_bn"])
    return amounts.assign(label=labels.row_names(amounts))


def largest_named(rows: pd.DataFrame, n: int = 3) -> str:
    """The ``n`` largest amounts' labels with their countries, largest first, for a figure's
    description: 'Computing deals (US), Stargate (US), AI infrastructure (US)'."""
    largest = rows.nlargest(n, "usd_bn")
    return ", ".join(largest["label"] + " (" + largest["country"] + ")")


def place_among(
    rows: pd.DataFrame, claim_id: str, country: str, *rests_on
) -> prose.Text:
    """Where ``claim_id`` stands among ``country``'s amounts in ``rows``, by ``usd_bn``, in words
    ('the second-largest'), resting on those amounts and ``rests_on`` (the rate's rows)."""
    ours = rows[rows["country"] == country].sort_values("usd_bn", ascending=False)
    place = ours["claim_id"].tolist().index(claim_id) + 1
    return prose.ranked(place, "largest", ours["claim_id"], *rests_on)
