"""The ``real`` layout family: renditions of the designs clerks meet (issue 10, ADR 0033).

``render(plan(document_type, seed, design), rng, blank)`` draws the design and cases
:func:`plan` gives the seed; the modules hold one design each (``birth_4th``, ``birth_5th`` for the 5th and
7th editions, ``ghana_ecowas``, ``ghana_nia``, ``ghana_voter_ec``).
"""

from __future__ import annotations

import random

from desktop_ocr.synthetic.model import Rendered
from desktop_ocr.synthetic.real.plan import DESIGNS, Plan, plan


def render(p: Plan, rng: random.Random, blank: bool) -> Rendered:
    """Draw the design and cases of plan ``p`` from ``rng``."""
    if p.design in ("5th", "7th"):
        from desktop_ocr.synthetic.real import birth_5th as module
    elif p.design == "4th":
        from desktop_ocr.synthetic.real import birth_4th as module  # type: ignore[no-redef]
    elif p.design == "ecowas":
        from desktop_ocr.synthetic.real import ghana_ecowas as module  # type: ignore[no-redef]
    elif p.design == "nia":
        from desktop_ocr.synthetic.real import ghana_nia as module  # type: ignore[no-redef]
    else:
        from desktop_ocr.synthetic.real import ghana_voter_ec as module  # type: ignore[no-redef]
    rendered = module.render(rng, p, blank)
    rendered.design = p.design
    return rendered


__all__ = ["DESIGNS", "Plan", "plan", "render"]
