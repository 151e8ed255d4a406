"""Numbers the sources imply but do not print (airaces.implied), checked by hand."""

from __future__ import annotations

import math

import pandas as pd

from airaces import implied


def test_the_share_of_a_rise_covered_runs_from_base_to_target():
    assert implied.share_of_rise_covered(246, 200, 300) == 0.46
    assert implied.share_of_rise_covered(150, 200, 300) < 0
    assert implied.share_of_rise_covered(320, 200, 300) > 1


def test_progress_is_told_in_words():
    assert implied.progress_words(-0.1, "x") == "was still below the implied base"
    assert implied.progress_words(1.0, "x") == "had already passed the target"
    assert (
        implied.progress_words(0.46, "46%")
        == "had already covered 46% of the planned increase"
    )


def test_a_base_row_names_both_claims_it_comes_from():
    target = pd.Series({"claim_id": "sin-002", "as_printed": "300 EFLOPS"})
    growth = pd.Series(
        {"claim_id": "sin-003", "as_printed": "50%", "unit": "percent", "value": 50}
    )
    point = implied.base_row(target, growth, 200.0, "2023", "China")
    assert point["claim_id"] == "sin-002 + sin-003"
    assert point["kind"] == "derived" and point["value"] == 200.0
    assert point["as_printed"] == "300 EFLOPS … 50%"
    assert point["period"] == "2023" and point["entity"] == "China"


def test_a_parts_growth_and_share_imply_the_totals_growth():
    # The part grows 10% a year while its share holds: the total grows 10% too.
    assert math.isclose(implied.total_growth(0.10, 2, 2, 5), 0.10)
    # The part doubles in a year and so does its share: the total stands still.
    assert math.isclose(implied.total_growth(1.0, 2, 4, 1), 0.0, abs_tol=1e-12)


def test_progress_in_words_rests_on_the_rows_of_the_share():
    words = implied.progress_in_words(0.46, "sin-002", "sin-003", "ess-013")
    assert words == "had already covered 46% of the planned increase"
    assert set(words.ids) == {"sin-002", "sin-003", "ess-013"}


def test_the_base_row_is_drawn_after_the_rows_with_dates():
    target = pd.Series({"claim_id": "sin-002", "as_printed": "300 EFLOPS"})
    growth = pd.Series(
        {"claim_id": "sin-003", "as_printed": "50%", "unit": "percent", "value": 50}
    )
    rows = pd.DataFrame([{"claim_id": "ess-013", "value": 246.0, "period": "2024-06"}])
    drawn = implied.with_base_row(rows, target, growth, 200.0, "2023", "China")
    assert drawn["claim_id"].tolist() == ["ess-013", "sin-002 + sin-003"]
    assert drawn["date"].notna().all()
    assert drawn["date"].iloc[1].year == 2023
