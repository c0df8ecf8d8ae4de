"""Command line: ``python -m desktop_ocr.synthetic OUTDIR --type all --count 5 --style scan
--family real [--design 5th] [--blank] [--back]``.

Writes the images and one ``truth.json`` (file name → document type, family, design, blank,
style, seed, layout, truth) so a person can run the app or a vendor's API on generated
documents and compare by hand.  File names: ``{type}_{style}_{seed}`` for ``standard``,
prefixed ``alt_`` for ``alt`` and ``real_{design}_`` (plus ``blank_``) for ``real``.
``--back``: each ``real`` Ghana Card is written twice, ``…_front`` and ``…_back`` (its
back side with the machine-readable zone; its manifest entry has ``side`` and ``mrz``),
as a clerk's scanner would deliver a card scanned on both sides.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_ocr.errors import OcrError
from desktop_ocr.synthetic.generator import (
    CAPTURE_STYLES,
    DOCUMENT_TYPES,
    FAMILIES,
    generate,
    save,
)
from desktop_ocr.synthetic.real.plan import DESIGNS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_ocr.synthetic",
        description="Render synthetic identity documents with known ground truth.",
    )
    parser.add_argument("outdir", type=Path, help="folder for the images and truth.json")
    parser.add_argument("--type", dest="types", default="all",
                        choices=("all", *DOCUMENT_TYPES), help="document type (default: all)")
    parser.add_argument("--count", type=int, default=5, help="documents per type and style")
    parser.add_argument("--style", default="scan", choices=("all", *CAPTURE_STYLES),
                        help="capture style (default: scan)")
    parser.add_argument("--family", default="standard", choices=("all", *FAMILIES),
                        help="layout family (default: standard)")
    parser.add_argument("--design", default=None,
                        choices=sorted({d for ds in DESIGNS.values() for d in ds}),
                        help="family real: draw only this design (types without it are "
                             "skipped); default: chosen by the seed")
    parser.add_argument("--blank", action="store_true",
                        help="the forms with nothing filled in (truth all empty)")
    parser.add_argument("--back", action="store_true",
                        help="family real: write each Ghana Card's back side too")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default: 0)")
    parser.add_argument("--format", dest="fmt", default="jpg", choices=("jpg", "png"),
                        help="image format (default: jpg)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.count < 1:
        print("--count must be at least 1", file=sys.stderr)
        return 2
    types = DOCUMENT_TYPES if args.types == "all" else (args.types,)
    styles = CAPTURE_STYLES if args.style == "all" else (args.style,)
    families = FAMILIES if args.family == "all" else (args.family,)
    if args.design is not None:
        if families != ("real",):
            print("--design needs --family real", file=sys.stderr)
            return 2
        types = tuple(t for t in types if args.design in DESIGNS[t])
        if not types:
            print(f"no document type has the design {args.design!r}", file=sys.stderr)
            return 2
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    try:
        for family in families:
            for doc_type in types:
                for style in styles:
                    for seed in range(args.seed, args.seed + args.count):
                        doc = generate(doc_type, seed, style, family=family,
                                       design=args.design if family == "real" else None,
                                       blank=args.blank)
                        # standard keeps its historical file names; others are prefixed
                        prefix = "" if family == "standard" else f"{family}_"
                        if family == "real":
                            prefix += f"{doc.design}_"
                        if args.blank:
                            prefix += "blank_"
                        both = args.back and (doc_type, family) == ("ghana_card", "real")
                        stem = f"{prefix}{doc_type}_{style}_{seed:04d}"
                        docs = [(f"{stem}_front" if both else stem, doc)]
                        if both:
                            docs.append((f"{stem}_back", generate(
                                doc_type, seed, style, family=family, design=args.design,
                                blank=args.blank, side="back")))
                        for base, item in docs:
                            name = f"{base}.{args.fmt}"
                            save(item, outdir / name)
                            manifest[name] = {
                                "document_type": doc_type,
                                "family": family,
                                "design": item.design,
                                "blank": item.blank,
                                "style": style,
                                "seed": seed,
                                "exif_orientation": item.exif_orientation,
                                "layout": item.layout,
                                "truth": item.truth,
                            }
                            if item.side == "back":
                                manifest[name].update(side="back", mrz=list(item.mrz),
                                                      mrz_valid=item.mrz_valid)
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return 1
    (outdir / "truth.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {len(manifest)} documents and truth.json to {outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
