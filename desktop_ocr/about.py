"""Versions of the app's components, for ``--version`` and the About dialog.

Why: support questions start with "which model, which runtime?"; this answers
without importing onnxruntime or Qt (so ``--version`` stays instant).
"""

from __future__ import annotations

import importlib.util
from importlib import metadata
from pathlib import Path

_COMPONENTS = (
    ("rapidocr", "rapidocr"),
    ("onnxruntime", "onnxruntime"),
    ("PySide6", "PySide6-Essentials"),
    ("Pillow", "pillow"),
    ("pypdfium2", "pypdfium2"),
)


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def model_files() -> list[str]:
    """Names of the OCR model files the offline engine ships with."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        return []
    models = Path(next(iter(spec.submodule_search_locations))) / "models"
    return sorted(p.name for p in models.glob("*.onnx"))


def component_versions() -> list[tuple[str, str]]:
    rows = [(label, _dist_version(dist)) for label, dist in _COMPONENTS]
    rows.append(("OCR models", ", ".join(model_files()) or "none found"))
    return rows
