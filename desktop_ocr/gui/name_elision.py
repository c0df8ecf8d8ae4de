"""File names that fit a narrow column and still tell the documents apart.

Why not Qt's own elision: eliding at the right keeps ``IMG_2026120….jpg`` for
every photo of a day (a camera's or scanner's names differ at the end: the
time, the counter), eliding only the middle of a short name keeps
``ghana_…00.png`` for a Ghana card and a voter card (names people give differ
near the start).  So a name is shortened by cutting its stem once, between a
head and a tail, keeping the extension and the page (``· p.2``); the cut is
placed where the name shares its characters with the other names in the queue
(:class:`NameTeller`), and without them leaves about 40 % of the room to the
head and the rest to the tail, where camera and scanner names differ.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"
#: the head's share of the room when nothing says where the name differs
HEAD_SHARE = 0.4

__all__ = ["ELLIPSIS", "NameTeller", "elide_name", "split_name"]


def _shared_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from the start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def split_name(name: str) -> tuple[str, str]:
    """``"IMG_0001.jpg · p.2"`` → ``("IMG_0001", ".jpg · p.2")``: the stem, and the ending
    that is always kept (extension and page; ``""`` for a name without extension)."""
    base, sep, extra = name.partition(" · ")
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem:
        stem, ending = base, ""
    else:
        ending = f".{ext}"
    return stem, ending + (f" · {extra}" if sep else "")


class NameTeller:
    """Where a name differs from the names most like it.

    The names most like a stem are its neighbours in sorted order — of the stems
    (those sharing the longest beginning) and of the stems reversed (the longest
    ending) — so a queue of any length costs a binary search per name.  For each
    such neighbour: the first and the last character where the two differ; the
    name reads differently from that neighbour when the shortened name keeps
    either of them.
    """

    def __init__(self, names: Iterable[str]) -> None:
        stems = {split_name(n)[0] for n in names}
        self._forward = sorted(stems)
        self._backward = sorted(s[::-1] for s in stems)

    @staticmethod
    def _neighbours(ordered: list[str], text: str) -> list[str]:
        at = bisect_left(ordered, text)
        return [ordered[i] for i in (at - 1, at, at + 1)
                if 0 <= i < len(ordered) and ordered[i] != text]

    def telling(self, stem: str) -> tuple[tuple[int, int], ...]:
        """``(first, last)`` differing indices into ``stem``, one pair per neighbour."""
        others = set(self._neighbours(self._forward, stem))
        others.update(o[::-1] for o in self._neighbours(self._backward, stem[::-1]))
        n = len(stem)
        pairs = set()
        for other in others:
            first = _shared_start(stem, other)
            last = n - 1 - min(_shared_start(stem[::-1], other[::-1]), n - first)
            pairs.add((min(first, n - 1), max(last, 0)))
        return tuple(sorted(pairs))


def elide_name(name: str, metrics: QFontMetrics, width: int,
               teller: NameTeller | None = None) -> str:
    """``name`` shortened to fit ``width`` pixels in ``metrics``' font.

    The extension and page stay; one ``…`` replaces the middle of the stem.  With
    ``teller`` (the other names shown), the cut keeps a character that tells
    this name from each of the names most like it, where it can; without it, about 40 % of the room goes to the head
    and the rest to the tail.  Falls back to eliding at the right when not even the
    ending fits.
    """
    if metrics.horizontalAdvance(name) <= width:
        return name
    stem, ending = split_name(name)
    room = width - metrics.horizontalAdvance(ending + ELLIPSIS)
    if len(stem) < 2 or room < metrics.horizontalAdvance("ab"):
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    must = teller.telling(stem) if teller is not None else ()
    n = len(stem)
    heads = [metrics.horizontalAdvance(stem[:h]) for h in range(n + 1)]
    tails = [metrics.horizontalAdvance(stem[n - t:]) if t else 0 for t in range(n + 1)]
    best: tuple[tuple[int, float], int, int] | None = None
    t = n - 1
    for h in range(n):
        if heads[h] > room:
            break
        while t > 0 and (tails[t] > room - heads[h] or h + t >= n):
            t -= 1
        shown = sum(1 for first, last in must if first < h or last >= n - t)
        score = (shown, -abs(heads[h] - HEAD_SHARE * room))
        if best is None or score > best[0]:
            best = (score, h, t)
    if best is None:
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    _score, h, t = best
    shown = stem[:h] + ELLIPSIS + stem[n - t:] + ending
    while t > 0 and metrics.horizontalAdvance(shown) > width:  # kerning across the cut
        t -= 1
        shown = stem[:h] + ELLIPSIS + stem[n - t:] + ending
    return shown
