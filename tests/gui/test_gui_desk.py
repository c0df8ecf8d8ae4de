"""The rest of the clerk's desk (issue 12): keys that work, pages upright, help in the app,
History opens a record, settings that check what they keep, a form that fits a laptop,
cancelled documents that stay cancelled, symbols the fonts have."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui import glyphs

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, make_window, idle, paths, **kwargs):
    win = make_window(**kwargs)
    assert drop(win, paths)
    qtbot.waitUntil(lambda: win.model.rowCount() == len(paths), timeout=10000)
    idle(qtbot, win)
    win.queue.select_row(0)
    return win


def test_no_two_actions_share_a_key_and_ctrl_q_quits(qtbot, make_window):
    win = make_window()
    seen: dict[str, str] = {}
    for name, action in win.commands.actions.items():
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key}: {seen.get(key)} and {name} (ambiguous)"
            seen[key] = name
    assert seen["Ctrl+Q"] == "quit"
    assert seen["Ctrl+="] == "zoom_in" and seen["Ctrl+-"] == "zoom_out"
    assert seen["F1"] == "guide"
    with qtbot.waitActive(win):
        win.activateWindow()
    win.queue.view.setFocus()
    with qtbot.waitSignal(win.closed, timeout=15000):
        qtbot.keyClick(win.queue.view, Qt.Key.Key_Q, CTRL)


def test_zoom_keys_and_rotation_both_ways(qtbot, make_window, docs, idle):
    win = _open(qtbot, make_window, idle, [docs("card.png", "ghana_card", seed=3)])
    qtbot.waitUntil(win.viewer.has_image, timeout=10000)
    win.viewer.setFocus()
    zoom = win.viewer.zoom
    qtbot.keyClick(win.viewer, Qt.Key.Key_Equal, CTRL)
    assert win.viewer.zoom == pytest.approx(zoom * 1.25)
    qtbot.keyClick(win.viewer, Qt.Key.Key_Minus, CTRL)
    assert win.viewer.zoom == pytest.approx(zoom)
    win.act_rotate_left.trigger()
    assert win.viewer.rotation == 270
    win.act_rotate.trigger()
    assert win.viewer.rotation == 0


def test_a_page_read_sideways_is_shown_upright(qtbot, make_window, docs, idle):
    win = _open(qtbot, make_window, idle, [docs("a.png", "ghana_card", seed=3),
                                           docs("b.png", "ghana_card", seed=4)])
    sideways = win.model.items[1]
    sideways.record.rotation = 90  # as the offline engine reports a page it turned to read
    win.queue.select_row(1)
    assert win.viewer.rotation == 90
    win.queue.select_row(0)
    assert win.viewer.rotation == 0


def test_f1_opens_the_user_guide_in_the_ui_language(qtbot, make_window):
    from desktop_ocr.gui.guide import UserGuide

    win = make_window(language="zh_CN")
    with qtbot.waitActive(win):
        win.activateWindow()
    win.queue.view.setFocus()
    qtbot.keyClick(win.queue.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: win.findChild(UserGuide) is not None
                    and win.findChild(UserGuide).isVisible())
    guide = win.findChild(UserGuide)
    assert "使用说明" in guide.browser.toPlainText()
    assert "Ctrl+Enter" in guide.browser.toPlainText()
    win.set_language("en")
    qtbot.waitUntil(lambda: "user guide" in guide.browser.toPlainText())


def test_history_opens_a_record_in_the_queue(qtbot, make_window, docs, idle):
    from desktop_ocr.gui.history_dialog import HistoryDialog

    win = _open(qtbot, make_window, idle, [docs("a.png", "ghana_voter", seed=1)])
    surname = win.model.items[0].record.value("surname")
    win.session.remove(win.model.items)  # out of the queue, in the history
    assert win.model.rowCount() == 0
    win.store.flush()
    dialog = HistoryDialog(win.store, win.settings, win)
    dialog.openRequested.connect(win.open_record)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=10000)
    dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
    dialog.open_button.click()
    assert win.model.rowCount() == 1
    assert win.form.record is not None and win.form.record.value("surname") == surname
    win.store.flush()
    assert len(win.store.store.queue()) == 1  # back in the queue for good


def test_settings_refuse_a_missing_hot_folder_and_keep_protocol_details_advanced(
        qtbot, make_window, tmp_path, monkeypatch):
    from desktop_ocr.gui.settings_dialog import SettingsDialog

    win = make_window()
    dialog = SettingsDialog(win.settings, win)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.editor("preferences.watch_folder").setText(str(tmp_path / "no-such-scanner"))
    dialog.save()
    assert warned and "does not exist" in warned[0]
    assert win.settings.get("preferences.watch_folder") == ""  # not saved
    dialog.editor("preferences.watch_folder").setText(str(tmp_path))
    dialog.save()
    assert win.settings.get("preferences.watch_folder") == str(tmp_path)

    dialog = SettingsDialog(win.settings, win)
    dialog.show()
    page = dialog.editor("cloudwalk.base_url").window()
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count())
                                     if dialog.tabs.widget(i).isAncestorOf(
                                         dialog.editor("cloudwalk.base_url"))))
    sm2 = dialog.editor("cloudwalk.sm2_public_key")
    assert not sm2.isVisibleTo(page)  # under "Advanced", closed
    assert dialog.editor("cloudwalk.base_url").isVisibleTo(page)
    dialog.advanced_toggles["cloudwalk"].setChecked(True)
    assert sm2.isVisibleTo(page)
    assert set(dialog.test_buttons) == {"cloudwalk", "accuauth"}
    # the export format is offered in words, not as codes
    fmt = dialog.editor("export.format")
    assert fmt.itemText(fmt.findData("xlsx")) == "Excel workbook (.xlsx)"
    assert dialog.editor("checking.low_confidence").value() == 80


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_test_connection_says_what_is_missing_in_the_dialogs_words(qtbot, make_window,
                                                                    language):
    from desktop_ocr.gui.settings_dialog import SettingsDialog

    win = make_window(language=language)
    dialog = SettingsDialog(win.settings, win)
    with qtbot.waitSignal(dialog.connectionTested, timeout=10000) as tested:
        dialog.test_buttons["accuauth"].click()
    name, result = tested.args
    assert name == "accuauth" and not result.ok
    said = dialog.test_results["accuauth"].text()
    assert said.startswith(glyphs.ERROR)
    assert ("Service URL" if language == "en" else "服务地址") in said
    # CloudWalk: the key kept under Advanced is pointed to; no environment variables
    with qtbot.waitSignal(dialog.connectionTested, timeout=10000):
        dialog.test_buttons["cloudwalk"].click()
    said = dialog.test_results["cloudwalk"].text()
    assert "DESKTOP_OCR_" not in said
    assert ("SM2 public key (hex) (under Advanced)" if language == "en"
            else "SM2 公钥（十六进制）（在“高级”中）") in said


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_birth_certificate_form_fits_a_laptop_screen(qtbot, make_window, docs, idle,
                                                         language):
    doubtful = ("babyName", "birthCity", "hospital", "fatherName", "fatherAddress",
                "motherName", "motherAddress", "fatherEthnic")
    path = docs("birth_certificate_long_file_name_from_the_scanner_000123.png",
                "birth_certificate", seed=2, overrides={"babySex": "X"},
                confidence=dict.fromkeys(doubtful, 0.5))
    win = _open(qtbot, make_window, idle, [path, docs("card.png", "ghana_card", seed=3)],
                language=language)
    assert len(win.model.items[0].check.amber) == len(doubtful)  # a hard case: eight
    assert win.model.items[0].check.red == ("babySex",)  # amber fields, a red one
    # 1366×768, the same with a taskbar, 1280×720
    for width, height in ((1366, 768), (1366, 728), (1280, 720)):
        win.queue.select_row(1)
        win.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: win.width() == w and win.height() == h)
        win.queue.select_row(0)
        _the_form_fits(qtbot, win, doubtful)


def _the_form_fits(qtbot, win, doubtful) -> None:
    scroll = win.form._scroll

    def fits() -> bool:
        QApplication.processEvents()
        return scroll.widget().height() <= scroll.viewport().height() \
            and not scroll.verticalScrollBar().isVisible() \
            and not scroll.horizontalScrollBar().isVisible()

    # Every field in view, also while the reason of the focused amber one is written out
    for key in doubtful:
        win.form.row(key).editor.setFocus()
        qtbot.waitUntil(fits, timeout=3000)
        assert win.form.row(key).warning.isVisible()
    last = win.form.row("motherID").editor
    assert last.mapTo(scroll.viewport(), last.rect().bottomLeft()).y() \
        <= scroll.viewport().height()
    # The values are still whole: an editor is at least its text and frame high
    assert all(e.height() >= e.fontMetrics().height() + 4 for e in win.form.editors())
    button = win.form.confirm_button
    assert button.isVisible()
    bottom = button.mapTo(win, button.rect().bottomLeft()).y()
    assert bottom < win.height()
    # The long file name is shortened in the subtitle and does not widen the form
    assert "…" in win.form._subtitle.text() and win.form._subtitle.text().endswith(
        win.model.data(win.model.index(0, win.model.COL_STATUS)))


def test_cancelled_documents_stay_cancelled_after_a_restart(qtbot, make_window, docs, gate,
                                                           idle, tmp_path):
    store_path = tmp_path / "cancelled.db"
    win = make_window(store_path=store_path)
    gate.close()
    assert drop(win, [docs(f"c{i}.png", seed=30 + i) for i in range(3)])
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    with qtbot.waitSignal(win.worker.batchFinished, timeout=10000):
        win.queue.cancel_button.click()
    idle(qtbot, win)
    assert all(it.status is RecordStatus.FAILED for it in win.model.items)
    gate.open.set()
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)

    again = make_window(store_path=store_path)
    qtbot.waitUntil(lambda: again.model.rowCount() == 3, timeout=10000)
    assert [it.status for it in again.model.items] == [RecordStatus.FAILED] * 3
    assert {again.model.data(again.model.index(r, again.model.COL_STATUS))
            for r in range(3)} == {"Cancelled"}
    assert again.resume_offer is None  # nothing offered: the clerk cancelled them
    assert again.session.counts().queued == 0


@pytest.mark.parametrize("glyph", glyphs.ALL)
def test_every_symbol_is_in_a_font_the_app_ships_with(qapp, glyph):
    font = QFont()
    assert QFontMetrics(font).inFontUcs4(ord(glyph)) or any(
        QFontMetrics(QFont(family)).inFontUcs4(ord(glyph))
        for family in ("DejaVu Sans", "Segoe UI Symbol")), hex(ord(glyph))


def test_no_symbol_outside_the_glyph_table():
    sources = (Path(__file__).resolve().parents[2] / "desktop_ocr" / "gui").glob("*.py")
    for source in sources:
        assert "\u26d4" not in source.read_text("utf-8"), source.name  # ⛔: in no bundled font
