"""Sphinx extension: in a rerun of some chapters, a link to a chapter not rerun reads as text.

Chapters refer to one another (``{ref}`exchange-rates```, ``{numref}`` to another
chapter's figure). A rerun of a few chapters builds a partial book in which the
other chapters are absent, so those references have nothing to point at. The
rerun sets ``AIRACES_PARTIAL_BOOK``; then such a reference is written as its
text with a note, instead of failing the strict build. In the full book every
reference must resolve, and a missing one still fails the build.
"""

from __future__ import annotations

import os

from docutils import nodes

PARTIAL = "AIRACES_PARTIAL_BOOK"


def _as_text(app, env, node, contnode):
    if not os.environ.get(PARTIAL) or node.get("refdomain") not in ("std", None, ""):
        return None
    target = node.get("reftarget", "")
    return nodes.emphasis(text=f"{contnode.astext() or target} (not in this rerun)")


def setup(app):
    app.connect("missing-reference", _as_text)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
