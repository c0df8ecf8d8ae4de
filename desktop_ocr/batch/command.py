"""``desktop-ocr recognize`` with ``--jobs``, ``--cluster``, ``--format jsonl`` or ``--resume``.

Why apart from ``cli.py``: the single-process path of ``recognize`` stays as it
was; archive jobs add workers, streaming output and resume on top of the same
pipeline (``recognition.recognize_path`` in each worker).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_ocr.errors import OcrError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def wants_batch(args: argparse.Namespace) -> bool:
    return (args.jobs is not None or args.cluster is not None or args.fmt == "jsonl"
            or args.resume)


def check_usage(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    if args.resume and (args.fmt != "jsonl" or not args.output or args.output == "-"):
        parser.error("--resume continues a JSON Lines file: use --format jsonl -o OUT")
    if (args.fmt == "jsonl" and args.output and args.output != "-" and not args.resume
            and Path(args.output).exists() and Path(args.output).stat().st_size > 0):
        parser.error(f"{args.output} exists: add --resume to continue it, or remove it")


def run_batch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from desktop_ocr.batch.runner import pending_inputs, progress_bar, run_job
    from desktop_ocr.paths import display_path
    from desktop_ocr.recognition import expand_inputs
    from desktop_ocr.text_output import count

    check_usage(args, parser)
    files, skipped = expand_inputs(args.paths)
    for item in skipped:
        print(f"skipped {display_path(item.path)}: {item.reason}", file=sys.stderr)
    if not files:
        parser.error("no documents found in the given paths")
    try:
        todo, already = pending_inputs(files, args.output, args.resume, sys.stderr)
    except (ValueError, OSError) as exc:
        print(f"error: {args.output} cannot be resumed ({exc})", file=sys.stderr)
        return EXIT_FAILED
    try:
        executor = _executor(args)
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return EXIT_FAILED
    keep = args.fmt != "jsonl"
    try:
        result = run_job(executor, todo, fmt=args.fmt, output=args.output, keep_records=keep,
                         progress=progress_bar(len(todo), sys.stderr, initial=already),
                         verbose=args.verbose)
    finally:
        executor.close()
    if result.interrupted:
        more = (" Run the same command with --resume to continue."
                if args.fmt == "jsonl" and args.output else "")
        print(f"interrupted: {count(result.documents, 'document')} written.{more}",
              file=sys.stderr)
    if keep:
        from desktop_ocr.cli import _write_output

        records = result.records
        if getattr(args, "pair", True):
            from desktop_ocr.pairing import pair_records

            # Results come back in input order, so the rules see the sides as the
            # single-process path does.  JSON Lines streams each side as it finishes
            # and is never paired.
            records = pair_records(records)
        try:
            _write_output(records, args.fmt, args.output, args.lang,
                          getattr(args, "delimiter", "comma"))
        except OcrError as exc:
            print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
            return EXIT_FAILED
    if result.failed or result.interrupted:
        return EXIT_FAILED
    return EXIT_OK


def _executor(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.cluster is not None:
        from desktop_ocr.batch.cluster import ClusterExecutor

        return ClusterExecutor(args.backend, args.document_type, args.cluster, args.jobs)
    from desktop_ocr.backends.registry import create_recognizer
    from desktop_ocr.batch.local import LocalExecutor
    from desktop_ocr.settings_store import load_backend_settings

    recognizer = create_recognizer(args.backend, load_backend_settings())
    ok, reason = recognizer.availability()
    recognizer.close()
    if not ok:
        raise OcrError(reason, code="backend.not_configured")
    return LocalExecutor(args.backend, args.document_type, args.jobs or 1)
