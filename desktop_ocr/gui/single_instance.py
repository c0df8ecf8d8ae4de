"""One window per profile: a second launch hands its files to the running window.

Why: the file manager's "Open with" starts ``desktop-ocr FILE...`` once per click;
two windows would fight over one record store (the second gets a temporary store
whose edits are lost).  So the first launch listens on a local socket (a Unix
socket, a named pipe on Windows: ``QLocalServer``) and every later launch connects,
sends its file paths, gets an acknowledgement and exits.

The socket's name comes from the user and the profile folder (``DESKTOP_OCR_HOME``
or the platform's data folder), so two profiles — and the test suite's isolated
homes — never meet.  "Connect, else listen" runs under a lock file, so two launches
at the same instant cannot both become the first; a socket file left behind by a
crash is removed only after nobody answered on it.

Paths travel as bytes (``os.fsencode``), one base64 line each, so a file name that
is not valid UTF-8 arrives exactly as it was (Qt strings would drop those bytes).
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_ocr import paths

log = logging.getLogger(__name__)

#: How long a second launch waits for the running window to acknowledge (ms).
HAND_OVER_TIMEOUT_MS = 5000
_END = b"."
_ACK = b"ok\n"


def server_name() -> str:
    """The local socket's name for this user and profile."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    profile = os.fsencode(str(paths.data_dir().resolve()))
    digest = hashlib.sha256(user.encode("utf-8", "replace") + b"\0" + profile).hexdigest()
    return f"desktop-ocr-{digest[:16]}"


def encode_paths(files: Sequence[str]) -> bytes:
    """The message a second launch sends: absolute paths, base64 of their bytes, one a line."""
    lines = [base64.b64encode(os.fsencode(os.path.abspath(f))) for f in files]
    return b"".join(line + b"\n" for line in lines) + _END + b"\n"


def decode_paths(data: bytes) -> list[str] | None:
    """Paths from a complete message, or None while the end mark has not arrived."""
    lines = data.split(b"\n")
    if _END not in lines:
        return None
    files: list[str] = []
    for line in lines[: lines.index(_END)]:
        try:
            files.append(os.fsdecode(base64.b64decode(line, validate=True)))
        except ValueError:
            log.warning("single instance: ignored a malformed path line")
    return files


class SingleInstance(QObject):
    """Claim the profile's window, or hand files to the window that has it.

    ``claim(files)`` returns True when this process should open the window (it now
    listens for later launches), False when a running window took ``files``.
    ``filesReceived`` fires on the GUI thread with the paths a later launch sent
    (possibly an empty list: then it only asks the window to come to the front).
    """

    filesReceived = Signal(object)  # list[str]

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(self, files: Sequence[str] = ()) -> bool:
        lock = QLockFile(str(paths.data_dir() / "window.lock"))
        lock.setStaleLockTime(30_000)
        if not lock.tryLock(HAND_OVER_TIMEOUT_MS):
            log.warning("single instance: lock not acquired (%s); opening a window anyway",
                        lock.error())
            return True
        try:
            if self.hand_over(files):
                return False
            self.listen()
            return True
        finally:
            lock.unlock()

    def hand_over(self, files: Sequence[str]) -> bool:
        """Send ``files`` to a running window; True once it acknowledged them."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(encode_paths(files))
        if not socket.waitForBytesWritten(HAND_OVER_TIMEOUT_MS):
            socket.abort()
            return False
        reply = b""
        while _ACK not in reply and socket.waitForReadyRead(HAND_OVER_TIMEOUT_MS):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if _ACK in reply:
            log.info("handed %d file(s) to the running window", len(files))
            return True
        log.warning("single instance: the running window did not answer; opening another")
        return False

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered (hand_over failed), so a socket file left by a crash.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot listen (%s)", server.errorString())
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        files = decode_paths(bytes(buffer))
        if files is None:
            return
        del self._buffers[socket]
        socket.write(_ACK)
        socket.flush()
        self.filesReceived.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
