#!/usr/bin/env bash
# Smoke-test the built Linux bundle the way a clerk's PC would run it: copied to a fresh
# folder, a fresh user profile, and NO network.
#
#   packaging/smoke-test-linux.sh [BUNDLE_DIR]      # default: dist/desktop-ocr
#
# Checks, in order:
#   1. every required data file is in the bundle (models, YAML config, division table, resources)
#      and no bundled library misses a Qt/ORT/pdfium library it links to;
#   2. ./desktop-ocr --version prints the app, backend versions and the model names;
#   3. ./desktop-ocr recognize on generated documents (one per type) with the bundled
#      model, network cut off: JSON shape, all schema fields, values against the truth;
#      (JPEG, and the same pages as PDF and HEIC for the bundled pdfium and libheif);
#   4. the window starts (Qt offscreen, and the real xcb plugin on Xvfb when installed);
#      time from launch to "window shown" (the GUI's log line), still running 2 s later.
# Prints: bundle size, cold start to window, --version output, recognition summary.
# Exit status 0 only when every check passed.  Takes about a minute (model inference).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DESKTOP_OCR_VENV:-$ROOT/.venv}"
BUNDLE="$(cd "${1:-$ROOT/dist/desktop-ocr}" && pwd)"
WINDOW_TIMEOUT="${WINDOW_TIMEOUT:-60}"
[ -x "$BUNDLE/desktop-ocr" ] || { echo "no bundle at $BUNDLE (run packaging/build-linux.sh)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/desktop-ocr-smoke.XXXXXX")"
GUI_PID=""
XVFB_PID=""
cleanup() {
  [ -n "$GUI_PID" ] && kill "$GUI_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }

# A fresh profile: nothing from the developer's settings, keyring, store or logs.
export HOME="$WORK/home" DESKTOP_OCR_HOME="$WORK/home/desktop-ocr"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
       XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV LD_LIBRARY_PATH QT_PLUGIN_PATH DBUS_SESSION_BUS_ADDRESS
while IFS= read -r var; do unset "$var"; done < <(env | sed -n 's/^\(DESKTOP_OCR_[A-Z_]*\)=.*/\1/p' \
  | grep -vx DESKTOP_OCR_HOME || true)
mkdir -p "$HOME" "$DESKTOP_OCR_HOME"

echo "== bundle"
cp -a "$BUNDLE" "$WORK/app"
APP="$WORK/app"
echo "  copied to $APP"
echo "  size: $(du -sh "$APP" | cut -f1) ($(du -sh "$APP/_internal/PySide6" | cut -f1) Qt," \
     "$(du -sh "$APP/_internal/rapidocr" | cut -f1) rapidocr models)"
"$VENV/bin/python" "$ROOT/packaging/smoke_check.py" files "$APP" || fail "data files missing"
# Libraries the bundle must bring itself (system ones like libxcb-cursor are the OS's).
missing_libs="$(cd "$APP/_internal" && find . -name '*.so*' -type f -print0 \
  | xargs -0 -n 50 ldd 2>/dev/null \
  | grep -E 'lib(Qt6|pyside6|shiboken6|onnxruntime|pdfium|python3).* => not found' | sort -u || true)"
if [ -n "$missing_libs" ]; then fail "bundled libraries not found:"; echo "$missing_libs"; else
  echo "  linked Qt/onnxruntime/pdfium/python libraries: all inside the bundle"; fi

# No network: a user + network namespace has only a downed loopback.
NET=()
if unshare -rn true 2>/dev/null; then
  NET=(unshare -rn)
  if "${NET[@]}" bash -c 'exec 3<>/dev/tcp/1.1.1.1/443' 2>/dev/null; then
    fail "unshare -rn did not cut the network"; fi
  echo "  network: cut off (unshare -rn; a TCP connect from inside fails)"
else
  # Fallback: any proxy-aware download goes to the discard port and fails at once.
  export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
         HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9
  echo "  network: NOT isolated (unshare unavailable); proxies point at a dead port"
fi

cd "$APP"
echo "== ./desktop-ocr --version"
started=$(date +%s%N)
if version="$("${NET[@]}" ./desktop-ocr --version 2>&1)"; then :; else fail "--version exited $?"; fi
echo "$version" | sed 's/^/  /'
echo "  ($(( ($(date +%s%N) - started) / 1000000 )) ms)"
grep -q "^desktop-ocr " <<<"$version" || fail "--version has no app version"
grep -q "\.onnx" <<<"$version" || fail "--version lists no bundled model (models lost?)"
if grep -qE "(rapidocr|onnxruntime|PySide6): not installed" <<<"$version"; then
  fail "--version cannot see a component's metadata"; fi

echo "== ./desktop-ocr recognize (offline backend, no network)"
DOCS="$WORK/docs"
if "$VENV/bin/python" -m desktop_ocr.synthetic "$DOCS" --type all --count 1 --style scan \
     --seed 11 >/dev/null 2>"$WORK/synthetic.err"; then
  # The same pages as PDF and HEIC exercise the bundled pdfium and libheif too.
  "$VENV/bin/python" "$ROOT/packaging/smoke_check.py" formats "$DOCS"
  echo "  generated: $(cd "$DOCS" && ls | grep -v truth.json | tr '\n' ' ')"
  started=$(date +%s%N)
  set +e
  "${NET[@]}" ./desktop-ocr recognize --format json -o "$WORK/records.json" "$DOCS"/*.jpg "$DOCS"/*.pdf "$DOCS"/*.heic \
    2>"$WORK/recognize.err"
  rc=$?
  set -e
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "  exit status $rc, $elapsed ms for $(ls "$DOCS" | grep -vc truth.json) documents (model load included)"
  if [ -s "$WORK/recognize.err" ]; then sed 's/^/  stderr: /' "$WORK/recognize.err" | tail -5; fi
  [ "$rc" -le 1 ] || fail "recognize exited $rc"
  if [ -s "$WORK/records.json" ]; then
    "$VENV/bin/python" "$ROOT/packaging/smoke_check.py" records "$WORK/records.json" \
      "$DOCS/truth.json" || fail "recognition output"
  else
    fail "recognize wrote no JSON"
  fi
else
  fail "cannot generate test documents: $(tail -1 "$WORK/synthetic.err")"
fi

# Start the window on a Qt platform; print the time from launch to the GUI's
# "window shown" log line; the process must still run 2 s later.  A fresh profile each
# time, so both are first starts.
window_check() {  # $1: Qt platform; DISPLAY set by the caller for xcb
  local platform="$1" profile="$WORK/home/profile-$1" shown_ms="" deadline started pid
  mkdir -p "$profile"
  started=$(date +%s%N)
  DESKTOP_OCR_HOME="$profile" QT_QPA_PLATFORM="$platform" "${NET[@]}" ./desktop-ocr \
    >"$WORK/gui-$platform.out" 2>&1 &
  pid=$!; GUI_PID=$pid
  deadline=$(( $(date +%s) + WINDOW_TIMEOUT ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if grep -rqs "window shown" "$profile/logs"; then
      shown_ms=$(( ($(date +%s%N) - started) / 1000000 )); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  if [ -n "$shown_ms" ]; then
    echo "  cold start to window: $shown_ms ms (launch to the GUI's 'window shown' log line)"
    grep -rhs "window shown" "$profile/logs" | head -1 | sed 's/^/  log: /'
    sleep 2
    if kill -0 "$pid" 2>/dev/null; then
      echo "  still running 2 s later: yes"
      kill "$pid"; wait "$pid" 2>/dev/null || true
    else
      fail "the window process ($platform) exited on its own after showing"
    fi
  else
    fail "no window on $platform within ${WINDOW_TIMEOUT} s"
  fi
  GUI_PID=""
  if [ -s "$WORK/gui-$platform.out" ]; then
    sort -u "$WORK/gui-$platform.out" | head -5 | sed 's/^/  output: /'; fi
}

echo "== window (QT_QPA_PLATFORM=offscreen, no network)"
window_check offscreen

# The real X11 platform plugin (with the system's xcb libraries), when Xvfb is here.
if command -v Xvfb >/dev/null 2>&1; then
  echo "== window (QT_QPA_PLATFORM=xcb on Xvfb, no network)"
  display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
  DISPLAY=":$display" window_check xcb
  kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true
else
  echo "== window on xcb: skipped (no Xvfb; apt-get install xvfb to check the X11 plugin)"
fi

echo "== result"
if [ "$FAILED" = 0 ]; then echo "smoke test PASSED"; else echo "smoke test FAILED"; fi
exit "$FAILED"
