"""A small geocoded layer with one row of each kind the review panel deals with (synthetic)."""

import json
import time

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from tests.layers import memory_layer

FIELDS = ("field=address:string&field=gc_status:string&field=gc_score:double&field=gc_type:string"
          "&field=gc_street:string&field=gc_note:string&field=gc_candidates:string")


def _candidates(*items):
    return json.dumps([{"label": label, "type": kind, "score": score, "x": x, "y": y}
                       for label, kind, score, x, y in items])


def _point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


# address, status, score, type, point, candidates
ROWS = [
    ("12 Church Street", "matched", 95.0, "range", (1000.0, 1000.0), None),
    ("Hummingbird Hwy", "matched", 70.0, "street", (1100.0, 1100.0), None),
    ("across from Shell gas station", "tied", 85.0, "landmark", (2000.0, 2000.0),
     _candidates(("Shell Gas Station (Maya Mopan)", "landmark", 85.0, 2000.0, 2000.0),
                 ("Shell Gas Station (San Martin)", "landmark", 85.0, 2600.0, 2400.0))),
    ("C. Caoba #132", "unmatched", 77.0, None, None,
     _candidates(("Calle Caoba (Maya Mopan)", "street", 77.0, 3000.0, 3000.0))),
    ("Tel 822-2345", "unmatched", 0.0, None, None, None),
    ("5 Forest Drive", "matched", 100.0, "manual", (1500.0, 1500.0), None),
]


def review_layer(crs="EPSG:32616", name="licensed_premises"):
    """The six rows above in a memory point layer, added to the project."""
    uri = f"Point?crs={crs}&{FIELDS}" if crs else f"Point?{FIELDS}"
    rows = [(_point(*point) if point else None,
             [address, status, score, kind, None, f"note {index}", candidates])
            for index, (address, status, score, kind, point, candidates) in enumerate(ROWS)]
    layer = memory_layer(uri, rows, name)
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
    QgsProject.instance().addMapLayer(layer)
    return layer


def fid_of(layer, address):
    return next(f.id() for f in layer.getFeatures() if f["address"] == address)


def wait_until(condition, seconds=120):
    """Run the event loop until ``condition()`` holds (tasks finish, signals arrive).

    The deadline only stops a hung test; no test checks how long anything took."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    return condition()
