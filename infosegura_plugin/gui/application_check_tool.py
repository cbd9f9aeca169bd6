"""Check a licence application from the dock: click the proposed place on the map, or type
its address; either opens the "Check a licence application" tool with the place filled in.

A thin view: the check itself is ``infosegura:checkapplication`` (the same from the
toolbox, a model or ``qgis_process``). ``open_dialog(algorithm_id, parameters)`` is the
dock's seam to the Processing dialog, so tests pass a recorder.
"""

from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

ALGORITHM = "infosegura:checkapplication"


class ApplicationCheckTool(QgsMapToolEmitPoint):
    """One click on the canvas: ``placed`` gets the point and the canvas CRS."""

    placed = pyqtSignal(object, object)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, point, button):
        if button == Qt.LeftButton:
            self.placed.emit(point, self.canvas().mapSettings().destinationCrs())


def location_value(point, crs) -> str:
    """A Processing point parameter value: ``"x,y [EPSG:nnnn]"``."""
    return f"{point.x():.3f},{point.y():.3f} [{crs.authid()}]"


class ApplicationCheckPanel(QWidget):
    """"Click the place on the map" and "or type its address", under the dock's step."""

    def __init__(self, iface, open_dialog, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.open_dialog = open_dialog
        self.tool = None
        self._previous_tool = None
        self.setObjectName("ApplicationCheckPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 4)
        self.pick_button = QPushButton(self.tr("Click the place on the map"))
        self.pick_button.setObjectName("application:pick")
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(self.tr("Then click where the proposed premises would be."))
        self.pick_button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.pick_button.toggled.connect(self._pick)
        layout.addWidget(self.pick_button)
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setObjectName("application:address")
        self.address.setPlaceholderText(self.tr("or type its address, then Enter"))
        self.address.returnPressed.connect(self.check_address)
        row.addWidget(self.address, 1)
        self.address_button = QPushButton(self.tr("Check"))
        self.address_button.setObjectName("application:check")
        self.address_button.clicked.connect(self.check_address)
        row.addWidget(self.address_button)
        layout.addLayout(row)
        self.hint = QLabel(self.tr("Places protected for safety are never shown or counted on the page."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

    def _canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    def _pick(self, on):
        canvas = self._canvas()
        if canvas is None:
            return
        if on:
            self.tool = ApplicationCheckTool(canvas)
            self.tool.placed.connect(self.check_place)
            self.tool.deactivated.connect(self._tool_deactivated)
            self._previous_tool = canvas.mapTool()
            canvas.setMapTool(self.tool)
        elif self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)

    def _tool_deactivated(self):
        if not sip.isdeleted(self) and not sip.isdeleted(self.pick_button):
            self.pick_button.setChecked(False)

    def check_place(self, point, crs):
        """Open the check with the clicked place."""
        self.pick_button.setChecked(False)
        return self.open_dialog(ALGORITHM, {"LOCATION": location_value(point, crs)})

    def check_address(self):
        """Open the check with the typed address (geocoded with the streets the dialog asks for)."""
        text = self.address.text().strip()
        if not text:
            self.address.setFocus()
            return None
        return self.open_dialog(ALGORITHM, {"ADDRESS": text})
