"""Run in a fresh process with a fresh QGIS profile: open a project stored in a
GeoPackage (argv[1]) as another agency would, and print what loaded as JSON."""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
report = {"read": project.read(sys.argv[1]), "layers": []}
for node in project.layerTreeRoot().findLayers():
    layer = node.layer()
    source = layer.source()
    default = QgsVectorLayer(source, "default", "ogr")  # the table alone, with its stored default style
    report["layers"].append({
        "name": layer.name(), "valid": layer.isValid(), "features": layer.featureCount(),
        "renderer": layer.renderer().type() if layer.renderer() else None,
        "default_renderer": default.renderer().type() if default.isValid() and default.renderer() else None,
        "source_file": source.split("|")[0],
    })
print(json.dumps(report))
sys.stdout.flush()
os._exit(0)
