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
# # Capital
#
# The largest amounts the sources print are American, and by far: the
# largest American figure, {glue:md}`largest_us`, is {glue:md}`us_vs_cn` the
# largest Chinese one. China's whole spending on AI in {glue:md}`cn_year`,
# state and private together, which the digest {cite:p}`digest2025china`
# expects to be {glue:md}`cn_national`, is of the same order as what Amazon
# alone expected to spend in {glue:md}`expected_year`, {glue:md}`amazon`.
# The gap does not come from the exchange rate, since the rates the sources
# imply move no amount by more than {glue:md}`rate_effect`; but the amounts
# measure different things over different periods, so they show orders of
# magnitude, not exact gaps.{glue:md}`amounts_premise`{glue:md}`rates_premise`
#
# The chapter gathers every amount the {glue:md}`n_sources` sources print, in
# every theme, and puts them in one currency. It works out the exchange rate
# first, from the sources' own conversions, then sets every amount on one
# scale, compares American capital spending with China's state funds and
# valuations, and ends with what such comparisons can and cannot show.
# Analysts who prefer another rate can rerun the chapter with it, as
# {doc}`the Reproduce page <../book/reproduce>` explains.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger and the exchange rates.
data_dir = "../data"  # the ledger folder to read
# Yuan per dollar and dollars per euro for converting amounts; None uses the median
# rate that the sources' own restatements imply.
cny_per_usd = None
usd_per_eur = None

# %% tags=["hide-input"]
# The ledger, and this chapter's rows: its money figures, events and predictions.
from airaces import amount_words, chapter, labels, money, prose, recipes, tables

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("capital")
claim = book.claim
say = prose.glue

# %% tags=["hide-input"]
# The rates the sources imply (yuan per dollar, dollars per euro), and the ones in use.
rates = money.implied_rates(book.claims)
euro_rates = money.implied_rates(book.claims, quote="USD", base="EUR")
rate = money.rate_to_use(rates, cny_per_usd)
eur = money.rate_to_use(euro_rates, usd_per_eur)

# %% [markdown]
# (exchange-rates)=
# ## The exchange rate the sources use
#
# {glue:md}`n_cny_pairs` amounts in the ledger are printed in both yuan and
# dollars on the same line, and {glue:md}`n_eur_pairs` in dollars and euros.
# Each pair is a conversion its author made, so each implies a rate: the
# amount in yuan divided by the amount in dollars. The yuan
# rates run from {glue:md}`rate_min` to {glue:md}`rate_max` per dollar, a
# spread of {glue:md}`rate_spread`. By default every chapter of the book
# converts yuan at {glue:md}`rate_used`, {glue:md}`rate_basis`. The default
# is a median because one odd restatement cannot pull a median far, as it
# could a mean. The digest's
# euro conversion implies {glue:md}`eur_implied` dollars per euro, and the
# book uses {glue:md}`eur_used`. {numref}`fig-capital-rates` shows each
# implied rate beside the one in use. The choice hardly matters: converted at
# any of the implied rates instead, no yuan amount in the book would move by
# more than {glue:md}`rate_effect`, the change that the lowest or the highest
# implied rate makes.{glue:md}`rates_premise`

# %% tags=["hide-input", "remove-output"]
# How far apart the implied rates lie. Each rests on both amounts of its pair.
cny_ids = money.rate_ids(rates)
eur_ids = money.rate_ids(euro_rates)
low = rates["rate"].min()
high = rates["rate"].max()
printed = money.amounts(book.claims)
say(
    n_sources=prose.count(printed["source_id"].nunique(), printed),
    n_cny_pairs=prose.count(len(rates), cny_ids, capitalise=True),
    n_eur_pairs=prose.count(len(euro_rates), eur_ids),
    rate_min=money.rate_text(low, cny_ids),
    rate_max=money.rate_text(high, cny_ids),
    rate_spread=prose.percent(high / low - 1, cny_ids, digits=1),
)

# %% tags=["hide-input", "remove-output"]
# The rates in use, and the largest change in an amount if another implied rate were used.
effect = money.largest_rate_effect(rates, rate)
basis = money.rate_basis(rates, cny_per_usd, cny_ids)
say(
    rate_used=money.rate_text(rate, cny_ids),
    rate_basis=basis,
    eur_implied=money.rate_text(euro_rates["rate"].iloc[0], eur_ids, digits=3),
    eur_used=money.rate_text(eur, eur_ids, digits=3),
    rate_effect=prose.percent(effect, cny_ids, digits=1),
    rates_premise=prose.premise(
        effect < 0.05,
        "converting at any of the implied rates instead of the one in use "
        "moves no amount by 5% or more",
        cny_ids,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: each implied rate beside the one in use, drawn at the amount printed in yuan.
chart = recipes.labelled_dots(
    money.rates_with_rows(rates, book.claims),
    value="rate",
    label="entity",
    axis_title="Yuan per US dollar",
    reference=rate,
    reference_text=f"used: {rate:.2f}",
)
say(
    fig_rates=book.figure(
        chart.properties(height=160),
        figure_id="capital-implied-rates",
        title="The exchange rates the sources imply",
        rows=book.claims_with(cny_ids),
        subtitle="Yuan per dollar implied by each amount printed in both currencies. "
        "The dashed line is the rate used.",
        description=f"Dot plot of {len(rates)} implied exchange rates from {low:.2f} "
        f"to {high:.2f} yuan per dollar; the book converts at {rate:.2f}.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_rates
# :name: fig-capital-rates
#
# Implied exchange rates, one dot for each amount printed in both
# currencies. Hover for the amount as printed and its source.
# ```
#
# ## Every amount, in one currency
#
# {numref}`fig-capital-amounts` shows every amount in the ledger that the
# words fix, each converted to dollars and placed on a log scale, grouped by
# theme and coloured by country. Amounts printed twice are drawn once, in the
# currency printed first. The picture is lopsided in the way the sources say
# it is. The largest American figure, {glue:md}`largest_us`, is
# {glue:md}`us_vs_cn` the largest Chinese one, {glue:md}`largest_cn`. China's
# whole spending on AI in {glue:md}`cn_year`, state and private together,
# which the digest {cite:p}`digest2025china` expects to be
# {glue:md}`cn_national`, is {glue:md}`cn_national_rank` Chinese amount in
# the ledger, and of the same order as a single American company's capital
# budget: Amazon alone expected to spend {glue:md}`amazon` in
# {glue:md}`expected_year`.{glue:md}`amounts_premise` Such ratios set unlike
# amounts side by side, as the last section of this chapter explains, so they
# show orders of magnitude, not exact gaps.

# %% tags=["hide-input", "remove-output"]
# Every amount, drawn once, in billions of dollars, named by its short label (data/labels.csv).
amounts = money.drawn_once(money.amounts(book.claims))
amounts = amounts.assign(
    usd_bn=money.to_usd_bn(amounts, rate, usd_per_eur=eur),
    label=labels.row_names(amounts),
    theme_label=amounts["theme"].str.capitalize(),
)
amounts = amounts.sort_values("usd_bn", ascending=False)

# %% tags=["hide-input", "remove-output"]
# The largest American and Chinese amounts, and China's national total among its amounts.
fx = (
    cny_ids + eur_ids
)  # which is largest depends on the rates: their rows are cited too
us = amounts[amounts["country"] == "US"]
cn = amounts[amounts["country"] == "CN"]
national = claim("dig-001")
amazon = claim("ess-046")
top_us = us.iloc[0]
top_cn = cn.iloc[0]
us_vs_cn = top_us["usd_bn"] / top_cn["usd_bn"]
national_place = cn["claim_id"].tolist().index(national["claim_id"]) + 1
say(
    largest_us=amount_words.described(top_us, fx),
    largest_cn=amount_words.described(top_cn, fx),
    us_vs_cn=prose.times(us_vs_cn, top_us, top_cn, fx),
    cn_national=national,
    cn_year=prose.year(national),
    cn_national_rank=prose.ranked(national_place, "largest", cn, fx),
    amazon=amazon,
)

# %% tags=["hide-input", "remove-output"]
# The comparison's premise: a wide gap, and China's total near Amazon's budget.
say(
    amounts_premise=prose.premise(
        us_vs_cn > 5 and 1 / 3 < national["value"] / amazon["value"] < 3,
        "the largest US amount is over five times the largest Chinese one, and "
        "China's national AI spending is within a factor of three of Amazon's "
        "capital budget",
        top_us,
        top_cn,
        national,
        amazon,
        fx,
    )
)

# %% tags=["hide-input", "remove-output"]
# Figure: one panel per theme, largest first, on one shared log scale.
panels = recipes.amounts(
    amounts,
    value="usd_bn",
    value_format=",.3~f",
    axis_title="US$ billion at the rates used (log scale)",
    label_limit=250,
    panel="theme_label",
    domain=recipes.log_domain(amounts, value="usd_bn"),
)
say(
    fig_amounts=book.figure(
        panels.configure_axisY(labelFontSize=11),
        rows=amounts,
        extra_columns=("usd_bn",),
        figure_id="capital-all-amounts",
        title="Every amount in the ledger, in dollars",
        note="Periods differ.",
        subtitle=f"US$ billion at {rate:.2f} yuan per dollar, log scale. "
        "Solid: observed; hollow: estimates, targets, forecasts; pale bands: hedges.",
        description=f"Dot plot on a log scale of {len(amounts)} amounts converted to "
        f"US dollars, by theme. The largest is {amount_words.described(amounts.iloc[0])}.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_amounts
# :name: fig-capital-amounts
#
# All amounts, converted at the rates above. Each label names who spends,
# raises or is worth the amount and what it measures (capex: capital
# expenditure). Hover over a point for the span as printed, its period and
# its source.
# ```
#
# (capex-base)=
# ## Capital spending, US against China
#
# The American hyperscalers' capital spending (capex) is the clearest series in the
# ledger, though the essay {cite:p}`bhambwani2025asi` pieces it together from
# lines that count different companies. The top five, Amazon, Microsoft,
# Alphabet, Meta and Oracle, spent {glue:md}`capex_2024` in
# {glue:md}`top_five_year`, {glue:md}`capex_growth` on the year before. US
# hyperscalers were expected to spend {glue:md}`capex_2025` in
# {glue:md}`expected_year`, {glue:md}`capex_growth_2025` on
# {glue:md}`top_five_year`, with Amazon at {glue:md}`amazon` and Microsoft at
# {glue:md}`microsoft`. That growth puts the {glue:md}`top_five_year` base, the
# forecast divided by one plus its growth, at
# {glue:md}`implied_2024`, {glue:md}`implied_vs_top_five` than the top five's
# {glue:md}`capex_2024`, so the two lines cannot count the same
# companies.{glue:md}`base_floor` Brookings {cite:p}`brookings2026races` reports that the "Big
# Four", Alphabet, Amazon, Meta and Microsoft, announced
# {glue:md}`capex_2026` of AI spending for {glue:md}`big_four_year`.{glue:md}`capex_premise`
#
# The essay's other figure for {glue:md}`expected_year`, the
# {glue:md}`big_five_2025` that the big five AI hyperscalers were expected to
# spend on data centres and AI infrastructure, counts other companies and
# other spending, as {ref}`the compute chapter's comparison with Alibaba
# <alibaba-vs-hyperscalers>` explains.
#
# The state's funds are the Chinese counterweight: a national AI industry
# fund of {glue:md}`ai_fund`, launched in {glue:md}`fund_date`, and a venture
# guidance fund of
# {glue:md}`vc_fund` that targets AI among other fields. Valuations are small
# by American standards. The {glue:md}`n_tigers` "AI tigers" have each passed
# {glue:md}`tiger_valuation`, and Moonshot, {glue:md}`moonshot_rank` Chinese
# AI start-up before DeepSeek, was worth {glue:md}`moonshot`:
# {glue:md}`moonshot_share` of the {glue:md}`nvidia_openai` that Nvidia has
# committed to OpenAI alone.{glue:md}`valuation_premise` Brookings ends with
# the worry that runs the other way: that investment in American data centres
# is distorting the wider economy, making up {glue:md}`gdp_share`, and could
# pull the country into a giant and risky bet on AGI.
#
# ## How to read these comparisons
#
# Three things limit every comparison in this chapter. First, the amounts
# measure different things: a capital budget, a fund's size, a valuation, a
# market forecast and a cumulative national total are all money, but adding
# or ranking them says little. {numref}`fig-capital-amounts` groups them by
# theme for that reason, and the tooltips give each one's period. Second, the
# periods differ, where the sources give one at all, so annual figures should
# be compared only with annual ones. Third, and most important, the scope
# differs. The American series comes from companies that report their
# spending; the Chinese one is pieced together from plans, state funds and
# press estimates, and the sources rarely say whether two Chinese figures
# overlap: whether the digest's national total for {glue:md}`cn_year`
# includes the state funds the essay lists, for instance, neither says.
#
# The exchange rate is not among these limits: as the first section shows,
# the rates the sources imply move no amount by more than
# {glue:md}`rate_effect`. An analyst who prefers a market rate can rerun the
# chapter at that rate, as {doc}`the Reproduce page <../book/reproduce>`
# explains, and every number in the text will follow.{glue:md}`rates_premise`

# %% tags=["hide-input"]
# The top five hyperscalers' capex in 2024, the 2025 forecast, and each one's growth.
top5 = claim("ess-021")
expected = claim("ess-043")
growth_24 = claim("ess-020")
growth_25 = claim("ess-044")

say(
    capex_2024=top5,
    top_five_year=prose.year(top5),
    capex_growth=amount_words.change(growth_24),
    capex_2025=expected,
    expected_year=prose.year(expected),
    capex_growth_2025=amount_words.change(growth_25),
    microsoft=claim("ess-047"),
)

# %% tags=["hide-input"]
# The 2024 level the 2025 forecast grows from, against what the top five spent in 2024.
base_2024 = money.implied_base(expected["value"], growth_25["value"])
larger_base = base_2024 > top5["value"]
say(
    implied_2024=prose.amount(
        base_2024,
        "USD_bn",
        expected,
        growth_25,
        digits=0,
        qualifier=expected["qualifier"],
    ),
    implied_vs_top_five=prose.compared(
        base_2024, top5["value"], expected, growth_25, top5, same="no more"
    ),
    capex_premise=prose.premise(
        larger_base,
        "the 2024 base implied by the 2025 forecast exceeds what "
        "the top five spent in 2024",
        expected,
        growth_25,
        top5,
    ),
)

# %% tags=["hide-input"]
# A sentence that says the gap may be wider, glued only when the forecast is a floor.
floor = ""
if expected["qualifier"] == "over" and larger_base:
    floor = (
        f" The {prose.year(expected)} figure is a floor, so the gap may be wider still."
    )
say(base_floor=prose.derived(floor, expected, growth_25, top5))

# %% tags=["hide-input"]
# The other American capex figures: the big four's for 2026 and the big five's for 2025.
big4 = claim("brk-004")
say(
    capex_2026=big4,
    big_four_year=prose.year(big4),
    big_five_2025=claim("ess-001"),
)

# %% tags=["hide-input"]
# China's state funds, and the AI tigers' valuations.
tigers = claim("sin-061")
say(
    ai_fund=claim("ess-027"),
    fund_date=prose.date(book.row("ess-ev04")),
    vc_fund=claim("ess-028"),
    n_tigers=prose.count(tigers["value"], tigers),
    tiger_valuation=prose.claim_text(claim("sin-062"), with_qualifier=False),
)

# %% tags=["hide-input"]
# Moonshot's valuation against Nvidia's commitment to OpenAI, and the premise on it.
moonshot = claim("sin-076")
nvidia = claim("ess-023")
place = claim("sin-077")
say(
    moonshot=moonshot,
    moonshot_rank=prose.ranked(int(place["value"]), "most valuable", place),
    nvidia_openai=nvidia,
    moonshot_share=prose.percent(
        moonshot["value"] / nvidia["value"], moonshot, nvidia, digits=1
    ),
    valuation_premise=prose.premise(
        moonshot["value"] < nvidia["value"] / 10,
        "Moonshot's valuation is less than a tenth of Nvidia's investment in OpenAI",
        moonshot,
        nvidia,
    ),
    gdp_share=prose.derived("a large share of the growth in GDP", "brk-015"),
)

# %% [markdown]
# ## This chapter's ledger
#
# Every money figure, event and prediction, with the words the source
# printed and where. Amounts in other chapters' themes are in those chapters'
# tables, and all of them are in the ledger browser.

# %% tags=["hide-input"]
# Table: the chapter's money figures.
tables.ledger_table(claims, "Capital figures")

# %% tags=["hide-input"]
# Table: the chapter's events.
tables.ledger_table(events, "Capital events")

# %% tags=["hide-input"]
# Table: the chapter's predictions and plans.
tables.ledger_table(forecasts, "Capital predictions and plans")
