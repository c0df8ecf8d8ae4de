"""The result type of the generator.

Why a dataclass of its own: the offline engine's tests and benchmark, the GUI tests and the
cloud tests all need the same three things from one generated document — the pixels, the
truth the engine must output after normalisation, and (for viewers and debugging) where each
label and value was drawn.  Keeping them together makes a mismatch between image and truth
impossible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

Box = tuple[int, int, int, int]
"""(x0, y0, x1, y1) in pixels of ``SyntheticDocument.image``."""


@dataclass(slots=True)
class SyntheticDocument:
    """One generated document with its ground truth.

    ``truth`` is keyed by the vendor API keys of ``desktop_ocr.documents.schema`` (all of
    them, in schema order) and holds the value a correct engine outputs *after*
    normalisation — e.g. ``birthWeight`` "3.25" when "3250" is printed next to "克 g".

    ``image`` is the picture a correct loader shows: upright for ``scan``/``photo``, and for
    ``photo_rotated`` the rotated picture itself when ``exif_orientation`` is None.  When
    ``exif_orientation`` is set, ``image`` is upright and :func:`desktop_ocr.synthetic.save`
    stores the pixels rotated with that EXIF Orientation tag (what phones do).
    """

    document_type: str
    style: str
    seed: int
    image: Image.Image
    truth: dict[str, str]
    exif_orientation: int | None = None
    label_boxes: dict[str, Box] = field(default_factory=dict)
    value_boxes: dict[str, Box] = field(default_factory=dict)
    layout: str = ""  # which layout variant was drawn (for reports, not for matching)
    family: str = "standard"  # the layout family (generator.FAMILIES)
    design: str = ""  # family "real": the design drawn (generator.DESIGNS), else ""
    blank: bool = False  # the form with nothing filled in (every truth value "")
    form_boxes: list[Box] = field(default_factory=list)
    """Family ``real``: the box of every pre-printed text (labels, headers, slot and unit
    words, tick-box words, margins), so a test can tell that no value is printed over
    another text.  Empty for the older families."""
    fill_boxes: list[Box] = field(default_factory=list)
    """Family ``real``: the box of every piece of value text as drawn (one per printed
    run or line, where ``value_boxes`` holds one box per field); empty on a blank form."""
    side: str = "front"  # "back": a card's back side (its machine-readable zone)
    mrz: tuple[str, ...] = ()
    """A back side: the zone's lines exactly as printed (top to bottom); else ()."""
    mrz_valid: bool | None = None
    """A back side: every check digit of its zone holds (False: one printed wrong)."""


@dataclass(slots=True)
class Rendered:
    """What a document renderer returns before any capture effect is applied."""

    image: Image.Image
    truth: dict[str, str]
    label_boxes: dict[str, Box]
    value_boxes: dict[str, Box]
    layout: str
    form_boxes: list[Box] = field(default_factory=list)
    design: str = ""
    fill_boxes: list[Box] = field(default_factory=list)
