"""Request plumbing shared by the routes: bounded bodies, replies, injected faults.

Why: every route must read its body within its own limit (chunked or not),
answer in its own shape, and let the test harness inject the faults real
networks and vendors produce — the same way on every route.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from desktop_ocr.server import contract
from desktop_ocr.server.asgi.state import SeenRequest, ServerState
from desktop_ocr.server.faults import Fault

JSON_TYPE = "application/json;charset=UTF-8"
# An over-limit body is read (and thrown away) up to this size so the client,
# still sending, gets the 413 answer instead of a reset connection.
DRAIN_CAP = 64 * 1024 * 1024


class Reply(Exception):
    """Raised by route code to answer at once."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})

    def response(self) -> Response:
        return json_response(self.status, self.body, self.headers)


class Dropped(Exception):
    """A "drop" fault: close the connection without any answer."""


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    headers = dict(headers or {})
    if isinstance(body, bytes):
        media = headers.pop("Content-Type", "application/octet-stream")
        return Response(body, status_code=status, headers=headers, media_type=media)
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return Response(data, status_code=status, headers=headers, media_type=JSON_TYPE)


async def read_body(request: Request, limit: int) -> bytes | None:
    """The whole body (chunked or with Content-Length), or None when over ``limit``."""
    declared = request.headers.get("content-length")
    too_big = declared is not None and declared.isdigit() and int(declared) > limit
    if too_big and int(declared or 0) > DRAIN_CAP:
        return None
    chunks = bytearray()
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            too_big = True
            chunks.clear()
        if not too_big:
            chunks += chunk
        if total > DRAIN_CAP:
            break
    return None if too_big else bytes(chunks)


def default_fault_body(route: str, http_status: int) -> Any:
    if route in ("token", "cloudwalk"):
        return {"code": str(http_status), "message": "服务暂时不可用"}
    status = contract.AA_STATUS_OF_HTTP.get(http_status, "INTERNAL_ERROR")
    return contract.aa_error(status, f"injected HTTP {http_status}")


async def apply_faults(state: ServerState, route: str) -> None:
    """Consume the faults planned for ``route`` (harness only; none are planned in serve)."""
    delay = state.faults.take(route, ("delay",))
    if delay is not None:
        deadline = time.monotonic() + delay.seconds
        while time.monotonic() < deadline and not state.stopping.is_set():
            await anyio.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
    fault: Fault | None = state.faults.take(route, ("drop", "status", "invalid"))
    if fault is None:
        return
    if fault.kind == "drop":
        raise Dropped()
    if fault.kind == "invalid":
        raise Reply(200, b"<html><body>Gateway says hello</body></html>",
                    {"Content-Type": "text/html"})
    body = fault.body if fault.body is not None else default_fault_body(route, fault.http_status)
    raise Reply(fault.http_status, body, dict(fault.headers))


class DropConnection(Response):
    """Cut the connection with no answer (the harness protocol registered it)."""

    def __init__(self, state: ServerState) -> None:
        super().__init__(b"")
        self._state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        transport = self._state.transports.get(tuple(client)) if client else None
        if transport is None:  # not under the harness: a plain 502 is the honest fallback
            await json_response(502, {"error": "connection drop not available"})(
                scope, receive, send)
            return
        transport.abort()  # type: ignore[attr-defined]
        while (await receive())["type"] != "http.disconnect":
            pass


RouteCode = Callable[[Request, ServerState, bytes, SeenRequest | None], Awaitable[Response]]


async def handle(request: Request, route: str, code: RouteCode,
                 too_large: Callable[[], Reply]) -> Response:
    """Read the body within the route's limit, apply faults, run ``code``; record."""
    state: ServerState = request.app.state.vendor
    seen = state.record(route, request.method, request.url.path + (
        f"?{request.url.query}" if request.url.query else ""),
        [(k, v) for k, v in request.headers.items()])
    try:
        body = await read_body(request, contract.BODY_LIMITS[route])
        if body is None:
            raise too_large()
        await apply_faults(state, route)
        response = await code(request, state, body, seen)
    except Reply as reply:
        response = reply.response()
    except Dropped:
        return DropConnection(state)
    if seen is not None:
        seen.answered = response.status_code
    return response
