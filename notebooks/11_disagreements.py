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
# A reader who takes each source's figures on trust will not notice that some
# of them do not add up. This chapter checks the ledger against itself: the
# exchange rates the sources imply, the growth arithmetic they leave to the
# reader, the multiples they state in words, the same figure printed twice,
# the same number used for different things, figures that lack a unit or a
# period, restatements whose scope drifts, and dates that had to be inferred.
# Every finding is computed by `airaces.audit` from the ledger; none is typed
# in. The tolerances are parameters, so an analyst can tighten or relax them
# and rerun.

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
import altair as alt
import pandas as pd

from airaces import audit, chapter, prose, tables

book, say = chapter.open_ledger(data_dir), prose.glue
tol = audit.Tolerances(exchange_rate=exchange_rate_tolerance, growth=growth_tolerance, multiple=multiple_tolerance,
                       cagr_points=cagr_tolerance_points, same_value=same_value_tolerance)
findings = audit.run(book.ledger, tol)
# Darker for graver findings: contradiction, inconsistency, ambiguity.
severity_colour = alt.Color("severity:N", title="Severity", scale=alt.Scale(domain=list(audit.SEVERITIES),
                                                                           range=["#8b1a1a", "#e08a2c", "#b9b9b9"]))


def tally(column: str, value: str, capitalise: bool = False) -> prose.Text:
    """How many findings are of this check or severity, spelled, carrying the ledger rows they rest on."""
    rows = findings[findings[column] == value]
    return prose.count(len(rows), *rows["ids"], capitalise=capitalise)


# %% [markdown]
# ## What the checks found
#
# At the tolerances set above, the audit reports {glue:md}`n_findings`
# findings: {glue:md}`n_contradiction` contradictions, {glue:md}`n_inconsistency`
# inconsistencies and {glue:md}`n_ambiguity` ambiguities. A contradiction is a
# pair of statements that cannot both be true as printed; an inconsistency is
# arithmetic that does not close within the tolerance, though a difference of
# scope could explain it; an ambiguity is something the text leaves open that
# a reader needs. {numref}`fig-audit-counts` counts them by check.

# %% tags=["hide-input"]
by_check = findings.groupby(["check", findings["severity"].astype(str)]).size().rename("findings").reset_index()
by_check["severity_rank"] = by_check["severity"].map(audit.SEVERITIES.index)
by_check["check_label"] = by_check["check"].str.replace("_", " ").str.capitalize().str.replace("Cagr", "CAGR")
bars = alt.Chart(by_check).mark_bar().encode(
    x=alt.X("findings:Q", title="Findings", axis=alt.Axis(tickMinStep=1)),
    y=alt.Y("check_label:N", title=None, sort=by_check.groupby("check_label")["findings"].sum()
            .sort_values(ascending=False).index.tolist()),
    color=severity_colour, order=alt.Order("severity_rank:Q"),
    tooltip=[alt.Tooltip("check_label:N", title="Check"), alt.Tooltip("severity:N", title="Severity"),
             alt.Tooltip("findings:Q", title="Findings")]).properties(height=alt.Step(22))
# A finding may rest on claims, events or forecasts; the figure cites every one of them.
ids = findings["ids"].explode()
cited = pd.concat([book.claims[book.claims["claim_id"].isin(ids)], book.events[book.events["event_id"].isin(ids)],
                   book.forecasts[book.forecasts["forecast_id"].isin(ids)]], ignore_index=True)
say(n_findings=prose.derived(prose.number(len(findings)), *findings["ids"]),
    **{f"n_{s}": tally("severity", s) for s in audit.SEVERITIES}, fig_counts=book.figure(
        bars, figure_id="audit-findings-by-check", title="What the audit finds",
        subtitle="Findings by check and severity, at the tolerances set in the parameters cell.", rows=cited,
        description=(f"Bar chart of {len(findings)} audit findings by check: " + "; ".join(
            f"{c.replace('_', ' ')} {n}" for c, n in findings["check"].value_counts().items()) + ".")))

# %% [markdown]
# ```{glue:figure} fig_counts
# :name: fig-audit-counts
#
# Findings by check. Most are ambiguities; the few contradictions and
# inconsistencies are discussed below.
# ```
#
# ## The arithmetic that does not close
#
# The sharpest finding concerns American capital spending, and it comes from
# inside one essay. It says the top US hyperscalers' capital spending rose
# {glue:md}`capex_growth` to {glue:md}`capex_2024`, and later that US
# hyperscalers would spend {glue:md}`capex_2025`, up {glue:md}`capex_growth_25`
# from the year before and {glue:md}`capex_nearly_double`. The first pair
# implies a {glue:md}`capex_base_year` base of {glue:md}`capex_2023`; the second
# implies a {glue:md}`capex_prior_year` figure of {glue:md}`capex_2024_implied`,
# not the {glue:md}`capex_2024` printed, and a multiple over
# {glue:md}`capex_base_year` of {glue:md}`capex_multiple`, which is more than
# double, not "nearly" double. The likeliest explanation is scope: the first
# statement names its companies, the second speaks of "US hyperscalers"
# generally. But a reader cannot tell from the text.
#
# Morgan Stanley's robot forecast, as the essay {cite:p}`bhambwani2025asi` reports it, has the opposite
# problem. The market is said to {glue:md}`ms_double` from {glue:md}`ms_start`
# to {glue:md}`ms_end`, which is {glue:md}`ms_multiple` times, and its
# {glue:md}`ms_n_segments` named segments grow at {glue:md}`ms_segments` a year, while the endpoints
# imply only {glue:md}`ms_cagr` for the whole market. Unless the unnamed
# segments shrink, the parts grow faster than the total.

# %% tags=["hide-input"]
growth, y2024, y2025, growth_25, nearly = map(book.claim, ("ess-020", "ess-021", "ess-043", "ess-044", "ess-045"))
bases = audit.implied_bases(book.ledger.claims).set_index("rate_id")
# The prior year's figure that each growth rate and its result imply.
first, second = bases.loc["ess-020"], bases.loc["ess-044"]
# Morgan Stanley's robot market: the doubling, its end and start, and three segments' growth.
double, end, start, *segments = map(book.claim, ("ess-049", "ess-050", "ess-051", "ess-052", "ess-053", "ess-054"))
multiple, years = end["value"] / start["value"], int(end["period"]) - int(start["period"])
say(capex_growth=growth, capex_2024=y2024, capex_2025=y2025, capex_growth_25=growth_25, ms_start=start,
    capex_nearly_double=prose.quote(nearly), capex_base_year=prose.derived(str(int(first["year"])), growth, y2024),
    capex_2023=prose.amount(first["base"], "USD_bn", growth, y2024, digits=0), ms_double=prose.quote(double),
    capex_prior_year=prose.derived(str(int(second["year"])), growth_25, y2025), ms_end=end,
    capex_2024_implied=prose.amount(second["base"], "USD_bn", growth_25, y2025, digits=0),
    # Recomputed here rather than read from a finding, so the text holds at any tolerance.
    capex_multiple=prose.derived(f"{y2025['value'] / first['base']:.2f}", y2025, growth, y2024, nearly),
    ms_segments=prose.derived(", ".join(prose.claim_text(s) for s in segments), *segments),
    ms_multiple=prose.derived(f"{multiple:.2f}", end, start), ms_n_segments=prose.count(len(segments), *segments),
    ms_cagr=prose.percent(multiple ** (1 / years) - 1, end, start, digits=1))

# %% [markdown]
# {numref}`fig-audit-gaps` puts every finding that compares two numbers on one
# scale: how far apart the numbers are, as a percentage, against the
# tolerance the check allows. Points to the right of their tolerance mark are
# the ones reported.

# %% tags=["hide-input"]
gaps = audit.numeric_gaps(findings, tol).assign(finding=lambda d: d["what"].str.slice(0, 70))
base = alt.Chart(gaps).encode(y=alt.Y("finding:N", title=None, sort=gaps.sort_values("gap_pct", ascending=False)
                                      ["finding"].tolist(), axis=alt.Axis(labelLimit=320, labelFontSize=10)))
limit = base.mark_tick(thickness=2, size=16, color="#333").encode(x="tolerance_pct:Q")
dots = base.mark_point(size=120, filled=True, opacity=1).encode(
    x=alt.X("gap_pct:Q", title="Gap between the two figures (%)"), color=severity_colour,
    tooltip=[alt.Tooltip("what:N", title="Finding"), alt.Tooltip("gap_pct:Q", title="Gap (%)", format=".1f"),
             alt.Tooltip("tolerance_pct:Q", title="Tolerance (%)", format=".1f")])
say(fig_gaps=book.figure(
    (limit + dots).properties(height=alt.Step(22), width=260),
    figure_id="audit-numeric-gaps", title="How far apart the figures are",
    subtitle="Each numeric finding's gap; the black tick is the tolerance it broke.",
    rows=book.claims[book.claims["claim_id"].isin(gaps["ids"].explode())],
    description=(f"Dot chart of {len(gaps)} numeric findings by the gap between the compared figures, from "
                 f"{gaps['gap_pct'].min():.1f}% to {gaps['gap_pct'].max():.1f}%."),
    note="For the CAGR check the gap is the shortfall in percentage points as a share of the lowest stated CAGR."))

# %% [markdown]
# ```{glue:figure} fig_gaps
# :name: fig-audit-gaps
#
# Numeric findings against their tolerances. Hover for the finding.
# ```
#
# ## Exchange rates and restatements
#
# The sources convert yuan to dollars at rates that differ by
# {glue:md}`rate_spread` across the ledger, and by as much within the
# Sinolytics whitepaper {cite:p}`sinolytics2025agi` alone, which suggests conversions made at different
# times. The difference is small beside the other gaps, and the money chapter
# shows that it moves no comparison. Restatements are the subtler problem.
# {glue:md}`n_drift` figures are repeated with a change of scope: Alibaba's
# plan is the company's in one mention and Alibaba Cloud's in another, and
# "beyond the existing" plan in a third; the national compute target is a
# goal in one source and a floor in the other.
#
# ## Missing units, missing periods, inferred dates
#
# The ambiguities are the largest group. {glue:md}`n_missing_scope` amounts
# have no period at all, so they cannot be set against annual figures;
# {glue:md}`n_missing_unit` figures are printed without their unit, including
# the AI Index gap of {glue:md}`ai_index_gap` that the models chapter reads as
# a percentage. {glue:md}`n_inferred` rows take their year from the source's
# own date, because the text says "this year" or "last September". None of the
# five sources prints its publication date; if any of them is a year later
# than the ledger assumes, those rows move by a year, and every finding that
# depends on them should be read again. The table lists each finding with its
# arithmetic and the rows it rests on.

# %% tags=["hide-input"]
rates = findings[findings["check"] == "exchange_rates"]
say(rate_spread=prose.percent(rates["values"].iloc[0]["spread"], *rates["ids"], digits=1) if len(rates)
    else "no more than the tolerance", n_drift=tally("check", "restatement_drift", capitalise=True),
    n_missing_scope=tally("check", "missing_scope", capitalise=True), n_missing_unit=tally("check", "missing_unit"),
    n_inferred=tally("check", "inferred_dates", capitalise=True), ai_index_gap=prose.quote(book.claim("sin-066")))

# %% [markdown]
# ## Every finding
#
# Ordered by severity, then by check. The ids link to the ledger browser, where
# each row shows the words as printed and its source line.

# %% tags=["hide-input"]
tables.findings_table(findings, f"All {len(findings)} findings at the tolerances set above")
