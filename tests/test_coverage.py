"""Every claim, event, forecast and assessment reaches the reader: the book measures it."""

from __future__ import annotations

import nbformat
import pytest

import airaces
from airaces.build import coverage
from airaces.prose import GLUE_PREFIX


def test_every_ledger_row_is_shown_somewhere_in_the_book():
    report = coverage.report(airaces.load())
    print("\n" + report[["table", "rows", "shown", "percent"]].to_string(index=False))
    missing = {r.table: r.missing for r in report.itertuples() if r.missing}
    assert not missing, f"rows no chapter shows: {missing}"


def notebook(markdown: str, outputs: list, tags=()) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(markdown),
        nbformat.v4.new_code_cell("x", metadata={"tags": list(tags)}, outputs=outputs),
    ]
    return nb


def glued(name, ids):
    return nbformat.v4.new_output(
        "display_data",
        data={GLUE_PREFIX + "text/plain": "v"},
        metadata={
            "scrapbook": {"name": name, "mime_prefix": GLUE_PREFIX},
            "airaces": {"ids": ids},
        },
    )


def shown(nb, tmp_path):
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    return coverage.shown_ids(path)


def test_a_glued_value_counts_only_when_the_text_uses_it(tmp_path):
    assert shown(
        notebook(
            "See {glue:md}`used`.", [glued("used", ["a"]), glued("unused", ["b"])]
        ),
        tmp_path,
    ) == {"a"}


def test_figures_and_displayed_tables_count(tmp_path):
    table = nbformat.v4.new_output(
        "display_data",
        data={"text/html": "<table/>"},
        metadata={"airaces": {"ids": ["t"]}},
    )
    nb = notebook(
        "```{glue:figure} fig\n:name: f\n```", [glued("fig", ["f1", "f2"]), table]
    )
    assert shown(nb, tmp_path) == {"f1", "f2", "t"}


@pytest.mark.parametrize("tag", ["remove-output", "remove-cell"])
def test_outputs_removed_from_the_page_do_not_count(tmp_path, tag):
    table = nbformat.v4.new_output(
        "display_data",
        data={"text/html": "<table/>"},
        metadata={"airaces": {"ids": ["t"]}},
    )
    assert shown(notebook("", [table], tags=[tag]), tmp_path) == set()
