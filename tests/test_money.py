"""Exchange rates implied by paired restatements, and conversion at a chosen rate."""

from __future__ import annotations

import pandas as pd
import pytest

import airaces
from airaces import citations, money


def ledger_rows():
    return pd.DataFrame(
        {
            "claim_id": ["a", "b", "c", "d"],
            "source_id": ["s", "s", "s", "s"],
            "line": [1, 1, 2, 3],
            "value": [43.5, 6.1, 2.0, 50.0],
            "unit": ["CNY_bn", "USD_bn", "USD_tn", "percent"],
            "pair_id": ["p", "p", pd.NA, pd.NA],
        }
    )


def test_implied_rate_is_the_ratio_of_the_pair():
    rates = money.implied_rates(ledger_rows())
    assert list(rates["pair_id"]) == ["p"]
    assert rates["rate"].iloc[0] == pytest.approx(43.5 / 6.1)
    assert (rates["quote_claim"].iloc[0], rates["base_claim"].iloc[0]) == ("a", "b")


def test_a_restatement_elsewhere_implies_no_rate():
    # The same CNY figure restated by another source beside its own dollar figure:
    # each source's rate comes from its own line only.
    rows = pd.concat(
        [
            ledger_rows(),
            pd.DataFrame(
                {
                    "claim_id": ["e", "f"],
                    "source_id": ["t", "t"],
                    "line": [9, 9],
                    "value": [43.5, 6.0],
                    "unit": ["CNY_bn", "USD_bn"],
                    "pair_id": ["p", "p"],
                }
            ),
        ],
        ignore_index=True,
    )
    rates = money.implied_rates(rows).set_index("source_id")
    assert rates.loc["s", "rate"] == pytest.approx(43.5 / 6.1)
    assert rates.loc["t", "rate"] == pytest.approx(43.5 / 6.0)
    lone = rows.assign(
        line=[1, 2, 2, 3, 9, 9]
    )  # the dollar figure moved off the yuan's line
    assert list(money.implied_rates(lone)["source_id"]) == ["t"]


def test_euro_rates_come_from_the_same_rule():
    rows = pd.DataFrame(
        {
            "claim_id": ["a", "b"],
            "source_id": ["s", "s"],
            "line": [1, 1],
            "value": [100.0, 85.7],
            "unit": ["USD_bn", "EUR_bn"],
            "pair_id": ["q", "q"],
        }
    )
    assert money.implied_rates(rows, quote="USD", base="EUR")["rate"].iloc[
        0
    ] == pytest.approx(100 / 85.7)
    assert money.implied_rates(rows).empty


def test_a_pair_in_one_currency_implies_no_rate():
    rows = ledger_rows().assign(unit=["USD_bn", "USD_bn", "USD_tn", "percent"])
    assert money.implied_rates(rows).empty


def test_conversion_scales_units_and_ignores_non_money():
    usd = money.to_usd_bn(ledger_rows(), cny_per_usd=7.25)
    assert usd.iloc[0] == pytest.approx(6.0)
    assert usd.iloc[1] == pytest.approx(6.1)
    assert usd.iloc[2] == pytest.approx(2000.0)
    assert pd.isna(usd.iloc[3])


def test_the_rate_used_is_the_chosen_one_or_the_sources_median():
    rates = pd.DataFrame({"rate": [7.1, 7.2, 7.4]})
    assert money.rate_to_use(rates, None) == pytest.approx(7.2)
    assert money.rate_to_use(rates, 6.9) == 6.9
    with pytest.raises(ValueError, match="no rate"):
        money.rate_to_use(rates.iloc[0:0], None)


def test_the_rows_behind_the_rates_are_both_sides_of_every_pair():
    rates = money.implied_rates(airaces.load().claims)
    ids = money.rate_ids(rates)
    assert set(ids) == set(rates["quote_claim"]) | set(
        rates["base_claim"]
    ) and ids == sorted(ids)


def test_amounts_are_money_rows_with_a_value_and_a_restatement_is_drawn_once():
    rows = ledger_rows().assign(value=[43.5, 6.1, None, 50.0])
    assert list(money.amounts(rows)["claim_id"]) == ["a", "b"]
    assert list(money.drawn_once(ledger_rows())["claim_id"]) == ["a", "c", "d"]


def test_the_largest_rate_effect_comes_from_the_lowest_or_highest_rate():
    rates = pd.DataFrame({"rate": [7.0, 7.2, 7.5]})
    assert money.largest_rate_effect(rates, 7.2) == pytest.approx(1 - 7.2 / 7.5)


def test_rates_carry_the_row_of_their_quoted_amount():
    ledger = airaces.load()
    claims = citations.with_citations(ledger.claims, ledger.sources)
    rates = money.implied_rates(claims)
    joined = money.rates_with_rows(rates, claims)
    assert list(joined["claim_id"]) == list(rates["quote_claim"])
    assert joined["entity"].notna().all()


def test_rate_basis_and_rate_text_rest_on_the_pairs():
    rates = pd.DataFrame({"rate": [7.1, 7.2, 7.4]})
    basis = money.rate_basis(rates, None, "ess-001")
    assert basis == "the median of the three implied rates" and basis.ids == (
        "ess-001",
    )
    assert money.rate_basis(rates, 7.0, "ess-001") == "the rate chosen for this run"
    assert money.rate_text(7.1834, "ess-001") == "7.18"


def test_place_counts_from_one_in_the_rows_order():
    rows = pd.DataFrame({"claim_id": ["b-1", "a-2", "c-3"], "usd_bn": [9.0, 5.0, 1.0]})
    assert money.place(rows, rows.iloc[0]) == 1
    assert money.place(rows, pd.Series({"claim_id": "c-3"})) == 3


def test_largest_first_converts_to_dollars_and_sorts_down():
    rows = pd.DataFrame(
        {"claim_id": ["a", "b", "c"], "unit": ["CNY_bn", "USD_bn", "EUR_bn"]}
    ).assign(value=[70.0, 20.0, 10.0])
    ordered = money.largest_first(rows, 7.0, usd_per_eur=1.5)
    assert ordered["claim_id"].tolist() == ["b", "c", "a"]
    assert ordered["usd_bn"].tolist() == pytest.approx([20.0, 15.0, 10.0])
