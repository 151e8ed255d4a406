"""The words a reader sees for the names the ledger uses: ``data/labels.csv``, kept with the contract.

A measure is stored as ``performance_gap_us_cn`` so that code can name it; a reader
should meet "Performance gap, US against China". Every chart label, legend, tooltip
and table header that shows a name takes its words from here, never from the name
with its underscores replaced. The ledger a chapter opens brings its own labels
(``Ledger.labels``), so a rerun on another ledger speaks that ledger's words, and
loading refuses a ledger that leaves a name without one (rule ``has-a-label``).
"""

from __future__ import annotations

import pandas as pd

_words: dict[tuple[str, str], str] = {}


def use(labels: pd.DataFrame) -> None:
    """Take the labels of the ledger being read (``chapter.open_ledger`` calls this)."""
    _words.clear()
    _words.update(
        {
            (f, v): label
            for f, v, label in labels[["field", "value", "label"]].itertuples(
                index=False
            )
        }
    )


def label(field: str, value: str) -> str:
    """The words for ``value`` of ``field`` ('metric', 'theme', 'column', ...)."""
    if not _words:
        import airaces

        use(airaces.load().labels)
    try:
        return _words[(field, value)]
    except KeyError:
        raise KeyError(f"labels.csv has no label for {field} {value!r}") from None


def labels(field: str) -> dict[str, str]:
    """Every name of ``field`` with its words."""
    if not _words:
        label("column", "claim_id")
    return {v: words for (f, v), words in _words.items() if f == field}


def in_sentence(field: str, value: str) -> str:
    """The words for ``value`` as they read inside a sentence: 'Capital expenditure' becomes
    'capital expenditure'; 'AI investment' and 'Hugging Face downloads rank' keep their capitals."""
    words = label(field, value)
    first, _, rest = words.partition(" ")
    proper = first[1:] != first[1:].lower() or (rest[:1].isupper())
    return words if proper else words[:1].lower() + words[1:]


def row_names(rows: pd.DataFrame, id_column: str = "claim_id") -> pd.Series:
    """Each row's short name on a figure: its ``row`` label if labels.csv gives one, otherwise
    its entity and measure in words ("Amazon: capital expenditure").

    One rule for every figure, so a row is called the same wherever it is drawn.
    """
    entity = rows["entity"].str[:1].str.upper() + rows["entity"].str[1:]
    measure = rows["metric"].map(lambda metric: in_sentence("metric", metric))
    return rows[id_column].map(labels("row")).fillna(entity + ": " + measure)
