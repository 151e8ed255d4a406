"""Notebook execution: only stale chapters run, outputs are deterministic, stale outputs cannot ship."""

from __future__ import annotations

import os
import shutil

import nbformat
import pytest

from airaces import paths
from airaces.build import execute

CHAPTERS = execute.chapters()


def test_there_are_chapters():
    assert CHAPTERS, "no notebooks/NN_theme.py found"


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_committed_outputs_match_their_inputs(source):
    if execute.stale(source):
        pytest.fail(execute.stale_message(source), pytrace=False)


def test_a_stale_notebook_is_reported_in_one_line_naming_the_readme_command():
    readme = (paths.REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{execute.FIX_STALE}`" in readme
    missing = execute.stale_message(paths.NOTEBOOKS_DIR / "99_nowhere.py")
    assert (
        "\n" not in missing
        and f"`{execute.FIX_STALE}`" in missing
        and "missing" in missing
    )


def test_digest_follows_data_code_and_source(tmp_path, monkeypatch):
    source = CHAPTERS[0]
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    before = execute.inputs_digest(source, data)
    assert before == execute.inputs_digest(source, data)
    (data / "claims.csv").write_text(
        (data / "claims.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    assert execute.inputs_digest(source, data) != before
    copy = tmp_path / source.name
    copy.write_text(
        source.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8"
    )
    assert execute.inputs_digest(copy, paths.DATA_DIR) != execute.inputs_digest(
        source, paths.DATA_DIR
    )


def test_normalise_strips_volatile_metadata():
    nb = nbformat.from_dict(
        {
            "metadata": {"papermill": {"start_time": "now"}},
            "cells": [
                {
                    "cell_type": "code",
                    "source": "1",
                    "outputs": [],
                    "metadata": {
                        "papermill": {"duration": 1.0},
                        "execution": {"t": 1},
                        "tags": [],
                    },
                }
            ],
        }
    )
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.2"}
    out = execute.normalise(nb)
    assert "papermill" not in out.metadata
    assert out.metadata["language_info"]["version"] == "3.11", (
        "the same on Debian's 3.11.2 and an image's 3.11.7"
    )
    assert out.cells[0].metadata == {}


def test_cell_ids_are_deterministic():
    source = CHAPTERS[0]
    ids = [c["id"] for c in execute.notebook_from_source(source).cells]
    assert ids == [c["id"] for c in execute.notebook_from_source(source).cells]
    assert len(set(ids)) == len(ids)


def test_an_execution_writes_the_committed_bytes(tmp_path):
    """A fresh run writes exactly the notebook an earlier run committed, so two runs agree byte for byte."""
    source = CHAPTERS[0]
    fresh = tmp_path / "fresh.ipynb"
    execute.execute(source, fresh)
    assert fresh.read_bytes() == source.with_suffix(".ipynb").read_bytes(), (
        "committed notebook differs from a fresh run"
    )


def test_a_failing_chapter_leaves_no_output(tmp_path):
    broken = tmp_path / "99_broken.py"
    broken.write_text("# %%\nraise RuntimeError('boom')\n", encoding="utf-8")
    target = tmp_path / "99_broken.ipynb"
    from papermill.exceptions import PapermillExecutionError

    with pytest.raises(PapermillExecutionError, match="boom"):
        execute.execute(broken, target)
    assert list(tmp_path.iterdir()) == [broken]


def test_the_suite_reports_a_stale_notebook_in_one_line_instead_of_a_diff(tmp_path):
    """In a scratch copy with one chapter edited, nbval's cells give way to one failing line."""
    import subprocess
    import sys

    for name in ("airaces", "data", "tests"):
        shutil.copytree(
            paths.REPO_ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    shutil.copy2(paths.REPO_ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "notebooks").mkdir()
    source = CHAPTERS[0]
    for suffix in (".py", ".ipynb"):
        shutil.copy2(
            source.with_suffix(suffix),
            tmp_path / "notebooks" / source.with_suffix(suffix).name,
        )
    edited = tmp_path / "notebooks" / source.name
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n# %% [markdown]\n# An edit.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "-q",
            "--collect-only",
            "tests/test_money.py",
            f"notebooks/{source.stem}.ipynb",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    collected = done.stdout.splitlines()
    assert f"notebooks/{source.stem}.ipynb::stale" in collected, (
        done.stdout + done.stderr
    )
    assert not [line for line in collected if "::Cell" in line], (
        "the stale notebook's cells were still collected"
    )


def test_a_failure_in_a_chapter_names_its_cell_and_the_line_that_failed():
    from papermill.exceptions import PapermillExecutionError

    err = PapermillExecutionError(
        4,
        5,
        "# the two shares\nchinese = claim('zzz-999')\n",
        "KeyError",
        "\"no claim 'zzz-999'\"",
        [],
    )
    assert (
        execute.failure_summary(err)
        == "cell 4 (`chinese = claim('zzz-999')`): KeyError: \"no claim 'zzz-999'\""
    )
    assert (
        execute.failure_summary(RuntimeError("boom\nlast words"))
        == "RuntimeError: last words"
    )
