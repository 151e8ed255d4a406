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
import stat
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from airaces import paths, provenance, rules
from airaces.errors import LedgerError, Violation, excerpt, safe_name

TABLES = ("sources", "claims", "events", "forecasts")
ID_COLUMN = {
    "sources": "source_id",
    "claims": "claim_id",
    "events": "event_id",
    "forecasts": "forecast_id",
}

# Frictionless error types that mean a row or header does not match the table's shape.
STRUCTURAL_RULES = frozenset(
    {
        "extra-cell",
        "missing-cell",
        "extra-label",
        "missing-label",
        "blank-label",
        "duplicate-label",
        "incorrect-label",
        "source-error",
        "encoding-error",
        "blank-row",
    }
)
# The longest cell any table may hold, in characters.
FIELD_LIMIT = 100_000
# The largest table file read, in bytes: a 150,000-row claims table is about 50 MB.
SIZE_LIMIT = 200_000_000
UTF8_BOM = b"\xef\xbb\xbf"

__all__ = [
    "ID_COLUMNS",
    "Ledger",
    "LedgerError",
    "Violation",
    "contract",
    "load",
    "row_ids",
    "validate",
]


@dataclass(frozen=True)
class Ledger:
    """The typed tables, the words a reader sees for their names (``labels``), and whether their
    spans were checked against the sources."""

    sources: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame
    forecasts: pd.DataFrame
    assessments: pd.DataFrame
    labels: pd.DataFrame
    data_dir: Path
    provenance_checked: bool = field(default=False)

    def row(self, row_id: str) -> pd.Series:
        """One row of any table (claim, event, forecast or assessment) by its id, with its ``citation``.

        A KeyError names the id and the folder when no table has it.
        """
        from airaces.citations import with_citations

        for table, column in row_id_columns().items():
            frame = getattr(self, table)
            rows = frame[frame[column] == row_id]
            if not rows.empty:
                return with_citations(rows, self.sources).iloc[0]
        raise KeyError(
            f"no row {row_id!r} in the ledger at {self.data_dir} (claims, events, forecasts, assessments)"
        )

    def claim(self, claim_id: str) -> pd.Series:
        """:meth:`row`, for a claim: a KeyError names claims.csv when ``claim_id`` is not a claim."""
        found = self.row(claim_id) if claim_id in set(self.claims["claim_id"]) else None
        if found is None:
            raise KeyError(f"no claim {claim_id!r} in {self.data_dir / 'claims.csv'}")
        return found


def contract() -> dict:
    """The Frictionless descriptor that defines every table (data/datapackage.json)."""
    return json.loads(paths.DESCRIPTOR.read_text(encoding="utf-8"))


def contract_notes(data_dir: str | Path) -> list[str]:
    """What ``validate`` says about the contract: which one it used, and why a folder's own was not used.

    A data folder is always checked against the book's contract. A folder that
    carries a ``datapackage.json`` of its own is told how that file differs
    (or why it could not be read), so an analyst who loosened a rule there
    does not believe the loosened rule was applied.
    """
    book = contract()
    notes = [
        f"contract: the book's {paths.DESCRIPTOR.relative_to(paths.REPO_ROOT)} (version {book.get('version', '?')})"
    ]
    data_dir = Path(data_dir)
    own = data_dir / "datapackage.json"
    try:
        if not data_dir.is_dir() or not (own.exists() or own.is_symlink()):
            return notes
    except (
        OSError,
        ValueError,
    ):  # the folder itself cannot be opened: validate says why
        return notes
    shown = safe_name(str(own), 200)
    try:
        if own.resolve(strict=True) == paths.DESCRIPTOR.resolve():
            return notes
        if own.is_symlink() and not own.resolve().is_relative_to(data_dir.resolve()):
            return notes + [
                f"{shown} is a symbolic link out of the folder: not read, and not used"
            ]
        if not own.is_file() or own.stat().st_size > 1_000_000:
            return notes + [
                f"{shown} is not a regular file of at most 1 MB: not read, and not used"
            ]
        theirs = json.loads(own.read_bytes().decode("utf-8"))
        differences = _differences(book, theirs)
    except (OSError, RuntimeError) as err:
        return notes + [f"{shown} cannot be read ({excerpt(str(err), 80)}): not used"]
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        return notes + [
            f"{shown} is not valid JSON ({excerpt(str(err), 80)}): not used"
        ]
    if not differences:
        return notes + [f"{shown} is the same contract"]
    listed = "; ".join(differences[:6]) + (
        f"; and {len(differences) - 6} more" if len(differences) > 6 else ""
    )
    return notes + [
        f"{shown} differs from the book's contract and was NOT used: {listed}"
    ]


def _differences(ours, theirs, where: str = "") -> list[str]:
    """Where two JSON documents differ, as short paths; resources and fields are matched by name."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        out = []
        for key in dict.fromkeys([*ours, *theirs]):
            place = f"{where}.{key}" if where else str(key)
            if key not in theirs:
                out.append(f"{place} removed")
            elif key not in ours:
                out.append(f"{place} added")
            else:
                out += _differences(ours[key], theirs[key], place)
        return out
    if (
        isinstance(ours, list)
        and isinstance(theirs, list)
        and all(isinstance(x, dict) and "name" in x for x in ours + theirs)
    ):
        named = ({x["name"]: x for x in ours}, {x["name"]: x for x in theirs})
        return _differences(named[0], named[1], where)
    return [] if ours == theirs else [f"{where} changed"]


def columns(table: str) -> list[str]:
    """A table's columns in the contract's order: ``columns("claims")`` -> ["claim_id", ...]."""
    resources = {r["name"]: r for r in contract()["resources"]}
    return [field["name"] for field in resources[table]["schema"]["fields"]]


def row_id_columns() -> dict[str, str]:
    """Each traced table's id column, as the contract's primary keys declare it: {"claims": "claim_id", ...}."""
    keys = {r["name"]: r["schema"]["primaryKey"] for r in contract()["resources"]}
    return {table: keys[table] for table in provenance.TRACED_TABLES}


# The id column of each traced table (claim_id, event_id, ...), from the contract's primary keys.
ID_COLUMNS = tuple(row_id_columns().values())
# What a row id looks like: a source prefix, a hyphen, an optional table tag and a number (sin-002,
# ess-ev01, dig-fc01). Never a date or a number, so text that cites rows can be told from values.
LEDGER_ID = re.compile(r"\b[a-z][a-z0-9]*-(?:[a-z]{2})?\d{2,3}\b")


def row_ids(rows: pd.DataFrame | pd.Series) -> list[str]:
    """The ledger ids of some rows (a frame) or of one row (a series), whichever tables they come from."""
    if isinstance(rows, pd.Series):
        return [
            str(rows[c]) for c in ID_COLUMNS if c in rows.index and pd.notna(rows[c])
        ]
    return sorted({str(x) for c in ID_COLUMNS if c in rows for x in rows[c].dropna()})


def validate(
    data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
) -> list[Violation]:
    """Every violation in ``data_dir`` (default: the book's data), as a list.

    Spans are checked against the source texts when ``seeds_dir`` (default:
    ``airaces.paths.seeds_dir()``) exists; otherwise that check is skipped.
    """
    violations, _, _ = _check(Path(data_dir or paths.DATA_DIR), seeds_dir)
    return violations


def load(
    data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
) -> Ledger:
    """Validate ``data_dir`` and return its tables as typed frames; raise ``LedgerError`` otherwise."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    violations, provenance_checked, texts = _check(data_dir, seeds_dir)
    if violations:
        raise LedgerError(data_dir, violations)
    # The very text that was checked is what is typed: a file changed meanwhile cannot slip in.
    frames = {
        r["name"]: _typed(_read_raw(texts[r["name"]]), r["schema"])
        for r in contract()["resources"]
    }
    return Ledger(
        **frames, data_dir=data_dir.resolve(), provenance_checked=provenance_checked
    )


def _check(data_dir: Path, seeds_dir) -> tuple[list[Violation], bool, dict[str, str]]:
    """Every violation, whether spans were checked, and the decoded text of each table read."""
    lines: dict[str, list[int]] = {}
    texts: dict[str, str] = {}
    violations, checked = _violations(data_dir, seeds_dir, lines, texts)
    return with_lines(violations, lines), checked, texts


def _violations(
    data_dir: Path, seeds_dir, lines: dict[str, list[int]], texts: dict[str, str]
) -> tuple[list[Violation], bool]:
    """Every violation in the folder; ``texts`` and ``lines`` are filled with each readable table and
    the lines on which its rows start."""
    descriptor = contract()
    violations, layouts, readable = check_package(data_dir, descriptor, texts)
    lines.update({file: layout.starts for file, layout in layouts.items()})
    if not readable:
        return violations, False
    raw = {name: _read_raw(text) for name, text in texts.items()}
    # Where a rule here and Frictionless's generic type error object to one cell, the rule's
    # message (which says what a number must look like) is the one reported.
    ours = rules.check_tables(raw, descriptor)
    explained = {(v.file, v.row, v.column) for v in ours}
    violations = [
        v
        for v in violations
        if not (v.rule == "type-error" and (v.file, v.row, v.column) in explained)
    ]
    violations += ours
    seeds = Path(seeds_dir) if seeds_dir else paths.seeds_dir()
    checked = seeds.is_dir()
    if checked:
        violations += provenance.span_violations(raw, seeds)
    return violations, checked


def check_package(
    data_dir: Path, descriptor: dict, texts: dict[str, str]
) -> tuple[list[Violation], dict[str, _Layout], bool]:
    """What the descriptor alone says of the folder: files that cannot be read, headers that
    differ from it, and cells that break its types and constraints.

    Returns the violations, each table's layout, and whether every table can be read column
    by column, so that rules of the caller's own may run on it. ``texts`` is filled with the
    decoded text of each table read. Type errors are returned unjudged: a caller's rule may
    explain a cell better. The ledger and the open data (``airaces.opendata``) both come here.
    """
    problem = _folder_problem(data_dir)
    if problem:
        return [problem], {}, False
    violations: list[Violation] = []
    layouts: dict[str, _Layout] = {}
    for resource in descriptor["resources"]:
        problem, text, layout = _read_table(data_dir, resource["path"])
        if problem:
            violations.append(problem)
        if text is not None:
            texts[resource["name"]], layouts[resource["path"]] = text, layout
    if violations:
        # Foreign keys need every table, so the schema pass waits for a complete folder.
        return violations, layouts, False
    # Columns are checked by name first: Frictionless matches them by position, so
    # one missing column would otherwise misreport every column after it, on every row.
    for resource in descriptor["resources"]:
        violations += _header_violations(
            resource["path"], layouts[resource["path"]].header, resource
        )
    if violations:
        return violations, layouts, False
    last_rows = {file: layout.last_data_row for file, layout in layouts.items()}
    violations += _schema_violations(data_dir, descriptor, last_rows)
    # A table whose rows do not line up with its header cannot be read column by
    # column; the schema pass has already said where, so later rules skip it.
    readable = not any(v.rule in STRUCTURAL_RULES for v in violations)
    return violations, layouts, readable


def with_lines(
    violations: list[Violation], lines: dict[str, list[int]]
) -> list[Violation]:
    """Each violation with the line of the file on which its row starts, where it has none."""
    out = []
    for v in violations:
        starts = lines.get(v.file)
        if v.line is None and v.row is not None and starts and v.row < len(starts):
            v = replace(v, line=starts[v.row])
        out.append(v)
    return out


def _folder_problem(data_dir: Path) -> Violation | None:
    name = safe_name(str(data_dir), 200)
    try:
        mode = data_dir.stat().st_mode
    except FileNotFoundError:
        return Violation(
            name, None, None, "folder-exists", "the data folder does not exist"
        )
    except (
        OSError,
        ValueError,
        RuntimeError,
    ) as err:  # a symlink loop, a name too long, a NUL in the path
        return Violation(
            name,
            None,
            None,
            "folder-exists",
            f"the data folder cannot be opened "
            f"({excerpt(str(getattr(err, 'strerror', None) or err))})",
        )
    if stat.S_ISDIR(mode):
        return None
    # Only a regular file is opened to see whether it is an archive: a pipe would never answer.
    if stat.S_ISREG(mode) and zipfile.is_zipfile(data_dir):
        return Violation(
            name,
            None,
            None,
            "folder-exists",
            "this is a zip archive, not a folder: unzip it and "
            "give the folder that holds the CSV files",
        )
    return Violation(
        name,
        None,
        None,
        "folder-exists",
        "this is a file, not a folder: give the folder that holds the CSV files",
    )


def _read_table(
    data_dir: Path, file: str
) -> tuple[Violation | None, str | None, _Layout | None]:
    """The decoded text of one table, or the reason it cannot be read; nothing outside the folder is opened."""
    path = data_dir / file
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a link to nothing, or a loop
            return (
                Violation(
                    file,
                    None,
                    None,
                    "table-present",
                    "this is a symbolic link that leads to no file",
                ),
                None,
                None,
            )
        if not target.is_relative_to(data_dir.resolve()):
            return (
                Violation(
                    file,
                    None,
                    None,
                    "inside-folder",
                    "this is a symbolic link to a file outside the data "
                    "folder; it was not read",
                ),
                None,
                None,
            )
    if not path.exists():
        return (
            Violation(
                file,
                None,
                None,
                "table-present",
                f"the table is missing (expected {safe_name(str(path), 200)})",
            ),
            None,
            None,
        )
    if path.is_dir():
        return (
            Violation(
                file, None, None, "table-is-a-file", "this is a folder, not a CSV file"
            ),
            None,
            None,
        )
    if not stat.S_ISREG(path.stat().st_mode):
        return (
            Violation(
                file,
                None,
                None,
                "table-is-a-file",
                "this is not a regular file (a pipe, socket or "
                "device); it was not read",
            ),
            None,
            None,
        )
    if path.stat().st_size > SIZE_LIMIT:
        return (
            Violation(
                file,
                None,
                None,
                "file-size",
                f"the file holds {path.stat().st_size:,} bytes; the limit "
                f"is {SIZE_LIMIT:,}",
            ),
            None,
            None,
        )
    data = path.read_bytes()
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return (
            Violation(
                file,
                line - 1,
                None,
                "utf-8",
                f"byte {data[err.start]:#04x} at offset {err.start} is not UTF-8",
                line=line,
            ),
            None,
            None,
        )
    if "\x00" in text.partition("\n")[0]:
        return (
            Violation(
                file,
                0,
                None,
                "utf-8",
                "the header holds NUL bytes: the file looks like UTF-16 or binary "
                "data; save it as UTF-8",
                line=1,
            ),
            None,
            None,
        )
    if not text.strip():
        return (
            Violation(
                file,
                None,
                None,
                "not-empty",
                "the file is empty; it needs at least a header row",
            ),
            None,
            None,
        )
    bare_cr = re.search(r"\r(?!\n)", text)
    if bare_cr:
        return (
            Violation(
                file,
                None,
                None,
                "line-endings",
                "a line ends with a carriage return alone (the old Mac format); save the file with "
                "LF or CRLF line endings",
                line=text.count("\n", 0, bare_cr.start()) + 1,
            ),
            None,
            None,
        )
    layout = _layout(text)
    problem = (
        _unclosed_quote(file, text)
        or _oversized_field(file, layout)
        or _no_rows(file, layout)
    )
    return problem, (None if problem else text), (None if problem else layout)


@dataclass(frozen=True)
class _Layout:
    """What one pass of the CSV reader learns about a table's text."""

    header: list[str]
    starts: list[int]  # the line on which each row starts; index 0 is the header
    last_data_row: int  # the last row with a non-blank cell (blank lines may trail it)
    oversized: (
        tuple[int, int, int, int] | None
    )  # (row, column index, line, length) of the first cell over the limit


def _layout(text: str) -> _Layout:
    # Python's csv module (under Frictionless) stops with an unhelpful error at 128 KiB, so
    # this pass lifts the limit and finds an oversized cell itself; no honest cell in this
    # ledger is longer than a sentence or two.
    csv.field_size_limit(max(len(text), FIELD_LIMIT) + 1)
    reader = csv.reader(io.StringIO(text, newline=""))
    header, starts, last, oversized, previous_end = [], [], 0, None, 0
    for r, row in enumerate(reader):
        starts.append(previous_end + 1)
        if r == 0:
            header = row
        elif any(cell.strip() for cell in row):
            last = r
        if oversized is None:
            c = next((c for c, cell in enumerate(row) if len(cell) > FIELD_LIMIT), None)
            if c is not None:
                oversized = (r, c, starts[-1], len(row[c]))
        previous_end = reader.line_num
    return _Layout(header, starts, last, oversized)


def _unclosed_quote(name: str, text: str) -> Violation | None:
    """A quoted cell that the file ends inside: the csv module would read it to the end of
    the file without a word, and every row after its opening quote would vanish into it."""
    if text.count('"') % 2 == 0:  # closed quotes and doubled ones come in pairs
        return None
    inside, at_start, line, row, i = False, True, 1, 0, 0
    opened_line = opened_row = 0
    while i < len(text):
        char = text[i]
        if inside:
            if char == '"' and text[i + 1 : i + 2] == '"':
                i += 2  # a doubled quote stands for one quote inside the cell
                continue
            inside = char != '"'
            line += char == "\n"
        elif char == '"' and at_start:
            inside, opened_line, opened_row = True, line, row
        else:
            line, row = line + (char == "\n"), row + (char == "\n")
            at_start = char in ",\r\n"
        i += 1
    if not inside:
        return None
    return Violation(
        name,
        opened_row,
        None,
        "unclosed-quote",
        f"a quoted cell opens on line {opened_line} and the file ends before its "
        'closing " (a truncated file, or a quote left open)',
        line=opened_line,
    )


def _oversized_field(name: str, layout: _Layout) -> Violation | None:
    if layout.oversized is None:
        return None
    r, c, line, length = layout.oversized
    column = safe_name(layout.header[c]) if c < len(layout.header) else None
    return Violation(
        name,
        r,
        column,
        "field-size",
        f"the cell holds {length:,} characters; the limit is {FIELD_LIMIT:,}",
        line=line,
    )


def _header_violations(file: str, header: list[str], resource: dict) -> list[Violation]:
    expected = [f["name"] for f in resource["schema"]["fields"]]
    out = [
        Violation(file, 0, c, "missing-column", f"the header has no column {c!r}")
        for c in expected
        if c not in header
    ]
    unknown = [c for c in dict.fromkeys(header) if c not in expected]
    shown = ", ".join(safe_name(c) for c in unknown[:5])
    if len(unknown) > 5:
        out.append(
            Violation(
                file,
                0,
                None,
                "unknown-column",
                f"{len(unknown):,} columns are not in the contract, "
                f"among them {shown} (expected: {', '.join(expected)})",
            )
        )
    else:
        out += [
            Violation(
                file,
                0,
                safe_name(c),
                "unknown-column",
                f"this column is not in the contract (expected: {', '.join(expected)})",
            )
            for c in unknown
        ]
    out += [
        Violation(
            file,
            0,
            c,
            "duplicate-column",
            f"column {c!r} appears {header.count(c)} times",
        )
        for c in dict.fromkeys(header)
        if c in expected and header.count(c) > 1
    ]
    if not out and header != expected:
        out.append(
            Violation(
                file,
                0,
                None,
                "column-order",
                f"columns must be in the contract's order: {', '.join(expected)}",
            )
        )
    return out


def _no_rows(name: str, layout: _Layout) -> Violation | None:
    if layout.last_data_row < 1:
        return Violation(
            name, None, None, "has-rows", "the file has a header but no data rows"
        )
    return None


def _schema_violations(
    data_dir: Path, descriptor: dict, last_rows: dict[str, int]
) -> list[Violation]:
    import frictionless  # imported late: it is slow, and only validation needs it

    for resource in descriptor["resources"]:
        if (data_dir / resource["path"]).read_bytes().startswith(UTF8_BOM):
            resource["encoding"] = "utf-8-sig"
    package = frictionless.Package(descriptor, basepath=str(data_dir))
    report = package.validate()
    out = []
    for task in report.tasks:
        file = Path(task.place).name if task.place else f"{task.name}.csv"
        schema = next(
            r["schema"] for r in descriptor["resources"] if r["name"] == task.name
        )
        for err in task.errors:
            row = getattr(err, "row_number", None)
            column = getattr(err, "field_name", None) or None
            if err.type == "foreign-key":
                column = "source_id"
            elif err.type == "primary-key":
                column = schema["primaryKey"]
            elif err.type in (
                "extra-label",
                "missing-label",
                "incorrect-label",
                "blank-label",
                "duplicate-label",
            ):
                column = getattr(err, "label", None) or column
            rule, message = err.type, err.note or err.message
            if (
                err.type == "constraint-error"
            ):  # name the constraint itself: enum, pattern, maxLength...
                rule = message.split('"')[1] if message.count('"') >= 2 else rule
            elif err.type == "unique-error":
                rule = "unique"
            # Frictionless counts the header as row 1; users of this ledger count data rows.
            message = re.sub(
                r"row at position \"?(\d+)\"?",
                lambda m: f"data row {int(m.group(1)) - 1}",
                message,
                flags=re.I,
            )
            if getattr(err, "cell", None) is not None:
                message = f"value {err.cell[:80]!r}: {message}"
            out.append(Violation(file, row - 1 if row else None, column, rule, message))
    # A repeated id breaks both its column's "unique" and the primary key: report it once.
    uniques = {(v.file, v.row) for v in out if v.rule == "unique"}
    out = [
        v for v in out if not (v.rule == "primary-key" and (v.file, v.row) in uniques)
    ]
    # Blank lines at the end of a file are what many editors leave; only a blank row
    # between data rows is a problem. Frictionless sees empty rows there (blank, with
    # empty keys), so whatever it says of rows past the last data row is dropped.
    out = [
        v
        for v in out
        if not (v.row is not None and v.row > last_rows.get(v.file, v.row))
    ]
    # A blank row between data rows is reported once, not again as a row with empty keys.
    blank = {(v.file, v.row) for v in out if v.rule == "blank-row"}
    return [v for v in out if v.rule == "blank-row" or (v.file, v.row) not in blank]


def typed_table(text: str, schema: dict) -> pd.DataFrame:
    """A checked table's text as a frame typed by its schema: numbers as numbers, blanks as NA."""
    return _typed(_read_raw(text), schema)


def _read_raw(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


_DTYPES = {"integer": "Int64", "number": "float64"}


def _typed(raw: pd.DataFrame, schema: dict) -> pd.DataFrame:
    frame = pd.DataFrame(index=raw.index)
    for f in schema["fields"]:
        column = raw[f["name"]]
        if f["type"] in _DTYPES:
            frame[f["name"]] = pd.to_numeric(column.replace("", None)).astype(
                _DTYPES[f["type"]]
            )
        else:
            frame[f["name"]] = column.replace("", pd.NA).astype("string")
    return frame
