"""Build resources/models/infosegura_analysis.model3: the InfoSegura analysis as a
Graphical Modeler model (the steps of infosegura:runanalysis, one box each), for users
who want to open the chain, change it and save their own version.

Run with `.venv/bin/python scripts/make_model.py`; the .model3 file is committed and a
test runs it on the sample.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF, QSizeF  # noqa: E402

MODEL = ROOT / "resources" / "models" / "infosegura_analysis.model3"
DEFAULT_CATEGORIES = "school, church, health_centre, playground, youth_centre"

POINT, LINE, POLYGON = QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon


def inputs():
    """Model inputs, in the order the dialog shows them."""
    field = QgsProcessingParameterField
    return [
        QgsProcessingParameterFile("register", "Licence register file (CSV, Excel, ODS)",
                                   fileFilter="Licence registers (*.csv *.txt *.tsv *.xlsx *.ods)"),
        QgsProcessingParameterString("reference_date", "Reference date for expiry (YYYY-MM-DD, empty = today)",
                                     optional=True),
        QgsProcessingParameterFeatureSource("streets", "Streets", [LINE]),
        field("street_name_field", "Street name field", "name", "streets", optional=True),
        QgsProcessingParameterFeatureSource("neighbourhoods", "Neighbourhoods", [POLYGON]),
        field("neighbourhood_name_field", "Neighbourhood name field", "name", "neighbourhoods", optional=True),
        QgsProcessingParameterFeatureSource("landmarks", "Landmarks", [POINT], optional=True),
        QgsProcessingParameterFeatureSource("community_assets", "Community assets", [POINT]),
        field("asset_category_field", "Asset category field", "category", "community_assets", optional=True),
        QgsProcessingParameterFeatureSource("study_area", "Study area", [POLYGON]),
        QgsProcessingParameterFeatureSource("incidents", "Incidents to fit the risk model (optional)", [POINT],
                                            optional=True),
        QgsProcessingParameterFile("risk_model", "Risk model (JSON; empty: expert-weighted Belmopan model)",
                                   extension="json", optional=True),
        QgsProcessingParameterNumber("cell_size", "Cell size (m)", QgsProcessingParameterNumber.Double, 50.0,
                                     minValue=1.0),
        QgsProcessingParameterEnum("grid_type", "Grid type", ["Hexagon", "Square"], defaultValue=0),
        QgsProcessingParameterNumber("kernel_radius", "Kernel radius for outlet density (m)",
                                     QgsProcessingParameterNumber.Double, 400.0, minValue=1.0),
        QgsProcessingParameterNumber("conflict_distance", "Conflict distance (m)",
                                     QgsProcessingParameterNumber.Double, 150.0, minValue=0.01),
        QgsProcessingParameterString("conflict_categories", "Asset categories for conflicts (comma-separated)",
                                     DEFAULT_CATEGORIES),
        QgsProcessingParameterString("hotspot_field", "Hot spots of (outlet_kde, risk_score or outlet_count)",
                                     "outlet_kde"),
        QgsProcessingParameterBoolean("fdr", "False discovery rate correction for hot spots", True),
    ]


def model_input(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def child_output(child, output="OUTPUT"):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child, output)


def static(value):
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


# (child id, algorithm, description, {parameter: source}, (model output name, description) or None)
STEPS = [
    ("import_register", "infosegura:importregister", "1. Import the licence register",
     {"INPUT": model_input("register"), "REFERENCE_DATE": model_input("reference_date")},
     ("licence_register", "Licence register")),
    ("geocode", "infosegura:geocodeaddresses", "2. Geocode the addresses",
     {"INPUT": child_output("import_register"), "ADDRESS_FIELD": static("address"),
      "STREETS": model_input("streets"), "STREET_NAME_FIELD": model_input("street_name_field"),
      "STREET_ALIAS_FIELD": static("alt_names"), "LEFT_FROM_FIELD": static("l_from"),
      "LEFT_TO_FIELD": static("l_to"), "RIGHT_FROM_FIELD": static("r_from"), "RIGHT_TO_FIELD": static("r_to"),
      "AREAS": model_input("neighbourhoods"), "AREA_NAME_FIELD": model_input("neighbourhood_name_field"),
      "LANDMARKS": model_input("landmarks"), "LANDMARK_NAME_FIELD": static("name"), "USE_MEMORY": static(False)},
     ("licensed_premises", "Licensed premises (geocoded)")),
    ("matched", "native:extractbyattribute", "3. Take the matched premises",
     {"INPUT": child_output("geocode"), "FIELD": static("gc_status"), "OPERATOR": static(0),
      "VALUE": static("matched")}, None),
    ("conflicts", "infosegura:proximityconflicts", "4. Outlets near community assets",
     {"OUTLETS": child_output("matched"), "ASSETS": model_input("community_assets"),
      "ASSET_CATEGORY_FIELD": model_input("asset_category_field"), "CATEGORIES": model_input("conflict_categories"),
      "DISTANCE": model_input("conflict_distance")},
     ("proximity_conflicts", "Proximity conflicts")),
    ("risk_terrain", "infosegura:riskterrain", "5. Risk terrain grid",
     {"OUTLETS": child_output("matched"), "OUTLET_CATEGORY_FIELD": static("category"),
      "ASSETS": model_input("community_assets"), "ASSET_CATEGORY_FIELD": model_input("asset_category_field"),
      "STUDY_AREA": model_input("study_area"), "CELL_SIZE": model_input("cell_size"),
      "GRID_TYPE": model_input("grid_type"), "KDE_RADIUS": model_input("kernel_radius"),
      "MODEL": model_input("risk_model"), "INCIDENTS": model_input("incidents")},
     ("risk_terrain", "Risk terrain grid")),
    ("hot_spots", "infosegura:hotspots", "6. Hot spots (Gi*)",
     {"INPUT": child_output("risk_terrain"), "FIELD": model_input("hotspot_field"), "NEIGHBOURHOOD": static(0),
      "PERMUTATIONS": static(0), "FDR": model_input("fdr")},
     ("hot_spots", "Hot spots")),
    ("community_profiles", "infosegura:communityprofiles", "7. Communities at highest risk",
     {"AREAS": model_input("neighbourhoods"), "AREA_NAME_FIELD": model_input("neighbourhood_name_field"),
      "OUTLETS": child_output("matched"), "OUTLET_CATEGORY_FIELD": static("category"),
      "RISK_GRID": child_output("hot_spots"), "CONFLICTS": child_output("conflicts")},
     ("community_profiles", "Community risk profiles")),
]


def build_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("infosegura_analysis", "InfoSegura", "infosegura")
    model.setHelpContent({
        "ALG_DESC": "The InfoSegura analysis as a model: a licence register file through import, geocoding, "
                    "proximity conflicts, risk terrain, hot spots and community profiles. The same steps as "
                    "the tool 'Run the whole analysis' (infosegura:runanalysis); open it in the Graphical "
                    "Modeler to change a step and save your own version.",
        "ALG_CREATOR": "InfoSegura",
    })
    for row, definition in enumerate(inputs()):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(140.0, 60.0 + 55.0 * row))
        component.setSize(QSizeF(250.0, 34.0))
        model.addModelParameter(definition, component)
    for row, (child_id, algorithm_id, description, sources, output) in enumerate(STEPS):
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(560.0, 120.0 + 140.0 * row))
        child.setSize(QSizeF(240.0, 40.0))
        for name, source in sources.items():
            child.addParameterSources(name, [source])
        # The other parameters at the tool's defaults, as the modeler's dialog would set them.
        for definition in child.algorithm().parameterDefinitions():
            if definition.name() not in sources and not definition.isDestination() \
                    and not definition.flags() & definition.FlagOptional:
                child.addParameterSources(definition.name(), [static(definition.defaultValue())])
        if output is not None:
            name, label = output
            model_output = QgsProcessingModelOutput(name, label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName("OUTPUT")
            model_output.setPosition(QPointF(900.0, 120.0 + 140.0 * row))
            model_output.setSize(QSizeF(220.0, 30.0))
            child.setModelOutputs({name: model_output})
        model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from infosegura_plugin.processing.provider import InfoSeguraProvider

    provider = InfoSeguraProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build_model()
    ok, errors = model.validate()
    if not ok:
        raise SystemExit("invalid model: " + "; ".join(errors))
    if not model.toFile(str(MODEL)):
        raise SystemExit(f"could not write {MODEL}")
    print("wrote", MODEL)
    return 0


if __name__ == "__main__":
    _status = main()
    sys.stdout.flush()
    os._exit(_status)
