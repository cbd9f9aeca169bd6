"""One file per algorithm; list each here so the provider registers it.

An algorithm whose module cannot be imported (the geocoder needs shapely, which some
QGIS installs lack) is left out with a message in the QGIS log; the others still load.
"""

import importlib

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

ALGORITHMS = [
    ("load_sample", "LoadSampleAlgorithm"),
    ("import_register", "ImportRegisterAlgorithm"),
    ("geocode_addresses", "GeocodeAddressesAlgorithm"),
    ("remember_placements", "RememberPlacementsAlgorithm"),
    ("proximity_conflicts", "ProximityConflictsAlgorithm"),
    ("risk_terrain", "RiskTerrainAlgorithm"),
    ("hotspots", "HotspotsAlgorithm"),
    ("community_profiles", "CommunityProfilesAlgorithm"),
    ("compare_registers", "CompareRegistersAlgorithm"),
    ("emerging_hotspots", "EmergingHotspotsAlgorithm"),
    ("check_application", "CheckApplicationAlgorithm"),
    ("export_bundle", "ExportBundleAlgorithm"),
    ("print_atlas", "PrintAtlasAlgorithm"),
    ("public_export", "PublicExportAlgorithm"),
    ("publish_postgis", "PublishPostgisAlgorithm"),
    ("run_analysis", "RunAnalysisAlgorithm"),
]


def all_algorithms():
    algorithms = []
    for module_name, class_name in ALGORITHMS:
        try:
            module = importlib.import_module(f"{__name__}.{module_name}")
        except ImportError as error:
            QgsMessageLog.logMessage(
                QCoreApplication.translate("InfoSeguraProvider", "{} is not available: {}. On Debian/Ubuntu install python3-shapely; other QGIS installers include it.").format(class_name, error),
                "InfoSegura",
                Qgis.Warning,
            )
            continue
        algorithms.append(getattr(module, class_name)())
    return algorithms
