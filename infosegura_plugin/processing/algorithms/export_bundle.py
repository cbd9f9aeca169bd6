"""infosegura:exportbundle: one GeoPackage with the styled layers, a QGIS project inside
and the run record, for another agency."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ...core.cancel import CanceledError
from ...core.sharing import layer_roles, run_record
from ...core.sharing.bundle import BundleError, write_bundle
from ...core.sharing.layer_copy import TableWriteError
from .base import InfoSeguraAlgorithm, SharingGroup


def project_analysis_layers(project):
    """The InfoSegura outputs of a project, in Layers panel order (top first)."""
    found = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and (
                run_record.read(layer) is not None or layer_roles.role_of(layer) is not None):
            found.append(layer)
    return found


class ExportBundleAlgorithm(SharingGroup, InfoSeguraAlgorithm):
    LAYERS = "LAYERS"
    OUTPUT = "OUTPUT"
    TITLE = "TITLE"
    INCLUDE_SENSITIVE = "INCLUDE_SENSITIVE"
    REPORT = "REPORT"
    CLASSIFICATION = "CLASSIFICATION"
    PROJECT = "PROJECT"
    ICON = "bundle"

    def name(self):
        return "exportbundle"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Export an analysis bundle (GeoPackage)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Packs the analysis into one GeoPackage another agency opens with nothing else: every layer with its "
            "current style stored as the default, a QGIS project stored inside the file (Browser: expand the "
            "GeoPackage and double-click the project), and a run record: the table infosegura_run_record (inputs "
            "with row counts and SHA-256 of their files, every algorithm's parameters, matched/tied/unmatched, "
            "conflicts, cells, plugin/QGIS/GDAL versions, date, classification) and an HTML report beside the "
            "file.\n\n"
            "Without layers, the InfoSegura outputs of the project are bundled. Sensitive places (shelters and "
            "the other sensitive categories or flags) are left out, and their legend classes removed, unless you "
            "tick Include sensitive places. The classification is PUBLIC only when every layer comes from the "
            "public-safe export; otherwise RESTRICTED.\n\n"
            "Keep the file name when you pass it on: QGIS finds the project's layers by it."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Analysis layers (empty: the InfoSegura outputs of the project)"),
            QgsProcessing.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("InfoSegura analysis")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_SENSITIVE, self.tr("Include sensitive places (shelters): restricted bundles only"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Bundle"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Run record report (empty: beside the bundle)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.CLASSIFICATION, self.tr("Classification")))
        self.addOutput(QgsProcessingOutputString(self.PROJECT, self.tr("Project stored in the bundle")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layers = [layer for layer in self.parameterAsLayerList(parameters, self.LAYERS, context)
                  if isinstance(layer, QgsVectorLayer)]
        if not layers and context.project() is not None:
            layers = project_analysis_layers(context.project())
            if layers:
                feedback.pushInfo(self.tr("Bundling the InfoSegura layers of the project: {}").format(
                    ", ".join(layer.name() for layer in layers)))
        if not layers:
            raise QgsProcessingException(self.tr(
                "No layer to bundle: choose the analysis layers (the project has no InfoSegura output)."))
        for layer in layers:
            if not layer.isValid():
                raise QgsProcessingException(self.tr("The layer {} cannot be read: fix or remove it first.").format(
                    layer.name()))
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if output.suffix.lower() != ".gpkg":
            output = output.with_name(output.name + ".gpkg")
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or str(output.with_suffix(".html"))
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        if include_sensitive:
            feedback.pushWarning(self.tr("Sensitive places are included: this bundle is RESTRICTED and must go "
                                         "only to agencies entitled to know where shelters are."))
        try:
            result = write_bundle(layers, output, self.parameterAsString(parameters, self.TITLE, context),
                                  include_sensitive, report, feedback)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no bundle was written.")) from error
        except (BundleError, TableWriteError, OSError) as error:
            raise QgsProcessingException(self.tr("The bundle {} was not written: {}").format(output, error)) from error
        left_out = result.record.sensitive_left_out()
        if left_out:
            feedback.pushInfo(self.tr("{} sensitive rows were left out.").format(left_out))
        feedback.pushInfo(self.tr("Bundle {} ({}): {} layers; open the project {} from the Browser.").format(
            output, result.record.classification, len(result.record.layers), result.project_uri))
        feedback.setProgress(100)
        return {self.OUTPUT: str(output), self.REPORT: str(result.report) if result.report else None,
                self.CLASSIFICATION: result.record.classification, self.PROJECT: result.project_uri}
