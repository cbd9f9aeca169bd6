"""infosegura:printatlas: a PDF atlas, a cover then one page per neighbourhood."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.cancel import CanceledError
from ...core.sensitive import load_policy
from ...core.sharing.atlas import AtlasError, AtlasLayers, AtlasTexts, make_atlas
from ...core.sharing.bundle import classification_of
from ...core.sharing.model_label import recorded_model_label
from .base import InfoSeguraAlgorithm, SharingGroup


class PrintAtlasAlgorithm(SharingGroup, InfoSeguraAlgorithm):
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    RISK_GRID = "RISK_GRID"
    OUTLETS = "OUTLETS"
    CONFLICTS = "CONFLICTS"
    ASSETS = "ASSETS"
    TITLE = "TITLE"
    MODEL_LABEL = "MODEL_LABEL"
    TEMPLATE = "TEMPLATE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    ICON = "atlas"

    def name(self):
        return "printatlas"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Print the community atlas (PDF)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "A PDF atlas in your QGIS language (English or Spanish): a cover with an overview map, the ranked "
            "communities table, the date, the classification and the risk model (expert-weighted or fitted), "
            "then one page per neighbourhood in rank order: the relative-risk grid, licensed outlets, conflicts "
            "and community assets, the neighbourhood's profile, a legend, a scale bar, a north arrow and a "
            "source note.\n\n"
            "Neighbourhoods: the output of Community risk profiles (name, rank, risk and outlet fields). "
            "Sensitive places (shelters and the other sensitive categories or flags) are removed from every "
            "layer and legend before anything is drawn.\n\n"
            "The layout comes from resources/layouts/infosegura_atlas.qpt: open it in the layout designer "
            "(Project > Layout Manager > from template), restyle it, keep the item ids, save it as a template "
            "and give it here."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AREAS, self.tr("Community risk profiles (one page per neighbourhood)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, self.tr("Neighbourhood name field"), "name", self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.RISK_GRID, self.tr("Risk grid (risk terrain or hot spot output)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.OUTLETS, self.tr("Licensed outlets"), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.CONFLICTS, self.tr("Proximity conflicts"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ASSETS, self.tr("Community assets (sensitive places are never drawn)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("Communities at risk")))
        label = QgsProcessingParameterEnum(
            self.MODEL_LABEL, self.tr("Risk model label"),
            [self.tr("As recorded with the risk grid"), self.tr("expert-weighted"), self.tr("fitted")], defaultValue=0)
        label.setFlags(label.flags() | label.FlagAdvanced)
        self.addParameter(label)
        template = QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt; empty: the InfoSegura atlas)"), extension="qpt",
            optional=True)
        template.setFlags(template.flags() | template.FlagAdvanced)
        self.addParameter(template)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Atlas"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def _layer(self, parameters, name, context):
        return self.parameterAsVectorLayer(parameters, name, context) if parameters.get(name) else None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if areas is None or not areas.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "name"
        if areas.fields().lookupField(name_field) < 0:
            raise QgsProcessingException(self.tr("The layer {} has no field {}.").format(areas.name(), name_field))
        layers = AtlasLayers(areas, name_field, self._layer(parameters, self.RISK_GRID, context),
                             self._layer(parameters, self.OUTLETS, context),
                             self._layer(parameters, self.CONFLICTS, context),
                             self._layer(parameters, self.ASSETS, context))
        drawn = [layer for layer in (layers.areas, layers.grid, layers.outlets, layers.conflicts, layers.assets)
                 if layer is not None]
        texts = AtlasTexts(self.parameterAsString(parameters, self.TITLE, context),
                           self._model_label(parameters, context, layers.grid, feedback),
                           classification_of(drawn, include_sensitive=False))
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if output.suffix.lower() != ".pdf":
            output = output.with_name(output.name + ".pdf")
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
        try:
            result = make_atlas(layers, texts, output, load_policy(), Path(template) if template else None, feedback)
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: no atlas was written.")) from error
        except (AtlasError, OSError) as error:
            raise QgsProcessingException(self.tr("The atlas {} was not written: {}").format(output, error)) from error
        if result.sensitive_left_out:
            feedback.pushInfo(self.tr("{} sensitive places were left off the maps.").format(result.sensitive_left_out))
        feedback.pushInfo(self.tr("Atlas {}: a cover and {} neighbourhood pages ({}).").format(
            output, result.neighbourhoods, texts.classification))
        feedback.setProgress(100)
        return {self.OUTPUT: str(output), self.PAGES: result.pages}

    def _model_label(self, parameters, context, grid, feedback):
        choice = self.parameterAsEnum(parameters, self.MODEL_LABEL, context)
        if choice == 1:
            return self.tr("expert-weighted")
        if choice == 2:
            return self.tr("fitted")
        if grid is None:
            return self.tr("not recorded")
        label = recorded_model_label(grid)
        if label is None:
            feedback.pushWarning(self.tr("The risk grid does not record which model made it: the atlas says "
                                         "'not recorded'. Choose the model label in the advanced parameters."))
            return self.tr("not recorded")
        return label
