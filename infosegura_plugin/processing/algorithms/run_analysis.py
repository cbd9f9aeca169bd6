"""infosegura:runanalysis: one run from a licence register file to every result in one
folder, through the same Processing algorithms a user runs one by one."""

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.geocoding import DEFAULT_MIN_SCORE
from ...core.risk.conflicts import DEFAULT_CATEGORIES
from ..pipeline import HOTSPOT_FIELDS, Pipeline, geocoder_parameter_names
from .base import InfoSeguraAlgorithm

REGISTER_FILTER = "*.csv *.txt *.tsv *.xlsx *.ods"


class WorkflowGroup:
    def group(self):
        return QCoreApplication.translate("AlgorithmGroups", "Complete analysis")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "workflow"


class RunAnalysisAlgorithm(WorkflowGroup, InfoSeguraAlgorithm):
    REGISTER = "REGISTER"
    SHEET = "SHEET"
    REFERENCE_DATE = "REFERENCE_DATE"
    STREETS = "STREETS"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    STREET_ALIAS_FIELD = "STREET_ALIAS_FIELD"
    LEFT_FROM_FIELD = "LEFT_FROM_FIELD"
    LEFT_TO_FIELD = "LEFT_TO_FIELD"
    RIGHT_FROM_FIELD = "RIGHT_FROM_FIELD"
    RIGHT_TO_FIELD = "RIGHT_TO_FIELD"
    STREET_TOWN_FIELD = "STREET_TOWN_FIELD"
    TOWNS = "TOWNS"
    TOWN_NAME_FIELD = "TOWN_NAME_FIELD"
    DEFAULT_TOWN = "DEFAULT_TOWN"
    MIN_SCORE = "MIN_SCORE"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    LANDMARKS = "LANDMARKS"
    LANDMARK_NAME_FIELD = "LANDMARK_NAME_FIELD"
    MILE_MARKERS = "MILE_MARKERS"
    USE_MEMORY = "USE_MEMORY"
    ASSETS = "ASSETS"
    ASSET_CATEGORY_FIELD = "ASSET_CATEGORY_FIELD"
    STUDY_AREA = "STUDY_AREA"
    INCIDENTS = "INCIDENTS"
    MODEL = "MODEL"
    CELL_SIZE = "CELL_SIZE"
    GRID_TYPE = "GRID_TYPE"
    KDE_RADIUS = "KDE_RADIUS"
    CONFLICT_DISTANCE = "CONFLICT_DISTANCE"
    CONFLICT_CATEGORIES = "CONFLICT_CATEGORIES"
    HOTSPOT_FIELD = "HOTSPOT_FIELD"
    FDR = "FDR"
    TITLE = "TITLE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    RESULTS = "RESULTS"
    ROWS = "ROWS"
    MATCHED = "MATCHED"
    TIED = "TIED"
    UNMATCHED = "UNMATCHED"
    CONFLICTS = "CONFLICTS"
    TOP_COMMUNITIES = "TOP_COMMUNITIES"
    BUNDLE = "BUNDLE"
    ATLAS = "ATLAS"
    PUBLIC_EXPORT = "PUBLIC_EXPORT"
    ICON = "run_analysis"

    def name(self):
        return "runanalysis"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Run the whole analysis (register to results)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "One run from a licence register file to every result, written into one folder: import the "
            "register, geocode its addresses, find outlets near community assets, build the risk terrain grid, "
            "find its hot spots and profile the communities; then, when those tools are installed, pack the "
            "analysis bundle, print the community atlas and write the public-safe export.\n\n"
            "Each step is the InfoSegura tool of the same name, run with the parameters given here; only the "
            "premises the geocoder matched without doubt are analysed (tied and unmatched rows stay in "
            "licensed_premises for review).\n\n"
            "The folder receives infosegura_results.gpkg (licence_register, licensed_premises, "
            "proximity_conflicts, risk_terrain, hot_spots, community_profiles, each styled), "
            "risk_terrain_report.html, risk_terrain.tif with a square grid, and infosegura_bundle.gpkg, "
            "infosegura_atlas.pdf and infosegura_public.gpkg when those tools are available. A failed or "
            "canceled run leaves the results of an earlier run in the folder as they were. The log ends "
            "with a summary: rows, matched, tied and unmatched, conflicts and the five communities at "
            "highest risk."
        )

    # ---------------------------------------------------------------- parameters

    def _advanced(self, parameter, help_text=None):
        parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        if help_text:
            parameter.setHelp(help_text)
        self.addParameter(parameter)

    def _field(self, name, label, parent, default=None, optional=True, numeric=False, advanced=False):
        # Optional even with a default: Processing accepts a missing field parameter only when
        # it is optional, and then uses the default (qgis_process, models, scripts).
        parameter = QgsProcessingParameterField(
            name, label, defaultValue=default, parentLayerParameterName=parent,
            type=QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any,
            optional=optional)
        if advanced:
            self._advanced(parameter)
        else:
            self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        point, polygon = [QgsProcessing.TypeVectorPoint], [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFile(
            self.REGISTER, self.tr("Licence register file (CSV, Excel, ODS)"),
            fileFilter=self.tr("Licence registers ({});;All files (*.*)").format(REGISTER_FILTER)))
        self._advanced(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet (name or number, workbooks only)"), optional=True))
        self._advanced(QgsProcessingParameterString(
            self.REFERENCE_DATE, self.tr("Reference date for expiry (YYYY-MM-DD, empty = today)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STREETS, self.tr("Streets"), [QgsProcessing.TypeVectorLine]))
        self._field(self.STREET_NAME_FIELD, self.tr("Street name field"), self.STREETS, "name")
        self._field(self.STREET_ALIAS_FIELD, self.tr("Other street names field (separated by ;)"), self.STREETS,
                    "alt_names", advanced=True)
        for name, label, default in (
                (self.LEFT_FROM_FIELD, self.tr("Left side: first house number"), "l_from"),
                (self.LEFT_TO_FIELD, self.tr("Left side: last house number"), "l_to"),
                (self.RIGHT_FROM_FIELD, self.tr("Right side: first house number"), "r_from"),
                (self.RIGHT_TO_FIELD, self.tr("Right side: last house number"), "r_to")):
            self._field(name, label, self.STREETS, default, numeric=True, advanced=True)
        self._town_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Neighbourhoods"), polygon))
        self._field(self.AREA_NAME_FIELD, self.tr("Neighbourhood name field"), self.AREAS, "name")
        self._field(self.POPULATION_FIELD, self.tr("Population field (empty: 'population' when present)"),
                    self.AREAS, numeric=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDMARKS, self.tr("Landmarks"), point, optional=True))
        self._field(self.LANDMARK_NAME_FIELD, self.tr("Landmark name field"), self.LANDMARKS, "name")
        self._advanced(QgsProcessingParameterFeatureSource(
            self.MILE_MARKERS, self.tr("Highway mile markers"), point, optional=True))
        self._advanced(QgsProcessingParameterNumber(
            self.MIN_SCORE, self.tr("Minimum score to accept a match (0-100)"), QgsProcessingParameterNumber.Double,
            DEFAULT_MIN_SCORE, minValue=0.0, maxValue=100.0))
        self._advanced(QgsProcessingParameterBoolean(
            self.USE_MEMORY, self.tr("Use the address memory (placements confirmed before)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ASSETS, self.tr("Community assets"), point))
        self._field(self.ASSET_CATEGORY_FIELD, self.tr("Asset category field"), self.ASSETS, "category")
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), polygon))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents to fit the risk model (optional)"), point, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Risk model (JSON; empty: expert-weighted Belmopan model)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Double, 50.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID_TYPE, self.tr("Grid type"), [self.tr("Hexagon"), self.tr("Square")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.KDE_RADIUS, self.tr("Kernel radius for outlet density (m)"), QgsProcessingParameterNumber.Double,
            400.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONFLICT_DISTANCE, self.tr("Conflict distance (m): outlets closer to an asset are conflicts"),
            QgsProcessingParameterNumber.Double, 150.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterString(
            self.CONFLICT_CATEGORIES, self.tr("Asset categories for conflicts (comma-separated)"),
            DEFAULT_CATEGORIES))
        self.addParameter(QgsProcessingParameterEnum(
            self.HOTSPOT_FIELD, self.tr("Hot spots of"), list(HOTSPOT_FIELDS), defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FDR, self.tr("False discovery rate correction for hot spots (Benjamini-Hochberg)"), True))
        self._advanced(QgsProcessingParameterString(
            self.TITLE, self.tr("Title of the bundle and the atlas"), self.tr("InfoSegura analysis"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Results folder")))
        self.addOutput(QgsProcessingOutputString(self.RESULTS, self.tr("Results GeoPackage")))
        for name, label in ((self.ROWS, self.tr("Register rows")), (self.MATCHED, self.tr("Matched rows")),
                            (self.TIED, self.tr("Tied rows")), (self.UNMATCHED, self.tr("Unmatched rows")),
                            (self.CONFLICTS, self.tr("Proximity conflicts"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for name, label in ((self.TOP_COMMUNITIES, self.tr("The five communities at highest risk")),
                            (self.BUNDLE, self.tr("Analysis bundle")), (self.ATLAS, self.tr("Community atlas")),
                            (self.PUBLIC_EXPORT, self.tr("Public export"))):
            self.addOutput(QgsProcessingOutputString(name, label))

    def _town_parameters(self):
        """The geocoder's town parameters, offered when the installed geocoder has them."""
        available = geocoder_parameter_names()
        if self.STREET_TOWN_FIELD in available:
            self._field(self.STREET_TOWN_FIELD, self.tr("Street town field (national street layers)"),
                        self.STREETS, advanced=True)
        if self.TOWNS in available:
            self._advanced(QgsProcessingParameterFeatureSource(
                self.TOWNS, self.tr("Towns and villages"), [QgsProcessing.TypeVectorPolygon], optional=True))
        if self.TOWN_NAME_FIELD in available and self.TOWNS in available:
            self._field(self.TOWN_NAME_FIELD, self.tr("Town name field"), self.TOWNS, "name", advanced=True)
        if self.DEFAULT_TOWN in available:
            self._advanced(QgsProcessingParameterString(
                self.DEFAULT_TOWN, self.tr("Town of the streets that name none"), optional=True))

    def flags(self):
        flags = super().flags()
        registry = QgsApplication.processingRegistry()
        for algorithm_id in ("infosegura:printatlas", "infosegura:exportbundle", "infosegura:publicexport"):
            child = registry.algorithmById(algorithm_id)
            if child is not None and child.flags() & self.FlagNoThreading:
                flags |= self.FlagNoThreading
        return flags

    # ---------------------------------------------------------------- run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        pipeline = Pipeline(self, parameters, context, feedback)
        summary = pipeline.run()
        return {
            self.OUTPUT_FOLDER: str(pipeline.folder), self.RESULTS: str(pipeline.results_path),
            self.ROWS: summary.rows, self.MATCHED: summary.matched, self.TIED: summary.tied,
            self.UNMATCHED: summary.unmatched, self.CONFLICTS: summary.conflicts,
            self.TOP_COMMUNITIES: "; ".join(summary.top_communities),
            self.BUNDLE: summary.bundle or "", self.ATLAS: summary.atlas or "",
            self.PUBLIC_EXPORT: summary.public_export or "",
        }

