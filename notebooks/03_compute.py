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
# # Compute and energy
#
# China is building computing capacity roughly on plan: by {glue:md}`observed_month`,
# on the essay's figure of {glue:md}`capacity_mid2024` {cite:p}`bhambwani2025asi`, it {glue:md}`progress_by_then`
# towards the state's target of {glue:md}`target_capacity` by {glue:md}`target_year`.
# It spends far less than the United States: the essay expects the big five
# American AI hyperscalers to spend {glue:md}`us_hyperscalers` in {glue:md}`us_year`,
# {glue:md}`us_vs_alibaba` what Alibaba's plan averages a year. On the Sinolytics
# whitepaper's reading {cite:p}`sinolytics2025agi`, the plan is held back less by money or
# electricity than by whether the capacity it builds is used.{glue:md}`summary_premise`
#
# China is not trying to win compute the way American firms are. The sources
# describe a state plan for a national grid of computing, paid for in sums that
# look small beside US private spending. The figures below are read with that
# in mind, and the arithmetic the sources leave to the reader is done here.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder, the yuan-per-dollar rate
data_dir = "../data"
# None uses the median rate that the sources' own two-currency restatements imply.
cny_per_usd = None

# %% tags=["hide-input"]
# The ledger, the compute theme's rows, and short names for looking up and gluing
import pandas as pd

from airaces import (
    chapter,
    charts,
    hedges,
    implied,
    money,
    opendata,
    outside,
    prose,
    recipes,
    spending,
    tables,
)
from airaces.growth import base_before_growth, compound_annual

book = chapter.open_ledger(data_dir)
compute, events, forecasts = book.theme("compute")
claim = book.claim
row = book.row
say = prose.glue

# %% [markdown]
# ## A plan measured in exaflops
#
# The headline target is national computing capacity of
# {glue:md}`target_capacity` by {glue:md}`target_year`, which the Sinolytics
# whitepaper {cite:p}`sinolytics2025agi` calls {glue:md}`target_growth` more than the {glue:md}`base_year` level. Read
# backwards, that puts the {glue:md}`base_year` base at about {glue:md}`base_2023`. The essay
# on Alibaba's roadmap {cite:p}`bhambwani2025asi` reports {glue:md}`capacity_mid2024` of capacity by
# {glue:md}`observed_month`. If both figures hold, China {glue:md}`progress_by_then`
# by then, so the target is less a stretch than a marker of a build-out
# already under way.
# The plan reserves {glue:md}`ai_share` of the {glue:md}`target_year` capacity for AI, which is
# about {glue:md}`ai_capacity` dedicated to models. The whitepaper adds that this
# is enough for large-scale model development in FP32, a standard number format
# for training; exaflops counted in one format cannot be set beside exaflops
# counted in another.{glue:md}`capacity_premise`
#
# Open data gives a rough outside check, set out in {doc}`the chapter on
# open data <12_open_data>`. Epoch AI estimates the NVIDIA chips China had
# by the same month at {glue:md}`nvidia_flops` at an H100's 16-bit rate,
# {glue:md}`nvidia_ratio` the essay's figure for every chip. The two count
# different things, so they do not test each other, but they are of one
# order.{glue:md}`order_premise`

# %% tags=["hide-input"]
# The claims behind the plan: the target, its growth over 2023, the observed capacity, the AI share
target = claim("sin-002")
growth = claim("sin-003")
observed = claim("ess-013")
ai_share = claim("sin-004")

# %% tags=["hide-input"]
# The implied 2023 base, and how much of the rise from it to the target was made by mid-2024
base_2023 = base_before_growth(target["value"], growth["value"])
covered = implied.share_of_rise_covered(observed["value"], base_2023, target["value"])
progress = implied.progress_in_words(covered, target, growth, observed)
on_plan = 0 <= covered < 1
base_year = prose.year(growth)
month = prose.date(observed)

# %% tags=["hide-input"]
# The plan in words: the target, the base it implies and the capacity observed
say(
    target_capacity=target,
    target_year=prose.year(target),
    base_year=base_year,
    target_growth=growth,
    observed_month=month,
    base_2023=prose.amount(base_2023, "EFLOPS", target, growth),
    capacity_mid2024=observed,
    progress_by_then=progress,
)

# %% tags=["hide-input"]
# Epoch AI's NVIDIA chips in China by the same month, in FLOP/s (chapter 12).
tested = outside.compare(book.ledger, opendata.load(data_dir)).set_index("claim_id")
nvidia = tested.loc["ess-013"]
say(
    nvidia_flops=prose.derived(
        outside.figure_words(nvidia["data_value"], nvidia["unit"]), observed
    ),
    nvidia_ratio=prose.derived(f"{nvidia['factor']:.0%} of", observed),
    order_premise=prose.premise(
        0.5 <= nvidia["factor"] <= 2,
        "Epoch AI's NVIDIA estimate is within a factor of two of the essay's figure",
        observed,
    ),
)

# %% tags=["hide-input"]
# The capacity reserved for AI, and the premise the paragraph rests on
ai_capacity = target["value"] * ai_share["value"] / 100
say(
    ai_share=ai_share,
    ai_capacity=prose.amount(ai_capacity, "EFLOPS", target, ai_share),
    capacity_premise=prose.premise(
        on_plan,
        "the observed capacity lies between the implied 2023 base and the target",
        target,
        growth,
        observed,
    ),
)

# %% tags=["hide-input"]
# The premise: the essay prints the same target, for the same year
essay_target = claim("ess-014")
same_target = essay_target["value"] == target["value"]
same_year = essay_target["period"] == target["period"]
say(
    target_premise=prose.premise(
        same_target and same_year,
        "the essay prints the whitepaper's target for the same year",
        target,
        essay_target,
    )
)

# %% [markdown]
# The base, the observed capacity and the target all measure capacity built,
# not capacity used, and they are not alike. The observed capacity and the
# target are printed figures; the base is
# the target read backwards through the whitepaper's growth figure, so it is
# only as good as that one number. The essay prints the same target for the
# same year, so the two sources at least agree on where the plan is
# going.{glue:md}`target_premise`
#
# The geography matters as much as the total. The Eastern Data, Western
# Computing project, launched in {glue:md}`edwc_launch`, anchors the network in
# {glue:md}`hubs` regional hubs and {glue:md}`clusters` data-centre clusters,
# putting servers in the west, where land and renewable power are cheap, to
# serve the richer east, where the users are. By {glue:md}`edwc_when` the state
# had spent {glue:md}`edwc_cny` on it directly, about
# {glue:md}`edwc_usd_printed` in Sinolytics' own conversion. Sinolytics is
# blunt about the result: {glue:md}`years_since_launch` in, the western
# centres work more as storage than as computing, because latency and
# scheduling across the country have not been solved. That is the real
# constraint of the plan, and no capacity target measures it. The whitepaper
# adds an institutional reason: as in other centrally planned projects, local
# governments tend to invest for political gain, so some western centres were
# built where the market did not need them and stand underused. Beside the
# network stand China's {glue:md}`supercomputing_centres` national
# supercomputing centres, which the whitepaper counts among the suppliers of
# AI computing to research, industry and government, so that firms need not
# build their own.

# %% tags=["hide-input"]
# The national network: its hubs, its cost so far, and how long it has run ("more than" if "over")
edwc = claim("sin-007")
say(
    hubs=claim("sin-005"),
    clusters=claim("sin-006"),
    supercomputing_centres=claim("sin-020"),
    edwc_cny=edwc,
    edwc_launch=prose.year(row("sin-ev01")),
    edwc_when=prose.derived("mid-" + prose.year(edwc), edwc),
    edwc_usd_printed=prose.claim_text(claim("sin-008"), False),  # no hedge
    years_since_launch=hedges.hedged_duration(claim("sin-018"), "year"),
)

# %% [markdown]
# (alibaba-vs-hyperscalers)=
# ## Money: a grid on a budget
#
# Set the Chinese sums beside the American ones and the difference in scale is
# stark. {numref}`fig-money` converts every amount to US dollars at
# {glue:md}`rate_used` yuan per dollar, {glue:md}`rate_basis`;
# {ref}`the note on exchange rates <exchange-rates>` explains the choice.
# Alibaba's {glue:md}`alibaba_years` plan, {glue:md}`alibaba_rank` Chinese
# amount in the figure, comes to about {glue:md}`alibaba_usd` in total, or
# {glue:md}`alibaba_per_year` a year. The essay expects the big five American
# AI hyperscalers to spend {glue:md}`us_hyperscalers` on data centres and AI
# infrastructure in {glue:md}`us_year`, {glue:md}`us_vs_alibaba` what
# Alibaba's plan averages a year. Microsoft's {glue:md}`msft_deals` of future
# data-centre deals alone come to {glue:md}`msft_vs_edwc` the state's direct
# outlay on the national network.{glue:md}`money_premise`
#
# The essay prints a second American figure for {glue:md}`capex_year`, and it
# is {glue:md}`capex_size`: US hyperscalers' capital spending, expected at
# {glue:md}`capex_2025`, the series that the chapter on {doc}`08_capital`
# follows. The two figures differ in what they measure and where they stand,
# and perhaps in whom they count. The first counts the big five AI hyperscalers,
# the second US hyperscalers in general; the essay lists the top five (Amazon,
# Microsoft, Alphabet, Meta and Oracle) only beside the previous year's
# spending, and never says whether the two groups are the same. They measure
# different things: spending on data centres and AI
# infrastructure, against capital spending. And they stand in different parts
# of the essay, lines {glue:md}`big_five_line` and {glue:md}`capex_line`,
# neither with a source of its own. The essay does not reconcile them. This
# chapter keeps the figure that names infrastructure; set against the other,
# American spending would still be {glue:md}`capex_vs_alibaba` Alibaba's
# yearly average, so the comparison does not hang on the choice.{glue:md}`capex_premise`

# %% tags=["hide-input"]
# The yuan-per-dollar rate, and the rows behind it, which every converted amount cites
rates = money.implied_rates(book.ledger.claims)
rate = money.rate_to_use(rates, cny_per_usd)
rated = money.rate_ids(rates)
basis = "the median of the rates the sources imply where they print an amount in both currencies"
if cny_per_usd:
    basis = "the rate chosen for this run"

# %% tags=["hide-input"]
# The kinds of spending drawn, each amount once, in US dollars (a plan two sources report is one)

# Amounts spent on or committed to compute; capital spending as a whole (ess-043) is left
# out because it covers more than compute, and the text sets it apart.
SPENDING = [
    "ai_infrastructure_spending",
    "data_center_commitments",
    "computing_deals",
    "project_size",
    "ai_infrastructure_investment_plan",
    "government_spending",
    "data_center_investment",
    "ai_chip_purchase_budget",
    "ai_compute_infrastructure_spending",
]
spend = spending.in_dollars(compute, rates, rate, SPENDING)
usd = spend.set_index("claim_id")["usd_bn"]

# %% tags=["hide-input"]
# Alibaba's plan in dollars, in total and a year, and its place among the Chinese amounts
plan_years = claim("cto-013")
per_year = usd["ess-005"] / plan_years["value"]
say(
    rate_used=prose.derived(prose.number(rate, 2), rated),
    rate_basis=prose.derived(basis, rated),
    alibaba_years=prose.derived(
        prose.spelled(plan_years["value"]) + "-year", plan_years
    ),
    alibaba_rank=spending.place_among(spend, "ess-005", "CN", rated),
    alibaba_usd=prose.amount(usd["ess-005"], "USD_bn", "ess-005", rated, digits=0),
    alibaba_per_year=prose.amount(
        per_year, "USD_bn", "ess-005", plan_years, rated, digits=0
    ),
)

# %% tags=["hide-input"]
# The American sums, as multiples of Alibaba's yearly average and of the state's outlay
big_five = claim(
    "ess-001"
)  # the essay: the big five hyperscalers' AI spending in a year
msft = claim("ess-002")
us_ratio = big_five["value"] / per_year
msft_ratio = msft["value"] / usd["sin-007"]
say(
    us_hyperscalers=big_five,
    us_year=prose.year(big_five),
    msft_deals=msft,
    us_vs_alibaba=prose.times(us_ratio, big_five, "ess-005", plan_years, rated),
    msft_vs_edwc=prose.times(msft_ratio, msft, "sin-007", rated),
)

# %% tags=["hide-input"]
# The premise of the comparison: each American sum is at least ten times the Chinese one
dwarfed = min(us_ratio, msft_ratio) >= 10
money_rows = [big_five, msft, "ess-005", "sin-007", plan_years, rated]
say(
    money_premise=prose.premise(
        dwarfed,
        "each American amount is at least ten times the Chinese one it is set against",
        *money_rows,
    )
)

# %% tags=["hide-input"]
# The essay's other American figure, capital spending, against the same yearly average
capex = claim("ess-043")
capex_ratio = capex["value"] / per_year
capex_words = {"more": "larger", "less": "smaller", "same": "the same size"}
capex_rows = [capex, "ess-005", plan_years, rated]
say(
    capex_year=prose.year(capex),
    capex_2025=capex,
    capex_vs_alibaba=prose.times(capex_ratio, *capex_rows),
    capex_size=prose.compared(
        capex["value"], big_five["value"], capex, big_five, **capex_words
    ),
    big_five_line=prose.derived(str(big_five["line"]), big_five),
    capex_line=prose.derived(str(capex["line"]), capex),
    capex_premise=prose.premise(
        capex_ratio >= 10,
        "the essay's figure for capital spending is also at least ten "
        "times Alibaba's yearly average",
        *capex_rows,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Alibaba's plan drawn twice: in total, and its average a year beside the yearly American sums
plan = spend["claim_id"] == "ess-005"
years = str(prose.spelled(plan_years["value"]))
drawn = pd.concat(
    [
        spend.assign(label=spend["label"].mask(plan, spend["label"] + ", in total")),
        spend[plan].assign(
            usd_bn=per_year,
            label="Alibaba: the plan's average a year",
            period=f"a year, averaged over {years} years",
        ),
    ]
)

# %% tags=["hide-input", "remove-output"]
# Figure: every spending amount in US dollars, on a log scale; the largest three named
chart = recipes.amounts(
    drawn,
    value="usd_bn",
    axis_title="US$ billion (log scale)",
    domain=(1, 5000),  # US$1 billion to US$5 trillion, the span of the amounts
    value_format=",.1f",
    label_limit=340,  # room for the longest row name before it is cut
).properties(width=330)
say(
    fig_money=book.figure(
        chart,
        figure_id="compute-money",
        title="What is being spent on compute, in one currency",
        subtitle=f"US$ billion at {rate:.2f} yuan per dollar. "
        + charts.fill_key(spend),
        rows=pd.concat([spend, book.claims_with(["cto-013"])]),  # the plan's length too
        description="Lollipop chart, log scale, of compute spending and commitments converted "
        "to US dollars. The largest three: " + spending.largest_named(spend, 3),
        note="Periods differ: some amounts cover one year, some several, some a running total. "
        "Alibaba's plan is drawn in total and as its average a year. Tap or hover for each span.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_money
# :name: fig-money
#
# Compute spending and commitments in the ledger, converted at the chosen
# rate. The periods differ, so most dots compare orders of magnitude, not like
# with like. Alibaba's plan is drawn twice: in total, and as its average a
# year, the figure the text sets beside the American sums for one year.
# ```
#
# State firms and the platforms fill part of the gap. China Mobile, one of
# {glue:md}`telecom_operators` state telecom operators building AI data
# centres, put {glue:md}`cmcc_cny` into {glue:md}`cmcc_dcs` data centres
# with {glue:md}`cmcc_servers` Huawei Ascend servers, a choice of domestic
# hardware that is as much industrial policy as procurement. Alibaba has said
# it will invest more in cloud and AI infrastructure over the next
# {glue:md}`alibaba_next` than in the previous {glue:md}`alibaba_decade`, and
# the 21CTO summary {cite:p}`cto21_2025superintelligent` has Wu saying that capital spending will go
# beyond the {glue:md}`alibaba_beyond` already planned. ByteDance has
# reportedly set aside {glue:md}`bytedance_cny` for AI chips in
# {glue:md}`bytedance_year`, and plans to spend more still on leasing or
# building data centres abroad.
#
# The Chinese side of {numref}`fig-money` is incomplete. The
# whitepaper says the state's direct outlay spurred "a much larger amount" of
# investment by state firms and private funding, but puts no number on it, and
# it prints China Mobile's outlay but not those of the other
# {glue:md}`other_operators` operators. The figure sets what the sources price
# side by side, not all that each country spends.

# %% tags=["hide-input"]
# China Mobile's data centres, one telecom operator's share of the build-out
operators = claim("sin-009")
say(
    telecom_operators=operators,
    other_operators=prose.count(operators["value"] - 1, operators),
    cmcc_cny=claim("sin-010"),
    cmcc_dcs=claim("sin-012"),
    cmcc_servers=claim("sin-013"),
)

# %% tags=["hide-input"]
# What Alibaba and ByteDance say they will spend
bytedance = claim("sin-016")
say(
    bytedance_cny=bytedance,
    bytedance_year=prose.year(bytedance),
    alibaba_next=prose.noun_count(claim("sin-015")["value"], "year", "sin-015"),
    alibaba_decade=prose.count(claim("sin-043")["value"], "sin-043"),
    alibaba_beyond=prose.claim_text(claim("cto-001"), with_qualifier=False),
)

# %% [markdown]
# ## Electricity: a constraint for later
#
# American data centres are already hitting the grid: in {glue:md}`memphis_year`
# the Memphis grid could not carry Elon Musk's AI supercluster, and mobile gas
# turbines had to be brought in. Chinese ones, by the whitepaper's account, are
# not yet. Data centres are only
# {glue:md}`dc_rank` energy consumer in China.{glue:md}`grid_premise`
# The one pinch the whitepaper sees is local: despite a national surplus of
# electricity, some eastern cities with heavy computing demand may run short,
# one of the reasons it gives for sending computing west.
# Researchers at the Beijing Institute of Technology expect data centres'
# consumption to grow about {glue:md}`dc_growth` a year and their share of national
# electricity to go from {glue:md}`share_2025` in {glue:md}`share_from` to
# {glue:md}`share_2030` in {glue:md}`share_to`. The two
# forecasts together pin down a third number the source does not print: if
# data-centre use grows {glue:md}`dc_growth` a year while its share
# {glue:md}`share_change` over {glue:md}`share_span`, total electricity use must
# grow about {glue:md}`implied_national_growth` a year. The step is a
# division: the share is the sector's use over the total, so the total's
# yearly growth factor is the sector's divided by the share's, and a share
# that {glue:md}`share_change` over {glue:md}`share_span` grows about
# {glue:md}`share_yearly` a year. What remains for national use is well below
# the data centres' own {glue:md}`dc_growth`, so the whitepaper's two forecasts
# do not contradict each other; the whitepaper says as much in words, calling
# the sector's growth "far outpacing" the country's. The gap also shows why
# the state treats power as a planning problem rather than an
# emergency.{glue:md}`power_premise`
#
# Alibaba's own ambition is {glue:md}`steeper`. Its stated aim of a
# {glue:md}`alibaba_energy_multiple` rise in data-centre energy use from {glue:md}`energy_from`
# to {glue:md}`energy_to` implies about {glue:md}`alibaba_cagr` a year,
# {glue:md}`faster_than` the national forecast for the sector as a whole.

# %% tags=["hide-input"]
# Where data centres stand among China's energy users
dc_rank = claim("sin-021")
say(
    memphis_year=prose.year(row("sin-ev02")),
    dc_rank=prose.ranked(int(dc_rank["value"]), "largest", dc_rank),
    grid_premise=prose.premise(
        dc_rank["value"] > 5,
        "data centres rank below fifth among energy users",
        dc_rank,
    ),
)

# %% tags=["hide-input"]
# The two forecasts, and the national growth they imply: the sector's growth less its share's
growth_dc = claim("sin-022")
share_a = claim("sin-023")
share_b = claim("sin-024")
span = int(share_b["period"]) - int(share_a["period"])
dc_rate = growth_dc["value"] / 100
national = implied.total_growth(dc_rate, share_a["value"], share_b["value"], span)
plausible = 0.02 <= national <= min(0.08, dc_rate / 2)
share_yearly = compound_annual(share_b["value"] / share_a["value"], span)
share_change = prose.change(share_a["value"], share_b["value"], share_a, share_b)

# %% tags=["hide-input"]
# The forecasts in words
say(
    dc_growth=prose.claim_text(growth_dc, False),  # no hedge
    share_2025=share_a,
    share_2030=share_b,
    share_from=prose.year(share_a),
    share_to=prose.year(share_b),
    share_change=share_change,
    share_span=prose.noun_count(span, "year", share_a, share_b),
    implied_national_growth=prose.percent(
        national, growth_dc, share_a, share_b, digits=1
    ),
)

# %% tags=["hide-input"]
# The share's own yearly growth, and the premise: national growth plausible, below half the sector's
say(
    share_yearly=prose.percent(share_yearly, share_a, share_b),
    power_premise=prose.premise(
        plausible,
        "the implied growth of national electricity use lies between 2% and 8% a "
        "year, and below half the sector's",
        growth_dc,
        share_a,
        share_b,
    ),
)

# %% tags=["hide-input"]
# Alibaba's ten-fold aim as a yearly rate, against the sector's forecast growth
tenfold = claim("ess-007")
start = prose.year(tenfold)
end = prose.year(tenfold, end=True)
alibaba_cagr = compound_annual(tenfold["value"], int(end) - int(start))
rates_compared = [alibaba_cagr, dc_rate, tenfold, growth_dc]
say(
    alibaba_energy_multiple=tenfold,
    energy_from=start,
    energy_to=end,
    alibaba_cagr=prose.percent(alibaba_cagr, tenfold),
    steeper=prose.compared(
        *rates_compared, more="steeper", less="gentler", same="as steep"
    ),
    faster_than=prose.compared(
        *rates_compared, more="faster than", less="slower than", same="as fast as"
    ),
)

# %% [markdown]
# Efficiency rules do the rest. Power usage effectiveness (PUE) is the energy
# a data centre draws divided by the energy its computers use, so one is the
# ideal, and everything above it goes to cooling, power supply and the rest of
# the building. Large data centres must reach a power usage
# effectiveness of {glue:md}`pue_large` or better, which Sinolytics glosses
# as {glue:md}`pue_it_share` of energy reaching the computers; national hub
# centres must reach {glue:md}`pue_hub`. The gloss {glue:md}`pue_verdict`: one
# divided by the limit gives {glue:md}`pue_check`, and the whitepaper puts the
# remainder, {glue:md}`pue_rest`, on infrastructure support. New hub centres must also
# draw {glue:md}`green_share` of their energy from green sources. American
# firms are turning to nuclear reactors for their data centres; China has yet
# to build a nuclear-powered one, though state firms such as Qinshan Nuclear
# Power are exploring it.

# %% tags=["hide-input"]
# The efficiency rules; the gloss holds if one over the PUE is the share printed, to the per cent
pue = claim("sin-025")
it_share = claim("sin-026")
holds = round(100 / pue["value"]) == it_share["value"]
say(
    pue_large=prose.claim_text(pue, with_qualifier=False),
    pue_it_share=it_share,
    pue_hub=claim("sin-028"),
    pue_check=prose.percent(1 / pue["value"], pue),
    pue_rest=claim("sin-027"),
    green_share=claim("sin-029"),
    pue_verdict=prose.derived(
        "checks out" if holds else "does not check out", pue, it_share
    ),
)

# %% [markdown]
# ## Inference changes who can supply the chips
#
# The next wave of demand, on Sinolytics' reading, will come from running
# models rather than training them: inference already accounts for an
# estimated {glue:md}`inference_share` of machine-learning cloud demand.
# That matters more for China than the size of any target. Inference chips are
# easier to make than the training chips that export controls withhold, so a
# market tilted towards inference is one in which domestic suppliers can
# compete. Alibaba's bet is framed the same way: its chief executive expects
# only {glue:md}`hyperscalers` hyperscalers to survive worldwide, and
# Alibaba Cloud already holds {glue:md}`alibaba_share` of its home market.
# The inference estimate, though, is for machine-learning cloud demand in
# general, not for China's, and carries no
# date beyond "now": it shows where the market is heading, not what China's
# own data centres run.{glue:md}`inference_premise`
#
# The whitepaper's short history of demand explains why some of that capacity
# sits idle even though advanced chips stay scarce ({doc}`02_chips`). In
# {glue:md}`shortage_year` the rise of large models set off a rush
# for computing power and a shortage; by {glue:md}`idle_year` heavy investment
# had lifted supply, the model market had consolidated, and some data centres
# stood idle. DeepSeek's R1 then showed that advanced models can be trained
# with far less computing power, which may ease the pressure for a while; the
# whitepaper expects cheaper models to spread AI faster, and so to raise
# demand overall.
#
# ## What the figures support
#
# The ledger supports a narrower claim than the headlines. China is building
# capacity roughly on plan, and its forecasts of electricity for it hang
# together; it is spending far
# less than the United States, and it is spending it through a state network
# whose weak point inside the data centres is utilisation. Since inference
# already makes up most demand on Sinolytics' estimate, the constraint that
# matters there is shifting from how much capacity China can build to how well
# it can schedule the capacity it has, which is exactly where the sources find
# the plan weakest. Training is another matter: for the largest models the
# limit is still the supply of advanced chips.{glue:md}`support_premise`
#
# None of the figures measures utilisation itself. The idle and underused
# centres are the whitepaper's account in words, and the ledger holds no rate
# of use, so the weak point this chapter names rests on that account, not on a
# number.{glue:md}`utilisation_premise`

# %% tags=["hide-input"]
# Demand: inference, the surviving hyperscalers, and the years of shortage and idle capacity
inference = claim("sin-019")
say(
    shortage_year=prose.year(row("sin-ev13")),
    idle_year=prose.year(row("sin-ev14")),
    inference_share=inference,
    inference_premise=prose.premise(
        inference["country"] == "global",
        "the inference estimate is not given for China alone",
        inference,
    ),
    alibaba_share=claim("ess-010"),
    hyperscalers=hedges.either_or(claim("ess-015")),
)

# %% tags=["hide-input"]
# The closing premises sum up those above, and name their rows again if any fails
capacity_rows = [target, growth, observed]
electricity_rows = [growth_dc, share_a, share_b]
us_rows = [big_five, msft, capex, "ess-005", "sin-007", *rated]
say(
    support_premise=prose.premise(
        on_plan and plausible and dwarfed and capex_ratio >= 10,
        "capacity is on plan, the electricity forecasts agree and the American sums dwarf "
        "the Chinese",
        *capacity_rows,
        *electricity_rows,
        *us_rows,
    ),
    summary_premise=prose.premise(
        on_plan and us_ratio >= 10,
        "capacity is on plan and the American "
        "spending is at least ten times Alibaba's yearly average",
        *capacity_rows,
        big_five,
        "ess-005",
        *rated,
    ),
)

# %% tags=["hide-input"]
# The premise of the last paragraph: no compute figure in the ledger is a rate of use
say(
    utilisation_premise=prose.premise(
        # Any metric named for utilisation or utilization would be a rate of use.
        not compute["metric"].str.contains("utili").any(),
        "the ledger holds no figure for the utilisation of data centres",
        *compute["claim_id"],
    )
)

# %% [markdown]
# ## This chapter's ledger
#
# Every compute and energy figure, event and prediction in the ledger, with the
# words the source printed and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# Table: every compute and energy figure
tables.ledger_table(compute, "Compute and energy figures")

# %% tags=["hide-input"]
# Table: every compute and energy event
tables.ledger_table(events, "Compute and energy events")

# %% tags=["hide-input"]
# Table: every compute and energy prediction and target
tables.ledger_table(forecasts, "Compute and energy predictions and targets")
