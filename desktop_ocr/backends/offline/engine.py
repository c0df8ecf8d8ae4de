"""The OCR model: RapidOCR's bundled PP-OCR ONNX models, loaded once per process.

Why: loading the three ONNX sessions takes about a second and a few hundred MB,
so the CLI, the GUI worker, the local server and the tests share one engine,
built lazily (first recognition, never at import) behind a lock.  The models are
the files inside the ``rapidocr`` wheel, passed by explicit path: RapidOCR only
downloads when ``model_path`` is empty, so giving every path means it can never
reach the network (see docs/adr/0040).  We drive RapidOCR's detector, direction
classifier and recogniser separately instead of its all-in-one pipeline so that
page orientation is decided once per page (not per line) and detection runs on a
downscaled copy while recognition reads crops from the full-resolution image.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

# Telemetry must be off before onnxruntime is imported (desktop_ocr/__init__ does
# it too; repeated here because this module imports rapidocr → onnxruntime).
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np

from desktop_ocr.errors import BackendUnavailable

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"

# Detection input: longest side in pixels.  Text on an A4 scanned at 150 dpi is
# still ~16 px high at 1024, which the DB detector finds reliably; the cost of
# detection grows with the area, so this is the main speed lever.
DET_LIMIT_SIDE = 960
REC_BATCH = 8
# RapidOCR pads every line to at least 320 px wide (ratio 6.7) before recognition;
# a form has dozens of one- or two-character lines (男, 年, 克), so a 96 px floor
# halves recognition time on a birth certificate with the same text read.
REC_MIN_WIDTH = 96
# Upper bound of batch size × padded line width (pixels at height 48).
REC_BATCH_WIDTH = 4800
CLS_BATCH = 16


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """Tuning knobs; the defaults are what bench/accuracy.py measured best on 2 cores."""

    threads: int = 0  # 0: DESKTOP_OCR_OCR_THREADS, else min(4, cpu count)
    det_limit_side: int = DET_LIMIT_SIDE
    rec_batch: int = REC_BATCH
    model_dir: Path | None = None  # None: the models inside the rapidocr wheel


def bundled_model_dir() -> Path:
    """The folder of ONNX models shipped inside the installed ``rapidocr`` wheel."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise BackendUnavailable(
            "The offline OCR engine (rapidocr) is not installed.",
            message_zh="未安装离线识别引擎（rapidocr）。",
            code="offline.not_installed",
        )
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def model_paths(model_dir: Path | None = None) -> dict[str, Path]:
    """Explicit paths of the three models; raises when one is missing (never downloads)."""
    folder = model_dir or bundled_model_dir()
    paths = {"det": folder / DET_MODEL, "rec": folder / REC_MODEL, "cls": folder / CLS_MODEL}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise BackendUnavailable(
            f"The offline OCR models are missing ({', '.join(missing)}); "
            "reinstall the application.",
            message_zh="离线识别模型文件缺失，请重新安装本程序。",
            code="offline.models_missing",
        )
    return paths


def _session(path: Path, threads: int):  # type: ignore[no-untyped-def]
    """An onnxruntime CPU session tuned for many differently-shaped inputs.

    Every page and every batch of lines has another shape, so the memory arena and
    the per-shape memory patterns only grow the process (hundreds of MB over a batch)
    without a measurable speed gain here.
    """
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.enable_cpu_mem_arena = False
    opts.enable_mem_pattern = False
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), sess_options=opts,
                                providers=["CPUExecutionProvider"])


class OcrEngine:
    """Detector + direction classifier + recogniser sessions (onnxruntime, CPU)."""

    def __init__(self, options: EngineOptions | None = None) -> None:
        self.options = options or EngineOptions()
        paths = model_paths(self.options.model_dir)
        try:
            from rapidocr.ch_ppocr_cls import TextClassifier
            from rapidocr.ch_ppocr_det import TextDetector
            from rapidocr.ch_ppocr_rec import TextRecognizer
            from rapidocr.main import DEFAULT_CFG_PATH
            from rapidocr.utils.log import logger as rapid_logger
            from rapidocr.utils.parse_parameters import ParseParams
        except ImportError as exc:  # pragma: no cover - broken installation
            raise BackendUnavailable(
                f"The offline OCR engine cannot be loaded ({exc}).",
                message_zh="无法加载离线识别引擎。",
                code="offline.not_installed",
            ) from exc
        rapid_logger.setLevel("WARNING")
        _limit_malloc_arenas()
        threads = self.options.threads or threads_from_environment() or min(4, os.cpu_count() or 1)
        cfg = ParseParams.load(DEFAULT_CFG_PATH)
        engine_cfg = cfg.EngineConfig.onnxruntime
        engine_cfg.intra_op_num_threads = threads
        engine_cfg.inter_op_num_threads = 1
        # The arena keeps the largest activation ever allocated; without it peak
        # RSS stays ~150 MB lower at a negligible speed cost on these models.
        engine_cfg.enable_cpu_mem_arena = False

        for section in (cfg.Det, cfg.Rec, cfg.Cls):
            section._set_flag("allow_objects", True)  # our own sessions go in the config
        cfg.Det.engine_cfg = engine_cfg
        cfg.Det.session = _session(paths["det"], threads)
        cfg.Det.model_path = str(paths["det"])
        cfg.Det.limit_side_len = self.options.det_limit_side
        cfg.Det.limit_type = "max"
        cfg.Rec.engine_cfg = engine_cfg
        cfg.Rec.session = _session(paths["rec"], threads)
        cfg.Rec.model_path = str(paths["rec"])
        cfg.Rec.rec_batch_num = self.options.rec_batch
        cfg.Rec.rec_img_shape = [3, 48, REC_MIN_WIDTH]
        cfg.Rec.font_path = None  # only used to draw results; never fetched by us
        cfg.Cls.engine_cfg = engine_cfg
        cfg.Cls.session = _session(paths["cls"], 1)
        cfg.Cls.model_path = str(paths["cls"])
        cfg.Cls.cls_batch_num = CLS_BATCH
        self.detector = TextDetector(cfg.Det)
        self.recognizer = TextRecognizer(cfg.Rec)
        if not self.recognizer.session.have_key():  # pragma: no cover - bundled model has it
            raise BackendUnavailable(
                "The bundled recognition model has no character table.",
                message_zh="识别模型缺少字符表。",
                code="offline.models_missing",
            )
        self.classifier = TextClassifier(cfg.Cls)
        self._run_lock = threading.Lock()

    def detect(self, image_bgr: np.ndarray, limit_side: int | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Text line quads (N,4,2 float32, image pixels) and their detection scores.

        ``limit_side``: detect at this long side instead of the default (small text).
        """
        with self._run_lock:
            default = self.detector.limit_side_len
            if limit_side:
                self.detector.limit_side_len = limit_side
            try:
                out = self.detector(image_bgr)
            finally:
                self.detector.limit_side_len = default
        if out.boxes is None or len(out.boxes) == 0:
            return np.zeros((0, 4, 2), np.float32), np.zeros((0,), np.float32)
        return np.asarray(out.boxes, np.float32), np.asarray(out.scores, np.float32)

    def upside_down_votes(self, crops: list[np.ndarray]) -> tuple[int, int]:
        """(lines the direction model calls upside down, lines it is sure about)."""
        if not crops:
            return 0, 0
        with self._run_lock:
            out = self.classifier(crops)
        flipped = sure = 0
        for label, score in out.cls_res:
            if score < 0.7:
                continue
            sure += 1
            flipped += "180" in label
        return flipped, sure

    def recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """Text and mean character confidence for each crop (same order).

        Lines are batched by similar width, and a batch is closed when its padded
        width would pass REC_BATCH_WIDTH: the recogniser's activations grow with
        batch × width, and one batch of very long lines used to cost 500 MB.
        """
        if not crops:
            return []
        from rapidocr.ch_ppocr_rec import TextRecInput

        ratios = [max(c.shape[1] / max(1, c.shape[0]), REC_MIN_WIDTH / 48) for c in crops]
        order = sorted(range(len(crops)), key=lambda i: ratios[i])
        batches: list[list[int]] = []
        for i in order:
            if batches:
                cur = batches[-1]
                width = 48 * ratios[i] * (len(cur) + 1)  # sorted: i is the widest so far
                if len(cur) < self.options.rec_batch and width <= REC_BATCH_WIDTH:
                    cur.append(i)
                    continue
            batches.append([i])
        out: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        for batch in batches:
            with self._run_lock:  # the batch size is engine state: set it under the lock
                self.recognizer.rec_batch_num = len(batch)
                res = self.recognizer(TextRecInput(img=[crops[i] for i in batch],
                                                   return_word_box=False))
            for i, t, sc in zip(batch, res.txts or (), res.scores or (), strict=False):
                out[i] = (str(t), float(sc))
        return out


def _libc():  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # pragma: no cover - musl or unusual libc
        return None


def threads_from_environment() -> int:
    """``DESKTOP_OCR_OCR_THREADS`` (0 or unset: the default).

    Why: ``serve --workers N`` and ``recognize --jobs N`` run N engines in N
    processes; each gets cores/N threads, or they would fight over the cores.
    """
    try:
        return max(0, int(os.environ.get("DESKTOP_OCR_OCR_THREADS", "0")))
    except ValueError:
        return 0


def _limit_malloc_arenas() -> None:
    """Cap glibc malloc arenas: each onnxruntime thread otherwise gets its own arena
    and freed activations stay mapped, so RSS creeps up document after document."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(-8, 2)  # M_ARENA_MAX


def release_free_memory() -> None:
    """Give freed heap pages back to the OS after a page (glibc ``malloc_trim``)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


_ENGINE: OcrEngine | None = None
_ENGINE_LOCK = threading.Lock()


def get_engine(options: EngineOptions | None = None) -> OcrEngine:
    """The process-wide engine, built on first use (thread-safe, double-checked)."""
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                _ENGINE = OcrEngine(options)
    return _ENGINE


def engine_loaded() -> bool:
    return _ENGINE is not None


def release_engine() -> None:
    """Drop the shared engine (frees its memory; the next use loads it again)."""
    global _ENGINE
    with _ENGINE_LOCK:
        _ENGINE = None
