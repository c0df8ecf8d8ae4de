"""Start the clerk's window: ``desktop-ocr [FILE...]``, ``python -m desktop_ocr``.

Why a small ``build_window`` apart from ``run``: tests, the benchmark and the
screenshot script need the real window exactly as the app builds it, without
entering ``exec()`` (NormCap's test pattern).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_ocr import __version__
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui import i18n
from desktop_ocr.gui.main_window import MainWindow
from desktop_ocr.gui.resources import icon
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.logging_setup import setup_logging

log = logging.getLogger(__name__)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), named so Qt/OS integrate properly."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # exact fractional scaling
        app = QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("desktop-ocr")
    QCoreApplication.setApplicationName("desktop-ocr")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("desktop-ocr")
    app.setWindowIcon(icon("app"))
    return app


def build_window(*, settings: AppSettings | None = None, store: object | None = None,
                 language: str | None = None, hot_folder_poll_ms: int = 500) -> MainWindow:
    """Install the UI language and build the main window (not shown)."""
    owned = settings is None
    settings = settings or AppSettings()
    choice = str(settings.get("preferences.language")) if language is None else language
    i18n.install(choice)
    window = MainWindow(settings=settings, store=store, hot_folder_poll_ms=hot_folder_poll_ms)
    window.form.prepare(DOCUMENT_TYPES)
    if owned:
        settings.setParent(window)
    return window


def start_warm_up(window: MainWindow, delay_ms: int = 250) -> None:
    """Load a preloading backend's model in the worker shortly after the window has painted."""
    backend = window.backend_combo.current_name()
    QTimer.singleShot(delay_ms, lambda: window.worker.warm_up(backend))


def _purge_old_records(window: MainWindow) -> None:
    """Retention: delete stored records older than the configured number of days."""
    days = window.settings.get("preferences.retention_days")
    if days:
        window.store.query(lambda store: store.purge_older_than(days), lambda _n: None)


def open_window(files: Sequence[str] = (), **kwargs: object) -> MainWindow:
    """Build and show the window, then queue ``files`` (``desktop-ocr FILE...``).

    ``kwargs`` go to :func:`build_window` (tests pass their store and preferences).
    """
    window = build_window(**kwargs)  # type: ignore[arg-type]
    window.show()
    if files:
        window.add_paths(list(files))
    return window


def receive_files(window: MainWindow, files: list[str]) -> None:
    """A later launch's files (``Open with`` while the app runs): queue them, come forward."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if files:
        window.add_paths(files)


def run(argv: Sequence[str] | None = None, files: Sequence[str] = ()) -> int:
    """The app: one window per profile (a second launch hands ``files`` to it)."""
    started = time.perf_counter()
    from desktop_ocr.gui.single_instance import SingleInstance

    setup_logging()
    app = make_application(argv)
    instance = SingleInstance(parent=app)
    if not instance.claim(files):
        return 0
    window = open_window(files)
    instance.filesReceived.connect(lambda received: receive_files(window, received))
    log.info("window shown %.0f ms after launch", (time.perf_counter() - started) * 1000)
    _purge_old_records(window)
    start_warm_up(window)
    return app.exec()
