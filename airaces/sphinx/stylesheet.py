"""Sphinx extension: the theme's stylesheet without the Bootstrap components no page of the book uses.

pydata-sphinx-theme ships the whole of Bootstrap's CSS, 310 kB that every page
loads before it can paint: carousels, toasts, cards, badges and a dozen other
components this book never shows. After the build, every rule whose selectors
all name such a component is removed from the output copy of the stylesheet
(the theme itself is untouched). A component counts as used, and keeps every
one of its rules, when its class appears in any written page or in any script
the pages run (a script may add a class later: "show", "tooltip"); Bootstrap's
own script names every component, so it is not asked. A book that starts using
a card or a badge therefore gets its rules back at the next build.

The stylesheet is parsed with tinycss2, so rules inside ``@media`` and
``@supports`` blocks are judged the same way, and nothing is cut mid-rule.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import tinycss2

THEME_CSS = Path("_static") / "styles" / "pydata-sphinx-theme.css"
# Bootstrap 5.3's components and utilities that a documentation theme may leave unused,
# by the class that names each (a rule is judged by its selectors' classes).
COMPONENTS = (
    "accordion",
    "alert",
    "badge",
    "breadcrumb",
    "btn-check",
    "btn-group",
    "card",
    "carousel",
    "focus-ring",
    "form-check",
    "form-floating",
    "form-range",
    "form-select",
    "icon-link",
    "input-group",
    "link-",
    "modal",
    "nav-pills",
    "nav-tabs",
    "object-fit",
    "offcanvas",
    "pagination",
    "placeholder",
    "popover",
    "progress",
    "spinner",
    "stretched-link",
    "table-",
    "text-bg-",
    "toast",
    "tooltip",
    "list-group",
    "was-validated",
    "is-valid",
    "is-invalid",
    "valid-",
    "invalid-",
    "vr",
    "ratio",
)
NOT_ASKED = ("bootstrap.js", "vega-bundle.js")


def unused_components(out: Path) -> list[str]:
    """The components whose class no written page and no page script mentions."""
    texts = [
        p.read_text(encoding="utf-8", errors="ignore")
        for p in out.rglob("*.html")
        if "_static" not in p.relative_to(out).parts
    ]
    texts += [
        p.read_text(encoding="utf-8", errors="ignore")
        for p in (out / "_static").rglob("*.js")
        if p.name not in NOT_ASKED
    ]
    # One pass over the text for every component at once; longest names first, so that no
    # name shadows a longer one that starts the same way.
    names = sorted(COMPONENTS, key=len, reverse=True)
    mentioned = set(
        re.findall(
            r"(?<![\w-])(%s)" % "|".join(map(re.escape, names)), "\n".join(texts)
        )
    )
    return [c for c in COMPONENTS if c not in mentioned]


def _class_pattern(components: list[str]) -> re.Pattern:
    names = "|".join(
        re.escape(c)
        + (r"[\w-]*" if c.endswith("-") else r"(?![\w-])|" + re.escape(c) + r"-[\w-]*")
        for c in components
    )
    return re.compile(r"\.(?:%s)" % names)


def trimmed(css: str, components: list[str]) -> str:
    """``css`` without the rules every one of whose selectors names one of ``components``."""
    if not components:
        return css
    names = _class_pattern(components)

    def keep(rules):
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                selectors = tinycss2.serialize(rule.prelude).split(",")
                if all(names.search(s) for s in selectors):
                    continue
            elif (
                rule.type == "at-rule"
                and rule.lower_at_keyword in ("media", "supports")
                and rule.content
            ):
                inner = keep(tinycss2.parse_rule_list(rule.content))
                if not any(r.type in ("qualified-rule", "at-rule") for r in inner):
                    continue
                rule.content = inner
            out.append(rule)
        return out

    return tinycss2.serialize(keep(tinycss2.parse_stylesheet(css)))


def _trim(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    path = out / THEME_CSS
    if not path.is_file():
        return
    css = path.read_text(encoding="utf-8")
    unused = unused_components(out)
    # Parsing the stylesheet takes a second: a copy this step already trimmed for the same
    # components, which Sphinx has left in place, is left alone. The stamp lives with
    # Sphinx's own cache, not in the book.
    stamp = Path(app.doctreedir) / "airaces-stylesheet-trimmed"
    done = f"{hashlib.sha256(css.encode()).hexdigest()} {' '.join(unused)}"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == done:
        return
    smaller = trimmed(css, unused)
    if smaller != css:
        path.write_text(smaller, encoding="utf-8")
    stamp.write_text(
        f"{hashlib.sha256(smaller.encode()).hexdigest()} {' '.join(unused)}",
        encoding="utf-8",
    )


def setup(app):
    app.connect("build-finished", _trim)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
