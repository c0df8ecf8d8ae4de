"""A fax machine's transmission header: a line the sender's machine prints, never a value.

Why: a faxed document carries one line along its top (or bottom) edge — the date and
time it was sent, the sender's number, the page count — like
``2025-04-02 14:15   FROM: +86 460 4766   P.001/003``.  Its pieces have the shapes of
values (a date, a ten-digit run, a letter and six digits), so a reader that trusts
shapes alone fills a date of birth, a voter ID or a polling-station code from it
(measured on faxed blank voter cards before this filter).  The header is recognised
by the words fax machines print (ITU-T T.30 leaves the header's layout to the
machine; these are the common ones: ``FROM``/``TO``/``FAX``/``TEL``, a page count
``P.001/003`` or ``PAGE 1/2``, a date with a time of day) in a thin band at the page's
edge, and every line on that row goes with it.
"""

from __future__ import annotations

import re

from desktop_ocr.backends.offline.page import TextLine

#: how much of the page's height, from the top or the bottom, the header may use
EDGE_BAND = 0.08

_WORDS = re.compile(
    r"\b(FROM|TO|FAX|TEL)\s*[:.]"  # the sender's and receiver's numbers
    r"|\bP(AGE)?\s*[.:]?\s*\d{1,3}\s*/\s*\d{1,3}\b"  # the page count: P.001/003, PAGE 1/2
    r"|\d{2,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}\D{0,3}\d{1,2}\s*:\s*\d{2}",  # date, time
    re.IGNORECASE,
)


def is_header_text(text: str) -> bool:
    """The text holds what a transmission header prints (see the module's list)."""
    return bool(_WORDS.search(text.replace("·", " ")))


def without_header(lines: list[TextLine], page_height: float) -> list[TextLine]:
    """``lines`` without a fax transmission header: header-like lines in the top or
    bottom :data:`EDGE_BAND` of the page, and every line on their row.

    ``page_height`` in the lines' pixels.  Lines elsewhere are never dropped, so a
    value printed with a date and time inside the document stays.
    """
    if not lines or page_height <= 0:
        return lines
    band = EDGE_BAND * page_height

    def at_edge(ln: TextLine) -> bool:
        return ln.y1 <= band or ln.y0 >= page_height - band

    rows = [(ln.y0, ln.y1) for ln in lines if at_edge(ln) and is_header_text(ln.text)]
    if not rows:
        return lines

    def on_header_row(ln: TextLine) -> bool:
        cy = (ln.y0 + ln.y1) / 2
        return at_edge(ln) and any(y0 <= cy <= y1 for y0, y1 in rows)

    return [ln for ln in lines if not on_header_row(ln)]
