#!/usr/bin/env bash
# Install everything that is missing, then lint and run the whole test suite
# headless (Qt offscreen). Extra arguments go to pytest (e.g. -m "not slow").
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
install_system_packages
ensure_venv ".[dev]"
cd "$ROOT"
"$VENV/bin/ruff" check .
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest -q "$@"
