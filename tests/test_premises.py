"""A failed premise is read back from an executed notebook and listed, chapter by chapter."""

from __future__ import annotations

import nbformat
import pytest

from airaces import prose
from airaces.build import cli, premises


def notebook_with(path, *notes):
    """An executed-looking notebook whose outputs glue ``notes`` (name, premise) as a chapter would."""
    outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"text/plain": str(note)},
            metadata={
                "scrapbook": {"name": name},
                "airaces": {"ids": list(note.ids), "premise": note.premise},
            },
        )
        for name, note in notes
    ]
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("say()", outputs=outputs)]
    )
    nbformat.write(nb, path)
    return path


def test_only_failed_premises_are_listed_with_chapter_paragraph_and_rows(tmp_path):
    a = notebook_with(
        tmp_path / "03_compute.ipynb",
        (
            "capacity_premise",
            prose.premise(
                False, "the base lies below the target", "sin-002", "ess-013"
            ),
        ),
        ("power_premise", prose.premise(True, "the share rises", "sin-023")),
    )
    b = notebook_with(
        tmp_path / "07_embodied.ipynb",
        ("growth_premise", prose.premise(False, "output grows", "ess-057")),
    )
    failures = premises.failed([b, a])
    assert [(f.chapter, f.paragraph) for f in failures] == [
        ("03_compute", "capacity_premise"),
        ("07_embodied", "growth_premise"),
    ]
    assert failures[0].ids == ("ess-013", "sin-002")
    lines = premises.summary(failures)
    assert lines[0].startswith("premises: 2 failed")
    assert (
        "03_compute, at {glue:md}`capacity_premise`: assumes that the base lies below the target"
        in lines[1]
    )
    assert premises.summary([]) == ["premises: every premise holds on this data"]


@pytest.mark.parametrize("strict, status", [(False, 0), (True, 3)])
def test_strict_turns_a_failed_premise_into_an_error(tmp_path, capsys, strict, status):
    nb = notebook_with(
        tmp_path / "03_compute.ipynb", ("p", prose.premise(False, "x holds", "sin-002"))
    )
    assert cli._report_premises([nb], strict) == status
    assert "premises: 1 failed" in capsys.readouterr().err
    fine = notebook_with(
        tmp_path / "04_data.ipynb", ("p", prose.premise(True, "x holds", "sin-002"))
    )
    assert cli._report_premises([fine], strict) == 0
