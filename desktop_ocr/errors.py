"""Typed errors shared by every layer.

Why: the GUI shows ``message`` to the clerk, logs ``code`` and decides whether to
offer a retry from ``retryable``; the CLI writes ``code`` and ``message`` into the
record's ``error``.  Codes are stable strings (``image.truncated``,
``accuauth.RATE_LIMIT_EXCEEDED``...) so checks and logs can rely on them.
"""

from __future__ import annotations


class OcrError(Exception):
    """Base class: a stable ``code``, a clerk-readable message in en and zh."""

    default_code = "error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        message_zh: str | None = None,
        retryable: bool = False,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.message = message
        self.message_zh = message_zh or message
        self.retryable = retryable
        self.detail = detail

    def localized(self, language: str = "en") -> str:
        """The message in the UI language (``zh*`` → Chinese, anything else → English)."""
        return self.message_zh if language.lower().startswith("zh") else self.message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}

    def __str__(self) -> str:  # pragma: no cover - trivial
        return f"{self.message} [{self.code}]"

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with code, both messages and the rest (an error crossing from a
        worker process keeps all of them; the default keeps only ``args``)."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[OcrError], args: tuple[object, ...], state: dict[str, object]) -> OcrError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ImageError(OcrError):
    """The input file cannot be used as a document image."""

    default_code = "image.invalid"


class BackendError(OcrError):
    """A recognition backend failed (vendor answer, transport, model)."""

    default_code = "backend.error"


class BackendUnavailable(BackendError):
    """The backend is not installed or not configured."""

    default_code = "backend.not_available"


class ConfigError(OcrError):
    """Settings are missing or invalid."""

    default_code = "config.invalid"


class Cancelled(OcrError):
    """The clerk (or shutdown) cancelled the work."""

    default_code = "cancelled"

    def __init__(self, message: str = "Cancelled.", **kwargs: object) -> None:
        kwargs.setdefault("message_zh", "已取消。")
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


class ExportError(OcrError):
    """An export could not be written; the previous file is untouched."""

    default_code = "export.failed"


class StoreError(OcrError):
    """The record store could not be read or written."""

    default_code = "store.failed"


class NothingRead(OcrError):
    """The page was read but gave no document: no text at all
    (``recognition.no_text``), or none of the type's fields
    (``recognition.nothing_found``, a blank form or another document).

    ``document_type``: the type the page was read as, when one was chosen or told.
    """

    default_code = "recognition.nothing_found"

    def __init__(self, message: str, *, document_type: str | None = None,
                 **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.document_type = document_type

    @classmethod
    def no_text(cls, document_type: str | None = None) -> NothingRead:
        return cls("No text was found on this page: is it blank, or the wrong side?",
                   code="recognition.no_text", document_type=document_type,
                   message_zh="此页未识别到任何文字：是否为空白页或拍错了面？")

    @classmethod
    def nothing_found(cls, document_type: str, label_en: str, label_zh: str) -> NothingRead:
        return cls(f"None of the fields of a {label_en} was found on this page "
                   "(a blank form, another document, or too blurred to read).",
                   code="recognition.nothing_found", document_type=document_type,
                   message_zh=f"此页未找到{label_zh}的任何信息（可能是空白表格、其他证件，或图像过于模糊）。")
