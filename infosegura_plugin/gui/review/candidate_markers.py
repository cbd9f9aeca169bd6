"""The selected row on the map: numbered candidate markers, its current point, pan/zoom.

Kept apart from the list: the dock says which row is selected, this draws it.
"""

from typing import List, Optional

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapCanvasItem
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QPainter, QPen

from .review_rows import Candidate

RADIUS = 11.0
_CANDIDATE = QColor("#E69F00")
_CURRENT = QColor("#0072B2")
ZOOM_MARGIN_M = 120.0


class NumberedMarker(QgsMapCanvasItem):
    """A filled circle with a number (or a ring marking the row's current point)."""

    def __init__(self, canvas, point: QgsPointXY, text: str, colour: QColor, ring: bool = False):
        super().__init__(canvas)
        self.map_point = QgsPointXY(point)
        self.text = text
        self.colour = colour
        self.ring = ring
        self.setZValue(1000)
        self.updatePosition()

    def updatePosition(self):  # noqa: N802 (QgsMapCanvasItem API)
        self.setPos(self.toCanvasCoordinates(self.map_point))

    def boundingRect(self):  # noqa: N802 (QGraphicsItem API)
        size = RADIUS + 4
        return QRectF(-size, -size, 2 * size, 2 * size)

    def paint(self, painter, option=None, widget=None):
        painter.setRenderHint(QPainter.Antialiasing, True)
        if self.ring:
            painter.setPen(QPen(self.colour, 3))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 2, RADIUS + 2)
            return
        painter.setPen(QPen(QColor("#000000"), 1.2))
        painter.setBrush(QBrush(self.colour))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(int(RADIUS * 1.3))
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000")))
        painter.drawText(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), Qt.AlignCenter, self.text)


class CandidateMarkers:
    """Draws one row's candidates (1..n) and current point; pans/zooms the canvas to them."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.items: List[NumberedMarker] = []

    def clear(self):
        scene = self.canvas.scene() if self.canvas is not None else None
        for item in self.items:
            if scene is not None:
                scene.removeItem(item)
        self.items = []

    def _to_canvas(self, layer_crs):
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        if not layer_crs.isValid() or not canvas_crs.isValid() or layer_crs == canvas_crs:
            return None
        return QgsCoordinateTransform(layer_crs, canvas_crs, QgsProject.instance())

    def show(self, candidates: List[Candidate], current: Optional[QgsPointXY], layer_crs, zoom: bool = True):
        """Markers for ``candidates`` (layer CRS) and the row's ``current`` point; fit them."""
        self.clear()
        if self.canvas is None:
            return
        transform = self._to_canvas(layer_crs)

        def on_canvas(point):
            return transform.transform(point) if transform is not None else QgsPointXY(point)

        points = []
        if current is not None:
            point = on_canvas(current)
            self.items.append(NumberedMarker(self.canvas, point, "", _CURRENT, ring=True))
            points.append(point)
        for number, candidate in reversed(list(enumerate(candidates[:9], start=1))):
            point = on_canvas(QgsPointXY(candidate.x, candidate.y))
            self.items.append(NumberedMarker(self.canvas, point, str(number), _CANDIDATE))
            points.append(point)
        if zoom and points:
            self.fit(points)
        self.canvas.refresh()

    def fit(self, points):
        extent = QgsRectangle(points[0], points[0])
        for point in points[1:]:
            extent.combineExtentWith(point)
        margin = ZOOM_MARGIN_M
        if self.canvas.mapSettings().destinationCrs().isGeographic():
            margin = ZOOM_MARGIN_M / 111000.0
        # Markers well inside the view, not on its edge.
        extent.grow(max(margin, 0.25 * max(extent.width(), extent.height())))
        self.canvas.setExtent(extent)
