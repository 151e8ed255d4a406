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
from airaces.periods import period_start

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("capital")
claim = book.claim
say = prose.glue
rates = money.implied_rates(book.claims)
euro_rates = money.implied_rates(book.claims, quote="USD", base="EUR")
rate = money.rate_to_use(rates, cny_per_usd)
eur = money.rate_to_use(euro_rates, usd_per_eur)

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
spread = rates["rate"].max() / rates["rate"].min() - 1
rate_ids = rates["quote_claim"].tolist() + rates["base_claim"].tolist()
say("rate_min", prose.number(rates["rate"].min(), 2), ids=rate_ids)
say("rate_max", prose.number(rates["rate"].max(), 2), ids=rate_ids)
say("rate_spread", f"{spread:.1%}", ids=rate_ids)
say("rate_used", prose.number(rate, 2))
say("rate_basis", "the rate chosen for this run" if cny_per_usd is not None
    else f"the median of the {len(rates)} implied rates")
say("eur_implied", prose.number(euro_rates["rate"].iloc[0], 3),
    ids=euro_rates["quote_claim"].tolist() + euro_rates["base_claim"].tolist())
say("eur_used", prose.number(eur, 3))

implied = rates.merge(book.claims[["claim_id", "entity", "as_printed", "citation", "kind", "country"]],
                      left_on="quote_claim", right_on="claim_id")
implied["pair"] = implied["entity"]
implied_rows = book.claims[book.claims["claim_id"].isin(rate_ids)]
dots = alt.Chart(implied).mark_point(size=180, filled=True, opacity=1).encode(
    x=alt.X("rate:Q", title="Yuan per US dollar", scale=alt.Scale(zero=False, padding=20)),
    y=alt.Y("pair:N", title=None, sort="x", axis=alt.Axis(labelLimit=260)),
    color=charts.country_colour(),
    tooltip=[alt.Tooltip("pair:N", title="Amount"), alt.Tooltip("rate:Q", title="Implied rate", format=".3f"),
             alt.Tooltip("as_printed:N", title="As printed (yuan)"), alt.Tooltip("citation:N", title="Source"),
             alt.Tooltip("quote_claim:N", title="Ledger id (yuan)"), alt.Tooltip("base_claim:N", title="Ledger id ($)")],
)
chosen = alt.Chart(pd.DataFrame({"rate": [rate], "label": [f"used: {rate:.2f}"]}))
rule = chosen.mark_rule(strokeDash=[4, 3], color="#333").encode(x="rate:Q")
rule_label = chosen.mark_text(align="left", dx=4, dy=-6, fontSize=11, color="#333").encode(
    x="rate:Q", y=alt.value(0), text="label:N")
fig_rates = book.figure(
    (rule + dots + rule_label).properties(height=160),
    figure_id="capital-implied-rates",
    title="The exchange rates the sources imply",
    subtitle="Yuan per dollar implied by each amount printed in both currencies. The dashed line is the rate used.",
    rows=implied_rows,
    description=(f"Dot plot of {len(rates)} implied exchange rates from {rates['rate'].min():.2f} to "
                 f"{rates['rate'].max():.2f} yuan per dollar; the chapter converts at {rate:.2f}."),
)
say("fig_rates", fig_rates)

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
money_rows = book.claims[book.claims["unit"].isin(money.SCALE_BN) & book.claims["value"].notna()].copy()
# A figure restated elsewhere is drawn once: keep the first row of each pair.
duplicate = money_rows["pair_id"].notna() & money_rows.duplicated("pair_id")
amounts = money_rows[~duplicate].copy()
amounts["usd_bn"] = money.to_usd_bn(amounts, rate, usd_per_eur=eur)
amounts = charts.qualifier_bounds(amounts, value="usd_bn")
amounts["label"] = amounts["entity"] + ": " + amounts["metric"].str.replace("_", " ")
amounts["theme_label"] = amounts["theme"].str.capitalize()

largest_us = amounts[amounts["country"] == "US"].sort_values("usd_bn").iloc[-1]
say("largest_us", f"{largest_us['entity']}'s {prose.claim_text(largest_us)}", ids=[largest_us["claim_id"]])
cn = claim("dig-001")
say("cn_national", prose.claim_text(cn))

x_scale = alt.Scale(type="log", domain=[amounts["low"].min() / 2, amounts["high"].max() * 2])


def amounts_panel(theme_label: str, last: bool) -> alt.LayerChart:
    """One theme's amounts; the panels share the x scale so that they can be read against each other."""
    rows = amounts[amounts["theme_label"] == theme_label]
    base = alt.Chart(rows).encode(
        y=alt.Y("label:N", title=None, sort=rows.sort_values("usd_bn", ascending=False)["label"].tolist(),
                axis=alt.Axis(labelLimit=230, labelFontSize=10)),
    )
    x_title = "US$ billion at the rates used (log scale)" if last else None
    band = base.mark_rule(strokeWidth=6, opacity=0.3, color="#888").encode(
        x=alt.X("low:Q", title=x_title, scale=x_scale, axis=alt.Axis(labels=last, ticks=last)), x2="high:Q")
    points = base.mark_point(size=90, strokeWidth=2, opacity=1).encode(
        x="usd_bn:Q", color=charts.country_colour(), fill=charts.kind_fill(),
        tooltip=charts.tooltips(alt.Tooltip("usd_bn:Q", title="US$ bn at rates used", format=",.3~f"),
                                alt.Tooltip("period:N", title="Period")),
    )
    return alt.layer(band, points).properties(
        width=220, height=alt.Step(15),
        title=alt.Title(theme_label, anchor="start", fontSize=12, fontWeight="bold"))


panel_themes = amounts.groupby("theme_label")["usd_bn"].max().sort_values(ascending=False).index.tolist()
panels = alt.vconcat(*[amounts_panel(t, i == len(panel_themes) - 1) for i, t in enumerate(panel_themes)],
                     spacing=8).resolve_scale(x="shared")
fig_amounts = book.figure(
    panels,
    figure_id="capital-all-amounts",
    title="Every amount in the ledger, in dollars",
    subtitle=f"US$ billion at {rate:.2f} yuan per dollar, log scale. Solid: observed; hollow: estimates, targets, forecasts.",
    rows=amounts,
    description=(f"Dot plot on a log scale of {len(amounts)} amounts converted to US dollars, by theme. "
                 f"The largest is {largest_us['entity']}'s {largest_us['as_printed']}."),
    note="Grey bands show the side of the printed amount a hedge points to. Periods differ; hover for each.",
    extra_columns=("usd_bn",),
)
say("fig_amounts", fig_amounts)

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
# companies. The top five spent {glue:md}`capex_2024` in {glue:md}`y_2024`, up
# {glue:md}`capex_growth`; US hyperscalers were expected to spend
# {glue:md}`capex_2025` in {glue:md}`y_2025`, with Amazon at {glue:md}`amazon` and
# Microsoft at {glue:md}`microsoft`; and Brookings {cite:p}`brookings2026races` reports that the "Big
# Four" announced {glue:md}`capex_2026` of AI spending for {glue:md}`y_2026`. Against that,
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
for name, claim_id in (("capex_2024", "ess-021"), ("capex_growth", "ess-020"), ("capex_2025", "ess-043"),
                       ("amazon", "ess-046"), ("microsoft", "ess-047"), ("capex_2026", "brk-004"),
                       ("alibaba_plan", "ess-005"), ("ai_fund", "ess-027"), ("vc_fund", "ess-028"),
                       ("tiger_valuation", "sin-062"), ("moonshot", "sin-076")):
    say(name, prose.claim_text(claim(claim_id)))
alibaba = claim("ess-005")
say("n_cny_pairs", prose.spelled(len(rates), capitalise=True), ids=rate_ids)
say("n_eur_pairs", prose.spelled(len(euro_rates)), ids=euro_rates["quote_claim"].tolist())
say("y_2024", claim("ess-021")["period"], ids=["ess-021"])
say("y_2025", claim("ess-043")["period"], ids=["ess-043"])
say("y_2026", claim("brk-004")["period"], ids=["brk-004"])
say("alibaba_years", prose.spelled(claim("ess-070")["value"]) + " years", ids=["ess-070"])
say("n_tigers", prose.spelled(claim("sin-061")["value"]), ids=["sin-061"])
say("alibaba_year", f"${prose.number(alibaba['value'] / rate / claim('ess-070')['value'], 0)} billion",
    ids=["ess-005", "ess-070"])
say("gdp_share", prose.quote(claim("brk-015")))

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
