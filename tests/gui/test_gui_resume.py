"""After a crash the app offers to resume, never forces it; a store it cannot open is
replaced by a temporary one and the clerk is told that nothing will be kept.

Why these tests: a clerk who restarts after a crash may first want to look at the
queue (or the document that crashed the app); and a second copy of the app, or a
store from a newer version, must not keep the window from opening at all.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from gui_helpers import TEST_BACKEND, drop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.records import store as store_module
from desktop_ocr.records.store import RECOGNIZING, RecordStore, default_path

pytestmark = pytest.mark.gui


def _last_session(store_path: Path, docs) -> dict[str, Path]:
    """A store as a crash leaves it: two documents never read, one being read at the
    crash, one recognised and corrected by the clerk."""
    paths = {name: docs(f"{name}.png", seed=70 + i)
             for i, name in enumerate(("queued1", "queued2", "crashed", "done"))}
    with RecordStore(store_path) as store:
        for name in ("queued1", "queued2", "crashed"):
            store.add(Record(source=str(paths[name]), backend=TEST_BACKEND))
        crashed = store.queue()[-1]
        store.set_status(crashed.id, RECOGNIZING)
        done = Record.empty(str(paths["done"]), "ghana_card", backend=TEST_BACKEND)
        done.status = RecordStatus.RECOGNIZED
        done.set_value("surname", "CORRECTED BEFORE THE CRASH")
        store.add(done)
    return paths


def _offer(qtbot, win):
    qtbot.waitUntil(lambda: win.resume_offer is not None and win.resume_offer.isVisible(),
                    timeout=5000)
    return win.resume_offer


REVIEW = "needs review"


def _states(win) -> dict[str, RecordStatus | str]:
    return {Path(it.source).stem: REVIEW if it.needs_review else it.status
            for it in win.model.items}


def test_later_keeps_unfinished_documents_queued_until_the_clerk_resumes(
        qtbot, make_window, docs, tmp_path, idle):
    store_path = tmp_path / "later.db"
    _last_session(store_path, docs)

    # Given the app restarted after a crash
    win = make_window(store_path=store_path)
    offer = _offer(qtbot, win)
    assert offer.text() == ("2 documents were not finished when the app last closed. "
                            "Read them now?")
    assert "being read when the app stopped" in offer.informativeText()

    # When the clerk answers Later
    with qtbot.assertNotEmitted(win.worker.recordStarted, wait=400):
        qtbot.mouseClick(offer.findChild(QPushButton, "laterButton"), Qt.MouseButton.LeftButton)
    assert not offer.isVisible()

    # Then nothing is read: they stay in the queue as queued, and the store still says so
    states = _states(win)
    assert states["queued1"] is states["queued2"] is RecordStatus.QUEUED
    assert states["done"] == REVIEW
    assert not win.worker.busy
    assert "Resume unfinished documents" in win.statusBar().currentMessage()
    win.store.flush()
    assert {Path(r.source).stem for r in win.store.store.unfinished()} == {"queued1", "queued2"}

    # And the document being read at the crash was not started again: failed, with why
    crashed = next(it for it in win.model.items if Path(it.source).stem == "crashed")
    assert crashed.status is RecordStatus.FAILED
    assert crashed.reason == "Interrupted: the app stopped while reading it"
    assert win.store.store.stored_status(crashed.record.id) == "failed"

    # When the clerk later chooses Document → Resume unfinished documents
    assert win.act_resume.isEnabled() and win.act_resume in win.menu_doc.actions()
    win.act_resume.trigger()
    qtbot.waitUntil(lambda: _states(win)["queued2"] == REVIEW, timeout=10000)
    assert _states(win)["queued1"] == REVIEW
    assert not win.act_resume.isEnabled()
    assert crashed.status is RecordStatus.FAILED  # still only on an explicit retry

    # And Retry failed reads the one that was interrupted
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=5000)
    win.queue.retry_button.click()
    idle(qtbot, win)
    assert set(_states(win).values()) == {REVIEW}
    assert crashed.record.value("surname")  # recognised this time
    done = next(it for it in win.model.items if Path(it.source).stem == "done")
    assert done.record.value("surname") == "CORRECTED BEFORE THE CRASH"


def test_resume_reads_the_unfinished_documents(qtbot, make_window, docs, tmp_path, idle):
    store_path = tmp_path / "resume.db"
    paths = _last_session(store_path, docs)
    win = make_window(store_path=store_path)
    offer = _offer(qtbot, win)
    assert not win.worker.busy  # only an offer until the clerk answers
    assert not win.store_label.isVisible()  # the real store is in use: no warning

    with qtbot.waitSignals([win.worker.recordRecognized] * 2, timeout=10000):
        qtbot.mouseClick(offer.findChild(QPushButton, "resumeButton"),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=5000)

    states = _states(win)
    assert states["queued1"] == states["queued2"] == REVIEW
    assert states["crashed"] is RecordStatus.FAILED
    assert not offer.isVisible() and not win.act_resume.isEnabled()
    win.store.flush()
    with RecordStore(store_path) as store:
        read = {Path(r.source).stem: r for r in store.queue()}
    assert read["queued1"].status is RecordStatus.RECOGNIZED
    assert read["queued1"].source == str(paths["queued1"])
    assert read["queued1"].value("surname")
    assert read["done"].value("surname") == "CORRECTED BEFORE THE CRASH"


def _newer_version_store(path: Path) -> None:
    RecordStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()


@pytest.mark.parametrize(("problem", "language", "words"), [
    ("too_new", "en", "written by a newer version of the app"),
    ("too_new", "zh_CN", "更新版本"),
    ("busy", "en", "in use by another copy of the app"),
    ("unreadable", "zh_CN", "无法打开记录库"),  # like a file without permission
])
def test_store_that_cannot_be_opened_gives_a_temporary_store_and_says_so(
        qtbot, make_window, docs, monkeypatch, caplog, problem, language, words, idle):
    # Given the record store written by a newer version, or locked by another copy
    path = default_path()
    locker = None
    if problem == "too_new":
        _newer_version_store(path)
    elif problem == "unreadable":  # SQLite cannot open it (tests run as root: no chmod)
        path.mkdir(parents=True)
    else:
        RecordStore(path).close()
        monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
        locker = sqlite3.connect(path, isolation_level=None)
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("COMMIT")  # the exclusive lock stays held
    before = path.read_bytes() if path.is_file() else b""

    # When the app starts
    with caplog.at_level(logging.ERROR, logger="desktop_ocr"):
        win = make_window(language=language, app_store=True)
        qtbot.waitUntil(lambda: win.store_notice is not None and win.store_notice.isVisible(),
                        timeout=5000)

    # Then the window is up, the clerk reads why in the UI language, and that edits
    # will not be kept (message box and a lasting status-bar label); the code is logged
    text = win.store_notice.text()
    assert words in text and str(path) in text
    assert ("will not be kept" if language == "en" else "不会保留") in text
    assert win.store_label.isVisible()
    assert ("edits will not be kept" if language == "en" else "不会保留") \
        in win.store_label.text()
    expected_code = "store.too_new" if problem == "too_new" else "store.open_failed"
    assert any(expected_code in r.getMessage() for r in caplog.records)
    win.store_notice.accept()

    # And the window works on the temporary store: a dropped document is read and edited
    assert drop(win, [docs("today.png", "ghana_card", seed=90)])
    idle(qtbot, win)
    item = win.model.items[0]
    assert item.needs_review
    win.queue.select_row(0)
    editor = win.form.row("surname").editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "KEPT IN MEMORY")
    win.store.flush()
    assert win.store.store.get(item.record.id).value("surname") == "KEPT IN MEMORY"

    # And the real store file was not touched
    if locker is not None:
        locker.close()
    assert (path.read_bytes() if path.is_file() else b"") == before
