"""Sphinx extension: every page says what it is in ``<meta name="description">``, the root redirect too.

Search engines and link previews show a page's description; without one they
pick text of their own (often the navigation). A page's own description, when
its source sets one (MyST front matter ``html_meta: {description: ...}``), is
kept; otherwise it is the page's first paragraph of prose, shortened at a word
to fit what search results show. Pages without text of their own (the search
page, the index) get the description of the book's first page.

The favicon, ``static/favicon.svg``, is linked from every page (Sphinx's
``html_favicon``) and ``root/favicon.ico`` is copied to the site's root
(``html_extra_path``) for what asks there; both are set here, from this
package's own files, so a rerun that builds a copy of the book elsewhere gets
them too.

The book's root ``index.html`` is a redirect that sphinx-external-toc writes as
a lone ``<meta>`` line, which is not an HTML document (no doctype, no title)
and has no favicon or description; it is written here as a complete page that
redirects, with a link for a reader whose browser does not.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from docutils import nodes

MAX_CHARS = 160  # about what a search result shows before cutting the text off
_OWN = re.compile(r'<meta\s+(?:content="[^"]*"\s+)?name="description"')
# Paragraphs that are not the page's prose: captions, notes, tables, code cells' output.
_NOT_PROSE = (
    nodes.caption,
    nodes.Admonition,
    nodes.table,
    nodes.sidebar,
    nodes.footnote,
    nodes.citation,
    nodes.field_list,
    nodes.legend,
)


def first_paragraph(doctree) -> str:
    for para in doctree.findall(nodes.paragraph):
        parent, inside = para.parent, False
        while parent is not None:
            if isinstance(parent, _NOT_PROSE) or "cell_output" in parent.get(
                "classes", []
            ):
                inside = True
                break
            parent = parent.parent
        text = " ".join(para.astext().split())
        if not inside and len(text) > 40:
            return text
    return ""


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _book_description(app) -> str:
    if not hasattr(app.env, "_airaces_book_description"):
        root = app.env.get_doctree(app.config.root_doc)
        app.env._airaces_book_description = shorten(first_paragraph(root))
    return app.env._airaces_book_description


def _describe(app, pagename, templatename, context, doctree) -> None:
    metatags = context.get("metatags", "")
    if _OWN.search(metatags):
        return
    text = shorten(first_paragraph(doctree)) if doctree is not None else ""
    text = text or _book_description(app)
    context["metatags"] = (
        metatags + f'\n<meta name="description" content="{escape(text)}" />'
    )


REDIRECT = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={target}">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="icon" href="{favicon}">
<link rel="canonical" href="{target}">
</head>
<body><p><a href="{target}">{title}</a></p></body>
</html>
"""


def _root_redirect(app, exception) -> None:
    index = Path(app.outdir) / "index.html"
    if exception is not None or app.builder.format != "html" or not index.is_file():
        return
    found = re.fullmatch(
        r'\s*<meta http-equiv="Refresh" content="0; url=([^"]+)" />\s*',
        index.read_text(encoding="utf-8"),
    )
    if found is None:  # already written here, or a real page
        return
    favicon = app.config.html_favicon or ""
    index.write_text(
        REDIRECT.format(
            lang=escape(app.config.language or "en"),
            target=escape(found[1]),
            title=escape(app.config.html_title or app.config.project),
            description=escape(_book_description(app)),
            favicon=escape(
                f"_static/{Path(favicon).name}" if favicon else "favicon.ico"
            ),
        ),
        encoding="utf-8",
    )


HERE = Path(__file__).parent


def _favicon(app, config) -> None:
    if not config.html_favicon:
        config.html_favicon = str(HERE / "static" / "favicon.svg")
    config.html_extra_path = [*config.html_extra_path, str(HERE / "root")]


def setup(app):
    app.connect("config-inited", _favicon)
    app.connect("html-page-context", _describe)
    # After sphinx-external-toc's own build-finished handler, which writes the bare redirect.
    app.connect("build-finished", _root_redirect, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
