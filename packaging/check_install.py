"""Exit 0 when desktop-ocr and every one of its requirements is installed, else say what is not.

Why a script: ``packaging/build-linux.sh`` must know whether to run ``pip install``.
Asking ``import desktop_ocr`` in the repository root always succeeded — the source
folder is on ``sys.path`` there — so a fresh clone built from an empty virtualenv and
failed on the first missing library.  The build runs this with ``python -I`` (isolated:
neither the current folder nor this script's folder is on ``sys.path``) and asks the
installed distributions' metadata, which only ``pip install`` writes: the app's, and
that of every requirement this checkout's ``pyproject.toml`` declares (a requirement
added since the last install counts as missing too).
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

DIST = "desktop-ocr"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def missing() -> list[str]:
    """Names of what is not installed: the app itself, or requirements of it."""
    try:
        metadata.version(DIST)
    except metadata.PackageNotFoundError:
        return [DIST]
    with PYPROJECT.open("rb") as fh:
        requires = tomllib.load(fh)["project"]["dependencies"]  # not the optional [dev]
    absent = []
    for requirement in requires:
        name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if name is None:
            continue
        try:
            metadata.version(name.group())
        except metadata.PackageNotFoundError:
            absent.append(name.group())
    return absent


if __name__ == "__main__":
    gone = missing()
    if gone:
        print(f"not installed: {', '.join(gone)}")
        sys.exit(1)
    print(f"{DIST} {metadata.version(DIST)} and its requirements are installed")
    sys.exit(0)
