"""airaces.sphinx.stylesheet: the theme's Bootstrap rules for components no page uses are left out."""

from __future__ import annotations

from airaces.sphinx import stylesheet

CSS = (
    ".card{color:red}.card-body,.toast{margin:0}.card,.nav{padding:1px}.show{display:block}"
    "@media (min-width:576px){.card{width:1px}.nav{width:2px}}@media print{.toast{display:none}}"
    ".tooltip-inner{x:1}.cardinal{y:2}"
)


def test_rules_that_only_name_unused_components_go_and_the_rest_stay():
    kept = stylesheet.trimmed(CSS, ["card", "toast"])
    assert (
        ".card{color:red}" not in kept and ".card-body,.toast" not in kept
    )  # every selector unused
    assert (
        ".card,.nav{padding:1px}" in kept
    )  # one selector is used, so the rule stays whole
    assert (
        ".show{display:block}" in kept and ".cardinal{y:2}" in kept
    )  # another class that merely starts alike
    assert (
        ".nav{width:2px}" in kept and ".card{width:1px}" not in kept
    )  # inside @media too
    assert "@media print" not in kept  # a block left empty goes too
    assert ".tooltip-inner{x:1}" in kept  # tooltip was not named


def test_a_component_a_page_or_script_mentions_is_used(tmp_path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "page.html").write_text(
        '<div class="card-body">x</div>', encoding="utf-8"
    )
    (tmp_path / "_static" / "theme.js").write_text(
        'el.classList.add("toast")', encoding="utf-8"
    )
    (tmp_path / "_static" / "bootstrap.js").write_text(
        '"carousel" "badge"', encoding="utf-8"
    )
    unused = stylesheet.unused_components(tmp_path)
    assert "card" not in unused and "toast" not in unused  # on a page, in a script
    assert (
        "carousel" in unused and "badge" in unused
    )  # Bootstrap's own script is not asked
