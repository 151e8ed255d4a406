"""Every page of the built book as a reader sees it, opened offline in headless Chromium.

Each page is visited once (this module runs on one worker): its charts must
draw without a console error or a network request, carry a label for screen
readers, and axe-core, run on the page as drawn, must find no serious or
critical problem. axe-core ships inside the pinned axe-playwright-python
package, so nothing is downloaded at test time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import book_pages

from airaces import paths
from airaces.build.browser import CHART, MARKS

CHAPTERS = [p for p in book_pages() if p.startswith("notebooks/")]
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def visit(built_book, browser):
    """Open a built page offline, as a reader would, once; return what was seen.

    The page's charts are waited for, then axe-core audits the page as drawn, so
    the draw test and the accessibility test of a page share one visit.
    """
    seen: dict[str, PageVisit] = {}

    def _visit(name: str) -> PageVisit:
        if name not in seen:
            seen[name] = _read_page(browser, built_book, name)
        return seen[name]

    return _visit


def _read_page(browser, built_book: Path, name: str) -> PageVisit:
    from importlib.resources import files

    page = browser.new_page()
    record, logged = PageVisit(name), []
    page.on(
        "console",
        lambda m: (
            logged.append(f"console.{m.type}: {m.text}")
            if m.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda e: logged.append(f"uncaught: {e}"))

    def refuse(route):
        record.network.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file:"), refuse)
    page.goto((built_book / name).as_uri(), wait_until="load")
    if name == "index.html":  # the root page only redirects to the introduction
        page.wait_for_url("**/book/intro.html", timeout=10_000)
        page.wait_for_load_state("load")
    record.landed = page.url
    charts = page.locator(CHART)
    record.charts = charts.count()
    for i in range(record.charts):
        try:
            # A drawn chart has an SVG with at least one mark in it.
            charts.nth(i).locator(MARKS).first.wait_for(timeout=10_000)
            record.drawn += 1
        except Exception:  # noqa: BLE001 - an undrawn chart is counted, and the test says which page
            pass
    # Each chart shows one drawing, a labelled image (airaces.charts); the other is hidden.
    record.labels = page.eval_on_selector_all(
        CHART,
        """charts => charts.map(c => {
        const shown = [...c.querySelectorAll("svg[role='img']")].find(s => s.getBoundingClientRect().width > 0);
        return shown ? shown.getAttribute('aria-label') : null; })""",
    )
    # What the reader's page logged; axe-core's own requests for the stylesheets, refused
    # on file:// URLs, log errors of their own after this.
    record.errors = list(logged)
    page.add_script_tag(
        content=(files("axe_playwright_python") / "axe.min.js").read_text(
            encoding="utf-8"
        )
    )
    result = page.evaluate(AXE)
    record.axe_version = result["testEngine"]["version"]
    record.violations = result["violations"]
    if record.charts:
        _interact(page, charts, record)
    page.close()
    return record


AXE = "async () => await axe.run(document, {resultTypes: ['violations']})"
# The shown drawing of each chart and its name: the live one once Vega has replaced the static one.
SHOWN_LABELS = """charts => charts.map(c => {
    const shown = [...c.querySelectorAll("svg")].find(s => s.getBoundingClientRect().width > 0);
    return shown ? [shown.closest(".vega-embed") !== null, shown.getAttribute("role"), shown.getAttribute("aria-label")]
                 : [false, null, null]; })"""


def _interact(page, charts, record: PageVisit) -> None:
    """Point at and focus every chart, as a reader does, wait until Vega has redrawn each, and audit again."""
    for i in range(record.charts):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        chart.hover()
        chart.dispatch_event("focusin")
    page.wait_for_function(
        """n => { const views = Object.values(window.airacesViews || {});
                                     return views.length >= n && views.every(Boolean); }""",
        arg=record.charts,
        timeout=20_000,
    )
    record.live = page.eval_on_selector_all(CHART, SHOWN_LABELS)
    # Only the charts changed since the page was audited as loaded: audit them again.
    result = page.evaluate(
        "async () => await axe.run({include: [['.airaces-chart']]}, {resultTypes: ['violations']})"
    )
    record.live_violations = result["violations"]


@dataclass
class PageVisit:
    name: str
    landed: str = ""
    charts: int = 0
    drawn: int = 0
    axe_version: str = ""
    labels: list[str | None] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    # After a reader has pointed at every chart: (drawn live, role, name) of each, and axe's findings.
    live: list[list] = field(default_factory=list)
    live_violations: list[dict] = field(default_factory=list)


@pytest.mark.parametrize("page", book_pages())
def test_page_draws_its_charts_offline_without_errors(page, visit):
    seen = visit(page)
    assert seen.errors == [], seen.errors
    assert seen.network == [], f"tried to reach the network: {seen.network}"
    assert seen.drawn == seen.charts, (
        f"{seen.charts - seen.drawn} of {seen.charts} charts never drew a mark"
    )
    if page.startswith("notebooks/"):
        # As many charts as the chapter places figures (a chapter may place none).
        import re

        source = paths.NOTEBOOKS_DIR / page.removeprefix("notebooks/").replace(
            ".html", ".py"
        )
        placed = len(re.findall(r"\{glue:figure\}", source.read_text(encoding="utf-8")))
        assert seen.charts == placed, (
            f"{seen.charts} chart(s) drawn for {placed} figure(s)"
        )
    if page == "index.html":
        assert seen.landed.endswith("/book/intro.html"), seen.landed


@pytest.mark.parametrize("page", CHAPTERS)
def test_charts_are_labelled_for_screen_readers(page, visit):
    seen = visit(page)
    assert len(seen.labels) == seen.charts
    assert all(label and len(label) > 40 for label in seen.labels), seen.labels


def blocking(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes): {v['help']} e.g. "
        f"{[', '.join(node['target']) for node in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("page", book_pages())
def test_page_has_no_serious_or_critical_accessibility_violations(page, visit):
    seen = visit(page)
    assert seen.axe_version, "axe-core did not run"
    problems = blocking(seen.violations)
    assert not problems, f"axe-core {seen.axe_version} on {page}:\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("page", CHAPTERS)
def test_charts_a_reader_has_pointed_at_stay_accessible_and_keep_their_names(
    page, visit
):
    """Once Vega has redrawn a chart for its tooltips, it is still one image with the static drawing's name."""
    seen = visit(page)
    assert [live for live, _, _ in seen.live] == [True] * seen.charts, (
        "every chart was redrawn live"
    )
    assert [(role, name) for _, role, name in seen.live] == [
        ("img", label) for label in seen.labels
    ]
    problems = blocking(seen.live_violations)
    assert not problems, (
        f"axe-core {seen.axe_version} on {page} after pointing at its charts:\n"
        + "\n".join(problems)
    )
