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
# # Embodied AI and robots
#
# On the figures in the essay {cite:p}`bhambwani2025asi`, China's lead in
# embodied AI rests on making robots in volume and cheaply: China
# {glue:md}`ifr_rank` in industrial robot installations, its factories made
# {glue:md}`industrial_growth` industrial robots in the first half of
# {glue:md}`h1_year` than a year earlier, and a robotic arm costs
# {glue:md}`arm_multiple` as much to make in the United States. The size of
# the market is unsettled: Morgan Stanley's robot market is
# {glue:md}`eai_times` the essay's embodied-intelligence market, so the prize
# depends on what one counts. And in autonomous driving, Brookings
# {cite:p}`brookings2026races` counts the American Waymo and Tesla
# {glue:md}`waymo_rank` the world's leaders.{glue:md}`summary_premise`
#
# Robots, humanoids, cars and phones that act for their owners all need what
# China has most of: factories, supply chains and cheap manufacturing at
# scale. The chapter measures the stock and output of robots, the money
# flowing into humanoids, the market forecasts, the cost gap with the United
# States, and the consumer devices in which AI agents already act.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder and a yuan-per-dollar rate.
data_dir = "../data"
# None uses the median rate that the sources' own two-currency restatements imply.
cny_per_usd = None

# %% tags=["hide-input"]
# The chapter's ledger rows, and the yuan-per-dollar rate with the rows behind it.
import pandas as pd

from airaces import (
    chapter,
    compare,
    dating,
    growth,
    money,
    prose,
    recipes,
    tables,
)

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("embodied")
claim = book.claim
say = prose.glue
rates = money.implied_rates(book.ledger.claims)
rate = money.rate_to_use(rates, cny_per_usd)
fx = money.rate_ids(rates)

# %% [markdown]
# ## Robot stock and output
#
# China {glue:md}`ifr_rank` in industrial robot installations, the essay
# {cite:p}`bhambwani2025asi` reports from the International Federation of
# Robotics. Installations are a yearly flow; the stock of robots at work, by
# the same account, is a record {glue:md}`robot_stock`. Output is still
# climbing fast. In the first half of {glue:md}`h1_year` Chinese factories
# made {glue:md}`industrial_h1` industrial robots,
# {glue:md}`industrial_growth` than a year earlier, and
# {glue:md}`service_h1` service robots, {glue:md}`service_growth`. The
# growth rates let us recover output for the first half of
# {glue:md}`h1_before`, which the source does not print: about {glue:md}`industrial_h1_2024` industrial and
# {glue:md}`service_h1_2024` service robots. {numref}`fig-embodied-output`
# shows both halves, in small multiples because the factories made
# {glue:md}`svc_vs_ind`.{glue:md}`output_premise`
#
# The three measures are not one series. Installations and the stock count
# robots put to work in China; output counts the robots its factories made,
# wherever they end up. The essay gives the stock no year, so it cannot be
# set beside the output of a given half-year. And output is counted in units,
# a service robot the same as an industrial one, so the two panels compare
# how many machines of each kind were made, not what they are worth.

# %% tags=["hide-input"]
# Robot output in the first half of the year, and the half a year earlier its growth implies.
ind = claim("ess-055")
svc = claim("ess-056")
ind_g = claim("ess-057")
svc_g = claim("ess-058")
ind_prev = growth.base_before_growth(ind["value"], ind_g["value"])
svc_prev = growth.base_before_growth(svc["value"], svc_g["value"])
year = prose.year(ind)
say(
    industrial_h1=ind,
    h1_year=year,
    service_h1=svc,
    industrial_growth=growth.more_or_fewer(ind_g),
    service_growth=growth.more_or_fewer(svc_g),
    h1_before=prose.derived(str(int(year) - 1), ind, ind_g),
    industrial_h1_2024=prose.amount(round(ind_prev, -3), "count", ind, ind_g),
    service_h1_2024=prose.amount(svc_prev, "count_mn", svc, svc_g, digits=2),
)

# %% tags=["hide-input"]
# China's place in installations, its stock of robots, and service against industrial output.
ifr = claim("ess-026")
leads = ifr["value"] == 1
# Service output is printed in millions, industrial output in units.
ratio = svc["value"] * 1e6 / ind["value"]
say(
    ifr_rank=compare.world_place(ifr),
    robot_stock=claim("ess-025"),
    svc_vs_ind=compare.as_many(ratio, ("service", "industrial"), "robots", ind, svc),
    output_premise=prose.premise(
        min(ind_g["value"], svc_g["value"]) > 10,
        "both industrial and service robot output grew by more than 10% on a year earlier",
        ind_g,
        svc_g,
    ),
)

# %% tags=["hide-input", "remove-output"]
# The four bars: each kind of robot in the first half, and a year earlier, in millions.
halves = dict(now=f"{year} H1", before=f"{int(year) - 1} H1 (implied)")
industrial = growth.before_and_after(ind, ind_g, panel="Industrial robots", **halves)
service = growth.before_and_after(
    svc, svc_g, panel="Service robots", **halves, units=1e6
)
output = pd.concat([industrial, service], ignore_index=True)
output_chart = recipes.before_after_bars(
    output.assign(units_mn=output["units"] / 1e6),
    value="units_mn",
    axis_title="Units made, millions",
    tooltip_title="Million units",
    value_format=",.3~r",
    stage_title="Half-year",
)

# %% tags=["hide-input", "remove-output"]
# The figure, described in words.
say(
    fig_output=book.figure(
        output_chart,
        figure_id="embodied-robot-output",
        title=f"Robot output, first half of {year} against a year earlier",
        subtitle="Units made in China. Solid: observed; "
        "hollow: the earlier base implied by the stated growth.",
        rows=output,
        extra_columns=("units",),
        description=growth.robot_output_description(ind, ind_g, svc, svc_g),
        note="The earlier values are derived: "
        "the later output divided by one plus the stated growth.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_output
# :name: fig-embodied-output
#
# Output by half-year. Each panel has its own scale.
# ```
#
# ## Humanoids and the money behind them
#
# Humanoid robots are the showcase. At the World Artificial Intelligence
# Conference in Shanghai in {glue:md}`waic_year`, {glue:md}`waic_humanoids`
# humanoids were on show. {glue:md}`designation_when`, the essay says, Beijing
# designated embodied intelligence a key future industry.{glue:md}`designation_note`
# That is a different step from the one Brookings {cite:p}`brookings2026races`
# reports without a date: China's latest five-year plan made embodied AI a
# target industry. Financing followed: humanoid makers raised
# {glue:md}`humanoid_cny` ({glue:md}`humanoid_usd` in the essay's own
# conversion) in the first half of {glue:md}`h1_year`, a record for a
# half-year, and the essay adds that {glue:md}`fundraising_share` went to
# embodied-intelligence start-ups. Brookings describes
# Unitree, UBTech and AgiBot racing to mass-produce humanoids
# {glue:md}`by_thousands`, and the essay says that AgiBot and Unitree are
# already landing orders from state-owned firms. Sinolytics, more cautiously,
# notes that large-scale deployment of humanoids remains a long-term goal.
#
# None of the sources counts the humanoids made or sold. The humanoids at the
# conference, {glue:md}`waic_humanoids` of them, were a showcase; "by the
# thousands" is a goal whose size the words do not fix; and the money raised
# is a bet on future output, not a measure of it. Sinolytics puts the leading
# start-ups at small-scale production.
#
# (robot-market)=
# ## Market forecasts
#
# Morgan Stanley, as cited in the essay, expects China's addressable market
# for robots to grow from {glue:md}`ms_2024` in {glue:md}`ms_start_year` to
# {glue:md}`ms_2028` in {glue:md}`ms_end_year`, {glue:md}`ms_segments`. It
# says the market {glue:md}`ms_multiple`. The two endpoints imply
# {glue:md}`ms_cagr` a year for the market as a whole and
# {glue:md}`ms_implied_multiple` the starting size, {glue:md}`ms_vs_double`
# an even doubling. {glue:md}`segments_vs_market` it names grows faster
# than that, so the segments it leaves out must grow more slowly.{glue:md}`segments_premise`
#
# The essay also expects the embodied-intelligence market to
# reach {glue:md}`eai_market` in {glue:md}`eai_year`, which at
# {ref}`the book's exchange rate <exchange-rates>` is
# {glue:md}`eai_market_usd`, or {glue:md}`eai_share` of Morgan Stanley's
# figure for {glue:md}`ms_start_year`: a tiny sum beside it, which shows how
# much depends on what "robot market" covers.{glue:md}`market_premise`
#
# Both are forecasts, not measurements. The implied {glue:md}`ms_cagr` a year
# is the average rate that joins Morgan Stanley's two endpoints, not a rate
# it forecasts for any single year. And the essay defines neither market,
# so a reader cannot tell what either one counts.

# %% tags=["hide-input"]
# The humanoids: WAIC, the designation in March, and the money raised.
waic = claim("ess-024")
# The essay prints "In March" with no year; the year is the ledger's reading, and the text says so.
designation = book.row("ess-ev03")
say(
    waic_year=prose.year(waic),
    waic_humanoids=prose.derived(prose.claim_text(waic), waic, "ess-ev02"),
    designation_when=dating.in_month(designation),
    designation_note=dating.month_alone_note(designation),
    humanoid_cny=claim("ess-031"),
    humanoid_usd=claim("ess-032"),
    fundraising_share=prose.quote(claim("ess-030")),
    by_thousands=prose.derived("by the thousands", "brk-014"),
)

# %% tags=["hide-input"]
# Morgan Stanley's robot market: its start and end, and the growth they imply.
ms_x = claim("ess-049")
ms_end = claim("ess-050")
ms_start = claim("ess-051")
ms_growth = ms_end["value"] / ms_start["value"]
implied = growth.annual_between(ms_start, ms_end)  # per cent a year
say(
    ms_2024=ms_start,
    ms_2028=ms_end,
    ms_start_year=prose.year(ms_start),
    ms_end_year=prose.year(ms_end),
    ms_multiple=prose.quote(ms_x),
    ms_cagr=prose.percent(implied / 100, ms_end, ms_start),
    ms_implied_multiple=prose.times(ms_growth, ms_end, ms_start),
    ms_vs_double=prose.compared(
        ms_growth,
        ms_x["value"],
        ms_x,
        more="more than",
        less="less than",
        same="exactly",
    ),
)

# %% tags=["hide-input"]
# The segments Morgan Stanley names, fastest first, against the market as a whole.
cagr = [claim(i) for i in ("ess-052", "ess-053", "ess-054")]
slowest = min(r["value"] for r in cagr)
say(
    ms_segments=growth.fastest_first(cagr),
    segments_vs_market=prose.derived(
        ("Not every" if slowest <= implied else "Each") + " segment", *cagr
    ),
    segments_premise=prose.premise(
        slowest > implied,
        "every segment Morgan Stanley names grows faster than the market as a whole",
        *cagr,
        ms_end,
        ms_start,
    ),
)

# %% tags=["hide-input"]
# The essay's embodied-intelligence market in dollars, against Morgan Stanley's robot market.
eai = claim("ess-029")
eai_usd_bn = eai["value"] / rate
say(
    eai_market=eai,
    eai_year=prose.year(eai),
    eai_times=prose.times(ms_start["value"] / eai_usd_bn, eai, ms_start, fx),
    eai_market_usd=prose.amount(
        eai_usd_bn * 1000, "USD_mn", eai, fx, digits=0, qualifier="about"
    ),
    eai_share=prose.percent(
        eai_usd_bn / ms_start["value"], eai, ms_start, fx, digits=1
    ),
    market_premise=prose.premise(
        eai_usd_bn < ms_start["value"] / 10,
        "the embodied-intelligence market is less than a tenth of Morgan Stanley's robot market",
        eai,
        ms_start,
        fx,
    ),
)

# %% [markdown]
# ## The cost advantage
#
# The sharpest numbers in the chapter are about price. The essay reports that
# making a robotic arm of similar specification costs {glue:md}`arm_multiple`
# as much in the United States as in China, and that Boston Dynamics' Spot
# costs {glue:md}`spot_multiple` the starting price of Unitree's Go2
# quadruped. The two are not alike: the arm compares what it
# costs to make arms of similar specification, the quadrupeds what a buyer
# pays. The second is the weaker: the essay calls the two robots similar but
# gives neither's specification, and a starting price is the cheapest version
# of a robot. Brookings draws the same conclusion from
# structure rather than prices: overlapping hardware ecosystems and the
# ability to manufacture cheaply at scale give China a sizable
# advantage.{glue:md}`cost_premise`
#
# The essay gives one comparison for arms and one for quadrupeds, so the
# book cannot say how large the gap is for robots of other kinds. The
# essay puts the gap down to China's manufacturing system, its industrial
# support and its integrated supply chains, and grants that American
# companies can match the technical sophistication; its claim is that they
# cannot yet match the cost.

# %% tags=["hide-input"]
# The two cost comparisons, each as the US figure over China's.
arm = claim("ess-060")
go2 = claim("ess-061")
# The arm is printed that way, the Go2 the other way round.
spot = 1 / go2["value"]
us_higher = arm["value"] > 1 > go2["value"]
say(
    arm_multiple=prose.times(arm["value"], arm),
    spot_multiple=prose.times(spot, go2),
    cost_premise=prose.premise(
        us_higher,
        "the US figure is the higher in both comparisons",
        arm,
        go2,
    ),
)

# %% [markdown]
# ## Agentic phones, cars and robotaxis
#
# The last frontier is consumer hardware. Brookings judges China
# {glue:md}`phones_rank` on truly agentic smartphones, which operate apps as
# a person would: ByteDance and ZTE sell a phone whose assistant operates apps
# by voice, Huawei builds an agent-to-agent framework with app developers, and
# Alibaba wires agentic features into its consumer services around its Qwen
# app, while Apple has not shipped comparable features. Chinese carmakers
# build voice assistants and assisted driving into their cars, and robotaxis
# from WeRide, Baidu's Apollo Go and Pony.ai are expanding across the world's
# cities. In autonomous driving itself, though, Brookings still counts Waymo
# and Tesla {glue:md}`waymo_rank` the world's leaders. The essay's aside, that a company which
# has mastered getting dumplings delivered in {glue:md}`dumplings` will find a
# humanoid robot the logical next step, is a joke, but the point behind it is
# serious: the companies that mastered logistics at scale are the ones now
# moving into machines.
#
# Here Brookings compares without numbers: it counts no phones sold and no
# miles driven, so the ledger records its judgements as places, and the
# chapter cannot say how far ahead either side is. Brookings also notes that
# China's agentic phones have already run into trouble getting access to
# major apps such as WeChat.
#
# ## What the figures support
#
# On the sources' own figures, China's lead in embodied AI rests on making
# robots in volume and making them cheaply: it leads the world in
# installations, its output is still growing, and comparable American
# machines cost a multiple of Chinese ones. The money and the markets are
# harder to read. Humanoid financing reached a record in the first half of
# {glue:md}`h1_year`, by the essay's account, at {glue:md}`humanoid_usd`;
# but the market it bets on has no agreed size. Morgan Stanley's robot market
# is {glue:md}`eai_times` the essay's embodied-intelligence market, so the
# size of the prize depends on what one counts. And in autonomous driving, the
# leaders Brookings names are American.{glue:md}`summary_premise`

# %% tags=["hide-input"]
# Phones and driving: where Brookings places China and the United States.
phones = claim("brk-016")
waymo = claim("brk-017")
ahead = "ahead of" if phones["value"] == 1 else "behind"
say(
    phones_rank=prose.derived(f"{ahead} the United States", phones),
    waymo_rank=prose.derived("among" if waymo["value"] == 1 else "behind", waymo),
    dumplings=claim("ess-033"),
)

# %% tags=["hide-input"]
# The premise of the chapter's summary, across its sections.
say(
    summary_premise=prose.premise(
        leads
        and min(ind_g["value"], svc_g["value"]) > 0
        and waymo["value"] == 1
        and us_higher,
        "China leads in installations, its robot output grew, the US figure is the "
        "higher in both cost comparisons and Brookings names Waymo and Tesla among "
        "the leaders",
        ifr,
        ind_g,
        svc_g,
        arm,
        go2,
        waymo,
    ),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every embodied-AI figure, event and prediction, with the words the source
# printed and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
# The chapter's figures, as a table.
tables.ledger_table(claims, "Embodied AI figures")

# %% tags=["hide-input"]
# The chapter's events, as a table.
tables.ledger_table(events, "Embodied AI events")

# %% tags=["hide-input"]
# The chapter's predictions, as a table.
tables.ledger_table(forecasts, "Embodied AI predictions")
