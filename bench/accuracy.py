"""Accuracy and speed of the offline engine on generated documents.

Prints, per document type and capture style: field accuracy (exact match of the
normalised value with the generator's truth), documents fully right, median and
p95 seconds per document end to end (file on disk → checked record, through
``desktop_ocr.recognition.recognize_path`` with ``--type auto``), the peak RSS
of the process, and the same files through raw RapidOCR (default settings) for
the time ratio.  The raw run happens after ours, so our peak RSS is read first.

    .venv/bin/python bench/accuracy.py --count 10 --seed 1000
    .venv/bin/python bench/accuracy.py --family all --styles scan --degrade all

``--family`` picks the generator's layout families (``standard``, ``alt`` or ``all``;
each shown on its own rows).  ``--degrade`` re-captures the *scan* of each document
the way other offices deliver it — downscaled to 50/60 %, upscaled to 200/250 %,
grayscale, binarised like a fax, JPEG quality 30, a faded low-contrast scan — so
the engine's input normalisation is measured on resolutions and qualities the
generator itself does not produce.
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


def _degrade(image, name: str, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Write ``image`` re-captured as ``name`` (see DEGRADATIONS) and return the file."""
    import cv2
    import numpy as np
    from PIL import Image

    w, h = image.size
    quality = 92
    if name.startswith(("down", "up")):
        f = int(name.removeprefix("down").removeprefix("up")) / 100
        method = Image.Resampling.LANCZOS if f < 1 else Image.Resampling.BICUBIC
        image = image.resize((round(w * f), round(h * f)), method)
    elif name == "gray":
        image = image.convert("L")
    elif name == "fax":  # 1-bit, Otsu threshold, like a fax or a cheap B/W scanner
        gray = np.asarray(image.convert("L"))
        _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        image = Image.fromarray(bw).convert("1")
        path = path.with_suffix(".png")
    elif name == "jpeg30":
        quality = 30
    elif name == "lowcontrast":  # faded toner on grey recycled paper, slightly soft
        arr = np.asarray(image.convert("RGB")).astype(np.float32)
        arr = 150.0 + (arr - 128.0) * 0.3
        arr = cv2.GaussianBlur(arr, (0, 0), 0.8)
        image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    else:
        raise SystemExit(f"unknown degradation {name!r}; choose from {DEGRADATIONS}")
    if path.suffix == ".png":
        image.save(path)
    else:
        image.save(path, format="JPEG", quality=quality)
    return path


DEGRADATIONS = ("down50", "down60", "up200", "up250", "gray", "fax", "jpeg30", "lowcontrast")


def _generate(doc_type: str, seed: int, style: str, family: str):  # type: ignore[no-untyped-def]
    from desktop_ocr.synthetic import generate

    if family == "standard":  # works with generators that predate layout families
        try:
            return generate(doc_type, seed, style, family=family)
        except TypeError:
            return generate(doc_type, seed, style)
    return generate(doc_type, seed, style, family=family)


def _render(job: tuple[str, str, str, int, str]) -> tuple[str, str, str, str, dict[str, str]]:
    from desktop_ocr.synthetic import save

    family, doc_type, style, seed, folder = job
    base, _, degrade = style.partition("+")
    doc = _generate(doc_type, seed, base, family)
    path = Path(folder) / f"{family}-{doc_type}-{style}-{seed}.jpg"
    path = _degrade(doc.image, degrade, path) if degrade else save(doc, path)
    return family, doc_type, style, str(path), doc.truth


def _families(arg: str) -> list[str]:
    try:
        from desktop_ocr.synthetic import FAMILIES  # type: ignore[attr-defined]
    except ImportError:
        FAMILIES = ("standard",)
    if arg == "all":
        return list(FAMILIES)
    return [arg]


def main(argv: list[str] | None = None) -> int:
    from desktop_ocr.backends.offline import create
    from desktop_ocr.recognition import recognize_path
    from desktop_ocr.synthetic import CAPTURE_STYLES, DOCUMENT_TYPES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10, help="documents per type and style")
    ap.add_argument("--seed", type=int, default=1000, help="first generator seed")
    ap.add_argument("--types", nargs="*", default=list(DOCUMENT_TYPES))
    ap.add_argument("--styles", nargs="*", default=list(CAPTURE_STYLES))
    ap.add_argument("--family", default="standard",
                    help="generator layout family: standard, alt or all")
    ap.add_argument("--degrade", nargs="*", default=[],
                    help=f"re-capture scans: {' '.join(DEGRADATIONS)} or all")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw RapidOCR comparison")
    ap.add_argument("--misses", action="store_true", help="print every wrong field")
    args = ap.parse_args(argv)

    recognizer = create(None)
    tmp = Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    styles = list(args.styles)
    degrade = list(DEGRADATIONS) if args.degrade == ["all"] else args.degrade
    styles += [f"scan+{d}" for d in degrade]
    jobs = [(fam, doc_type, style, args.seed + i, str(tmp))
            for fam in _families(args.family) for doc_type in args.types for style in styles
            for i in range(args.count)]
    # Render in a child process: the generator's memory must not count as the engine's.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        files = [((fam, t), st, Path(p), truth)
                 for fam, t, st, p, truth in pool.map(_render, jobs)]

    # Warm-up: model load is reported separately, not inside per-document times.
    t = time.perf_counter()
    recognize_path(files[0][2], recognizer, "auto")
    load_s = time.perf_counter() - t

    rows: dict[tuple[tuple[str, str], str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for doc_type, style, path, truth in files:
        t = time.perf_counter()
        records = recognize_path(path, recognizer, "auto")
        dt = time.perf_counter() - t
        rec = records[0]
        r = rows[(doc_type, style)]
        r["secs"].append(dt)
        if rec.error is not None or rec.document_type != doc_type[1]:
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

    raw: dict[tuple[tuple[str, str], str], list[float]] = defaultdict(list)
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
    head = (f"{'family':<9} {'type':<18} {'style':<18} {'fields':>7} {'docs ok':>8} "
            f"{'median s':>9} {'p95 s':>7} {'raw med s':>10} {'ratio':>6}")
    print(head)
    print("-" * len(head))
    for key in sorted(rows):
        r = rows[key]
        acc = 100 * sum(r["fields"]) / max(1, len(r["fields"]))
        docs = f"{sum(r['right'])}/{len(r['right'])}"
        med = statistics.median(r["secs"])
        raw_med = statistics.median(raw[key]) if raw.get(key) else float("nan")
        print(f"{key[0][0]:<9} {key[0][1]:<18} {key[1]:<18} {acc:>6.1f}% {docs:>8} {med:>9.2f} "
              f"{_p95(r['secs']):>7.2f} {raw_med:>10.2f} {med / raw_med:>6.2f}")
    print(f"peak RSS (offline engine, whole run, generator in a child process): "
          f"{ours_rss:.0f} MB")
    if not args.no_raw:
        print(f"peak RSS after raw RapidOCR too: {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
