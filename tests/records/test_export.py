"""Exports: each format read back and compared; text IDs; formula injection; atomic writes."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
import tempfile
from pathlib import Path

import openpyxl
import pytest

from desktop_ocr.documents.record import ErrorInfo, FieldWarning, Record, RecordStatus
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import ExportError
from desktop_ocr.records import export as export_module
from desktop_ocr.records.export import export_records, neutralize_cell

FATHER_ID = "330106199003070014"  # generated: valid checksum, not a real person's
INJECTION = "=cmd|' /C calc'!A0"
BOM = b"\xef\xbb\xbf"


def _record(document_type: str, status: RecordStatus = RecordStatus.CONFIRMED,
            source: str = "scan.jpg", **values: str) -> Record:
    record = Record.empty(source, document_type, backend="offline")
    for key, value in values.items():
        record.fields[key].value = value
    record.status = status
    return record


@pytest.fixture
def birth() -> Record:
    record = _record("birth_certificate", source="出生证/王小明.jpg", babyName="王小明",
                     babySex="男", babyBirthday="2026-01-01", birthWeight="3.2",
                     code="Q330123456", fatherName=INJECTION, fatherID=FATHER_ID,
                     motherID="500234************", motherAge="026")
    record.warnings = [FieldWarning("motherID", "cn_id.masked", "ID number is masked.",
                                    message_zh="身份证号码已部分隐藏。")]
    record.page = 2
    return record


@pytest.fixture
def card() -> Record:
    return _record("ghana_card", status=RecordStatus.EDITED, source="card.png",
                   id_number="GHA-721263548-2", surname="ADJEI", first_name="+FELIX",
                   birthday="10/05/1984", birthday_s="10-05-1984", gender="M")


@pytest.fixture
def voter() -> Record:
    return _record("ghana_voter", source="voter.png", voter_id_number="0439300123",
                   surname="@BRITWUM", polling_station_code="C110101A", age="-18")


@pytest.fixture
def failed() -> Record:
    return Record.failed("broken.jpg", ErrorInfo("image.truncated", "The image is cut off."))


def _read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- CSV

def test_csv_has_bom_and_reads_back(tmp_path: Path, birth: Record) -> None:
    out = export_records([birth], tmp_path / "out.csv", "csv")
    raw = out.read_bytes()
    assert raw.startswith(BOM)  # Excel needs it to show Chinese
    assert "王小明".encode() in raw
    rows = _read_csv(out)
    spec = DOCUMENT_TYPES["birth_certificate"]
    assert rows[0] == (["Source file", "Page", "Document type", "Status"]
                       + [f.label_en for f in spec.fields] + ["Warnings", "Override reason"])
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Source file"] == "出生证/王小明.jpg"
    assert row["Page"] == "2"
    assert row["Document type"] == "Birth certificate"  # words, not codes
    assert row["Status"] == "Confirmed"
    assert row["Father's ID number"] == FATHER_ID
    assert row["Mother's ID number"] == "500234************"
    assert row["Mother's age"] == "026"
    assert row["Father's name"] == "'" + INJECTION  # neutralised
    assert row["Warnings"] == "[warning] Mother's ID number: ID number is masked."
    assert row["Override reason"] == ""
    assert len(rows) == 2


def test_csv_in_chinese(tmp_path: Path, birth: Record) -> None:
    rows = _read_csv(export_records([birth], tmp_path / "zh.csv", "csv", language="zh"))
    assert rows[0][:4] == ["来源文件", "页码", "证件类型", "状态"]
    assert "新生儿姓名" in rows[0] and "父亲身份证件号码" in rows[0]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["证件类型"] == "出生医学证明"
    assert row["状态"] == "已确认"
    assert row["警告"] == "[提示] 母亲身份证件号码: 身份证号码已部分隐藏。"


def test_csv_mixed_types_union_grouped_per_type(tmp_path: Path, birth, card, voter,
                                                failed) -> None:
    out = export_records([voter, failed, card, birth], tmp_path / "mixed.csv", "csv")
    rows = _read_csv(out)
    header = rows[0]
    expected = ["Source file", "Page", "Document type", "Status"]
    for name in ("birth_certificate", "ghana_card", "ghana_voter"):
        spec = DOCUMENT_TYPES[name]
        expected += [f"{spec.label_en} / {f.label_en}" for f in spec.fields]
        if spec.back is not None:  # the Ghana Card's back side (issue 15)
            expected.append(f"{spec.label_en} / mrz_verified")
    assert header == [*expected, "Warnings", "Override reason"]
    by_source = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(by_source) == {"voter.png", "broken.jpg", "card.png", "出生证/王小明.jpg"}
    card_row = by_source["card.png"]
    assert card_row["Ghana Card / Personal ID number"] == "GHA-721263548-2"
    assert card_row["Ghana Card / First names"] == "'+FELIX"
    assert card_row["Ghana voter ID / Surname"] == ""  # other types' columns stay empty
    assert card_row["Ghana Card / mrz_verified"] == "no back side"
    assert by_source["voter.png"]["Ghana Card / mrz_verified"] == ""
    voter_row = by_source["voter.png"]
    assert voter_row["Ghana voter ID / Voter ID number"] == "0439300123"
    assert voter_row["Ghana voter ID / Surname"] == "'@BRITWUM"
    assert voter_row["Ghana voter ID / Age"] == "'-18"
    failed_row = by_source["broken.jpg"]
    assert failed_row["Status"] == "Failed"
    assert failed_row["Warnings"] == "Failed: The image is cut off. [image.truncated]"
    # Records keep the order they were given in.
    assert [r[0] for r in rows[1:]] == ["voter.png", "broken.jpg", "card.png",
                                        "出生证/王小明.jpg"]


def test_confirmed_only(tmp_path: Path, birth, card, voter) -> None:
    rows = _read_csv(export_records([birth, card, voter], tmp_path / "c.csv", "csv",
                                    confirmed_only=True))
    assert [r[0] for r in rows[1:]] == ["出生证/王小明.jpg", "voter.png"]


def test_empty_export_writes_a_header(tmp_path: Path) -> None:
    rows = _read_csv(export_records([], tmp_path / "empty.csv", "csv"))
    assert rows == [["Source file", "Page", "Document type", "Status", "Warnings",
                     "Override reason"]]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", INJECTION])
def test_neutralize_cell(value: str) -> None:
    assert neutralize_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["", "GHA-1", "王小明", "3.2", " =x", "a=b"])
def test_harmless_cells_unchanged(value: str) -> None:
    assert neutralize_cell(value) == value


# --------------------------------------------------------------------------- XLSX

def test_xlsx_stores_ids_as_text_and_freezes_header(tmp_path: Path, birth: Record) -> None:
    out = export_records([birth], tmp_path / "out.xlsx", "xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Birth certificate"]
    ws = wb.active
    header = [c.value for c in ws[1]]
    spec = DOCUMENT_TYPES["birth_certificate"]
    assert header == (["Source file", "Page", "Document type", "Status"]
                      + [f.label_en for f in spec.fields] + ["Warnings", "Override reason"])
    assert ws.freeze_panes == "A2"
    assert all(c.font.bold for c in ws[1])
    cells = {h: ws.cell(row=2, column=j) for j, h in enumerate(header, 1)}
    id_cell = cells["Father's ID number"]
    assert id_cell.value == FATHER_ID  # not 3.30106E+17
    assert id_cell.data_type == "s"
    assert id_cell.number_format == "@"
    assert cells["Mother's age"].value == "026"  # leading zero kept
    assert cells["Baby's name"].value == "王小明"
    assert cells["Page"].value == 2
    injected = cells["Father's name"]
    assert injected.value == INJECTION  # shown as it is: a text cell needs no "'"
    assert injected.data_type == "s"  # a string, never a formula
    for cell in ws[2]:
        if cell.value is not None and not isinstance(cell.value, int):
            assert cell.data_type == "s" and cell.number_format == "@"
    width = ws.column_dimensions["A"].width
    assert 8 <= width <= 60


def test_xlsx_raw_xml_has_no_formula(tmp_path: Path, birth: Record) -> None:
    import zipfile

    out = export_records([birth], tmp_path / "out.xlsx", "xlsx")
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    assert f"<v>{FATHER_ID}</v>" not in sheet  # the ID is not a number cell


def test_xlsx_writes_formula_like_text_as_is_and_csv_keeps_the_guard(tmp_path: Path) -> None:
    """A lone "-" (no value), "=1+1" or "+233…" are text in XLSX, shown without "'"."""
    record = _record("ghana_voter", source="voter.png", voter_id_number="0439300123",
                     surname="-", other_names="=1+1", age="+18", polling_station_code="@C1")
    out = export_records([record], tmp_path / "out.xlsx", "xlsx")
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    cells = {h: ws.cell(row=2, column=j) for j, h in enumerate(header, 1)}
    for label, value in (("Surname", "-"), ("Other names", "=1+1"), ("Age", "+18"),
                         ("Polling station code", "@C1")):
        assert cells[label].value == value
        assert cells[label].data_type == "s" and cells[label].number_format == "@"
    import zipfile

    with zipfile.ZipFile(out) as zf:
        assert "<f>" not in zf.read("xl/worksheets/sheet1.xml").decode()
    rows = _read_csv(export_records([record], tmp_path / "out.csv", "csv"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Surname"], row["Other names"], row["Age"]) == ("'-", "'=1+1", "'+18")


def test_xlsx_one_sheet_per_type(tmp_path: Path, birth, card, voter, failed) -> None:
    out = export_records([voter, failed, card, birth], tmp_path / "mixed.xlsx", "xlsx",
                         language="zh")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["出生医学证明", "加纳身份证", "加纳选民卡", "识别失败"]
    voter_ws = wb["加纳选民卡"]
    header = [c.value for c in voter_ws[1]]
    assert header[:4] == ["来源文件", "页码", "证件类型", "状态"]
    assert header[4:-2] == [f.label_zh for f in DOCUMENT_TYPES["ghana_voter"].fields]
    row = dict(zip(header, [c.value for c in voter_ws[2]], strict=True))
    assert row["选民卡号码"] == "0439300123"
    assert row["投票站编号"] == "C110101A"
    assert row["姓"] == "@BRITWUM"
    failed_ws = wb["识别失败"]
    assert [c.value for c in failed_ws[2]][-2] == "识别失败：The image is cut off. [image.truncated]"
    assert all(ws.freeze_panes == "A2" for ws in wb.worksheets)


def test_xlsx_drops_control_characters_openpyxl_refuses(tmp_path: Path) -> None:
    record = _record("ghana_card", surname="ADJ\x00EI\x1b")
    wb = openpyxl.load_workbook(export_records([record], tmp_path / "c.xlsx", "xlsx"))
    header = [c.value for c in wb.active[1]]
    assert wb.active.cell(row=2, column=header.index("Surname") + 1).value == "ADJEI"


def test_xlsx_empty(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export_records([], tmp_path / "e.xlsx", "xlsx"))
    assert wb.sheetnames == ["Records"]
    assert wb.active.max_row == 1


# --------------------------------------------------------------------------- JSON

def test_json_round_trip_not_escaped_not_neutralised(tmp_path: Path, birth, card,
                                                     failed) -> None:
    out = export_records([birth, card, failed], tmp_path / "out.json", "json")
    raw = out.read_bytes()
    assert "王小明".encode() in raw and b"\\u" not in raw
    assert not raw.startswith(BOM)
    data = json.loads(raw.decode("utf-8"))
    assert [w.pop("severity") for w in data[0]["warnings"]] == ["warning"]  # its level
    assert data == [birth.to_dict(), card.to_dict(), failed.to_dict()]
    assert data[0]["fields"]["fatherName"]["value"] == INJECTION  # data, unchanged
    assert data[0]["fields"]["fatherID"]["value"] == FATHER_ID
    again = [Record.from_dict(d) for d in data]
    assert [r.value("fatherID") for r in again] == [FATHER_ID, "", ""]


def _checked(record: Record) -> Record:
    """``record`` confirmed over a red field, with the clerk's reason, after an edit."""
    from desktop_ocr.documents import review
    from desktop_ocr.documents.validate import revalidate

    record.status = RecordStatus.RECOGNIZED
    revalidate(record)
    review.note_read(record, at="2026-12-01T09:00:00+00:00")
    review.edit(record, "surname", "ADJEI-MENSAH", at="2026-12-01T09:01:00+00:00")
    review.edit(record, "birthday", "31/02/1984", at="2026-12-01T09:02:00+00:00")
    review.confirm(record, reason="Date as printed; card misprinted",
                   at="2026-12-01T09:03:00+00:00")
    assert record.status is RecordStatus.CONFIRMED
    return record


def test_levels_override_reason_and_audit_trail_in_csv(tmp_path: Path, card: Record) -> None:
    record = _checked(card)
    rows = _read_csv(export_records([record], tmp_path / "a.csv", "csv", audit=True))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert "[error] Date of birth (as printed): " in row["Warnings"]
    assert row["Override reason"] == "Date as printed; card misprinted"
    trail = row["Audit trail"].splitlines()
    assert trail[0] == "2026-12-01T09:00:00+00:00 read"
    assert trail[1] == "2026-12-01T09:01:00+00:00 edit Surname: ADJEI → ADJEI-MENSAH"
    # what was overridden, in words: the field's label and the warning's message
    assert trail[-1] == ("2026-12-01T09:03:00+00:00 override (Date as printed; card "
                         "misprinted) — Date of birth (as printed): Not a real calendar date; "
                         "check the digits.")


def test_audit_trail_sheet_in_xlsx_and_list_in_json(tmp_path: Path, card: Record) -> None:
    record = _checked(card)
    wb = openpyxl.load_workbook(export_records([record], tmp_path / "a.xlsx", "xlsx",
                                               language="zh", audit=True))
    assert wb.sheetnames == ["加纳身份证", "核对记录"]
    sheet = wb["核对记录"]
    assert [c.value for c in sheet[1]] == ["来源文件", "页码", "证件类型", "时间", "操作", "字段",
                                           "原值", "新值", "理由", "说明"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert rows[1][3:8] == ["2026-12-01T09:01:00+00:00", "修改", "姓", "ADJEI", "ADJEI-MENSAH"]
    assert rows[-1][4] == "覆盖确认" and rows[-1][8] == "Date as printed; card misprinted"
    # what was overridden, in the export's language, never as codes
    from desktop_ocr.documents.schema import get_document_type

    label = get_document_type("ghana_card").field("birthday").label("zh")
    assert rows[-1][9] == f"{label}：不是有效的日期，请核对数字。"
    english = openpyxl.load_workbook(export_records([record], tmp_path / "en.xlsx", "xlsx",
                                                    language="en", audit=True))
    detail = [c.value for c in english.worksheets[-1][english.worksheets[-1].max_row]][-1]
    assert detail == "Date of birth (as printed): Not a real calendar date; check the digits."

    data = json.loads(export_records([record], tmp_path / "a.json", "json", audit=True)
                      .read_text("utf-8"))
    assert data[0]["override_reason"] == "Date as printed; card misprinted"
    assert [a["action"] for a in data[0]["audit"]] == ["read", "edit", "edit", "override"]


def test_an_override_kept_before_its_words_is_exported_in_words(tmp_path: Path,
                                                                card: Record) -> None:
    """A trail written by the first version kept only ``field: code``."""
    from desktop_ocr.documents.record import AuditEntry, FieldWarning

    card.warnings.append(FieldWarning("gender", "sex.invalid", "Sex should be M or F.",
                                      "error", "性别应为“M”或“F”。"))
    card.journal.audit.append(AuditEntry("2026-12-01T09:03:00+00:00", "override",
                                         reason="seen", detail="gender: sex.invalid; "
                                         "surname: not checked"))
    for language, expected in (("en", "Sex: Sex should be M or F.; Surname: not looked at"),
                               ("zh", "性别：性别应为“M”或“F”。；姓：未查看")):
        wb = openpyxl.load_workbook(export_records([card], tmp_path / f"{language}.xlsx",
                                                   "xlsx", language=language, audit=True))
        sheet = wb.worksheets[-1]
        assert [c.value for c in sheet[sheet.max_row]][-1] == expected


# --------------------------------------------------------------------------- arguments

@pytest.mark.parametrize("fmt", ["pdf", "", "xls"])
def test_unknown_format(tmp_path: Path, birth: Record, fmt: str) -> None:
    with pytest.raises(ValueError, match="csv, xlsx, json"):
        export_records([birth], tmp_path / "x.out", fmt)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["CSV", ".xlsx", "Json"])
def test_format_names_are_forgiving(tmp_path: Path, birth: Record, fmt: str) -> None:
    assert export_records([birth], tmp_path / "x", fmt).stat().st_size > 0


# --------------------------------------------------------------------------- atomic writes

@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """An earlier export the clerk must not lose."""
    path = tmp_path / "records.csv"
    path.write_bytes(b"previous export\r\n")
    return path


def _assert_untouched(previous: Path) -> None:
    assert previous.read_bytes() == b"previous export\r\n"
    assert _leftovers(previous.parent) == []


def test_overwrite_replaces_whole_file(previous: Path, birth: Record) -> None:
    previous.chmod(0o640)
    export_records([birth], previous, "csv")
    assert previous.read_bytes().startswith(BOM)
    assert stat.S_IMODE(previous.stat().st_mode) == 0o640  # keeps the old file's mode
    assert _leftovers(previous.parent) == []


def test_missing_folder(tmp_path: Path, birth: Record) -> None:
    with pytest.raises(ExportError) as info:
        export_records([birth], tmp_path / "nowhere" / "out.csv", "csv")
    assert info.value.code == "export.folder_missing"
    assert "does not exist" in info.value.message and "不存在" in info.value.message_zh
    assert not (tmp_path / "nowhere").exists()


def test_target_is_a_folder(tmp_path: Path, birth: Record) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ExportError) as info:
        export_records([birth], tmp_path / "dir.csv", "csv")
    assert info.value.code == "export.failed"
    assert (tmp_path / "dir.csv").is_dir()


def _export_as_nobody(path: Path) -> int:
    """Run the export in a forked child that dropped root: root ignores folder modes.

    The child reuses the already imported code (no new interpreter, which an
    unprivileged user may not be allowed to start from this checkout).
    """
    "".encode("utf-8-sig")  # load the codec now: the child may not read the stdlib
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                export_records([Record.empty("a.jpg", "ghana_card")], path, "csv")
                code = 2
            except ExportError as exc:
                code = 3 if exc.code == "export.permission" else 4
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_read_only_folder_really_refuses(birth: Record) -> None:
    """A real read-only folder (mode 0555), written by an unprivileged user."""
    folder = Path(tempfile.mkdtemp(prefix="desktop-ocr-ro-"))
    try:
        previous = folder / "records.csv"
        previous.write_bytes(b"previous export\r\n")
        previous.chmod(0o644)
        folder.chmod(0o555)
        if os.geteuid() == 0:
            # Control: the unprivileged child can export into a folder it may write...
            open_folder = Path(tempfile.mkdtemp(prefix="desktop-ocr-rw-"))
            open_folder.chmod(0o777)
            try:
                assert _export_as_nobody(open_folder / "ok.csv") == 2
                assert (open_folder / "ok.csv").read_bytes().startswith(BOM)
            finally:
                for item in open_folder.iterdir():
                    item.unlink()
                open_folder.rmdir()
            # ...and is refused with export.permission in the read-only one.
            assert _export_as_nobody(previous) == 3
        else:
            with pytest.raises(ExportError) as info:
                export_records([birth], previous, "csv")
            assert info.value.code == "export.permission"
        _assert_untouched(previous)
    finally:
        folder.chmod(0o755)
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()


def test_permission_denied_creating_temp_file(previous: Path, birth: Record,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refuse(path, flags, mode=0o777, **kw):  # type: ignore[no-untyped-def]
        if Path(path).parent == previous.parent:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(export_module.os, "open", refuse)
    with pytest.raises(ExportError) as info:
        export_records([birth], previous, "csv")
    monkeypatch.undo()
    assert info.value.code == "export.permission"
    assert info.value.retryable
    assert "was not changed" in info.value.message
    _assert_untouched(previous)


def test_file_locked_by_excel_at_replace(previous: Path, birth: Record,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file Excel has open: temp removed, old file kept."""

    def locked(src, dst):  # type: ignore[no-untyped-def]
        assert Path(src).read_bytes().startswith(BOM)  # the new content was complete
        raise PermissionError(errno.EACCES, "The file is in use", str(dst))

    monkeypatch.setattr(export_module.os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export_records([birth], previous, "csv")
    monkeypatch.undo()
    assert info.value.code == "export.permission"
    assert "Excel" in info.value.message
    _assert_untouched(previous)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_disk_full_mid_write(previous: Path, birth: Record, fmt: str,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls = []

    def half_then_full(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: max(1, len(data) // 2)]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.os, "write", half_then_full)
    with pytest.raises(ExportError) as info:
        export_records([birth], previous, fmt)
    monkeypatch.undo()
    assert len(calls) == 2  # really got half-way
    assert info.value.code == "export.disk_full"
    assert "disk is full" in info.value.message and "磁盘已满" in info.value.message_zh
    _assert_untouched(previous)


def test_disk_full_reported_at_fsync(previous: Path, birth: Record,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.os, "fsync", full)
    with pytest.raises(ExportError) as info:
        export_records([birth], previous, "xlsx")
    monkeypatch.undo()
    assert info.value.code == "export.disk_full"
    _assert_untouched(previous)


def test_other_io_error(previous: Path, birth: Record, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(export_module.os, "write", broken)
    with pytest.raises(ExportError) as info:
        export_records([birth], previous, "json")
    monkeypatch.undo()
    assert info.value.code == "export.failed"
    assert "Input/output error" in info.value.message
    _assert_untouched(previous)


def test_interrupted_export_leaves_no_temp(previous: Path, birth: Record,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_records([birth], previous, "csv")
    monkeypatch.undo()
    _assert_untouched(previous)


# ------------------------------------------------------------ a card's back side (issue 15)

def _paired(card: Record, **front: str) -> Record:
    """``card`` with the back side of the same card attached (a zone composed from its own
    values, every check digit holding), then validated as the pipeline does."""
    from desktop_ocr.documents.back import attach, zone_info
    from desktop_ocr.documents.ghana_card import BACK
    from desktop_ocr.documents.mrz import compose_td1, parse_td1
    from desktop_ocr.recognition import revalidate

    zone = parse_td1(compose_td1(
        document_code="ID", issuing_state="GHA", document_number="AC9139819",
        optional_data_1="GHA7212635482", birth_date="840510", sex="M",
        expiry_date="300101", nationality="GHA", surname="ADJEI", given_names="FELIX"))
    values = {"first_name": "FELIX", "document_number": "AC9139819", "nationality": "GHANAIAN",
              "expiry_date": "01/01/2030", "expiry_date_s": "01-01-2030", **front}
    for key, value in values.items():
        card.fields[key].value = value
    attach(card, zone_info(zone, BACK, source="card-back.png", page=None, confidence=0.98,
                           front=True))
    return revalidate(card)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_mrz_verified_says_yes_no_or_no_back_side(tmp_path: Path, card: Record,
                                                  fmt: str) -> None:
    agreeing = _paired(card)
    misread = _paired(_record("ghana_card", source="other.png"),
                      id_number="GHA-721263549-2", surname="ADJEI", birthday="10/05/1984",
                      birthday_s="10-05-1984", gender="M")
    alone = _record("ghana_card", source="front-only.png", surname="MENSAH")
    out = export_records([agreeing, misread, alone], tmp_path / f"cards.{fmt}", fmt)
    if fmt == "csv":
        rows = _read_csv(out)
    else:
        rows = [[c.value or "" for c in row] for row in openpyxl.load_workbook(out).active]
    header = rows[0]
    by_source = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_source["card.png"]["mrz_verified"] == "yes"
    assert by_source["other.png"]["mrz_verified"] == "no"
    assert by_source["front-only.png"]["mrz_verified"] == "no back side"
    # the confirmations are not warnings; the mismatch is, with both readings
    assert by_source["card.png"]["Warnings"] == ""
    assert "GHA-721263549-2" in by_source["other.png"]["Warnings"]
    assert "GHA-721263548-2" in by_source["other.png"]["Warnings"]


def test_mrz_verified_in_chinese(tmp_path: Path, card: Record) -> None:
    out = export_records([card], tmp_path / "zh.csv", "csv", language="zh")
    rows = _read_csv(out)
    assert dict(zip(rows[0], rows[1], strict=True))["机读区核验"] == "无背面"
