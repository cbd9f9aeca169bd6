"""infosegura:rememberplacements: reviewed premises -> the address memory."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...core.geocoding.address_memory import AddressMemory, AddressMemoryError, Placement
from ...core.geocoding.placement_towns import PlacementTowns
from .base import GeocodingGroup, InfoSeguraAlgorithm

_TRUE = {"1", "true", "t", "yes", "y", "si", "sí", "x"}


def _truthy(value) -> bool:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    return str(value).strip().lower() in _TRUE


def _has_text(value) -> bool:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    return bool(str(value).strip())


class RememberPlacementsAlgorithm(GeocodingGroup, InfoSeguraAlgorithm):
    INPUT = "INPUT"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    CONFIRMED_FIELD = "CONFIRMED_FIELD"
    ALL_ROWS = "ALL_ROWS"
    SOURCE = "SOURCE"
    TOWN_FIELD = "TOWN_FIELD"
    TOWNS = "TOWNS"
    TOWN_NAME_FIELD = "TOWN_NAME_FIELD"
    MEMORY_PATH = "MEMORY_PATH"
    REMEMBERED = "REMEMBERED"
    MEMORY = "MEMORY"
    ICON = "geocode"

    def name(self):
        return "rememberplacements"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Remember reviewed placements")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Stores the points of reviewed premises in the address memory, so that next "
            "year's register geocodes them instantly (tick 'Use the address memory' in "
            "'Geocode licence addresses'; they come out with gc_type 'memory').\n\n"
            "A row is remembered when it has a geometry and was placed or confirmed by hand: "
            "its gc_type is 'manual', or its confirmation field (default gc_confirmed) is "
            "true / 1 / yes. Tick 'Every row with a geometry' to remember a layer reviewed "
            "as a whole. Addresses are remembered in normalised form (case, accents and "
            "punctuation do not matter); a newer confirmation replaces an older one. Each "
            "entry records who, when and the source (default: the layer name). The memory "
            "file is the one in the plugin settings unless you choose another.\n\n"
            "Each placement is remembered with its town, so the same address in two towns is "
            "two entries: the town field of the layer when you choose one, else the town "
            "polygon that holds the point, else the town the address names."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Reviewed premises"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.ADDRESS_FIELD, self.tr("Address field"), "Address", self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.CONFIRMED_FIELD, self.tr("Confirmation field (true when checked by hand)"), "gc_confirmed",
            self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALL_ROWS, self.tr("Every row with a geometry (the whole layer was reviewed)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, self.tr("Source (default: the layer name)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TOWN_FIELD, self.tr("Town field (optional)"), None, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TOWNS, self.tr("Towns and villages (polygons, optional)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TOWN_NAME_FIELD, self.tr("Town name field"), "name", self.TOWNS, optional=True))
        memory = QgsProcessingParameterFile(
            self.MEMORY_PATH, self.tr("Address memory file (default: the one in the settings)"),
            extension="gpkg", optional=True)
        memory.setFlags(memory.flags() | memory.FlagAdvanced)
        self.addParameter(memory)
        self.addOutput(QgsProcessingOutputNumber(self.REMEMBERED, self.tr("Placements remembered")))
        self.addOutput(QgsProcessingOutputString(self.MEMORY, self.tr("Address memory file")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        fields = source.fields()
        address = fields.lookupField(self.parameterAsString(parameters, self.ADDRESS_FIELD, context))
        if address < 0:
            raise QgsProcessingException(self.tr("Layer {} has no field {}").format(
                source.sourceName(), self.parameterAsString(parameters, self.ADDRESS_FIELD, context)))
        confirmed = fields.lookupField(self.parameterAsString(parameters, self.CONFIRMED_FIELD, context) or "")
        gc_type = fields.lookupField("gc_type")
        all_rows = self.parameterAsBoolean(parameters, self.ALL_ROWS, context)
        source_name = self.parameterAsString(parameters, self.SOURCE, context) or source.sourceName()
        path = self.parameterAsFile(parameters, self.MEMORY_PATH, context)
        if not path:
            from ...settings import Settings

            path = str(Settings.load().resolved_address_memory_path())
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(self.tr(
                "The layer {} has no coordinate reference system (or an unknown one): its points cannot be "
                "remembered where they are. Set its CRS (Layer Properties > Source) and run again; nothing was "
                "remembered.").format(source.sourceName()))
        transform = None
        if not crs.authid():
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            transform = QgsCoordinateTransform(crs, wgs84, context.transformContext())
            crs = wgs84
        town_field = fields.lookupField(self.parameterAsString(parameters, self.TOWN_FIELD, context) or "")
        towns = PlacementTowns(self.parameterAsSource(parameters, self.TOWNS, context),
                               self.parameterAsString(parameters, self.TOWN_NAME_FIELD, context) or "name",
                               source.sourceCrs(), context.transformContext())
        placements, unplaceable = [], []
        total = source.featureCount() or 1
        for row, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(100.0 * row / total)
            geometry = feature.geometry()
            text = feature.attribute(address)
            if geometry.isNull() or geometry.isEmpty() or not _has_text(text):
                continue
            by_hand = gc_type >= 0 and str(feature.attribute(gc_type) or "").strip().lower() == "manual"
            if not (all_rows or by_hand or (confirmed >= 0 and _truthy(feature.attribute(confirmed)))):
                continue
            point = geometry.asPoint() if not geometry.isMultipart() else geometry.centroid().asPoint()
            town = towns.town_of(str(text), point, feature.attribute(town_field) if town_field >= 0 else None)
            if transform is not None:
                try:
                    point = transform.transform(point)
                except QgsCsException:
                    unplaceable.append(str(text))
                    continue
            placements.append(Placement(str(text), point.x(), point.y(), crs.authid(), source=source_name,
                                        town=town))
        try:
            count = AddressMemory(path).remember(placements)
        except AddressMemoryError as error:
            raise QgsProcessingException(str(error)) from error
        if unplaceable:
            feedback.pushWarning(self.tr("{} rows could not be converted to WGS 84 and were not remembered "
                                         "(for example: {}).").format(len(unplaceable), "; ".join(unplaceable[:3])))
        feedback.pushInfo(self.tr("Remembered {} placements in {}").format(count, path))
        return {self.REMEMBERED: count, self.MEMORY: path}
