"""The dock's "Project data" section: reference layers and their fields, chosen once.

A layer combo per reference layer, with field combos guessed from the layer's fields
when the layer changes. Every change is saved into the project at once.
"""

from dataclasses import replace

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from ..i18n import tr
from .project_data import LAYER_FIELDS, NUMERIC_ROLES, ProjectData


def layer_rows():
    """(project data key, label, layer filter), in the order shown."""
    return [
        ("streets", tr("Streets"), QgsMapLayerProxyModel.LineLayer),
        ("areas", tr("Areas (neighbourhoods)"), QgsMapLayerProxyModel.PolygonLayer),
        ("landmarks", tr("Landmarks"), QgsMapLayerProxyModel.PointLayer),
        ("towns", tr("Towns and villages (optional)"), QgsMapLayerProxyModel.PolygonLayer),
        ("mile_markers", tr("Highway mile markers"), QgsMapLayerProxyModel.PointLayer),
        ("assets", tr("Community assets"), QgsMapLayerProxyModel.PointLayer),
        ("study_area", tr("Study area"), QgsMapLayerProxyModel.PolygonLayer),
    ]


def _shrinkable(combo):
    """Combos that fit a narrow dock (long layer names are elided, not widening it)."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)


def field_labels():
    return {
        "street_name_field": tr("name"), "street_alias_field": tr("other names"),
        "street_town_field": tr("town"), "left_from_field": tr("left: from number"),
        "left_to_field": tr("left: to number"), "right_from_field": tr("right: from number"),
        "right_to_field": tr("right: to number"), "town_name_field": tr("name"),
        "area_name_field": tr("name"), "population_field": tr("population"),
        "landmark_name_field": tr("name"), "landmark_alias_field": tr("other names"),
        "landmark_kind_field": tr("kind"), "asset_category_field": tr("category"),
        "mile_highway_field": tr("highway"), "mile_field": tr("mile"),
    }


class ProjectDataPanel(QgsCollapsibleGroupBox):
    """Edits a ``ProjectData``; emits ``changed`` with the new one after each edit."""

    changed = pyqtSignal(object)

    def __init__(self, project=None, parent=None):
        super().__init__(tr("Project data"), parent)
        self.setObjectName("InfoSeguraProjectData")
        self.setSaveCollapsedState(True)
        self.project = project or QgsProject.instance()
        self.layer_combos = {}
        self.field_combos = {}
        self._loading = False
        # Layers leaving the project (removed, project closed) empty the combos: that is not
        # the analyst's choice and must not overwrite it. Connected before the combos exist,
        # so this runs before their models react.
        self._leaving = set()
        self.project.layersWillBeRemoved.connect(self._layers_leaving)
        self.project.layersRemoved.connect(self._layers_left)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        # Fields are guessed from each layer: shown on demand, under the layers.
        self.fields_box = QgsCollapsibleGroupBox(tr("Fields (guessed from the layers)"))
        self.fields_box.setObjectName("InfoSeguraProjectFields")
        self.fields_box.setCollapsed(True)
        fields_form = QFormLayout(self.fields_box)
        fields_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        labels = field_labels()
        for key, label, filters in layer_rows():
            combo = QgsMapLayerComboBox()
            combo.setObjectName("layer:" + key)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            _shrinkable(combo)
            combo.layerChanged.connect(lambda layer, k=key: self._layer_changed(k, layer))
            self.layer_combos[key] = combo
            form.addRow(label, combo)
            if LAYER_FIELDS[key]:
                heading = QLabel(label)
                heading.setStyleSheet("font-weight: bold;")
                fields_form.addRow(heading)
            if key == "streets":
                self.default_town = QLineEdit()
                self.default_town.setObjectName("default_town")
                self.default_town.setPlaceholderText(tr("none: the town the register names most"))
                self.default_town.editingFinished.connect(self._edited)
            for entry, role in LAYER_FIELDS[key].items():
                fields = QgsFieldComboBox()
                fields.setObjectName("field:" + entry)
                fields.setAllowEmptyFieldName(True)
                _shrinkable(fields)
                if role in NUMERIC_ROLES:
                    fields.setFilters(QgsFieldProxyModel.Numeric)
                fields.fieldChanged.connect(lambda _name: self._edited())
                self.field_combos[entry] = fields
                fields_form.addRow(labels.get(entry, entry), fields)
                if entry == "street_town_field":
                    fields_form.addRow(tr("town of streets without one"), self.default_town)
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setDecimals(0)
        self.min_score.valueChanged.connect(lambda _value: self._edited())
        form.addRow(tr("Minimum geocoding score"), self.min_score)
        self.use_memory = QCheckBox(tr("Use the address memory"))
        self.use_memory.toggled.connect(lambda _on: self._edited())
        form.addRow("", self.use_memory)
        outer.addWidget(self.fields_box)
        self._data = ProjectData()

    # --- data <-> widgets --------------------------------------------------------------
    def set_data(self, data: ProjectData):
        """Show ``data`` (layers that are gone show as empty)."""
        self._loading = True
        try:
            self._data = data
            for key, combo in self.layer_combos.items():
                layer = data.layer(key, self.project) if getattr(data, key) else None
                combo.setLayer(layer)
                for entry in LAYER_FIELDS[key]:
                    self.field_combos[entry].setLayer(layer)
                    self.field_combos[entry].setField(getattr(data, entry) or "")
            self.default_town.setText(data.default_town)
            self.min_score.setValue(float(data.min_score))
            self.use_memory.setChecked(bool(data.use_memory))
        finally:
            self._loading = False

    def data(self) -> ProjectData:
        values = {}
        for key, combo in self.layer_combos.items():
            layer = combo.currentLayer()
            values[key] = layer.id() if layer is not None else ""
            for entry in LAYER_FIELDS[key]:
                values[entry] = self.field_combos[entry].currentField() or ""
        values["default_town"] = self.default_town.text().strip()
        values["min_score"] = float(self.min_score.value())
        values["use_memory"] = self.use_memory.isChecked()
        return replace(self._data, **values)

    def _layers_leaving(self, layer_ids):
        self._leaving.update(layer_ids)

    def _layers_left(self, layer_ids):
        self._leaving.difference_update(layer_ids)

    def _layer_changed(self, key, layer):
        for entry in LAYER_FIELDS[key]:
            self.field_combos[entry].setLayer(layer)
        if self._loading or self._leaving:
            return
        # A new layer: guess its fields again.
        data = self.data()
        guessed = data.with_guessed_fields(self.project, overwrite=True)
        self._loading = True
        try:
            for entry in LAYER_FIELDS[key]:
                self.field_combos[entry].setField(getattr(guessed, entry) or "")
        finally:
            self._loading = False
        self._edited()

    def _edited(self):
        if self._loading or self._leaving:
            return
        self._data = self.data()
        self._data.save(self.project)
        self.changed.emit(self._data)
