"""The symbols the window draws as text, chosen so the fonts the app ships with have them.

Why one place: the "no entry" sign (U+26D4) is in no font the app installs (DejaVu, WenQuanYi,
AR PL) and rendered as an empty box; each symbol here is in DejaVu Sans (Linux,
installed by ``scripts/run.sh``) and Segoe UI Symbol (Windows), and
``tests/gui/test_gui_desk.py`` checks that Qt finds a font for each.
"""

from __future__ import annotations

ERROR = "\u2716"  # ✖ heavy multiplication x: invalid (red)
WARNING = "\u26a0"  # ⚠ warning sign: please check (amber)
OK = "\u2714"  # ✔ heavy check mark: checked, confirmed
EDITED = "\u270e"  # ✎ lower right pencil: the clerk changed it
REVERT = "\u21ba"  # ↺ anticlockwise open circle arrow: back to the value read
TO_CHECK = "\u25c6"  # ◆ black diamond: still to be looked at
ARROW = "\u2192"  # → before → after

ALL = (ERROR, WARNING, OK, EDITED, REVERT, TO_CHECK, ARROW)
