"""Find backends by name (``offline``, ``cloudwalk``, ``accuauth``).

Why: the CLI, the GUI and the server pick a backend from a setting; factories
import their module lazily so choosing a cloud backend never loads the OCR model
and the CLI starts fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from desktop_ocr.backends.base import Recognizer
from desktop_ocr.config import BackendSettings
from desktop_ocr.errors import BackendUnavailable

BACKEND_NAMES: tuple[str, ...] = ("offline", "cloudwalk", "accuauth")
DEFAULT_BACKEND = "offline"

# name -> "module:factory"; the factory takes BackendSettings and returns a Recognizer.
_FACTORIES: dict[str, str] = {
    "offline": "desktop_ocr.backends.offline:create",
    "cloudwalk": "desktop_ocr.backends.cloudwalk:create",
    "accuauth": "desktop_ocr.backends.accuauth:create",
}
_EXTRA: dict[str, Callable[[BackendSettings], Recognizer]] = {}


def register(name: str, factory: Callable[[BackendSettings], Recognizer]) -> None:
    """Add or replace a backend (tests register instrumented ones)."""
    _EXTRA[name] = factory


def create_recognizer(name: str, settings: BackendSettings | None = None) -> Recognizer:
    """Build the named backend, or raise BackendUnavailable with a clear reason."""
    settings = settings or BackendSettings()
    if name in _EXTRA:
        return _EXTRA[name](settings)
    target = _FACTORIES.get(name)
    if target is None:
        raise BackendUnavailable(
            f"Unknown backend {name!r}; choose one of: {', '.join(BACKEND_NAMES)}.",
            message_zh=f"未知的识别后端 {name!r}。",
            code="backend.unknown",
        )
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise BackendUnavailable(
            f"The {name} backend is not available in this installation ({exc}).",
            message_zh=f"此安装中没有 {name} 识别后端。",
        ) from exc
    factory = getattr(module, attr, None)
    if factory is None:
        raise BackendUnavailable(
            f"The {name} backend is not available in this installation.",
            message_zh=f"此安装中没有 {name} 识别后端。",
        )
    return factory(settings)
