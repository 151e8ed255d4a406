"""The code's plain formatting: ruff's formatter at 88 characters and its short rule set (pyproject.toml).

The chapters' notebooks join this check once their code is reformatted (issue 31); the library and the
tests keep to it now.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from airaces import paths

CHECKED = ["airaces", "tests"]


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
