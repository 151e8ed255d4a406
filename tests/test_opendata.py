"""The open-data snapshot: its contract, its origin blocks, and the errors bad input gets."""

from __future__ import annotations

import re
import shutil

import pytest

from airaces import opendata, paths
from airaces.errors import LedgerError

ORIGIN_FIELDS = (
    "producer",
    "title",
    "url",
    "version",
    "accessed",
    "licence",
    "citation",
)


def test_the_committed_snapshot_meets_its_contract():
    assert opendata.validate() == []
    data = opendata.load()
    assert len(data.notable_models) > 1000
    assert set(data.nvidia_chip_stocks["owner"]) >= {"China", "Microsoft"}


@pytest.mark.parametrize(
    "resource", opendata.contract()["resources"], ids=lambda r: r["name"]
)
def test_each_dataset_says_where_it_came_from(resource):
    origin = resource["origin"]
    assert [f for f in ORIGIN_FIELDS if not str(origin.get(f, "")).strip()] == []
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", origin["accessed"])
    assert origin["url"].startswith("https://")
    assert re.fullmatch(r"[0-9a-f]{64}", origin["upstream_sha256"])
    # Frictionless readers see the licence and the source too.
    assert resource["licenses"] and resource["sources"]


def test_the_mit_licence_travels_with_the_chip_data():
    notice = (opendata.folder() / "LICENSE-ai-chip-counts").read_text(encoding="utf-8")
    assert "Copyright (c)" in notice and "Epoch AI" in notice


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    return folder


def _edit(path, row, column, value):
    import pandas as pd

    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[row - 1, column] = value
    table.to_csv(path, index=False)


def test_a_bad_cell_is_named_by_file_row_line_column_and_rule(data_copy):
    _edit(data_copy / "open" / "notable_models.csv", 5, "published", "June 2025")
    with pytest.raises(LedgerError) as caught:
        opendata.load(data_copy)
    message = str(caught.value)
    assert (
        "open/notable_models.csv, row 5 (line 6), column 'published': rule 'pattern'"
        in message
    )


def test_a_median_outside_its_interval_is_caught(data_copy):
    _edit(data_copy / "open" / "nvidia_chip_stocks.csv", 3, "h100e_high", "1")
    found = opendata.validate(data_copy)
    assert [(v.file, v.row, v.rule) for v in found] == [
        ("open/nvidia_chip_stocks.csv", 3, "median-within-interval")
    ]
    assert found[0].line == 4


def test_a_missing_table_and_a_missing_folder_are_said_plainly(data_copy):
    (data_copy / "open" / "nvidia_chip_stocks.csv").unlink()
    assert [v.rule for v in opendata.validate(data_copy)] == ["table-present"]
    shutil.rmtree(data_copy / "open")
    with pytest.raises(LedgerError, match="the open-data folder is missing"):
        opendata.load(data_copy)


def test_a_column_renamed_by_hand_is_caught(data_copy):
    path = data_copy / "open" / "notable_models.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("training_cost_usd_2023", "cost", 1), encoding="utf-8")
    rules = {(v.column, v.rule) for v in opendata.validate(data_copy)}
    assert ("training_cost_usd_2023", "missing-column") in rules
    assert ("cost", "unknown-column") in rules


def test_a_rerun_on_a_folder_without_open_data_says_so_before_running(
    data_copy, tmp_path
):
    from airaces.build.cli import main

    shutil.rmtree(data_copy / "open")
    assert main(["validate", str(data_copy)]) == 1
    from airaces.build.rerun import RerunError, rerun

    with pytest.raises(RerunError, match="open/.*the open-data folder is missing"):
        rerun(data_copy, tmp_path / "out", ["12_open_data"], log=lambda line: None)
