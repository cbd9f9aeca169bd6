"""infosegura:checkapplication: one page for the licensing board about a new licence
application: what stands around the proposed premises, and what one more outlet changes."""

import math
import os
import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)

from ...core.application_check import layers as read
from ...core.application_check.facts import application_facts
from ...core.application_check.language import ENGLISH, LANGUAGES, available, report_tr
from ...core.application_check.report import Application, Background, write_reports
from ...core.application_check.risk_with_outlet import risk_with_outlet
from ...core.cancel import CanceledError
from ...core.field_names import guess_field
from ...core.risk.risk_model import ModelError, load_model
from ...paths import resource
from .base import InfoSeguraAlgorithm, RegisterGroup

CATEGORIES = ("on_premise", "off_premise", "occasional")
DEFAULT_DISTANCES = "100,300,500"
MAX_DISTANCE = 5000.0


class CheckApplicationAlgorithm(RegisterGroup, InfoSeguraAlgorithm):
    LOCATION = "LOCATION"
    ADDRESS = "ADDRESS"
    STREETS = "STREETS"
    LANDMARKS = "LANDMARKS"
    PREMISES_NAME = "PREMISES_NAME"
    REFERENCE = "REFERENCE"
    CATEGORY = "CATEGORY"
    LICENCE_CLASS = "LICENCE_CLASS"
    ASSETS = "ASSETS"
    ASSET_CATEGORY_FIELD = "ASSET_CATEGORY_FIELD"
    YOUTH_CATEGORIES = "YOUTH_CATEGORIES"
    OUTLETS = "OUTLETS"
    OUTLET_CATEGORY_FIELD = "OUTLET_CATEGORY_FIELD"
    RISK_GRID = "RISK_GRID"
    MODEL = "MODEL"
    PROFILES = "PROFILES"
    PROFILE_NAME_FIELD = "PROFILE_NAME_FIELD"
    DISTANCES = "DISTANCES"
    LANGUAGE = "LANGUAGE"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"
    ICON = "application_check"

    def name(self):
        return "checkapplication"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Check a licence application")

    def flags(self):
        # Print layouts are drawn in the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "One page (PDF, English or Spanish) and an HTML summary for the licensing board about a proposed "
            "licensed premises: a map of its surroundings; the schools and youth places (the categories you "
            "list) within each distance, and the nearest one; the licensed outlets already within each distance "
            "and the outlet density there now and with this one; the rank and typical risk of the community "
            "holding the site and how they would change with one more outlet; the risk class of its cell of the "
            "risk grid now and with the outlet (recomputed with the risk model, as the risk terrain tool does); "
            "and the same facts as plain sentences. It states facts, never a verdict.\n\n"
            "The site: click it on the map (Location), or type its address (geocoded offline with the street "
            "layer, and landmarks when given; an address that cannot be placed without doubt is refused, so the "
            "site is never guessed).\n\n"
            "Places protected for safety (shelters, safe houses and any place the sensitive settings name) are "
            "never drawn, named or counted. Distances are straight lines; 'within' includes the distance itself. "
            "Give the risk grid of the risk terrain model (with its factor columns) and the community profiles "
            "for the risk and rank parts; give the same outlets they were built from."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        point = [QgsProcessing.TypeVectorPoint]
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterPoint(
            self.LOCATION, self.tr("Proposed premises: its place (click on the map)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ADDRESS, self.tr("...or its address"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STREETS, self.tr("Streets (to place the address)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDMARKS, self.tr("Landmarks (to place the address, optional)"), point, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PREMISES_NAME, self.tr("Name of the proposed premises"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.REFERENCE, self.tr("Application reference"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CATEGORY, self.tr("Category"),
            [self.tr("On-premise (bar, restaurant, night club)"), self.tr("Off-premise (shop, liquor store)"),
             self.tr("Occasional")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.LICENCE_CLASS, self.tr("Class of licence"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ASSETS, self.tr("Community assets"), point))
        self.addParameter(QgsProcessingParameterField(
            self.ASSET_CATEGORY_FIELD, self.tr("Asset category field"), "category", self.ASSETS))
        self.addParameter(QgsProcessingParameterString(
            self.YOUTH_CATEGORIES, self.tr("Schools and youth places (categories, comma-separated)"),
            ",".join(read.DEFAULT_YOUTH)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OUTLETS, self.tr("Licensed outlets"), point))
        self.addParameter(QgsProcessingParameterField(
            self.OUTLET_CATEGORY_FIELD, self.tr("Outlet category field"), "category", self.OUTLETS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RISK_GRID, self.tr("Risk grid (risk terrain output, optional)"), polygon, optional=True))
        model = QgsProcessingParameterFile(
            self.MODEL, self.tr("Risk model of the grid (JSON; empty: the bundled expert-weighted model)"),
            extension="json", optional=True)
        model.setFlags(model.flags() | model.FlagAdvanced)
        self.addParameter(model)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROFILES, self.tr("Community profiles or neighbourhoods (optional)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PROFILE_NAME_FIELD, self.tr("Community name field"), "name", self.PROFILES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DISTANCES, self.tr("Distances (m, comma-separated)"), DEFAULT_DISTANCES))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the page"), ["English", "Español"], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Page for the board (PDF)"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Summary (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("The facts as sentences")))
        self.addOutput(QgsProcessingOutputNumber("X", self.tr("Site X")))
        self.addOutput(QgsProcessingOutputNumber("Y", self.tr("Site Y")))
        self.addOutput(QgsProcessingOutputString("COMMUNITY", self.tr("Community of the site")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        assets = self._source(parameters, self.ASSETS, context)
        outlet_source = self._source(parameters, self.OUTLETS, context)
        grid_source = self.parameterAsSource(parameters, self.RISK_GRID, context)
        profiles = self.parameterAsSource(parameters, self.PROFILES, context)
        crs = self._working_crs([grid_source, profiles, outlet_source, assets])
        distances = self._distances(parameters, context)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        if not available(language):
            feedback.pushWarning(self.tr("The Spanish catalogue was not found: the page is written in English."))
            language = ENGLISH
        category = CATEGORIES[self.parameterAsEnum(parameters, self.CATEGORY, context)]
        transform_context = context.transformContext()
        x, y, address, placed_how = self._site(parameters, context, crs, profiles, language, feedback)
        feedback.pushInfo(self.tr("Site: {} E, {} N ({})").format(f"{x:.1f}", f"{y:.1f}", crs.authid()))

        try:
            asset_field = self.parameterAsString(parameters, self.ASSET_CATEGORY_FIELD, context) or "category"
            if assets.fields().lookupField(asset_field) < 0:
                raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(assets.sourceName(),
                                                                                           asset_field))
            youth_categories = [c.strip() for c in self.parameterAsString(
                parameters, self.YOUTH_CATEGORIES, context).split(",") if c.strip()]
            youth, hidden = read.youth_places(assets, asset_field, youth_categories, crs, transform_context, feedback)
            if hidden:
                feedback.pushInfo(self.tr("{} places protected for safety are left out of the check.").format(hidden))
            outlet_field = self.parameterAsString(parameters, self.OUTLET_CATEGORY_FIELD, context) or None
            outlets, outlet_points, outlet_key = read.outlets(outlet_source, outlet_field, crs, transform_context,
                                                              feedback)
            feedback.setProgress(30)
            grid = risk = None
            if grid_source is not None:
                model = self._model(parameters, context)
                grid = read.grid_state(grid_source, model, crs, transform_context, feedback)
                if len(grid.x) == 0:
                    raise QgsProcessingException(self.tr("The risk grid {} has no cell.").format(grid_source.sourceName()))
                risk = self._risk(grid, model, outlet_points, outlet_key, x, y, category, grid_source, feedback)
            feedback.setProgress(50)
            communities = None
            if profiles is not None:
                name_field = self.parameterAsString(parameters, self.PROFILE_NAME_FIELD, context) or "name"
                if profiles.fields().lookupField(name_field) < 0:
                    raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(
                        profiles.sourceName(), name_field))
                communities = read.communities(profiles, name_field, crs, transform_context, feedback)
            facts = application_facts(x, y, distances, youth, outlets, category, communities, grid, risk)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: nothing was written.")) from error
        self._log_checks(facts, profiles, feedback)
        feedback.setProgress(60)

        application = Application(
            premises=self.parameterAsString(parameters, self.PREMISES_NAME, context).strip(),
            category=category, licence_class=self.parameterAsString(parameters, self.LICENCE_CLASS, context).strip(),
            address=address, placed_how=placed_how,
            reference=self.parameterAsString(parameters, self.REFERENCE, context).strip())
        background = Background(grid_source, self.parameterAsSource(parameters, self.STREETS, context), profiles,
                                self.parameterAsString(parameters, self.PROFILE_NAME_FIELD, context) or "name")
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        for path in (pdf_path, html_path):
            if path and not _writable_folder(path):
                raise QgsProcessingException(self.tr("Cannot write into the folder of {}: choose another place.").format(path))
        pdf, html, said = write_reports(facts, application, youth, outlets, crs, language, pdf_path, html_path,
                                        background)
        feedback.setProgress(100)
        outputs = {"SUMMARY": "\n".join(said), "X": x, "Y": y,
                   "COMMUNITY": facts.community.name if facts.community else None}
        if pdf:
            outputs[self.OUTPUT_PDF] = pdf
        if html:
            outputs[self.OUTPUT_HTML] = html
        for sentence in said:
            feedback.pushInfo(sentence)
        return outputs

    # ------------------------------------------------------------------ inputs

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _working_crs(self, sources):
        for source in sources:
            if source is not None and source.sourceCrs().isValid() and not source.sourceCrs().isGeographic():
                return source.sourceCrs()
        raise QgsProcessingException(self.tr(
            "No layer of the check is in a projected CRS: distances need metres. Reproject the outlets to a "
            "projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first."))

    def _distances(self, parameters, context):
        text = self.parameterAsString(parameters, self.DISTANCES, context) or DEFAULT_DISTANCES
        try:
            values = sorted({float(part) for part in re.split(r"[,;\s]+", text.strip()) if part})
        except ValueError as error:
            raise QgsProcessingException(self.tr(
                "Distances must be numbers of metres separated by commas, such as 100,300,500 (got {}).").format(text)
            ) from error
        if not values or values[0] <= 0 or values[-1] > MAX_DISTANCE:
            raise QgsProcessingException(self.tr(
                "Distances must be between 1 and {} m, such as 100,300,500 (got {}).").format(int(MAX_DISTANCE), text))
        if len(values) > 5:
            raise QgsProcessingException(self.tr("Give at most five distances (got {}).").format(len(values)))
        return values

    def _site(self, parameters, context, crs, profiles, language, feedback):
        """``(x, y, address, how)`` of the proposed premises in ``crs``."""
        tr = report_tr(language)
        address = self.parameterAsString(parameters, self.ADDRESS, context).strip()
        if parameters.get(self.LOCATION):
            point = self.parameterAsPoint(parameters, self.LOCATION, context, crs)
            if not (math.isfinite(point.x()) and math.isfinite(point.y())):
                raise QgsProcessingException(self.tr("The location could not be read: click the place again."))
            return point.x(), point.y(), address, tr("placed on the map")
        if not address:
            raise QgsProcessingException(self.tr(
                "Give the place of the proposed premises: click it on the map, or type its address."))
        streets = self.parameterAsSource(parameters, self.STREETS, context)
        if streets is None:
            raise QgsProcessingException(self.tr("To place an address, give the street layer (or click the place)."))
        from ...core.geocoding.layers import LayerDataError, PointLayerFields, StreetFields, build_geocoder

        names = streets.fields().names()
        fields = StreetFields(
            guess_field(names, "street_name"), guess_field(names, "street_alias"), guess_field(names, "left_from"),
            guess_field(names, "left_to"), guess_field(names, "right_from"), guess_field(names, "right_to"))
        if fields.name is None:
            raise QgsProcessingException(self.tr("The street layer {} has no street name field.").format(
                streets.sourceName()))
        landmarks = self.parameterAsSource(parameters, self.LANDMARKS, context)
        try:
            bundle = build_geocoder(
                streets=streets, street_fields=fields, areas=profiles,
                area_name_field=self.parameterAsString(parameters, self.PROFILE_NAME_FIELD, context) or "name",
                landmarks=landmarks,
                landmark_fields=PointLayerFields(guess_field(landmarks.fields().names(), "landmark_name") or "name",
                                                 guess_field(landmarks.fields().names(), "landmark_alias"))
                if landmarks is not None else None,
                transform_context=context.transformContext(), feedback=feedback)
        except LayerDataError as error:
            raise QgsProcessingException(f"{error}") from error
        result = bundle.geocoder.geocode(address)
        if not result.matched or result.point is None:
            raise QgsProcessingException(self.tr(
                "The address '{}' cannot be placed without doubt ({}): click the place on the map instead."
            ).format(address, result.note or result.status))
        point = bundle.to_output(*result.point)
        if bundle.output_crs != crs:
            point = QgsCoordinateTransform(bundle.output_crs, crs, context.transformContext()).transform(point)
        feedback.pushInfo(self.tr("Address placed: {} (score {}).").format(result.note or result.type, result.score))
        return point.x(), point.y(), address, tr("placed from the address")

    def _model(self, parameters, context):
        path = self.parameterAsFile(parameters, self.MODEL, context) or str(resource("models", "belmopan_expert.json"))
        try:
            return load_model(path)
        except ModelError as error:
            raise QgsProcessingException(f"{error}") from error

    def _risk(self, grid, model, outlet_points, outlet_key, x, y, category, grid_source, feedback):
        missing = [f.id for f in model.factors if f.layer == "assets" and f.id not in grid.factors]
        if missing:
            feedback.pushWarning(self.tr(
                "The risk grid {} has no column {} of the risk model: the risk with the new outlet is not computed "
                "(give the grid and the model the risk terrain tool used).").format(
                grid_source.sourceName(), ", ".join(missing)))
            return None
        return risk_with_outlet(grid, model, outlet_points, outlet_key, x, y, category)

    def _log_checks(self, facts, profiles, feedback):
        cell, community = facts.cell, facts.community
        if cell is not None and cell.mismatched_cells:
            feedback.pushWarning(self.tr(
                "Recomputed from these outlets, {} cells of the risk grid differ from the grid's risk_score: the grid "
                "was made from other outlets or another model. The page uses the recomputed values.").format(
                cell.mismatched_cells))
        if community is not None and community.rank_in_layer is not None and community.rank_in_layer != community.rank_now:
            feedback.pushWarning(self.tr(
                "{} has rank {} in {}, {} recomputed from these outlets and grid: the profiles were made from other "
                "layers.").format(community.name, community.rank_in_layer, profiles.sourceName(), community.rank_now))
        if profiles is not None and community is None:
            feedback.pushWarning(self.tr("The site lies in no community of {}.").format(profiles.sourceName()))


def _writable_folder(path) -> bool:
    folder = Path(path).parent
    return folder.exists() and os.access(folder, os.W_OK) or not folder.exists() and os.access(
        _existing_parent(folder), os.W_OK)


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder

