"""Sphinx extension: a page links only the stylesheets and scripts that something on it uses.

Jupyter Book turns on sphinx-design, sphinx-togglebutton, sphinx-thebe,
sphinx-copybutton and myst-nb for every book, and each links its files from
every page, used or not: about 140 kB a page. Here each such file stays on a
page only when the page's body has what it serves (a sphinx-design grid, a
toggle, a code block to copy, a notebook cell's output), so a page that gains
one gets the file again without a change here.

The same job for the search: the theme's page template (``templates/layout.html``,
put first on the template path here) no longer loads the search index on every
page; the search page still does, through Sphinx's own template.
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


def _has_class(*names: str):
    """A test that the page's body has an element with one of these classes, or a class starting ``prefix-``."""
    pattern = re.compile(r'class="(?:[^"]*\s)?(?:%s)[\s"]' % "|".join(names))
    return lambda body: pattern.search(body) is not None


# File name (as linked, before any ?v=) -> what in a page's body needs it.
USED_BY = {
    "sphinx-design.min.css": _has_class(r"sd-[\w-]+"),
    "design-tabs.js": _has_class(r"sd-tab-set"),
    "togglebutton.css": _has_class("toggle", "dropdown"),
    "togglebutton.js": _has_class("toggle", "dropdown"),
    "sphinx-thebe.css": _has_class(r"thebe[\w-]*"),
    "clipboard.min.js": _has_class("highlight"),
    "copybutton.js": _has_class("highlight"),
    "copybutton.css": _has_class("highlight"),
    # myst-nb styles notebook cells and their outputs, and nothing else.
    "mystnb.": _has_class(
        "cell", "output", "pasted-text", "pasted-inline", r"cell_[\w-]+"
    ),
}
# Inline scripts that only configure sphinx-togglebutton.
TOGGLE_SETTINGS = re.compile(
    r"\b(toggleHint\w+|toggleOpenOnPrint|togglebuttonSelector)\b"
)


def _needs(asset, body: str) -> bool:
    filename = getattr(asset, "filename", None) or ""
    name = filename.rsplit("/", 1)[-1]
    for prefix, used in USED_BY.items():
        if name.startswith(prefix):
            return used(body)
    inline = (getattr(asset, "attributes", None) or {}).get("body", "")
    if not filename and TOGGLE_SETTINGS.search(inline):
        return USED_BY["togglebutton.js"](body)
    return True


def _prune(app, pagename, templatename, context, doctree) -> None:
    body = context.get("body", "")
    for key in ("css_files", "script_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if _needs(asset, body)]


def _template_path(app, config) -> None:
    # First on the path, so the book's layout.html is found before the theme's and extends it.
    config.templates_path = [str(TEMPLATES), *config.templates_path]


def setup(app):
    app.connect("config-inited", _template_path)
    app.connect("html-page-context", _prune)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
