"""Every chapter glues the values it glued before the chapters' code was rewritten (issue 31).

The snapshot, tests/snapshots/glued.json, holds each glued name's words and the ledger rows they
rest on, and for each figure the texts it draws, its description and its footer. A change that
fixes a defect updates the snapshot in the same commit and says so in its message:
``python -m tests.glued > tests/snapshots/glued.json``.
"""

from __future__ import annotations

import json

import glued  # tests/glued.py: the reader the snapshot was taken with
import pytest

from airaces import paths
from airaces.build import execute

SNAPSHOT = paths.REPO_ROOT / "tests" / "snapshots" / "glued.json"


@pytest.mark.parametrize("source", execute.chapters(), ids=lambda p: p.stem)
def test_a_chapter_glues_what_its_snapshot_holds(source):
    if execute.stale(source):
        pytest.skip(
            "the notebook is stale, which test_execute reports; compared once executed"
        )
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))[source.stem]
    now = glued.glued(source.with_suffix(".ipynb"))
    assert sorted(now) == sorted(expected), (
        "the chapter glues other names than its snapshot"
    )
    changed = {
        name: {"snapshot": expected[name], "now": now[name]}
        for name in expected
        if now[name] != expected[name]
    }
    assert not changed, json.dumps(changed, indent=1, ensure_ascii=False)[:6000]
