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
from airaces import paths
from airaces.build import cli

CORPUS = Path(__file__).parent / "bad_input"
CASES = sorted(p for p in CORPUS.iterdir() if (p / "case.json").is_file())
ID_COLUMNS = {
    "claims.csv": "claim_id",
    "events.csv": "event_id",
    "forecasts.csv": "forecast_id",
    "assessments.csv": "assessment_id",
    "sources.csv": "source_id",
}


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return rows[0], rows[1:]


def write_table(path: Path, header: list[str], rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    path.write_text(out.getvalue(), encoding="utf-8")


def start_line(path: Path, row_id: str) -> int:
    """The 1-based line of ``path`` that begins with ``row_id`` and a comma, found without a CSV parser;
    a case that renames the row is looked up in the committed table, whose lines it keeps."""
    for table in (path, paths.DATA_DIR / path.name):
        lines = table.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").split("\n")
        found = [
            i for i, text in enumerate(lines, start=1) if text.startswith(f"{row_id},")
        ]
        if found:
            return found[0]
    raise AssertionError(f"test setup: no row {row_id} in {path.name}")


def row_of(file: str, row_id: str) -> int:
    header, rows = read_table(paths.DATA_DIR / file)
    column = header.index(ID_COLUMNS[file])
    return next(i for i, r in enumerate(rows, start=1) if r[column] == row_id)


def edit_cell(folder: Path, step: dict, change) -> None:
    path = folder / step["file"]
    header, rows = read_table(path)
    key, column = (
        header.index(ID_COLUMNS[step["file"]]),
        header.index(step["column"]) if "column" in step else None,
    )
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
        write_table(
            path, header[:i] + header[i + 1 :], [r[:i] + r[i + 1 :] for r in rows]
        )
    elif op == "add_column":
        header, rows = read_table(path)
        write_table(
            path, header + [step["column"]], [r + [step["value"]] for r in rows]
        )
    elif op == "write":
        path.write_text(step["text"], encoding="utf-8")
    elif op == "header_only":
        path.write_text(
            path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8"
        )
    elif op == "replace_bytes":
        data = path.read_bytes()
        assert step["old"].encode() in data, (
            f"case setup: {step['old']!r} not in {path.name}"
        )
        path.write_bytes(
            data.replace(step["old"].encode(), bytes.fromhex(step["new_hex"]), 1)
        )
    elif op == "prepend_bom":
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    elif op == "crlf":
        for table in folder.glob("*.csv"):
            table.write_bytes(
                table.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            )
    elif op == "delete":
        path.unlink()
    elif (
        op == "symlink_out"
    ):  # a file outside the folder, holding text that must never be printed
        outside = folder.parent / "outside.txt"
        outside.write_text(step["text"], encoding="utf-8")
        path.unlink()
        path.symlink_to(outside)
    elif op == "symlink_to":
        path.unlink()
        path.symlink_to(step["target"])
    elif op == "insert_blank_line":
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(
            i
            for i, text in enumerate(lines)
            if text.startswith(step["before_id"] + ",")
        )
        path.write_text("\n".join(lines[:at] + [""] + lines[at:]), encoding="utf-8")
    elif op == "encode":
        path.write_bytes(path.read_text(encoding="utf-8").encode(step["encoding"]))
    elif op == "cr_only":
        path.write_bytes(
            path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r")
        )
    elif op == "make_dir":
        path.unlink()
        path.mkdir()
    elif op == "zip_folder":
        archive = shutil.make_archive(str(folder.parent / "data-zip"), "zip", folder)
        shutil.rmtree(folder)
        Path(archive).rename(folder)
    elif op == "trailing_blank_lines":
        for table in folder.glob("*.csv"):
            table.write_bytes(table.read_bytes() + b"\n\n\n")
    elif op == "many_columns":
        header, rows = read_table(path)
        extra = [f"stray_{i}" for i in range(step["count"])]
        write_table(path, header + extra, [r + [""] * len(extra) for r in rows])
    elif op == "swap_cells":
        first, second = step["ids"]
        header, rows = read_table(path)
        key, column = (
            header.index(ID_COLUMNS[step["file"]]),
            header.index(step["column"]),
        )
        a = next(r for r in rows if r[key] == first)
        b = next(r for r in rows if r[key] == second)
        a[column], b[column] = b[column], a[column]
        write_table(path, header, rows)
    elif (
        op == "loosen_contract"
    ):  # the folder's own contract, with the unit's enum removed
        contract = json.loads(paths.DESCRIPTOR.read_text(encoding="utf-8"))
        claims = next(r for r in contract["resources"] if r["name"] == "claims")
        unit = next(f for f in claims["schema"]["fields"] if f["name"] == "unit")
        del unit["constraints"]["enum"]
        (folder / "datapackage.json").write_text(
            json.dumps(contract, indent=2), encoding="utf-8"
        )
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
    required = {
        "missing_column",
        "unknown_extra_column",
        "value_of_wrong_type",
        "unknown_unit",
        "unknown_theme",
        "unknown_kind",
        "unknown_country",
        "dangling_source_id",
        "duplicate_id",
        "bad_period",
        "bad_event_date",
        "span_not_on_its_line",
        "negative_count",
        "high_below_value",
        "empty_file",
        "header_only",
        "not_utf8",
        "bom_is_benign",
        "crlf_is_benign",
        "ten_megabyte_field",
        "missing_table",
        "folder_does_not_exist",
    }
    assert required <= names, required - names


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_broken_folder_gets_a_precise_error_or_loads(case, tmp_path, capsys, seeds):
    folder, spec = build(case, tmp_path)
    expect = spec["expect"]
    code = cli.main(["validate", str(folder)])
    out, err = capsys.readouterr()
    assert code == expect["exit"], f"{case.name}: exit {code}\n{out}{err}"
    for text in expect.get(
        "output_excludes", []
    ):  # nothing read from outside the folder is echoed
        assert text not in out + err, f"{case.name} printed {text!r}"
    for text in expect.get("stdout_contains", []):
        assert text in out, f"{case.name}: {text!r} not in\n{out}"
    for text in expect.get("stderr_contains", []):
        assert text in err, f"{case.name}: {text!r} not in\n{err}"
    assert len(err) < expect.get("report_under", 20_000), (
        f"{case.name}: a {len(err):,}-character report"
    )
    if code == 0 and "kept" in expect:  # accepted, and loaded exactly as written
        kept = expect["kept"]
        step = next(
            s
            for s in spec["steps"]
            if s.get("id") == kept["id"] and s.get("column") == kept["column"]
        )
        table = getattr(airaces.load(folder), kept["file"].removesuffix(".csv"))
        assert (
            table.set_index(ID_COLUMNS[kept["file"]]).loc[kept["id"], kept["column"]]
            == step["value"]
        )
        return
    if code == 0:
        original, copy = airaces.load(), airaces.load(folder)
        for table in ("sources", "claims", "events", "forecasts", "assessments"):
            pd.testing.assert_frame_equal(
                getattr(original, table), getattr(copy, table)
            )
        return
    assert "Traceback" not in err
    found = airaces.validate(folder)
    codebook = (paths.DATA_DIR / "README.md").read_text(encoding="utf-8")
    undocumented = {v.rule for v in found if f"`{v.rule}`" not in codebook}
    assert not undocumented, f"rules missing from data/README.md: {undocumented}"
    for rule in expect.get("rules_absent", []):
        assert rule not in {v.rule for v in found}, (
            f"{case.name}: rule {rule!r} should give way to the root cause"
        )
    for wanted in expect["violations"]:
        row = row_of(wanted["file"], wanted["row_of"]) if "row_of" in wanted else None
        match = [
            v
            for v in found
            if v.rule == wanted["rule"]
            and v.file == wanted.get("file", v.file)
            and v.column == wanted.get("column", v.column)
            and (row is None or v.row == row)
        ]
        assert match, (
            f"{case.name}: expected {wanted} (row {row}); got {[str(v) for v in found]}"
        )
        # The line is the physical line of the file on which the row starts, whatever cells span lines.
        line = wanted.get("line") or (
            start_line(folder / wanted["file"], wanted["row_of"]) if row else None
        )
        if line:
            assert any(v.line == line for v in match), (
                f"{case.name}: expected line {line}; got {[str(v) for v in match]}"
            )
        # What the analyst sees names the file, the row and the column, not only the rule.
        lines = [
            text
            for text in err.splitlines()
            if f"rule '{wanted['rule']}'" in text
            and (row is None or f"row {row} " in text)
            and ("column" not in wanted or f"column '{wanted['column']}'" in text)
            and ("file" not in wanted or wanted["file"] in text)
        ]
        assert lines, (
            f"{case.name}: the report does not name {wanted} (row {row}):\n{err[:2000]}"
        )


def test_the_command_line_exits_non_zero_on_a_broken_folder(tmp_path):
    import subprocess
    import sys

    folder, _ = build(CORPUS / "04_unknown_unit", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "airaces", "validate", str(folder)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert (
        "claims.csv, row" in result.stderr
        and "column 'unit'" in result.stderr
        and "rule 'enum'" in result.stderr
    )
