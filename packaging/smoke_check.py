"""Checks for ``smoke-test-linux.sh``, run with the build virtualenv's Python.

Why in Python: comparing the bundled app's JSON with the generated documents' ground
truth, and listing what is missing from a bundle, are clearer here than in shell.
Nothing here runs the bundle itself; the shell script does, from a fresh folder.

    python packaging/smoke_check.py files BUNDLE_DIR
    python packaging/smoke_check.py records RECORDS.json TRUTH.json
    python packaging/smoke_check.py formats DOCS_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_manifest

RECORD_KEYS = ("source", "document_type", "backend", "fields", "warnings", "error", "status")


def check_files(bundle: Path) -> int:
    """Every required data file (models, YAML, division table, resources) is in the bundle."""
    internal = bundle / "_internal"
    required = bundle_manifest.required_paths()
    missing = [p for p in required if not (internal / p).is_file()]
    for path in missing:
        print(f"  MISSING {path}")
    print(f"  data files: {len(required) - len(missing)}/{len(required)} present")
    return 1 if missing else 0


def check_records(records_path: Path, truth_path: Path) -> int:
    """The CLI's JSON has the contract's shape, every schema field, and mostly right values."""
    from desktop_ocr.documents.schema import get_document_type

    records = json.loads(records_path.read_text(encoding="utf-8"))
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    problems = 0
    if not isinstance(records, list) or not records:
        print("  FAIL: the output is not a non-empty JSON list")
        return 1
    by_name = {Path(r.get("source", "")).name: r for r in records}
    for name, expected in sorted(truth.items()):
        record = by_name.get(name)
        if record is None:
            print(f"  FAIL {name}: no record in the output")
            problems += 1
            continue
        absent = [k for k in RECORD_KEYS if k not in record]
        doc_type = expected["document_type"]
        schema_keys = get_document_type(doc_type).keys
        fields = record.get("fields") or {}
        missing_fields = [k for k in schema_keys if k not in fields]
        values = {k: (fields.get(k) or {}).get("value", "") for k in expected["truth"]}
        right = sum(1 for k, v in expected["truth"].items() if values.get(k, "") == v)
        status = record.get("status")
        ok = (not absent and not missing_fields and record.get("document_type") == doc_type
              and record.get("backend") == "offline" and record.get("error") is None)
        problems += not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: type={record.get('document_type')} "
              f"status={status} fields={len(fields)}/{len(schema_keys)} "
              f"matching truth={right}/{len(expected['truth'])} "
              f"warnings={len(record.get('warnings') or [])}"
              + (f" missing keys={absent}" if absent else "")
              + (f" missing fields={missing_fields}" if missing_fields else "")
              + (f" error={record['error']}" if record.get("error") else ""))
    return 1 if problems else 0


def add_formats(docs: Path) -> int:
    """Save the first generated page as PDF and the second as HEIC, with their truth.

    Why: JPEG alone never loads pdfium or libheif, two native libraries the bundle must
    carry; a page that went through them must still be recognised.
    """
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    truth_path = docs / "truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    images = sorted(name for name in truth if name.endswith(".jpg"))[:2]
    for name, suffix in zip(images, (".pdf", ".heic"), strict=False):
        target = Path(name).with_suffix(suffix).name
        with Image.open(docs / name) as image:
            options = {"resolution": 150.0} if suffix == ".pdf" else {"quality": 90}
            image.convert("RGB").save(docs / target, **options)
        truth[target] = truth[name]
    truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "files":
        return check_files(Path(argv[1]))
    if len(argv) == 2 and argv[0] == "formats":
        return add_formats(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "records":
        return check_records(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
