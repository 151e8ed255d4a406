"""Turn a new download of Epoch AI's data into the book's open-data snapshot (``data/open/``).

``python -m airaces refresh-open-data --models FILE --chips FILE --version-models V
--version-chips V --accessed YYYY-MM-DD [--data DIR]`` keeps the columns the book uses
(the contract's ``origin.columns_from`` says which upstream column each comes from),
writes them in the contract's shape, records the new version, date and checksum in the
origin blocks, and checks the result. Nothing is replaced unless the whole new snapshot
passes the contract; then ``make rerun DATA=DIR`` reruns the chapters on it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from airaces import opendata
from airaces.errors import report_lines, safe_name


class SnapshotError(ValueError):
    """A download that cannot become the snapshot, with every reason."""


@dataclass(frozen=True)
class Download:
    """One downloaded upstream file, and the version and date to record for it."""

    path: Path
    version: str
    accessed: str


def refresh(
    models: Download, chips: Download, data_dir: str | Path | None = None
) -> Path:
    """Replace the open-data snapshot in ``data_dir`` with trimmed copies of the downloads."""
    target = opendata.folder(data_dir)
    descriptor = opendata.contract()
    resources = {r["name"]: r for r in descriptor["resources"]}
    tables = {
        "notable_models": trim_models(models.path, resources["notable_models"]),
        "nvidia_chip_stocks": trim_chip_stocks(
            chips.path, resources["nvidia_chip_stocks"]
        ),
    }
    for name, download in (("notable_models", models), ("nvidia_chip_stocks", chips)):
        _check_date(download.accessed)
        origin = resources[name]["origin"]
        origin["version"] = download.version
        origin["accessed"] = download.accessed
        origin["upstream_sha256"] = hashlib.sha256(
            download.path.read_bytes()
        ).hexdigest()
    target.parent.mkdir(parents=True, exist_ok=True)
    # The new snapshot is written beside the old one and checked there; only a snapshot
    # that passes the contract replaces it, so a bad download leaves nothing half-written.
    staging = Path(tempfile.mkdtemp(prefix=".open-", dir=target.parent))
    try:
        for name, table in tables.items():
            table.to_csv(staging / resources[name]["path"], index=False)
        (staging / opendata.CONTRACT).write_text(
            json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        for extra in target.glob("LICENSE*"):
            shutil.copy2(extra, staging / extra.name)
        problems = opendata.check_folder(staging)
        if problems:
            raise SnapshotError(
                "the trimmed download breaks the open-data contract:\n"
                + "\n".join(report_lines(problems))
            )
        # mkdtemp makes a private folder; the snapshot is as readable as the rest of data/.
        staging.chmod(0o755)
        for written in staging.iterdir():
            written.chmod(0o644)
        old = target.with_name(f".{target.name}-old")
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def trim_models(path: Path, resource: dict) -> pd.DataFrame:
    """The notable-models download with the contract's columns, renamed; costs as numbers."""
    raw = _read(path, resource)
    table = raw.rename(columns=_renames(resource))[_columns(resource)]
    # Epoch prints a cost as a dollar string ("$5390000.00"); the snapshot keeps the number.
    table["training_cost_usd_2023"] = _dollars(
        path, table["training_cost_usd_2023"], resource
    )
    return table


def trim_chip_stocks(path: Path, resource: dict) -> pd.DataFrame:
    """The cumulative chip-stock download, one row per owner and quarter."""
    raw = _read(path, resource)
    table = raw.rename(columns=_renames(resource))[_columns(resource)]
    table["quarter"] = [_quarter(path, i, text) for i, text in table["quarter"].items()]
    # Epoch marks a quarter that had not ended with any word ("checked"); blank otherwise.
    table["incomplete"] = table["incomplete"].fillna("").str.strip().ne("")
    table["incomplete"] = table["incomplete"].map({True: "true", False: "false"})
    return table


def _read(path: Path, resource: dict) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise SnapshotError(
            f"{safe_name(str(path), 200)}: cannot be read as CSV ({err})"
        ) from None
    missing = [c for c in _renames(resource) if c not in raw.columns]
    if missing:
        raise SnapshotError(
            f"{safe_name(str(path), 200)}, header (line 1): rule 'upstream-columns': "
            f"the download has no column {', '.join(repr(c) for c in missing)}; "
            "Epoch may have renamed it: update origin.columns_from in "
            "data/open/datapackage.json"
        )
    return raw


def _renames(resource: dict) -> dict[str, str]:
    return {theirs: ours for ours, theirs in resource["origin"]["columns_from"].items()}


def _columns(resource: dict) -> list[str]:
    return [f["name"] for f in resource["schema"]["fields"]]


def _dollars(path: Path, cells: pd.Series, resource: dict) -> pd.Series:
    upstream = resource["origin"]["columns_from"]["training_cost_usd_2023"]
    text = cells.fillna("").str.replace(r"^\$", "", regex=True).str.replace(",", "")
    numbers = pd.to_numeric(text.replace("", None), errors="coerce")
    bad = numbers.isna() & text.ne("")
    if bad.any():
        row = int(bad.idxmax()) + 1
        raise SnapshotError(
            f"{safe_name(str(path), 200)}, row {row} (line {row + 1}), column "
            f"{upstream!r}: rule 'dollar-amount': {cells[row - 1]!r} is not a dollar amount"
        )
    return numbers


def _quarter(path: Path, index: int, text: str) -> str:
    """ "6/30/2024" (the quarter's last day, month first) as "2024-Q2"."""
    found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", str(text).strip())
    if not found or int(found[1]) not in (3, 6, 9, 12):
        raise SnapshotError(
            f"{safe_name(str(path), 200)}, row {index + 1} (line {index + 2}), column "
            f"'End date': rule 'quarter-end': {text!r} is not the last day of a quarter "
            "written M/D/YYYY"
        )
    return f"{found[3]}-Q{int(found[1]) // 3}"


def _check_date(text: str) -> None:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", text):
        raise SnapshotError(f"--accessed {text!r}: rule 'date': write it YYYY-MM-DD")
