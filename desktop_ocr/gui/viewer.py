"""The image viewer: the current page, zoom, rotate, and the focused field's box.

Why QGraphicsView: zooming and rotating a scene keeps box coordinates in image
pixels (the recogniser's coordinate system), so outlining a field needs no
arithmetic that could drift on HiDPI screens; Qt maps scene to device pixels
with the screen's own device pixel ratio.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from desktop_ocr.documents.record import Box
from desktop_ocr.gui.image_loader import ImageLoader


class ImageViewer(QGraphicsView):
    zoomChanged = Signal(float)

    MIN_ZOOM, MAX_ZOOM = 0.05, 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#3a3d41"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._box_item: QGraphicsRectItem | None = None
        self._rotation = 0
        self._fit = True
        self._message = ""
        self._loader: ImageLoader | None = None
        self._page_key = ""  # the page shown or being loaded
        self.setAccessibleName(self.tr("Document image"))

    def attach(self, loader: ImageLoader) -> None:
        """Pages asked for with :meth:`show_page` come from ``loader`` (off the GUI thread)."""
        self._loader = loader
        loader.pageLoaded.connect(self._on_loaded)
        loader.loadFailed.connect(self._on_failed)

    def show_page(self, source: str, page: int | None, loading: str) -> None:
        """Show page ``page`` of ``source``; ``loading`` is said until it arrives."""
        assert self._loader is not None, "attach() a loader first"
        key = self._loader.key(source, page)
        if key != self._page_key or not self.has_image():
            self._page_key = key
            self.show_image(None, loading)
            self._loader.request_page(source, page)

    def show_hint(self, text: str) -> None:
        """No page: a line for the clerk instead."""
        self._page_key = ""
        self.show_image(None, text)

    def _on_loaded(self, key: str, image: QImage) -> None:
        if key == self._page_key:
            self.show_image(image)

    def _on_failed(self, key: str, reason: str) -> None:
        if key == self._page_key:
            self.show_image(None, reason)

    # --- content -------------------------------------------------------------
    def show_image(self, image: QImage | None, message: str = "") -> None:
        """Show a page (or clear the view with a message such as 'Loading…')."""
        self._scene.clear()
        self._pixmap_item = None
        self._box_item = None
        self._message = message
        if image is not None and not image.isNull():
            self._pixmap_item = self._scene.addPixmap(QPixmap.fromImage(image))
            self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            try:  # a downscaled very large page: scene units stay original pixels
                scale = float(image.text("original_scale") or 1.0)
            except ValueError:
                scale = 1.0
            self._pixmap_item.setScale(scale)
            self._scene.setSceneRect(self._pixmap_item.sceneBoundingRect())
        self._apply_transform()
        self.viewport().update()

    def has_image(self) -> bool:
        return self._pixmap_item is not None

    def image_size(self) -> tuple[int, int] | None:
        """The page size in original image pixels (the recogniser's coordinates)."""
        if self._pixmap_item is None:
            return None
        rect = self._pixmap_item.sceneBoundingRect()
        return round(rect.width()), round(rect.height())

    def highlight(self, box: Box | None) -> None:
        """Outline ``box`` (image pixels, x0 y0 x1 y1) and scroll it into view."""
        if self._box_item is not None:
            self._scene.removeItem(self._box_item)
            self._box_item = None
        if box is None or self._pixmap_item is None:
            return
        x0, y0, x1, y1 = box
        rect = QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)).adjusted(-4, -4, 4, 4)
        pen = QPen(QColor("#ff6d00"))
        pen.setWidth(3)
        pen.setCosmetic(True)  # same on-screen width at every zoom and device pixel ratio
        self._box_item = self._scene.addRect(rect, pen, QColor(255, 109, 0, 40))
        self._box_item.setZValue(1)
        self.ensureVisible(rect, 40, 40)

    def highlighted_box(self) -> QRectF | None:
        return None if self._box_item is None else self._box_item.rect()

    # --- zoom / rotate -------------------------------------------------------
    @property
    def zoom(self) -> float:
        return abs(self.transform().m11()) + abs(self.transform().m21())

    def zoom_by(self, factor: float) -> None:
        target = max(self.MIN_ZOOM, min(self.MAX_ZOOM, self.zoom * factor))
        self._fit = False
        self._set_zoom(target)

    def zoom_actual(self) -> None:
        """100 %: one image pixel per device-independent pixel."""
        self._fit = False
        self._set_zoom(1.0)

    def zoom_fit(self) -> None:
        self._fit = True
        self._apply_transform()

    def rotate_right(self) -> None:
        self._rotation = (self._rotation + 90) % 360
        self._apply_transform()

    def rotate_left(self) -> None:
        self._rotation = (self._rotation - 90) % 360
        self._apply_transform()

    def set_rotation(self, degrees: int) -> None:
        """Show the page turned ``degrees`` clockwise (how the backend read it upright)."""
        if degrees % 360 != self._rotation:
            self._rotation = degrees % 360
            self._apply_transform()

    @property
    def rotation(self) -> int:
        return self._rotation

    def _set_zoom(self, zoom: float) -> None:
        self.resetTransform()
        self.rotate(self._rotation)
        self.scale(zoom, zoom)
        self.zoomChanged.emit(zoom)

    def _apply_transform(self) -> None:
        self.resetTransform()
        self.rotate(self._rotation)
        if self._fit and self._pixmap_item is not None:
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomChanged.emit(self.zoom)

    # --- events ----------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._pixmap_item is None:
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply_transform()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Document image"))
        super().changeEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if self._pixmap_item is None and self._message:
            painter.save()
            painter.resetTransform()
            painter.setPen(QColor("#e0e0e0"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._message)
            painter.restore()
