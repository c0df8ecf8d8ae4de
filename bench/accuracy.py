"""Accuracy and speed of the offline engine on generated documents (or on any images).

Prints one row per layout family (``real``: per design), document type, capture style and
blank/filled, with these columns:

* ``fields``: printed values read right — exact match of the normalised value with the
  generator's truth, over the fields whose truth is not empty;
* ``wrong``: filled with another value where the truth is not empty (count / printed);
* ``invented``: filled where the truth is empty — a value the document does not print
  (count / fields whose truth is empty): the most expensive error (issue 10);
* ``docs ok``: documents with every field right and nothing invented;
* ``failed``: failed records with their error codes (on blank forms a
  ``recognition.nothing_found`` failure is the right answer); a record of another type
  than the truth's counts here as ``type:<got>``, and its filled fields as invented;
* median and p95 seconds per document end to end (file on disk → checked record, through
  ``desktop_ocr.recognition.recognize_path``, ``--type auto`` unless ``--known-type``),
  the raw RapidOCR median on the same files and the ratio, and the process's peak RSS so
  far (MB) — the generator renders in a child process, so its memory is not counted.

    .venv/bin/python bench/accuracy.py --count 10 --seed 1000
    .venv/bin/python bench/accuracy.py --family all --styles scan photo --blank
    .venv/bin/python bench/accuracy.py --family real --designs ecowas nia --small
    .venv/bin/python bench/accuracy.py --family all --styles scan --degrade all
    .venv/bin/python bench/accuracy.py --truth ~/specimens/truth.json --misses

``--back`` adds the Ghana Card's back sides (issue 15) for the ``real`` designs, in the
styles asked for, as two more tables: **back** — the back alone: its three zone lines read
exactly, its check digits judged right (a valid zone verified, a zone printed with a wrong
digit caught), its fields right against what the back tells; **paired** — the front and
the back of one card read and paired (``desktop_ocr.pairing``): the front's fields right
after the cross-check, and of the fields still wrong how many the cross-check flagged red
(``mrz.mismatch``), amber, or not at all, and the cards exported as verified
(``mrz_verified`` yes) although a field is wrong.  ``--types`` with no type skips the
usual rows.

``--family`` picks the generator's layout families (``standard``, ``alt``, ``real`` or
``all``); ``real`` gives one row per design (``--designs`` to pick some).  ``--blank``
adds the blank forms (every field empty) of every family/design as their own rows.
``--small`` adds a ``photo+small`` row per card design: the phone photo shrunk so that
the card is about 330 px wide.  ``--degrade`` re-captures the *scan* of each document the
way other offices deliver it — downscaled to 50/60 %, upscaled to 200/250 %, grayscale,
binarised like a fax, JPEG quality 30, a faded low-contrast scan — so the engine's input
normalisation is measured on resolutions and qualities the generator itself does not
produce.  ``--truth FILE.json`` measures on arbitrary images instead (specimen photos kept
outside the repository): a JSON list of ``{"path": ..., "document_type": ...,
"truth": {key: value}}`` (paths relative to the file; an optional ``"row"`` names the row,
by default the document type; keys left out of ``truth`` count as empty).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
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

Key = tuple[str, str, str, str, str]  # family, design, document type, style, "blank"/""


@dataclass(frozen=True)
class Job:
    family: str
    design: str  # "" outside the real family
    doc_type: str
    style: str  # a capture style, or "scan+<degradation>" / "photo+small"
    seed: int
    blank: bool
    folder: str


def _generate(job: Job):  # type: ignore[no-untyped-def]
    import random

    from desktop_ocr.synthetic import capture, generate

    base = job.style.partition("+")[0]
    if job.style == "photo+small":  # the generator's hand-held card photo, card ~330 px
        doc = generate(job.doc_type, job.seed, "scan", family=job.family,
                       design=job.design or None, blank=job.blank)
        capture.hand_photo(doc, random.Random(f"small-{job.seed}"), small=True)
        return doc
    if job.family == "standard" and not job.blank:  # generators that predate families
        try:
            return generate(job.doc_type, job.seed, base, family=job.family)
        except TypeError:
            return generate(job.doc_type, job.seed, base)
    return generate(job.doc_type, job.seed, base, family=job.family,
                    design=job.design or None, blank=job.blank)


def _render(job: Job) -> tuple[Key, str, dict[str, str]]:
    from desktop_ocr.synthetic import save

    _, _, degrade = job.style.partition("+")
    degrade = "" if job.style == "photo+small" else degrade
    doc = _generate(job)
    tag = "-".join(p for p in (job.family, job.design, job.doc_type, job.style,
                               "blank" if job.blank else "", str(job.seed)) if p)
    path = Path(job.folder) / f"{tag}.jpg"
    path = _degrade(doc.image, degrade, path) if degrade else save(doc, path)
    key = (job.family, job.design, job.doc_type, job.style, "blank" if job.blank else "")
    return key, str(path), doc.truth


@dataclass(frozen=True)
class CardJob:
    """Both sides of one generated Ghana Card (``--back``)."""

    design: str
    style: str
    seed: int
    folder: str


def _render_card(job: CardJob) -> dict:  # type: ignore[type-arg]
    from desktop_ocr.synthetic import generate, save

    folder = Path(job.folder)
    front = generate("ghana_card", job.seed, job.style, family="real", design=job.design)
    rear = generate("ghana_card", job.seed, job.style, family="real", design=job.design,
                    side="back")
    tag = f"{job.design}-{job.style}-{job.seed}"
    return {"design": job.design, "style": job.style,
            "front": str(save(front, folder / f"card-{tag}-front.jpg")),
            "back": str(save(rear, folder / f"card-{tag}-back.jpg")),
            "front_truth": front.truth, "back_truth": rear.truth,
            "mrz": list(rear.mrz), "mrz_valid": rear.mrz_valid}


@dataclass
class SideRow:
    secs: list[float] = field(default_factory=list)
    docs: int = 0
    lines_exact: int = 0
    verdict_right: int = 0
    right: int = 0
    printed: int = 0
    wrong: int = 0
    missed: int = 0
    red: int = 0
    amber: int = 0
    unflagged: int = 0
    verified_wrong: int = 0
    verified: int = 0
    paired: int = 0


def _sides(cards: list[dict], recognizer) -> tuple[dict, dict]:  # type: ignore[no-untyped-def,type-arg]
    """The back and paired tables' rows, per (design, style)."""
    from desktop_ocr.documents.back import MISMATCH, verdict
    from desktop_ocr.pairing import pair_records
    from desktop_ocr.recognition import recognize_path

    backs: dict[tuple[str, str], SideRow] = defaultdict(SideRow)
    pairs: dict[tuple[str, str], SideRow] = defaultdict(SideRow)
    for card in cards:
        key = (card["design"], card["style"])
        t = time.perf_counter()
        [rear] = recognize_path(card["back"], recognizer, "auto")
        b = backs[key]
        b.secs.append(time.perf_counter() - t)
        b.docs += 1
        zone = rear.extra.get("mrz") or {}
        b.lines_exact += zone.get("lines") == card["mrz"]
        b.verdict_right += bool(zone) and zone.get("valid") == card["mrz_valid"]
        for k, want in card["back_truth"].items():
            if want:
                b.printed += 1
                b.right += rear.value(k) == want
        [front] = recognize_path(card["front"], recognizer, "auto")
        records = pair_records([front, rear])
        p = pairs[key]
        p.docs += 1
        if len(records) != 1:
            continue
        [rec] = records
        p.paired += 1
        p.verified += verdict(rec) == "yes"
        any_wrong = False
        for k, want in card["front_truth"].items():
            if not want:
                continue
            p.printed += 1
            if rec.value(k) == want:
                p.right += 1
                continue
            any_wrong = True
            if not rec.value(k):
                p.missed += 1
                continue
            p.wrong += 1
            flags = [w for w in rec.warnings if w.field == k and w.severity != "info"]
            if any(w.code == MISMATCH and w.severity == "error" for w in flags):
                p.red += 1
            elif flags or (rec.fields[k].confidence or 0) < 0.8:
                p.amber += 1
            else:
                p.unflagged += 1
        p.verified_wrong += any_wrong and verdict(rec) == "yes"
    return backs, pairs


def _print_sides(backs: dict, pairs: dict) -> None:  # type: ignore[type-arg]
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "    -"

    print()
    head = (f"{'back':<8} {'style':<14} {'docs':>4} {'lines exact':>11} "
            f"{'digits judged':>13} {'fields':>7} {'median s':>8}")
    print(head)
    print("-" * len(head))
    for (design, style), r in sorted(backs.items()):
        print(f"{design:<8} {style:<14} {r.docs:>4} {pct(r.lines_exact, r.docs):>11} "
              f"{pct(r.verdict_right, r.docs):>13} {pct(r.right, r.printed):>7} "
              f"{statistics.median(r.secs):>8.2f}")
    print()
    head = (f"{'paired':<8} {'style':<14} {'docs':>4} {'paired':>6} {'fields':>7} "
            f"{'missed':>6} {'wrong':>6} {'red':>4} {'amber':>5} {'unflagged':>9} "
            f"{'verified':>8} {'verified+wrong':>14}")
    print(head)
    print("-" * len(head))
    for (design, style), r in sorted(pairs.items()):
        print(f"{design:<8} {style:<14} {r.docs:>4} {r.paired:>6} {pct(r.right, r.printed):>7} "
              f"{r.missed:>6} {r.wrong:>6} {r.red:>4} {r.amber:>5} {r.unflagged:>9} "
              f"{r.verified:>8} {r.verified_wrong:>14}")


def _families(arg: str) -> list[str]:
    try:
        from desktop_ocr.synthetic import FAMILIES  # type: ignore[attr-defined]
    except ImportError:
        FAMILIES = ("standard",)
    if arg == "all":
        return list(FAMILIES)
    return [arg]


def _designs(family: str, doc_type: str, wanted: list[str] | None) -> list[str]:
    if family != "real":
        return [""]
    from desktop_ocr.synthetic import DESIGNS  # type: ignore[attr-defined]

    return [d for d in DESIGNS[doc_type] if not wanted or d in wanted]


@dataclass
class Row:
    secs: list[float] = field(default_factory=list)
    right: int = 0
    wrong: int = 0
    printed: int = 0
    invented: int = 0
    empty: int = 0
    docs: int = 0
    docs_ok: int = 0
    failed: Counter = field(default_factory=Counter)
    rss: float = 0.0


def _score(row: Row, rec, doc_type: str, truth: dict[str, str], name: str,  # type: ignore[no-untyped-def]
           misses: bool) -> None:
    printed = {k: v for k, v in truth.items() if v}
    row.docs += 1
    row.printed += len(printed)
    row.empty += len(truth) - len(printed)
    if rec.error is not None:
        row.failed[rec.error.code] += 1
        row.docs_ok += int(not printed)  # a blank form rightly gives nothing
        if misses and printed:
            print(f"  {name}: failed {rec.error.code}", file=sys.stderr)
        return
    if rec.document_type != doc_type:
        row.failed[f"type:{rec.document_type}"] += 1
        filled = sum(1 for fv in rec.fields.values() if fv.value)
        row.invented += filled
        if misses:
            print(f"  {name}: read as {rec.document_type} ({filled} fields filled)",
                  file=sys.stderr)
        return
    ok = True
    for key, want in truth.items():
        got = rec.value(key)
        if got == want:
            row.right += bool(want)
            continue
        ok = False
        if want and got:
            row.wrong += 1
        elif got:
            row.invented += 1
        if misses:
            kind = "invented" if not want else ("wrong" if got else "missed")
            print(f"  {name}: {key}: {kind}: got {got!r} want {want!r}", file=sys.stderr)
    row.docs_ok += int(ok)


def _truth_file(path: Path) -> list[tuple[Key, Path, str, dict[str, str]]]:
    from desktop_ocr.documents.schema import get_document_type

    entries = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise SystemExit(f"{path}: expected a JSON list of {{path, document_type, truth}}")
    out = []
    for entry in entries:
        doc_type = entry["document_type"]
        keys = get_document_type(doc_type).keys
        truth = {k: str(entry.get("truth", {}).get(k, "") or "") for k in keys}
        unknown = set(entry.get("truth", {})) - set(keys)
        if unknown:
            raise SystemExit(f"{path}: {entry['path']}: unknown keys {sorted(unknown)}")
        image = (path.parent / entry["path"]).resolve()
        row = str(entry.get("row", doc_type))
        blank = "blank" if not any(truth.values()) else ""
        out.append((("file", row, doc_type, "as given", blank), image, doc_type, truth))
    return out


def main(argv: list[str] | None = None) -> int:
    from desktop_ocr.backends.offline import create
    from desktop_ocr.recognition import recognize_path
    from desktop_ocr.synthetic import CAPTURE_STYLES, DOCUMENT_TYPES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10, help="documents per row")
    ap.add_argument("--seed", type=int, default=1000, help="first generator seed")
    ap.add_argument("--types", nargs="*", default=list(DOCUMENT_TYPES))
    ap.add_argument("--styles", nargs="*", default=list(CAPTURE_STYLES))
    ap.add_argument("--family", default="standard",
                    help="generator layout family: standard, alt, real or all")
    ap.add_argument("--designs", nargs="*", default=None,
                    help="family real: only these designs (default: all)")
    ap.add_argument("--blank", action="store_true",
                    help="add rows of blank forms (every field empty)")
    ap.add_argument("--back", action="store_true",
                    help="add the Ghana Card's back-side and paired-card tables (real designs)")
    ap.add_argument("--small", action="store_true",
                    help="add a photo+small row per card: the card about 330 px wide")
    ap.add_argument("--degrade", nargs="*", default=[],
                    help=f"re-capture scans: {' '.join(DEGRADATIONS)} or all")
    ap.add_argument("--truth", type=Path, default=None,
                    help="measure on the images listed in this JSON file instead")
    ap.add_argument("--known-type", action="store_true",
                    help="give the engine the document type instead of auto")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw RapidOCR comparison")
    ap.add_argument("--misses", action="store_true", help="print every wrong field")
    args = ap.parse_args(argv)

    recognizer = create(None)
    if args.truth is not None:
        files = [(key, path, doc_type, truth)
                 for key, path, doc_type, truth in _truth_file(args.truth)]
        what = f"images listed in {args.truth}"
    else:
        tmp = Path(tempfile.mkdtemp(prefix="ocr-bench-"))
        styles = list(args.styles)
        degrade = list(DEGRADATIONS) if args.degrade == ["all"] else args.degrade
        styles += [f"scan+{d}" for d in degrade]
        jobs = []
        for fam in _families(args.family):
            for doc_type in args.types:
                for design in _designs(fam, doc_type, args.designs):
                    row_styles = list(styles)
                    if args.small and doc_type != "birth_certificate":
                        row_styles.append("photo+small")
                    for blank in (False, True) if args.blank else (False,):
                        for style in row_styles:
                            jobs += [Job(fam, design, doc_type, style, args.seed + i, blank,
                                         str(tmp)) for i in range(args.count)]
        card_jobs = []
        if args.back:
            designs = _designs("real", "ghana_card", args.designs)
            card_jobs = [CardJob(d, st, args.seed + i, str(tmp)) for d in designs
                         for st in args.styles for i in range(args.count)]
        # Render in a child process: the generator's memory must not count as the engine's.
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            files = [(key, Path(p), key[2], truth) for key, p, truth in pool.map(_render, jobs)]
            cards = pool.map(_render_card, card_jobs)
        what = (f"generated documents: {args.count} per row, seed {args.seed}")

    if args.truth is not None:
        cards = []
    # Warm-up: model load is reported separately, not inside per-document times.
    t = time.perf_counter()
    recognize_path(files[0][1] if files else cards[0]["front"], recognizer, "auto")
    load_s = time.perf_counter() - t
    if not files:
        print(f"offline engine on {what}, {os.cpu_count()} CPUs; model load {load_s:.2f} s")
        _print_sides(*_sides(cards, recognizer))
        return 0

    rows: dict[Key, Row] = defaultdict(Row)
    for key, path, doc_type, truth in files:
        t = time.perf_counter()
        records = recognize_path(path, recognizer, doc_type if args.known_type else "auto")
        row = rows[key]
        row.secs.append(time.perf_counter() - t)
        _score(row, records[0], doc_type, truth, path.name, args.misses)
        row.rss = _peak_rss_mb()
    ours_rss = _peak_rss_mb()

    raw: dict[Key, list[float]] = defaultdict(list)
    if not args.no_raw:
        from rapidocr import RapidOCR

        engine = RapidOCR(params={"Global.log_level": "error"})
        engine(str(files[0][1]))
        for key, path, _, _ in files:
            t = time.perf_counter()
            engine(str(path))
            raw[key].append(time.perf_counter() - t)

    print(f"offline engine on {what}, {os.cpu_count()} CPUs, "
          f"type {'given' if args.known_type else 'auto'}; model load {load_s:.2f} s")
    head = (f"{'family':<8} {'design':<7} {'type':<17} {'style':<16} {'blank':<5} "
            f"{'fields':>7} {'wrong':>8} {'invented':>9} {'docs ok':>7} {'median s':>8} "
            f"{'p95 s':>6} {'raw med':>7} {'ratio':>5} {'RSS MB':>6}  failed")
    print(head)
    print("-" * len(head))
    totals = Row()
    for key in sorted(rows):
        r = rows[key]
        acc = f"{100 * r.right / r.printed:6.1f}%" if r.printed else "     -"
        med = statistics.median(r.secs)
        raw_med = statistics.median(raw[key]) if raw.get(key) else float("nan")
        failed = " ".join(f"{code}×{n}" for code, n in sorted(r.failed.items())) or "-"
        print(f"{key[0]:<8} {key[1] or '-':<7} {key[2]:<17} {key[3]:<16} {key[4] or '-':<5} "
              f"{acc:>7} {f'{r.wrong}/{r.printed}':>8} {f'{r.invented}/{r.empty}':>9} "
              f"{f'{r.docs_ok}/{r.docs}':>7} {med:>8.2f} {_p95(r.secs):>6.2f} "
              f"{raw_med:>7.2f} {med / raw_med:>5.2f} {r.rss:>6.0f}  {failed}")
        for name in ("right", "wrong", "printed", "invented", "empty", "docs", "docs_ok"):
            setattr(totals, name, getattr(totals, name) + getattr(r, name))
        totals.failed.update(r.failed)
    if totals.printed or totals.empty:
        acc = 100 * totals.right / totals.printed if totals.printed else float("nan")
        print(f"all rows: fields {acc:.1f}% ({totals.right}/{totals.printed}), wrong "
              f"{totals.wrong}, invented {totals.invented} (of {totals.empty} empty), docs ok "
              f"{totals.docs_ok}/{totals.docs}, failed {sum(totals.failed.values())}")
    print(f"peak RSS (offline engine, whole run, generator in a child process): "
          f"{ours_rss:.0f} MB")
    if cards:
        _print_sides(*_sides(cards, recognizer))
    if not args.no_raw:
        print(f"peak RSS after raw RapidOCR too: {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
