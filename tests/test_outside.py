"""The comparisons with open data, on a small fixture of Epoch AI rows: each verdict, and a changed snapshot."""

from __future__ import annotations

import pandas as pd
import pytest

import airaces
from airaces import opendata, outside
from airaces.opendata import OpenData


def _model(
    name,
    organization,
    country,
    published,
    kind="Industry",
    domain="Language",
    **numbers,
):
    return {
        "model": name,
        "organization": organization,
        "organization_kind": kind,
        "country": country,
        "published": published,
        "domain": domain,
        "parameters": numbers.get("parameters"),
        "training_compute_flop": numbers.get("compute"),
        "training_datapoints": numbers.get("tokens"),
        "training_cost_usd_2023": numbers.get("cost"),
        "accessibility": numbers.get("access", "API access"),
    }


CN, US = "China", "United States of America"
OPEN = "Open weights (unrestricted)"
MODELS = [
    _model(
        "DeepSeek-V3",
        "DeepSeek",
        CN,
        "2024-12-24",
        compute=3.4e24,
        cost=5.39e6,
        access=OPEN,
    ),
    _model("DeepSeek-R1", "DeepSeek", CN, "2025-01-20", access=OPEN),
    _model("DeepSeek-VL", "DeepSeek", CN, "2024-03-01", access=OPEN),
    _model("Qwen-A", "Alibaba", CN, "2024-05-01", access=OPEN),
    _model("Qwen-B", "Alibaba", CN, "2024-06-01", access="API access"),
    _model("Qwen2.5-Max", "Alibaba", CN, "2025-01-28", tokens=2e13),
    _model("GPT-4", "OpenAI", US, "2023-03-15", compute=2.1e25, cost=4.06e7),
    _model("GPT-2 (1.5B)", "OpenAI", US, "2019-02-14", access=OPEN),
    _model("Whisper v3", "OpenAI", US, "2023-11-06", domain="Speech", access=OPEN),
    _model("Llama 3.1-405B", "Meta AI", US, "2024-07-23", compute=3.8e25, access=OPEN),
    _model("Llama 3-70B", "Meta AI", US, "2024-04-18", compute=7.9e24, access=OPEN),
    _model("Claude", "Anthropic", US, "2024-06-20", compute=1e25),
    _model("Ling", "Ant Group", CN, "2023-10-10", parameters=1.3e10),
    _model("Old US model", "Lab", US, "2011-05-01", domain="Vision"),
]
STOCKS = pd.DataFrame(
    {
        "owner": ["China", "Microsoft", "Meta", "China"],
        "quarter": ["2024-Q2", "2025-Q4", "2025-Q4", "2026-Q1"],
        "h100e": [232471.0, 3.1e6, 1.8e6, 4e5],
        "h100e_low": [1.9e5, 2e6, 1e6, 3e5],
        "h100e_high": [2.8e5, 4e6, 2e6, 5e5],
        "units": [676259.0, 2.1e6, 1.2e6, 1.8e6],
        "incomplete": [False, False, False, True],
    }
)


def _open_data(models=MODELS):
    return OpenData(pd.DataFrame(models), STOCKS, origin={}, folder=opendata.folder())


@pytest.fixture(scope="module")
def ledger():
    return airaces.load()


def _by_claim(table):
    return table.set_index("claim_id")


@pytest.mark.parametrize(
    ("claim", "data", "qualifier", "expected"),
    [
        (100, 80, "about", "consistent"),
        (100, 70, "about", "differs"),
        (100, 130, "exact", "differs"),
        (100, 500, "over", "consistent"),
        (100, 70, "over", "differs"),
        (100, 10, "under", "consistent"),
        (100, 130, "under", "differs"),
    ],
)
def test_a_verdict_follows_the_claims_hedge(claim, data, qualifier, expected):
    assert outside.judge(claim, data, qualifier) == expected


def test_each_verdict_on_the_fixture(ledger):
    table = _by_claim(outside.compare(ledger, _open_data()))
    assert table.at["ess-036", "verdict"] == "consistent"
    assert table.at["ess-037", "verdict"] == "differs"
    assert table.at["ess-037", "factor"] == pytest.approx(0.406)
    assert "0.41 times the claim" in table.at["ess-037", "reason"]
    assert table.at["sin-069", "verdict"] == "differs"
    assert table.at["sin-069", "factor"] == pytest.approx(10)
    assert table.at["sin-057", "verdict"] == "not comparable"
    assert set(table["verdict"]) == set(outside.VERDICTS)


def test_meta_comparable_model_is_found_not_named(ledger):
    table = _by_claim(outside.compare(ledger, _open_data()))
    assert "Llama 3.1-405B" in table.at["ess-038", "subject"]
    assert table.at["ess-038", "data_value"] == pytest.approx(3.4e24 / 3.8e25)


def test_an_open_model_is_read_as_a_language_model_and_the_reason_says_so(ledger):
    row = _by_claim(outside.compare(ledger, _open_data())).loc["ess-042"]
    assert "GPT-2 (1.5B)" in row["reason"] and "Whisper v3" in row["reason"]
    assert row["verdict"] == "consistent"


def test_a_rival_as_open_as_deepseek_turns_the_verdict(ledger):
    rival = [
        _model(f"GLM-{n}", "Zhipu AI", CN, f"2024-0{n}-01", access=OPEN)
        for n in (1, 2, 3)
    ]
    table = _by_claim(outside.compare(ledger, _open_data()))
    changed = _by_claim(outside.compare(ledger, _open_data(MODELS + rival)))
    assert table.at["sin-089", "verdict"] == "consistent"
    assert changed.at["sin-089", "verdict"] == "differs"
    assert "Zhipu AI match or pass DeepSeek" in changed.at["sin-089", "reason"]


def test_a_changed_snapshot_changes_only_the_verdicts_it_should(ledger):
    dearer = [
        replace_cost(m, 3 * m["training_cost_usd_2023"])
        if m["model"] == "DeepSeek-V3"
        else m
        for m in MODELS
    ]
    before = _by_claim(outside.compare(ledger, _open_data()))["verdict"]
    after = _by_claim(outside.compare(ledger, _open_data(dearer)))["verdict"]
    assert (before != after).to_dict() == {k: k == "ess-036" for k in before.index}
    assert after["ess-036"] == "differs"


def replace_cost(model, cost):
    return {**model, "training_cost_usd_2023": cost}


def test_a_wider_tolerance_is_the_analysts_to_pass(ledger):
    strict = _by_claim(outside.compare(ledger, _open_data(), tolerance=0.05))
    loose = _by_claim(outside.compare(ledger, _open_data(), tolerance=0.7))
    assert strict.at["ess-036", "verdict"] == "differs"
    assert loose.at["ess-037", "verdict"] == "consistent"


def test_on_the_book_data_every_comparison_names_its_claim_and_its_rows(ledger):
    table = outside.compare(ledger, opendata.load())
    assert set(table["claim_id"]) <= set(ledger.claims["claim_id"])
    assert table["verdict"].isin(outside.VERDICTS).all()
    assert table["external"].str.startswith("Epoch AI's").all()
    assert (table["reason"].str.len() > 40).all()


def test_the_untestable_list_holds_ledger_claims_only(ledger):
    listed = outside.untestable(ledger)
    assert set(listed["claim_id"]) == set(outside.UNTESTABLE)
    tested = set(outside.compare(ledger, opendata.load())["claim_id"])
    assert tested.isdisjoint(outside.UNTESTABLE)


def test_a_model_missing_from_the_snapshot_is_named(ledger):
    without = [m for m in MODELS if m["model"] != "GPT-4"]
    with pytest.raises(KeyError, match="no model 'GPT-4'"):
        outside.compare(ledger, _open_data(without))
