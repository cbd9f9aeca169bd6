"""infosegura:communityprofiles: the "communities at high risk" table, per neighbourhood."""

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core import geometry_backend
from ...core.cancel import CanceledError
from ...core.crs_checks import require_known_crs, require_projected
from ...core.fields import DOUBLE, INT, STRING, make_field
from ...core.layer_arrays import (
    feature_from_wkb,
    features,
    first_field,
    flat_wkb,
    plain,
    read_line_starts,
    read_points,
    read_wkbs,
    request_for,
)
from ...core.risk.community_profiles import OUTLET_CATEGORIES, GridCells, community_profiles
from ...core.risk.risk_classes import risk_class_index
from ...core.sensitive import sensitive_feature_ids
from ...core.styling import style_output
from .base import InfoSeguraAlgorithm, ProgressPart, RiskGroup

GRID_CHUNK = 100_000
RISK_FIELD = "risk_score"
RISK_CLASS_FIELD = "risk_class"
GI_CLASS_FIELD = "gi_class"


class CommunityProfilesAlgorithm(RiskGroup, InfoSeguraAlgorithm):
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    OUTLETS = "OUTLETS"
    OUTLET_CATEGORY_FIELD = "OUTLET_CATEGORY_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    RISK_GRID = "RISK_GRID"
    CONFLICTS = "CONFLICTS"
    OUTPUT = "OUTPUT"
    ICON = "community"

    def name(self):
        return "communityprofiles"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Community risk profiles")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "One row per neighbourhood: licensed outlets in total and by category (on_premise, off_premise, "
            "occasional, unknown), area_km2, outlets_per_km2 and outlets_per_1000 residents (empty without a "
            "population field), proximity conflicts whose outlet lies in the area, the mean (area-weighted) and "
            "highest risk_score of the risk-grid cells whose centre lies in the area, top_risk_share (share of "
            "that area in the 'very high' risk class), hotspot_cells (cells with gi_class 2 or 3, when the grid "
            "went through the hot spot analysis), risk_level (the typical risk class of its cells) and rank "
            "(1 = highest risk: by risk_mean, then outlets per 1,000 residents, then outlets per km², then name).\n\n"
            "The risk grid is the output of the risk terrain model (risk_score, risk_class), or of the hot spot "
            "analysis run on it (adds gi_class). The areas must be in a projected CRS; the other layers are "
            "reprojected to it."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.AREAS, self.tr("Neighbourhoods"), polygon))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, self.tr("Neighbourhood name field"), "name", self.AREAS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OUTLETS, self.tr("Licensed outlets"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_CATEGORY_FIELD, self.tr("Outlet category field"), "category", self.OUTLETS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty: 'population' when present)"), None, self.AREAS,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RISK_GRID, self.tr("Risk grid (risk terrain or hot spot output)"), polygon))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONFLICTS, self.tr("Proximity conflicts (optional)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Community risk profiles"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        areas = self._source(parameters, self.AREAS, context)
        outlets = self._source(parameters, self.OUTLETS, context)
        grid = self._source(parameters, self.RISK_GRID, context)
        conflicts = self.parameterAsSource(parameters, self.CONFLICTS, context)
        crs = areas.sourceCrs()
        require_projected(areas, self.parameterDefinition(self.AREAS).description())
        require_known_crs(outlets, self.parameterDefinition(self.OUTLETS).description())
        require_known_crs(grid, self.parameterDefinition(self.RISK_GRID).description())
        if conflicts is not None:
            require_known_crs(conflicts, self.parameterDefinition(self.CONFLICTS).description())
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        if areas.fields().lookupField(name_field) < 0:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(areas.sourceName(), name_field))
        population_field = self._population_field(parameters, context, areas)
        category_field = first_field(
            outlets, self.parameterAsString(parameters, self.OUTLET_CATEGORY_FIELD, context), ("category",))
        if grid.fields().lookupField(RISK_FIELD) < 0:
            raise QgsProcessingException(self.tr(
                "The risk grid {} has no field risk_score: give the output of the risk terrain model "
                "(infosegura:riskterrain) or of the hot spot analysis run on it.").format(grid.sourceName()))
        with_classes = grid.fields().lookupField(RISK_CLASS_FIELD) >= 0
        with_gi = grid.fields().lookupField(GI_CLASS_FIELD) >= 0
        if not with_gi:
            feedback.pushInfo(self.tr("The risk grid has no gi_class: hotspot_cells stays empty "
                                      "(run the hot spot analysis on the grid first to fill it)."))

        try:
            geometries, names, population, wkbs = self._areas(areas, name_field, population_field, feedback)
            if category_field is None:
                feedback.pushWarning(self.tr("The outlets layer {} has no category field: every outlet counts as "
                                             "unknown.").format(outlets.sourceName()))
            ox, oy, values = read_points(outlets, [category_field], crs, context.transformContext(), feedback,
                                         (10, 25))
            if len(ox) == 0:
                feedback.pushWarning(self.tr("The outlets layer {} has no point: every count is 0.").format(
                    outlets.sourceName()))
            cx = cy = None
            if conflicts is not None:
                # A conflict with a sensitive place (from another tool) is not counted: counts locate too.
                hidden = sensitive_feature_ids(conflicts, "asset_category", feedback=feedback)
                if hidden:
                    feedback.pushInfo(self.tr("{} conflict lines of {} end at a sensitive place and are not "
                                              "counted.").format(len(hidden), conflicts.sourceName()))
                cx, cy = read_line_starts(conflicts, crs, context.transformContext(), feedback, hidden)
            profiles = community_profiles(
                geometries, names, population, ox, oy,
                values[category_field] if category_field else [None] * len(ox),
                self._grid_chunks(grid, crs, context, feedback, with_classes, with_gi), with_classes, with_gi,
                cx, cy, feedback=feedback,
            )
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no profile layer was written.")) from error
        if profiles.cells.sum() == 0:
            feedback.pushWarning(self.tr(
                "No cell of the risk grid {} has its centre in a neighbourhood of {}: the risk columns are empty. "
                "Do the layers cover the same place?").format(grid.sourceName(), areas.sourceName()))
        dest_id = self._write(parameters, context, feedback, crs, areas.wkbType(), wkbs, profiles,
                              population is not None)
        style_output(context, dest_id, "community_profiles")
        top = [profiles.names[i] for i in np.argsort(profiles.rank)[:3]]
        feedback.pushInfo(self.tr("Highest risk: {}").format(", ".join(top)))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------ inputs

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _population_field(self, parameters, context, areas):
        requested = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        found = first_field(areas, requested, ("population",))
        if requested and found is None:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(areas.sourceName(), requested))
        return found

    def _areas(self, areas, name_field, population_field, feedback):
        wanted = [name_field] + ([population_field] if population_field else [])
        _, all_wkbs, values = read_wkbs(areas, wanted, feedback, every=1)
        kept = [i for i, wkb in enumerate(all_wkbs) if wkb is not None]
        if not kept:
            raise QgsProcessingException(self.tr("The neighbourhoods layer {} has no polygon.").format(areas.sourceName()))
        wkbs = [all_wkbs[i] for i in kept]
        names = [values[name_field][i] for i in kept]
        population = [_float_or_none(values[population_field][i]) for i in kept] if population_field else None
        geometries = geometry_backend.make_valid(geometry_backend.from_wkb(wkbs))
        feedback.setProgress(10)
        return geometries, names, population, wkbs

    def _grid_chunks(self, grid, crs, context, feedback, with_classes, with_gi):
        """Yield the grid as :class:`GridCells`, ``GRID_CHUNK`` cells at a time."""
        fields = [RISK_FIELD] + ([RISK_CLASS_FIELD] if with_classes else []) + ([GI_CLASS_FIELD] if with_gi else [])
        request = request_for(grid, fields, crs, context.transformContext())
        total = max(grid.featureCount(), 1)
        part = ProgressPart(feedback, 25, 90)
        rows = {"wkb": [], "risk": [], "class": [], "gi": []}
        count = 0

        def flush():
            geometries = geometry_backend.from_wkb(rows["wkb"])
            x, y = geometry_backend.centroids_xy(geometries)
            cells = GridCells(
                x, y, geometry_backend.areas(geometries),
                np.array(rows["risk"], dtype=np.float64),
                np.array(rows["class"], dtype=np.int64) if with_classes else None,
                np.array(rows["gi"], dtype=np.int64) if with_gi else None,
            )
            for values in rows.values():
                values.clear()
            return cells

        for feature in features(grid, request, feedback):
            count += 1
            wkb = flat_wkb(feature.geometry())
            if wkb is None:
                continue
            rows["wkb"].append(wkb)
            rows["risk"].append(_number(feature[RISK_FIELD], np.nan))
            if with_classes:
                rows["class"].append(risk_class_index(plain(feature[RISK_CLASS_FIELD])))
            if with_gi:
                rows["gi"].append(int(_number(feature[GI_CLASS_FIELD], 0)))
            if len(rows["wkb"]) >= GRID_CHUNK:
                part.setProgress(100.0 * count / total)
                yield flush()
        if count == 0:
            raise QgsProcessingException(self.tr("The risk grid {} has no cell.").format(grid.sourceName()))
        if rows["wkb"]:
            yield flush()

    # ------------------------------------------------------------------ output

    def _write(self, parameters, context, feedback, crs, wkb_type, wkbs, profiles, with_population):
        fields = QgsFields()
        fields.append(make_field("name", STRING))
        fields.append(make_field("population", DOUBLE))
        fields.append(make_field("outlets", INT))
        for category in OUTLET_CATEGORIES:
            fields.append(make_field(f"outlets_{category}", INT))
        for name in ("area_km2", "outlets_per_km2", "outlets_per_1000"):
            fields.append(make_field(name, DOUBLE))
        fields.append(make_field("conflicts", INT))
        for name in ("risk_mean", "risk_max", "top_risk_share"):
            fields.append(make_field(name, DOUBLE))
        fields.append(make_field("hotspot_cells", INT))
        fields.append(make_field("rank", INT))
        fields.append(make_field("risk_level", STRING))
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(wkb_type), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        p = profiles
        for i, wkb in enumerate(wkbs):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the profile layer is incomplete and must not be used."))
            feature = feature_from_wkb(fields, wkb, [
                p.names[i], _value(p.population[i]) if with_population else None, int(p.outlets[i]),
                *[int(p.by_category[c][i]) for c in OUTLET_CATEGORIES],
                round(float(p.area_km2[i]), 4), _value(p.outlets_per_km2[i], 3), _value(p.outlets_per_1000[i], 3),
                None if p.conflicts is None else int(p.conflicts[i]),
                _value(p.risk_mean[i], 4), _value(p.risk_max[i], 4), _value(p.top_risk_share[i], 4),
                None if p.hotspot_cells is None else int(p.hotspot_cells[i]),
                int(p.rank[i]), p.risk_level[i],
            ], multi=True)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write the profiles: {}").format(sink.lastError()))
        del sink
        return dest_id


def _float_or_none(value):
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _number(value, default):
    value = plain(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number == number else default


def _value(number, digits=None):
    if number is None or not np.isfinite(number):
        return None
    return round(float(number), digits) if digits is not None else float(number)
