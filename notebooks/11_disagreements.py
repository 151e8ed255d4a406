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
# {glue:md}`capex_base_year` level. Most checks compare the sources with
# each other and not with the world, so a clean result there is a test of
# consistency, not of truth; one, outside evidence, sets their figures
# against open data and finds {glue:md}`n_outside` that it contradicts, as
# {doc}`the chapter on open data <12_open_data>` explains.{glue:md}`ambiguity_premise`{glue:md}`capex_premise`
#
# The checks cover the exchange rates the sources imply, the growth
# arithmetic they leave to the reader, the multiples they state in words, the
# same figure printed twice, the same number used for different things,
# figures that lack a unit or a period, restatements whose scope drifts,
# dates that had to be inferred, and figures that Epoch AI's open data does
# not bear out. Every finding is computed from the ledger and the open data;
# none is typed in. How far apart two figures may be before a check reports
# them is a setting: an analyst can tighten or relax it and rerun the
# chapter, as {doc}`the Reproduce page <../book/reproduce>` explains. A
# figure printed once, and wrong, passes every check.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder and the audit's tolerances.
data_dir = "../data"
# How far apart two figures may be before a check reports them: relative,
# except the CAGR tolerance, which is in percentage points.
exchange_rate_tolerance = 0.02
growth_tolerance = 0.05
multiple_tolerance = 0.10
cagr_tolerance_points = 1.0
same_value_tolerance = 0.0

# %% tags=["hide-input"]
# The audit's findings at the tolerances above, each source named as the chapters name it.
from airaces import audit, chapter, opendata, outside, prose, recipes, tables
from airaces.growth import compound_annual

book = chapter.open_ledger(data_dir)
claim = book.claim
say = prose.glue
tol = audit.Tolerances(
    exchange_rate=exchange_rate_tolerance,
    growth=growth_tolerance,
    multiple=multiple_tolerance,
    cagr_points=cagr_tolerance_points,
    same_value=same_value_tolerance,
)
# The open data beside the ledger (chapter 12) adds its comparisons as outside evidence.
compared = outside.compare(book.ledger, opendata.load(data_dir))
findings = audit.as_read(audit.run(book.ledger, tol, compared), book.ledger.sources)
n_findings = prose.noun_count(len(findings), "finding", *findings["ids"])
outside_ids = sorted(audit.ids_of(findings, "outside_evidence"))
say(n_outside=prose.noun_count(len(outside_ids), "figure", *compared["claim_id"]))

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
# {glue:md}`n_ambiguity`. The tolerances are the parameters at the top of
# this notebook: set one and run it again to see which findings come and go.
# A contradiction is a pair of statements that cannot
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

# %% tags=["hide-input"]
# How many findings there are, in all and at each severity, and the share of ambiguities.
severities = {
    f"n_{s}": audit.tally(findings, s, s, column="severity") for s in audit.SEVERITIES
}
ambiguous = (findings["severity"] == "ambiguity").mean()
say(
    n_findings=n_findings,
    **severities,
    ambiguity_share=prose.percent(ambiguous, *findings["ids"]),
    ambiguity_premise=prose.premise(
        ambiguous > 0.5, "ambiguities are most of the findings", *findings["ids"]
    ),
)


# %% tags=["hide-input"]
# The tolerances in words, written out as they are set: they are settings, not data.
tolerance = audit.tolerance_words(tol)
say(
    tol_rate=tolerance["exchange_rate"],
    tol_growth=tolerance["growth"],
    tol_multiple=tolerance["multiple"],
    tol_cagr=tolerance["cagr_points"],
    tol_same=tolerance["same_value"],
)

# %% tags=["hide-input", "remove-output"]
# The findings of each check as a bar, stacked by severity, darker for graver.
severity = recipes.severity_colour(audit.SEVERITIES)
counts_chart = recipes.stacked_counts(
    audit.counts_by_check(findings),
    label="check_label",
    count="findings",
    colour=severity,
    order="severity_rank",
    axis_title="Findings",
    label_title="Check",
)

# %% tags=["hide-input", "remove-output"]
# The figure, citing every claim, event and forecast a finding rests on.
per_check = findings["check"].value_counts().items()
per_check = "; ".join(f"{c.replace('_', ' ')} {n}" for c, n in per_check)
say(
    fig_counts=book.figure(
        counts_chart,
        figure_id="audit-findings-by-check",
        title="What the audit finds",
        subtitle="Findings by check and severity, at the tolerances stated in the text.",
        rows=audit.rows_cited(findings, book),
        description=f"Bar chart of {len(findings)} audit findings by check: {per_check}.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_counts
# :name: fig-audit-counts
#
# Findings by check, coloured by severity, darker for graver. Tap or hover over a bar
# for its count.
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
# growth rate implies suggests that the two do not count the same companies, as
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
#
# Both verdicts on "double" depend on how far a multiple stated in words may
# stray from the ratio of the printed figures before the audit calls it
# inconsistent: {glue:md}`tol_multiple` here. A reader who would allow more
# can rerun the chapter with a looser tolerance. Findings that no longer
# clear it drop out of the counts above, and these two paragraphs then carry
# a caution instead of standing unchallenged.

# %% tags=["hide-input"]
# The essay's capital-expenditure figures, and the prior year's figure each growth rate implies.
growth = claim("ess-020")
y2024 = claim("ess-021")
y2025 = claim("ess-043")
growth_25 = claim("ess-044")
nearly = claim("ess-045")
bases = audit.implied_bases(book.ledger.claims).set_index("rate_id")
first = bases.loc["ess-020"]
second = bases.loc["ess-044"]
say(
    capex_growth=growth,
    capex_2024=y2024,
    capex_2025=y2025,
    capex_year=prose.year(y2025),
    capex_nearly_double=prose.quote(nearly),
    capex_printed_year=prose.year(y2024),
    capex_base_year=prose.derived(str(int(first["year"])), growth, y2024),
    capex_2023=prose.amount(first["base"], "USD_bn", growth, y2024, digits=0),
)

# %% tags=["hide-input"]
# The 2025 figure as a multiple of the implied 2023 base, recomputed at any tolerance.
capex_multiple = y2025["value"] / first["base"]
versus = dict(more="more than double", less="less than double", same="exactly double")
say(
    capex_prior_year=prose.derived(str(int(second["year"])), growth_25, y2025),
    capex_multiple=audit.hedged_multiple(capex_multiple, y2025, growth, y2024),
    capex_versus_double=prose.compared(
        capex_multiple, 2, y2025, growth, y2024, **versus
    ),
)

# %% tags=["hide-input"]
# The premise: more than double, the implied 2024 not the printed one, reported once.
pair = {"ess-020", "ess-021", "ess-043", "ess-045"}
reported = audit.times_reported(findings, "stated_multiples", "inconsistency", pair)
say(
    capex_premise=prose.premise(
        capex_multiple > 2
        and round(second["base"]) != y2024["value"]
        and reported == 1,
        "2025 is more than double the implied 2023 base, the implied 2024 figure is "
        "not the printed one, and the audit reports the pair as an inconsistency of scope",
        growth,
        y2024,
        y2025,
        growth_25,
        nearly,
    ),
)

# %% tags=["hide-input"]
# Morgan Stanley's robot market: the doubling, its end and start, and three segments' growth.
double = claim("ess-049")
end = claim("ess-050")
start = claim("ess-051")
segments = [claim(i) for i in ("ess-052", "ess-053", "ess-054")]
# The rows the audit's finding on the doubling rests on: the word and the two ends.
doubling_rows = {"ess-049", "ess-050", "ess-051"}
multiple = end["value"] / start["value"]
years = int(end["period"]) - int(start["period"])
cagr = compound_annual(multiple, years)  # a fraction a year; segments print per cent
say(
    ms_double=prose.quote(double),
    ms_end_year=prose.year(end),
    ms_start_year=prose.year(start),
    ms_multiple=prose.times(multiple, end, start),
    ms_versus_double=prose.compared(multiple, 2, end, start, **versus),
    ms_n_segments=prose.count(len(segments), *segments),
)

# %% tags=["hide-input"]
# The premise: more than double, segments outgrowing the whole, and the audit reporting it.
say(
    ms_premise=prose.premise(
        min(s["value"] for s in segments) > 100 * cagr
        and multiple > 2
        and audit.times_reported(
            findings, "stated_multiples", "inconsistency", doubling_rows
        )
        == 1,
        "the market more than doubles, each named segment outgrows the whole, "
        "and the audit reports the doubling as an inconsistency",
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
# Each numeric finding's gap against its tolerance, labelled by the whole finding.
gaps = audit.numeric_gaps(findings, tol)
gaps = gaps.assign(finding=gaps["what"])
gaps_chart = recipes.gaps_against_tolerances(
    gaps,
    label="finding",
    colour=severity,
    axis_title="Gap between the two figures (%)",
)

# %% tags=["hide-input", "remove-output"]
# The figure, citing the claims the numeric findings compare.
low = gaps["gap_pct"].min()
high = gaps["gap_pct"].max()
say(
    fig_gaps=book.figure(
        gaps_chart,
        figure_id="audit-numeric-gaps",
        title="How far apart the figures are",
        subtitle="Each numeric finding's gap; the black tick is the tolerance it broke.",
        rows=audit.rows_cited(gaps, book),
        description=f"Dot chart of {len(gaps)} numeric findings by the gap between "
        f"the compared figures, from {low:.1f}% to {high:.1f}%.",
        note="For the CAGR check the gap is the shortfall in percentage points "
        "as a share of the lowest stated CAGR.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_gaps
# :name: fig-audit-gaps
#
# Numeric findings against their tolerances. Tap or hover for the finding.
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
# The spread of the exchange rates the sources imply, and the figures restated with a change of scope.
drifted = ("ess-005", "cto-004", "cto-001", "ess-014", "sin-002")
say(
    rate_spread=audit.widest_rate_spread(findings),
    n_drift=audit.tally(findings, "restatement_drift", "figure", ("is", "are")),
    alibaba_plan=prose.claim_text(claim("ess-005"), with_qualifier=False),
    compute_target=prose.claim_text(claim("ess-014"), with_qualifier=False),
    drift_premise=prose.premise(
        set(drifted) <= audit.ids_of(findings, "restatement_drift"),
        "the audit reports the drift in Alibaba's plan and in the national compute target",
        *drifted,
    ),
)

# %% tags=["hide-input"]
# The findings on scopes, units and dates, and the AI Index figure that lacks a unit.
index = claim("sin-065")
say(
    n_missing_scope=audit.tally(findings, "missing_scope", "amount", ("has", "have")),
    n_missing_unit=audit.tally(findings, "missing_unit", "figure", ("is", "are")),
    n_inferred=audit.tally(findings, "inferred_dates", "row", ("takes", "take")),
    ai_index_2023=index,
    ai_index_year=prose.year(index),
    ai_index_gap=prose.quote(claim("sin-066")),
    n_sources=prose.count(len(book.ledger.sources), book.claims),
)

# %% tags=["hide-input"]
# The essay's March, a month printed alone, which takes the essay's year.
march = book.row("ess-ev03")
by_check = findings["check"].value_counts()
n_unit = by_check.get("missing_unit", 0)
say(
    march_month=prose.date(march, style="%B"),
    march_date=prose.date(march),
    march_year=prose.year(march),
    unit_lead=prose.derived("It is" if n_unit == 1 else "One of them is", "sin-066"),
)

# %% tags=["hide-input"]
# The premise: ambiguities lead, fewer on units than on time; no source prints its date.
n_time = by_check.get("missing_scope", 0) + by_check.get("inferred_dates", 0)
dateless = book.ledger.sources["date_basis"].str.startswith("Not").all()
say(
    missing_premise=prose.premise(
        ambiguous > 0.5
        and "sin-066" in audit.ids_of(findings, "missing_unit")
        and "ess-ev03" in audit.ids_of(findings, "inferred_dates")
        and dateless
        and n_unit < n_time,
        "ambiguities lead, fewer on units than on time, the AI Index gap lacks a unit, "
        "the essay's March takes the essay's year and no source prints its date",
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
# The findings as a table.
tables.findings_table(findings, f"The audit's {n_findings} at the tolerances above")
