"""Events and predictions read by date: where each sits in time, how precisely it is dated,
and which year is busiest. Chapter 09 (Chronology) reads the ledger this way.
"""

from __future__ import annotations

import pandas as pd

from airaces import audit
from airaces.periods import period_point, period_words
from airaces.prose import Text, derived, spelled

# How precise a ledger date is, from its length: '2024', '2024-06', '2024-06-05'.
PRECISION = {4: "year", 7: "month", 10: "day"}
# The shape that shows each precision on a timeline.
PRECISION_SHAPES = {"year": "circle", "month": "square", "day": "diamond"}


def placed(events: pd.DataFrame) -> pd.DataFrame:
    """The events in date order, each with ``when``, the middle of the period its date covers
    (the book's one rule for time axes), and ``precision``, how exactly the source dates it."""
    events = events.sort_values(["date", "event_id"])
    return events.assign(
        when=events["date"].map(period_point),
        precision=events["date"].str.len().map(PRECISION),
    )


def precise(events: pd.DataFrame) -> int:
    """How many of the events are dated to a month or a day, not only a year."""
    return int((events["precision"] != "year").sum())


def busiest_year(events: pd.DataFrame) -> pd.DataFrame:
    """The events of the year with the most events (the later year if two tie)."""
    years = events["date"].str[:4]
    busiest = max(years.unique(), key=lambda y: ((years == y).sum(), y))
    return events[years == busiest]


# The country of each who that names a target year, as the sources present them: 'other' for
# a country that is neither (SoftBank's founder, in Japan), 'global' for a consensus, several
# estimates, the essay's author, or a prediction whose source names no one.
PREDICTOR_COUNTRY = {
    "Chinese government": "CN",
    "Wu Yongming (Alibaba)": "CN",
    "Baidu": "CN",
    "Beijing Institute of Technology": "CN",
    "Zhang Peng (Zhipu AI)": "CN",
    "Sam Altman (OpenAI)": "US",
    "Morgan Stanley": "US",
    "Alphabet, Amazon, Meta and Microsoft": "US",
    "Masayoshi Son (SoftBank)": "other",
    "Rupesh Bhambwani (author)": "global",
    "industry consensus": "global",
    "various estimates": "global",
    "not stated": "global",
}


def stacked_targets(forecasts: pd.DataFrame) -> pd.DataFrame:
    """The predictions that name a target year, with ``year`` (an int), ``country`` (of who
    predicts, ``PREDICTOR_COUNTRY``), ``slot`` and ``count``: the predictions sharing a theme
    and year are numbered 0, 1, 2... so a chart can set them one above another, and counted."""
    dated = forecasts.dropna(subset=["target_year"])
    dated = dated.assign(year=dated["target_year"].astype(int))
    if "who" in dated:
        dated = dated.assign(country=dated["who"].map(PREDICTOR_COUNTRY))
        unknown = sorted(set(dated.loc[dated["country"].isna(), "who"]))
        if unknown:
            raise ValueError(
                f"no country for who predicts: {unknown} (PREDICTOR_COUNTRY)"
            )
    together = dated.groupby(["theme", "year"])
    return dated.assign(
        slot=together.cumcount(), count=together["year"].transform("size")
    )


def still_undated(steps: dict[str, str], events: pd.DataFrame) -> list[str]:
    """The steps (words -> a word an event recording it would contain) that no event in
    the ledger records yet, in the order given."""
    text = events["event"].str.lower()
    return [step for step, word in steps.items() if not text.str.contains(word).any()]


# The steps the sources describe without giving a date, each with a word that an event
# recording it would contain (so a step drops out of the list once the ledger dates it).
UNDATED_STEPS = {
    "the American framework for AI diffusion": "diffusion",
    "China's ban on Micron's chips": "micron",
    "the later easing of American controls on sales of Nvidia's H200 chips to China": "h200",
    "Beijing's limits on importing them": "import limit",
    "the five-year plan that made embodied AI a target industry": "five-year",
}

# The words in an event's note that say its date was inferred, not printed.


def inferred(events: pd.DataFrame) -> pd.DataFrame:
    """The events whose date the ledger inferred from the source's own date (its note says
    so), such as 'last September' read as September 2025: the audit's rule, so that the
    chronology and the audit count the same events."""
    notes = events["note"].fillna("")
    return events[notes.str.contains(audit.INFERRED_FROM_SOURCE_DATE)]


def timeline_description(events: pd.DataFrame) -> str:
    """The timeline figure's description for a screen reader, from its events.

    >>> timeline_description(placed(events))  # doctest: +SKIP
    'Timeline of all 39 dated events from 2006 to 2026, by theme; 30 concern China ...'
    """
    dates = events["date"]
    n_china = int((events["country"] == "CN").sum())
    n_us = int((events["country"] == "US").sum())
    return (
        f"Timeline of all {len(events)} dated events from {dates.min()} to "
        f"{dates.max()}, by theme; {n_china} concern China and {n_us} the United States."
    )


def modal_year(dated: pd.DataFrame) -> int:
    """The target year that the most dated predictions name (the earliest if two tie)."""
    return int(dated["year"].mode().iloc[0])


def targets_description(dated: pd.DataFrame) -> str:
    """The target-year figure's description for a screen reader, from its predictions."""
    year = modal_year(dated)
    n_modal = int((dated["year"] == year).sum())
    return (
        f"Dot chart of {len(dated)} dated predictions by target year and theme, "
        f"from {dated['year'].min()} to {dated['year'].max()}; {n_modal} name {year}."
    )


def place_of(year: int, dated: pd.DataFrame) -> int:
    """The place of ``year`` among target years by how many predictions name it: 1 if no
    year is named more often, 2 if one year is, and so on (ties share a place)."""
    counts = dated["year"].value_counts()
    return int((counts > counts.get(year, 0)).sum()) + 1


def written_year(sources: pd.DataFrame) -> int:
    """The year most of the sources were published in."""
    return int(sources["published"].str[:4].astype(int).mode().iloc[0])


def n_sources(rows: pd.DataFrame) -> int:
    """How many different sources the rows come from: a year named by four predictions
    from one source is less widely shared than a year named once in each of three."""
    return int(rows["source_id"].nunique())


def how_many_are(n: int) -> str:
    """A count as the subject of 'are': 'none is', 'one is', 'two are', '12 are'."""
    return {0: "none is", 1: "one is"}.get(n, f"{spelled(n)} are")


def earliest(events: pd.DataFrame) -> pd.DataFrame:
    """The events on the earliest date in the ledger (all of them, if several share it)."""
    return events[events["date"] == events["date"].min()]


def latest(events: pd.DataFrame) -> pd.DataFrame:
    """The events on the latest date in the ledger (all of them, if several share it)."""
    return events[events["date"] == events["date"].max()]


def us_chip_controls(events: pd.DataFrame) -> pd.DataFrame:
    """The events on chips that concern the United States: its controls on China's access
    to chips and chip-making tools, in date order."""
    return events[(events["theme"] == "chips") & (events["country"] == "US")]


def turning_years(events: pd.DataFrame) -> list[int]:
    """The years the chapter's phases turn, for the timeline's axis to mark: the first
    American chip control and the surge once large models arrived (sin-ev13)."""
    burst = events.loc[events["event_id"] == "sin-ev13", "date"]
    dates = [us_chip_controls(events)["date"].min(), *burst]
    return [int(d[:4]) for d in dates]


def numbered(events: pd.DataFrame) -> pd.DataFrame:
    """The events placed in time (``placed``) and numbered 1, 2, 3... in the order a
    timeline draws them, left to right: by ``when``, so that an event dated only to 2023,
    drawn mid-year, comes after one dated April 2023. A timeline's dots are keyed to a
    list under it (``key``) in the same order."""
    events = placed(events).sort_values(["when", "date", "event_id"], kind="stable")
    return events.assign(number=range(1, len(events) + 1))


def key(events: pd.DataFrame) -> Text:
    """The list under a numbered timeline, in Markdown: each event's number, its date as
    the source printed it, who acted and what happened."""
    lines = [
        f"{e.number}. {period_words(e.date)} (\u201c{e.as_printed}\u201d), "
        f"{e.actor}: {e.event}"
        for e in events.itertuples()
    ]
    return derived("\n".join(lines), events)
