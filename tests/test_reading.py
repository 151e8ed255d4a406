"""A prose check over the built HTML: what a reader reads keeps to the house style (notebooks/STYLE.md).

That is each page's article (not its code cells, scripts, hidden elements or navigation) and its charts' titles,
guides, text marks and tooltips, with the values they show from the chart's data. Each rule is one function that
takes one piece of that text and returns the spans that break it. Each page is its own test and lists all its
problems, by rule; made-up pages at the end show that each rule fails and passes.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup, NavigableString
from conftest import book_pages

LEDGER = "book/ledger.html"  # a big ledger's browser is split into sub-pages beside it: book/ledger-*.html
LINKED = "\u2011"  # a linked id is rewritten with a non-breaking hyphen, which the id pattern does not match
QUOTED = re.compile(r"“[^“”]*”")
CODE = re.compile(
    r"`[^`]*`"
)  # inline code, which the reader sees as code, is read as `like this`


@dataclass(frozen=True)
class Text:
    """A piece of what the reader reads, where it is, and how the rules read it."""

    text: str
    where: str
    prose: bool = False  # running prose: a paragraph or list item of the article body
    verbatim: bool = (
        False  # a source's words as printed, which the wording rules leave alone
    )
    ids_ok: bool = False  # a deliberate reference to ledger rows
    data: bool = False  # a cell of the ledger browser, which shows the ledger's values as they are


def outside(pattern: re.Pattern, t: Text, spans) -> list:
    """The spans that start outside every match of ``pattern`` (a quotation, or code)."""
    covered = [m.span() for m in pattern.finditer(t.text)]
    return [s for s in spans if not any(a <= s[0] < b for a, b in covered)]


def our_words(rule):
    """A wording rule reads our own words: not a source's words as printed, nor what we quote of them."""
    return functools.wraps(rule)(
        lambda t: [] if t.verbatim else outside(QUOTED, t, rule(t))
    )


# ---------------------------------------------------------------- the rules, one function each


def echoed_quote(t: Text) -> list:
    """A quote repeats the one or two words before or after it, or follows "to" with a finite verb."""
    words, spans = lambda s: [w.lower() for w in re.findall(r"[\w’']+", s)], []
    for q in [] if t.verbatim else QUOTED.finditer(t.text):
        before = words(re.search(r"(?:[\w’']+\s+){0,2}$", t.text[: q.start()]).group())
        after, inside = (
            words(re.match(r"(?:\s*[\w’']+){0,2}", t.text[q.end() :]).group()),
            words(q.group()),
        )
        if any(
            before[-n:] == inside[:n] or inside[-n:] == after[:n]
            for n in (1, 2)
            if n <= len(inside)
        ):
            spans.append(q.span())
    finite = r"\bto\s+“(?:will|would|can|could|is|are|was|were|has|have|had|should|may|might|must)\b"
    return spans + [m.span() for m in re.finditer(finite, t.text, re.I)]


@our_words
def doubled_word(t: Text) -> list:
    """The same word twice in a row ("the the"), whatever its case; numbers are not words."""
    return [m.span() for m in re.finditer(r"\b([A-Za-z]+)\s+\1\b", t.text, re.I)]


@our_words
def first_superlative(t: Text) -> list:
    """ "first" before a superlative ("the first largest", "first most"): a place is "the largest"."""
    not_superlative = r"(?!(?:interest|test|request|quest|west|honest|forest|contest|harvest|protest|digest|rest)\b)"
    return [
        m.span()
        for m in re.finditer(
            rf"\bfirst[\s-]+{not_superlative}(?:most|best|worst|least|[a-z]+est)\b",
            t.text,
            re.I,
        )
    ]


@our_words
def fold_below_two(t: Text) -> list:
    """ "-fold" for a multiple below two ("1-fold", "1.0-fold", "0-fold"): it reads "1.5 times"."""
    return [
        m.span()
        for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)[-\s]fold\b", t.text)
        if float(m.group(1)) < 2
    ]


def missing_value(t: Text) -> list:
    """A missing value shown as a word: None, nan, NaN, NaT, <NA>, null, undefined. "None of" is English, and so
    are "null" and "undefined" in running prose, which Python writes (a missing value there is None or nan)."""
    missing = rf"(?<![\w-])(?:None(?!\s+of\b)|nan|NaN|NaT|<NA>{'' if t.prose else '|null|undefined'})(?![\w-])"
    return [m.span() for m in re.finditer(missing, t.text)]


# A ledger id is its source's prefix and a number: sin-002, ess-ev03, dig-fc01.
RAW_ID = re.compile(r"(?<![\w-])(?:ess|sin|brk|cto|dig)-[a-z]{0,3}\d{2,}(?![\w-])")


def raw_name(t: Text) -> list:
    """A name from the code (snake_case) or a ledger id, where a reader expects words."""
    if t.data:
        return []
    # A reference's note, "Ledger source asi_essay", names the ledger's source on purpose.
    spans = [
        m.span()
        for m in re.finditer(
            r"(?<![\w/.])(?<!Ledger source )\w*[A-Za-z]_[A-Za-z]\w*", t.text
        )
    ]
    return spans + ([] if t.ids_ok else [m.span() for m in RAW_ID.finditer(t.text)])


# "one" counts after punctuation or these words; after others it is mostly the pronoun ("whatever one makes of it").
COUNTING = set(
    "only just than and or but of in on at for with by from to into over under about nearly almost exactly "
    "least has have had is are was were be been gives finds counts reports lists names cites shows".split()
)
SINGULAR_S = set(
    "series species news gas lens means always perhaps was has does as yes its whereas sometimes besides "
    "towards headquarters chaos bias atlas alias canvas ethos this his hers ours yours theirs".split()
)


@our_words
def one_plural(t: Text) -> list:
    """ "one" before a plural noun ("one sources"); "one of", and singular nouns ending in s, are fine."""
    spans = []
    for m in re.finditer(r"\b[Oo]ne\s+([a-z]+s)\b", t.text):
        noun, before = m.group(1), t.text[: m.start()].split()
        counting = (
            not before
            or before[-1][-1] in ":;,(—–.!?"
            or before[-1].lower() in COUNTING
        )
        if (
            counting
            and noun not in SINGULAR_S
            and not noun.endswith(("ss", "us", "is", "ics"))
        ):
            spans.append(m.span())
    return spans


# Words after a number that keep it in digits: units, multiples, a date's month, and "1-based" (an index).
UNITS = re.compile(
    r"(?:nm|nanomet(?:re|er)s?|[EPT]?FLOPS|[ZGTP]B|zettabytes?|[GMk]W|[GT]Wh|bits?|million|billion|"
    r"trillion|thousand|per|percent|percentage|times|x|×|fold|%|°|based|(?-i:January|February|March|"
    r"April|May|June|July|August|September|October|November|December))",
    re.I,
)
# A digit on its own: not part of a word, a decimal, a range, a ratio, a sum of money or a signed number.
LONE_DIGIT = re.compile(r"(?<![\w.,$£€¥−/–—:#+-])[1-9](?![\w%/]|[.,:]\d|\s*[–—-]\s*\d)")
# Words before a number that refer to something by its number.
REFERENCES = set(
    "fig. figs. figure figures table tables chapter chapters section sections part parts line lines "
    "p. pp. no. step version appendix status code".split()
)


@our_words
def small_number(t: Text) -> list:
    """A whole number from 1 to 9 in running prose is a word, unless it goes with a unit, a name or a reference."""
    spans = []
    for m in LONE_DIGIT.finditer(t.text if t.prose else ""):
        unit = re.match(r"\s*-?\s*([^\W\d]+\.?|%|°|×)", t.text[m.end() :])
        words = t.text[: m.start()].split()
        # A capitalised word inside a sentence names something: "Kunlun 3", "GPT 4", "June 3", "Level 4".
        named = (
            len(words) > 1
            and words[-1][:1].isupper()
            and not words[-2].endswith((".", "!", "?", ":"))
        )
        # A multiple ("a factor of 8") and the end of a range in digits ("from -2 to 2") stay digits.
        multiple_or_range = re.search(
            r"factor of(?: about| nearly| almost)?\s*$|\b(?:from|between)\s+[−-]?\d+\b"
            r"[^.;]{0,40}\b(?:to|and)\s+$",
            t.text[: m.start()],
        )
        if not (
            (unit and UNITS.fullmatch(unit.group(1).rstrip(".")))
            or named
            or multiple_or_range
            or (words and words[-1].lstrip("(").lower() in REFERENCES)
        ):
            spans.append(m.span())
    return spans


# The machinery that builds and checks the book: its package and modules, its tools, their jargon, its commands and
# files. A reader of a chapter needs none of it; the Reproduce page, written for those who rebuild the book, keeps it.
DEVELOPER = re.compile(
    r"(?<![\w/.-])(?:airaces(?:[./]\w+)*|papermill|nbval|jupytext|py\.?test|sphinx|myst(?:-nb)?|"
    r"docutils|jupyter(?:lab|[ -]book)|glu(?:e|ed|es|ing)|(?:parameters?|code|notebook) cells?|"
    r"python -m|make (?:book|test|html|rerun|validate|check)|[\w-]+\.(?:py|ipynb))(?![\w-])",
    re.I,
)
MACHINERY_PAGES = ("book/reproduce.html",)


@our_words
def developer_word(t: Text) -> list:
    """A word of the machinery ("airaces.audit", "papermill", "glued", "the parameters cell", "Sphinx", a .py file)
    where a reader reads, in prose or in inline code; the Reproduce page is exempt."""
    return [] if t.data else [m.span() for m in DEVELOPER.finditer(t.text)]


developer_word.reads_code = (
    True  # a module named as `airaces.audit` is still a module name
)
EXEMPT = {"developer word": MACHINERY_PAGES}

RULES = {
    "echoed quote": echoed_quote,
    "doubled word": doubled_word,
    "first before a superlative": first_superlative,
    "-fold below two": fold_below_two,
    "missing value shown": missing_value,
    "snake_case or raw ledger id": raw_name,
    "one before a plural": one_plural,
    "digits for one to nine": small_number,
    "developer word": developer_word,
}

# ---------------------------------------------------------------- what the reader reads: the article

BLOCKS = "p li dt dd th td caption summary h1 h2 h3 h4 h5 h6 label figcaption blockquote div".split()
UNSEEN = (
    "script, style, pre, nav, svg, .cell_input, .headerlink, [hidden], [aria-hidden=true], .d-none, .onlyprint, "
    ".bd-header-article, .bd-sidebar-secondary, .prev-next-area, footer"
)


def page_texts(html: str) -> list[Text]:
    """Everything a reader reads on one page: its article's text, block by block, and its charts' text."""
    soup = BeautifulSoup(html, "html.parser")
    body = (
        soup.select_one("article.bd-article")
        or soup.select_one("[role=main]")
        or soup.body
        or soup
    )
    texts = []
    # A chart's spec opens with its "$schema"; its phone layout has the same words, wrapped.
    for script in [
        s.string or ""
        for s in body.find_all("script")
        if s.get("data-variant") != "narrow"
    ]:
        for m in re.finditer(r'\{\s*"\$schema"\s*:\s*"[^"]*vega-lite', script):
            texts += chart_texts(json.JSONDecoder().raw_decode(script[m.start() :])[0])
    for element in body.select(UNSEEN):
        element.decompose()
    for code in body.find_all("code"):
        code.replace_with(f"`{code.get_text()}`")
    for link in body.select("a.airaces-ledger-link"):
        link.string = link.get_text().replace("-", LINKED)
    headers_seen: dict = {}
    for block in body.find_all(BLOCKS):
        own = " ".join(
            "".join(
                s
                for s in block.find_all(string=True)
                if type(s) is NavigableString and s.find_parent(BLOCKS) is block
            ).split()
        )
        if own:
            texts.append(describe(block, own, headers_seen))
    return list(dict.fromkeys(texts))


def column_headers(table, seen: dict) -> list[str]:
    """A table's column headers, read once per table: the ledger's tables have thousands of cells."""
    if id(table) not in seen:
        seen[id(table)] = [
            " ".join(th.get_text().split()) for th in table.select("thead th")
        ] or [""]
    return seen[id(table)]


def describe(block, text: str, headers_seen: dict | None = None) -> Text:
    """A block's text, with where it is and how the rules read it."""
    name, table = block.name, block.find_parent("table")
    if name == "td" and table is not None:
        headers = column_headers(table, {} if headers_seen is None else headers_seen)
        header = headers[
            min(len(block.find_previous_siblings(["td", "th"])), len(headers) - 1)
        ]
        return Text(
            text,
            f"table cell under “{header}”",
            verbatim=header.lower().replace("_", " ") == "as printed",
            ids_ok=bool(re.search(r"(?:\b|_)ids?$|^ledger rows?$", header, re.I)),
            data="ledger-table" in (table.get("class") or []),
        )
    if block.find_parent("figcaption") is not None or name == "figcaption":
        return Text(text, "figure caption", ids_ok=text.startswith("Ledger rows:"))
    if block.find_parent(class_="ledger-browser") is not None and name != "th":
        return Text(text, "ledger browser")
    if (
        name in ("p", "li")
        and block.find_parent(["table", "figure", "summary", "caption"]) is None
    ):
        return Text(text, "prose", prose=True)
    if name == "th":
        caption = (
            table.caption.get_text(" ", strip=True)
            if table is not None and table.caption
            else ""
        )
        return Text(
            text, f"header of the table “{caption}”" if caption else "table header"
        )
    return Text(
        text,
        "table caption"
        if name == "caption"
        else "heading"
        if re.fullmatch(r"h\d", name)
        else name,
    )


# ---------------------------------------------------------------- what the reader reads: the charts


def shown(row: dict, field: str, quantitative=False) -> str | None:
    """A row's value as a chart shows it ("null" or "NaN" if missing); None for a number or a computed field."""
    value = row.get(field, ...)
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return (
        None
        if quantitative or value is ...
        else "null"
        if value is None
        else str(value)
    )


def chart_texts(spec: dict):
    """A spec's titles, guides, text marks and tooltips, through its layers, facets and concatenations."""
    datasets, title = spec.get("datasets", {}), spec.get("title")
    name = title.get("text") if isinstance(title, dict) else title
    chart = (
        f"chart “{' '.join(name) if isinstance(name, list) else name}”"
        if name
        else "chart"
    )

    def walk(node, rows, guides=None, inherited=None):
        # The layers of a view share its guides: an axis or legend shows the titles its layers set, or if none
        # does, the names of their fields, joined. guides = {guide: [(title, set by the layer?)]}.
        view, guides = guides is None, {} if guides is None else guides
        data = node.get("data") or {}
        rows = data.get("values") or datasets.get(data.get("name"), rows)
        title = node.get("title")
        for part in (
            [title]
            if isinstance(title, str)
            else [title.get("text"), title.get("subtitle")]
            if title
            else []
        ):
            for line in [part] if isinstance(part, str) else part or []:
                yield Text(line, f"{chart}: title")
        for bind in (
            p.get("bind")
            for p in node.get("params", [])
            if isinstance(p.get("bind"), dict)
        ):
            for label in [
                bind.get("name"),
                *(bind.get("labels") or bind.get("options") or []),
            ]:
                if isinstance(label, str):
                    yield Text(label.strip(), f"{chart}: input label")
        facet = node.get("facet") or {}  # one field, or a row and a column
        facet = {"facet": facet} if "field" in facet else facet
        channels = {**(inherited or {}), **node.get("encoding", {}), **facet}
        drawn = [
            r
            for r in rows or []
            if all(  # a row with no x or y on a continuous scale is not drawn
                shown(r, channels[c]["field"]) not in ("null", "NaN")
                for c in ("x", "y")
                if isinstance(channels.get(c), dict)
                and channels[c].get("type") in ("quantitative", "temporal")
            )
        ]
        for channel, definition in channels.items():
            for text in channel_texts(channel, definition, drawn, chart):
                if isinstance(text, Text):
                    yield text
                else:
                    guides.setdefault(text[0], []).append(text[1:])
        for sub in node.get("layer", []):
            yield from walk(
                sub, rows, guides, channels
            )  # a layer inherits the encoding
        for sub in [
            *node.get("hconcat", []),
            *node.get("vconcat", []),
            *node.get("concat", []),
            node.get("spec"),
        ]:
            if isinstance(sub, dict):
                yield from walk(sub, rows)
        for guide, titles in guides.items() if view else []:
            chosen = [title for title, set_by_layer in titles if set_by_layer] or [
                title for title, _ in titles
            ]
            if any(chosen):
                yield Text(
                    ", ".join(dict.fromkeys(t for t in chosen if t)),
                    f"{chart}: {guide.split()[0]} title",
                )

    yield from walk(spec, None)


NO_GUIDE = set(
    "text x2 y2 xOffset yOffset detail order key href url description".split()
)


def channel_texts(channel: str, definition, rows, chart: str):
    """What one encoding channel shows: a tooltip, a text mark's text, or its guide's labels; and its guide's
    title, as (guide, title, set by the layer?) for the view to merge."""
    if channel == "tooltip":
        definition = definition if isinstance(definition, list) else [definition]
        for entry in [e for e in definition if isinstance(e, dict) and "field" in e]:
            title = entry.get("title", entry["field"])
            for value in {
                shown(r, entry["field"], entry.get("type") == "quantitative")
                for r in rows
            } - {None}:
                yield Text(
                    f"{title}: {value}",
                    f"{chart}: tooltip",
                    verbatim=title == "As printed",
                    ids_ok=str(title).startswith("Ledger id"),
                )
        return
    if not isinstance(definition, dict) or "field" not in definition:
        return
    if isinstance(definition.get("condition"), dict):
        yield from channel_texts(channel, definition["condition"], rows, chart)
    quantitative, field = (
        definition.get("type") in ("quantitative", "temporal"),
        definition["field"],
    )
    guide = {
        "x": "axis",
        "y": "axis",
        "row": "header",
        "column": "header",
        "facet": "header",
    }.get(channel, "legend")
    if channel == "text":
        yield from (
            Text(v, f"{chart}: text mark")
            for v in {shown(r, field, quantitative) for r in rows} - {None}
        )
    if channel in NO_GUIDE or definition.get(guide, {}) is None:
        return
    options = definition.get(guide) or {}
    yield (
        f"{guide} {field if guide == 'legend' else channel}",
        options.get("title", definition.get("title", field)),
        "title" in options or "title" in definition,
    )
    if not quantitative and options.get("labels") is not False:
        relabel = dict(
            re.findall(
                r"datum\.label == '([^']*)' \? '([^']*)'", options.get("labelExpr", "")
            )
        )
        domain = (definition.get("scale") or {}).get("domain")
        values = {shown(r, field) for r in rows} | set(
            domain if isinstance(domain, list) else []
        )
        yield from (
            Text(relabel.get(v, v), f"{chart}: {guide} label") for v in values - {None}
        )


# ---------------------------------------------------------------- the tests


def problems(html: str, page: str = "") -> dict[str, list[str]]:
    """{rule: ["where: …context «offending words» context…"]} for one page's HTML (``page``: its path in the book)."""
    found: dict[str, list[str]] = {}
    rules = {
        rule: check for rule, check in RULES.items() if page not in EXEMPT.get(rule, ())
    }
    for t in page_texts(html):
        for rule, check in rules.items():
            spans = check(t)
            for start, end in (
                spans
                if getattr(check, "reads_code", False)
                else outside(CODE, t, spans)
            ):
                left = ("…" if start > 50 else "") + t.text[max(0, start - 50) : start]
                right = t.text[end : end + 50] + ("…" if end + 50 < len(t.text) else "")
                found.setdefault(rule, []).append(
                    f"{t.where}: {left}«{t.text[start:end]}»{right}"
                )
    return {rule: list(dict.fromkeys(lines)) for rule, lines in found.items()}


@pytest.mark.parametrize("page", book_pages())
def test_page_reads_as_the_house_style_asks(built_book, page):
    """No echoed quote, doubled word, "first largest", 1-fold, null or NaN, raw name or id, "one sources", digit
    for one to nine in running prose, or developer word, on the page or in its charts; every problem is listed, by
    rule."""
    paths = [built_book / page] + (
        sorted(built_book.glob("book/ledger-*.html")) if page == LEDGER else []
    )
    report = []
    for path in paths:
        name = path.relative_to(built_book).as_posix()
        for rule, lines in problems(path.read_text(encoding="utf-8"), name).items():
            report += [f"{name}: {rule} ({len(lines)}):"] + [f"  {x}" for x in lines]
    if report:
        pytest.fail("\n".join(report), pytrace=False)


def page(body: str) -> str:
    """A made-up page: the body is its article; the navigation beside it is not read."""
    return f'<body><nav><p>the the None</p></nav><main role="main"><article class="bd-article">{body}</article></main>'


def chart(rows, under=None, **encoding) -> str:
    """A made-up chart of two layers, embedded as the book embeds one: its spec is the first argument of a call."""
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "datasets": {"d": rows},
        "title": "T",
        "data": {"name": "d"},
        "layer": [
            {"mark": "point", "encoding": encoding},
            {"mark": "rule", "encoding": under or {"x": encoding["x"]}},
        ],
    }
    return f'<div id="altair-viz-1"></div><script>(function(spec, embedOpt){{}})({json.dumps(spec)}, {{}});</script>'


X, ROWS = (
    {"field": "v", "type": "quantitative", "title": "Value"},
    [{"v": 1, "id": "sin-002", "period": "2025"}],
)
ECHO, IDS, DIGITS = (
    "echoed quote",
    "snake_case or raw ledger id",
    "digits for one to nine",
)
CASES = [  # rule, a page that breaks it (and no other rule), a page that keeps it
    (
        ECHO,
        "<p>Qwen models can “can halve GPU memory usage”.</p>",
        "<p>Qwen models “can halve it”.</p>",
    ),
    (
        ECHO,
        "<p>It judges that China is “China is moving faster”.</p>",
        "<p>It judges that “China is”.</p>",
    ),
    (
        ECHO,
        "<p>Qwen is “more than hundreds of models” of models.</p>",
        "<p>Qwen is “hundreds of models”.</p>",
    ),
    (
        ECHO,
        "<p>It expects the market to “will double”.</p>",
        "<p>It expects the market “will double”.</p>",
    ),
    (
        "doubled word",
        "<p>The the target holds.</p>",
        "<p>It prints “the the”.</p><td>2025 2025</td><p hidden>the "
        'the</p><div class="cell_input"><p>the the</p></div>',
    ),
    (
        "first before a superlative",
        "<p>the first largest, first fastest-growing app</p>",
        "<p>the largest app</p>",
    ),
    (
        "first before a superlative",
        "<p>the first most downloaded app</p>",
        "<p>the first interest payment</p>",
    ),
    (
        "-fold below two",
        "<p>a 1-fold, 1.0-fold or 0-fold rise</p>",
        "<p>a 10-fold rise, 1.5 times as much</p>",
    ),
    (
        "missing value shown",
        "<p>over None EFLOPS</p><td>null</td>",
        "<p>None of them; null and void.</p><td></td>",
    ),
    (
        "missing value shown",
        chart(
            [{"v": 1, "period": None}],
            x=X,
            tooltip=[{"field": "period", "title": "Period"}],
        ),
        chart(
            [{"v": None, "period": None}, {"v": 1, "period": "2025"}],
            x=X,
            tooltip=[{"field": "period"}],
        ),
    ),
    (
        IDS,
        "<table><thead><tr><th>ai_compute</th></tr></thead></table><p>As sin-002 says.</p>",
        '<p>The column `claim_id`; <a class="airaces-ledger-link">sin-002</a>.</p><figure><figcaption><p>Ledger '
        "rows: sin-002.</p></figcaption></figure><table><thead><th>Ledger id</th></thead><tr><td>sin-002</td></table>",
    ),
    (
        IDS,
        chart(
            ROWS, x={"field": "count_bn", "type": "quantitative"}, color={"field": "id"}
        ),
        chart(
            ROWS,
            x=X,
            color={"field": "period", "title": "Period"},
            tooltip=[{"field": "id", "title": "Ledger id"}],
        ),
    ),
    (
        IDS,
        chart(
            ROWS, x=X, tooltip=[{"field": "id", "title": "Source"}]
        ),  # a title a layer sets hides the field's
        chart(
            [{**ROWS[0], "us_multiple": 2}],
            x=X,
            under={"x": {"field": "us_multiple", "type": "quantitative"}},
        ),
    ),
    (
        "one before a plural",
        "<p>The audit finds one contradictions.</p>",
        "<p>The audit finds one contradiction.</p>",
    ),
    (
        "one before a plural",
        "<p>Findings: one sources, two checks.</p>",
        "<p>One of the sources, one series, one analysis, one plus the growth; whatever one makes of it.</p>",
    ),
    (
        DIGITS,
        "<p>It names 3 in the essay, one of 3 state telecom operators.</p>",
        "<p>It names three: GPT-4, Qwen 2.5, Kunlun 3.0, Made in China 2025; Fig. 8, Fig. 3.2 (Tao, 2025); 3 May.</p>",
    ),
    (
        DIGITS,
        "<p>A 3-year plan, more than 2 years in.</p>",
        "<p>2.4% and 5% of $5 billion, CNY 5 billion, 5 nm, 8-bit, 5–6 EFLOPS, 3 times, the 11th.</p><h2>3 plans</h2>"
        "<figure><figcaption><p>3 sources</p></figcaption></figure><table><tr><td>3 sources</td></tr></table>",
    ),
    (
        "developer word",
        "<p>Every finding is computed by <code>airaces.audit</code>; papermill runs it.</p>"
        "<h2>Glued values</h2><p>At the tolerances set in the parameters cell, Sphinx and nbval…</p>",
        "<p>Every finding is computed from the ledger, by rules the Reproduce page describes; a model's parameters "
        "are not code, and a test of consistency is not one of truth.</p>",
    ),
]
# A page the rule exempts: the Reproduce page keeps the machinery.
MACHINERY = "<p>Run <code>make book</code>; papermill executes each notebook, and Sphinx builds the HTML.</p>"


@pytest.mark.parametrize(
    "rule, bad, good", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_each_rule_flags_what_breaks_it_and_passes_what_keeps_it(rule, bad, good):
    """A rule finds the made-up problem, and no other rule does; the good page breaks no rule at all."""
    assert set(problems(page(bad))) == {rule}, problems(page(bad))
    assert problems(page(good)) == {}, problems(page(good))


def test_the_reproduce_page_may_name_the_machinery():
    assert set(problems(page(MACHINERY))) == {"developer word"}
    assert problems(page(MACHINERY), MACHINERY_PAGES[0]) == {}
