"""The package's three layers: what chapters import, build tooling (airaces.build), Sphinx extensions (airaces.sphinx).

A chapter imports only the top level of ``airaces``. Loading it must not pull in
the tools that execute, test, print or build the book, so a student's kernel
stays light and an edit to the tooling makes no committed notebook stale.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

from airaces import paths
from airaces.build import execute

TOOLING = (
    "papermill",
    "playwright",
    "pypdf",
    "sphinx",
    "jupyter_book",
    "nbval",
    "airaces.build",
    "airaces.sphinx",
)


def chapter_imports() -> set[str]:
    """Every airaces module a chapter's code imports, read from the chapters' sources."""
    import jupytext

    found = set()
    for source in execute.chapters():
        for cell in jupytext.read(source).cells:
            if cell.cell_type != "code":
                continue
            for node in ast.walk(ast.parse(cell.source)):
                if (
                    isinstance(node, ast.ImportFrom)
                    and node.module
                    and node.module.startswith("airaces")
                ):
                    found |= {node.module} | {
                        f"{node.module}.{a.name}" for a in node.names
                    }
                elif isinstance(node, ast.Import):
                    found |= {
                        a.name for a in node.names if a.name.startswith("airaces")
                    }
    return found


def test_what_chapters_import_loads_no_build_or_test_tooling():
    modules = sorted(
        m
        for m in chapter_imports()
        if m.count(".") <= 1 and not m.startswith("airaces.periods.")
    )
    assert "airaces.charts" in modules
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n    importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    loaded = json.loads(
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=paths.REPO_ROOT,
        ).stdout
    )
    heavy = [m for m in loaded if any(m == t or m.startswith(t + ".") for t in TOOLING)]
    assert heavy == [], f"a chapter's imports load tooling: {heavy[:10]}"


def test_chapters_import_only_the_top_level_library():
    assert not [
        m
        for m in chapter_imports()
        if m.startswith(("airaces.build", "airaces.sphinx"))
    ]


def test_the_digest_covers_the_library_and_nothing_else():
    """The committed notebooks' digest follows the layers: the top-level modules, no hand-kept list."""
    library = {p.name for p in (paths.REPO_ROOT / "airaces").glob("*.py")}
    assert {"ledger.py", "charts.py", "prose.py"} <= library
    assert not library & {
        "execute.py",
        "rerun.py",
        "cli.py",
        "pdf.py",
        "bench.py",
        "browser.py",
    }
    assert not hasattr(execute, "TOOLING_MODULES")
