"""Property: whatever is done to the ledger's files, ``validate`` and ``load`` agree, and no traceback escapes.

Hypothesis mutates a copy of the committed ledger at random (a cell set to
arbitrary text, a file re-encoded, line endings changed, rows shuffled or
duplicated, a file truncated at any byte, a column dropped) and checks that

- ``validate`` returns a list and never raises;
- ``load`` succeeds exactly when ``validate`` found nothing, and otherwise
  raises ``LedgerError`` (never anything else);
- every problem names its file and its rule.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import airaces
from airaces import paths
from airaces.errors import LedgerError

TABLES = ("sources.csv", "claims.csv", "events.csv", "forecasts.csv", "assessments.csv")
# Values that have broken earlier versions, mixed with arbitrary text.
TRICKY = [
    "",
    " ",
    "NaN",
    "Infinity",
    "1e309",
    "-0",
    "+12",
    "６４",
    "٣٧",
    "6_4",
    "2025-02-30",
    "0000",
    "9999-12-31",
    "2030..2020",
    '=HYPERLINK("x")',
    "\x00",
    "a\u202eb",
    "\r",
    "\n",
    '"',
    ",",
    "javascript:alert(1)",
    "sin-002",
    "asi_essay",
    "-5",
    "150",
    "1.5",
    "x" * 200,
]
cells = st.one_of(st.sampled_from(TRICKY), st.text(max_size=30))

mutation = st.one_of(
    st.tuples(
        st.just("cell"),
        st.sampled_from(TABLES),
        st.integers(0, 10_000),
        st.integers(0, 30),
        cells,
    ),
    st.tuples(
        st.just("encoding"),
        st.sampled_from(TABLES),
        st.sampled_from(["latin-1", "utf-16", "utf-8-sig"]),
    ),
    st.tuples(
        st.just("line-endings"),
        st.sampled_from(TABLES),
        st.sampled_from(["\r\n", "\r"]),
    ),
    st.tuples(st.just("shuffle"), st.sampled_from(TABLES), st.integers(0, 2**32 - 1)),
    st.tuples(
        st.just("duplicate-row"), st.sampled_from(TABLES), st.integers(0, 10_000)
    ),
    st.tuples(st.just("truncate"), st.sampled_from(TABLES), st.floats(0, 1)),
    st.tuples(st.just("drop-column"), st.sampled_from(TABLES), st.integers(0, 30)),
)


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _write(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def mutate(folder: Path, step: tuple) -> None:
    kind, path = step[0], folder / step[1]
    data = path.read_bytes()
    try:
        rows = _rows(path)
    except (UnicodeDecodeError, csv.Error):
        rows = None  # an earlier step left a file that only byte-level steps can change further
    if kind == "cell" and rows and len(rows) > 1:
        row = rows[1 + step[2] % (len(rows) - 1)]
        if row:
            row[step[3] % len(row)] = step[4]
            _write(path, rows)
    elif kind == "encoding" and rows is not None:
        path.write_bytes(data.decode("utf-8").encode(step[2], errors="replace"))
    elif kind == "line-endings":
        path.write_bytes(data.replace(b"\r\n", b"\n").replace(b"\n", step[2].encode()))
    elif kind == "shuffle" and rows and len(rows) > 2:
        body = rows[1:]
        random.Random(step[2]).shuffle(body)
        _write(path, rows[:1] + body)
    elif kind == "duplicate-row" and rows and len(rows) > 1:
        rows.append(list(rows[1 + step[2] % (len(rows) - 1)]))
        _write(path, rows)
    elif kind == "truncate":
        path.write_bytes(data[: int(len(data) * step[2])])
    elif kind == "drop-column" and rows and rows[0]:
        i = step[2] % len(rows[0])
        _write(path, [r[:i] + r[i + 1 :] for r in rows])


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(mutation, min_size=1, max_size=3))
def test_validate_and_load_agree_on_any_mutation(steps, seeds, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mutated") / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    for step in steps:
        mutate(folder, step)
    violations = airaces.validate(folder, seeds)
    for v in violations:
        text = str(v)
        assert v.file and text.startswith(v.file) and f"rule '{v.rule}'" in text, text
        assert len(text) < 2_000, text[:300]
    try:
        airaces.load(folder, seeds)
        loaded = True
    except LedgerError:
        loaded = False
    assert loaded == (violations == []), (steps, [str(v) for v in violations[:5]])
