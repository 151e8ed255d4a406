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
# # Chronology
#
# Read by date, the sources tell a story in three phases: Chinese plans and
# goals from {glue:md}`first_year`, American controls on chips from
# {glue:md}`controls_start`, and a burst of activity once large models
# arrived in {glue:md}`burst_from`, with {glue:md}`burst_share` of the
# ledger's {glue:md}`n_events` in that year or later, though part of that
# crowding comes from the writers' nearness to recent events. Most of the
# {glue:md}`n_forecasts` predictions name no year at all; the dated ones most
# often name {glue:md}`modal_year`, the year most of the sources were written
# in, and then {glue:md}`goal_year`, the year by which Beijing means to lead
# the world in AI.{glue:md}`opening_premise`
#
# The chapters so far read the sources
# {cite:p}`bhambwani2025asi,sinolytics2025agi,brookings2026races,cto21_2025superintelligent,digest2025china`
# by theme. This one reads them by date.
# Every dated event in the ledger is on one timeline, which can be filtered to
# a single theme, and every dated prediction is on a second one that runs into
# the future.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt

from airaces import chapter, charts, labels, prose, recipes, tables
from airaces.periods import period_point

book = chapter.open_ledger(data_dir)
# Each event sits in the middle of the period its date covers; its shape shows how precise that date is.
events = book.events.sort_values(["date", "event_id"])
events = events.assign(
    when=events["date"].map(period_point),
    precision=events["date"].str.len().map({4: "year", 7: "month", 10: "day"}),
)
forecasts, say = book.forecasts, prose.glue
THEMES = [
    "narratives",
    "chips",
    "compute",
    "data",
    "models",
    "adoption",
    "embodied",
    "capital",
]


def theme_menu(chart: alt.Chart, name: str) -> alt.Chart:
    """The chart with a menu that shows one theme or "All"; each figure's menu needs a name of its own."""
    pick = alt.param(
        name=name,
        value="All",
        bind=alt.binding_select(
            options=["All", *THEMES],
            labels=["All", *map(labels.labels("theme").get, THEMES)],
            name="Theme: ",
        ),
    )
    return chart.add_params(pick).transform_filter(
        f"{name} == 'All' || datum.theme == {name}"
    )


def listed(items) -> str:
    """'2020, 2022 and 2024'."""
    return (
        " and ".join([", ".join(items[:-1]), items[-1]])
        if len(items := list(items)) > 1
        else "".join(items)
    )


# %% [markdown]
# ## Every event, on one line
#
# The ledger holds {glue:md}`n_events`, from {glue:md}`first_year`
# to {glue:md}`last_year`. Point at {numref}`fig-chronology-events` and a
# menu appears under it that picks one theme; choose "All" to see them all
# again. Each event is placed in the middle of the period its date covers, the
# book's one rule for every time axis, so an event the source dates only to a
# year sits halfway through that year, and the tooltip gives the date exactly
# as precise as the source made it. Colour shows which country the event is about:
# {glue:md}`n_china` of the events concern China and {glue:md}`n_us` the
# United States, which says as much about the sources as about the race,
# since every one of them was written to explain China.{glue:md}`country_premise`

# %% tags=["hide-input", "remove-output"]
first, last = (
    events[events["date"] == d] for d in (events["date"].min(), events["date"].max())
)
china, us = (events[events["country"] == c] for c in ("CN", "US"))
precision = alt.Shape(
    "precision:N",
    title="Dated to the",
    scale=alt.Scale(
        domain=["year", "month", "day"], range=["circle", "square", "diamond"]
    ),
)
timeline = recipes.timeline(
    events,
    lane="theme",
    lanes=THEMES,
    tick_count=12,
    shape=precision,
    lane_words=labels.labels("theme"),
)
fig_timeline = book.figure(
    theme_menu(timeline, "theme_pick").properties(height=260),
    figure_id="chronology-events",
    title="Every dated event in the ledger",
    subtitle="One point per event, by theme and date. Point at the chart for a menu that picks one theme.",
    rows=events,
    description=(
        f"Timeline of all {len(events)} dated events from {first['date'].iloc[0]} to {last['date'].iloc[0]}, "
        f"by theme; {len(china)} concern China and {len(us)} the United States."
    ),
    note="Points overlap where several events share a year; hover, or filter by theme, to separate them.",
)
say(
    n_events=prose.noun_count(len(events), "dated event", events),
    first_year=prose.year(first.iloc[0], first),
    last_year=prose.year(last.iloc[0], last),
    fig_timeline=fig_timeline,
    n_china=prose.count(len(china), china),
    n_us=prose.count(len(us), us),
    country_premise=prose.premise(
        len(china) > len(us), "more events concern China than the United States", events
    ),
)

# %% [markdown]
# ```{glue:figure} fig_timeline
# :name: fig-chronology-events
#
# The whole chronology. Circles are dated to a year, squares to a month,
# diamonds to a day.
# ```
#
# ## Three phases
#
# The first phase is Chinese policy: every event in the ledger before
# {glue:md}`controls_start` is about China, and most are plans and goals.
# "Indigenous innovation" became a goal in {glue:md}`indigenous`,
# "Made in China 2025" followed in {glue:md}`mic2025`, and in
# {glue:md}`ai_plan_year` Beijing set out to lead the world in AI by {glue:md}`lead_by`. The second
# opens in {glue:md}`controls_start`, when American controls on chips enter
# the record; they
# are tightened again in {glue:md}`controls_later`.{glue:md}`early_premise`
#
# In the third phase the pace changes. Large models arrive in
# {glue:md}`burst_from`, and {glue:md}`burst_share` of all dated events fall in
# that year or later; the busiest year in the ledger is
# {glue:md}`busiest_year`, with {glue:md}`busiest_count`. Models and adoption
# account for {glue:md}`burst_models` of the {glue:md}`n_recent` events from
# {glue:md}`burst_from` on:
# DeepSeek's releases, the app that topped the American store, open weights,
# a state-owned sector deploying models at speed, and a ranking in which
# Chinese models fill most of the top places. The chronology is not the
# history of the field, only of what these documents chose to date, but
# it shows where their attention went.{glue:md}`burst_premise`
#
# The precision of the dates changes with the phase as well. Of the
# {glue:md}`n_before` events before {glue:md}`burst_from`, {glue:md}`early_precise`
# dated to a month or a day; of the {glue:md}`n_recent` from then on,
# {glue:md}`recent_precise` are, because the sources were written close to
# them. That is a warning for
# anyone reading the timeline as evidence of acceleration: part of the
# crowding at the right-hand end is the nearness of the writers, not only the
# pace of events. The figure's shapes make the difference
# visible.{glue:md}`precision_premise`

# %% tags=["hide-input"]
controls, years = (
    events[(events["theme"] == "chips") & (events["country"] == "US")],
    events["date"].str[:4],
)
start = years[controls.index].iloc[0]
early, later = events[years < start], controls[years[controls.index] > start]
in_busiest = events[years == max(years.unique(), key=lambda y: ((years == y).sum(), y))]
burst = book.row("sin-ev13")  # the surge in demand once large models arrived
recent, before = (
    events[events["date"] >= burst["date"]],
    events[events["date"] < burst["date"]],
)
on_models = recent[recent["theme"].isin(["models", "adoption"])]
n_early, n_late = (
    (rows["precision"] != "year").sum() for rows in (before, recent)
)  # dated to a month or day
say(
    indigenous=prose.year(book.row("sin-ev09")),
    mic2025=prose.year(book.row("sin-ev10")),
    burst_from=prose.year(burst),
    ai_plan_year=prose.year(book.row("dig-ev01"), "sin-ev04"),
    controls_start=prose.derived(start, controls),
    lead_by=prose.year(book.row("dig-fc01")),
    n_before=prose.count(len(before), before),
    controls_later=prose.derived(listed(years[later.index].unique()), later),
    n_recent=prose.count(len(recent), recent),
    early_premise=prose.premise(
        (early["country"] == "CN").all() and len(later) > 0,
        "every event before the first "
        "American chip control concerns China, and the controls are tightened again after it",
        early,
        controls,
    ),
    busiest_year=prose.year(in_busiest.iloc[0], in_busiest),
    busiest_count=prose.noun_count(len(in_busiest), "event", in_busiest),
    recent_precise=prose.count(n_late, recent),
    burst_share=prose.percent(len(recent) / len(events), recent),
    burst_models=prose.count(len(on_models), recent),
    burst_premise=prose.premise(
        len(on_models) >= len(recent) / 2,
        "models and adoption account for at least "
        "half of the events from the arrival of large models on",
        recent,
    ),
    early_precise=prose.derived(
        {0: "none is", 1: "one is"}.get(n_early, f"{prose.spelled(n_early)} are"),
        before,
    ),
    precision_premise=prose.premise(
        n_early / len(before) < n_late / len(recent),
        "recent events are dated more precisely than early ones",
        events,
    ),
)

# %% [markdown]
# ## The predictions, on the same line
#
# {numref}`fig-chronology-forecasts` extends the timeline into the future with every
# prediction that names a target year: {glue:md}`n_dated_forecasts` of the
# {glue:md}`n_forecasts` predictions in the ledger. The other
# {glue:md}`n_undated` name no year at all, which is itself telling: most of
# what the sources say about where the race is going comes without a date to
# check it against.{glue:md}`undated_premise`
#
# The dated predictions bunch on a few years. The most common target year is
# {glue:md}`modal_year`, named by {glue:md}`modal_count`: it is the year most
# of the sources were written in, and these are mostly targets and
# expectations for the year in hand. The year of China's leadership goal,
# {glue:md}`goal_year`, is named by {glue:md}`goal_count`, {glue:md}`goal_place`
# group. It is also the most common year among the predictions about AGI,
# superintelligence and AI leadership alone, the ones the first chapter sets
# out in {numref}`fig-arrivals`. The two groups are different kinds of
# statement: the near ones can already be checked against what happened, the
# far ones are statements of intent or belief. The same theme menu filters
# this figure too.{glue:md}`modal_premise`

# %% tags=["hide-input", "remove-output"]
dated = forecasts.dropna(subset=["target_year"]).assign(
    year=lambda d: d["target_year"].astype(int),
    slot=lambda d: d.groupby(["theme", "year"]).cumcount(),
)
undated = forecasts[forecasts["target_year"].isna()]
mode_year, goal = int(dated["year"].mode().iloc[0]), book.row("dig-fc01")
modal, on_goal = (
    dated[dated["year"] == mode_year],
    dated[dated["year"] == goal["target_year"]],
)
written = (
    book.ledger.sources["published"].str[:4].astype(int).mode().iloc[0]
)  # the year most sources date from
# Forecasts fall on whole target years on an evenly spaced year axis; points sharing a year
# and theme are set one above another within the theme's row.
future = (
    alt.Chart(dated)
    .mark_point(size=130, strokeWidth=2, opacity=1)
    .encode(
        x=alt.X(
            "year:Q",
            title="Target year",
            scale=alt.Scale(zero=False, padding=12),
            axis=alt.Axis(format="d"),
        ),
        y=alt.Y(
            "theme:N",
            title=None,
            sort=THEMES,
            axis=alt.Axis(labelExpr=charts.label_expr(labels.labels("theme"))),
        ),
        yOffset="slot:O",
        color=alt.value("#555"),
        tooltip=charts.forecast_tooltips(),
    )
)  # the row is the theme; colour is kept for countries
fig_future = book.figure(
    theme_menu(future, "future_theme").properties(height=280, width=480),
    figure_id="chronology-forecasts",
    title="What the sources expect, and when",
    subtitle="Every prediction or target that names a year, by theme.",
    rows=dated,
    description=(
        f"Dot chart of {len(dated)} dated predictions by target year and theme, from "
        f"{dated['year'].min()} to {dated['year'].max()}; {len(modal)} name {mode_year}."
    ),
)
say(
    n_dated_forecasts=prose.count(len(dated), dated),
    n_forecasts=prose.count(len(forecasts), forecasts),
    n_undated=prose.count(len(undated), undated),
    fig_future=fig_future,
    goal_year=prose.year(goal, on_goal),
    undated_premise=prose.premise(
        len(undated) > len(dated), "most predictions name no year", forecasts
    ),
    modal_year=prose.derived(str(mode_year), modal),
    modal_count=prose.noun_count(len(modal), "prediction", modal),
    goal_place=prose.ranked(
        (dated["year"].value_counts() > len(on_goal)).sum() + 1, "largest", dated
    ),
    goal_count=prose.count(len(on_goal), on_goal),
    modal_premise=prose.premise(  # three years, two equal, one not
        mode_year
        == written
        != goal["target_year"]
        == dated.query("theme == 'narratives'")["year"].mode().iloc[0],
        "the sources' own year is the commonest target and the goal year leads among AGI and ASI predictions",
        dated,
    ),
    # The opening's premise: the three phases, most events after large models, the nearness of the writers, and
    # predictions mostly undated, the dated ones led by the sources' own year and then the goal year.
    opening_premise=prose.premise(
        (early["country"] == "CN").all()
        and len(later) > 0
        and 2 * len(recent) > len(events)
        and n_early / len(before) < n_late / len(recent)
        and len(undated) > len(dated)
        and mode_year == written
        and (dated["year"].value_counts() > len(on_goal)).sum() == 1,
        "Chinese policy comes first, most "
        "events date from the arrival of large models, recent ones more precisely, most predictions name no year, and "
        "the dated ones name the sources' own year most and the goal year next",
        events,
        forecasts,
    ),
)

# %% [markdown]
# ```{glue:figure} fig_future
# :name: fig-chronology-forecasts
#
# Dated predictions. Points in the same year and theme are set side by side.
# ```
#
# (undated-steps)=
# ## What the dates leave out
#
# {glue:md}`n_undated_steps` the sources describe have no date in the text and
# therefore none here: {glue:md}`undated_steps`. A reader who knows those
# dates can place them; the book does not, because a date it supplied would be
# ours, not the sources'. The last of them, which Brookings reports, is a
# different step from the one the essay dates to {glue:md}`march_date`, when
# Beijing named embodied intelligence a key industry of the future. That one
# is on the timeline: the essay prints the month, and the year is the
# ledger's dating of the essay.{glue:md}`five_year_premise`
#
# Where a source dates an event only relative to itself ("last September",
# "earlier this year"), the ledger takes the year from its dating of the
# source and says so in the event's note; those inferences are listed
# below.

# %% tags=["hide-input"]
# Steps the sources name without a date, with a word that an event recording them would contain; a step
# drops out of the sentence once the ledger dates it.
UNDATED = {
    "the American framework for AI diffusion": "diffusion",
    "China's ban on Micron's chips": "micron",
    "the "
    "later easing of American controls on sales of Nvidia's H200 chips to China": "h200",
    "Beijing's limits on importing them": "import limit",
    "the five-year plan that made embodied AI a target industry": "five-year",
}
steps = [
    step
    for step, word in UNDATED.items()
    if not events["event"].str.lower().str.contains(word).any()
]
march = book.row(
    "ess-ev03"
)  # the essay's step for embodied AI, which is not the plan's
say(
    n_undated_steps=prose.noun_count(len(steps), "step", events, capitalise=True),
    march_date=prose.date(march),
    undated_steps=prose.derived(listed(steps), events),
    five_year_premise=prose.premise(
        steps[-1].startswith("the five-year"),
        "the five-year plan is still undated, the last step listed",
        march,
    ),
)
tables.ledger_table(
    events[events["note"].str.contains("read as|inferred|taken from", na=False)],
    "Events whose date was inferred",
    columns=["event_id", "date", "event", "as_printed", "note", "citation"],
)

# %% [markdown]
# ## This chapter's ledger
#
# Every event in date order. The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(events, "All dated events")
