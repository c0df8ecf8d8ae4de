"""The app killed mid-batch (SIGKILL) reopens with every edit and every record and offers
to resume the rest; a damaged store is moved aside and one that cannot be opened is replaced
by a temporary one, and the clerk is told.

The crash test runs the real window in a child process (``crash_driver.py``):
a folder of generated documents is dropped on it, a clerk's corrections are
typed into the form while the batch still runs, then the process is killed
with SIGKILL during a reading — no close event, no flush, no clean-up.  The
window is then started again here on the same ``DESKTOP_OCR_HOME``.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from gui_helpers import write_document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.records.store import RECOGNIZING, RecordStore, default_path

pytestmark = pytest.mark.gui

DRIVER = Path(__file__).resolve().parent / "crash_driver.py"
DOCUMENT_TYPES = ("ghana_card", "ghana_voter", "birth_certificate")
BATCH = 10
EDITED_DOCUMENTS = 3
CHILD_TIMEOUT_S = 45.0


def _generate_batch(folder: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """Documents of every type, in a folder whose names have Chinese and spaces."""
    batch = {}
    for i in range(BATCH):
        doc_type = DOCUMENT_TYPES[i % len(DOCUMENT_TYPES)]
        path = folder / f"扫描 {i:02d}.png"
        batch[str(path)] = (doc_type, write_document(path, doc_type, seed=300 + i, scale=0.4))
    return batch


def _run_and_kill(folder: Path, home: Path, stderr_file: Path) -> list[dict]:
    """Start the window in a child, SIGKILL it as soon as it reports ``mid_batch``.

    Returns every line the child reported before it died (lines already in the
    pipe are read after the kill, too: they were reported, so they must survive).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_OCR_HOME=str(home))
    with stderr_file.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(folder),
             "--edit-documents", str(EDITED_DOCUMENTS), "--delay", "0.5",
             "--watchdog", str(CHILD_TIMEOUT_S + 15)],
            stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8", env=env,
            cwd=Path(__file__).resolve().parents[2])
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    events: list[dict] = []
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    try:
        while True:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line is None:
                pytest.fail("the app ended before the batch was mid-way:\n"
                            + stderr_file.read_text(errors="replace")[-3000:])
            events.append(json.loads(line))
            if events[-1]["event"] == "mid_batch":
                break
    except queue.Empty:
        pytest.fail("the app never reported its edits:\n"
                    + stderr_file.read_text(errors="replace")[-3000:])
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    reader.join(timeout=10)
    while not lines.empty():  # reported before the kill, read after it
        line = lines.get_nowait()
        if line is not None:
            events.append(json.loads(line))
    assert proc.returncode == -signal.SIGKILL
    return events


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_batch_then_restart_keeps_every_edit_and_record(
        qtbot, make_window, isolated_home, gate, tmp_path):
    folder = tmp_path / "scans to do"
    batch = _generate_batch(folder)

    # Given the app killed in the middle of a batch, right after a clerk's corrections
    # (one corrected document also confirmed)
    events = _run_and_kill(folder, isolated_home, tmp_path / "child-stderr.txt")
    edits = [e for e in events if e["event"] == "edit"]
    recognised = {e["source"]: e["status"] for e in events if e["event"] == "recognised"}
    confirmed = {e["source"] for e in events if e["event"] == "confirmed"}
    mid_batch = next(e for e in events if e["event"] == "mid_batch")
    assert len(edits) == 2 * EDITED_DOCUMENTS
    assert len(confirmed) == 1
    assert mid_batch["remaining"] > 0, "the kill must land while documents still wait"

    # The store as the killed process left it: every document, the unfinished ones
    # marked for resuming (what the window offers on its next start), the one being
    # read at the kill marked so
    with RecordStore(default_path()) as store:
        left = {r.source: r for r in store.queue()}
        marks = {r.source: store.stored_status(r.id) for r in store.unfinished()}
    unfinished = set(marks)
    assert sorted(left) == sorted(batch), "every dropped document is in the store"
    assert unfinished.isdisjoint(recognised)
    assert unfinished == {s for s, r in left.items() if r.status is RecordStatus.QUEUED}
    interrupted = {s for s, mark in marks.items() if mark == RECOGNIZING}
    assert interrupted == {mid_batch["recognising"]}
    resumable = unfinished - interrupted
    assert len(resumable) >= 1

    # When the clerk starts the app again
    win = make_window(store_path=default_path())
    qtbot.waitUntil(lambda: win.model.rowCount() == BATCH, timeout=10000)
    items = {it.source: it for it in win.model.items}

    # Then every edit is there, in the record and in the form, and the confirmation
    recovered = 0
    for edit in edits:
        item = items[edit["source"]]
        fv = item.record.fields[edit["key"]]
        if fv.value == edit["value"] and fv.edited:
            recovered += 1
    print(f"\nedits made / edits recovered after SIGKILL: {len(edits)} / {recovered}")
    assert recovered == len(edits)
    edited_sources = {e["source"] for e in edits}
    first_edit = edits[0]
    win.queue.select_row(win.model.row_of(items[first_edit["source"]].item_id))
    assert win.form.row(first_edit["key"]).editor.value() == first_edit["value"]

    # And every record recognised before the kill is back, with its status and fields
    for source, status in recognised.items():
        item = items[source]
        if source in confirmed:
            assert item.record.status is RecordStatus.CONFIRMED
            assert item.status is RecordStatus.CONFIRMED
        else:
            expected = RecordStatus.EDITED if source in edited_sources else RecordStatus(status)
            assert item.record.status is expected
            assert item.needs_review
        doc_type, truth = batch[source]
        assert item.record.document_type == doc_type
        for key, value in truth.items():
            if not item.record.fields[key].edited:
                assert item.record.value(key) == value, (source, key)

    # And the app offers to read the unfinished documents, without starting them itself
    qtbot.waitUntil(lambda: win.resume_offer is not None and win.resume_offer.isVisible(),
                    timeout=5000)
    offer = win.resume_offer
    count_words = ("1 document was" if len(resumable) == 1
                   else f"{len(resumable)} documents were")
    assert f"{count_words} not finished when the app last closed" in offer.text()
    assert "being read when the app stopped" in offer.informativeText()
    waiting = {s for s, it in items.items() if it.status is RecordStatus.QUEUED}
    assert waiting == resumable
    assert not win.worker.busy and win.session.counts().recognizing == 0

    # And the document being read at the kill is not started again (it may be what
    # crashed the app): it is failed with the reason, for an explicit retry
    (crashed,) = interrupted
    assert items[crashed].status is RecordStatus.FAILED
    assert "Interrupted" in items[crashed].reason

    # When the clerk answers Resume (recognition held so we can look first)
    gate.close()
    qtbot.mouseClick(offer.findChild(QPushButton, "resumeButton"), Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    waiting = {s for s, it in items.items()
               if it.status in (RecordStatus.QUEUED, RecordStatus.RECOGNIZING)}
    assert waiting == resumable
    assert win.worker.busy

    # Then the resumed documents are recognised; the crashed one only when retried
    gate.open.set()
    qtbot.waitUntil(lambda: all(items[s].needs_review for s in resumable),
                    timeout=15000)
    assert items[crashed].status is RecordStatus.FAILED
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=5000)
    win.queue.retry_button.click()
    qtbot.waitUntil(lambda: all(it.needs_review or it.status is RecordStatus.CONFIRMED
                                for it in win.model.items), timeout=15000)
    for source in unfinished:
        doc_type, truth = batch[source]
        record = items[source].record
        assert record.document_type == doc_type
        assert all(record.value(k) == v for k, v in truth.items()), source
    win.store.flush()
    stored = win.store.store.queue()
    assert sorted(r.source for r in stored) == sorted(batch)
    assert {r.source for r in stored if r.status is RecordStatus.CONFIRMED} == confirmed
    assert all(r.status in (RecordStatus.RECOGNIZED, RecordStatus.EDITED, RecordStatus.CONFIRMED)
               for r in stored)
    print(f"documents dropped / in the queue after restart: {BATCH} / {len(stored)} "
          f"(recognised before the kill {len(recognised)}, confirmed {len(confirmed)}, "
          f"resumed {len(resumable)}, retried after the crash {len(interrupted)})")


@pytest.mark.parametrize(("language", "words"), [("en", "was damaged"), ("zh_CN", "已损坏")])
def test_damaged_store_is_moved_aside_and_the_clerk_is_told(qtbot, make_window, tmp_path,
                                                           language, words):
    # Given a record store file that is not a database any more (disk fault)
    store_path = tmp_path / "records.sqlite3"
    damaged = b"this is not an SQLite database" * 100
    store_path.write_bytes(damaged)

    # When the window starts on it
    win = make_window(language=language, store_path=store_path)

    # Then the clerk sees a message, in the UI language, naming where the damaged file was kept
    qtbot.waitUntil(lambda: win.store_notice is not None and win.store_notice.isVisible(),
                    timeout=5000)
    kept = win.store.store.moved_aside
    assert kept is not None and kept.read_bytes() == damaged  # never deleted
    assert str(kept) in win.store_notice.text()
    assert words in win.store_notice.text()
    assert str(kept) in win.statusBar().currentMessage()
    # And the window works with a fresh, empty store
    assert win.model.rowCount() == 0
    assert win.store.store.count() == 0
    win.store_notice.accept()
