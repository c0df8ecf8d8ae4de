"""``recognize --jobs N``: N local worker processes, one engine each.

Why ``concurrent.futures.ProcessPoolExecutor``: the standard library's pool is
the well-known engine for this; each process builds its recogniser once in the
initializer and is given ``cores / N`` engine threads so N engines share the
machine instead of fighting over it.  ``--jobs 1`` runs in this process.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor

from desktop_ocr.batch import worker


def threads_per_worker(workers: int) -> int:
    return max(1, (os.cpu_count() or 1) // max(1, workers))


class LocalExecutor:
    def __init__(self, backend: str, document_type: str, jobs: int,
                 *, in_process: bool | None = None) -> None:
        self.backend = backend
        self.document_type = document_type
        self.jobs = max(1, jobs)
        self.workers = self.jobs
        # --jobs 1 runs here; a 1-process pool (in_process=False) is for measuring.
        self.inline = self.jobs == 1 if in_process is None else in_process
        self._pool: ProcessPoolExecutor | None = None
        if not self.inline:
            import multiprocessing

            # spawn: no fork of a parent that may hold threads (and, on a desk, Qt).
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context("spawn"),
                initializer=worker.init_worker,
                initargs=(backend, threads_per_worker(self.jobs)))

    def submit(self, source: str, read_path: str) -> Future[worker.Outcome]:
        if self._pool is None:
            future: Future[worker.Outcome] = Future()
            try:
                future.set_result(worker.recognize_file(source, read_path, self.backend,
                                                        self.document_type))
            except BaseException as exc:  # KeyboardInterrupt included: the caller decides
                future.set_exception(exc)
                if not isinstance(exc, Exception):
                    raise
            return future
        return self._pool.submit(worker.recognize_file, source, read_path, self.backend,
                                 self.document_type)

    def pids(self) -> list[int]:
        if self._pool is None:
            return [os.getpid()]
        return [p.pid for p in getattr(self._pool, "_processes", {}).values()
                if p.pid is not None]

    def close(self, cancel: bool = False) -> None:
        """Wait for the workers to finish; ``cancel`` (Ctrl+C, SIGTERM) stops them now.

        Why terminate on cancel: a worker may be seconds into a page; waiting for
        it made Ctrl+C take many seconds, and a document it finishes after the
        interrupt would not be written anyway (``--resume`` reads it again).
        """
        if self._pool is None:
            return
        pool, self._pool = self._pool, None
        if not cancel:
            pool.shutdown(wait=True)
            return
        processes = [p for p in getattr(pool, "_processes", {}).values() if p.is_alive()]
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # SIGKILL: workers ignore SIGINT and SIGTERM
            process.kill()
        for process in processes:
            process.join(10)
        pool.shutdown(wait=True)
