"""Shared fixtures: the source texts, and the book built once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from airaces import paths
from airaces.browser import CHROMIUM_ARGS, find_chromium

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when ``condition`` fails, except under CI, where it is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds() -> Path:
    folder = paths.seeds_dir()
    require(folder.is_dir(), f"source texts not found at {folder} (set {paths.SEEDS_ENV})")
    return folder


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """Build the whole book with Sphinx warnings as errors, into a scratch folder; return its HTML root."""
    out = tmp_path_factory.mktemp("book")
    jb = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jb), "build", str(paths.REPO_ROOT), "--path-output", str(out), "--builder", "html", "-W", "-n", "--keep-going"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"the book build failed (exit {result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return out / "_build" / "html"


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    require(path is not None, "Debian's chromium is not installed (apt-get install chromium)")
    return path



@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
