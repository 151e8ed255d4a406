"""Figure descriptions composed from the rows drawn (airaces.descriptions)."""

from __future__ import annotations

import pandas as pd

from airaces import descriptions


def test_the_capacity_description_states_base_observed_and_target():
    observed = pd.Series({"value": 246.0})
    target = pd.Series({"value": 300.0, "period": "2025"})
    words = descriptions.capacity_against_target(
        "2023", 200.4, observed, "June 2024", target
    )
    assert words == (
        "Dot chart of China's national computing capacity: an implied 2023 base of "
        "200 EFLOPS, 246 EFLOPS observed in June 2024, and a target of 300 EFLOPS for 2025."
    )


def test_a_forecast_share_description_runs_from_one_period_to_the_next():
    before = pd.Series({"value": 2.4, "period": "2025"})
    after = pd.Series({"value": 4.8, "period": "2030"})
    words = descriptions.forecast_share(before, after, "China's electricity use")
    assert words == (
        "Line chart of a forecast: data centres' share of China's electricity use goes "
        "from 2.4% in 2025 to 4.8% in 2030."
    )
