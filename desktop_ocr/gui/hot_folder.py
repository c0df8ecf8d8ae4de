"""The scanner hot folder: queue each new file once, when it is completely written.

Why a stability check: a desk scanner creates the file first and writes it for a
second or two; reading it early gives a truncated image.  A file is taken when
its size and modification time have not changed across two polls, it is not
empty, and it can be opened for reading.  ``QFileSystemWatcher`` tells us
something changed; the poll decides when a file is done (watchers are not
reliable on network shares, so a slow rescan runs as well).  Files already in
the folder when watching starts are not queued: only new scans are.

Why it keeps watching a folder that is gone: a USB stick pulled out or a network
share dropping is a pause, not a new setting.  The folder is then reported
missing (``folderVanished``) and looked for on every poll; when it is back
(``folderReturned``) the files that arrived meanwhile are taken like new scans.
A folder missing when watching starts is waited for the same way; what it holds
when it first appears was there before, like at the start.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop_ocr.imaging.load import is_supported


class HotFolder(QObject):
    fileReady = Signal(object)  # str path (object: keeps a name's undecodable bytes)
    polled = Signal()  # one stability check ran (tests and the status bar use it)
    folderVanished = Signal(object)  # Path: the watched folder is gone (still waited for)
    folderReturned = Signal(object)  # Path: it is back, new scans are taken again

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = 500,
                 rescan_ms: int = 5000) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)
        self._rescan = QTimer(self)
        self._rescan_ms = rescan_ms
        self._poll_ms = poll_ms
        self._rescan.setInterval(rescan_ms)
        self._rescan.timeout.connect(self._on_changed)
        self._folder: Path | None = None
        self._present = False
        self._ever_present = False
        self._seen: set[str] = set()
        self._pending: dict[str, tuple[int, int, int]] = {}  # path -> size, mtime, stable polls

    @property
    def folder(self) -> Path | None:
        """The folder watched (present or not), or None."""
        return self._folder

    @property
    def present(self) -> bool:
        """Whether the watched folder is there now."""
        return self._present

    def watch(self, folder: str | None) -> bool:
        """Start watching ``folder`` (empty/None stops).  False when it is not there now:
        a missing folder is waited for (:attr:`present` False); a path to a file is
        refused (:attr:`folder` None)."""
        self.stop()
        if not folder:
            return True
        path = Path(folder)
        if path.exists() and not path.is_dir():
            return False
        self._folder = path
        self._present = self._ever_present = path.is_dir()
        if self._present:
            self._seen = set(self._scan())
            self._watcher.addPath(str(path))
        self._rescan.setInterval(self._rescan_ms if self._present else self._poll_ms)
        self._rescan.start()
        return self._present

    def stop(self) -> None:
        dirs = self._watcher.directories()
        if dirs:
            self._watcher.removePaths(dirs)
        self._poll.stop()
        self._rescan.stop()
        self._folder = None
        self._present = False
        self._seen = set()
        self._pending.clear()

    def _still_there(self) -> bool:
        """Notice the folder going and coming back; False while it is missing."""
        folder = self._folder
        if folder is None:
            return False
        here = folder.is_dir()
        if here == self._present:
            return here
        self._present = here
        self._rescan.setInterval(self._rescan_ms if here else self._poll_ms)
        if not here:
            self._pending.clear()
            self.folderVanished.emit(folder)
            return False
        if not self._ever_present:  # first seen: what it holds was there before
            self._ever_present = True
            self._seen = set(self._scan())
        if str(folder) not in self._watcher.directories():
            self._watcher.addPath(str(folder))
        self.folderReturned.emit(folder)
        return True

    def _scan(self) -> list[str]:
        if self._folder is None:
            return []
        try:
            with os.scandir(self._folder) as entries:
                return [e.path for e in entries
                        if e.is_file() and not e.name.startswith(".") and is_supported(e.path)]
        except OSError:
            return []

    def _on_changed(self, *_args: object) -> None:
        if not self._still_there():
            return
        for path in self._scan():
            if path not in self._seen and path not in self._pending:
                self._pending[path] = (-1, -1, 0)
        if self._pending and not self._poll.isActive():
            self._poll.start()

    def _check(self) -> None:
        self.polled.emit()
        for path, (size, mtime, stable) in list(self._pending.items()):
            try:
                st = os.stat(path)
            except OSError:
                del self._pending[path]  # gone (scanner temp file renamed)
                continue
            now = (st.st_size, st.st_mtime_ns)
            if now == (size, mtime) and st.st_size > 0:
                stable += 1
            else:
                stable = 0
            self._pending[path] = (now[0], now[1], stable)
            if stable >= 1 and _openable(path):
                del self._pending[path]
                self._seen.add(path)
                self.fileReady.emit(path)
        if not self._pending:
            self._poll.stop()


def _openable(path: str) -> bool:
    """On Windows a file still being written is locked; elsewhere this is cheap."""
    try:
        with open(path, "rb") as fh:
            fh.read(1)
        return True
    except OSError:
        return False
