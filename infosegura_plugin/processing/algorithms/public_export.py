"""infosegura:publicexport: the public-safe GeoPackage (web page, press)."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.cancel import CanceledError
from ...core.sensitive import load_policy
from ...core.sharing.layer_copy import TableWriteError
from ...core.sharing.privacy import DEFAULT_PERSONAL_FIELDS, parse_field_list
from ...core.sharing.public_export import PublicExportError, PublicInputs, build_public_layers, summary_lines
from ...core.sharing.public_package import write_public_export
from .base import InfoSeguraAlgorithm, SharingGroup


class PublicExportAlgorithm(SharingGroup, InfoSeguraAlgorithm):
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    INCIDENTS = "INCIDENTS"
    GRID = "GRID"
    PREMISES = "PREMISES"
    ASSETS = "ASSETS"
    CONFLICTS = "CONFLICTS"
    MIN_COUNT = "MIN_COUNT"
    PREMISES_POINTS = "PREMISES_POINTS"
    PERSONAL_FIELDS = "PERSONAL_FIELDS"
    OUTPUT = "OUTPUT"
    ICON = "public"

    def name(self):
        return "publicexport"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Public-safe export (web, press)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "A GeoPackage you may publish. Sensitive places (shelters and the other sensitive categories or "
            "flags) never appear: not as points, not in counts, not in conflict lines, not in labels. Personal "
            "data is dropped: fields named like licensee, owner, phone, e-mail, ID numbers or notes (the list is "
            "yours to extend), and any value that looks like a phone number or an e-mail address.\n\n"
            "Incidents are published only as counts per neighbourhood (and per grid cell when you give a grid). "
            "A count below the minimum (default 5), zero included, is withheld: the field incidents is empty, "
            "suppressed is 1 and the label shows <5. When a withheld count could be worked out from the total, "
            "more counts are withheld (complementary suppression), shown the same way.\n\n"
            "Licensed premises are published as points only when you tick Premises as points; otherwise as counts "
            "per neighbourhood (conflict lines, which start at a premises, follow the same rule). Only matched "
            "premises count. Grids keep only cell_id, risk_score, risk_class and gi_class.\n\n"
            "What was removed is listed, as counts only, in the log, in the table removal_summary and in the "
            "file's metadata; every table is marked PUBLIC."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        point, polygon = [QgsProcessing.TypeVectorPoint], [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AREAS, self.tr("Neighbourhoods (or community risk profiles)"), polygon))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, self.tr("Neighbourhood name field"), "name", self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INCIDENTS, self.tr("Incidents (published only as counts)"), point, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.GRID, self.tr("Risk grid (optional: risk per cell, incident counts per cell)"), polygon,
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.PREMISES, self.tr("Licensed premises"), point, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ASSETS, self.tr("Community assets"), point, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.CONFLICTS, self.tr("Proximity conflicts"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, self.tr("Withhold incident counts below"), QgsProcessingParameterNumber.Integer, 5,
            minValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PREMISES_POINTS, self.tr("Premises as points (otherwise counts per neighbourhood)"),
            defaultValue=False))
        personal = QgsProcessingParameterString(
            self.PERSONAL_FIELDS, self.tr("More personal-data fields to drop (comma-separated names or name parts)"),
            "", optional=True)
        personal.setFlags(personal.flags() | personal.FlagAdvanced)
        personal.setHelp(self.tr("Added to the built-in list, which always applies: {}").format(
            DEFAULT_PERSONAL_FIELDS))
        self.addParameter(personal)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Public export"), self.tr("GeoPackage (*.gpkg)")))

    def _layer(self, parameters, name, context):
        if not parameters.get(name):
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return layer

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        areas = self._layer(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        personal = parse_field_list(self.parameterAsString(parameters, self.PERSONAL_FIELDS, context))
        inputs = PublicInputs(
            areas, self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "name",
            self._layer(parameters, self.INCIDENTS, context), self._layer(parameters, self.GRID, context),
            self._layer(parameters, self.PREMISES, context), self._layer(parameters, self.ASSETS, context),
            self._layer(parameters, self.CONFLICTS, context),
            self.parameterAsInt(parameters, self.MIN_COUNT, context),
            self.parameterAsBoolean(parameters, self.PREMISES_POINTS, context),
            personal + parse_field_list(DEFAULT_PERSONAL_FIELDS),
        )
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if output.suffix.lower() != ".gpkg":
            output = output.with_name(output.name + ".gpkg")
        policy = load_policy()
        try:
            layers, summary = build_public_layers(inputs, policy, feedback)
            write_public_export(layers, summary, output, inputs.min_count, policy, feedback)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no public export was written.")) from error
        except (PublicExportError, TableWriteError, OSError) as error:
            raise QgsProcessingException(self.tr("The public export {} was not written: {}").format(
                output, error)) from error
        feedback.pushInfo(self.tr("Removed or withheld (counts only):"))
        for line in summary_lines(summary):
            feedback.pushInfo("  " + line)
        feedback.pushInfo(self.tr("Public export {}: {} tables, marked PUBLIC.").format(output, len(layers) + 1))
        feedback.setProgress(100)
        return {self.OUTPUT: str(output)}
