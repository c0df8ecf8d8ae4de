"""A new backend is one module and one registry line: the window, the settings dialog,
the command line and the local server all offer it with no other edit.

The files a new backend touches: its module (here ``fourth_backend.py``, exporting
``DESCRIPTION``) and one line in ``desktop_ocr/backends/registry.py`` ``BUILT_IN``;
the test adds that line with ``monkeypatch``.
"""

from __future__ import annotations

import json
import os

import pytest
from gui_helpers import drop

from desktop_ocr import cli, paths
from desktop_ocr.backends import registry
from desktop_ocr.backends.accuauth.client import AccuAuthRecognizer
from desktop_ocr.config import TransportSettings
from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui.settings_dialog import SettingsDialog
from desktop_ocr.imaging.load import load_pages
from desktop_ocr.secrets import SecretStore
from desktop_ocr.server import VendorServer
from desktop_ocr.settings_store import load_settings

pytestmark = pytest.mark.gui
TOKEN = "lumen-token-5f0c2e9d71"


@pytest.fixture(autouse=True)
def fourth_backend(monkeypatch):
    monkeypatch.setattr(registry, "BUILT_IN", (*registry.BUILT_IN, "fourth_backend"))
    assert "lumen" in registry.names()


def test_the_window_and_its_settings_offer_the_new_backend(qtbot, make_window, docs, idle):
    win = make_window()
    combo = win.backend_combo
    assert combo.itemText(combo.findData("lumen")) == "Lumen OCR"
    assert not combo.is_enabled("lumen")  # its required settings are empty

    # The settings dialog has a tab for it, made from its declared settings
    dialog = SettingsDialog(win.settings, win)
    assert "Lumen OCR" in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.editor("lumen.base_url").setText("https://lumen.example/ocr")
    dialog.editor("lumen.token").setText(TOKEN)
    dialog.save()

    # Its secret went to the secret store under its own name, never into a file
    assert combo.is_enabled("lumen")
    assert SecretStore().get("lumen.token") == TOKEN
    for path in paths.config_dir().rglob("*"):
        if path.is_file() and path.suffix != ".enc":
            assert TOKEN.encode() not in path.read_bytes(), path
    saved = json.loads((paths.config_dir() / "settings.json").read_text("utf-8"))
    assert saved["lumen"] == {"base_url": "https://lumen.example/ocr"}

    # Chosen, it is offered only the document types it reads, and it reads the drop
    combo.set_current_name("lumen")
    offered = [win.doc_type_combo.itemData(i) for i in range(win.doc_type_combo.count())]
    assert offered == ["auto", "ghana_voter"]
    assert drop(win, [docs("voter.png", "ghana_voter", seed=3)])
    idle(qtbot, win)
    record = win.model.items[0].record
    assert record.backend == "lumen" and record.status is RecordStatus.RECOGNIZED
    assert record.value("surname") == "READ BY LUMEN"
    win.queue.select_row(0)
    offered = [win.queue.type_combo.itemData(i) for i in range(win.queue.type_combo.count())]
    assert offered == ["auto", "ghana_voter"]


def test_the_command_line_offers_the_new_backend(capsys, docs, monkeypatch):
    with pytest.raises(SystemExit):
        cli.main(["recognize", "--help"])
    assert "DESKTOP_OCR_LUMEN_URL" in capsys.readouterr().out
    monkeypatch.setenv("DESKTOP_OCR_LUMEN_URL", "https://lumen.example/ocr")
    monkeypatch.setenv("DESKTOP_OCR_LUMEN_TOKEN", TOKEN)
    path = docs("voter.png", "ghana_voter", seed=4)
    assert cli.main(["recognize", "--backend", "lumen", str(path)]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["backend"] == "lumen"
    assert record["fields"]["surname"]["value"] == "READ BY LUMEN"


def test_the_local_server_offers_the_new_backend(docs, monkeypatch):
    args = cli.build_parser().parse_args(["serve", "--backend", "lumen", "--port", "0"])
    assert args.backend == "lumen"
    settings = load_settings(env={"DESKTOP_OCR_LUMEN_URL": "https://lumen.example/ocr",
                                  "DESKTOP_OCR_LUMEN_TOKEN": TOKEN})
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with VendorServer(args.backend, settings=settings) as server:
        client = server.client_settings(transport=TransportSettings(retries=0))
        reader = AccuAuthRecognizer(client.accuauth, client.transport)
        (page,) = load_pages(docs("voter.png", "ghana_voter", seed=5))
        record = reader.recognize(page)
        reader.close()
    assert record.document_type == "ghana_voter"
    assert record.value("surname") == "READ BY LUMEN"
    assert os.environ.get("DESKTOP_OCR_LUMEN_TOKEN") is None  # configured by settings only
