"""Put ledger figures into the prose with myst-nb glue, so that text follows the data.

A chapter never types a number from the sources. It computes or looks up the
value, formats it here, and glues it under a name that the Markdown cites with
``{glue:md}`name```.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from airaces.ledger import ID_COLUMNS, LEDGER_ID, row_ids

# How a value in each unit reads in a sentence; {v} is the formatted number.
UNIT_PHRASES = {
    "USD": "${v}",
    "USD_mn": "${v} million",
    "USD_bn": "${v} billion",
    "USD_tn": "${v} trillion",
    "CNY_mn": "CNY {v} million",
    "CNY_bn": "CNY {v} billion",
    "EUR_bn": "€{v} billion",
    "rank": "rank {v}",
    "percent": "{v}%",
    "pct_points": "{v} percentage points",
    "multiple": "{v}-fold",
    "ratio": "{v}",
    "count": "{v}",
    "count_k": "{v} thousand",
    "count_mn": "{v} million",
    "count_bn": "{v} billion",
    "EFLOPS": "{v} EFLOPS",
    "PFLOPS": "{v} PFLOPS",
    "ZB": "{v} zettabytes",
    "nm": "{v} nm",
    "bits": "{v}-bit",
    "params_bn": "{v} billion parameters",
    "params_tn": "{v} trillion parameters",
    "tokens_tn": "{v} trillion tokens",
    "years": "{v} years",
    "months": "{v} months",
    "days": "{v} days",
    "minutes": "{v} minutes",
}
QUALIFIER_WORDS = {
    "about": "about ",
    "over": "over ",
    "under": "at most ",
    "nearly": "nearly ",
    "exact": "",
    "vague": "",
}


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

    def citing(self, *ids: str) -> Text:
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


def signed(rating: float) -> str:
    """A rating with its sign and a true minus, as the scorecard prints it: '+2', '0', '−1', '+0.5'."""
    return "0" if rating == 0 else f"{rating:+.1f}".removesuffix(".0").replace("-", "−")


def ordinal(n: int) -> str:
    """1 -> 'first' up to ten, then '11th' and so on."""
    words = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    ]
    if 1 <= n <= 10:
        return words[n - 1]
    suffix = (
        "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    )
    return f"{n}{suffix}"


_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def spelled(n: float, capitalise: bool = False) -> Text:
    """A whole number from zero to nine in words, larger ones in digits (notebooks/STYLE.md).

    ``capitalise`` is for the start of a sentence, which never begins with digits: there
    numbers up to twelve are spelled too.
    """
    if float(n).is_integer() and 0 <= n <= (12 if capitalise else 9):
        word = _SMALL[int(n)]
        return Text(word.capitalize() if capitalise else word)
    return Text(number(n))


# A multiple of one compares sizes; "1-fold" and "1 times" say it badly.
_MULTIPLE_OF_ONE = {
    "over": "larger",
    "under": "smaller",
    "about": "about the same size",
    "nearly": "nearly as large",
    "exact": "the same size",
}


def claim_text(claim: pd.Series, with_qualifier: bool = True) -> Text:
    """A claim's value in words, e.g. 'over 300 EFLOPS', 'CNY 43.5 billion', '80–90%'."""
    if not isinstance(claim, pd.Series) or "unit" not in claim.index:
        what = (
            ", ".join(row_ids(claim))
            if isinstance(claim, pd.Series)
            else type(claim).__name__
        )
        raise TypeError(
            f"{what} is not a claim row; an event or forecast is glued with prose.year(row) or "
            "prose.date(row), and a computed number with prose.amount or prose.derived"
        )
    if claim["unit"] not in UNIT_PHRASES:
        raise ValueError(
            f"{claim.get('claim_id')}: no wording for unit {claim['unit']!r}; "
            f"prose.UNIT_PHRASES has {', '.join(UNIT_PHRASES)}"
        )
    if pd.isna(claim["value"]):
        raise ValueError(
            f"{claim.get('claim_id', 'this claim')} is vague and has no value; quote it with prose.quote()"
        )
    if claim["unit"] == "rank":
        return Text(ordinal(int(claim["value"]))).citing(*row_ids(claim))
    v = number(claim["value"])
    phrase = UNIT_PHRASES[claim["unit"]]
    if claim["unit"] == "count" and claim["qualifier"] != "range":
        v = spelled(claim["value"])  # "three state operators", not "3 state operators"
    elif (
        claim["unit"] == "multiple"
        and claim["value"] == 1
        and claim["qualifier"] in _MULTIPLE_OF_ONE
    ):
        return Text(_MULTIPLE_OF_ONE[claim["qualifier"]]).citing(*row_ids(claim))
    elif claim["unit"] == "multiple" and claim["value"] < 2:
        phrase = "{v} times"  # "1.5-fold" misleads
    elif (
        claim["unit"] in ("years", "months", "days", "minutes") and claim["value"] == 1
    ):
        phrase = "{v} " + claim["unit"][:-1]  # "over 1 year", not "over 1 years"
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
        if (
            isinstance(item, pd.DataFrame)
            or isinstance(item, pd.Series)
            and set(item.index) & set(ID_COLUMNS)
        ):
            found = row_ids(item)
            if isinstance(item, pd.DataFrame) and not set(item.columns) & set(
                ID_COLUMNS
            ):
                raise ValueError(
                    f"rows with no ledger id column ({', '.join(map(str, item.columns))}) "
                    f"cannot say where {text!r} comes from"
                )
            ids |= set(found)
        elif isinstance(item, str):
            ids.add(item)
        elif isinstance(
            item, (pd.Series, list, tuple, set, frozenset, pd.Index)
        ) or hasattr(item, "__array__"):
            ids |= {str(i) for i in item}
        else:
            raise TypeError(
                f"{text!r} rests on {item!r}: pass rows (a series or frame from the ledger) or ledger ids"
            )
    bad = sorted(i for i in ids if not LEDGER_ID.fullmatch(i))
    if bad:
        raise ValueError(
            f"{text!r} rests on {', '.join(bad)}, which are not ledger ids (such as sin-002 or ess-ev01)"
        )
    return Text(text).citing(*ids)


def _need_rows(what: str, rests_on: tuple) -> None:
    if not rests_on:
        raise TypeError(
            f"{what} needs the ledger rows it is computed from (a row, some rows, or ids); "
            "a number that is not from the data, such as a parameter, is written with prose.spelled"
        )


def amount(
    value: float,
    unit: str,
    *rests_on,
    digits: int | None = None,
    qualifier: str = "exact",
) -> Text:
    """A computed amount in a unit's words, e.g. amount(225, "EFLOPS", target, growth) -> '225 EFLOPS'."""
    _need_rows("prose.amount", rests_on)
    if unit not in UNIT_PHRASES:
        raise ValueError(
            f"no wording for unit {unit!r}; prose.UNIT_PHRASES has {', '.join(UNIT_PHRASES)}"
        )
    phrase = UNIT_PHRASES[unit].format(v=number(value, digits))
    return derived(QUALIFIER_WORDS.get(qualifier, "") + phrase, *rests_on)


def percent(share: float, *rests_on, digits: int = 0) -> Text:
    """A computed share (0.2 -> '20%')."""
    _need_rows("prose.percent", rests_on)
    if abs(share) > 20:
        raise ValueError(f"prose.percent takes a share (0.2 for 20%), not {share}")
    return derived(f"{share:.{digits}%}", *rests_on)


def count(n: float, *rests_on, capitalise: bool = False) -> Text:
    """A count computed from rows, spelled as prose spells it ('six', '13')."""
    _need_rows("prose.count", rests_on)
    return derived(spelled(n, capitalise), *rests_on)


def _when(row: pd.Series) -> str:
    """The period, date or target year of a claim, event or forecast, as stored."""
    if not isinstance(row, pd.Series):
        hint = (
            f"; look it up first with book.row({row!r})" if isinstance(row, str) else ""
        )
        raise TypeError(
            f"prose.year and prose.date take one ledger row, not a {type(row).__name__}{hint}"
        )
    for column in ("period", "date", "target_year"):
        if column in row.index and pd.notna(row[column]):
            value = row[column]
            return str(int(value)) if column == "target_year" else str(value)
    raise ValueError(
        f"{', '.join(row_ids(row)) or 'this row'} has no period, date or target year"
    )


def year(row: pd.Series, *also, end: bool = False) -> Text:
    """The year a row is about: of a period's start ('2023..2025' -> '2023'), or its end with ``end``."""
    span = _when(row).split("..")
    return derived(span[-1 if end else 0][:4], row, *also)


def date(row: pd.Series, *also, style: str = "%B %Y") -> Text:
    """A row's date in words, by default month and year ('June 2024'); '%-d %B %Y' adds the day.

    A style more precise than the row is refused: a period of '2025' has no month to name,
    and reading it as 'January 2025' would put words in the source's mouth.
    """
    when = _when(row)
    known = (
        3
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when)
        else 2
        if re.fullmatch(r"\d{4}-\d{2}", when)
        else 1
    )
    asked = 3 if re.search(r"%-?d", style) else 2 if re.search(r"%[Bbm]", style) else 1
    if asked > known:
        raise ValueError(
            f"{', '.join(row_ids(row))} is dated {when!r}, less precisely than {style!r} asks"
        )
    return derived(pd.Timestamp(when).strftime(style), row, *also)


# Words that depend on the data are computed from it, so that a rerun on other data
# cannot leave "doubles" beside a rise of half or "the largest" beside the second.


def possessive(name: str) -> str:
    """'Alibaba' -> "Alibaba's"; a name ending in s takes the apostrophe alone: "the United States'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def noun_count(
    n: float,
    singular: str,
    *rests_on,
    plural: str | None = None,
    capitalise: bool = False,
) -> Text:
    """A count with its noun, agreeing: 'one contradiction', 'two contradictions', '13 checks', 'no checks'."""
    _need_rows("prose.noun_count", rests_on)
    noun = singular if n == 1 else (plural or singular + "s")
    amount = ("No" if capitalise else "no") if n == 0 else spelled(n, capitalise)
    return derived(f"{amount} {noun}", *rests_on)


def times(ratio: float, *rests_on) -> Text:
    """How many times one amount is another: '23 times', '2.3 times' (never '1-fold')."""
    _need_rows("prose.times", rests_on)
    return derived(
        f"{number(ratio, 0 if ratio >= 10 else 1).removesuffix('.0')} times", *rests_on
    )


def change(before: float, after: float, *rests_on) -> Text:
    """What happens between two values, as a verb: 'doubles', 'grows by half', 'rises by 20%', 'falls by 12%'."""
    _need_rows("prose.change", rests_on)
    ratio = after / before
    for target, word in (
        (2, "doubles"),
        (3, "triples"),
        (1.5, "grows by half"),
        (0.5, "halves"),
    ):
        if abs(ratio - target) <= 0.02 * target:
            return derived(word, *rests_on)
    if abs(ratio - 1) < 0.005:
        return derived("stays the same", *rests_on)
    return derived(
        f"{'rises' if ratio > 1 else 'falls'} by {abs(ratio - 1):.0%}", *rests_on
    )


def compared(
    a: float,
    b: float,
    *rests_on,
    more: str = "more",
    less: str = "less",
    same: str = "as much",
) -> Text:
    """The word for how ``a`` stands to ``b``: ``more``, ``less`` or ``same``."""
    _need_rows("prose.compared", rests_on)
    return derived(more if a > b else less if a < b else same, *rests_on)


def ranked(n: int, superlative: str, *rests_on) -> Text:
    """A place among others: 'the largest', 'the second-largest', 'the 11th-largest' (never 'the first largest')."""
    _need_rows("prose.ranked", rests_on)
    if n < 1:
        raise ValueError(f"a place is 1 or more, not {n}")
    return derived(
        f"the {superlative}" if n == 1 else f"the {ordinal(n)}-{superlative}", *rests_on
    )


# A premise is a condition the argument of a paragraph rests on. It is glued at the end of
# the paragraph: nothing when it holds, a visible caution naming it and its rows when the
# data no longer bear it out; the rerun summary lists every premise that failed.


class Caution(Text):
    """A glued note that keeps its own emphasis; the assumption inside is escaped as text.

    The rows it names link to the ledger browser, as ids do in tables and captions.
    """

    def _repr_markdown_(self) -> str:
        from airaces.charts import (
            ledger_link,  # charts imports the ledger and altair; only a caution needs it
        )

        if not self:
            return ""
        escaped = Text(self.strip())._repr_markdown_()
        return f" **Caution:** {LEDGER_ID.sub(lambda m: ledger_link(m[0]), escaped)}"


def premise(holds: bool, assumption: str, *rests_on) -> Text:
    """Nothing if ``holds``; otherwise a caution that the paragraph assumes ``assumption``.

    The glued output records the premise, whether it held and its rows, for the rerun summary.
    """
    ids = derived("", *rests_on).ids
    words = (
        ""
        if holds
        else (
            f"this paragraph assumes that {assumption}, which does not hold on this data "
            f"(ledger rows {', '.join(ids)})."
        )
    )
    note = Caution(words).citing(*ids)
    note.premise = {"assumption": assumption, "holds": bool(holds), "ids": list(ids)}
    return note


class Finding(Text):
    """One of the book's findings, shown on another page than the one that computes it.

    myst-nb pastes a glued value into another page only as HTML, so a finding carries
    an HTML form beside its Markdown: the same words, escaped, and its premise's caution.
    """

    caution: Caution = Caution("")

    def _repr_markdown_(self) -> str:
        return super()._repr_markdown_() + self.caution._repr_markdown_()

    def _repr_html_(self) -> str:
        from html import escape

        note = (
            f" <strong>Caution:</strong> {escape(self.caution.strip())}"
            if self.caution
            else ""
        )
        return escape(str(self)) + note


def finding(sentence: Text, checked: Caution) -> Finding:
    """``sentence``, one of the book's findings, with the premise it was ``checked`` against."""
    out = Finding(sentence).citing(*sentence.ids, *checked.ids)
    out.caution, out.premise = checked, checked.premise
    return out


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


def _is_framed_chart(value) -> bool:
    usermeta = getattr(value, "usermeta", None)
    return isinstance(usermeta, dict) and "airaces" in usermeta


def _glue_one(name: str, value) -> None:
    import IPython.core.formatters
    from IPython.display import display

    if isinstance(value, pd.Series):
        value = claim_text(value)
    elif isinstance(value, str) and not isinstance(value, Text):
        if re.search(r"\d", value):
            raise TypeError(
                f"glue {name}: {value!r} holds a number but names no ledger row; "
                "build it with prose.derived(text, *rows) or the other helpers"
            )
        value = Text(
            value
        )  # words that come from no row, such as "the rate chosen for this run"
    elif not isinstance(value, str) and not _is_framed_chart(value):
        kind = type(value).__name__
        hint = (
            "frame the chart with book.figure(...) first"
            if hasattr(value, "to_dict") and "altair" in type(value).__module__
            else "format it first, with the rows it rests on (prose.amount, "
            "prose.percent, prose.count, prose.derived)"
        )
        raise TypeError(f"glue {name}: a {kind} must be formatted first: {hint}")
    carried = set(getattr(value, "ids", ()))
    usermeta = getattr(value, "usermeta", None)
    if isinstance(usermeta, dict) and "airaces" in usermeta:
        carried |= set(usermeta["airaces"]["ids"])
    bundle, metadata = IPython.core.formatters.format_display_data(value)
    metadata["scrapbook"] = {"name": name, "mime_prefix": GLUE_PREFIX}
    metadata["airaces"] = {"ids": sorted(carried)}
    if getattr(value, "premise", None) is not None:
        metadata["airaces"]["premise"] = value.premise
    display(
        {GLUE_PREFIX + k: v for k, v in bundle.items()}, raw=True, metadata=metadata
    )
    if "image/svg+xml" in bundle:
        # A glued output is kept for the book and shown by no notebook viewer, so a chart is
        # also shown as its drawing, for JupyterLab, GitHub, nbviewer and nbconvert. The book
        # places the glued figure; its cell is tagged remove-output so it is not shown twice.
        display(
            {
                "image/svg+xml": bundle["image/svg+xml"],
                "text/plain": bundle["text/plain"],
            },
            raw=True,
        )


def listed(items) -> str:
    """Words joined as a sentence lists them: 'a', 'a and b', 'a, b and c'."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
