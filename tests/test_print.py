"""The book on paper: a printed caption asks for no pointer (issue 32).

A caption's "Tap or hover over a point for ..." is for a screen; on paper it names something
that cannot be done. Each chapter is opened offline in headless Chromium with print media
emulated, and the words of every figure caption are read as laid out (``innerText`` leaves out
what the stylesheet hides); the same captions on screen must still say it.
"""

from __future__ import annotations

import re

import pytest
from conftest import book_pages, require

CHAPTERS = [p for p in book_pages() if p.startswith("notebooks/")]
POINTER = re.compile(r"\b(tap|hover)\b", re.I)
CAPTIONS_JS = "() => [...document.querySelectorAll('figcaption')].map(c => c.innerText)"


@pytest.fixture(scope="module")
def captions(built_book, browser):
    """Each chapter's figure captions as read on screen and on A4."""
    seen: dict[str, dict[str, list[str]]] = {}

    def _captions(name: str) -> dict[str, list[str]]:
        if name not in seen:
            page = browser.new_page(viewport={"width": 680, "height": 986})
            try:
                page.route(
                    lambda url: not url.startswith("file:"),
                    lambda route: route.abort(),
                )
                page.goto((built_book / name).as_uri(), wait_until="load")
                screen = page.evaluate(CAPTIONS_JS)
                page.emulate_media(media="print")
                seen[name] = {"screen": screen, "paper": page.evaluate(CAPTIONS_JS)}
            finally:
                page.close()
        return seen[name]

    return _captions


@pytest.mark.parametrize("name", CHAPTERS)
def test_no_printed_caption_asks_to_tap_or_hover(name, captions):
    read = captions(name)
    require(
        len(read["paper"]) == len(read["screen"]),
        f"{name}: a caption on screen is missing on paper",
    )
    said = [c for c in read["paper"] if POINTER.search(c)]
    assert not said, f"{name}: printed captions that ask for a pointer:\n" + "\n".join(
        POINTER.sub(lambda m: m.group(0).upper(), c)[:300] for c in said
    )


def test_captions_on_screen_still_say_tap_or_hover(captions):
    # Paper drops the words; the screen keeps them, in the chapters whose captions have them.
    asked = [
        n for n in CHAPTERS if any(POINTER.search(c) for c in captions(n)["screen"])
    ]
    require(asked, "no chapter's caption says 'tap or hover' on screen")
    for name in asked:
        on_paper = [c for c in captions(name)["paper"] if c.strip()]
        assert on_paper, f"{name}: no caption prints at all"
