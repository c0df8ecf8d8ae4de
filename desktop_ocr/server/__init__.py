"""The vendor-compatible office server (``desktop-ocr serve``).

Public API: :func:`add_serve_arguments`, :func:`run_serve` for the CLI;
:class:`VendorServer` (with :class:`FaultPlan`) for programs and tests — it
needs the ``server`` extra and is imported on first use, so the CLI and the
desktop app never load the web stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_ocr.server.cli import add_serve_arguments, run_serve
from desktop_ocr.server.config_file import ServerConfig
from desktop_ocr.server.faults import Fault, FaultPlan
from desktop_ocr.server.keys import ServerKeys

if TYPE_CHECKING:
    from desktop_ocr.server.asgi.harness import VendorServer

__all__ = ["Fault", "FaultPlan", "ServerConfig", "ServerKeys", "VendorServer",
           "add_serve_arguments", "run_serve"]


def __getattr__(name: str) -> Any:
    if name == "VendorServer":
        try:
            from desktop_ocr.server.asgi.harness import VendorServer
        except ImportError as exc:
            raise ImportError(f"VendorServer needs the server extra ({exc}): "
                              'pip install "desktop-ocr[server]"') from exc
        return VendorServer
    raise AttributeError(name)
