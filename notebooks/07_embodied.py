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
# The race in which the sources see China furthest ahead is the one that
# happens off the screen. Robots, humanoids, cars and phones that act for
# their owners all need what China has most of: factories, supply chains and
# cheap manufacturing at scale. This chapter measures the stock and output of
# robots, the money flowing into humanoids, the market forecasts, the cost
# gap with the United States, and the consumer devices in which AI agents
# already act.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read, and the
# yuan-per-dollar rate for converting amounts. None uses the median rate that
# the sources' own two-currency restatements imply.
data_dir = "../data"
cny_per_usd = None

# %% tags=["hide-input"]
import altair as alt
import pandas as pd

from airaces import chapter, charts, money, prose, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("embodied")
claim, say = book.claim, prose.glue
rates = money.implied_rates(book.ledger.claims)
rate = money.rate_to_use(rates, cny_per_usd)

# %% [markdown]
# ## Robot stock and output
#
# China {glue:md}`ifr_rank` the world in industrial robot installations, the
# essay reports from the International Federation of Robotics, with
# {glue:md}`robot_stock` robots in operation. Output is still climbing fast.
# In the first half of {glue:md}`h1_year` Chinese factories made {glue:md}`industrial_h1`
# industrial robots, {glue:md}`industrial_growth` more than a year earlier,
# and {glue:md}`service_h1` service robots, up {glue:md}`service_growth`.
# The growth rates let us recover the same half a year earlier, which the source
# does not print: about {glue:md}`industrial_h1_2024` industrial and
# {glue:md}`service_h1_2024` service robots. {numref}`fig-embodied-output` shows both
# halves, in small multiples because service robots outnumber industrial ones
# by about {glue:md}`svc_vs_ind` to one.

# %% tags=["hide-input"]
ifr, ind, svc, ind_g, svc_g = (claim(i) for i in ("ess-026", "ess-055", "ess-056", "ess-057", "ess-058"))
# The half a year earlier is not printed: it is the later output divided by one plus the stated growth.
ind_prev, svc_prev = ind["value"] / (1 + ind_g["value"] / 100), svc["value"] / (1 + svc_g["value"] / 100)
year = prose.year(ind)
now, before = f"{year} H1", f"{int(year) - 1} H1 (implied)"
output = pd.DataFrame([
    {**ind.to_dict(), "units": ind["value"], "half": now, "robots": "Industrial robots"},
    {**ind_g.to_dict(), "units": ind_prev, "half": before, "robots": "Industrial robots", "kind": "derived"},
    {**svc.to_dict(), "units": svc["value"] * 1e6, "half": now, "robots": "Service robots"},
    {**svc_g.to_dict(), "units": svc_prev * 1e6, "half": before, "robots": "Service robots", "kind": "derived"}])
bars = alt.Chart(output.assign(units_k=output["units"] / 1000)).mark_bar(size=28, strokeWidth=2.5).encode(
    x=alt.X("half:N", title=None, sort="ascending", axis=alt.Axis(labelAngle=0)),
    y=alt.Y("units_k:Q", title="Units made, thousands"), fill=charts.kind_fill(), stroke=charts.country_stroke(),
    tooltip=charts.tooltips(alt.Tooltip("units_k:Q", title="Thousand units", format=",.0f"),
                            alt.Tooltip("half:N", title="Half-year")),
).properties(width=150, height=200)
header = alt.Header(labelFontWeight="bold", labelFontSize=12)
say(ifr_rank=prose.derived("leads", ifr) if ifr["value"] == 1 else ifr, robot_stock=claim("ess-025"),
    industrial_h1=ind, h1_year=year, industrial_growth=ind_g, service_h1=svc, service_growth=svc_g,
    svc_vs_ind=prose.derived(prose.number(svc["value"] * 1e6 / ind["value"], 0), ind, svc),
    industrial_h1_2024=prose.amount(round(ind_prev, -3), "count", ind, ind_g),
    service_h1_2024=prose.amount(svc_prev, "count_mn", svc, svc_g, digits=2), fig_output=book.figure(
        bars.facet(column=alt.Column("robots:N", title=None, header=header)).resolve_scale(y="independent"),
        figure_id="embodied-robot-output", title=f"Robot output, first half of {year} against a year earlier",
        subtitle="Units made in China. Solid: observed; hollow: the earlier base implied by the stated growth.",
        rows=output, extra_columns=("units",),
        description=(f"Two bar charts. Industrial robots: about {ind_prev / 1000:.0f} thousand in the first half of "
                     f"2024 (implied) and {ind['value'] / 1000:.0f} thousand in 2025. Service robots: about "
                     f"{svc_prev:.2f} million (implied) and {svc['value']} million."),
        note="The earlier values are derived: the later output divided by one plus the stated growth."))

# %% [markdown]
# ```{glue:figure} fig_output
# :name: fig-embodied-output
#
# Output by half-year. Each panel has its own scale.
# ```
#
# ## Humanoids and the money behind them
#
# Humanoid robots are the showcase. More than {glue:md}`waic_humanoids`
# humanoids were on show at the World Artificial Intelligence Conference in
# Shanghai in {glue:md}`waic_year`, and Beijing named embodied intelligence a key future
# industry in {glue:md}`designation_date`. Financing followed: humanoid
# makers raised {glue:md}`humanoid_cny` ({glue:md}`humanoid_usd` in the
# essay's conversion) in the first half of {glue:md}`h1_year`, and
# {glue:md}`fundraising_share` of China's AI fundraising that year went to
# embodied-intelligence start-ups. At the {glue:md}`chosen_rate` yuan per
# dollar used in this chapter, the first-half financing is worth
# {glue:md}`humanoid_usd_chosen`. Brookings {cite:p}`brookings2026races` describes Unitree, UBTech and
# AgiBot racing to build humanoids {glue:md}`by_thousands`, and Sinolytics,
# more cautiously, notes that large-scale commercial use is still ahead.
#
# ## Market forecasts
#
# Morgan Stanley, as cited in the essay {cite:p}`bhambwani2025asi`, expects China's addressable market
# for robots to {glue:md}`ms_multiple`, from {glue:md}`ms_2024` in
# {glue:md}`ms_start_year` to {glue:md}`ms_2028` in {glue:md}`ms_end_year`, fastest in collaborative robots
# ({glue:md}`cagr_collab` a year), then mobile ({glue:md}`cagr_mobile`) and
# service robots ({glue:md}`cagr_service`). The two endpoints imply
# {glue:md}`ms_cagr` a year for the market as a whole, and a multiple of
# {glue:md}`ms_implied_multiple` rather than an even doubling. The essay also
# expects the embodied-intelligence market to reach {glue:md}`eai_market` in
# {glue:md}`eai_year`, which at the chosen rate is {glue:md}`eai_market_usd`: a tiny figure
# beside Morgan Stanley's, which shows how much depends on what "robot market"
# covers.

# %% tags=["hide-input"]
waic, cny_h, usd_h, ms_x, ms_end, ms_start, eai = (
    claim(i) for i in ("ess-024", "ess-031", "ess-032", "ess-049", "ess-050", "ess-051", "ess-029"))
designation = book.events.set_index("event_id", drop=False).loc["ess-ev03"]
ms_growth, ms_years = ms_end["value"] / ms_start["value"], int(ms_end["period"]) - int(ms_start["period"])
say(waic_year=prose.year(waic), waic_humanoids=prose.amount(waic["value"], "count", waic, "ess-ev02"),
    designation_date=prose.date(designation), humanoid_cny=cny_h, humanoid_usd=usd_h,
    fundraising_share=prose.quote(claim("ess-030")), by_thousands=prose.quote(claim("brk-014")),
    chosen_rate=prose.derived(prose.number(rate, 2), [*rates["quote_claim"], *rates["base_claim"]]),
    humanoid_usd_chosen=prose.amount(cny_h["value"] / rate, "USD_bn", cny_h, digits=2, qualifier="over"),
    ms_multiple=prose.quote(ms_x), ms_2024=ms_start, ms_2028=ms_end, ms_start_year=prose.year(ms_start),
    ms_end_year=prose.year(ms_end), ms_cagr=prose.percent(ms_growth ** (1 / ms_years) - 1, ms_end, ms_start),
    ms_implied_multiple=prose.derived(prose.number(ms_growth, 1), ms_end, ms_start, ms_x),
    cagr_collab=claim("ess-052"), cagr_mobile=claim("ess-053"), cagr_service=claim("ess-054"),
    eai_market=eai, eai_year=prose.year(eai),
    eai_market_usd=prose.amount(eai["value"] / rate * 1000, "USD_mn", eai, digits=0, qualifier="about"))

# %% [markdown]
# ## The cost advantage
#
# The sharpest numbers in the chapter are about price. The essay reports that
# making a robotic arm of similar specification costs {glue:md}`arm_multiple`
# as much in the United States as in China, and that Unitree's Go2 quadruped
# starts at {glue:md}`go2_fraction` of the price of Boston Dynamics' Spot,
# which is to say Spot costs about {glue:md}`spot_multiple` times as much. The
# {numref}`fig-embodied-cost` puts both on one scale: the American price as a multiple of
# the Chinese one. Brookings draws the same conclusion from structure rather
# than prices: overlapping hardware ecosystems and the ability to manufacture
# cheaply at scale give China a sizable advantage.

# %% tags=["hide-input"]
arm, go2 = claim("ess-060"), claim("ess-061")
spot = prose.number(round(1 / go2["value"]))
# Both comparisons as the US figure over China's: the arm is printed that way, the Go2 the other way round.
gap = pd.DataFrame([arm, go2]).assign(us_multiple=[arm["value"], 1 / go2["value"]])
base = alt.Chart(gap).encode(y=alt.Y("entity:N", title=None, axis=alt.Axis(labelLimit=300)))
bars = base.mark_bar(size=26, color=charts.COUNTRY_COLOURS["US"]).encode(
    x=alt.X("us_multiple:Q", title="US price or cost as a multiple of China's (log scale)",
            scale=alt.Scale(type="log", domain=[1, 100])),
    tooltip=charts.tooltips(alt.Tooltip("us_multiple:Q", title="Multiple", format=".1f")))
text = base.mark_text(align="left", dx=6, fontSize=12).encode(x="us_multiple:Q",
                                                             text=alt.Text("us_multiple:Q", format=".1f"))
say(arm_multiple=prose.derived(prose.claim_text(arm).replace("-fold", " times"), arm),
    go2_fraction=prose.derived("1/" + spot, go2, "ess-062"), spot_multiple=prose.derived(spot, go2),
    fig_cost=book.figure(
        (bars + text).properties(height=110), figure_id="embodied-cost-gap",
        title="What the same robot costs in the US", rows=gap, extra_columns=("us_multiple",),
        subtitle="The US figure as a multiple of China's; 1 would mean parity. Both observed.",
        description=(f"Bar chart on a log scale: a US robotic arm costs {arm['value']} times as much to make; Boston "
                     f"Dynamics' Spot costs about {1 / go2['value']:.0f} times the Unitree Go2's starting price."),
        note="The arm compares manufacturing costs; the quadrupeds compare list prices of similar robots."))

# %% [markdown]
# ```{glue:figure} fig_cost
# :name: fig-embodied-cost
#
# Two cost comparisons from the essay, drawn on a log scale so that both fit.
# ```
#
# ## Agentic phones, cars and robotaxis
#
# The last frontier is consumer hardware. Brookings judges that China is
# {glue:md}`phones_rank`: ByteDance and ZTE sell a phone whose assistant
# operates apps by voice, Huawei builds an agent-to-agent framework with app
# developers, and Alibaba wires its Qwen app into its own services, while
# Apple has not shipped comparable features. Chinese carmakers build AI
# assistants and assisted driving into their cars, and robotaxis from WeRide,
# Baidu's Apollo Go and Pony.ai are expanding abroad. In autonomous driving
# itself, though, Brookings still counts Waymo and Tesla as
# {glue:md}`waymo_rank`. The essay's aside that food platforms that deliver
# dumplings {glue:md}`dumplings` are now building robots is a joke, but the
# point behind it is serious: the companies that mastered logistics at scale
# are the ones now moving into machines.

# %% tags=["hide-input"]
say(phones_rank=prose.quote(claim("brk-016")), waymo_rank=prose.quote(claim("brk-017")),
    dumplings=prose.quote(claim("ess-033")))

# %% [markdown]
# ## This chapter's ledger
#
# Every embodied-AI figure, event and prediction, with the words the source
# printed and where. The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(claims, "Embodied AI figures")

# %% tags=["hide-input"]
tables.ledger_table(events, "Embodied AI events")

# %% tags=["hide-input"]
tables.ledger_table(forecasts, "Embodied AI predictions")
