"""infosegura:geocodeaddresses: licence addresses -> points with status, score, type and note."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.geocoding import DEFAULT_MIN_SCORE, TIE_DISTANCE_M, TIE_MARGIN
from ...core.geocoding.address_memory import AddressMemoryError
from ...core.geocoding.geocode_rows import geocode_source, output_fields
from ...core.geocoding.layers import LayerDataError, PointLayerFields, StreetFields, build_geocoder
from ...core.styling import style_output
from .base import GeocodingGroup, InfoSeguraAlgorithm


class GeocodeAddressesAlgorithm(GeocodingGroup, InfoSeguraAlgorithm):
    INPUT = "INPUT"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    STREETS = "STREETS"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    STREET_ALIAS_FIELD = "STREET_ALIAS_FIELD"
    LEFT_FROM_FIELD = "LEFT_FROM_FIELD"
    LEFT_TO_FIELD = "LEFT_TO_FIELD"
    RIGHT_FROM_FIELD = "RIGHT_FROM_FIELD"
    RIGHT_TO_FIELD = "RIGHT_TO_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    LANDMARKS = "LANDMARKS"
    LANDMARK_NAME_FIELD = "LANDMARK_NAME_FIELD"
    LANDMARK_ALIAS_FIELD = "LANDMARK_ALIAS_FIELD"
    LANDMARK_KIND_FIELD = "LANDMARK_KIND_FIELD"
    MILE_MARKERS = "MILE_MARKERS"
    MILE_HIGHWAY_FIELD = "MILE_HIGHWAY_FIELD"
    MILE_FIELD = "MILE_FIELD"
    MIN_SCORE = "MIN_SCORE"
    USE_MEMORY = "USE_MEMORY"
    MEMORY_PATH = "MEMORY_PATH"
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    TIED = "TIED"
    UNMATCHED = "UNMATCHED"
    ICON = "geocode"

    # Optional fields with a guessed default: ignored when the layer lacks them.
    GUESSED = {
        STREET_ALIAS_FIELD: "alt_names", LEFT_FROM_FIELD: "l_from", LEFT_TO_FIELD: "l_to",
        RIGHT_FROM_FIELD: "r_from", RIGHT_TO_FIELD: "r_to", LANDMARK_ALIAS_FIELD: "alt_names",
        LANDMARK_KIND_FIELD: "kind",
    }

    def name(self):
        return "geocodeaddresses"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Geocode licence addresses")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Places each row of a licence register on the map from its free-text address, "
            "offline, and says how: gc_status (matched, tied or unmatched), gc_score (0-100), "
            "gc_type (the level that placed it), gc_street, gc_note (why, in words) and "
            "gc_candidates (JSON, for tied and unmatched rows).\n\n"
            "Levels, best first: coordinates already in the register (a point layer's own "
            "geometry near the streets) -> the address memory (when 'Use the address memory' "
            "is ticked) -> house number on the address range of the right side of the right "
            "segment (parity, 10 m corner setback, 8 m off the centre line, following bends) "
            "-> corner of two named streets (computed from the lines) -> landmark (opposite, "
            "behind, next to, near; English and Spanish) -> street only (a point on the street, "
            "in the area named when there is one) -> area only -> unmatched. The first level "
            "whose best candidate reaches the minimum score decides. Street names are matched "
            "fuzzily: typos, abbreviations, Spanish types and missing type words cost a few "
            "points; a street in another town is never matched to a Belmopan street.\n\n"
            "No silent guesses: when another candidate scores within {} points of the best "
            "one and lies more than {} m from it (two streets of the same name and no area "
            "given, a corner found twice, a landmark phrase that fits several landmarks) the "
            "row is 'tied': it is shown at the best candidate for review and all candidates "
            "are listed. Unmatched rows have no geometry; their gc_score is the best "
            "candidate's score. Every input row appears exactly once in the output, which is "
            "in the street layer's CRS."
        ).format(int(TIE_MARGIN), int(TIE_DISTANCE_M))

    def _field(self, name, label, parent, default=None, optional=False, numeric=False, advanced=False):
        parameter = QgsProcessingParameterField(
            name, label, defaultValue=default, parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any,
            optional=optional,
        )
        if advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Licence register (table or layer)"), [QgsProcessing.TypeVector]))
        self._field(self.ADDRESS_FIELD, self.tr("Address field"), self.INPUT, "Address")
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STREETS, self.tr("Streets"), [QgsProcessing.TypeVectorLine]))
        self._field(self.STREET_NAME_FIELD, self.tr("Street name field"), self.STREETS, "name")
        self._field(self.STREET_ALIAS_FIELD, self.tr("Other street names field (separated by ;)"), self.STREETS,
                    "alt_names", optional=True)
        self._field(self.LEFT_FROM_FIELD, self.tr("Left side: first house number"), self.STREETS, "l_from",
                    optional=True, numeric=True)
        self._field(self.LEFT_TO_FIELD, self.tr("Left side: last house number"), self.STREETS, "l_to",
                    optional=True, numeric=True)
        self._field(self.RIGHT_FROM_FIELD, self.tr("Right side: first house number"), self.STREETS, "r_from",
                    optional=True, numeric=True)
        self._field(self.RIGHT_TO_FIELD, self.tr("Right side: last house number"), self.STREETS, "r_to",
                    optional=True, numeric=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (neighbourhoods)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self._field(self.AREA_NAME_FIELD, self.tr("Area name field"), self.AREAS, "name", optional=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDMARKS, self.tr("Landmarks"), [QgsProcessing.TypeVectorPoint], optional=True))
        self._field(self.LANDMARK_NAME_FIELD, self.tr("Landmark name field"), self.LANDMARKS, "name", optional=True)
        self._field(self.LANDMARK_ALIAS_FIELD, self.tr("Other landmark names field (separated by ;)"),
                    self.LANDMARKS, "alt_names", optional=True, advanced=True)
        self._field(self.LANDMARK_KIND_FIELD, self.tr("Landmark kind field"), self.LANDMARKS, "kind",
                    optional=True, advanced=True)
        markers = QgsProcessingParameterFeatureSource(
            self.MILE_MARKERS, self.tr("Highway mile markers"), [QgsProcessing.TypeVectorPoint], optional=True)
        markers.setFlags(markers.flags() | markers.FlagAdvanced)
        self.addParameter(markers)
        self._field(self.MILE_HIGHWAY_FIELD, self.tr("Mile marker highway field"), self.MILE_MARKERS, "highway",
                    optional=True, advanced=True)
        self._field(self.MILE_FIELD, self.tr("Mile marker mile field"), self.MILE_MARKERS, "mile",
                    optional=True, numeric=True, advanced=True)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SCORE, self.tr("Minimum score to accept a match (0-100)"),
            QgsProcessingParameterNumber.Double, DEFAULT_MIN_SCORE, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.USE_MEMORY, self.tr("Use the address memory (placements confirmed before)"),
            defaultValue=False, optional=True))
        memory = QgsProcessingParameterFile(
            self.MEMORY_PATH, self.tr("Address memory file (default: the one in the settings)"),
            extension="gpkg", optional=True)
        memory.setFlags(memory.flags() | memory.FlagAdvanced)
        self.addParameter(memory)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Geocoded premises"), QgsProcessing.TypeVectorPoint))
        for output, label in ((self.MATCHED, self.tr("Matched rows")), (self.TIED, self.tr("Tied rows")),
                              (self.UNMATCHED, self.tr("Unmatched rows"))):
            self.addOutput(QgsProcessingOutputNumber(output, label))

    def _optional_field(self, parameters, name, source, context):
        value = self.parameterAsString(parameters, name, context)
        if not value or source is None:
            return None
        if source.fields().lookupField(value) < 0:
            if value == self.GUESSED.get(name):
                return None
            raise QgsProcessingException(
                self.tr("Layer {} has no field {}").format(source.sourceName(), value))
        return value

    def _memory_path(self, parameters, context):
        if not self.parameterAsBoolean(parameters, self.USE_MEMORY, context):
            return None
        path = self.parameterAsFile(parameters, self.MEMORY_PATH, context)
        if path:
            return path
        from ...settings import Settings

        return str(Settings.load().resolved_address_memory_path())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        streets = self.parameterAsSource(parameters, self.STREETS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if streets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STREETS))
        address_field = self.parameterAsString(parameters, self.ADDRESS_FIELD, context)
        if source.fields().lookupField(address_field) < 0:
            raise QgsProcessingException(
                self.tr("The register {} has no address field {}").format(source.sourceName(), address_field))
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        landmarks = self.parameterAsSource(parameters, self.LANDMARKS, context)
        markers = self.parameterAsSource(parameters, self.MILE_MARKERS, context)
        opt = self._optional_field
        street_fields = StreetFields(
            self.parameterAsString(parameters, self.STREET_NAME_FIELD, context),
            opt(parameters, self.STREET_ALIAS_FIELD, streets, context),
            opt(parameters, self.LEFT_FROM_FIELD, streets, context), opt(parameters, self.LEFT_TO_FIELD, streets, context),
            opt(parameters, self.RIGHT_FROM_FIELD, streets, context), opt(parameters, self.RIGHT_TO_FIELD, streets, context),
        )
        landmark_fields = PointLayerFields(
            self.parameterAsString(parameters, self.LANDMARK_NAME_FIELD, context) or "name",
            opt(parameters, self.LANDMARK_ALIAS_FIELD, landmarks, context),
            opt(parameters, self.LANDMARK_KIND_FIELD, landmarks, context),
        )
        marker_fields = (self.parameterAsString(parameters, self.MILE_HIGHWAY_FIELD, context) or "highway",
                         self.parameterAsString(parameters, self.MILE_FIELD, context) or "mile")
        feedback.pushInfo(self.tr("Building the street index..."))
        try:
            bundle = build_geocoder(
                streets, street_fields, areas,
                self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "name",
                landmarks, landmark_fields, markers, marker_fields,
                self._memory_path(parameters, context),
                self.parameterAsDouble(parameters, self.MIN_SCORE, context),
                context.transformContext(), feedback)
        except (LayerDataError, AddressMemoryError) as error:
            raise QgsProcessingException(f"{error}") from error
        feedback.pushInfo(self.tr("{} streets from {} segments").format(
            len(bundle.geocoder.streets), len(bundle.geocoder.streets.segments)))
        fields, kept = output_fields(source.fields())
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                             bundle.output_crs, QgsFeatureSink.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts = geocode_source(source, address_field, bundle, sink, fields, kept, feedback)
        del sink
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled: the geocoded layer is incomplete and must not be used."))
        feedback.pushInfo(self.tr("{} matched, {} tied, {} unmatched of {} rows").format(
            counts.matched, counts.tied, counts.unmatched, counts.total))
        style_output(context, dest_id, "geocoded_premises")
        return {self.OUTPUT: dest_id, self.MATCHED: counts.matched, self.TIED: counts.tied,
                self.UNMATCHED: counts.unmatched}
