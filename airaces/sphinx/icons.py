"""Sphinx extension: the theme's icons drawn as inline SVG, without the Font Awesome script.

pydata-sphinx-theme writes each icon as ``<i class="fa-solid fa-bars">`` and
loads ``fontawesome.js`` (1.5 MB, every icon of Font Awesome Free) on every
page to swap those elements for SVG once the script has run; its stylesheet
also declares the Font Awesome webfont. The book shows about a dozen icons, so
after the build each icon element is replaced by the same SVG the script would
have drawn, with the path taken from the theme's own copy of Font Awesome (the
icons look as before and stay the theme's version), and the script's tag is
removed. The script and the webfont are then deleted from the output, so a
page that still asked for them would fail loudly (a 404) rather than quietly
load 1.6 MB.

The theme's stylesheet also carries Font Awesome's glyph table, one rule per
icon (``.fa-bars:before{content:"\\f0c9"}``, 86 kB of its 397 kB) for the
webfont; with no icon element and no webfont left those rules select nothing,
and they are dropped from the output's copy of the stylesheet.

The icons are in the theme's templates, not in a page's body, so they can only
be changed in the written HTML: this runs at ``build-finished`` over every
page, and is idempotent, so pages that an incremental build did not rewrite
are left as they are. An icon name the theme's Font Awesome does not have
fails the build instead of leaving an empty button.
"""

from __future__ import annotations

import html
import re
import shutil
from functools import cache
from pathlib import Path

from sphinx.errors import ExtensionError

# The theme's icon markup: an empty <i> or <span> whose classes name a Font Awesome icon.
ICON = re.compile(
    r'<(i|span)\s+class="(?P<classes>[^"]*\bfa-[^"]*)"(?P<attrs>[^>]*)>\s*</\1>'
)
# Classes that only select the Font Awesome font or style; the icon's own name is found among the rest.
STYLE_CLASSES = {
    "fa",
    "fas",
    "far",
    "fab",
    "fa-solid",
    "fa-regular",
    "fa-brands",
    "fa-classic",
}
# Size and layout modifiers the theme's stylesheet still styles on any element (e.g. fa-lg, fa-fw).
MODIFIERS = re.compile(r"fa-(?:\d*x|2xs|xs|sm|lg|xl|2xl|fw)")
SCRIPT_TAG = re.compile(
    r'\s*<script[^>]*src="[^"]*/fontawesome\.js[^"]*"[^>]*></script>'
)
# A whole rule of the glyph table: selectors that are all .fa-NAME:before/:after, and only a content.
GLYPH_RULE = re.compile(
    r'(?<=[}\s])(?:\.fa-[a-z0-9-]+:(?:before|after),?)+\{content:"[^"]*"\}'
)
THEME_CSS = "_static/styles/pydata-sphinx-theme.css"
# The script's files and the webfonts, as the theme copies them into the output.
FONT_AWESOME_FILES = (
    "_static/scripts/fontawesome.js",
    "_static/scripts/fontawesome.js.map",
    "_static/scripts/fontawesome.js.LICENSE.txt",
    "_static/vendor/fontawesome",
)


@cache
def _solid_icons() -> str:
    """The solid icons in the theme's vendored fontawesome.js.

    The script defines each pack as an object literal, ``var p={name:[width,height,
    [aliases],"code","path"],...}``, and then registers it under its prefix with
    ``d("fas",p)``; the solid pack is the last such object before that call.
    """
    import pydata_sphinx_theme

    script = (
        Path(pydata_sphinx_theme.__file__).parent
        / "theme"
        / "pydata_sphinx_theme"
        / "static"
        / "scripts"
        / "fontawesome.js"
    )
    text = script.read_text(encoding="utf-8")
    end = text.index('d("fas",p)')
    return text[text.rindex("var p={", 0, end) : end]


@cache
def icon_svg_body(name: str) -> tuple[int, int, str]:
    """Width, height and path of the solid Font Awesome icon ``name`` in the theme's copy."""
    # The key is quoted only when it is not a JavaScript identifier (magnifying-glass, not bars).
    found = re.search(
        r'[{,]"?%s"?:\[(\d+),(\d+),\[[^\]]*\],"[0-9a-f]+","(M[^"]+)"\]'
        % re.escape(name),
        _solid_icons(),
    )
    if found is None:
        raise ExtensionError(
            f"airaces.sphinx.icons: the theme's Font Awesome has no solid icon {name!r}"
        )
    return int(found[1]), int(found[2]), found[3]


def inline_svg(match: re.Match) -> str:
    classes = match["classes"].split()
    names = [
        c[3:]
        for c in classes
        if c.startswith("fa-") and c not in STYLE_CLASSES and not MODIFIERS.fullmatch(c)
    ]
    if len(names) != 1:
        raise ExtensionError(
            f"airaces.sphinx.icons: cannot tell the icon in {match[0]!r}"
        )
    width, height, path = icon_svg_body(names[0])
    kept = [
        c
        for c in classes
        if c not in STYLE_CLASSES and not c.startswith("fa-") or MODIFIERS.fullmatch(c)
    ]
    # A title on the icon is the button's business (it has its own label); SVG has no title attribute.
    attrs = re.sub(r'\s+title="[^"]*"', "", match["attrs"])
    return (
        f'<svg class="{html.escape(" ".join(["airaces-icon", *kept]))}"{attrs} viewBox="0 0 {width} {height}" '
        f'aria-hidden="true" focusable="false"><path fill="currentColor" d="{path}"/></svg>'
    )


def rewrite(page: str) -> str:
    """The page with every Font Awesome icon inline and no Font Awesome script."""
    return SCRIPT_TAG.sub("", ICON.sub(inline_svg, page))


def _rewrite_output(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    for page in out.rglob("*.html"):
        if (
            "_static" in page.relative_to(out).parts
        ):  # the theme's template files, not pages
            continue
        text = page.read_text(encoding="utf-8")
        new = rewrite(text)
        if new != text:
            page.write_text(new, encoding="utf-8")
    css = out / THEME_CSS
    if css.is_file():
        text = css.read_text(encoding="utf-8")
        trimmed = GLYPH_RULE.sub("", text)
        if trimmed != text:
            css.write_text(trimmed, encoding="utf-8")
    for name in FONT_AWESOME_FILES:
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def setup(app):
    app.connect("build-finished", _rewrite_output)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
