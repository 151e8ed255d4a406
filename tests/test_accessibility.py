"""axe-core, injected into headless Chromium, finds no serious or critical problem on any page of the book."""

from __future__ import annotations

import pytest

from airaces import vendor
from conftest import require
from test_book import CHART, open_offline, pages

BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe_source() -> str:
    require(vendor.AXE_FILE.is_file(), f"axe-core is not installed at {vendor.AXE_FILE} (run `make test`, "
                                       "which fetches it, or `python -m airaces.vendor`)")
    return vendor.AXE_FILE.read_text(encoding="utf-8")


def test_no_serious_or_critical_accessibility_violations(built_book, browser, axe_source):
    problems, audited = [], 0
    for path in pages(built_book):
        page, _, _ = open_offline(browser, path)
        charts = page.locator(CHART)
        for i in range(charts.count()):  # audit the page as the reader sees it: charts drawn
            charts.nth(i).locator("svg").first.wait_for(timeout=10_000)
        page.add_script_tag(content=axe_source)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        audited += 1
        name = path.relative_to(built_book).as_posix()
        for violation in result["violations"]:
            if violation["impact"] in BLOCKING:
                targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])} "
                                f"nodes): {violation['help']} e.g. {targets}")
        page.close()
    assert audited >= 15
    assert not problems, "\n".join(problems)
