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
# If the model race is about who builds the best system, the adoption race is
# about whose systems people actually use, and here the sources are most
# confident about China. Open weights spread Chinese models through the
# developer world; a huge domestic market turned chat apps into mass products
# within weeks; and the state, through its own agencies and companies, became
# the largest customer. This chapter follows downloads and derivatives, apps
# and users, deployment in state-owned enterprises, exports, and the rankings.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt
import pandas as pd

from airaces import chapter, charts, prose, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("adoption")
claim, say = book.claim, prose.glue
# Events by id; the row keeps its id, so a date glued from it records where it comes from.
event = book.events.set_index("event_id", drop=False).loc

# %% [markdown]
# ## Downloads and derivatives
#
# Open weights are a distribution strategy. According to a US government
# report cited in the essay {cite:p}`bhambwani2025asi`, downloads of DeepSeek's models on Hugging Face
# grew {glue:md}`hf_growth` after the release of {glue:md}`hf_since`, and
# {glue:md}`derivatives` community models built on DeepSeek had appeared there,
# with {glue:md}`derivative_downloads` downloads, by early {glue:md}`derivative_year`. Brookings {cite:p}`brookings2026races`,
# writing a year later, reports the larger shift: Chinese models have passed
# American ones in cumulative downloads on Hugging Face, models derived from
# Chinese foundations overtook those derived from American ones in
# {glue:md}`derivatives_year`, and Qwen has displaced Meta's Llama as the most
# popular open family. The reason is simple, and Brookings states it: most
# leading Chinese models are open, while {glue:md}`us_closed`.
#
# ## Apps and users
#
# The consumer numbers show how fast a Chinese product can scale. DeepSeek's
# app was the {glue:md}`deepseek_growth_rank` fastest-growing app in the world,
# reaching {glue:md}`deepseek_users` users in {glue:md}`deepseek_days`, and by
# {glue:md}`appstore_date` it ranked {glue:md}`appstore_rank` among free
# downloads on Apple's US store.
# Moonshot's Kimi had {glue:md}`kimi_mau` monthly users; ByteDance's Doubao
# models power {glue:md}`doubao_apps` of the company's applications. Behind all
# of it is a market of {glue:md}`online_users` online users, which the digest {cite:p}`digest2025china`
# calls a natural laboratory. {numref}`fig-adoption-users` compares the user figures, with
# each "over" drawn as a band above the printed number.

# %% tags=["hide-input"]
# Users and downloads in one unit, millions, so that they share one log axis.
users = claims[claims["unit"].isin(["count_mn", "count_bn"]) & claims["value"].notna()]
users = users.assign(millions=users["value"] * users["unit"].map({"count_mn": 1, "count_bn": 1000}),
                     label=users["entity"] + ": " + users["metric"].str.replace("_", " "))
say(hf_growth=claim("ess-039"), derivatives=claim("ess-040"), derivative_downloads=claim("ess-041"),
    derivative_year=prose.year(claim("ess-041")),
    derivatives_year=prose.year(claim("brk-012"), "brk-011", "brk-013", "brk-ev02"),
    us_closed=prose.quote(claim("brk-010")).citing("brk-009"),
    hf_since=prose.derived("DeepSeek's reasoning model in " + prose.date(event["ess-ev06"]), event["ess-ev06"]),
    appstore_date=prose.date(event["ess-ev07"], style="%-d %B %Y"), appstore_rank=claim("ess-034"),
    deepseek_growth_rank=claim("sin-072"), deepseek_users=claim("sin-073"), deepseek_days=claim("sin-074"),
    kimi_mau=claim("sin-078"), doubao_apps=claim("sin-075"), online_users=claim("dig-008"), fig_users=book.figure(
        charts.amounts(users, value="millions", axis_title="Millions (log scale)", domain=(1, 2000),
                       stems_from=1).properties(height=170),
        figure_id="adoption-users", title="Hundreds of millions of users, in weeks",
        subtitle="Users, monthly users and downloads in millions, log scale. All observed; pale bands mark 'over'.",
        rows=users, extra_columns=("millions",),
        description=f"Bar chart on a log scale: {'; '.join(f'{r.label}, {r.as_printed}' for r in users.itertuples())}.",
        note=("The bars measure different things (users, monthly users, downloads, online population); "
              "read each label.")))

# %% [markdown]
# ```{glue:figure} fig_users
# :name: fig-adoption-users
#
# User and download figures in the ledger. Hover for the words printed.
# ```
#
# ## The state as customer
#
# The state is the biggest buyer. In {glue:md}`soe_year`, {glue:md}`soe_tenderers` central
# and state-owned enterprises put large-model contracts out to tender,
# {glue:md}`soe_share` of the market by Sinolytics' account, and by
# {glue:md}`soe_date` an estimated {glue:md}`soe_deepseek` of the
# {glue:md}`soe_count` centrally supervised SOEs had deployed DeepSeek, or
# about {glue:md}`soe_deepseek_n` companies. Local governments add
# incubators: Shanghai's Mosun Space aims to nurture
# {glue:md}`mosun_apps`, helped by SenseTime's donation of
# {glue:md}`sensetime_compute` of compute. Sinolytics is cautious about the
# result. Adoption driven by political pressure has yet to show up in
# efficiency or profit, and price competition for tenders squeezes the
# suppliers' margins.

# %% tags=["hide-input"]
tenderers, deepseek_share, soes = claim("sin-082"), claim("sin-084"), claim("sin-085")
say(soe_year=prose.year(tenderers), soe_date=prose.date(deepseek_share, style="%-d %B %Y"), soe_tenderers=tenderers,
    soe_share=claim("sin-083"), soe_deepseek=deepseek_share, soe_count=soes,
    # The number of companies also rests on the rows that date and describe the roll-out.
    soe_deepseek_n=prose.count(round(deepseek_share["value"] / 100 * soes["value"]), deepseek_share, soes,
                               "sin-ev23", "sin-ev22", "sin-090"),
    mosun_apps=prose.quote(claim("sin-086")), sensetime_compute=claim("sin-087"))

# %% [markdown]
# ## Rankings and exports
#
# The digest's headline number is a ranking. In the OpenCompass ranking of
# {glue:md}`oc_date`, Chinese models held {glue:md}`oc_china` of the world's
# top {glue:md}`oc_size` places, {glue:md}`oc_open` of them open-source, while
# the United States had {glue:md}`oc_us_open` open-source model in the group.
# {numref}`fig-adoption-ranking` draws those places as a grid. The digest also
# ranks China first in practical applications and in AI exports to developing
# countries in Asia, Africa and Europe, where Alibaba and Huawei build data
# centres and cheap cloud platforms, while conceding the frontier to the
# United States. Those are assertions without figures, so the ledger records
# them as ranks and the chapter does no more than report them.

# %% tags=["hide-input"]
# The digest prints each count twice, on two lines; a count's text rests on both rows.
oc_ids = ("dig-004", "dig-005", "dig-006", "dig-007")
oc_china, oc_size, oc_open, oc_us = (claim(i) for i in oc_ids)
twice = lambda row: claims[claims["pair_id"] == row["pair_id"]]

# The digest gives counts, not places: squares are laid out ten to a row, grouped by who made the model.
n_china, n_total, n_open = (int(row["value"]) for row in (oc_china, oc_size, oc_open))
groups = ["China, open-source", "China, closed", "Rest of the world"]
counts = (n_open, n_china - n_open, n_total - n_china)
places = pd.DataFrame({"group": [g for g, n in zip(groups, counts) for _ in range(n)],
                       "col": [i % 10 for i in range(n_total)], "row": [i // 10 for i in range(n_total)],
                       "as_printed": oc_china["as_printed"], "citation": oc_china["citation"]})
grid = alt.Chart(places).mark_square(size=900, opacity=1).encode(
    x=alt.X("col:O", axis=None), y=alt.Y("row:O", axis=None),
    color=alt.Color("group:N", title=None, scale=alt.Scale(
        domain=groups, range=[charts.COUNTRY_COLOURS["CN"], "#e8a39b", "#d0d0d0"])),
    tooltip=[alt.Tooltip("group:N", title="Group"), alt.Tooltip("as_printed:N", title="As printed"),
             alt.Tooltip("citation:N", title="Source")])
say(oc_date=prose.derived(oc_china["period"], "dig-ev03"),
    oc_lines=prose.derived(" and ".join(str(n) for n in sorted(set(twice(oc_china)["line"]))), twice(oc_china)),
    oc_china=prose.derived(prose.claim_text(oc_china), twice(oc_china)),
    oc_size=prose.derived(prose.claim_text(oc_size), twice(oc_size)),
    oc_open=prose.derived(prose.claim_text(oc_open), twice(oc_open)),
    oc_us_open=prose.derived("no" if oc_us["value"] == 0 else prose.claim_text(oc_us), twice(oc_us)),
    fig_ranking=book.figure(
        grid.properties(width=420, height=90), figure_id="adoption-opencompass",
        title=f"{n_china} of the top {n_total}", rows=claims[claims["claim_id"].isin(oc_ids)],
        subtitle=f"Places in the OpenCompass ranking of {oc_china['period']}, by who made the model.",
        description=(f"Grid of {n_total} squares: {n_open} Chinese open-source models, {n_china - n_open} Chinese "
                     f"closed models and {n_total - n_china} from the rest of the world, which includes no US open "
                     "model."),
        note="The digest gives counts, not places; squares are ordered by group, not by rank."))

# %% [markdown]
# ```{glue:figure} fig_ranking
# :name: fig-adoption-ranking
#
# The digest's OpenCompass count as a grid. The digest prints it twice, on
# lines {glue:md}`oc_lines`; both say the same.
# ```
#
# Adoption is the race in which China's advantages compound: open weights
# bring developers, developers bring derivatives, and a large domestic market
# turns a good model into a mass product within weeks. The question the
# sources leave open is whether that reach translates into revenue, and the
# money chapter suggests it has not yet, at least not on an American scale.

# %% [markdown]
# ## This chapter's ledger
#
# Every adoption figure, event and prediction, with the words the source
# printed and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(claims, "Adoption figures")

# %% tags=["hide-input"]
tables.ledger_table(events, "Adoption events")

# %% tags=["hide-input"]
tables.ledger_table(forecasts, "Adoption predictions")
