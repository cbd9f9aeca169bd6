"""The sample opens in the desktop as in `make demo`: styled, points above lines above polygons."""

import processing
from qgis.core import QgsProject


def _tree_tables(project):
    return [node.layer().source().split("layername=")[-1] for node in project.layerTreeRoot().findLayers()]


def test_loadsample_from_the_toolbox_adds_styled_layers_in_drawing_order(plugin, tmp_path, sample_gpkg):
    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults("infosegura:loadsample", {"OUTPUT": str(tmp_path / "belmopan.gpkg")})

    assert _tree_tables(project) == ["incidents", "community_assets", "landmarks", "mile_markers", "streets",
                                     "neighbourhoods", "city_boundary"]
    by_table = {node.layer().source().split("layername=")[-1]: node.layer()
                for node in project.layerTreeRoot().findLayers()}
    # Neighbourhoods are outlines: a fill would hide every point under it.
    fill = by_table["neighbourhoods"].renderer().symbol()
    assert fill.color().alpha() == 0
    assert by_table["streets"].renderer().type() == "categorizedSymbol"
    assert by_table["community_assets"].renderer().classAttribute() == "category"
    assert by_table["streets"].labelsEnabled()
    project.clear()
