"""Headless Chromium for the tools that read the built book: the tests, ``make bench`` and ``make pdf``.

One place says which Chromium to use, with which flags, and how to tell that a
page's charts have been drawn, so the three agree on what "drawn" means.
"""

from __future__ import annotations

import shutil

# Flags a root user needs, and the ones that stop Chromium calling home on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CHART = "[id^='altair-viz-']"
# A chart has been drawn once its SVG holds at least one mark.
MARKS = ", ".join(f"svg .mark-{m}" for m in ("symbol", "rule", "line", "rect", "text", "area"))

# Resolves, once the page is parsed and every chart has drawn (or after 15 s), with
# the time since navigation at which each chart first showed a mark.
DRAW_TIMES_JS = """
() => new Promise(resolve => {
  const seen = {};
  function check() {
    const charts = document.querySelectorAll("%s");
    charts.forEach(el => { if (!(el.id in seen) && el.querySelector("%s")) seen[el.id] = performance.now(); });
    // Only a fully parsed page has all its charts; before that, more may follow.
    const parsed = document.readyState !== "loading";
    if ((parsed && Object.keys(seen).length === charts.length) || performance.now() > 15000) resolve(seen);
    else setTimeout(check, 10);
  }
  check();
})
""" % (CHART, MARKS)


def find_chromium() -> str | None:
    """Debian's chromium, if it is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch(playwright):
    """Start headless Chromium with the book's flags, or stop with the command that installs it."""
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("this needs Debian's chromium (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)


def open_offline(browser, url: str, wait_until: str = "load"):
    """A new page at ``url`` with every request that is not a local file refused."""
    page = browser.new_page()
    page.route(lambda u: not u.startswith("file:"), lambda route: route.abort())
    page.goto(url, wait_until=wait_until)
    return page
