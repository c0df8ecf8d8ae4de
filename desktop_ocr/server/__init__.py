"""The local vendor-compatible server (``desktop-ocr serve``).

Public API: :func:`add_serve_arguments`, :func:`run_serve` for the CLI, and
:class:`VendorServer` (with :class:`FaultPlan`) for programs and tests.
"""

from desktop_ocr.server.cli import add_serve_arguments, run_serve
from desktop_ocr.server.faults import Fault, FaultPlan
from desktop_ocr.server.keys import ServerKeys
from desktop_ocr.server.vendor import VendorServer

__all__ = ["Fault", "FaultPlan", "ServerKeys", "VendorServer", "add_serve_arguments",
           "run_serve"]
