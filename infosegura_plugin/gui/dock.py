"""The InfoSegura dock: a thin list of workflow steps that open Processing dialogs."""

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..paths import icon_path
from .workflow import workflow_steps


class InfoSeguraDock(QgsDockWidget):
    """Takes ``iface`` so tests can pass a stub; ``open_step`` is the seam to the dialogs."""

    def __init__(self, iface, parent=None, open_dialog=None):
        super().__init__(parent or (iface.mainWindow() if iface else None))
        self.iface = iface
        self._open_dialog = open_dialog or _open_processing_dialog
        self.setObjectName("InfoSeguraDock")
        self.setWindowTitle(self.tr("InfoSegura"))
        self.setWindowIcon(QIcon(icon_path("infosegura")))
        self.step_buttons = {}
        self._build()

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(self.tr("Map licensed premises and community assets, then find the communities most at risk. Each step opens a tool you can also run from the Processing toolbox."))
        intro.setWordWrap(True)
        intro.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout.addWidget(intro)
        registry = QgsApplication.processingRegistry()
        for step in workflow_steps():
            algorithm = registry.algorithmById(step.algorithm_id)
            if algorithm is None:
                continue
            button = QPushButton(algorithm.icon(), step.title)
            button.setObjectName("step:" + step.algorithm_id)
            button.setToolTip(step.explanation)
            # Narrow docks wrap the hints and clip long titles instead of scrolling sideways.
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, alg=step.algorithm_id: self.open_step(alg))
            layout.addWidget(button)
            hint = QLabel(step.explanation)
            hint.setWordWrap(True)
            hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            hint.setStyleSheet("color: palette(mid); margin-left: 8px;")
            layout.addWidget(hint)
            self.step_buttons[step.algorithm_id] = button
            if step.algorithm_id == "infosegura:checkapplication":
                from .application_check_tool import ApplicationCheckPanel

                self.application_panel = ApplicationCheckPanel(self.iface, self.open_step)
                layout.addWidget(self.application_panel)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)

    def open_step(self, algorithm_id, parameters=None):
        """Open the dialog of one workflow step's algorithm."""
        return self._open_dialog(algorithm_id, parameters or {})


def _open_processing_dialog(algorithm_id, parameters):
    import processing  # QGIS's Processing plugin: only importable inside QGIS

    return processing.execAlgorithmDialog(algorithm_id, parameters)
