"""Faults and bad inputs: what was tried, what was handled cleanly, what survived.

Run:  .venv/bin/python bench/faults.py            (about a minute on 2 cores)
      .venv/bin/python bench/faults.py --quick    (fewer kill rounds)

Prints three tables (quoted in the issue's closing note):

1. edits made / edits recovered after SIGKILL — a child process behaves like the
   app mid-batch (queue a document, mark it recognising, store the recognised
   fields, a clerk edits fields) and is killed with SIGKILL at a random moment,
   possibly inside a write.  "Made" counts the edits whose store call had
   returned (reported on stdout after the commit); "recovered" those found
   after reopening the store.  Also the time one committed edit takes.
2. bad inputs tried / handled cleanly — each bad file is loaded by
   ``desktop_ocr.imaging.load.load_pages`` in a fresh process (so the peak
   memory is that file's alone).  Clean = it loads when it should, or raises an
   ``ImageError`` with a code and a message, within a bounded memory.  Two rows run
   the real command line instead, because the fault is in its output: a folder
   holding a file whose name is GBK bytes (not UTF-8) exported to JSON, CSV and XLSX,
   and standard output in a foreign code page (``PYTHONIOENCODING=cp1252``, as on
   Windows with a Western code page).  Clean = no traceback, every output valid UTF-8
   (the workbook opens), every record there, the bad name bytes shown as ``�``.
3. faults injected / survived — store and secret-store faults (disk full on an
   edit, damaged store file, keyring failing); the loopback vendor-server faults
   are added by the cloud tests when they exist.

All files are generated in a temporary folder and deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import textwrap
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Peak RSS above which a bad input counts as an unbounded memory spike.
MEMORY_LIMIT_MB = 1500

# --------------------------------------------------------------------------- 1. SIGKILL

CHILD = textwrap.dedent(
    """
    import sys
    from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
    from desktop_ocr.records.store import RecordStore

    store = RecordStore(sys.argv[1])
    i = 0
    while True:
        record = Record.empty(f"/scans/batch {i}.jpg", "birth_certificate", backend="offline")
        rid = store.add(record)
        print("ADD", rid, flush=True)
        store.set_status(rid, "recognizing")
        record.fields["babyName"] = FieldValue(f"Recognised{i}", 0.8)
        record.fields["motherID"] = FieldValue("330106199001011234", 0.9)
        record.status = RecordStatus.RECOGNIZED
        store.update(record)
        print("DONE", rid, flush=True)
        for j, key in enumerate(("babyName", "motherName", "fatherName", "hospital")):
            value = f"Edit{i}.{j}"
            store.update_field(rid, key, value)
            print("EDIT", rid, key, value, flush=True)
        i += 1
    """
)


@dataclass
class KillRound:
    edits_made: int
    edits_recovered: int
    finished_made: int
    finished_recovered: int
    queued_made: int
    queued_recovered: int


def kill_round(db: Path, rng: random.Random, max_edits: int) -> KillRound:
    from desktop_ocr.documents.record import RecordStatus
    from desktop_ocr.records.store import RecordStore

    target = rng.randint(3, max_edits)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout is not None
    lines: list[list[str]] = []
    edits = 0
    try:
        for line in proc.stdout:
            parts = line.split()
            lines.append(parts)
            edits += parts[0] == "EDIT"
            if edits >= target:
                # land the kill at a random point, often inside the next write
                time.sleep(rng.random() * 0.01)
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with RecordStore(db) as store:
        queue = {r.id: r for r in store.queue()}
    edits_made = [p for p in lines if p[0] == "EDIT"]
    finished = [int(p[1]) for p in lines if p[0] == "DONE"]
    queued = [int(p[1]) for p in lines if p[0] == "ADD"]
    recovered = 0
    for _, rid, key, value in edits_made:
        record = queue.get(int(rid))
        if record is None:
            continue
        current = record.value(key)
        if record.fields[key].edited and current.startswith("Edit") and (
            _order(current) >= _order(value)
        ):
            recovered += 1
    finished_ok = sum(
        1
        for rid in finished
        if rid in queue and queue[rid].status in (RecordStatus.RECOGNIZED, RecordStatus.EDITED)
    )
    return KillRound(len(edits_made), recovered, len(finished), finished_ok,
                     len(queued), sum(1 for rid in queued if rid in queue))


def _order(value: str) -> tuple[int, int]:
    a, b = value.removeprefix("Edit").split(".")
    return int(a), int(b)


def edit_latency(db: Path, n: int = 200) -> tuple[float, float]:
    """Mean and p95 milliseconds for one committed (fsynced) field edit."""
    from desktop_ocr.documents.record import Record
    from desktop_ocr.records.store import RecordStore

    with RecordStore(db) as store:
        rid = store.add(Record.empty("/scans/x.jpg", "ghana_card"))
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            store.update_field(rid, "surname", f"Name{i}")
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return sum(times) / n, times[int(n * 0.95)]


def bench_sigkill(rounds: int, max_edits: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    totals = KillRound(0, 0, 0, 0, 0, 0)
    with tempfile.TemporaryDirectory(prefix="faults-kill-") as tmp:
        for r in range(rounds):
            # half the rounds reuse one store: kills on top of earlier kills
            db = Path(tmp) / ("shared.sqlite3" if r % 2 else f"round{r}.sqlite3")
            one = kill_round(db, rng, max_edits)
            for field in vars(totals):
                setattr(totals, field, getattr(totals, field) + getattr(one, field))
        mean, p95 = edit_latency(Path(tmp) / "latency.sqlite3")
    return [
        f"SIGKILL rounds: {rounds} (kill after a random 3..{max_edits} edits, random delay)",
        f"  edits made / edits recovered after SIGKILL:  {totals.edits_made} / "
        f"{totals.edits_recovered}",
        f"  finished records / recovered:                {totals.finished_made} / "
        f"{totals.finished_recovered}",
        f"  queued documents / still in the queue:       {totals.queued_made} / "
        f"{totals.queued_recovered}",
        f"  one committed edit (WAL, synchronous=FULL):  mean {mean:.2f} ms, p95 {p95:.2f} ms"
        f"  (folder {tempfile.gettempdir()})",
    ]


# --------------------------------------------------------------------------- 2. bad inputs


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def write_png_bomb(path: Path, side: int = 30000) -> None:
    """A complete, valid 30000×30000 1-bit PNG (a few hundred kB, 900 MP declared)."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    comp = zlib.compressobj(9)
    body = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
                     + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b""))


def _small_jpeg(path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 400), "white")
    ImageDraw.Draw(image).text((40, 40), "GHANA CARD  SURNAME  MENSAH", fill="black")
    image.save(path, "JPEG", quality=90)


def make_bad_inputs(folder: Path) -> list[tuple[str, Path, bool]]:
    """(label, path, should_load) for every bad input we can generate here."""
    import pypdfium2 as pdfium

    cases: list[tuple[str, Path, bool]] = []
    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    cases.append(("0-byte file", empty, False))

    good = folder / "good.jpg"
    _small_jpeg(good)
    truncated = folder / "truncated.jpg"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    cases.append(("truncated JPEG", truncated, False))

    text = folder / "notes.jpg"
    text.write_text("This is a text file renamed to .jpg\n" * 20, encoding="utf-8")
    cases.append(("text file renamed .jpg", text, False))

    bomb = folder / "bomb.png"
    write_png_bomb(bomb)
    cases.append(("30000x30000 PNG", bomb, False))

    pdf = pdfium.PdfDocument.new()
    for _ in range(300):
        pdf.new_page(595, 842)
    long_pdf = folder / "300 pages.pdf"
    pdf.save(long_pdf)
    pdf.close()
    cases.append(("300-page PDF", long_pdf, False))

    try:
        from pypdf import PdfWriter
    except ImportError:  # optional: only used to make this one input
        PdfWriter = None
    if PdfWriter is not None:
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.encrypt("open-sesame")
        encrypted = folder / "encrypted.pdf"
        with encrypted.open("wb") as fh:
            writer.write(fh)
        cases.append(("encrypted PDF", encrypted, False))

    cases.append(("missing file", folder / "deleted after drop.jpg", False))

    chinese = folder / "扫描 件" / "出生 医学证明 1.jpg"
    chinese.parent.mkdir()
    _small_jpeg(chinese)
    cases.append(("Chinese path with spaces", chinese, True))

    gbk = gbk_named_file(folder / "unzipped")
    if gbk is not None:
        cases.append(("GBK (non-UTF-8) file name", gbk, True))
    return cases


#: A name as a zip made on a Chinese Windows machine unpacks it on Linux: GBK bytes.
GBK_NAME = "出生医学证明".encode("gbk") + b".jpg"


def gbk_named_file(folder: Path) -> Path | None:
    """A JPEG whose name is GBK bytes (a str with PEP 383 surrogates), or None where the
    file system refuses names that are not UTF-8 (macOS, Windows)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / os.fsdecode(GBK_NAME)
    try:
        _small_jpeg(path)
    except (OSError, UnicodeEncodeError):
        return None
    return path


def _cli(args: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[bytes], float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "desktop_ocr", "recognize", *args],
                          capture_output=True, cwd=ROOT, timeout=600,
                          env={**os.environ, **(env or {})})
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return proc, (time.perf_counter() - t0) * 1000, peak


def cli_gbk_folder(tmp: Path) -> tuple[bool, str, float, float]:
    """recognize FOLDER -o .json/.csv/.xlsx with a GBK-named file in the folder."""
    import csv
    import io

    from openpyxl import load_workbook

    folder = tmp / "gbk folder"
    if gbk_named_file(folder) is None:
        return False, "file system refuses non-UTF-8 names", 0.0, 0.0
    _small_jpeg(folder / "ok.jpg")
    ok, ms, peak, notes = True, 0.0, 0.0, []
    for fmt in ("json", "csv", "xlsx"):
        out = tmp / f"out.{fmt}"
        proc, t, p = _cli(["--type", "ghana_card", "--format", fmt, "-o", str(out), str(folder)])
        ms, peak = ms + t, max(peak, p)
        if b"Traceback" in proc.stderr or not out.exists():
            ok = False
            notes.append(f"{fmt}: exit {proc.returncode}")
            continue
        try:
            if fmt == "json":
                sources = [r["source"] for r in json.loads(out.read_bytes().decode("utf-8"))]
            elif fmt == "csv":
                rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
                sources = [row[0] for row in rows[1:]]
            else:
                sheet = load_workbook(out).worksheets[0]
                sources = [row[0].value for row in sheet.iter_rows(min_row=2)]
        except (UnicodeDecodeError, ValueError, KeyError, OSError) as exc:
            ok = False
            notes.append(f"{fmt}: {type(exc).__name__}")
            continue
        if len(sources) != 2 or not any("\ufffd" in s for s in sources):
            ok = False
            notes.append(f"{fmt}: {len(sources)} records")
    return ok, ", ".join(notes) or "json, csv, xlsx valid UTF-8, name shown with �", ms, peak


def cli_foreign_code_page(tmp: Path, encoding: str = "cp1252") -> tuple[bool, str, float, float]:
    """recognize FILE > out.json with standard output in a code page without Chinese."""
    doc = tmp / "扫描 件" / "出生 医学证明.jpg"
    doc.parent.mkdir(parents=True, exist_ok=True)
    _small_jpeg(doc)
    proc, ms, peak = _cli(["--type", "ghana_card", str(doc)], env={"PYTHONIOENCODING": encoding})
    if b"Traceback" in proc.stderr:
        return False, f"traceback after {len(proc.stdout)} bytes", ms, peak
    try:
        records = json.loads(proc.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, f"{len(proc.stdout)} bytes, not UTF-8 JSON", ms, peak
    ok = len(records) == 1 and records[0]["source"] == str(doc)
    return ok, f"{len(proc.stdout)} bytes of UTF-8 JSON", ms, peak


def load_case(path: str) -> dict[str, object]:
    """Runs in the child: load one file, report outcome, time and peak memory."""
    from desktop_ocr.errors import ImageError
    from desktop_ocr.imaging.load import load_pages

    t0 = time.perf_counter()
    out: dict[str, object] = {}
    try:
        pages = load_pages(path)
        out.update(outcome="loaded", pages=len(pages))
    except ImageError as exc:
        out.update(outcome="error", code=exc.code, message=exc.message,
                   message_zh=exc.message_zh)
    except BaseException as exc:
        out.update(outcome="crash", code=type(exc).__name__, message=str(exc)[:200])
    out["ms"] = (time.perf_counter() - t0) * 1000
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def bench_bad_inputs() -> tuple[list[str], int, int]:
    try:
        import desktop_ocr.imaging.load  # noqa: F401
    except ImportError:
        return ["bad inputs: desktop_ocr.imaging.load does not exist yet"], 0, 0
    rows = []
    clean = 0
    with tempfile.TemporaryDirectory(prefix="faults-inputs-") as tmp:
        cases = make_bad_inputs(Path(tmp))
        for label, path, should_load in cases:
            proc = subprocess.run(
                [sys.executable, __file__, "--load-case", str(path)],
                capture_output=True, text=True, cwd=ROOT, timeout=300,
            )
            try:
                result = json.loads(proc.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                result = {"outcome": "crash", "code": f"exit {proc.returncode}",
                          "message": proc.stderr[-200:], "ms": 0.0, "peak_mb": 0.0}
            ok = (
                (result["outcome"] == "loaded") == should_load
                and result["outcome"] != "crash"
                and (should_load or bool(result.get("code") and result.get("message")))
                and float(result["peak_mb"]) < MEMORY_LIMIT_MB
            )
            clean += ok
            what = (f"loaded {result.get('pages')} page(s)" if result["outcome"] == "loaded"
                    else str(result.get("code")))
            rows.append(f"  {label:<26} {what:<30} {float(result['ms']):>8.0f} "
                        f"{float(result['peak_mb']):>8.0f}  {'yes' if ok else 'NO'}")
            if result["outcome"] != "loaded":
                rows.append(f"  {'':<26} \u2192 {str(result.get('message'))[:90]}")
        for label, check in (("GBK name → json/csv/xlsx", cli_gbk_folder),
                             ("stdout in cp1252 (> file)", cli_foreign_code_page)):
            case_dir = Path(tmp) / label.split()[0]
            case_dir.mkdir()
            ok, what, ms, peak = check(case_dir)
            clean += ok
            rows.append(f"  {label:<26} {'CLI: ' + ('clean' if ok else 'FAILED'):<30} "
                        f"{ms:>8.0f} {peak:>8.0f}  {'yes' if ok else 'NO'}")
            rows.append(f"  {'':<26} \u2192 {what[:90]}")
        tried = len(cases) + 2
    header = [
        f"  {'input':<26} {'result':<30} {'ms':>8} {'peak MB':>8}  clean",
    ]
    return header + rows, tried, clean


# --------------------------------------------------------------------------- 3. faults


def fault_disk_full(tmp: Path) -> bool:
    """The disk fills during an edit: a typed, retryable error; earlier edits intact."""
    from desktop_ocr.documents.record import Record
    from desktop_ocr.errors import StoreError
    from desktop_ocr.records.store import RecordStore

    with RecordStore(tmp / "full.sqlite3") as store:
        rid = store.add(Record.empty("/scans/a.jpg", "ghana_card"))
        store.update_field(rid, "surname", "Mensah")
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        try:
            store.update_field(rid, "address", "x" * 200_000)
            return False
        except StoreError as exc:
            typed = exc.code == "store.disk_full" and exc.retryable
        intact = store.get(rid).value("surname") == "Mensah"
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        store.update_field(rid, "surname", "Mensa")  # works again once there is space
        return typed and intact and store.get(rid).value("surname") == "Mensa"


def fault_corrupt_store(tmp: Path) -> bool:
    """The store file is damaged: the app starts, says so, keeps the old file."""
    from desktop_ocr.records.store import RecordStore

    path = tmp / "corrupt.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    original = path.read_bytes()
    store = RecordStore(path)
    ok = (store.recovery_notice is not None and store.moved_aside is not None
          and store.moved_aside.read_bytes() == original and store.queue() == [])
    store.close()
    return ok


def fault_store_locked(tmp: Path) -> bool:
    """Another process holds a write lock for a while: the edit waits, then lands."""
    import threading

    from desktop_ocr.documents.record import Record
    from desktop_ocr.records.store import RecordStore

    path = tmp / "locked.sqlite3"
    with RecordStore(path) as store:
        rid = store.add(Record.empty("/scans/a.jpg", "ghana_card"))
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        timer = threading.Timer(0.5, lambda: other.execute("COMMIT"))
        timer.start()
        store.update_field(rid, "surname", "Owusu")
        timer.join()
        other.close()
        return store.get(rid).value("surname") == "Owusu"


def fault_keyring_failure(tmp: Path) -> bool:
    """The OS keyring fails at run time: the secret is kept encrypted, not lost."""
    import keyring.errors
    from keyring.backend import KeyringBackend

    from desktop_ocr.secrets import SecretStore

    class Broken(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringError("no D-Bus")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("locked")

    store = SecretStore(backend=Broken(), file_dir=tmp / "cfg", key_dir=tmp / "key")
    store.set("accuauth.api_secret", "bench-secret-value")
    return (store.get("accuauth.api_secret") == "bench-secret-value"
            and b"bench-secret-value" not in store.file_path.read_bytes())


def bench_faults() -> tuple[list[str], int, int]:
    faults = [
        ("disk full during an edit", fault_disk_full),
        ("damaged store file at start", fault_corrupt_store),
        ("store locked by another process", fault_store_locked),
        ("OS keyring failing at run time", fault_keyring_failure),
    ]
    rows = []
    survived = 0
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        for label, fn in faults:
            try:
                ok = fn(Path(tmp))
            except Exception as exc:
                ok = False
                label += f" ({type(exc).__name__}: {exc})"
            survived += ok
            rows.append(f"  {label:<40} {'survived' if ok else 'FAILED'}")
    return rows, len(faults), survived


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 kill rounds instead of 10")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--load-case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load_case:
        print(json.dumps(load_case(args.load_case), ensure_ascii=False))
        return 0
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    logging.getLogger().addHandler(logging.NullHandler())  # the tables, not log noise

    print("== 1. Crash recovery (SIGKILL mid-batch)")
    for line in bench_sigkill(3 if args.quick else 10, 60, args.seed):
        print(line)
    print()
    print("== 2. Bad inputs (desktop_ocr.imaging.load.load_pages, one process each)")
    rows, tried, clean = bench_bad_inputs()
    for line in rows:
        print(line)
    print(f"  bad inputs tried / handled cleanly:  {tried} / {clean}")
    print()
    print("== 3. Faults (store and secrets)")
    rows, injected, survived = bench_faults()
    for line in rows:
        print(line)
    print(f"  faults injected / survived:  {injected} / {survived}")
    print()
    print("== 4. Network faults (real cloud clients against the loopback vendor server)")
    import network_faults  # beside this script

    outcomes, _ = network_faults.run()
    for line in network_faults.table(outcomes):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
