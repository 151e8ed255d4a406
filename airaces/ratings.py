"""The sources' ratings of China (``assessments.csv``) as the synthesis chapter counts them.

A rating codes one statement on a five-point scale, −2 (a serious weakness) to +2 (ahead).
The scorecard shows one rating per source and pillar or race, so that no source weighs more
for having said more; these functions make that table and the counts read from it.

Example::

    from airaces import chapter, citations, ratings
    book = chapter.open_ledger("data")
    scores = citations.with_citations(book.ledger.assessments, book.ledger.sources)
    cells = ratings.one_per_source(scores, ["dimension", "source_id"])
    ratings.leaning(cells)  # how many dimensions each source rates above and below zero
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import listed, signed, spelled

# The five points of the scale in words, as the codebook defines them.
RATING_WORDS = {
    -2: "a serious weakness",
    -1: "behind",
    0: "mixed",
    1: "strong or catching up",
    2: "ahead",
}


def with_words(
    scores: pd.DataFrame, dimensions: dict[str, str], sources: dict[str, str]
) -> pd.DataFrame:
    """The ratings with the words a reader sees: each dimension's (``dimension_label``), each
    source's (``source``) and each rating's (``rating_words``), from the mappings given."""
    return scores.assign(
        dimension_label=scores["dimension"].map(dimensions),
        source=scores["source_id"].map(sources),
        rating_words=scores["rating"].map(RATING_WORDS),
    )


def rated(rating: float) -> str:
    """A rating with its words, '+2 (ahead)'; a mean between two points of the scale has none."""
    if rating in RATING_WORDS:
        return f"{signed(rating)} ({RATING_WORDS[rating]})"
    return signed(rating)


def one_per_source(scores: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One row per group of ``keys`` (a source and a dimension, with any columns that name
    them): the mean of the source's ratings (``rating``), their spans (``spans``), ids
    (``ids``) and citations (``citation``) joined, how many (``n``), and the mean as the
    scorecard prints it (``label``). ``scores`` carries ``as_printed`` and ``citation``."""
    cells = (
        scores.groupby(keys)
        .agg(
            rating=("rating", "mean"),
            spans=("as_printed", " | ".join),
            ids=("assessment_id", ", ".join),
            citation=("citation", "; ".join),
            n=("rating", "size"),
        )
        .reset_index()
    )
    return cells.assign(label=cells["rating"].map(signed))


def leaning(cells: pd.DataFrame, order: list[str] | None = None) -> pd.DataFrame:
    """For each source (in ``order`` if given), how many dimensions it rates above zero
    (``up``) and how many below (``down``): whether it sees China doing well on balance."""
    rating = cells.groupby("source_id")["rating"]
    lean = pd.DataFrame(
        {
            "up": rating.agg(lambda r: r.gt(0).sum()),
            "down": rating.agg(lambda r: r.lt(0).sum()),
        }
    )
    if order is not None:
        lean = lean.reindex([s for s in order if s in lean.index])
    return lean


def spread_by(scores: pd.DataFrame, by) -> pd.Series:
    """How far apart the ratings in each group lie (highest minus lowest). Grouped by source
    and dimension, a spread above zero is a source that disagrees with itself; grouped by
    dimension, it is the spread of every statement on it, before any source counts once.

    Example: ``ratings.spread_by(scores, ["source_id", "dimension"])``.
    """
    return scores.groupby(by)["rating"].agg(lambda r: r.max() - r.min())


def sources_at_rating(cells: pd.DataFrame, dimension: str, rating: float) -> list[str]:
    """The ids of the sources whose cell for ``dimension`` holds ``rating``, in the table's
    order: who sits at the top or the bottom of a dimension's spread.

    Example: ``ratings.sources_at_rating(cells, "chips", -2)`` -> ``["asi_essay"]``.
    """
    here = cells[(cells["dimension"] == dimension) & (cells["rating"] == rating)]
    return list(here["source_id"])


def top_and_bottom(cells: pd.DataFrame, dimensions) -> dict[str, list[list[str]]]:
    """For each of ``dimensions``, the ids of the sources whose cell holds its highest
    rating, then those whose cell holds its lowest: who stands at each end of a dispute.

    Example: ``ratings.top_and_bottom(cells, ["chips"])`` ->
    ``{"chips": [["digest"], ["asi_essay"]]}``.
    """
    rating = cells.groupby("dimension")["rating"]
    highest = rating.max()
    lowest = rating.min()
    return {
        d: [
            sources_at_rating(cells, d, highest[d]),
            sources_at_rating(cells, d, lowest[d]),
        ]
        for d in dimensions
    }


def ranges_in_words(cells: pd.DataFrame, labels: dict[str, str]) -> str:
    """Each dimension's lowest and highest rating, in the order of ``labels``, for a
    figure's description: 'Chips −2 to −1; Models 0 to +1'.
    """
    rating = cells.groupby("dimension")["rating"]
    lowest = rating.min()
    highest = rating.max()
    return "; ".join(
        f"{labels[d]} {signed(lowest[d])} to {signed(highest[d])}" for d in labels
    )


def _agreeing(n: int, one: str, many: str) -> str:
    """The word that agrees with a count: ``one`` for 1, ``many`` otherwise."""
    return one if n == 1 else many


def widest_in_words(
    cells: pd.DataFrame,
    top_bottom: dict[str, list[list[str]]],
    labels: dict[str, str],
    names: dict[str, str],
) -> str:
    """The widest disagreement as the prose states it, after "The widest": 'disagreement, of
    two points, is on physical integration, where the essay and Brookings rate it +2 (ahead)
    and the whitepaper only 0 (mixed)'. With a tie, 'disagreements, of two points each, are
    on ...; and on ...'.

    ``top_bottom`` is :func:`top_and_bottom` of the dimensions tied for the widest spread;
    ``labels`` names each dimension and ``names`` each source as the prose does.
    """
    rating = cells.groupby("dimension")["rating"]
    highest = rating.max()
    lowest = rating.min()
    where = []
    for d, (top, bottom) in top_bottom.items():
        rate = _agreeing(len(top), "rates", "rate")
        where.append(
            f"{labels[d].lower()}, where {listed([names[s] for s in top])} {rate} it "
            f"{rated(highest[d])} and {listed([names[s] for s in bottom])} "
            f"only {rated(lowest[d])}"
        )
    first = next(iter(top_bottom))
    gap = highest[first] - lowest[first]
    points = f"{spelled(gap)} {_agreeing(gap, 'point', 'points')}"
    n = len(top_bottom)
    noun = _agreeing(n, "disagreement", "disagreements")
    verb = _agreeing(n, ", is on ", " each, are on ")
    return f"{noun}, of {points}{verb}" + "; and on ".join(where)
