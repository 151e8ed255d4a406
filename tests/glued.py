"""The values a chapter glues, read from its executed notebook: what the book pastes into its prose.

Shared by the snapshot test (tests/test_glued_snapshot.py) and by the command that takes the
snapshot, ``python -m tests.glued > tests/snapshots/glued.json``, run before a refactor.
"""

from __future__ import annotations

import json
import re
import sys

import nbformat

from airaces.build import execute

PREFIX = "application/papermill.record/"


def _words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _figure(html: str) -> dict:
    """A figure by what a reader sees of it: every text drawn, the description, the footer."""
    drawn = [
        _words(text) for text in re.findall(r"<text[^>]*>(.*?)</text>", html, re.S)
    ]
    footer = re.sub(r"<svg.*?</svg>|<script.*?</script>", " ", html, flags=re.S)
    described = re.search(r'aria-label="([^"]*)"', html)
    return {
        "description": described.group(1) if described else "",
        "drawn": drawn,
        "footer": _words(footer),
    }


def glued(notebook_path) -> dict[str, dict]:
    """Each glued name in the notebook, with its words (or a figure's title) and the ids it rests on."""
    notebook = nbformat.read(notebook_path, as_version=4)
    values = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name is None:
                continue
            data = output["data"]
            if PREFIX + "image/svg+xml" in data:
                value = _figure(data.get(PREFIX + "text/html", ""))
            else:
                value = {
                    "text": data.get(
                        PREFIX + "text/markdown", data.get(PREFIX + "text/plain")
                    )
                }
            value["ids"] = output["metadata"].get("airaces", {}).get("ids", [])
            values[name] = value
    return values


def pages() -> list[tuple[str, str, str]]:
    """(chapter, glued name, HTML) for every glued output of every executed chapter that has
    HTML: the figures' drawings and specs, which the figure checks read."""
    found = []
    for source in execute.chapters():
        notebook = nbformat.read(source.with_suffix(".ipynb"), as_version=4)
        for cell in notebook.cells:
            for output in cell.get("outputs", []):
                name = output.get("metadata", {}).get("scrapbook", {}).get("name")
                page = output.get("data", {}).get(PREFIX + "text/html", "")
                if name and page:
                    found.append((source.stem, name, page))
    return found


_SPEC = re.compile(
    r'<script[^>]*class="airaces-chart-spec"[^>]*data-variant="(\w+)"[^>]*>(.*?)</script>',
    re.S,
)


def chart_specs() -> list[tuple[str, str, str, dict]]:
    """(chapter, figure name, variant, Vega-Lite spec) for each drawing ('wide', 'narrow') of
    every glued figure: the specs the book's script redraws a chart from."""
    return [
        (chapter, name, variant, json.loads(text))
        for chapter, name, page in pages()
        for variant, text in _SPEC.findall(page)
    ]


def every_chapter() -> dict[str, dict]:
    return {p.stem: glued(p.with_suffix(".ipynb")) for p in execute.chapters()}


if __name__ == "__main__":
    json.dump(every_chapter(), sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
