"""``make pdf``: the print edition, one PDF of the whole built book, offline, charts as drawn.

Each page of ``_build/html`` is opened in headless Chromium in book order
(``_toc.yml``), given time to draw its charts, and printed with the theme's print
styles; pypdf joins the pages into ``_build/pdf/many-races.pdf`` with a bookmark
per page. Charts are SVG, so they print as vector graphics.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import yaml

from airaces import paths
from airaces.build import browser as chromium

PDF_NAME = "many-races.pdf"


def book_order(toc: Path = paths.REPO_ROOT / "_toc.yml") -> list[str]:
    """The book's pages in reading order, as paths relative to the HTML root."""
    spec = yaml.safe_load(toc.read_text(encoding="utf-8"))
    files = [spec["root"]] + [
        c["file"] for part in spec.get("parts", []) for c in part["chapters"]
    ]
    return [f"{f}.html" for f in files]


def build_pdf(html_root: Path, output: Path, log=print, browser=None) -> Path:
    """Print every page under ``html_root`` in book order into one PDF at ``output``.

    ``browser`` is a Playwright Chromium to print with; by default one is started
    (Debian's ``chromium``) and closed again.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = chromium.launch(p)
            try:
                return build_pdf(html_root, output, log, own)
            finally:
                own.close()
    from pypdf import PdfReader, PdfWriter

    pages = [p for p in book_order() if (html_root / p).is_file()]
    if not pages:
        raise SystemExit(f"no built pages under {html_root}; run `make book` first")
    started = time.perf_counter()
    writer = PdfWriter()
    with tempfile.TemporaryDirectory(prefix="airaces-pdf-") as tmp:
        for i, name in enumerate(pages):
            page = chromium.open_offline(browser, (html_root / name).as_uri())
            charts = len(page.evaluate(chromium.DRAW_TIMES_JS))
            page.emulate_media(media="print")
            part = Path(tmp) / f"{i:02d}.pdf"
            page.pdf(
                path=str(part),
                format="A4",
                print_background=True,
                margin={
                    "top": "18mm",
                    "bottom": "18mm",
                    "left": "15mm",
                    "right": "15mm",
                },
            )
            title = page.title().split("—")[0].split(" - ")[0].strip() or name
            page.close()
            first_page = len(writer.pages)
            writer.append(PdfReader(part))
            writer.add_outline_item(title=title, page_number=first_page)
            log(
                f"  {name:<36} {len(writer.pages) - first_page:3d} pages, {charts} charts"
            )
    writer.add_metadata(
        {
            "/Title": "Many Races",
            "/Subject": "A reproducible research book on the US-China AI race",
        }
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".pdf.partial")
    with partial.open("wb") as f:
        writer.write(f)
    partial.replace(output)
    log(
        f"pdf: {len(pages)} pages of the book, {len(writer.pages)} PDF pages, {output.stat().st_size:,} B, "
        f"in {time.perf_counter() - started:.1f} s -> {output}"
    )
    return output


if __name__ == "__main__":
    build_pdf(
        paths.REPO_ROOT / "_build" / "html",
        paths.REPO_ROOT / "_build" / "pdf" / PDF_NAME,
    )
    sys.exit(0)
