"""``make bench``: time the book's builds and tests on this machine, in scratch copies of the repository.

Reports: ``make book`` on a fresh clone (outputs committed, so nothing
executes), a no-op ``make book``, a clean build with every notebook executed,
the same clean build done the stock way (``jupyter-book build`` with
``execute_notebooks: force``) and the ratio of the two, and the test suite.
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

BIN = Path(sys.executable).parent


def _scratch_copy(into: Path) -> Path:
    files = subprocess.run(["git", "ls-files"], cwd=paths.REPO_ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(paths.REPO_ROOT / name, target)
    return into


def _timed(label: str, cmd: list[str], cwd: Path, results: dict) -> float:
    # PYTHONPATH makes the copy's own airaces shadow the editable install of the original.
    env = os.environ | {"PYTHONPATH": str(cwd)}
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{label} failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    results[label] = seconds
    print(f"{label:<52} {seconds:7.1f} s", flush=True)
    return seconds


def main() -> int:
    jb = [str(BIN / "jupyter-book"), "build", ".", "--builder", "html", "-W", "-n", "--keep-going"]
    execute = [sys.executable, "-m", "airaces", "execute"]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="airaces-bench-") as tmp:
        ours = _scratch_copy(Path(tmp) / "ours")
        (ours / ".venv").symlink_to(paths.REPO_ROOT / ".venv")
        make_book = ["make", "--no-print-directory", "book"]
        _timed("fresh clone: make book (outputs committed, none run)", make_book, ours, results)
        _timed("no-op rebuild: make book again", make_book, ours, results)
        shutil.rmtree(ours / "_build")
        started = time.perf_counter()
        _timed("clean build, step 1: execute every notebook", execute + ["--force"], ours, results)
        _timed("clean build, step 2: Sphinx", jb, ours, results)
        results["clean"] = time.perf_counter() - started
        print(f"{'clean build (execute all + Sphinx)':<52} {results['clean']:7.1f} s")

        stock = _scratch_copy(Path(tmp) / "stock")
        config = stock / "_config.yml"
        config.write_text(config.read_text().replace('execute_notebooks: "off"', 'execute_notebooks: "force"'))
        _timed("stock: jupyter-book build, execute_notebooks: force", jb, stock, results)
        _timed("test suite (make test's pytest)", [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], ours, results)
    ratio = results["clean"] / results["stock: jupyter-book build, execute_notebooks: force"]
    print(f"{'ratio clean build ours / stock':<52} {ratio:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
