"""Write records to CSV, XLSX or JSON for the clerk's spreadsheet or another system.

Why each choice:

* CSV is UTF-8 **with a BOM**: without it Excel reads the file as the local
  code page and Chinese names turn into mojibake (Umi-OCR #654, #937).
* XLSX stores every field as a text cell (``number_format "@"``) so Excel never
  turns an 18-digit ID into ``3.30106E+17`` or drops the leading zero of a
  code; the header row is bold, frozen and filtered; one sheet per document type.
* JSON is the CLI's record shape (:meth:`Record.to_dict`), UTF-8, not
  ASCII-escaped, and values exactly as recognised.
* Spreadsheet cells that begin with ``= + - @``, tab or CR are prefixed with
  ``'`` (OWASP "CSV injection"): a recognised or typed ``=cmd|' /C calc'!A0``
  must never run as a formula.  JSON is data, not a spreadsheet: unchanged.
* Every write is atomic (temp file in the same folder, fsync, ``os.replace``):
  a failed export leaves no half file and the previous file intact
  (the labelme pattern; docs/adr/0011-atomic-exports.md).

Columns: source, page, document type, status, the type's fields in schema
order (labels in ``language``), for a type with a back side (the Ghana Card) the
``mrz_verified`` column (``yes``: the back's machine-readable zone was read, its
check digits hold and every front field it repeats was read and agrees; ``no``: a
check digit fails, a field disagrees or is missing; ``no back side``;
``documents.back.verdict``), then a
warnings summary (doubts only: an ``info`` note such as "confirmed by the zone" is
not a warning).  A CSV holding several
document types has the union of their columns, grouped per type in the order
of :data:`DOCUMENT_TYPES`, each header prefixed with the type
(``Ghana Card / Surname``); a record leaves the other types' columns empty.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import secrets
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_ocr.documents.back import INFO, verdict
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import ExportError

__all__ = ["FORMATS", "MRZ_VERIFIED", "export_records", "neutralize_cell"]

FORMATS = ("csv", "xlsx", "json")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_FIXED = (
    ("source", "来源文件", "Source file"),
    ("page", "页码", "Page"),
    ("document_type", "证件类型", "Document type"),
    ("status", "状态", "Status"),
)
_WARNINGS = ("warnings", "警告", "Warnings")
MRZ_VERIFIED = ("mrz_verified", "机读区核验", "mrz_verified")
_VERDICTS = {"yes": ("是", "yes"), "no": ("否", "no"), "none": ("无背面", "no back side")}
_STATUS_ZH = {
    RecordStatus.QUEUED: "排队中",
    RecordStatus.RECOGNIZED: "已识别",
    RecordStatus.EDITED: "已修改",
    RecordStatus.CONFIRMED: "已确认",
    RecordStatus.FAILED: "失败",
}
_NO_TYPE_SHEET = ("Failed", "识别失败")
_MAX_WIDTH = 60


def _zh(language: str) -> bool:
    return language.lower().startswith("zh")


def neutralize_cell(value: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


# --------------------------------------------------------------------------- table model

@dataclass(frozen=True, slots=True)
class _Column:
    key: str  # field key, or one of the fixed keys
    header: str
    document_type: str | None = None  # set for field columns


def _group(records: Sequence[Record]) -> dict[str | None, list[Record]]:
    """Records per document type, types in schema order, untyped (failed) last."""
    order = [*DOCUMENT_TYPES, None]
    groups: dict[str | None, list[Record]] = {}
    for name in order:
        members = [r for r in records if r.document_type == name]
        if members:
            groups[name] = members
    return groups


def _columns(types: Iterable[str | None], language: str, *, prefix: bool) -> list[_Column]:
    zh = _zh(language)
    cols = [_Column(key, header_zh if zh else header_en) for key, header_zh, header_en in _FIXED]
    for name in types:
        if name is None:
            continue
        spec = DOCUMENT_TYPES[name]
        for fs in spec.fields:
            header = fs.label(language)
            if prefix:
                header = f"{spec.label(language)} / {header}"
            cols.append(_Column(fs.key, header, name))
        if spec.back is not None:
            header = MRZ_VERIFIED[1] if zh else MRZ_VERIFIED[2]
            if prefix:
                header = f"{spec.label(language)} / {header}"
            cols.append(_Column(MRZ_VERIFIED[0], header, name))
    cols.append(_Column(_WARNINGS[0], _WARNINGS[1] if zh else _WARNINGS[2]))
    return cols


def _warnings_text(record: Record, language: str) -> str:
    zh = _zh(language)
    parts: list[str] = []
    if record.error is not None:
        if zh:
            parts.append(f"识别失败：{record.error.message} [{record.error.code}]")
        else:
            parts.append(f"Failed: {record.error.message} [{record.error.code}]")
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    for w in record.warnings:
        if w.severity == INFO:
            continue
        label = w.field
        if spec is not None and w.field in spec.keys:
            label = spec.field(w.field).label(language)
        message = (w.message_zh or w.message) if zh else w.message
        parts.append(f"{label}: {message}" if label else message)
    return ("；" if zh else "; ").join(parts)


def _cell(record: Record, col: _Column, language: str) -> str | int | None:
    zh = _zh(language)
    if col.key == MRZ_VERIFIED[0]:
        if record.document_type != col.document_type:
            return ""
        zh_text, en_text = _VERDICTS[verdict(record)]
        return zh_text if zh else en_text
    if col.document_type is not None:
        return record.value(col.key) if record.document_type == col.document_type else ""
    if col.key == "source":
        return record.source
    if col.key == "page":
        return record.page
    if col.key == "document_type":
        if record.document_type is None:
            return ""
        return DOCUMENT_TYPES[record.document_type].label_zh if zh else record.document_type
    if col.key == "status":
        return _STATUS_ZH.get(record.status, record.status.value) if zh else record.status.value
    return _warnings_text(record, language)


def _rows(records: Sequence[Record], cols: Sequence[_Column], language: str) -> list[list]:
    rows = []
    for record in records:
        row = []
        for col in cols:
            value = _cell(record, col, language)
            row.append(neutralize_cell(value) if isinstance(value, str) else value)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- formats

def _csv_bytes(records: Sequence[Record], language: str) -> bytes:
    groups = _group(records)
    cols = _columns(groups, language, prefix=len([t for t in groups if t]) > 1)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.header for c in cols])
    for row in _rows(records, cols, language):
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _display_width(text: str) -> int:
    """Columns a string takes in a spreadsheet: CJK characters are double width."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(name: str | None, language: str, used: set[str]) -> str:
    zh = _zh(language)
    if name is None:
        title = _NO_TYPE_SHEET[1] if zh else _NO_TYPE_SHEET[0]
    else:
        title = DOCUMENT_TYPES[name].label(language)
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    title = title[:31]
    base, n = title, 2
    while title in used:
        title = f"{base[:28]} {n}"
        n += 1
    used.add(title)
    return title


def _xlsx_bytes(records: Sequence[Record], language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    groups = _group(records) or {None: []}
    used: set[str] = set()
    bold = Font(bold=True)
    for name, members in groups.items():
        ws = wb.create_sheet(_sheet_title(name, language, used) if records else
                             ("记录" if _zh(language) else "Records"))
        cols = _columns([name], language, prefix=False)
        widths = [_display_width(c.header) for c in cols]
        for j, col in enumerate(cols, 1):
            cell = ws.cell(row=1, column=j, value=col.header)
            cell.font = bold
            cell.number_format = "@"
        for i, row in enumerate(_rows(members, cols, language), 2):
            for j, value in enumerate(row, 1):
                if isinstance(value, str):
                    # openpyxl refuses control characters OCR sometimes produces.
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    widths[j - 1] = max(widths[j - 1], _display_width(value))
                cell = ws.cell(row=i, column=j, value=value)
                if isinstance(value, str) or value is None:
                    cell.number_format = "@"
        for j, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), _MAX_WIDTH)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _json_bytes(records: Sequence[Record]) -> bytes:
    text = json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


# --------------------------------------------------------------------------- atomic write

def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _error_for(exc: OSError, path: Path, existed: bool) -> ExportError:
    folder = path.parent
    kept_en = f" The previous {path.name} was not changed." if existed else ""
    kept_zh = f"原有的 {path.name} 未被改动。" if existed else ""
    detail = f"{type(exc).__name__}: {exc.strerror or exc}"
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return ExportError(
            f"The folder {folder} does not exist. Choose another place to save the export.",
            code="export.folder_missing",
            message_zh=f"文件夹 {folder} 不存在，请选择其他保存位置。", detail=detail)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"No permission to write {path.name} in {folder}: the folder is read-only or "
            f"the file is open in another program (close it in Excel).{kept_en}",
            code="export.permission",
            message_zh=f"没有权限在 {folder} 中写入 {path.name}：文件夹只读，"
                       f"或文件正被其他程序（如 Excel）打开。{kept_zh}",
            detail=detail, retryable=True)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(
            f"The disk is full: free some space or save to another drive.{kept_en}",
            code="export.disk_full",
            message_zh=f"磁盘已满：请清理空间或保存到其他磁盘。{kept_zh}",
            detail=detail, retryable=True)
    return ExportError(
        f"Could not write {path}: {exc.strerror or exc}.{kept_en}",
        code="export.failed",
        message_zh=f"无法写入 {path}：{exc.strerror or exc}。{kept_zh}", detail=detail)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name for the export.",
                          code="export.failed",
                          message_zh=f"{path} 是文件夹，请指定导出文件名。")
    if not folder.is_dir():
        raise _error_for(FileNotFoundError(errno.ENOENT, "No such folder", str(folder)),
                         path, existed=False)
    existed = path.exists()
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd: int | None = None
    created = False
    try:
        # os.open with 0o666 lets the umask decide, like any new file the user saves.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
        created = True
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = None
        if existed:
            with contextlib.suppress(OSError):
                shutil.copymode(path, tmp)
        os.replace(tmp, path)
        created = False
    except BaseException as exc:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
        if created:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _error_for(exc, path, existed) from exc
        raise
    _fsync_folder(folder)


# --------------------------------------------------------------------------- public

def export_records(
    records: Iterable[Record],
    path: str | os.PathLike[str],
    fmt: str,
    *,
    language: str = "en",
    confirmed_only: bool = False,
) -> Path:
    """Write ``records`` to ``path`` as ``csv``, ``xlsx`` or ``json``; return the path.

    ``language`` (``en``/``zh``) picks the header labels, status names and
    warning messages of the spreadsheets.  ``confirmed_only`` keeps only the
    records a clerk confirmed.  Raises ``ValueError`` for an unknown format and
    :class:`ExportError` (``export.folder_missing``, ``export.permission``,
    ``export.disk_full``, ``export.failed``) when the file cannot be written.
    """
    kind = str(fmt).lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    selected = [r for r in records
                if not confirmed_only or r.status is RecordStatus.CONFIRMED]
    if kind == "csv":
        data = _csv_bytes(selected, language)
    elif kind == "xlsx":
        data = _xlsx_bytes(selected, language)
    else:
        data = _json_bytes(selected)
    target = Path(path)
    _atomic_write(target, data)
    return target
