"""The error a user sees when data breaks the contract: which file, row, column and rule."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Violation:
    """One broken rule, located as precisely as the rule allows."""

    file: str
    row: int | None  # 1-based data row; the header is row 0
    column: str | None
    rule: str
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row == 0:
            where.append("header (line 1)")
        elif self.row is not None:
            where.append(f"row {self.row} (line {self.row + 1})")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: rule '{self.rule}': {self.message}"


class LedgerError(ValueError):
    """Raised by ``load`` with every violation found, not only the first."""

    def __init__(self, data_dir: Path, violations: list[Violation]):
        self.data_dir = data_dir
        self.violations = violations
        lines = [f"{len(violations)} problem(s) in the data folder {data_dir}:"]
        lines += [f"  - {v}" for v in violations]
        super().__init__("\n".join(lines))
