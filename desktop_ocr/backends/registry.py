"""Every recognition backend: one line per backend, each described by its own module.

Why: the window's choosers, the worker, the settings dialog and store, the command
line and the local server all iterate over :func:`descriptions`; a new backend is
its module (exporting ``DESCRIPTION``, a :class:`BackendDescription`) plus one
line in :data:`BUILT_IN`.  A description module is light — its factory imports
the engine or the HTTP client only when a recognizer is made — so listing the
backends never loads the OCR model and the command line starts fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace

from desktop_ocr.backends.base import BackendDescription, Recognizer
from desktop_ocr.config import Settings
from desktop_ocr.errors import BackendUnavailable

#: The modules of the backends that ship with the app, in the order they are offered.
BUILT_IN: tuple[str, ...] = (
    "desktop_ocr.backends.offline",
    "desktop_ocr.backends.cloudwalk",
    "desktop_ocr.backends.accuauth",
)
DEFAULT_BACKEND = "offline"

_added: dict[str, BackendDescription] = {}


def _built_in() -> tuple[BackendDescription, ...]:
    found = []
    for module_name in BUILT_IN:
        description = getattr(importlib.import_module(module_name), "DESCRIPTION", None)
        if not isinstance(description, BackendDescription):
            raise TypeError(f"{module_name} exports no DESCRIPTION (a BackendDescription)")
        found.append(description)
    return tuple(found)


def register(backend: BackendDescription | str,
             factory: Callable[[Settings], Recognizer] | None = None) -> BackendDescription:
    """Add a backend, or replace the one of the same name; returns its description.

    ``backend`` is a module's ``DESCRIPTION``; or, for tests, a name and a
    ``factory``: a known backend then keeps its description with this factory, a
    new name reads every document type, one document at a time.
    """
    if isinstance(backend, str):
        if factory is None:
            raise TypeError("register(name, factory): the factory is missing")
        known = next((d for d in descriptions() if d.name == backend), None)
        backend = (replace(known, factory=factory) if known is not None
                   else BackendDescription(name=backend, label=(backend, backend),
                                           factory=factory))
    _added[backend.name] = backend
    return backend


def unregister(name: str) -> None:
    """Undo :func:`register` for ``name`` (a built-in backend gets its own back)."""
    _added.pop(name, None)


def descriptions() -> tuple[BackendDescription, ...]:
    """Every backend, built-in ones first (as replaced by :func:`register`)."""
    built_in = tuple(_added.get(d.name, d) for d in _built_in())
    names = {d.name for d in built_in}
    return built_in + tuple(d for name, d in _added.items() if name not in names)


def names() -> tuple[str, ...]:
    return tuple(d.name for d in descriptions())


def get(name: str) -> BackendDescription:
    """The named backend's description; ``BackendUnavailable`` (``backend.unknown``)."""
    for description in descriptions():
        if description.name == name:
            return description
    raise BackendUnavailable(
        f"Unknown backend {name!r}; choose one of: {', '.join(names())}.",
        message_zh=f"未知的识别后端 {name!r}。",
        code="backend.unknown",
    )


def create_recognizer(name: str, settings: Settings | None = None) -> Recognizer:
    """Build the named backend, or raise BackendUnavailable with a clear reason."""
    description = get(name)
    try:
        return description.factory(settings or Settings())
    except ImportError as exc:
        raise BackendUnavailable(
            f"The {name} backend is not available in this installation ({exc}).",
            message_zh=f"此安装中没有 {name} 识别后端。",
        ) from exc
