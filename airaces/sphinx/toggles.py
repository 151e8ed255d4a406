"""Sphinx extension: myst-nb's "show code cell source" toggles written as valid, honestly labelled HTML.

myst-nb writes a hidden cell's toggle as ``<summary aria-label="Toggle hidden
content">`` holding two ``<p>`` (the "show" and the "hide" wording, one of them
hidden by CSS). HTML allows only phrasing content in ``<summary>``, so the Nu
checker rejects each ``<p>``; and the label is not the visible text, so speech
users who say "Show code cell source" cannot activate it (axe-core:
label-content-name-mismatch, serious). This writes the same toggle with
``<span>`` and no ``aria-label``: its name is then the wording on screen. The
few myst-nb rules that select ``p.collapsed`` etc. are repeated for the spans in
``airaces.css``.
"""

from __future__ import annotations

from html import escape

from myst_nb.sphinx_ import HideCodeCellNode


def visit_hide_cell(self, node) -> None:
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n'
                     f'<span class="collapsed admonition-title">{escape(node["prompt_show"])}</span>\n'
                     f'<span class="expanded admonition-title">{escape(node["prompt_hide"])}</span>\n'
                     "</summary>\n")


def depart_hide_cell(self, node) -> None:
    self.body.append("</details>\n")


def setup(app):
    # Runs after myst_nb (Jupyter Book loads its extensions before the book's own) and replaces its writer.
    app.add_node(HideCodeCellNode, override=True, html=(visit_hide_cell, depart_hide_cell))
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
