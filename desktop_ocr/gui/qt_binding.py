"""Keep the app alive despite a reference-counting fault of the Qt binding.

Why: PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a
reference to it, and the caller drops one.  On CPython 3.11, where ``True`` is an
ordinary object, every emitted signal therefore takes a reference from ``True``;
after a few thousand (a busy morning of a clerk) the interpreter aborts with
"bool_dealloc".  Python 3.12 made ``True``, ``False`` and ``None`` immortal (PEP
683) and the fault then does no harm; this gives them, once, so many references
that they never run out — the same effect — when, and only when, the running
binding is seen to lose references.  ``tests/gui/test_qt_binding.py`` emits far
more signals than a day brings.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as binding_version
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_SPARE_REFERENCES = 1 << 40
_done: list[bool] = []


class _Probe(QObject):
    happened = Signal()


def _emit_loses_references(trials: int = 32) -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(trials):
        probe.happened.emit()
    return before - sys.getrefcount(True) >= trials // 2


def keep_singletons_alive() -> bool:
    """Give ``True``, ``False`` and ``None`` spare references if emitting a signal loses
    them (once per process); returns whether it did."""
    if _done:
        return _done[0]
    needed = (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
              and _emit_loses_references())
    if needed:
        for singleton in (True, False, None):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
        log.info("PySide6 %s loses a reference per emitted signal; True, False and None "
                 "were given spare references", binding_version)
    _done.append(needed)
    return needed
