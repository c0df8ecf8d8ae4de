"""Fields of the Chinese birth medical certificate (出生医学证明).

Why this shape: the certificate is a pre-printed form filled by a printer, so
each value sits on its label's row, to the right, possibly split by pre-printed
slot words (年 月 日 / 省 市 县(区) / 克 / 周).  The parents' rows repeat the same
labels (年龄, 国籍, 民族, 住址, 有效身份证件号码); each repeated label is given to
the parent whose name label heads its column (side by side) or its block
(stacked), whichever the form uses.
"""

from __future__ import annotations

import re

from desktop_ocr.backends.offline.labels import one_glyph_off
from desktop_ocr.backends.offline.layout import (
    Found,
    Segment,
    cell_lines,
    found_from,
    printer_shift,
    promote_misread_labels,
    value_for,
)
from desktop_ocr.backends.offline.page import PageText
from desktop_ocr.backends.offline.place_slots import is_place, read_place
from desktop_ocr.backends.offline.places import split_place
from desktop_ocr.backends.offline.reader import tables
from desktop_ocr.backends.offline.reread import region
from desktop_ocr.documents.birth_certificate import BIRTH_CERTIFICATE
from desktop_ocr.documents.design import Design, ValueAt
from desktop_ocr.documents.identifiers import (
    BIRTH_CERTIFICATE_NUMBER,
    CN_RESIDENT_ID,
    INVALID,
    REPAIRED,
    VALID,
    compact,
)
from desktop_ocr.documents.normalize import (
    clean_name,
    clean_text,
    normalize_date_iso,
    normalize_sex,
    weight_kg,
)

_CN_NAME = re.compile(r"^[\u3400-\u9fff·•]{2,6}$")
_DIGITS = re.compile(r"\d+")


def _name_ok(s: str) -> bool:
    return bool(_CN_NAME.match(_cn_name(s)))


def _cn_name(s: str) -> str:
    """A Chinese name without Latin residue of a merged English label."""
    return re.sub(r"[A-Za-z'’ .]", "", clean_name(s))


def _sex_ok(s: str) -> bool:
    return bool(normalize_sex(re.sub(r"[A-Za-z\s]", "", s) or s, "zh"))


# Glyphs the recogniser returns for a slot word: 曰 (yue) for 日, 目 for 日.
_SLOT_GLYPHS = str.maketrans({"曰": "日", "目": "日", "冃": "月"})


def _date_text(s: str) -> str:
    """Keep what a date printed into 年/月/日 slots is made of (drop slot letters)."""
    return re.sub(r"[^0-9年月日时分:\-./ ]", "", s.translate(_SLOT_GLYPHS)).strip()


def _numbers_between(tokens: list[str], a: int, b: int) -> list[str]:
    return [t for t in tokens[a + 1:b] if t.isdigit()]


def _day_after_month(tokens: list[str], im: int) -> str | None:
    """The day when the 日 slot word was lost: the first number after 月, but only
    when the numbers that follow add up to exactly a day plus the time printed with
    slot words (day hour 时, day hour minute 分, or a bare day), so a lost day number
    never turns the hour into the day."""
    after = len(tokens)
    if "时" in tokens[im:]:
        hour = tokens.index("时", im)
        nums, want = _numbers_between(tokens, im, hour), (2,)
    elif "分" in tokens[im:]:
        nums, want = _numbers_between(tokens, im, tokens.index("分", im)), (3,)
    else:
        nums, want = _numbers_between(tokens, im, after), (1, 3)
    return nums[0] if len(nums) in want else None


def parse_birth_date(s: str) -> str:
    """ISO date of 出生时间, or "" when the printed date cannot be read for sure.

    With the pre-printed slot words (年 月 日) the number before each word is taken.
    One lost slot word is recovered from the others when the count of numbers leaves
    no doubt (``2018 年 07 10 日``: two numbers between 年 and 日 are month and day);
    otherwise the date is left blank rather than guessed (``2023 09 日``: is 09 the
    month or the day?).
    """
    t = _date_text(s)
    tokens = re.findall(r"\d+|[年月日时分]", t)
    if "月" in tokens or "日" in tokens:
        years = [x for x in tokens if x.isdigit() and len(x) == 4]
        if not years:
            return ""
        iy = tokens.index(years[0])
        month = day = None
        if "月" in tokens and "日" in tokens:
            im, iday = tokens.index("月"), tokens.index("日")
            if 0 < im < iday and tokens[im - 1].isdigit() and tokens[iday - 1].isdigit() \
                    and iday - 1 != im and im - 1 > iy:
                month, day = tokens[im - 1], tokens[iday - 1]
        elif "日" in tokens:  # 月 lost: exactly month and day between the year and 日
            nums = _numbers_between(tokens, iy, tokens.index("日"))
            if len(nums) == 2:
                month, day = nums
        else:  # 日 lost
            im = tokens.index("月")
            if im - 1 > iy and tokens[im - 1].isdigit():
                month, day = tokens[im - 1], _day_after_month(tokens, im)
        if not month or not day:
            return ""
        return normalize_date_iso(f"{years[0]}-{month}-{day}") or ""
    iso = normalize_date_iso(t)
    if iso:
        return iso
    nums = _DIGITS.findall(t)
    if len(nums) >= 3 and len(nums[0]) == 4:
        return normalize_date_iso(f"{nums[0]}-{nums[1]}-{nums[2]}") or ""
    return ""


def _is_zh(s: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]", s))


def _number(s: str) -> str:
    m = _DIGITS.search(s.replace(" ", ""))
    return m.group(0) if m else ""


def _length(s: str) -> str:
    m = re.search(r"\d+(?:\.\d+)?", s.replace(" ", ""))
    return m.group(0) if m else ""


def _printed(s: str) -> bool:
    """A printed word of some design (label, tick box, margin text), never a value."""
    return s in tables("birth_certificate").never


def _person(s: str) -> bool:
    """A person's name: name glyphs, not a printed word, not another field's known
    value (中国 beside a name label is the nationality, not the name)."""
    return _name_ok(s) and not _printed(s) and _cn_name(s) not in value_words()


_ADDRESS_GLYPHS = re.compile(r"[路街号室幢栋单元区县市省镇乡村巷弄\d]")


def _country_like(s: str) -> bool:
    """A nationality: 中国 or a country's name — short, no address in it."""
    t = _cn_name(s)
    return t.startswith("中国") or (2 <= len(t) <= 10 and not _ADDRESS_GLYPHS.search(t))


def _ethnic(s: str) -> str:
    """An ethnic group as printed, a one-glyph misread put right when exactly one group
    is that close (景颜族 → 景颇族); "" for text that is no ethnic group."""
    t = _cn_name(s)
    groups = BIRTH_CERTIFICATE.field("motherEthnic").vocabulary
    if t in groups:
        return t
    close = [g for g in groups if one_glyph_off(g, t)]
    if len(close) == 1:
        return close[0]
    return t if t.endswith(("族", "人")) and 2 <= len(t) <= 6 else ""


def _text_ok(s: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", s)) and not _printed(s)


CHECKS = {
    "babyName": lambda s: _person(s),
    "motherName": lambda s: _person(s),
    "fatherName": lambda s: _person(s),
    "Name": lambda s: _person(s),
    "babySex": _sex_ok,
    "babyBirthday": lambda s: bool(parse_birth_date(s)),
    "place": lambda s: is_place(s) and not _printed(s),
    "gestationalAge": lambda s: bool(_number(s)),
    "birthWeight": lambda s: bool(weight_kg(_number(s) and s)),
    "birthLength": lambda s: bool(_length(s)),
    "code": lambda s: BIRTH_CERTIFICATE_NUMBER.read(s).status != INVALID,
    "Age": lambda s: bool(_number(s)),
    "ID": CN_RESIDENT_ID.shaped,
    "Nationality": lambda s: _text_ok(s) and _country_like(s),
    "Ethnic": lambda s: _text_ok(s) and bool(_ethnic(s)),
    "Address": _text_ok,
    "hospital": lambda s: bool(re.search(r"[\u4e00-\u9fff]{3}", s)) and not _printed(s),
}
SPACED = {"babyBirthday", "gestationalAge", "birthWeight", "birthLength"}
JOIN = {"babyBirthday", "place", "Address", "hospital", "birthWeight", "gestationalAge", "ID",
        "birthLength"}


def _parent_of(label: Segment, heads: dict[str, Segment]) -> str | None:
    """mother/father whose name label heads this repeated label's column or block.

    Side by side (both name labels on one row): the column the label sits in,
    i.e. the right-most name label starting left of it.  Stacked: the nearest
    name label above it.
    """
    above = {w: h for w, h in heads.items() if label.cy - h.cy >= -0.6 * label.h}
    if not above:
        return None
    if len(above) == 2:
        m, f = above["mother"], above["father"]
        if abs(m.cy - f.cy) < 0.8 * max(m.h, f.h):
            left_of = [w for w, h in above.items() if h.x0 <= label.x0 + label.h]
            if not left_of:
                return min(above, key=lambda w: above[w].x0)
            return max(left_of, key=lambda w: above[w].x0)
    return max(above, key=lambda w: above[w].cy)


def _trim_to(found: Found, limit: float, segs: list[Segment], own: str) -> Found:
    """A value printed over the cell border can swallow part of the next column's label
    (``…1803室址`` for ``…1803室`` + ``住址``): drop that label's tail from the value."""
    last = found.segments[-1]
    if last.x1 <= limit + 0.3 * last.h:
        return found
    row_labels = [s.text for s in segs if s.key and s.key not in ("_en",)
                  and abs(s.cy - last.cy) < max(s.h, last.h) and s.x0 >= limit - s.h]
    row_labels.append(own)  # the other parent's copy of this very label
    text = found.text
    for lab in row_labels:
        for k in range(len(lab), 0, -1):
            if text.endswith(lab[-k:]) or text.endswith(lab[:k]):
                return Found(text[:-k], found.score * 0.9, found.segments)
    return found


class _Keep:
    """A ``store`` callback writing into ``out`` with a confidence factor."""

    def __init__(self, out: dict, factor: float) -> None:  # type: ignore[type-arg]
        self.out, self.factor = out, factor

    def __call__(self, key: str, value: str, found: Found, factor: float = 1.0) -> None:
        if value:
            self.out[key] = (value, found.score * factor * self.factor, found)


def _infer_missing_head(heads: dict[str, Segment], labels: list[Segment]) -> None:
    """One parent's name label lost (smudge, glare): if the repeated labels come in
    pairs on one row, the parents are side by side and the other column is where the
    second copy of each pair starts."""
    if len(heads) != 1:
        return
    (who, head), = heads.items()
    other = "father" if who == "mother" else "mother"
    lefts, rights = [], []
    for a in labels:
        if not (a.key or "").startswith("p_") or a.cy < head.cy - 0.6 * head.h:
            continue
        for b in labels:
            if b.key == a.key and b is not a and abs(b.cy - a.cy) < 0.8 * max(a.h, b.h) \
                    and b.x0 - a.x1 > a.h:
                lefts.append(a.x0)
                rights.append(b.x0)
    if not lefts:
        return
    left_x = sorted(lefts)[len(lefts) // 2]
    right_x = sorted(rights)[len(rights) // 2]
    x = right_x if abs(head.x0 - left_x) < abs(head.x0 - right_x) else left_x
    w = head.x1 - head.x0
    heads[other] = Segment(head.text, head.line, head.start, head.end,
                           (x, head.y0, x + w, head.y1), f"{other}Name")


def _side_by_side(heads: dict[str, Segment]) -> tuple[Segment, Segment] | None:
    """(left, right) name labels when the parents are printed in two columns."""
    if len(heads) != 2:
        return None
    a, b = sorted(heads.values(), key=lambda s: s.x0)
    if abs(a.cy - b.cy) < 0.8 * max(a.h, b.h) and b.x0 - a.x1 > a.h:
        return a, b
    return None


def _column_limit(label: Segment, heads: dict[str, Segment]) -> float | None:
    """In two parent columns, a value of the left column ends where the right one starts
    (a long address printed over the cell border must not swallow the other's)."""
    cols = _side_by_side(heads)
    if cols is None:
        return None
    _, right = cols
    if label.x0 < right.x0 - label.h:
        return right.x0 - 0.5 * right.h
    return None


def _other_column(segs: list[Segment], out: dict, heads: dict[str, Segment]) -> None:  # type: ignore[type-arg]
    """A parent's repeated label lost under an overflowing value: read the value on the
    same row in that parent's column, next to the other parent's found label."""
    cols = _side_by_side(heads)
    if cols is None:
        return
    left, right = cols
    side = {id(left): "left", id(right): "right"}
    who_at = {side[id(h)]: w for w, h in heads.items()}
    for field in ("Name", "Age", "Nationality", "Ethnic", "Address", "ID"):
        for have, miss in (("left", "right"), ("right", "left")):
            got, want = f"{who_at[have]}{field}", f"{who_at[miss]}{field}"
            if got not in out or want in out or out[got][2] is None:
                continue
            anchor = out[got][2].segments[0]
            lo = right.x0 - 0.5 * right.h if miss == "right" else left.x0
            hi = None if miss == "right" else right.x0 - 0.5 * right.h
            row = [s for s in segs if s.key is None and s.x0 >= lo
                   and (hi is None or s.x0 < hi)
                   and abs(s.cy - anchor.cy) <= 0.62 * max(s.h, anchor.h)
                   and all(s is not p for v in out.values() if v[2] for p in v[2].segments)]
            if not row:
                continue
            found = Found("".join(p.text for p in row), min(p.score for p in row), row)
            check = CHECKS.get(field, lambda t: bool(t))
            if check(found.text):
                _store_field(want, field, found, _Keep(out, 0.9))


def value_words() -> frozenset[str]:
    """Words that are values, never labels: the 56 ethnic groups (``汉族`` is one glyph
    from the label ``民族``) and the nationality (the fields' vocabularies)."""
    return BIRTH_CERTIFICATE.vocabulary


Table = list[tuple[str, Segment]]


def _parents_table(segs: list[Segment], labels: list[Segment],
                   heads: dict[str, Segment]) -> Table | None:
    """(who, column head) left to right when the parents are a table: the column heads
    母亲 and 父亲 side by side over rows labelled 姓名 / 年龄 / 国籍 ... on the left
    (no 母亲姓名 / 父亲姓名 labels).  None for the other layouts."""
    if heads:
        return None
    cols: dict[str, Segment] = {}
    for s in sorted(labels, key=lambda s: s.cy):
        if s.key in ("col_mother", "col_father"):
            cols.setdefault(s.key[4:], s)
    if len(cols) == 1:
        _infer_other_column(cols, segs, labels)
    if len(cols) != 2:
        return None
    a, b = sorted(cols.items(), key=lambda kv: kv[1].x0)
    if abs(a[1].cy - b[1].cy) > 0.8 * max(a[1].h, b[1].h) or b[1].x0 - a[1].x1 < a[1].h:
        return None
    rows = [s for s in labels if (s.key or "").startswith("p_") and s.cy > a[1].cy
            and s.x1 < a[1].x0]
    return [a, b] if rows else None


def _infer_other_column(cols: dict[str, Segment], segs: list[Segment],
                        labels: list[Segment]) -> None:
    """One column head lost (``父`` read alone, or nothing): the first row of the table
    holds one value per parent; the value away from the known head is the other
    parent's column, and a head is placed over it."""
    (who, head), = cols.items()
    rows = [s for s in labels if (s.key or "").startswith("p_") and s.cy > head.cy
            and s.x1 < head.x0]
    if not rows:
        return
    first = min(rows, key=lambda s: s.cy)
    vals = sorted((s for s in segs if s.key is None and s.x0 > first.x1 - 0.3 * first.h
                   and abs(s.cy - first.cy) < 0.8 * max(s.h, first.h)
                   and re.search(r"[\u3400-\u9fff\d]", s.text)), key=lambda s: s.x0)
    if len(vals) < 2 or vals[-1].x0 - vals[0].x1 < 2 * first.h:
        return
    centre = (head.x0 + head.x1) / 2
    _near, far = sorted((vals[0], vals[-1]), key=lambda s: abs((s.x0 + s.x1) / 2 - centre))
    other = "father" if who == "mother" else "mother"
    cols[other] = Segment(head.text, head.line, head.start, head.end,
                          (far.x0, head.y0, far.x1, head.y1), f"col_{other}")


def _table_values(lab: Segment, segs: list[Segment], labels: list[Segment],
                  table: Table) -> list[tuple[str, Found]]:
    """The row of ``lab`` in a parents table, cut at the middle between the column
    heads: what starts left of it is the first parent's, the rest the second's.  The
    row reaches down to the next row label (a value wrapped inside its cell, printed
    a little low), so an address on two lines is read whole."""
    below = [s.y0 for s in segs if s.key is not None and s.key != "_en" and s is not lab
             and s.cy > lab.cy + 0.5 * lab.h and s.x0 < lab.x1 and s.x1 > lab.x0]
    top = lab.y0 - 0.4 * lab.h
    bottom = min(below, default=lab.y1 + 1.5 * lab.h) - 0.1 * lab.h
    (first, fh), (second, sh) = table
    mid = (fh.x0 + fh.x1 + sh.x0 + sh.x1) / 4
    out: list[tuple[str, Found]] = []
    for who, lo, hi in ((first, lab.x1 - 0.3 * lab.h, mid), (second, mid, float("inf"))):
        parts = [s for s in segs if s.key is None and lo <= s.x0 < hi
                 and top <= s.cy <= bottom and not re.fullmatch(r"[A-Za-z .'/()]+", s.text)]
        if parts:
            out.append((who, found_from(_own_rows(lab, parts, wraps=lab.key == "p_Address"))))
    return out


def _own_rows(lab: Segment, parts: list[Segment], wraps: bool) -> list[Segment]:
    """The visual row of ``parts`` nearest the label, and for a value that wraps (an
    address) the rows right under it — not the next field, whose label may be lost."""
    rows: list[list[Segment]] = []
    for p in sorted(parts, key=lambda s: s.cy):
        if rows and abs(p.cy - rows[-1][0].cy) < 0.5 * min(p.h, rows[-1][0].h):
            rows[-1].append(p)
        else:
            rows.append([p])
    i = min(range(len(rows)), key=lambda k: abs(rows[k][0].cy - lab.cy))
    lo = hi = i

    def close(a: int, b: int) -> bool:  # rows a above b, one wrapped text
        gap = min(s.y0 for s in rows[b]) - max(s.y1 for s in rows[a])
        return gap <= 0.8 * max(s.h for s in rows[a])

    while wraps and lo > 0 and close(lo - 1, lo):
        lo -= 1
    while wraps and hi + 1 < len(rows) and close(hi, hi + 1):
        hi += 1
    return [p for r in rows[lo:hi + 1] for p in r]


def _orphan_field(text: str) -> str | None:
    """The parent's field a value must be, by its shape alone (its row label lost)."""
    t = clean_text(text).replace(" ", "")
    if re.fullmatch(r"\d{2}", t) and 14 <= int(t) <= 65:
        return "Age"
    if t in value_words() and t.endswith("族"):
        return "Ethnic"
    if t in ("中国", "中华人民共和国"):
        return "Nationality"
    if CN_RESIDENT_ID.shaped(t):
        return "ID"
    if len(t) >= 6 and re.search(r"\d+号|路|街|村|室|幢", t) and split_place(t).found:
        return "Address"
    return None


def _table_orphans(segs: list[Segment], labels: list[Segment], table: Table,
                   out: dict, taken: set[int]) -> None:  # type: ignore[type-arg]
    """Values left in a parents table whose row label the OCR lost (a watermark over
    ``年龄``): an age, an ethnic group, 中国 or a valid ID can only be one field."""
    rows = [s for s in labels if (s.key or "").startswith("p_") and s.cy > table[0][1].cy]
    if not rows:
        return
    top = table[0][1].y1
    bottom = max(s.y1 for s in rows) + 1.5 * max(s.h for s in rows)
    left = max(s.x1 for s in rows) - 0.3 * rows[0].h
    (first, fh), (second, sh) = table
    mid = (fh.x0 + fh.x1 + sh.x0 + sh.x1) / 4
    for s in segs:
        if s.key is not None or id(s) in taken or not (top < s.cy < bottom) or s.x0 < left:
            continue
        field = _orphan_field(s.text)
        who = first if s.x0 < mid else second
        if field and f"{who}{field}" not in out:
            _store_field(f"{who}{field}", field, Found(s.text, s.score, [s]), _Keep(out, 0.8))


def extract(segs: list[Segment], design: Design | None = None, page: PageText | None = None
            ) -> dict[str, tuple[str, float, Found | None]]:
    """Vendor key → (value, confidence, where) for everything found.

    ``page``: the page's pixels, to re-read an ID printed in 18 boxes that the
    detector broke into single digits (the 4th edition's 身份证号).
    """
    out: dict[str, tuple[str, float, Found | None]] = {}
    unread_ids: list[tuple[Segment, str]] = []
    t = tables("birth_certificate")
    segs = promote_misread_labels(segs, t.labels, value_words())
    labels = [s for s in segs if s.key and not s.key.startswith("_")]
    heads: dict[str, Segment] = {}
    for s in sorted(labels, key=lambda s: (not _is_zh(s.text), s.cy)):
        if s.key in ("motherName", "fatherName"):
            heads.setdefault(s.key[:-4], s)
    _infer_missing_head(heads, labels)
    taken: set[int] = set()
    shift = printer_shift(segs)

    def store(key: str, value: str, found: Found, factor: float = 1.0) -> None:
        if value and (key not in out or out[key][1] < found.score * factor):
            out[key] = (value, found.score * factor, found)
            taken.update(id(p) for p in found.segments)

    table = _parents_table(segs, labels, heads)
    for lab in sorted(labels, key=lambda s: (s.cy, s.x0)):
        key = lab.key or ""
        if key.startswith("col_") or (key == "p_Name" and not table):
            continue
        if key.startswith("p_") and table is not None and lab.cy > table[0][1].cy:
            for who, found in _table_values(lab, segs, labels, table):
                field = key[2:]
                if CHECKS.get(field, bool)(found.text):
                    _store_field(f"{who}{field}", field, found, store)
            continue
        if key.startswith("p_"):
            who = _parent_of(lab, heads) if heads else None
            if who is None:
                continue
            field = key[2:]
            target = f"{who}{field}"
        else:
            field = key
            target = key
        for kind in ("mother", "father"):
            if field.startswith(kind) and field != f"{kind}Name":
                field = field[len(kind):]
        check = CHECKS.get(field, CHECKS.get(target, lambda s: bool(s)))
        limit = _column_limit(lab, heads) if key.startswith("p_") or target[:6] in (
            "mother", "father") else None
        found = value_for(lab, segs, mode="right", check=check, join=field in JOIN,
                          sep=" " if field in SPACED else "", x_limit=limit, shift=shift)
        if found is None:
            if field == "ID":
                unread_ids.append((lab, target))
            continue
        if limit is not None:
            found = _trim_to(found, limit, segs, lab.text)
        if field == "Address" or field == "hospital":
            more = cell_lines(lab, found.segments, segs, taken, limit, _printed)
            if more:
                found = found_from([*found.segments, *more])
        _store_field(target, field, found, store)
    if page is not None:
        _reread_ids(page, unread_ids, labels, out)
    if table is not None:
        _table_orphans(segs, labels, table, out, taken)
    _other_column(segs, out, heads)
    _fallbacks(segs, out)
    shape_fallback(segs, out)
    return out


def _reread_ids(page: PageText, unread: list[tuple[Segment, str]], labels: list[Segment],
                out: dict) -> None:  # type: ignore[type-arg]
    """IDs whose label was found but whose digits the detector lost (one box per digit):
    the region right of the label read as one line; kept only as a valid ID."""
    wanted = [(target, box) for lab, target in unread if target not in out
              and (box := region(lab, labels, ValueAt.RIGHT, reach=22.0)) is not None]
    lines = page.read_boxes([box for _, box in wanted])
    for (target, _box), line in zip(wanted, lines, strict=False):
        reading = CN_RESIDENT_ID.read(line.text)
        if reading.status in (VALID, REPAIRED) and line.score >= 0.8:
            seg = Segment(line.text, line, 0.0, 1.0, line.box)
            out[target] = (reading.value, line.score * reading.factor * 0.85,
                           Found(line.text, line.score, [seg]))


def _store_field(target: str, field: str, found: Found, store) -> None:  # type: ignore[no-untyped-def]
    text = found.text
    if field == "place":
        place = read_place([p.text for p in found.segments])
        store("birthProvince", place.province, found)
        store("birthCity", place.city, found)
        store("birthCounty", place.county, found)
    elif field == "babyBirthday":
        store(target, parse_birth_date(text), found)
    elif field == "babySex":
        store(target, normalize_sex(re.sub(r"[A-Za-z\s]", "", text) or text, "zh"), found)
    elif field == "birthWeight":
        store(target, weight_kg(text), found)
    elif field in ("gestationalAge", "Age"):
        store(target, _number(text), found)
    elif field == "birthLength":
        store(target, _length(text), found)
    elif field == "code":
        checked = BIRTH_CERTIFICATE_NUMBER.read(text)
        store(target, checked.value, found, checked.factor)
    elif field == "ID":
        checked = CN_RESIDENT_ID.read(text)
        store(target, checked.value, found, checked.factor)
    elif field in ("babyName", "motherName", "fatherName", "Name"):
        store(target, _cn_name(text), found)
    elif field == "Nationality" and clean_text(text).startswith("中国"):
        store(target, "中国", found)  # "中国国箱": the next label misread into the value
    elif field == "Ethnic":
        ethnic = _ethnic(text)
        store(target, ethnic, found, 1.0 if ethnic == _cn_name(text) else 0.85)
    else:
        # English label residue merged into a Chinese value ("Ad新村", "汉族 Ethnic").
        text = re.sub(r"^[A-Za-z' ]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[A-Za-z' ]+$", "",
                      clean_text(text)).replace(" ", "")
        if field == "Address":
            text = _address_only(target, text, found, store)
        store(target, text, found)


def _address_only(target: str, text: str, found: Found, store) -> str:  # type: ignore[no-untyped-def]
    """An address that swallowed its neighbours in the parent's block: the nationality
    printed just above it (``中国宣城市…``) or the ID just below (``…2903室1502…``)
    — no address starts with 中国 or ends in an 18-character ID.  The swallowed
    value goes to its own field when that is still empty (``store`` keeps the best)."""
    who = target[: -len("Address")]
    m = re.match(r"^(中国|中华人民共和国)(?=.{4})", text)
    if m and split_place(text[m.end():]).found:
        store(f"{who}Nationality", "中国", found, 0.7)
        text = text[m.end():]
    m = re.search(r"\d{17}[\dXx]$", text)
    if m and m.start() > 4:
        store(f"{who}ID", CN_RESIDENT_ID.read(m.group(0)).value, found, 0.7)
        text = text[:m.start()]
    return text


def _fallbacks(segs: list[Segment], out: dict[str, tuple[str, float, Found | None]]) -> None:
    """The certificate number has a fixed shape: find it anywhere if its label was lost."""
    if "code" in out:
        return
    for s in segs:
        if s.key is None and re.fullmatch(r"[A-Z]\d{9}", compact(s.text).upper()):
            checked = BIRTH_CERTIFICATE_NUMBER.read(s.text)
            out["code"] = (checked.value, s.score * 0.8, Found(s.text, s.score, [s]))
            return


# ------------------------------------------------------------- labels dropped out
#
# Why: the form of a birth certificate is pre-printed in a coloured ink that a
# black-and-white scanner or fax drops (by design, for forms), leaving only the
# printer's values.  Values still have shapes only one field has (a date with 时,
# 男/女, a weight in grams, an 18-digit ID, an ethnic group...) and the national form
# has a fixed order (the child, then the parents, the mother first).  Fields no
# label gave are filled from that at a low confidence, so the clerk checks them.

_GUESS = 0.6
_STREET = re.compile(r"\d+号|路|街|巷|村|室|幢|单元|小区|花园|大道")
_HOSPITAL = re.compile(r"(医院|保健院|卫生院|医疗中心|服务中心|保健所)$")


def _unused(segs: list[Segment], out: dict) -> list[Segment]:  # type: ignore[type-arg]
    used = {id(p) for v in out.values() if v[2] is not None for p in v[2].segments}
    return [s for s in segs if s.key is None and id(s) not in used]


def _put_guess(out: dict, key: str, field: str, s: Segment,  # type: ignore[type-arg]
               labelled: frozenset[str] = frozenset()) -> None:
    """Store a guess for ``key`` — unless the page prints ``key``'s label: then the
    labelled reader looked beside it and found nothing, so the field is empty on the
    form (a 28 elsewhere on the page is not the gestational age of an empty 孕周)."""
    if key not in out and key not in labelled and f"p_{field}" not in labelled:
        _store_field(key, field, Found(s.text, s.score, [s]), _Keep(out, _GUESS))


def _plain(s: Segment) -> str:
    return clean_text(s.text).replace(" ", "")


def _person_name(s: Segment) -> bool:
    t = _plain(s)
    return (_name_ok(t) and 2 <= len(t) <= 4 and t not in value_words()
            and not re.search(r"[省市县区镇乡路号院族国周克米]", t))


def shape_fallback(segs: list[Segment], out: dict) -> None:  # type: ignore[type-arg]
    """Fill fields no label gave from the value's shape and the form's order."""
    free = sorted(_unused(segs, out), key=lambda s: (s.cy, s.x0))
    if not free:
        return
    labelled = frozenset(s.key for s in segs if s.key)
    h = sorted(s.h for s in free)[len(free) // 2]
    sexes = [s for s in free if _plain(s) in ("男", "女")]
    if len(sexes) == 1:
        _put_guess(out, "babySex", "babySex", sexes[0], labelled)
    # The birth has a time (时); else it is the earlier of the birth and issue dates.
    dates = sorted((s for s in free if parse_birth_date(s.text)),
                   key=lambda s: parse_birth_date(s.text))
    timed = [s for s in dates if "时" in s.text]
    if timed or len(dates) >= 2:
        _put_guess(out, "babyBirthday", "babyBirthday", (timed or dates)[0], labelled)
    # A hospital's name carries its place (连云港市人民医院); a bare 妇幼保健院 is the
    # type-of-place box of the form.
    hospitals = [s for s in free if _HOSPITAL.search(_plain(s))
                 and split_place(_plain(s)).found]
    if hospitals:
        _put_guess(out, "hospital", "hospital", hospitals[0], labelled)
    # The parents' part starts about two rows above the first nationality / ethnic group
    # / ID; the child's numbers are above it.
    parent_marks = [s.y0 for s in free if _plain(s) in value_words() or _plain(s) == "中国"
                    or CN_RESIDENT_ID.shaped(s.text)]
    parents_top = min(parent_marks) - 2.6 * h if parent_marks else float("inf")
    child = [s for s in free if s.cy < parents_top]
    places = [s for s in child if is_place(_plain(s)) and not _STREET.search(_plain(s))
              and not _HOSPITAL.search(_plain(s))]
    if places and "birthProvince" not in out and "birthCity" not in out \
            and "place" not in labelled:
        _store_field("place", "place", Found(places[0].text, places[0].score, [places[0]]),
                     _Keep(out, _GUESS))
    # Four digits that could be a year (a date printed in slots) need their unit.
    grams = [s for s in child if re.fullmatch(r"\d{4}(克|g|G)?", _plain(s))
             and 500 <= int(_number(s.text)) <= 6500
             and (not 1900 <= int(_number(s.text)) <= 2099 or not _plain(s).isdigit())]
    if len(grams) == 1:
        _put_guess(out, "birthWeight", "birthWeight", grams[0], labelled)
    small = [s for s in child if re.fullmatch(r"\d{2}(周|厘米|cm)?", _plain(s))]
    weeks = [s for s in small if 20 <= int(_number(s.text)) <= 39 or "周" in s.text]
    lengths = [s for s in small if 45 <= int(_number(s.text)) <= 65 or "米" in s.text]
    if len(weeks) == 1:
        _put_guess(out, "gestationalAge", "gestationalAge", weeks[0], labelled)
    if len(lengths) == 1:
        _put_guess(out, "birthLength", "birthLength", lengths[0], labelled)
    names = [s for s in free if _person_name(s)]
    baby = [s for s in names if s.cy < parents_top]
    if baby:
        _put_guess(out, "babyName", "babyName", baby[0], labelled)
    _parents_by_shape(free, [s for s in names if s.cy >= parents_top], out, h,
                      labelled)


def _parents_by_shape(free: list[Segment], names: list[Segment], out: dict,  # type: ignore[type-arg]
                      h: float, labelled: frozenset[str]) -> None:
    """The two parents' values by region: side by side (two names on one row: columns)
    or stacked (blocks from each name down to the next)."""
    if len(names) < 2 or any(k in out for k in ("motherName", "fatherName")):
        return
    a, b = names[0], names[1]
    side = abs(a.cy - b.cy) < 0.7 * max(a.h, b.h)
    first, second = (sorted((a, b), key=lambda s: s.x0) if side else (a, b))
    # The child usually carries the father's surname: that names the father when
    # exactly one parent shares it; otherwise the national form's order, mother first.
    baby = out.get("babyName", ("",))[0]
    who = ("mother", "father")
    if baby and _plain(first)[:1] == baby[:1] != _plain(second)[:1]:
        who = ("father", "mother")
    for parent, name in zip(who, (first, second), strict=True):
        _put_guess(out, f"{parent}Name", "Name", name, labelled)
        if side:
            mid = (first.x1 + second.x0) / 2
            region = [s for s in free if s.cy > name.y0 - 0.5 * h
                      and ((s.x0 < mid) == (name is first))]
        else:
            stop = second.y0 - 0.5 * h if name is first else float("inf")
            region = [s for s in free if name.y0 - 0.5 * h <= s.cy < stop]
        for s in region:
            if s is name:
                continue
            field = _orphan_field(s.text)
            if field and f"{parent}{field}" not in out:
                _put_guess(out, f"{parent}{field}", field, s, labelled)
