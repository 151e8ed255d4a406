"""The contract: the committed ledger loads, and each kind of broken folder is refused precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import airaces
from airaces import ledger, paths


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, target)
    return target


def rewrite(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def rules(violations) -> set[tuple[str, str | None, str]]:
    return {(v.file, v.column, v.rule) for v in violations}


def test_committed_ledger_is_valid():
    assert airaces.validate() == []


def test_load_returns_typed_frames():
    ledger = airaces.load()
    assert str(ledger.claims["line"].dtype) == "Int64"
    assert ledger.claims["value"].dtype == "float64"
    assert str(ledger.claims["unit"].dtype) == "string"
    assert str(ledger.forecasts["target_year"].dtype) == "Int64"
    assert set(ledger.claims["source_id"]) <= set(ledger.sources["source_id"])


def test_every_source_is_described():
    sources = airaces.load().sources
    assert len(sources) == 5
    assert sources["date_basis"].notna().all()
    assert sources["file"].str.match(r"^00[0-4]_").all()


def test_unknown_unit_names_file_row_column_and_rule(data_copy):
    rewrite(data_copy / "claims.csv", ",EFLOPS,", ",EXAFLOPS,")
    [v] = [v for v in airaces.validate(data_copy) if v.rule == "enum"]
    assert (v.file, v.column) == ("claims.csv", "unit")
    assert v.row >= 1 and "EXAFLOPS" in v.message
    assert f"row {v.row} (line {v.row + 1})" in str(v)


def test_all_violations_are_reported_at_once(data_copy):
    rewrite(data_copy / "claims.csv", ",compute,", ",computing,")  # bad theme
    rewrite(data_copy / "events.csv", ",2021,", ",2021-13,")  # bad date
    rewrite(
        data_copy / "forecasts.csv", "sin-fc01,sinolytics", "sin-fc01,nobody"
    )  # dangling source
    with pytest.raises(airaces.LedgerError) as err:
        airaces.load(data_copy)
    found = rules(err.value.violations)
    assert ("claims.csv", "theme", "enum") in found
    assert ("events.csv", "date", "pattern") in found
    assert ("forecasts.csv", "source_id", "foreign-key") in found
    assert "3 problem(s)" in str(err.value) or len(err.value.violations) >= 3


def test_duplicate_id_is_refused(data_copy):
    rewrite(data_copy / "claims.csv", "\ness-002,", "\ness-001,")
    assert ("claims.csv", "claim_id", "unique") in rules(airaces.validate(data_copy))


def test_range_rules(data_copy):
    rewrite(data_copy / "claims.csv", ",80,90,range,", ",90,80,range,")
    rewrite(data_copy / "claims.csv", ",246,,exact,", ",246,250,exact,")
    found = rules(airaces.validate(data_copy))
    assert ("claims.csv", "value_high", "range-order") in found
    assert ("claims.csv", "value_high", "range-has-high") in found


def test_negative_count_and_missing_value(data_copy):
    rewrite(data_copy / "claims.csv", ",9200,,exact,count,", ",-9200,,exact,count,")
    rewrite(data_copy / "claims.csv", ",246,,exact,", ",,,exact,")
    found = rules(airaces.validate(data_copy))
    assert ("claims.csv", "value", "non-negative") in found
    assert ("claims.csv", "value", "value-required") in found


def test_a_pair_id_without_a_partner_is_refused(data_copy):
    rewrite(data_copy / "claims.csv", ",edwc-spend,Dollar", ",edwc-spnd,Dollar")
    violations = airaces.validate(data_copy)
    partnerless = [v for v in violations if v.rule == "pair-has-partner"]
    assert {v.message.split("'")[1] for v in partnerless} == {"edwc-spend", "edwc-spnd"}
    assert all(v.file == "claims.csv" and v.column == "pair_id" for v in partnerless)


def test_missing_table_and_missing_folder(data_copy, tmp_path):
    (data_copy / "events.csv").unlink()
    assert ("events.csv", None, "table-present") in rules(airaces.validate(data_copy))
    assert [v.rule for v in airaces.validate(tmp_path / "nowhere")] == ["folder-exists"]


def test_bytes_that_are_not_utf8(data_copy):
    raw = (data_copy / "claims.csv").read_bytes().replace(b"EFLOPS", b"EFL\xffPS", 1)
    (data_copy / "claims.csv").write_bytes(raw)
    [v] = airaces.validate(data_copy)
    assert (v.file, v.rule) == ("claims.csv", "utf-8") and v.row >= 1


def test_empty_file(data_copy):
    (data_copy / "forecasts.csv").write_text("", encoding="utf-8")
    assert ("forecasts.csv", None, "not-empty") in rules(airaces.validate(data_copy))


def test_bom_and_crlf_load_like_the_original(data_copy):
    path = data_copy / "claims.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert airaces.validate(data_copy) == []
    pd.testing.assert_frame_equal(airaces.load(data_copy).claims, airaces.load().claims)


def test_codebook_documents_every_column_unit_and_theme():
    codebook = (paths.DATA_DIR / "README.md").read_text(encoding="utf-8")
    contract = ledger.contract()
    missing = []
    for resource in contract["resources"]:
        section = codebook.split(f"## `{resource['path']}`", 1)
        if len(section) == 1:
            missing.append(resource["path"])
            continue
        table = section[1].split("\n## ", 1)[0]
        missing += [
            f"{resource['path']}:{f['name']}"
            for f in resource["schema"]["fields"]
            if f"| `{f['name']}` |" not in table
        ]
    fields = {
        f["name"]: f
        for f in next(r for r in contract["resources"] if r["name"] == "claims")[
            "schema"
        ]["fields"]
    }
    for column in ("unit", "theme"):
        missing += [
            f"{column}:{v}"
            for v in fields[column]["constraints"]["enum"]
            if f"| `{v}` |" not in codebook
        ]
    assert not missing, f"data/README.md does not document: {missing}"


def test_row_id_columns_come_from_the_contracts_primary_keys():
    ids = ledger.row_id_columns()
    assert ids == {
        "claims": "claim_id",
        "events": "event_id",
        "forecasts": "forecast_id",
        "assessments": "assessment_id",
    }


def test_a_150000_row_claims_table_validates_cleanly(tmp_path, seeds):
    """The scale an analyst may bring: the committed claims repeated under new ids, spans and all.

    How long it takes is measured by ``make bench``, not asserted here.
    """
    from airaces.build.scale import repeat_claims

    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    repeat_claims(data, 150_000)
    assert len(pd.read_csv(data / "claims.csv", dtype=str)) == 150_000
    assert airaces.validate(data, seeds) == []


@pytest.mark.parametrize(
    "kind", ["pipe", "symlink loop", "name too long", "NUL in the name"]
)
def test_a_data_folder_that_cannot_be_opened_is_named_not_crashed_on(tmp_path, kind):
    import os

    if kind == "pipe":  # opening a pipe to look inside it would wait forever
        folder = tmp_path / "fifo"
        os.mkfifo(folder)
    elif kind == "symlink loop":
        folder = tmp_path / "loop"
        folder.symlink_to(folder)
    elif kind == "name too long":
        folder = tmp_path / ("a" * 300)
    else:
        folder = Path(str(tmp_path) + "/data\x00x")
    [v] = airaces.validate(folder)
    assert v.rule == "folder-exists"
    with pytest.raises(airaces.LedgerError):
        airaces.load(folder)


def test_one_lookup_finds_any_row_by_its_id_with_its_citation():
    ledger = airaces.load()
    for table, column in (
        ("claims", "claim_id"),
        ("events", "event_id"),
        ("forecasts", "forecast_id"),
        ("assessments", "assessment_id"),
    ):
        row_id = getattr(ledger, table)[column].iloc[0]
        row = ledger.row(row_id)
        assert row[column] == row_id and ", line " in row["citation"]
    with pytest.raises(KeyError, match="no row 'sin-999'"):
        ledger.row("sin-999")
    with pytest.raises(KeyError, match="claims.csv"):
        ledger.claim(ledger.events["event_id"].iloc[0])


def test_a_tables_columns_are_the_contracts_in_order_as_the_csv_writes_them():
    from airaces import ledger, paths

    for table in ("claims", "events", "forecasts", "assessments", "sources"):
        header = (
            (paths.DATA_DIR / f"{table}.csv")
            .read_text(encoding="utf-8")
            .splitlines()[0]
        )
        assert ledger.columns(table) == header.split(",")
