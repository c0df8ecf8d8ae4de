"""``VendorServer``: the ASGI app under uvicorn on a background thread, for tests and tools.

Why: the clients are proven over real sockets against the same application
``serve`` runs, with what real networks and vendors do injected
(:class:`FaultPlan`), expired tokens, expired or unauthorised API ids and a
quota.  Credentials are generated in memory; ``record_requests=True`` keeps what
each request carried (headers included) for the tests to check.
"""

from __future__ import annotations

import asyncio
import threading
import time

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from desktop_ocr.backends.accuauth import AccuAuthSettings
from desktop_ocr.backends.base import Recognizer
from desktop_ocr.backends.cloudwalk import CloudWalkEnvelope, CloudWalkSettings
from desktop_ocr.config import BackendSettings, TransportSettings
from desktop_ocr.server.asgi.app import create_app
from desktop_ocr.server.asgi.engine import DEFAULT_MAX_WAITING, EngineSlot
from desktop_ocr.server.asgi.state import SeenRequest, ServerState
from desktop_ocr.server.cli import client_env
from desktop_ocr.server.config_file import ServerConfig
from desktop_ocr.server.faults import FaultPlan
from desktop_ocr.server.keys import ServerKeys


def _protocol_for(state: ServerState) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol that lets a "drop" fault find its connection."""

    class HarnessProtocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if self.client:
                state.transports[tuple(self.client)] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client:
                state.transports.pop(tuple(self.client), None)
            super().connection_lost(exc)

    return HarnessProtocol


class VendorServer:
    """Both vendor APIs on one loopback port, backed by any Recognizer (or registry name)."""

    def __init__(
        self,
        recognizer: Recognizer | str = "offline",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        config: ServerConfig | None = None,
        keys: ServerKeys | None = None,
        token_ttl: int = 12 * 3600,
        envelope: CloudWalkEnvelope | None = None,
        settings: BackendSettings | None = None,
        max_waiting: int = DEFAULT_MAX_WAITING,
        record_requests: bool = False,
    ) -> None:
        config = config or ServerConfig.generate(token_ttl=token_ttl)
        if keys is not None:
            from dataclasses import replace

            config = replace(config, keys=keys)
        self.config = config.with_ttl(token_ttl)
        self.engine = EngineSlot(recognizer, settings, max_waiting=max_waiting)
        self.state = ServerState(self.config, self.engine, envelope=envelope,
                                 record_requests=record_requests)
        self.app = create_app(self.state)
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> VendorServer:
        """Serve on a background thread (``port=0`` picks a free port)."""
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level="warning",
                                access_log=False, lifespan="on",
                                http=_protocol_for(self.state),  # type: ignore[arg-type]
                                timeout_graceful_shutdown=1, timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._server.run, name="vendor-server",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the vendor server did not start on {self.host}:{self.port}")
            time.sleep(0.01)
        sockets = [s for server in self._server.servers for s in server.sockets]
        self.port = sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        self.state.stopping.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        self._server = None

    def __enter__(self) -> VendorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", ""):
            host = "127.0.0.1"
        elif ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    # ------------------------------------------------------------------ test hooks

    @property
    def faults(self) -> FaultPlan:
        return self.state.faults

    @property
    def requests(self) -> list[SeenRequest]:
        return self.state.requests

    @property
    def expired_api_ids(self) -> set[str]:
        return self.state.expired_api_ids

    @property
    def no_permission_api_ids(self) -> set[str]:
        return self.state.no_permission_api_ids

    @property
    def quota(self) -> int | None:
        return self.state.quota

    @quota.setter
    def quota(self, value: int | None) -> None:
        with self.state.lock:
            self.state.quota = value

    def expire_tokens(self) -> None:
        """Make every issued CloudWalk token invalid now (as after a vendor key change)."""
        self.state.signer.rotate()

    @property
    def tokens_issued(self) -> int:
        return sum(1 for r in self.requests if r.route == "token" and r.answered == 200)

    # ------------------------------------------------------------------ credentials

    @property
    def api_id(self) -> str:
        return self.config.api_id

    @property
    def api_secret(self) -> str:
        return self.config.api_secret

    @property
    def app_key(self) -> str:
        return self.config.app_key

    @property
    def app_secret(self) -> str:
        return self.config.app_secret

    @property
    def keys(self) -> ServerKeys:
        return self.config.keys

    @property
    def envelope(self) -> CloudWalkEnvelope:
        return self.state.envelope

    @property
    def backend_name(self) -> str:
        return self.engine.backend_name

    def client_env(self) -> dict[str, str]:
        """The ``DESKTOP_OCR_*`` variables a client sets to use this server."""
        return client_env(self.config, self.url, self.envelope.mode)

    def client_settings(
        self,
        *,
        envelope: CloudWalkEnvelope | None = None,
        send_as: str = "file",
        transport: TransportSettings | None = None,
    ) -> BackendSettings:
        """Settings for the real clients pointed at this server."""
        return BackendSettings(
            cloudwalk=CloudWalkSettings(
                base_url=self.url, app_key=self.app_key, app_secret=self.app_secret,
                sm2_public_key=self.keys.sm2_public_key, sm4_key=self.keys.sm4_key,
                envelope=envelope or self.envelope,
            ),
            accuauth=AccuAuthSettings(base_url=self.url, api_id=self.api_id,
                                      api_secret=self.api_secret, send_as=send_as),
            transport=transport or TransportSettings(),
        )
