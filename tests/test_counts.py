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
