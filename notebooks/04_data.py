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
# # Data
#
# China produces data in bulk but, on the reading of the Sinolytics whitepaper
# {cite:p}`sinolytics2025agi`, lacks the data that models learn from. It is expected to generate
# {glue:md}`zettabytes` of data in {glue:md}`zb_year`, which would make it
# {glue:md}`producer_rank` data producer in the world, yet Chinese text makes up only
# {glue:md}`cc_chinese` of Common Crawl, the web archive most large models are
# trained on, against {glue:md}`cc_english` for English. The whitepaper traces the
# shortfall to closed platforms and archives and to the content rules, and finds
# the state now paying to open data up while keeping its ideological
# limits.{glue:md}`summary_premise`
#
# A country of well over a billion internet users should be rich in training
# data, and China is often described as if it were. The whitepaper, the one
# source in the ledger that looks closely, argues the opposite: China has
# volume but lacks quality, and much of what it has is locked away.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
# The chapter's ledger rows: the data figures, events and predictions.
from airaces import chapter, charts, labels, prose, recipes, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("data")
claim = book.claim
say = prose.glue

# %% [markdown]
# ## Volume against quality
#
# On volume the numbers are large. China's {glue:md}`population` people
# produce an enormous amount of internet data, and China is expected to
# generate {glue:md}`zettabytes` of data in {glue:md}`zb_year`, which the
# whitepaper says would make it {glue:md}`producer_rank` data producer in the
# world. But data generated is not data available for
# training. Most of it is corporate, industrial or government data that never
# reaches a public corpus, and the whitepaper is explicit that the volume of
# usable training data, not only its quality, is limited.
#
# The open web shows the gap plainly. Chinese-language text makes up only
# {glue:md}`cc_chinese` of Common Crawl, the web archive most large models are
# trained on, against {glue:md}`cc_english` for English: English text is
# {glue:md}`cc_ratio` as common.{glue:md}`crawl_premise`

# %% tags=["hide-input"]
# China's volume of data: its population, zettabytes and rank as a producer.
zb = claim("sin-046")
rank = claim("sin-047")
say(
    population=claim("sin-045"),
    zettabytes=zb,
    zb_year=prose.year(zb),
    producer_rank=prose.ranked(int(rank["value"]), "largest", rank),
)

# %% tags=["hide-input"]
# The two language shares of Common Crawl, and how many times one is the other.
chinese = claim("sin-048")
english = claim("sin-049")
ratio = english["value"] / chinese["value"]
say(
    cc_chinese=chinese,
    cc_english=english,
    cc_ratio=prose.times(ratio, chinese, english),
    crawl_premise=prose.premise(
        ratio >= 2,
        "English text is at least twice as common in Common Crawl as Chinese",
        chinese,
        english,
    ),
)

# %% [markdown]
# ## Platform silos
#
# Part of the shortage is structural. Chinese internet life runs inside a few
# large apps (WeChat, Douyin, Taobao), and what is written there stays there:
# it is not on the open web, so it is not in the corpora. Government bodies
# hold large stores of public data but China has no open-data law comparable
# to those in the United States or the European Union, and many books and
# journals exist only on paper. Companies in vertical industries, for their
# part, are reluctant to share data they see as commercially or politically
# sensitive. None of this can be counted from the ledger, because the sources
# give no figures for it; it is the context that makes the Common Crawl share
# meaningful.
#
# ## Content rules and their cost
#
# The second constraint is deliberate. China was the {glue:md}`first_regulator`
# country in the world to regulate the data used to train generative models,
# according to the whitepaper, and its safety standard lists
# {glue:md}`risk_types` types of content risk. To be approved, a model must
# pass a test built on a list of {glue:md}`keywords` keywords to intercept and a
# bank of {glue:md}`questions` questions it must refuse to answer, and both
# lists must be kept up to date after approval ({numref}`fig-data-regime`).
# The rules carry on the control of online information that China has
# exercised since {glue:md}`control_year`, and Sinolytics counts their cost in
# data as well as in money. Years of deleted websites, accounts and posts have
# left fewer good texts that reflect a range of views, which limits how well
# models can reason; the approval process raises compliance costs and may slow
# research and iteration.

# %% tags=["hide-input"]
# The content rules: the first regulator, and the sizes of the approval test.
keywords = claim("sin-055")
questions = claim("sin-056")
say(
    first_regulator=claim("sin-050"),
    risk_types=claim("sin-054"),
    keywords=keywords,
    questions=questions,
    control_year=prose.year(book.row("sin-ev16")),
    regime_ratio=prose.times(
        keywords["value"] / questions["value"], keywords, questions
    ),
    floors_premise=prose.premise(
        keywords["qualifier"] == questions["qualifier"] == "over",
        "the keyword list and the question bank are printed as floors",
        keywords,
        questions,
    ),
)

# %% tags=["hide-input", "remove-output"]
# The approval test's three minimums, each named by its short label in data/labels.csv.
regime = claims[claims["claim_id"].isin(["sin-054", "sin-055", "sin-056"])]
# The rules print no period; the tooltip says so rather than show an empty value.
regime = regime.assign(
    item=regime["claim_id"].map(labels.labels("row")),
    period=regime["period"].fillna("not given"),
)
# The axis spans whole decades, 10 to 100,000, as this figure has always been drawn.
regime_chart = recipes.amounts(
    regime,
    axis_title="Count (log scale)",
    label="item",
    domain=(10, 100_000),
    text=True,
    label_limit=260,
)

# %% tags=["hide-input", "remove-output"]
# The figure: the minimums on a log scale, described item by item.
items = "; ".join(f"{r.item}: {r.as_printed}" for r in regime.itertuples())
say(
    fig_regime=book.figure(
        regime_chart.properties(height=140),
        figure_id="data-approval-regime",
        title="What a model must screen for to be approved",
        subtitle="Minimum sizes set by China's rules for generative AI. "
        + charts.fill_key(regime),
        rows=regime,
        description="Dot chart on a log scale of China's model-approval "
        f"requirements: {items}.",
        note="'At least' and 'over' are drawn as bands reaching up from the "
        "printed minimum.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_regime
# :name: fig-data-regime
#
# The approval test's minimums. By the printed figures, the keyword list is
# {glue:md}`regime_ratio` the size of the question bank. Drawn as a chart
# because the keyword list and the question bank are printed as floors
# ("at least", "over"), and their bands show which way each may reach, on a
# log scale that holds counts of such different sizes side by
# side.{glue:md}`floors_premise`
# ```
#
# ## Policies that open data
#
# The state knows the problem and is paying to ease it. A
# {glue:md}`plan_years` plan introduced in {glue:md}`plan_year` makes
# high-quality corpora for model training one of its priorities, and local
# governments add money: Shenzhen offers {glue:md}`subsidy_open` in subsidies to
# companies that open their corpora and {glue:md}`subsidy_buy` to those that buy
# corpora on data exchanges. State media report a new state-owned National Data
# Group to pool and share data across sectors. Sinolytics' verdict is that
# providing high-quality data currently takes priority over tight control, but
# that the ideological limits remain, and that they may also make Chinese
# models less attractive abroad. The forecast in the ledger is about volume
# only, the dimension where China's raw output was never short.{glue:md}`volume_premise`
#
# The data race is therefore the least visible of the races. It connects to
# {doc}`the models chapter <05_models>` through synthetic data and algorithmic
# efficiency, the workarounds Chinese labs use when data are scarce, and to
# {doc}`the adoption chapter <06_adoption>`, where the large
# user base finally does become an advantage: not as training data, but as
# customers.


# %% tags=["hide-input"]
# The state's plan and Shenzhen's subsidies.
def up_to(claim_id):
    # The sources print "up to", where the ledger's "under" would read "at most".
    words = prose.claim_text(claim(claim_id), with_qualifier=False)
    return prose.derived("up to " + words, claim_id)


plan = claim("sin-051")
say(
    plan_years=prose.derived(prose.spelled(plan["value"]) + "-year", plan),
    plan_year=prose.year(plan, "sin-ev15"),
    subsidy_open=up_to("sin-052"),
    subsidy_buy=up_to("sin-053"),
)

# %% tags=["hide-input"]
# The premises of the verdict and the summary: China first, English twice Chinese.
first = rank["value"] == 1
say(
    volume_premise=prose.premise(
        first, "the sources rank China first among data producers", rank
    ),
    summary_premise=prose.premise(
        first and ratio >= 2,
        "the sources rank China first among data producers, and English is "
        "at least twice as common in Common Crawl as Chinese",
        rank,
        chinese,
        english,
    ),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every data figure, event and prediction, with the words the source printed
# and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# The chapter's figures, as a table.
tables.ledger_table(claims, "Data figures")

# %% tags=["hide-input"]
# The chapter's events, as a table.
tables.ledger_table(events, "Data events")

# %% tags=["hide-input"]
# The chapter's predictions, as a table.
tables.ledger_table(forecasts, "Data predictions")
