"""Rerun chapters on another ledger, into a folder of the analyst's choice.

``python -m airaces rerun --data DIR --out DIR [--chapters 03_compute 08_capital]``

1. validates every table in the data folder and lists every problem (file,
   row, column, rule) before anything runs;
2. executes the chapters with papermill, passing the data folder as the
   ``data_dir`` parameter, one process per core, printing one line per chapter;
3. builds the HTML of those chapters (with the ledger browser and glossary
   they link to), or of the whole book with ``--all``, into ``OUT/html``.

Everything is written into a temporary folder beside ``OUT`` and moved into
place only when every step succeeded, so ``OUT`` is never half-written; the
committed notebooks, data and book are only read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from airaces import paths
from airaces.execute import execute_in_parallel, select

# Pages a partial book needs so that chapters' links and glossary terms resolve.
SUPPORT_PAGES = ("ledger", "glossary")


class RerunError(RuntimeError):
    """A rerun that cannot start or did not finish; nothing was written to OUT."""


def _select(names: list[str] | None) -> list[Path]:
    try:
        return select(names)
    except ValueError as err:
        raise RerunError(str(err)) from None


def _guard(out: Path) -> None:
    # OUT is replaced wholesale on success: it must not be (or contain) what the book is made of.
    protected = [paths.REPO_ROOT / p for p in ("notebooks", "data", "book", "airaces", "tests")]
    if out == paths.REPO_ROOT or any(out == p or p in out.parents or out in p.parents for p in protected):
        raise RerunError(f"refusing to write into {out}: it would overwrite the book's own files")


def _execute_all(sources: list[Path], notebooks: Path, data_dir: Path, jobs: int | None, log) -> None:
    planned = [(s, notebooks / f"{s.stem}.ipynb", {"data_dir": str(data_dir)}) for s in sources]
    failed = execute_in_parallel(planned, jobs, log)
    if failed:
        raise RerunError(f"{len(failed)} chapter(s) failed: {', '.join(failed)}")


def _toc(sources: list[Path], whole_book: bool) -> str:
    if whole_book:
        return (paths.REPO_ROOT / "_toc.yml").read_text(encoding="utf-8")
    lines = ["format: jb-book", "root: index", "parts:", "  - caption: Chapters", "    chapters:"]
    lines += [f"      - file: notebooks/{s.stem}" for s in sources]
    lines += ["  - caption: Back matter", "    chapters:"]
    lines += [f"      - file: book/{page}" for page in SUPPORT_PAGES]
    return "\n".join(lines) + "\n"


def _index_page(sources: list[Path], data_dir: Path) -> str:
    listed = "\n".join(f"- {{doc}}`notebooks/{s.stem}`" for s in sources)
    return (f"# Rerun on other data\n\nThese chapters were executed on the ledger in `{data_dir}`.\n\n"
            f"{listed}\n\nThe {{doc}}`book/ledger` shows that ledger.\n")


def _build_html(sources: list[Path], notebooks: Path, data_dir: Path, html_out: Path, whole_book: bool, log) -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="airaces-book-") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(paths.REPO_ROOT / "book", src / "book")
        shutil.copy2(paths.REPO_ROOT / "_config.yml", src / "_config.yml")
        shutil.copytree(notebooks, src / "notebooks")
        (src / "_toc.yml").write_text(_toc(sources, whole_book), encoding="utf-8")
        if not whole_book:
            (src / "index.md").write_text(_index_page(sources, data_dir), encoding="utf-8")
        jupyter_book = Path(sys.executable).with_name("jupyter-book")
        env = {**os.environ, "AIRACES_DATA_DIR": str(data_dir)}
        result = subprocess.run(
            [str(jupyter_book), "build", str(src), "--path-output", str(Path(tmp) / "out"), "--builder", "html",
             "-W", "-n", "--keep-going"], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            problems = [l for l in (result.stdout + result.stderr).splitlines() if "WARNING" in l or "ERROR" in l]
            raise RerunError("the HTML build failed:\n" + "\n".join(problems[-20:] or result.stderr.splitlines()[-20:]))
        shutil.move(str(Path(tmp) / "out" / "_build" / "html"), str(html_out))
    log(f"  {'html':<22} built in {time.perf_counter() - started:5.1f} s")


def rerun(data_dir, out_dir, chapter_names: list[str] | None = None, whole_book: bool = False,
          html: bool = True, jobs: int | None = None, log=print) -> Path:
    """Validate, execute and build into ``out_dir``; raise (writing nothing) if any step fails."""
    import airaces

    started = time.perf_counter()
    data_dir = Path(data_dir).resolve()
    out = Path(out_dir).resolve()
    _guard(out)
    sources = _select(None if whole_book else chapter_names)
    violations = airaces.validate(data_dir)
    if violations:
        raise RerunError(f"{len(violations)} problem(s) in {data_dir}; nothing was run:\n"
                         + "\n".join(f"  - {v}" for v in violations))
    log(f"rerun: {len(sources)} chapter(s) on {data_dir} -> {out}")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        _execute_all(sources, staging / "notebooks", data_dir, jobs, log)
        if html:
            _build_html(sources, staging / "notebooks", data_dir, staging / "html", whole_book, log)
        previous = out.with_name(f".{out.name}.previous-{os.getpid()}")
        if out.exists():
            os.replace(out, previous)
        os.replace(staging, out)
        shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log(f"rerun: {len(sources)} chapter(s) done in {time.perf_counter() - started:.1f} s; "
        f"notebooks in {out / 'notebooks'}" + (f", HTML at {out / 'html' / 'index.html'}" if html else ""))
    return out
