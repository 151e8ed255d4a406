"""``python -m airaces refresh-open-data``: a new download becomes the snapshot, or nothing changes."""

from __future__ import annotations

import hashlib
import shutil

import pandas as pd
import pytest

from airaces import opendata, paths
from airaces.build.cli import main
from airaces.build.snapshot import Download, SnapshotError, refresh, trim_models
from tests.conftest import require

EXTERNAL = paths.REPO_ROOT.parent / "shared" / "external"


def _resource(name):
    return next(r for r in opendata.contract()["resources"] if r["name"] == name)


def _upstream(name, rows):
    """A download in Epoch's own column names, from rows in the snapshot's names."""
    columns_from = _resource(name)["origin"]["columns_from"]
    return pd.DataFrame(rows).rename(columns=columns_from)


MODEL_ROWS = [
    {
        "model": "Model A",
        "organization": "Lab A",
        "organization_kind": "Industry",
        "country": "China",
        "published": "2025-01-20",
        "domain": "Language",
        "parameters": "6.7e11",
        "training_compute_flop": "4e24",
        "training_datapoints": "1.48e13",
        "training_cost_usd_2023": "$6770000.00",
        "accessibility": "Open weights (unrestricted)",
    },
    {
        "model": "Model B",
        "organization": "Lab B",
        "organization_kind": "Industry",
        "country": "United States of America",
        "published": "2023-03-15",
        "domain": "Language",
        "parameters": "",
        "training_compute_flop": "2.1e25",
        "training_datapoints": "",
        "training_cost_usd_2023": "",
        "accessibility": "API access",
    },
]
STOCK_ROWS = [
    {
        "owner": "China",
        "quarter": "6/30/2024",
        "h100e": "232471",
        "h100e_low": "189732",
        "h100e_high": "283105",
        "units": "676259",
        "incomplete": "",
    },
    {
        "owner": "China",
        "quarter": "3/31/2026",
        "h100e": "401698",
        "h100e_low": "324871",
        "h100e_high": "496849",
        "units": "1805354",
        "incomplete": "checked",
    },
]


@pytest.fixture
def downloads(tmp_path):
    models = tmp_path / "models.csv"
    chips = tmp_path / "chips.csv"
    _upstream("notable_models", MODEL_ROWS).assign(Extra="ignored").to_csv(
        models, index=False
    )
    _upstream("nvidia_chip_stocks", STOCK_ROWS).to_csv(chips, index=False)
    return models, chips


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    return folder


def test_a_download_becomes_a_snapshot_with_its_origin_recorded(downloads, data_copy):
    models, chips = downloads
    refresh(
        Download(models, "commit abc (2027-01-01)", "2027-01-02"),
        Download(chips, "commit def", "2027-01-02"),
        data_copy,
    )
    data = opendata.load(data_copy)
    assert list(data.notable_models["model"]) == ["Model A", "Model B"]
    assert data.notable_models["training_cost_usd_2023"].tolist()[0] == 6_770_000
    assert data.nvidia_chip_stocks["quarter"].tolist() == ["2024-Q2", "2026-Q1"]
    assert data.nvidia_chip_stocks["incomplete"].tolist() == [False, True]
    origin = data.origin["notable_models"]
    assert (origin["version"], origin["accessed"]) == (
        "commit abc (2027-01-01)",
        "2027-01-02",
    )
    assert origin["upstream_sha256"] == hashlib.sha256(models.read_bytes()).hexdigest()
    assert (data_copy / "open" / "LICENSE-ai-chip-counts").exists()


def _snapshot_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted((folder / "open").iterdir())}


def test_a_bad_download_names_its_row_and_leaves_the_old_snapshot(downloads, data_copy):
    models, chips = downloads
    before = _snapshot_bytes(data_copy)
    broken = pd.read_csv(models, dtype=str, keep_default_na=False)
    broken.loc[1, "Publication date"] = "March 2023"
    broken.to_csv(models, index=False)
    with pytest.raises(SnapshotError) as caught:
        refresh(
            Download(models, "v", "2027-01-02"),
            Download(chips, "v", "2027-01-02"),
            data_copy,
        )
    assert (
        "notable_models.csv, row 2 (line 3), column 'published': rule 'pattern'"
        in str(caught.value)
    )
    assert _snapshot_bytes(data_copy) == before
    assert [p.name for p in data_copy.iterdir() if p.name.startswith(".")] == []


def test_a_renamed_upstream_column_is_named(downloads, data_copy):
    models, chips = downloads
    table = pd.read_csv(models, dtype=str).rename(
        columns={"Model accessibility": "Access"}
    )
    table.to_csv(models, index=False)
    assert (
        main(
            [
                "refresh-open-data",
                f"--models={models}",
                f"--chips={chips}",
                "--version-models=v",
                "--version-chips=v",
                "--accessed=2027-01-02",
                f"--data={data_copy}",
            ]
        )
        == 1
    )
    with pytest.raises(SnapshotError, match="no column 'Model accessibility'"):
        refresh(
            Download(models, "v", "2027-01-02"),
            Download(chips, "v", "2027-01-02"),
            data_copy,
        )


def test_a_cost_that_is_not_dollars_is_named(downloads, data_copy):
    models, chips = downloads
    table = pd.read_csv(models, dtype=str, keep_default_na=False)
    table.loc[0, "Training compute cost (2023 USD)"] = "about six million"
    table.to_csv(models, index=False)
    with pytest.raises(SnapshotError, match=r"row 1 \(line 2\).*rule 'dollar-amount'"):
        refresh(
            Download(models, "v", "2027-01-02"),
            Download(chips, "v", "2027-01-02"),
            data_copy,
        )


def test_the_committed_snapshot_is_the_recorded_download_trimmed():
    """Nothing lost: every upstream row is in the snapshot, and its numbers are the download's."""
    download = EXTERNAL / "epoch-notable-models" / "all_ml_systems_full_view.csv"
    require(download.exists(), f"the Epoch AI download is not at {download}")
    resource = _resource("notable_models")
    assert (
        hashlib.sha256(download.read_bytes()).hexdigest()
        == resource["origin"]["upstream_sha256"]
    )
    trimmed = trim_models(download, resource)
    committed = opendata.load().notable_models
    assert len(trimmed) == len(committed)
    assert trimmed["model"].tolist() == committed["model"].tolist()
    assert (
        trimmed["training_cost_usd_2023"].fillna(-1).tolist()
        == committed["training_cost_usd_2023"].fillna(-1).tolist()
    )
