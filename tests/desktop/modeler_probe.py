"""Run inside the real QGIS desktop via PYQGIS_STARTUP: once the main window is up,
open resources/models/infosegura_analysis.model3 in the Graphical Modeler, zoom to the
whole model, save a screenshot of the screen, write a JSON report and quit.
Paths come from the environment: INFOSEGURA_PROBE_REPORT, INFOSEGURA_PROBE_SCREENSHOT,
INFOSEGURA_PROBE_MODEL.
"""

import json
import os
import subprocess

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer

REPORT = os.environ["INFOSEGURA_PROBE_REPORT"]
SCREENSHOT = os.environ["INFOSEGURA_PROBE_SCREENSHOT"]
MODEL = os.environ["INFOSEGURA_PROBE_MODEL"]
python_errors = []
dialogs = []


def _record(message, tag, level):
    if tag == "Python error" or (level == Qgis.Critical and "infosegura" in message.lower()):
        python_errors.append(message[:2000])


QgsApplication.messageLog().messageReceived.connect(_record)


def _open():
    result = {"python_errors": python_errors}
    try:
        import qgis.utils
        from processing.modeler.ModelerDialog import ModelerDialog

        qgis.utils.iface.mainWindow().resize(1366, 768)
        dialog = ModelerDialog.create()
        dialogs.append(dialog)
        dialog.loadModel(MODEL)
        dialog.resize(1366, 740)
        dialog.move(0, 0)
        dialog.show()
        dialog.raise_()
        model = dialog.model()
        result["model_name"] = model.name()
        result["children"] = sorted(model.childAlgorithms())
        result["inputs"] = sorted(p.name() for p in model.parameterDefinitions() if not p.isDestination())
        result["valid"], result["problems"] = model.validate()
    except Exception as error:  # the report must say what broke, whatever it is
        result["probe_error"] = repr(error)
        _finish(result)
        return
    QTimer.singleShot(2500, lambda: _look(result, dialog))


def _look(result, dialog):
    try:
        from qgis.gui import QgsModelChildAlgorithmGraphicItem

        scene = dialog.view().scene()
        dialog.view().fitInView(scene.itemsBoundingRect(), Qt.KeepAspectRatio)
        QgsApplication.processEvents()
        boxes = [item for item in scene.items() if isinstance(item, QgsModelChildAlgorithmGraphicItem)]
        result["boxes"] = sorted(item.component().description() for item in boxes)
        QTimer.singleShot(1500, lambda: _shoot(result, dialog))
    except Exception as error:
        result["probe_error"] = repr(error)
        _finish(result)


def _shoot(result, dialog):
    try:
        completed = subprocess.run(["import", "-window", "root", SCREENSHOT], capture_output=True, timeout=60)
        if completed.returncode != 0:
            dialog.grab().save(SCREENSHOT)
        result["screenshot"] = os.path.exists(SCREENSHOT)
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
        QTimer.singleShot(1500, _open)
    elif attempt < 240:
        QTimer.singleShot(250, lambda: _wait_for_iface(attempt + 1))
    else:
        _open()


QTimer.singleShot(500, _wait_for_iface)
