"""The sources' claims set against open data (``airaces.opendata``): what is tested, and the verdict.

Each test reads one ledger claim and the open data, computes the figure the data gives for
the same thing, and judges the pair:

- **consistent**: the data's figure agrees with the claim, within ``tolerance`` and the
  claim's own hedge ("over" is met by anything above);
- **differs**: it does not, and ``factor`` says by how much (the data's figure over the claim's);
- **not comparable**: the data measures something else (its scope, date or unit differ),
  so the figure is shown but not judged.

The reason always says what was compared and why the verdict follows. The claims these
datasets cannot test at all are listed in ``UNTESTABLE``, with why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from airaces import prose
from airaces.periods import period_end, period_point
from airaces.prose import spelled

CONSISTENT, DIFFERS, NOT_COMPARABLE = "consistent", "differs", "not comparable"
VERDICTS = (CONSISTENT, DIFFERS, NOT_COMPARABLE)
# How far, as a share of the claim, the data may lie from a claim and still agree with it.
# Epoch AI's own estimates carry uncertainty of this order (its cost and compute notes give
# ranges of about a factor of 1.3 either way); an analyst may pass another.
TOLERANCE = 0.25
# An NVIDIA H100 SXM does 989.4 trillion dense 16-bit operations a second (NVIDIA's
# datasheet); Epoch AI's H100-equivalents are converted to FLOP/s at that rate.
H100_FLOPS = 989.4e12
# How many notable models an organisation needs since the start of 2024 to be weighed on
# how many of them it released openly.
FEW_MODELS = 3

CHINA, US = "China", "United States of America"
# The two datasets as a reader names them (their origin blocks give the full titles).
MODELS_TITLE, CHIPS_TITLE = "Epoch AI's Notable AI Models", "Epoch AI's chip estimates"
# The comparisons whose reasons chapter 12 quotes whole, by the name it glues them under.
QUOTED_REASONS = {
    "rank": "sin-059",
    "open": "sin-089",
    "openai": "ess-042",
    "capacity": "ess-013",
    "stocks": "brk-003",
}
# The columns of a judged comparison that a figure's CSV and tooltips carry.
SHOWN = ("claim_id", "subject", "factor", "verdict", "claimed", "found")
# A ledger unit, and the factor that turns a value in it into the data's plain unit.
UNIT_FACTORS = {
    "USD_mn": 1e6,
    "USD_bn": 1e9,
    "tokens_tn": 1e12,
    "params_tn": 1e12,
    "EFLOPS": 1e18,
    "ratio": 1.0,
    "count": 1.0,
    "rank": 1.0,
    "years": 1.0,
    "percent": 1.0,
}

# Claims near what the datasets hold that they cannot test, and why.
UNTESTABLE = {
    "sin-065": "benchmark scores are not in these datasets",
    "sin-066": "benchmark scores are not in these datasets",
    "sin-071": "the chip estimates count China as a whole, not one company's purchases",
    "sin-070": "the chip estimates count China as a whole, not one company's purchases",
    "sin-035": "the chip estimates count NVIDIA chips only, so no share for domestic chips",
    "sin-036": "the chip estimates count NVIDIA chips only, so no share for domestic chips",
    "sin-038": "the datasets record chip stocks, not single clusters",
    "sin-033": "chip yields are not in these datasets",
    "sin-034": "chip yields are not in these datasets",
    "sin-063": "the models database records who made notable models, not market dominance",
}

__all__ = [
    "CONSISTENT",
    "judged",
    "widest_difference",
    "worded",
    "both_figures",
    "language_models_by_year",
    "figure_words",
    "DIFFERS",
    "NOT_COMPARABLE",
    "TOLERANCE",
    "UNTESTABLE",
    "VERDICTS",
    "Comparison",
    "compare",
    "judge",
    "untestable",
]


@dataclass(frozen=True)
class Comparison:
    """One claim set against the data, with the verdict and its reason."""

    claim_id: str
    subject: str  # what is compared, in a reader's words
    claim_value: float | None  # the claim, in the data's unit
    data_value: float | None  # what the data gives, in the same unit
    unit: str  # that unit, in words
    external: str  # the table and rows of the open data that were read
    verdict: str
    factor: float | None  # data_value / claim_value
    reason: str


def judge(
    claim: float, data: float, qualifier: str, tolerance: float = TOLERANCE
) -> str:
    """Whether ``data`` agrees with a claim of ``claim`` hedged by ``qualifier``."""
    low, high = claim * (1 - tolerance), claim * (1 + tolerance)
    if qualifier == "over":
        return CONSISTENT if data >= low else DIFFERS
    if qualifier == "under":
        return CONSISTENT if data <= high else DIFFERS
    return CONSISTENT if low <= data <= high else DIFFERS


def compare(ledger, open_data, tolerance: float = TOLERANCE) -> pd.DataFrame:
    """Every test the open data allows, one row per claim, in the order below."""
    models = _with_countries(open_data.notable_models)
    stocks = open_data.nvidia_chip_stocks
    tests = [
        _training_cost(ledger, models, "ess-036", "DeepSeek-V3", tolerance),
        _training_cost(ledger, models, "ess-037", "GPT-4", tolerance),
        _compute_against_meta(ledger, models, "ess-038", "DeepSeek-V3", tolerance),
        _training_tokens(ledger, models, "sin-069", "Qwen2.5-Max", tolerance),
        _country_rank(ledger, models, "sin-059"),
        _country_share(ledger, models, "sin-057"),
        _model_count(ledger, models, "sin-058"),
        _frontier_lead(ledger, models, "dig-010"),
        _early_lead(ledger, models, "dig-003"),
        _years_since_open_model(ledger, models, "ess-042", "OpenAI", tolerance),
        _most_open_company(ledger, models, "sin-089"),
        _open_model_count(ledger, models, "sin-068", "Alibaba"),
        _largest_model_of(ledger, models, "ess-048", "Ant Group"),
        _chinese_capacity(ledger, stocks, "ess-013"),
        _us_company_stocks(ledger, stocks, "brk-003"),
    ]
    return pd.DataFrame([asdict(t) for t in tests])


def untestable(ledger) -> pd.DataFrame:
    """The claims in ``UNTESTABLE`` that the ledger holds, with why each cannot be tested."""
    rows = ledger.claims[ledger.claims["claim_id"].isin(UNTESTABLE)]
    return rows.assign(reason=rows["claim_id"].map(UNTESTABLE))[
        ["claim_id", "as_printed", "reason"]
    ].reset_index(drop=True)


# --- helpers -------------------------------------------------------------------------------


def _with_countries(models: pd.DataFrame) -> pd.DataFrame:
    """Models with their set of countries and of organisation kinds, split from the lists."""
    return models.assign(
        countries=models["country"].fillna("").str.split(",").map(set),
        kinds=models["organization_kind"].fillna("").str.split(",").map(set),
        language=models["domain"].fillna("").str.contains("Language"),
    )


def _in_data_unit(claim: pd.Series) -> float:
    return float(claim["value"]) * UNIT_FACTORS[claim["unit"]]


def _model(models: pd.DataFrame, name: str) -> pd.Series:
    found = models[models["model"] == name]
    if found.empty:
        raise KeyError(f"no model {name!r} in the open data's notable_models.csv")
    return found.iloc[0]


def _row_of(models: pd.DataFrame, name: str) -> str:
    """The external row a comparison read, as a reader finds it: the dataset, the row number
    (from 1) in data/open/notable_models.csv, and the model's name."""
    index = int(models.index[models["model"] == name][0])
    return f"{MODELS_TITLE}, row {index + 1} ({name})"


def _ordinal(rank: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(rank, f"{rank}th")


def _country_name(name: str) -> str:
    """Epoch AI's country as a sentence names it."""
    return {
        US: "the United States",
        "United Kingdom of Great Britain and Northern Ireland": "the United Kingdom",
    }.get(name, name)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _times(factor: float) -> str:
    return f"{factor:.2g} times" if factor < 10 else f"{factor:.0f} times"


def _judged(
    claim_id, subject, claim, data_value, unit, external, tolerance, why
) -> Comparison:
    claim_value = _in_data_unit(claim)
    verdict = judge(claim_value, data_value, claim["qualifier"], tolerance)
    factor = data_value / claim_value
    agreement = (
        f"within {tolerance:.0%} of the claim"
        if verdict == CONSISTENT
        else f"{_times(factor)} the claim"
    )
    return Comparison(
        claim_id,
        subject,
        claim_value,
        data_value,
        unit,
        external,
        verdict,
        factor,
        f"The data's figure is {agreement}. {why}",
    )


def _unjudged(claim_id, subject, claim_value, data_value, unit, external, why):
    factor = (
        data_value / claim_value if claim_value and data_value is not None else None
    )
    return Comparison(
        claim_id,
        subject,
        claim_value,
        data_value,
        unit,
        external,
        NOT_COMPARABLE,
        factor,
        why,
    )


def _by_date(models: pd.DataFrame, until: str) -> pd.DataFrame:
    return models[models["published"] <= until]


def _language_models_by(models: pd.DataFrame, until: str) -> pd.DataFrame:
    """The notable language models published by ``until`` (YYYY-MM-DD)."""
    chosen = _by_date(models, until)
    return chosen[chosen["language"]]


def _period_end(claim: pd.Series) -> str:
    """The last day the claim's period covers, as YYYY-MM-DD."""
    return period_end(claim["period"]).strftime("%Y-%m-%d")


# --- the tests -------------------------------------------------------------------------------


def _training_cost(ledger, models, claim_id, name, tolerance) -> Comparison:
    claim = ledger.claim(claim_id)
    model = _model(models, name)
    return _judged(
        claim_id,
        f"Cost of training {name}",
        claim,
        float(model["training_cost_usd_2023"]),
        "US dollars",
        _row_of(models, name),
        tolerance,
        "Epoch AI prices only the final training run's compute, in 2023 dollars; "
        "a developer's or a reporter's figure may count more, or other years' dollars.",
    )


def _compute_against_meta(ledger, models, claim_id, name, tolerance) -> Comparison:
    claim = ledger.claim(claim_id)
    model = _model(models, name)
    # "Meta's comparable model": Meta's most compute-hungry language model before this one.
    meta = models[
        models["organization"].fillna("").str.contains("Meta")
        & models["language"]
        & (models["published"] < model["published"])
    ]
    rival = meta.loc[meta["training_compute_flop"].idxmax()]
    return _judged(
        claim_id,
        f"Training compute of {name} against Meta's {rival['model']}",
        claim,
        float(model["training_compute_flop"] / rival["training_compute_flop"]),
        "ratio",
        f"{_row_of(models, name)}; {_row_of(models, rival['model'])}",
        tolerance,
        f"Meta's comparable model is read as {rival['model']}, its largest language "
        f"model by training compute before {name}.",
    )


def _training_tokens(ledger, models, claim_id, name, tolerance) -> Comparison:
    claim = ledger.claim(claim_id)
    model = _model(models, name)
    return _judged(
        claim_id,
        f"Pre-training data of {name}",
        claim,
        float(model["training_datapoints"]),
        "tokens",
        _row_of(models, name),
        tolerance,
        "Both count the tokens of pre-training data.",
    )


def _language_counts(models, until: str) -> pd.Series:
    """Notable language models published by ``until``, by country (a model counts for each)."""
    chosen = _language_models_by(models, until)
    return chosen["countries"].explode().value_counts()


def _country_rank(ledger, models, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    until = _period_end(claim)
    counts = _language_counts(models, until).drop(
        ["", "Multinational"], errors="ignore"
    )
    rank = int(list(counts.index).index(CHINA)) + 1
    verdict = CONSISTENT if rank == int(claim["value"]) else DIFFERS
    return Comparison(
        claim_id,
        "China's rank by number of language models",
        float(claim["value"]),
        float(rank),
        "rank",
        f"{MODELS_TITLE}, language models published by {until}",
        verdict,
        rank / float(claim["value"]),
        f"Counting Epoch AI's notable language models published by {until}, China "
        f"ranks {_ordinal(rank)}, with {counts[CHINA]:,} to "
        f"{_possessive(_country_name(counts.index[0]))} {counts.iloc[0]:,}. Notable models are "
        "fewer than all models, but a rank survives the narrower count if the gap is wide.",
    )


def _country_share(ledger, models, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    until = _period_end(claim)
    chosen = _language_models_by(models, until)
    share = 100 * chosen["countries"].map(lambda c: CHINA in c).mean()
    return _unjudged(
        claim_id,
        "China's share of language models",
        float(claim["value"]),
        float(share),
        "per cent",
        f"{MODELS_TITLE}, language models published by {until}",
        f"Epoch AI's database holds notable models only ({len(chosen):,} language "
        f"models by {until}); the claim counts every large language model, so the "
        "shares measure different sets.",
    )


def _model_count(ledger, models, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    until = _period_end(claim)
    chosen = _language_models_by(models, until)
    return _unjudged(
        claim_id,
        "Language models in the world",
        float(claim["value"]),
        float(len(chosen)),
        "models",
        f"{MODELS_TITLE}, language models published by {until}",
        "Epoch AI records notable models only: those that set a record, were much "
        "cited or much used. A count of every model is far larger by design.",
    )


def _frontier_lead(ledger, models, claim_id, top: int = 10) -> Comparison:
    claim = ledger.claim(claim_id)
    largest = models.nlargest(top, "training_compute_flop")
    american = int(largest["countries"].map(lambda c: US in c).sum())
    chinese = int(largest["countries"].map(lambda c: CHINA in c).sum())
    leads = american > chinese
    return Comparison(
        claim_id,
        f"US models among the {top} largest training runs",
        float(claim["value"]),
        1.0 if leads else 2.0,
        "rank",
        f"{MODELS_TITLE}, the {top} models with the most training compute",
        CONSISTENT if leads else DIFFERS,
        None,
        f"Of the {top} models trained with the most compute, {american} are American "
        f"and {chinese} Chinese.",
    )


def _early_lead(ledger, models, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    year = str(claim["period"])[:4]
    last = str(int(year) + 2)
    chosen = models[models["published"].str[:4].between(year, last)]
    chinese = int(chosen["countries"].map(lambda c: CHINA in c).sum())
    american = int(chosen["countries"].map(lambda c: US in c).sum())
    return _unjudged(
        claim_id,
        f"Notable models from China and the US, {year}–{last}",
        None,
        float(chinese),
        "Chinese models",
        f"{MODELS_TITLE}, models published {year}–{last}",
        f"The claim is about research, which counts of notable models do not "
        f"measure; for what they show, Epoch AI lists {chinese} Chinese and "
        f"{american} American notable models from {year} to {last}.",
    )


def _years_since_open_model(ledger, models, claim_id, maker, tolerance) -> Comparison:
    claim = ledger.claim(claim_id)
    published = ledger.sources.set_index("source_id").at[
        claim["source_id"], "published"
    ]
    # A source dated to its year alone is read at mid-year, the book's convention.
    when = period_point(published)
    opened = models[
        (models["organization"] == maker)
        & models["accessibility"].fillna("").str.startswith("Open weights")
        & (models["published"] < when.strftime("%Y-%m-%d"))
    ]
    # An "open model" is read as one that writes text: a model whose only domain is language.
    last = _latest(opened[opened["domain"] == "Language"])
    other = _latest(opened)
    years = (when - pd.Timestamp(last["published"])).days / 365.25
    return _judged(
        claim_id,
        f"Years since {maker}'s previous open-weight language model",
        claim,
        float(years),
        "years",
        _row_of(models, last["model"]),
        tolerance,
        f"{maker}'s last open-weight language model before the source's date "
        f"({published}) is {last['model']}, published {last['published']}; the new "
        "model itself came after the snapshot's last date."
        + (
            f" Read as any open model, the claim fails: {maker} released "
            f"{other['model']} with open weights on {other['published']}."
            if other["model"] != last["model"]
            else ""
        ),
    )


def _latest(models: pd.DataFrame) -> pd.Series:
    return models.loc[models["published"].idxmax()]


def _most_open_company(ledger, models, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    since = f"{int(str(claim['period'])[:4]) - 1}-01-01"
    chinese_companies = models[
        models["countries"].map(lambda c: c == {CHINA})
        & models["kinds"].map(lambda k: k == {"Industry"})
        & (models["published"] >= since)
    ]
    share = chinese_companies.groupby("organization")["accessibility"].agg(
        lambda a: a.fillna("").str.startswith("Open weights").mean()
    )
    counts = chinese_companies.groupby("organization").size()
    share = share[counts >= FEW_MODELS].sort_values(ascending=False)
    subject = claim["entity"]
    rivals = share[(share.index != subject) & (share >= share.get(subject, 1.0))]
    described = ", ".join(
        f"{name} {value:.0%}" for name, value in share.head(3).items()
    )
    return Comparison(
        claim_id,
        "Chinese companies that release their models openly",
        1.0,
        float(1 + len(rivals)),
        "companies",
        f"{MODELS_TITLE}, Chinese companies' models published since {since}",
        CONSISTENT if rivals.empty else DIFFERS,
        None,
        f"Among Chinese companies with at least {spelled(FEW_MODELS)} notable models since "
        f"{since}, the share released with open weights is highest for {described}. "
        + (
            f"No other company matches {subject}."
            if rivals.empty
            else f"{', '.join(rivals.index)} match or pass {subject}."
        ),
    )


def _open_model_count(ledger, models, claim_id, maker) -> Comparison:
    claim = ledger.claim(claim_id)
    own = models[models["organization"] == maker]
    opened = int(own["accessibility"].fillna("").str.startswith("Open weights").sum())
    return _unjudged(
        claim_id,
        f"{maker}'s open-weight models",
        _in_data_unit(claim),
        float(opened),
        "models",
        f"{MODELS_TITLE}, models by {maker}",
        f"Epoch AI lists {opened} notable {maker} models with open weights; the claim "
        "counts every model released, notable or not.",
    )


def _largest_model_of(ledger, models, claim_id, maker) -> Comparison:
    claim = ledger.claim(claim_id)
    own = models[models["organization"].fillna("").str.contains(maker)]
    largest = own["parameters"].max()
    last_date = models["published"].max()
    return _unjudged(
        claim_id,
        f"{maker}'s largest model, in parameters",
        _in_data_unit(claim),
        None if pd.isna(largest) else float(largest),
        "parameters",
        f"{MODELS_TITLE}, models by {maker}",
        f"The snapshot ends on {last_date}, before the end of the year the claim "
        f"speaks of ({claim['period']}), and holds no {maker} model of that size.",
    )


def _quarter_of(period: str) -> str:
    """ "2024-06" as "2024-Q2"."""
    year, month = str(period)[:4], int(str(period)[5:7])
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _chinese_capacity(ledger, stocks, claim_id) -> Comparison:
    claim = ledger.claim(claim_id)
    quarter = _quarter_of(claim["period"])
    row = stocks[(stocks["owner"] == "China") & (stocks["quarter"] == quarter)].iloc[0]
    flops = float(row["h100e"]) * H100_FLOPS
    return _unjudged(
        claim_id,
        f"China's computing capacity, {quarter}",
        _in_data_unit(claim),
        flops,
        "FLOP/s",
        f"{CHIPS_TITLE}, China {quarter}",
        f"Epoch AI estimates China's NVIDIA chips at {row['h100e']:,.0f} H100-equivalents "
        f"by then, or {figure_words(flops, 'FLOP/s')} at an H100's 16-bit rate, against "
        f"the claim's {figure_words(_in_data_unit(claim), 'FLOP/s')}; the claim counts "
        "all chips, at a precision it does not state.",
    )


def _us_company_stocks(ledger, stocks, claim_id) -> Comparison:
    ledger.claim(
        claim_id
    )  # the claim is vague ("hundreds of thousands"); it must exist
    complete = stocks[~stocks["incomplete"] & (stocks["owner"] != "China")]
    quarter = complete["quarter"].max()
    latest = complete[complete["quarter"] == quarter].set_index("owner")["units"]
    return _unjudged(
        claim_id,
        f"NVIDIA chips held by each large US company, {quarter}",
        None,
        float(latest.min()),
        "chips",
        f"{CHIPS_TITLE}, US owners {quarter}",
        f"Each of the {spelled(len(latest))} US companies Epoch AI tracks held at least "
        f"{latest.min():,.0f} NVIDIA chips by {quarter}; stocks are spread over many "
        "sites, so they bound a single cluster without measuring one.",
    )


# --- words -------------------------------------------------------------------------------------


def _scaled(value: float) -> str:
    """A large number in words a reader takes in at once: 5.39 million, 20 trillion."""
    for size, word in (
        (1e18, "quintillion"),
        (1e12, "trillion"),
        (1e9, "billion"),
        (1e6, "million"),
    ):
        if abs(value) >= size:
            return f"{value / size:.3g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:.2g}"


def figure_words(value: float | None, unit: str) -> str:
    """A comparison's figure in the words of its unit: '$5.39 million', 'second', '25%'."""
    if value is None or pd.isna(value):
        return "none"
    if unit == "US dollars":
        return f"${_scaled(value)}"
    if unit == "rank":
        return _ordinal(int(value))
    if unit == "per cent":
        return f"{value:.0f}%"
    if unit in ("years", "ratio"):
        return f"{value:.2g}" + (" years" if unit == "years" else "")
    if unit == "FLOP/s":
        return f"{value / 1e18:,.0f} EFLOP/s"
    if value == 1 and unit.endswith("s"):
        unit = unit[:-3] + "y" if unit.endswith("ies") else unit[:-1]
    return f"{_scaled(value)} {unit}"


# --- context series ------------------------------------------------------------------------------

# The book's country codes and the words a chart labels them with.
_GROUPS = {"CN": "China", "US": "United States", "other": "Elsewhere"}


def language_models_by_year(models: pd.DataFrame, first: int = 2012) -> pd.DataFrame:
    """Notable language models published each year from ``first`` to the last full year in the
    data, by country code (CN, US, other): a model made jointly counts for each country."""
    rows = _with_countries(models)
    rows = rows[rows["language"]].assign(year=rows["published"].str[:4].astype(int))
    # The last year counts only if the data runs to its end.
    last = int(rows["published"].max()[:4]) - (
        not rows["published"].max().endswith("12-31")
    )
    rows = rows[rows["year"].between(first, last)]
    codes = rows["countries"].map(
        lambda c: {"CN" if x == CHINA else "US" if x == US else "other" for x in c if x}
    )
    counted = rows.assign(country=codes).explode("country").dropna(subset=["country"])
    table = counted.groupby(["year", "country"]).size().unstack(fill_value=0)
    table = table.reindex(columns=list(_GROUPS), fill_value=0).stack()
    out = table.rename("models").reset_index()
    return out.assign(group=out["country"].map(_GROUPS))


def worded(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The comparisons with both figures in words: ``claimed`` (the source's) and ``found``."""
    return comparisons.assign(
        claimed=[
            figure_words(v, u)
            for v, u in zip(comparisons["claim_value"], comparisons["unit"])
        ],
        found=[
            figure_words(v, u)
            for v, u in zip(comparisons["data_value"], comparisons["unit"])
        ],
    )


def judged(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The comparisons that end in a verdict on a ratio of two amounts: consistent or differs,
    with a factor, and not a rank (a rank's ratio says nothing of how far apart two are)."""
    kept = (
        comparisons["verdict"].ne(NOT_COMPARABLE)
        & comparisons["factor"].notna()
        & comparisons["unit"].ne("rank")
    )
    return worded(comparisons[kept])


def widest_difference(comparisons: pd.DataFrame) -> pd.Series:
    """The comparison that differs most, by its factor in either direction."""
    differs = worded(comparisons[comparisons["verdict"] == DIFFERS])
    spread = differs["factor"].map(lambda f: max(f, 1 / f))
    return differs.loc[spread.idxmax()]


def largest_rise(counts: pd.DataFrame, country: str) -> int:
    """The year in which ``country``'s count (``language_models_by_year``) rose most."""
    own = counts[counts["country"] == country].set_index("year")["models"]
    return int(own.diff().idxmax())


def widest_gap_sentence(comparisons: pd.DataFrame, claim) -> str:
    """'The widest gap is in …: the source gives …, Epoch AI ….', citing the claim through
    ``claim`` (the chapter's lookup, which carries the citation)."""
    widest = widest_difference(comparisons)
    subject = widest["subject"][:1].lower() + widest["subject"][1:]
    return prose.derived(
        f"The widest gap is in {subject}: the source gives {widest['claimed']}, "
        f"Epoch AI {widest['found']}.",
        claim(widest["claim_id"]),
    )


def both_figures(comparisons: pd.DataFrame, claim: pd.Series) -> tuple[str, str]:
    """The source's figure and the open data's, in words, for one compared ``claim`` (a ledger
    row with its citation), each recording that claim."""
    row = worded(comparisons).set_index("claim_id").loc[claim["claim_id"]]
    return prose.derived(row["claimed"], claim), prose.derived(row["found"], claim)
