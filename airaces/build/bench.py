"""``make bench``: measure the book's build and reading budgets on this machine, pass or fail.

All timings run in scratch copies of the repository (its committed files only),
in one run, so they share the machine's state. A time's budget is a ratio to the
stock forced build (``jupyter-book build`` with ``execute_notebooks: force``)
measured in the same run: seconds do not carry from one machine to the next, and
ratios measured side by side do. Sizes are budgeted in bytes.

- **clean build**: ``make clean && make book``, as a reader or CI does it. The
  notebooks are committed with outputs and a digest of their inputs, so a clean
  build executes nothing and runs Sphinx once. Budget: at most 0.6 x the stock
  ``jupyter-book build`` with ``execute_notebooks: force`` on the same book.
- the same clean build with every chapter re-executed (``execute --force``), for
  information: the cost after a change to data or to ``airaces``;
- **no-op rebuild**: ``make book`` again. Budget: 0.03 x stock;
- **page size**: every chapter page's HTML, the shared Vega bundle apart.
  Budget: 400 KB;
- **page weight**: everything a reader's browser downloads for a page by its load
  event, uncompressed, served over local HTTP to headless Chromium: the heaviest
  chapter page (budget 1.2 MB) and the heaviest page without a chart (budget
  600 kB). The Vega bundle's share is shown apart;
- **chart draw time**: from navigation start until each chart has drawn its
  marks, in headless Chromium. Budget: 0.02 x stock;
- **the test suite**: ``make test`` after ``make book``, as the README has it.
  Budget: 2 x stock;
- **validating a big ledger**: ``airaces.validate`` on the claims repeated to
  150,000 rows (``airaces.build.scale``), in this process. Budget: at most
  0.25 x the stock build (it was 30 s when the stock build took about 115 s);
- **the one-chapter loop**: ``make check CHAPTER=08_capital`` after an edit to
  that chapter's prose, so it re-executes. Budget: 0.2 x stock.
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
from airaces.build import browser

BIN = Path(sys.executable).parent
BUDGET_RATIO = 0.6
BUDGET_NOOP_RATIO = 0.03
BUDGET_PAGE_BYTES = 400_000
BUDGET_DRAW_RATIO = 0.02
BUDGET_CHAPTER_BYTES = 1_200_000
BUDGET_PLAIN_BYTES = 600_000
# The charts' shared script. Charts arrive drawn, and a page fetches it only when a reader
# reaches for a chart (airaces.sphinx.vega), so it is not part of what a page loads; the bench
# reports its size beside each page's, and counts it if a page does load it.
VEGA_BUNDLE = "vega-bundle.js"
BUDGET_SUITE_RATIO = 2.0
BUDGET_CHECK_RATIO = 0.2
CHECK_CHAPTER = "08_capital"
SCALE_ROWS = 150_000
BUDGET_SCALE_RATIO = 0.25


def _scratch_copy(into: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files"],
        cwd=paths.REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in files:
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(paths.REPO_ROOT / name, target)
    (into / ".venv").symlink_to(paths.REPO_ROOT / ".venv")
    return into


def _timed(label: str, cmd: list[str], cwd: Path, **extra_env: str) -> float:
    # PYTHONPATH makes the copy's own airaces shadow the editable install of the original.
    env = (
        os.environ
        | {"PYTHONPATH": str(cwd), "AIRACES_SEEDS": str(paths.seeds_dir().resolve())}
        | extra_env
    )
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(
            f"{label} failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    print(f"  {label:<58} {seconds:7.1f} s", flush=True)
    if (
        "slowest" in done.stdout
    ):  # pytest's --durations report, for the note that goes with the numbers
        report = done.stdout.split("slowest", 1)[1].split("\n", 1)[1]
        print(
            "".join(
                f"      {line}\n"
                for line in report.splitlines()
                if " call " in line or " setup " in line
            )
        )
    return seconds


def validation_seconds(rows: int = SCALE_ROWS) -> float:
    """Seconds to validate a copy of the ledger whose claims are repeated to ``rows`` rows."""
    import airaces
    from airaces.build.scale import repeat_claims

    with tempfile.TemporaryDirectory(prefix="airaces-scale-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(paths.DATA_DIR, data)
        repeat_claims(data, rows)
        started = time.perf_counter()
        problems = airaces.validate(data, paths.seeds_dir())
        seconds = time.perf_counter() - started
    if problems:
        raise SystemExit(f"the {rows:,}-row ledger does not validate: {problems[:3]}")
    print(f"  {f'validate {rows:,} claims':<58} {seconds:7.1f} s", flush=True)
    return seconds


def draw_times(html_root: Path) -> dict[str, list[float]]:
    """Milliseconds from navigation start until each chart on each chapter page has drawn."""
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as p:
        chromium = browser.launch(p)
        for page_path in sorted((html_root / "notebooks").glob("*.html")):
            page = browser.open_offline(
                chromium, page_path.as_uri(), wait_until="commit"
            )
            seen = page.evaluate(browser.DRAW_TIMES_JS)
            total = page.locator(browser.CHART).count()
            # A chart that never drew counts as infinitely late.
            out[page_path.name] = sorted(seen.values()) + [float("inf")] * (
                total - len(seen)
            )
            page.close()
        chromium.close()
    return out


def vega_bytes(sizes: dict[str, int]) -> int:
    return sum(
        size
        for url, size in sizes.items()
        if url.split("?")[0].endswith("/" + VEGA_BUNDLE)
    )


def counted(sizes: dict[str, int]) -> int:
    """A page's total: everything it loads by its load event, the Vega bundle included if it does."""
    return sum(sizes.values())


def page_weights(html_root: Path) -> dict[str, dict[str, int]]:
    """Bytes by URL that each page loads, served over local HTTP to headless Chromium."""
    from playwright.sync_api import sync_playwright

    names = sorted(
        p.relative_to(html_root).as_posix() for p in html_root.glob("*.html")
    ) + sorted(
        p.relative_to(html_root).as_posix()
        for p in html_root.glob("*/*.html")
        if p.parent.name != "_static"
    )
    out = {}
    with sync_playwright() as p, browser.serve(html_root) as base:
        chromium = browser.launch(p)
        for name in names:
            out[name] = browser.page_weight(chromium, base + name)
        chromium.close()
    return out


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    jb = [
        str(BIN / "jupyter-book"),
        "build",
        ".",
        "--builder",
        "html",
        "-W",
        "-n",
        "--keep-going",
    ]
    make = ["make", "--no-print-directory"]
    with tempfile.TemporaryDirectory(prefix="airaces-bench-") as tmp:
        print("timings (scratch copies of the committed files):")
        ours = _scratch_copy(Path(tmp) / "ours")
        first = _timed("first make book in a fresh copy", make + ["book"], ours)
        noop = _timed("no-op rebuild: make book again", make + ["book"], ours)
        shutil.rmtree(ours / "_build")
        clean = _timed("clean build: make clean && make book", make + ["book"], ours)
        sizes = {
            p.name: p.stat().st_size
            for p in (ours / "_build" / "html" / "notebooks").glob("*.html")
        }
        draws = draw_times(ours / "_build" / "html")
        weights = page_weights(ours / "_build" / "html")

        forced = Path(tmp) / "forced"
        _scratch_copy(forced)
        started = time.perf_counter()
        _timed(
            "  re-execute every chapter (execute --force)",
            [sys.executable, "-m", "airaces", "execute", "--force"],
            forced,
        )
        _timed("  then Sphinx", jb, forced)
        forced_total = time.perf_counter() - started
        print(
            f"  {'clean build with every chapter re-executed':<58} {forced_total:7.1f} s"
        )

        stock = _scratch_copy(Path(tmp) / "stock")
        config = stock / "_config.yml"
        config.write_text(
            config.read_text().replace(
                'execute_notebooks: "off"', 'execute_notebooks: "force"'
            )
        )
        stock_s = _timed(
            "stock: jupyter-book build, execute_notebooks: force", jb, stock
        )
        scale = validation_seconds()
        tests = _timed(
            "test suite: make test",
            make + ["test"],
            ours,
            PYTEST_ADDOPTS="--durations=10",
        )
        source = ours / "notebooks" / f"{CHECK_CHAPTER}.py"
        source.write_text(
            source.read_text(encoding="utf-8") + "\n# %% [markdown]\n# An edit.\n",
            encoding="utf-8",
        )
        check = _timed(
            f"one-chapter loop: make check CHAPTER={CHECK_CHAPTER}",
            make + ["check", f"CHAPTER={CHECK_CHAPTER}"],
            ours,
        )

    largest = max(sizes, key=sizes.get)
    slowest_page = max(draws, key=lambda k: max(draws[k]))
    slowest = max(draws[slowest_page]) / 1000
    charts = sum(len(v) for v in draws.values())
    totals = {name: sum(sizes.values()) for name, sizes in weights.items()}
    # index.html only redirects; a reader lands on the page it names.
    chapters = [n for n in totals if n.startswith("notebooks/")]
    plain = [n for n in totals if not n.startswith("notebooks/") and n != "index.html"]
    heaviest_chapter = max(chapters, key=totals.get)
    heaviest_plain = max(plain, key=totals.get)

    def against_stock(what: str, seconds: float, budget: float) -> tuple[bool, str]:
        ratio = seconds / stock_s
        return (
            ratio <= budget,
            f"{what}: {seconds:.1f} s / {stock_s:.1f} s = {ratio:.3f} x stock (budget {budget})",
        )

    checks = [
        against_stock("clean build", clean, BUDGET_RATIO),
        against_stock("no-op rebuild", noop, BUDGET_NOOP_RATIO),
        against_stock(
            f"slowest of {charts} charts drawn after navigation, on {slowest_page}",
            slowest,
            BUDGET_DRAW_RATIO,
        ),
        against_stock(f"validating {SCALE_ROWS:,} claims", scale, BUDGET_SCALE_RATIO),
        against_stock("test suite (make test)", tests, BUDGET_SUITE_RATIO),
        against_stock(
            f"make check CHAPTER={CHECK_CHAPTER} after an edit",
            check,
            BUDGET_CHECK_RATIO,
        ),
        (
            sizes[largest] <= BUDGET_PAGE_BYTES,
            f"largest chapter page {largest} {sizes[largest]:,} B of {len(sizes)} "
            f"(budget {BUDGET_PAGE_BYTES:,} B)",
        ),
        (
            totals[heaviest_chapter] <= BUDGET_CHAPTER_BYTES,
            f"heaviest chapter page {heaviest_chapter}: {totals[heaviest_chapter]:,} B loaded "
            f"({vega_bytes(weights[heaviest_chapter]):,} B of it the Vega bundle) (budget {BUDGET_CHAPTER_BYTES:,} B)",
        ),
        (
            totals[heaviest_plain] <= BUDGET_PLAIN_BYTES,
            f"heaviest page without a chart {heaviest_plain}: {totals[heaviest_plain]:,} B loaded "
            f"({vega_bytes(weights[heaviest_plain]):,} B of it the Vega bundle) (budget {BUDGET_PLAIN_BYTES:,} B)",
        ),
    ]
    print("budgets:")
    for ok, text in checks:
        print(f"  {_verdict(ok)}  {text}")
    print("for information:")
    print(
        f"  re-executing every chapter, then Sphinx: {forced_total:.1f} s ({forced_total / stock_s:.2f} x stock)"
    )
    print(f"  first make book in a fresh copy: {first:.1f} s")
    print(
        "  chapter pages: "
        + ", ".join(f"{k} {v / 1000:.0f} KB" for k, v in sorted(sizes.items()))
    )
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
