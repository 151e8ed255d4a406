"""Places in a ranking counted but not listed (airaces.places)."""

from __future__ import annotations

import pandas as pd

from airaces import places


def claim(claim_id, value, pair_id, unit="count"):
    return {
        "claim_id": claim_id,
        "value": value,
        "value_high": None,
        "qualifier": "exact",
        "unit": unit,
        "pair_id": pair_id,
    }


CLAIMS = pd.DataFrame(
    [
        claim("dig-004", 14, "cn-top20"),
        claim("dig-013", 14, "cn-top20"),
        claim("dig-005", 20, "top20"),
        claim("dig-014", 21, "top20"),
    ]
)


def test_a_count_rests_on_every_printing_of_it():
    china = CLAIMS.iloc[0]
    assert places.printings(CLAIMS, china)["claim_id"].tolist() == [
        "dig-004",
        "dig-013",
    ]
    words = places.in_words(CLAIMS, china)
    assert words == "14" and set(words.ids) == {"dig-004", "dig-013"}


def test_printings_agree_only_when_every_count_is_printed_alike():
    assert places.printings_agree(CLAIMS, [CLAIMS.iloc[0]])
    assert not places.printings_agree(CLAIMS, [CLAIMS.iloc[0], CLAIMS.iloc[2]])


def test_the_places_split_by_maker_and_fill_the_grid():
    groups = places.by_maker(china=14, open_source=9, total=20)
    assert groups == {
        "China, open-source": 9,
        "China, not open-source": 5,
        "Rest of the world": 6,
    }
    assert places.grid_description(groups, "no open-source models") == (
        "Grid of 20 squares: 9 Chinese open-source models, 5 Chinese closed models "
        "and 6 from the rest of the world, with no open-source models from the US."
    )


def test_a_lead_in_both_fields_is_said_once():
    first = pd.Series(claim("dig-011", 1, "a", unit="rank"))
    second = pd.Series(claim("dig-012", 1, "b", unit="rank"))
    lead = places.leads_in(first, second)
    assert lead == "first in practical applications and in AI exports"
    assert set(lead.ids) == {"dig-011", "dig-012"}
