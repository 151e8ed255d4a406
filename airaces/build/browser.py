"""Headless Chromium for the tools that read the built book: the tests, ``make bench`` and ``make pdf``.

One place says which Chromium to use, with which flags, and how to tell that a
page's charts have been drawn, so the three agree on what "drawn" means.
"""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

# Flags a root user needs, and the ones that stop Chromium calling home on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHART = "[id^='altair-viz-']"
# A chart has been drawn once its SVG holds at least one mark.
MARKS = ", ".join(
    f"svg .mark-{m}" for m in ("symbol", "rule", "line", "rect", "text", "area")
)

# Resolves, once the page is parsed and every chart has drawn (or after 15 s), with
# the time since navigation at which each chart first showed a mark.
DRAW_TIMES_JS = """
() => new Promise(resolve => {
  const seen = {};
  function check() {
    const charts = document.querySelectorAll("%s");
    charts.forEach(el => { if (!(el.id in seen) && el.querySelector("%s")) seen[el.id] = performance.now(); });
    // Only a fully parsed page has all its charts; before that, more may follow.
    const parsed = document.readyState !== "loading";
    if ((parsed && Object.keys(seen).length === charts.length) || performance.now() > 15000) resolve(seen);
    else setTimeout(check, 10);
  }
  check();
})
""" % (CHART, MARKS)


def find_chromium() -> str | None:
    """Debian's chromium, if it is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch(playwright):
    """Start headless Chromium with the book's flags, or stop with the command that installs it."""
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("this needs Debian's chromium (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)


def open_offline(browser, url: str, wait_until: str = "load"):
    """A new page at ``url`` with every request that is not a local file refused."""
    page = browser.new_page()
    page.route(lambda u: not u.startswith("file:"), lambda route: route.abort())
    page.goto(url, wait_until=wait_until)
    return page


@contextmanager
def serve(root, compress: bool = False, port: int = 0):
    """The folder ``root`` over HTTP on a local port (a free one by default), as a reader's browser
    gets it; yields the base URL.

    Page weight is measured over HTTP, not file://, because only then does the
    browser fetch (and report) everything a served page costs a reader; it is
    measured uncompressed. With ``compress``, text is sent gzipped to a browser
    that asks for it, as a static host sends it (``make serve``, and Lighthouse).
    """
    handler = partial(
        _CompressingHandler if compress else _QuietHandler, directory=str(root)
    )
    with _QuietServer(("127.0.0.1", port), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/"
        finally:
            server.shutdown()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(
        self, request, client_address
    ):  # a browser that hangs up mid-response is no error here
        pass


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # one line per request would drown the output
        pass


def page_weight(browser, url: str) -> dict[str, int]:
    """Bytes of every response a page loads, by URL: the page and everything it asked for by its load event.

    Sizes are the bodies as served, uncompressed, read once the page has loaded;
    a request that failed or was answered with an error counts as its URL with 0
    bytes, so a missing file still shows up.
    """
    page = browser.new_page()
    responses, failed = [], []
    page.on("response", lambda response: responses.append(response))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(url, wait_until="load")
    sizes: dict[str, int] = {}
    for response in responses:
        try:
            sizes[response.url] = len(response.body()) if response.status < 400 else 0
        except Exception:  # noqa: BLE001 - a redirect has no body of its own
            sizes.setdefault(response.url, 0)
    for failed_url in failed:
        sizes.setdefault(failed_url, 0)
    page.close()
    return sizes


class _CompressingHandler(_QuietHandler):
    """Sends a text file gzipped when the browser accepts gzip; anything else as it is."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".csv", ".txt", ".xml")

    def do_GET(self):
        import gzip
        import os

        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not (
            os.path.isfile(path)
            and path.endswith(self.COMPRESSIBLE)
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            return super().do_GET()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
