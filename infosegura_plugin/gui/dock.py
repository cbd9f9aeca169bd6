"""The InfoSegura dock: project data chosen once, then the workflow steps, pre-filled.

Each step opens its Processing algorithm's dialog pre-filled from the project data and
the latest output of the step before; the sample loads in a task; the review panel
opens after a geocoding run that left rows to settle.
"""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..help_pages import help_url
from ..paths import icon_path
from .project_data import ProjectData, find_output_layer
from .project_data_panel import ProjectDataPanel
from .review.review_widgets import hint_label
from .sample_task import start_sample_task
from .workflow import LOAD_SAMPLE, REVIEW, RUN_EVERYTHING, workflow_steps


class InfoSeguraDock(QgsDockWidget):
    """Takes ``iface`` so tests can pass a stub; ``open_dialog`` is the seam to the dialogs."""

    def __init__(self, iface, parent=None, open_dialog=None, project=None):
        super().__init__(parent or (iface.mainWindow() if iface else None))
        self.iface = iface
        self.project = project or QgsProject.instance()
        self._open_dialog = open_dialog or _open_processing_dialog
        self.setObjectName("InfoSeguraDock")
        self.setWindowTitle(self.tr("InfoSegura"))
        self.setWindowIcon(QIcon(icon_path("infosegura")))
        self.step_buttons = {}  # algorithm id -> button
        self.action_buttons = {}  # dock actions without an algorithm (the review panel)
        self.review_dock = None
        self.sample_task = None
        self.last_message = ""
        self._build()
        # Bound methods: Qt drops these connections when the dock is deleted.
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self.reload_project_data)
        self.reload_project_data()

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        header = QHBoxLayout()
        intro = hint_label(self.tr(
            "Choose the project data once; each step then opens a tool pre-filled with it (the same tools "
            "are in the Processing toolbox)."))
        header.addWidget(intro, 1)
        self.help_button = QPushButton(QIcon(QgsApplication.iconPath("mActionHelpContents.svg")), self.tr("Help"))
        self.help_button.setObjectName("InfoSeguraHelp")
        self.help_button.setToolTip(self.tr("Open the user guide (offline)"))
        self.help_button.clicked.connect(lambda: self.open_help("panel"))
        header.addWidget(self.help_button, 0, Qt.AlignTop)
        layout.addLayout(header)
        self.project_panel = ProjectDataPanel(self.project)
        layout.addWidget(self.project_panel)
        registry = QgsApplication.processingRegistry()
        for step in workflow_steps():
            algorithm = registry.algorithmById(step.algorithm_id) if step.algorithm_id else None
            if step.opens != REVIEW and algorithm is None:
                continue
            icon = algorithm.icon() if algorithm is not None else QIcon(icon_path("geocode"))
            button = QPushButton(icon, step.title)
            key = step.algorithm_id or step.opens
            button.setObjectName("step:" + key)
            button.setToolTip(step.explanation)
            # Narrow docks wrap the hints and clip long titles instead of scrolling sideways.
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, s=step: self._step_clicked(s))
            layout.addWidget(button)
            hint = hint_label(step.explanation)
            hint.setContentsMargins(8, 0, 0, 4)
            layout.addWidget(hint)
            if step.algorithm_id:
                self.step_buttons[key] = button
            else:
                self.action_buttons[key] = button
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

    # --- project data --------------------------------------------------------------------
    def project_data(self) -> ProjectData:
        return ProjectData.load(self.project)

    def _project_read(self, _document):
        self.reload_project_data()

    def reload_project_data(self):
        self.project_panel.set_data(ProjectData.load(self.project).with_guessed_fields(self.project))

    # --- steps ------------------------------------------------------------------------------
    def _step_clicked(self, step):
        if step.opens == LOAD_SAMPLE:
            self.load_sample()
        elif step.opens == REVIEW:
            self.open_review()
        elif step.opens == RUN_EVERYTHING:
            self.run_everything()
        else:
            self.open_step(step.algorithm_id)

    def open_step(self, algorithm_id, parameters=None):
        """Open a step's dialog pre-filled from the project data; remember what it made."""
        data = self.project_data()
        prefilled = data.parameters_for(algorithm_id, self.project)
        prefilled.update(parameters or {})
        results = self._open_dialog(algorithm_id, prefilled)
        if results and data.record_output(algorithm_id, results, self.project):
            data.save(self.project)
            self.reload_project_data()
        if algorithm_id == "infosegura:geocodeaddresses" and results:
            self._after_geocoding(results)
        return results

    def run_everything(self):
        """Open infosegura:runanalysis pre-filled with the project data (the register *file*,
        a results folder beside the project); afterwards its layers become the project
        data's latest outputs and rows to settle open the review panel."""
        from pathlib import Path

        data = self.project_data()
        parameters = {"REGISTER": data.register_file or None}
        if self.project.absolutePath():
            parameters["OUTPUT_FOLDER"] = str(Path(self.project.absolutePath()) / "infosegura_results")
        results = self.open_step("infosegura:runanalysis", parameters)
        if results:
            self._after_run_everything(results)
        return results

    def _after_run_everything(self, results):
        gpkg = results.get("RESULTS")
        if not gpkg:
            return
        data = self.project_data()
        found = {}
        for table, key in (("licensed_premises", "geocoded"), ("proximity_conflicts", "conflicts"),
                           ("hot_spots", "hot_spots")):
            layer = find_output_layer(self.project, f"{gpkg}|layername={table}")
            if layer is not None:
                setattr(data, key, layer.id())
                found[key] = layer
        if found:
            data.save(self.project)
            self.reload_project_data()
        if "geocoded" in found:
            self._after_geocoding({"OUTPUT": found["geocoded"].id(), "TIED": results.get("TIED"),
                                   "UNMATCHED": results.get("UNMATCHED")})

    def _after_geocoding(self, results):
        to_review = int(results.get("TIED", 0) or 0) + int(results.get("UNMATCHED", 0) or 0)
        layer = find_output_layer(self.project, results.get("OUTPUT"))
        if to_review and layer is not None:
            self.open_review(layer)

    def load_sample(self, destination=None):
        """Copy and add the sample in a task (progress and cancel in the status bar)."""
        if self.sample_task is not None:
            return self.sample_task
        self._enable_step("infosegura:loadsample", False)
        self.sample_task = start_sample_task(self.project, self._sample_loaded, destination)
        return self.sample_task

    def _sample_loaded(self, layers, error):
        self.sample_task = None
        self._enable_step("infosegura:loadsample", True)
        if error:
            self._message(error, Qgis.Critical)
            return
        self.reload_project_data()
        if self.iface is not None and layers:
            canvas = self.iface.mapCanvas()
            # The town itself (the study area), not the highway running out of it.
            study_area = self.project_data().layer("study_area", self.project)
            extent = (study_area or layers[0]).extent()
            if study_area is None:
                for layer in layers[1:]:
                    extent.combineExtentWith(layer.extent())
            extent.grow(0.05 * max(extent.width(), extent.height()))
            if canvas is not None and not canvas.mapSettings().destinationCrs().isValid():
                canvas.setDestinationCrs(layers[0].crs())
            if canvas is not None:
                # After QGIS's own zoom to the first layers of an empty project (deferred too).
                QTimer.singleShot(0, lambda: (canvas.setExtent(extent), canvas.refresh()))
        self._message(self.tr("The synthetic Belmopan sample is loaded and set as the project data."), Qgis.Success)

    def _enable_step(self, key, enabled):
        if key in self.step_buttons:
            self.step_buttons[key].setEnabled(enabled)

    def open_review(self, layer=None):
        """Show the review panel (on ``layer``, else the latest geocoded layer)."""
        from .review.review_dock import ReviewDock

        if self.review_dock is None:
            self.review_dock = ReviewDock(self.iface, project=self.project)
            if self.iface is not None and hasattr(self.iface, "addDockWidget"):
                self.iface.addDockWidget(Qt.RightDockWidgetArea, self.review_dock)
                window = self.iface.mainWindow()
                # A tab beside this panel: the list and the candidates get the full height.
                if isinstance(window, QMainWindow) and self.isVisible() and not self.isFloating():
                    window.tabifyDockWidget(self, self.review_dock)
        layer = layer or self.project_data().layer("geocoded", self.project)
        self.review_dock.show()
        self.review_dock.raise_()
        if layer is not None:
            self.review_dock.set_layer(layer)
        return self.review_dock

    def widen_once(self, width=420):
        """The first time the panel shows: wide enough for its combos and tables."""
        window = self.iface.mainWindow() if self.iface is not None else None
        if getattr(self, "_widened", False) or not isinstance(window, QMainWindow) or self.isFloating():
            return
        self._widened = True
        window.resizeDocks([self], [width], Qt.Horizontal)

    def open_help(self, anchor=""):
        url = help_url(anchor)
        QDesktopServices.openUrl(QUrl(url))
        return url

    def _message(self, text, level=Qgis.Info):
        self.last_message = text
        if self.iface is not None and hasattr(self.iface, "messageBar"):
            self.iface.messageBar().pushMessage(self.tr("InfoSegura"), text, level, 8)

    def unload(self):
        if self.review_dock is not None:
            if self.iface is not None and hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(self.review_dock)
            self.review_dock.close()
            self.review_dock.deleteLater()
            self.review_dock = None
        for signal, slot in ((self.project.cleared, self.reload_project_data),
                             (self.project.readProject, self._project_read)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass


def _open_processing_dialog(algorithm_id, parameters):
    import processing  # QGIS's Processing plugin: only importable inside QGIS

    return processing.execAlgorithmDialog(algorithm_id, parameters)
