"""Every span as printed stands on its stated line of its source text."""

from __future__ import annotations

import shutil

import pytest

import airaces
from airaces import paths, provenance
from airaces.ledger import _read_raw


@pytest.mark.parametrize("table", provenance.TRACED_TABLES)
def test_every_span_is_on_its_line(seeds, table):
    raw = {
        name: _read_raw((paths.DATA_DIR / f"{name}.csv").read_text(encoding="utf-8"))
        for name in ("sources", table)
    }
    raw.update(
        {t: raw[table].iloc[0:0] for t in provenance.TRACED_TABLES if t != table}
    )
    assert provenance.span_violations(raw, seeds) == []
    assert len(raw[table]) > 0


def test_a_span_moved_to_another_line_is_caught(seeds, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    claims = data / "claims.csv"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(
            "sin-002,sinolytics,137,", "sin-002,sinolytics,138,"
        ),
        encoding="utf-8",
    )
    [v] = airaces.validate(data, seeds)
    assert (v.file, v.column, v.rule) == (
        "claims.csv",
        "as_printed",
        "as-printed-on-line",
    )
    assert "line 138" in v.message


def test_a_line_beyond_the_source_is_caught(seeds, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    events = data / "events.csv"
    events.write_text(
        events.read_text(encoding="utf-8").replace(
            "sin-ev01,sinolytics,137,", "sin-ev01,sinolytics,9999,"
        ),
        encoding="utf-8",
    )
    assert [(v.column, v.rule) for v in airaces.validate(data, seeds)] == [
        ("line", "line-in-source")
    ]


def test_spans_are_checked_only_when_sources_exist(tmp_path):
    assert airaces.load(seeds_dir=tmp_path / "absent").provenance_checked is False
