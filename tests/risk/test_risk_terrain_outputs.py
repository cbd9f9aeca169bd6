"""infosegura:riskterrain outputs: the GeoTIFF (OUTPUT_RASTER), the polygon grid
(OUTPUT, optional, all cells or non-zero cells only), on the synthetic Belmopan sample
(outlets at the synthetic register's true positions) and small synthetic layers."""

import sqlite3
from contextlib import closing

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from infosegura_plugin.core.risk.grid_raster import NODATA
from infosegura_plugin.core.risk.risk_model import RISK_CLASSES
from tests.conftest import sample_layer
from tests.risk.test_hotspots_algorithm_sample import truth_outlets
from tests.risk.test_risk_terrain_algorithm import point_layer, square_area, synthetic_assets, synthetic_outlets

BANDS = ["outlet_count", "outlet_kde", "dist_outlet", "risk_score", "risk_class", "gi_z", "gi_class"]


def sample_parameters(**extra):
    parameters = {
        "OUTLETS": truth_outlets(), "OUTLET_CATEGORY_FIELD": "category",
        "ASSETS": sample_layer("community_assets"), "ASSET_CATEGORY_FIELD": "category",
        "STUDY_AREA": sample_layer("city_boundary"), "CELL_SIZE": 50, "GRID_TYPE": 1, "KDE_RADIUS": 400,
        "HOTSPOTS": 1, "REPORT": None,
    }
    parameters.update(extra)
    return parameters


@pytest.fixture(scope="module")
def both(run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    result = run_algorithm("infosegura:riskterrain", sample_parameters(
        OUTPUT=str(folder / "grid.gpkg"), OUTPUT_RASTER=str(folder / "grid.tif")))
    return result, folder


def raster_values_at(path, xs, ys):
    """Each band's value at the given points, and the band descriptions."""
    dataset = gdal.Open(path)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    cols = np.floor((np.asarray(xs) - x0) / dx).astype(int)
    rows = np.floor((np.asarray(ys) - y0) / dy).astype(int)
    values, names = {}, []
    for number in range(1, dataset.RasterCount + 1):
        band = dataset.GetRasterBand(number)
        names.append(band.GetDescription())
        values[band.GetDescription()] = band.ReadAsArray()[rows, cols]
    return values, names, dataset


def vector_rows(path):
    layer = QgsVectorLayer(path, "grid", "ogr")
    assert layer.isValid()
    rows = []
    for feature in layer.getFeatures():
        centre = feature.geometry().centroid().asPoint()
        rows.append({"x": centre.x(), "y": centre.y(), **{n: feature[n] for n in layer.fields().names()}})
    return layer, rows


def test_raster_bands_equal_the_vector_grid_cell_for_cell(both):
    result, _folder = both
    layer, rows = vector_rows(result["OUTPUT"])
    values, names, dataset = raster_values_at(result["OUTPUT_RASTER"], [r["x"] for r in rows], [r["y"] for r in rows])
    assert names == BANDS
    # Every cell of the vector grid is a pixel with data, and no other pixel has data.
    data_pixels = int((dataset.GetRasterBand(1).ReadAsArray() != NODATA).sum())
    assert data_pixels == layer.featureCount() == len(rows)
    for name in ("outlet_count", "gi_class"):
        assert values[name].tolist() == [float(r[name]) for r in rows], name
    for name in ("outlet_kde", "dist_outlet", "risk_score", "gi_z"):
        assert values[name] == pytest.approx(np.array([r[name] for r in rows], dtype=float), rel=1e-6, abs=1e-6), name
    assert [RISK_CLASSES[int(v) - 1] for v in values["risk_class"]] == [r["risk_class"] for r in rows]
    # The sample has outlets in several classes: the comparison is not between constants.
    assert len({r["risk_class"] for r in rows}) >= 3
    assert sum(r["outlet_count"] for r in rows) > 50


def test_raster_opens_styled_like_the_grid(both):
    result, _folder = both
    raster = QgsRasterLayer(result["OUTPUT_RASTER"], "risk raster")
    assert raster.isValid()
    renderer = raster.renderer()
    assert renderer.type() == "paletted"
    # QgsRasterRenderer.inputBand() from QGIS 3.38 (band() is deprecated there); band() before
    band = renderer.inputBand() if hasattr(renderer, "inputBand") else renderer.band()
    assert band == BANDS.index("risk_class") + 1
    grid = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    grid_colours = {c.value(): c.symbol().color().name() for c in grid.renderer().categories()}
    raster_colours = {RISK_CLASSES[int(c.value) - 1]: c.color.name() for c in renderer.classes()}
    assert raster_colours == grid_colours
    assert [c.label for c in renderer.classes()] == ["Very low", "Low", "Moderate", "High", "Very high"]


def test_raster_loaded_into_the_project_is_styled(plugin, tmp_path):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("infosegura:riskterrain", sample_parameters(
        OUTPUT=None, OUTPUT_RASTER=str(tmp_path / "risk.tif"), HOTSPOTS=0))
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert [layer.name() for layer in added] == ["Risk terrain raster (expert-weighted)"]
        assert isinstance(added[0], QgsRasterLayer) and added[0].bandCount() == 5
        assert added[0].renderer().type() == "paletted"
        assert (tmp_path / "risk.qml").exists()  # the style travels with the file
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_raster_is_tiled_compressed_with_overviews(run_algorithm, tmp_path):
    pts, cats = synthetic_outlets()
    result = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": point_layer(pts, cats, name="outlets"), "ASSETS": synthetic_assets(), "STUDY_AREA": square_area(),
        "CELL_SIZE": 2, "GRID_TYPE": 1, "KDE_RADIUS": 200, "OUTPUT": None, "REPORT": None,
        "OUTPUT_RASTER": str(tmp_path / "fine.tif")})
    dataset = gdal.Open(result["OUTPUT_RASTER"])
    assert dataset.RasterXSize > 500
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    band = dataset.GetRasterBand(1)
    assert band.GetBlockSize() == [256, 256]
    assert band.GetOverviewCount() >= 1
    smallest = band.GetOverview(band.GetOverviewCount() - 1)
    assert max(smallest.XSize, smallest.YSize) < 300  # zoomed out, QGIS reads a small overview
    assert dataset.GetMetadataItem("risk_model") == "expert-weighted"
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_vector_only_raster_only_and_both(run_algorithm, tmp_path):
    vector_only = run_algorithm("infosegura:riskterrain", sample_parameters(OUTPUT=str(tmp_path / "v.gpkg")))
    assert set(vector_only) == {"OUTPUT"}
    assert not list(tmp_path.glob("*.tif"))
    raster_only = run_algorithm("infosegura:riskterrain", sample_parameters(
        OUTPUT=None, OUTPUT_RASTER=str(tmp_path / "r.tif")))
    assert set(raster_only) == {"OUTPUT_RASTER"}
    assert [p.name for p in tmp_path.glob("*.gpkg")] == ["v.gpkg"]
    with pytest.raises(QgsProcessingException, match="Choose at least one output"):
        run_algorithm("infosegura:riskterrain", sample_parameters(OUTPUT=None))


def test_raster_needs_square_cells_and_a_geotiff(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="needs square cells"):
        run_algorithm("infosegura:riskterrain", sample_parameters(
            GRID_TYPE=0, OUTPUT=str(tmp_path / "hex.gpkg"), OUTPUT_RASTER=str(tmp_path / "hex.tif")))
    assert not (tmp_path / "hex.gpkg").exists() and not (tmp_path / "hex.tif").exists()
    with pytest.raises(QgsProcessingException, match="must be a GeoTIFF"):
        run_algorithm("infosegura:riskterrain", sample_parameters(OUTPUT=None, OUTPUT_RASTER=str(tmp_path / "r.img")))


def test_nonzero_only_keeps_exactly_the_cells_with_a_score(both, run_algorithm, tmp_path):
    result, _folder = both
    _full_layer, full = vector_rows(result["OUTPUT"])
    subset = run_algorithm("infosegura:riskterrain", sample_parameters(
        OUTPUT=str(tmp_path / "nonzero.gpkg"), NONZERO_ONLY=True))
    layer, rows = vector_rows(subset["OUTPUT"])
    factors = ["on_premise_near", "outlet_density", "off_premise_near", "bus_terminal_near", "market_near",
               "police_near"]
    expected = {r["cell_id"]: r for r in full
                if r["outlet_count"] > 0 or r["outlet_kde"] > 0 or any(r[f] for f in factors)}
    assert 0 < len(expected) < len(full)
    assert {r["cell_id"] for r in rows} == set(expected)
    for row in rows:  # the same values as in the full grid (Gi* of the whole grid included)
        assert {k: v for k, v in row.items() if k not in ("fid",)} == {
            k: v for k, v in expected[row["cell_id"]].items() if k not in ("fid",)}
    assert layer.featureCount() == len(expected)


def test_geopackage_grid_has_a_valid_spatial_index(both):
    result, _folder = both
    path = result["OUTPUT"]
    layer = QgsVectorLayer(path, "grid", "ogr")
    table = layer.dataProvider().uri().param("layername") or "grid"
    with closing(sqlite3.connect(path)) as connection:
        rtree = f"rtree_{table}_geom"
        assert connection.execute("SELECT rtreecheck(?)", (rtree,)).fetchone()[0] == "ok"
        assert connection.execute(f'SELECT count(*) FROM "{rtree}"').fetchone()[0] == layer.featureCount()
        count = connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)).fetchone()
        assert count[0] == layer.featureCount()
    # A map window asks through the index: the same cells as testing every cell.
    window = QgsRectangle(311500, 1906500, 312700, 1907400)
    indexed = {f["cell_id"] for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(window))}
    brute = {f["cell_id"] for f in layer.getFeatures() if f.geometry().boundingBox().intersects(window)}
    assert indexed == brute and len(indexed) > 100
    extent = layer.extent()
    assert extent.width() > 5000 and extent.height() > 5000


def test_grid_into_an_existing_geopackage_keeps_its_other_layers(run_algorithm, tmp_path):
    from infosegura_plugin.core.geopackage import copy_layer_to_gpkg

    gpkg = tmp_path / "results.gpkg"
    copy_layer_to_gpkg(sample_layer("neighbourhoods"), gpkg, "neighbourhoods")
    result = run_algorithm("infosegura:riskterrain", sample_parameters(
        OUTPUT=f"ogr:dbname='{gpkg}' table=\"risk_terrain\" (geom)"))
    grid = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    areas = QgsVectorLayer(f"{gpkg}|layername=neighbourhoods", "areas", "ogr")
    assert grid.isValid() and grid.featureCount() > 1000
    assert areas.isValid() and areas.featureCount() == sample_layer("neighbourhoods").featureCount()
    assert grid.renderer().type() == "categorizedSymbol"


def test_other_formats_get_the_same_grid(both, run_algorithm, tmp_path):
    result, _folder = both
    _layer, expected = vector_rows(result["OUTPUT"])
    # A memory layer goes through the Processing sink (the GeoPackage path is not used).
    layer = run_algorithm("infosegura:riskterrain", sample_parameters(OUTPUT="memory:"))["OUTPUT"]
    assert layer.providerType() == "memory"
    by_id = {r["cell_id"]: r for r in expected}
    assert layer.featureCount() == len(expected)
    for feature in layer.getFeatures():
        row = by_id[feature["cell_id"]]
        assert feature["risk_class"] == row["risk_class"]
        assert feature["outlet_count"] == row["outlet_count"]
        assert feature["gi_z"] == row["gi_z"] and feature["dist_outlet"] == row["dist_outlet"]
        assert feature.geometry().centroid().asPoint().distance(row["x"], row["y"]) < 1e-6


class CancelWhileWriting(QgsProcessingFeedback):
    """Cancels once the analysis is done and the outputs are being written (progress > 72 %)."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, value):
        if value > 72 and not self.isCanceled():
            self.cancel()


@pytest.mark.parametrize("raster", [True, False], ids=["raster and grid", "grid only"])
def test_cancel_while_writing_leaves_no_half_written_grid(run_algorithm, tmp_path, raster):
    outputs = {"OUTPUT": str(tmp_path / "risk.gpkg")}
    if raster:
        outputs["OUTPUT_RASTER"] = str(tmp_path / "risk.tif")
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_algorithm("infosegura:riskterrain", sample_parameters(**outputs), feedback=CancelWhileWriting())
    assert not (tmp_path / "risk.tif").exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
    grid = tmp_path / "risk.gpkg"
    if grid.exists():  # QGIS creates the table before the rows: then it must be empty, not half full
        assert QgsVectorLayer(str(grid), "grid", "ogr").featureCount() == 0


def test_grid_table_fids_follow_the_index_and_cell_ids_are_unique(both):
    result, _folder = both
    layer = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    fids = [f.id() for f in layer.getFeatures()]
    ids = [f["cell_id"] for f in layer.getFeatures()]
    assert sorted(fids) == list(range(1, len(fids) + 1))
    assert len(set(ids)) == len(ids)
    # Near the study area's corner: the grid reaches at most one cell beyond it.
    box = sample_layer("city_boundary").extent()
    assert layer.extent().xMinimum() >= box.xMinimum() - 50 - 1e-6
