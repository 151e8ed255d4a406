"""The code's plain formatting: ruff's formatter at 88 characters and its short rule set (pyproject.toml).

The library, the tests and the chapters (in their .py form) keep to it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from airaces import paths

CHECKED = ["airaces", "notebooks", "tests"]


@pytest.mark.parametrize(
    "command", [["format", "--check", "--diff"], ["check"]], ids=["format", "lint"]
)
def test_the_code_keeps_to_ruff(command):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, *CHECKED],
        cwd=paths.REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        f"ruff {' '.join(command)}:\n{result.stdout[-6000:]}{result.stderr[-2000:]}"
    )
