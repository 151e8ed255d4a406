"""Sphinx extension: the theme's menu buttons work where a reader taps them.

sphinx-book-theme 1.3 and pydata-sphinx-theme 0.17 each draw a button that
opens the book's contents, and both themes bind their handlers to the first
one on the page, which is hidden: on a phone the visible menu button does
nothing, and on a laptop the sidebar toggle does not hide the sidebar
(pydata-sphinx-theme#2451, sphinx-book-theme#988). ``static/airaces-nav.js``
hands a click on the visible button to the bound one. Remove this extension
once a theme release binds every toggle.
"""

from __future__ import annotations


def setup(app):
    app.add_js_file("airaces-nav.js", loading_method="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
