"""Counts put on one scale (airaces.counts)."""

from __future__ import annotations

import pandas as pd

from airaces import counts


def test_counts_in_millions_and_billions_share_one_unit_and_others_are_left_out():
    rows = pd.DataFrame(
        {
            "unit": ["count_mn", "count_bn", "count_mn", "percent"],
            "value": [200, 1.1, None, 40],
        }
    )
    millions = counts.in_millions(rows)
    assert millions["millions"].tolist() == [200, 1100]
    assert list(millions.index) == [0, 1]


ROWS = pd.DataFrame(
    {
        "claim_id": ["sin-073", "sin-999"],
        "entity": ["DeepSeek app", "Kimi Chat"],
        "metric": ["users", "monthly_active_users"],
        "as_printed": ["over 100 million users", "36 million"],
    }
)


def test_a_description_gives_each_label_with_its_printed_words():
    labelled = ROWS.assign(label=["DeepSeek app: users", "Kimi Chat: monthly users"])
    assert counts.described(labelled) == (
        "DeepSeek app: users, over 100 million users; "
        "Kimi Chat: monthly users, 36 million"
    )


def test_a_headline_says_how_many_users_in_how_long():
    users = pd.Series(
        {"value": 100, "value_high": None, "qualifier": "over", "unit": "count_mn"}
    )
    days = pd.Series(
        {"value": 20, "value_high": None, "qualifier": "exact", "unit": "days"}
    )
    assert counts.reached_in(users, days) == "Over 100 million users in 20 days"
