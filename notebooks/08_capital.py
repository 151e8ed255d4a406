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
# The ledger, this chapter's rows (money figures, events, predictions), and two aliases.
from airaces import amount_words, chapter, charts, labels, money, prose, recipes, tables
from airaces.growth import base_before_growth

book = chapter.open_ledger(data_dir)
claims, events, forecasts = book.theme("capital")
claim = book.claim  # claim("ess-046") is one ledger row, by its id
say = prose.glue  # say(name=value) glues a value for the prose to show

# %% tags=["hide-input"]
# The rates the sources imply (yuan per dollar, dollars per euro), and the ones in use.
cny_pairs = money.implied_rates(book.claims)  # a row per yuan-dollar pair and its rate
eur_pairs = money.implied_rates(book.claims, quote="USD", base="EUR")
cny_rate = money.rate_to_use(cny_pairs, cny_per_usd)
eur_rate = money.rate_to_use(eur_pairs, usd_per_eur)

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
# implied rate makes. A lower rate makes a yuan amount larger in dollars and a
# higher rate makes it smaller, so no rate between those two can move it
# further.{glue:md}`rates_premise`

# %% tags=["hide-input", "remove-output"]
# Every amount the sources print, and how many sources print one.
printed = money.amounts(book.claims)
say(n_sources=prose.count(printed["source_id"].nunique(), printed))

# %% tags=["hide-input", "remove-output"]
# How far apart the implied rates lie. Each rests on both amounts of its pair.
cny_ids = money.rate_ids(cny_pairs)
eur_ids = money.rate_ids(eur_pairs)
low = cny_pairs["rate"].min()
high = cny_pairs["rate"].max()
say(
    n_cny_pairs=prose.count(len(cny_pairs), cny_ids, capitalise=True),
    n_eur_pairs=prose.count(len(eur_pairs), eur_ids),
    rate_min=money.rate_text(low, cny_ids),
    rate_max=money.rate_text(high, cny_ids),
    rate_spread=prose.percent(high / low - 1, cny_ids, digits=1),
)

# %% tags=["hide-input", "remove-output"]
# The rates in use, and the largest change in an amount if another implied rate were used.
max_effect = 0.05  # the premise: no amount moves by this share or more
effect = money.largest_rate_effect(cny_pairs, cny_rate)
basis = money.rate_basis(cny_pairs, cny_per_usd, cny_ids)
say(
    rate_used=money.rate_text(cny_rate, cny_ids),
    rate_basis=basis,
    # The ledger has one euro pair, the digest's: its rate is the first row's.
    eur_implied=money.rate_text(eur_pairs["rate"].iloc[0], eur_ids, digits=3),
    eur_used=money.rate_text(eur_rate, eur_ids, digits=3),
    rate_effect=prose.percent(effect, cny_ids, digits=1),
    rates_premise=prose.premise(
        effect < max_effect,
        "converting at any of the implied rates instead of the one in use "
        f"moves no amount by {max_effect:.0%} or more",
        cny_ids,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: each implied rate beside the one in use, drawn at the amount printed in yuan.
chart = recipes.labelled_dots(
    money.rates_with_rows(cny_pairs, book.claims),
    value="rate",
    label="entity",
    axis_title="Yuan per US dollar",
    reference=cny_rate,
    reference_text=f"used: {cny_rate:.2f}",
)
say(
    fig_rates=book.figure(
        chart.properties(height=160),
        figure_id="capital-implied-rates",
        title="The exchange rates the sources imply",
        rows=book.claims_with(cny_ids),
        subtitle="Yuan per dollar implied by each amount printed in both currencies. "
        "The dashed line is the rate used.",
        description=f"Dot plot of {len(cny_pairs)} implied exchange rates from {low:.2f} "
        f"to {high:.2f} yuan per dollar; the book converts at {cny_rate:.2f}.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_rates
# :name: fig-capital-rates
#
# Implied exchange rates, one dot for each amount printed in both
# currencies. Tap or hover for the amount as printed and its source.
# ```
#
# ## Every amount, in one currency
#
# {numref}`fig-capital-amounts` shows every amount in the ledger that the
# words fix, from a million dollars up, each converted to dollars and placed
# on a log scale, grouped by theme and coloured by country. The
# {glue:md}`n_small` smaller amounts would stretch the scale and squeeze every
# comparison the text makes, so the caption names them instead. Amounts printed twice are drawn once, in the
# currency printed first. The picture is lopsided in the way the sources say
# it is. The largest American figure, {glue:md}`largest_us`, is
# {glue:md}`us_vs_cn` the largest Chinese one, {glue:md}`largest_cn`. China's
# whole spending on AI in {glue:md}`cn_year`, state and private together,
# which the digest {cite:p}`digest2025china` expects to be
# {glue:md}`cn_national`, is {glue:md}`cn_national_rank` Chinese amount in
# the ledger, and of the same order as a single American company's capital
# budget: Amazon alone expected to spend {glue:md}`amazon` in
# {glue:md}`expected_year`.{glue:md}`amounts_premise` Of the same order here
# means that neither amount is more than {glue:md}`same_order_factor` times
# the other. Such ratios set unlike
# amounts side by side, as the last section of this chapter explains, so they
# show orders of magnitude, not exact gaps.

# %% tags=["hide-input", "remove-output"]
# Every amount, drawn once, in US$ billion, largest first, with its label (data/labels.csv).
amounts = money.largest_first(money.drawn_once(printed), cny_rate, eur_rate)
amounts = amounts.assign(
    label=labels.row_names(amounts),
    theme_label=amounts["theme"].str.capitalize(),
)

# %% tags=["hide-input", "remove-output"]
# The largest American and Chinese amounts, and China's national total among its amounts.
national = claim("dig-001")  # the digest: China's AI spending, state and private, 2025
amazon = claim("ess-046")  # the essay: Amazon's expected capex, 2025
# Which amount is largest depends on the rates, so the rates' rows are cited too.
rate_rows = cny_ids + eur_ids
# Both keep the amounts' order (largest first), so each one's first row is its largest.
us = amounts[amounts["country"] == "US"]
cn = amounts[amounts["country"] == "CN"]
top_us = us.iloc[0]
top_cn = cn.iloc[0]
us_vs_cn = top_us["usd_bn"] / top_cn["usd_bn"]
national_place = money.place(cn, national)
say(
    largest_us=amount_words.described(top_us, rate_rows),
    largest_cn=amount_words.described(top_cn, rate_rows),
    us_vs_cn=prose.times(us_vs_cn, top_us, top_cn, rate_rows),
    cn_national=national,
    cn_year=prose.year(national),
    cn_national_rank=prose.ranked(national_place, "largest", cn, rate_rows),
    amazon=amazon,
)

# %% tags=["hide-input", "remove-output"]
# The comparison's premise: a wide gap, and China's total near Amazon's budget.
wide_gap = 5  # the largest US amount is over this many times the largest Chinese one
same_order = 3  # China's total is within this factor of Amazon's budget, either way
near = 1 / same_order < national["value"] / amazon["value"] < same_order
say(
    same_order_factor=prose.spelled(same_order),
    amounts_premise=prose.premise(
        us_vs_cn > wide_gap and near,
        f"the largest US amount is over {prose.spelled(wide_gap)} times the largest "
        "Chinese one, and China's national AI spending is within a factor of "
        f"{prose.spelled(same_order)} of Amazon's capital budget",
        top_us,
        top_cn,
        national,
        amazon,
        rate_rows,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Amounts under a million dollars (0.001 US$ billion) would stretch the scale: named, not drawn.
small = amounts[amounts["usd_bn"] < 0.001]
named = small["label"] + ", " + small.apply(prose.claim_text, axis=1)
say(
    n_small=prose.count(len(small), small),
    small_named=prose.derived("; ".join(named), small),
)

# %% tags=["hide-input", "remove-output"]
# Figure: a panel per theme, largest first, log scale; colour: country; solid/hollow: observed/other.
drawn = amounts.drop(small.index)
panels = recipes.amounts(
    drawn,
    value="usd_bn",
    axis_title="US$ billion at the rates used (log scale)",
    label_limit=270,  # pixels of row label before it is cut short
    panel="theme_label",
    domain=recipes.log_domain(drawn, value="usd_bn"),
)
say(
    fig_amounts=book.figure(
        panels,
        rows=drawn,
        extra_columns=("usd_bn",),  # adds the dollar column to the figure's CSV
        figure_id="capital-all-amounts",
        title="Every amount in the ledger from a million dollars up",
        note="Periods differ.",
        subtitle=f"US$ billion at {cny_rate:.2f} yuan per dollar, log scale. "
        + charts.fill_key(drawn),
        description=f"Dot plot on a log scale of {len(drawn)} amounts converted to "
        f"US dollars, by theme. The largest is {amount_words.described(drawn.iloc[0])}.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_amounts
# :name: fig-capital-amounts
#
# All amounts, converted at the rates above. Each label names who spends,
# raises or is worth the amount and what it measures (capex: capital
# expenditure). Tap or hover over a point for the span as printed, its period and
# its source. Left out as under a million dollars: {glue:md}`small_named`.
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
# or ranking them says little. A valuation, for one, is the price investors
# put on a whole company, not money it has spent or raised. {numref}`fig-capital-amounts` groups them by
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
top5 = claim("ess-021")  # the essay: top five hyperscalers' capex, 2024
expected = claim("ess-043")  # the essay: US hyperscalers' expected capex, 2025
growth_24 = claim("ess-020")  # the essay: the top five's capex growth, 2024
growth_25 = claim("ess-044")  # the essay: expected capex growth, 2025

say(
    capex_2024=top5,
    top_five_year=prose.year(top5),
    capex_growth=amount_words.change(growth_24),
    capex_2025=expected,
    expected_year=prose.year(expected),
    capex_growth_2025=amount_words.change(growth_25),
    microsoft=claim("ess-047"),  # the essay: Microsoft's expected capex, 2025
)

# %% tags=["hide-input"]
# The 2024 level the 2025 forecast grows from, against what the top five spent in 2024.
base_2024 = base_before_growth(expected["value"], growth_25["value"])
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
big4 = claim("brk-004")  # Brookings: the big four's AI spending, 2026
say(
    capex_2026=big4,
    big_four_year=prose.year(big4),
    big_five_2025=claim("ess-001"),  # the essay: big five's AI infrastructure, 2025
)

# %% tags=["hide-input"]
# China's state funds, and the AI tigers' valuations.
tigers = claim("sin-061")  # Sinolytics: how many AI tigers there are
say(
    ai_fund=claim("ess-027"),  # the essay: National AI Industry Investment Fund
    fund_date=prose.date(book.row("ess-ev04")),  # the essay: that fund's launch
    vc_fund=claim("ess-028"),  # the essay: National Venture Capital Guidance Fund
    n_tigers=prose.count(tigers["value"], tigers),
    # The prose's "have each passed" says the source's "over", so the hedge is dropped.
    # sin-062, Sinolytics: each tiger's valuation.
    tiger_valuation=prose.claim_text(claim("sin-062"), with_qualifier=False),
)

# %% tags=["hide-input"]
# Moonshot's valuation as a share of Nvidia's commitment to OpenAI, and the premise on it.
moonshot = claim("sin-076")  # Sinolytics: Moonshot AI's valuation
nvidia = claim("ess-023")  # the essay: Nvidia's investment in OpenAI
place = claim("sin-077")  # Sinolytics: Moonshot's rank among Chinese AI start-ups
small_share = 0.1  # the premise: Moonshot is worth less than this share of it
say(
    moonshot=moonshot,
    moonshot_rank=prose.ranked(int(place["value"]), "most valuable", place),
    nvidia_openai=nvidia,
    moonshot_share=prose.percent(
        moonshot["value"] / nvidia["value"], moonshot, nvidia, digits=1
    ),
    valuation_premise=prose.premise(
        moonshot["value"] < nvidia["value"] * small_share,
        f"Moonshot's valuation is less than {small_share:.0%} of Nvidia's "
        "investment in OpenAI",
        moonshot,
        nvidia,
    ),
)

# %% tags=["hide-input"]
# Brookings' words (brk-015) on US data-centre investment: a vague share of GDP growth.
say(gdp_share=prose.derived("a large share of the growth in GDP", "brk-015"))

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
