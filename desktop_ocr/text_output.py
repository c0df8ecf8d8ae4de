"""Write the command line's results to standard output as UTF-8, whole or not at all.

Why: Python encodes ``sys.stdout`` with the console's code page (Windows with a
Western ``cp1252`` or Chinese ``cp936`` code page, ``PYTHONIOENCODING``, a C locale).
Text that page cannot hold — a Chinese name in cp1252, a ``€`` in cp936 — raised
half-way through the write and left ``recognize FILE > out.json`` truncated.  The
CLI's outputs are files in a fixed encoding (UTF-8, as the README says), so they are
rendered to bytes first and written to the binary stream underneath in one go: a
failure while rendering writes nothing, and no code page is ever consulted.  On a
Windows console ``sys.stdout.buffer`` takes UTF-8 too (PEP 528).
"""

from __future__ import annotations

import sys
from typing import BinaryIO, TextIO


def write_stdout_bytes(data: bytes, stream: TextIO | None = None) -> None:
    """Write UTF-8 ``data`` to ``stream`` (default ``sys.stdout``) unchanged, then flush.

    Falls back to decoding when the stream has no binary buffer (an embedding
    application's text-only stream); its own encoder then decides.
    """
    out = sys.stdout if stream is None else stream
    out.flush()  # anything printed before must come first
    buffer: BinaryIO | None = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        out.flush()
        return
    buffer.write(data)
    buffer.flush()


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun`` in correct English: ``1 document``, ``2 documents``, ``0 records``.

    ``plural`` for a noun that does not just take an ``s``.
    """
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
