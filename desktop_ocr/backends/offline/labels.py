"""Finding printed labels in OCR text, tolerant to the usual OCR slips.

Why: labels are the anchors of layout extraction, and OCR misreads them in
predictable ways (``Sumame`` for Surname, ``Firstnarnes``, ``Narne``: ``rn`` for
``m``; ``0`` for ``O``; accents dropped; spaces and slashes anywhere).  Both the
label text and the OCR text are folded to a matching form (upper case, no
accents, no spaces or punctuation, confusable glyphs merged) with a map back to
the original characters, so a label found in a merged line (``Surname/Nom
MENSAH``, ``新生儿姓名张小明``) also tells where its value starts.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from dataclasses import dataclass

# Applied to the folded text, longest first: glyph pairs OCR confuses in labels.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("RN", "M"), ("VV", "W"), ("CL", "D"), ("0", "O"), ("1", "I"), ("L", "I"), ("5", "S"),
)


# Traditional forms the recogniser sometimes returns for label characters.
_HANZI = str.maketrans("別時體長親齡國醫療機構證號碼學點週額屬籍貫", "别时体长亲龄国医疗机构证号码学点周额属籍贯")


def fold(text: str) -> tuple[str, list[int]]:
    """Matching form of ``text`` and, per folded char, the index of its source char."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text.translate(_HANZI)):
        norm = unicodedata.normalize("NFKD", ch)
        for c in norm:
            if unicodedata.combining(c):
                continue
            if c.isalnum() or ("\u3400" <= c <= "\u9fff"):
                for u in c.upper():  # "ß".upper() is two letters
                    chars.append(u)
                    index.append(i)
    s = "".join(chars)
    # Apply the folds keeping the index map in step.
    for src, dst in _FOLDS:
        if src not in s:
            continue
        out_c: list[str] = []
        out_i: list[int] = []
        j = 0
        while j < len(s):
            if s.startswith(src, j):
                out_c.append(dst)
                out_i.append(index[j])
                j += len(src)
            else:
                out_c.append(s[j])
                out_i.append(index[j])
                j += 1
        s, index = "".join(out_c), out_i
    return s, index


@functools.lru_cache(maxsize=4096)
def fold_label(label: str) -> str:
    return fold(label)[0]


@dataclass(frozen=True, slots=True)
class LabelMatch:
    key: str
    start: int  # index in the original text where the label starts
    end: int  # index just after the label in the original text
    score: float  # 1.0 exact, lower for fuzzy


def _is_cjk(s: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in s)


def find_labels(text: str, labels: dict[str, tuple[str, ...]],
                fuzzy_min: float = 0.8) -> list[LabelMatch]:
    """Every non-overlapping label occurrence in ``text`` (longest label first).

    Exact matches of the folded label anywhere in the line count; fuzzy matches
    (difflib ratio ≥ ``fuzzy_min``) only for Latin labels of 5+ letters, so short
    words (``SEX``, ``AGE``) never match inside unrelated words.
    """
    folded, index = fold(text)
    if not folded:
        return []
    variants = sorted(
        ((fold_label(v), key) for key, vs in labels.items() for v in vs),
        key=lambda kv: -len(kv[0]),
    )
    taken = [False] * len(folded)
    found: list[LabelMatch] = []
    spans: list[tuple[int, int]] = []  # folded range of each match in ``found``

    def claim(a: int, b: int, key: str, score: float) -> None:
        for k in range(a, b):
            taken[k] = True
        end = index[b - 1] + 1 if b - 1 < len(index) else len(text)
        found.append(LabelMatch(key, index[a], end, score))
        spans.append((a, b))

    def absorbable(a: int, b: int, key: str | None) -> list[int] | None:
        """Matches inside [a, b) that a longer fuzzy match may replace: of the same key
        (``Halder's Signature``: the exact ``Signature`` must not leave ``Halder's``
        behind as a value) or, for ``key`` None, two-glyph words (``母亲国箱``: the
        exact ``母亲`` inside it); None when [a, b) overlaps anything else.  An exact
        match of the same key is absorbed only as the window's tail: a window running
        past it reaches into the value (``Date of Expiry: 01/11/2030`` is not the
        label "Date of Expiration" ending in ``01``)."""
        inside = [i for i, (x, y) in enumerate(spans) if x < b and y > a]
        if any(spans[i][0] < a or spans[i][1] > b
               or (found[i].key != key if key else spans[i][1] - spans[i][0] > 2)
               or (key and found[i].score >= 1.0 and spans[i][1] != b)
               for i in inside):
            return None
        return inside

    def replace(a: int, b: int, key: str, score: float, absorb: list[int]) -> None:
        for i in sorted(absorb, reverse=True):
            del found[i], spans[i]
        claim(a, b, key, score)

    for lab, key in variants:
        if not lab:
            continue
        start = 0
        while (pos := folded.find(lab, start)) >= 0:
            b = pos + len(lab)
            if not any(taken[pos:b]) and _word_ok(lab, text, index, pos, b):
                claim(pos, b, key, 1.0)
            start = pos + 1
    _fuzzy_cjk(folded, variants, lambda a, b: absorbable(a, b, None), replace)
    starts = [a for a in range(len(folded))
              if index[a] == 0 or not text[index[a] - 1].isalnum()
              or (a > 0 and _is_cjk(folded[a - 1]))]
    for lab, key in variants:
        if len(lab) < 5 or _is_cjk(lab):
            continue
        best: tuple[float, int, int] | None = None
        # Windows from two letters short (``Gestional Age``) to one long; never over a
        # Chinese glyph, and a window ending inside a word or number ranks lower, so
        # the label does not eat the first digit or glyph of its value.
        for a in starts:
            for size in range(max(4, len(lab) - 2), len(lab) + 2):
                b = a + size
                if b > len(folded) or any(_is_cjk(c) for c in folded[a:b]) \
                        or absorbable(a, b, key) is None:
                    continue
                sm = difflib.SequenceMatcher(None, lab, folded[a:b])
                if sm.real_quick_ratio() < fuzzy_min or sm.quick_ratio() < fuzzy_min:
                    continue
                r = sm.ratio()
                end = index[b - 1] + 1
                if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                    r -= 0.05
                if r >= fuzzy_min and (best is None or r > best[0]):
                    best = (r, a, b)
        if best is not None:
            replace(best[1], best[2], key, best[0], absorbable(best[1], best[2], key) or [])
    found.sort(key=lambda m: m.start)
    return found


def _all_cjk(s: str) -> bool:
    return bool(s) and all("\u3400" <= c <= "\u9fff" for c in s)


def one_glyph_off(a: str, b: str) -> bool:
    """Same length, exactly one differing character (a misread glyph)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _fuzzy_cjk(folded: str, variants: list[tuple[str, str]], free, replace) -> None:  # type: ignore[no-untyped-def]
    """Chinese labels of four or more glyphs with one glyph misread (``出生孕用``,
    ``母亲国箱``): three right glyphs in a row are still a label, but only when
    exactly one label key is that close — ``母亲姓名`` and ``父亲姓名`` differ by one
    glyph, so a misread first glyph there anchors nothing rather than the wrong parent.
    Shorter labels are matched by position instead (``promote_misread_labels``)."""
    long_cjk = [(lab, key) for lab, key in variants if len(lab) >= 4 and _all_cjk(lab)]
    for size in sorted({len(lab) for lab, _ in long_cjk}, reverse=True):
        for a in range(len(folded) - size + 1):
            window = folded[a:a + size]
            absorb = free(a, a + size)
            if absorb is None or not _all_cjk(window):
                continue
            keys = {key for lab, key in long_cjk if len(lab) == size
                    and one_glyph_off(lab, window)}
            if len(keys) == 1:
                replace(a, a + size, keys.pop(), 0.75, absorb)


def _word_ok(lab: str, text: str, index: list[int], a: int, b: int) -> bool:
    """Short Latin labels (``SEX``, ``AGE``) must stand as a word of their own — or
    end where the case changes (``SexFEMALE``: the detector dropped the space between
    a title-case label and its capitalised value)."""
    if _is_cjk(lab) or len(lab) > 4:
        return True
    s = index[a]
    e = index[b - 1] + 1
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    case_break = text[e - 1].islower() and after.isupper()
    return not before.isalpha() and (not after.isalpha() or case_break)
