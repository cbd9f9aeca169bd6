"""Run in a fresh process with its own QGIS authentication database
(QGIS_AUTH_DB_DIR_PATH): store the database login as a Basic authentication
configuration, then publish with infosegura:publishpostgis by its id only.

argv: host port dbname schema gpkg; the login comes in PROBE_PG_USER / PROBE_PG_PASSWORD.
Prints JSON: the results and every feedback message."""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsAuthMethodConfig,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

host, port, dbname, schema, gpkg = sys.argv[1:6]
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
from infosegura_plugin.processing.provider import InfoSeguraProvider  # noqa: E402

provider = InfoSeguraProvider()
QgsApplication.processingRegistry().addProvider(provider)
manager = QgsApplication.authManager()
assert manager.setMasterPassword("master-for-tests", True)
config = QgsAuthMethodConfig("Basic")
config.setName("shared postgis")
config.setConfig("username", os.environ["PROBE_PG_USER"])
config.setConfig("password", os.environ["PROBE_PG_PASSWORD"])
assert manager.storeAuthenticationConfig(config)[0]


class Feedback(QgsProcessingFeedback):
    messages = []

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)


import processing  # noqa: E402

feedback = Feedback()
report = {"authcfg": config.id()}
try:
    layer = QgsVectorLayer(f"{gpkg}|layername=community_profiles", "community_profiles", "ogr")
    result = processing.run("infosegura:publishpostgis", {
        "LAYERS": [layer], "AUTHCFG": config.id(), "DATABASE": f"host={host} port={port} dbname={dbname}",
        "SCHEMA": schema}, feedback=feedback)
    report["result"] = {k: v for k, v in result.items() if isinstance(v, (str, int, float))}
    try:
        processing.run("infosegura:publishpostgis", {
            "LAYERS": [layer], "AUTHCFG": config.id(),
            "DATABASE": f"host={host} port={port} dbname={dbname} password=oops", "SCHEMA": schema},
            feedback=feedback)
    except Exception as error:  # noqa: BLE001
        report["refused"] = str(error)
except Exception as error:  # noqa: BLE001
    report["error"] = str(error)
report["messages"] = feedback.messages
print(json.dumps(report))
sys.stdout.flush()
os._exit(0)
