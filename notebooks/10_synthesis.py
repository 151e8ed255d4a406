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
# The ledger, the glue helpers (`say` is short for prose.glue) and the figure recipes.
from airaces import (
    chapter,
    citations,
    findings,
    labels,
    opendata,
    outside,
    prose,
    ratings,
    recipes,
    tables,
)

book = chapter.open_ledger(data_dir)
say = prose.glue

# %% tags=["hide-input"]
# Sinolytics' five pillars, then Brookings' three races, in the order of data/labels.csv.
LABELS = labels.labels("dimension")

# %% tags=["hide-input"]
# Each source's name on the figures, its citation, in the ledger's order.
figure_name = {
    s.source_id: citations.short_citation(s) for s in book.ledger.sources.itertuples()
}
# Each source's name in the prose, as the rest of the book names it (notebooks/STYLE.md).
prose_name = figure_name | {
    "asi_essay": "the essay",
    "sinolytics": "the whitepaper",
    "brookings": "Brookings",
    "cto21": "the 21CTO summary",
    "digest": "the digest",
}

# %% tags=["hide-input"]
# Every rating with its source and words, then one per source and dimension.
scores = citations.with_citations(book.ledger.assessments, book.ledger.sources)
scores = ratings.with_words(scores, LABELS, figure_name)
# A source that judges a dimension twice counts once, at the mean of its two ratings,
# so that no source weighs more for having said more.
cells = ratings.one_per_source(
    scores, ["dimension", "source_id", "dimension_label", "source"]
)
lowest = cells.groupby("dimension")["rating"].min()
highest = cells.groupby("dimension")["rating"].max()
# The figure names of the sources that rate anything, in the ledger's order.
source_order = [figure_name[s] for s in figure_name if s in set(scores["source_id"])]

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
# mean of the two ratings; the table at the end of the chapter lists both.
#
# Read down the columns first, and every source turns out more positive than
# negative: each rates China strong or ahead on more of the pillars and races
# it judges than it rates China behind ({glue:md}`lean`, counting cells rated
# above zero against those below). The sources do not differ much on
# whether China is doing well. They differ on where, and on which of its
# strengths and weaknesses will decide the outcome.{glue:md}`lean_premise`

# %% tags=["hide-input", "remove-output"]
# How many ratings and sources, and which source judges a dimension twice.
twice = cells[cells["n"] > 1]
# The verb once, after the first source: "the digest does for models and the essay for …".
verbs = ["does for"] + ["for"] * (len(twice) - 1)
doubled = [
    f"{prose_name[c.source_id]} {verb} {c.dimension_label.lower()}"
    for c, verb in zip(twice.itertuples(), verbs)
]
say(
    n_ratings=prose.noun_count(len(scores), "rating", scores),
    n_sources=prose.count(len(source_order), scores),
    n_all_sources=prose.count(len(figure_name), book.claims),
    doubled=prose.derived(
        prose.listed(doubled) or "no source does on this data", scores
    ),
    unrated_premise=prose.premise(
        set(figure_name) - set(scores["source_id"]) == {"cto21"},
        "the 21CTO summary is the only source that rates nothing",
        scores,
    ),
)

# %% tags=["hide-input", "remove-output"]
# For each source, how many dimensions it rates above zero and how many below.
lean = ratings.leaning(cells, order=list(figure_name))
# "the essay six to one": each source's count above zero, then below.
lean_words = [
    f"{prose_name[s]} {prose.spelled(up)} to {prose.spelled(down)}"
    for s, up, down in lean.itertuples()
]
say(
    lean=prose.derived(prose.listed(lean_words), scores),
    lean_premise=prose.premise(
        lean["up"].gt(lean["down"]).all(),
        "every source is more positive than negative",
        scores,
    ),
)

# %% tags=["hide-input", "remove-output"]
# The scorecard: each source's rating of each pillar and race, written in its cell.
chart = recipes.scorecard(
    cells,
    column="source:N",
    columns=source_order,
    row="dimension_label:N",
    rows=list(LABELS.values()),
    legend_title="China's position",
    ends={-2: "−2 serious weakness", 2: "+2 ahead"},
)

# %% tags=["hide-input", "remove-output"]
# The scorecard framed, with a description that gives each row's range.
ranges = ratings.ranges_in_words(cells, LABELS)  # "Chips −2 to −1; Computing …"
say(
    fig_scorecard=book.figure(
        chart,
        figure_id="synthesis-scorecard",
        title="How each source rates China",
        subtitle="−2: a serious weakness … +2: ahead. Blank: not judged. "
        "Two judgements by one source: their mean.",
        rows=scores,
        description="Heat map of China's position on five pillars and three races "
        f"as each source rates it: {ranges}.",
        note="Ratings code what each source says, not our judgement. "
        "Tap or hover over a cell for the words coded.",
    )
)

# %% [markdown]
# ```{glue:figure} fig_scorecard
# :name: fig-synthesis-scorecard
#
# The scorecard. Teal is a Chinese lead, ochre a Chinese weakness, pale grey
# even; the number is the rating.
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
# The disagreements are the rows of {numref}`fig-synthesis-scorecard` whose
# numbers lie far apart. Counting a source once, at the mean of its
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
# hides the split; the table at the end of the chapter shows both sides of it.{glue:md}`split_premise`

# %% tags=["hide-input", "remove-output"]
# The two ends: the ratings of chips, and those of applications and adoption.
chips = scores[scores["dimension"] == "chips"]
apps = scores[scores["dimension"].isin(["applications", "adoption"])]
apps_low = lowest[["applications", "adoption"]].min()
apps_high = highest[["applications", "adoption"]].max()
# ratings.rated gives a rating with its words, "+2 (ahead)"; prose.signed the bare "+2".
chips_range = f"{ratings.rated(lowest['chips'])} to {ratings.rated(highest['chips'])}"
apps_range = f"{ratings.rated(apps_low)} to {ratings.rated(apps_high)}"
say(
    chips_range=prose.derived(chips_range, chips),
    apps_range=prose.derived(apps_range, apps),
)

# %% tags=["hide-input", "remove-output"]
# The pillars in between: the top ratings of computing and data, with the words coded.
at_top = scores[scores["rating"] == scores["dimension"].map(highest)]
# Above, the statements rated at their dimension's top; below, their ids by dimension.
top_ids = at_top.groupby("dimension")["assessment_id"].agg(list)
data_ids = list(scores.query("dimension == 'data'")["assessment_id"])
say(
    # sin-as02: the whitepaper on computing, "technical hurdles ... remain"
    computing_top=prose.derived(ratings.rated(highest["computing"]), "sin-as02"),
    computing_words=prose.quote(book.row("sin-as02")),
    # sin-as03: the whitepaper on data, "vast data resources but ..."
    data_rating=prose.derived(ratings.rated(highest["data"]), "sin-as03"),
    data_words=prose.quote(book.row("sin-as03")),
)

# %% tags=["hide-input", "remove-output"]
# The premise of the two paragraphs on agreement.
say(
    agree_premise=prose.premise(
        highest["chips"] <= -1
        and apps_low >= 1
        and top_ids.get("computing") == ["sin-as02"]
        and top_ids.get("data") == ["sin-as03"] == data_ids,
        "chips are rated −1 or lower, applications and adoption +1 or higher, "
        "and the whitepaper alone gives computing its top rating and rates data",
        chips,
        apps,
        "sin-as02",  # the whitepaper on computing
        "sin-as03",  # the whitepaper on data
    )
)

# %% tags=["hide-input", "remove-output"]
# The disputed dimensions: two sources' ratings at least DISPUTE points apart.
DISPUTE = 2  # points on the five-point scale: a real disagreement, not a shade
spread = highest - lowest
disputed = spread[spread >= DISPUTE].index
widest = spread[spread == spread.max()].index
# The dimensions disputed only if each statement counts, not each source.
by_statement = ratings.spread_by(scores, "dimension")
statement_only = by_statement[by_statement >= DISPUTE].index.difference(disputed)
is_are = "is" if len(disputed) == 1 else "are"
n_disputed = (
    f"{prose.spelled(len(disputed))} of the {prose.spelled(len(spread))} {is_are}"
)
statement_words = [LABELS[d].lower() for d in statement_only]
say(
    n_disputed=prose.derived(n_disputed, scores),
    dispute_gap=prose.spelled(DISPUTE),
    raw_only=prose.derived(prose.listed(statement_words) or "nothing", scores),
)

# %% tags=["hide-input", "remove-output"]
# The sources at the top and the bottom of each widest spread, by dimension.
widest_top_bottom = ratings.top_and_bottom(cells, widest)
# On this data: {"physical_integration": [["asi_essay", "brookings"], ["sinolytics"]]}.

# %% tags=["hide-input", "remove-output"]
# The widest disagreement in words: who rates it highest, and who lowest.
widest_words = ratings.widest_in_words(cells, widest_top_bottom, LABELS, prose_name)
# "disagreement, of two points, is on physical integration, where the essay and
# Brookings rate it +2 (ahead) and the whitepaper only 0 (mixed)".
say(
    widest=prose.derived(widest_words, scores),
    # sin-as08: the whitepaper on humanoid robots, "still on the horizon"
    humanoid_words=prose.quote(book.row("sin-as08")),
    widest_premise=prose.premise(
        widest_top_bottom
        == {"physical_integration": [["asi_essay", "brookings"], ["sinolytics"]]}
        and list(statement_only) == ["models"],
        "the widest disagreement sets the essay and Brookings against the whitepaper "
        "on physical integration, and only models are disputed statement by statement alone",
        scores,
    ),
)

# %% tags=["hide-input", "remove-output"]
# The digest's two ratings of models, and the others' ratings of them.
us_leads = book.row("dig-as01")  # the digest: "the US still leads in frontier AI"
on_frontline = book.row("dig-as03")  # the digest quoting Domingos: "on the frontline"
models = scores.query("dimension == 'models' & source_id != 'digest'")
digest_mean = (us_leads["rating"] + on_frontline["rating"]) / 2
say(
    frontier_rating=prose.derived(prose.signed(us_leads["rating"]), us_leads),
    frontier_words=prose.quote(us_leads),
    frontline_rating=prose.derived(prose.signed(on_frontline["rating"]), on_frontline),
    frontline_words=prose.quote(on_frontline),
    split_mean=prose.derived(prose.signed(digest_mean), us_leads, on_frontline),
    others_rating=prose.derived(prose.signed(models["rating"].mean()), models),
)

# %% tags=["hide-input", "remove-output"]
# The premise of the split: only the digest disagrees with itself, and only on models.
within_source = ratings.spread_by(scores, ["source_id", "dimension"])
models_rated = {*zip(models["source_id"], models["rating"])}
say(
    split_premise=prose.premise(
        list(within_source[within_source > 0].index) == [("digest", "models")]
        and models_rated == {("asi_essay", 1), ("sinolytics", 1)},
        "only the digest rates a dimension two ways (models), and only "
        "the essay and the whitepaper rate models besides, both +1",
        models,
        us_leads,
        on_frontline,
    )
)

# %% [markdown]
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

# %% tags=["hide-input", "remove-output"]
# The adoption side's ratings, one per source, and whether they are mostly ahead.
MOSTLY = 0.5  # the share of +2 ratings above which the adoption side is "mostly ahead"
# The adoption side: applications, adoption and physical integration.
adoption_side = cells.query(
    "dimension in ['applications', 'adoption', 'physical_integration']"
)["rating"]
mostly_ahead = (adoption_side == 2).mean() > MOSTLY
mostly_words = f"mostly ahead (more than {MOSTLY:.0%} of its ratings +2)"
say(
    races_premise=prose.premise(
        highest["chips"] < 0
        and highest["computing"] <= 0 < lowest["efficiency"]
        and adoption_side.min() >= 0
        and mostly_ahead
        and lean["up"].gt(lean["down"]).all(),
        "chips are rated behind, computing mixed or worse, efficiency positively, "
        f"and the adoption side mixed or better and {mostly_words}, "
        "and every source leans positive",
        scores,
    )
)

# %% [markdown]
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
# does, and the table at the end of the chapter keeps both ratings in
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
# Every rating in a table, with the words it was coded from.
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
        highest["chips"] < 0 and adoption_side.min() >= 0 and mostly_ahead,
        "every rating of chips is below zero, and the adoption side is mixed or better "
        f"and {mostly_words}",
        scores,
    )
)

# %% tags=["hide-input"]
# The findings the introduction lists, one sentence each, from the rows the chapters argue from.
compared = outside.compare(book.ledger, opendata.load(data_dir))
say(**findings.key_findings(book, compared))
# The names glued, from airaces/findings.py: finding_chips, finding_models, finding_adoption,
# finding_embodied, finding_capital, finding_disagreements and finding_open_data.
