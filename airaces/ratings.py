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

from airaces.prose import signed

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


def own_spread(scores: pd.DataFrame, by) -> pd.Series:
    """How far apart the ratings in each group lie (highest minus lowest): by source and
    dimension, a source that disagrees with itself; by dimension, every rating of it."""
    return scores.groupby(by)["rating"].agg(lambda r: r.max() - r.min())
