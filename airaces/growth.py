"""Growth a source states, read back: the earlier value it implies, its compound annual rate,
and how a chapter says it ('12% more', 'fastest in X (46% a year), then Y (35%) and Z (25%)').

Example::

    from airaces import growth
    growth.base_before_growth(110.0, 10.0)  # 100.0: the value a year before 110 that grew by 10%
"""

from __future__ import annotations

import pandas as pd

from airaces.prose import Text, derived, number, year


def base_before_growth(later: float, growth_percent: float) -> float:
    """The value before a stated growth that a later value implies: the later value divided by
    one plus the growth. Sources print the later value and the growth, rarely the base: one
    that says "300, 50% more than in 2023" implies 200 for 2023."""
    return later / (1 + growth_percent / 100)


def compound_annual(multiple: float, years: int) -> float:
    """The compound annual growth, as a fraction, that multiplies a value by ``multiple`` over
    ``years`` years: multiple ** (1 / years) - 1."""
    return multiple ** (1 / years) - 1


def annual_between(start: pd.Series, end: pd.Series) -> float:
    """The compound annual growth, in per cent a year, that takes the ``start`` row's value to
    the ``end`` row's over the years between their periods ('2024' to '2028' is four years).
    A forecast often prints only its two endpoints; this is the rate they imply."""
    years = int(end["period"]) - int(start["period"])
    return 100 * compound_annual(end["value"] / start["value"], years)


def more_or_fewer(rate: pd.Series) -> Text:
    """A growth row in words, as more or fewer than a year earlier: '12% more', '5% fewer',
    so that a fall never prints as '-5% more'."""
    value = rate["value"]
    return derived(f"{number(abs(value))}% {'more' if value >= 0 else 'fewer'}", rate)


def before_and_after(
    later: pd.Series,
    rate: pd.Series,
    *,
    panel: str,
    now: str,
    before: str,
    units: float = 1.0,
) -> pd.DataFrame:
    """Two rows for a before-and-after chart: the ``later`` ledger row as printed, at stage
    ``now``, and the earlier value its growth ``rate`` implies, at stage ``before``, kind
    'derived' and resting on the rate's row. ``units`` scales the ledger's value into the
    chart's unit (a million for 'count_mn'), in the column ``units``."""
    value = later["value"] * units
    return pd.DataFrame(
        [
            {**later.to_dict(), "units": value, "stage": now, "panel": panel},
            {
                **rate.to_dict(),
                "units": base_before_growth(value, rate["value"]),
                "stage": before,
                "panel": panel,
                "kind": "derived",
            },
        ]
    )


def fastest_first(rates: list[pd.Series]) -> Text:
    """Growth rates named fastest first, each with its rate: 'fastest in X (46% a year), then
    Y (35%) and Z (25%)'. For two or more rows, each with ``entity`` and ``value`` in per cent."""
    ranked = sorted(rates, key=lambda r: -r["value"])
    named = [f"{r['entity']} ({number(r['value'])}%" for r in ranked]
    named = [named[0] + " a year)"] + [n + ")" for n in named[1:]]
    then = " and ".join(filter(None, [", ".join(named[1:-1]), named[-1]]))
    return derived(f"fastest in {named[0]}, then {then}", *ranked)


def robot_output_description(
    industrial: pd.Series,
    industrial_rate: pd.Series,
    service: pd.Series,
    service_rate: pd.Series,
) -> str:
    """The robot-output figure in words, for readers who cannot see it: each kind's output in
    the first half of the row's year and the earlier half-year its growth implies. Industrial
    output is a plain count (said in thousands), service output a count in millions.

    Example: 'Two bar charts. Industrial robots: about 273 thousand in the first half of 2024
    (implied) and 370 thousand in 2025. Service robots: about 7.03 million (implied) and 8.82
    million.'"""
    now = int(year(industrial))
    industrial_before = (
        base_before_growth(industrial["value"], industrial_rate["value"]) / 1000
    )
    service_before = base_before_growth(service["value"], service_rate["value"])
    return (
        f"Two bar charts. Industrial robots: about {industrial_before:.0f} thousand "
        f"in the first half of {now - 1} (implied) and "
        f"{industrial['value'] / 1000:.0f} thousand in {now}. Service robots: "
        f"about {service_before:.2f} million (implied) and {service['value']} million."
    )
