"""``python -m desktop_ocr``: same as the ``desktop-ocr`` command."""

import sys

from desktop_ocr.cli import main

if __name__ == "__main__":  # a spawned worker process imports this module too
    sys.exit(main())
