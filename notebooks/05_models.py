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
# By the Sinolytics whitepaper's count {cite:p}`sinolytics2025agi`, China's crowded field of model
# makers has narrowed to {glue:md}`dominant` dominant players, and over the same
# years the measured gap to the best American models {glue:md}`gap_verb`, if
# the later figure is read as a percentage:
# Stanford's AI Index, as the whitepaper cites it, put it at {glue:md}`gap_2023`
# in {glue:md}`gap_2023_year` and, without a unit, {glue:md}`gap_2024` by the end
# of {glue:md}`gap_2024_year`.
# Chinese firms split over open weights, DeepSeek alone, in the whitepaper's
# account, committing fully to them. Brookings {cite:p}`brookings2026races`, which lists the
# efficiency techniques behind these models, judges that distillation, training
# on the outputs of American models, explains only part of the catch-up.{glue:md}`intro_premise`
#
# The sections below follow the consolidation, compare the leading families,
# set out who bet on open weights and who did not, and look at the techniques
# that let Chinese labs do more with less.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
# The chapter's ledger rows: the model figures, events and predictions.
from airaces import chapter, compare, opendata, outside, prose, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("models")
claim = book.claim
say = prose.glue

# %% [markdown]
# ## Consolidation, and the gap to the United States
#
# China's "Hundred Model Battle" began in {glue:md}`battle_year`, as big tech
# firms, start-ups and research institutes joined the rush to build large
# models; the name stands for a crowd, not a count. By {glue:md}`llm_when` China accounted for {glue:md}`llm_share`
# of the world's {glue:md}`llm_total` large language models, which by
# Sinolytics' reckoning {cite:p}`sinolytics2025agi` put China
# {glue:md}`llm_rank`. After {glue:md}`consolidation` of consolidation, in which
# weaker models dropped out, Sinolytics counts the dominant players at
# {glue:md}`dominant`: the big platforms, DeepSeek, and {glue:md}`tigers`
# start-ups each valued at {glue:md}`tiger_valuation`. It expects the number
# to fall further.
#
# Over the same years Chinese models caught up. Stanford's AI Index, as Sinolytics cites it, measured the
# performance gap between the best Chinese and US models at
# {glue:md}`gap_2023` in {glue:md}`gap_2023_year` and {glue:md}`gap_2024` by
# the end of {glue:md}`gap_2024_year`. The AI Index's later figure comes
# without a unit; read as a percentage, like the earlier one, it says the gap
# {glue:md}`gap_verb`. Sinolytics reports
# the shake-out and the catching up side by side, but neither it nor the AI
# Index shows that the one caused the other.{glue:md}`consolidation_premise`

# %% tags=["hide-input"]
# The crowd of models, China's rank, and the consolidation that followed.
battle = claim("sin-088")
share = claim("sin-057")
rank = claim("sin-059")
years = claim("sin-060")
# The consolidation lasted "more than a year": a duration reads as words, hedge included.
hedges = {"over": "more than ", "about": "about ", "nearly": "nearly "}
span = prose.noun_count(years["value"], "year", years)
if years["value"] == 1:
    span = "a year"
place = "behind" if rank["value"] > 1 else "ahead of"
say(
    battle_year=prose.year(book.row("sin-ev17"), battle),
    llm_share=share,
    llm_when=prose.date(share),
    llm_total=claim("sin-058"),
    llm_rank=prose.derived(
        f"{prose.claim_text(rank)} in model development, {place} the United States",
        rank,
    ),
    consolidation=prose.derived(hedges.get(years["qualifier"], "") + span, years),
)

# %% tags=["hide-input"]
# The dominant firms, the AI tigers, and the gap to US models in two readings.
gap_a = claim("sin-065")
gap_b = claim("sin-066")
say(
    dominant=claim("sin-063"),
    tiger_valuation=claim("sin-062"),
    tigers=prose.count(claim("sin-061")["value"], "sin-061"),
    gap_2023=gap_a,
    gap_2023_year=prose.year(gap_a),
    # The AI Index's later figure has no unit as printed, so it is glued as a bare number.
    gap_2024=prose.derived(prose.number(gap_b["value"]), gap_b),
    gap_2024_year=prose.year(gap_b),
    gap_verb=prose.derived(
        compare.gap_verb(gap_a["value"], gap_b["value"]), gap_a, gap_b
    ),
)

# %% tags=["hide-input"]
# The premises: the gap narrowed, and fell to under half its size.
say(
    consolidation_premise=prose.premise(
        gap_b["value"] < gap_a["value"],
        "the gap to US models narrowed",
        gap_a,
        gap_b,
    ),
    intro_premise=prose.premise(
        gap_b["value"] < gap_a["value"] / 2,
        "the gap to US models fell to under half its size",
        gap_a,
        gap_b,
    ),
)

# %% [markdown]
# ## The leading families
#
# Four families carry most of the weight in the sources. Alibaba's Qwen is the
# broadest, a family that Sinolytics puts, loosely, at {glue:md}`qwen_family`.
# Alibaba has open-sourced {glue:md}`qwen_open` of them while keeping its best,
# Qwen2.5-Max, proprietary; Sinolytics says that model was pre-trained on
# {glue:md}`qwen_tokens`. DeepSeek's V3 and R1 are the disruptors, and
# DeepSeek published the weights of both in {glue:md}`r1_year`. By the
# company's own account, as the essay {cite:p}`bhambwani2025asi` reports it,
# V3 cost {glue:md}`v3_cost` to train and used {glue:md}`v3_compute` of the
# computing power of Meta's comparable model; the essay sets the cost against
# {glue:md}`gpt4_cost` for GPT-4. ByteDance's Doubao and Moonshot's Kimi are
# the consumer giants of the chapter on {doc}`06_adoption`. Ant Group, not usually counted
# among model makers, open-sourced a model with {glue:md}`ant_params` in
# {glue:md}`ant_year`.
#
# The cost claim is the chapter's most striking figure and its least
# verifiable. DeepSeek's number is the company's own, the essay does not say
# where the GPT-4 number comes from, and neither figure comes with a word on
# what it covers. Taken at face value, and with the GPT-4 figure printed as
# a floor, {glue:md}`cost_ratio`.{glue:md}`cost_premise`{glue:md}`floor_premise`
#
# Open data tests several of these figures, as {doc}`the chapter on open data
# <12_open_data>` explains. Epoch AI, which prices only the compute of a
# model's final training run, puts V3's at {glue:md}`v3_epoch`, and
# V3's training compute at {glue:md}`compute_epoch` of {glue:md}`meta_model`'s,
# which {glue:md}`compute_verdict` the essay's comparison with Meta. It puts
# GPT-4's final run at {glue:md}`gpt4_epoch`, which makes GPT-4
# {glue:md}`epoch_ratio` as dear as V3 on a like-for-like count: the
# essay's comparison sets a whole effort beside a single run. Epoch AI also
# has Qwen2.5-Max pre-trained on {glue:md}`qwen_epoch`, {glue:md}`qwen_factor`
# the whitepaper's figure, which reads like a dropped zero.{glue:md}`open_premise`

# %% tags=["hide-input"]
# Qwen, R1, and the figures behind DeepSeek's training-cost claim.
v3 = claim("ess-036")
gpt4 = claim("ess-037")
compute = claim("ess-038")
ant = claim("ess-048")
hedge = prose.QUALIFIER_WORDS[compute["qualifier"]]
say(
    qwen_family=prose.quote(claim("sin-067")),
    qwen_open=claim("sin-068"),
    qwen_tokens=claim("sin-069"),
    r1_year=prose.year(book.row("sin-ev21")),
    v3_cost=v3,
    gpt4_cost=gpt4,
    v3_compute=prose.derived(hedge + prose.percent(compute["value"], compute), compute),
)

# %% tags=["hide-input"]
# How many times one training cost is the other, written from the dearer model.
cheaper = v3["value"] < gpt4["value"]
if cheaper:
    cost_ratio = f"GPT-4 cost {compare.multiple_words(v3, gpt4)} as much as V3 to train"
else:
    cost_ratio = f"V3 cost {compare.multiple_words(gpt4, v3)} as much as GPT-4"
say(
    ant_params=ant,
    ant_year=prose.year(ant, "ess-ev08"),
    cost_ratio=prose.derived(cost_ratio, v3, gpt4),
    cost_premise=prose.premise(
        cheaper, "DeepSeek's claimed cost for V3 is below the GPT-4 figure", v3, gpt4
    ),
    floor_premise=prose.premise(
        gpt4["qualifier"] == "over" != v3["qualifier"],
        "the GPT-4 cost is printed as a floor and the V3 cost is not",
        v3,
        gpt4,
    ),
)

# %% tags=["hide-input"]
# What Epoch AI's open data gives for the same figures (chapter 12 sets them out).
tested = outside.compare(book.ledger, opendata.load(data_dir)).set_index("claim_id")
agrees = tested.at["ess-038", "verdict"] == outside.CONSISTENT
ratio = tested.at["ess-037", "data_value"] / tested.at["ess-036", "data_value"]
say(
    v3_epoch=outside.both_figures(tested.reset_index(), v3)[1],
    gpt4_epoch=outside.both_figures(tested.reset_index(), gpt4)[1],
    qwen_epoch=outside.both_figures(tested.reset_index(), claim("sin-069"))[1],
    compute_epoch=prose.percent(tested.at["ess-038", "data_value"], compute, digits=0),
    compute_verdict=prose.derived(
        "bears out" if agrees else "does not bear out", compute
    ),
    epoch_ratio=prose.times(ratio, v3, gpt4),
    qwen_factor=prose.times(tested.at["sin-069", "factor"], claim("sin-069")),
    meta_model=prose.derived(
        tested.at["ess-038", "subject"].split("Meta's ")[-1], compute
    ),
)

# %% tags=["hide-input"]
# The paragraph above reads the comparisons as they fall on the book's data.
say(
    open_premise=prose.premise(
        tested.at["sin-069", "factor"] == 10
        and tested.loc[["ess-036", "ess-038"], "verdict"].eq(outside.CONSISTENT).all(),
        "Epoch AI's token count is exactly ten times the whitepaper's, and its V3 "
        "figures agree with the essay's",
        claim("sin-069"),
        v3,
        compute,
    )
)

# %% [markdown]
# ## Open against closed, company by company
#
# The strategic split is about weights. Baidu's chief executive argued that
# open models would be left behind, then Baidu announced it would open its
# next ERNIE model; Moonshot believes only closed models can reach AGI, but
# released a lightweight open one anyway. Alibaba plays both sides, releasing
# {glue:md}`alibaba_batch` models in one go in {glue:md}`alibaba_batch_when`
# while keeping its strongest model closed. DeepSeek is, in the whitepaper's
# words, {glue:md}`deepseek_only`, and its example pushed MiniMax, StepFun and
# Zhipu to open their newest models. American labs mostly stayed closed: when
# OpenAI answered, the essay notes, it was with its first open model in
# {glue:md}`openai_gap`.
#
# ## Efficiency: doing more with less compute
#
# Brookings {cite:p}`brookings2026races` lists the techniques. Mixture-of-experts
# ({term}`MoE`) models run only part of the network for each token; sparse and other
# efficient attention mechanisms cut the compute a model needs; and
# {term}`quantization` stores numbers at {glue:md}`int8` or even
# {glue:md}`int4` precision. With quantization, by Brookings' account, the GPU memory
# that Alibaba's Qwen models use {glue:md}`qwen_memory` without a loss of
# performance, and Moonshot trains a reasoning model natively in INT4.
# Brookings also notes the unflattering alternative explanation: Anthropic has
# reported large-scale {term}`distillation` attacks by {glue:md}`distillers`,
# and OpenAI and Google DeepMind have reported similar ones. Its judgement is
# that distillation explains only part of the catch-up. The digest adds a
# longer view. It reports the judgement of Pedro Domingos, a professor at the
# University of Washington, that China, through Baidu, was
# {glue:md}`dl_place` the United States in deep-learning research as early as
# {glue:md}`dl_year`, and it says the United States {glue:md}`frontier_place`
# at the frontier.

# %% tags=["hide-input"]
# Efficiency: Alibaba's batch, quantisation, distillation and where the labs stand.
batch = claim("sin-079")
memory = claim("brk-007")
dl = claim("dig-003")
frontier = claim("dig-010")
place = "still leads"
if frontier["value"] != 1:
    place = f"ranks {prose.ordinal(int(frontier['value']))}"
say(
    alibaba_batch=batch,
    alibaba_batch_when=prose.date(batch, "sin-ev20"),
    deepseek_only=prose.quote(claim("sin-089")),
    openai_gap=prose.noun_count(claim("ess-042")["value"], "year", "ess-042"),
    int8=claim("brk-005"),
    int4=claim("brk-006"),
    qwen_memory=prose.change(1, memory["value"], memory),
    distillers=prose.noun_count(claim("brk-008")["value"], "Chinese lab", "brk-008"),
)

# %% tags=["hide-input"]
# Where DeepSeek's downloads and the frontier place China against the United States.
say(
    dl_place=prose.derived("ahead of" if dl["value"] == 1 else "behind", dl),
    dl_year=prose.year(dl, "dig-ev02"),
    frontier_place=prose.derived(place, frontier),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every model figure, event and prediction, with the words the source printed
# and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# The chapter's figures, as a table.
tables.ledger_table(claims, "Model figures")

# %% tags=["hide-input"]
# The chapter's events, as a table.
tables.ledger_table(events, "Model events")

# %% tags=["hide-input"]
# The chapter's predictions, as a table.
tables.ledger_table(forecasts, "Model predictions")
