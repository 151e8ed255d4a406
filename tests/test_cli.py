"""``python -m airaces validate`` exits 0 on good data and 1, naming each problem, on bad data."""

from __future__ import annotations

import shutil

from airaces import paths
from airaces.build import cli


def test_validate_accepts_the_committed_ledger(capsys):
    assert cli.main(["validate", str(paths.DATA_DIR)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_fails_and_names_the_missing_table(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    (data / "events.csv").unlink()
    assert cli.main(["validate", str(data)]) == 1
    err = capsys.readouterr().err
    assert "events.csv: rule 'table-present'" in err


def test_validate_names_a_missing_folder(tmp_path, capsys):
    assert cli.main(["validate", str(tmp_path / "nowhere")]) == 1
    assert "folder-exists" in capsys.readouterr().err
