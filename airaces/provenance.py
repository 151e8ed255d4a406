"""Check that every row's ``as_printed`` span stands on its stated source line.

Lines are counted the way the contract says: split the file on ``\\n``, count
from 1. The comparison is exact, so a curly quote or a narrow no-break space in
the source has to be in the span too.

When most spans citing one source are missing from their lines but stand on
the same lines of another source's file, the cause is not the rows but
``sources.csv``: the two file names are swapped or mistyped. That is reported
once, on the ``sources.csv`` row, instead of once per span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from airaces.errors import Violation, excerpt

# Tables whose rows carry a (source_id, line, as_printed) triple.
TRACED_TABLES = ("claims", "events", "forecasts", "assessments")
# A source whose failing spans number at least this many, and are mostly found in
# another file, is reported as a wrong file name rather than row by row.
MISFILED_MIN_ROWS = 3

_LINE_NUMBER = re.compile(r"[0-9]+")


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
    source_rows = {id_: i + 1 for i, id_ in enumerate(sources["source_id"])}
    out = []
    present = {}
    for id_, file in files.items():
        if file and (seeds / file).is_file():
            present[id_] = file
        elif file:
            out.append(
                Violation(
                    "sources.csv",
                    source_rows[id_],
                    "file",
                    "source-file-exists",
                    f"{excerpt(file)} is not in {seeds}",
                )
            )
    missing: list[
        tuple[str, int, str, int, str]
    ] = []  # (file, row, source_id, line, span) of each failing span
    for name in TRACED_TABLES:
        frame = tables[name]
        if not {"source_id", "line", "as_printed"} <= set(frame.columns):
            continue
        # A bad line number or a dangling source id is reported by other rules.
        checkable = frame["source_id"].isin(present) & frame["line"].str.fullmatch(
            _LINE_NUMBER.pattern
        )
        for i, source_id, line, span in zip(
            frame.index[checkable],
            frame["source_id"][checkable],
            frame["line"][checkable],
            frame["as_printed"][checkable],
        ):
            lines = source_lines(seeds / present[source_id])
            n = int(line)
            if not 1 <= n <= len(lines) or span not in lines[n - 1]:
                missing.append((f"{name}.csv", int(i) + 1, source_id, n, span))
    misfiled = _misfiled_sources(missing, present, seeds)
    for source_id, (other, found, total) in misfiled.items():
        out.append(
            Violation(
                "sources.csv",
                source_rows[source_id],
                "file",
                "source-file-matches",
                f"{total} spans citing {source_id!r} are not on their lines of {present[source_id]}, "
                f"and {found} of them stand on the same lines of {other}: the file names in "
                "sources.csv look swapped or mistyped",
            )
        )
    for file, r, source_id, n, span in missing:
        if source_id in misfiled:
            continue
        total = len(source_lines(seeds / present[source_id]))
        if 1 <= n <= total:
            out.append(
                Violation(
                    file,
                    r,
                    "as_printed",
                    "as-printed-on-line",
                    f"{excerpt(span)} does not occur on line {n} of {present[source_id]}",
                )
            )
        else:
            out.append(
                Violation(
                    file,
                    r,
                    "line",
                    "line-in-source",
                    f"line {n} is outside {present[source_id]} ({total} lines)",
                )
            )
    return out


def _misfiled_sources(
    missing, present: dict[str, str], seeds: Path
) -> dict[str, tuple[str, int, int]]:
    """Sources whose failing spans mostly stand on the same lines of another source file."""
    by_source: dict[str, list[tuple[int, str]]] = {}
    for _, _, source_id, n, span in missing:
        by_source.setdefault(source_id, []).append((n, span))
    out = {}
    for source_id, spans in by_source.items():
        if len(spans) < MISFILED_MIN_ROWS:
            continue
        for other in sorted(set(present.values()) - {present[source_id]}):
            lines = source_lines(seeds / other)
            found = sum(
                1 for n, span in spans if 1 <= n <= len(lines) and span in lines[n - 1]
            )
            if found * 2 > len(spans):
                out[source_id] = (other, found, len(spans))
                break
    return out
