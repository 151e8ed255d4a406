"""Two figures compared in words (airaces.compare)."""

from __future__ import annotations

import pandas as pd

from airaces import compare


def test_what_a_gap_did_and_how_big_it_is():
    assert compare.gap_verb(20, 1) == "all but closed"
    assert compare.gap_verb(20, 15) == "narrowed"
    assert compare.gap_verb(20, 25) == "widened"
    assert compare.gap_verb(20, 20) == "did not move"
    assert compare.gap_size(20, 5) == "A far smaller"
    assert compare.gap_size(20, 15) == "A smaller"
    assert compare.gap_size(20, 25) == "A larger"
    assert compare.gap_size(20, 20) == "The same"


def row(value, qualifier="exact", claim_id="ess-001"):
    return pd.Series({"value": value, "qualifier": qualifier, "claim_id": claim_id})


def test_a_floor_is_rounded_down_and_an_inexact_multiple_is_about():
    cheap = row(5.6)
    assert (
        str(compare.multiple_words(cheap, row(100, "over", "ess-002")))
        == "more than 17 times"
    )
    assert (
        str(compare.multiple_words(row(3), row(7, claim_id="ess-002")))
        == "about 2.3 times"
    )
    assert str(compare.multiple_words(row(2), row(6, claim_id="ess-002"))) == "3 times"


def test_a_world_place_in_words():
    assert str(compare.world_place(row(1))) == "leads the world"
    second = pd.Series({"value": 2, "unit": "rank", "claim_id": "ess-001"})
    assert str(compare.world_place(second)) == "ranks second in the world"


def test_as_many_puts_the_larger_kind_first():
    a = row(1, claim_id="ess-001")
    b = row(2, claim_id="ess-002")
    kinds = ("service", "industrial")
    assert (
        str(compare.as_many(24, kinds, "robots", a, b))
        == "24 times as many service robots as industrial ones"
    )
    assert (
        str(compare.as_many(0.5, kinds, "robots", a, b))
        == "2 times as many industrial robots as service ones"
    )
