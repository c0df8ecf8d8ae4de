# Shared by scripts/run.sh and scripts/test.sh: system libraries, virtualenv, packages.
# Safe to run again: each step is skipped when already done.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DESKTOP_OCR_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

# Debian/Ubuntu packages: Qt offscreen + a real window, CJK and Latin fonts, venv.
# (found missing on a bare Debian 12; see the foundation issue)
SYSTEM_PACKAGES=(
  python3-venv python3-pip
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 "libglib2.0-0|libglib2.0-0t64"
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0
  fonts-wqy-microhei fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-dejavu-core
  fonts-liberation2 fonts-ocr-b
)

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing to do
  local missing=() updated=0 choice alt
  for choice in "${SYSTEM_PACKAGES[@]}"; do
    local found=""
    IFS='|' read -r -a alts <<<"$choice"
    for alt in "${alts[@]}"; do have_pkg "$alt" && found=1 && break; done
    [ -n "$found" ] && continue
    missing+=("$choice")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "desktop-ocr: missing system packages (install them as root): ${missing[*]}" >&2
      return 0
    fi
  fi
  echo "desktop-ocr: installing system packages: ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
  local names=()
  for choice in "${missing[@]}"; do
    IFS='|' read -r -a alts <<<"$choice"
    for alt in "${alts[@]}"; do
      if apt-cache show "$alt" >/dev/null 2>&1; then names+=("$alt"); break; fi
    done
  done
  [ ${#names[@]} -eq 0 ] || $sudo env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${names[@]}" >&2
}

ensure_venv() {  # $1: pip extras spec, e.g. ".[dev]" or "."
  local spec="$1"
  "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
    echo "desktop-ocr needs Python 3.11 or newer (found $("$PY" --version 2>&1))." >&2; exit 2; }
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  local stamp="$VENV/.desktop-ocr-installed" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16) $spec"
  if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
    "$VENV/bin/python" -m pip install -q --upgrade pip >&2
    (cd "$ROOT" && "$VENV/bin/python" -m pip install -q -e "$spec" >&2)
    echo "$want" > "$stamp"
  fi
}
