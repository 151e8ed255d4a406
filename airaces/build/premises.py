"""The premises a chapter's paragraphs rest on, read back from its executed notebook.

A chapter glues each premise with ``airaces.prose.premise``; the glued output
records what was assumed, whether it held on the data the chapter ran on, and
the ledger rows involved. After a rerun on other data, this module lists every
premise that failed, so that an analyst reads the list instead of every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat


@dataclass(frozen=True)
class FailedPremise:
    chapter: str
    paragraph: (
        str  # the name the premise is glued under, next to the paragraph it guards
    )
    assumption: str
    ids: tuple[str, ...]

    def line(self) -> str:
        return f"  {self.chapter}, at {{glue:md}}`{self.paragraph}`: assumes that {self.assumption} [{', '.join(self.ids)}]"


def failed(notebooks: list[Path]) -> list[FailedPremise]:
    """Every premise that did not hold in these executed notebooks, in chapter order."""
    out = []
    for path in sorted(notebooks):
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                meta = output.get("metadata", {})
                premise = meta.get("airaces", {}).get("premise")
                if premise and not premise["holds"]:
                    out.append(
                        FailedPremise(
                            path.stem,
                            meta["scrapbook"]["name"],
                            premise["assumption"],
                            tuple(premise["ids"]),
                        )
                    )
    return out


def summary(failures: list[FailedPremise]) -> list[str]:
    """Lines for a command's summary: how many premises failed, then one line each."""
    if not failures:
        return ["premises: every premise holds on this data"]
    return [
        f"premises: {len(failures)} failed; the paragraphs that rest on them carry a caution:",
        *(f.line() for f in failures),
    ]
