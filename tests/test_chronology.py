"""Events and predictions read by date (airaces.chronology)."""

from __future__ import annotations

import pandas as pd

from airaces import chronology


def events():
    return pd.DataFrame(
        {
            "event_id": ["b", "a", "c", "d"],
            "date": ["2024-06", "2024", "2023-01-05", "2023"],
            "event": ["Ban on X", "Plan", "Rule", "Diffusion framework"],
        }
    )


def test_events_are_placed_in_order_with_their_precision():
    placed = chronology.placed(events())
    assert list(placed["event_id"]) == ["d", "c", "a", "b"]
    assert list(placed["precision"]) == ["year", "day", "year", "month"]
    assert chronology.precise(placed) == 2


def test_the_busiest_year_takes_the_later_of_a_tie():
    assert list(chronology.busiest_year(events())["event_id"]) == ["b", "a"]


def test_items_are_listed_as_a_sentence_lists_them():
    assert chronology.listed(["2020", "2022", "2024"]) == "2020, 2022 and 2024"
    assert chronology.listed(["2020"]) == "2020"


def test_targets_sharing_a_theme_and_year_are_stacked():
    forecasts = pd.DataFrame(
        {"theme": ["a", "a", "b", "a"], "target_year": [2030, 2030, 2030, None]}
    )
    stacked = chronology.stacked_targets(forecasts)
    assert list(stacked["slot"]) == [0, 1, 0] and list(stacked["year"]) == [2030] * 3


def test_a_step_drops_out_once_an_event_records_it():
    steps = {"the ban": "ban", "the diffusion rule": "diffusion", "the plan": "h200"}
    assert chronology.still_undated(steps, events()) == ["the plan"]
