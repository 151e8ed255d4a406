"""Places in a ranking that a source counts but does not list, such as the digest's
OpenCompass top 20: how many places each maker holds, and the words for those counts.

The digest prints each count twice (in its body and in its summary); the ledger links the
two printings by ``pair_id``, and a count in the prose rests on both.

Example::

    from airaces import chapter, places
    book = chapter.open_ledger("data")
    china = book.claim("dig-004")
    places.printings(book.claims, china)  # dig-004 and dig-013
    places.by_maker(china=14, open_source=9, total=20)
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import Text, claim_text, derived


def printings(claims: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    """Every printing of the count that ``row`` records: the rows sharing its ``pair_id``."""
    return claims[claims["pair_id"] == row["pair_id"]]


def in_words(claims: pd.DataFrame, row: pd.Series) -> Text:
    """The count in words ("14"), resting on all of its printings."""
    return derived(claim_text(row), printings(claims, row))


def printings_agree(claims: pd.DataFrame, rows) -> bool:
    """Whether every printing of each count in ``rows`` gives the same value."""
    return all(printings(claims, r)["value"].nunique() == 1 for r in rows)


def by_maker(china: int, open_source: int, total: int) -> dict[str, int]:
    """The places held by Chinese open-source models, Chinese closed ones and the rest of
    the world, for a grid of squares (a count below zero reads as none)."""
    return {
        "China, open-source": open_source,
        "China, not open-source": max(china - open_source, 0),
        "Rest of the world": total - china,
    }


def grid_description(groups: dict[str, int], us: str) -> str:
    """A grid's description for a screen reader, from its groups (see ``by_maker``) and
    the words for the US count: "Grid of 20 squares: 9 Chinese open-source models, ..."."""
    n = list(groups.values())
    return (
        f"Grid of {sum(n)} squares: {n[0]} Chinese open-source models, {n[1]} "
        f"Chinese closed models and {n[2]} from the rest of the world, with {us} from the US."
    )


def leads_in(apps: pd.Series, exports: pd.Series) -> Text:
    """Where a source ranks China, from its ranks in practical applications and in AI
    exports: "first in practical applications and in AI exports" when the two agree."""
    first = claim_text(apps)
    second = claim_text(exports)
    also = "" if first == second else second + " "
    return derived(
        f"{first} in practical applications and {also}in AI exports", apps, exports
    )
