"""The window with the real offline engine, which reads in a child process (ADR 0066).

What a clerk would notice: a dropped card is read and shown, the window stays
responsive while it is read, and closing the window leaves no engine process
running behind it (memory given back).  Slow-ish (the model loads once, ~3 s).
"""

from __future__ import annotations

from pathlib import Path

import psutil
from gui_helpers import drop, wait_until_idle

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.synthetic import generate, save


def _engines() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True)
            if any("multiprocessing-fork" in part for part in p.cmdline())]


def test_a_card_is_read_by_the_engine_process_and_closing_ends_it(
        make_window, qtbot, tmp_path: Path) -> None:
    doc = generate("ghana_card", 5, "scan")
    path = tmp_path / "card.jpg"
    save(doc, path)
    win = make_window()
    win.backend_combo.set_current_name("offline")
    assert drop(win, [path])
    wait_until_idle(qtbot, win, timeout=120000)
    (item,) = win.model.items
    assert item.status is RecordStatus.RECOGNIZED
    assert item.record.value("id_number") == doc.truth["id_number"]
    assert len(_engines()) == 1  # read in a child process, not in the window's
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: not _engines(), timeout=10000)
