"""The built book as a reader sees it: Sphinx builds it without a warning, and every page
opened offline in headless Chromium draws its charts and raises no console error."""

from __future__ import annotations

from pathlib import Path

import pytest

# Flags a root user needs, and the ones that stop Chromium calling home on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CHART = "[id^='altair-viz-']"


def pages(html_root: Path) -> list[Path]:
    return sorted(p for p in html_root.rglob("*.html") if "_static" not in p.parts)


def test_build_has_every_page_and_the_local_bundle(built_book):
    names = {p.relative_to(built_book).as_posix() for p in pages(built_book)}
    assert {"index.html", "book/intro.html", "book/methods.html", "notebooks/03_compute.html"} <= names
    bundle = built_book / "_static" / "vega-bundle.js"
    assert bundle.stat().st_size > 500_000
    assert "VEGA_DEBUG" in bundle.read_text(encoding="utf-8")[-400:]


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_offline(browser, page_path: Path):
    """Open a page with every non-file request refused; return (page, errors, network attempts)."""
    page = browser.new_page()
    errors, network = [], []
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))

    def refuse(route):
        network.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file:"), refuse)
    page.goto(page_path.as_uri(), wait_until="load")
    return page, errors, network


def test_every_page_draws_its_charts_offline_without_errors(built_book, browser):
    drawn_per_page = {}
    for path in pages(built_book):
        page, errors, network = open_offline(browser, path)
        charts = page.locator(CHART)
        for i in range(charts.count()):
            # A drawn chart has an SVG with at least one mark in it.
            charts.nth(i).locator("svg .mark-symbol, svg .mark-rule, svg .mark-line, svg .mark-rect").first.wait_for(timeout=10_000)
        name = path.relative_to(built_book).as_posix()
        drawn_per_page[name] = charts.count()
        assert errors == [], f"{name}: {errors}"
        assert network == [], f"{name} tried to reach the network: {network}"
        page.close()
    assert drawn_per_page["notebooks/03_compute.html"] >= 2


def test_charts_are_labelled_for_screen_readers(built_book, browser):
    page, _, _ = open_offline(browser, built_book / "notebooks" / "03_compute.html")
    page.locator(f"{CHART} [role='graphics-document']").first.wait_for(timeout=10_000)
    labels = page.eval_on_selector_all(f"{CHART} [role='graphics-document']", "els => els.map(e => e.getAttribute('aria-label'))")
    assert labels and all(label and len(label) > 40 for label in labels), labels
    page.close()


def test_tooltip_shows_the_span_as_printed(built_book, browser):
    page, _, _ = open_offline(browser, built_book / "notebooks" / "03_compute.html")
    point = page.locator(f"{CHART} svg .mark-symbol path").first
    point.wait_for(timeout=10_000)
    point.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "As printed" in text and "Source" in text and "line" in text
    page.close()
