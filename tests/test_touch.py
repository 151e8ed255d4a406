"""Tooltips a reader can reach and read (issue 32): on a phone a tap on a mark shows its tooltip
and a tap elsewhere hides it; on any screen the tooltip is opaque and stays inside the window.

Opened offline in headless Chromium, on the built book. The phone is emulated with touch
(390 x 844, ``has_touch``, ``is_mobile``), so a tap arrives as the touch and pointer events a
phone sends, and the page must load Vega from that first tap and still answer it.
"""

from __future__ import annotations

import re

import pytest
from conftest import book_pages, figure_pages, require

# Chapters that draw charts: a chapter may carry its argument in sentences and tables alone.
CHAPTERS = figure_pages()
TOUCH_CHAPTERS = ["notebooks/06_adoption.html", "notebooks/08_capital.html"]
PHONE = {"width": 390, "height": 844}

# The centre of the right-most data mark (a dot, bar or square) of chart ``i``, scrolled into
# view: its tooltip is the likeliest to run past the window's edge. Pale marks (a hedge's
# arrowhead, drawn at a third of full opacity) are decoration, not data, and answer no tap.
MARK_JS = """i => {
  const chart = document.querySelectorAll('.airaces-chart')[i];
  chart.scrollIntoView({block: 'center'});
  const marks = [...chart.querySelectorAll('g.role-mark.mark-symbol > path, g.role-mark.mark-rect > path')]
    .filter(m => !(parseFloat(m.getAttribute('opacity') || '1') < 0.5))
    .filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top > 0 && r.bottom < innerHeight; });
  if (!marks.length) return null;
  const r = marks.map(m => m.getBoundingClientRect()).sort((a, b) => b.right - a.right)[0];
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
}"""

# The centre of the mark of live chart ``i`` whose tooltip says the most (Vega's SVG renderer
# keeps each element's scene item, and its tooltip, as ``__data__``), scrolled into view.
LONGEST_TIP_JS = """i => {
  const chart = document.querySelectorAll('.airaces-chart')[i];
  chart.scrollIntoView({block: 'center'});
  const size = m => JSON.stringify(m.__data__.tooltip).length;
  // Below the theme's sticky bar: a finger cannot tap a mark that the bar covers.
  const bar = Math.max(0, ...[...document.querySelectorAll('.bd-header, .bd-header-article')]
    .filter(h => ['sticky', 'fixed'].includes(getComputedStyle(h).position)).map(h => h.getBoundingClientRect().bottom));
  const marks = [...chart.querySelectorAll('g.role-mark > path')].filter(m => m.__data__ && m.__data__.tooltip != null)
    .filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top > bar && r.bottom < innerHeight; });
  if (!marks.length) return null;
  const r = marks.sort((a, b) => size(b) - size(a))[0].getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
}"""

# The right-most data mark of chart ``i``, scrolled into view.
RIGHTMOST_JS = """i => {
  const chart = document.querySelectorAll('.airaces-chart')[i];
  chart.scrollIntoView({block: 'center'});
  const marks = [...chart.querySelectorAll('g.role-mark.mark-symbol > path')]
    .filter(m => !(parseFloat(m.getAttribute('opacity') || '1') < 0.5))
    .filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.top > 0 && r.bottom < innerHeight; });
  if (!marks.length) return null;
  const r = marks.map(m => m.getBoundingClientRect()).sort((a, b) => b.right - a.right)[0];
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
}"""

# A point on the page away from any chart: the start of the first paragraph of prose.
PROSE_JS = """() => {
  const p = [...document.querySelectorAll('main p')].find(p => p.getBoundingClientRect().width > 0 && !p.closest('.airaces-figure'));
  if (!p) return null;
  p.scrollIntoView({block: 'center'});
  const r = p.getBoundingClientRect();
  return {x: r.left + 4, y: r.top + Math.min(r.height / 2, 8)};
}"""

# The tooltip as a reader sees it: shown or not, its words, its box and its background.
TIP_JS = """() => {
  const el = document.getElementById('vg-tooltip-element');
  if (!el) return {shown: false, text: '', background: ''};
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  return {shown: s.visibility === 'visible' && s.display !== 'none' && r.width > 0, text: el.textContent.trim(),
          left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth, height: innerHeight,
          background: s.backgroundColor};
}"""


def _open(browser, built_book, name, **context):
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    page.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
    page.goto((built_book / name).as_uri(), wait_until="load")
    return ctx, page


def _tip(page, shown: bool):
    """The tooltip once it is ``shown`` (or hidden), or as it stands after two seconds."""
    try:
        page.wait_for_function(
            f"""() => {{ const el = document.getElementById('vg-tooltip-element');
            const on = !!el && getComputedStyle(el).visibility === 'visible' && el.textContent.trim() !== '';
            return on === {str(shown).lower()}; }}""",
            timeout=2000,
        )
    except Exception:  # noqa: BLE001 - the state is read and judged below
        pass
    return page.evaluate(TIP_JS)


@pytest.mark.parametrize("name", TOUCH_CHAPTERS)
def test_a_tap_shows_a_tooltip_and_a_tap_elsewhere_hides_it(name, built_book, browser):
    ctx, page = _open(
        browser, built_book, name, viewport=PHONE, has_touch=True, is_mobile=True
    )
    try:
        count = page.evaluate("document.querySelectorAll('.airaces-chart').length")
        require(count > 0, f"{name} has no chart")
        problems = []
        for i in range(count):
            mark = page.evaluate(MARK_JS, i)
            require(
                mark is not None, f"{name}: chart {i + 1} has no data mark on screen"
            )
            page.touchscreen.tap(mark["x"], mark["y"])
            tip = _tip(page, shown=True)
            if not (tip["shown"] and tip["text"]):
                problems.append(f"chart {i + 1}: a tap on a mark shows no tooltip")
                continue
            if not _inside(tip):
                problems.append(f"chart {i + 1}: the tooltip leaves the window: {tip}")
            spot = page.evaluate(PROSE_JS)
            require(spot is not None, f"{name} has no paragraph to tap")
            page.touchscreen.tap(spot["x"], spot["y"])
            if _tip(page, shown=False)["shown"]:
                problems.append(
                    f"chart {i + 1}: a tap on the page leaves the tooltip shown"
                )
        assert not problems, f"{name}: {problems}"
    finally:
        ctx.close()


@pytest.mark.parametrize("name", CHAPTERS)
def test_a_tapped_tooltip_on_a_phone_is_compact(name, built_book, browser):
    # The longest tooltip of each chart, tapped: taller than a quarter of the phone's window, it
    # hides much of the chart it explains; nor may it cover the point that was tapped.
    ctx, page = _open(
        browser, built_book, name, viewport=PHONE, has_touch=True, is_mobile=True
    )
    try:
        count = page.evaluate("document.querySelectorAll('.airaces-chart').length")
        require(count > 0, f"{name} has no chart")
        page.evaluate("window.airacesCharts.livenAll().then(() => true)")
        problems = []
        for i in range(count):
            mark = page.evaluate(LONGEST_TIP_JS, i)
            require(
                mark is not None, f"{name}: chart {i + 1} has no data mark on screen"
            )
            page.touchscreen.tap(mark["x"], mark["y"])
            tip = _tip(page, shown=True)
            require(tip["shown"], f"{name}: chart {i + 1}: a tap shows no tooltip")
            tall = tip["bottom"] - tip["top"]
            if tall > tip["height"] / 4:
                problems.append(
                    f"chart {i + 1}: the tooltip is {tall:.0f} px tall in a {tip['height']} px window"
                )
            if (
                tip["left"] < mark["x"] < tip["right"]
                and tip["top"] < mark["y"] < tip["bottom"]
            ):
                problems.append(f"chart {i + 1}: the tooltip covers the tapped point")
        assert not problems, f"{name} at 390 px: {problems}"
    finally:
        ctx.close()


def _inside(tip) -> bool:
    return (
        tip["left"] >= 0
        and tip["top"] >= 0
        and tip["right"] <= tip["width"]
        and tip["bottom"] <= tip["height"]
    )


def _alpha(colour: str) -> float:
    parts = re.findall(r"[\d.]+", colour)
    if colour.startswith("rgba") and len(parts) == 4:
        return float(parts[3])
    return 1.0 if colour.startswith("rgb") else 0.0


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_tooltip_is_opaque_and_inside_the_window(width, theme, built_book, browser):
    # Fig. 8.2 (the amounts in US dollars): its right-most dot sits by the window's right edge.
    ctx, page = _open(
        browser,
        built_book,
        "notebooks/08_capital.html",
        viewport={"width": width, "height": 900},
    )
    try:
        page.evaluate(f"document.documentElement.dataset.theme = '{theme}'")
        page.evaluate("window.airacesCharts.livenAll().then(() => true)")
        page.wait_for_function(
            "Object.values(window.airacesViews).filter(Boolean).length >= 2"
        )
        mark = page.evaluate(RIGHTMOST_JS, 1)
        require(mark is not None, "Fig. 8.2 has no dot on screen")
        page.mouse.move(mark["x"] - 30, mark["y"])
        page.mouse.move(mark["x"], mark["y"], steps=5)
        tip = _tip(page, shown=True)
        require(
            tip["shown"], "hovering the right-most dot of Fig. 8.2 shows no tooltip"
        )
        assert _alpha(tip["background"]) == 1.0, (
            f"the tooltip's background is {tip['background']}"
        )
        assert _inside(tip), (
            f"the tooltip's box {tip['left']:.0f}-{tip['right']:.0f} x {tip['top']:.0f}-{tip['bottom']:.0f} "
            f"leaves the {tip['width']} x {tip['height']} window"
        )
    finally:
        ctx.close()


# The source lines under each figure: their size and colour, and the page's colour behind them.
FOOTER_JS = """() => [...document.querySelectorAll('.airaces-footer, .airaces-footer *')]
  .filter(e => e.getBoundingClientRect().width > 0 && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
  .map(e => { const s = getComputedStyle(e); return {size: parseFloat(s.fontSize), colour: s.color,
    page: getComputedStyle(document.body).backgroundColor}; })"""


def _luminance(colour: str) -> float:
    channels = [float(c) / 255 for c in re.findall(r"[\d.]+", colour)[:3]]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("name", TOUCH_CHAPTERS)
def test_the_source_lines_under_figures_are_readable(name, built_book, browser):
    ctx, page = _open(
        browser, built_book, name, viewport={"width": 1280, "height": 900}
    )
    try:
        texts = page.evaluate(FOOTER_JS)
        require(texts, f"{name} has no source lines under its figures")
        small = sorted({t["size"] for t in texts if t["size"] < 14})
        assert not small, f"source lines at {small} px, under 14 px"
        faint = []
        for t in texts:
            low, high = sorted((_luminance(t["colour"]), _luminance(t["page"])))
            if (high + 0.05) / (low + 0.05) < 7:
                faint.append(t["colour"])
        assert not faint, (
            f"source lines under 7:1 against the page: {sorted(set(faint))}"
        )
    finally:
        ctx.close()


# index.html only redirects to the introduction.
@pytest.mark.parametrize("name", [p for p in book_pages() if p != "index.html"])
def test_no_page_is_wider_than_a_phone(name, built_book, browser):
    # A phone zooms out a page that is wider than its screen: every word shrinks, and a tap may
    # land somewhere other than where the chart thinks it does.
    ctx, page = _open(
        browser, built_book, name, viewport=PHONE, has_touch=True, is_mobile=True
    )
    try:
        width, window, scale = page.evaluate(
            "() => [document.documentElement.scrollWidth, innerWidth, visualViewport.scale]"
        )
        assert (width, scale) == (window, 1), (
            f"{name} at 390 px is {width} px wide (zoomed to {scale})"
        )
    finally:
        ctx.close()
