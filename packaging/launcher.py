"""Entry script of the frozen app: the same ``desktop_ocr.cli:main`` as the console script.

Why a file: PyInstaller freezes a script, not an entry point.  ``freeze_support`` keeps
a child process started through ``multiprocessing`` (spawn, the Windows default) from
re-running the whole app.
"""

import multiprocessing
import sys

from desktop_ocr.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
