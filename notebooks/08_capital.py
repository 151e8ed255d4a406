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
# # Money
#
# Money is the measure on which the American race is easiest to see and the
# Chinese one easiest to underrate. This chapter gathers every amount the
# five sources print, in every theme, and puts them in one currency so that
# they can be compared. The exchange rate is a parameter: by default it is the
# median of the rates the sources themselves imply when they print an amount
# twice, and an analyst can rerun the chapter at any other rate.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read, the
# yuan-per-dollar rate and the dollars-per-euro rate for converting amounts.
# None uses the median rate that the sources' own restatements imply.
data_dir = "../data"
cny_per_usd = None
usd_per_eur = None

# %% tags=["hide-input"]
import altair as alt
import pandas as pd

from airaces import chapter, charts, money, prose, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("capital")
claim, say = book.claim, prose.glue
rates, euro_rates = money.implied_rates(book.claims), money.implied_rates(book.claims, quote="USD", base="EUR")
rate, eur = money.rate_to_use(rates, cny_per_usd), money.rate_to_use(euro_rates, usd_per_eur)

# %% [markdown]
# ## The exchange rate the sources use
#
# {glue:md}`n_cny_pairs` amounts in the ledger are printed in both yuan and dollars on the
# same line, and {glue:md}`n_eur_pairs` in dollars and euros. Each pair is a conversion its author
# made, so each implies a rate. The yuan rates run from {glue:md}`rate_min` to
# {glue:md}`rate_max` per dollar, a spread of {glue:md}`rate_spread`; this
# chapter converts at {glue:md}`rate_used`, {glue:md}`rate_basis`. The digest's
# euro conversion implies {glue:md}`eur_implied` dollars per euro, and the
# chapter uses {glue:md}`eur_used`. {numref}`fig-capital-rates` shows each implied rate beside
# the one in use, so the reader can see how much the choice matters: at these
# spreads, no amount below moves by more than a few per cent.

# %% tags=["hide-input"]
# Each implied rate rests on both amounts of its pair; it is drawn at the amount printed in yuan.
cny_ids, eur_ids = ([*r["quote_claim"], *r["base_claim"]] for r in (rates, euro_rates))
lo, hi = rates["rate"].min(), rates["rate"].max()
implied = rates.join(book.claims.set_index("claim_id")[["entity", "as_printed", "citation", "country"]],
                     on="quote_claim")
tips = [alt.Tooltip("entity:N", title="Amount"), alt.Tooltip("rate:Q", title="Implied rate", format=".3f"),
        alt.Tooltip("as_printed:N", title="As printed (yuan)"), alt.Tooltip("citation:N", title="Source"),
        alt.Tooltip("quote_claim:N", title="Ledger id (yuan)"), alt.Tooltip("base_claim:N", title="Ledger id ($)")]
dots = alt.Chart(implied).mark_point(size=180, filled=True, opacity=1).encode(
    x=alt.X("rate:Q", title="Yuan per US dollar", scale=alt.Scale(zero=False, padding=20)), tooltip=tips,
    y=alt.Y("entity:N", title=None, sort="x", axis=alt.Axis(labelLimit=260)), color=charts.country_colour())
chosen = alt.Chart(pd.DataFrame({"rate": [rate], "label": [f"used: {rate:.2f}"]})).encode(x="rate:Q")
rule = chosen.mark_rule(strokeDash=[4, 3], color="#333")
label = chosen.mark_text(align="left", dx=4, dy=-6, fontSize=11, color="#333").encode(y=alt.value(0), text="label:N")
say(n_cny_pairs=prose.count(len(rates), cny_ids, capitalise=True), n_eur_pairs=prose.count(len(euro_rates), eur_ids),
    rate_min=prose.derived(prose.number(lo, 2), cny_ids), rate_max=prose.derived(prose.number(hi, 2), cny_ids),
    rate_spread=prose.percent(hi / lo - 1, cny_ids, digits=1), rate_used=prose.derived(prose.number(rate, 2), cny_ids),
    rate_basis="the rate chosen for this run" if cny_per_usd is not None
    else prose.derived(f"the median of the {len(rates)} implied rates", cny_ids),
    eur_implied=prose.derived(prose.number(euro_rates["rate"].iloc[0], 3), eur_ids),
    eur_used=prose.derived(prose.number(eur, 3), eur_ids), fig_rates=book.figure(
        (rule + dots + label).properties(height=160), figure_id="capital-implied-rates",
        title="The exchange rates the sources imply", rows=book.claims[book.claims["claim_id"].isin(cny_ids)],
        subtitle="Yuan per dollar implied by each amount printed in both currencies. The dashed line is the rate used.",
        description=(f"Dot plot of {len(rates)} implied exchange rates from {lo:.2f} to {hi:.2f} yuan per dollar; "
                     f"the chapter converts at {rate:.2f}.")))

# %% [markdown]
# ```{glue:figure} fig_rates
# :name: fig-capital-rates
#
# Implied exchange rates. Hover for the amount as printed and its source.
# ```
#
# ## Every amount, in one currency
#
# {numref}`fig-capital-amounts` shows every amount in the ledger that the words fix, each
# converted to dollars and placed on a log scale, grouped by theme and
# coloured by country. Amounts printed twice are drawn once, in the currency
# printed first. The picture is lopsided in the way the sources say it is. The
# largest American figures, led by {glue:md}`largest_us`, are in the hundreds
# of billions or trillions of dollars; the largest Chinese one, the digest's {cite:p}`digest2025china`
# expected national AI spending of {glue:md}`cn_national` this year, is of the
# same order as a single US hyperscaler's capital budget.

# %% tags=["hide-input"]
# A figure restated elsewhere is drawn once: keep the first row of each pair.
money_rows = book.claims[book.claims["unit"].isin(money.SCALE_BN) & book.claims["value"].notna()]
amounts = money_rows[~(money_rows["pair_id"].notna() & money_rows.duplicated("pair_id"))]
amounts = amounts.assign(usd_bn=money.to_usd_bn(amounts, rate, usd_per_eur=eur),
                         label=amounts["entity"] + ": " + amounts["metric"].str.replace("_", " "),
                         theme_label=amounts["theme"].str.capitalize())
largest_us = amounts[amounts["country"] == "US"].sort_values("usd_bn").iloc[-1]

# One panel per theme, largest first, on one shared log scale.
bounds = charts.qualifier_bounds(amounts, value="usd_bn")
panels = charts.amounts(amounts, value="usd_bn", axis_title="US$ billion at the rates used (log scale)",
                        domain=(bounds["low"].min() / 2, bounds["high"].max() * 2), value_format=",.3~f",
                        label_limit=230, panel="theme_label")
say(largest_us=prose.derived(f"{largest_us['entity']}'s {prose.claim_text(largest_us)}", largest_us),
    cn_national=claim("dig-001"), fig_amounts=book.figure(
        panels.configure_axisY(labelFontSize=10),
        figure_id="capital-all-amounts", title="Every amount in the ledger, in dollars",
        subtitle=(f"US$ billion at {rate:.2f} yuan per dollar, log scale. "
                  "Solid: observed; hollow: estimates, targets, forecasts."),
        rows=amounts, extra_columns=("usd_bn",),
        description=(f"Dot plot on a log scale of {len(amounts)} amounts converted to US dollars, by theme. "
                     f"The largest is {largest_us['entity']}'s {largest_us['as_printed']}."),
        note="Grey bands show the side of the printed amount a hedge points to. Periods differ; hover for each."))

# %% [markdown]
# ```{glue:figure} fig_amounts
# :name: fig-capital-amounts
#
# All amounts, converted at the rates above. Hover over a point for the
# span as printed, its period and its source.
# ```
#
# ## Capital spending, US against China
#
# The American hyperscalers' capital spending is the clearest series in the
# ledger, though it is pieced together from sources that count different
# companies. The top five spent {glue:md}`capex_2024` in {glue:md}`top_five_year`, up
# {glue:md}`capex_growth`; US hyperscalers were expected to spend
# {glue:md}`capex_2025` in {glue:md}`expected_year`, with Amazon at {glue:md}`amazon` and
# Microsoft at {glue:md}`microsoft`; and Brookings {cite:p}`brookings2026races` reports that the "Big
# Four" announced {glue:md}`capex_2026` of AI spending for {glue:md}`big_four_year`. Against that,
# Alibaba's plan of {glue:md}`alibaba_plan` over {glue:md}`alibaba_years` is about
# {glue:md}`alibaba_year` a year at the chosen rate.
#
# The state's funds are the Chinese counterweight: a national AI industry
# fund of {glue:md}`ai_fund` and a venture guidance fund of
# {glue:md}`vc_fund` that targets AI among other fields. Valuations are small
# by American standards: the {glue:md}`n_tigers` "AI tigers" each passed
# {glue:md}`tiger_valuation`, and Moonshot, the most valuable before DeepSeek,
# was worth {glue:md}`moonshot`. Brookings ends with the worry that runs the
# other way: that American data-centre investment has become
# {glue:md}`gdp_share`, a large and risky bet on one idea of the race.
#
# ## How to read these comparisons
#
# Three cautions apply to every comparison in this chapter. First, the
# amounts measure different things: a capital budget, a fund's size, a
# valuation, a market forecast and a cumulative national total are all money,
# but adding or ranking them says little. {numref}`fig-capital-amounts` groups them by theme for
# that reason, and the tooltips give each one's period. Second, the periods
# differ, from a half-year to five years, so annual figures should be compared
# only with annual ones. Third, the exchange rate barely matters at the scale of
# these gaps; an analyst who prefers a market rate can set `cny_per_usd` in the
# parameters cell and rerun the chapter, and every number in the text will
# follow. What does matter is scope. The American series comes from companies
# that report their spending; the Chinese one is pieced together from plans,
# state funds and press estimates, and the sources rarely say whether two
# Chinese figures overlap.

# %% tags=["hide-input"]
top5, expected, big4, alibaba, years = (claim(i) for i in ("ess-021", "ess-043", "brk-004", "ess-005", "ess-070"))
say(capex_2024=top5, capex_growth=claim("ess-020"), capex_2025=expected, amazon=claim("ess-046"),
    microsoft=claim("ess-047"), capex_2026=big4, alibaba_plan=alibaba, ai_fund=claim("ess-027"),
    vc_fund=claim("ess-028"), tiger_valuation=claim("sin-062"), moonshot=claim("sin-076"),
    top_five_year=prose.year(top5), expected_year=prose.year(expected), big_four_year=prose.year(big4),
    alibaba_years=prose.derived(f"{prose.spelled(years['value'])} years", years),
    n_tigers=prose.count(claim("sin-061")["value"], "sin-061"), gdp_share=prose.quote(claim("brk-015")),
    alibaba_year=prose.amount(alibaba["value"] / rate / years["value"], "USD_bn", alibaba, years, digits=0))

# %% [markdown]
# ## This chapter's ledger
#
# Every capital figure, event and prediction, with the words the source
# printed and where. Amounts in other chapters' themes are in those chapters'
# tables, and all of them are in the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(claims, "Capital figures")

# %% tags=["hide-input"]
tables.ledger_table(events, "Capital events")

# %% tags=["hide-input"]
tables.ledger_table(forecasts, "Capital predictions and plans")
