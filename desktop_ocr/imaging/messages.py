"""Clerk-readable messages (English and Chinese) for every image intake error.

Why one table: the codes are a contract (logs, the CLI's ``error.code``, outside
checks), and the wording must say in plain words what is wrong with the file and
what the clerk can do about it — in both UI languages, consistently.
"""

from __future__ import annotations

from desktop_ocr.errors import ImageError

SUPPORTED_NAMES_EN = "JPEG, PNG, BMP, TIFF, WebP, HEIC/HEIF, AVIF and PDF"
SUPPORTED_NAMES_ZH = "JPEG、PNG、BMP、TIFF、WebP、HEIC/HEIF、AVIF 和 PDF"

# message id -> (english template, chinese template, retryable).  The id is the
# stable code, optionally followed by "#variant" when one code has several wordings.
_MESSAGES: dict[str, tuple[str, str, bool]] = {
    "image.not_found": (
        "The file “{name}” does not exist (it may have been moved, renamed or deleted).",
        "文件“{name}”不存在(可能已被移动、重命名或删除)。",
        False,
    ),
    "image.not_a_file": (
        "“{name}” is a folder or a device, not an image file.",
        "“{name}”是文件夹或设备,不是图片文件。",
        False,
    ),
    "image.unreadable": (
        "The file “{name}” cannot be read: permission denied or locked by another program.",
        "无法读取文件“{name}”:没有读取权限,或文件被其他程序占用。",
        True,
    ),
    "image.empty": (
        "The file “{name}” is empty (0 bytes).",
        "文件“{name}”是空文件(0 字节)。",
        False,
    ),
    "image.unsupported_format": (
        "“{name}” is not a supported image or PDF (its content is {what}). "
        "Supported formats: " + SUPPORTED_NAMES_EN + ".",
        "“{name}”不是支持的图片或 PDF(文件内容为{what_zh})。支持的格式:" + SUPPORTED_NAMES_ZH + "。",
        False,
    ),
    "image.truncated": (
        "The {fmt} file “{name}” is incomplete: it ends before the image does "
        "(still being copied, or damaged). Copy or scan it again.",
        "{fmt} 文件“{name}”不完整:图片数据提前结束(可能仍在复制中或已损坏)。请重新复制或扫描。",
        False,
    ),
    "image.corrupt": (
        "The {fmt} file “{name}” is damaged and cannot be decoded.",
        "{fmt} 文件“{name}”已损坏,无法解码。",
        False,
    ),
    "image.too_large": (
        "“{name}” is too large to open safely: {width}×{height} pixels "
        "({megapixels:.0f} megapixels; the limit is {limit_mp:.0f} megapixels).",
        "“{name}”过大,无法安全打开:{width}×{height} 像素"
        "(约 {megapixels:.0f} 百万像素;上限为 {limit_mp:.0f} 百万像素)。",
        False,
    ),
    "image.too_large#pixels": (
        "“{name}” is too large to open safely: about {megapixels:.0f} megapixels "
        "(the limit is {limit_mp:.0f} megapixels).",
        "“{name}”过大,无法安全打开:约 {megapixels:.0f} 百万像素(上限为 {limit_mp:.0f} 百万像素)。",
        False,
    ),
    "image.too_large#memory": (
        "“{name}” is too large to open: there is not enough memory to decode it.",
        "“{name}”过大,内存不足,无法解码。",
        True,
    ),
    "image.too_large#file": (
        "“{name}” is too large to open safely: {size_mb:.0f} MB (the limit is {limit_mb:.0f} MB).",
        "“{name}”过大,无法安全打开:{size_mb:.0f} MB(上限为 {limit_mb:.0f} MB)。",
        False,
    ),
    "image.too_large#document": (
        "“{name}” is too large to open safely: its {pages} pages hold {megapixels:.0f} "
        "megapixels in all (the limit is {limit_mp:.0f}). Split it into smaller files.",
        "“{name}”过大,无法安全打开:{pages} 页合计约 {megapixels:.0f} 百万像素"
        "(上限为 {limit_mp:.0f})。请拆分为较小的文件。",
        False,
    ),
    "image.too_small": (
        "“{name}” is too small ({width}×{height} pixels) to hold a readable document; "
        "each side needs at least {min_side} pixels.",
        "“{name}”太小({width}×{height} 像素),无法容纳可辨认的证件;每边至少需要 {min_side} 像素。",
        False,
    ),
    "image.too_many_pages": (
        "“{name}” has {pages} pages; at most {max_pages} pages are processed per file. "
        "Split it into smaller files.",
        "“{name}”共有 {pages} 页;每个文件最多处理 {max_pages} 页。请拆分为较小的文件。",
        False,
    ),
    "image.pdf_too_many_pages": (
        "The PDF “{name}” has {pages} pages; at most {max_pages} pages are processed per file. "
        "Split the PDF and try again.",
        "PDF 文件“{name}”共有 {pages} 页;每个文件最多处理 {max_pages} 页。请拆分 PDF 后重试。",
        False,
    ),
    "image.pdf_no_pages": (
        "The PDF “{name}” has no pages.",
        "PDF 文件“{name}”没有任何页面。",
        False,
    ),
    "image.pdf_encrypted": (
        "The PDF “{name}” is password-protected. Remove the password "
        "(for example, print it to a new PDF) and try again.",
        "PDF 文件“{name}”受密码保护。请先去除密码(例如“打印”为新的 PDF)后重试。",
        False,
    ),
    "image.cannot_fit": (
        "The image from “{name}” cannot be made to fit {backend}'s limits ({limits}) "
        "without making its text unreadable.",
        "“{name}”中的图片无法在保持文字可辨认的前提下满足 {backend} 的限制({limits})。",
        False,
    ),
    "image.invalid": (
        "“{name}” could not be opened as an image ({fmt}).",
        "无法将“{name}”作为图片打开({fmt})。",
        False,
    ),
}

# What an unsupported file most likely is, for the message (en, zh).
CONTENT_KINDS: dict[str, tuple[str, str]] = {
    "text": ("plain text", "纯文本"),
    "gif": ("a GIF image", "GIF 图片"),
    "zip": ("a ZIP archive or Office document", "ZIP 压缩包或 Office 文档"),
    "html": ("a web page (HTML/XML)", "网页(HTML/XML)"),
    "unknown": ("not a recognised image format", "无法识别的格式"),
    "empty": ("empty (0 bytes)", "空文件(0 字节)"),
    "special": ("not a regular file (a pipe or a device)", "不是普通文件(管道或设备)"),
    "unreadable": ("unreadable (no permission, or locked by another program)",
                   "无法读取(没有权限,或被其他程序占用)"),
}


def skip_reason(kind: str, language: str = "en") -> str:
    """Why a file in a folder was not taken, from :func:`sniff_path`'s ``kind``."""
    en, zh = CONTENT_KINDS.get(kind, CONTENT_KINDS["unknown"])
    if language.lower().startswith("zh"):
        return f"不是图片或 PDF(文件内容为{zh})"
    return f"not an image or PDF (its content is {en})"


def image_error(code: str, *, detail: str | None = None, **values: object) -> ImageError:
    """Build the typed error for ``code`` (or ``code#variant``) in English and Chinese.

    ``values`` fill the message templates; ``detail`` (the library's own words)
    goes to the log, never to the clerk.
    """
    en, zh, retryable = _MESSAGES[code]
    stable_code = code.split("#", 1)[0]
    if "what" in values and "what_zh" not in values:
        kind = CONTENT_KINDS.get(str(values["what"]), CONTENT_KINDS["unknown"])
        values = {**values, "what": kind[0], "what_zh": kind[1]}
    return ImageError(
        en.format(**values),
        code=stable_code,
        message_zh=zh.format(**values),
        retryable=retryable,
        detail=detail,
    )
