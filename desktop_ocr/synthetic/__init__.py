"""Synthetic identity documents with known ground truth (no Qt).

Why: the project never uses real people's documents; the offline engine's tests and
benchmark, the GUI tests and the cloud tests all render their inputs here, with the truth a
correct engine must output after normalisation.

    >>> from desktop_ocr.synthetic import generate, save
    >>> doc = generate("ghana_card", seed=7, style="photo")
    >>> doc.truth["surname"], doc.image.size        # doctest: +SKIP
    >>> other = generate("birth_certificate", seed=7, family="alt")  # another layout family

Layout families (``FAMILIES``): ``standard`` and ``alt`` are independent renderings of each
type (another edition or issue, other label styles, value formats, fonts; ADR 0032); a seed
in one family is a different document from the same seed in another.  Capture styles
(``CAPTURE_STYLES``): ``scan``, ``photo``, ``photo_rotated`` (ADR 0031), ``scan_gray`` and
``fax`` (ADR 0032; ``save`` writes these two as one-channel files).

Truth conventions that are not obvious from the vendor documents:

* Ghana Card ``first_name`` is the whole printed "Firstnames/Prénoms" and ``middle_name``
  is "": a design that prints one first-names field fills one field (issue 10); only a
  design with its own middle-name row fills ``middle_name``.
* Ghana dates: the raw field is exactly as printed (``10/05/1984``, voter registration also
  ``2020/06/30``), the ``*_s`` field its dd-mm-yyyy form; a date not printed is "" in both.
* Voter card ``age`` is printed on every generated card; ``birthday`` only on some (the
  vendor example returns an empty birthday with an age).
* Birth certificate ``birthWeight`` is printed in grams next to 克 g and its truth is the
  vendor's kilogram string (3250 g → "3.25"); ``code`` is the serial as printed (a letter
  and nine digits); municipalities (北京, 上海, 天津, 重庆) are never used as place of birth
  because the vendor's province/city split of them is undocumented.
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
    GeneratorError,
    generate,
    save,
)
from desktop_ocr.synthetic.model import Box, SyntheticDocument

__all__ = [
    "CAPTURE_STYLES",
    "DOCUMENT_TYPES",
    "FAMILIES",
    "Box",
    "FontMissingError",
    "GeneratorError",
    "SyntheticDocument",
    "generate",
    "save",
]
