"""``make serve``: the built book on http://127.0.0.1:8000/, compressed as a static host would send it.

For reading the book as it will be read once hosted, and for measuring it (Lighthouse)
under the same conditions. Stop it with Ctrl-C.
"""

from __future__ import annotations

import sys
import time

from airaces import paths
from airaces.build import browser

PORT = 8000


def main(port: int = PORT) -> None:
    html = paths.REPO_ROOT / "_build" / "html"
    if not (html / "index.html").is_file():
        raise SystemExit(f"no built book at {html}: run `make book` first")
    with browser.serve(html, compress=True, port=port) as url:
        print(f"serving {html} at {url} (gzip); Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else PORT)
