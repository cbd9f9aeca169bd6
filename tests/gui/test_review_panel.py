"""The review panel on a real map canvas: rows, candidates, actions, undo and keys."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QDate, QPoint, Qt
from qgis.PyQt.QtTest import QTest

from infosegura_plugin.gui.review.candidate_markers import NumberedMarker
from infosegura_plugin.gui.review.review_dock import ReviewDock
from tests.gui.review_fixtures import fid_of, review_layer

TODAY = QDate.currentDate().toString(Qt.ISODate)


@pytest.fixture()
def panel(plugin, qgis_iface):
    QgsProject.instance().removeAllMapLayers()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32616"))
    canvas.setExtent(QgsRectangle(0, 0, 4000, 4000))
    layer = review_layer()
    dock = ReviewDock(qgis_iface)
    dock.ui.min_score.setValue(80)
    dock.set_layer(layer)
    yield dock, layer
    dock.close()
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeAllMapLayers()


def _point(layer, fid):
    geometry = layer.getFeature(fid).geometry()
    return None if geometry.isNull() else geometry.asPoint()


def test_lists_tied_unmatched_and_low_score_rows_with_counts(panel):
    dock, _layer = panel
    assert [row.address for row in dock.visible_rows()] == [
        "Hummingbird Hwy", "across from Shell gas station", "C. Caoba #132", "Tel 822-2345"]
    assert dock.ui.counts.text() == "1 tied, 2 unmatched, 1 low score, 1 reviewed"
    dock.ui.filter_text.setText("caoba")
    assert [row.address for row in dock.visible_rows()] == ["C. Caoba #132"]
    dock.ui.filter_text.setText("")
    dock.ui.category_boxes["unmatched"].setChecked(False)
    dock.ui.category_boxes["reviewed"].setChecked(True)
    assert [row.address for row in dock.visible_rows()] == [
        "Hummingbird Hwy", "across from Shell gas station", "5 Forest Drive"]
    dock.ui.min_score.setValue(60)
    assert "Hummingbird Hwy" not in [row.address for row in dock.visible_rows()]


def test_selected_row_shows_its_numbered_candidates_on_the_map(panel, qgis_iface):
    dock, layer = panel
    assert dock.select_fid(fid_of(layer, "across from Shell gas station"))
    assert dock.candidates_model.rowCount() == 2
    assert dock.candidates_model.index(1, 1).data() == "Shell Gas Station (San Martin)"
    canvas = qgis_iface.mapCanvas()
    markers = [item for item in canvas.scene().items() if isinstance(item, NumberedMarker)]
    numbered = sorted((m.text, m.map_point.x(), m.map_point.y()) for m in markers if m.text)
    assert numbered == [("1", 2000.0, 2000.0), ("2", 2600.0, 2400.0)]
    assert any(m.ring and m.map_point == QgsPointXY(2000, 2000) for m in markers)  # where the row is now
    extent = canvas.extent()
    assert extent.contains(QgsPointXY(2000, 2000)) and extent.contains(QgsPointXY(2600, 2400))
    assert extent.width() < 4000 and extent.height() < 4000  # zoomed in from the whole 4 km view


def test_take_candidate_sets_point_and_review_fields_and_undo_restores(panel):
    dock, layer = panel
    fid = fid_of(layer, "across from Shell gas station")
    dock.select_fid(fid)
    assert dock.take_candidate(2)
    feature = layer.getFeature(fid)
    assert _point(layer, fid) == QgsPointXY(2600, 2400)
    assert (feature["gc_status"], feature["gc_type"], feature["gc_score"]) == ("matched", "manual", 100.0)
    assert feature["gc_note"].startswith(TODAY) and "candidate 2" in feature["gc_note"]
    assert dock.ui.counts.text() == "0 tied, 2 unmatched, 1 low score, 2 reviewed"
    # The list moved on to the next row to settle.
    assert dock.current_row().address == "C. Caoba #132"

    layer.undoStack().undo()
    feature = layer.getFeature(fid)
    assert _point(layer, fid) == QgsPointXY(2000, 2000)
    assert (feature["gc_status"], feature["gc_type"], feature["gc_score"]) == ("tied", "landmark", 85.0)
    layer.undoStack().redo()
    assert layer.getFeature(fid)["gc_type"] == "manual"


def test_confirm_and_leave_unmatched(panel):
    dock, layer = panel
    low = fid_of(layer, "Hummingbird Hwy")
    dock.select_fid(low)
    assert dock.confirm_current()
    feature = layer.getFeature(low)
    assert (feature["gc_status"], feature["gc_type"], feature["gc_score"]) == ("matched", "manual", 100.0)
    assert _point(layer, low) == QgsPointXY(1100, 1100)
    assert "confirmed the street match (score 70)" in feature["gc_note"]

    phone = fid_of(layer, "Tel 822-2345")
    dock.select_fid(phone)
    assert not dock.confirm_current()  # no point to confirm: nothing changes
    assert layer.getFeature(phone)["gc_type"] is None or str(layer.getFeature(phone)["gc_type"]) in ("", "NULL")
    assert dock.leave_current("not a premises")
    feature = layer.getFeature(phone)
    assert (feature["gc_status"], feature["gc_type"]) == ("unmatched", "manual")
    assert feature["gc_note"] == f"{TODAY}: reviewed, left unmatched: not a premises"
    assert _point(layer, phone) is None

    tied = fid_of(layer, "across from Shell gas station")
    dock.select_fid(tied)
    dock.leave_current("outside the map")
    assert _point(layer, tied) is None  # a tied row left unmatched loses its provisional point
    layer.undoStack().undo()
    assert _point(layer, tied) == QgsPointXY(2000, 2000)
    assert layer.getFeature(tied)["gc_status"] == "tied"


def test_keys_drive_the_list(panel):
    dock, layer = panel
    view = dock.ui.rows_view
    view.setFocus()
    dock.select_fid(fid_of(layer, "Hummingbird Hwy"))
    QTest.keyClick(view, Qt.Key_Down)
    assert dock.current_row().address == "across from Shell gas station"
    QTest.keyClick(view, Qt.Key_2)  # take candidate 2, move on
    shell = fid_of(layer, "across from Shell gas station")
    assert _point(layer, shell) == QgsPointXY(2600, 2400)
    assert dock.current_row().address == "C. Caoba #132"
    QTest.keyClick(view, Qt.Key_1)
    caoba = fid_of(layer, "C. Caoba #132")
    assert _point(layer, caoba) == QgsPointXY(3000, 3000)
    assert layer.getFeature(caoba)["gc_status"] == "matched"
    QTest.keyClick(view, Qt.Key_Up)
    QTest.keyClick(view, Qt.Key_Up)
    assert dock.current_row().address == "Hummingbird Hwy"
    QTest.keyClick(view, Qt.Key_Return)  # confirm the low-score match
    assert layer.getFeature(fid_of(layer, "Hummingbird Hwy"))["gc_type"] == "manual"
    assert dock.counts()["reviewed"] == 4


def test_place_on_the_map_puts_the_point_where_the_canvas_was_clicked(panel, qgis_iface):
    dock, layer = panel
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(0, 0, 4000, 4000))
    phone = fid_of(layer, "Tel 822-2345")
    dock.select_fid(phone)
    QTest.keyClick(dock.ui.rows_view, Qt.Key_P)
    assert canvas.mapTool() is dock.place_tool
    canvas.setExtent(QgsRectangle(0, 0, 4000, 4000))  # the markers zoomed in: a known view
    click = QPoint(130, 170)
    expected = canvas.getCoordinateTransform().toMapCoordinates(click)
    QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, click)
    placed = _point(layer, phone)
    assert placed is not None
    assert abs(placed.x() - expected.x()) < 1e-6 and abs(placed.y() - expected.y()) < 1e-6
    feature = layer.getFeature(phone)
    assert (feature["gc_status"], feature["gc_type"], feature["gc_score"]) == ("matched", "manual", 100.0)
    assert "placed on the map" in feature["gc_note"]
    assert canvas.mapTool() is not dock.place_tool  # one click, one placement


def test_place_on_a_canvas_in_another_crs_stores_layer_coordinates(panel, qgis_iface):
    dock, layer = panel
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    try:
        canvas.setExtent(QgsRectangle(-88.8, 17.2, -88.7, 17.3))
        phone = fid_of(layer, "Tel 822-2345")
        dock.select_fid(phone)
        dock.start_placing()
        canvas.setExtent(QgsRectangle(-88.8, 17.2, -88.7, 17.3))
        click = QPoint(300, 300)
        clicked = canvas.getCoordinateTransform().toMapCoordinates(click)
        QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, click)
        placed = _point(layer, phone)
        # Back in degrees it is the clicked point, so it was stored in the layer's UTM metres.
        from qgis.core import QgsCoordinateTransform

        back = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                      QgsProject.instance()).transform(placed)
        assert placed.x() > 100000  # metres, not degrees
        assert abs(back.x() - clicked.x()) < 1e-7 and abs(back.y() - clicked.y()) < 1e-7
    finally:
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32616"))
