"""The ledger's rules that a Table Schema cannot state, checked on the raw strings of every table.

Frictionless checks types, enums, patterns and keys, but it reads numbers and
dates leniently: ``NaN``, ``Infinity``, full-width digits, ``+12`` and
``2025-02-30`` all pass it, and then fail, or mislead, when the chapters read
the data. These rules close that gap, so that what ``validate`` accepts,
``load`` loads and the chapters can use:

- numbers are ASCII decimals and finite; line numbers and years are whole;
- dates are real calendar days between ``FIRST_YEAR`` and ``LAST_YEAR``, and
  periods run forwards;
- values are in the range their unit allows (a share is 0-100, a change may be
  negative, a rank is a whole number from 1);
- nothing is dated after the source that reports it, and no forecast targets a
  year before its source was published;
- text holds no control characters or bidirectional overrides, URLs are
  http(s), and a span holds at least one letter or digit;
- a vague figure has no value, and no words are rated twice in the assessments.

Every rule works on whole columns at once, so a 150,000-row table is checked
in seconds. Each returns ``Violation`` objects naming the file, the 1-based
data row, the column and the rule.
"""

from __future__ import annotations

import math
import re
from datetime import date

import pandas as pd

from airaces.errors import Violation, excerpt

FIRST_YEAR, LAST_YEAR = 1900, 2100

# Units whose figures can be signed; everything else is a size, count, level or rank.
SIGNED_UNITS = frozenset({"percent", "pct_points"})
# A percentage is a share of a whole (0-100) unless its metric names a change or a gap.
PERCENT_CHANGE_WORDS = ("growth", "cagr", "gap", "drop", "change")

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_DAY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# C0 and C1 control characters except tab and line feed, and the bidirectional
# embeddings, overrides and isolates that can make text read differently from
# what it holds (CVE-2021-42574, "Trojan Source").
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LETTER_OR_DIGIT = re.compile(r"\w")
_HTTP_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.I)


def check_tables(raw: dict[str, pd.DataFrame], descriptor: dict) -> list[Violation]:
    """Every rule below, on every table of a folder whose tables all have the contract's columns."""
    out: list[Violation] = []
    for resource in descriptor["resources"]:
        name, frame = resource["name"], raw[resource["name"]]
        for field in resource["schema"]["fields"]:
            column = frame[field["name"]]
            if field["type"] in ("integer", "number"):
                out += _numbers(
                    f"{name}.csv",
                    field["name"],
                    column,
                    whole=field["type"] == "integer",
                )
            else:
                out += _plain_text(f"{name}.csv", field["name"], column)
    out += _dates(raw)
    out += _claim_values(raw["claims"])
    out += _after_the_source(raw)
    out += _spans_have_content(raw)
    out += _urls(raw["sources"])
    out += _assessed_once(raw["assessments"])
    out += _labelled(raw, descriptor)
    return out


# The columns whose values a reader sees as words from labels.csv, and the field they are listed under.
LABELLED = {
    ("claims", "metric"): "metric",
    ("claims", "theme"): "theme",
    ("claims", "kind"): "kind",
    ("claims", "qualifier"): "qualifier",
    ("claims", "country"): "country",
    ("events", "theme"): "theme",
    ("events", "country"): "country",
    ("forecasts", "theme"): "theme",
    ("assessments", "dimension"): "dimension",
}


def _labelled(raw: dict[str, pd.DataFrame], descriptor: dict) -> list[Violation]:
    """Every name a reader would otherwise see in snake_case has its words in labels.csv.

    A value the contract already refuses (a theme not in its list) is reported once, by the contract.
    """
    labels = raw.get("labels")
    if labels is None:
        return []
    known = set(zip(labels["field"], labels["value"]))
    allowed = {
        (r["name"], f["name"]): set(f["constraints"]["enum"])
        for r in descriptor["resources"]
        for f in r["schema"]["fields"]
        if "enum" in f.get("constraints", {})
    }
    out = []
    for (table, column), field in LABELLED.items():
        cells = raw[table][column]
        valid = (
            cells.isin(allowed[(table, column)])
            if (table, column) in allowed
            else cells != ""
        )
        missing = (
            valid
            & (cells != "")
            & ~cells.map(lambda v, field=field: (field, v) in known)
        )
        out += [
            Violation(
                f"{table}.csv",
                r,
                column,
                "has-a-label",
                f"{field} {excerpt(cells[r - 1])} has no label in labels.csv: add a row "
                f"'{field},{cells[r - 1]},<the words a reader sees>'",
            )
            for r in _rows(missing)
        ]
    return out


def _rows(mask: pd.Series) -> list[int]:
    return [int(i) + 1 for i in mask[mask].index]


def _numbers(file: str, column: str, cells: pd.Series, whole: bool) -> list[Violation]:
    filled = cells != ""
    shape = _INTEGER if whole else _NUMBER
    malformed = filled & ~cells.str.fullmatch(shape.pattern)
    kind = (
        "a whole number written with ASCII digits (such as 12 or -3)"
        if whole
        else "a number written with ASCII digits and an optional decimal point (such as 4.5 or 1e6)"
    )
    out = [
        Violation(
            file,
            r,
            column,
            "ascii-number",
            f"value {excerpt(cells[r - 1])} is not {kind}",
        )
        for r in _rows(malformed)
    ]
    numeric = pd.to_numeric(cells.where(filled & ~malformed, None), errors="coerce")
    infinite = numeric.map(lambda v: not pd.isna(v) and not math.isfinite(v))
    out += [
        Violation(
            file,
            r,
            column,
            "finite",
            f"value {excerpt(cells[r - 1])} is too large to be a finite number",
        )
        for r in _rows(infinite)
    ]
    # 1e-400 reads as 0: a figure that is not zero must not become one.
    mantissa = cells.str.split(r"[eE]", n=1, regex=True).str[0]
    vanished = (numeric == 0) & mantissa.str.contains(r"[1-9]", regex=True)
    out += [
        Violation(
            file,
            r,
            column,
            "finite",
            f"value {excerpt(cells[r - 1])} is too small to tell from zero",
        )
        for r in _rows(vanished)
    ]
    return out


def _plain_text(file: str, column: str, cells: pd.Series) -> list[Violation]:
    unsafe = cells.str.contains(_UNSAFE_TEXT.pattern, regex=True)
    return [
        Violation(
            file,
            r,
            column,
            "plain-text",
            f"value {excerpt(cells[r - 1])} holds a control character or a bidirectional override "
            f"({_first_unsafe(cells[r - 1])})",
        )
        for r in _rows(unsafe)
    ]


def _first_unsafe(text: str) -> str:
    char = _UNSAFE_TEXT.search(text).group()
    return f"U+{ord(char):04X} at character {text.index(char) + 1}"


def _day_problem(text: str) -> str | None:
    """Why ``text`` (YYYY, YYYY-MM or YYYY-MM-DD) is not a real date in range, or None."""
    if (
        not text.isascii()
    ):  # the contract's pattern admits any Unicode digit; dates are ASCII
        return f"{excerpt(text)} is not written with ASCII digits"
    match = _DAY.fullmatch(text)
    if not match:
        return None  # the contract's pattern reports malformed dates
    year, month, day = (int(g) if g else None for g in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"
    try:
        date(year, month or 1, day or 1)
    except ValueError as err:
        return f"{text} is not a calendar day ({err})"
    return None


def _dates(raw: dict[str, pd.DataFrame]) -> list[Violation]:
    out = []
    for file, column, frame in (
        ("events.csv", "date", raw["events"]),
        ("sources.csv", "published", raw["sources"]),
    ):
        for i, text in frame[column].items():
            problem = _day_problem(text)
            if problem:
                out.append(Violation(file, int(i) + 1, column, "real-date", problem))
    for i, text in raw["claims"]["period"].items():
        if not text:
            continue
        start, _, end = text.partition("..")
        problem = (
            _day_problem(start[:4])
            if re.fullmatch(r"[0-9]{4}-(H[12]|Q[1-4])", start)
            else _day_problem(start)
        )
        if not problem and end:
            problem = _day_problem(end)
            if (
                not problem
                and _DAY.fullmatch(end)
                and _DAY.fullmatch(start[:4])
                and int(end[:4]) < int(start[:4])
            ):
                out.append(
                    Violation(
                        "claims.csv",
                        int(i) + 1,
                        "period",
                        "period-order",
                        f"period {excerpt(text)} ends before it starts",
                    )
                )
                continue
        if problem:
            out.append(
                Violation("claims.csv", int(i) + 1, "period", "real-date", problem)
            )
    years = raw["forecasts"]["target_year"]
    for i, text in years[years != ""].items():
        if _INTEGER.fullmatch(text) and not FIRST_YEAR <= int(text) <= LAST_YEAR:
            out.append(
                Violation(
                    "forecasts.csv",
                    int(i) + 1,
                    "target_year",
                    "real-date",
                    f"year {text} is outside {FIRST_YEAR}-{LAST_YEAR}",
                )
            )
    return out


def _number(cells: pd.Series) -> pd.Series:
    ok = cells.str.fullmatch(_NUMBER.pattern)
    return pd.to_numeric(cells.where(ok, None), errors="coerce").where(
        lambda v: v.map(math.isfinite)
    )


def _claim_values(claims: pd.DataFrame) -> list[Violation]:
    """Rules between the columns of one claim row."""
    value, high = _number(claims["value"]), _number(claims["value_high"])
    unit, qualifier = claims["unit"], claims["qualifier"]
    out = [
        Violation(
            "claims.csv",
            r,
            "value",
            "value-required",
            f"value is blank but qualifier is {qualifier[r - 1]!r}; only 'vague' figures may lack a value",
        )
        for r in _rows((claims["value"] == "") & (qualifier != "vague"))
    ]
    # A vague figure is one the words do not fix; a value read into it would be drawn and
    # summed as if the source had measured it.
    out += [
        Violation(
            "claims.csv",
            r,
            "value",
            "vague-has-no-value",
            f"value is {claims['value'][r - 1]} but qualifier is 'vague': the words fix no value, so leave "
            "it blank, or choose the qualifier that says how the words hedge it (about, nearly, over, under)",
        )
        for r in _rows((claims["value"] != "") & (qualifier == "vague"))
    ]
    out += [
        Violation(
            "claims.csv",
            r,
            "value_high",
            "range-order",
            f"value_high {claims['value_high'][r - 1]} is below value {claims['value'][r - 1]}",
        )
        for r in _rows(high < value)
    ]
    out += [
        Violation(
            "claims.csv",
            r,
            "value_high",
            "range-has-high",
            "qualifier 'range' needs value_high, and only ranges may have one",
        )
        for r in _rows((qualifier == "range") != (claims["value_high"] != ""))
    ]
    unsigned = ~unit.isin(SIGNED_UNITS)
    for column, numbers in (("value", value), ("value_high", high)):
        out += [
            Violation(
                "claims.csv",
                r,
                column,
                "non-negative",
                f"{column} {claims[column][r - 1]} is negative but unit {unit[r - 1]!r} cannot be",
            )
            for r in _rows(unsigned & (numbers < 0))
        ]
        share = (unit == "percent") & ~claims["metric"].str.contains(
            "|".join(PERCENT_CHANGE_WORDS)
        )
        out += [
            Violation(
                "claims.csv",
                r,
                column,
                "share-range",
                f"{column} {claims[column][r - 1]} per cent is outside 0-100; metric "
                f"{claims['metric'][r - 1]!r} is a share of a whole (only a metric naming "
                f"{', '.join(PERCENT_CHANGE_WORDS)} may fall outside)",
            )
            for r in _rows(share & ((numbers < 0) | (numbers > 100)))
        ]
        out += [
            Violation(
                "claims.csv",
                r,
                column,
                "whole-rank",
                f"rank {claims[column][r - 1]} is not a whole number from 1",
            )
            for r in _rows(
                (unit == "rank")
                & numbers.notna()
                & ((numbers < 1) | (numbers % 1 != 0))
            )
        ]
    # A pair_id exists to link restatements; one used once links nothing and is
    # almost always a typo in its partner's pair_id.
    pairs = claims["pair_id"]
    counts = pairs[pairs != ""].value_counts()
    out += [
        Violation(
            "claims.csv",
            r,
            "pair_id",
            "pair-has-partner",
            f"pair_id {excerpt(pairs[r - 1])} is used by no other row",
        )
        for r in _rows(pairs.map(counts).eq(1))
    ]
    return out


def _published_year(raw: dict[str, pd.DataFrame]) -> dict[str, int]:
    sources = raw["sources"]
    years = {}
    for source_id, published in zip(sources["source_id"], sources["published"]):
        if re.fullmatch(r"[0-9]{4}.*", published):
            years[source_id] = int(published[:4])
    return years


def _after_the_source(raw: dict[str, pd.DataFrame]) -> list[Violation]:
    """An event cannot postdate its report, and a forecast cannot target a year before it was made."""
    published = _published_year(raw)
    out = []
    events = raw["events"]
    for i, (source_id, text) in enumerate(zip(events["source_id"], events["date"])):
        year = published.get(source_id)
        if year and _DAY.fullmatch(text) and int(text[:4]) > year:
            out.append(
                Violation(
                    "events.csv",
                    i + 1,
                    "date",
                    "event-not-after-source",
                    f"dated {text}, after its source {source_id!r} was published ({year}); "
                    "a planned event belongs in forecasts.csv",
                )
            )
    forecasts = raw["forecasts"]
    for i, (source_id, text) in enumerate(
        zip(forecasts["source_id"], forecasts["target_year"])
    ):
        year = published.get(source_id)
        if year and _INTEGER.fullmatch(text) and int(text) < year:
            out.append(
                Violation(
                    "forecasts.csv",
                    i + 1,
                    "target_year",
                    "target-after-source",
                    f"targets {text}, before its source {source_id!r} was published ({year})",
                )
            )
    return out


def _spans_have_content(raw: dict[str, pd.DataFrame]) -> list[Violation]:
    out = []
    for name, frame in raw.items():
        if "as_printed" in frame.columns:
            empty = (frame["as_printed"] != "") & ~frame["as_printed"].str.contains(
                _LETTER_OR_DIGIT.pattern
            )
            out += [
                Violation(
                    f"{name}.csv",
                    r,
                    "as_printed",
                    "span-has-content",
                    f"span {excerpt(frame['as_printed'][r - 1])} holds no letter or digit, so it "
                    "would match almost any line",
                )
                for r in _rows(empty)
            ]
    return out


def _urls(sources: pd.DataFrame) -> list[Violation]:
    urls = sources["url"]
    bad = (urls != "") & ~urls.str.fullmatch(_HTTP_URL.pattern, case=False)
    return [
        Violation(
            "sources.csv",
            r,
            "url",
            "http-url",
            f"url {excerpt(urls[r - 1])} is not an http:// or https:// address",
        )
        for r in _rows(bad)
    ]


def _assessed_once(assessments: pd.DataFrame) -> list[Violation]:
    """Two ratings of overlapping words on one line would let one sentence count twice in the scorecard."""
    out = []
    frame = assessments.assign(row=range(1, len(assessments) + 1))
    for _, group in frame[frame["as_printed"] != ""].groupby(
        ["source_id", "line"], sort=False
    ):
        spans = list(zip(group["row"], group["assessment_id"], group["as_printed"]))
        for i, (row, _, span) in enumerate(spans):
            for first_row, first_id, first in spans[:i]:
                if span in first or first in span:
                    out.append(
                        Violation(
                            "assessments.csv",
                            row,
                            "as_printed",
                            "assessed-once",
                            f"span {excerpt(span)} overlaps the span of {first_id} (row {first_row}) "
                            "on the same line: rate one sentence once, on the dimension it speaks to",
                        )
                    )
                    break
    return out
