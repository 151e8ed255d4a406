"""Glued text reads as a person would write it, and is never read as markup."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import airaces
from airaces import prose


@pytest.mark.parametrize(
    "value, text",
    [
        (9200, "9,200"),
        (43.5, "43.5"),
        (2.96, "2.96"),
        (1.0, "1"),
        (2027000, "2,027,000"),
    ],
)
def test_number(value, text):
    assert prose.number(value) == text


def test_number_refuses_missing_values():
    with pytest.raises(ValueError):
        prose.number(float("nan"))


def claim(**fields):
    base = {
        "value": 300.0,
        "value_high": float("nan"),
        "qualifier": "exact",
        "unit": "EFLOPS",
    }
    return pd.Series(base | fields)


def test_claim_text_keeps_the_hedge():
    assert prose.claim_text(claim(qualifier="over")) == "over 300 EFLOPS"
    assert (
        prose.claim_text(claim(qualifier="over"), with_qualifier=False) == "300 EFLOPS"
    )
    assert (
        prose.claim_text(
            claim(value=80.0, value_high=90.0, qualifier="range", unit="percent")
        )
        == "80–90%"
    )
    assert prose.claim_text(claim(value=43.5, unit="CNY_bn")) == "CNY 43.5 billion"
    assert prose.claim_text(claim(value=9.0, unit="rank")) == "ninth"


def test_every_unit_in_the_contract_has_a_phrase():
    from airaces.ledger import contract

    claims = next(r for r in contract()["resources"] if r["name"] == "claims")
    units = next(f for f in claims["schema"]["fields"] if f["name"] == "unit")[
        "constraints"
    ]["enum"]
    assert set(units) <= set(prose.UNIT_PHRASES)


def test_text_is_escaped_for_markdown():
    text = prose.Text("$400 billion and $105 billion <script>alert(1)</script>")
    md = text._repr_markdown_()
    assert "\\$400" in md and "\\$105" in md and "\\<script\\>" in md
    assert repr(text) == str(text)  # no quotes in text/plain


def test_spelled_numbers():
    assert prose.spelled(6) == "six" and prose.spelled(1, capitalise=True) == "One"
    assert prose.spelled(13) == "13" and prose.spelled(2.5) == "2.5"


def test_claim_text_and_quote_record_their_ledger_ids():
    ledger = airaces.load()
    row = ledger.claim("sin-002")
    assert prose.claim_text(row).ids == ("sin-002",)
    vague = ledger.claim("sin-001")
    with pytest.raises(ValueError, match="sin-001"):
        prose.claim_text(vague)
    quoted = prose.quote(vague)
    assert quoted.ids == ("sin-001",) and quoted == f"“{vague['as_printed']}”"


def test_glue_records_ids_in_the_output_metadata(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *a, **k: shown.append((a, k)))
    prose.glue(name=prose.Text("x").citing("b", "a"))
    (bundle,), kwargs = shown[0]
    assert kwargs["metadata"]["airaces"]["ids"] == ["a", "b"]
    assert kwargs["metadata"]["scrapbook"] == {
        "name": "name",
        "mime_prefix": prose.GLUE_PREFIX,
    }
    assert all(k.startswith(prose.GLUE_PREFIX) for k in bundle)


def test_glue_takes_claim_rows_and_many_names_at_once(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *a, **k: shown.append((a, k)))
    ledger = airaces.load()
    prose.glue(target=ledger.claim("sin-002"), words="plain words")
    names = [k["metadata"]["scrapbook"]["name"] for _, k in shown]
    assert names == ["target", "words"]
    assert (
        shown[0][0][0][prose.GLUE_PREFIX + "text/markdown"]
        == prose.claim_text(ledger.claim("sin-002"))._repr_markdown_()
    )
    assert (
        shown[0][1]["metadata"]["airaces"]["ids"] == ["sin-002"]
        and shown[1][1]["metadata"]["airaces"]["ids"] == []
    )


def test_glue_refuses_a_bare_number(monkeypatch):
    monkeypatch.setattr("IPython.display.display", lambda *a, **k: None)
    with pytest.raises(TypeError, match="share: a float must be formatted first"):
        prose.glue(share=0.25)


def test_computed_values_carry_the_rows_they_rest_on():
    ledger = airaces.load()
    target, growth = ledger.claim("sin-002"), ledger.claim("sin-003")
    base = prose.amount(225.0, "EFLOPS", target, growth)
    assert base == "225 EFLOPS" and base.ids == ("sin-002", "sin-003")
    assert prose.amount(53.04, "USD_bn", "ess-005", digits=0) == "$53 billion"
    assert prose.percent(0.4567, target, digits=1) == "45.7%"
    assert prose.count(6, ledger.claims.head(2)).ids == tuple(
        sorted(ledger.claims.head(2)["claim_id"])
    )
    assert prose.derived("x", ["sin-003", "sin-002"], "ess-001").ids == (
        "ess-001",
        "sin-002",
        "sin-003",
    )
    assert prose.derived("x", ledger.claims["claim_id"].head(2)).ids == tuple(
        sorted(ledger.claims["claim_id"].head(2))
    )


def test_years_and_dates_come_from_the_row():
    ledger = airaces.load()
    growth = ledger.claim("sin-003")  # a period such as 2023..2025
    start, end = growth["period"].split("..")
    assert prose.year(growth) == start[:4] and prose.year(growth, end=True) == end[:4]
    assert prose.year(growth).ids == ("sin-003",)
    event = ledger.events.iloc[0]
    assert prose.year(event) == event["date"][:4] and prose.year(event).ids == (
        event["event_id"],
    )
    forecast = ledger.forecasts[ledger.forecasts["target_year"].notna()].iloc[0]
    assert prose.year(forecast) == str(int(forecast["target_year"]))
    assert prose.date(ledger.claim("ess-013")) == pd.Timestamp(
        ledger.claim("ess-013")["period"]
    ).strftime("%B %Y")
    undated = ledger.claims[ledger.claims["period"].isna()].iloc[0]
    with pytest.raises(ValueError, match=undated["claim_id"]):
        prose.year(undated)


def test_style_small_whole_numbers_are_words_and_a_sentence_never_starts_with_digits():
    assert [prose.spelled(n) for n in (1, 9, 10, 12)] == ["one", "nine", "10", "12"]
    assert (
        prose.spelled(10, capitalise=True) == "Ten"
        and prose.spelled(13, capitalise=True) == "13"
    )
    counted = (
        airaces.load()
        .claims.query("unit == 'count' and value < 10 and qualifier == 'exact'")
        .iloc[0]
    )
    assert prose.claim_text(counted) == prose.spelled(counted["value"])


def test_style_a_multiple_below_two_is_never_fold():
    ledger = airaces.load()
    row = ledger.claims[ledger.claims["unit"] == "multiple"].iloc[0].copy()
    row["value"], row["qualifier"] = 1.0, "over"
    assert prose.claim_text(row) == "larger"
    row["value"] = 1.5
    assert prose.claim_text(row) == "over 1.5 times"
    row["value"] = 10.0
    assert prose.claim_text(row) == "over 10-fold"
    assert [prose.times(x, "sin-002") for x in (23.44, 2.31, 2.0)] == [
        "23 times",
        "2.3 times",
        "2 times",
    ]


def test_style_agreement_possessives_and_places():
    assert prose.noun_count(1, "contradiction", "sin-002") == "one contradiction"
    assert prose.noun_count(2, "contradiction", "sin-002") == "two contradictions"
    assert prose.noun_count(0, "contradiction", "sin-002") == "no contradictions"
    assert prose.noun_count(14, "check", "sin-002") == "14 checks" and prose.noun_count(
        14, "check", "sin-002"
    ).ids == ("sin-002",)
    assert (
        prose.noun_count(3, "analysis", "sin-002", plural="analyses")
        == "three analyses"
    )
    assert (
        prose.possessive("United States") == "United States'"
        and prose.possessive("Alibaba") == "Alibaba's"
    )
    assert [prose.ranked(n, "largest", "sin-002") for n in (1, 2, 11)] == [
        "the largest",
        "the second-largest",
        "the 11th-largest",
    ]


@pytest.mark.parametrize(
    "before, after, word",
    [
        (2.4, 4.8, "doubles"),
        (2.4, 3.6, "grows by half"),
        (1, 3, "triples"),
        (4, 2, "halves"),
        (100, 120, "rises by 20%"),
        (100, 88, "falls by 12%"),
        (5, 5, "stays the same"),
    ],
)
def test_change_is_the_verb_the_two_values_call_for(before, after, word):
    assert prose.change(before, after, "sin-002") == word


@given(st.floats(0.01, 1e6), st.floats(0.01, 1e6))
def test_change_never_says_up_when_the_value_went_down(before, after):
    word = prose.change(before, after, "sin-002")
    if after < before * 0.98:
        assert not word.startswith(("rises", "doubles", "triples", "grows"))
    if after > before * 1.02:
        assert not word.startswith(("falls", "halves", "stays"))


def test_compared_picks_the_word_from_the_numbers():
    assert [prose.compared(a, b, "sin-002") for a, b in ((3, 2), (2, 3), (2, 2))] == [
        "more",
        "less",
        "as much",
    ]
    assert prose.compared(3, 2, "sin-002", more="larger", less="smaller") == "larger"


def test_a_premise_that_holds_glues_nothing_and_one_that_fails_says_so(monkeypatch):
    held = prose.premise(True, "the base lies below the target", "sin-002")
    assert held == "" and held._repr_markdown_() == ""
    assert held.premise == {
        "assumption": "the base lies below the target",
        "holds": True,
        "ids": ["sin-002"],
    }
    failed = prose.premise(
        False, "the base lies below the target", "sin-002", "sin-003"
    )
    shown = failed._repr_markdown_()
    assert shown.startswith(
        " **Caution:** this paragraph assumes that the base lies below the target"
    )
    link = '<a class="airaces-ledger-link" href="../book/ledger.html#{0}">{0}</a>'
    assert (
        f"\\(ledger rows {link.format('sin-002')}, {link.format('sin-003')}\\)."
        in shown
    ), "rows link to the browser"
    recorded = []
    monkeypatch.setattr(
        "IPython.display.display", lambda *a, **k: recorded.append(k["metadata"])
    )
    prose.glue(check=failed)
    assert recorded[0]["airaces"]["premise"]["holds"] is False
    assert recorded[0]["airaces"]["ids"] == ["sin-002", "sin-003"]


def test_an_assumption_from_the_data_cannot_become_markup():
    failed = prose.premise(False, "*bold* [link](x) `code`", "sin-002")
    assert (
        "\\*bold\\*" in failed._repr_markdown_()
        and "\\`code\\`" in failed._repr_markdown_()
    )


def test_glue_refuses_a_number_that_names_no_row(monkeypatch):
    monkeypatch.setattr("IPython.display.display", lambda *a, **k: None)
    with pytest.raises(TypeError, match="holds a number but names no ledger row"):
        prose.glue(
            when="mid-" + prose.derived("2024", "sin-007")
        )  # str + Text is a plain str: its rows are gone
    prose.glue(basis="the rate chosen for this run")  # words from no row are fine
    with pytest.raises(TypeError, match="frame the chart with book.figure"):
        import altair as alt

        prose.glue(fig=alt.Chart(pd.DataFrame({"x": [1]})).mark_point())
    with pytest.raises(TypeError, match="DataFrame must be formatted first"):
        prose.glue(table=pd.DataFrame({"x": [1]}))


@pytest.mark.parametrize(
    "helper",
    [
        lambda: prose.amount(5, "EFLOPS"),
        lambda: prose.percent(0.2),
        lambda: prose.count(3),
        lambda: prose.noun_count(3, "check"),
        lambda: prose.times(2.5),
        lambda: prose.change(1, 2),
        lambda: prose.compared(1, 2),
        lambda: prose.ranked(1, "largest"),
    ],
)
def test_a_figure_or_a_word_from_the_data_needs_its_rows(helper):
    with pytest.raises(TypeError, match="needs the ledger rows it is computed from"):
        helper()


def test_what_is_not_a_ledger_id_is_refused_with_the_reason():
    ledger = airaces.load()
    event = ledger.events.set_index("event_id").iloc[
        0
    ]  # the id went into the index: the row no longer has it
    with pytest.raises(ValueError, match="not ledger ids"):
        prose.derived("x", event)
    with pytest.raises(ValueError, match="no ledger id column"):
        prose.derived("x", pd.DataFrame({"date": ["2025-01-27"]}))
    with pytest.raises(TypeError, match="rests on 3"):
        prose.derived("x", 3)
    assert prose.derived("x", ledger.row(event.name)).ids == (event.name,)


def test_misuse_gets_a_message_that_says_what_to_do():
    ledger = airaces.load()
    with pytest.raises(TypeError, match="is not a claim row"):
        prose.claim_text(ledger.row(ledger.events["event_id"].iloc[0]))
    with pytest.raises(TypeError, match=r"book.row\('sin-002'\)"):
        prose.year("sin-002")
    with pytest.raises(ValueError, match="no wording for unit 'EFLOP'"):
        prose.amount(5, "EFLOP", "sin-002")
    with pytest.raises(ValueError, match="takes a share"):
        prose.percent(20.5, "sin-002")
    with pytest.raises(ValueError, match="a place is 1 or more"):
        prose.ranked(0, "largest", "sin-002")


def test_a_date_is_never_more_precise_than_its_row():
    ledger = airaces.load()
    yearly = ledger.claims[
        ledger.claims["period"].fillna("").str.fullmatch(r"\d{4}")
    ].iloc[0]
    assert prose.date(yearly, style="%Y") == yearly["period"]
    with pytest.raises(ValueError, match="less precisely"):
        prose.date(yearly)
    monthly = ledger.claims[
        ledger.claims["period"].fillna("").str.fullmatch(r"\d{4}-\d{2}")
    ].iloc[0]
    with pytest.raises(ValueError, match="less precisely"):
        prose.date(monthly, style="%-d %B %Y")


def test_a_duration_of_one_is_singular():
    row = airaces.load().claims.query("unit == 'years'").iloc[0].copy()
    row["value"], row["qualifier"] = 1.0, "over"
    assert prose.claim_text(row) == "over 1 year"


def test_a_rating_is_signed_with_a_true_minus_and_no_needless_decimal():
    assert [prose.signed(r) for r in (2, 0, -1, 0.5, -1.5)] == [
        "+2",
        "0",
        "−1",
        "+0.5",
        "−1.5",
    ]


def test_listed_joins_words_as_a_sentence_lists_them():
    assert prose.listed([]) == ""
    assert prose.listed(["the essay"]) == "the essay"
    assert prose.listed(["a", "b"]) == "a and b"
    assert prose.listed(["a", "b", "c"]) == "a, b and c"
