"""Render docs/screenshot.png: the real main window with recognised generated documents.

Why a script: the README's screenshot must show the real window, and be
re-rendered whenever the window changes.  It drops three synthetic documents
(never real people's) on the window, lets the offline engine (default) read
them on the worker thread, confirms the voter card with Ctrl+Enter as a clerk
does (visiting its fields to check), then on the birth certificate (a phone photo) types a date
that does not exist and presses Ctrl+Enter: the confirmation is blocked, the
form says why and how many fields are still to check, Ctrl+Enter has gone to the
first of them (its box outlined on the image), and the window is grabbed.

    python tools/render_screenshot.py [--out docs/screenshot.png] [--language en|zh_CN]
                                      [--backend offline]

Runs offscreen by default (set QT_QPA_PLATFORM=xcb under Xvfb for a native style).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--language", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--backend", default="offline")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="desktop-ocr-screenshot-")
    os.environ["DESKTOP_OCR_HOME"] = home  # never the user's real store or settings

    from PySide6.QtCore import QCoreApplication, QEventLoop, QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from desktop_ocr.documents.record import RecordStatus
    from desktop_ocr.gui.app import build_window, make_application
    from desktop_ocr.records.store import RecordStore
    from desktop_ocr.synthetic import generate, save

    app = make_application(["render_screenshot"])
    docs = Path(home) / "scans"
    docs.mkdir()
    files = []
    # the birth certificate as a phone photo: the engine is unsure of a few fields
    for name, doc_type, seed, style in (
            ("birth-certificate.jpg", "birth_certificate", 11, "photo"),
            ("ghana-card.jpg", "ghana_card", 5, "scan"),
            ("voter-card.jpg", "ghana_voter", 9, "scan")):
        path = docs / name
        save(generate(doc_type, seed=seed, style=style), path)
        files.append(path)

    win = build_window(store=RecordStore(Path(home) / "records.db"), language=args.language)
    win.backend_combo.set_current_name(args.backend)
    win.resize(args.width, args.height)
    win.splitter.setSizes([300, 600, 540])
    win.show()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    for kind in (QDragEnterEvent, QDropEvent):  # a drag enters, then drops (as a mouse does)
        QApplication.sendEvent(win, kind(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                         Qt.MouseButton.LeftButton,
                                         Qt.KeyboardModifier.NoModifier))

    def wait_for(condition, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if condition():
                return True
            time.sleep(0.02)
        return False

    def all_done() -> bool:
        items = win.model.items
        return len(items) == len(files) and all(
            it.status not in (RecordStatus.QUEUED, RecordStatus.RECOGNIZING) for it in items)

    if not wait_for(all_done, float(os.environ.get("SCREENSHOT_TIMEOUT", "300"))):
        print([(it.source, it.status, it.reason) for it in win.model.items], file=sys.stderr)
        print("recognition did not finish in time", file=sys.stderr)
        return 1
    from PySide6.QtTest import QTest

    def ctrl_enter() -> None:
        target = QApplication.focusWidget() or win.queue.view
        QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_for(lambda: False, 0.05)

    win.activateWindow()
    wait_for(win.isActiveWindow, 5)
    # Confirm the voter card first, as a clerk does: Ctrl+Enter visits each field still
    # to check, then confirms (so the queue shows a confirmed document too)
    voter = next(it for it in win.model.items if "voter" in it.source)
    win.queue.select_item(voter)
    for _ in range(12):
        if voter.status is RecordStatus.CONFIRMED or voter.check.blocked:
            break
        ctrl_enter()
    birth = next(it for it in win.model.items if "birth" in it.source)
    win.queue.select_item(birth)
    wait_for(win.viewer.has_image, 30)
    # The clerk mistypes the date of birth (no 30 February) and presses Ctrl+Enter:
    # the red field stops the confirmation
    editor = win.form.row("babyBirthday").editor
    editor.setFocus()
    editor.selectAll()
    QTest.keyClicks(editor, "2022-02-30")
    ctrl_enter()
    wait_for(lambda: win.viewer.highlighted_box() is not None, 5)
    wait_for(lambda: False, 0.3)  # let layouts and repaints settle
    print(f"birth certificate: {len(birth.check.red)} red, {len(birth.check.to_visit)} to "
          f"check; status bar: {win.statusBar().currentMessage()!r}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pixmap = win.grab()
    if not pixmap.save(str(out), "PNG"):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    ratio = pixmap.devicePixelRatio()
    print(f"wrote {out} ({pixmap.width()}x{pixmap.height()} px, device pixel ratio {ratio})")
    win.close()
    wait_for(lambda: not win.isVisible(), 30)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
