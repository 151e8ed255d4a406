"""A chapter's code is something a student can follow: light, short cells, each named (issue 31).

The measure is characters, not lines, so that packing lines cannot meet it: the code of a
chapter, without its comments and indentation, is at most 0.8 of its prose. Every code cell is
at most 25 lines and opens with a one-line comment that says what it makes, and no call glues
more than eight names at once.
"""

from __future__ import annotations

import ast
import io
import tokenize

import jupytext
import pytest

from airaces.build import execute

CHAPTERS = execute.chapters()
CODE_PER_PROSE = 0.8
CELL_LINES = 25
GLUED_PER_CALL = 8


def code_cells(source) -> list[str]:
    return [c.source for c in jupytext.read(source).cells if c.cell_type == "code"]


def without_comments(code: str) -> str:
    """The code's characters a reader must parse: no comments, no indentation, no blank lines."""
    lines = code.splitlines()
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type == tokenize.COMMENT:
            row, column = token.start
            lines[row - 1] = lines[row - 1][:column]
    return "".join(line.strip() for line in lines)


def prose_characters(source) -> int:
    return sum(
        len(c.source) for c in jupytext.read(source).cells if c.cell_type == "markdown"
    )


def test_comments_are_not_counted_as_code():
    code = "# what it makes\nx = 1  # why\n\n    y = '# not a comment'\n"
    assert without_comments(code) == "x = 1y = '# not a comment'"


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_a_chapters_code_is_lighter_than_its_prose(source):
    code = sum(len(without_comments(cell)) for cell in code_cells(source))
    prose = prose_characters(source)
    assert code <= CODE_PER_PROSE * prose, (
        f"{source.stem}: {code} characters of code to {prose} of prose "
        f"({code / prose:.2f}; at most {CODE_PER_PROSE})"
    )


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_every_code_cell_is_short_and_named(source):
    faults = []
    for number, cell in enumerate(code_cells(source), start=1):
        lines = cell.strip().splitlines()
        if len(lines) > CELL_LINES:
            faults.append(
                f"code cell {number} has {len(lines)} lines (at most {CELL_LINES})"
            )
        if not lines[0].startswith("# ") or (
            len(lines) > 1 and lines[1].startswith("#")
        ):
            faults.append(
                f"code cell {number} does not open with a one-line comment: {lines[0]!r}"
            )
    assert not faults, f"{source.stem}:\n" + "\n".join(faults)


def glue_calls(code: str):
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ("say", "glue"):
                yield node


@pytest.mark.parametrize("source", CHAPTERS, ids=lambda p: p.stem)
def test_no_call_glues_more_than_eight_names(source):
    crowded = [
        (call.lineno, len(call.keywords))
        for cell in code_cells(source)
        for call in glue_calls(cell)
        if len(call.keywords) > GLUED_PER_CALL
    ]
    assert not crowded, (
        f"{source.stem}: glue calls with more than {GLUED_PER_CALL} names: {crowded}"
    )
