"""Every folder in tests/bad_input either fails validation with a precise message, or loads like the original."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import airaces
from airaces import cli, paths

CORPUS = Path(__file__).parent / "bad_input"
CASES = sorted(p for p in CORPUS.iterdir() if (p / "case.json").is_file())
ID_COLUMNS = {"claims.csv": "claim_id", "events.csv": "event_id", "forecasts.csv": "forecast_id",
              "assessments.csv": "assessment_id", "sources.csv": "source_id"}


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return rows[0], rows[1:]


def write_table(path: Path, header: list[str], rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    path.write_text(out.getvalue(), encoding="utf-8")


def row_of(file: str, row_id: str) -> int:
    header, rows = read_table(paths.DATA_DIR / file)
    column = header.index(ID_COLUMNS[file])
    return next(i for i, r in enumerate(rows, start=1) if r[column] == row_id)


def edit_cell(folder: Path, step: dict, change) -> None:
    path = folder / step["file"]
    header, rows = read_table(path)
    key, column = header.index(ID_COLUMNS[step["file"]]), header.index(step["column"]) if "column" in step else None
    for r in rows:
        if r[key] == step["id"]:
            change(header, r, column)
    write_table(path, header, rows)


def apply(step: dict, folder: Path) -> None:
    op, path = step["op"], folder / step.get("file", "")
    if op == "set":
        edit_cell(folder, step, lambda h, r, c: r.__setitem__(c, step["value"]))
    elif op == "grow_field":
        edit_cell(folder, step, lambda h, r, c: r.__setitem__(c, "x" * step["chars"]))
    elif op == "append_cell":
        edit_cell(folder, step, lambda h, r, c: r.append(step["value"]))
    elif op == "drop_column":
        header, rows = read_table(path)
        i = header.index(step["column"])
        write_table(path, header[:i] + header[i + 1:], [r[:i] + r[i + 1:] for r in rows])
    elif op == "add_column":
        header, rows = read_table(path)
        write_table(path, header + [step["column"]], [r + [step["value"]] for r in rows])
    elif op == "write":
        path.write_text(step["text"], encoding="utf-8")
    elif op == "header_only":
        path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    elif op == "replace_bytes":
        data = path.read_bytes()
        assert step["old"].encode() in data, f"case setup: {step['old']!r} not in {path.name}"
        path.write_bytes(data.replace(step["old"].encode(), bytes.fromhex(step["new_hex"]), 1))
    elif op == "prepend_bom":
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    elif op == "crlf":
        for table in folder.glob("*.csv"):
            table.write_bytes(table.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    elif op == "delete":
        path.unlink()
    elif op == "remove_folder":
        shutil.rmtree(folder)
    else:
        raise ValueError(f"unknown step {op!r}")


def build(case: Path, tmp_path: Path) -> tuple[Path, dict]:
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    folder = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    for step in spec["steps"]:
        apply(step, folder)
    return folder, spec


def test_the_corpus_covers_every_required_flaw():
    assert len(CASES) >= 25
    names = {c.name.split("_", 1)[1] for c in CASES}
    required = {"missing_column", "unknown_extra_column", "value_of_wrong_type", "unknown_unit", "unknown_theme",
                "unknown_kind", "unknown_country", "dangling_source_id", "duplicate_id", "bad_period",
                "bad_event_date", "span_not_on_its_line", "negative_count", "high_below_value", "empty_file",
                "header_only", "not_utf8", "bom_is_benign", "crlf_is_benign", "ten_megabyte_field",
                "missing_table", "folder_does_not_exist"}
    assert required <= names, required - names


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_broken_folder_gets_a_precise_error_or_loads(case, tmp_path, capsys, seeds):
    folder, spec = build(case, tmp_path)
    expect = spec["expect"]
    code = cli.main(["validate", str(folder)])
    out, err = capsys.readouterr()
    assert code == expect["exit"], f"{case.name}: exit {code}\n{out}{err}"
    if code == 0:
        original, copy = airaces.load(), airaces.load(folder)
        for table in ("sources", "claims", "events", "forecasts", "assessments"):
            pd.testing.assert_frame_equal(getattr(original, table), getattr(copy, table))
        return
    assert "Traceback" not in err
    found = airaces.validate(folder)
    for wanted in expect["violations"]:
        row = row_of(wanted["file"], wanted["row_of"]) if "row_of" in wanted else None
        match = [v for v in found if v.rule == wanted["rule"]
                 and v.file == wanted.get("file", v.file)
                 and v.column == wanted.get("column", v.column)
                 and (row is None or v.row == row)]
        assert match, f"{case.name}: expected {wanted} (row {row}); got {[str(v) for v in found]}"
        # What the analyst sees names the file, the row and the column, not only the rule.
        lines = [l for l in err.splitlines() if f"rule '{wanted['rule']}'" in l
                 and (row is None or f"row {row} " in l)
                 and ("column" not in wanted or f"column '{wanted['column']}'" in l)
                 and ("file" not in wanted or wanted["file"] in l)]
        assert lines, f"{case.name}: the report does not name {wanted} (row {row}):\n{err[:2000]}"
    assert len(err) < 20_000, "the error report must stay readable (no 10 MB echo)"


def test_the_command_line_exits_non_zero_on_a_broken_folder(tmp_path):
    import subprocess
    import sys

    folder, _ = build(CORPUS / "04_unknown_unit", tmp_path)
    result = subprocess.run([sys.executable, "-m", "airaces", "validate", str(folder)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "claims.csv, row" in result.stderr and "column 'unit'" in result.stderr and "rule 'enum'" in result.stderr
