"""The plugin shell: initGui / initProcessing / unload, nothing else."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translator
from .paths import icon_path
from .processing.provider import InfoSeguraProvider


class InfoSeguraPlugin:
    MENU = "&InfoSegura"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.locator_filter = None
        self.translator = None
        self._install_translator()

    def tr(self, text):
        return QCoreApplication.translate("InfoSeguraPlugin", text)

    def _install_translator(self):
        self.translator = install_translator(str(QSettings().value("locale/userLocale", QLocale().name()) or "en"))

    def initProcessing(self):  # noqa: N802 (QGIS API)
        self.provider = InfoSeguraProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        self.action = QAction(QIcon(icon_path("infosegura")), self.tr("InfoSegura"), self.iface.mainWindow())
        self.action.setObjectName("InfoSeguraShowDock")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show the InfoSegura panel"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(self.MENU, self.action)

        from .gui.dock import InfoSeguraDock

        self.dock = InfoSeguraDock(self.iface)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self.action.setChecked)

        from .gui.locator_filter import AddressLocatorFilter

        # Test doubles of iface may lack the locator: the filter is then simply not offered.
        if hasattr(self.iface, "registerLocatorFilter"):
            self.locator_filter = AddressLocatorFilter(self.iface)
            self.iface.registerLocatorFilter(self.locator_filter)

    def _toggle_dock(self, visible):
        if self.dock is not None:
            self.dock.setVisible(visible)
            if visible:
                self.dock.widen_once()

    def unload(self):
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.action is not None:
            self.iface.removePluginMenu(self.MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action = None
        if self.dock is not None:
            self.dock.unload()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
