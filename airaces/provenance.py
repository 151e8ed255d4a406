"""Check that every row's ``as_printed`` span stands on its stated source line.

Lines are counted the way the contract says: split the file on ``\\n``, count
from 1. The comparison is exact, so a curly quote or a narrow no-break space in
the source has to be in the span too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from airaces.errors import Violation

# Tables whose rows carry a (source_id, line, as_printed) triple.
TRACED_TABLES = ("claims", "events", "forecasts", "assessments")


@lru_cache(maxsize=16)
def source_lines(path: Path) -> tuple[str, ...]:
    """The lines of one source text, index 0 being line 1."""
    return tuple(path.read_text(encoding="utf-8").split("\n"))


def span_violations(tables: dict[str, pd.DataFrame], seeds: Path) -> list[Violation]:
    """Rows whose span is not on their line, whose line is out of range, or whose source file is absent."""
    sources = tables["sources"]
    if not {"source_id", "file"} <= set(sources.columns):
        return []
    files = dict(zip(sources["source_id"], sources["file"]))
    out = []
    for id_, file in files.items():
        if file and not (seeds / file).is_file():
            row = int(sources.index[sources["source_id"] == id_][0]) + 1
            out.append(Violation("sources.csv", row, "file", "source-file-exists", f"{file!r} is not in {seeds}"))
    for name in TRACED_TABLES:
        frame = tables[name]
        if not {"source_id", "line", "as_printed"} <= set(frame.columns):
            continue
        for i, row in frame.iterrows():
            out += _row_violation(f"{name}.csv", i + 1, row, files, seeds)
    return out


def _row_violation(file: str, r: int, row: pd.Series, files: dict, seeds: Path) -> list[Violation]:
    source = files.get(row["source_id"])
    if not source or not (seeds / source).is_file() or not row["line"].isdigit():
        return []  # a dangling id, a missing file or a bad line number is reported by other rules
    lines = source_lines(seeds / source)
    n = int(row["line"])
    if not 1 <= n <= len(lines):
        return [Violation(file, r, "line", "line-in-source", f"line {n} is outside {source} ({len(lines)} lines)")]
    if row["as_printed"] not in lines[n - 1]:
        return [Violation(file, r, "as_printed", "as-printed-on-line",
                          f"{row['as_printed']!r} does not occur on line {n} of {source}")]
    return []
