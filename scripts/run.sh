#!/usr/bin/env bash
# Install everything that is missing (system libraries, virtualenv, Python packages)
# and start desktop-ocr. Extra arguments go to the app (e.g. `recognize FILE`).
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
install_system_packages
ensure_venv "."
exec "$VENV/bin/desktop-ocr" "$@"
