"""`make demo`: the main job, headless, on the bundled synthetic Belmopan sample.

Runs the same Processing algorithms a user runs from the toolbox or qgis_process, writes
every result into one GeoPackage (each layer with its style stored as default) plus a
PNG map under the output folder, then shares the results (a bundle for another agency,
the PDF atlas, the public-safe export), and prints a short summary.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ and hasattr(os, "getuid"):
    # Qt's default when unset, made explicitly so Qt does not print a warning about it.
    _runtime = Path("/tmp") / f"runtime-{os.getuid()}"
    _runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(_runtime)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


class QuietFeedback(QgsProcessingFeedback):
    """Prints warnings and errors only; the demo prints its own summary."""

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS API)
        print("  error:", error)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        print("  warning:", warning)


def start_qgis(lang=None):
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    app = QgsApplication([], False)
    app.initQgis()
    app.infosegura_translator = install_language(lang)
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def install_language(lang):
    """The plugin's catalogue for ``lang`` (compiled from i18n/ with lrelease), as QGIS
    installs it for a user whose locale is ``lang``; None for English."""
    if not lang or lang.lower().startswith("en"):
        return None
    from qgis.PyQt.QtCore import QLocale

    from infosegura_plugin.i18n import install_translator

    language = lang[:2].lower()
    ts = ROOT / "i18n" / f"infosegura_{language}.ts"
    if not ts.exists():
        raise SystemExit(f"demo: no translation for '{lang}' (no {ts.relative_to(ROOT)})")
    qm_dir = ROOT / "build" / "i18n"
    qm_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm_dir / f"infosegura_{language}.qm")], check=True)
    QLocale.setDefault(QLocale(lang))
    translator = install_translator(lang, [qm_dir])
    if translator is None:
        raise SystemExit(f"demo: could not load the {language} catalogue from {qm_dir}")
    return translator


def run(algorithm_id, parameters):
    import processing

    print(f"- {algorithm_id}")
    return processing.run(algorithm_id, parameters, feedback=QuietFeedback())


def layer(gpkg, table, title=None):
    result = QgsVectorLayer(f"{gpkg}|layername={table}", title or table, "ogr")
    if not result.isValid():
        raise SystemExit(f"demo: {table} is missing from {gpkg}")
    return result


def selection(gpkg, table, expression):
    """The features of a table that match ``expression``, as an in-memory layer."""
    # Not a subset string: on QGIS 3.22 / GDAL 3.6 a GeoPackage subset string can make
    # other layers of the same file fail to open.
    return layer(gpkg, table).materialize(QgsFeatureRequest().setFilterExpression(expression))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--plant", help="a point layer of more community assets (e.g. sensitive places under "
                        "odd spellings) added to the analysis input only; tests/test_privacy.py uses it")
    parser.add_argument("--lang", default=None,
                        help="language of the layer names, legends and map (e.g. es; default: English)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "belmopan_results.gpkg"
    for stale in (gpkg, Path(f"{gpkg}-wal"), Path(f"{gpkg}-shm"), Path(f"{gpkg}-journal")):
        if stale.exists():
            stale.unlink()

    app, _provider = start_qgis(args.lang)
    print("InfoSegura demo on the synthetic Belmopan sample")
    summary = pipeline(gpkg, out, args.plant)
    changes = season_to_season(gpkg, out)
    changes["application"] = application_check(gpkg, out, summary["assets"])
    show_map(gpkg, out / "belmopan_map.png")
    show_changes_map(gpkg, out / "belmopan_changes.png")
    summary["shared"] = share(gpkg, out, summary["assets"])
    print_summary(gpkg, out, summary)
    print_changes(gpkg, out, changes)
    QgsProject.instance().clear()
    return 0


def table_uri(gpkg, table):
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


def analysis_assets(plant=None):
    """The community assets as an analyst holds them: every sample asset, the sensitive
    shelters included (the tools must never show them), plus ``plant`` when given."""
    from qgis.core import QgsFeature, QgsField

    from infosegura_plugin.core.sample_data import sample_layer

    assets = sample_layer("community_assets")
    if plant:
        extra = QgsVectorLayer(str(plant), "planted", "ogr")
        if not extra.isValid():
            raise SystemExit(f"demo: cannot read {plant}")
        names = assets.fields().names()
        assets.dataProvider().addAttributes([QgsField(f) for f in extra.fields() if f.name() not in names])
        assets.updateFields()
        rows = []
        for feature in extra.getFeatures():
            row = QgsFeature(assets.fields())
            row.setGeometry(feature.geometry())
            for field in extra.fields().names():
                if assets.fields().lookupField(field) >= 0:
                    row[field] = feature[field]
            rows.append(row)
        assets.dataProvider().addFeatures(rows)
    return assets


def pipeline(gpkg, out, plant=None):
    """Sample register -> geocoded premises -> conflicts, risk grid, hot spots, communities."""
    sample = ROOT / "resources" / "sample"
    run("infosegura:loadsample", {"OUTPUT": str(gpkg)})
    imported = run("infosegura:importregister", {
        "INPUT": str(sample / "licence_register.xlsx"),
        "REFERENCE_DATE": "2026-01-01",
        "OUTPUT": table_uri(gpkg, "licence_register"),
    })
    geocoded = run("infosegura:geocodeaddresses", {
        "INPUT": layer(gpkg, "licence_register"), "ADDRESS_FIELD": "address",
        "STREETS": layer(gpkg, "streets"), "STREET_NAME_FIELD": "name", "STREET_ALIAS_FIELD": "alt_names",
        "LEFT_FROM_FIELD": "l_from", "LEFT_TO_FIELD": "l_to", "RIGHT_FROM_FIELD": "r_from", "RIGHT_TO_FIELD": "r_to",
        "AREAS": layer(gpkg, "neighbourhoods"), "AREA_NAME_FIELD": "name",
        "LANDMARKS": layer(gpkg, "landmarks"), "LANDMARK_NAME_FIELD": "name",
        "MILE_MARKERS": layer(gpkg, "mile_markers"),
        "USE_MEMORY": False,
        "OUTPUT": table_uri(gpkg, "licensed_premises"),
    })
    # Only premises the geocoder placed without doubt feed the analysis; tied and
    # unmatched rows stay in licensed_premises for review. Expired licences stay in:
    # a lapsed licence rarely closes the bar.
    outlets = selection(gpkg, "licensed_premises", "\"gc_status\" = 'matched'")
    incidents_after = selection(gpkg, "incidents", '"period" = 2')
    assets = analysis_assets(plant)
    conflicts = run("infosegura:proximityconflicts", {
        "OUTLETS": outlets, "ASSETS": assets, "ASSET_CATEGORY_FIELD": "category",
        "CATEGORIES": "school,youth_centre,playground", "DISTANCE": 150,
        "OUTPUT": table_uri(gpkg, "proximity_conflicts"),
    })
    run("infosegura:riskterrain", {
        "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category",
        "ASSETS": assets, "ASSET_CATEGORY_FIELD": "category",
        "STUDY_AREA": layer(gpkg, "city_boundary"),
        "CELL_SIZE": 50, "GRID_TYPE": 0, "KDE_RADIUS": 400,
        "VALIDATION_INCIDENTS": incidents_after,
        "OUTPUT": table_uri(gpkg, "risk_terrain"),
        "REPORT": str(out / "risk_terrain_report.html"),
    })
    run("infosegura:hotspots", {
        "INPUT": layer(gpkg, "risk_terrain"), "FIELD": "outlet_kde", "NEIGHBOURHOOD": 0,
        "PERMUTATIONS": 0, "FDR": True, "SEED": 1,
        "OUTPUT": table_uri(gpkg, "hot_spots"),
    })
    run("infosegura:communityprofiles", {
        "AREAS": layer(gpkg, "neighbourhoods"), "AREA_NAME_FIELD": "name",
        "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category", "POPULATION_FIELD": "population",
        "RISK_GRID": layer(gpkg, "hot_spots"), "CONFLICTS": layer(gpkg, "proximity_conflicts"),
        "OUTPUT": table_uri(gpkg, "community_profiles"),
    })
    return {"imported": imported, "geocoded": geocoded, "conflicts": conflicts, "assets": assets}


def season_to_season(gpkg, out):
    """The register one quarter later: geocoded, compared with the first one; emerging hot
    spots of the incidents over twelve quarters."""
    sample = ROOT / "resources" / "sample"
    run("infosegura:importregister", {
        "INPUT": str(sample / "licence_register_2026q2.csv"), "REFERENCE_DATE": "2026-04-01",
        "OUTPUT": table_uri(gpkg, "licence_register_2026q2"),
    })
    run("infosegura:geocodeaddresses", {
        "INPUT": layer(gpkg, "licence_register_2026q2"), "ADDRESS_FIELD": "address",
        "STREETS": layer(gpkg, "streets"), "STREET_NAME_FIELD": "name", "STREET_ALIAS_FIELD": "alt_names",
        "LEFT_FROM_FIELD": "l_from", "LEFT_TO_FIELD": "l_to", "RIGHT_FROM_FIELD": "r_from", "RIGHT_TO_FIELD": "r_to",
        "AREAS": layer(gpkg, "neighbourhoods"), "AREA_NAME_FIELD": "name",
        "LANDMARKS": layer(gpkg, "landmarks"), "LANDMARK_NAME_FIELD": "name",
        "MILE_MARKERS": layer(gpkg, "mile_markers"), "USE_MEMORY": False,
        "OUTPUT": table_uri(gpkg, "licensed_premises_2026q2"),
    })
    changes = run("infosegura:compareregisters", {
        "OLD": layer(gpkg, "licensed_premises"), "NEW": layer(gpkg, "licensed_premises_2026q2"),
        "KEY_FIELD": "licence_id", "MOVE_DISTANCE": 50,
        "AREAS": layer(gpkg, "neighbourhoods"), "AREA_NAME_FIELD": "name", "POPULATION_FIELD": "population",
        "OUTPUT": table_uri(gpkg, "register_changes"), "MOVES": table_uri(gpkg, "register_moves"),
        "SUMMARY": table_uri(gpkg, "register_change_summary"),
    })
    history = QgsVectorLayer(f"{sample / 'belmopan_history.gpkg'}|layername=incidents_history", "history", "ogr")
    emerging = run("infosegura:emerginghotspots", {
        "EVENTS": history.materialize(QgsFeatureRequest()), "PERIOD_FIELD": "reported", "INTERVAL": 2,
        "STUDY_AREA": layer(gpkg, "city_boundary"), "CELL_SIZE": 200, "GRID_TYPE": 0, "TIME_WINDOW": 1,
        "CONFIDENCE": 0, "FDR": True, "OUTPUT": table_uri(gpkg, "emerging_hotspots"),
    })
    return {"changes": changes, "emerging": emerging}


def application_check(gpkg, out, assets=None):
    """A (synthetic) application for a night club in the Capital Core: one page for the board."""
    outlets = selection(gpkg, "licensed_premises", "\"gc_status\" = 'matched'")
    return run("infosegura:checkapplication", {
        "LOCATION": "312650,1908420 [EPSG:32616]", "PREMISES_NAME": "Jaguar Night Club (synthetic application)",
        "REFERENCE": "APP-2026-014", "CATEGORY": 0, "LICENCE_CLASS": "Night Club",
        "ASSETS": assets or layer(gpkg, "community_assets"), "ASSET_CATEGORY_FIELD": "category",
        "YOUTH_CATEGORIES": "school,youth_centre,playground",
        "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category",
        "RISK_GRID": layer(gpkg, "hot_spots"), "PROFILES": layer(gpkg, "community_profiles"),
        "PROFILE_NAME_FIELD": "name", "STREETS": layer(gpkg, "streets"), "DISTANCES": "100,300,500",
        "LANGUAGE": 0, "OUTPUT_PDF": str(out / "application_check.pdf"),
        "OUTPUT_HTML": str(out / "application_check.html"),
    })


def show_changes_map(gpkg, map_png):
    from infosegura_plugin.core.print_map import build_layout, export_png

    project = QgsProject.instance()
    project.removeAllMapLayers()
    drawn = [
        layer(gpkg, "register_changes", "Premises: change since the last register"),
        layer(gpkg, "register_moves", "Moved premises (old to new place)"),
        layer(gpkg, "emerging_hotspots", "Emerging hot spots of incidents|(12 quarters, 200 m hexagons)"),
        layer(gpkg, "register_change_summary", "Net change of outlets per neighbourhood"),
        layer(gpkg, "city_boundary", "City boundary"),
    ]
    for item in drawn:
        project.addMapLayer(item)
    boundary = drawn[-1].extent()
    boundary.scale(1.08)
    layout = build_layout(
        project, drawn, "InfoSegura - Belmopan: what changed in a quarter (synthetic sample)",
        "Synthetic data for training. Register of 2026-Q2 compared with the first register; incidents simulated "
        "over twelve quarters.", extent=boundary,
    )
    export_png(layout, map_png)
    del layout
    project.removeAllMapLayers()


def show_map(gpkg, map_png):
    from infosegura_plugin.core.print_map import build_layout, export_png
    from infosegura_plugin.core.sample_map import results_map_layers, results_map_note, results_map_title

    project = QgsProject.instance()
    drawn = [layer(gpkg, table, title) for table, title in results_map_layers()]
    for item in drawn:
        project.addMapLayer(item)
    boundary = drawn[-1].extent()
    boundary.scale(1.08)
    layout = build_layout(project, drawn, results_map_title(), results_map_note(), extent=boundary)
    export_png(layout, map_png)
    del layout


def share(gpkg, out, assets=None):
    """The sharing tools: a bundle for another agency, the printed atlas, the public export.
    ``assets``: the analysts' community assets (sensitive places included: the tools drop them)."""
    premises = layer(gpkg, "licensed_premises")
    assets = assets or layer(gpkg, "community_assets")
    bundle = run("infosegura:exportbundle", {
        "LAYERS": [premises, layer(gpkg, "proximity_conflicts"), assets,
                   layer(gpkg, "hot_spots"), layer(gpkg, "community_profiles"), layer(gpkg, "neighbourhoods"),
                   layer(gpkg, "streets")],
        "TITLE": "Belmopan licensed premises and risk (synthetic sample)",
        "OUTPUT": str(out / "belmopan_bundle.gpkg"), "REPORT": str(out / "belmopan_bundle.html"),
    })
    from infosegura_plugin.core.styling import apply_style

    matched = selection(gpkg, "licensed_premises", "\"gc_status\" = 'matched'")
    apply_style(matched, "geocoded_premises")
    atlas = run("infosegura:printatlas", {
        "AREAS": layer(gpkg, "community_profiles"), "AREA_NAME_FIELD": "name",
        "RISK_GRID": layer(gpkg, "hot_spots"), "OUTLETS": matched,
        "CONFLICTS": layer(gpkg, "proximity_conflicts"), "ASSETS": assets,
        "TITLE": "Belmopan (synthetic sample)", "OUTPUT": str(out / "belmopan_atlas.pdf"),
    })
    public = run("infosegura:publicexport", {
        "AREAS": layer(gpkg, "community_profiles"), "AREA_NAME_FIELD": "name",
        "INCIDENTS": layer(gpkg, "incidents"), "PREMISES": premises,
        "ASSETS": assets, "CONFLICTS": layer(gpkg, "proximity_conflicts"),
        "MIN_COUNT": 5, "OUTPUT": str(out / "belmopan_public.gpkg"),
    })
    return {"bundle": bundle, "atlas": atlas, "public": public}


def print_summary(gpkg, out, summary):
    imported, geocoded = summary["imported"], summary["geocoded"]
    profiles = layer(gpkg, "community_profiles")
    ranked = sorted(profiles.getFeatures(), key=lambda f: f["rank"])
    print()
    print("Results")
    print(f"  GeoPackage  : {gpkg}  (every layer opens styled)")
    print(f"  Map (PNG)   : {out / 'belmopan_map.png'}")
    print(f"  Risk report : {out / 'risk_terrain_report.html'}")
    shared = summary["shared"]
    print(f"  Bundle      : {shared['bundle']['OUTPUT']}  ({shared['bundle']['CLASSIFICATION']}; "
          f"run record {shared['bundle']['REPORT']})")
    print(f"  Atlas (PDF) : {shared['atlas']['OUTPUT']}  ({shared['atlas']['PAGES']} pages)")
    print(f"  Public      : {shared['public']['OUTPUT']}  (no shelters, no personal data, incidents as counts)")
    print(f"  Register rows read: {imported['ROWS_READ']}, with issues: {imported['ROWS_WITH_ISSUES']}")
    print(f"  Geocoded: {geocoded['MATCHED']} matched, {geocoded['TIED']} tied (to review), "
          f"{geocoded['UNMATCHED']} unmatched")
    print(f"  Outlet-asset conflicts within 150 m: {summary['conflicts']['CONFLICT_COUNT']}")
    print("  Five highest-risk neighbourhoods:")
    for feature in ranked[:5]:
        print(f"    {feature['rank']}. {feature['name']}: {feature['outlets']} outlets, "
              f"mean risk {feature['risk_mean']:.2f}, {feature['conflicts']} "
              f"{'conflict' if feature['conflicts'] == 1 else 'conflicts'}")


def print_changes(gpkg, out, season):
    changes, emerging = season["changes"], season["emerging"]
    print("  What changed in the register one quarter later (2026-Q2):")
    print(f"    {changes['NEW_COUNT']} new, {changes['CLOSED_COUNT']} closed, {changes['MOVED_COUNT']} moved, "
          f"{changes['CLASS_CHANGED_COUNT']} changed class, {changes['RENEWED_COUNT']} renewed, "
          f"{changes['UNCHANGED_COUNT']} unchanged")
    summary = layer(gpkg, "register_change_summary")
    moving = sorted(summary.getFeatures(), key=lambda f: (-abs(f["net"]), f["name"]))[:3]
    print("    Largest net change: " + ", ".join(f"{f['name']} {f['net']:+d}" for f in moving))
    patterns = {}
    for feature in layer(gpkg, "emerging_hotspots").getFeatures():
        if feature["pattern"] != "no_pattern":
            patterns[feature["pattern"]] = patterns.get(feature["pattern"], 0) + 1
    print(f"  Emerging hot spots of incidents over {emerging['PERIODS']} quarters (cells): "
          + (", ".join(f"{n} {p.replace('_', ' ')}" for p, n in sorted(patterns.items())) or "none"))
    print(f"  Changes map (PNG): {out / 'belmopan_changes.png'}")
    check = season["application"]
    print(f"  Licence application check ({check['COMMUNITY']}): {check['OUTPUT_PDF']} and {check['OUTPUT_HTML']}")
    for sentence in check["SUMMARY"].splitlines()[:3]:
        print(f"    {sentence}")


if __name__ == "__main__":
    _status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_status or 0)  # skip PyQt/QGIS teardown, which can crash once the work is done
