"""Finding the way round the book: the menu on a phone by touch, the sidebar on a laptop, and the colour mode.

Each test opens a built page in headless Chromium as that reader would: a 390 px
phone with touch (taps, not clicks), or a 1280 px laptop with a mouse.
"""

from __future__ import annotations

import pytest

PAGE = "notebooks/08_capital.html"
ELSEWHERE = "notebooks/03_compute.html"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 3,
}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}

# The menu button a reader sees: the one of its kind with a box on screen.
VISIBLE_MENU_BUTTON = "button.primary-toggle >> visible=true"
NAVIGATION_DIALOG = "#pst-primary-sidebar-modal"


@pytest.fixture
def open_page(browser, built_book):
    """Open a built page in a fresh context with these options; close every context afterwards."""
    contexts = []

    def _open(name: str, **options):
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.goto((built_book / name).as_uri(), wait_until="load")
        return page

    yield _open
    for context in contexts:
        context.close()


def dialog_open(page) -> bool:
    return page.eval_on_selector(NAVIGATION_DIALOG, "dialog => dialog.open")


def test_on_a_phone_a_tap_on_the_menu_button_opens_the_navigation_and_a_tap_on_a_chapter_goes_there(
    open_page,
):
    page = open_page(PAGE, **PHONE)
    buttons = page.locator(VISIBLE_MENU_BUTTON)
    assert buttons.count() == 1, "one menu button shows on a phone"
    buttons.tap()
    page.wait_for_function(
        f"document.querySelector('{NAVIGATION_DIALOG}').open", timeout=5_000
    )
    chapter = page.locator(f"{NAVIGATION_DIALOG} a[href$='{ELSEWHERE.split('/')[-1]}']")
    assert chapter.is_visible(), "the chapters are listed in the open menu"
    chapter.tap()
    page.wait_for_url(f"**/{ELSEWHERE}", timeout=10_000)


@pytest.mark.parametrize("how", ["a tap outside it", "Escape"])
def test_on_a_phone_the_navigation_closes_on_a_tap_outside_it_or_escape(open_page, how):
    page = open_page(PAGE, **PHONE)
    page.locator(VISIBLE_MENU_BUTTON).tap()
    page.wait_for_function(
        f"document.querySelector('{NAVIGATION_DIALOG}').open", timeout=5_000
    )
    if how == "Escape":
        page.keyboard.press("Escape")
    else:  # the dialog's backdrop, to the right of the drawer
        box = page.locator(NAVIGATION_DIALOG).bounding_box()
        page.touchscreen.tap(min(box["x"] + box["width"] + 20, 380), 400)
    page.wait_for_function(
        f"!document.querySelector('{NAVIGATION_DIALOG}').open", timeout=5_000
    )
    assert page.locator("#pst-primary-sidebar .bd-docs-nav").count() == 1, (
        "the contents go back to the sidebar"
    )


SIDEBAR_SHOWN = """() => {
    const sidebar = document.querySelector('#pst-primary-sidebar');
    const box = sidebar.getBoundingClientRect();
    return getComputedStyle(sidebar).visibility !== 'hidden' && box.right > 0 && box.width > 100;
}"""
ARTICLE_LEFT = (
    "() => document.querySelector('.bd-article').getBoundingClientRect().left"
)


def test_on_a_laptop_the_sidebar_toggle_hides_and_restores_the_sidebar(open_page):
    page = open_page(PAGE, **LAPTOP)
    assert page.evaluate(SIDEBAR_SHOWN)
    left = page.evaluate(ARTICLE_LEFT)
    toggle = page.locator(VISIBLE_MENU_BUTTON)
    assert toggle.count() == 1
    toggle.click()
    page.wait_for_function(f"!({SIDEBAR_SHOWN})()", timeout=5_000)
    assert not dialog_open(page), (
        "on a laptop the toggle hides the sidebar, it does not open a dialog"
    )
    page.wait_for_function(
        f"({ARTICLE_LEFT})() < {left - 100}", timeout=5_000
    )  # the text takes the room
    toggle.click()
    page.wait_for_function(f"({SIDEBAR_SHOWN})()", timeout=5_000)
    page.wait_for_function(f"Math.abs(({ARTICLE_LEFT})() - {left}) < 1", timeout=5_000)


def luminance(css_colour: str) -> float:
    """Relative luminance of an "rgb(r, g, b)" colour, 0 (black) to 1 (white)."""
    r, g, b = (
        int(part) / 255
        for part in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]
    )
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def page_colours(page) -> dict:
    """The page's resolved theme, its background, and the fill of each shown chart's axis labels."""
    return page.evaluate("""() => ({
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        chartText: [...document.querySelectorAll('.airaces-chart svg')]
            .filter(svg => svg.getBoundingClientRect().width > 0)
            .map(svg => svg.querySelector('text'))
            .filter(Boolean).map(text => getComputedStyle(text).fill),
    })""")


def test_a_reader_whose_system_is_dark_gets_a_dark_page_and_charts_ready_for_it(
    open_page,
):
    page = open_page(PAGE, color_scheme="dark", **LAPTOP)
    seen = page_colours(page)
    assert seen["theme"] == "dark"
    assert luminance(seen["background"]) < 0.2, (
        f"the page is dark: {seen['background']}"
    )
    assert seen["chartText"], "the page's charts are drawn"
    assert all(luminance(fill) > 0.6 for fill in seen["chartText"]), (
        f"chart text is light on dark: {seen['chartText']}"
    )
    # Once a reader points at a chart, Vega redraws them all live: still dark, still light text.
    page.locator(".airaces-chart").first.hover()
    page.wait_for_function(
        """() => { const views = Object.values(window.airacesViews || {});
                                      return views.length > 0 && views.every(Boolean); }""",
        timeout=20_000,
    )
    backgrounds = page.eval_on_selector_all(
        ".airaces-chart .vega-embed svg",
        "svgs => svgs.map(s => getComputedStyle(s).backgroundColor)",
    )
    assert backgrounds and all(
        b in ("rgba(0, 0, 0, 0)", "transparent") for b in backgrounds
    ), backgrounds
    live = page_colours(page)
    assert all(luminance(fill) > 0.6 for fill in live["chartText"]), (
        f"live chart text on dark: {live['chartText']}"
    )


def test_a_menu_button_lets_go_of_focus_so_its_tooltip_does_not_stay_over_the_header(
    open_page,
):
    page = open_page(PAGE, **PHONE)
    page.locator("button.secondary-toggle >> visible=true").tap()
    page.keyboard.press("Escape")
    page.wait_for_timeout(800)  # past Bootstrap's fade
    shown = page.eval_on_selector_all(
        ".tooltip.show",
        """tips => tips.filter(t => t.getBoundingClientRect().width > 0)
                                                            .map(t => t.textContent)""",
    )
    assert shown == [], f"a tooltip stays over the header's buttons: {shown}"


def test_a_light_system_gets_a_light_page_and_the_toggle_overrides_the_system(
    open_page,
):
    page = open_page(PAGE, color_scheme="light", **LAPTOP)
    assert page_colours(page)["theme"] == "light"
    dark = open_page(PAGE, color_scheme="dark", **LAPTOP)
    switch = dark.locator("button.theme-switch-button >> visible=true").first
    for _ in range(3):  # the toggle steps through auto, light and dark
        if dark.evaluate("document.documentElement.dataset.theme") == "light":
            break
        switch.click()
    seen = page_colours(dark)
    assert seen["theme"] == "light", "the reader's choice wins over the system's"
    assert luminance(seen["background"]) > 0.8
