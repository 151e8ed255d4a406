"""The error a user sees when data breaks the contract: which file, row, line, column and rule."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# A report lists at most this many problems one by one, then counts the rest by rule.
REPORT_LIMIT = 40
# Unexpected content is never echoed whole: at most this many characters of it, escaped.
EXCERPT_CHARS = 60


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A short, escaped rendering of ``text`` that is safe to print: control and bidi characters show as escapes."""
    short = text[:limit]
    shown = repr(short)
    return shown + ("…" if len(text) > limit else "")


def safe_name(text: str, limit: int = 40) -> str:
    """A name from the data (a column, a file) as printed in a report: itself if short and printable, else escaped."""
    return text if len(text) <= limit and text.isprintable() else excerpt(text, limit)


@dataclass(frozen=True)
class Violation:
    """One broken rule, located as precisely as the rule allows."""

    file: str
    row: int | None  # 1-based data row; the header is row 0
    column: str | None
    rule: str
    message: str
    line: int | None = (
        None  # the physical line of the file where the row starts (cells may span lines)
    )

    def __str__(self) -> str:
        where = [self.file]
        if self.row == 0:
            where.append("header (line 1)")
        elif self.row is not None:
            where.append(
                f"row {self.row} (line {self.line if self.line is not None else self.row + 1})"
            )
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: rule '{self.rule}': {self.message}"


def report_lines(violations: list[Violation], limit: int = REPORT_LIMIT) -> list[str]:
    """The problems as report lines: the first ``limit`` in full, then one line counting the rest by rule."""
    lines = [f"  - {v}" for v in violations[:limit]]
    rest = violations[limit:]
    if rest:
        counts = Counter((v.file, v.rule) for v in rest)
        summary = "; ".join(
            f"{n} × {file} rule '{rule}'" for (file, rule), n in counts.most_common(8)
        )
        more = len(counts) - 8
        lines.append(
            f"  … and {len(rest)} more: {summary}"
            + (f"; and {more} other kinds" if more > 0 else "")
        )
    return lines


class LedgerError(ValueError):
    """Raised by ``load`` with every violation found, not only the first."""

    def __init__(self, data_dir: Path, violations: list[Violation]):
        self.data_dir = data_dir
        self.violations = violations
        lines = [
            f"{len(violations)} problem(s) in the data folder {safe_name(str(data_dir), 200)}:"
        ]
        lines += report_lines(violations)
        super().__init__("\n".join(lines))
