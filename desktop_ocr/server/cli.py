"""``desktop-ocr serve``: the office server from a shell.

Why: an office runs recognition on one machine for several desks (the app's
CloudWalk/AccuAuth backends, or any client written for the vendors' APIs),
and anyone can try the cloud clients end to end without a vendor account.
This module needs no web stack: the ASGI app (``server.asgi``, the ``server``
extra) is imported only when serving.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import sys
from pathlib import Path
from typing import TextIO

from desktop_ocr.backends import registry
from desktop_ocr.errors import OcrError
from desktop_ocr.server.config_file import ServerConfig, default_path, load_or_create

SECRET_VARS = ("DESKTOP_OCR_ACCUAUTH_API_SECRET", "DESKTOP_OCR_CLOUDWALK_APP_SECRET",
               "DESKTOP_OCR_CLOUDWALK_SM4_KEY")
INSTALL_HINT = 'pip install "desktop-ocr[server]"'
#: Environment variable carrying the serve options to each worker process (JSON).
ENV_OPTIONS = "DESKTOP_OCR_SERVE_OPTIONS"
DEFAULT_PORT = 8080


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` options to ``parser``."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)")
    parser.add_argument("--port", type=int, default=None,
                        help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free port)")
    parser.add_argument("--backend", default=registry.DEFAULT_BACKEND, choices=registry.names(),
                        help="recognition backend behind the server (default offline)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="worker processes, one recognition engine each (default 1; "
                             "about one per CPU core)")
    parser.add_argument("--config", default=None, metavar="PATH",
                        help=f"server configuration: credentials and keys, created on first "
                             f"start (default {default_path()})")
    parser.add_argument("--token-ttl", type=int, default=None, metavar="SECONDS",
                        help="CloudWalk token lifetime (default from the configuration, "
                             "43200 = 12 h)")
    parser.add_argument("--max-waiting", type=int, default=64, metavar="N",
                        help="documents one worker holds before answering busy with "
                             "Retry-After (default 64)")
    parser.add_argument("--show-credentials", action="store_true",
                        help="print the settings for the desks (secrets included) and exit")


def client_env(config: ServerConfig, url: str, envelope_mode: str = "sm") -> dict[str, str]:
    """The ``DESKTOP_OCR_*`` variables a desk sets to use this server."""
    return {
        "DESKTOP_OCR_CLOUDWALK_URL": url,
        "DESKTOP_OCR_CLOUDWALK_APP_KEY": config.app_key,
        "DESKTOP_OCR_CLOUDWALK_APP_SECRET": config.app_secret,
        "DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY": config.keys.sm2_public_key,
        "DESKTOP_OCR_CLOUDWALK_SM4_KEY": config.keys.sm4_key,
        "DESKTOP_OCR_CLOUDWALK_ENVELOPE": envelope_mode,
        "DESKTOP_OCR_ACCUAUTH_URL": url,
        "DESKTOP_OCR_ACCUAUTH_API_ID": config.api_id,
        "DESKTOP_OCR_ACCUAUTH_API_SECRET": config.api_secret,
    }


def _url(host: str, port: int) -> str:
    if host in ("0.0.0.0", "", "::"):
        host = "127.0.0.1"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _print_exports(config: ServerConfig, url: str, out: TextIO, *, secrets: bool) -> None:
    for name, value in client_env(config, url).items():
        if name in SECRET_VARS and not secrets:
            print(f"  export {name}=<shown at first start; serve --show-credentials>",
                  file=out)
        else:
            print(f"  export {name}={shlex.quote(value)}", file=out)


def _print_banner(config: ServerConfig, url: str, args: argparse.Namespace, created: bool,
                  config_path: str, out: TextIO) -> None:
    workers = max(1, args.workers)
    print(f"desktop-ocr office server listening on {url} (recognition: {args.backend}, "
          f"{workers} worker{'s' if workers > 1 else ''})", file=out)
    served = _served_routes(args.backend)
    if "accuauth" in served:
        print(f"  POST {url}/ocr/idcard                          (AccuAuth Ghana card)",
              file=out)
    if "cloudwalk" in served:
        print(f"  POST {url}/ai-cloud-face/ocr/v2/birthCertificate (CloudWalk)", file=out)
        print(f"  POST {url}/sso/oauth/token                     (CloudWalk login)", file=out)
    print(f"  GET  {url}/openapi.json, {url}/docs          (API description)", file=out)
    if created:
        print(f"New credentials were created in {config_path} (secrets in "
              f"{config.secret_store}). They are shown this once; set them on each desk "
              "(Settings, or these variables):", file=out)
    else:
        print(f"Credentials from {config_path}. Set on each desk (Settings, or these "
              "variables):", file=out)
    _print_exports(config, url, out, secrets=created)
    print("Then e.g.: desktop-ocr recognize --backend accuauth card.jpg", file=out)
    print("Press Ctrl+C to stop.", file=out, flush=True)


def _served_routes(backend: str) -> tuple[str, ...]:
    """The vendor routes ``backend`` can answer: those of the document types it reads."""
    from desktop_ocr.server.contract import served_routes

    return served_routes(registry.get(backend).document_types)


def _url_file(config_path: str) -> Path:
    """Where a running server notes its address, for ``serve --show-credentials``."""
    return Path(config_path + ".url")


def _shown_url(args: argparse.Namespace, config_path: str) -> str:
    """The address for ``--show-credentials``: ``--host/--port`` if given, else the one
    the server listens on (noted at start), else the default."""
    if args.port is None:
        try:
            noted = _url_file(config_path).read_text(encoding="utf-8").strip()
        except OSError:
            noted = ""
        if noted.startswith("http"):
            return noted
    return _url(args.host, DEFAULT_PORT if args.port is None else args.port)


def _default_threads(workers: int) -> int:
    return max(1, (os.cpu_count() or 1) // max(1, workers))


def run_serve(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Serve until Ctrl+C or SIGTERM; returns the process exit code."""
    out = out or sys.stdout
    config_path = str(args.config or default_path())
    try:
        config, created = load_or_create(config_path)
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return 2
    if args.token_ttl:
        config = config.with_ttl(args.token_ttl)
    if args.show_credentials:
        print(f"Credentials of {config_path}:", file=out)
        _print_exports(config, _shown_url(args, config_path), out, secrets=True)
        return 0
    try:
        from desktop_ocr.server.asgi import run
    except ImportError as exc:
        print(f"error: serving needs the server extra ({exc.name} is missing): {INSTALL_HINT}",
              file=sys.stderr)
        return 2
    from desktop_ocr.backends.registry import create_recognizer
    from desktop_ocr.settings_store import load_backend_settings

    try:
        recognizer = create_recognizer(args.backend, load_backend_settings())
        ok, reason = recognizer.availability()
        recognizer.close()
    except OcrError as exc:
        ok, reason = False, f"{exc.message} [{exc.code}]"
    if not ok:
        print(f"error: the {args.backend} backend cannot recognise: {reason}", file=sys.stderr)
        return 2
    if not _served_routes(args.backend):
        print(f"error: the {args.backend} backend reads none of the document types of the "
              "two vendor APIs (birth_certificate, ghana_card, ghana_voter)", file=sys.stderr)
        return 2
    workers = max(1, args.workers)
    os.environ.setdefault("DESKTOP_OCR_OCR_THREADS", str(_default_threads(workers)))
    os.environ[ENV_OPTIONS] = json.dumps({
        "config": config_path, "backend": args.backend, "max_waiting": args.max_waiting,
        "token_ttl": args.token_ttl})
    port = DEFAULT_PORT if args.port is None else args.port
    try:
        bound = run.bind(args.host, port, workers)
    except (OSError, SystemExit) as exc:
        print(f"error: cannot listen on {args.host}:{port}: {exc}", file=sys.stderr)
        return 2
    url = _url(args.host, bound.port)
    _print_banner(config, url, args, created, config_path, out)
    url_file: Path | None = _url_file(config_path)
    try:
        url_file.write_text(url + "\n", encoding="utf-8")  # type: ignore[union-attr]
    except OSError:
        url_file = None
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal to
    # its previous handler: ours ends the command with 0 (a service manager's stop).
    previous = {sig: signal.signal(sig, _stopped) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        bound.serve()
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if url_file is not None:
            url_file.unlink(missing_ok=True)
    print("stopped.", file=out)
    return 0


class _Stopped(Exception):
    pass


def _stopped(signum: int, frame: object) -> None:
    raise _Stopped()
