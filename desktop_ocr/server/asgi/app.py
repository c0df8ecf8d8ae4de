"""The ASGI application: both vendor contracts, OpenAPI, JSON errors, an access log.

Why FastAPI (docs/adr/0054): routing, ``/openapi.json`` and ``/docs`` come from a
well-kept framework on Starlette; the vendor routes read their bodies raw so
their answers keep the vendors' own shapes.  :func:`create_app` builds the app
around a :class:`ServerState`; :func:`create_app_from_environment` is the
factory uvicorn calls in each ``serve --workers`` process.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import unquote_plus

import anyio.to_thread
from fastapi import FastAPI
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_ocr import __version__
from desktop_ocr.logging_setup import mask_text
from desktop_ocr.server import contract
from desktop_ocr.server.asgi import openapi
from desktop_ocr.server.asgi.accuauth_routes import idcard_route
from desktop_ocr.server.asgi.cloudwalk_routes import birth_certificate_route, token_route
from desktop_ocr.server.asgi.plumbing import json_response
from desktop_ocr.server.asgi.state import ServerState
from desktop_ocr.server.cli import ENV_OPTIONS

log = logging.getLogger(__name__)
access_log = logging.getLogger("desktop_ocr.server.access")


DESCRIPTION = """\
desktop-ocr's office server: the CloudWalk birth-certificate API and the AccuAuth Ghana
card API, answered by the recogniser chosen with `serve --backend` (the offline engine by
default; no image leaves the office). Paths, bodies, codes and limits are those of the two
vendors' API documents; every route needs credentials (CloudWalk: a token from
`/sso/oauth/token`; AccuAuth: `X-DF-API-ID` and `X-DF-API-SECRET`).
"""


class AccessLog:
    """One line per request (client, method, path, status, bytes, ms, answer ids), masked.

    Pure ASGI so it sees drops (status ``-``) and every error page too.  Nothing
    of the request is kept once the line is written.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        size = 0

        async def counting_send(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client") or ("-", 0)
                path = scope.get("path", "")
                if scope.get("query_string"):
                    # Decoded so that %47HA-... is masked like GHA-... (masks read text).
                    path += "?" + unquote_plus(scope["query_string"].decode("latin-1"))
                ids = (scope.get("state") or {}).get("log_ids", "")
                line = (f'{client[0]}:{client[1]} "{scope.get("method")} {path}" '
                        f'{status or "-"} {size}B {(time.perf_counter() - started) * 1000:.0f}ms'
                        + (f" {ids}" if ids else ""))
                access_log.info("%s", mask_text(_printable(line)))


def _printable(text: str) -> str:
    """Control characters (a decoded ``%0A``) escaped: one request stays one log line."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def backend_document_types(name: str) -> tuple[str, ...]:
    """The document types the named backend reads (every type for one not registered,
    e.g. a test's recogniser)."""
    from desktop_ocr.backends import registry
    from desktop_ocr.documents.schema import DOCUMENT_TYPES

    found = next((d for d in registry.descriptions() if d.name == name), None)
    return tuple(found.document_types) if found is not None else tuple(DOCUMENT_TYPES)


def _error_for(request: Request, status: int, reason: str) -> Response:
    """404/405 in the shape of the route the path belongs to (AccuAuth's for others).

    Why ``NOT_FOUND`` in AccuAuth's 405 body: the API document lists no status for a
    wrong method; ``NOT_FOUND`` ("接口地址错误或不存在", no such interface) is the
    documented one that fits "no such operation here", while the HTTP status 405
    and ``Allow: POST`` tell a client which method exists (docs/adr/0054).
    """
    route = contract.ROUTE_OF_PATH.get(request.url.path.rstrip("/"), "unknown")
    state: ServerState = request.app.state.vendor
    if status == 404 and route != "unknown":
        backend = state.engine.backend_name
        reason = (f"not served here: the {backend} backend behind this server does not "
                  f"read {' or '.join(contract.ROUTE_TYPES[route])} documents")
    headers = {"Allow": "POST"} if status == 405 else {}
    if status == 405 and route == "unknown":
        headers = {"Allow": "GET, HEAD"}
    if route == "token":
        body: Any = {"error": "invalid_request", "error_description": reason}
    elif route == "cloudwalk":
        body = contract.cw_answer("99999999", f"{contract.CW_MESSAGES['99999999']}：{reason}")
    else:
        body = contract.aa_error("NOT_FOUND", reason)
    seen = state.record("unknown" if status == 404 else route, request.method,
                        request.url.path, list(request.headers.items()))
    if seen is not None:
        seen.answered = status
    return json_response(status, body, headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        return _error_for(request, 405, f"method {request.method} not allowed here; use POST")
    if exc.status_code == 404:
        return _error_for(request, 404,
                          f"no such endpoint: {request.method} {request.url.path}")
    return json_response(exc.status_code, contract.aa_error(
        contract.AA_STATUS_OF_HTTP.get(exc.status_code, "INVALID_ARGUMENT"), str(exc.detail)))


async def _server_error(request: Request, exc: Exception) -> Response:
    log.error("server error on %s: %s", request.url.path, type(exc).__name__, exc_info=exc)
    if contract.ROUTE_OF_PATH.get(request.url.path) in ("token", "cloudwalk"):
        return json_response(500, contract.cw_answer(contract.CW_INTERNAL, "内部服务器错误"))
    return json_response(500, contract.aa_error("INTERNAL_ERROR", "internal server error"))


def create_app(state: ServerState, *, warm_up: bool = False) -> FastAPI:
    """The application around ``state``; ``warm_up`` loads the engine before serving."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            await anyio.to_thread.run_sync(_warm_up, state)
        yield
        state.stopping.set()

    app = FastAPI(title="desktop-ocr office server (CloudWalk and AccuAuth contracts)",
                  version=__version__, description=DESCRIPTION, docs_url="/docs",
                  redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.vendor = state
    # Only the routes whose document types the backend reads are served and described.
    served = contract.served_routes(backend_document_types(state.engine.backend_name))
    if "token" in served:
        app.add_api_route(contract.TOKEN_PATH, token_route, methods=["POST"],
                          include_in_schema=True, **openapi.TOKEN_ROUTE)
    if "cloudwalk" in served:
        app.add_api_route(contract.CLOUDWALK_PATH, birth_certificate_route, methods=["POST"],
                          **openapi.BIRTH_ROUTE)
    if "accuauth" in served:
        app.add_api_route(contract.ACCUAUTH_PATH, idcard_route, methods=["POST"],
                          **openapi.IDCARD_ROUTE)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _server_error)
    app.add_middleware(AccessLog)

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = openapi.SECURITY_SCHEMES
            for item in schema.get("paths", {}).values():
                for operation in item.values():
                    operation.setdefault("responses", {})["405"] = openapi.METHOD_NOT_ALLOWED
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    return app


def _warm_up(state: ServerState) -> None:
    """Build the recogniser (and, for the offline engine, load its models) now."""
    recognizer = state.engine.recognizer()
    if state.engine.backend_name == "offline":
        from PIL import Image

        from desktop_ocr.imaging.types import PageImage
        from desktop_ocr.recognition import recognize_page

        blank = PageImage(image=Image.new("RGB", (320, 200), "white"), source="<warm-up>")
        # A blank page is no document: its failure is expected, not an error to report.
        recognition_log = logging.getLogger("desktop_ocr.recognition")
        level = recognition_log.level
        recognition_log.setLevel(logging.ERROR)
        try:
            recognize_page(blank, recognizer, "auto")  # a failed record: the models are loaded
        finally:
            recognition_log.setLevel(level)


def create_app_from_environment() -> FastAPI:
    """uvicorn's factory in each worker process: options from :data:`ENV_OPTIONS`."""
    from desktop_ocr.server.asgi.engine import EngineSlot
    from desktop_ocr.server.config_file import load_or_create
    from desktop_ocr.settings_store import load_backend_settings

    options = json.loads(os.environ[ENV_OPTIONS])
    config, _ = load_or_create(options["config"])
    if options.get("token_ttl"):
        config = config.with_ttl(int(options["token_ttl"]))
    install_access_log()
    engine = EngineSlot(options["backend"], load_backend_settings(),
                        max_waiting=int(options["max_waiting"]))
    return create_app(ServerState(config, engine), warm_up=True)


def install_access_log() -> None:
    """Access lines on stderr, masked like every log of the app (idempotent)."""
    from desktop_ocr.logging_setup import FORMAT, MaskingFilter, MaskingFormatter

    if any(getattr(h, "_desktop_ocr_access", False) for h in access_log.handlers):
        return
    handler = logging.StreamHandler()
    handler.addFilter(MaskingFilter())
    handler.setFormatter(MaskingFormatter(FORMAT))
    handler._desktop_ocr_access = True  # type: ignore[attr-defined]
    access_log.addHandler(handler)
    access_log.setLevel(logging.INFO)
