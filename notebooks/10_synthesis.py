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
import pandas as pd

from airaces import chapter, charts, citations, prose, tables

book = chapter.open_ledger(data_dir)
scores = citations.with_citations(book.ledger.assessments, book.ledger.sources)
say = prose.glue
PILLARS = ["chips", "computing", "data", "models", "applications"]
RACES = ["efficiency", "adoption", "physical_integration"]
LABELS = {d: d.replace("_", " ").capitalize() for d in PILLARS + RACES}
RATING_WORDS = {-2: "a serious weakness", -1: "behind", 0: "mixed", 1: "strong or catching up", 2: "ahead"}
source_names = {s.source_id: citations.short_citation(s) for s in book.ledger.sources.itertuples()}
scores["dimension_label"] = scores["dimension"].map(LABELS)
scores["group"] = scores["dimension"].map(lambda d: "Pillar" if d in PILLARS else "Race")
scores["source"] = scores["source_id"].map(source_names)
scores["rating_words"] = scores["rating"].map(RATING_WORDS)

# %% [markdown]
# ## The scorecard
#
# The ledger holds {glue:md}`n_ratings` ratings from {glue:md}`n_sources` of
# the five sources; the 21CTO summary {cite:p}`cto21_2025superintelligent` rates nothing, since it reports one
# company's plans. {numref}`fig-synthesis-scorecard` shows each source's rating of each pillar and
# race. Read across a row to see whether the sources agree; read down a
# column to see how one source sees China overall.

# %% tags=["hide-input"]
say("n_ratings", prose.number(len(scores)), ids=scores["assessment_id"])
say("n_sources", prose.spelled(scores["source_id"].nunique()), ids=scores["assessment_id"])

cell = scores.groupby(["dimension", "source_id"]).agg(
    rating=("rating", "mean"), n=("rating", "size"),
    spans=("as_printed", lambda s: " | ".join(s)), ids=("assessment_id", lambda s: ", ".join(s)),
    citation=("citation", lambda s: "; ".join(s)),
).reset_index()
cell["dimension_label"] = cell["dimension"].map(LABELS)
cell["source"] = cell["source_id"].map(source_names)
cell["label"] = cell["rating"].map(lambda r: f"{r:+.1f}".replace(".0", "").replace("+0", "0"))
order_y = [LABELS[d] for d in PILLARS + RACES]
order_x = [source_names[s] for s in book.ledger.sources["source_id"] if s in set(scores["source_id"])]
base = alt.Chart(cell).encode(
    x=alt.X("source:N", title=None, sort=order_x, axis=alt.Axis(orient="top", labelAngle=-20, labelAlign="left",
                                                                labelLimit=200)),
    y=alt.Y("dimension_label:N", title=None, sort=order_y),
)
heat = base.mark_rect(stroke="white", strokeWidth=2).encode(
    color=alt.Color("rating:Q", title="China's position", scale=alt.Scale(
        domain=[-2, 0, 2], range=[charts.COUNTRY_COLOURS["US"], "#f2f2f2", charts.COUNTRY_COLOURS["CN"]]),
        legend=alt.Legend(values=[-2, -1, 0, 1, 2], labelExpr="datum.value == -2 ? '−2 serious weakness' : "
                          "datum.value == 2 ? '+2 ahead' : datum.value == 0 ? '0 mixed' : datum.label")),
    tooltip=[alt.Tooltip("dimension_label:N", title="Pillar or race"), alt.Tooltip("source:N", title="Source"),
             alt.Tooltip("rating:Q", title="Rating", format="+.1f"), alt.Tooltip("spans:N", title="As printed"),
             alt.Tooltip("citation:N", title="Where"), alt.Tooltip("ids:N", title="Ledger ids")],
)
text = base.mark_text(fontSize=13, fontWeight="bold").encode(
    text="label:N", color=alt.condition("abs(datum.rating) >= 1.5", alt.value("white"), alt.value("#222")))
fig_scorecard = book.figure(
    (heat + text).properties(width=alt.Step(105), height=alt.Step(34)),
    figure_id="synthesis-scorecard",
    title="How each source rates China",
    subtitle="−2: a serious weakness … +2: ahead. Blank: not judged. Two judgements are averaged.",
    rows=scores,
    description=("Heat map of China's position on five pillars and three races as each source rates it: "
                 + "; ".join(f"{LABELS[d]} {scores.loc[scores['dimension'] == d, 'rating'].min():+d} to "
                             f"{scores.loc[scores['dimension'] == d, 'rating'].max():+d}" for d in PILLARS + RACES)
                 + "."),
    note="Ratings code what each source says, not our judgement. Hover over a cell for the words coded.",
)
say("fig_scorecard", fig_scorecard)

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
by_dim = scores.groupby("dimension")["rating"]
chips = scores[scores["dimension"] == "chips"]
say("chips_min", f"{chips['rating'].min():+d} ({RATING_WORDS[chips['rating'].min()]})", ids=chips["assessment_id"])
say("chips_max", f"{chips['rating'].max():+d}", ids=chips["assessment_id"])
for d in ("applications", "adoption"):
    rows = scores[scores["dimension"] == d]
    say(f"{d}_mean", f"{rows['rating'].mean():+.1f}", ids=rows["assessment_id"])
spread = (by_dim.max() - by_dim.min()).rename("spread")
DISPUTE = 2  # points apart on the five-point scale: a real disagreement, not a shade
disputed = spread[spread >= DISPUTE]
say("dispute_gap", prose.spelled(DISPUTE))
say("n_disputed", prose.spelled(len(disputed), capitalise=True),
    ids=scores.loc[scores["dimension"].isin(disputed.index), "assessment_id"])
widest = spread.sort_values(ascending=False).index[0]
rows = scores[scores["dimension"] == widest].sort_values("rating")
low, high = rows.iloc[0], rows.iloc[-1]
say("widest", LABELS[widest].lower(), ids=rows["assessment_id"])
say("widest_high", high["source"], ids=[high["assessment_id"]])
say("widest_high_rating", f"{high['rating']:+d}, {RATING_WORDS[high['rating']]}", ids=[high["assessment_id"]])
say("widest_low", low["source"], ids=[low["assessment_id"]])
say("widest_low_rating", f"{low['rating']:+d}, {RATING_WORDS[low['rating']]}", ids=[low["assessment_id"]])

dots = alt.Chart(scores).mark_point(size=140, filled=True, opacity=0.9).encode(
    x=alt.X("rating:Q", title="Rating: −2 serious weakness … +2 ahead", scale=alt.Scale(domain=[-2.3, 2.3]),
            axis=alt.Axis(values=[-2, -1, 0, 1, 2])),
    y=alt.Y("source:N", title=None, sort=order_x, axis=alt.Axis(labelLimit=200)),
    color=alt.Color("source:N", title="Source", sort=order_x, scale=alt.Scale(scheme="dark2"), legend=None),
    tooltip=[alt.Tooltip("source:N", title="Source"), alt.Tooltip("rating_words:N", title="Rating"),
             alt.Tooltip("as_printed:N", title="As printed"), alt.Tooltip("citation:N", title="Where"),
             alt.Tooltip("assessment_id:N", title="Ledger id")],
).properties(width=260, height=alt.Step(14))
fig_spread = book.figure(
    dots.facet(row=alt.Row("dimension_label:N", title=None, sort=order_y, header=alt.Header(
        labelAngle=0, labelAlign="left", labelFontWeight="bold"))).resolve_scale(y="independent"),
    figure_id="synthesis-disagreement",
    title="Where the sources differ",
    subtitle="Each source's ratings of each pillar and race, one row per source that judges it.",
    rows=scores,
    description=(f"Range chart of ratings by pillar and race. {len(disputed)} are disputed by {DISPUTE} or more "
                 f"points; the widest spread is on {LABELS[widest].lower()}, from {low['rating']:+d} to "
                 f"{high['rating']:+d}."),
    note="A source that judges one dimension twice has two dots on its row.",
)
say("fig_spread", fig_spread)

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
