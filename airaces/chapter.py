"""What every chapter starts from: the ledger, with citations, split by theme.

A chapter calls :func:`open_ledger` once in its setup cell and then asks for
the rows of its theme; keeping this in one place means every chapter reads the
data the same way and cites it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import airaces
from airaces import charts, citations, labels


@dataclass(frozen=True)
class ChapterData:
    ledger: airaces.Ledger
    claims: pd.DataFrame
    events: pd.DataFrame
    forecasts: pd.DataFrame

    def row(self, row_id: str) -> pd.Series:
        """Any row by its id (claim, event, forecast or assessment), with its citation: the ledger's own lookup."""
        return self.ledger.row(row_id)

    def claim(self, claim_id: str) -> pd.Series:
        """One claim, with its citation (the ledger's own lookup)."""
        return self.ledger.claim(claim_id)

    def claims_with(self, ids) -> pd.DataFrame:
        """The claims whose ids are in ``ids``, with their citations."""
        return self.claims[self.claims["claim_id"].isin(ids)]

    def figure(self, chart, **framing):
        """``charts.finish`` with this ledger's sources bound, so a chapter never passes them."""
        return charts.finish(chart, sources=self.ledger.sources, **framing)

    def theme(self, theme: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """The claims, events and forecasts of one theme."""
        pick = lambda frame: frame[frame["theme"] == theme]
        return pick(self.claims), pick(self.events), pick(self.forecasts)


def open_ledger(data_dir) -> ChapterData:
    """Load and validate the ledger in ``data_dir``; every table gets a ``citation`` column."""
    ledger = airaces.load(data_dir)
    labels.use(
        ledger.labels
    )  # the words this ledger gives its names, for tables, charts and findings
    cite = lambda frame: citations.with_citations(frame, ledger.sources)
    return ChapterData(
        ledger, cite(ledger.claims), cite(ledger.events), cite(ledger.forecasts)
    )
