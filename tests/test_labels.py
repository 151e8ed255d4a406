"""airaces.labels: the words a reader sees for the ledger's names, from data/labels.csv."""

from __future__ import annotations

import pytest

import airaces
from airaces import labels
from airaces.rules import LABELLED


@pytest.fixture(autouse=True)
def committed_labels():
    labels.use(airaces.load().labels)


def test_every_name_in_the_ledger_has_words_without_underscores():
    ledger = airaces.load()
    for (table, column), field in LABELLED.items():
        for name in getattr(ledger, table)[column].dropna().unique():
            words = labels.label(field, name)
            assert "_" not in words and words != name.replace("_", " "), (field, name, words)


def test_a_name_without_words_is_an_error_that_names_it():
    with pytest.raises(KeyError, match="metric 'no_such_measure'"):
        labels.label("metric", "no_such_measure")


@pytest.mark.parametrize(("field", "name", "in_a_sentence"), [
    ("metric", "capital_expenditure", "capital expenditure"),
    ("metric", "ai_investment", "AI investment"),
    ("metric", "hugging_face_download_growth", "Hugging Face download growth"),
    ("metric", "performance_gap_us_cn", "performance gap, US against China"),
])
def test_words_inside_a_sentence_keep_only_the_capitals_of_names(field, name, in_a_sentence):
    assert labels.in_sentence(field, name) == in_a_sentence


def test_a_ledger_brings_its_own_words(tmp_path):
    import shutil

    shutil.copytree(airaces.load().data_dir, tmp_path / "data")
    path = tmp_path / "data" / "labels.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("metric,cagr,Compound annual growth rate (CAGR)",
                                                             "metric,cagr,Yearly growth compounded"), encoding="utf-8")
    labels.use(airaces.load(tmp_path / "data").labels)
    assert labels.label("metric", "cagr") == "Yearly growth compounded"
