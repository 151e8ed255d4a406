"""Shared fixtures: the source texts, and the book built once per test session."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from airaces import paths
from airaces.build.browser import CHROMIUM_ARGS, find_chromium


def require(condition: bool, reason: str) -> None:
    """Fail with ``reason`` when ``condition`` fails: a check that cannot run is not a pass."""
    if not condition:
        pytest.fail(reason, pytrace=False)


@pytest.fixture(scope="session")
def seeds() -> Path:
    folder = paths.seeds_dir()
    require(
        folder.is_dir(), f"source texts not found at {folder} (set {paths.SEEDS_ENV})"
    )
    return folder


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The book's HTML, built from the committed notebooks with Sphinx warnings as errors; its root.

    ``make html`` is a no-op when the HTML is newer than everything it is built
    from, so the book is built once for the whole suite, not once per worker: a
    file lock makes the other workers wait for the first one's build.
    """
    from filelock import FileLock

    html = paths.REPO_ROOT / "_build" / "html"
    html.parent.mkdir(exist_ok=True)
    # A make that runs pytest passes its jobserver on; the inner make must not inherit it.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    with FileLock(html.parent / ".html.lock"):
        result = subprocess.run(
            ["make", "--no-print-directory", "html"],
            cwd=paths.REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    if result.returncode != 0:
        pytest.fail(
            f"the book build failed (exit {result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return html


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    require(
        path is not None,
        "Debian's chromium is not installed: run `make test`, which installs it as root, "
        "or `sudo apt-get install chromium`",
    )
    return path


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def figure_pages() -> list[str]:
    """The chapter pages that place at least one figure, known before the book is built."""
    import re

    return [
        f"notebooks/{source.stem}.html"
        for source in sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py"))
        if re.search(r"\{glue:figure\}", source.read_text(encoding="utf-8"))
    ]


def book_pages() -> list[str]:
    """Every page the built book should have, relative to its HTML root, known before it is built.

    The browser tests are parametrised over this list, so each page is its own
    test; a test checks that the build has exactly these.
    """
    import yaml

    toc = yaml.safe_load((paths.REPO_ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [
        c["file"] for part in toc["parts"] for c in part["chapters"]
    ]
    return ["index.html", "genindex.html", "search.html"] + [f"{f}.html" for f in files]


class StaleNotebook(pytest.Item):
    """Stands in for the cells of a notebook whose outputs are stale, and fails with one plain line.

    nbval would re-execute a stale notebook and print a JSON diff of every output
    that changed, which reads like a crash; this line says what happened and
    names the command that fixes it.
    """

    def __init__(self, *, message: str, **kwargs):
        super().__init__(**kwargs)
        self.message = message

    def runtest(self):
        raise AssertionError(self.message)

    def repr_failure(self, excinfo, style=None):
        return self.message

    def reportinfo(self):
        return self.path, None, self.name


def pytest_collection_modifyitems(config, items):
    """Replace the nbval cells of each stale notebook with one StaleNotebook item."""
    from airaces.build import execute

    kept, stale = [], {}
    for item in items:
        notebook = item.parent
        if type(item).__name__ != "IPyNbCell":
            kept.append(item)
            continue
        path = Path(str(notebook.path))
        if path not in stale:
            source = path.with_suffix(".py")
            stale[path] = (
                execute.stale_message(source)
                if source.is_file() and execute.stale(source)
                else None
            )
            if stale[path]:
                kept.append(
                    StaleNotebook.from_parent(
                        notebook, name="stale", path=path, message=stale[path]
                    )
                )
        if not stale[path]:
            kept.append(item)
    items[:] = kept
