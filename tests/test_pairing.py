"""Each notebooks/NN_theme.py and its .ipynb hold the same cells, and chapters meet the book's conventions."""

from __future__ import annotations

import jupytext
import nbformat
import pytest

from airaces import execute

CHAPTERS = execute.chapters()


def cells(notebook):
    return [(c.cell_type, c.source.strip()) for c in notebook.cells]


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_py_and_ipynb_have_identical_inputs(source):
    paired = nbformat.read(source.with_suffix(".ipynb"), as_version=4)
    assert cells(jupytext.read(source)) == cells(paired)
    assert paired.metadata["jupytext"]["formats"] == "ipynb,py:percent"


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_conventions(source):
    nb = jupytext.read(source)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all("hide-input" in c.metadata.get("tags", []) for c in code), "every code cell is folded (hide-input)"
    parameters = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and "data_dir" in parameters[0].source
    prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    words = [w for w in prose.replace("#", " ").split() if any(ch.isalpha() for ch in w)]
    assert len(words) >= 600, f"{source.stem} has {len(words)} words of prose"
    figures = prose.count("{glue:figure}")
    assert figures >= 2
