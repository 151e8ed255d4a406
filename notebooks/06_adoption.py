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
# # Adoption and diffusion
#
# On the sources' figures, China leads the race to have its models used.
# Brookings {cite:p}`brookings2026races` reports that Chinese models have
# passed American ones in downloads on Hugging Face; DeepSeek's app reached
# {glue:md}`deepseek_users` users in {glue:md}`deepseek_days`; and Chinese
# models held {glue:md}`oc_china` of the top {glue:md}`oc_size` places in the
# OpenCompass ranking of {glue:md}`oc_date`, by the digest's count. The
# largest customer is the state, whose enterprises made up
# {glue:md}`soe_share` of the market for large-model tenders in
# {glue:md}`soe_year`, by Sinolytics' account; what the sources do not show
# is whether that reach earns money, since none reports what a Chinese model
# earns.{glue:md}`opening_premise`
#
# The chapter follows downloads and derivatives, apps and users, deployment in
# state-owned enterprises, exports, and the rankings.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
# The ledger's adoption rows, and the helpers that glue and draw them.
import pandas as pd

from airaces import chapter, charts, counts, labels, places, prose, recipes, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("adoption")
claim = book.claim
say = prose.glue

# %% [markdown]
# ## Downloads and derivatives
#
# Open weights are a distribution strategy. According to a US government
# report cited in the essay {cite:p}`bhambwani2025asi`, downloads of
# DeepSeek's models on Hugging Face grew by {glue:md}`hf_growth` after the
# release of its open-source reasoning model in {glue:md}`hf_since`, and
# {glue:md}`derivatives` community models built on DeepSeek had appeared
# there, with {glue:md}`derivative_downloads` downloads, by early
# {glue:md}`derivative_year`. Brookings {cite:p}`brookings2026races` reports
# the larger shift. On Hugging Face, Chinese models have passed American ones
# in cumulative downloads; uploads of models derived from Chinese foundations
# overtook those derived from American ones "earlier this year"; and Alibaba's
# Qwen has displaced Meta's Llama as the most popular open family. The reason
# is simple, and Brookings states it: most leading Chinese models are open,
# while most of the top American ones are proprietary and paid for. (Brookings
# prints no date of publication; the ledger reads its "this year" as
# {glue:md}`brookings_year`, the year of the photograph that heads the
# piece.){glue:md}`downloads_premise`
#
# These are measures of reach, not of use. A download counts a copy of the
# weights, not a model put to work, and the essay gives the growth of
# DeepSeek's downloads without the number they grew from, so the figure says
# how fast they rose, not how many there were. Brookings' three measures are
# ranks: they say that Chinese models are ahead, not by how much.{glue:md}`reach_premise`
#
# ## Apps and users
#
# The consumer numbers show how fast a Chinese product can scale. DeepSeek's
# app was {glue:md}`deepseek_growth_rank` app in the world, reaching
# {glue:md}`deepseek_users` users in {glue:md}`deepseek_days`, and by
# {glue:md}`appstore_date` it was {glue:md}`appstore_rank` free app on
# Apple's US store. Moonshot's Kimi had {glue:md}`kimi_mau` monthly users;
# ByteDance's Doubao models power {glue:md}`doubao_apps` of the company's
# applications. Behind all of it is a market of {glue:md}`online_users`
# online users, which the digest {cite:p}`digest2025china` calls a "natural
# laboratory". {numref}`fig-adoption-users` compares the user figures.

# %% tags=["hide-input", "remove-output"]
# Brookings' three measures of open-model reach, each a place held by Chinese models (1 = ahead).
reach = [claim(i) for i in ("brk-011", "brk-012", "brk-013")]
say(
    hf_growth=claim("ess-039"),
    derivatives=claim("ess-040"),
    derivative_downloads=claim("ess-041"),
    derivative_year=prose.year(claim("ess-041")),
    hf_since=prose.date(book.row("ess-ev06")),
    brookings_year=prose.year(reach[1], "brk-ev02", "brk-ev01"),
    downloads_premise=prose.premise(
        all(r["value"] == 1 for r in reach),
        "Chinese models lead on all three of Brookings' measures of open-model reach",
        *reach,
    ),
    reach_premise=prose.premise(
        all(r["unit"] == "rank" and r["value"] == 1 for r in reach),
        "Brookings' three measures of open-model reach are ranks, and each puts "
        "Chinese models first",
        *reach,
    ),
)

# %% tags=["hide-input", "remove-output"]
# DeepSeek's app and its rivals, and China's online users.
top_users = claim("sin-073")
top_days = claim("sin-074")
growth = claim("sin-072")
store = claim("ess-034")
say(
    deepseek_users=top_users,
    deepseek_days=top_days,
    deepseek_growth_rank=prose.ranked(int(growth["value"]), "fastest-growing", growth),
    appstore_date=prose.date(book.row("ess-ev07"), style="%-d %B %Y"),
    appstore_rank=prose.ranked(int(store["value"]), "most downloaded", store),
    kimi_mau=claim("sin-078"),
    doubao_apps=claim("sin-075"),
    online_users=claim("dig-008"),
)

# %% tags=["hide-input", "remove-output"]
# Users and downloads in one unit, millions, so that they share one log axis.
users = counts.in_millions(claims)
# Each is named by its short label in data/labels.csv, or else by its entity and metric.
users = users.assign(label=labels.row_names(users))
# (An empty period reads "not given" in the tooltips.)
chart = recipes.amounts(
    users,
    value="millions",
    axis_title="Millions (log scale)",
    domain=(1, 2000),
    row_padding=1,  # room under the last name, wrapped on a phone
).properties(height=170)

# %% tags=["hide-input", "remove-output"]
# The figure framed: its title is DeepSeek's users and days.
described = counts.described(users)
say(
    fig_users=book.figure(
        chart,
        figure_id="adoption-users",
        rows=users,
        title=counts.reached_in(top_users, top_days),
        subtitle="Users and downloads in millions, log scale. "
        + charts.fill_key(users),
        description=f"Lollipop chart on a log scale: {described}.",
        note="The figures measure different things "
        "(users, monthly users, downloads, online population).",
        extra_columns=("millions",),
    )
)

# %% [markdown]
# ```{glue:figure} fig_users
# :name: fig-adoption-users
#
# User and download figures in the ledger. Tap or hover for the words printed.
# A pale band marks a figure printed as "over": it gives the way, not how far,
# so its length is the same on the page for every figure.
# ```
#
# The log scale lets these figures share an axis; it does not make them one
# quantity. DeepSeek's figure counts the users its app reached, Kimi's the
# users it has in a month, and the derivatives' figure counts downloads, not
# people. China's online population is the pool that all of them draw on, and
# no source says what share of it uses a Chinese model.
#
# ## The state as customer
#
# The state is the biggest buyer. In {glue:md}`soe_year`,
# {glue:md}`soe_tenderers` central and state-owned enterprises put
# large-model contracts out to tender, {glue:md}`soe_share` of the market by
# Sinolytics' account, and by {glue:md}`soe_date` an estimated
# {glue:md}`soe_deepseek` of the {glue:md}`soe_count` centrally supervised
# SOEs had deployed DeepSeek, or about {glue:md}`soe_deepseek_n` companies.
# Local governments add incubators: Shanghai's Mosun Space aims to nurture
# {glue:md}`mosun_apps`, helped by SenseTime's donation of
# {glue:md}`sensetime_compute` of compute. Sinolytics is cautious about the
# result. Adoption driven by political pressure has had no clear effect yet on
# efficiency or profit, and price competition for tenders squeezes the
# suppliers' margins.{glue:md}`state_premise`
#
# Two gaps limit these figures. Sinolytics does not say whether the
# {glue:md}`soe_share` counts tenders or their value, so it gives the state's
# share of the market without saying what the state spends. And the roll-out
# figure is an estimate: the report names neither who made it nor what a
# completed deployment of DeepSeek means.{glue:md}`estimate_premise`

# %% tags=["hide-input"]
# State-owned enterprises' tenders, and their roll-out of DeepSeek.
tenderers = claim("sin-082")
soe_share = claim("sin-083")
deepseek_share = claim("sin-084")
soes = claim("sin-085")
# The number of companies also rests on the rows that date and describe the roll-out.
soe_deepseek_n = prose.count(
    round(deepseek_share["value"] / 100 * soes["value"]),
    deepseek_share,
    soes,
    "sin-ev23",
    "sin-ev22",
    "sin-090",
)
say(
    soe_year=prose.year(tenderers),
    soe_date=prose.date(deepseek_share, style="%-d %B %Y"),
    soe_tenderers=tenderers,
    soe_share=soe_share,
    soe_deepseek=deepseek_share,
    soe_count=soes,
    soe_deepseek_n=soe_deepseek_n,
)

# %% tags=["hide-input"]
# Local incubators, and the premises that the state buys most and the roll-out is estimated.
say(
    mosun_apps=prose.derived("thousands of AI applications", claim("sin-086")),
    sensetime_compute=claim("sin-087"),
    state_premise=prose.premise(
        soe_share["value"] > 50,
        "state-owned enterprises hold more than half of the market for large-model tenders",
        soe_share,
    ),
    estimate_premise=prose.premise(
        deepseek_share["kind"] == "estimate",
        "the share of SOEs that deployed DeepSeek is an estimate",
        deepseek_share,
    ),
)

# %% [markdown]
# ## Rankings and exports
#
# The digest's headline number is a ranking. In the OpenCompass ranking of
# {glue:md}`oc_date`, which scores models on reasoning, mathematics,
# knowledge and programming, Chinese models held {glue:md}`oc_china` of the
# world's top {glue:md}`oc_size` places, {glue:md}`oc_open` of them
# open-source, while the United States had {glue:md}`oc_us_open` in the group.
# {numref}`fig-adoption-ranking` draws those places as a grid. The digest also
# ranks China {glue:md}`oc_lead` to developing countries, "especially in Asia,
# Africa, and Europe" in its words, where Alibaba and Huawei build data
# centres and cheap cloud platforms, while conceding the frontier to the
# United States. Those are assertions without figures, so the ledger records
# them as ranks and the chapter does no more than report them.{glue:md}`ranking_premise`

# %% tags=["hide-input", "remove-output"]
# The digest's OpenCompass counts: Chinese models, places, open-source ones, American ones.
rows = [claim(i) for i in ("dig-004", "dig-005", "dig-006", "dig-007")]
oc_china, oc_size, oc_open, oc_us = rows
n_china = int(oc_china["value"])
n_total = int(oc_size["value"])
n_open = int(oc_open["value"])


# %% tags=["hide-input", "remove-output"]
# Each count in words, on both of its printings, and the premise that the two agree.
oc_date = prose.date(book.row("dig-ev03"), oc_china, style="%-d %B %Y")
us_printings = places.printings(claims, oc_us)
us_open = prose.noun_count(oc_us["value"], "open-source model", us_printings)
say(
    oc_date=oc_date,
    oc_china=places.in_words(claims, oc_china),
    oc_size=places.in_words(claims, oc_size),
    oc_open=places.in_words(claims, oc_open),
    oc_us_open=us_open,
    ranking_premise=prose.premise(
        places.printings_agree(claims, rows),
        "the digest's two printings of the ranking agree",
        *[places.printings(claims, r) for r in rows],
    ),
)

# %% tags=["hide-input", "remove-output"]
# Where the digest ranks China: in practical applications and in AI exports.
say(oc_lead=places.leads_in(claim("dig-011"), claim("dig-012")))

# %% tags=["hide-input"]
# The premise of the paragraph after the grid: Brookings puts Chinese models first in downloads.
say(
    lead_premise=prose.premise(
        reach[0]["value"] == 1,
        "Brookings puts Chinese models first in downloads",
        reach[0],
    )
)

# %% tags=["hide-input", "remove-output"]
# The places as squares, ten to a row, by maker: the digest gives counts, not places.
groups = places.by_maker(china=n_china, open_source=n_open, total=n_total)
chart = recipes.squares(
    groups,
    [charts.COUNTRY_COLOURS["CN"], "#e8a39b", "#d0d0d0"],
    as_printed=oc_china["as_printed"],
    citation=oc_china["citation"],
)

# %% tags=["hide-input", "remove-output"]
# The grid framed, with a description that gives each group's count.
described = places.grid_description(groups, us_open)
say(
    fig_ranking=book.figure(
        chart,
        figure_id="adoption-opencompass",
        rows=pd.DataFrame(rows),
        title=f"{n_china} of the top {n_total}",
        subtitle=f"Places in the OpenCompass ranking of {oc_date}, by maker.",
        description=described,
        note="The digest gives counts, not places; squares are ordered by group, not by rank.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_ranking
# :name: fig-adoption-ranking
#
# The digest's OpenCompass count as a grid.
# ```
#
# The grid shows how many places Chinese models hold, not which ones: the
# digest does not say where in the top {glue:md}`oc_size` they stand, or by
# what margin. Nor is a
# place a measure of use, since OpenCompass scores what a model can do. What the
# count adds to the story of adoption is that {glue:md}`oc_open` of the Chinese
# models are open, free to download and build on, which is how, on Brookings'
# account, Chinese models have come to lead the downloads.{glue:md}`lead_premise`
#
# Adoption is the race in which, on the sources' account, China's advantages
# compound: open weights bring developers, developers bring derivatives, and a
# large domestic market brings users. The question the
# sources leave open is whether that reach turns into revenue: they count
# places, downloads and users, and none of them reports what a Chinese model
# earns. The only revenue figures they print are growth rates, for a cloud
# business and a chipmaker.{glue:md}`compound_premise`

# %% tags=["hide-input", "remove-output"]
# The revenues the sources print: none should be a model's.
revenues = book.ledger.claims.query("metric.str.contains('revenue')")
no_model_revenue = revenues["theme"].isin(["compute", "chips"]).all()
# Chinese models hold more than half of the top places, and lead Hugging Face downloads.
leads = 2 * n_china > n_total and reach[0]["value"] == 1
grounds = [*rows[:2], reach[0], *revenues["claim_id"]]
say(
    compound_premise=prose.premise(
        leads and no_model_revenue,
        "Chinese models hold more than half of the top places and lead Hugging Face "
        "downloads; the only revenues printed are for cloud and chips",
        *grounds,
    ),
    opening_premise=prose.premise(
        leads and soe_share["value"] > 50 and no_model_revenue,
        "Chinese models lead Hugging Face downloads and hold more than half of the "
        "top places, state-owned enterprises hold more than half of the tender market, "
        "and no source prints a model's revenue",
        *grounds,
        soe_share,
    ),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every adoption figure, event and prediction, with the words the source
# printed and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# Every adoption figure in a table.
tables.ledger_table(claims, "Adoption figures")

# %% tags=["hide-input"]
# Every adoption event in a table.
tables.ledger_table(events, "Adoption events")

# %% tags=["hide-input"]
# Every adoption prediction in a table.
tables.ledger_table(forecasts, "Adoption predictions")
