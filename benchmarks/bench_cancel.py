"""How fast Cancel stops the long tools (synthetic inputs): seconds from the cancel to the
end of the run, for riskterrain on 4 million cells (1 m cells over 2 km) and for
geocodeaddresses on 20,000 register rows. Target: under 1 s each. Exit 1 when a run does
not stop with the cancel message or misses the target.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

TARGET_SECONDS = 1.0
X0, Y0 = 312_000.0, 1_907_000.0


class CancelAtFirstProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.canceled_at = None
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, progress):
        if progress > 0 and self.canceled_at is None:
            self.canceled_at = time.perf_counter()
            self.cancel()


def memory_layer(uri, rows):
    layer = QgsVectorLayer(uri, "bench", "memory")
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def risk_terrain_parameters():
    ring = [QgsPointXY(X0 + x, Y0 + y) for x, y in ((0, 0), (2000, 0), (2000, 2000), (0, 2000), (0, 0))]
    area = memory_layer("Polygon?crs=EPSG:32616", [(QgsGeometry.fromPolygonXY([ring]), [])])
    outlets = memory_layer("Point?crs=EPSG:32616&field=category:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(X0 + 10 * k, Y0 + 7 * k)), ["on_premise"]) for k in range(1, 150)])
    return {"OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category", "STUDY_AREA": area, "CELL_SIZE": 1,
            "GRID_TYPE": 1, "KDE_RADIUS": 200, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": None}


def geocode_parameters():
    from infosegura_plugin.core.sample_data import sample_layer

    register = memory_layer("None?field=Address:string", [
        (None, [f"#{number} Constitution Drive"]) for number in range(20_000)])
    return {"INPUT": register, "ADDRESS_FIELD": "Address", "STREETS": sample_layer("streets"),
            "STREET_NAME_FIELD": "name", "OUTPUT": "TEMPORARY_OUTPUT"}


def measure(algorithm_id, parameters):
    import processing

    feedback = CancelAtFirstProgress()
    try:
        processing.run(algorithm_id, parameters, feedback=feedback)
    except QgsProcessingException as error:
        if "Canceled" not in str(error) and "cancel" not in str(error).lower():
            return None, f"stopped with another error: {error}"
    else:
        return None, "ran to the end after the cancel"
    if feedback.canceled_at is None:
        return None, "never reported progress"
    return time.perf_counter() - feedback.canceled_at, ""


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    failed = False
    for name, algorithm_id, parameters in (
        ("riskterrain, 4,000,000 cells", "infosegura:riskterrain", risk_terrain_parameters()),
        ("geocodeaddresses, 20,000 rows", "infosegura:geocodeaddresses", geocode_parameters()),
    ):
        seconds, problem = measure(algorithm_id, parameters)
        if seconds is None:
            print(f"{name}: FAILED, {problem}")
            failed = True
            continue
        verdict = "ok" if seconds < TARGET_SECONDS else "OVER TARGET"
        print(f"{name}: stopped {seconds:.3f} s after Cancel (target < {TARGET_SECONDS:.0f} s) {verdict}")
        failed |= seconds >= TARGET_SECONDS
    QgsApplication.processingRegistry().removeProvider(provider)
    return 1 if failed else 0


if __name__ == "__main__":
    _status = main()
    sys.stdout.flush()
    os._exit(_status)  # skip PyQt/QGIS teardown, which can crash once the work is done
