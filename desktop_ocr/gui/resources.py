"""Where the icons and translations are, in a checkout, a wheel or a frozen bundle.

Why: the repository keeps them in ``resources/`` at the top (the project layout);
an installed wheel or a PyInstaller bundle may carry them as package data in
``desktop_ocr/resources``.  One function looks in both, so no widget builds paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent  # desktop_ocr/


@cache
def resources_dir() -> Path:
    """The first existing resources folder (package data, bundle, then checkout)."""
    candidates = [_PACKAGE / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE.parent / "resources")
    for folder in candidates:
        if (folder / "icons").is_dir():
            return folder
    return candidates[-1]


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """An SVG icon; QIcon renders it at the screen's device pixel ratio (HiDPI)."""
    return QIcon(str(icon_path(name)))


def translations_dir() -> Path:
    return resources_dir() / "translations"
