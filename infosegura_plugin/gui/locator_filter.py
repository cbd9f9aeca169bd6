"""Locator bar (Ctrl+K) search for Belize addresses: "corner of X and Y", "#12 Mountain View".

The street layer is the project layer named in ``Settings.street_layer``,
else the first line layer with a ``name`` field. The core geocoder is built in
``prepare()`` (main thread, where layers may be read) and shared by the filter's clones,
which run ``fetchResults`` in the locator's background thread.
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeedback,
    QgsGeometry,
    QgsLocatorContext,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.geocoding.layers import LayerDataError, PointLayerFields, StreetFields, build_geocoder
from ..core.geocoding.qgis_geocoder import InfoSeguraGeocoder
from ..settings import Settings

MIN_QUERY_CHARS = 3
ZOOM_SCALE = 2500.0


def _field_or_none(layer, name):
    return name if layer.fields().lookupField(name) >= 0 else None


def find_street_layer(project: QgsProject):
    """The street layer named in the settings, else the first line layer with a name field."""
    wanted = Settings.load().street_layer
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    lines = [layer for layer in layers if layer.isValid() and layer.geometryType() == QgsWkbTypes.LineGeometry]
    if wanted:
        for layer in lines:
            if wanted in (layer.name(), layer.id()):
                return layer
    return next((layer for layer in lines if layer.fields().lookupField("name") >= 0), None)


def _named_layer(project, geometry_type, names):
    for layer in project.mapLayers().values():
        if (isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.geometryType() == geometry_type
                and layer.name().lower() in names and layer.fields().lookupField("name") >= 0):
            return layer
    return None


class SharedGeocoder:
    """One InfoSeguraGeocoder per street layer state, shared between filter clones."""

    def __init__(self, project: QgsProject = None):
        self.project = project
        self.key = None
        self.geocoder = None

    def refresh(self):
        project = self.project or QgsProject.instance()
        streets = find_street_layer(project)
        if streets is None:
            self.key, self.geocoder = None, None
            return None
        areas = _named_layer(project, QgsWkbTypes.PolygonGeometry, {"neighbourhoods", "neighborhoods", "areas"})
        landmarks = _named_layer(project, QgsWkbTypes.PointGeometry, {"landmarks"})
        key = tuple((layer.id(), layer.featureCount(), layer.extent().toString())
                    for layer in (streets, areas, landmarks) if layer is not None)
        if key != self.key:
            fields = StreetFields("name", *(_field_or_none(streets, f)
                                             for f in ("alt_names", "l_from", "l_to", "r_from", "r_to")))
            landmark_fields = None
            if landmarks is not None:
                landmark_fields = PointLayerFields("name", _field_or_none(landmarks, "alt_names"),
                                                   _field_or_none(landmarks, "kind"))
            try:
                bundle = build_geocoder(streets, fields, areas, "name", landmarks, landmark_fields,
                                        transform_context=project.transformContext())
            except LayerDataError:
                self.key, self.geocoder = None, None
                return None
            self.key, self.geocoder = key, InfoSeguraGeocoder(bundle)
        return self.geocoder


class AddressLocatorFilter(QgsLocatorFilter):
    """Finds addresses with the InfoSegura geocoder and pans the map to them."""

    def __init__(self, iface=None, shared: SharedGeocoder = None):
        super().__init__()
        self.iface = iface
        self.shared = shared or SharedGeocoder()

    def tr(self, text):
        return QCoreApplication.translate("AddressLocatorFilter", text)

    def clone(self):
        return AddressLocatorFilter(self.iface, self.shared)

    def name(self):
        return "infosegura_addresses"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Belize addresses (InfoSegura)")

    def prefix(self):
        return "adr"

    def priority(self):
        return QgsLocatorFilter.Medium

    def prepare(self, string: str, context: QgsLocatorContext):
        if len(string.strip()) >= MIN_QUERY_CHARS:
            self.shared.refresh()
        return []

    def fetchResults(self, string: str, context: QgsLocatorContext, feedback: QgsFeedback):  # noqa: N802 (QGIS API)
        geocoder = self.shared.geocoder
        if geocoder is None or len(string.strip()) < MIN_QUERY_CHARS:
            return
        if feedback is not None and feedback.isCanceled():
            return
        for found in geocoder.geocodeString(string, None, feedback):
            attributes = found.additionalAttributes()
            point = found.geometry().asPoint()
            result = QgsLocatorResult(self, found.identifier(), [point.x(), point.y(), found.crs().authid()])
            result.description = found.description()
            result.group = self.tr("Tied: check the candidates") if found.group() == "tied" else ""
            result.score = float(attributes.get("gc_score") or 0.0) / 100.0
            self.resultFetched.emit(result)

    def triggerResult(self, result: QgsLocatorResult):  # noqa: N802 (QGIS API)
        data = result.getUserData() if hasattr(result, "getUserData") else result.userData
        if not data or self.iface is None:
            return
        x, y, authid = data
        canvas = self.iface.mapCanvas()
        from qgis.core import QgsCoordinateReferenceSystem

        crs = QgsCoordinateReferenceSystem(authid)
        point = QgsPointXY(x, y)
        canvas_crs = canvas.mapSettings().destinationCrs()
        if crs.isValid() and canvas_crs.isValid() and crs != canvas_crs:
            point = QgsCoordinateTransform(crs, canvas_crs, QgsProject.instance()).transform(point)
        canvas.setCenter(point)
        if canvas.scale() > ZOOM_SCALE * 4 or canvas.scale() <= 0:
            canvas.zoomScale(ZOOM_SCALE)
        canvas.refresh()
        canvas.flashGeometries([QgsGeometry.fromPointXY(point)], canvas_crs)
