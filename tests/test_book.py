"""The built book as a reader sees it: Sphinx builds it without a warning, and every page
opened offline in headless Chromium draws its charts and raises no console error."""

from __future__ import annotations

from pathlib import Path

from conftest import book_pages

from airaces import paths
from airaces.build.browser import CHART


def pages(html_root: Path) -> list[Path]:
    return sorted(p for p in html_root.rglob("*.html") if "_static" not in p.parts)


def chapter_pages(built_book: Path) -> list[Path]:
    return sorted((built_book / "notebooks").glob("[0-9][0-9]_*.html"))


def test_build_has_exactly_the_pages_the_browser_tests_visit(built_book):
    from airaces.build import execute

    built = {p.relative_to(built_book).as_posix() for p in pages(built_book)}
    expected = set(book_pages())
    assert {f"notebooks/{s.stem}.html" for s in execute.chapters()} <= expected
    assert len(expected) >= 20
    assert built == expected, (
        f"built but not visited: {sorted(built - expected)}; expected but not built: "
        f"{sorted(expected - built)} (after removing a page, `make clean`)"
    )
    bundle = built_book / "_static" / "vega-bundle.js"
    assert bundle.stat().st_size > 500_000
    assert "VEGA_DEBUG" in bundle.read_text(encoding="utf-8")[-400:]


def open_offline(browser, page_path: Path):
    """Open a page with every non-file request refused; return (page, errors, network attempts)."""
    page = browser.new_page()
    errors, network = [], []
    page.on(
        "console",
        lambda m: (
            errors.append(f"console.{m.type}: {m.text}")
            if m.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))

    def refuse(route):
        network.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file:"), refuse)
    page.goto(page_path.as_uri(), wait_until="load")
    return page, errors, network


def test_tooltip_shows_the_span_as_printed(built_book, browser):
    page, _, _ = open_offline(browser, built_book / "notebooks" / "03_compute.html")
    point = page.locator(f"{CHART} svg .mark-symbol path").first
    point.wait_for(timeout=10_000)
    # Pointing at a chart fetches Vega and redraws the chart live; the next move shows the row.
    point.hover(force=True)
    page.wait_for_function(
        "Object.values(window.airacesViews || {}).some(Boolean)", timeout=10_000
    )
    page.locator(f"{CHART} svg .mark-symbol path").first.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "As printed" in text and "Source" in text and "line" in text
    page.close()


def test_every_figure_links_to_its_csv_and_its_ledger_rows(built_book):
    """Each figure's caption links to a CSV written at build time, and to ledger rows that exist."""
    import csv
    import re

    ledger_page = (built_book / "book" / "ledger.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<tr id="([^"]+)"', ledger_page))
    figures = 0
    for path in chapter_pages(built_book):
        page = path.read_text(encoding="utf-8")
        for href in re.findall(r'class="airaces-figure-csv" href="([^"]+)"', page):
            figures += 1
            table = (path.parent / href).resolve()
            assert table.is_file(), f"{path.name}: {href} was not written"
            with table.open(encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            assert (
                len(rows) >= 2 and "source_id" in rows[0] and "as_printed" in rows[0]
            ), href
        linked = set(re.findall(r'href="\.\./book/ledger\.html#([^"]+)"', page))
        assert linked, f"{path.name} links to no ledger row"
        assert linked <= anchors, (
            f"{path.name} links to missing ledger rows: {sorted(linked - anchors)}"
        )
    placed = sum(
        len(re.findall(r"\{glue:figure\}", source.read_text(encoding="utf-8")))
        for source in paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py")
    )
    assert figures == placed, f"{figures} figure CSV links for {placed} figures placed"


def test_ledger_browser_has_every_row_and_searches_and_sorts(built_book, browser):
    import airaces

    ledger = airaces.load()
    page, errors, network = open_offline(browser, built_book / "book" / "ledger.html")
    ids = set(
        page.eval_on_selector_all(
            "table.ledger-table tbody tr", "rows => rows.map(r => r.id)"
        )
    )
    for table, column in (
        ("claims", "claim_id"),
        ("events", "event_id"),
        ("forecasts", "forecast_id"),
        ("assessments", "assessment_id"),
    ):
        assert set(getattr(ledger, table)[column]) <= ids, table
    claims = page.locator(
        ".ledger-browser", has=page.locator("table[data-table='claims']")
    )
    claims.locator(".ledger-search").fill("sin-002")
    visible = claims.locator("tbody tr:not([hidden])")
    assert visible.count() == 1 and visible.first.get_attribute("id") == "sin-002"
    claims.locator(".ledger-search").fill("")
    value_header = claims.locator("th", has_text="value").first
    value_header.locator("button").click()
    values = claims.locator("tbody tr td.num:nth-child(5)").all_inner_texts()
    numbers = [float(v) for v in values if v]
    assert numbers == sorted(numbers)
    assert value_header.get_attribute("aria-sort") == "ascending"
    assert errors == [] and network == []
    page.close()


def test_chronology_filters_by_theme(built_book, browser):
    page, errors, _ = open_offline(
        browser, built_book / "notebooks" / "09_chronology.html"
    )
    chart = page.locator(CHART).first
    symbols = chart.locator("svg .mark-symbol path")
    symbols.first.wait_for(timeout=10_000)
    everything = symbols.count()
    # The menu comes with Vega, which the page fetches when a reader points at the chart.
    chart.hover()
    chart.locator("select").first.select_option("chips", timeout=10_000)
    page.wait_for_timeout(300)
    chips = chart.locator("svg .mark-symbol path").count()
    assert 0 < chips < everything
    assert errors == []
    page.close()
