"""Each audit check fires on a small ledger built to trip it, and stays quiet on one that does not."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

import airaces
from airaces import audit, labels
from airaces.ledger import columns

TOL = audit.Tolerances()
# The small ledgers below name measures of their own; their words, as labels.csv would give them.
MADE_UP_MEASURES = {
    "m": "A measure",
    "spending": "Spending",
    "capex": "Capital expenditure",
    "capex_growth_yoy": "Capital expenditure growth, year on year",
    "growth": "Growth",
    "investment": "Investment",
    "tam": "Total addressable market",
    "vs": "Against",
}


@pytest.fixture(autouse=True)
def made_up_labels():
    """The committed ledger's labels, and words for the made-up measures."""
    committed = airaces.load().labels
    extra = pd.DataFrame(
        [("metric", m, words) for m, words in MADE_UP_MEASURES.items()],
        columns=["field", "value", "label"],
    )
    labels.use(pd.concat([committed, extra], ignore_index=True))
    yield
    labels.use(committed)


COLUMNS = columns("claims")


def claims(*rows: dict) -> pd.DataFrame:
    base = {
        "source_id": "s",
        "line": 1,
        "as_printed": "x",
        "value_high": None,
        "qualifier": "exact",
        "unit": "USD_bn",
        "metric": "m",
        "entity": "E",
        "country": "US",
        "period": None,
        "kind": "observed",
        "theme": "capital",
        "attributed_to": None,
        "pair_id": None,
        "note": None,
    }
    frame = pd.DataFrame([{**base, **r} for r in rows], columns=COLUMNS)
    for column in ("value", "value_high"):
        frame[column] = frame[column].astype(float)
    return frame.astype(
        {c: "object" for c in COLUMNS if c not in ("value", "value_high", "line")}
    )


def checks(findings):
    return [(f.check, f.severity) for f in findings]


def test_exchange_rates_spread_beyond_tolerance():
    rows = claims(
        {
            "claim_id": "a",
            "value": 71.0,
            "unit": "CNY_bn",
            "pair_id": "p",
            "line": 1,
            "as_printed": "CNY 71 billion",
        },
        {
            "claim_id": "b",
            "value": 10.0,
            "pair_id": "p",
            "line": 1,
            "as_printed": "$10 billion",
        },
        {
            "claim_id": "c",
            "value": 75.0,
            "unit": "CNY_bn",
            "pair_id": "q",
            "line": 2,
            "as_printed": "CNY 75 billion",
        },
        {
            "claim_id": "d",
            "value": 10.0,
            "pair_id": "q",
            "line": 2,
            "as_printed": "$10 billion",
        },
    )
    found = audit.exchange_rates(rows, TOL)
    assert checks(found) == [
        ("exchange_rates", "inconsistency"),
        ("exchange_rates", "inconsistency"),
    ]
    assert set(found[0].ids) == {"a", "b", "c", "d"}
    close = rows.assign(value=[71.0, 10.0, 71.5, 10.0])
    assert audit.exchange_rates(close, TOL) == []


def test_growth_arithmetic_compares_the_implied_base_with_the_printed_one():
    rows = claims(
        {
            "claim_id": "g",
            "value": 25.0,
            "unit": "percent",
            "metric": "capex_growth_yoy",
            "period": "2025",
        },
        {"claim_id": "r", "value": 300.0, "metric": "capex", "period": "2025"},
        {
            "claim_id": "b",
            "value": 211.0,
            "metric": "capex",
            "period": "2024",
            "entity": "Top five",
        },
    )
    found = audit.growth_arithmetic(rows, TOL)
    assert checks(found) == [("growth_arithmetic", "inconsistency")]
    assert (
        "300 / (1 + 25%) = 240" in found[0].arithmetic
        and "different scopes" in found[0].verdict
    )
    assert audit.growth_arithmetic(rows.assign(value=[25.0, 300.0, 240.0]), TOL) == []


def test_stated_multiple_against_the_printed_ends():
    rows = claims(
        {
            "claim_id": "x",
            "value": 2.0,
            "unit": "multiple",
            "metric": "growth",
            "period": "2024..2028",
        },
        {"claim_id": "a", "value": 47.0, "metric": "tam", "period": "2024"},
        {"claim_id": "b", "value": 108.0, "metric": "tam", "period": "2028"},
    )
    assert checks(audit.stated_multiples(rows, TOL)) == [
        ("stated_multiples", "inconsistency")
    ]
    assert audit.stated_multiples(rows.assign(value=[2.0, 50.0, 104.0]), TOL) == []


def test_nearly_double_that_is_more_than_double_is_a_contradiction():
    rows = claims(
        {
            "claim_id": "x",
            "value": 2.0,
            "unit": "multiple",
            "qualifier": "nearly",
            "metric": "vs",
            "period": "2023..2025",
        },
        {"claim_id": "a", "value": 100.0, "metric": "capex", "period": "2023"},
        {"claim_id": "b", "value": 250.0, "metric": "capex", "period": "2025"},
    )
    assert checks(audit.stated_multiples(rows, TOL)) == [
        ("stated_multiples", "contradiction")
    ]
    assert audit.stated_multiples(rows.assign(value=[2.0, 100.0, 190.0]), TOL) == []


def test_nearly_double_against_figures_printed_elsewhere_is_an_inconsistency():
    """Figures from other sentences may count other companies: a difference of scope, by the definitions."""
    rows = claims(
        {
            "claim_id": "x",
            "value": 2.0,
            "unit": "multiple",
            "qualifier": "nearly",
            "metric": "vs",
            "period": "2023..2025",
        },
        {
            "claim_id": "a",
            "value": 100.0,
            "metric": "capex",
            "period": "2023",
            "line": 2,
        },
        {
            "claim_id": "b",
            "value": 250.0,
            "metric": "capex",
            "period": "2025",
            "line": 2,
        },
    )
    assert checks(audit.stated_multiples(rows, TOL)) == [
        ("stated_multiples", "inconsistency")
    ]


def contradictions_and_their_verdicts(findings):
    return [f.verdict for f in findings if f.severity == "contradiction"]


def test_a_contradiction_is_not_hedged_with_unless():
    """By the chapter's definitions a finding that a difference of scope could explain is an inconsistency."""
    made = audit.stated_multiples(
        claims(
            {
                "claim_id": "x",
                "value": 2.0,
                "unit": "multiple",
                "qualifier": "nearly",
                "metric": "vs",
                "period": "2023..2025",
            },
            {"claim_id": "a", "value": 100.0, "metric": "capex", "period": "2023"},
            {"claim_id": "b", "value": 250.0, "metric": "capex", "period": "2025"},
        ),
        TOL,
    )
    on_the_ledger = audit.run(airaces.load())
    verdicts = contradictions_and_their_verdicts(made) + list(
        on_the_ledger.loc[on_the_ledger["severity"] == "contradiction", "verdict"]
    )
    assert verdicts, "no contradiction to check"
    hedged = [v for v in verdicts if "unless" in v.lower()]
    assert not hedged, f"contradictions whose verdict allows another reading: {hedged}"


def test_a_total_growing_slower_than_every_segment():
    rows = claims(
        {
            "claim_id": "c1",
            "value": 46.0,
            "unit": "percent",
            "metric": "cagr",
            "period": "2024..2028",
        },
        {
            "claim_id": "c2",
            "value": 25.0,
            "unit": "percent",
            "metric": "cagr",
            "period": "2024..2028",
        },
        {"claim_id": "a", "value": 47.0, "metric": "tam", "period": "2024"},
        {"claim_id": "b", "value": 108.0, "metric": "tam", "period": "2028"},
    )
    found = audit.cagr_checks(rows, TOL)
    assert (
        checks(found) == [("cagr", "inconsistency")] and "23.1%" in found[0].arithmetic
    )
    assert audit.cagr_checks(rows.assign(value=[46.0, 20.0, 47.0, 108.0]), TOL) == []


def test_same_metric_with_different_values_or_hedges():
    rows = claims(
        {
            "claim_id": "a",
            "source_id": "s",
            "value": 300.0,
            "unit": "EFLOPS",
            "period": "2025",
        },
        {
            "claim_id": "b",
            "source_id": "t",
            "value": 310.0,
            "unit": "EFLOPS",
            "period": "2025",
        },
    )
    assert checks(audit.same_metric_different_values(rows, TOL)) == [
        ("same_metric", "inconsistency")
    ]
    hedged = rows.assign(value=[300.0, 300.0], qualifier=["exact", "over"])
    assert checks(audit.same_metric_different_values(hedged, TOL)) == [
        ("same_metric", "ambiguity")
    ]
    same = rows.assign(value=[300.0, 300.0])
    assert audit.same_metric_different_values(same, TOL) == []
    undated = rows.assign(period=[None, None])
    assert checks(audit.same_metric_different_values(undated, TOL)) == [
        ("same_metric", "ambiguity")
    ]


def test_same_number_with_different_meanings_but_not_restatements():
    rows = claims(
        {
            "claim_id": "a",
            "value": 400.0,
            "metric": "spending",
            "entity": "Hyperscalers",
        },
        {"claim_id": "b", "value": 400.0, "metric": "investment", "entity": "World"},
    )
    assert checks(audit.same_number_different_meanings(rows, TOL)) == [
        ("same_number", "ambiguity")
    ]
    paired = rows.assign(pair_id=["p", "p"])
    assert audit.same_number_different_meanings(paired, TOL) == []
    assert (
        audit.same_number_different_meanings(rows.assign(value=[400.0, 401.0]), TOL)
        == []
    )


def test_missing_unit_and_missing_period():
    rows = claims(
        {
            "claim_id": "a",
            "value": 0.3,
            "unit": "percent",
            "as_printed": "to 0.3 by 2024",
            "period": "2024",
        },
        {"claim_id": "b", "value": 5.0, "unit": "USD_bn", "as_printed": "$5 billion"},
        {
            "claim_id": "c",
            "value": 5.0,
            "unit": "USD_bn",
            "as_printed": "$5 billion in 2024",
            "period": "2024",
        },
    )
    found = audit.missing_units_and_scopes(rows, TOL)
    assert sorted((f.check, f.ids) for f in found) == [
        ("missing_scope", ("b",)),
        ("missing_unit", ("a",)),
    ]


def test_restatement_drift_in_entity_but_not_in_a_bracketed_conversion():
    rows = claims(
        {
            "claim_id": "a",
            "value": 380.0,
            "unit": "CNY_bn",
            "pair_id": "p",
            "qualifier": "over",
            "line": 1,
        },
        {"claim_id": "b", "value": 53.0, "unit": "USD_bn", "pair_id": "p", "line": 1},
    )
    assert audit.restatement_drift(rows, TOL) == []
    drifted = pd.concat(
        [
            rows,
            claims(
                {
                    "claim_id": "c",
                    "value": 380.0,
                    "unit": "CNY_bn",
                    "pair_id": "p",
                    "entity": "E Cloud",
                    "line": 9,
                }
            ),
        ],
        ignore_index=True,
    )
    found = audit.restatement_drift(drifted, TOL)
    assert (
        checks(found) == [("restatement_drift", "ambiguity")]
        and "E Cloud" in found[0].arithmetic
    )


def test_inferred_dates_say_what_shifts():
    ledger = SimpleNamespace(
        sources=pd.DataFrame(
            {
                "source_id": ["s"],
                "title": ["[Untitled essay]"],
                "author": [None],
                "publisher": [None],
                "published": ["2025"],
                "date_basis": ["Not printed; dated from internal evidence."],
            }
        ),
        claims=claims(
            {
                "claim_id": "a",
                "value": 1.0,
                "period": "2025",
                "note": "'this year' read as 2025.",
            },
            {"claim_id": "b", "value": 1.0, "period": "2025", "note": "Printed."},
        ),
        events=pd.DataFrame(
            columns=["event_id", "source_id", "as_printed", "date", "note"]
        ),
        forecasts=pd.DataFrame(
            columns=["forecast_id", "source_id", "as_printed", "target_year", "note"]
        ),
    )
    found = audit.inferred_dates(ledger, TOL)
    assert [f.ids for f in found] == [("a",)] and "→ 2026" in found[0].arithmetic
    ranged = audit.inferred_dates(
        SimpleNamespace(
            **{
                **vars(ledger),
                "claims": claims(
                    {
                        "claim_id": "r",
                        "value": 1.0,
                        "period": "2026..2030",
                        "note": "'The next five years' read as 2026..2030; year inferred.",
                    }
                ),
            }
        ),
        TOL,
    )
    assert (
        "→ 2027–2031" in ranged[0].arithmetic
        and "records none" not in ranged[0].arithmetic
    )
    assert found[0].verdict.startswith("Essay (2025) prints no date of its own"), (
        "the source is named, not its id"
    )


def test_tolerances_are_parameters():
    rows = claims(
        {
            "claim_id": "a",
            "source_id": "s",
            "value": 300.0,
            "unit": "EFLOPS",
            "period": "2025",
        },
        {
            "claim_id": "b",
            "source_id": "t",
            "value": 310.0,
            "unit": "EFLOPS",
            "period": "2025",
        },
    )
    assert (
        audit.same_metric_different_values(rows, audit.Tolerances(same_value=0.05))
        == []
    )


def test_findings_on_the_ledger_name_real_rows_and_known_severities():
    ledger = airaces.load()
    findings = audit.run(ledger)
    ids = (
        set(ledger.claims["claim_id"])
        | set(ledger.events["event_id"])
        | set(ledger.forecasts["forecast_id"])
    )
    assert len(findings) > 0
    assert all(set(f) <= ids for f in findings["ids"])
    assert set(findings["severity"].astype(str)) <= set(audit.SEVERITIES)
    with pytest.raises(ValueError):
        audit.Finding("x", "fatal", "w", (), "", "")


def test_numeric_gaps_put_each_comparison_on_one_scale():
    findings = pd.DataFrame(
        [
            {
                "check": "stated_multiples",
                "severity": "inconsistency",
                "what": "w",
                "ids": ("a",),
                "values": {"stated": 2.0, "actual": 2.3},
            },
            {
                "check": "growth_arithmetic",
                "severity": "inconsistency",
                "what": "g",
                "ids": ("b",),
                "values": {"implied": 240.0, "printed": 200.0},
            },
            {
                "check": "missing_scope",
                "severity": "ambiguity",
                "what": "m",
                "ids": ("c",),
                "values": {},
            },
        ]
    )
    gaps = audit.numeric_gaps(findings).set_index("check")
    assert list(gaps.index) == ["stated_multiples", "growth_arithmetic"]
    assert gaps.loc["stated_multiples", "gap_pct"] == pytest.approx(15.0)
    assert gaps.loc["growth_arithmetic", "gap_pct"] == pytest.approx(20.0)
    assert gaps.loc["growth_arithmetic", "tolerance_pct"] == pytest.approx(
        100 * TOL.growth
    )


def test_a_fraction_in_words_is_its_own_unit():
    rows = claims(
        {
            "claim_id": "a",
            "value": 50.0,
            "unit": "percent",
            "as_printed": "nearly half of the fundraising",
        },
        {
            "claim_id": "b",
            "value": 0.3,
            "unit": "percent",
            "as_printed": "to 0.3 by the end of 2024",
        },
    )
    found = [
        f
        for f in audit.missing_units_and_scopes(rows, TOL)
        if f.check == "missing_unit"
    ]
    assert [f.ids for f in found] == [("b",)]


def test_an_amount_whose_words_or_restated_figure_give_its_span_has_a_scope():
    rows = claims(
        {
            "claim_id": "a",
            "value": 380.0,
            "unit": "CNY_bn",
            "as_printed": "a three‑year, 380 billion RMB plan",
            "pair_id": "p",
        },
        {
            "claim_id": "b",
            "value": 53.0,
            "as_printed": "(US$53 billion)",
            "pair_id": "p",
        },
        {
            "claim_id": "c",
            "value": 500.0,
            "as_printed": "the $500 billion Stargate Project",
        },
    )
    found = [
        f
        for f in audit.missing_units_and_scopes(rows, TOL)
        if f.check == "missing_scope"
    ]
    assert [f.ids for f in found] == [("c",)]


def test_an_undated_before_and_after_is_progress_not_a_conflict():
    rows = claims(
        {
            "claim_id": "a",
            "value": 20.0,
            "unit": "percent",
            "metric": "yield_rate",
            "as_printed": "once estimated at 20%",
        },
        {
            "claim_id": "b",
            "value": 40.0,
            "unit": "percent",
            "metric": "yield_rate",
            "as_printed": "improved the yield to nearly 40%",
        },
    )
    assert audit.same_metric_different_values(rows, TOL) == []
    rows.loc[:, "as_printed"] = ["estimated at 20%", "estimated at 40%"]
    assert len(audit.same_metric_different_values(rows, TOL)) == 1


def test_findings_name_sources_as_a_reader_knows_them():
    findings = audit.run(airaces.load())
    assert (
        not findings["what"]
        .str.contains(r"\b(?:asi_essay|sinolytics|brookings|cto21|digest)\b")
        .any()
    )


def made_up_findings() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "check": ["exchange_rates", "missing_unit", "missing_unit"],
            "severity": ["inconsistency", "ambiguity", "ambiguity"],
            "what": ["rates within asi_essay", "a", "b"],
            "ids": [("ess-901", "ess-902"), ("ess-903",), ("ess-904",)],
            "values": [{"spread": 0.05}, {}, {}],
        }
    )


def test_findings_read_with_the_names_the_chapters_use():
    ledger = airaces.load()
    read = audit.as_read(made_up_findings(), ledger.sources)
    assert read["what"][0] == "rates within the essay"


def test_counts_by_check_and_the_ids_they_rest_on():
    findings = made_up_findings()
    counts = audit.counts_by_check(findings)
    assert counts.set_index("check")["findings"].to_dict() == {
        "exchange_rates": 1,
        "missing_unit": 2,
    }
    assert set(counts["check_label"]) == {"Exchange rates", "Missing unit"}
    assert audit.ids_of(findings, "missing_unit") == {"ess-903", "ess-904"}
    assert audit.ids_of(findings) == {"ess-901", "ess-902", "ess-903", "ess-904"}
    pair = {"ess-901", "ess-902"}
    assert audit.times_reported(findings, "exchange_rates", "inconsistency", pair) == 1
    assert audit.times_reported(findings, "exchange_rates", "ambiguity", pair) == 0


def test_a_tally_agrees_with_its_count_and_rests_on_its_rows():
    findings = made_up_findings()
    two = audit.tally(findings, "missing_unit", "figure", ("is", "are"))
    assert str(two) == "two figures are" and set(two.ids) == {"ess-903", "ess-904"}
    one = audit.tally(findings, "inconsistency", "inconsistency", column="severity")
    assert str(one) == "one inconsistency"
    none = audit.tally(findings, "missing_scope", "amount")
    assert set(none.ids) == audit.ids_of(findings)


def test_words_for_tolerances_multiples_and_spreads():
    words = audit.tolerance_words(audit.Tolerances())
    assert words["exchange_rate"] == "2%" and words["same_value"] == "exactly"
    assert words["cagr_points"] == "one percentage point"
    later = pd.Series({"qualifier": "over", "claim_id": "ess-909"})
    assert str(audit.hedged_multiple(2.38, later)) == "over 2.3 times"
    assert str(audit.widest_rate_spread(made_up_findings())) == "5.0%"
    none = made_up_findings().iloc[1:]
    assert audit.widest_rate_spread(none) == "no more than the tolerance"


def test_outside_evidence_reports_each_claim_the_open_data_contradicts():
    from airaces import outside

    comparisons = pd.DataFrame(
        [
            {
                "claim_id": "sin-069",
                "subject": "Pre-training data of Qwen2.5-Max",
                "claim_value": 2e12,
                "data_value": 2e13,
                "unit": "tokens",
                "external": "Epoch AI's Notable AI Models, row 118 (Qwen2.5-Max)",
                "verdict": outside.DIFFERS,
                "factor": 10.0,
                "reason": "Both count the tokens of pre-training data.",
            },
            {
                "claim_id": "ess-036",
                "subject": "Cost of training DeepSeek-V3",
                "claim_value": 6e6,
                "data_value": 5.39e6,
                "unit": "US dollars",
                "external": "Epoch AI's Notable AI Models, row 143 (DeepSeek-V3)",
                "verdict": outside.CONSISTENT,
                "factor": 0.9,
                "reason": "Within the tolerance.",
            },
        ]
    )
    found = audit.outside_evidence(comparisons)
    assert [(f.check, f.severity, f.ids) for f in found] == [
        ("outside_evidence", "inconsistency", ("sin-069",))
    ]
    assert (
        "20 trillion tokens" in found[0].what and "2 trillion tokens" in found[0].what
    )
    assert "Notable AI Models, row 118" in found[0].verdict


def test_the_audit_takes_outside_evidence_only_when_given_it():
    import airaces
    from airaces import opendata, outside

    ledger = airaces.load()
    alone = audit.run(ledger)
    compared = outside.compare(ledger, opendata.load())
    joined = audit.run(ledger, outside=compared)
    assert "outside_evidence" not in set(alone["check"])
    differs = set(compared.loc[compared["verdict"] == outside.DIFFERS, "claim_id"])
    assert audit.ids_of(joined, "outside_evidence") == differs
