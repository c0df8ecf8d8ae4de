"""The HTTP transport shared by the cloud clients.

Why: both vendors need the same careful plumbing — timeouts, TLS verification,
the office proxy, bounded retries, cancellation from the GUI thread and clerk-
readable errors — and it must behave identically for both.

Retry policy (a conscious choice, docs/adr/0052-retry-policy.md): both endpoints
are reads of an image with no server-side state change, so a repeated POST is
safe; the only cost is that a vendor may bill a call twice.  We therefore retry,
with exponential backoff and a bounded budget (``TransportSettings.retries``):

* connection failures (nothing reached the server) — always;
* HTTP 429, 500, 502, 503, 504 and the vendors' 512/513 (upstream unavailable /
  timeout), honouring ``Retry-After`` (capped at :data:`RETRY_AFTER_MAX`);
* a dropped connection or read timeout — once only, since the vendor may already
  have done (and billed) the work.

AccuAuth's rate limit arrives as HTTP 403 with ``status: RATE_LIMIT_EXCEEDED``;
urllib3 cannot see the body, so :func:`wait_before_retry` serves the vendor
client's own bounded loop.  Redirects are not followed: a redirected POST would
silently become a GET.

Cancellation: :meth:`HttpClient.post` runs the request on a short-lived worker
thread.  When the clerk cancels, the calling thread returns ``Cancelled`` at once
and the sockets the worker uses are shut down, so the worker ends promptly too.
"""

from __future__ import annotations

import contextlib
import email.utils
import inspect
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import MaxRetryError, ProtocolError, ReadTimeoutError
from urllib3.util.retry import Retry

from desktop_ocr import __version__
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.config import TransportSettings
from desktop_ocr.errors import BackendError, Cancelled

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 512, 513})
RETRY_AFTER_MAX = 30.0  # seconds; a longer Retry-After is capped so a clerk never waits forever
POLL_INTERVAL = 0.05  # seconds between checks of the cancel token while a request runs


class NetworkError(BackendError):
    """The request did not produce a usable HTTP answer (DNS, TCP, TLS, timeout...)."""

    default_code = "network.error"


# --------------------------------------------------------------------------- cancellation


class _Aborted(Exception):
    """Raised inside the worker once cancelled; not an OSError, so urllib3 never retries it."""


class _Scope:
    """The connections one request uses, so a cancel can shut their sockets."""

    def __init__(self) -> None:
        self.cancelled = False
        self._conns: list[Any] = []
        self._lock = threading.Lock()

    def register(self, conn: Any) -> None:
        with self._lock:
            if self.cancelled:
                raise _Aborted()
            self._conns.append(conn)

    def abort(self) -> None:
        with self._lock:
            self.cancelled = True
            conns = list(self._conns)
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is None:
                continue
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()


def _register_connection(conn: Any) -> None:
    scope: _Scope | None = getattr(_current, "scope", None)
    if scope is not None:
        scope.register(conn)


class _TrackingHTTPPool(HTTPConnectionPool):
    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        _register_connection(conn)
        return super()._make_request(conn, *args, **kwargs)


class _TrackingHTTPSPool(HTTPSConnectionPool):
    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        _register_connection(conn)
        return super()._make_request(conn, *args, **kwargs)


_POOL_CLASSES = {"http": _TrackingHTTPPool, "https": _TrackingHTTPSPool}


class _CancellableAdapter(HTTPAdapter):
    """An HTTPAdapter whose pools let a cancel reach the socket in use."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOL_CLASSES)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if hasattr(manager, "pool_classes_by_scheme") and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(_POOL_CLASSES)
        return manager


# --------------------------------------------------------------------------- session


class _Retry(Retry):
    """urllib3's Retry, honouring Retry-After on every status we retry."""

    RETRY_AFTER_STATUS_CODES = RETRY_STATUSES


def make_retry(transport: TransportSettings) -> Retry:
    """The bounded retry policy described in the module docstring."""
    budget = max(0, int(transport.retries))
    extra: dict[str, Any] = {}
    if "retry_after_max" in inspect.signature(Retry.__init__).parameters:  # urllib3 >= 2.6
        extra["retry_after_max"] = int(RETRY_AFTER_MAX)
    return _Retry(
        total=budget,
        connect=budget,
        read=min(1, budget),
        status=budget,
        other=0,
        redirect=0,
        allowed_methods=frozenset({"GET", "POST"}),  # both vendor POSTs are idempotent reads
        status_forcelist=RETRY_STATUSES,
        backoff_factor=max(0.0, float(transport.backoff)),
        backoff_max=RETRY_AFTER_MAX,
        raise_on_status=False,  # the vendor's own error body is more useful than MaxRetryError
        raise_on_redirect=False,
        respect_retry_after_header=True,
        **extra,
    )


def create_session(transport: TransportSettings | None = None) -> requests.Session:
    """A ``requests.Session`` with the project's transport policy.

    TLS verification follows ``transport.verify_tls`` (on by default; a CA
    bundle from ``REQUESTS_CA_BUNDLE`` is honoured), and proxies come from the
    environment (``HTTPS_PROXY``/``NO_PROXY``) because ``trust_env`` stays on.
    """
    transport = transport or TransportSettings()
    session = requests.Session()
    session.trust_env = True
    session.verify = bool(transport.verify_tls)
    session.headers["User-Agent"] = f"desktop-ocr/{__version__}"
    adapter = _CancellableAdapter(max_retries=make_retry(transport))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


# --------------------------------------------------------------------------- errors


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _root_reason(exc: BaseException) -> BaseException:
    """The urllib3 error under a requests exception (MaxRetryError's reason)."""
    cur: BaseException | None = exc
    seen = 0
    while cur is not None and seen < 6:
        seen += 1
        if isinstance(cur, MaxRetryError) and cur.reason is not None:
            return cur.reason
        nxt = cur.args[0] if cur.args and isinstance(cur.args[0], BaseException) else None
        cur = nxt
    return exc


def map_request_exception(exc: requests.RequestException, url: str, service: str) -> BackendError:
    """Translate a ``requests`` exception into a clerk-readable, typed error."""
    host = _host(url)
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, requests.exceptions.SSLError):
        return NetworkError(
            f"The secure connection to {service} ({host}) could not be verified. "
            "The certificate is not trusted or the address is wrong; check the URL "
            "or ask your administrator about the office proxy.",
            message_zh=f"无法验证与 {service}（{host}）的安全连接：证书不受信任或地址有误，"
            "请检查地址或联系管理员。",
            code="network.tls",
            retryable=False,
            detail=detail,
        )
    if isinstance(exc, requests.exceptions.ProxyError):
        return NetworkError(
            f"The proxy server refused the connection to {service}. Check the proxy settings.",
            message_zh=f"代理服务器拒绝了到 {service} 的连接，请检查代理设置。",
            code="network.proxy",
            retryable=True,
            detail=detail,
        )
    root = _root_reason(exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return NetworkError(
            f"{service} ({host}) did not accept the connection in time. "
            "Check the network connection and try again.",
            message_zh=f"连接 {service}（{host}）超时，请检查网络后重试。",
            code="network.timeout",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, requests.exceptions.ReadTimeout) or isinstance(root, ReadTimeoutError):
        return NetworkError(
            f"{service} ({host}) did not answer in time. The service may be busy; try again.",
            message_zh=f"{service}（{host}）响应超时，服务可能繁忙，请重试。",
            code="network.timeout",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema, requests.exceptions.InvalidHeader)):
        return NetworkError(
            f"The {service} address {url!r} is not a valid URL. Check it in Settings.",
            message_zh=f"{service} 地址 {url!r} 无效，请在设置中检查。",
            code="network.bad_url",
            retryable=False,
            detail=detail,
        )
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError,
                        requests.exceptions.ContentDecodingError)) or isinstance(
        root, ProtocolError
    ):
        return NetworkError(
            f"The connection to {service} ({host}) broke off before the answer was complete. "
            "Try again.",
            message_zh=f"与 {service}（{host}）的连接在应答完成前中断，请重试。",
            code="network.connection_lost",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        return NetworkError(
            f"Could not connect to {service} ({host}). Check the network connection "
            "and the address in Settings.",
            message_zh=f"无法连接到 {service}（{host}），请检查网络连接和设置中的地址。",
            code="network.connection",
            retryable=True,
            detail=detail,
        )
    return NetworkError(
        f"The request to {service} ({host}) failed: {type(exc).__name__}.",
        message_zh=f"请求 {service}（{host}）失败：{type(exc).__name__}。",
        code="network.error",
        retryable=True,
        detail=detail,
    )


# --------------------------------------------------------------------------- retries


def retry_after_seconds(response: requests.Response) -> float | None:
    """``Retry-After`` as seconds (delta or HTTP date), or None when absent/invalid."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(transport: TransportSettings, attempt: int, retry_after: float | None) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based), capped."""
    if retry_after is not None:
        return min(retry_after, RETRY_AFTER_MAX)
    return min(float(transport.backoff) * (2 ** (attempt - 1)), RETRY_AFTER_MAX)


def wait_before_retry(
    transport: TransportSettings,
    attempt: int,
    response: requests.Response,
    cancel: CancelToken | None,
) -> None:
    """Sleep the backoff for an application-level retry; raises Cancelled if cancelled."""
    delay = backoff_delay(transport, attempt, retry_after_seconds(response))
    if cancel is None:
        time.sleep(delay)
    elif cancel.wait(delay):
        raise Cancelled()


# --------------------------------------------------------------------------- client


class HttpClient:
    """One session plus the timeouts; :meth:`post` is cancellable from any thread."""

    def __init__(self, transport: TransportSettings | None = None, *, service: str) -> None:
        self.transport = transport or TransportSettings()
        self.service = service
        self.session = create_session(self.transport)
        self._lock = threading.Lock()

    @property
    def timeout(self) -> tuple[float, float]:
        return (float(self.transport.connect_timeout), float(self.transport.read_timeout))

    def post(
        self,
        url: str,
        *,
        cancel: CancelToken | None = None,
        data: Mapping[str, str] | bytes | None = None,
        json_body: Any = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """POST and return the response (any status); raise NetworkError or Cancelled."""
        if cancel is not None:
            cancel.raise_if_cancelled()
        scope = _Scope()
        box: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            _current.scope = scope
            try:
                box["response"] = self.session.post(
                    url,
                    data=data,
                    json=json_body,
                    files=files,
                    headers=dict(headers or {}),
                    timeout=self.timeout,
                    allow_redirects=False,
                )
            except BaseException as exc:  # handed over to the calling thread
                box["error"] = exc
            finally:
                _current.scope = None
                done.set()

        worker = threading.Thread(target=work, name=f"{self.service}-http", daemon=True)
        worker.start()
        while not done.wait(POLL_INTERVAL):
            if cancel is not None and cancel.cancelled:
                scope.abort()
                worker.join(0.5)
                raise Cancelled()
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        error = box.get("error")
        if error is not None:
            if isinstance(error, _Aborted) or scope.cancelled:
                raise Cancelled()
            if isinstance(error, requests.RequestException):
                raise map_request_exception(error, url, self.service) from error
            raise error
        response: requests.Response = box["response"]
        if 300 <= response.status_code < 400:
            location = response.headers.get("Location", "")
            raise NetworkError(
                f"{self.service} answered with a redirect (HTTP {response.status_code}) "
                f"to {location or 'another address'}. Put the final address in Settings.",
                message_zh=f"{self.service} 返回重定向（HTTP {response.status_code}），"
                "请在设置中填写最终地址。",
                code="network.redirect",
                retryable=False,
                detail=location,
            )
        return response

    def close(self) -> None:
        self.session.close()


def call_with_retries(
    send: Callable[[], requests.Response],
    should_retry: Callable[[requests.Response], bool],
    transport: TransportSettings,
    cancel: CancelToken | None,
) -> tuple[requests.Response, int]:
    """Repeat ``send`` while ``should_retry`` says so, within the retry budget.

    Returns the last response and how many application-level retries were made.
    """
    attempt = 0
    while True:
        response = send()
        if attempt >= max(0, int(transport.retries)) or not should_retry(response):
            return response, attempt
        attempt += 1
        log.info("retrying after HTTP %s (attempt %d)", response.status_code, attempt)
        wait_before_retry(transport, attempt, response, cancel)
