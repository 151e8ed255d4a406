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
# The ledger, its events placed in time, and its predictions.
from airaces import chapter, chronology, labels, prose, recipes, tables

book = chapter.open_ledger(data_dir)
events = chronology.numbered(book.events)
forecasts = book.forecasts
themes = labels.labels("theme")  # each theme's words, in the book's order
say = prose.glue

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
# The first and last events, and how many concern each country.
first = chronology.earliest(events)
last = chronology.latest(events)
china = events[events["country"] == "CN"]
us = events[events["country"] == "US"]
say(
    n_events=prose.noun_count(len(events), "dated event", events),
    first_year=prose.year(first.iloc[0], first),
    last_year=prose.year(last.iloc[0], last),
    n_china=prose.count(len(china), china),
    n_us=prose.count(len(us), us),
    country_premise=prose.premise(
        len(china) > len(us), "more events concern China than the United States", events
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: every event in lanes by theme, shaped by how precisely it is dated.
turns = chronology.turning_years(events)
timeline = recipes.timeline(
    events,
    lane="theme",
    lanes=list(themes),
    named=turns,
    wider_from=turns[1],
    shape=recipes.shape_by("precision", "Dated to the", chronology.PRECISION_SHAPES),
    lane_words=themes,
)
say(
    timeline_key=chronology.key(events),
    fig_timeline=book.figure(
        recipes.theme_menu(timeline, "theme_pick", themes),
        figure_id="chronology-events",
        title="Every dated event in the ledger",
        subtitle="One numbered point per event, by theme and date. "
        "Point at the chart for a menu that picks one theme.",
        rows=events,
        description=chronology.timeline_description(events),
        note="Events close in time in one theme are set one above another.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_timeline
# :name: fig-chronology-events
#
# The whole chronology. Circles are dated to a year, squares to a month,
# diamonds to a day. Each event is numbered in the order it is drawn, left to
# right, as in the list below, which gives its date as the source printed it,
# who acted and what happened; tap or hover over a point for its source. Points
# close in time in one theme are set one above another, each with its own
# number. The lower panel draws the
# crowded years since large models arrived again, wider, with their numbers.
# ```
#
# ```{glue:md} timeline_key
# :format: myst
# ```
#
# A point marks only that a source dated an event, not how much the event
# weighed: the "Made in China 2025" plan and one app's day at the top of a
# download chart each make one point. Nor is an empty stretch of the line a
# quiet one. It is a stretch that none of these documents chose to date.
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
# The phases are the book's reading, not the sources'. Their boundaries are
# two rows of the ledger: the first American chip control, and the surge in
# demand for computing that the whitepaper ties to the rise of large models.
# A source that dated an earlier American control would move the first; the
# second is the whitepaper's own dating of the surge.
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
# The first American chip control, and the events before it and after it.
controls = chronology.us_chip_controls(events)
start = controls["date"].iloc[0][:4]
early = events[events["date"] < start]
later = controls[controls["date"].str[:4] > start]
china_first = (early["country"] == "CN").all() and len(later) > 0
say(
    indigenous=prose.year(book.row("sin-ev09")),
    mic2025=prose.year(book.row("sin-ev10")),
    ai_plan_year=prose.year(book.row("dig-ev01"), "sin-ev04"),
    lead_by=prose.year(book.row("dig-fc01")),
    controls_start=prose.derived(start, controls),
    controls_later=prose.derived(prose.listed(later["date"].str[:4].unique()), later),
    early_premise=prose.premise(
        china_first,
        "every event before the first American chip control concerns China, "
        "and the controls are tightened again after it",
        early,
        controls,
    ),
)

# %% tags=["hide-input"]
# The events since large models arrived, those on models and adoption, the busiest year.
burst = book.row("sin-ev13")  # the surge in demand once large models arrived
recent = events[events["date"] >= burst["date"]]
on_models = recent[recent["theme"].isin(["models", "adoption"])]
busiest = chronology.busiest_year(events)
say(
    burst_from=prose.year(burst),
    n_recent=prose.count(len(recent), recent),
    burst_share=prose.percent(len(recent) / len(events), recent),
    busiest_year=prose.year(busiest.iloc[0], busiest),
    busiest_count=prose.noun_count(len(busiest), "event", busiest),
    burst_models=prose.count(len(on_models), recent),
    burst_premise=prose.premise(
        len(on_models) >= len(recent) / 2,
        "models and adoption account for at least half of the events from the "
        "arrival of large models on",
        recent,
    ),
)

# %% tags=["hide-input"]
# How many events, before large models and since, are dated to a month or a day.
before = events[events["date"] < burst["date"]]
n_early = chronology.precise(before)
n_late = chronology.precise(recent)
sharper = n_early / len(before) < n_late / len(recent)
say(
    n_before=prose.count(len(before), before),
    early_precise=prose.derived(chronology.how_many_are(n_early), before),
    recent_precise=prose.count(n_late, recent),
    precision_premise=prose.premise(
        sharper, "recent events are dated more precisely than early ones", events
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
#
# Counting predictions counts sentences, not writers. The essay alone gives
# {glue:md}`essay_count` of the {glue:md}`n_dated_forecasts` dated
# predictions, so a year it names several times weighs more in the figure
# than a year that several sources name once each. Counted by source, the
# two leading years change places: {glue:md}`goal_year` is named in
# {glue:md}`goal_sources` of the {glue:md}`n_sources` sources and
# {glue:md}`modal_year` in {glue:md}`modal_sources`. The year of Beijing's goal
# is the date the writers share; the sources' own year leads the count of
# predictions because a few of them list many targets for the year in
# hand.{glue:md}`sources_premise`
#
# Nor does a point say how likely its source thinks the event is. A
# government's target sits beside a chief executive's forecast and an author's
# passing guess, each one point of the same size; only the tooltip, which names
# who made each prediction, tells them apart.

# %% tags=["hide-input", "remove-output"]
# The predictions with and without a year, the commonest year, and the goal's year.
dated = chronology.stacked_targets(forecasts)
undated = forecasts[forecasts["target_year"].isna()]
mode_year = chronology.modal_year(dated)
modal = dated[dated["year"] == mode_year]
goal = book.row("dig-fc01")
on_goal = dated[dated["year"] == goal["target_year"]]
say(
    n_dated_forecasts=prose.count(len(dated), dated),
    n_forecasts=prose.count(len(forecasts), forecasts),
    n_undated=prose.count(len(undated), undated),
    undated_premise=prose.premise(
        len(undated) > len(dated), "most predictions name no year", forecasts
    ),
    modal_year=prose.derived(str(mode_year), modal),
    modal_count=prose.noun_count(len(modal), "prediction", modal),
    goal_year=prose.year(goal, on_goal),
    goal_count=prose.count(len(on_goal), on_goal),
)

# %% tags=["hide-input", "remove-output"]
# The goal year's place, and the premise that the sources' own year leads.
goal_place = chronology.place_of(goal["target_year"], dated)
written = chronology.written_year(book.ledger.sources)
agi_year = chronology.modal_year(dated[dated["theme"] == "narratives"])
say(
    goal_place=prose.ranked(goal_place, "largest", dated),
    modal_premise=prose.premise(
        mode_year == written != goal["target_year"] == agi_year,
        "the sources' own year is the commonest target and the goal year leads "
        "among AGI and ASI predictions",
        dated,
    ),
)

# %% tags=["hide-input", "remove-output"]
# The predictions counted by source: the essay's share, and the sources naming each year.
essay = dated[dated["source_id"] == "asi_essay"]
goal_sources = chronology.n_sources(on_goal)
modal_sources = chronology.n_sources(modal)
say(
    essay_count=prose.count(len(essay), essay),
    n_sources=prose.spelled(len(book.ledger.sources)),
    goal_sources=prose.count(goal_sources, on_goal),
    modal_sources=prose.count(modal_sources, modal),
    sources_premise=prose.premise(
        goal_sources > modal_sources,
        "more sources name the goal year than the sources' own year",
        dated,
    ),
)

# %% tags=["hide-input", "remove-output"]
# Figure: every dated prediction by target year and theme.
future = recipes.target_years(
    dated, lanes=themes, named=(mode_year, goal["target_year"])
)
say(
    fig_future=book.figure(
        recipes.theme_menu(future, "future_theme", themes).properties(
            height=320, width=480
        ),
        figure_id="chronology-forecasts",
        title="What the sources expect, and when",
        subtitle="Every prediction or target that names a year, by theme.",
        rows=dated,
        description=chronology.targets_description(dated),
    )
)

# %% tags=["hide-input", "remove-output"]
# The opening's premise: each of the chapter's findings holds.
say(
    opening_premise=prose.premise(
        china_first
        and 2 * len(recent) > len(events)
        and sharper
        and len(undated) > len(dated)
        and mode_year == written
        and goal_place == 2,
        "Chinese policy comes first, most events date from the arrival of large "
        "models, recent ones more precisely, most predictions name no year, and the "
        "dated ones name the sources' own year most and the goal year next",
        events,
        forecasts,
    )
)

# %% [markdown]
# ```{glue:figure} fig_future
# :name: fig-chronology-forecasts
#
# Dated predictions, coloured by the country of who predicts. Points in the
# same year and theme are set one above another, centred on their row, with
# their count over them, written after a times sign; each sits in the middle
# of its target year, as every year-only date does in this book. Tap or hover for who predicts what.
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
# below. There are {glue:md}`n_inferred`, all from {glue:md}`burst_from` or
# later, so part of the crowded end of the timeline rests on the ledger's
# reading of such phrases rather than on dates the sources
# print.{glue:md}`inferred_premise`

# %% tags=["hide-input"]
# The steps the sources name without a date (listed in airaces.chronology), and the essay's.
steps = chronology.still_undated(chronology.UNDATED_STEPS, events)
march = book.row("ess-ev03")  # the essay's step for embodied AI, not the plan's
say(
    n_undated_steps=prose.noun_count(len(steps), "step", events, capitalise=True),
    march_date=prose.date(march),
    undated_steps=prose.derived(prose.listed(steps), events),
    five_year_premise=prose.premise(
        steps[-1].startswith("the five-year"),
        "the five-year plan is still undated, the last step listed",
        march,
    ),
)

# %% tags=["hide-input"]
# The events whose date the ledger inferred, and the table of them.
guessed = chronology.inferred(events)
say(
    n_inferred=prose.count(len(guessed), guessed),
    inferred_premise=prose.premise(
        (guessed["date"] >= burst["date"]).all(),
        "every inferred date falls in the year large models arrived or later",
        guessed,
    ),
)
tables.ledger_table(
    guessed,
    "Events whose date was inferred",
    columns=["event_id", "date", "event", "as_printed", "note", "citation"],
)

# %% [markdown]
# ## This chapter's ledger
#
# Every event in date order. The ids link to the ledger browser. A date is
# only as precise as the source's wording, which the `as_printed` column
# quotes, so some events carry a year alone.

# %% tags=["hide-input"]
# Table: every event, in date order.
tables.ledger_table(events, "All dated events")
