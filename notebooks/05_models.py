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
# # Models and the open-source turn
#
# Chinese model developers went from a crowded free-for-all to a handful of
# serious contenders in about two years, and in the same period from trailing
# American models by a wide margin to nearly matching them. This chapter
# follows that consolidation, compares the leading families, measures the gap
# to the United States, sets out who bet on open weights and who did not, and
# looks at the efficiency techniques that let Chinese labs do more with less.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt

from airaces import chapter, charts, prose, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("models")
claim, say = book.claim, prose.glue

# %% [markdown]
# ## From a hundred models to a dozen
#
# The "Hundred Model Battle" began in {glue:md}`battle_year`, when large tech
# firms, start-ups and research institutes all launched models at once. Its
# name suggests {glue:md}`battle_size` contenders. By {glue:md}`llm_when` China
# accounted for {glue:md}`llm_share` of the world's {glue:md}`llm_total` large
# language models, second only to the United States. Then came more than
# {glue:md}`consolidation` year of consolidation. Sinolytics counts the
# dominant players at {glue:md}`dominant`, namely the big platforms, DeepSeek
# and {glue:md}`tigers` start-ups each valued at more than a billion dollars,
# and expects the number to keep falling.
#
# {numref}`fig-models-consolidation` puts this consolidation beside the gap to American models.
# Stanford's AI Index, as cited by Sinolytics, measured the performance gap
# between the best Chinese and US models at {glue:md}`gap_2023` in {glue:md}`gap_2023_year` and
# {glue:md}`gap_2024` by the end of {glue:md}`gap_2024_year`. Fewer players, a much smaller gap:
# the competition did what competition is supposed to do.

# %% tags=["hide-input"]
battle, share, dominant, gap_a, gap_b = (claim(i) for i in ("sin-088", "sin-057", "sin-063", "sin-065", "sin-066"))
say(battle_year=prose.year(events.set_index("event_id", drop=False).loc["sin-ev17"]), battle_size=battle,
    llm_share=share, llm_when=prose.date(share), llm_total=claim("sin-058"), dominant=dominant,
    consolidation=prose.derived(prose.number(claim("sin-060")["value"]), "sin-060"),
    tigers=prose.count(claim("sin-061")["value"], "sin-061"), gap_2023=gap_a, gap_2024=gap_b,
    gap_2023_year=prose.year(gap_a), gap_2024_year=prose.year(gap_b))

CONTENDERS, GAP = "Chinese model contenders (count)", "Gap to the best US models (%)"
PANELS = {"sin-088": CONTENDERS, "sin-063": CONTENDERS, "sin-065": GAP, "sin-066": GAP}
STAGES = {"sin-088": "2023", "sin-063": "after consolidation", "sin-065": "2023", "sin-066": "end of 2024"}
pairs = claims[claims["claim_id"].isin(PANELS)].assign(panel=lambda d: d["claim_id"].map(PANELS),
                                                        when=lambda d: d["claim_id"].map(STAGES))
say(fig_consolidation=book.figure(
    charts.slopes(pairs, panel="panel", stage="when", stages=["2023", "after consolidation", "end of 2024"]),
    figure_id="models-consolidation-and-gap", title="Fewer Chinese contenders, a smaller gap",
    subtitle="Before and after. Left: contenders; right: performance gap to US models. Both observed.", rows=pairs,
    description=(f"Two slope charts. Contenders fell from about {battle['value']:.0f} in the Hundred Model "
                 f"Battle to about {dominant['value']:.0f}; the gap to US models fell from "
                 f"{gap_a['value']}% in 2023 to {gap_b['value']} at the end of 2024."),
    note="The 100 is read from the battle's name; the AI Index's 0.3 is printed without a unit."))

# %% [markdown]
# ```{glue:figure} fig_consolidation
# :name: fig-models-consolidation
#
# Consolidation and catching up. Each panel has its own scale.
# ```
#
# ## The leading families
#
# Four families carry most of the weight in the sources. Alibaba's Qwen is the
# broadest: {glue:md}`qwen_family` of models, of which Alibaba has
# open-sourced {glue:md}`qwen_open`, while keeping its best model, Qwen2.5-Max,
# proprietary; Sinolytics prints its pre-training run as
# {glue:md}`qwen_tokens`. DeepSeek's V3 and R1 are the disruptors; DeepSeek
# says it trained V3 for {glue:md}`v3_cost`, against {glue:md}`gpt4_cost` for
# GPT-4, with {glue:md}`v3_compute` of the computing power of Meta's comparable
# model. ByteDance's Doubao and Moonshot's Kimi are the consumer giants of
# the adoption chapter. Ant Group, not usually counted among model makers,
# open-sourced a model of {glue:md}`ant_params` in {glue:md}`ant_year`.
#
# The cost claim is the most quoted number in the ledger and the least
# verifiable: it is DeepSeek's own, covers the final training run only, and is
# set against an outside estimate for GPT-4. {numref}`fig-models-cost` shows both, with the
# hedge on the GPT-4 side drawn as a band.

# %% tags=["hide-input"]
v3, gpt4, ant = (claim(i) for i in ("ess-036", "ess-037", "ess-048"))
say(qwen_family=prose.quote(claim("sin-067")), qwen_open=claim("sin-068"), qwen_tokens=claim("sin-069"),
    v3_cost=v3, gpt4_cost=gpt4, v3_compute=prose.quote(claim("ess-038")),
    ant_params=ant, ant_year=prose.year(ant, "ess-ev08"))

# Bars on a linear scale, not charts.amounts' log-scale dots, each labelled with the claim in words.
cost = charts.qualifier_bounds(claims[claims["metric"] == "training_cost"])
cost["label"] = cost.apply(prose.claim_text, axis=1).astype(str)
base = alt.Chart(cost).encode(y=alt.Y("entity:N", title=None,
                                      sort=cost.sort_values("value", ascending=False)["entity"].tolist()))
bars = base.mark_bar(size=30, opacity=0.85).encode(
    x=alt.X("value:Q", title="Training cost, US$ million"), color=charts.country_colour(),
    tooltip=charts.tooltips(alt.Tooltip("value:Q", title="US$ million"),
                            alt.Tooltip("attributed_to:N", title="Claimed by")))
band = base.mark_rule(strokeWidth=30, opacity=0.2, color=charts.COUNTRY_COLOURS["US"]).encode(x="low:Q", x2="high:Q")
text = base.mark_text(align="left", dx=6, fontSize=12).encode(x="high:Q", text="label:N")
say(fig_cost=book.figure(
    (bars + band + text).properties(height=120), figure_id="models-training-cost", title="The training-cost claim",
    subtitle=("Reported cost of training, US$ million. "
              "Both observed; the pale band is the 'over' in 'over $100 million'."),
    rows=cost, description=(f"Bar chart: DeepSeek-V3 trained for {v3['value']:.0f} million dollars by its own "
                            f"claim; GPT-4 for over {gpt4['value']:.0f} million."),
    note="DeepSeek's figure is the company's own claim and covers the final training run."))

# %% [markdown]
# ```{glue:figure} fig_cost
# :name: fig-models-cost
#
# Two training-cost figures from the essay {cite:p}`bhambwani2025asi`. The band shows that the GPT-4
# figure is a floor.
# ```
#
# ## Open against closed, company by company
#
# The strategic split is about weights. Baidu's chief executive argued that
# open models would be left behind, then Baidu announced it would open its
# next ERNIE model; Moonshot believes only closed models can reach AGI, but
# released a lightweight open one anyway. Alibaba plays both sides, releasing
# {glue:md}`alibaba_batch` models in one go in {glue:md}`alibaba_batch_when` while keeping
# its strongest model closed. DeepSeek is, in the whitepaper's words {cite:p}`sinolytics2025agi`,
# {glue:md}`deepseek_only`, and its example pushed MiniMax, StepFun and Zhipu
# to open their newest models. The United States moved the other way until
# recently: OpenAI's response was its first open model in
# {glue:md}`openai_gap`.
#
# ## Efficiency: doing more with less compute
#
# Brookings {cite:p}`brookings2026races` lists the techniques. {term}`MoE` models run only part of the
# network for each token; sparse and latent attention cut the cost of long
# inputs; {term}`quantization` stores numbers at {glue:md}`int8` or even
# {glue:md}`int4` precision, and Alibaba's Qwen models can
# {glue:md}`qwen_memory`, by the commentary's account. Moonshot trains a
# reasoning model natively in INT4. Brookings also notes the unflattering
# alternative explanation: Anthropic has reported large-scale
# {term}`distillation` attacks by {glue:md}`distillers` Chinese labs, and
# OpenAI and Google DeepMind have reported similar ones. Its judgement is that
# distillation explains only part of the catch-up. The digest adds a longer
# view in which China led deep-learning research as early as
# {glue:md}`dl_year`, and the United States still leads at the frontier.

# %% tags=["hide-input"]
batch = claim("sin-079")
say(alibaba_batch=batch, alibaba_batch_when=prose.date(batch, "sin-ev20"), deepseek_only=prose.quote(claim("sin-089")),
    openai_gap=claim("ess-042"), int8=claim("brk-005"), int4=claim("brk-006"),
    qwen_memory=prose.quote(claim("brk-007")), distillers=prose.count(claim("brk-008")["value"], "brk-008"),
    dl_year=prose.year(claim("dig-003"), "dig-010", "dig-ev02"))

# %% [markdown]
# ## This chapter's ledger
#
# Every model figure, event and prediction, with the words the source printed
# and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(claims, "Model figures")

# %% tags=["hide-input"]
tables.ledger_table(events, "Model events")

# %% tags=["hide-input"]
tables.ledger_table(forecasts, "Model predictions")
