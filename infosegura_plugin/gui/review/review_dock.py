"""The review panel dock: the rows to settle, their candidates on the map, the actions, the keys."""

from typing import Optional

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsVectorLayerSimpleLabeling,
)
from qgis.gui import QgsDockWidget, QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtCore import QEvent, QItemSelectionModel, Qt
from qgis.PyQt.QtGui import QIcon

from ...paths import icon_path
from ..geocoder_task import shared_geocoder_cache
from ..memory_task import MemoryCrsError, RememberRun
from ..project_data import ProjectData
from . import review_edits
from .candidate_markers import CandidateMarkers
from .place_tool import PlacePremisesTool
from .regeocode import adopt_register_town, regeocode
from .review_filter import ReviewFilter
from .review_model import CandidatesModel, ReviewRowsModel
from .review_rows import (
    LOW,
    REVIEWED,
    TIED,
    UNMATCHED,
    address_field_of,
    count_categories,
    is_review_layer,
    row_of,
    rows_to_review,
)
from .review_widgets import ReviewWidgets, size_columns

_DIGITS = {getattr(Qt, f"Key_{n}"): n for n in range(1, 10)}


class ReviewDock(QgsDockWidget):
    """Settles tied, unmatched and low-score rows of a geocoded layer, one key press at a time."""

    def __init__(self, iface, parent=None, cache=None, project: Optional[QgsProject] = None):
        super().__init__(parent or (iface.mainWindow() if iface else None))
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.cache = cache or shared_geocoder_cache()
        self.canvas = iface.mapCanvas() if iface is not None else None
        self.setObjectName("InfoSeguraReviewDock")
        self.setWindowTitle(self.tr("Review addresses"))
        self.setWindowIcon(QIcon(icon_path("geocode")))
        self.ui = ReviewWidgets()
        self.setWidget(self.ui)
        self.layer = None
        self.address_field = None
        self.last_message = ""
        self.remember_run = None
        self._placing_fid = None
        self._previous_tool = None
        self._labelled = set()
        self.rows_model = ReviewRowsModel(self)
        self.filter = ReviewFilter(self)
        self.filter.setSourceModel(self.rows_model)
        self.ui.rows_view.setModel(self.filter)
        self.candidates_model = CandidatesModel(self)
        self.ui.candidates_view.setModel(self.candidates_model)
        size_columns(self.ui.rows_view, 0)
        size_columns(self.ui.candidates_view, 1)
        self._placing_message = None
        self.markers = CandidateMarkers(self.canvas)
        self.place_tool = PlacePremisesTool(self.canvas) if self.canvas is not None else None
        self._connect()

    # --- wiring --------------------------------------------------------------------
    def _connect(self):
        ui = self.ui
        ui.layer_combo.layerChanged.connect(self.set_layer)
        ui.min_score.valueChanged.connect(lambda _value: self.refresh())
        for box in ui.category_boxes.values():
            box.toggled.connect(self._categories_changed)
        ui.filter_text.textChanged.connect(self.filter.set_text)
        ui.rows_view.selectionModel().currentRowChanged.connect(lambda *_args: self._row_changed())
        ui.take_button.clicked.connect(self._take_selected_candidate)
        ui.place_button.clicked.connect(self.start_placing)
        ui.confirm_button.clicked.connect(self.confirm_current)
        ui.leave_button.clicked.connect(lambda: self.leave_current(ui.reason_combo.currentText()))
        ui.retry_button.clicked.connect(lambda: self.retry_current(ui.address_edit.text()))
        ui.address_edit.returnPressed.connect(lambda: self.retry_current(ui.address_edit.text()))
        ui.candidates_view.doubleClicked.connect(lambda index: self.take_candidate(index.row() + 1))
        ui.save_button.clicked.connect(self.save_to_memory)
        ui.snap_box.toggled.connect(self._snapping_changed)
        if self.place_tool is not None:
            self.place_tool.placed.connect(self._placed)
            self.place_tool.deactivated.connect(self._placing_ended)
        ui.rows_view.installEventFilter(self)
        ui.candidates_view.installEventFilter(self)

    def _categories_changed(self):
        chosen = [category for category, box in self.ui.category_boxes.items() if box.isChecked()]
        self.filter.set_categories(chosen)
        if self.current_row() is None:
            self._select_proxy_row(0)

    def _snapping_changed(self, on):
        if self.place_tool is not None:
            self.place_tool.set_snap_layer(ProjectData.load(self.project).layer("streets", self.project) if on else None)

    # --- the layer and its rows ----------------------------------------------------
    def set_layer(self, layer):
        """Review ``layer`` (any layer with the gc_* fields)."""
        if layer is not None and self.ui.layer_combo.currentLayer() != layer:
            self.ui.layer_combo.blockSignals(True)
            self.ui.layer_combo.setLayer(layer)
            self.ui.layer_combo.blockSignals(False)
        self.layer = layer if is_review_layer(layer) else None
        self.address_field = None
        if self.layer is not None:
            data = ProjectData.load(self.project)
            self.address_field = address_field_of(self.layer, data.address_field)
            self._label_streets(data)
        self.refresh()
        self._select_proxy_row(0)

    def refresh(self):
        """Re-read the rows to review, keeping the selected row when it is still listed."""
        selected = self.current_row()
        rows = []
        if self.layer is not None:
            rows = rows_to_review(self.layer, self.address_field, self.ui.min_score.value())
        self.rows_model.set_rows(rows)
        self._update_counts()
        if selected is not None:
            self.select_fid(selected.fid)
        self._row_changed()

    def _update_counts(self):
        if self.layer is None:
            self.ui.counts.setText(self.tr("Choose a geocoded layer (one with gc_status, gc_score... fields)."))
            return
        counts = count_categories(self.rows_model.rows)
        self.ui.counts.setText(self.tr("{} tied, {} unmatched, {} low score, {} reviewed").format(
            counts[TIED], counts[UNMATCHED], counts[LOW], counts[REVIEWED]))

    def counts(self):
        return count_categories(self.rows_model.rows)

    def visible_rows(self):
        """The rows the list shows, top to bottom."""
        return [self.rows_model.rows[self.filter.mapToSource(self.filter.index(r, 0)).row()]
                for r in range(self.filter.rowCount())]

    def current_row(self):
        index = self.ui.rows_view.currentIndex()
        if not index.isValid():
            return None
        return self.rows_model.rows[self.filter.mapToSource(index).row()]

    def select_fid(self, fid) -> bool:
        source_row = self.rows_model.row_for_fid(fid)
        if source_row is None:
            return False
        index = self.filter.mapFromSource(self.rows_model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def _select_proxy_row(self, row):
        count = self.filter.rowCount()
        if count == 0:
            self.ui.rows_view.setCurrentIndex(self.filter.index(-1, -1))
            self._row_changed()
            return
        index = self.filter.index(max(0, min(row, count - 1)), 0)
        self.ui.rows_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.ui.rows_view.scrollTo(index)

    def _row_changed(self):
        row = self.current_row()
        self.candidates_model.set_candidates(row.candidates if row is not None else [])
        if row is None:
            done = self.layer is not None and self.rows_model.rows and self.filter.rowCount() == 0
            self.ui.row_title.setText(self.tr(
                "Nothing left to review here. Save the reviewed placements to the address memory, then save "
                "the layer edits.") if done else "")
            self.ui.address_edit.clear()
            self.markers.clear()
            return
        self.ui.row_title.setText(self.tr("{} - {}").format(row.address or self.tr("(no address)"), row.note))
        self.ui.address_edit.setText(row.address)
        self.markers.show(row.candidates, self._current_point(row.fid), self.layer.crs())

    def _current_point(self, fid) -> Optional[QgsPointXY]:
        geometry = self.layer.getFeature(fid).geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        return geometry.centroid().asPoint()

    def _label_streets(self, data):
        """The street layer labelled with its names while reviewing (when it had no labels)."""
        streets = data.layer("streets", self.project)
        if streets is None or streets.id() in self._labelled or not data.street_name_field:
            return
        self._labelled.add(streets.id())
        if streets.labelsEnabled() and streets.labeling() is not None:
            return
        settings = QgsPalLayerSettings()
        settings.fieldName = data.street_name_field
        settings.placement = QgsPalLayerSettings.Line
        streets.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        streets.setLabelsEnabled(True)
        streets.triggerRepaint()

    # --- actions -------------------------------------------------------------------
    def _decide(self, action, *arguments):
        """Run one edit on the current row, refresh it and move to the next row."""
        row = self.current_row()
        if row is None or self.layer is None:
            self._message(self.tr("Select a row to review first."), Qgis.Info)
            return False
        proxy_row = self.ui.rows_view.currentIndex().row()
        try:
            action(self.layer, row.fid, *arguments)
        except review_edits.ReviewEditError as error:
            self._message(str(error), Qgis.Warning)
            return False
        self._row_edited(row.fid, proxy_row)
        return True

    def _row_edited(self, fid, proxy_row):
        feature = self.layer.getFeature(fid)
        self.rows_model.replace_row(row_of(feature, self.address_field, self.ui.min_score.value()))
        self._update_counts()
        self.layer.triggerRepaint()
        still_here = self.filter.mapFromSource(self.rows_model.index(self.rows_model.row_for_fid(fid), 0))
        self._select_proxy_row(proxy_row + 1 if still_here.isValid() else proxy_row)
        self._row_changed()

    def take_candidate(self, number: int) -> bool:
        row = self.current_row()
        if row is None or not 1 <= number <= len(row.candidates):
            self._message(self.tr("This row has no candidate {}.").format(number), Qgis.Info)
            return False
        return self._decide(review_edits.use_candidate, number, row.candidates[number - 1])

    def _take_selected_candidate(self):
        index = self.ui.candidates_view.currentIndex()
        self.take_candidate(index.row() + 1 if index.isValid() else 1)

    def confirm_current(self) -> bool:
        return self._decide(review_edits.confirm)

    def leave_current(self, reason: str = "") -> bool:
        return self._decide(review_edits.leave_unmatched, reason or self.ui.reason_combo.currentText())

    def start_placing(self):
        """Map tool on: the next click on the map places the selected row."""
        row = self.current_row()
        if row is None or self.place_tool is None:
            return False
        self._placing_fid = row.fid
        if self.canvas.mapTool() is not self.place_tool:
            self._previous_tool = self.canvas.mapTool()
        self.canvas.setMapTool(self.place_tool)
        self._placing_message = self._message(self.tr("Click where the premises is (Esc cancels)."), Qgis.Info,
                                              duration=0)
        return True

    def _placed(self, point, snapped_to):
        fid = self._placing_fid
        if fid is None or self.layer is None:
            return
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        if canvas_crs.isValid() and self.layer.crs().isValid() and canvas_crs != self.layer.crs():
            point = QgsCoordinateTransform(canvas_crs, self.layer.crs(), self.project).transform(point)
        self.select_fid(fid)
        self._decide(review_edits.place_at, point, snapped_to)
        self._placing_fid = None
        self._restore_tool()

    def _restore_tool(self):
        if self.canvas is not None and self.canvas.mapTool() is self.place_tool:
            if self._previous_tool is not None:
                self.canvas.setMapTool(self._previous_tool)
            else:
                self.canvas.unsetMapTool(self.place_tool)
        self._previous_tool = None

    def _placing_ended(self):
        self._placing_fid = None
        if self._placing_message is not None and self.iface is not None:
            try:
                self.iface.messageBar().popWidget(self._placing_message)
            except (RuntimeError, TypeError):
                pass  # already closed by the analyst
        self._placing_message = None

    def retry_current(self, address: str) -> bool:
        """Geocode the edited address again (geocoder built once, in a task) and show the result."""
        row = self.current_row()
        if row is None or self.layer is None or not address.strip():
            return False
        if not self.address_field:
            self._message(self.tr("Layer {} has no address field to edit.").format(self.layer.name()), Qgis.Warning)
            return False
        fid, layer = row.fid, self.layer
        data = ProjectData.load(self.project)

        def geocoded(bundle, error):
            if bundle is None:
                self._message(error or self.tr("The geocoder could not be built."), Qgis.Warning)
                return
            if layer is not self.layer:
                return
            adopt_register_town(bundle.geocoder, layer, self.address_field)
            result = regeocode(bundle, address.strip(), layer.crs())
            try:
                review_edits.apply_retry(layer, fid, self.address_field, address.strip(), result.status,
                                         result.score, result.type, result.street, result.point, result.candidates)
            except review_edits.ReviewEditError as error_text:
                self._message(str(error_text), Qgis.Warning)
                return
            feature = layer.getFeature(fid)
            self.rows_model.replace_row(row_of(feature, self.address_field, self.ui.min_score.value()))
            self._update_counts()
            self.select_fid(fid)
            self._row_changed()
            self._message(self.tr("Geocoded again: {} ({:.0f}), {} candidates. Take one (1-9) or confirm (Enter).")
                          .format(result.status, result.score, len(result.candidates)), Qgis.Info)

        if not self.cache.request(data, geocoded):
            self._message(self.tr("Building the street index for the project data..."), Qgis.Info)
        return True

    def save_to_memory(self):
        """Run infosegura:rememberplacements on exactly the reviewed rows, in a task."""
        if self.layer is None:
            return None
        try:
            self.remember_run = RememberRun(self.layer, self.address_field or "address", self._remembered)
        except MemoryCrsError as error:
            self._message(str(error), Qgis.Critical)
            return None
        if self.remember_run.count == 0:
            self._message(self.tr("No reviewed row with a point yet: nothing to remember."), Qgis.Info)
            self.remember_run = None
            return None
        return self.remember_run.start()

    def _remembered(self, ok, results, error):
        if ok:
            self._message(self.tr("Remembered {} placements in {}").format(
                int(results.get("REMEMBERED", 0)), results.get("MEMORY", "")), Qgis.Success)
        else:
            self._message(error, Qgis.Critical)

    # --- keys and messages -----------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.KeyPress and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            key = event.key()
            if key in _DIGITS:
                self.take_candidate(_DIGITS[key])
                return True
            if key == Qt.Key_P:
                self.start_placing()
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self.confirm_current()
                return True
        return super().eventFilter(watched, event)

    def _message(self, text, level=Qgis.Info, duration=6):
        """Show ``text`` in the message bar; returns the bar item (to close it early)."""
        self.last_message = text
        if self.iface is None or not hasattr(self.iface, "messageBar"):
            return None
        bar = self.iface.messageBar()
        if not isinstance(bar, QgsMessageBar):
            bar.pushMessage(self.tr("Review addresses"), text, level, duration)
            return None
        item = QgsMessageBarItem(self.tr("Review addresses"), text, level, duration)
        bar.pushItem(item)
        return item

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.markers.clear()
        self._restore_tool()
        super().closeEvent(event)
