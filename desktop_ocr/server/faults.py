"""Fault injection for the local vendor server.

Why: the clients must be proven against what real networks and vendors do —
slow answers, dropped connections, 5xx bursts, expired tokens, rate limits,
garbage bodies — over real sockets.  Tests queue faults here; each incoming
request consumes the first fault that matches its route.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

ROUTES = ("token", "cloudwalk", "accuauth")


@dataclass(slots=True)
class Fault:
    """One planned misbehaviour, applied to the next ``times`` matching requests.

    ``kind``: ``delay`` (sleep ``seconds`` then answer normally), ``drop`` (close
    the connection without an answer), ``status`` (answer ``http_status`` with
    ``body``/``headers``; a ``None`` body becomes the route's documented error
    shape), ``invalid`` (HTTP 200 with a body that is not the vendor's JSON).
    """

    kind: str
    route: str | None = None
    times: int = 1
    seconds: float = 0.0
    http_status: int = 0
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class FaultPlan:
    """A thread-safe queue of :class:`Fault` s."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        if fault.route is not None and fault.route not in ROUTES:
            raise ValueError(f"unknown route {fault.route!r}; use one of {ROUTES}")
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, route: str, kinds: tuple[str, ...]) -> Fault | None:
        """Consume one use of the first pending fault of ``kinds`` for ``route``."""
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and fault.route in (None, route) and fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(f.times for f in self._faults)

    # convenience ----------------------------------------------------------------

    def delay(self, seconds: float, *, times: int = 1, route: str | None = None) -> Fault:
        return self.add(Fault("delay", route, times, seconds=seconds))

    def drop(self, *, times: int = 1, route: str | None = None) -> Fault:
        return self.add(Fault("drop", route, times))

    def status(
        self,
        http_status: int,
        *,
        times: int = 1,
        route: str | None = None,
        body: Any = None,
        retry_after: float | None = None,
    ) -> Fault:
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        return self.add(Fault("status", route, times, http_status=http_status, body=body,
                              headers=headers))

    def rate_limit(self, *, times: int = 1, retry_after: float | None = None) -> Fault:
        """AccuAuth's rate limit: HTTP 403 with ``status: RATE_LIMIT_EXCEEDED``."""
        return self.status(403, times=times, route="accuauth", retry_after=retry_after,
                           body={"status": "RATE_LIMIT_EXCEEDED",
                                 "reason": "request rate limit exceeded"})

    def invalid_body(self, *, times: int = 1, route: str | None = None) -> Fault:
        return self.add(Fault("invalid", route, times))
