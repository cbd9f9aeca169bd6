"""Locator bar (Ctrl+K) search for Belize addresses: "corner of X and Y", "#12 Mountain View".

It searches with the project data (street layer and fields, areas, landmarks, mile
markers, the address memory and the minimum score), through the geocoder the dock and
the review panel share. The geocoder is built in a task the first time (the first
keystrokes find nothing until it is ready); ``fetchResults`` runs in the locator's
background thread and only reads the finished geocoder.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsGeometry,
    QgsLocatorContext,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsPointXY,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.geocoding.qgis_geocoder import InfoSeguraGeocoder
from .geocoder_task import shared_geocoder_cache
from .project_data import ProjectData

MIN_QUERY_CHARS = 3
ZOOM_SCALE = 2500.0


class SharedGeocoder:
    """The project data's geocoder, shared between the filter's clones."""

    def __init__(self, project: QgsProject = None, cache=None):
        self.project = project
        self.cache = cache
        self.bundle = None
        self.geocoder = None

    def refresh(self):
        """In the main thread: the geocoder when ready, else start building it (None meanwhile)."""
        project = self.project or QgsProject.instance()
        cache = self.cache or shared_geocoder_cache()
        data = ProjectData.load(project)
        bundle = cache.current(data)
        if bundle is None:
            cache.request(data)
            self.bundle, self.geocoder = None, None
            return None
        if bundle is not self.bundle:
            self.bundle, self.geocoder = bundle, InfoSeguraGeocoder(bundle)
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
