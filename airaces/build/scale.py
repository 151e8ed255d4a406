"""A ledger at the scale an analyst may bring: the committed claims repeated under new ids.

The suite checks that such a ledger validates cleanly; ``make bench`` times it
(a test never asserts a duration, since a loaded machine would fail it for
reasons that have nothing to do with the code).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path


def repeat_claims(data_dir: Path, total: int) -> int:
    """Rewrite ``data_dir``'s claims.csv with ``total`` rows: the originals, then copies under new ids.

    Each copy keeps its source, line and verbatim span, so every provenance rule
    still has work to do. Returns the number of rows written.
    """
    path = Path(data_dir) / "claims.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    key = header.index("claim_id")
    copies = (
        row[:key] + [f"{row[key]}-{n}"] + row[key + 1 :]
        for n in range(1, total // len(body) + 2)
        for row in body
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(body)
    for _, row in zip(range(total - len(body)), copies):
        writer.writerow(row)
    path.write_text(out.getvalue(), encoding="utf-8")
    return total
