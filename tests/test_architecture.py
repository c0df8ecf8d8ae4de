"""The layering of docs/adr/0001: only desktop_ocr/gui may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_ocr"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_below_gui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        bad = {n for n in _imports(path) if n.split(".")[0] in QT_MODULES}
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_inner_layers_do_not_import_outer_ones():
    inner = {"documents": ("backends", "records", "gui", "server"),
             "imaging": ("backends", "records", "gui", "server")}
    offenders = []
    for layer, forbidden in inner.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] == "desktop_ocr" and len(parts) > 1 and parts[1] in forbidden:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
