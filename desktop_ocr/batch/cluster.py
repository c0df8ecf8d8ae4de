"""``recognize --cluster ADDRESS|auto``: the same job on a Dask distributed cluster.

Why Dask distributed (docs/adr/0055): a well-kept, BSD-licensed scheduler in pure
Python that starts a local cluster in seconds or joins one across machines;
workers read the images themselves from a path they all see (a shared folder),
so only paths travel to them and records travel back.  Each worker process
holds one engine (``desktop_ocr.batch.worker``), built on its first document.
Needs the ``cluster`` extra (``pip install "desktop-ocr[cluster]"``).
"""

from __future__ import annotations

import os
from typing import Any

from desktop_ocr.batch import worker
from desktop_ocr.batch.local import threads_per_worker
from desktop_ocr.errors import OcrError

INSTALL_HINT = 'pip install "desktop-ocr[cluster]"'


def _missing(exc: ImportError) -> OcrError:
    return OcrError(
        f"--cluster needs Dask distributed ({exc.name} is missing): {INSTALL_HINT}",
        code="batch.cluster_not_installed",
        message_zh=f"--cluster 需要 Dask distributed：{INSTALL_HINT}",
    )


class ClusterExecutor:
    """Submit files to a Dask cluster; ``address="auto"`` starts a local one of ``jobs``."""

    def __init__(self, backend: str, document_type: str, address: str, jobs: int | None) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise _missing(exc) from exc
        self.backend = backend
        self.document_type = document_type
        self._cluster: Any = None
        if address == "auto":
            n = max(1, jobs or (os.cpu_count() or 1))
            # Each worker process: one thread, one engine with cores/n threads.
            os.environ.setdefault("DESKTOP_OCR_OCR_THREADS", str(threads_per_worker(n)))
            # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers; with the
            # engine's arena-less onnxruntime sessions that costs 4-5x per page in
            # madvise/munmap calls (measured).  The engine trims after each page itself.
            dask.config.set({"distributed.nanny.pre-spawn-environ": {
                "OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}})
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=40)
            self.client = Client(self._cluster)
        else:
            try:
                self.client = Client(address, timeout="30s")
            except OSError as exc:
                raise OcrError(f"Cannot reach the Dask scheduler at {address}: {exc}",
                               code="batch.cluster_unreachable",
                               message_zh=f"无法连接 Dask 调度器 {address}。") from exc
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, source: str, read_path: str) -> Any:
        return self.client.submit(worker.recognize_file, source, os.path.abspath(read_path),
                                  self.backend, self.document_type, pure=False)

    def pids(self) -> list[int]:
        return sorted(self.client.run(os.getpid).values())

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
