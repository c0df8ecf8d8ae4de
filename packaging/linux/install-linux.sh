#!/usr/bin/env bash
# Install the unpacked bundle (the folder this script is in) for all users (as root:
# /opt/desktop-ocr, /usr/local/bin, /usr/share) or for the current user (~/.local).
#
#   sudo ./install-linux.sh          # system-wide
#   ./install-linux.sh               # this user only
#   ./install-linux.sh --uninstall   # remove what the same mode installed
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$(id -u)" = 0 ]; then
  PREFIX_APP=/opt/desktop-ocr; BIN=/usr/local/bin; SHARE=/usr/share
else
  PREFIX_APP="$HOME/.local/opt/desktop-ocr"; BIN="$HOME/.local/bin"; SHARE="$HOME/.local/share"
fi
DESKTOP="$SHARE/applications/desktop-ocr.desktop"
ICON="$SHARE/icons/hicolor/scalable/apps/desktop-ocr.svg"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX_APP"; rm -f "$BIN/desktop-ocr" "$DESKTOP" "$ICON"; refresh
  echo "removed desktop-ocr from $PREFIX_APP"; exit 0
fi

[ -x "$HERE/desktop-ocr" ] || { echo "run this from the unpacked bundle folder" >&2; exit 2; }
mkdir -p "$(dirname "$PREFIX_APP")" "$BIN" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
if [ "$HERE" != "$PREFIX_APP" ]; then
  rm -rf "$PREFIX_APP.new"; cp -a "$HERE" "$PREFIX_APP.new"
  rm -rf "$PREFIX_APP"; mv "$PREFIX_APP.new" "$PREFIX_APP"
fi
ln -sfn "$PREFIX_APP/desktop-ocr" "$BIN/desktop-ocr"
# Absolute Exec/TryExec: the menu must work even when $BIN is not on the session's PATH.
sed -e "s|^Exec=desktop-ocr|Exec=$PREFIX_APP/desktop-ocr|" \
    -e "s|^TryExec=desktop-ocr|TryExec=$PREFIX_APP/desktop-ocr|" \
    "$PREFIX_APP/share/applications/desktop-ocr.desktop" > "$DESKTOP"
if [ -f "$PREFIX_APP/share/icons/hicolor/scalable/apps/desktop-ocr.svg" ]; then
  cp "$PREFIX_APP/share/icons/hicolor/scalable/apps/desktop-ocr.svg" "$ICON"
fi
refresh
echo "installed desktop-ocr in $PREFIX_APP (command: $BIN/desktop-ocr)"
