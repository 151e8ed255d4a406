"""Rerunning chapters on other data: validated first, written whole or not at all, never touching the book."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from airaces import cli, paths
from airaces.rerun import RerunError, rerun

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"


def committed_state() -> dict[str, str]:
    files = sorted((paths.REPO_ROOT / "notebooks").glob("*")) + sorted(paths.DATA_DIR.glob("*"))
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()}


def copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    return folder


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bad_data_stops_before_anything_runs(tmp_path, capsys, seeds):
    data = copy_data(tmp_path)
    replace(data / "claims.csv", ",9200,,exact,count,", ",-9200,,exact,count,")
    replace(data / "events.csv", "sin-ev09,sinolytics,100,", "sin-ev09,sinolytic,100,")
    out = tmp_path / "out"
    code = cli.main(["rerun", "--data", str(data), "--out", str(out), "--chapters", "03_compute"])
    err = capsys.readouterr().err
    assert code == 1
    assert "rule 'non-negative'" in err and "rule 'foreign-key'" in err  # every problem, not only the first
    assert not out.exists() and list(tmp_path.glob(".out.partial-*")) == []


def test_a_failing_chapter_leaves_the_previous_output_alone(tmp_path, seeds):
    data = copy_data(tmp_path)
    # Valid data that the compute chapter cannot use: the growth its capacity figure needs is gone.
    lines = (data / "claims.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "claims.csv").write_text("".join(l for l in lines if not l.startswith("sin-003,")), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("earlier run", encoding="utf-8")
    with pytest.raises(RerunError, match="03_compute"):
        rerun(data, out, ["03_compute"], html=False, log=lambda line: None)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert list(tmp_path.glob(".out.partial-*")) == []


def test_unknown_chapters_and_protected_folders_are_refused(tmp_path):
    with pytest.raises(RerunError, match="unknown chapter"):
        rerun(paths.DATA_DIR, tmp_path / "out", ["99_nothing"], html=False)
    with pytest.raises(RerunError, match="refusing"):
        rerun(paths.DATA_DIR, paths.REPO_ROOT / "notebooks", ["03_compute"], html=False)


def test_two_reruns_write_identical_notebooks_and_leave_the_book_alone(tmp_path, seeds):
    before = committed_state()
    lines = []
    for name in ("a", "b"):
        rerun(paths.DATA_DIR, tmp_path / name, ["03_compute"], html=False, log=lines.append)
    a = (tmp_path / "a" / "notebooks" / "03_compute.ipynb").read_bytes()
    b = (tmp_path / "b" / "notebooks" / "03_compute.ipynb").read_bytes()
    assert a == b
    assert committed_state() == before
    assert any(l.strip().startswith("03_compute") and l.rstrip().endswith(" s") for l in lines)
    assert lines[-1].startswith("rerun: 1 chapter(s) done in")


def test_markup_in_the_data_renders_as_text(tmp_path, seeds, browser):
    """A claim, and a source, whose text is HTML: the rerun book shows it and runs none of it."""
    data = copy_data(tmp_path)
    replace(data / "claims.csv", "sin-002,sinolytics,137,over 300 EFLOPS by 2025,300,,over,EFLOPS,national_compute_capacity,China,",
            f"sin-002,sinolytics,137,over 300 EFLOPS by 2025,300,,over,EFLOPS,national_compute_capacity,{IMAGE},")
    replace(data / "claims.csv", "sin-012,sinolytics,143,in two data centers,2,,exact,count,data_centers,China Mobile,CN,2024,observed,compute,,,",
            f"sin-012,sinolytics,143,in two data centers,2,,exact,count,data_centers,China Mobile,CN,2024,observed,compute,,,{SCRIPT}")
    replace(data / "sources.csv", ",Sinolytics GmbH,whitepaper,", f",Sinolytics GmbH {SCRIPT},whitepaper,")
    out = rerun(data, tmp_path / "out", ["03_compute"], log=lambda line: None)
    html = out / "html"
    if True:  # one block, as the pages share the browser
        for page_path in (html / "notebooks" / "03_compute.html", html / "book" / "ledger.html"):
            page = browser.new_page()
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_timeout(1500)
            text = page.inner_text("main")
            assert SCRIPT in text, f"{page_path.name} does not show the script as text"
            if page_path.name == "ledger.html":
                assert IMAGE in text
            assert dialogs == [], f"{page_path.name} ran injected code: {dialogs}"
            assert page.locator("main img[src='x']").count() == 0
            page.close()
        # The capacity chart's tooltip shows the entity as text too.
        page = browser.new_page()
        page.on("dialog", lambda d: pytest.fail(f"tooltip ran injected code: {d.message}"))
        page.goto((html / "notebooks" / "03_compute.html").as_uri(), wait_until="load")
        points = page.locator("[id^='altair-viz-'] svg .mark-symbol path")
        points.first.wait_for(timeout=10_000)
        shown = ""
        for i in range(points.count()):
            points.nth(i).hover(force=True)
            tooltip = page.locator("#vg-tooltip-element")
            if tooltip.is_visible() and IMAGE in tooltip.inner_text():
                shown = tooltip.inner_text()
                break
        assert IMAGE in shown, "no tooltip showed the injected entity as text"
        page.close()
