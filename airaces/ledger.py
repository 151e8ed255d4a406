"""Load the ledger (``data/*.csv``) through its contract, or say exactly why not.

``load`` is the only way the notebooks read data. It checks the tables against
``data/datapackage.json`` (types, enums, patterns, primary and foreign keys),
then against the rules a Table Schema cannot express (ranges, blanks that must
go together, the span as printed on its stated source line), and returns typed
pandas frames. Every violation is collected before anything is raised, so a
user can fix a folder in one pass.
"""

from __future__ import annotations

import csv
import io

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from airaces import paths, provenance
from airaces.errors import LedgerError, Violation

TABLES = ("sources", "claims", "events", "forecasts")
ID_COLUMN = {"sources": "source_id", "claims": "claim_id", "events": "event_id", "forecasts": "forecast_id"}

# Units whose figures can be signed; everything else is a size, count, level or rank.
SIGNED_UNITS = frozenset({"percent", "pct_points"})
# Frictionless error types that mean a row or header does not match the table's shape.
STRUCTURAL_RULES = frozenset({"extra-cell", "missing-cell", "extra-label", "missing-label", "blank-label",
                              "duplicate-label", "incorrect-label", "source-error", "encoding-error"})
# The longest cell any table may hold, in characters.
FIELD_LIMIT = 100_000
UTF8_BOM = b"\xef\xbb\xbf"

__all__ = ["Ledger", "LedgerError", "Violation", "contract", "load", "validate"]


@dataclass(frozen=True)
class Ledger:
    """The four typed tables, and whether their spans were checked against the sources."""

    sources: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame
    forecasts: pd.DataFrame
    assessments: pd.DataFrame
    data_dir: Path
    provenance_checked: bool = field(default=False)

    def claim(self, claim_id: str) -> pd.Series:
        """One claim row by id; a KeyError names the id when it is missing."""
        rows = self.claims[self.claims["claim_id"] == claim_id]
        if rows.empty:
            raise KeyError(f"no claim {claim_id!r} in {self.data_dir / 'claims.csv'}")
        return rows.iloc[0]


def contract() -> dict:
    """The Frictionless descriptor that defines every table (data/datapackage.json)."""
    return json.loads(paths.DESCRIPTOR.read_text(encoding="utf-8"))


def row_id_columns() -> dict[str, str]:
    """Each traced table's id column, as the contract's primary keys declare it: {"claims": "claim_id", ...}."""
    keys = {r["name"]: r["schema"]["primaryKey"] for r in contract()["resources"]}
    return {table: keys[table] for table in provenance.TRACED_TABLES}


def validate(data_dir: str | Path | None = None, seeds_dir: str | Path | None = None) -> list[Violation]:
    """Every violation in ``data_dir`` (default: the book's data), as a list.

    Spans are checked against the source texts when ``seeds_dir`` (default:
    ``airaces.paths.seeds_dir()``) exists; otherwise that check is skipped.
    """
    violations, _ = _check(Path(data_dir or paths.DATA_DIR), seeds_dir)
    return violations


def load(data_dir: str | Path | None = None, seeds_dir: str | Path | None = None) -> Ledger:
    """Validate ``data_dir`` and return its tables as typed frames; raise ``LedgerError`` otherwise."""
    data_dir = Path(data_dir or paths.DATA_DIR).resolve()
    violations, provenance_checked = _check(data_dir, seeds_dir)
    if violations:
        raise LedgerError(data_dir, violations)
    descriptor = contract()
    frames = {r["name"]: _typed(_read_raw(data_dir / r["path"]), r["schema"]) for r in descriptor["resources"]}
    return Ledger(**frames, data_dir=data_dir, provenance_checked=provenance_checked)


def _check(data_dir: Path, seeds_dir) -> tuple[list[Violation], bool]:
    if not data_dir.is_dir():
        return [Violation(str(data_dir), None, None, "folder-exists", "the data folder does not exist")], False
    descriptor = contract()
    violations: list[Violation] = []
    readable = []
    for resource in descriptor["resources"]:
        problem = _file_problem(data_dir / resource["path"])
        if problem:
            violations.append(problem)
        else:
            readable.append(resource)
    if len(readable) < len(descriptor["resources"]):
        # Foreign keys need every table, so the schema pass waits for a complete folder.
        return violations, False
    # Columns are checked by name first: Frictionless matches them by position, so
    # one missing column would otherwise misreport every column after it, on every row.
    for resource in descriptor["resources"]:
        violations += _header_violations(data_dir / resource["path"], resource)
    if violations:
        return violations, False
    violations += _schema_violations(data_dir, descriptor)
    # A table whose rows do not line up with its header cannot be read column by
    # column; the schema pass has already said where, so later rules skip it.
    misshapen = {v.file for v in violations if v.rule in STRUCTURAL_RULES}
    if misshapen:
        return violations, False
    raw = {r["name"]: _read_raw(data_dir / r["path"]) for r in descriptor["resources"]}
    violations += _claim_rules(raw["claims"])
    seeds = Path(seeds_dir) if seeds_dir else paths.seeds_dir()
    checked = seeds.is_dir()
    if checked:
        violations += provenance.span_violations(raw, seeds)
    return violations, checked


def _file_problem(path: Path) -> Violation | None:
    name = path.name
    if not path.is_file():
        return Violation(name, None, None, "table-present", f"the table is missing (expected {path})")
    data = path.read_bytes()
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return Violation(name, line - 1, None, "utf-8", f"byte {data[err.start]:#04x} at offset {err.start} is not UTF-8")
    if not text.strip():
        return Violation(name, None, None, "not-empty", "the file is empty; it needs at least a header row")
    return _oversized_field(name, text) or _no_rows(name, text)


def _oversized_field(name: str, text: str) -> Violation | None:
    # Checked before any CSV library sees the file: Python's csv module (under
    # Frictionless) stops with an unhelpful error at 128 KiB, and no honest cell
    # in this ledger is longer than a sentence or two.
    csv.field_size_limit(max(len(text), FIELD_LIMIT) + 1)
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    for r, row in enumerate(reader, start=1):
        for c, cell in enumerate(row):
            if len(cell) > FIELD_LIMIT:
                column = header[c] if c < len(header) else None
                return Violation(name, r, column, "field-size",
                                 f"the cell holds {len(cell):,} characters; the limit is {FIELD_LIMIT:,}")
    return None


def _header_violations(path: Path, resource: dict) -> list[Violation]:
    text = path.read_bytes().removeprefix(UTF8_BOM).decode("utf-8")
    header = next(csv.reader(io.StringIO(text)), [])
    expected = [f["name"] for f in resource["schema"]["fields"]]
    out = [Violation(path.name, 0, c, "missing-column", f"the header has no column {c!r}")
           for c in expected if c not in header]
    out += [Violation(path.name, 0, c, "unknown-column", f"column {c!r} is not in the contract (expected: "
                      f"{', '.join(expected)})") for c in header if c not in expected]
    out += [Violation(path.name, 0, c, "duplicate-column", f"column {c!r} appears {header.count(c)} times")
            for c in dict.fromkeys(header) if header.count(c) > 1]
    if not out and header != expected:
        out.append(Violation(path.name, 0, None, "column-order",
                             f"columns must be in the contract's order: {', '.join(expected)}"))
    return out


def _no_rows(name: str, text: str) -> Violation | None:
    if len([line for line in text.splitlines() if line.strip()]) < 2:
        return Violation(name, None, None, "has-rows", "the file has a header but no data rows")
    return None


def _schema_violations(data_dir: Path, descriptor: dict) -> list[Violation]:
    import frictionless  # imported late: it is slow, and only validation needs it

    for resource in descriptor["resources"]:
        if (data_dir / resource["path"]).read_bytes().startswith(UTF8_BOM):
            resource["encoding"] = "utf-8-sig"
    package = frictionless.Package(descriptor, basepath=str(data_dir))
    report = package.validate()
    out = []
    for task in report.tasks:
        file = Path(task.place).name if task.place else f"{task.name}.csv"
        schema = next(r["schema"] for r in descriptor["resources"] if r["name"] == task.name)
        for err in task.errors:
            row = getattr(err, "row_number", None)
            column = getattr(err, "field_name", None) or None
            if err.type == "foreign-key":
                column = "source_id"
            elif err.type == "primary-key":
                column = schema["primaryKey"]
            elif err.type in ("extra-label", "missing-label", "incorrect-label", "blank-label", "duplicate-label"):
                column = getattr(err, "label", None) or column
            rule, message = err.type, err.note or err.message
            if err.type == "constraint-error":  # name the constraint itself: enum, pattern, maxLength...
                rule = message.split('"')[1] if message.count('"') >= 2 else rule
            elif err.type == "unique-error":
                rule = "unique"
            # Frictionless counts the header as row 1; users of this ledger count data rows.
            message = re.sub(r"row at position \"?(\d+)\"?", lambda m: f"data row {int(m.group(1)) - 1}", message,
                             flags=re.I)
            if getattr(err, "cell", None) is not None:
                message = f"value {err.cell[:80]!r}: {message}"
            out.append(Violation(file, row - 1 if row else None, column, rule, message))
    # A repeated id breaks both its column's "unique" and the primary key: report it once.
    uniques = {(v.file, v.row) for v in out if v.rule == "unique"}
    return [v for v in out if not (v.rule == "primary-key" and (v.file, v.row) in uniques)]


def _read_raw(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _claim_rules(claims: pd.DataFrame) -> list[Violation]:
    """Rules between columns of one claim row, which Table Schema cannot state."""
    needed = {"value", "value_high", "qualifier", "unit"}
    if not needed <= set(claims.columns):
        return []  # the schema pass has already named the missing columns
    out = []
    value = pd.to_numeric(claims["value"], errors="coerce")
    high = pd.to_numeric(claims["value_high"], errors="coerce")
    for i, row in claims.iterrows():
        r = i + 1
        v, h, q = value[i], high[i], row["qualifier"]
        if row["value"] == "" and q != "vague":
            out.append(Violation("claims.csv", r, "value", "value-required",
                                 f"value is blank but qualifier is {q!r}; only 'vague' figures may lack a value"))
        if row["value_high"] != "" and pd.notna(v) and pd.notna(h) and h < v:
            out.append(Violation("claims.csv", r, "value_high", "range-order",
                                 f"value_high {row['value_high']} is below value {row['value']}"))
        if (q == "range") != (row["value_high"] != ""):
            out.append(Violation("claims.csv", r, "value_high", "range-has-high",
                                 "qualifier 'range' needs value_high, and only ranges may have one"))
        if pd.notna(v) and v < 0 and row["unit"] not in SIGNED_UNITS:
            out.append(Violation("claims.csv", r, "value", "non-negative",
                                 f"value {row['value']} is negative but unit {row['unit']!r} cannot be"))
    if "pair_id" in claims.columns:
        # A pair_id exists to link restatements; one used once links nothing and is
        # almost always a typo in its partner's pair_id.
        counts = claims["pair_id"].value_counts()
        for i, pair_id in claims["pair_id"].items():
            if pair_id != "" and counts[pair_id] == 1:
                out.append(Violation("claims.csv", i + 1, "pair_id", "pair-has-partner",
                                     f"pair_id {pair_id!r} is used by no other row"))
    return out


_DTYPES = {"integer": "Int64", "number": "float64"}


def _typed(raw: pd.DataFrame, schema: dict) -> pd.DataFrame:
    frame = pd.DataFrame(index=raw.index)
    for f in schema["fields"]:
        column = raw[f["name"]]
        if f["type"] in _DTYPES:
            frame[f["name"]] = pd.to_numeric(column.replace("", None)).astype(_DTYPES[f["type"]])
        else:
            frame[f["name"]] = column.replace("", pd.NA).astype("string")
    return frame
