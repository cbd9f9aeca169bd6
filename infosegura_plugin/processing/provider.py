"""The InfoSegura Processing provider: registers the algorithms, nothing else."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path
from .algorithms import all_algorithms


class InfoSeguraProvider(QgsProcessingProvider):
    def id(self):
        return "infosegura"

    def name(self):
        return QCoreApplication.translate("InfoSeguraProvider", "InfoSegura")

    def longName(self):  # noqa: N802 (QGIS API)
        return QCoreApplication.translate(
            "InfoSeguraProvider", "InfoSegura: licensed premises, community assets and risk"
        )

    def icon(self):
        return QIcon(icon_path("infosegura"))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path("infosegura")

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
