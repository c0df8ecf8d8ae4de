"""Counts read right in both languages: "1 document", "2 documents", "1 份" (Qt's %n plurals)."""

from __future__ import annotations

import pytest
from gui_helpers import drop

pytestmark = pytest.mark.gui


def _run_batch(qtbot, win, paths) -> list[str]:
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    assert drop(win, paths)
    qtbot.waitUntil(lambda: any("atch" in m or "批处理" in m for m in messages), timeout=20000)
    return messages


@pytest.mark.parametrize(("language", "one", "bar_one"), [
    ("en", "Batch finished: 1 document, 0 failed.", "1 of 1 document"),
    ("zh_CN", "批处理完成：共 1 份，失败 0 份。", "1 / 1 份证件"),
])
def test_one_document_is_singular(qtbot, make_window, docs, language, one, bar_one):
    win = make_window(language=language)
    messages = _run_batch(qtbot, win, [docs("card.png", seed=31)])
    assert one in messages
    assert win.queue.progress.isVisible()
    assert win.queue.progress.text() == bar_one


def test_two_documents_are_plural(qtbot, make_window, docs):
    win = make_window(language="en")
    messages = _run_batch(qtbot, win, [docs("a.png", seed=32), docs("b.png", seed=33)])
    assert "Batch finished: 2 documents, 0 failed." in messages
    assert win.queue.progress.text() == "2 of 2 documents"


def test_skipped_files_and_export_counts(qtbot, make_window, docs, tmp_path):
    from desktop_ocr.gui.export_dialog import ExportDialog

    win = make_window(language="en")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a document")
    _run_batch(qtbot, win, [docs("a.png", seed=34), notes])
    assert win._skipped_dialog._intro.text() == "1 file was not added to the queue:"
    dialog = ExportDialog([it.record for it in win.model.items], win.settings, win)
    dialog.all_radio.setChecked(True)  # nothing is confirmed yet
    assert dialog.summary.text().splitlines()[0] == "1 record will be exported."


def test_idle_progress_bar_is_hidden(qtbot, make_window, docs):
    """Idle, an empty progress bar looks like a text field: it shows only with a batch."""
    win = make_window(language="en")
    assert not win.queue.progress.isVisible()
    _run_batch(qtbot, win, [docs("a.png", seed=35)])
    assert win.queue.progress.isVisible()
