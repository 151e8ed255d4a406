"""Rerunning chapters on other data: validated first, written whole or not at all, never touching the book."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest

from airaces import paths
from airaces.build import cli
from airaces.build.rerun import MARKER, RerunError, rerun, write_marker

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"


def committed_state() -> dict[str, str]:
    files = sorted((paths.REPO_ROOT / "notebooks").glob("*")) + sorted(
        paths.DATA_DIR.glob("*")
    )
    return {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()
    }


def copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, folder)
    return folder


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def earlier_output(out: Path) -> Path:
    """``out`` as an earlier rerun left it: its marker and a file."""
    out.mkdir()
    write_marker(out, paths.DATA_DIR, ["03_compute"])
    (out / "keep.txt").write_text("earlier run", encoding="utf-8")
    return out


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_bad_data_stops_before_anything_runs(tmp_path, capsys, seeds):
    data = copy_data(tmp_path)
    replace(data / "claims.csv", ",9200,,exact,count,", ",-9200,,exact,count,")
    replace(data / "events.csv", "sin-ev09,sinolytics,100,", "sin-ev09,sinolytic,100,")
    out = tmp_path / "out"
    code = cli.main(
        ["rerun", "--data", str(data), "--out", str(out), "--chapters", "03_compute"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert (
        "rule 'non-negative'" in err and "rule 'foreign-key'" in err
    )  # every problem, not only the first
    assert not out.exists() and list(tmp_path.glob(".out.partial-*")) == []


def test_a_failing_chapter_leaves_the_previous_output_alone(tmp_path, seeds):
    data = copy_data(tmp_path)
    # Valid data that the compute chapter cannot use: the growth its capacity figure needs is gone.
    lines = (data / "claims.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "claims.csv").write_text(
        "".join(row for row in lines if not row.startswith("sin-003,")),
        encoding="utf-8",
    )
    out = earlier_output(tmp_path / "out")
    before = contents(out)
    with pytest.raises(RerunError, match="03_compute"):
        rerun(data, out, ["03_compute"], html=False, log=lambda line: None)
    assert contents(out) == before
    assert list(tmp_path.glob(".out.partial-*")) == []


def test_unknown_chapters_and_protected_folders_are_refused(tmp_path):
    with pytest.raises(RerunError, match="unknown chapter"):
        rerun(paths.DATA_DIR, tmp_path / "out", ["99_nothing"], html=False)
    with pytest.raises(RerunError, match="refusing"):
        rerun(paths.DATA_DIR, paths.REPO_ROOT / "notebooks", ["03_compute"], html=False)


def test_two_reruns_write_identical_notebooks_marked_and_readable_and_leave_the_book_alone(
    tmp_path, seeds
):
    """One rerun replaces an earlier rerun's output, the other fills an empty folder: the same bytes, both marked."""
    import stat

    before = committed_state()
    lines = []
    earlier_output(tmp_path / "a")  # an earlier rerun's OUT is replaced
    (tmp_path / "b").mkdir()  # and so is an empty one
    for name in ("a", "b"):
        rerun(
            paths.DATA_DIR,
            tmp_path / name,
            ["03_compute"],
            html=False,
            log=lines.append,
        )
    a = (tmp_path / "a" / "notebooks" / "03_compute.ipynb").read_bytes()
    b = (tmp_path / "b" / "notebooks" / "03_compute.ipynb").read_bytes()
    assert a == b
    assert committed_state() == before
    assert any(
        row.strip().startswith("03_compute") and row.rstrip().endswith(" s")
        for row in lines
    )
    assert lines[-1].startswith("rerun: 1 chapter(s) done in")
    injected = [
        c
        for c in nbformat.reads(a.decode(), as_version=4).cells
        if "injected-parameters" in c.metadata.get("tags", [])
    ]
    assert len(injected) == 1 and "hide-input" in injected[0].metadata["tags"], (
        "the rerun's parameters are folded"
    )
    # The earlier output is gone, and the new one says who wrote it from what.
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [MARKER, "notebooks"]
    record = json.loads((tmp_path / "a" / MARKER).read_text(encoding="utf-8"))
    assert record["written_by"] == "python -m airaces rerun"
    assert record["data"] == str(paths.DATA_DIR) and record["chapters"] == [
        "03_compute"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a",
        "b",
    ]  # no staging or previous folder left
    # Readable like any new folder: its mode follows the umask.
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o777 & ~umask


# A folder name cannot hold "/", so the script tag spans two folders; the data path as a whole holds it.
ODD_FOLDERS = (
    "a `b` ``c`` {doc}`index` {d} {{e}} *f* _g_ $h$ $$i$$ \\j &amp; [k](l) 'n' \"o\" -- p... :q: x<script>alert(1)<",
    f"script> {IMAGE} <!-- ~r~ | s | #t",
)


@pytest.fixture(scope="module")
def markup_rerun(tmp_path_factory, seeds) -> tuple[Path, Path]:
    """One rerun of 03_compute, with its HTML, on a ledger whose text and folder name are markup: (data, out).

    A claim and a source hold HTML, and the folder names hold MyST and HTML; the
    tests below read the same output.
    """
    tmp = tmp_path_factory.mktemp("markup")
    data = tmp.joinpath(*ODD_FOLDERS) / "data"
    data.parent.mkdir(parents=True)
    shutil.copytree(paths.DATA_DIR, data)
    assert SCRIPT in str(data)
    replace(
        data / "claims.csv",
        "sin-010,sinolytics,143,China Mobile invested CNY 21.6 billion,21.6,,exact,CNY_bn,data_center_investment,China Mobile,",
        f"sin-010,sinolytics,143,China Mobile invested CNY 21.6 billion,21.6,,exact,CNY_bn,data_center_investment,{IMAGE},",
    )
    replace(
        data / "claims.csv",
        "sin-012,sinolytics,143,in two data centers,2,,exact,count,data_centers,China Mobile,CN,2024,observed,compute,,,",
        f"sin-012,sinolytics,143,in two data centers,2,,exact,count,data_centers,China Mobile,CN,2024,observed,compute,,,{SCRIPT}",
    )
    replace(
        data / "sources.csv",
        ",Sinolytics GmbH,whitepaper,",
        f",Sinolytics GmbH {SCRIPT},whitepaper,",
    )
    return data, rerun(data, tmp / "out", ["03_compute"], log=lambda line: None)


def test_markup_in_the_data_renders_as_text(markup_rerun, browser):
    """A claim, and a source, whose text is HTML: the rerun book shows it and runs none of it."""
    html = markup_rerun[1] / "html"
    for page_path in (
        html / "notebooks" / "03_compute.html",
        html / "book" / "ledger.html",
    ):
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_timeout(1500)
        text = page.inner_text("main")
        assert SCRIPT in text, f"{page_path.name} does not show the script as text"
        if page_path.name == "ledger.html":
            assert IMAGE in text
        assert dialogs == [], f"{page_path.name} ran injected code: {dialogs}"
        assert page.locator("main img[src='x']").count() == 0
        page.close()
    # The money chart's tooltip shows the entity as text too.
    page = browser.new_page()
    page.on("dialog", lambda d: pytest.fail(f"tooltip ran injected code: {d.message}"))
    page.goto((html / "notebooks" / "03_compute.html").as_uri(), wait_until="load")
    # A reader's pointer fetches Vega and redraws the charts live; then each point answers.
    page.evaluate("async () => { await window.airacesCharts.livenAll(); }")
    points = page.locator(
        "[id^='altair-viz-'] .airaces-chart-wide svg .mark-symbol path"
    )
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


def test_a_data_folder_named_with_markup_is_shown_literally_in_the_index_page(
    markup_rerun, browser
):
    data, out = markup_rerun
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((out / "html" / "index.html").as_uri(), wait_until="load")
    page.wait_for_timeout(1000)
    paragraph = page.locator(
        "main p", has_text="These chapters were executed on the ledger in"
    )
    assert (
        paragraph.inner_text()
        == f"These chapters were executed on the ledger in {data}."
    )
    assert paragraph.locator("code").count() == 1 and paragraph.locator(
        "code"
    ).inner_text() == str(data)
    assert (
        paragraph.locator("a, em, strong, img, script, .math, span.math").count() == 0
    )
    assert dialogs == []
    page.close()


def test_a_link_to_a_chapter_the_rerun_left_out_reads_as_text(markup_rerun):
    """03 links to the exchange rates explained in 08; a rerun of 03 alone still builds, and says where they are."""
    page = (markup_rerun[1] / "html" / "notebooks" / "03_compute.html").read_text(
        encoding="utf-8"
    )
    assert "(not in this rerun)" in page


# --- What replacing OUT would delete -------------------------------------------------------------


def refused(data: Path, out: Path, lines: list[str]) -> str:
    with pytest.raises(RerunError) as err:
        rerun(data, out, ["03_compute"], html=False, log=lines.append)
    return str(err.value)


@pytest.mark.parametrize(
    "where",
    [
        "data",
        "data's parent",
        "link to data",
        "root",
        "home",
        "seeds",
        "seeds' parent",
        "repository",
    ],
)
def test_an_out_that_is_or_holds_what_must_survive_is_refused_before_anything_runs(
    tmp_path, monkeypatch, where
):
    home, seeds, data = (
        tmp_path / "home",
        tmp_path / "shared" / "seeds",
        tmp_path / "work" / "data",
    )
    for folder in (home, seeds, data):
        folder.mkdir(parents=True)
        (folder / "keep.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "link").symlink_to(data)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv(paths.SEEDS_ENV, str(seeds))
    out, is_or_contains, what = {
        "data": (data, "is", "the data folder"),
        "data's parent": (data.parent, "contains", f"the data folder {data}"),
        "link to data": (tmp_path / "link", "is", "the data folder"),
        "root": (Path("/"), "is", "the root folder"),
        "home": (home, "is", "the home folder"),
        "seeds": (seeds, "is", "the source texts folder"),
        "seeds' parent": (seeds.parent, "contains", f"the source texts folder {seeds}"),
        "repository": (paths.REPO_ROOT, "is", "the repository"),
    }[where]
    # The data folder holds no tables: a refusal that came after validation would read "problem(s)".
    lines = []
    message = refused(data, out, lines)
    shown = out.resolve()
    if is_or_contains == "is":
        assert message == (
            f"refusing to write into {shown}: it is {what}, and a rerun replaces OUT wholesale; "
            "choose a new or empty folder for --out"
        )
    else:
        assert message == (
            f"refusing to write into {shown}: it contains {what}, which replacing it would delete; "
            "choose a new or empty folder for --out"
        )
    assert lines == []
    for folder in (home, seeds, data):
        assert contents(folder) == {"keep.txt": b"mine"}
    assert list(shown.parent.glob(".*.partial-*")) == []


def test_a_non_empty_out_that_no_rerun_wrote_is_refused_and_left_alone(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "thesis.tex").write_text("mine", encoding="utf-8")
    expected = (
        f"refusing to write into {out}: it is not empty and no rerun wrote it (it has no {MARKER} file), and "
        "a rerun replaces OUT wholesale, which would delete what is there; choose a new or empty folder for "
        "--out, or move its contents away first"
    )
    for marker in (
        None,
        "{}",
        "not json",
    ):  # a marker that no rerun wrote does not count
        if marker is not None:
            (out / MARKER).write_text(marker, encoding="utf-8")
        before = contents(out)
        lines = []
        assert (
            refused(tmp_path / "no-data", out, lines) == expected
        )  # before validation, which would fail
        assert lines == [] and contents(out) == before


# --- Interrupted reruns ----------------------------------------------------------------------------


def wait_for(condition, process: subprocess.Popen, what: str, timeout: float = 120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        assert process.poll() is None, (
            f"the rerun ended (exit {process.returncode}) before {what}"
        )
        time.sleep(0.05)
    pytest.fail(f"no {what} after {timeout} s")


def kernels_of(process: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in process.children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            pass
    return found


def running(
    processes: list[psutil.Process], timeout: float = 10
) -> list[psutil.Process]:
    """Those of ``processes`` still running after ``timeout`` s (a zombie has ended: only its parent is gone)."""
    deadline = time.monotonic() + timeout
    while True:
        left = []
        for p in processes:
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    left.append(p)
            except psutil.Error:
                pass
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def test_sigterm_stops_a_rerun_its_chapters_and_leaves_nothing_behind(tmp_path, seeds):
    out = earlier_output(tmp_path / "out")
    before = contents(out)
    # Two chapters, one at a time: a rerun that waited for its chapters to end would start the second one's kernel.
    command = [
        sys.executable,
        "-m",
        "airaces",
        "rerun",
        "--data",
        str(paths.DATA_DIR),
        "--out",
        str(out),
        "--chapters",
        "03_compute",
        "08_capital",
        "--jobs",
        "1",
        "--no-html",
    ]
    env = {**os.environ, "PYTHONPATH": str(paths.REPO_ROOT)}
    run = subprocess.Popen(
        command,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        parent = psutil.Process(run.pid)
        wait_for(lambda: list(tmp_path.glob(".out.partial-*")), run, "staging folder")
        first_kernel = wait_for(
            lambda: kernels_of(parent), run, "kernel"
        )  # a chapter is running
        children = parent.children(recursive=True)
        run.send_signal(signal.SIGTERM)
        kernels = {k.pid for k in first_kernel}
        while run.poll() is None:
            kernels |= {k.pid for k in kernels_of(parent)}
            time.sleep(0.02)
        stdout, stderr = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 128 + signal.SIGTERM, stderr
    stopped = [
        line
        for line in stdout.splitlines()
        if line.startswith("rerun: stopped by SIGTERM; removed ")
    ]
    assert stopped and stopped[0].endswith(f"; {out} is as it was"), stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert contents(out) == before
    assert kernels == {k.pid for k in first_kernel}, (
        "the rerun went on to the next chapter after SIGTERM"
    )
    assert running(children) == [], "the rerun's workers or kernels outlived it"


def test_the_next_rerun_removes_staging_folders_whose_process_is_gone(tmp_path):
    finished = subprocess.Popen([sys.executable, "-c", ""])
    finished.wait()
    dead, alive = finished.pid, os.getppid()
    stale = [
        tmp_path / f".out.partial-{dead}-k3j_x9qa",
        tmp_path / f".out.previous-{dead}-a1b2c3d4",
    ]
    kept = [
        tmp_path
        / f".out.partial-{alive}-a1b2c3d4",  # a rerun into the same OUT that is still running
        tmp_path / f".other.partial-{dead}-a1b2c3d4",  # another OUT's
        tmp_path / ".out.partial-a1b2c3d4",
    ]  # no process named: whose it is cannot be told
    for folder in stale + kept:
        (folder / "notebooks").mkdir(parents=True)
    lines = []
    # The next rerun cleans up as soon as it may write beside OUT, even when its data then fails validation.
    with pytest.raises(RerunError, match=r"problem\(s\)"):
        rerun(
            tmp_path / "no-data",
            tmp_path / "out",
            ["03_compute"],
            html=False,
            log=lines.append,
        )
    assert [f for f in stale + kept if f.exists()] == kept
    assert sorted(lines) == sorted(
        f"rerun: removed {f}, left by an interrupted rerun (process {dead} is gone)"
        for f in stale
    )


# --- Text in the generated pages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder, shown",
    [
        ("/d/`b`", "/d/`b`"),
        (
            "/d/x`",
            "/d/x`",
        ),  # a backtick at the end would join a fence without the space
        ("/d/``` y `", "/d/``` y `"),
        (
            "/d/$x$ {{e}} {doc}`index` <b>*i*</b> [l](u) &amp;",
            "/d/$x$ {{e}} {doc}`index` <b>*i*</b> [l](u) &amp;",
        ),
        (
            "/d/a\n\n# heading\tb ",
            "/d/a\\n\\n# heading\\tb ",
        ),  # a newline would end the paragraph
    ],
)
def test_the_index_page_holds_any_data_path_as_one_literal(folder, shown):
    """Parsed as the book's MyST parses it, the path is one inline literal, with nothing else made of it."""
    import yaml
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    from airaces.build.rerun import _index_page

    config = yaml.safe_load(
        (paths.REPO_ROOT / "_config.yml").read_text(encoding="utf-8")
    )
    parser = create_md_parser(
        MdParserConfig(
            enable_extensions=set(config["parse"]["myst_enable_extensions"])
        ),
        RendererHTML,
    )
    sentence = [
        t
        for t in parser.parse(_index_page([Path("03_compute.py")], Path(folder)))
        if t.type == "inline"
    ][1]
    assert [(c.type, c.content) for c in sentence.children] == [
        ("text", "These chapters were executed on the ledger in "),
        ("code_inline", shown),
        ("text", "."),
    ]


@pytest.mark.parametrize("where", ["inside data", "inside seeds"])
def test_an_out_inside_what_the_rerun_reads_is_refused(tmp_path, monkeypatch, where):
    seeds, data = tmp_path / "shared" / "seeds", tmp_path / "work" / "data"
    for folder in (seeds, data):
        folder.mkdir(parents=True)
    monkeypatch.setenv(paths.SEEDS_ENV, str(seeds))
    out, what = {
        "inside data": (data / "out", "the data folder"),
        "inside seeds": (seeds / "out", "the source texts folder"),
    }[where]
    message = refused(data, out, [])
    assert message.startswith(
        f"refusing to write into {out.resolve()}: it is inside {what}"
    )
    assert not out.exists()


@pytest.mark.parametrize("given", ["~", "~/results", "runs/~/x"])
def test_an_unexpanded_tilde_is_refused(tmp_path, given):
    with pytest.raises(RerunError, match="the shell did not expand '~'"):
        rerun(paths.DATA_DIR, given, ["03_compute"], html=False, log=lambda line: None)
    assert not Path("~").exists()


# --- An analyst's rerun, through make, on data that breaks the argument -----------------------------

# An analyst's edit, the premise it breaks, and words the chapter must then print (or must not).
ALTERED = [
    (
        "03_compute",
        "ess-013",
        180,
        "capacity_premise",
        "still below the implied base",
        "-20%",
    ),
    ("07_embodied", "ess-057", -12, "output_premise", "12% fewer", "-12% more"),
    (
        "08_capital",
        "dig-001",
        3000,
        "amounts_premise",
        "the projected AI spending of China, state and private",
        "National Venture Capital Guidance Fund's size",
    ),
]


def glued_text(notebook) -> dict[str, str]:
    out = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name:
                out[name] = output["data"].get(
                    "application/papermill.record/text/markdown", ""
                )
    return out


@pytest.fixture(scope="module")
def strict_rerun(tmp_path_factory, seeds) -> tuple[subprocess.CompletedProcess, Path]:
    """``STRICT=1 make rerun`` of three chapters on a ledger with every edit in ALTERED: (the run, its OUT).

    A pipeline calls make, not the module, so this goes through make.
    """
    import pandas as pd

    tmp = tmp_path_factory.mktemp("strict")
    data = copy_data(tmp)
    claims = pd.read_csv(data / "claims.csv", dtype=str, keep_default_na=False)
    for _, claim_id, value, *_ in ALTERED:
        claims.loc[claims["claim_id"] == claim_id, "value"] = str(value)
    claims.to_csv(data / "claims.csv", index=False)
    out = tmp / "out"
    # A make that runs pytest passes its jobserver on; the inner make must not inherit it.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    chapters = " ".join(chapter for chapter, *_ in ALTERED)
    run = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "rerun",
            f"DATA={data}",
            f"OUT={out}",
            f"CHAPTERS={chapters}",
            "STRICT=1",
        ],
        cwd=paths.REPO_ROOT,
        capture_output=True,
        text=True,
        env={**env, "AIRACES_SEEDS": str(seeds)},
    )
    return run, out


def test_strict_make_rerun_passes_a_failed_premises_status_3_on(strict_rerun):
    run, out = strict_rerun
    assert run.returncode == 3, (
        f"make rerun exited {run.returncode}:\n{run.stderr[-2000:]}"
    )
    assert (out / "html" / "index.html").is_file(), (
        "the output is written before the status is returned"
    )


@pytest.mark.parametrize(
    "chapter, claim_id, value, premise, says, never",
    ALTERED,
    ids=[a[0] for a in ALTERED],
)
def test_a_chapter_rerun_on_data_that_breaks_its_argument_says_so(
    strict_rerun, chapter, claim_id, value, premise, says, never
):
    run, out = strict_rerun
    assert f"{chapter}, at {{glue:md}}`{premise}`: assumes that" in run.stderr, (
        "the summary names the paragraph"
    )
    assert claim_id in run.stderr.split(f"`{premise}`", 1)[1].splitlines()[0], (
        "and the row that broke it"
    )
    glued = glued_text(out / "notebooks" / f"{chapter}.ipynb")
    assert glued[premise].startswith(" **Caution:** this paragraph assumes that"), (
        "the page shows the caution"
    )
    prose_text = " ".join(glued.values())
    assert says in prose_text and never not in prose_text


def test_a_reruns_pages_read_as_the_house_style_asks(strict_rerun):
    """Its index, chapters and back matter pass the prose check the book passes (tests/test_reading.py)."""
    from test_reading import problems

    html = strict_rerun[1] / "html"
    pages = sorted(p for p in html.rglob("*.html") if "_static" not in p.parts)
    assert {"index.html", "07_embodied.html", "ledger.html"} <= {p.name for p in pages}
    report = [
        f"{p.relative_to(html)}: {rule}: {line}"
        for p in pages
        for rule, lines in problems(p.read_text(encoding="utf-8")).items()
        for line in lines
    ]
    assert not report, "\n".join(report)
