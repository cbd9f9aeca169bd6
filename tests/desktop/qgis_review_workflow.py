"""Run inside the real QGIS desktop via PYQGIS_STARTUP: the sample workflow through the dock.

Loads the sample from the dock, imports and geocodes the sample register through the
dock's pre-filled dialogs (run as a user would press Run), settles every tied and
unmatched row in the review panel with the keyboard and a click on the map, saves the
reviewed rows to the address memory, geocodes the register again with the memory, and
takes screenshots for the guides. Writes a JSON report and quits.
Paths come from the environment: INFOSEGURA_PROBE_REPORT, INFOSEGURA_SCREENSHOT_DIR.
"""

import json
import os
import time
import traceback

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt, QTimer

REPORT = os.environ["INFOSEGURA_PROBE_REPORT"]
SHOTS = os.environ["INFOSEGURA_SCREENSHOT_DIR"]
python_errors = []
result = {"python_errors": python_errors, "steps": []}


def _record(message, tag, level):
    if tag == "Processing" and os.environ.get("INFOSEGURA_STEP_SECONDS"):
        log(f"[Processing] {message[:3000]}")
    if tag == "Python error" or (level == Qgis.Critical and "infosegura" in message.lower()):
        python_errors.append(message[:2000])


QgsApplication.messageLog().messageReceived.connect(_record)


def log(message):
    """Progress lines beside the report: say where a hung run stopped."""
    with open(REPORT + ".log", "a", encoding="utf-8") as handle:
        handle.write(f"{time.strftime('%H:%M:%S')} {message}\n")


def wait_until(condition, seconds=180):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return condition()


def settle(seconds=1.0):
    """Let the window repaint (map canvas renders in the background)."""
    wait_until(lambda: False, seconds)


def shot(widget, name):
    path = os.path.join(SHOTS, name)
    ok = widget.grab().save(path)
    result.setdefault("screenshots", {})[name] = bool(ok)


def wait_for_canvas(canvas):
    settle(0.5)
    wait_until(lambda: not canvas.isDrawing(), 60)
    settle(0.5)


class AutoRunDialog:
    """The dock's dialog seam: the real pre-filled Processing dialog, Run pressed for the user."""

    def __init__(self, window):
        self.window = window
        self.extra = {}
        self.shoot = {}
        self.opened = []

    def __call__(self, algorithm_id, parameters):
        import processing

        parameters = dict(parameters, **self.extra.pop(algorithm_id, {}))
        self.opened.append((algorithm_id, sorted(parameters)))
        dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
        finished = []
        dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
        dialog.show()
        dialog.resize(900, 700)
        settle(1.0)
        if algorithm_id in self.shoot:
            shot(dialog, self.shoot.pop(algorithm_id))
        log(f"run {algorithm_id}")
        dialog.runAlgorithm()
        wait_until(lambda: finished, int(os.environ.get('INFOSEGURA_STEP_SECONDS', '300')))
        log(f"finished {algorithm_id}: {finished[0][0] if finished else 'no'}")
        if not finished:
            shot(dialog, f"stuck_{algorithm_id.split(':')[-1]}.png")
        results = dict(finished[0][1]) if finished and finished[0][0] else {}
        dialog.close()
        return results


def _workflow():
    import qgis.utils

    iface = qgis.utils.iface
    window = iface.mainWindow()
    window.resize(1366, 768)
    plugin = qgis.utils.plugins["infosegura_plugin"]
    plugin.action.setChecked(True)
    dock = plugin.dock
    canvas = iface.mapCanvas()
    opener = AutoRunDialog(window)
    dock._open_dialog = opener
    settle(1.0)

    log('0. The sample')
    # 0. The sample, from the dock, in a task.
    task = dock.load_sample()
    wait_until(lambda: dock.sample_task is None, 120)
    from infosegura_plugin.gui.project_data import ProjectData

    data = ProjectData.load()
    result["project_data"] = {key: (data.layer(key).name() if data.layer(key) else None)
                              for key in ("streets", "areas", "landmarks", "assets", "study_area", "mile_markers")}
    result["layer_order"] = [node.layer().name() for node in
                             qgis.core.QgsProject.instance().layerTreeRoot().findLayers()]
    result["steps"].append("sample")
    del task
    wait_for_canvas(canvas)
    shot(window, "dock.png")

    log('1. Import')
    # 1. Import the register (the sample register is pre-filled; a fixed reference date).
    opener.extra["infosegura:importregister"] = {"REFERENCE_DATE": "2026-01-01"}
    imported = dock.open_step("infosegura:importregister")
    result["import"] = {"rows": imported.get("ROWS_READ")}
    result["steps"].append("import")

    log('2. Geocode')
    # 2. Geocode, pre-filled with the register just imported and the project data.
    opener.shoot["infosegura:geocodeaddresses"] = "geocode_dialog.png"
    first = dock.open_step("infosegura:geocodeaddresses", {"USE_MEMORY": False})
    result["geocode"] = {k: first.get(k) for k in ("MATCHED", "TIED", "UNMATCHED")}
    result["opened"] = opener.opened
    review = dock.review_dock
    result["review_opened"] = review is not None and review.isVisible()
    result["steps"].append("geocode")
    if review is None:
        return
    layer = review.layer
    counts = review.counts()
    result["review_counts_before"] = counts

    log('The review panel')
    # The review panel on the first tied row, candidates on the map.
    tied = [row for row in review.visible_rows() if row.category == "tied"]
    review.select_fid(tied[0].fid if tied else review.visible_rows()[0].fid)
    wait_for_canvas(canvas)
    shot(window, "review_panel.png")

    log('3. Settle')
    # 3. Settle every tied and unmatched row: keys for candidates, a click, reasons.
    from qgis.PyQt.QtTest import QTest

    view = review.ui.rows_view
    view.setFocus()
    placed_by_click = False
    settled = {"candidate": 0, "click": 0, "left": 0}
    for _ in range(500):
        row = review.current_row()
        if row is None:
            break
        if row.category == "low":
            QTest.keyClick(view, Qt.Key_Return)  # confirm the low-score match
            settled["confirmed"] = settled.get("confirmed", 0) + 1
        elif row.candidates:
            QTest.keyClick(view, Qt.Key_1)
            settled["candidate"] += 1
        elif not placed_by_click and row.address.strip():
            QTest.keyClick(view, Qt.Key_P)
            canvas.zoomToFullExtent()
            wait_for_canvas(canvas)
            QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier,
                             QPoint(canvas.width() // 2, canvas.height() // 2))
            placed_by_click = True
            settled["click"] += 1
        else:
            review.leave_current(review.ui.reason_combo.itemText(0))
            settled["left"] += 1
        QCoreApplication.processEvents()
    result["settled"] = settled
    result["review_counts_after"] = review.counts()
    result["left_to_review"] = len(review.visible_rows())

    log('4. Save')
    # 4. Save the reviewed rows to the address memory (a task).
    done = []
    original = review._remembered
    review._remembered = lambda ok, results, error: (original(ok, results, error), done.append((ok, results, error)))
    run = review.save_to_memory()
    result["to_remember"] = run.count if run is not None else None
    wait_until(lambda: done, 120)
    result["remembered"] = done[0][1].get("REMEMBERED") if done and done[0][0] else done
    layer.commitChanges()
    result["steps"].append("memory")

    log('5. Next year')
    # 5. Next year's register: geocoded again with the memory.
    second = dock.open_step("infosegura:geocodeaddresses", {"USE_MEMORY": True})
    result["geocode_again"] = {k: second.get(k) for k in ("MATCHED", "TIED", "UNMATCHED")}
    from infosegura_plugin.gui.project_data import find_output_layer

    again = find_output_layer(qgis.core.QgsProject.instance(), second.get("OUTPUT"))
    result["memory_rows_again"] = sum(1 for f in again.getFeatures() if f["gc_type"] == "memory") if again else None
    result["steps"].append("geocode_again")


def _run():
    try:
        _workflow()
    except Exception:  # the report must say what broke, whatever it is
        result["probe_error"] = traceback.format_exc()
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2, default=str)
    # Close the project first: QGIS 3.22 can crash tearing down a window full of layers.
    from qgis.core import QgsProject

    for layer in QgsProject.instance().mapLayers().values():
        if hasattr(layer, "isEditable") and layer.isEditable():
            layer.rollBack()
    QgsProject.instance().setDirty(False)
    QgsProject.instance().clear()
    settle(0.5)
    QgsApplication.exit(0)


def _wait_for_iface(attempt=0):
    import qgis.utils

    if qgis.utils.iface is not None and qgis.utils.iface.mainWindow() is not None and attempt > 10:
        QTimer.singleShot(2000, _run)
    elif attempt < 240:
        QTimer.singleShot(250, lambda: _wait_for_iface(attempt + 1))
    else:
        _run()


# QGIS may execute the startup script more than once: drive the desktop only once.
if not os.environ.get("INFOSEGURA_WORKFLOW_STARTED"):
    os.environ["INFOSEGURA_WORKFLOW_STARTED"] = "1"
    QTimer.singleShot(500, _wait_for_iface)
