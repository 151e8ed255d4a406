"""Words for hedged figures: a change between two of them, how many of some figures are hedged,
and a period as a sentence reads it.

A source that says "about 20%" and then "nearly 40%" supports "roughly doubled", not
"doubled"; these helpers keep that caution in the words, and record the rows they rest on.

Example::

    from airaces import chapter, hedges
    book = chapter.open_ledger("data")
    hedges.rough_change(book.claim("sin-033"), book.claim("sin-034"))  # 'doubles' or 'roughly ...'
"""

from __future__ import annotations

import pandas as pd

from airaces import prose

_HALVES = {"H1": "the first half of ", "H2": "the second half of "}


def period_in_words(row: pd.Series) -> prose.Text:
    """A claim's period in words: '2022', or 'the first half of 2024' for '2024-H1'."""
    half = _HALVES.get(str(row["period"])[5:], "")
    return prose.derived(half + prose.year(row), row)


def rough_change(before: pd.Series, after: pd.Series) -> prose.Text:
    """The change between two claims (``prose.change``), with 'roughly' where either is hedged:
    'about 20%' to 'nearly 40%' 'roughly doubles'; 'rises by 20%' becomes 'rises by roughly 20%'."""
    word = str(prose.change(before["value"], after["value"], before, after))
    if {before["qualifier"], after["qualifier"]} <= {"exact"}:
        return prose.derived(word, before, after)
    verb, _, by = word.partition(" by ")
    rough = f"{verb} by roughly {by}" if by else "roughly " + word
    return prose.derived(rough, before, after)


def how_many_hedged(claims: list[pd.Series]) -> prose.Text:
    """The opening of a sentence that counts the hedged claims among ``claims``, with its verb:
    'All four figures come', 'Two of the four figures come', 'One of the four figures comes',
    'None of the four figures comes'."""
    hedged = sum(c["qualifier"] != "exact" for c in claims)
    total = prose.spelled(len(claims))
    if hedged == len(claims):
        words = f"All {total} figures come"
    else:
        count = prose.spelled(hedged, True) if hedged else "None"
        verb = "comes" if hedged <= 1 else "come"
        words = f"{count} of the {total} figures {verb}"
    return prose.derived(words, *claims)


def hedged_duration(claim: pd.Series, noun: str) -> prose.Text:
    """A claim's count of ``noun`` as a duration, with 'more than' where the source says 'over':
    'More than two years after' reads 'more than two years'."""
    words = prose.noun_count(claim["value"], noun, claim)
    more_than = "more than " if claim["qualifier"] == "over" else ""
    return prose.derived(more_than + words, claim)


def either_or(claim: pd.Series) -> prose.Text:
    """A range the source prints as alternatives, low 'or' high: 'five or six'."""
    low = prose.spelled(claim["value"])
    high = prose.spelled(claim["value_high"])
    return prose.derived(f"{low} or {high}", claim)
