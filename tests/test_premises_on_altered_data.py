"""A sentence that states what the data shows carries a caution when a rerun's data says otherwise.

Found by rerunning chapter 06 on a ledger where Brookings ranks Chinese models second on
downloads: "they say that Chinese models are ahead" stood uncautioned.
"""

from __future__ import annotations

import shutil

import glued  # tests/glued.py: the glued values of an executed notebook
import papermill

from airaces import paths

CHAPTER = paths.REPO_ROOT / "notebooks" / "06_adoption.ipynb"


def test_a_second_place_in_downloads_cautions_the_sentence_that_says_ahead(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    claims = data / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if line.startswith("brk-011,"))
    fields = lines[row].split(",")
    assert fields[4] == "1", "the committed rank is first"
    fields[4] = "2"
    lines[row] = ",".join(fields)
    claims.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "06_adoption.ipynb"
    papermill.execute_notebook(
        str(CHAPTER),
        str(out),
        parameters={"data_dir": str(data)},
        cwd=str(CHAPTER.parent),
        progress_bar=False,
    )
    assert "does not hold" in glued.glued(out)["reach_premise"]["text"]
    assert glued.glued(CHAPTER)["reach_premise"]["text"] == ""
