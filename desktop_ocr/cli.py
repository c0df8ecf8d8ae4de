"""Command line: ``desktop-ocr [recognize|export|serve]``; no arguments opens the window.

Why: the contract below is fixed (other issues and outside checks rely on it)::

    desktop-ocr                                  # opens the window
    desktop-ocr recognize [--type auto|birth_certificate|ghana_card|ghana_voter]
                          [--backend NAME]   # offline|cloudwalk|accuauth: the registry's
                          [--format json|csv|xlsx|jsonl] [-o OUT] [--no-pair]
                          [--jobs N] [--cluster ADDRESS|auto] [--resume] PATH...
    desktop-ocr export RECORDS.json --format csv|xlsx|json -o OUT
    desktop-ocr serve [--host 127.0.0.1] [--port N] [--workers N] [--config PATH]

Exit codes: 0 every document recognised, 1 any failed (the others are still
written), 2 usage error.  The CLI never imports Qt (only the no-argument form
and ``desktop-ocr FILE...`` start the GUI).  Everything written to standard output
is UTF-8 whatever the console's code page, and is written whole or not at all.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_ocr import __version__, settings_store
from desktop_ocr.backends import registry
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.schema import AUTO, DOCUMENT_TYPES

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = ("json", "csv", "xlsx")

log = logging.getLogger("desktop_ocr.cli")


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors, which is the contract; keep it."""


def version_text() -> str:
    """Version of the app, its backends and the OCR model files (no heavy imports)."""
    from desktop_ocr.about import component_versions

    lines = [f"desktop-ocr {__version__}"]
    lines += [f"  {name}: {value}" for name, value in component_versions()]
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(version_text())
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="desktop-ocr",
        description="Turn photos and scans of identity documents into checked records. "
        "Without a command, opens the window (desktop-ocr FILE... opens it with those "
        "files queued, or hands them to the window already open).",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("-v", "--verbose", action="store_true", help="progress and log on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    rec = sub.add_parser("recognize", help="recognise documents (files or folders)",
                         epilog=environment_help(),
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    rec.add_argument("--type", dest="document_type", default=AUTO,
                     choices=(AUTO, *DOCUMENT_TYPES),
                     help="document type (default: auto); it must be one the backend reads")
    rec.add_argument("--backend", default=registry.DEFAULT_BACKEND, choices=registry.names(),
                     help="recognition backend (default: offline, nothing leaves the "
                     f"machine). {backends_help()}")
    rec.add_argument("--format", dest="fmt", default="json", choices=(*FORMATS, "jsonl"),
                     help="json (a list), csv, xlsx, or jsonl (one record per line, written "
                     "as each document finishes)")
    rec.add_argument("--lang", default="en", choices=("en", "zh"),
                     help="header language of CSV/XLSX (default: en)")
    _add_delimiter(rec)
    rec.add_argument("-o", "--output", help="output file (default: standard output; "
                     "required for xlsx)")
    rec.add_argument("--no-pair", dest="pair", action="store_false",
                     help="keep a card's front and back side as two records (by default "
                     "they are paired into one: consecutive PDF pages, front/back file "
                     "names, consecutive scans that agree); --format jsonl writes each "
                     "side as it finishes and never pairs)")
    rec.add_argument("--jobs", type=int, default=None, metavar="N",
                     help="N worker processes, one engine each (results in input order)")
    rec.add_argument("--cluster", default=None, metavar="ADDRESS",
                     help="run on a Dask cluster (tcp://host:8786), or 'auto' for a local one "
                     "of --jobs workers; workers read the files from the same paths "
                     '(pip install "desktop-ocr[cluster]")')
    rec.add_argument("--resume", action="store_true",
                     help="continue a --format jsonl -o OUT job: skip inputs already in OUT "
                     "(same path and content)")
    rec.add_argument("paths", nargs="+", metavar="PATH", help="image/PDF files or folders")

    exp = sub.add_parser("export", help="convert a records JSON file to CSV, XLSX or JSON")
    exp.add_argument("records", metavar="RECORDS.json")
    exp.add_argument("--format", dest="fmt", required=True, choices=FORMATS)
    exp.add_argument("--lang", default="en", choices=("en", "zh"),
                     help="header language of CSV/XLSX (default: en)")
    _add_delimiter(exp)
    exp.add_argument("--confirmed-only", action="store_true",
                     help="only the records whose status is confirmed")
    exp.add_argument("-o", "--output", required=True)

    srv = sub.add_parser("serve", help="serve the two vendor APIs locally "
                         "(CloudWalk birth certificate, AccuAuth Ghana card)")
    from desktop_ocr.server import add_serve_arguments

    add_serve_arguments(srv)
    return parser


def _add_delimiter(parser: argparse.ArgumentParser) -> None:
    from desktop_ocr.records.export import DELIMITERS

    parser.add_argument("--delimiter", default="comma", choices=tuple(DELIMITERS),
                        help="CSV delimiter (default: comma; semicolon for Excel in locales "
                        "whose decimal mark is a comma)")
def environment_help() -> str:
    """The environment variables that configure the backends, from their declarations."""
    lines = ["environment variables (override the settings saved by the window):"]
    for s in settings_store.declarations():
        if s.info.env:
            lines.append(f"  {s.info.env:<40} {s.label('en').rstrip(':')} ({s.section})")
    return "\n".join(lines)


def _load_settings():  # type: ignore[no-untyped-def]
    """Saved settings (with secrets from the secret store) overridden by the environment."""
    return settings_store.load_settings()


def _write_output(records: list[Record], fmt: str, output: str | None, lang: str,
                  delimiter: str = "comma") -> None:
    """The records as one file (atomic) or on standard output (UTF-8, whole)."""
    from desktop_ocr.records.export import export_records, render_records

    if output is None:  # xlsx was refused as a usage error before
        from desktop_ocr.text_output import write_stdout_bytes

        data = render_records(records, fmt, language=lang, delimiter=delimiter)
        if fmt == "csv":  # the same bytes as -o OUT.csv, minus the BOM (a pipe is no Excel)
            data = data.removeprefix(b"\xef\xbb\xbf")
        write_stdout_bytes(data)
        return
    export_records(records, Path(output), fmt, language=lang, delimiter=delimiter)


def cmd_recognize(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``recognize``; SIGTERM stops it like Ctrl+C (what finished is written, workers end)."""
    if args.fmt == "xlsx" and not args.output:
        parser.error("--format xlsx needs -o OUT (a spreadsheet cannot go to the terminal)")
    _check_backend_reads(args, parser)
    with _sigterm_as_interrupt():
        return _recognize(args, parser)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises KeyboardInterrupt in the main thread.

    Why: ``kill PID`` or a service manager's stop must end a job as Ctrl+C does —
    the records finished so far written, the worker processes stopped — not kill
    this process alone and leave its workers running under PID 1.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _check_backend_reads(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """``--type T --backend B`` where B does not read T is a usage error (exit 2)."""
    if args.document_type == AUTO:
        return
    description = registry.get(args.backend)
    if args.document_type not in description.document_types:
        parser.error(f"the {args.backend} backend does not read {args.document_type} "
                     f"documents; it reads {', '.join(description.document_types)} "
                     "(or use --type auto)")


def backends_help() -> str:
    """Which document types each backend reads, from the registry's descriptions."""
    return "Backends read: " + "; ".join(
        f"{d.name}: {', '.join(d.document_types)}" for d in registry.descriptions()) + "."


def _recognize(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from desktop_ocr.batch.command import run_batch, wants_batch

    if wants_batch(args):
        return run_batch(args, parser)
    from desktop_ocr.backends.base import CancelToken
    from desktop_ocr.backends.registry import create_recognizer
    from desktop_ocr.errors import OcrError
    from desktop_ocr.paths import display_path
    from desktop_ocr.recognition import expand_inputs, recognize_path

    files, skipped = expand_inputs(args.paths)
    for item in skipped:
        print(f"skipped {display_path(item.path)}: {item.reason}", file=sys.stderr)
    if not files:
        parser.error("no documents found in the given paths")

    records: list[Record] = []
    try:
        recognizer = create_recognizer(args.backend, _load_settings())
        ok, reason = recognizer.availability()
        if not ok:
            raise OcrError(reason, code="backend.not_configured")
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        records = [Record.failed(p, _info(exc), backend=args.backend) for p in files]
        _write_output(records, args.fmt, args.output, args.lang, args.delimiter)
        return EXIT_FAILED

    cancel = CancelToken()
    done = 0
    try:
        for index, path in enumerate(files, 1):
            started = time.perf_counter()
            page_records = recognize_path(path, recognizer, args.document_type, cancel)
            records.extend(page_records)
            done += 1
            _report(index, len(files), path, page_records, time.perf_counter() - started,
                    args.verbose)
    except KeyboardInterrupt:
        cancel.cancel()
        print("interrupted: writing the records finished so far", file=sys.stderr)
    finally:
        recognizer.close()
    if args.pair:
        from desktop_ocr.pairing import pair_records

        records = pair_records(records)
    try:
        _write_output(records, args.fmt, args.output, args.lang, args.delimiter)
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return EXIT_FAILED
    failed = sum(1 for r in records if r.status is RecordStatus.FAILED)
    if done < len(files) or failed:
        return EXIT_FAILED
    return EXIT_OK


def _info(exc: object):  # type: ignore[no-untyped-def]
    from desktop_ocr.documents.record import ErrorInfo

    return ErrorInfo.of(exc)


def _report(index: int, total: int, path: str, records: list[Record], seconds: float,
            verbose: bool) -> None:
    from desktop_ocr.paths import display_path
    from desktop_ocr.text_output import count

    path = display_path(path)
    for record in records:
        if record.error is not None:
            print(f"[{index}/{total}] {path}: failed: {record.error.message} "
                  f"[{record.error.code}]", file=sys.stderr)
        elif verbose:
            filled = sum(1 for f in record.fields.values() if f.value)
            print(f"[{index}/{total}] {path}: {record.document_type}, "
                  f"{count(filled, 'field')}, {count(len(record.warnings), 'warning')}, "
                  f"{seconds:.2f} s", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_ocr.errors import OcrError
    from desktop_ocr.records.export import export_records

    source = Path(args.records)
    if _same_file(source, Path(args.output)):
        print(f"error: the output {args.output} is the input {args.records}: writing it would "
              "replace the records being read. Choose another output file.", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        print(f"error: {source} does not exist", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"error: {source} is not a records JSON file ({exc})", file=sys.stderr)
        return EXIT_FAILED
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        print(f"error: {source} must hold a list of records", file=sys.stderr)
        return EXIT_FAILED
    try:
        records = [Record.from_dict(item) for item in data]
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        print(f"error: {source} holds an invalid record ({exc})", file=sys.stderr)
        return EXIT_FAILED
    chosen = [r for r in records
              if not args.confirmed_only or r.status is RecordStatus.CONFIRMED]
    if not chosen:  # an empty export is refused: no header-only file replaces anything
        which = "confirmed records" if args.confirmed_only else "records"
        print(f"error: {source} holds no {which}: nothing to export, nothing written",
              file=sys.stderr)
        return EXIT_FAILED
    try:
        out = export_records(chosen, Path(args.output), args.fmt, language=args.lang,
                             delimiter=args.delimiter)
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return EXIT_FAILED
    from desktop_ocr.paths import display_path

    noun = "record" if len(chosen) == 1 else "records"
    print(f"wrote {len(chosen)} {noun} to {display_path(out)}", file=sys.stderr)
    return EXIT_OK


COMMANDS = ("recognize", "export", "serve")


def _files_to_open(argv: list[str]) -> list[str] | None:
    """The files of ``desktop-ocr [FILE...]`` (the window), or None for a command.

    Why existing paths only: ``desktop-ocr FILE...`` is what the file manager's
    "Open with" runs (``%F``); a mistyped command (``desktop-ocr recognise``) must
    still be a usage error, not a window with a missing file in it.
    """
    if not argv:
        return []
    if argv[0] in COMMANDS or argv[0].startswith("-"):
        return None
    if all(os.path.exists(a) for a in argv):
        return [os.path.abspath(a) for a in argv]
    return None


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` name one file (also through links or ``./``)."""
    try:
        return a.samefile(b)
    except OSError:  # one of them does not exist (yet)
        return a.resolve() == b.resolve()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    files = _files_to_open(argv)
    if files is not None:
        from desktop_ocr.gui.app import run

        return run(sys.argv[:1], files=files)
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if args.command == "recognize":
        return cmd_recognize(args, parser)
    if args.command == "export":
        return cmd_export(args)
    if args.command == "serve":
        from desktop_ocr.server import run_serve

        return run_serve(args)
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _setup_logging(verbose: bool) -> None:
    try:
        from desktop_ocr.logging_setup import setup_logging
    except ImportError:  # pragma: no cover - during development only
        logging.basicConfig(level=logging.INFO if verbose else logging.WARNING)
        return
    setup_logging(level=logging.INFO if verbose else logging.WARNING, console=verbose)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
