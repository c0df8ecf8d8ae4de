"""Which design, variant and special case a seed of the ``real`` family draws.

Why arithmetic on the seed instead of the random stream: a test or a person chasing one
kind of case (a municipality, a brush-style font, a small card photo) must be able to name
seeds that hold it without generating and looking; the rules below are also listed in the
package docstring of ``desktop_ocr.synthetic``.
"""

from __future__ import annotations

from dataclasses import dataclass

DESIGNS: dict[str, tuple[str, ...]] = {
    "ghana_card": ("ecowas", "nia"),
    "ghana_voter": ("ec",),
    "birth_certificate": ("4th", "5th", "7th"),
}
"""The real designs per document type (issue 10): Ghana Card ECOWAS (2017) and NIA
("National Identity Card"), the Electoral Commission's voter ID card, and the 出生医学证明
of the 4th (2005–2013, landscape), 5th/6th (2014–2022, A4) and 7th (2023, with a barcode)
editions."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What one seed of the ``real`` family draws (see :func:`plan` for the rules)."""

    document_type: str
    design: str
    variant: str  # certificates: "sheet" or "front"; cards: "card"
    traditional: bool = False  # case (b): values in a brush font with traditional glyphs
    municipality: str = ""  # case (c): "full" (重庆市 重庆市 渝北区) or "empty_city"
    long_names: bool = False  # case (d): hospital and addresses that wrap in their cell
    small: bool = False  # a card photo about 330×210 px (photo styles only)
    early_pin: bool = False  # ECOWAS: the launch form GH000000023 instead of GHA-…-…
    age_only: bool = False  # voter card: an older card printing Age, no date of birth
    bad_check_digit: bool = False  # Ghana Card back side: one zone check digit wrong


def plan(document_type: str, seed: int, design: str | None = None) -> Plan:
    """The design and cases of ``seed`` (``design`` None: picked by the seed).

    Rules (``n`` the seed):

    * design: ``DESIGNS[type][n % len]`` unless named;
    * certificates: the variant is ``"sheet"`` (the whole sheet, all three parts) when
      ``n // 2`` is even, else ``"front"`` (the 正页 alone; for the 4th edition that is the
      one-column portrait layout with 健康状况, 出生地点分类 and 签发日期 rows among the
      fields — case a); ``n % 5 == 2``: traditional glyphs in a brush font (case b);
      ``n % 5 == 3``: a municipality printed in both the 省 and the 市 slot,
      ``n % 5 == 4``: a municipality with the 市 slot left empty (case c);
      ``n % 3 == 1``: long hospital names and addresses (case d);
    * cards: ``n % 4 == 3``: the ``photo`` styles shoot a small card (about 330×210 px);
      ECOWAS ``n % 6 == 5``: the early PIN form ``GH000000023``;
      voter card ``n % 3 == 2``: an older card with Age and no date of birth;
      Ghana Card back side ``n % 5 == 4``: one check digit of the zone printed wrong.
    """
    designs = DESIGNS[document_type]
    if design is None:
        design = designs[seed % len(designs)]
    if document_type == "birth_certificate":
        return Plan(
            document_type, design, "sheet" if (seed // 2) % 2 == 0 else "front",
            traditional=seed % 5 == 2,
            municipality={3: "full", 4: "empty_city"}.get(seed % 5, ""),
            long_names=seed % 3 == 1,
        )
    return Plan(document_type, design, "card", small=seed % 4 == 3,
                early_pin=design == "ecowas" and seed % 6 == 5,
                age_only=document_type == "ghana_voter" and seed % 3 == 2,
                bad_check_digit=document_type == "ghana_card" and seed % 5 == 4)
