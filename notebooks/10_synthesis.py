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
# Set side by side, the sources' judgements agree at the two ends of the
# contest: every source that rates China's chips puts it behind, at
# {glue:md}`chips_range`, and every rating of its applications and adoption
# runs from {glue:md}`apps_range`. They part in between, and on which end
# will decide the outcome. Our answer, at the end of the chapter, is that
# China trails in the race to build the largest models and leads in the races
# to put them to use.{glue:md}`agree_premise`
#
# The Sinolytics whitepaper {cite:p}`sinolytics2025agi` judges China on five pillars (chips, computing,
# data, models and applications); the Brookings commentary {cite:p}`brookings2026races` on three races
# (efficiency, adoption and physical integration). This chapter puts the
# eight side by side. It does not add judgements of its own: every rating
# below is a statement one of the sources makes, coded on a five-point
# scale from a serious weakness to a lead, and every one links to the words
# it was coded from. Where sources disagree, both ratings are shown.

# %% tags=["parameters", "hide-input"]
# Parameters (papermill can override them): the ledger folder to read.
data_dir = "../data"

# %% tags=["hide-input"]
import altair as alt

from airaces import chapter, charts, citations, findings, labels, prose, tables

book, say, signed = chapter.open_ledger(data_dir), prose.glue, prose.signed
# Sinolytics' five pillars, then Brookings' three races, in the order the scorecard lists them.
LABELS = {
    d: labels.label("dimension", d)
    for d in "chips computing data models applications efficiency adoption physical_integration".split()
}
RATING_WORDS = {
    -2: "a serious weakness",
    -1: "behind",
    0: "mixed",
    1: "strong or catching up",
    2: "ahead",
}
# The prose names a source as the rest of the book does (notebooks/STYLE.md); the charts by its citation.
source_names = {
    s.source_id: citations.short_citation(s) for s in book.ledger.sources.itertuples()
}
short = source_names | {
    "asi_essay": "the essay",
    "sinolytics": "the whitepaper",
    "brookings": "Brookings",
    "cto21": "the 21CTO summary",
    "digest": "the digest",
}


# A rating and its meaning, '+2 (ahead)'; a mean between two steps of the scale has no words.
def rated(r: float) -> str:
    return f"{signed(r)} ({RATING_WORDS[r]})" if r in RATING_WORDS else signed(r)


# Sources as the prose names them, "the essay, the whitepaper and Brookings"; other words are listed as they are.
def names(ids) -> str:
    return (
        " and ".join([", ".join(ids[:-1]), ids[-1]])
        if len(ids := [short.get(i, i) for i in ids]) > 1
        else ids[0]
    )


scores = citations.with_citations(book.ledger.assessments, book.ledger.sources)
scores = scores.assign(
    dimension_label=scores["dimension"].map(LABELS),
    source=scores["source_id"].map(source_names),
    rating_words=scores["rating"].map(RATING_WORDS),
)
order_x = [
    name for s, name in source_names.items() if s in set(scores["source_id"])
]  # the ledger's order
# One rating per source and dimension, as the scorecard shows it: a source that judges a dimension twice is
# counted once, at the mean of its two ratings, so that no source weighs more for having said more.
cell = (
    scores.groupby(["dimension", "source_id", "dimension_label", "source"])
    .agg(
        rating=("rating", "mean"),
        spans=("as_printed", " | ".join),
        ids=("assessment_id", ", ".join),
        citation=("citation", "; ".join),
        n=("rating", "size"),
    )
    .reset_index()
    .assign(label=lambda c: c.rating.map(signed))
)
lowest, highest = (cell.groupby("dimension")["rating"].agg(f) for f in ("min", "max"))


# %% [markdown]
# ## The scorecard
#
# The ledger holds {glue:md}`n_ratings` from {glue:md}`n_sources` of the
# {glue:md}`n_all_sources` sources; the 21CTO summary {cite:p}`cto21_2025superintelligent`
# rates nothing, since it reports one company's plans rather than judging
# China's position, and its figures serve the other chapters
# instead.{glue:md}`unrated_premise`
# {numref}`fig-synthesis-scorecard` shows each source's rating of each pillar
# and race. Read across a row to see whether the sources agree; read down a
# column to see how one source sees China overall. Where a source judges the
# same pillar or race twice, which {glue:md}`doubled`, its cell shows the
# mean of the two ratings; {numref}`fig-synthesis-spread` below shows both.
#
# Read down the columns first, and every source turns out more positive than
# negative: each rates China strong or ahead on more of the pillars and races
# it judges than it rates China behind ({glue:md}`lean`, counting cells rated
# above zero against those below). The sources do not differ much on
# whether China is doing well. They differ on where, and on which of its
# strengths and weaknesses will decide the outcome.{glue:md}`lean_premise`

# %% tags=["hide-input", "remove-output"]
base = alt.Chart(cell).encode(
    x=alt.X(
        "source:N",
        title=None,
        sort=order_x,
        axis=alt.Axis(orient="top", labelAngle=-20, labelAlign="left", labelLimit=200),
    ),
    y=alt.Y("dimension_label:N", title=None, sort=list(LABELS.values())),
    tooltip=[
        alt.Tooltip(f, title=t)
        for f, t in (
            ("dimension_label:N", "Pillar or race"),
            ("source:N", "Source"),
            ("label:N", "Rating"),
            ("spans:N", "As printed"),
            ("citation:N", "Where"),
            ("ids:N", "Ledger ids"),
        )
    ],
)
heat = base.mark_rect(stroke="white", strokeWidth=2).encode(
    color=alt.Color(
        "rating:Q",
        title="China's position",
        scale=alt.Scale(
            domain=[-2, 0, 2],
            range=[
                charts.COUNTRY_COLOURS["US"],
                "#f2f2f2",
                charts.COUNTRY_COLOURS["CN"],
            ],
        ),
        legend=alt.Legend(
            values=[-2, 2],
            labelExpr="datum.value < 0 ? '−2 serious weakness' : '+2 ahead'",
            gradientLength=190,
        ),
    )
)
# Numbers on the darkest cells are written in white, so they stay legible; they share the cell's tooltip.
text = base.mark_text(fontSize=13, fontWeight="bold").encode(
    text="label:N",
    color=alt.condition(
        "abs(datum.rating) >= 1.5", alt.value("white"), alt.value("#222")
    ),
)
twice = [
    f"{short[c.source_id]} for {c.dimension_label.lower()}"
    for c in cell[cell["n"] > 1].itertuples()
]
# For each source, in the ledger's order, how many dimensions it rates above zero and how many below.
lean = cell.groupby("source_id")["rating"].agg(
    up=lambda r: r.gt(0).sum(), down=lambda r: r.lt(0).sum()
)
lean = lean.reindex([s for s in source_names if s in lean.index])
say(
    n_ratings=prose.noun_count(len(scores), "rating", scores),
    n_sources=prose.count(len(order_x), scores),
    n_all_sources=prose.count(len(source_names), book.claims),
    doubled=prose.derived(
        names(twice).replace(" for ", " does for ", 1)
        if twice
        else "no source does on this data",
        scores,
    ),
    unrated_premise=prose.premise(
        set(source_names) - set(scores["source_id"]) == {"cto21"},
        "the 21CTO summary is the only source that rates nothing",
        scores,
    ),
    lean=prose.derived(
        names(
            [
                f"{short[s]} {prose.spelled(u)} to {prose.spelled(d)}"
                for s, u, d in lean.itertuples()
            ]
        ),
        scores,
    ),
    lean_premise=prose.premise(
        lean["up"].gt(lean["down"]).all(),
        "every source is more positive than negative",
        scores,
    ),
    fig_scorecard=book.figure(
        (heat + text).properties(width=alt.Step(105), height=alt.Step(34)),
        figure_id="synthesis-scorecard",
        title="How each source rates China",
        subtitle="−2: a serious weakness … +2: ahead. Blank: not judged. Two judgements by one source: their mean.",
        rows=scores,
        description="Heat map of China's position on five pillars and three races as each source rates "
        "it: "
        + "; ".join(
            f"{LABELS[d]} {signed(lowest[d])} to {signed(highest[d])}" for d in LABELS
        )
        + ".",
        note="Ratings code what each source says, not our judgement. Hover over a cell for the words coded.",
    ),
)

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
# On chips the sources agree that China is behind: their ratings run from
# {glue:md}`chips_range`. On the application side they agree just as firmly
# the other way: ratings of applications and adoption run from
# {glue:md}`apps_range`. These are the two ends of the race as the sources
# describe it. China is short of the input that the American race is run on,
# and long on the output that an adoption race rewards.
#
# The pillars in between lean towards the chips end. No source rates
# computing above {glue:md}`computing_top`, and the whitepaper, the one that
# goes that high, still finds that {glue:md}`computing_words`. Data is judged
# by the whitepaper alone, which rates it {glue:md}`data_rating` on the ground
# that {glue:md}`data_words`.{glue:md}`agree_premise`
#
# ## Where they differ
#
# {numref}`fig-synthesis-spread` shows, for each pillar and race, every
# rating each source gives it: one panel per pillar or race, one row per
# source that judges it, so that agreement shows as dots stacked in one
# column and disagreement as dots spread across the scale. Counting a source once, at the mean of its
# ratings, as the scorecard does, {glue:md}`n_disputed` disputed, in the
# sense that two sources' ratings of it differ by at least
# {glue:md}`dispute_gap` points. Counted statement by statement instead,
# {glue:md}`raw_only` would be disputed too, though only because the digest
# gives two verdicts on it, taken up below. The widest {glue:md}`widest`. The
# difference is one of scope more than of judgement. The essay and Brookings
# count what is already at work (industrial robots, where China leads the
# world in installations, and robotaxis, delivery vehicles and drones), while
# the whitepaper looks at humanoid robots and finds that
# {glue:md}`humanoid_words`.{glue:md}`widest_premise`
#
# One source also disagrees with itself. The digest {cite:p}`digest2025china`
# rates models {glue:md}`frontier_rating` where it says
# {glue:md}`frontier_words`, and {glue:md}`frontline_rating` where it quotes
# Pedro Domingos, a professor at the University of Washington, saying of
# China: {glue:md}`frontline_words`. Both can be true: the first is a verdict
# on the frontier, the second on how close China has come. The essay and the
# whitepaper, which rate models {glue:md}`others_rating`, mean the second
# too: they write about open models and recent releases. The scorecard's cell
# shows the mean of the digest's two ratings, {glue:md}`split_mean`, which
# hides the split; the dots below show both sides of it.{glue:md}`split_premise`

# %% tags=["hide-input", "remove-output"]
DISPUTE = 2  # points apart on the five-point scale: a real disagreement, not a shade
spread = highest - lowest
disputed, widest = spread[spread >= DISPUTE].index, spread[spread == spread.max()].index
chips, apps = (
    scores[scores["dimension"].isin(d)]
    for d in (["chips"], ["applications", "adoption"])
)  # their rows
apps_low, apps_high = (
    lowest[["applications", "adoption"]].min(),
    highest[["applications", "adoption"]].max(),
)
ends = {
    d: [
        list(cell[(cell["dimension"] == d) & (cell["rating"] == r)]["source_id"])
        for r in (highest[d], lowest[d])
    ]
    for d in widest
}  # the sources at the top and the bottom of each widest spread
tops = (
    scores[scores["rating"] == scores["dimension"].map(highest)]
    .groupby("dimension")["assessment_id"]
    .agg(list)
)
# How far apart each source's own ratings of one dimension lie, and all the ratings of one, whoever gives them.
own, raw = (
    scores.groupby(by)["rating"].agg(lambda r: r.max() - r.min())
    for by in (["source_id", "dimension"], "dimension")
)
raw_only = raw[raw >= DISPUTE].index.difference(disputed)
frontier, frontline = book.row("dig-as01"), book.row("dig-as03")
models = scores.query("dimension == 'models' & source_id != 'digest'")
dots = (
    alt.Chart(scores)
    .mark_point(size=140, filled=True, opacity=0.9)
    .encode(
        x=alt.X(
            "rating:Q",
            title="Rating: −2 serious weakness … +2 ahead",
            scale=alt.Scale(domain=[-2.3, 2.3]),
            axis=alt.Axis(values=[-2, -1, 0, 1, 2]),
        ),
        y=alt.Y("source:N", title=None, sort=order_x, axis=alt.Axis(labelLimit=200)),
        color=alt.Color(
            "source:N",
            title="Source",
            sort=order_x,
            scale=alt.Scale(scheme="dark2"),
            legend=None,
        ),
        tooltip=[
            alt.Tooltip(f, title=t)
            for f, t in (
                ("source:N", "Source"),
                ("rating_words:N", "Rating"),
                ("as_printed:N", "As printed"),
                ("citation:N", "Where"),
                ("assessment_id:N", "Ledger id"),
            )
        ],
    )
    .properties(width=260, height=alt.Step(14))
)
say(
    chips_range=prose.derived(
        f"{rated(lowest['chips'])} to {rated(highest['chips'])}", chips
    ),
    apps_range=prose.derived(f"{rated(apps_low)} to {rated(apps_high)}", apps),
    computing_top=prose.derived(rated(highest["computing"]), "sin-as02"),
    computing_words=prose.quote(book.row("sin-as02")),
    data_rating=prose.derived(rated(highest["data"]), "sin-as03"),
    data_words=prose.quote(book.row("sin-as03")),
    agree_premise=prose.premise(
        highest["chips"] <= -1
        and apps_low >= 1
        and tops.get("computing") == ["sin-as02"]
        and tops.get("data")
        == ["sin-as03"]
        == list(scores.query("dimension == 'data'")["assessment_id"]),
        "chips are rated −1 or lower, applications and adoption +1 or higher, and the whitepaper alone gives "
        "computing its top rating and rates data",
        chips,
        apps,
        "sin-as02",
        "sin-as03",
    ),
    n_disputed=prose.derived(
        f"{prose.spelled(len(disputed))} of the {prose.spelled(len(spread))} "
        + ("is" if len(disputed) == 1 else "are"),
        scores,
    ),
    dispute_gap=prose.spelled(DISPUTE),
    widest=prose.derived(
        f"disagreement{'s' * (len(widest) > 1)}, of {prose.noun_count(spread.max(), 'point', scores)}"
        + (" each, are" if len(widest) > 1 else ", is")
        + " on "
        + "; and on ".join(
            f"{LABELS[d].lower()}, where {names(hi)} rate{'s' * (len(hi) == 1)} it {rated(highest[d])} and {names(lo)} "
            f"only {rated(lowest[d])}"
            for d, (hi, lo) in ends.items()
        ),
        scores,
    ),
    humanoid_words=prose.quote(book.row("sin-as08")),
    raw_only=prose.derived(
        names([LABELS[d].lower() for d in raw_only]) if len(raw_only) else "nothing",
        scores,
    ),
    widest_premise=prose.premise(
        ends == {"physical_integration": [["asi_essay", "brookings"], ["sinolytics"]]}
        and list(raw_only) == ["models"],
        "the widest disagreement sets the essay and "
        "Brookings against the whitepaper on physical integration, and only models are "
        "disputed statement by statement alone",
        scores,
    ),
    frontier_rating=prose.derived(signed(frontier["rating"]), frontier),
    frontier_words=prose.quote(frontier),
    frontline_rating=prose.derived(signed(frontline["rating"]), frontline),
    frontline_words=prose.quote(frontline),
    split_mean=prose.derived(
        signed((frontier["rating"] + frontline["rating"]) / 2), frontier, frontline
    ),
    others_rating=prose.derived(signed(models["rating"].mean()), models),
    split_premise=prose.premise(
        list(own[own > 0].index) == [("digest", "models")]
        and {*zip(models["source_id"], models["rating"])}
        == {("asi_essay", 1), ("sinolytics", 1)},
        "only the digest rates a dimension two ways (models), and only "
        "the essay and the whitepaper rate models besides, both +1",
        models,
        frontier,
        frontline,
    ),
    fig_spread=book.figure(
        dots.facet(
            row=alt.Row(
                "dimension_label:N",
                title=None,
                sort=list(LABELS.values()),
                header=alt.Header(
                    labelAngle=0, labelAlign="left", labelFontWeight="bold"
                ),
            )
        ).resolve_scale(y="independent"),
        figure_id="synthesis-disagreement",
        title="Where the sources differ",
        subtitle="Each source's ratings of each pillar and race, one row per source that judges it.",
        rows=scores,
        description=(
            f"Range chart of ratings by pillar and race; the widest spread between sources, "
            f"{spread.max():g} points, is on {' and '.join(LABELS[d].lower() for d in widest)}."
        ),
        note="A source that judges one dimension twice has two dots on its row.",
    ),
)

# %% [markdown]
# ```{glue:figure} fig_spread
# :name: fig-synthesis-spread
#
# Agreement and disagreement. Hover over a dot for the statement it codes.
# ```
#
# ## What the scorecard says about the races
#
# Put the pillars and races together and they describe more than one race.
# On the pillars that an AGI race is run on, China is behind on chips by
# every account in the ledger and no better than mixed on computing, and the
# efficiency race is the answer the sources credit it with: doing more with
# the chips it can get, which every source that judges efficiency rates
# positively. On the pillars and races that an adoption or integration race
# is run on, no source rates China below mixed, and most of their ratings put
# it ahead.
# Whether that makes China the favourite depends on which race one thinks
# decides the outcome, and the sources do not agree on that either: the essay
# {cite:p}`bhambwani2025asi` bets on applications and robots, Sinolytics
# expects the chip gap to bind, and Brookings asks whether the United States
# is running the right race at all. The ratings do not settle the question;
# they show exactly where the disagreement lies, and on which
# words.{glue:md}`races_premise`
#
# ## How the ratings were coded
#
# Each rating codes one statement, and the scale is deliberately coarse. A
# statement that China "leads" or has "a sizable advantage" scores plus two;
# one that it is "closing in" or has made "significant strides", plus one; a
# judgement that pairs a strength with a weakness, zero; "still leads" said of
# the United States, or "will continue to lag", minus one; and "biggest
# vulnerability", minus two. The
# codebook on the {doc}`../book/data` page lists the rule, and the ledger keeps the
# words, so a reader who would code a statement differently can change one
# row of `assessments.csv` and rerun this chapter. Nothing here is weighted by
# the length or standing of a source: the essay and the digest count as much
# as the whitepaper, and the scorecard shows sources side by side rather than
# one blended grade.
#
# Two choices are ours rather than the sources', and both live in the code
# beside the figures. A source that judges the same pillar or race twice
# counts once, at the mean of its two ratings, so that a source does not
# outvote the others by saying more; this is the only averaging the chapter
# does, and the dots in {numref}`fig-synthesis-spread` keep both ratings in
# view. And a disagreement is a difference between sources, not within one:
# a pillar or race is disputed when two sources' ratings of it lie at least
# {glue:md}`dispute_gap` points apart, and where several tie for the widest
# spread, the text names them all.
#
# The scale also has a blind spot. It records where a source puts China, not
# which way China is moving: "closing in" and "strong" both score plus one,
# and a statement that China is behind but gaining fast scores the same as
# one that it is behind and stuck. A reader who cares about momentum should
# read the words, which the tooltips and the table below give in full.
#
# ## Every rating
#
# Every statement behind the scorecard, with the words it was coded from.
# The ids link to the ledger browser.

# %% tags=["hide-input"]
late = cell[
    cell["dimension"].isin(["applications", "adoption", "physical_integration"])
]["rating"]
say(
    races_premise=prose.premise(
        highest["chips"] < 0
        and highest["computing"] <= 0 < lowest["efficiency"]
        and late.min() >= 0
        and (late == 2).mean() > 0.5
        and lean["up"].gt(lean["down"]).all(),
        "chips are "
        "rated behind, computing mixed or worse, efficiency positively, and the adoption side "
        "mixed or better and mostly ahead, and every source leans positive",
        scores,
    )
)
tables.ledger_table(
    scores.sort_values(["dimension", "rating"]),
    "Every rating in the scorecard",
    columns=["assessment_id", "dimension", "rating", "as_printed", "note", "citation"],
)

# %% [markdown]
# ## The book's answer
#
# Read together, the five sources support the plural in the book's title. On
# chips, the input the American race is run on, every source that judges
# them puts China behind, at {glue:md}`chips_range`; on adoption and physical
# integration none puts it below mixed, and most put it ahead. The contest
# they describe is several races that China is running at different speeds,
# not one race it is winning or losing. Our answer is that, while its supply
# of advanced chips stays short, China is unlikely to overtake the United States in the race
# to build the largest models, and that it already leads the races to put
# models to use. Which lead matters more is where the sources part: the essay
# and Brookings argue that value will come from use, Sinolytics that the chip
# gap will bind.{glue:md}`answer_premise`
#
# That supply is set in two capitals, not one. Brookings reports that the
# United States relaxed its controls on sales of Nvidia's H200 to China, and
# that Beijing then limited imports to favour its own chipmakers
# {cite:p}`brookings2026races`; Sinolytics reports that Huawei's most advanced
# chip is said to rival the H200 {cite:p}`sinolytics2025agi`. Brookings still
# expects Chinese developers to lag on compute for the foreseeable future, and
# so do we: the shortage now depends on what Beijing chooses to allow and what
# Huawei can make, as much as on what Washington withholds.
#
# Three kinds of evidence would change that answer. A figure showing domestic
# accelerators made in volume and closing on Nvidia's best would remove
# the constraint the whole argument rests on. A figure showing that the reach
# of Chinese models does not pay would weaken the adoption lead, which the
# sources measure only in places, downloads and users. And a later AI Index
# measurement showing the gap between the best models widening again would
# undo the catching up that {doc}`05_models` follows.

# %% tags=["hide-input"]
# The book's answer rests on the scorecard as the races paragraph reads it.
say(
    answer_premise=prose.premise(
        highest["chips"] < 0 and late.min() >= 0 and (late == 2).mean() > 0.5,
        "every rating of chips is below zero, and the adoption side is mixed or better "
        "and mostly ahead",
        scores,
    )
)

# %% tags=["hide-input"]
# The findings the introduction lists, one sentence each, from the rows the chapters argue from.
say(**findings.key_findings(book))
