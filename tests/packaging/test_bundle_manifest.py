"""The bundle recipe collects what the frozen app reads at run time (no build needed).

Why: frozen apps typically fail on a clerk's PC, not in CI, because a model, a config
file or a translation read by path was not collected.  The spec files take their lists
from ``packaging/bundle_manifest.py``; these tests evaluate those lists against the
files that exist in the tree and the installed packages, so a missing data file, a
backend only reachable through ``importlib``, or an exclusion of something the app
imports fails here in seconds.  The real build is checked by
``packaging/smoke-test-linux.sh`` (minutes; see packaging/README.md).

No ``__init__.py`` in this folder: a package named ``packaging`` would shadow the
``packaging`` library that pytest itself imports.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPECS = (PACKAGING / "desktop-ocr.spec", PACKAGING / "desktop-ocr-windows.spec")


@pytest.fixture(scope="module")
def manifest() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_manifest", PACKAGING / "bundle_manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundled(manifest: ModuleType) -> set[str]:
    return set(manifest.bundled_paths())


def test_the_models_the_offline_engine_loads_are_bundled_next_to_rapidocr(bundled: set[str]):
    from desktop_ocr.backends.offline import engine

    for model in (engine.DET_MODEL, engine.REC_MODEL, engine.CLS_MODEL):
        assert f"rapidocr/models/{model}" in bundled
    # RapidOCR reads its default configuration and model table next to its __file__.
    assert {"rapidocr/config.yaml", "rapidocr/default_models.yaml"} <= bundled


def test_package_data_keeps_the_layout_libraries_read_it_from(manifest: ModuleType):
    """A data file lands at the same package-relative place (code reads it via __file__)."""
    for package in manifest.PACKAGE_DATA:
        site = manifest.package_dir(package).parent
        pairs = [(Path(s), d) for s, d in manifest.datas() if d.split("/")[0] == package]
        assert pairs, f"no data collected for {package}"
        for src, dest in pairs:
            assert src.parent.relative_to(site).as_posix() == dest


def test_division_table_is_bundled_and_its_package_importable_when_frozen(
        manifest: ModuleType, bundled: set[str]):
    assert "stdnum/cn/loc.dat" in bundled
    # The engine reads it with importlib.resources.files("stdnum.cn"): no import
    # statement for PyInstaller to follow, so it must be a hidden import.
    assert "stdnum.cn" in manifest.hidden_imports()


def test_every_icon_and_compiled_translation_is_bundled(bundled: set[str]):
    icons = sorted((ROOT / "resources" / "icons").glob("*"))
    qms = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert icons, "resources/icons is empty"
    for path in [*icons, *qms]:
        assert f"resources/{path.parent.name}/{path.name}" in bundled
    assert not any(p.endswith(".ts") for p in bundled), "translation sources are not shipped"


def test_the_window_finds_icons_and_translations_in_the_frozen_layout(
        manifest: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Lay the resources out as the bundle does and ask the GUI's own lookup."""
    resources = pytest.importorskip("desktop_ocr.gui.resources")
    for src, dest in manifest.datas():
        if dest.split("/")[0] == "resources":
            (tmp_path / dest).mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, tmp_path / dest)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
        assert resources.icon_path("app").is_file()
        for qm in (ROOT / "resources" / "translations").glob("*.qm"):
            assert (resources.translations_dir() / qm.name).is_file()
    finally:
        resources.resources_dir.cache_clear()


def test_versions_shown_by_about_have_their_metadata_bundled(bundled: set[str]):
    from desktop_ocr import about

    dists = [dist for _label, dist in about._COMPONENTS]
    assert dists
    for name in dists:
        dist = metadata.distribution(name)
        info_dir = {Path(str(f)).parts[0] for f in dist.files or ()
                    if Path(str(f)).parts[0].endswith(".dist-info")}
        assert len(info_dir) == 1
        assert f"{info_dir.pop()}/METADATA" in bundled, name


def test_backends_the_registry_imports_by_name_are_hidden_imports(manifest: ModuleType):
    from desktop_ocr.backends import registry

    hidden = set(manifest.hidden_imports())
    for module in registry.BUILT_IN:
        assert importlib.util.find_spec(module) is not None, module
        assert module in hidden, module
    # the implementations their factories import when a recognizer is made
    for module in ("desktop_ocr.backends.offline.recognizer",
                   "desktop_ocr.backends.cloudwalk.client", "desktop_ocr.backends.accuauth.client"):
        assert module in hidden, module
    assert "desktop_ocr.__main__" not in hidden  # importing it would run the app


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and node.value.startswith("desktop_ocr.") and ":" in node.value):
            names.add(node.value.partition(":")[0])  # registry "module:factory" targets
    return names


def _optional_import_nodes(tree: ast.AST) -> set[int]:
    """Imports under ``if TYPE_CHECKING:`` or in a ``try`` that handles ImportError:
    the code runs without them (an extra that the bundle leaves out)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        guarded = (isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)) or (
            isinstance(node, ast.Try) and any(
                h.type is not None and ("ImportError" in ast.unparse(h.type)
                                        or "ModuleNotFoundError" in ast.unparse(h.type))
                for h in node.handlers))
        if guarded:
            body = node.body
            skip.update(id(n) for stmt in body for n in ast.walk(stmt)
                        if isinstance(n, ast.Import | ast.ImportFrom))
    return skip


def _required_imports(path: Path) -> set[str]:
    """``_imports`` less the names imported only optionally."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    optional_ids = _optional_import_nodes(tree)
    optional: set[str] = set()
    plain: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        target = optional if id(node) in optional_ids else plain
        if isinstance(node, ast.Import):
            target.update(alias.name for alias in node.names)
        elif node.module and node.level == 0:
            target.add(node.module)
            target.update(f"{node.module}.{alias.name}" for alias in node.names)
    return _imports(path) - (optional - plain)


def test_nothing_the_app_imports_is_excluded_from_the_bundle(manifest: ModuleType):
    excluded = manifest.excludes()
    app = ROOT / "desktop_ocr"
    offenders = []
    for path in app.rglob("*.py"):
        module = ".".join(("desktop_ocr", *path.relative_to(app).with_suffix("").parts))
        if any(module == e or module.startswith(e + ".") for e in excluded):
            continue  # left out of the bundle itself (synthetic, the ASGI server)
        for name in _required_imports(path):
            hit = [e for e in excluded if name == e or name.startswith(e + ".")]
            if hit:
                offenders.append(f"{path.relative_to(ROOT)} imports {name} (excluded: {hit[0]})")
    assert not offenders


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\Qt6Widgets.dll",
    "onnxruntime/capi/libonnxruntime.so.1",
    "pypdfium2_raw/libpdfium.so",
])
def test_qt_parts_a_window_needs_are_kept(manifest: ModuleType, dest: str):
    assert manifest.keep_file(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt63DCore.so.6",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6\\Qt6Multimedia.dll",
])
def test_unused_qt_parts_are_dropped(manifest: ModuleType, dest: str):
    assert not manifest.keep_file(dest)


def test_unused_qt_bindings_are_excluded_but_used_ones_kept(manifest: ModuleType):
    excluded = set(manifest.excludes())
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}.isdisjoint(excluded)
    assert not {f"PySide6.{m}" for m in manifest.qt_modules_used()} & excluded
    assert "PySide6.QtQuick" in excluded


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_files_are_valid_python_wired_to_the_manifest(spec: Path):
    text = spec.read_text(encoding="utf-8")
    compile(text, str(spec), "exec")
    for call in ("manifest.datas()", "manifest.hidden_imports()", "manifest.excludes()",
                 "manifest.prune(a.binaries)", "manifest.prune(a.datas)", '"launcher.py"'):
        assert call in text
    assert 'name="desktop-ocr"' in text
    assert (PACKAGING / "launcher.py").is_file()


def test_desktop_entry_opens_the_window_with_the_app_icon(manifest: ModuleType):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "desktop-ocr.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    # %F: "Open with" passes the files; desktop-ocr FILE... opens the window with them.
    assert section["Exec"] == "desktop-ocr %F"
    assert section["Icon"] == "desktop-ocr"
    assert section["Name[zh_CN]"]
    # The window announces this desktop file name (taskbar grouping, Wayland icon).
    assert 'setDesktopFileName("desktop-ocr")' in (ROOT / "desktop_ocr/gui/app.py").read_text()
    assert manifest.app_icon_svg() is not None


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2",
    "libpango-1.0.so.0", "libgdk_pixbuf-2.0.so.0", "numpy/f2py/__init__.py"])
def test_the_gtk_theme_and_its_drawing_stack_are_left_out(manifest: ModuleType, dest: str):
    if dest.endswith(".py"):
        assert "numpy.f2py" in manifest.excludes()
    else:
        assert not manifest.keep_file(dest)
    # what Qt itself needs stays
    assert manifest.keep_file("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    assert manifest.keep_file("libfontconfig.so.1") and manifest.keep_file("libglib-2.0.so.0")


def test_desktop_entry_offers_every_format_the_app_reads():
    from desktop_ocr.imaging.load import _SUFFIXES_BY_FORMAT, MIME_TYPES_BY_FORMAT

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "desktop-ocr.desktop", encoding="utf-8")
    listed = set(filter(None, entry["Desktop Entry"]["MimeType"].split(";")))
    assert set(MIME_TYPES_BY_FORMAT) == set(_SUFFIXES_BY_FORMAT)  # a MIME type per format
    assert listed == {m for mimes in MIME_TYPES_BY_FORMAT.values() for m in mimes}


def test_windows_installer_registers_open_with_for_every_suffix():
    from desktop_ocr.imaging.load import SUPPORTED_SUFFIXES

    iss = (PACKAGING / "windows" / "desktop-ocr.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in iss
    command = '"""{app}\\{#AppExe}"" ""%1"""'
    assert iss.count(command) == 2  # the ProgID and Applications\desktop-ocr.exe
    for suffix in sorted(SUPPORTED_SUFFIXES):
        assert (f'Subkey: "Software\\Classes\\Applications\\{{#AppExe}}\\SupportedTypes"; '
                f'ValueType: string; ValueName: "{suffix}"') in iss, suffix
        assert (f'Subkey: "Software\\Classes\\{suffix}\\OpenWithProgids"; ValueType: string; '
                f'ValueName: "DesktopOCR.Document"') in iss, suffix


def test_windows_installer_installs_what_the_windows_spec_builds():
    iss = (PACKAGING / "windows" / "desktop-ocr.iss").read_text(encoding="utf-8")
    spec = (PACKAGING / "desktop-ocr-windows.spec").read_text(encoding="utf-8")
    assert 'Source: "..\\..\\dist\\desktop-ocr\\*"' in iss
    assert '#define AppExe "desktop-ocr.exe"' in iss
    assert "{group}" in iss and "{uninstallexe}" in iss  # Start-menu entry + uninstaller
    assert 'name="desktop-ocr", console=False' in spec
    assert 'name="desktop-ocr-cli", console=True' in spec
