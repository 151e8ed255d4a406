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
# # Open data
#
# Every other chapter takes the five sources at their word and checks them
# only against each other. This one sets their claims against data that
# nobody on this project produced: Epoch AI's database of notable AI models
# {cite:p}`epoch2026models` and its estimates of the NVIDIA chips that large
# companies and China hold {cite:p}`epoch2026chips`. Of the
# {glue:md}`n_tested` claims these datasets can test, {glue:md}`n_consistent`
# agree with them, {glue:md}`n_differs` differ and {glue:md}`n_apart`
# measure something the data does not. {glue:md}`largest_gap`
# {glue:md}`cost_finding`
#
# The test is narrow. Epoch AI's database holds notable models, not every
# model, and its chip estimates count NVIDIA chips alone, so many of the
# sources' figures have nothing to be set against, and a match on one
# figure says nothing of the argument around it. What the test does give is
# an outside check on the numbers a reader is most likely to repeat, made
# by people with no stake in either side of the race.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the data folder and the tolerance.
data_dir = "../data"  # holds the ledger, and the open data in open/
tolerance = 0.25  # how far apart, as a share of the claim, two figures still agree

# %% tags=["hide-input"]
# The ledger, the open data beside it, and every comparison they allow.
from airaces import chapter, opendata, outside, prose, recipes, tables

book = chapter.open_ledger(data_dir)
open_data = opendata.load(data_dir)
compared = outside.compare(book.ledger, open_data, tolerance=tolerance)
by_claim = compared.set_index("claim_id")
claim = book.claim
say = prose.glue

# %% tags=["hide-input"]
# How many comparisons end in each verdict.
verdicts = compared["verdict"].value_counts()
ids = compared["claim_id"]
say(
    n_tested=prose.count(len(compared), ids),
    n_consistent=prose.count(verdicts.get(outside.CONSISTENT, 0), ids),
    n_differs=prose.count(verdicts.get(outside.DIFFERS, 0), ids),
    n_apart=prose.count(verdicts.get(outside.NOT_COMPARABLE, 0), ids),
)

# %% tags=["hide-input"]
# The widest gap among the claims that differ, and DeepSeek-V3's cost.
widest = outside.widest_difference(compared)
cost = outside.worded(compared).set_index("claim_id").loc["ess-036"]
holds = cost["verdict"] == outside.CONSISTENT
say(
    largest_gap=prose.derived(
        f"The widest gap is in {widest['subject'][:1].lower() + widest['subject'][1:]}: "
        f"the source gives {widest['claimed']}, Epoch AI {widest['found']}.",
        claim(widest["claim_id"]),
    ),
    cost_finding=prose.derived(
        f"DeepSeek-V3's training cost, the figure most often repeated, "
        f"{'holds' if holds else 'does not hold'}: Epoch AI puts its final "
        f"run at {cost['found']}, against the essay's {cost['claimed']}.",
        claim("ess-036"),
    ),
)

# %% [markdown]
# ## The two datasets
#
# Epoch AI is a research institute that tracks the inputs to AI. Its
# database of notable AI models lists {glue:md}`n_models` models, from
# the first perceptrons to {glue:md}`models_last`, each with its
# organisation and country, its publication date and, where they could be
# estimated, its training compute, the size of its training data and the
# cost of its final training run in constant dollars. A model is notable if
# it set a record, was much cited or much used, so the database is a
# selection, not a census. The chip estimates give, for each quarter since
# {glue:md}`chips_first`, the NVIDIA AI chips that five large US companies
# and China as a whole had accumulated, as a median between a low and a
# high estimate.
#
# The book carries its own trimmed copy of both in `data/open/`, with a
# contract that checks it as the ledger is checked, and an origin block
# for each table: {glue:md}`models_origin`; {glue:md}`chips_origin`.
# {doc}`../book/reproduce` explains how a new download replaces the copy
# and reruns this chapter on it.

# %% tags=["hide-input"]
# What each dataset holds, and the credit each licence asks for.
models = open_data.notable_models
stocks = open_data.nvidia_chip_stocks
say(
    n_models=prose.derived(f"{len(models):,}", ids),
    models_last=prose.derived(f"{models['published'].max()}", ids),
    chips_first=prose.derived(stocks["quarter"].min().replace("-", " "), ids),
    models_origin=prose.Text(opendata.credit(open_data.origin["notable_models"])),
    chips_origin=prose.Text(opendata.credit(open_data.origin["nvidia_chip_stocks"])),
)

# %% [markdown]
# ## What agrees and what differs
#
# {numref}`fig-open-verdicts` sets each claim that can be judged against
# the data's figure for the same thing, as a ratio: one means the two agree
# exactly, ten that the data's figure is ten times the claim. The shaded
# band is the tolerance, {glue:md}`tolerance_words` either way, about the
# uncertainty Epoch AI gives its own estimates. A claim hedged with "over"
# agrees with any figure above it. The table under the figure has every
# comparison, the ones that cannot be judged included, with the reason for
# each verdict and the rows of both datasets it read.

# %% tags=["hide-input", "remove-output"]
# The judged comparisons, drawn as ratios on a log scale.
judged = outside.judged(compared)
verdict_chart = recipes.verdicts_against_open_data(
    judged, label="subject", tolerance=tolerance
)

# %% tags=["hide-input", "remove-output"]
# The figure, citing the claims it judges and crediting the open data.
say(
    tolerance_words=prose.Text(f"{tolerance:.0%}"),
    fig_verdicts=book.figure(
        verdict_chart,
        figure_id="open-verdicts",
        title="Most of the sources' figures that can be checked hold up",
        subtitle="Epoch AI's figure over the source's, for each claim it can judge.",
        rows=book.claims_with(judged["claim_id"]).merge(judged[list(outside.SHOWN)]),
        description=f"Dot chart of {len(judged)} claims by the ratio of Epoch AI's "
        f"figure to the source's, on a log scale.",
        extra_columns=outside.SHOWN,
        origin=(open_data.origin["notable_models"],),
    ),
)

# %% [markdown]
# ```{glue:figure} fig_verdicts
# :name: fig-open-verdicts
#
# The sources' figures against Epoch AI's, as ratios. Tap or hover for both
# figures.
# ```

# %% tags=["hide-input"]
# Every comparison, with its verdict and why.
tables.comparison_table(compared, book.claims, "Every claim set against the open data")

# %% [markdown]
# Two of the differences are large enough to matter, and they differ in
# kind. The Sinolytics whitepaper says Qwen2.5-Max was pre-trained on
# {glue:md}`qwen_claim`; Epoch AI, which takes its figure from Alibaba's own
# report, has {glue:md}`qwen_found`. A gap of exactly a power of ten reads
# like a dropped zero, and the chapter on models repeats the whitepaper's
# figure with that warning. The essay's GPT-4 cost of {glue:md}`gpt4_claim`
# is well above Epoch AI's {glue:md}`gpt4_found`, but the two count
# different things: the larger figure is the one given for the whole effort,
# while Epoch AI prices only the compute of the final run, in constant
# dollars. Here the difference is one of definition, not of fact, and the
# essay's comparison of GPT-4 with DeepSeek-V3 survives it, because both of
# its figures are of the same broad kind.
#
# ## Counts of models by country
#
# Two of the whitepaper's claims are about how many models China makes.
# Its share of the world's large language models, {glue:md}`share_claim`,
# cannot be tested, because Epoch AI counts notable models only; but its
# rank, second behind the United States, can, and it holds:
# {glue:md}`rank_reason` {numref}`fig-open-counts` shows the counts year by
# year. China's count jumps in {glue:md}`jump_year`, the year of the
# "Hundred Model Battle" the whitepaper describes, and has stayed close to
# the rest of the world's since.

# %% tags=["hide-input"]
# The figures the prose names from the comparisons, in words.
words = outside.worded(compared).set_index("claim_id")
say(
    qwen_claim=prose.derived(words.at["sin-069", "claimed"], claim("sin-069")),
    qwen_found=prose.derived(words.at["sin-069", "found"], claim("sin-069")),
    gpt4_claim=prose.derived(words.at["ess-037", "claimed"], claim("ess-037")),
    gpt4_found=prose.derived(words.at["ess-037", "found"], claim("ess-037")),
    share_claim=claim("sin-057"),
    rank_reason=prose.derived(by_claim.at["sin-059", "reason"], claim("sin-059")),
)

# %% tags=["hide-input", "remove-output"]
# Notable language models by year and country, up to the last full year in the data.
counts = outside.language_models_by_year(models)
jump = outside.largest_rise(counts, "CN")
counts_chart = recipes.counts_by_year(
    counts,
    year="year",
    count="models",
    axis_title="Notable language models",
    marked=(jump, "CN"),
)
say(jump_year=prose.derived(str(jump), claim("sin-059")))

# %% tags=["hide-input", "remove-output"]
# The figure, citing the rank it tests and crediting the open data.
say(
    fig_counts=book.figure(
        counts_chart,
        figure_id="open-model-counts",
        title="China is second to the US in notable language models",
        subtitle="Notable language models published each year, by the country of "
        "their makers.",
        rows=counts.assign(**claim("sin-059")[["claim_id", "source_id", "line"]]),
        description=f"Line chart of notable language models a year from "
        f"{counts['year'].min()} to {counts['year'].max()}, for China, the "
        "United States and elsewhere.",
        extra_columns=("year", "group", "models"),
        origin=(open_data.origin["notable_models"],),
    )
)

# %% [markdown]
# ```{glue:figure} fig_counts
# :name: fig-open-counts
#
# Notable language models a year. A model made jointly counts for each
# country of its makers. Tap or hover for the counts.
# ```
#
# ## What cannot be tested
#
# Most of the ledger lies beyond these datasets: budgets, targets, market
# shares and predictions have no counterpart in them. The claims below are
# the ones nearest to what the data holds that it still cannot test, with
# the reason; they are listed rather than forced into a comparison. Benchmark
# scores, chip yields and the purchases of single companies would each need
# another dataset, and the book does not yet carry one.

# %% tags=["hide-input"]
# The claims near the data that it cannot test.
tables.ledger_table(
    book.claims_with(outside.untestable(book.ledger)["claim_id"]),
    "Claims the open data cannot test",
)
