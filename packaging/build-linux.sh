#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/desktop-ocr/desktop-ocr (+ the .desktop entry
# and icon), and optionally dist/desktop-ocr-<version>-linux-x86_64.tar.gz.
#
#   packaging/build-linux.sh            # bundle only
#   packaging/build-linux.sh --tar      # bundle + tarball
#   packaging/build-linux.sh --check    # only say whether the app needs installing
#
# Uses (or creates) the project's virtualenv ($DESKTOP_OCR_VENV, default .venv), installs
# the app into it when it (or one of its requirements) is missing, and PyInstaller: a
# build-only tool, not an app dependency.  Works from any folder, the repository root too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DESKTOP_OCR_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
PYINSTALLER_SPEC="${PYINSTALLER_SPEC:-pyinstaller>=6.10,<7}"
MAKE_TAR=0
CHECK_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --tar) MAKE_TAR=1 ;;
    --check) CHECK_ONLY=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# Is the app installed in the virtualenv, with every requirement?  Asked in isolated
# mode (-I) from /: in the repository root `import desktop_ocr` finds the source folder
# and succeeds in an empty virtualenv, which skipped the install on a fresh clone.
app_installed() {
  [ -x "$VENV/bin/python" ] && (cd / && "$VENV/bin/python" -I "$ROOT/packaging/check_install.py")
}
if [ "$CHECK_ONLY" = 1 ]; then
  app_installed
  exit
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "creating $VENV" >&2
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
# The app itself, editable (PyInstaller reads the source tree; pip brings the libraries).
if ! app_installed >&2; then
  echo "installing desktop-ocr and its requirements into $VENV" >&2
  (cd "$ROOT" && "$VENV/bin/python" -m pip install -q -e .)
fi
(cd / && "$VENV/bin/python" -I -c "import PyInstaller") 2>/dev/null \
  || "$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC"

cd "$ROOT"
started=$(date +%s)
# nice: the build takes minutes of CPU; keep the desktop (or a shared CI box) responsive.
nice -n 10 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
  "$ROOT/packaging/desktop-ocr.spec"

BUNDLE="$ROOT/dist/desktop-ocr"
# Strip only the interpreter's own libraries (-18 MB).  PyInstaller's strip=True is
# all-or-nothing and breaks wheels' patchelf-repaired libraries (numpy's OpenBLAS:
# "ELF load command address/offset not page-aligned").
find "$BUNDLE/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-unneeded {} +
find "$BUNDLE/_internal" -path '*/lib-dynload/*.so' -type f -exec strip --strip-unneeded {} +
# Desktop integration files travel with the bundle; install-linux.sh puts them in place.
mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/icons/hicolor/scalable/apps"
cp "$ROOT/packaging/linux/desktop-ocr.desktop" "$BUNDLE/share/applications/"
cp "$ROOT/packaging/linux/install-linux.sh" "$BUNDLE/"
ICON="$("$VENV/bin/python" -c 'import sys; sys.path.insert(0, "packaging")
import bundle_manifest as m; print(m.app_icon_svg() or "")')"
if [ -n "$ICON" ]; then
  cp "$ICON" "$BUNDLE/share/icons/hicolor/scalable/apps/desktop-ocr.svg"
else
  echo "warning: no app icon in resources/icons/ yet; the menu entry will use a generic icon" >&2
fi

echo "built $BUNDLE in $(( $(date +%s) - started )) s, $(du -sh "$BUNDLE" | cut -f1)" >&2

if [ "$MAKE_TAR" = 1 ]; then
  VERSION="$("$VENV/bin/python" -c 'import desktop_ocr; print(desktop_ocr.__version__)')"
  TAR="$ROOT/dist/desktop-ocr-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$ROOT/dist" -czf "$TAR" desktop-ocr
  echo "wrote $TAR ($(du -sh "$TAR" | cut -f1))" >&2
fi
