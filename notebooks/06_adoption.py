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
claim = book.claim
say = prose.glue

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
say("hf_growth", prose.claim_text(claim("ess-039")))
say("derivatives", prose.claim_text(claim("ess-040")))
say("derivative_downloads", prose.claim_text(claim("ess-041")))
say("derivative_year", claim("ess-041")["period"], ids=["ess-041"])
say("derivatives_year", claim("brk-012")["period"], ids=["brk-012", "brk-011", "brk-013", "brk-ev02"])
say("us_closed", prose.quote(claim("brk-010")), ids=["brk-009"])
say("hf_since", "DeepSeek's reasoning model in " + pd.Timestamp(book.events.set_index("event_id").loc["ess-ev06", "date"]).strftime("%B %Y"),
    ids=["ess-ev06"])
say("appstore_date", pd.Timestamp(book.events.set_index("event_id").loc["ess-ev07", "date"]).strftime("%-d %B %Y"),
    ids=["ess-ev07"])
say("appstore_rank", prose.claim_text(claim("ess-034")))
say("deepseek_growth_rank", prose.claim_text(claim("sin-072")))
say("deepseek_users", prose.claim_text(claim("sin-073")))
say("deepseek_days", prose.claim_text(claim("sin-074")))
say("kimi_mau", prose.claim_text(claim("sin-078")))
say("doubao_apps", prose.claim_text(claim("sin-075")))
say("online_users", prose.claim_text(claim("dig-008")))

users = claims[claims["unit"].isin(["count_mn", "count_bn"]) & claims["value"].notna()].copy()
users["millions"] = users["value"] * users["unit"].map({"count_mn": 1, "count_bn": 1000})
users["label"] = users["entity"] + ": " + users["metric"].str.replace("_", " ")
users = charts.qualifier_bounds(users, value="millions")
users["floor"] = 1.0  # stems start at one million: a log axis has no zero
base = alt.Chart(users).encode(y=alt.Y("label:N", title=None, sort=users.sort_values("millions", ascending=False)["label"].tolist(),
                                       axis=alt.Axis(labelLimit=300)))
stems = base.mark_rule(strokeWidth=2, color="#999").encode(
    x=alt.X("floor:Q", title="Millions (log scale)", scale=alt.Scale(type="log", domain=[1, 2000])), x2="millions:Q")
bars = base.mark_point(size=170, filled=True, opacity=1).encode(
    x="millions:Q",
    color=charts.country_colour(),
    tooltip=charts.tooltips(alt.Tooltip("millions:Q", title="Millions", format=","),
                            alt.Tooltip("qualifier:N", title="Hedge")),
)
band = base.mark_rule(strokeWidth=12, opacity=0.3, color=charts.COUNTRY_COLOURS["CN"]).encode(x="low:Q", x2="high:Q")
fig_users = book.figure(
    (stems + band + bars).properties(height=170),
    figure_id="adoption-users",
    title="Hundreds of millions of users, in weeks",
    subtitle="Users, monthly users and downloads in millions, log scale. All observed; pale bands mark 'over'.",
    rows=users,
    description=("Bar chart on a log scale: " + "; ".join(f"{r.label}, {r.as_printed}" for r in users.itertuples())
                 + "."),
    note="The bars measure different things (users, monthly users, downloads, online population); read each label.",
    extra_columns=("millions",),
)
say("fig_users", fig_users)

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
say("soe_year", claim("sin-082")["period"], ids=["sin-082"])
say("soe_date", pd.Timestamp(claim("sin-084")["period"]).strftime("%-d %B %Y"), ids=["sin-084"])
say("soe_tenderers", prose.claim_text(claim("sin-082")))
say("soe_share", prose.claim_text(claim("sin-083")))
say("soe_deepseek", prose.claim_text(claim("sin-084")))
say("soe_count", prose.claim_text(claim("sin-085")))
say("soe_deepseek_n", prose.number(round(claim("sin-084")["value"] / 100 * claim("sin-085")["value"])),
    ids=["sin-084", "sin-085", "sin-ev23", "sin-ev22", "sin-090"])
say("mosun_apps", prose.quote(claim("sin-086")))
say("sensetime_compute", prose.claim_text(claim("sin-087")))

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
oc_china, oc_size, oc_open, oc_us = (claim(i) for i in ("dig-004", "dig-005", "dig-006", "dig-007"))
say("oc_date", oc_china["period"], ids=["dig-ev03"])
say("oc_lines", " and ".join(str(l) for l in sorted(set(claims.loc[claims["pair_id"] == oc_china["pair_id"], "line"]))),
    ids=claims.loc[claims["pair_id"] == oc_china["pair_id"], "claim_id"])
say("oc_china", prose.claim_text(oc_china), ids=["dig-013"])
say("oc_size", prose.claim_text(oc_size), ids=["dig-014"])
say("oc_open", prose.claim_text(oc_open), ids=["dig-015"])
say("oc_us_open", "no" if oc_us["value"] == 0 else prose.claim_text(oc_us), ids=["dig-007", "dig-016"])

n_china, n_total, n_open = int(oc_china["value"]), int(oc_size["value"]), int(oc_open["value"])
places = pd.DataFrame({"place": range(1, n_total + 1)})
places["group"] = ["China, open-source"] * n_open + ["China, closed"] * (n_china - n_open) + \
    ["Rest of the world"] * (n_total - n_china)
places["col"] = (places["place"] - 1) % 10
places["row"] = (places["place"] - 1) // 10
for column in ("claim_id", "source_id", "line", "as_printed", "citation", "kind", "period"):
    places[column] = [oc_china[column]] * n_total
grid = alt.Chart(places).mark_square(size=900, opacity=1).encode(
    x=alt.X("col:O", axis=None), y=alt.Y("row:O", axis=None),
    color=alt.Color("group:N", title=None, scale=alt.Scale(
        domain=["China, open-source", "China, closed", "Rest of the world"],
        range=[charts.COUNTRY_COLOURS["CN"], "#e8a39b", "#d0d0d0"])),
    tooltip=[alt.Tooltip("group:N", title="Group"), alt.Tooltip("as_printed:N", title="As printed"),
             alt.Tooltip("citation:N", title="Source")],
).properties(width=420, height=90)
fig_ranking = book.figure(
    grid,
    figure_id="adoption-opencompass",
    title=f"{n_china} of the top {n_total}",
    subtitle=f"Places in the OpenCompass ranking of {oc_china['period']}, by who made the model.",
    rows=claims[claims["claim_id"].isin(["dig-004", "dig-005", "dig-006", "dig-007"])],
    description=(f"Grid of {n_total} squares: {n_open} Chinese open-source models, {n_china - n_open} Chinese closed "
                 f"models and {n_total - n_china} from the rest of the world, which includes no US open model."),
    note="The digest gives counts, not places; squares are ordered by group, not by rank.",
)
say("fig_ranking", fig_ranking)

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
