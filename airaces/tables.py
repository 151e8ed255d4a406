"""Tables of ledger rows for chapters: plain HTML, every cell escaped, every id a link.

A table shows the spans exactly as printed with their sources, so the reader can
check each figure a chapter discusses; it records the ledger ids it shows, as
figures and glued sentences do, so the book can prove that every claim is shown.
"""

from __future__ import annotations

import html

import pandas as pd

from airaces import prose
from airaces.charts import ledger_link
from airaces.labels import label
from airaces.ledger import ID_COLUMNS, LEDGER_ID, row_ids
from airaces.paths import LEDGER_PAGE
from airaces.periods import period_words

# A chapter's table shows at most this many rows; the ledger browser has the rest. No
# theme of the committed ledger comes near it, but a rerun on a far larger ledger
# would otherwise write a chapter page of many megabytes.
ROW_LIMIT = 300

# Headings for the columns a table computes; a ledger column's heading comes from labels.csv.
HEADINGS = {
    "severity": "Severity",
    "what": "Finding",
    "arithmetic": "Arithmetic",
    "verdict": "Verdict",
    "ids": "Ledger rows",
}


def heading(column: str) -> str:
    """The words over a column: the ledger's label for it, or the heading of a computed one."""
    return HEADINGS[column] if column in HEADINGS else label("column", column)


# Columns whose values are names in code (ai_infrastructure_spending) that a reader reads as words.
WORDS_COLUMNS = {"metric", "dimension", "qualifier", "kind", "theme", "country"}


def linked_ids(escaped: str) -> str:
    """Escaped text with every ledger id in it linked to its row, as the id columns are."""
    return LEDGER_ID.sub(lambda m: ledger_link(m[0]), escaped)


class LedgerTable:
    """An HTML table of ledger rows that IPython displays and the book measures."""

    folded = True  # a chapter's tables back up its argument; they are opened, not scrolled past

    def __init__(self, rows: pd.DataFrame, columns: list[str], caption: str):
        missing = [c for c in columns if c not in rows.columns and c != "value_text"]
        if missing:
            raise KeyError(f"table columns not in the rows: {missing}")
        self.total = len(rows)
        self.rows = rows.head(ROW_LIMIT)
        self.columns = columns
        self.caption = caption
        self.ids = tuple(row_ids(self.rows))

    def _cell(self, row: pd.Series, column: str) -> str:
        if column in ID_COLUMNS:
            return ledger_link(str(row[column]))
        if column == "value_text":
            return html.escape(value_text(row))
        value = row[column]
        if column in ("period", "date"):
            value = period_words(
                value
            )  # "Q4 2024", "2023–2025", as the prose writes them
        if column in WORDS_COLUMNS and isinstance(value, str):
            value = label(column, value)
        return "" if pd.isna(value) else linked_ids(html.escape(str(value)))

    def to_html(self) -> str:
        head = "".join(
            f'<th scope="col">{html.escape(heading(c))}</th>' for c in self.columns
        )
        body = "".join(
            "<tr>"
            + "".join(f"<td>{self._cell(row, c)}</td>" for c in self.columns)
            + "</tr>"
            for _, row in self.rows.iterrows()
        )
        # Said outside the table, which scrolls sideways on a phone: a caption there is cut off.
        shortened = (
            ""
            if self.total <= len(self.rows)
            else (
                f"<p>This table shows the first {len(self.rows):,} of {self.total:,} rows; the "
                f'<a href="{LEDGER_PAGE}">ledger browser</a> has them all.</p>'
            )
        )
        table = (
            f'{shortened}<div class="airaces-table-wrap"><table class="airaces-table">'
            f"<caption>{html.escape(self.caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></div>"
        )
        if not self.folded:
            return table
        # Folded, so that a reader scrolls through the argument and opens the rows when checking one.
        rows = "row" if self.total == 1 else "rows"
        return (
            f'<details class="airaces-ledger-table"><summary>{html.escape(self.caption)} '
            f"({self.total:,} {rows})</summary>{table}</details>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        plain = f"{self.caption} ({len(self.rows)} rows)"
        return {"text/html": self.to_html(), "text/plain": plain}, {
            "airaces": {"ids": list(self.ids)}
        }


def value_text(row: pd.Series) -> str:
    """A claim's value in words, or its printed words when the text fixes no value."""
    if pd.isna(row.get("value")):
        return "not fixed (" + str(row["qualifier"]) + ")"
    return str(prose.claim_text(row))


def ledger_table(
    rows: pd.DataFrame, caption: str, columns: list[str] | None = None
) -> LedgerTable:
    """A table of claims (or events, or forecasts) with the columns a reader checks against."""
    if columns is None:
        if "claim_id" in rows:
            columns = [
                "claim_id",
                "entity",
                "metric",
                "value_text",
                "period",
                "kind",
                "as_printed",
                "citation",
            ]
        elif "event_id" in rows:
            columns = ["event_id", "date", "event", "as_printed", "citation"]
        elif "assessment_id" in rows:
            columns = ["assessment_id", "dimension", "rating", "as_printed", "citation"]
        else:
            columns = [
                "forecast_id",
                "who",
                "claim",
                "target_year",
                "as_printed",
                "citation",
            ]
    return LedgerTable(rows, columns, caption)


class FindingsTable(LedgerTable):
    """The audit's findings, one per row, each id linked to the ledger browser."""

    folded = False  # the findings are what their chapter is about

    def __init__(self, findings: pd.DataFrame, caption: str):
        self.rows = findings
        self.total = len(findings)
        self.columns = ["severity", "what", "arithmetic", "verdict", "ids"]
        self.caption = caption
        self.ids = tuple(sorted({i for ids in findings["ids"] for i in ids}))

    def _cell(self, row: pd.Series, column: str) -> str:
        if column == "ids":
            return ", ".join(ledger_link(i) for i in row["ids"])
        # The arithmetic and verdict cite rows by id and measures by name: links, and words.
        return linked_ids(html.escape(str(row[column])))


def findings_table(findings: pd.DataFrame, caption: str) -> FindingsTable:
    return FindingsTable(findings, caption)


class ComparisonTable(LedgerTable):
    """Claims set against open data (``airaces.outside.compare``): the claim as printed, both
    figures, the verdict and why, each claim linked to its ledger row."""

    folded = False  # the comparisons are what their chapter is about

    def __init__(self, comparisons: pd.DataFrame, claims: pd.DataFrame, caption: str):
        from airaces import outside

        printed = claims.set_index("claim_id")
        self.rows = outside.worded(comparisons).assign(
            as_printed=comparisons["claim_id"].map(printed["as_printed"]),
            citation=comparisons["claim_id"].map(printed["citation"]),
        )
        self.total = len(self.rows)
        self.columns = [
            "claim_id",
            "as_printed",
            "subject",
            "claimed",
            "found",
            "verdict",
            "reason",
        ]
        self.caption = caption
        self.ids = tuple(sorted(comparisons["claim_id"]))

    def _cell(self, row: pd.Series, column: str) -> str:
        if column == "claim_id":
            return ledger_link(row["claim_id"])
        if column == "as_printed":
            return (
                f"“{html.escape(row['as_printed'])}” ({html.escape(row['citation'])})"
            )
        return html.escape(str(row[column]))


HEADINGS |= {
    "subject": "What is compared",
    "claimed": "The source",
    "found": "The open data",
    "reason": "Why",
}


def comparison_table(
    comparisons: pd.DataFrame, claims: pd.DataFrame, caption: str
) -> ComparisonTable:
    """The claims set against open data, one row each; ``claims`` carry their citations."""
    return ComparisonTable(comparisons, claims, caption)
