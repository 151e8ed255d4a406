"""An amount in words: the phrase a sentence uses for it."""

from __future__ import annotations

import pandas as pd

import airaces
from airaces import amount_words, labels


def row(**fields):
    base = {
        "claim_id": "x-001",
        "entity": "Amazon",
        "metric": "capital_expenditure",
        "kind": "forecast",
        "period": "2025",
    }
    return pd.Series({**base, **fields})


def test_whose_takes_the_article_and_the_kind():
    labels.use(airaces.load().labels)
    assert amount_words.whose(row()) == "Amazon's projected capital spending"
    assert amount_words.whose(row(entity="United States", kind="observed")) == (
        "the United States' capital spending"
    )
    assert amount_words.whose(row(entity="China, state and private")) == (
        "the projected capital spending of China, state and private"
    )


def test_a_growth_claim_reads_as_a_change():
    assert amount_words.change(row(value=62.0)) == "up 62%"
    assert amount_words.change(row(value=-5.0)) == "down 5%"
