"""airaces.labels: the words a reader sees for the ledger's names, from data/labels.csv."""

from __future__ import annotations

import pandas as pd
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
            assert "_" not in words and words != name.replace("_", " "), (
                field,
                name,
                words,
            )


def test_a_name_without_words_is_an_error_that_names_it():
    with pytest.raises(KeyError, match="metric 'no_such_measure'"):
        labels.label("metric", "no_such_measure")


@pytest.mark.parametrize(
    ("field", "name", "in_a_sentence"),
    [
        ("metric", "capital_expenditure", "capital expenditure"),
        ("metric", "ai_investment", "AI investment"),
        ("metric", "hugging_face_download_growth", "Hugging Face download growth"),
        ("metric", "performance_gap_us_cn", "performance gap, US against China"),
    ],
)
def test_words_inside_a_sentence_keep_only_the_capitals_of_names(
    field, name, in_a_sentence
):
    assert labels.in_sentence(field, name) == in_a_sentence


def test_a_ledger_brings_its_own_words(tmp_path):
    import shutil

    shutil.copytree(airaces.load().data_dir, tmp_path / "data")
    path = tmp_path / "data" / "labels.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "metric,cagr,Compound annual growth rate (CAGR)",
            "metric,cagr,Yearly growth compounded",
        ),
        encoding="utf-8",
    )
    labels.use(airaces.load(tmp_path / "data").labels)
    assert labels.label("metric", "cagr") == "Yearly growth compounded"


def test_each_themed_chapter_is_titled_with_its_themes_name():
    """A chapter is called what its theme is called in the figures and the ledger, and nothing else."""
    import re

    from airaces import paths

    ledger = airaces.load()
    themes = set(ledger.claims["theme"])
    titled = {}
    for source in sorted((paths.REPO_ROOT / "notebooks").glob("[0-9][0-9]_*.py")):
        theme = source.stem.split("_", 1)[1]
        if theme in themes:
            titled[theme] = re.search(
                r"^# # (.+)$", source.read_text(encoding="utf-8"), re.M
            ).group(1)
    assert titled.keys() == themes, themes - titled.keys()
    wrong = {
        t: title
        for t, title in titled.items()
        if not title.startswith(labels.label("theme", t))
    }
    assert not wrong, (
        f"chapter titles that do not start with their theme's name in labels.csv: {wrong}"
    )


def test_one_person_has_one_name_in_the_ledger():
    """Two names that share a word and an organisation, such as 'Eddie Wu (Alibaba)' and 'Wu Yongming
    (Alibaba)', are one person written two ways."""
    import re
    from itertools import combinations

    ledger = airaces.load()
    names = set(ledger.events["actor"].dropna()) | set(ledger.forecasts["who"].dropna())
    people = {}
    for name in names:
        found = re.fullmatch(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)+) \(([^)]+)\)", name)
        if found:
            people[name] = (set(found.group(1).split()), found.group(2))
    twice = [
        (a, b)
        for a, b in combinations(sorted(people), 2)
        if people[a][1] == people[b][1] and people[a][0] & people[b][0]
    ]
    assert people, "no person's name found in the ledger"
    assert not twice, f"one person under two names: {twice}"


def test_a_row_is_named_by_its_row_label_or_else_by_entity_and_measure():
    ledger = airaces.load()
    labels.use(ledger.labels)
    labelled = next(iter(labels.labels("row")))
    rows = pd.DataFrame(
        {
            "claim_id": [labelled, "x-001"],
            "entity": ["anything", "amazon"],
            "metric": ["capital_expenditure", "capital_expenditure"],
        }
    )
    names = labels.row_names(rows).tolist()
    assert names[0] == labels.labels("row")[labelled]
    assert names[1] == "Amazon: " + labels.in_sentence("metric", "capital_expenditure")
    assert "_" not in names[1]
