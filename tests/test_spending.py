"""Spending amounts in one currency, each once (airaces.spending), on the committed ledger."""

from __future__ import annotations

import pandas as pd

from airaces import chapter, labels, money, spending


def test_amounts_are_drawn_once_in_dollars_and_named_by_their_labels():
    book = chapter.open_ledger(None)
    compute, _, _ = book.theme("compute")
    rates = money.implied_rates(book.ledger.claims)
    rows = spending.in_dollars(
        compute,
        rates,
        7.0,
        ["government_spending", "ai_infrastructure_investment_plan"],
    )
    # The dollar restatement of the state's outlay is left out; Alibaba's plan, reported twice, is drawn once.
    assert sorted(rows["claim_id"]) == ["ess-005", "sin-007"]
    state = rows.set_index("claim_id").loc["sin-007"]
    assert state["usd_bn"] == state["value"] / 7.0
    assert state["label"] == labels.labels("row")["sin-007"]


def test_a_row_without_a_label_is_named_by_its_entity_and_metric():
    book = chapter.open_ledger(None)
    rates = money.implied_rates(book.ledger.claims)
    unlabelled = book.claims[~book.claims["claim_id"].isin(labels.labels("row"))]
    metrics = unlabelled.loc[unlabelled["unit"] == "USD_bn", "metric"].unique().tolist()
    rows = spending.in_dollars(unlabelled, rates, 7.0, metrics)
    assert len(rows) > 0
    for row in rows.itertuples():
        entity = row.entity[:1].upper() + row.entity[1:]
        metric = labels.in_sentence("metric", row.metric)
        assert row.label == f"{entity}: {metric}"


def test_the_largest_amounts_are_named_with_their_countries():
    rows = pd.DataFrame(
        {
            "usd_bn": [5.0, 500.0, 50.0],
            "label": ["Small", "Large", "Middle"],
            "country": ["CN", "US", "CN"],
        }
    )
    assert spending.largest_named(rows, 2) == "Large (US), Middle (CN)"


def test_a_place_among_one_countrys_amounts_is_in_words_and_cites_them():
    rows = pd.DataFrame(
        {
            "claim_id": ["sin-007", "ess-001", "ess-005"],
            "usd_bn": [6.0, 400.0, 53.0],
            "country": ["CN", "US", "CN"],
        }
    )
    assert spending.place_among(rows, "ess-005", "CN", "ess-006") == "the largest"
    place = spending.place_among(rows, "sin-007", "CN", "ess-006")
    assert place == "the second-largest"
    assert set(place.ids) == {"sin-007", "ess-005", "ess-006"}
