"""Two figures compared in words: how a gap moved between two readings, and how many times
one cost is another, hedges included, so that the words stay true when the data change.

Example::

    from airaces import compare
    compare.gap_verb(20.0, 1.7)  # 'all but closed': the later gap is under a tenth
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import Text, claim_text, derived, times


def gap_verb(before: float, after: float) -> str:
    """What a gap did between two readings: 'all but closed' (under a tenth of before),
    'narrowed', 'widened' or 'did not move'."""
    if after < before / 10:
        return "all but closed"
    if after < before:
        return "narrowed"
    if after > before:
        return "widened"
    return "did not move"


def gap_size(before: float, after: float) -> str:
    """The later gap against the earlier, opening a title: 'A far smaller' (under half),
    'A smaller', 'A larger' or 'The same'."""
    if after < before / 2:
        return "A far smaller"
    if after < before:
        return "A smaller"
    if after > before:
        return "A larger"
    return "The same"


def multiple_words(cheap: pd.Series, dear: pd.Series) -> Text:
    """How many times ``dear`` is ``cheap``, in words resting on both: 'more than 20 times' when
    the dearer figure is a floor ("over $100 million"), so the multiple is rounded down;
    'about 2.3 times' when the exact multiple does not come out whole at the digits
    ``prose.times`` prints (one decimal under 10, none above); else '3 times'."""
    exact = dear["value"] / cheap["value"]
    digits = int(exact < 10)
    if dear["qualifier"] == "over":
        shown = exact * 10**digits // 1 / 10**digits
        return derived("more than " + times(shown, cheap, dear), cheap, dear)
    about = "about " if round(exact, digits) != exact else ""
    return derived(about + times(exact, cheap, dear), cheap, dear)


def world_place(rank: pd.Series) -> Text:
    """A country's world rank in words: 'leads the world' for rank 1, else 'ranks second in
    the world' and so on, resting on the rank's row."""
    if rank["value"] == 1:
        return derived("leads the world", rank)
    return derived(f"ranks {claim_text(rank)} in the world", rank)


def as_many(
    ratio: float, kinds: tuple[str, str], noun: str, *rests_on: pd.Series
) -> Text:
    """How many times as many of one kind there are as of the other, the larger first:
    ``ratio`` is the first kind over the second. as_many(24, ("service", "industrial"),
    "robots") is '24 times as many service robots as industrial ones'; a ratio under one
    turns the sentence round, so that it never reads '0.04 times as many'."""
    first, second = kinds
    if ratio < 1:
        ratio = 1 / ratio
        first, second = second, first
    words = f"{times(ratio, *rests_on)} as many {first} {noun} as {second} ones"
    return derived(words, *rests_on)
