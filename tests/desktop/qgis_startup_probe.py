"""Run inside the real QGIS desktop via PYQGIS_STARTUP (before plugins load).

Records every 'Python error' message QGIS logs, then, once the main window is up, checks
the plugin, opens its dock, saves a screenshot, writes a JSON report and quits.
Paths come from the environment: INFOSEGURA_PROBE_REPORT, INFOSEGURA_PROBE_SCREENSHOT.
"""

import json
import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QTimer

REPORT = os.environ["INFOSEGURA_PROBE_REPORT"]
SCREENSHOT = os.environ["INFOSEGURA_PROBE_SCREENSHOT"]
python_errors = []


def _record(message, tag, level):
    if tag == "Python error" or (level == Qgis.Critical and "infosegura" in message.lower()):
        python_errors.append(message[:2000])


QgsApplication.messageLog().messageReceived.connect(_record)


def _probe():
    result = {"python_errors": python_errors}
    try:
        import qgis.utils
        from qgis.PyQt.QtWidgets import QDockWidget

        iface = qgis.utils.iface
        result["active_plugins"] = list(qgis.utils.active_plugins)
        result["plugin_loaded"] = "infosegura_plugin" in qgis.utils.plugins
        provider = QgsApplication.processingRegistry().providerById("infosegura")
        result["provider"] = provider.name() if provider else None
        result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        plugin = qgis.utils.plugins.get("infosegura_plugin")
        iface.mainWindow().resize(1366, 768)  # no window manager under Xvfb to maximise
        if plugin is not None:
            plugin.action.setChecked(True)
        dock = iface.mainWindow().findChild(QDockWidget, "InfoSeguraDock")
        result["dock"] = dock is not None
        result["dock_steps"] = sorted(dock.step_buttons) if dock is not None else []
        result["right_after_trigger"] = {"hidden": dock.isHidden(), "checked": plugin.action.isChecked()}
    except Exception as error:  # the report must say what broke, whatever it is
        result["probe_error"] = repr(error)
        _finish(result)
        return
    # Let the window lay itself out before looking at it.
    QTimer.singleShot(2000, lambda: _look(result, dock))


def _look(result, dock):
    try:
        import qgis.utils

        result["dock_visible"] = bool(dock and dock.isVisible())
        result["dock_debug"] = {
            "hidden": dock.isHidden() if dock else None,
            "floating": dock.isFloating() if dock else None,
            "area": int(qgis.utils.iface.mainWindow().dockWidgetArea(dock)) if dock else None,
            "checked": qgis.utils.plugins["infosegura_plugin"].action.isChecked(),
        }
        result["screenshot"] = bool(qgis.utils.iface.mainWindow().grab().save(SCREENSHOT))
    except Exception as error:
        result["probe_error"] = repr(error)
    _finish(result)


def _finish(result):
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    QgsApplication.exit(0)


def _wait_for_iface(attempt=0):
    import qgis.utils

    if qgis.utils.iface is not None and qgis.utils.iface.mainWindow() is not None and attempt > 10:
        QTimer.singleShot(1500, _probe)
    elif attempt < 240:
        QTimer.singleShot(250, lambda: _wait_for_iface(attempt + 1))
    else:
        _probe()


QTimer.singleShot(500, _wait_for_iface)
