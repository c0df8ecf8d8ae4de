"""Accuracy and speed of the offline engine on generated documents.

Prints, per document type and capture style: field accuracy (exact match of the
normalised value with the generator's truth), documents fully right, median and
p95 seconds per document end to end (file on disk → checked record, through
``desktop_ocr.recognition.recognize_path`` with ``--type auto``), the peak RSS
of the process, and the same files through raw RapidOCR (default settings) for
the time ratio.  The raw run happens after ours, so our peak RSS is read first.

    .venv/bin/python bench/accuracy.py --count 10 --seed 1000
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import desktop_ocr  # noqa: F401  (sets ORT_DISABLE_TELEMETRY before onnxruntime loads)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(0.95 * (len(xs) - 1))))]


def _render(job: tuple[str, str, int, str]) -> tuple[str, str, str, dict[str, str]]:
    from desktop_ocr.synthetic import generate, save

    doc_type, style, seed, folder = job
    doc = generate(doc_type, seed, style)
    path = save(doc, Path(folder) / f"{doc_type}-{style}-{seed}.jpg")
    return doc_type, style, str(path), doc.truth


def main(argv: list[str] | None = None) -> int:
    from desktop_ocr.backends.offline import create
    from desktop_ocr.recognition import recognize_path
    from desktop_ocr.synthetic import CAPTURE_STYLES, DOCUMENT_TYPES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10, help="documents per type and style")
    ap.add_argument("--seed", type=int, default=1000, help="first generator seed")
    ap.add_argument("--types", nargs="*", default=list(DOCUMENT_TYPES))
    ap.add_argument("--styles", nargs="*", default=list(CAPTURE_STYLES))
    ap.add_argument("--no-raw", action="store_true", help="skip the raw RapidOCR comparison")
    ap.add_argument("--misses", action="store_true", help="print every wrong field")
    args = ap.parse_args(argv)

    recognizer = create(None)
    tmp = Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    jobs = [(doc_type, style, args.seed + i, str(tmp))
            for doc_type in args.types for style in args.styles for i in range(args.count)]
    # Render in a child process: the generator's memory must not count as the engine's.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        files = [(t, st, Path(p), truth) for t, st, p, truth in pool.map(_render, jobs)]

    # Warm-up: model load is reported separately, not inside per-document times.
    t = time.perf_counter()
    recognize_path(files[0][2], recognizer, "auto")
    load_s = time.perf_counter() - t

    rows: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for doc_type, style, path, truth in files:
        t = time.perf_counter()
        records = recognize_path(path, recognizer, "auto")
        dt = time.perf_counter() - t
        rec = records[0]
        r = rows[(doc_type, style)]
        r["secs"].append(dt)
        if rec.error is not None or rec.document_type != doc_type:
            r["right"].append(0)
            r["fields"].extend([0] * len(truth))
            if args.misses:
                print(f"  {path.name}: {rec.document_type} {rec.error}", file=sys.stderr)
            continue
        ok = [rec.value(k) == v for k, v in truth.items()]
        r["fields"].extend(int(x) for x in ok)
        r["right"].append(int(all(ok)))
        if args.misses:
            for k, v in truth.items():
                if rec.value(k) != v:
                    print(f"  {path.name}: {k}: got {rec.value(k)!r} want {v!r}",
                          file=sys.stderr)
    ours_rss = _peak_rss_mb()

    raw: dict[tuple[str, str], list[float]] = defaultdict(list)
    if not args.no_raw:
        from rapidocr import RapidOCR

        engine = RapidOCR(params={"Global.log_level": "error"})
        engine(str(files[0][2]))
        for doc_type, style, path, _ in files:
            t = time.perf_counter()
            engine(str(path))
            raw[(doc_type, style)].append(time.perf_counter() - t)

    print(f"offline engine on generated documents: {args.count} per type and style, "
          f"seed {args.seed}, {os.cpu_count()} CPUs; model load {load_s:.2f} s")
    head = (f"{'type':<18} {'style':<14} {'fields':>7} {'docs ok':>8} {'median s':>9} "
            f"{'p95 s':>7} {'raw med s':>10} {'ratio':>6}")
    print(head)
    print("-" * len(head))
    for key in sorted(rows):
        r = rows[key]
        acc = 100 * sum(r["fields"]) / max(1, len(r["fields"]))
        docs = f"{sum(r['right'])}/{len(r['right'])}"
        med = statistics.median(r["secs"])
        raw_med = statistics.median(raw[key]) if raw.get(key) else float("nan")
        print(f"{key[0]:<18} {key[1]:<14} {acc:>6.1f}% {docs:>8} {med:>9.2f} "
              f"{_p95(r['secs']):>7.2f} {raw_med:>10.2f} {med / raw_med:>6.2f}")
    print(f"peak RSS (offline engine, whole run, generator in a child process): "
          f"{ours_rss:.0f} MB")
    if not args.no_raw:
        print(f"peak RSS after raw RapidOCR too: {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
