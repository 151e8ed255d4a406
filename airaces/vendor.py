"""Third-party browser code the tests inject, fetched once from its registry and checked.

``python -m airaces.vendor`` downloads axe-core (the accessibility engine, from
the npm registry) into ``.venv/vendor``, verifies the tarball against the
integrity hash pinned here, and extracts ``axe.min.js``. ``make test`` runs it
as part of setup; after that, the tests need no network.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

from airaces import paths

AXE_VERSION = "4.10.2"
AXE_URL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
AXE_INTEGRITY = "sha512-RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w=="
AXE_FILE = paths.REPO_ROOT / ".venv" / "vendor" / f"axe-core-{AXE_VERSION}" / "axe.min.js"


def fetch_axe(target: Path = AXE_FILE) -> Path:
    """axe.min.js, downloaded and verified if it is not already there."""
    if target.is_file():
        return target
    with urllib.request.urlopen(AXE_URL, timeout=60) as response:
        tarball = response.read()
    algorithm, expected = AXE_INTEGRITY.split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, tarball).digest()).decode()
    if actual != expected:
        raise SystemExit(f"axe-core {AXE_VERSION}: the download does not match its pinned integrity hash")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        script = archive.extractfile("package/axe.min.js").read()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_bytes(script)
    partial.replace(target)
    return target


if __name__ == "__main__":
    print(fetch_axe())
    sys.exit(0)
