"""infosegura:riskterrain: Risk Terrain Modeling on a hexagon or square grid."""

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)

from ...core.cancel import CanceledError
from ...core.crs_checks import require_known_crs, require_projected
from ...core.layer_arrays import read_points
from ...core.risk.grid import DEFAULT_MAX_CELLS, HEXAGON, SQUARE, GridTooLargeError, describe_estimate
from ...core.risk.grid_vector_writer import polygon_wkbs  # noqa: F401 (emerging_hotspots imports it here)
from ...core.risk.kernels import KernelTooLargeError
from ...core.risk.report import write_report
from ...core.risk.risk_model import ModelError, load_model, point_set
from ...core.risk.terrain import check_size, compute_risk_terrain
from ...core.sensitive import read_places
from ...paths import resource
from ..risk_grid_outputs import GridOutputs
from .base import InfoSeguraAlgorithm, ProgressPart, RiskGroup

DEFAULT_MODEL = "belmopan_expert.json"


def default_model_path() -> Path:
    return resource("models", DEFAULT_MODEL)


class RiskTerrainAlgorithm(RiskGroup, InfoSeguraAlgorithm):
    OUTLETS = "OUTLETS"
    OUTLET_CATEGORY_FIELD = "OUTLET_CATEGORY_FIELD"
    ASSETS = "ASSETS"
    ASSET_CATEGORY_FIELD = "ASSET_CATEGORY_FIELD"
    STUDY_AREA = "STUDY_AREA"
    CELL_SIZE = "CELL_SIZE"
    GRID_TYPE = "GRID_TYPE"
    KDE_RADIUS = "KDE_RADIUS"
    MODEL = "MODEL"
    INCIDENTS = "INCIDENTS"
    VALIDATION_INCIDENTS = "VALIDATION_INCIDENTS"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    NONZERO_ONLY = "NONZERO_ONLY"
    REPORT = "REPORT"
    HOTSPOTS = "HOTSPOTS"
    MAX_CELLS = "MAX_CELLS"
    ICON = "risk"

    def name(self):
        return "riskterrain"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Risk terrain model (grid)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Risk Terrain Modeling (Caplan and Kennedy) on a grid of whole hexagon or square cells: "
            "every cell that intersects the study area, measured at its centre. Each cell gets the "
            "number of licensed outlets in it (outlet_count), the quartic kernel density of outlets "
            "within the kernel radius (outlet_kde, QGIS Heatmap's raw quartic), the distance to the "
            "nearest outlet (dist_outlet), one 0/1 field per model factor, the relative risk score "
            "(risk_score: product of the relative risks of the factors present, lowest cell = 1) and "
            "a risk class (very low to very high, equal steps of ln(risk_score)). Outlets just "
            "outside the study area count too.\n\n"
            "Without a model file the bundled expert-weighted Belmopan model is used. Give incidents "
            "and the weights are fitted instead (Poisson and negative binomial regression, stepwise "
            "by BIC). Give later incidents for validation and the report shows the hit rate and the "
            "Predictive Accuracy Index for the top 5, 10 and 20% of the area.\n\n"
            "The study area must be in a projected CRS (metres); the point layers are reprojected "
            "to it. An empty outlets layer is an error; a study area without outlets gives a valid "
            "grid (outlets nearby still count) with a warning."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        point = [QgsProcessing.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource(self.OUTLETS, self.tr("Licensed outlets"), point))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_CATEGORY_FIELD, self.tr("Outlet category field"), "category", self.OUTLETS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ASSETS, self.tr("Community assets"), point, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ASSET_CATEGORY_FIELD, self.tr("Asset category field"), "category", self.ASSETS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Double, 50.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID_TYPE, self.tr("Grid type"), [self.tr("Hexagon"), self.tr("Square")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.KDE_RADIUS, self.tr("Kernel radius for outlet density (m)"), QgsProcessingParameterNumber.Double,
            400.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Risk model (JSON; empty: expert-weighted Belmopan model)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents to fit the model (optional)"), point, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VALIDATION_INCIDENTS, self.tr("Later incidents for validation (optional)"), point, optional=True))
        hotspots = QgsProcessingParameterEnum(
            self.HOTSPOTS, self.tr("Add Gi* hot spots of (gi_z, gi_p, gi_class)"),
            [self.tr("No hot spots"), "outlet_kde", "risk_score"], defaultValue=0)
        hotspots.setFlags(hotspots.flags() | hotspots.FlagAdvanced)
        hotspots.setHelp(self.tr("Getis-Ord Gi* on the grid itself (cells sharing an edge or a vertex, analytic "
                                 "p-values, Benjamini-Hochberg FDR), in the same pass: use it for large grids. "
                                 "The Hot spots tool offers permutations and distance bands."))
        self.addParameter(hotspots)
        max_cells = QgsProcessingParameterNumber(
            self.MAX_CELLS, self.tr("Maximum number of cells"), QgsProcessingParameterNumber.Integer,
            DEFAULT_MAX_CELLS, optional=True, minValue=1)
        max_cells.setFlags(max_cells.flags() | max_cells.FlagAdvanced)
        max_cells.setHelp(self.tr("The grid's size is estimated first (cells, time, disk) and a larger grid is "
                                  "refused before any work. National Belize at 100 m has about 2.3 million cells."))
        self.addParameter(max_cells)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Risk terrain grid"), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=True))
        nonzero = QgsProcessingParameterBoolean(
            self.NONZERO_ONLY, self.tr("Risk terrain grid: only cells with a non-zero score"), defaultValue=False)
        nonzero.setHelp(self.tr("Write only the cells that hold an outlet, have outlet density above zero or have a "
                                "model factor present; the raster keeps every cell."))
        self.addParameter(nonzero)
        raster = QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Risk terrain raster (GeoTIFF, square grids)"), optional=True,
            createByDefault=False)
        raster.setHelp(self.tr("One band per measure (outlet_count, outlet_kde, dist_outlet, risk_score, risk_class "
                               "1-5, and gi_z, gi_class with hot spots), tiled, compressed, with overviews, styled "
                               "like the grid. Square grids only."))
        self.addParameter(raster)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True, createByDefault=True))

    # ------------------------------------------------------------------ inputs

    def _study_area(self, parameters, context):
        source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if source is None:
            raise QgsProcessingException(self.tr("The study area layer could not be read."))
        crs = source.sourceCrs()
        require_projected(source, self.parameterDefinition(self.STUDY_AREA).description())
        geometries = [f.geometry() for f in source.getFeatures(QgsFeatureRequest().setNoAttributes())
                      if f.hasGeometry() and not f.geometry().isEmpty()]
        if not geometries:
            raise QgsProcessingException(self.tr("The study area {} has no polygon.").format(source.sourceName()))
        area = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        if QgsWkbTypes.isCurvedType(area.wkbType()):
            area = QgsGeometry(area.constGet().segmentize())
        area.convertToMultiType()
        rings = [np.array([(p.x(), p.y()) for p in ring]) for polygon in area.asMultiPolygon() for ring in polygon]
        if not rings or area.area() <= 0:
            raise QgsProcessingException(self.tr("The study area {} has no area.").format(source.sourceName()))
        box = area.boundingBox()
        bbox = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        return source.sourceName(), crs, rings, bytes(area.asWkb()), bbox

    def _points(self, parameters, name, context, crs: QgsCoordinateReferenceSystem, feedback, field_names=()):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        require_known_crs(source, self.parameterDefinition(name).description())
        present = [f for f in field_names if f and source.fields().lookupField(f) >= 0]
        if name != self.ASSETS:
            x, y, values = read_points(source, present, crs, context.transformContext(), feedback)
            return source.sourceName(), point_set(x, y, values)
        # Sensitive places never enter a factor, named or wildcard: a grid column would locate them.
        x, y, values, hidden = read_places(source, present, crs, context.transformContext(), feedback,
                                           category_field=field_names[0] if field_names else None)
        if hidden.any():
            feedback.pushInfo(self.tr("{} sensitive places (shelters, victim services, ...) of {} are left out of "
                                      "every factor.").format(int(hidden.sum()), source.sourceName()))
        return source.sourceName(), point_set(x, y, values, hidden)

    def _model(self, parameters, context):
        path = self.parameterAsFile(parameters, self.MODEL, context) or str(default_model_path())
        try:
            return load_model(path)
        except ModelError as error:
            raise QgsProcessingException(f"{error}") from error

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        area_name, crs, rings, area_wkb, bbox = self._study_area(parameters, context)
        model = self._model(parameters, context)
        outlet_field = self.parameterAsString(parameters, self.OUTLET_CATEGORY_FIELD, context) or "category"
        asset_field = self.parameterAsString(parameters, self.ASSET_CATEGORY_FIELD, context) or "category"
        extra_fields = {f.field for f in model.factors if f.field}
        try:
            outlets_name, outlets = self._points(parameters, self.OUTLETS, context, crs, feedback,
                                                 [outlet_field, *extra_fields])
            assets = self._points(parameters, self.ASSETS, context, crs, feedback, [asset_field, *extra_fields])
            incidents = self._points(parameters, self.INCIDENTS, context, crs, feedback)
            validation = self._points(parameters, self.VALIDATION_INCIDENTS, context, crs, feedback)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no grid was written.")) from error
        if len(outlets) == 0:
            raise QgsProcessingException(self.tr(
                "The outlets layer {} has no point: there is nothing to model. Check the layer and any filter on it."
            ).format(outlets_name))
        if incidents is not None and len(incidents[1]) == 0:
            raise QgsProcessingException(self.tr("The incidents layer {} has no point to fit the model to.").format(incidents[0]))
        if validation is not None and len(validation[1]) == 0:
            raise QgsProcessingException(self.tr("The validation incidents layer {} has no point.").format(validation[0]))
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        grid_type = (HEXAGON, SQUARE)[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        kde_radius = self.parameterAsDouble(parameters, self.KDE_RADIUS, context)
        self._check_size(rings, area_wkb, bbox, cell_size, grid_type, kde_radius, model, len(outlets),
                         len(assets[1]) if assets else 0, incidents is not None, area_name,
                         self.parameterAsInt(parameters, self.MAX_CELLS, context) or DEFAULT_MAX_CELLS, feedback)
        outputs = GridOutputs(self, parameters, context, self.OUTPUT, self.OUTPUT_RASTER, self.NONZERO_ONLY)
        outputs.check(grid_type)

        feedback.pushInfo(self.tr("Risk model: {} ({} factors)").format(model.label, len(model.factors)))
        multi = ProgressPart(feedback, 0, 70)
        try:
            result = compute_risk_terrain(
                rings, area_wkb, bbox, cell_size, grid_type, kde_radius, outlets, model, outlet_field,
                assets[1] if assets else None, asset_field,
                incidents[1] if incidents else None, validation[1] if validation else None, feedback=multi,
                hotspot_field=(None, "outlet_kde", "risk_score")[self.parameterAsEnum(parameters, self.HOTSPOTS, context)],
            )
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no grid was written.")) from error
        for warning in result.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("{} cells intersect the study area {}").format(result.cell_count, area_name))
        feedback.pushInfo(self.tr("Computed in {} s ({})").format(
            f"{sum(result.timings.values()):.1f}", ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items())))

        outputs = outputs.write(result, crs, feedback, 70, 98)
        report_path = self.output_file(parameters, self.REPORT, context)
        if report_path:
            settings = {
                self.tr("Study area"): area_name,
                self.tr("Outlets"): "{} ({} {})".format(outlets_name, len(outlets), self.tr("points")),
                self.tr("Assets"): assets[0] if assets else self.tr("none"),
                self.tr("Grid"): "{} {:g} m".format(self.tr("hexagon") if grid_type == HEXAGON else self.tr("square"), cell_size),
                self.tr("Kernel radius"): f"{kde_radius:g} m",
                self.tr("Model file"): Path(model.source).name if model.source else "",
            }
            outputs[self.REPORT] = write_report(report_path, result, settings)
        feedback.setProgress(100)
        return outputs

    def _check_size(self, rings, area_wkb, bbox, cell_size, grid_type, kde_radius, model, n_outlets, n_assets,
                    fitting, area_name, max_cells, feedback):
        try:
            estimate = check_size(rings, area_wkb, bbox, cell_size, grid_type, kde_radius, model, n_outlets,
                                  n_assets, max_cells, area_name, fitting)
        except (GridTooLargeError, KernelTooLargeError) as error:
            raise QgsProcessingException(f"{error}") from error
        feedback.pushInfo(describe_estimate(estimate))
