"""What every InfoSegura algorithm shares: translation, icon, fresh instances."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...paths import icon_path


class InfoSeguraAlgorithm(QgsProcessingAlgorithm):
    """Base class. Subclasses set ``ICON`` (an SVG name in resources/icons) and implement
    name/displayName/group/groupId/shortHelpString with literal ``self.tr()`` strings."""

    ICON = "infosegura"

    def tr(self, string):
        # pylupdate5 files self.tr() under the class it appears in: use the same context.
        return QCoreApplication.translate(type(self).__name__, string)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path(self.ICON)

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return "https://github.com/infosegura/infosegura-qgis#readme"
