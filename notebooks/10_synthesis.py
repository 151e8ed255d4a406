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
# # Synthesis: a scorecard
#
# The Sinolytics whitepaper {cite:p}`sinolytics2025agi` judges China on five pillars (chips, computing,
# data, models and applications); the Brookings commentary {cite:p}`brookings2026races` on three races
# (efficiency, adoption and physical integration). This chapter puts the
# eight side by side. It does not add judgements of its own: every rating
# below is a statement one of the five sources makes, coded on a five-point
# scale from a serious weakness to a lead, and every one links to the words
# it was coded from. Where sources disagree, both ratings are shown.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt

from airaces import chapter, charts, citations, prose, tables

book, say = chapter.open_ledger(data_dir), prose.glue
# Sinolytics' five pillars, then Brookings' three races, in the order the scorecard lists them.
LABELS = {d: d.replace("_", " ").capitalize() for d in ["chips", "computing", "data", "models", "applications",
                                                        "efficiency", "adoption", "physical_integration"]}
RATING_WORDS = {-2: "a serious weakness", -1: "behind", 0: "mixed", 1: "strong or catching up", 2: "ahead"}
source_names = {s.source_id: citations.short_citation(s) for s in book.ledger.sources.itertuples()}
scores = citations.with_citations(book.ledger.assessments, book.ledger.sources)
scores = scores.assign(dimension_label=scores["dimension"].map(LABELS), source=scores["source_id"].map(source_names),
                       rating_words=scores["rating"].map(RATING_WORDS))
dims = dict(tuple(scores.groupby("dimension")))
lowest, highest = (scores.groupby("dimension")["rating"].agg(f) for f in ("min", "max"))
order_x = [name for s, name in source_names.items() if s in set(scores["source_id"])]  # the ledger's order

# %% [markdown]
# ## The scorecard
#
# The ledger holds {glue:md}`n_ratings` ratings from {glue:md}`n_sources` of
# the five sources; the 21CTO summary {cite:p}`cto21_2025superintelligent` rates nothing, since it reports one
# company's plans. {numref}`fig-synthesis-scorecard` shows each source's rating of each pillar and
# race. Read across a row to see whether the sources agree; read down a
# column to see how one source sees China overall.

# %% tags=["hide-input"]
# One cell per source and dimension: a source that rates a dimension twice shows the mean of its two ratings.
cell = scores.groupby(["dimension", "source_id", "dimension_label", "source"]).agg(
    rating=("rating", "mean"), spans=("as_printed", " | ".join), ids=("assessment_id", ", ".join),
    citation=("citation", "; ".join)).reset_index()
cell["label"] = cell["rating"].map(lambda r: f"{r:+.1f}".replace(".0", "").replace("+0", "0"))
base = alt.Chart(cell).encode(
    x=alt.X("source:N", title=None, sort=order_x, axis=alt.Axis(orient="top", labelAngle=-20, labelAlign="left",
                                                                labelLimit=200)),
    y=alt.Y("dimension_label:N", title=None, sort=list(LABELS.values())))
heat = base.mark_rect(stroke="white", strokeWidth=2).encode(
    color=alt.Color("rating:Q", title="China's position", scale=alt.Scale(
        domain=[-2, 0, 2], range=[charts.COUNTRY_COLOURS["US"], "#f2f2f2", charts.COUNTRY_COLOURS["CN"]]),
        legend=alt.Legend(values=[-2, -1, 0, 1, 2], labelExpr="datum.value == -2 ? '−2 serious weakness' : "
                          "datum.value == 2 ? '+2 ahead' : datum.value == 0 ? '0 mixed' : datum.label")),
    tooltip=[alt.Tooltip("dimension_label:N", title="Pillar or race"), alt.Tooltip("source:N", title="Source"),
             alt.Tooltip("rating:Q", title="Rating", format="+.1f"), alt.Tooltip("spans:N", title="As printed"),
             alt.Tooltip("citation:N", title="Where"), alt.Tooltip("ids:N", title="Ledger ids")])
# Numbers on the darkest cells are written in white, so they stay legible.
text = base.mark_text(fontSize=13, fontWeight="bold").encode(
    text="label:N", color=alt.condition("abs(datum.rating) >= 1.5", alt.value("white"), alt.value("#222")))
say(n_ratings=prose.derived(prose.number(len(scores)), scores),
    n_sources=prose.count(scores["source_id"].nunique(), scores), fig_scorecard=book.figure(
        (heat + text).properties(width=alt.Step(105), height=alt.Step(34)),
        figure_id="synthesis-scorecard", title="How each source rates China",
        subtitle="−2: a serious weakness … +2: ahead. Blank: not judged. Two judgements are averaged.", rows=scores,
        description="Heat map of China's position on five pillars and three races as each source rates it: "
                    + "; ".join(f"{LABELS[d]} {lowest[d]:+d} to {highest[d]:+d}" for d in LABELS) + ".",
        note="Ratings code what each source says, not our judgement. Hover over a cell for the words coded."))

# %% [markdown]
# ```{glue:figure} fig_scorecard
# :name: fig-synthesis-scorecard
#
# The scorecard. Red is a Chinese lead, blue a Chinese weakness; the number
# is the rating.
# ```
#
# ## Where they agree
#
# On chips the sources agree that China is behind, and most say badly behind:
# the weakest rating is {glue:md}`chips_min`, and no source rates chips above
# {glue:md}`chips_max`. On the application side they agree just as firmly the
# other way: applications average {glue:md}`applications_mean` and adoption
# {glue:md}`adoption_mean`. These are the two ends of the race as the sources
# describe it. China is short of the input that the American race is run on,
# and long on the output that an adoption race rewards.
#
# ## Where they differ
#
# {numref}`fig-synthesis-spread` shows, for each pillar and race, the spread of ratings
# across sources. {glue:md}`n_disputed` of the eight are disputed, in the
# sense that two sources rate them at least {glue:md}`dispute_gap` points
# apart. The widest disagreement is on {glue:md}`widest`: {glue:md}`widest_high`
# rates it {glue:md}`widest_high_rating`, {glue:md}`widest_low` only
# {glue:md}`widest_low_rating`. Models are the other contested ground: the
# sources that rate them "closing in" or "on the frontline" write about open
# models and recent releases, while the digest's verdict {cite:p}`digest2025china` that the United
# States still leads is about the frontier. Both can be true, and the
# scorecard shows both rather than averaging them away.

# %% tags=["hide-input"]
spread = highest - lowest
DISPUTE = 2  # points apart on the five-point scale: a real disagreement, not a shade
disputed = scores[scores["dimension"].isin(spread[spread >= DISPUTE].index)]
widest = spread.sort_values(ascending=False).index[0]
low, high = (dims[widest].sort_values("rating").iloc[i] for i in (0, -1))
dots = alt.Chart(scores).mark_point(size=140, filled=True, opacity=0.9).encode(
    x=alt.X("rating:Q", title="Rating: −2 serious weakness … +2 ahead", scale=alt.Scale(domain=[-2.3, 2.3]),
            axis=alt.Axis(values=[-2, -1, 0, 1, 2])),
    y=alt.Y("source:N", title=None, sort=order_x, axis=alt.Axis(labelLimit=200)),
    color=alt.Color("source:N", title="Source", sort=order_x, scale=alt.Scale(scheme="dark2"), legend=None),
    tooltip=[alt.Tooltip("source:N", title="Source"), alt.Tooltip("rating_words:N", title="Rating"),
             alt.Tooltip("as_printed:N", title="As printed"), alt.Tooltip("citation:N", title="Where"),
             alt.Tooltip("assessment_id:N", title="Ledger id")]).properties(width=260, height=alt.Step(14))
say(chips_min=prose.derived(f"{lowest['chips']:+d} ({RATING_WORDS[lowest['chips']]})", dims["chips"]),
    chips_max=prose.derived(f"{highest['chips']:+d}", dims["chips"]),
    **{f"{d}_mean": prose.derived(f"{dims[d]['rating'].mean():+.1f}", dims[d]) for d in ("applications", "adoption")},
    dispute_gap=prose.count(DISPUTE), widest=prose.derived(LABELS[widest].lower(), dims[widest]),
    n_disputed=prose.count(disputed["dimension"].nunique(), disputed, capitalise=True),
    widest_high=prose.derived(high["source"], high), widest_low=prose.derived(low["source"], low),
    widest_high_rating=prose.derived(f"{high['rating']:+d}, {high['rating_words']}", high),
    widest_low_rating=prose.derived(f"{low['rating']:+d}, {low['rating_words']}", low), fig_spread=book.figure(
        dots.facet(row=alt.Row("dimension_label:N", title=None, sort=list(LABELS.values()), header=alt.Header(
            labelAngle=0, labelAlign="left", labelFontWeight="bold"))).resolve_scale(y="independent"),
        figure_id="synthesis-disagreement", title="Where the sources differ",
        subtitle="Each source's ratings of each pillar and race, one row per source that judges it.", rows=scores,
        description=(f"Range chart of ratings by pillar and race. {disputed['dimension'].nunique()} are disputed by "
                     f"{DISPUTE} or more points; the widest spread is on {LABELS[widest].lower()}, from "
                     f"{low['rating']:+d} to {high['rating']:+d}."),
        note="A source that judges one dimension twice has two dots on its row."))

# %% [markdown]
# ```{glue:figure} fig_spread
# :name: fig-synthesis-spread
#
# Agreement and disagreement. Hover over a dot for the statement it codes.
# ```
#
# ## What the scorecard says about the races
#
# Put the pillars and races together and the book's title earns its plural.
# On the pillars that an AGI race is run on (chips and, behind them,
# computing) China is behind by every account in the ledger, and the
# efficiency race is the answer the sources credit it with: doing more with
# the chips it can get. On the pillars and races that an adoption or
# integration race is run on, the sources rate China level or ahead. Whether
# that makes China the favourite depends on which race one thinks decides the
# outcome, and the sources do not agree on that either: the essay {cite:p}`bhambwani2025asi` bets on
# applications and robots, Sinolytics expects the chip gap to bind, and
# Brookings asks whether the United States is running the right race at all.
# The ratings do not settle the question; they show exactly where the
# disagreement lies, and on which words.
#
# ## How the ratings were coded
#
# Each rating codes one statement, and the scale is deliberately coarse. A
# statement that China "leads" or has "a sizable advantage" scores plus two;
# one that it is "closing in" or has made "significant strides", plus one; a
# judgement that pairs a strength with a weakness, zero; "still leads" said of
# the United States, or "will continue to lag", minus one; and "biggest
# vulnerability", minus two. The
# codebook in `data/README.md` lists the rule, and the ledger keeps the
# words, so a reader who would code a statement differently can change one
# row of `assessments.csv` and rerun this chapter. Nothing here is weighted by
# the length or standing of a source: the essay and the digest count as much
# as the whitepaper, which is why the scorecard shows sources side by side
# rather than one blended grade.
#
# ## Every rating
#
# Every statement behind the scorecard, with the words it was coded from.
# The ids link to the ledger browser.

# %% tags=["hide-input"]
tables.ledger_table(scores.sort_values(["dimension", "rating"]), "Every rating in the scorecard",
                    columns=["assessment_id", "dimension", "rating", "as_printed", "note", "citation"])
