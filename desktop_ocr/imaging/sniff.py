"""Recognise a file's format from its first bytes (magic numbers), not its name.

Why: clerks receive files renamed by mail gateways, phones and colleagues (a PNG
called ``.jpg``, a HEIC called ``.jpeg``, a Word file called ``.jpg``).  Trusting the
suffix gives either a confusing decoder error or, worse, lets Pillow probe the
bytes with every plugin it has.  We decide the format here and then open the file
with exactly one decoder.  See docs/adr/0020-content-sniffing-and-pixel-cap.md.
"""

from __future__ import annotations

import os
import stat

# How many leading bytes sniff_format needs.  PDF allows junk before "%PDF-"
# (the spec says within the first 1024 bytes), everything else is at offset 0..12.
SNIFF_BYTES = 1024

# ISO base media "ftyp" major/compatible brands that mean HEIF (HEVC) or AVIF.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1",
                b"msf1", b"mif2", b"miaf"}
_AVIF_BRANDS = {b"avif", b"avis"}


def sniff_format(head: bytes) -> str | None:
    """The Pillow-style format name for ``head`` (first bytes of a file), or None.

    Returns one of ``JPEG PNG BMP TIFF WEBP HEIF AVIF PDF``.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"BM") and len(head) >= 26:
        return "BMP"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        return _sniff_isobmff(head)
    if b"%PDF-" in head[:SNIFF_BYTES]:
        return "PDF"
    return None


def sniff_path(path: str | os.PathLike[str]) -> tuple[str | None, str]:
    """``(format, kind)`` of a file from its first bytes, without decoding it.

    ``format`` is :func:`sniff_format`'s answer (None: not an image or PDF we read);
    then ``kind`` says what the file is instead, for the clerk: ``empty``,
    ``special`` (a pipe or device), ``unreadable`` (no permission, locked, vanished) or a :func:`describe_content`
    key.  Used to pick documents out of a folder by content, the way single files
    are loaded: a camera's ``IMG_0001`` with no extension is a JPEG like any other.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, "special"  # a pipe or device: opening it could block forever
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return None, "unreadable"
    if not head:
        return None, "empty"
    fmt = sniff_format(head)
    return fmt, ("" if fmt else describe_content(head))


def _sniff_isobmff(head: bytes) -> str | None:
    """HEIF or AVIF from the ``ftyp`` box: major brand, then compatible brands."""
    box_size = int.from_bytes(head[0:4], "big")
    end = min(max(box_size, 16), len(head))
    brands = [head[8:12]] + [head[i:i + 4] for i in range(16, end - 3, 4)]
    if any(b in _AVIF_BRANDS for b in brands):
        return "AVIF"
    if any(b in _HEIF_BRANDS for b in brands):
        return "HEIF"
    return None


def describe_content(head: bytes) -> str:
    """A coarse guess at what an unsupported file is, for the clerk's message.

    Returns a key of :data:`desktop_ocr.imaging.messages.CONTENT_KINDS`.
    """
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml", b"<svg")):
        return "html"
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            # The sample may cut a multi-byte character at its end.
            try:
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= 0.95 * max(len(text), 1)
    return False
