"""Sphinx extensions the book is built with: the offline Vega bundle, figure CSVs, the ledger browser, accessibility.

They run inside Sphinx, never inside a chapter; the chapters' library is the
package above (``airaces``), and build tooling is ``airaces.build``.
"""
