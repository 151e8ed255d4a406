"""Sphinx extension: a chapter's code folded once per section, under a toggle that says so, as valid HTML.

Three things, on every page built from a notebook:

* **Setup vanishes from the page.** The cell tagged ``parameters`` (and any cell papermill injects
  with a rerun's parameters, tagged ``injected-parameters``) and the first code cell after them, the
  imports and the opening of the ledger, are dropped from the page: a reader has nothing to learn
  from them. They stay in the notebook, which still runs them. If that cell ever prints something,
  the output stays and only its code goes.
* **At most one toggle per section.** myst-nb folds each ``hide-input`` cell's code under its own
  "Show code cell source" bar, so a section with four code cells shows four bars between its
  paragraphs and figures. Here every folded code cell of a section (the text under an ``h2``, with
  any subsections, or the opening under the ``h1``) moves into one toggle at the end of the
  section's own text, in the order the cells run; each cell's outputs stay where they were. A cell
  left with nothing to show is dropped.
* **The toggle is valid and honestly labelled.** myst-nb writes a toggle as ``<summary
  aria-label="Toggle hidden content">`` holding two ``<p>`` (the "show" and the "hide" wording, one
  hidden by CSS). HTML allows only phrasing content in ``<summary>``, so the Nu checker rejects each
  ``<p>``; and the label is not the visible text, so speech users who say the words on screen cannot
  activate it (axe-core: label-content-name-mismatch, serious). This writes it with ``<span>`` and
  no ``aria-label``: its name is then the wording on screen. The few myst-nb rules that select
  ``p.collapsed`` etc. are repeated for the spans in ``airaces.css``.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.transforms.post_transforms import SphinxPostTransform

SHOW, HIDE = "Show the code for this section", "Hide the code for this section"
PARAMETERS = ("tag_parameters", "tag_injected-parameters")


def visit_hide_cell(self, node) -> None:
    classes = " ".join(node["classes"])
    self.body.append(
        f'<details class="admonition hide {classes}">\n<summary>\n'
        f'<span class="collapsed admonition-title">{escape(node["prompt_show"])}</span>\n'
        f'<span class="expanded admonition-title">{escape(node["prompt_hide"])}</span>\n'
        "</summary>\n"
    )


def depart_hide_cell(self, node) -> None:
    self.body.append("</details>\n")


def code_cells(document) -> list:
    return [
        n
        for n in document.findall(nodes.container)
        if n.get("nb_element") == "cell_code"
    ]


def is_source(node) -> bool:
    return (
        isinstance(node, nodes.Element) and node.get("nb_element") == "cell_code_source"
    )


def drop_code(cell) -> None:
    """Drop a cell's code (folded or not); drop the cell if nothing else is left in it."""
    for child in list(cell.children):
        if is_source(child) or (
            isinstance(child, HideCodeCellNode)
            and any(is_source(c) for c in child.children)
        ):
            cell.remove(child)
    if not cell.children:
        cell.parent.remove(cell)


def setup_cells(cells: list) -> list:
    """The parameters cell(s) and the first code cell after them: the chapter's setup."""
    first = next(
        (i for i, c in enumerate(cells) if any(t in c["classes"] for t in PARAMETERS)),
        None,
    )
    if first is None:
        return []
    end = first
    while end < len(cells) and any(t in cells[end]["classes"] for t in PARAMETERS):
        end += 1
    return cells[first : end + 1]


def section_of(node, top):
    """The section a node's code is folded under: its ``h2`` section, or the page's top section."""
    chain = []
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section):
            chain.append(parent)
        parent = parent.parent
    chain.reverse()  # outermost first
    if not chain:
        return top
    return chain[1] if len(chain) > 1 else chain[0]


class FoldCodeBySection(SphinxPostTransform):
    """Drop the setup cells, then fold each section's code cells under one toggle."""

    default_priority = (
        200  # after myst-nb's HideInputCells (199), which wraps each cell's code
    )
    formats = ("html",)

    def run(self, **kwargs) -> None:
        cells = code_cells(self.document)
        if not cells:
            return
        for cell in setup_cells(cells):
            drop_code(cell)
        folded: dict = {}  # section -> its folded code, in document order
        for toggle in list(self.document.findall(HideCodeCellNode)):
            sources = [c for c in toggle.children if is_source(c)]
            if not sources or "above-input" not in toggle["classes"]:
                continue  # myst-nb folds outputs too (hide-output); those keep their own toggle
            section = section_of(toggle, self.document)
            folded.setdefault(id(section), (section, []))[1].extend(sources)
            cell = toggle.parent
            cell.remove(toggle)
            if not cell.children:
                cell.parent.remove(cell)
        for section, sources in folded.values():
            toggle = HideCodeCellNode(prompt_show=SHOW, prompt_hide=HIDE)
            toggle["classes"].append("airaces-section-code")
            toggle.extend(sources)
            holder = nodes.container(classes=["cell", "airaces-section-code"])
            holder.append(toggle)
            # At the end of the section's own text: before its first subsection, if it has any.
            subsection = next(
                (
                    i
                    for i, c in enumerate(section.children)
                    if isinstance(c, nodes.section)
                ),
                None,
            )
            if subsection is None:
                section.append(holder)
            else:
                section.insert(subsection, holder)


def setup(app):
    # Runs after myst_nb (Jupyter Book loads its extensions before the book's own) and replaces its writer.
    app.add_node(
        HideCodeCellNode, override=True, html=(visit_hide_cell, depart_hide_cell)
    )
    app.add_post_transform(FoldCodeBySection)
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}
