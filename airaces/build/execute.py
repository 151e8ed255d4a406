"""Execute the chapter notebooks, but only those whose inputs changed.

A chapter's inputs are its ``.py`` source, everything in ``data/`` and the
``airaces`` package. Their digest is stored in the executed ``.ipynb``
(``metadata.airaces.inputs_sha256``), so:

* a no-op run reads a few files, compares digests and executes nothing;
* a change to the data re-executes every chapter that reads it;
* a test can refuse a committed notebook whose digest no longer matches its
  inputs, so stale outputs cannot ship.

Execution goes through papermill, one process per chapter, up to one per core.
Volatile metadata (timestamps, durations, random ids) is removed so that two
runs on the same inputs write byte-identical files, and each file is replaced
atomically, so a failed run never leaves a half-written notebook.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import jupytext
import nbformat

from airaces import paths

KERNEL = "python3"
METADATA_KEY = "airaces"


def chapters(notebooks_dir: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """The chapter sources, ``NN_theme.py``, in book order."""
    return sorted(p for p in notebooks_dir.glob("[0-9][0-9]_*.py"))


# The one command that brings stale notebooks up to date; the README, the tests and
# `make check` all name this one.
FIX_STALE = "make book"


def inputs_digest(source: Path, data_dir: Path = paths.DATA_DIR) -> str:
    """SHA-256 over the chapter source, the data folder and the chapters' library.

    The library is the top level of the ``airaces`` package; build tooling
    (``airaces.build``) and the Sphinx extensions (``airaces.sphinx``) sit in
    subpackages, so editing them re-executes nothing.
    """
    h = hashlib.sha256()
    modules = sorted((paths.REPO_ROOT / "airaces").glob("*.py"))
    files = [source, *sorted(p for p in data_dir.rglob("*") if p.is_file()), *modules]
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def stored_digest(notebook: Path) -> str | None:
    """The digest recorded in an executed notebook, or None if there is none."""
    if not notebook.is_file():
        return None
    nb = nbformat.read(notebook, as_version=4)
    return nb.metadata.get(METADATA_KEY, {}).get("inputs_sha256")


def stale(source: Path) -> bool:
    """Whether the committed ``.ipynb`` beside ``source`` no longer matches its inputs."""
    return stored_digest(source.with_suffix(".ipynb")) != inputs_digest(source)


def stale_message(source: Path) -> str:
    """One plain line saying that a chapter's committed outputs are out of date, and how to fix that."""
    notebook = source.with_suffix(".ipynb")
    if not notebook.is_file():
        return f"notebooks/{notebook.name} is missing: run `{FIX_STALE}`, then commit it with {source.name}"
    return (
        f"notebooks/{notebook.name} is stale: its .py, the data or the airaces code changed after it was "
        f"executed; run `{FIX_STALE}` (or `make check CHAPTER={source.stem}` for this chapter alone), "
        f"then commit it with {source.name}"
    )


def notebook_from_source(source: Path) -> nbformat.NotebookNode:
    """The unexecuted notebook for a ``.py`` source, with ids that do not change between runs."""
    nb = jupytext.read(source)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{source.stem}-{i:03d}"
    return nb


def normalise(
    nb: nbformat.NotebookNode, stem: str | None = None
) -> nbformat.NotebookNode:
    """Strip what differs between two runs on the same inputs.

    With ``stem``, cells are renumbered: papermill gives the parameters cell it
    injects a random id, which would make two reruns differ.
    """
    nb.metadata.pop("papermill", None)
    # The kernel's Python to the minor version: the patch level differs between machines that
    # build the same book (Debian 12's 3.11.2, an image's 3.11.7) and changes no output.
    info = nb.metadata.get("language_info", {})
    if "version" in info:
        info["version"] = ".".join(str(info["version"]).split(".")[:2])
    if stem:
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"{stem}-{i:03d}"
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        # The cell papermill adds with a rerun's parameters is code like the rest: folded.
        tags = cell.metadata.get("tags", [])
        if "injected-parameters" in tags and "hide-input" not in tags:
            cell.metadata["tags"] = [*tags, "hide-input"]
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
    return nb


def execute(
    source: Path, output: Path, parameters: dict | None = None, cwd: Path | None = None
) -> Path:
    """Run one chapter with papermill and write the normalised result atomically to ``output``."""
    import papermill

    digest = inputs_digest(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="airaces-") as tmp:
        unexecuted = Path(tmp) / source.with_suffix(".ipynb").name
        nbformat.write(notebook_from_source(source), unexecuted)
        nb = papermill.execute_notebook(
            str(unexecuted),
            None,
            parameters=parameters or {},
            kernel_name=KERNEL,
            cwd=str(cwd or source.parent),
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            # ipykernel warns on every start that loopback TCP is unencrypted; it is noise here.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    nb = normalise(nb, source.stem if parameters else None)
    if not parameters:
        nb.metadata[METADATA_KEY] = {"inputs_sha256": digest}
    partial = output.with_name(f".{output.name}.partial")
    nbformat.write(nb, partial)
    os.replace(partial, output)
    return output


def _timed_execute(source: Path, output: Path, parameters: dict | None = None) -> float:
    started = time.perf_counter()
    execute(source, output, parameters)
    return time.perf_counter() - started


def execute_in_parallel(
    jobs: list[tuple[Path, Path, dict | None]], processes: int | None = None, log=print
) -> list[str]:
    """Execute each (source, output, parameters) in its own process; log a line per chapter; return those that failed.

    Every chapter runs even when one fails, so the log names every failure, not only the first.
    Interrupted (Ctrl-C, or a SIGTERM that the caller turned into an exception), it stops every
    chapter still running, kernels included, before it re-raises.
    """
    failed = []
    pool = ProcessPoolExecutor(
        max_workers=processes or os.cpu_count() or 1,
        initializer=_leave_signals_to_parent,
    )
    try:
        futures = {pool.submit(_timed_execute, *job): job[0] for job in jobs}
        for future in as_completed(futures):
            name = futures[future].stem
            try:
                log(f"  {name:<22} executed in {future.result():5.1f} s")
            except Exception as err:
                failed.append(name)
                log(f"  {name:<22} FAILED: {failure_summary(err)}")
    except BaseException:
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return sorted(failed)


def failure_summary(err: Exception) -> str:
    """What failed and where: for an error in a chapter, the cell, its first line, and the error."""
    cell = getattr(err, "cell_index", None)
    if cell is None:  # not an error inside a cell
        last = str(err).strip().splitlines()[-1] if str(err).strip() else ""
        return f"{type(err).__name__}: {last}"
    first_line = next(
        (
            line
            for line in (err.source or "").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ),
        "",
    )
    return f"cell {cell} (`{first_line.strip()[:80]}`): {err.ename}: {err.evalue}"


def _leave_signals_to_parent() -> None:
    # A forked worker inherits the parent's handlers, which raise; a Ctrl-C in the terminal
    # reaches the workers too. The parent decides when to stop (see _stop_workers), so a
    # worker ignores Ctrl-C and dies at once on SIGTERM instead of starting its next chapter.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _die_with_parent() -> None:
    # A parent killed outright (SIGKILL) runs no cleanup; on Linux the kernel can still send the
    # worker SIGTERM when its parent dies, and the worker's kernel exits when the worker does.
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers and the kernels they started, now, rather than wait for their chapters."""
    import psutil

    everyone = _workers_and_kernels(pool)
    for process in everyone:
        _unless_gone(process.terminate)
    _, still_running = psutil.wait_procs(everyone, timeout=5)
    for process in still_running:
        _unless_gone(process.kill)


def _workers_and_kernels(pool: ProcessPoolExecutor) -> list:
    # jupyter_client starts each kernel in a session of its own, so neither a Ctrl-C in the terminal
    # nor the end of its worker reaches it: the kernels are found while they are the workers' children.
    # pool._processes is private, but Python 3.11 has no public way to end workers (3.14 adds terminate_workers).
    import psutil

    workers = [
        _unless_gone(psutil.Process, p.pid)
        for p in list((pool._processes or {}).values())
    ]
    workers = [w for w in workers if w is not None]
    kernels = [
        k for w in workers for k in (_unless_gone(w.children, recursive=True) or [])
    ]
    return workers + kernels


def _unless_gone(call, *args, **kwargs):
    """``call(...)``, or None when the process it is about has ended meanwhile."""
    import psutil

    try:
        return call(*args, **kwargs)
    except psutil.Error:
        return None


def select(names: list[str] | None = None) -> list[Path]:
    """The chapter sources called ``names`` (such as ``08_capital``), or every chapter; unknown names raise."""
    available = {s.stem: s for s in chapters()}
    if not names:
        return list(available.values())
    unknown = [n for n in names if n not in available]
    if unknown:
        raise ValueError(
            f"unknown chapter(s) {', '.join(unknown)}; choose from: {', '.join(available)}"
        )
    return [available[n] for n in sorted(set(names))]


def execute_stale(
    force: bool = False,
    jobs: int | None = None,
    log=print,
    names: list[str] | None = None,
) -> int:
    """Execute every chapter (or those in ``names``) whose outputs are stale, or all with ``force``.

    Returns the number that failed.
    """
    todo = [s for s in select(names) if force or stale(s)]
    if not todo:
        log("notebooks: all outputs are current; nothing executed")
        return 0
    started = time.perf_counter()
    failed = execute_in_parallel(
        [(s, s.with_suffix(".ipynb"), None) for s in todo], jobs, log
    )
    log(
        f"notebooks: {len(todo) - len(failed)} executed, {len(failed)} failed, in {time.perf_counter() - started:.1f} s"
    )
    return len(failed)


if __name__ == "__main__":
    sys.exit(1 if execute_stale(force="--force" in sys.argv) else 0)
