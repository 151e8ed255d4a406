"""Chapter 12 rerun on a changed snapshot of the open data: the verdicts it should change, change,
and the paragraphs that read them say so."""

from __future__ import annotations

import shutil

import glued  # tests/glued.py: the glued values of an executed notebook
import pandas as pd
import papermill

from airaces import paths

CHAPTER = paths.REPO_ROOT / "notebooks" / "12_open_data.ipynb"


def test_a_dearer_deepseek_in_the_snapshot_turns_its_verdict(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    models = data / "open" / "notable_models.csv"
    table = pd.read_csv(models, dtype=str, keep_default_na=False)
    row = table.index[table["model"] == "DeepSeek-V3"][0]
    table.loc[row, "training_cost_usd_2023"] = str(
        3 * float(table.loc[row, "training_cost_usd_2023"])
    )
    table.to_csv(models, index=False)
    out = tmp_path / "12_open_data.ipynb"
    papermill.execute_notebook(
        str(CHAPTER),
        str(out),
        parameters={"data_dir": str(data)},
        cwd=str(CHAPTER.parent),
        progress_bar=False,
    )
    before, after = glued.glued(CHAPTER), glued.glued(out)
    assert before["cost_holds"]["text"] == "holds"
    assert after["cost_holds"]["text"] == "does not hold"
    assert (before["n_differs"]["text"], after["n_differs"]["text"]) == ("two", "three")
    # The paragraph that names the two differences now carries a caution.
    assert before["differs_premise"]["text"] == ""
    assert "does not hold on this data" in after["differs_premise"]["text"]
    # What the change does not touch stays as it was.
    assert after["rank_reason"]["text"] == before["rank_reason"]["text"]
