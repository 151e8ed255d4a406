"""A failed premise is read back from an executed notebook and listed, chapter by chapter."""

from __future__ import annotations

import nbformat
import pytest

from airaces import prose
from airaces.build import cli, premises


def notebook_with(path, *notes):
    """An executed-looking notebook whose outputs glue ``notes`` (name, premise) as a chapter would."""
    outputs = [nbformat.v4.new_output("display_data", data={"text/plain": str(note)},
                                      metadata={"scrapbook": {"name": name}, "airaces": {"ids": list(note.ids),
                                                                                         "premise": note.premise}})
               for name, note in notes]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("say()", outputs=outputs)])
    nbformat.write(nb, path)
    return path


def test_only_failed_premises_are_listed_with_chapter_paragraph_and_rows(tmp_path):
    a = notebook_with(tmp_path / "03_compute.ipynb",
                      ("capacity_premise", prose.premise(False, "the base lies below the target", "sin-002", "ess-013")),
                      ("power_premise", prose.premise(True, "the share rises", "sin-023")))
    b = notebook_with(tmp_path / "07_embodied.ipynb", ("growth_premise", prose.premise(False, "output grows", "ess-057")))
    failures = premises.failed([b, a])
    assert [(f.chapter, f.paragraph) for f in failures] == [("03_compute", "capacity_premise"),
                                                            ("07_embodied", "growth_premise")]
    assert failures[0].ids == ("ess-013", "sin-002")
    lines = premises.summary(failures)
    assert lines[0].startswith("premises: 2 failed")
    assert "03_compute, at {glue:md}`capacity_premise`: assumes that the base lies below the target" in lines[1]
    assert premises.summary([]) == ["premises: every premise holds on this data"]


@pytest.mark.parametrize("strict, status", [(False, 0), (True, 3)])
def test_strict_turns_a_failed_premise_into_an_error(tmp_path, capsys, strict, status):
    nb = notebook_with(tmp_path / "03_compute.ipynb", ("p", prose.premise(False, "x holds", "sin-002")))
    assert cli._report_premises([nb], strict) == status
    assert "premises: 1 failed" in capsys.readouterr().err
    fine = notebook_with(tmp_path / "04_data.ipynb", ("p", prose.premise(True, "x holds", "sin-002")))
    assert cli._report_premises([fine], strict) == 0


def altered_ledger(tmp_path, claim_id: str, value: float):
    """A copy of the book's ledger with one claim's value changed, as an analyst would edit it."""
    import shutil

    import pandas as pd

    from airaces import paths

    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    claims = pd.read_csv(data / "claims.csv", dtype=str, keep_default_na=False)
    assert (claims["claim_id"] == claim_id).sum() == 1
    claims.loc[claims["claim_id"] == claim_id, "value"] = f"{value:g}"
    claims.to_csv(data / "claims.csv", index=False)
    return data


def glued_text(notebook) -> dict[str, str]:
    out = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name:
                out[name] = output["data"].get("application/papermill.record/text/markdown", "")
    return out


# An analyst's edit, the premise it breaks, and words the chapter must then print (or must not).
ALTERED = [
    ("03_compute", "ess-013", 180, "capacity_premise", "still below the implied base", "-20%"),
    ("07_embodied", "ess-057", -12, "output_premise", "12% fewer", "-12% more"),
    ("08_capital", "dig-001", 3000, "amounts_premise", "the projected AI spending of China, state and private",
     "National Venture Capital Guidance Fund's size"),
]


@pytest.mark.parametrize("chapter, claim_id, value, premise, says, never", ALTERED, ids=[a[0] for a in ALTERED])
def test_a_chapter_rerun_on_data_that_breaks_its_argument_says_so(tmp_path, seeds, chapter, claim_id, value,
                                                                   premise, says, never):
    import os
    import subprocess
    import sys

    from airaces import paths

    data = altered_ledger(tmp_path, claim_id, value)
    run = subprocess.run([sys.executable, "-m", "airaces", "rerun", "--data", str(data), "--out", str(tmp_path / "out"),
                          "--chapters", chapter, "--no-html", "--strict"], capture_output=True, text=True,
                         cwd=paths.REPO_ROOT, env={**os.environ, "AIRACES_SEEDS": str(seeds)})
    assert run.returncode == 3, run.stderr[-2000:]
    assert f"{chapter}, at {{glue:md}}`{premise}`: assumes that" in run.stderr, "the summary names the paragraph"
    assert claim_id in run.stderr.split(f"`{premise}`", 1)[1].splitlines()[0], "and the row that broke it"
    glued = glued_text(tmp_path / "out" / "notebooks" / f"{chapter}.ipynb")
    assert glued[premise].startswith(" **Caution:** this paragraph assumes that"), "the page shows the caution"
    prose_text = " ".join(glued.values())
    assert says in prose_text and never not in prose_text
