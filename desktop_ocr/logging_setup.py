"""Logging to a rotating file, with ID numbers, names and secrets masked.

Why: logs get attached to support tickets and copied around; they must help
debug a batch without carrying a child's or a voter's identity, or a vendor
secret.  Masking happens in a ``logging.Filter`` on our handlers (so records
from every library are covered, not only ours) and again in the formatter
(so exception tracebacks and stack traces are covered too):

* Chinese resident ID numbers (18, or old 15 characters): ``3301************34``;
* Ghana Card PINs: ``GHA-12*******-1``;
* 10-digit numbers (Ghana voter IDs, phone numbers): ``12******90``;
* ``Bearer``/``Basic`` tokens, ``Authorization`` headers, and the value of any
  ``key=value`` / ``"key": "value"`` whose key looks secret (``*secret*``,
  ``*token*``, ``password``, ``app_key``, ``X-DF-API-SECRET``...);
* every exact secret string the app loaded (``register_secret``);
* names, when the call says so: ``log.info("name %s", name, extra={"pii": True})``
  masks every argument of that call, or wrap a value in :class:`Private`.

``mask_id`` is public: the GUI's "mask ID numbers on screen" option uses it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from typing import Any

from desktop_ocr import paths
from desktop_ocr.documents.identifiers import mask_identifiers

LOG_FILENAME = "desktop-ocr.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# ---------------------------------------------------------------- ID numbers

def mask_id(text: str) -> str:
    """Mask every identity number in ``text`` (Chinese resident ID, Ghana PIN, voter ID);
    the formats and masks are those of ``documents.identifiers``.

    >>> mask_id("330106202001011234")
    '3301************34'
    >>> mask_id("GHA-123456789-1")
    'GHA-12*******-1'
    >>> mask_id("1234567890")
    '12******90'
    """
    return mask_identifiers(text)


def mask_name(text: str) -> str:
    """Keep the first character of each word: ``Kwame Mensah`` → ``K**** M*****``,
    ``王小明`` → ``王**``."""
    return " ".join(w[:1] + "*" * (len(w) - 1) for w in str(text).split(" "))


class Private:
    """Wrap a personal value passed to a log call: it is written masked."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __str__(self) -> str:
        return mask_name(mask_id(str(self.value)))

    __repr__ = __str__


# ---------------------------------------------------------------- secrets

_SECRET_KEY = (
    r"[\w.-]*(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|api[_-]?id|app[_-]?key|"
    r"access[_-]?key|private[_-]?key|sm4[_-]?key|work[_-]?key|signature|credential|"
    r"cookie|session[_-]?id)[\w.-]*"
)
_KEY_VALUE = re.compile(
    rf"(?P<key>{_SECRET_KEY})(?P<sep>[\"']?\s*[:=]\s*)(?P<q>[\"']?)(?P<value>[^\"'\s,;&}}\]]+)",
    re.IGNORECASE,
)
_AUTH_HEADER = re.compile(
    r"(?P<key>(?:proxy-)?authorization)(?P<sep>[\"']?\s*[:=]\s*[\"']?)(?P<value>[^\"'\r\n,}]+)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer|Basic|Token)\s+[A-Za-z0-9\-._~+/]{8,}=*", re.IGNORECASE)

_secrets_lock = threading.Lock()
_known_secrets: set[str] = set()
_MIN_SECRET_LEN = 6


def register_secret(value: str | None) -> None:
    """Mask this exact string wherever it appears in a log line from now on."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _secrets_lock:
            _known_secrets.add(value)


def mask_secrets(text: str) -> str:
    """Mask tokens, authorization headers, secret-looking key/values and known secrets."""
    if not text:
        return text
    with _secrets_lock:
        known = sorted(_known_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, "***")
    text = _AUTH_HEADER.sub(lambda m: f"{m['key']}{m['sep']}***", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} ***", text)
    return _KEY_VALUE.sub(
        lambda m: m.group(0) if m["value"] == "***" else f"{m['key']}{m['sep']}{m['q']}***",
        text,
    )


def mask_text(text: str) -> str:
    """Everything a log line must not carry: secrets first, then ID numbers (birth-certificate
    numbers too, which the screen's :func:`mask_id` leaves readable)."""
    return mask_identifiers(mask_secrets(text), certificates=True)


# ---------------------------------------------------------------- logging plumbing


class MaskingFilter(logging.Filter):
    """Rewrites each record so its message, arguments and traceback are masked.

    ``extra={"pii": True}`` on a call marks every argument as personal (names):
    they are masked as names as well as for IDs.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            args = record.args
            if getattr(record, "pii", False) and args:
                if isinstance(args, dict):
                    record.args = {k: Private(v) for k, v in args.items()}
                else:
                    record.args = tuple(Private(a) for a in args)
            message = record.getMessage()
        except Exception:  # a broken format string must not leak the raw args
            message = f"{record.msg!s} (unformattable arguments)"
        record.msg = mask_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


class MaskingFormatter(logging.Formatter):
    """Masks the final line as well: a second net for anything added at format time."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_text(super().format(record))


_installed: list[logging.Handler] = []


def log_file_path(directory: Path | None = None) -> Path:
    return (directory or paths.log_dir()) / LOG_FILENAME


def setup_logging(
    level: int | str = logging.INFO,
    *,
    console: bool = False,
    directory: Path | None = None,
) -> Path:
    """Send the app's logs to a rotating file (2 MB × 3) in the user log folder.

    Safe to call again (the CLI, then the GUI, then tests): the handlers it
    installed before are replaced, not duplicated.  Returns the log file path.
    """
    reset_logging()
    root = logging.getLogger()
    path = log_file_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.addFilter(MaskingFilter())
        handler.setFormatter(MaskingFormatter(FORMAT))
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    logging.captureWarnings(True)
    return path


def reset_logging() -> None:
    """Remove (and close) the handlers ``setup_logging`` installed."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()


def masked(value: Any) -> str:
    """``mask_text(str(value))`` for callers that build messages themselves."""
    return mask_text(str(value))
