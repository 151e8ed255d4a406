"""Sphinx extension: mend markup that Sphinx and docutils emit and axe-core rejects.

docutils marks a list of citations ``role="list"`` but gives its entries the
role ``doc-biblioentry``, which is not a list item, so assistive technology is
told to expect items that never come (axe-core: aria-required-children,
critical). Dropping the list role leaves plain, correctly announced blocks.
"""

from __future__ import annotations

_REPAIRS = (('<div role="list" class="citation-list">', '<div class="citation-list">'),)


def _repair(app, pagename, templatename, context, doctree) -> None:
    body = context.get("body")
    if body:
        for old, new in _REPAIRS:
            body = body.replace(old, new)
        context["body"] = body


def setup(app):
    app.connect("html-page-context", _repair)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
