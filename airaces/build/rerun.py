"""Rerun chapters on another ledger, into a folder of the analyst's choice.

``python -m airaces rerun --data DIR --out DIR [--chapters 03_compute 08_capital]``

1. validates every table in the data folder and lists every problem (file,
   row, column, rule) before anything runs;
2. executes the chapters with papermill, passing the data folder as the
   ``data_dir`` parameter, one process per core, printing one line per chapter;
3. builds the HTML of those chapters (with the ledger browser and glossary
   they link to), or of the whole book with ``--all``, into ``OUT/html``.

Everything is written into a staging folder beside ``OUT`` and moved into
place only when every step succeeded, so ``OUT`` is never half-written; the
committed notebooks, data and book are only read.

Replacing ``OUT`` deletes what was in it, so before anything runs the rerun
refuses an ``OUT`` that is, or holds, the data, the repository, the source
texts, the home folder or ``/``, and a non-empty ``OUT`` that no rerun wrote
(every output holds a ``.airaces-rerun`` marker). A rerun stopped by SIGTERM
or Ctrl-C removes its staging folder and stops its chapters; one killed
outright leaves it behind, and the next rerun into the same ``OUT`` removes
it once its process is gone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from airaces import paths
from airaces.build.execute import execute_in_parallel, select
from airaces.errors import report_lines, safe_name

# Pages a partial book needs so that chapters' links, glossary terms and citations resolve.
SUPPORT_PAGES = ("ledger", "glossary", "references")

# Written into every output: a non-empty OUT without it was not made by a rerun and is never replaced.
MARKER = ".airaces-rerun"
WRITER = "python -m airaces rerun"


class RerunError(RuntimeError):
    """A rerun that cannot start or did not finish; nothing was written to OUT."""


def _select(names: list[str] | None) -> list[Path]:
    try:
        return select(names)
    except ValueError as err:
        raise RerunError(str(err)) from None


def _both_spellings(folder: Path) -> list[Path]:
    # The folder as named and with symlinks resolved: replacing OUT would delete a link as surely as its target.
    return [Path(os.path.abspath(folder)), folder.resolve()]


def _must_survive(data_dir: Path) -> list[tuple[str, Path]]:
    """What replacing OUT must never delete: (what it is, where it is)."""
    folders = [
        ("the data folder", data_dir),
        ("the repository", paths.REPO_ROOT),
        ("the source texts folder", paths.seeds_dir()),
        ("the root folder", Path("/")),
    ]
    try:
        folders.insert(3, ("the home folder", Path.home()))
    except (
        RuntimeError
    ):  # no HOME and no password entry: there is no home folder to protect
        pass
    return [
        (what, spelling)
        for what, folder in folders
        for spelling in _both_spellings(folder)
    ]


def _guard(out: Path, data_dir: Path) -> None:
    # OUT is replaced wholesale on success: it must not be (or contain) anything the rerun reads or the user keeps.
    must_survive = _must_survive(data_dir)
    for (
        what,
        folder,
    ) in (
        must_survive
    ):  # first, so that OUT=/ is named as the root, not as what it holds
        if out == folder:
            raise RerunError(
                f"refusing to write into {out}: it is {what}, and a rerun replaces OUT wholesale; "
                "choose a new or empty folder for --out"
            )
    for what, folder in must_survive:
        if out in folder.parents:
            raise RerunError(
                f"refusing to write into {out}: it contains {what} {folder}, which replacing it "
                "would delete; choose a new or empty folder for --out"
            )
    # Inside what the rerun reads, the output would change its own input, or hide among the sources.
    for what, folder in (
        ("the data folder", data_dir),
        ("the source texts folder", paths.seeds_dir()),
    ):
        if any(spelling in out.parents for spelling in _both_spellings(folder)):
            raise RerunError(
                f"refusing to write into {out}: it is inside {what} {folder}; a rerun leaves its "
                "input untouched, so choose a folder outside it for --out"
            )
    protected = [
        paths.REPO_ROOT / p for p in ("notebooks", "data", "book", "airaces", "tests")
    ]
    if any(out == p or p in out.parents for p in protected):
        raise RerunError(
            f"refusing to write into {out}: it would overwrite the book's own files"
        )


def _refuse_unexpanded_home(given: str, option: str) -> None:
    # `--out=~/x` reaches us with the tilde unexpanded (the shell expands it only at the start of a
    # word): taken literally it makes a folder named "~", which a later `rm -rf ~` would confuse.
    if given == "~" or given.startswith("~/") or "/~/" in given or given.endswith("/~"):
        raise RerunError(
            f"refusing {option} {given!r}: the shell did not expand '~'; give the full path "
            f'(for example {option} "$HOME/...")'
        )


def write_marker(folder: Path, data_dir: Path, chapters: list[str]) -> None:
    """Mark ``folder`` as a rerun's output, so that a later rerun may replace it."""
    record = {
        "written_by": WRITER,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data": str(data_dir),
        "chapters": chapters,
    }
    (folder / MARKER).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def _written_by_a_rerun(folder: Path) -> bool:
    try:
        return (
            json.loads((folder / MARKER).read_text(encoding="utf-8")).get("written_by")
            == WRITER
        )
    except (OSError, ValueError, AttributeError):
        return False


def _refuse_unless_replaceable(out: Path) -> None:
    # Replacing OUT deletes what is in it: only an empty folder or an earlier rerun's output may go.
    if not out.exists():
        return
    if not out.is_dir():
        raise RerunError(
            f"refusing to write into {out}: it is a file, not a folder; choose another --out"
        )
    if any(out.iterdir()) and not _written_by_a_rerun(out):
        raise RerunError(
            f"refusing to write into {out}: it is not empty and no rerun wrote it (it has no {MARKER} "
            "file), and a rerun replaces OUT wholesale, which would delete what is there; choose a new "
            "or empty folder for --out, or move its contents away first"
        )


def _staging_folder(out: Path, kind: str) -> Path:
    """A new empty folder ``.OUT.KIND-PID-XXXXXXXX`` beside OUT: the pid tells a later rerun whose it is."""
    folder = Path(
        tempfile.mkdtemp(prefix=f".{out.name}.{kind}-{os.getpid()}-", dir=out.parent)
    )
    # mkdtemp makes it private (0700); once swapped in, OUT should be readable as any new folder is.
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    return folder


def _staging_pattern(out: Path) -> re.Pattern:
    # "partial" while the rerun runs, "previous" while it swaps; mkdtemp's suffix has no dash.
    return re.compile(rf"\.{re.escape(out.name)}\.(?:partial|previous)-(\d+)-\w+")


def _alive(pid: int) -> bool:
    if pid <= 0:  # not one process: os.kill would signal a whole group
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _remove_stale_staging(out: Path, log) -> None:
    """Remove the staging folders beside OUT that a rerun killed outright (SIGKILL, a crash) left behind.

    Each names its process; one whose process is still alive belongs to a rerun that is running
    (or to a process that reused a dead rerun's pid: that folder waits for a later rerun).
    """
    if not out.parent.is_dir():
        return
    pattern = _staging_pattern(out)
    for folder in out.parent.iterdir():
        match = pattern.fullmatch(folder.name)
        if not match or folder.is_symlink() or not folder.is_dir():
            continue
        pid = int(match.group(1))
        if _alive(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        log(
            f"rerun: removed {folder}, left by an interrupted rerun (process {pid} is gone)"
        )


class _Signals:
    """SIGTERM and SIGINT for the length of a rerun.

    Python dies on SIGTERM without unwinding, which left the staging folder behind: here it
    raises SystemExit(143) in the main thread (SIGINT raises KeyboardInterrupt, as usual), so
    the cleanup runs. A second signal while cleaning up is ignored, so the cleanup finishes;
    one that comes while OUT is being swapped waits for the swap, so OUT is never missing.
    """

    HANDLED = (signal.SIGTERM, signal.SIGINT)

    def __init__(self):
        self.received: int | None = None
        self.holding = False
        self.previous = {}

    def __enter__(self):
        # Only the main thread may set handlers; called from another thread, Python's own stay.
        if threading.current_thread() is threading.main_thread():
            self.previous = {s: signal.signal(s, self._handle) for s in self.HANDLED}
        return self

    def __exit__(self, *exc_info):
        for s, handler in self.previous.items():
            if handler is not None:
                signal.signal(s, handler)

    def _handle(self, signum, frame):
        if self.received is not None:
            return
        self.received = signum
        if not self.holding:
            self._stop()

    def _stop(self):
        if self.received == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + self.received)

    @contextmanager
    def held(self):
        """Defer a signal until the block is done."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.received is not None:
            self._stop()


def _swap_in(staging: Path, out: Path) -> None:
    """Put ``staging`` where ``out`` is; the earlier output is removed only once the new one is in place."""
    previous = _staging_folder(out, "previous")
    if out.exists():
        os.replace(
            out, previous
        )  # onto the empty folder: rename(2) replaces an empty directory
    os.replace(staging, out)
    shutil.rmtree(previous, ignore_errors=True)


def _execute_all(
    sources: list[Path], notebooks: Path, data_dir: Path, jobs: int | None, log
) -> None:
    planned = [
        (s, notebooks / f"{s.stem}.ipynb", {"data_dir": str(data_dir)}) for s in sources
    ]
    failed = execute_in_parallel(planned, jobs, log)
    if failed:
        raise RerunError(f"{len(failed)} chapter(s) failed: {', '.join(failed)}")


def _toc(sources: list[Path], whole_book: bool) -> str:
    if whole_book:
        return (paths.REPO_ROOT / "_toc.yml").read_text(encoding="utf-8")
    lines = [
        "format: jb-book",
        "root: index",
        "parts:",
        "  - caption: Chapters",
        "    chapters:",
    ]
    lines += [f"      - file: notebooks/{s.stem}" for s in sources]
    lines += ["  - caption: Back matter", "    chapters:"]
    lines += [f"      - file: book/{page}" for page in SUPPORT_PAGES]
    return "\n".join(lines) + "\n"


def _code_span(text: str) -> str:
    """``text`` as a MyST inline literal that shows every character as written, whatever it holds.

    Nothing inside a code span is markup (no roles, math, emphasis, HTML or smart quotes), and
    CommonMark closes one only on a run of exactly as many backticks as opened it: so the
    fence is one backtick longer than the longest run in ``text``, with a space each side that
    the parser strips (a backtick at either end would otherwise join the fence). Characters
    that are not printable are shown escaped: a newline could end the paragraph.
    """
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    fence = "`" * (max((len(run) for run in re.findall("`+", shown)), default=0) + 1)
    return f"{fence} {shown} {fence}"


def _index_page(sources: list[Path], data_dir: Path) -> str:
    listed = "\n".join(f"- {{doc}}`notebooks/{s.stem}`" for s in sources)
    return (
        f"# Rerun on other data\n\nThese chapters were executed on the ledger in {_code_span(str(data_dir))}.\n\n"
        f"{listed}\n\nThe {{doc}}`ledger browser <book/ledger>` shows that ledger.\n"
    )


def _build_html(
    sources: list[Path],
    notebooks: Path,
    data_dir: Path,
    html_out: Path,
    whole_book: bool,
    log,
) -> None:
    started = time.perf_counter()
    # Inside the staging folder, so that a rerun killed outright leaves nothing the next one won't remove.
    with tempfile.TemporaryDirectory(prefix=".book-", dir=html_out.parent) as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(paths.REPO_ROOT / "book", src / "book")
        shutil.copy2(paths.REPO_ROOT / "_config.yml", src / "_config.yml")
        shutil.copytree(notebooks, src / "notebooks")
        (src / "_toc.yml").write_text(_toc(sources, whole_book), encoding="utf-8")
        if not whole_book:
            (src / "index.md").write_text(
                _index_page(sources, data_dir), encoding="utf-8"
            )
        jupyter_book = Path(sys.executable).with_name("jupyter-book")
        env = {**os.environ, "AIRACES_DATA_DIR": str(data_dir)}
        if (
            not whole_book
        ):  # links to chapters left out read as text (airaces.sphinx.partial)
            env["AIRACES_PARTIAL_BOOK"] = "1"
        result = subprocess.run(
            [
                str(jupyter_book),
                "build",
                str(src),
                "--path-output",
                str(Path(tmp) / "out"),
                "--builder",
                "html",
                "-W",
                "-n",
                "--keep-going",
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        if result.returncode != 0:
            problems = [
                line
                for line in (result.stdout + result.stderr).splitlines()
                if "WARNING" in line or "ERROR" in line
            ]
            raise RerunError(
                "the HTML build failed:\n"
                + "\n".join(problems[-20:] or result.stderr.splitlines()[-20:])
            )
        shutil.move(str(Path(tmp) / "out" / "_build" / "html"), str(html_out))
    log(f"  {'html':<22} built in {time.perf_counter() - started:5.1f} s")


def rerun(
    data_dir,
    out_dir,
    chapter_names: list[str] | None = None,
    whole_book: bool = False,
    html: bool = True,
    jobs: int | None = None,
    log=print,
) -> Path:
    """Validate, execute and build into ``out_dir``; raise (writing nothing) if any step fails."""
    import airaces
    from airaces import opendata

    started = time.perf_counter()
    # Before anything runs: what replacing OUT would delete.
    _refuse_unexpanded_home(str(out_dir), "--out")
    _refuse_unexpanded_home(str(data_dir), "--data")
    out = Path(out_dir).resolve()
    _guard(out, Path(data_dir))
    _refuse_unless_replaceable(out)
    data_dir = Path(data_dir).resolve()
    sources = _select(None if whole_book else chapter_names)
    _remove_stale_staging(out, log)
    violations = airaces.validate(data_dir)
    # The open data beside the ledger is checked too, unless the folder itself is unusable.
    if not any(v.rule == "folder-exists" for v in violations):
        violations += opendata.validate(data_dir)
    if violations:
        raise RerunError(
            f"{len(violations)} problem(s) in {safe_name(str(data_dir), 200)}; nothing was run:\n"
            + "\n".join(report_lines(violations))
        )
    log(
        f"rerun: {len(sources)} chapter(s) on {safe_name(str(data_dir), 200)} -> {safe_name(str(out), 200)}"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with _Signals() as signals:
        staging = _staging_folder(out, "partial")
        swapped = False
        try:
            _execute_all(sources, staging / "notebooks", data_dir, jobs, log)
            if html:
                _build_html(
                    sources,
                    staging / "notebooks",
                    data_dir,
                    staging / "html",
                    whole_book,
                    log,
                )
            write_marker(staging, data_dir, [s.stem for s in sources])
            _refuse_unless_replaceable(
                out
            )  # again: something may have been written there meanwhile
            with signals.held():
                _swap_in(staging, out)
                swapped = True
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            if signals.received is not None:
                outcome = (
                    f"{out} was already complete"
                    if swapped
                    else f"removed {staging}; {out} is as it was"
                )
                log(
                    f"rerun: stopped by {signal.Signals(signals.received).name}; {outcome}"
                )
            raise
    log(
        f"rerun: {len(sources)} chapter(s) done in {time.perf_counter() - started:.1f} s; "
        f"notebooks in {out / 'notebooks'}"
        + (f", HTML at {out / 'html' / 'index.html'}" if html else "")
    )
    return out
