"""An amount of money in words: the short name a figure's axis gives it, and the phrase a
sentence uses for it ("the United States' projected spending on ..., over $2.8 trillion by 2029").
"""

from __future__ import annotations

import pandas as pd

from airaces import labels, prose

# Metrics in words that read better inside a sentence than their labels (data/labels.csv).
IN_SENTENCE = {
    "fund_size": "size",
    "capital_expenditure": "capital spending",
    "ai_spending_cumulative": "cumulative AI spending",
    "ai_compute_infrastructure_spending": "spending on AI compute infrastructure",
}
# Entities that take the article although they are capitalised ("the United States'").
WITH_ARTICLE = ("United", "National", "Stargate", "Eastern")
# How a kind of amount reads before its metric: "projected spending", "planned size".
KIND_WORDS = {"forecast": "projected ", "target": "planned "}


def whose(row) -> str:
    """Whose amount it is and what it measures: "Amazon's capital spending", "the
    projected size of China, state and private" (a comma reads badly as a possessive)."""
    entity = row["entity"]
    kind = KIND_WORDS.get(row["kind"], "")
    what = IN_SENTENCE.get(row["metric"], labels.in_sentence("metric", row["metric"]))
    if "," in entity:
        return f"the {kind}{what} of {entity}"
    article = entity[0].islower() or entity.split()[0] in WITH_ARTICLE
    name = "the " * article + entity
    return f"{prose.possessive(name)} {kind}{what}"


def described(row, *also) -> prose.Text:
    """The amount in a sentence: whose it is, the amount as the source hedges it, and for
    a forecast or target the year it is due by; it rests on the row and on ``also``."""
    due = row["kind"] in KIND_WORDS and pd.notna(row["period"])
    by = f" by {prose.year(row, end=True)}" if due else ""
    return prose.derived(f"{whose(row)}, {prose.claim_text(row)}{by}", row, *also)


def change(growth) -> prose.Text:
    """A growth claim in percent as a change in words: 'up 62%' or 'down 5%'."""
    direction = "up" if growth["value"] >= 0 else "down"
    return prose.derived(f"{direction} {prose.number(abs(growth['value']))}%", growth)
