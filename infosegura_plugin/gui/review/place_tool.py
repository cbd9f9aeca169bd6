"""A map tool: click where the premises is; optionally snapped to the nearest street."""

from typing import Optional

from qgis.core import QgsPointLocator, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor

SNAP_PIXELS = 12


class PlacePremisesTool(QgsMapToolEmitPoint):
    """Emits ``placed(point, snapped_to)`` with the clicked point in the canvas CRS.

    With a street layer to snap to, a click within ``SNAP_PIXELS`` of a street lands on
    the street's nearest point and ``snapped_to`` names the layer; otherwise it is ''.
    """

    placed = pyqtSignal(QgsPointXY, str)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.snap_layer = None
        self._locator: Optional[QgsPointLocator] = None
        self.setCursor(QCursor(Qt.CrossCursor))

    def set_snap_layer(self, layer):
        """Snap to ``layer``'s lines (None: no snapping)."""
        self.snap_layer = layer
        self._locator = None

    def _snap(self, point: QgsPointXY):
        if self.snap_layer is None:
            return point, ""
        canvas = self.canvas()
        crs = canvas.mapSettings().destinationCrs()
        if self._locator is None or self._locator.destinationCrs() != crs:
            self._locator = QgsPointLocator(self.snap_layer, crs, QgsProject.instance().transformContext())
        tolerance = SNAP_PIXELS * canvas.mapUnitsPerPixel()
        match = self._locator.nearestEdge(point, tolerance)
        if match.isValid():
            return QgsPointXY(match.point()), self.snap_layer.name()
        return point, ""

    def canvasReleaseEvent(self, event):  # noqa: N802 (QgsMapTool API)
        if event.button() != Qt.LeftButton:
            return
        point, snapped_to = self._snap(self.toMapCoordinates(event.pos()))
        self.placed.emit(point, snapped_to)

    def keyPressEvent(self, event):  # noqa: N802 (QgsMapTool API)
        if event.key() == Qt.Key_Escape:
            self.canvas().unsetMapTool(self)
            event.accept()
            return
        super().keyPressEvent(event)
