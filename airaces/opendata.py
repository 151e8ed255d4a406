"""Load the open data the book sets beside its sources (``data/open/``), or say exactly why not.

The folder holds trimmed snapshots of Epoch AI's open datasets and their contract,
``data/open/datapackage.json``. Each resource there carries an ``origin`` block: who made the
data, where it was copied from, which version, when, under what licence, and how to cite it.
``load`` checks the tables against that contract with the ledger's own checks
(``airaces.ledger.check_package``), so bad input gets the same report: file, row, line,
column and rule. ``python -m airaces refresh-open-data`` turns a new download into these files.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from airaces import paths
from airaces.errors import LedgerError, Violation
from airaces.ledger import check_package, typed_table, with_lines

# Where the open data sits inside a data folder, so an analyst's copy of data/ carries it too.
FOLDER = "open"
CONTRACT = "datapackage.json"

__all__ = [
    "FOLDER",
    "OpenData",
    "check_folder",
    "credit",
    "contract",
    "folder",
    "load",
    "short_version",
    "validate",
]


@dataclass(frozen=True)
class OpenData:
    """The typed tables, and each one's origin block from the contract."""

    notable_models: pd.DataFrame
    nvidia_chip_stocks: pd.DataFrame
    origin: dict[str, dict]
    folder: Path


def short_version(version: str) -> str:
    """A version as a reader reads it: a commit's 40 hex digits cut to the usual seven, which
    also keeps a phone's line from running off the screen."""
    return re.sub(r"\b([0-9a-f]{7})[0-9a-f]{33}\b", r"\1", version)


def credit(origin: dict) -> str:
    """The credit a dataset's licence asks for, in a sentence: producer, title, version, licence."""
    return (
        f"{origin['producer']}, “{origin['title']}”, {short_version(origin['version'])}, "
        f"licence {origin['licence']}"
    )


def folder(data_dir: str | Path | None = None) -> Path:
    """The open-data folder inside ``data_dir`` (default: the book's data)."""
    return Path(data_dir or paths.DATA_DIR) / FOLDER


def contract() -> dict:
    """The book's contract for the open data. A data folder's own copy is never used."""
    book = paths.DATA_DIR / FOLDER / CONTRACT
    return json.loads(book.read_text(encoding="utf-8"))


def validate(data_dir: str | Path | None = None) -> list[Violation]:
    """Every violation in the open-data folder of ``data_dir``, as a list."""
    return check_folder(folder(data_dir))


def check_folder(where: str | Path) -> list[Violation]:
    """Every violation in an open-data folder itself (``data/open``, or a new snapshot)."""
    violations, _ = _check(Path(where))
    return violations


def load(data_dir: str | Path | None = None) -> OpenData:
    """Validate the open data of ``data_dir`` and return it typed; raise ``LedgerError`` otherwise."""
    where = folder(data_dir)
    violations, texts = _check(where)
    if violations:
        raise LedgerError(where, violations)
    frames = {
        r["name"]: typed_table(texts[r["name"]], r["schema"])
        for r in contract()["resources"]
    }
    # Frictionless reads "true"/"false" as booleans; the ledger's typing keeps strings.
    stocks = frames["nvidia_chip_stocks"]
    stocks["incomplete"] = stocks["incomplete"] == "true"
    return OpenData(
        **frames,
        origin=_origins(where)[0],
        folder=where.resolve(),
    )


def _check(where: Path) -> tuple[list[Violation], dict[str, str]]:
    texts: dict[str, str] = {}
    descriptor = contract()
    violations, layouts, readable = check_package(where, descriptor, texts)
    if readable:
        stocks = pd.read_csv(
            io.StringIO(texts["nvidia_chip_stocks"]), dtype=str, keep_default_na=False
        )
        violations += _estimates_in_order(stocks)
    if violations and violations[0].rule == "folder-exists":
        if not where.exists():
            violations = [
                Violation(
                    f"{FOLDER}/",
                    None,
                    None,
                    "folder-exists",
                    "the open-data folder is missing: copy the book's data/open into this "
                    "data folder, or rebuild it with python -m airaces refresh-open-data",
                )
            ]
        return violations, texts
    violations += _origins(where)[1]
    lines = {file: layout.starts for file, layout in layouts.items()}
    # Reports name the file by its place in the data folder: open/notable_models.csv.
    located = [
        Violation(f"{FOLDER}/{v.file}", v.row, v.column, v.rule, v.message, v.line)
        if v.rule != "folder-exists"
        else v
        for v in with_lines(violations, lines)
    ]
    return located, texts


def _origins(where: Path) -> tuple[dict[str, dict], list[Violation]]:
    """Each table's origin block, read from the snapshot's own datapackage.json.

    The schema is always the book's; the origin belongs to the snapshot, because a refresh
    records there which download it holds.
    """
    path = where / CONTRACT
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))["resources"]
        found = {r["name"]: r["origin"] for r in resources}
    except (OSError, ValueError, KeyError, TypeError) as err:
        return {}, [
            Violation(
                CONTRACT,
                None,
                None,
                "origin-present",
                f"the snapshot's own datapackage.json, which says where each table came "
                f"from, cannot be read ({type(err).__name__})",
            )
        ]
    missing = [
        r["name"]
        for r in contract()["resources"]
        if not found.get(r["name"], {}).get("url")
    ]
    return found, [
        Violation(
            CONTRACT,
            None,
            "origin",
            "origin-present",
            f"the resource {name!r} has no origin block with a url",
        )
        for name in missing
    ]


def _estimates_in_order(stocks: pd.DataFrame) -> list[Violation]:
    """The median of an estimate lies between its 5th and 95th percentiles."""
    numbers = stocks[["h100e_low", "h100e", "h100e_high"]].apply(
        pd.to_numeric, errors="coerce"
    )
    out_of_order = (numbers["h100e_low"] > numbers["h100e"]) | (
        numbers["h100e"] > numbers["h100e_high"]
    )
    return [
        Violation(
            "nvidia_chip_stocks.csv",
            int(i) + 1,
            "h100e",
            "median-within-interval",
            f"the median {stocks.at[i, 'h100e']} lies outside its interval "
            f"{stocks.at[i, 'h100e_low']}–{stocks.at[i, 'h100e_high']}",
        )
        for i in stocks.index[out_of_order]
    ]
