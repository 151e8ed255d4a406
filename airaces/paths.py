"""Where things live. Every other module asks here rather than guessing."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
# Drawings already made, by a digest of what they were drawn from (airaces.charts.draw_svg).
# It is build output: `make clean` empties it, and nothing in it is committed.
DRAWINGS_DIR = REPO_ROOT / "_build" / "drawings"
DESCRIPTOR = DATA_DIR / "datapackage.json"

# Where chapter pages find the ledger browser and the figure CSVs in the built book:
# chapters live in notebooks/, the browser in book/, and the CSVs in _static/figure-data/.
# The chapters write these links and the Sphinx extensions serve them.
LEDGER_PAGE = "../book/ledger.html"
FIGURE_DATA_DIR = "_static/figure-data"

# The source texts are not part of this repository: they sit in ../shared/seeds
# beside the clone. AIRACES_SEEDS overrides that, for CI or another checkout.
SEEDS_ENV = "AIRACES_SEEDS"


def seeds_dir() -> Path:
    """The folder holding the five plain-text sources (may not exist)."""
    override = os.environ.get(SEEDS_ENV)
    if override:
        return Path(override).resolve()
    return (REPO_ROOT.parent / "shared" / "seeds").resolve()
