"""Events and predictions read by date (airaces.chronology)."""

from __future__ import annotations

import pandas as pd
import pytest

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


def test_targets_sharing_a_theme_and_year_are_stacked():
    forecasts = pd.DataFrame(
        {"theme": ["a", "a", "b", "a"], "target_year": [2030, 2030, 2030, None]}
    )
    stacked = chronology.stacked_targets(forecasts)
    assert list(stacked["slot"]) == [0, 1, 0] and list(stacked["year"]) == [2030] * 3
    assert list(stacked["count"]) == [2, 2, 1]


def test_who_predicts_has_a_country_and_an_unknown_one_is_refused():
    forecasts = pd.DataFrame(
        {
            "theme": ["a", "a"],
            "target_year": [2030, 2025],
            "who": ["Sam Altman (OpenAI)", "Wu Yongming (Alibaba)"],
        }
    )
    assert list(chronology.stacked_targets(forecasts)["country"]) == ["US", "CN"]
    with pytest.raises(ValueError, match="Someone new"):
        chronology.stacked_targets(forecasts.assign(who="Someone new"))


def test_a_step_drops_out_once_an_event_records_it():
    steps = {"the ban": "ban", "the diffusion rule": "diffusion", "the plan": "h200"}
    assert chronology.still_undated(steps, events()) == ["the plan"]


def placed_events():
    return chronology.placed(
        events().assign(
            country=["US", "CN", "CN", "US"],
            theme=["chips", "models", "chips", "chips"],
            note=[
                "'This year' read as 2024.",
                None,
                "",
                "Year inferred from the source.",
            ],
        )
    )


def test_inferred_events_are_those_whose_note_says_so():
    assert list(chronology.inferred(placed_events())["event_id"]) == ["d", "b"]


def test_the_first_and_last_events_and_the_american_chip_controls():
    placed = placed_events()
    assert list(chronology.earliest(placed)["event_id"]) == ["d"]
    assert list(chronology.latest(placed)["event_id"]) == ["b"]
    assert list(chronology.us_chip_controls(placed)["event_id"]) == ["d", "b"]


def test_the_timeline_is_described_from_its_events():
    assert chronology.timeline_description(placed_events()) == (
        "Timeline of all 4 dated events from 2023 to 2024-06, by theme; "
        "2 concern China and 2 the United States."
    )


def predictions():
    return pd.DataFrame(
        {
            "source_id": ["s1", "s1", "s1", "s2", "s3"],
            "theme": ["a", "a", "b", "a", "b"],
            "target_year": [2025, 2025, 2025, 2030, 2030],
        }
    )


def test_target_years_are_counted_by_prediction_and_by_source():
    dated = chronology.stacked_targets(predictions())
    assert chronology.modal_year(dated) == 2025
    assert chronology.place_of(2030, dated) == 2
    assert chronology.n_sources(dated[dated["year"] == 2025]) == 1
    assert chronology.n_sources(dated[dated["year"] == 2030]) == 2
    assert chronology.targets_description(dated) == (
        "Dot chart of 5 dated predictions by target year and theme, "
        "from 2025 to 2030; 3 name 2025."
    )


def test_the_year_most_sources_were_written_in():
    sources = pd.DataFrame({"published": ["2025", "2025-07-31", "2026-03"]})
    assert chronology.written_year(sources) == 2025


def test_a_count_agrees_with_its_verb():
    assert chronology.how_many_are(0) == "none is"
    assert chronology.how_many_are(1) == "one is"
    assert chronology.how_many_are(3) == "three are"


def test_events_are_numbered_in_the_order_they_are_drawn():
    """A year-only date is drawn mid-year, so '2023' comes after '2023-01-05'."""
    numbered = chronology.numbered(events())
    assert list(numbered["event_id"]) == ["c", "d", "b", "a"]
    assert list(numbered["number"]) == [1, 2, 3, 4]
