"""The layout reader: any document type, any design, from its description.

Why: a document type (``documents/<type>.py``) describes its designs as data —
labels in every language, where each value stands, slot words, which fields are
printed, the words that are never values.  This module turns those descriptions
into what the layout rules need (label tables, splitters, the never-a-value
filter, per-field shape checks and value conversions), tells which design a page
is, and reads every labelled field.  A type with parts no label can place alone
(the certificate's parents, the card's unlabelled values) adds its own steps in
``fields_birth`` / ``fields_ghana``; a type without such parts needs none.

Precision first (issue 10): a value is given only when it has the field's shape,
is not a printed word of any design of the type (a label, a header, a tick-box
word, a margin sentence — also when OCR misread it by a glyph), and does not
cross into another label's row or column.  When nothing qualifies the field
stays empty.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop_ocr.backends.offline.labels import fold_label, one_glyph_off
from desktop_ocr.backends.offline.layout import Found, Segment, value_for
from desktop_ocr.documents.design import Design, ValueAt, merged_labels, never_values
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec
from desktop_ocr.documents.identifiers import INVALID, TO_DIGIT
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.values import (
    clean_name,
    clean_text,
    date_s,
    normalize_sex,
    parse_date,
)

Check = Callable[[str], bool]

# Dates printed on cards, which the detector may merge with a neighbour on a baseline.
_DATE_SPLITTERS = (
    re.compile(r"(?<!\d)\d{2}\s*/\s*\d{2}\s*/\s*\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{4}\s*/\s*\d{2}\s*/\s*\d{2}(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*[A-Za-z]{3}\s*[/.-]\s*\d{4}(?!\d)"),
)
# A height in metres (``1.54M``) merged with the PIN before it or the sex after it.
_HEIGHT_SPLITTER = re.compile(r"(?<![\d.])[0-2][.,]\d{2}\s*[Mm]?(?![\w.])")
# An English label read into the same line as a Chinese value ("Ethnic Group 汉族").
_LATIN_BEFORE_CJK = re.compile(r"[A-Za-z][A-Za-z'’.]*(?:\s+[A-Za-z'’.]+)*\s+(?=[\u3400-\u9fff])")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Tick boxes as the recogniser reads them (an empty box is often 口).
_BOX_GLYPHS = frozenset("□☐▢☑✓√✔☒■口")


def _is_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def _identifier_splitter(template: str) -> re.Pattern[str] | None:
    """A pattern for an identifier form that starts with printed letters (``GHA-…``):
    only such forms are distinctive enough to cut out of a merged line."""
    head = re.match(r"[A-Z]{2,}", template)
    if head is None:
        return None
    body = template[head.end():]
    parts = [re.escape(head.group(0))]
    for slot in body:
        if slot == "-":
            parts.append(r"\s*[-–]?\s*")
        elif slot in "9#":
            parts.append(r"[0-9OIlSBZG]")
        elif slot == "@":
            parts.append(r"[A-Z]")
    return re.compile("".join(parts), re.IGNORECASE)


#: difflib ratio at which an unsure Latin reading is taken for a printed word
LIKE_LABEL = 0.63


class NeverValues:
    """Printed words of a type's designs that are never values, and OCR's misreads
    of them: a candidate equal to one, one glyph off a Chinese one (``性删`` for 性别,
    ``年始`` for 年龄), made only of them (``男女``: two tick-box words), close to a
    Latin one of about its length (``NOMS ARTINIEURS``, ``RNATIONALT``), or a piece of
    a longer one (``NTITY CARD`` of "National Identity Card")."""

    def __init__(self, words: tuple[str, ...], values: frozenset[str] = frozenset()) -> None:
        folded = {fold_label(w) for w in words} - {""}
        self.values = frozenset(fold_label(v) for v in values)
        self.exact = frozenset(folded)
        self.cjk = tuple(w for w in folded if _is_cjk(w))
        self.latin = tuple(w for w in folded if not _is_cjk(w) and len(w) >= 4)
        self.short = tuple(w for w in folded if not _is_cjk(w) and len(w) == 3)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one instance per type, kept for the process
    def __contains__(self, text: object) -> bool:
        t = fold_label(str(text))
        if not t or t in self.values:
            return False
        if t in self.exact:
            return True
        if _is_cjk(t):
            return self._cjk(t)
        return self._latin(t)

    def _cjk(self, t: str) -> bool:
        if len(t) >= 3 and any(len(w) == len(t) and one_glyph_off(w, t) for w in self.cjk):
            return True
        if self._made_of(t):
            return True
        # A piece of a printed sentence (the margin's legal text), three glyphs or more.
        if len(t) >= 3 and any(len(w) > len(t) and t in w for w in self.cjk):
            return True
        # A printed sentence with a few glyphs around it (``中华人民共和国国家卫生健康委员会
        # 监制`` under an address line): most of the text is long printed words.
        covered = [False] * len(t)
        for w in self.cjk:
            if len(w) >= 4:
                i = t.find(w)
                while i >= 0:
                    covered[i:i + len(w)] = [True] * len(w)
                    i = t.find(w, i + 1)
        return len(t) >= 6 and sum(covered) >= 0.6 * len(t)

    def near_label(self, text: str) -> bool:
        """Two glyphs, one of them off a two-glyph printed word (``性删``, ``年始``), or
        two glyphs of a longer one (``居民`` of the tick box 居民身份证): a misread
        label *or* a real name (``国庆`` is one glyph from 国籍) — the caller decides
        with the OCR's confidence."""
        t = fold_label(text)
        return (len(t) == 2 and _is_cjk(t) and t not in self.values
                and any((len(w) == 2 and one_glyph_off(w, t)) or (len(w) > 2 and t in w)
                        for w in self.cjk))

    def like_label(self, text: str) -> bool:
        """Latin text that looks like a printed word at a looser bar than membership
        (``SIRNAML``, ``SURINAME`` for SURNAME, ``SFX`` for SEX): the shape of a label
        the OCR misread — *or* a real name near one, so the caller asks it only of
        values the OCR itself was unsure of."""
        t = fold_label(text)
        if not t or _is_cjk(t) or t in self.values:
            return False
        if len(t) == 3:  # one letter off a three-letter word (SEX, AGE, NOM)
            return any(len(w) == 3 and sum(a != b for a, b in zip(w, t, strict=True)) <= 1
                       for w in self.short)
        return self._near_latin(t, LIKE_LABEL) or self._two_labels(t, LIKE_LABEL)

    def _near_latin(self, t: str, bar: float) -> bool:
        sm = difflib.SequenceMatcher(None, t, "")
        for w in self.latin:
            if abs(len(w) - len(t)) <= max(2, len(w) // 3):
                sm.set_seq2(w)
                if sm.real_quick_ratio() >= bar and sm.quick_ratio() >= bar \
                        and sm.ratio() >= bar:
                    return True
        return False

    def _two_labels(self, t: str, bar: float) -> bool:
        """Two printed words run together (``NATIONALITYNATIONALITE``: a label and its
        twin read as one line), each close to a printed word at ``bar``."""
        if len(t) < 8:
            return False
        return any(self._near_latin(t[:i], bar) and self._near_latin(t[i:], bar)
                   for i in range(4, len(t) - 3))

    def _made_of(self, t: str) -> bool:
        """``t`` is a run of printed words only (``男女``, ``居民身份证护照``), tick boxes
        read as glyphs before or between them (``男口女口``, ``口家庭``)."""
        ok = [True] + [False] * len(t)
        for i in range(len(t)):
            if not ok[i]:
                continue
            # a box before or between words (``口家庭``: an empty tick box and its word)
            if t[i] in _BOX_GLYPHS and (i > 0 or len(t) > 1):
                ok[i + 1] = True
            for w in self.cjk:
                if t.startswith(w, i):
                    ok[i + len(w)] = True
        return ok[len(t)]

    def _latin(self, t: str) -> bool:
        if len(t) < 4:
            return False
        for w in self.latin:
            if len(t) >= 5 and t in w:
                return True
            if abs(len(w) - len(t)) <= max(2, len(w) // 4):
                sm = difflib.SequenceMatcher(None, t, w)
                if sm.real_quick_ratio() >= 0.75 and sm.quick_ratio() >= 0.75 \
                        and sm.ratio() >= 0.75:
                    return True
            # A misread piece of a long printed phrase (``OU DE JEUNE FILE``): long
            # enough that a name is not mistaken for it (ASANTE is close to a piece of
            # "Noms antérieurs").
            if len(t) >= 9 and len(w) > len(t) + 2 and _window_ratio(t, w) >= 0.85:
                return True
        return self._two_labels(t, 0.8)


def _window_ratio(t: str, w: str) -> float:
    """Best difflib ratio of ``t`` against pieces of ``w`` of about its length."""
    best = 0.0
    sm = difflib.SequenceMatcher(None, t, "")
    for size in (len(t) - 1, len(t), len(t) + 1):
        for a in range(0, max(1, len(w) - size + 1)):
            sm.set_seq2(w[a:a + size])
            if sm.real_quick_ratio() <= best or sm.quick_ratio() <= best:
                continue
            best = max(best, sm.ratio())
    return best


@dataclass(frozen=True, slots=True)
class Tables:
    """What the reader derives from one document type's designs (built once)."""

    spec: DocumentType
    labels: dict[str, tuple[str, ...]]
    splitters: tuple[re.Pattern[str], ...]
    never: NeverValues
    value_at: dict[str, ValueAt]
    options: dict[str, tuple[str, ...]]  # reader key -> tick-box options (any design)


@functools.cache
def tables(document_type: str) -> Tables:
    """The reader's tables for a type, built once per process."""
    spec = get_document_type(document_type)
    labels = merged_labels(spec.designs)
    splitters: list[re.Pattern[str]] = []
    if any(f.kind is FieldKind.DATE_RAW for f in spec.fields):
        splitters.extend(_DATE_SPLITTERS)
    if any(_is_height(f) for f in spec.fields):
        splitters.append(_HEIGHT_SPLITTER)
    for f in spec.fields:
        for template in (f.identifier.forms if f.identifier else ()):
            if (p := _identifier_splitter(template)) is not None:
                splitters.append(p)
    if any(_is_cjk(v) for vs in labels.values() for v in vs) and labels.get("_en"):
        splitters.append(_LATIN_BEFORE_CJK)
    value_at: dict[str, ValueAt] = {}
    options: dict[str, tuple[str, ...]] = {}
    for d in spec.designs:
        for p in d.printed:
            value_at.setdefault(p.key, p.value_at)
            if p.options:
                options.setdefault(p.key, p.options)
    return Tables(spec, labels, tuple(splitters),
                  NeverValues(never_values(spec.designs), spec.vocabulary), value_at, options)


# --------------------------------------------------------------------------- designs

def detect_design(segs: list[Segment], spec: DocumentType,
                  titles: list[str] | None = None) -> Design | None:
    """The design a page was printed in, from the labels found and the lines read;
    None when no design is clearly ahead (then fields any design prints are read,
    and only those every design prints are flagged when missing).

    Each label found (and each header line) is explained by a design as far as the
    design's own spellings cover it (``Date of Issuance / Date d'émission`` wholly by
    the ECOWAS card, not at all by the NIA one, which prints no issue date); the
    design that explains the page best by a clear margin (one label's worth) wins.
    """
    if not spec.designs:
        return None
    texts = [fold_label(s.text) for s in segs if s.key is not None]
    heads = [fold_label(t) for t in (titles or [])]
    scores: list[tuple[float, Design]] = []
    for d in spec.designs:
        words = _spellings(d)
        score = sum(_coverage(t, words) for t in texts)
        score += 2 * sum(1.0 for t in _titles(d) if any(t in h for h in heads))
        scores.append((score, d))
    scores.sort(key=lambda sd: -sd[0])
    best, design = scores[0]
    if best <= 0:
        return None
    close = [d for sc, d in scores[1:] if sc > best - 1.0]
    # Designs that cannot be told apart but read alike (same fields, same dates) are
    # as good as one: our own families print a real design's words in other places.
    if all(d.prints == design.prints and d.day_first == design.day_first for d in close):
        return design
    return None


def _coverage(text: str, words: frozenset[str]) -> float:
    """The share of ``text`` made of ``words`` (longest first, no overlaps)."""
    if not text:
        return 0.0
    taken = [False] * len(text)
    for w in sorted(words, key=len, reverse=True):
        start = 0
        while (i := text.find(w, start)) >= 0:
            if not any(taken[i:i + len(w)]):
                taken[i:i + len(w)] = [True] * len(w)
            start = i + 1
    return sum(taken) / len(text)


@functools.cache
def _spellings(d: Design) -> frozenset[str]:
    return frozenset({fold_label(label) for p in d.printed for label in p.labels} | {
        fold_label(w) for w in d.twins} - {""})


@functools.cache
def _titles(d: Design) -> frozenset[str]:
    return frozenset(fold_label(t) for t in d.titles) - {""}


def printed_keys(spec: DocumentType, design: Design | None) -> frozenset[str]:
    """Vendor keys the page prints: the design's, or (design unknown) those every
    design of the type prints."""
    if design is not None:
        return design.prints
    if not spec.designs:
        return frozenset(f.key for f in spec.fields if f.required)
    return frozenset.intersection(*(d.prints for d in spec.designs))


# --------------------------------------------------------------------- field shapes

_CN_NAME = re.compile(r"^[\u3400-\u9fff·•]{2,6}$")
_LATIN_NAME = re.compile(r"^[A-Z][A-Z' \-.]*[A-Z.]$|^[A-Z]$")


def latin_name(s: str) -> str:
    """A printed Latin name in capitals (``Mensah Kofi`` → ``MENSAH KOFI``), digits read
    for letters inside it repaired (``K0FI``), anything else dropped."""
    s = clean_name(s).upper()
    s = re.sub(r"(?<=[A-Z])[0158]|[0158](?=[A-Z])",
               lambda m: m.group(0).translate(str.maketrans("0158", "OISB")), s)
    s = re.sub(r"[^A-Z' \-]", "", s)
    return re.sub(r"\s+", " ", s).strip(" -'")


def cn_name(s: str) -> str:
    """A Chinese name without the Latin residue of a merged English label."""
    return re.sub(r"[A-Za-z'’ .:：]", "", clean_name(s))


def name_ok(s: str) -> bool:
    """A person's name: 2–6 Chinese glyphs, or Latin capitals with few digits."""
    if _is_cjk(s):
        return bool(_CN_NAME.match(cn_name(s)))
    t = latin_name(s)
    digits = sum(c.isdigit() for c in s)
    return len(t) >= 2 and bool(_LATIN_NAME.match(t)) and digits <= max(1, len(t) // 4)


# ``13/JUN/1986``, its separators as OCR reads them on a small card (``07I APR:1984``,
# ``29/AUG2019``: a slash read as 1, I, l, a colon, or lost).
_MONTH_WORD = re.compile(
    r"(\d{1,2})\s*[/.\-:;|\\1Il\s]?\s*([A-Za-z]{3})[A-Za-z]?\s*[/.\-:;|\\1Il\s]?\s*(\d{4})")


def date_text(s: str) -> str:
    """A printed date as printed, OCR letters in digit places repaired (``1O/05/1984``);
    a month printed as a word stays a word (``13/JUN/1986``)."""
    t = re.sub(r"\s+", "", s)
    if m := _MONTH_WORD.search(s):
        day, mon, year = m.groups()
        return f"{day.translate(TO_DIGIT)}/{mon.upper()}/{year.translate(TO_DIGIT)}"
    t = t.translate(TO_DIGIT) if re.search(r"\d", t) else t
    m = re.search(r"\d{1,4}[/.\-]?\d{1,2}[/.\-]\d{2,4}|\d{8}", t)
    # The date must be (nearly) all of the text: eight digits inside 260779724AG (a
    # document number) are not a date.
    if m is None or len(m.group(0)) < 0.8 * len(t):
        return t
    return m.group(0)


def date_ok(s: str, day_first: bool = True) -> bool:
    return parse_date(date_text(s), day_first=day_first) is not None


def sex_letter(s: str) -> str:
    """M or F from ``M``, ``Male``, ``FEMALE`` — or a one-letter misread of the word
    (``FEMALF``); "" otherwise."""
    t = re.sub(r"[^A-Za-z]", "", s).upper()
    if not t:
        return ""
    if found := normalize_sex(t, "letter"):
        return found
    close = difflib.get_close_matches(t, ("MALE", "FEMALE"), n=1, cutoff=0.8)
    return normalize_sex(close[0], "letter") if close else ""


def height_m(s: str) -> str:
    """``1.85M`` / ``1,67`` → ``1.85`` / ``1.67`` (metres); "" when not a height."""
    m = re.search(r"(?<!\d)([0-2])[.,](\d{2})(?!\d)", s.replace(" ", ""))
    return f"{m.group(1)}.{m.group(2)}" if m else ""


def number_of(s: str, low: float = 0, high: float = 10_000) -> str:
    m = re.search(r"\d{1,4}", s.translate(TO_DIGIT).replace(" ", ""))
    if not m or not low <= int(m.group(0)) <= high:
        return ""
    return m.group(0)


def _is_height(fs: FieldSpec) -> bool:
    """A number in metres (its plausible range ends below 10)."""
    return fs.kind is FieldKind.NUMBER and fs.plausible is not None and fs.plausible.high < 10


def field_check(fs: FieldSpec, design: Design | None, never: NeverValues) -> Check:
    """Does a candidate text have this field's shape (and is it not a printed word)?"""
    day_first = design is None or design.day_first
    if fs.identifier is not None:
        ident = fs.identifier
        return lambda s: ident.read(s).status != INVALID or (
            ident.check is not None and ident.shaped(s))
    if fs.closed:
        return lambda s: bool(in_vocabulary(fs, s)[0])
    kind = fs.kind
    if kind is FieldKind.NAME:
        return lambda s: name_ok(s) and s not in never
    if kind in (FieldKind.DATE_RAW, FieldKind.DATE):
        return lambda s: date_ok(s, day_first)
    if kind is FieldKind.SEX:
        return lambda s: bool(sex_letter(s) or normalize_sex(re.sub(r"[A-Za-z\s]", "", s)))
    if kind is FieldKind.NUMBER:
        if _is_height(fs):
            return lambda s: bool(height_m(s))
        low, high = (fs.plausible.low, fs.plausible.high) if fs.plausible else (0, 10_000)
        return lambda s: bool(number_of(s, low, high))
    # Text (a place, an address, a hospital) is written in words: a number alone (the
    # six digits under a card's portrait) is another thing printed on the document.
    return lambda s: (bool(clean_text(s)) and s not in never and bool(re.search(r"\w{2}", s))
                      and bool(re.search(r"[^\W\d_]", s)))


def in_vocabulary(fs: FieldSpec, text: str) -> tuple[str, float]:
    """A closed-vocabulary value read from ``text``: the word as printed, or the one
    word of the vocabulary it is a near miss of (``GHANAIAM``), with a lower
    confidence; "" when it is none of them."""
    t = re.sub(r"[^A-Z ]", "", clean_text(text).upper()).strip()
    if t in fs.vocabulary:
        return t, 1.0
    close = difflib.get_close_matches(t, fs.vocabulary, n=2, cutoff=0.8)
    if len(close) == 1:
        return close[0], 0.85
    return "", 0.0


def value_of(fs: FieldSpec, text: str, design: Design | None) -> tuple[str, float]:
    """The vendor value of a field read from ``text`` and a confidence factor
    (an identifier whose glyphs needed repairs is less certain)."""
    day_first = design is None or design.day_first
    if fs.identifier is not None:
        r = fs.identifier.read(text)
        return r.value, r.factor
    if fs.closed:
        return in_vocabulary(fs, text)
    kind = fs.kind
    if kind is FieldKind.NAME:
        return (cn_name(text) if _is_cjk(text) else latin_name(text)), 1.0
    if kind is FieldKind.DATE_RAW:
        return date_text(text), 1.0
    if kind is FieldKind.DATE:
        d = parse_date(date_text(text), past=fs.past, day_first=day_first)
        return ("" if d is None else d.isoformat()), 1.0
    if kind is FieldKind.SEX:
        return (sex_letter(text) or normalize_sex(text)), 1.0
    if kind is FieldKind.NUMBER:
        if _is_height(fs):
            return height_m(text), 1.0
        return number_of(text), 1.0
    return clean_text(text), 1.0


def derived_date(fs: FieldSpec, raw: str, design: Design | None) -> str:
    """The ``*_s`` form of an as-printed date, in the design's date order."""
    return date_s(raw, past=fs.past, day_first=design is None or design.day_first)


# ------------------------------------------------------------------- labelled fields

def read_labelled(segs: list[Segment], t: Tables, design: Design | None,
                  checks: dict[str, Check] | None = None) -> dict[str, Found]:
    """The value of every labelled field whose reader key is a vendor key: inline,
    then where the label's design prints it (below, right, or the nearer fitting
    one), only a candidate that passes the field's check.  The first label of a key
    (top to bottom) that yields a value wins."""
    found: dict[str, Found] = {}
    keys = set(t.spec.keys)
    checks = checks or {}
    for lab in sorted((s for s in segs if s.key in keys), key=lambda s: (s.cy, s.x0)):
        key = lab.key or ""
        if key in found:
            continue
        at = (design.value_at(key) if design is not None else None) or t.value_at.get(key)
        mode = "right" if at is ValueAt.RIGHT else "card"
        check = checks.get(key) or field_check(t.spec.field(key), design, t.never)
        f = value_for(lab, segs, mode=mode, check=check, near=at is not ValueAt.BELOW)
        if f is not None:
            found[key] = f
    return found


# --------------------------------------------------------------- by printed order

ORDER_FACTOR = 0.65


def _reading_key(s: Segment) -> tuple[float, float]:
    return (s.cy, s.x0)


def _rows(segs: list[Segment]) -> list[Segment]:
    """Segments in reading order: rows top to bottom (a row: centres within half a
    line), left to right in a row."""
    out: list[list[Segment]] = []
    for s in sorted(segs, key=_reading_key):
        if out and abs(s.cy - out[-1][0].cy) < 0.5 * min(s.h, out[-1][0].h):
            out[-1].append(s)
        else:
            out.append([s])
    return [s for row in out for s in sorted(row, key=lambda x: x.x0)]


def _capitals(text: str) -> bool:
    """Printed like a card's values: capitals, and no stray one-letter words mixed in
    (``C AC``: a label's fragments) — a lone letter (``F``) may be a value."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) < 0.85 * len(letters):
        return False
    words = re.findall(r"[A-Za-z]+", text)
    return len(words) <= 1 or (all(len(w) >= 2 for w in words)
                               and any(len(w) >= 3 for w in words))


def order_fill(segs: list[Segment], values: dict, t: Tables,  # type: ignore[type-arg]
               design: Design | None) -> None:
    """Fields whose labels were lost, from the design's printed order: between two
    values already placed, the fields the design prints there take the unplaced
    values there, in reading order — only when there are exactly as many (fields a
    design may leave blank may be missing) and each has its field's shape.  For card
    designs (values under their labels, one field after another); a guess, so at
    ``ORDER_FACTOR`` of the OCR confidence."""
    if design is None or not design.printed:
        return
    if sum(p.value_at is not ValueAt.RIGHT for p in design.printed) < 0.6 * len(design.printed):
        return
    keys = [p.key for p in design.printed if p.key in t.spec.keys and p.key in design.prints]
    keys += [k for k in design.prints if k not in keys and not t.spec.field(k).derived_from]
    placed = {k: v[2].segments for k, v in values.items()
              if v[0] and v[2] is not None and k in keys}
    used = {id(p) for v in values.values() if v[2] is not None for p in v[2].segments}
    order = _rows([s for s in segs if s.key is None])
    position = {id(s): i for i, s in enumerate(order)}
    free = [s for s in order if id(s) not in used and s.text not in t.never
            and _capitals(s.text)]
    pinned = sorted(((i, k) for k, ss in placed.items()
                     for i in [min(position.get(id(x), -1) for x in ss)] if i >= 0),
                    key=lambda a: a[0])
    anchors: list[tuple[int, str | None]] = [(-1, None), *pinned, (len(order), None)]
    for (lo, k_lo), (hi, k_hi) in itertools.pairwise(anchors):
        a = keys.index(k_lo) + 1 if k_lo in keys else 0
        b = keys.index(k_hi) if k_hi in keys else len(keys)
        if b < a:
            continue
        missing = [k for k in keys[a:b] if k not in values or not values[k][0]]
        if not missing:
            continue
        fits = [field_check(t.spec.field(k), design, t.never) for k in missing]
        # Stray pieces no missing field could hold (a lone letter of a label) are noise.
        gap = [s for s in free if lo < position[id(s)] < hi and any(f(s.text) for f in fits)]
        if not gap:
            continue
        if len(gap) < len(missing):  # rows a design may leave blank printed nothing
            missing = [k for k in missing if k not in design.may_be_blank]
        if len(gap) != len(missing):
            continue
        checks = [field_check(t.spec.field(k), design, t.never) for k in missing]
        if not all(chk(s.text) for chk, s in zip(checks, gap, strict=True)):
            continue
        for key, seg in zip(missing, gap, strict=True):
            value, factor = value_of(t.spec.field(key), seg.text, design)
            if value:
                values[key] = (value, seg.score * factor * ORDER_FACTOR,
                               Found(seg.text, seg.score, [seg]))
