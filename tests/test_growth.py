"""The growth a source states, read back (airaces.growth)."""

from __future__ import annotations

import pandas as pd
import pytest

from airaces import growth


def test_the_earlier_value_and_the_compound_rate():
    assert growth.base_before_growth(110.0, 10.0) == pytest.approx(100.0)
    assert growth.compound_annual(4.0, 2) == pytest.approx(1.0)


def test_growth_reads_as_more_or_fewer():
    assert (
        str(growth.more_or_fewer(pd.Series({"value": 12.0, "claim_id": "ess-001"})))
        == "12% more"
    )
    assert (
        str(growth.more_or_fewer(pd.Series({"value": -5.0, "claim_id": "ess-001"})))
        == "5% fewer"
    )


def test_before_and_after_derives_the_earlier_row_from_the_rate():
    later = pd.Series({"claim_id": "ess-001", "value": 1.1, "kind": "observed"})
    rate = pd.Series({"claim_id": "ess-002", "value": 10.0, "kind": "observed"})
    rows = growth.before_and_after(
        later, rate, panel="P", now="b", before="a", units=100
    )
    assert rows["units"].tolist() == pytest.approx([110.0, 100.0])
    assert rows["kind"].tolist() == ["observed", "derived"]
    assert rows["claim_id"].tolist() == ["ess-001", "ess-002"]


def test_segments_are_named_fastest_first():
    rows = [
        pd.Series({"entity": "B", "value": 25.0, "claim_id": "ess-001"}),
        pd.Series({"entity": "A", "value": 46.0, "claim_id": "ess-002"}),
        pd.Series({"entity": "C", "value": 35.0, "claim_id": "ess-003"}),
    ]
    assert (
        str(growth.fastest_first(rows))
        == "fastest in A (46% a year), then C (35%) and B (25%)"
    )
    assert (
        str(growth.fastest_first(rows[:2])) == "fastest in A (46% a year), then B (25%)"
    )


def test_the_annual_rate_between_two_dated_rows():
    start = pd.Series({"value": 47.0, "period": "2024"})
    end = pd.Series({"value": 188.0, "period": "2026"})
    assert growth.annual_between(start, end) == pytest.approx(100.0)


def test_the_robot_output_figure_in_words():
    ind = pd.Series({"value": 370_000.0, "period": "2025", "claim_id": "ess-001"})
    svc = pd.Series({"value": 8.82, "period": "2025", "claim_id": "ess-002"})
    rate = pd.Series({"value": 25.0, "claim_id": "ess-003"})
    words = growth.robot_output_description(ind, rate, svc, rate)
    assert words == (
        "Two bar charts. Industrial robots: about 296 thousand in the first half of "
        "2024 (implied) and 370 thousand in 2025. Service robots: about 7.06 million "
        "(implied) and 8.82 million."
    )
