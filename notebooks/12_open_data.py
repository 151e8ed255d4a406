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
# DeepSeek-V3's training cost, the figure most often repeated,
# {glue:md}`cost_holds`: Epoch AI puts the final run at
# {glue:md}`cost_found`, against the essay's {glue:md}`cost_claim`.
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
cost_claim, cost_found = outside.both_figures(compared, claim("ess-036"))
holds = by_claim.at["ess-036", "verdict"] == outside.CONSISTENT
say(
    largest_gap=outside.widest_gap_sentence(compared, claim),
    cost_holds=prose.derived("holds" if holds else "does not hold", claim("ess-036")),
    cost_claim=cost_claim,
    cost_found=cost_found,
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
# {numref}`fig-open-verdicts` sets each claimed amount that can be judged
# against the data's figure for the same thing, as a ratio: one means the two
# agree exactly, ten that the data's figure is ten times the claim. Claims of
# rank and of openness are judged too, in the table. The shaded
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
        title=f"{prose.spelled(judged['verdict'].eq(outside.CONSISTENT).sum(), capitalise=True)} "
        f"of the {prose.spelled(len(judged))} amounts Epoch AI can check hold up",
        subtitle="Epoch AI's figure over the source's, for each amount it can check.",
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
# The {glue:md}`n_differs` differences differ in kind.{glue:md}`differs_premise` The
# Sinolytics whitepaper says Qwen2.5-Max was pre-trained on
# {glue:md}`qwen_claim`; Epoch AI, which takes its figure from Alibaba's own
# report, has {glue:md}`qwen_found`. A gap of exactly a power of ten reads
# like a dropped zero, and the chapter on models repeats the whitepaper's
# figure with that warning.{glue:md}`qwen_premise` The essay's GPT-4 cost of
# {glue:md}`gpt4_claim`
# is well above Epoch AI's {glue:md}`gpt4_found`, but the two count
# different things: the larger figure, as it is usually quoted, covers the
# whole effort, while Epoch AI prices only the compute of the final run, in
# constant dollars. The difference is one of definition, not of fact, but it
# weakens the essay's comparison. DeepSeek's own figure, like Epoch AI's,
# prices the final run alone, so the essay sets a whole effort beside a
# single run. On Epoch AI's figures, which count the same thing for both,
# GPT-4 cost {glue:md}`like_for_like` as much as DeepSeek-V3 to train; on
# the essay's, {glue:md}`essay_ratio`.{glue:md}`ratio_premise`
#
# ## Counts of models by country
#
# Two of the whitepaper's claims are about how many models China makes.
# Its share of the world's large language models, {glue:md}`share_claim`,
# cannot be tested, because Epoch AI counts notable models only; but its
# rank, {glue:md}`rank_claim`, can, and it holds:
# {glue:md}`rank_reason`{glue:md}`rank_premise` {numref}`fig-open-counts`
# shows the counts year by year. China's count rises most in
# {glue:md}`jump_year`; the whitepaper dates the "Hundred Model Battle" it
# describes to {glue:md}`battle_year`.

# %% tags=["hide-input"]
# The two figures of each claim that differs, in words.
qwen_claim, qwen_found = outside.both_figures(compared, claim("sin-069"))
gpt4_claim, gpt4_found = outside.both_figures(compared, claim("ess-037"))
say(
    qwen_claim=qwen_claim,
    qwen_found=qwen_found,
    gpt4_claim=gpt4_claim,
    gpt4_found=gpt4_found,
)

# %% tags=["hide-input"]
# The claims the prose names or quotes beside the comparisons.
say(
    share_claim=claim("sin-057"),
    rank_claim=claim("sin-059"),
    openai_quote=prose.quote(claim("ess-042")),
    capacity_date=prose.date(claim("ess-013")),
    clusters_quote=prose.quote(claim("brk-003")),
)

# %% tags=["hide-input"]
# GPT-4's cost over DeepSeek-V3's, on Epoch AI's figures and on the essay's.
gpt4, v3 = by_claim.loc["ess-037"], by_claim.loc["ess-036"]
ours = gpt4["data_value"] / v3["data_value"]
theirs = gpt4["claim_value"] / v3["claim_value"]
say(
    like_for_like=prose.times(ours, claim("ess-036"), claim("ess-037")),
    essay_ratio=prose.times(theirs, claim("ess-036"), claim("ess-037")),
    ratio_premise=prose.premise(
        ours < theirs,
        "Epoch AI's figures make GPT-4's cost a smaller multiple of DeepSeek-V3's",
        claim("ess-036"),
        claim("ess-037"),
    ),
)

# %% tags=["hide-input"]
# The reasons the comparisons give, where the prose quotes them whole.
say(
    **{
        f"{name}_reason": prose.derived(
            by_claim.at[claim_id, "reason"], claim(claim_id)
        )
        for name, claim_id in outside.QUOTED_REASONS.items()
    }
)

# %% tags=["hide-input"]
# What the paragraphs on tokens, costs and rank assume of the verdicts.
verdict_of = by_claim["verdict"]
say(
    differs_premise=prose.premise(
        set(verdict_of[verdict_of == outside.DIFFERS].index) == {"sin-069", "ess-037"},
        "the claims that differ are Qwen2.5-Max's tokens and GPT-4's cost",
        claim("sin-069"),
        claim("ess-037"),
    ),
    qwen_premise=prose.premise(
        by_claim.at["sin-069", "factor"] == 10,
        "Epoch AI's token count for Qwen2.5-Max is ten times the whitepaper's",
        claim("sin-069"),
    ),
    rank_premise=prose.premise(
        verdict_of["sin-059"] == outside.CONSISTENT,
        "China ranks second in Epoch AI's count too",
        claim("sin-059"),
    ),
)

# %% tags=["hide-input"]
# What the paragraphs on chips assume of the estimates, checked on this data.
say(
    capacity_premise=prose.premise(
        0.5 <= by_claim.at["ess-013", "factor"] <= 2,
        "China's NVIDIA stock, in FLOP/s, is within a factor of two of the essay's figure",
        claim("ess-013"),
    ),
    stocks_premise=prose.premise(
        by_claim.at["brk-003", "data_value"] >= 100_000,
        "each large US company holds at least a hundred thousand NVIDIA chips",
        claim("brk-003"),
    ),
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
    marked=(jump, "CN", f"{jump}: China's jump"),
)
say(
    jump_year=prose.derived(str(jump), claim("sin-059")),
    battle_year=prose.year(claim("sin-088")),
)

# %% tags=["hide-input", "remove-output"]
# The figure, citing the rank it tests and crediting the open data.
say(
    fig_counts=book.figure(
        counts_chart,
        figure_id="open-model-counts",
        title="Of single countries, only the US makes more notable language models than China",
        subtitle="Notable language models published each year, by the country of "
        "their makers.",
        rows=counts.assign(
            **claim("sin-059")[["claim_id", "source_id", "line", "as_printed"]]
        ),
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
# ## Open weights
#
# The essay and the whitepaper both describe openness as a Chinese
# strategy, and the database records how each model was released. The
# whitepaper calls DeepSeek the only Chinese AI company fully committed to
# open source. {glue:md}`open_reason` The essay says OpenAI's new open model
# is {glue:md}`openai_quote`; that holds only for a model that writes text.
# {glue:md}`openai_reason`
#
# ## Chips
#
# The chip estimates test no claim head on, but they put two in
# proportion. The essay's figure for China's computing capacity in
# {glue:md}`capacity_date` covers every chip. {glue:md}`capacity_reason`
# The two are of one order, which suggests that NVIDIA chips made up much of
# what China counted, or that the national figure counts at a lower
# precision than an H100's.{glue:md}`capacity_premise` The Brookings
# commentary's {glue:md}`clusters_quote` are, if anything, modest:
# {glue:md}`stocks_reason`{glue:md}`stocks_premise`
#
# ## What cannot be tested
#
# Most of the ledger lies beyond these datasets: budgets, targets, market
# shares and predictions have no counterpart in them. The claims below are
# the ones nearest to what the data holds that it still cannot test, with
# the reason; they are listed rather than forced into a comparison. Benchmark
# scores, chip yields and the purchases of single companies would each need
# another dataset, and the book does not yet carry one.
#
# ## What this changes
#
# Set against open data, the sources' numbers fare better than a sceptic of
# secondary sources might expect: {glue:md}`n_consistent` claims hold, and
# the {glue:md}`n_differs` that do not are a likely misprint and a
# difference of definition. That is no verdict on the sources' larger
# claims, which are about intentions, strategies and futures that no
# dataset records. It does mean that a reader can repeat the checked
# figures with the caveats given here, and should treat the unchecked ones
# as the sources' own. The audit in the previous chapter lists the
# differences among its findings, as outside evidence.

# %% tags=["hide-input"]
# The claims near the data that it cannot test.
tables.ledger_table(
    book.claims_with(outside.untestable(book.ledger)["claim_id"]),
    "Claims the open data cannot test",
)
