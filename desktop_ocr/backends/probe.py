"""Test a cloud backend's connection: one small request, and an answer a clerk can act on.

Why a real request: a URL, a key and a secret can each be wrong in ways only the
service can tell (a typo in the host, a key revoked, an account without the
service); the settings dialog's "Test connection" sends one blank page through
the backend's own client — the same code that reads documents — so "connected"
means documents will go through.  The blank page holds no document: a service
that answers "no document found" has accepted the credentials, and says so.
What counts as a failure is decided by the error's stable code
(``desktop_ocr.errors``): network, configuration, credentials, wrong address,
the service's own trouble.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

from PIL import Image

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.config import Settings, missing_required
from desktop_ocr.errors import OcrError
from desktop_ocr.imaging.types import PageImage

#: error-code endings that mean the test failed (the rest: the service answered)
_FAILED_ENDINGS = ("not_configured", "auth_failed", "UNAUTHORIZED", "KEY_EXPIRED",
                   "NO_PERMISSION", "OUT_OF_QUOTA", "NOT_FOUND", "bad_response",
                   "INTERNAL_ERROR", "UPSTREAM_UNAVAILABLE", "UPSTREAM_TIMEOUT", "unknown")
_FAILED_PREFIXES = ("network.", "config.", "backend.")


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """``ok``: the service answered with these settings; the message in English and Chinese."""

    ok: bool
    message: str
    message_zh: str

    def localized(self, language: str) -> str:
        return self.message_zh if language.startswith("zh") else self.message


def failed(code: str) -> bool:
    """Whether an error with ``code`` means the connection test failed."""
    tail = code.rsplit(".", 1)[-1]
    return code.startswith(_FAILED_PREFIXES) or tail in _FAILED_ENDINGS or (
        tail.startswith("http_") and tail[5:].isdigit())


def blank_page() -> PageImage:
    """A white 640×400 PNG page: no document on it, within every vendor's limits."""
    image = Image.new("RGB", (640, 400), "white")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return PageImage(image=image, source="connection-test.png", original_bytes=buffer.getvalue(),
                     original_format="PNG")


def probe(name: str, settings: Settings, cancel: CancelToken | None = None) -> ProbeResult:
    """Send one blank page to backend ``name`` with ``settings``; never raises an OcrError."""
    try:
        description = registry.get(name)
    except OcrError as exc:
        return ProbeResult(False, exc.message, exc.message_zh)
    title_en, title_zh = description.title("en"), description.title("zh")
    section = description.settings(settings)
    if not description.configured(settings):
        # in the dialog's words (a protocol detail: where it is kept), never the
        # environment variables a script would use
        own = getattr(section, "missing", None)  # a section that knows better (CloudWalk)

        def missing(language: str) -> list[str]:
            return own(language, for_clerk=True) if callable(own) else missing_required(
                section, language=language, for_clerk=True)

        return ProbeResult(False, f"Not configured yet. Fill in: {', '.join(missing('en'))}.",
                           f"尚未配置。请填写：{'、'.join(missing('zh'))}。")
    try:
        recognizer = registry.create_recognizer(name, settings)
    except OcrError as exc:
        return ProbeResult(False, exc.message, exc.message_zh)
    try:
        usable, why = recognizer.availability()
        if not usable:
            return ProbeResult(False, why, why)
        recognizer.recognize(blank_page(), "auto", cancel)
    except OcrError as exc:
        if failed(exc.code):
            return ProbeResult(False, exc.message, exc.message_zh)
        return ProbeResult(True, f"Connected: {title_en} answered and accepted the credentials "
                                 f"(the blank test page holds no document).",
                           f"连接成功：{title_zh} 已响应并接受凭据（测试用的空白页中没有证件）。")
    finally:
        with contextlib.suppress(Exception):  # closing must not hide the answer
            recognizer.close()
    return ProbeResult(True, f"Connected: {title_en} answered and accepted the credentials.",
                       f"连接成功：{title_zh} 已响应并接受凭据。")
