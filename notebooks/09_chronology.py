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
# The chapters so far read the sources
# {cite:p}`bhambwani2025asi,sinolytics2025agi,brookings2026races,cto21_2025superintelligent,digest2025china`
# by theme. This one reads them by date.
# Every dated event in the ledger is on one timeline, which can be filtered to
# a single theme, and every dated prediction is on a second one that runs into
# the future. Seen this way, the story has a clear shape: a long period of
# policy and preparation, a compressed burst of activity after large models
# arrived, and a crowd of predictions clustered around one year.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt

from airaces import chapter, charts, prose, tables
from airaces.periods import period_start

book = chapter.open_ledger(data_dir)
# Each event sits at the start of the period its date covers; its shape shows how precise that date is.
events = book.events.sort_values(["date", "event_id"])
events = events.assign(when=events["date"].map(period_start),
                       precision=events["date"].str.len().map({4: "year", 7: "month", 10: "day"}))
forecasts, say = book.forecasts, prose.glue
THEMES = ["narratives", "chips", "compute", "data", "models", "adoption", "embodied", "capital"]


def theme_menu(chart: alt.Chart, name: str) -> alt.Chart:
    """The chart with a menu that shows one theme or "All"; each figure's menu needs a name of its own."""
    pick = alt.param(name=name, value="All", bind=alt.binding_select(options=["All", *THEMES], name="Theme: "))
    return chart.add_params(pick).transform_filter(f"{name} == 'All' || datum.theme == {name}")


# %% [markdown]
# ## Every event, on one line
#
# The ledger holds {glue:md}`n_events` dated events, from {glue:md}`first_year`
# to {glue:md}`last_year`. The menu above {numref}`fig-chronology-events` picks one theme; choose
# "All" to see them all again. Each event is placed at the start of the
# period its date covers, so an event the source dates only to a year sits on
# the first of January, and the tooltip gives the date exactly as precise as
# the source made it. Colour shows which country the event is about.

# %% tags=["hide-input"]
first, last = (events[events["date"] == d] for d in (events["date"].min(), events["date"].max()))
precision = alt.Shape("precision:N", title="Dated to the", scale=alt.Scale(domain=["year", "month", "day"],
                                                                           range=["circle", "square", "diamond"]))
timeline = charts.timeline(events, lane="theme", lanes=THEMES, tick_count=12, shape=precision)
fig_timeline = book.figure(
    theme_menu(timeline, "theme_pick").properties(height=260),
    figure_id="chronology-events", title="Every dated event in the ledger",
    subtitle="One point per event, by theme and date. Pick a theme from the menu to filter.", rows=events,
    description=(f"Timeline of all {len(events)} dated events from {first['date'].iloc[0]} to {last['date'].iloc[0]}, "
                 f"by theme; {(events['country'] == 'CN').sum()} concern China and "
                 f"{(events['country'] == 'US').sum()} the United States."),
    note="Points overlap where several events share a year; hover, or filter by theme, to separate them.")
say(n_events=prose.derived(prose.number(len(events)), events), first_year=prose.year(first.iloc[0], first),
    last_year=prose.year(last.iloc[0], last), fig_timeline=fig_timeline)

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
# The early events are Chinese policy. "Indigenous innovation" became a goal
# in {glue:md}`indigenous`, "Made in China 2025" followed in
# {glue:md}`mic2025`, and in {glue:md}`ai_plan_year` Beijing set out to lead the
# world in AI by {glue:md}`lead_by`. American controls on chips enter the
# record in {glue:md}`controls_start` and tighten in almost every year after.
#
# Then the pace changes. {glue:md}`busiest_year` is the busiest year in the
# ledger, with {glue:md}`busiest_count` events, and {glue:md}`burst_share` of
# all dated events fall in {glue:md}`burst_from` or later. Most of them are
# about models and adoption: DeepSeek's releases, the app that topped the
# American store, open weights, a state-owned sector deploying models at
# speed, and the first rankings in which Chinese models fill most of the top
# places. The chronology is not the history of the field, only of what these
# five documents chose to date, but it shows where their attention went.
#
# The precision of the dates changes with the phase as well. The early events
# are dated to a year, the recent ones to a month or a day, because the
# sources were written close to them. That is a warning for anyone reading the
# timeline as evidence of acceleration: part of the crowding at the right-hand
# end is the nearness of the writers, not only the pace of events. The
# figure's shapes make the difference visible, and the events whose year had
# to be inferred from a source's own date are listed at the end of the
# chapter.

# %% tags=["hide-input"]
ev = events.set_index("event_id", drop=False)
controls = events[(events["theme"] == "chips") & (events["country"] == "US")]
years = events["date"].str[:4]
busiest = max(years.unique(), key=lambda y: ((years == y).sum(), y))
in_busiest = events[years == busiest]
burst = ev.loc["sin-ev13"]  # the surge in demand once large models arrived
recent = events[events["date"] >= burst["date"]]
say(indigenous=prose.year(ev.loc["sin-ev09"]), mic2025=prose.year(ev.loc["sin-ev10"]),
    ai_plan_year=prose.year(ev.loc["dig-ev01"], "sin-ev04"),
    lead_by=prose.year(forecasts.set_index("forecast_id", drop=False).loc["dig-fc01"]),
    controls_start=prose.year(controls.iloc[0], controls), busiest_year=prose.derived(busiest, in_busiest),
    busiest_count=prose.derived(prose.number(len(in_busiest)), in_busiest), burst_from=prose.year(burst),
    burst_share=prose.percent(len(recent) / len(events), recent))

# %% [markdown]
# ## The predictions, on the same line
#
# {numref}`fig-chronology-forecasts` extends the timeline into the future with every
# prediction that names a target year: {glue:md}`n_dated_forecasts` of the
# {glue:md}`n_forecasts` predictions in the ledger. The rest name no year at
# all, which is itself telling: most statements about where the race is going
# are made without a date to check them against. Of the dated ones,
# {glue:md}`modal_count` name {glue:md}`modal_year`, the year of China's
# leadership goal and of several forecasts of superintelligence. The same
# theme menu filters this figure too.

# %% tags=["hide-input"]
dated = forecasts[forecasts["target_year"].notna()]
dated = dated.assign(year=dated["target_year"].astype(int))
mode_year = int(dated["year"].mode().iloc[0])
modal = dated[dated["year"] == mode_year]
# Forecasts fall on whole target years, so points sharing a year and theme are set side by side.
future = alt.Chart(dated).mark_point(size=130, strokeWidth=2, fill="white", opacity=1).encode(
    x=alt.X("year:O", title="Target year"), y=alt.Y("theme:N", title=None, sort=THEMES),
    color=alt.Color("theme:N", title="Theme", scale=alt.Scale(domain=THEMES, scheme="tableau10"), legend=None),
    xOffset=alt.XOffset("forecast_id:N"), tooltip=charts.forecast_tooltips())
fig_future = book.figure(
    theme_menu(future, "future_theme").properties(height=240, width=alt.Step(14)),
    figure_id="chronology-forecasts", title="What the sources expect, and when",
    subtitle="Every prediction or target that names a year, by theme. All are forecasts or targets, so all are hollow.",
    rows=dated, description=(f"Dot chart of {len(dated)} dated predictions by target year and theme, from "
                             f"{dated['year'].min()} to {dated['year'].max()}; {len(modal)} name {mode_year}."))
say(n_dated_forecasts=prose.derived(prose.number(len(dated)), dated),
    n_forecasts=prose.derived(prose.number(len(forecasts)), forecasts), modal_year=prose.year(modal.iloc[0], modal),
    modal_count=prose.count(len(modal), modal), fig_future=fig_future)

# %% [markdown]
# ```{glue:figure} fig_future
# :name: fig-chronology-forecasts
#
# Dated predictions. Points in the same year and theme are set side by side.
# ```
#
# ## What the dates leave out
#
# Several steps the sources describe have no date in the text and therefore
# none here: the American framework for AI diffusion, the later relaxation of
# sales of Nvidia's H200 and Beijing's import limits, its ban on Micron, the
# five-year plan that made embodied AI a target industry, and the release of
# DeepSeek's R1. A reader who knows those dates can place them; the book does
# not, because a date it supplied would be ours, not the sources'. Where a
# source dates an event only relative to itself ("last September", "earlier
# this year"), the ledger infers the year from the source's own date and says
# so in the event's note; those inferences are listed below.

# %% tags=["hide-input"]
tables.ledger_table(events[events["note"].notna()], "Events whose date was inferred",
                    columns=["event_id", "date", "event", "as_printed", "note", "citation"])

# %% [markdown]
# ## This chapter's ledger
#
# Every event in date order. The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(events, "All dated events")
