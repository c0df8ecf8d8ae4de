"""``generate`` and ``save``: the public entry points of the synthetic document generator.

Why deterministic per seed: a failing engine test must be reproducible from the seed alone,
and the benchmark must compare runs on the same documents.  The random stream is derived
from (document type, seed) — not from the style — so ``scan`` and ``photo`` of one seed show
the same person, which lets the benchmark compare capture styles document by document.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from pathlib import Path

from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.errors import OcrError
from desktop_ocr.synthetic import (
    birth_certificate,
    birth_certificate_alt,
    capture,
    ghana_card,
    ghana_card_alt,
    ghana_voter,
    ghana_voter_alt,
    real,
)
from desktop_ocr.synthetic.model import Rendered, SyntheticDocument
from desktop_ocr.synthetic.real.plan import DESIGNS

DOCUMENT_TYPES: tuple[str, ...] = ("birth_certificate", "ghana_card", "ghana_voter")
CAPTURE_STYLES: tuple[str, ...] = ("scan", "photo", "photo_rotated", "scan_gray", "fax")
MONO_STYLES = frozenset({"scan_gray", "fax"})
FAMILIES: tuple[str, ...] = ("standard", "alt", "real")
SIDES: tuple[str, ...] = ("front", "back")
"""``back``: a Ghana Card's back side, its machine-readable zone (family ``real`` only,
``real.ghana_back``); every other document is its front."""
"""Layout families: independent renderings of each document type (see ADR 0032, 0033).

``standard`` is the original one; ``alt`` is drawn by other rules (another edition or
issue, other fonts, label styles and value formats) so that an engine measured on both is
not measured on one design only; ``real`` renders the designs in circulation
(:data:`DESIGNS`)."""

_RENDERERS: dict[tuple[str, str], Callable[[random.Random, bool], Rendered]] = {
    ("birth_certificate", "standard"): birth_certificate.render,
    ("ghana_card", "standard"): ghana_card.render,
    ("ghana_voter", "standard"): ghana_voter.render,
    ("birth_certificate", "alt"): birth_certificate_alt.render,
    ("ghana_card", "alt"): ghana_card_alt.render,
    ("ghana_voter", "alt"): ghana_voter_alt.render,
}


class GeneratorError(OcrError):
    """Bad arguments to the generator (unknown type or style)."""

    default_code = "synthetic.invalid_argument"


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def generate(document_type: str, seed: int, style: str = "scan", *,
             family: str = "standard", design: str | None = None,
             blank: bool = False, side: str = "front") -> SyntheticDocument:
    """Render one document of ``document_type`` with known truth, captured in ``style``.

    ``family`` picks the layout family (:data:`FAMILIES`).  The random stream of
    ``standard`` is the one it always had; another family draws its own person from its own
    stream, so the same seed in two families is two different documents.

    ``design`` (family ``real`` only) names one of ``DESIGNS[document_type]``; None lets
    the seed choose (``real.plan``).  ``blank``: the same form with nothing filled in —
    every truth value "", no value boxes, the pre-printed text (and a certificate's
    pre-printed serial) still there.  ``side="back"`` (``ghana_card``, family ``real``):
    the back of the same card — the same holder as the front of this seed and design —
    with its TD1 zone (``doc.mrz``, ``doc.mrz_valid``); its truth is what the back alone
    tells (``real.ghana_back``).  Raises :class:`GeneratorError` for an unknown type,
    style, family, design or side, a design with another family, or a back side of
    another type or family.
    """
    if document_type not in DOCUMENT_TYPES:
        raise GeneratorError(
            f"Unknown document type {document_type!r}; choose one of {', '.join(DOCUMENT_TYPES)}.",
            message_zh=f"未知的证件类型 {document_type!r}。",
        )
    if style not in CAPTURE_STYLES:
        raise GeneratorError(
            f"Unknown capture style {style!r}; choose one of {', '.join(CAPTURE_STYLES)}.",
            message_zh=f"未知的拍摄方式 {style!r}。",
        )
    if family not in FAMILIES:
        raise GeneratorError(
            f"Unknown layout family {family!r}; choose one of {', '.join(FAMILIES)}.",
            message_zh=f"未知的版式系列 {family!r}。",
        )
    if design is not None and (family != "real" or design not in DESIGNS[document_type]):
        known = ", ".join(DESIGNS[document_type])
        raise GeneratorError(
            f"Unknown design {design!r} of {document_type} in family {family!r}; designs "
            f"exist in family 'real' only: {known}.",
            message_zh=f"未知的版式 {design!r}（仅 real 系列有：{known}）。",
        )
    if side not in SIDES or (side == "back" and (document_type, family) != ("ghana_card",
                                                                             "real")):
        raise GeneratorError(
            f"Unknown side {side!r} of {document_type} in family {family!r}; a back side "
            "exists for ghana_card in family 'real' only.",
            message_zh=f"无效的证件面 {side!r}（仅 real 系列的加纳身份证有背面）。",
        )
    # standard keeps its historical streams (its documents must not change); other
    # families add their name to every stream.
    tag: tuple[str, ...] = () if family == "standard" else (family,)
    small = False
    mrz: tuple[str, ...] = ()
    mrz_valid: bool | None = None
    if side == "back":
        from desktop_ocr.synthetic.real import ghana_back

        plan = real.plan(document_type, seed, design)
        tag = (*tag, plan.design)
        # the front's stream: the back's holder is the front's of this seed and design
        rendered, mrz, mrz_valid = ghana_back.render(
            _rng("document", document_type, seed, *tag), plan, blank)
        rendered.design = plan.design
        small = plan.small
        tag = (*tag, "back")  # its capture is its own (the card was turned over)
    elif family == "real":
        # the stream follows the design drawn, whether named or left to the seed: the
        # same seed and design is the same document either way
        plan = real.plan(document_type, seed, design)
        tag = (*tag, plan.design)
        rendered = real.render(plan, _rng("document", document_type, seed, *tag), blank)
        small = plan.small
    else:
        rendered = _RENDERERS[(document_type, family)](
            _rng("document", document_type, seed, *tag), blank)
    keys = get_document_type(document_type).keys
    truth = {key: "" if blank else rendered.truth.get(key, "") for key in keys}
    doc = SyntheticDocument(
        document_type=document_type,
        style=style,
        seed=seed,
        image=rendered.image,
        truth=truth,
        label_boxes=rendered.label_boxes,
        value_boxes={} if blank else rendered.value_boxes,
        layout=rendered.layout,
        family=family,
        design=rendered.design,
        blank=blank,
        form_boxes=rendered.form_boxes,
        fill_boxes=[] if blank else rendered.fill_boxes,
        side=side,
        mrz=() if blank else mrz,
        mrz_valid=None if blank else mrz_valid,
    )
    if style in ("photo", "photo_rotated"):
        # photo_rotated is the very photo of the same seed, then turned: a benchmark can
        # tell the cost of the rotation alone.
        photo_rng = _rng("capture", document_type, seed, "photo", *tag)
        if family == "real":
            capture.hand_photo(doc, photo_rng, small=small)
        else:
            capture.photo(doc, photo_rng)
    if style == "photo_rotated":
        capture.rotate(doc, _rng("rotate", document_type, seed, *tag))
    if style == "scan_gray":
        capture.scan_gray(doc, _rng("capture", document_type, seed, "scan_gray", *tag))
    if style == "fax":
        capture.fax(doc, _rng("capture", document_type, seed, "fax", *tag))
    return doc


def save(doc: SyntheticDocument, path: str | Path) -> Path:
    """Write ``doc`` as JPEG or PNG (by suffix); EXIF-rotated styles keep their tag.

    With ``exif_orientation`` set, the stored pixels are rotated and the Orientation tag says
    how to turn them upright — exactly what a phone camera writes — so a loader that ignores
    EXIF shows the document sideways.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".jpg", ".jpeg", ".png"}:
        raise GeneratorError(
            f"Cannot save {path.name}: use a .jpg, .jpeg or .png file name.",
            message_zh=f"无法保存 {path.name}：请使用 .jpg、.jpeg 或 .png 文件名。",
        )
    image = doc.image
    exif = None
    if doc.exif_orientation and doc.exif_orientation != 1:
        image = capture.stored_pixels(image, doc.exif_orientation)
        exif = image.getexif()
        exif[0x0112] = doc.exif_orientation
    if doc.style in MONO_STYLES:
        # a grey scanner or a fax machine writes a one-channel file, not RGB
        image = image.convert("L")
    path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, object] = {}
    if exif is not None:
        kwargs["exif"] = exif.tobytes()
    if suffix == ".png":
        image.save(path, format="PNG", **kwargs)
    else:
        quality = 92 if doc.style == "scan" else 85
        image.save(path, format="JPEG", quality=quality, **kwargs)
    return path
