"""Money in one currency: exchange rates implied by the sources, and conversion at a chosen rate.

The ledger keeps every amount in the currency the source printed. When a source
restates an amount in a second currency, the two rows share a ``pair_id``; the
ratio of the pair is the exchange rate that source used.
"""

from __future__ import annotations

import pandas as pd

from airaces import prose

# How many of the base unit one printed unit is worth, for each money unit.
SCALE_BN = {
    "USD": 1e-9,
    "USD_mn": 1e-3,
    "USD_bn": 1.0,
    "USD_tn": 1e3,
    "CNY_mn": 1e-3,
    "CNY_bn": 1.0,
    "EUR_bn": 1.0,
}
CURRENCY = {u: u.split("_")[0] for u in SCALE_BN}


def implied_rates(
    claims: pd.DataFrame, quote: str = "CNY", base: str = "USD"
) -> pd.DataFrame:
    """One row per amount a source prints in both currencies: the rate (``quote`` per ``base``) it implies.

    Rows sharing a ``pair_id`` may restate a figure across lines or sources; only a
    restatement on the same line of the same source is a conversion the author made,
    so only those imply a rate.
    """
    money = claims[
        claims["unit"].isin(SCALE_BN)
        & claims["pair_id"].notna()
        & claims["value"].notna()
    ].copy()
    money["currency"] = money["unit"].map(CURRENCY)
    money["amount_bn"] = money["value"] * money["unit"].map(SCALE_BN)
    rows = []
    for (pair_id, source_id, line), group in money.groupby(
        ["pair_id", "source_id", "line"], sort=True
    ):
        q, b = group[group["currency"] == quote], group[group["currency"] == base]
        if q.empty or b.empty:
            continue
        rows.append(
            {
                "pair_id": pair_id,
                "source_id": source_id,
                "line": line,
                "quote_claim": q.iloc[0]["claim_id"],
                "base_claim": b.iloc[0]["claim_id"],
                "rate": q.iloc[0]["amount_bn"] / b.iloc[0]["amount_bn"],
            }
        )
    return pd.DataFrame(
        rows,
        columns=["pair_id", "source_id", "line", "quote_claim", "base_claim", "rate"],
    )


def rate_ids(rates: pd.DataFrame) -> list[str]:
    """The ledger rows behind some implied rates: both sides of every pair, for gluing a rate or a conversion."""
    return sorted({*rates["quote_claim"], *rates["base_claim"]})


def rate_to_use(rates: pd.DataFrame, chosen: float | None) -> float:
    """The analyst's rate when one is chosen, otherwise the median of the rates the sources imply."""
    if chosen is not None:
        return float(chosen)
    if rates.empty:
        raise ValueError(
            "no rate chosen, and the ledger prints no amount in both currencies to imply one"
        )
    return float(rates["rate"].median())


def to_usd_bn(
    claims: pd.DataFrame, cny_per_usd: float, usd_per_eur: float | None = None
) -> pd.Series:
    """Each money claim's value in billions of US dollars; NaN for other units or an unset rate."""
    scale = claims["unit"].map(SCALE_BN)
    per_usd = (
        claims["unit"]
        .map(CURRENCY)
        .map(
            {
                "USD": 1.0,
                "CNY": cny_per_usd,
                "EUR": 1 / usd_per_eur if usd_per_eur else float("nan"),
            }
        )
    )
    return claims["value"] * scale / per_usd


def amounts(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that print an amount of money with a value the words fix."""
    return claims[claims["unit"].isin(SCALE_BN) & claims["value"].notna()]


def drawn_once(amounts: pd.DataFrame) -> pd.DataFrame:
    """The amounts with each restated figure kept once, in the currency printed first:
    a figure restated elsewhere (same ``pair_id``) would otherwise be drawn twice."""
    restated = amounts["pair_id"].notna() & amounts.duplicated("pair_id")
    return amounts[~restated]


def largest_rate_effect(rates: pd.DataFrame, rate: float) -> float:
    """The largest share by which a dollar amount would move if it were converted at any of
    the implied ``rates`` instead of ``rate``: the lowest and highest rates bound it."""
    low, high = rates["rate"].min(), rates["rate"].max()
    return max(rate / low - 1, 1 - rate / high)


def rates_with_rows(rates: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The implied rates, each with the ledger columns of its amount printed in the quote
    currency (entity, words as printed, citation...), so that a chart can name and cite it.
    ``claim_id`` is that amount's id; ``base_claim`` keeps the other side of the pair."""
    columns = ["entity", "as_printed", "citation", "country", "kind"]
    joined = rates.join(claims.set_index("claim_id")[columns], on="quote_claim")
    return joined.rename(columns={"quote_claim": "claim_id"})


def rate_basis(rates: pd.DataFrame, chosen: float | None, *rests_on):
    """How the rate in use was chosen, in words: the analyst's choice for this run, or
    'the median of the N implied rates' (resting on ``rests_on``, the pairs behind them)."""
    if chosen is not None:
        return "the rate chosen for this run"
    median = f"the median of the {prose.spelled(len(rates))} implied rates"
    return prose.derived(median, *rests_on)


def rate_text(rate: float, *rests_on, digits: int = 2) -> prose.Text:
    """A rate as a sentence prints it ('7.18'), resting on the pairs that imply it."""
    return prose.derived(prose.number(rate, digits), *rests_on)


def place(rows: pd.DataFrame, row: pd.Series) -> int:
    """Where ``row`` stands among ``rows`` in their order, counting from 1: its rank when
    ``rows`` are sorted largest first (as the chapter's amounts are)."""
    return rows["claim_id"].tolist().index(row["claim_id"]) + 1


def largest_first(
    amounts: pd.DataFrame, cny_per_usd: float, usd_per_eur: float | None = None
) -> pd.DataFrame:
    """The amounts with their value in billions of US dollars (``usd_bn``), sorted largest
    first: so the first row of any subset, such as one country's, is its largest amount."""
    in_usd = amounts.assign(usd_bn=to_usd_bn(amounts, cny_per_usd, usd_per_eur))
    return in_usd.sort_values("usd_bn", ascending=False)
