# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Where the sources disagree
#
# Checked against one another and against their own arithmetic, the sources'
# figures yield {glue:md}`n_findings`: {glue:md}`n_contradiction`,
# {glue:md}`n_inconsistency` and {glue:md}`n_ambiguity`, so the typical
# problem is not a wrong number but one whose scope, unit or date the reader
# has to guess. The sharpest arithmetic problem is in the essay
# {cite:p}`bhambwani2025asi`, which expects American capital spending in
# {glue:md}`capex_year` to be, in its words, {glue:md}`capex_nearly_double`,
# yet whose own figures make it {glue:md}`capex_multiple` the
# {glue:md}`capex_base_year` level. Since the checks compare the sources
# with each other and not with the world, a clean result here is a test of
# consistency, not of truth.{glue:md}`ambiguity_premise`{glue:md}`capex_premise`
#
# The checks cover the exchange rates the sources imply, the growth
# arithmetic they leave to the reader, the multiples they state in words, the
# same figure printed twice, the same number used for different things,
# figures that lack a unit or a period, restatements whose scope drifts, and
# dates that had to be inferred. Every finding is computed from the ledger;
# none is typed in. How far apart two figures may be before a check reports
# them is a setting: an analyst can tighten or relax it and rerun the
# chapter, as {doc}`the Reproduce page <../book/reproduce>` explains. A
# figure printed once, and wrong, passes every check.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read, and how
# far apart two figures may be before a check reports them (relative, except
# the CAGR tolerance, which is in percentage points).
data_dir = "../data"
exchange_rate_tolerance = 0.02
growth_tolerance = 0.05
multiple_tolerance = 0.10
cagr_tolerance_points = 1.0
same_value_tolerance = 0.0

# %% tags=["hide-input"]
import re

import altair as alt
import pandas as pd

from airaces import audit, chapter, citations, prose, tables

book, say = chapter.open_ledger(data_dir), prose.glue
tol = audit.Tolerances(
    exchange_rate=exchange_rate_tolerance,
    growth=growth_tolerance,
    multiple=multiple_tolerance,
    cagr_points=cagr_tolerance_points,
    same_value=same_value_tolerance,
)
findings = audit.run(book.ledger, tol)
# The audit names sources by their ids ("asi_essay"), or by their citations ("Rupesh Bhambwani (2025)") where it
# explains a date; a reader is given the names the chapters use. A finding about one row's date need not open with
# the row's id: the table gives it, linked, in its own column.
NAMES = {
    r"\basi_essay\b": "the essay",
    r"\bsinolytics\b": "the Sinolytics whitepaper",
    r"\bbrookings\b": "Brookings",
    r"\bcto21\b": "the 21CTO summary",
    r"(?<!the )\bdigest\b": "the digest",
    r"^\S+: a date read": "A date read",
}
by_id = {
    re.escape(citations.short_citation(s)): s.source_id
    for s in book.ledger.sources.itertuples()
    if any(s.source_id in pattern for pattern in NAMES)
}  # a citation becomes its id, which NAMES then names
findings = findings.replace(by_id, regex=True).replace(NAMES, regex=True)
# Darker for graver findings: contradiction, inconsistency, ambiguity.
severity_colour = alt.Color(
    "severity:N",
    title="Severity",
    scale=alt.Scale(
        domain=list(audit.SEVERITIES), range=["#8b1a1a", "#e08a2c", "#b9b9b9"]
    ),
)


# How many findings are of this check or severity, as '15 amounts', with the verb agreeing if one is given
# ('six figures are'), carrying the ledger rows they rest on.
def tally(
    column: str, value: str, noun: str, verb: tuple[str, str] = ("", "")
) -> prose.Text:
    rows = findings[findings[column] == value]
    basis = (rows if len(rows) else findings)[
        "ids"
    ]  # that none is found rests on all the findings
    words = prose.noun_count(
        len(rows),
        noun,
        *basis,
        plural=noun[:-1] + "ies" if noun.endswith("y") else None,
    )
    return prose.derived(f"{words} {verb[len(rows) != 1]}".strip(), *basis)


# %% [markdown]
# ## What the checks found
#
# A check reports two figures when they differ by more than
# {glue:md}`tol_rate` for implied exchange rates, {glue:md}`tol_growth` for
# growth arithmetic and {glue:md}`tol_multiple` for multiples stated in
# words, or when compound growth rates miss by more than {glue:md}`tol_cagr`;
# the same metric printed twice must match {glue:md}`tol_same`. At those
# tolerances the audit reports {glue:md}`n_findings`:
# {glue:md}`n_contradiction`, {glue:md}`n_inconsistency` and
# {glue:md}`n_ambiguity`. A contradiction is a pair of statements that cannot
# both be true as printed; an inconsistency is arithmetic that does not close
# within the tolerance, though a difference of scope could explain it; an
# ambiguity is something the text leaves open that a reader needs.
# {numref}`fig-audit-counts` counts them by check. Most checks explain
# themselves; three need a word. "Same metric" flags one quantity, for one
# entity and period, printed with different values or hedges; "same number"
# flags one number used for different things close together, which a reader
# skimming the sources could conflate; "restatement drift" flags a figure
# repeated with a change of scope. Ambiguities make up
# {glue:md}`ambiguity_share` of the findings, so the typical problem in these
# sources is not a wrong number but a number whose scope, unit or date the
# reader has to guess. It also means that the tolerances matter less than
# they might: tightening them adds inconsistencies at the margin, but most
# ambiguities do not depend on them at all, since a missing unit is missing
# at any setting.{glue:md}`ambiguity_premise`

# %% tags=["hide-input", "remove-output"]
by_check = (
    findings.groupby(["check", findings["severity"].astype(str)])
    .size()
    .rename("findings")
    .reset_index()
)
by_check = by_check.assign(
    severity_rank=by_check["severity"].map(audit.SEVERITIES.index),
    check_label=by_check["check"]
    .str.replace("_", " ")
    .str.capitalize()
    .str.replace("Cagr", "CAGR"),
)
bars = (
    alt.Chart(by_check)
    .mark_bar()
    .encode(
        x=alt.X("findings:Q", title="Findings", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y(
            "check_label:N",
            title=None,
            sort=by_check.groupby("check_label")["findings"]
            .sum()
            .sort_values(ascending=False)
            .index.tolist(),
        ),
        color=severity_colour,
        order=alt.Order("severity_rank:Q"),
        tooltip=[
            alt.Tooltip("check_label:N", title="Check"),
            alt.Tooltip("severity:N", title="Severity"),
            alt.Tooltip("findings:Q", title="Findings"),
        ],
    )
    .properties(height=alt.Step(22))
)
# A finding may rest on claims, events or forecasts; the figure cites every one of them.
ids = findings["ids"].explode()
cited = pd.concat(
    [
        book.claims[book.claims["claim_id"].isin(ids)],
        book.events[book.events["event_id"].isin(ids)],
        book.forecasts[book.forecasts["forecast_id"].isin(ids)],
    ],
    ignore_index=True,
)
ambiguous = (findings["severity"] == "ambiguity").mean()
pct = lambda share: prose.Text(f"{prose.number(round(share * 100, 1))}%")  # noqa: E731
say(
    n_findings=prose.noun_count(len(findings), "finding", *findings["ids"]),
    **{f"n_{s}": tally("severity", s, s) for s in audit.SEVERITIES},
    # The tolerances are settings, not data: they are written out as they are set.
    tol_rate=pct(tol.exchange_rate),
    tol_growth=pct(tol.growth),
    tol_multiple=pct(tol.multiple),
    tol_cagr=prose.Text(
        f"{prose.spelled(tol.cagr_points)} percentage point{'s' * (tol.cagr_points != 1)}"
    ),
    tol_same=prose.Text(
        "exactly" if tol.same_value == 0 else f"to within {pct(tol.same_value)}"
    ),
    ambiguity_share=prose.percent(ambiguous, *findings["ids"]),
    ambiguity_premise=prose.premise(
        ambiguous > 0.5, "ambiguities are most of the findings", *findings["ids"]
    ),
    fig_counts=book.figure(
        bars,
        figure_id="audit-findings-by-check",
        title="What the audit finds",
        subtitle="Findings by check and severity, at the tolerances stated in the text.",
        rows=cited,
        description=(
            f"Bar chart of {len(findings)} audit findings by check: "
            + "; ".join(
                f"{c.replace('_', ' ')} {n}"
                for c, n in findings["check"].value_counts().items()
            )
            + "."
        ),
    ),
)

# %% [markdown]
# ```{glue:figure} fig_counts
# :name: fig-audit-counts
#
# Findings by check, coloured by severity. Hover over a bar for its count.
# ```
#
# ## The arithmetic that does not close
#
# Two findings are worth following through, because each changes what a
# careful reader could quote from the essay {cite:p}`bhambwani2025asi`. The
# sharpest concerns American capital spending, and it comes from inside the
# essay itself. It says the top five US hyperscalers' capital spending rose
# {glue:md}`capex_growth` to {glue:md}`capex_2024` in
# {glue:md}`capex_printed_year`, which puts {glue:md}`capex_base_year` at
# {glue:md}`capex_2023`, and later that US hyperscalers would spend
# {glue:md}`capex_2025` in {glue:md}`capex_year`, in its words
# {glue:md}`capex_nearly_double`. That is {glue:md}`capex_multiple` the
# {glue:md}`capex_base_year` figure: {glue:md}`capex_versus_double`, not
# "nearly" double. The likeliest explanation is scope. The first line names
# its five companies, while the second speaks of "US hyperscalers"
# generally; the {glue:md}`capex_prior_year` base that the second line's
# growth rate implies shows that the two cannot count the same companies, as
# {ref}`the chapter on capital <capex-base>` explains.{glue:md}`capex_premise`
#
# Morgan Stanley's forecast for China's robot market, as the essay reports
# it, has the same problem, and a second that the essay passes over. The market
# {glue:md}`ms_double`, the essay says, yet its own figures for
# {glue:md}`ms_start_year` and {glue:md}`ms_end_year` make it
# {glue:md}`ms_multiple` as large, {glue:md}`ms_versus_double`; and each of
# the {glue:md}`ms_n_segments` segments it names grows faster than the whole,
# so the segments it leaves out must grow more slowly, as
# {ref}`the chapter on embodied AI <robot-market>` shows.{glue:md}`ms_premise`

# %% tags=["hide-input"]
growth, y2024, y2025, growth_25, nearly = map(
    book.claim, ("ess-020", "ess-021", "ess-043", "ess-044", "ess-045")
)
bases = audit.implied_bases(book.ledger.claims).set_index("rate_id")
# The prior year's figure that each growth rate and its result imply.
first, second = bases.loc["ess-020"], bases.loc["ess-044"]
# Morgan Stanley's robot market: the doubling, its end and start, and three segments' growth.
double, end, start, *segments = map(
    book.claim, ("ess-049", "ess-050", "ess-051", "ess-052", "ess-053", "ess-054")
)
multiple, years = (
    end["value"] / start["value"],
    int(end["period"]) - int(start["period"]),
)
cagr, capex_multiple = (
    multiple ** (1 / years) - 1,
    y2025["value"] / first["base"],
)  # recomputed at any tolerance
versus = dict(more="more than double", less="less than double", same="exactly double")
say(
    capex_growth=growth,
    capex_2024=y2024,
    capex_2025=y2025,
    capex_year=prose.year(y2025),
    capex_nearly_double=prose.quote(nearly),
    capex_printed_year=prose.year(y2024),
    capex_base_year=prose.derived(str(int(first["year"])), growth, y2024),
    ms_double=prose.quote(double),
    capex_2023=prose.amount(first["base"], "USD_bn", growth, y2024, digits=0),
    ms_end_year=prose.year(end),
    capex_prior_year=prose.derived(str(int(second["year"])), growth_25, y2025),
    ms_start_year=prose.year(start),
    # The later figure's hedge carries over to the multiple; a floor ("over") is rounded down, not up.
    capex_multiple=prose.derived(
        prose.QUALIFIER_WORDS.get(y2025["qualifier"], "")
        + prose.times(
            int(capex_multiple * 10) / 10
            if y2025["qualifier"] == "over"
            else capex_multiple,
            y2025,
        ),
        y2025,
        growth,
        y2024,
    ),
    capex_versus_double=prose.compared(
        capex_multiple, 2, y2025, growth, y2024, **versus
    ),
    capex_premise=prose.premise(
        capex_multiple > 2
        and round(second["base"]) != y2024["value"]
        and list(
            findings.query(
                "check == 'stated_multiples' and severity == 'inconsistency'"
            )["ids"].map(set)
        ).count({"ess-020", "ess-021", "ess-043", "ess-045"})
        == 1,
        "2025 is more than double the implied 2023 base, the "
        "implied 2024 figure is not the printed one, and the audit reports the pair as an inconsistency of scope",
        growth,
        y2024,
        y2025,
        growth_25,
        nearly,
    ),
    ms_multiple=prose.times(multiple, end, start),
    ms_versus_double=prose.compared(multiple, 2, end, start, **versus),
    ms_n_segments=prose.count(len(segments), *segments),
    ms_premise=prose.premise(
        min(s["value"] for s in segments) > 100 * cagr and multiple > 2,
        "the market more than doubles and each named segment outgrows the whole",
        end,
        start,
        double,
        *segments,
    ),
)

# %% [markdown]
# {numref}`fig-audit-gaps` puts every finding that compares two numbers on one
# scale: how far apart the numbers are, as a percentage, against the
# tolerance the check allows. Points to the right of their tolerance mark are
# the ones reported. The distance matters more than the crossing: a point
# just past its tick may be rounding, or a conversion made on another day,
# while a point far past it is a discrepancy that no rounding explains.

# %% tags=["hide-input", "remove-output"]
# A label is cut at a word, not in the middle of one; the tooltip gives the whole finding.
cut = lambda text, n=72: (
    text if len(text) <= n else text[:n].rsplit(" ", 1)[0].rstrip(",:;") + "…"
)  # noqa: E731
gaps = audit.numeric_gaps(findings, tol).assign(finding=lambda d: d["what"].map(cut))
base = alt.Chart(gaps).encode(
    y=alt.Y(
        "finding:N",
        title=None,
        sort=gaps.sort_values("gap_pct", ascending=False)["finding"].tolist(),
        axis=alt.Axis(labelLimit=400, labelFontSize=11),
    )
)
limit = base.mark_tick(thickness=2, size=16, color="#333").encode(x="tolerance_pct:Q")
dots = base.mark_point(size=120, filled=True, opacity=1).encode(
    x=alt.X("gap_pct:Q", title="Gap between the two figures (%)"),
    color=severity_colour,
    tooltip=[
        alt.Tooltip("what:N", title="Finding"),
        alt.Tooltip("gap_pct:Q", title="Gap (%)", format=".1f"),
        alt.Tooltip("tolerance_pct:Q", title="Tolerance (%)", format=".1f"),
    ],
)
say(
    fig_gaps=book.figure(
        (limit + dots).properties(height=alt.Step(22), width=260),
        figure_id="audit-numeric-gaps",
        title="How far apart the figures are",
        subtitle="Each numeric finding's gap; the black tick is the tolerance it broke.",
        rows=book.claims[book.claims["claim_id"].isin(gaps["ids"].explode())],
        description=(
            f"Dot chart of {len(gaps)} numeric findings by the gap between the compared figures, from "
            f"{gaps['gap_pct'].min():.1f}% to {gaps['gap_pct'].max():.1f}%."
        ),
        note="For the CAGR check the gap is the shortfall in percentage points as a share of the lowest stated CAGR.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_gaps
# :name: fig-audit-gaps
#
# Numeric findings against their tolerances. Hover for the finding.
# ```
#
# ## Exchange rates and restatements
#
# The yuan–dollar rates the sources imply differ by {glue:md}`rate_spread`
# across the ledger; {ref}`the chapter on capital <exchange-rates>` explains
# the rates and what the gap means. Restatements are the subtler problem:
# {glue:md}`n_drift` repeated with a change of scope.
# Alibaba's {glue:md}`alibaba_plan` plan is the company's in one mention,
# Alibaba Cloud's in another, and in a third a sum that spending will go
# beyond; the national compute target of {glue:md}`compute_target` is a goal
# in one source and a floor in the other. None of these is an error on its
# own; the risk is that a reader who repeats the figure without its scope
# repeats a claim the source did not make. The table at the end of the
# chapter quotes every mention.{glue:md}`drift_premise`
#
# ## Missing units, missing periods, inferred dates
#
# The ambiguities are the largest group, and only
# {glue:md}`n_missing_unit` printed without a unit. {glue:md}`unit_lead` the
# gap between Chinese and US models on Stanford's AI Index, which the
# Sinolytics whitepaper {cite:p}`sinolytics2025agi` says narrowed from
# {glue:md}`ai_index_2023` in {glue:md}`ai_index_year`
# {glue:md}`ai_index_gap`: the ledger reads the later number in the unit of
# the earlier one, since the text gives it none. More are about time:
# {glue:md}`n_missing_scope` no period at all, so they cannot be set against
# annual figures, and {glue:md}`n_inferred` their year from the ledger's
# dating of their source, because the text says "this year" or "last
# September", or names a month alone. The essay puts Beijing's naming of
# embodied intelligence as a key industry of the future in
# {glue:md}`march_month`, which is
# {glue:md}`march_date` only because the ledger dates the essay to
# {glue:md}`march_year`. None of the {glue:md}`n_sources` sources prints its
# own publication date; the ledger dates each from the dates its text cites.
# If a source is a year later than the ledger assumes, the rows that take
# its year move with it, and every finding that depends on them should be
# read again.{glue:md}`missing_premise`

# %% tags=["hide-input"]
rates, march = (
    findings[findings["check"] == "exchange_rates"],
    book.row("ess-ev03"),
)  # a month printed alone
of = lambda check: set().union(
    *findings.loc[findings["check"] == check, "ids"].map(set)
)  # noqa: E731
counts, dateless = (
    findings["check"].value_counts(),
    book.ledger.sources["date_basis"].str.startswith("Not").all(),
)
say(
    rate_spread=prose.percent(
        rates["values"].map(lambda v: v["spread"]).max(), *rates["ids"], digits=1
    )
    if len(rates)
    else "no more than the tolerance",
    n_drift=tally("check", "restatement_drift", "figure", ("is", "are")),
    alibaba_plan=prose.claim_text(book.claim("ess-005"), with_qualifier=False),
    compute_target=prose.claim_text(book.claim("ess-014"), with_qualifier=False),
    drift_premise=prose.premise(
        {"ess-005", "cto-004", "cto-001", "ess-014", "sin-002"}
        <= of("restatement_drift"),
        "the audit reports the drift in Alibaba's plan and in the national compute target",
        "ess-005",
        "cto-004",
        "cto-001",
        "ess-014",
        "sin-002",
    ),
    n_missing_scope=tally("check", "missing_scope", "amount", ("has", "have")),
    n_missing_unit=tally("check", "missing_unit", "figure", ("is", "are")),
    ai_index_2023=book.claim("sin-065"),
    ai_index_year=prose.year(book.claim("sin-065")),
    ai_index_gap=prose.quote(book.claim("sin-066")),
    n_sources=prose.count(len(book.ledger.sources), book.claims),
    n_inferred=tally("check", "inferred_dates", "row", ("takes", "take")),
    march_month=prose.date(march, style="%B"),
    unit_lead=prose.derived(
        "It is" if counts.get("missing_unit", 0) == 1 else "One of them is", "sin-066"
    ),
    march_date=prose.date(march),
    march_year=prose.year(march),
    missing_premise=prose.premise(
        ambiguous > 0.5
        and "sin-066" in of("missing_unit")
        and "ess-ev03" in of("inferred_dates")
        and dateless
        and counts.get("missing_unit", 0)
        < counts.get("missing_scope", 0) + counts.get("inferred_dates", 0),
        "ambiguities lead, fewer on units than on time, the AI Index gap lacks a unit, the essay's March takes "
        "the essay's year and no source prints its date",
        "sin-066",
        march,
    ),
)

# %% [markdown]
# ## Every finding
#
# Ordered by severity, then by check. Each finding gives the arithmetic it
# rests on and a verdict on what follows from it, and its ids link to the
# ledger browser, where each row shows the words as printed and its source
# line. The arithmetic names the rows each number comes from, linked in the
# same way, so that any step can be checked against the words as printed.
# The verdicts are the book's, written as rules that apply alike to every
# row; an analyst who would judge a finding differently can change the rule
# and rebuild the book, as {doc}`the Reproduce page <../book/reproduce>`
# explains.

# %% tags=["hide-input"]
tables.findings_table(
    findings,
    f"The audit's {prose.noun_count(len(findings), 'finding', *findings['ids'])} at the "
    "tolerances above",
)
