"""uvicorn for ``serve``: bind first (so the banner shows the real port), then serve.

Why uvicorn's own pieces: ``Config.bind_socket`` and its ``Multiprocess``
supervisor are what ``uvicorn.run(..., workers=N)`` uses; calling them directly
lets ``serve`` print the address (``--port 0``) before the workers start, while
the listening socket already queues the desks' connections (backlog 2048).
"""

from __future__ import annotations

import inspect
import socket
from dataclasses import dataclass

import uvicorn

APP = "desktop_ocr.server.asgi.app:create_app_from_environment"


@dataclass
class Bound:
    config: uvicorn.Config
    sock: socket.socket
    workers: int

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def serve(self) -> None:
        server = uvicorn.Server(self.config)
        if self.workers > 1:
            from uvicorn.supervisors import Multiprocess

            # uvicorn < 0.36 wants the worker's entry point; later ones build it.
            extra = ({"target": server.run}
                     if "target" in inspect.signature(Multiprocess).parameters else {})
            Multiprocess(self.config, sockets=[self.sock], **extra).run()
        else:
            server.run(sockets=[self.sock])


def bind(host: str, port: int, workers: int) -> Bound:
    """Listen on ``host:port`` now (raises OSError/SystemExit when it cannot)."""
    config = uvicorn.Config(APP, factory=True, host=host, port=port, workers=workers,
                            access_log=False, log_config=None, log_level="warning",
                            backlog=2048, timeout_graceful_shutdown=10)
    sock = config.bind_socket()
    sock.listen(config.backlog)  # desks may connect as soon as the banner shows
    return Bound(config, sock, workers)
