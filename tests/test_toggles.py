"""A chapter page folds its code once per section, and shows no setup (airaces.sphinx.toggles).

Read from the built HTML of each chapter: every code toggle holds code; the parameters cell and the
setup cell after it (imports, the ledger opened) are not on the page; and no section (the text under
an ``h2``, or the opening under the ``h1``) has more than one toggle. Made-up pages at the end show
that each check fails and passes.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import book_pages

CHAPTERS = [p for p in book_pages() if p.startswith("notebooks/")]
TOGGLE = "details.hide"
SETUP = ("div.cell.tag_parameters", "div.cell.tag_injected-parameters")
SETUP_CODE = (
    "open_ledger(",
    "data_dir = ",
)  # what the setup cells run, which no other cell repeats


def section_of(toggle, article):
    """The section a toggle belongs to: its h2 section, or the page's top (h1) section."""
    chain = [
        s
        for s in toggle.find_parents("section")
        if article in s.parents or s is article
    ]
    chain.reverse()
    return chain[1] if len(chain) > 1 else chain[0] if chain else article


def problems(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article.bd-article") or soup
    found = []
    toggles = article.select(TOGGLE)
    for toggle in toggles:
        body = [
            c
            for c in toggle.children
            if getattr(c, "name", None) and c.name != "summary"
        ]
        if not any(c.get_text(strip=True) for c in body):
            found.append(
                f"empty toggle: {toggle.summary.get_text(' ', strip=True) if toggle.summary else ''!r}"
            )
    for selector in SETUP:
        found += [f"setup cell shown: {selector}"] * len(article.select(selector))
    code = " ".join(pre.get_text() for pre in article.select("pre"))
    found += [f"setup code shown: {s!r}" for s in SETUP_CODE if s in code]
    by_section: dict = {}
    for toggle in toggles:
        section = section_of(toggle, article)
        by_section.setdefault(id(section), [section, 0])[1] += 1
    for section, count in by_section.values():
        if count > 1:
            heading = section.find(["h1", "h2"])
            found.append(
                f"{count} toggles in the section {heading.get_text(' ', strip=True) if heading else '?'!r}"
            )
    return found


@pytest.mark.parametrize("page", CHAPTERS)
def test_chapter_folds_its_code_once_per_section_and_shows_no_setup(built_book, page):
    found = problems((built_book / page).read_text(encoding="utf-8"))
    assert not found, "\n".join(found)


def toggle(code: str = "x = 1") -> str:
    return (
        f'<details class="admonition hide"><summary><span>Show</span></summary>'
        f'<div class="cell_input">{f"<pre>{code}</pre>" if code else ""}</div></details>'
    )


def page(*sections: str) -> str:
    body = "".join(
        f'<section id="s{i}"><h2>S{i}</h2>{s}</section>' for i, s in enumerate(sections)
    )
    return f'<article class="bd-article"><section id="top"><h1>T</h1><p>Opening.</p>{body}</section></article>'


CASES = [  # what a page breaks, and the page
    ("empty toggle", page(toggle(""))),
    ("setup cell shown", page('<div class="cell tag_parameters"><pre>x</pre></div>')),
    ("setup code shown", page(toggle("book = chapter.open_ledger(data_dir)"))),
    ("2 toggles in the section", page("<p>a</p>" + toggle() + "<p>b</p>" + toggle())),
]


@pytest.mark.parametrize("problem, html", CASES, ids=[c[0] for c in CASES])
def test_each_check_fails_what_breaks_it(problem, html):
    found = problems(html)
    assert len(found) == 1 and found[0].startswith(problem), found


def test_a_page_with_one_toggle_per_section_passes():
    assert problems(page(toggle(), "<p>no code</p>", toggle() + "<p>a</p>")) == []


# Each toggle as drawn: how many disclosure markers its summary line shows, and its words.
MARKERS_JS = """() => [...document.querySelectorAll('details.hide')].map(d => {
  const s = d.querySelector(':scope > summary');
  const marked = el => getComputedStyle(el).display === 'list-item'
    && getComputedStyle(el).listStyleType !== 'none' && el.getBoundingClientRect().height > 0;
  return [[s, ...s.children].filter(marked).length, s.innerText.trim()];
})"""


def test_each_toggle_shows_one_marker_beside_its_words(built_book, browser):
    """A summary line whose own marker stands alone above the words reads as an empty toggle."""
    page = browser.new_page()
    try:
        page.goto((built_book / CHAPTERS[0]).as_uri(), wait_until="load")
        toggles = page.evaluate(MARKERS_JS)
    finally:
        page.close()
    assert toggles, "no toggle on the page"
    wrong = [t for t in toggles if t[0] != 1 or not t[1]]
    assert not wrong, f"toggles with other than one marker: {wrong}"
