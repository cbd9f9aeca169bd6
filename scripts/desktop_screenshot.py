"""A screenshot of the real QGIS desktop with the sample's results, in a chosen language.

    .venv/bin/python scripts/desktop_screenshot.py --lang es --out docs/images/qgis_es_leyendas.png

Builds the plugin (`make plugin`), installs it in a throw-away QGIS profile whose locale
is ``--lang`` (QGIS settings locale/userLocale and locale/overrideFlag, as a user sets
them in Settings > Options > General), starts QGIS under Xvfb and, from a startup script,
runs the tools as a user would from the toolbox (layers loaded into the project with the
names and legends the plugin gives them): the sample, the register import, the geocoder,
the risk terrain and the hot spots. Then it zooms to the city, saves a screenshot of the
main window and quits. Look at the picture before you use it.

The same file is the startup script (PYQGIS_STARTUP) QGIS runs.
"""

import os
import sys

STARTUP_ENV = "INFOSEGURA_SCREENSHOT"


# ---------------------------------------------------------------- inside QGIS


def _inside_qgis():
    import tempfile
    from pathlib import Path

    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QTimer

    out = Path(os.environ[STARTUP_ENV])
    log = []

    def finish(code=0):
        Path(str(out) + ".log").write_text("\n".join(log), encoding="utf-8")
        QgsApplication.exit(code)

    def table_of(layer):
        """The GeoPackage table of a layer, or its file's name for a one-table file."""
        source = layer.source()
        return source.split("layername=")[-1] if "layername=" in source else Path(source.split("|")[0]).stem

    def by_table_after(table):
        from qgis.core import QgsProject

        return next(layer for layer in QgsProject.instance().mapLayers().values() if table_of(layer) == table)

    def run_tools():
        if os.environ.get(STARTUP_ENV + "_RAN"):  # QGIS 3.22 runs a startup script twice: work once
            return
        os.environ[STARTUP_ENV + "_RAN"] = "1"
        try:
            import processing
            import qgis.utils

            iface = qgis.utils.iface
            iface.mainWindow().resize(1600, 1000)  # no window manager under Xvfb to maximise
            work = Path(tempfile.mkdtemp(prefix="infosegura-screenshot-"))
            import infosegura_plugin

            sample = Path(infosegura_plugin.__file__).parent / "resources" / "sample"
            project = QgsProject.instance()

            def run(algorithm_id, parameters):
                log.append(algorithm_id)
                return processing.runAndLoadResults(algorithm_id, parameters)

            gpkg = work / "belmopan.gpkg"
            run("infosegura:loadsample", {"OUTPUT": str(gpkg)})
            by_table = {table_of(layer): layer for layer in project.mapLayers().values()}
            register = processing.run("infosegura:importregister", {
                "INPUT": str(sample / "licence_register.xlsx"), "REFERENCE_DATE": "2026-01-01",
                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            premises = run("infosegura:geocodeaddresses", {
                "INPUT": register, "ADDRESS_FIELD": "address",
                "STREETS": by_table["streets"], "STREET_NAME_FIELD": "name", "STREET_ALIAS_FIELD": "alt_names",
                "LEFT_FROM_FIELD": "l_from", "LEFT_TO_FIELD": "l_to", "RIGHT_FROM_FIELD": "r_from",
                "RIGHT_TO_FIELD": "r_to", "AREAS": by_table["neighbourhoods"], "AREA_NAME_FIELD": "name",
                "LANDMARKS": by_table["landmarks"], "LANDMARK_NAME_FIELD": "name", "USE_MEMORY": False,
                "OUTPUT": str(work / "premises.gpkg")})["OUTPUT"]
            from qgis.core import QgsFeatureRequest, QgsVectorLayer

            # As in `make demo`: only premises placed without doubt feed the risk analysis.
            matched = QgsVectorLayer(premises, "premises", "ogr").materialize(
                QgsFeatureRequest().setFilterExpression("\"gc_status\" = 'matched'"))
            grid = run("infosegura:riskterrain", {
                "OUTLETS": matched, "OUTLET_CATEGORY_FIELD": "category", "ASSETS": by_table["community_assets"],
                "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": by_table["city_boundary"],
                "CELL_SIZE": 60, "GRID_TYPE": 0, "KDE_RADIUS": 400, "OUTPUT": str(work / "risk.gpkg"),
                "REPORT": None})["OUTPUT"]
            run("infosegura:hotspots", {"INPUT": grid, "FIELD": "outlet_kde", "NEIGHBOURHOOD": 0, "FDR": True,
                                        "OUTPUT": str(work / "hot_spots.gpkg")})
            root = project.layerTreeRoot()
            # Points over lines over areas, as a map reads best; the grid under the hot spots.
            order = ["premises", "community_assets", "streets", "hot_spots", "risk", "neighbourhoods"]
            for position, table in enumerate(order):
                node = root.findLayer(by_table_after(table).id())
                moved = node.clone()
                root.insertChildNode(position, moved)
                node.parent().removeChildNode(node)
            for layer in project.mapLayers().values():
                node = root.findLayer(layer.id())
                table = table_of(layer)
                # A readable map: the risk grid under the hot spots is hidden, small layers folded.
                visible = table not in ("incidents", "mile_markers", "landmarks", "risk")
                node.setItemVisibilityChecked(visible)
                node.setExpanded(table in ("community_assets", "premises", "hot_spots", "streets"))
                log.append(f"layer: {layer.name()} ({table})")
            window = iface.mainWindow()
            from qgis.PyQt.QtCore import Qt
            from qgis.PyQt.QtWidgets import QDockWidget

            for dock in window.findChildren(QDockWidget):  # the Layers panel alone, tall and wide
                if dock.objectName() != "Layers" and dock.isVisible():
                    dock.hide()
            layers_dock = window.findChild(QDockWidget, "Layers")
            if layers_dock is not None:
                window.resizeDocks([layers_dock], [470], Qt.Horizontal)
            canvas = iface.mapCanvas()
            extent = by_table["city_boundary"].extent()
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1500, shoot))
            canvas.refreshAllLayers()
        except Exception as error:  # the log must say what broke, whatever it is
            log.append(f"error: {error!r}")
            finish(1)
            return
        QTimer.singleShot(60000, shoot)  # at the latest

    shot = []

    def shoot():
        import qgis.utils

        if shot:
            return
        shot.append(True)
        ok = qgis.utils.iface.mainWindow().grab().save(str(out))
        log.append(f"screenshot: {ok}")
        finish(0 if ok else 1)

    def wait_for_iface(attempt=0):
        import qgis.utils

        if qgis.utils.iface is not None and "infosegura_plugin" in qgis.utils.plugins and attempt > 10:
            QTimer.singleShot(1500, run_tools)
        elif attempt < 240:
            QTimer.singleShot(250, lambda: wait_for_iface(attempt + 1))
        else:
            log.append("error: QGIS or the plugin did not start")
            finish(1)

    QTimer.singleShot(500, wait_for_iface)


# ---------------------------------------------------------------- the driver


def main(argv):
    import argparse
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="es", help="QGIS locale (default: es)")
    parser.add_argument("--out", required=True, help="PNG to write")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["make", "-s", "plugin"], cwd=root, check=True)
    config = Path(tempfile.mkdtemp(prefix="infosegura-qgis-"))
    profile = config / "profiles" / "default"
    shutil.copytree(root / "build" / "infosegura_plugin", profile / "python" / "plugins" / "infosegura_plugin")
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\ninfosegura_plugin=true\n\n"
        f"[locale]\nuserLocale={args.lang}\noverrideFlag=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips322=false\nshowTips340=false\n\n"
        "[core]\nfirstRunVersionFlag=34000\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # a real X display (Xvfb)
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), PYQGIS_STARTUP=str(Path(__file__).resolve()),
               **{STARTUP_ENV: str(out)})
    desktop = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _stdout, stderr = desktop.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        import signal

        os.killpg(desktop.pid, signal.SIGKILL)  # QGIS and its Xvfb, nothing left behind
        _stdout, stderr = desktop.communicate()
    log = Path(str(out) + ".log")
    print(log.read_text(encoding="utf-8") if log.exists() else stderr[-3000:])
    if log.exists():
        log.unlink()
    if not out.exists():
        print("no screenshot was written", file=sys.stderr)
        return 1
    print(f"Wrote {out}: look at it before you use it.")
    return 0


if os.environ.get(STARTUP_ENV):
    _inside_qgis()
elif __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
