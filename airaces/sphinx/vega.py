"""Sphinx extension: the charts' script and styles, and Vega served from the book itself.

A chart reaches the page already drawn, as static SVG (``airaces.charts``).
Pages that hold a chart get ``airaces-charts.js`` (deferred, so it never holds
up the first paint) and the charts' stylesheet; the script fetches Vega only
when a reader reaches for a chart, from one local bundle that vl-convert builds
(no download is needed, and nothing comes from a CDN). Pages without a chart
load none of it. The bundle is written straight into the output's ``_static``
on every build, because Sphinx does not recopy a static file that changed after
the first build; it opens with a line naming the versions it was made from,
and is remade only when those change, since making it takes seconds.
"""

from __future__ import annotations

from pathlib import Path

BUNDLE_NAME = "vega-bundle.js"


def bundle_header() -> str:
    """The bundle's first line: every version its contents depend on."""
    import altair as alt
    import vl_convert as vlc

    return (
        f"/* vl-convert {vlc.__version__}; vega-lite {alt.VEGALITE_VERSION}, vega {alt.VEGA_VERSION}, "
        f"vega-embed {alt.VEGAEMBED_VERSION} */\n"
    )


def bundle_source() -> str:
    """The JavaScript of the bundle: the libraries, wrapped, then the versions Altair checks for."""
    import altair as alt
    import vl_convert as vlc

    major, minor = alt.VEGALITE_VERSION.split(".")[:2]
    libraries = vlc.javascript_bundle(vl_version=f"v{major}.{minor}")
    vega_major = vlc.get_vega_version().split(".")[0]
    embed_major = vlc.get_vega_embed_version().split(".")[0]
    if (vega_major, embed_major) != (
        alt.VEGA_VERSION.split(".")[0],
        alt.VEGAEMBED_VERSION.split(".")[0],
    ):
        raise RuntimeError(
            f"vl-convert bundles vega {vlc.get_vega_version()} and vega-embed {vlc.get_vega_embed_version()}, "
            f"but Altair expects vega {alt.VEGA_VERSION} and vega-embed {alt.VEGAEMBED_VERSION}: pin matching versions"
        )
    # The bundle declares top-level consts (such as `_`) that clash with Sphinx's
    # own scripts, so it runs inside a function scope and exports via window.
    return (
        bundle_header() + "(function () {\n" + libraries + "\n})();\n"
        "window.VEGA_DEBUG = Object.assign(window.VEGA_DEBUG || {}, "
        f'{{vega_version: "{alt.VEGA_VERSION}", vegalite_version: "{alt.VEGALITE_VERSION}", '
        f'vegaembed_version: "{alt.VEGAEMBED_VERSION}"}});\n'
    )


def _write_bundle(app) -> None:
    if app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / BUNDLE_NAME
    if target.is_file():
        with target.open(encoding="utf-8") as bundle:
            if bundle.readline() == bundle_header():
                return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_text(bundle_source(), encoding="utf-8")
    partial.replace(target)  # a build stopped midway leaves no truncated bundle behind


def _drop_thebe(app, pagename, templatename, context, doctree) -> None:
    # Jupyter Book always loads sphinx-thebe, which declares its config twice
    # (a console error on every page) and would fetch thebe from a CDN. The book
    # is read offline and has no live kernels, so its scripts are left out.
    scripts = context.get("script_files", [])
    # In place: the list is the builder's own, to which a page's own scripts are added later.
    scripts[:] = [
        s
        for s in scripts
        if "sphinx-thebe" not in str(s)
        and "THEBE_JS_URL" not in (getattr(s, "attributes", {}).get("body") or "")
    ]


CHART_MARKER = 'class="airaces-chart"'


def _chart_assets(app, pagename, templatename, context, doctree) -> None:
    # Called per page: Sphinx adds a file given here to this page only.
    if CHART_MARKER in context.get("body", ""):
        app.add_css_file("airaces-charts.css")
        app.add_js_file("airaces-charts.js", loading_method="defer")


def setup(app):
    app.connect("html-page-context", _drop_thebe)
    app.connect("html-page-context", _chart_assets)
    app.connect("builder-inited", _write_bundle)
    # The script and stylesheet live in airaces/sphinx/static, which airaces.sphinx.ledger copies.
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
