"""How the book names its sources: "Author (year)" or "Publisher (year)", with the lines a row or a figure
comes from.

Kept apart from the charts so that the ledger can cite a row without loading a
charting library.
"""

from __future__ import annotations

import pandas as pd


def with_citations(rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with a ``citation`` column: short source name, year and line."""
    short = {s.source_id: short_citation(s) for s in sources.itertuples()}
    out = rows.copy()
    out["citation"] = [
        f"{short[s]}, line {line}" for s, line in zip(out["source_id"], out["line"])
    ]
    return out


def short_citation(source) -> str:
    """'Author (year)' for a row of sources.csv with one named author, else 'Publisher (year)', else its title.

    A source is named by who wrote it when one person or body did, as author-date citations
    are; the site that carries an essay or a digest names it only when no author is known.
    """
    author = source.author if isinstance(source.author, str) else ""
    one_author = author if author and not any(mark in author for mark in ",;") else ""
    name = next(
        x
        for x in (one_author, source.publisher, author, source.title)
        if isinstance(x, str) and x
    )
    if name.startswith("[") and name.endswith(
        "]"
    ):  # a title the ledger supplied: "[Untitled news digest…]"
        name = name[1:-1].removeprefix("Untitled ")
        name = name[:1].upper() + name[1:]
    return f"{name} ({source.published[:4]})"


def cite_lines(rows: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    """'Publisher (year), lines 137, 143' for each source the rows come from, in sources.csv order."""
    out = []
    for source in sources.itertuples():
        lines = sorted(
            {int(x) for x in rows.loc[rows["source_id"] == source.source_id, "line"]}
        )
        if lines:
            label = "line" if len(lines) == 1 else "lines"
            out.append(
                f"{short_citation(source)}, {label} {', '.join(map(str, lines))}"
            )
    return out
