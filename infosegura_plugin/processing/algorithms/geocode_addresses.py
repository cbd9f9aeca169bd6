"""infosegura:geocodeaddresses: licence addresses -> points with status, score, type and note."""

from qgis.core import (
    QgsFeatureRequest,
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
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.field_names import guess_field
from ...core.gc_pause import collector_paused
from ...core.geocoding import DEFAULT_MIN_SCORE, TIE_DISTANCE_M, TIE_MARGIN
from ...core.geocoding.address_memory import AddressMemoryError
from ...core.geocoding.geocode_rows import geocode_source, output_fields, texts_to_parse_ahead
from ...core.geocoding.layers import LayerDataError, PointLayerFields, StreetFields, build_geocoder
from ...core.geocoding.town_assignment import dominant_town
from ...core.styling import style_output
from .base import GeocodingGroup, InfoSeguraAlgorithm


class GeocodeAddressesAlgorithm(GeocodingGroup, InfoSeguraAlgorithm):
    INPUT = "INPUT"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    ADDRESS_TOWN_FIELD = "ADDRESS_TOWN_FIELD"
    STREETS = "STREETS"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    STREET_ALIAS_FIELD = "STREET_ALIAS_FIELD"
    STREET_TOWN_FIELD = "STREET_TOWN_FIELD"
    LEFT_FROM_FIELD = "LEFT_FROM_FIELD"
    LEFT_TO_FIELD = "LEFT_TO_FIELD"
    RIGHT_FROM_FIELD = "RIGHT_FROM_FIELD"
    RIGHT_TO_FIELD = "RIGHT_TO_FIELD"
    DEFAULT_TOWN = "DEFAULT_TOWN"
    TOWNS = "TOWNS"
    TOWN_NAME_FIELD = "TOWN_NAME_FIELD"
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

    # parameter -> (layer parameter, role in core.field_names, default shown in the dialog).
    # A field left empty, or left at a default the layer lacks, is guessed from the usual
    # names of that role (ST_NAME, FULLNAME, L_F_ADD, FROMLEFT, TOWN, CITY ...).
    FIELD_ROLES = {
        ADDRESS_FIELD: (INPUT, "address", "Address"),
        ADDRESS_TOWN_FIELD: (INPUT, "town", None),
        STREET_NAME_FIELD: (STREETS, "street_name", "name"),
        STREET_ALIAS_FIELD: (STREETS, "street_alias", "alt_names"),
        STREET_TOWN_FIELD: (STREETS, "town", None),
        LEFT_FROM_FIELD: (STREETS, "left_from", "l_from"),
        LEFT_TO_FIELD: (STREETS, "left_to", "l_to"),
        RIGHT_FROM_FIELD: (STREETS, "right_from", "r_from"),
        RIGHT_TO_FIELD: (STREETS, "right_to", "r_to"),
        TOWN_NAME_FIELD: (TOWNS, "town", "name"),
        AREA_NAME_FIELD: (AREAS, "area_name", "name"),
        LANDMARK_NAME_FIELD: (LANDMARKS, "landmark_name", "name"),
        LANDMARK_ALIAS_FIELD: (LANDMARKS, "landmark_alias", "alt_names"),
        LANDMARK_KIND_FIELD: (LANDMARKS, "landmark_kind", "kind"),
        MILE_HIGHWAY_FIELD: (MILE_MARKERS, "mile_highway", "highway"),
        MILE_FIELD: (MILE_MARKERS, "mile", "mile"),
    }
    REQUIRED_FIELDS = (ADDRESS_FIELD, STREET_NAME_FIELD, TOWN_NAME_FIELD, AREA_NAME_FIELD, LANDMARK_NAME_FIELD,
                       MILE_HIGHWAY_FIELD, MILE_FIELD)

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
            "points.\n\n"
            "Towns: one street layer may hold one town or the whole country. The towns the "
            "reference layers cover come from the street layer's town field, the towns layer, "
            "the areas layer (which may hold towns and neighbourhoods together) and 'Town of "
            "streets without a town'. A covered town named in an address ('Orange Walk', 'O.W.', "
            "'OW Town') or in the register's town field narrows the search to that town. An "
            "address in a town the layers do not cover is unmatched, 'in another town'. When "
            "the layers name no town at all, the town the register names most often is taken "
            "as the street layer's own (the log says so).\n\n"
            "No silent guesses: when another candidate scores within {} points of the best "
            "one and lies more than {} m from it (the same street name in two towns and no "
            "town given, a corner found twice, a landmark phrase that fits several landmarks) "
            "the row is 'tied': it is shown at the best candidate for review and all candidates "
            "are listed. Unmatched rows have no geometry; their gc_score is the best "
            "candidate's score. Every input row appears exactly once in the output, which is "
            "in the street layer's CRS.\n\n"
            "Fields left empty are found by their usual names (name, ST_NAME, STREET, FULLNAME; "
            "L_F_ADD, LFROMADD, FROMLEFT; TOWN, CITY, VILLAGE ...)."
        ).format(int(TIE_MARGIN), int(TIE_DISTANCE_M))

    def _field(self, name, label, parent, numeric=False, advanced=False):
        _layer, _role, default = self.FIELD_ROLES[name]
        parameter = QgsProcessingParameterField(
            name, label, defaultValue=default, parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any,
            optional=True,
        )
        if advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self.addParameter(parameter)

    def _layer(self, name, label, kind, optional=True, advanced=False):
        parameter = QgsProcessingParameterFeatureSource(name, label, [kind], optional=optional)
        if advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self._layer(self.INPUT, self.tr("Licence register (table or layer)"), QgsProcessing.TypeVector, False)
        self._field(self.ADDRESS_FIELD, self.tr("Address field"), self.INPUT)
        self._field(self.ADDRESS_TOWN_FIELD, self.tr("Town field of the register (optional)"), self.INPUT)
        self._layer(self.STREETS, self.tr("Streets"), QgsProcessing.TypeVectorLine, False)
        self._field(self.STREET_NAME_FIELD, self.tr("Street name field"), self.STREETS)
        self._field(self.STREET_ALIAS_FIELD, self.tr("Other street names field (separated by ;)"), self.STREETS)
        self._field(self.STREET_TOWN_FIELD, self.tr("Town or village field of the streets"), self.STREETS)
        self._field(self.LEFT_FROM_FIELD, self.tr("Left side: first house number"), self.STREETS, numeric=True)
        self._field(self.LEFT_TO_FIELD, self.tr("Left side: last house number"), self.STREETS, numeric=True)
        self._field(self.RIGHT_FROM_FIELD, self.tr("Right side: first house number"), self.STREETS, numeric=True)
        self._field(self.RIGHT_TO_FIELD, self.tr("Right side: last house number"), self.STREETS, numeric=True)
        self.addParameter(QgsProcessingParameterString(
            self.DEFAULT_TOWN, self.tr("Town of streets without a town (a street layer of one town)"),
            optional=True))
        self._layer(self.TOWNS, self.tr("Towns and villages (polygons)"), QgsProcessing.TypeVectorPolygon)
        self._field(self.TOWN_NAME_FIELD, self.tr("Town name field"), self.TOWNS)
        self._layer(self.AREAS, self.tr("Areas (neighbourhoods, and towns)"), QgsProcessing.TypeVectorPolygon)
        self._field(self.AREA_NAME_FIELD, self.tr("Area name field"), self.AREAS)
        self._layer(self.LANDMARKS, self.tr("Landmarks"), QgsProcessing.TypeVectorPoint)
        self._field(self.LANDMARK_NAME_FIELD, self.tr("Landmark name field"), self.LANDMARKS)
        self._field(self.LANDMARK_ALIAS_FIELD, self.tr("Other landmark names field (separated by ;)"),
                    self.LANDMARKS, advanced=True)
        self._field(self.LANDMARK_KIND_FIELD, self.tr("Landmark kind field"), self.LANDMARKS, advanced=True)
        self._layer(self.MILE_MARKERS, self.tr("Highway mile markers"), QgsProcessing.TypeVectorPoint, advanced=True)
        self._field(self.MILE_HIGHWAY_FIELD, self.tr("Mile marker highway field"), self.MILE_MARKERS, advanced=True)
        self._field(self.MILE_FIELD, self.tr("Mile marker mile field"), self.MILE_MARKERS, numeric=True,
                    advanced=True)
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

    def field_of(self, parameters, name, sources, context):
        """The field a parameter names, or the layer's field with a usual name for its role.

        Explicit choices must exist; an empty choice, or the dialog's default where the layer
        lacks it, is guessed. None when the layer is absent or nothing fits."""
        layer_name, role, default = self.FIELD_ROLES[name]
        source = sources.get(layer_name)
        if source is None:
            return None
        value = self.parameterAsString(parameters, name, context)
        names = source.fields().names()
        if value and source.fields().lookupField(value) >= 0:
            return value
        if value and value != default:
            raise QgsProcessingException(
                self.tr("Layer {} has no field {}").format(source.sourceName(), value))
        if name == self.ADDRESS_TOWN_FIELD and not value:
            return None  # the register's town column is used only when chosen
        exclude = [self.field_of(parameters, self.STREET_NAME_FIELD, sources, context)] \
            if name == self.STREET_TOWN_FIELD else []
        guessed = guess_field(names, role, exclude=[e for e in exclude if e])
        if guessed is None and name in self.REQUIRED_FIELDS:
            raise QgsProcessingException(
                self.tr("Choose '{}' for layer {}: none of its fields has a usual name for it").format(
                    self.parameterDefinition(name).description(), source.sourceName()))
        return guessed

    def _memory_path(self, parameters, context):
        if not self.parameterAsBoolean(parameters, self.USE_MEMORY, context):
            return None
        path = self.parameterAsFile(parameters, self.MEMORY_PATH, context)
        if path:
            return path
        from ...settings import Settings

        return str(Settings.load().resolved_address_memory_path())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        with collector_paused():
            return self._geocode(parameters, context, feedback)

    def _geocode(self, parameters, context, feedback):
        sources = {name: self.parameterAsSource(parameters, name, context)
                   for name in (self.INPUT, self.STREETS, self.TOWNS, self.AREAS, self.LANDMARKS, self.MILE_MARKERS)}
        source, streets = sources[self.INPUT], sources[self.STREETS]
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if streets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STREETS))
        fields = {name: self.field_of(parameters, name, sources, context) for name in self.FIELD_ROLES}
        address_field = fields[self.ADDRESS_FIELD]
        street_fields = StreetFields(
            fields[self.STREET_NAME_FIELD], fields[self.STREET_ALIAS_FIELD], fields[self.LEFT_FROM_FIELD],
            fields[self.LEFT_TO_FIELD], fields[self.RIGHT_FROM_FIELD], fields[self.RIGHT_TO_FIELD],
            fields[self.STREET_TOWN_FIELD])
        feedback.pushInfo(self.tr("Street fields: name {}, town {}, ranges {}").format(
            street_fields.name, street_fields.town or "-",
            ", ".join(f or "-" for f in (street_fields.l_from, street_fields.l_to,
                                         street_fields.r_from, street_fields.r_to))))
        default_town = self.parameterAsString(parameters, self.DEFAULT_TOWN, context).strip() or None
        feedback.pushInfo(self.tr("Building the street index..."))
        try:
            bundle = build_geocoder(
                streets, street_fields, sources[self.AREAS], fields[self.AREA_NAME_FIELD] or "name",
                sources[self.LANDMARKS],
                PointLayerFields(fields[self.LANDMARK_NAME_FIELD] or "name", fields[self.LANDMARK_ALIAS_FIELD],
                                 fields[self.LANDMARK_KIND_FIELD]),
                sources[self.MILE_MARKERS], (fields[self.MILE_HIGHWAY_FIELD] or "highway",
                                             fields[self.MILE_FIELD] or "mile"),
                self._memory_path(parameters, context),
                self.parameterAsDouble(parameters, self.MIN_SCORE, context),
                context.transformContext(), feedback,
                towns=sources[self.TOWNS], town_name_field=fields[self.TOWN_NAME_FIELD] or "name",
                default_town=default_town, texts=texts_to_parse_ahead(source, address_field))
        except (LayerDataError, AddressMemoryError) as error:
            raise QgsProcessingException(f"{error}") from error
        geocoder = bundle.geocoder
        if not len(geocoder.towns):
            self._adopt_register_town(source, address_field, geocoder, feedback)
        feedback.pushInfo(self.tr("{} streets from {} segments; towns covered: {}").format(
            len(geocoder.streets), len(geocoder.streets.segments),
            geocoder.towns.labels(range(len(geocoder.towns))) or "-"))
        out_fields, kept = output_fields(source.fields())
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Point,
                                         bundle.output_crs, QgsFeatureSink.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts = geocode_source(source, address_field, bundle, sink, out_fields, kept, feedback,
                                town_field=fields[self.ADDRESS_TOWN_FIELD])
        del sink
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled: the geocoded layer is incomplete and must not be used."))
        feedback.pushInfo(self.tr("{} matched, {} tied, {} unmatched of {} rows").format(
            counts.matched, counts.tied, counts.unmatched, counts.total))
        style_output(context, dest_id, "geocoded_premises")
        return {self.OUTPUT: dest_id, self.MATCHED: counts.matched, self.TIED: counts.tied,
                self.UNMATCHED: counts.unmatched}

    def _adopt_register_town(self, source, address_field, geocoder, feedback):
        """The layers name no town: take the one the register names in most rows as theirs."""
        index = source.fields().lookupField(address_field)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        texts = (str(value) for value in (f.attributes()[index] for f in source.getFeatures(request))
                 if value is not None and not (hasattr(value, "isNull") and value.isNull()))
        found = dominant_town(texts, geocoder.parse)
        if found is None:
            feedback.pushWarning(self.tr(
                "The reference layers name no town (no town field, towns layer or town area) and the "
                "register names no town most of the time: addresses naming a town are reported as "
                "'in another town'. Give 'Town of streets without a town' to place them."))
            return
        key, rows, naming = found
        geocoder.adopt_town(key.title())
        feedback.pushInfo(self.tr(
            "The reference layers name no town; the register names {} in {} of the {} rows that name a "
            "town, so the street layer is taken to be {}. Set 'Town of streets without a town' to choose "
            "another.").format(key.title(), rows, naming, key.title()))
