"""Archive batches: documents per minute for --jobs 1/2 and a local Dask cluster of 1/2
workers, peak RSS per worker, and RSS per worker over a long run.

Prints one line per configuration (engine already loaded in every worker, so the
figure is the steady rate, not start-up) and, with ``--memory-docs N``, each worker's
RSS after every tenth of N documents (flat = no leak).  Targets (issue 14): ≥ 1.7×
from 1 to 2 workers; peak RSS per worker ≤ 600 MB; memory flat over 1,000 documents.

Documents are generated (``desktop_ocr.synthetic``, the three types in turn); the
memory run reuses the same files.  Runs through the same executors as
``desktop-ocr recognize --jobs/--cluster`` (``desktop_ocr.batch``).

    .venv/bin/python bench/batch_scale.py [--documents 24] [--memory-docs 1000]
                                          [--configs jobs1 jobs2 dask1 dask2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_ocr.batch.runner import NoProgress, run_job  # noqa: E402
from desktop_ocr.synthetic import generate, save  # noqa: E402


def make_documents(folder: Path, count: int) -> list[str]:
    kinds = ("birth_certificate", "ghana_card", "ghana_voter")
    return [str(save(generate(kinds[i % 3], 500 + i, "scan"), folder / f"{i:04d}.jpg"))
            for i in range(count)]


def executor_for(name: str):  # type: ignore[no-untyped-def]
    workers = int(name[-1])
    if name.startswith("jobs"):
        from desktop_ocr.batch.local import LocalExecutor

        # A pool even for 1 job, so the worker's RSS is its own (the CLI's --jobs 1
        # runs in its own process with the same engine and threads).
        ex = LocalExecutor("offline", "auto", workers, in_process=False)
        return ex
    from desktop_ocr.batch.cluster import ClusterExecutor

    os.environ.pop("DESKTOP_OCR_OCR_THREADS", None)
    return ClusterExecutor("offline", "auto", "auto", workers)


class RssSampler:
    """Peak and current RSS of each worker process, sampled every 0.2 s."""

    def __init__(self, pids: list[int]) -> None:
        self.procs = {pid: psutil.Process(pid) for pid in pids}
        self.peak = dict.fromkeys(pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def current(self) -> dict[int, int]:
        out = {}
        for pid, proc in self.procs.items():
            try:
                out[pid] = proc.memory_info().rss
            except psutil.Error:
                out[pid] = 0
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for pid, rss in self.current().items():
                self.peak[pid] = max(self.peak[pid], rss)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def warm(executor, files: list[str], workers: int) -> None:  # type: ignore[no-untyped-def]
    futures = [executor.submit(f, f) for f in files[: workers * 2]]
    for f in futures:
        f.result()


def measure(name: str, files: list[str]) -> dict[str, float]:
    executor = executor_for(name)
    try:
        warm(executor, files, executor.workers)
        sampler = RssSampler(executor.pids())
        started = time.perf_counter()
        result = run_job(executor, files, fmt="json", output=None, keep_records=False,
                         progress=NoProgress(), err=open(os.devnull, "w"))  # noqa: SIM115
        elapsed = time.perf_counter() - started
        sampler.stop()
    finally:
        executor.close()
    return {"docs_per_min": result.documents / elapsed * 60, "failed": result.failed,
            "peak_mb": max(sampler.peak.values()) / 2**20, "workers": len(sampler.peak)}


def memory_run(files: list[str], total: int, workers: int) -> list[list[float]]:
    """RSS (MB) of each worker after each tenth of ``total`` documents (reused files)."""
    from desktop_ocr.batch.local import LocalExecutor

    executor = LocalExecutor("offline", "auto", workers)
    inputs = [files[i % len(files)] for i in range(total)]
    rows: list[list[float]] = []
    try:
        warm(executor, files, workers)
        sampler = RssSampler(executor.pids())
        step = max(1, total // 10)
        for start in range(0, total, step):
            chunk = inputs[start:start + step]
            run_job(executor, chunk, fmt="json", output=None, keep_records=False,
                    progress=NoProgress(), err=open(os.devnull, "w"))  # noqa: SIM115
            rows.append([rss / 2**20 for rss in sampler.current().values()])
            print(f"  after {min(start + step, total):>5} documents: RSS per worker "
                  + ", ".join(f"{mb:.0f} MB" for mb in rows[-1]), flush=True)
        sampler.stop()
        rows.append([mb / 2**20 for mb in sampler.peak.values()])
    finally:
        executor.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=24)
    parser.add_argument("--configs", nargs="+", default=["jobs1", "jobs2", "dask1", "dask2"])
    parser.add_argument("--memory-docs", type=int, default=0,
                        help="also run this many documents on --jobs 2 and print RSS per worker")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = make_documents(Path(tmp), args.documents)
        print(f"batch_scale: {args.documents} generated documents, {os.cpu_count()} cores, "
              "offline engine, engines warm", flush=True)
        results = {}
        for name in args.configs:
            results[name] = measure(name, files)
            r = results[name]
            print(f"  {name:<6} {r['docs_per_min']:7.1f} docs/min  peak RSS/worker "
                  f"{r['peak_mb']:5.0f} MB  failed {r['failed']}", flush=True)
        for one, two in (("jobs1", "jobs2"), ("dask1", "dask2")):
            if one in results and two in results:
                print(f"  speed-up {two} vs {one}: "
                      f"{results[two]['docs_per_min'] / results[one]['docs_per_min']:.2f}x "
                      "(target >= 1.7x)")
        if args.memory_docs:
            print(f"memory over {args.memory_docs} documents, --jobs 2:", flush=True)
            rows = memory_run(files, args.memory_docs, 2)
            print("  peak RSS per worker: " + ", ".join(f"{mb:.0f} MB" for mb in rows[-1]))
            first, last = rows[0], rows[-2]
            print("  growth first tenth -> end: " + ", ".join(
                f"{b - a:+.0f} MB" for a, b in zip(first, last, strict=False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
