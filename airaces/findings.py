"""What the book finds: one sentence per finding, computed from the ledger, for the introduction.

Each chapter argues one part of the book's answer; the introduction states the
result first. The sentences are built here, from the rows the chapters argue
from, so that they change with the data as the chapters do, and each carries the
premise its wording assumes (``prose.premise``), which warns on data that breaks it.
The synthesis chapter glues them; the introduction pastes them from there.
"""

from __future__ import annotations

from airaces import audit, outside, prose


def chips(book) -> prose.Finding:
    rows = book.ledger.assessments.query("dimension == 'chips'")
    # A source that judges chips twice counts once, at its mean, as on the scorecard.
    by_source = rows.groupby("source_id")["rating"].mean()
    sentence = prose.derived(
        f"Every source that judges China’s chips rates China behind on them, from {prose.signed(by_source.min())} to "
        f"{prose.signed(by_source.max())} on a scale that runs from −2, a serious weakness, to +2, a lead.",
        rows,
    )
    return prose.finding(
        sentence,
        prose.premise(by_source.max() < 0, "every rating of chips is below zero", rows),
    )


def models(book) -> prose.Finding:
    before, after = book.claim("sin-065"), book.claim("sin-066")
    sentence = prose.derived(
        f"On Stanford’s AI Index, as Sinolytics cites it, the gap between the best Chinese and US models "
        f"fell from {prose.claim_text(before)} in {prose.year(before)} to {prose.number(after['value'])} "
        f"(printed without a unit) at the end of {prose.year(after)}.",
        before,
        after,
    )
    return prose.finding(
        sentence,
        prose.premise(
            after["value"] < before["value"], "the gap narrowed", before, after
        ),
    )


def adoption(book) -> prose.Finding:
    top, size, open_cn, open_us = map(
        book.claim, ("dig-004", "dig-005", "dig-006", "dig-007")
    )
    when = prose.date(book.row("dig-ev03"), style="%-d %B %Y")
    sentence = prose.derived(
        f"In the OpenCompass ranking of {when}, Chinese models held {prose.claim_text(top)} of the top "
        f"{prose.claim_text(size)} places, {prose.claim_text(open_cn)} of them open-source, and no American "
        "open-source model made the list.",
        top,
        size,
        open_cn,
        open_us,
        "dig-ev03",
    )
    holds = open_us["value"] == 0 and 2 * top["value"] > size["value"]
    return prose.finding(
        sentence,
        prose.premise(
            holds,
            "Chinese models hold most places and no American "
            "open-source model is among them",
            top,
            size,
            open_us,
        ),
    )


def capital(book) -> prose.Finding:
    us, plan, plan_usd = map(book.claim, ("ess-043", "ess-005", "ess-006"))
    yearly = us["value"] / (plan_usd["value"] / 3)  # the three-year plan spread evenly
    sentence = prose.derived(
        f"US hyperscalers were expected to spend {prose.claim_text(us)} in {prose.year(us)} alone, "
        f"{prose.times(yearly, us, plan_usd)} a year’s share of Alibaba’s "
        f"{prose.claim_text(plan, with_qualifier=False)} three-year plan.",
        us,
        plan,
        plan_usd,
    )
    return prose.finding(
        sentence,
        prose.premise(yearly > 1, "American spending is the larger", us, plan_usd),
    )


def embodied(book) -> prose.Finding:
    arm = book.claim("ess-060")
    sentence = prose.derived(
        "On robots the cost advantage is China’s: by the essay’s figures a robotic arm of similar specification "
        f"costs {prose.times(arm['value'], arm)} as much to make in the United States.",
        arm,
    )
    return prose.finding(
        sentence, prose.premise(arm["value"] > 1, "the US cost is the higher", arm)
    )


def disagreements(book, compared=None) -> prose.Finding:
    found = audit.run(book.ledger, outside=compared)
    ids = sorted(set(found["ids"].explode()))
    ambiguous = int((found["severity"] == "ambiguity").sum())
    sentence = prose.derived(
        "Most of what the audit of the sources flags is not a wrong number but an "
        f"unclear one: {prose.spelled(ambiguous)} of its {prose.spelled(len(found))} "
        "findings are a figure’s scope, unit or date that the reader has to infer.",
        ids,
    )
    return prose.finding(
        sentence,
        prose.premise(
            ambiguous > len(found) / 2,
            "most of the audit’s findings are ambiguities",
            ids,
        ),
    )


def open_data(book, compared) -> prose.Finding:
    """How the sources' figures fare against Epoch AI's open data (``outside.compare``)."""
    judged = compared[compared["verdict"] != outside.NOT_COMPARABLE]
    held = int((judged["verdict"] == outside.CONSISTENT).sum())
    widest = outside.widest_difference(compared)
    subject = widest["subject"][:1].lower() + widest["subject"][1:]
    ids = sorted(compared["claim_id"])
    sentence = prose.derived(
        f"Set against Epoch AI’s open data, {prose.spelled(held)} of the "
        f"{prose.spelled(len(judged))} source figures it can judge hold; the widest gap is in "
        f"{subject}, where the source gives {widest['claimed']} and Epoch AI {widest['found']}.",
        ids,
    )
    return prose.finding(
        sentence,
        prose.premise(
            held > len(judged) / 2,
            "most of the figures open data can judge hold",
            ids,
        ),
    )


# The introduction lists them in the order of the chapters that argue them.
FINDINGS = {
    "chips": chips,
    "models": models,
    "adoption": adoption,
    "embodied": embodied,
    "capital": capital,
    "disagreements": disagreements,
}


def key_findings(book, compared) -> dict[str, prose.Finding]:
    """{'finding_chips': the sentence, ...}, ready to glue; ``compared`` is the claims set against
    open data (``outside.compare``), which the audit's count and the last finding take in.

    The keys, one per entry of ``FINDINGS`` and one more: ``finding_chips``,
    ``finding_models``, ``finding_adoption``, ``finding_embodied``, ``finding_capital``,
    ``finding_disagreements`` and ``finding_open_data``.
    """
    found = {f"finding_{name}": make(book) for name, make in FINDINGS.items()}
    found["finding_disagreements"] = disagreements(book, compared)
    found["finding_open_data"] = open_data(book, compared)
    return found
