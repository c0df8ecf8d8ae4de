"""``python -m desktop_ocr``: same as the ``desktop-ocr`` command."""

import sys

from desktop_ocr.cli import main

sys.exit(main())
