"""infosegura:loadsample: the synthetic Belmopan sample, styled, in a GeoPackage."""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
)

from ...core.cancel import CanceledError
from ...core.geopackage import GeoPackageWriteError
from ...core.sample_data import copy_sample, order_sample_layers, sample_layer_title, style_sample_layer
from .base import InfoSeguraAlgorithm, TrainingGroup


class _PlaceSampleLayer(QgsProcessingLayerPostProcessorInterface):
    """When Processing loads a sample layer: its own style and its place in the drawing order.

    Processing loads result layers without their stored style and in the order of their
    file names, so the neighbourhood fill would hide every point. The context deletes
    each layer's post-processor: one per layer, sharing the run's list of loaded layers,
    re-ordered each time one more arrives."""

    def __init__(self, loaded):
        super().__init__()
        self.loaded = loaded

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_sample_layer(layer)
        self.loaded.append(layer.id())
        project = context.project()
        if project is not None:
            layers = [project.mapLayer(layer_id) for layer_id in self.loaded]
            order_sample_layers(project.layerTreeRoot(), [lay for lay in layers if lay is not None])


# Processing keeps only a C++ pointer to post-processors: hold the Python objects here.
_placers = []


class LoadSampleAlgorithm(TrainingGroup, InfoSeguraAlgorithm):
    INCLUDE_SENSITIVE = "INCLUDE_SENSITIVE"
    OUTPUT = "OUTPUT"
    LAYERS = "LAYERS"
    ICON = "sample"

    def name(self):
        return "loadsample"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Load the Belmopan sample (synthetic)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Copies the bundled, entirely synthetic Belmopan sample into a GeoPackage and "
            "adds it to the map, styled: streets with address ranges, neighbourhoods with "
            "population, the city boundary, community assets, landmarks, highway mile "
            "markers and simulated incidents. Victim-support shelters are sensitive and are "
            "left out unless you tick the option. The licence registers (CSV and Excel) are "
            "in the plugin's resources/sample folder."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        sensitive = QgsProcessingParameterBoolean(
            self.INCLUDE_SENSITIVE, self.tr("Include sensitive assets (shelters)"), defaultValue=False
        )
        sensitive.setFlags(sensitive.flags() | sensitive.FlagAdvanced)
        self.addParameter(sensitive)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Sample GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.LAYERS, self.tr("Sample layers")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        destination = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not destination.lower().endswith(".gpkg"):
            destination += ".gpkg"
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        try:
            uris = copy_sample(destination, include_sensitive, feedback=feedback)
        except (GeoPackageWriteError, FileNotFoundError) as error:
            raise QgsProcessingException(f"{error}") from error
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: {} was left as it was.").format(destination)) from error
        loaded = []
        for uri in uris:
            table = uri.split("layername=")[-1]
            name = sample_layer_title(table)
            context.addLayerToLoadOnCompletion(
                uri, QgsProcessingContext.LayerDetails(name, context.project(), name, QgsProcessingUtils.LayerHint.Vector)
            )
            # Processing loads layers without their stored default style and in file order:
            # style and place each one as it loads.
            placer = _PlaceSampleLayer(loaded)
            _placers[:] = _placers[-50:] + [placer]
            context.layerToLoadOnCompletionDetails(uri).setPostProcessor(placer)
        feedback.pushInfo(self.tr("Wrote {} synthetic sample layers to {}").format(len(uris), destination))
        return {self.OUTPUT: destination, self.LAYERS: uris}
