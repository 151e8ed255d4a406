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
# # Narratives: two finish lines, AGI against ASI
#
# In {glue:md}`keynote_year`, Alibaba's chief executive, Wu Yongming (Eddie Wu in
# English-language reports), called artificial general intelligence a certainty
# and put the prize beyond it, in superintelligence. The two accounts of his
# keynote in the sources agree on that much, but of the {glue:md}`wu_subjects`
# subjects of his predictions that they report, only {glue:md}`wu_shared` appear in both.
# Of the {glue:md}`n_dated` dated predictions about AGI, ASI and AI leadership
# that the sources quote, {glue:md}`goal_count` name {glue:md}`china_goal_year`,
# the year by which the Chinese state aims to lead the world in AI, so the talk
# of a finish line meets the state's plan on one date.{glue:md}`summary_premise`
#
# The American framing of the contest has a single finish line: artificial
# general intelligence, reached first by whoever trains the biggest model on
# the biggest cluster. Wu drew a different map. In his telling, {term}`AGI` is
# a waypoint, and the prize is {term}`ASI`, reached by building
# infrastructure, open models and machines that improve themselves.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
# The ledger, and this chapter's rows: its figures, events and predictions.
import pandas as pd

from airaces import chapter, charts, citations, periods, prose, recipes, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("narratives")
claim = book.claim
row = book.row
say = prose.glue

# %% [markdown]
# ## One keynote, two declarations
#
# Wu's keynote at the Apsara conference lasted {glue:md}`keynote_length` and
# named both AGI and ASI. By the essay's account {cite:p}`bhambwani2025asi`, that made Alibaba
# the {glue:md}`first_mover` established Chinese technology giant to use both
# terms in public. Two accounts of the
# speech survive in the sources: the essay quotes it at length, and the 21CTO
# summary {cite:p}`cto21_2025superintelligent` compresses it into headings. Both report the same two
# declarations. The first is that general intelligence is no longer in doubt.
# The essay has Wu calling it a certainty; the summary is starker:
# {glue:md}`agi_certain_cto`. The second is that the road does not end there.
#
# Both accounts divide the road into {glue:md}`stages`. First, models learn
# from the knowledge humanity has already written down. Next, they act: they
# use tools and write programs, which is roughly where the industry stands
# now. Last, they connect to raw data from the physical world and begin to
# train themselves. That last stage is the one that makes the framing Chinese
# in practice rather than in slogan: it needs factories, robots and sensors,
# the physical base that the chapter on {doc}`07_embodied` measures.{glue:md}`stages_premise`

# %% tags=["hide-input"]
# The paragraph lists three stages and says both accounts agree, so both counts must be that number.
stage_rows = [claim(i) for i in ("ess-018", "cto-006", "cto-007")]
agreed = {row["value"] for row in stage_rows} == {3}
say(
    keynote_length=claim("ess-016"),
    keynote_year=prose.year(row("cto-ev01"), "ess-ev01"),
    first_mover=claim("ess-017"),
    agi_certain_cto=prose.quote(row("cto-fc03")),
    stages=prose.noun_count(stage_rows[0]["value"], "stage", *stage_rows),
    stages_premise=prose.premise(
        agreed, "both accounts count the three stages the paragraph lists", *stage_rows
    ),
)

# %% [markdown]
# ## What each account reports
#
# Two reports of one speech are a small natural experiment in how a message
# travels. {numref}`fig-wu-accounts` lines up every prediction the ledger attributes to Wu,
# by subject, against the source that reports it. The essay, written for a
# Western audience, keeps the grand claims and the comparison with American
# spending; the trade-press summary keeps the operational ones, the capital
# spending and the super-cloud. Only {glue:md}`wu_shared` of the
# {glue:md}`wu_subjects` subjects appear in both accounts. Anyone quoting
# "what Alibaba said" should say which account they are reading.{glue:md}`wu_premise`

# %% tags=["hide-input"]
# Only the sources that report the keynote are accounts of it; Sinolytics quotes Wu from before it.
accounts = {row(i)["source_id"] for i in ("ess-ev01", "cto-ev01")}
wu = book.forecasts[
    (book.forecasts["who"] == "Wu Yongming (Alibaba)")
    & book.forecasts["source_id"].isin(accounts)
]
coverage = wu.groupby("subject")["source_id"].nunique()
shared = int((coverage > 1).sum())
# "Only" and the advice that follows hold while most of his subjects reach the reader through one account.
say(
    wu_subjects=prose.count(len(coverage), wu),
    wu_shared=prose.count(shared, wu),
    wu_premise=prose.premise(
        shared < len(coverage) / 2,
        "fewer than half of Wu's subjects appear in both accounts",
        wu["forecast_id"],
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: Wu's subjects against the accounts that report them, most reported first.
BOTH = "in both accounts"
ONE = "in one"
short = {
    s.source_id: citations.short_citation(s) for s in book.ledger.sources.itertuples()
}
wu = wu.assign(
    reported_by=wu["source_id"].map(short),
    shared=wu["subject"].map(coverage > 1).map({True: BOTH, False: ONE}),
)
matrix = recipes.forecast_matrix(
    wu,
    column="reported_by",
    row="subject",
    row_order=sorted(coverage.index, key=lambda s: (-coverage[s], s)),
    colour="shared",
    colours={BOTH: charts.ACCENT, ONE: charts.MUTED},
)

# %% tags=["hide-input", "remove-output"]
# The matrix as the book's figure.
say(
    fig_wu=book.figure(
        matrix,
        figure_id="narratives-wu-accounts",
        title="Two accounts of one keynote",
        subtitle="Wu Yongming's predictions at the 2025 keynote, by subject and by the account that reports them.",
        rows=wu,
        description=(
            f"Dot matrix of {prose.spelled(len(coverage))} subjects of Wu Yongming's predictions against the "
            f"two accounts of his keynote; {prose.spelled(shared)} appear in both."
        ),
    )
)

# %% [markdown]
# ```{glue:figure} fig_wu
# :name: fig-wu-accounts
#
# Each dot is a prediction as one source reports it. Tap or hover for the words
# printed and the line they stand on.
# ```
#
# ## Large models as the next operating system
#
# The most concrete of Wu's claims is architectural. Both accounts have him
# saying that large models will take over the place the operating system
# holds today, sitting between people, software and computing power. Natural
# language becomes the way to program, agents become the applications, and
# context becomes memory. The claim matters for the race because of what it
# implies about scale. In the essay, Wu pictures every household, factory and
# company running agents and robots around the clock, which could take
# hundreds of GPU chips for each person; in the summary, the agents and robots
# may one day outnumber the people of the world. Neither figure can be checked,
# but together they explain why a cloud company talks about
# superintelligence: the vision is a forecast of demand for its product.
#
# Beijing's own vocabulary is plainer. Its {term}`AI Plus` policy, as the
# Brookings commentary {cite:p}`brookings2026races` and the essay describe it, is about fitting AI into
# manufacturing, research, education and health care, not about a finish line.
# The essay's author reads that pragmatism as a deliberate choice of a
# different race; Brookings reads it as partly a response to constraint, since
# export controls make a compute race hard to win. Both readings can be true.
#
# ## Who predicts what, and when
#
# The ledger holds {glue:md}`n_dated` dated predictions about AGI, ASI and AI
# leadership, and {numref}`fig-arrivals` places them on the calendar. Where two
# sources report the same prediction, their markers coincide, so the figure
# shows {glue:md}`n_markers`. Zhipu AI's
# chief executive puts superintelligence around {glue:md}`zhang_year`, in narrow
# domains first; the essay reports Sam Altman suggesting it could come before
# {glue:md}`altman_year` and Masayoshi Son naming {glue:md}`son_year`. The
# Sinolytics whitepaper {cite:p}`sinolytics2025agi` notes that estimates for AGI start as early as
# {glue:md}`agi_earliest` and run to many decades later. The Chinese state's
# goal of leading the world in AI by {glue:md}`china_goal_year` appears in
# {glue:md}`goal_sources`. Counting each mention, {glue:md}`goal_count` of the
# {glue:md}`n_dated` predictions name {glue:md}`china_goal_year`, more than any
# other year, so the talk of AGI and ASI meets the state's plan on one
# date.{glue:md}`modal_premise` Across the whole ledger, where targets for
# compute and spending join in, the year named most often is
# {glue:md}`ledger_modal_year` ({numref}`fig-chronology-forecasts`).
#
# The undated predictions matter as much as the dated ones. Wu does not give
# a year for AGI at all; he calls it certain and moves on. That is the point of
# the ASI framing: it changes the question from *when* to *what then*, and so
# from a model race to an infrastructure race.{glue:md}`undated_premise`

# %% tags=["hide-input"]
# The dated predictions, and how many name the year of the state's goal.
dated = forecasts[forecasts["target_year"].notna()]
goal = pd.DataFrame([row("dig-fc01"), row("ess-fc11")])
goal_year = goal["target_year"].iloc[0]
in_goal = dated[dated["target_year"] == goal_year]
years = dated["target_year"].value_counts()
goal_leads = (years.drop(goal_year) < len(in_goal)).all()
markers = dated.drop_duplicates(["who", "subject", "target_year"])
say(
    n_dated=prose.count(len(dated), dated),
    n_markers=prose.noun_count(len(markers), "marker", dated),
    china_goal_year=prose.year(goal.iloc[0], goal),
    goal_sources=prose.noun_count(goal["source_id"].nunique(), "source", goal),
    goal_count=prose.count(len(in_goal), in_goal),
    modal_premise=prose.premise(
        goal_leads,
        "the year of the state's goal is named more often than any other",
        dated,
    ),
)

# %% tags=["hide-input"]
# The years single speakers name, and the earliest estimate for AGI.
say(
    zhang_year=prose.year(row("ess-fc08")),
    altman_year=prose.year(row("ess-fc09")),
    son_year=prose.year(row("ess-fc10")),
    agi_earliest=prose.year(row("sin-fc05")),
)

# %% tags=["hide-input"]
# The year the whole ledger's predictions name most, counted as chapter 09 counts it.
every = book.forecasts[book.forecasts["target_year"].notna()]
ledger_mode = every["target_year"].astype(int).mode().iloc[0]
ledger_modal = every[every["target_year"] == ledger_mode]
say(ledger_modal_year=prose.year(ledger_modal.iloc[0], ledger_modal))

# %% tags=["hide-input"]
# The premises of the undated AGI and of the opening's summary, and the sources' count.
wu_agi = forecasts[
    (forecasts["who"] == "Wu Yongming (Alibaba)")
    & (forecasts["subject"] == "AGI arrival")
]
say(
    n_sources=prose.count(len(book.ledger.sources), claims, forecasts),
    undated_premise=prose.premise(
        len(wu_agi) > 0 and wu_agi["target_year"].isna().all(),
        "no prediction of Wu's about AGI names a year",
        wu_agi,
    ),
    summary_premise=prose.premise(
        shared < len(coverage) / 2 and goal_leads,
        "fewer than half of Wu's subjects appear in both accounts, and the year of the "
        "state's goal is named more often than any other",
        wu["forecast_id"],
        dated,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: each dated prediction by speaker; a year given as a bound shows its open side.
dated = dated.assign(
    bound=dated["as_printed"].map(periods.year_bound),
    speaker=dated["who"] + " · " + dated["subject"],
    year=dated["target_year"].astype(int),
)
chart = recipes.forecast_years(
    dated, label="speaker", domain=(2024, 2037), named=(int(goal_year),)
)
say(
    fig_arrivals=book.figure(
        chart,
        figure_id="narratives-arrivals",
        title="Who predicts what, and when",
        subtitle="Dated predictions about AGI, ASI and AI leadership.",
        rows=dated,
        description=(
            f"Dot plot of {prose.spelled(len(dated))} dated predictions by speaker, from {dated['year'].min()} to "
            f"{dated['year'].max()}; {prose.spelled(len(in_goal))} name {goal_year}."
        ),
        note="A triangle pointing left is an upper bound ('before'); pointing right, a lower bound ('as early as').",
    )
)

# %% [markdown]
# ```{glue:figure} fig_arrivals
# :name: fig-arrivals
#
# Predicted years by speaker. A year sits in the middle of its year, but a
# bound ("before" or "as early as" a year) sits on the first of January of
# that year, where the bound falls.
# A dashed arrow points to the open side of a bound. Every arrow is drawn the
# same length: it points to earlier or later years, not to how many.
# ```
#
# ## What the sources agree on
#
# Read together, the {glue:md}`n_sources` sources do not dispute the facts of this chapter;
# they dispute their meaning. The essay treats the ASI framing as a smarter
# strategy, Brookings as a bet forced partly by circumstance, Sinolytics as a
# narrative that leading firms maintain while the state itself has not made AGI
# a formal goal. The remaining chapters test the framing against the figures:
# whether China's chips, compute, data, models, adoption and robots actually
# add up to the full stack the ASI story needs.
#
# ## This chapter's ledger
#
# Every figure and prediction on the theme, with the words the source printed
# and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# Table: the chapter's figures.
tables.ledger_table(claims, "Figures about the narratives")

# %% tags=["hide-input"]
# Table: the chapter's predictions.
tables.ledger_table(forecasts, "Predictions about AGI, ASI and the race")
