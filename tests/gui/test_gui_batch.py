"""The batch: cancel mid-way, close during a batch, hot folder, paste, type change, retry."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QPushButton

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.records.store import RecordStore

pytestmark = pytest.mark.gui


def test_cancel_mid_batch(qtbot, make_window, docs, gate, idle):
    paths = [docs(f"d{i}.png", seed=30 + i) for i in range(4)]
    win = make_window()
    gate.close()
    assert drop(win, paths)
    # the first document is being recognised and held there
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    qtbot.waitUntil(lambda: win.session.counts().recognizing == 1)
    assert win.queue.cancel_button.isEnabled()

    with qtbot.waitSignal(win.worker.batchFinished, timeout=10000) as finished:
        win.queue.cancel_button.click()
    assert finished.args[2] is True  # cancelled
    idle(qtbot, win)
    assert [it.status for it in win.model.items] == [RecordStatus.FAILED] * 4
    assert all(it.reason == "Cancelled" for it in win.model.items)
    assert not win.queue.cancel_button.isEnabled()

    # Retry failed runs them again, to the end
    gate.open.set()
    win.queue.retry_button.click()
    qtbot.waitUntil(lambda: win.session.counts().to_review == 4, timeout=20000)


def test_pause_holds_the_queue(qtbot, make_window, docs, gate, idle):
    paths = [docs(f"p{i}.png", seed=40 + i) for i in range(3)]
    win = make_window()
    gate.close()
    assert drop(win, paths)
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    win.queue.pause_button.click()  # pause while the first one runs
    gate.open.set()
    qtbot.waitUntil(lambda: win.session.counts().to_review == 1, timeout=10000)
    with qtbot.assertNotEmitted(win.worker.recordStarted, wait=300):
        pass
    assert win.session.counts().queued == 2
    win.queue.pause_button.click()  # resume
    idle(qtbot, win)
    assert win.session.counts().to_review == 3


def test_closing_during_a_batch_cancels_and_keeps_edits(qtbot, make_window, docs, gate, idle,
                                                        tmp_path):
    store_path = tmp_path / "close.db"
    win = make_window(store_path=store_path)
    assert drop(win, [docs("first.png", "ghana_voter", seed=50)])
    idle(qtbot, win)
    win.queue.select_row(0)
    editor = win.form.row("surname").editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "EDITED BEFORE CLOSE")
    first_id = win.model.items[0].record.id

    gate.close()
    assert drop(win, [docs(f"more{i}.png", seed=60 + i) for i in range(3)])
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)  # a document is mid-recognition

    win.close()  # the clerk closes the window during the batch
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)
    assert not win.session.busy

    with RecordStore(store_path) as store:
        assert store.get(first_id).value("surname") == "EDITED BEFORE CLOSE"
        statuses = [r.status for r in store.queue()]
    assert statuses[0] is RecordStatus.EDITED
    assert len(statuses) == 4  # the unfinished ones are kept, to resume next time

    # The next start shows the edit again and offers to read the unfinished documents
    gate.open.set()
    again = make_window(store_path=store_path)
    qtbot.waitUntil(lambda: again.model.rowCount() == 4, timeout=10000)
    qtbot.waitUntil(lambda: again.resume_offer is not None and again.resume_offer.isVisible(),
                    timeout=5000)
    assert "3 documents were not finished" in again.resume_offer.text()
    assert again.session.counts().queued == 3
    qtbot.mouseClick(again.resume_offer.findChild(QPushButton, "resumeButton"),
                     Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert again.model.items[0].record.value("surname") == "EDITED BEFORE CLOSE"
    assert again.session.counts().to_review == 4


def test_hot_folder_queues_a_file_once_when_completely_written(qtbot, make_window, docs,
                                                               tmp_path, idle):
    watched = tmp_path / "scanner"
    watched.mkdir()
    (watched / "old.png").write_bytes(docs("old.png").read_bytes())  # there before: ignored
    win = make_window(hot_folder_poll_ms=60)
    win.set_watch_folder(str(watched))
    assert str(watched) in win.watch_label.text()

    data = docs("scan.png", "ghana_card", seed=70).read_bytes()
    target = watched / "scan.png"
    chunks = [data[i:i + len(data) // 4 + 1] for i in range(0, len(data), len(data) // 4 + 1)]
    # The "scanner" writes a chunk on every poll: the file keeps changing, so it is not taken
    with target.open("wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
            fh.flush()
            with qtbot.waitSignal(win.hot_folder.polled, timeout=5000):
                pass
            assert win.model.rowCount() == 0
    # Once it stops changing it is queued, exactly once
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    idle(qtbot, win)
    item = win.model.items[0]
    assert Path(item.source) == target
    assert item.needs_review  # the complete image was read
    target.touch()
    for _ in range(3):
        win.hot_folder._on_changed()
    with qtbot.assertNotEmitted(win.itemsQueued, wait=400):
        pass
    assert win.model.rowCount() == 1


def test_a_scanner_folder_that_goes_away_is_shown_missing_and_taken_again_when_back(
        qtbot, make_window, docs, tmp_path, monkeypatch, idle):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from desktop_ocr.gui.settings_dialog import SettingsDialog

    stick = tmp_path / "usb" / "scans"
    win = make_window(hot_folder_poll_ms=60)

    # A path to a file is refused as what it is
    a_file = docs("not-a-folder.png")
    dialog = SettingsDialog(win.settings, win)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.editor("preferences.watch_folder").setText(str(a_file))
    dialog.save()
    assert warned and "is a file, not a folder" in warned[0]
    win.set_watch_folder(str(a_file))
    assert "is a file, not a folder" in win.statusBar().currentMessage()
    assert win.watch_label.text() == "No watched folder"

    # Missing when watching starts: said so, and waited for
    win.set_watch_folder(str(stick))
    assert win.watch_label.text() == f"Watched folder missing: {stick}"
    stick.mkdir(parents=True)
    (stick / "old.png").write_bytes(docs("old.png", seed=71).read_bytes())
    qtbot.waitUntil(lambda: win.watch_label.text() == f"Watching: {stick}", timeout=5000)
    (stick / "s1.png").write_bytes(docs("s1.png", seed=72).read_bytes())
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    assert Path(win.model.items[0].source).name == "s1.png"  # not what was there before
    idle(qtbot, win)

    # The stick is pulled out: missing, until it is back; a scan made then is taken
    shutil.rmtree(stick)
    qtbot.waitUntil(lambda: win.watch_label.text() == f"Watched folder missing: {stick}",
                    timeout=10000)
    assert "gone" in win.statusBar().currentMessage()
    stick.mkdir(parents=True)
    (stick / "s2.png").write_bytes(docs("s2.png", seed=73).read_bytes())
    qtbot.waitUntil(lambda: win.watch_label.text() == f"Watching: {stick}", timeout=5000)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)
    assert Path(win.model.items[1].source).name == "s2.png"


def test_paste_image_from_clipboard(qtbot, make_window, docs, idle):
    import json

    from gui_helpers import TRUTH_KEY

    from desktop_ocr import paths

    win = make_window()
    path = docs("clip.png", "ghana_card", seed=80)
    image = QImage(str(path))
    truth = json.loads(image.text(TRUTH_KEY))["fields"]  # Qt keeps the PNG text chunk
    QGuiApplication.clipboard().setImage(image)
    win.act_paste.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    source = Path(win.model.items[0].source)
    # the copy lives only in the app's own cache folder
    assert source.parent == paths.cache_dir() / "pasted"
    idle(qtbot, win)
    item = win.model.items[0]
    assert item.needs_review, item.reason
    assert item.record.value("surname") == truth["surname"]


def test_changing_an_items_type_recognises_it_again(qtbot, make_window, docs, idle):
    win = make_window()
    assert drop(win, [docs("card.png", "ghana_card", seed=90)])
    idle(qtbot, win)
    win.queue.select_row(0)
    assert win.model.items[0].record.document_type == "ghana_card"
    combo = win.queue.type_combo
    combo.setCurrentIndex(combo.findData("ghana_voter"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: win.model.items[0].record.document_type == "ghana_voter",
                    timeout=10000)
    idle(qtbot, win)
    assert win.form.row("voter_id_number") is not None


def test_type_changed_while_queued_is_used(qtbot, make_window, docs, gate, idle):
    win = make_window()
    gate.close()
    assert drop(win, [docs("a.png", "ghana_card", seed=91), docs("b.png", "ghana_card", seed=92)])
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    # the second document is still queued: the clerk says it is a voter card
    win.queue.select_row(1)
    combo = win.queue.type_combo
    combo.setCurrentIndex(combo.findData("ghana_voter"))
    combo.activated.emit(combo.currentIndex())
    gate.open.set()
    qtbot.waitUntil(lambda: (rec := win.model.items[1].record) is not None
                    and rec.document_type == "ghana_voter", timeout=15000)
    idle(qtbot, win)
    assert win.model.items[0].record.document_type == "ghana_card"
