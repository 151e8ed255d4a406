"""Words for hedged figures (airaces.hedges), on rows made by hand."""

from __future__ import annotations

import pandas as pd

from airaces import hedges


def claim(claim_id, value, qualifier="exact", period=None):
    return pd.Series(
        {
            "claim_id": claim_id,
            "value": value,
            "qualifier": qualifier,
            "period": period,
        }
    )


def test_a_half_year_reads_as_words():
    assert str(hedges.period_in_words(claim("sin-035", 1, period="2024-H1"))) == (
        "the first half of 2024"
    )
    assert str(hedges.period_in_words(claim("sin-036", 1, period="2022"))) == "2022"


def test_a_change_between_hedged_figures_is_rough():
    exact = hedges.rough_change(claim("sin-033", 20), claim("sin-034", 40))
    rough = hedges.rough_change(claim("sin-033", 20, "about"), claim("sin-034", 40))
    assert str(rough) == "roughly " + str(exact)
    assert set(rough.ids) == {"sin-033", "sin-034"}
    risen = hedges.rough_change(claim("sin-033", 100, "about"), claim("sin-034", 120))
    assert " by roughly " in str(risen)


def test_the_hedged_figures_are_counted_in_words():
    four = [claim(f"sin-03{i}", 1) for i in range(3, 7)]
    assert str(hedges.how_many_hedged(four)) == "None of the four figures comes"
    four[0]["qualifier"] = "about"
    assert str(hedges.how_many_hedged(four)) == "One of the four figures comes"
    for c in four:
        c["qualifier"] = "nearly"
    assert str(hedges.how_many_hedged(four)) == "All four figures come"


def test_a_duration_keeps_its_hedge_as_more_than():
    over = pd.Series({"claim_id": "sin-018", "value": 2.0, "qualifier": "over"})
    exact = pd.Series({"claim_id": "sin-018", "value": 1.0, "qualifier": "exact"})
    assert hedges.hedged_duration(over, "year") == "more than two years"
    assert hedges.hedged_duration(exact, "year") == "one year"


def test_a_range_of_alternatives_reads_low_or_high():
    claim = pd.Series({"claim_id": "ess-015", "value": 5.0, "value_high": 6.0})
    words = hedges.either_or(claim)
    assert words == "five or six"
    assert words.ids == ("ess-015",)
