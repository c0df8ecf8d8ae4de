"""Where the app keeps its own files (settings, record store, logs).

Why: one place decides the per-user folders (platformdirs), and
``DESKTOP_OCR_HOME`` moves all of them at once (portable installs, tests).
Images are never copied here unless the user asks.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "desktop-ocr"


def _home() -> Path | None:
    value = os.environ.get("DESKTOP_OCR_HOME", "").strip()
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME)))


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME)))


def cache_dir() -> Path:
    home = _home()
    return _ensure(home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME)))


# --------------------------------------------------------------------------- file names

#: What stands for a byte of a file name that is not text in the file system's
#: encoding: the Unicode replacement character, visible in every font.
REPLACEMENT = "\ufffd"
_UNDECODABLE = re.compile("[\ud800-\udfff]")


def has_undecodable(text: str) -> bool:
    """True when ``text`` holds bytes of a name that did not decode (lone surrogates)."""
    return _UNDECODABLE.search(text) is not None


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can be shown and written as UTF-8.

    Why: Python reads a file name that is not valid UTF-8 (a GBK name unpacked from a
    zip made on a Chinese Windows machine) into a ``str`` that carries each undecodable
    byte as a lone surrogate (PEP 383, ``surrogateescape``).  That ``str`` still opens
    the file, but it cannot be encoded as UTF-8: JSON, CSV, XLSX, SQLite and Qt all
    refuse or silently drop it.  Every place that *shows* or *exports* a path uses this
    instead; each undecodable byte becomes one U+FFFD ``�`` so the clerk sees that the
    name was damaged.  The original ``str`` is kept for opening the file.
    """
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    return _UNDECODABLE.sub(REPLACEMENT, text)


def display_name(path: str | os.PathLike[str]) -> str:
    """The last part of ``path`` (the file name), as :func:`display_path` shows it."""
    text = display_path(path)
    return Path(text).name or text


def escape_undecodable_json(json_text: str) -> str:
    """JSON text whose undecodable file-name bytes are written as ``\\udcXX`` escapes.

    Why: the record store must keep the *real* path (to show the image and read the
    document again after a restart), yet SQLite only takes valid UTF-8.  Lone
    surrogates can only occur inside JSON strings, where ``\\udcXX`` is a valid
    escape that ``json.loads`` turns back into the same lone surrogate, so the
    path round-trips exactly (the same as ``ensure_ascii=True`` does for them alone).
    """
    return _UNDECODABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
