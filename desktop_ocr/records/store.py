"""The record store: every recognised record and every clerk's edit, on disk as it happens.

Why: clerks process hundreds of documents a day; a crash, a power cut or a
killed process must never cost them a confirmed edit.  So each ``add``,
``update``, ``update_field`` and ``set_status`` is its own committed SQLite
transaction (WAL journal, ``synchronous=FULL``: the commit is fsynced before
the call returns, see docs/adr/0070-record-store-durability.md).

The queue the clerk sees is the set of records not yet archived, in insertion
order, so after a restart the app shows the same list, statuses and edits, and
can offer to resume the records whose recognition never finished.  Archived
records stay searchable in the history view until the retention purge removes
them.  The store keeps a *reference* to the source file, never a copy of the
image (an optional cached copy, if a caller makes one, is deleted by purge).

One connection is shared by every thread of the process behind a lock; SQLite
serialises other processes (the CLI next to the GUI) with its file locks and a
busy timeout.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_ocr import paths
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.documents.validate import validate_record
from desktop_ocr.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_FILENAME = "records.sqlite3"
#: Status kept only in the store's column while a worker reads the document; the
#: record's own data keeps its previous status (and reading) until the new one is saved.
RECOGNIZING = RecordStatus.RECOGNIZING
UNFINISHED_STATUSES = (RecordStatus.QUEUED.value, RecordStatus.RECOGNIZING.value)
BUSY_TIMEOUT_MS = 10_000

Migration = Callable[[sqlite3.Connection], None]


# --------------------------------------------------------------------------- schema


def _migration_1(conn: sqlite3.Connection) -> None:
    """The first schema: one row per record, the whole record as JSON."""
    conn.execute(
        """
        CREATE TABLE records (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at    REAL NOT NULL,
            updated_at    REAL NOT NULL,
            document_type TEXT,
            status        TEXT NOT NULL,
            source        TEXT NOT NULL,
            data          TEXT NOT NULL
        )
        """
    )


def _stored_records(conn: sqlite3.Connection) -> Iterator[tuple[int, Record]]:
    """Every stored record a migration can read (one it cannot is left as it is)."""
    for row_id, data in conn.execute("SELECT id, data FROM records").fetchall():
        try:
            yield row_id, _record_from_json(data)
        except (ValueError, KeyError, TypeError):
            continue


def _migration_2(conn: sqlite3.Connection) -> None:
    """History view and retention: archive flag, search text, cached copy, indexes."""
    conn.execute("ALTER TABLE records ADD COLUMN archived INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE records ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE records ADD COLUMN image_copy TEXT")
    for row_id, record in _stored_records(conn):
        conn.execute(
            "UPDATE records SET search_text = ? WHERE id = ?", (_search_text(record), row_id)
        )
    conn.execute("CREATE INDEX idx_records_queue ON records (archived, id)")
    conn.execute("CREATE INDEX idx_records_created ON records (created_at)")
    conn.execute("CREATE INDEX idx_records_type ON records (document_type)")
    conn.execute("CREATE INDEX idx_records_status ON records (status)")


def _migration_3(conn: sqlite3.Connection) -> None:
    """Warnings keep their origin: find the backend's among those stored before.

    Rows written before schema 3 lost ``FieldWarning.origin``, so a backend's
    warning read back as a validation warning and vanished at the next edit.  A
    stored warning that validation does not give again can only have come from
    the backend: it is marked so (the rule the form used, applied once here).
    """
    for row_id, record in _stored_records(conn):
        if not record.warnings or record.document_type not in DOCUMENT_TYPES:
            continue  # nothing to mark, or a type this version cannot validate
        fresh = validate_record(record)
        record.warnings = [w if w in fresh else replace(w, origin="backend")
                           for w in record.warnings]
        conn.execute("UPDATE records SET data = ? WHERE id = ?",
                     (_record_to_json(record), row_id))


def _migration_4(conn: sqlite3.Connection) -> None:
    """The file's content digest as a column: "was this document confirmed before?"
    is one indexed query, also for archived records (the history)."""
    conn.execute("ALTER TABLE records ADD COLUMN digest TEXT")
    for row_id, record in _stored_records(conn):
        if record.digest:
            conn.execute("UPDATE records SET digest = ? WHERE id = ?", (record.digest, row_id))
    conn.execute("CREATE INDEX idx_records_digest ON records (digest)")


#: Append only; ``PRAGMA user_version`` is the number of migrations applied.
MIGRATIONS: tuple[Migration, ...] = (_migration_1, _migration_2, _migration_3, _migration_4)
SCHEMA_VERSION = len(MIGRATIONS)


# --------------------------------------------------------------------------- serialisation


def _record_to_json(record: Record) -> str:
    """Everything the record holds: the complete form of :meth:`Record.to_dict`."""
    # A file name that is not valid UTF-8 keeps its exact bytes (as \udcXX escapes):
    # SQLite takes only valid UTF-8, and the path must still open the file later.
    return paths.escape_undecodable_json(
        json.dumps(record.to_dict(complete=True), ensure_ascii=False, separators=(",", ":")))


def _record_from_json(text: str, record_id: int | None = None) -> Record:
    record = Record.from_dict(json.loads(text), known_types_only=False)
    record.id = record_id
    return record


def _compact(text: str) -> str:
    """Lower case without spaces, hyphens, dots and slashes, so ``GHA 123456789 1``
    finds ``GHA-123456789-1`` and ``01.02.2020`` finds ``01/02/2020``."""
    return "".join(ch for ch in text.lower() if ch not in " \t-./_\u3000")


def _search_text(record: Record) -> str:
    """What the history search looks through: every field value and the file name."""
    values = [fv.value for fv in record.fields.values() if fv.value]
    values.append(paths.display_name(record.source))
    if record.document_type:
        values.append(record.document_type)
    plain = "\n".join(v.lower() for v in values)
    compact = "\n".join(_compact(v) for v in values)
    return plain + "\n" + compact


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day_start(value: date | datetime | str) -> float:
    """Local midnight of a day as a UNIX timestamp."""
    if isinstance(value, str):
        value = date.fromisoformat(value.strip()[:10])
    if isinstance(value, datetime):
        value = value.date()
    return datetime(value.year, value.month, value.day).timestamp()


# --------------------------------------------------------------------------- store


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record with what the store knows about it (for the history view)."""

    record: Record
    created_at: datetime
    updated_at: datetime
    archived: bool
    stored_status: RecordStatus  # the status column: RECOGNIZING while being read


def default_path() -> Path:
    return paths.data_dir() / DEFAULT_FILENAME


class RecordStore:
    """SQLite-backed queue and history of records.

    ``recover`` decides what happens when the file is not a readable database:
    with ``True`` (the default, what the app wants) the damaged file is moved
    aside with a timestamp, a fresh store is started and ``recovery_notice``
    holds a :class:`StoreError` naming the moved file for the GUI to show; with
    ``False`` the :class:`StoreError` is raised.  The damaged file is never
    deleted.
    """

    def __init__(self, path: str | Path | None = None, *, recover: bool = True) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.recovery_notice: StoreError | None = None
        self.moved_aside: Path | None = None
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for the record store: {self.path.parent}",
                code="store.open_failed",
                message_zh=f"无法创建记录库所在的文件夹：{self.path.parent}",
                detail=str(exc),
            ) from exc
        try:
            self._conn = self._open()
        except StoreError as exc:
            if exc.code != "store.corrupt" or not recover:
                raise
            self.moved_aside = self._move_aside()
            self.recovery_notice = StoreError(
                "The record store was damaged and could not be read. It was kept as "
                f"{self.moved_aside} and a new, empty store was started.",
                code="store.corrupt",
                message_zh=(
                    f"记录库已损坏，无法读取。原文件已保存为 {self.moved_aside}，"
                    "并已新建一个空的记录库。"
                ),
                detail=exc.detail,
            )
            log.error("record store damaged, moved aside to %s: %s", self.moved_aside, exc.detail)
            self._conn = self._open()

    # ---------------------------------------------------------------- opening

    def _open(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # autocommit; transactions are explicit
                check_same_thread=False,  # shared by the GUI and worker threads, under a lock
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("record store: WAL journal not available (%s)", mode)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Deleted rows (purge) are overwritten with zeros, not left in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            self._migrate(conn)
            return conn
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.OperationalError) and not _looks_corrupt(exc):
                raise StoreError(
                    f"Cannot open the record store {self.path}: {exc}",
                    code="store.open_failed",
                    message_zh=f"无法打开记录库 {self.path}：{exc}",
                    retryable=True,
                    detail=str(exc),
                ) from exc
            raise StoreError(
                f"The record store {self.path} is damaged or is not a database.",
                code="store.corrupt",
                message_zh=f"记录库 {self.path} 已损坏或不是数据库文件。",
                detail=str(exc),
            ) from exc
        except StoreError:
            if conn is not None:
                conn.close()
            raise

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The record store {self.path} was written by a newer version of the app "
                f"(schema {version}, this version knows {SCHEMA_VERSION}). Update the app.",
                code="store.too_new",
                message_zh=f"记录库 {self.path} 由更新版本的程序创建，请升级本程序。",
            )
        for number in range(version, SCHEMA_VERSION):
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[number](conn)
                conn.execute(f"PRAGMA user_version = {number + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            log.info("record store migrated to schema %d", number + 1)

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        n = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{n}{self.path.suffix}")
            n += 1
        self.path.replace(target)
        for extra in ("-wal", "-shm", "-journal"):
            side = Path(str(self.path) + extra)
            if side.exists():
                side.replace(Path(str(target) + extra))
        return target

    # ---------------------------------------------------------------- plumbing

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(
                "The record store is closed.",
                code="store.closed",
                message_zh="记录库已关闭。",
            )
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; any SQLite failure becomes a StoreError."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise _store_error(exc, self.path, writing=True) from exc

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self.conn
            except sqlite3.Error as exc:
                raise _store_error(exc, self.path, writing=False) from exc

    def _load(self, conn: sqlite3.Connection, record_id: int) -> Record:
        row = conn.execute("SELECT data FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise _not_found(record_id)
        return _record_from_json(row[0], record_id)

    def _save(self, conn: sqlite3.Connection, record: Record, status: str | None = None) -> None:
        cur = conn.execute(
            "UPDATE records SET updated_at = ?, document_type = ?, status = ?, source = ?, "
            "data = ?, search_text = ?, digest = ? WHERE id = ?",
            (
                time.time(),
                record.document_type,
                status or RecordStatus(record.status).value,
                paths.display_path(record.source),
                _record_to_json(record),
                _search_text(record),
                record.digest,
                record.id,
            ),
        )
        if cur.rowcount != 1:
            raise _not_found(record.id)

    # ---------------------------------------------------------------- writing

    def add(self, record: Record) -> int:
        """Store a new record at the end of the queue; sets and returns ``record.id``."""
        now = time.time()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO records (created_at, updated_at, document_type, status, source, "
                "data, search_text, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    now,
                    record.document_type,
                    RecordStatus(record.status).value,
                    paths.display_path(record.source),
                    _record_to_json(record),
                    _search_text(record),
                    record.digest,
                ),
            )
            record_id = int(cur.lastrowid or 0)
        record.id = record_id
        return record_id

    def add_many(self, records: Iterable[Record]) -> list[int]:
        """Queue a whole drop of files in one transaction (one fsync, not hundreds)."""
        now = time.time()
        ids: list[int] = []
        items = list(records)
        with self._write() as conn:
            for record in items:
                cur = conn.execute(
                    "INSERT INTO records (created_at, updated_at, document_type, status, source, "
                    "data, search_text, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (now, now, record.document_type, RecordStatus(record.status).value,
                     paths.display_path(record.source), _record_to_json(record),
                     _search_text(record), record.digest),
                )
                ids.append(int(cur.lastrowid or 0))
        for record, record_id in zip(items, ids, strict=True):
            record.id = record_id
        return ids

    def update(self, record: Record) -> None:
        """Replace the stored record (fields, warnings, status, error) by ``record``."""
        if record.id is None:
            raise StoreError(
                "This record was never stored; use add() first.",
                code="store.not_stored",
                message_zh="该记录尚未保存。",
            )
        with self._write() as conn:
            self._save(conn, record)

    def update_field(self, record_id: int, key: str, value: str) -> Record:
        """A clerk's edit, committed to disk before this returns; returns the new record."""
        with self._write() as conn:
            record = self._load(conn, record_id)
            record.set_value(key, value)
            self._save(conn, record)
        return record

    def set_status(self, record_id: int, status: RecordStatus | str) -> None:
        """Change the status; ``RECOGNIZING`` marks (in the status column only) a
        record a worker is reading."""
        status = RecordStatus(status)  # ValueError for an unknown status
        with self._write() as conn:
            record = self._load(conn, record_id)
            if status is not RecordStatus.RECOGNIZING:
                record.status = status
            self._save(conn, record, status.value)

    def archive(self, ids: Iterable[int]) -> int:
        """Take records out of the queue; they stay in the history. Returns how many."""
        id_list = [int(i) for i in ids]
        if not id_list:
            return 0
        with self._write() as conn:
            cur = conn.executemany(
                "UPDATE records SET archived = 1, updated_at = ? WHERE id = ? AND archived = 0",
                [(time.time(), i) for i in id_list],
            )
            return max(cur.rowcount, 0)

    def unarchive(self, ids: Iterable[int]) -> int:
        """Put archived records back in the queue (the clerk undid a removal, or opened
        a record from the history). Returns how many."""
        id_list = [int(i) for i in ids]
        if not id_list:
            return 0
        with self._write() as conn:
            cur = conn.executemany(
                "UPDATE records SET archived = 0, updated_at = ? WHERE id = ? AND archived = 1",
                [(time.time(), i) for i in id_list],
            )
            return max(cur.rowcount, 0)

    def attach_image_copy(self, record_id: int, copy_path: str | Path) -> None:
        """Remember a cached copy of the image (only if a caller made one on request),
        so the retention purge deletes it with the record."""
        with self._write() as conn:
            conn.execute(
                "UPDATE records SET image_copy = ? WHERE id = ?", (str(copy_path), record_id)
            )

    def purge_older_than(self, days: float) -> int:
        """Delete records created more than ``days`` ago, queue or history, with any
        cached image copy; returns how many.  The rows are zeroed on disk
        (``secure_delete``) and the WAL is checkpointed so no copy lingers there."""
        if days < 0:
            raise ValueError("days must be zero or more")
        cutoff = time.time() - days * 86400
        with self._write() as conn:
            copies = [
                row[0]
                for row in conn.execute(
                    "SELECT image_copy FROM records WHERE created_at < ? "
                    "AND image_copy IS NOT NULL",
                    (cutoff,),
                )
            ]
            cur = conn.execute("DELETE FROM records WHERE created_at < ?", (cutoff,))
            removed = max(cur.rowcount, 0)
        for copy in copies:
            try:
                Path(copy).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not delete a cached image copy: %s", exc)
        if removed:
            with self._read() as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("purged %d record(s) older than %s day(s)", removed, days)
        return removed

    # ---------------------------------------------------------------- reading

    def get(self, record_id: int) -> Record:
        with self._read() as conn:
            return self._load(conn, record_id)

    def _records(self, sql: str, params: Iterable[Any] = ()) -> list[Record]:
        with self._read() as conn:
            rows = conn.execute(sql, tuple(params)).fetchall()
        return [_record_from_json(data, row_id) for row_id, data in rows]

    def queue(self) -> list[Record]:
        """The current session's records (not archived), oldest first, any status."""
        return self._records("SELECT id, data FROM records WHERE archived = 0 ORDER BY id")

    def unfinished(self) -> list[Record]:
        """Queued records whose recognition never finished (offer to resume them)."""
        return self._records(
            "SELECT id, data FROM records WHERE archived = 0 AND status IN (?, ?) ORDER BY id",
            UNFINISHED_STATUSES,
        )

    def confirmed_digests(self, digests: Iterable[str]) -> set[str]:
        """Those of ``digests`` (file content SHA-256) whose document was confirmed
        before, in the queue or the history."""
        wanted = sorted({d for d in digests if d})
        found: set[str] = set()
        with self._read() as conn:
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT DISTINCT digest FROM records WHERE status = ? AND digest IN ({marks})",
                    (RecordStatus.CONFIRMED.value, *chunk)).fetchall()
                found.update(row[0] for row in rows)
        return found

    def stored_status(self, record_id: int) -> RecordStatus:
        """The status column: the record's status, or ``RECOGNIZING`` while being read."""
        with self._read() as conn:
            row = conn.execute("SELECT status FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise _not_found(record_id)
        return RecordStatus(row[0])

    def search_entries(
        self,
        text: str = "",
        document_type: str | None = None,
        date_from: date | datetime | str | None = None,
        date_to: date | datetime | str | None = None,
        limit: int = 500,
        *,
        include_queue: bool = True,
    ) -> list[StoredRecord]:
        """History search, newest first.

        ``text`` is split on white space; every word must occur in some field
        value or the file name (case-insensitive, also ignoring spaces/hyphens/
        dots, so an ID typed without separators is found).  ``date_from`` and
        ``date_to`` are inclusive local days on which the record was recognised.
        """
        where: list[str] = []
        params: list[Any] = []
        for word in text.split():
            plain = "%" + _like_escape(word.lower()) + "%"
            compact = "%" + _like_escape(_compact(word)) + "%"
            where.append("(search_text LIKE ? ESCAPE '\\' OR search_text LIKE ? ESCAPE '\\')")
            params += [plain, compact]
        if document_type:
            where.append("document_type = ?")
            params.append(document_type)
        if date_from is not None:
            where.append("created_at >= ?")
            params.append(_day_start(date_from))
        if date_to is not None:
            where.append("created_at < ?")
            end = date.fromisoformat(date_to[:10]) if isinstance(date_to, str) else date_to
            if isinstance(end, datetime):
                end = end.date()
            params.append(_day_start(end + timedelta(days=1)))
        if not include_queue:
            where.append("archived = 1")
        sql = "SELECT id, data, created_at, updated_at, archived, status FROM records"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(int(limit))
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            StoredRecord(
                record=_record_from_json(data, row_id),
                created_at=datetime.fromtimestamp(created),
                updated_at=datetime.fromtimestamp(updated),
                archived=bool(archived),
                stored_status=RecordStatus(status),
            )
            for row_id, data, created, updated, archived, status in rows
        ]

    def search(
        self,
        text: str = "",
        document_type: str | None = None,
        date_from: date | datetime | str | None = None,
        date_to: date | datetime | str | None = None,
        limit: int = 500,
    ) -> list[Record]:
        """Records for the history view (see :meth:`search_entries`)."""
        return [
            e.record
            for e in self.search_entries(text, document_type, date_from, date_to, limit)
        ]

    def count(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    # ---------------------------------------------------------------- closing

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close (safe to call twice)."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                log.warning("record store checkpoint on close failed: %s", exc)
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_found(record_id: int | None) -> StoreError:
    return StoreError(
        f"Record {record_id} is not in the store (it may have been purged).",
        code="store.not_found",
        message_zh=f"记录 {record_id} 不存在（可能已被清除）。",
    )


def _looks_corrupt(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(
        marker in text
        for marker in ("malformed", "not a database", "file is encrypted", "corrupt")
    )


def _store_error(exc: sqlite3.Error, path: Path, *, writing: bool) -> StoreError:
    text = str(exc).lower()
    if _looks_corrupt(exc):
        return StoreError(
            f"The record store {path} is damaged. Restart the app to recover it.",
            code="store.corrupt",
            message_zh=f"记录库 {path} 已损坏，请重新启动程序以恢复。",
            detail=str(exc),
        )
    if "full" in text:
        return StoreError(
            "The disk is full: the change could not be saved. Free some space and try again.",
            code="store.disk_full",
            message_zh="磁盘已满，更改未能保存。请释放空间后重试。",
            retryable=True,
            detail=str(exc),
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            "The record store is busy (another copy of the app?). Try again.",
            code="store.busy",
            message_zh="记录库正忙（是否打开了另一个程序窗口？），请重试。",
            retryable=True,
            detail=str(exc),
        )
    action = "saved" if writing else "read"
    return StoreError(
        f"The record store could not be {action}: {exc}",
        code="store.write_failed" if writing else "store.read_failed",
        message_zh="记录库无法写入。" if writing else "记录库无法读取。",
        retryable=True,
        detail=str(exc),
    )
