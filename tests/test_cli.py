"""The fixed command-line contract: output shape, exit codes, bad inputs, export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop_ocr import cli
from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.imaging.types import PageImage


class _ColourRecognizer:
    """Test backend: reads the dominant colour of the image as the voter ID.

    It really looks at the pixels, so a test can tell that the CLI passed the
    right page through; it is registered only inside these tests.
    """

    name = "offline"

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        r, g, b = page.image.convert("RGB").resize((1, 1)).getpixel((0, 0))
        record = Record.empty(page.source, "ghana_voter", self.name)
        record.fields["voter_id_number"] = FieldValue(f"{r:03d}{g:03d}{b:03d}0", 0.99,
                                                      (0, 0, *page.image.size))
        record.fields["surname"] = FieldValue("=MENSAH", 0.9)
        record.timings["ocr"] = 1.0
        return record

    def close(self) -> None:
        pass


@pytest.fixture
def colour_backend():
    registry.register("offline", lambda settings: _ColourRecognizer())
    yield
    registry.unregister("offline")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "扫描 件"
    folder.mkdir()
    Image.new("RGB", (300, 200), (10, 20, 30)).save(folder / "a.png")
    Image.new("RGB", (300, 200), (200, 100, 50)).save(folder / "b 卡.jpg")
    (folder / "notes.txt").write_text("not an image")
    return folder


def test_version_lists_models(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith("desktop-ocr ")
    assert ".onnx" in out and "onnxruntime" in out


@pytest.mark.parametrize("argv", [["recognize"], ["recognize", "--type", "passport", "x.jpg"],
                                  ["bogus"], ["export", "r.json", "-o", "x.csv"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2


def test_recognize_folder_json_contract(colour_backend, inputs, capsys):
    code = cli.main(["recognize", str(inputs)])
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert code == 0
    assert [Path(r["source"]).name for r in records] == ["a.png", "b 卡.jpg"]
    first = records[0]
    assert set(first) >= {"source", "document_type", "backend", "fields", "warnings",
                          "error", "elapsed_ms"}
    assert first["document_type"] == "ghana_voter" and first["backend"] == "offline"
    assert first["error"] is None
    assert first["fields"]["voter_id_number"] == {"value": "0100200300", "confidence": 0.99,
                                                  "box": [0, 0, 300, 200]}
    assert isinstance(first["elapsed_ms"], int)
    assert "notes.txt" in captured.err  # skipped inside a folder, and said so


def test_bad_file_fails_alone_and_exit_1(colour_backend, inputs, tmp_path, capsys):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    out = tmp_path / "out.json"
    code = cli.main(["recognize", "-o", str(out), str(inputs / "a.png"), str(empty)])
    records = json.loads(out.read_text(encoding="utf-8"))
    assert code == 1
    assert records[0]["error"] is None
    assert records[1]["error"]["code"].startswith("image.")
    assert records[1]["error"]["message"]
    assert "empty.jpg" in capsys.readouterr().err


def test_csv_output_has_bom_and_neutralised_formula(colour_backend, inputs, tmp_path):
    out = tmp_path / "out.csv"
    assert cli.main(["recognize", "--format", "csv", "-o", str(out), str(inputs)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert any("'=MENSAH" in row for row in rows[1:])


def test_export_roundtrip_to_xlsx(colour_backend, inputs, tmp_path):
    from openpyxl import load_workbook

    records_json = tmp_path / "records.json"
    assert cli.main(["recognize", "-o", str(records_json), str(inputs)]) == 0
    xlsx = tmp_path / "records.xlsx"
    assert cli.main(["export", str(records_json), "--format", "xlsx", "-o", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "0100200300" in values


def test_export_of_invalid_json_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert cli.main(["export", str(bad), "--format", "csv", "-o", str(tmp_path / "o.csv")]) == 1
    assert "not a records JSON file" in capsys.readouterr().err


def _records_file(tmp_path: Path) -> Path:
    """Two birth-certificate records: one confirmed over a red field with a reason
    (as the window's JSON export writes it), one only recognised, with a not-found
    warning in both languages."""
    from desktop_ocr.documents.record import FieldWarning, RecordStatus

    confirmed = Record(source="a.jpg", document_type="birth_certificate", backend="offline",
                       status=RecordStatus.CONFIRMED,
                       fields={"babyName": FieldValue("李明", 0.99)})
    confirmed.journal.override = "checked against the paper"
    read = Record(source="b.jpg", document_type="birth_certificate", backend="offline",
                  fields={"babyName": FieldValue("", 0.0)},
                  warnings=[FieldWarning("babyName", "not_found",
                                         "Baby's name: not found on the document — please check.",
                                         message_zh="新生儿姓名：文档上未找到，请核对。")])
    items = [confirmed.to_dict(), read.to_dict()]
    items[0]["override_reason"] = confirmed.journal.override
    path = tmp_path / "records.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_confirmed_only_says_what_it_wrote_and_refuses_nothing(tmp_path, capsys):
    path = _records_file(tmp_path)
    out = tmp_path / "confirmed.json"
    assert cli.main(["export", str(path), "--format", "json", "--confirmed-only",
                     "-o", str(out)]) == 0
    assert "wrote 1 record to" in capsys.readouterr().err
    [kept] = json.loads(out.read_text(encoding="utf-8"))
    assert kept["override_reason"] == "checked against the paper"  # kept through a re-export

    only_read = tmp_path / "read.json"
    only_read.write_text(json.dumps([json.loads(path.read_text(encoding="utf-8"))[1]]),
                         encoding="utf-8")
    none = tmp_path / "none.csv"
    assert cli.main(["export", str(only_read), "--format", "csv", "--confirmed-only",
                     "-o", str(none)]) == 1
    assert "nothing to export" in capsys.readouterr().err and not none.exists()


def test_export_warnings_in_the_chosen_language_named_once(tmp_path):
    path = _records_file(tmp_path)
    for lang, text in (("zh", "[提示] 新生儿姓名：文档上未找到，请核对。"),
                       ("en", "[warning] Baby's name: not found on the document")):
        out = tmp_path / f"w_{lang}.csv"
        assert cli.main(["export", str(path), "--format", "csv", "--lang", lang,
                         "-o", str(out)]) == 0
        body = out.read_text(encoding="utf-8-sig")
        assert text in body
        assert "Baby's name: Baby's name" not in body and "新生儿姓名: 新生儿姓名" not in body


def test_unconfigured_cloud_backend_fails_each_document(inputs, tmp_path, capsys):
    out = tmp_path / "out.json"
    code = cli.main(["recognize", "--backend", "accuauth", "-o", str(out), str(inputs)])
    records = json.loads(out.read_text(encoding="utf-8"))
    assert code == 1
    assert len(records) == 2
    assert all(r["error"] and r["error"]["code"] for r in records)
    assert "error:" in capsys.readouterr().err


def test_cli_does_not_import_qt(tmp_path):
    code = (
        "import sys; from desktop_ocr import cli\n"
        "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "cli.build_parser()\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("backend", "document_type"), [("cloudwalk", "ghana_card"),
                                                        ("cloudwalk", "ghana_voter"),
                                                        ("accuauth", "birth_certificate")])
def test_a_type_the_backend_does_not_read_is_refused_before_any_document(
        backend, document_type, inputs, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["recognize", "--backend", backend, "--type", document_type, str(inputs)])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert f"the {backend} backend does not read {document_type}" in err
    reads = registry.get(backend).document_types
    assert f"it reads {', '.join(reads)}" in err


def test_recognize_help_says_which_types_each_backend_reads(capsys):
    with pytest.raises(SystemExit):
        cli.main(["recognize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "cloudwalk: birth_certificate;" in text
    assert "accuauth: ghana_card, ghana_voter" in text
