"""Spanish all the way to the legend: styles, layer names and the bundled model's label
follow the user's QGIS locale; the QML files stay one English file each."""

import json
import sqlite3
import xml.etree.ElementTree as ET
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from infosegura_plugin.core.legend_labels import STYLE_LABELS, translate_legend
from infosegura_plugin.core.risk.model_text import BUNDLED_MODEL_TEXTS
from infosegura_plugin.core.styling import apply_style

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "resources" / "styles"
GEOMETRY = {"marker": "Point", "line": "LineString", "fill": "Polygon"}


def qml_labels(path: Path):
    """Every label with words a QML shows in a legend: categories, rules, ranges, colour-ramp
    items ("5 – 9" reads the same in every language)."""
    root = ET.parse(path).getroot()
    return [e.get("label") for tag in ("category", "rule", "range", "item", "paletteEntry")
            for e in root.iter(tag) if e.get("label") and any(c.isalpha() for c in e.get("label"))]


def layer_labels(layer):
    renderer = layer.renderer()
    if hasattr(renderer, "classes"):  # a paletted raster (the risk terrain raster)
        return [c.label for c in renderer.classes()]
    if hasattr(renderer, "categories"):
        return [c.label() for c in renderer.categories()]
    if hasattr(renderer, "ranges"):
        return [r.label() for r in renderer.ranges()]
    if hasattr(renderer, "rootRule"):
        return [r.label() for r in renderer.rootRule().descendants()]
    return []


def styled_layer(style):
    """A memory layer of the style's geometry (its first symbol's type) with the style; a
    small GeoTIFF with as many bands as the style needs for a raster style."""
    raster = ET.parse(STYLES / f"{style}.qml").getroot().find(".//rasterrenderer")
    if raster is not None:
        return _styled_raster(style, int(raster.get("band")))
    first_symbol = ET.parse(STYLES / f"{style}.qml").getroot().find(".//renderer-v2//symbol")
    geometry = GEOMETRY[first_symbol.get("type")] if first_symbol is not None else "Point"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32616", style, "memory")
    assert apply_style(layer, style), style
    return layer


def _styled_raster(style, bands):
    import tempfile

    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    path = str(Path(tempfile.mkdtemp()) / f"{style}.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 4, 4, bands, gdal.GDT_Float32)
    dataset.SetGeoTransform((300000, 100, 0, 1900000, 0, -100))
    dataset = None
    layer = QgsRasterLayer(path, style)
    assert apply_style(layer, style), style
    return layer


ALL_STYLES = sorted(p.stem for p in STYLES.glob("*.qml"))
ENGLISH = {label for labels in STYLE_LABELS.values() for label in labels}


@pytest.mark.parametrize("style", ALL_STYLES)
def test_the_label_table_lists_exactly_the_labels_of_each_qml(style):
    """A label added to a QML but not to core/legend_labels.py would stay English."""
    assert sorted(qml_labels(STYLES / f"{style}.qml")) == sorted(STYLE_LABELS.get(style, ())), (
        f"add the labels of resources/styles/{style}.qml to STYLE_LABELS, then `make i18n`")


def test_the_table_names_no_missing_style():
    assert set(STYLE_LABELS) <= set(ALL_STYLES)


@pytest.mark.parametrize("style", sorted(STYLE_LABELS))
def test_each_style_opens_with_a_spanish_legend(spanish, style):
    labels = [label for label in layer_labels(styled_layer(style)) if any(c.isalpha() for c in label)]
    assert len(labels) == len(STYLE_LABELS[style])
    left_in_english = [label for label in labels if label in ENGLISH]
    assert left_in_english == []
    expected = [QCoreApplication.translate("Styles", label) for label in qml_labels(STYLES / f"{style}.qml")]
    assert labels == expected


def test_spanish_hot_spot_and_geocoding_legends_read_as_a_user_sees_them(spanish):
    assert "Punto caliente, 99 % de confianza" in layer_labels(styled_layer("hotspots"))
    assert layer_labels(styled_layer("geocoded_premises")) == [
        "Ubicado", "Empatado: revisar (se muestra en el mejor candidato)", "No ubicado (sin ubicación)"]
    assert layer_labels(styled_layer("risk_grid")) == ["Muy bajo", "Bajo", "Moderado", "Alto", "Muy alto"]


def test_without_a_translator_the_legend_stays_english():
    assert layer_labels(styled_layer("risk_grid")) == ["Very low", "Low", "Moderate", "High", "Very high"]


def test_translating_twice_changes_nothing_more(spanish):
    layer = styled_layer("licence_register")
    assert translate_legend(layer) == 0


def test_the_bundled_model_texts_are_all_in_the_table():
    data = json.loads((ROOT / "resources" / "models" / "belmopan_expert.json").read_text(encoding="utf-8"))
    texts = [data["label"], data["description"]] + [factor["label"] for factor in data["factors"]]
    assert [t for t in texts if t not in BUNDLED_MODEL_TEXTS] == []


def test_the_bundled_model_loads_in_spanish(spanish):
    from infosegura_plugin.core.risk.risk_model import load_model

    model = load_model(ROOT / "resources" / "models" / "belmopan_expert.json")
    assert model.label == "ponderado por expertos"
    assert "Cerca de una estación de policía (protector)" in [f.label for f in model.factors]
    assert model.description.startswith("Modelo de terreno de riesgo")


def test_loadsample_names_and_stores_spanish_layers(spanish, run_algorithm, tmp_path, sample_gpkg):
    target = tmp_path / "muestra.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(target)}, context=context)
    names = {details.name for details in context.layersToLoadOnCompletion().values()}
    assert {"Calles", "Barrios", "Límite de la ciudad", "Bienes comunitarios"} <= names
    assert not names & {"streets", "neighbourhoods", "city_boundary", "community_assets"}
    # Another agency opening the file gets the Spanish legend stored with the layer.
    assets = QgsVectorLayer(f"{target}|layername=community_assets", "a", "ogr")
    assert "Escuela" in layer_labels(assets) and "School" not in layer_labels(assets)
    with closing(sqlite3.connect(target)) as db:
        stored = db.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = 'streets'").fetchone()[0]
    assert 'label="Carretera de circunvalación"' in stored


def test_risk_terrain_layer_name_carries_the_spanish_model_label(spanish, run_algorithm, tmp_path):
    from tests.conftest import sample_layer

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": sample_layer("community_assets"), "ASSETS": sample_layer("community_assets"),
        "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": sample_layer("city_boundary"),
        "CELL_SIZE": 200, "GRID_TYPE": 0, "KDE_RADIUS": 400,
        "OUTPUT": QgsProcessingOutputLayerDefinition(str(tmp_path / "riesgo.gpkg"), QgsProject.instance()),
        "REPORT": None,
    }, context=context)
    details = context.layerToLoadOnCompletionDetails(result["OUTPUT"])
    assert details.name == "Terreno de riesgo (ponderado por expertos)"
    grid = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    assert layer_labels(grid) == ["Muy bajo", "Bajo", "Moderado", "Alto", "Muy alto"]


def test_loadsample_layers_open_styled_in_the_project_in_spanish(spanish, plugin, tmp_path, sample_gpkg):
    """As the toolbox runs it: Processing loads the layers into the project (without the
    style stored in the GeoPackage), named and styled in the user's language."""
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("infosegura:loadsample", {"OUTPUT": str(tmp_path / "muestra.gpkg")})
    added = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
    try:
        by_name = {layer.name(): layer for layer in added}
        assert {"Calles", "Barrios", "Bienes comunitarios", "Límite de la ciudad"} <= set(by_name)
        assert layer_labels(by_name["Calles"]) == [
            "Carretera", "Carretera de circunvalación", "Bulevar", "Calle colectora", "Calle local"]
        assert "Escuela" in layer_labels(by_name["Bienes comunitarios"])
    finally:
        project.removeMapLayers([layer.id() for layer in added])
