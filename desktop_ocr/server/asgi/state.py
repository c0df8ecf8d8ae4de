"""What one server process holds: configuration, token signer, engine, test hooks.

Why one object: the routes read everything from here, so the same application
runs under ``serve`` (one state per worker process, built from the
configuration file) and under the test harness (one state in memory, with fault
injection and an opt-in request recorder).  Nothing per request is kept after
the answer unless the harness asked to record requests.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from requests.structures import CaseInsensitiveDict

from desktop_ocr.backends.cloudwalk import CloudWalkEnvelope
from desktop_ocr.server.asgi.engine import EngineSlot
from desktop_ocr.server.config_file import ServerConfig
from desktop_ocr.server.faults import FaultPlan
from desktop_ocr.server.tokens import TokenSigner


@dataclass(slots=True)
class SeenRequest:
    """What the server received (harness recorder only); no image bytes.

    ``headers`` are kept as sent, secrets included, because the tests check what
    the real clients send; the recorder is off in ``serve``.
    """

    route: str
    method: str
    path: str
    headers: CaseInsensitiveDict[str]
    content_type: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # business/form fields, images as sizes
    answered: int = 0  # HTTP status sent (0 = dropped)


class ServerState:
    def __init__(self, config: ServerConfig, engine: EngineSlot, *,
                 envelope: CloudWalkEnvelope | None = None,
                 record_requests: bool = False) -> None:
        self.config = config
        self.signer = TokenSigner(config.token_key, config.app_key, config.token_ttl)
        self.engine = engine
        self.envelope = envelope or CloudWalkEnvelope()
        self.faults = FaultPlan()
        self.requests: list[SeenRequest] = []
        self.record_requests = record_requests
        self.expired_api_ids: set[str] = set()
        self.no_permission_api_ids: set[str] = set()
        self.quota: int | None = None  # successful AccuAuth calls left; None = unlimited
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        # Harness only: connections by client address, so a "drop" fault can cut one.
        self.transports: dict[tuple[str, int], object] = {}

    def record(self, route: str, method: str, path: str,
               headers: list[tuple[str, str]]) -> SeenRequest | None:
        if not self.record_requests:
            return None
        kept: CaseInsensitiveDict[str] = CaseInsensitiveDict(headers)
        seen = SeenRequest(route=route, method=method, path=path, headers=kept,
                           content_type=kept.get("content-type", ""))
        with self.lock:
            self.requests.append(seen)
        return seen
