"""Put ledger figures into the prose with myst-nb glue, so that text follows the data.

A chapter never types a number from the sources. It computes or looks up the
value, formats it here, and glues it under a name that the Markdown cites with
``{glue:md}`name```.
"""

from __future__ import annotations

import math

import pandas as pd

from airaces.ledger import ID_COLUMNS, row_ids

# How a value in each unit reads in a sentence; {v} is the formatted number.
UNIT_PHRASES = {
    "USD": "${v}", "USD_mn": "${v} million", "USD_bn": "${v} billion", "USD_tn": "${v} trillion",
    "CNY_mn": "CNY {v} million", "CNY_bn": "CNY {v} billion", "EUR_bn": "€{v} billion",
    "rank": "rank {v}", "percent": "{v}%", "pct_points": "{v} percentage points", "multiple": "{v}-fold", "ratio": "{v}",
    "count": "{v}", "count_k": "{v} thousand", "count_mn": "{v} million", "count_bn": "{v} billion",
    "EFLOPS": "{v} EFLOPS", "PFLOPS": "{v} PFLOPS", "ZB": "{v} zettabytes", "nm": "{v} nm", "bits": "{v}-bit",
    "params_bn": "{v} billion parameters", "params_tn": "{v} trillion parameters", "tokens_tn": "{v} trillion tokens",
    "years": "{v} years", "months": "{v} months", "days": "{v} days", "minutes": "{v} minutes",
}
QUALIFIER_WORDS = {"about": "about ", "over": "over ", "under": "at most ", "nearly": "nearly ", "exact": "", "vague": ""}


# Characters that Markdown (with MyST's dollar maths) would read as syntax.
_MARKDOWN_SPECIAL = set("\\`*_{}[]<>()#+!|$~")


class Text(str):
    """A string glued as literal text: no quotes, no Markdown, no maths.

    The book cites it with ``{glue:md}`name```; the Markdown form escapes every
    special character, so "$400 billion ... $105 billion" is not read as maths and
    text from the data can never become markup.
    """

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(str(self))

    def _repr_markdown_(self) -> str:
        return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in self)

    ids: tuple[str, ...] = ()
    premise: dict | None = None

    def citing(self, *ids: str) -> "Text":
        """The same text, recording the ledger rows it comes from."""
        out = type(self)(self)
        out.ids = tuple(sorted(set(self.ids) | set(ids)))
        return out


def number(value: float, digits: int | None = None) -> str:
    """A number as a reader expects it: thousands separated, no trailing zeros."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise ValueError("cannot format a missing value")
    if digits is not None:
        return f"{value:,.{digits}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def ordinal(n: int) -> str:
    """1 -> 'first' up to ten, then '11th' and so on."""
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    if 1 <= n <= 10:
        return words[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def spelled(n: float, capitalise: bool = False) -> Text:
    """A whole number from zero to nine in words, larger ones in digits (notebooks/STYLE.md).

    ``capitalise`` is for the start of a sentence, which never begins with digits: there
    numbers up to twelve are spelled too.
    """
    if float(n).is_integer() and 0 <= n <= (12 if capitalise else 9):
        word = _SMALL[int(n)]
        return Text(word.capitalize() if capitalise else word)
    return Text(number(n))


def claim_text(claim: pd.Series, with_qualifier: bool = True) -> Text:
    """A claim's value in words, e.g. 'over 300 EFLOPS', 'CNY 43.5 billion', '80–90%'."""
    if pd.isna(claim["value"]):
        raise ValueError(f"{claim.get('claim_id', 'this claim')} is vague and has no value; quote it with prose.quote()")
    if claim["unit"] == "rank":
        return Text(ordinal(int(claim["value"]))).citing(*row_ids(claim))
    v = number(claim["value"])
    phrase = UNIT_PHRASES[claim["unit"]]
    if claim["unit"] == "count" and claim["qualifier"] != "range":
        v = spelled(claim["value"])  # "three state operators", not "3 state operators"
    elif claim["unit"] == "multiple" and claim["value"] < 2:
        phrase = "{v} times"  # "1-fold" says nothing and "1.5-fold" misleads
    if claim["qualifier"] == "range":
        v = f"{v}–{number(claim['value_high'])}"
    prefix = QUALIFIER_WORDS.get(claim["qualifier"], "") if with_qualifier else ""
    return Text(prefix + phrase.format(v=v)).citing(*row_ids(claim))


def quote(row: pd.Series) -> Text:
    """The span as printed, in quotation marks: for vague figures and claims in words."""
    return Text(f"“{row['as_printed']}”").citing(*row_ids(row)[:1])


# Values computed in a chapter are glued together with the rows they rest on, so
# the book can show that every figure in a sentence traces back to the ledger.

def derived(text: str, *rests_on) -> Text:
    """``text`` recording the ledger rows it was computed from.

    Each of ``rests_on`` is a row (series), some rows (a frame), a ledger id, or
    an iterable of ids.
    """
    ids: set[str] = set()
    for item in rests_on:
        # A row names its ids in its id columns; a series of ids (a column) is just ids.
        if isinstance(item, pd.DataFrame) or isinstance(item, pd.Series) and set(item.index) & set(ID_COLUMNS):
            ids |= set(row_ids(item))
        elif isinstance(item, str):
            ids.add(item)
        else:
            ids |= {str(i) for i in item}
    return Text(text).citing(*ids)


def amount(value: float, unit: str, *rests_on, digits: int | None = None, qualifier: str = "exact") -> Text:
    """A computed amount in a unit's words, e.g. amount(225, "EFLOPS", target, growth) -> '225 EFLOPS'."""
    phrase = UNIT_PHRASES[unit].format(v=number(value, digits))
    return derived(QUALIFIER_WORDS.get(qualifier, "") + phrase, *rests_on)


def percent(share: float, *rests_on, digits: int = 0) -> Text:
    """A computed share (0.2 -> '20%')."""
    return derived(f"{share:.{digits}%}", *rests_on)


def count(n: float, *rests_on, capitalise: bool = False) -> Text:
    """A count computed from rows, spelled as prose spells it ('six', '13')."""
    return derived(spelled(n, capitalise), *rests_on)


def _when(row: pd.Series) -> str:
    """The period, date or target year of a claim, event or forecast, as stored."""
    for column in ("period", "date", "target_year"):
        if column in row.index and pd.notna(row[column]):
            value = row[column]
            return str(int(value)) if column == "target_year" else str(value)
    raise ValueError(f"{', '.join(row_ids(row)) or 'this row'} has no period, date or target year")


def year(row: pd.Series, *also, end: bool = False) -> Text:
    """The year a row is about: of a period's start ('2023..2025' -> '2023'), or its end with ``end``."""
    span = _when(row).split("..")
    return derived(span[-1 if end else 0][:4], row, *also)


def date(row: pd.Series, *also, style: str = "%B %Y") -> Text:
    """A row's date in words, by default month and year ('June 2024'); '%-d %B %Y' adds the day."""
    return derived(pd.Timestamp(_when(row)).strftime(style), row, *also)


# Words that depend on the data are computed from it, so that a rerun on other data
# cannot leave "doubles" beside a rise of half or "the largest" beside the second.

def possessive(name: str) -> str:
    """'Alibaba' -> "Alibaba's"; a name ending in s takes the apostrophe alone: "the United States'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def noun_count(n: float, singular: str, *rests_on, plural: str | None = None, capitalise: bool = False) -> Text:
    """A count with its noun, agreeing: 'one contradiction', 'two contradictions', '13 checks'."""
    noun = singular if n == 1 else (plural or singular + "s")
    return derived(f"{spelled(n, capitalise)} {noun}", *rests_on)


def times(ratio: float, *rests_on) -> Text:
    """How many times one amount is another: '23 times', '2.3 times' (never '1-fold')."""
    return derived(f"{number(ratio, 0 if ratio >= 10 else 1).removesuffix('.0')} times", *rests_on)


def change(before: float, after: float, *rests_on) -> Text:
    """What happens between two values, as a verb: 'doubles', 'grows by half', 'rises by 20%', 'falls by 12%'."""
    ratio = after / before
    for target, word in ((2, "doubles"), (3, "triples"), (1.5, "grows by half"), (0.5, "halves")):
        if abs(ratio - target) <= 0.02 * target:
            return derived(word, *rests_on)
    if abs(ratio - 1) < 0.005:
        return derived("stays the same", *rests_on)
    return derived(f"{'rises' if ratio > 1 else 'falls'} by {abs(ratio - 1):.0%}", *rests_on)


def compared(a: float, b: float, *rests_on, more: str = "more", less: str = "less", same: str = "as much") -> Text:
    """The word for how ``a`` stands to ``b``: ``more``, ``less`` or ``same``."""
    return derived(more if a > b else less if a < b else same, *rests_on)


def ranked(n: int, superlative: str, *rests_on) -> Text:
    """A place among others: 'the largest', 'the second-largest', 'the 11th-largest' (never 'the first largest')."""
    return derived(f"the {superlative}" if n == 1 else f"the {ordinal(n)}-{superlative}", *rests_on)


# A premise is a condition the argument of a paragraph rests on. It is glued at the end of
# the paragraph: nothing when it holds, a visible caution naming it and its rows when the
# data no longer bear it out; the rerun summary lists every premise that failed.

class Caution(Text):
    """A glued note that keeps its own emphasis; the assumption inside is escaped as text."""

    def _repr_markdown_(self) -> str:
        if not self:
            return ""
        return f" **Caution:** {Text(self.strip())._repr_markdown_()}"


def premise(holds: bool, assumption: str, *rests_on) -> Text:
    """Nothing if ``holds``; otherwise a caution that the paragraph assumes ``assumption``.

    The glued output records the premise, whether it held and its rows, for the rerun summary.
    """
    ids = derived("", *rests_on).ids
    words = "" if holds else (f"this paragraph assumes that {assumption}, which does not hold on this data "
                              f"(ledger rows {', '.join(ids)}).")
    note = Caution(words).citing(*ids)
    note.premise = {"assumption": assumption, "holds": bool(holds), "ids": list(ids)}
    return note


# The MIME prefix myst-nb gives glued outputs that are stored but not shown.
GLUE_PREFIX = "application/papermill.record/"


def glue(**named) -> None:
    """Glue each value under its keyword, recording the ledger rows it shows.

    A value is a claim row (glued as :func:`claim_text`), a :class:`Text` from
    the helpers above (which carries its rows), a finished chart, or plain words
    that come from no row. This is myst_nb.glue(display=False) with one addition:
    the output's metadata lists the ledger ids behind the value, which is how
    the book measures that every claim reaches the reader.
    """
    for name, value in named.items():
        _glue_one(name, value)


def _glue_one(name: str, value) -> None:
    import IPython.core.formatters
    from IPython.display import display

    if isinstance(value, pd.Series):
        value = claim_text(value)
    elif isinstance(value, str):
        value = value if isinstance(value, Text) else Text(value)
    elif not hasattr(value, "to_dict"):
        raise TypeError(f"glue {name}: a {type(value).__name__} must be formatted first, with the rows it rests on "
                        "(prose.amount, prose.percent, prose.count, prose.derived)")
    carried = set(getattr(value, "ids", ()))
    usermeta = getattr(value, "usermeta", None)
    if isinstance(usermeta, dict) and "airaces" in usermeta:
        carried |= set(usermeta["airaces"]["ids"])
    bundle, metadata = IPython.core.formatters.format_display_data(value)
    metadata["scrapbook"] = {"name": name, "mime_prefix": GLUE_PREFIX}
    metadata["airaces"] = {"ids": sorted(carried)}
    if getattr(value, "premise", None) is not None:
        metadata["airaces"]["premise"] = value.premise
    display({GLUE_PREFIX + k: v for k, v in bundle.items()}, raw=True, metadata=metadata)
