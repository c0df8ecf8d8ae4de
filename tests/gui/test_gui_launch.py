"""``desktop-ocr FILE...`` and "Open with": the window opens with the files queued, and a
second launch hands its files to the running window instead of opening another one."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_helpers import TEST_BACKEND, write_document
from PySide6.QtCore import QDir

from desktop_ocr import cli

pytestmark = pytest.mark.gui


def test_files_on_the_command_line_open_the_window(monkeypatch, tmp_path):
    from desktop_ocr.gui import app

    doc = tmp_path / "a.png"
    doc.write_bytes(b"whatever")
    opened: list[list[str]] = []
    monkeypatch.setattr(app, "run", lambda argv, files=(): opened.append(list(files)) or 0)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["a.png"]) == 0
    assert opened == [[str(doc)]]  # absolute: a running window has another folder
    assert cli.main([]) == 0 and opened[-1] == []
    with pytest.raises(SystemExit) as usage:  # a mistyped command is no file name
        cli.main(["recognise", "a.png"])
    assert usage.value.code == 2


def test_open_window_queues_the_files(qtbot, tmp_path):
    from desktop_ocr.gui.app import make_application, open_window
    from desktop_ocr.records.store import RecordStore

    make_application()
    docs = [tmp_path / "one.png", tmp_path / "two.png"]
    for i, doc in enumerate(docs):
        write_document(doc, "ghana_card", seed=51 + i)
    win = open_window([str(d) for d in docs], store=RecordStore(tmp_path / "records.db"),
                      language="en")
    win.backend_combo.set_current_name(TEST_BACKEND)
    try:
        assert win.isVisible()
        qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)
        assert [it.source for it in win.model.items] == [str(d) for d in docs]
    finally:
        win.close()
        qtbot.waitUntil(lambda: not win.session.busy, timeout=15000)
        qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)


def test_second_launch_hands_its_files_to_the_running_window(qtbot, make_window, tmp_path):
    from desktop_ocr.gui.app import receive_files
    from desktop_ocr.gui.single_instance import SingleInstance

    win = make_window()
    instance = SingleInstance()
    assert instance.claim([])  # the first launch: it listens now
    instance.filesReceived.connect(lambda files: receive_files(win, files))
    name = "出生 证明.png"
    doc = tmp_path / name
    write_document(doc, "birth_certificate", seed=52)
    try:
        started = time.monotonic()
        second = subprocess.Popen([sys.executable, "-m", "desktop_ocr", name], cwd=tmp_path,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        assert second.returncode == 0, second.stderr.read().decode("utf-8", "replace")
        qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
        assert win.model.items[0].source == str(doc)
        assert time.monotonic() - started < 60
    finally:
        instance.close()


def test_a_socket_left_by_a_crash_does_not_block_the_next_window(qapp):
    from desktop_ocr.gui.single_instance import SingleInstance, server_name

    path = os.path.join(QDir.tempPath(), server_name())
    if len(os.fsencode(path)) > 100:
        pytest.skip("temporary folder path too long for a Unix socket")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening: what a killed app leaves behind
    stale.close()
    assert Path(path).exists()
    instance = SingleInstance()
    try:
        assert instance.claim(["x.png"])  # nobody answered: this launch opens the window
        assert instance.listening
    finally:
        instance.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the store of a child")
def test_launch_with_files_then_open_with_while_it_runs(tmp_path, isolated_home):
    """The real command twice, as a file manager runs it: one window, both files queued."""
    first_doc, second_doc = tmp_path / "first.png", tmp_path / "second.png"
    write_document(first_doc, "ghana_card", seed=53)
    write_document(second_doc, "ghana_card", seed=54)
    store = isolated_home / "data" / "records.sqlite3"

    def queued() -> list[str]:
        if not store.exists():
            return []
        try:
            with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as conn:
                return [row[0] for row in conn.execute("SELECT source FROM records")]
        except sqlite3.Error:
            return []

    def wait_for(predicate, seconds: float) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if predicate():
                return True
            time.sleep(0.2)
        return False

    command = [sys.executable, "-m", "desktop_ocr"]
    first = subprocess.Popen([*command, str(first_doc)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: str(first_doc) in queued(), 60), "first file not queued"
        second = subprocess.run([*command, str(second_doc)], capture_output=True, timeout=60)
        assert second.returncode == 0, second.stderr.decode("utf-8", "replace")
        assert first.poll() is None  # still the one window
        assert wait_for(lambda: str(second_doc) in queued(), 30), "second file not handed over"
    finally:
        first.terminate()
        first.wait(timeout=30)
