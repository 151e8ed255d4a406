"""Numbers the sources imply but do not print: how far a target has come, the base row a figure
draws, a total's growth behind a part's growth and share. (Growth arithmetic itself, a base
before growth or a compound yearly rate, is ``airaces.growth``.)

Each function does one line of arithmetic on plain numbers, so that a chapter can name the
step it takes and the reader can check it by hand.

Example::

    from airaces import implied
    implied.share_of_rise_covered(246, 200, 300)  # 0.46: 46 of the 100 to go
"""

from __future__ import annotations

import pandas as pd

from airaces import growth, prose
from airaces.periods import period_point


def share_of_rise_covered(observed: float, base: float, target: float) -> float:
    """How much of the rise from ``base`` to ``target`` an ``observed`` value has made, as a
    fraction: below 0 if it is under the base, 1 or more if it has reached the target."""
    return (observed - base) / (target - base)


def progress_words(covered: float, percent: str) -> str:
    """Words for how far an observed value has come (``covered``, from ``share_of_rise_covered``):
    still below the base, past the target, or ``percent`` of the planned increase."""
    if covered < 0:
        return "was still below the implied base"
    if covered >= 1:
        return "had already passed the target"
    return "had already covered " + percent + " of the planned increase"


def progress_in_words(covered: float, *rests_on) -> prose.Text:
    """``progress_words`` for ``covered`` with the share as a whole per cent, resting on the rows
    (or ids) the share is computed from: 'had already covered 46% of the planned increase'."""
    percent = prose.percent(covered, *rests_on)
    return prose.derived(progress_words(covered, percent), *rests_on)


def base_row(target, growth, value: float, period: str, entity: str) -> dict:
    """A derived ledger row for a figure: the base ``value`` implied by a ``target`` claim and its
    ``growth`` claim, drawn at ``period`` with kind 'derived' and both ids, so that its tooltip
    shows where it comes from."""
    return {
        **growth.to_dict(),
        "claim_id": f"{target['claim_id']} + {growth['claim_id']}",
        "value": value,
        "period": period,
        "kind": "derived",
        "as_printed": f"{target['as_printed']} … {growth['as_printed']}",
        "entity": entity,
    }


def total_growth(
    part_growth: float, share_before: float, share_after: float, years: int
) -> float:
    """The yearly growth of a total implied by one part's yearly growth (``part_growth``, a
    fraction) and the part's share of the total at the start and end of ``years`` years.
    The share is the part over the total, so the total's growth factor is the part's divided
    by the share's: (1 + part) / (1 + share) - 1, roughly the difference when both are small."""
    share_growth = growth.compound_annual(share_after / share_before, years)
    return (1 + part_growth) / (1 + share_growth) - 1


def with_base_row(
    rows: pd.DataFrame, target, growth, value: float, period: str, entity: str
) -> pd.DataFrame:
    """``rows`` and the derived base row (``base_row``) after them, each with its ``date``
    (``period_point``), ready for ``recipes.trend``."""
    base = pd.DataFrame([base_row(target, growth, value, period, entity)])
    drawn = pd.concat([rows, base], ignore_index=True)
    return drawn.assign(date=drawn["period"].map(period_point))
