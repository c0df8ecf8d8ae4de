"""The viewer: wheel zoom, fit, 100 %, rotate, and boxes on a downscaled large page."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_ocr.gui.image_loader import DISPLAY_MAX_SIDE, ImageLoader
from desktop_ocr.gui.viewer import ImageViewer

pytestmark = pytest.mark.gui


def _wheel(view: ImageViewer, steps: int) -> None:
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_zoom_fit_actual_rotate_and_box_on_a_large_page(qtbot, tmp_path):
    # Given a page larger than the display cap, loaded off the GUI thread
    big = Image.new("RGB", (DISPLAY_MAX_SIDE * 2, 1000), "white")
    path = tmp_path / "wide.png"
    big.save(path)
    loader = ImageLoader()
    view = ImageViewer()
    view.resize(800, 600)
    view.show()
    qtbot.addWidget(view)
    with qtbot.waitSignal(loader.pageLoaded, timeout=20000) as loaded:
        loader.request_page(str(path), None)
    view.show_image(loaded.args[1])

    # The scene is in original pixels although fewer pixels are displayed
    assert view.image_size() == (DISPLAY_MAX_SIDE * 2, 1000)
    fit = view.zoom
    assert fit < 1

    _wheel(view, 2)  # wheel up zooms in
    assert view.zoom == pytest.approx(fit * 1.25 ** 2, rel=0.01)
    view.zoom_actual()
    assert view.zoom == pytest.approx(1.0)
    view.zoom_fit()
    assert view.zoom == pytest.approx(fit, rel=0.01)

    view.rotate_right()
    assert view.rotation == 90
    assert view.transform().m12() != 0  # really rotated

    view.highlight((6000, 100, 6200, 160))
    rect = view.highlighted_box()
    assert rect is not None and rect.contains(6100, 130)
    loader.shutdown()
