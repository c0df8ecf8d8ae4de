"""Write records to CSV, XLSX or JSON for the clerk's spreadsheet or another system.

Why each choice:

* CSV is UTF-8 **with a BOM**: without it Excel reads the file as the local
  code page and Chinese names turn into mojibake (Umi-OCR #654, #937).
* XLSX stores every field as a text cell (``number_format "@"``) so Excel never
  turns an 18-digit ID into ``3.30106E+17`` or drops the leading zero of a
  code; the header row is bold, frozen and filtered; one sheet per document type.
* JSON is the CLI's record shape (:meth:`Record.to_dict`), UTF-8, not
  ASCII-escaped, and values exactly as recognised.
* CSV cells that begin with ``= + - @``, tab or CR are prefixed with ``'``
  (OWASP "CSV injection"): a recognised or typed ``=cmd|' /C calc'!A0`` must
  never run as a formula when the file is opened in a spreadsheet.  XLSX needs no
  prefix: every value is written as a *text* cell (type ``s``), which Excel shows
  as it is and never evaluates, so a lone ``-`` stays ``-`` (no visible ``'``).
  JSON is data, not a spreadsheet: unchanged.
* CSV's delimiter is a comma by default; a semicolon (what Excel expects in most
  European locales, where the comma is the decimal mark) or a tab can be chosen.
  CSV cannot mark a column as text: Excel still turns an 18-digit ID into
  ``3.30106E+17``, which is why XLSX is the format to open in Excel.
* A file name that is not valid UTF-8 (a GBK name from a zip made on Chinese
  Windows) is written with each undecodable byte replaced by ``�``
  (:func:`desktop_ocr.paths.display_path`): every output is valid UTF-8.
* Every write is atomic (temp file in the same folder, fsync, ``os.replace``):
  a failed export leaves no half file and the previous file intact
  (the labelme pattern; docs/adr/0011-atomic-exports.md).

Columns: source, page, document type, status (both as the clerk reads them, in
``language``), the type's fields in schema order (labels in ``language``), for a type
with a back side (the Ghana Card) the ``mrz_verified`` column (``yes``: the back's
machine-readable zone was read, its check digits hold and every front field it
repeats was read and agrees; ``no``: a check digit fails, a field disagrees or is
missing; ``no back side``; ``documents.back.verdict``), then every warning with its
level (``[error]`` red, ``[warning]`` amber; an ``info`` note such as "confirmed by
the zone" is not a warning) and the clerk's reason when a confirmation overrode
problems.  With ``audit=True`` the audit trail of each record (``documents.review``:
read, edits, confirmations, when) is exported too: a column in CSV, a sheet of its
own in XLSX, an ``audit`` list in JSON.  A CSV holding several
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
from typing import Any

from desktop_ocr.documents.back import INFO, verdict
from desktop_ocr.documents.record import AuditEntry, FieldWarning, Record, RecordStatus
from desktop_ocr.documents.review import NOT_CHECKED, NOT_CHECKED_WORDS
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import ExportError
from desktop_ocr.paths import display_name, display_path

__all__ = ["DELIMITERS", "FORMATS", "MRZ_VERIFIED", "export_records", "neutralize_cell",
           "render_records"]

FORMATS = ("csv", "xlsx", "json")
#: CSV delimiters offered: name -> character.  ``semicolon`` is what Excel expects
#: in locales whose decimal mark is a comma (most of Europe).
DELIMITERS: dict[str, str] = {"comma": ",", "semicolon": ";", "tab": "\t"}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_FIXED = (
    ("source", "来源文件", "Source file"),
    ("page", "页码", "Page"),
    ("document_type", "证件类型", "Document type"),
    ("status", "状态", "Status"),
)
_WARNINGS = ("warnings", "警告", "Warnings")
_OVERRIDE = ("override", "覆盖确认理由", "Override reason")
_AUDIT = ("audit", "核对记录", "Audit trail")
MRZ_VERIFIED = ("mrz_verified", "机读区核验", "mrz_verified")
_VERDICTS = {"yes": ("是", "yes"), "no": ("否", "no"), "none": ("无背面", "no back side")}
#: status → (Chinese, English), as the clerk reads them
_STATUS_WORDS = {
    RecordStatus.QUEUED: ("排队中", "Queued"),
    RecordStatus.RECOGNIZING: ("识别中", "Being read"),
    RecordStatus.RECOGNIZED: ("已识别，未核对", "Read, not reviewed"),
    RecordStatus.EDITED: ("已修改，未核对", "Edited, not reviewed"),
    RecordStatus.CONFIRMED: ("已确认", "Confirmed"),
    RecordStatus.FAILED: ("失败", "Failed"),
}
_LEVELS = {"error": ("错误", "error"), "warning": ("提示", "warning")}
_ACTIONS = {
    "read": ("识别", "read"), "edit": ("修改", "edit"), "revert": ("恢复识别值", "revert"),
    "undo": ("撤销", "undo"), "redo": ("重做", "redo"), "confirm": ("确认", "confirm"),
    "override": ("覆盖确认", "override"), "reopen": ("重新打开", "reopen"),
    "pair": ("配对背面", "back side paired"), "unpair": ("拆开背面", "back side taken apart"),
}
_AUDIT_COLUMNS = (("时间", "Time"), ("操作", "Action"), ("字段", "Field"), ("原值", "Before"),
                  ("新值", "After"), ("理由", "Reason"), ("说明", "Detail"))
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


def _columns(types: Iterable[str | None], language: str, *, prefix: bool,
             audit: bool = False) -> list[_Column]:
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
    tail = (_WARNINGS, _OVERRIDE, _AUDIT) if audit else (_WARNINGS, _OVERRIDE)
    cols += [_Column(key, header_zh if zh else header_en) for key, header_zh, header_en in tail]
    return cols


def _warnings_text(record: Record, language: str) -> str:
    zh = _zh(language)
    parts: list[str] = []
    if record.error is not None:
        if zh:
            parts.append(f"识别失败：{record.error.text('zh')} [{record.error.code}]")
        else:
            parts.append(f"Failed: {record.error.message} [{record.error.code}]")
    for w in record.warnings:
        if w.severity == INFO:  # a reassurance ("confirmed by the zone"), not a doubt
            continue
        label = _field_label(record, w.field, language)
        message = (w.message_zh or w.message) if zh else w.message
        level = _LEVELS.get(w.severity, (w.severity, w.severity))[0 if zh else 1]
        # a message that already names its field (``Baby's name: not found…``) is not
        # labelled twice
        named = bool(label) and message.startswith((f"{label}:", f"{label}："))
        parts.append(f"[{level}] " + (f"{label}: {message}" if label and not named
                                      else message))
    return ("；" if zh else "; ").join(parts)


def _field_label(record: Record, key: str | None, language: str) -> str:
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    if key and spec is not None and key in spec.keys:
        return spec.field(key).label(language)
    return key or ""


def _problems_text(record: Record, entry: AuditEntry, language: str) -> str:
    """What an override confirmed over, in ``language``: ``Sex: Sex should be M or F.;
    Surname: not looked at`` — field labels and messages, never codes.  An entry from
    before the words were kept (``field: code`` only) takes the record's own warning
    for the code, else says the code."""
    zh = _zh(language)
    problems = list(entry.problems)
    if not problems and entry.detail:
        said = {(w.field, w.code): w for w in record.warnings}
        for part in entry.detail.split("; "):
            key, _sep, code = part.partition(": ")
            if code == NOT_CHECKED:
                problems.append(FieldWarning(key, code, NOT_CHECKED_WORDS[0], "warning",
                                             NOT_CHECKED_WORDS[1]))
            else:
                problems.append(said.get((key, code)) or FieldWarning(key, code, code))
    parts = []
    for w in problems:
        message = (w.message_zh or w.message) if zh else w.message
        label = _field_label(record, w.field, language)
        parts.append((f"{label}：{message}" if zh else f"{label}: {message}") if label
                     else message)
    return ("；" if zh else "; ").join(parts)


def _detail(record: Record, entry: AuditEntry, language: str) -> str:
    if entry.action == "override":
        return _problems_text(record, entry, language)
    return entry.detail or ""


def _audit_rows(record: Record, language: str) -> list[list[str]]:
    """The record's trail, one row per entry: time, action, field, before, after,
    reason, detail (in ``language``: an override's problems in words)."""
    zh = _zh(language)
    return [[a.at, _ACTIONS.get(a.action, (a.action, a.action))[0 if zh else 1],
             _field_label(record, a.field, language), a.before or "", a.after or "",
             a.reason or "", _detail(record, a, language)] for a in record.journal.audit]


def _audit_text(record: Record, language: str) -> str:
    """The trail in one cell: ``time action field: before → after (reason) — problems``."""
    lines = []
    for at, action, label, before, after, reason, detail in _audit_rows(record, language):
        line = f"{at} {action}"
        if label:
            line += f" {label}: {before} → {after}"
        if reason:
            line += f" ({reason})"
            if detail:
                line += f" — {detail}"
        lines.append(line)
    return "\n".join(lines)


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
        spec = DOCUMENT_TYPES.get(record.document_type or "")
        return "" if record.document_type is None else (
            spec.label(language) if spec is not None else record.document_type)
    if col.key == "status":
        return _STATUS_WORDS.get(record.status, (record.status.value,) * 2)[0 if zh else 1]
    if col.key == _OVERRIDE[0]:
        return record.journal.override or ""
    if col.key == _AUDIT[0]:
        return _audit_text(record, language)
    return _warnings_text(record, language)


def _rows(records: Sequence[Record], cols: Sequence[_Column], language: str, *,
          neutralize: bool) -> list[list]:
    """Cell values; text shown as text (undecodable name bytes → ``�``), and
    neutralised against formulas when ``neutralize`` (CSV)."""
    rows = []
    for record in records:
        row = []
        for col in cols:
            value = _cell(record, col, language)
            if isinstance(value, str):
                value = display_path(value)
                if neutralize:
                    value = neutralize_cell(value)
            row.append(value)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- formats

def _csv_bytes(records: Sequence[Record], language: str, delimiter: str = ",",
               audit: bool = False) -> bytes:
    groups = _group(records)
    cols = _columns(groups, language, prefix=len([t for t in groups if t]) > 1, audit=audit)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([c.header for c in cols])
    for row in _rows(records, cols, language, neutralize=True):
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


def _xlsx_bytes(records: Sequence[Record], language: str, audit: bool = False) -> bytes:
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
        for i, row in enumerate(_rows(members, cols, language, neutralize=False), 2):
            for j, value in enumerate(row, 1):
                if isinstance(value, str):
                    # openpyxl refuses control characters OCR sometimes produces.
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    widths[j - 1] = max(widths[j - 1], _display_width(value))
                cell = ws.cell(row=i, column=j, value=value)
                if isinstance(value, str):
                    # openpyxl makes any text starting with "=" a formula; a recognised
                    # value is data: a text cell, shown as it is, never evaluated.
                    cell.data_type = "s"
                if isinstance(value, str) or value is None:
                    cell.number_format = "@"
        for j, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), _MAX_WIDTH)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    if audit:
        _audit_sheet(wb, records, language, used)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _audit_sheet(wb: Any, records: Sequence[Record], language: str, used: set[str]) -> None:
    """The audit trail of every record on a sheet of its own: one row per entry,
    each led by the record's source, page and type (text cells, header frozen)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    zh = _zh(language)
    title = _AUDIT[1] if zh else _AUDIT[2]
    used.add(title)
    ws = wb.create_sheet(title)
    header = [h[0 if zh else 1] for h in ((_FIXED[0][1], _FIXED[0][2]), (_FIXED[1][1],
              _FIXED[1][2]), (_FIXED[2][1], _FIXED[2][2]), *_AUDIT_COLUMNS)]
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for record in records:
        lead = [display_path(record.source), record.page, _cell(record, _Column("document_type", ""),
                                                   language)]
        for row in _audit_rows(record, language):
            values = [neutralize_cell(ILLEGAL_CHARACTERS_RE.sub("", v)) if isinstance(v, str)
                      else v for v in (*lead, *row)]
            ws.append(values)
    for row in ws.iter_rows():
        for cell in row:
            cell.number_format = "@"
    ws.freeze_panes = "A2"


def _json_bytes(records: Sequence[Record], audit: bool = False) -> bytes:
    """The CLI's shape, plus each warning's ``severity`` and the clerk's
    ``override_reason`` (and ``audit`` when asked for)."""
    out = []
    for record in records:
        item = record.to_dict()
        for shown, warning in zip(item["warnings"], record.warnings, strict=True):
            shown["severity"] = warning.severity
        if record.journal.override:
            item["override_reason"] = record.journal.override
        if audit:
            item["audit"] = [a.to_dict() for a in record.journal.audit]
        out.append(item)
    text = json.dumps(out, ensure_ascii=False, indent=2)
    return (display_path(text) + "\n").encode("utf-8")


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
    real_folder = path.parent
    # Shown to the clerk: a name with undecodable bytes is shown with "�" for them.
    folder, name, shown = display_path(real_folder), display_name(path), display_path(path)
    kept_en = f" The previous {name} was not changed." if existed else ""
    kept_zh = f"原有的 {name} 未被改动。" if existed else ""
    detail = f"{type(exc).__name__}: {exc.strerror or exc}"
    if isinstance(exc, FileNotFoundError) and not real_folder.is_dir():
        return ExportError(
            f"The folder {folder} does not exist. Choose another place to save the export.",
            code="export.folder_missing",
            message_zh=f"文件夹 {folder} 不存在，请选择其他保存位置。", detail=detail)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"No permission to write {name} in {folder}: the folder is read-only or "
            f"the file is open in another program (close it in Excel).{kept_en}",
            code="export.permission",
            message_zh=f"没有权限在 {folder} 中写入 {name}：文件夹只读，"
                       f"或文件正被其他程序（如 Excel）打开。{kept_zh}",
            detail=detail, retryable=True)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(
            f"The disk is full: free some space or save to another drive.{kept_en}",
            code="export.disk_full",
            message_zh=f"磁盘已满：请清理空间或保存到其他磁盘。{kept_zh}",
            detail=detail, retryable=True)
    return ExportError(
        f"Could not write {shown}: {exc.strerror or exc}.{kept_en}",
        code="export.failed",
        message_zh=f"无法写入 {shown}：{exc.strerror or exc}。{kept_zh}", detail=detail)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    folder = path.parent
    if path.is_dir():
        shown = display_path(path)
        raise ExportError(f"{shown} is a folder; give a file name for the export.",
                          code="export.failed",
                          message_zh=f"{shown} 是文件夹，请指定导出文件名。")
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

def _delimiter(value: str) -> str:
    """``comma``/``semicolon``/``tab`` or the character itself → the character."""
    char = DELIMITERS.get(value, value)
    if char not in DELIMITERS.values():
        raise ValueError(f"unknown CSV delimiter {value!r}: use one of "
                         f"{', '.join(DELIMITERS)}")
    return char


def render_records(
    records: Iterable[Record],
    fmt: str,
    *,
    language: str = "en",
    confirmed_only: bool = False,
    delimiter: str = ",",
    audit: bool = False,
) -> bytes:
    """The bytes of the export file for ``records`` (what :func:`export_records` writes).

    ``delimiter`` (CSV only): ``,`` ``;`` or tab, or their names ``comma``,
    ``semicolon``, ``tab``.  ``audit`` adds each record's audit trail (a column,
    a second sheet, a list).  Raises ``ValueError`` for an unknown format or delimiter.
    """
    kind = str(fmt).lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    char = _delimiter(delimiter)
    selected = [r for r in records
                if not confirmed_only or r.status is RecordStatus.CONFIRMED]
    if kind == "csv":
        return _csv_bytes(selected, language, char, audit)
    if kind == "xlsx":
        return _xlsx_bytes(selected, language, audit)
    return _json_bytes(selected, audit)


def export_records(
    records: Iterable[Record],
    path: str | os.PathLike[str],
    fmt: str,
    *,
    language: str = "en",
    confirmed_only: bool = False,
    delimiter: str = ",",
    audit: bool = False,
) -> Path:
    """Write ``records`` to ``path`` as ``csv``, ``xlsx`` or ``json``; return the path.

    ``language`` (``en``/``zh``) picks the header labels, type and status names
    and warning messages of the spreadsheets.  ``confirmed_only`` keeps only the
    records a clerk confirmed; ``audit`` adds each record's audit trail.
    ``delimiter`` is CSV's (see :func:`render_records`).
    Raises ``ValueError`` for an unknown format or delimiter and
    :class:`ExportError` (``export.folder_missing``, ``export.permission``,
    ``export.disk_full``, ``export.failed``) when the file cannot be written.
    """
    data = render_records(records, fmt, language=language, confirmed_only=confirmed_only,
                          delimiter=delimiter, audit=audit)
    target = Path(path)
    _atomic_write(target, data)
    return target
