"""Synthetic identity documents with known ground truth (no Qt).

Why: the project never uses real people's documents; the offline engine's tests and
benchmark, the GUI tests and the cloud tests all render their inputs here, with the truth a
correct engine must output after normalisation.

    >>> from desktop_ocr.synthetic import generate, save
    >>> doc = generate("ghana_card", seed=7, style="photo")
    >>> doc.truth["surname"], doc.image.size        # doctest: +SKIP
    >>> other = generate("birth_certificate", seed=7, family="alt")  # another layout family

    >>> blank = generate("birth_certificate", 3, family="real", design="5th", blank=True)

Layout families (``FAMILIES``): ``standard`` and ``alt`` are independent renderings of each
type (another edition or issue, other label styles, value formats, fonts; ADR 0032); a seed
in one family is a different document from the same seed in another.  Capture styles
(``CAPTURE_STYLES``): ``scan``, ``photo``, ``photo_rotated`` (ADR 0031), ``scan_gray`` and
``fax`` (ADR 0032; ``save`` writes these two as one-channel files).

``real`` (ADR 0033) renders the designs a clerk meets, ``DESIGNS``: ``ghana_card`` ``ecowas``
(2017) and ``nia`` ("National Identity Card"), ``ghana_voter`` ``ec``, ``birth_certificate``
``4th`` (2005–2013, landscape), ``5th`` (2014–2022, A4) and ``7th`` (from 2023, with a
barcode).  ``generate(type, seed, style, family="real", design=None, blank=False)``:
``design`` None picks ``DESIGNS[type][seed % len]``; ``doc.design`` and ``doc.layout``
(``"5th:sheet-…"``, ``"5th:front-…"``) say what was drawn.  ``blank=True`` (any family) is
the same form with nothing filled in: every truth value "", no value boxes, the printed
form, tick boxes and a certificate's pre-printed serial still there.  Cases reached by seed
``n`` (``real.plan``):

* certificates: ``n // 2`` even → the whole sheet (正页, 副页, 存根, same values; the 4th
  edition landscape side by side, the 5th/7th stacked on A4), odd → the 正页 alone;
  (a) ``4th`` with ``n // 2`` odd: the one-column portrait 正页 with 健康状况 and
  出生地点分类 tick rows and 签发日期 among the fields;
  (b) ``n % 5 == 2``: values in a brush-style font (AR PL UKai) set in traditional
  characters (OpenCC s2t, only where converting back is exact) — the truth stays simplified;
  (c) ``n % 5 == 3``: a municipality in the 省 and the 市 slot (重庆市 重庆市 渝北区 →
  truth 重庆市 / 重庆市 / 渝北区); ``n % 5 == 4``: the 市 slot left empty (北京市 / "" /
  朝阳区);
  (d) ``n % 3 == 1``: long hospital names and addresses, wrapped inside their own cell;
* cards: ``n % 4 == 3``: the ``photo`` styles give a card of about 330×210 px;
  ECOWAS ``n % 6 == 5``: the early PIN form ``GH000000023``; voter card ``n % 3 == 2``: an
  older card printing Age and no date of birth.

A Ghana Card's back side (issue 15): ``generate("ghana_card", n, style, family="real",
design=..., side="back")`` is the back of the card whose front is the same seed and
design — its ICAO 9303 TD1 zone in OCR-B (``doc.mrz``, the lines as printed), with one
check digit printed wrong when ``n % 5 == 4`` (``doc.mrz_valid`` False); its truth is what
the back alone tells (``real.ghana_back``: all given names in ``first_name``, dates
``dd/mm/yyyy``, nationality ``GHANAIAN``, fields only the front prints "").

Truth conventions that are not obvious from the vendor documents (all families):

* Keys are exactly the vendor API keys (``documents.schema``), every key present; a field a
  design does not print is "" (the NIA card's nationality, place and date of issue; the
  4th edition's addresses; a voter card's age or date of birth, whichever it lacks).

* Ghana Card ``first_name`` is the whole printed "Firstnames/Prénoms" (``real`` ECOWAS:
  "First Names") and ``middle_name`` is "": a design that prints one first-names field fills
  one field (issue 10); only a design with its own middle-name row (``real`` NIA) fills
  ``middle_name``, each from its own row.
* Ghana dates: the raw field is exactly as printed (``10/05/1984``, voter registration also
  ``2020/06/30``, ECOWAS ``13/JUN/1986``, NIA month first ``06/13/1986``), the ``*_s``
  field its dd-mm-yyyy form; a date not printed is "" in both.
* Ghana Card ``height`` is the number in metres as printed, without the unit (``1.85M`` and
  ``1.85`` both give ``1.85``); the PIN as printed (``GHA-123456789-0``, ``GH000000023``);
  the ECOWAS document number nine digits and two letters, the NIA one two letters and seven
  digits; voter ``gender`` ``M``/``F`` whether ``MALE`` or ``M`` is printed; polling
  station code a letter, six digits and up to two letters.
* Voter card ``age`` is printed on every ``standard``/``alt`` card, ``birthday`` only on
  some (the vendor example returns an empty birthday with an age); a ``real`` card prints
  one of the two and the other is "".
* Birth certificate ``birthWeight`` is printed in grams next to 克 g and its truth is the
  vendor's kilogram string (3250 g → "3.25"); ``code`` is the serial as printed without
  inner spaces (``F 360343300`` → ``F360343300``).  Municipalities (北京, 上海, 天津, 重庆)
  appear in ``real`` only, where the place truth is exactly what each slot prints.  A slot
  value printed without the slot's own pre-printed word (浙江 before 省) is the full name.
  ``real`` certificates keep to their edition's years (4th: born 2005–2013, 5th: 2014–2022,
  7th: 2023 on); Chinese values are simplified even where a brush font prints traditional.
* Places of birth never hold a division-table placeholder (市辖区, 省直辖县级行政区划, …).
  A county-level unit directly under a province fills the level its name carries:
  湖北省 仙桃市 → birthCity "仙桃市", birthCounty ""; 海南省 定安县 → birthCity "",
  birthCounty "定安县".
"""

from desktop_ocr.synthetic.fonts import FontMissingError
from desktop_ocr.synthetic.generator import (
    CAPTURE_STYLES,
    DOCUMENT_TYPES,
    FAMILIES,
    SIDES,
    GeneratorError,
    generate,
    save,
)
from desktop_ocr.synthetic.model import Box, SyntheticDocument
from desktop_ocr.synthetic.real.plan import DESIGNS

__all__ = [
    "CAPTURE_STYLES",
    "DESIGNS",
    "DOCUMENT_TYPES",
    "FAMILIES",
    "SIDES",
    "Box",
    "FontMissingError",
    "GeneratorError",
    "SyntheticDocument",
    "generate",
    "save",
]
