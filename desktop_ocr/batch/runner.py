"""Run one ``recognize`` job on workers: ordered results, JSON Lines, resume, progress.

Why a bounded window: a 10^6-document job must not hold 10^6 futures or
records; at most ``4 × workers`` documents are in flight, results are taken in
input order (the head of the window), and each is written before the next is
taken.  Ctrl+C stops submitting, writes what had already finished, and says how
to continue (``--resume``).
"""

from __future__ import annotations

import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from desktop_ocr.batch.jsonl import JsonlWriter, done_key, load_done
from desktop_ocr.batch.worker import Outcome, file_sha256
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.paths import display_path
from desktop_ocr.text_output import count

WINDOW_PER_WORKER = 4


class Executor(Protocol):
    workers: int

    def submit(self, source: str, read_path: str) -> Any: ...

    def close(self, cancel: bool = False) -> None: ...


@dataclass(slots=True)
class JobResult:
    records: list[Record] = field(default_factory=list)  # kept only for json/csv/xlsx
    documents: int = 0  # inputs recognised in this run
    failed: int = 0  # records that failed in this run
    skipped_done: int = 0  # inputs --resume found already written
    interrupted: bool = False


def pending_inputs(files: list[str], output: str | None, resume: bool,
                   err: TextIO) -> tuple[list[str], int]:
    """The inputs still to do (input order) and how many ``--resume`` skipped."""
    if not resume or output in (None, "-"):
        return files, 0
    assert output is not None
    done = load_done(Path(output))
    todo: list[str] = []
    skipped = failed = 0
    for path in files:
        entry = done.get(done_key(path, file_sha256(path))) if done else None
        if entry is not None:
            skipped += 1
            failed += int(entry)
            continue
        todo.append(path)
    if skipped:
        note = (f" ({failed} of them failed; delete their lines to read them again)"
                if failed else "")
        print(f"resume: {count(skipped, 'document')} already in {display_path(output)}{note}",
              file=err)
    return todo, skipped


def run_job(executor: Executor, files: list[str], *, fmt: str, output: str | None,
            keep_records: bool, progress: Any, err: TextIO = sys.stderr,
            verbose: bool = False) -> JobResult:
    """Recognise ``files`` on ``executor`` in input order; JSON Lines written as they come.

    At most ``WINDOW_PER_WORKER × workers`` documents are in flight; the head of
    the window is waited for, written, then the window is topped up.
    """
    result = JobResult()
    writer = JsonlWriter(output) if fmt == "jsonl" else None
    window: deque[tuple[str, Any]] = deque()
    # In-process (--jobs 1) a document is written as soon as it is read.
    limit = 1 if getattr(executor, "inline", False) else WINDOW_PER_WORKER * executor.workers
    pending = iter(files)
    try:
        while True:
            while len(window) < limit:
                path = next(pending, None)
                if path is None:
                    break
                window.append((path, executor.submit(path, path)))
            if not window:
                break
            outcome: Outcome = window[0][1].result()
            window.popleft()
            _take(outcome, result, writer, keep_records, err, verbose)
            progress.update(1)
    except KeyboardInterrupt:
        result.interrupted = True
        # What already finished is written too (out of order: --resume matches by
        # path and hash, not position); nothing else is waited for.
        for _path, future in window:
            if _done(future):
                _take(future.result(), result, writer, keep_records, err, verbose)
        executor.close(cancel=True)
    finally:
        if writer is not None:
            writer.close()
        progress.close()
    return result


def _done(future: Any) -> bool:
    try:
        return bool(future.done()) and not future.cancelled() and future.exception() is None
    except Exception:
        return False


def _take(outcome: Outcome, result: JobResult, writer: JsonlWriter | None,
          keep_records: bool, err: TextIO, verbose: bool) -> None:
    result.documents += 1
    source = display_path(outcome.source)
    for record in outcome.records:
        if record.status is RecordStatus.FAILED:
            result.failed += 1
            if record.error is not None:
                print(f"{source}: failed: {record.error.message} "
                      f"[{record.error.code}]", file=err)
        elif verbose:
            filled = sum(1 for f in record.fields.values() if f.value)
            print(f"{source}: {record.document_type}, {count(filled, 'field')}",
                  file=err)
    if writer is not None:
        writer.write(outcome.records, outcome.sha256)
    if keep_records:
        result.records.extend(outcome.records)


class NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, err: TextIO, initial: int = 0) -> Any:
    """tqdm's bar (rate, ETA) on a terminal; nothing when stderr is a file or pipe."""
    if not err.isatty():
        return NoProgress()
    from tqdm import tqdm

    return tqdm(total=total + initial, initial=initial, unit="doc", file=err,
                dynamic_ncols=True, smoothing=0.05)
