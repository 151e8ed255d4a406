"""The sources' ratings as the synthesis counts them (airaces.ratings)."""

from __future__ import annotations

import pandas as pd

from airaces import ratings


def frame(rows):
    return pd.DataFrame(
        rows,
        columns=["dimension", "source_id", "rating", "as_printed", "assessment_id"],
    ).assign(citation="A source")


SCORES = frame(
    [
        ("models", "digest", -1, "still leads", "d1"),
        ("models", "digest", 1, "closing in", "d2"),
        ("models", "essay", 1, "catching up", "e1"),
        ("chips", "essay", -2, "biggest vulnerability", "e2"),
        ("chips", "digest", -1, "will lag", "d3"),
    ]
)


def test_a_rating_reads_with_its_words_unless_it_lies_between_two_points():
    assert ratings.rated(2) == "+2 (ahead)"
    assert ratings.rated(-1) == "−1 (behind)"
    assert ratings.rated(0.5) == "+0.5"


def test_a_source_counts_once_per_dimension_at_the_mean_of_its_ratings():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    digest = cells.set_index(["source_id", "dimension"]).loc[("digest", "models")]
    assert digest["rating"] == 0 and digest["n"] == 2 and digest["label"] == "0"
    assert digest["spans"] == "still leads | closing in"
    assert digest["ids"] == "d1, d2"
    assert len(cells) == 4


def test_leaning_counts_dimensions_above_and_below_zero_in_order():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    lean = ratings.leaning(cells, order=["essay", "digest", "nobody"])
    assert list(lean.index) == ["essay", "digest"]
    assert lean.loc["essay"].tolist() == [1, 1]
    assert lean.loc["digest"].tolist() == [0, 1]


def test_spread_by_finds_a_source_that_disagrees_with_itself():
    own = ratings.spread_by(SCORES, ["source_id", "dimension"])
    assert list(own[own > 0].index) == [("digest", "models")]
    assert ratings.spread_by(SCORES, "dimension")["models"] == 2


def test_sources_at_rating_names_who_gives_a_dimension_that_rating():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    assert ratings.sources_at_rating(cells, "chips", -2) == ["essay"]
    assert ratings.sources_at_rating(cells, "models", 1) == ["essay"]
    assert ratings.sources_at_rating(cells, "models", 2) == []


def test_with_words_names_dimensions_sources_and_ratings():
    named = ratings.with_words(SCORES, {"models": "Models"}, {"essay": "The essay"})
    assert named.loc[2, ["dimension_label", "source", "rating_words"]].tolist() == [
        "Models",
        "The essay",
        "strong or catching up",
    ]


def test_top_and_bottom_names_the_sources_at_each_end():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    assert ratings.top_and_bottom(cells, ["chips"]) == {
        "chips": [["digest"], ["essay"]]
    }


def test_ranges_in_words_gives_each_dimension_lowest_to_highest():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    words = ratings.ranges_in_words(cells, {"chips": "Chips", "models": "Models"})
    assert words == "Chips −2 to −1; Models 0 to +1"


def test_widest_in_words_names_who_stands_at_each_end():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    words = ratings.widest_in_words(
        cells,
        ratings.top_and_bottom(cells, ["chips"]),
        {"chips": "Chips"},
        {"digest": "the digest", "essay": "the essay"},
    )
    assert words == (
        "disagreement, of one point, is on chips, where the digest rates it "
        "−1 (behind) and the essay only −2 (a serious weakness)"
    )


def test_widest_in_words_counts_each_of_a_tie():
    cells = ratings.one_per_source(SCORES, ["dimension", "source_id"])
    tie = {"chips": [["digest"], ["essay"]], "models": [["essay"], ["digest"]]}
    names = {"digest": "the digest", "essay": "the essay"}
    words = ratings.widest_in_words(cells, tie, {"chips": "C", "models": "M"}, names)
    assert words.startswith("disagreements, of one point each, are on c, where")
