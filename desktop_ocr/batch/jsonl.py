"""JSON Lines output that survives a 10^6-document job, and what ``--resume`` reads back.

Why: one record per line (the ``recognize --format json`` record, plus
``sha256`` of the input file and ``pages`` for a multi-page input) written and
flushed as each document finishes, so a crash, a power cut or Ctrl+C loses
nothing already written.  All lines of one input go out in one write; on
resume a torn last line, or an input whose pages were not all written, is cut
off the end before appending.  Inputs are matched by path as given (as written,
see :func:`done_key`) and content hash, so a file replaced under the same name
is read again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.paths import display_path


def record_lines(records: Iterable[Record], sha256: str) -> bytes:
    """The JSON Lines of one input's records (one line per page)."""
    records = list(records)
    out = []
    for record in records:
        data = record.to_dict()
        data["sha256"] = sha256
        if len(records) > 1:
            data["pages"] = len(records)
        out.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    # A file name that is not valid UTF-8 is written with its undecodable bytes as "�".
    return (display_path("\n".join(out)) + "\n").encode("utf-8")


def done_key(source: str, sha256: str) -> tuple[str, str]:
    """How an input is matched on resume: its source as written, and its content hash.

    Why the written form (:func:`~desktop_ocr.paths.display_path`) on both sides: a
    file name that is not valid UTF-8 is stored with U+FFFD in place of its
    undecodable bytes, so comparing the real name against the stored one would
    never match and such a document would be read and written again on each
    resume.  The hash keeps two damaged names that read alike apart.
    """
    return display_path(source), sha256


def load_done(path: Path) -> dict[tuple[str, str], bool]:
    """Inputs fully written to ``path``: :func:`done_key` → whether any page failed.

    Repairs a torn tail first.  Raises ValueError when the file is not JSON Lines
    written by this command.
    """
    if not path.exists():
        return {}
    _cut_torn_tail(path)
    done: dict[tuple[str, str], bool] = {}
    for line in _lines(path):
        data = json.loads(line)
        if not isinstance(data, dict) or "source" not in data:
            raise ValueError("a line without a record")
        sha256 = str(data.get("sha256") or "")
        if not sha256:
            continue  # not matchable: read again
        key = done_key(str(data["source"]), sha256)
        failed = data.get("error") is not None or data.get("status") == RecordStatus.FAILED.value
        done[key] = failed or done.get(key, False)
    return done


def _lines(path: Path) -> Iterable[bytes]:
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                yield line


def _cut_torn_tail(path: Path) -> None:
    """Drop a last line cut mid-write, then a last input whose pages are incomplete."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb+") as fh:
        # 1. a torn last line: keep up to the last newline
        fh.seek(max(0, size - 1))
        if fh.read(1) != b"\n":
            keep = _last_newline_end(fh, size)
            fh.truncate(keep)
            size = keep
        # 2. the last input's group of lines: all its pages must be there
        start, group = _last_group(fh, size)
        if group:
            first = json.loads(group[0])
            expected = int(first.get("pages") or 1)
            if len(group) < expected:
                fh.truncate(start)


def _last_newline_end(fh: IO[bytes], size: int) -> int:
    pos = size
    block = 1 << 16
    while pos > 0:
        start = max(0, pos - block)
        fh.seek(start)
        chunk = fh.read(pos - start)
        idx = chunk.rfind(b"\n")
        if idx >= 0:
            return start + idx + 1
        pos = start
    return 0


def _last_group(fh: IO[bytes], size: int) -> tuple[int, list[bytes]]:
    """(offset where the last input's lines start, those lines) — reads only the tail."""
    tail_start = max(0, size - (8 << 20))
    fh.seek(tail_start)
    data = fh.read(size - tail_start)
    lines = data.split(b"\n")[:-1]  # the file ends with a newline
    if tail_start > 0 and lines:
        consumed = len(lines[0]) + 1
        lines = lines[1:]  # may be a partial line
        tail_start += consumed
    offsets = []
    pos = tail_start
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    if not lines:
        return size, []
    last = json.loads(lines[-1])
    key = (last.get("source"), last.get("sha256"))
    i = len(lines) - 1
    while i > 0:
        prev = json.loads(lines[i - 1])
        if (prev.get("source"), prev.get("sha256")) != key:
            break
        i -= 1
    return offsets[i], lines[i:]


class JsonlWriter:
    """Append one input's lines at a time, flushed (``-`` = standard output)."""

    def __init__(self, target: str | None) -> None:
        self._own = target not in (None, "-")
        if self._own:
            assert target is not None
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            self._fh: IO[bytes] = open(target, "ab")  # noqa: SIM115 - closed in close()
        else:
            import sys

            self._fh = sys.stdout.buffer
        self.written = 0

    def write(self, records: list[Record], sha256: str) -> None:
        self._fh.write(record_lines(records, sha256))
        self._fh.flush()
        self.written += len(records)

    def close(self) -> None:
        if self._own:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
