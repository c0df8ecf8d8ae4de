"""Translations are complete, and switching language relabels the running window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt, QTranslator

from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.gui.resources import translations_dir

pytestmark = pytest.mark.gui

GUI_SOURCES = Path(__file__).resolve().parents[2] / "desktop_ocr" / "gui"
LANGS = ("zh_CN", "en")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source"))] = msg.find("translation")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang):
    ts = translations_dir() / f"desktop_ocr_{lang}.ts"
    messages = _messages(ts)
    assert messages
    unfinished = [src for (_ctx, src), tr in messages.items()
                  if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not all((text or "").strip() for text in _texts(tr))]
    assert unfinished == []


def _texts(translation: ET.Element) -> list[str | None]:
    """The translation's text, or each plural form of a ``%n`` message."""
    forms = translation.findall("numerusform")
    return [f.text for f in forms] if forms else [translation.text]


@pytest.mark.parametrize("lang", LANGS)
def test_count_messages_have_every_plural_form(lang):
    """A ``%n`` message is numerus, with one form per plural of the language."""
    needed = {"en": 2, "zh_CN": 1}[lang]
    for ctx in ET.parse(translations_dir() / f"desktop_ocr_{lang}.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            if "%n" in (msg.findtext("source") or ""):
                assert msg.get("numerus") == "yes", msg.findtext("source")
                assert len(msg.find("translation").findall("numerusform")) == needed


def test_ts_files_cover_every_string_in_the_code(tmp_path):
    """Fails when someone adds a tr() string without updating the translations."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                     "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sorted(str(p) for p in GUI_SOURCES.glob("*.py")), "-ts",
                    str(fresh)], check=True, capture_output=True, timeout=120)
    in_code = set(_messages(fresh))
    for lang in LANGS:
        committed = set(_messages(translations_dir() / f"desktop_ocr_{lang}.ts"))
        assert in_code - committed == set(), f"{lang}: run pyside6-lupdate and translate"


def test_compiled_qm_translates(qapp):
    translator = QTranslator()
    assert translator.load("desktop_ocr_zh_CN", str(translations_dir()))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    for lang in LANGS:
        qm = translations_dir() / f"desktop_ocr_{lang}.qm"
        ts = translations_dir() / f"desktop_ocr_{lang}.ts"
        assert qm.stat().st_size > 0
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run pyside6-lrelease"


def test_language_switch_relabels_menus_form_and_queue(qtbot, make_window, docs, idle):

    win = make_window(language="en")
    assert drop(win, [docs("birth.png", "birth_certificate", seed=2)])
    idle(qtbot, win)
    win.queue.select_row(0)
    spec = get_document_type("birth_certificate").field("babyName")
    label = win.form.row("babyName").label
    assert label.text().startswith(spec.label_en)
    assert win.menu_file.title() == "&File"

    # When the clerk picks 中文 in Settings and saves
    from desktop_ocr.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(win.settings, win)
    language = dialog.editor("preferences.language")
    language.setCurrentIndex(language.findData("zh_CN"))
    dialog.save()

    # Then menus, form labels and queue status words turn Chinese (Qt posts LanguageChange)
    qtbot.waitUntil(lambda: win.menu_file.title() == "文件(&F)")
    assert win.act_confirm.text() == "确认并转到下一份(&C)"
    assert label.text().startswith(spec.label_zh)
    assert label.text().endswith("*")  # still marked required
    assert win.form.confirm_button.text() == "确认(&C)"
    assert win.model.items[0].needs_review
    from desktop_ocr.gui.labels import worklist_label

    item = win.model.items[0]
    status = win.model.data(win.model.index(0, win.model.COL_STATUS))
    assert status == worklist_label(item.status, item.check, item.record)
    assert status in ("可以确认", f"核对 {len(item.check.to_visit)} 个字段",
                      f"修改 {len(item.check.red)} 个字段")
    assert win.model.headerData(win.model.COL_STATUS, Qt.Orientation.Horizontal) == "状态"

    # And back to English
    win.set_language("en")
    qtbot.waitUntil(lambda: win.menu_file.title() == "&File")
    assert label.text().startswith(spec.label_en)
