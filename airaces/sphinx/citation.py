"""Sphinx extension: how to cite the book, from ``CITATION.cff`` at build time.

``CITATION.cff`` is where the book's title, authors, version and release date
are kept (GitHub and citation managers read it). ``{how-to-cite}`` renders it
as a BibTeX entry and a plain-text citation, each in a code block a reader can
copy, so the page never states a version or year the file does not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from airaces import paths

CFF = paths.REPO_ROOT / "CITATION.cff"


def read_cff(path: Path = CFF) -> dict:
    """The citation metadata, with ``date-released`` as a date whichever way YAML read it."""
    meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    released = meta.get("date-released")
    if isinstance(released, str):
        meta["date-released"] = dt.date.fromisoformat(released)
    return meta


def author_names(meta: dict) -> list[str]:
    """Each author as cited: an organisation's ``name``, or a person's given and family names."""
    names = []
    for author in meta.get("authors") or []:
        if author.get("name"):
            names.append(author["name"])
        else:
            names.append(
                " ".join(
                    p
                    for p in (author.get("given-names"), author.get("family-names"))
                    if p
                )
            )
    return names


def plain_text(meta: dict) -> str:
    """'Authors (year). Title (version v). url' on one line."""
    year = meta["date-released"].year if meta.get("date-released") else "n.d."
    authors = ", ".join(author_names(meta))
    version = f" (version {meta['version']})" if meta.get("version") else ""
    where = (
        f" {meta.get('url') or meta.get('repository-code')}"
        if meta.get("url") or meta.get("repository-code")
        else ""
    )
    return f"{authors} ({year}). {meta['title']}{version}.{where}"


def bibtex(meta: dict) -> str:
    """A BibTeX @misc entry; organisations are braced so no style splits them into first and last names."""
    released = meta.get("date-released")
    people = meta.get("authors") or []
    authors = " and ".join(
        f"{{{a['name']}}}"
        if a.get("name")
        else f"{a.get('family-names', '')}, {a.get('given-names', '')}".strip(", ")
        for a in people
    )
    key = "".join(ch for ch in meta["title"].split(":")[0].lower() if ch.isalnum()) + (
        str(released.year) if released else ""
    )
    fields = [("author", authors), ("title", f"{{{meta['title']}}}")]
    if released:
        fields += [
            ("year", str(released.year)),
            ("month", released.strftime("%b").lower()),
        ]
    if meta.get("version"):
        fields += [("version", meta["version"]), ("note", f"Version {meta['version']}")]
    if meta.get("url") or meta.get("repository-code"):
        fields.append(("url", meta.get("url") or meta.get("repository-code")))
    body = ",\n".join(
        f"  {name} = {value if name == 'month' else '{' + value + '}'}"
        for name, value in fields
    )
    return f"@misc{{{key},\n{body}\n}}"


class HowToCite(SphinxDirective):
    """``{how-to-cite}``: the book's BibTeX entry and plain-text citation, from CITATION.cff."""

    def run(self):
        self.env.note_dependency(str(CFF))
        try:
            meta = read_cff()
        except (OSError, yaml.YAMLError, ValueError) as error:
            raise self.error(f"cannot read {CFF.name}: {error}") from error
        out = []
        for label, text, language in (
            ("BibTeX:", bibtex(meta), "bibtex"),
            ("As text:", plain_text(meta), "text"),
        ):
            out.append(nodes.paragraph(text=label))
            block = nodes.literal_block(
                text, text, language=language, classes=["airaces-citation"]
            )
            out.append(block)
        return out


def setup(app):
    app.add_directive("how-to-cite", HowToCite)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
