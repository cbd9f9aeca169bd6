"""`make demo`: the main job, headless, on the bundled synthetic Belmopan sample.

Runs the same Processing algorithms a user runs from the toolbox or qgis_process, writes
every result into one GeoPackage (each layer with its style stored as default) plus a
PNG map under the output folder, and prints a short summary.
"""

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsVectorLayer  # noqa: E402


class QuietFeedback(QgsProcessingFeedback):
    """Prints warnings and errors only; the demo prints its own summary."""

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS API)
        print("  error:", error)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        print("  warning:", warning)


def start_qgis():
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def run(algorithm_id, parameters):
    import processing

    print(f"- {algorithm_id}")
    return processing.run(algorithm_id, parameters, feedback=QuietFeedback())


def layer(gpkg, table, title=None):
    result = QgsVectorLayer(f"{gpkg}|layername={table}", title or table, "ogr")
    if not result.isValid():
        raise SystemExit(f"demo: {table} is missing from {gpkg}")
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "belmopan_results.gpkg"
    if gpkg.exists():
        gpkg.unlink()

    app, _provider = start_qgis()
    print("InfoSegura demo on the synthetic Belmopan sample")
    run("infosegura:loadsample", {"OUTPUT": str(gpkg)})

    from infosegura_plugin.core.print_map import build_layout, export_png

    project = QgsProject.instance()
    drawn = [
        layer(gpkg, "community_assets", "Community assets"),
        layer(gpkg, "landmarks", "Landmarks"),
        layer(gpkg, "streets", "Streets"),
        layer(gpkg, "neighbourhoods", "Neighbourhoods"),
        layer(gpkg, "city_boundary", "City boundary"),
    ]
    for item in drawn:
        project.addMapLayer(item)
    map_png = out / "belmopan_map.png"
    layout = build_layout(
        project, drawn, "InfoSegura - Belmopan (synthetic sample)",
        "Synthetic data for training: invented streets, places and licences. Shelters are never shown.",
    )
    export_png(layout, map_png)
    del layout

    assets = layer(gpkg, "community_assets")
    print()
    print("Results")
    print(f"  GeoPackage : {gpkg}")
    print(f"  Map (PNG)  : {map_png}")
    print(f"  Community assets mapped: {assets.featureCount()} (sensitive shelters left out)")
    del drawn, assets
    project.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
