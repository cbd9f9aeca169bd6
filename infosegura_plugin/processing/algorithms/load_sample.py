"""infosegura:loadsample: the synthetic Belmopan sample, styled, in a GeoPackage."""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
)

from ...core.cancel import CanceledError
from ...core.geopackage import GeoPackageWriteError
from ...core.sample_data import copy_sample
from .base import InfoSeguraAlgorithm, TrainingGroup


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
        for uri in uris:
            name = uri.split("layername=")[-1]
            context.addLayerToLoadOnCompletion(
                uri, QgsProcessingContext.LayerDetails(name, context.project(), name, QgsProcessingUtils.LayerHint.Vector)
            )
        feedback.pushInfo(self.tr("Wrote {} synthetic sample layers to {}").format(len(uris), destination))
        return {self.OUTPUT: destination, self.LAYERS: uris}
