"""The project data an analyst chooses once: reference layers, their fields, the latest results.

Stored in the QGIS project (custom entries under ``infosegura``, so it travels with the
.qgz), with QgsSettings as the fallback for a project that has none yet (layers are then
found again by name). Other dock entries use it through ``ProjectData.load(project)`` and
``parameters_for(algorithm_id)``, which gives the parameters of a Processing algorithm
pre-filled from it.
"""

from dataclasses import dataclass, fields, replace
from typing import Dict, Optional

from qgis.core import QgsApplication, QgsMapLayer, QgsProject, QgsSettings, QgsVectorLayer

from ..core.field_names import field_key, guess_field

SCOPE = "infosegura"
_ENTRY = "project_data/"
_SETTINGS_PREFIX = "infosegura/project_data/"

# Which fields are layers (layer ids) and, for each layer, its field entries and their role
# (a role of core.field_names, the rules the geocoding tool guesses with too).
LAYER_FIELDS: Dict[str, Dict[str, str]] = {
    "streets": {"street_name_field": "street_name", "street_alias_field": "street_alias",
                "left_from_field": "left_from", "left_to_field": "left_to", "right_from_field": "right_from",
                "right_to_field": "right_to", "street_town_field": "town"},
    "towns": {"town_name_field": "town_name"},
    "areas": {"area_name_field": "area_name", "population_field": "population"},
    "landmarks": {"landmark_name_field": "landmark_name", "landmark_alias_field": "landmark_alias",
                  "landmark_kind_field": "landmark_kind"},
    "assets": {"asset_category_field": "asset_category"},
    "study_area": {},
    "mile_markers": {"mile_highway_field": "mile_highway", "mile_field": "mile"},
    "register": {"address_field": "address"},
    "geocoded": {},
    "conflicts": {},
    "risk_grid": {},
    "hot_spots": {},
}

# Processing parameter -> project data field, for every algorithm that has the parameter.
COMMON_PARAMETERS = {
    "STREETS": "streets", "STREET_NAME_FIELD": "street_name_field", "STREET_ALIAS_FIELD": "street_alias_field",
    "LEFT_FROM_FIELD": "left_from_field", "LEFT_TO_FIELD": "left_to_field",
    "RIGHT_FROM_FIELD": "right_from_field", "RIGHT_TO_FIELD": "right_to_field",
    "STREET_TOWN_FIELD": "street_town_field", "TOWNS": "towns", "TOWN_NAME_FIELD": "town_name_field",
    "DEFAULT_TOWN": "default_town",
    "AREAS": "areas", "AREA_NAME_FIELD": "area_name_field", "POPULATION_FIELD": "population_field",
    "LANDMARKS": "landmarks", "LANDMARK_NAME_FIELD": "landmark_name_field",
    "LANDMARK_ALIAS_FIELD": "landmark_alias_field", "LANDMARK_KIND_FIELD": "landmark_kind_field",
    "MILE_MARKERS": "mile_markers", "MILE_HIGHWAY_FIELD": "mile_highway_field", "MILE_FIELD": "mile_field",
    "ASSETS": "assets", "ASSET_CATEGORY_FIELD": "asset_category_field", "STUDY_AREA": "study_area",
    "MIN_SCORE": "min_score", "USE_MEMORY": "use_memory",
    "OUTLETS": "geocoded", "CONFLICTS": "conflicts", "RISK_GRID": "hot_spots_or_grid",
    "REGISTER": "register", "ADDRESS_FIELD": "address_field",
}
# Parameters whose meaning depends on the algorithm.
ALGORITHM_PARAMETERS = {
    "infosegura:importregister": {"INPUT": "register_file"},
    "infosegura:geocodeaddresses": {"INPUT": "register"},
    "infosegura:rememberplacements": {"INPUT": "geocoded"},
    "infosegura:hotspots": {"INPUT": "risk_grid"},
}
# Algorithm output -> the project data field its layer becomes.
STEP_OUTPUTS = {
    "infosegura:importregister": ("OUTPUT", "register"),
    "infosegura:geocodeaddresses": ("OUTPUT", "geocoded"),
    "infosegura:proximityconflicts": ("OUTPUT", "conflicts"),
    "infosegura:riskterrain": ("OUTPUT", "risk_grid"),
    "infosegura:hotspots": ("OUTPUT", "hot_spots"),
}
# A result layer recognised by its fields when it was made outside the dock.
RESULT_SIGNATURES = {"geocoded": "gc_status", "risk_grid": "risk_score", "hot_spots": "gi_z",
                     "conflicts": "distance_m"}


@dataclass
class ProjectData:
    """Layer ids and field names for the whole workflow; empty string = not chosen."""

    streets: str = ""
    street_name_field: str = ""
    street_alias_field: str = ""
    left_from_field: str = ""
    left_to_field: str = ""
    right_from_field: str = ""
    right_to_field: str = ""
    street_town_field: str = ""
    default_town: str = ""  # the town of a street layer whose streets name none
    towns: str = ""
    town_name_field: str = ""
    areas: str = ""
    area_name_field: str = ""
    population_field: str = ""
    landmarks: str = ""
    landmark_name_field: str = ""
    landmark_alias_field: str = ""
    landmark_kind_field: str = ""
    assets: str = ""
    asset_category_field: str = ""
    study_area: str = ""
    mile_markers: str = ""
    mile_highway_field: str = ""
    mile_field: str = ""
    min_score: float = 80.0
    use_memory: bool = True
    # The latest output of each step.
    register_file: str = ""
    register: str = ""
    address_field: str = ""
    geocoded: str = ""
    conflicts: str = ""
    risk_grid: str = ""
    hot_spots: str = ""

    # --- storage -------------------------------------------------------------------
    @classmethod
    def load(cls, project: Optional[QgsProject] = None) -> "ProjectData":
        """From the project's entries; what the project lacks comes from QgsSettings."""
        project = project or QgsProject.instance()
        settings = QgsSettings()
        values = {}
        for spec in fields(cls):
            text, found = project.readEntry(SCOPE, _ENTRY + spec.name, "")
            if not found:
                text = _fallback(settings, project, spec.name)
            if text is None or text == "":
                continue
            values[spec.name] = _parse(spec.type, text)
        return cls(**values)

    def save(self, project: Optional[QgsProject] = None) -> None:
        """Into the project (marks it dirty) and QgsSettings (layers by name)."""
        project = project or QgsProject.instance()
        settings = QgsSettings()
        for spec in fields(self):
            value = getattr(self, spec.name)
            text = _format(value)
            project.writeEntry(SCOPE, _ENTRY + spec.name, text)
            if spec.name in LAYER_FIELDS:
                layer = project.mapLayer(value) if value else None
                settings.setValue(_SETTINGS_PREFIX + spec.name + "_layer_name", layer.name() if layer else "")
            else:
                settings.setValue(_SETTINGS_PREFIX + spec.name, text)

    # --- layers --------------------------------------------------------------------
    def layer(self, key: str, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
        """The project layer chosen for ``key`` (``"streets"``, ``"geocoded"``...), or None."""
        project = project or QgsProject.instance()
        layer_id = getattr(self, key, "")
        layer = project.mapLayer(layer_id) if layer_id else None
        if layer is None and key in RESULT_SIGNATURES:
            layer = latest_layer_with_field(project, RESULT_SIGNATURES[key])
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def with_guessed_fields(self, project: Optional[QgsProject] = None, overwrite: bool = False) -> "ProjectData":
        """A copy whose empty field entries are guessed from the chosen layers' fields."""
        project = project or QgsProject.instance()
        changes = {}
        for layer_key, entries in LAYER_FIELDS.items():
            layer = self.layer(layer_key, project) if getattr(self, layer_key) else None
            if layer is None:
                continue
            names = layer.fields().names()
            numeric = [f.name() for f in layer.fields() if f.isNumeric()]
            taken = []
            for entry, role in entries.items():
                current = getattr(self, entry)
                if overwrite or not current or current not in names:
                    current = guess_role(names, role, numeric, taken) or ""
                    changes[entry] = current
                if current:
                    taken.append(current)
        return replace(self, **changes)

    # --- Processing ----------------------------------------------------------------
    def parameters_for(self, algorithm_id: str, project: Optional[QgsProject] = None) -> dict:
        """Parameters of ``algorithm_id`` pre-filled from the project data (layer ids, fields).

        Only parameters the algorithm has are given, so a newer or older algorithm version
        (the town parameters of the geocoder, for instance) gets what it understands.
        """
        project = project or QgsProject.instance()
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            return {}
        names = {definition.name() for definition in algorithm.parameterDefinitions()}
        wanted = dict(COMMON_PARAMETERS)
        wanted.update(ALGORITHM_PARAMETERS.get(algorithm_id, {}))
        parameters = {}
        for parameter, key in wanted.items():
            if parameter not in names:
                continue
            value = self._value(key, project)
            if value is not None and value != "":
                parameters[parameter] = value
        return parameters

    def _value(self, key: str, project: QgsProject):
        if key == "hot_spots_or_grid":
            layer = self.layer("hot_spots", project) or self.layer("risk_grid", project)
            return layer.id() if layer is not None else None
        if key in LAYER_FIELDS:
            layer = self.layer(key, project)
            return layer.id() if layer is not None else None
        return getattr(self, key)

    def record_output(self, algorithm_id: str, results: dict, project: Optional[QgsProject] = None) -> bool:
        """Remember a step's output layer (from a dialog's results) for the next steps."""
        project = project or QgsProject.instance()
        output = STEP_OUTPUTS.get(algorithm_id)
        if output is None or not results:
            return False
        layer = find_output_layer(project, results.get(output[0]))
        if layer is None:
            return False
        setattr(self, output[1], layer.id())
        if output[1] == "register":
            self.address_field = guess_field(layer.fields().names(), "address") or self.address_field
        return True


NUMERIC_ROLES = frozenset({"left_from", "left_to", "right_from", "right_to", "mile", "population"})
_POPULATION = ("population", "pop", "pop_total", "total_pop", "residents", "inhabitants", "poblacion", "habitantes")


def guess_role(names, role, numeric=None, taken=()):
    """The field playing ``role``: core.field_names' rules, plus the two roles only the
    dock needs (an area's population; a towns layer's name, as the geocoding tool reads it)."""
    if role in NUMERIC_ROLES and numeric is not None:
        names = [name for name in names if name in set(numeric)]
    names = [name for name in names if name not in taken]
    if role == "population":
        by_key = {field_key(name): name for name in names}
        return next((by_key[field_key(p)] for p in _POPULATION if field_key(p) in by_key), None)
    if role == "town_name":
        return guess_field(names, "town") or ("name" if "name" in names else None)
    return guess_field(names, role)


def find_output_layer(project: QgsProject, value) -> Optional[QgsVectorLayer]:
    """The project layer an algorithm result names: a layer id, a layer, or a file source."""
    if value is None:
        return None
    if isinstance(value, QgsMapLayer):
        value = value.id()
    text = str(value)
    layer = project.mapLayer(text)
    if isinstance(layer, QgsVectorLayer):
        return layer
    wanted = _normal_source(text)
    for candidate in ordered_vector_layers(project):
        if _normal_source(candidate.source()) == wanted:
            return candidate
    return None


def ordered_vector_layers(project: QgsProject):
    """Vector layers in layer-tree order, top first (the newest result is usually on top)."""
    layers = [node.layer() for node in project.layerTreeRoot().findLayers()]
    return [layer for layer in layers if isinstance(layer, QgsVectorLayer) and layer.isValid()]


def latest_layer_with_field(project: QgsProject, field_name: str) -> Optional[QgsVectorLayer]:
    for layer in ordered_vector_layers(project):
        if layer.fields().lookupField(field_name) >= 0:
            return layer
    return None


def _normal_source(source: str) -> str:
    """``a.gpkg|layername=x`` and ``ogr:dbname='a.gpkg' table="x" (geom)`` compare equal."""
    text = source.strip()
    if text.startswith("ogr:"):
        import re

        match = re.match(r"""ogr:dbname='(.*?)'\s+table="(.*?)"(?:\s*\(.*\))?""", text)
        if match:
            return f"{match.group(1)}|layername={match.group(2)}".lower()
    path, _sep, rest = text.partition("|")
    options = sorted(part for part in rest.split("|") if part.startswith("layername="))
    return "|".join([path] + options).lower()


def _fallback(settings: QgsSettings, project: QgsProject, name: str) -> Optional[str]:
    if name in LAYER_FIELDS:
        layer_name = settings.value(_SETTINGS_PREFIX + name + "_layer_name", "")
        if not layer_name:
            return None
        found = project.mapLayersByName(str(layer_name))
        return found[0].id() if found else None
    value = settings.value(_SETTINGS_PREFIX + name, None)
    return None if value is None else str(value)


def _parse(kind, text: str):
    if kind in (bool, "bool"):
        return str(text).strip().lower() in ("1", "true", "yes")
    if kind in (float, "float"):
        try:
            return float(text)
        except ValueError:
            return 80.0
    return str(text)


def _format(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
