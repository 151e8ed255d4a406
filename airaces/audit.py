"""Where the sources disagree: checks of the ledger against itself, computed, never typed.

Each check reads the ledger and returns :class:`Finding` rows. A finding names
the ledger rows it rests on, shows its arithmetic, and has a severity:

- ``contradiction``: two statements cannot both be true as printed;
- ``inconsistency``: the figures do not add up within a tolerance, though a
  difference of scope or rounding could explain it;
- ``ambiguity``: the text leaves open something a reader needs (a unit, a
  period, a scope, a date), so the figure can be read more than one way.

Tolerances are parameters (:class:`Tolerances`); the chapter exposes them in its
``parameters`` cell. The rules that match rows to each other rely on the ledger's
coding conventions (``data/README.md``): metric names, ``pair_id``, periods.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

import pandas as pd

from airaces import money
from airaces.labels import label
from airaces.periods import period_words
from airaces.prose import (
    QUALIFIER_WORDS,
    UNIT_PHRASES,
    Text,
    derived,
    noun_count,
    number,
    percent,
    spelled,
    times,
)

SEVERITIES = ("contradiction", "inconsistency", "ambiguity")


@dataclass(frozen=True)
class Tolerances:
    """How far apart two figures may be before the audit reports them (relative unless noted)."""

    exchange_rate: float = 0.02  # spread of implied rates, max / min - 1
    growth: float = 0.05  # a base implied by a growth rate against a printed base
    multiple: float = 0.10  # a stated multiple against the ratio of printed values
    cagr_points: float = (
        1.0  # percentage points; CAGRs printed as whole per cents are off by up to 0.5
    )
    same_value: float = (
        0.0  # the same metric, entity and period printed with different values
    )


@dataclass(frozen=True)
class Finding:
    check: str
    severity: str
    what: str
    ids: tuple[str, ...]
    arithmetic: str
    verdict: str
    values: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")


def _ratio(a: float, b: float) -> float:
    return max(a, b) / min(a, b) - 1


def _fmt(x: float) -> str:
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.0f}"


# --- exchange rates ---------------------------------------------------------


def exchange_rates(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """The spread of the yuan-dollar rates implied by same-line restatements: overall and within each source."""
    rates = money.implied_rates(claims)
    out = []
    if len(rates) < 2:
        return out
    groups = [("all sources", rates)] + [
        (s, g) for s, g in rates.groupby("source_id") if len(g) > 1
    ]
    for scope, g in groups:
        spread = g["rate"].max() / g["rate"].min() - 1
        if spread <= tol.exchange_rate:
            continue
        lo, hi = g.loc[g["rate"].idxmin()], g.loc[g["rate"].idxmax()]
        ids = tuple(sorted(set(g["quote_claim"]) | set(g["base_claim"])))
        out.append(
            Finding(
                "exchange_rates",
                "inconsistency",
                f"Implied yuan-dollar rates differ {'across' if scope == 'all sources' else 'within'} {scope}",
                ids,
                f"rates {', '.join(_fmt(r) for r in sorted(g['rate']))} CNY/USD; {_fmt(hi['rate'])} / {_fmt(lo['rate'])} − 1 "
                f"= {spread:.1%} > {tol.exchange_rate:.0%}",
                f"The conversions were made at different rates (lowest {lo['quote_claim']}, highest {hi['quote_claim']}), "
                "probably at different dates; amounts converted by the sources are not strictly comparable.",
                {"spread": spread, "scope": scope},
            )
        )
    return out


# --- growth arithmetic --------------------------------------------------------


def _year(period) -> int | None:
    m = re.fullmatch(r"(\d{4})(?:-.*)?", period) if isinstance(period, str) else None
    return int(m.group(1)) if m else None


def implied_bases(claims: pd.DataFrame) -> pd.DataFrame:
    """Prior-year values implied by a growth rate and its result: one row per (rate, result) pair.

    A rate is a ``<metric>_growth_yoy`` row in per cent; its result is a row of
    ``<metric>`` with the same entity (or, failing that, country) and period.
    """
    rows = []
    rates = claims[
        claims["metric"].str.endswith("_growth_yoy") & (claims["unit"] == "percent")
    ]
    for _, g in rates.iterrows():
        base_metric = g["metric"][: -len("_growth_yoy")]
        same = claims[
            (claims["metric"] == base_metric)
            & (claims["period"] == g["period"])
            & claims["value"].notna()
        ]
        results = same[same["entity"] == g["entity"]]
        if results.empty:
            continue
        for _, r in results.iterrows():
            year = _year(r["period"])
            rows.append(
                {
                    "rate_id": g["claim_id"],
                    "result_id": r["claim_id"],
                    "metric": base_metric,
                    "entity": r["entity"],
                    "country": r["country"],
                    "unit": r["unit"],
                    "year": None if year is None else year - 1,
                    "growth": g["value"],
                    "result": r["value"],
                    "base": r["value"] / (1 + g["value"] / 100),
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "rate_id",
            "result_id",
            "metric",
            "entity",
            "country",
            "unit",
            "year",
            "growth",
            "result",
            "base",
        ],
    )


def growth_arithmetic(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """A base implied by a growth rate and its result, against a printed value for that base year."""
    out = []
    for _, b in implied_bases(claims).iterrows():
        if b["year"] is None:
            continue
        printed = claims[
            (claims["metric"] == b["metric"])
            & (claims["country"] == b["country"])
            & (claims["unit"] == b["unit"])
            & claims["value"].notna()
            & (claims["period"].map(_year) == b["year"])
            & ~claims["period"].fillna("").str.contains(r"\.\.")
        ]
        for _, p in printed.iterrows():
            gap = _ratio(b["base"], p["value"])
            if gap <= tol.growth:
                continue
            scope = (
                ""
                if p["entity"] == b["entity"]
                else f" The two describe different scopes: “{b['entity']}” and “{p['entity']}”."
            )
            out.append(
                Finding(
                    "growth_arithmetic",
                    "inconsistency",
                    f"{b['entity']}: the {b['year']} base implied by a growth rate does not match the printed {b['year']} figure",
                    (b["rate_id"], b["result_id"], p["claim_id"]),
                    f"{_fmt(b['result'])} / (1 + {_fmt(b['growth'])}%) = {_fmt(b['base'])} against {_fmt(p['value'])} printed; "
                    f"gap {gap:.1%} > {tol.growth:.0%}",
                    f"Both cannot describe the same total.{scope}",
                    {"implied": b["base"], "printed": p["value"]},
                )
            )
    return out


# --- multiples and CAGRs ------------------------------------------------------


def _endpoint_values(
    claims: pd.DataFrame, row: pd.Series, extra: pd.DataFrame
) -> tuple | None:
    """Printed (or implied) values at the two ends of a multiple's period, for the same subject."""
    if not isinstance(row["period"], str) or ".." not in row["period"]:
        return None
    start, end = (int(y) for y in row["period"].split(".."))
    amounts = claims[
        claims["value"].notna()
        & ~claims["unit"].isin(["percent", "multiple", "ratio", "rank"])
    ]
    same_line = amounts[
        (amounts["source_id"] == row["source_id"]) & (amounts["line"] == row["line"])
    ]
    subject = (
        same_line
        if not same_line.empty
        else amounts[(amounts["entity"] == row["entity"])]
    )
    at = lambda y: subject[subject["period"].map(_year) == y]
    a, b = at(start), at(end)
    if a.empty and not extra.empty and not b.empty:
        # No printed start value: use one implied by a growth rate for the same metric and country.
        implied = extra[
            (extra["year"] == start)
            & (extra["metric"] == b.iloc[0]["metric"])
            & (extra["country"] == b.iloc[0]["country"])
        ]
        if not implied.empty:
            i = implied.iloc[0]
            return (
                (
                    i["base"],
                    f"{_fmt(i['base'])} implied by {i['rate_id']} and {i['result_id']}",
                    [i["rate_id"], i["result_id"]],
                ),
                (b.iloc[0]["value"], _fmt(b.iloc[0]["value"]), [b.iloc[0]["claim_id"]]),
                end - start,
            )
    if a.empty or b.empty or a.iloc[0]["unit"] != b.iloc[0]["unit"]:
        return None
    return (
        (a.iloc[0]["value"], _fmt(a.iloc[0]["value"]), [a.iloc[0]["claim_id"]]),
        (b.iloc[0]["value"], _fmt(b.iloc[0]["value"]), [b.iloc[0]["claim_id"]]),
        end - start,
    )


def stated_multiples(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """'Double', 'tenfold', 'nearly double' against the ratio of the values the text prints for both ends."""
    out = []
    extra = implied_bases(claims)
    for _, m in claims[
        (claims["unit"] == "multiple") & claims["value"].notna()
    ].iterrows():
        ends = _endpoint_values(claims, m, extra)
        if ends is None:
            continue
        (a, a_text, a_ids), (b, b_text, b_ids), _ = ends
        actual = b / a
        hedge = m["qualifier"]
        # "nearly double" promises a little under 2; "over" a little above; exact means within tolerance.
        wrong = (
            (hedge == "nearly" and actual > m["value"] * (1 + tol.multiple / 10))
            or (hedge == "over" and actual < m["value"])
            or (
                hedge not in ("nearly", "over")
                and abs(actual / m["value"] - 1) > tol.multiple
            )
        )
        if not wrong:
            continue
        # Only figures printed in the multiple's own sentence must describe the same companies;
        # an end implied from other rows may cover a different set, which is an inconsistency.
        same_line = claims[claims["claim_id"].isin([*a_ids, *b_ids])]
        together = (
            (same_line["source_id"] == m["source_id"])
            & (same_line["line"] == m["line"])
        ).all()
        severity = (
            "contradiction"
            if together
            and hedge == "nearly"
            and actual > m["value"] * (1 + tol.multiple)
            else "inconsistency"
        )
        out.append(
            Finding(
                "stated_multiples",
                severity,
                f"{m['entity']}: “{m['as_printed']}” does not match the values printed for {period_words(m['period'])}",
                tuple(sorted({m["claim_id"], *a_ids, *b_ids})),
                f"{b_text} / {a_text} = {actual:.2f}× against a stated {'nearly ' if hedge == 'nearly' else ''}"
                f"{_fmt(m['value'])}×",
                "The multiple in words and the figures beside it imply different growth; one of them is rounded "
                "loosely or measures something else."
                if severity == "inconsistency"
                else f"“Nearly” {_fmt(m['value'])}× means a little under it, but the figures printed with it give "
                f"{actual:.2f}×: as printed, both cannot be true.",
                {"stated": m["value"], "actual": actual},
            )
        )
    return out


def cagr_checks(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """Stated CAGRs against the CAGR implied by start and end values printed on the same line."""
    out = []
    cagrs = claims[(claims["metric"] == "cagr") & claims["value"].notna()]
    for (source, line, _period), g in cagrs.groupby(["source_id", "line", "period"]):
        ends = _endpoint_values(claims, g.iloc[0], pd.DataFrame())
        if ends is None:
            continue
        (a, a_text, a_ids), (b, b_text, b_ids), years = ends
        implied = ((b / a) ** (1 / years) - 1) * 100
        lowest = g["value"].min()
        if implied >= lowest - tol.cagr_points:
            continue
        out.append(
            Finding(
                "cagr",
                "inconsistency",
                f"The whole grows more slowly than every part stated on line {line} of {source}",
                tuple(sorted({*g["claim_id"], *a_ids, *b_ids})),
                f"({b_text} / {a_text})^(1/{years}) − 1 = {implied:.1f}% a year for the total, against stated segment "
                f"CAGRs of {', '.join(f'{v:g}%' for v in sorted(g['value'], reverse=True))}",
                "A total grows more slowly than every segment stated only if the segments not named grow more slowly "
                "still; the text does not name them, so the figures are consistent only on that unstated condition.",
                {"implied_cagr": implied, "lowest_stated": lowest},
            )
        )
    return out


# --- same metric, same number ------------------------------------------------


def _norm(entity: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(entity).lower()).strip()


# Words that say a figure changed over time ("once estimated at 20%", "improved to 40%"): two such
# values are a before and an after, not a disagreement.
_CHANGE_WORDS = re.compile(
    r"\b(once|improved|rose|risen|grew|fell|up from|down from|increased|decreased)\b",
    re.I,
)


def same_metric_different_values(
    claims: pd.DataFrame, tol: Tolerances
) -> list[Finding]:
    """The same metric, entity, period and unit printed with different values or hedges."""
    out = []
    rows = claims[claims["value"].notna()].assign(
        _entity=lambda f: f["entity"].map(_norm),
        _period=lambda f: f["period"].fillna("no period"),
    )
    for (metric, _entity, period, _unit), g in rows.groupby(
        ["metric", "_entity", "_period", "unit"]
    ):
        if len(g) < 2:
            continue
        values = g["value"].astype(float)
        spread = (
            values.max() / values.min() - 1
            if values.min() > 0
            else float(values.max() != values.min())
        )
        hedges = set(g["qualifier"])
        if spread > tol.same_value:
            undated = period == "no period"
            if (
                undated
                and g["as_printed"].map(lambda t: bool(_CHANGE_WORDS.search(t))).any()
            ):
                continue  # an undated before and after, in the source's own words: progress, not conflict
            severity = (
                "ambiguity"
                if undated
                else "contradiction"
                if g["source_id"].nunique() == 1
                else "inconsistency"
            )
            verdict = (
                "No period is printed, so the figures may describe different times (a change rather than a "
                "conflict); the text does not date them."
                if undated
                else "The figures disagree about the same thing in the same period; at most one can be exact."
            )
            out.append(
                Finding(
                    "same_metric",
                    severity,
                    f"{g.iloc[0]['entity']}: {label('metric', metric)} ({period_words(period)}) printed with different values",
                    tuple(sorted(g["claim_id"])),
                    "; ".join(f"{r.claim_id}: {r.as_printed}" for r in g.itertuples())
                    + f"; spread {spread:.1%}",
                    verdict,
                    {"spread": spread},
                )
            )
        elif len(hedges) > 1:
            out.append(
                Finding(
                    "same_metric",
                    "ambiguity",
                    f"{g.iloc[0]['entity']}: {label('metric', metric)} ({period_words(period)}) hedged differently",
                    tuple(sorted(g["claim_id"])),
                    "; ".join(
                        f"{r.claim_id}: “{r.as_printed}” ({r.qualifier})"
                        for r in g.itertuples()
                    ),
                    "The same figure is a target to one source and a floor or estimate to another; read it with the "
                    "weaker hedge.",
                )
            )
    return out


def same_number_different_meanings(
    claims: pd.DataFrame, tol: Tolerances
) -> list[Finding]:
    """One number, in one unit, used for different things in nearby places: easy to conflate.

    Money is compared in billions of its own currency; shares in per cent. Rows
    that restate each other (a ``pair_id``) are not counted as different meanings.
    """
    out = []
    money_units = set(money.SCALE_BN)
    rows = claims[
        claims["value"].notna() & claims["unit"].isin(money_units | {"percent"})
    ].copy()
    rows["amount"] = rows["value"] * rows["unit"].map(money.SCALE_BN).fillna(1.0)
    rows["family"] = rows["unit"].map(money.CURRENCY).fillna("percent")
    for (family, amount, theme), g in rows.groupby(["family", "amount", "theme"]):
        g = g.drop_duplicates("pair_id") if g["pair_id"].notna().all() else g
        meanings = g.groupby(["metric", "entity"]).ngroups
        if meanings < 2 or g["pair_id"].nunique() == 1 and g["pair_id"].notna().all():
            continue
        number = (
            f"{_fmt(amount)}%"
            if family == "percent"
            else UNIT_PHRASES[f"{family}_bn"].format(v=_fmt(amount))
        )
        out.append(
            Finding(
                "same_number",
                "ambiguity",
                f"{number} means {spelled(meanings)} different things in the {theme} figures",
                tuple(sorted(g["claim_id"])),
                "; ".join(
                    f"{r.claim_id} ({r.entity}): {label('metric', r.metric)} (“{r.as_printed}”)"
                    for r in g.itertuples()
                ),
                "The same number recurs with different meanings; a reader skimming the sources could take one for "
                "the other.",
            )
        )
    return out


# --- units, scopes, restatements, dates ---------------------------------------

_UNIT_MARKERS = {
    # "Nearly half" needs no per cent sign: a fraction in words is its own unit.
    "percent": r"%|per ?cent|\b(half|third|quarter|fifth|tenth)s?\b",
    "money": r"\$|US\$|USD|RMB|CNY|yuan|€|EUR",
}


# Words in a span that give an amount its scope even without a date: "a three-year plan", "annual".
_SCOPE_WORDS = (
    r"\b(?:\w+[-‑‐]year|annual(?:ly)?|per year|a year|each year|cumulative)\b"
)


def missing_units_and_scopes(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """Figures printed without their unit, and amounts or forecasts printed without a period."""
    out = []
    for _, c in claims[claims["value"].notna()].iterrows():
        family = "money" if c["unit"] in money.SCALE_BN else c["unit"]
        marker = _UNIT_MARKERS.get(family)
        if marker and not re.search(marker, c["as_printed"], re.I):
            out.append(
                Finding(
                    "missing_unit",
                    "ambiguity",
                    f"{c['entity']}: {label('metric', c['metric'])} printed without its unit",
                    (c["claim_id"],),
                    f"“{c['as_printed']}” carries no {'currency' if family == 'money' else 'per cent sign'}",
                    f"The ledger reads it as {c['unit']} from context; another reading changes its meaning.",
                )
            )
    # A restatement in brackets, "(US$53 billion)", takes its scope from the figure it restates.
    scoped = claims["period"].notna() | claims["as_printed"].str.contains(
        _SCOPE_WORDS, case=False
    )
    scoped_pairs = set(claims.loc[scoped & claims["pair_id"].notna(), "pair_id"])
    undated = claims[
        claims["value"].notna()
        & claims["unit"].isin(money.SCALE_BN)
        & ~scoped
        & ~claims["pair_id"].isin(scoped_pairs)
    ]
    for _, c in undated.iterrows():
        out.append(
            Finding(
                "missing_scope",
                "ambiguity",
                f"{c['entity']}: an amount with no period",
                (c["claim_id"],),
                f"“{c['as_printed']}”: no year or span printed",
                "Without a period the amount cannot be set against annual figures; it may be cumulative, annual or a "
                "plan.",
            )
        )
    return out


def restatement_drift(claims: pd.DataFrame, tol: Tolerances) -> list[Finding]:
    """Rows that restate one figure (a pair_id) but describe a different metric, entity, period or hedge."""
    out = []
    for _pair_id, g in claims[claims["pair_id"].notna()].groupby("pair_id"):
        currencies = g["unit"].map(money.CURRENCY)
        drift = []
        for column in ("metric", "entity", "period", "qualifier"):
            values = g[column].map(period_words) if column == "period" else g[column]
            if column in ("metric", "qualifier"):
                values = values.map(
                    lambda v, c=column: label(c, v) if isinstance(v, str) else v
                )
            values = values.fillna("none printed")
            if (
                column == "qualifier"
                and currencies.notna().all()
                and currencies.nunique() > 1
                and g["line"].nunique() == 1
            ):
                continue  # a currency restatement in brackets carries the hedge of the original
            if values.nunique() > 1:
                drift.append(
                    f"{label('column', column).lower()}: "
                    + " / ".join(
                        f"{v} ({', '.join(g.loc[values == v, 'claim_id'])})"
                        for v in sorted(values.unique())
                    )
                )
        if drift:
            out.append(
                Finding(
                    "restatement_drift",
                    "ambiguity",
                    f"Restatements of one figure drift in scope ({g.iloc[0]['entity']}: "
                    f"{label('metric', g.iloc[0]['metric'])})",
                    tuple(sorted(g["claim_id"])),
                    "; ".join(drift),
                    "The figure is repeated, but what it covers changes between mentions; quote the mention whose scope "
                    "you mean.",
                )
            )
    return out


# A note saying a date was read from the source's own date: "'This year' read as 2025",
# "'Last September' read as September 2025", "Year inferred from the source's date".
INFERRED_FROM_SOURCE_DATE = re.compile(
    r"'[^']+'[^;.]*?read as (?:[A-Z][a-z]+ )?\d{4}|[Yy]ear inferred"
)


def inferred_dates(ledger, tol: Tolerances) -> list[Finding]:
    """Periods and dates inferred from a source's own date, and what shifts if that date is a year off."""
    from airaces.citations import short_citation

    out = []
    names = {s.source_id: short_citation(s) for s in ledger.sources.itertuples()}
    tables = (
        ("claims", "claim_id", "period"),
        ("events", "event_id", "date"),
        ("forecasts", "forecast_id", "target_year"),
    )
    for table, id_column, when_column in tables:
        frame = getattr(ledger, table)
        for _, r in frame[
            frame["note"].fillna("").str.contains(INFERRED_FROM_SOURCE_DATE)
        ].iterrows():
            when = r[when_column]
            when = "" if pd.isna(when) else str(when)
            # Every year in the period moves with the source's date: both ends of a range.
            shifted = (
                period_words(re.sub(r"\d{4}", lambda y: str(int(y.group()) + 1), when))
                if re.search(r"\d{4}", when)
                else None
            )
            out.append(
                Finding(
                    "inferred_dates",
                    "ambiguity",
                    f"{r[id_column]}: a date read from the source's own date",
                    (r[id_column],),
                    (
                        f"“{r['as_printed']}” → {period_words(when)}; if the source is a year later, → {shifted}"
                        if shifted
                        else f"“{r['as_printed']}” gives no year, and the ledger records none"
                    ),
                    f"{names.get(r['source_id'], r['source_id'])} prints no date of its own (the ledger's sources say "
                    f"how it was dated); the "
                    f"{'period' if table == 'claims' else 'date'} stands or falls with that reading.",
                )
            )
    return out


CLAIM_CHECKS = {
    "exchange_rates": exchange_rates,
    "growth_arithmetic": growth_arithmetic,
    "stated_multiples": stated_multiples,
    "cagr": cagr_checks,
    "same_metric": same_metric_different_values,
    "same_number": same_number_different_meanings,
    "missing_units_and_scopes": missing_units_and_scopes,
    "restatement_drift": restatement_drift,
}


def outside_evidence(comparisons: pd.DataFrame) -> list[Finding]:
    """The claims that open data contradicts (``airaces.outside.compare``, verdict "differs"):
    one inconsistency each, naming the ledger row and the open data's row it was set against.

    Inconsistency, not contradiction: the two figures may count different things, and the
    reason says so where the comparison knows it."""
    from airaces import outside

    differs = outside.worded(comparisons[comparisons["verdict"] == outside.DIFFERS])
    return [
        Finding(
            "outside_evidence",
            "inconsistency",
            f"{c.subject}: the source gives {c.claimed}, Epoch AI's open data {c.found}",
            (c.claim_id,),
            f"{c.found} ÷ {c.claimed} = {c.factor:.2g}",
            f"{c.reason} Open data: {c.external}.",
            {"external": c.external, "factor": c.factor},
        )
        for c in differs.itertuples()
    ]


def run(ledger, tol: Tolerances | None = None, outside=None) -> pd.DataFrame:
    """Every finding of every check, as a table ordered by severity and check. ``outside``,
    the claims set against open data (``airaces.outside.compare``), adds the outside evidence."""
    tol = tol or Tolerances()
    findings = [f for check in CLAIM_CHECKS.values() for f in check(ledger.claims, tol)]
    findings += inferred_dates(ledger, tol)
    if outside is not None:
        findings += outside_evidence(outside)
    # Checks of claims alone know sources by id ("within sinolytics"); a reader knows them by name.
    from airaces.citations import short_citation

    names = {s.source_id: short_citation(s) for s in ledger.sources.itertuples()}
    named = (
        re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None
    )
    if named:
        findings = [
            replace(f, what=named.sub(lambda m: names[m[0]], f.what)) for f in findings
        ]
    frame = pd.DataFrame(
        [asdict(f) for f in findings],
        columns=["check", "severity", "what", "ids", "arithmetic", "verdict", "values"],
    )
    frame["severity"] = pd.Categorical(
        frame["severity"], categories=SEVERITIES, ordered=True
    )
    return frame.sort_values(["severity", "check", "what"], kind="stable").reset_index(
        drop=True
    )


def numeric_gaps(findings: pd.DataFrame, tol: Tolerances | None = None) -> pd.DataFrame:
    """For findings that compare two numbers: how far apart they are, and the tolerance they broke, in per cent."""
    tol = tol or Tolerances()
    rows = []
    for f in findings.itertuples():
        v = f.values or {}
        if "spread" in v and f.check == "exchange_rates":
            gap, limit = v["spread"], tol.exchange_rate
        elif "implied" in v and "printed" in v:
            gap, limit = _ratio(v["implied"], v["printed"]), tol.growth
        elif "stated" in v and "actual" in v:
            gap, limit = abs(v["actual"] / v["stated"] - 1), tol.multiple
        elif "implied_cagr" in v:
            # Points of CAGR, as a share of the lowest stated CAGR, so that all gaps share one axis.
            gap, limit = (
                (v["lowest_stated"] - v["implied_cagr"]) / v["lowest_stated"],
                tol.cagr_points / v["lowest_stated"],
            )
        elif "spread" in v:
            gap, limit = v["spread"], tol.same_value
        else:
            continue
        rows.append(
            {
                "what": f.what,
                "check": f.check,
                "severity": str(f.severity),
                "ids": f.ids,
                "gap_pct": 100 * gap,
                "tolerance_pct": 100 * limit,
            }
        )
    return pd.DataFrame(
        rows, columns=["what", "check", "severity", "ids", "gap_pct", "tolerance_pct"]
    )


# How the chapters name the sources, for findings a reader meets in the book: the audit names them
# by id ("asi_essay") or by citation ("Rupesh Bhambwani (2025)"). A finding about one row's date need
# not open with the row's id, which the findings table gives, linked, in its own column.
READER_NAMES = {
    r"\basi_essay\b": "the essay",
    r"\bsinolytics\b": "the Sinolytics whitepaper",
    r"\bbrookings\b": "Brookings",
    r"\bcto21\b": "the 21CTO summary",
    r"(?<!the )\bdigest\b": "the digest",
    r"^\S+: a date read": "A date read",
}


def as_read(findings: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The findings with each source named as the chapters name it (``READER_NAMES``).

    A citation is first turned back into its source's id, which ``READER_NAMES`` then names,
    so that "Rupesh Bhambwani (2025)" and "asi_essay" both read "the essay".
    """
    from airaces.citations import short_citation

    by_id = {
        re.escape(short_citation(s)): s.source_id
        for s in sources.itertuples()
        if any(s.source_id in pattern for pattern in READER_NAMES)
    }
    return findings.replace(by_id, regex=True).replace(READER_NAMES, regex=True)


def counts_by_check(findings: pd.DataFrame) -> pd.DataFrame:
    """How many findings each check makes at each severity: one row per check and severity,
    with ``findings`` (the count), ``severity_rank`` (graver first) and ``check_label`` (its words)."""
    counts = (
        findings.groupby(["check", findings["severity"].astype(str)])
        .size()
        .rename("findings")
        .reset_index()
    )
    return counts.assign(
        severity_rank=counts["severity"].map(SEVERITIES.index),
        check_label=counts["check"]
        .str.replace("_", " ")
        .str.capitalize()
        .str.replace("Cagr", "CAGR"),
    )


def ids_of(findings: pd.DataFrame, check: str | None = None) -> set[str]:
    """Every ledger id the findings (of ``check``, if given) rest on."""
    if check is not None:
        findings = findings[findings["check"] == check]
    return set().union(*findings["ids"].map(set))


def rows_cited(findings: pd.DataFrame, ledger) -> pd.DataFrame:
    """The claims, events and forecasts the findings rest on, in one frame, so a figure of the
    findings can cite every row behind them."""
    ids = ids_of(findings)
    rows = [
        ledger.claims[ledger.claims["claim_id"].isin(ids)],
        ledger.events[ledger.events["event_id"].isin(ids)],
        ledger.forecasts[ledger.forecasts["forecast_id"].isin(ids)],
    ]
    # A kind of row no finding rests on adds nothing, not even its empty columns.
    return pd.concat([r for r in rows if len(r)], ignore_index=True)


def times_reported(
    findings: pd.DataFrame, check: str, severity: str, ids: set[str]
) -> int:
    """How many findings of ``check`` at ``severity`` rest on exactly the rows ``ids``."""
    chosen = findings[(findings["check"] == check) & (findings["severity"] == severity)]
    return sum(set(found) == set(ids) for found in chosen["ids"])


def tally(
    findings: pd.DataFrame,
    value: str,
    noun: str,
    verb: tuple[str, str] = ("", ""),
    column: str = "check",
):
    """How many findings have ``value`` in ``column`` (the check, unless given), in words ('15 amounts'), with the verb
    agreeing if one is given as (singular, plural): 'six figures are'. The words rest on the
    findings' ledger rows; that none is found rests on all the findings."""
    rows = findings[findings[column] == value]
    basis = (rows if len(rows) else findings)["ids"]
    plural = noun[:-1] + "ies" if noun.endswith("y") else None
    words = noun_count(len(rows), noun, *basis, plural=plural)
    return derived(f"{words} {verb[len(rows) != 1]}".strip(), *basis)


def tolerance_words(tol: Tolerances) -> dict[str, str]:
    """Each tolerance as the text says it, by its field: '2%', 'one percentage point',
    'exactly'. They are settings, not data, so they rest on no ledger row."""

    def pct(share: float) -> str:
        return Text(f"{number(round(share * 100, 1))}%")

    points = (
        f"{spelled(tol.cagr_points)} percentage point{'s' * (tol.cagr_points != 1)}"
    )
    same = "exactly" if tol.same_value == 0 else f"to within {pct(tol.same_value)}"
    return {
        "exchange_rate": pct(tol.exchange_rate),
        "growth": pct(tol.growth),
        "multiple": pct(tol.multiple),
        "cagr_points": Text(points),
        "same_value": Text(same),
    }


def hedged_multiple(multiple: float, later: pd.Series, *rests_on) -> Text:
    """``multiple`` in words ('over 2.3 times'), carrying the hedge of the ``later`` figure it
    was computed from; a floor ("over") is rounded down, not up, so the words stay true."""
    if later["qualifier"] == "over":
        multiple = int(multiple * 10) / 10
    hedge = QUALIFIER_WORDS.get(later["qualifier"], "")
    return derived(hedge + times(multiple, later), later, *rests_on)


def widest_rate_spread(findings: pd.DataFrame) -> str:
    """The widest spread of the yuan–dollar rates the sources imply, as a percentage resting
    on the exchange-rate findings; 'no more than the tolerance' if the audit reports none."""
    rates = findings[findings["check"] == "exchange_rates"]
    if not len(rates):
        return "no more than the tolerance"
    widest = rates["values"].map(lambda v: v["spread"]).max()
    return percent(widest, *rates["ids"], digits=1)
