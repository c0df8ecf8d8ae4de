"""The command line on clerks' and IT's machines: any file name, any console code page.

Every input is generated here: a file whose name is GBK bytes (a folder unpacked from
a zip made on Chinese Windows), a ``cp1252`` standard output (Windows with a Western
code page), an extensionless JPEG as cameras and scanners name them, a records file
given as its own output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop_ocr import cli

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "cli_driver.py"
sys.path.insert(0, str(ROOT / "tests"))
from cli_driver import BABY, ChineseRecognizer  # noqa: E402

GBK_STEM = "出生证明"
GBK_NAME = GBK_STEM.encode("gbk") + b".png"  # not valid UTF-8


@pytest.fixture
def chinese_backend():
    from desktop_ocr.backends import registry

    registry.register("offline", lambda settings: ChineseRecognizer())
    yield
    registry.unregister("offline")


@pytest.fixture
def gbk_folder(tmp_path: Path) -> Path:
    """A folder holding ``ok.png`` and a PNG whose name is GBK bytes."""
    if os.name != "posix" or sys.platform == "darwin":
        pytest.skip("only POSIX file systems other than APFS keep non-UTF-8 names")
    folder = tmp_path / "unzipped"
    folder.mkdir()
    Image.new("RGB", (300, 200), (10, 20, 30)).save(folder / "ok.png")
    raw = os.path.join(os.fsencode(folder), GBK_NAME)
    try:
        with open(raw, "wb") as fh:
            Image.new("RGB", (300, 200), (200, 100, 50)).save(fh, "PNG")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    return folder


def _run(args: list[str], *, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, str(DRIVER), *args], capture_output=True,
                          timeout=120, env={**os.environ, **(env or {})}, cwd=cwd)


def _shown_gbk(records: list[dict]) -> dict:
    [record] = [r for r in records if not r["source"].endswith("ok.png")]
    return record


# --------------------------------------------------------------------------- failure 1

def test_gbk_named_file_is_read_and_written_with_visible_replacements(
        chinese_backend, gbk_folder: Path, tmp_path: Path, capsys):
    out = tmp_path / "out.json"
    assert cli.main(["recognize", str(gbk_folder), "-o", str(out)]) == 0
    records = json.loads(out.read_bytes().decode("utf-8"))  # strict: valid UTF-8
    assert len(records) == 2
    shown = _shown_gbk(records)
    assert shown["error"] is None  # read like any other file
    assert shown["fields"]["code"]["value"] == "P200100050"
    name = Path(shown["source"]).name
    assert name.endswith(".png") and "\ufffd" in name  # the bad bytes replaced visibly
    assert "Traceback" not in capsys.readouterr().err


def test_gbk_named_file_in_csv_and_xlsx(chinese_backend, gbk_folder: Path, tmp_path: Path):
    from openpyxl import load_workbook

    out_csv = tmp_path / "out.csv"
    assert cli.main(["recognize", str(gbk_folder), "--format", "csv", "-o", str(out_csv)]) == 0
    rows = list(csv.reader(io.StringIO(out_csv.read_bytes().decode("utf-8-sig"))))
    sources = [row[0] for row in rows[1:]]
    assert len(sources) == 2 and any("\ufffd" in s for s in sources)

    out_xlsx = tmp_path / "out.xlsx"
    assert cli.main(["recognize", str(gbk_folder), "--format", "xlsx",
                     "-o", str(out_xlsx)]) == 0
    sheet = load_workbook(out_xlsx).active  # Excel and openpyxl can open it
    sources = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert len(sources) == 2 and any("\ufffd" in s for s in sources)
    assert BABY in [c.value for c in sheet[2]]


def test_gbk_named_file_json_on_stdout_is_utf8(gbk_folder: Path):
    result = _run(["recognize", str(gbk_folder)])
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    records = json.loads(result.stdout.decode("utf-8"))  # strict: valid UTF-8
    assert "\ufffd" in _shown_gbk(records)["source"]
    assert b"Traceback" not in result.stderr


# --------------------------------------------------------------------------- failure 2

@pytest.mark.parametrize("encoding", ["cp1252", "cp936"])
def test_stdout_in_a_foreign_code_page_is_whole_utf8_json(tmp_path: Path, encoding: str):
    doc = tmp_path / "证件 扫描.png"  # a Chinese name: the source is not cp1252 either
    Image.new("RGB", (300, 200), (1, 2, 3)).save(doc)
    result = _run(["recognize", str(doc)], env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    [record] = json.loads(result.stdout.decode("utf-8"))
    assert record["fields"]["babyName"]["value"] == BABY
    assert record["source"] == str(doc)


def test_csv_on_stdout_in_cp1252_is_written(tmp_path: Path):
    doc = tmp_path / "a.png"
    Image.new("RGB", (300, 200), (1, 2, 3)).save(doc)
    result = _run(["recognize", "--format", "csv", str(doc)],
                  env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"))))
    assert len(rows) == 2 and BABY in rows[1]


# --------------------------------------------------------------------------- failure 5

@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_refuses_to_overwrite_its_own_input(chinese_backend, tmp_path: Path, capsys,
                                                   fmt: str):
    doc = tmp_path / "a.png"
    Image.new("RGB", (300, 200), (1, 2, 3)).save(doc)
    records = tmp_path / "X.json"
    assert cli.main(["recognize", str(doc), "-o", str(records)]) == 0
    before = records.read_bytes()
    capsys.readouterr()
    # Also through another spelling of the same file.
    same = f"{tmp_path}{os.sep}.{os.sep}X.json"
    assert cli.main(["export", str(records), "--format", fmt, "-o", same]) == 2
    err = capsys.readouterr().err
    assert "is the input" in err and "another output" in err
    assert records.read_bytes() == before


# --------------------------------------------------------------------------- failure 6

def test_extensionless_jpeg_in_a_folder_is_read_by_content(chinese_backend, tmp_path: Path,
                                                           capsys):
    folder = tmp_path / "DCIM"
    folder.mkdir()
    Image.new("RGB", (300, 200), (9, 8, 7)).save(folder / "IMG_0001", "JPEG")
    (folder / "README").write_text("Photos from the front desk\n", encoding="utf-8")
    (folder / "scan.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    out = tmp_path / "out.json"
    assert cli.main(["recognize", str(folder), "-o", str(out)]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [Path(r["source"]).name for r in records] == ["IMG_0001"]
    assert records[0]["error"] is None
    err = capsys.readouterr().err
    # What was skipped, and why: the content, not the name.
    assert "README" in err and "plain text" in err
    assert "scan.docx" in err and "ZIP" in err


# --------------------------------------------------------------------------- delimiter

@pytest.mark.parametrize(("name", "char"), [("semicolon", ";"), ("tab", "\t"), ("comma", ",")])
def test_csv_delimiter(chinese_backend, tmp_path: Path, name: str, char: str):
    doc = tmp_path / "a.png"
    Image.new("RGB", (300, 200), (1, 2, 3)).save(doc)
    out = tmp_path / "out.csv"
    assert cli.main(["recognize", str(doc), "--format", "csv", "--delimiter", name,
                     "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=char))
    assert rows[0][:2] == ["Source file", "Page"]
    assert BABY in rows[1]
    records = tmp_path / "r.json"
    assert cli.main(["recognize", str(doc), "-o", str(records)]) == 0
    again = tmp_path / "again.csv"
    assert cli.main(["export", str(records), "--format", "csv", "--delimiter", name,
                     "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_gbk_named_file_in_json_lines(chinese_backend, gbk_folder: Path, tmp_path: Path):
    out = tmp_path / "out.jsonl"
    cli.main(["recognize", str(gbk_folder), "--format", "jsonl", "-o", str(out)])
    lines = out.read_bytes().decode("utf-8").splitlines()  # strict: valid UTF-8
    sources = [json.loads(line)["source"] for line in lines]
    assert len(sources) == 2 and any("\ufffd" in s for s in sources)
