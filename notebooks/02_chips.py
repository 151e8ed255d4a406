# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Chips and export controls
#
# Advanced chips remain China's weakest point, and none of the sources that
# discuss them expects that to change soon. Domestic chips are gaining ground
# all the same: IDC, as the Sinolytics whitepaper {cite:p}`sinolytics2025agi` cites it, puts their
# share of China's AI chip market at {glue:md}`share_2024` in {glue:md}`share_2024_when`,
# up from {glue:md}`share_2022` in {glue:md}`share_2022_when`, and the yield of
# Huawei's most advanced Ascend has reportedly risen from {glue:md}`yield_before`
# to {glue:md}`yield_after`. What changed, on the whitepaper's reading, is less
# the state's money than demand: Chinese firms now seek domestic chips because
# foreign ones are harder to get.{glue:md}`summary_premise`
#
# The whitepaper calls advanced chips the most pressing vulnerability in the
# race, and Brookings {cite:p}`brookings2026races` traces China's alternative strategy partly to the
# shortage. The controls, the domestic products and the turn in demand are
# taken in that order below.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
# The ledger, the chips theme's rows, and short names for looking up and gluing
import pandas as pd

from airaces import chapter, charts, chronology, hedges, labels, prose, recipes, tables
from airaces.periods import period_start

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("chips")
claim = book.claim
row = book.row
say = prose.glue

# %% [markdown]
# ## The chokepoint, step by step
#
# The controls did not arrive in one blow. The whitepaper dates the start of
# escalating restrictions on chip-making equipment to
# {glue:md}`first_control_year`, the cut-off of Huawei from TSMC's advanced
# processes to {glue:md}`huawei_tsmc_year`, a broad widening to
# {glue:md}`widening_year`, and a further tightening to {glue:md}`latest_year`,
# after a TSMC-made die turned up inside a Huawei accelerator. Chinese
# developers outside the US Entity List now need approval even to reach
# {glue:md}`restricted_node` manufacturing. {numref}`fig-chips-controls` sets those
# steps beside China's own industrial policy, which is older than any of
# them: "indigenous innovation" became a
# goal in {glue:md}`indigenous_year` and "Made in China 2025" followed in
# {glue:md}`mic2025_year`.{glue:md}`policy_premise`
#
# Some steps the sources describe carry no date, so the timeline leaves them
# out; {ref}`the chronology lists them <undated-steps>`.

# %% tags=["hide-input"]
# The years of the US controls and of China's policy goals, as the sources date them
say(
    first_control_year=prose.year(row("sin-ev08")),
    huawei_tsmc_year=prose.year(row("sin-ev06")),
    widening_year=prose.year(row("sin-ev12")),
    latest_year=prose.year(row("sin-ev07")),
    indigenous_year=prose.year(row("sin-ev09")),
    mic2025_year=prose.year(row("sin-ev10")),
    restricted_node=claim("sin-031"),
)

# %% tags=["hide-input"]
# The premise: China's policy goals are older than every dated control
controls = pd.DataFrame(
    [row(i) for i in ("sin-ev08", "sin-ev06", "sin-ev12", "sin-ev07")]
)
policy = pd.DataFrame([row(i) for i in ("sin-ev09", "sin-ev10")])
older = (
    policy["date"].map(period_start).max() < controls["date"].map(period_start).min()
)
say(
    policy_premise=prose.premise(
        older,
        "China's two policy goals predate every dated US control",
        controls,
        policy,
    )
)

# %% tags=["hide-input", "remove-output"]
# Figure: the dated chip events in two lanes, numbered and keyed to the list under it
timeline = chronology.numbered(events).assign(
    side=events["country"].map(labels.labels("country"))
)
chart = recipes.timeline(
    timeline,
    lane="side",
    lanes=["United States", "China"],
    named=[*policy["date"], row("sin-ev06")["date"]],
)
say(
    controls_key=chronology.key(timeline),
    fig_controls=book.figure(
        chart.properties(height=150),
        figure_id="chips-controls-timeline",
        title="Controls and countermeasures",
        subtitle="Dated steps in US chip controls, China's chip policy and its chips.",
        rows=timeline,
        description=(
            f"Timeline of {len(timeline)} dated chip events from {timeline['date'].min()} to "
            f"{timeline['date'].max()}: US controls above, Chinese policy and launches below."
        ),
        note="Steps the sources leave undated are not shown.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_controls
# :name: fig-chips-controls
#
# Each dot is a dated event in the ledger, numbered in date order as in the
# list below; the last is Baidu's cluster of Kunlun chips, which the section
# on domestic chips takes up. The axis marks every fifth year, which on a phone
# leaves no room for the years between; the list gives each date. Tap or hover
# for the source.
# ```
#
# ```{glue:md} controls_key
# :format: myst
# ```
#
# ## Domestic chips: share, yields and products
#
# The controls created a market for domestic accelerators, and the market has
# grown. IDC, as cited by Sinolytics, puts domestic chips at
# {glue:md}`share_2024` of China's AI chip market in {glue:md}`share_2024_when`,
# up from {glue:md}`share_2022` in {glue:md}`share_2022_when`, with Huawei's
# Ascend line doing most of the work. Making those chips is the hard part.
# Huawei's most advanced Ascend is built at {glue:md}`ascend_node` on older
# lithography; its yield was once estimated at {glue:md}`yield_before` and has
# reportedly risen to {glue:md}`yield_after`, enough for the line to turn a
# profit. Read as ratios of the printed numbers, the share
# {glue:md}`share_change` and the yield {glue:md}`yield_change`.{glue:md}`progress_premise`
#
# {glue:md}`n_hedged` with a hedge ("less than", "about", "nearly"), and
# {numref}`fig-chips-progress` draws each hedge as a band on the
# side of the printed number where the source puts the truth. The band's
# direction comes from the source's words; its length is a convention, not a
# measure. The book's other charts draw hedges the same way. The yield figures
# carry no dates, so their dots are labelled by stage instead: the earlier
# estimate and the latest report.

# %% tags=["hide-input"]
# The market share and the yield, each before and after, and when (a period in words)
share_now = claim("sin-035")
share_then = claim("sin-036")
yield_then = claim("sin-033")
yield_now = claim("sin-034")
then = hedges.period_in_words(share_then)
now = hedges.period_in_words(share_now)
say(
    share_2024=share_now,
    share_2022=share_then,
    share_2022_when=then,
    share_2024_when=now,
    ascend_node=claim("sin-032"),
    yield_before=yield_then,
    yield_after=yield_now,
)

# %% tags=["hide-input"]
# How each changed ("roughly" if hedged), how many figures are hedged, and the premise
four = [share_then, share_now, yield_then, yield_now]
grew = (
    share_now["value"] > share_then["value"]
    and yield_now["value"] > yield_then["value"]
)
say(
    n_hedged=hedges.how_many_hedged(four),
    share_change=hedges.rough_change(share_then, share_now),
    yield_change=hedges.rough_change(yield_then, yield_now),
    progress_premise=prose.premise(
        grew, "both the market share and the yield rose", *four
    ),
    summary_premise=prose.premise(
        grew, "domestic chips gained both market share and yield", *four
    ),
)

# %% tags=["hide-input"]
# The pairs to draw, each dot labelled by its period or, where the yields have none, its stage
STAGES = {"sin-033": "earlier estimate", "sin-034": "latest report"}
pairs = claims[claims["claim_id"].isin([c["claim_id"] for c in four])]
pairs = pairs.assign(
    when=pairs["period"].fillna(pairs["claim_id"].map(STAGES)),
    measure=pairs["claim_id"].map(labels.labels("row")),
)

# %% tags=["hide-input"]
# The title's words: is the share bigger, the yield better?
bigger = prose.compared(
    share_now["value"],
    share_then["value"],
    share_now,
    share_then,
    more="bigger",
    less="smaller",
    same="the same",
)
better = prose.compared(
    yield_now["value"],
    yield_then["value"],
    yield_now,
    yield_then,
    more="better",
    less="worse",
    same="the same",
)
article = "a " if bigger != "the same" else ""

# %% tags=["hide-input", "remove-output"]
# Figure: domestic chips' share and yield, before and after
chart = recipes.dumbbell(
    pairs, measure="measure", stage="when", axis_title="Per cent", domain=(0, 50)
)
say(
    fig_progress=book.figure(
        chart.properties(height=140),
        figure_id="chips-domestic-progress",
        title=f"Domestic chips: {article}{bigger} share, {better} yields",
        subtitle="Before and after. " + charts.fill_key(pairs),
        rows=pairs,
        description=(
            f"Dumbbell chart: domestic chips' share of China's AI chip market went from "
            f"{prose.claim_text(share_then)} in {then} to "
            f"{prose.claim_text(share_now)} in {now}; "
            f"Ascend 910C yield from {prose.claim_text(yield_then)} to "
            f"{prose.claim_text(yield_now)}."
        ),
        note="Market share attributed to IDC. The yield figures carry no dates in the source.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_progress
# :name: fig-chips-progress
#
# Two before-and-after pairs. Tap or hover over a point for the span as printed
# and its source line.
# ```
#
# The product list is longer than the share suggests. Baidu runs inference on
# {glue:md}`kunlun_node` Kunlun chips and switched on a cluster of
# {glue:md}`kunlun_cluster` Kunlun 3.0 chips in early {glue:md}`kunlun_year`; ByteDance is
# reported to be working with Broadcom on a {glue:md}`bytedance_node` design.
# But the latest generation from Huawei, Baidu, Tencent and Cambricon was,
# when the whitepaper was written, still officially unreleased, and the
# whitepaper's judgement is that product cycles slowed after the controls
# widened. The stockpiles bought earlier tell the same story from the other
# side: DeepSeek was one of {glue:md}`a100_buyers` Chinese firms to buy more
# than {glue:md}`a100_count` Nvidia A100s before the restrictions.

# %% tags=["hide-input"]
# The domestic products, and the stockpiles of Nvidia chips bought before the controls
kunlun = claim("sin-038")
say(
    kunlun_node=claim("sin-037"),
    kunlun_cluster=kunlun,
    kunlun_year=prose.year(kunlun, "sin-ev11"),
    bytedance_node=claim("sin-039"),
    a100_buyers=claim("sin-070"),
    a100_count=prose.claim_text(claim("sin-071"), with_qualifier=False),
)

# %% [markdown]
# ## When business joins the state
#
# State money alone has not done it. By the whitepaper's account, the third
# phase of the national chip fund is {glue:md}`big_fund` the first two
# combined, yet Sinolytics judges that the investment-led model has not
# delivered the breakthroughs it bought in other industries, such as electric
# vehicles.{glue:md}`fund_premise` What has changed is demand. As foreign chips became
# harder to get, Chinese firms started seeking domestic ones, and their use
# feeds back into design. DeepSeek sped this up: dozens of Chinese hardware
# and computer makers have launched "DeepSeek all-in-one" machines running on
# Huawei, Hygon, Cambricon and other domestic processors. The digest
# {cite:p}`digest2025china` adds a market signal: Cambricon's quarterly revenue grew
# {glue:md}`cambricon` year on year.
#
# None of the sources expects the gap to close soon. Sinolytics expects the
# vulnerability to persist in the short term, and sees compute concentrating
# in the United States and its allies if the new controls are enforced;
# Brookings expects Chinese developers to keep lagging on compute unless the
# controls or China's chip industry change. The efficiency race of
# {doc}`the models chapter <05_models>` is, in large part, a response to this one.

# %% tags=["hide-input"]
# The fund's third phase, printed as a multiple of the first two: "larger" read with its hedge
fund = claim("sin-040")
larger = fund["value"] > 1 or fund["value"] == 1 and fund["qualifier"] == "over"
say(
    big_fund=prose.derived("larger than" if larger else "no larger than", fund),
    cambricon=claim("dig-009"),
    fund_premise=prose.premise(
        larger, "the fund's third phase exceeds the first two combined", fund
    ),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every chip figure, event and prediction, with the words the source printed
# and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# Table: every chip figure
tables.ledger_table(claims, "Chip figures")

# %% tags=["hide-input"]
# Table: every chip event
tables.ledger_table(events, "Chip events")

# %% tags=["hide-input"]
# Table: every chip prediction
tables.ledger_table(forecasts, "Chip predictions")
